#!/usr/bin/env python3
"""Deterministic generator for held-out PHI corpus 'di'.

Theme: radiation oncology department + vendors, interleaved logs
(ARIA-/MOSAIQ-like TMS, SQL Server ERRORLOG, linac service and R&V,
DICOM RT dumps, C-STORE associations, TPS scripting/queues, HDR afterloader,
SGRT/patient ID, imaging, scheduling, transport, charge capture, X12, QA).

Standard library only.  Writes di.log and di.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "di"
N_LINES = 500
TARGET_NOPHI = 0.55
rng = random.Random(20240314)
HERE = os.path.dirname(os.path.abspath(__file__))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")

    def p(self, s, cat):
        b = s.encode("utf-8")
        assert b, "empty PHI value"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))


LINES = []


def flat(parts):
    out = []
    for x in parts:
        if isinstance(x, list):
            out.extend(flat(x))
        else:
            out.append(x)
    return out


def emit(family, *parts):
    L = Line(family)
    for x in flat(list(parts)):
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    LINES.append(L)
    return L


def ptxt(parts):
    return "".join(x if isinstance(x, str) else x[0] for x in flat(parts))


# --- JSON with PHI markers -------------------------------------------------
class P:
    """A PHI scalar value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string composed of plain text and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


def jparts(o, ea=False, sep=(", ", ": ")):
    out = []
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ea)
            out += ['"', (enc[1:-1], o.cat), '"']
        else:
            out.append((json.dumps(o.v), o.cat))
    elif isinstance(o, S):
        out.append('"')
        for x in o.parts:
            if isinstance(x, tuple):
                out.append((json.dumps(x[0], ensure_ascii=ea)[1:-1], x[1]))
            else:
                out.append(json.dumps(x, ensure_ascii=ea)[1:-1])
        out.append('"')
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
            out += jparts(v, ea, sep)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out += jparts(v, ea, sep)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=ea))
    return out


def jemit(family, prefix, obj, ea=False, compact=False):
    sep = (",", ":") if compact else (", ", ": ")
    parts = jparts(obj, ea, sep)
    json.loads(ptxt(parts))  # sanity: valid JSON
    return emit(family, prefix, parts)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
T = dt.datetime(2024, 3, 14, 5, 52, 7, 318000)


def tick(lo=0.2, hi=40.0):
    global T
    T += dt.timedelta(milliseconds=int(rng.uniform(lo, hi) * 1000))
    return T


def ms(t=None):
    return (t or T).microsecond // 1000


def ts_l4n():
    return T.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms()


def ts_dot():
    return T.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms()


def ts_isoz():
    u = T + dt.timedelta(hours=5)  # CDT -> UTC
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms(u)


def ts_iso_off():
    return T.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % ms()


def ts_mq():
    return T.strftime("%m/%d/%Y %H:%M:%S") + ".%03d" % ms()


def ts_sql():
    return T.strftime("%Y-%m-%d %H:%M:%S") + ".%02d" % (T.microsecond // 10000)


def ts_nginx():
    return "%02d/%s/%d:%s -0500" % (T.day, MON[T.month - 1], T.year, T.strftime("%H:%M:%S"))


def ts_syslog():
    return "%s %2d %s" % (MON[T.month - 1], T.day, T.strftime("%H:%M:%S"))


def ts_hl7(t=None):
    return (t or T).strftime("%Y%m%d%H%M%S")


def ts_eu():
    return T.strftime("%d.%m.%Y %H:%M:%S") + ".%03d" % ms()


# --------------------------------------------------------------------------
# identifier helpers (valid check digits where the real ID has one)
# --------------------------------------------------------------------------
def luhn_cd(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def npi():
    base = str(rng.choice([1, 1, 1, 1, 1, 1])) + digits(8)
    return base + luhn_cd("80840" + base)


def card_visa():
    base = "4" + digits(14)
    return base + luhn_cd(base)


def imei():
    base = rng.choice(["35391110", "35686800", "86807103", "35328511"]) + digits(6)
    return base + luhn_cd(base)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_A), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_A),
         rng.choice(MBI_A), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(c)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds, year_plant):
    s = wmi_vds + "0" + year_plant + digits(6)
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    v = s[:8] + cd + s[9:]
    assert len(v) == 17
    return v


def iban_de():
    bban = digits(8) + digits(10)
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    raw = "DE%02d%s" % (chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def pesel(y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, mm, d) + digits(3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def cpf():
    d = [rng.randint(0, 9) for _ in range(9)]
    s1 = sum(x * (10 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(x * (11 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d.append(s2)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def gtin14(base13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(base13)))
    return base13 + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def b64(nbytes, header=b""):
    raw = header + bytes(rng.getrandbits(8) for _ in range(nbytes - len(header)))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
PNG_HDR = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000f0000001400806000000")


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------
MACHINES = {
    "TB1": dict(kind="TrueBeam", sn="H191045", tms="ARIA", ver="2.7 MR5"),
    "TB2": dict(kind="TrueBeam", sn="H192233", tms="ARIA", ver="2.7 MR5"),
    "HAL1": dict(kind="Halcyon", sn="HAL1187", tms="ARIA", ver="3.1"),
    "VRS1": dict(kind="Versa HD", sn="151234", tms="MOSAIQ", ver="Integrity 4.0.3"),
    "FLX1": dict(kind="Flexitron", sn="30217", tms="MOSAIQ", ver="Flexitron 5.0"),
}

SITES = {
    "prostate": ("C1", "PROST_7800", 7800, 39, "VMAT", "PTV_7800", "C61"),
    "lung": ("C1", "LUNG_6000", 6000, 30, "VMAT", "PTV_6000", "C34.11"),
    "breast": ("C1", "BRL_4005", 4005, 15, "3D DIBH", "PTV_4005", "C50.412"),
    "hn": ("C1", "HN_7000", 7000, 35, "VMAT", "PTV_7000", "C11.9"),
    "sbrt": ("C2", "SBRT_LUL_5000", 5000, 5, "VMAT SBRT", "PTV_5000", "C34.12"),
    "srs": ("C1", "SRS_2100", 2100, 3, "HyperArc", "PTV_L_Front", "C79.31"),
    "rectum": ("C1", "RECT_5040", 5040, 28, "VMAT", "PTV_5040", "C20"),
    "bone": ("C3", "T10_3000", 3000, 10, "3D", "PTV_T10", "C79.51"),
    "esoph": ("C1", "ESO_5040", 5040, 28, "VMAT", "PTV_5040", "C15.5"),
    "gyn": ("C1", "HDR_CYL_2100", 2100, 3, "HDR", "CTV_vault", "C54.1"),
}

STAFF = {
    "onc": [("Priya", "Raman", "praman"), ("Tomasz", "Wieczorek", "twieczorek"),
            ("Adaeze", "Nwosu", "anwosu"), ("Kevin", "Marsh", "kmarsh")],
    "phys": [("Miguel", "Ferreira", "mferreira"), ("Yuki", "Tanabe", "ytanabe"),
             ("Olga", "Petrova", "opetrova")],
    "dosi": [("Dana", "Kaur", "dkaur"), ("Brent", "Holloway", "bholloway"),
             ("Fatima", "Al-Sayed", "falsayed")],
    "rtt": [("Tariq", "Haddad", "thaddad"), ("Jess", "McAllister", "jmcallister"),
            ("Luis", "Ortega", "lortega"), ("Keiko", "Yamada", "kyamada"),
            ("Bongani", "Dlamini", "bdlamini")],
    "sched": [("Monique", "Baptiste", "mbaptiste"), ("Hana", "Novak", "hnovak")],
    "bill": [("Ravi", "Shah", "rshah"), ("Colleen", "Brennan", "cbrennan")],
}
ONC_NPI = {u: npi() for _, _, u in STAFF["onc"]}
ORG_NPI = "1699123450"[:9]
ORG_NPI = ORG_NPI + luhn_cd("80840" + ORG_NPI)

ADDRS = [
    ("4418 W Belden Ave", "Chicago", "60639", "773"),
    ("1127 Maple Ct Apt 3B", "Evanston", "60201", "847"),
    ("7730 N Kostner Ave", "Skokie", "60076", "847"),
    ("625 S Humphrey Ave", "Oak Park", "60304", "708"),
    ("2209 Ridge Ave Unit 4", "Evanston", "60201", "847"),
    ("18 Cedar Ln", "Naperville", "60540", "630"),
    ("3341 S Wallace St", "Chicago", "60616", "312"),
    ("901 Linden Ave", "Wilmette", "60091", "847"),
    ("5120 W 25th Pl", "Cicero", "60804", "708"),
    ("14 Bluff St", "Joliet", "60435", "815"),
    ("2716 N Mozart St", "Chicago", "60647", "773"),
    ("440 Lake Cook Rd Apt 212", "Deerfield", "60015", "847"),
    ("1603 Sheridan Rd", "Waukegan", "60085", "847"),
    ("3902 Grove Ave", "Berwyn", "60402", "708"),
    ("77 E Chicago Ave Apt 1905", "Chicago", "60611", "312"),
    ("1215 Oakton St", "Des Plaines", "60018", "847"),
    ("402 Jefferson St", "Gary", "46402", "219"),
    ("8810 S Bishop St", "Chicago", "60620", "773"),
    ("256 Fox River Dr", "Aurora", "60505", "630"),
    ("1049 W Argyle St", "Chicago", "60640", "773"),
]

# first, middle, last, sex, dob, site, machine, insurer, email-domain
PSPEC = [
    ("Anna", "M", "Kowalska", "F", (1952, 5, 14), "breast", "TB2", "MCR", "gmail.com"),
    ("Thị Lan", "", "Nguyễn", "F", (1968, 9, 2), "hn", "TB1", "BCBS", "yahoo.com"),
    ("Chidi", "E", "Okonkwo", "M", (1959, 12, 21), "lung", "TB1", "AET", "outlook.com"),
    ("María José", "", "Ibarra Ruiz", "F", (1975, 3, 30), "gyn", "FLX1", "MCD", "hotmail.com"),
    ("Rajesh", "K", "Venkataraman", "M", (1949, 7, 8), "prostate", "TB2", "MCR", "comcast.net"),
    ("Min-jun", "", "Seo", "M", (1981, 1, 17), "srs", "TB2", "UHC", "gmail.com"),
    ("Leila", "", "Haddadi", "F", (1963, 10, 5), "breast", "TB2", "BCBS", "icloud.com"),
    ("Seamus", "P", "O'Donoghue", "M", (1961, 4, 3), "esoph", "VRS1", "AET", "gmail.com"),
    ("Jürgen", "", "Blümel", "M", (1933, 1, 9), "bone", "HAL1", "MCR", "t-online.de"),
    ("Ingrid", "A", "Sørensen", "F", (1930, 7, 22), "sbrt", "TB2", "MCR", "comcast.net"),
    ("Eleni", "", "Papadakis", "F", (1957, 6, 11), "rectum", "VRS1", "MCR", "yahoo.com"),
    ("Haruto", "", "Kobayashi", "M", (1970, 2, 26), "prostate", "HAL1", "UHC", "gmail.com"),
    ("João", "Souza", "Carvalho", "M", (1958, 11, 2), "sbrt", "TB2", "BCBS", "uol.com.br"),
    ("Ayşe", "", "Yıldırım", "F", (1972, 8, 19), "breast", "TB1", "AET", "gmail.com"),
    ("Tigist", "", "Bekele", "F", (1966, 12, 1), "gyn", "FLX1", "BCBS", "gmail.com"),
    ("Marisol", "R", "Dela Cruz", "F", (1979, 5, 27), "breast", "VRS1", "UHC", "yahoo.com"),
    ("Jean-Baptiste", "", "Louis-Jeune", "M", (1955, 9, 14), "prostate", "VRS1", "MCR", "outlook.com"),
    ("Dmitri", "V", "Volkov", "M", (1933, 11, 30), "bone", "TB1", "MCR", "mail.ru"),
    ("Shanice", "L", "Washington", "F", (1984, 4, 9), "breast", "TB1", "MCD", "gmail.com"),
    ("Kalani", "", "Akana", "M", (1964, 3, 3), "hn", "TB2", "UHC", "hawaii.rr.com"),
]
REL_FIRST = ["Piotr", "Van Minh", "Ngozi", "Alejandro", "Lakshmi", "Ji-woo", "Dariush", "Siobhan",
             "Renate", "Erik", "Nikos", "Yui", "Maria", "Mehmet", "Dawit", "Rafael", "Mireille",
             "Irina", "Darnell", "Leilani"]
REL = ["SPO", "SPO", "SPO", "SPO", "SPO", "MTH", "SPO", "SIS", "CHD", "CHD", "SPO", "SPO",
       "SPO", "SPO", "SPO", "SPO", "SPO", "CHD", "MTH", "SPO"]
REF = dt.date(2024, 3, 14)
used_phone = set()


def phone7():
    while True:
        n = rng.randint(100, 199)
        if n not in used_phone:
            used_phone.add(n)
            return "555-0%d" % n


PAT = []
for i, (first, mid, last, sex, dob, site, mach, ins, dom) in enumerate(PSPEC):
    street, city, zz, ac = ADDRS[i]
    d = dt.date(*dob)
    age = REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))
    p = dict(first=first, mid=mid, last=last, sex=sex, dob=d, age=age, site=site, machine=mach,
             street=street, city=city, state="IN" if zz.startswith("46") else "IL", zip=zz, ac=ac,
             phone=ac + "-" + phone7(), mobile=rng.choice(["312", "773", "872", ac]) + "-" + phone7(),
             mrn="00" + str(rng.randint(400000, 499999)), ser=str(rng.randint(180000, 260000)),
             pid1=str(rng.randint(12000, 29999)), ssn=ssn(), har="70" + digits(8), ins=ins)
    p["plan"] = SITES[site]
    p["fx"] = rng.randint(1, SITES[site][3])
    fa, la = fold(first).lower().replace(" ", "").replace("-", ""), fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p["email"] = rng.choice(["%s.%s%02d", "%s%s%02d", "%s_%s%02d"]) % (fa, la, d.year % 100) + "@" + dom
    p["portal_user"] = (fa[0] + la + str(d.year % 100))
    if ins == "MCR":
        p["member"], p["payer"], p["group"] = mbi(), "MEDICARE PART B", ""
    elif ins == "MCD":
        p["member"], p["payer"], p["group"] = digits(9), "IL MEDICAID", ""
    elif ins == "BCBS":
        p["member"], p["payer"], p["group"] = "XOF" + digits(9), "BCBS OF ILLINOIS", "P" + digits(5)
    elif ins == "AET":
        p["member"], p["payer"], p["group"] = "W" + digits(9), "AETNA", "0" + digits(6) + "-010-00001"
    else:
        p["member"], p["payer"], p["group"] = "9" + digits(8), "UNITEDHEALTHCARE", digits(6)
    p["nok_first"], p["nok_rel"] = REL_FIRST[i], REL[i]
    p["nok_last"] = last if REL[i] != "CHD" or sex == "M" else rng.choice(["Brandt", "Hale", "Petrov"])
    if last == "Kowalska":
        p["nok_last"] = "Kowalski"
    p["nok_phone"] = rng.choice(["312", "773", "847", "630"]) + "-" + phone7()
    p["rfid"] = "04" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    p["ip"] = rng.choice(["73.%d.%d.%d", "98.%d.%d.%d", "24.%d.%d.%d", "71.%d.%d.%d", "174.%d.%d.%d"]) % (
        rng.randint(16, 250), rng.randint(1, 254), rng.randint(2, 254))
    PAT.append(p)

BYKEY = {p["last"]: p for p in PAT}
# extra identifiers for a subset of patients
BYKEY["Kowalska"]["pesel"] = pesel(1952, 5, 14, True)
BYKEY["Carvalho"]["cpf"] = cpf()
BYKEY["Carvalho"]["dl"] = "C%03d-%04d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999))
BYKEY["Carvalho"]["sub_first"] = "Maria Helena"
BYKEY["Okonkwo"]["cied"] = ("Medtronic", "Azure XT DR MRI", "W1DR01", "RNB" + digits(6) + "S", "0064316983" + digits(3))
BYKEY["Volkov"]["cied"] = ("Boston Scientific", "RESONATE EL ICD", "D433", digits(6), "0080287120" + digits(3))
BYKEY["O'Donoghue"]["plate"] = "DL %05d" % rng.randint(10000, 99999)
BYKEY["Dela Cruz"]["plate"] = "%s%s %04d" % (rng.choice("ABCEGHKM"), rng.choice("ABCEGHKM"), rng.randint(1000, 9999))
BYKEY["Dela Cruz"]["vin"] = vin("1FTEW1EP", "MK")
BYKEY["Blümel"]["iban"] = iban_de()
BYKEY["Washington"]["imei"] = imei()
BYKEY["Venkataraman"]["card"] = card_visa()
BYKEY["Sørensen"]["ride"] = "TRN-%06d" % rng.randint(100000, 999999)
BYKEY["Volkov"]["ride"] = "TRN-%06d" % rng.randint(100000, 999999)
BYKEY["Papadakis"]["trial"] = "NRG-GI008-%04d" % rng.randint(100, 9999)
BYKEY["Seo"]["dl"] = "S%03d-%04d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999))
BYKEY["Volkov"]["dl"] = "V%03d-%04d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999))
BYKEY["Louis-Jeune"]["dl_in"] = "%04d-%02d-%04d" % (rng.randint(0, 9999), rng.randint(0, 99), rng.randint(0, 9999))
BYKEY["Washington"]["fund"] = "https://www.gofundme.com/f/help-shanice-washington-beat-cancer"
BYKEY["Bekele"]["mac"] = ":".join("%02x" % rng.randint(0, 255) for _ in range(6))


def disp(p, mid=False):        # "Last, First"
    return p["last"] + ", " + p["first"] + ((" " + p["mid"]) if mid and p["mid"] else "")


def fl(p):                     # "First Last"
    return p["first"] + " " + p["last"]


def dcmname(p, upper=False, ascii_=False):
    n = p["last"] + "^" + p["first"] + (("^" + p["mid"]) if p["mid"] else "")
    if ascii_:
        n = fold(n)
    return n.upper() if upper else n


def staff(role):
    return rng.choice(STAFF[role])


def sname(s):
    return s[0] + " " + s[1]


def sinit(s):
    return s[0][0] + ". " + s[1]


def age_parts(p, fmt="%d"):
    s = fmt % p["age"]
    return (s, "age") if p["age"] > 89 else s


def couch():
    return (-rng.uniform(8, 22), rng.uniform(85, 125), rng.uniform(-3, 3))


def vuid(kind):
    return "1.2.246.352.71.%d.417449331.%d.%s" % (kind, rng.randint(100000, 999999), T.strftime("%Y%m%d%H%M%S"))


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
L4N_LOGGERS = {
    "checkin": "VMS.OIS.ARIALocal.Scheduling.CheckInService",
    "ctx": "VMS.OIS.ARIALocal.Core.PatientContext",
    "adt": "VMS.OIS.ARIALocal.Interfaces.ADT.HL7Processor",
    "alert": "VMS.OIS.ARIALocal.Clinical.PatientAlerts",
    "db": "VMS.OIS.ARIALocal.Data.ConnectionManager",
    "lic": "VMS.Licensing.LicenseClient",
    "dicom": "VMS.DICOMServices.DBDaemon.Monitor",
    "plan": "VMS.OIS.ARIALocal.Treatment.PlanApproval",
    "txrec": "VMS.OIS.ARIALocal.Treatment.TreatmentRecordImporter",
    "task": "VMS.OIS.ARIALocal.Workflow.TaskList",
    "dose": "VMS.OIS.ARIALocal.Treatment.DoseTracking",
    "research": "VMS.OIS.ARIALocal.Research.TrialRegistry",
}


def l4n(level, key, *msg):
    emit("aria-log4net", "%s [%d] %-5s %s - " % (ts_l4n(), rng.choice([7, 12, 14, 22, 31, 45]), level, L4N_LOGGERS[key]), list(msg))


def aria_noise():
    tick()
    r = rng.random()
    if r < 0.15:
        l4n("INFO", "db", "Connection pool 'VARIAN' healthy: %d/%d active, server=ARIADB01\\ARIA, db=VARIAN, avg acquire %d ms" % (
            rng.randint(6, 40), 60, rng.randint(1, 19)))
    elif r < 0.27:
        l4n("INFO", "lic", "License check OK: feature=ARIA_OIS_RO seats=%d/60 server=vlic01.lakeshore.local:27000 expires=2025-06-30" % rng.randint(20, 58))
    elif r < 0.4:
        l4n("DEBUG", "dicom", "DB Daemon VMSDBD@ariaimg01:57347 responded to C-ECHO in %d ms" % rng.randint(4, 80))
    elif r < 0.55:
        s = staff("onc")
        l4n("INFO", "plan", "Plan status changed: PlanSetupSer=%d Course=%s Plan=%s Status=TreatApproval by LAKESHORE\\%s" % (
            rng.randint(500000, 620000), rng.choice(["C1", "C2"]), rng.choice([v[1] for v in SITES.values()]), s[2]))
    elif r < 0.72:
        planned = round(rng.uniform(80, 420), 1)
        l4n("INFO", "txrec", "Treatment record imported from %s: TxFieldSer=%d MU=%.1f (planned %.1f) TreatmentRecordSer=%d" % (
            rng.choice(["TB1", "TB2", "HAL1"]), rng.randint(2000000, 2400000), planned, planned, rng.randint(900000, 999999)))
    elif r < 0.82:
        s = staff(rng.choice(["dosi", "phys"]))
        l4n("DEBUG", "task", "Task list refreshed for LAKESHORE\\%s: %d items (%d overdue) in %d ms" % (
            s[2], rng.randint(3, 30), rng.randint(0, 4), rng.randint(40, 900)))
    elif r < 0.9:
        l4n("ERROR", "db", "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ---> System.ComponentModel.Win32Exception (0x80004005): The wait operation timed out")
    else:
        tot = rng.choice([v for v in SITES.values()])
        f = rng.randint(1, tot[3])
        l4n("INFO", "dose", "Reference point '%s Rx' total %.1f/%.1f cGy after session %d" % (
            tot[5], tot[2] / tot[3] * f, tot[2], f))


def aria_audit(p=None):
    tick()
    st = staff(rng.choice(["rtt", "dosi", "phys", "onc", "sched"]))
    ws = "RO-WS-%03d" % rng.randint(100, 160)
    ip = "10.20.%d.%d" % (rng.randint(4, 9), rng.randint(10, 250))
    when = T.strftime("%m/%d/%Y %I:%M:%S %p")
    if p is None:
        act = rng.choice([("Logon", "Success"), ("Logoff", "Session ended"), ("Print Report", "Daily Treatment Schedule TB2"),
                          ("Configuration Change", "Machine TB2 tolerance table T2 modified"),
                          ("Logon", "Failure: bad password")])
        emit("aria-audit", '"%s","LAKESHORE\\%s","%s","%s","%s","","","%s"' % (when, st[2], ws, ip, act[0], act[1]))
    else:
        act = rng.choice(["Open Patient", "View Plan", "Print Treatment Summary", "Modify Appointment", "Approve Image"])
        c = p["plan"]
        emit("aria-audit", '"%s","LAKESHORE\\%s","%s","%s","%s","' % (when, st[2], ws, ip, act), (p["mrn"], "mrn"),
             '","', (disp(p), "name"), '","%s/%s"' % (c[0], c[1]))


def aria_checkin(p):
    tick()
    l4n("INFO", "checkin", "Patient checked in: Id1='", (p["mrn"], "mrn"), "' Name='", (disp(p), "name"),
        "' Appt='TX %s %s' ApptSer=%d Location=Waiting-B" % (p["machine"], (T + dt.timedelta(minutes=rng.randint(3, 20))).strftime("%H:%M"), rng.randint(3000000, 3900000)))
    if rng.random() < 0.5:
        tick(0.1, 2)
        st = staff("rtt")
        l4n("DEBUG", "ctx", "Opening patient context PatientSer=", (p["ser"], "mrn"), " PatientId=", (p["mrn"], "mrn"),
            " for user LAKESHORE\\%s on RO-WS-%03d" % (st[2], rng.randint(100, 160)))
    if p["age"] > 85 and rng.random() < 0.8:
        tick(0.1, 1)
        l4n("WARN", "alert", "Patient alert for ", (disp(p), "name"), ": Age ", age_parts(p), " - fall risk, wheelchair transfer, 2 staff for couch transfer")


def empi_check(p):
    tick()
    other = "00" + str(rng.randint(400000, 499999))
    l4n("WARN", "adt", "Possible duplicate on A04 registration: incoming PatientId=", (other, "mrn"), " matches existing PatientId=", (p["mrn"], "mrn"),
        " on SSN=", (p["ssn"], "ssn"), " and DOB=", (p["dob"].strftime("%m/%d/%Y"), "date"), " (score 0.97) - routed to HIM merge queue")


def aria_adt_update(p):
    tick()
    l4n("INFO", "adt", "Demographics updated from HL7 A08 for PatientId=", (p["mrn"], "mrn"), ": HomePhone -> '",
        (p["phone"], "phone"), "', Address1 -> '", (p["street"], "address"), "', City -> '", (p["city"], "address"), "'")


# ---- MOSAIQ-like ----------------------------------------------------------
def mq(comp, lvl, *msg):
    emit("mosaiq-log", "[%s] [MOSAIQ.exe:%d:%d] %-10s %-5s " % (ts_mq(), rng.choice([4412, 4412, 5180]), rng.randint(1, 40), comp, lvl), list(msg))


def mosaiq_noise():
    tick()
    r = rng.random()
    if r < 0.3:
        mq("IQScripts", "INFO", "Process 'Daily Charge Export' finished: %d rows, %.1f s, next run 18:00" % (rng.randint(120, 260), rng.uniform(1, 9)))
    elif r < 0.55:
        mq("Sequencer", "INFO", "Dose_Hst sync VRS1 (SN 151234) ok lastDHS_ID=%d lag=%d ms" % (rng.randint(9900000, 9999999), rng.randint(20, 900)))
    elif r < 0.75:
        mq("Sched", "DEBUG", "Calendar cache rebuilt for Staff_ID=%d (%d appts) in %d ms" % (rng.randint(100, 400), rng.randint(10, 60), rng.randint(30, 500)))
    else:
        mq("Elekta.Comm", "WARN", "Linac link VRS1 heartbeat late by %d ms (threshold 500 ms), port 50001" % rng.randint(501, 1800))


def mosaiq_checkin(p):
    tick()
    appt = T + dt.timedelta(minutes=rng.randint(5, 25))
    mq("Sched", "INFO", "CheckIn Pat_ID1=", (p["pid1"], "mrn"), " IDA=", (p["mrn"], "mrn"),
       " Sch_Id=%d App_DtTm='" % rng.randint(2200000, 2299999), (appt.strftime("%Y-%m-%d"), "date"),
       appt.strftime(" %H:%M") + "' Activity=TX Location=%s Staff=%s" % (p["machine"], staff("rtt")[2].upper()))


def mosaiq_dosehst(p):
    tick()
    c = p["plan"]
    mq("TxDelivery", "INFO", "Dose_Hst written Pat_ID1=", (p["pid1"], "mrn"),
       " SIT_Set_ID=%d Fld_ID=%d Fx=%d/%d Meterset=%.1f MU Energy=6 MV Couch_Vrt=%.2f Couch_Lng=%.2f Couch_Lat=%.2f" % (
           rng.randint(40000, 49999), rng.randint(600000, 699999), p["fx"], c[3], rng.uniform(90, 350), *couch()))


def mosaiq_book(p):
    tick()
    d = REF + dt.timedelta(days=rng.randint(1, 12))
    mq("Sched", "INFO", "Appointment created Sch_Id=%d Pat_ID1=" % rng.randint(2200000, 2299999), (p["pid1"], "mrn"),
       " Pat_Name='", (fold(p["last"]).upper() + ", " + fold(p["first"]).upper(), "name"), "' App_DtTm='",
       (d.strftime("%Y-%m-%d"), "date"), " %02d:%s' Dur_Min=%d Activity=%s" % (rng.randint(7, 16), rng.choice(["00", "15", "30", "45"]), rng.choice([15, 20, 30]), rng.choice(["OTV", "TX", "CTSIM", "FU"])))


# ---- SQL Server ERRORLOG --------------------------------------------------
def sqlline(src, *msg):
    emit("mssql-errorlog", "%s %-12s" % (ts_sql(), src), list(msg))


def sql_noise():
    tick()
    r = rng.random()
    spid = "spid%d" % rng.randint(51, 140)
    if r < 0.25:
        sqlline("Logon", "Login failed for user '%s'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.%d.%d]" % (
            rng.choice(["mosaiq_app", "ARIA_RO", "reportsvc"]), rng.randint(4, 9), rng.randint(10, 250)))
    elif r < 0.4:
        sqlline("Logon", "Error: 18456, Severity: 14, State: 8.")
    elif r < 0.55:
        db = rng.choice(["MOSAIQ", "VARIAN", "VARIANDW"])
        sqlline("Backup", "Log was backed up. Database: %s, creation date(time): 2017/08/21(10:14:55), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\nas02\\sqlbak\\%s_LOG_%s.trn'}). This is an informational message only. No user action is required." % (
            db, rng.randint(90000, 99999), rng.randint(100, 999), rng.randint(90000, 99999), rng.randint(100, 999), db, T.strftime("%Y%m%d_%H%M")))
    elif r < 0.7:
        sqlline(spid, "Error: 1205, Severity: 13, State: 51.")
    elif r < 0.8:
        sqlline(spid, "Transaction (Process ID %s) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % spid[4:])
    elif r < 0.9:
        sqlline(spid, "SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\MOSAIQ.mdf] in database id 7." % rng.randint(1, 6))
    else:
        sqlline("spid%ds" % rng.randint(10, 30), "AppDomain %d (VARIAN.dbo[runtime].%d) created." % (rng.randint(2, 9), rng.randint(2, 9)))


def sql_phi(p):
    tick()
    spid = "spid%d" % rng.randint(51, 140)
    if rng.random() < 0.5:
        sqlline(spid, "Error: 2627, Severity: 14, State: 1.")
        tick(0, 0.05)
        sqlline(spid, "Violation of PRIMARY KEY constraint 'PK_Ident'. Cannot insert duplicate key in object 'dbo.Ident'. The duplicate key value is (",
                (p["mrn"], "mrn"), ").")
    else:
        s = "spid%ds" % rng.randint(10, 30)
        sqlline(s, "deadlock-list")
        sqlline(s, " deadlock victim=process2f1a8c4e8")
        sqlline(s, "  inputbuf")
        last = p["last"].replace("'", "''")
        sqlline(s, "   UPDATE dbo.Patient SET Last_Name = N'", (last, "name"), "', First_Name = N'", (p["first"], "name"),
                "', Birth_DtTm = '", (p["dob"].isoformat(), "date"), "' WHERE Pat_ID1 = ", (p["pid1"], "mrn"))


# ---- linac service / R&V --------------------------------------------------
def linac_noise():
    tick(0.1, 20)
    m = rng.choice(["TB1", "TB2", "HAL1", "TB2"])
    sn = MACHINES[m]["sn"]
    pre = "%s %s %s " % (ts_dot(), m, sn)
    r = rng.random()
    if r < 0.18:
        emit("linac-svc", pre, "[INFO ] [Supervisor] Beam ready: energy %s, dose rate %d MU/min" % rng.choice([("6X", 600), ("6X-FFF", 1400), ("10X-FFF", 2400), ("15X", 600)]))
    elif r < 0.32:
        emit("linac-svc", pre, "[WARN ] [Interlock] %s (code 0x%04X) cleared by operator %s" % (
            rng.choice(["DOSE1 HIGH", "MLC NOT READY", "COUCH MOTION", "DOOR", "KV DETECTOR"]), rng.randint(0x2000, 0x2FFF), staff("rtt")[2]))
    elif r < 0.46:
        emit("linac-svc", pre, "[WARN ] [MLC] Leaf %s%d position error %.2f mm > tolerance 0.10 mm, retry %d/3" % (
            rng.choice("AB"), rng.randint(1, 60), rng.uniform(0.11, 0.4), rng.randint(1, 3)))
    elif r < 0.6:
        emit("linac-svc", pre, "[INFO ] [MPC] 6X Beam Output Change %+.2f%% (tol ±2.00%%), Uniformity Change %.2f%%, Center Shift %.2f mm -> PASS" % (
            rng.uniform(-0.9, 0.9), rng.uniform(0.1, 0.8), rng.uniform(0.05, 0.35)))
    elif r < 0.72:
        emit("linac-svc", pre, "[INFO ] [Beam] Field complete: MU %.1f/%.1f, gantry %.1f°->%.1f°, beam-on %.1f s" % (
            (lambda mu: (mu, mu))(round(rng.uniform(60, 400), 1)) + (rng.uniform(178, 182), rng.uniform(178, 182), rng.uniform(20, 95))))
    elif r < 0.82:
        emit("linac-svc", pre, "[INFO ] [Gantry] Speed profile loaded, max %.1f deg/s, collision model v3 OK" % rng.uniform(4, 6))
    elif r < 0.9:
        emit("linac-svc", pre, "[INFO ] [Service] Remote session %d-%02d opened via SmartConnect by Varian FSE Karl Lindqvist (case VSC-2024-%06d)" % (
            rng.randint(4000, 4999), rng.randint(1, 40), rng.randint(100000, 999999)))
    else:
        emit("linac-svc", pre, "[ERROR] [Thermal] Klystron/Target coolant %.1f °C above limit 35.0 °C, flow %.1f L/min" % (rng.uniform(35.1, 37), rng.uniform(6, 9)))


def elekta_noise():
    tick(0.1, 20)
    k = rng.randrange(4)
    if k == DONE.get("elekta_last"):
        k = (k + 1) % 4
    DONE["elekta_last"] = k
    emit("linac-svc", "%s VRS1 151234 " % ts_eu(), [
        "<Integrity> Agility leaf bank B calibrated, max deviation %.2f mm" % rng.uniform(0.05, 0.4),
        "<Integrity> Interlock 204 (DOSE RATE) raised, resume by %s" % staff("rtt")[2],
        "<Integrity> Prepare OK: 6MV FFF nominal %d MU/min, iViewGT ready" % rng.choice([1400, 1400, 600]),
        "<XVI> Symmetry 4D acquisition %d frames, %d kV %.1f mAs" % (rng.randint(500, 1300), 120, rng.uniform(0.8, 2.5)),
    ][k])


def new_session(p):
    v, l, la = couch()
    fields = {"breast": ["MED TAN", "LAT TAN"], "bone": ["AP", "PA"], "srs": ["ARC1 HA", "ARC2 HA"]}.get(p["site"], ["ARC1", "ARC2"])
    return dict(v=v, l=l, la=la, fld=rng.choice(fields), mu=round(rng.uniform(80, 400), 1),
                en="6X-FFF" if p["machine"] == "HAL1" else (rng.choice(["6X", "6X-FFF", "10X-FFF"]) if p["site"] not in ("breast", "bone") else rng.choice(["6X", "15X"])))


def rv_field(p, record=False, sess=None):
    tick(1, 60)
    c = p["plan"]
    sess = sess or new_session(p)
    v, l, la, fld = sess["v"], sess["l"], sess["la"], sess["fld"]
    pre = "%s R&V %s " % (ts_dot(), p["machine"])
    if not record:
        emit("rv-record", pre, "<- ARIA TxFieldReady pid=", (p["mrn"], "mrn"),
             " course=%s plan=%s fx=%d/%d field='%s' MU=%.1f energy=%s couch vrt=%.2f lng=%.2f lat=%.2f rtn=0.0" % (
                 c[0], c[1], p["fx"], c[3], fld, sess["mu"], sess["en"], v, l, la))
    else:
        if rng.random() < 0.7:
            emit("rv-record", pre, "-> ARIA TxRecord status=COMPLETED field='%s' delivered MU=%.1f couch vrt=%.2f lng=%.2f lat=%.2f (tol T2 1.0/1.0/1.0 cm)" % (
                fld, sess["mu"], v + rng.uniform(-0.3, 0.3), l + rng.uniform(-0.3, 0.3), la + rng.uniform(-0.3, 0.3)))
        else:
            emit("rv-record", pre, "OVERRIDE couch lng %.2f vs planned %.2f (tol 1.00 cm) approved by %s for pid=" % (l + 1.2, l, staff("rtt")[2]),
                 (p["mrn"], "mrn"), " fx %d" % p["fx"])


def rv_noise():
    tick()
    emit("rv-record", "%s R&V %s " % (ts_dot(), rng.choice(["TB1", "TB2", "HAL1"])), rng.choice([
        "heartbeat ok seq=%d rtt=%d ms" % (rng.randint(10000, 99999), rng.randint(2, 40)),
        "Tolerance table 'T2 IMRT Pelvis' loaded: vrt 1.0 lng 1.0 lat 1.0 cm rtn 3.0 deg",
        "Session closed, %d fields delivered, 0 overrides" % rng.randint(1, 6),
    ]))


# ---- imaging / SGRT / IDENTIFY ------------------------------------------
def kv_img(p=None, mode=None, sess=None):
    tick(5, 90)
    m = p["machine"] if p else rng.choice(["TB1", "TB2", "HAL1"])
    pre = "%s %s OBI " % (ts_dot(), m)
    r = rng.random()
    if mode == "saved":
        emit("kv-imaging", pre, "Image session saved for ", (p["mrn"], "mrn"), " fx %d (" % p["fx"], (disp(p), "name"), ") 2 images, reviewer pending")
        return
    if mode == "cbct" or (mode is None and r < 0.4):
        reg = {"prostate": "Pelvis", "rectum": "Pelvis", "gyn": "Pelvis", "hn": "Head", "srs": "Head", "lung": "Thorax",
               "sbrt": "Thorax", "breast": "Thorax", "esoph": "Thorax", "bone": "Spotlight"}.get(p["site"] if p else "", rng.choice(["Pelvis", "Thorax", "Head", "Spotlight"]))
        emit("kv-imaging", pre, "CBCT %s acquired: %d proj, 125 kV, %d mAs, CTDIw %.1f mGy" % (reg, rng.randint(490, 900), rng.randint(200, 1100), rng.uniform(3, 30)))
    elif mode == "couch" and sess:
        emit("kv-imaging", pre, "Couch moved to Vrt %.2f Lng %.2f Lat %.2f cm (remote auto-setup)" % (sess["v"], sess["l"], sess["la"]))
    elif mode is None and r < 0.55:
        emit("kv-imaging", pre, "Couch moved to Vrt %.2f Lng %.2f Lat %.2f cm (remote auto-setup)" % couch())
    elif mode == "match" or r < 0.8:
        emit("kv-imaging", pre, "Match accepted (auto 3D/3D, bone) by %s: Vrt %+.2f cm Lng %+.2f cm Lat %+.2f cm Rtn %+.1f° Pitch %+.1f° Roll %+.1f°" % (
            staff("rtt")[2], rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6), rng.uniform(-1.5, 1.5), rng.uniform(-1, 1), rng.uniform(-1, 1)))
    else:
        emit("kv-imaging", pre, "Couch moved to Vrt %.2f Lng %.2f Lat %.2f cm (remote auto-setup)" % couch())


def sgrt(p=None, dibh=True):
    tick(1, 30)
    pre = "[%s] [alignrt] " % ts_dot()
    if p is not None:
        ct = REF - dt.timedelta(days=rng.randint(8, 30))
        emit("sgrt-alignrt", pre, "[info] Reference surface loaded: patient \"", (disp(p), "name"), "\" ", (p["mrn"], "mrn"),
             " site '%s' from CT " % p["plan"][1], (ct.isoformat(), "date"), " (%d vertices)" % rng.randint(20000, 60000))
        return
    r = rng.random()
    if r < 0.6 or (not dibh and r < 0.85):
        emit("sgrt-alignrt", pre, "[info] RTD %s Vrt %+.2f Lng %+.2f Lat %+.2f cm Pitch %+.1f° Roll %+.1f° Rtn %+.1f° (thr 0.30 cm/1.0°)" % (
            rng.choice(["TB1", "TB2"]), rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)))
    elif r < 0.85:
        emit("sgrt-alignrt", pre, "[warn] DIBH gating: beam hold, Vrt out of threshold (%+.2f cm > 0.30 cm) for %.1f s" % (rng.uniform(0.31, 0.6), rng.uniform(0.5, 4)))
    else:
        emit("sgrt-alignrt", pre, "[info] Camera pod %d calibration check: RMS %.2f mm, temp %.1f °C" % (rng.randint(1, 3), rng.uniform(0.1, 0.5), rng.uniform(28, 36)))


def identify(p=None, kind=None):
    tick(1, 20)
    pre = "%s identify-svc " % ts_isoz()
    st = "%s-VAULT" % (p["machine"] if p else rng.choice(["TB1", "TB2", "HAL1"]))
    if p is None:
        r = rng.random()
        if r < 0.5:
            obj = {"timestamp": ts_isoz(), "module": "Identify", "station": st, "event": "ReaderStatus",
                   "reader": "PV-%04d" % rng.randint(1000, 9999), "firmware": "3.1.7", "status": "OK"}
        else:
            obj = {"timestamp": ts_isoz(), "module": "Identify", "station": st, "event": "AccessoryScan",
                   "accessory": rng.choice(["Breastboard BB-02", "Knee sponge KS-1", "Mask H&N 5pt", "Vac-Lok 70x100"]),
                   "tag": "E28011606000" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)), "expected": True}
        jemit("identify-json", "", obj, compact=True)
        return
    kind = kind or rng.choice(["match", "match", "enroll", "photo"])
    if kind == "match":
        obj = {"timestamp": ts_isoz(), "module": "Identify", "station": st, "event": "PalmScanMatch",
               "patientId": P(p["mrn"], "mrn"), "patientName": P(disp(p), "name"), "score": round(rng.uniform(0.91, 0.999), 3),
               "rfidCard": P(p["rfid"], "other_id"), "operator": staff("rtt")[2]}
    elif kind == "enroll":
        obj = {"timestamp": ts_isoz(), "module": "Identify", "station": "CTSIM-1", "event": "PalmEnroll",
               "patientId": P(p["mrn"], "mrn"), "hand": rng.choice(["L", "R"]), "quality": rng.randint(70, 99),
               "template": P(b64(rng.choice([288, 360, 432])), "biometric"), "operator": staff("rtt")[2]}
    else:
        obj = {"timestamp": ts_isoz(), "module": "Identify", "station": "CTSIM-1", "event": "PhotoCaptured",
               "patientId": P(p["mrn"], "mrn"), "kind": "face",
               "photo": P("data:image/jpeg;base64," + b64(rng.choice([540, 780, 960]), JPEG_HDR), "photo")}
    jemit("identify-json", "", obj, compact=True)


# ---- DICOM: dcmtk associations / dumps ------------------------------------
def dcmtk(level, *msg):
    emit("dcmtk-store", level + ": ", list(msg))


def dicom_assoc(p=None):
    tick(0.5, 10)
    calling = rng.choice(["ECLIPSE_DCM", "RAYSTATION", "SIEMENS_CTSIM", "MIM_RO"])
    dcmtk("I", 'Association Received 10.20.8.%d: "%s" -> "ARIA_IMPORT"' % (rng.randint(20, 90), calling))
    dcmtk("I", "Association Acknowledged (Max Send PDV: 16372)")
    n = rng.randint(1, 3)
    for k in range(n):
        tick(0.05, 1.5)
        mod = rng.choice(["RTPLAN", "RTDOSE", "RTSTRUCT", "CT"])
        pre = {"RTPLAN": "RP", "RTDOSE": "RD", "RTSTRUCT": "RS", "CT": "CT"}[mod]
        dcmtk("I", "Received Store Request: MsgID %d, (%s)" % (rng.randint(100, 9000), mod))
        if mod == "CT":
            uid = "1.3.12.2.1107.5.1.4.95811.30000024%s%d" % (T.strftime("%m%d"), rng.randint(10 ** 15, 10 ** 16))
        else:
            uid = vuid({"RP": 5, "RD": 7, "RS": 9}[pre])
        if p is not None and k == 0:
            dcmtk("I", "storing DICOM file: /data/dicom/in/", (dcmname(p, upper=True, ascii_=True).replace("^", "_").replace(" ", "_").replace("'", "_"), "name"),
                  "_%s/%s.%s.dcm" % (T.strftime("%Y%m%d%H%M%S"), pre, uid))
        else:
            dcmtk("I", "storing DICOM file: /data/dicom/in/%s.%s.dcm" % (pre, uid))
    tick(0.1, 1)
    dcmtk("I", "Received Association Release Request")
    dcmtk("I", "Association Release")


def storescu(p):
    tick(0.5, 5)
    c = p["plan"]
    dcmtk("I", "Requesting Association")
    dcmtk("I", "Association Accepted (Max Send PDV: 65524)")
    for kind in rng.sample(["RP", "RD", "RS"], 2):
        tick(0.1, 2)
        dcmtk("I", "Sending file: /export/eclipse/%s." % kind, (p["mrn"], "mrn"), ".%s.dcm" % c[1])
        dcmtk("I", "Converting transfer syntax: Little Endian Implicit -> Little Endian Implicit")
        dcmtk("I", "Sending Store Request (MsgID %d, %s)" % (rng.randint(1, 400), {"RP": "RTPLAN", "RD": "RTDOSE", "RS": "RTSTRUCT"}[kind]))
        dcmtk("I", "Received Store Response (Success)")
    dcmtk("I", "Releasing Association")


def dicom_noise():
    tick()
    r = rng.random()
    if r < 0.4:
        dcmtk("I", 'Association Received 10.20.8.%d: "%s" -> "ARIA_IMPORT"' % (rng.randint(20, 90), rng.choice(["ECLIPSE_DCM", "QA_ECHO", "MOSAIQ_DCM"])))
    elif r < 0.6:
        dcmtk("E", "Association Rejected: Called AE Title Not Recognized (called AE: ARIA_IMPRT, calling AE: MIM_RO)")
    elif r < 0.8:
        dcmtk("W", "DIMSE receiveCommand: no data available (timeout in non-blocking mode) after %d s" % rng.choice([30, 60]))
    else:
        dcmtk("I", "Received Echo Request (MsgID %d)" % rng.randint(1, 900))


UIDS = {
    "RTPlanStorage": "1.2.840.10008.5.1.4.1.1.481.5",
    "RTDoseStorage": "1.2.840.10008.5.1.4.1.1.481.2",
    "RTStructureSetStorage": "1.2.840.10008.5.1.4.1.1.481.3",
    "LittleEndianExplicit": "1.2.840.10008.1.2.1",
}


def dd(tag, vr, val, name, vm="1", ind=0, raw=None):
    """one dcmdump line.  val: list of parts (bracketed); raw: unbracketed text."""
    if raw is not None:
        shown = [raw[0]]
        length = raw[1]
    elif val is None:
        shown = ["(no value available)"]
        length = 0
    else:
        shown = ["["] + val + ["]"]
        length = len(ptxt(val).encode())
        length += length % 2
        if vm == "1" and "\\" in ptxt(val):
            vm = str(ptxt(val).count("\\") + 1)
    vis = len(ptxt(shown))
    pad = " " * max(1, 41 - vis)
    vmv = vm if val is not None or raw is not None else "0"
    emit("dcmdump", "  " * ind + "(%s) %s " % (tag, vr), shown, pad + "#%4d, %s %s" % (length, vmv, name))


def dcmdump_block(p):
    c = p["plan"]
    kind = rng.choice(["RTPLAN", "RTDOSE", "RTSTRUCT"])
    sop = vuid({"RTPLAN": 5, "RTDOSE": 7, "RTSTRUCT": 9}[kind])
    cls = {"RTPLAN": "RTPlanStorage", "RTDOSE": "RTDoseStorage", "RTSTRUCT": "RTStructureSetStorage"}[kind]
    tick(0.5, 5)
    pre = {"RTPLAN": "RP", "RTDOSE": "RD", "RTSTRUCT": "RS"}[kind]
    emit("dcmdump", "# Dicom-File-Format")
    emit("dcmdump", "# Dicom-Meta-Information-Header")
    emit("dcmdump", "# Used TransferSyntax: Little Endian Explicit")
    dd("0002,0002", "UI", None, "MediaStorageSOPClassUID", raw=("=" + cls, len(UIDS[cls]) + len(UIDS[cls]) % 2))
    dd("0002,0003", "UI", [sop], "MediaStorageSOPInstanceUID")
    dd("0002,0013", "SH", ["OFFIS_DCMTK_367"], "ImplementationVersionName")
    emit("dcmdump", "# Dicom-Data-Set")
    dd("0008,0005", "CS", ["ISO_IR 192"], "SpecificCharacterSet")
    created = REF - dt.timedelta(days=rng.randint(0, 6))
    dd("0008,0012", "DA", [(created.strftime("%Y%m%d"), "date")], "InstanceCreationDate")
    dd("0008,0016", "UI", None, "SOPClassUID", raw=("=" + cls, len(UIDS[cls]) + len(UIDS[cls]) % 2))
    study = REF - dt.timedelta(days=rng.randint(9, 25))
    if rng.random() < 0.6:
        dd("0008,0020", "DA", [(study.strftime("%Y%m%d"), "date")], "StudyDate")
    dd("0008,0050", "SH", None, "AccessionNumber")
    dd("0008,0060", "CS", [kind], "Modality")
    dd("0008,0070", "LO", ["Varian Medical Systems"], "Manufacturer")
    onc = staff("onc")
    dd("0008,0090", "PN", [onc[1] + "^" + onc[0]], "ReferringPhysicianName")
    dd("0008,1010", "SH", [p["machine"] if kind == "RTPLAN" else "ECLIPSE-WS07"], "StationName")
    dd("0010,0010", "PN", [(dcmname(p), "name")], "PatientName")
    dd("0010,0020", "LO", [(p["mrn"], "mrn")], "PatientID")
    if rng.random() < 0.7:
        dd("0010,0030", "DA", [(p["dob"].strftime("%Y%m%d"), "date")], "PatientBirthDate")
    dd("0010,0040", "CS", [p["sex"]], "PatientSex")
    if rng.random() < 0.5:
        dd("0010,1010", "AS", [age_parts(p, "%03dY")], "PatientAge")
    dd("0018,1020", "LO", ["15.6.06"], "SoftwareVersions")
    dd("0020,000d", "UI", ["1.3.12.2.1107.5.1.4.95811.3000002%s%d" % (study.strftime("%m%d"), rng.randint(10 ** 14, 10 ** 15))], "StudyInstanceUID")
    dd("0020,0010", "SH", [rng.choice(["CT1", "1", "PLAN"])], "StudyID")
    if kind == "RTPLAN":
        dd("300a,0002", "SH", [c[1]], "RTPlanLabel")
        if rng.random() < 0.6:
            dd("300a,0006", "DA", [(created.strftime("%Y%m%d"), "date")], "RTPlanDate")
        dd("300a,000c", "CS", ["PATIENT"], "RTPlanGeometry")
        dd("300a,0010", "SQ", None, "DoseReferenceSequence", raw=("(Sequence with explicit length #=1)", 112))
        dd("300a,0016", "LO", [c[5]], "DoseReferenceDescription", ind=1)
        dd("300a,0026", "DS", ["%g" % (c[2] / 100.0)], "TargetPrescriptionDose", ind=1)
        dd("300a,0078", "IS", [str(c[3])], "NumberOfFractionsPlanned", ind=1)
        dd("300a,00b2", "SH", [p["machine"]], "TreatmentMachineName", ind=1)
        dd("300a,012c", "DS", ["%.2f\\%.2f\\%.2f" % (rng.uniform(-30, 30), rng.uniform(-200, 50), rng.uniform(-30, 30))], "IsocenterPosition", ind=1)
    elif kind == "RTDOSE":
        dd("0028,0010", "US", None, "Rows", raw=(str(rng.choice([121, 161, 189, 201])), 2))
        dd("0028,0011", "US", None, "Columns", raw=(str(rng.choice([121, 161, 189, 201])), 2))
        dd("3004,0002", "CS", ["GY"], "DoseUnits")
        dd("3004,0004", "CS", ["PHYSICAL"], "DoseType")
        dd("3004,000a", "CS", ["PLAN"], "DoseSummationType")
        dd("3004,000e", "DS", ["%.7e" % rng.uniform(1e-5, 9e-5)], "DoseGridScaling")
    else:
        dd("3006,0002", "SH", [rng.choice(["Pelvis_CT1", "CT_1", "RS_SIM"])], "StructureSetLabel")
        if rng.random() < 0.6:
            dd("3006,0008", "DA", [(study.strftime("%Y%m%d"), "date")], "StructureSetDate")
        for roi in rng.sample([c[5], "BODY", "Rectum", "Bladder", "SpinalCord", "Heart", "Lung_L", "CouchSurface"], 3):
            dd("3006,0026", "LO", [roi], "ROIName", ind=1)


def pyd(tag, name, vr, val):
    """pydicom 2.x DataElement repr."""
    head = "(%s, %s) %-35s %s: " % (tag[:4], tag[5:], name, vr)
    if isinstance(val, tuple) or (isinstance(val, list)):
        parts = val if isinstance(val, list) else [val]
        txt = ptxt(parts)
        q = '"' if "'" in txt else "'"
        emit("pydicom-repr", head, q, parts, q)
    else:
        emit("pydicom-repr", head, val)


def pydicom_block(p):
    tick(0.5, 10)
    c = p["plan"]
    emit("tps-python", "%s - rtexport.audit - INFO - Dumping header of /mnt/ro_share/export/RP.%s.dcm" % (ts_l4n(), vuid(5)))
    pyd("0008,0016", "SOP Class UID", "UI", "RT Plan Storage")
    pyd("0008,0018", "SOP Instance UID", "UI", vuid(5))
    study = REF - dt.timedelta(days=rng.randint(9, 25))
    pyd("0008,0020", "Study Date", "DA", (study.strftime("%Y%m%d"), "date"))
    pyd("0008,0030", "Study Time", "TM", "'%02d%02d%02d'" % (rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)))
    pyd("0008,0060", "Modality", "CS", "'RTPLAN'")
    pyd("0010,0010", "Patient's Name", "PN", (dcmname(p, upper=True), "name"))
    pyd("0010,0020", "Patient ID", "LO", (p["mrn"], "mrn"))
    pyd("0010,0030", "Patient's Birth Date", "DA", (p["dob"].strftime("%Y%m%d"), "date"))
    pyd("0010,0040", "Patient's Sex", "CS", "'%s'" % p["sex"])
    pyd("0010,1010", "Patient's Age", "AS", [age_parts(p, "%03dY")])
    pyd("300a,0002", "RT Plan Label", "SH", "'%s'" % c[1])
    pyd("300a,000c", "RT Plan Geometry", "CS", "'PATIENT'")
    emit("pydicom-repr", "(300a, 0070)  Fraction Group Sequence  1 item(s) ---- ")
    emit("pydicom-repr", "   (300a, 0071) Fraction Group Number               IS: '1'")
    emit("pydicom-repr", "   (300a, 0078) Number of Fractions Planned         IS: '%d'" % c[3])
    emit("pydicom-repr", "   (300a, 0080) Number of Beams                     IS: '%d'" % rng.randint(1, 4))
    emit("pydicom-repr", "   ---------")


# ---- TPS scripting / queue ------------------------------------------------
def tpy(logger, lvl, *msg):
    emit("tps-python", "%s - %s - %s - " % (ts_l4n(), logger, lvl), list(msg))


def tps_job(p):
    tick(1, 30)
    c = p["plan"]
    job = "dc-" + hexid(8)
    tpy("autoplan.%s" % p["site"], "INFO", "Loaded patient '", (dcmname(p, upper=True, ascii_=True), "name"), "' (", (p["mrn"], "mrn"),
        "), case 'CASE 1', exam 'CT 1', beam set '%s'" % c[1])
    tick(1, 10)
    q = {"ts": ts_isoz(), "level": "info", "svc": "calcq", "job_id": job, "state": "QUEUED", "node": None,
         "patient_id": P(p["mrn"], "mrn"), "plan": c[1], "algo": rng.choice(["CCDose 5.6", "AcurosXB 16.1", "MonteCarlo 5.6"]),
         "grid_mm": rng.choice([2.0, 2.5, 3.0]), "requested_by": staff("dosi")[2]}
    if rng.random() < 0.5:
        q["patientName"] = P(dcmname(p), "name")
    jemit("tps-queue", "", q, ea=True)
    for it in sorted(rng.sample(range(5, 100), 2)):
        tick(2, 40)
        tpy("autoplan.%s" % p["site"], "INFO", "Optimization iteration %d/100 objective=%.5f (%s D98 %.0f cGy)" % (it, rng.uniform(0.001, 0.08), c[5], c[2] * rng.uniform(0.95, 0.99)))
    tick(5, 60)
    jemit("tps-queue", "", {"ts": ts_isoz(), "level": "info", "svc": "calcq", "job_id": job, "state": "DONE",
                            "node": "rs-gpu-0%d" % rng.randint(1, 4), "elapsed_s": round(rng.uniform(20, 300), 1), "gpu": rng.randint(0, 1)}, ea=True)
    if rng.random() < 0.5:
        g = rng.choice([("Rectum V7000cGy < 15%", "%.1f%%" % rng.uniform(15.1, 19)), ("Heart Dmean < 400 cGy", "%.0f cGy" % rng.uniform(401, 520)),
                        ("SpinalCord D0.03cc < 4500 cGy", "%.0f cGy" % rng.uniform(4501, 4700)), ("Lung_Total V20Gy < 30%", "%.1f%%" % rng.uniform(30.1, 34))])
        tpy("autoplan.%s" % p["site"], "WARNING", "Clinical goal failed: %s (actual %s)" % g)


def tps_noise():
    tick()
    r = rng.random()
    if r < 0.4:
        jemit("tps-queue", "", {"ts": ts_isoz(), "level": "info", "svc": "calcq", "msg": "queue stats", "pending": rng.randint(0, 9),
                                "running": rng.randint(0, 4), "gpu_free": rng.randint(0, 4), "workers": ["rs-gpu-01", "rs-gpu-02", "rs-gpu-03", "rs-gpu-04"]}, ea=True)
    elif r < 0.6:
        tpy("rs_license", "INFO", "Acquired license token RayStation-Plan (%d/%d in use) from rlm01.lakeshore.local:5053" % (rng.randint(2, 9), 10))
    elif r < 0.8:
        tpy("autoplan.common", "ERROR", "KeyError: 'ExaminationDateTime' in get_exam_meta() at autoplan/common.py:%d" % rng.randint(80, 400))
    else:
        tpy("autoplan.common", "DEBUG", "Using template 'LRCC_VMAT_%s_v%d' (modified 2023-11-02 by %s)" % (
            rng.choice(["PROST", "HN", "LUNG"]), rng.randint(2, 7), staff("dosi")[2]))


def esapi(p=None):
    tick()
    pre = "[ESAPI] %s PlanCheck v2.3.1 | " % T.strftime("%Y-%m-%d %H:%M:%S")
    chk = rng.choice([("Max dose < 110%", "PASS (%.1f%%)" % rng.uniform(103, 109)), ("Couch structure present", "PASS"),
                      ("Tolerance table = T2", "PASS"), ("Dose rate max", "WARN (1400 MU/min on 6X-FFF)"),
                      ("Plan normalization", "PASS (100.0% covers 95% PTV)")])
    if p is None:
        emit("esapi-console", pre, "Check '%s' %s" % chk)
    else:
        c = p["plan"]
        emit("esapi-console", pre, "Patient: ", (disp(p), "name"), " (", (p["mrn"], "mrn"), ") | Course: %s | Plan: %s | Check '%s' %s" % ((c[0], c[1]) + chk))


# ---- brachy afterloader ---------------------------------------------------
def afl(lvl, *msg):
    emit("afterloader", "%s FLX1 [%-5s] " % (ts_eu(), lvl), list(msg))


def hdr_session(p):
    tick(5, 60)
    c = p["plan"]
    afl("INFO", "Source Ir-192 S/N D36A-%04d activity %.3f Ci (%.1f GBq), calibrated 2024-02-02, decay-corrected" % (4417, 7.98, 295.3))
    tick(2, 60)
    afl("INFO", "Treatment started: patient '", (fold(p["last"]).upper() + ", " + fold(p["first"]), "name"), "' ID ", (p["mrn"], "mrn"),
        " plan '%s' fraction %d of %d, %d channel(s)" % (c[1], p["fx"], c[3], rng.randint(1, 3)))
    for ch in range(rng.randint(2, 4)):
        tick(3, 30)
        afl("INFO", "Ch %02d dwell pos %d (%.1f mm) t=%.1f s" % (rng.randint(1, 3), rng.randint(1, 24), rng.uniform(1150, 1300), rng.uniform(2, 30)))
    if rng.random() < 0.4:
        afl("WARN", "Obstruction test ch %02d at %d mm, retract and retry (code 1204)" % (rng.randint(1, 3), rng.randint(1100, 1300)))
    tick(10, 200)
    afl("INFO", "Treatment completed: total time %.1f s, interrupts 0, dose to ref pt %.0f cGy" % (rng.uniform(180, 600), c[2] / c[3]))


def hdr_noise():
    tick()
    afl(rng.choice(["INFO", "INFO", "WARN"]), rng.choice([
        "Daily check: source position accuracy %.1f mm (tol 1.0 mm) PASS" % rng.uniform(0.1, 0.8),
        "Check cable run ch %02d OK, %d mm" % (rng.randint(1, 18), rng.randint(1200, 1500)),
        "Emergency container self-test OK, door interlock OK, area monitor %.2f µSv/h" % rng.uniform(0.05, 0.3),
        "Oncentra Brachy plan received via TCP 10.20.9.12:5104 (%d dwell positions)" % rng.randint(10, 40),
    ]))


# ---- scheduling / HL7 -----------------------------------------------------
def hseg(name, fields):
    out = [name]
    for f in fields:
        out.append("|")
        out.append(f)
    return out


def pid_seg(p, full=True):
    nm = [(fold(p["last"]).upper(), "name"), "^", (fold(p["first"]).upper(), "name")] + (["^", (p["mid"].upper(), "name")] if p["mid"] else [])
    ph = p["phone"]
    f = ["1", "", [(p["mrn"], "mrn"), "^^^LRMC^MR"], "", nm, "", [(p["dob"].strftime("%Y%m%d"), "date")], p["sex"], "", "",
         [(p["street"].upper(), "address"), "^^", (p["city"].upper(), "address"), "^%s^" % p["state"], (p["zip"], "zip"), "^USA^H"] if full else "",
         "", [("(%s)%s" % (ph[:3], ph[4:]), "phone"), "^PRN^PH~^NET^Internet^", (p["email"], "email")] if full else "", "",
         "ENG", "", "", [(p["har"], "account")] if full else "", [(p["ssn"].replace("-", ""), "ssn")] if full else ""]
    return hseg("PID", f)


def hl7_log(chan, parts):
    emit("hl7-mirth", "[%s]  INFO  (com.mirth.connect.server.channel.%s:%d): received " % (ts_l4n(), chan, rng.randint(100, 900)), parts)


def hl7_adt(p):
    tick()
    ctl = "MSG%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
    msh = "MSH|^~\\&|EPIC|LRMC|ARIA|LRCC_RO|%s||ADT^A08^ADT_A01|%s|P|2.5.1" % (ts_hl7(), ctl)
    onc = staff("onc")
    nk1 = hseg("NK1", ["1", [(fold(p["nok_last"]).upper(), "name"), "^", (fold(p["nok_first"]).upper(), "name")], p["nok_rel"], "",
                       [("(%s)%s" % (p["nok_phone"][:3], p["nok_phone"][4:]), "phone")]])
    pv1 = "PV1|1|O|RO^%s^^LRCC||||%s^%s^%s^^^DR^^^NPI" % (p["machine"], ONC_NPI[onc[2]], onc[1].upper(), onc[0].upper())
    in1f = ["1", p["ins"], rng.choice(["00952", "00621", "60054", "87726"]), p["payer"]] + [""] * 3 + [p["group"]] + [""] * 7 + \
        [[(fold(p["last"] if "sub_first" not in p else p["last"]).upper(), "name"), "^", (fold(p.get("sub_first", p["first"])).upper(), "name")],
         "01" if "sub_first" in p else "18"] + [""] * 18 + [[(p["member"], "health_plan")]]
    in1 = hseg("IN1", in1f)
    parts = [msh, "\\r", "EVN|A08|%s" % ts_hl7(), "\\r"] + pid_seg(p) + ["\\r"] + nk1 + ["\\r", pv1, "\\r"] + in1
    hl7_log("ADT_IN_EPIC", parts)


def hl7_siu(p):
    tick()
    d = REF + dt.timedelta(days=rng.randint(1, 10))
    start = dt.datetime(d.year, d.month, d.day, rng.randint(7, 17), rng.choice([0, 15, 30, 45]))
    end = start + dt.timedelta(minutes=15)
    msh = "MSH|^~\\&|ARIA|LRCC_RO|EPIC|LRMC|%s||SIU^S12^SIU_S12|SIU%07d|P|2.5.1" % (ts_hl7(), rng.randint(10 ** 6, 10 ** 7 - 1))
    s1, e1 = start.strftime("%Y%m%d"), end.strftime("%Y%m%d")
    sc = staff("sched")
    sch = ["SCH|%d^ARIA||||||TX^Treatment|IMRT|15|min|^^15^" % rng.randint(3000000, 3900000), (s1 + start.strftime("%H%M%S"), "date"), "^",
           (e1 + end.strftime("%H%M%S"), "date"), "|||||%s^%s^%s" % (sc[2], sc[1].upper(), sc[0].upper())]
    parts = [msh, "\\r"] + sch + ["\\r"] + pid_seg(p, full=False) + ["\\r", "AIL|1||%s^^^LRCC_RO" % p["machine"]]
    hl7_log("SIU_OUT_EPIC", parts)


def hl7_noise():
    tick()
    r = rng.random()
    if r < 0.6:
        ctl = "MSG%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)
        hl7_log("ADT_IN_EPIC", ["MSH|^~\\&|ARIA|LRCC_RO|EPIC|LRMC|%s||ACK^A08^ACK|ACK%s|P|2.5.1\\rMSA|AA|%s" % (ts_hl7(), ctl[3:], ctl)])
    else:
        emit("hl7-mirth", "[%s]  INFO  (com.mirth.connect.server.controllers.DefaultChannelController:%d): Channel %s stats: received=%d filtered=%d errored=%d queued=%d" % (
            ts_l4n(), rng.randint(100, 900), rng.choice(["ADT_IN_EPIC", "SIU_OUT_EPIC", "DFT_OUT_EPIC"]), rng.randint(800, 3000), rng.randint(0, 300), rng.randint(0, 4), rng.randint(0, 3)))


def sched_json(p=None):
    tick()
    if p is None:
        d = REF + dt.timedelta(days=rng.randint(1, 9))
        m = rng.choice(["TB1", "TB2", "HAL1", "VRS1"])
        jemit("sched-json", "", {"ts": ts_isoz(), "evt": "resource.blocked", "resource": m, "reason": rng.choice(["PM - Varian FSE", "Monthly QA", "MLC motor replacement", "Annual TG-142"]),
                                 "start": d.strftime("%Y-%m-%d") + "T06:00:00-05:00", "end": d.strftime("%Y-%m-%d") + "T14:00:00-05:00",
                                 "blockedBy": staff("phys")[2], "apptsMoved": rng.randint(0, 14)}, compact=True)
        return
    d = REF + dt.timedelta(days=rng.randint(1, 12))
    hh = "T%02d:%s:00-05:00" % (rng.randint(7, 16), rng.choice(["00", "15", "30", "45"]))
    obj = {"ts": ts_isoz(), "evt": rng.choice(["appointment.booked", "appointment.rescheduled"]), "apptId": "AP-%07d" % rng.randint(10 ** 6, 10 ** 7 - 1),
           "patientMrn": P(p["mrn"], "mrn"), "resource": p["machine"], "activity": rng.choice(["IMRT TX", "OTV", "CT SIM", "FOLLOW UP"]),
           "start": S((d.strftime("%Y-%m-%d"), "date"), hh), "durationMin": rng.choice([15, 20, 30]), "bookedBy": staff("sched")[2]}
    if rng.random() < 0.4:
        lang = {"Kowalska": "pl", "Nguyễn": "vi", "Ibarra Ruiz": "es", "Carvalho": "pt", "Volkov": "ru"}.get(p["last"], "en")
        obj["reminder"] = {"sms": P("+1" + p["mobile"].replace("-", ""), "phone"), "lang": lang}
    jemit("sched-json", "", obj, compact=True)


def postfix(p=None):
    tick()
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    h = "%s ro-mail01 " % ts_syslog()
    emit("postfix", h, "postfix/cleanup[%d]: %s: message-id=<%s.%s@ro-mail01.lakeshore.local>" % (rng.randint(20000, 30000), qid, T.strftime("%Y%m%d%H%M%S"), qid))
    tick(0, 0.3)
    emit("postfix", h, "postfix/qmgr[1121]: %s: from=<noreply@lakeshore-cancer.org>, size=%d, nrcpt=1 (queue active)" % (qid, rng.randint(2000, 9000)))
    tick(0.1, 2)
    mx = rng.choice([("gmail-smtp-in.l.google.com", "142.250.%d.%d" % (rng.randint(1, 200), rng.randint(1, 250))),
                     ("mx.example.net", "203.0.113.%d" % rng.randint(2, 250))])
    tail = ", relay=%s[%s]:25, delay=%.2f, delays=0.05/0.01/0.2/0.16, dsn=2.0.0, status=sent (250 2.0.0 OK %d)" % (mx[0], mx[1], rng.uniform(0.2, 2), int(T.timestamp()))
    if p is None:
        emit("postfix", h, "postfix/smtp[%d]: %s: to=<%s>" % (rng.randint(20000, 30000), qid, rng.choice(["physics-qa@lakeshore-cancer.org", "ro-scheduling@lakeshore-cancer.org", "mferreira@lakeshore-cancer.org"])), tail)
    else:
        emit("postfix", h, "postfix/smtp[%d]: %s: to=<" % (rng.randint(20000, 30000), qid), (p["email"], "email"), ">", tail)


def transport(p=None):
    tick()
    unit = "MR-%03d" % rng.randint(100, 199)
    if p is None:
        jemit("transport-json", "", {"timestamp": ts_iso_off(), "type": "DriverStatus", "vendor": "MedRide Chicago", "unit": unit,
                                     "status": rng.choice(["available", "returning", "off_duty"]), "lat": round(rng.uniform(41.80, 41.95), 4),
                                     "lon": round(rng.uniform(-87.75, -87.62), 4), "speedMph": rng.randint(0, 40)})
        return
    d = REF + dt.timedelta(days=rng.randint(0, 4))
    rider = {"name": P(fl(p), "name"), "phone": P("+1-" + p["phone"], "phone")}
    if p["age"] > 89 or rng.random() < 0.5:
        rider["age"] = P(p["age"], "age") if p["age"] > 89 else p["age"]
    rider["wheelchair"] = p["age"] > 85
    obj = {"timestamp": ts_iso_off(), "type": "RideRequested", "rideId": "RR-%07d" % rng.randint(10 ** 6, 10 ** 7 - 1)}
    if "ride" in p:
        obj["caseNo"] = P(p["ride"], "other_id")
    obj.update({"rider": rider,
                "pickup": {"address": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"], "zip")},
                "dropoff": {"facility": "Lakeshore Regional Cancer Center", "address": "1650 W Harrison St", "city": "Chicago", "zip": "60612"},
                "apptTime": S((d.isoformat(), "date"), "T%02d:%s:00-05:00" % (rng.randint(7, 15), rng.choice(["00", "30"]))),
                "vendor": "MedRide Chicago", "vehicle": {"unit": unit, "plate": "LV %05d" % rng.randint(10000, 99999)}})
    jemit("transport-json", "", obj)


# ---- patient portal -------------------------------------------------------
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
       'LRCC-MyRO/4.2.0 (iOS 17.3.1; iPhone14,5)']


def portal(p):
    ua = rng.choice(UAS)
    for k in range(rng.randint(1, 3)):
        tick(0.2, 20)
        r = rng.random()
        user = [(p["portal_user"], "other_id")] if rng.random() < 0.5 else ["-"]
        if k == 0 and r < 0.35:
            req = ["GET /myro/api/v2/patients/", (p["mrn"], "mrn"), "/appointments HTTP/2.0\" 200 %d" % rng.randint(800, 6000)]
        elif r < 0.55:
            req = ["GET /static/js/app.%s.js HTTP/2.0\" 200 %d" % (hexid(6), rng.randint(80000, 400000))]
        elif r < 0.75:
            req = ["POST /myro/api/v2/messages HTTP/2.0\" 201 %d" % rng.randint(100, 600)]
        else:
            req = ["GET /myro/api/v2/documents/%d/pdf HTTP/2.0\" 200 %d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(40000, 900000))]
        emit("portal-nginx", (p["ip"], "ip"), " - ", user, " [%s] \"" % ts_nginx(), req,
             " \"https://myro.lakeshore-cancer.org/home\" \"%s\" rt=%.3f" % (ua, rng.uniform(0.005, 0.9)))


def portal_noise():
    tick()
    r = rng.random()
    if r < 0.6:
        emit("portal-nginx", "10.20.1.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.001" % (rng.randint(2, 9), ts_nginx()))
    else:
        emit("portal-nginx", "10.20.1.%d - - [%s] \"GET /myro/api/v2/config HTTP/1.1\" 304 0 \"-\" \"Prometheus/2.49.1\" rt=%.3f" % (rng.randint(2, 9), ts_nginx(), rng.uniform(0.001, 0.02)))


def portal_app_register(p):
    tick()
    DONE["appreg"] = 1
    obj = {"ts": ts_isoz(), "event": "device.registered", "user": P(p["portal_user"], "other_id"), "platform": "android",
           "appVersion": "4.2.0", "deviceImei": P(p["imei"], "device"), "pushToken": hexid(32), "clientIp": P(p["ip"], "ip")}
    jemit("portal-api", "", obj, compact=True)


def portal_url(p):
    tick()
    slug = fold(p["first"]).lower().replace(" ", "-") + "-" + fold(p["last"]).lower().replace(" ", "-").replace("'", "")
    url = "https://telehealth.lakeshore-cancer.org/visit/%s-%s" % (slug, (REF + dt.timedelta(days=rng.randint(1, 9))).strftime("%m%d"))
    jemit("portal-api", "", {"ts": ts_isoz(), "event": "telehealth.link.created", "mrn": P(p["mrn"], "mrn"), "joinUrl": P(url, "url"),
                             "provider": staff("onc")[2], "ttlMin": 120}, compact=True)


# ---- billing --------------------------------------------------------------
CPT = [("77386", "IMRT TX DELIVERY COMPLEX", 1142.00), ("77385", "IMRT TX DELIVERY SIMPLE", 689.00),
       ("77387", "GUIDANCE FOR RADIAJ TX DLVR", 148.00), ("77014", "CT SCAN FOR THERAPY GUIDE", 214.00),
       ("77427", "RADIATION TX MANAGEMENT X5", 412.00), ("77336", "RADIATION PHYSICS CONSULT", 196.00),
       ("77300", "RADIATION THERAPY DOSE PLAN", 241.00), ("77301", "RADIOTHERAPY DOSE PLAN IMRT", 2830.00),
       ("77338", "DESIGN MLC DEVICE FOR IMRT", 1004.00), ("77263", "RADIATION THERAPY PLANNING", 388.00),
       ("77770", "HDR RDNCL NTRSTL/ICAV BRCHTX 1 CHNL", 702.00), ("77316", "BRACHYTX ISODOSE PLAN SIMPLE", 498.00),
       ("77412", "RADIATION TREATMENT DELIVERY", 604.00), ("77290", "SET RADIATION THERAPY FIELD", 711.00)]


def charge_header():
    tick()
    emit("charge-csv", "ChargeId,ServiceDate,MRN,PatientName,CPT,Mod,Description,Units,Amount,RenderingNPI,Dept,Machine,HAR")


def charge_row(p):
    tick(0.01, 0.5)
    cpt = rng.choice(CPT[10:12]) if p["site"] == "gyn" else rng.choice(CPT[:10] + CPT[12:])
    onc = staff("onc")
    dos = REF - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    emit("charge-csv", "CHG-%s-%05d," % (T.strftime("%Y%m%d"), rng.randint(1, 99999)), (dos.strftime("%m/%d/%Y"), "date"), ",",
         (p["mrn"], "mrn"), ',"', (disp(p), "name"), '",%s,%s,%s,1,%.2f,%s,RADONC,%s,' % (
             cpt[0], rng.choice(["", "", "26", "TC"]), cpt[1], cpt[2], ONC_NPI[onc[2]], p["machine"]), (p["har"], "account"))


def charge_noise():
    tick()
    r = rng.random()
    if r < 0.5:
        emit("charge-csv", "# batch CHGEXP-%s exported %s by svc_chgexp: %d rows, gross $%s, rejected %d" % (
            T.strftime("%m%d"), T.strftime("%Y-%m-%d %H:%M"), rng.randint(80, 260), "{:,.2f}".format(rng.uniform(60000, 250000)), rng.randint(0, 5)))
    else:
        emit("charge-csv", "# REJECT CHG-%s-%05d: CPT %s requires modifier 26 or TC for POS 22 (rule RO-114)" % (
            T.strftime("%Y%m%d"), rng.randint(1, 99999), rng.choice(["77386", "77014", "77427"])))


def x12_837(p):
    tick()
    ctl = rng.randint(4000, 4999)
    ts = T.strftime("%y%m%d*%H%M")
    cpt = rng.choice(CPT[:4])
    dos = REF - dt.timedelta(days=rng.choice([0, 1, 2, 3]))
    onc = staff("onc")
    ins_last = fold(p["last"]).upper()
    ins_first = fold(p.get("sub_first", p["first"])).upper()
    parts = ["ISA*00*          *00*          *ZZ*LAKESHORERO    *ZZ*CLEARHOUSE     *%s*^*00501*%09d*0*P*:~" % (ts, ctl),
             "GS*HC*LAKESHORERO*CLEARHOUSE*%s*%d*X*005010X222A1~ST*837*0001*005010X222A1~" % (T.strftime("%Y%m%d*%H%M"), ctl),
             "BHT*0019*00*CHG%s*%s*CH~" % (T.strftime("%m%d%H"), T.strftime("%Y%m%d*%H%M")),
             "NM1*85*2*LAKESHORE REGIONAL CANCER CTR*****XX*%s~N3*1650 W HARRISON ST~N4*CHICAGO*IL*606127321~REF*EI*362211873~" % ORG_NPI,
             "SBR*P*%s*%s******%s~" % ("18" if "sub_first" not in p else "01", p["group"], "MB" if p["ins"] == "MCR" else ("MC" if p["ins"] == "MCD" else "CI")),
             "NM1*IL*1*", (ins_last, "name"), "*", (ins_first, "name"), "****MI*", (p["member"], "health_plan"), "~N3*",
             (p["street"].upper(), "address"), "~N4*", (p["city"].upper(), "address"), "*%s*" % p["state"], (p["zip"], "zip"),
             "~DMG*D8*", (p["dob"].strftime("%Y%m%d"), "date"), "*%s~" % p["sex"],
             "NM1*PR*2*%s*****PI*%s~" % (p["payer"], rng.choice(["00952", "60054", "87726", "00621"]))]
    if "sub_first" in p:
        parts += ["HL*3*2*23*0~PAT*01~NM1*QC*1*", (fold(p["last"]).upper(), "name"), "*", (fold(p["first"]).upper(), "name"), "~DMG*D8*",
                  (p["dob"].strftime("%Y%m%d"), "date"), "*M~"]
    parts += ["CLM*", (p["har"], "account"), "*%.0f***22:B:1*Y*A*Y*Y~HI*ABK:%s~" % (cpt[2], p["plan"][6].replace(".", "")),
              "NM1*82*1*%s*%s****XX*%s~" % (onc[1].upper(), onc[0].upper(), ONC_NPI[onc[2]]),
              "LX*1~SV1*HC:%s*%.0f*UN*1***1~DTP*472*D8*" % (cpt[0], cpt[2]), (dos.strftime("%Y%m%d"), "date"),
              "~SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (rng.randint(22, 30), ctl, ctl)]
    emit("x12-837", parts)


def x12_999():
    tick()
    ctl = rng.randint(4000, 4999)
    emit("x12-837", "ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*LAKESHORERO    *%s*^*00501*%09d*0*P*:~GS*FA*CLEARHOUSE*LAKESHORERO*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*%d*005010X222A1~AK2*837*0001~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%09d~" % (
        T.strftime("%y%m%d*%H%M"), ctl + 1, T.strftime("%Y%m%d*%H%M"), ctl + 1, ctl, ctl + 1, ctl + 1))


def copay(p):
    tick()
    pre = "%s POS-RO-01 payments " % ts_dot()
    if "iban" in p and not DONE.get("iban"):
        DONE["iban"] = 1
        emit("payments", pre, "SEPA refund queued for HAR ", (p["har"], "account"), " payee '", (fold(disp(p)), "name"),
             "' IBAN ", (p["iban"], "account"), " BIC COBADEFFXXX amount EUR %.2f ref RF%s" % (rng.uniform(20, 300), digits(8)))
    elif "card" in p and DONE.get("card", 0) < 1:
        DONE["card"] = DONE.get("card", 0) + 1
        emit("payments", pre, "Card-on-file charge HAR ", (p["har"], "account"), " PAN ", (p["card"], "account"),
             " exp %02d/%02d amount $%.2f auth %06d result APPROVED (gateway txn %s)" % (rng.randint(1, 12), rng.randint(25, 29), rng.choice([40, 50, 75]), rng.randint(0, 999999), hexid(12)))
    else:
        emit("payments", pre, "Copay collected HAR ", (p["har"], "account"), " card ************%04d amount $%.2f auth %06d by %s" % (
            rng.randint(0, 9999), rng.choice([25, 40, 50, 75]), rng.randint(0, 999999), staff("sched")[2]))


# ---- registration ----------------------------------------------------------
def registration(p):
    tick()
    REGISTERED.add(p["mrn"])
    desk = rng.randint(1, 3)
    pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
    if "dl" in p:
        emit("registration", pre, "IDScan DL IL ", (p["dl"], "license"), " name=\"", (fold(p["last"]).upper() + ", " + fold(p["first"] + (" " + p["mid"] if p["mid"] else "")).upper(), "name"),
             "\" dob=", (p["dob"].strftime("%m/%d/%Y"), "date"), " addr=\"", (p["street"].upper() + ", " + p["city"].upper(), "address"), " IL ", (p["zip"], "zip"), "\"")
        tick(1, 20)
        pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
    if "dl_in" in p:
        emit("registration", pre, "IDScan DL IN ", (p["dl_in"], "license"), " name=\"", (fold(p["last"]).upper() + ", " + fold(p["first"]).upper(), "name"),
             "\" dob=", (p["dob"].strftime("%m/%d/%Y"), "date"), " addr=\"", (p["street"].upper(), "address"), ", ", (p["city"].upper(), "address"), " IN ", (p["zip"], "zip"), "\"")
        tick(1, 20)
        pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
    emit("registration", pre, "InsCardScan payer=%s member=" % p["payer"], (p["member"], "health_plan"),
         (" group=%s" % p["group"]) if p["group"] else "", " subscriber=\"",
         ((fold(p["last"]) + ", " + fold(p.get("sub_first", p["first"]))).upper(), "name"), "\" rel=%s rxbin=610455" % ("SPOUSE" if "sub_first" in p else "SELF"))
    if "pesel" in p:
        tick(1, 20)
        pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
        emit("registration", pre, "ForeignID captured type=PESEL country=PL value=", (p["pesel"], "other_id"), " verified_by=%s" % staff("sched")[2])
    if "cpf" in p:
        tick(1, 20)
        pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
        emit("registration", pre, "ForeignID captured type=CPF country=BR value=", (p["cpf"], "other_id"), " verified_by=%s" % staff("sched")[2])
    if rng.random() < 0.5:
        tick(1, 20)
        pre = "%s FRONTDESK-%02d " % (ts_dot(), desk)
        emit("registration", pre, "Emergency contact updated for MRN ", (p["mrn"], "mrn"), ": ", (p["nok_first"] + " " + p["nok_last"], "name"),
             " (%s) " % p["nok_rel"], (p["nok_phone"], "phone"))


def kiosk_face(p):
    tick()
    obj = {"ts": ts_isoz(), "kiosk": "LOBBY-K2", "event": "checkin.face.enrolled", "mrn": P(p["mrn"], "mrn"), "consent": True,
           "faceTemplate": P(b64(rng.choice([384, 512])), "biometric"), "algo": "arcface-r100", "dims": 512}
    jemit("kiosk-checkin", "", obj, compact=True)


def kiosk_noise():
    tick()
    jemit("kiosk-checkin", "", {"ts": ts_isoz(), "kiosk": rng.choice(["LOBBY-K1", "LOBBY-K2"]), "event": rng.choice(["heartbeat", "printer.ok", "idle"]),
                                "uptimeS": rng.randint(1000, 900000), "ver": "2.8.14"}, compact=True)


def fin_counsel(p):
    tick()
    emit("payments", "%s POS-RO-01 payments " % ts_dot(), "Financial assistance note HAR ", (p["har"], "account"),
         " by %s: patient referenced fundraiser " % staff("bill")[2], (p["fund"], "url"), " ; FPL screening scheduled")


def registration_noise():
    tick()
    emit("registration", "%s FRONTDESK-%02d " % (ts_dot(), rng.randint(1, 3)), rng.choice([
        "IDScan driver v4.12.3 device=Ambir nScan 700gt SN AMB7G-%06d ready" % rng.randint(100000, 999999),
        "Kiosk queue: %d waiting, avg wait %d min, staff on desk: %s, %s" % (rng.randint(0, 9), rng.randint(1, 25), sname(STAFF["sched"][0]), sname(STAFF["sched"][1])),
        "Label printer ZD421 (10.20.3.%d) out of media" % rng.randint(20, 90),
    ]))


# ---- QA / physics ---------------------------------------------------------
def qa_noise():
    tick()
    ph = staff("phys")
    m = rng.choice(["TB1", "TB2", "HAL1", "VRS1"])
    r = rng.random()
    if r < 0.35:
        emit("qa-report", "QA|%s|%s|Daily|Output 6X %+.1f%% 10X %+.1f%% 6FFF %+.1f%%|Lasers ±1 mm OK|ODI 100.0 cm|Door interlock OK|signed %s RTT" % (
            T.strftime("%Y-%m-%d"), m, rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5), sinit(staff("rtt"))))
    elif r < 0.6:
        emit("qa-report", "Monthly QA %s (SN %s) %s reviewed by %s, PhD, DABR: TG-142 within tolerance except %s; ticket VSC-2024-%06d; report mailed to physics-qa@lakeshore-cancer.org" % (
            m, MACHINES[m]["sn"], (REF - dt.timedelta(days=rng.randint(1, 5))).isoformat(), sname(ph),
            rng.choice(["MLC leaf 34B speed", "kV/MV iso coincidence 1.1 mm", "none"]), rng.randint(100000, 999999)))
    elif r < 0.8:
        emit("qa-report", "TG-51 %s %s: kQ=%.4f, M_raw=%.3f nC, Dw(10cm)=%.4f cGy/MU, dev %+.2f%% (chamber Exradin A12 SN XA%06d, cal 2023-09-18)" % (
            m, rng.choice(["6X", "10X", "6FFF"]), rng.uniform(0.98, 0.995), rng.uniform(19, 21), rng.uniform(0.99, 1.01), rng.uniform(-1, 1), rng.randint(100000, 999999)))
    elif r < 0.9:
        emit("qa-report", "Winston-Lutz %s %s: max 3D offset %.2f mm (tol 0.75 mm), %d images, cone 5 mm, analyzed by %s" % (
            m, T.strftime("%Y-%m-%d"), rng.uniform(0.2, 0.7), rng.choice([8, 12, 16]), sname(ph)))
    else:
        emit("qa-report", "CT-SIM1 daily: HU water %+.1f, noise %.1f HU, laser/bore alignment %.1f mm, phantom Catphan 604 SN %d, signed %s" % (
            rng.uniform(-3, 3), rng.uniform(4, 7), rng.uniform(0, 1.5), rng.randint(10000, 99999), sinit(staff("rtt"))))


def psqa(p):
    tick()
    c = p["plan"]
    ph = staff("phys")
    emit("qa-report", "PSQA|%s|" % T.strftime("%Y-%m-%d"), (p["mrn"], "mrn"), "|%s/%s|ArcCHECK SN %d|gamma 3%%/2mm TH10%%|pass %.1f%%|%s" % (
        c[0], c[1], rng.randint(1200000, 1299999), rng.uniform(95, 100), sinit(ph)))


def chart_check(p):
    tick()
    c = p["plan"]
    ph = staff("phys")
    d = round(c[2] / c[3] * p["fx"], 1)
    emit("qa-report", "WeeklyChartCheck wk%d " % (p["fx"] // 5 + 1), (p["mrn"], "mrn"), " ", (disp(p), "name"),
         " %s/%s fx %d/%d %.1f/%.1f cGy, images reviewed, age " % (c[0], c[1], p["fx"], c[3], d, c[2]), age_parts(p),
         ", Rx OK, signed %s" % sinit(ph))


def invivo(p):
    tick()
    exp = c2 = p["plan"][2] / p["plan"][3]
    m = exp * rng.uniform(0.95, 1.05)
    emit("qa-report", "OSLD in-vivo ", (p["mrn"], "mrn"), " fx %d measured %.1f cGy expected %.1f cGy (%+.1f%%) reader microStar ii SN MS%05d" % (
        p["fx"], m, c2, (m / exp - 1) * 100, rng.randint(10000, 99999)))


def trial_enroll(p):
    tick()
    onc = staff("onc")
    l4n("INFO", "research", "Enrollment recorded: PatientId=", (p["mrn"], "mrn"), " enrolled on NRG-GI008 arm %s as subject " % rng.choice(["A", "B"]),
        (p["trial"], "other_id"), "; consent v3.2 witnessed by %s, PI Dr. %s (NCI site IL032)" % (staff("sched")[2], onc[1]))


def cied(p):
    tick()
    mf, model, modelno, sn, gtin_base = p["cied"]
    pre = "%s CIED-MGMT " % T.strftime("%Y-%m-%d %H:%M:%S")
    nxt = REF + dt.timedelta(days=rng.randint(5, 14))
    emit("cied-log", pre, "pt=", (p["mrn"], "mrn"), " (", (disp(p), "name"), ") device=%s %s %s SN=" % (mf, model, modelno), (sn, "device"),
         " pacing-dependent=%s est. cumulative dose %.2f Gy (TG-203 low<2 Gy) interrogation on " % (rng.choice(["N", "Y"]), rng.uniform(0.1, 1.9)),
         (nxt.isoformat(), "date"))
    if rng.random() < 0.6:
        tick(1, 10)
        pre = "%s CIED-MGMT " % T.strftime("%Y-%m-%d %H:%M:%S")
        udi = "(01)%s(17)%s(21)%s" % (gtin14(gtin_base), "2%d0630" % rng.randint(6, 9), sn)
        emit("cied-log", pre, "UDI scanned for pt=", (p["mrn"], "mrn"), ": ", (udi, "device"), " source=EHR implant record")


def cied_noise():
    tick()
    emit("cied-log", "%s CIED-MGMT " % T.strftime("%Y-%m-%d %H:%M:%S"), rng.choice([
        "Policy AAPM TG-203 (2019) loaded: low<2 Gy, medium 2-5 Gy, high>5 Gy or neutron-producing beams >10 MV",
        "Reminder job: %d CIED patients on treatment, %d interrogations due this week" % (rng.randint(2, 9), rng.randint(0, 4)),
        "Device rep on call: Medtronic CRHF 1-800-555-0113, Boston Scientific 1-800-555-0127",
    ]))


def breath_monitor(p):
    tick()
    jemit("resp-monitor", "", {"ts": ts_isoz(), "src": "resp-gw", "event": "ble.paired", "station": "FLX1-SUITE",
                               "patientRef": P(p["mrn"], "mrn"), "deviceMac": P(p["mac"].upper(), "device"),
                               "model": "Philips SpO2 wrist BLE", "rssi": -rng.randint(40, 80)}, compact=True)


# ---- parking / valet ------------------------------------------------------
def parking(p):
    tick()
    pre = "%s LPR-GARAGE-B " % ts_dot()
    if "vin" in p and rng.random() < 0.6:
        emit("parking-lpr", pre, "VALET ticket V-%05d plate=" % rng.randint(10000, 99999), (p["plate"], "vehicle"), " st=IL vin=", (p["vin"], "vehicle"),
             " make=FORD color=GRY owner=\"", (disp(p), "name"), "\" program=RT_DAILY_VALIDATION")
    else:
        emit("parking-lpr", pre, "ENTRY lane=%d plate=" % rng.randint(1, 3), (p["plate"], "vehicle"), " st=IL conf=%.2f permit=RT_DAILY holder_mrn=" % rng.uniform(0.9, 0.99),
             (p["mrn"], "mrn"))


def parking_noise():
    tick()
    emit("parking-lpr", "%s LPR-GARAGE-B " % ts_dot(), rng.choice([
        "camera %d heartbeat fps=%.1f temp=%dC" % (rng.randint(1, 4), rng.uniform(12, 15), rng.randint(30, 48)),
        "EXIT lane=%d gate open %d ms (no plate read, ticket validated)" % (rng.randint(1, 3), rng.randint(300, 900)),
        "occupancy level P2 %d/%d, level P3 %d/%d" % (rng.randint(50, 220), 220, rng.randint(10, 180), 180),
    ]))


def ntp_noise():
    tick()
    emit("syslog", "%s aria-app01 " % ts_syslog(), rng.choice([
        "chronyd[812]: Selected source 10.20.0.2 (ntp1.lakeshore.local)",
        "chronyd[812]: System clock wrong by %.6f seconds" % rng.uniform(-0.5, 0.5),
        "systemd[1]: Started Daily RO export job (ro-export.timer).",
        "kernel: [%d.%06d] nfs: server nas02 OK" % (rng.randint(100000, 999999), rng.randint(0, 999999)),
        "named[1044]: client @0x7f3a 10.20.4.%d#%d: query (cache) 'smartconnect.varian.com/A/IN' forwarded to 8.8.8.8" % (rng.randint(10, 250), rng.randint(30000, 60000)),
    ]))


def handoff_noise():
    tick()
    a, b = rng.sample(STAFF["rtt"], 2)
    emit("aria-log4net", "%s [%d] INFO  VMS.OIS.ARIALocal.Scheduling.MachineView - Shift handoff %s: %s -> %s, %d patients scheduled, %d add-ons, running %d min behind" % (
        ts_l4n(), rng.randint(5, 40), rng.choice(["TB1", "TB2", "HAL1"]), sname(a), sname(b), rng.randint(18, 40), rng.randint(0, 3), rng.randint(0, 30)))


# --------------------------------------------------------------------------
# events
# --------------------------------------------------------------------------
TX_QUEUE = []


def ev_treatment():
    if not TX_QUEUE:
        if DONE.get("txq"):
            return ev_qa()
        DONE["txq"] = 1
        TX_QUEUE.extend(rng.sample(PAT, len(PAT)))
    p = TX_QUEUE.pop()
    if p["machine"] == "FLX1":
        return hdr_session(p)
    if MACHINES[p["machine"]]["tms"] == "MOSAIQ":
        mosaiq_checkin(p)
        for _ in range(rng.randint(1, 2)):
            elekta_noise()
        mosaiq_dosehst(p)
        return
    aria_checkin(p)
    if rng.random() < 0.6:
        identify(p, "match")
    if p["site"] in ("breast", "srs", "sbrt") or rng.random() < 0.3:
        sgrt(p)
        for _ in range(rng.randint(0, 2)):
            sgrt(dibh=p["site"] == "breast")
    sess = new_session(p)
    kv_img(p, "couch", sess)
    kv_img(p, "cbct", sess)
    kv_img(p, "match", sess)
    if rng.random() < 0.4:
        kv_img(p, "saved", sess)
    rv_field(p, sess=sess)
    for _ in range(rng.randint(1, 2)):
        linac_noise()
    rv_field(p, record=True, sess=sess)


EXT = [x for x in PAT if x["site"] != "gyn"]


def ev_dicom():
    p = rng.choice(EXT)
    r = rng.random()
    if r < 0.4:
        storescu(p)
    elif r < 0.8:
        dicom_assoc(p if rng.random() < 0.7 else None)
    elif CAP["dcmdump"] < 2:
        CAP["dcmdump"] += 1
        dcmdump_block(p)
    else:
        dicom_assoc(p)


def ev_pydicom():
    if CAP["pydicom"] < 1:
        CAP["pydicom"] += 1
        pydicom_block(rng.choice(EXT))
    else:
        esapi(rng.choice(EXT))


CAP = {"dcmdump": 0, "pydicom": 0}
DONE = {}


def ev_tps():
    p = rng.choice(EXT)
    if rng.random() < 0.6:
        tps_job(p)
    else:
        esapi(p)
        esapi(None)


REGISTERED = set()


def ev_registration():
    p = rng.choice(PAT)
    r = rng.random()
    if r >= 0.4 and p["mrn"] in REGISTERED:
        r = 0.0
    if r < 0.4:
        hl7_adt(p)
        hl7_noise()
        if rng.random() < 0.5:
            aria_adt_update(p)
    else:
        registration(p)
        if rng.random() < 0.4:
            aria_audit(p)


def ev_schedule():
    p = rng.choice(PAT)
    r = rng.random()
    if r < 0.3:
        sched_json(p)
    elif r < 0.5:
        hl7_siu(p)
    elif r < 0.65 and MACHINES[p["machine"]]["tms"] == "MOSAIQ":
        mosaiq_book(p)
    elif r < 0.8:
        postfix(p)
    else:
        q = rng.choice([x for x in PAT if "ride" in x] + PAT[:6])
        transport(q)


def ev_portal():
    p = rng.choice(PAT)
    r = rng.random()
    if r < 0.65:
        portal(p)
    elif r < 0.85:
        portal_url(p)
    elif not DONE.get("appreg"):
        DONE["appreg"] = 1
        portal_app_register(BYKEY["Washington"])
    else:
        portal(p)


def ev_billing():
    charge_header()
    for p in rng.sample(PAT, rng.randint(2, 4)):
        charge_row(p)
    charge_noise()
    if rng.random() < 0.5:
        x12_837(rng.choice(PAT))
        if rng.random() < 0.6:
            x12_999()
    elif rng.random() < 0.5:
        copay(rng.choice([BYKEY["Blümel"], BYKEY["Venkataraman"]] + PAT))


def ev_qa():
    p = rng.choice(PAT)
    r = rng.random()
    if r < 0.4:
        psqa(rng.choice(EXT))
    elif r < 0.7:
        chart_check(p)
    else:
        invivo(p)


def ev_misc():
    r = rng.random()
    if r < 0.3:
        cied(rng.choice([BYKEY["Okonkwo"], BYKEY["Volkov"]]))
    elif r < 0.55:
        parking(rng.choice([BYKEY["O'Donoghue"], BYKEY["Dela Cruz"]]))
    elif r < 0.63:
        sql_phi(rng.choice(PAT))
    elif r < 0.7:
        empi_check(rng.choice(PAT))
    elif r < 0.85:
        identify(rng.choice(PAT), rng.choice(["enroll", "photo"]))
    elif r < 0.9:
        breath_monitor(BYKEY["Bekele"])
    elif r < 0.95:
        kiosk_face(rng.choice(PAT))
    else:
        aria_audit(rng.choice(PAT))


EVENTS = [(ev_treatment, 14), (ev_dicom, 3), (ev_pydicom, 0.6), (ev_tps, 6), (ev_registration, 7), (ev_schedule, 9),
          (ev_portal, 6), (ev_billing, 2.5), (ev_qa, 6), (ev_misc, 8)]
NOISE = [(aria_noise, 8), (mosaiq_noise, 4), (sql_noise, 6), (linac_noise, 9), (elekta_noise, 3), (rv_noise, 3),
         (kv_img, 4), (sgrt, 4), (identify, 2), (dicom_noise, 4), (tps_noise, 5), (hdr_noise, 3), (hl7_noise, 3),
         (sched_json, 2), (postfix, 2), (transport, 2), (portal_noise, 3), (charge_noise, 2), (x12_999, 1),
         (qa_noise, 5), (cied_noise, 1), (parking_noise, 2), (ntp_noise, 3), (handoff_noise, 2), (registration_noise, 2),
         (lambda: aria_audit(None), 3), (kiosk_noise, 2), (lambda: esapi(None), 2)]


def wchoice(items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def main():
    # a few guaranteed appearances of rarer identifiers
    def reg_once(p):
        if p["mrn"] in REGISTERED:
            hl7_adt(p)
        else:
            registration(p)

    def fdump(p):
        CAP["dcmdump"] += 1
        dcmdump_block(p)

    def fpyd(p):
        CAP["pydicom"] += 1
        pydicom_block(p)

    forced = [lambda: fdump(BYKEY["Nguyễn"]), lambda: reg_once(BYKEY["Carvalho"]), lambda: fpyd(BYKEY["Sørensen"]), lambda: reg_once(BYKEY["Kowalska"]),
              lambda: copay(BYKEY["Blümel"]), lambda: copay(BYKEY["Venkataraman"]), lambda: parking(BYKEY["Dela Cruz"]),
              lambda: portal_app_register(BYKEY["Washington"]), lambda: identify(BYKEY["Seo"], "enroll"),
              lambda: identify(BYKEY["Haddadi"], "photo"), lambda: breath_monitor(BYKEY["Bekele"]),
              lambda: cied(BYKEY["Volkov"]), lambda: reg_once(BYKEY["Seo"]), lambda: transport(BYKEY["Sørensen"]),
              lambda: portal_url(BYKEY["Yıldırım"]), lambda: x12_837(BYKEY["Carvalho"]), lambda: reg_once(BYKEY["Louis-Jeune"]), lambda: empi_check(BYKEY["Akana"]), lambda: trial_enroll(BYKEY["Papadakis"]),
              lambda: fin_counsel(BYKEY["Washington"]), lambda: kiosk_face(BYKEY["Akana"]), lambda: reg_once(BYKEY["Volkov"]),
              lambda: hl7_adt(BYKEY["Sørensen"]), lambda: portal_url(BYKEY["Papadakis"]), lambda: x12_837(BYKEY["Blümel"])]
    fi = 0
    step = 0
    nev = 0
    while len(LINES) < N_LINES:
        step += 1
        nophi = sum(1 for L in LINES if not L.spans)
        frac = nophi / len(LINES) if LINES else 1.0
        tick(20, 240)
        if frac < TARGET_NOPHI:
            wchoice(NOISE)()
            continue
        nev += 1
        if fi < len(forced) and nev % 3 == 0:
            forced[fi]()
            fi += 1
        else:
            wchoice(EVENTS)()
    assert fi == len(forced), (fi, len(forced))
    del LINES[N_LINES:]

    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    with open(logp, "wb") as f, open(labp, "w", encoding="utf-8", newline="\n") as g:
        for i, L in enumerate(LINES, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, i
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            last = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                assert b[s:e] == val, (i, s, e, val)
                assert s >= last, ("overlap", i)
                last = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
