#!/usr/bin/env python3
"""gen_sg.py - synthetic, labeled log corpus "sg".

Organisation: Metro Regional Transit (MRT), a metropolitan subway operator.
Slice: station medical response and employee assistance, as it lands in
the MRT security/ops log archive (one SIEM export, interleaved by time).
Writes sg.log (500 lines) and sg.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels file)
  radio_syslog  RFC3164 syslog from the rail-control radio gateway
                (station-agent / rail-control radio transcripts)
  sir_json      Station Incident Reporting API (pino-style JSON logger)
  cctv_logfmt   CCTV review-request service (Go, logfmt)
  fare_audit    fare-card lookup audit trail (key=value, log4j prefix)
  fare_access   nginx access log in front of the fare-media API
  fare_java     Spring Boot fare-lookup service incl. multi-line stack traces
  hl7v2         EMS pre-arrival ADT^A04 feed to receiving EDs (one segment/line)
  nemsis_xml    ePCR export, NEMSIS 3.5-style XML, pretty printed (one element/line)
  fhir_json     hospital hand-off acknowledgement, FHIR R4 Bundle on one line
  wc_csv        workers' compensation (track-worker injury) claim export, CSV
  x12_837       occupational-health clinic 837P claims for injured workers
  lpo_pipe      Lost Property Office register, pipe-delimited
  eap_fixed     Employee Assistance Program referral batch, fixed width
  sms_json      outbound SMS gateway log (lost property / family notification)
  ops_chat      Rail Control Center ops chat export
  ohn_note      occupational-health nurse / EAP counsellor free-text notes
  pg_sql        PostgreSQL statement log of the SIR database
  cef_siem      CEF events from the VMS / access-control platform
  envmon_py     platform heat monitoring (Python logging)
  k8s_json      platform/app JSON logs (deploys, health, queues)

Labeling decisions (grey cases of this Theme)
  * Who is served: passengers (patients, persons found ill or injured,
    lost-property owners) and employees in the role of a claimant / EAP
    client / occupational-health patient.  Their identifiers, and those of
    their relatives and emergency contacts, are PHI.
  * Employees at work (station agents, rail control, supervisors, EMTs,
    paramedics, nurses, counsellors, clerks) are NOT PHI, incl. their pass
    numbers, radio call signs, badge IDs, NPIs, work phones/emails.  The
    same kind of number (MRT pass no.) IS PHI (other_id) when it identifies
    the injured worker / EAP client in their claim or referral.
  * Station Incident Report numbers (SIR-...), EMS CAD incident numbers,
    CCTV review-request numbers and camera IDs are operational event IDs
    tied to a place and time -> not labeled.  Person-tied numbers ARE
    labeled: workers' comp claim no., EAP case no., lost-property claim
    no. (identifies the owner), reduced-fare programme ID -> other_id;
    ePCR/PCR number and hospital MRN -> mrn.
  * Fare media: card serials, fare account IDs, full bank PANs and
    device account numbers (DPAN) of a patient/owner -> account.  Masked
    PANs (only last 4) are not labeled.  A card number inside a URL path is
    labeled as account on its bytes (not the whole URL as url).  A
    personal lost-property claim link with an owner token -> url.
  * Dates tied to a person (DOB, date of injury/incident in the person's
    record, last tap date of the patient's card, admission, referral,
    appointment) -> date.  The record's own timestamp (syslog header,
    HL7 MSH-7, JSON "time", file header dates) is not labeled.  Clock times
    alone ("at 0842") are not labeled.
  * Ages only when > 89.  A home address below state level -> address;
    ZIP always its own span.  Station and hospital addresses are sites.
  * Driver licence and non-driver state ID numbers -> license; passport
    numbers -> other_id; found phone IMEI / patient device MAC -> device;
    plates / VIN of a patient's car -> vehicle.  A lost-property web form
    client IP -> ip; server / workstation / private IPs are not.
  * CCTV stills of a patient (base64 JPEG) -> photo; face-search templates
    -> biometric.  Free-text physical descriptions are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

R = random.Random(20240716)
N_LINES = 500


# ---------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []  # (text, cat, raw, kind)

    def t(self, s):
        self.parts.append((s, None, None, None))
        return self

    def p(self, s, cat, raw=None, kind=None):
        self.parts.append((s, cat, s if raw is None else raw, kind))
        return self

    def jstr(self, v, cat=None):
        enc = json.dumps(v, ensure_ascii=True)[1:-1]
        self.t('"')
        if cat:
            self.parts.append((enc, cat, v, "json"))
        else:
            self.t(enc)
        self.t('"')
        return self

    def jval(self, v, cat=None):
        if isinstance(v, Obj):
            return v.emit(self)
        if isinstance(v, list):
            self.t("[")
            for i, x in enumerate(v):
                if i:
                    self.t(",")
                if isinstance(x, tuple):
                    self.jval(x[0], x[1])
                else:
                    self.jval(x)
            self.t("]")
            return self
        if isinstance(v, str):
            return self.jstr(v, cat)
        s = json.dumps(v)
        return self.p(s, cat) if cat else self.t(s)

    def obj(self, *items):
        return Obj(list(items)).emit(self)

    def logfmt(self, items, sep=" "):
        first = True
        for it in items:
            k, v = it[0], it[1]
            cat = it[2] if len(it) > 2 else None
            if not first:
                self.t(sep)
            first = False
            v = str(v)
            if v == "" or any(c in v for c in ' ="'):
                inner = v.replace("\\", "\\\\").replace('"', '\\"')
                self.t(k + '="')
                self.p(inner, cat, v, "lf") if cat else self.t(inner)
                self.t('"')
            else:
                self.t(k + "=")
                self.p(v, cat) if cat else self.t(v)
        return self

    def build(self):
        b = b""
        spans = []
        for text, cat, raw, kind in self.parts:
            tb = text.encode("utf-8")
            if cat:
                spans.append({"s": len(b), "e": len(b) + len(tb), "cat": cat,
                              "_v": text, "_raw": raw, "_k": kind})
            b += tb
        return b, spans


class Obj:
    def __init__(self, items):
        self.items = items

    def emit(self, l):
        l.t("{")
        for i, it in enumerate(self.items):
            k, v = it[0], it[1]
            cat = it[2] if len(it) > 2 else None
            if i:
                l.t(",")
            l.t(json.dumps(k) + ":")
            l.jval(v, cat)
        l.t("}")
        return l


# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 7, 16, 5, 12, 7)
CLK = [T0]


def tick(lo=2, hi=55):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def now():
    return CLK[0]


def iso_local(t, ms=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".%03d" % (t.microsecond // 1000) if ms else "") + "-04:00"


def iso_z(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def epoch_ms(t):
    u = t + dt.timedelta(hours=4)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


# ---------------------------------------------------------------- id helpers
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


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ssn(valid=True):
    if not valid:
        return R.choice(["000-00-0000", "999-99-9999", "123-45-678", "666-" + digits(2) + "-" + digits(4)])
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def pan():
    base = R.choice(["4", "51", "53", "37"])
    ln = 15 if base == "37" else 16
    body = base + digits(ln - len(base) - 1)
    return body + luhn_digit(body)


def npi():
    b = R.choice("12") + digits(8)
    return b + luhn_digit("80840" + b)


def imei():
    b = R.choice(["35", "86", "01"]) + digits(12)
    return b + luhn_digit(b)


def fare_serial():
    b = "30" + digits(7)
    return b + luhn_digit(b)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    c = [R.choice("123456789"), R.choice(A), R.choice(AN), R.choice("0123456789"),
         R.choice(A), R.choice(AN), R.choice("0123456789"), R.choice(A), R.choice(A),
         R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(al) for _ in range(16)]
    v[8] = "0"
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def plate():
    return R.choice(["NY", "NJ", "CT"]), R.choice(["%s%s%s-%s" % (R.choice("KLJHG"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)),
                                               "%s%s%s %s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(2), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3))])


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


# ---------------------------------------------------------------- vocab
FIRST_F = ["Aaliyah", "Dolores", "Eun-ji", "Fatoumata", "Guadalupe", "Inès", "Lakshmi", "Nadia", "Rosalind",
           "Tamar", "Valentina", "Xiomara", "Zofia", "Joy", "Hope", "Summer", "Marguerite", "Siobhán", "Yetunde",
           "Bich Ngoc", "Agnieszka", "Precious", "Mercedes", "Hyacinth", "Ruth", "Dawn", "Ivy"]
FIRST_M = ["Bogdan", "Chidi", "Hiroshi", "Jaroslav", "Kwame", "Mateo", "Oisín", "Quentin", "Siddharth",
           "Umar", "Wojciech", "Yusuf", "Grant", "Bill", "Rashad", "Dmitri", "Jean-Baptiste", "Tenzin",
           "Luis Ángel", "Ezekiel", "Sterling", "Deshawn", "Hamza", "Frank", "Pat", "Rock"]
LAST = ["Okonkwo", "Fitzgerald-Ramos", "García Márquez", "Nguyen", "Baker", "Rivers", "Stone",
        "Castellanos-Whitfield", "Oyelaran", "Kowalczyk", "Al-Hashimi", "Mbeki", "Park", "Hill", "Bird",
        "Christmas", "Friday", "Moreno", "Ó Súilleabháin", "Delacroix", "Papadopoulos", "Van der Berg", "Singh",
        "Szabó", "Iwu", "Tran", "Little", "Brown", "Young", "Winter", "De la Cruz", "Abernathy-Cho", "Rahman",
        "Lindqvist", "Wolfe", "Chowdhury", "Pham", "Mensah-Boateng", "Rosario", "Katz", "Hughes", "St. Fleur"]
STREETS = ["Nostrand Ave", "Ocean Pkwy", "Grand Concourse", "Linden Blvd", "Fulton St", "Jerome Ave",
           "Myrtle Ave", "Hylan Blvd", "Roosevelt Ave", "Bergenline Ave", "Palisade Ave", "W 181st St",
           "E 149th St", "Kissena Blvd", "Malcolm X Blvd", "Flatbush Ave", "Willow Ave", "Central Park Ave",
           "Mott Ave", "Prospect Pl", "Tremont Ave", "Gun Hill Rd", "Summit Ave", "Newkirk Ave"]
CITIES = [("Brooklyn", "NY", "112"), ("Bronx", "NY", "104"), ("New York", "NY", "100"), ("Jamaica", "NY", "114"),
          ("Flushing", "NY", "113"), ("Staten Island", "NY", "103"), ("Yonkers", "NY", "107"),
          ("Jersey City", "NJ", "073"), ("Hoboken", "NJ", "070"), ("Union City", "NJ", "070"),
          ("Mount Vernon", "NY", "105"), ("Far Rockaway", "NY", "116")]
AREA = ["718", "347", "929", "917", "646", "201", "551", "914", "212", "862"]
MAILD = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "optonline.net", "protonmail.com", "verizon.net"]

STATIONS = [("R23", "Fulton Av"), ("A41", "Jay St-MetroTech"), ("D11", "161 St-Yankee Stadium"),
            ("G22", "Court Sq"), ("L17", "Broadway Junction"), ("710", "Jackson Hts-Roosevelt Av"),
            ("R09", "Queensboro Plaza"), ("635", "14 St-Union Sq"), ("420", "Bowling Green"),
            ("621", "Harlem-125 St"), ("A27", "Canal St"), ("A42", "Hoyt-Schermerhorn"),
            ("D40", "Atlantic Av-Barclays Ctr"), ("H11", "Far Rockaway-Mott Av"), ("J28", "Exchange Pl")]
LINES_ = ["A", "C", "E", "F", "G", "L", "R", "2", "4", "5", "7", "J"]
HOSP = [("KMMC", "Kingsbridge Methodist Medical Center"), ("SBH", "St. Brendan's Hospital"),
        ("BGH", "Bellmore General Hospital"), ("LHMC", "Lenox Harbor Medical Center"),
        ("WQH", "Woodhaven Queens Hospital")]
STAFF = [("Patrice Malik", "804112", "Station Agent"), ("Howard Jiménez", "771036", "Station Supervisor"),
         ("Keisha Whitcombe", "690285", "Rail Control Dispatcher"), ("Tomasz Brandt", "823377", "Station Agent"),
         ("Renée Adeyemi", "715520", "Station Agent"), ("Gus Halvorsen", "602894", "Track Supervisor"),
         ("Ana Lucía Paredes", "840019", "Customer Service"), ("Marcus Oduya", "758821", "Station Agent"),
         ("Priyanka Rao", "731164", "Lost Property Clerk"), ("Desmond Achterberg", "688200", "Safety Officer")]
CLIN = [("Ellen Marsh-Tobin", "RN", "OH Nurse"), ("Dr. Victor Amadi", "MD", "OH Physician"),
        ("Sasha Lindgren", "LCSW", "EAP Counsellor"), ("Roberto Quiñones", "LMHC", "EAP Counsellor")]
MEDICS = ["EMT Carla Ostrowski", "Medic Julian Berrios", "Medic Ngozi Ilori", "EMT Aaron Feld", "Medic Lin Hao"]
EMS_UNITS = ["31A", "12B", "44V", "08C", "57D", "19Y", "22W"]


def staff():
    return R.choice(STAFF)


def stn():
    return R.choice(STATIONS)


def dob_for(age_hi=False):
    if age_hi:
        y = R.randint(1928, 1934)
    else:
        y = R.randint(1948, 2006)
    return dt.date(y, R.randint(1, 12), R.randint(1, 28))


def age_of(d):
    t = dt.date(2024, 7, 16)
    return t.year - d.year - ((t.month, t.day) < (d.month, d.day))


def phone(fmt=None):
    a, x, n = R.choice(AREA), str(R.randint(201, 989)), digits(4)
    fmt = fmt or R.choice(["paren", "dash", "e164", "dots", "plain"])
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "e164": "+1%s%s%s", "dots": "%s.%s.%s",
            "plain": "%s%s%s"}[fmt] % (a, x, n)


def strip_acc(s):
    tr = str.maketrans("áàâãäåçéèêëíìîïñóòôõöúùûüýÁÉÍÓÚÑÖŠšżłńśćę", "aaaaaaceeeeiiiinooooouuuuyAEIOUNOSszlnsce")
    return s.translate(tr)


class Person:
    def __init__(self, hi=None):
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEJKLMRST")
        hi = (R.random() < 0.2) if hi is None else hi
        self.dob = dob_for(hi)
        self.age = age_of(self.dob)
        c = R.choice(CITIES)
        self.city, self.state = c[0], c[1]
        self.zip = c[2] + digits(2)
        self.street = "%d %s" % (R.randint(2, 2899), R.choice(STREETS))
        if R.random() < 0.35:
            self.street += R.choice([" Apt %d%s" % (R.randint(1, 24), R.choice("ABCDEFGH")), " #%d" % R.randint(1, 40), " Fl 3"])
        self.phone = phone()
        u = strip_acc(self.first.split()[0].lower()).replace("-", "")
        v = strip_acc(self.last.lower()).replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice(["%s.%s", "%s%s", "%s_%s" + digits(2)]) % (u, v) + "@" + R.choice(MAILD)
        self.ssn = ssn()
        self.fare = fare_serial()
        self.facct = "FA-%08d" % R.randint(100000, 99999999)
        self.pan = pan()
        self.mrn = R.choice(["E", "M", ""]) + digits(R.choice([7, 8]))
        self.pcr = "PCR24-%07d" % R.randint(1, 9999999)
        self.dl = R.choice([digits(9), R.choice("ABCDEFGHKLMNPRSTW") + digits(14)])
        self.empno = str(R.randint(600000, 899999))
        self.mbi = mbi()
        self.medicaid = R.choice("ABCDEFGHJK") + R.choice("ABCDEFGHJK") + digits(5) + R.choice("ABCDEFGHJK")

    def full(self):
        return "%s %s" % (self.first, self.last)

    def lf(self):
        return "%s, %s" % (self.last, self.first)

    def LF(self):
        return "%s,%s" % (strip_acc(self.last).upper(), strip_acc(self.first).upper())


def contact():
    c = Person()
    c.rel = R.choice(["daughter", "wife", "mother", "sister", "niece", "partner", "roommate"] if c.sex == "F" else
                     ["son", "husband", "father", "brother", "nephew", "partner", "roommate"])
    return c


def dfmt(d, f=None):
    f = f or R.choice(["iso", "us", "compact", "dmy"])
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "compact": d.strftime("%Y%m%d"),
            "dmy": d.strftime("%d-%b-%Y").upper()}[f]


TODAY = dt.date(2024, 7, 16)
RIDERS = [Person() for _ in range(40)]
WORKERS = [Person(hi=False) for _ in range(12)]
for w in WORKERS:
    w.dob = dt.date(R.randint(1962, 2000), R.randint(1, 12), R.randint(1, 28))
    w.age = age_of(w.dob)
    w.title = R.choice(["Track Worker", "Signal Maintainer", "Track Worker", "Power Cable Maintainer", "Cleaner", "Car Inspector"])
    w.claim = "WC-24-%06d" % R.randint(1, 999999)
    w.doi = TODAY - dt.timedelta(days=R.choice([0, 0, 1, 3, 9, 21, 40]))
    w.eap = "EAP%02d-%05d" % (24, R.randint(1, 99999))
    w.refd = TODAY - dt.timedelta(days=R.randint(0, 10))


def rider():
    return R.choice(RIDERS)


def worker():
    return R.choice(WORKERS)


# ---------------------------------------------------------------- generators
def g_radio():
    t = tick()
    code, name = stn()
    sf = staff()
    l = L("radio_syslog")
    l.t("<%d>%s rcc-radiogw0%d radiogw[%d]: " % (R.choice([134, 134, 133, 132]), sysl(t), R.randint(1, 2), R.choice([2231, 2231, 4410])))
    l.t("ch=OPS-%d tg=%d unit=%s stn=%s dur=00:%02d " % (R.randint(1, 6), R.choice([5021, 5022, 5107]),
                                                       R.choice(["SA-" + sf[1][-4:], "RCC-D%d" % R.randint(1, 9), "TS-%d" % R.randint(10, 40), "SUP-%s" % code]),
                                                       code, R.randint(3, 59)))
    x = R.random()
    if x < 0.62:
        msg = R.choice([
            "Control, customer down %s platform %s, conscious and breathing, requesting EMS" % (R.choice(["S/B", "N/B", "mezz"]), name),
            "10-4 Control, EMS %s on scene at %s" % (R.choice(EMS_UNITS), name),
            "Heat: customer fainted %s, water given, AED not needed" % name,
            "Requesting naloxone kit restock booth %s, 2 doses used" % code,
            "Rail Control to all units, hold %s trains at %s, customer on roadbed" % (R.choice(LINES_), name),
            "Track worker injury reported at CM %d+%02d, flagging in place, supervisor en route" % (R.randint(100, 900), R.randint(0, 99)),
            "Booth %s AC unit down, temp 96F, requesting relief agent" % code,
            "EMS transported customer to %s, clearing platform" % R.choice(HOSP)[1],
            "Customer refused medical aid, RMA signed, resuming service",
            "Police %s sector requested for unruly customer, no injuries" % R.choice(["Transit D%d" % R.randint(1, 34)]),
            "Sick customer removed from train at %s, train %s%d 10 min delay" % (name, R.choice(LINES_), R.randint(100, 999)),
        ])
        l.logfmt([("txt", msg)])
    else:
        p = rider()
        variant = R.randint(0, 3)
        l.t('txt="')
        if variant == 0:
            l.t("Customer ID'd from wallet as ").p(p.full(), "name", kind="lf")
            if p.age > 89:
                l.t(", age ").p(str(p.age), "age")
            else:
                l.t(", approx %ds" % (p.age // 10 * 10))
            l.t(", %s platform %s" % (R.choice(["S/B", "N/B"]), name))
        elif variant == 1:
            c = contact()
            l.t("Customer says EC is %s " % c.rel).p(c.full(), "name", kind="lf").t(" at ").p(c.phone, "phone").t(", pls relay to EMS")
        elif variant == 2:
            l.t("Unconscious male, MetroCard serial ").p(p.fare, "account").t(" found on person, possible OD, narcan x2 given")
        else:
            l.t("Elderly customer fell on stairs %s, states DOB " % name).p(p.dob.strftime("%m/%d/%y"), "date").t(", bleeding from head")
        l.t('"')
    return [l]


def g_sir():
    t = tick()
    code, name = stn()
    sf = staff()
    sirno = "SIR-24%s-%04d" % (t.strftime("%m%d"), R.randint(1, 9999))
    l = L("sir_json")
    base = [("level", 30), ("time", epoch_ms(t)), ("pid", 41), ("hostname", "sir-api-7c9f8d-%s" % hexs(5)),
            ("req_id", ruuid())]
    x = R.random()
    if x < 0.45:
        l.obj(*base, ("msg", R.choice(["incident status change", "incident assigned", "attachment uploaded"])),
              ("sir_no", sirno), ("from", R.choice(["OPEN", "DISPATCHED"])), ("to", R.choice(["EMS_ON_SCENE", "CLOSED", "TRANSPORTED"])),
              ("station", Obj([("id", code), ("name", name)])), ("by", "pass:" + sf[1]), ("ms", R.randint(3, 400)))
        return [l]
    p = rider()
    typ = R.choice(["CUSTOMER_FALL", "HEAT_ILLNESS", "SUSPECTED_OVERDOSE", "CUSTOMER_FALL", "SICK_CUSTOMER", "ESCALATOR_INJURY"])
    occ = "%sT%s-04:00" % (TODAY.isoformat(), (t - dt.timedelta(minutes=R.randint(4, 50))).strftime("%H:%M"))
    inj = [("nm", p.lf() if R.random() < 0.5 else p.full(), "name")]
    if R.random() < 0.7:
        inj.append(("dob", dfmt(p.dob, "iso"), "date"))
    if R.random() < 0.75 and p.age > 89:
        inj.append(("age", p.age, "age"))
    elif R.random() < 0.4:
        inj.append(("age_band", "%d-%d" % (p.age // 10 * 10, p.age // 10 * 10 + 9)))
    if R.random() < 0.5:
        inj.append(("addr", Obj([("line1", p.street, "address"), ("city", p.city, "address"), ("st", p.state), ("zip", p.zip, "zip")])))
    if R.random() < 0.5:
        inj.append(("tel", p.phone, "phone"))
    inj.append(("sex", p.sex))
    ev = [("type", typ), ("occurred_at", occ, "date"), ("platform", R.choice(["S/B", "N/B", "MEZZ", "STAIR P3"]))]
    if typ == "SUSPECTED_OVERDOSE":
        ev.append(("naloxone_doses", R.randint(1, 3)))
    if typ == "HEAT_ILLNESS":
        ev.append(("platform_temp_f", round(R.uniform(92, 104), 1)))
    l.obj(*base, ("msg", "incident created"), ("sir_no", sirno), ("station", Obj([("id", code), ("name", name)])),
          ("event", Obj(ev)), ("injured_party", Obj(inj)),
          ("reporter", Obj([("pass_no", sf[1]), ("title", sf[2])])), ("ems", Obj([("cad", "C24%07d" % R.randint(1, 9999999)), ("unit", R.choice(EMS_UNITS))])))
    return [l]


def g_cctv():
    t = tick()
    code, name = stn()
    sf = staff()
    l = L("cctv_logfmt")
    rr = "RR-%06d" % R.randint(1, 999999)
    cam = "%s-%s-%02d" % (code, R.choice(["PLT-S", "PLT-N", "MEZ", "STR", "FA"]), R.randint(1, 24))
    x = R.random()
    items = [("ts", iso_z(t)), ("level", R.choice(["info", "info", "warn"])), ("svc", "vms-review"), ("trace_id", hexs(32))]
    if x < 0.72:
        items += [("msg", R.choice(["review request created", "export queued", "export complete", "retention hold applied"])),
                  ("req", rr), ("cam", cam), ("from", (t - dt.timedelta(minutes=30)).strftime("%H:%M:%S")),
                  ("to", t.strftime("%H:%M:%S")), ("requester", "pass:" + sf[1]),
                  ("reason", R.choice(["customer injury", "EMS request", "claim defense", "NYPD subpoena", "escalator fault"])),
                  ("bytes", R.randint(10 ** 6, 9 * 10 ** 8)), ("codec", "h265"), ("vms", "Milestone XProtect 2023 R3")]
        l.logfmt(items)
    elif x < 0.86:
        items += [("msg", "face search submitted"), ("req", rr), ("cam", cam), ("engine", "Sherlock FR 4.2"),
                  ("tmpl_fmt", "ISO19794-5"), ("face_tmpl", b64(R.choice([48, 60])), "biometric"), ("threshold", "0.82")]
        l.logfmt(items)
    else:
        items += [("msg", "still attached to incident"), ("req", rr), ("cam", cam), ("mime", "image/jpeg"),
                  ("still_b64", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(R.choice([66, 90])), "photo")]
        l.logfmt(items)
    return [l]


def g_fare_audit():
    t = tick()
    sf = staff()
    p = rider()
    l = L("fare_audit")
    l.t("%s,%03d AUDIT [fare-lookup] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
    x = R.random()
    user = "ops." + strip_acc(sf[0].split()[0][0] + sf[0].split()[-1]).lower()
    if x < 0.3:
        l.logfmt([("user", user), ("action", R.choice(["LOGIN", "SEARCH_FORM_OPEN", "LOGOUT"])), ("ws", "10.42.%d.%d" % (R.randint(1, 30), R.randint(2, 250))),
                  ("result", "OK"), ("elapsed_ms", R.randint(2, 90))])
        return [l]
    items = [("user", user), ("action", "CARD_LOOKUP"), ("reason", R.choice(["ID_UNCONSCIOUS_CUST", "EMS_REQUEST", "NOK_NOTIFY", "LOST_PROP_MATCH"])),
             ("card_serial", p.fare, "account")]
    if R.random() < 0.5:
        items.append(("acct_id", p.facct, "account"))
    items.append(("holder", p.LF() if R.random() < 0.5 else p.full(), "name"))
    if R.random() < 0.4:
        items.append(("rf_prog", R.choice(["SENIOR", "DISABILITY"])))
        items.append(("rf_id", "RF%09d" % R.randint(1, 999999999), "other_id"))
    if R.random() < 0.5:
        d = TODAY - dt.timedelta(days=R.choice([0, 0, 1, 2]))
        items.append(("last_tap", "%sT%02d:%02d" % (d.isoformat(), R.randint(5, 9), R.randint(0, 59)), "date"))
        items.append(("last_tap_stn", stn()[0]))
    if R.random() < 0.35:
        items.append(("funding_pan", p.pan, "account"))
    else:
        items.append(("funding_pan_masked", "************" + p.pan[-4:]))
    items.append(("result", "HIT"))
    l.logfmt(items)
    return [l]


def g_fare_access():
    t = tick(1, 20)
    l = L("fare_access")
    ip = "10.42.%d.%d" % (R.randint(1, 30), R.randint(2, 250))
    sf = staff()
    user = R.choice(["-", "ops." + strip_acc(sf[0].split()[-1]).lower()])
    l.t('%s - %s [%s -0400] "' % (ip, user, t.strftime("%d/%b/%Y:%H:%M:%S")))
    x = R.random()
    if x < 0.6:
        path = R.choice(["/healthz", "/v2/stations/%s/devices" % stn()[0], "/metrics", "/v2/fare-products?active=true",
                         "/static/app.4f1c2e9.js", "/v2/config/version"])
        l.t("GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (path, R.choice([200, 200, 200, 304]), R.randint(120, 30000),
                                                           R.choice(["kube-probe/1.28", "Ops-Console/4.12.0", "Prometheus/2.51.1"]), R.uniform(0.001, 0.2)))
    else:
        p = rider()
        l.t("GET /v2/media/").p(p.fare, "account").t("/taps?since=")
        l.p((TODAY - dt.timedelta(days=7)).isoformat(), "date")
        l.t(" HTTP/1.1\" 200 %d \"-\" \"Ops-Console/4.12.0\" rt=%.3f" % (R.randint(400, 9000), R.uniform(0.01, 0.4)))
    return [l]


def g_fare_java():
    t = tick()
    tid, sid = hexs(32), hexs(16)
    head = "%s.%03d %s [fare-lookup,%s,%s] 1 --- [nio-8080-exec-%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000,
                                                                      "%s", tid, sid, R.randint(1, 12))
    x = R.random()
    if x < 0.45:
        l = L("fare_java")
        l.t(head % " INFO" + R.choice(["c.m.f.lookup.MediaCache        : cache refresh done entries=%d took=%dms" % (R.randint(10000, 90000), R.randint(40, 900)),
                                      "o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8080 (http)",
                                      "c.m.f.lookup.CardLookupController : lookup served media_type=OMNY_CONTACTLESS in %dms" % R.randint(5, 80)]))
        return [l]
    p = rider()
    out = []
    l = L("fare_java")
    l.t(head % "ERROR" + "c.m.f.lookup.CardLookupController : Lookup failed for media ")
    if R.random() < 0.5:
        l.p(p.fare, "account")
    else:
        l.t("dpan=").p(pan(), "account")
    out.append(l)
    exc = R.choice(["org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from media_holder where serial = ?]; timeout",
                    "com.mrt.fare.lookup.HolderNotFoundException: no registered holder for media",
                    "java.net.SocketTimeoutException: Read timed out"])
    out.append(L("fare_java").t(exc))
    for fr in R.sample(["com.mrt.fare.lookup.HolderRepository.findBySerial(HolderRepository.java:88)",
                        "com.mrt.fare.lookup.CardLookupService.resolve(CardLookupService.java:142)",
                        "com.mrt.fare.lookup.CardLookupController.lookup(CardLookupController.java:57)",
                        "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:651)",
                        "java.base/java.net.SocketInputStream.read(SocketInputStream.java:183)"], R.randint(2, 4)):
        out.append(L("fare_java").t("\tat " + fr))
    out.append(L("fare_java").t("\t... %d common frames omitted" % R.randint(30, 90)))
    return out


def hl7_esc(s):
    return s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\")


def g_hl7():
    t = tick()
    p = rider()
    hcode, hname = R.choice(HOSP)
    cid = "MRTEMS%s%04d" % (t.strftime("%H%M%S"), R.randint(0, 9999))
    ts = t.strftime("%Y%m%d%H%M%S")
    out = []
    out.append(L("hl7v2").t("MSH|^~\\&|MRT_EMSHUB|MRT|EDTRACK|%s|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (hcode, ts, cid)))
    out.append(L("hl7v2").t("EVN|A04|%s||PREARR|%s^%s" % (ts, digits(5), R.choice(MEDICS).split()[-1].upper())))
    l = L("hl7v2").t("PID|1||")
    l.p(p.mrn, "mrn").t("^^^%s^MR~" % hcode).p(p.pcr, "mrn").t("^^^MRTEMS^PCR||")
    l.p(strip_acc(p.last).upper(), "name").t("^").p(strip_acc(p.first).upper(), "name").t("^%s||" % p.mi)
    l.p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    l.p(hl7_esc(p.street), "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||")
    pd = "".join(c for c in p.phone if c.isdigit())[-10:]
    if R.random() < 0.5:
        l.p("(%s)%s-%s" % (pd[:3], pd[3:6], pd[6:]), "phone").t("^PRN^PH")
    else:
        l.t("^PRN^PH^^1^").p(pd[:3] + "^" + pd[3:], "phone")
    l.t("|||||")
    if R.random() < 0.4:
        l.p(p.ssn.replace("-", ""), "ssn")
    out.append(l)
    if R.random() < 0.6:
        c = contact()
        n = L("hl7v2").t("NK1|1|").p(strip_acc(c.last).upper(), "name").t("^").p(strip_acc(c.first).upper(), "name")
        n.t("|%s^%s^HL70063||" % ({"daughter": "CHD", "son": "CHD", "wife": "SPO", "husband": "SPO", "mother": "PAR", "father": "PAR", "sister": "SIB", "brother": "SIB"}.get(c.rel, "OTH"), c.rel.upper()))
        n.p(c.phone, "phone").t("||EC^Emergency Contact^HL70131")
        out.append(n)
    adm = t + dt.timedelta(minutes=R.randint(8, 25))
    v = L("hl7v2").t("PV1|1|E|%s^ED^AMB||||%s^%s^%s^^^MD|||EM||||7|||||" % (hcode, npi(), R.choice(["OKAFOR", "LEVINE", "BHATT", "SORENSEN"]), R.choice(["C", "R", "M"])))
    v.p("V" + digits(9), "account").t("|||||||||||||||||||||||||")
    v.p(adm.strftime("%Y%m%d%H%M"), "date")
    out.append(v)
    out.append(L("hl7v2").t("OBX|1|TX|8661-1^CHIEF COMPLAINT^LN||%s||||||F" % R.choice(["SYNCOPE ON PLATFORM", "FALL DOWN STAIRS, HEAD LAC", "SUSPECTED OPIOID OD, NARCAN X2", "HEAT EXHAUSTION", "ESCALATOR INJURY L ANKLE"])))
    out.append(L("hl7v2").t("OBX|2|NM|8867-4^HEART RATE^LN||%d|/min^^UCUM|60-100|%s|||F" % (R.randint(48, 140), R.choice(["N", "H", "L"]))))
    return out


def g_nemsis():
    t = tick()
    p = rider()
    out = [L("nemsis_xml").t('  <PatientCareReport UUID="%s">' % ruuid())]
    out.append(L("nemsis_xml").t("    <eRecord.01>").p(p.pcr, "mrn").t("</eRecord.01>"))
    out.append(L("nemsis_xml").t("    <eResponse.14>%s</eResponse.14>" % R.choice(EMS_UNITS)))
    out.append(L("nemsis_xml").t("    <eScene.15>%s</eScene.15>" % stn()[1]))
    out.append(L("nemsis_xml").t("    <ePatient.02>").p(p.last, "name").t("</ePatient.02>"))
    out.append(L("nemsis_xml").t("    <ePatient.03>").p(p.first, "name").t("</ePatient.03>"))
    if R.random() < 0.6:
        out.append(L("nemsis_xml").t("    <ePatient.05>").p(p.street, "address").t("</ePatient.05>"))
        out.append(L("nemsis_xml").t("    <ePatient.09>").p(p.zip, "zip").t("</ePatient.09>"))
    out.append(L("nemsis_xml").t("    <ePatient.17>").p(p.dob.isoformat(), "date").t("</ePatient.17>"))
    if p.age > 89:
        out.append(L("nemsis_xml").t("    <ePatient.15>").p(str(p.age), "age").t("</ePatient.15>"))
    else:
        out.append(L("nemsis_xml").t("    <ePatient.15>%d</ePatient.15>" % p.age))
    out.append(L("nemsis_xml").t("    <eSituation.11>%s</eSituation.11>" % R.choice(["R55", "T40.1X1A", "T67.1XXA", "W10.9XXA", "S09.90XA"])))
    out.append(L("nemsis_xml").t("    <eDisposition.01>%s</eDisposition.01>" % R.choice(HOSP)[1].replace("'", "&apos;")))
    out.append(L("nemsis_xml").t("  </PatientCareReport>"))
    return out


def g_fhir():
    t = tick()
    p = rider()
    hcode, hname = R.choice(HOSP)
    l = L("fhir_json")
    pat = Obj([("resourceType", "Patient"), ("id", ruuid()),
               ("identifier", [Obj([("system", "urn:oid:2.16.840.1.113883.3.%d.1" % R.randint(1000, 9999)), ("value", p.mrn, "mrn")])]),
               ("name", [Obj([("family", p.last, "name"), ("given", [(p.first, "name")])])]),
               ("gender", {"F": "female", "M": "male"}[p.sex]), ("birthDate", p.dob.isoformat(), "date")])
    items = [("resourceType", "Bundle"), ("type", "transaction-response"), ("timestamp", iso_local(t)),
             ("entry", [Obj([("resource", pat), ("response", Obj([("status", "201 Created"), ("etag", 'W/"1"')]))]),
                        Obj([("resource", Obj([("resourceType", "Encounter"), ("status", "arrived"),
                                                ("class", Obj([("code", "EMER")])),
                                                ("period", Obj([("start", iso_local(t + dt.timedelta(minutes=R.randint(5, 30)), ms=False), "date")])),
                                                ("serviceProvider", Obj([("display", hname)]))]))])])]
    l.obj(*items)
    return [l]


WC_HDR = [False]


def g_wc():
    out = []
    if not WC_HDR[0]:
        WC_HDR[0] = True
        out.append(L("wc_csv").t("claim_no,emp_pass,last_name,first_name,dob,ssn,doi,job_title,location,injury_desc,body_part,lost_time,adjuster,status"))
    tick()
    w = worker()
    sf = staff()
    l = L("wc_csv")
    l.p(w.claim, "other_id").t(",").p(w.empno, "other_id").t(",")
    last = w.last
    if "," in last or " " in last:
        l.t('"').p(last, "name").t('"')
    else:
        l.p(last, "name")
    l.t(",").p(w.first, "name").t(",").p(dfmt(w.dob, "us"), "date").t(",")
    if R.random() < 0.15:
        l.p(ssn(False), "ssn")
    else:
        l.p(w.ssn, "ssn")
    l.t(",").p(dfmt(w.doi, "us"), "date")
    l.t(",%s,%s,\"%s\",%s,%s,%s,%s" % (w.title, R.choice(["CM 412+50 Fulton Av", "207 St Yard", "Jay St-MetroTech N/B", "Coney Island Yard", "CM 118+20 Court Sq"]),
                                       R.choice(["struck by tie plate, laceration", "slip on wet catwalk", "electrical flash burn", "heat exhaustion during shift", "back strain lifting rail anchor"]),
                                       R.choice(["HAND", "ANKLE", "LOWER BACK", "FACE", "WHOLE BODY"]), R.choice(["Y", "N"]),
                                       R.choice(["T.Nakamura", "B.Oyelowo", "C.Reyes"]), R.choice(["OPEN", "ACCEPTED", "PENDING_MED"])))
    out.append(l)
    return out


def g_x12():
    t = tick()
    w = worker()
    ctl = "%09d" % R.randint(1, 999999999)
    seg = []
    seg.append(L("x12_837").t("ISA*00*          *00*          *ZZ*MRTOCCHLTH     *ZZ*GALLAGHERBASS  *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    seg.append(L("x12_837").t("GS*HC*MRTOCCHLTH*GBWC*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999))))
    seg.append(L("x12_837").t("ST*837*%04d*005010X222A1~" % R.randint(1, 9999)))
    seg.append(L("x12_837").t("NM1*85*2*MRT OCCUPATIONAL HEALTH SERVICES*****XX*%s~" % npi()))
    seg.append(L("x12_837").t("N3*130 LIVINGSTON ST FL 4~"))
    seg.append(L("x12_837").t("N4*BROOKLYN*NY*112013606~"))
    l = L("x12_837").t("NM1*IL*1*").p(strip_acc(w.last).upper(), "name").t("*").p(strip_acc(w.first).upper(), "name").t("****MI*").p(w.empno, "other_id").t("~")
    seg.append(l)
    seg.append(L("x12_837").t("N3*").p(strip_acc(w.street).upper(), "address").t("~"))
    seg.append(L("x12_837").t("N4*").p(w.city.upper(), "address").t("*%s*" % w.state).p(w.zip, "zip").t("~"))
    seg.append(L("x12_837").t("DMG*D8*").p(w.dob.strftime("%Y%m%d"), "date").t("*%s~" % w.sex))
    seg.append(L("x12_837").t("REF*Y4*").p(w.claim, "other_id").t("~"))
    seg.append(L("x12_837").t("DTP*439*D8*").p(w.doi.strftime("%Y%m%d"), "date").t("~"))
    seg.append(L("x12_837").t("CLM*").p("OH" + digits(8), "account").t("*%d.00***11:B:1*Y*A*Y*Y*EM~" % R.randint(90, 900)))
    seg.append(L("x12_837").t("HI*ABK:%s~" % R.choice(["S61.412A", "T67.5XXA", "S93.401A", "T31.0", "S39.012A"])))
    seg.append(L("x12_837").t("SE*%d*%04d~" % (len(seg) - 1, R.randint(1, 9999))))
    return seg


def g_lpo():
    t = tick()
    p = rider()
    code, name = stn()
    l = L("lpo_pipe")
    lpo = "LPO-24-%06d" % R.randint(1, 999999)
    l.t("LP|%s|" % t.strftime("%Y-%m-%d %H:%M"))
    x = R.random()
    if x < 0.4:
        l.t("%s|%s|%s|%s|BIN %s-%02d|%s|NO_ID" % (lpo, code, R.choice(["UMBRELLA", "BACKPACK", "EARBUDS", "KEYS", "SCARF", "BOOK"]),
                                                R.choice(["BLACK", "NAVY", "RED", "GREY"]), R.choice("ABCDEFG"), R.randint(1, 60), staff()[1]))
        return [l]
    l.p(lpo, "other_id").t("|%s|" % code)
    kind = R.choice(["WALLET", "WALLET", "PHONE", "ID_CARD", "PASSPORT", "MEDICATION"])
    l.t(kind + "|")
    if kind == "WALLET":
        l.t("BRN LEATHER; NY DL ").p(p.dl, "license").t("; NAME ").p(p.LF(), "name").t("; DEBIT ****%s" % p.pan[-4:])
    elif kind == "PHONE":
        l.t("IPHONE 13 BLUE; IMEI ").p(imei(), "device").t("; LOCKSCREEN EC ").p(phone("dash"), "phone")
    elif kind == "ID_CARD":
        l.t("NYS NON-DRIVER ID ").p(p.dl, "license").t("; ").p(p.LF(), "name").t("; DOB ").p(dfmt(p.dob, "us"), "date")
    elif kind == "PASSPORT":
        l.t("PASSPORT %s " % R.choice(["USA", "DOM", "IND", "NGA", "POL"])).p(R.choice("ACEFGHKLMNPX") + digits(8), "other_id").t("; ").p(p.LF(), "name")
    else:
        l.t("RX BOTTLE METFORMIN 500MG; LABEL ").p(p.LF(), "name").t("; RX# ").p(digits(7), "other_id")
    l.t("|BIN %s-%02d|%s|" % (R.choice("ABCDEFG"), R.randint(1, 60), staff()[1]))
    if R.random() < 0.3:
        l.t("LINKED_SIR=SIR-24%s-%04d" % (t.strftime("%m%d"), R.randint(1, 9999)))
    else:
        l.t("OWNER_NOTIFIED=%s" % R.choice(["N", "SMS", "EMAIL"]))
    return [l]


EAP_HDR = [False]


def g_eap():
    out = []
    t = tick()
    if not EAP_HDR[0]:
        EAP_HDR[0] = True
        out.append(L("eap_fixed").t("HDR MRTEAP REFERRALS   %s  VER 03.2  SRC=HRIS-PS92  RECS=000017" % t.strftime("%Y%m%d")))
    w = worker()
    l = L("eap_fixed")
    l.t("D ")
    l.p(w.eap, "other_id").t(" ")
    l.p(w.empno, "other_id").t(" ")
    nm = strip_acc(w.LF())[:24]
    l.p(nm, "name").t(" " * (25 - len(nm)))
    ph = "".join(c for c in w.phone if c.isdigit())[-10:]
    l.p(ph, "phone").t(" ")
    l.p(w.refd.strftime("%Y%m%d"), "date").t(" ")
    l.t("%-4s %-10s %s" % (R.choice(["CISD", "SELF", "SUPV", "MAND"]), R.choice(["TRAUMA", "SUBST", "FAMILY", "GRIEF", "STRESS"]),
                           R.choice(["LCSW-SL", "LMHC-RQ"])))
    if R.random() < 0.4:
        l.t(" APPT ").p((TODAY + dt.timedelta(days=R.randint(1, 9))).strftime("%Y%m%d"), "date")
    out.append(l)
    return out


def g_sms():
    t = tick()
    l = L("sms_json")
    sid = "SM" + hexs(32)
    x = R.random()
    base = [("ts", iso_z(t)), ("svc", "sms-gw"), ("provider", "Twilio"), ("sid", sid), ("from", "+12125550143")]
    if x < 0.35:
        l.obj(*base, ("event", "status_callback"), ("status", R.choice(["delivered", "sent", "undelivered"])), ("error_code", None), ("segments", 1))
        return [l]
    p = rider()
    if x < 0.7:
        lpo = "LPO-24-%06d" % R.randint(1, 999999)
        tok = hexs(20)
        l.t("{")
        first = True
        for k, v in base:
            if not first:
                l.t(",")
            first = False
            l.t(json.dumps(k) + ":").jstr(v)
        l.t(',"event":"outbound","to":"').p("+1" + "".join(c for c in p.phone if c.isdigit())[-10:], "phone").t('","body":"')
        l.t("MRT Lost Property: an item matching claim ").p(lpo, "other_id").t(" is ready for pickup at 2 Broadway, Lower Concourse. Claim link: ")
        l.p("https://lostfound.mrt-transit.org/c/" + tok, "url").t(' Reply STOP to opt out."}')
    else:
        c = contact()
        hn = R.choice(HOSP)[1]
        l.t("{")
        first = True
        for k, v in base:
            if not first:
                l.t(",")
            first = False
            l.t(json.dumps(k) + ":").jstr(v)
        l.t(',"event":"outbound","to":"').p("+1" + "".join(ch for ch in c.phone if ch.isdigit())[-10:], "phone").t('","body":"')
        l.t("MRT Customer Care: ")
        l.p(json.dumps(p.first, ensure_ascii=True)[1:-1], "name", p.first, "json")
        l.t(" was assisted by EMS at %s and taken to %s. Call 212-555-0199 (24h) ref %s" % (stn()[1], json.dumps(hn)[1:-1], "SIR-24%s-%04d" % (t.strftime("%m%d"), R.randint(1, 9999))))
        l.t('"}')
    return [l]


def g_chat():
    t = tick()
    l = L("ops_chat")
    sf = staff()
    l.t("[%s] #rcc-medical %s (%s): " % (t.strftime("%H:%M"), sf[0], sf[2]))
    x = R.random()
    if x < 0.55:
        l.t(R.choice(["anyone have eyes on %s mezz? EMS says they can't find the entrance" % stn()[1],
                      "heat advisory in effect until 20:00, cooling buses at %s and %s" % (stn()[1], stn()[1]),
                      "reminder: narcan kits expire lot NX24-%04d, swap by Friday" % R.randint(1, 9999),
                      "CCTV export for RR-%06d done, uploaded to claims share" % R.randint(1, 999999),
                      "EMS %s cleared, trains resuming %s line" % (R.choice(EMS_UNITS), R.choice(LINES_)),
                      "who has the AED at %s? cabinet alarm went off" % stn()[1],
                      "ticket INC%07d opened with Genetec for camera outage" % R.randint(1, 9999999)]))
    else:
        p = rider()
        v = R.randint(0, 3)
        if v == 0:
            l.t("pt from %s is " % stn()[1]).p(p.full(), "name").t(", lives at ").p(p.street, "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip").t(" - family asking where %s went" % ("she" if p.sex == "F" else "he"))
        elif v == 1:
            l.t("card lookup came back: ").p(p.lf(), "name").t(" DOB ").p(p.dob.strftime("%-m/%-d/%Y"), "date").t(", passing to EMS %s" % R.choice(EMS_UNITS))
        elif v == 2:
            l.t("pt's car is still in the park&ride, plate ").p(plate()[1], "vehicle").t(" - hold tow pls")
        else:
            c = contact()
            l.t("%s called, " % c.rel).p(c.phone, "phone").t(", wants an update on ").p(p.first, "name").t(" (%s)" % R.choice(HOSP)[0])
    return [l]


def g_note():
    t = tick()
    l = L("ohn_note")
    c = R.choice(CLIN)
    w = worker()
    l.t("%s NOTE author=\"%s, %s\" " % (iso_local(t, ms=False), c[0], c[1]))
    v = R.randint(0, 3)
    if v == 0:
        l.t("text=\"TW ").p(w.full(), "name").t(" (pass ").p(w.empno, "other_id").t(") seen for f/u, DOI ").p(w.doi.strftime("%m/%d"), "date").t(", L hand lac healing, RTW light duty 7/22\"")
    elif v == 1:
        l.t("text=\"CISD offered after %s incident, ").p(w.full(), "name").t(" accepted, EAP case ").p(w.eap, "other_id").t(", prefers contact at ").p(w.email, "email").t("\"")
    elif v == 2:
        c = contact()
        l.t("text=\"Client ").p(w.first, "name").t(R.choice([" reports sleep disturbance since roadbed fatality, ",
                                                          " reports intrusive images after 12/9 trespasser strike, ",
                                                          " describes irritability and ETOH increase since assault at booth, "]))
        l.t(c.rel + " ").p(c.full(), "name").t(R.choice([" supportive", " aware", " asked to join next visit"]) + ". Next session ")
        l.p((TODAY + dt.timedelta(days=R.randint(3, 14))).strftime("%m/%d/%Y"), "date").t("\"")
    else:
        l.t("text=\"Heat stress screening done for crew of 6 at 207 St Yard, no referrals. WBGT 31.5C.\"")
    return [l]


def g_sql():
    t = tick()
    l = L("pg_sql")
    l.t("%s.%03d EDT [%d] sir_app@sirdb " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(10000, 40000)))
    x = R.random()
    if x < 0.55:
        l.t(R.choice(["LOG:  duration: %.3f ms  statement: SELECT count(*) FROM incidents WHERE status = 'OPEN' AND station_id = '%s'" % (R.uniform(0.2, 40), stn()[0]),
                      "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added" % (R.randint(100, 9000), R.uniform(0.1, 9)),
                      "LOG:  duration: %.3f ms  execute <unnamed>: UPDATE incidents SET status = $1 WHERE sir_no = $2" % R.uniform(0.2, 9),
                      "LOG:  automatic vacuum of table \"sirdb.public.attachments\": index scans: 1"]))
    else:
        p = rider()
        l.t("LOG:  duration: %.3f ms  statement: SELECT id, sir_no FROM injured_parties WHERE last_name = '" % R.uniform(1, 90))
        l.p(p.last.replace("'", "''"), "name").t("' AND dob = '").p(p.dob.isoformat(), "date").t("'")
        if R.random() < 0.4:
            l.t(" OR phone = '").p(p.phone, "phone").t("'")
    return [l]


def g_cef():
    t = tick()
    l = L("cef_siem")
    sf = staff()
    ev = R.choice([("400", "Video export", 5), ("201", "Door forced open", 7), ("310", "Camera offline", 4), ("402", "Playback session", 3), ("118", "Badge access granted", 1)])
    l.t("CEF:0|Genetec|Security Center|5.11.2.0|%s|%s|%d|rt=%d src=10.60.%d.%d dst=52.%d.%d.%d spt=%d dpt=443 suser=%s cs1Label=camera cs1=%s-%s-%02d cs2Label=site cs2=%s" %
        (ev[0], ev[1], ev[2], epoch_ms(t), R.randint(0, 9), R.randint(2, 250), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254),
         R.randint(49152, 65535), "mrt\\\\" + strip_acc(sf[0].split()[-1]).lower(), stn()[0], R.choice(["PLT-S", "MEZ", "FA"]), R.randint(1, 24), stn()[1].replace("=", "\\=")))
    return [l]


def g_env():
    t = tick(1, 15)
    code, name = stn()
    temp = round(R.uniform(29, 41), 1)
    lvl = "WARNING" if temp > 35 else "INFO"
    l = L("envmon_py")
    l.t("%s,%03d %s envmon.platform [sensor=%s-PLT-%s-TH%d fw=2.4.11]: %s platform temp %.1fC RH %d%% threshold=35.0C" %
        (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, lvl, code, R.choice("NS"), R.randint(1, 4), name, temp, R.randint(40, 80)))
    return [l]


def g_k8s():
    t = tick(1, 10)
    l = L("k8s_json")
    app = R.choice(["sir-api", "vms-review", "fare-lookup", "sms-gw", "lpo-portal", "ems-hub"])
    msg = R.choice(["GET /healthz 200", "rolled out %s:%d.%d.%d" % (app, R.randint(1, 5), R.randint(0, 30), R.randint(0, 99)),
                    "queue depth ems.handoff=%d" % R.randint(0, 40), "cert renewed CN=%s.mrt-transit.org exp 2025-01-14" % app,
                    "connected to kafka-0.kafka.mrt.svc:9092", "gc pause %dms" % R.randint(2, 300)])
    l.obj(("ts", iso_z(t)), ("level", R.choice(["info", "info", "debug", "warn"])), ("app", app),
          ("pod", "%s-%s-%s" % (app, hexs(9), hexs(5))), ("ns", "medresp-prod"), ("msg", msg),
          ("trace_id", hexs(32)), ("span_id", hexs(16)), ("image", "registry.mrt-transit.org/%s@sha256:%s" % (app, hexs(64)[:40])))
    return [l]


def g_lpo_web():
    t = tick()
    p = rider()
    l = L("lpo_web")
    ip = "%d.%d.%d.%d" % (R.choice([68, 72, 98, 100, 108, 173, 24, 74]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    x = R.random()
    if x < 0.4:
        l.t('%s - - [%s -0400] "GET /assets/lpo-form.%s.css HTTP/2.0" 200 %d "https://lostfound.mrt-transit.org/report" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"' %
            ("34.102.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), t.strftime("%d/%b/%Y:%H:%M:%S"), hexs(8), R.randint(900, 60000)))
        return [l]
    l.p(ip, "ip").t(' - - [%s -0400] "POST /api/reports HTTP/2.0" 201 %d "-" "Mozilla/5.0 (Linux; Android 14)" ' % (t.strftime("%d/%b/%Y:%H:%M:%S"), R.randint(90, 400)))
    l.t("form=")
    l.obj(("item", R.choice(["wallet", "phone", "glasses", "cpap machine", "insulin pen case"])), ("lost_on", TODAY.isoformat(), "date"),
          ("line", R.choice(LINES_)), ("name", p.full(), "name"), ("email", p.email, "email"), ("phone", p.phone, "phone"))
    return [l]


GENS = [(g_radio, 11), (g_sir, 9), (g_cctv, 7), (g_fare_audit, 7), (g_fare_access, 7), (g_fare_java, 2.5),
        (g_hl7, 1.6), (g_nemsis, 0.7), (g_fhir, 2.5), (g_wc, 3.5), (g_x12, 0.5), (g_lpo, 6), (g_eap, 3), (g_sms, 4),
        (g_chat, 7), (g_note, 3.5), (g_sql, 4), (g_cef, 6), (g_env, 5.5), (g_k8s, 6), (g_lpo_web, 3)]
SINGLE = [g_env, g_k8s, g_cef, g_radio]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(lines) < N_LINES:
        g = R.choices(fns, ws)[0]
        rec = g()
        if len(lines) + len(rec) > N_LINES:
            rec = R.choice(SINGLE)()
            if len(lines) + len(rec) > N_LINES:
                continue
        lines.extend(rec)
    logb = []
    labs = []
    for i, l in enumerate(lines, 1):
        b, spans = l.build()
        if b"\n" in b or b"\r" in b or not b.strip():
            sys.exit("bad line %d: %r" % (i, b))
        last = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                sys.exit("span out of range line %d %r" % (i, sp))
            if sp["s"] < last:
                sys.exit("overlap line %d %r" % (i, sp))
            last = sp["e"]
            got = b[sp["s"]:sp["e"]].decode("utf-8")
            if got != sp["_v"]:
                sys.exit("span mismatch line %d: %r vs %r" % (i, got, sp["_v"]))
            if sp["_k"] == "json" and json.loads('"' + got + '"') != sp["_raw"]:
                sys.exit("json decode mismatch line %d" % i)
            if sp["_k"] == "lf" and got.replace('\\"', '"').replace("\\\\", "\\") != sp["_raw"]:
                sys.exit("logfmt decode mismatch line %d" % i)
            if sp["_k"] is None and got != sp["_raw"]:
                sys.exit("raw mismatch line %d" % i)
        logb.append(b)
        labs.append(json.dumps({"line": i, "family": l.fam,
                                "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}, ensure_ascii=False))
    assert len(logb) == N_LINES
    with open("sg.log", "wb") as f:
        f.write(b"\n".join(logb) + b"\n")
    with open("sg.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
