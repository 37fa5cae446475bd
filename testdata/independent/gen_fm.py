#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (theme: county public health department).

Writes fm.log and fm.labels.jsonl next to this file. Standard library only.
Every line is built by concatenation; PHI pieces are recorded with their byte offsets while
they are appended, and every span is asserted against the bytes it was built from.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse
import uuid

SEED = 18_0314
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fm"
N_LINES = 500
BASE = dt.date(2024, 3, 14)
TD = dt.timedelta


# ----------------------------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat=None):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def add(self, pieces):
        for x in pieces:
            if isinstance(x, str):
                self.t(x)
            else:
                self.p(x[0], x[1])
        return self

    def finish(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data[:120]
        assert len(data) <= 4000, (self.family, len(data))
        data.decode("utf-8")
        last = -1
        out = []
        for s, e, cat, b in sorted(self.spans):
            assert data[s:e] == b, (data[s:e], b)
            assert s >= last, "overlap"
            assert e > s
            assert cat in CATS, cat
            last = e
            out.append({"s": s, "e": e, "cat": cat})
        return data, out


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


class S:
    """A string value composed of plain and PHI pieces (for JSON / Ruby / form encoding)."""

    def __init__(self, *pieces):
        self.pieces = pieces


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jp(obj, compact=False, ascii_=False, out=None):
    """JSON -> pieces. tuples (value, cat) are PHI leaves; S are composite strings."""
    if out is None:
        out = []
    isep, ksep = ("," , ":") if compact else (", ", ": ")
    if isinstance(obj, dict):
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(isep)
            out.append(json.dumps(k, ensure_ascii=ascii_) + ksep)
            jp(v, compact, ascii_, out)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(isep)
            jp(v, compact, ascii_, out)
        out.append("]")
    elif isinstance(obj, tuple):
        v, c = obj
        if isinstance(v, str):
            out += ['"', (jesc(v, ascii_), c), '"']
        else:
            out.append((json.dumps(v), c))
    elif isinstance(obj, S):
        out.append('"')
        for x in obj.pieces:
            if isinstance(x, str):
                out.append(jesc(x, ascii_))
            else:
                out.append((jesc(x[0], ascii_), x[1]))
        out.append('"')
    else:
        out.append(json.dumps(obj, ensure_ascii=ascii_))
    return out


def rbesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def rp(obj, out=None):
    """Ruby Hash#inspect (Ruby <= 3.3, as in Rails 'Parameters:' lines) -> pieces."""
    if out is None:
        out = []
    if isinstance(obj, dict):
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out.append('"%s"=>' % rbesc(k))
            rp(v, out)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            rp(v, out)
        out.append("]")
    elif isinstance(obj, tuple):
        out += ['"', (rbesc(obj[0]), obj[1]), '"']
    elif isinstance(obj, S):
        out.append('"')
        for x in obj.pieces:
            out.append(rbesc(x) if isinstance(x, str) else (rbesc(x[0]), x[1]))
        out.append('"')
    elif obj is None:
        out.append("nil")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    else:
        out.append('"%s"' % rbesc(str(obj)))
    return out


def form(pairs):
    """application/x-www-form-urlencoded -> pieces"""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(k + "=")
        if isinstance(v, tuple):
            out.append((urllib.parse.quote_plus(v[0]), v[1]))
        else:
            out.append(urllib.parse.quote_plus(v))
    return out


# ----------------------------------------------------------------------------------------------
# identifier helpers (check digits where the real identifier has one)
# ----------------------------------------------------------------------------------------------
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def ebt_pan():
    body = "507705" + digits(9)
    return body + luhn_digit(body)


def imei():
    body = rng.choice(["35391110", "35875210", "86754304", "35332811"]) + digits(6)
    return body + luhn_digit(body)


VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_value(c):
    return int(c) if c.isdigit() else VIN_TR[c]


def vin():
    wmi = rng.choice(["1HG", "2T1", "JTD", "1FT", "3VW", "5NP", "1G1"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    tail = rng.choice("ABCDEFGH") + rng.choice("ACKLMNTU") + digits(6)
    v = wmi + vds + "0" + tail
    s = sum(vin_value(c) * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def vin_ok(v):
    s = sum(vin_value(c) * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice("0123456789")
            + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice("0123456789") + rng.choice(MBI_A)
            + rng.choice(MBI_A) + rng.choice("0123456789") + rng.choice("0123456789"))


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def public_ip():
    while True:
        a = rng.choice([24, 50, 67, 71, 73, 76, 97, 98, 107, 162, 174, 184, 208])
        ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        return ip


def priv_ip():
    return rng.choice(["10.42.%d.%d", "10.20.%d.%d", "192.168.%d.%d", "172.18.%d.%d"]) % (rng.randint(0, 30), rng.randint(2, 250))


def uid4():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def plate():
    return rng.choice(["%03d %s" % (rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
                       "%s%s %03d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(100, 999))])


def b64_blob(header, n):
    raw = header + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


# ----------------------------------------------------------------------------------------------
# formatting helpers
# ----------------------------------------------------------------------------------------------
def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def f_iso(d):
    return d.strftime("%Y-%m-%d")


def f_us(d):
    return d.strftime("%m/%d/%Y")


def f_hl7(d):
    return d.strftime("%Y%m%d")


def f_short(d):
    return "%d/%d" % (d.month, d.day)


def f_ora(d):
    return d.strftime("%d-%b-%y").upper()


def f_long(d):
    return d.strftime("%b %d, %Y").replace(" 0", " ")


def ph_fmt(p, style=None):
    a, b, c = p[:3], p[3:6], p[6:]
    style = style if style is not None else rng.randint(0, 4)
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c), "%s%s%s" % (a, b, c),
            "%s.%s.%s" % (a, b, c)][style]


def utc(ts):
    return ts + TD(hours=7)  # PDT (-0700) on 2024-03-14


def age_on(dob, ref=BASE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def recent(lo=1, hi=14):
    return BASE - TD(days=rng.randint(lo, hi))


def hl7ts(d, h=None, m=None):
    h = rng.randint(7, 17) if h is None else h
    m = rng.choice([0, 5, 12, 15, 20, 30, 41, 45, 52]) if m is None else m
    return "%s%02d%02d00-0700" % (f_hl7(d), h, m)


# ----------------------------------------------------------------------------------------------
# the county, its staff and facilities (never PHI)
# ----------------------------------------------------------------------------------------------
CITIES = [("Millbrook", ["97401", "97402", "97404"]), ("Fern Hollow", ["97478"]), ("Cascade Junction", ["97426"]),
          ("Alder Point", ["97439"]), ("North Tamsin", ["97448"]), ("Wexley", ["97487"]),
          ("Baird's Crossing", ["97413"]), ("Lorane Springs", ["97451"])]
STREETS = ["Alder", "Juniper", "Willamette", "Coburg", "Wexley", "Mill Race", "Fern Ridge", "Bethel", "Royal",
           "Maxwell", "Irving", "Laurel Hill", "Crescent", "Hayden Bridge", "Old Mohawk", "Jasper", "Tamsin Creek",
           "Garfield", "Polk", "Harlow", "Silver Lane", "Kinney Loop", "River"]
ST_TYPES = ["St", "Ave", "Rd", "Dr", "Ct", "Ln", "Way", "Pl", "Blvd"]
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "SE ", "NW "]

DEPT = {
    "name": "Calder County Public Health", "addr": "2150 Commerce Blvd", "addr2": "Suite 200", "city": "Millbrook",
    "zip": "97401", "main": "5416824100", "ct": "5416827300", "std": "5416824178", "fax": "5416824199",
    "wic": "5416823900", "vitals": "5416823975", "eh": "5416824450",
}
STAFF = [  # (full name, username, role)
    ("Karen Whitlock", "kwhitlock", "DIS"), ("Hanna Okafor", "hokafor", "RN"), ("Amara Chidi", "achidi", "EPI"),
    ("Daniel Kowalczyk", "dkowalczyk", "CT"), ("Mariko Tanaka", "mtanaka", "CT_SUP"), ("Ines Villanueva", "ivillanueva", "NP"),
    ("Fatima Haddad", "fhaddad", "WIC_CPA"), ("Brenda Yazzie", "byazzie", "REGISTRAR"), ("Tomasz Brzezinski", "tbrzezinski", "RN"),
    ("Owen Nakamura-Reyes", "onakamura", "EPI"), ("Priya Raman", "praman", "EHS"), ("Luis Ortega-Blanco", "lortega", "EHS"),
    ("Grace Adeyemi", "gadeyemi", "DIS"), ("Ruth Lindqvist", "rlindqvist", "WIC_CPA"),
]
CT_AGENTS = ["dkowalczyk", "mtanaka", "tbrzezinski", "gadeyemi"]
INSPECTORS = [("Priya Raman", "praman", "EHS-0112"), ("Luis Ortega-Blanco", "lortega", "EHS-0087"), ("Colm Fitzgerald", "cfitzgerald", "EHS-0131")]
OUTBREAKS = [("OB-2024-017", "Norovirus GII", "Sunrise Gardens Care Center"), ("OB-2024-019", "Pertussis", "Wexley Elementary"),
             ("OB-2024-011", "Salmonella Enteritidis", "Casa Jalisco catering event"), ("OB-2023-088", "Influenza A(H3)", "Alder Point Manor")]
FACILITIES = [  # ordering facilities (business addresses; providers are clinicians)
    ("Millbrook Family Medicine", "1120 Garfield St", "Millbrook", "97402", "5416874200", "2.16.840.1.113883.3.8512.1.44"),
    ("Fern Hollow Community Clinic", "455 Main St", "Fern Hollow", "97478", "5419356620", "2.16.840.1.113883.3.8512.1.51"),
    ("Cascade Junction Pediatrics", "88 Depot Ave", "Cascade Junction", "97426", "5419422210", "2.16.840.1.113883.3.8512.1.63"),
    ("PeaceRiver Medical Center ED", "3333 Riverbend Dr", "Millbrook", "97401", "5412224000", "2.16.840.1.113883.3.8512.1.7"),
    ("Calder County Public Health STD Clinic", "2150 Commerce Blvd", "Millbrook", "97401", "5416824178", "2.16.840.1.114222.4.1.217446"),
]
PROVIDERS = [("Okonjo", "Adaeze", "MD"), ("Feldman", "Ruth", "MD"), ("Castellanos", "Marco", "DO"), ("Pham", "Linh", "NP"),
             ("Sorensen", "Erik", "MD"), ("Begay", "Shandiin", "PA")]
PROVIDER_NPI = {p: npi() for p in PROVIDERS}
LABS = [
    ("LabCorp Burlington", "34D0655059", "2.16.840.1.113883.3.1934", "1447 York Court", "Burlington", "NC", "27215"),
    ("Cascadia Reference Laboratory", "38D2049917", "2.16.840.1.113883.3.8512.2.3", "900 Industrial Way", "Tigard", "OR", "97223"),
    ("PeaceRiver Regional Lab", "38D0631875", "2.16.840.1.113883.3.8512.2.9", "3333 Riverbend Dr", "Millbrook", "OR", "97401"),
    ("Oregon State Public Health Laboratory", "38D0613485", "2.16.840.1.114222.4.1.10580", "7202 NE Evergreen Pkwy", "Hillsboro", "OR", "97124"),
]
TESTS = [  # (loinc, desc, result(code^text^sys) or None for numeric, spec code, spec text, condition code, condition, pa)
    ("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory specimen by NAA with probe detection", "260373001^Detected^SCT",
     "258500001", "Nasopharyngeal swab", "11065", "COVID-19", "GCD"),
    ("43913-3", "Bordetella pertussis DNA [Presence] in Nasopharynx by NAA with probe detection", "260373001^Detected^SCT",
     "258500001", "Nasopharyngeal swab", "10190", "Pertussis", "GCD"),
    ("21613-5", "Chlamydia trachomatis DNA [Presence] in Specimen by NAA with probe detection", "10828004^Positive^SCT",
     "122575003", "Urine specimen", "10274", "Chlamydia trachomatis infection", "STD"),
    ("24111-7", "Neisseria gonorrhoeae DNA [Presence] in Specimen by NAA with probe detection", "10828004^Positive^SCT",
     "122575003", "Urine specimen", "10280", "Gonorrhea", "STD"),
    ("20507-0", "Reagin Ab [Presence] in Serum by RPR", "11214006^Reactive^SCT", "119364003", "Serum specimen", "10311",
     "Syphilis, primary", "STD"),
    ("625-4", "Bacteria identified in Stool by Culture", "27268008^Salmonella^SCT", "119339001", "Stool specimen", "11000",
     "Salmonellosis", "GCD"),
    ("32781-7", "Legionella pneumophila 1 Ag [Presence] in Urine", "10828004^Positive^SCT", "122575003", "Urine specimen",
     "10490", "Legionellosis", "GCD"),
]
FUNERAL_HOMES = [("Pruitt & Sons Funeral Home", "FE-0412", "770 Harlow Rd", "Millbrook", "97401", "5417442210", "5417442219", ("Gordon Pruitt", "FD-1187")),
                 ("Fern Hollow Mortuary & Crematory", "FE-0388", "12 Coburg Ave", "Fern Hollow", "97478", "5419355100", "5419355109", ("Renata Kowal", "FD-1203")),
                 ("Cascade Cremation Services", "FE-0451", "4040 Industrial Pkwy", "Millbrook", "97402", "5416890077", "5416890078", ("Samuel Ito", "FD-1342"))]
CERTIFIERS = [("Samuel Adeyemi", "MD", "MD-24517"), ("Joanna Whitaker", "DO", "DO-07731"), ("Kwame Mensah", "MD", "MD-31108")]

# ----------------------------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------------------------
ORIGINS = [
    dict(F=["Mai", "Lan", "Thảo", "Hương", "Ngọc Anh", "Linh"], M=["Minh", "Tuấn", "Quang", "Đức", "Bảo"],
         L=["Nguyễn", "Trần", "Huỳnh", "Phạm", "Đặng", "Võ"], mid={"F": ["Thị"], "M": ["Văn", "Hữu"]}),
    dict(F=["María José", "Guadalupe", "Xóchitl", "Yesenia", "Lucía", "Marisol"], M=["José Luis", "Jesús", "Rigoberto", "Efraín", "Joaquín"],
         L=["Salgado Ruiz", "Hernández", "Cux Tzoc", "Ramírez", "Ochoa", "Pérez Tzul", "Quiñónez"]),
    dict(F=["Hodan", "Faadumo", "Ayaan", "Sahra"], M=["Abdirahman", "Mohamed", "Liban", "Abdiwali"], L=["Warsame", "Farah", "Jama", "Hirsi", "Osman"]),
    dict(F=["Oksana", "Tetiana", "Svitlana", "Yuliia"], M=["Dmytro", "Serhiy", "Vasyl", "Bohdan"], L=["Hrytsenko", "Kovalchuk", "Shevchuk", "Melnyk", "Bondarenko"]),
    dict(F=["Harpreet", "Gurleen", "Simran", "Navjot"], M=["Jaskaran", "Manpreet", "Rajinder", "Gurpreet"], L=["Sandhu", "Gill", "Dhaliwal", "Brar", "Grewal"]),
    dict(F=["Jemima", "Losaline", "Mele"], M=["Tavita", "Kobar", "Iosefa"], L=["Lakabung", "Faleolo", "Jibas", "Tuiasosopo", "Anjain"]),
    dict(F=["Rosalinda", "Maricel", "Jonalyn"], M=["Rodel", "Jericho", "Efren"], L=["Dimaculangan", "Villanueva", "Macapagal", "Bautista"]),
    dict(F=["Xiaoling", "Ji-woo", "Yuki"], M=["Wei", "Seung-hoon", "Haruto"], L=["Zhang", "Liu", "Park", "Choi", "Takahashi"]),
    dict(F=["Chiamaka", "Meseret", "Selamawit", "Adaeze"], M=["Chinedu", "Oluwaseun", "Tesfaye", "Yonas"],
         L=["Okonkwo", "Adeyemi", "Bekele", "Gebremedhin", "Tesfamariam"]),
    dict(F=["Brianna", "Siobhan", "Kaylee", "Ingrid", "Zoë"], M=["Tyler", "Cody", "Declan", "Søren", "Wade"],
         L=["McAllister", "O'Sullivan", "Whitaker", "Lindqvist", "Pruitt", "Haskins"]),
    dict(F=["Rania", "Noor", "Layla"], M=["Yousef", "Karim", "Omar"], L=["Al-Khatib", "Haddad", "Nasser", "Darwish"]),
    dict(F=["Nadège", "Roselande"], M=["Jean-Baptiste", "Wilner"], L=["Pierre-Louis", "Joseph", "Dorvil"]),
    dict(F=["Shandiin", "Winona"], M=["Darrell", "Kele"], L=["Begay", "Yazzie", "Tsosie"]),
]
LANGS = ["vi", "es", "so", "uk", "pa", "mh", "tl", "zh", "am", "en", "ar", "ht", "en"]
LANG_NAME = {"vi": "Vietnamese", "es": "Spanish", "so": "Somali", "uk": "Ukrainian", "pa": "Punjabi", "mh": "Marshallese",
             "tl": "Tagalog", "zh": "Chinese", "am": "Amharic", "en": "English", "ar": "Arabic", "ht": "Haitian Creole"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "comcast.net", "aol.com"]


class Person:
    pass


_seen_ids = set()


def uniq(f):
    while True:
        v = f()
        if v not in _seen_ids:
            _seen_ids.add(v)
            return v


def phone_num():
    area = rng.choice(["541", "541", "541", "458", "971", "503"])
    if rng.random() < 0.72:
        return area + "55501" + digits(2)
    return area + rng.choice(["3", "4", "7", "9"]) + digits(2) + digits(4)


def make_person(days_lo, days_hi, origin=None, sex=None, last=None, street=None):
    p = Person()
    og = origin or rng.choice(ORIGINS)
    p.origin = og
    p.lang = LANGS[ORIGINS.index(og)] if rng.random() < 0.7 else "en"
    p.sex = sex or rng.choice("FM")
    p.first = rng.choice(og["F"] if p.sex == "F" else og["M"])
    p.last = last or rng.choice(og["L"])
    if "mid" in og:
        p.middle = rng.choice(og["mid"][p.sex])
    else:
        p.middle = rng.choice(["", "", "", "A", "R", "M", "J", "E"])
    p.fa, p.la, p.ma = fold(p.first), fold(p.last), fold(p.middle)
    p.dob = BASE - TD(days=rng.randint(days_lo, days_hi))
    p.age = age_on(p.dob)
    if street:
        p.street, p.city, p.zip = street
    else:
        num = rng.randint(12, 9899)
        st = "%d %s%s %s" % (num, rng.choice(DIRS), rng.choice(STREETS), rng.choice(ST_TYPES))
        if rng.random() < 0.35:
            st += rng.choice([" Apt %d%s" % (rng.randint(1, 4), rng.choice("ABCD")), " Unit %d" % rng.randint(1, 40),
                              " #%d" % rng.randint(101, 420), " Spc %d" % rng.randint(1, 80)])
        city, zips = rng.choice(CITIES)
        p.street, p.city, p.zip = st, city, rng.choice(zips)
    p.phone = uniq(phone_num)
    p.phone2 = uniq(phone_num)
    loc = (p.fa.split()[0] + "." + p.la.replace(" ", "").replace("'", "")).lower() if rng.random() < .5 else \
        (p.fa[0] + p.la.replace(" ", "").replace("'", "").replace("-", "")).lower() + str(rng.randint(1, 99))
    p.email = loc + "@" + rng.choice(EMAIL_DOM)
    p.ssn = uniq(ssn)
    p.mrn = uniq(lambda: rng.choice(["E", "M", ""]) + digits(rng.choice([7, 8])))
    p.psn = uniq(lambda: "PSN1%07dCA01" % rng.randint(40000, 99999))
    p.cas = uniq(lambda: "CAS1%07dCA01" % rng.randint(30000, 45999))
    p.ct = uniq(lambda: "CT-24-%06d" % rng.randint(1000, 2400))
    p.con = uniq(lambda: "CON-%07d" % rng.randint(80000, 99999))
    p.std = uniq(lambda: "STD-%07d" % rng.randint(40000, 49999))
    p.wic = uniq(lambda: "%010d" % rng.randint(4100000000, 4109999999))
    p.hh = uniq(lambda: "HH-%07d" % rng.randint(200000, 299999))
    p.medicaid = uniq(lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(2)) + digits(5) + rng.choice("ABCDEFGHJKLMNPRSTWXY"))
    p.dl = uniq(lambda: digits(rng.choice([7, 8])))
    p.iis = uniq(lambda: "%09d" % rng.randint(100000000, 999999999))
    p.plate = uniq(plate)
    p.vin = uniq(vin)
    p.imei = uniq(imei)
    p.mbi = uniq(mbi)
    p.ip = uniq(public_ip)
    p.cert = uniq(lambda: "2024-%03d-%05d" % (rng.choice([101, 136, 141]), rng.randint(100, 9999)))
    p.bcert = uniq(lambda: "%s-%03d-%05d" % (p.dob.year, rng.choice([101, 136, 141]), rng.randint(100, 9999)))
    p.pan = uniq(ebt_pan)
    p.handle = (p.fa.split()[0] + "." + p.la.split()[0].replace("'", "")).lower() + "." + str(rng.randint(10, 99))
    return p


ADULTS = [make_person(18 * 365, 64 * 365) for _ in range(36)]
# kids share a guardian's surname and home
GUARDIANS = [a for a in ADULTS if 19 <= a.age <= 45][:14]
KIDS = []
for g in GUARDIANS:
    for _ in range(rng.choice([1, 1, 2])):
        k = make_person(20, 12 * 365, origin=g.origin, last=g.last, street=(g.street, g.city, g.zip))
        k.guardian = g
        k.phone = g.phone
        k.mom_first = g.first if g.sex == "F" else rng.choice(g.origin["F"])
        k.mom_maiden = rng.choice([x for x in g.origin["L"] if x != g.last])
        k.dad_first = g.first if g.sex == "M" else rng.choice(g.origin["M"])
        KIDS.append(k)
INFANTS = [k for k in KIDS if k.age < 5]
ELDERS = []
for _ in range(9):
    e = make_person(76 * 365, 99 * 365)
    rel = rng.choice(["Daughter", "Son", "Spouse", "Niece", "Grandson", "Daughter"])
    isex = {"Daughter": "F", "Son": "M", "Niece": "F", "Grandson": "M", "Spouse": "M" if e.sex == "F" else "F"}[rel]
    lo, hi = {"Spouse": (70, 95), "Grandson": (20, 40)}.get(rel, (40, 68))
    while True:
        inf = make_person(lo * 365, hi * 365, origin=e.origin, sex=isex, last=e.last)
        if inf.first != e.first:
            break
    inf.rel = rel
    e.informant = inf
    e.dod = BASE - TD(days=rng.randint(2, 9))
    e.county = rng.choice(["Calder", "Calder", "Tamsin"])
    e.at_home = rng.random() < 0.4
    e.place = rng.choice(["PeaceRiver Medical Center", "Alder Point Manor (nursing home)", "Hospice House of Calder"])
    ELDERS.append(e)
OLD = [e for e in ELDERS if e.age > 89]
assert len(OLD) >= 2
STD_PTS = [a for a in ADULTS if a.age <= 45]
CASE_PTS = ADULTS[:24] + KIDS[:8]


def pick(pool):
    # skew towards the first members so that people recur across lines
    i = min(int(rng.expovariate(1 / (len(pool) / 2.5))), len(pool) - 1)
    return pool[i]


_CYC = {}


def cyc(key, n):
    """Next template index for `key`: every template once per pass, in a seeded shuffled order."""
    q = _CYC.setdefault(key, [])
    if not q:
        q.extend(rng.sample(range(n), n))
    return q.pop()


def age_piece(a):
    return (str(a), "age") if a > 89 else str(a)


# ----------------------------------------------------------------------------------------------
# family: NBS (NEDSS Base System, WildFly server.log)
# ----------------------------------------------------------------------------------------------
NBS_CAT = ["gov.cdc.nedss.webapp.nbs.action.pagemanagement.PageAction",
           "gov.cdc.nedss.systemservice.ejb.entitycontrollerejb.bean.EntityControllerBean",
           "gov.cdc.nedss.act.publichealthcase.ejb.bean.PublicHealthCaseEJB",
           "gov.cdc.nedss.elr.ejb.msgprocessor.helper.ELRPersonMatchHelper",
           "gov.cdc.nedss.systemservice.util.AddressGeocoder",
           "gov.cdc.nedss.webapp.nbs.action.locator.LocatorNoteAction",
           "gov.cdc.nedss.entity.person.helper.PatientRevisionHelper",
           "gov.cdc.nedss.tb.vdot.VdotAssetService",
           "gov.cdc.nedss.wum.workqueue.WorkQueueService",
           "gov.cdc.nedss.notification.NotificationProcessor",
           "gov.cdc.nedss.deduplication.DeDuplicationProcessor",
           "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
           "com.arjuna.ats.arjuna",
           "org.wildfly.extension.undertow",
           "gov.cdc.nedss.security.SecurityLogger"]


def nbs_line(ts, level, cat, thread=None):
    thread = thread or rng.choice(["default task-%d" % rng.randint(1, 64), "EJB default - %d" % rng.randint(1, 16),
                                   "ELRImportJob-worker-%d" % rng.randint(1, 4), "ServerService Thread Pool -- %d" % rng.randint(60, 90)])
    L = Line("nbs-wildfly")
    L.t("%s,%03d %-5s [%s] (%s) " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, level, cat, thread))
    return L


def fam_nbs(ts, want):
    out = []
    if want:
        k = cyc("fam_nbs.0", 10)
        p = pick(CASE_PTS)
        t = rng.choice(TESTS)
        if k == 0:
            L = nbs_line(ts, "INFO", NBS_CAT[2])
            L.add(["Investigation ", (p.cas, "other_id"), " created for patient ", (p.psn, "mrn"), " (", (p.la.upper(), "name"), ", ",
                   (p.fa.upper(), "name"), ") condition=%s %s jurisdiction=CALDER program_area=%s by %s" % (t[5], t[6], t[7], rng.choice(["kwhitlock", "achidi", "onakamura"]))])
        elif k == 1:
            L = nbs_line(ts, "INFO", NBS_CAT[3], "ELRImportJob-worker-%d" % rng.randint(1, 4))
            L.add(["ELR person match: NBS_interface_uid=%d PID-5 '" % rng.randint(20344000, 20349999), (p.la.upper(), "name"), "^",
                   (p.fa.upper(), "name"), "' PID-7 ", (f_hl7(p.dob), "date"), " -> ", (p.psn, "mrn"),
                   " score=0.%d rule=LN_FN_DOB_ZIP zip=" % rng.randint(88, 99), (p.zip, "zip")])
        elif k == 2:
            L = nbs_line(ts, "WARN", NBS_CAT[4])
            L.add(["Geocode no_match for ", (p.psn, "mrn"), ": \"", (p.street, "address"), ", ", (p.city, "address"), ", OR ",
                   (p.zip, "zip"), "\" (provider=SmartyStreets, %d ms, county FIPS 41039 unresolved)" % rng.randint(80, 900)])
        elif k == 3:
            onset = recent(6, 20)
            L = nbs_line(ts, "INFO", NBS_CAT[2])
            L.add(["Investigation ", (p.cas, "other_id"), " saved: onset_dt=", (f_us(onset), "date"), " diagnosis_dt=",
                   (f_us(onset + TD(days=3)), "date")])
            if rng.random() < 0.5:
                L.add([" hsptlzd_ind=Y admit_dt=", (f_us(onset + TD(days=4)), "date"), " discharge_dt=", (f_us(onset + TD(days=7)), "date")])
            else:
                L.t(" hsptlzd_ind=N")
            L.add([" age_reported=", age_piece(p.age), " age_unit=Y mmwr_week=%d version_ctrl_nbr=%d" % (rng.randint(8, 11), rng.randint(1, 6))])
        elif k == 4:
            ob = rng.choice(OUTBREAKS)
            L = nbs_line(ts, "INFO", NBS_CAT[2])
            L.add(["Investigation ", (p.cas, "other_id"), " status OPEN->CLOSED case_class_cd=C (Confirmed) outbreak=%s notif=NOT1%07dCA01 by %s" %
                   (ob[0], rng.randint(10000, 99999), rng.choice(["achidi", "onakamura"]))])
        elif k == 5:
            a = pick(ADULTS)
            L = nbs_line(ts, "INFO", NBS_CAT[5])
            L.add(["Locator note added to ", (a.cas, "other_id"), " by %s: DMV hit OR DL# " % rng.choice(["kwhitlock", "gadeyemi"]), (a.dl, "license"),
                   " res '", (a.street, "address"), "' ", (a.city, "address"), "; veh %d %s plate OR " % (rng.randint(2004, 2019), rng.choice(["Honda Civic", "Toyota Corolla", "Ford F-150", "Nissan Sentra"])),
                   (a.plate, "vehicle"), " VIN ", (a.vin, "vehicle"), "; FV attempt 1 no answer"])
        elif k == 6:
            e = rng.choice(ELDERS)
            L = nbs_line(ts, "INFO", NBS_CAT[6])
            L.add(["Payer updated for ", (e.psn, "mrn"), ": primary=MEDICARE MBI=", (e.mbi, "health_plan"), " secondary=OHP id=",
                   (e.medicaid, "health_plan"), " (group %s not stored)" % rng.choice(["GRP-004411", "120044", "OHP-CCO-7"])])
        elif k == 7:
            a = pick(ADULTS)
            L = nbs_line(ts, "INFO", NBS_CAT[7])
            L.add(["vDOT loaner issued: asset CCPH-AST-%04d model=Moto G Play IMEI " % rng.randint(100, 400), (a.imei, "device"), " to ",
                   (a.psn, "mrn"), " (", (a.first + " " + a.last, "name"), ") cell ", (ph_fmt(a.phone, 1), "phone"), " TB case ", (a.cas, "other_id"),
                   " issued_by=tbrzezinski"])
        elif k == 8:
            e = rng.choice(OLD)
            dod = e.dod
            L = nbs_line(ts, "INFO", NBS_CAT[6])
            L.add(["Patient ", (e.psn, "mrn"), " deceased_ind_cd=Y deceased_time=", (f_iso(dod) + " 00:00:00.0", "date"), " age_at_death=",
                   age_piece(age_on(e.dob, dod)), " source=EDRS match"])
        else:
            L = nbs_line(ts, "ERROR", NBS_CAT[1])
            L.add(["EJBException saving PersonVO for ", (p.psn, "mrn"), " (", (p.la.upper() + ", " + p.fa.upper(), "name"), ", DOB ",
                   (f_ora(p.dob), "date"), "): ORA-12899: value too large for column \"NBS_ODSE\".\"POSTAL_LOCATOR\".\"STREET_ADDR1\" (actual: 61, maximum: 50)"])
            out.append(L)
            for fr in ["org.hibernate.exception.DataException: could not execute batch",
                       "\tat gov.cdc.nedss.entity.person.dao.PersonDAOImpl.store(PersonDAOImpl.java:%d)" % rng.randint(200, 900),
                       "\tat gov.cdc.nedss.systemservice.ejb.entitycontrollerejb.bean.EntityControllerBean.setPatientRevision(EntityControllerBean.java:%d)" % rng.randint(1000, 3000)]:
                F = Line("java-stacktrace")
                F.t(fr)
                out.append(F)
            return out
        out.append(L)
        return out
    k = cyc("fam_nbs.1", 14)
    if k == 0:
        L = nbs_line(ts, "INFO", "gov.cdc.nedss.elr.ELRImportJob", "ELRImportJob-worker-1")
        L.t("ELR staging poll: %d messages in NBS_MSGOUTE.NBS_interface where record_status_cd='QUEUED'" % rng.randint(0, 60))
    elif k == 1:
        L = nbs_line(ts, "INFO", "gov.cdc.nedss.elr.ELRImportJob", "ELRImportJob-worker-%d" % rng.randint(1, 4))
        L.t("Processed NBS_interface_uid=%d -> OBS1%07dCA01 (jurisdiction=CALDER, program_area=%s) in %d ms" %
            (rng.randint(20344000, 20349999), rng.randint(40000, 99999), rng.choice(["STD", "GCD", "HEP", "TB"]), rng.randint(90, 4000)))
    elif k == 2:
        ob = rng.choice(OUTBREAKS)
        L = nbs_line(ts, "INFO", NBS_CAT[2])
        L.t("Outbreak %s (%s, %s): %d investigations linked, last update %s by %s" %
            (ob[0], ob[1], ob[2], rng.randint(3, 40), f_iso(recent(0, 3)), rng.choice(["achidi", "onakamura"])))
    elif k == 3:
        L = nbs_line(ts, "INFO", NBS_CAT[8])
        st = rng.choice(STAFF)
        L.t("Work queue item WQ-2024-%06d created: type=%s priority=%d assignee=%s (%s)" %
            (rng.randint(4000, 4999), rng.choice(["SUPERVISOR_REVIEW", "ELR_REVIEW", "CASE_ASSIGNMENT", "NOTIFICATION_APPROVAL"]), rng.randint(1, 3), st[1], st[0]))
    elif k == 4:
        L = nbs_line(ts, "INFO", NBS_CAT[9])
        L.t("Notification NOT1%07dCA01 queued for CDC (condition %s, MMWR wk %d) route=PHINMS ccph_to_cdc status=APPROVED" %
            (rng.randint(10000, 99999), rng.choice(["10190", "11065", "10274", "11000"]), rng.randint(8, 11)))
    elif k == 5:
        st = rng.choice(STAFF)
        L = nbs_line(ts, "INFO", NBS_CAT[14])
        L.t("User '%s' (%s) logged in from %s roles=[%s] session=%s" % (st[1], st[0], priv_ip(), st[2], hexs(32).upper()))
    elif k == 6:
        L = nbs_line(ts, "INFO", NBS_CAT[10])
        L.t("DeDuplication batch %s: %s persons scanned, %d merge candidates, threshold 0.92, elapsed %d s" %
            (f_hl7(BASE), "{:,}".format(rng.randint(1500, 4000)), rng.randint(3, 30), rng.randint(40, 400)))
    elif k == 7:
        L = nbs_line(ts, "INFO", NBS_CAT[2])
        L.t("Local id block reserved: CAS1%07dCA01..CAS1%07dCA01 (seq LOCAL_UID_GENERATOR, class PHC)" % (46000 + 100 * rng.randint(0, 9), 46099 + 100 * rng.randint(0, 9)))
    elif k == 8:
        L = nbs_line(ts, "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper")
        L.t("ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff0a2a%04x:-%s:65f2c%03x:%d in state  RUN" %
            (rng.randint(0, 65535), hexs(7), rng.randint(0, 4095), rng.randint(100, 9999)))
    elif k == 9:
        L = nbs_line(ts, "ERROR", NBS_CAT[11])
        L.t("ORA-00001: unique constraint (NBS_ODSE.PK_NBS_INTERFACE) violated")
    elif k == 10:
        L = nbs_line(ts, "INFO", "gov.cdc.nedss.report.MsgOutProcessor")
        nmsg, nrej = rng.randint(5, 40), rng.randint(0, 3)
        L.t("Case notification batch to CDC NMI: %d messages, %d accepted, %d rejected (Jira NBS-%d workaround: skip null race_cd)" %
            (nmsg, nmsg - nrej, nrej, rng.randint(4000, 4999)))
    elif k == 11:
        L = nbs_line(ts, "INFO", "gov.cdc.nedss.systemservice.cache.CachedDropDowns")
        L.t("Reporting facility cache refreshed: %d facilities, %d providers, OID root 2.16.840.1.114222.4.1.217446, took %d ms" %
            (rng.randint(380, 450), rng.randint(2000, 2600), rng.randint(200, 2000)))
    elif k == 12:
        L = nbs_line(ts, "INFO", NBS_CAT[13], "ServerService Thread Pool -- 77")
        L.t("WFLYUT0021: Registered web context: '/nbs' for server 'default-server'")
    else:
        L = nbs_line(ts, "ERROR", NBS_CAT[0])
        L.t("java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"addrVO.getCityDescTxt()\" is null")
        out.append(L)
        for fr in ["\tat gov.cdc.nedss.webapp.nbs.action.pagemanagement.PageAction.setAddress(PageAction.java:%d)" % rng.randint(300, 900),
                   "\tat gov.cdc.nedss.webapp.nbs.action.pagemanagement.PageAction.execute(PageAction.java:%d)" % rng.randint(100, 300),
                   "\tat org.apache.struts.action.RequestProcessor.processActionPerform(RequestProcessor.java:425)",
                   "\t... %d more" % rng.randint(30, 80)]:
            F = Line("java-stacktrace")
            F.t(fr)
            out.append(F)
        return out
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: ELR HL7 ORU^R01 via Mirth Connect
# ----------------------------------------------------------------------------------------------
def mirth_line(ts, level, thread, logger):
    L = Line("mirth")
    L.t("%-5s %s,%03d [%s] %s: " % (level, ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, thread, logger))
    return L


MIRTH_CH = ("ELR_Inbound_MLLP", "6f1c2a9e-41d7-4f0b-9b55-2c1d0e7a8f31")


def xtn(phone, use="PRN"):
    return ["^%s^PH^^1^" % use, (phone[:3] + "^" + phone[3:], "phone")]


LAB_PFX = {"LabCorp Burlington": "LC", "Cascadia Reference Laboratory": "CRL", "PeaceRiver Regional Lab": "PRL",
           "Oregon State Public Health Laboratory": "OSPHL"}


def build_oru(ts, p, lab, test, minor_nk1=None, with_ssn=False):
    fac = rng.choice(FACILITIES[:4])
    prov = rng.choice(PROVIDERS)
    pnpi = PROVIDER_NPI[prov]
    coll = recent(1, 6)
    ctime = hl7ts(coll)
    rtime = hl7ts(coll + TD(days=rng.randint(1, 3)))
    atime = hl7ts(coll + TD(days=1))
    sent = ts - TD(seconds=rng.randint(2, 50))
    ctl = "%s%s%02d" % (LAB_PFX[lab[0]], sent.strftime("%y%m%d%H%M%S"), rng.randint(1, 99))
    acc = rng.choice(["%s-24-%03d-%05d" % (rng.choice(["ACC", "CR", "PR"]), rng.randint(60, 74), rng.randint(0, 99999)), "24%09d" % rng.randint(0, 10 ** 9)])
    spec = "SPC-%06d" % rng.randint(0, 999999)
    placer = "ORD%07d" % rng.randint(0, 9999999)
    segs = []
    segs.append(["MSH|^~\\&|%s^%s^ISO|%s^%s^CLIA|CALDER-NBS^2.16.840.1.114222.4.3.2.2.1.231.1^ISO|CCPH^2.16.840.1.114222.4.1.217446^ISO|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||NE|NE|USA||||PHLabReport-NoAck^ELR251R1_Rcvr_Prof^2.16.840.1.113883.9.11^ISO"
                 % (lab[0].split()[0] + "-ELR", lab[2], lab[0], lab[1], sent.strftime("%Y%m%d%H%M%S") + "-0700", ctl)])
    segs.append(["SFT|Orchard Software Corporation^L^^^^&2.16.840.1.113883.3.1234&ISO^XX^^^1234|%d.%d|Harvest LIS|Build %d||20230811" % (rng.randint(10, 13), rng.randint(0, 9), rng.randint(1000, 9999))])
    pid = ["PID|1||", (p.mrn, "mrn"), "^^^%s&%s&ISO^MR||" % (fac[0].replace(" ", ""), fac[5]), (p.la.upper(), "name"), "^", (p.fa.upper(), "name")]
    if p.ma:
        pid += ["^", (p.ma.upper(), "name")]
    pid += ["^^^^L||", (f_hl7(p.dob), "date"), "|%s||%s|" % (p.sex, rng.choice(["2106-3^White^CDCREC", "2028-9^Asian^CDCREC", "2054-5^Black or African American^CDCREC", "2076-8^Native Hawaiian or Other Pacific Islander^CDCREC", "2131-1^Other Race^CDCREC"])),
            (p.street.upper(), "address"), "^^", (p.city.upper(), "address"), "^OR^", (p.zip, "zip"), "^USA^H||"]
    pid += xtn(p.phone)
    pid += ["|||||"]
    if with_ssn:
        pid += [(p.ssn.replace("-", ""), "ssn")]
    pid += ["||||%s" % rng.choice(["N^Not Hispanic or Latino^HL70189", "H^Hispanic or Latino^HL70189", "U^Unknown^HL70189"])]
    segs.append(pid)
    if minor_nk1:
        g = minor_nk1
        segs.append(["NK1|1|", (g.la.upper(), "name"), "^", (g.fa.upper(), "name"), "|%s|" % ("MTH^Mother^HL70063" if g.sex == "F" else "FTH^Father^HL70063"),
                     (g.street.upper(), "address"), "^^", (g.city.upper(), "address"), "^OR^", (g.zip, "zip"), "^USA^H|"] + xtn(g.phone))
    segs.append(["ORC|RE|%s^%s^%s^ISO|%s^%s^%s^CLIA|||||||||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI||^WPN^PH^^1^%s^%s|||||||%s^L^^^^%s&ISO^XX^^^%d|%s^^%s^OR^%s^USA^B|^WPN^PH^^1^%s^%s|%s^^%s^OR^%s^USA^B"
                 % (placer, fac[0].split()[0].upper(), fac[5], acc, lab[0].split()[0], lab[1], pnpi, prov[0].upper(), prov[1].upper(), fac[4][:3], fac[4][3:],
                    fac[0], fac[5], rng.randint(1000, 9999), fac[1], fac[2], fac[3], fac[4][:3], fac[4][3:], fac[1], fac[2], fac[3])])
    segs.append(["OBR|1|%s^%s^%s^ISO|%s^%s^%s^CLIA|%s^%s^LN|||" % (placer, fac[0].split()[0].upper(), fac[5], acc, lab[0].split()[0], lab[1], test[0], test[1]),
                 (ctime, "date"), "|||||||||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI|^WPN^PH^^1^%s^%s|||||" % (pnpi, prov[0].upper(), prov[1].upper(), fac[4][:3], fac[4][3:]),
                 (rtime, "date"), "|||F"])
    res = test[2]
    segs.append(["OBX|1|CWE|%s^%s^LN||%s||||||F|||" % (test[0], test[1], res), (ctime, "date"), "|||||", (atime, "date"),
                 "||||%s^D^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^%s|%s^^%s^%s^%s^USA^B" % (lab[0], lab[1], lab[3], lab[4], lab[5], lab[6])])
    a = age_on(p.dob, coll)
    segs.append(["OBX|2|NM|35659-2^Age at specimen collection^LN||", age_piece(a), "|a^year^UCUM|||||F|||", (ctime, "date"),
                 "|||||||||%s^D^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^%s" % (lab[0], lab[1])])
    segs.append(["SPM|1|%s&%s&%s&CLIA^%s&%s&%s&CLIA||%s^%s^SCT|||||||||||||" % (spec, lab[0].split()[0], lab[1], acc, lab[0].split()[0], lab[1], test[3], test[4]),
                 (ctime, "date"), "|", (hl7ts(coll + TD(days=1)), "date")])
    return ctl, acc, spec, segs


def fam_mirth(ts, want):
    out = []
    thr = "Channel Dispatch Thread on %s (%s) < pool-2-thread-%d" % (MIRTH_CH[0], MIRTH_CH[1], rng.randint(1, 8))
    if want:
        lab = rng.choice(LABS)
        if rng.random() < 0.35 and KIDS:
            p = pick(KIDS)
            test = TESTS[1]
            nk1 = p.guardian
        else:
            p = pick(CASE_PTS[:24])
            test = rng.choice(TESTS)
            nk1 = None
        ctl, acc, spec, segs = build_oru(ts, p, lab, test, nk1, with_ssn=rng.random() < 0.25)
        if rng.random() < 0.6:
            L = mirth_line(ts, "DEBUG", thr, "transformer")
            L.t("raw inbound message %d: " % rng.randint(88000, 89999))
            for i, s in enumerate(segs):
                if i:
                    L.t("\\r")
                L.add(s)
            out.append(L)
            L2 = mirth_line(ts + TD(milliseconds=40), "INFO", thr, "tcp-listener")
            L2.t("ACK AA sent for control id %s (accession %s, specimen %s)" % (ctl, acc, spec))
            out.append(L2)
        else:
            L = mirth_line(ts, "ERROR", thr, "js-transformer")
            L.t("Transformer error on message %d (control id %s): OBX-5 CWE code not in value set PHVS_LabTestResult; raw message follows:" %
                (rng.randint(88000, 89999), ctl))
            out.append(L)
            for s in segs:
                H = Line("hl7-oru")
                H.add(s)
                out.append(H)
        return out
    k = cyc("fam_mirth.0", 7)
    if k == 0:
        L = mirth_line(ts, "INFO", "TCP Listener on %s (%s)" % MIRTH_CH, "tcp-listener")
        L.t("connection accepted from %s:%d on 0.0.0.0:6661" % (priv_ip(), rng.randint(40000, 65000)))
    elif k == 1:
        L = mirth_line(ts, "INFO", thr, "channel")
        L.t("message %d received, control id %s%s%02d, ORU^R01^ORU_R01, %d segments, %.1f KB" %
            (rng.randint(88000, 89999), rng.choice(["LC", "CRL", "PRL"]), (ts - TD(seconds=rng.randint(1, 30))).strftime("%y%m%d%H%M%S"), rng.randint(1, 99), rng.randint(7, 14), rng.uniform(1.5, 6)))
    elif k == 2:
        L = mirth_line(ts, "WARN", thr, "filter")
        L.t("Filter 'Route to NBS' rejected message %d: MSH-11 processing id 'T' (training), sender CLIA %s" % (rng.randint(88000, 89999), rng.choice(LABS)[1]))
    elif k == 3:
        L = mirth_line(ts, "INFO", thr, "db-writer")
        L.t("Destination 'NBS Staging DB' wrote NBS_interface_uid=%d (jdbc:sqlserver://nbs-db01.calder.local:1433;databaseName=NBS_MSGOUTE) in %d ms" %
            (rng.randint(20344000, 20349999), rng.randint(5, 90)))
    elif k == 4:
        L = mirth_line(ts, "INFO", "Main Server Thread", "com.mirth.connect.server.Mirth")
        L.t("Channel statistics %s: received=%d filtered=%d queued=%d errored=%d sent=%d" %
            (MIRTH_CH[0], rng.randint(300, 500), rng.randint(2, 20), 0, rng.randint(0, 5), rng.randint(280, 480)))
    elif k == 5:
        lab = rng.choice(LABS)
        L = mirth_line(ts, "INFO", thr, "channel")
        L.t("Sender %s (CLIA %s, OID %s) accession %s-24-%03d-%05d specimen SPC-%06d routed to %s" %
            (lab[0], lab[1], lab[2], rng.choice(["ACC", "CR"]), rng.randint(60, 74), rng.randint(0, 99999), rng.randint(0, 999999), rng.choice(["STD", "GCD", "HEP"])))
    else:
        L = mirth_line(ts, "ERROR", "TCP Listener on %s (%s)" % MIRTH_CH, "tcp-listener")
        L.t("java.net.SocketException: Connection reset by peer (remote %s:%d), 0 bytes read" % (priv_ip(), rng.randint(40000, 65000)))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: contact-tracing call center on a Twilio-like platform (Node, winston)
# ----------------------------------------------------------------------------------------------
def sid(prefix):
    return prefix + hexs(32)


ACCT = "AC" + "3f9a6c1e2b7d48e0a5c4f1b2d3e6a790"
MSVC = "MG" + "b52e1f0c9d8a47e6a3b2c1d0e9f8a7b6"


def tw_line(ts, level, comp="ct-dialer"):
    L = Line("twilio-winston")
    u = utc(ts)
    L.t("%s.%03dZ [%s] %s: " % (u.strftime("%Y-%m-%dT%H:%M:%S"), u.microsecond // 1000, comp, level))
    return L


def rfc2822(ts):
    return ts.strftime("%a, %d %b %Y %H:%M:%S +0000")


def fam_twilio(ts, want):
    out = []
    if want:
        k = cyc("fam_twilio.0", 7)
        p = pick(ADULTS)
        if k == 0:
            L = tw_line(ts, "info", "voice-webhook")
            L.t("POST /twilio/voice/status ")
            cst = rng.choice(["completed", "completed", "no-answer", "busy"])
            L.add(form([("AccountSid", ACCT), ("CallSid", sid("CA")), ("CallStatus", cst),
                        ("CallDuration", str(rng.randint(15, 900)) if cst == "completed" else "0"), ("Direction", "outbound-api"), ("From", "+1" + DEPT["ct"]),
                        ("To", ("+1" + p.phone, "phone")), ("ToCity", (p.city.upper(), "address")), ("ToState", "OR"), ("ToZip", (p.zip, "zip")),
                        ("ApiVersion", "2010-04-01")]))
        elif k == 1:
            L = tw_line(ts, "debug", "sms")
            sp = p.origin is ORIGINS[1] and rng.random() < 0.8
            body = S("Salud Pública del Condado de Calder: Hola ", (p.first.split()[0], "name"), ", por favor llámenos al (541) 682-7300 sobre un asunto de salud. Responda STOP para cancelar.") if sp else \
                S("Calder County Public Health: Hi ", (p.first.split()[0], "name"), ", this is %s with the county health dept. Please call us back at (541) 682-7300 about a health matter. Reply STOP to opt out." % rng.choice(["Daniel", "Mariko", "Grace", "Tomasz"]))
            created = utc(ts) - TD(seconds=1)
            msid = sid("SM")
            obj = {"account_sid": ACCT, "api_version": "2010-04-01", "body": body, "date_created": rfc2822(created),
                   "date_sent": None, "date_updated": rfc2822(created), "direction": "outbound-api", "error_code": None,
                   "error_message": None, "from": "+1" + DEPT["ct"], "messaging_service_sid": MSVC, "num_media": "0",
                   "num_segments": "2" if sp else "1", "price": None, "price_unit": "USD", "sid": msid, "status": "accepted",
                   "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json" % (ACCT, msid)},
                   "to": ("+1" + p.phone, "phone"), "uri": "/2010-04-01/Accounts/%s/Messages/%s.json" % (ACCT, msid)}
            L.t("messages.create -> ")
            L.add(jp(obj))
        elif k == 2:
            L = tw_line(ts, "info", "sms-webhook")
            L.add(["inbound sms MessageSid=%s From=" % sid("SM"), ("+1" + p.phone, "phone"), " To=+1%s Body=\"" % DEPT["ct"]])
            L.add(rng.choice([["yes this is ", (p.first.split()[0], "name"), " i can talk after 5"],
                              ["Who is this? my name is ", (p.first + " " + p.last, "name"), " and I got a msg"],
                              ["call me at ", (ph_fmt(p.phone2, 1), "phone"), " thats my work phone"],
                              ["soy ", (p.first.split()[0], "name"), ", mi hijo tiene fiebre desde el ", (f_short(recent(1, 4)), "date")] if p.origin is ORIGINS[1] else
                              ["my son has fever since ", (f_short(recent(1, 4)), "date"), " can I still go to work?"]]))
            L.t("\" NumSegments=1")
        elif k == 3:
            L = tw_line(ts, "info", "disposition")
            L.add(["saved call=%s case=" % sid("CA"), (p.ct, "other_id"), " contact=", (p.con, "other_id"),
                   " outcome=%s attempts=%d agent=%s wrapup=%ds" % (rng.choice(["REACHED_CONSENTED", "LEFT_VM", "WRONG_NUMBER", "REFUSED"]), rng.randint(1, 4), rng.choice(CT_AGENTS), rng.randint(20, 200))])
        elif k == 4:
            L = tw_line(ts, "info", "ivr-verify")
            L.add(["voiceprint enrolled caller=", ("+1" + p.phone, "phone"), " case_ref=", (p.ct, "other_id"), " engine=nuance-gk template=",
                   (b64_blob(b"VPT2\x00\x01", 240), "biometric"), " score_threshold=0.82"])
        elif k == 5:
            L = tw_line(ts, "warn", "ct-dialer")
            L.add(["Twilio error 21211 (Invalid 'To' Phone Number) dialing ", (ph_fmt(p.phone2, 3), "phone"), " for contact ", (p.con, "other_id"),
                   " (", (p.fa + " " + p.la, "name"), "); marking number bad"])
        else:
            L = tw_line(ts, "info", "voice-webhook")
            L.t("POST /twilio/voice/inbound ")
            L.add(form([("AccountSid", ACCT), ("CallSid", sid("CA")), ("CallStatus", "ringing"), ("Caller", ("+1" + p.phone, "phone")),
                        ("CallerCity", (p.city.upper(), "address")), ("CallerState", "OR"), ("CallerZip", (p.zip, "zip")),
                        ("Called", "+1" + DEPT["ct"]), ("Direction", "inbound"), ("From", ("+1" + p.phone, "phone")), ("To", "+1" + DEPT["ct"])]))
        out.append(L)
        return out
    k = cyc("fam_twilio.1", 9)
    if k == 0:
        L = Line("morgan")
        L.t('%s - - [%s] "POST /twilio/voice/status HTTP/1.1" 204 - "-" "TwilioProxy/1.1"' %
            (rng.choice(["54.172.60.%d", "54.244.51.%d", "3.89.101.%d"]) % rng.randint(1, 254), utc(ts).strftime("%d/%b/%Y:%H:%M:%S +0000")))
    elif k == 1:
        L = tw_line(ts, "info", "sms-webhook")
        L.add(form([("MessageSid", sid("SM")), ("MessageStatus", rng.choice(["sent", "delivered", "undelivered"])), ("ErrorCode", ""),
                    ("MessagingServiceSid", MSVC), ("AccountSid", ACCT), ("ApiVersion", "2010-04-01")]))
    elif k == 2:
        L = tw_line(ts, "warn", "sms")
        L.t("Twilio error 21610 (Attempt to send to unsubscribed recipient) for MessageSid=%s, suppressing retries" % sid("SM"))
    elif k == 3:
        L = tw_line(ts, "info", "taskrouter")
        L.t("queue ct_outbound depth=%d oldest=%ds agents_available=%d workspace=WS%s" % (rng.randint(0, 80), rng.randint(0, 1800), rng.randint(0, 9), hexs(32)))
    elif k == 4:
        a = rng.choice(STAFF[3:6])
        L = tw_line(ts, "info", "taskrouter")
        L.t("reservation WR%s accepted by worker WK%s (%s, %s) task WT%s" % (hexs(32), hexs(32), a[0], a[1], hexs(32)))
    elif k == 5:
        L = tw_line(ts, "info", "recordings")
        r = sid("RE")
        L.t("recording %s duration=%ds stored s3://ccph-ct-recordings/%s/%s.wav (kms alias/ct-rec)" % (r, rng.randint(30, 900), ts.strftime("%Y/%m/%d"), r))
    elif k == 6:
        L = tw_line(ts, "info", "ct-dialer")
        L.t("campaign OB-2024-017-followup: %d calls placed, %d answered, %d voicemail, caller id +1%s (main line +1%s)" %
            (rng.randint(20, 90), rng.randint(5, 40), rng.randint(5, 30), DEPT["ct"], DEPT["main"]))
    elif k == 7:
        L = tw_line(ts, "debug", "voice-webhook")
        L.t("X-Twilio-Signature %s validated for https://ct.calderhealth.org/twilio/voice/status" % base64.b64encode(bytes(rng.getrandbits(8) for _ in range(20))).decode())
    else:
        L = tw_line(ts, "error", "ct-dialer")
        L.t("POST https://api.twilio.com/2010-04-01/Accounts/%s/Calls.json failed: 429 Too Many Requests (retry in %d ms)" % (ACCT, rng.choice([500, 1000, 2000])))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: contact-tracing CRM (Python structlog JSON; Salesforce-style exports)
# ----------------------------------------------------------------------------------------------
def iso_z(ts):
    ts = utc(ts)
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % ts.microsecond


def fam_crm(ts, want):
    out = []
    if want:
        k = cyc("fam_crm.0", 4)
        idx = pick(CASE_PTS[:24])
        if k in (0, 1):
            contacts = []
            for _ in range(rng.randint(1, 3)):
                c = pick(ADULTS[6:] + KIDS)
                last = recent(2, 9)
                cd = {"contact_id": (c.con, "other_id"), "name": {"given": (c.first, "name"), "family": (c.last, "name")},
                      "relationship": rng.choice(["household", "coworker", "partner", "classmate", "church", "carpool"]),
                      "dob": (f_iso(c.dob), "date"), "phone": (ph_fmt(c.phone, 0), "phone")}
                if rng.random() < 0.5 and c.age >= 16:
                    cd["email"] = (c.email, "email")
                cd["exposure"] = {"first": (f_iso(last - TD(days=rng.randint(0, 4))), "date"), "last": (f_iso(last), "date"),
                                  "setting": rng.choice(["home", "work", "school", "vehicle", "event"])}
                cd["monitoring_end"] = (f_iso(last + TD(days=14)), "date")
                cd["language"] = c.lang
                if rng.random() < 0.2:
                    cd["social_profile"] = ("https://www.facebook.com/" + c.handle, "url")
                contacts.append(cd)
            ob = rng.choice(OUTBREAKS + [None, None])
            obj = {"event": "case contacts upserted", "level": "info", "timestamp": iso_z(ts), "logger": "crm.sync",
                   "case_number": (idx.ct, "other_id"), "nbs_case": (idx.cas, "other_id"), "outbreak_id": ob[0] if ob else None,
                   "assigned_to": rng.choice(CT_AGENTS), "contacts": contacts, "request_id": uid4()}
            L = Line("structlog-json")
            L.add(jp(obj, ascii_=True))
        elif k == 2:
            c = pick(ADULTS)
            rid = "a0B5f0000%s" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
            obj = {"attributes": {"type": "Contact_Tracing__c", "url": "/services/data/v59.0/sobjects/Contact_Tracing__c/" + rid},
                   "Id": rid, "Name": (c.con.replace("CON-", "CTR-"), "other_id"), "Case__c": "5005f00000" + hexs(8).upper(),
                   "First_Name__c": (c.first, "name"), "Last_Name__c": (c.last, "name"), "Mobile_Phone__c": (ph_fmt(c.phone, 0), "phone"),
                   "Mailing_Street__c": (c.street, "address"), "Mailing_City__c": (c.city, "address"), "Mailing_State__c": "OR",
                   "Mailing_Postal_Code__c": (c.zip, "zip"), "Last_Exposure_Date__c": (f_iso(recent(2, 10)), "date"),
                   "Symptomatic__c": rng.choice([True, False]), "Preferred_Language__c": LANG_NAME[c.lang],
                   "OwnerId": "0055f000007" + hexs(7).upper(), "LastModifiedDate": utc(ts).strftime("%Y-%m-%dT%H:%M:%S.000+0000")}
            L = Line("sfdc-json")
            L.add(jp(obj, compact=True))
        else:
            c = pick(ADULTS)
            obj = {"event": "contact unreachable, escalated to field", "level": "warning", "timestamp": iso_z(ts), "logger": "crm.workflow",
                   "contact_id": (c.con, "other_id"), "attempts": rng.randint(3, 6),
                   "note": S("3 calls + 2 SMS no answer. Per household member ", (rng.choice([x for x in c.origin["F"] + c.origin["M"] if x != c.first]), "name"), ", ", (c.first.split()[0], "name"),
                             " works nights at cannery, try ", (c.street, "address"), " after 10am. Alt # ", (ph_fmt(c.phone2, 1), "phone")),
                   "escalated_to": rng.choice(["kwhitlock", "gadeyemi"])}
            L = Line("structlog-json")
            L.add(jp(obj, ascii_=True))
        out.append(L)
        return out
    k = cyc("fam_crm.1", 6)
    if k == 0:
        obj = {"event": "sync complete", "level": "info", "timestamp": iso_z(ts), "logger": "crm.sync", "upserted": rng.randint(0, 40),
               "skipped": rng.randint(0, 5), "duration_ms": rng.randint(200, 5000), "cursor": "2024-03-14T%02d:00:00Z" % rng.randint(6, 18)}
    elif k == 1:
        ob = rng.choice(OUTBREAKS)
        obj = {"event": "outbreak summary", "level": "info", "timestamp": iso_z(ts), "logger": "crm.reports", "outbreak_id": ob[0],
               "pathogen": ob[1], "setting": ob[2], "cases": rng.randint(3, 40), "contacts_total": rng.randint(10, 120),
               "symptomatic": rng.randint(0, 15), "lead": "achidi", "report_date": f_iso(BASE)}
    elif k == 2:
        obj = {"event": "webhook retry", "level": "warning", "timestamp": iso_z(ts), "logger": "crm.outbox", "attempt": rng.randint(2, 5),
               "target": "https://nbs-bridge.calder.local/api/contacts", "status": rng.choice([502, 503, 504]), "backoff_s": rng.choice([15, 30, 60])}
    elif k == 3:
        obj = {"event": "assignment rebalance", "level": "info", "timestamp": iso_z(ts), "logger": "crm.workflow",
               "agents": {a: rng.randint(5, 30) for a in CT_AGENTS}, "unassigned": rng.randint(0, 12), "supervisor": "mtanaka"}
    elif k == 4:
        obj = {"event": "sfdc bulk job", "level": "info", "timestamp": iso_z(ts), "logger": "crm.sfdc", "job_id": "750" + "5f00000" + hexs(8).upper(),
               "object": "Contact_Tracing__c", "state": "JobComplete", "records_processed": rng.randint(10, 300), "records_failed": rng.randint(0, 3),
               "api_version": "59.0"}
    else:
        obj = {"event": "daily export written", "level": "info", "timestamp": iso_z(ts), "logger": "crm.export",
               "path": "/srv/exports/ct_daily_%s.csv.gpg" % f_hl7(BASE), "rows": rng.randint(200, 900), "sha256": hexs(64)}
    L = Line("structlog-json")
    L.add(jp(obj, ascii_=True))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: STD clinic scheduling (Rails 7 production.log + Sidekiq)
# ----------------------------------------------------------------------------------------------
def rails_line(ts, req, level="INFO"):
    L = Line("rails")
    L.t("%s, [%s.%06d #%d] %5s -- : [%s] " % (level[0], ts.strftime("%Y-%m-%dT%H:%M:%S"), ts.microsecond, 2841, level, req))
    return L


def fam_rails(ts, want):
    out = []
    req = uid4()
    tz = ts
    step = lambda n: ts + TD(milliseconds=n)
    if want:
        k = cyc("fam_rails.0", 6)
        p = pick(STD_PTS)
        if k == 0:
            slot = BASE + TD(days=rng.randint(1, 12))
            L = rails_line(ts, req)
            L.t('Started POST "/appointments" for %s at %s -0700' % (priv_ip(), tz.strftime("%Y-%m-%d %H:%M:%S")))
            out.append(L)
            L = rails_line(step(2), req)
            L.t("Processing by AppointmentsController#create as JSON")
            out.append(L)
            L = rails_line(step(3), req)
            L.t("  Parameters: ")
            L.add(rp({"appointment": {"patient_id": (p.std, "mrn"), "starts_at": ("%s %s" % (f_iso(slot), rng.choice(["08:30", "09:15", "13:30", "15:45"])), "date"),
                                      "visit_type": rng.choice(["partner_tx", "std_screen", "prep_followup", "syphilis_tx"]),
                                      "provider_id": str(rng.randint(10, 19)), "interpreter": "none" if p.lang == "en" else p.lang}}))
            out.append(L)
            L = rails_line(step(44), req)
            L.t("Completed 201 Created in %dms (Views: 0.4ms | ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(20, 90), rng.uniform(3, 20), rng.randint(3000, 12000)))
            out.append(L)
        elif k == 1:
            partner = pick(ADULTS)
            fv = BASE + TD(days=rng.randint(1, 3))
            L = rails_line(ts, req)
            L.t('Started POST "/partner_notifications" for %s at %s -0700' % (priv_ip(), tz.strftime("%Y-%m-%d %H:%M:%S")))
            out.append(L)
            L = rails_line(step(3), req)
            L.t("  Parameters: ")
            notes = rng.choice([
                S("Pt reports ex-partner ", (partner.first + " " + partner.last, "name"), " (", (ph_fmt(partner.phone, 1), "phone"), "), lives ",
                  (partner.street, "address"), ", ", (partner.city, "address"), ". 2 anon partners via app, handles unknown. Pt declined PrEP referral.\nDIS Whitlock to attempt FV ",
                  (f_short(fv), "date"), "."),
                S("Pt disclosed sex work, partner ", (partner.first.split()[0], "name"), " (~%d y/o) HIV status" % partner.age, " unknown, uses IDU. Wants provider referral only, do NOT contact at work. Pt's mother ",
                  (rng.choice(p.origin["F"]) + " " + p.last, "name"), " unaware."),
                S("Partner ", (partner.la.upper(), "name"), " (IG ", ("https://www.instagram.com/" + partner.handle.replace(".", "_") + "/", "url"), ") treated EPT x1 on ", (f_short(recent(1, 5)), "date"), ". Pt reports rectal sx, referred NP Villanueva. Pregnant? pt unsure, LMP ",
                  (f_us(recent(20, 40)), "date"), "."),
            ])
            L.add(rp({"partner_notification": {"index_patient_id": (p.std, "mrn"), "method": rng.choice(["provider", "dual", "patient_referral"]),
                                               "partner_attributes": {"first_name": (partner.first, "name"), "last_name": (partner.last, "name"),
                                                                      "phone": (ph_fmt(partner.phone, 1), "phone"), "exposure_date": (f_iso(recent(5, 60)), "date")},
                                               "notes": notes, "ssn": "[FILTERED]"}, "commit": "Save"}))
            out.append(L)
            L = rails_line(step(61), req)
            L.t('Redirected to https://stdclinic.calderhealth.org/partner_notifications/%d' % rng.randint(3000, 9999))
            out.append(L)
        elif k == 2:
            L = rails_line(ts, req)
            L.add(['Started POST "/self_schedule" for ', (p.ip, "ip"), " at %s -0700" % tz.strftime("%Y-%m-%d %H:%M:%S")])
            out.append(L)
            L = rails_line(step(2), req)
            L.t("  Parameters: ")
            L.add(rp({"authenticity_token": "[FILTERED]", "booking": {"first_name": (p.first, "name"), "last_name": (p.last, "name"),
                                                                      "dob": (f_iso(p.dob), "date"), "mobile": (ph_fmt(p.phone, 3), "phone"),
                                                                      "email": (p.email, "email"), "reason": rng.choice(["symptoms", "partner_told_me", "routine", "PrEP"]),
                                                                      "slot_id": str(rng.randint(40000, 49999))}, "commit": "Book"}))
            out.append(L)
            L = rails_line(step(30), req)
            L.t("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(20, 90), rng.uniform(3, 20), rng.randint(3000, 12000)))
            out.append(L)
        elif k == 3:
            L = rails_line(ts, req)
            L.add(['  Patient Load (0.%dms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  [["mrn", "' % rng.randint(2, 9), (p.std, "mrn"), '"], ["LIMIT", 1]]'])
            out.append(L)
            L = rails_line(step(5), req)
            L.add(["[ActiveJob] [ActionMailer::MailDeliveryJob] [%s] Sent mail to " % uid4(), (p.email, "email"), " (%.1fms)" % rng.uniform(50, 400)])
            out.append(L)
        elif k == 5:
            uname = (p.fa.split()[0][0] + p.la.split()[0].replace("'", "")).lower() + str(p.dob.year % 100)
            L = rails_line(ts, req)
            L.add(['Started POST "/portal/sign_in" for ', (p.ip, "ip"), " at %s -0700" % tz.strftime("%Y-%m-%d %H:%M:%S")])
            out.append(L)
            L = rails_line(step(2), req)
            L.add(['  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"', (uname, "other_id"), '", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Log in"}'])
            out.append(L)
            L = rails_line(step(90), req)
            L.add(["Portal login ok user=", (uname, "other_id"), " patient=", (p.std, "mrn"), " mfa=sms"])
            out.append(L)
            L = rails_line(step(91), req)
            L.t("Completed 303 See Other in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(80, 400), rng.uniform(3, 20), rng.randint(3000, 12000)))
            out.append(L)
        else:
            L = Line("sidekiq")
            jid = hexs(24)
            L.add(["%s.%03dZ pid=2907 tid=%s class=ReminderSmsJob jid=%s INFO: reminder sent appt=%d to=" % (utc(ts).strftime("%Y-%m-%dT%H:%M:%S"), ts.microsecond // 1000, hexs(4), jid, rng.randint(88000, 89999)),
                   ("+1" + p.phone, "phone"), " for ", (f_us(BASE + TD(days=1)), "date"), " %s" % rng.choice(["9:15 AM", "1:30 PM", "3:45 PM"])])
            out.append(L)
        return out
    k = cyc("fam_rails.1", 6)
    if k == 0:
        day = BASE + TD(days=rng.randint(0, 6))
        L = rails_line(ts, req)
        L.t('Started GET "/appointments?date=%s&clinic=main" for %s at %s -0700' % (f_iso(day), priv_ip(), tz.strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = rails_line(step(4), req)
        L.t('  Appointment Load (%.1fms)  SELECT "appointments".* FROM "appointments" WHERE "appointments"."starts_at" BETWEEN $1 AND $2  [["starts_at", "%s 00:00:00"], ["starts_at", "%s 23:59:59"]]' % (rng.uniform(0.4, 9), f_iso(day), f_iso(day)))
        out.append(L)
        L = rails_line(step(20), req)
        L.t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (rng.randint(20, 200), rng.uniform(5, 60), rng.uniform(3, 20), rng.randint(3000, 40000)))
        out.append(L)
    elif k == 1:
        L = Line("sidekiq")
        L.t("%s.%03dZ pid=2907 tid=%s class=SlotGeneratorJob jid=%s elapsed=%.3f INFO: done" % (utc(ts).strftime("%Y-%m-%dT%H:%M:%S"), ts.microsecond // 1000, hexs(4), hexs(24), rng.uniform(0.1, 4)))
        out.append(L)
    elif k == 2:
        L = rails_line(ts, req, "WARN")
        L.t("Rack::Attack throttled /self_schedule discriminator=%s (limit 10/5m)" % priv_ip())
        out.append(L)
    elif k == 3:
        L = rails_line(ts, req)
        L.t('Started GET "/up" for %s at %s -0700' % (priv_ip(), tz.strftime("%Y-%m-%d %H:%M:%S")))
        out.append(L)
        L = rails_line(step(1), req)
        L.t("Completed 200 OK in 1ms (Allocations: 112)")
        out.append(L)
    elif k == 4:
        L = rails_line(ts, req)
        L.t("[ActiveJob] Enqueued ReminderSmsJob (Job ID: %s) to Sidekiq(default) at %s with arguments: %d" % (uid4(), (utc(ts) + TD(hours=2)).strftime("%Y-%m-%d %H:%M:%S UTC"), rng.randint(88000, 89999)))
        out.append(L)
    else:
        L = rails_line(ts, req, "ERROR")
        L.t("ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_slots_on_clinic_id_and_starts_at\"")
        out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: WIC MIS (Spring Boot)
# ----------------------------------------------------------------------------------------------
def spring_line(ts, level, thread, logger):
    L = Line("spring-boot")
    short = ".".join(x[0] for x in logger.split(".")[:-1]) + "." + logger.split(".")[-1]
    L.t("%s.%03d %5s 4127 --- [%15s] %-40s : " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, level, thread[-15:], short[-40:]))
    return L


WIC_VENDORS = [("WV-00321", "Safeway #1487"), ("WV-00144", "Mercado La Esperanza"), ("WV-00388", "Fred Meyer #0412"), ("WV-00402", "Asian Market Fern Hollow")]


def fam_wic(ts, want):
    out = []
    th = "nio-8080-exec-%d" % rng.randint(1, 10)
    if want:
        k = cyc("fam_wic.0", 6)
        kid = pick(INFANTS) if INFANTS else pick(KIDS)
        g = kid.guardian
        if k == 0:
            L = spring_line(ts, "INFO", th, "org.ccph.wic.benefits.EbtIssuanceService")
            L.add(["Card issued pan=", (g.pan, "account"), " household=", (g.hh, "other_id"), " cardholder='", (g.first + " " + g.last, "name"),
                   "' participants=[", (kid.wic, "other_id")] + ([",", (g.wic, "other_id")] if g.sex == "F" else []) + ["] clinic=CL-07 by fhaddad"])
        elif k == 1:
            nxt = BASE + TD(days=rng.randint(60, 180))
            L = spring_line(ts, "INFO", th, "org.ccph.wic.cert.CertificationService")
            L.add(["Participant ", (kid.wic, "other_id"), " certified category=%s dob=" % ("I" if kid.age < 1 else "C"), (f_iso(kid.dob), "date"),
                   " guardian=", (g.la.upper() + ", " + g.fa.upper(), "name"), " adjunct=MEDICAID(", (kid.medicaid, "health_plan"), ") nextCert=",
                   (f_iso(nxt), "date"), " cpa=%s" % rng.choice(["fhaddad", "rlindqvist"])])
        elif k == 2:
            L = spring_line(ts, "INFO", th, "org.ccph.wic.household.HouseholdService")
            L.add(["Address change household=", (g.hh, "other_id"), " new='", (g.street, "address"), "' city='", (g.city, "address"), "' zip=", (g.zip, "zip"),
                   " phone=", (ph_fmt(g.phone, 3), "phone"), " proof=UTILITY_BILL"])
        elif k == 3:
            old, new = g.pan, ebt_pan()
            L = spring_line(ts, "WARN", th, "org.ccph.wic.benefits.CardService")
            L.add(["Card replaced reason=LOST old=", (old, "account"), " new=", (new, "account"), " household=", (g.hh, "other_id"),
                   " benefits moved: 14 categories, balance preserved"])
        elif k == 4:
            L = spring_line(ts, "INFO", th, "org.ccph.wic.api.MobileAuthController")
            L.add(["Mobile login ok user=", (g.email, "email"), " ip=", (g.ip, "ip"), " app=WICShopper/4.2.1 (Android 14)"])
        else:
            obj = {"@timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-07:00" % (ts.microsecond // 1000), "@version": "1",
                   "message": "appointment scheduled", "logger_name": "org.ccph.wic.appt.AppointmentService", "thread_name": th, "level": "INFO",
                   "level_value": 20000, "participantId": (kid.wic, "other_id"), "participantName": (kid.first + " " + kid.last, "name"),
                   "guardianName": (g.first + " " + g.last, "name"), "guardianEmail": (g.email, "email"), "apptType": rng.choice(["RECERT", "MID_CERT", "NUTRITION_ED"]),
                   "apptDate": (f_iso(BASE + TD(days=rng.randint(2, 30))), "date"), "clinicId": "CL-07", "clinicPhone": ph_fmt(DEPT["wic"], 0)}
            L = Line("logstash-json")
            L.add(jp(obj, compact=True))
        out.append(L)
        return out
    k = cyc("fam_wic.1", 8)
    if k == 0:
        L = spring_line(ts, "INFO", "scheduling-1", "org.ccph.wic.benefits.IssuanceBatchJob")
        L.t("Benefit issuance batch %s started: %s households, clinic CL-07 (Millbrook WIC, %s %s, %s OR %s)" %
            ((BASE + TD(days=18)).strftime("%Y-%m"), "{:,}".format(rng.randint(1500, 2200)), DEPT["addr"], DEPT["addr2"], DEPT["city"], DEPT["zip"]))
    elif k == 1:
        L = spring_line(ts, "INFO", "scheduling-1", "org.ccph.wic.apl.AplLoader")
        L.t("APL file OR_APL_%s.dat loaded: %s UPCs (effective %s), %d removed" % (f_hl7(BASE), "{:,}".format(rng.randint(13000, 15000)), f_iso(dt.date(2024, 3, 1)), rng.randint(5, 90)))
    elif k == 2:
        v = rng.choice(WIC_VENDORS)
        L = spring_line(ts, "INFO", th, "org.ccph.wic.ebt.HostResponseHandler")
        L.t("FIS host auth APPROVED stan=%06d pan=507705******%04d term=T%04d vendor=%s (%s) amount=%.2f upc=0%011d" %
            (rng.randint(0, 999999), rng.randint(0, 9999), rng.randint(1, 99), v[0], v[1], rng.uniform(2, 60), rng.randint(0, 10 ** 11 - 1)))
    elif k == 3:
        L = spring_line(ts, "INFO", "main", "com.zaxxer.hikari.HikariDataSource")
        L.t("HikariPool-1 - Start completed.")
    elif k == 4:
        L = spring_line(ts, "INFO", "scheduling-2", "org.ccph.wic.reports.CertEndingReport")
        L.t("CertEndingReport: %d participants with certification ending before %s, %d reminder letters queued" % (rng.randint(100, 300), f_iso(BASE + TD(days=30)), rng.randint(50, 200)))
    elif k == 5:
        v = rng.choice(WIC_VENDORS)
        L = spring_line(ts, "WARN", th, "org.ccph.wic.vendor.PeerGroupService")
        L.t("Vendor %s (%s) price above MAR for UPC 0%011d: %.2f > %.2f, peer group %d" % (v[0], v[1], rng.randint(0, 10 ** 11 - 1), rng.uniform(4, 9), rng.uniform(2, 4), rng.randint(1, 5)))
    elif k == 6:
        L = spring_line(ts, "ERROR", th, "org.ccph.wic.ebt.HostClient")
        L.t("Host timeout after 15000 ms calling https://ewic-host.example-processor.com/api/v2/balance (txn %s), circuit OPEN" % uid4())
    else:
        L = spring_line(ts, "INFO", th, "o.s.web.servlet.DispatcherServlet")
        L.t("Completed initialization in %d ms" % rng.randint(1, 9))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: EDRS / vital records (Serilog compact JSON, CLEF)
# ----------------------------------------------------------------------------------------------
def clef_ts(ts):
    ts = utc(ts)
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0Z" % ts.microsecond


def fam_edrs(ts, want):
    out = []
    if want:
        k = [0, 0, 1, 1, 2, 2, 3, 4, 5, 5][cyc("fam_edrs.w", 10)]
        if k in (0, 1):
            e = rng.choice(ELDERS)
            inf = e.informant
            dod = e.dod
            fh = FUNERAL_HOMES[ELDERS.index(e) % len(FUNERAL_HOMES)]
            cert = CERTIFIERS[ELDERS.index(e) % len(CERTIFIERS)]
            at_home = e.at_home
            obj = {"@t": clef_ts(ts), "@mt": "Death record {RecordId} saved by {User} ({Stage})", "RecordId": uid4(), "User": rng.choice(["gpruitt", "rkowal", "sito"]),
                   "Stage": rng.choice(["FuneralHomeEntry", "MedicalCertification", "Registration"]),
                   "StateFileNumber": (e.cert, "other_id"),
                   "Decedent": {"GivenName": (e.first, "name"), "MiddleName": (e.middle, "name") if e.middle else "", "Surname": (e.last, "name"),
                                "Sex": e.sex, "DateOfBirth": (f_iso(e.dob), "date"), "DateOfDeath": (f_iso(dod), "date"),
                                "AgeYears": (age_on(e.dob, dod), "age") if age_on(e.dob, dod) > 89 else age_on(e.dob, dod),
                                "Ssn": (e.ssn, "ssn"), "Residence": {"Street": (e.street, "address"), "City": (e.city, "address"),
                                                                   "County": (e.county, "address"), "State": "OR", "Zip": (e.zip, "zip")}},
                   "PlaceOfDeath": "Decedent's home" if at_home else e.place,
                   "Informant": {"Name": (inf.first + " " + inf.last, "name"), "Relationship": inf.rel, "Phone": (ph_fmt(inf.phone, 1), "phone")},
                   "FuneralHome": {"Name": fh[0], "License": fh[1], "Phone": ph_fmt(fh[5], 1), "Director": fh[7][0], "DirectorLicense": fh[7][1]},
                   "Certifier": "%s, %s (%s)" % (cert[0], cert[1], cert[2]), "SourceContext": "Edrs.Api.Controllers.DeathRecordController",
                   "RequestId": "0HN2%s:0000000%d" % (hexs(8).upper(), rng.randint(1, 9))}
            if rng.random() < 0.5:
                obj["Informant"]["Address"] = (inf.street + ", " + inf.city + ", OR " + inf.zip, "address")
            L = Line("serilog-clef")
            L.add(jp(obj, compact=True))
        elif k == 2:
            kid = pick(KIDS)
            g = kid.guardian
            newfirst = rng.choice([x for x in (kid.origin["F"] if kid.sex == "F" else kid.origin["M"]) if x != kid.first])
            fld = rng.choice(["ChildFirstName", "FatherAdded(VAP)"])
            oldv, newv = ((kid.first, "name"), (newfirst, "name")) if fld == "ChildFirstName" else ("", (kid.dad_first + " " + kid.last, "name"))
            obj = {"@t": clef_ts(ts), "@mt": "Birth amendment {AmendmentId} submitted for certificate {CertificateNumber}: {Field}",
                   "AmendmentId": "AMD-2024-%05d" % rng.randint(100, 999), "CertificateNumber": (kid.bcert, "other_id"),
                   "Field": fld,
                   "Child": {"Name": (kid.first + " " + kid.last, "name"), "DateOfBirth": (f_iso(kid.dob), "date")},
                   "OldValue": oldv, "NewValue": newv,
                   "Mother": {"Name": (kid.mom_first + " " + kid.last, "name"), "MaidenSurname": (kid.mom_maiden, "name")},
                   "Requester": {"Relationship": "Parent", "IdType": "OR_DL", "IdNumber": (g.dl, "license"), "Email": (g.email, "email")},
                   "ClientIp": (g.ip, "ip"), "SourceContext": "Edrs.Api.Controllers.AmendmentController"}
            L = Line("serilog-clef")
            L.add(jp(obj, compact=True))
        elif k == 3:
            e = rng.choice(ELDERS)
            inf = e.informant
            obj = {"@t": clef_ts(ts), "@mt": "Identity document uploaded for order {OrderId} ({Bytes} bytes)", "@l": "Debug",
                   "OrderId": "VR-ORD-%06d" % rng.randint(0, 999999), "Bytes": rng.randint(40000, 90000),
                   "Applicant": (inf.first + " " + inf.last, "name"), "CertificateNumber": (e.cert, "other_id"),
                   "Thumbnail": ("data:image/jpeg;base64," + b64_blob(JPEG_HDR, 420), "photo"),
                   "SourceContext": "Edrs.Orders.IdentityVerification"}
            L = Line("serilog-clef")
            L.add(jp(obj, compact=True))
        elif k == 4:
            e = rng.choice(ELDERS)
            inf = e.informant
            obj = {"@t": clef_ts(ts), "@mt": "Certified copy order {OrderId} ready; return by {Method} to {Destination}", "OrderId": "VR-ORD-%06d" % rng.randint(0, 999999),
                   "Method": "Fax", "Destination": (ph_fmt(inf.phone2, 1), "fax"), "Copies": rng.randint(1, 6),
                   "Decedent": (e.last.upper() + ", " + e.first.upper(), "name"), "RequesterName": (inf.first + " " + inf.last, "name"),
                   "VitalsOffice": "%s, %s %s" % (DEPT["addr"], DEPT["city"], DEPT["zip"]), "OfficeFax": ph_fmt(DEPT["fax"], 1),
                   "SourceContext": "Edrs.Orders.FulfillmentService"}
            L = Line("serilog-clef")
            L.add(jp(obj, compact=True))
        else:
            e = rng.choice(OLD)
            dod = e.dod
            obj = {"@t": clef_ts(ts), "@mt": "Validation warning on {RecordId}: {Rule}", "@l": "Warning", "RecordId": uid4(),
                   "Rule": "AGE_OVER_100_CHECK" if age_on(e.dob, dod) >= 100 else "AGE_VS_DOB",
                   "Detail": S("Age ", (str(age_on(e.dob, dod)), "age"), " computed from DOB ", (f_us(e.dob), "date"), " and DOD ", (f_us(dod), "date"), " for decedent ", (e.last.upper(), "name")),
                   "SourceContext": "Edrs.Validation.EditChecks"}
            L = Line("serilog-clef")
            L.add(jp(obj, compact=True))
        out.append(L)
        return out
    k = cyc("fam_edrs.0", 7)
    if k == 0:
        obj = {"@t": clef_ts(ts), "@mt": "NCHS IJE export {BatchId} produced {Count} records ({Kind})", "BatchId": "IJE-2024Q1-%02d" % rng.randint(1, 12),
               "Count": rng.randint(50, 450), "Kind": rng.choice(["MOR", "NAT", "FET"]), "SourceContext": "Edrs.Jobs.NchsExport"}
    elif k == 1:
        obj = {"@t": clef_ts(ts), "@mt": "Request finished {Protocol} {Method} {Scheme}://{Host}{Path} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms",
               "Protocol": "HTTP/1.1", "Method": "GET", "Scheme": "https", "Host": "edrs.calder.local", "Path": rng.choice(["/api/health", "/api/queues/summary", "/metrics"]),
               "StatusCode": 200, "ContentLength": None, "ContentType": "application/json", "ElapsedMilliseconds": round(rng.uniform(0.5, 40), 4),
               "SourceContext": "Microsoft.AspNetCore.Hosting.Diagnostics"}
    elif k == 2:
        fh = rng.choice(FUNERAL_HOMES)
        obj = {"@t": clef_ts(ts), "@mt": "Funeral home {Name} profile updated by {User}", "Name": fh[0], "User": "byazzie", "License": fh[1],
               "Address": "%s, %s, OR %s" % (fh[2], fh[3], fh[4]), "Phone": ph_fmt(fh[5], 1), "Fax": ph_fmt(fh[6], 1), "Director": fh[7][0],
               "DirectorLicense": fh[7][1], "SourceContext": "Edrs.Admin.FuneralHomeService"}
    elif k == 3:
        obj = {"@t": clef_ts(ts), "@mt": "Amendment {AmendmentId} moved to queue {Queue} by {User}", "AmendmentId": "AMD-2024-%05d" % rng.randint(100, 999),
               "Queue": rng.choice(["RegistrarReview", "AwaitingDocs", "StateOffice"]), "User": "byazzie", "SourceContext": "Edrs.Workflow.AmendmentQueue"}
    elif k == 4:
        c = rng.choice(CERTIFIERS)
        obj = {"@t": clef_ts(ts), "@mt": "Certifier {Certifier} signed {Count} records electronically", "Certifier": "%s, %s" % (c[0], c[1]),
               "License": c[2], "Count": rng.randint(1, 6), "SourceContext": "Edrs.Signing.ESignatureService"}
    elif k == 5:
        obj = {"@t": clef_ts(ts), "@mt": "Pending medical certification over {Days} days: {Count}", "@l": "Warning", "Days": 5, "Count": rng.randint(0, 12),
               "Escalation": "registrar@calderhealth.org", "SourceContext": "Edrs.Jobs.TimelinessMonitor"}
    else:
        obj = {"@t": clef_ts(ts), "@mt": "Fax gateway {Gateway} status {Status}", "Gateway": "efax-01.calder.local", "Status": "OK",
               "OutboundNumber": ph_fmt(DEPT["fax"], 3), "Queue": rng.randint(0, 9), "SourceContext": "Edrs.Orders.FaxGateway"}
    L = Line("serilog-clef")
    L.add(jp(obj, compact=True))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: restaurant inspection app (Django) -- no PHI by design
# ----------------------------------------------------------------------------------------------
RESTAURANTS = []
for nm, owner in [("Pho Saigon Kitchen", "Nguyễn Văn Thành"), ("Casa Jalisco", "Rigoberto Ochoa"), ("Xamar Cafe", "Abdiwali Farah"),
                  ("Punjab Grill & Sweets", "Manpreet Gill"), ("Kyiv Bakery", "Svitlana Melnyk"), ("The Rusty Anchor", "Wade Haskins"),
                  ("Seoul Bowl", "Min-jae Park"), ("Island Plate Lunch", "Iosefa Tuiasosopo")]:
    city, zips = rng.choice(CITIES)
    RESTAURANTS.append({"name": nm, "owner": owner, "permit": "FP-%02d-%04d" % (rng.randint(10, 24), rng.randint(100, 9999)),
                        "addr": "%d %s%s %s" % (rng.randint(100, 4999), rng.choice(DIRS), rng.choice(STREETS), rng.choice(ST_TYPES)),
                        "city": city, "zip": rng.choice(zips), "phone": rng.choice(["541", "458"]) + "55501" + digits(2)})
VIOL = ["2-301.14 Handwashing when required", "3-501.16(A)(2) Cold holding > 41F", "4-601.11(A) Food contact surfaces not clean",
        "3-302.11 Raw animal foods not separated", "6-301.12 No paper towels at handsink", "2-102.12 No certified food protection manager"]


def fam_inspect(ts, want):
    out = []
    r = rng.choice(RESTAURANTS)
    ins = INSPECTORS[rng.randint(0, 2)]
    iid = "INS-2024-%05d" % rng.randint(8000, 8999)
    k = cyc("fam_inspect.0", 6)
    pre = "[%s,%03d] " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000)
    if k == 0:
        L = Line("django")
        L.t(pre + 'INFO django.server "POST /api/v2/inspections/%s/violations HTTP/1.1" 201 %d' % (iid, rng.randint(200, 600)))
    elif k == 1:
        L = Line("django")
        L.t(pre + 'INFO inspections.services Inspection %s finalized facility=%s "%s" score=%d critical=%d inspector=%s (%s)' %
            (iid, r["permit"], r["name"], rng.randint(70, 100), rng.randint(0, 3), ins[1], ins[2]))
    elif k == 2:
        obj = {"inspection_id": iid, "type": rng.choice(["routine", "reinspection", "complaint"]), "inspected_on": f_iso(BASE - TD(days=rng.randint(0, 2))),
               "facility": {"permit_no": r["permit"], "name": r["name"], "address": r["addr"], "city": r["city"], "zip": r["zip"],
                            "owner": r["owner"], "owner_phone": ph_fmt(r["phone"], 1), "risk_category": rng.randint(1, 3)},
               "inspector": {"name": ins[0], "badge": ins[2]}, "score": rng.randint(70, 100),
               "violations": rng.sample(VIOL, rng.randint(0, 3)), "followup_due": f_iso(BASE + TD(days=10))}
        if rng.random() < 0.3:
            obj["evidence_thumb"] = "data:image/jpeg;base64," + b64_blob(JPEG_HDR, 150)
        L = Line("inspect-json")
        L.t(pre + "INFO inspections.sync payload=")
        L.add(jp(obj))
    elif k == 3:
        L = Line("django")
        L.t(pre + "INFO scores.cache Public scores cache rebuilt: %s facilities, %d closures, took %.2fs" % ("{:,}".format(rng.randint(1100, 1300)), rng.randint(0, 3), rng.uniform(0.5, 9)))
    elif k == 4:
        L = Line("django")
        L.t(pre + 'WARNING complaints.intake Complaint CMP-2024-%04d against %s (%s, %s) routed to %s; callback line %s' %
            (rng.randint(100, 999), r["name"], r["addr"], r["city"], ins[1], ph_fmt(DEPT["eh"], 0)))
    else:
        L = Line("django")
        L.t(pre + 'INFO django.server "GET /api/v2/facilities/%s/history?since=2023-01-01 HTTP/1.1" 200 %d' % (r["permit"], rng.randint(1000, 9000)))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: immunization registry (IIS) QBP^Q11 / RSP^K11
# ----------------------------------------------------------------------------------------------
VACC = [("20", "DTaP", "PMC", "sanofi pasteur"), ("10", "IPV", "PMC", "sanofi pasteur"), ("08", "Hep B, adolescent or pediatric", "MSD", "Merck"),
        ("133", "PCV13", "PFR", "Pfizer"), ("03", "MMR", "MSD", "Merck"), ("115", "Tdap", "SKB", "GlaxoSmithKline"),
        ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL", "PFR", "Pfizer"), ("150", "Influenza, injectable, quadrivalent, PF", "SKB", "GlaxoSmithKline")]


def iis_line(ts, level):
    L = Line("iis-client")
    L.t("%s.%03d [iis-query-%d] %-5s o.c.i.QbpClient - " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, rng.randint(1, 4), level))
    return L


def fam_iis(ts, want):
    out = []
    if want:
        p = pick(KIDS) if rng.random() < 0.75 else pick(ADULTS)
        mom = getattr(p, "guardian", None)
        qtag = "Q%s%05d" % (f_hl7(BASE), rng.randint(0, 99999))
        ctl = "CCPH%s%04d" % (ts.strftime("%H%M%S"), rng.randint(0, 9999))
        msh = "MSH|^~\\&|CALDER-NBS|CCPH^2.16.840.1.114222.4.1.217446^ISO|ALERT-IIS|OHA|%s-0700||QBP^Q11^QBP_Q11|%s|P|2.5.1|||ER|AL|||||Z34^CDCPHINVS|CCPH01" % (ts.strftime("%Y%m%d%H%M%S"), ctl)
        qpd = ["QPD|Z34^Request Immunization History^CDCPHINVS|%s|" % qtag, (p.mrn, "mrn"), "^^^CCPH^MR|", (p.la.upper(), "name"), "^", (p.fa.upper(), "name"), "^^^^^L|"]
        if mom is not None:
            qpd += [(fold(p.mom_maiden).upper(), "name"), "^", (fold(p.mom_first).upper(), "name"), "^^^^^M|"]
        else:
            qpd += ["|"]
        qpd += [(f_hl7(p.dob), "date"), "|%s|" % p.sex, (p.street.upper(), "address"), "^^", (p.city.upper(), "address"), "^OR^", (p.zip, "zip"), "^USA^L|^PRN^PH^^^",
                (p.phone[:3] + "^" + p.phone[3:], "phone")]
        if rng.random() < 0.7:
            L = iis_line(ts, "DEBUG")
            L.t("request: " + msh + "\\r")
            L.add(qpd)
            L.t("\\rRCP|I|10^RD&Records&HL70126|R^real-time^HL70394")
            out.append(L)
            L = iis_line(ts + TD(milliseconds=rng.randint(300, 2000)), "INFO")
            L.t("QBP %s sent to https://iis-soap.oha.example.gov/iisservice (submitSingleMessage), facilityID=CCPH01" % ctl)
            out.append(L)
            return out
        # RSP with history, one segment per line (pretty-printed by the client on DEBUG)
        L = iis_line(ts, "DEBUG")
        L.t("response for %s (queryTag %s), %d bytes:" % (ctl, qtag, rng.randint(1500, 5000)))
        out.append(L)
        segs = [["MSH|^~\\&|ALERT-IIS|OHA|CALDER-NBS|CCPH^2.16.840.1.114222.4.1.217446^ISO|%s-0700||RSP^K11^RSP_K11|R%s|P|2.5.1|||NE|NE|||||Z32^CDCPHINVS|OHA|CCPH01" % (ts.strftime("%Y%m%d%H%M%S"), ctl)],
                ["MSA|AA|%s" % ctl], ["QAK|%s|OK|Z34^Request Immunization History^CDCPHINVS" % qtag], qpd,
                ["PID|1||", (p.iis, "mrn"), "^^^ORA^SR~", (p.mrn, "mrn"), "^^^CCPH^MR||", (p.la.upper(), "name"), "^", (p.fa.upper(), "name"), "^^^^^L||",
                 (f_hl7(p.dob), "date"), "|%s|||" % p.sex, (p.street.upper(), "address"), "^^", (p.city.upper(), "address"), "^OR^", (p.zip, "zip"), "^USA^L"],
                ["PD1|||||||||||02^Reminder/recall - any method^HL70215|N|", (f_hl7(p.dob + TD(days=2)), "date"), "|||A|", (f_hl7(p.dob + TD(days=2)), "date")]]
        if mom is not None:
            segs.append(["NK1|1|", (mom.la.upper(), "name"), "^", (mom.fa.upper(), "name"), "^^^^^L|%s" % ("MTH^Mother^HL70063" if mom.sex == "F" else "FTH^Father^HL70063")])
        n = rng.randint(1, 3)
        for i in range(n):
            v = rng.choice(VACC)
            ad = p.dob + TD(days=rng.randint(60, max(61, (BASE - p.dob).days - 1)))
            segs.append(["ORC|RE||%d^OHA|||||||||%s^%s^%s^^^^^^NPI" % (rng.randint(10 ** 8, 10 ** 9), *(lambda pr: (PROVIDER_NPI[pr], pr[0].upper(), pr[1].upper()))(rng.choice(PROVIDERS)))])
            segs.append(["RXA|0|1|", (f_hl7(ad), "date"), "|", (f_hl7(ad), "date"), "|%s^%s^CVX|0.5|mL^mL^UCUM||01^Historical^NIP001|||||||%s%d%s||%s^%s^MVX|||CP|A" %
                         (v[0], v[1], rng.choice(["U", "FL", "EW", "3C"]), rng.randint(1000, 9999), rng.choice(["AA", "", "B"]), v[2], v[3])])
        segs.append(["OBX|1|CE|30979-9^Vaccines due next^LN|1|%s^%s^CVX||||||F" % (VACC[0][0], VACC[0][1])])
        segs.append(["OBX|2|DT|30980-7^Date vaccine due^LN|1|", (f_hl7(BASE + TD(days=rng.randint(10, 90))), "date"), "||||||F"])
        for s in segs:
            H = Line("hl7-rsp")
            H.add(s)
            out.append(H)
        return out
    k = cyc("fam_iis.0", 5)
    if k == 0:
        L = iis_line(ts, "INFO")
        L.t("connectivityTest echoBack OK from https://iis-soap.oha.example.gov/iisservice in %d ms" % rng.randint(80, 900))
    elif k == 1:
        L = iis_line(ts, "INFO")
        L.t("RSP CCPH%s%04d status=OK rxa=%d forecast_due=%d elapsed=%dms" % (ts.strftime("%H%M%S"), rng.randint(0, 9999), rng.randint(1, 14), rng.randint(0, 4), rng.randint(200, 3000)))
    elif k == 2:
        L = iis_line(ts, "WARN")
        L.t("QAK status NF (no match) for queryTag Q%s%05d; 0 candidates above threshold" % (f_hl7(BASE), rng.randint(0, 99999)))
    elif k == 3:
        L = iis_line(ts, "ERROR")
        L.t("SOAP fault soap:Server 'SecurityFault: invalid password for facilityID CCPH01' (credential rotated %s?)" % f_iso(BASE - TD(days=1)))
    else:
        L = iis_line(ts, "INFO")
        L.t("Lot %s%d (exp %s, MVX %s) inventory sync: %d doses on hand at CCPH main clinic" % (rng.choice(["U", "FL", "EW"]), rng.randint(1000, 9999),
                                                                                             f_iso(BASE + TD(days=rng.randint(60, 400))), rng.choice(["PMC", "MSD", "PFR", "SKB"]), rng.randint(0, 200)))
    out.append(L)
    return out


# ----------------------------------------------------------------------------------------------
# family: infrastructure noise (syslog / nginx) -- no PHI
# ----------------------------------------------------------------------------------------------
def fam_infra(ts, want):
    L = Line("syslog")
    host = rng.choice(["nbs-app01", "nbs-app02", "mirth01", "ct-web01", "wic-app01", "edrs-web01", "insp-web01"])
    sys_ts = ts.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if ts.day < 10 else ts.strftime("%b %d %H:%M:%S")
    k = cyc("fam_infra.0", 7)
    if k == 0:
        L = Line("nginx")
        L.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.28"' % (priv_ip(), ts.strftime("%d/%b/%Y:%H:%M:%S -0700"),
                                                                          rng.choice(["/healthz", "/nbs/HomePage.do?method=loadHomePage", "/actuator/health", "/up"]), rng.randint(2, 20000)))
    elif k == 1:
        L.t("%s %s CRON[%d]: (nbsadmin) CMD (/opt/nbs/bin/elr_purge.sh --older-than 90 >> /var/log/nbs/purge.log 2>&1)" % (sys_ts, host, rng.randint(1000, 40000)))
    elif k == 2:
        L.t("%s %s sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (sys_ts, host, rng.randint(1000, 40000), priv_ip(), rng.randint(40000, 65000),
                                                                                                   base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
    elif k == 3:
        L.t("%s %s systemd[1]: Started Daily rotation of log files (logrotate.service)." % (sys_ts, host))
    elif k == 4:
        L.t("%s %s kernel: [%d.%06d] nfs: server fs01.calder.local OK" % (sys_ts, host, rng.randint(100000, 999999), rng.randint(0, 999999)))
    elif k == 5:
        L.t("%s %s postfix/smtp[%d]: %s: to=<noreply@calderhealth.org>, relay=smtp.calder.local[%s]:25, delay=0.4, status=sent (250 2.0.0 Ok)" %
            (sys_ts, host, rng.randint(1000, 40000), hexs(10).upper(), priv_ip()))
    else:
        L.t("%s %s backup[%d]: pg_dump stdclinic_production -> s3://ccph-backups/%s/stdclinic.dump.gz (%d MB, %ds)" % (sys_ts, host, rng.randint(1000, 40000), f_hl7(BASE), rng.randint(200, 900), rng.randint(20, 300)))
    return [L]


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
FAMS = [(fam_nbs, 14), (fam_mirth, 7), (fam_twilio, 14), (fam_crm, 11), (fam_rails, 10), (fam_wic, 12), (fam_edrs, 11),
        (fam_inspect, 7), (fam_iis, 4), (fam_infra, 6)]
NO_PHI_FAMS = {fam_inspect, fam_infra}


def main():
    lines = []
    ts = dt.datetime(2024, 3, 14, 6, 58, 3, 114000)
    phi_lines = 0
    while len(lines) < N_LINES:
        ts += TD(seconds=rng.randint(3, 150), microseconds=rng.randint(0, 999999))
        fam = rng.choices([f for f, _ in FAMS], weights=[w for _, w in FAMS])[0]
        share = phi_lines / max(1, len(lines))
        want = (fam not in NO_PHI_FAMS) and share < 0.45 and rng.random() < 0.75
        chunk = fam(ts, want)
        for L in chunk:
            if len(lines) >= N_LINES:
                break
            lines.append(L)
            if L.spans:
                phi_lines += 1
    with open(os.path.join(HERE, ID + ".log"), "wb") as flog, open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as flab:
        for i, L in enumerate(lines, 1):
            data, spans = L.finish()
            flog.write(data + b"\n")
            flab.write(json.dumps({"line": i, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    # self-checks of the check-digit generators
    _st = rng.getstate()
    for _ in range(50):
        assert luhn_ok(ebt_pan()) and luhn_ok(imei()) and vin_ok(vin()) and luhn_ok("80840" + npi())
    rng.setstate(_st)
    main()
