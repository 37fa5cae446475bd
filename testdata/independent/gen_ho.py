#!/usr/bin/env python3
"""gen_ho.py -- synthetic labeled log corpus "ho" (all people and identifiers are fictitious).

Theme: the integration & reporting team of a health system ("Lakeview Health") running Epic:
Interconnect web/SOAP/FHIR logs, X12 270/271 real-time eligibility traces, Bridges HL7 v2
interface message dumps, SQL Server Agent job history, SSIS dtexec output and error-row files,
Chronicles record dumps (INI + item numbers), Reporting Workbench / Cogito CSV exports,
Caboodle console execution/error logs, Kafka Connect sink logs (Debezium CDC records),
dbt test runs, pandas QA scripts printing frames, PowerShell scheduled-task transcripts,
Tableau Server backgrounder logs and analysts' Teams messages pasting rows.

Writes ho.log (500 lines) and ho.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed, simulated clock).

Labeling decisions:
- Labeled people: patients, MyChart users/proxies, relatives, emergency contacts, guarantors,
  subscribers and ROI requesters who are the patient. Not labeled: clinicians (attending,
  PCP, ordering provider, EVN operator), analysts, Teams senders, service accounts, payers,
  vendors, facilities and their phones/faxes/addresses/emails, help-desk numbers.
- Names: one span per written name ("Okafor, Amara N", "AMARA OKAFOR", "a. okafor"). In
  HL7 XPN the composite FAMILY^GIVEN^MIDDLE is one span; in X12 NM1 and in CSV/struct
  columns with separate last/first fields, each part is its own span. Names embedded in
  file names and URL query strings are labeled (URL-encoded text as written).
- Addresses: street line (incl. apt/unit), city and county/county FIPS code (geocode) are
  address spans each; ZIP (5 or 9 digit) is zip; state and country are never labeled.
  Patient home lat/long is address. Payer/facility addresses are not labeled.
- Dates: birth, death, admission, discharge, service/collection, appointment, implant and
  contact dates of a patient are date, in every written form, including Epic internal day
  numbers (days since 12/31/1840), Debezium epoch-day integers and Caboodle DateKey
  (yyyymmdd). A future/invalid DOB caught by a QA check is still a date. Log/message/job
  timestamps, HL7 MSH-7/EVN-2, certificate expiry and report run dates are not labeled.
- Ages labeled only when > 89 (age span is the number only, e.g. "93" in "93yo").
- mrn: facility MRN (9 digits) and enterprise EPI ("E" + 7 digits), wherever they appear.
- other_id: Epic internal patient ID (PAT_ID / EPT .1 "Z..."), encounter CSN, FHIR patient
  IDs, MyChart usernames and MyChart account IDs, Caboodle PatientKey/DurableKey of a
  patient row, EMPI link IDs, trauma registry numbers, ROI request numbers of a patient.
  Not labeled: order IDs, accession numbers, job/execution/run IDs, message control IDs,
  Kafka offsets, trace/span IDs, UUIDs of requests, provider (SER/NPI) and department IDs.
- account: hospital account (HAR), guarantor account, card PAN, bank account of a patient
  refund (routing numbers are the bank's and are not labeled).
- health_plan: commercial member/subscriber IDs, Medicare MBI, Medicaid IDs. Payer group
  numbers (employer plan) are not labeled.
- ssn: full SSNs in any punctuation and masked SSNs that still show the last four (whole
  masked token is the span).
- license: patient driver's licence; vehicle: VIN and plate of a patient's vehicle;
  device: implant/pump/CGM serials, IMEI and MAC of a patient's home device.
- ip: public IPs of MyChart sessions; private 10.x/172.16 addresses of servers are not.
- url: personal pages about the patient (CaringBridge, fundraisers); vendor/internal URLs no.
- photo: base64 JPEG payload of a patient photo; biometric: palm-vein / fingerprint
  template payloads.
"""
import json
import os
import random
import base64
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(2118_0021)
REF = date(2024, 11, 18)
CLOCK = [datetime(2024, 11, 18, 0, 3, 17, 412000)]
FAM_COUNT = {}


def tick(lo=0.3, hi=45.0):
    CLOCK[0] += timedelta(seconds=R.uniform(lo, hi))
    return CLOCK[0]


# ------------------------------------------------------------------ line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        assert b > 0, (s, cat)
        self.spans.append((self.n, self.n + b, cat, s))
        return self.t(s)

    def text(self):
        return "".join(self.buf)


def add(L, x):
    if isinstance(x, tuple):
        L.p(x[0], x[1])
    elif isinstance(x, list):
        for y in x:
            add(L, y)
    else:
        L.t(x)


def mk(fam, fmt, *args):
    """fmt uses the character '§' as a placeholder; args are str / (value, cat) / list."""
    L = Line(fam)
    parts = fmt.split("§")
    assert len(parts) == len(args) + 1, (fmt, len(args))
    for i, part in enumerate(parts):
        L.t(part)
        if i < len(args):
            add(L, args[i])
    return L


def lab(cat):
    return lambda v: (str(v), cat)


NM, AD, ZP, DT, AG, PH, FX, EM = (lab(c) for c in ("name", "address", "zip", "date", "age", "phone", "fax", "email"))
SS, MR, HP, AC, LI, VE, DV = (lab(c) for c in ("ssn", "mrn", "health_plan", "account", "license", "vehicle", "device"))
UR, IP, BI, PHO, OI = (lab(c) for c in ("url", "ip", "biometric", "photo", "other_id"))


def age_v(a):
    return (str(a), "age") if a > 89 else str(a)


class J:
    """labeled JSON leaf"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jput(L, obj, sep=(", ", ": ")):
    if isinstance(obj, J):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=False)
            assert enc[1:-1] == obj.v
            L.t('"').p(obj.v, obj.cat).t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jput(L, v, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jput(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=False))


def jline(fam, prefix, obj, suffix="", sep=(", ", ": ")):
    L = Line(fam)
    add(L, prefix)
    jput(L, obj, sep)
    add(L, suffix)
    return L


# ------------------------------------------------------------------ synthetic data
FIRST_F = ["Maria", "Aaliyah", "Thanh Huong", "Priyanka", "Siobhan", "Fatima", "Ngozi", "Zoë", "Chiara",
           "Leilani", "Amara", "Ingrid", "Xiomara", "Mei-Ling", "Ebony", "Guadalupe", "Hana", "Svetlana",
           "Dorothy", "Consuelo", "Wilhelmina", "Pa Houa", "Nia", "Ayesha", "Marisol", "Eun-ji", "Olamide",
           "Bridget", "Agnieszka", "Renée", "Yolanda", "Hodan", "Kalani", "Astrid", "Margarethe", "Lucía",
           "Inès", "Mai Yer", "Oksana", "Beatriz"]
FIRST_M = ["José", "Oluwaseun", "Mateo", "Dmitri", "Kenji", "Bjørn", "Anh", "Rahul", "Tomasz", "Hamza",
           "Declan", "Jean-Luc", "Yusuf", "Kwame", "Luis", "Harold", "Abdirahman", "Raphael", "Tevita",
           "Gunnar", "Chue", "Ibrahim", "Santiago", "Finnegan", "Arjun", "Wendell", "Otis", "Lamar",
           "Nikolai", "Cheng", "Emeka", "Jürgen", "Teodoro", "Kofi"]
LAST = ["Okafor", "Nguyen", "García-López", "van der Berg", "O'Neill", "Kowalczyk", "Al-Sayed",
        "Papadopoulos", "Yamamoto", "de la Cruz", "Haugen", "Abdullahi", "Thao", "Vang", "Schmidt",
        "Rossi", "Chatterjee", "Mwangi", "Fitzgerald", "Ramírez", "Lindqvist", "Dubois", "MacLeod",
        "Tran", "Kaur", "Obi", "Washington", "St. Clair", "Björklund", "Hernández", "Nakamura", "Khalil",
        "Ivanova", "Fonseca", "Delacroix", "Yilmaz", "Oyelaran", "Xiong", "Brennan-Walsh", "Le", "Moua",
        "D'Angelo", "Sandoval", "Petrov", "Achterberg", "Lefebvre", "Mbeki", "Ortiz", "Halvorsen",
        "Lor", "Her", "Schultz", "Nowak", "Castellanos", "Ben-David", "Adeyemi", "Van Dyke", "Kiprono"]
CITIES = [
    ("Madison", "Dane", "55025", "WI", ["53703", "53704", "53705", "53711", "53713", "53714", "53716", "53719"]),
    ("Fitchburg", "Dane", "55025", "WI", ["53711", "53719"]),
    ("Sun Prairie", "Dane", "55025", "WI", ["53590"]),
    ("Verona", "Dane", "55025", "WI", ["53593"]),
    ("Middleton", "Dane", "55025", "WI", ["53562"]),
    ("Stoughton", "Dane", "55025", "WI", ["53589"]),
    ("Mount Horeb", "Dane", "55025", "WI", ["53572"]),
    ("Janesville", "Rock", "55105", "WI", ["53545", "53546", "53548"]),
    ("Beloit", "Rock", "55105", "WI", ["53511"]),
    ("Baraboo", "Sauk", "55111", "WI", ["53913"]),
    ("Reedsburg", "Sauk", "55111", "WI", ["53959"]),
    ("Portage", "Columbia", "55021", "WI", ["53901"]),
    ("Monroe", "Green", "55045", "WI", ["53566"]),
    ("Dodgeville", "Iowa", "55049", "WI", ["53533"]),
    ("Watertown", "Jefferson", "55055", "WI", ["53094"]),
    ("Fort Atkinson", "Jefferson", "55055", "WI", ["53538"]),
    ("Rockford", "Winnebago", "17201", "IL", ["61107", "61108"]),
    ("Dubuque", "Dubuque", "19061", "IA", ["52001", "52003"]),
]
STREETS = ["Prairie Ridge", "Fish Hatchery", "Lakeshore", "Monona", "Atwood", "Mineral Point", "Old Sauk",
           "Whitney", "Cottage Grove", "Milwaukee", "Raymond", "Sherman", "Tokay", "Hammersley", "Nakoma",
           "Buckeye", "Portage", "Pflaum", "Schroeder", "Jenifer", "Rimrock", "Maple Grove", "Pheasant Run"]
STYPES = ["St", "Ave", "Rd", "Dr", "Ct", "Ln", "Way", "Blvd", "Trl", "Cir"]
ANALYSTS = ["Priya Raman", "Tomás Reyes", "Kristin Halvorsen-Lee", "Daniel Osei", "Megan O'Brien", "Wei Zhang",
            "Rafael Souza", "Jo Lindgren", "Sandeep Kulkarni", "Hannah Björk"]
ANALYST_IDS = ["praman", "treyes", "khalvorsenlee", "dosei", "mobrien2", "wzhang", "rsouza", "jlindgren"]
DOCS = [("1588667788", "NAKAMURA", "KEN"), ("1326049911", "OYELARAN", "BISI"), ("1740283355", "FONSECA", "ANA"),
        ("1912007764", "HAUGEN", "LARS"), ("1487715520", "PATEL", "NIRAV"), ("1093817264", "SCHULTZ", "EMILY")]
DEPTS = ["LVH 4 WEST MED SURG", "LVH FAMILY MED FITCHBURG", "LVH CARDIOLOGY", "LVH ED", "LVH ENDOCRINOLOGY",
         "LVH ONCOLOGY INFUSION", "LVH SUN PRAIRIE PRIMARY CARE", "LVH 6 EAST ORTHO"]
PAYERS = ["MEDICARE PART A", "WI MEDICAID", "QUARTZ HMO", "DEAN HEALTH PLAN", "ANTHEM BCBS WI",
          "UNITEDHEALTHCARE", "GHC SCW", "HUMANA MEDICARE ADV", "SELF-PAY"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in s if not unicodedata.combining(c))


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in ("123456789", "078051120", "219099999"):
            return v


def gen_mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    c = [R.choice("123456789"), R.choice(L_), R.choice(AN), R.choice("0123456789"), R.choice(L_),
         R.choice(AN), R.choice("0123456789"), R.choice(L_), R.choice(L_), R.choice("0123456789"),
         R.choice("0123456789")]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "1FT", "2T1", "3FA", "5YJ", "1G1", "JTD", "KM8", "WBA", "1C4", "4T1"])
             + "".join(R.choice(ch) for _ in range(5)) + "0" + R.choice("KLMNPRS") + R.choice(ch) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def b64_blob(header, n):
    raw = header + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


class Person:
    def __init__(self, kind="adult", last=None, sex=None):
        self.kind = kind
        self.sex = sex or R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        y = {"old": (1925, 1934), "child": (2009, 2022), "adult": (1938, 2004)}[kind]
        self.dob = date(R.randint(*y), R.randint(1, 12), R.randint(1, 28))
        self.age = REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))
        self.pat_id = "Z" + str(R.randint(100000, 4999999))
        self.mrn = "%09d" % R.randint(100000, 4999999)
        self.epi = "E" + digits(7)
        self.csn = str(R.randint(3000000000, 3299999999))
        self.har = str(R.randint(710000000, 799999999))
        self.ear = str(R.randint(1000000, 1999999))
        self.ssn = gen_ssn()
        self.area = R.choice(["608", "608", "608", "414", "920", "715", "262", "815", "563"])
        self.phone = (self.area, str(R.randint(200, 989)), "%04d" % R.randint(0, 9999))
        while self.phone[1] == "555":
            self.phone = (self.area, str(R.randint(200, 989)), self.phone[2])
        self.cell = (R.choice(["608", "414", "920"]), str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))
        c = R.choice(CITIES)
        self.city, self.county, self.fips, self.state = c[0], c[1], c[2], c[3]
        self.zip = R.choice(c[4])
        self.zip4 = self.zip + "-" + "%04d" % R.randint(1, 9999)
        if R.random() < 0.15:
            self.street = R.choice(["W", "N", "S", "E"]) + str(R.randint(1000, 9999)) + " " + R.choice(
                ["County Road KP", "County Hwy PB", "State Hwy 78", "Hwy 51", "County Road M", "Fox Hill Rd"])
        else:
            self.street = f"{R.randint(12, 9899)} {R.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{R.choice(STREETS)} {R.choice(STYPES)}"
        self.apt = R.choice(["", "", "", "Apt 4B", "Unit 12", "# 3", "Apt 210", "Lot 17"])
        f, l = ascii_fold(self.first).lower().replace(" ", "").replace("-", ""), \
            ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        yy = str(self.dob.year)[2:]
        self.email = R.choice([f"{f}.{l}{yy}@gmail.com", f"{f[0]}{l}{R.randint(1, 99)}@yahoo.com",
                               f"{l}.{f}@hotmail.com", f"{f}{l}@charter.net", f"{f}_{l}{yy}@icloud.com",
                               f"{f[0]}{l}@tds.net", f"{l}fam{yy}@outlook.com"])
        self.user = R.choice([f"{f[0]}{l}{yy}", f"{f}_{l}", f"{f}.{l}{R.randint(1, 9)}", f"{l}{f[0]}{yy}"])
        self.wpr = str(R.randint(1000000, 9999999))
        self.fhir = "e" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)) + "3"
        self.member = R.choice(["XEH" + digits(9), "W" + digits(9), "QTZ" + digits(8), "DHP" + digits(7) + "01",
                                "U" + digits(8) + "01", "H" + digits(8)])
        self.mbi = gen_mbi()
        self.medicaid = "10" + digits(8)
        self.dl = R.choice("ABCDGHKLMNOPRSTVW") + digits(13)
        self.lat = round(R.uniform(42.55, 43.55), 5)
        self.lon = round(R.uniform(-90.2, -88.9), 5)
        self.ip = R.choice(["73.", "24.", "98.", "174.", "68.", "50.", "97."]) + ".".join(
            str(R.randint(1, 254)) for _ in range(3))
        self.admit = REF - timedelta(days=R.randint(2, 40))
        self.disch = min(self.admit + timedelta(days=R.randint(1, 9)), REF - timedelta(days=1))
        self.visit = REF - timedelta(days=R.randint(0, 300))
        self.appt = REF + timedelta(days=R.randint(1, 90))

    # ---- formats
    def name(self, style=None):
        st = style or R.choice(["epic", "lf", "lfm", "fl", "FL", "lower", "init", "fml", "l_init", "LF"])
        f, l, m = self.first, self.last, self.mi
        return {"epic": f"{l.upper()},{f.upper()} {m}", "lf": f"{l}, {f}", "lfm": f"{l}, {f} {m}.",
                "fl": f"{f} {l}", "FL": f"{f.upper()} {l.upper()}", "lower": f"{f.lower()} {l.lower()}",
                "init": f"{f[0]}. {l}", "fml": f"{f} {m}. {l}", "l_init": f"{l}, {f[0]}.",
                "LF": f"{l.upper()}, {f.upper()}", "epic_nomi": f"{l.upper()},{f.upper()}"}[st]

    def ph(self, style=None, which=None):
        a, b, c = which or self.phone
        st = style if style is not None else R.randrange(7)
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                f"({a}){b}-{c}", f"1-{a}-{b}-{c}"][st]

    def ssn_f(self, style=None):
        s = self.ssn
        st = style if style is not None else R.randrange(3)
        return [f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}"][st]

    def street_full(self):
        return self.street + ((" " + self.apt) if self.apt else "")


def dfmt(d, style=None):
    st = style or R.choice(["mdY", "mdy", "iso", "hl7", "dMonY", "MonDY", "md2y", "long", "dmy_dot"])
    M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ML = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
    return {"mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy": f"{d.month}/{d.day}/{d.year}",
            "iso": d.isoformat(), "hl7": d.strftime("%Y%m%d"), "dMonY": f"{d.day:02d}-{M[d.month - 1]}-{d.year}",
            "MonDY": f"{M[d.month - 1]} {d.day}, {d.year}", "md2y": f"{d.month}/{d.day}/{str(d.year)[2:]}",
            "long": f"{ML[d.month - 1]} {d.day}, {d.year}", "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "iso_ts": d.isoformat() + "T00:00:00", "sql": d.isoformat() + " 00:00:00.000",
            "DMONY": f"{d.day:02d}-{M[d.month - 1].upper()}-{d.year}"}[st]


def epic_day(d):
    return (d - date(1840, 12, 31)).days


def epoch_day(d):
    return (d - date(1970, 1, 1)).days


POOL = []


def person(kind=None):
    """reuse recent patients sometimes (same person appears across systems)"""
    recent = [q for q in POOL[-12:] if kind is None or q.kind == kind]
    if recent and R.random() < 0.3:
        return R.choice(recent)
    p = Person(kind or R.choice(["adult"] * 6 + ["old", "old", "child"]))
    POOL.append(p)
    return p


FORCE = {"ic": [3, 4, 9, 2, 3, 6, 4, 3], "br": [0, 1, 2], "ch": [0, 2, 1, 0, 3], "tm": [5, 8, 6, 9, 4, 5, 3, 5],
         "rw": [2, 3, 1, 0], "kc": [3, 2], "ps": [4, 3]}


def pick(key, n):
    """first use each generator's forced kinds (so rare identifiers are present), then random"""
    lst = FORCE.get(key)
    if lst:
        return lst.pop(0)
    return R.randrange(n)


def doc():
    return R.choice(DOCS)


# ------------------------------------------------------------------ timestamp formats
def ts_ic():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_kafka():
    t = tick(0.05, 8)
    return "[" + t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d]" % (t.microsecond // 1000)


def ts_py():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_ampm(t, sec=True):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d}" + (f":{t.second:02d}" if sec else "") + (" AM" if t.hour < 12 else " PM")


def ts_ps():
    t = tick()
    return f"{t.month}/{t.day}/{t.year} " + ts_ampm(t)


def ts_tab():
    t = tick(0.01, 10)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_teams():
    t = tick(10, 200)
    return R.choice([f"[{t.month}/{t.day} {ts_ampm(t, False)}]", f"[{ts_ampm(t, False)}]"])


def ts_dbt():
    return tick(0.1, 6).strftime("%H:%M:%S")


def ts_ssis():
    t = tick(0.1, 20)
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%02d" % (t.microsecond // 10000)


# ================================================================== families
# ---- 1. Interconnect
def ic_pre(level, logger):
    return f"{ts_ic()} [T-{R.randint(1, 220):04d}] {level:<5} {logger} - "


def ic_noise():
    k = R.randrange(10)
    if k == 0:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Runtime.HealthMonitor") +
                   f"Heartbeat OK instance=LVH-ICPRD0{R.randint(1, 3)} pool=FHIR_R4 activeRequests={R.randint(0, 40)} queued={R.randint(0, 5)} uptime={R.randint(1, 900)}h")]
    if k == 1:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Web.RequestLogger") +
                   f"{uuid()} GET /Interconnect-PRD-FHIR/api/FHIR/R4/metadata 200 {R.randint(3, 90)}ms client=10.44.{R.randint(1, 254)}.{R.randint(1, 254)} ua=\"Epic-Client/1.0\"")]
    if k == 2:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.OAuth2.TokenService") +
                   f"Token issued client_id={uuid()} grant=client_credentials scope=\"system/Patient.read system/Observation.read\" expires_in=3600 jti={hexs(24)}")]
    if k == 3:
        return [mk("interconnect", ic_pre("WARN", "Epic.Interconnect.Core.CacheManager") +
                   f"Cache miss ratio {R.randint(11, 40)}.{R.randint(0, 9)}% above threshold 10% for region \"SystemLists\" (entries={R.randint(2000, 9000)})")]
    if k == 4:
        return [mk("interconnect", ic_pre("ERROR", "Epic.Interconnect.Core.ServiceHost") +
                   f"Service Epic.Clinical.Generated.Services.GetPatientAppointments threw FaultException: \"Unable to connect to database server\" (Env=PRD, Host=lvh-odb-prd02, Port=1972) attempt {R.randint(1, 3)}/3")]
    if k == 5:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Web.RequestLogger") +
                   f"{uuid()} POST /Interconnect-PRD/api/epic/2014/Clinical/Orders/SignOrder 200 {R.randint(40, 900)}ms OrderID={R.randint(400000000, 499999999)} status=Signed dept=1010010{R.randint(10, 99)}")]
    if k == 6:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Configuration") +
                   f"Configuration reloaded from D:\\Epic\\Interconnect\\PRD\\Web.config sha1={hexs(40)} version=10.8.{R.randint(1, 9)}.{R.randint(0, 9)} build=2024.11.0.{R.randint(1000, 9999)}")]
    if k == 7:
        return [mk("interconnect", ic_pre("INFO", "Epic.Scheduling.Sync") +
                   f"Batch {R.randint(7000, 7999)} complete: {R.randint(100, 900)} appointments, 0 failures, elapsed 00:00:0{R.randint(1, 9)}.{R.randint(100, 999)}")]
    if k == 8:
        return [mk("interconnect", ic_pre("WARN", "Epic.Interconnect.Security.CertMonitor") +
                   f"Certificate CN=interconnect.lakeviewhealth.org thumbprint {hexs(40).upper()} expires 2025-01-06 ({R.randint(30, 60)} days)")]
    return [mk("interconnect", ic_pre("DEBUG", "Epic.Interconnect.Web.RequestLogger") +
               f"traceparent=00-{hexs(32)}-{hexs(16)}-01 GET /Interconnect-PRD-FHIR/api/FHIR/R4/Observation?category=vital-signs&_count=50 200 {R.randint(20, 400)}ms")]


def pct(s):
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128 or ch in "-._~":
            out.append(ch)
        else:
            out.extend("%%%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


def ic_phi():
    p = person()
    k = pick("ic", 10)
    if k == 0:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Web.RequestLogger") + "§ GET /Interconnect-PRD-FHIR/api/FHIR/R4/Patient?family=§&given=§&birthdate=§ 200 §ms matches=1",
                   uuid(), NM(pct(p.last)), NM(pct(p.first)), DT(p.dob.isoformat()), str(R.randint(40, 300)))]
    if k == 1:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Web.RequestLogger") + "§ GET /Interconnect-PRD-FHIR/api/FHIR/R4/Patient?identifier=urn:oid:1.2.840.114350.1.13.324.2.7.5.737384.14|§ 200 §ms -> Patient/§",
                   uuid(), MR(p.mrn), str(R.randint(30, 200)), OI(p.fhir))]
    if k == 2:
        return [mk("interconnect", ic_pre("INFO", "Epic.MyChart.Authentication") + "Login success user=\"§\" wprId=§ ip=§ device=§ app=MyChart/10.6.§ mfa=sms",
                   OI(p.user), OI(p.wpr), IP(p.ip), R.choice(["iPhone14,2", "SM-S918U", "Pixel 7", "Windows NT 10.0; Chrome/130"]), str(R.randint(0, 9)))]
    if k == 3:
        photo = b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00", R.randint(90, 160))
        return [mk("interconnect", ic_pre("DEBUG", "Epic.Interconnect.Soap.MessageTracer") + "Inbound SetPatientPhoto <s:Body><SetPatientPhoto xmlns=\"urn:epic-com:Common.2012.Services.Patient\"><PatientID>§</PatientID><PatientIDType>EPI</PatientIDType><ContentType>image/jpeg</ContentType><Photo>§</Photo></SetPatientPhoto></s:Body> [truncated, § bytes]",
                   MR(p.epi), PHO(photo), str(R.randint(20000, 90000)))]
    if k == 4:
        tpl = b64_blob(b"PV\x02\x01", R.randint(40, 70))
        return [mk("interconnect", ic_pre("DEBUG", "Imprivata.PatientSecure.EpicBridge") + "Identify OK score=0.9§ mrn=§ hand=§ palmVeinTemplate=§",
                   str(R.randint(10, 99)), MR(p.mrn), R.choice(["L", "R"]), BI(tpl))]
    if k == 5:
        q = person()
        return [mk("interconnect", ic_pre("WARN", "Epic.Identity.EMPI.Matcher") + "Potential duplicate: \"§\" DOB § SSN § score=0.8§ vs EPI § (\"§\")",
                   NM(p.name("lf")), DT(dfmt(p.dob, "mdy")), SS("xxx-xx-" + p.ssn[5:]), str(R.randint(0, 9)), MR(q.epi), NM(q.name("lf")))]
    if k == 6:
        body = {"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.324.2.7.5.737384.14", "value": J(p.mrn, "mrn")}],
                "name": [{"use": "official", "family": J(p.last, "name"), "given": [J(p.first, "name")]}],
                "gender": {"F": "female", "M": "male"}[p.sex], "birthDate": J(p.dob.isoformat(), "date"),
                "telecom": [{"system": "phone", "value": J(p.ph(), "phone"), "use": "mobile"},
                            {"system": "email", "value": J(p.email, "email")}],
                "address": [{"line": [J(p.street, "address")], "city": J(p.city, "address"), "state": p.state,
                             "postalCode": J(p.zip, "zip")}]}
        return [jline("interconnect", ic_pre("DEBUG", "Epic.Interconnect.Fhir.PayloadLogger") + "POST Patient body=", body, f" corr={uuid()}", sep=(",", ":"))]
    if k == 7:
        return [mk("interconnect", ic_pre("INFO", "Epic.Interconnect.Web.RequestLogger") + "§ GET /Interconnect-PRD-FHIR/api/FHIR/R4/Patient/§/$everything 200 §ms client=10.44.§.§ app=\"LVH Care Coordination\"",
                   uuid(), OI(p.fhir), str(R.randint(400, 4000)), str(R.randint(1, 254)), str(R.randint(1, 254)))]
    if k == 9:
        return [mk("interconnect", ic_pre("INFO", "Epic.HIM.ROI.RightFaxAdapter") + "Job § ROI packet § (§ pages) for MRN § delivered to requester fax § (Patient - self); cover sheet from HIM fax 608-263-1790",
                   str(R.randint(100000, 999999)), OI("ROI-24-" + digits(6)), str(R.randint(3, 80)), MR(p.mrn), FX(p.ph(R.choice([1, 2, 5]), p.cell)))]
    q = person("adult")
    return [mk("interconnect", ic_pre("INFO", "Epic.MyChart.Proxy") + "Proxy request from user=\"§\" (§) for patient EPI § relationship=§ status=PendingReview",
               OI(q.user), NM(q.name("fl")), MR(p.epi), R.choice(["Daughter" if q.sex == "F" else "Son", "Spouse", "Parent", "Legal Guardian"]))]


# ---- 2. X12 270/271 via Interconnect RTE
def x12_env(ctl, payer):
    return (f"ISA*00*          *00*          *ZZ*LAKEVIEWHLTH   *ZZ*{payer:<15}*241118*{CLOCK[0].strftime('%H%M')}*^*00501*{ctl}*0*P*:~"
            f"GS*HS*LAKEVIEWHLTH*{payer}*20241118*{CLOCK[0].strftime('%H%M')}*{int(ctl)}*X*005010X279A1~")


def x12_noise():
    ctl = "%09d" % R.randint(4000, 9999)
    k = R.randrange(3)
    pre = ic_pre("DEBUG", "Epic.Rte.Transport")
    if k == 0:
        return [mk("x12", pre + f"IN 999 ctl={ctl} ISA*00*          *00*          *ZZ*WPS            *ZZ*LAKEVIEWHLTH   *241118*{CLOCK[0].strftime('%H%M')}*^*00501*{ctl}*0*P*:~GS*FA*WPS*LAKEVIEWHLTH*20241118*{CLOCK[0].strftime('%H%M')}*{int(ctl)}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*{int(ctl)}*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{int(ctl)}~IEA*1*{ctl}~")]
    if k == 1:
        return [mk("x12", pre + f"IN TA1 ctl={ctl} TA1*{ctl}*241118*{CLOCK[0].strftime('%H%M')}*R*006~ (interchange rejected: invalid control number, payer=ANTHEM)")]
    return [mk("x12", ic_pre("INFO", "Epic.Rte.Stats") + f"RTE payer=WPS sent={R.randint(100, 900)} resp271={R.randint(90, 800)} aaa_errors={R.randint(0, 12)} timeouts={R.randint(0, 4)} p95={R.randint(900, 4000)}ms")]


def x12_phi():
    p = person()
    ctl = "%09d" % R.randint(4000, 9999)
    payer = R.choice(["WPS", "ANTHEM", "QUARTZ", "DEANHP"])
    mid = p.mbi if payer == "WPS" else p.member
    if R.random() < 0.5:
        return [mk("x12", ic_pre("DEBUG", "Epic.Rte.Transport") + "OUT 270 payer=§ ctl=§ " + x12_env(ctl, payer)
                   + "ST*270*0001*005010X279A1~BHT*0022*13*RTE§*20241118*§~HL*1**20*1~NM1*PR*2*§*****PI*§01~HL*2*1*21*1~NM1*1P*2*LAKEVIEW HEALTH*****XX*1912345678~HL*3*2*22*0~TRN*1*§*9877281234~NM1*IL*1*§*§****MI*§~DMG*D8*§*§~EQ*30~SE*12*0001~GE*1*§~IEA*1*§~",
                   payer, ctl, digits(5), CLOCK[0].strftime('%H%M'), payer, payer, "93175-" + digits(6),
                   NM(ascii_fold(p.last).upper()), NM(ascii_fold(p.first).upper()), HP(mid), DT(p.dob.strftime("%Y%m%d")), p.sex, str(int(ctl)), ctl)]
    return [mk("x12", ic_pre("DEBUG", "Epic.Rte.Transport") + "IN 271 payer=§ ctl=§ ST*271*0001*005010X279A1~BHT*0022*11*RTE§*20241118*§~HL*3*2*22*0~NM1*IL*1*§*§****MI*§~N3*§~N4*§*§*§~DMG*D8*§*§~INS*Y*18*001*25~EB*1*IND*30**§~EB*C*IND*30***23*1650.00~SE*14*0001~",
               payer, ctl, digits(5), CLOCK[0].strftime('%H%M'), NM(ascii_fold(p.last).upper()), NM(ascii_fold(p.first).upper()), HP(mid),
               AD(p.street.upper()), AD(p.city.upper()), p.state, ZP(p.zip4.replace("-", "")), DT(p.dob.strftime("%Y%m%d")), p.sex,
               "MEDICARE PART A" if payer == "WPS" else "HMO")]


# ---- 3. Bridges HL7 interface dumps
IFACES = [("1203", "ADT_OUT_RAD"), ("1210", "ADT_OUT_LAB"), ("1377", "ORU_IN_PACEART"), ("1402", "ADT_OUT_CABOODLE_KAFKA"),
          ("1188", "ORM_OUT_SUNQUEST"), ("1455", "ADT_OUT_PHARMACY")]


def hl7(fam, seg, fields):
    L = Line(fam)
    L.t(seg)
    for f in fields:
        L.t("|")
        add(L, f)
    return L


def br_pre():
    t = tick()
    iface = R.choice(IFACES)
    return f"{t.strftime('%m/%d/%Y %H:%M:%S')} Bridges[IF={iface[0]} {iface[1]}] ", iface


def hl7_xpn(p):
    return (f"{p.last.upper()}^{p.first.upper()}^{p.mi}", "name")


def bridges_noise():
    pre, iface = br_pre()
    ctl = "LVH" + digits(7)
    k = R.randrange(6)
    if k == 0:
        return [mk("bridges_hl7", pre + f"Outbound msg ctl={ctl} type=ADT^A08 size={R.randint(900, 3000)} status=Sent ack=AA {R.randint(5, 90)}ms")]
    if k == 1:
        return [mk("bridges_hl7", pre + f"Stats processed={R.randint(100, 5000)} errors={R.randint(0, 3)} queue_depth={R.randint(0, 40)} avg_ms={R.randint(5, 60)} conn=tcp://10.40.{R.randint(1, 50)}.{R.randint(2, 250)}:{R.choice([6661, 7001, 5500, 2575])}")]
    if k == 2:
        t = CLOCK[0].strftime("%Y%m%d%H%M%S")
        return [mk("bridges_hl7", f"MSH|^~\\&|PACS|LVHRAD|EPIC|LVH|{t}||ACK^A08^ACK|{digits(8)}|P|2.5.1"),
                mk("bridges_hl7", f"MSA|AA|{ctl}|Message accepted")]
    if k == 3:
        return [mk("bridges_hl7", pre + f"WARN connection reset by peer 10.40.{R.randint(1, 50)}.{R.randint(2, 250)}:6661, reconnecting in 30s (attempt {R.randint(1, 5)})")]
    if k == 4:
        return [mk("bridges_hl7", pre + f"Resend queue: {R.randint(1, 30)} messages held since {CLOCK[0].strftime('%H:%M')} by EMP {R.randint(10000, 99999)}; interface status=Stopped->Running")]
    t = CLOCK[0].strftime("%Y%m%d%H%M%S")
    return [mk("bridges_hl7", f"MSH|^~\\&|EPIC|LVH|SUNQUEST|LVHLAB|{t}||ORM^O01|{ctl}|P|2.3"),
            mk("bridges_hl7", f"ORC|NW|{R.randint(400000000, 499999999)}^EPC||{R.randint(1000000, 9999999)}|||^^^{t}^^R||{t}|EMP{R.randint(1000, 9999)}^^^^^^^^^^^^^LVH")]


def bridges_phi():
    p = person()
    pre, iface = br_pre()
    ctl = "LVH" + digits(7)
    t = CLOCK[0].strftime("%Y%m%d%H%M%S")
    d = doc()
    k = pick("br", 4)
    out = []
    if k in (0, 1):
        ev = R.choice(["A08", "A01", "A03", "A04"])
        out.append(mk("bridges_hl7", pre + f"Outbound msg ctl={ctl} type=ADT^{ev} size={R.randint(1200, 3600)} status=Sent ack=AA"))
        out.append(mk("bridges_hl7", f"MSH|^~\\&|EPICADT|LVH|{R.choice(['PACS', 'CABOODLE', 'OMNICELL'])}|LVH|{t}||ADT^{ev}^ADT_A01|{ctl}|P|2.5.1|||AL|NE"))
        out.append(mk("bridges_hl7", f"EVN|{ev}|{t}|||EMP{R.randint(10000, 99999)}^KOWALSKI^JANE^^^^^^LVH"))
        pid = ["1", "", [MR(p.mrn), "^^^LVH^MR~", MR(p.epi), "^^^EPI^EPI~", OI(p.pat_id), "^^^EPT^PI"], "", hl7_xpn(p), "",
               DT(p.dob.strftime("%Y%m%d")), p.sex, "", "2106-3^White^HL70005",
               [AD(p.street.upper()), "^", (AD(p.apt.upper()) if p.apt else ""), "^", AD(p.city.upper()), "^", p.state, "^", ZP(p.zip), "^USA^P^^", AD(p.fips)],
               "", [PH(p.ph(0)), "^PRN^PH~", PH(p.ph(5, p.cell)), "^PRN^CP~^NET^Internet^", EM(p.email)], "", "ENG", R.choice(["M", "S", "W", "D"]), "",
               AC(p.har), SS(p.ssn_f(0)), [LI(p.dl), "^", p.state, "^", f"{R.randint(2025, 2031)}{p.dob.month:02d}{p.dob.day:02d}"]]
        if not p.apt:
            pid[10] = [AD(p.street.upper()), "^^", AD(p.city.upper()), "^", p.state, "^", ZP(p.zip), "^USA^P^^", AD(p.fips)]
        out.append(hl7("bridges_hl7", "PID", pid))
        if k == 0:
            nk = Person("adult", last=p.last if R.random() < 0.6 else None)
            out.append(hl7("bridges_hl7", "NK1", ["1", hl7_xpn(nk), R.choice(["SPO^Spouse", "CHD^Child", "PAR^Parent", "SIB^Sibling"]) + "^HL70063",
                                                  [AD(nk.street.upper()), "^^", AD(nk.city.upper()), "^", nk.state, "^", ZP(nk.zip)],
                                                  PH(nk.ph()), "", "EC^Emergency Contact^HL70131"]))
        pv1 = ["1", R.choice(["I", "E", "O"]), f"LVH4W^4{R.randint(10, 40)}^{R.choice('AB')}^LVH", "E", "", "",
               f"{d[0]}^{d[1]}^{d[2]}^^^^^^NPI", "", "", "MED", "", "", "", "7", "", "", f"{d[0]}^{d[1]}^{d[2]}", "IN",
               OI(p.csn), "MCR"] + [""] * 19 + ["LVH", "", "ADM", "", "", DT(p.admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))),
                                                (DT(p.disch.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))) if ev == "A03" else "")]
        out.append(hl7("bridges_hl7", "PV1", pv1))
        if k == 1:
            sub = p if R.random() < 0.5 else Person("adult", last=p.last)
            in1 = ["1", "MCRA^Medicare Part A" if R.random() < 0.5 else "QTZ1^Quartz HMO", "00430", "WISCONSIN PHYSICIANS SERVICE",
                   "PO BOX 1787^^MADISON^WI^53701", "", "(877)908-8431", "GRP" + digits(5), "", "", "", "", "", "", "", hl7_xpn(sub),
                   "01^Self" if sub is p else "02^Spouse", DT(sub.dob.strftime("%Y%m%d")),
                   [AD(sub.street.upper()), "^^", AD(sub.city.upper()), "^", sub.state, "^", ZP(sub.zip)]] + [""] * 16 + [HP(sub.mbi if R.random() < 0.5 else sub.member)]
            out.append(hl7("bridges_hl7", "IN1", in1))
            out.append(hl7("bridges_hl7", "GT1", ["1", AC(p.ear), hl7_xpn(sub), "", [AD(sub.street.upper()), "^^", AD(sub.city.upper()), "^", sub.state, "^", ZP(sub.zip)],
                                                  PH(sub.ph(1)), "", "", "", "", "SE"]))
        return out
    if k == 2:
        out.append(mk("bridges_hl7", pre.replace(iface[1], "ORU_IN_PACEART").replace(iface[0], "1377") + f"Inbound msg ctl=PA{digits(8)} type=ORU^R01 status=Filed"))
        out.append(hl7("bridges_hl7", "PID", ["1", "", [MR(p.mrn), "^^^LVH^MR"], "", hl7_xpn(p), "", DT(p.dob.strftime("%Y%m%d")), p.sex]))
        out.append(hl7("bridges_hl7", "OBR", ["1", f"{R.randint(400000000, 499999999)}^EPC", "PA" + digits(9), "CARDIAC_DEVICE_INTERROGATION^Device Interrogation", "", "",
                                              DT(p.visit.strftime("%Y%m%d") + "1015"), "", "", "", "", "", "", "", "", f"{d[0]}^{d[1]}^{d[2]}"]))
        sn = R.choice(["PJN", "RNL", "SPT"]) + digits(6) + R.choice(["H", "S", "G"])
        out.append(hl7("bridges_hl7", "OBX", ["1", "ST", "720897^MDC_IDC_DEV_SERIAL^MDC", "", DV(sn), "", "", "", "", "", "F"]))
        out.append(hl7("bridges_hl7", "OBX", ["2", "ST", "720898^MDC_IDC_DEV_MODEL^MDC", "", R.choice(["Azure XT DR MRI W1DR01", "Accolade MRI L331", "Assurity MRI PM2272"]), "", "", "", "", "", "F"]))
        out.append(hl7("bridges_hl7", "OBX", ["3", "NM", "731776^MDC_IDC_MSMT_BATTERY_VOLTAGE^MDC", "", f"{R.uniform(2.7, 3.2):.2f}", "V", "", "", "", "", "F"]))
        return out
    return [mk("bridges_hl7", pre + "ERROR Rejected msg ctl=§: no patient found for PID-3 \"§\" / PID-5 \"§\" / PID-7 \"§\" (Filer error 46)",
               ctl, MR(p.mrn), hl7_xpn(p), DT(p.dob.strftime("%Y%m%d")))]


# ---- 4. SQL Server Agent job history
SQLJOBS = ["Clarity - Nightly ETL Post Processing", "LVH_Custom - Registry Refresh", "Caboodle - Execution Watchdog",
           "LVH_Custom - Readmission Extract", "DBA - IndexOptimize - USER_DATABASES", "DBA - DatabaseBackup - FULL"]


def sqla_pre(job=None):
    t = tick(5, 120)
    return f"{t.strftime('%m/%d/%Y %H:%M:%S')},{job or R.choice(SQLJOBS)},"


def sqlagent_noise():
    k = R.randrange(6)
    if k == 0:
        return [mk("sqlagent", sqla_pre() + f"Success,LVH-CLRSQL02,(Job outcome),0,\"The job succeeded.  The Job was invoked by Schedule {R.randint(3, 40)} (Nightly 0200).  The last step to run was step {R.randint(2, 8)} (Run post-ETL validations).\",{R.randint(0, 2):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}")]
    if k == 1:
        return [mk("sqlagent", sqla_pre("LVH_Custom - Registry Refresh") + f"Failed,LVH-CLRSQL02,Step 3,3,\"Executed as user: LVHNET\\svc_clarity_etl. Cannot insert the value NULL into column 'BIRTH_DATE', table 'LVH_Custom.dbo.REGISTRY_DM_STAGE'; column does not allow nulls. INSERT fails. [SQLSTATE 23000] (Error 515)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.\",00:0{R.randint(0, 9)}:{R.randint(10, 59)}")]
    if k == 2:
        return [mk("sqlagent", sqla_pre(R.choice(SQLJOBS[:4])) + "Success,LVH-CLRSQL02,Step 2,2,\"Executed as user: LVHNET\\svc_clarity_etl. Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153).  The step succeeded.\",00:01:" + str(R.randint(10, 59)))]
    if k == 3:
        return [mk("sqlagent", f"Job '{R.choice(SQLJOBS)}' : Step {R.randint(1, 6)}, '{R.choice(['Merge PAT_ENC deltas', 'Rebuild columnstore', 'Update statistics', 'Purge staging'])}' : Began Executing {CLOCK[0].strftime('%Y-%m-%d %H:%M:%S')}")]
    if k == 4:
        return [mk("sqlagent", f"[LVH_SP_MERGE_PAT_ENC] {CLOCK[0].strftime('%Y-%m-%d %H:%M:%S')} merged {R.randint(1000, 90000)} rows, {R.randint(0, 30)} conflicts, {R.randint(0, 5)} deadlock retries (spid {R.randint(50, 400)})")]
    return [mk("sqlagent", sqla_pre(R.choice(SQLJOBS[:2])) + f"Failed,LVH-CLRSQL02,Step 1,1,\"Executed as user: LVHNET\\svc_clarity_etl. The conversion of a varchar data type to a datetime data type resulted in an out-of-range value. [SQLSTATE 22007] (Error 242).  The step failed.\",00:00:{R.randint(2, 59):02d}")]


def sqlagent_phi():
    p = person()
    k = R.randrange(5)
    pre = sqla_pre([SQLJOBS[0], "LVH_Custom - Outreach List Build", "LVH_Custom - Outreach List Build", SQLJOBS[1], SQLJOBS[3]][k])
    if k == 0:
        return [mk("sqlagent", pre + "Failed,LVH-CLRSQL02,Step 4,4,\"Executed as user: LVHNET\\svc_clarity_etl. Violation of PRIMARY KEY constraint 'PK_LVH_PAT_XWALK'. Cannot insert duplicate key in object 'dbo.LVH_PAT_XWALK'. The duplicate key value is (§, §). [SQLSTATE 23000] (Error 2627).  The step failed.\",00:02:11",
                   OI(p.pat_id), MR(p.mrn))]
    if k == 1:
        col, val = R.choice([("EMAIL_ADDRESS", EM(p.email[:R.randint(14, max(15, len(p.email) - 2))])),
                             ("ADDRESS_LINE_1", AD(p.street_full()[:22])), ("PAT_NAME", NM(p.name("epic")[:18]))])
        return [mk("sqlagent", pre + f"Failed,LVH-CLRSQL02,Step 2,2,\"Executed as user: LVHNET\\svc_clarity_etl. String or binary data would be truncated in table 'LVH_Custom.dbo.PAT_OUTREACH_LIST', column '{col}'. Truncated value: '§'. [SQLSTATE 22001] (Error 2628).  The step failed.\",00:00:48", val)]
    if k == 2:
        return [mk("sqlagent", pre + "Failed,LVH-CLRSQL02,Step 3,3,\"Executed as user: LVHNET\\svc_clarity_etl. Conversion failed when converting the varchar value '§' to data type bigint. [SQLSTATE 22018] (Error 245).  The step failed.\",00:00:31",
                   PH(p.ph(R.choice([0, 3, 6])) + R.choice(["", " x2", " ext 14"])))]
    if k == 3:
        return [mk("sqlagent", "[LVH_SP_REGISTRY_DM] WARNING skipped PAT_ID=§ (§): HbA1c result dated § has no qualifying encounter (BIRTH_DATE §, registry DM-LVH-02)",
                   OI(p.pat_id), NM(p.name("epic")), DT(dfmt(p.visit, "sql")), DT(dfmt(p.dob, "sql")))]
    return [mk("sqlagent", pre + "Failed,LVH-CLRSQL02,Step 5,5,\"Executed as user: LVHNET\\svc_clarity_etl. Msg 50001, Level 16, State 1: Readmission extract aborted: PAT_ENC_CSN_ID § for MRN § has HOSP_DISCH_TIME § before HOSP_ADMSN_TIME §. [SQLSTATE 42000] (Error 50001).  The step failed.\",00:00:09",
               OI(p.csn), MR(p.mrn), DT(dfmt(p.admit, "sql")), DT(dfmt(p.disch, "sql")))]


# ---- 5. SSIS dtexec output / error row files
SSIS_PKGS = ["LVH_Load_PATIENT.dtsx", "LVH_Load_PAT_ENC.dtsx", "LVH_Outreach_Extract.dtsx", "LVH_Load_COVERAGE.dtsx"]


def ssis_noise():
    k = R.randrange(8)
    dft = R.choice(["DFT_Load_PATIENT", "DFT_Load_PAT_ENC", "DFT_Load_COVERAGE", "DFT_Stage_OUTREACH"])
    if k == 0:
        return [mk("ssis", "Microsoft (R) SQL Server Execute Package Utility"),
                mk("ssis", "Version 15.0.2000.5 for 64-bit"),
                mk("ssis", "Copyright (C) 2019 Microsoft. All rights reserved."),
                mk("ssis", f"Started:  {ts_ampm(tick(1, 5))}")]
    if k == 1:
        return [mk("ssis", f"Progress: {ts_ssis()}"), mk("ssis", f"   Source: {dft} "),
                mk("ssis", f"   Validating: {R.choice([0, 25, 50, 75, 100])}% complete"), mk("ssis", "End Progress")]
    if k == 2:
        return [mk("ssis", f"Information: 0x4004300A at {dft}, SSIS.Pipeline: Validation phase is beginning.")]
    if k == 3:
        col = R.choice(["PAT_FIRST_NAME", "PAT_MIDDLE_NAME", "SSN", "EMAIL_ADDRESS", "HOME_PHONE"])
        return [mk("ssis", f"Warning: 0x80047076 at {dft}, SSIS.Pipeline: The output column \"{col}\" ({R.randint(100, 400)}) on output \"OLE DB Source Output\" ({R.randint(10, 90)}) and component \"OLE DB Source\" ({R.randint(10, 90)}) is not subsequently used in the Data Flow task. Removing this unused output column can increase Data Flow task performance.")]
    if k == 4:
        return [mk("ssis", f"Error: {ts_ssis()}"), mk("ssis", "   Code: 0xC0202009"),
                mk("ssis", f"   Source: {dft} OLE DB Destination [{R.randint(100, 200)}]"),
                mk("ssis", "   Description: SSIS Error Code DTS_E_OLEDBERROR.  An OLE DB error has occurred. Error code: 0x80004005."),
                mk("ssis", "An OLE DB record is available.  Source: \"Microsoft OLE DB Driver for SQL Server\"  Hresult: 0x80004005  Description: \"The statement has been terminated.\"."),
                mk("ssis", "End Error")]
    if k == 5:
        return [mk("ssis", "DTExec: The package execution returned DTSER_FAILURE (1)."),
                mk("ssis", f"Started:  {ts_ampm(CLOCK[0])}"), mk("ssis", f"Finished: {ts_ampm(tick(100, 900))}"),
                mk("ssis", f"Elapsed:  {R.randint(100, 1900)}.{R.randint(100, 999)} seconds")]
    if k == 6:
        return [mk("ssis", f"Information: 0x4004300B at {dft}, SSIS.Pipeline: \"OLE DB Destination\" wrote {R.randint(1000, 90000)} rows.")]
    return [mk("ssis", f"{R.randint(880000, 889999)}|{ts_ssis()}|120|{SSIS_PKGS[R.randrange(4)]}|{dft}|{dft}:Information: The buffer manager detected that the system was low on virtual memory, but was unable to swap out any buffers. {R.randint(2, 9)} buffers were considered and 0 were locked.")]


def ssis_phi():
    k = R.randrange(4)
    dft = R.choice(["DFT_Load_PATIENT", "DFT_Stage_OUTREACH"])
    if k == 0:
        out = [mk("ssis", "ErrorCode,ErrorColumn,PAT_ID,PAT_MRN_ID,PAT_LAST_NAME,PAT_FIRST_NAME,BIRTH_DATE,ADD_LINE_1,CITY,ZIP,HOME_PHONE")]
        for _ in range(R.randint(2, 4)):
            p = person()
            out.append(mk("ssis", f"{R.choice(['-1071607694', '-1071607689', '-1071636471'])},{R.randint(100, 300)},§,§,§,§,§,\"§\",§,§,§",
                          OI(p.pat_id), MR(p.mrn), NM(p.last.upper()), NM(p.first.upper()),
                          DT(dfmt(p.dob, R.choice(["sql", "mdY"]))),
                          AD(p.street_full()), AD(p.city), ZP(R.choice([p.zip, p.zip4, p.zip[:4]])), PH(p.ph(R.choice([1, 2])))))
        return out
    p = person()
    if k == 1:
        return [mk("ssis", f"Information: 0x40043009 at {dft}, SCR_Validate_Address: Row rejected PAT_MRN_ID=§ reason=ZIP '§' invalid (ADD_LINE_1='§', CITY='§')",
                   MR(p.mrn), ZP(p.zip[:4]), AD(p.street_full()), AD(p.city))]
    if k == 2:
        return [mk("ssis", f"Error: {ts_ssis()}"), mk("ssis", "   Code: 0xC020901C"),
                mk("ssis", f"   Source: {dft} OLE DB Destination [{R.randint(100, 200)}]"),
                mk("ssis", "   Description: There was an error with OLE DB Destination.Inputs[OLE DB Destination Input].Columns[BIRTH_DATE] on OLE DB Destination.Inputs[OLE DB Destination Input]. The column status returned was: \"Conversion failed because the data value overflowed the specified type.\"."),
                mk("ssis", "   SCR_LogBadRow: PAT_ID=§ BIRTH_DATE='§' PAT_NAME='§'", OI(p.pat_id), DT(dfmt(p.dob, "iso") + "T00:00:00"), NM(p.name("epic"))),
                mk("ssis", "End Error")]
    return [mk("ssis", f"{R.randint(880000, 889999)}|{ts_ssis()}|120|LVH_Outreach_Extract.dtsx|SCR_Dedupe|SCR_Dedupe:Warning: duplicate outreach row for § (MRN §, DOB §) kept newest, dropped guarantor acct §",
               NM(p.name(R.choice(["lf", "epic", "FL"]))), MR(p.mrn), DT(dfmt(p.dob, "mdy")), AC(p.ear))]


# ---- 6. Chronicles record dumps
def ch_item(num, label, val, cont=""):
    lbl = f"{label} ".ljust(28, ".")
    return f"  {num:<6} {lbl} ", val, cont


def chron_noise():
    k = R.randrange(3)
    emp = R.randint(10000, 99999)
    if k == 0:
        d = doc()
        sid = d[0][:7]
        return [mk("chronicles", f"==== Record Dump  INI=SER  ID={sid}  Env=PRD  Printed {CLOCK[0].strftime('%m/%d/%Y %H:%M')} by EMP {emp} ===="),
                mk("chronicles", "§", "".join(ch_item(".2", "Name", f"{d[1]}, {d[2]} MD"))),
                mk("chronicles", "§", "".join(ch_item("NPI", "National Provider ID", d[0]))),
                mk("chronicles", "§", "".join(ch_item("6100", "Login Department", f"{R.randint(101001000, 101001999)} ({R.choice(DEPTS)})")))]
    if k == 1:
        return [mk("chronicles", f"  Record locked by EMP {emp} (WS LVH-CIT-{R.randint(100, 999)}) since {CLOCK[0].strftime('%H:%M:%S')}; lock released by Chronicles Lock Manager after {R.randint(60, 900)}s")]
    return [mk("chronicles", f"==== Record Dump  INI=DEP  ID={R.randint(101001000, 101001999)}  Env=PRD ===="),
            mk("chronicles", "§", "".join(ch_item(".2", "Department Name", R.choice(DEPTS)))),
            mk("chronicles", "§", "".join(ch_item("140", "Department Phone", "608-263-" + digits(4)))),
            mk("chronicles", "§", "".join(ch_item("150", "Department Fax", "608-263-" + digits(4))))]


def chron_phi():
    p = person()
    k = pick("ch", 4)
    emp = R.randint(10000, 99999)
    hdr = lambda ini, rid: mk("chronicles", f"==== Record Dump  INI={ini}  ID=§  Env=PRD  Printed {CLOCK[0].strftime('%m/%d/%Y %H:%M')} by EMP {emp} ====", rid)

    def it(num, label, val, cont=""):
        a, v, c = ch_item(num, label, val, cont)
        return mk("chronicles", "§§§", a, v, c)
    if k == 0:
        rid = p.pat_id[1:]
        lines = [hdr("EPT", OI(rid)),
                 it(".1", "Patient ID", OI(p.pat_id)),
                 it(".2", "Name", NM(p.name("epic"))),
                 it("110", "Birth Date", DT(str(epic_day(p.dob))), ["  (", DT(dfmt(p.dob, "mdY")), ")"]),
                 it("130", "Sex", "1 (Female)" if p.sex == "F" else "2 (Male)"),
                 it("50", "Address L1", AD(p.street))]
        if p.apt:
            lines.append(it("50", "Address L2", AD(p.apt)))
        lines += [it("60", "City", AD(p.city)), it("65", "State", f"{R.randint(40, 60)} ({p.state})"),
                  it("70", "County", [AD(p.county), " (", AD(p.fips), ")"]), it("80", "Zip Code", ZP(p.zip4)),
                  it("90", "Home Phone", PH(p.ph(1))), it("95", "Email", EM(p.email))]
        extra = R.sample(["ssn", "mrn", "dl", "fax", "status", "lang", "death", "geo", "pcp"], 4)
        if FORCE.get("ch_dl", 0) < 2 and "dl" not in extra:
            extra[0] = "dl"
        FORCE["ch_dl"] = FORCE.get("ch_dl", 0) + 1
        if "death" in extra and "status" in extra:
            extra.remove("status")
        for e in extra:
            if e == "ssn":
                lines.append(it("160", "Social Security Number", SS(p.ssn_f(0))))
            elif e == "mrn":
                lines.append(it("2061", "MRN (LVH)", MR(p.mrn)))
            elif e == "dl":
                lines.append(it("178", "Driver's License", [LI(p.dl), f"  State: {p.state}"]))
            elif e == "fax":
                lines.append(it("97", "Fax (ROI delivery)", FX(p.ph(1, p.cell))))
            elif e == "status":
                lines.append(it("102", "Patient Status", "1 (Alive)"))
            elif e == "lang":
                lines.append(it("150", "Language", R.choice(["12 (English)", "7 (Spanish)", "31 (Hmong)", "44 (Somali)"])))
            elif e == "death":
                dd = REF - timedelta(days=R.randint(1, 30))
                lines.append(it("19110", "Date of Death", [DT(str(epic_day(dd))), "  (", DT(dfmt(dd, "mdY")), ")"]))
            elif e == "geo":
                lines.append(it("18350", "Geocode Lat/Long", [AD(f"{p.lat},{p.lon}")]))
            else:
                d = doc()
                lines.append(it("1910", "PCP", f"SER {d[0][:7]} ({d[1]}, {d[2]})"))
        if p.age > 89 and R.random() < 0.7:
            lines.append(it("(calc)", "Age", [AG(str(p.age)), " y"]))
        return lines
    if k == 1:
        g = p if R.random() < 0.5 else Person("adult", last=p.last)
        return [hdr("HAR", AC(p.har)),
                it(".2", "Account Name", NM(p.name("epic_nomi"))),
                it("40", "Guarantor", ["EAR ", AC(g.ear), " (", NM(g.name("epic_nomi")), ")"]),
                it("100", "Admission Date", [DT(str(epic_day(p.admit))), "  (", DT(dfmt(p.admit, "mdY")), ")"]),
                it("110", "Discharge Date", [DT(str(epic_day(p.disch))), "  (", DT(dfmt(p.disch, "mdY")), ")"]),
                it("200", "Primary Payor", f"{R.randint(1001, 1099)} ({R.choice(PAYERS)})"),
                it("300", "Total Charges", f"{R.randint(1000, 90000)}.{R.randint(10, 99)}"),
                it("510", "Contact", ["CSN ", OI(p.csn), "  DAT ", DT(str(epic_day(p.admit)))])]
    if k == 2:
        v = gen_vin()
        return [hdr("EPT", OI(p.pat_id[1:])),
                it("19830", "Trauma Registry #", OI("TR24-" + digits(5))),
                it("19831", "Injury Date", DT(dfmt(p.admit, "mdY"))),
                it("19840", "Vehicle VIN (MVC)", VE(v)),
                it("19841", "Vehicle Plate", [VE(R.choice(["", "WI "]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4))]),
                it("19850", "Mechanism", "V43.52XA (car driver injured in collision w/ car)")]
    sub = p if R.random() < 0.4 else Person("adult", last=p.last)
    return [hdr("CVG", R.choice(["4", "5"]) + digits(6)),
            it("2", "Payor", f"{R.randint(1001, 1099)} ({R.choice(PAYERS[:8])})"),
            it("100", "Subscriber ID", HP(sub.member)),
            it("110", "Subscriber Name", NM(sub.name("epic_nomi"))),
            it("120", "Subscriber Birth Date", [DT(str(epic_day(sub.dob))), "  (", DT(dfmt(sub.dob, "mdY")), ")"]),
            it("130", "Group Number", "GRP" + digits(6)),
            it("400", "Member List", ["EPT ", OI(p.pat_id), " rel=", "Self" if sub is p else "Child/Spouse"])]


# ---- 7. Reporting Workbench / Cogito CSV exports
def rw_meta(title):
    return mk("rw_csv", f"# Report: {title} (RW {R.randint(1400000, 1499999)})  Run by: {R.choice(ANALYST_IDS)}  Run Date: {CLOCK[0].strftime('%m/%d/%Y %H:%M')}  Rows: {R.randint(3, 800)}")


def rw_noise():
    k = R.randrange(3)
    if k == 0:
        out = [mk("rw_csv", f"# Report: Dept No-Show Summary (RW {R.randint(1400000, 1499999)})  Run by: {R.choice(ANALYST_IDS)}  Run Date: {CLOCK[0].strftime('%m/%d/%Y %H:%M')}"),
               mk("rw_csv", "Department,Month,Scheduled,Arrived,No Show,No Show Rate")]
        for d in R.sample(DEPTS, R.randint(2, 4)):
            s = R.randint(300, 3000)
            ns = R.randint(10, 200)
            out.append(mk("rw_csv", f"\"{d}\",2024-10,{s},{s - ns},{ns},{ns / s:.1%}"))
        return out
    if k == 1:
        return [mk("rw_csv", f"\"Unsigned Encounters\",\"{R.choice(DEPTS)}\",\"{R.choice(DOCS)[1].title()}, {R.choice(DOCS)[2].title()}\",{R.randint(1, 40)},\">7 days\",{R.randint(0, 9)}")]
    return [mk("rw_csv", f"# Export complete: {R.randint(3, 800)} rows written to \\\\lvh-fs01\\cogito$\\exports\\{hexs(8)}.csv ({R.randint(2, 900)} KB, {R.uniform(0.5, 9):.2f}s)")]


def rw_phi():
    k = pick("rw", 4)
    out = [rw_meta(['Diabetes Registry Outreach', 'CHF 30-Day Readmits', 'Implanted Device Registry', 'ROI Requests Pending'][k])]
    if k == 0:
        out.append(mk("rw_csv", "\"Patient Name\",\"MRN\",\"DOB\",\"Age\",\"Sex\",\"Last A1c Date\",\"PCP\",\"Home Phone\",\"Payor\""))
        for _ in range(R.randint(2, 4)):
            p = person()
            d = doc()
            out.append(mk("rw_csv", "\"§\",\"§\",\"§\",\"§\",\"§\",\"§\",\"§\",\"§\",\"§\"", NM(p.name(R.choice(["lfm", "lf", "LF"]))), MR(p.mrn),
                          DT(dfmt(p.dob, "mdY")), age_v(p.age), p.sex, DT(dfmt(p.visit, "mdy")), f"{d[1].title()}, {d[2].title()}",
                          PH(p.ph(0)), R.choice(PAYERS)))
    elif k == 1:
        out.append(mk("rw_csv", "PAT_NAME,PAT_MRN_ID,PAT_ENC_CSN_ID,HOSP_ADMSN_TIME,HOSP_DISCH_TIME,LOS,ZIP,READMIT_RISK"))
        for _ in range(R.randint(2, 4)):
            p = person()
            out.append(mk("rw_csv", "\"§\",§,§,§ 0§:§,§ 1§:§,§,§,0.§", NM(p.name("epic")), MR(p.mrn), OI(p.csn),
                          DT(dfmt(p.admit, "mdY")), str(R.randint(0, 9)), "%02d" % R.randint(0, 59), DT(dfmt(p.disch, "mdY")),
                          str(R.randint(0, 9)), "%02d" % R.randint(0, 59), str((p.disch - p.admit).days), ZP(p.zip), str(R.randint(10, 99))))
    elif k == 2:
        out.append(mk("rw_csv", "Patient,MRN,Device,Manufacturer,Serial Number,Implant Date,Remote Monitor MAC"))
        for _ in range(R.randint(2, 3)):
            p = person()
            dev = R.choice([("Dual Chamber Pacemaker", "Medtronic", R.choice(["PJN", "RNL"]) + digits(6) + "H"),
                            ("Insulin Pump", "Tandem", digits(8)), ("ICD", "Boston Scientific", digits(6)),
                            ("CGM Transmitter", "Dexcom", "8" + "".join(R.choice(ALNUM) for _ in range(5)))])
            mac = ":".join(R.choice(["00:1A:7D", "3C:71:BF", "F4:5E:AB"]).split(":") + [hexs(2).upper() for _ in range(3)])
            out.append(mk("rw_csv", "\"§\",§,§,§,§,§,§", NM(p.name("lf")), MR(p.epi), dev[0], dev[1], DV(dev[2]),
                          DT(dfmt(p.visit - timedelta(days=R.randint(100, 2000)), "iso")), DV(mac)))
    else:
        out.append(mk("rw_csv", "Request ID,Patient,MRN,Requester,Deliver Via,Fax,Email,Received"))
        for i in range(R.randint(2, 3)):
            p = person()
            via = "Fax" if i == 0 else R.choice(["Fax", "Email", "MyChart"])
            out.append(mk("rw_csv", "§,\"§\",§,Patient (self),§,§,§,§", OI("ROI-24-" + digits(6)), NM(p.name("lf")), MR(p.mrn), via,
                          FX(p.ph(1, p.cell)) if via == "Fax" else "", EM(p.email) if via != "Fax" else "", DT(dfmt(p.visit, "mdY"))))
    return out


# ---- 8. Kafka Connect sinks
KC = ["snowflake-sink-clarity", "bq-sink-caboodle", "snowflake-sink-epic-adt"]


def kc_pre(level, conn=None, task=None):
    c = conn or R.choice(KC)
    return f"{ts_kafka()} {level} [{c}|task-{task if task is not None else R.randint(0, 3)}] ", c


def kafka_noise():
    k = R.randrange(7)
    if k == 0:
        pre, c = kc_pre("INFO", "snowflake-sink-clarity")
        return [mk("kafka_connect", pre + f"[SF_KAFKA_CONNECTOR] Flush pipe:SNOWFLAKE_KAFKA_CONNECTOR_snowflake_sink_clarity_{digits(9)}_PIPE_PATIENT_{R.randint(0, 5)} rows={R.randint(100, 5000)} offset range [{R.randint(1100000, 1190000)},{R.randint(1190001, 1200000)}] (com.snowflake.kafka.connector.internal.SnowflakeSinkServiceV1:495)")]
    if k == 1:
        pre, c = kc_pre("INFO", "bq-sink-caboodle")
        return [mk("kafka_connect", pre + f"WorkerSinkTask{{id=bq-sink-caboodle-0}} Committing offsets asynchronously using sequence number {R.randint(1000, 9999)}: {{caboodle.PatientDim-{R.randint(0, 5)}=OffsetAndMetadata{{offset={R.randint(1100000, 1200000)}, leaderEpoch=null, metadata=''}}}} (org.apache.kafka.connect.runtime.WorkerSinkTask:353)")]
    if k == 2:
        return [mk("kafka_connect", f"{ts_kafka()} WARN [Producer clientId=connector-dlq-producer-bq-sink-caboodle-0] Got error produce response with correlation id {R.randint(1000, 9999)} on topic-partition dlq.caboodle-{R.randint(0, 3)}, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender:643)")]
    if k == 3:
        return [mk("kafka_connect", f"{ts_kafka()} INFO [Worker clientId=connect-1, groupId=lvh-connect-prd] Rebalance started (org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:225)")]
    if k == 4:
        return [mk("kafka_connect", "\t" + R.choice(["value.converter.schema.registry.url = https://schema-registry.lvh-data.internal:8081",
                                                      "errors.tolerance = all", "errors.log.include.messages = true",
                                                      "errors.deadletterqueue.topic.name = dlq.caboodle", "snowflake.database.name = LVH_RAW",
                                                      f"consumer.override.max.poll.records = {R.choice([500, 1000, 2000])}",
                                                      "transforms = unwrap,route", "snowflake.role.name = KAFKA_CONNECTOR_ROLE"]))]
    if k == 5:
        tk = R.randint(0, 3)
        pre, c = kc_pre("ERROR", None, tk)
        return [mk("kafka_connect", pre + f"Error encountered in task {c}-{tk}. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where consumed record is {{topic='cdc.clarity.dbo.PAT_ENC', partition={R.randint(0, 5)}, offset={R.randint(1100000, 1200000)}, timestamp={1731890000000 + R.randint(0, 9999999)}, timestampType=CreateTime}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)")]
    pre, c = kc_pre("INFO", "snowflake-sink-epic-adt")
    return [mk("kafka_connect", pre + f"[SF_KAFKA_CONNECTOR] SnowflakeSinkTask[ID:{R.randint(0, 3)}]:put {R.randint(10, 500)} records, buffer {R.randint(1, 20)} MB, lag {R.randint(0, 9000)} ms, trace_id={hexs(32)} (com.snowflake.kafka.connector.SnowflakeSinkTask:287)")]


def kafka_phi():
    p = person()
    k = pick("kc", 4)
    if k == 0:
        pre, c = kc_pre("ERROR", "snowflake-sink-clarity", 2)
        return [mk("kafka_connect", pre + "Error encountered in task snowflake-sink-clarity-2. Executing stage 'TRANSFORMATION' with class 'org.apache.kafka.connect.transforms.Cast$Value', where consumed record is SinkRecord{kafkaOffset=§, timestampType=CreateTime} ConnectRecord{topic='cdc.clarity.dbo.PATIENT', kafkaPartition=§, key=Struct{PAT_ID=§}, value=Struct{after=Struct{PAT_ID=§,PAT_NAME=§,BIRTH_DATE=§,ZIP=§,HOME_PHONE=§,SSN=§},op=u,ts_ms=§}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)",
                   str(R.randint(1100000, 1200000)), str(R.randint(0, 5)), OI(p.pat_id), OI(p.pat_id), NM(p.name("epic")), DT(str(epoch_day(p.dob))),
                   ZP(p.zip), PH(p.ph(1)), SS(p.ssn_f(0)), str(1731890000000 + R.randint(0, 9999999)))]
    if k == 1:
        pre, c = kc_pre("ERROR", "bq-sink-caboodle", 0)
        return [mk("kafka_connect", pre + "WorkerSinkTask{id=bq-sink-caboodle-0} Task threw an uncaught and unrecoverable exception. com.wepay.kafka.connect.bigquery.exception.BigQueryConnectException: table insertion failed for the following rows:\\n\\t[row index §] (location home_phone, reason: invalid): Cannot convert value to integer: '§'\\n\\t[row index §] (location birth_date, reason: invalid): Invalid date: '§' (org.apache.kafka.connect.runtime.WorkerSinkTask:612)",
                   str(R.randint(0, 499)), PH(p.ph(0)), str(R.randint(0, 499)), DT(dfmt(p.dob, "mdY")))]
    if k == 2:
        val = {"before": None, "after": {"PatientKey": J(int(p.pat_id[1:]), "other_id"), "PrimaryMrn": J(p.mrn, "mrn"), "Name": J(p.name("lf"), "name"),
                                          "BirthDate": J(epoch_day(p.dob), "date"), "Address": J(p.street_full(), "address"), "PostalCode": J(p.zip, "zip"),
                                          "HomePhone": J(p.ph(2), "phone"), "_Deleted": False},
               "source": {"version": "2.5.4.Final", "connector": "sqlserver", "name": "cdc", "db": "CDW", "schema": "dbo", "table": "PatientDim",
                          "change_lsn": f"0000{hexs(4)}:0000{hexs(4)}:000{R.randint(1, 9)}"}, "op": "c", "ts_ms": 1731890000000 + R.randint(0, 9999999)}
        pre, c = kc_pre("DEBUG", "bq-sink-caboodle")
        return [jline("kafka_connect", pre + "DLQ record headers={__connect.errors.topic=caboodle.PatientDim, __connect.errors.exception.class.name=org.apache.kafka.connect.errors.DataException} value=", val, " (com.wepay.kafka.connect.bigquery.write.row.BigQueryWriter:118)", sep=(",", ":"))]
    imei = "35" + digits(12)
    imei += luhn_digit(imei)
    pre, c = kc_pre("WARN", "snowflake-sink-epic-adt")
    return [mk("kafka_connect", pre + "Schema evolution: dropping unknown field 'device_imei' for record topic=rpm.vitals.bp key=§ value={\"mrn\":\"§\",\"device_imei\":\"§\",\"systolic\":§,\"diastolic\":§,\"measured_at\":\"2024-11-18T0§:§:00Z\"} (com.snowflake.kafka.connector.records.RecordService:201)",
               MR(p.mrn), MR(p.mrn), DV(imei), str(R.randint(100, 180)), str(R.randint(60, 110)), str(R.randint(1, 9)), "%02d" % R.randint(0, 59))]


# ---- 9. dbt
DBT_TESTS = ["not_null_patient_dim_mrn", "unique_patient_dim_mrn", "not_null_patient_dim_birth_date",
             "accepted_values_patient_dim_sex__F__M__X__U", "relationships_encounter_fact_patient_key__patient_key__ref_patient_dim_",
             "assert_dob_not_in_future", "assert_discharge_after_admit", "dbt_utils_recency_encounter_fact_load_ts__day__1",
             "not_null_coverage_dim_member_id", "unique_encounter_fact_csn"]
DBT_N = [0, 38]


def dbt_noise():
    k = R.randrange(6)
    if k == 0:
        return [mk("dbt", f"{ts_dbt()}  Running with dbt=1.7.{R.randint(9, 14)}"),
                mk("dbt", f"{ts_dbt()}  Registered adapter: snowflake=1.7.{R.randint(1, 4)}"),
                mk("dbt", f"{ts_dbt()}  Found {R.randint(120, 180)} models, {R.randint(300, 420)} tests, 21 sources, 0 exposures, 0 metrics, 612 macros, 0 groups, 0 semantic models"),
                mk("dbt", f"{ts_dbt()}  Concurrency: 8 threads (target='prod')")]
    if k in (1, 2):
        DBT_N[0] = DBT_N[0] % 38 + 1
        t = R.choice(DBT_TESTS)
        res = R.choice(["PASS", "PASS", "PASS", "WARN 2", "FAIL 1"])
        return [mk("dbt", f"{ts_dbt()}  {DBT_N[0]} of 38 START test {t} ".ljust(86, ".") + " [RUN]"),
                mk("dbt", f"{ts_dbt()}  {DBT_N[0]} of 38 {res.split()[0]} {(res.split()[1] + ' ') if ' ' in res else ''}{t} ".ljust(86, ".") + f" [{res} in {R.uniform(0.3, 4):.2f}s]")]
    if k == 3:
        return [mk("dbt", f"{ts_dbt()}  Finished running 38 tests in 0 hours 1 minutes and {R.uniform(10, 59):.2f} seconds ({R.uniform(70, 119):.2f}s)."),
                mk("dbt", f"{ts_dbt()}  Done. PASS={R.randint(30, 36)} WARN=1 ERROR={R.randint(1, 3)} SKIP=0 TOTAL=38")]
    if k == 4:
        t = R.choice(DBT_TESTS)
        return [mk("dbt", f"{ts_dbt()}  Failure in test {t} (models/marts/patient/_patient__models.yml)"),
                mk("dbt", f"{ts_dbt()}    Got {R.randint(1, 40)} results, configured to fail if != 0"),
                mk("dbt", f"{ts_dbt()}    compiled Code at target/compiled/lvh_analytics/models/marts/patient/_patient__models.yml/{t[:60]}.sql")]
    t = CLOCK[0]
    return [jline("dbt", "", {"data": {"description": R.choice(DBT_TESTS), "execution_time": round(R.uniform(0.2, 3), 4), "num_failures": 0, "status": "pass"},
                              "info": {"category": "", "code": "Q007", "invocation_id": uuid(), "level": "info", "name": "LogTestResult",
                                       "pid": R.randint(1000, 9999), "thread": f"Thread-{R.randint(1, 8)} (worker)", "ts": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"}})]


def md_table(fam, cols, rows, prefix=""):
    w = [max(len(c), *(len(r[i][0] if isinstance(r[i], tuple) else r[i]) for r in rows)) for i, c in enumerate(cols)]
    out = [mk(fam, prefix + "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |"),
           mk(fam, prefix + "| " + " | ".join("-" * w[i] for i in range(len(cols))) + " |")]
    for r in rows:
        L = Line(fam)
        L.t(prefix + "| ")
        for i, v in enumerate(r):
            if i:
                L.t(" | ")
            s = v[0] if isinstance(v, tuple) else v
            add(L, v)
            L.t(" " * (w[i] - len(s)))
        L.t(" |")
        out.append(L)
    return out


def dbt_phi():
    k = R.randrange(3)
    if k == 0:
        out = [mk("dbt", f"{ts_dbt()}  Previewing node 'assert_dob_not_in_future':")]
        rows = []
        for _ in range(R.randint(2, 3)):
            p = person()
            bad = p.dob.replace(year=R.choice([2025, 2026, 2124]))
            rows.append([OI(p.pat_id[1:]), MR(p.mrn), DT(bad.isoformat()), (CLOCK[0] - timedelta(minutes=R.randint(20, 300))).strftime("%Y-%m-%d %H:%M:%S")])
        return out + md_table("dbt", ["patient_key", "mrn", "birth_date", "_loaded_at"], rows)
    if k == 1:
        out = [mk("dbt", f"{ts_dbt()}  Previewing node 'unique_patient_dim_mrn' (stored failures: dbt_test__audit.unique_patient_dim_mrn):")]
        rows = [[MR(person().mrn), str(R.randint(2, 3))] for _ in range(R.randint(2, 3))]
        return out + md_table("dbt", ["unique_field", "n_records"], rows)
    p = person()
    return [mk("dbt", f"{ts_dbt()}  Warning in test assert_discharge_after_admit: encounter_csn=§ mrn=§ admit=§ discharge=§",
               OI(p.csn), MR(p.mrn), DT(p.disch.isoformat()), DT(p.admit.isoformat()))]


# ---- 10. pandas QA scripts
def pd_table(fam, cols, rows, idx):
    w = [max(len(c), *(len(r[i][0] if isinstance(r[i], tuple) else r[i]) for r in rows)) for i, c in enumerate(cols)]
    iw = max(len(str(i)) for i in idx)
    out = [mk(fam, " " * iw + "".join("  " + c.rjust(w[i]) for i, c in enumerate(cols)))]
    for ix, r in zip(idx, rows):
        L = Line(fam)
        L.t(str(ix).ljust(iw))
        for i, v in enumerate(r):
            s = v[0] if isinstance(v, tuple) else v
            L.t("  " + " " * (w[i] - len(s)))
            add(L, v)
        out.append(L)
    return out


def pd_pre(level="INFO", mod=None):
    return f"{ts_py()} {mod or R.choice(['qa.patient_dupes', 'qa.registry_recon', 'qa.caboodle_vs_clarity'])} {level} "


def pandas_noise():
    k = R.randrange(7)
    if k == 0:
        return [mk("pandas", pd_pre() + f"Loaded {R.randint(10000, 99999):,} rows from CABOODLE.dbo.PatientDim in {R.uniform(1, 20):.2f}s (chunksize=50000)")]
    if k == 1:
        n = R.randint(10000, 60000)
        return [mk("pandas", "<class 'pandas.core.frame.DataFrame'>"), mk("pandas", f"RangeIndex: {n} entries, 0 to {n - 1}"),
                mk("pandas", "Data columns (total 6 columns):"), mk("pandas", " #   Column        Non-Null Count  Dtype         "),
                mk("pandas", f" 0   PatientKey    {n} non-null  int64         "), mk("pandas", f" 1   BirthDate     {n - R.randint(0, 40)} non-null  datetime64[ns]")]
    if k == 2:
        return [mk("pandas", "Sex"), mk("pandas", f"F    {R.randint(20000, 30000)}"), mk("pandas", f"M    {R.randint(18000, 28000)}"),
                mk("pandas", f"X       {R.randint(10, 99)}"), mk("pandas", "Name: count, dtype: int64")]
    if k == 3:
        return [mk("pandas", f"/opt/lvh-qa/checks/dupes.py:{R.randint(40, 200)}: SettingWithCopyWarning: "),
                mk("pandas", "A value is trying to be set on a copy of a slice from a DataFrame.")]
    if k == 4:
        rows = [[d, str(R.randint(100, 9000)), str(R.randint(0, 40)), f"{R.uniform(0, 2):.3f}"] for d in R.sample(DEPTS, 3)]
        return pd_table("pandas", ["department", "encounters", "mismatches", "pct"], rows, range(3))
    if k == 5:
        a = R.randint(900000, 999999)
        b = a - R.randint(0, 900)
        return [mk("pandas", pd_pre("WARNING") + f"row count drift Clarity vs Caboodle: PAT_ENC={a} EncounterFact={b} delta={(a - b) / a:.3%}")]
    return [mk("pandas", f"[{R.randint(1, 9)} rows x {R.randint(4, 9)} columns]")]


def pandas_phi():
    k = R.randrange(4)
    if k == 0:
        ps = [person() for _ in range(R.randint(2, 4))]
        if R.random() < 0.5:
            ps.append(ps[0])
        rows = [[OI(p.pat_id[1:]), MR(p.mrn), NM(p.name("lf")), DT(p.dob.isoformat()), ZP(p.zip)] for p in ps]
        idx = sorted(R.sample(range(48000), len(rows)))
        return [mk("pandas", pd_pre("INFO", "qa.patient_dupes") + f"{len(rows)} candidate duplicates on (Name, BirthDate, Zip):")] + \
            pd_table("pandas", ["PatientKey", "PrimaryMrn", "Name", "BirthDate", "PostalCode"], rows, idx)
    p = person()
    if k == 1:
        return [mk("pandas", "{'PatientKey': §, 'Name': '§', 'BirthDate': Timestamp('§ 00:00:00'), 'Zip': '§', 'Email': '§'}",
                   OI(p.pat_id[1:]), NM(p.name("lf")), DT(p.dob.isoformat()), ZP(p.zip), EM(p.email))]
    if k == 2:
        q = person()
        return [mk("pandas", "AssertionError: 2 patients with BirthDate > today: ['§', '§']", MR(p.mrn), MR(q.mrn))]
    rows = []
    ps = [person("old") for _ in range(R.randint(2, 3))]
    for q in ps:
        rows.append([MR(q.mrn), DT(q.dob.isoformat()), age_v(q.age), q.county])
    return [mk("pandas", pd_pre("INFO", "qa.safe_harbor") + "ages over 89 not bucketed in Tableau extract:")] + \
        pd_table("pandas", ["mrn", "birth_date", "age", "county_nm"], [[r[0], r[1], r[2], AD(r[3])] for r in rows], sorted(R.sample(range(900), len(rows))))


# ---- 11. PowerShell scheduled tasks
def ps_noise():
    k = R.randrange(6)
    if k == 0:
        t = tick(1, 30)
        return [mk("powershell", "**********************"), mk("powershell", "Windows PowerShell transcript start"),
                mk("powershell", f"Start time: {t.strftime('%Y%m%d%H%M%S')}"), mk("powershell", "Username: LVHNET\\svc_rptsched"),
                mk("powershell", "Machine: LVH-RPTAPP03 (Microsoft Windows NT 10.0.17763.0)"),
                mk("powershell", f"Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\{R.choice(['Send-RWExtract.ps1', 'Move-ROIFiles.ps1', 'Invoke-CaboodleCheck.ps1'])}"),
                mk("powershell", f"Process ID: {R.randint(1000, 30000)}"), mk("powershell", "**********************")]
    if k == 1:
        return [mk("powershell", f"VERBOSE: {ts_ps()} Copying \\\\lvh-fs01\\cogito$\\exports\\RW{R.randint(1400000, 1499999)}_{CLOCK[0].strftime('%Y%m%d')}.csv to sftp://mft.lakeviewhealth.org:22/outbound/quality/")]
    if k == 2:
        return [mk("powershell", f"Task Scheduler successfully completed task \"\\Epic\\{R.choice(['Caboodle_Nightly_Check', 'RW_Extract_Push', 'ROI_Outbound'])}\" , instance \"{{{uuid()}}}\" , action \"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" with return code {R.choice([0, 0, 0, 2147942401])}.")]
    if k == 3:
        return [mk("powershell", "Send-MailMessage : Unable to connect to the remote server"),
                mk("powershell", f"At D:\\Jobs\\Send-RWExtract.ps1:{R.randint(20, 90)} char:5"),
                mk("powershell", "+     Send-MailMessage -SmtpServer smtp.lakeviewhealth.org -To 'integration-oncall@lakeviewhealth.org' ..."),
                mk("powershell", "    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], SmtpException"),
                mk("powershell", "    + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage")]
    if k == 4:
        return [mk("powershell", f"WARNING: {ts_ps()} Caboodle execution {R.randint(88000, 89999)} still running after {R.randint(60, 240)} min; paging on-call 608-263-7400 (Integration Services desk)")]
    return [mk("powershell", f"{ts_ps()} INFO  Hash check OK {hexs(64).upper()}  RW_Extract_{CLOCK[0].strftime('%Y%m%d')}.zip ({R.randint(100, 9000)} KB)")]


def ps_phi():
    p = person()
    k = pick("ps", 5)
    if k == 4:
        pan = "4" + digits(14)
        pan += luhn_digit(pan)
        return [mk("powershell", "WARNING: § DLP check: PAN found in D:\\Jobs\\Refunds\\REFUND_§.csv line §: guarantor § card § (§) - file quarantined, not sent",
                   ts_ps(), CLOCK[0].strftime("%Y%m%d"), str(R.randint(2, 90)), AC(p.ear), AC(pan), NM(p.name("LF")))]
    if k == 0:
        return [mk("powershell", "VERBOSE: § Moved D:\\ROI\\Outbound\\ROI_§_§_§_§.pdf -> \\\\lvh-mft01\\roi$\\sent\\",
                   ts_ps(), CLOCK[0].strftime("%Y-%m-%d"), NM(ascii_fold(p.last).replace(" ", "").replace("'", "")), NM(ascii_fold(p.first).replace(" ", "")), MR(p.mrn))]
    if k == 1:
        return [mk("powershell", "WARNING: Row § skipped: missing MRN for '§' (DOB §, phone §)",
                   str(R.randint(2, 400)), NM(p.name("LF")), DT(dfmt(p.dob, "mdy")), PH(p.ph()))]
    if k == 2:
        return [mk("powershell", "Import-Csv : The member \"MRN\" is already present."),
                mk("powershell", "At D:\\Jobs\\Send-RWExtract.ps1:41 char:9"),
                mk("powershell", "PS>TerminatingError(Export-Csv): \"Access to the path '\\\\lvh-fs01\\cogito$\\exports\\Outreach_§_§.csv' is denied.\"",
                   NM(ascii_fold(p.last).replace(" ", "").replace("'", "")), MR(p.epi))]
    return [mk("powershell", "§ INFO  Write-Host: Outreach letter queued for § — § § § § (acct §)",
               ts_ps(), NM(p.name("FL")), AD(p.street_full()), AD(p.city), p.state, ZP(p.zip), AC(p.ear))]


# ---- 12. Tableau Server backgrounder
def tab_obj(sev, k, v):
    return {"ts": ts_tab(), "pid": R.randint(3000, 9000), "tid": hexs(4), "sev": sev, "req": "-", "sess": "-",
            "site": "ClinicalAnalytics", "user": "-", "k": k, "v": v}


def tableau_noise():
    k = R.randrange(5)
    if k == 0:
        obj = tab_obj("info", "msg", f"Running job of type RefreshExtracts; no timeout; priority: 50; id: {R.randint(880000, 899999)}; on behalf of request: ; for datasource: {R.choice(['Inpatient Census', 'ED Throughput', 'Readmission Cohort', 'Ambulatory Access'])}")
    elif k == 1:
        obj = tab_obj("info", "end-refresh-extracts", {"elapsed": round(R.uniform(10, 900), 3), "rows": R.randint(1000, 900000), "job-id": R.randint(880000, 899999), "hyper-size-mb": R.randint(10, 4000)})
    elif k == 2:
        obj = tab_obj("warn", "msg", f"Sending subscription email for view 'Inpatient Census/Unit Summary' to {R.choice(['priya.raman', 'treyes', 'wei.zhang'])}@lakeviewhealth.org")
    elif k == 3:
        obj = tab_obj("error", "msg", f"com.tableausoftware.nativeapi.dll.DataSourceException: [Snowflake][ODBC 2.25] (25) Query execution timeout after 1800s; query-id={uuid()}")
    else:
        obj = tab_obj("info", "hyper-connect", {"db": f"/var/opt/tableau/tableau_server/data/tabsvc/temp/hyper_{hexs(12)}.hyper", "port": 7483, "elapsed": round(R.uniform(0, 1), 3)})
    return [jline("tableau", "", obj, sep=(",", ":"))]


def tableau_phi():
    k = R.randrange(3)
    p = person("old") if k == 2 else person()
    if k == 0:
        v = ["DataSourceException: Hyper insert failed for column 'PatientName' row ", str(R.randint(1, 90000)), ": value '", NM(p.name("lf")), "' exceeds collation width; MRN ", MR(p.mrn)]
    elif k == 1:
        v = ["Conversion error in field [Birth Date] (", DT(dfmt(p.dob, "mdY")), ") for [PatientKey]=", OI(p.pat_id[1:]), "; row skipped"]
    else:
        v = ["Data-driven alert 'Over-89 unmasked' fired: patient ", NM(p.name("epic")), " age ", AG(str(p.age)), " in view 'Inpatient Census/Unit Detail'"]
    L = Line("tableau")
    obj = tab_obj("error" if k < 2 else "warn", "msg", "__V__")
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    a, b = s.split('"__V__"')
    L.t(a + '"')
    for x in v:
        add(L, x)
    L.t('"' + b)
    return [L]


# ---- 13. Teams messages
def tm_pre():
    return f"{ts_teams()} {R.choice(ANALYSTS)}: "


def teams_noise():
    msgs = [
        "Caboodle nightly finished {t}, all green except PatientDim (21 row errors, same as yesterday)",
        "ticket INC{n} opened with Epic TS, SLG {s} — they want the Interconnect trace from LVH-ICPRD02",
        "Bridges ADT_OUT_RAD was stopped for ~10 min during the cutover, resend queue is clear now",
        "call me at 608-263-{p} if the Tableau extract blows up again, I'm on call until 5",
        "dbt run is red on unique_encounter_fact_csn again, I think it's the HB/PB split",
        "kafka connect worker 2 restarted at {t}, lag back under 5k",
        "reminder: don't paste PHI in this channel, use the secure share \\\\lvh-fs01\\integration$\\tickets",
        "SQL agent job 'LVH_Custom - Readmission Extract' failed step 5 again, looking",
        "new build of the QA scripts is out: v2.{n2}.0 (commit {h})",
        "who owns RW {rw}? it's timing out at 900s",
        "Interconnect PRD recycled on ICPRD0{i} at {t}, no dropped calls per the F5 stats",
        "Epic TS says the Nov SU (build {n2}.{n3}) fixes the RTE 271 parsing bug, can we get it in TST this week?",
        "snowflake warehouse LVH_ETL_WH was suspended again, bumped auto_suspend to 600",
        "PatientDim row count: Clarity {a:,} vs Caboodle {b:,}, diff is all test patients (ZZZTEST)",
        "can someone approve PR #{pr}? it's just the dbt schema.yml for coverage_dim",
        "heads up, Tableau backgrounder on TABPRD02 is at 94% memory, I restarted it",
        "the SSIS catalog is at 180 GB, I set retention to 30 days (operation_id {op} was the big one)",
        "FYI vendor contact for the palm scanners is support@imprivata.example, case #{n}",
        "anybody else seeing the kafka connect rebalance storm? 6 rebalances since {t}",
        "Bridges 1377 (Paceart) queue is backing up, {q} messages, Medtronic says their side is fine",
        "ok to kill spid {spid} on LVH-CLRSQL02? it's blocking the Registry Refresh",
        "thanks! 👍",
        "lol yes",
        "joining the bridge call now, link in the calendar invite",
    ]
    m = R.choice(msgs).format(t=CLOCK[0].strftime("%H:%M"), n=R.randint(400000, 499999), s=R.randint(6000000, 6999999),
                              p=digits(4), n2=R.randint(1, 30), h=hexs(7), rw=R.randint(1400000, 1499999),
                              i=R.randint(1, 3), n3=R.randint(100, 999), a=R.randint(900000, 999999), b=R.randint(900000, 999999),
                              pr=R.randint(100, 999), op=R.randint(880000, 899999), q=R.randint(50, 900), spid=R.randint(50, 400))
    return [mk("teams", tm_pre() + m)]


def teams_phi():
    p = person()
    k = pick("tm", 10)
    if k == 9:
        return [mk("teams", tm_pre() + "refund for guarantor § bounced, bank says acct § (routing 075000022) is closed — § asked for a paper check to § §, §",
                   AC(p.ear), AC(digits(R.choice([9, 10, 12]))), NM(p.name(R.choice(["fl", "lf"]))), AD(p.street_full()), AD(p.city), ZP(p.zip))]
    if k == 8:
        plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4)
        return [mk("teams", tm_pre() + "security asked if we can pull the ED arrival for the car left in Ramp C: plate § / VIN §, they think it's §'s (MRN §)",
                   VE(plate), VE(gen_vin()), NM(p.name("lower")), MR(p.mrn))]
    if k == 0:
        return [mk("teams", tm_pre() + "anyone know why § shows twice in PatientDim? one row has DOB § the other §",
                   MR(p.epi), DT(dfmt(p.dob, "md2y")), DT(dfmt(p.dob.replace(day=min(p.dob.month, 28), month=min(p.dob.day, 12)) if p.dob.day != p.dob.month and p.dob.day <= 12
                           else p.dob.replace(year=p.dob.year + R.choice([-10, 1, 10])), "md2y")))]
    if k == 1:
        out = [mk("teams", tm_pre() + "pasting the rows from the RW export:")]
        for _ in range(R.randint(2, 3)):
            q = person()
            out.append(mk("teams", "§\t§\t§\t§\t§", NM(q.name("lf")), MR(q.mrn), DT(dfmt(q.dob, "mdY")), PH(q.ph(0)), AD(q.county)))
        return out
    if k == 2:
        q = person()
        return [mk("teams", tm_pre() + "HIM merged § into § on Friday, Caboodle hasn't picked up the EMPI link (§) yet", OI(p.pat_id), OI(q.pat_id), OI("EL" + digits(8)))]
    if k == 3:
        q = Person("adult", sex="F")
        return [mk("teams", tm_pre() + "fyi the pt's daughter (§, §) called the help desk, MyChart proxy for § is still broken",
                   NM(q.name(R.choice(["fl", "lower"]))), PH(q.ph()), NM(p.name("fl")))]
    if k == 4:
        o = person("old")
        return [mk("teams", tm_pre() + "the §yo in 4W (§) is tripping the over-89 check in the Census workbook, DOB §",
                   AG(str(o.age)), NM(o.name("LF")), DT(dfmt(o.dob, "mdy")))]
    if k == 5:
        slug = ascii_fold(p.first + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
        return [mk("teams", tm_pre() + "family put this in the MyChart message, should it go in the chart? §",
                   UR(R.choice([f"https://www.caringbridge.org/site/{slug}", f"https://www.gofundme.com/f/help-{slug}-recover"])))]
    if k == 6:
        return [mk("teams", tm_pre() + "MyChart says § logged in from § at 2am and changed the email to §, security wants the audit trail",
                   OI(p.user), IP(p.ip), EM(p.email))]
    return [mk("teams", tm_pre() + "registration typo: § § § has SSN § in Clarity but § on the card, which one is right?",
               NM(p.name("fml")), "DOB", DT(dfmt(p.dob, "iso")), SS(p.ssn_f(0)), SS(p.ssn_f(1)[:5] + str((int(p.ssn[5]) + 1) % 10) + p.ssn[6:]))]


# ---- 14. Caboodle console
def cab_pre():
    return f"{ts_ic()} | Execution {R.randint(88000, 89999)} | "


def caboodle_noise():
    k = R.randrange(5)
    pkg = R.choice(["PatientDim_ClarityPatient", "EncounterFact_ClarityEnc", "CoverageDim_ClarityCvg", "ProviderDim_ClaritySer", "DepartmentDim_ClarityDep"])
    if k == 0:
        return [mk("caboodle", cab_pre() + f"Package: {pkg} | Step: {R.choice(['Extract', 'Transform', 'Load'])} | Rows: {R.randint(1000, 900000)} | Duration: 00:{R.randint(0, 30):02d}:{R.randint(0, 59):02d} | Status: Success")]
    if k == 1:
        return [mk("caboodle", cab_pre() + f"Staging table {pkg} loaded: {R.randint(1000, 90000)} inserted, {R.randint(0, 9000)} updated, {R.randint(0, 40)} errors. See ErrorLog for details.")]
    if k == 2:
        return [mk("caboodle", cab_pre() + f"Batch {R.randint(1, 40)} of {R.randint(40, 60)} queued on LVH-CABSQL01 (MaxDop=8, Batches in parallel=4, Timeout=7200s)")]
    if k == 3:
        return [mk("caboodle", "ErrorLogId|ExecutionId|PackageName|SourceKey|ErrorColumn|ErrorValue|Message")]
    return [mk("caboodle", cab_pre() + f"Package: {pkg} | Status: Failed | Error 0x80131904: Transaction (Process ID {R.randint(50, 400)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim.")]


def caboodle_phi():
    p = person()
    k = R.randrange(4)
    if k == 3:
        return [mk("caboodle", cab_pre() + "Package: BillingAccountFact_ClarityHar | Row error: HospitalAccountEpicId=§ GuarantorAccountEpicId=§ AdmissionDateKey=§ Message=Guarantor not found in GuarantorDim",
                   AC(p.har), AC(p.ear), DT(p.admit.strftime("%Y%m%d")))]
    if k == 0:
        col, val = R.choice([("BirthDate", DT(dfmt(p.dob, "mdY"))), ("PostalCode", ZP(p.zip[:3] + "-" + p.zip[3:])),
                             ("HomePhoneNumber", PH(p.ph(3) + "0")), ("Name", NM(p.name("epic") + " " + p.mi + p.mi)),
                             ("EmailAddress", EM(p.email.replace("@", "@@")))])
        return [mk("caboodle", "§|§|PatientDim_ClarityPatient|§|§|§|Value failed validation; row routed to error table",
                   str(R.randint(3000000, 3999999)), str(R.randint(88000, 89999)), OI(p.pat_id), col, val)]
    if k == 1:
        return [mk("caboodle", cab_pre() + "Package: PatientDim_ClarityPatient | DurableKey § conflict: Identity EPI|§ maps to SourceKeys § and § | kept most recent",
                   OI(p.pat_id[1:]), MR(p.epi), OI(p.pat_id), OI(person().pat_id))]
    return [mk("caboodle", cab_pre() + "Package: EncounterFact_ClarityEnc | Row error: EncounterEpicCsn=§ PatientDurableKey=§ DateKey=§ DepartmentKey=§ Message=Late arriving dimension",
               OI(p.csn), OI(p.pat_id[1:]), DT(p.visit.strftime("%Y%m%d")), str(R.randint(100, 999)))]


FAMS = {  # weight = target share of lines
    "interconnect": (ic_noise, ic_phi, 11),
    "x12": (x12_noise, x12_phi, 4),
    "bridges_hl7": (bridges_noise, bridges_phi, 8),
    "sqlagent": (sqlagent_noise, sqlagent_phi, 6),
    "ssis": (ssis_noise, ssis_phi, 7),
    "chronicles": (chron_noise, chron_phi, 8),
    "rw_csv": (rw_noise, rw_phi, 7),
    "kafka_connect": (kafka_noise, kafka_phi, 7),
    "dbt": (dbt_noise, dbt_phi, 6),
    "pandas": (pandas_noise, pandas_phi, 7),
    "powershell": (ps_noise, ps_phi, 6),
    "tableau": (tableau_noise, tableau_phi, 6),
    "teams": (teams_noise, teams_phi, 9),
    "caboodle": (caboodle_noise, caboodle_phi, 6),
}


def main():
    lines = []
    names = list(FAMS)
    weights = [FAMS[n][2] for n in names]
    TOTAL, PHI_TARGET = 500, 0.45
    while len(lines) < TOTAL:
        tot_w = sum(weights)
        have = {n: sum(1 for L in lines if L.fam == n) for n in names}
        need = [max(0.2, w / tot_w * (len(lines) + 40) - have[n]) for n, w in zip(names, weights)]
        fam = R.choices(names, need)[0]
        phi_lines = sum(1 for L in lines if L.spans)
        want_phi = phi_lines < PHI_TARGET * (len(lines) + 1)
        blk = FAMS[fam][1 if want_phi else 0]()
        if len(lines) + len(blk) > TOTAL:
            continue
        lines.extend(blk)
    here = os.path.dirname(os.path.abspath(__file__))
    logp, labp = os.path.join(here, "ho.log"), os.path.join(here, "ho.labels.jsonl")
    texts = []
    with open(labp, "w", encoding="utf-8") as lf:
        for i, L in enumerate(lines, 1):
            s = L.text()
            assert s and "\n" not in s and "\r" not in s, (i, s)
            b = s.encode("utf-8")
            spans = []
            for (st, en, cat, val) in L.spans:
                assert b[st:en].decode("utf-8") == val, (i, val)
                spans.append({"s": st, "e": en, "cat": cat})
            texts.append(s)
            lf.write(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False) + "\n")
    with open(logp, "w", encoding="utf-8") as f:
        f.write("\n".join(texts))
    assert len(texts) == TOTAL


if __name__ == "__main__":
    main()
