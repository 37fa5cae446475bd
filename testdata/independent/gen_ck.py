#!/usr/bin/env python3
"""Deterministic generator of a labeled log corpus (skilled nursing / assisted living chain).

Writes ck.log and ck.labels.jsonl next to this file.  Standard library only.
All people, identifiers, addresses and numbers are synthetic.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta

random.seed(180518)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ck"
N_LINES = 500
TARGET_NOPHI = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# ----------------------------------------------------------------------------------------
class Line:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat):
        assert cat in CATS, cat
        b = x.encode("utf-8")
        assert b, "empty span"
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, b))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)


class O:
    """JSON object: items are (key, value) or (key, value, cat)."""

    def __init__(self, *items):
        self.items = items


class Mx:
    """JSON string built of pieces (text, cat-or-None)."""

    def __init__(self, *pieces):
        self.pieces = pieces


def esc(x, mode):
    if mode == "std":        # Jackson / logstash encoder: UTF-8 raw
        return json.dumps(x, ensure_ascii=False)[1:-1]
    if mode == "ascii":      # python json.dumps default
        return json.dumps(x)[1:-1]
    if mode == "net":        # System.Text.Json default encoder
        out = []
        for ch in x:
            o = ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif ch == "\t":
                out.append("\\t")
            elif o < 0x20 or o > 0x7E or ch in "<>&'+`":
                if o > 0xFFFF:
                    o -= 0x10000
                    out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
                else:
                    out.append("\\u%04X" % o)
            else:
                out.append(ch)
        return "".join(out)
    raise ValueError(mode)


def J(L, v, cat=None, mode="std", sep=(",", ":")):
    if isinstance(v, O):
        L.t("{")
        first = True
        for it in v.items:
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if not first:
                L.t(sep[0])
            first = False
            L.t('"' + esc(k, mode) + '"' + sep[1])
            J(L, val, c, mode, sep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, el in enumerate(v):
            if i:
                L.t(sep[0])
            if isinstance(el, tuple):
                J(L, el[0], el[1], mode, sep)
            else:
                J(L, el, None, mode, sep)
        L.t("]")
    elif isinstance(v, Mx):
        L.t('"')
        for piece, c in v.pieces:
            L.v(esc(piece, mode), c)
        L.t('"')
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    elif v is None:
        L.t("null")
    elif isinstance(v, (int, float)):
        L.v(str(v), cat)
    elif isinstance(v, str):
        L.t('"')
        L.v(esc(v, mode), cat)
        L.t('"')
    else:
        raise TypeError(type(v))
    return L


# ----------------------------------------------------------------------------------------
# check digits and identifier generators
# ----------------------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix, length=16):
    body = prefix + "".join(random.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    base = "1" + "".join(random.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def imei():
    body = random.choice(["35", "86", "01"]) + "".join(random.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_TR = {**{str(d): d for d in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(random.choice(alph) for _ in range(5))
    year = random.choice("DEFGHJKLMN")
    plant = random.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = "".join(random.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    s2 = sum(VIN_TR[c] * w for i, (c, w) in enumerate(zip(v, VIN_W)) if i != 8)
    assert (("X" if s2 % 11 == 10 else str(s2 % 11)) == v[8])
    return v


def gtin14(prefix13):
    tot = 0
    for i, ch in enumerate(reversed(prefix13)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return prefix13 + str((10 - tot % 10) % 10)


def aba():
    while True:
        d = [random.randint(0, 9) for _ in range(8)]
        d[0] = random.choice([0, 1, 2])
        d[1] = random.randint(1, 9)
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    n = "0123456789"
    an = n + MBI_ALPHA
    c = random.choice
    return (c("123456789") + c(MBI_ALPHA) + c(an) + c(n) + c(MBI_ALPHA) + c(an) + c(n)
            + c(MBI_ALPHA) + c(MBI_ALPHA) + c(n) + c(n))


def ssn():
    area = random.randint(100, 665)
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


def digits(k):
    return "".join(random.choice("0123456789") for _ in range(k))


def hexs(k, upper=False):
    h = "".join(random.choice("0123456789abcdef") for _ in range(k))
    return h.upper() if upper else h


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def mac(oui):
    return oui + ":" + ":".join(hexs(2) for _ in range(3))


TRANSLIT = {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss"}


def fold(s):
    s = "".join(TRANSLIT.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def public_ip():
    first = random.choice([24, 45, 47, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
                           107, 108, 142, 162, 173, 174, 184, 208])
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


def priv_ip():
    return random.choice(["10.20.%d.%d" % (random.randint(1, 12), random.randint(2, 250)),
                          "10.44.%d.%d" % (random.randint(0, 3), random.randint(2, 250)),
                          "192.168.%d.%d" % (random.randint(10, 40), random.randint(2, 250)),
                          "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 250))])


def fake_jpeg(n):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    hdr += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(random.randint(1, 40) for _ in range(64))
    hdr += bytes([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x60, 0x00, 0x48, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01])
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def fake_png(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00"
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\x00\x00\x00\x00IEND\xaeB`\x82").decode()


def face_template(n):
    hdr = b"FAC\x00010\x00" + (n + 32).to_bytes(4, "big") + b"\x00\x01"
    return base64.b64encode(hdr + bytes(random.getrandbits(8) for _ in range(n))).decode()


def finger_template(n):
    hdr = b"FMR\x00 20\x00" + (n + 24).to_bytes(4, "big")
    return base64.b64encode(hdr + bytes(random.getrandbits(8) for _ in range(n))).decode()


# ----------------------------------------------------------------------------------------
# organisations (not PHI), staff (not PHI)
# ----------------------------------------------------------------------------------------
FAC = [
    dict(code="CH", name="Cedar Hollow Health & Rehabilitation", street="2200 Far Hills Ave", city="Kettering",
         zip="45419", phone="(937) 555-0100", fax="(937) 555-0199", ccn="366241", snf=True),
    dict(code="RB", name="Riverbend Skilled Nursing Center", street="400 Riverside Dr", city="Troy",
         zip="45373", phone="(937) 555-0180", fax="(937) 555-0189", ccn="365318", snf=True),
    dict(code="MT", name="Magnolia Terrace Assisted Living", street="1185 N Fairfield Rd", city="Beavercreek",
         zip="45432", phone="(937) 555-0160", fax="(937) 555-0169", ccn=None, snf=False),
    dict(code="WB", name="Westbrook Commons Health Center", street="7750 Westbrook Pkwy", city="Hamilton",
         zip="45011", phone="(513) 555-0130", fax="(513) 555-0139", ccn="366077", snf=True),
]
for f in FAC:
    f["npi"] = npi()
    f["ein"] = "31-%07d" % random.randint(1000000, 9999999)

HOSP = [("MVMC", "Mercy Valley Medical Center", "(937) 555-0400", "(937) 555-0477"),
        ("SAH", "St. Anselm Hospital", "(937) 555-0420", "(937) 555-0431"),
        ("BCMC", "Butler County Medical Center", "(513) 555-0460", "(513) 555-0462")]

STAFF = [  # (first, last, role, username)
    ("Chinedu", "Okafor", "LPN", "cokafor"), ("Maja", "Lindqvist", "CNA", "mlindqvist"),
    ("Priscilla", "Owusu", "RN", "powusu"), ("Tomás", "Echeverría", "PT", "techeverria"),
    ("Keiko", "Sato", "OTR/L", "ksato"), ("Bridget", "Kowalczyk", "CCC-SLP", "bkowalczyk"),
    ("Darnell", "Hughes", "RN DON", "dhughes"), ("Rebecca", "Stoltzfus", "RN MDS Coord", "rstoltzfus"),
    ("Luis", "Ortega", "RDN", "lortega"), ("Grace", "Mbeki", "MSW", "gmbeki"),
    ("Yusuf", "Demir", "CNA", "ydemir"), ("Sunita", "Rao", "LNHA", "srao"),
    ("Hannelore", "Wójcik", "RN", "hwojcik"), ("Jamal", "Barksdale", "PTA", "jbarksdale"),
    ("Annika", "Faulkner", "COTA", "afaulkner"), ("Marisol", "Quintero", "LPN", "mquintero"),
]
STAFF_ID = {x[3]: ("E%05d" % random.randint(10000, 19999), "+1937555%04d" % random.randint(100, 199)) for x in STAFF}
DOCS = [("Anil", "Patel", npi()), ("Helena", "Marchetti", npi()), ("Obinna", "Eze", npi()),
        ("Sarah", "Lindgren", npi())]
PHARMACISTS = [("Alan", "Whitcombe"), ("Mei-Ling", "Cho")]

# ----------------------------------------------------------------------------------------
# residents and their relatives (PHI)
# ----------------------------------------------------------------------------------------
RES_NAMES = [
    ("Maria", "Luisa", "Gonzalez", "F", ("Ana", "Gonzalez-Reyes", "Daughter", "DAU")),
    ("Hiroshi", "", "Tanaka", "M", ("Kenji", "Tanaka", "Son", "SON")),
    ("Władysław", "J", "Nowak", "M", ("Agnieszka", "Nowak-Fields", "Daughter", "DAU")),
    ("Zoë", "", "Haverkamp", "F", ("Pieter", "Haverkamp", "Son", "SON")),
    ("Oluwaseun", "A", "Adebayo", "M", ("Funmilayo", "Adebayo", "Spouse", "SPO")),
    ("Dagny", "", "Solberg", "F", ("Ingrid", "Solberg-Marsh", "Daughter", "DAU")),
    ("Mehmet", "", "Yılmaz", "M", ("Elif", "Yılmaz", "Daughter", "DAU")),
    ("Lan", "Thi", "Nguyễn", "F", ("Minh", "Trần", "Son", "SON")),
    ("Siobhán", "M", "O'Driscoll", "F", ("Declan", "O'Driscoll", "Son", "SON")),
    ("Bernadette", "R", "LaFleur", "F", ("Monique", "Thibodeaux", "Daughter", "DAU")),
    ("Ezekiel", "", "Whitfield", "M", ("Naomi", "Whitfield", "Granddaughter", "GRD")),
    ("Ruth", "Ann", "Abernathy", "F", ("Carl", "Abernathy", "Spouse", "SPO")),
    ("Giuseppe", "", "Ferraro", "M", ("Paola", "Ferraro-Klein", "Daughter", "DAU")),
    ("Anneliese", "", "Brandt", "F", ("Jürgen", "Brandt", "Son", "SON")),
    ("Rajesh", "K", "Venkataraman", "M", ("Priya", "Venkataraman", "Daughter", "DAU")),
    ("Esther", "", "Goldfarb", "F", ("Miriam", "Goldfarb-Stein", "Niece", "NIE")),
    ("Kwame", "", "Mensah", "M", ("Akosua", "Mensah", "Daughter", "DAU")),
    ("Lucille", "D", "Broussard", "F", ("Remy", "Broussard", "Son", "SON")),
    ("Dmitri", "", "Volkov", "M", ("Irina", "Volkova", "Daughter", "DAU")),
    ("Consuelo", "", "Ybarra", "F", ("Rosario", "Ybarra", "Sister", "SIS")),
    ("Imelda", "C", "Dimaculangan", "F", ("Joy", "Dimaculangan-Ortiz", "Daughter", "DAU")),
    ("Harold", "E", "Pettigrew", "M", ("Sharon", "Pettigrew", "Daughter-in-law", "DIL")),
    ("Margit", "", "Szabó", "F", ("Katalin", "Szabó-Reed", "Daughter", "DAU")),
    ("Fatima", "", "Haddad", "F", ("Omar", "Haddad", "Son", "SON")),
]

CITIES = [("Dayton", "Montgomery", ["45402", "45405", "45406", "45410", "45414"]),
          ("Kettering", "Montgomery", ["45429", "45440"]), ("Centerville", "Montgomery", ["45459"]),
          ("Xenia", "Greene", ["45385"]), ("Fairborn", "Greene", ["45324"]),
          ("Miamisburg", "Montgomery", ["45342"]), ("Springfield", "Clark", ["45503", "45504"]),
          ("Piqua", "Miami", ["45356"]), ("Tipp City", "Miami", ["45371"]),
          ("Middletown", "Butler", ["45042", "45044"]), ("Hamilton", "Butler", ["45013", "45015"]),
          ("Huber Heights", "Montgomery", ["45424"]), ("Vandalia", "Montgomery", ["45377"]),
          ("Yellow Springs", "Greene", ["45387"])]
STREETS = ["Willow Bend Rd", "Quail Run Dr", "Larkhaven Ct", "Old Mill Ln", "Pheasant Hill Dr",
           "Tecumseh Trl", "Hawthorne Ave", "Cobblestone Way", "Ridgecrest Blvd", "Sycamore Glen Dr",
           "Elmhurst St", "Brandywine Ct", "Kinsey Rd", "Orchard Hill Dr", "Mapleleaf Ln", "Birchwood Ave",
           "Founders Way", "Lantern Ridge Rd", "Cardinal Dr", "Stonequarry Rd", "Whispering Pines Ct",
           "Meadowlark Ln", "Shawnee Trl", "Prairie View Dr"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "aol.com", "hotmail.com",
        "sbcglobal.net", "comcast.net"]
PLAN_NAMES = ["Buckeye Senior Advantage", "Heartland MedSupp", "Great Lakes Care Plus", "Ohio Medicaid MyCare"]


def rand_date(a, b):
    return a + timedelta(days=random.randint(0, (b - a).days))


TODAY = date(2024, 3, 14)


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


USED_PHONES = set()


def phone(area=None):
    """A 555-01xx number not used by any organisation, staff member or other person."""
    if not USED_PHONES:
        USED_PHONES.update(f[k] for f in FAC for k in ("phone", "fax"))
        USED_PHONES.update(x for h in HOSP for x in h[2:])
        USED_PHONES.update("(%s) %s-%s" % (v[1][2:5], v[1][5:8], v[1][8:]) for v in STAFF_ID.values())
    while True:
        p = "(%s) 555-01%02d" % (area or random.choice(["937", "937", "513", "614"]), random.randint(10, 99))
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


def ph_fmt(p, style):
    a, rest = p[1:4], p[6:]
    if style == 0:
        return p
    if style == 1:
        return "%s-%s" % (a, rest)
    if style == 2:
        return a + rest.replace("-", "")
    if style == 3:
        return "+1" + a + rest.replace("-", "")
    if style == 4:
        return "%s.%s" % (a, rest.replace("-", "."))
    return "(%s)%s" % (a, rest)


RES = []
used_rooms = set()
for i, (fn, mn, ln, sex, rel) in enumerate(RES_NAMES):
    r = dict(first=fn, mid=mn, last=ln, sex=sex)
    r["fac"] = FAC[[0, 0, 1, 3, 0, 2, 1, 3, 0, 1, 2, 3][i % 12]]
    r["pid"] = random.randint(100400, 189999)
    r["resno"] = "%s%07d" % (r["fac"]["code"], random.randint(1000, 99999))
    if i % 3 == 0 or i in (4, 7):
        r["dob"] = rand_date(date(1921, 6, 1), date(1933, 12, 31))
    else:
        r["dob"] = rand_date(date(1934, 1, 1), date(1957, 12, 31))
    r["age"] = age_on(r["dob"])
    r["ssn"] = ssn()
    r["mbi"] = mbi()
    r["mcd"] = digits(12) if i % 2 == 0 else None
    r["supp"] = random.choice("WXHK") + digits(9) + random.choice(["", "01", "00"])
    r["plan"] = random.choice(PLAN_NAMES)
    city, county, zips = random.choice(CITIES)
    r["street"] = "%d %s" % (random.randint(101, 9899), random.choice(STREETS))
    if random.random() < 0.2:
        r["street"] += " Apt %d%s" % (random.randint(1, 4), random.choice("ABCD"))
    r["city"], r["county"], r["zip"] = city, county, random.choice(zips)
    r["zip4"] = r["zip"] + digits(4)
    r["phone"] = phone()
    while True:
        room = "%d%02d-%s" % (random.randint(1, 3), random.randint(1, 34), random.choice("AB"))
        if room not in used_rooms:
            used_rooms.add(room)
            break
    r["room"] = room
    r["unit"] = {"1": "1-WEST", "2": "2-EAST", "3": "3-MEMORY"}[room[0]]
    r["admit"] = rand_date(date(2023, 2, 1), date(2024, 3, 13))
    r["trust"] = "RTF-%s-%06d" % (r["fac"]["code"], random.randint(1000, 99999))
    r["bank"] = digits(random.choice([9, 10, 12]))
    r["routing"] = aba()
    r["patacct"] = "PA%09d" % random.randint(10000000, 999999999)
    r["wg"] = "WG7-%s" % hexs(8, True) if (room[0] == "3" or i % 4 == 1) else None
    r["dl"] = random.choice("ABCDEFGHJKLMNPRSTUW") + random.choice("ABCDEFGHJKLMNPRSTUW") + digits(6)
    r["hosp_mrn"] = "E%08d" % random.randint(10000000, 99999999)
    r["hear"] = "%s%s" % (random.choice(["PHN", "OTI", "SIG"]), digits(8))
    r["udi"] = "(01)%s(17)%s(21)%s" % (gtin14("0" + digits(12)), random.choice(["270630", "281231", "290115"]),
                                       random.choice(["PJN", "RNX", "AKB"]) + digits(6))
    r["cpap"] = "22%s%s" % (digits(9), digits(2))
    r["face"] = None
    # relative / responsible party
    rf, rl, rrel, rcode = rel
    rr = dict(first=rf, last=rl, rel=rrel, code=rcode)
    rr["phone"] = phone()
    rr["cell"] = phone()
    lf, ll = fold(rf).lower(), fold(rl).lower().replace("'", "").replace("-", "")
    rr["email"] = random.choice(["%s.%s%d" % (lf, ll, random.randint(1, 88)), "%s%s" % (lf[0], ll),
                                 "%s_%s" % (lf, ll[:6]), "%s%s%d" % (lf, ll[0], random.randint(50, 79))]) \
        + "@" + random.choice(MAIL)
    rr["user"] = random.choice(["%s.%s%d" % (lf, ll[:8], random.randint(10, 99)), "%s%s" % (lf[0], ll),
                                "%s_%s" % (ll[:7], lf[:3])])
    rr["ip"] = public_ip()
    rr["ip2"] = public_ip()
    rr["plate"] = random.choice(["%s%s%s %s" % (random.choice("ABCDEFGHJKLMNPRSTVWXYZ"), random.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                                  random.choice("ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                                 "%s%s%s%s" % (random.choice("HJKLM"), random.choice("ABCDEFGH"), random.choice("RSTUVW"), digits(4))])
    rr["plate_st"] = random.choice(["OH", "OH", "OH", "KY", "IN"])
    rr["card"] = card(random.choice(["4", "51", "52", "54", "37"]), 15 if False else 16)
    rr["street"] = "%d %s" % (random.randint(101, 9899), random.choice(STREETS))
    c2, _, z2 = random.choice(CITIES)
    rr["city"], rr["zip"] = c2, random.choice(z2)
    rr["fax"] = phone() if i % 4 == 0 else None
    rr["face"] = face_template(random.randint(180, 260))
    rr["dl"] = random.choice("ABCDEFGHJKLMNPRSTUW") + random.choice("ABCDEFGHJKLMNPRSTUW") + digits(6)
    r["rel"] = rr
    r["doc"] = random.choice(DOCS)
    RES.append(r)

RES_W = [1.0 / ((i + 3) ** 0.6) for i in range(len(RES))]


def pick_res(snf=False):
    while True:
        r = random.choices(RES, weights=RES_W)[0]
        if not snf or r["fac"]["snf"]:
            return r


def staff():
    return random.choice(STAFF)


# ----------------------------------------------------------------------------------------
# clock and timestamp formats
# ----------------------------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 14, 0, 3, 11, 402118)]
UTC_OFF = timedelta(hours=4)   # EDT


def tick():
    CLOCK[0] += timedelta(seconds=random.expovariate(1 / 170.0), microseconds=random.randint(0, 999999))


def now():
    return CLOCK[0]


def utc():
    return CLOCK[0] + UTC_OFF


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_spring(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def ts_comma(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_iso_off(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-04:00"


def ts_iso_z(d=None, frac=3):
    d = d or utc()
    f = "%06d" % d.microsecond
    f = (f + "0")[:frac] if frac == 7 else f[:frac]
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f + "Z"


def ts_syslog(d=None):
    d = d or now()
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def ts_nginx(d=None):
    d = d or now()
    return d.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_sql(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (d.microsecond // 10000)


def ts_nlog(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (d.microsecond // 100)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_compact(d):
    return d.strftime("%Y%m%d")


def today_plus(days):
    return now().date() + timedelta(days=days)


def name_lf(r, mid=True):
    s = "%s, %s" % (r["last"], r["first"])
    if mid and r["mid"]:
        s += " " + r["mid"][0]
    return s


def name_fl(r):
    return "%s %s" % (r["first"], r["last"])


def hl7_name(r):
    s = "%s^%s" % (r["last"].upper(), r["first"].upper())
    if r["mid"]:
        s += "^" + r["mid"][0].upper()
    return s


MEDS = [("Metoprolol tartrate", "25 mg", "PO", "BID"), ("Apixaban", "5 mg", "PO", "BID"),
        ("Levothyroxine", "50 mcg", "PO", "QAM"), ("Donepezil", "10 mg", "PO", "QHS"),
        ("Furosemide", "40 mg", "PO", "QD"), ("Insulin lispro", "4 units", "SUBQ", "AC"),
        ("Acetaminophen", "650 mg", "PO", "Q6H PRN"), ("Sertraline", "50 mg", "PO", "QD"),
        ("Polyethylene glycol 3350", "17 g", "PO", "QD"), ("Enoxaparin", "40 mg", "SUBQ", "QD"),
        ("Oxycodone", "5 mg", "PO", "Q4H PRN"), ("Memantine", "10 mg", "PO", "BID"),
        ("Tamsulosin", "0.4 mg", "PO", "QHS"), ("Carbidopa/Levodopa", "25-100 mg", "PO", "TID"),
        ("Vitamin D3", "2000 IU", "PO", "QD"), ("Lorazepam", "0.5 mg", "PO", "Q8H PRN")]
NDC = ["00093-7214-01", "00003-0894-21", "00378-1805-01", "63304-0827-30", "00054-4297-25",
       "00002-7510-01", "50580-0488-10", "16714-0611-01", "68382-0136-01", "00075-0624-40"]


# ========================================================================================
# family generators: each returns a list of Line objects; phi says whether PHI is wanted
# ========================================================================================
def spring_prefix(L, lvl, pid, thread, logger):
    L.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(), lvl, pid, thread[-15:], logger[:40]))


SPRING_APPS = {"ehr": 4127, "risk": 5521, "media": 6210, "mds": 3894}


def g_spring(phi):
    L = Line("spring-boot-logback")
    if not phi:
        k = random.randrange(14)
        thr = "nio-8443-exec-%d" % random.randint(1, 12)
        if k == 0:
            spring_prefix(L, "INFO", 4127, "kafka-consumer-2", "c.l.ehr.census.CensusSnapshotJob")
            f = random.choice(FAC)
            L.t("Census snapshot facility=%s occupied=%d available=%d pendingAdmits=%d pendingDischarges=%d"
                % (f["code"], random.randint(80, 124), random.randint(2, 18), random.randint(0, 4), random.randint(0, 3)))
        elif k == 1:
            spring_prefix(L, "WARN", 4127, thr, "com.zaxxer.hikari.pool.HikariPool")
            L.t("HikariPool-1 - Connection is not available, request timed out after 30000ms.")
        elif k == 2:
            spring_prefix(L, "INFO", 4127, "main", "c.l.ehr.EhrCensusApplication")
            L.t("Started EhrCensusApplication in %.3f seconds (JVM running for %.3f)" % (random.uniform(11, 19), random.uniform(19, 24)))
        elif k == 3:
            spring_prefix(L, "INFO", 3894, "scheduling-1", "c.l.mds.schedule.MdsDueDateJob")
            L.t("MdsDueDateJob finished in %d ms: facilities=4 assessmentsDue7d=%d overdue=%d"
                % (random.randint(900, 4800), random.randint(12, 48), random.randint(0, 3)))
        elif k == 4:
            spring_prefix(L, "DEBUG", 4127, "kafka-consumer-1", "c.l.ehr.events.AdtEventConsumer")
            L.t("Received record topic=ehr.adt.events partition=%d offset=%d key=evt-%s"
                % (random.randint(0, 5), random.randint(800000, 990000), uid()))
        elif k == 5:
            spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.careplan.CarePlanReviewService")
            L.t("Care plan review queue unit=%s due7d=%d overdue=%d assignedTo=%s"
                % (random.choice(["1-WEST", "2-EAST", "3-MEMORY"]), random.randint(3, 19), random.randint(0, 4), staff()[3]))
        elif k == 6:
            spring_prefix(L, "INFO", 3894, "iqies-poll-1", "c.l.mds.submission.IqiesPoller")
            L.t("iQIES batch %d final validation: accepted=%d rejected=0 warnings=%d (-3804 x%d) ccn=%s"
                % (random.randint(7000000, 7999999), random.randint(6, 22), random.randint(0, 5), random.randint(0, 3),
                   random.choice([f for f in FAC if f["ccn"]])["ccn"]))
        elif k == 7:
            spring_prefix(L, "WARN", 4127, thr, "o.s.w.s.m.s.DefaultHandlerExceptionResolver")
            L.t("Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]")
        elif k == 8:
            spring_prefix(L, "INFO", 6210, "task-%d" % random.randint(1, 8), "c.l.media.wound.ThumbnailJob")
            L.t("Regenerated %d wound thumbnails (256x256) in %d ms, container=wounds-%s"
                % (random.randint(10, 140), random.randint(1200, 9000), random.choice(["ch", "rb", "wb"])))
        elif k == 9:
            spring_prefix(L, "ERROR", 4127, thr, "c.l.ehr.integration.PharmacyClient")
            L.t("POST https://api.tricountyltcrx.com/v3/orders failed: 503 Service Unavailable (attempt %d/5, traceId=%s)"
                % (random.randint(1, 4), hexs(32)))
        elif k == 10:
            spring_prefix(L, "INFO", 5521, thr, "c.l.risk.metrics.FallMetrics")
            f = random.choice(FAC)
            L.t("Falls dashboard refreshed facility=%s falls30d=%d withInjury=%d rate=%.2f/1000 resident-days"
                % (f["code"], random.randint(2, 14), random.randint(0, 3), random.uniform(2.1, 7.9)))
        elif k == 11:
            spring_prefix(L, "INFO", 4127, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
            L.t("Tomcat started on port(s): 8443 (https) with context path '/ehr'")
        elif k == 12:
            spring_prefix(L, "INFO", 3894, "scheduling-1", "c.l.mds.export.StateExportJob")
            L.t("State survey export CMS-672 generated for ccn=%s rows=%d file=/exports/survey/CMS672_%s_%s.csv"
                % (FAC[0]["ccn"], random.randint(90, 130), FAC[0]["ccn"], now().strftime("%Y%m%d")))
        elif k == 13 and random.random() < 0.5:
            spring_prefix(L, "DEBUG", 6210, "task-%d" % random.randint(1, 8), "c.l.media.wound.ThumbnailCache")
            L.t("cache put key=wound:W-%d:v%d size=%d thumb=%s" % (random.randint(1000, 9999), random.randint(1, 5), random.randint(2000, 4000), fake_jpeg(random.randint(200, 320))))
        else:
            spring_prefix(L, "DEBUG", 4127, thr, "c.l.ehr.security.AuditInterceptor")
            s = staff()
            L.t("GET /ehr/api/v1/units/%s/census user=%s ip=%s status=200 took=%dms"
                % (random.choice(["1-WEST", "2-EAST", "3-MEMORY"]), s[3], priv_ip(), random.randint(8, 240)))
        return [L]

    r = pick_res()
    rr = r["rel"]
    thr = "nio-8443-exec-%d" % random.randint(1, 12)
    k = random.randrange(14)
    if k == 0:
        spring_prefix(L, "INFO", 4127, "kafka-consumer-1", "c.l.ehr.census.AdmissionEventListener")
        h = random.choice(HOSP)
        L.t("ADMIT processed residentId=").p(str(r["pid"]), "mrn").t(" residentNo=").p(r["resno"], "mrn")
        L.t(' name="').p(name_lf(r), "name").t('" dob=').p(d_iso(r["dob"]), "date")
        L.t(" admitDate=").p(d_iso(r["admit"]), "date").t(' from="%s" room=%s payer=%s'
                                                          % (h[1], r["room"], random.choice(["MEDICARE_A", "MEDICAID", "PRIVATE", "MCR_ADV"])))
    elif k == 1:
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.census.RoomChangeService")
        eff = today_plus(random.choice([0, 0, 1]))
        newroom = "%d%02d-%s" % (random.randint(1, 3), random.randint(1, 34), random.choice("AB"))
        L.t("Room change residentId=").p(str(r["pid"]), "mrn").t(" from=%s to=%s effective=" % (r["room"], newroom))
        L.p(d_iso(eff), "date").t(" reason=%s bedHold=%s requestedBy=%s"
                                   % (random.choice(["ISOLATION", "ROOMMATE_CONFLICT", "LEVEL_OF_CARE", "FAMILY_REQUEST"]),
                                      random.choice(["true", "false"]), staff()[3]))
    elif k == 2:
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.careplan.CarePlanService")
        L.t("Care plan CP-%d revised for resident " % random.randint(40000, 99999)).p(str(r["pid"]), "mrn")
        L.t(" (").p(name_lf(r, False), "name").t("): focus=%s goals=%d interventions=%d nextReview="
                                                    % (random.choice(["Fall risk", "Pressure injury risk", "Nutrition", "Elopement risk", "Pain"]),
                                                       random.randint(1, 4), random.randint(3, 9)))
        L.p(d_iso(today_plus(random.choice([30, 60, 90]))), "date").t(" by=%s" % staff()[3])
    elif k == 3:
        r = random.choice([x for x in RES if not x.get("discharged")])
        r["discharged"] = True
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.census.DischargeService")
        dd = today_plus(0)
        L.t("Discharge completed patientId=").p(str(r["pid"]), "mrn").t(" dischargeDate=").p(d_iso(dd), "date")
        L.t(' disposition=HOME_WITH_HH dischargeTo="').p(r["street"], "address").t(", ").p(r["city"], "address")
        L.t(" OH ").p(r["zip"], "zip").t('" hhAgency="Miami Valley Home Health" los=%d' % max(1, (dd - r["admit"]).days))
    elif k == 4:
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.contacts.ContactService")
        L.t("Emergency contact updated clientId=").p(str(r["pid"]), "mrn").t(" contact={name='")
        L.p("%s %s" % (rr["first"], rr["last"]), "name").t("', relationship=%s, primaryPhone='" % rr["rel"].upper())
        L.p(ph_fmt(rr["cell"], random.choice([0, 1, 4])), "phone").t("', email='").p(rr["email"], "email")
        L.t("', poa=%s, responsibleParty=%s}" % (random.choice(["HEALTHCARE", "FINANCIAL", "NONE"]), random.choice(["true", "false"])))
    elif k == 5:
        spring_prefix(L, "INFO", 3894, "scheduling-1", "c.l.mds.schedule.AssessmentScheduler")
        ard = today_plus(random.randint(1, 12))
        L.t("Scheduled %s for resident " % random.choice(["5-Day PPS", "Quarterly", "Annual", "Significant Change"]))
        L.p(r["resno"], "mrn").t(" ARD=").p(d_iso(ard), "date").t(" coordinator=%s window=%d days" % ("rstoltzfus", random.choice([3, 7, 14])))
    elif k == 6:
        spring_prefix(L, "WARN", 4127, "kafka-consumer-1", "c.l.ehr.census.ReadmissionDetector")
        h = random.choice(HOSP)
        L.t("Readmission within 30d: resNo=").p(r["resno"], "mrn").t(" hospitalMrn=").p(r["hosp_mrn"], "mrn")
        L.t(" hospital=%s returnDate=" % h[0]).p(d_iso(today_plus(0)), "date").t(" priorDischarge=")
        L.p(d_iso(today_plus(-random.randint(3, 28))), "date")
    elif k == 7:
        spring_prefix(L, "INFO", 6210, thr, "c.l.media.ResidentPhotoController")
        img = fake_jpeg(random.randint(380, 620))
        L.t("Face sheet photo updated residentId=").p(str(r["pid"]), "mrn").t(" bytes=%d image=" % (len(img) * 3 // 4))
        L.p("data:image/jpeg;base64," + img, "photo")
    elif k == 8:
        spring_prefix(L, "INFO", 6210, thr, "c.l.media.wound.WoundImageService")
        L.t("Stored wound image woundId=W-%d residentId=" % random.randint(1000, 9999)).p(str(r["pid"]), "mrn")
        L.t(" site=%s stage=%s dims=1024x768 lxwxd=%.1fx%.1fx%.1fcm sha256=%s blob=https://lscwoundimg.blob.core.windows.net/wounds/%s/%s.jpg capturedBy=%s device=CH-IPAD-%02d"
            % (random.choice(["SACRUM", "L_HEEL", "R_HEEL", "COCCYX", "R_ISCHIUM"]), random.choice(["2", "3", "4", "DTI", "UNSTAGEABLE"]),
               random.uniform(0.5, 5), random.uniform(0.4, 4), random.uniform(0, 1.5), hexs(64), now().strftime("%Y/%m/%d"), uid(),
               staff()[3], random.randint(1, 12)))
    elif k == 10:
        r = random.choice([x for x in RES if x["fac"]["code"] == "MT" and x["age"] < 90])
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.al.ParkingPermitService")
        car = random.choice([("2014", "Buick", "LaCrosse", "1G4"), ("2017", "Toyota", "Camry", "4T1"), ("2012", "Honda", "CR-V", "5J6"),
                             ("2016", "Ford", "Fusion", "3FA"), ("2019", "Subaru", "Outback", "4S4")])
        if "vin" not in r:
            r["vin"] = vin(car[3])
            r["car"] = car
            r["plate"] = "%s%s%s %s" % (random.choice("DFGHJK"), random.choice("ABCDEFGH"), random.choice("LMNPRT"), digits(4))
            r["dlexp"] = "%d-%02d-%02d" % (random.randint(2024, 2028), r["dob"].month, r["dob"].day)
        car = r["car"]
        L.t("Parking permit P-%d issued residentId=" % random.randint(100, 999)).p(str(r["pid"]), "mrn")
        L.t(" vehicle='%s %s %s' plate=" % car[:3]).p(r["plate"], "vehicle").t(" (OH) vin=").p(r["vin"], "vehicle")
        L.t(" dl=").p(r["dl"], "license").t(" dlExp=%s lot=%s" % (r["dlexp"], random.choice(["NORTH", "EAST-VISITOR"])))
    elif k in (12, 13):
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.inventory.PersonalInventoryService")
        L.t("Inventory updated residentId=").p(str(r["pid"]), "mrn").t(" items=[")
        if random.random() < 0.5:
            L.t("hearing aids (Phonak Audeo, serial ").p(r["hear"], "device").t("), ")
        L.t("CPAP ResMed AirSense 10 SN ").p(r["cpap"], "device").t(", dentures upper] ")
        L.t("implant card: pacemaker UDI ").p(r["udi"], "device").t(" verifiedBy=%s" % staff()[3])
    elif k == 11:
        spring_prefix(L, "INFO", 4127, thr, "c.l.ehr.contacts.ContactService")
        L.t("POA document verified for resident ").p(r["resno"], "mrn").t(": agent='").p("%s %s" % (rr["first"], rr["last"]), "name")
        L.t("' type=%s fax=" % random.choice(["DPOA-HC", "DPOA-FIN"])).p(ph_fmt(rr["fax"] or rr["phone"], 1), "fax")
        L.t(" email=").p(rr["email"], "email").t(" scannedBy=%s docId=%s" % (staff()[3], uid()))
    else:
        spring_prefix(L, "DEBUG", 4127, thr, "c.l.ehr.facesheet.FaceSheetRenderer")
        L.t("Rendering face sheet for ").p(name_fl(r), "name").t(" DOB ").p(d_us(r["dob"]), "date")
        L.t(" (age ").v(str(r["age"]), "age" if r["age"] > 89 else None).t(")")
        L.t(" SSN ").p(r["ssn"], "ssn").t(" MBI ").p(r["mbi"], "health_plan")
        if r["mcd"]:
            L.t(" Medicaid ").p(r["mcd"], "health_plan")
        L.t(" attending=Dr. %s %s template=facesheet-v4.ftl" % (r["doc"][0], r["doc"][1]))
    return [L]


# ---------------------------------------------------------------- eMAR (.NET Serilog CLEF)
def g_emar(phi):
    L = Line("serilog-clef")
    ctx = random.choice(["Larkspur.Emar.MedPass.MedPassService", "Larkspur.Emar.Api.Controllers.MedPassController"])
    base = [("@t", ts_iso_z(frac=7))]
    if not phi:
        k = random.randrange(7)
        if k == 0:
            el = random.uniform(3, 900)
            items = base + [("@mt", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"),
                            ("@r", ["%.4f" % el]),
                            ("RequestMethod", random.choice(["GET", "POST"])),
                            ("RequestPath", random.choice(["/api/medpass/cart/CART-2E-0%d/pending" % random.randint(1, 4),
                                                           "/api/orders/sync", "/health/ready", "/api/medpass/window/current"])),
                            ("StatusCode", random.choice([200, 200, 200, 204, 304])), ("Elapsed", round(el, 4)),
                            ("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware"),
                            ("RequestId", "0HN1%s:%08X" % (hexs(9, True), random.randint(1, 99))),
                            ("MachineName", "EMAR-APP-0%d" % random.randint(1, 3))]
        elif k == 1:
            items = base + [("@mt", "Pharmacy order sync completed in {ElapsedMs} ms: {Received} received, {Discontinued} discontinued"),
                            ("ElapsedMs", random.randint(400, 5000)), ("Received", random.randint(0, 60)),
                            ("Discontinued", random.randint(0, 9)), ("Pharmacy", "TRICOUNTY-LTC"),
                            ("SourceContext", "Larkspur.Emar.Pharmacy.OrderSyncWorker")]
        elif k == 2:
            items = base + [("@mt", "Med pass window {Window} closed for {Unit}: {Given} given, {Late} late, {Missed} missed"),
                            ("Window", random.choice(["0800", "1200", "1700", "2100"])),
                            ("Unit", random.choice(["1-WEST", "2-EAST", "3-MEMORY"])), ("Given", random.randint(90, 240)),
                            ("Late", random.randint(0, 12)), ("Missed", random.randint(0, 4)), ("SourceContext", ctx)]
        elif k == 3:
            items = base + [("@mt", "Cart {CartId} unlocked by {User} (badge {Badge})"), ("@l", "Debug"),
                            ("CartId", "CART-%s-0%d" % (random.choice(["1W", "2E", "3M"]), random.randint(1, 4))),
                            ("User", staff()[3]), ("Badge", "B%05d" % random.randint(10000, 99999)),
                            ("SourceContext", "Larkspur.Emar.Hardware.CartLockService")]
        elif k == 4:
            items = base + [("@mt", "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}"),
                            ("@l", "Warning"), ("elapsed", str(random.randint(1200, 9000))),
                            ("parameters", "@__unit_0='?' (Size = 16), @__from_1='?' (DbType = DateTime2)"),
                            ("commandType", "Text"), ("commandTimeout", "30"), ("newLine", "\n"),
                            ("commandText", "SELECT [m].[Id], [m].[OrderId], [m].[ScheduledUtc] FROM [emar].[MedAdministration] AS [m] WHERE [m].[Unit] = @__unit_0 AND [m].[ScheduledUtc] >= @__from_1"),
                            ("EventId", O(("Id", 20101), ("Name", "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"))),
                            ("SourceContext", "Microsoft.EntityFrameworkCore.Database.Command")]
        elif k == 5:
            items = base + [("@mt", "Controlled substance count reconciled for {CartId}: {Count} items, discrepancy {Discrepancy}"),
                            ("CartId", "CART-%s-0%d" % (random.choice(["1W", "2E", "3M"]), random.randint(1, 4))),
                            ("Count", random.randint(14, 60)), ("Discrepancy", False),
                            ("Witness", staff()[3]), ("SourceContext", "Larkspur.Emar.Narcotics.CountService")]
        else:
            items = base + [("@mt", "Barcode scan rejected: NDC {Ndc} not on active order set (lot {Lot}, exp {Exp})"), ("@l", "Warning"),
                            ("Ndc", random.choice(NDC)), ("Lot", random.choice("ABCDEFGHKM") + digits(6)),
                            ("Exp", "%04d-%02d" % (random.choice([2025, 2026]), random.randint(1, 12))),
                            ("ScannerSerial", "DS8178-%s" % digits(10)), ("SourceContext", ctx)]
        J(L, O(*items), mode="net")
        return [L]

    r = pick_res()
    med = random.choice(MEDS)
    sched = now().replace(minute=0, second=0, microsecond=0)
    k = random.randrange(6)
    if k == 5:
        items = base + [("@mt", "Resident biometric enrolled for {ResidentId} using {Scanner}"),
                        ("ResidentId", r["pid"], "mrn"), ("Scanner", "U.are.U 4500"), ("Finger", random.choice(["R_INDEX", "L_INDEX", "R_THUMB"])),
                        ("Template", finger_template(random.randint(160, 240)), "biometric"), ("Format", "ISO19794-2"),
                        ("EnrolledBy", staff()[3]), ("SourceContext", "Larkspur.Emar.Identity.BiometricService")]
        J(L, O(*items), mode="net")
        return [L]
    if k <= 1:
        status = random.choice(["Given", "Given", "Late"])
        items = base + [("@mt", "Med pass {Status} for resident {ResidentId}: {Medication} {Dose} {Route} scheduled {ScheduledLocal}"),
                        ("Status", status), ("ResidentId", r["pid"], "mrn"), ("Medication", med[0]), ("Dose", med[1]),
                        ("Route", med[2]), ("ScheduledLocal", sched.strftime("%Y-%m-%dT%H:%M:%S"), "date"),
                        ("AdministeredBy", staff()[3]), ("PhotoVerified", True),
                        ("OrderId", "RX-ORD-%d" % random.randint(300000, 999999)), ("SourceContext", ctx),
                        ("MachineName", "EMAR-APP-0%d" % random.randint(1, 3))]
    elif k == 2:
        items = base + [("@mt", "Missed dose recorded for {ResidentName} ({ResidentId}): {Medication} reason {ReasonCode}"),
                        ("@l", "Warning"), ("ResidentName", name_lf(r, False), "name"), ("ResidentId", str(r["pid"]), "mrn"),
                        ("Medication", "%s %s" % (med[0], med[1])),
                        ("ReasonCode", random.choice(["REFUSED", "HOSPITAL_LOA", "NPO", "NOT_AVAILABLE", "ASLEEP", "HELD_PARAM"])),
                        ("Room", r["room"]), ("NotifyPhysician", True), ("SourceContext", ctx)]
    elif k == 3:
        med = random.choice([m for m in MEDS if "PRN" in m[3]])
        pain = random.randint(4, 9)
        items = base + [("@mt", "PRN effectiveness follow-up due for {Mrn} at {DueLocal}"),
                        ("Mrn", r["resno"], "mrn"), ("DueLocal", (now() + timedelta(minutes=60)).strftime("%Y-%m-%dT%H:%M"), "date"),
                        ("Medication", "%s %s" % (med[0], med[1])), ("PainScore", pain),
                        ("Note", Mx(("%d" % r["age"], "age" if r["age"] > 89 else None), ("yo %s, c/o pain %d/10, repositioned" % (r["sex"], pain), None))),
                        ("SourceContext", ctx)]
    else:
        items = base + [("@mt", "Resident photo mismatch at cart {CartId}: scanned wristband {Wristband} expected {Expected}"),
                        ("@l", "Error"), ("CartId", "CART-%s-0%d" % (random.choice(["1W", "2E", "3M"]), random.randint(1, 4))),
                        ("Wristband", r["resno"], "mrn"), ("Expected", name_fl(r), "name"),
                        ("DateOfBirth", d_iso(r["dob"]), "date"), ("User", staff()[3]), ("SourceContext", ctx)]
    J(L, O(*items), mode="net")
    return [L]


# ---------------------------------------------------------------- therapy (.NET console)
def net_console(L, lvl, cat, evid):
    L.t("%s %s: %s[%d] " % (now().strftime("%Y-%m-%d %H:%M:%S"), lvl, cat, evid))


def g_therapy(phi):
    L = Line("dotnet-console")
    if not phi:
        k = random.randrange(8)
        if k == 0:
            net_console(L, "warn", "Microsoft.AspNetCore.Server.Kestrel", 22)
            L.t('As of "%s", the heartbeat has been running for "00:00:0%d.%07d" which is longer than "00:00:01". This could be caused by thread pool starvation.'
                % (utc().strftime("%m/%d/%Y %H:%M:%S +00:00"), random.randint(1, 4), random.randint(0, 9999999)))
        elif k == 1:
            net_console(L, "info", "Microsoft.Hosting.Lifetime", 14)
            L.t("Now listening on: http://[::]:%d" % random.choice([5080, 8080]))
        elif k == 2:
            net_console(L, "info", "Larkspur.Therapy.Jobs.MinutesRollupJob", 3001)
            L.t("Weekly rollup unit=%s PT=%d OT=%d SLP=%d minutes, groupShare=%.1f%%, concurrentShare=%.1f%%"
                % (random.choice(["1-WEST", "2-EAST", "3-MEMORY"]), random.randint(900, 2600), random.randint(800, 2200),
                   random.randint(150, 700), random.uniform(2, 24), random.uniform(0, 12)))
        elif k == 3:
            net_console(L, "info", "System.Net.Http.HttpClient.PayerPortal.LogicalHandler", 101)
            L.t("End processing HTTP request after %.4fms - %d" % (random.uniform(40, 2400), random.choice([200, 200, 429])))
        elif k == 4:
            s = random.choice([x for x in STAFF if x[2] in ("PT", "OTR/L", "CCC-SLP", "PTA", "COTA")])
            net_console(L, "info", "Larkspur.Therapy.Scheduling.TherapistCalendar", 2204)
            L.t("Therapist %s %s (%s) schedule published for %s: %d sessions, %d productive minutes planned"
                % (s[0], s[1], s[2], d_iso(today_plus(1)), random.randint(8, 14), random.randint(380, 470)))
        elif k == 5:
            net_console(L, "fail", "Larkspur.Therapy.Integration.PdpmCalculator", 5003)
            L.t("PDPM grouper service timed out after 00:00:30 (endpoint http://10.20.5.41:7070/grouper/v2.0, retry 2/3)")
        elif k == 6:
            net_console(L, "dbug", "Larkspur.Therapy.Data.TherapyDbContext", 10403)
            L.t("Entity Framework Core 8.0.2 initialized 'TherapyDbContext' using provider 'Microsoft.EntityFrameworkCore.SqlServer:8.0.2' with options: MaxPoolSize=128")
        else:
            net_console(L, "info", "Larkspur.Therapy.Billing.CptValidator", 4100)
            L.t("Validated %d timed CPT lines (97110, 97112, 97530, 97535, 92526): 8-minute rule adjustments=%d"
                % (random.randint(40, 300), random.randint(0, 9)))
        return [L]
    r = pick_res(snf=True)
    k = random.randrange(4)
    disc = random.choice(["PT", "OT", "SLP"])
    ther = {"PT": ("techeverria", "97110"), "OT": ("ksato", "97535"), "SLP": ("bkowalczyk", "92526")}[disc]
    if k <= 1:
        net_console(L, "info", "Larkspur.Therapy.Api.Controllers.MinutesController", 1002)
        m = random.choice([30, 38, 45, 52, 60, 75])
        L.t("Logged %d min %s (%s) for resident " % (m, disc, random.choice(["Individual", "Individual", "Concurrent", "Group"])))
        L.p(str(r["pid"]), "mrn").t(" on ").p(d_iso(now().date()), "date")
        L.t(", therapist=%s, cpt=%s, units=%d" % (ther[0], ther[1], max(1, (m + 7) // 15)))
    elif k == 2:
        net_console(L, "info", "Larkspur.Therapy.Scheduling.EvaluationScheduler", 2101)
        ev = today_plus(random.randint(1, 3))
        L.t("%s evaluation scheduled for " % disc).p(name_lf(r, False), "name").t(" [").p(r["resno"], "mrn")
        L.t("] on ").p(d_us(ev), "date").t(" %02d:%s with %s" % (random.randint(8, 15), random.choice(["00", "30"]), ther[0]))
    else:
        net_console(L, "warn", "Larkspur.Therapy.Compliance.MinutesAuditor", 4407)
        L.t("Resident ").p(str(r["pid"]), "mrn").t(" below planned %s minutes for week of " % disc)
        L.p(d_iso(today_plus(-3)), "date").t(": planned=%d actual=%d (refusals=%d)" % (300, random.randint(120, 280), random.randint(0, 3)))
    return [L]


# ---------------------------------------------------------------- HL7 via interface engine (JSON)
def hl7_pid(r, pieces, auth):
    pieces += [("PID|1||", None), (r["hosp_mrn"], "mrn"), ("^^^%s^MR~" % auth, None), (r["resno"], "mrn"), ("^^^LSC^PI||", None),
               (hl7_name(r), "name"), ("||", None), (d_compact(r["dob"]), "date"), ("|%s|||" % r["sex"], None),
               (r["street"].upper(), "address"), ("^^", None), (r["city"].upper(), "address"), ("^OH^", None),
               (r["zip"], "zip"), ("^USA^H||", None), (ph_fmt(r["phone"], 5), "phone"), ("|||%s|||" % random.choice(["W", "M", "S", "D"]), None),
               (r["ssn"].replace("-", ""), "ssn")]


def g_hl7(phi):
    L = Line("hl7-engine-json")
    h = random.choice(HOSP)
    f = random.choice([x for x in FAC if x["snf"]])
    mt = utc().strftime("%Y%m%d%H%M%S")
    cid = "%s%s%03d" % (h[0], mt, random.randint(0, 999))
    if not phi:
        k = random.randrange(3)
        if k < 2:
            ack = random.choice(["AA", "AA", "AE"])
            raw = Mx(("MSH|^~\\&|LARKSPUR|%s|EPIC|%s|%s||ACK^A0%d^ACK|ACK%s|P|2.5.1\rMSA|%s|%s%s"
                      % (f["code"], h[0], mt, random.choice([1, 3, 8]), digits(10), ack, cid,
                         "" if ack == "AA" else "|PV1-3 location not mapped"), None))
            J(L, O(("ts", ts_iso_off()), ("level", "INFO" if ack == "AA" else "WARN"), ("channel", "ADT_FROM_%s" % h[0]),
                   ("direction", "OUT"), ("msgType", "ACK"), ("controlId", "ACK" + digits(10)), ("raw", raw)))
        else:
            J(L, O(("ts", ts_iso_off()), ("level", "INFO"), ("channel", "ADT_FROM_%s" % h[0]), ("event", "channel.stats"),
                   ("received", random.randint(200, 900)), ("filtered", random.randint(0, 40)), ("errored", random.randint(0, 3)),
                   ("queued", random.randint(0, 5)), ("uptimeSec", random.randint(10000, 900000))))
        return [L]
    r = pick_res(snf=True)
    rr = r["rel"]
    ev = random.choice(["A01", "A03", "A08"])
    pieces = [("MSH|^~\\&|EPIC|%s|LARKSPUR|%s|%s||ADT^%s^%s|%s|P|2.5.1|||AL|NE||UNICODE UTF-8\rEVN|%s|%s\r"
               % (h[0], f["code"], mt, ev, "ADT_A03" if ev == "A03" else "ADT_A01", cid, ev, mt), None)]
    hl7_pid(r, pieces, h[0])
    pieces += [("\rNK1|1|", None), ("%s^%s" % (rr["last"].upper(), rr["first"].upper()), "name"),
               ("|%s^%s^HL70063||" % (rr["code"], rr["rel"]), None), (ph_fmt(rr["cell"], 5), "phone"), ("||EC\r", None)]
    d = DOCS.index(r["doc"]) if r["doc"] in DOCS else 0
    adm = now() - timedelta(days=random.randint(1, 6), hours=random.randint(0, 9))
    pieces += [("PV1|1|I|4W^4%02d^A^%s||||%s^%s^%s^^^^MD|||MED||||7|||||%s" % (
                    random.randint(1, 40), h[0], r["doc"][2], r["doc"][1].upper(), r["doc"][0].upper(), "V" + digits(9)) + "|" * 25, None),
               (adm.strftime("%Y%m%d%H%M"), "date")]
    if ev == "A03":
        pieces += [("|", None), (now().strftime("%Y%m%d%H%M"), "date"),
                   ("\rDG1|1||I50.23^Acute on chronic systolic heart failure^I10|||F", None)]
    else:
        pieces += [("\rIN1|1|MCR^Medicare Part A|CMS" + "|" * 33, None), (r["mbi"], "health_plan")]
    J(L, O(("ts", ts_iso_off()), ("level", "INFO"), ("channel", "ADT_FROM_%s" % h[0]), ("direction", "IN"),
           ("msgType", "ADT^" + ev), ("controlId", cid), ("raw", Mx(*pieces))))
    return [L]


def mirth_prefix(L, lvl, thread, logger):
    L.t("%-5s %s [%s] %s: " % (lvl, ts_comma(), thread, logger))


def g_mirth(phi):
    L = Line("mirth-log4j")
    h = random.choice(HOSP)
    if not phi:
        k = random.randrange(5)
        if k == 0:
            mirth_prefix(L, "INFO", "Main Server", "com.mirth.connect.server.Mirth")
            L.t("Mirth Connect 4.4.1 (Built on July 19, 2023) server successfully started.")
        elif k == 1:
            mirth_prefix(L, "WARN", "ADT_FROM_%s Queue Thread" % h[0], "com.mirth.connect.connectors.tcp.TcpDispatcher")
            L.t("Error sending message via TCP (ADT_FROM_%s > Destination 1): Connection reset. Retrying in 10000 ms." % h[0])
        elif k == 2:
            mirth_prefix(L, "INFO", "pool-3-thread-%d" % random.randint(1, 9), "com.mirth.connect.donkey.server.channel.Channel")
            L.t("Channel PHARM_RDE_TO_TRICOUNTY (%s) deployed, %d connectors started" % (uid(), random.randint(2, 4)))
        elif k == 3:
            mirth_prefix(L, "INFO", "Data Pruner Thread", "com.mirth.connect.plugins.datapruner.DataPruner")
            L.t("Pruned %d messages from channel ADT_FROM_%s older than 30 days" % (random.randint(1000, 30000), h[0]))
        else:
            mirth_prefix(L, "ERROR", "ADT_FROM_%s < Dispatch Thread on Main Server" % h[0], "com.mirth.connect.server.util.javascript.JavaScriptUtil")
            L.t("Unable to connect to database jdbc:sqlserver://sqlprd02.lsc.local:1433;databaseName=IFACE (Login timeout expired)")
        return [L]
    r = pick_res(snf=True)
    k = random.randrange(3)
    if k == 0:
        mirth_prefix(L, "ERROR", "ADT_FROM_%s < Dispatch Thread on Main Server" % h[0],
                     "com.mirth.connect.server.transformers.JavaScriptFilterTransformer")
        L.t("Error evaluating filter/transformer (Transformer/ADT_FROM_%s/Source): unknown facility code 'CH9' for patient " % h[0])
        L.p(r["resno"], "mrn").t(" (").p(hl7_name(r), "name").t(")")
    elif k == 1:
        mirth_prefix(L, "WARN", "ADT_FROM_%s < Dispatch Thread on Main Server" % h[0], "com.mirth.connect.server.userutil.ChannelUtil")
        L.t("Duplicate A01 suppressed: PID-3 ").p(r["hosp_mrn"], "mrn").t(" already admitted at %s since " % r["fac"]["code"])
        L.p(d_compact(r["admit"]), "date")
    else:
        mirth_prefix(L, "INFO", "INTERACT_OUT JavaScript Writer", "com.mirth.connect.connectors.js.JavaScriptDispatcher")
        L.t("Transfer packet sent to %s fax %s for " % (h[1], h[3])).p(name_fl(r), "name").t(", ")
        L.v(str(r["age"]), "age" if r["age"] > 89 else None).t("yo %s, DOB " % r["sex"]).p(d_us(r["dob"]), "date")
        L.t(" pages=%d" % random.randint(6, 19))
    return [L]


# ---------------------------------------------------------------- X12 837I (Java billing, logback)
def bill_prefix(L, lvl, thread, logger):
    L.t("%s %-5s [%s] %s - " % (ts_comma(), lvl, thread, logger))


def x12_up(s):
    return fold(s).upper()


def g_x12(phi):
    L = Line("x12-837i-logback")
    thr = "claim-batch-%d" % random.randint(1, 4)
    lg = "c.l.billing.x12.Claim837IWriter"
    f = random.choice([x for x in FAC if x["snf"]])
    ctl = random.randint(4000, 9999)
    if not phi:
        k = random.randrange(6)
        bill_prefix(L, "DEBUG" if k < 4 else "INFO", thr, lg if k < 4 else "c.l.billing.x12.BatchService")
        d = now()
        if k == 0:
            L.t("envelope: ISA*00*          *00*          *ZZ*LSC0042        *ZZ*CGS15001       *%s*%s*^*00501*%09d*0*P*:~GS*HC*LSC0042*CGS15001*%s*%s*%d*X*005010X223A2~ST*837*0001*005010X223A2~BHT*0019*00*%d-0001*%s*%s*CH~"
                % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl, ctl,
                   d.strftime("%Y%m%d"), d.strftime("%H%M")))
        elif k == 1:
            L.t("loop 2010AA: NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*OH*%s%s~REF*EI*%s~PER*IC*BILLING OFFICE*TE*%s~"
                % (x12_up(f["name"]).replace("&", "AND"), f["npi"], f["street"].upper(), f["city"].upper(), f["zip"], digits(4),
                   f["ein"].replace("-", ""), f["phone"].replace("(", "").replace(") ", "").replace("-", "")))
        elif k == 2:
            doc = random.choice(DOCS)
            L.t("loop 2310A: NM1*71*1*%s*%s****XX*%s~PRV*AT*PXC*207Q00000X~" % (doc[1].upper(), doc[0].upper(), doc[2]))
        elif k == 3:
            L.t("loop 2400: LX*%d~SV2*%s*%s*%.2f*UN*%d~DTP*472*D8*%s~"
                % (random.randint(1, 6), random.choice(["0022", "0420", "0430", "0440", "0250"]),
                   random.choice(["HC:NHXX1", "HC:97110", "HC:97530", "HC:92526", "HC:ZZZZZ"]),
                   random.uniform(100, 9000), random.randint(1, 31), (d - timedelta(days=random.randint(14, 40))).strftime("%Y%m%d")))
        elif k == 4:
            L.t("999 received for ISA %09d: AK1*HC*%d*005010X223A2~AK2*837*0001*005010X223A2~IK5*A~AK9*A*1*1*1~" % (ctl, ctl))
        else:
            L.t("Batch %d closed: claims=%d totalCharges=%.2f file=/outbound/cgs/837I_LSC0042_%s_%d.x12 sftp=sftp.cgs-edi.example.org"
                % (ctl, random.randint(8, 60), random.uniform(40000, 900000), now().strftime("%Y%m%d"), ctl))
        return [L]
    r = pick_res(snf=True)
    k = random.randrange(3)
    bill_prefix(L, "DEBUG", thr, lg)
    if k == 0:
        L.t("loop 2010BA: NM1*IL*1*").p(x12_up(r["last"]), "name").t("*").p(x12_up(r["first"]), "name")
        L.t("****MI*").p(r["mbi"], "health_plan").t("~N3*").p(x12_up(r["street"]), "address").t("~N4*")
        L.p(r["city"].upper(), "address").t("*OH*").p(r["zip4"], "zip").t("~DMG*D8*").p(d_compact(r["dob"]), "date")
        L.t("*%s~" % r["sex"])
    elif k == 1:
        st = now().date().replace(day=1)
        fr = max(st, r["admit"])
        L.t("loop 2300: CLM*").p(r["patacct"], "account").t("*%.2f***21:A:%d**A*Y*Y~DTP*434*RD8*" % (random.uniform(6000, 42000), random.choice([1, 2, 3])))
        L.p(d_compact(fr), "date").t("-").p(d_compact(now().date() - timedelta(days=1)), "date").t("~DTP*435*DT*")
        L.p(d_compact(r["admit"]) + "%02d00" % random.randint(9, 18), "date")
        L.t("~CL1*1*1*30~HI*ABK:%s~HI*BH:50:D8:" % random.choice(["I5023", "J189", "S72001A", "I639", "N390"]))
        L.p(d_compact(today_plus(-random.randint(2, 12))), "date").t("~")
    else:
        L.t("loop 2330A/2330B (secondary): NM1*IL*1*").p(x12_up(r["last"]), "name").t("*").p(x12_up(r["first"]), "name")
        L.t("****MI*").p(r["mcd"] or r["supp"], "health_plan").t("~NM1*PR*2*%s*****PI*%s~"
                                                              % ("OHIO MEDICAID" if r["mcd"] else x12_up(r["plan"]), random.choice(["MCDOH", "87726", "SX107"])))
    return [L]


# ---------------------------------------------------------------- NLog pipe layout (.NET billing, dietary, survey)
def nlog(L, lvl, logger):
    L.t("%s|%s|%s|" % (ts_nlog(), lvl, logger))


def g_nlog(phi):
    L = Line("nlog-pipe")
    if not phi:
        k = random.randrange(9)
        if k == 0:
            nlog(L, "INFO", "Larkspur.Billing.Ub04.FormRenderer")
            L.t("Batch UB04-%s-%02d rendered %d claims, %d held (missing FL42 revenue codes)"
                % (now().strftime("%Y%m%d"), random.randint(1, 4), random.randint(10, 60), random.randint(0, 4)))
        elif k == 1:
            nlog(L, "WARN", "Larkspur.Billing.Ub04.TypeOfBillValidator")
            L.t("TOB 0%s requires occurrence code 50 when FL17=%s; claim %s routed to work queue BILLING-HOLD"
                % (random.choice(["212", "213", "214"]), random.choice(["30", "01", "02"]), "CLM" + digits(10)))
        elif k == 2:
            nlog(L, "INFO", "Larkspur.Dietary.Printing.TrayTicketService")
            L.t("Printed %d tray tickets for %s, kitchen printer KIT-PR-0%d (%s)"
                % (random.randint(40, 130), random.choice(["Breakfast", "Lunch", "Dinner"]), random.randint(1, 3), priv_ip()))
        elif k == 3:
            nlog(L, "INFO", "Larkspur.Dietary.Menus.MenuCycleLoader")
            L.t("Menu cycle 'Spring 2024' week %d loaded: %d recipes, %d IDDSI texture variants, effective %s"
                % (random.randint(1, 4), random.randint(80, 160), random.randint(20, 60), d_iso(today_plus(random.randint(1, 5)))))
        elif k == 4:
            nlog(L, "INFO", "Larkspur.Survey.Export.Cms672Writer")
            L.t("CMS-672 census for CCN %s: total residents=%d, F78=%d, F79=%d, F80=%d; written to \\\\fs01\\survey\\CMS672_%s.xlsx"
                % (random.choice(["366241", "365318", "366077"]), random.randint(90, 125), random.randint(0, 8),
                   random.randint(5, 30), random.randint(40, 90), now().strftime("%Y%m%d")))
        elif k == 5:
            nlog(L, "ERROR", "Larkspur.Survey.Export.PbjExporter")
            L.t("PBJ quarterly XML validation failed: element 'hoursEntry' count mismatch for employee E%05d (expected %d, got %d)"
                % (random.randint(10000, 19999), random.randint(60, 90), random.randint(50, 59)))
        elif k == 6:
            nlog(L, "DEBUG", "Larkspur.Billing.Claims.ClaimScrubber")
            L.t("Scrubbed claim CLM%s: revenue 0022 HIPPS %s, %d days, no edits" % (digits(10), random.choice(["KAQD1", "NBNE1", "HDLD1", "TCQC1"]), random.randint(5, 31)))
        elif k == 7:
            nlog(L, "INFO", "Larkspur.Dietary.Orders.SupplementPassService")
            L.t("Supplement pass %s for %s: %d ordered, %d delivered" % (random.choice(["1000", "1400", "2000"]), random.choice(["1-WEST", "2-EAST", "3-MEMORY"]),
                                                                         random.randint(10, 40), random.randint(8, 40)))
        else:
            nlog(L, "INFO", "Larkspur.Survey.Export.Cms802Writer")
            L.t("CMS-802 roster/sample matrix generated: %d residents, %d new admissions, file=CMS802_%s_%s.pdf"
                % (random.randint(90, 125), random.randint(3, 14), random.choice(["366241", "365318", "366077"]), now().strftime("%Y%m%d")))
        return [L]
    k = random.randrange(5)
    if k <= 1:
        r = pick_res(snf=True)
        nlog(L, "INFO", "Larkspur.Billing.Ub04.FormRenderer")
        st = max(now().date().replace(day=1), r["admit"])
        L.t("UB-04 rendered claim=CLM%s FL3a=" % digits(10)).p(r["patacct"], "account").t(" FL4=0212 FL6=")
        L.p(st.strftime("%m%d%y"), "date").t("-").p((now().date() - timedelta(days=1)).strftime("%m%d%y"), "date")
        L.t(' FL8b="').p(x12_up(name_lf(r)), "name").t('" FL9a="').p(x12_up(r["street"]), "address").t('" FL9b=')
        L.p(r["city"].upper(), "address").t(" FL9c=OH FL9d=").p(r["zip"], "zip").t(" FL10=").p(r["dob"].strftime("%m%d%Y"), "date")
        L.t(" FL11=%s FL12=" % r["sex"]).p(r["admit"].strftime("%m%d%y"), "date").t(" FL17=30 FL60=").p(r["mbi"], "health_plan")
    elif k == 2:
        r = pick_res()
        nlog(L, "INFO", "Larkspur.Dietary.Orders.DietOrderService")
        L.t("Diet order DO-%d updated for resident " % random.randint(10000, 99999))
        L.p(str(r["pid"]), "mrn").t(" (").p(name_lf(r, False), "name")
        L.t("): %s, %s, allergies=%s; effective " % (random.choice(["Mechanical Soft (IDDSI 5)", "Regular", "Pureed (IDDSI 4)", "Minced & Moist (IDDSI 5)", "CCHO 60g/meal"]),
                                                     random.choice(["Thin liquids (IDDSI 0)", "Mildly Thick (IDDSI 2)", "Moderately Thick (IDDSI 3)"]),
                                                     random.choice(["NKFA", "shellfish", "peanut", "lactose", "gluten"])))
        L.p(d_iso(today_plus(random.choice([0, 1]))), "date").t(" by lortega")
    elif k == 3:
        r = pick_res(snf=True)
        nlog(L, "DEBUG", "Larkspur.Survey.Export.Cms802Writer")
        L.t('Row %d: Room=%s Name="' % (random.randint(1, 120), r["room"])).p(name_lf(r, False), "name").t('" Admit=')
        L.p(d_us(r["admit"]), "date").t(" Flags=%s" % ",".join(random.sample(["DEM", "FALL", "PU", "ABX", "PSY", "WT", "CATH"], 3)))
    else:
        r = pick_res()
        nlog(L, "WARN", "Larkspur.Dietary.Weights.WeightMonitor")
        w = random.uniform(95, 210)
        L.t("Significant weight loss flagged resident=").p(r["resno"], "mrn").t(" %.1f lb -> %.1f lb (%.1f%% in 30d), measured "
                                                                                 % (w, w * 0.94, 6.0))
        L.p(d_iso(now().date()), "date").t(", RD referral sent to lortega")
    return [L]


# ---------------------------------------------------------------- SQL Server ERRORLOG (no PHI)
def g_sqlerr(phi):
    assert not phi
    L = Line("mssql-errorlog")
    k = random.randrange(7)
    spid = "spid%d" % random.randint(51, 140)
    if k == 0:
        L.t("%s %-11s Login failed for user '%s'. Reason: Password did not match that for the login provided. [CLIENT: %s]"
            % (ts_sql(), "Logon", random.choice(["lsc_report", "pcc_etl", "svc_trust"]), priv_ip()))
    elif k == 1:
        db = random.choice(["PCC_CH", "PCC_RB", "PCC_WB", "EMAR", "TRUSTFUND"])
        L.t("%s %-11s Database backed up. Database: %s, creation date(time): 2021/06/02(11:42:17), pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\nas02\\sqlbak\\%s_%s.bak'}). This is an informational message only. No user action is required."
            % (ts_sql(), "Backup", db, random.randint(100000, 990000), random.randint(80000, 99999), random.randint(100, 999),
               random.randint(80000, 99999), random.randint(1000, 9999), db, now().strftime("%Y%m%d_%H%M")))
    elif k == 2:
        L.t("%s %-11s Error: 1205, Severity: 13, State: 51." % (ts_sql(), spid))
    elif k == 3:
        L.t("%s %-11s Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction."
            % (ts_sql(), spid, random.randint(51, 140)))
    elif k == 4:
        L.t("%s %-11s SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\EMAR.mdf] in database id %d."
            % (ts_sql(), "spid%ds" % random.randint(10, 30), random.randint(1, 6), random.randint(5, 12)))
    elif k == 5:
        L.t("%s %-11s Log was backed up. Database: TRUSTFUND, creation date(time): 2020/11/16(09:05:44), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\nas02\\sqlbak\\log\\TRUSTFUND_%s.trn'}). This is an informational message only. No user action is required."
            % (ts_sql(), "Backup", random.randint(3000, 3999), random.randint(100, 999), random.randint(3000, 3999), random.randint(100, 999), now().strftime("%Y%m%d%H%M%S")))
    else:
        L.t("%s %-11s Starting up database 'PCC_%s'." % (ts_sql(), spid, random.choice(["CH", "RB", "WB", "MT"])))
    return [L]


# ---------------------------------------------------------------- Java exceptions with stack frames
FRAMES = {
    "jdbc": ["\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)",
             "\tat com.microsoft.sqlserver.jdbc.SQLServerStatement.getNextResult(SQLServerStatement.java:1695)",
             "\tat com.microsoft.sqlserver.jdbc.SQLServerPreparedStatement.doExecutePreparedStatement(SQLServerPreparedStatement.java:620)",
             "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
             "\tat org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:965)"],
    "app": ["\tat com.larkspur.ehr.census.AdmissionService.admit(AdmissionService.java:%d)",
            "\tat com.larkspur.ehr.contacts.ContactRepository.save(ContactRepository.java:%d)",
            "\tat com.larkspur.trust.ledger.LedgerPostingService.post(LedgerPostingService.java:%d)",
            "\tat com.larkspur.billing.elig.HetsClient.parse271(HetsClient.java:%d)",
            "\tat jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)"],
    "tail": ["\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
             "\tat java.base/java.lang.Thread.run(Thread.java:840)",
             "\t... %d common frames omitted"],
}


def frames(n):
    out = []
    pool = random.sample(FRAMES["jdbc"], 2) + [random.choice(FRAMES["app"])] + random.sample(FRAMES["tail"], 2)
    for fr in pool[:n]:
        L = Line("java-stacktrace")
        L.t(fr % random.randint(40, 420) if "%d" in fr else fr)
        out.append(L)
    return out


def g_javaexc(phi):
    L = Line("java-stacktrace")
    if not phi:
        k = random.randrange(4)
        if k == 0:
            L.t("com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host sqlprd02.lsc.local, port 1433 has failed. Error: \"Connect timed out.\"")
        elif k == 1:
            L.t("java.net.SocketTimeoutException: Read timed out (host=hets-gateway.internal.lsc.local:8443, timeout=30000ms)")
        elif k == 2:
            L.t("Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % random.randint(51, 140))
        else:
            L.t("org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE trust.Ledger SET Balance = ? WHERE LedgerId = ?]; nested exception is com.microsoft.sqlserver.jdbc.SQLServerException: Lock request time out period exceeded.")
        return [L] + frames(random.randint(1, 3))
    r = pick_res()
    k = random.randrange(4)
    if k == 0:
        L.t("com.microsoft.sqlserver.jdbc.SQLServerException: Violation of UNIQUE KEY constraint 'UQ_Resident_SSN'. Cannot insert duplicate key in object 'dbo.Resident'. The duplicate key value is (")
        L.p(r["ssn"], "ssn").t(").")
    elif k == 1:
        st = r["street"] + " Apartment " + random.choice(["Building C", "Unit 14", "Rear Entrance"])
        trunc = st[:28]
        L.t("com.microsoft.sqlserver.jdbc.SQLServerException: String or binary data would be truncated in table 'PCC_%s.dbo.ContactAddress', column 'Street1'. Truncated value: '" % r["fac"]["code"])
        L.p(trunc.rstrip(), "address").t("'.")
    elif k == 2:
        L.t("Caused by: java.lang.IllegalArgumentException: Invalid admission date 2024-02-30 for resident ").p(r["resno"], "mrn")
        L.t(" (dob=").p(d_iso(r["dob"]), "date").t(")")
    else:
        L.t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [FK_TrustLedger_Account]; nested exception: no account ")
        L.p(r["trust"], "account").t(" for resident ").p(str(r["pid"]), "mrn")
    return [L] + frames(random.randint(1, 2))


# ---------------------------------------------------------------- syslog: wander guard (RFC3164)
def g_wander(phi):
    L = Line("syslog-rfc3164")
    f = random.choice(FAC)
    host = "wg-ctrl-%s" % f["code"].lower()
    pid = random.randint(1800, 2600)
    doors = ["EXIT-EAST-2", "EXIT-WEST-1", "MAIN-LOBBY", "ELEV-3", "COURTYARD-1", "DOCK-SERVICE"]
    if not phi:
        k = random.randrange(5)
        pri = random.choice([134, 133, 132])
        L.t("<%d>%s %s wanderguardd[%d]: " % (pri, ts_syslog(), host, pid))
        if k == 0:
            L.t("door=%s maglock=ENGAGED keypad=OK bypass=0" % random.choice(doors))
        elif k == 1:
            L.t("heartbeat controller=%s fw=5.2.%d doors=%d receivers=%d faults=0" % (hexs(6, True), random.randint(0, 9), random.randint(6, 12), random.randint(14, 40)))
        elif k == 2:
            L.t("door=%s alarm CLEARED by staff badge B%05d after %ds" % (random.choice(doors), random.randint(10000, 99999), random.randint(8, 140)))
        elif k == 3:
            L.t("receiver RX-%02d noise floor -%d dBm, recalibrated" % (random.randint(1, 40), random.randint(80, 96)))
        else:
            L.t("door=%s delayed-egress test passed (15s) technician=Accutech-svc ticket=%d" % (random.choice(doors), random.randint(100000, 999999)))
        return [L]
    r = pick_res()
    tag = r["wg"] or ("WG7-%s" % hexs(8, True))
    r["wg"] = tag
    k = random.randrange(3)
    if k == 0:
        L.t("<129>%s %s wanderguardd[%d]: ALARM door=%s tag=" % (ts_syslog(), host, pid, random.choice(doors)))
        L.p(tag, "device").t(' resident="').p("%s. %s" % (r["first"][0], r["last"]), "name").t('" room=%s state=ESCAPE_ATTEMPT' % r["room"])
    elif k == 1:
        L.t("<132>%s %s wanderguardd[%d]: tag " % (ts_syslog(), host, pid)).p(tag, "device")
        L.t(" battery=%d%% (replace by " % random.randint(3, 15)).p(d_iso(today_plus(random.randint(3, 20))), "date").t(") assigned=").p(str(r["pid"]), "mrn")
    else:
        L.t("<134>%s %s wanderguardd[%d]: tag " % (ts_syslog(), host, pid)).p(tag, "device")
        L.t(" enrolled to resident ").p(str(r["pid"]), "mrn").t(" by %s, zone=%s" % (staff()[3], random.choice(["3-MEMORY", "ALL-EXITS"])))
    return [L]


# ---------------------------------------------------------------- SFTP (OpenSSH syslog)
SFTP_VENDORS = [("tricounty_rx", "52.%d.%d.%d"), ("cgs_edi", "34.%d.%d.%d"), ("ohdh_survey", "156.%d.%d.%d"),
                ("bank_ach", "63.%d.%d.%d")]


def g_sftp(phi):
    L = Line("openssh-sftp")
    pid = random.randint(20000, 40000)
    if not phi:
        v = random.choice(SFTP_VENDORS)
        ip = v[1] % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
        k = random.randrange(6)
        if k == 0:
            L.t("%s sftp01 sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s"
                % (ts_syslog(), pid, v[0], ip, random.randint(30000, 65000), base64.b64encode(bytes(random.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
        elif k == 1:
            L.t('%s sftp01 internal-sftp[%d]: open "/inbound/pharmacy/deliveries_%s_%02d.csv" flags READ mode 0666'
                % (ts_syslog(), pid, now().strftime("%Y%m%d"), random.randint(1, 6)))
        elif k == 2:
            L.t('%s sftp01 internal-sftp[%d]: close "/outbound/trust/ach_%s.txt" bytes read 0 written %d'
                % (ts_syslog(), pid, now().strftime("%Y%m%d"), random.randint(2000, 90000)))
        elif k == 3:
            L.t("%s sftp01 internal-sftp[%d]: session closed for local user %s from [%s]" % (ts_syslog(), pid, v[0], ip))
        elif k == 4:
            L.t('%s sftp01 internal-sftp[%d]: open "/outbound/survey/MDS_%s_%s.zip" flags WRITE,CREATE,TRUNCATE mode 0640'
                % (ts_syslog(), pid, random.choice(["366241", "365318", "366077"]), now().strftime("%Y%m%d")))
        else:
            L.t("%s sftp01 sshd[%d]: Disconnected from user %s %s port %d" % (ts_syslog(), pid, v[0], ip, random.randint(30000, 65000)))
        return [L]
    r = pick_res()
    k = random.randrange(2)
    if k == 0:
        L.t('%s sftp01 internal-sftp[%d]: open "/outbound/hospital/transfer_' % (ts_syslog(), pid))
        L.p(x12_up(r["last"]).replace("'", ""), "name").t("_").p(x12_up(r["first"]), "name").t("_").p(r["resno"], "mrn")
        L.t('.pdf" flags WRITE,CREATE,TRUNCATE mode 0640')
    else:
        L.t('%s sftp01 internal-sftp[%d]: rename old "/inbound/pharmacy/tmp/%s.part" new "/inbound/pharmacy/returns/' % (ts_syslog(), pid, hexs(12)))
        L.p(str(r["pid"]), "mrn").t("_").p(d_compact(r["dob"]), "date").t('_credit.csv"')
    return [L]


# ---------------------------------------------------------------- pharmacy delivery manifest (Java, log4j)
def ups_tracking():
    body = "1Z" + random.choice(["999AA1", "4R7W91", "A0F3X2"]) + digits(10)
    return body


def g_pharm(phi):
    L = Line("pharmacy-csv-log4j")
    thr = "pharm-sync-%d" % random.randint(1, 3)
    f = random.choice(FAC)
    if not phi:
        k = random.randrange(5)
        if k == 0:
            L.t("%s INFO  [%s] DeliveryManifestParser - Manifest deliveries_%s_%02d.csv parsed: %d rows, %d rejected, facility=%s"
                % (ts_comma(), thr, now().strftime("%Y%m%d"), random.randint(1, 6), random.randint(40, 220), random.randint(0, 3), f["code"]))
        elif k == 1:
            s = staff()
            L.t("%s INFO  [%s] ToteReceiver - Tote TOTE-%d received at %s by %s, seal %08d intact, %d bags"
                % (ts_comma(), thr, random.randint(1000, 9999), f["code"], s[3], random.randint(100000, 99999999), random.randint(4, 30)))
        elif k == 2:
            L.t("%s INFO  [%s] CourierTracker - Route %d ETA %s, carrier=UPS tracking=%s stops=%d"
                % (ts_comma(), thr, random.randint(1, 12), (now() + timedelta(hours=2)).strftime("%H:%M"), ups_tracking(), random.randint(3, 9)))
        elif k == 3:
            L.t("%s WARN  [%s] EkitService - E-kit EK-%s-0%d below par: %d line items (oxycodone 5 mg x%d, lorazepam 0.5 mg x%d) reorder PO-%d"
                % (ts_comma(), thr, f["code"], random.randint(1, 3), random.randint(2, 7), random.randint(0, 4), random.randint(0, 4), random.randint(200000, 299999)))
        else:
            ph = random.choice(PHARMACISTS)
            L.t("%s INFO  [%s] InterventionImporter - %d consultant pharmacist MRR notes imported (pharmacist=%s %s, RPh; NABP %s)"
                % (ts_comma(), thr, random.randint(3, 40), ph[0], ph[1], digits(7)))
        return [L]
    r = pick_res()
    med = random.choice(MEDS)
    k = random.randrange(2)
    if k == 0:
        L.t("%s DEBUG [%s] DeliveryManifestParser - row %d: %d,%s," % (ts_comma(), thr, random.randint(1, 200), random.randint(70000000, 79999999), r["fac"]["code"]))
        L.p(str(r["pid"]), "mrn").t(',"').p(x12_up(name_lf(r, False)), "name").t('",%s %s,%s,%d,' % (med[0], med[1], random.choice(NDC), random.choice([14, 28, 30, 60, 90])))
        L.p(d_iso(now().date()), "date").t(",TOTE-%d" % random.randint(1000, 9999))
    else:
        L.t("%s WARN  [%s] DeliveryReconciler - Missing from tote: %s %s for " % (ts_comma(), thr, med[0], med[1]))
        L.p(name_fl(r), "name").t(" rm %s (resNo " % r["room"]).p(r["resno"], "mrn").t("), pharmacy notified ticket INC%07d" % random.randint(100000, 9999999))
    return [L]


# ---------------------------------------------------------------- family portal nginx access log
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "LarkspurFamily/3.8.2 (iOS 17.3.1; iPad13,18)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def g_nginx(phi):
    L = Line("nginx-combined")
    if not phi:
        k = random.randrange(5)
        if k == 0:
            L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' % (priv_ip(), ts_nginx()))
        elif k == 1:
            L.t('%s - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://family.larkspurcare.net/" "%s"'
                % (priv_ip(), ts_nginx(), hexs(8), random.choice(UAS)))
        elif k == 2:
            L.t('66.249.66.%d - - [%s] "GET /robots.txt HTTP/1.1" 200 67 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"'
                % (random.randint(1, 200), ts_nginx()))
        elif k == 3:
            L.t('%s - - [%s] "POST /internal/metrics HTTP/1.1" 204 0 "-" "Prometheus/2.49.1"' % (priv_ip(), ts_nginx()))
        else:
            L.t('%s - - [%s] "GET /api/v2/facilities/%s/events?from=%s HTTP/1.1" 200 %d "-" "okhttp/4.12.0"'
                % (priv_ip(), ts_nginx(), random.choice(FAC)["code"], d_iso(today_plus(0)), random.randint(300, 9000)))
        return [L]
    r = pick_res()
    rr = r["rel"]
    ip = random.choice([rr["ip"], rr["ip"], rr["ip2"]])
    ua = random.choice(UAS)
    k = random.randrange(4)
    L.p(ip, "ip").t(" - - [%s] " % ts_nginx())
    if k == 0:
        L.t('"GET /api/v2/residents/').p(str(r["pid"]), "mrn").t('/messages?since=%s HTTP/2.0" 200 %d "https://family.larkspurcare.net/messages" "%s"'
                                                              % (d_iso(today_plus(-7)) + "T00:00:00Z", random.randint(400, 6000), ua))
    elif k == 1:
        L.t('"POST /api/v2/auth/login HTTP/2.0" %d %d "https://family.larkspurcare.net/login" "%s"' % (random.choice([200, 200, 401]), random.randint(90, 900), ua))
    elif k == 2:
        L.t('"GET /api/v2/residents/').p(str(r["pid"]), "mrn").t('/photos/%s/thumb HTTP/2.0" 200 %d "https://family.larkspurcare.net/gallery" "%s"'
                                                            % (uid(), random.randint(8000, 40000), ua))
    else:
        L.t('"GET /family/u/').p(rr["user"], "other_id").t('/profile HTTP/1.1" 200 %d "-" "%s" rt=%.3f uct="0.001"' % (random.randint(1000, 4000), ua, random.uniform(0.01, 0.4)))
    return [L]


# ---------------------------------------------------------------- family portal app logs (logstash-logback-encoder)
def ls_obj(msg, logger, level, extra, thread=None):
    lv = {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[level]
    items = [("@timestamp", ts_iso_off()), ("@version", "1"), ("message", msg), ("logger_name", logger),
             ("thread_name", thread or "http-nio-8080-exec-%d" % random.randint(1, 20)), ("level", level), ("level_value", lv)]
    return O(*(items + extra))


def g_portal(phi):
    L = Line("logstash-json")
    if not phi:
        k = random.randrange(5)
        if k == 0:
            o = ls_obj("Digest emails queued", "com.larkspur.portal.notify.DigestJob", "INFO",
                       [("queued", random.randint(100, 900)), ("from", "noreply@larkspurcare.net"), ("provider", "sendgrid"),
                        ("batchId", uid())], "scheduling-1")
        elif k == 1:
            o = ls_obj("Rate limit exceeded", "com.larkspur.portal.security.RateLimitFilter", "WARN",
                       [("route", "/api/v2/auth/login"), ("limit", "10/1m"), ("clientIp", priv_ip()), ("traceId", hexs(32))])
        elif k == 2:
            o = ls_obj("Activity calendar published", "com.larkspur.portal.activities.CalendarService", "INFO",
                       [("facility", random.choice(FAC)["code"]), ("month", "2024-04"), ("events", random.randint(60, 140)),
                        ("publishedBy", staff()[3])])
        elif k == 3:
            o = ls_obj("Stripe webhook processed", "com.larkspur.portal.payments.WebhookController", "INFO",
                       [("eventType", "payout.paid"), ("eventId", "evt_" + hexs(24)), ("amount", "%.2f" % random.uniform(2000, 90000)),
                        ("currency", "usd")])
        else:
            o = ls_obj("Push notification batch sent", "com.larkspur.portal.notify.PushService", "DEBUG",
                       [("apns", random.randint(20, 300)), ("fcm", random.randint(20, 300)), ("failed", random.randint(0, 5))],
                       "push-%d" % random.randint(1, 4))
        J(L, o)
        return [L]
    r = pick_res()
    rr = r["rel"]
    k = random.randrange(8)
    if k == 7:
        img = fake_png(random.randint(300, 520))
        o = ls_obj("Resident profile photo uploaded by family", "com.larkspur.portal.media.ProfilePhotoController", "INFO",
                   [("residentId", str(r["pid"]), "mrn"), ("uploadedBy", rr["user"], "other_id"), ("contentType", "image/png"),
                    ("image", "data:image/png;base64," + img, "photo"), ("moderation", "PENDING")])
    elif k == 6:
        slug = "%s-%s-%d" % (fold(r["first"]).lower(), fold(r["last"]).lower().replace("'", ""), r["pid"])
        o = ls_obj("Album share link created", "com.larkspur.portal.media.AlbumShareService", "INFO",
                   [("shareUrl", "https://family.larkspurcare.net/share/album/%s?k=%s" % (slug, hexs(10)), "url"),
                    ("invitee", rr["email"], "email"), ("createdBy", rr["user"], "other_id"), ("expires", "P14D")])
    elif k == 0:
        o = ls_obj("Family user login succeeded", "com.larkspur.portal.auth.LoginService", "INFO",
                   [("username", rr["user"], "other_id"), ("clientIp", rr["ip"], "ip"), ("mfa", random.choice(["sms", "totp", "none"])),
                    ("residentIds", [(str(r["pid"]), "mrn")])])
    elif k == 1:
        o = ls_obj("Message sent", "com.larkspur.portal.messaging.MessageService", "INFO",
                   [("from", O(("userId", "u_%d" % random.randint(10000, 99999)), ("username", rr["user"], "other_id"),
                               ("email", rr["email"], "email"))),
                    ("to", "unit:%s" % r["unit"]), ("residentId", str(r["pid"]), "mrn"), ("bodyLength", random.randint(20, 800)),
                    ("attachments", random.randint(0, 2))])
    elif k == 2:
        tok = base64.urlsafe_b64encode(bytes(random.getrandbits(8) for _ in range(24))).decode().rstrip("=")
        url = "https://family.larkspurcare.net/account/reset?u=%s&t=%s" % (rr["user"], tok)
        o = ls_obj("Password reset link issued", "com.larkspur.portal.auth.PasswordResetService", "INFO",
                   [("email", rr["email"], "email"), ("resetUrl", url, "url"), ("expiresInMin", 30), ("sender", "noreply@larkspurcare.net")])
    elif k == 3:
        appt = datetime.combine(today_plus(random.randint(1, 5)), datetime.min.time()) + timedelta(hours=random.randint(10, 18), minutes=random.choice([0, 30]))
        o = ls_obj("Video visit booked", "com.larkspur.portal.visits.VideoVisitService", "INFO",
                   [("residentName", name_fl(r), "name"), ("room", r["room"]), ("visitor", "%s %s" % (rr["first"], rr["last"]), "name"),
                    ("visitorPhone", ph_fmt(rr["cell"], 3), "phone"), ("startsAt", appt.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
                    ("zoomMeetingId", "8%s" % digits(10))])
    elif k == 4:
        o = ls_obj("Private pay payment authorized", "com.larkspur.portal.payments.PaymentService", "INFO",
                   [("patientAccount", r["patacct"], "account"), ("payerName", "%s %s" % (rr["first"], rr["last"]), "name"),
                    ("cardNumber", rr["card"], "account"), ("exp", "%02d/%02d" % (random.randint(1, 12), random.randint(25, 29))),
                    ("amount", "%.2f" % random.uniform(300, 9000)), ("authCode", hexs(6, True)), ("gateway", "stripe")])
    else:
        slug = "%s-%s" % (fold(r["first"]).lower(), fold(r["last"]).lower().replace("'", ""))
        o = ls_obj("Resident spotlight page published", "com.larkspur.portal.cms.SpotlightService", "INFO",
                   [("pageUrl", "https://www.larkspurcare.net/communities/%s/spotlight/%s" % (r["fac"]["code"].lower(), slug), "url"),
                    ("consentOnFile", True), ("approvedBy", staff()[3])])
    J(L, o)
    return [L]


# ---------------------------------------------------------------- visitor kiosk (.NET System.Text.Json)
def g_kiosk(phi):
    L = Line("dotnet-stj-json")
    f = random.choice(FAC)
    kid = "KIOSK-%s-%02d" % (f["code"], random.randint(1, 3))
    if not phi:
        k = random.randrange(3)
        if k == 0:
            vn = random.choice([("Darius", "Fenwick", "Tri-County LTC Pharmacy courier"), ("Oksana", "Bilyk", "Lab Corp phlebotomist"),
                                ("Trevor", "Nakamura", "Accutech technician"), ("Beatriz", "Lacerda", "Hospice aide (Compassus)")])
            J(L, O(("timestamp", ts_iso_z()), ("level", "Information"), ("kioskId", kid), ("eventType", "VendorSignIn"),
                   ("visitorName", "%s %s" % (vn[0], vn[1])), ("company", vn[2]), ("badge", "V-%05d" % random.randint(1, 99999)),
                   ("screening", "pass"), ("temperatureF", round(random.uniform(97.0, 98.9), 1))), mode="net")
        elif k == 1:
            J(L, O(("timestamp", ts_iso_z()), ("level", "Information"), ("kioskId", kid), ("eventType", "Heartbeat"),
                   ("appVersion", "2.14.%d" % random.randint(0, 9)), ("printer", "Zebra ZD421"), ("labelsRemaining", random.randint(10, 400)),
                   ("ip", priv_ip())), mode="net")
        else:
            J(L, O(("timestamp", ts_iso_z()), ("level", "Warning"), ("kioskId", kid), ("eventType", "CameraError"),
                   ("message", "Face capture timed out after 8000 ms; falling back to manual sign-in"), ("hresult", "0x80070079")), mode="net")
        return [L]
    r = pick_res()
    rr = r["rel"]
    k = random.choice([0, 0, 1, 1, 2, 3])
    items = [("timestamp", ts_iso_z()), ("level", "Information"), ("kioskId", kid), ("eventType", "VisitorSignIn" if k < 2 else "VisitorSignOut"),
             ("visitorName", "%s %s" % (rr["first"], rr["last"]), "name"), ("relationship", rr["rel"]),
             ("residentName", name_fl(r), "name"), ("room", r["room"])]
    if k == 0:
        items += [("phone", ph_fmt(rr["cell"], 1), "phone"), ("email", rr["email"], "email"), ("vehiclePlate", rr["plate"], "vehicle"), ("plateState", rr["plate_st"]),
                  ("screening", "pass"), ("temperatureF", round(random.uniform(97.0, 98.9), 1))]
    elif k == 1:
        items += [("idScan", O(("type", "DL"), ("state", rr["plate_st"]), ("number", rr["dl"], "license"))),
                  ("faceTemplate", rr["face"], "biometric"), ("templateFormat", "ISO19794-5")]
    elif k == 3:
        items += [("badge", "F-%05d" % random.randint(1, 99999)), ("badgePhotoJpeg", fake_jpeg(random.randint(300, 480)), "photo")]
    else:
        items += [("durationMin", random.randint(15, 180)), ("badge", "F-%05d" % random.randint(1, 99999))]
    J(L, O(*items), mode="net")
    return [L]


# ---------------------------------------------------------------- resident trust fund (Java logback)
def trust_prefix(L, lvl, thread, logger):
    L.t("%s [%s] %-5s %s - " % (ts_comma(), thread, lvl, logger))


def g_trust(phi):
    L = Line("trust-logback")
    if not phi:
        k = random.randrange(5)
        f = random.choice(FAC)
        if k == 0:
            trust_prefix(L, "INFO", "trust-batch-1", "c.l.t.interest.InterestAllocator")
            L.t("Interest allocated facility=%s accounts=%d poolRate=0.45%% total=%.2f period=2024-02" % (f["code"], random.randint(60, 130), random.uniform(20, 140)))
        elif k == 1:
            trust_prefix(L, "INFO", "trust-batch-1", "c.l.t.statements.QuarterlyStatementJob")
            L.t("Quarterly statements queued: %d print, %d e-delivery (sender trust-statements@larkspurcare.net)" % (random.randint(40, 110), random.randint(10, 60)))
        elif k == 2:
            trust_prefix(L, "WARN", "trust-recon-1", "c.l.t.recon.BankReconciler")
            L.t("Pooled account reconciliation variance facility=%s bank=%.2f ledger=%.2f diff=%.2f (pending checks: %d)"
                % (f["code"], random.uniform(40000, 90000), random.uniform(40000, 90000), random.uniform(-50, 50), random.randint(0, 6)))
        elif k == 3:
            trust_prefix(L, "INFO", "trust-ach-1", "c.l.t.ach.NachaFileWriter")
            L.t("NACHA file ach_%s.txt written: batches=1 entries=%d debit=0.00 credit=%.2f immediateOrigin=%s"
                % (now().strftime("%Y%m%d"), random.randint(2, 20), random.uniform(200, 6000), aba()))
        else:
            trust_prefix(L, "INFO", "http-nio-8090-exec-%d" % random.randint(1, 9), "c.l.t.petty.PettyCashService")
            L.t("Petty cash drawer %s-BOX-1 counted by %s: %.2f (limit 500.00)" % (f["code"], staff()[3], random.uniform(120, 480)))
        return [L]
    r = pick_res()
    rr = r["rel"]
    k = random.randrange(6)
    if k == 5:
        trust_prefix(L, "INFO", "trust-batch-1", "c.l.t.statements.StatementMailer")
        L.t("e-Statement for account ").p(r["trust"], "account").t(" delivered to ").p(rr["email"], "email").t(" link=")
        L.p("https://family.larkspurcare.net/u/%s/statements/%s" % (rr["user"], now().strftime("%Y-%m")), "url")
        L.t(" via noreply@larkspurcare.net (sendgrid msgId=%s)" % hexs(22))
    elif k == 0:
        trust_prefix(L, "INFO", "http-nio-8090-exec-%d" % random.randint(1, 9), "c.l.t.ledger.LedgerPostingService")
        L.t("POST txn=TF-2024-%07d resident=" % random.randint(1000, 99999)).p(str(r["pid"]), "mrn").t(" acct=").p(r["trust"], "account")
        L.t(' type=WITHDRAWAL amount=-%.2f balance=%.2f memo="%s" witness=%s'
            % (random.uniform(5, 80), random.uniform(20, 2500), random.choice(["Beauty shop", "Cash to resident", "Outing - Dayton Art Institute", "Podiatry copay"]), staff()[3]))
    elif k == 1:
        trust_prefix(L, "INFO", "trust-ach-1", "c.l.t.ach.AchReturnProcessor")
        L.t("ACH credit posted trace=%s amount=%.2f company='SSA  TREAS 310' indivName='" % (digits(15), random.uniform(900, 2400)))
        L.p(x12_up("%s %s %s" % (r["last"], r["first"], r["mid"][:1])).strip()[:22].strip(), "name").t("' acct=").p(r["trust"], "account")
    elif k == 2:
        trust_prefix(L, "INFO", "http-nio-8090-exec-%d" % random.randint(1, 9), "c.l.t.refund.RefundService")
        L.t("Refund to responsible party payee='").p("%s %s" % (rr["first"], rr["last"]), "name").t("' routing=%s account=" % r["routing"])
        L.p(r["bank"], "account").t(" amount=%.2f reason=DISCHARGE_CONVEYANCE" % random.uniform(100, 3000))
    elif k == 3:
        trust_prefix(L, "INFO", "trust-batch-1", "c.l.t.statements.StatementMailer")
        L.t("Statement ST-%s-%d mailed to " % (now().strftime("%Y%m"), random.randint(1000, 9999))).p("%s %s" % (rr["first"], rr["last"]), "name").t(", ").p(rr["street"], "address").t(", ")
        L.p(rr["city"], "address").t(", OH ").p(rr["zip"], "zip").t(" for account ").p(r["trust"], "account")
    else:
        trust_prefix(L, "WARN", "trust-batch-1", "c.l.t.conveyance.ConveyanceMonitor")
        dd = today_plus(-random.randint(5, 25))
        L.t("Conveyance due: resident ").p(r["resno"], "mrn").t(" expired ").p(d_iso(dd), "date")
        L.t(", balance %.2f must be conveyed to estate within 30 days (deadline " % random.uniform(50, 4000)).p(d_iso(dd + timedelta(days=30)), "date").t(")")
    return [L]


# ---------------------------------------------------------------- incident reports (Jackson JSON)
def g_incident(phi):
    L = Line("jackson-json")
    if not phi:
        f = random.choice(FAC)
        J(L, O(("ts", ts_iso_off()), ("svc", "risk-svc"), ("event", "incident.metrics"), ("facility", f["code"]),
               ("falls30d", random.randint(1, 12)), ("majorInjury", random.randint(0, 2)), ("elopements30d", random.randint(0, 1)),
               ("skinTears30d", random.randint(0, 6)), ("generatedBy", "IncidentMetricsJob")))
        return [L]
    r = pick_res()
    rr = r["rel"]
    occ = now() - timedelta(minutes=random.randint(20, 300))
    typ = random.choice(["FALL", "FALL", "FALL", "SKIN_TEAR", "ELOPEMENT", "MED_ERROR", "RESIDENT_ALTERCATION"])
    s = staff()
    items = [("ts", ts_iso_off()), ("svc", "risk-svc"), ("event", "incident.created"), ("incidentId", "INC-24-%05d" % random.randint(100, 9999)),
             ("type", typ), ("residentId", r["pid"], "mrn"), ("residentName", name_fl(r), "name")]
    items.append(("residentAge", r["age"], "age" if r["age"] > 89 else None))
    items += [("occurredAt", occ.strftime("%Y-%m-%dT%H:%M:00"), "date"), ("location", "Room %s" % r["room"]), ("witnessed", random.random() < 0.3),
              ("injury", random.choice(["none", "skin tear L forearm", "abrasion R knee", "hematoma forehead", "c/o R hip pain, x-ray ordered"])),
              ("reportedBy", "%s %s, %s" % (s[0], s[1], s[2]))]
    if typ in ("ELOPEMENT", "RESIDENT_ALTERCATION", "FALL") and random.random() < 0.5:
        items.append(("stateReportNo", "ODH-SRI-2024-%06d" % random.randint(1000, 99999), "other_id"))
    if random.random() < 0.7:
        items.append(("notified", O(("family", "%s %s" % (rr["first"], rr["last"]), "name"), ("phone", ph_fmt(rr["cell"], 0), "phone"),
                                    ("physician", "Dr. %s" % r["doc"][1]), ("don", "dhughes"))))
    J(L, O(*items))
    return [L]


# ---------------------------------------------------------------- INTERACT transfer forms (python json.dumps)
def g_interact(phi):
    L = Line("python-json")
    h = random.choice(HOSP)
    if not phi:
        J(L, O(("asctime", now().strftime("%Y-%m-%d %H:%M:%S,") + ms(now())), ("levelname", "INFO"), ("name", "interact.worker"),
               ("message", "transfer packet queue drained"), ("pending", 0), ("sent", random.randint(1, 6)),
               ("receiving_fax", h[3]), ("hospital", h[1])), mode="ascii", sep=(", ", ": "))
        return [L]
    r = pick_res(snf=True)
    rr = r["rel"]
    items = [("asctime", now().strftime("%Y-%m-%d %H:%M:%S,") + ms(now())), ("levelname", "INFO"), ("name", "interact.forms"),
             ("message", "INTERACT Nursing Home to Hospital Transfer Form v5.0 submitted"),
             ("form_id", uid()), ("resident", O(("name", name_lf(r, False), "name"), ("mrn", r["resno"], "mrn"),
                                              ("dob", d_us(r["dob"]), "date"), ("age", r["age"], "age" if r["age"] > 89 else None),
                                              ("sex", r["sex"]), ("code_status", random.choice(["DNR", "Full Code", "DNR/DNI"])))),
             ("transfer_date", d_us(now().date()), "date"), ("receiving_hospital", h[1]), ("hospital_fax", h[3]),
             ("reason", random.choice(["Change in condition: SpO2 86% on 2L", "Fall with suspected hip fracture", "Acute confusion, T 101.8F", "Hypoglycemia BG 38 unresponsive to glucagon"])),
             ("sending_nurse", "%s %s, %s" % random.choice([x for x in STAFF if x[2] in ("RN", "LPN")])[:3])]
    if random.random() < 0.6:
        c = [("name", "%s %s" % (rr["first"], rr["last"]), "name"), ("relationship", rr["rel"]), ("phone", ph_fmt(rr["phone"], 1), "phone")]
        if rr["fax"]:
            c.append(("fax", ph_fmt(rr["fax"], 1), "fax"))
        items.append(("health_care_proxy", O(*c)))
    J(L, O(*items), mode="ascii", sep=(", ", ": "))
    return [L]


# ---------------------------------------------------------------- MDS 3.0 submission XML
def g_mds(phi):
    assert phi
    L = Line("mds-xml")
    r = pick_res(snf=True)
    f = r["fac"]
    ard = today_plus(-random.randint(1, 10))
    L.t("<ASSESSMENT><ASMT_SYS_CD>MDS</ASMT_SYS_CD><ITM_SBST_CD>%s</ITM_SBST_CD><ITM_SET_VRSN_CD>1.18.11</ITM_SET_VRSN_CD>" % random.choice(["NP", "NQ", "NC"]))
    L.t("<STATE_CD>OH</STATE_CD><FAC_ID>%s</FAC_ID><A0100A>%s</A0100A><A0100B>%s</A0100B>" % (digits(5), f["npi"], f["ccn"]))
    L.t("<A0310A>%s</A0310A><A0310B>%s</A0310B>" % (random.choice(["01", "02", "99"]), random.choice(["01", "99"])))
    L.t("<A0500A>").p(x12_up(r["first"]), "name").t("</A0500A>")
    if r["mid"]:
        L.t("<A0500B>").p(r["mid"][0].upper(), "name").t("</A0500B>")
    L.t("<A0500C>").p(x12_up(r["last"]), "name").t("</A0500C><A0600A>").p(r["ssn"].replace("-", ""), "ssn").t("</A0600A>")
    L.t("<A0600B>").p(r["mbi"], "health_plan").t("</A0600B>")
    if r["mcd"]:
        L.t("<A0700>").p(r["mcd"], "health_plan").t("</A0700>")
    else:
        L.t("<A0700>N</A0700>")
    L.t("<A0800>%d</A0800><A0900>" % (2 if r["sex"] == "F" else 1)).p(d_compact(r["dob"]), "date").t("</A0900>")
    L.t("<A1300A>").p(r["resno"], "mrn").t("</A1300A><A1600>").p(d_compact(r["admit"]), "date").t("</A1600>")
    L.t("<A1700>1</A1700><A1800>03</A1800><A2300>").p(d_compact(ard), "date").t("</A2300>")
    L.t("<C0500>%02d</C0500><GG0130A1>0%d</GG0130A1><J1800>%d</J1800><I0020>%02d</I0020></ASSESSMENT>"
        % (random.randint(3, 15), random.randint(1, 6), random.randint(0, 1), random.randint(1, 14)))
    return [L]


# ---------------------------------------------------------------- Medicare eligibility 270/271 (Java)
def g_elig(phi):
    L = Line("x12-271-logback")
    thr = "elig-worker-%d" % random.randint(1, 4)
    if not phi:
        k = random.randrange(3)
        if k == 0:
            bill_prefix(L, "INFO", thr, "c.l.billing.elig.HetsClient")
            L.t("HETS session established to hets-gateway.internal.lsc.local:8443 (TLSv1.2, cipher TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) in %d ms" % random.randint(200, 1500))
        elif k == 1:
            bill_prefix(L, "INFO", thr, "c.l.billing.elig.EligibilityBatch")
            L.t("Nightly eligibility batch %s: requests=%d active=%d inactive=%d aaaErrors=%d" % (now().strftime("%Y%m%d"), random.randint(80, 130), random.randint(70, 120), random.randint(0, 5), random.randint(0, 3)))
        else:
            bill_prefix(L, "WARN", thr, "c.l.billing.elig.HetsClient")
            L.t("271 AAA*Y**42*Y~ (Unable to Respond at Current Time) for submitter LSC0042, backing off 120s")
        return [L]
    r = pick_res(snf=True)
    k = random.randrange(2)
    bill_prefix(L, "INFO", thr, "c.l.billing.elig.HetsClient")
    used = random.randint(0, 60)
    if k == 0:
        L.t("271 received for MBI=").p(r["mbi"], "health_plan").t(" name=").p(x12_up(r["last"]) + "," + x12_up(r["first"]), "name")
        L.t(" dob=").p(d_compact(r["dob"]), "date").t(": Part A eff ").p(d_iso(date(r["dob"].year + 65, r["dob"].month, 1)), "date")
        L.t(", SNF days used %d (remaining %d), MSP=none" % (used, 100 - used))
    else:
        L.t("270 built: NM1*IL*1*").p(x12_up(r["last"]), "name").t("*").p(x12_up(r["first"]), "name").t("****MI*")
        L.p(r["mbi"], "health_plan").t("~DMG*D8*").p(d_compact(r["dob"]), "date").t("~DTP*291*D8*%s~EQ*30~" % now().strftime("%Y%m%d"))
    return [L]


# ---------------------------------------------------------------- wireless controller (RFC5424)
def g_wifi(phi):
    L = Line("syslog-rfc5424")
    f = random.choice(FAC)
    host = "wlc-%s-01" % f["code"].lower()
    ap = "%s-AP-%s-%d" % (f["code"], random.choice(["1W", "2E", "3M"]), random.randint(101, 334))
    pre = "<%d>1 %s %s wlcd %d %s - "
    if not phi:
        k = random.randrange(4)
        if k == 0:
            L.t(pre % (190, ts_iso_off(), host, random.randint(1000, 4000), "STA_ROAM"))
            L.t('Client %s (role=staff-corp, user=%s) roamed %s -> %s rssi=-%d' % (mac(random.choice(["60:f2:62", "a4:83:e7", "3c:06:30"])), staff()[3], ap, ap[:-1] + str(random.randint(0, 9)), random.randint(48, 75)))
        elif k == 1:
            L.t(pre % (189, ts_iso_off(), host, random.randint(1000, 4000), "AP_CHAN"))
            L.t("AP %s (%s) radio 5GHz channel %d -> %d reason=DFS_RADAR" % (ap, mac("f0:9f:c2"), random.choice([52, 56, 100]), random.choice([36, 44, 149])))
        elif k == 2:
            L.t(pre % (190, ts_iso_off(), host, random.randint(1000, 4000), "STA_ASSOC"))
            L.t('Client %s (role=device-iot, name=MEDCART-%s-0%d) associated to %s SSID "LSC-Clinical" vlan 20' % (mac("00:1b:ec"), random.choice(["1W", "2E", "3M"]), random.randint(1, 4), ap))
        else:
            L.t(pre % (187, ts_iso_off(), host, random.randint(1000, 4000), "RADIUS"))
            L.t("RADIUS server %s:1812 timeout (3 retries), failing over to %s" % (priv_ip(), priv_ip()))
        return [L]
    r = pick_res()
    dmac = r.get("mac") or mac(random.choice(["3c:22:fb", "f4:0f:24", "ac:bc:32", "d0:c5:f3"]))
    r["mac"] = dmac
    L.t(pre % (190, ts_iso_off(), host, random.randint(1000, 4000), "STA_ASSOC"))
    L.t("Client ").p(dmac, "device").t(' (role=resident-byod, owner=').p(str(r["pid"]), "mrn")
    L.t(') associated to %s SSID "Larkspur-Resident" vlan 40 rssi=-%d' % (ap, random.randint(45, 80)))
    return [L]


# ---------------------------------------------------------------- staff scheduling webhooks (no PHI)
def g_sched(phi):
    assert not phi
    L = Line("sched-webhook-json")
    s = staff()
    f = random.choice(FAC)
    ev = random.choice(["shift.assigned", "shift.callout", "shift.swap_approved", "overtime.alert", "agency.booked", "timeclock.punch"])
    base_day = datetime.combine(now().date(), datetime.min.time())
    starts = [base_day + timedelta(hours=h) for h in (7, 15, 23, 31, 39)]
    start = random.choice([x for x in starts if x > now()][:3])
    items = [("event", ev), ("occurred_at", ts_iso_z(frac=3).replace(".000", "")[:19] + "Z"), ("tenant", "larkspur"),
             ("location", O(("code", f["code"]), ("name", f["name"]))),
             ("employee", O(("id", STAFF_ID[s[3]][0]), ("name", "%s %s" % (s[0], s[1])), ("role", s[2]),
                            ("phone", STAFF_ID[s[3]][1])))]
    if ev == "overtime.alert":
        items.append(("week_hours", round(random.uniform(38, 52), 2)))
    elif ev == "agency.booked":
        items.append(("agency", O(("name", random.choice(["ProStaff Nursing", "Heartland Medical Staffing"])), ("rate", "%.2f" % random.uniform(38, 72)))))
    elif ev == "timeclock.punch":
        items.append(("clock", O(("device", "TC-%s-0%d" % (f["code"], random.randint(1, 3))), ("method", random.choice(["badge", "finger"])), ("punch", random.choice(["IN", "OUT"])))))
    items.append(("shift", O(("start", start.strftime("%Y-%m-%dT%H:%M:%S-04:00")), ("end", (start + timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S-04:00")),
                             ("unit", random.choice(["1-WEST", "2-EAST", "3-MEMORY"])))))
    items.append(("webhook_id", "wh_" + hexs(20)))
    J(L, O(*items), mode="ascii", sep=(",", ":"))
    return [L]


# ========================================================================================
# assembly
# ========================================================================================
GENS = {
    "spring": g_spring, "emar": g_emar, "therapy": g_therapy, "hl7": g_hl7, "mirth": g_mirth, "x12": g_x12,
    "nlog": g_nlog, "sqlerr": g_sqlerr, "javaexc": g_javaexc, "wander": g_wander, "sftp": g_sftp, "pharm": g_pharm,
    "nginx": g_nginx, "portal": g_portal, "kiosk": g_kiosk, "trust": g_trust, "incident": g_incident,
    "interact": g_interact, "mds": g_mds, "elig": g_elig, "wifi": g_wifi, "sched": g_sched,
}
W_NOPHI = {"spring": 26, "emar": 24, "therapy": 14, "hl7": 6, "mirth": 8, "x12": 10, "nlog": 14, "sqlerr": 12,
           "javaexc": 2, "wander": 10, "sftp": 14, "pharm": 9, "nginx": 18, "portal": 9, "kiosk": 6, "trust": 8,
           "incident": 3, "interact": 2, "elig": 5, "wifi": 10, "sched": 18}
W_PHI = {"spring": 28, "emar": 20, "therapy": 10, "hl7": 9, "mirth": 4, "x12": 12, "nlog": 13, "javaexc": 4,
         "wander": 8, "sftp": 4, "pharm": 8, "nginx": 12, "portal": 14, "kiosk": 10, "trust": 11, "incident": 9,
         "interact": 8, "mds": 7, "elig": 6, "wifi": 4}


def check(L):
    b = bytes(L.buf)
    b.decode("utf-8")
    assert b"\n" not in b and b"\r" not in b, b[:200]
    assert len(b) <= 4000, (L.fam, len(b))
    last = 0
    for s, e, cat, val in L.spans:
        assert s >= last, ("overlap", L.fam, b)
        assert b[s:e] == val, ("mismatch", L.fam, b[s:e], val)
        assert cat in CATS
        last = e
    return b


def main():
    lines = []
    n_phi = 0
    target_phi = 1.0 - TARGET_NOPHI
    while len(lines) < N_LINES:
        tick()
        n = len(lines)
        deficit = target_phi * (n + 1) - n_phi
        want = random.random() < min(0.95, max(0.05, target_phi + 0.35 * deficit))
        w = W_PHI if want else W_NOPHI
        key = random.choices(list(w), weights=list(w.values()))[0]
        out = GENS[key](want)
        for L in out:
            if len(lines) >= N_LINES:
                break
            check(L)
            lines.append(L)
            if L.spans:
                n_phi += 1
        if want:
            assert out[0].spans, key
        else:
            assert not any(x.spans for x in out), key
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        for L in lines:
            fh.write(bytes(L.buf) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, L in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]}) + "\n")


if __name__ == "__main__":
    main()
