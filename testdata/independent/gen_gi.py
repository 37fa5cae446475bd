#!/usr/bin/env python3
"""Deterministic generator for the 'gi' held-out PHI test corpus.

Theme: an Australian / New Zealand health provider group (HI Service, My Health
Record, HL7 v2 AU, pathology, telehealth, private health insurer claims, NZ NHI).
Standard library only.  Writes gi.log and gi.labels.jsonl next to this file.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(1807)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gi"
N_LINES = 500
N_PHI = 225

# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------


class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def add(self, parts):
        for x in parts:
            if isinstance(x, tuple):
                if x[1]:
                    self.p(x[0], x[1])
                else:
                    self.t(x[0])
            elif isinstance(x, list):
                self.add(x)
            else:
                self.t(x)
        return self


def B(fam, *parts):
    return L(fam).add(list(parts))


# ---- JSON construction with span tracking ---------------------------------


class Q:  # quoted string, optionally labeled
    def __init__(self, v, cat=None):
        self.v, self.cat = v, cat


class Raw:  # unquoted literal (number), optionally labeled
    def __init__(self, v, cat=None):
        self.v, self.cat = str(v), cat


class P:  # quoted string composed of parts
    def __init__(self, *parts):
        self.parts = parts


class O:  # object: O('k', v, 'k2', v2, ...)
    def __init__(self, *kv):
        assert len(kv) % 2 == 0
        self.items = list(zip(kv[::2], kv[1::2]))


def J(obj, sep=(",", ":"), ea=False):
    out = []

    def esc(t):
        return json.dumps(t, ensure_ascii=ea)[1:-1]

    def val(v):
        if isinstance(v, O):
            out.append("{")
            for i, (k, x) in enumerate(v.items):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
                val(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(sep[0])
                val(x)
            out.append("]")
        elif isinstance(v, Q):
            out.append('"')
            out.append((esc(v.v), v.cat))
            out.append('"')
        elif isinstance(v, P):
            out.append('"')
            for x in v.parts:
                if isinstance(x, tuple):
                    out.append((esc(x[0]), x[1]))
                else:
                    out.append(esc(x))
            out.append('"')
        elif isinstance(v, Raw):
            out.append((v.v, v.cat))
        elif isinstance(v, str):
            out.append(json.dumps(v, ensure_ascii=ea))
        else:
            out.append(json.dumps(v))

    val(obj)
    return out


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def up(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid4():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n, header=b""):
    return base64.b64encode(header + rbytes(n)).decode()


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


def priv_ip():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0,60)}.{R.randint(0,255)}.{R.randint(2,254)}"
    if k == 1:
        return f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(2,254)}"
    return f"192.168.{R.randint(0,20)}.{R.randint(2,254)}"


def pub_ip(nz=False):
    if nz:
        a = R.choice([(122, (56, 63)), (115, (188, 189)), (203, (86, 86)), (125, (236, 239))])
    else:
        a = R.choice([(1, (128, 159)), (49, (176, 199)), (101, (160, 191)), (110, (174, 175)),
                      (120, (16, 23)), (203, (219, 219)), (58, (104, 111)), (124, (168, 171))])
    return f"{a[0]}.{R.randint(*a[1])}.{R.randint(0,255)}.{R.randint(1,254)}"


# --------------------------------------------------------------------------
# check-digit identifiers
# --------------------------------------------------------------------------


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def hi_number(prefix):  # IHI 800360, HPI-I 800361, HPI-O 800362
    base = prefix + dg(9)
    return base + luhn_digit(base)


def medicare_no():
    first = str(R.randint(2, 6))
    body = first + dg(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(d) * x for d, x in zip(body, w)) % 10
    issue = str(R.choice([1, 1, 2, 2, 3, 4, 5]))
    return body + str(chk) + issue


PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
PCHK = "YXWTLKJHFBA"


def provider_no():
    stem = str(R.randint(200000, 499999))
    loc = R.choice(PLV[:14])
    s = sum(int(d) * w for d, w in zip(stem, [3, 5, 8, 4, 2, 1])) + PLV.index(loc) * 6
    return stem + loc + PCHK[s % 11]


def abn():
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        dd = d[:]
        dd[0] -= 1
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            return "".join(map(str, d))


NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O ; A=1


def nhi_old():
    while True:
        ls = [R.choice(NHI_AL[:-1]) for _ in range(3)]
        ds = [R.randint(0, 9) for _ in range(3)]
        s = sum((NHI_AL.index(c) + 1) * w for c, w in zip(ls, [7, 6, 5]))
        s += sum(d * w for d, w in zip(ds, [4, 3, 2]))
        m = s % 11
        if m == 0:
            continue
        c = 11 - m
        if c == 10:
            c = 0
        return "".join(ls) + "".join(map(str, ds)) + str(c)


def nhi_new():
    while True:
        ls = [R.choice(NHI_AL[:-1]) for _ in range(3)]
        ds = [R.randint(0, 9) for _ in range(2)]
        l6 = R.choice(NHI_AL)
        s = sum((NHI_AL.index(c) + 1) * w for c, w in zip(ls, [7, 6, 5]))
        s += ds[0] * 4 + ds[1] * 3 + (NHI_AL.index(l6) + 1) * 2
        m = s % 23
        if m == 0:
            continue
        c = 23 - m
        return "".join(ls) + "".join(map(str, ds)) + l6 + NHI_AL[c - 1]


def imei():
    b = R.choice(["35", "86", "01", "35"]) + dg(12)
    return b + luhn_digit(b)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["JTM", "MR0", "6T1", "KMH", "WVW", "JN1", "MPA"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGH0123") + dg(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    out = "".join(v)
    assert sum(VIN_MAP[c] * w for c, w in zip(out, VIN_W)) % 11 == (10 if out[8] == "X" else int(out[8]))
    return out


def card_pan():
    pre = R.choice(["4564", "4622", "5163", "5217", "4029"])
    b = pre + dg(11)
    return b + luhn_digit(b)


def ssn():
    while True:
        a = R.randint(101, 665)
        if a not in (666,):
            break
    return f"{a:03d}-{R.randint(10,99):02d}-{R.randint(1000,9999):04d}"


def mac(oui=None):
    o = oui or R.choice(["A4:C1:38", "00:5F:BF", "D0:3E:7D", "F4:12:FA", "5C:02:72"])
    return o + ":" + ":".join(f"{R.randint(0,255):02X}" for _ in range(3))


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLK = [datetime(2024, 3, 12, 6, 58, 11, 204000)]
AEDT = timedelta(hours=11)
TODAY = date(2024, 3, 12)


def tick():
    CLK[0] += timedelta(milliseconds=R.randint(120, 70000))


def now():
    return CLK[0]


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_lb(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms3(t)


def ts_dot(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms3(t)


def ts_iso(off="+11:00", t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms3(t) + off


def ts_nz():
    return ts_iso("+13:00", now() + timedelta(hours=2))


def ts_z():
    t = now() - AEDT
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms3(t) + "Z"


def ts_z6():
    t = now() - AEDT
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def epoch_ms():
    return int(((now() - AEDT) - datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_ngx():
    return now().strftime("%d/%b/%Y:%H:%M:%S +1100")


def ts_sys():
    t = now()
    return f"{t.strftime('%b')} {t.day:>2} {t.strftime('%H:%M:%S')}"


def ts_win():
    t = now()
    h = t.hour % 12 or 12
    return f"{t.strftime('%d/%m/%Y')} {h}:{t.strftime('%M:%S')} {'AM' if t.hour < 12 else 'PM'}"


def ts_hl7(t=None):
    t = t or now()
    return t.strftime("%Y%m%d%H%M%S") + "+1100"


def dfmt(d, st):
    if st == "dmy":
        return d.strftime("%d/%m/%Y")
    if st == "dmy-":
        return d.strftime("%d-%m-%Y")
    if st == "iso":
        return d.isoformat()
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "dmon":
        return d.strftime("%d-%b-%Y")
    if st == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if st == "dmy.":
        return d.strftime("%d.%m.%Y")
    if st == "d/m/y":
        return f"{d.day}/{d.month}/{d.year}"
    raise ValueError(st)


def past_day(a=0, b=9):
    return now().date() - timedelta(days=R.randint(a, b))


def future_day(a=1, b=24):
    return now().date() + timedelta(days=R.randint(a, b))


# --------------------------------------------------------------------------
# organisations, staff (NOT PHI)
# --------------------------------------------------------------------------
HPIO_HMG = hi_number("800362")
HPIO_MER = hi_number("800362")
HPIO_CL = hi_number("800362")
ABN_HMG, ABN_MER, ABN_CL = abn(), abn(), abn()
ORG_ADDR = [
    ("Harbourside Medical Group", "Level 3, 210 George Street", "Sydney", "NSW", "2000", "(02) 9251 4400", "(02) 9251 4401"),
    ("Harbourside Medical Group Parramatta", "Suite 12, 80 Macquarie Street", "Parramatta", "NSW", "2150", "(02) 9635 2210", "(02) 9635 2211"),
    ("Harbourside Medical Group Box Hill", "14 Station Street", "Box Hill", "VIC", "3128", "(03) 9890 7711", "(03) 9890 7712"),
    ("Meridian Pathology", "Unit 2, 45 Epping Road", "Macquarie Park", "NSW", "2113", "1300 637 437", "(02) 9887 1290"),
    ("Bondi Road Medical Centre", "301 Bondi Road", "Bondi", "NSW", "2026", "(02) 9387 1140", "(02) 9387 1144"),
    ("Kōwhai Health Mt Albert", "912 New North Road", "Mt Albert", "Auckland", "1025", "(09) 846 2200", "(09) 846 2201"),
]
STAFF = []
for g, f, role in [("Anjali", "Mehta", "GP"), ("Tomasz", "Wiśniewski", "GP"), ("Oluwaseun", "Adeyemi", "Physician"),
                   ("Helen", "Zhou", "GP"), ("Rebecca", "Lindqvist", "Pathologist"), ("Sarah", "Whitcombe", "Haematologist"),
                   ("Marcus", "Oyelaran", "Cardiologist"), ("Yusuf", "Demir", "Endocrinologist")]:
    STAFF.append(dict(given=g, family=f, role=role, prov=provider_no(), hpii=hi_number("800361"),
                      ahpra="MED" + "000" + dg(7), user=(g[0].lower() + slug(f))[:10]))
NZSTAFF = [dict(given="Matiu", family="Rangi", cpn=dg(2) + up(4)), dict(given="Priscilla", family="Ah-Sam", cpn=dg(2) + up(4))]
NURSES = ["Kate Brennan", "Tui Walker", "Reza Tehrani", "Olivia Marsh"]
AGENTS = ["jordan.p", "mia.s", "raj.k", "leah.w", "support-bot"]
FUNDS = [("BUP", "Bupa"), ("MBP", "Medibank"), ("HCF", "HCF"), ("NIB", "nib"), ("HBF", "HBF"),
         ("AUH", "Australian Unity"), ("GMH", "GMHBA"), ("DHF", "Defence Health")]
OVHC = ["Allianz Care Australia", "Bupa OVHC", "nib OSHC", "AHM OVHC"]

# --------------------------------------------------------------------------
# patients (synthetic)
# --------------------------------------------------------------------------
AU_PLACES = [("Marrickville", "NSW", "2204"), ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"),
             ("Cabramatta", "NSW", "2166"), ("Wollongong", "NSW", "2500"), ("Dubbo", "NSW", "2830"),
             ("Auburn", "NSW", "2144"), ("Footscray", "VIC", "3011"), ("Box Hill", "VIC", "3128"),
             ("Dandenong", "VIC", "3175"), ("Brunswick", "VIC", "3056"), ("Ballarat Central", "VIC", "3350"),
             ("Logan Central", "QLD", "4114"), ("Inala", "QLD", "4077"), ("Townsville City", "QLD", "4810"),
             ("Cairns North", "QLD", "4870"), ("Fremantle", "WA", "6160"), ("Mirrabooka", "WA", "6061"),
             ("Elizabeth", "SA", "5112"), ("Glenelg", "SA", "5045"), ("Launceston", "TAS", "7250"),
             ("Belconnen", "ACT", "2617"), ("Casuarina", "NT", "0810"), ("Alice Springs", "NT", "0870")]
AU_STREETS = ["Banksia Street", "Wattle Avenue", "Kookaburra Crescent", "Jacaranda Close", "Illawarra Road",
              "Station Street", "Boronia Drive", "Waratah Parade", "Ironbark Court", "Murray Terrace",
              "Sydney Road", "Albany Highway", "Grange Road", "Gympie Road", "Karrabee Avenue",
              "Bungarribee Road", "Anzac Parade", "Lilly Pilly Way", "Currawong Place", "Flinders Lane"]
NZ_PLACES = [("Mt Albert", "Auckland", "1025"), ("Ōtara", "Auckland", "2023"), ("Cannons Creek", "Porirua", "5024"),
             ("Riccarton", "Christchurch", "8011"), ("Hamilton East", "Hamilton", "3216"),
             ("Fenton Park", "Rotorua", "3010"), ("North East Valley", "Dunedin", "9010")]
NZ_STREETS = ["Kōwhai Road", "Tūī Street", "Rimu Avenue", "Great North Road", "Pōhutukawa Drive",
              "Mātai Crescent", "Te Rapa Road"]
AREA = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07", "WA": "08", "SA": "08", "NT": "08"}

SPEC = [
    ("Aroha", "Mere", "Ngata", "F", "AU", 1987, ("Tama", "Ngata", "BRO", "Brother")),
    ("Thi Lan", "", "Nguyen", "F", "AU", 1952, ("Van Minh", "Nguyen", "SPO", "Spouse")),
    ("Konstantinos", "", "Papadopoulos", "M", "AU", 1932, ("Maria", "Papadopoulos", "DAU", "Daughter")),
    ("Ivana", "", "Kovačević", "F", "AU", 1979, ("Dragan", "Kovačević", "SPO", "Spouse")),
    ("Siobhán", "Clare", "O'Brien", "F", "AU", 1991, ("Ciarán", "O'Brien", "BRO", "Brother")),
    ("Deng", "", "Majok", "M", "AU", 1984, ("Achol", "Garang", "SPO", "Spouse")),
    ("Priya", "", "Raghunathan", "F", "AU", 1996, ("Lakshmi", "Raghunathan", "MTH", "Mother")),
    ("Wei", "", "Zhang", "M", "AU", 1969, ("Hui", "Lin", "SPO", "Spouse")),
    ("Fatima", "", "Haddad", "F", "AU", 1975, ("Karim", "Haddad", "SPO", "Spouse")),
    ("Giuseppe", "", "Russo", "M", "AU", 1928, ("Francesca", "Russo", "DAU", "Daughter")),
    ("Maricel", "", "Dela Cruz", "F", "AU", 1988, ("Rodel", "Dela Cruz", "SPO", "Spouse")),
    ("Sione", "", "Faleolo", "M", "AU", 1990, ("Losa", "Faleolo", "SPO", "Spouse")),
    ("Ji-woo", "", "Park", "F", "AU", 2001, ("Min-jun", "Park", "FTH", "Father")),
    ("Lachlan", "James", "McKenzie", "M", "AU", 1983, ("Sophie", "McKenzie", "SPO", "Spouse")),
    ("Bronwyn", "", "Hollis", "F", "AU", 1933, ("Graham", "Hollis", "SON", "Son")),
    ("Harpreet", "", "Sandhu", "M", "AU", 1978, ("Gurpreet", "Kaur", "SPO", "Spouse")),
    ("Karim", "", "Khoury", "M", "AU", 1963, ("Rania", "Khoury", "SPO", "Spouse")),
    ("Mele", "", "Vainikolo", "F", "AU", 1999, ("Sela", "Vainikolo", "MTH", "Mother")),
    ("Eleni", "", "Georgiou", "F", "AU", 1930, ("Nikos", "Georgiou", "SON", "Son")),
    ("Darren", "Keith", "Whitfield", "M", "AU", 1956, ("Leanne", "Whitfield", "SPO", "Spouse")),
    ("Achol", "", "Garang", "F", "AU", 1987, ("Deng", "Majok", "SPO", "Spouse")),
    ("Thu Trang", "", "Pham", "F", "AU", 1994, ("Quang", "Pham", "BRO", "Brother")),
    ("Jericho", "", "Santos", "M", "AU", 1986, ("Rowena", "Santos", "SPO", "Spouse")),
    ("Tomás", "", "Ferreira", "M", "AU", 1972, ("Ana", "Ferreira", "SPO", "Spouse")),
    ("Ngozi", "", "Okafor", "F", "AU", 1981, ("Chidi", "Okafor", "SPO", "Spouse")),
    ("Ahmad", "", "Rahimi", "M", "AU", 2005, ("Zahra", "Rahimi", "MTH", "Mother")),
    ("Kylie", "", "Dunstan", "F", "AU", 1977, ("Wayne", "Dunstan", "SPO", "Spouse")),
    ("Mitchell", "", "Tran", "M", "AU", 1998, ("Linh", "Tran", "MTH", "Mother")),
    ("Margaret", "Joan", "Ellery", "F", "AU", 1926, ("Susan", "Barlow", "DAU", "Daughter")),
    ("Hyun-woo", "", "Kim", "M", "AU", 1974, ("Soo-ah", "Kim", "SPO", "Spouse")),
    ("Wiremu", "", "Tane", "M", "NZ", 1962, ("Huia", "Tane", "SPO", "Spouse")),
    ("Mereana", "", "Tūhiwai", "F", "NZ", 1985, ("Rangi", "Tūhiwai", "FTH", "Father")),
    ("Losana", "", "Tuilagi", "F", "NZ", 1993, ("Iosefa", "Tuilagi", "BRO", "Brother")),
    ("Tevita", "", "Fifita", "M", "NZ", 1970, ("ʻAna", "Fifita", "SPO", "Spouse")),
    ("Xiaoling", "", "Chen", "F", "NZ", 1960, ("Jun", "Chen", "SPO", "Spouse")),
    ("Ngāire", "", "Te Whatu", "F", "NZ", 1931, ("Hōri", "Te Whatu", "SON", "Son")),
    ("Rāwiri", "", "Parata", "M", "NZ", 2003, ("Moana", "Parata", "MTH", "Mother")),
    ("Callum", "", "Fraser", "M", "NZ", 1968, ("Fiona", "Fraser", "SPO", "Spouse")),
    ("Emily", "Rose", "Carter", "F", "US", 1990, ("David", "Carter", "FTH", "Father")),
    ("Marcus", "", "Delgado", "M", "US", 1985, ("Elena", "Delgado", "SPO", "Spouse")),
]
DVA_PEOPLE = {"Whitfield", "Ellery", "Hollis"}


class Person:
    pass


def au_mobile():
    return "04" + R.choice(["12", "13", "17", "19", "21", "23", "27", "31", "38", "47", "49", "58", "66", "77", "88", "91"]) + dg(6)


def au_land(state):
    return AREA[state] + R.choice(["5550", "7010"]) + dg(4)


def nz_mobile():
    return R.choice(["021", "022", "027"]) + "555" + dg(4)


def nz_land():
    return R.choice(["09", "07", "04", "03"]) + "555" + dg(4)


def make_person(spec):
    g, mid, fam, sex, ctry, by, nok = spec
    p = Person()
    p.given, p.middle, p.family, p.sex, p.ctry = g, mid, fam, sex, ctry
    p.dob = date(by, R.randint(1, 12), R.randint(1, 28))
    if by <= 1933 and p.dob.month > 2:
        p.dob = date(by, R.randint(1, 2), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.title = {"M": "Mr", "F": R.choice(["Ms", "Mrs", "Miss"])}[sex]
    if ctry in ("AU", "US"):
        sub, st, pc = R.choice(AU_PLACES)
        num = str(R.randint(1, 240))
        if R.random() < 0.3:
            num = f"{R.randint(1,18)}/{num}"
        p.street = f"{num} {R.choice(AU_STREETS)}"
        if ctry == "US":
            p.street = f"Unit {R.randint(101,1408)}/{R.randint(1,99)} {R.choice(AU_STREETS)}"
        p.suburb, p.state, p.pc = sub, st, pc
        p.mobile = ("AU", au_mobile())
        p.home = ("AU", au_land(st)) if R.random() < 0.45 else None
    else:
        sub, city, pc = R.choice(NZ_PLACES)
        p.street = f"{R.randint(1,180)}{R.choice(['', '', 'A', 'B'])} {R.choice(NZ_STREETS)}"
        p.suburb, p.city, p.state, p.pc = sub, city, city, pc
        p.mobile = ("NZ", nz_mobile())
        p.home = ("NZ", nz_land()) if R.random() < 0.4 else None
    gs, fs = slug(g.split()[0]), slug(fam)
    dom = R.choice(["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au", "yahoo.com.au", "hotmail.com"])
    if ctry == "NZ":
        dom = R.choice(["xtra.co.nz", "gmail.com", "slingshot.co.nz", "orcon.net.nz"])
    if ctry == "US":
        dom = R.choice(["gmail.com", "yahoo.com", "comcast.net"])
    p.email = R.choice([f"{gs}.{fs}{str(p.dob.year)[2:]}", f"{gs[0]}{fs}", f"{gs}_{fs}", f"{fs}.{gs}{R.randint(1,99)}"]) + "@" + dom
    p.user = R.choice([f"{gs}.{fs}{str(p.dob.year)[2:]}", f"{gs}{fs[:3]}{R.randint(10,99)}", f"{fs}_{gs[0]}"])
    p.ip = pub_ip(ctry == "NZ")
    p.urn = str(R.randint(1000000, 4999999))
    p.ihi = hi_number("800360") if ctry == "AU" else None
    p.medicare, p.irn = (medicare_no(), str(R.randint(1, 5))) if ctry == "AU" else (None, None)
    p.dva = None
    if fam in DVA_PEOPLE:
        p.dva = R.choice("NVQWST") + R.choice(["X" + dg(6), "SM" + dg(5), "CV" + dg(5) + R.choice("AB"), "KM" + dg(5)])
        p.dva_card = "Gold" if fam != "Hollis" else "White"
    p.fund = R.choice(FUNDS) if ctry == "AU" and R.random() < 0.7 else None
    p.member = (R.choice(["", "", "M"]) + dg(R.choice([8, 9, 10]))) if p.fund else None
    p.member_ref = f"{R.randint(1,4):02d}"
    p.nhi = (nhi_old() if R.random() < 0.6 else nhi_new()) if ctry == "NZ" else None
    p.crn = (dg(9) + R.choice("ABCDEFGHJK")) if (ctry == "AU" and (p.age > 64 or R.random() < 0.2)) else None
    p.mac_id = ("AC" + dg(8)) if p.age > 64 else None
    if ctry == "AU":
        lst = p.state
        p.lic_state = lst
        ln = {"NSW": 8, "VIC": 9, "QLD": 9, "WA": 7, "SA": 6, "TAS": 6, "ACT": 10, "NT": 7}[lst]
        p.lic = dg(ln) if lst not in ("SA", "TAS") else (R.choice("SAB") + dg(5))
        p.lic_card = R.choice(["", "P"]) + dg(R.choice([8, 10])) if lst in ("VIC", "NSW") else up(2) + dg(7)
        p.rego = {"NSW": lambda: up(3) + dg(2) + up(1), "VIC": lambda: dg(1) + up(2) + dg(1) + up(2),
                  "QLD": lambda: dg(3) + up(3), "WA": lambda: "1" + up(3) + dg(3)}.get(lst, lambda: up(3) + "-" + dg(3))()
    elif ctry == "NZ":
        p.lic_state = "NZ"
        p.lic = up(2) + dg(6)
        p.lic_card = dg(3)
        p.rego = up(3) + dg(3)
    else:
        p.lic_state = R.choice(["CA", "TX", "NY"])
        p.lic = up(1) + dg(7)
        p.lic_card = ""
        p.rego = None
    p.cgm = ("3M" + dg(8)) if R.random() < 0.3 else None
    p.pump = ("NG" + dg(7) + "H") if (p.cgm and R.random() < 0.6) else None
    p.bp_mac = mac() if R.random() < 0.5 else None
    p.hub_imei = imei() if R.random() < 0.5 else None
    p.ssn = ssn() if ctry == "US" else None
    p.passport = ("5" + dg(8)) if ctry == "US" else None
    p.ovhc_policy = ("OVC" + dg(7)) if ctry == "US" else None
    p.nok_given, p.nok_family, p.nok_code, p.nok_rel = nok
    if ctry == "NZ":
        p.nok_phone = ("NZ", nz_mobile())
    else:
        p.nok_phone = ("AU", au_mobile())
    p.acc = ("A" + up(1) + dg(5)) if ctry == "NZ" else None
    p.vin = vin() if ctry == "AU" else None
    return p


PEOPLE = [make_person(s) for s in SPEC]


def fmt_phone(ph, st=None):
    kind, d = ph
    if kind == "AU":
        mob = d.startswith("04")
        st = st or R.choice(["sp", "sp", "raw", "intl", "intlsp"] + ([] if mob else ["paren", "paren"]))
        if mob:
            return {"sp": f"{d[:4]} {d[4:7]} {d[7:]}", "raw": d, "intl": "+61" + d[1:],
                    "intlsp": f"+61 {d[1:4]} {d[4:7]} {d[7:]}", "paren": f"{d[:4]} {d[4:7]} {d[7:]}"}[st]
        return {"sp": f"{d[:2]} {d[2:6]} {d[6:]}", "raw": d, "intl": "+61" + d[1:],
                "intlsp": f"+61 {d[1]} {d[2:6]} {d[6:]}", "paren": f"({d[:2]}) {d[2:6]} {d[6:]}"}[st]
    mob = d.startswith("02")
    st = st or R.choice(["sp", "raw", "intl", "intlsp"] + ([] if mob else ["paren"]))
    if mob:
        return {"sp": f"{d[:3]} {d[3:6]} {d[6:]}", "raw": d, "intl": "+64" + d[1:],
                "intlsp": f"+64 {d[1:3]} {d[3:6]} {d[6:]}", "paren": f"{d[:3]} {d[3:6]} {d[6:]}"}[st]
    return {"sp": f"{d[:2]} {d[2:5]} {d[5:]}", "raw": d, "intl": "+64" + d[1:],
            "intlsp": f"+64 {d[1]} {d[2:5]} {d[5:]}", "paren": f"({d[:2]}) {d[2:5]} {d[5:]}"}[st]


def med_fmt(p, st=None):
    m = p.medicare
    st = st or R.choice(["raw", "raw", "sp"])
    return m if st == "raw" else f"{m[:4]} {m[4:9]} {m[9]}"


def full(p):
    return f"{p.given} {p.family}"


def rev(p, upper=True):
    return f"{p.family.upper() if upper else p.family}, {p.given}"


LAST = {}


def pick(ctry="AU", pred=None):
    pool = [p for p in PEOPLE if (ctry is None or p.ctry == ctry) and (pred is None or pred(p))]
    key = (ctry, pred is None)
    lp = LAST.get(ctry)
    if lp is not None and lp in pool and R.random() < 0.5:
        return lp
    p = R.choice(pool)
    LAST[ctry] = p
    return p


def staff():
    return R.choice(STAFF)


def addr_parts(p, sep=", ", with_state=True, upper_sub=False):
    sub = p.suburb.upper() if upper_sub else p.suburb
    out = [(p.street, "address"), sep, (sub, "address")]
    if p.ctry == "NZ":
        out += [", ", (p.city, "address"), " ", (p.pc, "zip")]
    else:
        out += [" " + p.state + " " if with_state else " ", (p.pc, "zip")]
    return out


# ==========================================================================
# families
# ==========================================================================
HI_EP = "https://www5.medicareaustralia.gov.au/cgi-bin/gateway.cgi"
IHI_NS = "http://ns.electronichealth.net.au/id/hi/ihi/1.0/"


def f_hi_java(phi):
    fam = "hi-service-logback"
    thr = R.choice([f"http-nio-8443-exec-{R.randint(1,40)}", f"hi-pool-{R.randint(1,8)}-thread-{R.randint(1,4)}", "ihi-revalidate-1"])
    lg = R.choice(["a.c.h.hi.IhiSearchClient", "au.com.harbourside.hi.IhiSearchClient", "a.c.h.hi.HiServiceGateway"])

    def pre(lvl="INFO"):
        return f"{ts_lb()} {lvl:<5} [{thr}] {lg} - "
    if phi:
        v = R.randrange(7)
        if v == 0:
            p = pick("AU")
            return B(fam, pre(), "searchIHI[medicare] medicareCardNumber=", (p.medicare, "health_plan"),
                     f" medicareIRN={p.irn} dateOfBirth=", (dfmt(p.dob, "iso"), "date"), f" sex={p.sex} familyName=",
                     (p.family.upper(), "name"), " givenName=", (p.given, "name"), f" hpio={HPIO_HMG}")
        if v == 1:
            p = pick("AU", lambda q: q.dva)
            return B(fam, pre(), "searchIHI[dva] dvaFileNumber=", (p.dva, "health_plan"), " dateOfBirth=",
                     (dfmt(p.dob, "iso"), "date"), f" sex={p.sex} familyName=", (p.family.upper(), "name"))
        if v == 2:
            p = pick("AU")
            return B(fam, pre(), "searchIHI result ihiNumber=" + IHI_NS, (p.ihi, "other_id"),
                     " ihiRecordStatus=Verified ihiStatus=Active patient=\"", (rev(p), "name"), "\" urn=", (p.urn, "mrn"),
                     f" elapsed={R.randint(180,1900)}ms")
        if v == 3:
            p = pick("AU", lambda q: q.age > 85)
            return B(fam, pre("WARN"), "IHI ", (p.ihi, "other_id"), " ihiStatus changed Active -> Deceased (dateOfDeath=",
                     (dfmt(past_day(2, 20), "dmy"), "date"), "); URN ", (p.urn, "mrn"), " queued for MHR/recall review")
        if v == 4:
            p = pick("AU")
            return B(fam, pre(), "updateIHI address for IHI ", (p.ihi, "other_id"), ": \"", addr_parts(p), "\" result=OK")
        if v == 5:
            p = pick("AU")
            return B(fam, pre("WARN"), f"searchIHI[medicare] returned 01439 (No IHI found) for medicareCardNumber=",
                     (p.medicare, "health_plan"), f" irn={p.irn} dob=", (dfmt(p.dob, "dmy"), "date"),
                     " - check demographics with patient")
        p = pick("AU")
        return B(fam, pre(), "IHI revalidated urn=", (p.urn, "mrn"), " ihi=", (p.ihi, "other_id"),
                 f" status=Active recordStatus=Verified lastChecked={dfmt(now().date(), 'dmy')}")
    v = R.randrange(6)
    if v == 0:
        return B(fam, pre(), f"HI Service call searchIHI completed http=200 duration={R.randint(140,2400)}ms "
                 f"messageId=urn:uuid:{uuid4()} hpio={HPIO_HMG}")
    if v == 1:
        return B(fam, pre("WARN"), f"Retrying searchIHI after java.net.SocketTimeoutException: Read timed out "
                 f"(attempt {R.randint(2,3)}/3) endpoint={HI_EP}")
    if v == 2:
        return B(fam, pre(), f"NASH PKI certificate for HPI-O {HPIO_HMG} (serial {':'.join(hx(2).upper() for _ in range(8))}) "
                 f"expires 28/11/2025; reminder sent to it-ops@harbourside.com.au")
    if v == 3:
        c = R.randint(1200, 2600)
        return B(fam, pre(), f"ihi-revalidate batch finished checked={c} verified={c-R.randint(20,60)} "
                 f"provisional={R.randint(0,15)} unresolved={R.randint(0,9)} took=00:{R.randint(10,40)}:{R.randint(10,59)}")
    if v == 4:
        s = staff()
        return B(fam, pre(), f"searchHPII hpii={s['hpii']} -> status=A type=Individual "
                 f"registration={s['ahpra']} name=\"Dr {s['given']} {s['family']}\"")
    return B(fam, pre("ERROR"), f"serviceMessage code=WSE0035 severity=Error reason=\"The IHI number supplied "
             f"failed the Luhn check\" messageId=urn:uuid:{uuid4()}")


STYPE = {"Street": "ST", "Avenue": "AV", "Crescent": "CR", "Close": "CL", "Road": "RD", "Drive": "DR",
         "Parade": "PDE", "Court": "CT", "Terrace": "TCE", "Highway": "HWY", "Way": "WAY", "Place": "PL", "Lane": "LANE"}


def f_hi_soap(phi):
    fam = "hi-service-soap"
    pre = f"{ts_iso()} DEBUG [HIClient-{R.randint(1,6)}] "
    if phi:
        p = pick("AU")
        v = R.randrange(3)
        if v == 0:
            return B(fam, pre, ">> <soap:Body><ns3:searchIHI><ns3:dateOfBirth>", (dfmt(p.dob, "iso"), "date"),
                     "</ns3:dateOfBirth><ns3:givenName>", (p.given, "name"), "</ns3:givenName><ns3:familyName>",
                     (p.family, "name"), f"</ns3:familyName><ns3:sex>{p.sex}</ns3:sex><ns3:medicareCardNumber>",
                     (p.medicare, "health_plan"), f"</ns3:medicareCardNumber><ns3:medicareIRN>{p.irn}</ns3:medicareIRN>"
                     "</ns3:searchIHI></soap:Body>")
        if v == 1:
            return B(fam, pre, "<< <ns3:searchIHIResult><ns3:ihiNumber>" + IHI_NS, (p.ihi, "other_id"),
                     "</ns3:ihiNumber><ns3:ihiRecordStatus>Verified</ns3:ihiRecordStatus><ns3:ihiStatus>Active"
                     "</ns3:ihiStatus><ns3:givenName>", (p.given, "name"), "</ns3:givenName><ns3:familyName>",
                     (p.family, "name"), "</ns3:familyName><ns3:dateOfBirth>", (dfmt(p.dob, "iso"), "date"),
                     f"</ns3:dateOfBirth><ns3:sex>{p.sex}</ns3:sex></ns3:searchIHIResult>")
        return B(fam, pre, ">> <ns3:australianStreetAddress><ns2:streetNumber>",
                 (p.street.split(' ')[0], "address"), "</ns2:streetNumber><ns2:streetName>",
                 (p.street.split(' ', 1)[1].rsplit(' ', 1)[0], "address"), "</ns2:streetName><ns2:streetType>",
                 (STYPE[p.street.rsplit(' ', 1)[1]], "address"),
                 "</ns2:streetType><ns2:suburb>", (p.suburb.upper(), "address"), f"</ns2:suburb><ns2:state>{p.state}"
                 "</ns2:state><ns2:postcode>", (p.pc, "zip"), "</ns2:postcode></ns3:australianStreetAddress>")
    s = staff()
    v = R.randrange(3)
    if v == 0:
        return B(fam, pre, f">> <soap:Header><h:product><h:organisation><h:qualifier>http://ns.electronichealth.net.au/"
                 f"id/hi/hpio/1.0</h:qualifier><h:id>{HPIO_HMG}</h:id></h:organisation><h:vendor><h:qualifier>"
                 f"http://ns.electronichealth.net.au/id/hi/vendorid/1.0</h:qualifier><h:id>HMG{dg(5)}</h:id></h:vendor>"
                 f"<h:productName>HarbourPMS</h:productName><h:productVersion>7.4.{R.randint(0,9)}</h:productVersion>"
                 f"</h:product></soap:Header>")
    if v == 1:
        return B(fam, pre, f">> <h:user><h:qualifier>http://ns.harbourside.com.au/id/userid</h:qualifier><h:id>"
                 f"{s['user']}</h:id><h:useridentifiedbyhpii>false</h:useridentifiedbyhpii></h:user><h:timestamp>"
                 f"<h:created>{ts_iso()}</h:created></h:timestamp>")
    return B(fam, pre, f"<< <ns2:serviceMessages><ns2:highestSeverity>Informational</ns2:highestSeverity>"
             f"<ns2:serviceMessage><ns2:code>01439</ns2:code><ns2:severity>Informational</ns2:severity><ns2:reason>"
             f"No IHI was found using the search criteria provided</ns2:reason></ns2:serviceMessage></ns2:serviceMessages>")


def f_mhr(phi):
    fam = "mhr-b2b"
    node = f"mhr-gw-{R.randint(1,3)}"
    pre = f"[{ts_dot()} +1100] [{'INFO ':5}] [{node}] "
    if phi:
        p = pick("AU")
        v = R.randrange(5)
        if v == 0:
            return B(fam, pre, "doesPCEHRExist ihi=", (p.ihi, "other_id"),
                     f" -> PCEHRExists={R.choice(['true','true','false'])} accessCodeRequired={R.choice(['WithoutCode','AccessGranted'])}"
                     f" hpio={HPIO_HMG} rtt={R.randint(200,900)}ms")
        if v == 1:
            s = staff()
            return B(fam, pre.replace("INFO ", "WARN "), "gainPCEHRAccess ihi=", (p.ihi, "other_id"),
                     f" accessType=EmergencyAccess by={s['user']} hpii={s['hpii']} reason=\"patient unconscious in ED\"")
        if v == 2:
            return B(fam, pre, "uploadDocument ihi=", (p.ihi, "other_id"), " patient=\"", (rev(p), "name"), "\" dob=",
                     (dfmt(p.dob, "dmy"), "date"), f" type=\"Discharge Summary\" docId=2.25.{dg(38)} status=PCEHR_SUCCESS")
        if v == 3:
            return B(fam, pre, "getDocumentList ihi=", (p.ihi, "other_id"),
                     f" returned {R.randint(3,60)} entries (DS={R.randint(0,6)}, PATH={R.randint(0,30)}, DI={R.randint(0,8)})")
        return B(fam, pre, "getView[MedicareOverview] ihi=", (p.ihi, "other_id"), " name=\"", (full(p), "name"),
                 "\" admitted=", (dfmt(past_day(1, 9), "dmy"), "date"), " -> 200")
    v = R.randrange(5)
    if v == 0:
        return B(fam, pre, f"uploadDocument status=PCEHR_SUCCESS docId=2.25.{dg(38)} "
                 f"repositoryUniqueId=1.2.36.1.2001.1007.10.8003640002000050 size={R.randint(9000,90000)}B elapsed={R.uniform(0.4,4):.2f}s")
    if v == 1:
        return B(fam, pre, f"TLS session to services.ehealth.gov.au:443 established proto=TLSv1.2 "
                 f"cipher=ECDHE-RSA-AES256-GCM-SHA384 cert=HPI-O {HPIO_HMG}")
    if v == 2:
        return B(fam, pre, f"CDA package signature verified signer=HPI-O {HPIO_MER} alg=RSA-SHA256 "
                 f"template=1.2.36.1.2001.1006.1.220.4 package={uuid4()}.zip")
    if v == 3:
        return B(fam, pre.replace("INFO ", "ERROR"), f"PCEHR_ERROR_3002 Document metadata failed validation "
                 f"(creationTime later than submissionTime) docId=2.25.{dg(38)} requestId={uuid4()}")
    return B(fam, pre, f"queue depth mhr-upload={R.randint(0,40)} retry={R.randint(0,5)} dead={R.randint(0,2)} "
             f"oldest={R.randint(1,900)}s")


# ---- HL7 v2 --------------------------------------------------------------
LABS = [("26604007^Full blood count^SCT^FBC^FBC", [("718-7^Haemoglobin^LN", "g/L", "115-165", 95, 175, 0), ("26464-8^White cell count^LN", "x10*9/L", "4.0-11.0", 2.5, 14, 1), ("777-3^Platelets^LN", "x10*9/L", "150-400", 110, 460, 0)]),
        ("166312007^Electrolytes, urea and creatinine^SCT^EUC^E/LFT", [("2951-2^Sodium^LN", "mmol/L", "135-145", 129, 149, 0), ("2823-3^Potassium^LN", "mmol/L", "3.5-5.2", 3.1, 5.9, 1), ("14682-9^Creatinine^LN", "umol/L", "45-90", 40, 160, 0)]),
        ("43396009^HbA1c^SCT^HBA1C^HbA1c", [("4548-4^HbA1c^LN", "%", "<6.5", 5.0, 10.5, 1), ("59261-8^HbA1c (IFCC)^LN", "mmol/mol", "<48", 31, 91, 0)]),
        ("252275004^Iron studies^SCT^FE^Iron Studies", [("2276-4^Ferritin^LN", "ug/L", "30-300", 8, 420, 0), ("2498-4^Iron^LN", "umol/L", "10-30", 5, 36, 0)])]


def pid_seg(p, nz=False):
    parts = ["PID|1||", (p.urn, "mrn"), "^^^HARBOURSIDE^MR"]
    if p.ctry == "NZ":
        parts = ["PID|1||", (p.nhi, "other_id"), "^^^NHI^NI~", (p.urn, "mrn"), "^^^KOWHAI^MR"]
    else:
        if p.ihi:
            parts += ["~", (p.ihi, "other_id"), "^^^AUSHIC^NI"]
        if p.medicare:
            parts += ["~", (p.medicare + p.irn, "health_plan"), "^^^AUSHIC^MC"]
        if p.dva:
            parts += ["~", (p.dva, "health_plan"), "^^^AUSDVA^DVG" if p.dva_card == "Gold" else "^^^AUSDVA^DVW"]
    parts += ["||", (p.family.upper(), "name"), "^", (p.given, "name")]
    if p.middle:
        parts += ["^", (p.middle, "name")]
    else:
        parts += ["^"]
    parts += [f"^^{p.title}^^L||", (dfmt(p.dob, "hl7"), "date"), f"|{p.sex}|||", (p.street, "address"), "^^"]
    if p.ctry == "NZ":
        parts += [(p.suburb, "address"), "^", (p.city, "address"), "^^", (p.pc, "zip"), "^NZL^H||"]
    else:
        parts += [(p.suburb.upper(), "address"), f"^{p.state}^", (p.pc, "zip"), "^AUS^H||"]
    ph = []
    if p.home:
        ph += [(fmt_phone(p.home, "paren" if p.ctry == "AU" else "sp"), "phone"), "^PRN^PH~"]
    ph += [(fmt_phone(p.mobile, "sp"), "phone"), "^PRN^CP"]
    if R.random() < 0.5:
        ph += ["~^NET^Internet^", (p.email, "email")]
    if R.random() < 0.2:
        ph += ["~", (fmt_phone(("AU", au_land(p.state)) if p.ctry == "AU" else ("NZ", nz_land()), "paren"), "fax"), "^PRN^FX"]
    parts += ph + ["||" + R.choice(["ENG^English^ISO6392", "ENG^English^ISO6392", ""]) + "|"
                   + (R.choice(["S", ""]) if p.age < 25 else R.choice(["M", "S", "W", "D", ""])) + "|||||||||||N"]
    return parts


def nk1_seg(p):
    parts = ["NK1|1|", (p.nok_family.upper(), "name"), "^", (p.nok_given, "name"),
             f"|{p.nok_code}^{p.nok_rel}^HL70063|"]
    if R.random() < 0.5:
        parts += [(p.street, "address"), "^^", (p.suburb.upper(), "address"),
                  f"^{p.state}^", (p.pc, "zip"), "^AUS^H" if p.ctry == "AU" else "^NZL^H"]
    parts += ["|", (fmt_phone(p.nok_phone, "sp"), "phone"), "^PRN^CP||NOK^Next of Kin^HL70131"]
    return parts


def pv1_seg(p):
    s = staff()
    adm = now() - timedelta(days=R.randint(0, 6), minutes=R.randint(30, 900))
    f = ["PV1", "1", R.choice(["I", "O", "E"]), f"{R.choice(['4W','5E','ED','DSU'])}^{R.randint(1,40):02d}^{R.choice('ABCD')}^HARBOURSIDE",
         "", "", "", f"{s['prov']}^{s['family'].upper()}^{s['given'].upper()}^^^DR^^^AUSHICPR", "", "",
         R.choice(["MED", "SUR", "CAR", "GEN"])] + [""] * 33
    head = "|".join(f)
    return [head + "|", (adm.strftime("%Y%m%d%H%M"), "date")]


def obr_seg(p, filler):
    s = staff()
    svc = R.choice(LABS)[0]
    coll = now() - timedelta(hours=R.randint(3, 70))
    f1 = ["OBR", "1", f"H{dg(8)}^HARBOURSIDE", f"{filler}^MERIDIAN^{HPIO_MER}^AUSHIC", svc + "^NATA2184", "", ""]
    return ["|".join(f1) + "|", (coll.strftime("%Y%m%d%H%M") + "+1100", "date"),
            "||||||||" + f"{s['prov']}^{s['family'].upper()}^{s['given'].upper()}^^^DR^^^AUSHICPR" +
            "||||||" + "||HM|F"]


def msh_seg(typ):
    return (f"MSH|^~\\&|MERIDIAN^{HPIO_MER}^L|MERIDIAN LAB^2184^AUSNATA|HARBOURPMS|HARBOURSIDE^{HPIO_HMG}^L|"
            f"{ts_hl7()}||{typ}|MER{now().strftime('%y%m%d%H%M%S')}{dg(4)}|P|2.4^AUS&&ISO^AS4700.2&&L|||AL|NE|AUS")


def obx_seg():
    svc = R.choice(LABS)
    a = R.choice(svc[1])
    x = R.uniform(a[3], a[4])
    val = f"{x:.{a[5]}f}"
    lo_hi = a[2].lstrip("<").split("-")
    if len(lo_hi) == 2:
        flag = "L" if x < float(lo_hi[0]) else ("H" if x > float(lo_hi[1]) else "")
    else:
        flag = "H" if x >= float(lo_hi[0]) else ""
    return f"OBX|{R.randint(1,9)}|NM|{a[0]}^^NATA2184||{val}|{a[1]}^{a[1]}^ISO+|{a[2]}|{flag}|||F"


def f_hl7(phi):
    fam = "hl7v2-au"
    ch = R.choice(["Pathology_ORU_In", "ADT_Harbourside_Out", "Referral_REF_In"])
    pre = f"[{ts_lb()}] {R.choice(['INFO ','DEBUG'])} ({ch}:{R.randint(80,400)}): "
    if phi:
        v = R.randrange(6)
        if v in (0, 1):
            p = pick(R.choice(["AU", "AU", "AU", "NZ"]))
            return B(fam, pre, "seg[2] ", pid_seg(p))
        if v == 2:
            p = pick(R.choice(["AU", "NZ"]))
            return B(fam, pre, "seg[3] ", nk1_seg(p))
        if v == 3:
            p = pick("AU")
            return B(fam, pre, "seg[3] ", pv1_seg(p))
        if v == 4:
            p = pick("AU")
            return B(fam, pre, "seg[4] ", obr_seg(p, f"24-{dg(7)}"))
        p = pick("AU")
        pre = f"[{ts_lb()}] WARN  ({ch}:{R.randint(80,400)}): "
        return B(fam, pre, "NACK AE sent (PV1-3 location unknown), raw=",
                 f"MSH|^~\\&|HARBOURPMS^{HPIO_HMG}^L|HARBOURSIDE^{HPIO_HMG}^L|IPM|RNSH|{ts_hl7()}||ADT^A08^ADT_A01|"
                 f"HPMS{dg(9)}|P|2.4^AUS&&ISO^AS4700.2&&L|||AL|NE|AUS",
                 f"\\rEVN|A08|{ts_hl7()}\\r", pid_seg(p), "\\r", pv1_seg(p))
    v = R.randrange(6)
    if v == 0:
        return B(fam, pre, "seg[0] " + msh_seg("ORU^R01^ORU_R01"))
    if v in (1, 2):
        return B(fam, pre, f"seg[{R.randint(5,12)}] " + obx_seg())
    if v == 3:
        return B(fam, pre, f"ACK sent MSA|AA|MER{now().strftime('%y%m%d%H%M%S')}{dg(4)} bytes={R.randint(180,260)} peer={priv_ip()}:{R.choice([6661,2575,5100])}")
    if v == 4:
        return B(fam, pre, f"seg[1] EVN|A08|{ts_hl7()}|||{staff()['user']}")
    return B(fam, pre, f"channel stats received={R.randint(100,9000)} filtered={R.randint(0,90)} "
             f"queued={R.randint(0,30)} errored={R.randint(0,6)} uptime={R.randint(1,40)}d")


def f_path_json(phi):
    fam = "pathology-bunyan"
    host = f"mp-rd-{R.randint(1,4):02d}"
    head = O("name", "results-dist", "hostname", host, "pid", R.randint(1200, 9000), "level", 30)
    lab = f"24-{dg(7)}"
    if phi:
        p = pick("AU")
        s = staff()
        v = R.randrange(3)
        coll = past_day(0, 4)
        if v == 0:
            body = O("name", "results-dist", "hostname", host, "pid", R.randint(1200, 9000), "level", 30,
                     "labNo", lab,
                     "patient", O("surname", Q(p.family.upper(), "name"), "given", Q(p.given, "name"),
                                  "dob", Q(dfmt(p.dob, "dmy"), "date"), "medicareNo", Q(p.medicare, "health_plan"),
                                  "irn", p.irn),
                     "panel", R.choice(["FBC", "EUC", "LFT", "HBA1C", "TSH", "UMCS"]), "status", "F",
                     "collected", P((dfmt(coll, "dmy"), "date"), f" {R.randint(7,16):02d}:{R.randint(0,59):02d}"),
                     "requester", O("name", f"Dr {s['given']} {s['family']}", "providerNo", s["prov"]),
                     "dest", "HL:harbmedc", "msg", "report delivered", "time", ts_z(), "v", 0)
            return B(fam, J(body))
        if v == 1:
            body = O("name", "results-dist", "hostname", host, "pid", R.randint(1200, 9000), "level", 40,
                     "labNo", lab, "analyte", "K", "value", round(R.uniform(6.3, 7.4), 1), "unit", "mmol/L",
                     "patientName", Q(f"{p.family.upper()}, {p.given}", "name"), "urn", Q(p.urn, "mrn"),
                     "calledTo", f"Dr {s['given']} {s['family']}", "calledNumber", "(02) 9251 4400",
                     "msg", "critical result phoned", "time", ts_z(), "v", 0)
            return B(fam, J(body))
        body = O("name", "patient-notify", "hostname", host, "pid", R.randint(1200, 9000), "level", 30,
                 "labNo", lab, "channel", "sms", "to", Q(fmt_phone(p.mobile, "intl"), "phone"),
                 "collectedOn", Q(dfmt(coll, "iso"), "date"), "template", "RESULTS_READY_V2",
                 "msg", "patient notified results available", "time", ts_z(), "v", 0)
        return B(fam, J(body))
    v = R.randrange(4)
    if v == 0:
        extra = ["labNo", lab, "mailbox", "harbmedc", "count", R.randint(3, 80), "bytes", R.randint(10000, 400000),
                 "durMs", R.randint(200, 3000), "msg", "edi batch sent"]
    elif v == 1:
        extra = ["analyser", f"Sysmex XN-1000 #XN-{dg(5)}", "qcLot", f"QC2403-{R.randint(1,30):02d}", "level", 2,
                 "msg", "QC run accepted"]
    elif v == 2:
        extra = ["table", "refranges", "version", f"2024.03.{R.randint(1,4)}", "rows", R.randint(1500, 2200),
                 "msg", "reference range table reloaded"]
    else:
        extra = ["controlId", f"MER{now().strftime('%y%m%d%H%M%S')}{dg(4)}", "ack", "AA", "peer",
                 f"{priv_ip()}:6661", "msg", "ack received"]
    body = O("name", "results-dist", "hostname", host, "pid", R.randint(1200, 9000), "level", 30, *extra,
             "time", ts_z(), "v", 0)
    return B(fam, J(body))


def f_path_csv(phi):
    fam = "pathology-extract-csv"
    pre = f"{ts_lb()} INFO extract.daily: "
    if phi:
        p = pick("AU")
        s = staff()
        return B(fam, pre, f"row {R.randint(1,900)}: 24-{dg(7)},", (p.family.upper(), "name"), ",", (p.given, "name"), ",",
                 (dfmt(p.dob, "dmy"), "date"), f",{p.sex},", (p.medicare, "health_plan"), f",{p.irn},",
                 (dfmt(past_day(0, 3), "dmy"), "date"), f",{R.choice(['FBC','EUC','LFT','TFT','B12'])},F,{s['prov']}")
    v = R.randrange(3)
    if v == 0:
        return B(fam, pre + "header: labno,surname,given,dob,sex,medicare,irn,collected,test,status,requester_prov")
    if v == 1:
        return B(fam, pre + f"wrote /data/extracts/meridian_{now().strftime('%Y%m%d')}.csv rows={R.randint(900,4000)} "
                 f"sha256={hx(64)}")
    return B(fam, pre + f"period {dfmt(now().date()-timedelta(days=1),'dmy')} 00:00 - {dfmt(now().date()-timedelta(days=1),'dmy')} 23:59 "
             f"sites=14 skipped_cancelled={R.randint(0,40)}")


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def f_tele(phi):
    fam = "telehealth-pino"
    host = f"consultlink-api-{hx(9)}-{hx(5)}"
    head = ["level", 30, "time", epoch_ms(), "pid", R.randint(1, 60), "hostname", host, "reqId", f"req-{R.randint(1,99999):x}"]
    sid = uuid4()
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ"]))
        v = R.randrange(4)
        if v == 0:
            b = O(*head, "sessionId", sid, "role", "patient", "displayName", Q(full(p), "name"),
                  "remoteAddr", Q(p.ip, "ip"), "ua", R.choice(UAS), "msg", "participant joined")
        elif v == 1:
            url = f"https://meet.consultlink.com.au/w/{slug(p.given)}-{slug(p.family)}-{dfmt(p.dob, 'hl7')[4:]}"
            b = O(*head, "sessionId", sid, "channel", "sms", "to", Q(fmt_phone(p.mobile, "intl"), "phone"),
                  "joinUrl", Q(url, "url"), "msg", "invite sent")
        elif v == 2:
            b = O(*head, "sessionId", sid, "event", "waiting_room.left", "patientName", Q(full(p), "name"),
                  "callbackNumber", Q(fmt_phone(p.mobile, "sp"), "phone"), "waitedSec", R.randint(60, 2400),
                  "msg", "patient left waiting room, callback requested")
        else:
            appt = future_day(1, 14)
            b = O(*head, "appointmentId", f"APT-{dg(7)}", "patient", O("id", Q(p.user, "other_id"), "email", Q(p.email, "email")),
                  "appointmentStart", Q(f"{dfmt(appt,'iso')}T{R.choice(['09','10','11','14','15'])}:{R.choice(['00','15','30','45'])}:00+11:00", "date"),
                  "clinician", f"Dr {staff()['family']}", "msg", "appointment booked")
        return B(fam, J(b))
    v = R.randrange(5)
    if v == 0:
        b = O(*head, "sessionId", sid, "rttMs", R.randint(12, 220), "jitterMs", round(R.uniform(0.5, 30), 1),
              "packetLossPct", round(R.uniform(0, 4), 2), "bitrateKbps", R.randint(300, 2500), "codec", R.choice(["VP8", "H264", "opus"]),
              "msg", "qos sample")
    elif v == 1:
        s = staff()
        b = O(*head, "sessionId", sid, "role", "clinician", "displayName", f"Dr {s['given']} {s['family']}",
              "remoteAddr", priv_ip(), "hpii", s["hpii"], "msg", "participant joined")
    elif v == 2:
        b = O(*head, "turn", f"turn-syd-{R.randint(1,4):02d}.consultlink.net:3478", "relayPort", R.randint(49152, 65535),
              "allocLifetime", 600, "msg", "TURN allocation created")
    elif v == 3:
        b = O(*head, "sessionId", sid, "durationSec", R.randint(120, 2700), "recording", False, "endedBy", "clinician",
              "msg", "session ended")
    else:
        b = O(*head, "room", f"dr-{slug(staff()['family'])}-room", "waiting", R.randint(0, 8), "msg", "waiting room size")
    return B(fam, J(b))


def f_nginx(phi):
    fam = "nginx-access"
    host = R.choice(["portal.harbourside.com.au", "book.harbourside.com.au", "meet.consultlink.com.au"])
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ", "US"]))
        v = R.randrange(4)
        ua = R.choice(UAS)
        if v == 0:
            return B(fam, (p.ip, "ip"), f" - - [{ts_ngx()}] \"POST /portal/api/v2/login HTTP/2.0\" 200 {R.randint(300,900)} "
                     f"\"https://{host}/login\" \"{ua}\" rt={R.uniform(0.01,0.4):.3f}")
        if v == 1:
            return B(fam, (p.ip, "ip"), f" - - [{ts_ngx()}] \"GET /portal/api/v2/profile?username=", (p.user, "other_id"),
                     f" HTTP/2.0\" 200 {R.randint(800,3000)} \"-\" \"{ua}\"")
        if v == 2:
            url = f"https://portal.harbourside.com.au/u/{p.user}/records"
            return B(fam, (p.ip, "ip"), f" - - [{ts_ngx()}] \"GET /portal/api/v2/results?page=1 HTTP/2.0\" 200 "
                     f"{R.randint(2000,40000)} \"", (url, "url"), f"\" \"{ua}\"")
        return B(fam, f"{priv_ip()} - - [{ts_ngx()}] \"GET /api/v1/patients/search?medicare=", (p.medicare or "", "health_plan") if p.medicare else "",
                 "&dob=" if p.medicare else "dob=", (dfmt(p.dob, "dmy-"), "date"),
                 f" HTTP/1.1\" 200 {R.randint(200,2000)} \"-\" \"HarbourPMS/7.4 (Windows NT 10.0)\"")
    v = R.randrange(4)
    if v == 0:
        return B(fam, f"{priv_ip()} - - [{ts_ngx()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"")
    if v == 1:
        return B(fam, f"{priv_ip()} - - [{ts_ngx()}] \"GET /static/js/app.{hx(8)}.js HTTP/1.1\" 304 0 "
                 f"\"https://{host}/\" \"{R.choice(UAS)}\"")
    if v == 2:
        return B(fam, f"{priv_ip()} - svc_fhir [{ts_ngx()}] \"GET /fhir/Practitioner?identifier=http://ns.electronichealth.net.au/"
                 f"id/hi/hpii/1.0|{staff()['hpii']} HTTP/1.1\" 200 {R.randint(600,2000)} \"-\" \"HAPI-FHIR/6.10.0 (FHIR Client)\"")
    return B(fam, f"{priv_ip()} - - [{ts_ngx()}] \"POST /api/v1/claims/batch HTTP/1.1\" 202 {R.randint(40,90)} \"-\" "
             f"\"claims-worker/2.3.1\" rt={R.uniform(0.05,2):.3f} req_id={hx(32)}")


def f_sms(phi):
    fam = "sms-gateway"
    pre = f"{ts_dot()} [sms-gateway] {'INFO ':5} "
    mid = "MSG" + up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ"]))
        v = R.randrange(3)
        appt = future_day(1, 10)
        if v == 0:
            return B(fam, pre, "queued msgId=", mid, " to=", (fmt_phone(p.mobile, "intl"), "phone"),
                     " sender=Harbourside tmpl=appt_reminder_v3 params={\"first\":\"", (p.given, "name"), "\",\"appt\":\"",
                     (dfmt(appt, "dmy"), "date"), f" {R.choice(['9:15am','10:40am','2:00pm','3:30pm'])}\",\"clinic\":\"" +
                     (R.choice(["Bondi Junction", "Parramatta", "Box Hill"]) if p.ctry == "AU" else "Mt Albert") + "\"}")
        if v == 1:
            return B(fam, pre, "inbound from=", (fmt_phone(p.mobile, "intl"), "phone"), " body=\"",
                     R.choice(["Can't make it ", "Need to cancel appt on ", "Running late for "]), (dfmt(appt, "d/m/y"), "date"),
                     " - ", (p.given, "name"), "\" matched appt=APT-" + dg(7))
        return B(fam, pre, "queued msgId=", mid, " to=", (fmt_phone(p.nok_phone, "intl"), "phone"),
                 " tmpl=nok_discharge_notice params={\"nok\":\"", (p.nok_given, "name"), "\",\"patient\":\"",
                 (full(p), "name"), "\",\"discharged\":\"", (dfmt(past_day(0, 1), "dmy"), "date"), "\"}")
    v = R.randrange(3)
    if v == 0:
        return B(fam, pre + f"dlr msgId={mid} status=DELIVRD err=000 carrier={R.choice(['Telstra','Optus','Vodafone AU','One NZ'])} "
                 f"submit={now().strftime('%y%m%d%H%M')} done={now().strftime('%y%m%d%H%M')} parts=1")
    if v == 1:
        return B(fam, pre + f"throughput last 60s sent={R.randint(0,400)} dlr={R.randint(0,400)} failed={R.randint(0,4)} "
                 f"balance=AUD {R.randint(200,9000)}.{dg(2)}")
    return B(fam, pre + f"sender id 'Harbourside' registered route=AU-direct smsc=smpp-syd-{R.randint(1,3)}.gw.example.net:2775")


def f_claims(phi):
    fam = "claims-eclipse-log4net"
    pre = f"{ts_lb()} [{R.randint(3,40)}] {'INFO':5} Harbour.Claims.Eclipse.ClaimService - "
    txn = f"ECL{now().strftime('%y%m%d')}-{dg(5)}"
    s = staff()
    if phi:
        p = pick("AU", lambda q: q.fund)
        v = R.randrange(4)
        if v == 0:
            return B(fam, pre, f"Submitting IMC claim txn={txn} fund={p.fund[0]} member=", (p.member, "health_plan"),
                     f" ref={p.member_ref} patient=\"", (rev(p, False), "name"), "\" dob=", (dfmt(p.dob, "dmy"), "date"),
                     " svcDate=", (dfmt(past_day(0, 5), "dmy"), "date"),
                     f" items=[{{itm:\"{R.choice(['00023','00036','00721','00723'])}\",fee:{R.randint(40,190)}.{dg(2)}}}] prov={s['prov']}")
        if v == 1:
            fee = R.randint(80, 420)
            ben = round(fee * R.uniform(0.4, 0.8), 2)
            return B(fam, pre, f"Claim {txn} assessed fund={p.fund[0]} member=", (p.member, "health_plan"),
                     f"/{p.member_ref} benefit=${ben:.2f} gap=${fee-ben:.2f} status=A terminal TID {dg(8)}")
        if v == 2:
            return B(fam, pre.replace("INFO", "DEBUG"), f"Pay-to-member EFT txn={txn} BSB ",
                     (f"{R.choice(['062','063','082','112','034'])}-{dg(3)}", "account"), " acct ", (dg(R.choice([8, 9])), "account"),
                     " name=\"", (f"{p.given[0]} {fold(p.family).upper()}", "name"), f"\" amount=${R.randint(30,300)}.{dg(2)}")
        return B(fam, pre.replace("INFO", "WARN "), f"Fund {p.fund[0]} rejected txn={txn}: reason 6 Membership not current; "
                 "member=", (p.member, "health_plan"), " patient DOB ", (dfmt(p.dob, "dmon"), "date"), " on file")
    v = R.randrange(4)
    if v == 0:
        return B(fam, pre + f"Fund rules cache refreshed: {R.randint(30,36)} funds, {R.randint(15000,19000)} item rules in {R.uniform(1,4):.1f}s")
    if v == 1:
        return B(fam, pre + f"HICAPS terminal TID {dg(8)} MID {dg(7)} settlement {dfmt(now().date(),'dmy')}: "
                 f"{R.randint(10,80)} txns total ${R.randint(900,9000):,}.{dg(2)}")
    if v == 2:
        f = R.choice(FUNDS)
        return B(fam, pre + f"Remittance advice RA{now().strftime('%Y%m%d')}{dg(5)} from {f[1]} ({f[0]}): "
                 f"{R.randint(10,120)} paid, {R.randint(0,5)} rejected, EFT ref {dg(10)} ABN {ABN_HMG}")
    return B(fam, pre + f"Submitting batch {txn} provider={s['prov']} location={ORG_ADDR[R.randint(0,2)][0]} items={R.randint(1,30)}")


def f_medicare(phi):
    fam = "medicare-webservices"
    pre = f"{ts_iso()} [medicare-ws] {R.choice(['INFO','INFO','WARN'])} "
    s = staff()
    if phi:
        v = R.randrange(5)
        if v == 0:
            p = pick("AU")
            return B(fam, pre, "OPV request medicareNumber=", (p.medicare, "health_plan"), f" irn={p.irn} dob=",
                     (dfmt(p.dob, "iso"), "date"), " firstName=", (fold(p.given).upper(), "name"), " lastName=",
                     (fold(p.family).upper(), "name"), " -> 0 \"Patient is eligible to claim for Medicare\"")
        if v == 1:
            p = pick("AU", lambda q: q.medicare[9] != "1")
            new_irn = p.irn
            return B(fam, pre, "OPV response 8017 \"Card issue number is out of date\": supplied=",
                     (p.medicare[:9] + str(int(p.medicare[9]) - 1), "health_plan"),
                     " current=", (p.medicare, "health_plan"), f" irn={new_irn}")
        if v == 2:
            p = pick("AU")
            return B(fam, pre, f"BulkBillStoreForward claimId={up(1)}{dg(4)}@ patient medicareNumber=",
                     (med_fmt(p, "sp"), "health_plan"), f"/{p.irn} dateOfService=", (dfmt(past_day(0, 3), "iso"), "date"),
                     f" item={R.choice(['23','36','10997','91800','91801'])} servicingProvider={s['prov']} benefit=${R.randint(39,120)}.{dg(2)}")
        if v == 3:
            p = pick("AU", lambda q: q.dva)
            return B(fam, pre, "DVA AllClaim veteranFileNumber=", (p.dva, "health_plan"),
                     f" entitlement={p.dva_card} patient=\"", (p.family.upper(), "name"), " ", (p.given, "name"), "\" dos=",
                     (dfmt(past_day(0, 4), "iso"), "date"), f" item=23 provider={s['prov']} status=ACCEPTED")
        p = pick("AU", lambda q: q.crn)
        return B(fam, pre, "Concession verification CRN ", (p.crn, "other_id"), " medicare=", (p.medicare, "health_plan"),
                 " result=Pensioner Concession Card valid")
    v = R.randrange(4)
    if v == 0:
        return B(fam, pre + f"PRODA device HARBOURPMS-DEV-{R.randint(1,9):02d} token refreshed expires_in=3600 org RA {dg(10)}")
    if v == 1:
        return B(fam, pre + f"minorId=MDE{dg(5)} location registered for provider {s['prov']} (Dr {s['given']} {s['family']})")
    if v == 2:
        return B(fam, pre + f"Processing report batch {up(1)}{dg(4)} paid={R.randint(5,60)} rejected={R.randint(0,3)} "
                 f"total=${R.randint(500,6000)}.{dg(2)} depositDate={dfmt(now().date()+timedelta(days=2),'iso')}")
    return B(fam, pre + f"HTTP 503 from https://healthclaiming.api.humanservices.gov.au/claiming/ext-prd/mcp/patientverification/medicare/v1 "
             f"correlationId=urn:uuid:{uuid4()} retry in {R.choice([2,4,8])}s")


def f_nz(phi):
    fam = "nz-nhi-fhir"
    pre = f"{ts_nz()} {'INFO':5} [nhi-client] "
    if phi:
        p = pick("NZ")
        v = R.randrange(4)
        if v == 0:
            return B(fam, pre, "GET https://api.hip.digital.health.nz/fhir/nhi/v1/Patient/", (p.nhi, "other_id"),
                     f" -> 200 ({R.randint(80,600)} ms)")
        if v == 1:
            return B(fam, pre, "match NHI=", (p.nhi, "other_id"), " name=\"", (full(p), "name"), "\" birthDate=",
                     (dfmt(p.dob, "iso"), "date"), " address=\"", addr_parts(p), "\" score=0.98")
        if v == 2:
            return B(fam, pre, "ACC45 lodged claim=", (p.acc, "other_id"), " NHI=", (p.nhi, "other_id"),
                     " injuryDate=", (dfmt(past_day(1, 12), "dmy"), "date"), f" provider CPN {NZSTAFF[0]['cpn']}")
        return B(fam, pre, "contact update NHI ", (p.nhi, "other_id"), " mobile=", (fmt_phone(p.mobile), "phone"),
                 " email=", (p.email, "email"))
    v = R.randrange(3)
    if v == 0:
        return B(fam, pre + f"rate limit remaining={R.randint(100,1000)} reset={R.randint(1,60)}s client=kowhai-pms-prod")
    if v == 1:
        return B(fam, pre + f"token ok scope=system/Patient.r facility=F{up(1)}{dg(1)}{up(1)}{dg(3)}-{up(1)} "
                 f"hpi-org=G0{up(1)}{dg(3)}-{up(1)}")
    return B(fam, pre + f"GET https://api.hip.digital.health.nz/fhir/hpi/v1/Practitioner/{NZSTAFF[1]['cpn']} -> 200")


AU_IHI_SYS = "http://ns.electronichealth.net.au/id/hi/ihi/1.0"


def f_fhir(phi):
    fam = "fhir-hapi"
    pre = f"{ts_dot()} [http-nio-8080-exec-{R.randint(1,20)}] {'INFO':5} c.u.f.j.s.i.RequestLoggingInterceptor - "
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ"]))
        ids = []
        if p.ctry == "AU":
            ids.append(O("system", AU_IHI_SYS, "value", Q(p.ihi, "other_id")))
            ids.append(O("system", "http://ns.electronichealth.net.au/id/medicare-number", "value", Q(p.medicare + p.irn, "health_plan")))
            if p.dva:
                ids.append(O("system", "http://ns.electronichealth.net.au/id/dva", "value", Q(p.dva, "health_plan")))
        else:
            ids.append(O("system", "https://standards.digital.health.nz/ns/nhi-id", "value", Q(p.nhi, "other_id")))
        ids.append(O("type", O("coding", [O("code", "MR")]), "value", Q(p.urn, "mrn")))
        v = R.randrange(2)
        if v == 0:
            given = [Q(p.given, "name")] + ([Q(p.middle, "name")] if p.middle else [])
            addr = O("line", [Q(p.street, "address")], "city", Q(p.suburb, "address"),
                     "state", p.state, "postalCode", Q(p.pc, "zip"), "country", p.ctry)
            tel = [O("system", "phone", "value", Q(fmt_phone(p.mobile), "phone"), "use", "mobile")]
            if p.home:
                tel.append(O("system", "phone", "value", Q(fmt_phone(p.home), "phone"), "use", "home"))
            b = O("resourceType", "Patient", "id", uuid4(), "identifier", ids,
                  "name", [O("use", "official", "family", Q(p.family, "name"), "given", given)],
                  "telecom", tel, "gender", {"M": "male", "F": "female"}[p.sex], "birthDate", Q(dfmt(p.dob, "iso"), "date"),
                  "address", [addr])
            return B(fam, pre, f"Patient create 201 body=", J(b, ea=R.random() < 0.4))
        b = O("resourceType", "Patient", "id", uuid4(), "meta", O("versionId", str(R.randint(1, 9))), "identifier", ids,
              "name", [O("text", Q(full(p), "name"))], "birthDate", Q(dfmt(p.dob, "iso"), "date"))
        return B(fam, pre, "Patient update 200 body=", J(b, ea=R.random() < 0.4))
    v = R.randrange(4)
    s = staff()
    if v == 0:
        return B(fam, pre + f"Practitioner read 200 id={uuid4()} identifier={s['hpii']} ({R.randint(3,40)}ms)")
    if v == 1:
        return B(fam, pre + f"AuditEvent create 201 type=rest subtype=search-type outcome=0 agent={s['user']} "
                 f"source=harbourpms-prod entity=Patient/{uuid4()}")
    if v == 2:
        return B(fam, pre + f"GET /fhir/metadata 200 fhirVersion=4.0.1 profile=au-core-1.0.0 ({R.randint(5,60)}ms)")
    return B(fam, pre + f"Observation search 200 subject=Patient/{uuid4()} category=laboratory total={R.randint(0,90)} "
             f"({R.randint(10,400)}ms)")


def f_portal(phi):
    fam = "portal-auth-python"
    pre = f"{ts_lb()} {R.choice(['INFO','INFO','WARNING'])} [portal.auth] "
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ", "US"]))
        v = R.randrange(4)
        if v == 0:
            return B(fam, pre, "login ok user=", (p.user, "other_id"), " ip=", (p.ip, "ip"), " mfa=sms_otp sent_to=",
                     (fmt_phone(p.mobile, "intl"), "phone"))
        if v == 1:
            return B(fam, pre, "password reset requested email=", (p.email, "email"), " from ip=", (p.ip, "ip"),
                     " mail via noreply@harbourside.com.au")
        if v == 2:
            return B(fam, pre, f"failed login ({R.randint(2,5)}/5) user=", (p.user, "other_id"), " ip=", (p.ip, "ip"),
                     f" reason=bad_password")
        return B(fam, pre, "registration verified user=", (p.user, "other_id"), " name=", (full(p), "name"), " dob=",
                 (dfmt(p.dob, "dmy"), "date"), " linked urn=", (p.urn, "mrn"))
    v = R.randrange(4)
    if v == 0:
        return B(fam, pre + f"admin login ok user=svc_reporting ip={priv_ip()} mfa=totp")
    if v == 1:
        return B(fam, pre + f"session sweeper removed {R.randint(10,900)} expired sessions in {R.randint(5,900)}ms")
    if v == 2:
        return B(fam, pre + f"staff login ok user={R.choice(AGENTS)} ip={priv_ip()} role=support")
    return B(fam, pre + f"smtp relay mail.harbourside.com.au:587 queue={R.randint(0,40)} sender=noreply@harbourside.com.au")


def jpeg_uri(n):
    return "data:image/jpeg;base64," + b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00")


def f_idv(phi):
    fam = "idv-dvs"
    pre = f"{ts_z6()} level=info svc=idv "
    if phi:
        p = pick("AU")
        v = R.choices(range(6), weights=[2, 3, 2, 1, 3, 2])[0]
        if v == 4:
            return B(fam, pre, "msg=\"ivr voiceprint enrolled\" caller=", (fmt_phone(p.mobile, "intl"), "phone"),
                     " template=", (b64(R.randint(200, 360), b"VPR1"), "biometric"), f" quality={R.uniform(0.7,0.99):.2f}")
        if v == 5:
            return B(fam, J(O("ts", ts_z(), "svc", "idv", "event", "id_document_scanned", "docType", "DriverLicence",
                              "licenceNo", Q(p.lic, "license"), "portrait",
                              Q("data:image/png;base64," + b64(R.randint(400, 900), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "photo"))))
        if v == 0:
            return B(fam, pre, f"msg=\"DVS check\" doc=DriverLicence state={p.lic_state} licenceNumber=", (p.lic, "license"),
                     " cardNumber=", (p.lic_card, "license"), " givenName=", (p.given, "name"), " familyName=",
                     (p.family, "name"), " dob=", (dfmt(p.dob, "iso"), "date"), " result=Y")
        if v == 1:
            return B(fam, J(O("ts", ts_z(), "svc", "idv", "event", "liveness", "subject", Q(p.user, "other_id"),
                              "score", round(R.uniform(0.9, 0.999), 3),
                              "faceTemplate", Q(b64(R.randint(300, 480), b"FAC\x00\x02\x00"), "biometric"))))
        if v == 2:
            return B(fam, J(O("ts", ts_z(), "svc", "idv", "event", "selfie_uploaded", "urn", Q(p.urn, "mrn"),
                              "image", Q(jpeg_uri(R.randint(500, 1100)), "photo"), "bytes", R.randint(40000, 90000))))
        return B(fam, pre, "msg=\"DVS check\" doc=Medicare cardNumber=", (p.medicare, "health_plan"),
                 f" irn={p.irn} nameLine1=\"", (f"{p.given.upper()} {p.family.upper()}", "name"), f"\" expiry={R.randint(1,12):02d}/{R.randint(2025,2029)} result=Y")
    v = R.randrange(3)
    if v == 0:
        return B(fam, pre + f"msg=\"DVS gateway latency\" p50={R.randint(200,500)}ms p95={R.randint(600,1800)}ms n={R.randint(10,300)}")
    if v == 1:
        return B(fam, pre + f"msg=\"webhook signature verified\" kid=k-2023-11 vendor=idmatch requestId={uuid4()}")
    return B(fam, pre + "msg=\"DVS check\" doc=Passport result=N reason=\"D - document not found\" requestId=" + uuid4())


def f_rpm(phi):
    fam = "rpm-zap"
    base = ["level", "info", "ts", round(epoch_ms() / 1000, 3), "caller", f"ingest/{R.choice(['mqtt.go','normalize.go','fhir.go'])}:{R.randint(40,400)}"]
    if phi:
        p = pick("AU")
        opts = []
        if p.cgm:
            opts.append(O(*base, "msg", "cgm reading", "deviceSerial", Q(p.cgm, "device"), "patientUrn", Q(p.urn, "mrn"),
                          "glucoseMmol", round(R.uniform(3.2, 17), 1), "trend", R.choice(["flat", "up", "down"])))
        if p.pump:
            opts.append(O(*base, "msg", "pump upload", "pumpSn", Q(p.pump, "device"), "basalUph", round(R.uniform(0.4, 1.6), 2),
                          "reservoirU", R.randint(20, 280)))
        if p.bp_mac:
            opts.append(O(*base, "msg", "bp reading", "mac", Q(p.bp_mac, "device"), "sys", R.randint(100, 180),
                          "dia", R.randint(60, 110), "pulse", R.randint(50, 110), "patient", Q(full(p), "name")))
        if p.hub_imei:
            opts.append(O(*base, "msg", "hub checkin", "imei", Q(p.hub_imei, "device"), "rssi", -R.randint(60, 110),
                          "fw", "3.2.1", "patientUrn", Q(p.urn, "mrn")))
        if R.random() < 0.35 or not opts:
            udi = f"(01)0{dg(12)}{R.randint(0,9)}(17){R.randint(26,31)}{R.randint(1,12):02d}{R.randint(1,28):02d}(21){up(3)}{dg(6)}"
            return B(fam, J(O(*base, "msg", "implant registered", "kind", R.choice(["pacemaker", "ICD", "loop recorder"]),
                              "udi", Q(udi, "device"), "patientUrn", Q(p.urn, "mrn"),
                              "implantDate", Q(dfmt(past_day(20, 400), "iso"), "date"))))
        return B(fam, J(R.choice(opts)))
    v = R.randrange(3)
    if v == 0:
        b = O(*base, "msg", "broker connected", "broker", "ssl://mqtt-rpm.harbourside.internal:8883", "clientId", f"ingest-{hx(6)}")
    elif v == 1:
        b = O(*base, "msg", "firmware rollout", "version", "3.2.1", "cohort", "B", "devices", R.randint(100, 600))
    else:
        b = O(*base, "msg", "batch flushed", "rows", R.randint(100, 5000), "latencyMs", R.randint(5, 400))
    return B(fam, J(b))


def f_transport(phi):
    fam = "transport-parking"
    pre = f"{ts_win()} | INFO | PatientServices | "
    if phi:
        p = pick("AU")
        v = R.randrange(3)
        if v == 0:
            return B(fam, pre, f"Transport booking PTB-{dg(5)} URN ", (p.urn, "mrn"), " name=", (rev(p), "name"),
                     " pickup=", addr_parts(p, with_state=False), " phone=", (fmt_phone(p.home or p.mobile), "phone"),
                     " date=", (dfmt(future_day(1, 7), "dmy"), "date"), f" mobility={R.choice(['wheelchair','walker','ambulant'])}")
        if v == 1:
            return B(fam, pre, f"Carpark concession issued rego=", (p.rego, "vehicle"), f" state={p.lic_state} URN ",
                     (p.urn, "mrn"), f" bay={R.choice('ABC')}{R.randint(1,300)} days={R.randint(1,14)}")
        return B(fam, pre, "Vehicle modification funding request VIN ", (p.vin, "vehicle"), " rego ", (p.rego, "vehicle"),
                 " for ", (full(p), "name"))
    return B(fam, pre + R.choice([f"Carpark gate 3 controller online fw 5.1.{R.randint(0,9)} host pk-gate-03.harbourside.internal",
                                  f"Transport roster published {dfmt(now().date()+timedelta(days=1),'dmy')} vehicles={R.randint(4,12)} drivers={R.randint(4,12)}",
                                  f"Fleet vehicle HMG-{R.randint(1,20):02d} service due at {R.randint(40000,90000)} km"]))


def f_pay(phi):
    fam = "payments-tyro"
    pre = f"{ts_iso()} {'DEBUG' if phi else 'INFO'} tyro.pos "
    if phi:
        p = pick(R.choice(["AU", "US"]))
        pan = card_pan()
        return B(fam, pre, "purchase request {pan=", (pan, "account"), f", exp={R.randint(1,12):02d}/{R.randint(25,29)}, "
                 "cardholder=", (f"{fold(p.given).upper()} {fold(p.family).upper()}", "name"),
                 f", amount=AUD {R.randint(40,400)}.{dg(2)}, mid={dg(8)}}}")
    return B(fam, pre + R.choice([f"purchase approved rrn={dg(12)} auth={dg(6)} card=****{dg(4)} scheme={R.choice(['VISA','MASTERCARD','EFTPOS'])} amount=AUD {R.randint(40,400)}.{dg(2)}",
                                  f"terminal {dg(8)} paired with workstation RECEP-{R.randint(1,9):02d} ({priv_ip()})",
                                  f"settlement complete batch={dg(6)} count={R.randint(10,90)}"]))


def f_infra(phi):
    fam = "syslog-infra"
    host = R.choice(["hmg-app-01", "hmg-app-02", "his-gw-01", "mirth-prd-01", "db-prd-02", "th-turn-02"])
    v = R.randrange(8)
    if v == 0:
        m = f"systemd[1]: Started {R.choice(['mirth.service','hapi-fhir.service','claims-worker.service','logrotate.service'])}."
    elif v == 1:
        m = f"CRON[{R.randint(1000,60000)}]: (root) CMD (/usr/local/bin/backup.sh --target s3://hmg-backups-syd/{now().strftime('%Y%m%d')})"
    elif v == 2:
        m = f"kernel: [{R.randint(100000,999999)}.{dg(6)}] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies."
    elif v == 3:
        m = f"postgres[{R.randint(1000,60000)}]: [{R.randint(1,9)}-1] LOG:  checkpoint complete: wrote {R.randint(100,9000)} buffers ({R.uniform(0,5):.1f}%); write={R.uniform(1,30):.3f} s"
    elif v == 4:
        m = f"certbot[{R.randint(1000,60000)}]: Certificate for portal.harbourside.com.au not yet due for renewal (expires 2024-05-{R.randint(10,28)})"
    elif v == 5:
        m = f"sshd[{R.randint(1000,60000)}]: Accepted publickey for deploy from {priv_ip()} port {R.randint(30000,65000)} ssh2: ED25519 SHA256:{b64(32)[:43]}"
    elif v == 6:
        m = f"dockerd[{R.randint(900,2000)}]: time=\"{ts_iso()}\" level=info msg=\"image pulled\" ref=registry.harbourside.internal/claims-worker:2.3.{R.randint(0,9)}"
    else:
        m = f"chronyd[{R.randint(500,900)}]: Selected source 162.159.200.{R.randint(1,123)} (0.au.pool.ntp.org)"
    return B(fam, f"{ts_sys()} {host} {m}")


def f_pg(phi):
    fam = "postgres-slowlog"
    pre = f"{ts_dot()} AEDT [{R.randint(1000,60000)}] harbour@pms "
    if phi:
        p = pick("AU")
        v = R.randrange(2)
        if v == 0:
            return B(fam, pre, f"LOG:  duration: {R.uniform(500,4000):.3f} ms  execute <unnamed>: SELECT * FROM patient WHERE medicare_no = $1 "
                     "AND dob = $2  DETAIL:  parameters: $1 = '", (p.medicare, "health_plan"), "', $2 = '", (dfmt(p.dob, "iso"), "date"), "'")
        return B(fam, pre, f"LOG:  duration: {R.uniform(500,4000):.3f} ms  execute S_4: UPDATE patient SET mobile = $1 WHERE urn = $2  "
                 "DETAIL:  parameters: $1 = '", (fmt_phone(p.mobile, "raw"), "phone"), "', $2 = '", (p.urn, "mrn"), "'")
    return B(fam, pre + R.choice([f"LOG:  duration: {R.uniform(500,4000):.3f} ms  statement: REFRESH MATERIALIZED VIEW mv_daily_claims",
                                  f"LOG:  automatic vacuum of table \"pms.public.appointment\": index scans: 1 pages: 0 removed, {R.randint(1000,90000)} remain",
                                  f"ERROR:  duplicate key value violates unique constraint \"claim_txn_pk\"  DETAIL:  Key (txn_id)=(ECL{now().strftime('%y%m%d')}-{dg(5)}) already exists."]))


def f_aged(phi):
    fam = "aged-care-assessment"
    pre = f"{ts_lb()} INFO  [acat-sync] "
    if phi:
        p = pick("AU", lambda q: q.age > 89)
        v = R.randrange(3)
        if v == 0:
            return B(fam, pre, "AN-ACC assessment scheduled resident=\"", (full(p), "name"), "\" age=", (str(p.age), "age"),
                     " myAgedCareId=", (p.mac_id, "other_id"), " date=", (dfmt(future_day(1, 9), "dmy"), "date"))
        if v == 1:
            return B(fam, J(O("event", "falls_risk", "resident", O("urn", Q(p.urn, "mrn"), "ageYears", Raw(p.age, "age")),
                              "score", R.randint(5, 20), "assessor", R.choice(NURSES), "ts", ts_iso())))
        return B(fam, pre, "Admission to respite room ", f"{R.randint(1,60)}", " resident ", (rev(p, False), "name"),
                 " (", (str(p.age), "age"), " yo) admitted ", (dfmt(past_day(0, 3), "dmy"), "date"), " NOK ",
                 (f"{p.nok_given} {p.nok_family}", "name"), " ", (fmt_phone(p.nok_phone), "phone"))
    return B(fam, pre + R.choice([f"AN-ACC class {R.randint(1,13)} daily rate ${R.randint(90,400)}.{dg(2)} effective 01/10/2023",
                                  f"sync to My Aged Care gateway ok records={R.randint(3,50)} provider NAPS ID {R.randint(1000,9999)}",
                                  f"falls register: {R.randint(0,6)} events this week across {R.randint(60,120)} beds, median age 84"]))


def f_ovhc(phi):
    fam = "ovhc-claims"
    pre = f"{ts_lb()} INFO  [ovhc] "
    if phi:
        p = pick("US")
        v = R.randrange(3)
        if v == 0:
            return B(fam, pre, f"Claim lodged insurer=\"{R.choice(OVHC)}\" policy=", (p.ovhc_policy, "health_plan"), " patient=",
                     (full(p), "name"), " passport=", (p.passport, "other_id"), " dos=", (dfmt(past_day(0, 4), "dmy"), "date"))
        if v == 1:
            return B(fam, pre, "US insurer coordination form: member SSN ", (p.ssn, "ssn"), " dob ", (dfmt(p.dob, "dmy"), "date"),
                     " home email ", (p.email, "email"))
        return B(fam, pre, "Temporary address for ", (full(p), "name"), ": ", addr_parts(p), " ; US licence ",
                 (p.lic, "license"), f" ({p.lic_state})")
    return B(fam, pre + R.choice([f"Exchange rate USD/AUD {R.uniform(1.4,1.6):.4f} loaded for {dfmt(now().date(),'dmy')}",
                                  f"Insurer portal session renewed for {R.choice(OVHC)} (agent id AG{dg(5)})"]))


def f_fax(phi):
    fam = "fax-referral"
    pre = f"{ts_win()} FaxSrv[{R.randint(100,9000)}] "
    if phi:
        p = pick("AU")
        fx = fmt_phone(("AU", au_land(p.state)), "paren")
        s = staff()
        if R.random() < 0.5:
            return B(fam, pre, "Demographics update URN ", (p.urn, "mrn"), " fax=", (fx, "fax"), " (patient prefers results by fax)")
        o = R.choice(ORG_ADDR)
        return B(fam, pre, f"FAX OUT job={R.randint(10000,99999)} to={o[6]} ({o[0]}) cover=\"Referral re ", (full(p), "name"),
                 " DOB ", (dfmt(p.dob, "dmy"), "date"), f" from Dr {s['family']}\" pages={R.randint(1,9)} result=OK")
    o = R.choice(ORG_ADDR)
    return B(fam, pre + R.choice([f"FAX OUT job={R.randint(10000,99999)} to={o[6]} ({o[0]}) pages={R.randint(1,9)} result=OK duration={R.randint(20,200)}s",
                                  f"FAX IN line 2 from {o[6]} pages={R.randint(1,9)} csid=\"{o[0][:20].upper()}\" stored inbox/{uuid4()}.tif",
                                  f"modem ttyS{R.randint(0,3)} reset after NO CARRIER, retry {R.randint(1,3)}"]))


def f_audit(phi):
    fam = "emr-audit-csv"
    s = staff()
    t = f'"{ts_dot()}","{s["user"]}","{R.choice(["VIEW","PRINT","EDIT","EXPORT"])}"'
    if phi:
        p = pick(R.choice(["AU", "AU", "NZ"]))
        return B(fam, t, ',"Patient","URN ', (p.urn, "mrn"), '","', (rev(p), "name"), '","',
                 (dfmt(p.dob, "dmy"), "date"), f'","{priv_ip()}","WS-{R.randint(1,80):03d}"')
    return B(fam, t + f',"Report","RPT-{dg(5)}","Daily claims summary","","{priv_ip()}","WS-{R.randint(1,80):03d}"')


def f_org(phi):  # org-level config / directory entries, look-alikes only
    fam = "directory-sync"
    o = R.choice(ORG_ADDR)
    s = staff()
    pre = f"{ts_iso()} [dirsync] INFO "
    return B(fam, pre + R.choice([
        f"org \"{o[0]}\" address=\"{o[1]}, {o[2]} {o[3]} {o[4]}\" phone=\"{o[5]}\" fax=\"{o[6]}\" abn={ABN_HMG}",
        f"practitioner Dr {s['given']} {s['family']} provider={s['prov']} hpii={s['hpii']} ahpra={s['ahpra']} role={s['role']}",
        f"secure messaging endpoint {o[0]} hpio={R.choice([HPIO_HMG, HPIO_MER, HPIO_CL])} edi=harbmedc via HealthLink",
        f"after-hours line 1300 {dg(3)} {dg(3)}; on-call {s['given']} {s['family']} pager {R.randint(1000,9999)}",
    ]))


# ==========================================================================
# main
# ==========================================================================
FAMS = [  # fn, weight for PHI lines, weight for non-PHI lines
    (f_hl7, 3.0, 2.5), (f_hi_java, 2.5, 2.0), (f_fhir, 2.0, 1.5), (f_tele, 2.0, 2.0), (f_claims, 2.0, 1.8),
    (f_medicare, 2.0, 1.4), (f_path_json, 2.0, 1.6), (f_sms, 1.5, 1.0), (f_nz, 1.5, 0.8), (f_portal, 1.5, 1.2),
    (f_nginx, 1.5, 2.0), (f_mhr, 1.5, 1.5), (f_hi_soap, 1.2, 1.0), (f_idv, 2.5, 0.6), (f_rpm, 2.0, 0.8),
    (f_transport, 1.6, 0.4), (f_pay, 0.5, 0.6), (f_pg, 0.7, 0.8), (f_aged, 1.5, 0.5), (f_ovhc, 1.5, 0.3),
    (f_fax, 0.7, 0.8), (f_audit, 1.0, 0.6), (f_path_csv, 0.8, 0.5), (f_infra, 0.0, 3.0), (f_org, 0.0, 1.5),
]


def main():
    phi_lines = set(R.sample(range(N_LINES), N_PHI))
    out_log, out_lab = [], []
    for i in range(N_LINES):
        tick()
        phi = i in phi_lines
        fns = [f for f in FAMS if (f[1] if phi else f[2]) > 0]
        fn = R.choices([f[0] for f in fns], weights=[(f[1] if phi else f[2]) for f in fns])[0]
        ln = fn(phi)
        b = bytes(ln.buf)
        assert b"\n" not in b and b"\r" not in b, (ln.fam, b)
        assert len(b) <= 4000, (ln.fam, len(b))
        b.decode("utf-8")
        spans = []
        last = 0
        for s, e, cat, val in ln.spans:
            assert b[s:e] == val and e > s, (ln.fam, val)
            assert s >= last, "overlap"
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        assert (len(spans) > 0) == phi, (ln.fam, phi, b)
        out_log.append(b)
        out_lab.append(json.dumps({"line": i + 1, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
