#!/usr/bin/env python3
"""Synthetic labeled log corpus "pw": Keystone Urology Partners (KUP).

Organisation: a urology / men's health clinic group (Harrisburg, Lancaster,
York PA) running a mobile lithotripsy service (trucks LT-01..LT-04 carrying
lithotripters to partner hospitals), a stone-analysis lab interface, PSA
tracking and reminders, vasectomy consent and post-vasectomy semen analysis
follow-up, telehealth ED visits with a mail-order pharmacy.  The log is a
SIEM export mixing these systems, one physical line per log line.

Systems simulated (family names in the labels file):
  ehr_audit     UroChart EHR audit logger (Python JSON, ensure_ascii=True)
  hl7_oru       stone-analysis results (CalcuLab) HL7 v2 ORU^R01, a segment a line
  hl7_siu       hospital scheduling feed HL7 v2 SIU^S12 for lithotripsy cases
  psa_tracker   PSA surveillance / reminder job, logfmt
  sms_gw        SMS gateway webhook JSON (Twilio-like), outbound + inbound bodies
  nginx         telehealth portal access log (combined format)
  tele_ed       telehealth ED intake API, Node pino JSON (raw UTF-8)
  surescripts   NewRx XML to the mail-order pharmacy, one line per message
  pharm_ship    mail-order pharmacy fulfilment rows, pipe delimited
  payments      card processor events, key=value
  fleet         truck telematics, logfmt (no PHI)
  litho_sched   lithotripsy truck schedule CSV export
  lithotripter  lithotripter treatment console, fixed-width vendor log
  semen_lis     andrology LIS result rows (post-vasectomy semen analysis)
  esign         e-signature webhook JSON (vasectomy consent envelopes)
  x12_837       professional claims, a segment a line
  fhir          FHIR R4 Observation / Patient resources (PSA), one line each
  java_trace    litho-scheduler Spring service errors with stack traces
  syslog        sshd / cron / firewall / postfix (no PHI)
  pg_log        PostgreSQL slow-statement log with SQL text
  staff_chat    dispatch chat export JSON
  tel_note      nurse telephone notes, free text
  rpm_ingest    home uroflowmetry device ingest, key=value
  parking       clinic garage LPR / validation, key=value
  deploy        CI / ArgoCD / k8s lines (no PHI)

Labeling decisions:
  * Patients, their spouses/partners and emergency contacts are PHI.
    Clinicians, staff, pharmacists, dispatchers and drivers at work are not
    (names, NPIs, DEA numbers, usernames of staff are left unlabeled).
  * Hospitals, clinic sites, vendors and their addresses/phones/emails are
    not PHI; the clinic's SMS short numbers and from-addresses are not PHI.
  * Lithotripsy trucks: VIN, plate, GPS position, lithotripter serial numbers
    belong to the organisation -> not PHI.  A patient's car plate read by the
    clinic garage LPR and tied to the appointment -> vehicle.
  * Devices the patient carries/uses (phone IMEI, home uroflow meter serial
    and BLE MAC, implant serials and UDIs with a serial of a penile prosthesis
    or artificial urinary sphincter) -> device; a UDI is one device span; a
    lot number alone is not PHI.
  * Identifiers: MRN (K + 7 digits), hospital MRNs in HL7 PID-3 -> mrn.
    Lab accession numbers (stone lab, andrology), lithotripsy case IDs,
    prescription numbers, patient pharmacy order IDs, carrier tracking
    numbers of shipments to the patient, home semen-kit barcodes, portal
    usernames, telehealth visit IDs -> other_id.  Encounter/visit numbers,
    claim patient-control numbers, payment-processor customer IDs and card
    numbers -> account.  Insurance member/subscriber IDs, MBI, Medicaid
    recipient IDs -> health_plan; group numbers are not PHI.
  * Driver's licence numbers used for telehealth identity proofing -> license.
  * Dates: DOB, collection, procedure, appointment, vasectomy, service,
    reminder-due dates tied to a patient -> date (the whole date or datetime
    value is one span); the NewRx WrittenDate of the patient's prescription
    is a service date -> date.  Log record timestamps, HL7 MSH-7 and X12 ISA/GS/BHT
    creation stamps, SQL range bounds (not about one person), lot expiry
    dates -> not PHI.
  * Ages only when > 89.  Card last4 alone is not labeled.
  * URLs: a full absolute URL that carries a patient identifier (personal
    join/consent/tracking links) is one url span; in access-log request
    paths only the identifier token is labeled with its own category.
    A FHIR reference "Patient/K..." labels only the id (mrn).
  * Patient IPs (portal clients, e-sign signers) -> ip; server IPs,
    private infra IPs -> not PHI.
  * Names split into fields (HL7 XPN components, XML Last/First) get one
    span per field; "Last^First^Middle" in HL7 is one name span.  First
    names used alone in SMS bodies and notes are labeled name.
  * Escaped values (JSON \\uXXXX, SQL doubled quotes, percent-encoding) are
    labeled where their bytes are.
"""
import hashlib
import json
import random
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

ID = "pw"
R = random.Random(20240311)


# --------------------------------------------------------------- builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, emitted, cat, meant=None):
        b = emitted.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, emitted, emitted if meant is None else meant))
        return self

    def seg(self, pieces):
        """pieces: list of str or (value, cat)"""
        for x in pieces:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class O:
    def __init__(self, *items):
        self.items = items


class S:
    """a JSON string made of pieces, some PHI"""
    def __init__(self, *pieces):
        self.pieces = pieces


def jesc(v, ea):
    return json.dumps(v, ensure_ascii=ea)[1:-1]


def jval(b, v, c, ea, sep):
    if isinstance(v, O):
        jobj(b, v.items, ea, sep)
    elif isinstance(v, S):
        b.t('"')
        for x in v.pieces:
            if isinstance(x, tuple):
                b.p(jesc(x[0], ea), x[1], x[0])
            else:
                b.t(jesc(x, ea))
        b.t('"')
    elif isinstance(v, list):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(sep[0])
            if isinstance(x, tuple):
                jval(b, x[0], x[1], ea, sep)
            else:
                jval(b, x, None, ea, sep)
        b.t("]")
    elif isinstance(v, str):
        if c:
            b.t('"')
            b.p(jesc(v, ea), c, v)
            b.t('"')
        else:
            b.t(json.dumps(v, ensure_ascii=ea))
    else:
        enc = json.dumps(v)
        if c:
            b.p(enc, c, str(v))
        else:
            b.t(enc)


def jobj(b, items, ea=True, sep=(",", ":")):
    b.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        if i:
            b.t(sep[0])
        b.t(json.dumps(k) + sep[1])
        jval(b, v, c, ea, sep)
    b.t("}")
    return b


# --------------------------------------------------------------- data
FIRST = ["Darnell", "Tomasz", "José", "Wei", "Oluwaseun", "Rajesh", "Mikko", "Patrick",
         "Hunter", "Bill", "Grant", "Rowan", "Cliff", "Jesús", "Minh", "Quang", "Ahmad",
         "Yusuf", "Dmitri", "Lars", "Björn", "Chidi", "Kwame", "Hamid", "Giovanni", "Seán",
         "Reed", "Frank", "Miles", "Wade", "Dale", "Amos", "Ezekiel", "Tariq", "Hiroshi",
         "Kenji", "Luis", "Efraín", "Mohammed", "Jae-won", "Rafael", "Ivan", "Emeka",
         "Pierre", "Noah", "Earl", "Royce", "Sterling", "Gene", "Herb", "Ray", "Mason",
         "Tenzin", "Arjun", "Bao", "Kofi", "Stanisław", "Zoltán", "Cyrus", "Angus"]
LAST = ["Okafor", "Kowalczyk", "Núñez", "Zhang", "Adeyemi-Clarke", "Venkataraman",
        "Virtanen", "O'Brien", "Price", "Young", "Hunter", "Baker", "Rivers", "Fox",
        "Stone", "Marsh", "Bishop", "García-Lorca", "de la Cruz", "van der Berg", "Nguyễn",
        "Haddad", "Yılmaz", "Petrov", "Lindqvist", "Mensah", "Eze", "Rossi", "MacAllister",
        "Whitehorse", "Brown-Sequeira", "Sato", "Tanaka", "Morales Ortega", "Abdullah",
        "Kim", "Santos", "Ivanenko", "Dubois", "Little", "Short", "Sterling", "Church",
        "Summers", "Washington", "Holmes", "Wolfe", "Small", "Bell", "Hoang", "Szabó",
        "Nakamura-Reyes", "St. Clair", "Oyelowo", "Friedman", "Kaur", "Bright", "Gold",
        "Lamb", "Good"]
FEM = ["Carmen", "Ines", "Maria", "Priya", "Aisha", "Hannah", "Grace", "Joy", "Faith",
       "Tuyết", "Agnieszka", "Chiara", "Ngozi", "Lucía", "Sunita", "Ewa", "Rose", "June",
       "Mei", "Dolores", "Shanice", "Brooke"]
MIDS = ["", "", "", "A", "J", "Lee", "R", "Olu", "Marie", "T", "Ángel"]
STREETS = ["Oak St", "N 3rd St", "Market St", "Linglestown Rd", "Derry St", "Cedar Ave",
           "Fruitville Pike", "Lititz Pike", "E King St", "Queen St", "Carlisle Rd",
           "Susquehanna Trl", "Hummel Ave", "Old Farm Ln", "Conestoga Dr", "Mill Creek Rd",
           "Pheasant Run", "Chestnut Hill Dr", "W Philadelphia St", "Rohrerstown Rd"]
CITIES = [("Harrisburg", "17109"), ("Camp Hill", "17011"), ("Mechanicsburg", "17055"),
          ("Lancaster", "17603"), ("Lititz", "17543"), ("York", "17402"),
          ("Hanover", "17331"), ("Hershey", "17033"), ("Elizabethtown", "17022"),
          ("Middletown", "17057"), ("Carlisle", "17013"), ("Ephrata", "17522"),
          ("Red Lion", "17356"), ("New Cumberland", "17070"), ("Strasburg", "17579")]
AREAS = ["717", "717", "717", "223", "484", "610", "570", "443"]
EMAILDOM = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "verizon.net",
            "icloud.com", "ptd.net", "aol.com", "protonmail.com"]
PAYERS = [("HMK", "Highmark BCBS", "XEH"), ("CBC", "Capital Blue Cross", "YCB"),
          ("UPMC", "UPMC Health Plan", "U"), ("AET", "Aetna", "W"),
          ("MCR", "Medicare Part B", None), ("PAMA", "PA Medicaid", "MA")]
STAFF = [("Aaron", "Feldstein", "MD", "afeldstein"), ("Priyanka", "Deshmukh", "MD", "pdeshmukh"),
         ("Colm", "Reardon", "DO", "creardon"), ("Teresa", "Olmos", "MD", "tolmos"),
         ("Kara", "Albright", "RN", "kalbright"), ("Dana", "Kowalski", "MA", "dkowalski"),
         ("Luis", "Beltran", "LT", "lbeltran"), ("Marisol", "Ferreira", "DISP", "mferreira"),
         ("Gretchen", "Yoder", "RPh", "gyoder"), ("Samuel", "Oyelaran", "PharmD", "soyelaran"),
         ("Heidi", "Brubaker", "PA-C", "hbrubaker"), ("Nathan", "Esh", "CRNP", "nesh")]
HOSP = [("SBMC", "St. Brendan Medical Center", "1200 Cameron St", "Harrisburg", "17103"),
        ("SVH", "Susquehanna Valley Hospital", "400 River Rd", "Columbia", "17512"),
        ("MGRH", "Mount Gretna Regional Hospital", "85 Timber Rd", "Lebanon", "17042"),
        ("CMH", "Conewago Memorial Hospital", "2250 Hanover Pike", "Gettysburg", "17325"),
        ("PCH", "Perry County Community Hospital", "19 Main St", "New Bloomfield", "17068")]
SITES = ["HBG", "LAN", "YRK", "CHL"]
TRUCKS = ["LT-01", "LT-02", "LT-03", "LT-04"]


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


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def mk_card(prefix):
    body = prefix + "".join(R.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def mk_npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def mk_imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def mk_ssn(valid=True):
    if not valid:
        return R.choice(["000-00-0000", "999-99-9999", "123-45-6789", "666-12-3344"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_A + "0123456789"
    n = "0123456789"
    pat = [("C",), ("A",), ("AN",), ("N",), ("A",), ("AN",), ("N",), ("A",), ("A",), ("N",), ("N",)]
    out = []
    for (k,) in pat:
        out.append(R.choice("123456789" if k == "C" else MBI_A if k == "A" else an if k == "AN" else n))
    return "".join(out)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
         "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
         "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("ß", "ss"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in s if (ch.isascii() and ch.isalnum()) or ch in "-.")


class Pt:
    pass


def mk_patient():
    p = Pt()
    p.first = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mid = R.choice(MIDS)
    y = R.choice([R.randint(1931, 1934)] + [R.randint(1940, 1992)] * 12)
    p.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 11) else 0)
    p.mrn = "K%07d" % R.randint(10000, 9999999)
    p.phone = "%s%s%s" % (R.choice(AREAS), R.randint(200, 989), digits(4))
    p.street = "%d %s" % (R.randint(3, 9890), R.choice(STREETS))
    if R.random() < 0.2:
        p.street += R.choice([" Apt 2B", " Unit 14", " Apt 306", " #5"])
    p.city, p.zip = R.choice(CITIES)
    if R.random() < 0.25:
        p.zip += "-" + digits(4)
    p.email = "%s%s%s@%s" % (ascii_fold(p.first)[:R.randint(1, 8)], R.choice([".", "_", ""]),
                              ascii_fold(p.last.replace(" ", "").replace("'", "")),
                              R.choice(EMAILDOM))
    if R.random() < 0.3:
        p.email = p.email.replace("@", str(R.randint(1, 99)) + "@")
    p.ssn = mk_ssn(R.random() > 0.06)
    pay = R.choice(PAYERS) if p.age < 65 else R.choice([PAYERS[4], PAYERS[4], PAYERS[0], PAYERS[1]])
    p.payer_code, p.payer, pre = pay
    if pre is None:
        p.member = mk_mbi()
    elif pre == "MA":
        p.member = digits(10)
    else:
        p.member = pre + digits(9 if len(pre) < 3 else 8)
    p.group = R.choice(["10045721", "GRP-88213", "003344-01", "PA0912", "K77120"])
    p.partner = R.choice(FEM)
    p.partner_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.ec_phone = "%s%s%s" % (R.choice(AREAS), R.randint(200, 989), digits(4))
    p.dl = "%s %s %s" % (digits(2), digits(3), digits(3))
    p.user = (ascii_fold(p.first)[:1] + ascii_fold(p.last.replace(" ", ""))[:9] +
              str(R.randint(1, 99)))
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 108, 174, 71, 68, 100, 172, 66]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if R.random() < 0.15:
        p.ip = "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0, 0xffff),
                                       R.randint(0, 0xffff), R.randint(1, 0xffff))
    p.imei = mk_imei()
    p.cus = "cus_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    p.card = mk_card(R.choice(["4", "4", "51", "55", "37"]))
    p.plate = R.choice(["%s%s-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "", digits(4)),
                        "%s%s%s" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(3))])
    p.enc = "E" + digits(9)
    return p


PTS = [mk_patient() for _ in range(140)]


def pt():
    return R.choice(PTS)


OLD = [p for p in PTS if p.age > 89]


def pt_old():
    return R.choice(OLD) if R.random() < 0.5 else pt()


def staff():
    return R.choice(STAFF)


def rdate(a, b):
    d0 = date(2024, 3, 11)
    return d0 + timedelta(days=R.randint(a, b))


def fmt_phone(ph, style):
    if style == 0:
        return "(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:])
    if style == 1:
        return "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:])
    if style == 2:
        return "+1" + ph
    if style == 3:
        return "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:])
    return ph


def full(p, mid=False):
    if mid and p.mid:
        return "%s %s %s" % (p.first, p.mid, p.last)
    return "%s %s" % (p.first, p.last)


# --------------------------------------------------------------- clock
T = [datetime(2024, 3, 11, 5, 58, 12, 314000)]


def tick(lo=3, hi=140):
    T[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return T[0]


def epoch(t):
    return (t - datetime(1970, 1, 1)).total_seconds() + 5 * 3600


def iso(t, ms=True, z="Z"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + z


HOSTS = ["kup-app01", "kup-app02", "litho-sched-01", "tele-api-7f9c4", "psa-job-0", "pharm-fx-02",
         "edge-fw01", "pg-primary", "mail01"]


# --------------------------------------------------------------- systems
def ehr_audit():
    p = pt_old()
    s = staff()
    t = tick()
    ev = R.choice(["chart.open", "chart.print", "result.view", "note.sign", "order.place",
                   "implant.record", "problem.update", "demographics.update"])
    items = [("ts", iso(t)), ("level", "INFO"), ("logger", "urochart.audit"),
             ("event", ev), ("user", s[3]), ("role", s[2]), ("site", R.choice(SITES))]
    k = R.random()
    if k < 0.35:
        items += [("mrn", p.mrn, "mrn"), ("pt_name", "%s, %s" % (p.last, p.first), "name")]
    elif k < 0.6:
        items += [("patientId", p.mrn, "mrn"), ("enc", p.enc, "account"),
                  ("dob", p.dob.isoformat(), "date")]
    elif k < 0.75:
        items += [("mrn", p.mrn, "mrn"), ("age", p.age, "age" if p.age > 89 else None),
                  ("visit_dt", rdate(-40, 20).strftime("%m/%d/%Y"), "date")]
    elif k < 0.88:
        ev = "elig.check"
        items[3] = ("event", ev)
        items += [("ptid", p.mrn, "mrn"), ("payer", p.payer), ("memberId", p.member, "health_plan"),
                  ("groupNo", p.group), ("age", p.age, "age" if p.age > 89 else None),
                  ("result", R.choice(["active", "active", "inactive", "timeout"]))]
    else:
        items += [("ptid", p.mrn, "mrn")]
    if ev == "implant.record":
        sn = R.choice(["AMS700", "AUS800", "TITAN"])
        gtin = R.choice(["00878953004521", "00878953007744", "05708932411196"])
        lot = "LOT" + digits(5)
        udi = "(01)%s(17)%s(10)%s(21)%s" % (gtin, R.choice(["270331", "280115", "261130"]),
                                            lot, sn[:2] + digits(8))
        items += [("implant", O(("model", {"AMS700": "AMS 700 LGX", "AUS800": "AMS 800 Urinary Control System",
                                           "TITAN": "Titan Touch"}[sn]),
                                ("udi", udi, "device"), ("lot", lot)))]
    items += [("duration_ms", R.randint(3, 900)), ("trace_id", hexs(32))]
    b = B("ehr_audit")
    jobj(b, items, ea=True, sep=(", ", ": "))
    return [b]


LAB_COMP = [("Calcium oxalate monohydrate", "COM"), ("Calcium oxalate dihydrate", "COD"),
            ("Uric acid", "UA"), ("Calcium phosphate (apatite)", "CAP"),
            ("Magnesium ammonium phosphate (struvite)", "MAP"), ("Cystine", "CYS"),
            ("Brushite", "BRU")]


def hl7_name(p):
    return "%s^%s^%s" % (p.last, p.first, p.mid) if p.mid else "%s^%s" % (p.last, p.first)


def hl7_name_tail(p):
    return "" if p.mid else "^"


CLIN = STAFF[:4] + STAFF[10:]


def hl7_oru():
    p = pt()
    t = tick()
    ctl = "CL" + digits(10)
    acc = "SA%s-%s" % (t.strftime("%y"), digits(6))
    coll = datetime.combine(rdate(-14, -3), datetime.min.time()) + timedelta(minutes=R.randint(420, 1000))
    dr = R.choice(CLIN)
    npi = mk_npi()
    out = []
    b = B("hl7_oru")
    b.t("MSH|^~\\&|CALCULAB|CALCULAB-LAB|UROCHART|KUP|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ctl))
    out.append(b)
    b = B("hl7_oru")
    b.t("PID|1||").p(p.mrn, "mrn").t("^^^KUP^MR||").p(hl7_name(p), "name").t(hl7_name_tail(p) + "||")
    b.p(p.dob.strftime("%Y%m%d"), "date").t("|M|||").p(p.street, "address").t("^^")
    b.p(p.city, "address").t("^PA^").p(p.zip, "zip").t("^USA||").p(fmt_phone(p.phone, 1), "phone")
    if R.random() < 0.4:
        b.t("|||||").p(p.ssn.replace("-", ""), "ssn")
    out.append(b)
    b = B("hl7_oru")
    b.t("ORC|RE|").p(acc, "other_id").t("|%s||CM||||%s|||%s^%s^%s^^^^MD" % (digits(8), t.strftime("%Y%m%d%H%M"), npi, dr[1], dr[0]))
    out.append(b)
    b = B("hl7_oru")
    b.t("OBR|1|").p(acc, "other_id").t("||STONE^Calculus analysis, FTIR^L|||").p(coll.strftime("%Y%m%d%H%M"), "date")
    b.t("|||||||||%s^%s^%s||||||%s||F" % (npi, dr[1], dr[0], t.strftime("%Y%m%d%H%M")))
    out.append(b)
    comps = R.sample(LAB_COMP, R.randint(1, 3))
    pct = [100] if len(comps) == 1 else ([70, 30] if len(comps) == 2 else [60, 30, 10])
    for i, (c, pc) in enumerate(zip(comps, pct)):
        b = B("hl7_oru")
        b.t("OBX|%d|NM|%s^%s^L||%d|%%|||||F|||%s" % (i + 1, c[1], c[0], pc, t.strftime("%Y%m%d%H%M")))
        out.append(b)
    b = B("hl7_oru")
    b.t("OBX|%d|NM|WT^Stone weight^L||%.1f|mg|||||F" % (len(comps) + 1, R.uniform(2, 90)))
    out.append(b)
    if R.random() < 0.5:
        b = B("hl7_oru")
        b.t("NTE|1|L|Specimen received in dry container. Consider 24h urine supersaturation profile (Litholink).")
        out.append(b)
    return out


def hl7_siu():
    p = pt()
    t = tick()
    h = R.choice(HOSP)
    truck = R.choice(TRUCKS)
    case = "LC-%s-%s" % (t.strftime("%y%m"), digits(4))
    proc = datetime.combine(rdate(1, 21), datetime.min.time()) + timedelta(minutes=R.choice(range(420, 900, 30)))
    dr = R.choice(CLIN[:4])
    hmrn = R.choice(["H", "M", "00", "SV"]) + digits(7)
    out = []
    b = B("hl7_siu")
    b.t("MSH|^~\\&|MEDITECH|%s|LITHOSCHED|KUP-MOBILE|%s||SIU^S12|%s|P|2.3" % (h[0], t.strftime("%Y%m%d%H%M"), digits(9)))
    out.append(b)
    b = B("hl7_siu")
    b.t("SCH|").p(case, "other_id").t("|%s|||||ESWL^Extracorporeal shock wave lithotripsy|ROUTINE|60|MIN|^^60^" % digits(7))
    b.p(proc.strftime("%Y%m%d%H%M"), "date").t("|||||%s^%s^%s||||BOOKED" % (dr[1], dr[0], dr[2]))
    out.append(b)
    b = B("hl7_siu")
    b.t("PID|1||").p(hmrn, "mrn").t("^^^%s^MR~" % h[0]).p(p.mrn, "mrn").t("^^^KUP^PI||")
    b.p(hl7_name(p), "name").t(hl7_name_tail(p) + "||").p(p.dob.strftime("%Y%m%d"), "date").t("|M")
    if R.random() < 0.6:
        b.t("|||").p(p.street, "address").t("^^").p(p.city, "address").t("^PA^").p(p.zip, "zip")
        b.t("||").p(fmt_phone(p.phone, 4), "phone").t("^PRN^PH")
    out.append(b)
    b = B("hl7_siu")
    b.t("PV1|1|O|%s^ENDO^3||||%s^%s^%s|||URO||||||||||" % (h[0], mk_npi(), dr[1], dr[0])).p(p.enc, "account")
    out.append(b)
    b = B("hl7_siu")
    b.t("AIL|1||%s^OR-%d^^%s|LITHO" % (h[0], R.randint(1, 9), h[1]))
    out.append(b)
    b = B("hl7_siu")
    b.t("AIG|1||%s^Mobile Lithotripter %s|EQUIP" % (truck, R.choice(["Dornier Delta III", "Storz Modulith SLX-F2"])))
    out.append(b)
    return out


def psa_tracker():
    t = tick(1, 30)
    b = B("psa_tracker")
    b.t("ts=%s level=" % iso(t))
    k = R.random()
    if k < 0.4:
        b.t("info svc=psa-tracker run_id=%s msg=\"batch complete\" scanned=%d due=%d queued_sms=%d queued_mail=%d duration_ms=%d" %
            (hexs(12), R.randint(9000, 14000), R.randint(40, 160), R.randint(20, 90), R.randint(5, 40), R.randint(800, 9000)))
        return [b]
    p = pt()
    last = rdate(-400, -120)
    due = last + timedelta(days=R.choice([180, 365]))
    v1, v2 = round(R.uniform(0.4, 9.0), 2), 0
    v2 = round(v1 + R.uniform(-0.5, 2.5), 2)
    if k < 0.7:
        b.t("info svc=psa-tracker msg=\"reminder queued\" mrn=").p(p.mrn, "mrn")
        b.t(" last_psa=%.2f last_psa_date=" % v2).p(last.isoformat(), "date")
        b.t(" due=").p(due.isoformat(), "date").t(" channel=")
        if R.random() < 0.6:
            b.t("sms to=").p(fmt_phone(p.phone, 2), "phone")
        else:
            b.t("email to=").p(p.email, "email")
        b.t(" template=psa_recheck_v3")
    elif k < 0.85:
        b.t("warn svc=psa-tracker msg=\"velocity threshold exceeded\" mrn=").p(p.mrn, "mrn")
        b.t(" psa_prev=%.2f psa_curr=%.2f vel_ng_ml_yr=%.2f flag_for=%s" % (v1, v2, (v2 - v1), staff()[3]))
        if p.age > 89:
            b.t(" age=").p(str(p.age), "age").t(" note=\"consider stopping screening\"")
    else:
        b.t("error svc=psa-tracker msg=\"undeliverable\" mrn=").p(p.mrn, "mrn").t(" to=").p(fmt_phone(p.phone, 2), "phone")
        b.t(" carrier_err=30006 twilio_sid=SM%s" % hexs(32))
    return [b]


def sms_gw():
    p = pt()
    t = tick(1, 60)
    b = B("sms_gw")
    inbound = R.random() < 0.3
    clinic = "+17175550" + R.choice(["142", "188"])
    if not inbound:
        kind = R.randint(0, 4)
        if kind == 0:
            body = S("Hi ", (p.first, "name"), ", this is Keystone Urology. Your PSA recheck is due. Call 717-555-0142 or book: ",
                     ("https://my.kup-uro.com/b/" + p.user, "url"), " Reply STOP to opt out.")
        elif kind == 1:
            d = rdate(1, 10)
            body = S("KUP Mobile Lithotripsy: ", (p.first, "name"), ", your procedure at ", R.choice(HOSP)[1], " is ",
                     (d.strftime("%a %b %-d"), "date"), ". Nothing to eat after midnight. Arrive 6:30am.")
        elif kind == 2:
            kit = "SAK" + digits(8)
            body = S("Reminder: your post-vasectomy semen analysis kit (", (kit, "other_id"),
                     ") should be returned within 1 hr of collection. Drop-off: 4300 Linglestown Rd, Harrisburg.")
        elif kind == 3:
            trk = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
            body = S("Your KUP Pharmacy order has shipped. Track: ",
                     ("https://www.ups.com/track?tracknum=" + trk, "url"))
        else:
            body = S("Your telehealth visit starts in 15 min. Join: ",
                     ("https://tele.kup-uro.com/j/" + "TV" + digits(7), "url"))
        jobj(b, [("ts", iso(t)), ("dir", "outbound-api"), ("MessageSid", "SM" + hexs(32)),
                 ("AccountSid", "AC" + "3f9e1b0c7d2a4e6f8b1c0d9e7a6b5c4d"), ("From", clinic),
                 ("To", fmt_phone(p.phone, 2), "phone"), ("Body", body), ("NumSegments", str(R.randint(1, 3))),
                 ("Status", R.choice(["queued", "sent", "delivered"]))], ea=True)
    else:
        kind = R.randint(0, 3)
        if kind == 0:
            body = S("STOP")
        elif kind == 1:
            body = S("This is his wife ", (p.partner, "name"), ". ", (p.first, "name"),
                     " is in the hospital, need to reschedule the stone treatment")
        elif kind == 2:
            body = S("Yes confirm")
        else:
            body = S("new number for me is ", (fmt_phone(p.ec_phone, 1), "phone"), " pls update. ", (full(p), "name"),
                     " DOB ", (p.dob.strftime("%-m/%-d/%y"), "date"))
        jobj(b, [("ts", iso(t)), ("dir", "inbound"), ("MessageSid", "SM" + hexs(32)),
                 ("From", fmt_phone(p.phone, 2), "phone"), ("To", clinic), ("Body", body),
                 ("FromCity", p.city.upper(), "address"), ("FromState", "PA"),
                 ("FromZip", p.zip[:5], "zip")], ea=True)
    return [b]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "KUPHealth/4.8.2 (iOS 17.2; iPhone15,3)", "kube-probe/1.28", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]


def nginx():
    t = tick(1, 20)
    b = B("nginx")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    k = R.random()
    if k < 0.5:
        ip = R.choice(["10.20.4.11", "10.20.4.12", "52.14.201.88"])
        path = R.choice(["/healthz", "/static/js/app.8c1f2e.js", "/api/v2/slots?site=HBG&svc=ED",
                         "/favicon.ico", "/api/v2/config"])
        b.t('%s - - %s "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (ip, ts, path, R.randint(120, 90000), R.choice(UAS[3:]), R.uniform(0.001, 0.3)))
        return [b]
    p = pt()
    b.p(p.ip, "ip").t(" - ")
    b.t("-").t(" %s \"" % ts)
    kk = R.randint(0, 4)
    if kk == 0:
        b.t("GET /api/v2/patients/").p(p.mrn, "mrn").t("/rx HTTP/2.0\" 200 %d" % R.randint(300, 4000))
    elif kk == 1:
        b.t("POST /api/v2/visits/").p("TV" + digits(7), "other_id").t("/intake HTTP/2.0\" 201 %d" % R.randint(80, 400))
    elif kk == 2:
        b.t("GET /portal/login?u=").p(urllib.parse.quote(p.email, safe=""), "email", p.email).t("&next=%2Fmessages HTTP/1.1\" 302 0")
    elif kk == 3:
        b.t("GET /track/").p("MO" + digits(8), "other_id").t(" HTTP/1.1\" 200 %d" % R.randint(900, 5000))
    else:
        b.t("GET /api/v2/labs/psa?mrn=").p(p.mrn, "mrn").t("&from=2022-01-01 HTTP/2.0\" 200 %d" % R.randint(200, 3000))
    b.t(' "https://tele.kup-uro.com/" "%s" rt=%.3f' % (R.choice(UAS[:4]), R.uniform(0.01, 1.2)))
    return [b]


ED_DRUGS = [("sildenafil 20 mg tablet", "59762003301"), ("tadalafil 5 mg tablet", "00378502093"),
            ("tadalafil 20 mg tablet", "60505453403"), ("sildenafil 100 mg tablet", "00093534256")]


def tele_ed():
    t = tick(1, 40)
    b = B("tele_ed")
    base = [("level", R.choice([30, 30, 30, 40, 50])), ("time", int(epoch(t) * 1000)), ("pid", R.randint(20, 90)),
            ("hostname", "tele-api-7f9c4"), ("reqId", "req-" + hexs(6))]
    k = R.random()
    if k < 0.3:
        items = base + [("msg", R.choice(["request completed", "pool stats", "provider queue depth"])),
                        ("responseTime", round(R.uniform(3, 900), 1)), ("queue", R.randint(0, 14)),
                        ("build", "2.14.3+" + hexs(7))]
        jobj(b, items, ea=False)
        return [b]
    p = pt()
    drug = R.choice(ED_DRUGS)
    if k < 0.6:
        items = base + [("msg", "intake submitted"), ("visitId", "TV" + digits(7), "other_id"),
                        ("patient", O(("name", full(p, True), "name"), ("dob", p.dob.isoformat(), "date"),
                                      ("email", p.email, "email"), ("mobile", fmt_phone(p.phone, 0), "phone"))),
                        ("answers", O(("nitrates", False), ("bp_sys", R.randint(105, 150)), ("iief5", R.randint(5, 21)))),
                        ("requested", drug[0])]
    elif k < 0.8:
        items = base + [("msg", "identity verified"), ("vendor", "idverse"),
                        ("idv", O(("doc", "DL"), ("state", "PA"), ("number", p.dl, "license"),
                                  ("exp", "2027-%02d-%02d" % (p.dob.month, p.dob.day), "date"),
                                  ("face_match", round(R.uniform(0.91, 0.995), 3)))),
                        ("device", O(("imei", p.imei, "device"), ("os", "Android 14"))),
                        ("clientIp", p.ip, "ip")]
    else:
        s = R.choice(STAFF[:4] + STAFF[10:])
        items = base + [("msg", "rx approved"), ("visitId", "TV" + digits(7), "other_id"),
                        ("prescriber", "%s %s, %s" % (s[0], s[1], s[2])), ("npi", mk_npi()),
                        ("rxNumber", "RX" + digits(7), "other_id"), ("drug", drug[0]), ("ndc", drug[1]),
                        ("qty", R.choice([8, 10, 30, 90])), ("refills", R.randint(0, 5)),
                        ("shipTo", O(("line1", p.street, "address"), ("city", p.city, "address"),
                                     ("state", "PA"), ("zip", p.zip, "zip")))]
    jobj(b, items, ea=False)
    return [b]


def surescripts():
    t = tick()
    p = pt()
    s = R.choice(STAFF[:4] + STAFF[10:])
    drug = R.choice(ED_DRUGS + [("tamsulosin 0.4 mg capsule", "00228299710"), ("potassium citrate ER 15 mEq", "00245007111")])
    b = B("surescripts")
    b.t('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715">'
        '<Header><To Qualifier="P">%s</To><From Qualifier="C">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>'
        % ("KUPRX" + digits(5), "KUPEHR01", hexs(20), iso(t, ms=False)))
    b.t("<Body><NewRx><Patient><HumanPatient><Name><LastName>").p(p.last, "name").t("</LastName><FirstName>").p(p.first, "name")
    b.t("</FirstName></Name><Gender>M</Gender><DateOfBirth><Date>").p(p.dob.isoformat(), "date").t("</Date></DateOfBirth>")
    b.t("<Address><AddressLine1>").p(p.street, "address").t("</AddressLine1><City>").p(p.city, "address")
    b.t("</City><StateProvince>PA</StateProvince><PostalCode>").p(p.zip.replace("-", ""), "zip").t("</PostalCode><CountryCode>US</CountryCode></Address>")
    b.t("<CommunicationNumbers><PrimaryTelephone><Number>").p(p.phone, "phone").t("</Number></PrimaryTelephone></CommunicationNumbers>")
    b.t("</HumanPatient></Patient><Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>%s</DEANumber></Identification>"
        "<Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber>"
        % (mk_npi(), "F" + s[1][0] + digits(7), s[1], s[0]))
    b.t("<MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>"
        "<Quantity><Value>%d</Value></Quantity><WrittenDate><Date>" % (drug[0], drug[1], R.choice([30, 90])))
    b.p(t.date().isoformat(), "date").t("</Date></WrittenDate></MedicationPrescribed></NewRx></Body></Message>")
    return [b]


def pharm_ship():
    t = tick()
    out = []
    if R.random() < 0.2:
        b = B("pharm_ship")
        b.t("REC|ORDER_ID|RX_NO|PATIENT|ADDR1|CITY|ST|ZIP|CARRIER|TRACKING|NDC|QTY|LOT|EXP|PACKED_BY|PACKED_AT")
        out.append(b)
    p = pt()
    drug = R.choice(ED_DRUGS)
    b = B("pharm_ship")
    carrier = R.choice(["UPS", "USPS", "FEDEX"])
    trk = {"UPS": "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
           "USPS": "9400" + digits(18), "FEDEX": digits(12)}[carrier]
    b.t("SHP|").p("MO" + digits(8), "other_id").t("|").p("RX" + digits(7), "other_id").t("|")
    b.p(("%s, %s" % (p.last, p.first)).upper(), "name").t("|").p(p.street.upper(), "address").t("|")
    b.p(p.city.upper(), "address").t("|PA|").p(p.zip, "zip").t("|%s|" % carrier).p(trk, "other_id")
    b.t("|%s|%d|%s|%s|%s|%s" % (drug[1], R.choice([8, 30, 90]), "L" + digits(6), "2026-0" + str(R.randint(1, 9)),
                                R.choice(["gyoder", "soyelaran", "tech04"]), t.strftime("%Y-%m-%d %H:%M:%S")))
    out.append(b)
    return out


def payments():
    t = tick(1, 50)
    b = B("payments")
    k = R.random()
    b.t("%s payments " % t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3])
    if k < 0.35:
        b.t("INFO webhook ok event=evt_%s type=payout.paid amount=%d currency=usd dest=ba_%s" % (hexs(24), R.randint(100000, 4000000), hexs(16)))
        return [b]
    p = pt()
    if k < 0.85:
        b.t("INFO charge.succeeded id=ch_%s amount=%d currency=usd customer=" % (hexs(24), R.choice([4500, 2900, 7900, 15000, 3500])))
        b.p(p.cus, "account").t(" card_brand=%s last4=%s order=" % (R.choice(["visa", "mastercard", "amex"]), p.card[-4:]))
        b.p("MO" + digits(8), "other_id").t(" desc=\"Telehealth ED visit\"")
    else:
        b.t("DEBUG raw_request={card_number=").p(p.card, "account").t(", exp=%02d/%d, cvc=***, name_on_card=" % (R.randint(1, 12), R.randint(25, 30)))
        b.p(full(p).upper(), "name").t(", zip=").p(p.zip[:5], "zip").t("} <-- PCI: remove debug logging (INC0049211)")
    return [b]


def fleet():
    t = tick(1, 50)
    b = B("fleet")
    tr = R.choice(TRUCKS)
    vin = FLEETVIN[tr]
    b.t("ts=%s src=samsara vehicle=%s vin=%s plate=PA-%s lat=%.5f lon=%.5f speed_mph=%d heading=%d odo_mi=%d engine=%s gen_kw=%.1f cab_temp_f=%.1f"
        % (iso(t, ms=False), tr, vin, FLEETPLATE[tr], R.uniform(39.8, 40.6), R.uniform(-77.4, -76.1), R.randint(0, 66),
           R.randint(0, 359), R.randint(80000, 240000), R.choice(["on", "on", "idle", "off"]),
           R.uniform(0, 38), R.uniform(58, 76)))
    return [b]


FLEETVIN = {tr: mk_vin(R.choice(["1FV", "3AL", "1HT"])) for tr in TRUCKS}
FLEETPLATE = {tr: "ZH%05d" % R.randint(10000, 99999) for tr in TRUCKS}


def litho_sched():
    t = tick()
    out = []
    if R.random() < 0.15:
        b = B("litho_sched")
        b.t("sched_date,truck,hospital_code,slot,case_id,patient,mrn,dob,side,stone_mm,location,urologist,status")
        out.append(b)
    n = R.randint(1, 3)
    d = rdate(1, 14)
    tr = R.choice(TRUCKS)
    h = R.choice(HOSP)
    for i in range(n):
        p = pt()
        dr = R.choice(STAFF[:4])
        b = B("litho_sched")
        b.p(d.isoformat(), "date").t(",%s,%s,%02d:%s," % (tr, h[0], 7 + i, R.choice(["00", "30"])))
        b.p("LC-%s-%s" % (t.strftime("%y%m"), digits(4)), "other_id").t(',"').p("%s, %s" % (p.last, p.first), "name").t('",')
        b.p(p.mrn, "mrn").t(",").p(p.dob.strftime("%m/%d/%Y"), "date")
        b.t(",%s,%d,%s,Dr. %s,%s" % (R.choice(["L", "R"]), R.randint(4, 18), R.choice(["renal pelvis", "lower pole", "prox ureter", "UPJ"]),
                                     dr[1], R.choice(["CONFIRMED", "TENTATIVE", "CONFIRMED", "PREAUTH_PENDING"])))
        out.append(b)
    return out


def lithotripter():
    t = tick(1, 30)
    b = B("lithotripter")
    sn = R.choice(["DLT3-SN4471", "DLT3-SN5190", "SLXF2-0822"])
    k = R.random()
    head = "%s %-12s" % (t.strftime("%Y%m%d %H%M%S"), sn)
    if k < 0.55:
        b.t(head + "%-8s%-40s" % (R.choice(["CAL", "SELFTST", "COOLANT", "XRAY"]),
                                   R.choice(["WATER CUSHION 37.0C OK", "KV CAL 14.0-24.0 PASS", "C-ARM DOSE AREA 0.41 Gy*cm2",
                                             "DEGAS CYCLE COMPLETE 12m", "COUPLING PRESSURE 1.02 bar"])))
        return [b]
    p = pt()
    b.t(head + "%-8s" % "TREAT").t("PTID=").p(p.mrn, "mrn")
    b.t(" SHK=%05d KV=%4.1f RATE=%d/min EL=P%d SIDE=%s" % (R.randint(200, 3500), R.uniform(14, 24), R.choice([60, 90, 120]),
                                                           R.randint(1, 6), R.choice(["L", "R"])))
    if R.random() < 0.4:
        b.t(" NAME=").p(("%s^%s" % (p.last, p.first)).upper(), "name")
    return [b]


def semen_lis():
    t = tick()
    b = B("semen_lis")
    p = pt()
    vas = rdate(-120, -60)
    coll = datetime.combine(rdate(-5, -1), datetime.min.time()) + timedelta(minutes=R.randint(420, 700))
    res = R.choice([("NONE SEEN", "0", "Azoospermic - clearance criteria met"),
                    ("RARE NON-MOTILE <100K/mL", "0", "RNMS - meets AUA clearance"),
                    ("0.4 M/mL", "12", "NOT CLEAR - repeat in 6 wks, use contraception")])
    b.t("SA|ACC=").p("AND%s-%s" % (t.strftime("%y"), digits(5)), "other_id").t("|MRN=").p(p.mrn, "mrn")
    b.t("|PT=").p("%s,%s" % (p.last.upper(), p.first.upper()), "name")
    b.t("|COLL=").p(coll.strftime("%Y-%m-%d %H:%M"), "date").t("|RCVD_MIN=%d|VAS_DT=" % R.randint(15, 70)).p(vas.isoformat(), "date")
    if R.random() < 0.4:
        b.t("|KIT=").p("SAK" + digits(8), "other_id")
    b.t("|VOL=%.1fmL|SPERM=%s|MOTILE_PCT=%s|INTERP=%s|TECH=%s|VERIF=%s" % (R.uniform(0.8, 4.5), res[0], res[1], res[2],
                                                                      R.choice(["rmartz", "jnolt"]), R.choice(["pdeshmukh", "afeldstein"])))
    return [b]


def esign():
    t = tick()
    b = B("esign")
    p = pt()
    k = R.random()
    env = uuid()
    if k < 0.25:
        jobj(b, [("event", "envelope-sent"), ("apiVersion", "v2.1"), ("uri", "/restapi/v2.1/accounts/%s/envelopes/%s" % (uuid(), env)),
                 ("retryCount", 0), ("configurationId", R.randint(10000000, 19999999)), ("generatedDateTime", iso(t)),
                 ("data", O(("envelopeId", env), ("templateName", "KUP Vasectomy Informed Consent v4.2"),
                            ("sender", "consents@kup-uro.com")))])
        return [b]
    recips = [O(("name", full(p), "name"), ("email", p.email, "email"), ("roleName", "Patient"),
                ("status", "completed"), ("signedDateTime", iso(t - timedelta(minutes=R.randint(1, 30)))),
                ("clientIPAddress", p.ip, "ip"))]
    if R.random() < 0.6:
        pe = "%s.%s@%s" % (ascii_fold(p.partner), ascii_fold(p.partner_last.replace(" ", "").replace("'", "")), R.choice(EMAILDOM))
        recips.append(O(("name", "%s %s" % (p.partner, p.partner_last), "name"), ("email", pe, "email"),
                        ("roleName", "Partner Acknowledgment (optional)"), ("status", R.choice(["completed", "sent", "declined"]))))
    jobj(b, [("event", "envelope-completed"), ("apiVersion", "v2.1"), ("generatedDateTime", iso(t)),
             ("data", O(("envelopeId", env), ("templateName", "KUP Vasectomy Informed Consent v4.2"),
                        ("customFields", O(("mrn", p.mrn, "mrn"), ("procedure_date", rdate(3, 30).isoformat(), "date"),
                                           ("consent_url", "https://consent.kup-uro.com/v/%s?mrn=%s" % (env, p.mrn), "url"))),
                        ("recipients", O(("signers", recips)))))], ea=True)
    return [b]


def x12_837():
    t = tick()
    p = pt()
    dr = R.choice(STAFF[:4])
    svc = rdate(-20, -1)
    ctl = digits(9)
    segs = []

    def seg(fn):
        b = B("x12_837")
        fn(b)
        segs.append(b)

    seg(lambda b: b.t("ISA*00*          *00*          *ZZ*KUPUROLOGY     *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    seg(lambda b: b.t("GS*HC*KUPUROLOGY*AVAILITY*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1000, 9999))))
    seg(lambda b: b.t("ST*837*0001*005010X222A1~"))
    seg(lambda b: b.t("BHT*0019*00*%s*%s*%s*CH~" % (digits(10), t.strftime("%Y%m%d"), t.strftime("%H%M"))))
    seg(lambda b: b.t("NM1*85*2*KEYSTONE UROLOGY PARTNERS PC*****XX*%s~" % mk_npi()))
    seg(lambda b: b.t("N3*4300 LINGLESTOWN RD STE 200~"))
    seg(lambda b: b.t("N4*HARRISBURG*PA*171126014~"))
    seg(lambda b: b.t("REF*EI*231874562~"))
    seg(lambda b: b.t("SBR*P*18*%s******%s~" % (p.group, "MB" if p.payer_code == "MCR" else "CI")))
    seg(lambda b: b.t("NM1*IL*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*").p(p.member, "health_plan").t("~"))
    seg(lambda b: b.t("N3*").p(p.street.upper(), "address").t("~"))
    seg(lambda b: b.t("N4*").p(p.city.upper(), "address").t("*PA*").p(p.zip.replace("-", ""), "zip").t("~"))
    seg(lambda b: b.t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*M~"))
    seg(lambda b: b.t("NM1*PR*2*%s*****PI*%s~" % (p.payer.upper(), R.choice(["54771", "SB865", "00901", "60054", "12502"]))))
    cpt = R.choice([("50590", "N2001"), ("55250", "Z302"), ("89321", "Z9852"), ("84153", "R972")])
    seg(lambda b: b.t("CLM*").p("%s%s" % (p.mrn[1:], digits(3)), "account").t("*%d.00***%s:B:1*Y*A*Y*Y~" % (R.randint(90, 4200), R.choice(["11", "22", "02"]))))
    seg(lambda b: b.t("HI*ABK:%s~" % cpt[1]))
    seg(lambda b: b.t("NM1*82*1*%s*%s****XX*%s~" % (dr[1].upper(), dr[0].upper(), mk_npi())))
    seg(lambda b: b.t("LX*1~"))
    seg(lambda b: b.t("SV1*HC:%s*%d.00*UN*1***1~" % (cpt[0], R.randint(90, 4200))))
    seg(lambda b: b.t("DTP*472*D8*").p(svc.strftime("%Y%m%d"), "date").t("~"))
    seg(lambda b: b.t("SE*%d*0001~" % 20))
    return segs


def fhir():
    t = tick()
    p = pt()
    b = B("fhir")
    if R.random() < 0.75:
        eff = datetime.combine(rdate(-30, -1), datetime.min.time()) + timedelta(minutes=R.randint(420, 900))
        jobj(b, [("resourceType", "Observation"), ("id", "obs-" + hexs(12)),
                 ("meta", O(("versionId", "1"), ("lastUpdated", iso(t, z="+00:00")))), ("status", "final"),
                 ("category", [O(("coding", [O(("system", "http://terminology.hl7.org/CodeSystem/observation-category"), ("code", "laboratory"))]))]),
                 ("code", O(("coding", [O(("system", "http://loinc.org"), ("code", "2857-1"), ("display", "Prostate specific Ag [Mass/volume] in Serum or Plasma"))]))),
                 ("subject", O(("reference", S("Patient/", (p.mrn, "mrn"))), ("display", full(p), "name"))),
                 ("effectiveDateTime", eff.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
                 ("valueQuantity", O(("value", round(R.uniform(0.2, 14), 2)), ("unit", "ng/mL"), ("system", "http://unitsofmeasure.org"), ("code", "ng/mL"))),
                 ("performer", [O(("reference", "Organization/quest-mid-atlantic"))])], ea=False)
    else:
        jobj(b, [("resourceType", "Patient"), ("id", p.mrn, "mrn"),
                 ("identifier", [O(("system", "urn:oid:2.16.840.1.113883.3.9921.1"), ("value", p.mrn, "mrn")),
                                 O(("system", "http://hl7.org/fhir/sid/us-mbi" if p.payer_code == "MCR" else "urn:kup:member"), ("value", p.member, "health_plan"))]
                  + ([O(("system", "http://hl7.org/fhir/sid/us-ssn"), ("value", p.ssn, "ssn"))] if R.random() < 0.4 else [])),
                 ("name", [O(("family", p.last, "name"), ("given", [(p.first, "name")]))]),
                 ("gender", "male"), ("birthDate", p.dob.isoformat(), "date"),
                 ("telecom", [O(("system", "phone"), ("value", fmt_phone(p.phone, 0), "phone"), ("use", "mobile"))]),
                 ("address", [O(("line", [(p.street, "address")]), ("city", p.city, "address"), ("state", "PA"), ("postalCode", p.zip, "zip"))]),
                 ("contact", [O(("relationship", [O(("text", "spouse"))]), ("name", O(("text", "%s %s" % (p.partner, p.partner_last), "name"))),
                                ("telecom", [O(("system", "phone"), ("value", fmt_phone(p.ec_phone, 1), "phone"))]))])], ea=False)
    return [b]


def java_trace():
    t = tick()
    out = []
    p = pt()
    tr = R.choice(TRUCKS)
    h = R.choice(HOSP)
    case = "LC-%s-%s" % (t.strftime("%y%m"), digits(4))
    b = B("java_trace")
    b.t("%s ERROR 1 --- [nio-8080-exec-%d] c.k.litho.sched.SlotAllocator : Slot allocation failed traceId=%s spanId=%s"
        % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(1, 12), hexs(32), hexs(16)))
    out.append(b)
    b = B("java_trace")
    k = R.random()
    if k < 0.6:
        b.t("com.kup.litho.sched.SlotConflictException: truck %s double-booked at %s for case " % (tr, h[0])).p(case, "other_id")
        b.t(" (patient ").p(p.mrn, "mrn").t(", procedure ").p(rdate(1, 10).isoformat(), "date").t(")")
    else:
        b.t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_truck_day_slot]")
    out.append(b)
    for fr in R.sample(["at com.kup.litho.sched.SlotAllocator.allocate(SlotAllocator.java:214)",
                        "at com.kup.litho.sched.SlotAllocator.lambda$rebalance$3(SlotAllocator.java:171)",
                        "at com.kup.litho.api.BookingController.book(BookingController.java:88)",
                        "at org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:392)",
                        "at jdk.internal.reflect.GeneratedMethodAccessor212.invoke(Unknown Source)",
                        "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)"], R.randint(3, 5)):
        b = B("java_trace")
        b.t("\t" + fr)
        out.append(b)
    b = B("java_trace")
    b.t("\t... %d common frames omitted" % R.randint(40, 90))
    out.append(b)
    return out


def syslog():
    t = tick(1, 30)
    b = B("syslog")
    ts = t.strftime("%b %e %H:%M:%S")
    k = R.randint(0, 5)
    if k == 0:
        b.t("%s kup-app01 sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" %
            (ts, R.randint(1000, 60000), R.randint(2, 250), R.randint(30000, 65000), hexs(20)))
    elif k == 1:
        b.t("%s psa-job-0 CRON[%d]: (svc_psa) CMD (/opt/psa-tracker/bin/run --window=7d >> /var/log/psa/run.log 2>&1)" % (ts, R.randint(1000, 60000)))
    elif k == 2:
        b.t("%s edge-fw01 filterlog[%d]: 5,,,1000000103,igb0,match,block,in,4,0x0,,242,54321,0,none,6,tcp,40,%s,203.0.113.%d,%d,443,0,S,%d,,1024,,"
            % (ts, R.randint(100, 999), R.choice(["45.155.205.233", "80.82.77.139", "162.142.125.9"]), R.randint(1, 40),
               R.randint(1024, 65000), R.randint(10 ** 8, 10 ** 9)))
    elif k == 3:
        b.t("%s mail01 postfix/smtp[%d]: %s: to=<claims-edi@availity.com>, relay=mx.availity.com[%s]:25, delay=%.1f, status=sent (250 2.0.0 OK)"
            % (ts, R.randint(1000, 60000), hexs(10).upper(), "208.87.103.%d" % R.randint(1, 254), R.uniform(0.2, 4)))
    elif k == 4:
        b.t("%s litho-sched-01 kernel: [%d.%06d] nvme0n1: p1 p2 p3" % (ts, R.randint(100, 90000), R.randint(0, 999999)))
    else:
        b.t("%s kup-app02 systemd[1]: Started urochart-worker@%d.service - UroChart async worker." % (ts, R.randint(1, 8)))
    return [b]


def pg_log():
    t = tick(1, 60)
    b = B("pg_log")
    b.t("%s EST [%d] urochart@uro LOG:  duration: %.3f ms  statement: " % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(1000, 90000), R.uniform(500, 9000)))
    k = R.random()
    if k < 0.3:
        b.t("SELECT truck_id, count(*) FROM litho_case WHERE sched_date BETWEEN '2024-03-01' AND '2024-03-31' GROUP BY truck_id")
        return [b]
    p = pt()
    if k < 0.55:
        b.t("SELECT r.value, r.drawn_on FROM psa_result r WHERE r.mrn = '").p(p.mrn, "mrn").t("' AND r.drawn_on >= '2019-01-01' ORDER BY r.drawn_on")
    elif k < 0.8:
        b.t("UPDATE patient SET phone_mobile = '").p(fmt_phone(p.phone, 1), "phone").t("', last_name = '")
        b.p(p.last.replace("'", "''"), "name", p.last).t("' WHERE mrn = '").p(p.mrn, "mrn").t("'")
    else:
        b.t("INSERT INTO sa_followup (mrn, vas_date, kit_barcode, created_by) VALUES ('").p(p.mrn, "mrn").t("', '")
        b.p(rdate(-90, -30).isoformat(), "date").t("', '").p("SAK" + digits(8), "other_id").t("', '%s')" % R.choice(["kalbright", "nesh"]))
    return [b]


def staff_chat():
    t = tick()
    b = B("staff_chat")
    u = R.choice(["mferreira", "lbeltran", "kalbright", "gyoder", "dkowalski", "driver.tjones"])
    k = R.randint(0, 5)
    p = pt()
    if k == 0:
        txt = S("%s running ~40 min late out of %s, traffic on 83. pls tell the OR" % (R.choice(TRUCKS), R.choice(HOSP)[1]))
    elif k == 1:
        txt = S("moved ", (full(p), "name"), " (", (p.mrn, "mrn"), ") to 1:30 at ", R.choice(HOSP)[0], ", wife can't drive him before noon")
    elif k == 2:
        txt = S("generator on LT-03 threw fault 0x1F again, called Dornier field svc, ticket CS-%s" % digits(6))
    elif k == 3:
        txt = S("anyone know why ", (p.first, "name"), " ", (p.last, "name"), " got two PSA reminders? he called upset, # is ",
                (fmt_phone(p.phone, 3), "phone"))
    elif k == 4:
        txt = S("returned pkg for ", ("%s %s" % (p.first[0], p.last), "name"), " - addr on file is ", (p.street, "address"),
                " but he moved to ", (p.city, "address"), ", ugh. reshipping")
    else:
        txt = S("lunch order in the break room, thanks Dr. %s!" % R.choice(STAFF[:4])[1])
    jobj(b, [("type", "message"), ("channel", R.choice(["#litho-dispatch", "#pharmacy-ops", "#front-desk-hbg"])), ("user", u),
             ("ts", "%d.%06d" % (int(epoch(t)), R.randint(0, 999999))), ("text", txt),
             ("client_msg_id", uuid())], ea=True)
    return [b]


def tel_note():
    t = tick()
    b = B("tel_note")
    p = pt_old()
    s = R.choice([STAFF[4], STAFF[10], STAFF[11]])
    b.t("[TEL NOTE %s] %s %s, %s: " % (t.strftime("%m/%d/%Y %H:%M"), s[0][0] + ".", s[1], s[2]))
    k = R.randint(0, 3)
    if k == 0:
        b.t("Spoke w/ pt's wife (").p(p.partner, "name").t(") re post-vas SA kit ").p("SAK" + digits(8), "other_id")
        b.t(". Vas done ").p(rdate(-90, -60).strftime("%-m/%-d"), "date").t(". Reviewed collection instructions, ok to leave msg at ")
        b.p(fmt_phone(p.ec_phone, 1), "phone").t(".")
    elif k == 1:
        b.t("Pt ").p(full(p), "name").t(" called, flank pain 6/10 since yesterday, known 7mm L prox ureteral stone. Advised ED if fever >101. ")
        b.t("ESWL on truck scheduled ").p(rdate(1, 6).strftime("%m/%d"), "date").t(".")
    elif k == 2:
        b.t("Returned call to ").p(p.first, "name").t(" re ")
        b.t("PSA %.1f discussed, wants MRI before bx. Sched w/ Dr. %s. Cb # " % (R.uniform(4, 12), R.choice(STAFF[:4])[1]))
        b.p(fmt_phone(p.phone, 0), "phone").t(".")
    else:
        b.t("LVM for pt (DOB ").p(p.dob.strftime("%m/%d/%Y"), "date").t(") re: Rx ").p("RX" + digits(7), "other_id")
        b.t(" on hold, insurance needs PA.")
        if p.age > 89:
            b.t(" Pt is ").p(str(p.age), "age").t(" yo, son ").p(R.choice(FIRST), "name").t(" handles meds.")
    return [b]


def rpm_ingest():
    t = tick(1, 40)
    b = B("rpm_ingest")
    p = pt()
    mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    b.t("%s rpm-ingest INFO upload device=uroflow-home model=\"Minze HomeFlow\" sn=" % iso(t))
    b.p("HF" + digits(7), "device").t(" ble_mac=").p(mac, "device").t(" mrn=").p(p.mrn, "mrn")
    b.t(" voids=%d qmax_ml_s=%.1f vvol_ml=%d fw=3.2.%d" % (R.randint(1, 6), R.uniform(6, 25), R.randint(120, 480), R.randint(0, 9)))
    return [b]


def parking():
    t = tick(1, 60)
    b = B("parking")
    p = pt()
    b.t("%s lpr lane=%d site=HBG-GARAGE event=entry plate=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 3)))
    b.p(p.plate, "vehicle").t(" state=PA conf=%.2f validation=URO-APPT appt_ref=" % R.uniform(0.8, 0.99)).p(p.mrn, "mrn")
    return [b]


def deploy():
    t = tick(1, 60)
    b = B("deploy")
    k = R.randint(0, 3)
    if k == 0:
        b.t("time=\"%s\" level=info msg=\"sync operation to %s succeeded\" app=%s dest-namespace=prod revision=%s"
            % (iso(t, ms=False), hexs(7), R.choice(["tele-api", "litho-sched", "psa-tracker"]), hexs(40)))
    elif k == 1:
        b.t("%s kubelet I0311 %s  Pulling image \"ghcr.io/kup-uro/tele-api:2.14.%d@sha256:%s\"" % (t.strftime("%H:%M:%S"), t.strftime("%H:%M:%S.%f"), R.randint(1, 5), hexs(64)))
    elif k == 2:
        b.t("::notice file=src/sched/slot.ts,line=%d:: build #%d passed in %dm%ds (runner gh-runner-%d, node 20.11.1)" % (R.randint(1, 400), R.randint(1800, 2300), R.randint(2, 9), R.randint(0, 59), R.randint(1, 4)))
    else:
        b.t("%s WARN cert-manager: certificate tele-kup-uro-com expires in %d days (issuer letsencrypt-prod, serial %s)"
            % (iso(t), R.randint(5, 29), hexs(36)))
    return [b]


SYSTEMS = [(ehr_audit, 11), (hl7_oru, 1.1), (hl7_siu, 1.2), (psa_tracker, 8), (sms_gw, 7), (nginx, 10), (tele_ed, 7),
           (surescripts, 2), (pharm_ship, 4), (payments, 5), (fleet, 15), (litho_sched, 2.5), (lithotripter, 7),
           (semen_lis, 3), (esign, 3), (x12_837, 0.5), (fhir, 3), (java_trace, 1.2), (syslog, 30), (pg_log, 4),
           (staff_chat, 4), (tel_note, 3), (rpm_ingest, 2), (parking, 2), (deploy, 14)]


def main():
    N = 500
    lines = []
    fns = [f for f, w in SYSTEMS]
    ws = [w for f, w in SYSTEMS]
    while len(lines) < N:
        f = R.choices(fns, ws)[0]
        ev = f()
        if len(lines) + len(ev) > N:
            continue
        lines.extend(ev)
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for i, b in enumerate(lines, 1):
            lb = bytes(b.buf)
            if b"\n" in lb or b"\r" in lb or not lb:
                raise SystemExit("bad line %d" % i)
            lb.decode("utf-8")
            prev = 0
            spans = []
            for (s, e, cat, emitted, meant) in sorted(b.spans):
                if not (0 <= s < e <= len(lb)):
                    raise SystemExit("span bounds line %d" % i)
                if s < prev:
                    raise SystemExit("overlap line %d" % i)
                prev = e
                got = lb[s:e].decode("utf-8")
                okvals = {meant, jesc(meant, True), jesc(meant, False), urllib.parse.quote(meant, safe=""),
                          meant.replace("'", "''")}
                if got != emitted or got not in okvals:
                    raise SystemExit("span text mismatch line %d: %r vs %r" % (i, got, meant))
                if got != got.strip() or not got:
                    raise SystemExit("span whitespace line %d: %r" % (i, got))
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(lb + b"\n")
            fj.write(json.dumps({"line": i, "family": b.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
