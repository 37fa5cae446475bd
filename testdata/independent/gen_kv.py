#!/usr/bin/env python3
"""gen_kv.py -- synthetic, labeled log corpus for a PHI detector (ID=kv).

Theme: the data science / analytics platform of a regional health system
("Northbridge Health"): Databricks/Spark driver + executor logs (row dumps in
exceptions, Delta constraint violations, badRecordsPath files), HiveServer2 and
Trino logs/event-listener JSON, Kinesis Firehose records and delivery errors,
GCP Cloud Logging entries (jsonPayload, protoPayload, textPayload), Great
Expectations validation results, dbt CLI / JSON logs and `dbt show` tables,
Airbyte sync logs, Jupyter output (pandas reprs, ipynb JSON), MLflow output and
inference tables, feature-store (Feast / Databricks) lookups, Power BI refresh
history and gateway logs, R console / readr / logger output, SAS logs, Tableau
backgrounder/Hyper JSON logs and Slack webhook payloads.

All people, identifiers and values are synthetic.  Standard library only,
deterministic (fixed seed, no clock or OS randomness).  Writes kv.log (500
lines) and kv.labels.jsonl next to this script.

Labeling decisions:
- Labeled: identifiers of patients, members, guarantors, subscribers, relatives
  and emergency contacts, and of claimants in liability/subrogation data.
- Not labeled: clinicians and staff doing their job (attending names, NPIs,
  data-engineer user names and e-mails, Slack handles of staff), facilities,
  payers, vendors, service accounts, business phones/faxes/addresses.
- A full name is one `name` span in every written form ("Last, First",
  "LAST^FIRST^M", initials + surname); separate first/last fields are separate
  spans.  A patient's first name alone is labeled too.
- Address: street line, city and county are separate `address` spans; state is
  not labeled; ZIP/ZIP+4 is `zip`.  A three-digit ZIP prefix (zip3) is not
  labeled.  HL7/X12 address components are labeled per component.
- `date`: birth, death, admission, discharge, service, appointment and accident
  dates of a person, in any written form; a date-time of such an event is one
  span (date and time together).  Python `datetime.date(1931, 3, 2)` -> only the
  argument list is labeled.  Not labeled: log timestamps, load/partition/run
  dates, sentinel placeholder dates (1900-01-01, 1899-12-31), a year alone.
- `age` only when > 89 (ages <= 89 stay unlabeled even on PHI lines); an
  implausible age value in an age column (e.g. 134) is still labeled.
- Invalid or malformed values of an identifier field (7-digit MRN, typo'd
  e-mail, 11-digit phone) are labeled with the field's category.
- `mrn`: medical record numbers and enterprise patient IDs (EMPI).
  `other_id`: encounter/CSN/visit numbers, claim numbers, MPI/merge case
  numbers, patient-portal user names.  `account`: hospital/guarantor accounts,
  payment card and refund bank account numbers (bank routing numbers and card
  last-4 alone are not labeled).  `health_plan`: member/subscriber IDs, MBI,
  Medicaid IDs (employer group numbers and payer IDs are not labeled).
- Hashed tokens (pat_token, tokenization output), warehouse surrogate keys
  (person_sk, patient_key), server-assigned FHIR resource UUIDs, Salesforce
  record IDs, trace/span/job/query IDs are not labeled.
- `device`: serials / IMEI / MAC / UDI of a patient's own device (CGM, pump,
  pacemaker, home hub); hospital asset tags are not labeled.
- `ip`: a patient's public IP (portal sign-in, home device uplink); private
  cluster IPs and service IPs are not labeled.
- `url`: personal URLs (social profile, fundraiser page, personal site).
- `biometric`: fingerprint / palm-vein template blobs; `photo`: base64 face
  image (the visible base64 part, without a trailing ellipsis).
- An identifier split by format (HL7 components, X12 elements, CSV fields,
  table cells) is labeled per piece; padding and quotes stay outside spans.
- Values inside SQL literals are labeled as written (doubled quote kept);
  JSON-escaped values (\\u00fc) are labeled in their escaped form.
- Base64 payloads that merely encode other data (Firehose rawData) are never
  given PHI content, so they are never labeled.
"""
import base64
import datetime as dt
import json
import os
import unicodedata
import uuid

import random

R = random.Random(20240312 + 21)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kv"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# ---------------------------------------------------------------- segments --


class S:
    """A line under construction: list of (text, category-or-None)."""
    __slots__ = ("p",)

    def __init__(self, parts=()):
        self.p = list(parts)

    def __add__(self, o):
        return S(self.p + _segs(o))

    def __radd__(self, o):
        return S(_segs(o) + self.p)

    def text(self):
        return "".join(t for t, _ in self.p)

    def has_phi(self):
        return any(c for _, c in self.p)


def _segs(o):
    if isinstance(o, S):
        return o.p
    if isinstance(o, str):
        return [(o, None)]
    if isinstance(o, (int, float)):
        return [(str(o), None)]
    raise TypeError(repr(o))


def L(*xs):
    out = []
    for x in xs:
        out += _segs(x)
    return S(out)


def P(v, cat):
    assert cat in CATS, cat
    v = str(v)
    assert v
    return S([(v, cat)])


def tx(x):
    return x.text() if isinstance(x, S) else str(x)


def smap(s, fn):
    """Apply a char-wise escaping function to every segment."""
    return S([(fn(t), c) for t, c in _segs(s)])


class Raw:
    def __init__(self, s):
        self.s = s if isinstance(s, S) else L(s)


def N(v, cat):
    return Raw(P(v, cat))


def jesc(s, ascii_=False):
    return smap(s, lambda t: json.dumps(t, ensure_ascii=ascii_)[1:-1])


def J(o, sep=(",", ":"), ascii_=False):
    if isinstance(o, Raw):
        return o.s
    if isinstance(o, S):
        return L('"', jesc(o, ascii_), '"')
    if isinstance(o, dict):
        out = L("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out = out + sep[0]
            out = out + json.dumps(k, ensure_ascii=ascii_) + sep[1] + J(v, sep, ascii_)
        return out + "}"
    if isinstance(o, (list, tuple)):
        out = L("[")
        for i, v in enumerate(o):
            if i:
                out = out + sep[0]
            out = out + J(v, sep, ascii_)
        return out + "]"
    return L(json.dumps(o, ensure_ascii=ascii_))


JP = (", ", ": ")  # python json.dumps default separators


def _pyesc(t, q):
    return t.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace(q, "\\" + q)


def PY(o):
    """Python repr() of nested dict/list with S leaves."""
    if isinstance(o, Raw):
        return o.s
    if isinstance(o, S):
        q = '"' if ("'" in o.text() and '"' not in o.text()) else "'"
        return L(q, smap(o, lambda t: _pyesc(t, q)), q)
    if isinstance(o, dict):
        out = L("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out = out + ", "
            out = out + repr(k) + ": " + PY(v)
        return out + "}"
    if isinstance(o, (list, tuple)):
        out = L("[")
        for i, v in enumerate(o):
            if i:
                out = out + ", "
            out = out + PY(v)
        return out + "]"
    return L(repr(o))


def sq(s):
    """SQL string literal."""
    return L("'", smap(s, lambda t: t.replace("'", "''")), "'")


def join(items, sep):
    out = L()
    for i, it in enumerate(items):
        if i:
            out = out + sep
        out = out + it
    return out

# ------------------------------------------------------------------ clock --


CLOCK = [dt.datetime(2024, 3, 12, 1, 58, 7, 412000)]
EPOCH = dt.datetime(1970, 1, 1)


def now(lo=0.05, hi=7.0):
    CLOCK[0] += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
    return CLOCK[0]


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spark():
    return now().strftime("%y/%m/%d %H:%M:%S")


def ts_hive():
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "," + ms3(t)


def ts_isoz(us=False):
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond if us else ms3(t)) + "Z"


def ts_space():
    return now().strftime("%Y-%m-%d %H:%M:%S")


def ts_pylog():
    t = now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms3(t)


def epoch_ms(t=None):
    t = t or now()
    return int((t - EPOCH).total_seconds() * 1000)

# ------------------------------------------------------- look-alike noise --


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def priv_ip():
    return R.choice(["10.139.64.%d" % R.randint(4, 250), "10.42.%d.%d" % (R.randint(0, 15), R.randint(2, 250)),
                     "172.20.%d.%d" % (R.randint(0, 31), R.randint(2, 250))])


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 50, 66, 67, 68, 71, 73, 75, 76, 96, 98, 107, 108, 146, 173, 174, 184, 199, 208]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def trino_qid(t=None):
    t = t or CLOCK[0]
    return t.strftime("%Y%m%d_%H%M%S") + "_%05d_" % R.randint(0, 9999) + alnum(5, "abcdefghijkmnpqrstuvwxyz23456789")


STAFF = ["Dr. Helen Achterberg", "Dr. Rajiv Menon", "Nina Kowalski, RN", "Dr. Samuel Oduya", "Carla Benitez, PA-C",
         "Dr. Ingrid Solberg", "Dr. Marcus Feld"]
STAFF_LF = ["ACHTERBERG^HELEN", "MENON^RAJIV", "ODUYA^SAMUEL", "SOLBERG^INGRID", "FELD^MARCUS"]
DATA_STAFF = ["aisha.patel", "mkowalczyk", "tom.bright", "li.wei", "jrosenthal", "d.okafor"]
ORG_DOMAIN = "northbridgehealth.org"
BIZ_PHONES = ["(617) 555-0100", "508-555-0188", "1-800-555-0199", "(401) 555-0123"]
BIZ_FAX = ["(617) 555-0147", "508-555-0176"]
FACILITIES = ["NBH Worcester Medical Center", "NBH Harborview Hospital", "NBH Nashua Ambulatory", "Pawtucket Family Health"]

# --------------------------------------------------------------- persons --

FIRST = ["Aaliyah", "Bogdan", "Chioma", "Dmitri", "Esperanza", "Fatima", "Giovanni", "Hiroshi", "Ingrid", "José",
         "Kwame", "Lakshmi", "Mei-Ling", "Nikolai", "Oluwaseun", "Priya", "Quentin", "Rosalind", "Siobhan", "Tomás",
         "Valentina", "Wen", "Xiomara", "Yusuf", "Zofia", "Anne-Marie", "Jean-Luc", "Thanh", "Bridget", "Darnell",
         "Ebony", "Francesca", "Gertrude", "Harold", "Imani", "Jorge", "Kateryna", "Liam", "Marisol", "Nadia", "Otis",
         "Pradeep", "Rukhsana", "Sven", "Tatiana", "Winifred", "Yolanda", "Ahmed", "Beatriz", "Cormac", "Deepika",
         "Elif", "Florence", "Gustavo", "Hye-jin", "Ifeoma", "Joaquín", "Kenji", "Leilani", "Mildred", "Nasser",
         "Maeve", "Søren", "Amara", "Chayton", "Lucía", "Mateus", "Rania", "Walter", "Agnieszka"]
LAST = ["Nguyen", "Okonkwo", "García-López", "van der Berg", "O'Sullivan", "Kowalczyk", "Yamamoto", "Papadopoulos",
        "Singh", "Haddad", "Abernathy", "Dubois", "Kim", "Osei", "Müller", "MacLeod", "D'Angelo", "Fitzpatrick",
        "Rahman", "Castillo", "Ivanova", "Lindqvist", "Nakamura", "Adeyemi", "Chowdhury", "da Silva", "Al-Masri",
        "Schwartz", "Petrov", "Tremblay", "Wójcik", "Bianchi", "Mendoza", "Thibodeau", "Sørensen", "Achebe", "Park",
        "Zhou", "Gallagher", "Boateng", "Delacroix", "Hernández", "St. Clair", "Le", "Ng", "Rossi", "Santos", "Cohen",
        "Baptiste", "Moreau", "De La Cruz", "Nwosu", "Halvorsen", "Quispe", "Yilmaz", "Kaur", "Begay",
        "Ferreira-Gomes", "Van Buren", "Mbeki", "Rivera", "Pham", "Szabó", "Ahn"]
LOCS = [("Worcester", "Worcester County", "MA", "01604", ["508", "774"]),
        ("Lowell", "Middlesex County", "MA", "01852", ["978", "351"]),
        ("Nashua", "Hillsborough County", "NH", "03060", ["603"]),
        ("Providence", "Providence County", "RI", "02908", ["401"]),
        ("Pawtucket", "Providence County", "RI", "02860", ["401"]),
        ("Springfield", "Hampden County", "MA", "01109", ["413"]),
        ("Manchester", "Hillsborough County", "NH", "03103", ["603"]),
        ("Hartford", "Hartford County", "CT", "06106", ["860", "959"]),
        ("Brockton", "Plymouth County", "MA", "02301", ["508", "774"]),
        ("Fall River", "Bristol County", "MA", "02720", ["508", "774"]),
        ("New Bedford", "Bristol County", "MA", "02740", ["508"]),
        ("Quincy", "Norfolk County", "MA", "02169", ["617", "857"]),
        ("Fitchburg", "Worcester County", "MA", "01420", ["978"]),
        ("Woonsocket", "Providence County", "RI", "02895", ["401"]),
        ("Keene", "Cheshire County", "NH", "03431", ["603"]),
        ("New London", "New London County", "CT", "06320", ["860"]),
        ("Chicopee", "Hampden County", "MA", "01013", ["413"]),
        ("Leominster", "Worcester County", "MA", "01453", ["978"])]
STREETS = ["Elm", "Pleasant", "Maple", "Chandler", "Highland", "Salisbury", "Broad", "Cottage", "Lincoln", "Water",
           "Prospect", "Grafton", "Summer", "Mill", "Cedar", "Belmont", "Shrewsbury", "Park", "Vernon", "Hope",
           "Wachusett", "Oak Hill", "Dorrance", "Lafayette", "Pine Ridge", "Old County", "Kilby"]
STYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Ter", "Way", "Ct", "Pl", "Blvd"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "comcast.net", "icloud.com",
           "verizon.net", "protonmail.com", "cox.net"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
REF = dt.date(2024, 3, 12)
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def age_on(d, ref=REF):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def rdate(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def recent(days_back=60):
    return REF - dt.timedelta(days=R.randint(1, days_back))


def mk_mbi():
    a = R.choice("123456789") + R.choice(MBI_L) + R.choice(MBI_L + "0123456789") + R.choice("0123456789")
    b = R.choice(MBI_L) + R.choice(MBI_L + "0123456789") + R.choice("0123456789")
    c = R.choice(MBI_L) + R.choice(MBI_L) + digits(2)
    return a + b + c


def mk_vin():
    tr = {c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"]) for c in cs}
    for d in "0123456789":
        tr[d] = int(d)
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    ok = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "3VW", "KMH", "4T1", "1N4", "WBA"]) +
             "".join(R.choice(ok) for _ in range(5)) + "0" + R.choice("GHJKLMNPR") + R.choice(ok) + digits(6))
    s = sum(tr[c] * wi for c, wi in zip(v, w)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mk_card():
    if R.random() < 0.6:
        body = "4" + digits(14)
    else:
        body = "5" + R.choice("12345") + digits(13)
    return body + luhn_digit(body)


def mk_imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


def b64blob(head, n):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05"
FMR_HEAD = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x68\x01\xe0\x00\xc5\x00\xc5\x01\x00"


class Person:
    def __init__(self, old=None):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
        self.sex = R.choice("FM")
        if old is None:
            old = R.random() < 0.24
        self.dob = rdate(1921, 1933) if old else rdate(1937, 2020)
        self.age = age_on(self.dob)
        city, county, state, zp, areas = R.choice(LOCS)
        self.city, self.county, self.state, self.zip = city, county, state, zp
        self.zip4 = zp + "-" + digits(4)
        self.street = "%d %s %s" % (R.randint(3, 2999), R.choice(STREETS), R.choice(STYPES))
        self.unit = R.choice(["", "", "", "Apt 3B", "Unit 12", "#2", "Apt 1R", "Fl 2"])
        self.phone = self._ph(areas)
        self.phone2 = self._ph(areas)
        self.fax = self._ph(areas)
        loc = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        las = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        self.email = R.choice([loc + "." + las, loc[0] + las, loc + "_" + las + str(self.dob.year % 100),
                               las + loc[0] + digits(2), loc + las[:4] + digits(3)]) + "@" + R.choice(MAILDOM)
        self.username = R.choice([loc + "." + las + digits(2), las + loc[0], loc[0] + las + str(self.dob.year),
                                  "mychart_" + loc + digits(3)])
        a = R.randint(1, 665)
        self.ssn = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        self.mrn = R.choice(["00", "01", "10", "20"]) + digits(6)
        self.empi = "E" + digits(9)
        self.csn = "3" + digits(9)
        self.har = "4" + digits(10)
        self.gar = "G" + digits(7)
        self.member = R.choice(["XJH" + digits(9), "W" + digits(9), "ZGP" + digits(8) + "01", "BCB" + digits(9),
                                "H" + digits(8) + "00", "MVP" + digits(8)])
        self.mbi = mk_mbi()
        self.medicaid = "1000" + digits(8)
        self.dl = {"MA": "S" + digits(8), "CT": digits(9),
                   "NH": digits(2) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5),
                   "RI": "V" + digits(6)}.get(state, digits(7))
        self.vin = mk_vin()
        self.plate = R.choice(["%d%s%d" % (R.randint(1, 9), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(10, 99)),
                               "%s %d" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(1000, 9999)),
                               digits(3) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ")])
        self.card = mk_card()
        self.bank = digits(R.choice([9, 10, 12]))
        self.ip = pub_ip()
        self.cgm = R.choice(["SM" + digits(8), "G7" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                             "NG" + digits(7) + "H", "PJN" + digits(6) + "H"])
        self.imei = mk_imei()
        self.mac = ":".join("%02X" % R.getrandbits(8) for _ in range(6))
        self.claim = R.choice(["CLM-", "C", "2024"]) + digits(9)
        slug = loc + "-" + las
        self.url = R.choice(["https://www.facebook.com/%s.%s.%s" % (loc, las, digits(4)),
                             "https://www.gofundme.com/f/help-%s-with-medical-bills" % slug,
                             "https://www.linkedin.com/in/%s-%s" % (slug, hexs(6)),
                             "https://%s%s.blog" % (loc, las),
                             "https://www.instagram.com/%s_%s/" % (loc, las)])

    def _ph(self, areas):
        a = R.choice(areas)
        if R.random() < 0.35:
            return a + "555" + "01" + digits(2)
        return a + str(R.randint(201, 989)) + digits(4)


POOL = []


def person(old=None, reuse=0.12):
    if POOL and old is None and R.random() < reuse:
        return R.choice(POOL)
    p = Person(old)
    POOL.append(p)
    return p

# ------------------------------------------------------------- formatting --


def fdate(d, style=None):
    style = style or R.choice(["iso", "us", "usnp", "dot", "compact", "sas", "dmon", "long", "smon", "isot", "us2", "dmy"])
    if style == "iso":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "usnp":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "compact":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "sas":
        return "%02d%s%04d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "dmon":
        return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %04d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "smon":
        return "%s %d %04d" % (MON[d.month - 1], d.day, d.year)
    if style == "isot":
        return "%04d-%02d-%02dT00:00:00Z" % (d.year, d.month, d.day)
    if style == "us2":
        return "%02d-%02d-%02d" % (d.month, d.day, d.year % 100)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    raise ValueError(style)


def fdt(d, style="iso"):
    h, m = R.randint(0, 23), R.choice([0, 5, 12, 15, 22, 30, 41, 45, 58])
    if style == "iso":
        return "%s %02d:%02d:00" % (fdate(d, "iso"), h, m)
    if style == "isot":
        return "%sT%02d:%02d:00" % (fdate(d, "iso"), h, m)
    if style == "hl7":
        return "%s%02d%02d" % (fdate(d, "compact"), h, m)
    return "%s %02d:%02d" % (fdate(d, "us"), h, m)


def fphone(p, style=None):
    style = style or R.choice(["paren", "dash", "dot", "raw", "e164", "intl", "one", "parenns"])
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "raw": p, "e164": "+1" + p, "intl": "+1 %s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c),
            "parenns": "(%s)%s-%s" % (a, b, c)}[style]


def fssn(s, style=None):
    style = style or R.choice(["dash", "dash", "raw", "space"])
    return {"dash": "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "raw": s, "space": "%s %s %s" % (s[:3], s[3:5], s[5:])}[style]


def fmbi(m):
    return R.choice([m, "%s-%s-%s" % (m[:4], m[4:7], m[7:])])


def nm(p, style=None):
    style = style or R.choice(["fl", "LF", "Lf", "LfM", "fml", "il", "lower", "UP"])
    f, l, mi = p.first, p.last, p.mi
    return {"fl": "%s %s" % (f, l), "LF": "%s, %s" % (l.upper(), f.upper()), "Lf": "%s, %s" % (l, f),
            "LfM": "%s, %s %s" % (l, f, mi), "fml": "%s %s. %s" % (f, mi, l), "il": "%s. %s" % (f[0], l),
            "lower": "%s %s" % (f.lower(), l.lower()), "UP": "%s %s" % (f.upper(), l.upper()),
            "hl7": "%s^%s^%s" % (l.upper(), f.upper(), mi), "LFM": "%s, %s %s" % (l.upper(), f.upper(), mi)}[style]


def addr_segs(p, upper=False, sep=", ", with_county=False):
    st = p.street + ((" " + p.unit) if p.unit else "")
    city = p.city
    if upper:
        st, city = st.upper(), city.upper()
    out = L(P(st, "address"), sep, P(city, "address"))
    if with_county:
        out = out + sep + P(p.county, "address")
    return out + sep + p.state + " " + P(p.zip if R.random() < 0.7 else p.zip4, "zip")


def pick(*fns):
    return R.choice(fns)()

##############################################################################
# FAMILY GENERATORS: each takes phi (bool) and returns a list of S lines.
##############################################################################

CMD_IDS = ["3391283712620113", "2846177013620113", "1177340982215590", "4408812231907764"]
SPARK_FRAMES = ["\tat org.apache.spark.sql.execution.datasources.FileFormatWriter$.executeTask(FileFormatWriter.scala:420)",
                "\tat org.apache.spark.scheduler.ResultTask.runTask(ResultTask.scala:93)",
                "\tat org.apache.spark.executor.Executor$TaskRunner.$anonfun$run$3(Executor.scala:568)",
                "\tat org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext(Unknown Source)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                "\tat org.apache.spark.sql.delta.constraints.DeltaInvariantCheckerExec.$anonfun$doExecute$3(DeltaInvariantCheckerExec.scala:89)"]


def g_spark_driver(phi):
    st, tid, ex = R.randint(3, 240), R.randint(100, 9000), R.randint(0, 7)
    cmd = R.choice(CMD_IDS)
    if not phi:
        v = R.randrange(12)
        if v == 0:
            return [L("%s INFO DAGScheduler: Got job %d (toPandas at <command-%s>:%d) with %d output partitions"
                      % (ts_spark(), R.randint(10, 900), cmd, R.randint(3, 60), R.choice([8, 16, 64, 200])))]
        if v == 1:
            n = R.choice([16, 64, 200])
            return [L("%s INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)"
                      % (ts_spark(), R.randint(0, n - 1), st, tid, R.randint(80, 9000), "10.139.64.%d" % R.randint(4, 99), ex, R.randint(1, n), n))]
        if v == 2:
            return [L("%s INFO DAGScheduler: Job %d finished: toPandas at <command-%s>:%d, took %.6f s"
                      % (ts_spark(), R.randint(10, 900), cmd, R.randint(3, 60), R.uniform(0.2, 80)))]
        if v == 3:
            return [L("%s INFO MemoryStore: Block broadcast_%d stored as values in memory (estimated size %.1f KiB, free %.1f GiB)"
                      % (ts_spark(), R.randint(1, 400), R.uniform(4, 900), R.uniform(1, 12)))]
        if v == 4:
            col = R.choice(["encounter_type", "dept_id", "load_dt", "payer_cd"])
            return [L("%s INFO FileSourceStrategy: Pushed Filters: IsNotNull(%s),EqualTo(%s,%s)"
                      % (ts_spark(), col, col, R.choice(["INPATIENT", "2024-03-11", "OBS", "60054"]))),
                    L("%s INFO FileSourceStrategy: Post-Scan Filters: isnotnull(%s#%d),(%s#%d = %s)"
                      % (ts_spark(), col, R.randint(100, 9999), col, R.randint(100, 9999), R.choice(["INPATIENT", "OBS"])))]
        if v == 5:
            return [L("%s INFO DeltaLog: Loading version %d starting from checkpoint version %d."
                      % (ts_spark(), R.randint(1000, 4000), R.randint(990, 999)))]
        if v == 6:
            return [L("%s INFO OptimisticTransaction: [tableId=%s,txnId=%s] Committed delta #%d to dbfs:/mnt/lake/silver/%s/_delta_log"
                      % (ts_spark(), uuid4()[:8], uuid4()[:8], R.randint(1000, 4000), R.choice(["adt_events", "encounters", "claims_837", "rpm_readings"])))]
        if v == 7:
            return [L("%s ERROR Utils: Aborting task" % ts_spark()),
                    L('java.io.FileNotFoundException: Operation failed: "The specified path does not exist.", 404, GET, '
                      'https://nbhlakeprod.dfs.core.windows.net/raw/epic/clarity/pat_enc/part-%05d-%s-c000.snappy.parquet?timeout=90, PathNotFound, '
                      '"The specified path does not exist. RequestId:%s Time:%s"' % (R.randint(0, 199), uuid4(), uuid4(), ts_isoz(True)[:-4] + "Z")),
                    L("\tat shaded.databricks.azurebfs.org.apache.hadoop.fs.azurebfs.services.AbfsRestOperation.execute(AbfsRestOperation.java:248)"),
                    L("\tat org.apache.spark.sql.execution.datasources.FileScanRDD$$anon$1.nextIterator(FileScanRDD.scala:409)")]
        if v == 8:
            return [L("%s WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of the running tasks) Reason: Remote RPC client disassociated. Likely due to containers exceeding thresholds, or network issues. Check driver logs for WARN messages."
                      % (ts_spark(), R.randint(0, 63), st, tid, "10.139.64.%d" % R.randint(4, 99), ex, ex))]
        if v == 9:
            return [L("%s INFO ClusterLoadMonitor: Added query with execution ID:%d. Current active queries:%d" % (ts_spark(), R.randint(10, 999), R.randint(1, 5)))]
        if v == 10:
            return [L("%s INFO DriverCorral: DBFS health check ok" % ts_spark()),
                    L("%s INFO HiveMetaStore: 0: get_database: clinical_silver" % ts_spark())]
        return [L("%s WARN SQLConf: The SQL config 'spark.sql.legacy.timeParserPolicy' has been deprecated in Spark v3.0 and may be removed in the future. Use 'spark.sql.datetime.java8API.enabled' instead." % ts_spark())]

    p = person()
    v = R.randrange(6)
    if v == 0:  # Delta CHECK constraint violation with row values
        kind = R.choice(["dob", "dates", "mrn", "ssn"])
        out = [L("%s ERROR TaskSetManager: Task %d in stage %d.0 failed 4 times; aborting job" % (ts_spark(), R.randint(0, 63), st)),
               L("%s ERROR FileFormatWriter: Aborting job %s." % (ts_spark(), uuid4()))]
        if kind == "dob":
            bad = dt.date(2030 + R.randint(0, 20), p.dob.month, p.dob.day)
            out.append(L("org.apache.spark.sql.delta.schema.DeltaInvariantViolationException: [DELTA_VIOLATE_CONSTRAINT_WITH_VALUES] CHECK constraint birth_date_not_future (birth_date <= current_date()) violated by row with values:"))
            out.append(L(" - birth_date : ", P(fdate(bad, "iso"), "date")))
        elif kind == "dates":
            ad = recent(40)
            dc = ad - dt.timedelta(days=R.randint(1, 5))
            out.append(L("org.apache.spark.sql.delta.schema.DeltaInvariantViolationException: [DELTA_VIOLATE_CONSTRAINT_WITH_VALUES] CHECK constraint valid_los (discharge_dt >= admit_dt) violated by row with values:"))
            out.append(L(" - discharge_dt : ", P(fdate(dc, "iso"), "date")))
            out.append(L(" - admit_dt : ", P(fdate(ad, "iso"), "date")))
        elif kind == "mrn":
            out.append(L("org.apache.spark.sql.delta.schema.DeltaInvariantViolationException: [DELTA_VIOLATE_CONSTRAINT_WITH_VALUES] CHECK constraint mrn_format (pat_mrn RLIKE '^[0-9]{8}$') violated by row with values:"))
            out.append(L(" - pat_mrn : ", P(p.mrn[1:], "mrn")))
        else:
            out.append(L("org.apache.spark.sql.delta.schema.DeltaInvariantViolationException: [DELTA_VIOLATE_CONSTRAINT_WITH_VALUES] CHECK constraint ssn_format (ssn RLIKE '^[0-9]{3}-[0-9]{2}-[0-9]{4}$') violated by row with values:"))
            out.append(L(" - ssn : ", P(fssn(p.ssn, "raw"), "ssn")))
        out.append(L(R.choice(SPARK_FRAMES)))
        return out
    if v == 1:  # PythonException with value in message
        kind = R.choice(["dob", "phone", "mbi"])
        if kind == "dob":
            bad = "%02d/%02d/%04d" % (p.dob.day, p.dob.month, p.dob.year)
            msg = L("ValueError: time data ", sq(P(bad, "date")), " does not match format '%Y-%m-%d'")
            frame = ('  File "<command-%s>", line %d, in parse_dob' % (cmd, R.randint(5, 60)))
        elif kind == "phone":
            msg = L("ValueError: bad phone for mrn=", P(p.mrn, "mrn"), ": ", sq(P(p.phone + str(R.randint(0, 9)), "phone")))
            frame = ('  File "<command-%s>", line %d, in normalize_phone' % (cmd, R.randint(5, 60)))
        else:
            msg = L("ValueError: invalid MBI ", sq(P(fmbi(p.mbi).lower(), "health_plan")), " (member ", P(nm(p, "LF"), "name"), ")")
            frame = ('  File "/Workspace/Repos/claims-etl/src/nbh_claims/mbi.py", line %d, in validate_mbi' % R.randint(5, 90))
        head = L("%s WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (10.139.64.%d executor %d): org.apache.spark.api.python.PythonException: '"
                 % (ts_spark(), R.randint(0, 63), st, tid, R.randint(4, 99), ex), msg, "'. Full traceback below:")
        return [head, L("Traceback (most recent call last):"),
                L('  File "/databricks/spark/python/pyspark/worker.py", line 1231, in main'),
                L("    process()"), L(frame), msg]
    if v == 2:  # print(bad_rows.take(n)) to driver stdout
        rows = []
        for _ in range(R.randint(1, 2)):
            q = p if not rows else person()
            d = q.dob
            rows.append(L("Row(pat_mrn=", PY(P(q.mrn, "mrn")), ", pat_last_nm=", PY(P(q.last.upper(), "name")),
                          ", pat_first_nm=", PY(P(q.first.upper(), "name")),
                          ", birth_date=datetime.date(", P("%d, %d, %d" % (d.year, d.month, d.day), "date"),
                          "), zip5=", PY(P(q.zip, "zip")), ", person_sk=%d, src_sys='EPIC')" % R.randint(10 ** 6, 10 ** 8)))
        return [L("[", join(rows, ", "), "]")]
    if v == 3:  # ANSI cast error with SQL context
        d = p.dob
        bad = "%04d-%02d-%02d" % (d.year, 2, 30) if R.random() < 0.5 else "%02d/%02d/%04d" % (d.month, d.day, d.year)
        return [L("%s ERROR SQLExecution: [CAST_INVALID_INPUT] The value " % ts_spark(), sq(P(bad, "date")),
                  ' of the type "STRING" cannot be cast to "DATE" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead. If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error.'),
                L("== SQL(line %d, position 8) ==" % R.randint(2, 30)),
                L("CAST(pat_birth_dt_txt AS DATE) AS birth_date"),
                L("       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")]
    if v == 4:  # malformed record in parsing
        rec = L(P(p.mrn, "mrn"), ",", P(p.last.upper(), "name"), ",", P(p.first.upper(), "name"), ",",
                P(fdate(p.dob, "compact"), "date"), ",", P(p.street.upper(), "address"), ",", P(p.city.upper(), "address"),
                ",", p.state, ",null,null")
        return [L("%s ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d)" % (ts_spark(), R.randint(0, 63), st, tid)),
                L("org.apache.spark.SparkException: [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [",
                  rec, "]. Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'."),
                L("Caused by: org.apache.spark.sql.catalyst.csv.MalformedCSVException: Malformed CSV record")]
    # photo in a row dump (patient photo column exploded by mistake)
    b = b64blob(JPEG_HEAD, R.randint(40, 70))
    return [L("%s WARN DataWriter: skipping oversized row for pat_mrn=" % ts_spark(), P(p.mrn, "mrn"),
              " col=photo_b64 len=%d value=" % R.randint(18000, 90000), P(b, "photo"), "...")]


def g_spark_bad_records(phi):
    if not phi:
        path, rec = R.choice([("lab/loinc_ref", "2345-7|Glucose [Mass/volume] in Serum or Plasma|mg/dL|70|99|N"),
                              ("claims/payer_ref", "PAYER|60054|AETNA|ACTIVE||"),
                              ("epic/dept_ref", "DEPT|10110042|NBH WORCESTER ED|EMERGENCY|Y|x"),
                              ("pharmacy/ndc_ref", "NDC|00093-7424-56|ATORVASTATIN 40 MG TAB|30|EA"),
                              ("claims/x12_835", "PLB*%s*20231231*WO:%s*-%d.00~" % (npi(), digits(8), R.randint(10, 9000)))])
        path = "dbfs:/mnt/raw/%s_20240311.%s" % (path, R.choice(["csv", "txt", "dat"]))
        return [J({"path": path, "record": rec,
                   "reason": R.choice(["java.lang.NumberFormatException: For input string: \"x\"",
                                       "org.apache.spark.sql.catalyst.csv.MalformedCSVException: Malformed CSV record",
                                       "java.lang.ArrayIndexOutOfBoundsException: Index 6 out of bounds for length 6"])})]
    p = person()
    if R.random() < 0.5:
        path = "dbfs:/mnt/raw/claims/x12_837_20240311.dat"
        rec = L("NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "****MI*", P(p.member, "health_plan"),
                "~N3*", P(p.street.upper(), "address"), "~N4*", P(p.city.upper(), "address"), "*", p.state, "*",
                P(p.zip4.replace("-", ""), "zip"), "~DMG*D8*", P(fdate(p.dob, "compact"), "date"), "*", p.sex, "~")
        reason = "com.nbh.x12.ParseException: DMG segment missing terminator in loop 2010BA"
    else:
        path = "dbfs:/mnt/raw/epic/pat_demog_20240311.txt"
        rec = L(P(p.mrn, "mrn"), "|", P(p.last.upper(), "name"), "|", P(p.first, "name"), "|", P(fdate(p.dob, "us"), "date"),
                "|", P(fssn(p.ssn, "raw"), "ssn"), "|", P(fphone(p.phone, "raw"), "phone"), "|", P(p.email, "email"), "|")
        reason = 'java.lang.NumberFormatException: For input string: "%s"' % R.choice(["N/A", "UNK", "--"])
    return [J({"path": path, "record": rec, "reason": reason})]


def g_spark_executor(phi):
    st, tid = R.randint(3, 240), R.randint(100, 9000)
    if not phi:
        v = R.randrange(8)
        if v == 0:
            return [L("%s INFO Executor: Running task %d.0 in stage %d.0 (TID %d)" % (ts_spark(), R.randint(0, 63), st, tid))]
        if v == 1:
            return [L("%s INFO FileScanRDD: Reading File path: dbfs:/mnt/lake/silver/%s/part-%05d-%s-c000.snappy.parquet, range: 0-%d, partition values: [%s]"
                      % (ts_spark(), R.choice(["encounters", "claims_837", "rpm_readings"]), R.randint(0, 199), uuid4(), R.choice([134217728, 67108864, 4412931]),
                         R.choice(["2024-03-11", "empty row", "2024-02"])))]
        if v == 2:
            return [L("%s INFO PythonRunner: Times: total = %d, boot = %d, init = %d, finish = %d" % (ts_spark(), R.randint(300, 9000), R.randint(-80, 40), R.randint(50, 400), R.randint(100, 8000)))]
        if v == 3:
            return [L("%s INFO Executor: Finished task %d.0 in stage %d.0 (TID %d). %d bytes result sent to driver" % (ts_spark(), R.randint(0, 63), st, tid, R.randint(1500, 9000)))]
        if v == 4:
            return [L("%s INFO CodeGenerator: Code generated in %.6f ms" % (ts_spark(), R.uniform(2, 60)))]
        if v == 5:
            return [L("%s INFO ShuffleBlockFetcherIterator: Getting %d (%.1f MiB) non-empty blocks including %d (%.1f KiB) local and 0 (0.0 B) host-local and 0 (0.0 B) push-merged-local and %d (%.1f MiB) remote blocks"
                      % (ts_spark(), R.randint(8, 200), R.uniform(1, 90), R.randint(1, 8), R.uniform(10, 900), R.randint(4, 190), R.uniform(1, 80)))]
        if v == 6:
            return [L("%s WARN BlockManager: Block rdd_%d_%d already exists on this machine; not re-adding it" % (ts_spark(), R.randint(10, 99), R.randint(0, 63)))]
        return [L("%s ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d)" % (ts_spark(), R.randint(0, 63), st, tid)),
                L("org.apache.spark.memory.SparkOutOfMemoryError: Unable to acquire 65536 bytes of memory, got 0"),
                L("\tat org.apache.spark.memory.MemoryConsumer.throwOom(MemoryConsumer.java:157)")]
    p = person()
    v = R.randrange(4)
    if v == 0:
        ph = fphone(p.phone, R.choice(["paren", "dash", "intl"]))
        return [L("%s ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d)" % (ts_spark(), R.randint(0, 63), st, tid)),
                L('java.lang.NumberFormatException: For input string: "', P(ph, "phone"), '"'),
                L("\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)"),
                L("\tat java.base/java.lang.Long.parseLong(Long.java:692)")]
    if v == 1:
        res = {"resourceType": "Patient", "id": uuid4(),
               "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", "value": P(p.mrn, "mrn")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
               "birthDate": P(fdate(p.dob, "usnp"), "date"),
               "telecom": [{"system": "phone", "value": P(fphone(p.phone, "dash"), "phone"), "use": "home"}]}
        return [L("%s WARN FhirBundleReader: skipping Patient resource with invalid birthDate: " % ts_spark(), J(res))]
    if v == 2:
        return [L("%s ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d)" % (ts_spark(), R.randint(0, 63), st, tid)),
                L("org.apache.spark.SparkException: [FAILED_EXECUTE_UDF] Failed to execute user defined function (`mask_ssn` (string) => string)."),
                L("Caused by: java.lang.IllegalArgumentException: SSN has wrong length: ", P(p.ssn[:-1], "ssn"),
                  " (pat_mrn=", P(p.mrn, "mrn"), ")")]
    if R.random() < 0.5:
        return [L("%s WARN PalmSecureDedup: template collision score=%.3f empi=" % (ts_spark(), R.uniform(0.93, 0.999)), P(p.empi, "mrn"),
                  " vs empi=", P(person().empi, "mrn"), " template=", P(b64blob(bytes([0x50, 0x56, 0x54, 0x01]), R.randint(40, 64)), "biometric"))]
    q = person(True)
    return [L("%s WARN RpmJoin: late reading dropped device=" % ts_spark(), P(q.cgm, "device"), " imei=", P(q.imei, "device"),
              " pat=", P(q.empi, "mrn"), " age=", P(str(q.age), "age"), " lag_s=%d" % R.randint(700, 90000))]


def g_hive(phi):
    thr = "HiveServer2-Background-Pool: Thread-%d" % R.randint(100, 9999)
    qid = "hive_%s_%s" % (CLOCK[0].strftime("%Y%m%d%H%M%S"), uuid4())
    if not phi:
        v = R.randrange(7)
        if v == 0:
            return [L("%s  INFO [%s] ql.Driver: Compiling command(queryId=%s): INSERT OVERWRITE TABLE claims_curated.claim_line PARTITION (svc_month='2024-02') SELECT c.claim_id, c.line_no, c.cpt_cd, c.allowed_amt FROM claims_raw.x12_837_lines c WHERE c.load_dt = '2024-03-11'" % (ts_hive(), thr, qid)),
                    L("%s  INFO [%s] ql.Driver: Completed compiling command(queryId=%s); Time taken: %.3f seconds" % (ts_hive(), thr, qid, R.uniform(0.1, 3)))]
        if v == 1:
            return [L("%s  INFO [HiveServer2-Handler-Pool: Thread-%d] session.SessionState: Resetting thread name to  HiveServer2-Handler-Pool: Thread-%d" % (ts_hive(), R.randint(50, 300), R.randint(50, 300)))]
        if v == 2:
            return [L("%s  INFO [%s] tez.TezTask: Status: Running (Executing on YARN cluster with App id application_1709876543210_%04d)" % (ts_hive(), thr, R.randint(1, 9999)))]
        if v == 3:
            return [L("%s ERROR [%s] ql.Driver: FAILED: SemanticException [Error 10001]: Line %d:%d Table not found '%s'" % (ts_hive(), thr, R.randint(1, 9), R.randint(5, 40), R.choice(["stg_adt_a08", "pat_enc_hsp_v2", "claims_raw.x12_835"])))]
        if v == 4:
            return [L("%s  INFO [pool-7-thread-%d] metastore.HiveMetaStore: %d: get_table : tbl=hive.clinical_raw.%s" % (ts_hive(), R.randint(1, 40), R.randint(1, 40), R.choice(["pat_demog", "encounters", "orders"])))]
        if v == 5:
            return [L("%s  INFO [%s] ql.Driver: Completed executing command(queryId=%s); Time taken: %.3f seconds" % (ts_hive(), thr, qid, R.uniform(1, 400))),
                    L("%s  INFO [%s] ql.Driver: OK" % (ts_hive(), thr))]
        return [L("%s  WARN [%s] exec.Utilities: Cannot get size of hdfs://nbh-hdp/warehouse/tablespace/managed/hive/clinical_raw.db/encounters/load_dt=2024-03-11. Safely ignored." % (ts_hive(), thr))]
    p = person()
    v = R.randrange(3)
    if v == 0:
        where = R.choice([
            lambda: L("WHERE pat_mrn = ", sq(P(p.mrn, "mrn")), " AND admit_dt = ", sq(P(fdate(recent(), "iso"), "date"))),
            lambda: L("WHERE upper(last_name) = ", sq(P(p.last.upper(), "name")), " AND birth_date = ", sq(P(fdate(p.dob, "iso"), "date"))),
            lambda: L("WHERE ssn IN (", sq(P(fssn(p.ssn, "dash"), "ssn")), ", ", sq(P(fssn(person().ssn, "dash"), "ssn")), ")"),
            lambda: L("WHERE member_id = ", sq(P(p.member, "health_plan")), " OR subscriber_id = ", sq(P(person().member, "health_plan"))),
            lambda: L("e JOIN portal_raw.login_audit a ON a.pat_mrn = e.pat_mrn WHERE a.client_ip = ", sq(P(p.ip, "ip")), " AND a.username = ", sq(P(p.username, "other_id")))])()
        return [L("%s  INFO [%s] ql.Driver: Executing command(queryId=%s): SELECT enc_csn, admit_dt, disch_dt, dept_id FROM clinical_silver.encounters " % (ts_hive(), thr, qid), where),
                L("%s  INFO [%s] ql.Driver: Completed executing command(queryId=%s); Time taken: %.3f seconds" % (ts_hive(), thr, qid, R.uniform(1, 90)))]
    if v == 1:
        row = J({"pat_mrn": P(p.mrn, "mrn"), "last_nm": P(p.last, "name"), "first_nm": P(p.first, "name"),
                 "dob": P(fdate(p.dob, "iso"), "date"), "ssn": P(fssn(p.ssn), "ssn"), "zip_cd": P(p.zip, "zip"),
                 "pcp_npi": npi()})
        return [L("%s ERROR [TezChild] tez.MapRecordSource: org.apache.hadoop.hive.ql.metadata.HiveException: Hive Runtime Error while processing row " % ts_hive(), row),
                L("Caused by: java.lang.ClassCastException: class org.apache.hadoop.io.Text cannot be cast to class org.apache.hadoop.hive.serde2.io.DateWritableV2"),
                L("\tat org.apache.hadoop.hive.ql.exec.MapOperator.process(MapOperator.java:573)")]
    key = J({"reducesinkkey0": P(p.mrn, "mrn")})
    val = J({"_col0": P(nm(p, "fl"), "name"), "_col1": P(fphone(p.phone, "paren"), "phone"), "_col2": P(p.email, "email")})
    return [L("%s ERROR [%s] ql.Driver: FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.tez.TezTask. Vertex failed, vertexName=Reducer 2, vertexId=vertex_1709876543210_%04d_1_01, diagnostics=[Task failed, taskId=task_1709876543210_%04d_1_01_000003, diagnostics=[TaskAttempt 3 failed, info=[Error: Hive Runtime Error while processing row (tag=0) {\"key\":"
              % (ts_hive(), thr, R.randint(1, 9999), R.randint(1, 9999)), key, ',"value":', val, "}]]]")]


def g_trino(phi):
    def tl():
        return ts_isoz()
    qid = trino_qid()
    if not phi:
        v = R.randrange(6)
        if v == 0:
            el = R.randint(80, 90000)
            end = now()
            beg = end - dt.timedelta(milliseconds=el)
            iso = lambda x: x.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(x) + "Z"
            return [L("%s\tINFO\tdispatcher-query-%d\tio.trino.event.QueryMonitor\tTIMELINE: Query %s :: FINISHED :: elapsed %dms :: planning %dms :: waiting %dms :: scheduling %dms :: running %dms :: finishing %dms :: begin %s :: end %s"
                      % (iso(end + dt.timedelta(milliseconds=R.randint(1, 40))), R.randint(1, 40), qid, el, R.randint(5, 300), R.randint(0, 90), R.randint(5, 400), el // 2, R.randint(0, 50), iso(beg), iso(end)))]
        if v == 1:
            return [L("%s\tINFO\tnode-state-poller-0\tio.trino.metadata.DiscoveryNodeManager\tPreviously active node is missing: %s (last seen at %s)" % (tl(), uuid4(), priv_ip()))]
        if v == 2:
            return [L("%s\tWARN\thttp-client-node-manager-%d\tio.trino.server.remotetask.RequestErrorTracker\tError getting info for task %s.%d.0.0: Server refused connection: http://%s:8080/v1/task/%s.%d.0.0/status"
                      % (tl(), R.randint(1, 60), qid, R.randint(0, 5), priv_ip(), qid, R.randint(0, 5)))]
        if v == 3:
            return [L("%s\tERROR\tdispatcher-query-%d\tio.trino.dispatcher.LocalDispatchQuery\tQuery %s failed: line %d:%d: Column '%s' cannot be resolved"
                      % (tl(), R.randint(1, 40), qid, R.randint(1, 9), R.randint(1, 60), R.choice(["pat_ssn", "encounter_csn", "dx_cd_1"])))]
        if v == 4:
            return [J({"metadata": {"queryId": qid, "transactionId": uuid4(), "query": "SELECT dept_id, count(*) AS n FROM hive.clinical_silver.encounters WHERE admit_dt >= DATE '2024-03-01' GROUP BY 1",
                                    "queryState": "FINISHED", "uri": "http://trino-coord.nbh.internal:8080/v1/query/" + qid},
                       "statistics": {"cpuTime": "%.2fs" % R.uniform(0.1, 40), "wallTime": "%.2fs" % R.uniform(0.1, 90), "totalRows": R.randint(1000, 9000000), "outputRows": R.randint(1, 300)},
                       "context": {"user": "svc_tableau", "remoteClientAddress": priv_ip(), "source": "Tableau", "catalog": "hive", "schema": "clinical_silver"}})]
        if R.random() < 0.25:
            return [L("%s\tINFO\tmain\tio.trino.server.Server\t======== SERVER STARTED ========" % tl())]
        return [L("%s\tINFO\tmemory-management-0\tio.trino.memory.ClusterMemoryManager\tKilling query %s, user=%s: Query exceeded per-node memory limit of 24GB [Allocated: 23.%dGB, Delta: %d.%dMB, Top Consumers: {HashAggregationOperator=%d.%dGB, ScanFilterAndProjectOperator=%d.%dMB}]"
                  % (tl(), qid, R.choice(["svc_dbt", "svc_tableau"] + DATA_STAFF), R.randint(10, 99), R.randint(1, 99), R.randint(0, 9), R.randint(10, 22), R.randint(0, 9), R.randint(10, 999), R.randint(0, 9)))]
    p = person()
    v = R.randrange(3)
    if v == 0:
        q = R.choice([
            lambda: L("SELECT mrn, first_name, last_name, birth_date FROM hive.clinical_silver.patient WHERE last_name = ", sq(P(p.last, "name")), " AND first_name = ", sq(P(p.first, "name"))),
            lambda: L("SELECT * FROM iceberg.claims.member_eligibility WHERE mbi = ", sq(P(p.mbi, "health_plan"))),
            lambda: L("SELECT enc_csn, admit_ts FROM hive.clinical_silver.encounters WHERE mrn = ", sq(P(p.mrn, "mrn")), " AND admit_ts >= TIMESTAMP ", sq(P(fdt(recent(), "iso"), "date"))),
            lambda: L("SELECT * FROM postgresql.portal.users WHERE lower(email) = ", sq(P(p.email.lower(), "email")))])()
        return [J({"metadata": {"queryId": qid, "transactionId": uuid4(), "query": q, "queryState": "FINISHED"},
                   "context": {"user": R.choice(DATA_STAFF), "remoteClientAddress": priv_ip(), "source": R.choice(["trino-cli", "DBeaver 23.3.5", "trino-jdbc"]),
                               "catalog": "hive", "schema": "clinical_silver"},
                   "statistics": {"cpuTime": "%.2fs" % R.uniform(0.1, 9), "outputRows": R.randint(0, 4)}})]
    if v == 1:
        bad = fdate(p.dob, R.choice(["usnp", "us2", "dmy"]))
        return [J({"metadata": {"queryId": qid, "query": "SELECT mrn, CAST(birth_dt_txt AS DATE) AS birth_date FROM hive.clinical_raw.pat_demog", "queryState": "FAILED"},
                   "failureInfo": {"errorCode": {"code": 1, "name": "INVALID_CAST_ARGUMENT", "type": "USER_ERROR"},
                                   "failureType": "io.trino.spi.TrinoException",
                                   "failureMessage": L("Value cannot be cast to date: ", P(bad, "date"))},
                   "context": {"user": "svc_dbt", "remoteClientAddress": priv_ip(), "source": "dbt-trino-1.7.1"}})]
    return [L("%s\tERROR\tstage-scheduler\tio.trino.execution.StageStateMachine\tStage %s.%d failed" % (tl(), qid, R.randint(1, 6))),
            L("io.trino.spi.TrinoException: Unexpected value in column subscriber_ssn: '", P(fssn(p.ssn, "space"), "ssn"),
              "' for member ", P(p.member, "health_plan")),
            L("\tat io.trino.plugin.hive.GenericHiveRecordCursor.parseStringColumn(GenericHiveRecordCursor.java:318)")]

AWS_ACCT = "483920174512"


def g_firehose(phi):
    stream = R.choice(["rpm-telemetry-to-s3", "adt-events-to-s3", "portal-audit-to-splunk", "claims-status-to-s3"])
    arn = "arn:aws:firehose:us-east-1:%s:deliverystream/%s" % (AWS_ACCT, stream)
    if not phi:
        v = R.randrange(5)
        if v == 0:
            return [J({"deliveryStreamARN": arn, "destination": "arn:aws:s3:::nbh-%s-raw-prod" % stream.split("-")[0], "deliveryStreamVersionId": R.randint(1, 12),
                       "message": "Access was denied. Ensure that the trust policy for the provided IAM role allows Firehose to assume the role, and the access policy allows access to the S3 bucket.",
                       "errorCode": "S3.AccessDenied"})]
        if v == 1:
            raw = base64.b64encode(json.dumps({"type": "heartbeat", "fw": "4.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "battery": R.randint(5, 100), "rssi": -R.randint(40, 95)}).encode()).decode()
            return [J({"attemptsMade": 4, "arrivalTimestamp": epoch_ms(), "errorCode": "Lambda.FunctionError",
                       "errorMessage": "The Lambda function was successfully invoked but it returned an error result.",
                       "attemptEndingTimestamp": epoch_ms(), "rawData": raw,
                       "lambdaArn": "arn:aws:lambda:us-east-1:%s:function:rpm-normalize:$LATEST" % AWS_ACCT})]
        if v == 2:
            return [J({"deliveryStreamARN": arn, "destination": "https://http-inputs-nbh.splunkcloud.com:443", "deliveryStreamVersionId": R.randint(1, 12),
                       "message": "The data could not be delivered to the HTTP endpoint within the retry duration. Response received with status code 503.", "errorCode": "HttpEndpoint.ResponseErrorCode"})]
        if v == 3:
            return [J({"recordId": "4962%s%s" % (digits(40), "000000"), "result": "ProcessingFailed",
                       "data": base64.b64encode(b'{"src":"rpm-hub","evt":"sync","n":%d}' % R.randint(1, 400)).decode()})]
        return [J({"eventTime": ts_isoz(), "msgType": "ADT^A08", "sendingFacility": "NBHWMC", "controlId": "MSG%s" % digits(10),
                   "processingId": "P", "version": "2.5.1", "status": "ACK", "ackCode": "AA", "latencyMs": R.randint(4, 900)})]
    p = person()
    v = R.randrange(4)
    if v == 0:
        rec = {"eventTime": ts_isoz(), "patientRef": {"empi": P(p.empi, "mrn"), "displayName": P(nm(p, "fl"), "name")},
               "device": {"type": R.choice(["CGM", "BP_CUFF", "PULSE_OX", "SCALE"]), "serial": P(p.cgm, "device"), "hubMac": P(p.mac, "device"),
                          "fw": "4.%d.%d" % (R.randint(0, 9), R.randint(0, 30))},
               "reading": None, "sourceIp": P(p.ip, "ip")}
        rec["reading"] = {"CGM": {"value": R.randint(60, 320), "unit": "mg/dL"}, "BP_CUFF": {"systolic": R.randint(95, 190), "diastolic": R.randint(55, 110), "unit": "mmHg"},
                          "PULSE_OX": {"value": R.randint(84, 100), "unit": "%"}, "SCALE": {"value": round(R.uniform(45, 140), 1), "unit": "kg"}}[rec["device"]["type"]]
        return [J(rec)]
    if v == 1:
        att = R.choice(STAFF_LF)
        rec = {"msgType": "ADT^A03", "controlId": "MSG%s" % digits(10),
               "pid": {"mrn": P(p.mrn, "mrn"), "name": P(nm(p, "hl7"), "name"), "dob": P(fdate(p.dob, "compact"), "date"), "sex": p.sex,
                       "addr": L(P(p.street, "address"), "^^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"), "^USA"),
                       "phone": P(fphone(p.phone, "parenns"), "phone")},
               "pv1": {"class": "I", "admitDt": P(fdt(recent(), "hl7"), "date"), "dischDt": P(fdt(recent(3), "hl7"), "date"),
                       "attending": "%s^%s^^^DR" % (npi(), att)}}
        return [J(rec)]
    if v == 2:
        inner = J({"mrn": P(p.mrn, "mrn"), "last": P(p.last, "name"), "first": P(p.first, "name"), "dob": P(fdate(p.dob, "us"), "date"),
                   "cell": P(fphone(p.phone, "dot"), "phone"), "mychartUser": P(p.username, "other_id")}, sep=JP)
        return [J({"attemptsMade": 1, "arrivalTimestamp": epoch_ms(), "errorCode": "Lambda.JsonProcessingException",
                   "errorMessage": L("Unable to parse record: ", inner, " -- Unexpected character ('}' (code 125))"),
                   "lambdaArn": "arn:aws:lambda:us-east-1:%s:function:portal-audit-xform:7" % AWS_ACCT})]
    if R.random() < 0.4:
        rec = {"event": "kiosk.checkin", "kioskId": "WMC-LOBBY-%02d" % R.randint(1, 9), "ts": ts_isoz(), "mrn": P(p.mrn, "mrn"),
               "appt": {"csn": P(p.csn, "other_id"), "start": P(fdt(REF, "isot"), "date"), "dept": "NBH WMC CARDIOLOGY"},
               "photo": {"format": "jpeg", "b64": Raw(L('"', P(b64blob(JPEG_HEAD, R.randint(30, 45)), "photo"), '"')), "truncated": True},
               "idScan": {"type": "DL", "state": p.state, "number": P(p.dl, "license")}}
        if R.random() < 0.5:
            del rec["photo"]
            rec["palmVein"] = {"vendor": "PatientSecure", "template": P(b64blob(bytes([0x50, 0x56, 0x54, 0x02]), R.randint(36, 54)), "biometric"), "matchScore": round(R.uniform(0.9, 1), 3)}
        return [J(rec)]
    q = person(True)
    rec = {"event": "portal.login", "ts": ts_isoz(), "user": P(q.username, "other_id"), "mrn": P(q.mrn, "mrn"),
           "clientIp": P(q.ip, "ip"), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 MyChart/11.4",
           "proxyFor": {"name": P(nm(q, "Lf"), "name"), "age": N(q.age, "age")}, "result": "SUCCESS"}
    return [J(rec)]


GCP_PROJ = "nbh-analytics-prod"


def gcp_env(payload_key, payload, sev, logname, rtype, labels):
    return {payload_key: payload, "insertId": alnum(14), "resource": {"type": rtype, "labels": labels},
            "timestamp": ts_isoz(True), "severity": sev, "logName": "projects/%s/logs/%s" % (GCP_PROJ, logname),
            "receiveTimestamp": ts_isoz(True)}


def run_labels():
    return {"configuration_name": "fhir-ingest", "location": "us-east4", "project_id": GCP_PROJ,
            "revision_name": "fhir-ingest-000%d-%s" % (R.randint(10, 99), alnum(3)), "service_name": "fhir-ingest"}


def g_gcp(phi):
    if not phi:
        v = R.randrange(5)
        if v == 0:
            e = gcp_env("httpRequest", {"requestMethod": "POST", "requestUrl": "https://fhir-ingest-%s-uk.a.run.app/v1/ingest" % alnum(10),
                                        "status": R.choice([200, 200, 202, 429, 503]), "responseSize": str(R.randint(20, 900)),
                                        "userAgent": "Google-Cloud-Scheduler", "remoteIp": "107.178.%d.%d" % (R.randint(192, 255), R.randint(1, 254)),
                                        "latency": "%.6fs" % R.uniform(0.01, 4), "protocol": "HTTP/1.1"},
                        "INFO", "run.googleapis.com%2Frequests", "cloud_run_revision", run_labels())
            e["trace"] = "projects/%s/traces/%s" % (GCP_PROJ, hexs(32))
            e["spanId"] = digits(19)
            return [J(e)]
        if v == 1:
            pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                  "authenticationInfo": {"principalEmail": "svc-dbt@%s.iam.gserviceaccount.com" % GCP_PROJ},
                  "requestMetadata": {"callerIp": "34.86.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "callerSuppliedUserAgent": "dbt-bigquery/1.7.4 gl-python/3.10.12 grpc/1.60.0 gax/2.15.0 gapic/3.14.1 gccl/3.14.1,gzip(gfe)"},
                  "serviceName": "bigquery.googleapis.com", "methodName": "jobservice.jobcompleted",
                  "resourceName": "projects/%s/jobs/%s" % (GCP_PROJ, uuid4()),
                  "serviceData": {"@type": "type.googleapis.com/google.cloud.bigquery.logging.v1.AuditData",
                                  "jobCompletedEvent": {"eventName": "query_job_completed", "job": {"jobStatistics": {"totalProcessedBytes": str(R.randint(10 ** 6, 10 ** 11)), "totalSlotMs": str(R.randint(100, 10 ** 7))}}}}}
            return [J(gcp_env("protoPayload", pp, "INFO", "cloudaudit.googleapis.com%2Fdata_access", "bigquery_resource", {"project_id": GCP_PROJ}))]
        if v == 2:
            jp = {"message": "Processed %d FHIR bundles (%d resources) in %.1fs" % (R.randint(1, 900), R.randint(100, 90000), R.uniform(1, 300)),
                  "job": "fhir-bulk-export", "store": "projects/%s/locations/us-east4/datasets/ehr/fhirStores/prod-r4" % GCP_PROJ}
            return [J(gcp_env("jsonPayload", jp, "INFO", "dataflow.googleapis.com%2Fworker", "dataflow_step", {"job_id": "2024-03-11_%s" % digits(17), "step_id": "WriteToBQ"}))]
        if v == 3:
            rid = uuid4()
            pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog",
                  "authenticationInfo": {"principalEmail": "svc-fhir-export@%s.iam.gserviceaccount.com" % GCP_PROJ},
                  "requestMetadata": {"callerIp": "private"}, "serviceName": "healthcare.googleapis.com",
                  "methodName": "google.cloud.healthcare.v1.fhir.FhirService.ReadResource",
                  "resourceName": "projects/%s/locations/us-east4/datasets/ehr/fhirStores/prod-r4/fhir/Patient/%s" % (GCP_PROJ, rid)}
            return [J(gcp_env("protoPayload", pp, "INFO", "cloudaudit.googleapis.com%2Fdata_access", "healthcare_fhir_store", {"project_id": GCP_PROJ, "location": "us-east4"}))]
        return [J(gcp_env("textPayload", "Container called exit(0).", "INFO", "run.googleapis.com%2Fvarlog%2Fsystem", "cloud_run_revision", run_labels()), sep=(",", ":"))]
    p = person()
    v = R.randrange(5)
    if v == 0:
        jp = {"message": "Patient match below auto-link threshold", "score": round(R.uniform(0.55, 0.79), 3),
              "candidate": {"family": P(p.last, "name"), "given": P(p.first, "name"), "birthDate": P(fdate(p.dob, "iso"), "date"),
                            "postalCode": P(p.zip, "zip"), "telecom": P(fphone(p.phone, "e164"), "phone")},
              "matchedEmpi": P(person().empi, "mrn"), "mpiCase": P("MPI-%s" % digits(7), "other_id")}
        return [J(gcp_env("jsonPayload", jp, "WARNING", "run.googleapis.com%2Fstdout", "cloud_run_revision", run_labels()), sep=JP)]
    if v == 1:
        pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {"code": R.choice([0, 0, 16])},
              "authenticationInfo": {"principalEmail": "service-%s@gcp-sa-identitytoolkit.iam.gserviceaccount.com" % digits(12)},
              "requestMetadata": {"callerIp": P(p.ip, "ip"), "callerSuppliedUserAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"},
              "serviceName": "identitytoolkit.googleapis.com", "methodName": "google.cloud.identitytoolkit.v1.AuthenticationService.SignInWithPassword",
              "request": {"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignInWithPasswordRequest", "email": P(p.email, "email"), "returnSecureToken": True}}
        return [J(gcp_env("protoPayload", pp, "NOTICE", "cloudaudit.googleapis.com%2Fdata_access", "identitytoolkit_project", {"project_id": "nbh-patient-portal"}))]
    if v == 2:
        q = L("SELECT * FROM `%s.ehr.patient` WHERE ssn = " % GCP_PROJ, sq(P(fssn(p.ssn), "ssn")), " OR (last_name = ", sq(P(p.last, "name")),
              " AND birth_date = DATE ", sq(P(fdate(p.dob, "iso"), "date")), ")")
        pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "authenticationInfo": {"principalEmail": "%s@%s" % (R.choice(DATA_STAFF), ORG_DOMAIN)},
              "serviceName": "bigquery.googleapis.com", "methodName": "jobservice.insert",
              "serviceData": {"jobInsertRequest": {"resource": {"jobConfiguration": {"query": {"query": q, "useLegacySql": False}}}}}}
        return [J(gcp_env("protoPayload", pp, "INFO", "cloudaudit.googleapis.com%2Fdata_access", "bigquery_resource", {"project_id": GCP_PROJ}))]
    if v == 3:
        d = PY({"mrn": P(p.mrn, "mrn"), "name": P(nm(p, "LfM"), "name"), "addr1": P(p.street, "address"), "city": P(p.city, "address"), "zip": P(p.zip, "zip")})
        tp = L("Traceback (most recent call last):\n  File \"/workspace/main.py\", line %d, in handle_event\n    dob = rec['dob']\nKeyError: 'dob' while processing " % R.randint(20, 200), d)
        return [J(gcp_env("textPayload", tp, "ERROR", "cloudfunctions.googleapis.com%2Fcloud-functions", "cloud_function", {"function_name": "adt-normalizer", "region": "us-east4", "project_id": GCP_PROJ}))]
    if v == 4 and R.random() < 0.5:
        jp = {"message": "identity verification completed", "flow": "portal-signup", "result": R.choice(["PASS", "REVIEW"]),
              "document": {"type": "DRIVERS_LICENSE", "issuingState": p.state, "number": P(p.dl, "license")},
              "subject": {"name": P(nm(p, "UP"), "name"), "birthDate": P(fdate(p.dob, "iso"), "date"), "email": P(p.email, "email")},
              "selfieB64": Raw(L('"', P(b64blob(JPEG_HEAD, R.randint(30, 45)), "photo"), '..."')), "clientIp": P(p.ip, "ip")}
        return [J(gcp_env("jsonPayload", jp, "INFO", "run.googleapis.com%2Fstdout", "cloud_run_revision", run_labels()))]
    q = person(True)
    jp = {"message": "telehealth session started", "visitId": P(q.csn, "other_id"), "patient": {"mrn": P(q.mrn, "mrn"), "ageYears": N(q.age, "age")},
          "clientIp": P(q.ip, "ip"), "provider": R.choice(STAFF), "apptTime": P(fdt(REF, "isot"), "date")}
    return [J(gcp_env("jsonPayload", jp, "INFO", "run.googleapis.com%2Fstdout", "cloud_run_revision", run_labels()))]


def ge_result(success, etype, kwargs, result, sep=JP):
    return J({"success": success, "expectation_config": {"expectation_type": etype, "kwargs": kwargs, "meta": {}},
              "result": result, "meta": {}, "exception_info": {"raised_exception": False, "exception_traceback": None, "exception_message": None}}, sep=sep)


def g_ge(phi):
    if not phi:
        v = R.randrange(6)
        if v == 0:
            n = R.randint(8, 60)
            return [L("Calculating Metrics: 100%%|██████████| %d/%d [00:%02d<00:00, %.2fit/s]" % (n, n, R.randint(1, 40), R.uniform(2, 40)))]
        if v == 1:
            return [L("%s INFO great_expectations.data_context.data_context.file_data_context: FileDataContext loading fluent config" % ts_pylog())]
        if v == 2:
            col = R.choice(["encounter_id", "admit_dt", "dept_id", "payer_cd"])
            return [ge_result(True, "expect_column_values_to_not_be_null", {"column": col, "batch_id": "silver_encounters-%s" % hexs(32)},
                              {"element_count": R.randint(10000, 500000), "unexpected_count": 0, "unexpected_percent": 0.0, "partial_unexpected_list": []})]
        if v == 3:
            return [ge_result(False, "expect_column_values_to_be_in_set", {"column": "encounter_class", "value_set": ["IP", "OP", "ED", "OBS"]},
                              {"element_count": R.randint(10000, 500000), "unexpected_count": R.randint(1, 40), "unexpected_percent": round(R.uniform(0.001, 0.1), 6),
                               "partial_unexpected_list": ["OBSV", "EDX", "ip"]})]
        if v == 4:
            return [ge_result(False, "expect_column_values_to_be_between", {"column": "birth_date", "min_value": "1900-01-02", "max_value": "2024-03-12"},
                              {"element_count": R.randint(10000, 500000), "unexpected_count": 3, "unexpected_percent": 0.0021,
                               "partial_unexpected_list": ["1900-01-01", "1899-12-31", "1900-01-01"]})]
        return [L("Validation results for checkpoint 'nightly_silver_%s': %d of %d expectations succeeded" % (R.choice(["patients", "encounters", "claims"]), R.randint(30, 40), 41))]
    v = R.randrange(5)
    ec = R.randint(10000, 500000)
    if v == 0:
        ps = [person() for _ in range(3)]
        bad = [P(fphone(ps[0].phone, "raw")[:-1], "phone"), P(fphone(ps[1].phone, "parenns") + " x" + digits(3), "phone"), "n/a"]
        return [ge_result(False, "expect_column_values_to_match_regex", {"column": "home_phone", "regex": r"^\(\d{3}\) \d{3}-\d{4}$"},
                          {"element_count": ec, "unexpected_count": 3, "unexpected_percent": round(300 / ec, 6), "partial_unexpected_list": bad})]
    if v == 1:
        p = person()
        return [ge_result(False, "expect_column_values_to_be_unique", {"column": "pat_mrn"},
                          {"element_count": ec, "unexpected_count": 2, "unexpected_percent": round(200 / ec, 6),
                           "partial_unexpected_list": [P(p.mrn, "mrn"), P(p.mrn, "mrn")],
                           "unexpected_index_column_names": ["pat_mrn", "enc_csn"],
                           "unexpected_index_list": [{"pat_mrn": P(p.mrn, "mrn"), "enc_csn": P(p.csn, "other_id")},
                                                     {"pat_mrn": P(p.mrn, "mrn"), "enc_csn": P("3" + digits(9), "other_id")}]})]
    if v == 2:
        a, b = person(True), person(True)
        x, y = R.sample([112, 117, 121, 134, 150, 199, 211], 2)
        return [ge_result(False, "expect_column_values_to_be_between", {"column": "age_years", "min_value": 0, "max_value": 110},
                          {"element_count": ec, "unexpected_count": 2, "partial_unexpected_list": [N(x, "age"), N(y, "age")],
                           "unexpected_index_column_names": ["empi"], "unexpected_index_list": [{"empi": P(a.empi, "mrn"), "age_years": N(x, "age")},
                                                                                                {"empi": P(b.empi, "mrn"), "age_years": N(y, "age")}]})]
    if v == 3:
        p = person()
        bad = p.email.replace("@", "@@") if R.random() < 0.5 else p.email.replace(".", ",", 1)
        return [ge_result(False, "expect_column_values_to_match_regex", {"column": "email_addr", "regex": r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"},
                          {"element_count": ec, "unexpected_count": 1, "partial_unexpected_list": [P(bad, "email")],
                           "unexpected_index_column_names": ["pat_mrn"], "unexpected_index_list": [{"pat_mrn": P(p.mrn, "mrn"), "email_addr": P(bad, "email")}]})]
    p = person()
    if R.random() < 0.5:
        tmpl = b64blob(FMR_HEAD, R.randint(20, 36))
        return [ge_result(False, "expect_column_value_lengths_to_be_between", {"column": "fingerprint_tmpl_b64", "min_value": 256, "max_value": 2048},
                          {"element_count": ec, "unexpected_count": 1, "partial_unexpected_list": [P(tmpl, "biometric")],
                           "unexpected_index_column_names": ["empi"], "unexpected_index_list": [{"empi": P(p.empi, "mrn"), "fingerprint_tmpl_b64": P(tmpl, "biometric")}]})]
    return [L("%s ERROR nbh_dq.checkpoint: expectation expect_column_pair_values_a_to_be_greater_than_b(disch_dt, admit_dt) failed for enc_csn=" % ts_pylog(),
              P(p.csn, "other_id"), " admit_dt=", P(fdate(recent(), "iso"), "date"), " disch_dt=", P(fdate(recent(60) - dt.timedelta(days=60), "iso"), "date"))]


def dbt_dots(s, w=64):
    return s + " " + "." * max(3, w - len(s)) + " "


def g_dbt(phi):
    def t():
        return now().strftime("%H:%M:%S")
    tests = ["not_null_stg_epic__patients_patient_id", "unique_stg_epic__patients_mrn", "accepted_values_stg_epic__encounters_enc_class__IP__OP__ED__OBS",
             "relationships_fct_claims_member_id__member_id__ref_dim_member_", "dbt_utils_expression_is_true_fct_encounters_los_days_0",
             "not_null_dim_member_subscriber_id", "unique_dim_patient_empi"]
    if not phi:
        v = R.randrange(8)
        tot = R.randint(30, 90)
        if v == 0:
            return [L("%s  Running with dbt=1.7.9" % t()), L("%s  Registered adapter: databricks=1.7.9" % t())]
        if v == 1:
            return [L("%s  Found %d models, %d tests, %d sources, 0 exposures, 0 metrics, %d macros, 0 groups, 0 semantic models" % (t(), R.randint(100, 300), R.randint(400, 1200), R.randint(10, 40), R.randint(400, 700)))]
        if v == 2:
            i, nmv = R.randint(1, tot), R.choice(tests)
            return [L("%s  %d of %d START test %s[RUN]" % (t(), i, tot, dbt_dots(nmv))),
                    L("%s  %d of %d PASS %s[PASS in %.2fs]" % (t(), i, tot, dbt_dots(nmv), R.uniform(0.3, 9)))]
        if v == 3:
            nmv = R.choice(tests)
            k = R.randint(1, 40)
            return [L("%s  %d of %d FAIL %d %s[FAIL %d in %.2fs]" % (t(), R.randint(1, tot), tot, k, dbt_dots(nmv), k, R.uniform(0.3, 9))),
                    L("%s  Failure in test %s (models/staging/epic/_epic__models.yml)" % (t(), nmv)),
                    L("%s    Got %d results, configured to fail if != 0" % (t(), k)),
                    L("%s    compiled Code at target/compiled/nbh_analytics/models/staging/epic/_epic__models.yml/%s.sql" % (t(), nmv[:60]))]
        if v == 4:
            return [L("%s  Done. PASS=%d WARN=%d ERROR=%d SKIP=0 TOTAL=%d" % (t(), tot - 3, 1, 2, tot)),
                    L("%s  Finished running %d tests in 0 hours %d minutes and %.2f seconds (%.2fs)." % (t(), tot, R.randint(0, 9), R.uniform(0, 59), R.uniform(10, 600)))]
        if v == 5:
            return [J({"data": {"node_info": {"node_name": R.choice(tests), "resource_type": "test", "node_status": "fail", "materialized": "test"},
                                "status": "fail", "num_failures": R.randint(1, 9), "execution_time": round(R.uniform(0.3, 9), 4)},
                       "info": {"category": "", "code": "Q007", "extra": {}, "invocation_id": uuid4(), "level": "error", "msg": "FAIL test",
                                "name": "LogTestResult", "pid": R.randint(1000, 99999), "thread": "Thread-%d" % R.randint(1, 8), "ts": ts_isoz(True)}}, sep=JP)]
        if v == 6:
            return [L("%s  [WARNING]: Configuration paths exist in your dbt_project.yml file which do not apply to any resources." % t()),
                    L("There are 1 unused configuration paths:"), L("- models.nbh_analytics.legacy_sas")]
        return [L("%s  Concurrency: 8 threads (target='prod')" % t())]
    v = R.randrange(3)
    if v == 0:
        rows = []
        for _ in range(R.randint(2, 3)):
            p = person()
            rows.append([P(p.mrn, "mrn"), P(p.first, "name"), P(p.last, "name"), P(fdate(p.dob, "iso"), "date"), str(R.randint(2, 3))])
        cols = ["mrn", "first_name", "last_name", "birth_date", "n_records"]
        w = [max(len(c), max(len(tx(r[j])) for r in rows)) for j, c in enumerate(cols)]
        out = [L("%s  Previewing node 'stg_epic__patients_dupes':" % t()),
               L("| " + " | ".join(c.ljust(w[j]) for j, c in enumerate(cols)) + " |"),
               L("| " + " | ".join("-" * w[j] for j in range(len(cols))) + " |")]
        for r in rows:
            line = L("| ")
            for j, c in enumerate(r):
                pad = " " * (w[j] - len(tx(c)))
                line = line + ((pad + c) if j == 4 else (c + pad)) + (" | " if j < 4 else " |")
            out.append(line)
        return out
    if v == 1:
        p, q = person(), person()
        prev = J([{"mrn": P(p.mrn, "mrn"), "last_name": P(p.last, "name"), "subscriber_id": P(p.member, "health_plan"), "dob": P(fdate(p.dob, "iso"), "date")},
                  {"mrn": P(q.mrn, "mrn"), "last_name": P(q.last, "name"), "subscriber_id": P(q.member, "health_plan"), "dob": P(fdate(q.dob, "iso"), "date")}], sep=JP, ascii_=True)
        return [J({"data": {"is_inline": False, "node_name": "dim_member_conflicts", "output_format": "json", "preview": prev, "unique_id": "model.nbh_analytics.dim_member_conflicts"},
                   "info": {"category": "", "code": "Q041", "extra": {}, "invocation_id": uuid4(), "level": "info", "msg": "Previewing node 'dim_member_conflicts'",
                            "name": "ShowNode", "pid": R.randint(1000, 99999), "thread": "MainThread", "ts": ts_isoz(True)}}, sep=JP, ascii_=True)]
    p = person()
    return [L("%s  Database Error in model stg_claims__members (models/staging/claims/stg_claims__members.sql)" % t()),
            L("  [CAST_INVALID_INPUT] The value ", sq(P(p.member[:-1] + "O", "health_plan")),
              ' of the type "STRING" cannot be cast to "BIGINT" because it is malformed. Correct the value as per the syntax, or change its target type.'),
            L("  compiled Code at target/run/nbh_analytics/models/staging/claims/stg_claims__members.sql")]


def g_airbyte(phi):
    def t():
        return ts_space()
    if not phi:
        v = R.randrange(8)
        if v == 0:
            return [L("%s platform > Docker volume job log path: /tmp/workspace/%d/0/logs.log" % (t(), R.randint(1000, 9999))),
                    L("%s platform > Executing worker wrapper. Airbyte version: 0.50.38" % t())]
        if v == 1:
            n = R.randint(1, 90) * 5000
            return [L("%s replication-orchestrator > Records read: %d (%d MB)" % (t(), n, n // 2900))]
        if v == 2:
            return [L("%s destination > INFO i.a.i.d.s.SnowflakeInternalStagingConsumerFactory(lambda$flushBufferFunction$3):172 Finished writing data to %s (%d MB)"
                      % (t(), uuid4() + ".csv.gz", R.randint(1, 200)))]
        if v == 3:
            rs = R.randint(10000, 900000)
            return [L("%s replication-orchestrator > sync summary: " % t(), J({"status": "completed", "recordsSynced": rs, "bytesSynced": rs * R.randint(200, 900),
                                                                               "startTime": epoch_ms(), "endTime": epoch_ms(), "totalStats": {"recordsEmitted": rs, "recordsCommitted": rs}}))]
        if v == 4:
            return [L("%s replication-orchestrator > Schema validation errors found for stream public_patients. Error messages: [$.ssn: integer found, string expected, $.zip: integer found, string expected]" % t())]
        if v == 5:
            return [L("%s source > INFO i.a.i.s.m.MssqlSource(getCheckpointFetchSize):%d Set initial fetch size: %d rows" % (t(), R.randint(100, 400), R.randint(1000, 90000)))]
        if v == 6:
            return [L("%s platform > Retry State: RetryManager(completeFailureBackoffPolicy=BackoffPolicy(minInterval=PT10S, maxInterval=PT30M, base=3), partialFailureBackoffPolicy=null, successiveCompleteFailureLimit=5, totalCompleteFailureLimit=10, successivePartialFailureLimit=1000, totalPartialFailureLimit=10, successiveCompleteFailures=%d, totalCompleteFailures=%d, successivePartialFailures=0, totalPartialFailures=0)" % (t(), R.randint(0, 3), R.randint(0, 3)))]
        return [L("%s source > INFO i.a.c.i.s.r.AbstractDbSource(lambda$read$1):%d Closing database connection pool." % (t(), R.randint(100, 400)))]
    p = person()
    v = R.randrange(5)
    if v == 0:
        bad = fdate(p.dob, R.choice(["us", "dmy", "dot", "long"]))
        return [L("%s destination > ERROR i.a.i.d.p.PostgresSqlOperations(insertRecordsInternal):%d ERROR: invalid input syntax for type date: \"" % (t(), R.randint(40, 90)),
                  P(bad, "date"), '"'),
                L('%s destination >   Where: COPY _airbyte_tmp_kdx_patients, line %d, column birth_date: "' % (t(), R.randint(1, 90000)), P(bad, "date"), '"')]
    if v == 1:
        data = {"claim_no": P(p.claim, "other_id"), "claimant_name": P(nm(p, "UP"), "name"), "accident_date": P(fdate(recent(300), "iso"), "date"),
                "vehicle_vin": P(p.vin, "vehicle"), "plate": P(p.plate, "vehicle"), "plate_state": p.state, "dl_no": P(p.dl, "license"),
                "adjuster": R.choice(["Travelers", "Liberty Mutual", "Plymouth Rock"])}
        return [L("%s source > WARN i.a.w.i.DefaultAirbyteStreamFactory(validate):%d Validation failed: " % (t(), R.randint(100, 200)),
                  J({"type": "RECORD", "record": {"namespace": "subrogation", "stream": "liability_claims", "data": data, "emitted_at": epoch_ms()}}))]
    if v == 2:
        data = {"guarantor_acct": P(p.gar, "account"), "payer_name": P(nm(p, "fl"), "name"), "card_number": P(p.card, "account"), "card_exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)),
                "refund_routing": "011000138", "refund_acct": P(p.bank, "account"), "billing_zip": P(p.zip, "zip")}
        return [L("%s destination > ERROR i.a.i.d.b.BigQueryRecordConsumer(acceptTracked):%d Failed to insert record into nbh-analytics-prod.rev_cycle.payments: " % (t(), R.randint(50, 150)),
                  J({"type": "RECORD", "record": {"stream": "payments", "data": data, "emitted_at": epoch_ms()}}))]
    if v == 3:
        data = {"PAT_ID": P("Z" + digits(6), "mrn"), "PAT_NAME": P(nm(p, "LF").replace(", ", ","), "name"), "BIRTH_DATE": P(fdt(p.dob, "isot")[:10] + "T00:00:00", "date"),
                "SSN": P(fssn(p.ssn), "ssn"), "ADD_LINE_1": P(p.street, "address"), "CITY": P(p.city, "address"), "COUNTY_C_NAME": P(p.county, "address"),
                "ZIP": P(p.zip, "zip"), "HOME_PHONE": P(fphone(p.phone, "dash"), "phone"), "EMAIL_ADDRESS": P(p.email, "email")}
        return [L("%s source > ERROR i.a.c.i.s.j.AbstractJdbcSource(lambda$queryTableFullRefresh$8):%d Failed to serialize row: " % (t(), R.randint(100, 300)),
                  J(data), " -- java.lang.IllegalStateException: COUNTY_C_NAME exceeds max varchar(%d)" % R.choice([12, 16]))]
    if R.random() < 0.55:
        data = {"Id": "003" + alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "FirstName": P(p.first, "name"), "LastName": P(p.last, "name"),
                "Email": P(p.email, "email"), "HomePhone": P(fphone(p.phone, "paren"), "phone"), "Fax": P(fphone(p.fax, "paren"), "fax"),
                "MailingStreet": P(p.street, "address"), "MailingCity": P(p.city, "address"), "MailingState": p.state, "MailingPostalCode": P(p.zip, "zip"),
                "Personal_Website__c": P(p.url, "url"), "Drivers_License__c": P(p.dl, "license"), "HealthCloudGA__SourceSystemId__c": P(p.mrn, "mrn"),
                "OwnerId": "005" + alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
        return [L("%s source > WARN i.a.w.i.DefaultAirbyteStreamFactory(validate):%d Validation failed: " % (t(), R.randint(100, 200)),
                  J({"type": "RECORD", "record": {"stream": "Contact", "data": data, "emitted_at": epoch_ms()}}))]
    return [L("%s source > WARN i.a.i.s.p.PostgresSource(handleFieldTypes):%d Unsupported value for column id_verification.fingerprint_tmpl (bytea) in stream patient_identity: " % (t(), R.randint(100, 300)),
              P(b64blob(FMR_HEAD, R.randint(36, 60)), "biometric"), " (pat_mrn=", P(p.mrn, "mrn"), ")")]


def pd_table(cols, rows, index):
    """pandas DataFrame repr (right-aligned columns, left-aligned index)."""
    idx = [str(i) for i in index]
    iw = max(len(x) for x in idx)
    w = [max(len(c), max(len(tx(r[j])) for r in rows)) for j, c in enumerate(cols)]
    out = [L(" " * iw + "".join("  " + c.rjust(w[j]) for j, c in enumerate(cols)))]
    for i, r in zip(idx, rows):
        line = L(i.ljust(iw))
        for j, c in enumerate(r):
            line = line + "  " + " " * (w[j] - len(tx(c))) + c
        out.append(line)
    return out


def g_jupyter(phi):
    if not phi:
        v = R.randrange(7)
        n = R.randint(10000, 900000)
        if v == 0:
            return [L("<class 'pandas.core.frame.DataFrame'>"), L("RangeIndex: %d entries, 0 to %d" % (n, n - 1)),
                    L("Data columns (total %d columns):" % R.randint(8, 30)),
                    L(" #   Column           Non-Null Count   Dtype         "),
                    L(" 0   pat_token        %d non-null  object        " % n),
                    L(" 1   age_at_admit     %d non-null  int64         " % n),
                    L("dtypes: datetime64[ns](3), float64(4), int64(6), object(9)"), L("memory usage: %.1f+ MB" % R.uniform(5, 900))]
        if v == 1:
            return [L("/tmp/ipykernel_%d/%d.py:%d: SettingWithCopyWarning: " % (R.randint(1000, 9999), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(2, 40))),
                    L("A value is trying to be set on a copy of a slice from a DataFrame."),
                    L("Try using .loc[row_indexer,col_indexer] = value instead")]
        if v == 2:
            rows = [[str(R.randint(1000, 90000)), "%.2f" % R.uniform(2, 9), "%.3f" % R.uniform(0.05, 0.3)] for _ in range(3)]
            return pd_table(["n_encounters", "mean_los", "readmit_30d"], rows, ["IP", "OBS", "ED"])
        if v == 3:
            return [L("Out[%d]: " % R.randint(3, 80)), L("encounter_class"), L("IP      %d" % R.randint(1000, 99999)), L("OP     %d" % R.randint(10000, 999999)),
                    L("Name: count, dtype: int64")]
        if v == 4:
            toks = [[hexs(16), str(R.randint(18, 89)), "0%d" % R.randint(10, 69), "%.3f" % R.random()] for _ in range(3)]
            return pd_table(["pat_token", "age", "zip3", "risk_score"], toks, [R.randint(0, 9000) for _ in range(3)]) + [L("[3 rows x 4 columns]")]
        if v == 5:
            return [J({"output_type": "stream", "name": "stderr", "text": ["24/03/12 %s WARN SparkSession: Using an existing Spark session; only runtime SQL configurations will take effect.\n" % now().strftime("%H:%M:%S")]}, sep=JP)]
        return [J({"output_type": "execute_result", "execution_count": R.randint(1, 90), "metadata": {},
                   "data": {"text/plain": ["(%d, %d)" % (n, R.randint(8, 40))]}}, sep=JP)]
    v = R.randrange(5)
    if v == 0:
        ps = [person() for _ in range(R.randint(2, 4))]
        rows = [[P(q.mrn, "mrn"), P(nm(q, R.choice(["Lf", "il", "LF"])), "name"), P(fdate(q.dob, "iso"), "date"),
                 (P(str(q.age), "age") if q.age > 89 else str(q.age)), P(q.zip, "zip")] for q in ps]
        return [L("Out[%d]: " % R.randint(3, 80))] + pd_table(["mrn", "name", "dob", "age", "zip"], rows, list(range(len(ps))))
    if v == 1:
        ps = [person() for _ in range(2)]
        last = R.choice(["email", "social_url"])
        rows = [[P(q.empi, "mrn"), P(q.first, "name"), P(q.last, "name"), "...", P(fphone(q.phone, "dash"), "phone"),
                 P(q.email, "email") if last == "email" else P(q.url, "url")] for q in ps]
        n = R.randint(1000, 90000)
        return pd_table(["empi", "first_nm", "last_nm", "...", "home_phone", last], rows, [R.randint(0, n), R.randint(0, n)]) + \
            [L("[2 rows x %d columns]" % R.randint(20, 60))]
    if v == 2:
        q = person()
        d = PY({"mrn": P(q.mrn, "mrn"), "name": P(nm(q, "fl"), "name"),
                "dob": Raw(L("Timestamp('", P(fdate(q.dob, "iso") + " 00:00:00", "date"), "')")),
                "ssn": P(fssn(q.ssn), "ssn"), "mbi": P(q.mbi, "health_plan"), "dual_eligible": True})
        return [d]
    if v == 3:
        ps = [person() for _ in range(2)]
        tbl = pd_table(["pat_mrn", "pat_name", "admit_dt"], [[P(q.mrn, "mrn"), P(nm(q, "LF"), "name"), P(fdate(recent(), "iso"), "date")] for q in ps], [0, 1])
        txt = join(tbl, "\n")
        return [J({"output_type": "execute_result", "execution_count": R.randint(1, 90), "metadata": {}, "data": {"text/plain": [txt]}}, sep=JP)]
    q = person()
    b = b64blob(JPEG_HEAD, R.randint(30, 50))
    return [L("KeyError: 'photo_ts' while rendering patient card ", PY({"mrn": P(q.mrn, "mrn"), "display": P(nm(q, "Lf"), "name"), "photo": Raw(L("'", P(b, "photo"), "...'"))}))]


def g_mlflow(phi):
    def t():
        return now().strftime("%Y/%m/%d %H:%M:%S")
    host = "https://adb-6152389947115238.18.azuredatabricks.net"
    exp = R.randint(10 ** 15, 10 ** 16)
    if not phi:
        v = R.randrange(7)
        if v == 0:
            return [L("%s INFO mlflow.tracking.fluent: Experiment with name '/Shared/readmission-30d' does not exist. Creating a new experiment." % t())]
        if v == 1:
            return [L("🏃 View run %s-%s-%d at: %s/ml/experiments/%d/runs/%s" % (R.choice(["gentle", "bold", "rare", "wise"]), R.choice(["heron", "wolf", "yak", "fox"]), R.randint(1, 999), host, exp, hexs(32))),
                    L("🧪 View experiment at: %s/ml/experiments/%d" % (host, exp))]
        if v == 2:
            ver = R.randint(2, 40)
            return [L("Registered model 'readmit_30d_xgb' already exists. Creating a new version of this model..."),
                    L("%s INFO mlflow.store.model_registry.abstract_store: Waiting up to 300 seconds for model version to finish creation. Model name: readmit_30d_xgb, version %d" % (t(), ver)),
                    L("Created version '%d' of model 'readmit_30d_xgb'." % ver)]
        if v == 3:
            return [L("%s WARNING mlflow.models.model: Model logged without a signature and input example. Please set `input_example` parameter when logging the model to auto infer the model signature." % t())]
        if v == 4:
            return [J({"run_id": hexs(32), "experiment_id": str(exp), "status": "FINISHED", "start_time": epoch_ms(), "end_time": epoch_ms(),
                       "metrics": {"val_auc": round(R.uniform(0.7, 0.86), 4), "val_brier": round(R.uniform(0.08, 0.2), 4)},
                       "params": {"max_depth": str(R.randint(3, 9)), "eta": "0.05", "n_estimators": str(R.randint(200, 900))},
                       "tags": {"mlflow.user": "%s@%s" % (R.choice(DATA_STAFF), ORG_DOMAIN), "mlflow.source.type": "NOTEBOOK", "team": "clinical-ds"}})]
        if v == 5:
            return [J({"databricks_request_id": uuid4(), "client_request_id": None, "date": "2024-03-12", "timestamp_ms": epoch_ms(), "status_code": 200,
                       "execution_time_ms": R.randint(8, 300), "request": json.dumps({"dataframe_records": [{"pat_token": hexs(16), "age": R.randint(18, 89), "n_ed_12m": R.randint(0, 9)}]}),
                       "response": json.dumps({"predictions": [round(R.random(), 4)]}), "sampling_fraction": 1.0, "request_metadata": {"model_name": "readmit_30d_xgb", "model_version": str(R.randint(2, 40))}})]
        return [L("%s INFO mlflow.utils.autologging_utils: Created MLflow autologging run with ID '%s', which will track hyperparameters, performance metrics, model artifacts, and lineage information for the current xgboost workflow" % (t(), hexs(32)))]
    v = R.randrange(4)
    q = person()
    if v == 0:
        req = J({"dataframe_records": [{"mrn": P(q.mrn, "mrn"), "age": N(q.age, "age") if q.age > 89 else q.age, "zip5": P(q.zip, "zip"),
                                        "last_discharge_dt": P(fdate(recent(), "iso"), "date"), "n_ed_12m": R.randint(0, 9)}]}, sep=JP)
        return [J({"databricks_request_id": uuid4(), "client_request_id": None, "date": "2024-03-12", "timestamp_ms": epoch_ms(), "status_code": 200,
                   "execution_time_ms": R.randint(8, 300), "request": req, "response": json.dumps({"predictions": [round(R.random(), 4)]}),
                   "request_metadata": {"model_name": "readmit_30d_xgb", "model_version": str(R.randint(2, 40))}})]
    if v == 1:
        p2 = person(True)
        rows = [[P(q.mrn, "mrn"), str(q.age) if q.age <= 89 else P(str(q.age), "age"), P(fdate(q.dob, "iso"), "date")],
                [P(p2.mrn, "mrn"), P(str(p2.age), "age"), P(fdate(p2.dob, "iso"), "date")]]
        tbl = pd_table(["mrn", "age", "birth_dt"], rows, [0, 1])
        msg = L("mlflow.exceptions.MlflowException: Failed to enforce schema of data '", join(tbl, "\\n"),
                "' with schema '['mrn': string (required), 'age': long (required), 'birth_dt': datetime (required)]'. Error: Incompatible input types for column birth_dt. Can not safely convert object to <M8[us].")
        return [msg]
    if v == 2:
        ex = J({"columns": ["mrn", "age", "zip5", "n_ed_visits_12m", "payer"], "data": [[P(q.mrn, "mrn"), N(q.age, "age") if q.age > 89 else q.age, P(q.zip, "zip"), R.randint(0, 9), "MEDICARE"]]}, sep=JP)
        return [L("%s INFO nbh_ml.logging: logged artifact input_example.json -> " % t(), ex)]
    return [L("%s INFO mlflow.tracking.fluent: run tag debug_patient=" % t(), P(nm(q, "lower"), "name"), " set on run ", hexs(32))]


def g_feature_store(phi):
    if not phi:
        v = R.randrange(6)
        if v == 0:
            return [L("Materializing %d feature views from 2024-03-11 00:00:00+00:00 to 2024-03-12 00:00:00+00:00 into the redis online store." % R.randint(2, 9)),
                    L("%s:" % R.choice(["patient_utilization_fv", "rpm_vitals_fv", "claims_30d_fv"]))]
        if v == 1:
            n = R.randint(10000, 900000)
            return [L("100%%|████████████████████████████████████████████████████████████████| %d/%d [00:%02d<00:00, %.2fit/s]" % (n, n, R.randint(10, 59), R.uniform(900, 9000)))]
        if v == 2:
            return [L('INFO:     %s:%d - "POST /get-online-features HTTP/1.1" 200 OK' % (priv_ip(), R.randint(30000, 65000)))]
        if v == 3:
            return [L("%s INFO databricks.feature_engineering.training_set: Joining %d feature tables; lookup keys: ['pat_token', 'enc_token']; timestamp_lookup_key: 'index_ts'" % (ts_pylog(), R.randint(2, 6)))]
        if v == 4:
            return [L("feature_lookup service=readmit_v3 entities=%d features=%d latency_ms=%d hit_rate=%.3f trace_id=%s" % (R.randint(1, 200), R.randint(5, 40), R.randint(2, 90), R.uniform(0.9, 1), hexs(32)))]
        return [L("%s WARNING feast.infra.registry.caching_registry: Registry cache expired (ttl=600s), refreshing from gs://nbh-feast-registry/registry.db" % ts_pylog())]
    v = R.randrange(4)
    ps = [person() for _ in range(R.randint(1, 3))]
    if v == 0:
        return [L("%s DEBUG feast.feature_server: get_online_features request: " % ts_pylog(),
                  J({"feature_service": "readmit_v3", "entities": {"mrn": [P(q.mrn, "mrn") for q in ps]}, "full_feature_names": True}, sep=JP))]
    if v == 1:
        q = person(True)
        res = {"metadata": {"feature_names": ["mrn", "patient_demo__age_years", "patient_demo__zip5", "patient_demo__last_admit_dt", "patient_util__n_ed_12m"]},
               "results": [{"values": [P(q.mrn, "mrn")], "statuses": ["PRESENT"]}, {"values": [N(q.age, "age")], "statuses": ["PRESENT"]},
                           {"values": [P(q.zip, "zip")], "statuses": ["PRESENT"]}, {"values": [P(fdate(recent(), "isot"), "date")], "statuses": ["PRESENT"]},
                           {"values": [R.randint(0, 12)], "statuses": ["PRESENT"]}]}
        return [L("%s DEBUG feast.feature_server: response: " % ts_pylog(), J(res))]
    if v == 2:
        rows = join([L("Row(mrn=", PY(P(q.mrn, "mrn")), ", enc_csn=", PY(P(q.csn, "other_id")), ")") for q in ps], ", ")
        return [L("%s WARNING databricks.feature_store.training_set: Lookup key not found in feature table ml.features.patient_demo for keys: [" % ts_pylog(), rows, "]")]
    q = ps[0]
    return [L("%s ERROR nbh_features.rpm: online write rejected for entity device_serial=" % ts_pylog(), P(q.cgm, "device"), " udi=",
              P("(01)00386270000%03d(17)%s(10)%s(21)%s" % (R.randint(100, 999), "2612%02d" % R.randint(1, 28), alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), q.cgm), "device"),
              " owner_empi=", P(q.empi, "mrn"), ": value out of range")]


def g_powerbi(phi):
    def pbi(status, exc=None, rtype=None):
        d = {"requestId": uuid4(), "id": R.randint(10 ** 8, 10 ** 9), "refreshType": rtype or R.choice(["Scheduled", "ViaApi", "OnDemand"]),
             "startTime": ts_isoz(), "endTime": ts_isoz(), "status": status}
        if exc is not None:
            d["serviceExceptionJson"] = exc
        return d
    if not phi:
        v = R.randrange(5)
        if v == 0:
            return [J(pbi("Completed"))]
        if v == 1:
            exc = json.dumps({"errorCode": "DM_GWPipeline_Gateway_DataSourceAccessError",
                              "errorDescription": "Login failed for user 'svc_pbi_clarity'. The exception was raised by the IDbConnection interface."}, separators=(",", ":"))
            return [J(pbi("Failed", exc))]
        if v == 2:
            return [L("DM.EnterpriseGateway Information: 0 : %s0000Z DM.EnterpriseGateway\t%s\t%s\tMGEQ\t%s\t%s\t%s [DM.Pipeline.Common] Mashup engine pool: %d containers, %d active"
                      % (ts_isoz()[:-1], uuid4(), uuid4(), uuid4(), uuid4(), uuid4(), R.randint(4, 16), R.randint(0, 8)))]
        if v == 3:
            rows = [["NBH Worcester ED", BIZ_PHONES[1], BIZ_FAX[1]], ["NBH Harborview Admitting", BIZ_PHONES[0], BIZ_FAX[0]]]
            r = R.choice(rows)
            return [L("%s Information: [Clinic Directory] refreshed row dept='%s' phone='%s' fax='%s' contact='%s@%s'" % (ts_isoz(), r[0], r[1], r[2], R.choice(DATA_STAFF), ORG_DOMAIN))]
        exc = json.dumps({"errorCode": "ModelRefresh_ShortMessage_ProcessingError", "errorDescription": "The query referenced by table 'Encounters' exceeded the 5 hour limit."}, separators=(",", ":"))
        return [J(pbi("Failed", exc))]
    q = person()
    v = R.randrange(4)
    if v == 0:
        inner = J({"errorCode": "ModelRefresh_ShortMessage_ProcessingError",
                   "errorDescription": L("Column 'MRN' in Table 'Patients' contains a duplicate value '", P(q.mrn, "mrn"),
                                         "' and this is not allowed for columns on the one side of a many-to-one relationship or for columns that are used as the primary key of a table.")})
        return [J(pbi("Failed", Raw(L('"', jesc(inner), '"'))))]
    if v == 1:
        inner = J({"errorCode": "ModelRefresh_ShortMessage_ProcessingError",
                   "errorDescription": L("Error returned: 'OLE DB or ODBC error: [DataFormat.Error] We couldn't parse the input provided as a Date value.. Details: ",
                                         P(fdate(q.dob, R.choice(["dmy", "dot", "us2"])), "date"), "'. The exception was raised by the IDbCommand interface. Table: Census."),
                   "errorDetails": [{"code": "DM_ErrorDetailNameCode_UnderlyingErrorMessage", "detail": {"type": 1, "value": "DataFormat.Error"}}]})
        return [J(pbi("Failed", Raw(L('"', jesc(inner), '"'))))]
    if v == 2:
        return [L("%s Error: [Readmissions Daily] Expression.Error: We couldn't convert to Number. Details: " % ts_isoz(), P(fphone(q.phone, R.choice(["paren", "dash"])), "phone"),
                  " (column HomePhone, patient ", P(nm(q, "Lf"), "name"), ")")]
    return [L("%s Warning: [ED Census] row-level security: user %s@%s filtered out patient_key=%d guarantor='" % (ts_isoz(), R.choice(DATA_STAFF), ORG_DOMAIN, R.randint(10 ** 6, 10 ** 7)),
              P(nm(person(False), "fl"), "name"), "' guarantor_acct=", P(q.gar, "account"))]


def g_r(phi):
    if not phi:
        v = R.randrange(7)
        if v == 0:
            n = R.randint(10000, 900000)
            return [L("Rows: %d Columns: %d" % (n, R.randint(8, 30))),
                    L("── Column specification ────────────────────────────────────────────────────────"),
                    L('Delimiter: ","'), L("chr  (9): pat_token, dept_id, enc_class, payer_cd, dx1, dx2, dx3, drg, disp_cd"),
                    L("dbl  (6): age_at_admit, los_days, n_ed_12m, charlson, readmit_30d, risk_score"),
                    L("ℹ Use `spec()` to retrieve the full column specification for this data.")]
        if v == 1:
            return [L("INFO [%s] readmit model: fitted glm on %d rows, AIC=%.1f" % (ts_space(), R.randint(10000, 200000), R.uniform(10000, 90000)))]
        if v == 2:
            return [L("Warning message:"), L("In mean.default(los_days) : argument is not numeric or logical: returning NA")]
        if v == 3:
            return [L("Error in file(file, \"rt\") : cannot open the connection"), L("Calls: source ... read.csv -> read.table -> file"),
                    L("In addition: Warning message:"), L("In file(file, \"rt\") :"),
                    L("  cannot open file '/dbfs/mnt/extracts/cms_hcc_%s.csv': No such file or directory" % R.choice(["2023", "2024q1"])), L("Execution halted")]
        if v == 4:
            return [L("R version 4.3.2 (2023-10-31) -- \"Eye Holes\""), L("Platform: x86_64-pc-linux-gnu (64-bit)")]
        if v == 5:
            return [L("WARN [%s] dq: %d encounters with los_days < 0 set to NA" % (ts_space(), R.randint(1, 90)))]
        return [L("# A tibble: 3 × 3"), L("  payer_cd      n mean_los"), L("  <chr>     <int>    <dbl>"),
                L("1 MCARE     %5d     %.2f" % (R.randint(1000, 40000), R.uniform(3, 7))), L("2 MCAID     %5d     %.2f" % (R.randint(1000, 40000), R.uniform(3, 7))),
                L("3 COMM      %5d     %.2f" % (R.randint(1000, 40000), R.uniform(3, 7)))]
    v = R.randrange(4)
    if v == 0:
        ps = [person() for _ in range(3)]
        cells = [[P(q.mrn, "mrn"), P(nm(q, "Lf"), "name"), P(fdate(q.dob, "iso"), "date"), P(str(q.age), "age") if q.age > 89 else str(q.age), P(q.zip, "zip")] for q in ps]
        cols = ["mrn", "pat_name", "dob", "age", "zip"]
        types = ["<chr>", "<chr>", "<date>", "<dbl>", "<chr>"]
        w = [max(len(cols[j]), len(types[j]), max(len(tx(r[j])) for r in cells)) for j in range(5)]

        def fmt(vals, right):
            line = L("  ")
            for j, c in enumerate(vals):
                pad = " " * (w[j] - len(tx(c)))
                line = line + ((pad + c) if j in right else (c + pad)) + (" " if j < 4 else "")
            return line
        out = [L("# A tibble: 3 × 5"), fmt(cols, {3}), fmt(types, {3})]
        for i, r in enumerate(cells):
            ln = fmt(r, {3})
            out.append(L(str(i + 1), " ") + S(ln.p[1:]))
        return out
    if v == 1:
        ps = [person() for _ in range(2)]
        out = [L("# A tibble: 2 × 5"), L("    row   col expected       actual     file                          "),
               L("  <int> <int> <chr>          <chr>      <chr>                         ")]
        for i, q in enumerate(ps):
            out.append(L("%d %5d     7 date in ISO8601 " % (i + 1, R.randint(100, 90000)), P(fdate(q.dob, "us"), "date"), " /dbfs/mnt/raw/pat_demog.csv"))
        return out
    if v == 2:
        q = person()
        return [L("Error in parse_phone(x) : invalid phone number \"", P(fphone(q.phone, "raw")[:-2], "phone"), "\" for MRN ", P(q.mrn, "mrn")),
                L("Calls: clean_demog -> mutate -> parse_phone"), L("Execution halted")]
    ps = [person() for _ in range(3)]
    return [L("'data.frame':\t%d obs. of  14 variables:" % R.randint(1000, 90000)),
            L(" $ last_name : chr  ", join([L('"', P(q.last, "name"), '"') for q in ps], " "), " ..."),
            L(" $ home_phone: chr  ", join([L('"', P(fphone(q.phone, "dash"), "phone"), '"') for q in ps], " "), " ..."),
            L(" $ payer_cd  : chr  \"MCARE\" \"COMM\" \"MCAID\" ...")]


def sas_rule(n):
    s = ""
    i = 1
    while len(s) < n:
        s += "+" if i % 10 == 5 else (str((i // 10) % 10) if i % 10 == 0 else "-")
        i += 1
    return s


def g_sas(phi):
    if not phi:
        v = R.randrange(8)
        if v == 0:
            return [L("NOTE: Copyright (c) 2016 by SAS Institute Inc., Cary, NC, USA. "),
                    L("NOTE: SAS (r) Proprietary Software 9.4 (TS1M7) "),
                    L("      Licensed to NORTHBRIDGE HEALTH SYSTEM, Site %d." % R.randint(70000000, 70999999))]
        if v == 1:
            return [L("NOTE: The data set WORK.%s has %d observations and %d variables." % (R.choice(["CLAIMS_2024Q1", "PAT_CLEAN", "ENC_IP", "HCC_SCORES"]), R.randint(1000, 900000), R.randint(5, 60))),
                    L("NOTE: DATA statement used (Total process time):"),
                    L("      real time           %.2f seconds" % R.uniform(0.01, 90)),
                    L("      cpu time            %.2f seconds" % R.uniform(0.01, 60))]
        if v == 2:
            return [L("NOTE: Libref EPIC was successfully assigned as follows: "), L("      Engine:        ODBC "),
                    L("      Physical Name: clarity_prod")]
        if v == 3:
            return [L("WARNING: Multiple lengths were specified for the variable ZIP by input data set(s). This can cause truncation of data.")]
        if v == 4:
            return [L("ERROR: Variable DOB_DT has been defined as both character and numeric.")]
        if v == 5:
            n = R.randint(20, 300)
            return [L("%-10d data work.pat_clean;" % n), L("%-10d   set epic.patient(keep=pat_mrn birth_date zip);" % (n + 1)),
                    L("%-10d   if birth_date < '01JAN1900'd then birth_date = .;" % (n + 2))]
        if v == 6:
            return [L("NOTE: Character values have been converted to numeric values at the places given by: (Line):(Column)."),
                    L("      %d:%d   %d:%d" % (R.randint(20, 300), R.randint(1, 40), R.randint(20, 300), R.randint(1, 40)))]
        return [L("NOTE: PROCEDURE SQL used (Total process time):"), L("      real time           %.2f seconds" % R.uniform(0.01, 90))]
    q = person()
    v = R.randrange(5)
    if v == 0:
        bad = "%02d/%02d/%04d" % (R.choice([30, 31]), 2, q.dob.year)
        fields = [(P(q.mrn, "mrn"), "MRN"), (P(q.last.upper(), "name"), "LNAME"), (P(q.first.upper(), "name"), "FNAME"), (P(bad, "date"), "DOB"),
                  (P(q.street.upper(), "address"), "STREET"), (P(q.city.upper(), "address"), "CITY"), (q.state, "ST"), (P(q.zip, "zip"), "ZIP"),
                  (P(fphone(q.phone, "raw"), "phone"), "PHONE")]
        rec = join([f for f, _ in fields], ",")
        start = len(tx(join([f for f, _ in fields[:3]], ","))) + 2
        n = R.randint(100, 90000)
        pdv = join([L(k, "=", (f if k != "DOB" else ".")) for f, k in fields], " ")
        return [L("NOTE: Invalid data for DOB in line %d %d-%d." % (n, start, start + len(bad) - 1)),
                L("RULE:     " + sas_rule(len(tx(rec)) + 4)),
                L("%-10d" % n, rec, " %d" % len(tx(rec))),
                L(pdv, " _ERROR_=1 _N_=%d" % n)]
    if v == 1:
        return [L("NOTE: Invalid numeric data, PHONE='", P(fphone(q.phone, "paren"), "phone"), "' , at line %d column %d." % (R.randint(20, 300), R.randint(5, 40)))]
    if v == 2:
        o = person(True)
        return [L("PATIENT: ", P(nm(o, "LF"), "name"), "  DOB: ", P(fdate(o.dob, "sas"), "date"), "  AGE: ", P(str(o.age), "age"), "  MRN: ", P(o.mrn, "mrn"))]
    if v == 3:
        return [L("SYMBOLGEN:  Macro variable PT_NAME resolves to ", P(nm(q, "LF"), "name")),
                L("SYMBOLGEN:  Macro variable PT_MBI resolves to ", P(q.mbi, "health_plan")),
                L("MPRINT(HCC_PULL):   where mbi = \"", P(q.mbi, "health_plan"), "\";")]
    g = person(False)
    return [L("MRN=", P(q.mrn, "mrn"), " GUAR_NAME=", P(nm(g, "LF"), "name"), " GUAR_SSN=", P(fssn(g.ssn, "raw"), "ssn"),
              " GUAR_ACCT=", P(q.gar, "account"), " HAR=", P(q.har, "account"), " BAL=%.2f _ERROR_=1 _N_=%d" % (R.uniform(10, 9000), R.randint(1, 9000)))]


def tab(k, v, sev="info", site="ClinicalAnalytics", user="-"):
    return {"ts": now().strftime("%Y-%m-%dT%H:%M:%S.") + ms3(CLOCK[0]), "pid": R.randint(1000, 30000), "tid": hexs(4), "sev": sev,
            "req": "-" if R.random() < 0.5 else alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
            "sess": "-", "site": site, "user": user, "k": k, "v": v}


def g_tableau(phi):
    if not phi:
        v = R.randrange(6)
        if v == 0:
            return [J(tab("backgrounder-job-start", {"job_id": R.randint(10 ** 5, 10 ** 6), "job_type": "RefreshExtracts", "args": "[Readmissions Daily, %s]" % uuid4()}))]
        if v == 1:
            return [J(tab("extract-refresh-complete", {"datasource": R.choice(["Readmissions Daily", "ED Census", "HCC Gaps"]), "rows": R.randint(10000, 9000000), "elapsed-sec": round(R.uniform(5, 900), 1)}))]
        if v == 2:
            return [J(tab("query-end", {"elapsed": round(R.uniform(0.01, 9), 3), "rows": R.randint(0, 400), "cols": R.randint(2, 20), "query-trunc": "SELECT \"Encounters\".\"dept_name\" AS \"dept_name\", SUM(1) AS \"cnt:Number of Records:ok\" FROM \"Extract\".\"Encounters\" GROUP BY 1"}))]
        if v == 3:
            return [J(tab("msg", "Hyper: database file /var/opt/tableau/tableau_server/data/tabsvc/temp/hyper_0.%s/%s.hyper was opened" % (digits(8), uuid4()), user="svc_tableau"))]
        if v == 4:
            return [J(tab("backgrounder-job-error", {"job_id": R.randint(10 ** 5, 10 ** 6), "error": "Unable to connect to the server 'trino-coord.nbh.internal'. Check that the server is running and that you have access privileges to the requested database.", "error-code": "0x1BEF6D38"}, sev="error"))]
        return [J(tab("end-protocol.query", {"protocol-id": R.randint(100, 9999), "cols": R.randint(2, 30), "rows": R.randint(0, 90000), "elapsed": round(R.uniform(0.01, 20), 3)}))]
    q = person()
    v = R.randrange(3)
    if v == 0:
        bad = "%02d/%02d/%04d" % (2, R.choice([30, 31]), q.dob.year)
        return [J(tab("msg", L("Refresh failed: invalid input syntax for type date: \"", P(bad, "date"), "\" (row %d, column \"Birth Date\") in extract Readmissions Daily" % R.randint(1, 90000)), sev="error", user="svc_tableau"))]
    if v == 1:
        query = L("SELECT \"Patients\".\"Patient MRN\", \"Patients\".\"Patient Name\", \"Patients\".\"Admit Date\" FROM \"Extract\".\"Patients\" WHERE ((\"Patients\".\"Patient Name\" = ",
                  sq(P(nm(q, "Lf"), "name")), ") AND (\"Patients\".\"Patient MRN\" = ", sq(P(q.mrn, "mrn")), "))")
        return [J(tab("end-query", {"elapsed": round(R.uniform(0.01, 3), 3), "rows": 1, "query": query}, user=R.choice(DATA_STAFF)))]
    if R.random() < 0.4:
        return [J(tab("vizql-filter-change", {"worksheet": "Portal Adoption Detail", "field": "[Patient Email]", "value": P(q.email, "email"),
                                              "companion": {"field": "[MyChart User]", "value": P(q.username, "other_id")}}, user=R.choice(DATA_STAFF)))]
    return [J(tab("vizql-filter-change", {"worksheet": "ED Census Detail", "field": "[Patient Phone]", "value": P(fphone(q.phone, "paren"), "phone"),
                                          "companion": {"field": "[Emergency Contact]", "value": P(nm(person(False), "fl"), "name")}}, user=R.choice(DATA_STAFF)))]


HOOK = "https://hooks.slack.com/services/T02NBH0AN/B05DQ4L3RT/********"
SLACK_HDRS = "{'Content-Type': 'application/json;charset=utf-8', 'User-Agent': 'Python/3.10.12 slackclient/3.26.2 Linux/5.15.0-1051-azure'}"


def g_slack(phi):
    if not phi:
        v = R.randrange(6)
        if v == 0:
            return [L("%s DEBUG slack_sdk.webhook.client Received the following response - status: 200, headers: {'content-type': 'text/html', 'x-slack-backend': 'r', 'x-slack-edge-shared-secret-outcome': 'no-match', 'via': 'envoy-www-iad-%s'}, body: ok" % (ts_pylog(), alnum(5)))]
        if v == 1:
            return [L("%s DEBUG slack_sdk.webhook.client Sending a request - url: %s, body: " % (ts_pylog(), HOOK),
                      PY({"text": ":white_check_mark: nightly_silver_%s passed (%d/%d expectations)" % (R.choice(["patients", "encounters"]), 41, 41), "channel": "#dq-alerts"}),
                      ", headers: " + SLACK_HDRS)]
        if v == 2:
            txt = "*dbt test failed* `unique_stg_epic__patients_mrn` - %d failing rows. <https://dbt.nbh.internal/runs/%d|View run> (on-call: @%s)" % (R.randint(1, 9), R.randint(1000, 9999), R.choice(DATA_STAFF))
            return [J({"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": txt}}], "username": "dq-bot", "icon_emoji": ":rotating_light:"})]
        if v == 3:
            return [L("%s ERROR nbh_alerts.slack: webhook post failed: slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: %s) The server responded with: {'ok': False, 'error': 'invalid_payload'}" % (ts_pylog(), HOOK))]
        if v == 4:
            return [J({"text": ":warning: Firehose rpm-telemetry-to-s3 DeliveryToS3.DataFreshness = %ds (threshold 900s). Runbook: https://wiki.nbh.internal/display/DATA/Firehose+lag" % R.randint(900, 5000),
                       "channel": "#data-platform-alerts"})]
        return [J({"text": "Power BI refresh *Readmissions Daily* failed (%s). Owner: %s@%s, ext. %d" % (uuid4()[:8], R.choice(DATA_STAFF), ORG_DOMAIN, R.randint(4000, 4999))})]
    v = R.randrange(4)
    if v == 0:
        ps = [person() for _ in range(R.randint(2, 3))]
        val = join([L(P(q.mrn, "mrn"), " | ", P(nm(q, "LF"), "name"), " | ", P(fdate(q.dob, "iso"), "date")) for q in ps], "\n")
        payload = {"channel": "#dq-alerts", "username": "dq-bot", "text": ":x: unique_stg_epic__patients_mrn failed",
                   "attachments": [{"color": "danger", "fields": [{"title": "Sample failing rows", "value": val, "short": False}]}]}
        return [J(payload)]
    if v == 1:
        q = person()
        mrn2 = q.mrn[:-1] + str((int(q.mrn[-1]) + 1) % 10)
        txt = L("@here ED census dashboard is showing ", P(nm(q, "fl"), "name"), " (DOB ", P(fdate(q.dob, "usnp"), "date"), ") twice, MRN ", P(q.mrn, "mrn"),
                " and ", P(mrn2, "mrn"), " - probably an MPI dup, can someone from the merge team look? cc @", R.choice(DATA_STAFF))
        return [L("%s DEBUG slack_sdk.webhook.client Sending a request - url: %s, body: " % (ts_pylog(), HOOK), PY({"text": txt}), ", headers: " + SLACK_HDRS)]
    if v == 2:
        q = person()
        txt = L("ROI request for ", P(nm(q, "fml"), "name"), ": patient asked records be faxed to home fax ", P(fphone(q.fax, "paren"), "fax"),
                " instead of the clinic (", BIZ_FAX[0], "). Ticket HD-%d" % R.randint(10000, 99999))
        return [J({"text": txt, "channel": "#him-data-requests"})]
    q = person()
    txt = L("Heads up: a public page about ", P(nm(q, "fl"), "name"), " (", P(q.url, "url"), ") is quoting our discharge summary. Privacy office ticket PRV-%d" % R.randint(1000, 9999))
    return [J({"text": txt, "channel": "#privacy-escalations", "username": "%s" % R.choice(DATA_STAFF)})]

##############################################################################


FAMILIES = [("spark_driver", g_spark_driver, 0.8), ("spark_bad_records", g_spark_bad_records, 1.0), ("spark_executor", g_spark_executor, 0.9),
            ("hive_server2", g_hive, 1.0), ("trino", g_trino, 1.3), ("firehose", g_firehose, 1.3), ("gcp_logging", g_gcp, 1.4),
            ("great_expectations", g_ge, 1.2), ("dbt", g_dbt, 0.7), ("airbyte", g_airbyte, 1.3), ("jupyter", g_jupyter, 1.0),
            ("mlflow", g_mlflow, 1.0), ("feature_store", g_feature_store, 1.2), ("powerbi", g_powerbi, 1.2), ("r_console", g_r, 0.6),
            ("sas_log", g_sas, 0.7), ("tableau", g_tableau, 1.3), ("slack_webhook", g_slack, 1.2)]
TARGET_CLEAN = 0.55


def build():
    lines = []
    names = [f[0] for f in FAMILIES]
    weights = [f[2] for f in FAMILIES]
    fn = {f[0]: f[1] for f in FAMILIES}
    while len(lines) < N_LINES:
        clean = sum(1 for _, s in lines if not s.has_phi())
        frac = clean / len(lines) if lines else 1.0
        want_phi = frac > TARGET_CLEAN if R.random() < 0.85 else R.random() < 0.45
        fam = R.choices(names, weights)[0]
        block = fn[fam](want_phi)
        assert block and any(s.has_phi() for s in block) == want_phi, (fam, want_phi)
        room = N_LINES - len(lines)
        if len(block) > room:
            continue  # keep multi-line artefacts whole; pick again
        lines += [(fam, s) for s in block]
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    cc = {}
    for _, s in lines:
        for _, c in s.p:
            if c:
                cc[c] = cc.get(c, 0) + 1
    assert all(cc.get(c, 0) >= 3 for c in CATS), sorted(cc.items())
    out_log, out_lab = [], []
    for i, (fam, s) in enumerate(lines, 1):
        text = s.text()
        assert text.strip() and "\n" not in text and "\r" not in text, (i, text)
        b = text.encode("utf-8")
        spans, off = [], 0
        for t, c in s.p:
            bt = t.encode("utf-8")
            if c:
                assert bt and bt.strip() == bt, (i, t)
                spans.append({"s": off, "e": off + len(bt), "cat": c})
                assert b[off:off + len(bt)] == bt
            off += len(bt)
        assert off == len(b)
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    # re-check from disk
    with open(os.path.join(HERE, ID + ".log"), "rb") as f:
        raw = f.read().split(b"\n")
    assert len(raw) == N_LINES
    for lab, rb, (_, s) in zip(out_lab, raw, lines):
        spans = json.loads(lab)["spans"]
        vals = [t for t, c in s.p if c]
        for sp, v in zip(spans, vals):
            assert rb[sp["s"]:sp["e"]].decode("utf-8") == v


if __name__ == "__main__":
    main()
