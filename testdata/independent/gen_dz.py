#!/usr/bin/env python3
"""Deterministic generator for the 'dz' PHI test corpus.

Theme: EHR migration / data conversion (legacy Oracle + SQL Server -> new EHR over FHIR).
Writes dz.log and dz.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(60)

ID = "dz"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# segment primitives
# ----------------------------------------------------------------------------
class P:
    """A PHI value (string) with its category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = str(v)
        self.c = c


class R(P):
    """PHI value rendered raw (no quotes) in JSON / Python repr (numbers)."""


class C:
    """Compound string: a string value made of plain text and P pieces."""

    def __init__(self, *parts):
        self.parts = parts


def flat(*parts):
    out = []
    for x in parts:
        if isinstance(x, (list, tuple)):
            out.extend(flat(*x))
        elif isinstance(x, P):
            out.append(x)
        elif x is None:
            continue
        else:
            out.append(str(x))
    return out


def J(obj, compact=True, ea=True):
    """JSON serializer producing segments; PHI spans cover the value between quotes."""
    isep = "," if compact else ", "
    ksep = ":" if compact else ": "

    def s_esc(s):
        return json.dumps(s, ensure_ascii=ea)[1:-1]

    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(isep)
            out.append(json.dumps(k, ensure_ascii=ea) + ksep)
            out.extend(J(v, compact, ea))
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(isep)
            out.extend(J(v, compact, ea))
        out.append("]")
        return out
    if isinstance(obj, R):
        return [P(obj.v, obj.c)]
    if isinstance(obj, P):
        return ['"', P(s_esc(obj.v), obj.c), '"']
    if isinstance(obj, C):
        out = ['"']
        for piece in obj.parts:
            if isinstance(piece, P):
                out.append(P(s_esc(piece.v), piece.c))
            else:
                out.append(s_esc(piece))
        out.append('"')
        return out
    return [json.dumps(obj, ensure_ascii=ea)]


def PY(obj):
    """Python repr() serializer producing segments."""
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out.append(repr(k) + ": ")
            out.extend(PY(v))
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.extend(PY(v))
        out.append("]")
        return out
    if isinstance(obj, R):
        return [P(obj.v, obj.c)]
    if isinstance(obj, P):
        r = repr(obj.v)
        return [r[0], P(r[1:-1], obj.c), r[-1]]
    return [repr(obj)]


def csvf(v, delim=",", force_quote=False):
    """One CSV field (RFC 4180 minimal quoting); PHI span covers the content between quotes."""
    raw = v.v if isinstance(v, P) else ("" if v is None else str(v))
    need = force_quote or any(ch in raw for ch in (delim, '"', "\n", "\r"))
    body = raw.replace('"', '""') if need else raw
    seg = P(body, v.c) if isinstance(v, P) and body else body
    return ['"', seg, '"'] if need else [seg]


def csvrow(fields, delim=",", quote_str=False):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(delim)
        is_num = isinstance(f, int) or (isinstance(f, R))
        out.extend(csvf(f, delim, force_quote=quote_str and not is_num and f is not None and f != ""))
    return out


def pad(v, width, right=False):
    """Fixed-width cell: value (maybe PHI) padded with spaces."""
    raw = v.v if isinstance(v, P) else str(v)
    fill = " " * max(0, width - len(raw))
    return [fill, v] if right else [v, fill]


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    body = "1" + "".join(random.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def card_visa():
    body = "4" + "".join(random.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def card_mc():
    body = "5" + random.choice("12345") + "".join(random.choice("0123456789") for _ in range(13))
    return body + luhn_digit(body)


def imei():
    body = "35" + "".join(random.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(random.choice(chars) for _ in range(5))
    year = random.choice("DEFGHJKLMNP")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(random.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + chk + v[9:]
    assert len(v) == 17
    return v


def vin_ok(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    return v[8] == ("X" if s % 11 == 10 else str(s % 11))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def mbi():
    r = random.choice
    return (r("123456789") + r(MBI_ALPHA) + r(MBI_AN) + r("0123456789") + r(MBI_ALPHA) + r(MBI_AN)
            + r("0123456789") + r(MBI_ALPHA) + r(MBI_ALPHA) + r("0123456789") + r("0123456789"))


def ssn():
    while True:
        a = random.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def nhs_number():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        d[0] = random.randint(4, 9)
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def ppsn():
    d = [random.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
    letters = "WABCDEFGHIJKLMNOPQRSTUV"
    return "".join(map(str, d)) + letters[s % 23]


def curp(base17):
    alphabet = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


def gtin14(body13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body13)))
    return body13 + str((10 - s % 10) % 10)


def rid(n=8, chars="0123456789abcdef"):
    return "".join(random.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


MON = ["", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ora_date(d):
    return f"{d.day:02d}-{MON[d.month]}-{d.year % 100:02d}"


def us_date(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def ps_date(d):
    return f"{d.month}/{d.day}/{d.year} 12:00:00 AM"


def age_on(dob, on=dt.date(2024, 3, 11)):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
CITIES = [  # city, county, state, zip, area codes
    ("Worcester", "Worcester", "MA", "01602", ("508", "774")),
    ("Framingham", "Middlesex", "MA", "01701", ("508", "774")),
    ("Lowell", "Middlesex", "MA", "01852", ("978", "351")),
    ("Quincy", "Norfolk", "MA", "02169", ("617", "857")),
    ("Brockton", "Plymouth", "MA", "02301", ("508", "774")),
    ("Somerville", "Middlesex", "MA", "02143", ("617", "857")),
    ("Malden", "Middlesex", "MA", "02148", ("781", "339")),
    ("Waltham", "Middlesex", "MA", "02453", ("781", "339")),
    ("Fitchburg", "Worcester", "MA", "01420", ("978", "351")),
    ("Leominster", "Worcester", "MA", "01453", ("978", "351")),
    ("Marlborough", "Middlesex", "MA", "01752", ("508", "774")),
    ("Shrewsbury", "Worcester", "MA", "01545", ("508", "774")),
    ("Nashua", "Hillsborough", "NH", "03060", ("603",)),
    ("Providence", "Providence", "RI", "02906", ("401",)),
    ("Webster", "Worcester", "MA", "01570", ("508", "774")),
    ("Milford", "Worcester", "MA", "01757", ("508", "774")),
]
STREETS = ["Harlow St", "Pleasant St", "Chandler St", "Grove St", "Main St", "Lincoln Ave",
           "Salisbury St", "June St", "Water St", "Summer St", "Elm Park Dr", "Cedar Hill Rd",
           "Burncoat St", "Highland Ave", "Maple Ter", "Mill Pond Rd", "Oak Knoll Ln",
           "Riverbend Way", "Shore Dr", "Wachusett Ave", "Quinsigamond Ave", "Otis St",
           "Beacon Park Ct", "Pine Hill Rd"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                 "proton.me", "comcast.net", "aol.com"]

PEOPLE_SPEC = [
    # given, middle, family, sex, birth year
    ("Agnieszka", "Maria", "Kowalska", "F", 1958),
    ("Lan", "Thị", "Nguyễn", "F", 1961),
    ("Oluwaseun", "Tobi", "Adebayo", "M", 1983),
    ("José Luis", "", "Hernández Ortega", "M", 1975),
    ("Mei-Ling", "", "Chen", "F", 1990),
    ("Rajesh", "K", "Subramanian", "M", 1969),
    ("Fatima", "Zahra", "Al-Sayed", "F", 2001),
    ("Siobhán", "", "Ní Bhriain", "F", 1987),
    ("Dmitri", "Andreyevich", "Volkov", "M", 1952),
    ("Ingrid", "Solveig", "Johansson", "F", 1931),
    ("Kwame", "Kofi", "Mensah", "M", 1978),
    ("Aroha", "", "Te Rangi", "F", 1995),
    ("Björn", "Erik", "Åkesson", "M", 1966),
    ("Priya", "", "Nair", "F", 1992),
    ("Haruto", "", "Saito", "M", 2012),
    ("Leilani", "Mae", "Kahananui", "F", 1984),
    ("Yusuf", "", "Demir", "M", 1959),
    ("Chidinma", "Grace", "Okonkwo", "F", 1998),
    ("Mateo", "", "Rossi", "M", 2019),
    ("Zainab", "", "Haidari", "F", 1973),
    ("Eleanor", "Ruth", "Whitcombe", "F", 1927),
    ("Thandiwe", "", "Dlamini", "F", 1980),
    ("Marguerite", "Anne", "Dubois", "F", 1933),
    ("Hamid", "Reza", "Rahimi", "M", 1964),
    ("Anjali", "", "Deshpande", "F", 1970),
    ("Tomás", "", "Ó Ceallaigh", "M", 1949),
    ("Guadalupe", "", "Villarreal", "F", 1956),
    ("Emeka", "", "Eze", "M", 1988),
    ("Sung-min", "", "Park", "M", 1977),
    ("Ana Lúcia", "", "Ferreira", "F", 1986),
    ("Walter", "James", "O'Brien", "M", 1930),
]
REL_GIVEN = {"F": ["Tomasz", "Minh", "Adewale", "Rosa", "Wei", "Lakshmi", "Omar", "Ciarán", "Olga",
                   "Lars", "Ama", "Wiremu", "Karin", "Arjun", "Yui", "Keoni", "Elif", "Ngozi",
                   "Giulia", "Farid", "Margaret", "Sipho", "Henri", "Shirin", "Vikram", "Aoife",
                   "Rafael", "Chiamaka", "Ji-woo", "Paulo", "Kathleen"],
             }
RELS = ["SPOUSE", "CHILD", "PARENT", "SIBLING", "FRIEND", "PARTNER", "GUARDIAN"]
PAYERS = [
    ("MEDICARE", "Medicare Part A/B", "mbi"),
    ("MASSHEALTH", "MassHealth Standard", "medicaid"),
    ("BCBSMA", "Blue Cross Blue Shield of Massachusetts", "bcbs"),
    ("HPHC", "Harvard Pilgrim Health Care", "hp"),
    ("TUFTS", "Tufts Health Plan", "tufts"),
    ("AETNA", "Aetna Choice POS II", "aetna"),
    ("UHC", "UnitedHealthcare Choice Plus", "uhc"),
]


class Person:
    pass


def mk_member_id(kind):
    d = lambda n: "".join(random.choice("0123456789") for _ in range(n))
    if kind == "mbi":
        return mbi()
    if kind == "medicaid":
        return "1000" + d(8)
    if kind == "bcbs":
        return random.choice(["XJH", "ZBM", "XCB"]) + d(9)
    if kind == "hp":
        return "HP" + d(9) + "01"
    if kind == "tufts":
        return d(9) + "0" + random.choice("12")
    if kind == "aetna":
        return "W" + d(9)
    return d(9) + "01"


def mk_person(i, spec):
    given, middle, family, sex, by = spec
    p = Person()
    p.given, p.middle, p.family, p.sex = given, middle, family, sex
    p.dob = dt.date(by, random.randint(1, 12), random.randint(1, 28))
    p.pat_id = random.randint(100000, 999999)
    p.legacy_mrn = random.choice(["WH", "NB"]) + f"{random.randint(0, 999999):06d}"
    p.new_mrn = str(random.randint(100000000, 199999999))
    p.ssn = ssn()
    city = random.choice(CITIES)
    p.city, p.county, p.state, p.zip, acs = city
    p.street = f"{random.randint(2, 980)} {random.choice(STREETS)}"
    if random.random() < 0.3:
        p.street += random.choice([" Apt ", " Unit ", " #"]) + random.choice(["2", "3B", "14", "1R", "207"])
    p.area = random.choice(acs)
    p.phone_last = f"01{random.randint(0, 99):02d}"
    p.phone = f"({p.area}) 555-{p.phone_last}"
    p.phone_dash = f"{p.area}-555-{p.phone_last}"
    p.phone_raw = f"{p.area}555{p.phone_last}"
    p.phone_e164 = f"+1{p.area}555{p.phone_last}"
    p.cell = f"({random.choice(acs)}) 555-01{random.randint(0, 99):02d}"
    fam_ascii = fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    giv_ascii = fold(given).lower().replace(" ", "").replace("-", "")
    p.email = random.choice([
        f"{giv_ascii}.{fam_ascii}{by % 100:02d}@{random.choice(EMAIL_DOMAINS)}",
        f"{giv_ascii[0]}{fam_ascii}{random.randint(1, 99)}@{random.choice(EMAIL_DOMAINS)}",
        f"{fam_ascii}.{giv_ascii}@{random.choice(EMAIL_DOMAINS)}",
    ])
    p.username = f"{giv_ascii[0]}{fam_ascii}{by % 100:02d}"
    age = age_on(p.dob)
    if age >= 65:
        pk = PAYERS[0]
    else:
        pk = random.choice(PAYERS[1:])
    p.payer_code, p.payer_name, kind = pk
    p.member_id = mk_member_id(kind)
    p.group_no = "" if kind in ("mbi", "medicaid") else f"{random.randint(1000, 999999):06d}"
    p.har = str(random.randint(70000000, 79999999))          # hospital account (billing)
    p.guar_acct = f"G{random.randint(1000000, 9999999)}"
    p.dl_state = p.state
    p.dl = ("S" + "".join(random.choice("0123456789") for _ in range(8))) if p.state == "MA" else \
        ("".join(random.choice("0123456789") for _ in range(2)) + random.choice("ABCDEFGHJK")
         + random.choice("ABCDEFGHJK") + "".join(random.choice("0123456789") for _ in range(5)))
    rg = REL_GIVEN["F"][i % len(REL_GIVEN["F"])]
    p.ec_given = rg
    p.ec_family = family if random.random() < 0.75 else random.choice(["Murphy", "Silva", "Okafor", "Lindgren", "Haddad"])
    p.ec_rel = random.choice(RELS)
    p.ec_phone = f"({random.choice(acs)}) 555-01{random.randint(0, 99):02d}"
    p.enc = []
    for _ in range(random.randint(1, 3)):
        a = dt.date(random.randint(2016, 2024), random.randint(1, 12), random.randint(1, 28))
        if a > dt.date(2024, 3, 1):
            a = dt.date(2023, random.randint(1, 12), random.randint(1, 28))
        if a < p.dob:
            a = p.dob + dt.timedelta(days=random.randint(30, 400))
        d_ = a + dt.timedelta(days=random.randint(0, 9))
        p.enc.append((ruuid(), a, d_))
    p.portal_ip = random.choice([
        f"73.{random.randint(16, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}",
        f"24.{random.randint(60, 63)}.{random.randint(1, 254)}.{random.randint(2, 254)}",
        f"98.{random.randint(216, 239)}.{random.randint(1, 254)}.{random.randint(2, 254)}",
        f"174.{random.randint(192, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}",
        f"66.{random.randint(30, 31)}.{random.randint(1, 254)}.{random.randint(2, 254)}",
    ])
    p.portal_url = f"https://mychart.lakeshorehealth.example.org/MyChart/profile/{giv_ascii}.{fam_ascii}{by % 100:02d}"
    p.deceased = None
    p.fax = f"{p.area}-555-01{random.randint(0, 99):02d}" if random.random() < 0.3 else ""
    return p


PEOPLE = [mk_person(i, s) for i, s in enumerate(PEOPLE_SPEC)]
PBY = {p.family: p for p in PEOPLE}
# specific stories
PBY["Whitcombe"].deceased = dt.date(2023, 11, 2)
PBY["Hernández Ortega"].curp = curp("HEOL" + "750312" + "H" + "JC" + "RRS" + "0")
PBY["Ní Bhriain"].ppsn = ppsn()
PBY["Ní Bhriain"].nhs = nhs_number()
PBY["Mensah"].vin = vin("1HG")
PBY["Mensah"].plate = "4" + "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + f"{random.randint(10, 99)}"
PBY["Rahimi"].vin = vin("5YJ")
PBY["Rahimi"].plate = "8TW" + f"{random.randint(100, 999)}"
for _fam in ("Johansson", "Volkov", "O'Brien", "Whitcombe", "Dubois"):
    _p = PBY[_fam]
    _p.pm_serial = random.choice(["PJN", "RNH", "BLT"]) + f"{random.randint(100000, 999999)}" + random.choice("SGH")
    _p.udi = ("(01)" + gtin14("0" + "0643169" + f"{random.randint(0, 99999):05d}") +
              "(17)" + f"{random.randint(26, 29)}{random.randint(1, 12):02d}{random.randint(1, 28):02d}" +
              "(21)" + _p.pm_serial)
for _fam in ("Kahananui", "Okonkwo", "Subramanian", "Saito"):
    _p = PBY[_fam]
    _p.cgm_serial = "SM" + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    _p.imei = imei()
    _p.mac = ":".join(f"{random.randint(0, 255):02X}" for _ in range(6))
PBY["Mensah"].card = card_visa()
PBY["Villarreal"].card = card_mc()
PBY["Deshpande"].card = card_visa()
PBY["Saito"].guarantor = ("Yui", "Saito")
PBY["Rossi"].guarantor = ("Giulia", "Rossi")
PBY["Park"].sin = None
for _p in PEOPLE:
    if not hasattr(_p, "guarantor"):
        _p.guarantor = (_p.given, _p.family)
    elif age_on(_p.dob) < 16:
        _p.email = f"{fold(_p.guarantor[0]).lower()}.{fold(_p.guarantor[1]).lower()}.family@{random.choice(EMAIL_DOMAINS)}"
        _p.ec_given, _p.ec_family, _p.ec_rel = _p.guarantor[0], _p.guarantor[1], "PARENT"
for _fam in ("Mensah", "Rahimi"):
    _p = PBY[_fam]
    _p.mva_case = f"MVA-{_p.enc[0][1].year}-{random.randint(100, 9999):05d}"

for _p in PEOPLE:
    for _a in ("vin", "card", "imei"):
        if hasattr(_p, _a):
            assert (vin_ok if _a == "vin" else luhn_ok)(getattr(_p, _a))

CLINICIANS = [("Okafor", "Chinedu", "MD"), ("Lindqvist", "Maria", "MD"), ("Patel", "Sanjay", "DO"),
              ("Goldberg", "Ruth", "MD"), ("Tanaka", "Kenji", "MD"), ("Moreau", "Claire", "NP"),
              ("Barros", "Ines", "MD"), ("Whitaker", "Douglas", "PA-C")]
CLIN_NPI = {c[0]: npi() for c in CLINICIANS}
ANALYSTS = [("rsilva", "Renata Silva"), ("moyelaran", "Marcus Oyelaran"), ("dwhitfield", "Dana Whitfield"),
            ("kmori", "Kenji Mori")]

ORG_ADDR = "119 Belmont St, Worcester, MA 01605"   # facility address (not PHI)
ORG_PHONE = "(508) 555-0100"
FHIR_BASE = "https://fhir-conv.newehr.example.com/r4"
MRN_OID = "urn:oid:2.16.840.1.113883.3.9921.1.1"


def pick(n=1, pool=None):
    pool = pool or PEOPLE
    return random.sample(pool, n) if n > 1 else random.choice(pool)


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
clock = dt.datetime(2024, 3, 11, 1, 58, 7, 112000)


def tick(lo=0.05, hi=3.0):
    global clock
    clock += dt.timedelta(seconds=random.uniform(lo, hi))
    return clock


def jump(minutes):
    global clock
    clock += dt.timedelta(minutes=minutes, seconds=random.uniform(0, 59))


def ts_py():
    return f"{clock:%Y-%m-%d %H:%M:%S},{clock.microsecond // 1000:03d}"


def ts_iso():
    return f"{clock:%Y-%m-%dT%H:%M:%S}.{clock.microsecond // 1000:03d}Z"


def ts_af():
    return f"[{clock:%Y-%m-%d, %H:%M:%S} UTC]"


def ts_dbt():
    return f"{clock:%H:%M:%S}"


# ----------------------------------------------------------------------------
# output accumulation
# ----------------------------------------------------------------------------
OUT = []


def emit(fam, *parts):
    OUT.append((fam, flat(*parts)))


def af_prefix(src="subprocess.py:93", lvl="INFO"):
    return f"{ts_af()} {{{src}}} {lvl} - "


DAG = "ehr_conv_nightly"
RUN_ID = "scheduled__2024-03-10T02:00:00+00:00"


# ----------------------------------------------------------------------------
# blocks
# ----------------------------------------------------------------------------
def blk_airflow_task(task=None, fail=False):
    task = task or random.choice(["extract_pat_master", "extract_encounters", "extract_coverage",
                                  "bcp_out_guarantor", "transform_patients", "build_xwalk", "dq_dedupe",
                                  "dbt_run_staging", "dbt_test", "load_fhir_patients",
                                  "load_fhir_encounters", "reconcile_counts"])
    op = "BashOperator" if task.startswith(("extract", "bcp", "dbt")) else "PythonOperator"
    tick()
    emit("airflow", af_prefix("taskinstance.py:1157"),
         f"Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: {DAG}.{task} {RUN_ID} [queued]>")
    emit("airflow", af_prefix("taskinstance.py:1359"), f"Starting attempt {1 if not fail else 2} of 3")
    emit("airflow", af_prefix("taskinstance.py:1380"),
         f"Executing <Task({op}): {task}> on 2024-03-10 02:00:00+00:00")
    pid = random.randint(20000, 65000)
    emit("airflow", af_prefix("standard_task_runner.py:57"), f"Started process {pid} to run task")
    emit("airflow", af_prefix("standard_task_runner.py:84"),
         f"Running: ['airflow', 'tasks', 'run', '{DAG}', '{task}', '{RUN_ID}', '--job-id', '{random.randint(180000, 199999)}', "
         f"'--raw', '--subdir', 'DAGS_FOLDER/ehr_conv_nightly.py', '--cfg-path', '/tmp/tmp{rid(8, 'abcdefghijklmnopqrstuvwxyz0123456789_')}']")
    emit("airflow", af_prefix("task_command.py:416"),
         f"Running <TaskInstance: {DAG}.{task} {RUN_ID} [running]> on host airflow-worker-{random.randint(0, 3)}.conv.svc.cluster.local")
    tick(5, 300)
    start = clock
    if fail:
        emit("airflow", af_prefix("taskinstance.py:1937", "ERROR"), "Task failed with exception")
        emit("airflow", "Traceback (most recent call last):")
        emit("airflow", '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/bash.py", line 210, in execute')
        emit("airflow", "    raise AirflowException(")
        emit("airflow", "airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code 1.")
        emit("airflow", af_prefix("taskinstance.py:1400"),
             f"Marking task as UP_FOR_RETRY. dag_id={DAG}, task_id={task}, execution_date=20240310T020000, "
             f"start_date={start:%Y%m%dT%H%M%S}, end_date={tick():%Y%m%dT%H%M%S}")
        emit("airflow", af_prefix("email.py:270"), "Email alerting: attempt 1")
        emit("airflow", af_prefix("email.py:282"),
             "Sent an alert email to ['conv-oncall@lakeshorehealth.example.org', 'noreply-airflow@lakeshorehealth.example.org']")
    else:
        emit("airflow", af_prefix("taskinstance.py:1400"),
             f"Marking task as SUCCESS. dag_id={DAG}, task_id={task}, execution_date=20240310T020000, "
             f"start_date={start:%Y%m%dT%H%M%S}, end_date={tick():%Y%m%dT%H%M%S}")
        emit("airflow", af_prefix("local_task_job_runner.py:228"), "Task exited with return code 0")
        emit("airflow", af_prefix("taskinstance.py:2776"),
             f"{random.randint(0, 3)} downstream tasks scheduled from follow-on schedule check")


def sqlplus_banner(out):
    d = clock
    out(f"SQL*Plus: Release 19.0.0.0.0 - Production on {d:%a %b %d %H:%M:%S %Y}")
    out("Version 19.21.0.0.0")
    out("Copyright (c) 1982, 2022, Oracle.  All rights reserved.")
    prev = d - dt.timedelta(days=1, seconds=random.randint(-300, 300))
    out(f"Last Successful login time: {prev:%a %b %d %Y %H:%M:%S} -05:00")
    out("Connected to:")
    out("Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production")
    out("Version 19.21.0.0.0")


def mk_out(wrap):
    if wrap:
        def out(*parts):
            tick(0.01, 0.4)
            emit("airflow", af_prefix(), *parts)
    else:
        def out(*parts):
            emit("sqlplus", *parts)
    return out


def blk_sqlplus_counts(wrap=False):
    out = mk_out(wrap)
    if wrap:
        tick()
        emit("airflow", af_prefix("subprocess.py:75"),
             "Running command: ['/usr/bin/bash', '-c', 'sqlplus -L conv_ro@LEGPRD @/opt/conv/sql/audit_counts.sql 2024-03-10']")
        emit("airflow", af_prefix("subprocess.py:86"), "Output:")
    if random.random() < 0.35:
        sqlplus_banner(out)
    out("SQL> SELECT src_table, COUNT(*) cnt, MIN(last_upd_dt) min_upd, MAX(last_upd_dt) max_upd")
    out("  2  FROM conv_stg.extract_audit WHERE run_dt = DATE '2024-03-10'")
    out("  3  GROUP BY src_table ORDER BY 1;")
    out("SRC_TABLE                             CNT MIN_UPD   MAX_UPD")
    out("------------------------------ ---------- --------- ---------")
    tables = ["ADT_ENCOUNTER", "ALLERGY", "GUARANTOR", "INS_COVERAGE", "LAB_RESULT", "PAT_CONTACT",
              "PAT_MASTER", "PROBLEM_LIST", "RX_ORDER"]
    chosen = sorted(random.sample(tables, random.randint(4, 7)))
    for t in chosen:
        out(f"{t:<30} {random.randint(20000, 9000000):>10} {ora_date(dt.date(random.randint(1998, 2004), random.randint(1, 12), random.randint(1, 28)))} 10-MAR-24")
    out(f"{len(chosen)} rows selected.")
    out(f"Elapsed: 00:00:{random.randint(1, 40):02d}.{random.randint(0, 99):02d}")
    if random.random() < 0.4:
        out("SQL> SELECT COUNT(*) FROM legacy.pat_master WHERE merged_into_pat_id IS NOT NULL;")
        out("  COUNT(*)")
        out("----------")
        out(f"{random.randint(4000, 19000):>10}")
    if random.random() < 0.3:
        out("SQL> SELECT * FROM conv_stg.pat_stg_bak WHERE ROWNUM < 5;")
        out("SELECT * FROM conv_stg.pat_stg_bak WHERE ROWNUM < 5")
        out("                       *")
        out("ERROR at line 1:")
        out("ORA-00942: table or view does not exist")
    out("SQL> Disconnected from Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production")
    if wrap:
        emit("airflow", af_prefix("subprocess.py:97"), "Command exited with return code 0")


_REJ_CALLS = [0]


def blk_sqlplus_rejects(wrap=None):
    _REJ_CALLS[0] += 1
    wrap = (_REJ_CALLS[0] % 2 == 0) if wrap is None else wrap   # alternate: spooled / inside Airflow
    out = mk_out(wrap)
    if wrap:
        tick()
        emit("airflow", af_prefix("subprocess.py:75"),
             "Running command: ['/usr/bin/bash', '-c', 'sqlplus -S conv_ro@LEGPRD @/opt/conv/sql/show_rejects.sql 4412']")
        emit("airflow", af_prefix("subprocess.py:86"), "Output:")
    batch = random.choice([4411, 4412, 4413])
    variant = random.random()
    if variant < 0.5:
        out("SQL> SELECT r.batch_id, r.pat_id, p.last_name, p.first_name, p.birth_dt, r.err_code")
        out("  2  FROM conv_stg.pat_reject r JOIN legacy.pat_master p ON p.pat_id = r.pat_id")
        out(f"  3  WHERE r.batch_id = {batch} AND r.err_code LIKE 'DEM%' AND ROWNUM <= 5;")
        out("  BATCH_ID     PAT_ID LAST_NAME                 FIRST_NAME           BIRTH_DT  ERR_CODE")
        out("---------- ---------- ------------------------- -------------------- --------- ------------")
        ppl = pick(random.randint(3, 5))
        for p in ppl:
            code = random.choice(["DEM-DOB-FUT", "DEM-SEX-UNK", "DEM-ZIP-FMT", "DEM-NAME-LEN", "DEM-SSN-DUP"])
            out(f"{batch:>10} ", pad(P(str(p.pat_id), "mrn"), 10, True), " ",
                pad(P(fold(p.family).upper(), "name"), 25), " ",
                pad(P(fold(p.given).upper(), "name"), 20), " ",
                P(ora_date(p.dob), "date"), " ", code)
        out(f"{len(ppl)} rows selected.")
    else:
        p = pick()
        fam_sql = fold(p.family).upper().replace("'", "''")
        out(f"SQL> SELECT pat_id, mrn, ssn, birth_dt, addr1, city, zip, home_ph FROM legacy.pat_master WHERE last_name = '",
            P(fam_sql, "name"), "';")
        out("    PAT_ID MRN        SSN         BIRTH_DT  ADDR1                          CITY                 ZIP        HOME_PH")
        out("---------- ---------- ----------- --------- ------------------------------ -------------------- ---------- ---------------")
        rows = [p]
        if random.random() < 0.5:
            q = pick()
            if q is not p:
                rows.append(q)
        for q in rows:
            out(pad(P(str(q.pat_id), "mrn"), 10, True), " ", pad(P(q.legacy_mrn, "mrn"), 10), " ",
                P(q.ssn, "ssn"), " ", P(ora_date(q.dob), "date"), " ",
                pad(P(fold(q.street).upper(), "address"), 30), " ", pad(P(fold(q.city).upper(), "address"), 20), " ",
                pad(P(q.zip, "zip"), 10), " ", P(q.phone_raw, "phone"))
        out(f"{len(rows)} row{'s' if len(rows) > 1 else ''} selected.")
    out(f"Elapsed: 00:00:00.{random.randint(5, 99):02d}")
    if wrap:
        emit("airflow", af_prefix("subprocess.py:97"), "Command exited with return code 0")


def blk_sqlplus_plsql():
    out = mk_out(random.random() < 0.5)
    out("SQL> EXEC conv_pkg.extract_pat_master(p_run_dt => DATE '2024-03-10', p_chunk => 250000);")
    for i in range(random.randint(1, 3)):
        out(f"extract_pat_master: chunk {i + 1} wrote 250000 rows to /u01/conv/out/pat_master_20240310_{i + 1:02d}.csv")
    r = random.random()
    if r < 0.5:
        p, q = pick(2)
        out("skip pat_id=", P(str(p.pat_id), "mrn"), " reason=MERGED_INTO target_pat_id=", P(str(q.pat_id), "mrn"))
    elif r < 0.8:
        p = pick()
        out("warn pat_id=", P(str(p.pat_id), "mrn"), " reason=DECEASED_NO_DOD deceased_flag=Y dod=NULL")
    out("PL/SQL procedure successfully completed.")
    out(f"Elapsed: 00:0{random.randint(1, 9)}:{random.randint(0, 59):02d}.{random.randint(0, 99):02d}")


def blk_bcp(direction=None):
    direction = direction or random.choice(["out", "in"])
    fam = "bcp"
    tick(2, 30)
    if direction == "out":
        tbl = random.choice(["Guarantor", "AcctBalance", "PaymentProfile", "ChargeDetail"])
        emit(fam, f"C:\\conv\\jobs>bcp \"SELECT * FROM LegacyBilling.dbo.{tbl} WHERE ModifiedDate < '2024-03-10'\" queryout "
                  f"D:\\conv\\out\\{tbl.lower()}_20240310.dat -S LEGSQL01\\BILLING -T -c -t\"|\" -e D:\\conv\\err\\{tbl.lower()}.err")
        emit(fam, "Starting copy...")
        total = 0
        for _ in range(random.randint(2, 4)):
            total += 1000
            emit(fam, f"1000 rows successfully bulk-copied to host-file. Total received: {total}")
        total = random.randint(40000, 900000)
        emit(fam, f"{total} rows copied.")
    else:
        tbl = random.choice(["stg_guarantor", "stg_coverage", "stg_pat_contact"])
        emit(fam, f"C:\\conv\\jobs>bcp ConvStage.dbo.{tbl} in D:\\conv\\out\\{tbl[4:]}_20240310.dat -S CONVSQL02 -T -c -t\"|\" "
                  f"-m 50 -e D:\\conv\\err\\{tbl}.err -b 1000")
        emit(fam, "Starting copy...")
        total = 0
        for _ in range(random.randint(1, 3)):
            total += 1000
            emit(fam, f"1000 rows sent to SQL Server. Total sent: {total}")
        err = random.choice([("22001", "String data, right truncation"),
                             ("22008", "Invalid date format"),
                             ("22018", "Invalid character value for cast specification")])
        emit(fam, f"SQLState = {err[0]}, NativeError = 0")
        emit(fam, f"Error = [Microsoft][ODBC Driver 17 for SQL Server]{err[1]}")
        total = random.randint(40000, 900000)
        emit(fam, f"{total} rows copied.")
    emit(fam, "Network packet size (bytes): 4096")
    ms = random.randint(3000, 90000)
    emit(fam, f"Clock Time (ms.) Total     : {ms:<6} Average : ({total / ms * 1000:.2f} rows per sec.)")


def blk_bcp_errfile():
    fam = "bcp"
    tbl = random.choice(["stg_guarantor", "stg_pat_contact", "stg_coverage"])
    emit(fam, f"C:\\conv\\jobs>type D:\\conv\\err\\{tbl}.err")
    for p in random.sample(PEOPLE, random.randint(1, 3)):
        row = random.randint(1200, 480000)
        if tbl == "stg_guarantor":
            emit(fam, f"#@ Row {row}, Column 9: String data, right truncation @#")
            g = p.guarantor
            emit(fam, P(p.guar_acct, "account"), "|", P(str(p.pat_id), "mrn"), "|", P(fold(g[1]).upper(), "name"), "|",
                 P(fold(g[0]).upper(), "name"), "|", P(fold(p.street).upper(), "address"), "|",
                 P(fold(p.city).upper(), "address"), "|", p.state, "|", P(p.zip, "zip"), "|",
                 P(p.phone_raw, "phone"), "|", "SELF" if g[1] == p.family and g[0] == p.given else "PARENT", "|",
                 f"{random.randint(0, 9000)}.{random.randint(0, 99):02d}")
        elif tbl == "stg_pat_contact":
            emit(fam, f"#@ Row {row}, Column 6: Invalid character value for cast specification @#")
            emit(fam, str(random.randint(1, 9999999)), "|", P(str(p.pat_id), "mrn"), "|", p.ec_rel, "|",
                 P(fold(p.ec_family).upper() + ", " + fold(p.ec_given).upper(), "name"), "|",
                 P(p.ec_phone, "phone"), "|", random.choice(["Y", "N", "YES", "1"]), "|",
                 f"{clock:%Y-%m-%d} 00:00:00.000")
        else:
            emit(fam, f"#@ Row {row}, Column 7: Invalid date format @#")
            bad = p.enc[0][1]
            emit(fam, str(random.randint(1, 9999999)), "|", P(str(p.pat_id), "mrn"), "|", p.payer_code, "|",
                 P(p.member_id, "health_plan"), "|", p.group_no, "|", "1", "|",
                 P(f"{bad.day:02d}/{bad.month:02d}/{bad.year}", "date"), "|", "|",
                 P(fold(p.guarantor[1]).upper() + "^" + fold(p.guarantor[0]).upper(), "name"))


def blk_csv_patients():
    fam = "csv"
    nrows = random.randint(5, 8)
    emit("shell", f"conv@legetl01:/u01/conv/out$ head -n {nrows + 1} pat_master_20240310_0{random.randint(1, 5)}.csv")
    emit(fam, '"PAT_ID","MRN","LAST_NAME","FIRST_NAME","MIDDLE_NAME","SEX_CD","BIRTH_DT","SSN","ADDR1","CITY","COUNTY","STATE","ZIP","HOME_PH","EMAIL","DL_NUM","DL_ST","LAST_UPD_DT"')
    for p in pick(nrows):
        f = [R(str(p.pat_id), "mrn"), P(p.legacy_mrn, "mrn"), P(fold(p.family).upper(), "name"),
             P(fold(p.given).upper(), "name"), P(fold(p.middle).upper(), "name") if p.middle else "",
             p.sex, P(ora_date(p.dob), "date"), P(p.ssn.replace("-", ""), "ssn"),
             P(fold(p.street).upper(), "address"), P(fold(p.city).upper(), "address"),
             P(p.county.upper(), "address"), p.state, P(p.zip, "zip"), P(p.phone_raw, "phone"),
             P(p.email, "email") if random.random() < 0.7 else "",
             P(p.dl, "license") if random.random() < 0.6 else "", p.state,
             ora_date(dt.date(random.randint(2019, 2024), random.randint(1, 2), random.randint(1, 28)))]
        emit(fam, csvrow(f, ",", quote_str=True))


def blk_csv_encounters():
    fam = "csv"
    emit("shell", "conv@legetl01:/u01/conv/out$ sed -n '1p;4180,4185p' adt_encounter_20240310.csv")
    emit(fam, "enc_uuid,pat_id,enc_type,admit_dt,disch_dt,attending_npi,attending_name,dept,disch_disp,har")
    for p in pick(6):
        e = random.choice(p.enc)
        c = random.choice(CLINICIANS)
        f = [e[0], P(str(p.pat_id), "mrn"), random.choice(["IP", "OBS", "ED", "OP", "SDS"]),
             P(f"{e[1]:%Y-%m-%d} {random.randint(0, 23):02d}:{random.randint(0, 59):02d}", "date"),
             P(f"{e[2]:%Y-%m-%d} {random.randint(0, 23):02d}:{random.randint(0, 59):02d}", "date"),
             CLIN_NPI[c[0]], f"{c[0].upper()}, {c[1].upper()} {c[2]}",
             random.choice(["4 NORTH MED", "CARDIAC ICU", "ED MAIN", "ORTHO SURG", "L&D", "PEDS 2"]),
             random.choice(["01", "03", "06", "20", "62"]), P(p.har, "account")]
        emit(fam, csvrow(f))


def blk_csv_coverage():
    fam = "csv"
    emit("shell", "PS D:\\conv\\out> Get-Content .\\coverage_20240310.dat -TotalCount 6")
    emit(fam, "COV_ID|PAT_ID|PAYER_CD|PLAN_NAME|MEMBER_ID|GROUP_NO|SUBSCRIBER_NM|SUBSCRIBER_DOB|REL_TO_SUB|EFF_DT|TERM_DT")
    for p in pick(5):
        sub_self = p.guarantor == (p.given, p.family)
        sub_name = f"{fold(p.guarantor[1]).upper()},{fold(p.guarantor[0]).upper()}"
        sub_dob = p.dob if sub_self else dt.date(p.dob.year - random.randint(25, 38), random.randint(1, 12), random.randint(1, 28))
        f = [str(random.randint(1000000, 9999999)), P(str(p.pat_id), "mrn"), p.payer_code, p.payer_name,
             P(p.member_id, "health_plan"), p.group_no, P(sub_name, "name"),
             P(f"{sub_dob:%Y%m%d}", "date"), "18" if sub_self else "19",
             f"{random.randint(2015, 2023)}0101", "" if random.random() < 0.7 else "20231231"]
        emit(fam, csvrow(f, "|"))


def blk_csv_portal():
    fam = "csv"
    emit("shell", "rsilva@convws03:~/adhoc$ head -5 portal_accounts_20240310.csv")
    emit(fam, "portal_acct_id,pat_id,login_name,email,last_login_utc,last_login_ip,profile_url,mfa_phone,status")
    for p in pick(4):
        ll = clock - dt.timedelta(days=random.randint(1, 200), seconds=random.randint(0, 86400))
        f = [str(random.randint(300000, 999999)), P(str(p.pat_id), "mrn"), P(p.username, "other_id"),
             P(p.email, "email"), f"{ll:%Y-%m-%dT%H:%M:%SZ}", P(p.portal_ip, "ip"),
             P(p.portal_url, "url"), P(p.phone_e164 if random.random() < 0.5 else p.cell, "phone"),
             random.choice(["ACTIVE", "ACTIVE", "LOCKED", "PENDING"])]
        emit(fam, csvrow(f))


def blk_csv_media():
    fam = "csv"
    emit("shell", "conv@legetl01:/u01/conv/out$ head -c 1600 pat_media_20240310.csv | head -4")
    emit(fam, "MEDIA_ID,PAT_ID,MEDIA_TYPE,MIME,CAPTURED_DT,CONTENT_B64")
    cand = [q for q in PEOPLE if age_on(q.dob) >= 18]
    for p, kind in zip(random.sample(cand, 3), ["PHOTO", "PALMVEIN", random.choice(["PHOTO", "PALMVEIN"])]):
        if kind == "PHOTO":
            raw = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + random.randbytes(72)
            b = base64.b64encode(raw).decode()
            emit(fam, str(random.randint(1000000, 9999999)), ",", P(str(p.pat_id), "mrn"), ",PHOTO,image/jpeg,",
                 f"{random.randint(2012, 2023)}-0{random.randint(1, 9)}-1{random.randint(0, 9)} 00:00:00,", P(b, "photo"))
        else:
            raw = b"PVT2" + random.randbytes(86)
            b = base64.b64encode(raw).decode()
            emit(fam, str(random.randint(1000000, 9999999)), ",", P(str(p.pat_id), "mrn"),
                 ",PALMVEIN,application/x-pvtemplate,",
                 f"{random.randint(2016, 2023)}-0{random.randint(1, 9)}-2{random.randint(0, 8)} 00:00:00,", P(b, "biometric"))


def mapper_logger():
    return random.choice(["conv.transform.patient", "conv.transform.coverage", "conv.transform.contact",
                          "conv.transform.encounter"])


def pylog(lvl, name, *parts):
    tick(0.01, 1.5)
    emit("pylog", f"{ts_py()} {lvl:<8} {name}: ", *parts)


def blk_mapper():
    chunk = random.randint(10, 200)
    total = 242
    pylog("INFO", "conv.transform.patient", f"processing chunk {chunk}/{total} (rows {chunk * 5000 + 1}-{(chunk + 1) * 5000}) from pat_master_20240310_0{random.randint(1, 5)}.csv")
    for _ in range(random.randint(4, 7)):
        p = pick()
        row = random.randint(1000, 1204118)
        k = random.choice([0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 8, 9, 9, 10, 11])
        if k == 0:
            bad = f"{p.dob.day:02d}-{MON[p.dob.month]}-{p.dob.year % 100:02d}"
            pylog("ERROR", "conv.transform.patient", f"row {row} rejected: BIRTH_DT '", P(bad, "date"),
                  "' resolved to ", P(f"{p.dob.year + 100}-{p.dob.month:02d}-{p.dob.day:02d}", "date"),
                  " (future date: 2-digit year pivot, expected 19xx) pat_id=", P(str(p.pat_id), "mrn"))
        elif k == 1:
            z = p.zip.lstrip("0")
            pylog("ERROR", "conv.transform.patient", f"row {row} rejected: ZIP '", P(z, "zip"),
                  "' fails pattern ^\\d{5}(-\\d{4})?$ (leading zero stripped?) source_row=",
                  P(str(p.pat_id), "mrn"), "|", P(fold(p.family).upper(), "name"), "|",
                  P(fold(p.given).upper(), "name"), "|", P(fold(p.street).upper(), "address"), "|",
                  P(fold(p.city).upper(), "address"), "|", p.state, "|", P(z, "zip"))
        elif k == 2:
            pylog("WARNING", "conv.transform.patient", f"row {row}: SEX_CD 'U' mapped to administrative-gender 'unknown' (pat_id=",
                  P(str(p.pat_id), "mrn"), ")")
        elif k == 3:
            ph = p.phone_raw[:-1]
            pylog("WARNING", "conv.transform.contact", f"row {row}: HOME_PH '", P(ph, "phone"),
                  "' has 9 digits, dropped; pat_id=", P(str(p.pat_id), "mrn"))
        elif k == 4:
            nm = " ".join(x for x in (fold(p.family).upper(), fold(p.given).upper(), fold(p.middle).upper(), "JR") if x)
            mx = max([w for w in (8, 10, 12, 15, 20, 25, 30) if w < len(nm)])
            pylog("ERROR", "conv.transform.patient", f"row {row} rejected: ORA-12899: value too large for column "
                  f"\"CONV_STG\".\"PAT_STG\".\"DISPLAY_NM\" (actual: {len(nm)}, maximum: {mx}) value='", P(nm, "name"),
                  "' pat_id=", P(str(p.pat_id), "mrn"))
        elif k == 5:
            pylog("INFO", "conv.transform.patient", f"lookup miss: legacy ETHNIC_CD '0{random.randint(5, 9)}' not in map_ethnicity.csv "
                  f"({random.randint(2, 40)} rows affected, defaulting to UNK)")
        elif k == 6:
            pylog("WARNING", "conv.transform.coverage", f"row {row}: MEMBER_ID '", P(p.member_id, "health_plan"),
                  f"' for payer {p.payer_code} does not match expected pattern; kept as-is (cov_id={random.randint(1000000, 9999999)})")
        elif k == 7:
            pylog("DEBUG", "conv.transform.patient", "mapped record: ",
                  PY({"legacy_pat_id": R(str(p.pat_id), "mrn"), "family": P(p.family, "name"),
                      "given": [P(p.given, "name")], "birthDate": P(p.dob.isoformat(), "date"),
                      "gender": {"F": "female", "M": "male"}[p.sex], "postalCode": P(p.zip, "zip"),
                      "batch": f"pat-{random.randint(1, 420):04d}"}))
        elif k == 8:
            pylog("INFO", "conv.transform.patient", f"chunk {chunk} done: {random.randint(4900, 5000)} ok, "
                  f"{random.randint(0, 40)} rejected, {random.randint(0, 9)} warnings in {random.uniform(2, 9):.2f}s")
        elif k == 9:
            pylog("ERROR", "conv.transform.encounter", f"row {row} rejected: DISCH_DT ", P(p.enc[0][1].isoformat(), "date"),
                  " precedes ADMIT_DT ", P(p.enc[0][2].isoformat(), "date"),
                  f" enc_uuid={p.enc[0][0]} pat_id=", P(str(p.pat_id), "mrn"))
        elif k == 10:
            old = [q for q in PEOPLE if age_on(q.dob) > 89]
            q = random.choice(old)
            pylog("WARNING", "conv.transform.patient", f"row {row}: DQ-017 age ", P(str(age_on(q.dob)), "age"),
                  " exceeds plausibility threshold 89, flagged for review (pat_id=", P(str(q.pat_id), "mrn"),
                  ", birth_dt=", P(ora_date(q.dob), "date"), ")")
        else:
            pylog("INFO", "conv.transform.contact", f"emergency contacts: {random.randint(1000, 9000)} rows, "
                  f"{random.randint(0, 30)} without phone, relationship codes normalized via map_relationship v3")


def blk_mapper_struct():
    """structlog JSON lines from the transform workers."""
    fam = "jsonlog"
    for _ in range(random.randint(3, 5)):
        tick(0.01, 2)
        p = pick()
        r = random.random()
        if r < 0.2:
            d = {"timestamp": ts_iso(), "level": "info", "logger": "conv.worker", "event": "chunk_committed",
                 "chunk": random.randint(1, 242), "rows": 5000, "duration_ms": random.randint(800, 9000),
                 "worker": f"conv-worker-{random.randint(0, 5)}", "trace_id": rid(32)}
        elif r < 0.7:
            d = {"timestamp": ts_iso(), "level": "error", "logger": "conv.mapper", "event": "mapping_failed",
                 "source_table": "PAT_CONTACT", "source_row": random.randint(1, 90000),
                 "field": "CONTACT_NM",
                 "value": C(P(f"{fold(p.ec_family).upper()}, {fold(p.ec_given).upper()}", "name"), f" ({p.ec_rel})"),
                 "pat_id": R(str(p.pat_id), "mrn"),
                 "error": "relationship embedded in name field; split rule CONTACT-04 not applicable",
                 "trace_id": rid(32)}
        elif r < 0.85:
            raw = b"PVT2" + random.randbytes(44)
            d = {"timestamp": ts_iso(), "level": "warning", "logger": "conv.mapper", "event": "biometric_not_migrated",
                 "source_table": "PAT_BIOMETRIC", "field": "PV_TEMPLATE", "pat_id": R(str(p.pat_id), "mrn"),
                 "value_prefix": P(base64.b64encode(raw).decode(), "biometric"),
                 "reason": "palm-vein enrollment must be redone at first visit (vendor template not portable)",
                 "trace_id": rid(32)}
        else:
            d = {"timestamp": ts_iso(), "level": "warning", "logger": "conv.mapper", "event": "identifier_dropped",
                 "source_table": "PAT_MASTER", "field": "DL_NUM", "value": P(p.dl, "license"),
                 "reason": "no target identifier system configured for DL_ST=" + p.state,
                 "legacyPatId": R(str(p.pat_id), "mrn"), "trace_id": rid(32)}
        emit(fam, J(d, compact=False))


def blk_xwalk():
    fam = "xwalk"
    pylog("INFO", "conv.xwalk.build", f"loaded {random.randint(1204000, 1204118)} legacy ids from conv_stg.pat_stg, "
          f"{random.randint(1190000, 1199000)} matched to existing EMPI, {random.randint(4000, 9000)} new MRNs assigned from pool 100000000-199999999")
    pylog("INFO", "conv.xwalk.build", f"match rules: SSN+DOB+LN={random.randint(900000, 1000000)} DOB+LN+FN+ZIP={random.randint(100000, 200000)} "
          f"PROB>=0.92={random.randint(10000, 40000)} MANUAL={random.randint(10, 300)}")
    smp = pick(random.randint(5, 8))
    emit(fam, f"xwalk sample (n={len(smp)}, seed={random.randint(1, 99)}):")
    for p in smp:
        rule = random.choice(["SSN+DOB+LN", "DOB+LN+FN+ZIP", "PROB", "MANUAL"])
        conf = 1.0 if rule == "SSN+DOB+LN" else random.uniform(0.9, 0.999)
        emit(fam, "  legacy_pat_id=", pad(P(str(p.pat_id), "mrn"), 8), " legacy_mrn=", P(p.legacy_mrn, "mrn"),
             "  ->  new_mrn=", P(p.new_mrn, "mrn"), f"  rule={rule:<14} conf={conf:.3f}")
    if random.random() < 0.6:
        p = pick()
        other = str(random.randint(100000000, 199999999))
        emit(fam, "XWALK CONFLICT legacy_pat_id ", P(str(p.pat_id), "mrn"), " -> {", P(p.new_mrn, "mrn"), ", ",
             P(other, "mrn"), f"}}; both candidates score >= 0.95, held for review (ticket CONV-{random.randint(2000, 2999)})")
    pylog("INFO", "conv.xwalk.build", f"wrote conv_stg.pat_xwalk ({random.randint(1204000, 1204118)} rows) in {random.uniform(30, 200):.1f}s; "
          f"checksum sha256={rid(64)}")


def blk_xwalk_csv():
    fam = "csv"
    emit("shell", "kmori@convws01:~/xwalk$ head -1 pat_xwalk_20240311.csv")
    emit(fam, "LEGACY_PAT_ID,LEGACY_MRN,NEW_MRN,MATCH_RULE,MATCH_SCORE,CREATED_TS,CREATED_BY")
    k = random.randint(4, 6)
    emit("shell", f"kmori@convws01:~/xwalk$ grep -n -E ',(MANUAL|PROB),' pat_xwalk_20240311.csv | head -{k}")
    for p in pick(k):
        f = [R(str(p.pat_id), "mrn"), P(p.legacy_mrn, "mrn"), P(p.new_mrn, "mrn"),
             random.choice(["MANUAL", "PROB"]), f"{random.uniform(0.9, 1):.4f}",
             f"{clock:%Y-%m-%d} 0{random.randint(2, 3)}:{random.randint(10, 59)}:{random.randint(10, 59)}",
             random.choice(["svc_conv", "kmori", "dwhitfield"])]
        row = csvrow(f)
        emit(fam, f"{random.randint(2, 1204000)}:", row)


def blk_dupreport():
    fam = "dupreport"
    tick(5, 60)
    emit(fam, f"MERGE CANDIDATE REPORT  run_id=dq-{clock:%Y%m%d-%H%M}  source=conv_stg.pat_stg  threshold=0.85  generated={clock:%Y-%m-%d %H:%M:%S}")
    emit(fam, "PAIR   SCORE  PAT_ID_A  PAT_ID_B  NAME_A                     NAME_B                     DOB_A       DOB_B       AGE  RULES")
    emit(fam, "-----  -----  --------  --------  -------------------------  -------------------------  ----------  ----------  ---  ------------------")
    n = random.randint(5, 8)
    for i, p in enumerate(pick(n)):
        pid_b = random.randint(100000, 999999)
        fa = fold(p.family).upper()
        v = random.random()
        if v < 0.4:
            nb = (fa[:-1] + ("I" if fa.endswith("A") else "A")) + ", " + fold(p.given).upper()
            rules = "LN~ FN= DOB= SSN="
            dob_b = p.dob
        elif v < 0.7:
            nb = fa + ", " + fold(p.given).upper()[:1]
            rules = "LN= FN~ DOB= ZIP="
            dob_b = p.dob
        else:
            nb = fa + ", " + fold(p.given).upper()
            rules = "LN= FN= DOB~ ADDR="
            dob_b = p.dob.replace(day=p.dob.month) if p.dob.month <= 28 and p.dob.month != p.dob.day else p.dob + dt.timedelta(days=1)
        age = age_on(p.dob)
        age_cell = P(str(age), "age") if age > 89 else str(age)
        emit(fam, f"{i + 1:05d}  {random.uniform(0.85, 0.99):.3f}  ", pad(P(str(p.pat_id), "mrn"), 8), "  ",
             pad(P(str(pid_b), "mrn"), 8), "  ",
             pad(P(fa + ", " + fold(p.given).upper(), "name"), 25), "  ", pad(P(nb, "name"), 25), "  ",
             P(p.dob.isoformat(), "date"), "  ", P(dob_b.isoformat(), "date"), "  ", pad(age_cell, 3, True), "  ", rules)
    emit(fam, f"TOTAL PAIRS: {random.randint(1800, 4200)}   AUTO-MERGE (>=0.97): {random.randint(100, 600)}   "
              f"REVIEW QUEUE: {random.randint(900, 3000)}   SUPPRESSED (twins rule): {random.randint(5, 60)}")


def blk_recon():
    fam = "recon"
    tick(30, 300)
    style = random.random()
    ents = [("patients", 1204118), ("encounters", 18822410), ("coverage", 1688203), ("guarantors", 904432),
            ("contacts", 2011876), ("allergies", 3120442), ("lab_results", 96233001)]
    chosen = random.sample(ents, random.randint(3, 5))
    if style < 0.5:
        pylog("INFO", "conv.recon", f"reconciliation run recon-{clock:%Y%m%d}-{random.randint(1, 9):02d} started (source=LEGPRD, target=newehr-prod-conv)")
        emit(fam, "+--------------+------------+------------+------------+----------+---------+")
        emit(fam, "| entity       |     source |     staged |     loaded | rejected |   delta |")
        emit(fam, "+==============+============+============+============+==========+=========+")
        for name, n in chosen:
            rej = random.randint(0, 400)
            staged = n - random.randint(0, 50)
            loaded = staged - rej
            delta = staged - loaded - rej
            emit(fam, f"| {name:<12} | {n:>10} | {staged:>10} | {loaded:>10} | {rej:>8} | {delta:>7} |")
        emit(fam, "+--------------+------------+------------+------------+----------+---------+")
    else:
        for name, n in chosen:
            tick(0.1, 3)
            rej = random.randint(0, 400)
            emit(fam, f"RECON {clock:%Y-%m-%dT%H:%M:%S} entity={name} src_count={n:,} tgt_count={n - rej:,} "
                      f"rejected={rej} unexplained_delta=0 status={'PASS' if rej < 300 else 'WARN'}")
        emit(fam, f"RECON {clock:%Y-%m-%dT%H:%M:%S} summary: {len(chosen)} entities, 0 FAIL, hash totals match "
                  f"(sum(pat_id) src={random.randint(10**11, 10**12)} tgt=same)")


def fhir_patient(p, ea=True, with_extras=False):
    d = {"resourceType": "Patient",
         "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"],
                  "source": "#conv-lh-" + rid(6)},
         "identifier": [
             {"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
              "system": MRN_OID, "value": P(p.new_mrn, "mrn")},
             {"system": "urn:lakeshore:legacy:pat-id", "value": P(str(p.pat_id), "mrn")},
             {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn, "ssn")}],
         "active": True,
         "name": [{"use": "official", "family": P(p.family, "name"),
                   "given": [P(p.given, "name")] + ([P(p.middle, "name")] if p.middle else [])}],
         "telecom": [{"system": "phone", "value": P(p.phone_e164, "phone"), "use": "home"}],
         "gender": {"F": "female", "M": "male"}[p.sex],
         "birthDate": P(p.dob.isoformat(), "date"),
         "address": [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"),
                      "district": P(p.county, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
    if with_extras:
        d["telecom"].append({"system": "email", "value": P(p.email, "email")})
        d["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"}],
                                           "text": p.ec_rel.title()}],
                         "name": {"family": P(p.ec_family, "name"), "given": [P(p.ec_given, "name")]},
                         "telecom": [{"system": "phone", "value": P(p.ec_phone, "phone")}]}]
    if p.deceased:
        d["deceasedDateTime"] = P(p.deceased.isoformat(), "date")
    if with_extras and random.random() < 0.35:
        raw = bytes.fromhex("ffd8ffe000104a46494600010101006000600000ffdb004300") + random.randbytes(54)
        d["photo"] = [{"contentType": "image/jpeg", "data": P(base64.b64encode(raw).decode(), "photo"),
                       "title": "registration photo (truncated for log)"}]
    d["managingOrganization"] = {"reference": "Organization/lakeshore-worcester", "display": "Lakeshore Health - Worcester"}
    return d


def oo(diag, code="invalid", expr=None, sev="error"):
    issue = {"severity": sev, "code": code, "diagnostics": diag}
    if expr:
        issue["expression"] = [expr]
    return {"resourceType": "OperationOutcome", "issue": [issue]}


def blk_load():
    lg = "loader.fhir"
    batch = random.randint(1, 6100)
    tick(1, 20)
    emit("loadlog", f"{ts_py()} INFO     {lg}: POST {FHIR_BASE} type=batch batch=pat-{batch:04d} entries=200 "
                    f"bytes={random.randint(300000, 900000)} x-request-id={ruuid()}")
    tick(0.5, 4)
    ok = random.randint(190, 200)
    emit("loadlog", f"{ts_py()} INFO     {lg}: <- 200 OK in {random.uniform(0.8, 4.5):.3f}s batch=pat-{batch:04d} "
                    f"201={ok - 3} 200=3 4xx={200 - ok} 5xx=0")
    for k in range(random.randint(2, 5)):
        tick(0.01, 0.3)
        p = pick()
        entry = random.randint(0, 199)
        v = random.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 5, 6])
        if v == 0:
            bad = f"{p.dob.year}-{p.dob.day + 12 if p.dob.day <= 12 else p.dob.day:02d}-{p.dob.month:02d}"
            body = oo(C("HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1821: "
                        "[element=\"birthDate\"] Invalid attribute value \"", P(bad, "date"),
                        "\": Invalid date/time format: \"", P(bad, "date"), "\""),
                      "processing", f"Bundle.entry[{entry}].resource")
            code = "400 Bad Request"
        elif v == 1:
            body = oo(C("Patient with identifier ", MRN_OID, "|", P(p.new_mrn, "mrn"),
                        " already exists (Patient/", ruuid(), ")"), "duplicate", f"Bundle.entry[{entry}].resource.identifier[0]")
            code = "409 Conflict"
        elif v == 2:
            z = p.zip.lstrip("0")
            body = oo(C("Patient.address[0].postalCode: value '", P(z, "zip"),
                        "' does not match pattern '^\\d{5}(-\\d{4})?$' (from profile us-core-patient|6.1.0)"),
                      "invariant", "Patient.address[0].postalCode")
            code = "422 Unprocessable Entity"
        elif v == 3:
            body = oo(f"Reference Practitioner/npi-{CLIN_NPI[random.choice(CLINICIANS)[0]]} could not be resolved",
                      "not-found", f"Bundle.entry[{entry}].resource.generalPractitioner[0]")
            code = "404 Not Found"
        elif v == 4:
            body = oo("Rate limit exceeded for client conv-loader (600 req/min); retry after 12s", "throttled")
            code = "429 Too Many Requests"
        elif v == 5:
            body = oo(C("Coverage.subscriberId '", P(p.member_id, "health_plan"), "' conflicts with existing Coverage for beneficiary Patient/",
                        ruuid()), "business-rule", "Coverage.subscriberId")
            code = "422 Unprocessable Entity"
        else:
            p = random.choice([q for q in PEOPLE if fold(q.family) != q.family])
            body = oo(C("Patient.name[0].family: value '", P(p.family, "name"),
                        "' contains characters outside the configured charset WE8ISO8859P1 of downstream HL7 interface"),
                      "invalid", "Patient.name[0].family", sev="warning")
            code = "201 Created"
        emit("loadlog", f"{ts_py()} WARNING  {lg}: batch=pat-{batch:04d} entry[{entry}] -> {code}: ",
             J(body, ea=random.random() < 0.5))
        if v in (0, 2, 6) and random.random() < 0.6:
            emit("loadlog", f"{ts_py()} DEBUG    {lg}: entry[{entry}].resource = ", J(fhir_patient(p, with_extras=random.random() < 0.5),
                                                                                    ea=random.random() < 0.5))
    if random.random() < 0.5:
        emit("loadlog", f"{ts_py()} INFO     {lg}: retrying {200 - ok} entries of batch=pat-{batch:04d} after 12s backoff (attempt 2/5)")


def blk_load_bundle_resp():
    """Raw response bundle fragments as dumped by the loader (mostly no PHI)."""
    fam = "fhir"
    tick(1, 10)
    entries = []
    for _ in range(random.randint(2, 3)):
        u = ruuid()
        entries.append({"response": {"status": "201 Created", "location": f"Patient/{u}/_history/1",
                                     "etag": "W/\"1\"", "lastModified": f"{clock:%Y-%m-%dT%H:%M:%S}.{random.randint(100, 999)}+00:00"}})
    d = {"resourceType": "Bundle", "id": ruuid(), "type": "batch-response",
         "link": [{"relation": "self", "url": FHIR_BASE}], "entry": entries}
    emit(fam, J(d))
    if random.random() < 0.6:
        p = pick()
        e = random.choice(p.enc)
        enc = {"resourceType": "Encounter", "id": e[0], "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
               "identifier": [{"system": "urn:lakeshore:legacy:har", "value": P(p.har, "account")}],
               "subject": {"reference": f"Patient/{ruuid()}", "identifier": {"system": MRN_OID, "value": P(p.new_mrn, "mrn")}},
               "period": {"start": P(e[1].isoformat(), "date"), "end": P(e[2].isoformat(), "date")},
               "participant": [{"individual": {"reference": f"Practitioner/npi-{CLIN_NPI[CLINICIANS[0][0]]}",
                                               "display": f"{CLINICIANS[0][1]} {CLINICIANS[0][0]}, {CLINICIANS[0][2]}"}}]}
        emit(fam, J(enc))


def blk_load_device():
    """Implanted/remote devices converted to FHIR Device."""
    fam = "loadlog"
    lg = "loader.fhir.device"
    tick(1, 30)
    cands = [q for q in PEOPLE if hasattr(q, "udi") or hasattr(q, "imei")]
    p = random.choice(cands)
    if hasattr(p, "udi"):
        dev = {"resourceType": "Device",
               "udiCarrier": [{"deviceIdentifier": p.udi[4:18], "carrierHRF": P(p.udi, "device")}],
               "status": "active", "manufacturer": "Medtronic", "deviceName": [{"name": "Azure XT DR MRI SureScan", "type": "user-friendly-name"}],
               "serialNumber": P(p.pm_serial, "device"),
               "patient": {"identifier": {"system": MRN_OID, "value": P(p.new_mrn, "mrn")}}}
        emit(fam, f"{ts_py()} ERROR    {lg}: POST {FHIR_BASE}/Device -> 422 ",
             J(oo("Device.udiCarrier[0].carrierHRF: issuer GS1 check digit OK but (11) manufacture date missing", "invariant", "Device.udiCarrier[0]")))
        emit(fam, f"{ts_py()} DEBUG    {lg}: payload=", J(dev))
    else:
        emit(fam, f"{ts_py()} INFO     {lg}: RPM enrollment pat_id=", P(str(p.pat_id), "mrn"), " cgm_serial=",
             P(p.cgm_serial, "device"), " hub_imei=", P(p.imei, "device"), " ble_mac=", P(p.mac, "device"),
             f" vendor=Dexcom program=RPM-DM2 status=converted")
    emit(fam, f"{ts_py()} INFO     {lg}: devices converted={random.randint(3000, 9000)} skipped_no_udi={random.randint(10, 300)} "
              f"explant_history_only={random.randint(5, 90)}")


def dbt_line(text):
    tick(0.1, 4)
    emit("dbt", f"{ts_dbt()}  {text}")


def blk_dbt_run():
    dbt_line("Running with dbt=1.7.4")
    dbt_line("Registered adapter: snowflake=1.7.1")
    dbt_line(f"Found 48 models, 112 tests, 9 sources, 0 exposures, 0 metrics, 612 macros, 0 groups, 0 semantic models")
    dbt_line("Concurrency: 8 threads (target='prod')")
    models = ["stg_legacy__patients", "stg_legacy__encounters", "stg_legacy__coverage", "stg_legacy__contacts",
              "int_patient_xwalk", "int_patient_dedup_pairs", "int_coverage_normalized", "fct_conversion_recon"]
    sel = random.sample(models, random.randint(3, 5))
    for i, m in enumerate(sel):
        schema = "conv_staging" if m.startswith("stg") else ("conv_int" if m.startswith("int") else "conv_marts")
        kind = "view" if m.startswith("stg") else "table"
        left = f"{i + 1} of 48 START sql {kind} model {schema}.{m} "
        dbt_line(left + "." * max(3, 80 - len(left)) + " [RUN]")
        left = f"{i + 1} of 48 OK created sql {kind} model {schema}.{m} "
        res = "SUCCESS 1" if kind == "view" else f"SUCCESS {random.randint(10000, 1204118)}"
        dbt_line(left + "." * max(3, 80 - len(left)) + f" [{res} in {random.uniform(0.5, 40):.2f}s]")
    dbt_line(f"Finished running 48 view/table models in 0 hours {random.randint(1, 9)} minutes and {random.uniform(0, 59):.2f} seconds ({random.uniform(100, 600):.2f}s).")
    dbt_line("Completed successfully")
    dbt_line("Done. PASS=48 WARN=0 ERROR=0 SKIP=0 TOTAL=48")


def blk_dbt_test():
    dbt_line("Running with dbt=1.7.4")
    tests = ["unique_int_patient_xwalk_new_mrn", "not_null_stg_legacy__patients_birth_dt",
             "accepted_values_stg_legacy__patients_sex_cd__F__M__U__X", "relationships_stg_legacy__coverage_pat_id__pat_id__ref_stg_legacy__patients_",
             "dbt_utils_expression_is_true_fct_conversion_recon_delta_0"]
    fail_t = tests[0]
    for i, t in enumerate(random.sample(tests, 4)):
        left = f"{i + 1} of 112 START test {t} "
        dbt_line(left + "." * max(3, 80 - len(left)) + " [RUN]")
        if t == fail_t:
            left = f"{i + 1} of 112 FAIL 3 {t} "
            dbt_line(left + "." * max(3, 80 - len(left)) + f" [FAIL 3 in {random.uniform(1, 5):.2f}s]")
        else:
            left = f"{i + 1} of 112 PASS {t} "
            dbt_line(left + "." * max(3, 80 - len(left)) + f" [PASS in {random.uniform(0.5, 5):.2f}s]")
    dbt_line("Completed with 1 error and 0 warnings:")
    dbt_line(f"Failure in test {fail_t} (models/intermediate/_int__models.yml)")
    dbt_line("  Got 3 results, configured to fail if != 0")
    dbt_line(f"  compiled Code at target/compiled/ehr_conv/models/intermediate/_int__models.yml/{fail_t}.sql")
    dbt_line("  See test failures:")
    dbt_line("  -------------------------------------------------------------------------------")
    dbt_line("  select * from CONV_PROD.CONV_INT_DBT_TEST__AUDIT.unique_int_patient_xwalk_new_mrn")
    dbt_line("  -------------------------------------------------------------------------------")
    dbt_line(f"Done. PASS=111 WARN=0 ERROR=1 SKIP=0 TOTAL=112")


def blk_dbt_show():
    dbt_line("Running with dbt=1.7.4")
    dbt_line("Previewing node 'int_patient_dedup_pairs':")
    tick(0.1, 1)
    emit("dbt", "| pat_id_a | pat_id_b | new_mrn_a | last_name_a  | birth_dt_a | match_score |")
    emit("dbt", "| -------- | -------- | --------- | ------------ | ---------- | ----------- |")
    for p in pick(random.randint(4, 7)):
        emit("dbt", "| ", pad(P(str(p.pat_id), "mrn"), 8, True), " | ", pad(P(str(random.randint(100000, 999999)), "mrn"), 8, True), " | ",
             pad(P(p.new_mrn, "mrn"), 9), " | ", pad(P(fold(p.family).upper(), "name"), 12), " | ",
             P(p.dob.isoformat(), "date"), " | ", f"{random.uniform(0.85, 1):>11.4f}", " |")


def blk_dbt_in_airflow():
    task = random.choice(["dbt_run_staging", "dbt_test"])
    tick()
    emit("airflow", af_prefix("subprocess.py:75"),
         f"Running command: ['/usr/bin/bash', '-c', 'cd /opt/airflow/dbt/ehr_conv && dbt {'run' if task == 'dbt_run_staging' else 'test'} --target prod --select tag:nightly --profiles-dir /opt/airflow/dbt']")
    emit("airflow", af_prefix("subprocess.py:86"), "Output:")
    for t in ["Running with dbt=1.7.4", "Registered adapter: snowflake=1.7.1",
              "Unable to do partial parsing because saved manifest not found. Starting full parse.",
              f"Found 48 models, 112 tests, 9 sources, 0 exposures, 0 metrics, 612 macros, 0 groups, 0 semantic models",
              "Concurrency: 8 threads (target='prod')"]:
        tick(0.1, 2)
        emit("airflow", af_prefix(), f"\x1b[0m{clock:%H:%M:%S}  {t}")
    tick(20, 200)
    emit("airflow", af_prefix(), f"\x1b[0m{clock:%H:%M:%S}  Done. PASS={random.randint(40, 48)} WARN=0 ERROR=0 SKIP=0 TOTAL=48")
    emit("airflow", af_prefix("subprocess.py:97"), "Command exited with return code 0")


def ps_line(*parts):
    emit("powershell", *parts)


def blk_ps_transcript():
    u = random.choice(ANALYSTS)
    tick(60, 1200)
    ps_line("**********************")
    ps_line("Windows PowerShell transcript start")
    ps_line(f"Start time: {clock:%Y%m%d%H%M%S}")
    ps_line(f"Username: LAKESHORE\\{u[0]}")
    ps_line(f"RunAs User: LAKESHORE\\{u[0]}")
    ps_line("Configuration Name: ")
    ps_line(f"Machine: CONVWS0{random.randint(1, 4)} (Microsoft Windows NT 10.0.19045.0)")
    ps_line("Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -File C:\\conv\\adhoc\\Push-Patients.ps1 -Batch 12")
    ps_line(f"Process ID: {random.randint(2000, 30000)}")
    ps_line("PSVersion: 5.1.19041.3930")
    ps_line("**********************")
    ps_line(f"VERBOSE: Loading D:\\conv\\out\\fhir\\pat-{random.randint(1, 6100):04d}.json ({random.randint(200, 900)} KB)")
    for i in range(random.randint(2, 4)):
        tick(1, 5)
        ps_line(f"[{clock:%H:%M:%S}] Batch {i + 1}/40 posted -> 200 OK ({random.randint(190, 200)}/200 created, {random.uniform(1, 4):.1f}s)")


def blk_ps_table():
    tick(30, 900)
    ps_line("PS C:\\conv\\adhoc> Import-Csv .\\xwalk_exceptions.csv | Where-Object { [double]$_.MatchScore -lt 0.95 } | "
            "Format-Table LegacyId,NewMrn,LastName,FirstName,DOB,MatchScore -AutoSize")
    ppl = pick(random.randint(4, 7))
    wl = max(8, max(len(p.family) for p in ppl))
    wf = max(9, max(len(p.given) for p in ppl))
    ps_line(f"{'LegacyId':<8} {'NewMrn':<9} {'LastName':<{wl}} {'FirstName':<{wf}} {'DOB':<22} MatchScore")
    ps_line(f"{'--------':<8} {'------':<9} {'--------':<{wl}} {'---------':<{wf}} {'---':<22} ----------")
    for p in ppl:
        ps_line(pad(P(str(p.pat_id), "mrn"), 8), " ", pad(P(p.new_mrn, "mrn"), 9), " ", pad(P(p.family, "name"), wl), " ",
                pad(P(p.given, "name"), wf), " ", pad(P(ps_date(p.dob), "date"), 22), " ", f"{random.uniform(0.86, 0.949):.4f}")


def blk_ps_list():
    tick(30, 900)
    p = pick()
    ps_line("PS C:\\conv\\adhoc> Get-LegacyPatient -PatId ", P(str(p.pat_id), "mrn"), " -Server LEGSQL01\\BILLING | Format-List *")
    rows = [("PatId", R(str(p.pat_id), "mrn")), ("Mrn", P(p.legacy_mrn, "mrn")),
            ("Name", P(f"{fold(p.family).upper()}, {fold(p.given).upper()}", "name")),
            ("BirthDate", P(ps_date(p.dob), "date")), ("Ssn", P(p.ssn, "ssn")),
            ("Address", C(P(fold(p.street).upper(), "address"), ", ", P(fold(p.city).upper(), "address"), f", {p.state} ", P(p.zip, "zip"))),
            ("HomeFax", P(p.fax, "fax") if p.fax else ""),
            ("GuarantorAcct", P(p.guar_acct, "account")), ("Har", P(p.har, "account")),
            ("DriversLicense", P(f"{p.dl}", "license")), ("Payer", p.payer_code), ("MemberId", P(p.member_id, "health_plan")),
            ("GroupNo", p.group_no), ("LastUpdated", f"{clock.month}/{clock.day}/{clock.year} 2:{random.randint(10, 59)}:0{random.randint(0, 9)} AM")]
    for k, v in rows:
        if isinstance(v, C):
            ps_line(f"{k:<14} : ", *v.parts)
        else:
            ps_line(f"{k:<14} : ", v)


def blk_ps_error():
    tick(30, 900)
    p = pick()
    body = oo(C("Patient.telecom[1].value: '", P(p.email.rsplit(".", 1)[0] + "," + p.email.rsplit(".", 1)[1], "email"), "' is not a valid email address"),
              "invalid", "Patient.telecom[1].value")
    ps_line("Invoke-RestMethod : ", J(body))
    ps_line("At C:\\conv\\adhoc\\Push-Patients.ps1:44 char:13")
    ps_line("+     $resp = Invoke-RestMethod -Uri $uri -Method Post -Body $json -Con ...")
    ps_line("+             ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~")
    ps_line("    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException")
    ps_line("    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand")
    ps_line(f"WARNING: Batch 12 entry 57 failed; written to C:\\conv\\adhoc\\failed\\pat-0012-057.json")


def blk_ps_payments():
    tick(30, 900)
    cands = [q for q in PEOPLE if hasattr(q, "card")]
    ps_line("PS C:\\conv\\adhoc> .\\Find-UnmaskedPan.ps1 -Table LegacyBilling.dbo.PaymentProfile -Verbose")
    ps_line(f"VERBOSE: Scanning {random.randint(100000, 300000)} rows for PAN patterns (Luhn-validated)")
    for p in random.sample(cands, 2):
        ps_line("VERBOSE: UNMASKED PAN ProfileId=", str(random.randint(10000, 99999)), " GuarantorAcct=", P(p.guar_acct, "account"),
                " Card=", P(p.card, "account"), " Exp=", f"{random.randint(1, 12):02d}/{random.randint(25, 29)}",
                " Holder=", P(f"{fold(p.guarantor[0]).upper()} {fold(p.guarantor[1]).upper()}", "name"))
    ps_line(f"WARNING: {random.randint(3, 40)} unmasked PANs found; raise with PCI team before bcp out (ticket SEC-{random.randint(400, 999)})")


def py_cmd(cmd):
    u = random.choice(ANALYSTS)[0]
    emit("pyscript", f"({'conv' if random.random() < 0.5 else '.venv'}) {u}@convws0{random.randint(1, 4)}:~/adhoc$ {cmd}")


def blk_py_dobcheck():
    tick(60, 1200)
    py_cmd(f"python3 check_dob_shift.py --batch pat-{random.randint(1, 6100):04d} --tz America/New_York")
    n = random.randint(10000, 30000)
    k = random.randint(3, 6)
    emit("pyscript", f"compared {n} patients between LEGPRD and newehr-prod-conv; {k} birthDate mismatches:")
    for p in pick(k):
        emit("pyscript", "  ", pad(P(str(p.pat_id), "mrn"), 7), "  legacy=", P(p.dob.isoformat(), "date"), "  new=",
             P((p.dob - dt.timedelta(days=1)).isoformat(), "date"), "  (", P(p.family, "name"), ", ", P(p.given, "name"), ")")
    emit("pyscript", "likely cause: DATE stored as midnight EST and converted via UTC in loader v0.9.3 (fixed in v0.9.4)")


def blk_py_pandas():
    tick(60, 1200)
    py_cmd("python3 -i xwalk_gaps.py")
    emit("pyscript", f">>> gaps = xw[xw.new_mrn.isna()].merge(pat, on='legacy_pat_id')[cols]")
    ppl = pick(random.randint(5, 8))
    emit("pyscript", f">>> print(gaps.head({len(ppl)}))")
    emit("pyscript", "      legacy_pat_id   last_name   first_name    birth_dt    zip")
    for p in ppl:
        idx = random.randint(1000, 999999)
        emit("pyscript", f"{idx:<6}", pad(P(str(p.pat_id), "mrn"), 13, True), " ", pad(P(fold(p.family).upper(), "name"), 11, True),
             "  ", pad(P(fold(p.given).upper(), "name"), 11, True), "  ", P(p.dob.isoformat(), "date"), "  ", P(p.zip, "zip"))
    emit("pyscript", ">>> len(gaps), gaps.birth_dt.isna().sum()")
    emit("pyscript", f"({random.randint(40, 900)}, {random.randint(0, 9)})")


def blk_py_traceback():
    tick(60, 1200)
    p = pick()
    py_cmd("python3 fix_dob_format.py extracts/pat_master_20240310_03.csv")
    emit("pyscript", "Traceback (most recent call last):")
    emit("pyscript", '  File "/home/dwhitfield/adhoc/fix_dob_format.py", line 41, in <module>')
    emit("pyscript", '    dob = datetime.strptime(row["BIRTH_DT"], "%m/%d/%Y")')
    emit("pyscript", '  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime')
    emit("pyscript", "    tt, fraction, gmtoff_fraction = _strptime(data_string, format)")
    emit("pyscript", '  File "/usr/lib/python3.11/_strptime.py", line 349, in _strptime')
    emit("pyscript", '    raise ValueError("time data %r does not match format %r" %')
    emit("pyscript", "ValueError: time data '", P(ora_date(p.dob), "date"), "' does not match format '%m/%d/%Y'")
    if random.random() < 0.6:
        q = pick()
        emit("pyscript", f"(conv) kmori@convws01:~/adhoc$ python3 lookup_mrn.py --legacy ", P(q.legacy_mrn, "mrn"))
        emit("pyscript", "Traceback (most recent call last):")
        emit("pyscript", '  File "/home/kmori/adhoc/lookup_mrn.py", line 22, in <module>')
        emit("pyscript", "    print(XW[args.legacy])")
        emit("pyscript", "          ~~^^^^^^^^^^^^^")
        emit("pyscript", "KeyError: '", P(q.legacy_mrn, "mrn"), "'")


def blk_py_tqdm():
    tick(60, 1200)
    py_cmd("python3 dedupe_pass2.py --blocking soundex_ln,dob_year --threshold 0.85")
    n = random.randint(1100000, 1204118)
    emit("pyscript", f"blocking: {random.randint(200000, 400000)} blocks, largest={random.randint(300, 900)} (SMITH/1960)")
    emit("pyscript", f"pairs: 100%|██████████| {n}/{n} [02:{random.randint(10, 59)}<00:00, {random.uniform(7000, 9999):.2f}it/s]")
    emit("pyscript", f"✓ wrote {random.randint(1800, 4200)} candidate pairs to s3://lakeshore-conv-work/dq/pairs_{clock:%Y%m%d}.parquet")
    emit("pyscript", f"elapsed 0:0{random.randint(2, 5)}:{random.randint(10, 59)}  peak_rss={random.randint(2, 9)}.{random.randint(0, 9)}GB  host=convws0{random.randint(1, 4)} (10.42.{random.randint(0, 9)}.{random.randint(2, 254)})")


def blk_py_misc_phi():
    tick(60, 1200)
    r = random.random()
    if r < 0.34:
        p = PBY["Hernández Ortega"]
        q = PBY["Ní Bhriain"]
        py_cmd("python3 list_foreign_ids.py --table PAT_ALT_ID")
        emit("pyscript", "{'pat_id': ", R(str(p.pat_id), "mrn"), ", 'id_type': 'CURP', 'id_value': '", P(p.curp, "other_id"),
             "', 'issuer': 'MX-RENAPO', 'target': None}")
        emit("pyscript", "{'pat_id': ", R(str(q.pat_id), "mrn"), ", 'id_type': 'PPSN', 'id_value': '", P(q.ppsn, "other_id"),
             "', 'issuer': 'IE-DSP', 'target': None}")
        emit("pyscript", "{'pat_id': ", R(str(q.pat_id), "mrn"), ", 'id_type': 'NHS', 'id_value': '", P(q.nhs, "other_id"),
             "', 'issuer': 'GB-NHS', 'target': None}")
        emit("pyscript", "3 alt ids have no target identifier system in newehr; see mapping sheet tab 'AltIDs' row 14")
    elif r < 0.67:
        p = random.choice([PBY["Mensah"], PBY["Rahimi"]])
        py_cmd("python3 mva_cases.py --show-vehicles --limit 1")
        emit("pyscript", "MVA case ", P(p.mva_case, "other_id"),
             " pat_id=", P(str(p.pat_id), "mrn"), " injury_dt=", P(p.enc[0][1].isoformat(), "date"),
             " vehicle_vin=", P(p.vin, "vehicle"), " plate=", P(f"MA {p.plate}", "vehicle"),
             f" auto_carrier=Plymouth Rock Assurance claim_ref=PR{random.randint(10000000, 99999999)}")
        emit("pyscript", "note: VIN/plate live in free-text ACCIDENT_DESC in legacy; no discrete target field, parked for clinical review")
    else:
        p = PBY["Whitcombe"]
        py_cmd("python3 deceased_audit.py")
        emit("pyscript", "pat_id=", P(str(p.pat_id), "mrn"), " name=", P(f"{p.family.upper()}, {p.given.upper()}", "name"),
             " dob=", P(p.dob.isoformat(), "date"), " dod=", P(p.deceased.isoformat(), "date"), " age_at_death=",
             P(str(age_on(p.dob, p.deceased)), "age"), " active_portal=Y  <-- portal account still ACTIVE")
        emit("pyscript", f"deceased with active portal: 1 / deceased total: {random.randint(30000, 60000)}")


def blk_api_http():
    """access-style lines of loader HTTP client (no PHI, only look-alikes)."""
    for _ in range(random.randint(3, 6)):
        tick(0.2, 3)
        st = random.choice([200, 200, 200, 201, 429, 503, 200])
        res = random.choice(["Patient", "Encounter", "Coverage", "RelatedPerson", "AllergyIntolerance", "Observation"])
        emit("http", f"{ts_iso()} conv-loader[{random.randint(1000, 9999)}] http POST {FHIR_BASE}/{res} status={st} "
                     f"dur={random.randint(40, 4000)}ms req_id={ruuid()} client=10.42.{random.randint(0, 9)}.{random.randint(2, 254)} "
                     f"upstream=fhir-conv-{random.randint(0, 3)}.newehr.internal:8443")


def blk_load_search():
    """conditional-update / search by identifier: MRN inside URL query."""
    tick(1, 10)
    p = pick()
    emit("http", f"{ts_iso()} conv-loader[{random.randint(1000, 9999)}] http GET {FHIR_BASE}/Patient?identifier={MRN_OID}%7C",
         P(p.new_mrn, "mrn"), f"&_summary=count status=200 dur={random.randint(20, 400)}ms req_id={ruuid()}")
    emit("http", f"{ts_iso()} conv-loader[{random.randint(1000, 9999)}] http PUT {FHIR_BASE}/RelatedPerson?identifier=urn:lakeshore:legacy:contact%7C{random.randint(1, 9999999)} "
                 f"status=412 dur={random.randint(20, 400)}ms req_id={ruuid()} msg=\"multiple matches for conditional update\"")
    rp = {"resourceType": "RelatedPerson", "patient": {"identifier": {"system": MRN_OID, "value": P(p.new_mrn, "mrn")}},
          "relationship": [{"text": p.ec_rel.title()}],
          "name": [{"family": P(p.ec_family, "name"), "given": [P(p.ec_given, "name")]}],
          "telecom": [{"system": "phone", "value": P(p.ec_phone, "phone"), "use": "mobile"}]}
    emit("fhir", J(rp, compact=False, ea=False))


def blk_support_note():
    """Vendor / support lines: company contact info is not PHI."""
    tick(10, 300)
    pylog("INFO", "conv.notify", f"opened vendor case NEWEHR-{random.randint(100000, 999999)} with NewEHR Conversion Support "
          f"(support@newehr.example.com, +1 (888) 555-0142); contact: Dana Whitfield, Lakeshore Health, {ORG_ADDR}")
    pylog("INFO", "conv.notify", f"notification sent to conv-leads@lakeshorehealth.example.org via smtp-relay.lakeshore.local:25 "
          f"(msg-id <{rid(16)}.{random.randint(1000, 9999)}@convapp02.lakeshore.local>)")
    pylog("INFO", "conv.notify", f"facility fax for HIM release queue: {ORG_PHONE[:-1]}9; main line {ORG_PHONE}")


def blk_fax_guarantor():
    tick(1, 30)
    p = pick()
    pylog("WARNING", "conv.transform.guarantor", f"guarantor {'' }acct=", P(p.guar_acct, "account"), " name=",
          P(f"{p.guarantor[1]}, {p.guarantor[0]}", "name"), " HOME_FAX='", P(f"{p.area}.555.01{random.randint(0, 99):02d}", "fax"),
          "' has no target field (RelatedPerson.telecom system=fax not enabled); dropped")


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
CLEAN = [(blk_airflow_task, 5), (blk_sqlplus_counts, 3), (blk_bcp, 4), (blk_recon, 3), (blk_dbt_run, 3),
         (blk_dbt_in_airflow, 2), (blk_api_http, 5), (blk_ps_transcript, 2), (blk_py_tqdm, 2), (blk_support_note, 1),
         (blk_load_bundle_resp, 2), (blk_dbt_test, 1), (blk_sqlplus_plsql, 1)]
PHIB = [(blk_sqlplus_rejects, 3), (blk_bcp_errfile, 3), (blk_csv_patients, 2), (blk_csv_encounters, 2),
        (blk_csv_coverage, 2), (blk_csv_portal, 0.5), (blk_csv_media, 1), (blk_mapper, 4), (blk_mapper_struct, 2),
        (blk_xwalk, 2), (blk_xwalk_csv, 1), (blk_dupreport, 1), (blk_load, 7), (blk_load_device, 1),
        (blk_dbt_show, 1), (blk_ps_table, 1), (blk_ps_list, 1), (blk_ps_error, 1), (blk_ps_payments, 1),
        (blk_py_dobcheck, 1), (blk_py_pandas, 1), (blk_py_traceback, 1), (blk_py_misc_phi, 2),
        (blk_load_search, 1), (blk_fax_guarantor, 1)]


def wchoice(pool):
    fns, ws = zip(*pool)
    return random.choices(fns, weights=ws, k=1)[0]


def has_phi(item):
    return any(isinstance(x, P) for x in item[1])


PLAN = ([blk_airflow_task] * 1 + [blk_sqlplus_counts, blk_recon, blk_dbt_run, blk_dbt_in_airflow, blk_api_http,
                                    blk_ps_transcript, blk_py_tqdm, blk_support_note, blk_dbt_test, blk_sqlplus_plsql]
        + [blk_bcp] * 2 + [blk_load_bundle_resp] * 2
        + [blk_sqlplus_rejects] * 2 + [blk_bcp_errfile] * 2 + [blk_csv_patients] * 3 + [blk_csv_encounters] * 2
        + [blk_csv_coverage] * 3 + [blk_dbt_show, blk_csv_portal, blk_csv_media, blk_xwalk_csv, blk_dbt_show, blk_ps_table,
                                    blk_ps_list, blk_ps_error, blk_ps_payments, blk_py_dobcheck, blk_py_pandas,
                                    blk_py_traceback]
        + [blk_mapper] * 8 + [blk_mapper_struct] * 3 + [blk_xwalk] * 3 + [blk_dupreport] * 2 + [blk_load] * 6
        + [blk_load_device] * 2 + [blk_py_misc_phi] * 3 + [blk_load_search] * 2 + [blk_fax_guarantor] * 2)


def build():
    plan = PLAN[:]
    random.shuffle(plan)
    for i in range(1, len(plan)):          # no block type twice in a row
        if plan[i] is plan[i - 1]:
            for j in range(len(plan)):
                if plan[j] is not plan[i] and (j == 0 or plan[j - 1] is not plan[i]) and \
                        (j + 1 >= len(plan) or plan[j + 1] is not plan[i]):
                    plan[i], plan[j] = plan[j], plan[i]
                    break
    blk_airflow_task("extract_pat_master")
    for fn in plan:
        if len(OUT) >= N_LINES:
            break
        fn()
    last = None
    while len(OUT) < N_LINES:   # top up, steering toward ~55 % PHI-free lines
        clean_share = sum(1 for it in OUT if not has_phi(it)) / len(OUT)
        pool = CLEAN if clean_share < 0.55 else PHIB
        fn = wchoice([(f, w) for f, w in pool if f is not last])
        last = fn
        fn()
    del OUT[N_LINES:]


def render():
    log_lines, labels = [], []
    for n, (fam, segs) in enumerate(OUT, 1):
        buf = bytearray()
        spans, expect = [], []
        for s in segs:
            if isinstance(s, P):
                b = s.v.encode("utf-8")
                assert b, (n, fam)
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": s.c})
                expect.append(b)
                buf += b
            else:
                buf += s.encode("utf-8")
        line = bytes(buf)
        assert b"\n" not in line and b"\r" not in line, n
        assert len(line) <= 4000, (n, len(line))
        prev_e = -1
        for sp, b in zip(spans, expect):
            assert line[sp["s"]:sp["e"]] == b, (n, sp, b)
            assert sp["s"] >= prev_e, (n, sp)
            prev_e = sp["e"]
        line.decode("utf-8")
        log_lines.append(line)
        labels.append({"line": n, "family": fam, "spans": spans})
    return log_lines, labels


def main():
    build()
    log_lines, labels = render()
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
