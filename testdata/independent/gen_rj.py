#!/usr/bin/env python3
"""Synthetic labeled log corpus "rj": contracted medical and harm-reduction
services at a four-day music festival (Cedar Basin Music Festival,
2024-07-18 .. 2024-07-21, Mountain time).  Contractor: Northfield Event
Medical LLC (NEM); drug checking by ClearTest Collective; ticketing/RFID by
the vendor "Tixora"; county = Harlan Ridge County Public Health (HRCPH).
All people, numbers and places are invented.

Writes rj.log (500 lines) and rj.labels.jsonl in the current directory.
Standard library only, fixed seed: byte-identical output on every run.

Systems simulated (family names in the labels)
  pcr_json        ePCR tablet back end (pino-style JSON, epoch-ms "time")
  drugcheck_logfmt ClearTest LIMS (logfmt): intake, FTIR/reagent results
  cad_syslog      CAD dispatch, RFC 5424 syslog
  radio_asr       radio gateway speech-to-text transcripts, pipe separated
  rfid_kv         wristband (NTAG) readers at tents and gates, key=value
  ticketing_api   Tixora partner API JSON log (holder look-ups, PCI scrubber)
  nginx_access    combined access log of the welfare / lost-persons portal
  welfare_json    welfare desk app (lost & found of persons) JSON
  lostfound_csv   welfare desk CSV export (lost-person rows)
  hl7v2           HL7 v2.5.1 ADT^A04 transfer messages, one segment a line
  fhir_gw         HIE gateway log line with a FHIR resource body
  transport_fw    fixed-width ambulance transfer board
  stacktrace      interface engine (HL7 sender) log4j errors + Java frames,
                  and ClearTest LIMS Python tracebacks, one frame per line
  pg_log          PostgreSQL log of the PCR database
  chat            Mattermost channel export (med-ops, welfare, harm-red.)
  sms_gw          SMS gateway JSON (results, reunification, staff alerts)
  inventory_tsv   pharmacy / supplies stock movements, TSV
  x12_837         post-event ambulance claims (837P), one segment a line
  county_xml      post-event mass-gathering report to HRCPH, XML
  county_csv      post-event daily aggregate CSV to HRCPH

Labeling decisions (grey cases)
  * Served persons = every patient, lost person, drug-checking client and
    their relatives, companions/friends named as contacts, and reporters of
    a missing person (all treated as emergency contacts).  Their names,
    phones, emails, IPs are PHI.
  * Staff (medics, RNs, MDs, dispatchers, harm-reduction techs, welfare
    volunteers, hospital ED staff), vendor and organisation phones/emails/
    addresses, server IPs, unit call signs: not PHI.
  * PCR numbers (NEM-24-MMDD-nnnn), hospital MRNs -> mrn.  Hospital visit /
    account numbers, X12 patient control numbers, Tixora ticket order
    numbers of a patient, card numbers (valid or junk) -> account.
  * CAD incident numbers, lost-person case numbers (LP-...), drug-checking
    sample accessions and claim codes, ticket barcodes, FHIR Patient
    logical ids -> other_id.  Batch, reagent lot, NDC, SKU, message control
    ids, trace ids: not PHI.
  * Wristband NFC UIDs, a patient's insulin-pump serial, a found phone's
    IMEI -> device.  Reader/tablet serials are organisation devices: not PHI.
  * Festival landmarks (stages, tents, gates) are the organisation's sites:
    not PHI.  A patient's camping plot (where they live during the event)
    and GPS fixes of a patient's location -> address.  Home street and city
    -> address, ZIP always its own zip span.
  * Dates tied to a person (DOB, contact/arrival/discharge/transfer time,
    service dates in claims, spoken DOBs) -> date, the whole value incl.
    time-of-day.  Timestamps of the log record itself, MSH-7/EVN-2, file
    and report submission dates, daily aggregate dates: not PHI.
  * Ages label only when > 89 (one 91-year-old heat patient); 'age 23' etc.
    left unlabeled.  Sex, chief complaint, substances, results: not PHI.
  * URL paths carrying a person's case id or order id are one url span
    (path+query); the id inside is not labeled separately.
  * Festival face-entry templates -> biometric; lost-person face photo as
    base64 -> photo.  Vehicle plate / VIN on a car-camping pass -> vehicle.
  * IPs: a reporting relative's IP on the lost-persons portal -> ip; staff
    tablets (10.40.x), uptime monitors, servers, VPN peers: not PHI.
  * Group SMS to staff and published drug alerts, county daily aggregates,
    the festival permit/event ids, hospital and provider NPIs: not PHI.
  * A driver's licence shown as ID at a tent -> license (value only, not the
    'CO DL' prefix); SSN in PID-19 -> ssn with or without dashes.
  * Names written lower-case by speech-to-text, or upper-case in HL7/X12,
    are still name spans; HL7 family^given components are separate spans.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

SEED = 20240718
R = random.Random(SEED)
TZ = dt.timezone(dt.timedelta(hours=-6))
UTC = dt.timezone.utc
N_LINES = 500
N_MED, N_DRUG, N_LOST = 11, 9, 7


# ---------------------------------------------------------------- builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((s, None, None))
        return self

    def p(self, s, cat, raw=None):
        if not s:
            raise ValueError("empty PHI value")
        self.parts.append((s, cat, raw))
        return self

    def build(self):
        out, spans, off = [], [], 0
        for s, cat, raw in self.parts:
            bs = s.encode("utf-8")
            if cat:
                spans.append((off, off + len(bs), cat, s, raw))
            off += len(bs)
            out.append(s)
        return "".join(out), spans


class P:  # PHI value inside a structure
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:  # a string made of plain parts and P parts
    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jemit(b, v, ea=True, sep=(",", ":")):
    if isinstance(v, P):
        if isinstance(v.v, str):
            b.t('"').p(jesc(v.v, ea), v.cat, ("json", v.v)).t('"')
        else:
            b.p(json.dumps(v.v), v.cat)
    elif isinstance(v, S):
        b.t('"')
        for x in v.parts:
            if isinstance(x, P):
                b.p(jesc(x.v, ea), x.cat, ("json", x.v))
            else:
                b.t(jesc(x, ea))
        b.t('"')
    elif isinstance(v, dict):
        b.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k) + sep[1])
            jemit(b, x, ea, sep)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(sep[0])
            jemit(b, x, ea, sep)
        b.t("]")
    else:
        b.t(json.dumps(v, ensure_ascii=ea))


def kvemit(b, items, sep=" ", eq="="):
    """logfmt style; values with spaces get double quotes."""
    for i, (k, v) in enumerate(items):
        if i:
            b.t(sep)
        b.t(k + eq)
        raw = v.v if isinstance(v, P) else v
        if isinstance(v, S):
            b.t('"')
            for x in v.parts:
                if isinstance(x, P):
                    b.p(x.v, x.cat)
                else:
                    b.t(x)
            b.t('"')
            continue
        raw = str(raw)
        q = (" " in raw or raw == "" or "=" in raw)
        if q:
            b.t('"')
        if isinstance(v, P):
            b.p(raw, v.cat)
        else:
            b.t(raw)
        if q:
            b.t('"')


def segemit(b, parts):
    for x in parts:
        if isinstance(x, P):
            b.p(x.v, x.cat)
        else:
            b.t(x)
    return b


# ---------------------------------------------------------------- numbers
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix="4", n=16, valid=True):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    cd = luhn_digit(body)
    if not valid:
        cd = str((int(cd) + R.randint(1, 9)) % 10)
    return body + cd


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("C", "123456789"), A, AN, N, A, AN, N, A, A, N, N]
    out = [R.choice(x[1] if isinstance(x, tuple) else x) for x in pat]
    return "".join(out)


def imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "4", "5", "J"]), R.choice("FGHNT"), R.choice(ch)] + \
        [R.choice(ch) for _ in range(5)] + ["0"] + [R.choice("MNPR")] + [R.choice(ch)] + \
        [R.choice("0123456789") for _ in range(6)]
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    c = tot % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def phone(fmt=None):
    ac = R.choice(["303", "720", "970", "719", "303", "720", "505", "801", "406", "512", "312"])
    ex = str(R.randint(201, 989))
    ln = "%04d" % R.randint(0, 9999)
    f = fmt or R.choice(["paren", "dash", "e164", "dots", "plain"])
    return {"paren": "(%s) %s-%s" % (ac, ex, ln), "dash": "%s-%s-%s" % (ac, ex, ln),
            "e164": "+1%s%s%s" % (ac, ex, ln), "dots": "%s.%s.%s" % (ac, ex, ln),
            "plain": ac + ex + ln}[f]


def e164(p):
    d = "".join(c for c in p if c.isdigit())
    return "+" + d if len(d) == 11 else "+1" + d


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- people
FIRST = ["Ana", "Tomasz", "Maya", "Oluwaseun", "Priya", "Mateo", "Siobhan", "Kenji", "Fatima",
         "Liam", "Chloé", "Thanh", "Dmitri", "Aaliyah", "Jesús", "Ingrid", "Kwame", "Rosalind",
         "Hunter", "Summer", "Faith", "Ximena", "Björn", "Amara", "Declan", "Yusuf", "Leilani",
         "Marisol", "Tevita", "Zoë", "Nikolai", "Hana", "Ayesha", "Rhys", "Eun-ji", "Joaquín",
         "Autumn", "River", "Destiny", "Brooke", "Willow", "Jaxon", "Mackenzie", "Dakota",
         "Precious", "Sven", "Noor", "Carter", "Guadalupe", "Shane"]
LAST = ["Kowalczyk-Brandt", "de la Cruz", "Van der Berg", "O'Sullivan", "Nakamura", "Adeyemi",
        "Rose", "Frost", "Bishop", "Young", "Story", "Lamb", "Baker", "Nguyen",
        "García Márquez", "Mbeki-Thompson", "Al-Farsi", "Ó Briain", "Haddad", "Petrov", "Chen",
        "Whitehorse", "Begay", "Sørensen", "MacLeod", "Fontaine-Diallo", "Park", "Singh-Gill",
        "Rivers", "Moon", "Little", "Strong", "Dove", "Wolf", "López y Fuentes", "St. John",
        "Kealoha", "Tupou", "Ivanova", "Hart", "Banks", "Marsh", "Cash", "Tran", "Okonkwo",
        "Schmidt-Yilmaz", "Bright", "Church"]
MIDDLE = ["J", "Marie", "Lee", "A", "Rose", "Tadeusz", "K", "Grace", "Luis", "Elise"]
STREETS = ["W Juniper Ave", "Sheridan Blvd", "E Colfax Ave", "Aspen Ridge Dr", "N Pecos St",
           "Cottonwood Ln", "S Federal Blvd", "Larkspur Ct", "Old Stage Rd", "Mesa Verde Way",
           "Bluebell Ave", "County Road 12", "Pine St", "Kipling Pkwy", "Canyon Creek Trl"]
CITIES = [("Lakewood", "CO", "80226"), ("Denver", "CO", "80211"), ("Aurora", "CO", "80012"),
          ("Fort Collins", "CO", "80521"), ("Pueblo", "CO", "81003"), ("Boulder", "CO", "80304"),
          ("Grand Junction", "CO", "81501"), ("Albuquerque", "NM", "87106"),
          ("Salt Lake City", "UT", "84105"), ("Cheyenne", "WY", "82001"),
          ("Austin", "TX", "78704"), ("Chicago", "IL", "60647"), ("Missoula", "MT", "59801"),
          ("Colorado Springs", "CO", "80909"), ("Longmont", "CO", "80501")]
CAMPS = ["Aspen Loop C-%d", "Bristlecone B-%d", "RV Lot R-%d", "Glamping Yurt %d",
         "Family Camp F-%d", "Quiet Camp Q-%d"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com",
             "comcast.net"]
PLANS = [("Anthem BCBS CO", "XGP"), ("UnitedHealthcare", "9"), ("Kaiser Permanente CO", "K"),
         ("Cigna", "U"), ("Aetna", "W"), ("Health First Colorado", "MCD"),
         ("Medicare", "MBI"), ("Self-pay", None)]

STAFF = [("Imani Okafor-Reyes", "dr.okafor-reyes", "MD"), ("Lars Lindqvist", "medic.lindqvist", "NRP"),
         ("Grace Obi", "emt.obi", "EMT"), ("Beatriz Santos", "rn.santos", "RN"),
         ("Aaron Feld", "dr.feld", "DO"), ("Kim Ruiz", "disp.ruiz", "DISP"),
         ("Wade Tallbull", "medic.tallbull", "NRP"), ("Hyun-woo Cha", "emt.cha", "EMT"),
         ("Delphine Arceneaux", "rn.arceneaux", "RN"), ("Jordan Pike", "welfare.pike", "WLF")]
STAFF_NPI = {s[1]: npi() for s in STAFF}
HR = [("Ana Vuković", "ana.v"), ("Theo Marchetti", "theo.m"), ("Sunny Raines", "sunny.r")]
HOSP = [("SBRMC", "St. Brigid Regional Medical Center", "SB"),
        ("HRMH", "Harlan Ridge Memorial Hospital", "HR"),
        ("TVTC", "Tamarack Valley Trauma Center", "TV")]
TENTS = ["MT-1 Main Med", "MT-2 Riverside", "MT-3 Camp East", "FAP-4 Bass Arena",
         "FAP-5 Sunrise Stage"]
LANDMARKS = ["Bass Arena FOH", "Sunrise Stage pit", "Main Stage barricade L", "Camp East showers",
             "Gate N-7 queue", "Food court row 3", "Silent disco tent", "Ferris wheel",
             "Aspen Loop water station", "Riverside beach", "Parking lot D shuttle stop"]
UNITS = ["M1", "M2", "M3", "M4", "GATOR-1", "GATOR-2", "BIKE-3", "BIKE-5", "ALS-71", "ALS-72"]
CC = ["ETOH intox", "AMS poly-substance", "heat exhaustion", "syncope", "ankle inj",
      "lac L hand", "anxiety/panic", "asthma exac", "hypoglycemia", "suspected opioid OD",
      "bee sting local rxn", "dehydration", "seizure hx", "chest pain atyp", "head inj fall",
      "GHB suspected", "allergic rxn", "dental pain"]
DISP = ["Released to self", "Released to friend", "Released to guardian", "Transported ALS",
        "Transported BLS", "Refused care (AMA)", "Released to security", "Returned to event"]
START = dt.datetime(2024, 7, 18, 12, 0, tzinfo=TZ)


def rname():
    return R.choice(FIRST), R.choice(LAST)


def rdob(lo=17, hi=58):
    y = 2024 - R.randint(lo, hi)
    return dt.date(y, R.randint(1, 12), R.randint(1, 28))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def mkemail(fn, ln):
    base = (fn + "." + ln).lower()
    base = "".join(c for c in base.encode("ascii", "ignore").decode() if c.isalnum() or c in ".-")
    style = R.randint(0, 3)
    if style == 1:
        base = fn[0].lower() + base.split(".")[-1] + digits(2)
    elif style == 2:
        base = base.replace(".", "_") + str(R.randint(90, 2005))
    return "%s@%s" % (base, R.choice(EMAIL_DOM))


def wb_uid():
    return "04" + "".join(R.choice("0123456789ABCDEF") for _ in range(12))


class Person:
    seq = {}

    def __init__(self, lo=17, hi=58, age_force=None):
        self.fn, self.ln = rname()
        self.mid = R.choice(MIDDLE) if R.random() < 0.3 else None
        self.sex = R.choice("FM")
        self.dob = rdob(lo, hi) if age_force is None else dt.date(2024 - age_force - 1, R.randint(8, 12), R.randint(1, 28))
        self.phone = phone()
        self.email = mkemail(self.fn, self.ln)
        c = R.choice(CITIES)
        self.street = "%d %s" % (R.randint(10, 9899), R.choice(STREETS))
        if R.random() < 0.3:
            self.street += R.choice([" Apt %d", " Unit %d", " #%d"]) % R.randint(1, 40)
        self.city, self.state, self.zip = c
        self.camp = R.choice(CAMPS) % R.randint(1, 240)
        self.wb = wb_uid()
        self.order = "TX-%s-%s" % (digits(4), digits(5))
        self.barcode = digits(4) + "".join(R.choice("ACDEFHJKMNPRTWXY") for _ in range(4)) + digits(4)
        plan = R.choice(PLANS)
        if self.age() >= 65:
            plan = PLANS[6]
        self.plan = plan[0]
        if plan[1] is None:
            self.member = None
        elif plan[1] == "MBI":
            self.member = mbi()
        elif plan[1] == "MCD":
            self.member = R.choice("ABCDEFGHJKLMNP") + digits(6)
        else:
            self.member = plan[1] + digits(9)
        self.ssn = ssn()
        self.dl = "%s-%s-%s" % (digits(2), digits(3), digits(4)) if self.state == "CO" else \
            R.choice("ABCDEFGHJKLMNPRSTUVW") + digits(8)
        self.contact = None

    def age(self, d=dt.date(2024, 7, 19)):
        return age_on(self.dob, d)

    def full(self):
        return "%s %s" % (self.fn, self.ln)

    def lf(self):
        return "%s, %s" % (self.ln, self.fn)


def pcr_no(t):
    k = t.strftime("%m%d")
    Person.seq[k] = Person.seq.get(k, 100 + R.randint(0, 20)) + R.randint(1, 4)
    return "NEM-24-%s-%04d" % (k, Person.seq[k])


CAD_SEQ = {}


def cad_no(t):
    k = t.strftime("%m%d")
    CAD_SEQ[k] = CAD_SEQ.get(k, 0) + R.randint(1, 5)
    return "24-%s%05d" % (k, CAD_SEQ[k])


# ---------------------------------------------------------------- timestamps
def f_iso(t, ms=True):
    return t.isoformat(timespec="milliseconds" if ms else "seconds")


def f_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def f_epoch(t):
    return str(int(t.timestamp() * 1000))


def f_bsd(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def f_nginx(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")


def f_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d MDT" % (t.microsecond // 1000)


def f_java(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def f_hl7(t):
    return t.strftime("%Y%m%d%H%M%S-0600")


def jit(t, lo, hi):
    return t + dt.timedelta(seconds=R.uniform(lo, hi), microseconds=R.randint(0, 999999))


# ---------------------------------------------------------------- event store
EVENTS = []
_ord = [0]


def emit(t, b, block=None):
    _ord[0] += 1
    EVENTS.append((t, block if block is not None else _ord[0], _ord[0], b))


# ---------------------------------------------------------------- families
def pcr_json(t, pt=None, pcr=None, tent=None, cc=None, disp=None, arr=None, companion=None):
    b = B("pcr_json")
    host = "pcr-api-%d" % R.randint(1, 3)
    rec = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.choice([2211, 2214, 3107]),
           "hostname": host, "reqId": "req-" + hexs(6)}
    if pt is None:
        v = R.randint(0, 5)
        if v == 0:
            rec.update(msg="sync batch committed", batch={"n": R.randint(1, 30), "bytes": R.randint(2000, 90000),
                                                         "ms": R.randint(40, 900)}, tablet="NEM-TAB-%03d" % R.randint(1, 48))
        elif v == 1:
            rec.update(level=40, msg="tablet clock skew", tablet="NEM-TAB-%03d" % R.randint(1, 48),
                       skew_ms=R.randint(900, 64000), app="nemPCR/4.12.%d" % R.randint(0, 9))
        elif v == 2:
            rec.update(msg="form schema loaded", schema="festival-pcr", ver="2024.07.%d" % R.randint(1, 3),
                       sha256=hexs(64))
        elif v == 3:
            rec.update(msg="census", tent=R.choice(TENTS), beds_in_use=R.randint(0, 14),
                       beds=R.choice([8, 12, 16, 24]), wait_min=R.randint(0, 35))
        elif v == 4:
            rec.update(msg="request completed", req={"method": "GET", "url": "/api/v3/forms/meds?rev=%d" % R.randint(100, 999)},
                       res={"statusCode": 200}, responseTime=R.randint(3, 280))
        else:
            rec.update(level=50, msg="push to crew tablets failed", err={"type": "FetchError",
                       "message": "connect ETIMEDOUT 10.40.%d.%d:8443" % (R.randint(1, 9), R.randint(2, 250))})
        jemit(b, rec)
        return b
    arrv = arr or t - dt.timedelta(minutes=R.randint(5, 90))
    ptd = {"fn": P(pt.fn, "name"), "ln": P(pt.ln, "name")} if R.random() < 0.5 else \
          {"name": P(pt.lf(), "name")}
    if R.random() < 0.8:
        ptd["dob"] = P(pt.dob.isoformat() if R.random() < 0.6 else pt.dob.strftime("%m/%d/%Y"), "date")
    a = pt.age()
    ptd["age"] = P(a, "age") if a > 89 else a
    ptd["sex"] = pt.sex
    ptd["wb"] = P(pt.wb, "device")
    if R.random() < 0.5:
        ptd["camp"] = P(pt.camp, "address")
    if R.random() < 0.35:
        ptd["ph"] = P(pt.phone, "phone")
    if R.random() < 0.2:
        ptd["id_doc"] = S("%s DL " % pt.state, P(pt.dl, "license"))
    if R.random() < 0.25:
        ptd["home"] = {"street": P(pt.street, "address"), "city": P(pt.city, "address"),
                       "st": pt.state, "zip": P(pt.zip, "zip")}
    pcrd = {"pcr_no": P(pcr, "mrn"), "tent": tent, "pt": ptd, "cc": cc,
            "vitals": {"hr": R.randint(58, 148), "bp": "%d/%d" % (R.randint(92, 168), R.randint(55, 100)),
                       "rr": R.randint(12, 28), "spo2": R.randint(89, 100), "gcs": R.choice([15, 15, 14, 13, 10])},
            "arr": P(f_iso(arrv, ms=False), "date")}
    if disp:
        pcrd["disp"] = disp
        pcrd["dc"] = P(f_iso(t - dt.timedelta(seconds=R.randint(10, 200)), ms=False), "date")
    if cc == "hypoglycemia" and R.random() < 0.7:
        pcrd["device_note"] = S("pt insulin pump ", R.choice(["Tandem t:slim X2 SN ", "Omnipod 5 PDM SN ", "MiniMed 780G SN "]),
                                P(R.choice(["", "NG"]) + digits(7), "device"))
    if companion is not None:
        pcrd["narr"] = S("%d%s found by security near %s; per %s " % (a if a <= 89 else 90, pt.sex, R.choice(LANDMARKS), pt.crel[1]),
                         P(companion.full(), "name"),
                         R.choice([" pt took 2 pills 'blue Tesla' ~2h PTA", " pt drinking since noon, no food",
                                   " pt hit head on barricade, no LOC", " pt c/o palpitations after energy drinks"]),
                         ". Cell ", P(companion.phone, "phone"), ".")
    pcrd["crew"] = R.sample([s[1] for s in STAFF if s[2] in ("NRP", "EMT", "RN", "MD", "DO")], 2)
    rec.update(msg="pcr.saved" if disp else "pcr.opened", pcr=pcrd)
    jemit(b, rec, ea=R.random() < 0.5)
    return b


def drugcheck(t, kind=None, sample=None, claim=None):
    b = B("drugcheck_logfmt")
    tech = R.choice(HR)[1]
    base = [("ts", f_z(t)), ("level", "info"), ("app", "cleartest-lims"), ("site", R.choice(["HR-TENT-A", "HR-TENT-B"]))]
    if kind == "intake":
        kvemit(b, base + [("event", "sample.intake"), ("sample", P(sample, "other_id")), ("claim", P(claim, "other_id")),
                          ("form", R.choice(["pressed tablet", "crystal", "powder", "capsule", "blotter"])),
                          ("color", R.choice(["orange", "blue", "white", "beige", "pink"])),
                          ("sold_as", R.choice(["MDMA", "ketamine", "cocaine", "LSD", "2C-B", "unknown"])),
                          ("mass_mg", "%.1f" % R.uniform(1, 40)), ("tech", tech)])
    elif kind == "result":
        kvemit(b, base + [("event", "sample.result"), ("sample", P(sample, "other_id")), ("method", "FTIR"),
                          ("lib", "SWGDRUG-3.14"), ("top", R.choice(["MDMA HCl", "ketamine HCl", "cocaine HCl", "caffeine", "N-ethylpentylone HCl", "4-FA"])),
                          ("hqi", "%.3f" % R.uniform(0.7, 0.99)), ("fent_strip", R.choice(["NEG", "NEG", "NEG", "POS"])),
                          ("reagent", R.choice(["marquis:purple-black", "mecke:green", "simon:blue", "ehrlich:none"])),
                          ("lot", "MQ-24%02d-%03d" % (R.randint(4, 6), R.randint(1, 300))), ("tech", tech)])
    elif kind == "pickup":
        kvemit(b, base + [("event", "result.disclosed"), ("claim", P(claim, "other_id")),
                          ("outcome", R.choice(["as_expected", "unexpected_discard", "unexpected_keep", "declined"])),
                          ("counsel_min", R.randint(2, 15)), ("tech", tech)])
    else:
        v = R.randint(0, 3)
        if v == 0:
            kvemit(b, base + [("event", "ftir.background"), ("instrument", "Agilent Cary 630 SN MY%s" % digits(8)),
                              ("scans", 32), ("res_cm", 4), ("ok", "true")])
        elif v == 1:
            kvemit(b, base + [("event", "alert.published"), ("alert_id", "CT-ALR-%03d" % R.randint(1, 30)),
                              ("desc", "orange pressed pill 'Tesla' logo: N-ethylpentylone, no MDMA"), ("channels", "sms,insta,boards")])
        elif v == 2:
            base[1] = ("level", "warn")
            kvemit(b, base + [("event", "strip.lot.low"), ("lot", "BTNX-FYL-%s" % digits(6)),
                              ("remaining", R.randint(5, 60)), ("exp", "2025-11")])
        else:
            kvemit(b, base + [("event", "queue"), ("waiting", R.randint(0, 25)), ("median_wait_s", R.randint(60, 1900)),
                              ("samples_today", R.randint(10, 240))])
    return b


def py_traceback(t, sample):
    lines = []
    b = B("stacktrace")
    b.t("%s ERROR cleartest.worker: task ftir.match failed" % f_java(t))
    lines.append(b)
    lines.append(B("stacktrace").t("Traceback (most recent call last):"))
    lines.append(B("stacktrace").t('  File "/srv/lims/app/worker.py", line %d, in run_task' % R.randint(80, 200)))
    lines.append(B("stacktrace").t("    result = fn(**task.kwargs)"))
    lines.append(B("stacktrace").t('  File "/srv/lims/app/ftir.py", line %d, in match_spectrum' % R.randint(200, 400)))
    lines.append(B("stacktrace").t("    hqi = lib.search(spec, top=5)"))
    lines.append(B("stacktrace").t("ValueError: spectrum for sample ").p(sample, "other_id").t(" baseline out of range (max=%.2f)" % R.uniform(1.1, 3.0)))
    return lines


def cad(t, kind=None, inc=None, unit=None, loc=None, gps=None, name=None, desc=None):
    b = B("cad_syslog")
    pid = R.choice([2211, 2240, 3315])
    hdr = "<%d>1 %s cad-01.nem.local zcad %d " % (R.choice([134, 133, 131]), f_iso(t), pid)
    b.t(hdr)
    if kind == "create":
        b.t("INC - Event ").p(inc, "other_id").t(' created type=%s loc="%s" pri=%d src=%s' % (
            R.choice(["MED-UNC", "MED-ALOC", "MED-INJ", "MED-OD", "MED-HEAT", "MED-GEN"]), loc, R.randint(1, 3),
            R.choice(["SEC-14", "RADIO", "PHONE", "STAFF", "WALKUP"])))
        if gps:
            b.t(" gps=").p(gps, "address")
    elif kind == "assign":
        b.t("UNT - ").t(unit).t(" ASSIGNED to ").p(inc, "other_id").t(" eta=%ds" % R.randint(30, 420))
    elif kind == "close":
        b.t("INC - Event ").p(inc, "other_id").t(" closed disp=%s units=%s" % (R.choice(["TX", "TR-MT", "RTE", "GOA", "REF"]), unit))
    elif kind == "bolo":
        b.t("BOL - ").p(inc, "other_id").t(" missing person ")
        if name:
            b.p(name, "name").t(" ")
        b.t(desc)
    else:
        v = R.randint(0, 2)
        if v == 0:
            b.t("UNT - %s status %s at %s" % (R.choice(UNITS), R.choice(["AVL", "OOS-RESTOCK", "AVL", "STAGED"]), R.choice(TENTS)))
        elif v == 1:
            b.t("SYS - AVL poll ok units=%d stale=%d lag_ms=%d" % (R.randint(12, 22), R.randint(0, 3), R.randint(20, 900)))
        else:
            b.t("SYS - shift change logon user=%s console=%d" % (R.choice(["disp.ruiz", "disp.meyer", "disp.antoine"]), R.randint(1, 4)))
    return b


def spoken_date(d):
    months = ["oh-one", "oh-two", "oh-three", "oh-four", "oh-five", "oh-six", "oh-seven", "oh-eight",
              "oh-nine", "ten", "eleven", "twelve"]
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def num(n):
        if n < 10:
            return "oh-" + ones[n] if n else "hundred"
        if n < 20:
            return teens[n - 10]
        return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
    yy = d.year % 100
    yr = ("nineteen " if d.year < 2000 else "two thousand ") + (num(yy) if d.year < 2000 else ones[yy] if yy < 10 else num(yy))
    return "%s %s %s" % (months[d.month - 1], num(d.day) if d.day >= 10 else ones[d.day], yr)


def radio(t, unit=None, pt=None, mode=None):
    b = B("radio_asr")
    unit = unit or R.choice(UNITS)
    b.t("%s|RG-%d|TG %s|src=%s|dur=%.1fs|asr=%.2f|" % (f_iso(t), R.randint(1, 3),
        R.choice(["3101 MED-OPS", "3102 MED-TAC", "3201 WELFARE", "3001 EVENT-CMD"]), unit or R.choice(UNITS),
        R.uniform(1.5, 14), R.uniform(0.6, 0.98)))
    if mode == "id" and pt is not None:
        b.t("Main Med, %s, patient is " % (unit or "M2")).p(pt.full().lower(), "name").t(", D-O-B ").p(spoken_date(pt.dob), "date").t(", copy")
    elif mode == "lost":
        b.t("all welfare units BOLO %d year old %s, %s, last seen %s" % (R.randint(5, 14), R.choice(["male", "female"]),
            R.choice(["yellow rain jacket", "blue dino shirt", "pink ear defenders", "green cap"]), R.choice(LANDMARKS)))
    else:
        a = R.randint(17, 45)
        b.t(R.choice([
            "Main Med, %s, one patient, %d year old %s, %s, en route your location" % (unit or "M2", a, R.choice(["female", "male"]), R.choice(["responsive to pain", "alert, vomiting", "ambulatory", "GCS fourteen"])),
            "%s clear and available, restocking ice at %s" % (unit or "M3", R.choice(TENTS)),
            "med ops copies, %s staged at %s" % (unit or "M1", R.choice(LANDMARKS)),
            "need a gator at %s for a lift assist, non-urgent" % R.choice(LANDMARKS),
            "heat advisory, all posts push water, misters on at Sunrise",
        ]))
    return b


def rfid(t, pt=None, pcr=None, tent=None):
    b = B("rfid_kv")
    b.t("%s rfidsvc[%d]: " % (f_bsd(t), R.choice([411, 418])))
    if pt is not None:
        items = [("evt", "scan"), ("reader", "%s-IN-%02d" % (tent.split()[0], R.randint(1, 3))), ("uid", P(pt.wb, "device")),
                 ("tag", "NTAG213"), ("cls", R.choice(["GA", "GA+CAMP", "VIP", "GA+RV", "GA-1DAY"])), ("result", "MATCH")]
        if pcr:
            items.append(("pcr", P(pcr, "mrn")))
        items.append(("rssi", -R.randint(30, 70)))
        kvemit(b, items)
    else:
        v = R.randint(0, 2)
        if v == 0:
            kvemit(b, [("evt", "stats"), ("reader", "GATE-%s-%02d" % (R.choice("NSEW"), R.randint(1, 12))),
                       ("scans_1m", R.randint(0, 600)), ("denied", R.randint(0, 9)), ("avg_ms", R.randint(40, 220))])
        elif v == 1:
            kvemit(b, [("evt", "heartbeat"), ("reader", "%s-IN-%02d" % (R.choice(TENTS).split()[0], R.randint(1, 3))),
                       ("fw", "3.%d.%d" % (R.randint(1, 4), R.randint(0, 20))), ("serial", "IMPJ-%s" % hexs(8).upper()),
                       ("temp_c", R.randint(31, 58)), ("uplink", "lte")])
        else:
            kvemit(b, [("evt", "denylist.sync"), ("ver", R.randint(4000, 9000)), ("entries", R.randint(100, 900)),
                       ("sha1", hexs(40))])
    return b


TICK = [0]


def ticketing(t, pt=None, kind="lookup"):
    b = B("ticketing_api")
    rec = {"ts": f_z(t), "svc": "tixora-partner-api", "region": "us-west-2", "trace_id": hexs(32)}
    if pt is None:
        v = R.randint(0, 2)
        if v == 0:
            rec.update(lvl="info", msg="sales snapshot", event_id="CBMF24", sold=R.randint(38000, 41000),
                       scanned_in=R.randint(10000, 39000), resale_listed=R.randint(100, 900))
        elif v == 1:
            rec.update(lvl="warn", msg="rate limited", partner="northfield-med", route="GET /v2/wristbands/{uid}/holder",
                       retry_after_s=R.randint(1, 30))
        else:
            rec.update(lvl="info", route="GET /v2/health", status=200, latency_ms=R.randint(1, 9), build="tx-api@5.18.%d" % R.randint(0, 40))
        jemit(b, rec, sep=(", ", ": "))
        return b
    if kind == "pci":
        bad = R.random() < 0.3
        rec.update(lvl="warn", msg="pci scrubber: unmasked PAN in order notes, redacted before persist",
                   order_id=P(pt.order, "account"), pan=P(card(R.choice(["4", "51", "37"]) if True else "4", 16, valid=not bad), "account"),
                   luhn_ok=not bad)
        jemit(b, rec, sep=(", ", ": "))
        return b
    holder = {"first": P(pt.fn, "name"), "last": P(pt.ln, "name")}
    if R.random() < 0.7:
        holder["email"] = P(pt.email, "email")
    if R.random() < 0.5:
        holder["phone"] = P(pt.phone, "phone")
    if R.random() < 0.4:
        holder["postal"] = P(pt.zip, "zip")
    resp = {"order_id": P(pt.order, "account"), "barcode": P(pt.barcode, "other_id"), "tier": R.choice(["GA 4-Day", "GA+Camp 4-Day", "VIP 4-Day", "GA Saturday"]),
            "holder": holder}
    TICK[0] += 1
    if TICK[0] in (1, 4) or R.random() < 0.2:
        resp["car_camp"] = {"plate": P("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(3) if R.random() < 0.6 else digits(3) + "-" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "vehicle"), "plate_state": pt.state}
        if TICK[0] == 1 or R.random() < 0.5:
            resp["car_camp"]["vin"] = P(vin(), "vehicle")
    if TICK[0] in (2, 5) or R.random() < 0.1:
        resp["face_entry"] = {"enrolled": True, "tmpl": P(base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), "biometric")}
    rec.update(lvl="info", route="GET /v2/wristbands/{uid}/holder", partner="northfield-med", status=200,
               latency_ms=R.randint(20, 240), resp=resp)
    jemit(b, rec, sep=(", ", ": "), ea=False)
    return b


def nginx(t, kind=None, ip=None, url=None, ref=None):
    b = B("nginx_access")
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"])
    if kind in ("submit", "status"):
        b.p(ip, "ip").t(" - - %s " % f_nginx(t))
        if kind == "submit":
            b.t('"POST /lost/report HTTP/2.0" 302 0 "https://welfare.cedarbasinfest.com/lost" "%s" rt=%.3f' % (ua, R.uniform(0.05, 0.6)))
        else:
            b.t('"GET ').p(url, "url").t(' HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (R.randint(1800, 5200), ua, R.uniform(0.01, 0.2)))
        return b
    v = R.randint(0, 3)
    ip = R.choice(["10.40.2.%d" % R.randint(10, 90), "10.40.3.%d" % R.randint(10, 90), "127.0.0.1"])
    if v == 0:
        b.t('%s - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001' % (ip, f_nginx(t)))
    elif v == 1:
        b.t('%s - - %s "GET /static/app.%s.js HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (ip, f_nginx(t), hexs(8), R.randint(90000, 400000), ua, R.uniform(0.002, 0.05)))
    elif v == 2:
        b.t('%s - welfare.pike %s "GET /admin/cases?status=open&page=%d HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (ip, f_nginx(t), R.randint(1, 4), R.randint(3000, 30000), ua, R.uniform(0.02, 0.3)))
    else:
        b.t('%s - - %s "GET /lost HTTP/1.1" 200 %d "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" rt=%.3f' % (R.choice(["52.57.132.90", "185.180.12.65", "43.229.84.12"]), f_nginx(t), R.randint(4000, 9000), R.uniform(0.01, 0.1)))
    return b


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 67, 73, 98, 107, 166, 172, 174, 208]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def fake_jpeg_b64(n=90):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def welfare_json(t, case, lost, reporter, rel, photo=False, status="open"):
    b = B("welfare_json")
    rec = {"@timestamp": f_z(t), "log.level": "info", "service.name": "welfare-desk", "event.action": "case.%s" % status,
           "case": {"id": P(case, "other_id"), "type": lost.kind,
                    "subject": {"name": P(lost.full(), "name"), "age": lost.age(), "desc": lost.desc},
                    "reporter": {"name": P(reporter.full(), "name"), "rel": rel, "tel": P(reporter.phone, "phone")},
                    "desk": R.choice(["Info East", "Info West", "Family Camp Welcome"]), "vol": "welfare.pike"}}
    if R.random() < 0.3:
        rec["case"]["reporter"]["email"] = P(reporter.email, "email")
    if photo:
        rec["case"]["subject"]["photo_b64"] = P(fake_jpeg_b64(), "photo")
    jemit(b, rec, ea=True)
    return b


LOSTCSV_HDR = "case_id,reported_at,missing_name,age,description,last_seen,reporter_name,relation,reporter_phone,status,found_at"


def lostfound_csv(t, case, lost, reporter, rel, found):
    b = B("lostfound_csv")
    b.p(case, "other_id").t(",%s," % lost.rep_t.strftime("%m/%d/%Y %H:%M"))
    nm = lost.lf()
    b.t('"').p(nm, "name").t('"')
    b.t(',%d,"%s",%s,' % (lost.age(), lost.desc, R.choice(LANDMARKS)))
    b.p(reporter.full(), "name").t(",%s," % rel).p(reporter.phone, "phone")
    b.t(",%s,%s" % ("FOUND" if found else "OPEN", R.choice(LANDMARKS) if found else ""))
    return b


def transport_fw(t, pt, pcr, unit, hosp, pri):
    b = B("transport_fw")
    nm = "%s, %s" % (pt.ln.upper(), pt.fn[0].upper())
    b.t("%s %-8s " % (t.strftime("%m%d %H%M"), unit))
    b.p(pcr, "mrn").t(" %-6s P%d " % (hosp, pri))
    b.p(nm, "name")
    pad = max(1, 24 - len(nm))
    a = pt.age()
    b.t(" " * pad)
    if a > 89:
        b.p(str(a), "age").t("%s" % pt.sex)
    else:
        b.t("%2d%s" % (a, pt.sex))
    b.t(" ETA %02dm  %s" % (R.randint(8, 35), R.choice(["ALS", "BLS", "ALS", "CCT"])))
    return b


def hl7_block(t, pt, pcr, hosp, hmrn, hacct, cc):
    H = [B("hl7v2") for _ in range(7)]
    ctl = "%s%04d" % (t.strftime("%m%d%H%M"), R.randint(0, 9999))
    H[0].t("MSH|^~\\&|NEMPCR|NEM^CBMF24|%s_ADT|%s|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (hosp, hosp, f_hl7(t), ctl))
    H[1].t("EVN|A04|%s|||%s^%s" % (f_hl7(t), R.choice(STAFF)[1].split(".")[-1].upper(), "NEM"))
    b = H[2]
    b.t("PID|1||").p(pcr, "mrn").t("^^^NEM^PI~").p(hmrn, "mrn").t("^^^%s^MR||" % hosp)
    b.p(pt.ln.upper(), "name").t("^").p(pt.fn.upper(), "name")
    if pt.mid:
        b.t("^").p(pt.mid.upper(), "name")
    b.t("||").p(pt.dob.strftime("%Y%m%d"), "date").t("|%s|||" % pt.sex)
    b.p(pt.street.upper(), "address").t("^^").p(pt.city.upper(), "address").t("^%s^" % pt.state).p(pt.zip, "zip").t("^USA||")
    b.p(phone("paren") if False else pt.phone, "phone").t("|||||").p(hacct, "account")
    if R.random() < 0.35:
        b.t("|").p(pt.ssn.replace("-", "") if R.random() < 0.5 else pt.ssn, "ssn")
    c = H[3]
    if pt.contact:
        k = pt.contact
        c.t("NK1|1|").p(k.ln.upper(), "name").t("^").p(k.fn.upper(), "name").t("|%s|||" % pt.crel[0]).p(k.phone, "phone").t("||EC^Emergency Contact")
    else:
        c.t("NK1|1|UNKNOWN^NOT PROVIDED|||||EC^Emergency Contact")
    adm = t - dt.timedelta(minutes=R.randint(2, 15))
    H[4].t("PV1|1|E|%s^ED^^%s||||%s^FELD^AARON^^^^DO^^^NPI|||EMS||||7|||||" % (hosp, hosp, STAFF_NPI["dr.feld"])).p(hacct, "account").t("||||||||||||||||||||||||||").p(adm.strftime("%Y%m%d%H%M"), "date")
    if pt.member:
        pcode = {"Anthem BCBS CO": "BCBSCO", "UnitedHealthcare": "UHC", "Kaiser Permanente CO": "KPCO", "Cigna": "CIGNA",
                 "Aetna": "AETNA", "Health First Colorado": "HFCO", "Medicare": "MCR"}[pt.plan]
        H[5].t("IN1|1|%s|%s|%s||||||||||||" % (pcode, digits(5), pt.plan.upper())).p(pt.ln.upper(), "name").t("^").p(pt.fn.upper(), "name").t("|SEL|").p(pt.dob.strftime("%Y%m%d"), "date").t("|||||||||||||||||||").p(pt.member, "health_plan")
    else:
        H[5].t("IN1|1|SELF|00000|SELF PAY")
    H[6].t("DG1|1||%s^%s^I10|||W" % R.choice([("T40.601A", "Poisoning by unsp narcotics"), ("F10.129", "Alcohol abuse w intox"), ("T67.5XXA", "Heat exhaustion"), ("S06.0X0A", "Concussion w/o LOC"), ("E16.2", "Hypoglycemia unsp"), ("R40.4", "Transient alteration of awareness")]))
    return H


def hl7_ack(t, hosp):
    b = B("hl7v2")
    b.t("MSA|AA|%s%04d|Message accepted|" % (t.strftime("%m%d%H%M"), R.randint(0, 9999)))
    return b


def fhir(t, pt=None, pcr=None, fid=None):
    b = B("fhir_gw")
    hdr = "%s INFO  [fhir-out-%d] " % (f_iso(t), R.randint(1, 4))
    b.t(hdr)
    if pt is None:
        v = R.randint(0, 1)
        if v == 0:
            b.t("GET https://hie.rockiesconnect.org/fhir/r4/metadata 200 %dms body=" % R.randint(40, 900))
            jemit(b, {"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1", "software": {"name": "HAPI FHIR Server", "version": "7.2.1"}})
        else:
            b.t("POST https://hie.rockiesconnect.org/fhir/r4/Bundle 422 %dms body=" % R.randint(40, 900))
            jemit(b, {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                      "diagnostics": "Bundle.entry[%d].resource.subject: reference could not be resolved" % R.randint(0, 6)}]})
        return b
    b.t("POST https://hie.rockiesconnect.org/fhir/r4/Patient 201 %dms body=" % R.randint(40, 900))
    nm = {"use": "official", "family": P(pt.ln, "name"), "given": [P(pt.fn, "name")]}
    if pt.mid:
        nm["given"].append(P(pt.mid, "name"))
    res = {"resourceType": "Patient", "id": P(fid, "other_id"),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.4.1", "value": P(pcr, "mrn")}],
           "name": [nm], "telecom": [{"system": "phone", "value": P(pt.phone, "phone"), "use": "mobile"}],
           "gender": {"F": "female", "M": "male"}[pt.sex], "birthDate": P(pt.dob.isoformat(), "date")}
    if R.random() < 0.5:
        res["telecom"].append({"system": "email", "value": P(pt.email, "email")})
    res["address"] = [{"use": "home", "line": [P(pt.street, "address")], "city": P(pt.city, "address"), "state": pt.state, "postalCode": P(pt.zip, "zip")}]
    jemit(b, res, ea=False)
    return b


def java_trace(t, pt=None, pcr=None, hosp="SBRMC"):
    out = []
    b = B("stacktrace")
    b.t("%s ERROR [hl7-out-%s] c.n.bridge.HL7Sender - " % (f_java(t), hosp.lower()))
    if pt is not None:
        bad = pt.dob.strftime("%Y%d%m")
        b.t("ACK AE from %s: PID-7 invalid date '" % hosp).p(bad, "date").t("' for ").p(pcr, "mrn").t(", requeue attempt %d" % R.randint(1, 3))
        out.append(b)
        out.append(B("stacktrace").t("ca.uhn.hl7v2.HL7Exception: Application error: PID-7 invalid"))
    else:
        b.t("send failed to %s:%d, will retry in %ds" % ("10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 200)), R.choice([2575, 6661, 7001]), R.choice([15, 30, 60])))
        out.append(b)
        out.append(B("stacktrace").t("java.net.SocketTimeoutException: Read timed out"))
    for fr in R.sample(["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                        "\tat ca.uhn.hl7v2.llp.MinLowerLayerProtocol$MinLLPReader.getMessage(MinLowerLayerProtocol.java:101)",
                        "\tat ca.uhn.hl7v2.app.Connection.sendAndReceive(Connection.java:212)",
                        "\tat com.northfield.bridge.HL7Sender.send(HL7Sender.java:144)",
                        "\tat com.northfield.bridge.OutboundQueue.drain(OutboundQueue.java:87)",
                        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"], 4):
        out.append(B("stacktrace").t(fr))
    out.append(B("stacktrace").t("\t... %d more" % R.randint(3, 14)))
    return out


def pg(t, pt=None, pcr=None):
    b = B("pg_log")
    b.t("%s [%d] " % (f_pg(t), R.randint(1000, 9999)))
    if pt is None:
        v = R.randint(0, 2)
        if v == 0:
            b.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, 1 recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), R.uniform(1, 30), R.uniform(0, 1), R.uniform(1, 31)))
        elif v == 1:
            b.t("LOG:  automatic vacuum of table \"pcr.public.vitals\": index scans: 1, pages: 0 removed, %d remain" % R.randint(400, 9000))
        else:
            b.t("pcr_app@pcr LOG:  duration: %.3f ms  statement: SELECT tent, count(*) FROM patient_contact WHERE closed_at IS NULL GROUP BY tent" % R.uniform(2, 300))
        return b
    v = R.randint(0, 2)
    if v == 0:
        b.t("pcr_app@pcr LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM patient_contact WHERE wristband_uid = '" % R.uniform(200, 2500)).p(pt.wb, "device").t("'")
    elif v == 1:
        b.t("pcr_app@pcr LOG:  statement: UPDATE patient SET phone = '").p(pt.phone, "phone").t("', last_name = '").p(pt.ln.replace("'", "''"), "name").t("' WHERE pcr_no = '").p(pcr, "mrn").t("'")
    else:
        b.t("pcr_app@pcr ERROR:  duplicate key value violates unique constraint \"patient_contact_pcr_no_key\" DETAIL:  Key (pcr_no)=(").p(pcr, "mrn").t(") already exists.")
    return b


def chat(t, ch, user, parts):
    b = B("chat")
    b.t("%s #%s <%s> " % (t.strftime("%Y-%m-%dT%H:%M:%S"), ch, user))
    return segemit(b, parts)


CHAT_NOISE = [("med-ops", "dr.okafor-reyes", "MT-2 needs 2 more cases of LR and ice, runner pls"),
              ("med-ops", "rn.santos", "heat index 101 at 15:00, opening cooling bus at lot D"),
              ("med-ops", "disp.ruiz", "ALS-72 back in service after restock"),
              ("harm-reduction", "ana.v", "new alert posted CT-ALR-007, boards at all 3 med tents"),
              ("welfare", "welfare.pike", "Info East radio dead, swapping batteries"),
              ("med-ops", "medic.tallbull", "Gator 2 flat tire near Riverside, using Gator 1"),
              ("it", "ops.netadmin", "tablet MDM pushed nemPCR 4.12.7 to 48/48 devices"),
              ("med-ops", "dr.feld", "shift brief 18:30 at MT-1, naloxone count at each post"),
              ("harm-reduction", "theo.m", "fent strips lot running low at HR-TENT-B")]


def sms(t, to=None, body=None, staff=False):
    b = B("sms_gw")
    rec = {"ts": f_iso(t), "provider": "twilio", "sid": "SM" + hexs(32), "from": "+17205550188" if not staff else "+17205550190",
           "status": R.choice(["delivered", "sent", "delivered", "queued"]), "segments": R.randint(1, 3)}
    if staff:
        rec["to"] = "group:med-leads"
        rec["body"] = R.choice(["ALERT CT-ALR-%03d orange 'Tesla' pills = N-ethylpentylone. Brief crews." % R.randint(1, 20),
                                "MCI drill cancelled. Normal ops.", "Lightning within 8mi: shelter plan amber, hold transports at gate S."])
    else:
        rec["to"] = P(e164(to), "phone")
        rec["body"] = body
    jemit(b, rec, ea=False)
    return b


def inventory(t):
    b = B("inventory_tsv")
    item = R.choice([("69547-0353-02", "Naloxone HCl 4 mg nasal spray"), ("0409-4888-10", "Ondansetron 4 mg ODT"),
                     ("0264-7800-09", "Lactated Ringer 1000 mL"), ("49281-0010-10", "Epinephrine 1 mg/mL 1 mL"),
                     ("SKU-CB-ICE-10", "Ice bag 10 lb"), ("SKU-NEM-GZ-44", "Gauze 4x4 sterile 10pk"),
                     ("0904-6709-61", "Glucose 15 g gel")])
    b.t("\t".join([t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(TENTS).split()[0], item[0], item[1],
                   "LOT " + R.choice(["3K441A", "24B0719", "EX2209", "L0091X", "WBA-55"]), "EXP 202%d-%02d" % (R.randint(5, 7), R.randint(1, 12)),
                   R.choice(["DISPENSE", "RESTOCK", "COUNT", "WASTE"]), str(R.randint(-6, 48)), R.choice(["rn.santos", "emt.obi", "medic.lindqvist", "rn.arceneaux"])]))
    return b


def vpn(t):
    b = B("vpn_syslog")
    v = R.randint(0, 2)
    if v == 0:
        b.t("%s vpn-gw01 charon: %02d[IKE] IKE_SA med-tablets[%d] established between 198.51.100.10[vpn.northfieldmed.com]...10.40.%d.%d[NEM-TAB-%03d]" % (
            f_bsd(t), R.randint(1, 16), R.randint(100, 9000), R.randint(2, 3), R.randint(10, 90), R.randint(1, 48)))
    elif v == 1:
        b.t("%s cad-01 sshd[%d]: Accepted publickey for %s from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (
            f_bsd(t), R.randint(1000, 60000), R.choice(["ops", "netadmin", "ansible"]), R.randint(2, 40), R.randint(40000, 65000),
            base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
    else:
        b.t("%s vpn-gw01 charon: %02d[IKE] sending DPD request to 203.0.113.%d, CHILD_SA tent-uplink{%d} rekeyed" % (
            f_bsd(t), R.randint(1, 16), R.randint(2, 250), R.randint(1, 400)))
    return b


# ---------------------------------------------------------------- episodes
PATIENTS = []


def rand_time():
    day = R.randint(0, 3)
    h = R.choices(range(24), weights=[6, 5, 4, 2, 1, 0, 0, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6, 6, 7, 8, 9, 9, 8, 7])[0]
    t = dt.datetime(2024, 7, 18 + day, 0, 0, tzinfo=TZ) + dt.timedelta(hours=h, seconds=R.randint(0, 3599), microseconds=R.randint(0, 999999))
    if t < START:
        t += dt.timedelta(days=1) if day < 3 else dt.timedelta(hours=12)
    return t


def ep_medical(force_age=None, transfer=None):
    t = rand_time()
    pt = Person(age_force=force_age) if force_age else Person()
    if R.random() < 0.5:
        c = Person(16, 60)
        pt.contact = c
        pt.crel = R.choice([("FND^Friend", "friend"), ("FND^Friend", "friend"), ("MTH^Mother", "mother"),
                            ("SPO^Spouse", "spouse"), ("SIB^Sibling", "sister"), ("DOM^Partner", "partner")])
    cc = R.choice(CC) if force_age is None else "heat exhaustion"
    tent = R.choice(TENTS)
    inc = cad_no(t)
    unit = R.choice(UNITS)
    loc = R.choice(LANDMARKS)
    gps = "%.5f,%.5f" % (39.7 + R.uniform(0.01, 0.03), -105.2 + R.uniform(0.01, 0.03)) if R.random() < 0.3 else None
    emit(t, cad(t, "create", inc=inc, loc=loc, gps=gps))
    t1 = jit(t, 10, 60)
    if R.random() < 0.7:
        emit(t1, cad(t1, "assign", inc=inc, unit=unit))
    if R.random() < 0.6:
        t2 = jit(t1, 60, 400)
        emit(t2, radio(t2, unit=unit, pt=pt, mode="id" if R.random() < 0.25 else None))
    pcr = pcr_no(t)
    ta = jit(t, 300, 900)
    if R.random() < 0.75:
        emit(ta, rfid(ta, pt=pt, pcr=pcr if R.random() < 0.5 else None, tent=tent))
    if R.random() < 0.45:
        tt = jit(ta, 5, 60)
        emit(tt, ticketing(tt, pt=pt))
    if R.random() < 0.1:
        tt = jit(ta, 5, 60)
        emit(tt, ticketing(tt, pt=pt, kind="pci"))
    to = jit(ta, 30, 120)
    emit(to, pcr_json(to, pt=pt, pcr=pcr, tent=tent, cc=cc, arr=ta))
    tr = transfer if transfer is not None else (R.random() < 0.4 or cc in ("suspected opioid OD", "seizure hx", "head inj fall", "chest pain atyp"))
    if R.random() < 0.18:
        tq = jit(to, 60, 600)
        emit(tq, pg(tq, pt=pt, pcr=pcr))
    if R.random() < 0.2:
        tc = jit(to, 60, 900)
        user = R.choice(["dr.okafor-reyes", "rn.santos", "medic.lindqvist", "dr.feld"])
        emit(tc, chat(tc, "med-ops", user, R.choice([
            ["pt ", P(pt.full(), "name"), " in bed %d %s, friend says took something unknown, watching" % (R.randint(1, 12), tent.split()[0])],
            ["who has ", P(pcr, "mrn"), "? family at info desk asking"],
            ["FYI ", P(pt.lf(), "name"), " (wb ", P(pt.wb, "device"), ") back for the 2nd time today"],
            ["%s pt, %d%s, stable now, d/c soon" % (tent.split()[0], pt.age(), pt.sex)],
        ])))
    tend = jit(to, 900, 5400)
    disp = R.choice(DISP[:3] + DISP[5:]) if not tr else R.choice(["Transported ALS", "Transported BLS"])
    comp = pt.contact if (pt.contact and R.random() < 0.5) else None
    emit(tend, pcr_json(tend, pt=pt, pcr=pcr, tent=tent, cc=cc, disp=disp, arr=ta, companion=comp))
    if R.random() < 0.5:
        tcl = jit(tend, 1, 30)
        emit(tcl, cad(tcl, "close", inc=inc, unit=unit))
    PATIENTS.append((pt, pcr, tend, cc))
    if tr:
        hosp = R.choice(HOSP)
        hunit = R.choice(["ALS-71", "ALS-72", "HRFD-M12", "HRFD-M14"])
        tx = jit(tend, 30, 300)
        emit(tx, transport_fw(tx, pt, pcr, hunit, hosp[0], R.randint(1, 3)))
        th = jit(tx, 60, 240)
        hmrn = hosp[2] + digits(8)
        hacct = "V" + digits(9)
        blk = _ord[0] + 100000
        for i, seg in enumerate(hl7_block(th, pt, pcr, hosp[0], hmrn, hacct, cc)):
            emit(th, seg, block=blk)
        ta2 = jit(th, 1, 5)
        emit(ta2, hl7_ack(ta2, hosp[0]))
        if R.random() < 0.5:
            tf = jit(th, 5, 60)
            emit(tf, fhir(tf, pt=pt, pcr=pcr, fid=ruuid()))
        if R.random() < 0.2:
            tj = jit(th, 2, 20)
            blk = _ord[0] + 100000
            for seg in java_trace(tj, pt=pt, pcr=pcr, hosp=hosp[0]):
                emit(tj, seg, block=blk)
        if pt.contact and R.random() < 0.6:
            ts = jit(tx, 120, 900)
            emit(ts, sms(ts, to=pt.contact.phone, body=S("Northfield Event Medical: ", P(pt.fn, "name"),
                         " was taken to %s for further care. Call (720) 555-0188 re: ref " % hosp[1], P(pcr, "mrn"), ". Reply STOP to opt out.")))
        return pt, pcr, tend, hosp, hmrn, hacct
    return None


def ep_drug(force_tb=False):
    t = rand_time()
    sample = "CT-%s-%04d" % (t.strftime("%d"), R.randint(1, 400))
    claim = "%s-%s" % (digits(4), R.choice("ACDEFHJKMNPRTWXY"))
    emit(t, drugcheck(t, "intake", sample, claim))
    t1 = jit(t, 120, 900)
    emit(t1, drugcheck(t1, "result", sample, claim))
    if force_tb or R.random() < 0.12:
        blk = _ord[0] + 100000
        tt = jit(t1, 1, 20)
        for seg in py_traceback(tt, sample):
            emit(tt, seg, block=blk)
    if R.random() < 0.6:
        t2 = jit(t1, 120, 1800)
        emit(t2, drugcheck(t2, "pickup", sample, claim))
    if R.random() < 0.3:
        t3 = jit(t1, 30, 200)
        emit(t3, sms(t3, to=phone("e164"), body=S("ClearTest: your result for claim ", P(claim, "other_id"),
                     " is ready. Visit HR tent A or B, no ID needed.")))


def ep_lost(force_photo=False, force_imei=False):
    t = rand_time()
    child = R.random() < 0.65
    lost = Person(5, 14) if child else Person(18, 80)
    rep = Person(28, 55) if child else Person(18, 60)
    rel = R.choice(["mother", "father", "grandmother", "aunt", "stepfather"]) if child else R.choice(["friend", "partner", "sister", "campmate"])
    case = "LP-%s-%03d" % (t.strftime("%m%d"), R.randint(1, 60))
    lost.desc = R.choice(["yellow rain jacket, red shorts", "blue dino t-shirt, crocs", "pink ear defenders, braids",
                          "black hoodie, glow necklace", "grey beanie, wheelchair user", "green cap, tie-dye shirt"])
    lost.kind = "lost_child" if child else R.choice(["lost_adult", "welfare_check"])
    lost.rep_t = t
    ip = pub_ip()
    if R.random() < 0.5:
        emit(t, nginx(t, "submit", ip=ip))
    t1 = jit(t, 10, 120)
    emit(t1, welfare_json(t1, case, lost, rep, rel, photo=force_photo or R.random() < 0.2))
    t2 = jit(t1, 30, 200)
    inc = cad_no(t2)
    desc = "%d%s, %s" % (lost.age(), lost.sex, lost.desc)
    emit(t2, cad(t2, "bolo", inc=inc, name=lost.full() if R.random() < 0.5 else None, desc=desc))
    if R.random() < 0.5:
        t3 = jit(t2, 10, 120)
        emit(t3, radio(t3, unit=R.choice(["WLF-1", "WLF-2", "SEC-14"]), mode="lost"))
    found = R.random() < 0.9
    t4 = jit(t2, 300, 3600)
    if found:
        if R.random() < 0.7:
            emit(t4, sms(t4, to=rep.phone, body=S("Cedar Basin Welfare: ", P(lost.fn, "name"),
                         " has been found and is safe at Info East. Bring ID. Case ", P(case, "other_id"))))
        if R.random() < 0.6:
            t5 = jit(t4, 30, 600)
            emit(t5, nginx(t5, "status", ip=ip, url="/lost/status?case=%s&t=%s" % (case, hexs(10))))
        if R.random() < 0.25:
            t6 = jit(t4, 30, 300)
            emit(t6, chat(t6, "welfare", "welfare.pike", ["reunited ", P(lost.full(), "name"), " w/ ", rel, " ",
                                                             P(rep.full(), "name"), ", case ", P(case, "other_id"), " closed"]))
    if force_imei or R.random() < 0.1:
        t7 = jit(t4, 30, 300)
        emit(t7, chat(t7, "welfare", "welfare.pike", ["found phone at Info West, IMEI ", P(imei(), "device"),
                                                        ", lock screen photo matches ", P(lost.fn, "name"), " (", P(case, "other_id"), ")"]))
    return (t4, case, lost, rep, rel, found)


NOISE = [(pcr_json, 5), (drugcheck, 5), (cad, 5), (radio, 5), (rfid, 5), (ticketing, 3), (nginx, 6),
         (fhir, 2), (pg, 4), (inventory, 5), ("chat", 3), ("sms", 2), ("hl7ack", 2), ("java", 0.3)]


def noise_one(t):
    fn = R.choices([n[0] for n in NOISE], weights=[n[1] for n in NOISE])[0]
    if fn == "chat":
        c = R.choice(CHAT_NOISE)
        emit(t, chat(t, c[0], c[1], [c[2]]))
    elif fn == "sms":
        emit(t, sms(t, staff=True))
    elif fn == "hl7ack":
        emit(t, hl7_ack(t, R.choice(HOSP)[0]))
    elif fn == "java":
        blk = _ord[0] + 100000
        for seg in java_trace(t):
            emit(t, seg, block=blk)
    else:
        emit(t, fn(t))


# ---------------------------------------------------------------- post-event
def post_event(transfers, lost_cases):
    t = dt.datetime(2024, 7, 23, 9, 12, 4, 118000, tzinfo=TZ)
    # daily aggregate CSV
    emit(t, B("county_csv").t("day,tent,contacts,etoh,drug,heat,trauma,transports,naloxone_admin,drugcheck_samples,lost_persons"))
    for d in range(18, 22):
        for tent in ["MT-1", "MT-2", "MT-3", "FAP-4"]:
            emit(t, B("county_csv").t("2024-07-%d,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d" % (d, tent, R.randint(20, 160), R.randint(3, 40), R.randint(1, 25),
                 R.randint(0, 30), R.randint(2, 20), R.randint(0, 5), R.randint(0, 3), R.randint(0, 90), R.randint(0, 12))))
    # X12 837 for transports
    t2 = dt.datetime(2024, 7, 24, 14, 3, 55, 0, tzinfo=TZ)
    X = lambda: B("x12_837")
    emit(t2, X().t("ISA*00*          *00*          *ZZ*NEMBILLING     *ZZ*CLEARHOUSE01   *240724*1403*^*00501*%09d*0*P*:~" % R.randint(1, 999999)))
    emit(t2, X().t("GS*HC*NEMBILLING*CLEARHOUSE01*20240724*1403*%d*X*005010X222A1~" % R.randint(100, 9999)))
    emit(t2, X().t("ST*837*0001*005010X222A1~"))
    emit(t2, X().t("NM1*85*2*NORTHFIELD EVENT MEDICAL LLC*****XX*%s~" % npi()))
    emit(t2, X().t("N3*1450 INDUSTRIAL PKWY STE 210~"))
    emit(t2, X().t("N4*GOLDEN*CO*804017788~"))
    for (pt, pcr, tend, hosp, hmrn, hacct) in transfers[:5]:
        if not pt.member:
            continue
        emit(t2, X().t("SBR*P*18*******%s~" % ("MB" if pt.plan == "Medicare" else "MC" if pt.plan.startswith("Health First") else "CI")))
        emit(t2, X().t("NM1*IL*1*").p(pt.ln.upper(), "name").t("*").p(pt.fn.upper(), "name").t("****MI*").p(pt.member, "health_plan").t("~"))
        emit(t2, X().t("N3*").p(pt.street.upper(), "address").t("~"))
        emit(t2, X().t("N4*").p(pt.city.upper(), "address").t("*%s*" % pt.state).p(pt.zip, "zip").t("~"))
        emit(t2, X().t("DMG*D8*").p(pt.dob.strftime("%Y%m%d"), "date").t("*%s~" % pt.sex))
        emit(t2, X().t("CLM*").p("NEM" + pcr[4:].replace("-", ""), "account").t("*%.2f***41:B:1*Y*A*Y*Y~" % R.uniform(900, 2400)))
        emit(t2, X().t("DTP*472*D8*").p(tend.strftime("%Y%m%d"), "date").t("~"))
        emit(t2, X().t("SV1*HC:%s*%.2f*UN*1***1~" % (R.choice(["A0427", "A0429"]), R.uniform(700, 1900))))
        emit(t2, X().t("SV1*HC:A0425*%.2f*UN*%d***1~" % (R.uniform(100, 400), R.randint(6, 22))))
    emit(t2, X().t("SE*%d*0001~" % R.randint(30, 90)))
    emit(t2, X().t("GE*1*%d~" % R.randint(100, 9999)))
    # county XML
    t3 = dt.datetime(2024, 7, 25, 16, 2, 11, 0, tzinfo=TZ)
    C = lambda: B("county_xml")
    emit(t3, C().t('<?xml version="1.0" encoding="UTF-8"?>'))
    emit(t3, C().t('<MassGatheringReport xmlns="urn:hrcph:mgr:2" eventId="HRC-SPE-2024-031" permit="SEP-24-0117" submitted="2024-07-25T16:02:11-06:00">'))
    emit(t3, C().t('  <Provider name="Northfield Event Medical LLC" npi="%s" contact="ops@northfieldmed.com" phone="(720) 555-0188"/>' % npi()))
    emit(t3, C().t('  <MedicalDirector name="Imani Okafor-Reyes, MD" npi="%s"/>' % STAFF_NPI["dr.okafor-reyes"]))
    for d in range(18, 22):
        emit(t3, C().t('  <DaySummary date="2024-07-%d" attendance="%d" contacts="%d" transports="%d" naloxone="%d" heat="%d"/>' % (
            d, R.randint(30000, 42000), R.randint(150, 420), R.randint(2, 12), R.randint(0, 6), R.randint(5, 60))))
    for (pt, pcr, tend, hosp, hmrn, hacct) in transfers:
        b = C().t('  <Transport pcr="').p(pcr, "mrn").t('" dt="').p(f_iso(tend, ms=False), "date").t('" age="')
        a = pt.age()
        if a > 89:
            b.p(str(a), "age")
        else:
            b.t(str(a))
        b.t('" sex="%s" dest="%s" zip="' % (pt.sex, hosp[0])).p(pt.zip, "zip").t('"/>')
        emit(t3, b)
    ods = [p for p in PATIENTS if p[3] in ("suspected opioid OD", "GHB suspected", "AMS poly-substance")][:4]
    for (pt, pcr, tend, cc) in ods:
        emit(t3, C().t('  <ReportableCase type="overdose_surveillance"><Name>').p(pt.lf(), "name").t("</Name><DOB>").p(
            pt.dob.isoformat(), "date").t("</DOB><Zip>").p(pt.zip, "zip").t("</Zip><Contact>").p(f_iso(tend, ms=False), "date").t(
            "</Contact><Substance>%s</Substance><Naloxone doses=\"%d\"/></ReportableCase>" % (R.choice(["fentanyl (strip+)", "unknown", "GHB", "MDMA/ETOH"]), R.randint(0, 2))))
    nl = sum(1 for c in lost_cases if c[5])
    emit(t3, C().t('  <LostPersons total="%d" reunited="%d" minors="%d"/>' % (len(lost_cases), nl, R.randint(1, len(lost_cases)))))
    emit(t3, C().t('  <DrugChecking samples="%d" unexpected="%d" alerts="%d" provider="ClearTest Collective"/>' % (R.randint(500, 800), R.randint(60, 190), R.randint(3, 9))))
    emit(t3, C().t("</MassGatheringReport>"))
    t4 = dt.datetime(2024, 7, 25, 16, 2, 14, 0, tzinfo=TZ)
    emit(t4, B("nginx_access").t('198.51.100.10 - nem-upload %s "POST /portal/api/mgr/submit HTTP/1.1" 202 88 "-" "python-requests/2.31.0" rt=1.204' % f_nginx(t4)))


# ---------------------------------------------------------------- main
def main():
    transfers = []
    lost_cases = []
    transfers.append(ep_medical(force_age=91, transfer=True))
    for i in range(N_MED):
        r = ep_medical()
        if r:
            transfers.append(r)
    for i in range(N_DRUG):
        ep_drug(force_tb=i == 1)
    for i in range(N_LOST):
        lost_cases.append(ep_lost(force_photo=i in (0, 3), force_imei=i == 2))
    # first transfer record: the forced 91-year-old one
    transfers = [x for x in transfers if x]
    # header of lost-persons CSV at export time, then rows
    tcsv = dt.datetime(2024, 7, 22, 3, 0, 0, tzinfo=TZ)
    emit(tcsv, B("lostfound_csv").t(LOSTCSV_HDR), block=900000)
    for i, (t4, case, lost, rep, rel, found) in enumerate(sorted(lost_cases, key=lambda c: c[1])):
        emit(tcsv, lostfound_csv(t4, case, lost, rep, rel, found), block=900000)
    post_event(transfers, lost_cases)
    sys.stderr.write("episode lines=%d\n" % len(EVENTS))
    while len(EVENTS) < N_LINES:
        noise_one(rand_time())
    EVENTS.sort(key=lambda e: (e[0], e[1], e[2]))
    if len(EVENTS) > N_LINES:
        raise SystemExit("too many lines: %d" % len(EVENTS))
    write(EVENTS)


def write(events):
    lines, labels = [], []
    for i, (_, _, _, b) in enumerate(events, 1):
        line, spans = b.build()
        lb = line.encode("utf-8")
        if not line or "\n" in line or "\r" in line:
            raise AssertionError("bad line %d" % i)
        prev = 0
        out = []
        for (s, e, cat, val, raw) in sorted(spans):
            if not (0 <= s < e <= len(lb)):
                raise AssertionError("span out of range line %d" % i)
            if s < prev:
                raise AssertionError("overlap line %d" % i)
            prev = e
            if lb[s:e].decode("utf-8") != val:
                raise AssertionError("span mismatch line %d: %r" % (i, val))
            if raw and raw[0] == "json" and json.loads('"' + val + '"') != raw[1]:
                raise AssertionError("json decode mismatch line %d" % i)
            out.append({"s": s, "e": e, "cat": cat})
        lines.append(line)
        labels.append(json.dumps({"line": i, "family": b.fam, "spans": out}))
    with open("rj.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open("rj.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    phi = sum(1 for l in labels if '"spans": []' not in l)
    sys.stderr.write("lines=%d phi_lines=%d no_phi_share=%.3f\n" % (len(lines), phi, 1 - phi / len(lines)))


if __name__ == "__main__":
    main()
