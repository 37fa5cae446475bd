#!/usr/bin/env python3
"""Synthetic labeled log corpus "os": Sagebrush Trails Wilderness Therapy
(field program, Loa UT) and its sister therapeutic boarding school Cedar Hollow
Academy.  Students are the patients; parents/guardians/grandparents/emergency
contacts are their relatives.  Field instructors, therapists, nurses,
admissions reps, transport agents and education consultants are staff or
vendors.

Writes os.log (500 lines) and os.labels.jsonl in the current directory.
Standard library only, fixed seed, byte-identical across runs.

Systems simulated (family names in the labels)
  sfdc_debug    Salesforce Apex debug log (admissions CRM: Lead / Inquiry trigger)
  sfdc_event    Salesforce platform events (Admission_Inquiry__e) as CometD JSON
  intake_pdf    intake packet PDF form-field extraction JSON (one field group a line)
  medsync       field tablet offline MAR sync log (Android logcat style)
  sqlite_dump   SQLite .dump of the tablet MAR database
  inreach       Garmin inReach-like IPC outbound JSON (team messengers, GPS fixes)
  iridium_sbd   Iridium SBD gateway key=value log (MO messages, CEP, lat/lon)
  incident      incident report system (pipe-delimited one-line reports)
  zoom_webhook  Zoom webhooks for weekly parent calls
  kipu_json     EHR (Kipu-like) note export JSON
  hl7_mdm       HL7 v2.5 MDM^T02 therapist notes (one segment a line)
  billing_csv   insurance claim CSV and education-consultant invoice CSV
  x12_837       X12 837P professional claim (one segment a line)
  transport     secure transport vendor log (pipe key=value)
  django        Django app log with tracebacks (admissions portal)
  celery        Celery worker log
  winston       Node family-portal JSON logs (winston)
  nginx         Nginx combined access log
  postgres      PostgreSQL server log
  gws_audit     Google Workspace Admin SDK activity JSON

Labeling decisions
  * Student (patient) and relative identifiers are PHI; staff, therapists,
    nurses, field instructors, transport agents, education consultants,
    payers, the organisation, its sites, phones, fax, emails, IPs and
    addresses are not.
  * Program student IDs (BT-2xxxx) and Kipu MR numbers (MR-2024-xxxx) are
    `mrn`.  Admissions inquiry IDs (INQ-...), incident numbers that are about
    one student (INC-...), transport job numbers (TRN-...) and Salesforce
    record IDs are NOT all the same: INQ- and INC- and TRN- numbers and
    consultant placement/referral codes (REF-...) identify one student's
    case -> `other_id`; Salesforce 15/18-char record IDs, Kipu casefile UUIDs,
    Zoom meeting IDs are system surrogate keys -> not labeled.
  * Claim patient account numbers (CLM01, "acct") -> `account`; full card
    PANs -> `account`; masked cards (last 4) are not labeled; payer group
    numbers are not labeled (employer groups); member/subscriber IDs and
    Medicaid IDs -> `health_plan`.
  * GPS: routine group check-ins from team messengers give the location of
    a field group (an organisation site at work) -> not labeled.  When a
    message is about one named/identified student (evac, runaway, injury)
    its coordinates are a geocode of that person -> each of lat and lon is
    an `address` span.
  * Team inReach/Iridium IMEIs are organisation devices -> not labeled.  A
    student's own phone IMEI logged at property intake -> `device`.
  * Dates tied to a student: DOB, admit/discharge, service dates,
    medication given-at datetimes, incident dates written in the report,
    parent-call appointment start times -> `date` (whole datetime value one
    span).  Log record timestamps are never labeled.
  * Ages: students 12-17 are not labeled; a grandparent over 89 is `age`.
  * Student Google Workspace emails (@students.cedarhollow.org) -> `email`;
    student logins from the school egress IP are org IPs -> not labeled.
    Parent home IPs in portal logs -> `ip`.
  * Full URLs that carry a student id -> one `url` span; in a bare request
    path only the identifier inside is labeled (as `mrn`).
  * Parent driver's licence at custody transfer -> `license`; parent car
    plate / VIN -> `vehicle`; the transport vendor's own vans (plates, VINs)
    are not labeled.
  * Initials alone and first names used inside staff shorthand ("grp
    Juniper") are not labeled; a first initial + surname is a `name`.
  * Diagnosis codes, medications, lot numbers are not identifiers.
  * Base64 student photo from the intake packet -> `photo`.
"""
import unicodedata
import json
import random
import datetime as dt

SEED = 20240611
R = random.Random(SEED)
N_LINES = 500

# --------------------------------------------------------------- helpers

def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def imei(prefix):
    body = prefix + "".join(R.choice("0123456789") for _ in range(14 - len(prefix)))
    return body + luhn_digit(body)


def card():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("KLMNPR") + R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def asc(s):
    return unicodedata.normalize("NFKD", s.replace("ø", "o").replace("Ø", "O")).encode("ascii", "ignore").decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def sfid(prefix):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "5e00000" + "".join(R.choice(chars) for _ in range(8))


class L:
    """A line built from plain text and labeled (value, cat) parts."""

    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, v, cat):
        if cat is None:
            return self.t(v)
        b = v.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append({"s": s, "e": len(self.buf), "cat": cat, "_v": v})
        return self

    def add(self, parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


def line(family, *parts):
    return L(family).add(parts)


# JSON builder: leaves may be (str, cat) -> labeled string, or
# Num(str, cat) -> labeled raw number.
class Num:
    def __init__(self, v, cat=None):
        self.v, self.cat = v, cat


def jparts(o, sep=(",", ":"), ascii_=False):
    out = []
    if isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k) + sep[1])
            out.extend(jparts(v, sep, ascii_))
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out.extend(jparts(v, sep, ascii_))
        out.append("]")
    elif isinstance(o, tuple):
        v, cat = o
        out.extend(['"', (json.dumps(v, ensure_ascii=ascii_)[1:-1], cat), '"'])
    elif isinstance(o, Num):
        out.append((o.v, o.cat) if o.cat else o.v)
    else:
        out.append(json.dumps(o, ensure_ascii=ascii_))
    return out


def jline(family, obj, sep=(",", ":"), ascii_=False):
    return L(family).add(jparts(obj, sep, ascii_))


def kvparts(pairs, quote_all=False, sep=" "):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + "=")
        if isinstance(v, tuple):
            val, cat = v
            q = quote_all or (sep == " " and (" " in val or "," in val))
            out.extend(['"', (val, cat), '"'] if q else [(val, cat)])
        else:
            v = str(v)
            q = quote_all or (sep == " " and " " in v)
            out.append('"%s"' % v if q else v)
    return out


# --------------------------------------------------------------- world

ORG = "Sagebrush Trails Wilderness Therapy"
ORG_ADDR = ("2150 N Basin Rd", "Loa", "UT", "84747")
ORG_PHONE = "435-836-2200"
ORG_FAX = "435-836-2291"
ORG_NPI = npi()
TH_NPI = {}
ORG_TIN = "87-3192044"
SCHOOL = "Cedar Hollow Academy"
EGRESS_IP = "198.51.100.34"
SERVER_IPS = ["34.212.87.140", "52.41.9.203", "10.40.2.15", "10.40.2.16"]

THERAPISTS = [("Helen Ashby", "LCSW", "h.ashby"), ("Marcus Oyelaran", "PhD", "m.oyelaran"),
              ("Renata Solís", "LMFT", "r.solis"), ("Graham Pike", "LCMHC", "g.pike")]
NURSES = [("Carla Mendez", "RN"), ("Dewey Tallbear", "RN"), ("Anneliese Koch", "LPN")]
FIELD = ["Jordan Pike", "Sky Harmon", "Tess Whitaker", "Bo Lindgren", "Kenji Arata",
         "Marisol Vega", "Caleb Stone", "Wren Ashdown"]
GROUPS = ["Juniper", "Kestrel", "Basin", "Aspen", "Sego"]
CONSULTANTS = [("Karen Whitlock", "Whitlock Educational Partners"),
               ("Dev Banerjee", "Northstar Placement Advisors"),
               ("Lorraine Obi", "Summit Family Consulting")]
ADMISSIONS = ["Tyler Brandt", "Jess Moreau", "Priyanka Shah"]
TRANSPORT_AGENTS = ["T. Gaines", "M. Okafor", "R. Delacroix", "S. Feld", "A. Kowalczyk"]
MEDS = [("Sertraline", "50 mg", "PO"), ("Fluoxetine", "20 mg", "PO"), ("Guanfacine ER", "2 mg", "PO"),
        ("Methylphenidate ER", "36 mg", "PO"), ("Lamotrigine", "100 mg", "PO"),
        ("Melatonin", "3 mg", "PO"), ("Cetirizine", "10 mg", "PO"), ("Ibuprofen", "400 mg", "PO PRN"),
        ("Albuterol HFA", "2 puffs", "INH PRN"), ("Aripiprazole", "5 mg", "PO")]
DX = ["F33.1", "F41.1", "F90.2", "F43.10", "F32.A", "F12.20", "F91.3", "F50.02"]
PAYERS = [("Anthem Blue Cross", "BCBS", "XOF"), ("Aetna", "AETNA", "W"), ("UnitedHealthcare", "UHC", ""),
          ("Cigna", "CIGNA", "U"), ("Regence BlueShield", "REGBS", "ZGR")]

STUDENTS_RAW = [
    ("Maya", "J", "Okonkwo-Reyes", "F", ("4471 Wren Hollow Dr", "Lakewood", "CO", "80226"),
     ("Adaeze Okonkwo", "Luis Reyes")),
    ("Rowan", "E", "Castle", "M", ("1184 Larkspur Ln", "Boulder", "CO", "80304"),
     ("Deborah Castle", "Neil Castle")),
    ("Xóchitl", "", "Ramírez Guzmán", "F", ("309 Calle Alegre", "Santa Fe", "NM", "87505"),
     ("Inés Guzmán de Ramírez", "Arturo Ramírez")),
    ("Finn", "A", "Lindqvist", "M", ("77 Shore Acres Rd", "Mercer Island", "WA", "98040"),
     ("Karin Lindqvist", "Erik Lindqvist")),
    ("Theo", "", "Marsh", "M", ("2610 Alder Ct Apt 3B", "Bend", "OR", "97702"),
     ("Summer Marsh", "")),
    ("Jae-won", "", "Park", "M", ("15 Briarcliff Way", "Irvine", "CA", "92614"),
     ("Min-ji Park", "Sung-ho Park")),
    ("Ivy", "Rose", "Fairchild", "F", ("9 Old Mill Rd", "Greenwich", "CT", "06831"),
     ("Caroline Fairchild-Hale", "Robert Hale")),
    ("Declan", "", "MacAskill", "M", ("5202 E Saguaro Vista", "Scottsdale", "AZ", "85254"),
     ("Fiona MacAskill", "Angus MacAskill")),
    ("Noor", "", "Haddad", "F", ("840 Sycamore Ave", "Dearborn", "MI", "48124"),
     ("Rania Haddad", "Samir Haddad")),
    ("Hunter", "", "Story", "M", ("418 County Rd 12", "Hamilton", "MT", "59840"),
     ("June Story", "")),
    ("Willow", "", "Stone", "F", ("66 Bell St", "Austin", "TX", "78704"),
     ("Grace Stone", "Bishop Stone")),
    ("Søren", "", "Åberg-Lund", "M", ("1201 Lakeview Ter", "Minnetonka", "MN", "55305"),
     ("Lise Åberg", "Per Lund")),
    ("Aaliyah", "", "Mansour", "F", ("3300 Peachtree Rd NE Unit 1402", "Atlanta", "GA", "30326"),
     ("Dana Mansour", "")),
    ("Mateo", "", "de la Cruz Villanueva", "M", ("27 Vista del Sol", "Chula Vista", "CA", "91910"),
     ("Lucía Villanueva", "Ramón de la Cruz")),
    ("Sloane", "", "Winter", "F", ("5 Heron Pointe", "Hilton Head Island", "SC", "29928"),
     ("Margot Winter", "Clay Winter")),
]

EMAIL_DOMAINS = ["gmail.com", "icloud.com", "yahoo.com", "outlook.com", "comcast.net", "me.com"]


def mkphone():
    area = R.choice(["303", "720", "505", "206", "541", "949", "203", "480", "313", "406", "512",
                     "952", "404", "619", "843", "801"])
    return area + "%03d%04d" % (R.randint(201, 989), R.randint(100, 9999))


def fmt_phone(p, style=None):
    style = style if style is not None else R.randint(0, 4)
    a, b, c = p[:3], p[3:6], p[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c), "%s%s%s" % (a, b, c)][style]


def email_for(name):
    parts = name.lower().replace("'", "").split()
    f, l = parts[0], parts[-1]
    form = R.randint(0, 3)
    local = [f + "." + l, f[0] + l + str(R.randint(2, 99)), f + l[0] + str(R.randint(60, 99)), l + "." + f][form]
    local = local.encode("ascii", "ignore").decode() if False else local
    trans = str.maketrans("áéíóúñåøöü", "aeiounaoou")
    return local.translate(trans) + "@" + R.choice(EMAIL_DOMAINS)


STUDENTS = []
for i, (fn, mi, ln, sex, addr, parents) in enumerate(STUDENTS_RAW):
    y = R.randint(2007, 2011)
    dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    adm = dt.date(2024, R.randint(3, 6), R.randint(1, 28))
    if adm > dt.date(2024, 6, 9):
        adm = dt.date(2024, 6, R.randint(1, 8))
    payer = R.choice(PAYERS)
    mem = payer[2] + "".join(R.choice("0123456789") for _ in range(9 if payer[2] else 11))
    rels = []
    for j, pn in enumerate(parents):
        if pn:
            rels.append({"name": pn, "rel": ["Mother", "Father"][j] if j < 2 else "Guardian",
                         "phone": mkphone(), "email": email_for(pn),
                         "ip": "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 67, 71, 108, 50]),
                                                 R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)),
                         "dl": R.choice(["%s-%03d-%04d" % ("%02d" % R.randint(10, 99), R.randint(0, 999), R.randint(0, 9999)),
                                         "%s%07d" % (R.choice("ABDFHKLMSW"), R.randint(0, 9999999)),
                                         "%09d" % R.randint(0, 999999999)]),
                         "plate": "%s%s%s-%03d" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                                   R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 999)),
                         "vin": vin(R.choice(["1FM", "5YJ", "JTD", "1HG", "4T1", "WBA", "2T3"]))})
    first_full = fn + (" " + mi if mi and len(mi) > 1 else "")
    STUDENTS.append({
        "first": fn, "mi": mi, "last": ln, "sex": sex, "dob": dob, "adm": adm,
        "full": fn + " " + ln, "first_full": first_full,
        "addr": addr, "sid": "BT-24%03d" % (101 + i * 7 + R.randint(0, 5)),
        "mr": "MR-2024-%04d" % R.randint(100, 1999), "inq": "INQ-%06d" % R.randint(20000, 99999),
        "ssn": ssn(), "payer": payer, "member": mem, "grp": "%06d" % R.randint(100000, 999999),
        "acct": "SBT%07d" % R.randint(1000000, 9999999), "rels": rels,
        "email": (fn.lower().translate(str.maketrans("óøå", "ooa")).replace("-", "") + "." +
                  ln.split()[-1].lower().translate(str.maketrans("åø", "ao")) + "@students.cedarhollow.org"),
        "imei": imei("35" + R.choice(["3918", "2983", "6071", "9804"])),
        "group": R.choice(GROUPS), "therapist": R.choice(THERAPISTS),
        "consultant": R.choice(CONSULTANTS), "ref": "REF-%s-%04d" % (R.choice(["WEP", "NPA", "SFC"]), R.randint(1, 9999)),
        "medicaid": ("%010d" % R.randint(0, 9999999999)) if R.random() < 0.2 else None,
        "sfid": sfid("00Q"), "kipu_uuid": uuid(), "kipu_pid": str(R.randint(30000, 69999)),
    })

TH_NPI.update({th[0]: npi() for th in THERAPISTS})
TEAM_DEVICES = {g: imei("30043406") for g in GROUPS}
SBD_DEVICES = {g: imei("30023406") for g in GROUPS}
VENDOR_VINS = [vin("1FB"), vin("1GA")]


def S():
    return R.choice(STUDENTS)


def P1(st):
    return st["rels"][0]


def relpick(st):
    return R.choice(st["rels"])


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "usshort": "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            "long": d.strftime("%B ") + str(d.day) + d.strftime(", %Y")}[style]


# --------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 6, 11, 5, 58, 12, 0)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 70), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def local(t):
    return t - dt.timedelta(hours=6)


def day_dt(st, hh=None):
    """A past datetime (local) within the last ~2.5 days of the log clock."""
    now = local(CLOCK[0])
    while True:
        d = now - dt.timedelta(days=R.randint(0, 2))
        cand = dt.datetime.combine(d.date(), dt.time(hh if hh is not None else R.choice([7, 8, 12, 19, 20, 21]), R.randint(0, 59)))
        if cand < now - dt.timedelta(minutes=20):
            return cand


# --------------------------------------------------------------- generators

def g_sfdc_debug():
    t = local(tick())
    ts = t.strftime("%H:%M:%S.") + "%03d (%d)" % (t.microsecond // 1000, R.randint(1000000, 99999999))
    st = S()
    k = R.randint(0, 9)
    if k == 0:
        return [line("sfdc_debug", ts, "|CODE_UNIT_STARTED|[EXTERNAL]|01q5e000000", hexs(4).upper(),
                     "|AdmissionLeadTrigger on Lead trigger event AfterUpdate")]
    if k == 1:
        return [line("sfdc_debug", ts, "|SOQL_EXECUTE_BEGIN|[88]|Aggregations:0|SELECT Id, Status, OwnerId, "
                     "Referral_Source__c FROM Lead WHERE Id IN :leadIds")]
    if k == 2:
        return [line("sfdc_debug", ts, "|SOQL_EXECUTE_END|[88]|Rows:%d" % R.randint(1, 40))]
    if k == 3:
        return [line("sfdc_debug", ts, "|LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: %d out of 100" % R.randint(1, 30))]
    if k == 4:
        return [line("sfdc_debug", ts, "|HEAP_ALLOCATE|[%d]|Bytes:%d" % (R.randint(20, 400), R.choice([3, 8, 24, 152])))]
    if k == 5:
        return [line("sfdc_debug", ts, "|USER_DEBUG|[57]|DEBUG|Lead ", st["sfid"], " owner reassigned to ",
                     R.choice(ADMISSIONS), " (Admissions Queue West)")]
    if k == 6:
        return [line("sfdc_debug", ts, "|USER_DEBUG|[112]|DEBUG|inquiry payload: {FirstName=", (st["first"], "name"),
                     ", LastName=", (st["last"], "name"), ", Birthdate__c=", (dfmt(st["dob"], "iso"), "date"),
                     ", Guardian_Name__c=", (P1(st)["name"], "name"), ", Guardian_Phone__c=",
                     (fmt_phone(P1(st)["phone"], 0), "phone"), ", LeadSource=Educational Consultant, Consultant__c=",
                     st["consultant"][0], "}")]
    if k == 7:
        return [line("sfdc_debug", ts, "|EXCEPTION_THROWN|[203]|System.DmlException: Update failed. First exception on row 0 with id ",
                     st["sfid"], "; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Guardian email required before Tour stage: [Guardian_Email__c]")]
    if k == 8:
        r = relpick(st)
        return [line("sfdc_debug", ts, "|VARIABLE_ASSIGNMENT|[64]|guardianEmail|\"", (r["email"], "email"), "\"")]
    return [line("sfdc_debug", ts, "|USER_DEBUG|[131]|DEBUG|Inquiry ", (st["inq"], "other_id"), " stage Intake_Scheduled -> Admitted, admit date ",
                 (dfmt(st["adm"], "iso"), "date"))]


def g_sfdc_event():
    t = tick()
    st = S()
    r = relpick(st)
    if R.random() < 0.5:
        obj = {"schema": "ZyVh" + hexs(12), "payload": {"CreatedDate": iso_z(t), "CreatedById": "0055e000003" + hexs(4).upper(),
               "Sync_Job__c": "nightly_kipu_census", "Record_Count__c": R.randint(40, 70), "Status__c": "Completed"},
               "event": {"replayId": R.randint(100000, 999999)}}
        return [jline("sfdc_event", obj)]
    obj = {"schema": "ZyVh" + hexs(12), "payload": {
        "CreatedDate": iso_z(t), "CreatedById": "0055e000003" + hexs(4).upper(),
        "Inquiry_Id__c": (st["inq"], "other_id"),
        "Student_First_Name__c": (st["first"], "name"), "Student_Last_Name__c": (st["last"], "name"),
        "Student_DOB__c": (dfmt(st["dob"], "iso"), "date"), "Student_Age__c": 2024 - st["dob"].year,
        "Guardian_Email__c": (r["email"], "email"), "Guardian_Mobile__c": (fmt_phone(r["phone"], 2), "phone"),
        "Home_State__c": st["addr"][2], "Program_Interest__c": R.choice(["Wilderness", "TBS", "Wilderness + TBS"]),
        "Referral_Code__c": (st["ref"], "other_id")},
        "event": {"replayId": R.randint(100000, 999999)}}
    return [jline("sfdc_event", obj)]


PHOTO_B64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy"


INTAKE_K = [R.randint(0, 8)]


def g_intake():
    st = S()
    doc = "intake_packet_%s_v7.pdf" % st["sfid"][-6:]
    INTAKE_K[0] += 1
    k = [0, 2, 3, 4, 1, 5, 6, 7, 8][INTAKE_K[0] % 9]
    if k <= 1:
        return [jline("intake_pdf", {"doc": doc, "event": R.choice(["ocr_complete", "fields_extracted", "checksum_ok"]),
                                     "pages": R.randint(12, 22), "ms": R.randint(900, 9000),
                                     "sha256": hexs(64), "extractor": "formparse 3.4.1"})]
    if k == 2:
        fields = [{"name": "student_legal_name", "value": (st["first_full"] + " " + st["last"], "name"), "conf": 0.97},
                  {"name": "dob", "value": (dfmt(st["dob"], "us"), "date"), "conf": 0.95},
                  {"name": "ssn", "value": (st["ssn"], "ssn"), "conf": 0.91},
                  {"name": "sex", "value": st["sex"], "conf": 0.99}]
    elif k == 3:
        a = st["addr"]
        fields = [{"name": "home_street", "value": (a[0], "address"), "conf": 0.93},
                  {"name": "home_city", "value": (a[1], "address"), "conf": 0.98},
                  {"name": "home_state", "value": a[2], "conf": 0.99},
                  {"name": "home_zip", "value": (a[3], "zip"), "conf": 0.99}]
    elif k == 4:
        r = P1(st)
        fields = [{"name": "guardian1_name", "value": (r["name"], "name"), "conf": 0.96},
                  {"name": "guardian1_relationship", "value": r["rel"], "conf": 0.99},
                  {"name": "guardian1_cell", "value": (fmt_phone(r["phone"], 0), "phone"), "conf": 0.9},
                  {"name": "guardian1_email", "value": (r["email"], "email"), "conf": 0.88}]
        if R.random() < 0.4:
            fields.append({"name": "guardian1_fax", "value": (fmt_phone(mkphone(), 1), "fax"), "conf": 0.71})
    elif k == 5:
        fields = [{"name": "insurance_carrier", "value": st["payer"][0], "conf": 0.97},
                  {"name": "member_id", "value": (st["member"], "health_plan"), "conf": 0.94},
                  {"name": "group_no", "value": st["grp"], "conf": 0.94},
                  {"name": "policy_holder", "value": (P1(st)["name"], "name"), "conf": 0.92}]
    elif k == 6:
        gm = R.choice(["Ruth", "Odile", "Beatrice", "Hortensia"]) + " " + st["last"].split()[0]
        fields = [{"name": "emergency_contact_2", "value": (gm, "name"), "conf": 0.9},
                  {"name": "ec2_relationship", "value": "maternal grandmother", "conf": 0.95},
                  {"name": "ec2_age", "value": (str(R.randint(90, 96)), "age"), "conf": 0.83},
                  {"name": "ec2_phone", "value": (fmt_phone(mkphone(), 1), "phone"), "conf": 0.89}]
    elif k == 7:
        fields = [{"name": "personal_phone_imei", "value": (st["imei"], "device"), "conf": 0.86},
                  {"name": "property_notes", "value": "iPhone 13, charger, 2 hoodies, vape (confiscated)", "conf": 0.6},
                  {"name": "prescribing_md_fax", "value": ORG_FAX if R.random() < 0.3 else "(801) 555-0147", "conf": 0.9}]
    else:
        # label only the base64 payload
        L_ = L("intake_pdf")
        L_.t('{"doc":' + json.dumps(doc) + ',"page":1,"fields":[{"name":"student_photo","value":"data:image/jpeg;base64,')
        L_.p(PHOTO_B64[:R.randint(90, len(PHOTO_B64))], "photo")
        L_.t('","conf":1.0,"bbox":[36,52,180,230]}]}')
        return [L_]
    for f in fields:
        f["bbox"] = [R.randint(30, 300), R.randint(40, 700), R.randint(320, 560), R.randint(40, 720)]
    return [jline("intake_pdf", {"doc": doc, "page": R.randint(1, 14), "fields": fields})]


def g_medsync():
    t = local(tick())
    ts = t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    pid = R.randint(3000, 9000)
    tab = "TAB-FLD-%02d" % R.randint(1, 12)
    k = R.choice([0, 0, 1, 2, 2, 3, 4, 5, 6, 7])
    if k == 0:
        return [line("medsync", ts, "  %d  %d I MedSync : push batch=%d rows=%d tablet=%s conflicts=0 bytes=%d rtt_ms=%d" %
                     (pid, pid + 12, R.randint(1, 40), R.randint(0, 30), tab, R.randint(800, 90000), R.randint(900, 14000)))]
    if k == 1:
        return [line("medsync", ts, "  %d  %d W MedSync : offline since %s, queue_depth=%d, retry in %ds (iridium link)" %
                     (pid, pid + 12, (t - dt.timedelta(hours=R.randint(3, 50))).strftime("%Y-%m-%dT%H:%MZ"), R.randint(2, 120), R.choice([300, 600, 900])))]
    if k == 2:
        return [line("medsync", ts, "  %d  %d I MedSync : formulary pulled v%d.%d lots=%d app=marfield/2.14.%d" %
                     (pid, pid + 12, R.randint(40, 60), R.randint(0, 9), R.randint(10, 30), R.randint(0, 9)))]
    st = S()
    m = R.choice(MEDS)
    given = day_dt(st)
    by = R.choice(FIELD)
    if k in (3, 4, 5):
        return [line("medsync", ts, "  %d  %d I MarRepo : upsert mar_id=%d student=" % (pid, pid + 12, R.randint(10000, 99999)),
                     (st["sid"], "mrn"), " med=\"%s %s\" route=%s given_at=" % m, (given.strftime("%Y-%m-%dT%H:%M"), "date"),
                     " by=\"%s\" witness=\"%s\" status=%s" % (by, R.choice([f for f in FIELD if f != by]), R.choice(["GIVEN", "GIVEN", "REFUSED", "HELD"])))]
    if k == 6:
        return [line("medsync", ts, "  %d  %d E MarRepo : conflict on mar_id=%d server has status=GIVEN for " % (pid, pid + 12, R.randint(10000, 99999)),
                     (st["last"] + ", " + st["first"], "name"), " (", (st["sid"], "mrn"), ") ", m[0], " dose ",
                     (given.strftime("%m/%d %H:%M"), "date"), "; keeping server copy")]
    return [line("medsync", ts, "  %d  %d W CountCheck : pill count mismatch %s %s lot=%s expected=%d counted=%d nurse=\"%s\"" %
                 (pid, pid + 12, m[0], m[1], "LOT" + hexs(5).upper(), 28, 27, R.choice(NURSES)[0]))]


def g_sqlite():
    k = R.randint(0, 7)
    if k == 0:
        return [line("sqlite_dump", R.choice(["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;", "COMMIT;",
                                             "CREATE TABLE mar_entries(id INTEGER PRIMARY KEY, student_ref TEXT, student_name TEXT, med TEXT, dose TEXT, route TEXT, given_at TEXT, status TEXT, given_by TEXT, note TEXT);",
                                             "CREATE INDEX idx_mar_student ON mar_entries(student_ref);"]))]
    if k == 1:
        m = R.choice(MEDS)
        return [line("sqlite_dump", "INSERT INTO formulary VALUES(%d,'%s','%s','%s','LOT%s','2026-%02d');" %
                     (R.randint(1, 80), m[0], m[1], m[2], hexs(6).upper(), R.randint(1, 12)))]
    if k == 2:
        return [line("sqlite_dump", "INSERT INTO sync_meta VALUES('last_pull','%s');" % iso_z(tick()))]
    st = S()
    m = R.choice(MEDS)
    given = day_dt(st)
    nm = st["last"] + ", " + st["first"]
    note = R.choice(["NULL", "'took w/ breakfast'", "'refused, says nauseous'", "NULL", "'given at camp, late start'"])
    return [line("sqlite_dump", "INSERT INTO mar_entries VALUES(%d,'" % R.randint(1000, 9999), (st["sid"], "mrn"), "','",
                 (nm.replace("'", "''"), "name"), "','%s','%s','%s','" % m, (given.strftime("%Y-%m-%d %H:%M"), "date"),
                 "','%s','%s',%s);" % (R.choice(["given", "given", "refused"]), "".join(w[0] for w in R.choice(FIELD).split()), note))]


def gps_near():
    return "%.5f" % (38.1 + R.random() * 0.5), "%.5f" % (-111.9 + R.random() * 0.6)


def g_inreach():
    t = tick()
    g = R.choice(GROUPS)
    lat, lon = gps_near()
    ev = {"imei": TEAM_DEVICES[g], "messageCode": 3, "freeText": None, "timeStamp": int(t.timestamp() * 1000),
          "addresses": [{"address": "fieldops@sagebrushtrails.org"}], "point": None}
    if R.random() < 0.75:
        ev["freeText"] = R.choice(["%s grp camp @ Deep Creek, all %d accounted, 2 blisters tx'd" % (g, R.randint(6, 9)),
                                   "%s at water cache 4, moving to Coyote Flat tmrw" % g,
                                   "%s solo day 2, checks done 0700, all ok" % g,
                                   "%s resupply rcvd, short 1 fuel canister" % g,
                                   "%s: weather holding, staff swap at trailhead 1400" % g])
        ev["point"] = {"latitude": Num(lat), "longitude": Num(lon), "altitude": R.randint(1500, 3100), "gpsFix": 2,
                       "course": R.randint(0, 359), "speed": 0}
    else:
        st = S()
        nm = st["first"][0] + ". " + st["last"]
        txt_pre = R.choice(["Need evac for ", "Runaway: ", "Twisted ankle, walking slow: ", "Med concern, call RN re "])
        # build manually: text with a labeled name
        ev_parts = {"imei": ev["imei"], "messageCode": 3,
                    "freeText": "@@FT@@", "timeStamp": ev["timeStamp"],
                    "addresses": ev["addresses"],
                    "point": {"latitude": Num(lat, "address"), "longitude": Num(lon, "address"),
                              "altitude": R.randint(1500, 3100), "gpsFix": 2, "course": R.randint(0, 359), "speed": 0}}
        parts = jparts({"Version": "2.0", "Events": [ev_parts]})
        out = []
        for x in parts:
            if x == '"@@FT@@"':
                out.extend(['"' + txt_pre, (nm, "name"), ' at this pt, %s grp"' % g])
            else:
                out.append(x)
        return [L("inreach").add(out)]
    return [jline("inreach", {"Version": "2.0", "Events": [ev]})]


def g_iridium():
    t = tick()
    g = R.choice(GROUPS)
    lat, lon = gps_near()
    head = "%s sbd-gw[%d]: MO MOMSN=%d IMEI=%s CEP=%d " % (t.strftime("%b %d %H:%M:%S"), R.randint(900, 2000),
                                                          R.randint(1000, 9000), SBD_DEVICES[g], R.randint(2, 12))
    if R.random() < 0.75:
        msg = R.choice(["CHK %s OK %d/%d" % (g, 8, 8), "CHK %s OK, RN call req re refill" % g, "POS %s moving" % g,
                        "CHK %s OK wx wind 25mph" % g])
        return [line("iridium_sbd", head, "lat=%s lon=%s len=%d msg=\"%s\"" % (lat, lon, len(msg), msg))]
    st = S()
    msg_pre = R.choice(["INJ ", "RUN ", "MED "])
    nm = st["last"].upper()
    mlen = len((msg_pre + nm + " " + st["sid"] + " " + g).encode("utf-8"))
    return [line("iridium_sbd", head, "lat=", (lat, "address"), " lon=", (lon, "address"),
                 " len=%d msg=\"%s" % (mlen, msg_pre), (nm, "name"), " ", (st["sid"], "mrn"), " %s\"" % g)]


INC_KINDS = [("Runaway attempt", "Student left group during evening circle, located by staff ~40 min later, returned without injury."),
             ("Self-harm disclosure", "Student reported thoughts of self-harm during 1:1 check-in; safety plan reviewed with therapist."),
             ("Injury - minor", "Student rolled ankle on scree descent; RICE applied, nurse consulted via sat phone."),
             ("Medication refusal", "Student declined evening meds x2, stated side effects (nausea)."),
             ("Peer altercation", "Verbal escalation over chores turned to shoving; separated, debriefed at fire."),
             ("Contraband found", "Lighter found in pack during gear check; confiscated, logged.")]


def g_incident():
    t = local(tick())
    st = S()
    inc = "INC-2024-%04d" % R.randint(200, 900)
    d = (t - dt.timedelta(days=R.randint(0, 3))).date()
    kind, narr = R.choice(INC_KINDS)
    lvl = R.randint(1, 3)
    if R.random() < 0.2:
        return [line("incident", "%s|%s|STATUS|Level %d|%s|reviewed_by=%s|notified=clinical-director|state_report_required=%s" %
                     (t.strftime("%Y-%m-%d %H:%M"), inc, lvl, kind, R.choice(THERAPISTS)[0], R.choice(["no", "no", "yes"])))]
    staff = R.choice(FIELD)
    r = P1(st)
    return [line("incident", "%s|" % t.strftime("%Y-%m-%d %H:%M"), (inc, "other_id"), "|Level %d|%s|date=" % (lvl, kind),
                 (dfmt(d, "us"), "date"), "|student=", (st["full"], "name"), " (", (st["sid"], "mrn"), ")|grp=%s|reporter=%s|narr=" % (st["group"], staff),
                 narr,
                 "|parent_notified=", (r["name"], "name"), " via ", (fmt_phone(r["phone"], 1), "phone"))]


def g_zoom():
    t = tick()
    st = S()
    th = st["therapist"]
    r = relpick(st)
    k = R.randint(0, 5)
    mid = R.randint(81000000000, 89999999999)
    if k == 0:
        return [jline("zoom_webhook", {"event": "endpoint.url_validation", "payload": {"plainToken": hexs(22)}, "event_ts": int(t.timestamp() * 1000)})]
    if k == 1:
        return [jline("zoom_webhook", {"event": "recording.completed", "event_ts": int(t.timestamp() * 1000), "payload": {
            "account_id": "Xq" + hexs(20), "object": {"id": mid, "uuid": hexs(22) + "==", "topic": "Field staff debrief - %s" % R.choice(GROUPS),
                                                      "host_email": "%s@sagebrushtrails.org" % th[2], "duration": R.randint(20, 60),
                                                      "total_size": R.randint(10 ** 7, 9 * 10 ** 8)}}})]
    start = dt.datetime.combine(t.date() + dt.timedelta(days=R.randint(1, 6)), dt.time(R.choice([22, 23, 0, 1]), R.choice([0, 30])))
    topic_parts = ["Weekly Parent Call - ", (st["last"] + ", " + st["first"], "name"), " / %s" % th[0]]
    if k in (2, 3):
        obj = {"event": "meeting.created", "event_ts": int(t.timestamp() * 1000), "payload": {
            "account_id": "Xq" + hexs(20), "operator": "%s@sagebrushtrails.org" % th[2],
            "object": {"id": mid, "topic": "@@T@@", "type": 2, "start_time": (start.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                       "duration": 50, "timezone": "America/Denver", "host_id": hexs(22)}}}
    else:
        obj = {"event": "meeting.participant_joined", "event_ts": int(t.timestamp() * 1000), "payload": {
            "account_id": "Xq" + hexs(20), "object": {"id": mid, "topic": "@@T@@", "participant": {
                "user_name": (r["name"], "name"), "email": (r["email"], "email"), "join_time": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "participant_user_id": hexs(22)}}}}
    out = []
    for x in jparts(obj):
        if x == '"@@T@@"':
            out.extend(['"'] + topic_parts + ['"'])
        else:
            out.append(x)
    return [L("zoom_webhook").add(out)]


NOTE_TEXTS = [
    "Client engaged in individual session; processed letter from {rel}. Discussed shame cycle and avoidance. Plan: continue DBT skills, family call Thursday.",
    "{first} presented with flat affect, reports sleeping 6h. Denies SI/HI. Field staff report improved peer interaction.",
    "Session focused on impact letter from {rel}. {first} tearful, able to name feelings. Assigned: accountability letter draft.",
    "Reviewed medication adherence with RN. {first} agreed to trial of morning dosing. No acute safety concerns.",
]


def note_text(st):
    tpl = R.choice(NOTE_TEXTS)
    out = []
    rel = P1(st)
    i = 0
    while i < len(tpl):
        if tpl.startswith("{first}", i):
            out.append((st["first"], "name")); i += 7
        elif tpl.startswith("{rel}", i):
            out.append((rel["rel"].lower() + " ", None)); out.append((rel["name"], "name")); i += 5
        else:
            j = i
            while j < len(tpl) and tpl[j] != "{":
                j += 1
            out.append((tpl[i:j], None)); i = j
    return out


def g_kipu():
    t = tick()
    st = S()
    th = st["therapist"]
    if R.random() < 0.25:
        return [jline("kipu_json", {"export_id": uuid(), "status": "completed", "records": R.randint(20, 300),
                                    "format": "json", "api_version": "v3", "duration_ms": R.randint(300, 9000),
                                    "requested_by": "svc-ehr-export@sagebrushtrails.org"}, sep=(", ", ": "))]
    svc = day_dt(st, R.choice([9, 10, 13, 14, 15]))
    text = note_text(st)
    # build manually: note.text gets labeled sub-parts, JSON-escaped
    obj = {"casefile_id": st["kipu_uuid"], "patient": {"mr_number": (st["mr"], "mrn"), "first_name": (st["first"], "name"),
           "last_name": (st["last"], "name"), "dob": (dfmt(st["dob"], "iso"), "date"), "level_of_care": "Outdoor Behavioral Health"},
           "note": {"type": R.choice(["Individual Therapy", "Family Therapy", "Group Therapy"]), "author": "%s, %s" % th[:2],
                    "service_date": (svc.strftime("%Y-%m-%dT%H:%M:00-06:00"), "date"), "signed_at": iso_z(t), "text": "@@X@@",
                    "cpt": R.choice(["90837", "90847", "90853"])}}
    out = []
    for x in jparts(obj, sep=(", ", ": ")):
        if x == '"@@X@@"':
            out.append('"')
            for v, c in text:
                out.append((json.dumps(v, ensure_ascii=False)[1:-1], c) if c else json.dumps(v, ensure_ascii=False)[1:-1])
            out.append('"')
        else:
            out.append(x)
    return [L("kipu_json").add(out)]


def g_hl7():
    t = local(tick())
    st = S()
    th = st["therapist"]
    r = P1(st)
    a = st["addr"]
    cid = "SBT%s" % hexs(8).upper()
    ts = t.strftime("%Y%m%d%H%M%S")
    svc = day_dt(st, 14)
    lines = [
        line("hl7_mdm", "MSH|^~\\&|KIPU|SBT|DOCSVC|CHA|%s||MDM^T02^MDM_T02|%s|P|2.5.1" % (ts, cid)),
        line("hl7_mdm", "EVN|T02|%s" % ts),
        line("hl7_mdm", "PID|1||", (st["mr"], "mrn"), "^^^KIPU^MR~", (st["sid"], "mrn"), "^^^SBT^PI||",
             (st["last"] + "^" + st["first"] + ("^" + st["mi"] if st["mi"] else ""), "name"), "||",
             (dfmt(st["dob"], "hl7"), "date"), "|%s|||" % st["sex"], (a[0], "address"), "^^", (a[1], "address"),
             "^%s^" % a[2], (a[3], "zip"), "^USA||", (fmt_phone(r["phone"], 0), "phone"), "^PRN^PH"),
        line("hl7_mdm", "PV1|1|O|FIELD^%s^^SBT||||%s^%s^%s|||||||||||" % (st["group"].upper(), TH_NPI[th[0]], th[0].split()[-1], th[0].split()[0]),
             (st["acct"], "account"), "|||||||||||||||||||||||||", (dfmt(st["adm"], "hl7"), "date")),
        line("hl7_mdm", "TXA|1|PN^Progress Note|TX|", (svc.strftime("%Y%m%d%H%M"), "date"), "|%s^%s^%s|||||||%s||||AU" %
             (TH_NPI[th[0]], th[0].split()[-1], th[0].split()[0], "DOC" + hexs(10).upper())),
    ]
    ot = note_text(st)
    L_ = L("hl7_mdm").t("OBX|1|TX|18842-5^Progress note^LN||")
    for v, c in ot:
        L_.p(v, c) if c else L_.t(v)
    L_.t("||||||F")
    lines.append(L_)
    return lines


def g_billing():
    st = S()
    k = R.randint(0, 4)
    if k == 0:
        return [line("billing_csv", R.choice(["claim_id,student_id,student_name,payer,member_id,dos_from,dos_to,cpt,units,charge,status",
                                              "invoice_no,consultant,firm,placement_ref,student,amount,due_date,memo"]))]
    if k == 1:
        c = R.choice(CONSULTANTS)
        return [line("billing_csv", "INV-%05d,%s,%s,,,%.2f,%s,\"IECA conference sponsorship\"" %
                     (R.randint(10000, 99999), c[0], c[1], R.choice([1500, 2500, 750]), "2024-07-%02d" % R.randint(1, 28)))]
    if k == 2:
        c = st["consultant"]
        return [line("billing_csv", "INV-%05d,%s,%s," % (R.randint(10000, 99999), c[0], c[1]), (st["ref"], "other_id"), ",\"",
                     (st["last"] + ", " + st["first"], "name"), "\",%.2f,%s,\"post-wilderness placement fee\"" %
                     (R.choice([4500, 6000, 3800]), "2024-07-%02d" % R.randint(1, 28)))]
    d1 = day_dt(st).date() - dt.timedelta(days=7)
    d2 = d1 + dt.timedelta(days=6)
    return [line("billing_csv", "CLM%06d," % R.randint(0, 999999), (st["sid"], "mrn"), ",\"", (st["full"], "name"), "\",%s," % st["payer"][0],
                 (st["member"], "health_plan"), ",", (dfmt(d1, "us"), "date"), ",", (dfmt(d2, "us"), "date"),
                 ",%s,%d,%.2f,%s" % (R.choice(["H0019", "90837", "90847"]), R.randint(1, 7), R.choice([685.0, 4795.0, 210.0, 180.0]),
                                     R.choice(["SUBMITTED", "DENIED-CO50", "PAID", "PENDED"])))]


def g_x12():
    t = local(tick())
    st = S()
    r = P1(st)
    a = st["addr"]
    icn = "%09d" % R.randint(1, 999999999)
    d = day_dt(st).date() - dt.timedelta(days=3)
    rn = r["name"].split()
    pl = st["payer"]
    segs = [
        line("x12_837", "ISA*00*          *00*          *ZZ*SBTWILD        *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), icn)),
        line("x12_837", "GS*HC*SBTWILD*AVAILITY*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999))),
        line("x12_837", "ST*837*0001*005010X222A1~"),
        line("x12_837", "BHT*0019*00*%s*%s*%s*CH~" % ("B" + hexs(8).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
        line("x12_837", "NM1*85*2*SAGEBRUSH TRAILS WILDERNESS THERAPY*****XX*%s~" % ORG_NPI),
        line("x12_837", "N3*%s~" % ORG_ADDR[0].upper()),
        line("x12_837", "N4*LOA*UT*847479601~"),
        line("x12_837", "REF*EI*%s~" % ORG_TIN.replace("-", "")),
        line("x12_837", "SBR*P*01*%s******CI~" % st["grp"]),
        line("x12_837", "NM1*IL*1*", (asc(rn[-1]).upper() + "*" + asc(rn[0]).upper(), "name"), "****MI*", (st["member"], "health_plan"), "~"),
        line("x12_837", "N3*", (asc(a[0]).upper(), "address"), "~"),
        line("x12_837", "N4*", (asc(a[1]).upper(), "address"), "*%s*" % a[2], (a[3], "zip"), "~"),
        line("x12_837", "NM1*PR*2*%s*****PI*%s~" % (pl[0].upper(), pl[1])),
        line("x12_837", "HL*3*2*23*0~"),
        line("x12_837", "PAT*19~"),
        line("x12_837", "NM1*QC*1*", (asc(st["last"]).upper() + "*" + asc(st["first"]).upper(), "name"), "~"),
        line("x12_837", "DMG*D8*", (dfmt(st["dob"], "hl7"), "date"), "*%s~" % st["sex"]),
        line("x12_837", "CLM*", (st["acct"], "account"), "*%.2f***55:B:1*Y*A*Y*Y~" % 685.0),
        line("x12_837", "HI*ABK:%s*ABF:%s~" % (R.choice(DX).replace(".", ""), R.choice(DX).replace(".", ""))),
        line("x12_837", "LX*1~"),
        line("x12_837", "SV1*HC:H0019:HQ*685*UN*1***1~"),
        line("x12_837", "DTP*472*D8*", (dfmt(d, "hl7"), "date"), "~"),
        line("x12_837", "SE*%d*0001~" % 22),
    ]
    return segs


def g_transport():
    t = local(tick())
    st = S()
    r = P1(st)
    a = st["addr"]
    job = "TRN-%05d" % R.randint(40000, 69999)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    k = R.randint(0, 5)
    if k == 5:
        pr = [("event", "family_dropoff"), ("driver", (r["name"], "name")), ("relation", r["rel"].lower()),
              ("student", (st["sid"], "mrn")), ("plate", (a[2] + " " + r["plate"], "vehicle"))]
        if R.random() < 0.5:
            pr.append(("vin", (r["vin"], "vehicle")))
        pr.append(("received_by", R.choice(ADMISSIONS)))
        return [line("transport", ts, "|", (job, "other_id"), "|").add(kvparts(pr, sep="|"))]
    if k == 0:
        return [line("transport", "%s|fleet|unit=14|vin=%s|odo=%d|fuel=%d%%|plate=UT %s|agent=%s" %
                     (ts, R.choice(VENDOR_VINS), R.randint(40000, 190000), R.randint(10, 100), "K83 2LM", R.choice(TRANSPORT_AGENTS)))]
    if k == 1:
        return [line("transport", ts, "|", (job, "other_id"), "|pickup|student=", (st["full"], "name"), "|origin=",
                     (a[0] + ", " + a[1], "address"), " %s " % a[2], (a[3], "zip"), "|agents=%s/%s" % tuple(R.sample(TRANSPORT_AGENTS, 2)),
                     "|custody_signed_by=", (r["name"], "name"), "|id_checked=%s DL " % a[2], (r["dl"], "license"))]
    if k == 2:
        return [line("transport", ts, "|", (job, "other_id"), "|enroute|leg=%s|eta=%s|notes=%s" %
                     (R.choice(["DEN->SLC", "SEA->SLC", "PHX->SLC", "SLC->LOA"]), (t + dt.timedelta(hours=R.randint(1, 6))).strftime("%H:%M"),
                      R.choice(["student asleep", "meal stop Richfield", "quiet, cooperative", "bathroom stop"])))]
    if k == 3:
        return [line("transport", ts, "|", (job, "other_id"), "|handoff|site=%s Base, Loa UT|received_by=%s|meds_bag_sealed=Y|seal=%s" %
                     (ORG.split()[0], R.choice(NURSES)[0], "S" + str(R.randint(100000, 999999))))]
    return [line("transport", ts, "|", (job, "other_id"), "|invoice|bill_to=", (r["name"], "name"), "|card=", (card(), "account"),
                 "|amount=%.2f|status=%s" % (R.choice([4200.0, 5850.0, 3975.0]), R.choice(["captured", "declined"])))]


def g_gate():
    t = local(tick())
    st = S()
    r = relpick(st)
    if R.random() < 0.4:
        return [line("gate_kv", "%s gate=main event=%s badge=%d staff=\"%s\" plate=\"UT %s\"" %
                     (t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(["entry", "exit"]), R.randint(1000, 1999), R.choice(FIELD + ADMISSIONS),
                      "%d%s%s%d" % (R.randint(1, 9), R.choice("ABCDE"), R.choice("KLMNP"), R.randint(10, 99))))]
    pr = [("event", "visitor_entry"), ("visitor", (r["name"], "name")), ("relation", r["rel"].lower()),
          ("student", (st["sid"], "mrn")), ("plate", (st["addr"][2] + " " + r["plate"], "vehicle"))]
    if R.random() < 0.4:
        pr.append(("vin", (r["vin"], "vehicle")))
    pr.append(("escort", R.choice(ADMISSIONS)))
    return [line("gate_kv", t.strftime("%Y-%m-%dT%H:%M:%S") + " gate=main ").add(kvparts(pr))]


def g_django():
    t = local(tick())
    ts = "[%s,%03d]" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000)
    st = S()
    k = R.choice([0, 0, 0, 1, 1, 2, 3, 3, 4])
    if k == 0:
        return [line("django", "%s INFO django.server: \"GET /health/ HTTP/1.1\" 200 2" % ts)]
    if k == 1:
        return [line("django", "%s INFO admissions.views: packet %s rendered in %dms (template intake_v7)" % (ts, uuid(), R.randint(80, 900)))]
    if k == 2:
        return [line("django", "%s WARNING django.security.DisallowedHost: Invalid HTTP_HOST header: '%s'. You may need to add it to ALLOWED_HOSTS." %
                     (ts, R.choice(SERVER_IPS[:2])))]
    if k == 3:
        return [line("django", ts + " INFO admissions.signals: Student ", (st["sid"], "mrn"), " status -> ENROLLED by %s" % R.choice(ADMISSIONS))]
    # traceback record
    path = "/admissions/students/"
    out = [line("django", "%s ERROR django.request: Internal Server Error: %s" % (ts, path), (st["sid"], "mrn"), "/packet/"),
           line("django", "Traceback (most recent call last):"),
           line("django", '  File "/srv/admissions/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner'),
           line("django", "    response = get_response(request)"),
           line("django", '  File "/srv/admissions/app/admissions/views.py", line %d, in packet_pdf' % R.randint(100, 400)),
           line("django", "    guardian = student.guardians.get(primary=True)")]
    if R.random() < 0.5:
        out.append(line("django", "admissions.models.Guardian.MultipleObjectsReturned: get() returned more than one Guardian -- it returned 2!"))
    else:
        out.append(line("django", "ValueError: invalid date for field 'dob': '", (dfmt(st["dob"], "usshort"), "date"),
                        "' (student ", (st["full"], "name"), ")"))
    return out


def g_celery():
    t = local(tick())
    ts = "[%s,%03d: %%s/ForkPoolWorker-%d]" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(1, 8))
    tid = uuid()
    k = R.randint(0, 5)
    if k == 0:
        return [line("celery", ts % "INFO" + " Task reports.tasks.build_census[%s] succeeded in %.3fs: {'groups': %d, 'students': %d}" %
                     (tid, R.random() * 5, len(GROUPS), R.randint(38, 60)))]
    if k == 1:
        return [line("celery", ts % "INFO" + " Task sync.tasks.pull_kipu_notes[%s] received" % tid)]
    if k == 2:
        return [line("celery", ts % "WARNING" + " Task sync.tasks.pull_kipu_notes[%s] retry: Retry in 60s: ReadTimeout(HTTPSConnectionPool(host='sbt.kipuworks.com', port=443))" % tid)]
    st = S()
    r = relpick(st)
    if k == 3:
        d = dt.datetime.combine(t.date() + dt.timedelta(days=R.randint(1, 5)), dt.time(R.choice([16, 17, 18]), 0))
        return [line("celery", ts % "INFO" + " Task notify.tasks.send_sms[%s] received args=('" % tid, (fmt_phone(r["phone"], 2), "phone"),
                     "', 'Hi ", (r["name"].split()[0], "name"), ", reminder: your call with %s is " % st["therapist"][0],
                     (d.strftime("%a %-m/%-d %-I%p").lower().replace("am", "am").capitalize(), "date"), " MT. Reply C to confirm.') kwargs={}")]
    if k == 4:
        return [line("celery", ts % "ERROR" + " Task notify.tasks.send_email[%s] raised unexpected: SMTPRecipientsRefused({'" % tid,
                     (r["email"], "email"), "': (550, b'5.1.1 mailbox unavailable')})")]
    return [line("celery", ts % "INFO" + " Task reports.tasks.weekly_letter_packet[%s] succeeded in %.2fs: {'student': '" % (tid, R.random() * 9),
                 (st["sid"], "mrn"), "', 'pages': %d}" % R.randint(2, 9))]


def g_winston():
    t = tick()
    st = S()
    r = relpick(st)
    k = R.randint(0, 5)
    base = {"level": "info", "service": "family-portal", "timestamp": iso_z(t)}
    if k == 0:
        return [jline("winston", {**base, "message": "GET /api/health 200 %dms" % R.randint(1, 9), "pid": R.randint(20, 90)})]
    if k == 1:
        return [jline("winston", {"level": "warn", "message": "rate limit near threshold", "service": "family-portal",
                                  "route": "/api/letters", "remaining": R.randint(1, 10), "reqId": uuid(), "timestamp": iso_z(t)})]
    if k == 2:
        return [jline("winston", {"level": "info", "message": "parent portal login", "service": "family-portal",
                                  "userEmail": (r["email"], "email"), "ip": (r["ip"], "ip"), "mfa": "totp",
                                  "timestamp": iso_z(t)}, ascii_=True)]
    if k == 3:
        return [jline("winston", {"level": "info", "message": "letter delivered", "service": "family-portal",
                                  "studentId": (st["sid"], "mrn"), "recipient": (r["name"], "name"),
                                  "letterType": R.choice(["impact", "accountability", "weekly"]), "timestamp": iso_z(t)}, ascii_=True)]
    if k == 4:
        return [jline("winston", {"level": "error", "message": "Stripe charge failed: card_declined", "service": "billing-bridge",
                                  "chargeId": "ch_3P" + hexs(21), "last4": str(R.randint(1000, 9999)), "guardian": (r["name"], "name"),
                                  "timestamp": iso_z(t)})]
    return [jline("winston", {"level": "debug", "message": "cache miss", "service": "family-portal", "key": "letters:%s" % hexs(12),
                              "timestamp": iso_z(t)})]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"]


def g_nginx():
    t = local(tick())
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")
    if R.random() < 0.5:
        return [line("nginx", '%s - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"' % (R.choice(["10.40.0.12", "10.40.1.12"]), ts))]
    st = S()
    r = relpick(st)
    k = R.randint(0, 3)
    if k == 0:
        return [line("nginx", (r["ip"], "ip"), ' - - %s "GET /portal/students/' % ts, (st["sid"], "mrn"),
                     '/letters?page=%d HTTP/2.0" %d %d "https://family.sagebrushtrails.org/portal/home" "%s"' %
                     (R.randint(1, 3), 200, R.randint(900, 40000), R.choice(UAS)))]
    if k == 1:
        return [line("nginx", (r["ip"], "ip"), ' - - %s "POST /api/auth/login HTTP/2.0" %d %d "-" "%s"' %
                     (ts, R.choice([200, 401]), R.randint(90, 600), R.choice(UAS)))]
    if k == 2:
        return [line("nginx", (r["ip"], "ip"), ' - - %s "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://family.sagebrushtrails.org/" "%s"' %
                     (ts, hexs(8), R.choice(UAS)))]
    return [line("nginx", '%s - - %s "GET /photos/weekly/%s.jpg HTTP/2.0" 200 %d "' % (EGRESS_IP, ts, hexs(16), R.randint(90000, 900000)),
                 ("https://family.sagebrushtrails.org/portal/students/" + st["sid"] + "/photos", "url"), '" "%s"' % R.choice(UAS))]


def g_postgres():
    t = local(tick())
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d MDT [%d]" % (t.microsecond // 1000, R.randint(10000, 40000))
    k = R.randint(0, 5)
    if k == 0:
        return [line("postgres", ts + " LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" %
                     (R.randint(100, 9000), R.random() * 10, R.random() * 30))]
    if k == 1:
        return [line("postgres", ts + " app@sbt_prod LOG:  duration: %.3f ms  statement: SELECT count(*) FROM mar_entries WHERE synced_at IS NULL" % (R.random() * 900))]
    st = S()
    if k == 2:
        return [line("postgres", ts + " app@sbt_prod LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM students WHERE student_id = '" % (R.random() * 50),
                     (st["sid"], "mrn"), "'")]
    if k == 3:
        return [line("postgres", ts + ' app@sbt_prod ERROR:  duplicate key value violates unique constraint "students_gsuite_email_key"'),
                line("postgres", ts + " app@sbt_prod DETAIL:  Key (gsuite_email)=(", (st["email"], "email"), ") already exists.")]
    if k == 4:
        r = P1(st)
        return [line("postgres", ts + " app@sbt_prod ERROR:  value too long for type character varying(20)"),
                line("postgres", ts + " app@sbt_prod STATEMENT:  UPDATE guardians SET phone = '", (fmt_phone(r["phone"], 0) + " ext home", "phone"),
                     "' WHERE student_id = '", (st["sid"], "mrn"), "'")]
    return [line("postgres", ts + " LOG:  automatic vacuum of table \"sbt_prod.public.mar_entries\": index scans: 1")]


def g_gws():
    t = tick()
    st = S()
    th = R.choice(THERAPISTS)
    base_id = {"time": iso_z(t), "uniqueQualifier": str(-R.randint(10 ** 17, 9 * 10 ** 18)), "applicationName": None,
               "customerId": "C03kq8r1z"}
    k = R.randint(0, 6)
    if k >= 5:
        base_id["applicationName"] = "admin"
        return [jline("gws_audit", {"kind": "admin#reports#activity", "id": base_id,
                                    "actor": {"email": "it-admin@sagebrushtrails.org", "profileId": str(R.randint(10 ** 20, 10 ** 21))},
                                    "ipAddress": R.choice(SERVER_IPS[:2]), "events": [{"type": R.choice(["USER_SETTINGS", "GROUP_SETTINGS"]),
                                    "name": R.choice(["ENFORCE_STRONG_AUTHENTICATION", "ADD_GROUP_MEMBER", "CHANGE_PASSWORD"]),
                                    "parameters": [{"name": "USER_EMAIL", "value": "%s@sagebrushtrails.org" % R.choice(THERAPISTS)[2]},
                                                   {"name": "GROUP_EMAIL", "value": "field-%s@sagebrushtrails.org" % R.choice(GROUPS).lower()}]}]})]
    if k == 0:
        base_id["applicationName"] = "login"
        return [jline("gws_audit", {"kind": "admin#reports#activity", "id": base_id,
                                    "actor": {"email": "%s@sagebrushtrails.org" % th[2], "profileId": str(R.randint(10 ** 20, 10 ** 21))},
                                    "ipAddress": EGRESS_IP, "events": [{"type": "login", "name": "login_success",
                                                                        "parameters": [{"name": "login_type", "value": "google_password"}]}]})]
    if k == 1:
        base_id["applicationName"] = "login"
        return [jline("gws_audit", {"kind": "admin#reports#activity", "id": base_id,
                                    "actor": {"email": (st["email"], "email"), "profileId": str(R.randint(10 ** 20, 10 ** 21))},
                                    "ipAddress": EGRESS_IP, "events": [{"type": "login", "name": "login_failure",
                                                                        "parameters": [{"name": "login_failure_type", "value": "login_failure_invalid_password"}]}]})]
    base_id["applicationName"] = "drive"
    title_parts = [R.choice(["Treatment Plan - ", "Discharge Summary - ", "Psych Eval - "]), (st["last"] + ", " + st["first"], "name"), ".docx"]
    obj = {"kind": "admin#reports#activity", "id": base_id,
           "actor": {"email": "%s@sagebrushtrails.org" % th[2], "profileId": str(R.randint(10 ** 20, 10 ** 21))},
           "ipAddress": R.choice([EGRESS_IP, "2600:1700:" + hexs(4) + ":" + hexs(4) + "::1a"]),
           "events": [{"type": "access", "name": R.choice(["download", "view", "change_user_access"]),
                       "parameters": [{"name": "doc_id", "value": "1" + hexs(32)}, {"name": "doc_title", "value": "@@T@@"},
                                      {"name": "owner", "value": "%s@sagebrushtrails.org" % th[2]}]}]}
    if k == 4:
        r = P1(st)
        obj["events"][0]["name"] = "change_user_access"
        obj["events"][0]["parameters"].append({"name": "target_user", "value": (r["email"], "email")})
        obj["events"][0]["parameters"].append({"name": "visibility", "value": "shared_externally"})
    out = []
    for x in jparts(obj):
        if x == '"@@T@@"':
            out.extend(['"'] + title_parts + ['"'])
        else:
            out.append(x)
    return [L("gws_audit").add(out)]


GENS = [(g_sfdc_debug, 22), (g_sfdc_event, 5), (g_intake, 8), (g_medsync, 12), (g_sqlite, 7), (g_inreach, 6),
        (g_iridium, 6), (g_incident, 4), (g_zoom, 5), (g_kipu, 4), (g_billing, 5),
        (g_transport, 5), (g_django, 6), (g_celery, 10), (g_winston, 7), (g_nginx, 14),
        (g_postgres, 9), (g_gws, 6)]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    fixed = {90: g_hl7, 210: g_x12, 340: g_hl7, 430: g_hl7}
    while len(lines) < N_LINES:
        due = [k for k in fixed if len(lines) >= k]
        gen = fixed.pop(due[0]) if due else R.choices(fns, ws)[0]
        rec = gen()
        if len(lines) + len(rec) > N_LINES:
            continue
        # keep the share of PHI-free lines near 55%: while below target,
        # re-draw half of the single-line records that carry PHI
        clean = sum(1 for x in lines if not x.spans)
        if (not due and len(rec) == 1 and rec[0].spans and len(lines) > 20
                and clean / len(lines) < 0.56 and R.random() < 0.5):
            continue
        lines.extend(rec)
    with open("os.log", "wb") as f, open("os.labels.jsonl", "w", encoding="utf-8") as g:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            assert b and b"\n" not in b and b"\r" not in b, (i, b)
            b.decode("utf-8")
            prev = 0
            spans = []
            for sp in sorted(ln.spans, key=lambda x: x["s"]):
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("bad span bounds line %d %r" % (i, sp))
                if s < prev:
                    raise SystemExit("overlap line %d %r" % (i, sp))
                if b[s:e].decode("utf-8") != sp["_v"]:
                    raise SystemExit("span mismatch line %d %r" % (i, sp))
                prev = e
                spans.append({"s": s, "e": e, "cat": sp["cat"]})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": ln.family, "spans": spans}) + "\n")
    assert len(lines) == N_LINES


if __name__ == "__main__":
    main()
