#!/usr/bin/env python3
"""gen_pr.py - labeled synthetic log corpus "pr".

Organisation: Ironbark Range Minerals Pty Ltd (fictional), Occupational Health
Service at three remote sites in Western Australia: Coolabah Ridge (CRR),
Bungarra Pit (BUN) and Wirra Downs (WDN), plus the Perth office.  One day of
logs (13-14 Aug 2024, AWST) as exported from the company's log shipper / SIEM
archive.  Writes pr.log (500 lines) and pr.labels.jsonl in the current dir.
Standard library only, fixed seed: output is byte-identical between runs.

Systems simulated (family names used in the labels)
  sitemed_json   SiteMed clinic EMR (Node/pino JSON: presentations, FFW medicals)
  hl7v2          HL7 v2.4 ORU^R01 from Westgate Pathology (drug confirmations)
                 and ADT^A02 to Hedland Health Campus (transfers), one segment
                 per line
  fhir_json      FHIR R4 Observation (spirometry surveillance) outbound
  syslog_alco    breath-alcohol gate kiosks (RFC3164 syslog)
  nginx_access   worker self-service portal "myhealth" (combined log)
  logfmt_fatigue fatigue-wearable ingest service (Go, logfmt)
  roster_csv     RosterX FIFO roster export rows (CSV)
  dats_kv        drug & alcohol testing system (log4j key=value)
  audio_fixed    audiometer export (AudX fixed width)
  java_claims    claims-integration (Spring Boot) incl. stack traces
  claims_json    insurer lodgement payload debug (JSON)
  pg_log         PostgreSQL statement log of the OH database
  aeromed_xml    aeromedical tasking requests (XML) and tracker status
  sms_gw         SMS gateway send log (bodies to workers / next of kin)
  teams_chat     clinic Teams channel export (free text, incl. shift handovers)
  ffw_pylog      fitness-for-work sync service (Python logging)
  manifest_pipe  charter flight manifests (pipe delimited)
  dispense_tsv   clinic S4/S8 dispensing register (TSV)
  gate_anpr      site gate ANPR / private vehicle permits (key=value)
  infra          platform noise: k8s JSON, cron/pgBackRest, UFW, Vector shipper,
                 Tomcat (no PHI)

Labeling decisions (grey cases)
  * The people the service serves are the mine workers, both direct employees
    and contractors' workers.  Because every system here feeds the OH
    archive, a worker's identifiers are labeled wherever they appear (clinic,
    roster, flight manifest, gate, wearable, portal), not only in clinical
    records.  Their next of kin / emergency contacts are labeled too.
  * Staff at work are NOT PHI: doctors, nurses, paramedics, drug testers,
    audiometrists, claims / injury-management officers, supervisors, pilots
    and flight nurses, their usernames, staff IDs and work emails.
    Contractor companies, insurer, pathology lab, hospitals, RFDS-like
    operator, the company (ABN, addresses, 1800/08 numbers) are not PHI.
  * Employee numbers (E######, C#####), access badge numbers, drug-test
    chain-of-custody (COC) numbers, specimen barcodes, claim numbers,
    aeromedical request IDs, SMS reply tokens -> other_id.
    Clinic MRN (IRM-######) and the national IHI -> mrn.
    Medicare card number -> health_plan (the separate 1-digit IRN field is
    not labeled).  Tax file number -> ssn.  BSB+account of compensation
    payments -> account (BSB and account as one span when written together).
  * Dates: DOB, presentation, test/collection, injury, evacuation, restriction
    end dates AND roster swing / flight dates attached to an identified worker
    -> date.  A collection/effective datetime inside a record is labeled as a
    whole value.  The log line's own timestamp (header, pino "time", syslog
    stamp) is not labeled.  Query ranges in SQL are not tied to a person.
  * Camp room ("Camp B Rm 214") is where the worker lives on swing -> address.
    Home address street+suburb is one address span; postcode is its own zip;
    state (WA, QLD...) is not labeled.
  * Devices: fatigue wearable serials / MACs and a worker's phone IMEI ->
    device.  Clinic equipment serials (audiometer, spirometer, breathalyser,
    defibrillator), lot numbers and kit lots -> not PHI.
  * Vehicles: plate / VIN of a worker's private vehicle -> vehicle.  Company
    fleet (LV-, HT-), haul trucks and aircraft registrations (VH-) -> not.
  * IPs: public client IP of a worker's portal session -> ip.  Load balancer,
    internal 10.x, crawler and server IPs -> not.
  * Absolute URLs carrying a worker identifier or personal token -> url (whole
    URL).  In access-log request paths only the identifier segment is
    labeled (as other_id).
  * Worker's email, also a company mailbox, -> email.
  * Name fragments and initials that point at a worker in notes/chat
    ("Tui N-R", "Ngata-Reweti") -> name; a title (Mr/Ms, manifest MR/MS)
    is left outside the span.  Ages <= 89 not labeled; one
    90+ relative's age is labeled age.
  * JSON writers that escape non-ASCII (\\u00e9) are labeled on the escaped
    bytes.
"""
import json
import unicodedata
import random
import uuid
from datetime import datetime, timedelta, timezone

SEED = 20240814
R = random.Random(SEED)
AWST = timezone(timedelta(hours=8))
T0 = datetime(2024, 8, 13, 18, 0, 0, tzinfo=AWST)
NLINES = 500


# ----------------------------------------------------------------- line builder
class P:
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family, dt):
        self.family = family
        self.dt = dt
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def x(self, *parts):
        """parts: str or P."""
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            else:
                self.t(q)
        return self


def jw(L, o, ea=False, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jw(L, v, ea, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, ea, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ea)
            L.t('"')
            L.p(enc[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=ea))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


# ----------------------------------------------------------------- number helpers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def medicare(valid=True):
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(a * b for a, b in zip(d, w)) % 10
    if not valid:
        chk = (chk + R.randint(1, 9)) % 10
    return "".join(map(str, d)) + str(chk) + str(R.randint(1, 9))


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                return "".join(map(str, d + [last]))


def ihi():
    body = "800360" + "".join(str(R.randint(0, 9)) for _ in range(9))
    return body + luhn_digit(body)


def abn():
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        dd = [d[0] - 1] + d[1:]
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            s = "".join(map(str, d))
            return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:]


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["MR0", "JTM", "MMA", "WVW", "6T1", "MPA"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             "".join(R.choice(al) for _ in range(7)))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    c = tot % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mob():
    return "04" + str(R.randint(0, 9)) + str(R.randint(0, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))


def fmt_mob(m, style):
    if style == 0:
        return m[:4] + " " + m[4:7] + " " + m[7:]
    if style == 1:
        return "+61" + m[1:]
    if style == 2:
        return "+61 " + m[1:4] + " " + m[4:7] + " " + m[7:]
    return m


# ----------------------------------------------------------------- people
GIVEN = ["Tui", "Aroha", "Jack", "Grace", "Summer", "Faith", "Rhys", "Bronte", "Ngaire", "Siosaia",
         "Mele", "Pieter", "Annelie", "Thandiwe", "Sipho", "Rajesh", "Harpreet", "Minh", "Thi Lan",
         "Wei", "Xiaoling", "Declan", "Siobhan", "Fergus", "Isla", "Marco", "Giulia", "Nikos", "Eleni",
         "Ante", "Ivana", "Jarrah", "Kirra", "Lachlan", "Brodie", "Kayla", "Shannon", "Dusty",
         "Mikaela", "José", "Lucía", "Zoë", "Renée", "Joël", "Chloé", "Hunter", "Clay", "Destiny",
         "Rowdy", "Precious", "Junior", "Mohammed", "Aisha", "Tama", "Wiremu", "Jessamy", "Ricardo"]
SURN = ["Ngata-Reweti", "Tuilagi", "Fifita", "van der Merwe", "Botha", "Dlamini", "Nkosi", "Singh",
        "Sandhu", "Nguyen", "Tran-Pham", "Zhang", "Liu", "O'Sullivan", "McAllister", "MacLeod",
        "Rossi", "Bianchi", "Papadopoulos", "Kovačević", "Horvat", "Jurić", "Bilson", "Ryder-Watts",
        "Stone", "Rivers", "Frost", "Hill", "Bird", "Mason", "Best", "Small", "Baker", "Hunter",
        "Dela Cruz", "Santos", "Reyes-Bautista", "García López", "St. John", "Le Roux", "D'Arcy",
        "Winter", "Goodwin", "Crook", "Peacock", "Walkabout-Lee", "Haddad", "Al-Sayed", "Kaur",
        "Whitehorse", "Moody", "Fairweather", "Kingi", "Te Huia", "Blackwood", "Ó Briain"]
STREETS = ["Banksia Cres", "Marri Rd", "Jarrah St", "Wandoo Way", "Kurrajong Ave", "Boab Pl",
           "Spinifex Dr", "Sturt Pea Cl", "Acacia Gr", "Yilgarn Tce", "Karri Loop", "Quandong Rd",
           "Grevillea Way", "Parer Rd", "Morrison St", "Collier Pass", "Salt Lake Cct"]
SUBURBS = [("Ellenbrook", "WA", "6069"), ("Baldivis", "WA", "6171"), ("Mandurah", "WA", "6210"),
           ("Byford", "WA", "6122"), ("Bunbury", "WA", "6230"), ("Geraldton", "WA", "6530"),
           ("Joondalup", "WA", "6027"), ("Armadale", "WA", "6112"), ("South Hedland", "WA", "6722"),
           ("Karratha", "WA", "6714"), ("Mackay", "QLD", "4740"), ("Caboolture", "QLD", "4510"),
           ("Morayfield", "QLD", "4506"), ("Munno Para", "SA", "5115"), ("Palmerston", "NT", "0830"),
           ("Launceston", "TAS", "7250"), ("Cessnock", "NSW", "2325"), ("Kalgoorlie", "WA", "6430")]
CONTRACTORS = ["Pindan Drill & Blast", "Red Earth Haulage", "Gibber Plains Electrical",
               "Tjukurpa Civil", "Mulga Maintenance Services"]
CREWS = ["A", "B", "C", "D"]
ROSTERS = ["8/6", "2/1", "14/7", "4/3", "8/6", "2/1"]
HOMEPORTS = ["PER", "PER", "PER", "BNE", "ADL", "DRW", "BME"]
SITES = [("CRR", "Coolabah Ridge", "YCRR"), ("BUN", "Bungarra Pit", "YBGA"), ("WDN", "Wirra Downs", "YWDN")]
REL = ["wife", "husband", "partner", "mother", "father", "sister", "brother", "daughter"]

STAFF = [("Dr Priya Ramanathan", "pramanathan", "SMO"), ("Callum Birch", "cbirch", "Paramedic"),
         ("Kwame Osei", "kosei", "OHT"), ("Leanne Pike", "lpike", "OHN"),
         ("Marta Lisowska", "mlisowska", "Audiometrist"), ("Renata Gomes", "rgomes", "Injury Mgmt"),
         ("Dr Hamish Cordell", "hcordell", "RMO"), ("Jedda Whitlock", "jwhitlock", "Paramedic"),
         ("Ben Stone", "bstone", "ERT Coord")]


def staff():
    return R.choice(STAFF)


class W:
    pass


def make_worker(i):
    w = W()
    w.given = R.choice(GIVEN)
    w.family = R.choice(SURN)
    w.sex = "M" if w.given not in ("Grace", "Summer", "Faith", "Aroha", "Mele",
                                                  "Annelie", "Thandiwe", "Harpreet", "Thi Lan",
                                                  "Xiaoling", "Siobhan", "Isla", "Giulia", "Eleni",
                                                  "Ivana", "Kirra", "Kayla", "Mikaela", "Lucía",
                                                  "Zoë", "Renée", "Chloé", "Destiny", "Precious",
                                                  "Aisha", "Jessamy", "Ngaire", "Bronte") else "F"
    if w.given in ("Grace", "Summer", "Faith", "Aroha", "Mele", "Annelie", "Thandiwe", "Harpreet",
                   "Thi Lan", "Xiaoling", "Siobhan", "Isla", "Giulia", "Eleni", "Ivana", "Kirra",
                   "Kayla", "Mikaela", "Lucía", "Zoë", "Renée", "Chloé", "Destiny", "Precious",
                   "Aisha", "Jessamy", "Ngaire", "Bronte"):
        w.sex = "F"
    w.middle = R.choice(["", "", "", "James", "Marie", "Wayne", "Hemi", "Lee", "Ann"])
    y = R.randint(1961, 2003)
    w.dob = datetime(y, R.randint(1, 12), R.randint(1, 28))
    if R.random() < 0.3:
        w.emp = "C" + str(R.randint(10000, 99999))
        w.contractor = R.choice(CONTRACTORS)
    else:
        w.emp = "E" + str(R.randint(100000, 199999))
        w.contractor = None
    w.badge = str(R.randint(1000000, 9999999))
    w.mrn = "IRM-%06d" % R.randint(1000, 99999)
    w.ihi = ihi()
    w.medicare = medicare()
    w.irn = str(R.randint(1, 5))
    w.tfn = tfn()
    w.mob = mob()
    dom = R.choice(["gmail.com", "outlook.com", "bigpond.com", "icloud.com", "hotmail.com"])
    base = (w.given.split()[0] + "." + w.family.replace(" ", "").replace("'", "")).lower()
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    w.email = R.choice([base + str(R.randint(1, 99)) + "@" + dom,
                        base + "@" + dom,
                        base + "@ironbarkrange.com.au"])
    w.street = "%d %s" % (R.randint(1, 240), R.choice(STREETS))
    if R.random() < 0.2:
        w.street = "Unit %d/%s" % (R.randint(1, 30), w.street)
    w.suburb, w.state, w.pc = R.choice(SUBURBS)
    w.lic = str(R.randint(1000000, 9999999)) if w.state == "WA" else str(R.randint(100000000, 999999999))
    w.site = R.choice(SITES)
    w.crew = R.choice(CREWS)
    w.roster = R.choice(ROSTERS)
    w.home = R.choice(HOMEPORTS)
    w.room = "Camp %s Rm %d" % (R.choice("ABCDE"), R.randint(101, 348))
    w.nok_name = R.choice(GIVEN) + " " + (w.family if R.random() < 0.6 else R.choice(SURN))
    w.nok_rel = R.choice(REL)
    w.nok_mob = mob()
    w.wear = "RB4-%07d" % R.randint(100000, 9999999)
    w.wear_mac = ":".join(["C8", "2B", "96"] + ["%02X" % R.randint(0, 255) for _ in range(3)])
    w.imei = imei()
    w.ip = R.choice(["49.%d.%d.%d", "120.%d.%d.%d", "1.%d.%d.%d", "203.%d.%d.%d",
                     "58.%d.%d.%d", "110.%d.%d.%d"]) % (R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    w.plate = "1%s%03d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999))
    w.vin = vin()
    w.bsb = "%03d-%03d" % (R.choice([66, 86, 484, 633, 32, 16, 36, 733]), R.randint(0, 999))
    w.acct = str(R.randint(10000000, 999999999))
    w.claim = None
    return w


WORKERS = [make_worker(i) for i in range(72)]


def wk():
    return R.choice(WORKERS)


def fullname(w, mid=False):
    if mid and w.middle:
        return "%s %s %s" % (w.given, w.middle, w.family)
    return "%s %s" % (w.given, w.family)


def lastfirst(w, upper=False):
    s = "%s, %s" % (w.family, w.given)
    return s.upper() if upper else s


def rand_dt(start=T0, hours=24):
    return start + timedelta(seconds=R.randint(0, hours * 3600 - 1), microseconds=R.randint(0, 999999))


def iso_local(dt, ms=True):
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (dt.microsecond // 1000) + "+08:00"
    return dt.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def iso_z(dt):
    u = dt.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (u.microsecond // 1000) + "Z"


def epoch_ms(dt):
    return int(dt.timestamp() * 1000)


def py_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (dt.microsecond // 1000)


def hl7_ts(dt):
    return dt.strftime("%Y%m%d%H%M%S")


COMPLAINTS = ["laceration R index finger", "foreign body L eye", "heat exhaustion", "lower back strain",
              "chest pain ?cardiac", "crush injury L lower leg", "URTI", "dental pain", "insect bite",
              "sprained R ankle", "headache", "gastro", "dust in eyes", "burn L forearm (hydraulic oil)",
              "fatigue / near miss", "anxiety", "hand-arm vibration symptoms", "rash ?dermatitis"]
SEVERE = ["crush injury L lower leg", "chest pain ?ACS, STE V2-V4", "fall from height ~3m, ?#NOF",
          "heat stroke, GCS 13", "LV rollover, neck pain, c-spine immobilised", "partial amputation R ring finger",
          "burns 12% TBSA (arc flash)"]
DISPO = ["RTW full duties", "RTW restricted duties", "rest in camp", "fly out (medical)",
         "RFDS evac", "referred GP on R&R", "observation in clinic"]

# ----------------------------------------------------------------- generators
EVENTS = []  # list of (dt, seq, [Line...])
SEQ = [0]


def emit(lines):
    SEQ[0] += 1
    EVENTS.append((lines[0].dt, SEQ[0], lines))


def g_sitemed(dt=None, w=None, pc=None):
    dt = dt or rand_dt()
    w = w or wk()
    L = Line("sitemed_json", dt)
    st = R.choice([x for x in STAFF if x[2] in ("SMO", "Paramedic", "OHN", "RMO")])
    kind = 0 if pc else R.random()
    ea = R.random() < 0.5
    if kind < 0.55:
        o = {"level": 30, "time": epoch_ms(dt), "pid": 2231, "hostname": "smed-app-0%d" % R.randint(1, 3),
             "reqId": "req-" + hexs(6), "module": "presentations", "msg": "presentation created",
             "site": w.site[0], "mrn": P(w.mrn, "mrn"),
             "patient": {"family": P(w.family, "name"), "given": P(w.given, "name")} if R.random() < 0.5
             else {"display": P(lastfirst(w, True), "name")},
             "dob": P(w.dob.strftime("%Y-%m-%d"), "date"), "sex": w.sex,
             "empNo": P(w.emp, "other_id"),
             "presentedAt": P(iso_local(dt - timedelta(minutes=R.randint(2, 40)), False), "date"),
             "triage": "ATS%d" % (R.randint(1, 2) if pc else R.randint(3, 5)), "pc": pc or R.choice(COMPLAINTS),
             "workRelated": R.choice([True, False]), "clinician": st[0], "clinicianId": "S%04d" % R.randint(10, 900)}
        if w.contractor:
            o["employer"] = w.contractor
    elif kind < 0.8:
        o = {"level": 30, "time": epoch_ms(dt), "pid": 2231, "hostname": "smed-app-0%d" % R.randint(1, 3),
             "reqId": "req-" + hexs(6), "module": "ffw", "msg": "fitness-for-work medical signed",
             "mrn": P(w.mrn, "mrn"), "name": P(fullname(w, True), "name"),
             "medicalType": R.choice(["PRE-EMPLOYMENT", "PERIODIC", "RETURN-TO-WORK", "CONFINED-SPACE"]),
             "medDate": P(dt.strftime("%Y-%m-%d"), "date"),
             "outcome": R.choice(["FIT", "FIT", "FIT WITH RESTRICTIONS", "TEMP UNFIT"]),
             "nextDue": P((dt + timedelta(days=365 * R.choice([1, 2]))).strftime("%Y-%m-%d"), "date"),
             "signedBy": "Dr Priya Ramanathan", "bmi": round(R.uniform(21, 38), 1),
             "bp": "%d/%d" % (R.randint(110, 160), R.randint(65, 100))}
    else:
        o = {"level": R.choice([30, 30, 40]), "time": epoch_ms(dt), "pid": 2231,
             "hostname": "smed-app-0%d" % R.randint(1, 3), "reqId": "req-" + hexs(6),
             "req": {"method": R.choice(["GET", "POST", "PUT"]),
                     "url": R.choice(["/api/presentations?site=CRR&open=true", "/api/ffw/queue",
                                      "/api/audit/export", "/healthz", "/api/inventory/defib"])},
             "res": {"statusCode": R.choice([200, 200, 201, 304, 401, 500])},
             "responseTime": R.randint(3, 900), "msg": "request completed", "v": "4.18.2+build.%d" % R.randint(1000, 2000)}
    jw(L, o, ea=ea)
    emit([L])


def g_hl7_oru():
    dt = rand_dt()
    w = wk()
    coc = "COC-%07d" % R.randint(1000000, 9999999)
    ctl = "WGP%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
    coll = dt - timedelta(hours=R.randint(20, 60), minutes=R.randint(0, 59))
    lines = []
    L = Line("hl7v2", dt).t("MSH|^~\\&|WGPLIS|WESTGATE PATH|SITEMED|IRM OHS|%s||ORU^R01^ORU_R01|%s|P|2.4|||AL|NE|AUS" % (hl7_ts(dt), ctl))
    lines.append(L)
    L = Line("hl7v2", dt).x("PID|1||", P(w.mrn, "mrn"), "^^^IRM^MR~", P(w.ihi, "mrn"), "^^^AUSHIC^NI~",
                            P(w.medicare, "health_plan"), "^^^AUSHIC^MC||",
                            P(w.family.upper(), "name"), "^", P(w.given.upper(), "name"), "^^^||",
                            P(w.dob.strftime("%Y%m%d"), "date"), "|", w.sex, "|||",
                            P(w.street, "address"), "^^", P(w.suburb.upper(), "address"), "^", w.state, "^",
                            P(w.pc, "zip"), "^AUS||^PRN^CP^^^^^", P(w.mob, "phone"))
    lines.append(L)
    lines.append(Line("hl7v2", dt).t("PV1|1|O|%s^^^IRM||||0412345B^RAMANATHAN^PRIYA^^^DR" % SITES[R.randint(0, 2)][0]))
    L = Line("hl7v2", dt).x("OBR|1|", P(coc, "other_id"), "|24W%06d|DOAUR^Drugs of abuse screen urine AS/NZS 4308^L|||" % R.randint(0, 999999),
                            P(hl7_ts(coll)[:12], "date"), "|||||||", P(hl7_ts(coll + timedelta(hours=R.randint(8, 20)))[:12], "date"),
                            "|UR|0412345B^RAMANATHAN^PRIYA^^^DR||||||", hl7_ts(dt)[:12], "||TX|F")
    lines.append(L)
    res = R.choice(["NEG", "NEG", "NEG", "POS"])
    for i, (code, name, cut) in enumerate([("THC", "Cannabinoids (THC-COOH)", "15 ug/L"),
                                           ("AMP", "Amphetamine type substances", "150 ug/L"),
                                           ("OPI", "Opiates", "300 ug/L"),
                                           ("BZD", "Benzodiazepines", "100 ug/L")]):
        val = "NEGATIVE" if (res == "NEG" or i != 0) else "POSITIVE %d ug/L" % R.randint(20, 400)
        lines.append(Line("hl7v2", dt).t("OBX|%d|ST|%s^%s^L||%s||<%s|%s|||F|||%s" %
                                         (i + 1, code, name, val, cut, "A" if val.startswith("POS") else "N", hl7_ts(dt)[:12])))
    if res == "POS":
        lines.append(Line("hl7v2", dt).t("NTE|1||Confirmed by LC-MS/MS. Reviewed by MRO Dr S. Venkataraman. Lab ref WG-QA-7712 rev 3."))
    emit(lines)


def g_hl7_adt(w=None, dt=None):
    dt = dt or rand_dt()
    w = w or wk()
    lines = [Line("hl7v2", dt).t("MSH|^~\\&|SITEMED|IRM OHS|HHC_PAS|HEDLAND HEALTH CAMPUS|%s||ADT^A02^ADT_A02|SM%09d|P|2.4" % (hl7_ts(dt), R.randint(0, 10 ** 9))),
             Line("hl7v2", dt).t("EVN|A02|%s|||cbirch^BIRCH^CALLUM" % hl7_ts(dt))]
    lines.append(Line("hl7v2", dt).x("PID|1||", P(w.mrn, "mrn"), "^^^IRM^MR~", P(w.medicare + w.irn, "health_plan"),
                                     "^^^AUSHIC^MC||", P(w.family, "name"), "^", P(w.given, "name"),
                                     "^", P(w.middle, "name") if w.middle else "", "^^||",
                                     P(w.dob.strftime("%Y%m%d"), "date"), "|", w.sex,
                                     "|||", P(w.street + " " + w.suburb, "address"), "^^^", w.state, "^",
                                     P(w.pc, "zip"), "||", P(fmt_mob(w.mob, 3), "phone")))
    lines.append(Line("hl7v2", dt).x("NK1|1|", P(w.nok_name.split(" ", 1)[1], "name"), "^",
                                     P(w.nok_name.split(" ")[0], "name"), "|", w.nok_rel.upper()[:3],
                                     "^", w.nok_rel, "|||", P(w.nok_mob, "phone")))
    lines.append(Line("hl7v2", dt).t("PV1|1|E|%s^CLINIC^^IRM|||RFDS^^^AEROMED|||||||||||EM|" % w.site[0]))
    emit(lines)


def g_fhir():
    dt = rand_dt()
    w = wk()
    L = Line("fhir_json", dt)
    kind = R.choice([("20150-9", "FEV1", "L", round(R.uniform(2.2, 4.9), 2)),
                     ("19870-5", "FVC", "L", round(R.uniform(3.0, 6.1), 2)),
                     ("19926-5", "FEV1/FVC", "%", R.randint(62, 88))])
    eff = dt - timedelta(minutes=R.randint(5, 120))
    o = {"resourceType": "Observation", "id": "spiro-" + hexs(12),
         "meta": {"versionId": "1", "lastUpdated": iso_local(dt)},
         "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": kind[0], "display": kind[1]}]},
         "subject": {"reference": None, "display": P(fullname(w), "name")},
         "effectiveDateTime": P(iso_local(eff, False), "date"),
         "performer": [{"display": R.choice(["Leanne Pike RN", "Marta Lisowska"])}],
         "valueQuantity": {"value": kind[3], "unit": kind[2], "system": "http://unitsofmeasure.org"},
         "device": {"display": "ndd EasyOne Air SN 2102%05d" % R.randint(0, 99999)}}
    # subject.reference built with label only on the id part
    L.t('{')
    items = list(o.items())
    for i, (k, v) in enumerate(items):
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        if k == "subject":
            L.t('{"reference":"Patient/').p(w.mrn, "mrn").t('","display":')
            jw(L, v["display"])
            L.t("}")
        else:
            jw(L, v)
    L.t("}")
    emit([L])


def g_alco(dt=None, w=None, noise=False):
    dt = dt or rand_dt()
    host = "%s-gate-ba0%d" % (R.choice(SITES)[0].lower(), R.randint(1, 3))
    L = Line("syslog_alco", dt).t("<134>%s %s alcokiosk[%d]: " % (dt.strftime("%b %d %H:%M:%S"), host, R.randint(900, 4000)))
    if noise:
        L.t(R.choice(["self-test OK sensor=Draeger-FC cal_due=2024-09-30 fw=3.4.12 device_sn=ARHK-%04d" % R.randint(0, 9999),
                      "heartbeat uptime=%ds queue=0 mqtt=connected broker=10.40.0.12:8883" % R.randint(1000, 900000),
                      "mouthpiece dispenser low count=%d" % R.randint(3, 20),
                      "calibration gas check 0.050 g/210L measured=0.049 PASS lot=CG-24-0331"]))
    else:
        w = w or wk()
        brac = R.choice(["0.000"] * 12 + ["0.012", "0.031"])
        L.x("test_id=BA-%s-%04d badge=" % (dt.strftime("%y%m%d"), R.randint(1, 9999)), P(w.badge, "other_id"),
            " brac=%s unit=g/210L outcome=%s device_sn=ARHK-%04d" % (brac, "PASS" if brac == "0.000" else "NONZERO_RETEST", R.randint(0, 9999)))
    emit([L])


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.0.0",
       "IRMHealth/2.7.1 (iOS 17.5.1; iPhone14,5)"]


def g_nginx(noise=False):
    dt = rand_dt()
    L = Line("nginx_access", dt)
    ts = dt.strftime("[%d/%b/%Y:%H:%M:%S +0800]")
    if noise:
        c = R.random()
        if c < 0.4:
            L.t('10.40.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" %0.3f' % (R.randint(2, 9), ts, R.random() / 100))
        elif c < 0.7:
            L.t('66.249.66.%d - - %s "GET /robots.txt HTTP/1.1" 200 68 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" 0.002' % (R.randint(1, 200), ts))
        else:
            L.t('%s - - %s "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://myhealth.ironbarkrange.com.au/" "%s" 0.011' %
                ("10.40.2.%d" % R.randint(10, 60), ts, hexs(8), R.randint(100000, 400000), R.choice(UAS[:3])))
    else:
        w = wk()
        path = R.choice(["/api/v1/workers/%s/medicals", "/api/v1/workers/%s/roster", "/api/v1/workers/%s/fatigue/summary",
                         "/api/v1/workers/%s/documents/ffw-certificate.pdf"])
        pre, post = path.split("%s")
        L.x(P(w.ip, "ip"), " - ")
        if R.random() < 0.3:
            L.p(w.emp.lower(), "other_id")
        else:
            L.t("-")
        L.x(" ", ts, ' "GET ', pre, P(w.emp, "other_id"), post,
            ' HTTP/2.0" %d %d "https://myhealth.ironbarkrange.com.au/home" "%s" %0.3f' %
            (R.choice([200, 200, 200, 304, 403]), R.randint(300, 90000), R.choice(UAS), R.random()))
    emit([L])


def g_nginx_user():
    """portal access where remote user = worker login (labeled)."""
    dt = rand_dt()
    w = wk()
    L = Line("nginx_access", dt)
    ts = dt.strftime("[%d/%b/%Y:%H:%M:%S +0800]")
    L.x(P(w.ip, "ip"), " - ", P(w.emp.lower(), "other_id"), " ", ts,
        ' "POST /api/v1/auth/session HTTP/2.0" 201 512 "https://myhealth.ironbarkrange.com.au/login" "%s" 0.%03d' % (R.choice(UAS), R.randint(20, 700)))
    emit([L])


def g_fatigue(noise=False):
    dt = rand_dt()
    L = Line("logfmt_fatigue", dt).t("ts=%s " % iso_z(dt))
    if noise:
        L.t(R.choice([
            'level=info svc=fatigue-ingest msg="batch committed" n=%d lag_ms=%d partition=%d offset=%d' % (R.randint(50, 900), R.randint(10, 4000), R.randint(0, 5), R.randint(10 ** 6, 10 ** 7)),
            'level=info svc=fatigue-ingest msg="firmware rollout" model=RB4 fw=4.2.%d cohort=canary pct=10' % R.randint(0, 9),
            'level=debug svc=fatigue-ingest msg="gateway ping" gw=CRR-LTE-%02d rssi=-%d latency=%dms' % (R.randint(1, 12), R.randint(60, 110), R.randint(30, 600)),
            'level=warn svc=fatigue-ingest msg="clock skew" gw=BUN-LTE-%02d skew_ms=%d trace_id=%s span_id=%s' % (R.randint(1, 9), R.randint(500, 9000), hexs(32), hexs(16))]))
    else:
        w = wk()
        if R.random() < 0.6:
            sc = round(R.uniform(6.5, 9.9), 1)
            L.x('level=warn svc=fatigue-ingest msg="fatigue alert" device=', P(w.wear, "device"), " wearer=", P(w.emp, "other_id"),
                " score=%s risk=%s equip=HT-%d shift=N pit=%s-%d ack_by=supv.%s trace_id=%s" % (sc, "HIGH" if sc > 8 else "MED", R.randint(200, 260), w.site[0], R.randint(1, 5), R.choice(["mkerslake", "tgrady", "lwu"]), hexs(32)))
        else:
            L.x('level=info svc=fatigue-ingest msg="device paired" device=', P(w.wear, "device"), " mac=", P(w.wear_mac, "device"),
                " wearer=", P(w.emp, "other_id"), ' name="', P(fullname(w), "name"), '" phone_imei=', P(w.imei, "device"), " app=2.7.1")
    emit([L])


def g_roster():
    dt = rand_dt()
    lines = []
    if R.random() < 0.5:
        lines.append(Line("roster_csv", dt).t("EmpNo,Surname,GivenName,Employer,Site,Crew,Roster,SwingStart,SwingEnd,Origin,FlightIn,Accom"))
    for _ in range(R.randint(3, 7)):
        w = wk()
        s = datetime(2024, 8, R.randint(10, 24))
        n = int(w.roster.split("/")[0]) * (7 if w.roster == "2/1" else 1)
        e = s + timedelta(days=n - 1)
        lines.append(Line("roster_csv", dt).x(P(w.emp, "other_id"), ",", P(w.family.upper(), "name"), ",", P(w.given, "name"), ",",
                                              '"%s"' % (w.contractor or "Ironbark Range Minerals"), ",", w.site[0], ",", w.crew, ",", w.roster, ",",
                                              P(s.strftime("%d/%m/%Y"), "date"), ",", P(e.strftime("%d/%m/%Y"), "date"), ",", w.home, ",",
                                              "NJ%d" % R.randint(1400, 1499), ",", P(w.room, "address")))
    emit(lines)


def g_dats(noise=False):
    dt = rand_dt()
    L = Line("dats_kv", dt).t(py_ts(dt) + " %-5s [dats.%s] " % ("INFO", R.choice(["collect", "result", "courier"])))
    if noise:
        L.t(R.choice(["courier manifest sealed bag=SB-%06d specimens=%d carrier=StarTrack con=%s" % (R.randint(0, 999999), R.randint(3, 18), "CPZ" + str(R.randint(10 ** 8, 10 ** 9))),
                      "kit stock site=%s DrugWipe6S lot=WL23-%04d qty=%d exp=2025-03-31" % (R.choice(SITES)[0], R.randint(0, 9999), R.randint(5, 80)),
                      "random selection run=%s pool=%d selected=%d seed=%s" % (uid(), R.randint(300, 900), R.randint(10, 40), hexs(16))]))
    else:
        w = wk()
        st = R.choice([("AS4760:2019", "ORAL_FLUID", "DrugWipe 6S"), ("AS/NZS4308:2008", "URINE", "Split Cup 6 panel")])
        res = R.choice(["NEG"] * 7 + ["NON-NEG"])
        L.x("coc=", P("COC-%07d" % R.randint(10 ** 6, 10 ** 7 - 1), "other_id"), " donor_id=", P(w.emp, "other_id"),
            ' donor="', P(fullname(w), "name"), '" dob=', P(w.dob.strftime("%d/%m/%Y"), "date"),
            " reason=%s std=%s specimen=%s device=\"%s\" lot=WL23-%04d result=%s%s collector=\"Kwame Osei (OHT)\" sent_to_lab=%s" %
            (R.choice(["RANDOM", "RANDOM", "POST-INCIDENT", "PRE-EMPLOYMENT", "REASONABLE-CAUSE"]), st[0], st[1], st[2], R.randint(0, 9999), res,
             " class=" + R.choice(["THC", "AMP", "BZO"]) if res != "NEG" else "", "Y" if res != "NEG" else "N"))
    emit([L])


def g_audio():
    dt = rand_dt()
    lines = []
    if R.random() < 0.5:
        lines.append(Line("audio_fixed", dt).t("HDR AUDX 3.2.1 EXPORT %s SITE=%s AUDIOMETER=Interacoustics AS608 SN=1187%04d CAL=2024-05-02" %
                                               (dt.strftime("%Y%m%d%H%M"), R.choice(SITES)[0], R.randint(0, 9999))))
    for _ in range(R.randint(1, 3)):
        w = wk()
        nm = lastfirst(w, True)
        td = dt - timedelta(hours=R.randint(1, 9))
        for ear in "RL":
            th = " ".join("%3d" % R.choice(range(0, 70, 5)) for _ in range(7))
            L = Line("audio_fixed", dt).x("AUD01 ", P(w.emp, "other_id"), " " * (9 - len(w.emp)),
                                          P(nm, "name"), " " * max(1, 30 - len(nm)), P(w.dob.strftime("%Y%m%d"), "date"), " ",
                                          P(td.strftime("%Y%m%d"), "date"), " %s %s %s" % (ear, th, R.choice(["BL    ", "NSHIFT", "STS   ", "REF-GP"])))
            lines.append(L)
    emit(lines)


JFRAMES = ["\tat com.ironbark.ohs.claims.insurer.InsurerClient.lodge(InsurerClient.java:214)",
           "\tat com.ironbark.ohs.claims.LodgementService.submit(LodgementService.java:97)",
           "\tat com.ironbark.ohs.claims.LodgementService$$SpringCGLIB$$0.submit(<generated>)",
           "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
           "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
           "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]


def jts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00" % (dt.microsecond // 1000)


def g_claims_java(noise=False):
    dt = rand_dt()
    th = "claims-pool-%d" % R.randint(1, 4)
    if noise:
        L = Line("java_claims", dt).t("%s  INFO 1 --- [claims-service] [%s] c.i.o.c.s.PollingScheduler       : poll complete pending=%d lodged=%d failed=%d elapsed=%dms" %
                                      (jts(dt), th, R.randint(0, 8), R.randint(0, 5), R.randint(0, 2), R.randint(40, 3000)))
        emit([L])
        return
    w = wk()
    claim = "WC24-%06d" % R.randint(0, 999999)
    w.claim = claim
    if R.random() < 0.5:
        L = Line("java_claims", dt).x("%s  INFO 1 --- [claims-service] [%s] c.i.o.claims.LodgementService     : lodged claim=" % (jts(dt), th),
                                      P(claim, "other_id"), " worker=", P(w.emp, "other_id"), " insurer_ref=QBE-%s status=ACCEPTED" % hexs(10).upper())
        emit([L])
        return
    bad = medicare(valid=False)
    lines = [Line("java_claims", dt).x("%s ERROR 1 --- [claims-service] [%s] c.i.o.claims.LodgementService     : Lodgement failed for claim " % (jts(dt), th),
                                       P(claim, "other_id"), " (worker ", P(fullname(w), "name"), ")"),
             Line("java_claims", dt).x("com.ironbark.ohs.claims.insurer.InsurerApiException: HTTP 422 from https://api.insurer-gw.example.com.au/v3/claims : ",
                                       '{"errors":[{"field":"injuredWorker.medicareNumber","value":"', P(bad, "health_plan"),
                                       '","code":"CHECKSUM"}],"traceId":"%s"}' % hexs(32))]
    for f in JFRAMES[:R.randint(3, 6)]:
        lines.append(Line("java_claims", dt).t(f))
    lines.append(Line("java_claims", dt).t("\t... %d common frames omitted" % R.randint(4, 20)))
    emit(lines)


INJ = [("Fracture", "Lower leg"), ("Laceration", "Hand/finger"), ("Sprain/strain", "Lumbar spine"),
       ("Burn", "Forearm"), ("Noise induced hearing loss", "Ears"), ("Contusion", "Shoulder"), ("Mental stress", "Psychological system")]


def g_claims_json():
    dt = rand_dt()
    w = wk()
    w.claim = w.claim or "WC24-%06d" % R.randint(0, 999999)
    inj = R.choice(INJ)
    doi = dt - timedelta(days=R.randint(1, 40))
    o = {"ts": iso_local(dt), "level": "DEBUG", "logger": "claims-gw.outbound", "msg": "POST /v3/claims payload",
         "payload": {"claimNumber": P(w.claim, "other_id"),
                     "injuredWorker": {"givenNames": P(w.given + (" " + w.middle if w.middle else ""), "name"),
                                       "surname": P(w.family, "name"),
                                       "dateOfBirth": P(w.dob.strftime("%Y-%m-%d"), "date"),
                                       "medicareNumber": P(w.medicare, "health_plan"), "medicareIrn": w.irn,
                                       "residentialAddress": {"line1": P(w.street, "address"), "suburb": P(w.suburb, "address"),
                                                              "state": w.state, "postcode": P(w.pc, "zip")},
                                       "mobile": P(fmt_mob(w.mob, 1), "phone"), "email": P(w.email, "email")},
                     "employer": {"name": "Ironbark Range Minerals Pty Ltd", "abn": abn(),
                                  "policyNo": "WCP-88%06d" % R.randint(0, 999999)},
                     "injury": {"dateOfInjury": P(doi.strftime("%Y-%m-%d"), "date"), "nature": inj[0], "location": inj[1],
                                "mechanism": R.choice(["Being hit by moving objects", "Muscular stress", "Falls on same level", "Sound and pressure"]),
                                "workplace": w.site[1]},
                     "paymentDetails": None}}
    if R.random() < 0.5:
        o["payload"]["paymentDetails"] = {"accountName": P(fullname(w), "name"), "bsbAccount": P(w.bsb + " " + w.acct, "account")}
    else:
        o["payload"]["paymentDetails"] = {"payTo": "EMPLOYER"}
    if R.random() < 0.3:
        o["payload"]["injuredWorker"]["tfn"] = P(w.tfn, "ssn")
    L = Line("claims_json", dt)
    jw(L, o, ea=True)
    emit([L])


def g_pg(noise=False):
    dt = rand_dt()
    L = Line("pg_log", dt).t(dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d AWST [%d] " % (dt.microsecond // 1000, R.randint(1000, 60000)))
    if noise:
        L.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed, 0 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % ((lambda wr: (R.randint(10, 3000), R.random() * 5, wr, wr + 0.011))(R.random() * 30)),
                      "ohs_app@ohsdb LOG:  duration: %.3f ms  execute S_%d: SELECT p.id, p.site, p.triage FROM presentations p WHERE p.site = $1 AND p.closed_at IS NULL" % (R.random() * 80, R.randint(1, 40)),
                      "LOG:  automatic vacuum of table \"ohsdb.public.fatigue_events\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000),
                      "ohs_report@ohsdb LOG:  duration: %.3f ms  statement: SELECT site, count(*) FROM presentations WHERE presented_at >= '2024-08-01' AND presented_at < '2024-09-01' GROUP BY site" % (R.random() * 900)]))
    else:
        w = wk()
        c = R.random()
        if c < 0.4:
            L.x("ohs_app@ohsdb LOG:  duration: %.3f ms  statement: UPDATE workers SET mobile = '" % (R.random() * 20), P(fmt_mob(w.mob, 0), "phone"),
                "', email = '", P(w.email, "email"), "', updated_by = 'lpike' WHERE emp_no = '", P(w.emp, "other_id"), "'")
        elif c < 0.7:
            L.x("ohs_app@ohsdb ERROR:  duplicate key value violates unique constraint \"workers_ihi_key\" DETAIL:  Key (ihi)=(", P(w.ihi, "mrn"), ") already exists.")
        else:
            L.x("hcordell@ohsdb LOG:  statement: SELECT * FROM presentations WHERE mrn = '", P(w.mrn, "mrn"), "' OR (family_name ILIKE '",
                P(w.family.replace("'", "''"), "name"), "%' AND dob = '", P(w.dob.strftime("%Y-%m-%d"), "date"), "')")
    emit([L])


def g_aeromed(w=None, dt=None, pc=None):
    dt = dt or rand_dt()
    w = w or wk()
    site = w.site
    L = Line("aeromed_xml", dt)
    amr = "AMR-%s-%03d" % (dt.strftime("%Y%m%d"), R.randint(1, 40))
    L.x('<?xml version="1.0" encoding="UTF-8"?><AeromedRequest id="', P(amr, "other_id"), '" priority="P%d" created="%s">' % (R.randint(1, 3), iso_local(dt, False)),
        "<Patient><Name>", P(xesc(fullname(w, True)), "name"), "</Name><DOB>", P(w.dob.strftime("%Y-%m-%d"), "date"),
        "</DOB><Sex>%s</Sex><WeightKg>%d</WeightKg><Medicare>" % (w.sex, R.randint(60, 130)), P(w.medicare, "health_plan"),
        "</Medicare><NOK rel=\"%s\"><Name>" % w.nok_rel, P(xesc(w.nok_name), "name"), "</Name><Phone>", P(fmt_mob(w.nok_mob, 0), "phone"),
        "</Phone></NOK></Patient><Pickup><Site>%s</Site><Airstrip>%s</Airstrip><Lat>-22.%04d</Lat><Lon>119.%04d</Lon></Pickup>" % (site[1], site[2], R.randint(0, 9999), R.randint(0, 9999)),
        "<Clinical><Dx>%s</Dx><Obs HR=\"%d\" BP=\"%d/%d\" SpO2=\"%d\" GCS=\"%d\"/></Clinical>" % (xesc(pc or R.choice(SEVERE)), R.randint(60, 130), R.randint(90, 160), R.randint(55, 95), R.randint(88, 100), R.randint(13, 15)),
        "<Referrer>Dr Hamish Cordell (RMO telehealth)</Referrer><Dest>Hedland Health Campus</Dest></AeromedRequest>")
    emit([L])


def g_aeromed_noise():
    dt = rand_dt()
    L = Line("aeromed_xml", dt).t('<AircraftStatus reg="VH-%s" op="RFDS-W" ts="%s" state="%s" lat="-2%d.%04d" lon="11%d.%04d" eta="%s" fuel_kg="%d"/>' %
                                  (R.choice(["FVX", "FMZ", "NQX", "KWO"]), iso_z(dt), R.choice(["TAXI", "ENROUTE", "ON_GROUND", "ENROUTE"]),
                                   R.randint(0, 3), R.randint(0, 9999), R.randint(5, 9), R.randint(0, 9999), (dt + timedelta(minutes=R.randint(10, 90))).strftime("%H:%MZ"), R.randint(300, 1800)))
    emit([L])


def g_sms(w=None, dt=None, kind=None):
    dt = dt or rand_dt()
    w = w or wk()
    kind = kind or R.choice(["book", "book", "result", "nok", "otp"])
    L = Line("sms_gw", dt).t('%s sms-gw[%d]: msg_id=%s status=%s ' % (iso_local(dt), R.randint(100, 999), uid(), R.choice(["DELIVERED", "SENT", "DELIVERED"])))
    if kind == "nok":
        L.x("to=", P(fmt_mob(w.nok_mob, 1), "phone"), ' from=IRMHEALTH body="IRM Site Health: Hi ', P(w.nok_name.split()[0], "name"),
            ", ", P(w.given, "name"), " has been flown to Hedland Health Campus for assessment and is stable. Please call our duty medic on 1800 476 211 (ref ",
            P(w.mrn, "mrn"), ')."')
    elif kind == "book":
        ad = dt + timedelta(days=R.randint(2, 20))
        L.x("to=", P(fmt_mob(w.mob, 1), "phone"), ' from=IRMHEALTH body="Hi ', P(w.given, "name"), ", your ",
            R.choice(["periodic medical", "audiometry test", "spirometry test", "RTW review"]), " at %s clinic is booked for " % w.site[1],
            P(ad.strftime("%d/%m"), "date"), " at %02d%s. Reply Y to confirm or manage at " % (R.randint(6, 16), R.choice(["00", "30"])),
            P("https://myhealth.ironbarkrange.com.au/b/" + hexs(4) + R.choice("ABCDEFGH") + hexs(3), "url"), '"')
    elif kind == "result":
        L.x("to=", P(fmt_mob(w.mob, 1), "phone"), ' from=IRMHEALTH body="', P(w.given, "name"),
            ', your fitness-for-work certificate is ready. Log in to myhealth with emp no ', P(w.emp, "other_id"), '."')
    else:
        L.x("to=", P(fmt_mob(w.mob, 1), "phone"), ' from=IRMHEALTH body="Your myhealth code is %06d. It expires in 10 minutes."' % R.randint(0, 999999))
    emit([L])


def g_teams(w=None, dt=None, pc=None):
    dt = dt or rand_dt()
    w = w or wk()
    st = R.choice([s for s in STAFF if s[2] in ("Paramedic", "OHN", "SMO", "RMO")])
    L = Line("teams_chat", dt).t("[%s] %s (%s %s): " % (dt.strftime("%d/%m/%Y %H:%M"), st[0], st[2], w.site[0]))
    c = 0 if pc else R.uniform(0.35, 1)
    short = "%s %s" % (w.given, "".join(p[0] for p in w.family.replace("-", " - ").split() if p != "-") if "-" not in w.family else
                        "-".join(p[0] for p in w.family.split("-")))
    if c < 0.35:
        L.x("pt ", P(short, "name"), " %d%s %s, obs stable, analgesia given. RFDS ETA %d min. %s notified on " % (2024 - w.dob.year, w.sex, pc, R.randint(20, 90), w.nok_rel.capitalize()),
            P(fmt_mob(w.nok_mob, 0), "phone"))
    elif c < 0.6:
        L.x("can someone check the D&A result for ", "Mr " if w.sex == "M" else "Ms ", P(w.family, "name"),
            " (", P(w.emp, "other_id"), ")? supervisor wants to know if %s can go back on the haul trucks tonight" % ("he" if w.sex == "M" else "she"))
    elif c < 0.8:
        L.x("FYI ", P(fullname(w), "name"), " DOB ", P(w.dob.strftime("%d/%m/%y"), "date"), " has a restricted duties cert until ",
            P((dt + timedelta(days=R.randint(3, 21))).strftime("%d/%m"), "date"), " - no working at heights")
    else:
        L.t(R.choice(["Lifepak 15 in ambulance 2 passed daily check, defib pads replaced lot 4M2209",
                      "RFDS ops confirm VH-FVX available from Port Hedland, crew: FN J. Albright",
                      "reminder: Penthrox stock count due before 1800, register is on the clinic PC",
                      "wifi in clinic down again, ticket INC0048213 logged with site IT",
                      "Guardian fatigue dashboard showing 3 alerts on C crew, supervisors following up"]))
    emit([L])


def g_ffw(noise=False):
    dt = rand_dt()
    L = Line("ffw_pylog", dt).t(py_ts(dt) + " %s ffw.%s: " % (R.choice(["INFO", "INFO", "WARNING"]), R.choice(["sync", "rules", "notify"])))
    if noise:
        L.t(R.choice(["synced %d fitness certificates from SiteMed; %d expiring within 14d" % (R.randint(300, 700), R.randint(0, 20)),
                      "RosterX API /v2/swings 200 in %dms (etag=W/\"%s\")" % (R.randint(100, 3000), hexs(16)),
                      "rule set ffw-rules-2024.07 loaded (%d rules, sha256=%s)" % (R.randint(30, 90), hexs(64)),
                      "retrying SMTP relay smtp.ironbarkrange.com.au:587 attempt %d/5" % R.randint(1, 5)]))
    else:
        w = wk()
        L.x("FFW status changed emp=", P(w.emp, "other_id"), " status=%s until=" % R.choice(["RESTRICTED", "UNFIT", "RESTRICTED"]),
            P((dt + timedelta(days=R.randint(3, 40))).strftime("%Y-%m-%d"), "date"), " reason_code=%s roster_block=Y notify=supv,rosterx" % R.choice(["MSK", "AUD-STS", "DA-NONNEG", "PSY", "CARDIO"]))
    emit([L])


def g_manifest():
    dt = rand_dt()
    fl = "NJ%d" % R.randint(1400, 1499)
    fd = dt + timedelta(days=R.choice([0, 1]))
    port = R.choice(HOMEPORTS[:4])
    site = R.choice(SITES)
    lines = [Line("manifest_pipe", dt).t("MANIFEST|%s|%s|%s-%s|E190|VH-NJ%s|PIC CAPT D. OKAFOR|STATUS FINAL" % (fl, fd.strftime("%d%b%y").upper(), port, site[2], R.choice("ABCDEFG")))]
    for i in range(R.randint(2, 5)):
        w = wk()
        lines.append(Line("manifest_pipe", dt).x("PAX|%03d|" % (i + 1), P("%s/%s" % (w.family.upper().replace(" ", ""), w.given.upper().replace(" ", "")), "name"),
                                                 " MR|" if w.sex == "M" else " MS|", P(w.emp, "other_id"), "|", P(fd.strftime("%d%b%y").upper(), "date"),
                                                 "|BAGS %d|WT %dKG|SEAT %d%s|%s" % (R.randint(0, 2), R.randint(60, 125), R.randint(1, 24), R.choice("ABCDEF"), w.contractor.upper() if w.contractor else "IRM")))
    emit(lines)


def g_dispense():
    dt = rand_dt()
    w = wk()
    med = R.choice([("Methoxyflurane 3 mL (Penthrox)", "S4"), ("Morphine 10 mg/mL inj", "S8"), ("Fentanyl 100 mcg/2 mL inj", "S8"),
                    ("Paracetamol 500 mg tab", "S2"), ("Ondansetron 4 mg ODT", "S4"), ("Cephalexin 500 mg cap", "S4")])
    st, wit = R.sample([x for x in STAFF if x[2] in ("SMO", "Paramedic", "OHN", "RMO")], 2)
    L = Line("dispense_tsv", dt).x(iso_local(dt, False), "\t", w.site[0], "\tDISPENSE\t", med[0], "\t", med[1], "\tLot ", "%s%d" % (R.choice(["B", "K", "L"]), R.randint(100000, 999999)),
                                   "\t", "Qty %d" % R.randint(1, 4), "\t", P(w.mrn, "mrn"), "\t", P(lastfirst(w), "name"), "\tBy:%s\tWit:%s\tBal:%d" % (st[1], wit[1], R.randint(2, 40)))
    emit([L])


def g_handover():
    dt = rand_dt()
    site = R.choice(SITES)
    w1, w2 = R.sample(WORKERS, 2)
    who = R.choice([x for x in STAFF if x[2] in ("Paramedic", "OHN")])
    L = Line("teams_chat", dt).t("[%s] %s (%s %s): HANDOVER %s %s shift %s: " % (dt.strftime("%d/%m/%Y %H:%M"), who[0], who[2], site[0], site[0], "day" if 6 <= dt.hour < 18 else "night", dt.strftime("%d/%m")))
    L.x("1) ", P(fullname(w1), "name"), " (", P(w1.mrn, "mrn"), ") in obs bay, %s, review 0600. " % R.choice(COMPLAINTS),
        "2) ", P(fullname(w2), "name"), " from ", w2.contractor or "IRM", " ", R.choice(["D&A retest at 0530", "audiometry STS retest booked", "RTW review tmrw"]),
        "; lives ", P(w2.room, "address"), ". 3) Drug safe count correct, Lifepak 15 SN 44%06d checked." % R.randint(0, 999999))
    emit([L])


def g_handover_nok():
    """one record with a 90+ relative."""
    dt = rand_dt()
    w = wk()
    L = Line("teams_chat", dt).t("[%s] Leanne Pike (OHN %s): HANDOVER %s %s shift %s: " % (dt.strftime("%d/%m/%Y %H:%M"), w.site[0], w.site[0], "day" if 6 <= dt.hour < 18 else "night", dt.strftime("%d/%m")))
    L.x(P(fullname(w), "name"), " requesting compassionate fly-out - grandmother ", P("Ngaire " + w.family, "name"), ", aged ", P("94", "age"),
        ", admitted to hospital in ", P(w.suburb, "address"), ". Approved by superintendent, seat on NJ1421.")
    emit([L])


def g_gate(noise=False):
    dt = rand_dt()
    site = R.choice(SITES)
    L = Line("gate_anpr", dt).t("%s gate=%s-GATE-%d cam=ANPR-0%d " % (iso_local(dt), site[0], R.randint(1, 3), R.randint(1, 4)))
    if noise:
        L.t("plate=LV-%03d class=FLEET conf=0.%02d dir=%s fleet_asset=LV-%03d driver_badge=<unread>" % (R.randint(1, 300), R.randint(80, 99), R.choice(["IN", "OUT"]), R.randint(1, 300)))
    else:
        w = wk()
        if R.random() < 0.6:
            L.x("plate=", P(w.plate, "vehicle"), " class=PRIVATE conf=0.%02d dir=%s permit=PVP-%05d holder=" % (R.randint(80, 99), R.choice(["IN", "OUT"]), R.randint(0, 99999)),
                P(w.emp, "other_id"))
        else:
            L.x("event=PERMIT_REGISTER permit=PVP-%05d holder=" % R.randint(0, 99999), P(w.emp, "other_id"), ' holder_name="', P(fullname(w), "name"),
                '" plate=', P(w.plate, "vehicle"), " vin=", P(w.vin, "vehicle"), " dl_no=", P(w.lic, "license"), " dl_state=%s" % w.state)
    emit([L])


def g_infra():
    dt = rand_dt()
    c = R.random()
    if c < 0.25:
        L = Line("infra", dt).t('{"@timestamp":"%s","log.level":"info","kubernetes":{"namespace":"ohs","pod":"sitemed-api-%s-%s","container":"api"},"message":"Readiness probe succeeded","image":"registry.ironbarkrange.com.au/ohs/sitemed-api:4.18.2@sha256:%s"}' %
                                (iso_z(dt), hexs(10), hexs(5), hexs(64)))
    elif c < 0.5:
        L = Line("infra", dt).t("%s ohs-bkp01 CRON[%d]: (root) CMD (/opt/backup/pgbackrest --stanza=ohsdb --type=%s backup) rc=0 size=%.1fGiB duration=%ds" %
                                (dt.strftime("%b %d %H:%M:%S"), R.randint(1000, 30000), R.choice(["incr", "diff"]), R.random() * 40, R.randint(60, 3000)))
    elif c < 0.7:
        L = Line("infra", dt).t("%s fw-per-01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=%d.%d.%d.%d DST=203.0.113.%d LEN=%d PROTO=TCP SPT=%d DPT=%d" %
                                (dt.strftime("%b %d %H:%M:%S"), R.randint(45, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(10, 40), R.randint(40, 60), R.randint(1024, 65535), R.choice([22, 3389, 445, 23])))
    elif c < 0.85:
        L = Line("infra", dt).t("time=\"%s\" level=info msg=\"shipped batch\" shipper=vector-0.39.0 sink=siem_s3 bucket=irm-ohs-logarchive key=ohs/%s/%s.json.gz events=%d bytes=%d" %
                                (iso_z(dt), dt.strftime("%Y/%m/%d"), uid(), R.randint(100, 5000), R.randint(10 ** 5, 10 ** 7)))
    else:
        L = Line("infra", dt).t("%s INFO  [o.a.c.c.StandardService] Starting service [Catalina] Apache Tomcat/10.1.%d build %s commit %s" %
                                (py_ts(dt), R.randint(10, 28), "2024%02d%02d" % (R.randint(1, 7), R.randint(1, 28)), hexs(40)))
    emit([L])


def g_evac_story():
    """An evacuation: chat, sitemed, aeromed XML, ADT transfer, NOK SMS around one time."""
    w = wk()
    dt = rand_dt(hours=20)
    pc = R.choice(SEVERE)
    g_sitemed(dt, w, pc)
    g_teams(w, dt + timedelta(minutes=6, seconds=R.randint(0, 59)), pc)
    g_aeromed(w, dt + timedelta(minutes=14, seconds=R.randint(0, 59)), pc)
    g_hl7_adt(w, dt + timedelta(minutes=80, seconds=R.randint(0, 59)))
    g_sms(w, dt + timedelta(minutes=95, seconds=R.randint(0, 59)), "nok")


# ----------------------------------------------------------------- mix
PHI_GENS = [(g_sitemed, 6), (g_hl7_oru, 1), (g_fhir, 3), (lambda: g_alco(), 4), (lambda: g_nginx(), 3), (g_nginx_user, 1),
            (lambda: g_fatigue(), 4), (g_roster, 1), (lambda: g_dats(), 4), (g_audio, 2), (lambda: g_claims_java(), 2),
            (g_claims_json, 2), (lambda: g_pg(), 3), (lambda: g_sms(), 4), (lambda: g_teams(), 4), (lambda: g_ffw(), 3),
            (g_manifest, 1), (g_dispense, 3), (g_handover, 2), (lambda: g_gate(), 3), (g_evac_story, 1)]
NOISE_GENS = [(lambda: g_alco(noise=True), 4), (lambda: g_nginx(noise=True), 8), (lambda: g_fatigue(noise=True), 7),
              (lambda: g_dats(noise=True), 3), (lambda: g_claims_java(noise=True), 4), (lambda: g_pg(noise=True), 6),
              (g_aeromed_noise, 4), (lambda: g_ffw(noise=True), 5), (lambda: g_gate(noise=True), 4),
              (g_infra, 15)]


def pick(gens):
    tot = sum(wt for _, wt in gens)
    r = R.uniform(0, tot)
    for g, wt in gens:
        r -= wt
        if r <= 0:
            return g
    return gens[-1][0]


def count():
    return sum(len(e[2]) for e in EVENTS)


def main():
    g_handover_nok()
    for _ in range(4):
        g_evac_story()
    while count() < NLINES - 40:
        if R.random() < 0.42:
            pick(PHI_GENS)()
        else:
            pick(NOISE_GENS)()
    # fill exactly with single-line generators
    singles_phi = [g_sitemed, g_fhir, lambda: g_alco(), lambda: g_dats(), g_dispense, lambda: g_sms(), lambda: g_ffw()]
    singles_noise = [g_infra, lambda: g_nginx(noise=True), lambda: g_pg(noise=True), g_aeromed_noise, lambda: g_fatigue(noise=True)]
    while count() < NLINES:
        phi_lines = sum(1 for e in EVENTS for l in e[2] if l.spans)
        if phi_lines / count() < 0.45:
            R.choice(singles_phi)()
        else:
            R.choice(singles_noise)()
    while count() > NLINES:  # drop trailing single-line noise events if overshot
        for i in range(len(EVENTS) - 1, -1, -1):
            if len(EVENTS[i][2]) == 1 and not EVENTS[i][2][0].spans:
                EVENTS.pop(i)
                break
    EVENTS.sort(key=lambda e: (e[0], e[1]))
    lines = [l for e in EVENTS for l in e[2]]
    assert len(lines) == NLINES, len(lines)
    with open("pr.log", "wb") as f, open("pr.labels.jsonl", "w", encoding="utf-8") as g:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            if b"\n" in b or b"\r" in b or not b:
                raise SystemExit("bad line %d" % n)
            b.decode("utf-8")
            prev = 0
            spans = []
            for (s, e, cat, val) in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("span out of range line %d" % n)
                if s < prev:
                    raise SystemExit("overlap line %d" % n)
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit("span mismatch line %d: %r vs %r" % (n, b[s:e], val))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": n, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
