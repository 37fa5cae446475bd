#!/usr/bin/env python3
"""Synthetic labeled log corpus "nu": life & disability insurance underwriting.

Systems simulated (one physical line per log line): paramedical exam vendor
orders (ExamOne-like XML, APPS-like JSON webhooks), lab result files (pipe
rows with H/P/R/T records and headered pipe extracts) and HL7 ORU, MIB
gateway key=value responses, IntelliScript-like Rx history JSON, APS request
and OCR worker logs, ACORD TXLife XML fragments, Spring Boot / Spring Batch
and Log4j2 logs with Java stack traces, .NET Serilog rules engine (CLEF JSON
and text sink), Apache Kafka client and Spring Kafka logs, DocuSign Connect
events and envelope audit lines, Twilio tele-interview call logs (winston
text, Twilio REST JSON), Django agent portal (gunicorn access, Django
logging, tracebacks), Salesforce platform events (Pub/Sub API), fraud check
JSON, HylaFAX inbound e-fax gateway syslog, and claims intake e-mails (death
and disability) stored one physical line per header/body line.

All people, numbers and addresses are synthetic. Deterministic: fixed seed.

Labeling decisions:
- Labeled persons: applicants / proposed insureds, policy owners, insureds,
  beneficiaries, claimants and the relatives who write claim e-mails, and the
  deceased. Their identifiers are labeled wherever they appear.
- NOT labeled: agents/producers, paramedical examiners, underwriters,
  claims examiners, attending physicians and their offices (name, phone, fax,
  NPI, address), vendors, the insurer's own phones/e-mails/URLs, server IPs,
  staff usernames (kwhitfield, jkim_uw ...), examiner licence numbers.
- name: every rendering of a labeled person's name (full, "Last, First",
  upper/lower case, HL7 LAST^FIRST^M as one span, initials + surname,
  URL-encoded in a query string). Separate first/last fields are separate
  spans. Honorifics (Mr./Mrs.) are outside the span.
- address: street line and city are separate spans when they are separate
  fields; in free text "street, city" is one span. County is address.
  State is never labeled. zip is its own span (5 or 5+4). The city in an
  e-sign GeoLocation derived from the signer's IP is address.
- date: birth, death, disability onset / last day worked, exam appointment,
  specimen collection, dates of service, Rx fill dates, coverage start,
  policy effective / application signed dates. NOT labeled: log/event
  timestamps, CreatedDate/generatedDateTime metadata, e-sign timestamps,
  file/batch dates in file names, TransExeDate, the year alone. In an HL7
  date-time (OBR-7) only the YYYYMMDD part is the span. A person's date
  that happens to equal the log day is still labeled.
- age: only ages > 89 (e.g. "age 93", "issueAge":91). Ages <= 89 unlabeled.
- phone/fax/email: of labeled persons only; E.164 and URL-encoded (%2B1...)
  forms included; ACORD AreaCode and DialNumber are two spans. A fax CSID
  holding a claimant's name is name. The insurer's Twilio numbers, 800
  numbers and physician office fax numbers are not labeled. A mistyped
  e-mail of the person (in a validation error) is still email.
- ssn: full SSNs in any punctuation. Masked SSNs (***-**-1234, last-4 only)
  are NOT labeled.
- health_plan: PBM / medical member IDs and Medicare MBIs of a person.
- account: insurer policy numbers (LF..., T20-..., DI-..., WL...), bank
  account numbers for premium drafts, card PANs, provider patient account
  numbers found in APS. Bank routing numbers and masked numbers are not.
- mrn: physician chart numbers in APS/OCR and HL7 PID-3 lab patient IDs.
- other_id: insurer underwriting case numbers (UW-2024-...), application
  numbers (APP...), claim numbers (CLM-..., DC-...), customer IDs (CUST...),
  applicant portal usernames, DocuSign clientUserId. Labeled even when the
  line carries no other PHI.
- NOT labeled (look-alikes): vendor exam order numbers (EO-, APPS-), lab
  accession numbers, MIB control numbers, Rx request IDs, APS request IDs,
  tele-interview session IDs, envelope IDs, Twilio SIDs, Kafka offsets and
  keys that are not case/claim numbers, replay IDs, UUIDs, trace IDs, hashes.
- license: applicant driver's licence numbers. vehicle: VIN and plate of a
  claimant's/insured's vehicle. device: IMEI, device fingerprints IDs and
  wearable serial/MAC belonging to the person. ip: public IP of the person
  (signer/applicant); private and server IPs are not labeled.
- url: personal profile URLs of the person. photo: base64 JPEG face image
  from ID capture. biometric: fingerprint templates and voiceprints.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import unicodedata
from urllib.parse import quote_plus

ID = "nu"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(21_0521)
TARGET = 500


# ---------------------------------------------------------------- builder
class B:
    def __init__(self, fam, ts):
        self.fam = fam
        self.ts = ts
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        assert "\n" not in x and "\r" not in x, x
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        st = self.n
        self.t(x)
        self.spans.append({"s": st, "e": self.n, "cat": cat, "v": x})
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)

    def text(self):
        return "".join(self.buf)


class Clock:
    def __init__(self):
        self.t = datetime.datetime(2024, 5, 14, 6, 1, 7, 412000)

    def tick(self):
        self.t += datetime.timedelta(milliseconds=R.randint(30, 38000))
        return self.t


CLK = Clock()


def nb(fam):
    return B(fam, CLK.tick())


class P:
    """A value to be labeled inside a structured serializer."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string made of plain parts and P() parts."""
    def __init__(self, *parts):
        self.parts = parts


def J(b, o, sep=(",", ":"), q='"'):
    """Serialize o as JSON into builder b; P() values become spans."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)[1:-1]
            if q != '"':
                enc = enc.replace('"', q)
            b.t(q).p(enc, o.cat).t(q)
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        b.t(q)
        for part in o.parts:
            if isinstance(part, P):
                b.p(json.dumps(part.v, ensure_ascii=False)[1:-1], part.cat)
            else:
                b.t(json.dumps(part, ensure_ascii=False)[1:-1])
        b.t(q)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(q + k + q + sep[1])
            J(b, v, sep, q)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            J(b, v, sep, q)
        b.t("]")
    elif isinstance(o, str):
        enc = json.dumps(o, ensure_ascii=False)
        if q != '"':
            enc = q + enc[1:-1].replace('"', q) + q
        b.t(enc)
    else:
        b.t(json.dumps(o))


def X(b, tag, val, cat=None, attrs=""):
    b.t(f"<{tag}{attrs}>")
    b.v(xesc(val), cat)
    b.t(f"</{tag}>")


def xesc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def asc(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- pools
FIRST_M = ["James", "Oluwaseun", "Wei", "Mateus", "Dmitri", "Kwame", "Hiroshi",
           "Rafael", "Thanh", "Connor", "Tomasz", "Keanu", "Devon", "Yusuf",
           "Bartholomew", "Nikolai", "Søren", "Rohan", "Jean-Luc", "Bogdan",
           "Padraig", "Abdullahi", "Chinedu", "Mehmet", "Arjun", "Giovanni",
           "Emeka", "Lars", "Diego", "Tevita", "Raymond", "Duc"]
FIRST_F = ["Priya", "Siobhan", "Fatima", "Aiyana", "Ingrid", "Lucía", "Zainab",
           "Anastasia", "Marguerite", "Camille", "Esperanza", "Aaliyah",
           "Chiara", "Dolores", "Mei-Ling", "Ngozi", "Ximena", "Leilani", "Ruth",
           "Elif", "María José", "Anh", "Bridget", "Yasmin", "Olga", "Keisha",
           "Hannah", "Svetlana", "Noor", "Guadalupe", "Mildred", "Tiana"]
LAST = ["Okonkwo", "O'Sullivan", "Chen", "Ferreira da Silva", "Al-Masri",
        "Volkov", "Mensah", "Tanaka", "Lindqvist", "Gutiérrez", "Nguyen", "Abdi",
        "McAllister", "de la Cruz", "Kowalski", "Kahananui", "van der Berg",
        "Washington", "Haddad", "Moreau", "Fitzgerald-Hughes", "Castillo-Ramos",
        "Ivanov", "Johnson", "Dubois", "Rasmussen", "Bianchi", "Krishnamurthy",
        "Herrera", "Wu", "Popescu", "Eze", "Villalobos", "Byrne", "Yılmaz",
        "St. Clair", "DiMaggio", "Szymański", "von Hagen", "Le", "Smith-Patel",
        "Nakamura-Lee", "Obi", "Brennan", "Silva", "Pham", "Goldberg",
        "Oyelaran", "Romanov", "Begay", "Tuilagi", "Ó Briain"]
CITIES = [
    ("Dayton", "OH", "454", ["937"], "Montgomery County"),
    ("Tacoma", "WA", "984", ["253"], "Pierce County"),
    ("El Paso", "TX", "799", ["915"], "El Paso County"),
    ("Worcester", "MA", "016", ["508", "774"], "Worcester County"),
    ("Boise", "ID", "837", ["208"], "Ada County"),
    ("Fresno", "CA", "937", ["559"], "Fresno County"),
    ("Knoxville", "TN", "379", ["865"], "Knox County"),
    ("Lansing", "MI", "489", ["517"], "Ingham County"),
    ("Hilo", "HI", "967", ["808"], "Hawaii County"),
    ("Albuquerque", "NM", "871", ["505"], "Bernalillo County"),
    ("Savannah", "GA", "314", ["912"], "Chatham County"),
    ("Duluth", "MN", "558", ["218"], "St. Louis County"),
    ("Paterson", "NJ", "075", ["973", "862"], "Passaic County"),
    ("Provo", "UT", "846", ["801", "385"], "Utah County"),
    ("Spokane Valley", "WA", "992", ["509"], "Spokane County"),
    ("Baton Rouge", "LA", "708", ["225"], "East Baton Rouge Parish"),
    ("Yonkers", "NY", "107", ["914"], "Westchester County"),
    ("Cedar Rapids", "IA", "524", ["319"], "Linn County"),
    ("Chandler", "AZ", "852", ["480"], "Maricopa County"),
    ("Gallup", "NM", "873", ["505"], "McKinley County"),
    ("Lowell", "MA", "018", ["978"], "Middlesex County"),
    ("St. Petersburg", "FL", "337", ["727"], "Pinellas County"),
    ("Fort Wayne", "IN", "468", ["260"], "Allen County"),
    ("Pawtucket", "RI", "028", ["401"], "Providence County"),
]
STREETS = ["Orchard", "Birch", "Maple", "Pine Ridge", "Cedar Hollow", "Calle Sol",
           "Kamehameha", "Linden", "Wabash", "Old Mill", "Juniper", "Mission",
           "Harbor View", "Lakeshore", "Sequoia", "Riverside", "Martin Luther King Jr",
           "Chestnut", "Prairie Wind", "Magnolia", "Tamarack", "Dos Rios", "Elm"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Street",
          "Avenue", "Road", "Terrace"]
UNITS = ["Apt 4B", "Unit 12", "#207", "Apt. 3", "Ste 110", "Lot 41", "Apt 1203"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
         "comcast.net", "aol.com", "hotmail.com", "att.net"]

AGENTS = [("Karen Whitfield", "kwhitfield", "kwhitfield@whitfieldfinancial.example"),
          ("Marcus Bell", "mbell", "marcus.bell@bellagency.example"),
          ("Sunita Rao", "srao", "srao@raoinsurance.example"),
          ("Greg Halvorsen", "ghalvorsen", "greg@halvorsenbenefits.example"),
          ("Lorena Paz", "lpaz", "lorena.paz@pazfinancialgroup.example")]
EXAMINERS = [("Tanya Brooks", "EX4471", "LPN-48821"), ("Luis Ortega", "EX5120", "RN-771203"),
             ("Deb Marchetti", "EX3318", "PHL-20931"), ("Kofi Asante", "EX6602", "EMT-B-55120")]
UNDERWRITERS = ["jkim_uw", "rcastellanos", "tmoriarty", "aokafor", "lbenedetti"]
UW_NAMES = {"jkim_uw": "Janet Kim", "rcastellanos": "Ruben Castellanos",
            "tmoriarty": "Tess Moriarty", "aokafor": "Ada Okafor",
            "lbenedetti": "Luca Benedetti"}
PHYS = [("Helen Cho, MD", "Valley Family Medicine", "509-555-0144", "1538204417"),
        ("Sanjay Patel, MD", "Lakeside Internal Medicine", "(937) 555-0181", "1487720394"),
        ("Amy Feldman, DO", "Riverbend Orthopedics", "915.555.0102", "1962551083"),
        ("Olumide Adeyemi, MD", "Northgate Cardiology Assoc.", "253-555-0197", "1720093381"),
        ("Rosa Delgado, NP", "Desert Sky Clinic", "(505) 555-0133", "1316648820"),
        ("Martin Krause, MD", "Harborview Pulmonary", "727 555 0166", "1093847712")]
DRUGS = [("00093-1048-01", "Lisinopril 10 MG Oral Tablet"),
         ("00093-7214-01", "Metformin HCl 500 MG Oral Tablet"),
         ("00071-0155-23", "Atorvastatin Calcium 20 MG Oral Tablet"),
         ("00378-1805-01", "Levothyroxine Sodium 75 MCG Oral Tablet"),
         ("59762-3304-1", "Sertraline HCl 50 MG Oral Tablet"),
         ("00172-5728-60", "Amlodipine Besylate 5 MG Oral Tablet"),
         ("00173-0682-20", "Fluticasone/Salmeterol 250/50 Inhal Powder"),
         ("00228-2057-10", "Alprazolam 0.5 MG Oral Tablet"),
         ("00406-0552-01", "Oxycodone-Acetaminophen 5-325 MG Tablet"),
         ("00169-4132-12", "Ozempic 0.25/0.5 MG/DOSE Pen-Injector"),
         ("50090-2875-0", "Gabapentin 300 MG Oral Capsule"),
         ("00310-0751-39", "Crestor 10 MG Oral Tablet")]
PHARM = [("CVS PHARMACY #04412", "3677112"), ("WALGREENS #11823", "1922034"),
         ("KROGER PHARMACY 318", "3614420"), ("EXPRESS SCRIPTS HOME DELIVERY", "2623735"),
         ("RITE AID #05520", "3980117"), ("H-E-B PHARMACY #641", "4520918")]
MIB_CODES = ["320YZ", "614ZZ", "181KZ", "510CZ", "230RZ", "735BZ", "402TZ", "060PZ"]
TOPICS = ["uw.lab.results", "uw.rx.history", "uw.mib.responses", "uw.case.events",
          "uw.claims.intake", "uw.esign.events", "uw.aps.documents"]

STATE_NOW = datetime.date(2024, 5, 14)


class Person:
    pass


def rssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def rcard():
    pre = R.choice(["4", "51", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body)


def rimei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def rvin():
    v = list(R.choice(["1HG", "1FT", "5YJ", "JTD", "3VW", "2T1", "1C4", "KM8"]) +
             "".join(R.choice(VIN_CH) for _ in range(14)))
    v[9] = R.choice("LMNPR")
    tot = sum((VIN_TR[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def rmbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(AN) + R.choice("0123456789") + "-" +
            R.choice(L) + R.choice(AN) + R.choice("0123456789") + "-" +
            R.choice(L) + R.choice(L) + R.choice("0123456789") + R.choice("0123456789"))


def rpubip():
    a = R.choice([24, 47, 50, 63, 67, 68, 71, 73, 75, 76, 96, 98, 99, 104, 107,
                  108, 136, 162, 166, 174, 184, 199, 207])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def rdl(state):
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    A = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(n))
    if state in ("OH",):
        return A(2) + d(6)
    if state in ("CA",):
        return A(1) + d(7)
    if state == "WA":
        return "WDL" + "".join(R.choice(VIN_CH) for _ in range(9))
    if state in ("TX", "GA", "IA"):
        return d(8)
    if state in ("NY", "LA", "MN"):
        return d(9)
    if state == "FL":
        return A(1) + d(3) + "-" + d(3) + "-" + d(2) + "-" + d(3) + "-" + d(1)
    if state == "MA":
        return "S" + d(8)
    if state == "MI":
        return A(1) + " " + d(3) + " " + d(3) + " " + d(3) + " " + d(3)
    return A(1) + d(8)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"


def b64(n):
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(n))).decode()


def mkperson(old=False):
    p = Person()
    p.sex = R.choice("MF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
    y = R.randint(1928, 1934) if old else R.randint(1951, 2002)
    p.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = STATE_NOW.year - y - ((STATE_NOW.month, STATE_NOW.day) < (p.dob.month, p.dob.day))
    c = R.choice(CITIES)
    p.city, p.state, zp, acs, p.county = c
    p.zip = zp + "%02d" % R.randint(1, 99)
    p.zip4 = p.zip + "-%04d" % R.randint(1, 9999)
    p.street = f"{R.randint(3, 9899)} {R.choice(['', '', '', 'N ', 'S ', 'W ', 'E '])}{R.choice(STREETS)} {R.choice(SUFFIX)}"
    p.unit = R.choice([None, None, None] + UNITS)
    p.area = R.choice(acs)
    ex = R.randint(201, 989)
    if ex == 555:
        ex = 556
    p.exch = "%03d" % ex
    p.line = "%04d" % R.randint(0, 9999)
    p.ssn = rssn()
    a = asc(p.first.lower()).replace(" ", "").replace("-", "")
    l = asc(p.last.lower()).replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice([f"{a}.{l}", f"{a[0]}{l}{R.randint(1, 99)}", f"{l}.{a}{p.dob.year % 100:02d}",
                        f"{a}{l[:4]}{R.randint(100, 999)}", f"{a}_{l}"]) + "@" + R.choice(MAILS)
    p.user = R.choice([f"{a}{l[:5]}", f"{a[0]}{l}{R.randint(1, 9)}", f"{l}_{a[:3]}{p.dob.year}"])
    p.case = "UW-2024-%07d" % R.randint(40000, 999999)
    p.app = "APP%08d" % R.randint(10000000, 99999999)
    p.policy = R.choice([f"LF{R.randint(1000000, 9999999)}", f"T20-{R.randint(0, 9999999):07d}",
                         f"DI-{R.randint(10000000, 99999999)}", f"WL{R.randint(100000000, 999999999)}"])
    p.cust = f"CUST{R.randint(100000, 999999)}"
    p.claim = R.choice([f"CLM-DI-24-{R.randint(1000, 9999):06d}", f"DC-2024-{R.randint(100, 99999):05d}"])
    p.dl = rdl(p.state)
    p.ip = rpubip()
    p.mrn = R.choice([f"MRN{R.randint(100000, 9999999)}", f"{R.randint(10000000, 99999999)}",
                      f"E{R.randint(100000, 999999)}", f"VFM-{R.randint(10000, 999999):07d}"])
    p.labpid = f"CRL{R.randint(1000000, 9999999)}"
    p.member = R.choice([f"W{R.randint(100000000, 999999999)}", f"XEH{R.randint(100000000, 999999999)}",
                         f"ESI{R.randint(100000000, 999999999)}", f"{R.randint(100000000, 999999999)}01",
                         f"U{R.randint(1000000, 9999999)}0{R.randint(1, 4)}"])
    p.mbi = rmbi()
    p.bank = str(R.randint(10 ** 7, 10 ** 12))
    p.card = rcard()
    p.imei = rimei()
    p.vin = rvin()
    p.plate = R.choice([f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{R.randint(100, 999)}",
                        f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{R.randint(1000, 9999)}",
                        f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))} {R.randint(100, 999)}"])
    slug = R.choice([f"{a}.{l}.{R.randint(10, 9999)}", f"{a}{l}", f"{a}-{l}-{hexs(6)}"])
    p.url = R.choice([f"https://www.facebook.com/{slug}", f"https://www.linkedin.com/in/{slug}",
                      f"https://www.instagram.com/{a}_{l}{R.randint(1, 99)}/", f"https://{a}{l}.wordpress.com"])
    p.agent = R.choice(AGENTS)
    return p


PEOPLE = [mkperson() for _ in range(46)]
OLD = [mkperson(old=True) for _ in range(6)]
for _o in OLD:
    _o.policy = f"WL{R.randint(100000000, 999999999)}"


def person():
    return R.choice(PEOPLE)


# ---------------------------------------------------------------- formats
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if st == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if st == "compact":
        return d.strftime("%Y%m%d")
    if st == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if st == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if st == "eu":
        return d.strftime("%d.%m.%Y")
    if st == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    if st == "dlong":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(st)


def rdate_recent(days_back=900, days_fwd=0):
    return STATE_NOW + datetime.timedelta(days=R.randint(-days_back, days_fwd))


def ph(p, st=None):
    st = st or R.choice(["paren", "dash", "dot", "plain", "e164", "sp"])
    a, e, l = p.area, p.exch, p.line
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}",
            "plain": f"{a}{e}{l}", "e164": f"+1{a}{e}{l}", "sp": f"+1 {a} {e} {l}",
            "one": f"1-{a}-{e}-{l}", "enc": f"%2B1{a}{e}{l}"}[st]


def nm(p, st):
    f, l, m = p.first, p.last, p.mi
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l}, {f}".upper(),
            "lfm": f"{l}, {f} {m}.", "fml": f"{f} {m}. {l}", "FL": f"{f} {l}".upper(),
            "fil": f"{f[0]}. {l}", "low": f"{f} {l}".lower(), "hl7": asc(f"{l}^{f}^{m}".upper()),
            "LFa": asc(f"{l},{f}".upper()), "FLa": asc(f"{f} {m} {l}".upper())}[st]


def ssnf(p, st):
    s = p.ssn
    return {"dash": s, "plain": s.replace("-", ""), "sp": s.replace("-", " ")}[st]


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_iso(t, z="Z"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}" + z


def ts_clef(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}" + f"{R.randint(0, 9)}Z"


def ts_local(t):
    lt = t - datetime.timedelta(hours=4)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + f"{lt.microsecond // 1000:03d} -04:00"


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_rfc2822(t, utc=False):
    if utc:
        return t.strftime("%a, %d %b %Y %H:%M:%S +0000")
    off = R.choice([4, 5, 7])
    lt = t - datetime.timedelta(hours=off)
    return lt.strftime("%a, %d %b %Y %H:%M:%S ") + f"-0{off}00"


def lab_acc():
    return f"L24{R.randint(130, 135)}-{R.randint(10000, 99999)}"


def eo_order():
    return f"EO-{R.randint(7000000, 7999999)}"


def apps_order():
    return f"APPS-24-{R.randint(100000, 999999):07d}"


def mib_ctl():
    return f"MIB24{R.randint(130, 135)}{R.choice('ABCDEFG')}{R.randint(10000, 99999)}"


def aps_id():
    return f"APS-{R.randint(500000, 599999)}"


def call_sid():
    return "CA" + hexs(32)


# ---------------------------------------------------------------- family: Spring Boot / Spring Batch
SB_PID = 14822


def sb_pre(b, lvl, thread, logger):
    b.t(f"{ts_spring(b.ts)} {lvl:>5} {SB_PID} --- [{thread:>15.15}] {logger[:39]:<40} : ")


def fam_spring(phi):
    out = []
    b = nb("spring_batch")
    jobs = ["labResultImportJob", "apsOcrIngestJob", "mibInquiryJob", "premiumEftDraftJob", "rxRefreshJob"]
    job = R.choice(jobs)
    if not phi:
        k = R.randint(0, 11)
        if k == 0:
            sb_pre(b, "INFO", "scheduling-1", "o.s.b.c.l.support.SimpleJobLauncher")
            b.t(f"Job: [FlowJob: [name={job}]] launched with the following parameters: "
                f"[{{input.file=/data/inbound/examone/LAB_{b.ts:%Y%m%d_%H}00.psv, run.id={R.randint(1800, 1900)}}}]")
        elif k == 1:
            sb_pre(b, "INFO", "scheduling-1", "o.s.batch.core.job.SimpleStepHandler")
            b.t(f"Executing step: [{job.replace('Job', 'Step')}]")
        elif k == 2:
            sb_pre(b, "INFO", "scheduling-1", "o.s.batch.core.step.AbstractStep")
            b.t(f"Step: [{job.replace('Job', 'Step')}] executed in {R.randint(1, 59)}s{R.randint(0, 999)}ms")
        elif k == 3:
            sb_pre(b, "INFO", "scheduling-1", "o.s.b.c.l.support.SimpleJobLauncher")
            b.t(f"Job: [FlowJob: [name={job}]] completed with the following parameters: [{{run.id={R.randint(1800, 1900)}}}] "
                f"and the following status: [{R.choice(['COMPLETED', 'COMPLETED', 'FAILED'])}] in {R.randint(2, 90)}s{R.randint(0, 999)}ms")
        elif k == 4:
            sb_pre(b, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
            a = R.randint(0, 9)
            b.t(f"UWHikariPool - Pool stats (total=10, active={a}, idle={10 - a}, waiting=0)")
        elif k == 5:
            sb_pre(b, "INFO", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.listener.ChunkMetricsListener")
            r = R.randint(50, 100)
            b.t(f"chunk committed step={job.replace('Job', 'Step')} read={r} written={r - R.randint(0, 3)} "
                f"filtered={R.randint(0, 3)} skipped=0 commitCount={R.randint(1, 80)}")
        elif k == 6:
            sb_pre(b, "WARN", "batch-exec-2", "o.s.b.c.s.item.ChunkMonitor")
            b.t("No ItemReader set (must be concurrent step), so ignoring offset data.")
        elif k == 7:
            sb_pre(b, "INFO", "main", "c.n.u.batch.config.BatchConfig")
            b.t(f"{job} cron=0 */15 * * * * chunkSize={R.choice([50, 100, 250])} retryLimit=3 "
                f"skipLimit=25 datasource=jdbc:postgresql://uwdb-primary.internal:5432/uwbatch")
        elif k == 8:
            sb_pre(b, "INFO", "main", "c.n.u.batch.UnderwritingBatchApplication")
            b.t(f"Started UnderwritingBatchApplication in {R.randint(6, 19)}.{R.randint(100, 999)} seconds "
                f"(process running for {R.randint(20, 30)}.{R.randint(100, 999)})")
        elif k == 9:
            sb_pre(b, "ERROR", "batch-exec-" + str(R.randint(1, 8)), "o.s.batch.core.step.AbstractStep")
            b.t(f"Encountered an error executing step apsOcrIngestStep in job apsOcrIngestJob")
            out.append(b)
            for fr in ["org.springframework.web.client.ResourceAccessException: I/O error on POST request for "
                       "\"https://ocr.internal.nimbuslife.example:8443/v1/jobs\": Read timed out",
                       "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)",
                       "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)",
                       "\tat com.nimbus.uw.batch.aps.OcrClient.submit(OcrClient.java:88)",
                       f"\t... {R.randint(20, 60)} common frames omitted"]:
                out.append(nb("spring_batch").t(fr))
            return out
        elif k == 10:
            sb_pre(b, "INFO", "batch-exec-3", "c.n.u.batch.eft.EftDraftWriter")
            b.t(f"EFT draft file NACHA_{b.ts:%Y%m%d}_01.ach written entries={R.randint(200, 900)} "
                f"totalDebit={R.randint(40000, 400000)}.{R.randint(0, 99):02d} routing=044000037 sha256={hexs(16)}")
        else:
            b.t(f"{ts_log4j(b.ts)} INFO  [aps-ocr-exec-{R.randint(1, 6)}] c.n.uw.aps.ApsMatchService - "
                f"Match cache warmed entries={R.randint(1000, 9000)} took={R.randint(80, 900)}ms")
        out.append(b)
        return out
    p = person()
    k = R.randint(0, 6)
    if k == 0:
        sb_pre(b, "WARN", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.lab.LabResultProcessor")
        b.t("Skipping lab row for policy ").p(p.policy, "account").t(": applicant ")
        b.p(nm(p, "lf"), "name").t(" dob=").p(fd(p.dob, "iso"), "date").t(" not found in case index")
    elif k == 1:
        sb_pre(b, "INFO", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.mib.MibInquiryWriter")
        b.t("MIB inquiry queued caseId=").p(p.case, "other_id").t(" subject=").p(nm(p, "FL"), "name")
        b.t(" dob=").p(fd(p.dob, "us"), "date").t(f" birthState={p.state}")
    elif k == 2:
        sb_pre(b, "ERROR", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.eft.EftDraftWriter")
        b.t("EFT draft validation failed for policy ").p(p.policy, "account").t(": routing=")
        b.t(R.choice(["044000037", "021000021", "122105278", "071000013"])).t(" account=").p(p.bank, "account")
        b.t(' holder="').p(nm(p, "fl"), "name").t('" reason=R03 No Account/Unable to Locate')
    elif k == 3:
        sb_pre(b, "DEBUG", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.lab.LabResultProcessor")
        b.t("process item=Applicant(id=null, firstName=").p(p.first, "name").t(", lastName=").p(p.last, "name")
        b.t(", ssn=").p(ssnf(p, "dash"), "ssn").t(", birthDate=").p(fd(p.dob, "iso"), "date")
        b.t(f", heightIn={R.randint(58, 77)}, weightLb={R.randint(105, 290)}, tobacco={R.choice(['false', 'true'])})")
    elif k == 4:
        b.t(f"{ts_log4j(b.ts)} WARN  [aps-ocr-exec-{R.randint(1, 6)}] c.n.uw.aps.ApsMatchService - ")
        b.t(f"Patient match below threshold score=0.{R.randint(55, 79)} apsId={aps_id()} name=\"")
        b.p(nm(p, "LF"), "name").t('" dob=').p(fd(p.dob, "iso"), "date")
        d2 = p.dob + datetime.timedelta(days=R.choice([-10, 10, 1, -1, 31]))
        b.t(" caseDob=").p(fd(d2, "iso"), "date").t(" case=").p(p.case, "other_id")
    elif k == 5:
        sb_pre(b, "ERROR", "batch-exec-" + str(R.randint(1, 8)), "o.s.batch.core.step.AbstractStep")
        b.t("Encountered an error executing step labImportStep in job labResultImportJob")
        out.append(b)
        acc = lab_acc()
        b2 = nb("spring_batch")
        b2.t(f"org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: {R.randint(3, 400)} "
             f"in resource=[file [/data/inbound/examone/LAB_{b.ts:%Y%m%d}_0600.psv]], input=[P|{acc}|")
        b2.p(asc(p.last.upper()), "name").t("|").p(asc(p.first.upper()), "name").t("|")
        b2.p(fd(p.dob, "compact"), "date").t(f"|{p.sex}|").p(ssnf(p, "plain"), "ssn").t("]")
        out.append(b2)
        for fr in ["\tat org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:189)",
                   "\tat org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader.read(AbstractItemCountingItemStreamItemReader.java:93)",
                   "Caused by: org.springframework.batch.item.file.transform.IncorrectTokenCountException: "
                   "Incorrect number of tokens found in record: expected 9 actual 6",
                   "\tat org.springframework.batch.item.file.transform.AbstractLineTokenizer.tokenize(AbstractLineTokenizer.java:142)",
                   f"\t... {R.randint(20, 45)} common frames omitted"]:
            out.append(nb("spring_batch").t(fr))
        return out
    else:
        sb_pre(b, "INFO", "batch-exec-" + str(R.randint(1, 8)), "c.n.u.batch.eft.EftDraftWriter")
        b.t("Premium card on file updated policy=").p(p.policy, "account").t(" pan=").p(p.card, "account")
        b.t(f" exp={R.randint(1, 12):02d}/{R.randint(25, 29)} cardholder=").p(nm(p, "FL"), "name")
    out.append(b)
    return out


# ---------------------------------------------------------------- family: Serilog
def clef(b, lvl, mt, props, src):
    o = {"@t": ts_clef(b.ts), "@mt": mt}
    if lvl != "Information":
        o["@l"] = lvl
    o["@i"] = hexs(8)
    o.update(props)
    o["SourceContext"] = src
    o["MachineName"] = "uwrules-7f9c6b-" + R.choice(["2xkq4", "h8mzt", "p4wvd"])
    o["ThreadId"] = R.randint(4, 40)
    J(b, o)


def fam_serilog(phi):
    b = nb(R.choice(["serilog_clef", "serilog_clef", "serilog_text"]))
    txt = b.fam == "serilog_text"
    lvlmap = {"Information": "INF", "Warning": "WRN", "Debug": "DBG", "Error": "ERR"}
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            rc, rs, el = R.randint(380, 460), "LifeUW-2024.05.1", round(R.uniform(20, 90), 1)
            if txt:
                b.t(f"{ts_local(b.ts)} [INF] Loaded {rc} rules from \"{rs}\" in {el} ms")
            else:
                clef(b, "Information", "Loaded {RuleCount} rules from {RuleSet} in {Elapsed:0.0} ms",
                     {"RuleCount": rc, "RuleSet": rs, "Elapsed": el}, "Nimbus.Underwriting.Rules.RuleRepository")
        elif k == 1:
            el = round(R.uniform(5, 400), 4)
            path = R.choice(["/api/v2/evaluate", "/health/ready", "/api/v2/ratingclass", "/metrics"])
            sc = R.choice([200, 200, 200, 204, 400, 503])
            if txt:
                b.t(f"{ts_local(b.ts)} [INF] HTTP POST {path} responded {sc} in {el} ms")
            else:
                clef(b, "Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                     {"RequestMethod": "POST", "RequestPath": path, "StatusCode": sc, "Elapsed": el,
                      "RequestId": f"0HN3{hexs(8).upper()}:0000000{R.randint(1, 9)}", "ConnectionId": f"0HN3{hexs(8).upper()}"},
                     "Serilog.AspNetCore.RequestLoggingMiddleware")
        elif k == 2:
            tbl = R.choice(["BuildChart_M_2024", "BuildChart_F_2024", "LabLimits_v19", "RxKnockout_v7"])
            if txt:
                b.t(f"[{b.ts:%H:%M:%S} WRN] Table {tbl} cache miss; reloading from blob uwtables/{tbl}.json etag=0x8DC{hexs(12).upper()}")
            else:
                clef(b, "Warning", "Table {Table} cache miss; reloading", {"Table": tbl, "ETag": "0x8DC" + hexs(12).upper()},
                     "Nimbus.Underwriting.Rules.TableCache")
        elif k == 3:
            rid = f"{R.choice(['BLD', 'LAB', 'RX', 'MIB', 'AVN', 'FH'])}-{R.randint(1, 140):03d}"
            if txt:
                b.t(f"{ts_local(b.ts)} [DBG] Rule {rid} compiled to expression tree ({R.randint(3, 90)} nodes)")
            else:
                clef(b, "Debug", "Rule {RuleId} compiled to expression tree ({Nodes} nodes)",
                     {"RuleId": rid, "Nodes": R.randint(3, 90)}, "Nimbus.Underwriting.Rules.Compiler")
        elif k == 4:
            if txt:
                b.t(f"{ts_local(b.ts)} [ERR] Rx vendor call failed: System.Net.Http.HttpRequestException: "
                    f"Connection refused (rx-gw.internal:8443) ---> System.Net.Sockets.SocketException (111): Connection refused")
            else:
                clef(b, "Error", "Rx vendor call failed after {Attempts} attempts", {"Attempts": 3,
                     "@x": "System.Net.Http.HttpRequestException: Connection refused (rx-gw.internal:8443)\n ---> "
                           "System.Net.Sockets.SocketException (111): Connection refused\n   at System.Net.Http.HttpConnectionPool."
                           "ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)"},
                     "Nimbus.Underwriting.Vendors.RxClient")
        elif k == 5:
            if txt:
                b.t(f"{ts_local(b.ts)} [INF] Application started. Hosting environment: Production; Content root path: /app")
            else:
                clef(b, "Information", "Now listening on: {address}", {"address": "http://[::]:8080"},
                     "Microsoft.Hosting.Lifetime")
        else:
            n = R.randint(100, 3000)
            if txt:
                b.t(f"{ts_local(b.ts)} [INF] Decision cache stats hits={n} misses={R.randint(0, 90)} evictions=0")
            else:
                clef(b, "Information", "Decision cache stats {@Stats}",
                     {"Stats": {"Hits": n, "Misses": R.randint(0, 90), "Evictions": 0, "_typeTag": "CacheStats"}},
                     "Nimbus.Underwriting.Rules.DecisionCache")
        return [b]
    p = R.choice(OLD) if R.random() < 0.12 else person()
    k = R.randint(0, 4)
    if p in OLD:
        k = 5
    if k == 0:
        face = R.choice([100000, 250000, 500000, 750000, 1000000, 2500000])
        if txt:
            b.t(f"{ts_local(b.ts)} [INF] Evaluating case \"").p(p.case, "other_id").t('" for "')
            b.p(nm(p, "fl"), "name").t('" (DOB ').p(fd(p.dob, "iso"), "date").t(f") face ${face:,}")
        else:
            clef(b, "Information", "Evaluating case {CaseId} for {ApplicantName} (DOB {Dob:yyyy-MM-dd}) face {FaceAmount:C0}",
                 {"CaseId": P(p.case, "other_id"), "ApplicantName": P(nm(p, "fl"), "name"),
                  "Dob": P(fd(p.dob, "isot"), "date"), "FaceAmount": face}, "Nimbus.Underwriting.Rules.RuleEvaluator")
    elif k == 1:
        rid = R.choice(["BLD-017", "LAB-044", "RX-009", "MIB-002", "FH-011", "AVN-003"])
        oc = R.choice(["Refer - BMI 36.4 exceeds Standard", "Decline - HbA1c 9.8", "Table 2 - ALT/AST ratio",
                       "Refer - MIB code 320YZ", "Postpone - Rx opioid fills last 90d"])
        if txt:
            b.t(f"{ts_local(b.ts)} [WRN] Rule {rid} fired: {oc} case=").p(p.case, "other_id")
        else:
            clef(b, "Warning", "Rule {RuleId} fired: {Outcome}", {"RuleId": rid, "Outcome": oc,
                 "CaseId": P(p.case, "other_id")}, "Nimbus.Underwriting.Rules.RuleEvaluator")
    elif k == 2:
        dec = R.choice(["PreferredPlus", "Preferred", "StandardPlus", "Standard", "Table4", "Decline"])
        el = R.randint(12, 300)
        if txt:
            b.t(f"[{b.ts:%H:%M:%S} INF] Decision {dec} for ").p(p.case, "other_id").t(" (")
            b.p(nm(p, "lf"), "name").t(f") in {el} ms")
        else:
            clef(b, "Information", "Decision {Decision} for {CaseId} ({Insured}) in {Elapsed} ms",
                 {"Decision": dec, "CaseId": P(p.case, "other_id"), "Insured": P(nm(p, "lf"), "name"), "Elapsed": el},
                 "Nimbus.Underwriting.Rules.DecisionService")
    elif k == 3:
        drug = R.choice(DRUGS)[1]
        lf = rdate_recent(400)
        if txt:
            b.t(f"{ts_local(b.ts)} [WRN] Rx hit \"{drug}\" for \"").p(nm(p, "FL"), "name").t('", last fill ')
            b.p(fd(lf, "us"), "date").t(" member ").p(p.member, "health_plan")
        else:
            clef(b, "Warning", "Rx hit {Drug} for {Insured}, last fill {LastFill}",
                 {"Drug": drug, "Insured": P(nm(p, "FL"), "name"), "LastFill": P(fd(lf, "iso"), "date"),
                  "MemberId": P(p.member, "health_plan")}, "Nimbus.Underwriting.Rules.RxEvaluator")
    elif k == 4:
        if txt:
            b.t(f"{ts_local(b.ts)} [DBG] Build check h={R.randint(58, 77)}in w={R.randint(100, 300)}lb sex={p.sex} applicant=")
            b.p(p.cust, "other_id").t(" app=").p(p.app, "other_id")
        else:
            clef(b, "Debug", "Build check for {ApplicantRef}", {"ApplicantRef": {"CustomerId": P(p.cust, "other_id"),
                 "ApplicationNo": P(p.app, "other_id"), "Sex": p.sex, "HeightIn": R.randint(58, 77),
                 "WeightLb": R.randint(100, 300), "_typeTag": "ApplicantRef"}}, "Nimbus.Underwriting.Rules.BuildChart")
    else:
        if txt:
            b.t(f"{ts_local(b.ts)} [WRN] Age ").p(str(p.age), "age").t(" exceeds max issue age 85 for FE-WL; insured ")
            b.p(nm(p, "fl"), "name").t(" born ").p(fd(p.dob, "usn"), "date")
        else:
            clef(b, "Warning", "Age {Age} exceeds max issue age {MaxAge} for {Product}; insured {Insured}",
                 {"Age": P(p.age, "age"), "MaxAge": 85, "Product": "FE-WL", "Insured": P(nm(p, "fl"), "name"),
                  "CaseId": P(p.case, "other_id")}, "Nimbus.Underwriting.Rules.Eligibility")
    return [b]


# ---------------------------------------------------------------- family: ExamOne-like XML
def fam_examone(phi):
    out = []
    if not phi:
        b = nb("examone_xml")
        k = R.randint(0, 4)
        if k == 0:
            b.t(f"{ts_log4j(b.ts)} DEBUG [http-nio-8443-exec-{R.randint(1, 20)}] c.n.uw.vendor.ExamOneClient - << 200 "
                f"<OrderAck orderNumber=\"{eo_order()}\" status=\"RECEIVED\" vendorRef=\"{R.randint(10 ** 9, 10 ** 10)}\"/>")
        elif k == 1:
            b.t(f"<OrderStatus orderNumber=\"{eo_order()}\" status=\"{R.choice(['KIT_SHIPPED', 'SPECIMEN_RECEIVED', 'RESULTS_READY', 'CANCELLED'])}\" "
                f"examinerId=\"{R.choice(EXAMINERS)[1]}\" lab=\"CRL-LENEXA\" statusTs=\"{ts_iso(b.ts)}\"/>")
        elif k == 2:
            b.t(f"{ts_log4j(b.ts)} WARN  [examone-poll-1] c.n.uw.vendor.ExamOnePoller - SOAP fault from "
                f"https://orders.examone-gw.example/ExamOrders/v3: soap:Server Timeout waiting for upstream (corrId={uuid()})")
        elif k == 3:
            ex = R.choice(EXAMINERS)
            b.t(f"<Examiner id=\"{ex[1]}\" name=\"{ex[0]}\" credential=\"{ex[2]}\" territory=\"{R.choice(CITIES)[1]}-{R.randint(1, 9)}\" "
                f"phone=\"800-633-{R.randint(1000, 9999)}\"/>")
        else:
            b.t(f"{ts_log4j(b.ts)} INFO  [examone-poll-1] c.n.uw.vendor.ExamOnePoller - polled {R.randint(0, 40)} status updates "
                f"in {R.randint(100, 2000)}ms nextPoll=PT5M")
        return [b]
    p = person()
    k = R.choice([0, 0, 0, 0, 1, 2, 2, 2, 3, 3, 3, 3])
    if k == 0:
        # single-line request log
        b = nb("examone_xml")
        b.t(f"{ts_log4j(b.ts)} DEBUG [http-nio-8443-exec-{R.randint(1, 20)}] c.n.uw.vendor.ExamOneClient - >> POST /ExamOrders/v3 body=")
        b.t(f'<?xml version="1.0" encoding="UTF-8"?><ExamOrderRequest xmlns="urn:examone:orders:v3"><OrderNumber>{eo_order()}</OrderNumber>')
        b.t("<Applicant><Name><First>").p(xesc(p.first), "name").t("</First><Last>").p(xesc(p.last), "name").t("</Last></Name>")
        X(b, "DOB", fd(p.dob, "iso"), "date")
        X(b, "SSN", ssnf(p, "plain"), "ssn")
        X(b, "Gender", p.sex)
        X(b, "CellPhone", ph(p, "dash"), "phone")
        b.t("</Applicant><Services><Service code=\"PMED\"/><Service code=\"BLD\"/><Service code=\"URN\"/></Services></ExamOrderRequest>")
        out.append(b)
    elif k == 1:
        # pretty printed, one element per physical line
        ind = "  "
        lines = []
        lines.append(("", "<ExamOrderRequest xmlns=\"urn:examone:orders:v3\" orderSource=\"NIMBUS_UW\">", None))
        lines.append((ind, f"<OrderNumber>{eo_order()}</OrderNumber>", None))
        lines.append((ind, "<Account>NIMB-LIFE-01</Account>", None))
        out.extend(nb("examone_xml").t(a + c) for a, c, _ in lines)
        out.append(nb("examone_xml").t(ind + "<Applicant>"))
        b = nb("examone_xml").t(ind * 2 + "<Name><First>").p(xesc(p.first), "name").t("</First><Middle>")
        b.p(p.mi, "name").t("</Middle><Last>").p(xesc(p.last), "name").t("</Last></Name>")
        out.append(b)
        b = nb("examone_xml").t(ind * 2)
        X(b, "DOB", fd(p.dob, "us"), "date")
        out.append(b)
        b = nb("examone_xml").t(ind * 2)
        X(b, "SSN", ssnf(p, "dash"), "ssn")
        out.append(b)
        out.append(nb("examone_xml").t(ind * 2 + f"<Gender>{p.sex}</Gender>"))
        b = nb("examone_xml").t(ind * 2)
        X(b, "HomePhone", ph(p, "paren"), "phone")
        out.append(b)
        b = nb("examone_xml").t(ind * 2 + "<Address type=\"HOME\"><Street>").p(xesc(p.street), "address").t("</Street>")
        if p.unit:
            b.t("<Street2>").p(p.unit, "address").t("</Street2>")
        b.t("<City>").p(p.city, "address").t(f"</City><State>{p.state}</State><Zip>").p(p.zip, "zip").t("</Zip></Address>")
        out.append(b)
        out.append(nb("examone_xml").t(ind + "</Applicant>"))
        out.append(nb("examone_xml").t(ind + "<Services><Service code=\"PMED\"/><Service code=\"BLD\"/><Service code=\"URN\"/>"
                                        f"<Service code=\"{R.choice(['EKG', 'HOS', 'CHEM'])}\"/></Services>"))
        ag = p.agent
        out.append(nb("examone_xml").t(ind + f"<Agent><Name>{ag[0]}</Name><Email>{ag[2]}</Email></Agent>"))
        appt = rdate_recent(0, 10)
        b = nb("examone_xml").t(ind + "<Appointment preferred=\"").p(fd(appt, "iso") , "date")
        b.t(f"T{R.choice(['07:30', '09:00', '18:00', '10:30'])}:00\" window=\"{R.choice(['AM', 'PM'])}\"/>")
        out.append(b)
        out.append(nb("examone_xml").t("</ExamOrderRequest>"))
    elif k == 2:
        b = nb("examone_xml")
        appt = rdate_recent(0, 12)
        b.t(f"<OrderStatus orderNumber=\"{eo_order()}\" status=\"SCHEDULED\" apptDate=\"").p(fd(appt, "us"), "date")
        b.t(f"\" apptTime=\"{R.randint(7, 19):02d}:{R.choice(['00', '15', '30', '45'])}\" examinerId=\"{R.choice(EXAMINERS)[1]}\" "
            f"location=\"HOME\" clientRef=\"").p(p.case, "other_id").t("\"/>")
        out.append(b)
    else:
        b = nb("examone_xml")
        st = p.state
        b.t(f"<IdVerification orderNumber=\"{eo_order()}\" method=\"DL\" state=\"{st}\" number=\"").p(p.dl, "license")
        b.t(f"\" expires=\"{R.randint(2025, 2031)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}\" matched=\"true\">")
        if R.random() < 0.5:
            b.t("<Photo encoding=\"base64\" mime=\"image/jpeg\">").p("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + b64(R.randint(60, 110)), "photo")
            b.t("</Photo>")
        else:
            b.t("<Thumbprint format=\"ISO19794-2\" finger=\"R1\">").p("Rk1SACAyMAAA" + b64(R.randint(48, 90)), "biometric")
            b.t("</Thumbprint>")
        b.t("</IdVerification>")
        out.append(b)
    return out


# ---------------------------------------------------------------- family: APPS-like JSON
def fam_apps(phi):
    b = nb("apps_json")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            J(b, {"eventType": "Heartbeat", "clientCode": "NMB", "status": "OK", "timestamp": ts_iso(b.ts),
                  "queueDepth": R.randint(0, 30)})
        elif k == 1:
            J(b, {"orderId": apps_order(), "clientCode": "NMB", "eventType": "ImagesUploaded",
                  "timestamp": ts_iso(b.ts), "documentCount": R.randint(2, 9), "bytes": R.randint(200000, 5000000),
                  "documents": ["PART_B", "HIPAA_AUTH", "EKG_TRACING"][:R.randint(1, 3)]}, sep=(", ", ": "))
        elif k == 2:
            ex = R.choice(EXAMINERS)
            J(b, {"orderId": apps_order(), "eventType": "ExaminerAssigned", "timestamp": ts_iso(b.ts),
                  "examiner": {"name": ex[0], "id": ex[1], "license": ex[2], "phone": "866-555-0148"}})
        else:
            b.t(f"apps-webhook {ts_iso(b.ts)} WARN signature mismatch x-apps-signature=sha256={hexs(24)} "
                f"remote=10.44.{R.randint(0, 255)}.{R.randint(1, 254)} -> 401")
        return [b]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        appt = rdate_recent(0, 14)
        J(b, {"orderId": apps_order(), "clientCode": "NMB", "eventType": "ExamScheduled", "timestamp": ts_iso(b.ts),
              "applicant": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                            "dateOfBirth": P(fd(p.dob, "us"), "date"),
                            "phoneNumbers": [{"type": "cell", "number": P(ph(p, R.choice(["dash", "plain", "paren"])), "phone")}],
                            "email": P(p.email, "email")},
              "appointment": {"date": P(fd(appt, "iso"), "date"), "time": R.choice(["07:00", "08:30", "18:00"]),
                              "location": "HOME",
                              "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"),
                                          "state": p.state, "postalCode": P(p.zip, "zip")}},
              "policyNumber": P(p.policy, "account")})
    elif k == 1:
        J(b, {"orderId": apps_order(), "eventType": "ExamCompleted", "timestamp": ts_iso(b.ts),
              "applicantName": P(nm(p, "LF"), "name"), "dob": P(fd(p.dob, "compact"), "date"),
              "vitals": {"heightIn": R.randint(58, 77), "weightLb": R.randint(100, 300),
                         "bp": [f"{R.randint(100, 160)}/{R.randint(60, 100)}" for _ in range(3)], "pulse": R.randint(50, 100)},
              "specimens": ["BLOOD", "URINE"], "examDate": P(fd(rdate_recent(3), "iso"), "date")}, sep=(", ", ": "))
    else:
        J(b, {"orderId": apps_order(), "eventType": "OrderRejected", "timestamp": ts_iso(b.ts),
              "reasonCode": "ADDR_UNVERIFIED", "message": "Address could not be geocoded",
              "input": {"street": P(p.street + (", " + p.unit if p.unit else ""), "address"), "city": P(p.city, "address"),
                        "zip": P(p.zip4, "zip"), "county": P(p.county, "address")}, "clientRef": P(p.case, "other_id")})
    return [b]


# ---------------------------------------------------------------- family: lab pipe rows
BLOOD = [("GLUF", "Glucose, fasting", "mg/dL", "65-99", lambda: R.randint(70, 160)),
         ("HBA1C", "Hemoglobin A1c", "%", "4.0-5.6", lambda: round(R.uniform(4.6, 9.9), 1)),
         ("CHOL", "Cholesterol, total", "mg/dL", "<200", lambda: R.randint(130, 290)),
         ("HDL", "HDL Cholesterol", "mg/dL", ">39", lambda: R.randint(28, 95)),
         ("TRIG", "Triglycerides", "mg/dL", "<150", lambda: R.randint(40, 420)),
         ("ALT", "ALT (SGPT)", "U/L", "0-44", lambda: R.randint(9, 140)),
         ("AST", "AST (SGOT)", "U/L", "0-40", lambda: R.randint(10, 120)),
         ("GGT", "Gamma-GT", "U/L", "0-65", lambda: R.randint(8, 240)),
         ("CREA", "Creatinine", "mg/dL", "0.57-1.25", lambda: round(R.uniform(0.5, 1.9), 2)),
         ("EGFR", "eGFR (CKD-EPI 2021)", "mL/min/1.73", ">59", lambda: R.randint(40, 120)),
         ("PSA", "PSA, total", "ng/mL", "0.0-4.0", lambda: round(R.uniform(0.2, 6.5), 2)),
         ("HIV", "HIV-1/2 Ab/Ag", "", "NEG", lambda: "NEG"),
         ("NTBNP", "NT-proBNP", "pg/mL", "0-125", lambda: R.randint(10, 600)),
         ("CDT", "Carbohydrate-Deficient Transferrin", "%", "<1.7", lambda: round(R.uniform(0.8, 2.9), 1))]
URINE = [("UCOT", "Cotinine, urine", "ng/mL", "<100", lambda: R.choice(["<100", "<100", ">500"])),
         ("UCOC", "Cocaine metabolite", "", "NEG", lambda: R.choice(["NEG"] * 9 + ["POS"])),
         ("UPRO", "Protein, urine", "mg/dL", "<30", lambda: R.randint(0, 80)),
         ("USG", "Specific gravity", "", "1.003-1.030", lambda: round(R.uniform(1.003, 1.031), 3)),
         ("UCRE", "Creatinine, urine", "mg/dL", "20-370", lambda: R.randint(15, 300)),
         ("UGLU", "Glucose, urine", "", "NEG", lambda: R.choice(["NEG"] * 6 + ["1+", "TRACE"]))]


def lab_r(acc, panel, t):
    code, name, unit, ref, f = t
    val = f()
    flag = ""
    if isinstance(val, (int, float)) and "-" in ref:
        lo, hi = ref.split("-")
        try:
            flag = "H" if val > float(hi) else ("L" if val < float(lo) else "")
        except ValueError:
            flag = ""
    if val == "POS" or val == ">500":
        flag = "A"
    return f"R|{acc}|{panel}|{code}|{name}|{val}|{unit}|{ref}|{flag}|F"


def fam_lab(phi):
    out = []
    acc = lab_acc()
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            out.append(nb("lab_pipe").t(f"H|CRL|NIMBUS|{CLK.t:%Y%m%d}|{CLK.t:%H%M}|LAB_{CLK.t:%Y%m%d_%H}00.psv|v2.3"))
        elif k == 1:
            out.append(nb("lab_pipe").t(f"T|{R.randint(100, 999):06d}|{R.randint(3, 40):06d}|{hexs(8)}"))
        for t in R.sample(BLOOD, R.randint(0 if k < 2 else 1, 2)):
            out.append(nb("lab_pipe").t(lab_r(acc, "BLD", t)))
        for t in R.sample(URINE, R.randint(0, 1)):
            out.append(nb("lab_pipe").t(lab_r(acc, "URN", t)))
        return out
    p = person()
    k = R.randint(0, 1)
    if k == 0:
        b = nb("lab_pipe").t(f"P|{acc}|").p(asc(p.last.upper()), "name").t("|").p(asc(p.first.upper()), "name")
        b.t(f"|{p.mi}|").p(fd(p.dob, "compact"), "date").t(f"|{p.sex}|").p(ssnf(p, "plain"), "ssn").t("|")
        b.p(p.case, "other_id").t("|").p(fd(rdate_recent(5), "compact"), "date")
        out.append(b)
        for t in R.sample(BLOOD, R.randint(1, 2)):
            out.append(nb("lab_pipe").t(lab_r(acc, "BLD", t)))
        for t in R.sample(URINE, R.randint(0, 1)):
            out.append(nb("lab_pipe").t(lab_r(acc, "URN", t)))
    else:
        out.append(nb("lab_pipe_hdr").t("accession|collected|last_name|first_name|dob|sex|test|result|units|flag"))
        coll = rdate_recent(6)
        for t in R.sample(BLOOD + URINE, R.randint(2, 4)):
            code, name, unit, ref, f = t
            b = nb("lab_pipe_hdr").t(f"{acc}|").p(fd(coll, "iso"), "date").t("|").p(p.last, "name").t("|")
            b.p(p.first, "name").t("|").p(fd(p.dob, "us"), "date").t(f"|{p.sex}|{code}|{f()}|{unit}|")
            out.append(b)
    return out


# ---------------------------------------------------------------- family: HL7 ORU
def fam_hl7(phi):
    out = []
    acc = lab_acc()
    if not phi:
        out.append(nb("hl7_oru").t(f"MSH|^~\\&|EXAMONE|CRL|NIMBUS_UW|NIMBUS|{CLK.t:%Y%m%d%H%M%S}||ORU^R01|MSG{R.randint(10 ** 7, 10 ** 8)}|P|2.3"))
        for i, t in enumerate(R.sample(BLOOD, R.randint(0, 2)), 1):
            code, name, unit, ref, f = t
            out.append(nb("hl7_oru").t(f"OBX|{i}|{'ST' if code == 'HIV' else 'NM'}|{code}^{name}||{f()}|{unit}|{ref}||||F"))
        return out
    p = person()
    b = nb("hl7_oru").t(f"PID|1||").p(p.labpid, "mrn").t("^^^CRL^MR||").p(nm(p, "hl7"), "name").t("||")
    b.p(fd(p.dob, "compact"), "date").t(f"|{p.sex}|||").p(asc(p.street), "address").t("^^").p(asc(p.city), "address")
    b.t(f"^{p.state}^").p(p.zip, "zip").t("||").p(ph(p, "plain"), "phone").t("|||||||").p(ssnf(p, "dash"), "ssn")
    out.append(b)
    coll = rdate_recent(5)
    b = nb("hl7_oru").t(f"OBR|1|{eo_order()}|{acc}|BLOOD^Blood Profile|||").p(fd(coll, "compact"), "date")
    b.t(f"{R.randint(7, 19):02d}{R.choice(['00', '15', '30'])}00")
    out.append(b)
    for i, t in enumerate(R.sample(BLOOD, R.randint(0, 1)), 1):
        code, name, unit, ref, f = t
        out.append(nb("hl7_oru").t(f"OBX|{i}|NM|{code}^{name}||{f()}|{unit}|{ref}||||F"))
    return out


# ---------------------------------------------------------------- family: MIB key=value
def fam_mib(phi):
    b = nb("mib_kv")
    pre = f"{ts_spring(b.ts)} INFO  mib-gateway "
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t(pre + f"heartbeat ok latency_ms={R.randint(80, 600)} endpoint=https://gw.mib-checking.example/iai/v2 tls=TLSv1.3")
        elif k == 1:
            b.t(pre + f"MIBRESP ctl={mib_ctl()} svc=IAI rc=00 hit=N elapsed_ms={R.randint(100, 900)}")
        elif k == 2:
            b.t(f"{ts_spring(b.ts)} WARN  mib-gateway MIBRESP ctl={mib_ctl()} svc=CHK rc=17 msg=\"MEMBER CO CODE 0422 NOT AUTHORIZED FOR SVC\"")
        else:
            b.t(pre + f"batch submit file=MIB_IAI_{b.ts:%Y%m%d}_{R.randint(1, 9):02d}.txt records={R.randint(10, 300)} member_co=0422")
        return [b]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        b.t(pre + f"MIBRESP ctl={mib_ctl()} svc=IAI rc=00 hit=Y codes=\"{','.join(R.sample(MIB_CODES, R.randint(1, 3)))}\" lname=")
        b.p(asc(p.last.upper()), "name").t(" fname=").p(asc(p.first.upper()), "name").t(f" mi={p.mi} dob=")
        b.p(fd(p.dob, "compact"), "date").t(f" bst={p.state} occ={R.choice(['ELECTRICIAN', 'RN', 'TRUCK DRIVER', 'TEACHER', 'SOFTWARE ENG', 'PILOT'])}")
    elif k == 1:
        b.t(pre + f"MIBREQ ctl={mib_ctl()} svc=IAI subj=\"").p(nm(p, "LFa"), "name").t('" ssn=')
        b.p(ssnf(p, R.choice(["plain", "dash"])), "ssn").t(" dob=").p(fd(p.dob, "us"), "date").t(" zip=").p(p.zip, "zip")
    else:
        b.t(f"{ts_spring(b.ts)} WARN  mib-gateway FOLLOWUP ctl={mib_ctl()} case=").p(p.case, "other_id")
        b.t(f" prior_report=").p(fd(rdate_recent(2500, -400), "iso"), "date").t(f" reporting_co={R.randint(1000, 9999)} codes=\"{R.choice(MIB_CODES)}\"")
    return [b]


# ---------------------------------------------------------------- family: IntelliScript-like Rx JSON
def fam_rx(phi):
    b = nb("rx_json")
    pre = f"{ts_log4j(b.ts)} INFO  [rx-client-{R.randint(1, 4)}] c.n.uw.vendor.RxHistoryClient - "
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t(pre + f"token refresh ok expires_in=3599 scope=rx.read client_id=nimbus-uw-prod")
        elif k == 1:
            b.t(pre + f"response requestId=ISX-{R.randint(10 ** 8, 10 ** 9)} status=200 body=")
            J(b, {"requestId": f"ISX-{R.randint(10 ** 8, 10 ** 9)}", "status": "NO_RECORDS", "fills": [], "riskScore": None,
                  "modelVersion": "IS-Score 9.2"})
        elif k == 2:
            b.t(f"{ts_log4j(b.ts)} WARN  [rx-client-2] c.n.uw.vendor.RxHistoryClient - HTTP 429 from rx vendor, retry in {R.randint(1, 8)}s "
                f"(x-request-id={uuid()})")
        else:
            d = R.choice(DRUGS)
            b.t(pre + f"formulary lookup ndc={d[0]} name=\"{d[1]}\" class=OK cached=true")
        return [b]
    p = person()
    fills = []
    for _ in range(R.randint(1, 2)):
        d = R.choice(DRUGS)
        ph_ = R.choice(PHYS)
        phm = R.choice(PHARM)
        fills.append({"ndc": d[0], "drugName": d[1], "fillDate": P(fd(rdate_recent(700), "iso"), "date"),
                      "qty": R.choice([30, 60, 90]), "daysSupply": R.choice([30, 90]),
                      "prescriber": {"name": ph_[0].upper().replace(",", ""), "npi": ph_[3]},
                      "pharmacy": {"name": phm[0], "ncpdp": phm[1]}})
    body = {"requestId": f"ISX-{R.randint(10 ** 8, 10 ** 9)}", "status": "COMPLETE",
            "subject": {"first": P(asc(p.first.upper()), "name"), "last": P(asc(p.last.upper()), "name"),
                        "dob": P(fd(p.dob, "compact"), "date"), "gender": p.sex, "zip": P(p.zip, "zip")},
            "eligibility": [{"pbm": R.choice(["Express Scripts", "OptumRx", "CVS Caremark", "Prime Therapeutics"]),
                             "memberId": P(p.member, "health_plan"), "groupId": f"RX{R.randint(1000, 9999)}",
                             "coverageStart": P(fd(rdate_recent(2000, -300), "iso"), "date")}],
            "fills": fills, "riskScore": R.randint(5, 95), "modelVersion": "IS-Score 9.2"}
    if p.age >= 65 and R.random() < 0.8:
        body["eligibility"].append({"payer": "CMS Part D", "mbi": P(p.mbi, "health_plan")})
    b.t(pre + f"response requestId={body['requestId']} status=200 body=")
    J(b, body)
    return [b]


# ---------------------------------------------------------------- family: APS request + OCR
def fam_aps(phi):
    b = nb("aps_ocr")
    aid = aps_id()
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            b.t(f"ocr-worker[{R.randint(1, 6)}]: doc={aid} page={R.randint(1, 20)}/{R.randint(20, 60)} engine=tesseract-5.3.3 "
                f"lang=eng dpi=300 conf={round(R.uniform(55, 97), 1)} chars={R.randint(200, 4000)} ms={R.randint(300, 4000)}")
        elif k == 1:
            b.t(f"ocr-worker[{R.randint(1, 6)}]: WARN doc={aid} page={R.randint(1, 30)} low confidence {round(R.uniform(30, 55), 1)} "
                f"- routing to manual indexing queue APS_MANUAL")
        elif k == 2:
            ph_ = R.choice(PHYS)
            b.t(f"{ts_log4j(b.ts)} INFO  [aps-req] ApsRequestService - fax delivered aps={aid} to=\"{ph_[1]}\" fax={ph_[2]} "
                f"pages={R.randint(3, 9)} faxJob=FX{R.randint(10 ** 6, 10 ** 7)}")
        elif k == 3:
            b.t(f"{ts_log4j(b.ts)} INFO  [aps-req] ApsRequestService - follow-up #{R.randint(1, 4)} scheduled aps={aid} "
                f"provider NPI {R.choice(PHYS)[3]} sla_days=21")
        else:
            b.t(f"aps-nlp: model=clinical-ner-v3.2 doc={aid} pages={R.randint(5, 60)} entities={R.randint(20, 400)} "
                f"icd10=[{', '.join(R.sample(['I10', 'E11.9', 'E78.5', 'F41.1', 'M54.5', 'J45.909', 'K21.9'], 2))}] ms={R.randint(400, 5000)}")
        return [b]
    p = person()
    ph_ = R.choice(PHYS)
    k = R.randint(0, 3)
    if k == 0:
        b.t(f"{ts_log4j(b.ts)} INFO  [aps-req] ApsRequestService - APS order {aid} created: provider=\"{ph_[1]}\", "
            f"physician=\"{ph_[0]}\", fax={ph_[2]}, patient=\"").p(nm(p, "lf"), "name").t('", dob=')
        b.p(fd(p.dob, "us"), "date").t(", case=").p(p.case, "other_id").t(", dos_range=2019-01-01..2024-05-01")
    elif k == 1:
        b.t(f"ocr-worker[{R.randint(1, 6)}]: doc={aid} page=1 header: \"PATIENT: ").p(nm(p, "LF"), "name")
        b.t("  DOB: ").p(fd(p.dob, R.choice(["us", "dmon"])), "date").t("  ACCT#: ").p(f"{R.randint(100000, 999999)}-0{R.randint(1, 9)}", "account")
        b.t("  MRN: ").p(p.mrn, "mrn").t('"')
    elif k == 2:
        sd = rdate_recent(800)
        b.t(f"ocr-worker[{R.randint(1, 6)}]: doc={aid} page={R.randint(2, 30)} text=\"Pt seen ").p(fd(sd, "us2"), "date")
        b.t(f" for f/u {R.choice(['HTN', 'DM2', 'hyperlipidemia', 'anxiety', 'low back pain'])}. reports quitting tobacco "
            f"{R.randint(2005, 2022)}. Lives at ").p(f"{p.street}, {p.city}", "address").t(f" w/ spouse. Ph ")
        b.p(ph(p, "dash"), "phone").t('"')
    else:
        d1, d2 = sorted([rdate_recent(900), rdate_recent(900)])
        b.t(f"aps-nlp: extracted doc={aid} patient_ref=").p(p.mrn, "mrn").t(" dx=[I10, E11.9] dates_of_service=[")
        b.p(fd(d1, "iso"), "date").t(", ").p(fd(d2, "iso"), "date").t("] match=").p(p.case, "other_id")
    return [b]


# ---------------------------------------------------------------- family: ACORD TXLife XML
def fam_txlife(phi):
    out = []
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b = nb("txlife_xml")
            b.t(f"<TXLifeRequest PrimaryObjectID=\"Holding_1\"><TransRefGUID>{uuid()}</TransRefGUID>"
                f"<TransType tc=\"103\">New Business Submission</TransType><TransExeDate>{b.ts:%Y-%m-%d}</TransExeDate>"
                f"<TransExeTime>{b.ts:%H:%M:%S}</TransExeTime>")
            out.append(b)
        elif k == 1:
            out.append(nb("txlife_xml").t(f"<TXLifeResponse><TransRefGUID>{uuid()}</TransRefGUID><TransType tc=\"121\">General Requirement Order Request</TransType>"
                                          f"<TransResult><ResultCode tc=\"1\">Success</ResultCode></TransResult></TXLifeResponse>"))
        elif k == 2:
            for ln in ["<Relation id=\"Relation_3\" OriginatingObjectID=\"Holding_1\" RelatedObjectID=\"Party_AGT\">",
                       "  <OriginatingObjectType tc=\"4\">Holding</OriginatingObjectType>",
                       "  <RelatedObjectType tc=\"6\">Party</RelatedObjectType>",
                       "  <RelationRoleCode tc=\"37\">Primary Agent</RelationRoleCode>",
                       "</Relation>"]:
                out.append(nb("txlife_xml").t(ln))
        else:
            ag = R.choice(AGENTS)
            out.append(nb("txlife_xml").t(f"<Party id=\"Party_AGT\"><PartyTypeCode tc=\"1\">Person</PartyTypeCode><FullName>{ag[0]}</FullName>"
                                          f"<Producer><CarrierAppointment><CompanyProducerID>{R.randint(10000, 99999)}</CompanyProducerID>"
                                          f"</CarrierAppointment></Producer><EMailAddress><AddrLine>{ag[2]}</AddrLine></EMailAddress></Party>"))
        return out
    p = person()
    k = R.randint(0, 3)
    if k == 0:
        out.append(nb("txlife_xml").t("<Party id=\"Party_PI\">"))
        out.append(nb("txlife_xml").t("  <PartyTypeCode tc=\"1\">Person</PartyTypeCode>"))
        b = nb("txlife_xml").t("  ")
        X(b, "GovtID", ssnf(p, "plain"), "ssn")
        b.t("<GovtIDTC tc=\"1\">Social Security Number US</GovtIDTC>")
        out.append(b)
        b = nb("txlife_xml").t("  <Person><FirstName>").p(xesc(p.first), "name").t("</FirstName><MiddleName>").p(p.mi, "name")
        b.t("</MiddleName><LastName>").p(xesc(p.last), "name").t(f"</LastName><Gender tc=\"{1 if p.sex == 'M' else 2}\">"
                                                             f"{'Male' if p.sex == 'M' else 'Female'}</Gender><BirthDate>")
        b.p(fd(p.dob, "iso"), "date").t("</BirthDate></Person>")
        out.append(b)
        b = nb("txlife_xml").t("  <Address><AddressTypeCode tc=\"1\">Residence</AddressTypeCode><Line1>").p(xesc(p.street), "address")
        b.t("</Line1><City>").p(p.city, "address").t(f"</City><AddressStateTC tc=\"{R.randint(1, 55)}\">{p.state}</AddressStateTC><Zip>")
        b.p(p.zip, "zip").t("</Zip></Address>")
        out.append(b)
        b = nb("txlife_xml").t("  <Phone><PhoneTypeCode tc=\"12\">Mobile</PhoneTypeCode><AreaCode>").p(p.area, "phone")
        b.t("</AreaCode><DialNumber>").p(p.exch + p.line, "phone").t("</DialNumber></Phone>")
        out.append(b)
        if R.random() < 0.4:
            fx = mkperson()
            b = nb("txlife_xml").t("  <Phone><PhoneTypeCode tc=\"4\">Fax</PhoneTypeCode><AreaCode>").p(p.area, "fax")
            b.t("</AreaCode><DialNumber>").p(fx.exch + fx.line, "fax").t("</DialNumber></Phone>")
            out.append(b)
        out.append(nb("txlife_xml").t("</Party>"))
    elif k == 1:
        b = nb("txlife_xml").t("<Holding id=\"Holding_1\"><HoldingTypeCode tc=\"2\">Policy</HoldingTypeCode><Policy><PolNumber>")
        b.p(p.policy, "account").t(f"</PolNumber><ProductCode>{R.choice(['TERM20', 'TERM30', 'UL-GUL', 'DI-OWN-OCC'])}</ProductCode>"
                                   f"<FaceAmt>{R.choice([250000, 500000, 1000000])}</FaceAmt><ApplicationInfo><HOAssignedAppNumber>")
        b.p(p.app, "other_id").t("</HOAssignedAppNumber><SignedDate>").p(fd(rdate_recent(30), "iso"), "date")
        b.t("</SignedDate></ApplicationInfo></Policy></Holding>")
        out.append(b)
    elif k == 2:
        bp = person()
        rel = R.choice(["Spouse", "Child", "Sibling", "Parent"])
        b = nb("txlife_xml").t("<Party id=\"Party_BEN1\"><PartyTypeCode tc=\"1\">Person</PartyTypeCode><FullName>")
        b.p(xesc(nm(bp, "fl")), "name").t("</FullName><Person><BirthDate>").p(fd(bp.dob, "iso"), "date")
        b.t(f"</BirthDate></Person><Relation RelationRoleCode=\"34\" RelationDescription=\"{rel}\" InterestPercent=\"{R.choice([50, 100])}\"/></Party>")
        out.append(b)
    else:
        b = nb("txlife_xml").t("<Risk><MedicalCondition><ConditionType tc=\"11\">Hypertension</ConditionType><DiagnosisDate>")
        b.p(fd(rdate_recent(3000, -200), "iso"), "date").t("</DiagnosisDate><PhysicianPartyID>Party_APS1</PhysicianPartyID>"
                                                          "</MedicalCondition><TobaccoPremiumBasis tc=\"1\">Non-Smoker</TobaccoPremiumBasis>"
                                                          "<DriversLicenseNum>")
        b.p(p.dl, "license").t(f"</DriversLicenseNum><DriversLicenseState tc=\"{R.randint(1, 55)}\">{p.state}</DriversLicenseState></Risk>")
        out.append(b)
    return out


# ---------------------------------------------------------------- family: Kafka
def kcl(b, grp, msg, cls):
    b.t(f"[{ts_log4j(b.ts)}] INFO [Consumer clientId={grp}-{R.randint(1, 4)}, groupId={grp}] {msg} ({cls})")


def fam_kafka(phi):
    b = nb("kafka")
    grp = R.choice(["uw-rules-engine", "uw-case-indexer", "claims-intake-svc", "esign-sync"])
    tp = R.choice(TOPICS)
    if not phi:
        k = R.randint(0, 5)
        if k == 0:
            kcl(b, grp, f"Adding newly assigned partitions: {tp}-0, {tp}-1, {tp}-2",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")
        elif k == 1:
            kcl(b, grp, f"Setting offset for partition {tp}-{R.randint(0, 5)} to the committed offset FetchPosition{{offset={R.randint(1000, 900000)}, "
                        f"offsetEpoch=Optional[{R.randint(1, 30)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{R.randint(0, 2)}.uw.internal:9092 "
                        f"(id: {R.randint(0, 2)} rack: use1-az{R.randint(1, 3)})], epoch={R.randint(1, 30)}}}}}",
                "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator")
        elif k == 2:
            b.t(f"[{ts_log4j(b.ts)}] WARN [Consumer clientId={grp}-1, groupId={grp}] consumer poll timeout has expired. This means the time "
                f"between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll "
                f"loop is spending too much time processing messages. (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)")
        elif k == 3:
            kcl(b, grp, f"Revoke previously assigned partitions {tp}-{R.randint(0, 5)}",
                "org.apache.kafka.clients.consumer.internals.ConsumerRebalanceListenerInvoker")
        elif k == 4:
            b.t(f"{ts_spring(b.ts)}  INFO 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : "
                f"{grp}: partitions assigned: [{tp}-{R.randint(0, 5)}]")
        else:
            b.t(f"{ts_spring(b.ts)}  INFO 1 --- [ntainer#0-0-C-1] c.n.uw.kafka.LagReporter                 : "
                f"topic={tp} lag={R.randint(0, 4000)} p99_process_ms={R.randint(5, 900)} records/s={R.randint(10, 600)}")
        return [b]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        b.t(f"{ts_spring(b.ts)} ERROR 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : Error handler threw an exception "
            f"for ConsumerRecord(topic = uw.claims.intake, partition = {R.randint(0, 5)}, leaderEpoch = {R.randint(1, 20)}, "
            f"offset = {R.randint(1000, 200000)}, CreateTime = {int(b.ts.timestamp() * 1000)}, serialized key size = 18, "
            f"serialized value size = {R.randint(300, 900)}, headers = RecordHeaders(headers = [], isReadOnly = false), key = ")
        b.p(p.claim, "other_id").t(", value = ")
        J(b, {"claimant": P(nm(p, "fl"), "name"), "dob": P(fd(p.dob, "iso"), "date"),
              "dateOfLoss": P(fd(rdate_recent(120), "iso"), "date"), "policy": P(p.policy, "account"),
              "type": R.choice(["DISABILITY", "DEATH"])})
        b.t(")")
    elif k == 1:
        b.t(f"{ts_spring(b.ts)}  WARN 1 --- [ntainer#0-0-C-1] o.s.k.l.DeadLetterPublishingRecoverer   : "
            f"Sent to DLT uw.mib.responses.DLT key=").p(p.case, "other_id").t(" reason=org.apache.kafka.common.errors.SerializationException")
    else:
        b.t(f"{ts_spring(b.ts)} DEBUG 1 --- [ntainer#0-0-C-1] c.n.uw.kafka.CaseEventListener           : consumed {tp}@")
        b.t(f"{R.randint(0, 5)}:{R.randint(1000, 900000)} key=").p(p.case, "other_id").t(" value=")
        J(b, {"event": "CASE_UPDATED", "insured": {"name": P(nm(p, "fl"), "name"), "email": P(p.email, "email")},
              "status": R.choice(["PENDING_APS", "PENDING_LABS", "APPROVED", "REFERRED"])}, q='\\"')
    return [b]


# ---------------------------------------------------------------- family: DocuSign
def fam_docusign(phi):
    b = nb("docusign")
    acct = "7f2c3d1e-9a41-4b55-8e0f-2c6a1d9b3e77"
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t(f"{ts_iso(b.ts)} esign-connect INFO HMAC verified configurationId=10442871 deliveryId={uuid()} "
                f"event={R.choice(['envelope-sent', 'envelope-delivered', 'envelope-completed'])} retryCount=0")
        elif k == 1:
            J(b, {"event": "envelope-voided", "apiVersion": "v2.1", "uri": f"/restapi/v2.1/accounts/{acct}/envelopes/{uuid()}",
                  "retryCount": 0, "configurationId": 10442871, "generatedDateTime": ts_iso(b.ts),
                  "data": {"accountId": acct, "envelopeId": uuid(), "envelopeSummary": {"status": "voided",
                           "voidedReason": "Replaced by corrected application", "templateId": uuid()}}})
        elif k == 2:
            b.t(f"{ts_iso(b.ts)} esign-connect WARN Connect delivery failed status=503 retry_in=PT{R.randint(1, 15)}M "
                f"endpoint=https://uw-api.nimbuslife.example/hooks/docusign")
        else:
            b.t(f"{ts_iso(b.ts)} esign-connect INFO templates synced count={R.randint(10, 40)} "
                f"brand=NimbusLife-NB etag=W/\"{hexs(12)}\"")
        return [b]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        ag = p.agent
        J(b, {"event": "recipient-completed", "apiVersion": "v2.1", "uri": f"/restapi/v2.1/accounts/{acct}/envelopes/{uuid()}",
              "retryCount": 0, "configurationId": 10442871, "generatedDateTime": ts_iso(b.ts),
              "data": {"accountId": acct, "envelopeId": uuid(), "recipientId": "1",
                       "envelopeSummary": {"status": "completed", "emailSubject": S("Please DocuSign: Life Application - ", P(nm(p, "fl"), "name")),
                                           "sender": {"userName": ag[0], "email": ag[2]},
                                           "recipients": {"signers": [{"name": P(nm(p, "fl"), "name"),
                                                                       "email": P(p.email, "email"),
                                                                       "clientUserId": P(p.cust, "other_id"),
                                                                       "status": "completed", "signedDateTime": ts_iso(b.ts)}]}}}})
    elif k == 1:
        b.t(f"{ts_iso(b.ts)} esign-audit INFO envelope={uuid()} Action=Signed UserName=\"").p(nm(p, "fl"), "name")
        b.t('" UserEmail=').p(p.email, "email").t(" ClientIPAddress=").p(p.ip, "ip")
        b.t(' GeoLocation="').p(p.city, "address").t(f', {p.state}" AuthMethod=SMS')
    else:
        b.t(f"{ts_iso(b.ts)} esign-connect WARN recipient-autoresponded envelope={uuid()} recipient=").p(p.email, "email")
        b.t(" bounce=\"550 5.1.1 mailbox unavailable\" case=").p(p.case, "other_id")
    return [b]


# ---------------------------------------------------------------- family: Twilio
TWILIO_NUM = ["+18444120099", "+18885550123", "+16145550110"]


def fam_twilio(phi):
    b = nb("twilio")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t(f"{ts_iso(b.ts)} warn: Twilio debugger Error 11200 HTTP retrieval failure url=https://tele.nimbuslife.example/voice/gather "
                f"callSid={call_sid()}")
        elif k == 1:
            rs = "RE" + hexs(32)
            b.t(f"{ts_iso(b.ts)} info: recording {rs} uploaded s3://nimbus-uw-recordings/{b.ts:%Y/%m/%d}/{rs}.wav "
                f"size={round(R.uniform(0.4, 9), 1)}MB duration={R.randint(120, 2400)}s")
        elif k == 2:
            b.t(f"{ts_iso(b.ts)} info: POST /voice/status 204 {R.randint(3, 40)}ms - CallSid={call_sid()} CallStatus=no-answer "
                f"To=%2B{TWILIO_NUM[0][1:]} Direction=outbound-api")
        else:
            b.t(f"{ts_iso(b.ts)} info: teleinterview queue depth={R.randint(0, 25)} agents_available={R.randint(0, 12)} "
                f"avg_wait_s={R.randint(5, 300)} interviewer=" + R.choice(["mrios", "dpatel_ti", "kchan_ti"]))
        return [b]
    p = person()
    k = R.randint(0, 3)
    if k == 0:
        b.t(f"{ts_iso(b.ts)} info: POST /voice/status 204 {R.randint(3, 40)}ms - CallSid={call_sid()} CallStatus=completed "
            f"CallDuration={R.randint(200, 2400)} From=").p(ph(p, "enc"), "phone").t(f"&To=%2B{TWILIO_NUM[0][1:]}&Direction=inbound")
    elif k == 1:
        J(b, {"sid": call_sid(), "account_sid": "AC" + hexs(32), "from": P(ph(p, "e164"), "phone"), "to": TWILIO_NUM[1],
              "status": "completed", "start_time": ts_rfc2822(b.ts, utc=True), "duration": str(R.randint(200, 2400)),
              "price": f"-0.0{R.randint(1000, 9999)}", "direction": "inbound", "answered_by": None,
              "caller_name": P(asc(nm(p, "LFa").replace(",", " ")), "name"), "api_version": "2010-04-01"}, sep=(", ", ": "))
    elif k == 2:
        b.t(f"{ts_iso(b.ts)} info: teleinterview session TI-{R.randint(100000, 999999)} started interviewer=mrios case=")
        b.p(p.case, "other_id").t(f" callSid={call_sid()} dial=").p(ph(p, "e164"), "phone")
    else:
        b.t(f"{ts_iso(b.ts)} info: voice-verify enrollment ok case=").p(p.case, "other_id").t(" voiceprint=")
        b.p("vp1:" + b64(R.randint(40, 70)), "biometric").t(f" quality={round(R.uniform(0.6, 0.99), 2)}")
    return [b]


# ---------------------------------------------------------------- family: Django agent portal
def fam_django(phi):
    b = nb("django")
    ag = R.choice(AGENTS)
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            b.t(f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_clf(b.ts)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"")
        elif k == 1:
            b.t(f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_clf(b.ts)}] \"GET /static/portal/js/app.{hexs(6)}.js HTTP/1.1\" 304 0 "
                f"\"https://agents.nimbuslife.example/dashboard/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36\"")
        elif k == 2:
            b.t(f"WARNING {ts_log4j(b.ts)} log {R.randint(10, 99)} {R.randint(10 ** 14, 10 ** 15)} Not Found: /agent/cases/export/")
        elif k == 3:
            out = [b.t(f"ERROR {ts_log4j(b.ts)} log 14 140233990 Internal Server Error: /agent/applications/submit/")]
            for ln in ["Traceback (most recent call last):",
                       "  File \"/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner",
                       "    response = get_response(request)",
                       "  File \"/app/portal/applications/views.py\", line 212, in submit",
                       "    app.full_clean()",
                       "django.core.exceptions.ValidationError: {'ssn': ['Enter a valid SSN.'], 'dob': ['Applicant must be at least 18.']}"]:
                out.append(nb("django").t(ln))
            return out
        elif k == 4:
            b.t(f"INFO {ts_log4j(b.ts)} portal.auth login ok user={ag[1]} mfa=totp ip=10.20.{R.randint(0, 9)}.{R.randint(2, 250)}")
        elif k == 5:
            b.t(f"[{b.ts:%d/%b/%Y %H:%M:%S}] \"GET /agent/commissions/?period={b.ts:%Y-%m} HTTP/1.1\" 200 {R.randint(2000, 40000)}")
        else:
            b.t(f"DEBUG {ts_log4j(b.ts)} django.db.backends ({round(R.uniform(0.2, 3), 3)}) SELECT \"cases_case\".\"id\", "
                f"\"cases_case\".\"status\" FROM \"cases_case\" WHERE \"cases_case\".\"agent_id\" = {R.randint(10, 900)} LIMIT 21; args=({R.randint(10, 900)},)")
        return [b]
    p = person()
    ag = p.agent
    k = R.randint(0, 4)
    if k == 0:
        b.t(f"INFO {ts_log4j(b.ts)} portal.cases {R.randint(10, 99)} {R.randint(10 ** 14, 10 ** 15)} agent={ag[1]} opened case ")
        b.p(p.case, "other_id")
    elif k == 1:
        q = quote_plus(f"{p.last}, {p.first}")
        b.t(f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - {ag[1]} [{ts_clf(b.ts)}] \"GET /agent/search/?q=").p(q, "name")
        b.t("&dob=").p(fd(p.dob, "iso"), "date").t(f" HTTP/1.1\" 200 {R.randint(1000, 9000)} \"-\" \"Mozilla/5.0\"")
    elif k == 2:
        b.t(f"INFO {ts_log4j(b.ts)} portal.audit user={ag[1]} action=VIEW_PHI resource=applicant:{R.randint(10000, 99999)} name=\"")
        b.p(nm(p, R.choice(["fl", "lfm"])), "name").t('" ssn_last4=***-**-' + p.ssn[-4:])
    elif k == 3:
        out = [b.t(f"ERROR {ts_log4j(b.ts)} log 14 140233990 Internal Server Error: /agent/applications/{R.randint(1000, 9999)}/owner/")]
        out.append(nb("django").t("Traceback (most recent call last):"))
        out.append(nb("django").t("  File \"/app/portal/applications/forms.py\", line 88, in clean_owner_email"))
        b2 = nb("django").t("django.core.exceptions.ValidationError: {'owner_email': [\"'")
        bad = p.email.replace(".com", ".con") if ".com" in p.email else p.email.replace("@", "@@")
        b2.p(bad, "email").t("' is not a valid email address\"]}")
        out.append(b2)
        return out
    else:
        b.t(f"INFO {ts_log4j(b.ts)} portal.selfservice login ok user=").p(p.user, "other_id")
        b.t(" ip=").p(p.ip, "ip").t(f" ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"")
    return [b]


# ---------------------------------------------------------------- family: Salesforce platform events
def fam_sfdc(phi):
    b = nb("sfdc_event")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t(f"{ts_iso(b.ts)} sfdc-pubsub INFO SubscribeRequest topic=/event/UW_Decision__e numRequested=100 "
                f"replayPreset=CUSTOM replayId={R.randint(10 ** 6, 10 ** 7)}")
        elif k == 1:
            b.t(f"{ts_iso(b.ts)} sfdc-pubsub INFO Received 0 events, latestReplayId={R.randint(10 ** 6, 10 ** 7)} "
                f"pendingNumRequested={R.randint(1, 100)} rpcId={uuid()}")
        else:
            J(b, {"data": {"schema": "u3Ka1-Zl7hZq8dP1xQwQ", "payload": {"CreatedDate": ts_iso(b.ts),
                  "CreatedById": "0058c00000A1bCdAAF", "Job_Name__c": "NightlyAgentSync", "Records__c": R.randint(100, 900),
                  "Status__c": "Completed"}, "event": {"replayId": R.randint(10 ** 6, 10 ** 7)}}, "channel": "/event/Batch_Status__e"})
        return [b]
    p = R.choice(OLD) if R.random() < 0.2 else person()
    k = R.randint(0, 1)
    if k == 0:
        payload = {"CreatedDate": ts_iso(b.ts), "CreatedById": "0058c00000A1bCdAAF",
                   "Case_Id__c": P(p.case, "other_id"), "Insured_Name__c": P(nm(p, "fl"), "name"),
                   "Insured_Birthdate__c": P(fd(p.dob, "iso"), "date"),
                   "Decision__c": R.choice(["Standard Plus", "Preferred", "Table 2", "Declined", "Standard"]),
                   "Face_Amount__c": float(R.choice([100000, 250000, 500000])), "Agent_Email__c": p.agent[2]}
        if p in OLD:
            payload["Insured_Age__c"] = P(p.age, "age")
        J(b, {"data": {"schema": "u3Ka1-Zl7hZq8dP1xQwQ", "payload": payload,
                       "event": {"replayId": R.randint(10 ** 6, 10 ** 7), "EventUuid": uuid()}}, "channel": "/event/UW_Decision__e"})
    else:
        J(b, {"data": {"schema": "pZ7-Qm9X2kLrT0aWbYc1Fg", "payload": {"CreatedDate": ts_iso(b.ts),
              "Policy_Number__c": P(p.policy, "account"), "Owner_Email__c": P(p.email, "email"),
              "Owner_Phone__c": P(ph(p, "paren"), "phone"), "Effective_Date__c": P(fd(rdate_recent(20, 20), "iso"), "date"),
              "Status__c": "Issued"}, "event": {"replayId": R.randint(10 ** 6, 10 ** 7)}}, "channel": "/event/Policy_Issued__e"})
    return [b]


# ---------------------------------------------------------------- family: fraud check JSON
def fam_fraud(phi):
    b = nb("fraud_json")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t(f"{ts_iso(b.ts)} fraud-svc INFO model fraud-gbm-v14 loaded sha256={hexs(64)} features=212 threshold=0.71")
        elif k == 1:
            b.t(f"{ts_iso(b.ts)} fraud-svc INFO p95 latency {R.randint(90, 400)}ms over 1000 calls; vendor=SentryID errors={R.randint(0, 5)}")
        else:
            J(b, {"checkId": f"FRD-24-{R.randint(100000, 999999)}", "status": "ERROR", "error": {"code": "VENDOR_TIMEOUT",
                  "vendor": "SentryID", "retryable": True}, "elapsedMs": R.randint(3000, 9000)})
        return [b]
    p = person()
    k = R.randint(0, 2)
    if k == 0:
        J(b, {"checkId": f"FRD-24-{R.randint(100000, 999999)}", "caseId": P(p.case, "other_id"),
              "subject": {"fullName": P(nm(p, "fml"), "name"), "ssn": P(ssnf(p, "dash"), "ssn"),
                          "dob": P(fd(p.dob, "iso"), "date"), "email": P(p.email, "email"),
                          "ipAddress": P(p.ip, "ip"), "deviceId": P(p.imei, "device"),
                          "address": {"street": P(p.street, "address"), "county": P(p.county, "address"),
                                      "zip": P(p.zip, "zip")}},
              "socialProfiles": [P(p.url, "url")] if R.random() < 0.5 else [],
              "signals": R.sample(["SSN_MULTIPLE_IDENTITIES", "EMAIL_AGE_LT_30D", "IP_GEO_MISMATCH", "VELOCITY_APPS_30D",
                                   "PHONE_VOIP", "DEVICE_SEEN_OTHER_APPLICANT"], 2),
              "score": R.randint(300, 900), "decision": R.choice(["PASS", "REVIEW", "REVIEW", "FAIL"])}, sep=(", ", ": "))
    elif k == 1:
        if R.random() < 0.4:
            p = R.choice(OLD)
        J(b, {"checkId": f"FRD-24-{R.randint(100000, 999999)}", "claimId": P(p.claim, "other_id"),
              "claimType": "ACCIDENTAL_DEATH", "insured": P(nm(p, "LF"), "name"),
              "dateOfDeath": P(fd(rdate_recent(90), "us"), "date"),
              "ageAtDeath": P(p.age, "age") if p.age > 89 else p.age,
              "vehicle": {"vin": P(p.vin, "vehicle"), "plate": P(p.plate, "vehicle"), "state": p.state},
              "policeReport": f"RPT-{R.randint(10 ** 6, 10 ** 7)}", "socialProfiles": [P(p.url, "url")],
              "score": round(R.uniform(0.05, 0.95), 3)})
    else:
        wv = R.choice([("Fitbit", "FB"), ("Garmin", "GR"), ("Apple Watch", "FH")])
        J(b, {"checkId": f"FRD-24-{R.randint(100000, 999999)}", "customerId": P(p.cust, "other_id"),
              "wearable": {"vendor": wv[0], "serial": P(wv[1] + hexs(10).upper(), "device"),
                           "mac": P(":".join(hexs(2).upper() for _ in range(6)), "device")},
              "phone": P(ph(p, "e164"), "phone"), "phoneType": R.choice(["MOBILE", "VOIP", "LANDLINE"]),
              "idv": {"selfieMatch": round(R.uniform(0.8, 0.99), 3),
                      "selfieJpegB64": P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAkGBxM" + b64(R.randint(54, 90)), "photo"),
                      "truncated": True},
              "decision": "PASS"})
    return [b]


# ---------------------------------------------------------------- family: claims intake e-mails
EMAIL_N = [0]


def fam_email(phi):
    out = []
    fam = "claims_email"
    if not phi:
        b = nb(fam)
        k = R.randint(0, 2)
        if k == 0:
            b.t(f"claims-intake: parsed msgid=<{hexs(20)}@mail.gmail.com> classified={R.choice(['DEATH_CLAIM', 'DI_CLAIM', 'OTHER'])} "
                f"confidence=0.{R.randint(60, 99)} attachments={R.randint(0, 4)} queue=CLM_NEW")
        elif k == 1:
            b.t(f"claims-intake: mailbox claims@nimbuslife.example poll ok new={R.randint(0, 12)} imap=outlook.office365.com:993")
        else:
            b.t(f"claims-intake: attachment scan clean sha256={hexs(64)} type=application/pdf")
        return [b]
    EMAIL_N[0] += 1
    death = EMAIL_N[0] % 2 == 1
    writer = person()
    if death:
        dec = R.choice(OLD) if R.random() < 0.6 else person()
        while dec is writer:
            dec = person()
        rel = R.choice({"F": ["mother", "wife", "grandmother", "aunt", "sister"],
                        "M": ["father", "husband", "grandfather", "uncle", "brother"]}[dec.sex])
    else:
        dec = writer
        if not dec.policy.startswith("DI-"):
            dec.policy = f"DI-{R.randint(10000000, 99999999)}"
    frm = nb(fam).t("From: \"").p(nm(writer, "fl"), "name").t("\" <").p(writer.email, "email").t(">")
    dom = writer.email.split("@")[1]
    if dom == "gmail.com":
        mh = f"mail-{R.choice(['yw1', 'oi1', 'qk1', 'pl1'])}-f{R.randint(100, 199)}.google.com"
        mip = f"209.85.{R.choice([128, 160, 210, 219])}.{R.randint(1, 254)}"
        mid = f"<CAF={hexs(24)}@mail.gmail.com>"
    elif dom in ("outlook.com", "hotmail.com"):
        mh = f"NAM{R.randint(10, 12)}-DM6-obe.outbound.protection.outlook.com"
        mip = f"40.107.{R.randint(200, 244)}.{R.randint(1, 254)}"
        mid = f"<{hexs(8).upper()}{hexs(12).upper()}@PH0PR{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 19)}.prod.outlook.com>"
    elif dom == "yahoo.com":
        mh = f"sonic{R.randint(300, 320)}-{R.randint(1, 40)}.consmr.mail.bf2.yahoo.com"
        mip = f"74.6.{R.randint(128, 135)}.{R.randint(1, 254)}"
        mid = f"<{R.randint(10 ** 8, 10 ** 9)}.{R.randint(10 ** 6, 10 ** 7)}@mail.yahoo.com>"
    else:
        mh = f"smtp{R.randint(1, 9)}.{dom}"
        mip = f"{R.choice([17, 64, 96, 152])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        mid = f"<{uuid()}@{dom}>"
    out.append(nb(fam).t(f"Received: from {mh} ({mh} [{mip}])"))
    out.append(nb(fam).t(f"Date: {ts_rfc2822(CLK.t)}"))
    out.append(frm)
    out.append(nb(fam).t("To: claims@nimbuslife.example"))
    if death:
        s = nb(fam).t("Subject: Death claim for my " + rel + " ").p(nm(dec, "fl"), "name").t(", policy ").p(dec.policy, "account")
        out.append(s)
        out.append(nb(fam).t(f"Message-ID: {mid}"))
        out.append(nb(fam).t("Hello,"))
        dod = rdate_recent(40)
        b = nb(fam).t(f"I am writing to let you know that my {rel}, ").p(nm(dec, R.choice(["fl", "fml"])), "name")
        b.t(" (DOB ").p(fd(dec.dob, R.choice(["usn", "us", "long"])), "date").t("), passed away on ")
        b.p(fd(dod, R.choice(["long", "us", "dlong"])), "date").t(f" at {R.choice(['St. Joseph Hospital', 'home', 'Mercy Hospice', 'Good Samaritan Medical Center'])}.")
        out.append(b)
        if dec in OLD:
            out.append(nb(fam).t(f"{'She' if dec.sex == 'F' else 'He'} was ").p(str(dec.age), "age")
                       .t(" and had been in hospice since March."))
        b = nb(fam).t(f"{'Her' if dec.sex == 'F' else 'His'} last address was ").p(f"{dec.street}, {dec.city}", "address")
        b.t(f", {dec.state} ").p(dec.zip, "zip").t(". The death certificate is attached.")
        out.append(b)
        b = nb(fam).t("I am the beneficiary on the policy. My SSN is ").p(ssnf(writer, R.choice(["dash", "sp"])), "ssn")
        b.t(" and my date of birth is ").p(fd(writer.dob, R.choice(["us", "usn", "eu"])), "date").t(".")
        out.append(b)
        if R.random() < 0.5:
            b = nb(fam).t("Please send the payment by direct deposit to account ").p(writer.bank, "account")
            b.t(" (routing 021000021) or mail a check.")
            out.append(b)
        if R.random() < 0.35:
            out.append(nb(fam).t("If you need anything signed you can fax it to ").p(f"({writer.area}) {R.randint(201, 989)}-{R.randint(0, 9999):04d}", "fax"))
    else:
        onset = rdate_recent(80)
        s = nb(fam).t("Subject: disability claim - ").p(dec.policy, "account")
        out.append(s)
        out.append(nb(fam).t(f"Message-ID: {mid}"))
        out.append(nb(fam).t("hi,"))
        b = nb(fam).t(f"i {R.choice(['hurt my back at work', 'had a heart attack', 'was in a car accident', 'had surgery on my shoulder'])} on ")
        b.p(fd(onset, R.choice(["us2", "usn", "long"])), "date").t(" and have not been able to work since.")
        out.append(b)
        if "car accident" in b.text():
            b = nb(fam).t("the police report lists my car as plate ").p(dec.plate, "vehicle").t(f" ({dec.state}), VIN ")
            b.p(dec.vin, "vehicle").t(" if you need it for the claim.")
            out.append(b)
        ph_ = R.choice(PHYS)
        out.append(nb(fam).t(f"my doctor is {ph_[0]} at {ph_[1]}, their fax is {ph_[2]}."))
        b = nb(fam).t("my employer is filing the statement too. my ssn is ").p(ssnf(dec, R.choice(["sp", "plain", "dash"])), "ssn")
        b.t(" and my health insurance member id is ").p(dec.member, "health_plan")
        out.append(b)
        if R.random() < 0.6:
            b = nb(fam).t("you can fax forms to me at ").p(f"{dec.area}-{dec.exch}-{(int(dec.line) + 7) % 10000:04d}", "fax").t(" (home office)")
            out.append(b)
    b = nb(fam).t("You can reach me at ").p(ph(writer, R.choice(["paren", "dot", "dash", "plain", "one"])), "phone")
    b.t(" any time after 3pm.")
    out.append(b)
    out.append(nb(fam).t("Thank you,"))
    out.append(nb(fam).p(nm(writer, R.choice(["fl", "low", "fil"])), "name"))
    out.append(nb(fam).t("Sent from my iPhone" if R.random() < 0.5 else "-- "))
    out.append(nb(fam).t("CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s)."))
    return out


# ---------------------------------------------------------------- family: inbound e-fax gateway (claims / APS)
def fam_efax(phi):
    b = nb("efax_gw")
    pre = f"{b.ts:%b %d %H:%M:%S} faxgw01 hylafax-faxgetty[{R.randint(2000, 9000)}]: "
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            ph_ = R.choice(PHYS)
            b.t(pre + f"RECV FAX: from {ph_[2]} csid=\"{ph_[1][:20].upper()}\" pages={R.randint(2, 40)} "
                      f"qfile=recvq/fax{R.randint(10000, 99999)}.tif time={R.randint(0, 9)}:{R.randint(10, 59)} route=APS_INBOUND")
        elif k == 1:
            b.t(pre + f"MODEM /dev/ttyIAX{R.randint(0, 3)} ready, V.34 33600 bit/s, ECM enabled")
        else:
            b.t(pre + f"RECV FAX: session aborted, remote hangup after page {R.randint(1, 5)} (T.30 T2 timeout) from unknown csid=\"\"")
        return [b]
    p = person()
    fx = f"{p.area}{R.randint(201, 989)}{R.randint(0, 9999):04d}"
    fxs = R.choice([f"+1{fx}", f"{fx[:3]}-{fx[3:6]}-{fx[6:]}", f"({fx[:3]}) {fx[3:6]}-{fx[6:]}"])
    b.t(pre + "RECV FAX: from ").p(fxs, "fax").t(' csid="').p(asc(nm(p, R.choice(["FL", "fil"]))).upper()[:20].strip(), "name")
    b.t(f'" pages={R.randint(1, 12)} qfile=recvq/fax{R.randint(10000, 99999)}.tif route=CLAIMS_INBOUND claim=').p(p.claim, "other_id")
    return [b]


# ---------------------------------------------------------------- schedule
FAMS = [
    (fam_spring, 12, 0.50), (fam_serilog, 10, 0.60), (fam_examone, 6, 0.55), (fam_apps, 6, 0.60),
    (fam_lab, 6, 0.45), (fam_hl7, 3, 0.55), (fam_mib, 6, 0.60), (fam_rx, 6, 0.60),
    (fam_aps, 7, 0.60), (fam_txlife, 5, 0.55), (fam_kafka, 9, 0.45), (fam_docusign, 6, 0.60),
    (fam_twilio, 6, 0.60), (fam_django, 9, 0.50), (fam_sfdc, 5, 0.55), (fam_fraud, 5, 0.60),
    (fam_email, 2.0, 0.75), (fam_efax, 3, 0.55),
]


PSCALE = 1.0


def main():
    lines = []
    wsum = sum(w for _, w, _ in FAMS)
    while len(lines) < TARGET:
        r = R.uniform(0, wsum)
        for f, w, pp in FAMS:
            r -= w
            if r <= 0:
                break
        blk = f(R.random() < pp * PSCALE)
        if len(lines) + len(blk) > TARGET:
            continue
        lines.extend(blk)
    assert len(lines) == TARGET
    log_lines, labels = [], []
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert s and "\n" not in s and s.strip() != ""
        bs = s.encode("utf-8")
        spans = []
        for sp in b.spans:
            assert bs[sp["s"]:sp["e"]].decode("utf-8") == sp["v"], (i, sp)
            assert sp["v"].strip() == sp["v"] and sp["v"], (i, sp)
            spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        log_lines.append(s)
        labels.append({"line": i, "family": b.fam, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-verify from disk
    with open(os.path.join(HERE, f"{ID}.log"), "rb") as fh:
        disk = fh.read().split(b"\n")
    assert len(disk) == TARGET and all(disk)
    for o, raw in zip(labels, disk):
        for sp in o["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(raw)
    nophi = sum(1 for o in labels if not o["spans"])
    cats = {}
    for o in labels:
        for sp in o["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = {}
    for o in labels:
        fams[o["family"]] = fams.get(o["family"], 0) + 1
    print(f"lines={len(labels)} no_phi={nophi} ({100 * nophi / len(labels):.1f}%)")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("fams", dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
