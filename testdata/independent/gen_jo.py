#!/usr/bin/env python3
"""gen_jo.py -- synthetic, labeled log corpus for a PHI detector.

Theme: the patient experience office of a (fictional) hospital, Riverbend Medical
Center: outbound survey-vendor sample files (HCAHPS-like pipe rows, fixed-width
rows), vendor return files with patient-typed comments (CSV), grievance/complaint
case management (Salesforce-like Case JSON, outbound-message SOAP XML, case
comments, call notes), e-mail threads stored one physical line at a time,
compliment / DAISY routing (logfmt), patient relations letters (rendered text),
social media monitoring alerts (JSON), ADT discharge feed (HL7 v2), IVR call
exports (CSV), SMS survey webhooks, and the Node/TypeScript backend's own logs
(pino JSON, winston text, NestJS, morgan access log, prisma, BullMQ, jsforce),
plus the ordinary noise of those systems.

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes jo.log (500 lines) and jo.labels.jsonl next to this script.

Labeling decisions:
- Subjects are patients and the people whose information travels with them:
  relatives, guardians, complainants filing for a patient, DAISY/compliment
  nominators who are patients or family, social media posters writing about their
  own or a relative's care. Their identifiers are labeled.
- Not labeled: hospital staff doing their work (nurses, physicians and their NPIs,
  patient relations staff, their usernames, employee IDs, e-mails, extensions),
  staff named inside patient comments, the hospital, the survey vendor, payers'
  names, news outlets' and the hospital's own social accounts, regulators'
  phone numbers and addresses.
- Names: the name only, without honorifics (Mr./Ms./Dr.) or relationship words;
  "Last, First M" is one span; a middle initial in its own column is a name span;
  first-name-only or lower-case mentions of a subject are labeled.
- Addresses: street line (with unit), second address line, city and county are
  separate address spans; the state is not labeled; the ZIP is a zip span.
- Dates: every date element tied to a subject is labeled (birth, admission,
  discharge, service/visit, incident, appointment, survey received, grievance
  received, acknowledgement/response due, letter date, HL7 admit/discharge
  date-times, month/day without year). Not labeled: log timestamps, e-mail
  Date: headers and quote attributions, record system fields (CreatedDate,
  LastModifiedDate), file/batch/reporting-period dates, certificate expiries,
  the year alone.
- Ages are labeled only when over 89; an AGE column of 89 or less is not.
- mrn: medical record numbers. account: hospital/billing account numbers (HAR,
  PID-18), payment card and bank account numbers (bank routing numbers are not
  labeled). health_plan: payer member/subscriber IDs, Medicare MBI, Medicaid IDs.
- other_id: case/grievance/compliment/nomination/security-incident numbers made
  for a subject's feedback, Salesforce Case and Contact record Ids (also inside
  a record URL), vendor survey unique IDs, encounter/visit numbers (CSN, PV1-19),
  patient portal usernames and social media handles of subjects. Not labeled:
  Salesforce user/queue/record-type/org Ids, Twilio SIDs, mail-piece IDs, job,
  trace, span, message and request IDs.
- url: profile and post permalinks of subjects (one span for the whole URL).
- ip: public client IPs on patient-facing endpoints (feedback form, survey links);
  cluster-internal 10.x addresses and vendor hosts are not labeled.
- phone/fax/email of subjects are labeled; the hospital's, vendor's and staff's
  are not. A phone written URL-encoded (%2B1...) is labeled as written.
- device: serials/IMEIs of patient-owned devices (hearing aids, phones, CPAP,
  insulin pumps); hospital asset tags are not labeled. vehicle: plates (without
  the state prefix) and VINs of subjects' cars. license: subjects' driver's
  licence numbers (without the state prefix).
- photo: the base64 payload of a subject's face image. biometric: an IVR
  voiceprint template of a caller.
- ssn: subjects' social security numbers, all fictitious.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote_plus

ID = "jo"
R = random.Random(210721)
HERE = os.path.dirname(os.path.abspath(__file__))
REF = dt.date(2024, 10, 14)
CLIENT_ID = "21874"
DOM = "riverbendhealth.org"
HOSP = "Riverbend Medical Center"

# ----------------------------------------------------------------------------
# line builder


class Ln:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.nb = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.nb += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty span"
        st = self.nb
        self.t(s)
        self.spans.append({"s": st, "e": self.nb, "cat": cat, "v": s})
        return self

    def rich(self, parts, esc=lambda x: x):
        for x in parts:
            if isinstance(x, tuple):
                self.p(esc(x[0]), x[1])
            else:
                self.t(esc(x))
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """labeled scalar inside a structured record"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class T:
    """rich string (plain parts and (value, cat) tuples) inside a record"""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(L, o, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jemit(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, T):
        L.t('"').rich(o.parts, jesc).t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=False))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cesc(s):
    return s.replace('"', '""')


def cells(L, row, sep="|", quote=False):
    """row: list of str | (str, cat) | T ; empty string allowed"""
    for i, c in enumerate(row):
        if i:
            L.t(sep)
        if isinstance(c, T):
            L.t('"').rich(c.parts, cesc).t('"')
        elif isinstance(c, tuple):
            if quote:
                L.t('"').p(cesc(c[0]), c[1]).t('"')
            else:
                L.p(c[0], c[1])
        else:
            if quote and c != "":
                L.t('"' + cesc(c) + '"')
            else:
                L.t(c)


def kv(L, pairs):
    """logfmt; value str | (str, cat)"""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        raw = v[0] if isinstance(v, tuple) else str(v)
        q = (" " in raw) or ('"' in raw) or raw == ""
        if q:
            L.t('"')
        if isinstance(v, tuple):
            L.p(raw.replace('"', '\\"'), v[1])
        else:
            L.t(raw.replace('"', '\\"'))
        if q:
            L.t('"')


# ----------------------------------------------------------------------------
# clock

CLK = [dt.datetime(2024, 10, 14, 5, 58, 11, 204000, tzinfo=dt.timezone.utc)]


def tick(lo=0.05, hi=25.0):
    CLK[0] += dt.timedelta(seconds=R.uniform(lo, hi))
    return CLK[0]


def iso():
    c = CLK[0]
    return c.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (c.microsecond // 1000)


def ems():
    return int(CLK[0].timestamp() * 1000)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def clf():
    c = CLK[0]
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (c.day, MON[c.month - 1], c.year, c.hour, c.minute, c.second)


def hl7ts(c=None, secs=True):
    c = c or CLK[0]
    return c.strftime("%Y%m%d%H%M%S" if secs else "%Y%m%d%H%M")


def fd(d, style):
    m, y, day = d.month, d.year, d.day
    return {
        "us": "%02d/%02d/%d" % (m, day, y),
        "usn": "%d/%d/%d" % (m, day, y),
        "us2": "%d/%d/%02d" % (m, day, y % 100),
        "iso": d.isoformat(),
        "cmp": "%d%02d%02d" % (y, m, day),
        "dmy": "%02d-%s-%d" % (day, MON[m - 1], y),
        "DMY": "%02d-%s-%d" % (day, MON[m - 1].upper(), y),
        "long": "%s %d, %d" % (MONTH[m - 1], day, y),
        "mon": "%s %d" % (MON[m - 1], day),
        "monl": "%s %d" % (MONTH[m - 1], day),
        "eu": "%02d.%02d.%d" % (day, m, y),
        "md": "%d/%d" % (m, day),
        "sf": d.isoformat(),
    }[style]


def fph(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "raw": n,
        "e164": "+1" + n,
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


def rphstyle():
    return R.choice(["paren", "dash", "dot", "raw", "e164", "intl", "one", "dash", "paren"])


# ----------------------------------------------------------------------------
# people and identifiers

FIRST_F = ["Chiamaka", "Marisol", "Fatima", "Aaliyah", "Ifeoma", "Lakshmi", "Oksana", "Qiana",
           "Siobhan", "Thandiwe", "Valentina", "Xiomara", "Zofia", "Bernadette", "Dolores",
           "Florence", "Imelda", "Renée", "Aroha", "Leilani", "Kateryna", "Anh", "Priyanka",
           "Svetlana", "Maëlle", "Rosario", "Hodan", "Mildred", "Yesenia", "Nkechi", "Greta",
           "Esperanza", "Ngozi", "Brianna", "Kaylee", "Wilhelmina", "Soo-ah", "Fiorella",
           "Mary Kate", "Ana Lucía"]
FIRST_M = ["Tomasz", "Kenji", "Dmitri", "Giovanni", "Hyun-woo", "Jürgen", "Keanu", "Mateus",
           "Pedro", "Rahul", "Ulises", "Wojciech", "Yusuf", "Clarence", "Earl", "Harold", "José",
           "Björn", "Mehmet", "DeShawn", "Olufemi", "Tevita", "Ahmad", "Abdirahman", "Cornelius",
           "Thanh", "Lucien", "Bartholomew", "Ezekiel", "Raymond", "Ignacio", "Arjun", "Tyrell",
           "Seamus", "Jean-Baptiste"]
LAST = ["Okonkwo", "Kowalczyk", "de la Cruz", "Nakamura", "Al-Hashimi", "Petrov", "Washington",
        "Rossi", "Park", "Eze", "Müller", "Kahananui", "Subramanian", "Gonçalves", "Tran",
        "Shevchenko", "Alvarez-Ruiz", "Jenkins", "Malhotra", "O'Sullivan", "Dlamini", "Ortega",
        "Van Houten", "Nowak", "Santiago", "Demir", "Wiśniewska", "MacAllister", "St. Clair",
        "Begay", "Papadopoulos", "Haddad", "Lindqvist", "Nguyễn", "Fitzgerald-Obi", "Bui",
        "Abernathy", "Yılmaz", "Achterberg", "von Stein", "Mbeki", "Tsosie", "LeBlanc", "Kaur",
        "Adeyemi", "Dubois", "Hernández", "Kim-Lawson", "Sato", "Ferreira", "Warsame",
        "Da Silva", "McKenzie", "Oyelowo", "Brzezinski", "Delacroix"]
ARABIC = ["يوسف", "مريم", "أحمد", "خديجة", "عمر"]

CITIES = [("Columbus", "43215", "Franklin"), ("Columbus", "43204", "Franklin"),
          ("Columbus", "43224", "Franklin"), ("Dublin", "43017", "Franklin"),
          ("Westerville", "43081", "Franklin"), ("Grove City", "43123", "Franklin"),
          ("Reynoldsburg", "43068", "Licking"), ("Hilliard", "43026", "Franklin"),
          ("Gahanna", "43230", "Franklin"), ("Delaware", "43015", "Delaware"),
          ("Newark", "43055", "Licking"), ("Lancaster", "43130", "Fairfield"),
          ("Marysville", "43040", "Union"), ("Worthington", "43085", "Franklin"),
          ("Pickerington", "43147", "Fairfield"), ("Canal Winchester", "43110", "Franklin"),
          ("Circleville", "43113", "Pickaway"), ("Mount Vernon", "43050", "Knox"),
          ("Zanesville", "43701", "Muskingum"), ("London", "43140", "Madison")]
STREETS = ["Elm St", "Birchwood Ln", "Olentangy River Rd", "E Main St", "Sawmill Pkwy",
           "Cleveland Ave", "Karl Rd", "Hamilton Rd", "Brice Rd", "Refugee Rd", "N High St",
           "Livingston Ave", "Parsons Ave", "Sunbury Rd", "Schrock Rd", "Maple Grove Ct",
           "Hickory Hollow Dr", "Tuttle Crossing Blvd", "Frantz Rd", "Cherry Bottom Rd",
           "W Broad St", "Indianola Ave", "Lockbourne Rd", "Cooper Rd", "Winchester Pike"]
UNITS2 = ["", "", "", "Apt 3B", "#12", "Unit 4", "Lot 22", "Apt. 207", "Apt 1", "Ste 5"]
AREAS = ["614", "380", "740", "937", "419", "330", "216", "513", "567", "220"]
MAILDOM = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
           "att.net", "hotmail.com", "wowway.net", "protonmail.com"]
PAYERS = ["Anthem Blue Cross", "Medicare", "CareSource Ohio Medicaid", "Aetna",
          "UnitedHealthcare", "Medical Mutual", "Self-pay", "Humana Medicare Advantage",
          "Molina Healthcare"]
UNITS = ["4W", "5E", "6N", "MICU", "ED", "L&D", "PACU", "3S", "2N", "7W"]
UNIT_NAME = {"4W": "4W Med/Surg", "5E": "5E Ortho", "6N": "6N Oncology", "MICU": "Medical ICU",
             "ED": "Emergency Dept", "L&D": "Labor & Delivery", "PACU": "PACU",
             "3S": "3S Pediatrics", "2N": "2N Cardiac", "7W": "7W Neuro"}
RELS = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("mother", "F"),
        ("father", "M"), ("granddaughter", "F"), ("grandson", "M"), ("sister", "F"),
        ("brother", "M"), ("niece", "F"), ("son-in-law", "M")]

# staff: never labeled
STAFF = [("Tamika", "Howard", "RN", "4W"), ("Priya", "Venkataraman", "MD", "4W"),
         ("Peter", "Lindgren", "MD", "2N"), ("Jamal", "Whitaker", "RN", "ED"),
         ("Becky", "Sorensen", "PCT", "5E"), ("Juan", "Carrillo", "RT(R)", "ED"),
         ("Mei-Ling", "Chou", "RN", "L&D"), ("Omar", "Farouk", "DO", "ED"),
         ("Hannah", "Brightwater", "RN", "MICU"), ("Gustavo", "Pereira", "EVS Tech", "5E"),
         ("Kwame", "Asante", "Charge RN", "5E"), ("Lorraine", "Dubrowski", "Unit Secretary", "4W"),
         ("Sunil", "Batra", "MD", "6N"), ("Ashley", "Kincaid", "NP", "2N"),
         ("Tobias", "Engstrom", "MD", "7W"), ("Carmen", "Villalobos", "RN", "3S")]
DOCS = [s for s in STAFF if s[2] in ("MD", "DO")]
NURSES_F = [s for s in STAFF if s[0] in ("Tamika", "Mei-Ling", "Hannah", "Carmen")]
NURSES = [s for s in STAFF if "RN" in s[2] or s[2] == "NP"]
NPI = {"Venkataraman": "1467503921", "Lindgren": "1932118046", "Farouk": "1780644213",
       "Batra": "1295837460", "Engstrom": "1538264097"}
EMP = {s[1]: "E%05d" % (10000 + 1373 * i % 24000) for i, s in enumerate(STAFF)}
PX = [("Dana", "Whitfield", "dwhitfield", "Patient Relations Specialist", "4417"),
      ("Renata", "Kovacs", "rkovacs", "Manager, Patient Experience", "4402"),
      ("Luis", "Ocampo", "locampo", "Patient Relations Specialist", "4419"),
      ("Grace", "Oyelaran-Smith", "goyelaran", "Patient Advocate", "4421")]
PODS = ["px-hub-6c9d7b8f9-xk2lp", "px-hub-6c9d7b8f9-q8wzn", "px-worker-5b7f4d6c8-mm2rt"]
INTERNAL = ["10.42.3.17", "10.42.1.33", "10.42.7.120", "10.42.0.1", "10.42.5.8"]

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def luhn_complete(prefix, length):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi=None):
    wmi = wmi or R.choice(["1HG", "2HK", "1FT", "5YJ", "JTD", "1G1", "3VW", "KMH", "4T1", "1C4"])
    v = list(wmi + rs(VIN_ALPHA, 5) + "0" + R.choice("JKLMNPR") + rs(VIN_ALPHA, 1) + "%06d" % R.randint(0, 999999))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice("0123456789") + R.choice(L)
         + R.choice(A) + R.choice("0123456789") + R.choice(L) + R.choice(L) + "%02d" % R.randint(0, 99))
    return s if R.random() < 0.5 else s[:4] + "-" + s[4:7] + "-" + s[7:]


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def member_id(payer):
    if payer.startswith("Medicare") or payer == "Medicare":
        return mbi()
    return {
        "Anthem Blue Cross": lambda: "XEK" + "%09d" % R.randint(0, 10**9 - 1),
        "CareSource Ohio Medicaid": lambda: "%012d" % R.randint(10**10, 10**12 - 1),
        "Aetna": lambda: "W" + "%09d" % R.randint(0, 10**9 - 1),
        "UnitedHealthcare": lambda: "%09d" % R.randint(0, 10**9 - 1) + "01",
        "Medical Mutual": lambda: "MMO" + "%08d" % R.randint(0, 10**8 - 1),
        "Humana Medicare Advantage": lambda: "H" + "%08d" % R.randint(0, 10**8 - 1),
        "Molina Healthcare": lambda: "%010d" % R.randint(0, 10**10 - 1),
        "Self-pay": lambda: "",
    }[payer]()


def sfid(prefix):
    return prefix + "8c0000" + rs("0123456789", 1) + rs(ALNUM, 5) + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)


def jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


class Person:
    pass


def mkperson(sex=None, age=None, last=None):
    p = Person()
    p.sex = sex or R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = last or R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if age is None:
        age = R.choice([R.randint(19, 64), R.randint(19, 64), R.randint(65, 89), R.randint(65, 89), R.randint(90, 101)])
    p.age = age
    m, d = R.randint(1, 12), R.randint(1, 28)
    p.dob = dt.date(2024 - age - (1 if (m, d) > (10, 14) else 0), m, d)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    p.unit = R.choice(UNITS2)
    if R.random() < 0.05:
        p.street, p.unit = "PO Box %d" % R.randint(100, 9999), ""
    p.city, p.zip, p.county = R.choice(CITIES)
    p.phone = R.choice(AREAS) + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)
    f, l = fold(p.first), fold(p.last)
    p.email = R.choice([
        f + "." + l + str(R.randint(1, 99)), f[0] + l, f + l + str(p.dob.year), l + f[:3],
        f + "_" + l[:4] + str(R.randint(1, 9)), f + str(p.dob.year % 100)]) + "@" + R.choice(MAILDOM)
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.csn = str(R.randint(1000000000, 1099999999))
    p.har = str(R.randint(7000000000, 7099999999))
    p.payer = R.choice(PAYERS)
    if p.age >= 65 and R.random() < 0.7:
        p.payer = R.choice(["Medicare", "Humana Medicare Advantage"])
    p.member = member_id(p.payer)
    p.survey = "S%s-%08d" % (CLIENT_ID, R.randint(100000, 9999999))
    p.user = R.choice([f[0] + l + str(p.dob.year % 100), f + "." + l, l + f[0] + str(R.randint(1, 999))])
    dd = dt.date(2024, 9, 18) + dt.timedelta(days=R.randint(0, 24))
    p.disch = dd
    p.adm = dd - dt.timedelta(days=R.randint(0, 9))
    p.unitc = R.choice(UNITS)
    return p


REL_AGE = {"daughter": (-35, -20), "son": (-35, -20), "son-in-law": (-35, -22), "granddaughter": (-60, -45),
           "grandson": (-60, -45), "niece": (-40, -15), "wife": (-8, 5), "husband": (-5, 8), "mother": (20, 35),
           "father": (22, 38), "sister": (-10, 10), "brother": (-10, 10)}


def fam_of(p):
    """a relative of patient p; f.rel is f's relation to p (f is p's daughter ...)"""
    while True:
        rel, sex = R.choice(RELS)
        if (rel == "wife" and p.sex == "F") or (rel == "husband" and p.sex == "M"):
            continue
        lo, hi = REL_AGE[rel]
        age = p.age + R.randint(lo, hi)
        if 18 <= age <= 96:
            break
    same = rel in ("son", "father", "brother", "grandson", "husband", "wife") or R.random() < 0.4
    f = mkperson(sex=sex, age=age, last=p.last if same else None)
    f.rel = rel
    return f


def pt_word(f, p, casual=False):
    """how relative f refers to patient p"""
    if f is p or getattr(f, "rel", "self") == "self":
        return "own"
    fem = p.sex == "F"
    w = {"daughter": ("mother", "father"), "son": ("mother", "father"), "son-in-law": ("mother-in-law", "father-in-law"),
         "granddaughter": ("grandmother", "grandfather"), "grandson": ("grandmother", "grandfather"),
         "niece": ("aunt", "uncle"), "wife": ("wife", "husband"), "husband": ("wife", "husband"),
         "mother": ("daughter", "son"), "father": ("daughter", "son"), "sister": ("sister", "brother"),
         "brother": ("sister", "brother")}[f.rel][0 if fem else 1]
    if casual:
        w = {"mother": "mom", "father": "dad", "grandmother": "grandma", "grandfather": "grandpa"}.get(w, w)
    return w


def nm(p, style):
    return {
        "fl": "%s %s" % (p.first, p.last),
        "lf": "%s, %s" % (p.last, p.first),
        "LF": "%s, %s" % (p.last.upper(), p.first.upper()),
        "lfm": "%s, %s %s" % (p.last, p.first, p.mi),
        "LFM": "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi),
        "il": "%s. %s" % (p.first[0], p.last),
        "low": ("%s %s" % (p.first, p.last)).lower(),
        "fml": "%s %s. %s" % (p.first, p.mi, p.last),
        "f": p.first,
        "fL": "%s %s." % (p.first, p.last[0]),
        "FL": ("%s %s" % (p.first, p.last)).upper(),
        "l": p.last,
    }[style]


def rnm(p):
    return nm(p, R.choice(["fl", "fl", "fl", "lf", "LF", "lfm", "il", "low", "fml", "fL"]))


def hon(p):
    return {"F": R.choice(["Ms.", "Mrs."]), "M": "Mr."}[p.sex]


def staff():
    return R.choice(STAFF)


def doc():
    return R.choice(DOCS)


def casenum():
    return "%08d" % R.randint(11800, 13400)


def grv():
    return "GRV-2024-%05d" % R.randint(700, 999)


def cmp_id():
    return "CMP-24-%05d" % R.randint(3800, 4600)


def trace():
    return rs(HEX, 32)


def span_id():
    return rs(HEX, 16)


def uuid():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def pod():
    return R.choice(PODS)


OUT = []
USED = {}


def pick(key, opts):
    """least-used option first, so templates rotate instead of repeating"""
    cnt = USED.setdefault(key, {})
    m = min(cnt.get(i, 0) for i in range(len(opts)))
    i = R.choice([j for j in range(len(opts)) if cnt.get(j, 0) == m])
    cnt[i] = cnt.get(i, 0) + 1
    return opts[i]


def emit(*ls):
    OUT.extend(ls)


# ----------------------------------------------------------------------------
# common log wrappers


def pino(level, fields, msg, name=None, family="pino_json"):
    tick()
    L = Ln(family)
    o = {"level": level, "time": ems(), "pid": 1, "hostname": pod()}
    if name:
        o["name"] = name
    o.update(fields)
    o["msg"] = msg
    jemit(L, o)
    return L


def winston(level, ctx, parts, family="winston_text"):
    tick()
    L = Ln(family)
    L.t("%s %s: [%s] " % (iso(), level, ctx))
    L.rich(parts)
    return L


def nest(level, ctx, msg, ms=None):
    tick(0.001, 0.05)
    c = CLK[0]
    h = c.hour % 12 or 12
    L = Ln("nestjs_text")
    L.t("[Nest] 1  - %02d/%02d/%d, %d:%02d:%02d %s %7s [%s] %s%s" % (
        c.month, c.day, c.year, h, c.minute, c.second, "AM" if c.hour < 12 else "PM",
        level, ctx, msg, (" +%dms" % ms) if ms is not None else ""))
    return L


# ----------------------------------------------------------------------------
# free text pools (patient-typed comments etc.)


def comment_parts(p, f):
    """comment typed by patient p; f is a family member"""
    s = R.choice(NURSES_F)
    d = doc()
    opts = [
        lambda: ["Nurse %s was wonderful. She explained everything to my %s " % (s[0], f.rel), (f.first, "name"),
                 " and made sure we understood the discharge papers."],
        lambda: ["I waited over 5 hours in the ER on ", (fd(p.adm, "usn"), "date"),
                 " with chest pain and nobody updated me. Dr. %s was kind once I finally saw him." % d[1]],
        lambda: ["The food was cold and the TV in my room never worked. Parking garage was full both days."],
        lambda: ["please have someone call me at ", (fph(p.phone, rphstyle()), "phone"),
                 " about my bill. I was told the visit on ", (fd(p.adm, "us2"), "date"), " was covered"],
        lambda: ["my %s " % f.rel, (nm(f, "low"), "name"),
                 " stayed every night and the recliner was broken. housekeeping (%s) was great tho" % STAFF[9][0].lower()],
        lambda: ["Muy buena atención. La enfermera %s fue muy amable con mi %s " % (s[0], "esposo" if f.sex == "M" else "hija"),
                 (f.first, "name"), ". Pero nadie hablaba español en la noche."],
        lambda: ["Cảm ơn bác sĩ %s và các y tá khoa %s. %s tôi " % (d[1], p.unitc, "Con gái" if f.sex == "F" else "Con trai"), (f.first, "name"), " rất hài lòng."],
        lambda: ["شكراً للممرضة %s. ابني " % s[0], (R.choice(ARABIC), "name"), " كان سعيداً جداً بالرعاية."],
        lambda: ["Discharge took 7 hours. We were told 10am, left at 5:15pm. My %s " % f.rel, (nm(f, "fl"), "name"),
                 " had to take off work to drive me."],
        lambda: ["%s and %s on 5E are the reason I would come back. Thank you!!" % (STAFF[4][0], STAFF[10][0])],
        lambda: ["WHY DID I GET A BILL FOR $1,840 ON ACCOUNT ", (p.har, "account"), "?? INSURANCE SAID IT WAS PAID"],
        lambda: ["Room was not clean when I was admitted ", (fd(p.adm, "mon"), "date"),
                 ". Found someone else's gauze on the floor. Told the aide, nothing happened."],
        lambda: ["Dr %s rushed through everything. My %s " % (d[1], f.rel), (nm(f, "il"), "name"),
                 " had to ask three times what the new pills were for."],
        lambda: ["The valet scratched my car. Nobody at the desk would give me a claim form."],
        lambda: ["It was loud all night, the pump alarm next door went off for hours. Nurses were great though, esp. %s." % staff()[0]],
    ]
    if p.age > 89:
        opts.append(lambda: ["I am ", (str(p.age), "age"), " years old and was left on a bedpan for 45 minutes. Night shift needs more help."])
        opts.append(lambda: ["At ", (str(p.age), "age"), " I have been in many hospitals and this was the best care. Thank you %s!" % s[0]])
    else:
        opts.append(lambda: ["I am %d and was left on a bedpan for 45 minutes. Night shift needs more help." % p.age])
    return pick("comment", opts)()


NOPHI_COMMENTS = [
    "Tamika and Jamal were so kind to us",
    "Food was cold three days in a row",
    "Wait in radiology was over two hours",
    "Nobody explained the new medications",
    "Dr. Lindgren took time to answer every question",
    "Parking garage elevators broken again",
    "Becky made my stay bearable",
    "Too noisy at night near the nurses station",
    "Discharge process was slow but the nurses apologized",
    "Everyone washed their hands, felt safe",
]


# ----------------------------------------------------------------------------
# episodes with PHI


def ep_pg_pipe():
    dstyle = R.choice(["cmp", "us"])
    dd = REF - dt.timedelta(days=R.randint(2, 4))
    emit(winston("info", "sample-extract", [
        "start client=%s designators=IN0101,ER0102,AS0101 window=%s/%s exclusions=no_publicity,hospice,prisoner,foreign_addr,under18"
        % (CLIENT_ID, dd.isoformat(), dd.isoformat())]))
    tick()
    hdr = ("SURVEY_DESIGNATOR|CLIENT_ID|LAST_NAME|MIDDLE_INITIAL|FIRST_NAME|ADDRESS_1|ADDRESS_2|CITY|STATE|ZIP|COUNTY|"
           "PHONE|EMAIL|GENDER|DOB|LANGUAGE|MRN|UNIQUE_ID|VISIT_NUMBER|ADMIT_DATE|DISCHARGE_DATE|ADMIT_SOURCE|"
           "DISCHARGE_STATUS|UNIT|SERVICE_LINE|ATTENDING_NPI|ATTENDING_NAME|PAYER|MEMBER_ID|NO_PUBLICITY|DECEASED|EOR")
    emit(Ln("pg_sample_pipe").t(hdr))
    n = R.randint(3, 6)
    for _ in range(n):
        p = mkperson()
        desig = R.choice(["IN0101", "IN0101", "ER0102", "AS0101"])
        p.disch = dd
        p.adm = dd if desig != "IN0101" else dd - dt.timedelta(days=R.randint(1, 8))
        d = doc()
        stat = R.choice(["01", "01", "01", "06", "03", "20"]) if desig == "IN0101" else "01"
        row = [desig, CLIENT_ID, (p.last.upper(), "name"), (p.mi, "name"), (p.first.upper(), "name"),
               (p.street.upper(), "address"), (p.unit.upper(), "address") if p.unit else "",
               (p.city.upper(), "address"), "OH", (p.zip, "zip"), (p.county.upper(), "address"),
               (p.phone, "phone"), (p.email, "email") if R.random() < 0.6 else "", p.sex,
               (fd(p.dob, dstyle), "date"), R.choice(["ENG", "ENG", "ENG", "SPA", "SOM", "VIE", "ARA", "NEP"]),
               (p.mrn, "mrn"), (p.survey, "other_id"), (p.csn, "other_id"), (fd(p.adm, dstyle), "date"),
               (fd(p.disch, dstyle), "date"), R.choice(["1", "2", "7", "4"]), stat,
               p.unitc if desig == "IN0101" else ("ED" if desig == "ER0102" else "ASC"),
               R.choice(["MED", "SURG", "CARD", "ONC", "OB", "ORTHO"]), NPI[d[1]],
               "%s, %s" % (d[1].upper(), d[0].upper()), p.payer.upper(),
               (p.member, "health_plan") if p.member else "", R.choice("NNNNY"), "Y" if stat == "20" else "N", "$"]
        L = Ln("pg_sample_pipe")
        cells(L, row)
        emit(L)
    emit(Ln("pg_sample_pipe").t("TRL|%s|%s|RECORDS=%d|MD5=%s" % (CLIENT_ID, fd(REF, "cmp"), n, rs(HEX, 32))))
    tick()
    fn = "PG_IN_%s_%s.txt" % (CLIENT_ID, fd(dd, "cmp"))
    emit(Ln("sftp_syslog").t("%s px-worker sftp-push[%d]: put /data/outbound/%s -> sftp.px-vendor.net:22/inbound/%s/ %d bytes in %.2fs sha256=%s"
                              % (CLK[0].strftime("%b %d %H:%M:%S"), R.randint(2000, 9000), fn, CLIENT_ID,
                                 R.randint(3000, 900000), R.uniform(0.4, 6), rs(HEX, 64))))


def fw(L, val, width, cat=None):
    v = val[:width]
    if cat and v.strip():
        L.p(v, cat)
        L.t(" " * (width - len(v)))
    else:
        L.t(v.ljust(width))


def ep_pg_fixed():
    dd = REF - dt.timedelta(days=R.randint(2, 5))
    emit(Ln("pg_fixed_width").t("H%s%sOP0101V03.2%sRIVERBEND MEDICAL CTR" % (CLIENT_ID, fd(REF, "cmp"), " " * 12)))
    n = R.randint(3, 5)
    for _ in range(n):
        p = mkperson(age=R.choice([R.randint(40, 89), R.randint(90, 101), R.randint(66, 89)]))
        L = Ln("pg_fixed_width")
        L.t(R.choice(["OP0101", "MD0101", "ER0102"]) + CLIENT_ID)
        fw(L, p.mrn.rjust(10, "0"), 10, "mrn")
        fw(L, p.last.upper(), 20, "name")
        fw(L, p.first.upper(), 15, "name")
        fw(L, p.mi, 1, "name")
        addr = p.street.upper() + ((" " + p.unit.upper()) if p.unit else "")
        fw(L, addr, 30, "address")
        fw(L, p.city.upper(), 20, "address")
        L.t("OH")
        fw(L, p.zip, 5, "zip")
        fw(L, p.phone, 10, "phone")
        L.t(p.sex)
        fw(L, fd(p.dob, "cmp"), 8, "date")
        fw(L, "%03d" % p.age, 3, "age" if p.age > 89 else None)
        fw(L, fd(dd, "cmp"), 8, "date")
        fw(L, R.choice(["CARDOP", "ORTHCL", "ONCINF", "EDMAIN", "IMAGNG"]), 6)
        L.t(NPI[doc()[1]])
        L.t(R.choice(["EN", "EN", "ES", "SO"]) + "$")
        emit(L)
    emit(Ln("pg_fixed_width").t("T%s%07d%s" % (CLIENT_ID, n, " " * 40)))


def ep_return_csv():
    fn = "PG_OUT_%s_%s_CMT.csv" % (CLIENT_ID, fd(REF - dt.timedelta(days=1), "cmp"))
    emit(pino(30, {"name": "survey-import", "file": "/data/inbound/" + fn, "delimiter": ",", "encoding": "utf-8", "jobId": str(R.randint(8000, 9999))}, "reading return file"))
    emit(Ln("pg_return_csv").t("CLIENT_ID,SURVEY_ID,SERVICE,RECDATE,DISDATE,MRN,UNIT,QSTN,VALENCE,COMMENT"))
    for k in range(R.randint(3, 6)):
        p = mkperson(age=R.randint(90, 101) if k == 0 else None)
        f = fam_of(p)
        rec = p.disch + dt.timedelta(days=R.randint(6, 20))
        if rec > REF:
            rec = REF - dt.timedelta(days=1)
        L = Ln("pg_return_csv")
        cparts = comment_parts(p, f)
        row = [CLIENT_ID, (p.survey, "other_id"), R.choice(["IN", "ER", "OU", "MD"]),
               (fd(rec, "us"), "date"), (fd(p.disch, "us"), "date"), (p.mrn, "mrn"), p.unitc,
               R.choice(["CMT_OVERALL", "CMT_NURSE", "CMT_DOCTOR", "CMT_ENVIRON", "CMT_DISCH"]),
               R.choice(["POS", "NEG", "MIX", "NEU"]), T(*cparts)]
        cells(L, row, sep=",", quote=False)
        emit(L)
    tick(1, 5)
    emit(Ln("bullmq_logfmt").t("%s [bullmq] queue=px:survey-import worker=%s job=%d state=completed duration_ms=%d rows=%d rejected=%d comments=%d attempt=1"
                               % (iso(), pod(), R.randint(8000, 9999), R.randint(300, 4000), R.randint(200, 1400), R.randint(0, 6), R.randint(40, 400))))


def complaint_desc(p, c, kind):
    s = staff()
    opts = [
        lambda: ["%s called stating pt was not fed for 14 hrs on %s while NPO order had been cancelled." % (c.rel.capitalize() if c is not p else "Pt", p.unitc), "\nPt d/c ",
                 (fd(p.disch, "us"), "date"), ". Requests meeting w/ nurse manager. Staff involved: %s %s, %s." % (s[0], s[1], s[2])],
        lambda: ["Pt states call light unanswered >40 min on night of ", (fd(p.adm, "mon"), "date"),
                 "; fell while walking to bathroom. No injury per chart.\nFamily (", (nm(c, "fl"), "name"), ") upset no one called them."],
        lambda: ["Complainant reports rude behavior by registration staff in ED lobby.\nCallback number ",
                 (fph(c.phone, rphstyle()), "phone"), " after 5pm only."],
        lambda: ["Lost belongings: upper denture and reading glasses, last seen during transfer ED -> %s on " % p.unitc,
                 (fd(p.adm, "dmy"), "date"), ".\nSecurity search negative. Reimbursement requested."],
        lambda: ["Billing dispute: pt received statement for HAR ", (p.har, "account"),
                 " although %s was billed primary. Pt says no one explained observation status." % p.payer],
        lambda: ["Pt's %s " % c.rel if c is not p else "Pt ", (nm(c, "f"), "name"),
                 " feels discharge was premature; readmitted 3 days later.\nRequests review by CMO."],
    ]
    return pick("desc", opts)()


def ep_sf_case():
    p = mkperson()
    self_c = R.random() < 0.35
    c = p if self_c else fam_of(p)
    if self_c:
        c.rel = "self"
    cid, conid, num = sfid("500"), sfid("003"), casenum()
    rec = min(p.disch + dt.timedelta(days=R.randint(1, 12)), REF)
    kind = R.choice(["Grievance", "Complaint", "Grievance", "Complaint"])
    v = pick("sfv", ["A", "B", "C"])
    si = staff()
    if v == "A":
        rec_o = {
            "attributes": {"type": "Case", "url": T("/services/data/v59.0/sobjects/Case/", (cid, "other_id"))},
            "Id": P(cid, "other_id"), "CaseNumber": P(num, "other_id"), "RecordTypeId": sfid("012"),
            "Type": kind, "Origin": R.choice(["Phone", "Email", "Web", "Survey Comment", "Walk-in"]),
            "Status": R.choice(["New", "Working", "Escalated", "Awaiting Response"]), "Priority": R.choice(["High", "Medium"]),
            "Subject": T("%s - %s" % (kind, UNIT_NAME[p.unitc]), " - ", (nm(p, "LF"), "name")),
            "Description": T(*complaint_desc(p, c, kind)),
            "ContactId": P(conid, "other_id"), "OwnerId": sfid("005"),
            "Patient_MRN__c": P(p.mrn, "mrn"), "Patient_DOB__c": P(fd(p.dob, "sf"), "date"),
            "Encounter_CSN__c": P(p.csn, "other_id"), "Date_of_Service__c": P(fd(p.adm, "sf"), "date"),
            "Department__c": UNIT_NAME[p.unitc],
            "Complainant_Name__c": P(nm(c, "fl"), "name"), "Complainant_Relationship__c": c.rel.title(),
            "Complainant_Phone__c": P(fph(c.phone, "paren"), "phone"),
            "Complainant_Email__c": P(c.email, "email") if R.random() < 0.7 else None,
            "Date_Received__c": P(fd(rec, "sf"), "date"),
            "Ack_Letter_Due__c": P(fd(rec + dt.timedelta(days=7), "sf"), "date"),
            "CMS_Grievance__c": kind == "Grievance",
            "Staff_Involved__c": "%s, %s %s" % (si[1], si[0], si[2]),
            "CreatedDate": "%sT%s.000+0000" % (fd(rec, "iso"), "%02d:%02d:%02d" % (R.randint(12, 22), R.randint(0, 59), R.randint(0, 59))),
            "LastModifiedDate": iso().replace("Z", "+0000"),
        }
        emit(pino(20, {"name": "sf-sync", "sobject": "Case", "record": rec_o}, "fetched record"))
    elif v == "B":
        body = {
            "caseNumber": P(num, "other_id"), "category": R.choice(["Communication", "Care & Treatment", "Billing", "Environment", "Lost Property"]),
            "source": "web_form",
            "patient": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                        "dateOfBirth": P(fd(p.dob, "us"), "date"), "mrn": P(p.mrn, "mrn") if R.random() < 0.5 else None},
            "submitter": {"name": P(nm(c, "fl"), "name"), "relationship": c.rel,
                          "email": P(c.email, "email"), "phone": P(fph(c.phone, rphstyle()), "phone"),
                          "preferredContact": R.choice(["email", "phone", "mail"])},
            "incident": {"date": P(fd(p.adm + dt.timedelta(days=R.randint(0, 2)), "iso"), "date"),
                         "location": R.choice(["ED waiting room", "4W hallway", "Main lobby", "Radiology", "Garage B"]),
                         "description": T(*complaint_desc(p, c, kind))},
        }
        if R.random() < 0.4:
            body["attachments"] = [{"fileName": "IMG_%d.jpg" % R.randint(1000, 9999), "contentType": "image/jpeg",
                                    "caption": R.choice(["bruise on her face after the fall", "photo of him in the ED hallway bed", "my face the day after discharge"]),
                                    "base64": P(jpeg_b64(R.randint(30, 60)), "photo")}]
        else:
            body["attachments"] = []
        emit(pino(30, {"name": "cases", "reqId": "req-" + rs(HEX, 4), "route": "POST /api/v1/cases", "body": body}, "case intake received"))
    else:
        o = {"grievance_no": P(grv(), "other_id"), "pt_lname": P(p.last.upper(), "name"), "pt_fname": P(p.first.upper(), "name"),
             "pt_dob": P(fd(p.dob, "iso"), "date"), "med_rec_no": P(p.mrn, "mrn"),
             "adm_dt": P(fd(p.adm, "us"), "date"), "dsch_dt": P(fd(p.disch, "us"), "date"),
             "cmpl_nm": P(nm(c, "LF"), "name"), "cmpl_rel": c.rel.upper(), "cmpl_ph": P(c.phone, "phone"),
             "cat_cd": R.choice(["CARE-DELAY", "COMM-MD", "DIGNITY", "BILL-DISP", "LOST-PROP", "SAFETY"]),
             "sev": R.randint(1, 4), "rcvd_dt": P(fd(rec, "us"), "date"),
             "resp_due_dt": P(fd(rec + dt.timedelta(days=R.choice([7, 30])), "us"), "date"),
             "assigned_to": R.choice(PX)[2], "legacy_src": "MIDAS"}
        L = Ln("sf_case_json")
        tick()
        jemit(L, o, sep=(", ", ": "))
        emit(L)
        emit(winston("info", "legacy-migrate", ["upserted 1 record into Case (batch %d/%d, external id field Legacy_Grievance_No__c)" % (R.randint(1, 40), 40)]))


def ep_sf_xml():
    p = mkperson()
    cid, num = sfid("500"), casenum()
    tick()
    L = Ln("sf_outbound_xml")
    L.t('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>'
        '<notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>00D8c0000012AbCEAU</OrganizationId>'
        '<ActionId>04k8c000000Xy1zAAC</ActionId><SessionId xsi:nil="true"/><EnterpriseUrl>https://riverbend.my.salesforce.com/services/Soap/c/59.0/00D8c0000012AbC</EnterpriseUrl>'
        '<Notification><Id>' + sfid("04l") + '</Id><sObject xsi:type="sf:Case" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"><sf:Id>')
    L.p(cid, "other_id")
    L.t("</sf:Id><sf:CaseNumber>").p(num, "other_id").t("</sf:CaseNumber>")
    L.t("<sf:Status>Escalated</sf:Status><sf:Type>Grievance</sf:Type>")
    L.t("<sf:Patient_Last_Name__c>").p(xesc(p.last), "name").t("</sf:Patient_Last_Name__c>")
    L.t("<sf:Patient_First_Name__c>").p(xesc(p.first), "name").t("</sf:Patient_First_Name__c>")
    L.t("<sf:Patient_MRN__c>").p(p.mrn, "mrn").t("</sf:Patient_MRN__c>")
    if R.random() < 0.6:
        L.t("<sf:Patient_Street__c>").p(xesc(p.street), "address").t("</sf:Patient_Street__c>")
        L.t("<sf:Patient_City__c>").p(p.city, "address").t("</sf:Patient_City__c><sf:Patient_State__c>OH</sf:Patient_State__c>")
        L.t("<sf:Patient_Zip__c>").p(p.zip, "zip").t("</sf:Patient_Zip__c>")
    L.t("<sf:Discharge_Date__c>").p(fd(p.disch, "iso"), "date").t("</sf:Discharge_Date__c>")
    L.t("<sf:Escalation_Reason__c>%s</sf:Escalation_Reason__c>" % xesc(R.choice(["Ack letter overdue", "Regulatory: ODH complaint", "Risk & legal review", "Media attention"])))
    L.t("</sObject></Notification></notifications></soapenv:Body></soapenv:Envelope>")
    emit(L)
    tick(0.01, 0.2)
    emit(Ln("sf_outbound_xml").t('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>'))


def ep_email():
    p = mkperson()
    c = fam_of(p)
    num = casenum()
    g = grv()
    px = R.choice(PX)
    tick(30, 300)
    emit(pino(30, {"name": "email-ingest", "mailbox": "patientrelations@" + DOM, "uid": R.randint(80000, 90000), "messageId": "<CA%s@mail.gmail.com>" % rs(ALNUM, 28)}, "new message"))
    E = lambda: Ln("email_rfc822")
    emit(E().t('From: "').p(nm(c, "fl"), "name").t('" <').p(c.email, "email").t(">"))
    emit(E().t("To: Patient Relations <patientrelations@%s>" % DOM))
    emit(E().t("Cc: %s %s <%s@%s>" % (px[0], px[1], px[2], DOM)))
    c0 = CLK[0] - dt.timedelta(hours=4)
    emit(E().t("Date: %s, %d %s %d %02d:%02d:%02d -0400" % (WD[c0.weekday()], c0.day, MON[c0.month - 1], c0.year, c0.hour, c0.minute, c0.second)))
    subj = R.choice([
        lambda: E().t("Subject: Re: [Case #").p(num, "other_id").t("] Concern regarding my %s's care" % pt_word(c, p)),
        lambda: E().t("Subject: RE: Grievance ").p(g, "other_id").t(" - ").p(nm(p, "fl"), "name"),
        lambda: E().t("Subject: Complaint about discharge on ").p(fd(p.disch, "usn"), "date"),
    ])()
    emit(subj)
    emit(E().t("Message-ID: <CA%s@mail.gmail.com>" % rs(ALNUM, 30)))
    emit(E().t("Content-Type: text/plain; charset=\"UTF-8\""))
    emit(E().t("Hello,"))
    body = pick("email", [
        lambda: [E().t("My %s " % pt_word(c, p)).p(nm(p, "fl"), "name").t(" (DOB ").p(fd(p.dob, "us"), "date")
                 .t(") was discharged from %s on " % p.unitc).p(fd(p.disch, "long"), "date").t(" and nobody reviewed %s medications with us." % ("her" if p.sex == "F" else "his")),
                 E().t("She was back in your ER two days later. I would like a call from the unit manager, my cell is ").p(fph(c.phone, rphstyle()), "phone").t(".")],
        lambda: [E().t("I am writing again because I still have not received the written response I was promised."),
                 E().t("My %s was admitted " % pt_word(c, p, True)).p(fd(p.adm, "md"), "date")
                 .t(" and fell on the second night. Please send the letter to ").p(p.street, "address").t(", ").p(p.city, "address").t(", OH ").p(p.zip, "zip").t(".")],
        lambda: [E().t("Your billing office keeps asking for %s social again." % ("her" if p.sex == "F" else "his")).t(" It is ").p(ssn(), "ssn").t(". Please make sure it goes to the right account."),
                 E().t("Account number on the statement is ").p(p.har, "account").t(", insurance is %s ID " % p.payer).p(p.member or member_id("Aetna"), "health_plan").t(".")],
        lambda: [E().t("I want to thank the MICU team, especially %s, for how they cared for my %s " % (STAFF[8][0], pt_word(c, p)))
                 .p(nm(p, "f"), "name").t(" in %s last days. %s was " % (("her", "She") if p.sex == "F" else ("his", "He"))).rich([(str(p.age), "age") if p.age > 89 else str(p.age)]).t(" and so proud of %s nurses." % ("her" if p.sex == "F" else "his")),
                 E().t("Please share this with the whole unit.")],
    ])()
    emit(*body)
    emit(E().t("Thank you,"))
    emit(E().p(nm(c, R.choice(["f", "fl"])), "name"))
    if R.random() < 0.5:
        emit(E().t("Sent from my iPhone"))
    c1 = c0 - dt.timedelta(days=R.randint(2, 6))
    emit(E().t("> On %s, %s %d, %d at %d:%02d PM Patient Relations <patientrelations@%s> wrote:" % (WD[c1.weekday()], MON[c1.month - 1], c1.day, c1.year, R.randint(1, 5), R.randint(0, 59), DOM)))
    emit(E().t("> Thank you for contacting us. Your concern has been logged as ").p(g, "other_id").t(" and assigned to %s %s." % (px[0], px[1])))
    emit(E().t("> %s %s | %s | %s | 614-566-4400 ext %s" % (px[0], px[1], px[3], HOSP, px[4])))


def ep_call_notes():
    p = mkperson()
    c = fam_of(p)
    px = R.choice(PX)
    num = casenum()
    ini = px[0][0] + px[1][0]
    notes = [
        lambda: Ln("call_note").t("%s CALL IN - Rec'd call from %s " % (CLK[0].strftime("%m/%d/%y %H%M"), c.rel)).p(nm(c, "fl"), "name")
        .t(" (").p(fph(c.phone, rphstyle()), "phone").t(") re: pt ").p(nm(p, "lf"), "name").t(" MRN ").p(p.mrn, "mrn")
        .t(" adm ").p(fd(p.adm, "us2"), "date").t(". States pt left in soiled linens overnight on %s. Logged as grievance per CMS 482.13. -%s" % (p.unitc, ini)),
        lambda: Ln("call_note").t("VM left for pt at ").p(fph(p.phone, rphstyle()), "phone").t(" 10:14, 2nd attempt. Will send letter to address on file. -%s" % ini),
        lambda: Ln("call_note").t("Spoke w/ pt ").p(nm(p, "fl"), "name").t(" (DOB ").p(fd(p.dob, "us"), "date")
        .t("). Lost hearing aids (Phonak Audeo, L serial ").p("%d%s%s" % (R.randint(1900, 2399), R.choice("XYZ"), rs("0123456789ABCDEFGHJK", 4)), "device")
        .t(", R serial ").p("%d%s%s" % (R.randint(1900, 2399), R.choice("XYZ"), rs("0123456789ABCDEFGHJK", 4)), "device")
        .t(") after transfer ED->%s on " % (p.unitc if p.unitc != "ED" else "4W")).p(fd(p.adm, "md"), "date").t(". Security notified, inc# ").p("SEC-24-%04d" % R.randint(900, 1500), "other_id").t("."),
        lambda: Ln("call_note").t(c.rel.capitalize() + " ").p(nm(c, "f"), "name").t(" called re: valet damage to car (OH plate ")
        .p("%s %04d" % (rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 9999)), "vehicle").t(", VIN ").p(vin(), "vehicle")
        .t("). Valet vendor (ParkSmart) claim form emailed. Forwarded to Risk. -%s" % ini),
        lambda: Ln("call_note").t("Pt's %s " % c.rel).p(nm(c, "fl"), "name").t(" requests all correspondence by fax to ")
        .p(fph(c.phone[:6] + "%04d" % R.randint(0, 9999), R.choice(["paren", "dash"])), "fax").t("; HIPAA auth on file exp ")
        .p(fd(REF + dt.timedelta(days=R.randint(100, 400)), "us"), "date").t(". -%s" % ini),
        lambda: Ln("call_note").t("Callback to ").p(nm(c, "il"), "name").t(" - explained outcome of review w/ %s (nurse mgr). Family satisfied, ok to close. -%s" % (STAFF[10][0] + " " + STAFF[10][1], ini)),
        lambda: Ln("call_note").t("Walk-in: pt ").p(nm(p, "FL"), "name").t(", ").rich([(str(p.age), "age") if p.age > 89 else str(p.age)])
        .t(" y/o, accompanied by grandson, upset about parking charges during 9-day stay. Gave 2 garage vouchers. -%s" % ini),
        lambda: Ln("call_note").t("Pt's %s " % c.rel).p(nm(c, "f"), "name").t(" asked for copy of the grievance letter; verified identity w/ pt DOB ")
        .p(fd(p.dob, "dmy"), "date").t(" and last 4 of SSN. Mailed 10/14. -%s" % ini),
        lambda: Ln("call_note").t("Pt reports insulin pump (Tandem t:slim X2 SN ").p("%d" % R.randint(10000000, 99999999), "device")
        .t(") was removed in PACU and not returned. Biomed checked, not in lost & found. Case ").p(num, "other_id").t(". -%s" % ini),
        lambda: Ln("call_note").t("No answer at ").p(fph(p.phone, "raw"), "phone").t(", mailbox full. Closing attempt 3/3. -%s" % ini),
    ]
    k = R.randint(2, 4)
    emit(pino(30, {"name": "cases", "caseId": P(sfid("500"), "other_id"), "user": px[2], "notes": k}, "loading case comments"))
    # case comment header row (SF export)
    L = Ln("call_note")
    tick()
    L.t("CaseComment|%s|" % sfid("00a")).p(num, "other_id").t("|%s|%s|IsPublished=false" % (iso(), px[2]))
    emit(L)
    seen = set()
    while len(seen) < k:
        fn = pick("note", notes)
        if fn in seen:
            continue
        seen.add(fn)
        tick(20, 200)
        emit(fn())


def ep_kudos():
    p = mkperson()
    s = R.choice(STAFF + NURSES)
    tick()
    L = Ln("kudos_logfmt")
    share = R.random() < 0.6
    pairs = [("ts", iso()), ("level", "info"), ("svc", "kudos-router"), ("msg", "compliment routed"),
             ("cmp", (cmp_id(), "other_id")), ("source", R.choice(["pg_comment", "web_form", "email", "card"]))]
    if R.random() < 0.5:
        pairs.append(("survey_id", (p.survey, "other_id")))
    pairs += [("recipient_emp", EMP[s[1]]), ("recipient", "%s %s, %s" % (s[0], s[1], s[2])), ("unit", UNIT_NAME.get(s[3], s[3])),
              ("mgr", R.choice(["kwame.asante", "lorraine.dubrowski", "cnm.%s" % fold(s[3])]) + "@" + DOM), ("share_patient_name", str(share).lower())]
    if share:
        pairs.append(("patient", (nm(p, R.choice(["fl", "fL", "lf"])), "name")))
    kv(L, pairs)
    emit(L)
    if s in NURSES and R.random() < 0.7:
        f = fam_of(p)
        tick()
        L = Ln("kudos_logfmt")
        kv(L, [("ts", iso()), ("level", "info"), ("svc", "kudos-router"), ("msg", "DAISY nomination received"),
               ("nomination_id", ("DN-2024-%04d" % R.randint(100, 260), "other_id")), ("nominee_emp", EMP[s[1]]),
               ("nominee", "%s %s" % (s[0], s[1])), ("nominator_name", (nm(f, "fl"), "name")),
               ("nominator_relationship", f.rel), ("nominator_email", (f.email, "email")),
               ("patient_room", "%s-%02d" % (s[3], R.randint(1, 30)))])
        emit(L)


def ep_letter():
    p = mkperson()
    self_c = R.random() < 0.4
    c = p if self_c else fam_of(p)
    g = grv()
    px = R.choice(PX)
    rec = min(p.disch + dt.timedelta(days=R.randint(1, 10)), REF - dt.timedelta(days=2))
    final = R.random() < 0.5
    tmpl = "GRV_RESP_FINAL" if final else "GRV_ACK_7D"
    tick()
    L = Ln("winston_text")
    L.t("%s info: [letter-svc] rendered template=%s grievance=" % (iso(), tmpl)).p(g, "other_id").t(' to="').p(nm(c, "fl"), "name")
    L.t('" addr1="').p(c.street, "address").t('" city="').p(c.city, "address").t('" zip=').p(c.zip, "zip").t(" channel=%s pages=%d" % (R.choice(["print", "print", "fax", "email"]), R.randint(1, 3)))
    emit(L)
    LT = lambda: Ln("letter_text")
    emit(LT().t("%s | Patient Relations | 3535 Olentangy River Rd, Columbus, OH 43214 | 614-566-4400" % HOSP))
    emit(LT().p(fd(REF, R.choice(["long", "long", "us"])), "date"))
    emit(LT().p(nm(c, "fl"), "name"))
    emit(LT().p(c.street + ((" " + c.unit) if c.unit else ""), "address"))
    emit(LT().p(c.city, "address").t(", OH ").p(c.zip, "zip"))
    L = LT().t("RE: Grievance ").p(g, "other_id").t(" | Patient: ").p(nm(p, "fl"), "name").t(" | Date(s) of service: ")
    L.p(fd(p.adm, "us"), "date").t(" - ").p(fd(p.disch, "us"), "date")
    emit(L)
    emit(LT().t("Dear %s " % hon(c)).p(c.last, "name").t(":"))
    who = "your" if self_c else "your %s's" % pt_word(c, p)
    if final:
        emit(LT().t("Thank you for sharing your concerns about %s stay on %s, which we received on " % (who, UNIT_NAME[p.unitc])).p(fd(rec, "long"), "date").t("."))
        s = ([x for x in STAFF if x[3] == p.unitc] or [staff()])[0]
        emit(LT().t("Our review included interviews with the %s leadership team, including %s %s, %s, and a review of the medical record." % (UNIT_NAME[p.unitc], s[0], s[1], s[2])))
        emit(LT().t("We found that call light response times on the night in question did not meet our standards, and staffing has been adjusted."))
        emit(LT().t("If you are not satisfied with this response, you may contact the Ohio Department of Health Complaint Unit at 1-800-342-0553 or The Joint Commission at www.jointcommission.org."))
    else:
        emit(LT().t("We received your concern on ").p(fd(rec, "long"), "date").t(" and have registered it as a formal grievance."))
        emit(LT().t("Under 42 CFR 482.13 we will send you a written response by ").p(fd(rec + dt.timedelta(days=30), "long"), "date").t("."))
    emit(LT().t("Sincerely,"))
    emit(LT().t("%s %s, %s | 614-566-4400 ext %s | %s@%s" % (px[0], px[1], px[3], px[4], px[2], DOM)))
    emit(LT().t("cc: Renata Kovacs, Manager, Patient Experience; Risk Management; Medical Records"))


def ep_social():
    tick(5, 60)
    emit(winston("info", "social-listener", ["polled 5 sources (x, facebook, google_business, reddit, yelp) new=%d alerts=%d threshold=sentiment<-0.6"
                                             % (R.randint(5, 40), R.randint(1, 3))]))
    for _ in range(R.randint(1, 2)):
        plat = pick("social", ["x", "facebook", "google_business", "reddit", "yelp"])
        p = mkperson(age=R.randint(90, 100) if plat == "x" else None)
        f = fam_of(p)
        tick()
        L = Ln("social_alert_json")
        aid = "al_" + rs(ALNUM, 12)
        if plat == "x":
            h = R.choice([fold(f.first) + "_" + fold(f.last)[:1] + str(R.randint(10, 99)), fold(f.first) + fold(f.last)[:4], "its_" + fold(f.first)])
            sid = str(R.randint(1840000000000000000, 1849999999999999999))
            gm = R.random() < 0.5
            text = T("Sat in @RiverbendMed ER for 7 hrs with my ", *(((str(p.age), "age"), " yo %s " % pt_word(f, p, True)) if gm and p.age > 89 else (pt_word(f, p, True) + " ",)),
                     (p.first, "name"), ", nobody checked on them once. #healthcare #columbus")
            o = {"alertId": aid, "network": "x", "matched": ["RiverbendMed", "ER"], "sentiment": round(R.uniform(-0.95, -0.6), 2),
                 "author": {"handle": P("@" + h, "other_id"), "displayName": P(nm(f, "fl"), "name"),
                            "profileUrl": P("https://x.com/" + h, "url"), "followers": R.randint(20, 2000)},
                 "text": text, "permalink": P("https://x.com/%s/status/%s" % (h, sid), "url"),
                 "postedAt": iso()}
        elif plat == "facebook":
            slug = "%s.%s.%d" % (fold(f.first), fold(f.last), R.randint(1, 99))
            o = {"alert_id": aid, "source": "facebook", "page": "Riverbend Medical Center", "sentiment": round(R.uniform(-0.9, -0.6), 2),
                 "author_name": P(nm(f, "fl"), "name"), "author_profile": P("https://www.facebook.com/" + slug, "url"),
                 "author_avatar_b64": P(jpeg_b64(R.randint(24, 45)), "photo") if R.random() < 0.5 else None,
                 "message": T("My %s " % pt_word(f, p, True), (nm(p, "fl"), "name"),
                              " was discharged ", (fd(p.disch, "md"), "date"), " with the wrong meds list. Called 4 times, no callback. Do better Riverbend."),
                 "created_time": CLK[0].strftime("%Y-%m-%dT%H:%M:%S+0000")}
        elif plat == "google_business":
            o = {"id": aid, "platform": "google_business", "location": "Riverbend Medical Center - Emergency", "rating": 1,
                 "reviewer": P(nm(f, "fL"), "name"),
                 "reviewUrl": P("https://www.google.com/maps/contrib/%d/reviews" % R.randint(10**20, 10**21 - 1), "url"),
                 "comment": T("Brought my %s in on " % pt_word(f, p, True), (fd(p.adm, "monl"), "date"),
                              ". Triage nurse was great but we waited 6 hours with no updates. Dr. %s apologized at least." % doc()[1]),
                 "sentiment": -0.71}
        elif plat == "reddit":
            h = R.choice(["throwaway_er_%s" % R.choice(["dad", "mom", "kid"]), fold(f.first) + "_in_cbus", "u" + rs("0123456789", 6)])
            o = {"alertId": aid, "network": "reddit", "subreddit": "r/Columbus",
                 "author": P("u/" + h, "other_id"),
                 "title": "Anyone else have a terrible experience at Riverbend ER?",
                 "selftext": T("My %s fell on 4W and they didn't tell us until the next morning. " % pt_word(f, p, True),
                               "Pt advocate gave us case # ", (casenum(), "other_id"), " and nothing since."),
                 "permalink": P("https://www.reddit.com/r/Columbus/comments/%s/comment/%s/" % (rs("abcdefghijklmnopqrstuvwxyz0123456789", 7), rs("abcdefghijklmnopqrstuvwxyz0123456789", 7)), "url"),
                 "sentiment": -0.8}
        else:
            uid = rs(ALNUM, 22)
            o = {"alert_id": aid, "source": "yelp", "business": "riverbend-medical-center-columbus", "rating": 2,
                 "user_name": P(nm(f, "fL"), "name"), "user_url": P("https://www.yelp.com/user_details?userid=" + uid, "url"),
                 "text": T("Valet lost my keys for an hour after my %s's surgery on " % pt_word(f, p, True),
                           (fd(p.adm, "us"), "date"), ". Nurses upstairs were lovely."),
                 "sentiment": -0.62}
        jemit(L, o)
        emit(L)
        if R.random() < 0.5:
            emit(pino(30, {"name": "social-listener", "alertId": aid, "rule": "auto-case-negative", "caseNumber": P(casenum(), "other_id"), "queue": "PX Social"}, "auto-created case from alert"))


def ep_hl7():
    p = mkperson()
    nk = fam_of(p)
    d = doc()
    ctl = "MSG%08d" % R.randint(10**6, 10**8)
    tick()
    emit(Ln("mirth_text").t("%s INFO  [Channel: ADT to PX Hub] message %d received (ADT^A03) from 10.20.4.15:6661 in %dms" % (CLK[0].strftime("%Y-%m-%d %H:%M:%S,%f")[:23], R.randint(80000, 99999), R.randint(3, 40))))
    emit(Ln("hl7v2").t("MSH|^~\\&|EPIC|RBMC|PXHUB|RIVERBEND|%s||ADT^A03^ADT_A03|%s|P|2.5.1" % (hl7ts(), ctl)))
    emit(Ln("hl7v2").t("EVN|A03|%s" % hl7ts()))
    L = Ln("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^RBMC^MR")
    if p.member:
        L.t("~").p(p.member, "health_plan").t("^^^%s^MB" % fold(p.payer)[:6].upper())
    L.t("||").p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^").p(p.mi, "name").t("^^^^L||")
    L.p(fd(p.dob, "cmp"), "date").t("|%s||%s|" % (p.sex, R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])))
    L.p(p.street.upper(), "address").t("^")
    if p.unit:
        L.p(p.unit.upper(), "address")
    L.t("^").p(p.city.upper(), "address").t("^OH^").p(p.zip, "zip").t("^USA^H^^").p(p.county.upper(), "address").t("||")
    L.t("^PRN^PH^^1^").p(p.phone[:3], "phone").t("^").p(p.phone[3:], "phone")
    if R.random() < 0.5:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("||%s|%s||" % (R.choice(["ENG", "SPA", "SOM"]), R.choice(["M", "S", "W", "D"]))).p(p.har, "account").t("|")
    emit(L)
    if R.random() < 0.7:
        L = Ln("hl7v2")
        L.t("NK1|1|").p(nk.last.upper(), "name").t("^").p(nk.first.upper(), "name").t("|%s^%s^HL70063||" % (
            {"daughter": "CHD", "son": "CHD", "wife": "SPO", "husband": "SPO"}.get(nk.rel, "OTH"), nk.rel.title()))
        L.p(fph(nk.phone, "paren"), "phone").t("||EC^Emergency Contact^HL70131")
        emit(L)
    L = Ln("hl7v2")
    L.t("PV1|1|I|%s^%s^A^RBMC||||%s^%s^%s^^^^MD^^^^NPI|||MED||||1|||||" % (p.unitc, R.randint(100, 799), NPI[d[1]], d[1].upper(), d[0].upper()))
    L.p(p.csn, "other_id").t("|||||||||||||||||%s||||||||" % R.choice(["01", "06", "03"]))
    L.p(hl7ts(dt.datetime.combine(p.adm, dt.time(R.randint(0, 23), R.randint(0, 59))), False), "date").t("|")
    L.p(hl7ts(dt.datetime.combine(p.disch, dt.time(R.randint(9, 20), R.randint(0, 59))), False), "date")
    emit(L)
    if p.member and R.random() < 0.6:
        L = Ln("hl7v2")
        L.t("IN1|1|%s|%d|%s||||||||||||" % (fold(p.payer)[:8].upper(), R.randint(10000, 99999), p.payer.upper()))
        L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("|01^Self|").p(fd(p.dob, "cmp"), "date").t("||||||||||||||||||")
        L.p(p.member, "health_plan")
        emit(L)
    tick(0.01, 0.2)
    emit(Ln("hl7v2").t("MSA|AA|%s" % ctl))


def ep_twilio():
    p = mkperson()
    f = fam_of(p)
    tick()
    sid = "SM" + rs(HEX, 32)
    bodytxt = pick("sms", [
        ["Nurse Kim was great but my dad ", (f.first, "name"), " never got his meds on time"],
        ["STOP"],
        ["10 - everyone on 5E was amazing, thank you"],
        ["please call me back about my moms bill. this is ", (f.first, "name")],
        ["wrong number, I was never at Riverbend"],
        ["3. Waited forever for discharge on ", (fd(p.disch, "md"), "date")],
    ])
    if R.random() < 0.5:
        L = Ln("twilio_webhook")
        L.t("%s debug: [twilio-webhook] POST /webhooks/sms/inbound body=ToCountry=US&ToState=OH&SmsMessageSid=%s&NumMedia=0&ToCity=COLUMBUS&FromZip=" % (iso(), sid))
        L.p(p.zip, "zip").t("&SmsSid=%s&FromState=OH&SmsStatus=received&FromCity=" % sid).p(quote_plus(p.city.upper()), "address")
        L.t("&Body=")
        L.rich([(quote_plus(x[0]), x[1]) if isinstance(x, tuple) else quote_plus(x) for x in bodytxt])
        L.t("&FromCountry=US&To=%2B16145664400&MessagingServiceSid=MG" + rs(HEX, 32) + "&NumSegments=1&From=")
        L.p(quote_plus("+1" + p.phone), "phone").t("&ApiVersion=2010-04-01")
        emit(L)
    else:
        emit(pino(30, {"name": "sms-survey", "MessageSid": sid, "From": P("+1" + p.phone, "phone"), "To": "+16145664400",
                       "Body": T(*bodytxt), "surveyId": P(p.survey, "other_id"), "step": R.choice(["q1_nps", "q2_comment", "optout"])}, "inbound sms reply"))
    if bodytxt == ["STOP"]:
        emit(pino(30, {"name": "sms-survey", "phone": P(fph(p.phone, "e164"), "phone"), "list": "post-discharge"}, "opt-out recorded"))


def ep_ivr():
    tick()
    emit(Ln("ivr_csv").t("call_id,start_utc,ani,dnis,queue,agent_id,handle_sec,disposition,case_number,vp_status,vp_template"))
    for _ in range(R.randint(3, 5)):
        tick(20, 400)
        L = Ln("ivr_csv")
        anon = R.random() < 0.25
        p = mkperson()
        row = ["c-" + rs(HEX, 12), CLK[0].strftime("%Y-%m-%d %H:%M:%S"),
               "anonymous" if anon else (p.phone, "phone"), "6145664400",
               R.choice(["PX-Grievance", "PX-General", "PX-Billing"]), R.choice(PX)[2], str(R.randint(30, 1500)),
               R.choice(["resolved", "callback", "abandoned", "transferred"])]
        has_case = (not anon) and R.random() < 0.5
        row.append((casenum(), "other_id") if has_case else "")
        if not anon and R.random() < 0.5:
            row += [R.choice(["enrolled", "verified"]), ("VP2:" + base64.b64encode(bytes(R.randrange(256) for _ in range(30))).decode(), "biometric")]
        else:
            row += ["none", ""]
        cells(L, row, sep=",")
        emit(L)


def ep_claim():
    p = mkperson()
    c = R.choice([p, fam_of(p)])
    kind = R.choice(["lost_property", "valet_damage", "lost_property"])
    num = casenum()
    if kind == "lost_property":
        items = R.choice([
            [{"desc": "iPhone 13, blue case", "imei": P(luhn_complete("35", 15), "device")}],
            [{"desc": "ResMed AirSense 11 CPAP", "serial": P(str(R.randint(23100000000, 23299999999)), "device")}],
            [{"desc": "upper denture"}, {"desc": "reading glasses"}],
            [{"desc": "Oticon hearing aid (R)", "serial": P("%07d" % R.randint(0, 9999999), "device")}],
        ])
        reimb = R.choice([
            {"method": "ACH", "routing": "044000037", "account": P(str(R.randint(10**9, 10**10 - 1)), "account"), "payee": P(nm(c, "fl"), "name")},
            {"method": "check", "payee": P(nm(c, "fl"), "name"), "mailTo": T((c.street, "address"), ", ", (c.city, "address"), ", OH ", (c.zip, "zip"))},
            {"method": "card_refund", "cardNumber": P(luhn_complete(R.choice(["4", "51", "37"]), 16), "account")},
        ])
        body = {"caseNumber": P(num, "other_id"), "claimType": kind, "patientMrn": P(p.mrn, "mrn"),
                "lossDate": P(fd(p.adm, "iso"), "date"), "items": items, "estimatedValue": R.choice([180, 450, 1200, 2650]),
                "reimbursement": reimb}
    else:
        car = R.choice([("2HK", "Honda CR-V", 2019), ("4T1", "Toyota Camry", 2021), ("1FT", "Ford F-150", 2017),
                        ("KND", "Kia Soul", 2020), ("5YJ", "Tesla Model 3", 2022), ("2GN", "Chevrolet Equinox", 2016)])
        body = {"caseNumber": P(num, "other_id"), "claimType": kind, "claimant": P(nm(c, "fl"), "name"),
                "vehicle": {"plate": P("%s %04d" % (rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 9999)), "vehicle"), "state": "OH",
                            "vin": P(vin(car[0]), "vehicle"), "make": car[1], "year": car[2]},
                "driverLicense": {"state": "OH", "number": P(rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + "%06d" % R.randint(0, 999999), "license")},
                "incidentDate": P(fd(p.adm, "us"), "date"), "valetTicket": "V-%06d" % R.randint(0, 999999), "vendor": "ParkSmart LLC"}
    emit(pino(30, {"name": "claims", "reqId": "req-" + rs(HEX, 4), "body": body}, "claim submitted"))
    if R.random() < 0.5:
        emit(pino(40, {"name": "claims", "caseNumber": P(num, "other_id"), "threshold": 500}, "claim exceeds unit reimbursement threshold, routing to Risk Management"))


def ep_access():
    for _ in range(R.randint(2, 4)):
        tick(1, 40)
        p = mkperson()
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 66, 108, 71, 76, 99, 184, 2, 45]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ua = R.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
                       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
                       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36'])
        L = Ln("morgan_clf")
        L.p(ip, "ip").t(" - - [%s] " % clf())
        k = R.choice(["fb", "sv", "cmp", "fb"])
        if k == "fb":
            L.t('"POST /api/v1/feedback HTTP/1.1" 201 %d "https://www.%s/patients-visitors/share-your-feedback" "%s"' % (R.randint(60, 90), DOM, ua))
        elif k == "sv":
            L.t('"GET /s/r?uid=').p(p.survey, "other_id").t('&lang=%s HTTP/1.1" 302 0 "-" "%s"' % (R.choice(["en", "es", "so"]), ua))
        else:
            L.t('"GET /portal/compliments/thanks?ref=').p(cmp_id(), "other_id").t(' HTTP/1.1" 200 %d "-" "%s"' % (R.randint(1800, 4000), ua))
        emit(L)


def ep_app_phi():
    p = mkperson()
    f = fam_of(p)
    opts = [
        lambda: pino(40, {"name": "contact-match", "matchKeys": {"lastName": P(p.last, "name"), "dob": P(fd(p.dob, "iso"), "date"), "zip": P(p.zip, "zip")}, "candidates": 2}, "ambiguous contact match, manual review"),
        lambda: pino(50, {"name": "cases", "err": {"type": "ValidationError", "message": T("Complainant phone '", (p.phone[:9], "phone"), "' fails E.164 normalization"),
                                                   "stack": "ValidationError: Complainant phone fails E.164 normalization\n    at PhoneNormalizer.toE164 (/app/dist/common/phone.js:41:15)\n    at CaseIntakeService.create (/app/dist/cases/case-intake.service.js:88:32)"},
                                   "caseNumber": P(casenum(), "other_id")}, "case intake failed"),
        lambda: pino(30, {"name": "survey-invite", "channel": "email", "to": P(p.email, "email"), "surveyId": P(p.survey, "other_id"), "visitDate": P(fd(p.disch, "iso"), "date"), "template": "ED_EMAIL_V4"}, "survey invite sent"),
        lambda: winston("warn", "grievance-sla", ["case ", (casenum(), "other_id"), " ack letter overdue (received ", (fd(REF - dt.timedelta(days=9), "iso"), "date"), ", patient=", (nm(p, "LF"), "name"), ")"]),
        lambda: winston("error", "survey-import", ["row 214 rejected: ZIP '", (p.zip[:4], "zip"), "' invalid for respondent ", (nm(p, "lf"), "name"), " (unique_id=", (p.survey, "other_id"), ")"]),
        lambda: winston("info", "portal-auth", ["login ok user=", (p.user, "other_id"), " ip=", ("%d.%d.%d.%d" % (R.choice([73, 98, 24, 66]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"), " mfa=sms"]),
        lambda: pino(30, {"name": "deceased-suppress", "mrn": P(p.mrn, "mrn"), "dateOfDeath": P(fd(p.disch + dt.timedelta(days=R.randint(0, 5)), "iso"), "date"), "suppressedSurveys": 1}, "removed from sample: patient deceased"),
        lambda: pino(30, {"name": "cases", "caseNumber": P(casenum(), "other_id"), "from": "Working", "to": "Closed", "resolution": "Service recovery: parking vouchers",
                          "complainant": P(nm(f, "fl"), "name")}, "case status changed"),
        lambda: winston("debug", "sf-sync", ["upsert Contact External_MRN__c=", (p.mrn, "mrn"), " -> DUPLICATES_DETECTED (matching rule Patient_Name_DOB: ",
                                             (nm(p, "fl"), "name"), ", ", (fd(p.dob, "us"), "date"), ")"]),
        lambda: pino(30, {"name": "appt-followup", "patient": {"name": P(nm(p, "fl"), "name"), "mrn": P(p.mrn, "mrn")},
                          "appointment": {"date": P(fd(REF + dt.timedelta(days=R.randint(2, 30)), "iso"), "date"), "dept": "PX Family Meeting", "room": "Conf B"}}, "family meeting scheduled"),
        lambda: winston("warn", "mailer", ["bounce for ", (f.email, "email"), " (550 5.1.1 user unknown) case ", (casenum(), "other_id")]),
        lambda: pino(30, {"name": "billing-link", "har": P(p.har, "account"), "guarantor": P(nm(f, "lf"), "name"), "balance": round(R.uniform(40, 4200), 2)}, "linked billing account to complaint"),
        lambda: winston("info", "records-release", ["identity verified for copy of grievance file: requester=", (nm(f, "fl"), "name"), " (", f.rel, ") DL OH ",
                                                    (rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + "%06d" % R.randint(0, 999999), "license"), " checked by ", PX[R.randint(0, 3)][2]]),
        lambda: pino(30, {"name": "records-release", "deliverTo": {"method": "fax", "fax": P(fph(f.phone, R.choice(["dash", "paren", "raw"])), "fax"), "attn": P(nm(f, "fl"), "name")},
                          "pages": R.randint(3, 40), "faxProvider": "sfax", "jobId": "fx_" + rs(HEX, 10)}, "fax queued"),
        lambda: pino(40, {"name": "redaction", "path": "body.guarantor.ssn", "guarantor": {"name": P(nm(f, "fl"), "name"), "ssn": P(ssn(), "ssn")}, "rule": "pii-mask-v2"},
                     "PII redaction missed field, masking rule not applied"),
        lambda: pino(30, {"name": "lost-found", "match": {"item": R.choice(["Apple Watch Series 8", "Samsung Galaxy S23", "Dexcom G7 receiver"]),
                                                          "serial": P(rs("0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 12), "device"), "foundAt": "Security desk, Main lobby"},
                          "patientMrn": P(p.mrn, "mrn")}, "lost & found item matched to patient"),
        lambda: pino(30, {"name": "portal-profile", "user": P(p.user, "other_id"), "avatar": T("data:image/jpeg;base64,", (jpeg_b64(R.randint(30, 50)), "photo")), "bytes": R.randint(9000, 60000)},
                     "profile photo updated"),
    ]
    emit(pick("app", opts)())


# ----------------------------------------------------------------------------
# noise


def n_health():
    tick(2, 12)
    return [Ln("morgan_clf").t('%s - - [%s] "GET /healthz HTTP/1.1" 200 %d "-" "kube-probe/1.28"' % (R.choice(INTERNAL), clf(), R.choice([15, 16, 2])))]


def n_access_internal():
    tick()
    url = R.choice(["/api/v1/cases?status=Open&owner=me&limit=50", "/api/v1/metrics/hcahps?unit=4W&period=2024-09",
                    "/api/v1/kudos/digest?week=41", "/assets/main.4f9c2a1b.js", "/api/v1/queues/PX%20Social",
                    "/api/v1/letters/templates", "/favicon.ico", "/api/v1/config/public"])
    return [Ln("morgan_clf").t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0.0.0"'
                               % (R.choice(INTERNAL), clf(), url, R.choice([200, 200, 304, 200]), R.randint(200, 90000)))]


def n_pino_req():
    meth, url = R.choice([("GET", "/api/v1/cases/queue/grievance"), ("GET", "/api/v1/dashboard/sla"), ("GET", "/api/v1/surveys/stats?days=7"),
                          ("GET", "/readyz"), ("PATCH", "/api/v1/cases/%s/status" % uuid()), ("POST", "/api/v1/letters/batch")])
    o = {"reqId": "req-" + rs(HEX, 4), "req": {"method": meth, "url": url,
                                              "remoteAddress": R.choice(INTERNAL), "remotePort": R.randint(30000, 65000)},
         "res": {"statusCode": R.choice([200, 200, 200, 204, 401])}, "responseTime": round(R.uniform(1, 400), 1)}
    return [pino(30, o, "request completed")]


def n_nest():
    out = [nest("LOG", "NestFactory", "Starting Nest application...")]
    for m in R.sample(["TypeOrmModule", "ConfigModule", "BullModule", "CasesModule", "SurveyModule", "SocialModule", "LettersModule", "KudosModule"], 3):
        out.append(nest("LOG", "InstanceLoader", "%s dependencies initialized" % m, R.randint(0, 40)))
    out.append(nest("LOG", "RoutesResolver", "CasesController {/api/v1/cases}:", 1))
    out.append(nest("LOG", "RouterExplorer", "Mapped {/api/v1/cases/:id, GET} route", 0))
    out.append(nest("LOG", "NestApplication", "Nest application successfully started", R.randint(1, 9)))
    return out


def n_bull():
    tick()
    q = R.choice(["survey-import", "letter-render", "social-poll", "sla-check", "kudos-digest", "sf-sync"])
    return [Ln("bullmq_logfmt").t("%s [bullmq] queue=px:%s worker=%s job=%d state=%s duration_ms=%d attempt=%d"
                                  % (iso(), q, pod(), R.randint(1000, 99999), R.choice(["completed", "completed", "active", "failed", "stalled"]), R.randint(5, 9000), R.randint(1, 3)))]


def n_prisma():
    tick()
    return [Ln("prisma_log").t(R.choice([
        'prisma:query SELECT "public"."Case"."id", "public"."Case"."status", "public"."Case"."dueAt" FROM "public"."Case" WHERE ("public"."Case"."status" = $1 AND "public"."Case"."dueAt" < $2) ORDER BY "public"."Case"."dueAt" ASC LIMIT $3 OFFSET $4',
        'prisma:info Starting a postgresql pool with %d connections.' % R.choice([9, 17]),
        'prisma:query UPDATE "public"."SurveyBatch" SET "rowsImported" = $1, "finishedAt" = $2 WHERE "public"."SurveyBatch"."id" = $3',
        'prisma:warn Query took %dms (threshold 500ms): findMany on model Comment' % R.randint(500, 3000),
        'prisma:query BEGIN',
        'prisma:query COMMIT',
        'prisma:error Timed out fetching a new connection from the connection pool. (Current connection pool timeout: 10, connection limit: 9)',
    ]))]


def n_sftp():
    tick()
    return [Ln("sftp_syslog").t("%s px-worker sftp-pull[%d]: %s" % (CLK[0].strftime("%b %d %H:%M:%S"), R.randint(2000, 9000), R.choice([
        "no new files in /outbound/%s/returns (checked 3 patterns)" % CLIENT_ID,
        "connected to sftp.px-vendor.net:22 as rbmc_px (key fingerprint SHA256:%s)" % base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="),
        "get /outbound/%s/returns/PG_OUT_%s_%s_SCORES.csv 88412 bytes" % (CLIENT_ID, CLIENT_ID, fd(REF - dt.timedelta(days=1), "cmp")),
        "session closed, 2 files transferred, 0 errors",
    ])))]


def n_sfapi():
    tick()
    return [Ln("jsforce_log").t(R.choice([
        "%s sf-sync INFO api usage DailyApiRequests %d/150000" % (iso(), R.randint(9000, 40000)),
        "%s sf-sync DEBUG jsforce POST /services/data/v59.0/composite/sobjects 200 %dms batch=200 success=200 errors=0" % (iso(), R.randint(200, 2000)),
        "%s sf-sync DEBUG jsforce GET /services/data/v59.0/query?q=SELECT+Id+FROM+Case+WHERE+LastModifiedDate+>+LAST_N_DAYS:1 200 %dms" % (iso(), R.randint(80, 900)),
        "%s sf-sync WARN jsforce token refresh for integration user %s (instance riverbend.my.salesforce.com)" % (iso(), sfid("005")),
        "%s sf-sync INFO describe Case: %d fields, %d record types cached for 3600s" % (iso(), R.randint(140, 190), 4),
    ]))]


def n_otel():
    tick()
    L = Ln("otel_json")
    jemit(L, {"resource": {"service.name": "px-hub", "service.version": "3.14.2", "k8s.pod.name": pod()}, "traceId": trace(), "spanId": span_id(),
              "parentSpanId": span_id(), "name": R.choice(["pg.query", "GET /api/v1/cases", "bullmq.process", "http.request sf"]), "kind": R.choice(["SERVER", "CLIENT", "INTERNAL"]),
              "durationMs": round(R.uniform(0.3, 900), 2), "status": {"code": "OK"}})
    return [L]


def n_misc():
    tick()
    opts = [
        lambda: winston("info", "config", ["loaded /app/config/production.json env=production version=3.14.2 build=20241011.%d node=v20.17.0" % R.randint(1, 9)]),
        lambda: Ln("prom_text").t('px_cases_open{type="grievance"} %d' % R.randint(30, 60)),
        lambda: Ln("prom_text").t('px_ack_letters_overdue %d' % R.randint(0, 4)),
        lambda: Ln("prom_text").t('nodejs_eventloop_lag_p99_seconds %.4f' % R.uniform(0.005, 0.09)),
        lambda: winston("info", "hcahps-rollup", ["unit=%s period=2024-09 n=%d comm_nurses_tb=%.1f resp_staff_tb=%.1f quiet_tb=%.1f recommend_tb=%.1f" % (
            R.choice(UNITS), R.randint(20, 140), R.uniform(60, 90), R.uniform(50, 80), R.uniform(40, 70), R.uniform(60, 90))]),
        lambda: Ln("cron_text").t("%s cron[1]: job=grievance-sla-check %s" % (iso(), R.choice(["started", "finished checked=%d overdue=%d notified=%d in %dms" % (R.randint(100, 200), R.randint(0, 4), R.randint(0, 4), R.randint(200, 2000))]))),
        lambda: winston("error", "redis", ["connect ECONNREFUSED 10.42.7.9:6379 (attempt %d), retrying in %dms" % (R.randint(1, 5), R.choice([50, 100, 200, 400]))]),
        lambda: winston("warn", "tls", ["certificate for sftp.px-vendor.net expires in 21 days (notAfter=2024-11-04T23:59:59Z, serial=0A3F19C2D4E7B5618E)"]),
        lambda: Ln("argocd_text").t("%s argocd-application-controller: sync px-hub revision %s image=ghcr.io/riverbend/px-hub:3.14.2-b%d status=Synced health=Healthy" % (iso(), rs(HEX, 40), R.randint(1100, 1300))),
        lambda: pino(30, {"name": "email-ingest", "mailbox": "INBOX", "exists": R.randint(1000, 2000), "uidNext": R.randint(88000, 89000)}, "mailbox selected"),
        lambda: pino(30, {"name": "email-ingest", "processed": R.randint(1, 9), "failed": 0, "autoReplySkipped": R.randint(0, 2)}, "poll complete"),
        lambda: winston("info", "letter-svc", ["batch LTR-%s-%02d queued %d letters (ack=%d, final=%d) via lob-api" % ((fd(REF, "cmp"), R.randint(1, 3)) + (lambda a, b: (a + b, a, b))(R.randint(2, 10), R.randint(1, 9)))]),
        lambda: pino(30, {"name": "lob-webhook", "event": "letter.mailed", "id": "ltr_" + rs(HEX, 16), "carrier": "USPS", "expectedDeliveryDate": fd(REF + dt.timedelta(days=3), "iso")}, "webhook processed"),
        lambda: winston("info", "sms-survey", ["sent %d post-discharge invites, %d undeliverable, %d opt-outs (MessagingServiceSid=MG%s)" % (R.randint(100, 300), R.randint(0, 12), R.randint(0, 5), rs(HEX, 32))]),
        lambda: Ln("kudos_logfmt").t("ts=%s level=info svc=kudos-router msg=\"weekly digest sent\" managers=%d compliments=%d daisy_nominations=%d" % (iso(), R.randint(30, 45), R.randint(90, 180), R.randint(2, 9))),
        lambda: pino(30, {"name": "survey-import", "file": "PG_OUT_%s_%s_SCORES.csv" % (CLIENT_ID, fd(REF - dt.timedelta(days=1), "cmp")), "rows": R.randint(200, 900), "md5": rs(HEX, 32)}, "return file received"),
        lambda: pino(30, {"name": "flags", "flag": "social-alert-autocase", "enabled": True, "strategy": "gradualRollout", "percent": 50}, "feature flag evaluated"),
        lambda: Ln("node_warn").t("(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead."),
        lambda: pino(30, {"name": "runtime", "heapUsedMB": R.randint(180, 600), "rssMB": R.randint(300, 900), "eventLoopLagP99Ms": R.randint(3, 80), "activeHandles": R.randint(20, 90)}, "runtime stats"),
        lambda: winston("info", "service-recovery", ["voucher batch PO-2024-%06d issued %d parking/cafeteria vouchers to units 4W,5E,ED (cost center 7120-PX)" % (R.randint(100000, 999999), R.randint(10, 40))]),
        lambda: winston("info", "oncall", ["PX on-call today: %s %s ext %s (%s@%s), backup %s %s" % (PX[0][0], PX[0][1], PX[0][4], PX[0][2], DOM, PX[2][0], PX[2][1])]),
        lambda: Ln("pg_deid_report").t("%s | 2024-09 | %s | %s | \"%s\"" % (R.choice(UNITS), R.choice(["Nurse Communication", "Environment", "Discharge Info", "Overall"]), R.choice(["POS", "NEG"]), R.choice(NOPHI_COMMENTS))),
        lambda: pino(30, {"name": "social-listener", "author": {"handle": "@RiverbendMed", "displayName": HOSP}, "text": "Flu shot clinics this Saturday 9-1 at our Westerville outpatient center. No appointment needed!", "alert": False}, "own post ingested"),
        lambda: pino(30, {"name": "social-listener", "author": {"handle": "@dispatchalerts", "displayName": "Columbus Dispatch"}, "text": "Riverbend Medical Center earns Magnet redesignation for nursing excellence", "sentiment": 0.7, "alert": False}, "mention ingested (news)"),
        lambda: Ln("hl7v2").t("MSH|^~\\&|PXHUB|RIVERBEND|EPIC|RBMC|%s||ACK^A03^ACK|ACK%06d|P|2.5.1" % (hl7ts(), R.randint(0, 999999))),
        lambda: winston("info", "vendor", ["PX vendor support: support@px-vendor.net, 1-800-555-0199, client %s account rep Morgan Ellis" % CLIENT_ID]),
        lambda: pino(30, {"name": "cases", "queue": "PX Grievance", "open": R.randint(30, 60), "dueToday": R.randint(0, 6), "overdue": R.randint(0, 3), "ownerIds": [sfid("005") for _ in range(2)]}, "queue snapshot"),
        lambda: winston("debug", "http", ["outbound request id=%s traceparent=00-%s-%s-01 -> https://riverbend.my.salesforce.com 200 in %dms" % (uuid(), trace(), span_id(), R.randint(90, 900))]),
        lambda: Ln("bullmq_logfmt").t("%s [bullmq] queue=px:letter-render repeat=\"0 7 * * 1-5\" next=%s" % (iso(), (CLK[0] + dt.timedelta(days=1)).strftime("%Y-%m-%dT07:00:00.000Z"))),
        lambda: winston("error", "survey-import", ["row %d rejected: DISCHARGE_DATE not parseable (value length 0), file PG_OUT_%s_%s_CMT.csv" % (R.randint(2, 900), CLIENT_ID, fd(REF - dt.timedelta(days=1), "cmp"))]),
    ]
    while True:
        k = R.randrange(len(opts))
        if MISC_USED.get(k, 0) < 3:
            MISC_USED[k] = MISC_USED.get(k, 0) + 1
            return [opts[k]()]


MISC_USED = {}


def n_error_stack():
    MISC_USED["stack"] = MISC_USED.get("stack", 0) + 1
    if MISC_USED["stack"] > 4:
        return n_health()
    tick()
    e = R.choice([("TypeError", "Cannot read properties of undefined (reading 'unitCode')", "survey/survey-import.service.js", "SurveyImportService.mapRow", "survey-import"),
                  ("QueryFailedError", "duplicate key value violates unique constraint \"UQ_case_external_id\"", "cases/case.repository.js", "CaseRepository.upsert", "sf-sync"),
                  ("AxiosError", "Request failed with status code 503", "social/social-poll.processor.js", "SocialPollProcessor.fetchMentions", "social-listener"),
                  ("Error", "SFTP connection reset by peer (ECONNRESET)", "vendor/sftp.client.js", "SftpClient.put", "sample-extract")])
    out = [Ln("node_stack").t("%s error: [%s] %s: %s" % (iso(), e[4], e[0], e[1]))]
    out.append(Ln("node_stack").t("    at %s (/app/dist/%s:%d:%d)" % (e[3], e[2], R.randint(20, 300), R.randint(5, 40))))
    for fr in R.sample(["    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                        "    at async Worker.processJob (/app/node_modules/bullmq/dist/cjs/classes/worker.js:%d:28)" % R.randint(300, 500),
                        "    at async Promise.all (index 0)",
                        "    at Array.map (<anonymous>)"], R.randint(1, 3)):
        out.append(Ln("node_stack").t(fr))
    return out


NOISE = [(n_health, 4), (n_access_internal, 2), (n_pino_req, 3), (n_bull, 2), (n_prisma, 3), (n_sftp, 2),
         (n_sfapi, 3), (n_otel, 2), (n_misc, 14), (n_error_stack, 1)]


def noise_burst(k):
    fns = [f for f, w in NOISE for _ in range(w)]
    for _ in range(k):
        emit(*R.choice(fns)())


PLAN = [(ep_pg_pipe, 3), (ep_pg_fixed, 2), (ep_return_csv, 3), (ep_sf_case, 7), (ep_sf_xml, 3), (ep_email, 3),
        (ep_call_notes, 5), (ep_kudos, 5), (ep_letter, 2), (ep_social, 6), (ep_hl7, 4), (ep_twilio, 5),
        (ep_ivr, 3), (ep_claim, 5), (ep_access, 5), (ep_app_phi, 22)]


def build():
    emit(*n_nest())
    plan = [f for f, n in PLAN for _ in range(n)]
    R.shuffle(plan)
    i = 0
    while len(OUT) < 500:
        # keep roughly 55% of lines free of PHI
        nophi = sum(1 for L in OUT if not L.spans)
        k = max(0, min(7, round(0.555 * (len(OUT) + 6)) - nophi + R.randint(-1, 2)))
        noise_burst(k)
        f = plan[i] if i < len(plan) else R.choice([ep_app_phi, ep_sf_case, ep_kudos, ep_access])
        i += 1
        f()
    del OUT[500:]


CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"]


def acceptable():
    nophi = sum(1 for L in OUT if not L.spans)
    cnt = {}
    for L in OUT:
        for sp in L.spans:
            cnt[sp["cat"]] = cnt.get(sp["cat"], 0) + 1
    return 0.53 <= nophi / len(OUT) <= 0.58 and all(cnt.get(c, 0) >= 3 for c in CATS)


def main():
    # deterministic: the first seed (from a fixed base) whose corpus covers every category
    for seed in range(210721, 210821):
        R.seed(seed)
        OUT.clear()
        MISC_USED.clear()
        USED.clear()
        CLK[0] = dt.datetime(2024, 10, 14, 5, 58, 11, 204000, tzinfo=dt.timezone.utc)
        build()
        if acceptable():
            break
    else:
        raise SystemExit("no acceptable seed")
    lines, labels = [], []
    for n, L in enumerate(OUT, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (n, s)
        b = s.encode("utf-8")
        last = 0
        spans = []
        for sp in L.spans:
            assert sp["s"] >= last, (n, s)
            assert b[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (n, sp)
            last = sp["e"]
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        lines.append(s)
        labels.append(json.dumps({"line": n, "family": L.family, "spans": spans}, ensure_ascii=False))
    assert len(lines) == 500
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels))


if __name__ == "__main__":
    main()
