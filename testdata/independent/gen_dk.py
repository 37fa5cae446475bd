#!/usr/bin/env python3
"""Deterministic generator for the `dk` PHI test corpus.

Theme: outpatient PT/OT/SLP therapy chain (EMR, home-exercise app, faxing,
authorization tracking, Medicare KX claims, gait lab, SMS reminders,
workers' comp / PIP cases, Stripe copays).

Writes dk.log and dk.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote_plus

ID = "dk"
SEED = 180_2024_0312
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45

UTC = dt.timezone.utc
AZ = dt.timezone(dt.timedelta(hours=-7))  # America/Phoenix, no DST


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []  # (s, e, cat, value)

    def t(self, s):
        self.b += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append((st, len(self.b), cat, s))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            elif isinstance(x, P):
                self.p(x.v, x.cat)
            else:
                self.t(x)
        return self


class P:
    """a labeled value (used inside structured emitters)"""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Raw:
    """pre-formatted literal (numbers etc.)"""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def mk(fam, *parts):
    return Line(fam).add(*parts)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# structured emitters
# --------------------------------------------------------------------------
def jesc(s, slash=False, go=False):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "/" and slash:
            out.append("\\/")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        elif go and ch in "<>&":
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def emit_json(L, v, sep=(",", ":"), slash=False, go=False):
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(jesc(v.v, slash, go), v.cat)
            L.t('"')
        else:
            L.p(str(v.v), v.cat)
    elif isinstance(v, Raw):
        L.t(v.v)
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, val in v.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t('"' + jesc(k, slash, go) + '"' + sep[1])
            emit_json(L, val, sep, slash, go)
        L.t("}")
    elif isinstance(v, (list, tuple)):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(sep[0])
            emit_json(L, val, sep, slash, go)
        L.t("]")
    elif v is True:
        L.t("true")
    elif v is False:
        L.t("false")
    elif v is None:
        L.t("null")
    elif isinstance(v, (int, float)):
        L.t(str(v))
    else:
        L.t('"' + jesc(str(v), slash, go) + '"')


def rbesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def emit_rb(L, v):
    """Ruby Hash#inspect as printed by Rails 7 on Ruby 3.2"""
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(rbesc(v.v), v.cat)
            L.t('"')
        else:
            L.p(str(v.v), v.cat)
    elif isinstance(v, Raw):
        L.t(v.v)
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, val in v.items():
            if not first:
                L.t(", ")
            first = False
            L.t('"' + rbesc(k) + '"=>')
            emit_rb(L, val)
        L.t("}")
    elif isinstance(v, (list, tuple)):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(", ")
            emit_rb(L, val)
        L.t("]")
    elif v is None:
        L.t("nil")
    elif v is True:
        L.t("true")
    elif v is False:
        L.t("false")
    elif isinstance(v, (int, float)):
        L.t(str(v))
    else:
        L.t('"' + rbesc(str(v)) + '"')


def goq(s):
    """slog TextHandler quoting"""
    need = (s == "") or any(c in ' ="\\' or ord(c) < 0x21 or c.isspace() for c in s)
    if not need:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def emit_kv(L, items, q=goq):
    """logfmt / slog key=value; labeled values keep quotes outside the span"""
    first = True
    for k, v in items:
        if not first:
            L.t(" ")
        first = False
        L.t(k + "=")
        if isinstance(v, P):
            qv = q(str(v.v))
            if qv.startswith('"'):
                L.t('"')
                L.p(qv[1:-1], v.cat)
                L.t('"')
            else:
                L.p(qv, v.cat)
        elif isinstance(v, Raw):
            L.t(v.v)
        else:
            L.t(q(str(v)))


def emit_form(L, items):
    """application/x-www-form-urlencoded (Twilio webhook bodies)"""
    first = True
    for k, v in items:
        if not first:
            L.t("&")
        first = False
        L.t(k + "=")
        if isinstance(v, P):
            L.p(quote_plus(str(v.v)), v.cat)
        else:
            L.t(quote_plus(str(v)))


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check("80840" + base)


def card_pan(prefix="4"):
    body = prefix + "".join(R.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + luhn_check(body)


def imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_check(body)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
         "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = R.choice(["1HG", "2T1", "3VW", "5YJ", "1FT", "JTD", "KM8", "1C4", "4T1", "5NP"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = R.choice("FGHJKLMNP")
    plant = R.choice(VIN_CH)
    serial = "".join(R.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    v = v[:8] + chk + v[9:]
    assert sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if chk == "X" else int(chk))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    d = "0123456789"
    pat = [("123456789"), MBI_A, MBI_AN, d, MBI_A, MBI_AN, d, MBI_A, MBI_A, d, d]
    return "".join(R.choice(x) for x in pat)


def ssn():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n):
    return "".join(R.choice(B62) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def ulid():
    return "01H" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))


def priv_ip():
    k = R.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (R.choice([20, 20, 21, 40]), R.randint(0, 12), R.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))


def pub_ip():
    first = R.choice([68, 70, 72, 98, 174, 184, 97, 24, 71, 107, 166])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def unaccent(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def x12(s):
    return unaccent(s).upper()


def b64bytes(head, n):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def jpeg_b64(n):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00")
    return b64bytes(head, n)


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    return b64bytes(head, n)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
REF_DATE = dt.date(2024, 3, 12)

PEOPLE_SEED = [
    # first, last, sex, birth-year, origin tag
    ("Oksana", "Kovalenko", "F", 1958), ("Thiago", "Oliveira", "M", 1987),
    ("Mei-Ling", "Tsai", "F", 1949), ("Abdullahi", "Bello", "M", 1979),
    ("Siobhán", "Ní Bhriain", "F", 1992), ("Rajesh", "Venkataraman", "M", 1955),
    ("Yuki", "Nakamura", "F", 1941), ("Grzegorz", "Wiśniewski", "M", 1968),
    ("Fatima", "Haddad", "F", 1983), ("Dmitri", "Sokolov", "M", 1951),
    ("Ngozi", "Okonkwo", "F", 1974), ("Ximena", "Castañeda", "F", 2001),
    ("Björn", "Lindqvist", "M", 1946), ("Zoë", "Müller-Hart", "F", 1996),
    ("Hoa", "Đặng", "F", 1962), ("Kwame", "Asante", "M", 1990),
    ("Liam", "O'Connell", "M", 1985), ("Aroha", "Ngata", "F", 1971),
    ("Tomás", "Villanueva", "M", 1977), ("Eleni", "Papadopoulou", "F", 1953),
    ("Henri", "Dubois", "M", 1944), ("Dolores", "Whitaker", "F", 1930),
    ("Shlomo", "Friedman", "M", 1932), ("Beatriz", "Quispe", "F", 1966),
    ("Anneliese", "Vogt", "F", 1928), ("Jamal", "Washington", "M", 1999),
]

MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREETS = ["E Camelback Rd", "N 32nd St", "W Indian School Rd", "S Mill Ave", "E Baseline Rd",
           "N Scottsdale Rd", "W Glendale Ave", "E Speedway Blvd", "N Oracle Rd", "E Thunderbird Rd",
           "W Peoria Ave", "S Rural Rd", "N Hayden Rd", "E McDowell Rd", "W Bethany Home Rd",
           "N Central Ave", "E Broadway Rd", "S Alma School Rd", "E Grant Rd", "N Campbell Ave",
           "Calle Sin Envidia", "E Desert Willow Dr", "W Saguaro Vista Ln", "N Tatum Blvd"]
CITIES = [("Phoenix", "Maricopa", "602", ["85008", "85016", "85018", "85032", "85014"]),
          ("Tempe", "Maricopa", "480", ["85281", "85282", "85283"]),
          ("Mesa", "Maricopa", "480", ["85201", "85204", "85210"]),
          ("Scottsdale", "Maricopa", "480", ["85251", "85257", "85260"]),
          ("Glendale", "Maricopa", "623", ["85301", "85302"]),
          ("Chandler", "Maricopa", "480", ["85224", "85225"]),
          ("Gilbert", "Maricopa", "480", ["85233", "85234"]),
          ("Peoria", "Maricopa", "623", ["85345", "85382"]),
          ("Tucson", "Pima", "520", ["85705", "85711", "85719", "85716"]),
          ("Oro Valley", "Pima", "520", ["85737"])]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cox.net", "protonmail.com",
             "hotmail.com", "aol.com"]
PAYERS = [("BCBSAZ", "Blue Cross Blue Shield of Arizona", lambda: R.choice(["XBP", "XBZ", "AZB"]) + "%09d" % R.randint(0, 999999999)),
          ("AETNA", "Aetna", lambda: "W" + "%09d" % R.randint(0, 999999999)),
          ("UHC", "UnitedHealthcare", lambda: "9%08d" % R.randint(0, 99999999) + "%02d" % R.randint(1, 4)),
          ("CIGNA", "Cigna", lambda: "U%08d01" % R.randint(0, 99999999)),
          ("AHCCCS", "AHCCCS (Mercy Care)", lambda: "A%08d" % R.randint(0, 99999999)),
          ("BANNERAETNA", "Banner|Aetna", lambda: "1%010d" % R.randint(0, 9999999999))]
REL = ["Daughter", "Son", "Spouse", "Husband", "Wife", "Mother", "Father", "Sister", "Brother", "Partner"]
REL_FIRST = ["Marta", "Luca", "Ana", "Kenji", "Amara", "Sean", "Leila", "Pavel", "Inés", "Tamar",
             "Chidi", "Sofía", "Ivan", "Rosa", "Ayaan", "Noa", "Elif", "Mateo", "Hina", "Oren"]


def fmt_phone(d, style=None):
    style = style or R.choice(["paren", "dash", "e164", "dot", "plain", "paren", "dash"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "e164": "+1" + d, "dot": "%s.%s.%s" % (a, b, c), "plain": d,
            "intl": "+1 %s %s %s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c)}[style]


def mk_phone(area):
    return area + "555" + "01%02d" % R.randint(0, 99)


def age_on(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# clinic main lines, adjusters and attorneys are reserved so no patient shares them
USED_PHONES = {"6025550100", "4805550100", "5205550100", "6235550100", "6025550188", "4805550161",
               "6025550139", "6025550166", "4805550123"}


def uniq_phone(area):
    while True:
        p = mk_phone(area)
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


def make_patient(i, first, last, sex, by):
    dob = dt.date(by, R.randint(1, 12), R.randint(1, 28))
    city, county, area, zips = R.choice(CITIES)
    p = {
        "first": first, "last": last, "sex": sex, "mi": R.choice(MIDDLE), "dob": dob,
        "age": age_on(dob),
        "id": R.randint(30000, 99999),
        "mrn": "PMT%06d" % R.randint(100000, 999999),
        "acct": "%09d" % R.randint(100000000, 899999999),
        "street": "%d %s" % (R.randint(100, 19999), R.choice(STREETS)),
        "unit": R.choice(["", "", "", "Apt %d" % R.randint(1, 340), "Unit %d" % R.randint(1, 60), "#%d" % R.randint(100, 2200)]),
        "city": city, "county": county, "state": "AZ", "zip": R.choice(zips),
        "zip4": "%04d" % R.randint(1000, 9999),
        "mobile": uniq_phone(area), "home": uniq_phone(area) if R.random() < 0.4 else None,
        "fax": uniq_phone(area) if R.random() < 0.2 else None,
        "ssn": ssn(),
        "user": None, "hep_platform": R.choice(["ios", "android"]),
        "wear_mac": ":".join("%02X" % R.randint(0, 255) for _ in range(6)),
        "wear_sn": "MMS-%s" % hexs(8).upper(),
        "gl_subject": "GL-%04d" % R.randint(100, 999),
        "cus": "cus_" + b62(14),
        "dl": None, "case": None,
    }
    base = unaccent(first).lower().replace("-", "").replace("'", "")
    lb = unaccent(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p["email"] = R.choice([
        "%s.%s%02d@%s" % (base, lb, by % 100, R.choice(EMAIL_DOM)),
        "%s%s@%s" % (base[0], lb, R.choice(EMAIL_DOM)),
        "%s_%s%d@%s" % (lb, base, R.randint(1, 99), R.choice(EMAIL_DOM)),
        "%s.%s@%s" % (base, lb[:1], R.choice(EMAIL_DOM)),
    ])
    p["user"] = R.choice(["%s.%s%02d" % (base, lb[:1], by % 100), "%s_%s" % (base, lb[:5]),
                          "%s%d" % (lb, R.randint(10, 999))])
    if p["age"] >= 65:
        p["payer"] = ("MEDICARE", "Medicare Part B (Noridian JF)")
        p["member"] = mbi()
        p["group"] = None
    else:
        code, pname, gen = R.choice(PAYERS)
        p["payer"] = (code, pname)
        p["member"] = gen()
        p["group"] = "%06d" % R.randint(10000, 999999) if code != "AHCCCS" else None
    if p["hep_platform"] == "ios":
        p["push"] = hexs(64)
    else:
        p["push"] = b62(11) + ":APA91b" + "".join(R.choice(B62 + "-_") for _ in range(134))
    p["imei"] = imei()
    rf = R.choice(REL_FIRST)
    rl = last if R.random() < 0.6 else R.choice(["Morales", "Chen", "Brooks", "Ivanova", "Adeyemi", "Kaur"])
    p["ec"] = {"first": rf, "last": rl, "rel": R.choice(REL), "phone": uniq_phone(R.choice(["602", "480", "520", "623"]))}
    return p


PATIENTS = [make_patient(i, *x) for i, x in enumerate(PEOPLE_SEED)]
# snowbird from Minnesota
PATIENTS[20].update({"street": "4417 London Rd", "city": "Duluth", "county": "St. Louis", "state": "MN",
                     "zip": "55804", "unit": ""})
# Canadian visitor with OHIP card (self-pay / travel insurance)
PATIENTS[13].update({"payer": ("GUARDME", "guard.me International"), "member": "GM%09d" % R.randint(0, 999999999), "group": "INTL-STU"})
PATIENTS[13].update({"street": "88 Wellesley St E", "city": "Toronto", "county": "", "state": "ON",
                     "zip": "M4Y 1H3", "unit": "Suite 1402",
                     "ohip": "%04d-%03d-%03d-%s" % (R.randint(1000, 9999), R.randint(100, 999), R.randint(100, 999),
                                                     R.choice(["KT", "AB", "RX", "LM"]))})
# workers' comp patients
for idx in (1, 3, 7, 10, 15, 18):
    p = PATIENTS[idx]
    p["case"] = {"type": "wc", "claim": R.choice(["WC-24-%07d", "CMC%08d", "2024WC%06d"]) % R.randint(0, 9999999),
                 "doi": REF_DATE - dt.timedelta(days=R.randint(10, 160)),
                 "employer": R.choice(["Sun Valley Distribution", "Copper Ridge Logistics", "Mesa Unified SD",
                                       "Desert Sky Hospitality", "Apex Roofing LLC", "Valley Metro Rail"]),
                 "carrier": R.choice(["Copperstate Mutual", "Desert Casualty Co.", "SCF Arizona"]),
                 "adjuster": R.choice([("Denise Harrow", "dharrow@copperstatemutual.com", "6025550188"),
                                       ("Marcus Bell", "mbell@desertcasualty.com", "4805550161"),
                                       ("Yvonne Tran", "ytran@scfaz.com", "6025550139")])}
# PIP / auto-accident patients
for idx in (4, 8, 16, 19, 25):
    p = PATIENTS[idx]
    p["case"] = {"type": "pip", "claim": "PIP-%04d-%04d-%s" % (R.randint(1000, 9999), R.randint(0, 9999), R.choice("ABC")),
                 "policy": "SAI-AZ-%08d" % R.randint(0, 99999999),
                 "dol": REF_DATE - dt.timedelta(days=R.randint(8, 120)),
                 "vin": vin(), "plate": R.choice(["%s%s%s%04d", "%s%s%s-%04d"]) % (
                     R.choice("BCDFGHKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                     R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 9999)),
                 "carrier": R.choice(["Saguaro Auto Insurance", "Grand Canyon Casualty", "Roadrunner Mutual"]),
                 "att_file": R.choice(["RW-%05d", "2024-PI-%04d", "LOP%06d"]) % R.randint(0, 99999),
                 "attorney": R.choice([("Miguel Ramos", "Ramos & Whitfield PLLC", "mramos@ramoswhitfield.law", "6025550166"),
                                       ("Claire Benedetto", "Benedetto Injury Law", "intake@benedettolaw.com", "4805550123")])}
    p["dl"] = R.choice(["D%08d" % R.randint(0, 99999999), "B%08d" % R.randint(0, 99999999), "%09d" % R.randint(100000000, 999999999)])

# appointment / service dates per patient
for p in PATIENTS:
    p["soc"] = REF_DATE - dt.timedelta(days=R.randint(3, 60))
    p["cert_end"] = p["soc"] + dt.timedelta(days=R.choice([59, 60, 89, 90]))
    p["next_appt"] = dt.datetime.combine(REF_DATE + dt.timedelta(days=R.randint(0, 9)),
                                         dt.time(R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17]), R.choice([0, 15, 30, 45])))
    p["auth"] = "%s%07d" % (R.choice(["A", "4B", "PA", "AUTH"]), R.randint(0, 9999999))
    p["auth_from"] = p["soc"]
    p["auth_to"] = p["soc"] + dt.timedelta(days=R.choice([30, 60, 90]))
    p["auth_visits"] = R.choice([8, 12, 12, 20, 24])
    p["used"] = R.randint(1, p["auth_visits"])
    p["disc"] = R.choice(["PT", "PT", "PT", "OT", "SLP"])

W = [3 if i in (0, 2, 6, 11, 16, 21, 24) else 2 for i in range(len(PATIENTS))]


def pick():
    return R.choices(PATIENTS, weights=W)[0]


# staff, physicians, clinics: NOT PHI
THERAPISTS = [("Priya Raman", "PT, DPT", "praman"), ("Marcus Feld", "OTR/L", "mfeld"),
              ("Hannah Cho", "CCC-SLP", "hcho"), ("Diego Alvarado", "PT", "dalvarado"),
              ("Renata Sikorska", "PTA", "rsikorska"), ("Ibrahim Yusuf", "DPT, OCS", "iyusuf"),
              ("Colleen Marsh", "COTA", "cmarsh")]
FRONT = [("Luz Ortega", "lortega"), ("Trevor Banks", "tbanks"), ("Anjali Mehta", "amehta")]
PHYS = [{"name": n, "npi": npi(), "fax": uniq_phone(a), "practice": pr}
        for n, a, pr in [("Alan Whitcombe, MD", "480", "Desert Orthopedic Associates"),
                         ("Sunita Rao, DO", "602", "Camelback Sports Medicine"),
                         ("Gregory Pham, MD", "520", "Tucson Spine & Joint"),
                         ("Olufemi Adebayo, MD", "623", "West Valley Neurology"),
                         ("Rachel Stein, PA-C", "480", "Banner Urgent Care Mesa"),
                         ("Kenneth Ybarra, MD", "602", "Arizona Hand Center")]]
CLINICS = [("camelback", "Peak Motion Therapy - Camelback", "4210 E Camelback Rd, Suite 110, Phoenix, AZ 85018", "6025550100"),
           ("tempe", "Peak Motion Therapy - Tempe", "1811 S Mill Ave, Tempe, AZ 85281", "4805550100"),
           ("oracle", "Peak Motion Therapy - Oro Valley", "10355 N Oracle Rd, Oro Valley, AZ 85737", "5205550100"),
           ("arrowhead", "Peak Motion Therapy - Arrowhead", "7620 W Bell Rd, Glendale, AZ 85308", "6235550100")]
CLINIC_NPI = npi()
CLINIC_EIN = "86-%07d" % R.randint(0, 9999999)

# --------------------------------------------------------------------------
# clock and timestamp formats
# --------------------------------------------------------------------------
T = [dt.datetime(2024, 3, 12, 14, 3, 17, 482113, tzinfo=UTC)]


def tick(a=0.2, b=14.0):
    T[0] = T[0] + dt.timedelta(seconds=R.uniform(a, b))
    return T[0]


def small(a=0.001, b=0.35):
    T[0] = T[0] + dt.timedelta(seconds=R.uniform(a, b))
    return T[0]


def f_ruby(t):
    lt = t.astimezone(AZ)
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % lt.microsecond


def f_rails_at(t):
    return t.astimezone(AZ).strftime("%Y-%m-%d %H:%M:%S -0700")


def f_z(t, digits=3):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % t.microsecond)[:digits] + "Z"


def f_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) + " UTC"


def f_logcat(t):
    lt = t.astimezone(AZ)
    return lt.strftime("%m-%d %H:%M:%S.") + "%03d" % (lt.microsecond // 1000)


def f_swift(t):
    lt = t.astimezone(AZ)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d-0700" % lt.microsecond


def f_gostd(t, micro=True):
    s = t.strftime("%Y/%m/%d %H:%M:%S")
    return s + (".%06d" % t.microsecond if micro else "")


def f_epoch(t):
    e = t.timestamp()
    return ("%.7f" % e).rstrip("0")


def f_sec(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def rh(t, lvl, pid, prog=""):
    return "%s, [%s #%d] %5s -- %s: " % (lvl[0], f_ruby(t), pid, lvl, prog)


RAILS_PIDS = [2817, 2822, 2831, 2840]
SQ_PIDS = [3104, 3119]
API_PIDS = [4410, 4417]


def dmy(d):
    return d.strftime("%m/%d/%Y")


def iso(d):
    return d.strftime("%Y-%m-%d")


def d8(d):
    return d.strftime("%Y%m%d")


# --------------------------------------------------------------------------
# CLEAN groups (no PHI in any line)
# --------------------------------------------------------------------------
SQ_JOBS = ["FaxPlanOfCareJob", "ProgressNoteFaxJob", "AuthorizationSweepJob", "EligibilityBatchJob",
           "HepAdherenceDigestJob", "ClaimSubmissionJob", "RemitImportJob", "ReminderDispatchJob",
           "StripeReconcileJob", "TherapyThresholdRecalcJob", "AuditLogShipperJob", "GaitLabIngestJob"]


def c_sidekiq():
    pid = R.choice(SQ_PIDS)
    tid = b62(4).lower()
    job = R.choice(SQ_JOBS)
    jid = hexs(24)
    t = tick()
    out = [mk("sidekiq", f_z(t), " pid=%d tid=%s class=%s jid=%s INFO: start" % (pid, tid, job, jid))]
    t = small(0.05, 4)
    el = R.uniform(0.02, 9.5)
    out.append(mk("sidekiq", f_z(t), " pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (pid, tid, job, jid, el)))
    return out


def c_sidekiq_json():
    t = tick()
    k = R.random()
    pid = R.choice(SQ_PIDS)
    L = Line("sidekiq-json")
    if k < 0.5:
        emit_json(L, {"ts": f_z(t), "pid": pid, "tid": b62(4).lower(), "lvl": "INFO",
                      "msg": "Heartbeat: %d busy, %d enqueued, %d retries" % (R.randint(0, 12), R.randint(0, 400), R.randint(0, 9))})
    else:
        q = R.choice(["faxes", "claims", "default", "reminders", "low"])
        emit_json(L, {"ts": f_z(t), "pid": pid, "tid": b62(4).lower(), "lvl": "WARN",
                      "msg": "Queue latency %s exceeded threshold: %.1fs > 30s" % (q, R.uniform(30, 240)),
                      "ctx": {"queue": q, "size": R.randint(40, 900)}})
    return [L]


def c_pg():
    t = tick()
    pid = R.randint(20000, 39999)
    k = R.random()
    if k < 0.3:
        tbl = R.choice(["visit_notes", "audit_events", "appointments", "sms_messages", "claim_lines"])
        return [mk("pg", f_pg(t), " [%d] LOG:  automatic vacuum of table \"emr_production.public.%s\": index scans: 1" % (pid, tbl))]
    if k < 0.5:
        b = R.randint(900, 30000)
        w = R.uniform(20, 270)
        sy = R.uniform(0, 0.2)
        return [mk("pg", f_pg(t), " [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.%03d s, average=0.001 s; distance=%d kB, estimate=%d kB"
                   % (pid, b, b / 1638.4, R.randint(0, 3), w, sy, w + sy + R.uniform(0.001, 0.09), R.randint(20, 300), R.randint(1, 40), R.randint(5000, 90000), R.randint(5000, 90000)))]
    # slow report query with non-person date range
    d1 = dt.date(2024, R.choice([1, 2, 3]), 1)
    d2 = d1 + dt.timedelta(days=R.choice([27, 30]))
    ms = R.uniform(1000, 9000)
    return [mk("pg", f_pg(t), " [%d] emr@emr_production LOG:  duration: %.3f ms  execute <unnamed>: SELECT v.clinic_id, v.discipline, count(*) AS visits, sum(cl.charge_cents) FROM visits v JOIN claim_lines cl ON cl.visit_id = v.id WHERE v.date_of_service BETWEEN $1 AND $2 GROUP BY 1, 2" % (pid, ms)),
            mk("pg", f_pg(small()), " [%d] emr@emr_production DETAIL:  parameters: $1 = '%s', $2 = '%s'" % (pid, iso(d1), iso(d2)))]


def c_health():
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    ip = priv_ip()
    path = R.choice(["/healthz", "/up", "/readyz"])
    return [mk("rails", rh(t, "INFO", pid), '[%s] Started GET "%s" for %s at %s' % (rid, path, ip, f_rails_at(t))),
            mk("rails", rh(small(), "INFO", pid), "[%s] Completed 200 OK in %dms (Views: 0.2ms | ActiveRecord: %.1fms | Allocations: %d)" % (rid, R.randint(1, 9), R.uniform(0.3, 3), R.randint(150, 900)))]


def c_rails_schedule():
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    clinic = R.randint(1, 4)
    d = REF_DATE + dt.timedelta(days=R.randint(-2, 7))
    out = [mk("rails", rh(t, "INFO", pid), '[%s] Started GET "/schedule?clinic_id=%d&date=%s&view=day" for %s at %s' % (rid, clinic, iso(d), priv_ip(), f_rails_at(t))),
           mk("rails", rh(small(), "INFO", pid), "[%s] Processing by SchedulesController#show as HTML" % rid),
           mk("rails", rh(small(), "INFO", pid), '[%s]   Parameters: {"clinic_id"=>"%d", "date"=>"%s", "view"=>"day"}' % (rid, clinic, iso(d))),
           mk("rails", rh(small(0.05, 0.9), "INFO", pid), "[%s] Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % ((rid, tot, tot * R.uniform(0.3, 0.6), tot * R.uniform(0.1, 0.35), R.randint(20000, 190000)) if (tot := R.randint(80, 900)) else ()))]
    return out


def c_lograge():
    t = tick()
    L = mk("lograge", rh(t, "INFO", R.choice(API_PIDS)))
    path, ctrl, act = R.choice([("/api/v2/exercises", "Api::V2::ExercisesController", "index"),
                                ("/api/v2/clinics", "Api::V2::ClinicsController", "index"),
                                ("/api/v2/config/mobile", "Api::V2::ConfigController", "show"),
                                ("/api/v2/exercises/ex_2231/video", "Api::V2::ExercisesController", "video")])
    emit_kv(L, [("method", "GET"), ("path", path), ("format", "json"), ("controller", ctrl), ("action", act),
                ("status", R.choice([200, 200, 200, 304])), ("duration", "%.2f" % R.uniform(3, 120)),
                ("view", "%.2f" % R.uniform(0.5, 20)), ("db", "%.2f" % R.uniform(0.3, 30)),
                ("remote_ip", priv_ip()), ("request_id", uuid4())])
    return [L]


def c_flutter():
    t = tick()
    pid = R.randint(7000, 9999)
    k = R.random()
    if k < 0.3:
        return [mk("logcat", f_logcat(t), "  %d  %d I Choreographer: Skipped %d frames!  The application may be doing too much work on its main thread." % (pid, pid, R.randint(31, 120)))]
    if k < 0.55:
        return [mk("flutter", "I/flutter (%d): [HEP] ExerciseSync: uploaded %d completions, %d pending, took %dms" % (pid, R.randint(1, 9), R.randint(0, 3), R.randint(80, 2400)))]
    if k < 0.75:
        return [mk("flutter", "I/flutter (%d): [INFO] %s: VideoCache: evicted %d entries (%.1f MB), hit rate %.2f" % (pid, f_ruby(t).replace("T", " ")[:23], R.randint(1, 14), R.uniform(10, 300), R.uniform(0.4, 0.99)))]
    return [mk("logcat", f_logcat(t), "  %d  %d W FirebaseMessaging: Unable to log event: analytics library is missing" % (pid, pid + R.randint(10, 90))),
            mk("logcat", f_logcat(small()), "  %d  %d D ConnectivityService: NetworkAgentInfo [WIFI () - %d] validation passed" % (pid, pid + R.randint(10, 90), R.randint(100, 900)))]


def c_swift():
    t = tick()
    pid = R.randint(1200, 6999)
    tid = R.randint(1000000, 9999999)
    k = R.random()
    pre = f_swift(t) + " PeakHEP[%d:%d] " % (pid, tid)
    if k < 0.25:
        return [mk("ios", pre, "10.22.0 - [FirebaseAnalytics][I-ACS023007] Analytics v.10.22.0 started")]
    if k < 0.45:
        return [mk("ios", pre, "10.22.0 - [FirebaseMessaging][I-FCM002022] APNS device token not set before retrieving FCM Token for Sender ID '%d'. Be sure to re-retrieve the FCM token once the APNS device token is set." % R.randint(10 ** 11, 10 ** 12 - 1))]
    if k < 0.6:
        return [mk("ios", pre, "[API] GET https://api.peakmotion.app/v2/exercises?updated_since=%d -> 200 (%d ms, %d bytes)" % (int(t.timestamp()) - 86400, R.randint(60, 900), R.randint(800, 90000)))]
    if k < 0.75:
        return [mk("ios", pre, "[BGTask] com.peakmotion.hep.refresh scheduled earliestBeginDate=%s" % f_swift(t + dt.timedelta(hours=4))[:19])]
    if k < 0.88:
        return [mk("ios", pre, "10.22.0 - [FirebaseCrashlytics][I-CLS000000] Crashlytics skipped rotating the Install ID during urgent mode because it is run on the main thread, which can't succeed. This can happen if the app crashed the last run and Crashlytics is uploading urgently.")]
    return [mk("ios", pre, "nw_connection_copy_connected_local_endpoint_block_invoke [C%d] Connection has no local endpoint" % R.randint(1, 40))]


def c_fax_status():
    t = tick()
    ph = R.choice(PHYS)
    fid = "fx_" + ulid()
    L = Line("zap")
    if R.random() < 0.6:
        emit_json(L, {"level": "info", "ts": Raw(f_epoch(t)), "caller": "outbound/status.go:88", "msg": "fax status",
                      "fax_id": fid, "status": "delivered", "remote_csid": ph["fax"], "pages_sent": R.randint(2, 11),
                      "duration_s": round(R.uniform(30, 240), 1), "carrier": "sinch"}, go=True)
        return [L]
    emit_json(L, {"level": "warn", "ts": Raw(f_epoch(t)), "caller": "outbound/retry.go:51", "msg": "fax attempt failed",
                  "fax_id": fid, "to": "+1" + ph["fax"], "attempt": R.randint(1, 4),
                  "error": R.choice(["NO_ANSWER", "BUSY", "T30_TIMEOUT", "FAX_TONE_NOT_DETECTED"]),
                  "next_retry_in": R.choice(["5m0s", "15m0s", "1h0m0s"])}, go=True)
    return [L]


def c_push_stats():
    t = tick()
    L = mk("slog", "time=", f_z(t), " ")
    k = R.random()
    if k < 0.5:
        emit_kv(L, [("level", "INFO"), ("msg", "batch dispatched"), ("provider", R.choice(["apns", "fcm"])),
                    ("sent", R.randint(20, 900)), ("failed", R.randint(0, 6)), ("elapsed", "%dms" % R.randint(100, 5000)),
                    ("batch_id", ulid())])
    else:
        emit_kv(L, [("level", "INFO"), ("msg", "apns connection pool refreshed"), ("host", "api.push.apple.com:443"),
                    ("conns", R.randint(2, 8)), ("cert_expires", "2025-01-17")])
    return [L]


def c_auth_summary():
    t = tick()
    pid = R.choice(SQ_PIDS)
    return [mk("ruby", rh(t, "INFO", pid, "AuthTracker"),
               "nightly sweep: %d active authorizations, %d expiring within 14d, %d at >=80%% visit usage, %d over limit (payers=%d)"
               % (R.randint(800, 1600), R.randint(20, 90), R.randint(30, 140), R.randint(0, 7), R.randint(12, 31)))]


def c_claims():
    t = tick()
    pid = R.choice(SQ_PIDS)
    k = R.random()
    if k < 0.35:
        return [mk("ruby", rh(t, "INFO", pid, "ClaimSubmission"),
                   "837P batch %s submitted to clearinghouse (ISA13=%09d, %d claims, total $%s)" % ("B" + hexs(10).upper(), R.randint(1, 999999999), R.randint(12, 240), "{:,.2f}".format(R.uniform(2000, 60000))))]
    if k < 0.6:
        return [mk("ruby", rh(t, "INFO", pid, "ClaimSubmission"),
                   "999 ack ICN %09d: AK9*A*%d*%d*%d~ accepted" % (R.randint(1, 999999999), *[R.randint(10, 200)] * 3))]
    if k < 0.8:
        return [mk("ruby", rh(t, "INFO", pid, "TherapyCapService"),
                   "loaded KX thresholds CY2024: PT/SLP combined $2,330.00, OT $2,330.00; targeted medical review $3,000.00")]
    seg = R.choice(["SV1*HC:97110:GP:KX*132*UN*4***1~", "SV1*HC:97140:GP*66*UN*2***1~", "SV1*HC:97530:GO:KX*99*UN*3***1~",
                    "SV1*HC:92507:GN*145*UN*1***1~", "HI*ABK:M5416*ABF:M6281~", "NM1*85*2*PEAK MOTION THERAPY LLC*****XX*%s~" % CLINIC_NPI,
                    "REF*EI*%s~" % CLINIC_EIN.replace("-", "")])
    return [mk("ruby", rh(t, "DEBUG", pid, "X12::Writer"), "seg %04d %s" % (R.randint(12, 60), seg))]


def c_gait():
    t = tick()
    k = R.random()
    if k < 0.35:
        return [mk("gostd", f_gostd(t), " forceplate.go:92: FP%d serial=AMTI-OR6-7-%04d zeroed offset_fz=%.2fN offset_mz=%.3fNm" % (R.randint(1, 2), R.randint(1000, 9999), R.uniform(-3, 3), R.uniform(-0.2, 0.2)))]
    if k < 0.7:
        return [mk("gostd", f_gostd(t), " vicon.go:148: camera %d (Vero v2.2 #VR22-%05d) sync ok jitter=%.2fms residual=%.2fmm" % (R.randint(1, 12), R.randint(10000, 99999), R.uniform(0.1, 1.4), R.uniform(0.1, 0.9)))]
    return [mk("gostd", f_gostd(t), " upload.go:61: uploaded %d c3d files (%.1f MB) to s3://pm-gaitlab-prod/ingest/ in %s" % (R.randint(1, 24), R.uniform(5, 800), "%.2fs" % R.uniform(1, 60)))]


def c_sms_clean():
    t = tick()
    L = Line("zerolog")
    k = R.random()
    if k < 0.5:
        emit_json(L, {"level": "debug", "svc": "sms-gw", "sig": "valid", "path": "/v1/twilio/status",
                      "MessageSid": "SM" + hexs(32), "time": f_sec(t), "message": "twilio signature verified"}, go=True)
    else:
        emit_json(L, {"level": "warn", "svc": "sms-gw", "messaging_service": "MG" + hexs(32), "queued": R.randint(50, 600),
                      "mps": 10, "time": f_sec(t), "message": "throughput cap reached, deferring reminders"}, go=True)
    return [L]


def c_stripe():
    t = tick()
    pid = R.choice(RAILS_PIDS)
    path = R.choice(["/v1/payment_intents", "/v1/refunds", "/v1/customers", "/v1/payment_methods"])
    out = [mk("stripe-ruby", rh(t, "INFO", pid), "message='Request to Stripe API' api_version=2023-10-16 method=post num_retries=0 path=%s" % path),
           mk("stripe-ruby", rh(small(0.1, 0.9), "INFO", pid), "message='Response from Stripe API' api_version=2023-10-16 elapsed=%.3f idempotency_key=%s method=post path=%s request_id=req_%s status=200"
              % (R.uniform(0.1, 1.4), uuid4(), path, b62(14)))]
    return out


def c_audit_staff():
    t = tick()
    st = R.choice(THERAPISTS + [(f[0], "", f[1]) for f in FRONT])
    L = Line("audit-json")
    if R.random() < 0.5:
        emit_json(L, {"event": "user.sign_in", "actor": {"type": "User", "id": R.randint(100, 900), "email": st[2] + "@peakmotionpt.com"},
                      "ip": priv_ip(), "mfa": "totp", "at": f_z(t)})
    else:
        emit_json(L, {"eventType": "REPORT_EXPORT", "userId": R.randint(100, 900), "userName": st[0],
                      "report": R.choice(["visits_by_clinic", "auth_expiring", "kx_threshold", "ar_aging"]),
                      "rows": R.randint(10, 4000), "format": "csv", "sourceIp": priv_ip(), "occurredAt": f_z(t)})
    return [L]


def c_physdir():
    t = tick()
    ph = R.choice(PHYS)
    return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "ReferralDirectorySync"),
               "upserted provider npi=%s name=\"%s\" practice=\"%s\" fax=%s taxonomy=207X00000X" % (ph["npi"], ph["name"], ph["practice"], fmt_phone(ph["fax"])))]


def c_wc_clean():
    t = tick()
    adj = R.choice([("Denise Harrow", "dharrow@copperstatemutual.com", "6025550188"), ("Marcus Bell", "mbell@desertcasualty.com", "4805550161")])
    if R.random() < 0.5:
        return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "CaseSync"), "fetched %d open claims from carrier portal (%s), %d updated" % (R.randint(3, 40), R.choice(["Copperstate Mutual", "SCF Arizona", "Desert Casualty Co."]), R.randint(0, 9)))]
    return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "CaseSync"),
               "case_id=%d additional visits approved=%d by adjuster %s <%s> ph %s x%d" % (R.randint(1000, 9999), R.choice([6, 8, 12]), adj[0], adj[1], fmt_phone(adj[2], "paren"), R.randint(100, 399)))]


def c_infra():
    t = tick()
    k = R.random()
    if k < 0.25:
        return [mk("puma", "[%d] * Listening on http://0.0.0.0:3000" % R.choice(RAILS_PIDS))]
    if k < 0.45:
        return [mk("slog", "time=", f_z(t), " level=INFO msg=\"http server started\" addr=:8080 version=v1.14.%d commit=%s built=2024-02-28T19:11:04Z" % (R.randint(0, 9), hexs(7)))]
    if k < 0.65:
        L = Line("zap")
        emit_json(L, {"level": "info", "ts": Raw(f_epoch(t)), "caller": "cmd/faxd/main.go:64", "msg": "worker pool ready",
                      "workers": 8, "provider": "sinch", "callback_url": "https://faxd.internal.peakmotionpt.com/cb"}, go=True)
        return [L]
    if k < 0.85:
        return [mk("sidekiq", f_z(t), " pid=%d tid=%s INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis-emr.internal:6379/2\"}" % (R.choice(SQ_PIDS), b62(4).lower()))]
    return [mk("rails", rh(t, "WARN", R.choice(RAILS_PIDS)), "[%s] Rack::Attack throttled login from %s (12 req/60s)" % (uuid4(), priv_ip()))]


def c_reminder_clean():
    t = tick()
    cl = R.choice(CLINICS)
    return [mk("slog", "time=", f_z(t), " level=INFO msg=\"reminder run complete\" clinic=%s window=24h queued=%d skipped_optout=%d from=+1%s" % (cl[0], R.randint(20, 160), R.randint(0, 9), cl[3]))]


CLEAN = [(c_sidekiq, 9), (c_sidekiq_json, 3), (c_pg, 5), (c_health, 4), (c_rails_schedule, 3), (c_lograge, 4),
         (c_flutter, 6), (c_swift, 6), (c_fax_status, 5), (c_push_stats, 3), (c_auth_summary, 2), (c_claims, 6),
         (c_gait, 4), (c_sms_clean, 3), (c_stripe, 4), (c_audit_staff, 4), (c_physdir, 3), (c_wc_clean, 2),
         (c_infra, 4), (c_reminder_clean, 3)]


# --------------------------------------------------------------------------
# PHI groups (at least one line with PHI; may contain clean lines)
# --------------------------------------------------------------------------
def p_chart_view(p):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    sub, ctrl = R.choice([("chart", "ChartsController#show"), ("visits", "VisitsController#index"),
                          ("plan_of_care", "PlansOfCareController#show"), ("progress_notes", "ProgressNotesController#index"),
                          ("flowsheet", "FlowsheetsController#show")])
    pidstr = str(p["id"])
    out = [mk("rails", rh(t, "INFO", pid), '[%s] Started GET "/patients/' % rid, (pidstr, "mrn"), '/%s" for %s at %s' % (sub, priv_ip(), f_rails_at(t))),
           mk("rails", rh(small(), "INFO", pid), "[%s] Processing by %s as HTML" % (rid, ctrl)),
           mk("rails", rh(small(), "INFO", pid), '[%s]   Parameters: {"patient_id"=>"' % rid, (pidstr, "mrn"), '"}')]
    if R.random() < 0.5:
        out.append(mk("rails", rh(small(), "DEBUG", pid), '[%s]   Patient Load (%.1fms)  SELECT "patients".* FROM "patients" WHERE "patients"."id" = $1 LIMIT $2  [["id", ' % (rid, R.uniform(0.2, 3)),
                      (pidstr, "mrn"), '], ["LIMIT", 1]]'))
    out.append(mk("rails", rh(small(0.05, 0.6), "INFO", pid), "[%s] Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % ((rid, tot, tot * R.uniform(0.3, 0.6), tot * R.uniform(0.1, 0.35), R.randint(9000, 150000)) if (tot := R.randint(60, 700)) else ())))
    return out


def p_patient_update(p):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    pidstr = str(p["id"])
    out = [mk("rails", rh(t, "INFO", pid), '[%s] Started PATCH "/patients/' % rid, (pidstr, "mrn"), '" for %s at %s' % (priv_ip(), f_rails_at(t))),
           mk("rails", rh(small(), "INFO", pid), "[%s] Processing by PatientsController#update as TURBO_STREAM" % rid)]
    L = mk("rails", rh(small(), "INFO", pid), "[%s]   Parameters: " % rid)
    addr = {"line1": P(p["street"], "address"), "line2": p["unit"], "city": P(p["city"], "address"),
            "state": p["state"], "zip": P(p["zip"], "zip")}
    if p["county"] and R.random() < 0.5:
        addr["county"] = P(p["county"], "address")
    pat = {"first_name": P(p["first"], "name"), "middle_initial": p["mi"], "last_name": P(p["last"], "name"),
           "preferred_name": "", "date_of_birth": P(iso(p["dob"]), "date"), "sex": p["sex"], "ssn": "[FILTERED]",
           "phone_mobile": P(fmt_phone(p["mobile"], R.choice(["paren", "dash"])), "phone"),
           "email": P(p["email"], "email"), "address_attributes": addr}
    if R.random() < 0.4:
        pat["mrn"] = P(p["mrn"], "mrn")
    emit_rb(L, {"authenticity_token": "[FILTERED]", "patient": pat, "commit": "Save Patient", "id": P(pidstr, "mrn")})
    out.append(L)
    out.append(mk("rails", rh(small(), "INFO", pid), "[%s] Redirected to https://emr.peakmotionpt.com/patients/" % rid, (pidstr, "mrn")))
    out.append(mk("rails", rh(small(), "INFO", pid), "[%s] Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rid, R.randint(40, 300), R.uniform(5, 90), R.randint(8000, 60000))))
    return out


def p_hep_api(p):
    t = tick()
    pid = R.choice(API_PIDS)
    rid = uuid4()
    ip = pub_ip()
    p.setdefault("ip", ip)
    ip = p["ip"]
    path, ctrl = R.choice([("/api/v2/assignments/today", "Api::V2::AssignmentsController#today"),
                           ("/api/v2/me", "Api::V2::ProfilesController#show"),
                           ("/api/v2/completions", "Api::V2::CompletionsController#create"),
                           ("/api/v2/messages", "Api::V2::MessagesController#index")])
    meth = "POST" if "completions" in path else "GET"
    out = [mk("rails", rh(t, "INFO", pid), '[%s] Started %s "%s" for ' % (rid, meth, path), (ip, "ip"), " at %s" % f_rails_at(t)),
           mk("rails", rh(small(), "INFO", pid), "[%s] Processing by %s as JSON" % (rid, ctrl))]
    if meth == "POST":
        out.append(mk("rails", rh(small(), "INFO", pid), '[%s]   Parameters: {"completion"=>{"exercise_id"=>"ex_%d", "sets"=>%d, "reps"=>%d, "pain_score"=>%d, "rpe"=>%d}}'
                      % (rid, R.randint(1000, 9999), R.randint(1, 4), R.randint(5, 20), R.randint(0, 7), R.randint(3, 9))))
    out.append(mk("rails", rh(small(0.02, 0.3), "INFO", pid), "[%s] Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                  % (rid, "201 Created" if meth == "POST" else "200 OK", R.randint(15, 200), R.uniform(1, 40), R.uniform(1, 60), R.randint(2000, 30000))))
    return out


def p_lograge(p):
    t = tick()
    p.setdefault("ip", pub_ip())
    L = mk("lograge", rh(t, "INFO", R.choice(API_PIDS)))
    path, ctrl, act = R.choice([("/api/v2/me", "Api::V2::ProfilesController", "show"),
                                ("/api/v2/assignments/today", "Api::V2::AssignmentsController", "today"),
                                ("/api/v2/devices", "Api::V2::DevicesController", "create")])
    items = [("method", "POST" if act == "create" else "GET"), ("path", path), ("format", "json"), ("controller", ctrl),
             ("action", act), ("status", 200), ("duration", "%.2f" % R.uniform(5, 200)), ("view", "%.2f" % R.uniform(0.5, 30)),
             ("db", "%.2f" % R.uniform(0.5, 40)), ("remote_ip", P(p["ip"], "ip")),
             (R.choice(["patient_id", "current_patient_id", "pt_id"]), P(str(p["id"]), "mrn")), ("request_id", uuid4())]
    emit_kv(L, items)
    return [L]


def p_sidekiq_err(p):
    t = tick()
    pid = R.choice(SQ_PIDS)
    tid = b62(4).lower()
    jid = hexs(24)
    job, q, err = R.choice([("ProgressNoteFaxJob", "faxes", ("Faxd::RemoteError", "provider returned 503")),
                            ("EligibilityCheckJob", "default", ("Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)>")),
                            ("HepInviteJob", "mailers", ("Postmark::InvalidMessageError", "Invalid 'To' address"))])
    out = [mk("sidekiq", f_z(t), " pid=%d tid=%s class=%s jid=%s INFO: start" % (pid, tid, job, jid)),
           mk("sidekiq", f_z(small(0.3, 8)), " pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: fail" % (pid, tid, job, jid, R.uniform(0.3, 30)))]
    L = mk("sidekiq", f_z(small()), " pid=%d tid=%s WARN: " % (pid, tid))
    if job == "HepInviteJob":
        args = [P(p["id"], "mrn"), P(p["email"], "email")]
    elif job == "EligibilityCheckJob":
        args = [P(p["id"], "mrn"), p["payer"][0], P(p["member"], "health_plan")]
    else:
        args = [P(p["id"], "mrn"), "progress_note", R.randint(400000, 699999)]
    ca = t.timestamp() - R.uniform(1, 500)
    emit_json(L, {"context": "Job raised exception", "job": {"retry": 5, "queue": q, "args": args, "class": job, "jid": jid,
                                                           "created_at": Raw("%.7f" % ca), "enqueued_at": Raw("%.7f" % (ca + 0.01)),
                                                           "error_message": err[1], "error_class": err[0],
                                                           "failed_at": Raw("%.7f" % t.timestamp()), "retry_count": R.randint(0, 4)}})
    out.append(L)
    return out


def pgq(s):
    return s.replace("'", "''")


def p_pg(p):
    t = tick()
    pid = R.randint(20000, 39999)
    k = R.random()
    pre = "%s [%d] emr@emr_production " % (f_pg(t), pid)
    if k < 0.45:
        return [mk("pg", pre, "LOG:  duration: %.3f ms  execute <unnamed>: SELECT p.id, p.mrn, p.last_name, p.first_name, p.date_of_birth FROM patients p WHERE lower(p.last_name) LIKE lower($1) AND p.date_of_birth = $2 AND p.deleted_at IS NULL ORDER BY p.last_name LIMIT 25" % R.uniform(1000, 6000)),
                mk("pg", "%s [%d] emr@emr_production DETAIL:  parameters: $1 = '" % (f_pg(small()), pid), (pgq(p["last"]), "name"), "%', $2 = '", (iso(p["dob"]), "date"), "'")]
    if k < 0.75:
        return [mk("pg", pre, "LOG:  duration: %.3f ms  execute <unnamed>: SELECT a.* FROM authorizations a JOIN insurance_policies ip ON ip.id = a.insurance_policy_id WHERE ip.member_id = $1 AND a.status = $2" % R.uniform(1000, 4000)),
                mk("pg", "%s [%d] emr@emr_production DETAIL:  parameters: $1 = '" % (f_pg(small()), pid), (p["member"], "health_plan"), "', $2 = 'active'")]
    pre = "%s [%d] dba_oncall@emr_production " % (f_pg(t), pid)
    return [mk("pg", pre, "LOG:  duration: %.3f ms  statement: UPDATE patients SET phone_mobile = '" % R.uniform(1000, 2500), (fmt_phone(p["mobile"], "paren"), "phone"),
               "', updated_at = now() WHERE id = ", (str(p["id"]), "mrn"), ";")]


def p_audit(p):
    t = tick()
    st = R.choice(THERAPISTS)
    L = Line("audit-json")
    k = R.random()
    if k < 0.4:
        emit_json(L, {"event": R.choice(["chart.viewed", "note.signed", "poc.printed"]),
                      "actor": {"type": "User", "id": R.randint(100, 900), "name": "%s, %s" % (st[0], st[1])},
                      "subject": {"type": "Patient", "id": P(p["id"], "mrn"), "mrn": P(p["mrn"], "mrn")},
                      "ip": priv_ip(), "request_id": uuid4(), "at": f_z(t)})
    elif k < 0.75:
        emit_json(L, {"eventType": "PHI_DISCLOSURE", "userId": R.randint(100, 900), "patientMrn": P(p["mrn"], "mrn"),
                      "patientName": P("%s, %s" % (p["last"], p["first"]), "name"),
                      "recipient": R.choice(PHYS)["practice"], "channel": "fax", "docType": "progress_note",
                      "dateOfService": P(iso(REF_DATE - dt.timedelta(days=R.randint(0, 6))), "date"),
                      "occurredAt": f_z(t)})
    else:
        emit_json(L, {"ts": f_z(t), "action": "break_glass", "actor_email": st[2] + "@peakmotionpt.com",
                      "patient_id": P(p["id"], "mrn"), "reason": "covering therapist", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"})
    return [L]


def p_flutter(p):
    t = tick()
    pid = R.randint(7000, 9999)
    k = R.random()
    if k < 0.4:
        return [mk("flutter", "I/flutter (%d): *** Request ***" % pid),
                mk("flutter", "I/flutter (%d): uri: https://api.peakmotion.app/v2/auth/login" % pid),
                mk("flutter", "I/flutter (%d): data: {username: " % pid, (p["user"], "other_id"), ", password: ********, device: %s}" % R.choice(["Pixel 7", "SM-S911U", "moto g stylus 5G"])),
                mk("flutter", "I/flutter (%d): *** Response ***" % pid),
                mk("flutter", "I/flutter (%d): statusCode: 200" % pid)]
    if k < 0.7:
        return [mk("flutter", "I/flutter (%d): [INFO] %s: Session: signed in as " % (pid, f_ruby(t).replace("T", " ")[:23]), (p["user"], "other_id"), " (patient ", (str(p["id"]), "mrn"), ")")]
    L = mk("logcat", f_logcat(t), "  %d  %d D FLTFireMsgService: FCM token refreshed: " % (pid, pid + R.randint(10, 90)))
    if p["hep_platform"] == "android":
        L.p(p["push"], "device")
    else:
        L.p(b62(11) + ":APA91b" + "".join(R.choice(B62 + "-_") for _ in range(134)), "device")
    return [L]


def p_dart_profile(p):
    t = tick()
    pid = R.randint(7000, 9999)
    L = mk("flutter", "I/flutter (%d): [FINE] HepApi: profile cached " % pid)
    emit_json(L, {"id": P(p["id"], "mrn"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                  "email": P(p["email"], "email"), "dob": P(iso(p["dob"]), "date"),
                  "clinic": R.choice(CLINICS)[0], "therapist": R.choice(THERAPISTS)[0]})
    return [L]


def p_swift(p):
    t = tick()
    pid = R.randint(1200, 6999)
    tid = R.randint(1000000, 9999999)
    pre = f_swift(t) + " PeakHEP[%d:%d] " % (pid, tid)
    k = R.random()
    if k < 0.35:
        tok = p["push"] if p["hep_platform"] == "ios" else hexs(64)
        return [mk("ios", pre, "[Push] didRegisterForRemoteNotificationsWithDeviceToken: ", (tok, "device")),
                mk("ios", f_swift(small()) + " PeakHEP[%d:%d] " % (pid, tid), "[API] POST https://api.peakmotion.app/v2/devices -> 201 (%d ms)" % R.randint(80, 700))]
    if k < 0.7:
        L = mk("ios", pre, "[Profile] cached ")
        emit_json(L, {"dob": P(dmy(p["dob"]), "date"), "email": P(p["email"], "email"),
                      "name": P("%s %s" % (p["first"], p["last"]), "name"), "patientId": P(p["id"], "mrn"),
                      "portal": P("https://hep.peakmotion.app/p/%s-%s-%d" % (unaccent(p["first"]).lower().replace("'", ""), unaccent(p["last"]).lower().replace(" ", "-").replace("'", ""), p["id"] % 10000), "url")},
                  slash=True)
        return [L]
    L = mk("ios", pre, "[Crash] attaching user to Crashlytics report: setUserID(", (str(p["id"]), "mrn"), ") setCustomValue(", (p["user"], "other_id"), ', forKey: "username")')
    return [L]


def p_push(p):
    t = tick()
    L = mk("slog", "time=", f_z(t), " ")
    prov = "apns" if p["hep_platform"] == "ios" else "fcm"
    k = R.random()
    if k < 0.7:
        emit_kv(L, [("level", "INFO"), ("msg", "push sent"), ("provider", prov), ("topic", "com.peakmotion.hep"),
                    ("token", P(p["push"], "device")), ("patient_id", P(str(p["id"]), "mrn")),
                    ("kind", R.choice(["hep_reminder", "appt_reminder", "message"])),
                    ("apns_id" if prov == "apns" else "fcm_msg", uuid4() if prov == "apns" else "projects/peakhep-prod/messages/0:%d%%%s" % (R.randint(10 ** 15, 10 ** 16), hexs(16))),
                    ("status", 200)])
        return [L]
    emit_kv(L, [("level", "WARN"), ("msg", "push rejected"), ("provider", prov),
                ("reason", "BadDeviceToken" if prov == "apns" else "UNREGISTERED"),
                ("token", P(p["push"], "device")), ("patient_id", P(str(p["id"]), "mrn"))])
    L2 = mk("slog", "time=", f_z(small()), " ")
    emit_kv(L2, [("level", "INFO"), ("msg", "device token pruned"), ("provider", prov), ("device_row", R.randint(10000, 99999))])
    return [L, L2]


def p_fax(p):
    t = tick()
    ph = R.choice(PHYS)
    fid = "fx_" + ulid()
    L = Line("zap")
    k = R.random()
    if k >= 0.7:
        p = R.choice([q for q in PATIENTS if q["fax"]])
    if k < 0.7:
        doc = R.choice(["plan_of_care", "progress_note", "re_eval", "discharge_summary"])
        d = {"level": "info", "ts": Raw(f_epoch(t)), "caller": "outbound/queue.go:142", "msg": "fax queued",
             "fax_id": fid, "doc": doc, "to": "+1" + ph["fax"], "to_name": "Dr. " + ph["name"],
             "pages": R.randint(2, 9),
             "cover": {"re": P("%s, %s" % (p["last"], p["first"]), "name"), "dob": P(dmy(p["dob"]), "date")}}
        if doc == "plan_of_care":
            d["cert_period"] = None  # emitted with two date spans by emit_json_fax
        emit_json_fax(L, d, p)
        out = [L]
        L2 = Line("zap")
        emit_json(L2, {"level": "info", "ts": Raw(f_epoch(small(1, 40))), "caller": "outbound/status.go:88", "msg": "fax status",
                       "fax_id": fid, "status": "sending", "remote_csid": "", "pages_sent": 0}, go=True)
        out.append(L2)
        return out
    emit_json(L, {"level": "info", "ts": Raw(f_epoch(t)), "caller": "roi/release.go:77", "msg": "records release fax",
                  "fax_id": fid, "recipient": "patient", "to": P("+1" + p["fax"], "fax"), "patient_id": P(p["id"], "mrn"),
                  "auth_form": "ROI-%d" % R.randint(1000, 9999), "pages": R.randint(6, 40)}, go=True)
    return [L]


def emit_json_fax(L, d, p):
    cp = d.pop("cert_period", "absent")
    emit_items = list(d.items())
    L.t("{")
    for i, (k, v) in enumerate(emit_items):
        if i:
            L.t(",")
        L.t('"%s":' % k)
        emit_json(L, v, go=True)
    if cp != "absent":
        L.t(',"cert_period":"')
        L.p(dmy(p["soc"]), "date")
        L.t("-")
        L.p(dmy(p["cert_end"]), "date")
        L.t('"')
    L.t("}")


def p_auth(p):
    t = tick()
    pid = R.choice(SQ_PIDS)
    k = R.random()
    if k < 0.5:
        return [mk("ruby", rh(t, "INFO", pid, "AuthTracker"), "patient_id=", (str(p["id"]), "mrn"), " payer=%s member_id=" % p["payer"][0], (p["member"], "health_plan"),
                   " auth=", (p["auth"], "other_id"), " used=%d/%d window=" % (p["used"], p["auth_visits"]), (iso(p["auth_from"]), "date"), "..", (iso(p["auth_to"]), "date"), " status=active")]
    if k < 0.8:
        left = max(p["auth_visits"] - p["used"], 1)
        return [mk("ruby", rh(t, "WARN", pid, "AuthTracker"), "visit limit nearly exhausted for ", ("%s %s" % (p["first"], p["last"]), "name"),
                   " (MRN ", (p["mrn"], "mrn"), "): %d of %d visits remaining, plan year limit shared PT/OT; notify front desk %s" % (left, p["auth_visits"], R.choice(FRONT)[0]))]
    grp = p["group"] or "N/A"
    return [mk("ruby", rh(t, "INFO", pid, "Eligibility"), "271 received payer=%s trace=%s subscriber=" % (p["payer"][0], "TRN%010d" % R.randint(0, 10 ** 10 - 1)),
               (x12(p["last"]) + "," + x12(p["first"]), "name"), " member=", (p["member"], "health_plan"), " group=%s active=Y pt_ot_visits_remaining=%d copay=$%d.00" % (grp, R.randint(0, 30), R.choice([20, 30, 40, 50, 60])))]


def p_claim(p):
    t = tick()
    pid = R.choice(SQ_PIDS)
    pref = lambda: rh(small(0.001, 0.01), "DEBUG", pid, "X12::Writer")
    n = R.randint(14, 30)
    dos = REF_DATE - dt.timedelta(days=R.randint(0, 5))
    mod = {"PT": "GP", "OT": "GO", "SLP": "GN"}[p["disc"]]
    medicare = p["payer"][0] == "MEDICARE"
    out = [mk("ruby", rh(t, "DEBUG", pid, "X12::Writer"), "seg %04d NM1*IL*1*" % n, (x12(p["last"]), "name"), "*", (x12(p["first"]), "name"), "*%s***MI*" % p["mi"], (p["member"], "health_plan"), "~")]
    street = x12(p["street"])
    L = mk("ruby", pref(), "seg %04d N3*" % (n + 1), (street, "address"))
    if p["unit"]:
        L.t("*")
        L.p(x12(p["unit"]).replace("#", "STE "), "address")
    L.t("~")
    out.append(L)
    z = p["zip"] + p["zip4"] if p["zip"].isdigit() else p["zip"].replace(" ", "")
    out.append(mk("ruby", pref(), "seg %04d N4*" % (n + 2), (x12(p["city"]), "address"), "*%s*" % p["state"], (z, "zip"), "~"))
    out.append(mk("ruby", pref(), "seg %04d DMG*D8*" % (n + 3), (d8(p["dob"]), "date"), "*%s~" % p["sex"]))
    out.append(mk("ruby", pref(), "seg %04d CLM*" % (n + 4), (p["acct"], "account"), "*%d***11:B:1*Y*A*Y*Y~" % R.choice([132, 198, 264, 297])))
    if not medicare:
        out.append(mk("ruby", pref(), "seg %04d REF*G1*" % (n + 5), (p["auth"], "other_id"), "~"))
    ph = R.choice(PHYS)
    nm = ph["name"].split(",")[0].split()
    out.append(mk("ruby", pref(), "seg %04d NM1*DN*1*%s*%s****XX*%s~" % (n + 6, nm[-1].upper(), nm[0].upper(), ph["npi"])))
    out.append(mk("ruby", pref(), "seg %04d SV1*HC:97110:%s%s*%d*UN*%d***1~" % (n + 7, mod, ":KX" if medicare else "", R.choice([66, 99, 132]), R.randint(1, 4))))
    out.append(mk("ruby", pref(), "seg %04d DTP*472*D8*" % (n + 8), (d8(dos), "date"), "~"))
    if medicare:
        ytd = R.uniform(2330.5, 3200)
        out.append(mk("ruby", rh(small(), "INFO", pid, "TherapyCapService"), "patient_id=", (str(p["id"]), "mrn"),
                      " ytd_pt_slp=%.2f threshold=2330.00 -> KX appended to 97110,97140,97530 dos=" % ytd, (iso(dos), "date"),
                      " medical_necessity_attested_by=%s" % R.choice(THERAPISTS)[2]))
    return out


def p_gait(p):
    t = tick()
    k = R.random()
    subj = p["gl_subject"]
    if k < 0.35:
        op = R.choice(THERAPISTS)[2]
        return [mk("gostd", f_gostd(t), " session.go:77: session open lab=GL-CAMELBACK subject=", (subj, "other_id"), " operator=%s protocol=%s" % (op, R.choice(["overground-10m", "treadmill-1.2ms", "stair-ascent", "sts-5x"]))),
                mk("gostd", f_gostd(small(20, 90)), " capture.go:211: trial %02d saved subject=" % R.randint(1, 12), (subj, "other_id"), " frames=%d fps=120 markers=39 gaps=%d c3d=/data/c3d/" % (R.randint(600, 3600), R.randint(0, 5)), (subj, "other_id"), "/T%02d.c3d" % R.randint(1, 12))]
    if k < 0.7:
        return [mk("gostd", f_gostd(t), " ble.go:140: connected peripheral ", (p["wear_mac"], "device"), " rssi=%d fw=1.7.%d serial=" % (R.randint(-80, -45), R.randint(0, 5)), (p["wear_sn"], "device"), " assigned_patient=", (str(p["id"]), "mrn")),
                mk("gostd", f_gostd(small(1, 5)), " ble.go:188: imu stream started rate=100Hz axes=acc,gyro,mag buffer=%dKB" % R.choice([256, 512]))]
    tmpl = b64bytes(b"GSIG\x02\x00\x01\x00", R.randint(180, 300))
    return [mk("gostd", f_gostd(t), " gaitsig.go:58: enrolled gait signature subject=", (subj, "other_id"), " dim=256 quality=%.2f tmpl=" % R.uniform(0.6, 0.99), (tmpl, "biometric"))]


def p_sms_inbound(p):
    t = tick()
    cl = R.choice(CLINICS)
    body = R.choice(["C", "C", "Y", "R", "Running 10 min late", "STOP", "Can I move to Thursday?"])
    L = Line("zerolog")
    L.t('{"level":"info","svc":"sms-gw","method":"POST","path":"/v1/twilio/inbound","form":"')
    city_area = {"602": "PHOENIX", "480": "MESA", "623": "GLENDALE", "520": "TUCSON"}[p["mobile"][:3]]
    zipf = {"602": "85004", "480": "85201", "623": "85301", "520": "85701"}[p["mobile"][:3]]
    mid = "SM" + hexs(32)
    emit_form(L, [("ToCountry", "US"), ("ToState", "AZ"), ("SmsMessageSid", mid), ("NumMedia", "0"),
                  ("ToCity", {"602": "PHOENIX", "480": "TEMPE", "520": "TUCSON", "623": "GLENDALE"}[cl[3][:3]]),
                  ("FromZip", P(zipf, "zip")), ("SmsSid", mid), ("FromState", "AZ"), ("SmsStatus", "received"),
                  ("FromCity", P(city_area, "address")), ("Body", body), ("FromCountry", "US"), ("To", "+1" + cl[3]),
                  ("MessagingServiceSid", "MG" + hexs(32)), ("ToZip", cl[2][-5:]), ("NumSegments", "1"),
                  ("MessageSid", mid), ("AccountSid", "AC" + hexs(32)), ("From", P("+1" + p["mobile"], "phone")),
                  ("ApiVersion", "2010-04-01")])
    L.t('","time":"%s","message":"webhook received"}' % f_sec(t))
    out = [L]
    if body in ("C", "Y"):
        L2 = Line("zerolog")
        emit_json(L2, {"level": "info", "svc": "sms-gw", "from": P("+1" + p["mobile"], "phone"), "appt_id": R.randint(9000000, 9999999),
                       "action": "confirm", "time": f_sec(small()), "message": "appointment confirmed via sms"}, go=True)
        out.append(L2)
    return out


def p_sms_outbound(p):
    t = tick()
    cl = R.choice(CLINICS)
    a = p["next_appt"]
    L = mk("slog", "time=", f_z(t), " level=INFO msg=\"reminder queued\" to=", ("+1" + p["mobile"], "phone"),
           " appt_id=%d clinic=%s body=\"Hi " % (R.randint(9000000, 9999999), cl[0]), (p["first"], "name"),
           ", this is Peak Motion Therapy reminding you of your %s visit on %s " % (p["disc"], a.strftime("%a")),
           ("%d/%d" % (a.month, a.day), "date"),
           " at %s at %s. Reply C to confirm, R to reschedule.\"" % (a.strftime("%I:%M %p").lstrip("0"), cl[2].split(",")[0]))
    out = [L]
    if R.random() < 0.6:
        L2 = Line("zerolog")
        L2.t('{"level":"info","svc":"sms-gw","method":"POST","path":"/v1/twilio/status","form":"')
        mid = "SM" + hexs(32)
        emit_form(L2, [("SmsSid", mid), ("SmsStatus", "delivered"), ("MessageStatus", "delivered"),
                       ("To", P("+1" + p["mobile"], "phone")), ("MessagingServiceSid", "MG" + hexs(32)),
                       ("MessageSid", mid), ("AccountSid", "AC" + hexs(32)), ("From", "+1" + cl[3]), ("ApiVersion", "2010-04-01")])
        L2.t('","time":"%s","message":"webhook received"}' % f_sec(small(1, 8)))
        out.append(L2)
    return out


def wc_patient():
    return R.choice([q for q in PATIENTS if q["case"] and q["case"]["type"] == "wc"])


def pip_patient():
    return R.choice([q for q in PATIENTS if q["case"] and q["case"]["type"] == "pip"])


def p_wc(_):
    p = wc_patient()
    c = p["case"]
    t = tick()
    pid = R.choice(SQ_PIDS)
    k = R.random()
    if k < 0.45:
        return [mk("ruby", rh(t, "INFO", pid, "CaseService"), "opened workers_comp case case_id=%d claim_no=" % R.randint(1000, 9999), (c["claim"], "other_id"),
                   " patient=", ("%s %s" % (p["first"], p["last"]), "name"), " doi=", (iso(c["doi"]), "date"),
                   ' employer="%s" carrier="%s" adjuster="%s <%s>"' % (c["employer"], c["carrier"], c["adjuster"][0], c["adjuster"][1]))]
    if k < 0.7:
        return [mk("ruby", rh(t, "WARN", pid, "FroiImport"), "unmasked field employee_ssn=\"", (p["ssn"], "ssn"), "\" in carrier payload claim=", (c["claim"], "other_id"), "; masking before persist")]
    L = mk("ruby", rh(t, "INFO", pid, "CaseService"), "work status report faxed to adjuster %s (%s) for " % (c["adjuster"][0], fmt_phone(c["adjuster"][2], "dash")),
           ("%s, %s" % (p["last"], p["first"]), "name"), " claim ", (c["claim"], "other_id"), ": modified duty, no lifting >%d lb, recheck " % R.choice([10, 15, 20, 25]),
           (dmy(p["next_appt"].date()), "date"))
    return [L]


def p_pip(_):
    p = pip_patient()
    c = p["case"]
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    k = R.random()
    if k < 0.35:
        L = mk("rails", rh(t, "INFO", pid), "[%s]   Parameters: " % rid)
        emit_rb(L, {"pip_case": {"claimant_id": P(str(p["id"]), "mrn"), "carrier": c["carrier"], "claim_number": P(c["claim"], "other_id"),
                                 "policy_number": P(c["policy"], "other_id"), "date_of_loss": P(iso(c["dol"]), "date"),
                                 "vehicle_vin": P(c["vin"], "vehicle"), "plate": P(c["plate"], "vehicle"), "plate_state": "AZ",
                                 "drivers_license": P(p["dl"], "license"), "dl_state": "AZ", "role": R.choice(["driver", "passenger"])},
                     "commit": "Create Pip case"})
        return [mk("rails", rh(t, "INFO", pid), '[%s] Started POST "/pip_cases" for %s at %s' % (rid, priv_ip(), f_rails_at(t))),
                mk("rails", rh(t, "INFO", pid), "[%s] Processing by PipCasesController#create as HTML" % rid), L,
                mk("rails", rh(small(), "INFO", pid), "[%s] Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rid, R.randint(40, 300), R.uniform(5, 60), R.randint(8000, 50000)))]
    if k < 0.7:
        att = c["attorney"]
        return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "LienTracker"), "letter of protection received from %s (%s, %s, fax %s) client=" % (att[1], att[0], att[2], fmt_phone(att[3], "dash")),
                   ("%s %s" % (p["first"], p["last"]), "name"), " attorney_file=", (c["att_file"], "other_id"), " dol=", (dmy(c["dol"]), "date"), " balance=$%s" % "{:,.2f}".format(R.uniform(300, 6000)))]
    return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "IdScan"), "parsed AAMVA barcode DAQ=", (p["dl"], "license"), " DCS=", (x12(p["last"]), "name"), " DAC=", (x12(p["first"]), "name"),
               " DBB=", (p["dob"].strftime("%m%d%Y"), "date"), " DAG=", (x12(p["street"]), "address"), " DAI=", (x12(p["city"]), "address"), " DAK=", (p["zip"] + "0000" if p["zip"].isdigit() else p["zip"], "zip"))]


def p_stripe(p):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    k = R.random()
    amt = R.choice([2000, 3000, 4000, 5000, 6000, 7500])
    if k < 0.5:
        return [mk("rails", rh(t, "INFO", pid), "[%s] Stripe webhook %s type=payment_intent.succeeded pi=pi_3%s amount=%d customer=" % (rid, "evt_3" + b62(23), b62(23), amt),
                   (p["cus"], "account"), " receipt_email=", (p["email"], "email"), ' metadata={"patient_id"=>"', (str(p["id"]), "mrn"), '", "visit_id"=>"%d"}' % R.randint(900000, 999999))]
    if k < 0.8:
        return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "CopayLedger"), "posted copay $%.2f to guarantor account " % (amt / 100), (p["acct"], "account"),
                   " visit=%d method=card brand=visa last4=%04d charge=ch_3%s" % (R.randint(900000, 999999), R.randint(0, 9999), b62(23)))]
    if k < 0.9:
        return [mk("rails", rh(t, "WARN", pid), "[%s] KioskPaymentsController: legacy kiosk sent raw PAN card_number=" % rid, (card_pan("4"), "account"),
                   " exp=%02d/%02d cardholder=" % (R.randint(1, 12), R.randint(25, 29)), ("%s %s" % (unaccent(p["first"]).upper(), unaccent(p["last"]).upper()), "name"), " -- rejecting, PCI scope")]
    return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "RefundService"), "ACH refund $%.2f to guarantor " % R.uniform(10, 300), ("%s %s" % (p["first"], p["last"]), "name"),
               " routing=122105155 account=", ("%d" % R.randint(10 ** 9, 10 ** 12), "account"), " via stripe payout po_%s" % b62(24))]


def p_photo(p, force=None):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    if force == "img" or (force is None and R.random() < 0.6):
        if R.random() < 0.6:
            uri = "data:image/jpeg;base64," + jpeg_b64(R.randint(220, 420))
        else:
            uri = "data:image/png;base64," + png_b64(R.randint(220, 420))
        L = mk("rails", rh(t, "INFO", pid), "[%s]   Parameters: " % rid)
        emit_rb(L, {"patient_id": P(str(p["id"]), "mrn"), "photo": {"source": "webcam", "data_uri": P(uri, "photo")}})
        return [mk("rails", rh(t, "INFO", pid), '[%s] Started POST "/patients/' % rid, (str(p["id"]), "mrn"), '/photo" for %s at %s' % (priv_ip(), f_rails_at(t))),
                mk("rails", rh(t, "INFO", pid), "[%s] Processing by PatientPhotosController#create as JSON" % rid), L,
                mk("rails", rh(small(0.1, 0.8), "INFO", pid), "[%s] Completed 201 Created in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rid, R.randint(120, 900), R.uniform(3, 40), R.randint(9000, 70000)))]
    tmpl = b64bytes(b"FTPL\x03\x00\x80\x00", R.randint(200, 380))
    L = mk("slog", "time=", f_z(t), " ")
    emit_kv(L, [("level", "INFO"), ("msg", "kiosk face match"), ("kiosk", "%s-%02d" % (R.choice(CLINICS)[0].upper()[:2], R.randint(1, 4))),
                ("patient_id", P(str(p["id"]), "mrn")), ("score", "%.3f" % R.uniform(0.9, 0.99)), ("template", P(tmpl, "biometric"))])
    return [L]


def p_photo_img(p):
    return p_photo(p, "img")


def p_face(p):
    return p_photo(p, "face")


def p_roi(_):
    p = R.choice([q for q in PATIENTS if q["fax"]])
    t = tick()
    L = Line("zap")
    emit_json(L, {"level": "info", "ts": Raw(f_epoch(t)), "caller": "roi/release.go:77", "msg": "records release fax",
                  "fax_id": "fx_" + ulid(), "recipient": "patient", "to": P("+1" + p["fax"], "fax"), "patient_id": P(p["id"], "mrn"),
                  "auth_form": "ROI-%d" % R.randint(1000, 9999), "pages": R.randint(6, 40)}, go=True)
    out = [L]
    if R.random() < 0.5:
        out.append(mk("ruby", rh(small(1, 5), "INFO", R.choice(SQ_PIDS), "RoiRequest"), "release packet ready for ", ("%s %s" % (p["first"], p["last"]), "name"),
                      " deliver_to=fax:", (fmt_phone(p["fax"], "paren"), "fax"), " requested_by=self dos_range=", (iso(p["soc"]), "date"), "..", (iso(REF_DATE - dt.timedelta(days=1)), "date")))
    return out


def p_froi(_):
    p = wc_patient()
    c = p["case"]
    t = tick()
    return [mk("ruby", rh(t, "WARN", R.choice(SQ_PIDS), "FroiImport"), "unmasked field employee_ssn=\"", (p["ssn"], "ssn"), "\" in carrier payload claim=", (c["claim"], "other_id"), "; masking before persist")]


def p_emerg(p):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    ec = p["ec"]
    L = mk("rails", rh(t, "INFO", pid), "[%s]   Parameters: " % rid)
    key = R.choice(["emergency_contact", "guarantor"])
    d = {"name": P("%s %s" % (ec["first"], ec["last"]), "name"), "relationship": ec["rel"],
         "phone": P(fmt_phone(ec["phone"], R.choice(["paren", "dash", "dot"])), "phone")}
    if key == "guarantor":
        d["same_address_as_patient"] = "0"
        d["address"] = P("%s, %s" % (p["street"], p["city"]), "address")
    emit_rb(L, {key: d, "patient_id": P(str(p["id"]), "mrn")})
    path = "emergency_contact" if key == "emergency_contact" else "guarantor"
    return [mk("rails", rh(t, "INFO", pid), '[%s] Started PATCH "/patients/' % rid, (str(p["id"]), "mrn"), '/%s" for %s at %s' % (path, priv_ip(), f_rails_at(t))),
            mk("rails", rh(t, "INFO", pid), "[%s] Processing by %sController#update as TURBO_STREAM" % (rid, "EmergencyContacts" if key == "emergency_contact" else "Guarantors")), L]


OLD = [q for q in PATIENTS if q["age"] >= 90]


def p_age(_):
    p = R.choice(OLD)
    t = tick()
    k = R.random()
    if k < 0.5:
        return [mk("ruby", rh(t, "INFO", R.choice(RAILS_PIDS), "FallRisk"), "patient_id=", (str(p["id"]), "mrn"), " age=", (str(p["age"]), "age"),
                   " tug_sec=%.1f berg=%d stedi=high assistive=%s" % (R.uniform(13, 30), R.randint(20, 44), R.choice(["4WW", "SPC", "none"])))]
    L = Line("audit-json")
    emit_json(L, {"eventType": "CHART_SUMMARY_RENDERED", "patient": {"mrn": P(p["mrn"], "mrn"), "name": P("%s %s" % (p["first"], p["last"]), "name"),
                                                                       "age": P(p["age"], "age"), "sex": p["sex"]},
                  "renderedFor": R.choice(THERAPISTS)[2], "occurredAt": f_z(t)})
    return [L]


def p_invite(p):
    t = tick()
    slug = "%s-%s-%d" % (unaccent(p["first"]).lower().replace("'", ""), unaccent(p["last"]).lower().replace(" ", "-").replace("'", ""), p["id"] % 10000)
    return [mk("ruby", rh(t, "INFO", R.choice(SQ_PIDS), "HepInviteMailer"), "invite delivered to ", (p["email"], "email"), " username=", (p["user"], "other_id"),
               " link=", ("https://hep.peakmotion.app/join/%s?src=clinic" % slug, "url"), " from=noreply@peakmotionpt.com message_id=<%s@peakmotionpt.mail>" % uuid4())]


def p_legacy(p):
    t = tick()
    return [mk("ruby", rh(t, "WARN", R.choice(SQ_PIDS), "LegacyImport"), "row %d mrn=" % R.randint(100, 9000), (p["mrn"], "mrn"), " ssn=", (p["ssn"], "ssn"),
               " dob=", (dmy(p["dob"]), "date"), " home=", (fmt_phone(p["home"] or p["mobile"], "dash"), "phone"), " -- payer code %s not mapped, skipped" % R.choice(["MCR", "BCB", "AET", "UHC"]))]


def p_canada(_):
    p = PATIENTS[13]
    t = tick()
    return [mk("ruby", rh(t, "INFO", R.choice(RAILS_PIDS), "Registration"), "out-of-country coverage patient_id=", (str(p["id"]), "mrn"), " ohip=", (p["ohip"], "other_id"),
               " home_address=\"", (p["street"], "address"), ", ", (p["unit"], "address"), ", ", (p["city"], "address"), ", ON ", (p["zip"], "zip"),
               "\" self_pay=true travel_insurer=\"Blue Cross Travel\"")]


def p_snowbird(_):
    p = PATIENTS[20]
    t = tick()
    L = Line("audit-json")
    emit_json(L, {"ts": f_z(t), "action": "address.changed", "actor_email": "lortega@peakmotionpt.com", "patient_id": P(p["id"], "mrn"),
                  "from": {"street": P(p["street"], "address"), "city": P(p["city"], "address"), "county": P(p["county"], "address"),
                           "state": "MN", "zip": P(p["zip"], "zip")},
                  "to": {"street": P("2210 E Pebble Beach Dr", "address"), "city": P("Tempe", "address"), "state": "AZ", "zip": P("85282", "zip")},
                  "seasonal": True})
    return [L]


def p_imei(p):
    t = tick()
    pid = R.randint(7000, 9999)
    return [mk("logcat", f_logcat(t), "  %d  %d I HepDeviceInfo: registering device model=%s android=14 imei=" % (pid, pid + 3, R.choice(["SM-A146U", "moto g play", "Pixel 6a"])),
               (p["imei"], "device"), " patient=", (str(p["id"]), "mrn"), " (legacy build 3.8.%d, READ_PHONE_STATE granted)" % R.randint(0, 9))]


def p_appt_sql(p):
    t = tick()
    pid = R.choice(RAILS_PIDS)
    rid = uuid4()
    a = p["next_appt"]
    return [mk("rails", rh(t, "DEBUG", pid), '[%s]   Appointment Create (%.1fms)  INSERT INTO "appointments" ("patient_id", "therapist_id", "clinic_id", "starts_at", "duration_min", "visit_type", "created_at") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id"  [["patient_id", ' % (rid, R.uniform(0.5, 4)),
               (str(p["id"]), "mrn"), '], ["therapist_id", %d], ["clinic_id", %d], ["starts_at", "' % (R.randint(100, 900), R.randint(1, 4)),
               (a.strftime("%Y-%m-%d %H:%M:00"), "date"), '"], ["duration_min", %d], ["visit_type", "%s"], ["created_at", "%s"]]' % (R.choice([30, 45, 60]), R.choice(["follow_up", "eval", "re_eval"]), t.astimezone(AZ).strftime("%Y-%m-%d %H:%M:%S.%f")))]


PHI = [(p_chart_view, 4), (p_patient_update, 3), (p_hep_api, 6), (p_lograge, 4), (p_sidekiq_err, 4), (p_pg, 6),
       (p_audit, 6), (p_flutter, 5), (p_dart_profile, 3), (p_swift, 5), (p_push, 5), (p_fax, 6), (p_auth, 6),
       (p_claim, 5), (p_gait, 5), (p_sms_inbound, 5), (p_sms_outbound, 6), (p_wc, 5), (p_pip, 5), (p_stripe, 5),
       (p_photo, 4), (p_emerg, 3), (p_age, 4), (p_invite, 3), (p_legacy, 3), (p_canada, 1), (p_snowbird, 1),
       (p_imei, 2), (p_appt_sql, 3)]


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
def choose(pool):
    fns = [f for f, w in pool]
    ws = [w for f, w in pool]
    return R.choices(fns, weights=ws)[0]


FORCED = [p_roi, p_roi, p_roi, p_photo_img, p_photo_img, p_photo_img, p_face, p_face, p_froi, p_froi,
          p_legacy, p_legacy, p_age, p_age, p_imei, p_invite, p_invite]


def main():
    lines = []
    phi_lines = 0
    once = {p_canada, p_snowbird}
    forced_at = dict(zip(sorted(R.sample(range(2, 80), len(FORCED))), FORCED))
    n_phi_groups = 0
    while len(lines) < N_LINES:
        share = phi_lines / len(lines) if lines else 0
        if share < TARGET_PHI_SHARE:
            f = forced_at.get(n_phi_groups) or choose(PHI)
            n_phi_groups += 1
            if f in once and any(getattr(l, "_src", None) == f.__name__ for l in lines):
                continue
            grp = f(pick())
            assert any(l.spans for l in grp), f.__name__
        else:
            f = choose(CLEAN)
            grp = f()
            assert not any(l.spans for l in grp), f.__name__
        for l in grp:
            l._src = f.__name__
        lines.extend(grp)
        phi_lines += sum(1 for l in grp if l.spans)
    lines = lines[:N_LINES]

    log_out = bytearray()
    lab_out = []
    for n, l in enumerate(lines, 1):
        b = bytes(l.b)
        assert b"\n" not in b and b"\r" not in b, (n, b)
        assert len(b) <= 4000, (n, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in l.spans:
            assert cat in CATS, cat
            assert s >= prev and e > s, (n, s, e)
            assert b[s:e] == val.encode("utf-8"), (n, b[s:e], val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out += b + b"\n"
        lab_out.append(json.dumps({"line": n, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
