#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id: hc).

Theme: pediatric practice group with a parent/teen portal (Django, Celery,
proxy access, school/sports physical uploads, IIS HL7 VXQ/RSP, growth chart
service, React Native app logs, Sentry breadcrumbs, Twilio SMS, billing).
All people, numbers and addresses are synthetic.
Standard library only. Writes hc.log and hc.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 20241118
random.seed(SEED)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LOG = os.path.join(HERE, "hc.log")
OUT_LAB = os.path.join(HERE, "hc.labels.jsonl")
N_LINES = 500
PHI_SHARE = 0.45


# ---------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def _t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                self._t(p)
            elif isinstance(p, tuple):
                v, c = p
                if c is None:
                    self._t(v)
                else:
                    s = self.n
                    self._t(v)
                    self.spans.append({"s": s, "e": self.n, "cat": c, "v": v})
            elif isinstance(p, list):
                self.add(*p)
            elif isinstance(p, Raw):
                self.add(*p.parts)
            else:
                raise TypeError(repr(p))
        return self

    def text(self):
        return "".join(self.buf)


def L(fam, *parts):
    return Line(fam).add(*parts)


class P:
    """A tagged (PHI) scalar inside a structured value."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Raw:
    def __init__(self, *parts):
        self.parts = list(parts)


# JSON rendering -------------------------------------------------------
def jp(o, ea=False, compact=True):
    sep = "," if compact else ", "
    kv = ":" if compact else ": "
    if isinstance(o, P):
        if isinstance(o.v, str):
            return ['"', (json.dumps(o.v, ensure_ascii=ea)[1:-1], o.cat), '"']
        return [(json.dumps(o.v), o.cat)]
    if isinstance(o, Raw):
        return list(o.parts)
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep)
            out.append(json.dumps(k, ensure_ascii=ea) + kv)
            out += jp(v, ea, compact)
        out.append("}")
        return out
    if isinstance(o, (list, tuple)):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(sep)
            out += jp(v, ea, compact)
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=ea)]


# Python repr rendering ------------------------------------------------
def rp(o):
    if isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            return [r[0], (r[1:-1], o.cat), r[-1]]
        return [(repr(o.v), o.cat)]
    if isinstance(o, Raw):
        return list(o.parts)
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            out.append(repr(k) + ": ")
            out += rp(v)
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out += rp(v)
        out.append("]")
        return out
    if isinstance(o, tuple):
        out = ["("]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out += rp(v)
        out.append(",)" if len(o) == 1 else ")")
        return out
    return [repr(o)]


def pydate(d, cat="date"):
    return Raw("datetime.date(", ("%d, %d, %d" % (d.year, d.month, d.day), cat), ")")


# JS (React Native console inspect) rendering --------------------------
def jsq(s):
    if "'" in s and '"' not in s:
        return '"', s.replace("\\", "\\\\"), '"'
    return "'", s.replace("\\", "\\\\").replace("'", "\\'"), "'"


def js(o):
    if isinstance(o, P):
        if isinstance(o.v, str):
            q1, body, q2 = jsq(o.v)
            return [q1, (body, o.cat), q2]
        return [(str(o.v), o.cat)]
    if isinstance(o, Raw):
        return list(o.parts)
    if isinstance(o, dict):
        if not o:
            return ["{}"]
        out = ["{ "]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            out.append(k + ": ")
            out += js(v)
        out.append(" }")
        return out
    if isinstance(o, list):
        if not o:
            return ["[]"]
        out = ["[ "]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out += js(v)
        out.append(" ]")
        return out
    if o is None:
        return ["null"]
    if o is True:
        return ["true"]
    if o is False:
        return ["false"]
    if isinstance(o, str):
        q1, body, q2 = jsq(o)
        return [q1 + body + q2]
    return [str(o)]


# logfmt rendering -----------------------------------------------------
def lf(items):
    out = []
    for i, (k, v) in enumerate(items):
        if i:
            out.append(" ")
        out.append(k + "=")
        tagged = isinstance(v, P)
        s = v.v if tagged else v
        s = str(s)
        if s == "" or any(c in s for c in ' ="\\'):
            esc = s.replace("\\", "\\\\").replace('"', '\\"')
            out += ['"', (esc, v.cat) if tagged else esc, '"']
        else:
            out.append((s, v.cat) if tagged else s)
    return out


# ---------------------------------------------------------------- clock
CLK = [dt.datetime(2024, 11, 18, 6, 58, 2, 113000)]
TODAY = dt.date(2024, 11, 18)
UTC_OFF = dt.timedelta(hours=6)


def adv(lo=0.3, hi=55.0):
    CLK[0] += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
    return CLK[0]


def small():
    return adv(0.001, 0.4)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)


def ts_dj(t):
    return t.strftime("[%d/%b/%Y %H:%M:%S]")


def ts_gu(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")


def ts_z(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-06:00"


def ts_lc(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0600"


def epoch(t):
    u = t + UTC_OFF
    return "%.3f" % ((u - dt.datetime(1970, 1, 1)).total_seconds())


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S") + "-0600"


# ---------------------------------------------------------------- helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
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


def card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


VIN_MAP = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_MAP.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3,
                "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year, plant):
    v = wmi + vds + "0" + year + plant + digits(6)
    tot = 0
    for ch, w in zip(v, VIN_W):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * w
    c = tot % 11
    cd = "X" if c == 10 else str(c)
    return v[:8] + cd + v[9:]


def iban_se():
    bban = "500" + digits(17)
    num = "".join(str(int(c, 36)) for c in bban + "SE00")
    chk = 98 - int(num) % 97
    return "SE%02d%s" % (chk, bban)


def ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


FOLD = {"Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def up(s):
    return fold(s).upper()


def pub_ip():
    first = R.choice([24, 50, 67, 68, 69, 71, 73, 75, 76, 98, 99, 107, 108, 162, 174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def priv_ip():
    k = R.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (R.choice([20, 21, 40]), R.randint(0, 9), R.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 20), R.randint(2, 250))
    return "192.168.%d.%d" % (R.choice([1, 10, 40]), R.randint(2, 250))


def age_years(d, on=TODAY):
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def bday(d, years):
    try:
        return dt.date(d.year + years, d.month, d.day)
    except ValueError:
        return dt.date(d.year + years, 3, 1)


def ph_fmt(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "e164": "+1" + p,
        "e164enc": "%2B1" + p,
        "raw": p,
    }[style]


def d_fmt(d, style):
    return {
        "iso": d.isoformat(),
        "us": d.strftime("%m/%d/%Y"),
        "hl7": d.strftime("%Y%m%d"),
        "long": d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
        "short": "%d/%d" % (d.month, d.day),
    }[style]


# ---------------------------------------------------------------- people
HOST = "portal.ppgkids.example"
API = "api.ppgkids.example"
CLINIC_PHONE = "6305550100"
CLINIC_FAX = "6305550199"
TWILIO_FROM = "8475550100"
TW_ACCOUNT = "AC" + hexs(32)

STAFF = [
    ("Dr. Priya Raman", "praman", "MD"), ("Dr. Tomasz Wiśniewski", "twisniewski", "MD"),
    ("Dr. Adaeze Nwosu", "anwosu", "MD"), ("Dr. Michael Feldman", "mfeldman", "DO"),
    ("Keisha Lambert, RN", "rn.klambert", "RN"), ("Hye-jin Cho, RN", "rn.hcho", "RN"),
    ("Rosa Delgado, LPN", "lpn.rdelgado", "LPN"), ("Brianna Holt", "fd.bholt", "FD"),
    ("Kevin Tran", "fd.ktran", "FD"), ("Marisol Vega", "fd.mvega", "FD"),
]
DOCS = [s for s in STAFF if s[2] in ("MD", "DO")]
DOC_NPI = {s[1]: npi() for s in DOCS}
ORG_NPI = npi()
CLINICS = [
    ("PPG Naperville", "1020 E Ogden Ave Suite 210", "Naperville", "60563"),
    ("PPG Oak Park", "715 Lake St Suite 400", "Oak Park", "60301"),
    ("PPG Schaumburg", "1400 E Golf Rd Suite 120", "Schaumburg", "60173"),
]

FAM_SPECS = [
    ("okafor", "1420 W Elm St", None, "Naperville", "60540", "630",
     [("Ngozi", "Okafor", "MTH", "Eze"), ("Chukwuemeka", "Okafor", "FTH", None)],
     [("Amara", "Chiamaka", "Okafor", "F", (2012, 11, 21), "Kennedy Junior High School"),
      ("Tobenna", "", "Okafor", "M", (2016, 3, 4), "Meadow Glens Elementary School"),
      ("Ifeoma", "", "Okafor", "F", (2022, 7, 30), None)], "BCBS"),
    ("tran", "2281 Kingsway Dr", "Apt 3B", "Aurora", "60505", "331",
     [("Lan", "Nguyễn", "MTH", "Nguyễn"), ("Hùng", "Trần", "FTH", None)],
     [("Khoa", "Minh", "Trần", "M", (2019, 2, 14), "Brady Elementary School"),
      ("Bảo Anh", "", "Trần", "F", (2023, 9, 9), None)], "MCD"),
    ("garcia", "5127 W 25th Pl", None, "Cicero", "60804", "708",
     [("José Ángel", "García", "FTH", None), ("María Fernanda", "López", "MTH", "López")],
     [("Valentina", "", "García López", "F", (2010, 5, 17), "Morton East High School"),
      ("Mateo", "Andrés", "García", "M", (2014, 12, 1), "Unity Junior High School")], "MCD"),
    ("kowalczyk", "3318 S Wisconsin Ave", None, "Berwyn", "60402", "708",
     [("Agnieszka", "Kowalczyk", "MTH", "Nowak")],
     [("Zoë", "Maria", "Kowalczyk", "F", (2006, 11, 25), "Morton West High School"),
      ("Łukasz", "", "Kowalczyk", "M", (2009, 8, 13), "Morton West High School")], "AETNA"),
    ("haddad", "8045 N Keeler Ave", None, "Skokie", "60076", "847",
     [("Rami", "Haddad", "FTH", None), ("Layla", "Haddad", "MTH", "Khoury")],
     [("Noor", "", "Haddad", "F", (2017, 6, 11), "Highland Elementary School"),
      ("Yusuf", "Karim", "Haddad", "M", (2020, 1, 29), None)], "UHC"),
    ("brooks", "1903 Asbury Ave", None, "Evanston", "60201", "847",
     [("Emi", "Tanaka", "MTH", "Tanaka"), ("Marcus", "Brooks", "FTH", None)],
     [("Kenji", "", "Brooks", "M", (2013, 4, 22), "Haven Middle School"),
      ("Hana", "", "Brooks", "F", (2021, 10, 5), None)], "CIGNA"),
    ("diallo", "412 N Raynor Ave", None, "Joliet", "60435", "815",
     [("Aïcha", "Diallo", "MTH", "Diallo")],
     [("Fatoumata", "", "Diallo", "F", (2012, 11, 24), "Hufford Junior High School"),
      ("Mamadou", "", "Diallo", "M", (2015, 9, 30), "Farragut Elementary School")], "MCD"),
    ("andersson", "1150 N Main St", None, "Wheaton", "60187", "630",
     [("Søren", "Andersson", "FTH", None), ("Ingrid", "Andersson", "MTH", "Berg")],
     [("Astrid", "", "Andersson", "F", (2007, 2, 8), "Wheaton North High School"),
      ("Elias", "", "Andersson", "M", (2018, 5, 19), "Longfellow Elementary School")], "BCBS"),
    ("washington", "914 N Humphrey Ave", None, "Oak Park", "60302", "708",
     [("Dorothy Mae", "Washington", "GRD", None)],
     [("DeShawn", "", "Washington", "M", (2011, 7, 14), "Julian Middle School"),
      ("Imani", "", "Washington", "F", (2014, 3, 2), "Longfellow School")], "MCD"),
    ("patel", "4521 Stonewall Ave", None, "Downers Grove", "60515", "630",
     [("Priyanka", "Patel", "MTH", "Shah"), ("Arjun", "Patel", "FTH", None)],
     [("Rohan", "", "Patel", "M", (2019, 8, 27), "El Sierra School"),
      ("Diya", "", "Patel", "F", (2024, 1, 12), None)], "UHC"),
    ("oconnor", "590 Hillside Ave", None, "Glen Ellyn", "60137", "630",
     [("Siobhán", "O'Connor", "MTH", "Byrne")],
     [("Ciarán", "", "O'Connor", "M", (2010, 10, 3), "Glenbard West High School")], "AETNA"),
    ("carter", "1017 S Finley Rd", "Unit 12", "Lombard", "60148", "630",
     [("Rebecca", "Lindqvist", "OTH", None)],
     [("Jaylen", "", "Carter", "M", (2013, 2, 16), "Glenn Westlake Middle School")], "MCD"),
    ("rossi", "376 W Park Ave", None, "Elmhurst", "60126", "630",
     [("Giulia", "Rossi", "MTH", "Bianchi")],
     [("Luca", "", "Rossi", "M", (2021, 4, 8), None),
      ("Sofia", "", "Rossi", "F", (2021, 4, 8), None)], "CIGNA"),
    ("kim", "1620 Bonita Ln", None, "Schaumburg", "60193", "847",
     [("Ji-woo", "Kim", "FTH", None), ("Seo-yeon", "Park", "MTH", "Park")],
     [("Min-jun", "", "Kim", "M", (2008, 6, 30), "Schaumburg High School"),
      ("Ha-eun", "", "Kim", "F", (2016, 12, 18), "Dooley Elementary School")], "BCBS"),
    ("begay", "288 Canterbury Ln", None, "Bolingbrook", "60440", "630",
     [("Tallulah", "Begay", "MTH", "Yazzie")],
     [("Ahanu", "", "Begay", "M", (2017, 1, 9), "Jamie McGee Elementary School")], "MCD"),
    ("abramov", "751 Checker Dr", None, "Buffalo Grove", "60089", "847",
     [("Olga", "Abramova", "MTH", "Sokolova"), ("Dmitri", "Abramov", "FTH", None)],
     [("Sasha", "", "Abramova", "F", (2009, 9, 11), "Adlai E. Stevenson High School"),
      ("Misha", "", "Abramov", "M", (2023, 2, 27), None)], "UHC"),
]

PAYERS = {
    "BCBS": ("BCBSIL", "Blue Cross Blue Shield of Illinois", lambda: R.choice(["XOF", "XOJ", "YRH"]) + digits(9)),
    "AETNA": ("AETNA", "Aetna Choice POS II", lambda: "W" + digits(9)),
    "UHC": ("UHC", "UnitedHealthcare Choice Plus", lambda: digits(9)),
    "CIGNA": ("CIGNA", "Cigna Open Access Plus", lambda: "U" + digits(8) + "01"),
    "MCD": ("ILMCD", "Illinois Medicaid / All Kids (HFS)", lambda: digits(9)),
}

USED_PH = []


def new_phone(area):
    while True:
        p = area + "55501" + "%d%d" % (R.randint(0, 9), R.randint(0, 9))
        if p not in USED_PH and p[3:] not in ("5550100", "5550199"):
            USED_PH.append(p)
            return p


EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "comcast.net", "aol.com"]

FAMS, KIDS, ADULTS = [], [], []
for spec in FAM_SPECS:
    key, street, apt, city, zipc, area, adults, kids, payer = spec
    f = dict(key=key, street=street, apt=apt, city=city, zip=zipc, area=area, payer=payer)
    f["ga"] = "GA-%08d" % R.randint(100000, 4999999)
    f["ip"] = [pub_ip(), pub_ip()]
    f["group"] = "" if payer == "MCD" else R.choice(["G", "P", "0"]) + digits(5)
    f["adults"] = []
    f["kids"] = []
    for (first, last, rel, maiden) in adults:
        a = dict(first=first, last=last, rel=rel, maiden=maiden, fam=f, kind="adult")
        a["phone"] = new_phone(area)
        a["work"] = new_phone(R.choice(["312", "630", "847"]))
        loc = fold(first.split()[0]).lower().replace("-", "")
        lname = fold(last).lower().replace("'", "").replace(" ", "")
        a["email"] = R.choice([
            "%s.%s@%s" % (loc, lname, R.choice(EMAIL_DOM)),
            "%s%s%d@%s" % (loc[0], lname, R.randint(1, 99), R.choice(EMAIL_DOM)),
            "%s_%s%d@%s" % (loc, lname[:4], R.randint(70, 99), R.choice(EMAIL_DOM)),
        ])
        a["username"] = R.choice(["%s.%s" % (loc, lname), "%s%s" % (loc[0], lname), "%s_%d" % (loc, R.randint(10, 99))])
        a["ssn"] = ssn()
        a["dl"] = fold(last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4)
        a["member"] = PAYERS[payer][2]()
        a["dob"] = dt.date(R.randint(1976, 1993), R.randint(1, 12), R.randint(1, 28))
        a["uid"] = "g_%d" % R.randint(1000, 9999)
        f["adults"].append(a)
        ADULTS.append(a)
    for (first, mid, last, sex, dob, school) in kids:
        c = dict(first=first, mid=mid, last=last, sex=sex, dob=dt.date(*dob), school=school, fam=f, kind="kid")
        c["mrn"] = "%08d" % R.randint(100000, 2999999)
        c["iis"] = digits(10)
        c["uuid"] = uuid4()
        c["student"] = digits(R.choice([6, 7, 8])) if school else None
        c["medicaid"] = digits(9) if payer == "MCD" else None
        c["bc"] = "%d-%03d-%06d" % (dob[0], R.randint(1, 200), R.randint(1, 999999))
        loc = fold(first.split()[0]).lower().replace("-", "")
        lname = fold(last.split()[0]).lower().replace("'", "")
        c["username"] = "%s.%s%02d" % (loc, lname, dob[0] % 100)
        c["email"] = "%s.%s%02d@%s" % (loc, lname, dob[0] % 100, R.choice(["gmail.com", "icloud.com"]))
        c["phone"] = new_phone(area)
        c["imei"] = imei()
        c["ip"] = pub_ip()
        f["kids"].append(c)
        KIDS.append(c)
    FAMS.append(f)

FAMD = {f["key"]: f for f in FAMS}
# special attributes
GGMA = FAMD["washington"]["adults"][0]
GGMA["dob"] = dt.date(1933, 5, 6)          # age 91, kinship guardian
GGMA["probate"] = "2021P%06d" % R.randint(1000, 9999)
GRANDPA = dict(first="Harold", last="Yazzie", rel="GRF", maiden=None, fam=FAMD["begay"], kind="adult",
               phone=new_phone("630"), dob=dt.date(1931, 8, 2))
FAMD["carter"]["kids"][0]["dcfs"] = "%08d" % R.randint(10000000, 19999999)
CIARAN = FAMD["oconnor"]["kids"][0]
CIARAN["cgm"] = "8" + alnum(5)
CIARAN["pump"] = "PT" + digits(8)
PATEL = FAMD["patel"]
PATEL["vehicle"] = ("7KJ" + digits(4), "IL", vin("5FN", "RL6H7", "K", "B"))
FAMD["okafor"]["vehicle"] = ("DL " + digits(5), "IL", vin("1GN", "SKJKC", "L", "R"))
FAMD["kim"]["vehicle"] = ("CP" + digits(5), "IL", vin("5XY", "P3DHC", "N", "G"))
SCALE_FAMS = ["patel", "rossi", "tran"]
for k in SCALE_FAMS:
    FAMD[k]["scale_mac"] = "00:24:E4:" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))
FAMD["andersson"]["iban"] = iban_se()
for f in FAMS:
    f["card"] = card(R.choice(["4", "51", "53", "4"]))
    f["bank_acct"] = digits(R.choice([9, 10, 12]))
    f["routing"] = R.choice(["071000013", "071904779", "271070801"])
CARE_URL = {
    "haddad": "https://www.gofundme.com/f/help-yusuf-haddad-heal",
    "oconnor": "https://www.caringbridge.org/visit/ciaranoconnor",
    "carter": "https://www.facebook.com/rebecca.lindqvist.714",
}


def fam_of(p):
    return p["fam"]


def guardian(kid):
    return R.choice(kid["fam"]["adults"])


def full(p):
    return p["first"] + " " + p["last"]


def name_parts(p, order="fl", sep=" "):
    if order == "fl":
        return [(p["first"], "name"), sep, (p["last"], "name")]
    return [(p["last"], "name"), sep, (p["first"], "name")]


def addr_parts(f, sep=", ", upper=False):
    st = f["street"] + ((" " + f["apt"]) if f["apt"] else "")
    c = f["city"]
    if upper:
        st, c = st.upper(), c.upper()
    return [(st, "address"), sep, (c, "address"), ", IL ", (f["zip"], "zip")]


# vaccine history -------------------------------------------------------
VAX = {
    "08": ("Hep B, adolescent or pediatric", "MSD", "Merck and Co., Inc."),
    "20": ("DTaP", "SKB", "GlaxoSmithKline"),
    "10": ("IPV", "PMC", "sanofi pasteur"),
    "110": ("DTaP-Hep B-IPV", "SKB", "GlaxoSmithKline"),
    "49": ("Hib (PRP-OMP)", "MSD", "Merck and Co., Inc."),
    "133": ("Pneumococcal conjugate PCV 13", "PFR", "Pfizer, Inc"),
    "116": ("rotavirus, pentavalent", "MSD", "Merck and Co., Inc."),
    "03": ("MMR", "MSD", "Merck and Co., Inc."),
    "21": ("varicella", "MSD", "Merck and Co., Inc."),
    "83": ("Hep A, ped/adol, 2 dose", "MSD", "Merck and Co., Inc."),
    "115": ("Tdap", "SKB", "GlaxoSmithKline"),
    "114": ("meningococcal MCV4P", "PMC", "sanofi pasteur"),
    "165": ("HPV9", "MSD", "Merck and Co., Inc."),
    "150": ("Influenza, injectable, quadrivalent, preservative free", "PMC", "sanofi pasteur"),
    "208": ("COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "PFR", "Pfizer, Inc"),
    "306": ("RSV, mAb, nirsevimab-alip, 0.5 mL", "PMC", "sanofi pasteur"),
}
SCHED = [(0, "08"), (61, "110"), (61, "49"), (61, "133"), (61, "116"), (122, "110"), (122, "49"),
         (122, "133"), (122, "116"), (183, "110"), (183, "116"), (366, "03"), (366, "21"), (366, "83"),
         (380, "133"), (470, "20"), (470, "49"), (548, "83"), (1490, "20"), (1490, "10"), (1490, "03"),
         (1490, "21"), (4020, "115"), (4020, "114"), (4020, "165"), (4200, "165"), (5850, "114")]


def lot():
    k = R.random()
    if k < 0.3:
        return R.choice("UTY") + digits(4) + R.choice(["AA", "BA", "AB", "CA"])
    if k < 0.6:
        return digits(1) + R.choice("ABCDEFGHJK") + alnum(3) + digits(1)
    if k < 0.8:
        return R.choice(["EW", "FA", "GH", "HC"]) + digits(4)
    return R.choice("RSTXY") + digits(6)


for c in KIDS:
    hist = []
    for off, cvx in SCHED:
        d = c["dob"] + dt.timedelta(days=off + R.randint(0, 20))
        if d < TODAY:
            hist.append((d, cvx, lot(), d + dt.timedelta(days=R.randint(200, 700)),
                         R.choice(DOCS)))
    y = max(c["dob"].year + 1, 2019)
    while dt.date(y, 10, 1) < TODAY and (dt.date(y, 10, 1) - c["dob"]).days > 183:
        d = dt.date(y, R.choice([9, 10, 11]), R.randint(1, 28))
        if d < TODAY:
            hist.append((d, "150", lot(), dt.date(y + 1, 6, 30), R.choice(DOCS)))
        y += 1
    if c["dob"] > dt.date(2023, 4, 1):
        hist.append((max(c["dob"] + dt.timedelta(days=3), dt.date(2023, 10, 12)), "306", lot(),
                     dt.date(2025, 3, 31), R.choice(DOCS)))
    hist.sort(key=lambda h: h[0])
    c["vax"] = hist


def pick_kid(pred=None):
    ks = [k for k in KIDS if (pred is None or pred(k))]
    return R.choice(ks)


def kid_repr(k, style=0):
    if style == 0:
        return ["<Child: ", (k["first"], "name"), " ", (k["last"], "name"), " (", (k["mrn"], "mrn"), ")>"]
    if style == 1:
        return ["<Patient: ", (k["last"], "name"), ", ", (k["first"], "name"), " MRN=", (k["mrn"], "mrn"), ">"]
    return ["<Child: Child object (", str(R.randint(1000, 99999)), ")>"]


def guard_repr(a):
    rel = {"MTH": "mother", "FTH": "father", "GRD": "legal guardian", "OTH": "foster parent", "GRF": "grandfather"}[a["rel"]]
    return ["<Guardian: ", (a["first"], "name"), " ", (a["last"], "name"), " (", rel, ")>"]


def b64img(kind, n):
    if kind == "jpeg":
        head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
        head += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    else:
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fmr_template(n):
    head = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(head + bytes(R.randint(0, 255) for _ in range(n))).decode()


def pylog(level, logger, *parts, fam="pylog-bracket", t=None, label=None):
    t = t or adv()
    if fam == "pylog-bracket":
        return L(label or fam, ts_py(t), " ", level, " [", logger, "] ", *parts)
    if fam == "django-verbose":
        mod = logger.split(".")[-1]
        return L(fam, level, " ", ts_py(t), " ", mod, " ", str(R.choice([4121, 4133, 4187, 5120])), " ",
                 str(R.choice([140211933124416, 140211924731712, 140211916339008])), " ", *parts)
    if fam == "django-std":
        return L(fam, "[", ts_py(t), "] ", level, " ", logger, ": ", *parts)
    raise ValueError(fam)


# ============================================================ generators
FORCE = []


def pickv():
    """Branch selector; the rare-category scheduler may force a branch."""
    return FORCE.pop() if FORCE else R.random()

UA_WEB = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
]
UA_APP = ["PPGKids/4.12.0 (com.ppgkids.app; build:41200; iOS 17.6.1) Alamofire/5.9.1", "okhttp/4.12.0",
          "PPGKids/4.11.3 (com.ppgkids.app; build:41103; iOS 18.1.0) Alamofire/5.9.1"]

API_PATHS = [
    "/api/v2/children/{u}/growth/?chart=cdc_2_20&metric=bmi",
    "/api/v2/children/{u}/immunizations/",
    "/api/v2/children/{u}/forms/?type=sports_physical",
    "/api/v2/children/{u}/appointments/?status=upcoming",
    "/api/v2/proxy/grants/?child={u}",
    "/api/v2/messages/threads/?page=2",
    "/api/v2/billing/statements/?limit=12",
    "/children/{u}/growth/",
    "/children/{u}/vaccines/print/",
    "/forms/physical/{u}/status/",
]
STATIC = ["/static/css/portal.7f3a91c2.css", "/static/js/growth-chart.3b81d0e4.js", "/static/img/logo-ppg@2x.png",
          "/static/fonts/Inter-Var.woff2", "/favicon.ico", "/static/js/vendor.a91c02fd.js"]


def gen_access(phi):
    t = adv()
    k = R.choice(KIDS)
    path = R.choice(API_PATHS).replace("{u}", k["uuid"])
    if not phi:
        v = R.random()
        if v < 0.3:
            return [L("django-runserver", ts_dj(t), ' "GET ', R.choice(STATIC), ' HTTP/1.1" ',
                      R.choice(["200", "200", "304"]), " ", str(R.randint(300, 240000)))]
        if v < 0.5:
            return [L("gunicorn-access", priv_ip(), ' - - ', ts_gu(t), ' "GET /healthz/ HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"')]
        if v < 0.75:
            return [L("gunicorn-access", priv_ip(), " - - ", ts_gu(t), ' "', "GET" if "?" in path or R.random() < 0.7 else "PATCH", " ", path,
                      ' HTTP/1.1" ', R.choice(["200", "200", "200", "304", "403", "404"]), " ", str(R.randint(90, 48000)),
                      ' "https://', HOST, '/dashboard/" "', R.choice(UA_WEB + UA_APP), '"')]
        staff = R.choice([s for s in STAFF if s[2] in ("FD", "RN")])
        return [L("gunicorn-access", priv_ip(), " - ", staff[1], " ", ts_gu(t), ' "GET /staff/proxy-queue/?status=pending&page=',
                  str(R.randint(1, 4)), ' HTTP/1.1" 200 ', str(R.randint(9000, 30000)), ' "https://', HOST,
                  '/staff/" "', UA_WEB[1], '"')]
    v = pickv()
    g = guardian(k)
    if v < 0.45:
        ip = R.choice(k["fam"]["ip"])
        ref = ["https://", HOST, "/children/"]
        if k["fam"]["key"] in CARE_URL and R.random() < 0.7:
            ip = k["fam"]["ip"][0]
            ref = [(CARE_URL[k["fam"]["key"]], "url")]
            path = "/appointments/book/?utm_source=" + ("caringbridge" if "caring" in ref[0][0] else "social")
        return [L("gunicorn-access", (ip, "ip"), " - - ", ts_gu(t), ' "GET ', path, ' HTTP/1.1" ',
                  R.choice(["200", "200", "304"]), " ", str(R.randint(400, 52000)), ' "', ref,
                  '" "', R.choice(UA_WEB + UA_APP), '"')]
    if v < 0.65:
        em = g["email"].replace("@", "%40")
        return [L("gunicorn-access", priv_ip(), " - - ", ts_gu(t), ' "GET /api/v2/guardians/check-email/?email=',
                  (em, "email"), ' HTTP/1.1" ', R.choice(["200", "409"]), " 61 \"https://", HOST,
                  '/proxy/invite/" "', R.choice(UA_WEB), '"')]
    if v < 0.85:
        return [L("django-runserver", ts_dj(t), ' "GET /forms/physical/download/', (k["last"].replace(" ", "_").replace("'", ""), "name"), "_",
                  (k["first"].replace(" ", "_"), "name"), "_sports_physical_2024.pdf HTTP/1.1\" 200 ", str(R.randint(80000, 400000)))]
    k = pick_kid(lambda k: age_years(k["dob"]) >= 12)
    ip = k["ip"]
    return [L("gunicorn-access", (ip, "ip"), " - ", (k["username"], "other_id"), " ", ts_gu(t),
              ' "POST /api/v2/teen/messages/ HTTP/1.1" 201 ', str(R.randint(200, 900)), ' "-" "', UA_APP[1], '"')]


def gen_djreq(phi):
    t = adv()
    k = R.choice(KIDS)
    if not phi:
        opts = [
            ["Not Found: ", R.choice(["/favicon.ico", "/wp-login.php", "/.env", "/api/v2/children/%s/growth/points/" % k["uuid"]])],
            ["Forbidden (CSRF cookie not set.): /forms/physical/upload/"],
            ["Method Not Allowed (GET): /webhooks/twilio/status/"],
            ["Bad Request: /api/v2/proxy/invite/"],
            ["Not Found: /api/v2/visits/VST-%s-%06d/summary/" % (R.choice(["2410", "2411"]), R.randint(1, 999999))],
        ]
        if R.random() < 0.15:
            ip = "%d.%d.%d.%d" % (R.choice([45, 185, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
            return [pylog("ERROR", "django.security.DisallowedHost", "Invalid HTTP_HOST header: '", ip,
                          "'. You may need to add '", ip, "' to ALLOWED_HOSTS.", fam="django-std", t=t)]
        return [pylog(R.choice(["WARNING", "WARNING", "ERROR"]), "django.request", *R.choice(opts), fam="django-std", t=t)]
    g = guardian(k)
    v = pickv()
    if v < 0.4:
        return [
            pylog("ERROR", "django.request", "Internal Server Error: /api/v2/guardians/invite/", fam="django-std", t=t),
            pylog("ERROR", "django.request", 'django.db.utils.IntegrityError: duplicate key value violates unique constraint '
                  '"portal_guardian_email_key" DETAIL:  Key (email)=(', (g["email"], "email"), ") already exists.",
                  fam="django-std", t=small()),
        ]
    if v < 0.7:
        payload = {"child_last_name": P(k["last"], "name"), "child_dob": P(k["dob"].isoformat(), "date"),
                   "relationship": g["rel"].lower(), "school": k["school"] or ""}
        return [pylog("WARNING", "django.request", "Unprocessable Entity: /api/v2/children/link/ payload=", rp(payload),
                      fam="django-std", t=t)]
    k = pick_kid(lambda k: age_years(k["dob"]) >= 12)
    g = guardian(k)
    return [pylog("WARNING", "portal.middleware.audit", "Forbidden: /api/v2/children/", k["uuid"],
                  "/notes/ user=", (g["email"], "email"), " reason=ADOLESCENT_CONFIDENTIAL minor_age=",
                  str(age_years(k["dob"])), fam="django-std", t=t)]


TASKS = [
    "portal.notifications.tasks.send_appointment_reminder", "portal.iis.tasks.query_registry",
    "portal.proxy.tasks.expire_minor_proxies", "portal.growth.tasks.recompute_percentiles",
    "portal.billing.tasks.sync_guarantor", "portal.forms.tasks.ocr_physical_form",
    "portal.notifications.tasks.send_vaccine_due_sms", "portal.billing.tasks.generate_statements",
]


def task_result(task):
    if ".notifications." in task:
        return "{'sid': 'SM%s', 'status': 'queued'}" % hexs(32)
    if ".iis." in task:
        return "{'status': 'OK', 'doses': %d, 'forecast': %d}" % (R.randint(0, 30), R.randint(0, 6))
    if ".growth." in task:
        return "{'points': %d, 'flagged': %d}" % (R.randint(1, 40), R.randint(0, 2))
    if ".forms." in task:
        return "{'form': 'FRM-%s', 'pages': %d}" % (digits(7), R.randint(1, 4))
    return R.choice(["None", "{'status': 'ok', 'processed': %d}" % R.randint(0, 300)])


def task_error(task):
    if ".billing." in task:
        return R.choice(["KeyError('subscriber_id')", "SoftTimeLimitExceeded()"])
    if ".growth." in task:
        return "ValueError('percentile out of range: 100.4')"
    if ".iis." in task:
        return "HL7ParseError('MSH-9 expected RSP^K11, got ACK')"
    return R.choice(["TimeoutError()", "SoftTimeLimitExceeded()"])


def celery_hdr(t, level="INFO", proc=None):
    proc = proc or R.choice(["MainProcess", "ForkPoolWorker-%d" % R.randint(1, 8)])
    return "[" + ts_py(t) + ": " + level + "/" + proc + "] "


def gen_celery(phi):
    tid = uuid4()
    task = R.choice(TASKS)
    if not phi:
        v = R.random()
        out = []
        if v < 0.35:
            out.append(L("celery", celery_hdr(adv(), "INFO", "MainProcess"), "Task ", task, "[", tid, "] received"))
            out.append(L("celery", celery_hdr(adv(0.05, 3), "INFO", "ForkPoolWorker-%d" % R.randint(1, 8)), "Task ", task, "[", tid,
                         "] succeeded in ", "%.9fs" % R.uniform(0.01, 4), ": ", task_result(task)))
        elif v < 0.55:
            out.append(L("celery", celery_hdr(adv(), "WARNING", "ForkPoolWorker-%d" % R.randint(1, 8)), "Task ", task, "[", tid,
                         "] retry: Retry in ", str(R.choice([30, 60, 120, 300])), "s: ",
                         ("ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='icare.dph.illinois.example', port=443): Max retries exceeded with url: /ws/cdc\"))"
                          if ".iis." in task else "TwilioRestException('HTTP 429 error: Too Many Requests')" if ".notifications." in task
                          else "OperationalError('server closed the connection unexpectedly')")))
        elif v < 0.7:
            out.append(L("celery", celery_hdr(adv(), "INFO", "MainProcess"), "Scheduler: Sending due task ",
                         R.choice(["proxy-expiry-sweep (portal.proxy.tasks.expire_minor_proxies)",
                                   "nightly-statements (portal.billing.tasks.generate_statements)",
                                   "iis-backfill (portal.iis.tasks.backfill_histories)",
                                   "reminders-48h (portal.notifications.tasks.queue_reminders)"])))
        elif v < 0.85:
            out.append(L("celery", celery_hdr(adv(), "ERROR", "ForkPoolWorker-%d" % R.randint(1, 8)), "Task ", task, "[", tid,
                         "] raised unexpected: ", task_error(task)))
        else:
            out.append(L("celery", celery_hdr(adv(), "INFO", "MainProcess"), "Connected to redis://redis-celery.internal:6379/0"))
            out.append(L("celery", celery_hdr(small(), "INFO", "MainProcess"), "celery@worker-", hexs(6),
                         " ready. concurrency=8 (prefork) pool=prefork queues=default,iis,sms"))
        return out
    k = R.choice(KIDS)
    g = guardian(k)
    v = pickv()
    if v < 0.3:
        t1 = adv()
        kw = {"dob": P(k["dob"].isoformat(), "date"), "last_name": P(up(k["last"]), "name"),
              "first_name": P(up(k["first"]), "name")}
        return [
            L("celery", celery_hdr(t1, "INFO", "MainProcess"), "Task portal.iis.tasks.query_registry[", tid, "] received"),
            L("celery", celery_hdr(small(), "DEBUG", "MainProcess"),
              "TaskPool: Apply <function fast_trace_task at 0x7f3b2c1d8e50> (args:('portal.iis.tasks.query_registry', '",
              tid, "', {'lang': 'py', 'task': 'portal.iis.tasks.query_registry', 'id': '", tid,
              "', 'retries': 0, 'eta': None, 'root_id': '", tid, "', 'parent_id': None, 'argsrepr': \"('",
              (k["mrn"], "mrn"), "',)\", 'kwargsrepr': \"", rp(kw), "\", 'origin': 'gen4121@web-2'}) kwargs:{})"),
        ]
    if v < 0.55:
        to = g["phone"]
        return [
            L("celery", celery_hdr(adv(), "INFO", "ForkPoolWorker-%d" % R.randint(1, 8)),
              "portal.notifications.tasks.send_appointment_reminder[", tid, "]: reminder appt=APT-",
              str(R.randint(100000, 999999)), " to=", (ph_fmt(to, "e164"), "phone"), " child=",
              (k["first"], "name"), " visit_on=", (d_fmt(TODAY + dt.timedelta(days=R.randint(1, 3)), "iso"), "date"),
              " provider=", R.choice(DOCS)[0]),
            L("celery", celery_hdr(adv(0.1, 2), "INFO", "ForkPoolWorker-%d" % R.randint(1, 8)),
              "Task portal.notifications.tasks.send_appointment_reminder[", tid, "] succeeded in ",
              "%.9fs" % R.uniform(0.2, 1.5), ": ", rp({"sid": "SM" + hexs(32), "to": P(ph_fmt(to, "e164"), "phone"),
                                                        "status": "queued", "segments": 2})),
        ]
    if v < 0.8:
        return [L("celery", celery_hdr(adv(), "INFO", "ForkPoolWorker-%d" % R.randint(1, 8)),
                  "portal.growth.tasks.recompute_percentiles[", tid, "]: ", kid_repr(k, R.choice([0, 1])),
                  " points=", str(R.randint(3, 30)), " chart=", "WHO_0_2" if age_years(k["dob"]) < 2 else "CDC_2_20",
                  " last_visit=", (k["vax"][-1][0].isoformat() if k["vax"] else "2024-10-02", "date"))]
    return [L("celery", celery_hdr(adv(), "ERROR", "ForkPoolWorker-%d" % R.randint(1, 8)),
              "Task portal.billing.tasks.sync_guarantor[", tid, "] raised unexpected: ValidationError({'guarantor_ssn': "
              "['SSN ", (g["ssn"], "ssn"), " does not match clearinghouse record for account ",
              (g["fam"]["ga"], "account"), "']})")]


def gen_proxy(phi):
    fam = R.choice(["pylog-bracket", "django-verbose"])
    if not phi:
        t = adv()
        c12 = TODAY - dt.timedelta(days=365 * 12 + 3)
        msgs = [
            ["proxy expiry sweep started: cutoff_age12=", bday(TODAY, -12).isoformat(), " cutoff_age18=",
             bday(TODAY, -18).isoformat(), " batch=PX-", TODAY.strftime("%Y%m%d"), "-", "%02d" % R.randint(1, 4)],
            ["proxy expiry sweep finished: evaluated=", str(R.randint(1500, 2200)), " downgraded_age12=", str(R.randint(2, 9)),
             " revoked_age18=", str(R.randint(1, 6)), " skipped_court_order=", str(R.randint(0, 2)), " elapsed=",
             "%.2fs" % R.uniform(0.8, 4)],
            ["<ProxyGrant: ProxyGrant object (", str(R.randint(1000, 20000)), ")> scope unchanged (LIMITED -> LIMITED), no-op"],
            ["Adolescent confidentiality policy v3.2 loaded: 14 restricted note types, 6 restricted lab panels"],
            ["front desk user ", R.choice(STAFF[7:])[1], " opened proxy queue: ", str(R.randint(1, 20)), " pending, ",
             str(R.randint(0, 5)), " awaiting ID verification"],
            ["proxy invite ", "INV-" + alnum(8), " expired after 72h (created ", (TODAY - dt.timedelta(days=3)).isoformat(), ")"],
            ["teen consent template TC-12 rendered in ", str(R.randint(20, 300)), "ms (locale=", R.choice(["en-US", "es-US", "vi-VN", "pl-PL"]), ")"],
        ]
        _ = c12
        lvl = "INFO"
        return [pylog(lvl, R.choice(["portal.proxy.services", "portal.proxy.tasks", "portal.staff.views"]), *R.choice(msgs), fam=fam, t=t)]
    v = pickv()
    if v < 0.08:
        f = R.choice([FAMD[x] for x in CARE_URL])
        g = f["adults"][0]
        return [pylog("WARNING", "portal.messaging.linkscan", "external link in secure message thread T-", digits(6), " from ",
                      (full(g), "name"), ": ", (CARE_URL[f["key"]], "url"), " verdict=allow category=crowdfunding/social", fam=fam)]
    if v < 0.15:
        f = FAMD[R.choice(["patel", "okafor", "kim"])]
        g = f["adults"][0]
        pl, st, vn = f["vehicle"]
        vinp = ["'", (vn, "vehicle"), "'"] if R.random() < 0.6 else ["None"]
        return [pylog("INFO", "portal.curbside.views", "CurbsideCheckin(guardian=", guard_repr(g), ", plate='", (pl, "vehicle"),
                      "', plate_state='IL', vin=", vinp, ", spot=", str(R.randint(1, 12)), ", clinic='", R.choice(CLINICS)[0],
                      "')", fam=fam)]
    if v < 0.3:
        k = pick_kid(lambda k: k["first"] in ("Amara", "Fatoumata", "Kenji", "Jaylen"))
        g = guardian(k)
        turns = bday(k["dob"], 12)
        verb = "Downgrading proxy" if (turns - TODAY).days <= 7 else "Scheduling proxy downgrade"
        return [pylog("INFO", "portal.proxy.services", verb, ": grantee=", guard_repr(g), " minor=",
                      kid_repr(k, 1), " dob=", (k["dob"].isoformat(), "date"), " turns_12_on=", (turns.isoformat(), "date"),
                      " reason=AGE_12_CONFIDENTIALITY new_scope=['scheduling', 'billing', 'immunizations']", fam=fam)]
    if v < 0.42:
        k = pick_kid(lambda k: k["first"] in ("Zoë", "Zoë", "Astrid", "Min-jun"))
        g = guardian(k)
        d = {"minor_mrn": P(k["mrn"], "mrn"), "minor_name": P(full(k), "name"), "dob": pydate(k["dob"]),
             "grantee_email": P(g["email"], "email"), "grantee_id": int(g["uid"][2:]),
             "expires_at": Raw("datetime.datetime(", ("%d, %d, %d" % (bday(k["dob"], 18).year, bday(k["dob"], 18).month,
                                                      bday(k["dob"], 18).day), "date"), ", 0, 0, tzinfo=datetime.timezone.utc)"),
             "action": "REVOKE_AT_MAJORITY" if (bday(k["dob"], 18) - TODAY).days <= 7 else "SCHEDULE_REVOKE"}
        verb = "Revoking proxy at majority: " if d["action"] == "REVOKE_AT_MAJORITY" else "Proxy revocation scheduled: "
        return [pylog("INFO", "portal.proxy.tasks", verb, rp(d), fam=fam)]
    if v < 0.52:
        k = pick_kid(lambda k: age_years(k["dob"]) >= 12)
        return [pylog("INFO", "portal.teen.onboarding", "Teen portal account activated: username=", (k["username"], "other_id"),
                      " email=", (k["email"], "email"), " mrn=", (k["mrn"], "mrn"), " invited_by=", R.choice(DOCS)[1], fam=fam)]
    if v < 0.61:
        g = GGMA
        f = g["fam"]
        return [pylog("INFO", "portal.proxy.verification", "Kinship guardian verified: ", (full(g), "name"), " (age ",
                      (str(age_years(g["dob"])), "age"), ") for ", (full(f["kids"][0]), "name"), ", ",
                      (full(f["kids"][1]), "name"), "; letters of guardianship case ", (g["probate"], "other_id"),
                      " (Cook County), verified by ", R.choice(STAFF[7:])[0], fam=fam)]
    if v < 0.77:
        k = pick_kid(lambda k: k["fam"]["key"] not in ("carter", "washington"))
        g = guardian(k)
        return [pylog("INFO", "portal.proxy.verification", "IdentityVerification(guardian=", guard_repr(g),
                      ", doc_type='DL', doc_number='", (g["dl"], "license"), "', issuing_state='IL', dob=", pydate(g["dob"]),
                      ", status='MATCH', vendor_ref='idv_", hexs(16), "')", fam=fam)]
    if v < 0.87:
        k = FAMD["carter"]["kids"][0]
        g = FAMD["carter"]["adults"][0]
        return [pylog("WARNING", "portal.proxy.services", "Foster placement proxy: DCFS case ", (k["dcfs"], "other_id"),
                      " child ", kid_repr(k, 0), " caregiver ", (full(g), "name"), " <", (g["email"], "email"),
                      "> scope=CONSENT_REQUIRES_CASEWORKER caseworker=Tamara Jenkins (DCFS)", fam=fam)]
    k = R.choice(KIDS)
    g = guardian(k)
    tpl = fmr_template(R.randint(180, 320))
    return [pylog("INFO", "kiosk.checkin", "fingerprint match guardian_id=", g["uid"], " name=", name_parts(g, "lf", ", "),
                  " score=", "%.2f" % R.uniform(0.86, 0.99), " kiosk=KIOSK-NAP-0", str(R.randint(1, 3)),
                  " template=", (tpl, "biometric"), fam=fam)]


BOUNDARY = lambda: "----WebKitFormBoundary" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))


def gen_forms(phi):
    lg = "portal.forms.views"
    if not phi:
        v = R.random()
        if v < 0.35:
            return [pylog("DEBUG", lg, "POST /forms/physical/upload/ CONTENT_TYPE='multipart/form-data; boundary=", BOUNDARY(),
                          "' CONTENT_LENGTH=", str(R.randint(40000, 2500000)))]
        if v < 0.6:
            return [pylog("DEBUG", "django.core.files.uploadhandler", "TemporaryFileUploadHandler: chunk ",
                          str(R.randint(1, 8)), "/8 (65536 bytes) -> /tmp/tmp", hexs(8), ".upload.pdf")]
        if v < 0.68:
            kk = pick_kid(lambda k: k["school"] is not None)
            return [pylog("INFO", "portal.forms.delivery", "physical FRM-", digits(7), " faxed to school nurse at ", kk["school"],
                          " fax=", ph_fmt(area_fax(kk), "paren"), " pages=", str(R.randint(2, 4)), " status=", R.choice(["sent", "busy_retry"]))]
        if v < 0.85:
            return [pylog("INFO", "portal.forms.tasks", "OCR finished form=FRM-", digits(7), " pages=", str(R.randint(1, 4)),
                          " template=IHSA_PPE_2024 confidence=", "%.3f" % R.uniform(0.7, 0.99), " fields_extracted=",
                          str(R.randint(20, 60)))]
        return [pylog("WARNING", lg, "rejected upload: size ", str(R.randint(10, 30)), ".4 MB exceeds FILE_UPLOAD_MAX_MEMORY_SIZE (10485760); school=",
                      R.choice([k["school"] for k in KIDS if k["school"]]))]
    k = pick_kid(lambda k: k["school"] is not None)
    g = guardian(k)
    v = pickv()
    if v < 0.15:
        a = fold(k["last"]).replace(" ", "").replace("'", "")
        b = fold(k["first"]).replace(" ", "")
        return [pylog("DEBUG", lg, "request.FILES=<MultiValueDict: {'physical_form': [<InMemoryUploadedFile: IHSA_physical_",
                      (a, "name"), "_", (b, "name"), "_2024.pdf (application/pdf)>]}>")]
    if v < 0.35:
        exam = TODAY - dt.timedelta(days=R.randint(1, 20))
        qd = ["<QueryDict: {'csrfmiddlewaretoken': ['", alnum(32, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
              "'], 'form_type': ['", R.choice(["sports_physical", "school_physical", "camp_health_form"]),
              "'], 'student_name': ['", (full(k), "name"), "'], 'student_dob': ['", (d_fmt(k["dob"], "us"), "date"),
              "'], 'school': ['", k["school"], "'], 'grade': ['", str(max(1, age_years(k["dob"]) - 5)),
              "'], 'sport': ['", R.choice(["soccer", "volleyball", "cross country", "basketball", "wrestling", "swim"]),
              "'], 'parent_phone': ['", (ph_fmt(g["phone"], "paren"), "phone"), "'], 'exam_date': ['",
              (exam.isoformat(), "date"), "'], 'examiner_npi': ['", DOC_NPI[R.choice(DOCS)[1]], "']"]
        if R.random() < 0.5:
            mem = k["medicaid"] or g["member"]
            qd += [", 'insurance_member_id': ['", (mem, "health_plan"), "'], 'insurance_group': ['", k["fam"]["group"], "']"]
        qd.append("}>")
        return [pylog("DEBUG", lg, "request.POST=", qd)]
    if v < 0.45:
        hdr = 'form-data; name="emergency_contact"'
        return [pylog("DEBUG", "portal.forms.multipart", "part #", str(R.randint(4, 12)), " headers={'Content-Disposition': '", hdr,
                      "'} value='", (full(g), "name"), " ", (ph_fmt(g["work"], "dash"), "phone"), "'")]
    if v < 0.55:
        k = CIARAN
        return [pylog("DEBUG", lg, "diabetes_care_plan fields: {'student_id': '", (k["student"], "other_id"),
                      "', 'cgm': 'Dexcom G7', 'cgm_serial': '", (k["cgm"], "device"), "', 'pump': 'Omnipod 5', 'pump_serial': '",
                      (k["pump"], "device"), "', 'carb_ratio': '1:12', 'isf': '45', 'target_bg': '120', 'school_nurse': 'on file'}")]
    if v < 0.72:
        n = R.randint(300, 700)
        return [pylog("DEBUG", lg, "athlete_photo filename='IMG_", digits(4), ".jpg' student=", (full(k), "name"),
                      " preview=data:image/jpeg;base64,", (b64img("jpeg", n), "photo"))]
    if v < 0.87:
        return [pylog("INFO", "portal.forms.delivery", "completed physical FRM-", digits(7), " queued for delivery: ",
                      rp({"method": "fax", "number": P(ph_fmt(g["work"], "paren"), "fax"), "attn": P(full(g), "name"),
                          "cover_from": "PPG Forms Desk", "reply_fax": ph_fmt(CLINIC_FAX, "paren")}))]
    return [pylog("INFO", lg, "student id card parsed: school='", k["school"], "' student_id=", (k["student"], "other_id"),
                  " name=", (full(k), "name"), " grade=", str(max(1, age_years(k["dob"]) - 5)))]


W_ = "2106-3^White^CDCREC"
B_ = "2054-5^Black or African American^CDCREC"
A_ = "2028-9^Asian^CDCREC"
N_ = "1002-5^American Indian or Alaska Native^CDCREC"
NH = "2186-5^not Hispanic or Latino^CDCREC"
HI = "2135-2^Hispanic or Latino^CDCREC"
RACE = {"okafor": (B_, NH), "tran": (A_, NH), "garcia": (W_, HI), "kowalczyk": (W_, NH), "haddad": (W_, NH),
        "brooks": (A_ + "~" + B_, NH), "diallo": (B_, NH), "andersson": (W_, NH), "washington": (B_, NH),
        "patel": (A_, NH), "oconnor": (W_, NH), "carter": (B_, NH), "rossi": (W_, NH), "kim": (A_, NH),
        "begay": (N_, NH), "abramov": (W_, NH)}


def area_fax(k):
    return k["fam"]["area"] + "555" + "%04d" % (1200 + sum(map(ord, k["school"])) % 800)


def xpn(last, first, mid="", t="L"):
    out = [(up(last), "name"), "^", (up(first), "name"), "^"]
    if mid:
        out.append((up(mid), "name"))
    out.append("^^^^" + t)
    return out


def xad(f):
    out = [(up(f["street"]), "address"), "^"]
    if f["apt"]:
        out.append((up(f["apt"]), "address"))
    out += ["^", (up(f["city"]), "address"), "^IL^", (f["zip"], "zip"), "^USA^L"]
    return out


def xtn(p):
    return ["^PRN^PH^^^", (p[:3], "phone"), "^", (p[3:], "phone")]


def hl(*parts):
    return pylog("DEBUG", "iis.hl7", *parts, t=small(), label="iis-hl7")


def gen_hl7(phi):
    k = R.choice(KIDS)
    f = k["fam"]
    mom = [a for a in f["adults"] if a["rel"] in ("MTH", "GRD", "OTH")]
    mom = mom[0] if mom else f["adults"][0]
    ctrl = "Q" + adv().strftime("%Y%m%d%H%M%S") + "%02d" % R.randint(0, 99)
    if not phi:
        v = R.random()
        if v < 0.4:
            return [pylog("INFO", "iis.client", label="iis-hl7", *["RSP^K11 from ICARE ack=AA status=", R.choice(["OK", "OK", "NF", "TM"]),
                          " ctrl=", ctrl, " doses=", str(R.randint(0, 30)), " forecast=", str(R.randint(0, 6)), " elapsed_ms=",
                          str(R.randint(300, 4000)), " endpoint=https://icare.dph.illinois.example/ws/cdc"])]
        if v < 0.6:
            return [hl(">>> MSH|^~\\&|PPGPORTAL|PPG^", ORG_NPI, "^NPI|ICARE|IDPH|", hl7ts(CLK[0]), "||VXQ^V01|", ctrl,
                       "|P|2.3.1|||AL|ER")]
        if v < 0.75:
            return [hl("<<< MSA|AA|", ctrl)]
        if v < 0.9:
            cvx = R.choice(list(VAX))
            return [hl("<<< OBX|", str(R.randint(1, 9)), "|CE|30956-7^vaccine type^LN|", str(R.randint(1, 5)), "|", cvx, "^",
                       VAX[cvx][0], "^CVX||||||F")]
        return [hl("<<< ERR|||103^Table value not found^HL70357|W||||VFC eligibility code V07 not valid for age")]
    v = pickv()
    out = []
    if v < 0.4:
        # VXQ (v2.3.1) request
        qrf5 = ["~", (k["dob"].strftime("%Y%m%d"), "date"), "~IL~", (k["bc"], "other_id"), "~"]
        mssn = R.random() < 0.4
        if k["medicaid"]:
            qrf5.append((k["medicaid"], "health_plan"))
        qrf5 += ["~", (up(mom["last"]), "name"), "^", (up(mom["first"]), "name"), "~"]
        if mom.get("maiden"):
            qrf5 += [(up(mom["maiden"]), "name"), "^", (up(mom["first"]), "name")]
        qrf5 += ["~", (mom["ssn"].replace("-", ""), "ssn") if mssn and "ssn" in mom else "", "~~"]
        out.append(pylog("INFO", "iis.client", "VXQ -> ICARE ctrl=", ctrl, " mrn=", (k["mrn"], "mrn"), " requested_by=",
                         R.choice(STAFF)[1], label="iis-hl7"))
        out.append(hl(">>> QRD|", hl7ts(small())[:14], "|R|I|", ctrl, "|||25^RD|^", (up(k["last"]), "name"), "^",
                      (up(k["first"]), "name"), "^", (up(k["mid"]), "name") if k["mid"] else "",
                      "|VXI^VACCINE INFORMATION^HL70048|^ICARE"))
        out.append(hl(">>> QRF|ICARE|||||", qrf5, "|"))
        return out
    # RSP K11 (v2.5.1)
    out.append(pylog("INFO", "iis.client", "RSP^K11 received ctrl=", ctrl, " bytes=", str(R.randint(1200, 9000)), label="iis-hl7"))
    out.append(hl("<<< MSH|^~\\&|ICARE|IDPH|PPGPORTAL|PPG|", hl7ts(CLK[0]), "||RSP^K11^RSP_K11|", digits(12),
                  "|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS"))
    if R.random() < 0.5:
        out.append(hl("<<< MSA|AA|", ctrl))
        out.append(hl("<<< QAK|", ctrl, "|OK|Z34^Request Immunization History^CDCPHINVS"))
    if v < 0.55:
        out.append(hl("<<< QPD|Z34^Request Immunization History^CDCPHINVS|", ctrl, "|", (k["mrn"], "mrn"), "^^^PPG^MR|",
                      xpn(k["last"], k["first"], k["mid"]), "|", xpn(mom.get("maiden") or mom["last"], mom["first"], "", "M"), "|",
                      (k["dob"].strftime("%Y%m%d"), "date"), "|", k["sex"], "|", xad(f), "|", xtn(mom["phone"])))
    out.append(hl("<<< PID|1||", (k["iis"], "mrn"), "^^^ICARE^SR~", (k["mrn"], "mrn"), "^^^PPG^MR||",
                  xpn(k["last"], k["first"], k["mid"]), "|", xpn(mom.get("maiden") or mom["last"], mom["first"], "", "M"), "|",
                  (k["dob"].strftime("%Y%m%d"), "date"), "|", k["sex"], "||", RACE[f["key"]][0], "|", xad(f), "||", xtn(mom["phone"]),
                  "|||||||||", RACE[f["key"]][1], "||", "Y" if k["first"] in ("Luca", "Sofia") else "N", "|",
                  "2" if k["first"] == "Sofia" else ("1" if k["first"] == "Luca" else "")))
    if R.random() < 0.5:
        out.append(hl("<<< NK1|1|", xpn(mom["last"], mom["first"]), "|", mom["rel"], "^",
                      {"MTH": "Mother", "GRD": "Guardian", "OTH": "Other", "FTH": "Father"}[mom["rel"]], "^HL70063|", xad(f), "|",
                      xtn(mom["phone"])))
    if k["vax"]:
        i0 = R.randint(0, max(0, len(k["vax"]) - 3))
        for (d, cvx, lt, exp, doc) in k["vax"][i0:i0 + R.randint(1, 3)]:
            nm, mvx, mname = VAX[cvx]
            dn = doc[0].replace("Dr. ", "").split()
            hist = d < dt.date(2022, 1, 1)
            out.append(hl("<<< ORC|RE||", str(R.randint(10000000, 99999999)), "^DCS|||||||||^", up(dn[-1]), "^", up(dn[0])))
            out.append(hl("<<< RXA|0|1|", (d.strftime("%Y%m%d"), "date"), "|", (d.strftime("%Y%m%d"), "date"), "|", cvx, "^", nm,
                          "^CVX|", "999" if hist else ("0.5" if cvx not in ("03", "21") else "0.5"), "|",
                          "" if hist else "mL^^UCUM", "||", "01^Historical information - source unspecified^NIP001" if hist else
                          "00^New immunization record^NIP001", "|^", up(dn[-1]), "^", up(dn[0]), "|^^^",
                          R.choice(CLINICS)[0].upper().replace(" ", ""), "||||", lt, "|", exp.strftime("%Y%m%d"), "|", mvx, "^",
                          mname, "^MVX|||CP|A"))
            if R.random() < 0.5:
                out.append(hl("<<< OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|",
                              "V02^VFC eligible - Medicaid/Medicaid Managed Care" if k["medicaid"] else "V01^Not VFC eligible",
                              "^HL70064||||||F|||", (d.strftime("%Y%m%d"), "date"), "|||VXC40^Eligibility captured at the immunization level^CDCPHINVS"))
    return out


def kid_weight(k):
    am = (TODAY - k["dob"]).days / 30.4375
    return 3.4 + am * 0.45 if am < 24 else 12 + (am - 24) * 0.19


def gen_growth(phi):
    t = adv()
    k = R.choice(KIDS)
    am = (TODAY - k["dob"]).days / 30.4375
    chart = "WHO_0_2" if am < 24 else "CDC_2_20"
    wt = round(3.4 + am * 0.45 if am < 24 else 12 + (am - 24) * 0.19, 1)
    ht = round(50 + am * 1.6 if am < 24 else 86 + (am - 24) * 0.52, 1)
    rec = {"timestamp": ts_z(t), "level": "info", "logger": "growth.percentiles", "event": "percentiles_computed",
           "chart": chart, "sex": k["sex"], "age_months": round(am, 1), "weight_kg": wt,
           "weight_pctl": round(R.uniform(3, 97), 1), ("length_cm" if am < 24 else "stature_cm"): ht,
           "height_pctl": round(R.uniform(3, 97), 1)}
    if am >= 24:
        rec["bmi"] = round(wt / (ht / 100) ** 2, 2)
        rec["bmi_pctl"] = round(R.uniform(5, 99), 1)
        rec["bmi_z"] = round(R.uniform(-1.8, 2.2), 2)
    else:
        rec["hc_cm"] = round(35 + am * 0.55, 1)
        rec["hc_pctl"] = round(R.uniform(5, 95), 1)
    rec["request_id"] = hexs(16)
    ea = R.random() < 0.4
    if not phi:
        v = R.random()
        if v < 0.6:
            return [L("growth-json", jp(rec, ea=ea, compact=False))]
        if v < 0.8:
            r2 = {"timestamp": ts_z(t), "level": "warning", "logger": "growth.validate", "event": "biologically_implausible_value",
                  "metric": R.choice(["weight_for_age", "bmi_for_age", "height_for_age"]), "z": round(R.choice([-1, 1]) * R.uniform(5.01, 7.5), 2),
                  "threshold": "|z|>5", "visit_id": "VST-2411-%06d" % R.randint(1, 999999), "action": "flag_for_review"}
            return [L("growth-json", jp(r2, compact=False))]
        r3 = {"timestamp": ts_z(t), "level": "info", "logger": "growth.refdata", "event": "reference_loaded",
              "table": R.choice(["who_wfa_girls_0_24.csv", "cdc_bmiagerev_2022.csv", "fenton_2013_boys.csv"]),
              "rows": R.randint(200, 2000), "sha256": hexs(12)}
        return [L("growth-json", jp(r3, compact=False))]
    v = pickv()
    if v < 0.5:
        d = {"timestamp": rec["timestamp"], "level": "info", "logger": "growth.percentiles", "event": "percentiles_computed",
             "patient_mrn": P(k["mrn"], "mrn"), "dob": P(k["dob"].isoformat(), "date"),
             "measured_on": P((TODAY - dt.timedelta(days=R.randint(0, 40))).isoformat(), "date")}
        for kk in list(rec)[4:]:
            d[kk] = rec[kk]
        return [L("growth-json", jp(d, ea=ea, compact=False))]
    if v < 0.75:
        f = FAMD[R.choice(SCALE_FAMS)]
        k = R.choice(f["kids"])
        d = {"timestamp": rec["timestamp"], "level": "info", "logger": "growth.ingest", "event": "home_scale_reading",
             "scale_mac": P(f["scale_mac"], "device"),
             "model": "Withings Baby Scale BS-2" if age_years(k["dob"]) < 2 else "Withings Body+ WBS05",
             "patient_mrn": P(k["mrn"], "mrn"), "weight_kg": round(kid_weight(k) * R.uniform(0.97, 1.03), 2),
             "battery": R.randint(10, 100)}
        return [L("growth-json", jp(d, compact=False))]
    d = {"timestamp": rec["timestamp"], "level": "info", "logger": "growth.export", "event": "chart_pdf_rendered",
         "patient": P(full(k), "name"), "dob": P(d_fmt(k["dob"], "us"), "date"), "pages": 2,
         "requested_by": R.choice(STAFF)[1], "bytes": R.randint(80000, 300000)}
    return [L("growth-json", jp(d, ea=ea, compact=False))]


def rn_line(level, *parts, ios=None):
    t = adv()
    if ios is None:
        ios = R.random() < 0.4
    if ios:
        return L("rn-ios", ts_ios(t), " PPGKids[", str(R.choice([2211, 2398, 3120])), ":", str(R.randint(60000, 99999)),
                 "] [javascript] ", *parts)
    return L("rn-logcat", ts_lc(t), "  ", str(R.choice([7731, 8012, 9440])), "  ", str(R.randint(7740, 9999)), " ", level,
             " ReactNativeJS: ", *parts)


def gen_rn(phi):
    if not phi:
        opts = [
            ("I", ['Running "PPGKids" with {"rootTag":', str(R.choice([1, 11, 21])), ',"initialProps":{}}']),
            ("I", ["[api] GET /v2/children ", str(R.choice([200, 200, 304])), " (", str(R.randint(80, 900)), "ms)"]),
            ("I", ["[growth] rendering chart ", R.choice(["WHO_0_2", "CDC_2_20"]), " points=", str(R.randint(3, 40)),
                   " width=", str(R.choice([375, 390, 412, 428]))]),
            ("W", ["Require cycle: src/store/index.ts -> src/store/childrenSlice.ts -> src/store/index.ts"]),
            ("W", ["Possible Unhandled Promise Rejection (id: ", str(R.randint(0, 9)),
                   "): TypeError: Cannot read property 'percentile' of undefined"]),
            ("I", ["[push] FCM token registered len=", str(R.choice([152, 163]))]),
            ("I", ["[codepush] update ", "v4.12.", str(R.randint(0, 9)), " label=v", str(R.randint(40, 90)), " installed, restart pending"]),
            ("I", ["'[Proxy] child switcher opened', { count: ", str(R.randint(1, 4)), ", role: 'guardian' }"]),
            ("E", ["[api] POST /v2/forms/physical 413 Payload Too Large (", str(R.randint(1, 9)), ".", str(R.randint(0, 9)), " MB)"]),
        ]
        lvl, parts = R.choice(opts)
        return [rn_line(lvl, *parts)]
    k = R.choice(KIDS)
    g = guardian(k)
    v = pickv()
    if v < 0.3:
        o = {"id": k["uuid"], "firstName": P(k["first"], "name"), "lastName": P(k["last"], "name"),
             "dob": P(k["dob"].isoformat(), "date"), "mrn": P(k["mrn"], "mrn"),
             "proxyScope": "LIMITED" if age_years(k["dob"]) >= 12 else "FULL",
             "school": k["school"]}
        return [rn_line("I", "'[ChildProfile] loaded', ", js(o))]
    if v < 0.42:
        f = FAMD[R.choice(["patel", "okafor", "kim"])]
        pl, st, vn = f["vehicle"]
        o = {"plate": P(pl, "vehicle"), "state": st, "color": R.choice(["silver", "white", "black", "blue"]), "spot": R.randint(1, 12),
             "clinic": R.choice(CLINICS)[0], "apptId": "APT-" + str(R.randint(100000, 999999))}
        if R.random() < 0.5:
            o["vin"] = P(vn, "vehicle")
        return [rn_line("I", "'[Curbside] arrived', ", js(o))]
    if v < 0.55:
        k = pick_kid(lambda k: age_years(k["dob"]) >= 13)
        o = {"username": P(k["username"], "other_id"), "deviceImei": P(k["imei"], "device"), "platform": "android",
             "appVersion": "4.12.0", "biometricEnabled": True}
        return [rn_line("I", "'[TeenAuth] device registered', ", js(o), ios=False)]
    if v < 0.61:
        g = pick_kid(lambda k: k["fam"]["key"] not in ("carter", "washington"))["fam"]["adults"][0]
        o = {"docType": "DRIVERS_LICENSE", "number": P(g["dl"], "license"), "state": "IL",
             "firstName": P(fold(g["first"]).upper(), "name"), "lastName": P(fold(g["last"]).upper(), "name"),
             "expires": "20%02d-%02d-%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28)), "confidence": round(R.uniform(0.8, 0.99), 2)}
        return [rn_line("I", "'[ProxyInvite] ID scanned', ", js(o))]
    if v < 0.64:
        gp = GRANDPA
        o = {"childId": FAMD["begay"]["kids"][0]["uuid"], "emergencyContact": {"name": P(full(gp), "name"), "relation": "grandfather",
                                                                                "age": P(age_years(gp["dob"]), "age"),
                                                                                "phone": P(ph_fmt(gp["phone"], "paren"), "phone")}}
        return [rn_line("I", "'[EmergencyContact] saved', ", js(o))]
    if v < 0.70:
        return [rn_line("I", "[Proxy] switchChild -> ", (full(k), "name"), " (", str(age_years(k["dob"])), "y, scope=",
                        "LIMITED" if age_years(k["dob"]) >= 12 else "FULL", ")")]
    if v < 0.75:
        n = R.randint(250, 550)
        return [rn_line("I", "'[Avatar] upload', { childId: '", k["uuid"], "', uri: 'data:image/jpeg;base64,",
                        (b64img("jpeg", n), "photo"), "' }")]
    if v < 0.87:
        o = {"street": P(g["fam"]["street"], "address"), "unit": P(g["fam"]["apt"], "address") if g["fam"]["apt"] else None,
             "city": P(g["fam"]["city"], "address"), "state": "IL", "zip": P(g["fam"]["zip"], "zip"),
             "phone": P(ph_fmt(g["phone"], "dash"), "phone")}
        return [rn_line("E", "[api] PATCH /v2/guardians/me 400 ", js({"errors": {"zip": ["ZIP does not match city"]}, "sent": o}))]
    return [rn_line("I", "[Auth] login ok email=", (g["email"], "email"), " mfa=sms ***", ph_fmt(g["phone"], "raw")[-4:])]


def gen_sentry(phi):
    t = adv()
    k = R.choice(KIDS)
    g = guardian(k)
    if not phi:
        v = R.random()
        if v < 0.35:
            bc = {"timestamp": float(epoch(t)), "type": "navigation", "category": "navigation",
                  "data": {"from": R.choice(["ChildList", "Home", "Messages"]), "to": R.choice(["GrowthChart", "Vaccines", "Forms", "Billing"])},
                  "level": "info"}
        elif v < 0.75:
            bc = {"timestamp": float(epoch(t)), "type": "http", "category": R.choice(["xhr", "fetch"]),
                  "data": {"method": "GET", "url": "https://" + API + R.choice(API_PATHS[:7]).replace("{u}", k["uuid"]),
                           "status_code": R.choice([200, 200, 401, 500])}, "level": "info"}
        else:
            bc = {"timestamp": float(epoch(t)), "type": "default", "category": "console", "level": "warning",
                  "message": R.choice(["VirtualizedList: You have a large list that is slow to update",
                                       "[growth] missing reference row for age_months=240.5",
                                       "Sending `onAnimatedValueUpdate` with no listeners registered."])}
        return [L("sentry-breadcrumb", jp(bc))]
    v = pickv()
    if v < 0.35:
        u = {"user": {"id": g["uid"], "email": P(g["email"], "email"), "ip_address": P(R.choice(g["fam"]["ip"]), "ip"),
                      "username": P(g["username"], "other_id")}, "tags": {"role": "guardian", "release": "ppgkids@4.12.0+41200"}}
        return [L("sentry-breadcrumb", "Sentry Logger [log]: Setting user context ", jp(u))]
    if v < 0.6:
        bc = {"timestamp": float(epoch(t)), "type": "http", "category": "fetch",
              "data": {"method": "GET", "url": Raw('"https://', API, "/v2/guardians/lookup?email=", (g["email"].replace("@", "%40"), "email"), '"'),
                       "status_code": 404}, "level": "info"}
        return [L("sentry-breadcrumb", jp(bc))]
    if v < 0.8:
        f = R.choice([FAMD[x] for x in CARE_URL])
        bc = {"timestamp": float(epoch(t)), "type": "navigation", "category": "ui.click",
              "message": "Linking.openURL", "data": {"url": P(CARE_URL[f["key"]], "url"), "screen": "MessageThread"}}
        return [L("sentry-breadcrumb", jp(bc))]
    bc = {"timestamp": float(epoch(t)), "type": "default", "category": "console", "level": "log",
          "message": Raw('"[SMS] consent captured for ', (ph_fmt(g["phone"], "e164"), "phone"), " (", (full(g), "name"), ')"')}
    return [L("sentry-breadcrumb", jp(bc))]


SMS_TEMPL = [
    "Hi {p}, reminder: {c} has a well-child visit with {d} on {dt} at {tm}. Reply C to confirm or call (630) 555-0100.",
    "{c} is due for {v}. Book at https://portal.ppgkids.example/book or call (630) 555-0100. Reply STOP to opt out.",
    "PPG Kids: {c}'s sports physical form is ready. Log in to download. Msg&data rates may apply.",
]


def gen_twilio(phi):
    lg = "twilio.http_client"
    if not phi:
        v = R.random()
        if v < 0.6:
            t = adv()
            return [
                pylog("INFO", lg, "-- BEGIN Twilio API Request --", t=t),
                pylog("INFO", lg, "POST Request: https://api.twilio.com/2010-04-01/Accounts/", TW_ACCOUNT, "/Messages.json", t=small()),
                pylog("INFO", lg, "Headers:", t=small()),
                pylog("INFO", lg, "User-Agent : twilio-python/9.3.7 (Linux x86_64) Python/3.12.7", t=small()),
                pylog("INFO", lg, "-- END Twilio API Request --", t=small()),
                pylog("INFO", lg, "Response Status Code: ", R.choice(["201", "201", "429"]), t=small()),
            ][: R.choice([3, 4, 6])]
        if v < 0.8:
            return [pylog("INFO", lg, "Response Headers: {'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '",
                          str(R.randint(700, 1000)), "', 'Twilio-Request-Id': 'RQ", hexs(32), "', 'Twilio-Request-Duration': '0.",
                          "%03d" % R.randint(40, 400), "', 'Twilio-Concurrent-Requests': '1'}")]
        return [pylog("INFO", "portal.notifications.sms", "status callback sid=SM", hexs(32), " status=",
                      R.choice(["sent", "delivered", "delivered", "undelivered"]), " error_code=",
                      R.choice(["None", "None", "30003", "30005"]), " price=-0.00790 USD")]
    k = R.choice(KIDS)
    g = guardian(k)
    v = pickv()
    if v < 0.35:
        tm = R.choice(["8:20 AM", "10:40 AM", "1:15 PM", "3:40 PM", "4:50 PM"])
        d = TODAY + dt.timedelta(days=R.randint(1, 9))
        tpl = R.randint(0, 2)
        parts = ["queued sms sid=SM", hexs(32), " to=", (ph_fmt(g["phone"], "e164"), "phone"), ' body="']
        if tpl == 0:
            parts += ["Hi ", (g["first"].split()[0], "name"), ", reminder: ", (k["first"], "name"),
                      " has a well-child visit with ", R.choice(DOCS)[0], " on ", (d_fmt(d, "us"), "date"), " at ", tm,
                      ". Reply C to confirm or call (630) 555-0100."]
        elif tpl == 1:
            parts += [(k["first"], "name"), " is due for ", R.choice(["flu vaccine", "Tdap + MenACWY", "HPV dose 2", "MMR dose 2"]),
                      ". Book at https://portal.ppgkids.example/book or call (630) 555-0100. Reply STOP to opt out."]
        else:
            parts += ["PPG Kids: ", (k["first"], "name"), "'s sports physical form is ready. Log in to download. Msg&data rates may apply."]
        parts += ['" segments=2']
        return [pylog("INFO", "portal.notifications.sms", *parts)]
    if v < 0.6:
        sid = "SM" + hexs(32)
        body = ["SmsSid=", sid, "&SmsStatus=delivered&MessageStatus=delivered&To=", (ph_fmt(g["phone"], "e164enc"), "phone"),
                "&MessageSid=", sid, "&AccountSid=", TW_ACCOUNT, "&From=%2B1", TWILIO_FROM, "&ApiVersion=2010-04-01"]
        return [pylog("DEBUG", "portal.webhooks.twilio", "POST /webhooks/twilio/status/ X-Twilio-Signature=", alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=",
                      " body=", body)]
    if v < 0.8:
        return [pylog("INFO", "portal.notifications.inbound", "inbound sms from=", (ph_fmt(g["phone"], "e164"), "phone"),
                      " body='", R.choice(["C", "c", "Yes", "STOP", "can we move to thursday?"]), "' matched appt=APT-",
                      str(R.randint(100000, 999999)), " child=", (k["mrn"], "mrn"))]
    return [pylog("WARNING", "portal.notifications.sms", "Twilio error 21610: Attempt to send to unsubscribed recipient to=",
                  (ph_fmt(g["phone"], "e164"), "phone"), " guardian=", guard_repr(g), " -> sms_opt_out=True")]


def bl(level, msg, items, t=None):
    t = t or adv()
    return L("billing-logfmt", lf([("ts", ts_off(t)), ("level", level), ("svc", "billing-api"), ("msg", msg)] + items))


def gen_billing(phi):
    if not phi:
        v = R.random()
        if v < 0.25:
            return [bl("info", "claim batch submitted", [("batch", "CB-" + TODAY.strftime("%Y%m%d") + "-" + digits(3)),
                                                          ("claims", str(R.randint(20, 400))), ("clearinghouse", "availity"),
                                                          ("total_charges", "%.2f" % R.uniform(3000, 90000)), ("dur_ms", str(R.randint(200, 9000)))])]
        if v < 0.45:
            return [bl("info", "era 835 parsed", [("payer", R.choice(["BCBSIL", "UHC", "AETNA", "ILMCD", "CIGNA"])),
                                                  ("trn", "1*" + digits(10) + "*1" + digits(9)), ("claims", str(R.randint(5, 120))),
                                                  ("paid", "%.2f" % R.uniform(1000, 60000)), ("adjustments", str(R.randint(0, 40)))])]
        if v < 0.6:
            return [bl("info", "payment posted", [("pmt", "PMT-" + digits(8)), ("amount", "%.2f" % R.choice([25, 35, 40, 75.5, 120])),
                                                  ("method", "card"), ("token", "tok_1Q" + alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                                                  ("brand", R.choice(["visa", "mastercard"]))])]
        if v < 0.8:
            return [bl("info", "charges captured", [("encounter", "ENC-" + digits(9)), ("visit", "VST-2411-%06d" % R.randint(1, 999999)),
                                                    ("cpt", R.choice(["99393,90460,90461,90715", "99392,90700,90460", "99214,87880", "99394,90651,90460"])),
                                                    ("icd10", R.choice(["Z00.121", "Z00.129", "J02.0", "Z23"])), ("provider_npi", DOC_NPI[R.choice(DOCS)[1]])])]
        return [bl("warn", "dunning run finished", [("statements", str(R.randint(100, 900))), ("second_notice", str(R.randint(5, 80))),
                                                    ("collections_hold", str(R.randint(0, 5))), ("dur_ms", str(R.randint(1000, 30000)))])]
    f = R.choice(FAMS)
    g = f["adults"][0] if f["adults"][0]["rel"] != "FTH" or len(f["adults"]) == 1 else R.choice(f["adults"])
    v = pickv()
    if v < 0.22:
        it = [("guarantor_acct", P(f["ga"], "account")), ("guarantor", P(full(g), "name")),
              ("addr", Raw('"', (f["street"] + (" " + f["apt"] if f["apt"] else ""), "address"), ", ",
                           (f["city"], "address"), ", IL ", (f["zip"], "zip"), '"')),
              ("dependents", str(len(f["kids"]))), ("payer", PAYERS[f["payer"]][0])]
        if f["group"]:
            it.append(("group", f["group"]))
        it.append(("member_id", P(g["member"], "health_plan")))
        # Raw for logfmt: render manually
        out = [("ts", ts_off(adv())), ("level", "info"), ("svc", "billing-api"), ("msg", "guarantor linked")]
        line = L("billing-logfmt", lf(out))
        for kk, vv in it:
            line.add(" ", kk, "=")
            if isinstance(vv, Raw):
                line.add(*vv.parts)
            else:
                line.add(lf([("", vv)])[1:])
        return [line]
    if v < 0.36:
        return [bl("error", "card masking failed; raw PAN in payload", [("guarantor_acct", P(f["ga"], "account")),
                                                                        ("pan", P(f["card"], "account")),
                                                                        ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29))),
                                                                        ("processor", "stripe"), ("incident", "SEC-" + digits(4))])]
    if v < 0.48:
        if f["key"] == "andersson":
            return [bl("info", "autopay mandate created", [("guarantor_acct", P(f["ga"], "account")), ("iban", P(f["iban"], "account")),
                                                           ("bic", "ESSESESS"), ("holder", P(full(g), "name"))])]
        return [bl("info", "ach autopay enrolled", [("guarantor_acct", P(f["ga"], "account")), ("routing", f["routing"]),
                                                    ("account", P(f["bank_acct"], "account")), ("holder", P(full(g), "name")),
                                                    ("verified_via", "microdeposits")])]
    if v < 0.6:
        return [bl("info", "eligibility 271 received", [("member_id", P(g["member"], "health_plan") if f["payer"] != "MCD" else
                                                         P(f["kids"][0]["medicaid"], "health_plan")),
                                                        ("payer", PAYERS[f["payer"]][0]), ("group", f["group"] or "n/a"),
                                                        ("dependent", P(full(f["kids"][0]), "name")),
                                                        ("dob", P(f["kids"][0]["dob"].strftime("%Y%m%d"), "date")),
                                                        ("coverage", "active"), ("copay", "25.00")])]
    if v < 0.66:
        g2 = R.choice(ADULTS)
        return [bl("info", "statement delivery preference changed", [("guarantor_acct", P(g2["fam"]["ga"], "account")),
                                                                     ("from", "mail"), ("to", "fax"),
                                                                     ("fax", P(ph_fmt(g2["work"], R.choice(["dash", "paren", "e164"])), "fax")),
                                                                     ("changed_by", R.choice(STAFF[7:])[1])])]
    if v < 0.73:
        g = GGMA
        f = g["fam"]
        return [bl("warn", "guarantor age check", [("guarantor_acct", P(f["ga"], "account")), ("guarantor", P(full(g), "name")),
                                                   ("age", P(str(age_years(g["dob"])), "age")),
                                                   ("dob", P(g["dob"].isoformat(), "date")), ("rule", "GUARANTOR_AGE_GT_89_REVIEW")])]
    if v < 0.8:
        return [bl("info", "credit check for payment plan", [("guarantor_acct", P(f["ga"], "account")), ("ssn", P(g["ssn"], "ssn")),
                                                             ("bureau", "experian"), ("result", R.choice(["pass", "pass", "refer"])),
                                                             ("plan_months", str(R.choice([3, 6, 12])))])]
    if v < 0.9:
        k = R.choice(f["kids"])
        return [pylog("INFO", "billing.models", "saved <GuarantorAccount: ", (f["ga"], "account"), " (", name_parts(g, "lf", ", "),
                      ")> dependents=[", kid_repr(k, 0), "] balance=Decimal('", "%.2f" % R.uniform(0, 600), "')")]
    gp = GRANDPA
    return [bl("info", "emergency contact updated", [("guarantor_acct", P(FAMD["begay"]["ga"], "account")),
                                                     ("contact", P(full(gp), "name")), ("relation", "grandfather"),
                                                     ("contact_age", P(str(age_years(gp["dob"])), "age")),
                                                     ("contact_phone", P(ph_fmt(gp["phone"], "dot"), "phone"))])]


RARE = [
    (gen_proxy, 0.04), (gen_proxy, 0.90), (gen_forms, 0.65), (gen_billing, 0.76), (gen_proxy, 0.12),
    (gen_forms, 0.80), (gen_rn, 0.50), (gen_proxy, 0.70), (gen_billing, 0.55), (gen_billing, 0.70),
    (gen_sentry, 0.70), (gen_rn, 0.72), (gen_celery, 0.90), (gen_rn, 0.40), (gen_billing, 0.63),
    (gen_growth, 0.60), (gen_rn, 0.58), (gen_rn, 0.62), (gen_billing, 0.40), (gen_proxy, 0.50),
    (gen_forms, 0.50), (gen_forms, 0.95), (gen_billing, 0.45),
]
RI = [0]


def gen_rare(phi):
    if not phi:
        return R.choice([gen_growth, gen_access, gen_celery, gen_twilio])(False)
    g, v = RARE[RI[0] % len(RARE)]
    RI[0] += 1
    FORCE.append(v)
    out = g(True)
    assert not FORCE
    return out


GENS = [
    (gen_access, 12), (gen_djreq, 4), (gen_celery, 10), (gen_proxy, 10), (gen_forms, 9), (gen_hl7, 5),
    (gen_growth, 8), (gen_rn, 10), (gen_sentry, 7), (gen_twilio, 8), (gen_billing, 10), (gen_rare, 8),
]


def main():
    lines = []
    n_phi = 0
    tot_w = sum(w for _, w in GENS)
    while len(lines) < N_LINES:
        r = R.uniform(0, tot_w)
        for g, w in GENS:
            r -= w
            if r <= 0:
                break
        want = (n_phi / max(1, len(lines))) < PHI_SHARE
        for ln in g(want):
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if ln.spans:
                n_phi += 1
    with open(OUT_LOG, "wb") as fl, open(OUT_LAB, "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(lines, 1):
            text = ln.text()
            b = text.encode("utf-8")
            assert "\n" not in text and "\r" not in text, i
            assert len(b) <= 4000, (i, len(b))
            last = 0
            spans = []
            for sp in sorted(ln.spans, key=lambda s: s["s"]):
                assert sp["s"] >= last, ("overlap", i)
                assert b[sp["s"]:sp["e"]] == sp["v"].encode("utf-8"), (i, sp)
                assert sp["e"] > sp["s"]
                last = sp["e"]
                spans.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
