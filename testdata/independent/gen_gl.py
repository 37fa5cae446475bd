#!/usr/bin/env python3
"""Deterministic generator for the 'gl' PHI test corpus.

Theme: offshore medical billing / coding company (India + Philippines teams)
working for US practices.  Writes gl.log and gl.labels.jsonl next to itself.
Standard library only.
"""
import base64
import datetime as dt
import json
import os
import unicodedata
import random

SEED = 180_2024_0304
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gl"


# ---------------------------------------------------------------- line builder
class L:
    """Builds one log line by concatenation, recording byte offsets of spans."""

    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.sp = []

    def __call__(self, *segs, esc=None):
        for g in segs:
            if isinstance(g, tuple):
                v, cat = g
                v = esc(v) if esc else v
                bb = v.encode("utf-8")
                st = len(self.b)
                self.b += bb
                self.sp.append((st, len(self.b), cat, bb))
            else:
                self.b += (esc(g) if esc else g).encode("utf-8")
        return self


class O(list):
    """JSON object: list of (key, value)."""


class A(list):
    """JSON array."""


class M(list):
    """A JSON string made of several segments (text or (value, cat))."""


def jesc(ea):
    return lambda x: json.dumps(x, ensure_ascii=ea)[1:-1]


def emit(l, v, ea=True, sep=(",", ":")):
    if isinstance(v, O):
        l("{")
        for i, (k, x) in enumerate(v):
            if i:
                l(sep[0])
            l(json.dumps(k) + sep[1])
            emit(l, x, ea, sep)
        l("}")
    elif isinstance(v, A):
        l("[")
        for i, x in enumerate(v):
            if i:
                l(sep[0])
            emit(l, x, ea, sep)
        l("]")
    elif isinstance(v, M):
        l('"')
        l(*v, esc=jesc(ea))
        l('"')
    elif isinstance(v, tuple):
        val, cat = v
        if isinstance(val, str):
            l('"')
            l((val, cat), esc=jesc(ea))
            l('"')
        else:
            l((json.dumps(val), cat))
    elif isinstance(v, str):
        l(json.dumps(v, ensure_ascii=ea))
    else:
        l(json.dumps(v))
    return l


def csvq(x):
    return x.replace('"', '""')


# ---------------------------------------------------------------- helpers
def ri(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%08x-%04x-4%03x-%04x-%012x" % (
        rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
        rng.getrandbits(14) | 0x8000, rng.getrandbits(48))


def luhn_check(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(s):
    return luhn_check(s[:-1]) == s[-1]


def card_number():
    kind = ch(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(ri(1, 5)) + digits(13)
    elif kind == "amex":
        body = "3" + ch("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_check(body)
    assert luhn_valid(n)
    return n


def imei():
    body = ch(["35", "86", "01", "99"]) + digits(12)
    n = body + luhn_check(body)
    assert luhn_valid(n) and len(n) == 15
    return n


def npi():
    body = ch("12") + digits(8)
    chk = luhn_check("80840" + body)
    return body + chk


def aba_routing():
    while True:
        d = [ri(0, 9) for _ in range(8)]
        d[0] = ch([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        r = "".join(map(str, d)) + str(c)
        if r[:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "28", "31"):
            return r


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KM8", "1G1", "4T1", "WBA"])
    vds = "".join(ch(VIN_CH) for _ in range(5))
    year = ch("GHJKLMN")
    plant = ch("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = list(wmi + vds + "0" + year + plant + serial)
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    out = "".join(v)
    assert len(out) == 17
    s2 = sum(VIN_TR[c] * w for c, w in zip(out, VIN_W)) % 11
    assert out[8] == ("X" if s2 == 10 else str(s2))
    return out


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    s = (str(ri(1, 9)) + ch(MBI_A) + ch(an) + str(ri(0, 9)) + ch(MBI_A) + ch(an)
         + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(ri(0, 9)) + str(ri(0, 9)))
    return s


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def gtin14():
    body = "0" + "0" + digits(12)
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


def udi():
    return "(01)%s(11)%s(17)%s(21)%s" % (
        gtin14(), "23%02d%02d" % (ri(1, 12), ri(1, 28)), "26%02d%02d" % (ri(1, 12), ri(1, 28)),
        ch(["SN", "", "A"]) + digits(ri(7, 9)))


def mac():
    return ":".join("%02X" % ri(0, 255) for _ in range(6))


def pub_ip():
    return "%d.%d.%d.%d" % (ch([73, 98, 24, 67, 71, 76, 99, 108, 174, 47, 68, 107, 69, 50]),
                            ri(1, 254), ri(0, 254), ri(1, 254))


def priv_ip(site):
    base = SITE_NET[site]
    return "10.%d.%d.%d" % (base, ri(1, 20), ri(2, 250))


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def b64_jpeg(n):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb0043000806060706050806070707090908")
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def b64_png(n):
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000600000006008060000")
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def b64_fmr(n):
    hdr = b"FMR\x00 20\x00" + (n + 24).to_bytes(4, "big") + b"\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def b64_raw(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fd(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "dmonu":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    if style == "mdy6":
        return d.strftime("%m%d%y")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "long":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmydash":
        return d.strftime("%d-%m-%Y")
    if style == "usdash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


US_STYLES = ["us", "us", "us1", "iso", "long", "usdash"]
DF_STYLES = ["dmy", "dmon", "dmon", "dmonu", "dmydash"]


def any_date_style():
    return ch(US_STYLES + DF_STYLES)


# ---------------------------------------------------------------- organisations
SITE_NET = {"CHN": 24, "KOC": 26, "PUN": 28, "HYD": 30, "MNL": 40, "CEB": 42, "CLK": 44}

STAFF_IN = [("Ananya", "Krishnan", "ananya.k", "MRS-IN-10482", "CHN"),
            ("Ramesh", "Iyer", "ramesh.i", "MRS-IN-10011", "CHN"),
            ("Priya", "Nair", "priya.n", "MRS-IN-10517", "KOC"),
            ("Sandeep", "Kulkarni", "sandeep.k", "MRS-IN-10633", "PUN"),
            ("Divya", "Menon", "divya.m", "MRS-IN-10290", "KOC"),
            ("Arjun", "Reddy", "arjun.r", "MRS-IN-10745", "HYD"),
            ("Lakshmi", "Subramanian", "lakshmi.s", "MRS-IN-10090", "CHN"),
            ("Mohammed", "Irfan", "m.irfan", "MRS-IN-10812", "HYD")]
STAFF_PH = [("Jose Paolo", "Dela Cruz", "jpdelacruz", "MRS-PH-20311", "MNL"),
            ("Maricel", "Santos", "msantos", "MRS-PH-20002", "MNL"),
            ("Rhea", "Villanueva", "rvillanueva", "MRS-PH-20344", "CEB"),
            ("Kristine", "Bautista", "kbautista", "MRS-PH-20410", "CEB"),
            ("Mark Anthony", "Reyes", "mareyes", "MRS-PH-20158", "MNL"),
            ("Jerome", "Mendoza", "jmendoza", "MRS-PH-20277", "CLK"),
            ("Angelica", "Ramos", "aramos", "MRS-PH-20390", "MNL")]
STAFF = STAFF_IN + STAFF_PH

PRACTICES = [
    dict(code="LFP", name="Lakeside Family Practice", st="OH", area=["614", "380"],
         cities=[("Columbus", "432"), ("Westerville", "430"), ("Dublin", "430"), ("Grove City", "431"), ("Reynoldsburg", "430")],
         county="Franklin County", pm="athenaOne", addr="800 Polaris Pkwy Ste 210", pcity="Westerville", pzip="43082",
         phone="614-555-0100", fax="614-555-0188", dom="lakesidefp.com",
         us=[("Karen", "Whitfield"), ("Melissa", "Tran")], docs=[("Alan", "Pierce"), ("Sunita", "Rao")]),
    dict(code="SBO", name="Sunbelt Orthopedics", st="FL", area=["813", "727"],
         cities=[("Tampa", "336"), ("Brandon", "335"), ("Clearwater", "337"), ("Riverview", "335")],
         county="Hillsborough County", pm="eClinicalWorks", addr="4100 W Kennedy Blvd Ste 300", pcity="Tampa", pzip="33609",
         phone="813-555-0120", fax="813-555-0129", dom="sunbeltortho.com",
         us=[("Brian", "O'Neill"), ("Yolanda", "Pruitt")], docs=[("Michael", "Feldman"), ("Rosa", "Albright")]),
    dict(code="PCA", name="Prairie Cardiology Associates", st="IL", area=["630", "815"],
         cities=[("Aurora", "605"), ("Joliet", "604"), ("Naperville", "605"), ("Plainfield", "605")],
         county="DuPage County", pm="NextGen", addr="1200 Diehl Rd Ste 400", pcity="Naperville", pzip="60563",
         phone="630-555-0140", fax="630-555-0149", dom="prairiecardio.com",
         us=[("Denise", "Holloway")], docs=[("Olga", "Petrova"), ("Kevin", "Osei")]),
    dict(code="GCP", name="Gulf Coast Pediatrics", st="TX", area=["210", "361"],
         cities=[("San Antonio", "782"), ("Corpus Christi", "784"), ("New Braunfels", "781")],
         county="Bexar County", pm="AdvancedMD", addr="7200 Wurzbach Rd Ste 150", pcity="San Antonio", pzip="78240",
         phone="210-555-0160", fax="210-555-0169", dom="gulfcoastpeds.org",
         us=[("Tamika", "Brooks")], docs=[("Hector", "Villarreal"), ("Amy", "Chu")]),
    dict(code="HVD", name="Hudson Valley Dermatology", st="NY", area=["914", "845"],
         cities=[("Yonkers", "107"), ("White Plains", "106"), ("New Rochelle", "108"), ("Poughkeepsie", "126")],
         county="Westchester County", pm="Kareo", addr="222 Bloomingdale Rd Ste 3", pcity="White Plains", pzip="10605",
         phone="914-555-0180", fax="914-555-0187", dom="hvderm.com",
         us=[("Greg", "Lindqvist")], docs=[("Naomi", "Berger"), ("Samuel", "Adjei")]),
]
for _p in PRACTICES:
    _p["npi"] = npi()
    _p["tin"] = "%02d-%07d" % (ri(20, 88), ri(1000000, 9999999))
    _p["docs"] = [(f, l, npi()) for f, l in _p["docs"]]

PAYERS = {
    "UHC": dict(name="UnitedHealthcare", portal="UHC Provider Portal", plans=["Choice Plus", "Navigate HMO", "Options PPO"]),
    "AET": dict(name="Aetna", portal="Availity", plans=["Open Access Managed Choice", "Aetna Choice POS II", "HMO"]),
    "CIG": dict(name="Cigna", portal="CignaforHCP", plans=["Open Access Plus", "LocalPlus", "PPO"]),
    "BCB": dict(name="Blue Cross Blue Shield", portal="Availity", plans=["Blue Choice PPO", "BlueAdvantage HMO", "Blue Options"]),
    "HUM": dict(name="Humana", portal="Availity", plans=["Humana Gold Plus HMO", "Choice PPO"]),
    "MCR": dict(name="Medicare Part B", portal="MAC Portal", plans=["Medicare Part B"]),
    "MCD": dict(name="Medicaid", portal="State MMIS", plans=["Medicaid Managed Care", "CHIP"]),
    "OHIP": dict(name="OHIP (Ontario) - out of country", portal="manual", plans=["OHIP OOC"]),
}


def member_id(code, st):
    if code == "UHC":
        return ch(["9", "8"]) + digits(8) + ch(["", "01", "00"])
    if code == "AET":
        return "W" + digits(9)
    if code == "CIG":
        return "U" + digits(8) + "01"
    if code == "BCB":
        return ch(["XOF", "ZGP", "YRM", "XOD", "JQU"]) + digits(9)
    if code == "HUM":
        return "H" + digits(8)
    if code == "MCR":
        return mbi()
    if code == "MCD":
        return {"OH": digits(12), "FL": digits(10), "IL": digits(9), "TX": digits(9), "NY": ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + ch("ABCDEFGHJKLMNPRSTUVWXYZ")}[st]
    if code == "OHIP":
        return "%s-%s-%s-%s" % (digits(4), digits(3), digits(3), ch(["AK", "XT", "PB", "MN"]))
    raise ValueError(code)


def group_no(code):
    if code in ("MCR", "MCD", "OHIP"):
        return ""
    return ch([digits(7), digits(6), "0" + digits(5), "GRP" + digits(5), digits(6) + "-0" + digits(2)])


def dl_for(st):
    if st == "OH":
        return ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(3), digits(2), digits(3), digits(1))
    if st == "IL":
        return "%s%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(4), digits(4))
    if st == "TX":
        return digits(8)
    if st == "NY":
        return digits(9)
    return digits(9)


def plate_for(st):
    L3 = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    if st == "OH":
        return "%s %s" % (L3, digits(4))
    if st == "FL":
        return "%s %s%s" % (L3, ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(2))
    if st == "TX":
        return "%s-%s" % (L3, digits(4))
    if st == "NY":
        return "%s-%s" % (L3, digits(4))
    return "%s %s" % (L3, digits(4))


# ---------------------------------------------------------------- patients
FIRST = [("Maria", "F"), ("Luis", "M"), ("Chidi", "M"), ("Anna", "F"), ("Thi Lan", "F"), ("Wei", "M"),
         ("Fatima", "F"), ("Dmitri", "M"), ("Siobhan", "F"), ("Kwame", "M"), ("Yuki", "F"), ("Hamid", "M"),
         ("Ingrid", "F"), ("Rafael", "M"), ("José", "M"), ("Zoë", "F"), ("Łukasz", "M"), ("Søren", "M"),
         ("Ayşe", "F"), ("Renée", "F"), ("Tomasz", "M"), ("Aaliyah", "F"), ("DeShawn", "M"), ("Mei-Ling", "F"),
         ("Oluwaseun", "M"), ("Gabriela", "F"), ("Nikolai", "M"), ("Esperanza", "F"), ("Haruto", "M"),
         ("Leilani", "F"), ("Bartholomew", "M"), ("Dolores", "F"), ("Ezekiel", "M"), ("Parveen", "F"),
         ("Ngozi", "F"), ("Mateo", "M"), ("Imelda", "F"), ("Ruth", "F")]
LAST = ["Hernandez", "Okafor", "Kowalski", "Nguyen", "Zhang", "Haddad", "Petrov", "O'Sullivan", "Mensah",
        "Tanaka", "Rahimi", "Castillo", "Peña", "Müller", "Wiśniewski", "Jensen", "Yılmaz", "Fournier",
        "Nowak", "Washington", "Jefferson", "Adeyemi", "Morales", "Volkov", "Delgado", "Sato", "Kahananui",
        "Abernathy", "McAllister", "Goldberg", "Siddiqui", "Eze", "Romero", "Fitzgerald", "Van der Berg",
        "St. Pierre", "Quiñones", "Brennan-Hale"]
GUARD_F = ["Rosa", "Adaeze", "Linh", "Samira", "Elena", "Ama", "Laleh", "Carmen", "Beatriz", "Margaret", "Keiko", "Agnieszka"]
GUARD_M = ["Michael", "Piotr", "Jun", "Declan", "Hiroshi", "Jorge", "Kai", "Tobias", "Emeka", "Rustam"]
STREETS = ["Maple Ridge Dr", "Oak Hollow Ln", "Sycamore St", "Brookside Ave", "Cedar Bend Rd", "Willow Creek Ct",
           "Hawthorne Blvd", "Pinecrest Way", "Magnolia Ter", "Riverbend Pkwy", "Juniper Loop", "Chestnut Hill Rd",
           "Lakeview Cir", "Briarwood Dr", "Meadowlark Ln", "Quail Run", "Prospect Ave", "Elm Park Pl",
           "Bluebonnet Trl", "Harbor Point Dr", "Tamarind Way", "Kensington Ave", "Old Mill Rd", "Summit St"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net"]


class Patient:
    pass


def mk_patients(n):
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    out = []
    old_idx = set(rng.sample(range(n), 4))
    kid_idx = set(rng.sample([i for i in range(n) if i not in old_idx], 5))
    for i in range(n):
        p = Patient()
        p.i = i
        p.pr = PRACTICES[i % len(PRACTICES)]
        p.first, p.sex = firsts[i]
        p.last = lasts[i]
        p.mi = ch("ABCDEFGHJKLMNPRSTW")
        if i in old_idx:
            p.dob = dt.date(ri(1927, 1932), ri(1, 12), ri(1, 28))
        elif i in kid_idx:
            p.dob = dt.date(ri(2008, 2020), ri(1, 12), ri(1, 28))
        else:
            p.dob = dt.date(ri(1938, 2002), ri(1, 12), ri(1, 28))
        p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (3, 4) else 0)
        city, zp = ch(p.pr["cities"])
        p.city = city
        p.zip = zp + "%02d" % ri(1, 99)
        p.zip4 = "%04d" % ri(1, 9999)
        p.street = "%d %s" % (ri(12, 9870), ch(STREETS))
        p.unit = ch(["", "", "", "Apt %d%s" % (ri(1, 12), ch("ABCD")), "Unit %d" % ri(100, 420)])
        p.phone_area = ch(p.pr["area"])
        p.phone = "%s-555-01%02d" % (p.phone_area, ri(0, 99))
        fa, la = fold(p.first).lower().replace(" ", "").replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        p.email = ch(["%s.%s%d@%s" % (fa, la, p.dob.year % 100, ch(EMAIL_DOM)),
                      "%s%s@%s" % (fa[0], la, ch(EMAIL_DOM)),
                      "%s_%s%d@%s" % (la, fa, ri(1, 99), ch(EMAIL_DOM))])
        p.portal_user = ch(["%s%s%d" % (fa[0], la, p.dob.year), "%s.%s" % (fa, la[:4]), "%s%s%02d" % (la, fa[:2], ri(1, 99))])
        code = p.pr["code"]
        p.mrn = {"LFP": lambda: "%08d" % ri(100000, 999999),
                 "SBO": lambda: "SO%06d" % ri(0, 999999),
                 "PCA": lambda: "PC-%07d" % ri(0, 9999999),
                 "GCP": lambda: "%07d" % ri(1000000, 9999999),
                 "HVD": lambda: "HVD%06d" % ri(0, 999999)}[code]()
        p.acct = {"LFP": lambda: str(ri(40000, 99999)),
                  "SBO": lambda: "%d" % ri(1000000, 9999999),
                  "PCA": lambda: "A%07d" % ri(0, 9999999),
                  "GCP": lambda: "%d" % ri(200000, 899999),
                  "HVD": lambda: "%d-%02d" % (ri(10000, 99999), ri(1, 9))}[code]()
        if p.age >= 65:
            p.payer = "MCR"
        elif i in kid_idx:
            p.payer = "MCD"
        else:
            p.payer = ch(["UHC", "AET", "CIG", "BCB", "HUM", "UHC", "BCB", "MCD"])
        if i == n - 1:
            p.payer = "OHIP"
        p.member = member_id(p.payer, p.pr["st"])
        p.group = group_no(p.payer)
        p.plan = ch(PAYERS[p.payer]["plans"])
        p.ssn = ssn()
        p.dl = dl_for(p.pr["st"])
        p.glast = p.last if rng.random() < 0.7 else ch(LAST)
        p.grel = "Mother" if i in kid_idx else ch(["Daughter", "Son", "Spouse", "POA"])
        if p.grel in ("Mother", "Daughter"):
            p.gfirst = ch(GUARD_F)
        elif p.grel == "Son":
            p.gfirst = ch(GUARD_M)
        elif p.grel == "Spouse":
            p.gfirst = ch(GUARD_M if p.sex == "F" else GUARD_F)
        else:
            p.gfirst = ch(GUARD_F + GUARD_M)
        p.gphone = "%s-555-01%02d" % (ch(p.pr["area"]), ri(0, 99))
        p.gfax = "%s-555-01%02d" % (ch(p.pr["area"]), ri(0, 99))
        p.dos = sorted(dt.date(2024, 1, 1) + dt.timedelta(days=ri(-60, 58)) for _ in range(3))
        p.vin = vin()
        p.plate = plate_for(p.pr["st"])
        p.acc_date = p.dos[0] - dt.timedelta(days=ri(1, 20))
        p.dev_serial = ch(["23%09d" % ri(0, 999999999), "NG%07dH" % ri(0, 9999999), "J%011d" % ri(0, 99999999999), "8G%s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))])
        p.dev_kind = {"2": ("E0601", "ResMed AirSense 11 CPAP"), "N": ("E0784", "MiniMed 780G insulin pump"),
                      "J": ("E0601", "DreamStation 2 Auto CPAP"), "8": ("K0553", "Dexcom G6 transmitter")}[p.dev_serial[0]]
        p.imei = imei()
        p.mac = mac()
        p.udi = udi()
        p.kit = ch(["KT-%05d-%d" % (ri(0, 99999), ri(0, 9)), "GX%08d" % ri(0, 99999999), "NTR-%s-%s" % (digits(4), digits(4))])
        p.card = card_number()
        p.bank = "%d" % ri(10 ** 8, 10 ** 12)
        p.routing = aba_routing()
        p.ip = pub_ip()
        p.curp = None
        out.append(p)
    # one international self-pay patient with a Mexican CURP
    q = out[2]
    ln, fn_ = fold(q.last).upper().replace(" ", ""), fold(q.first).upper().replace(" ", "")
    vow = next((c for c in ln[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    q.curp = ln[0] + vow + "X" + fn_[0] + q.dob.strftime("%y%m%d") + ("H" if q.sex == "M" else "M") + "JC" + cons(ln) + "X" + cons(fn_) + ("0" if q.dob.year < 2000 else "A") + str(ri(0, 9))
    assert len(q.curp) == 18, q.curp
    return out


PATIENTS = mk_patients(34)


def pat():
    return ch(PATIENTS)


def nm(p, style=None):
    style = style or ch(["LF", "LF", "Lf", "FL", "UFL", "LFnoMI"])
    if style == "LF":
        return "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi)
    if style == "LFnoMI":
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == "Lf":
        return "%s, %s" % (p.last, p.first)
    if style == "FL":
        return "%s %s" % (p.first, p.last)
    if style == "UFL":
        return "%s %s" % (p.first.upper(), p.last.upper())
    if style == "FML":
        return "%s %s. %s" % (p.first, p.mi, p.last)
    raise ValueError(style)


def gname(p):
    return "%s %s" % (p.gfirst, p.glast)


def staff():
    return ch(STAFF)


def dos(p):
    return ch(p.dos)


CPT = ["99213", "99214", "99215", "99203", "99204", "93000", "93306", "20610", "73721", "11102", "17110",
       "96372", "90471", "99395", "36415", "80053", "G0439", "99454", "99457", "E0601"]
ICD = ["E11.9", "E11.65", "I10", "I48.91", "M17.11", "M54.50", "L82.1", "L57.0", "J06.9", "Z00.129",
       "Z79.4", "G47.33", "I25.10", "R07.89", "S83.241A", "Z51.5", "N18.3"]
CARC = [("CO-16", "Claim/service lacks information"), ("CO-97", "Payment included in allowance for another service"),
        ("CO-197", "Precertification/authorization absent"), ("CO-50", "Non-covered: not deemed medically necessary"),
        ("CO-29", "Time limit for filing has expired"), ("PR-1", "Deductible amount"), ("CO-4", "Modifier inconsistent"),
        ("CO-22", "May be covered by another payer (COB)"), ("CO-18", "Exact duplicate claim/service"),
        ("CO-11", "Diagnosis inconsistent with procedure")]
QUEUES = ["Q-DEN-CO16", "Q-DEN-CO197", "Q-DEN-CO50", "Q-AR-60", "Q-AR-90", "Q-ELIG-FAIL", "Q-CODING-EM",
          "Q-CODING-ORTHO", "Q-CREDIT-BAL", "Q-SELFPAY", "Q-RPM-DME", "Q-COB-MVA", "Q-CHG-ENTRY", "Q-POSTING"]


def claim_no():
    return "CLM-24-%07d" % ri(100000, 3999999)


def wi():
    return "WI-%07d" % ri(10000, 999999)


def batch(t):
    return "B%s-%03d" % (t.strftime("%y%m%d"), ri(1, 40))


def icn():
    return ch([digits(13), "FV" + digits(8), "E" + digits(10), digits(2) + "A" + digits(11)])


def wpick(weights):
    """1-based weighted variant index."""
    return rng.choices(range(1, len(weights) + 1), weights=weights)[0]


def amt():
    return "%.2f" % (ri(1500, 98000) / 100)


# ---------------------------------------------------------------- time helpers
IST = dt.timedelta(hours=5, minutes=30)
PHT = dt.timedelta(hours=8)
EST = dt.timedelta(hours=-5)


def ms():
    return "%03d" % ri(0, 999)


def z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ampm(t, dayfirst=False, secs=True):
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    d = ("%d/%d/%d" % (t.day, t.month, t.year)) if dayfirst else ("%d/%d/%d" % (t.month, t.day, t.year))
    if secs:
        return "%s %d:%02d:%02d %s" % (d, h, t.minute, t.second, ap)
    return "%s %d:%02d %s" % (d, h, t.minute, ap)


# ================================================================ families
def fam_citrix(t, phi):
    l = L("citrix-vda")
    s = staff()
    site = s[4]
    user = "MEDREV\\" + s[2]
    vda = "%s-VDA-%03d" % (site, ri(1, 40))
    if not phi:
        v = ri(1, 8)
        if v == 1:
            l(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(), " INFO  [Citrix.Broker.Agent] Session launch: User=%s SessionId=%d DeliveryGroup=DG-%s-BILLING VDA=%s.medrev.local ClientName=%s-LT%04d ClientAddress=%s Protocol=HDX LaunchTime=%.2fs"
              % (user, ri(1, 30), site, vda, site, ri(1, 999), priv_ip(site), rng.uniform(2, 14)))
        elif v == 2:
            o = O([("SessionKey", uuid4()), ("UserName", user), ("ConnectionState", ch(["Active", "Disconnected", "Terminated"])),
                   ("LogOnDuration", ri(6000, 48000)), ("ClientAddress", priv_ip(site)), ("ClientName", "%s-LT%04d" % (site, ri(1, 999))),
                   ("MachineName", "MEDREV\\" + vda), ("StartDate", z(t - dt.timedelta(minutes=ri(1, 300)))), ("ProtocolVersion", "ICA 3.0"),
                   ("IsAnonymous", False)])
            l("odata ")
            emit(l, o)
        elif v == 3:
            l("[VDA %s] %s EventID 1001 Citrix ICA Service: session %d latency avg=%dms max=%dms ICARTT=%d bw=%.1fMbps user=%s"
              % (vda, (t + IST).strftime("%d-%m-%Y %H:%M:%S"), ri(1, 30), ri(80, 320), ri(300, 900), ri(90, 400), rng.uniform(0.4, 6), user))
        elif v == 4:
            l("%s StoreFront  Information  Citrix Store Service: Resource enumeration for %s returned %d resources (Excel 2016, Chrome-PayerPortals, athenaOne, eCW 11e, WQTool, Teams) in %d ms"
              % (ampm(t + EST), user, ri(5, 9), ri(90, 900)))
        elif v == 5:
            l(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(), " WARN  [ClipboardRedirection] Client->Server clipboard blocked by policy \"PHI-Restrict-Clip\" for %s (format=CF_UNICODETEXT, %d bytes) session=%d"
              % (user, ri(12, 900), ri(1, 30)))
        elif v == 6:
            l(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(), " INFO  [Citrix.Broker.Agent] Session %d logged off: user=%s vda=%s duration=%02d:%02d:%02d reason=%s"
              % (ri(1, 30), user, vda, ri(0, 9), ri(0, 59), ri(0, 59), ch(["IdleTimeout(30m)", "UserLogoff", "AdminLogoff", "ShiftEnd"])))
        elif v == 7:
            ip = priv_ip(site)
            l("<134> %s GMT ns-gw01 0-PPE-0 : default SSLVPN LOGIN %d 0 : Context %s@%s - SessionId: %d- User %s - Client_ip %s - Nat_ip \"Mapped Ip\" - Vserver 10.24.1.10:443 - Browser_type \"CitrixReceiver/23.11.0\" - SSLVPN_client_type ICA - Group(s) \"BILLING-%s\""
              % (t.strftime("%m/%d/%Y:%H:%M:%S"), ri(100000, 999999), s[2], ip, ri(1000, 9999), s[2], ip, "IN" if site in ("CHN", "KOC", "PUN", "HYD") else "PH"))
        else:
            l(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(), " INFO  [SessionRecording] rec=%s user=%s event=WindowTitleChange app=%s title=\"%s\""
              % (uuid4()[:8], user, *ch([("EXCEL.EXE", "AR_Followup_Week10_%s.xlsm - Excel" % ch([p["code"] for p in PRACTICES])),
                                         ("chrome.exe", "Availity Essentials - Claim Status - Google Chrome"),
                                         ("WQTool.exe", "WorkQueue - Q-DEN-CO16 (142 items)"),
                                         ("Teams.exe", "Chat | LFP Billing Sync | Microsoft Teams")])))
        return l
    p = pat()
    v = ri(1, 5)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms()
    if v == 1:
        l(ts, " INFO  [SessionRecording] rec=%s user=%s event=WindowTitleChange app=chrome.exe title=\"athenaOne - " % (uuid4()[:8], user),
          (nm(p, "LF"), "name"), " (#", (p.mrn, "mrn"), ") - DOB ", (fd(p.dob, "us"), "date"), " - Google Chrome\"")
    elif v == 2:
        l(ts, " INFO  [SessionRecording] rec=%s user=%s event=WindowTitleChange app=eCWClient.exe title=\"eClinicalWorks (Patient: " % (uuid4()[:8], user),
          (nm(p, "Lf"), "name"), "  DOB: ", (fd(p.dob, "us"), "date"), "  Acct#: ", (p.acct, "account"), ")\"")
    elif v == 3:
        l(ts, " INFO  [ClipboardAudit] Server->Client text copied by %s len=%d preview=\"" % (user, ri(30, 60)),
          (p.member, "health_plan"), " ", (nm(p, "LFnoMI"), "name"), " ", (fd(p.dob, "us"), "date"), "\"")
    elif v == 5:
        l(ts, " INFO  [SessionRecording] rec=%s user=%s event=URLVisit app=chrome.exe url=\"" % (uuid4()[:8], user),
          ("https://athenanet.athenahealth.com/%d/%d/clinicals/patientchart.esp?PATIENTID=%s" % (ri(1, 30), ri(1000, 29999), p.mrn.lstrip("0")), "url"),
          "\" dwell=%ds" % ri(3, 400))
    else:
        d = dos(p)
        l(ts, " INFO  [CDM] Client drive mapping: file written \\\\Client\\C$\\Users\\%s\\Downloads\\EOB_" % s[2],
          (fold(p.last).replace(" ", ""), "name"), "_", (fold(p.first).replace(" ", ""), "name"), "_", (fd(d, "mdy8"), "date"),
          ".pdf (%d KB) by %s session=%d" % (ri(80, 900), user, ri(1, 30)))
    return l


def fam_rdp(t, phi):
    l = L("rdp-winevent")
    s = staff()
    site = s[4]
    host = ch(["PM-RDS-01", "PM-RDS-02", "PM-RDS-03", "WQ-APP-01"])
    if not phi:
        v = ri(1, 6)
        if v == 1:
            l("%s\tInformation\tMicrosoft-Windows-TerminalServices-LocalSessionManager\t21\tNone\tRemote Desktop Services: Session logon succeeded:  User: MEDREV\\%s  Session ID: %d  Source Network Address: %s"
              % (ampm(t + EST), s[2], ri(1, 40), priv_ip(site)))
        elif v == 2:
            l("%s LogName=Security EventCode=4624 EventType=0 ComputerName=%s.medrev.local SourceName=Microsoft Windows security auditing. Type=Information RecordNumber=%d Keywords=Audit Success TaskCategory=Logon Message=An account was successfully logged on. Logon Type: 10 Account Name: %s Account Domain: MEDREV Logon ID: 0x%X Source Network Address: %s Source Port: %d"
              % ((t + EST).strftime("%m/%d/%Y %I:%M:%S %p"), host, ri(80000000, 99999999), s[2], ri(0x1000000, 0xFFFFFFF), priv_ip(site), ri(49152, 65535)))
        elif v == 3:
            code = ch([4778, 4779])
            l("%s LogName=Security EventCode=%d ComputerName=%s.medrev.local TaskCategory=Other Logon/Logoff Message=A session was %s a Window Station. Account Name: %s Account Domain: MEDREV Logon ID: 0x%X Session Name: RDP-Tcp#%d Client Name: %s-LT%04d Client Address: %s"
              % ((t + EST).strftime("%m/%d/%Y %I:%M:%S %p"), code, host, "reconnected to" if code == 4778 else "disconnected from",
                 s[2], ri(0x1000000, 0xFFFFFFF), ri(1, 90), site, ri(1, 999), priv_ip(site)))
        elif v == 4:
            l("%s\tInformation\tMicrosoft-Windows-TerminalServices-RemoteConnectionManager\t1149\tNone\tRemote Desktop Services: User authentication succeeded:  User: %s  Domain: MEDREV  Source Network Address: %s"
              % (ampm(t + EST), s[2], priv_ip(site)))
        elif v == 5:
            l("%s\tInformation\tMicrosoft-Windows-TerminalServices-Gateway\t303\tNone\tThe user \"MEDREV\\%s\", on client computer \"%s\", disconnected from the following network resource: \"%s.medrev.local\". Before the user disconnected, the client transferred %d bytes and received %d bytes. The client session duration was %d seconds."
              % (ampm(t + EST), s[2], priv_ip(site), host, ri(100000, 9000000), ri(1000000, 90000000), ri(60, 32000)))
        else:
            l("%s LogName=Security EventCode=4625 ComputerName=%s.medrev.local TaskCategory=Logon Message=An account failed to log on. Logon Type: 10 Account Name: %s Account Domain: MEDREV Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Source Network Address: %s"
              % ((t + EST).strftime("%m/%d/%Y %I:%M:%S %p"), host, s[2], priv_ip(site)))
        return l
    p = pat()
    v = ri(1, 3)
    if v == 1:
        l("DLP[Endpoint] %s policy=PHI-Exfil action=Block user=MEDREV\\%s host=%s channel=RDPDR file=\"\\\\tsclient\\D\\Appeals\\" % (z(t), s[2], host),
          (fold(p.last).replace(" ", "_"), "name"), "_", (fold(p.first).replace(" ", "_"), "name"), "_DOB_", (fd(p.dob, "mdy8"), "date"),
          ".docx\" size=%d rule=SSN|DOB|NAME matches=3" % ri(20000, 90000))
    elif v == 2:
        l("%s\tInformation\tMicrosoft-Windows-PrintService\t307\tNone\tDocument %d, Print Document - " % (ampm(t + EST), ri(2, 300)),
          (nm(p, "Lf"), "name"), " - Patient Ledger owned by %s on \\\\%s-LT%04d was printed on Microsoft Print to PDF (redirected %d) through port TS%03d.  Size in bytes: %d. Pages printed: %d. No user action is required."
          % (s[2], site, ri(1, 999), ri(1, 9), ri(1, 20), ri(20000, 400000), ri(1, 6)))
    else:
        l("%s\tInformation\tMicrosoft-Windows-PrintService\t307\tNone\tDocument %d, Statement_" % (ampm(t + EST), ri(2, 300)),
          (p.acct, "account"), "_", (fold(p.last).upper().replace(" ", ""), "name"), ".pdf owned by %s on \\\\%s-LT%04d was printed on HP LaserJet M607 (redirected %d) through port TS%03d.  Size in bytes: %d. Pages printed: 1. No user action is required."
          % (s[2], site, ri(1, 999), ri(1, 9), ri(1, 20), ri(20000, 400000)))
    return l


def fam_wq(t, phi):
    l = L("workqueue-audit")
    s = staff()
    sup = ch([x for x in STAFF if x[3] in ("MRS-IN-10011", "MRS-PH-20002", "MRS-IN-10090")])
    pr = ch(PRACTICES)
    q = ch(QUEUES)
    ts = z(t)
    if not phi:
        v = ri(1, 7)
        if v == 1:
            l("%s AUDIT wqsvc[%d]: action=ASSIGN queue=%s item=%s claim=%s client=%s payer=%s assignee=%s assigned_by=%s prio=P%d sla_due=%s batch=%s"
              % (ts, ri(1000, 9999), q, wi(), claim_no(), pr["code"], ch(list(PAYERS)[:6]), s[3], sup[3], ri(1, 4),
                 (t + dt.timedelta(days=ri(1, 5))).strftime("%Y-%m-%dT23:59:00-05:00"), batch(t)))
        elif v == 2:
            c = ch(CARC)
            l("%s AUDIT wqsvc[%d]: action=WORKED queue=%s item=%s claim=%s emp=%s outcome=%s touch_sec=%d carc=%s rarc=%s billed=%s"
              % (ts, ri(1000, 9999), q, wi(), claim_no(), s[3], ch(["RESUBMITTED", "APPEAL_SENT", "WRITE_OFF_REQ", "PENDING_PAYER", "CORRECTED_CLAIM"]),
                 ri(40, 1800), c[0], ch(["N290", "M127", "N30", "MA130", "N386", "-"]), amt()))
        elif v == 3:
            o = O([("ts", ts), ("evt", "item.escalated"), ("queue_id", q), ("work_item", wi()), ("claim_no", claim_no()),
                   ("client", pr["code"]), ("from_emp", s[3]), ("to", "ar-leads@" + pr["dom"]),
                   ("reason", ch(["Payer requests op note; need provider signature", "Timely filing risk - 9 days left",
                                  "Credentialing gap for rendering NPI %s" % ch(pr["docs"])[2], "Contract rate mismatch on 99214",
                                  "Needs US staff call - portal shows no record"])),
                   ("age_days", ri(30, 180)), ("balance", float(amt()))])
            emit(l, o)
        elif v == 4:
            l("%s INFO  wqsvc.stats queue=%s depth=%d assigned=%d unassigned=%d oldest_item_age_h=%.1f sla_breach=%d site=%s"
              % (ts, q, ri(20, 600), ri(10, 400), ri(0, 80), rng.uniform(2, 120), ri(0, 9), ch(["CHN", "MNL", "KOC", "CEB", "ALL"])))
        elif v == 5:
            a = dt.date(2024, 3, ri(5, 20))
            l("%s AUDIT wqsvc[%d]: action=BULK_REASSIGN from=%s to=%s count=%d by=%s reason=\"planned leave %s-%s\""
              % (ts, ri(1000, 9999), s[3], ch([x for x in STAFF if x[3] != s[3]])[3], ri(5, 60), sup[3], a.strftime("%d/%m"), (a + dt.timedelta(days=ri(1, 5))).strftime("%d/%m")))
        elif v == 6:
            l("%s WARN  wqsvc.lock item=%s locked by %s since %s; force-release by supervisor %s"
              % (ts, wi(), s[3], z(t - dt.timedelta(minutes=ri(30, 300))), sup[3]))
        else:
            o = O([("timestamp", ts), ("eventType", "WorkItemClosed"), ("queueId", q), ("workItemId", wi()),
                   ("claimId", claim_no()), ("payerClaimNo", icn()), ("empId", s[3]), ("resolution", ch(["PAID", "DENIAL_UPHELD", "ADJUSTED", "TRANSFERRED_TO_PT"])),
                   ("paidAmt", float(amt())), ("checkNo", digits(9)), ("eftTrace", "1" + digits(9))])
            emit(l, o, sep=(", ", ": "))
        return l
    p = pat()
    v = wpick([3, 3, 3, 3, 2, 2, 3, 2, 2, 4])
    if v == 1:
        d = dos(p)
        l("%s AUDIT wqsvc[%d]: action=ASSIGN queue=%s item=%s claim=%s client=%s assignee=%s assigned_by=%s pt_name=\"" % (ts, ri(1000, 9999), q, wi(), claim_no(), p.pr["code"], s[3], sup[3]),
          (nm(p, "LF"), "name"), "\" pt_acct=", (p.acct, "account"), " dos=", (fd(d, "us"), "date"), " billed=%s prio=P%d" % (amt(), ri(1, 4)))
    elif v == 2:
        d = dos(p)
        o = O([("ts", ts), ("evt", "item.worked"), ("queue_id", q), ("work_item", wi()), ("emp", s[3]),
               ("patient", O([("mrn", (p.mrn, "mrn")), ("name", (nm(p, "Lf"), "name")), ("dob", (fd(p.dob, "iso"), "date"))])),
               ("payer", O([("name", PAYERS[p.payer]["name"]), ("memberId", (p.member, "health_plan")), ("group", p.group)])),
               ("dos", (fd(d, "iso"), "date")), ("cpt", A([ch(CPT), ch(CPT)])), ("outcome", "RESUBMITTED")])
        emit(l, o, ea=ch([True, False]))
    elif v == 3:
        o = O([("ts", ts), ("evt", "note.added"), ("work_item", wi()), ("emp", s[3]),
               ("note", M(["Called pt at ", (p.phone, "phone"), ", LVM re: secondary ins. Verified DOB ", (fd(p.dob, "us1"), "date"),
                           ". Ref# ", digits(10), " rep Tasha"]))])
        emit(l, o, ea=False)
    elif v == 4:
        l("%s AUDIT wqsvc[%d]: action=NOTE queue=Q-SELFPAY item=%s emp=%s note=\"Guarantor " % (ts, ri(1000, 9999), wi(), s[3]),
          (gname(p), "name"), " (%s) requests itemized bill by fax " % p.grel, (p.gfax, "fax"), "; acct ", (p.acct, "account"), " bal %s\"" % amt())
    elif v == 5:
        o = O([("ts", ts), ("evt", "item.escalated"), ("queue_id", "Q-COB-MVA"), ("work_item", wi()), ("from_emp", s[3]),
               ("to", "ar-leads@" + p.pr["dom"]),
               ("reason", M(["Auto accident on ", (fd(p.acc_date, "us"), "date"), " - PIP carrier needs VIN ", (p.vin, "vehicle"),
                             " / plate ", (p.plate, "vehicle"), " for ", (nm(p, "FL"), "name")]))])
        emit(l, o)
    elif v == 6:
        l("%s AUDIT wqsvc[%d]: action=WORKED queue=Q-RPM-DME item=%s emp=%s hcpcs=%s device=\"%s\" serial=" % (ts, ri(1000, 9999), wi(), s[3], p.dev_kind[0], p.dev_kind[1]),
          (p.dev_serial, "device"), " mrn=", (p.mrn, "mrn"), " outcome=PENDING_CMN")
    elif v == 7:
        o = O([("timestamp", ts), ("eventType", "WorkItemCreated"), ("queueId", "Q-ELIG-FAIL"), ("workItemId", wi()),
               ("source", "elig-bot-%d" % ri(1, 6)), ("subscriberName", (nm(p, "UFL"), "name")), ("subscriberId", (p.member, "health_plan")),
               ("dateOfBirth", (fd(p.dob, "us"), "date")), ("error", ch(["AAA*Y**72*N (Invalid/Missing Member ID)", "AAA*Y**75*C (Subscriber not found)", "AAA*Y**58*C (Invalid DOB)"]))])
        emit(l, o, sep=(", ", ": "))
    elif v == 8:
        l("%s AUDIT wqsvc[%d]: action=ESCALATE queue=Q-CREDIT-BAL item=%s emp=%s to=%s reason=\"Refund to pt " % (ts, ri(1000, 9999), wi(), s[3], sup[3]),
          (nm(p, "FL"), "name"), " - mail check to ", (p.street, "address"), ", ", (p.city, "address"), ", %s " % p.pr["st"], (p.zip, "zip"), " amount %s\"" % amt())
    elif v == 9:
        o = O([("ts", ts), ("evt", "item.worked"), ("queue_id", "Q-SELFPAY"), ("emp", s[3]),
               ("pt_acct", (p.acct, "account")), ("pt_email", (p.email, "email")), ("action", "payment_plan_setup"),
               ("ach", O([("routing", p.routing), ("account", (p.bank, "account"))])), ("installments", ri(3, 12))])
        emit(l, o)
    else:
        o = O([("ts", ts), ("evt", "portal.payment.posted"), ("queue_id", "Q-SELFPAY"), ("work_item", wi()),
               ("pt_acct", (p.acct, "account")), ("portal_user", (p.portal_user, "other_id")), ("client_ip", (p.ip, "ip")),
               ("user_agent", ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"])),
               ("amount", float(amt())), ("processor_ref", "ch_" + hexs(24)), ("posted_by", "system")])
        emit(l, o)
    return l


def fam_vba(t, phi):
    l = L("excel-vba-log")
    s = staff()
    india = s[3].startswith("MRS-IN")
    tl = t + (IST if india else PHT)
    if india:
        ts = "[%s] " % tl.strftime("%d/%m/%Y %H:%M:%S")
    else:
        ts = tl.strftime("%Y-%m-%d %H:%M:%S") + " | "
    pr = ch(PRACTICES)
    wb = ch(["AR_Followup_Week10_%s.xlsm" % pr["code"], "EligibilityWorksheet_%s.xlsm" % pr["code"], "DenialTracker_Mar24.xlsm", "ChargeEntry_%s_%s.xlsm" % (pr["code"], tl.strftime("%d%m%Y"))])
    lvl = lambda x: ("%-5s " % x) if india else ("%s | " % x)
    if not phi:
        v = ri(1, 8)
        if v == 1:
            n = ri(40, 900)
            l(ts, lvl("INFO"), "modPortalCopy.Init: Workbook \"%s\" opened by %s, %d rows in range A2:N%d" % (wb, s[2], n, n + 1))
        elif v == 2:
            l(ts, lvl("ERROR"), "modFormat.ApplyFilters: Run-time error '1004': Application-defined or object-defined error (line %d, sheet \"%s\")" % (ri(20, 300), ch(["Feb_Denials", "Mar_AR", "Elig_Input", "Sheet1"])))
        elif v == 3:
            l(ts, lvl("WARN"), "modPortalCopy.CopyRows: row %d skipped - blank MRN cell (col B)" % ri(2, 800))
        elif v == 4:
            l(ts, lvl("INFO"), "modExport.SaveAs: \\\\fs01.medrev.local\\Billing\\%s\\Exports\\%s_%s.csv written (%d rows, %d KB)" % (pr["code"], ch(["Denials", "AR", "Elig"]), tl.strftime("%Y%m%d_%H%M"), ri(10, 900), ri(4, 800)))
        elif v == 5:
            l(ts, lvl("INFO"), "modPortalCopy.Done: copied %d/%d rows in %d.%02ds, %d errors, batch %s" % (ri(10, 400), ri(400, 500), ri(20, 900), ri(0, 99), ri(0, 5), batch(t)))
        elif v == 6:
            l(ts, lvl("ERROR"), "modPortalCopy.PasteRow: Run-time error '91': Object variable or With block variable not set (IE.Document is Nothing) - retry %d/3" % ri(1, 3))
        elif v == 7:
            l(ts, lvl("DEBUG"), "modLookup.VLookupPayer: %d of %d payer names mapped via table PayerMap (unmapped: \"%s\")" % (ri(100, 400), ri(400, 420), ch(["AETNA BETTER HLTH", "UHC COMM PLN", "BCBS IL HMO", "HUMANA MCR"])))
        else:
            l(ts, lvl("INFO"), "modQA.Sample: week %s sampled %d of %d claims for coder %s (seed %d)" % (tl.strftime("%V"), ri(10, 40), ri(200, 600), staff()[3], ri(1000, 9999)))
        return l
    p = pat()
    v = ri(1, 7)
    r = ri(2, 800)
    if v == 1:
        dstyle = "dmy" if india else "us"
        l(ts, lvl("INFO"), "modPortalCopy.CopyRows: Sheet \"%s\" row %d -> MRN " % (ch(["Feb_Denials", "Mar_AR", "Elig_Input"]), r),
          (p.mrn, "mrn"), " | ", (nm(p, "LFnoMI"), "name"), " | DOB ", (fd(p.dob, dstyle), "date"), " | DOS ", (fd(dos(p), dstyle), "date"),
          " | CPT %s | ICD %s | Bal %s" % (ch(CPT), ch(ICD), amt()))
    elif v == 2:
        l(ts, lvl("WARN"), "modLookup.CompareIds: row %d member id mismatch sheet='" % r, (p.member, "health_plan"), "' portal='",
          (member_id(p.payer, p.pr["st"]), "health_plan"), "' for ", (nm(p, "Lf"), "name"), " - flagged yellow")
    elif v == 3:
        l(ts, lvl("DEBUG"), "modDemo.CopyDemographics: row %d Addr1=\"" % r, (p.street, "address"), "\" Addr2=\"", *(((p.unit, "address"),) if p.unit else ()),
          "\" City=\"", (p.city, "address"), "\" State=\"%s\" Zip=\"" % p.pr["st"], (p.zip, "zip"), "\" Phone=\"", (p.phone, "phone"), "\"")
    elif v == 4:
        l(ts, lvl("DEBUG"), "modReg.ReadRow: r=%d Acct=" % r, (p.acct, "account"), " SSN=", (p.ssn.replace("-", "") if rng.random() < 0.5 else p.ssn, "ssn"),
          " DL=", (p.dl, "license"), " DLState=%s Email=" % p.pr["st"], (p.email, "email"))
    elif v == 5:
        d = dos(p)
        l(ts, lvl("INFO"), "modDenials.Log: ", (p.acct, "account"), " ", (fold(p.last).upper(), "name"), " DOS ", (fd(d, "dmon"), "date"),
          " %s %s -> Q-DEN queue" % ch(CARC))
    elif v == 6:
        l(ts, lvl("ERROR"), "modPortalCopy.PasteRow: row %d portal rejected DOB '" % r, (fd(p.dob, "dmy"), "date"),
          "' for MRN ", (p.mrn, "mrn"), " (expected MM/DD/YYYY) - Run-time error '13': Type mismatch")
    else:
        l(ts, lvl("DEBUG"), "modLab.MatchKits: row %d kit " % r, (p.kit, "other_id"), " -> patient ", (nm(p, "FL"), "name"),
          " DOB ", (fd(p.dob, "us"), "date"), " (CPT 81479, payer %s)" % PAYERS[p.payer]["name"])
    return l


def fam_pad(t, phi):
    l = L("power-automate-desktop")
    flow = ch(["Elig_Copy_Athena_to_Availity", "DenialRows_to_WQTool", "RegSync_eCW_to_PayerPortal", "ChargeEntry_From_Superbill", "RPM_Device_Billing_v2"])
    run = uuid4()
    machine = ch(["PH-MNL-BOT03", "PH-CEB-BOT01", "IN-CHN-BOT07", "IN-HYD-BOT02"])
    ts = (t + (PHT if machine.startswith("PH") else IST)).strftime("%Y-%m-%d %H:%M:%S.") + ms()
    head = "%s [PAD] Flow=\"%s\" Run=%s Machine=%s " % (ts, flow, run[:8], machine)
    if not phi:
        v = ri(1, 8)
        if v == 1:
            l(head, "Action#%d \"Launch new Chrome\" Url=\"https://apps.availity.com/availity/web/public.elegant.login\" Mode=Maximized" % ri(1, 9))
        elif v == 2:
            l(head, "Action#%d \"Wait for web page content\" Text=\"Eligibility and Benefits Response\" Timeout=30s Elapsed=%.1fs" % (ri(10, 90), rng.uniform(0.4, 28)))
        elif v == 3:
            l(head, "Loop iteration %d/%d (subflow 'ProcessRow')" % (ri(1, 80), ri(80, 200)))
        elif v == 4:
            l(head, "Run finished: Status=%s Duration=%02d:%02d:%02d Actions=%d Errors=%d" % (ch(["Succeeded", "Succeeded", "Failed"]), 0, ri(1, 59), ri(0, 59), ri(200, 6000), ri(0, 4)))
        elif v == 5:
            l(head, "Error in action 'Click UI element in window' (subflow 'Main', line %d): Failed to click UI element. UI element 'button#submitInquiry' not found. Retry %d/3" % (ri(10, 90), ri(1, 3)))
        elif v == 6:
            o = O([("runId", "08584" + digits(15) + "CU" + digits(2)), ("flowName", flow), ("status", ch(["Succeeded", "Failed", "Cancelled"])),
                   ("startTime", z(t - dt.timedelta(minutes=ri(3, 60)))), ("endTime", z(t)), ("runMode", "Unattended"), ("machineGroup", "Billing-" + machine[:2]),
                   ("outputs", O([("CopiedRows", ri(0, 200)), ("SkippedRows", ri(0, 12)), ("BatchId", batch(t))]))])
            l(ts, " [PAD-Cloud] ")
            emit(l, o)
        elif v == 7:
            l(head, "Action#%d \"Read from Excel worksheet\" File=\"C:\\Bots\\Input\\%s_%s.xlsx\" Range=A1:R%d Rows=%d" % (ri(1, 20), flow.split("_")[0], t.strftime("%d%m%Y"), ri(20, 400), ri(20, 400)))
        else:
            l(head, "Action#%d \"Populate text field on web page\" Element=\"input#npi\" Text=\"%s\" (rendering provider)" % (ri(10, 60), ch(ch(PRACTICES)["docs"])[2]))
        return l
    p = pat()
    v = wpick([3, 2, 3, 2, 4, 4, 2, 2, 2])
    an = ri(10, 90)
    if v == 1:
        l(head, "Action#%d \"Populate text field on web page\" Element=\"input#memberId\" Text=\"" % an, (p.member, "health_plan"), "\"")
    elif v == 2:
        l(head, "Action#%d \"Populate text field on web page\" Element=\"input[name='patientDob']\" Text=\"" % an, (fd(p.dob, "us"), "date"), "\" EmulateTyping=True")
    elif v == 3:
        o = O([("MRN", (p.mrn, "mrn")), ("PatientName", (nm(p, "Lf"), "name")), ("DOB", (fd(p.dob, "us"), "date")),
               ("Payer", PAYERS[p.payer]["name"]), ("MemberID", (p.member, "health_plan")), ("GroupNo", p.group),
               ("DOS", (fd(dos(p), "us"), "date")), ("CPT", ch(CPT)), ("Units", ri(1, 4))])
        l(head, "Action#%d \"Display message\" %%CurrentItem%% = " % an)
        emit(l, o, ea=False, sep=(", ", ": "))
    elif v == 4:
        l(head, "Action#%d \"Populate text field on web page\" Element=\"input#cardNumber\" Text=\"" % an, (p.card, "account"),
          "\" (subflow 'PostPatientPayment') WARNING: sensitive text not masked")
    elif v == 5:
        o = O([("Acct", (p.acct, "account")), ("FirstName", (p.first, "name")), ("LastName", (p.last, "name")),
               ("Address1", (p.street, "address")), ("City", (p.city, "address")), ("State", p.pr["st"]), ("Zip", (p.zip + "-" + p.zip4, "zip")),
               ("HomePhone", (p.phone, "phone")), ("DLNumber", (p.dl, "license")),
               ("PhotoB64", ("data:image/jpeg;base64," + b64_jpeg(ri(180, 420)), "photo"))])
        l(head, "Action#%d \"Convert custom object to JSON\" %%RegRow%% = " % an)
        emit(l, o)
    elif v == 6:
        o = O([("mrn", (p.mrn, "mrn")), ("patient", (nm(p, "FL"), "name")), ("verify_method", "PalmSecure"),
               ("template_fmt", "ISO19794-2"), ("template", (b64_fmr(ri(120, 300)), "biometric")), ("enrolled_by", staff()[2])])
        l(head, "Action#%d \"Write text to file\" File=\"C:\\Bots\\Logs\\regsync_debug.json\" Text=" % an)
        emit(l, o)
    elif v == 7:
        l(head, "Action#%d \"Populate text field on web page\" Element=\"input#deviceImei\" Text=\"" % an, (p.imei, "device"),
          "\" (patient ", (p.mrn, "mrn"), ", CPT 99454, %d readings)" % ri(16, 31))
    elif v == 8:
        l(head, "Action#%d \"Extract data from web page\" Result=\"" % an, (nm(p, "LF"), "name"), "|", (fd(p.dob, "us"), "date"),
          "|", (p.phone, "phone"), "|", (p.email, "email"), "\" Rows=1")
    else:
        l(head, "Action#%d \"Populate text field on web page\" Element=\"input#ssn\" Text=\"" % an, (p.ssn.replace("-", ""), "ssn"),
          "\" (legacy Medicaid portal requires SSN when ID missing)")
    return l


BOT_PAYERS = [("availity", "Availity"), ("uhcportal", "UHC"), ("cignahcp", "Cigna"), ("novitas", "Novitas JH"), ("ngsmedicare", "NGS"), ("ohmits", "Ohio MITS"), ("tmhp", "TMHP")]


def fam_bot(t, phi):
    l = L("payer-portal-bot")
    bot = "%s-bot-%d" % (ch(["elig", "claimstat", "elig", "auth"]), ri(1, 6))
    mod, pname = ch(BOT_PAYERS)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms()
    _cls = ch(["EligibilityScraper", "ClaimStatus", "Session", "Navigator"])

    class _H:
        def __mod__(self, lvl):
            return "%s [%s] %-5s %s.%s - " % (ts, bot, lvl, mod, _cls)
    head = _H()
    if not phi:
        v = ri(1, 9)
        if v == 1:
            l(head % "INFO", "login ok user=svc_medrev_%s%d mfa=totp elapsed=%.2fs" % (pname.lower().split()[0], ri(1, 4), rng.uniform(1, 9)))
        elif v == 2:
            l(head % "WARN", "HTTP 429 from %s; backing off %ds (attempt %d/5)" % (ch(["apps.availity.com", "www.uhcprovider.com", "cignaforhcp.cigna.com", "www.novitas-solutions.com"]), ch([15, 30, 60, 120]), ri(1, 5)))
        elif v == 3:
            l(head % "INFO", "batch %s-ELIG: %d inquiries queued, %d from cache, est %d min" % (batch(t), ri(20, 300), ri(0, 40), ri(3, 60)))
        elif v == 4:
            pr = ch(PRACTICES)
            d = ch(pr["docs"])
            l(head % "INFO", "requesting provider set: NPI %s (%s, %s) TIN %s" % (d[2], d[1].upper(), d[0].upper(), pr["tin"]))
        elif v == 5:
            l(head % "DEBUG", "GET https://apps.availity.com/availity/web/claim-status/%s -> 200 (%d ms, %d bytes)" % (ch(["search", "results", "detail"]), ri(200, 9000), ri(4000, 90000)))
        elif v == 6:
            l(head % "ERROR", "layout change detected on %s (dom hash %s != %s); pausing bot, ticket INC%07d" % (pname, hexs(8), hexs(8), ri(1000000, 9999999)))
        elif v == 7:
            l(head % "INFO", "claim status result: claim %s payer_icn %s status=%s code=%s paid=%s check=%s" % (claim_no(), icn(), ch(["F1:65 Finalized/Payment", "F2 Finalized/Denial", "A1 Acknowledged", "P1 Pending"]), ch(["1", "3", "20", "107"]), amt(), digits(9)))
        elif v == 8:
            l(head % "INFO", "session refreshed; cookie expires %s; next scheduled maintenance %s 22:00-02:00 ET" % ((t + dt.timedelta(minutes=30)).strftime("%a, %d %b %Y %H:%M:%S GMT"), (t + dt.timedelta(days=ri(2, 9))).strftime("%m/%d/%Y")))
        else:
            l(head % "INFO", "271 parsed: EB*1*IND*30**%s segments=%d deductible_remaining=%s oop_remaining=%s copay=%s" % (ch(["Choice Plus", "PPO", "HMO"]), ri(40, 300), amt(), amt(), ch(["25.00", "40.00", "0.00", "50.00"])))
        return l
    p = pat()
    v = ri(1, 10)
    if v == 4:
        p = ch([x for x in PATIENTS if x.payer == "MCR"])
    if v == 2 and rng.random() < 0.6:
        p = ch([x for x in PATIENTS if x.grel == "Mother"])
    mod = {"MCR": ch(["novitas", "ngsmedicare"]), "UHC": "uhcportal", "CIG": "cignahcp",
           "MCD": {"OH": "ohmits", "TX": "tmhp", "FL": "flmmis", "IL": "ilimpact", "NY": "eMedNY"}[p.pr["st"]]}.get(p.payer, "availity")
    if v == 1:
        l(head % "INFO", "scraped text=\"Subscriber: ", (nm(p, "LF"), "name"), "  Member ID: ", (p.member, "health_plan"),
          "  Group: %s  DOB: " % (p.group or "N/A"), (fd(p.dob, "us"), "date"), "  Relationship: Self  Coverage Status: Active  Plan: %s\"" % p.plan)
    elif v == 2:
        l(head % "INFO", "scraped text=\"Patient: ", (nm(p, "FL"), "name"), " | Subscriber: ", (gname(p), "name"), " (%s) | ID " % ("Mother" if p.grel == "Mother" else "Spouse"),
          (p.member, "health_plan"), " | DOB ", (fd(p.dob, "us"), "date"), "\"")
    elif v == 3:
        d = dos(p)
        c = ch(CARC)
        l(head % "INFO", "claim status row: \"Claim# %s | Patient: " % icn(), (nm(p, "Lf"), "name"), " | Acct: ", (p.acct, "account"),
          " | DOS: ", (fd(d, "us"), "date"), " - ", (fd(d, "us"), "date"), " | Billed $%s | Status: Denied | %s %s\"" % (amt(), c[0], c[1]))
    elif v == 4:
        m = p.member
        l(head % "INFO", "MBI lookup result: name=\"", (nm(p, "LFnoMI"), "name"), "\" mbi=", (mbi_dash(m) if rng.random() < 0.5 else m, "health_plan"),
          " dob=", (fd(p.dob, "us"), "date"), " partB=Active mac=%s" % ch(["CGS J15", "First Coast JN", "NGS J6", "Novitas JH"]))
    elif v == 5:
        l(head % "DEBUG", "legacy search by SSN ", (p.ssn, "ssn"), " -> 1 match: ", (nm(p, "UFL"), "name"), " id=", (p.member, "health_plan"))
    elif v == 6:
        agep = ch([x for x in PATIENTS if x.age >= 90])
        l(head % "INFO", "scraped text=\"Name: ", (nm(agep, "LF"), "name"), "   Age: ", (str(agep.age), "age"), "   Sex: %s   DOB: " % agep.sex,
          (fd(agep.dob, "us"), "date"), "   Member#: ", (agep.member, "health_plan"), "   Hospice: %s\"" % ch(["Y", "N"]))
    elif v == 7:
        o = O([("payer", pname), ("member_id", (p.member, "health_plan")), ("first_name", (p.first.upper(), "name")), ("last_name", (p.last.upper(), "name")),
               ("dob", (fd(p.dob, "iso"), "date")), ("address", O([("line1", (p.street.upper(), "address")), ("city", (p.city.upper(), "address")),
                                                                   ("state", p.pr["st"]), ("zip", (p.zip, "zip"))])),
               ("group_number", p.group), ("plan", p.plan), ("status", "active"), ("pcp_npi", ch(p.pr["docs"])[2])])
        l(head % "DEBUG", "scrape result ")
        emit(l, o, sep=(", ", ": "))
    elif v == 8:
        l(head % "INFO", "RPM device check: patient ", (p.mrn, "mrn"), " hub MAC ", (p.mac, "device"), " last upload %s, readings this period %d" % (z(t - dt.timedelta(hours=ri(1, 40))), ri(10, 31)))
    elif v == 9:
        age_txt = ("  Age: %d\"" % p.age) if p.age < 90 else "  Age: **\""
        l(head % "INFO", "scraped text=\"Patient Name: ", (nm(p, "LFnoMI"), "name"), "  Address: ", (p.street.upper(), "address"), " ", (p.city.upper(), "address"),
          " %s " % p.pr["st"], (p.zip, "zip"), "  Phone: ", (p.phone.replace("-", ""), "phone"), age_txt)
    else:
        d = dos(p)
        l(head % "INFO", "auth lookup: auth# %s status=APPROVED units=%d for member " % ("A" + digits(9), ri(1, 12)), (p.member, "health_plan"),
          " dob ", (fd(p.dob, "us"), "date"), " svc date ", (fd(d, "us"), "date"), " cpt %s" % ch(CPT))
    return l


def ocr(s):
    """Light OCR degradation (no span-crossing since applied per value)."""
    return fold(s)


def fam_eob(t, phi):
    l = L("eob-email-ingest")
    worker = "eob-worker-%d" % ri(1, 4)
    ts = z(t)
    payer_mail = ch(["noreply@uhc.com", "donotreply@aetna.com", "eob-notify@cigna.com", "remit@bcbsil.com", "noreply@humana.com", "no-reply@novitas-solutions.com"])
    msgid = "<%s.%s@%s>" % (hexs(16), digits(6), payer_mail.split("@")[1])
    if not phi:
        v = ri(1, 9)
        if v == 1:
            l("%s ingest[%s] INFO  mailbox=eob-inbox@medrevsolutions.com msg_id=%s from=\"%s\" subject=\"%s\" attachments=%d size=%d"
              % (ts, worker, msgid, payer_mail, ch(["Remittance Advice - Payment %s" % digits(9), "Claim Determination Letter", "Provider Explanation of Benefits", "Request for Additional Information"]), ri(1, 4), ri(40000, 2000000)))
        elif v == 2:
            l("%s ingest[%s] INFO  ocr engine=tesseract 5.3.%d lang=eng dpi=300 pages=%d avg_conf=%.1f elapsed_ms=%d"
              % (ts, worker, ri(0, 4), ri(1, 12), rng.uniform(71, 97), ri(800, 30000)))
        elif v == 3:
            l("%s ingest[%s] INFO  classify doc_type=%s score=%.2f model=doccls-v%d.%d" % (ts, worker, ch(["EOB", "DENIAL_LETTER", "RECORDS_REQUEST", "ERA_835", "CORRESPONDENCE"]), rng.uniform(0.5, 0.99), ri(2, 4), ri(0, 9)))
        elif v == 4:
            l("%s ingest[%s] INFO  835 TRN*1*%s*1%s~ BPR amount=%s method=ACH eff=%s client=%s -> Q-POSTING batch %s"
              % (ts, worker, digits(10), digits(9), amt(), (t + dt.timedelta(days=ri(0, 3))).strftime("%Y%m%d"), ch(PRACTICES)["code"], batch(t)))
        elif v == 5:
            l("%s ingest[%s] WARN  duplicate attachment sha256=%s already ingested as doc %d; skipping" % (ts, worker, hexs(64), ri(100000, 999999)))
        elif v == 6:
            o = O([("ts", ts), ("worker", worker), ("event", "inline_image"), ("cid", "logo%03d@%s" % (ri(1, 9), payer_mail.split("@")[1])),
                   ("mime", "image/png"), ("purpose", "payer_logo_signature"), ("content_b64", b64_png(ri(60, 120))), ("action", "discarded")])
            emit(l, o)
        elif v == 7:
            pr = ch(PRACTICES)
            l("%s ingest[%s] DEBUG ocr page=1 block=header text=\"PAY TO: %s  %s  %s %s %s  NPI %s  TIN %s  CHECK/EFT # %s  PAYER: %s PO BOX %d\""
              % (ts, worker, pr["name"].upper(), pr["addr"].upper(), pr["pcity"].upper(), pr["st"], pr["pzip"], pr["npi"], pr["tin"], digits(10),
                 ch(["UNITEDHEALTHCARE", "AETNA", "CIGNA", "HUMANA"]), ri(10000, 99999)))
        elif v == 8:
            l("%s ingest[%s] INFO  auth results: spf=pass dkim=pass dmarc=pass header.from=%s" % (ts, worker, payer_mail.split("@")[1]))
        else:
            l("%s ingest[%s] INFO  ocr page=%d block=footer text=\"Questions? Call Provider Services 1-800-555-01%02d, Mon-Fri 8am-6pm CT. Fax appeals to 1-866-555-01%02d.\""
              % (ts, worker, ri(1, 6), ri(0, 99), ri(0, 99)))
        return l
    p = pat()
    v = wpick([3, 3, 2, 2, 2, 4, 4, 2, 3, 2, 3])
    if v == 1:
        d = dos(p)
        l("%s ingest[%s] DEBUG ocr page=%d block=claim text=\"PATIENT: " % (ts, worker, ri(1, 6)), (ocr(nm(p, "LF")), "name"), "  ID: ", (p.member, "health_plan"),
          "  ACCT: ", (p.acct, "account"), "  ICN: %s  DOS " % icn(), (fd(d, "mdy6"), "date"), "-", (fd(d, "mdy6"), "date"),
          "  %s BILLED %s ALLOWED %s PAID %s CO-45 %s PR-2 %s\"" % (ch(CPT), amt(), amt(), amt(), amt(), amt()))
    elif v == 2:
        d = dos(p)
        o = O([("ts", ts), ("worker", worker), ("doc_type", "DENIAL_LETTER"), ("page", 1),
               ("text", M([("%s" % ocr(nm(p, "UFL")), "name"), "\n", (ocr(p.street.upper()), "address"), "\n", (ocr(p.city.upper()), "address"),
                           " %s " % p.pr["st"], (p.zip + "-" + p.zip4, "zip"), "\n\nDear ", (ocr(nm(p, "FL")), "name"),
                           ",\nWe reviewed the claim for services you received on ", (fd(d, "long"), "date"),
                           ". Member ID: ", (p.member, "health_plan"), ". The service is not covered: %s." % ch(CARC)[1]]))])
        emit(l, o)
    elif v == 3:
        o = O([("ts", ts), ("worker", worker), ("doc_type", "COB_QUESTIONNAIRE"), ("page", 2),
               ("text", M(["Was this injury the result of a motor vehicle accident? [X] Yes  Date of accident: ", (fd(p.acc_date, "us"), "date"),
                           "  Vehicle VIN: ", (p.vin, "vehicle"), "  Plate/State: ", (p.plate, "vehicle"), " / %s  Insured: " % p.pr["st"],
                           (ocr(nm(p, "FL")), "name"), "  Auto carrier: %s  Claim #: %s" % (ch(["State Farm", "Progressive", "GEICO", "Allstate"]), digits(10))]))])
        emit(l, o, sep=(", ", ": "))
    elif v == 4:
        l("%s ingest[%s] DEBUG ocr page=%d block=line text=\"%s %s  SERIAL NO. " % (ts, worker, ri(1, 4), p.dev_kind[0], p.dev_kind[1].upper()), (p.dev_serial, "device"),
          "  PT: ", (ocr(nm(p, "LFnoMI")), "name"), "  DOS ", (fd(dos(p), "us"), "date"), "  RR MODIFIER KX  DENIED CO-50\"")
    elif v == 5:
        l("%s ingest[%s] INFO  mailbox=billing@%s msg_id=%s from=\"" % (ts, worker, p.pr["dom"], "<%s@mail.gmail.com>" % hexs(20)),
          (ocr(nm(p, "FL")), "name"), " <", (p.email, "email"), ">\" subject=\"Question about my bill - acct ", (p.acct, "account"), "\" attachments=%d classify=PATIENT_CORRESPONDENCE" % ri(0, 2))
    elif v == 6:
        l("%s ingest[%s] INFO  mailbox=payments@medrevsolutions.com from=\"noreply@instamed.com\" subject=\"Payment Received\" body=\"Payment of $%s received from " % (ts, worker, amt()),
          (nm(p, "FL"), "name"), " for account ", (p.acct, "account"), " via patient portal (IP ", (p.ip, "ip"), ") card ending %s\"" % p.card[-4:])
    elif v == 7:
        l("%s ingest[%s] INFO  stored doc %d -> " % (ts, worker, ri(100000, 999999)),
          ("https://medrevsolutions.sharepoint.com/sites/AR-%s/Shared%%20Documents/Denials/2024/%s_%s_%s.pdf" % (p.pr["code"], fold(p.last).replace(" ", "%20"), fold(p.first).replace(" ", "%20"), fd(dos(p), "usdash")), "url"),
          " (%d KB)" % ri(40, 900))
    elif v == 8:
        l("%s ingest[%s] DEBUG ocr page=1 block=patient text=\"LAB: GENOMIX DIAGNOSTICS  KIT ID: " % (ts, worker), (p.kit, "other_id"), "  PATIENT: ",
          (ocr(nm(p, "LFnoMI")), "name"), "  DOB: ", (fd(p.dob, "us"), "date"), "  COLLECTED: ", (fd(dos(p), "us"), "date"), "  CPT 81479  DENIED CO-197\"")
    elif v == 9:
        d = dos(p)
        o = O([("ts", ts), ("worker", worker), ("doc_type", "EOB"), ("fields", O([
            ("patient_name", (ocr(nm(p, "LFnoMI")), "name")), ("patient_acct", (p.acct, "account")), ("subscriber_id", (p.member, "health_plan")),
            ("service_date", (fd(d, "dmon"), "date")), ("claim_number", icn()), ("paid_amount", amt()), ("check_number", digits(9))])),
            ("confidence", round(rng.uniform(0.7, 0.99), 2))])
        emit(l, o)
    elif v == 11:
        o = O([("ts", ts), ("worker", worker), ("event", "attachment"), ("mailbox", "billing@" + p.pr["dom"]),
               ("from", (p.email, "email")), ("filename", "IMG_%04d.jpg" % ri(1000, 9999)), ("mime", "image/jpeg"),
               ("classify", "PHOTO_ID_SELFIE"), ("thumb_b64", (b64_jpeg(ri(160, 360)), "photo")), ("routed_to", "Q-SELFPAY")])
        emit(l, o)
    else:
        o = O([("ts", ts), ("worker", worker), ("doc_type", "RECORDS_REQUEST"),
               ("text", M(["Re: ", (ocr(nm(p, "FL")), "name"), "  DOB ", (fd(p.dob, "us"), "date"), "  Medical Record #: ", (p.mrn, "mrn"),
                           "  Please fax records for DOS ", (fd(dos(p), "us"), "date"), " to 1-866-555-01%02d (payer medical review unit)." % ri(0, 99)]))])
        emit(l, o)
    return l


def fam_qa(t, phi):
    l = L("qa-sampling")
    s = staff()
    aud = ch([x for x in STAFF if x[3] in ("MRS-IN-10090", "MRS-PH-20002", "MRS-IN-10011")])
    pr = ch(PRACTICES)
    wk = "2024-W%02d" % ri(9, 10)
    if not phi:
        v = ri(1, 6)
        if v == 1:
            n = ri(200, 600)
            k = ri(10, 40)
            l("[QA] %s %s coder %s (%s, %s) sampled %d/%d (%.2f%%) accuracy %.2f%% (target 95%%) errors: %d"
              % (wk, pr["code"], s[3], s[1], s[0][0] + ".", k, n, 100.0 * k / n, rng.uniform(88, 100), ri(0, 3)))
        elif v == 2:
            l("QA-%s-%s-%04d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d"
              % (wk[-2:], pr["code"], ri(1, 400), wk, pr["code"], s[3], aud[3], claim_no(), ch(CPT), ch(CPT), ch(ICD),
                 ch(["NO_ERROR", "NO_ERROR", "MODIFIER", "EM_LEVEL", "DX_SPECIFICITY", "UNITS"]), ch(["", "Minor", "Major"]), ri(0, 5)))
        elif v == 3:
            l("[QA] sampling run %s seed=%d strategy=stratified(payer,cpt_family) population=%d sample=%d generated=%s"
              % (uuid4()[:8], ri(1000, 99999), ri(2000, 9000), ri(100, 400), (t + IST).strftime("%d-%b-%Y %H:%M IST")))
        elif v == 4:
            l("report_id,week,client,coder_emp_id,auditor_emp_id,claim_id,cpt_billed,cpt_audited,icd_audited,finding,severity,points")
        elif v == 5:
            l("[QA] %s team %s: %d coders, avg accuracy %.1f%%, %d rebuttals pending (due %s)"
              % (wk, ch(["Chennai-EM", "Kochi-Ortho", "Manila-AR", "Cebu-Elig"]), ri(6, 30), rng.uniform(92, 99), ri(0, 9), (t + dt.timedelta(days=ri(2, 6))).strftime("%d/%m/%Y")))
        else:
            l("[QA] calibration session %s: auditors %s,%s agreement kappa=%.2f on %d charts" % ((t + PHT).strftime("%m/%d/%Y"), aud[3], staff()[3], rng.uniform(0.6, 0.95), ri(10, 30)))
        return l
    p = pat()
    v = ri(1, 5)
    if v == 1:
        d = dos(p)
        l("[QA] finding F-%04d %s: acct " % (ri(1, 9999), wk), (p.acct, "account"), " pt ", (nm(p, "LF"), "name"), " DOS ", (fd(d, "dmon"), "date"),
          " billed %s -> audited %s; coder %s; MDM %s" % (ch(CPT), ch(CPT), s[3], ch(["low", "moderate", "high"])))
    elif v == 2:
        agep = ch([x for x in PATIENTS if x.age >= 90])
        l("[QA] finding F-%04d %s: MRN " % (ri(1, 9999), wk), (agep.mrn, "mrn"), " - ", (str(agep.age), "age"),
          " y/o, hospice Z51.5 not sequenced first; coder %s; severity Major" % s[3])
    elif v == 3:
        d = dos(p)
        l("QA-%s-%s-%04d,%s,%s,%s,%s,\"" % (wk[-2:], p.pr["code"], ri(1, 400), wk, p.pr["code"], s[3], aud[3]), (csvq(nm(p, "LF")), "name"), "\",",
          (p.mrn, "mrn"), ",", (fd(d, "us"), "date"), ",%s,%s,%s,%s,%s" % (ch(CPT), ch(CPT), ch(ICD), ch(["MODIFIER", "EM_LEVEL", "DX_SPECIFICITY"]), ch(["Minor", "Major"])))
    elif v == 4:
        o = O([("sampleId", "S-%06d" % ri(1, 999999)), ("week", wk), ("coderEmpId", s[3]), ("auditorEmpId", aud[3]),
               ("patientDob", (fd(p.dob, "dmy"), "date")), ("patientAge", p.age if p.age < 90 else (p.age, "age")),
               ("dos", (fd(dos(p), "dmy"), "date")), ("icd", A([ch(ICD), ch(ICD)])), ("finding", "DX_SPECIFICITY"), ("score", ri(80, 100))])
        l("[QA] sample ")
        emit(l, o)
    else:
        l("[QA] rebuttal R-%04d by %s accepted for acct " % (ri(1, 9999), s[3]), (p.acct, "account"), " (", (fold(p.last), "name"),
          "), DOS ", (fd(dos(p), "dmy"), "date"), " - op note supports modifier 59")
    return l


def fam_chat(t, phi):
    l = L("coder-chat")
    s = staff()
    p = None
    if phi:
        v = wpick([3, 3, 4, 3, 2, 2, 3, 2, 2, 2, 3])
        p = PATIENTS[2] if (v == 11 and rng.random() < 0.5) else pat()
    pr = p.pr if phi else ch(PRACTICES)
    usf, usl = ch(pr["us"])
    us_user = (usf[0] + usl).lower().replace("'", "")
    sender = ch([("%s %s" % (s[0], s[1]), s[2]), ("%s %s" % (usf, usl), us_user)])
    fmt = ri(1, 3)
    if fmt == 1:
        who = ch([("%s %s (MedRev %s)" % (s[0], s[1], {"CHN": "Chennai", "KOC": "Kochi", "PUN": "Pune", "HYD": "Hyderabad", "MNL": "Manila", "CEB": "Cebu", "CLK": "Clark"}[s[4]]), IST if s[3].startswith("MRS-IN") else PHT, True),
                  ("%s %s (%s)" % (usf, usl, pr["name"]), EST, False)])
        tt = t + who[1]
        if who[2]:
            hdr = "[%s] %s: " % (tt.strftime("%d/%m/%Y %H:%M"), who[0])
        else:
            hdr = "[%s] %s: " % (ampm(tt, secs=False), who[0])

        def emit_msg(segs):
            l(hdr, *segs)
    elif fmt == 2:
        hdr = "%s\t#%s-billing-sync\t%s\t" % ((t + EST).strftime("%Y-%m-%d %H:%M:%S"), pr["code"].lower(), sender[1])

        def emit_msg(segs):
            l(hdr, *segs)
    else:
        def emit_msg(segs):
            o = O([("client_msg_id", uuid4()), ("type", "message"), ("text", M(segs)), ("user", "U0%s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                   ("ts", "%d.%06d" % (int((t - dt.datetime(1970, 1, 1)).total_seconds()), ri(0, 999999))), ("team", "T02MEDREV"),
                   ("user_profile", O([("real_name", sender[0]), ("display_name", sender[1])])),
                   ("channel", "C0%s" % digits(8))])
            emit(l, o, ea=False)
    if not phi:
        msgs = [
            ["%s backlog at %d, we'll clear by EOD IST" % (ch(QUEUES), ri(40, 400))],
            ["Availity maintenance %s 10pm-2am ET, bots paused" % (t + dt.timedelta(days=ri(1, 6))).strftime("%m/%d")],
            ["pls use the new fax cover sheet for records requests, practice fax is %s" % pr["fax"]],
            ["@%s batch %s rejected at clearinghouse (999 IK5*R), resubmitting after fix" % (ch(STAFF)[2], batch(t))],
            ["Dr. %s's NPI %s is now linked on the Aetna roster effective %s" % (ch(pr["docs"])[1], ch(pr["docs"])[2], (t + dt.timedelta(days=ri(1, 20))).strftime("%m/%d/%Y"))],
            ["Reminder: shift handover at 06:30 IST, %s covering Q-AR-90 until %s is back on %s" % (s[3], staff()[3], (t + dt.timedelta(days=ri(1, 5))).strftime("%d-%b-%Y"))],
            ["Thanks! Also the 99214s from last week (%d claims) all went out in batch %s" % (ri(10, 90), batch(t))],
            ["Humana portal keeps timing out for us too, ticket #%d opened with their EDI desk (%s)" % (ri(100000, 999999), "1-800-555-01%02d" % ri(0, 99))],
            ["Can someone from %s review the CO-4 spike? %d denials since %s, mostly modifier 25 on %s" % (s[4], ri(10, 60), (t - dt.timedelta(days=ri(2, 9))).strftime("%d/%m"), ch(CPT))],
            ["ok will do :+1:"],
            ["Call with %s at 9:30 AM ET tomorrow - bridge %s ext %d" % (pr["name"], pr["phone"], ri(100, 399))],
        ]
        emit_msg(ch(msgs))
        return l
    d = dos(p)
    if v == 1:
        segs = ["Can you pls check ", (nm(p, "FL"), "name"), " DOB ", (fd(p.dob, "us1"), "date"), "? %s says member ID " % PAYERS[p.payer]["name"],
                (p.member, "health_plan"), " is termed but pt showed card at check-in"]
    elif v == 2:
        segs = ["Hi %s, acct " % usf, (p.acct, "account"), " (", (p.last, "name"), ") DOS ", (fd(d, ch(["dmy", "us", "dmon"])), "date"),
                " denied CO-197 no auth. Do we have the auth # on file?"]
    elif v == 3:
        segs = ["pt's %s " % p.grel.lower() if p.grel != "POA" else "pt's POA ", (gname(p), "name"), " called, wants itemized statement faxed to ", (p.gfax, "fax"),
                ". cell is ", (p.gphone, "phone"), ch(["", " (best after 5pm CT)", ", acct ", ])] 
        if segs[-1] == ", acct ":
            segs += [(p.acct, "account")]
    elif v == 4:
        segs = ["Email on file ", (p.email, "email"), " bounced, should we mail the statement to ", (p.street, "address"), ", ", (p.city, "address"),
                " ", (p.zip, "zip"), " instead?"]
    elif v == 5:
        agep = ch([x for x in PATIENTS if x.age >= 90])
        segs = [(nm(agep, "FL"), "name"), " is ", (str(agep.age), "age"), " now, on hospice since Jan - please hold all statements"]
    elif v == 6:
        segs = ["this one is an auto accident - PIP carrier needs VIN ", (p.vin, "vehicle"), " and plate ", (p.plate, "vehicle"), " for ",
                (nm(p, "FL"), "name"), ", pt gave it at intake"]
    elif v == 7:
        segs = ["appeal draft here: ", ("https://medrevsolutions.sharepoint.com/:w:/r/sites/AR-%s/Appeals/Appeal_%s_%s_DOS_%s.docx" % (p.pr["code"], fold(p.last).replace(" ", ""), fold(p.first).replace(" ", ""), fd(d, "usdash")), "url"),
                " - pls review before 3pm ET"]
    elif v == 8:
        segs = ["DME: %s serial " % p.dev_kind[1], (p.dev_serial, "device"), " for MRN ", (p.mrn, "mrn"), ", payer wants the download report before they pay ", p.dev_kind[0]]
    elif v == 9:
        segs = ["pt portal username is ", (p.portal_user, "other_id"), " if they need a reset, DOB ", (fd(p.dob, "dmy"), "date")]
    elif v == 10:
        segs = ["found SSN ", (p.ssn, "ssn"), " typed into the notes for ", (nm(p, "Lf"), "name"), " - should I scrub it?"]
    else:
        if p.curp:
            segs = ["self-pay intl pt ", (nm(p, "FL"), "name"), ", CURP ", (p.curp, "other_id"), " - no US coverage, send estimate in Spanish"]
        else:
            segs = ["pt ", (nm(p, "FL"), "name"), " changed phone to ", (p.phone, "phone"), ", please update before the bot reruns elig"]
    emit_msg(segs)
    return l


def fam_edi(t, phi):
    l = L("edi-clearinghouse")
    pr = ch(PRACTICES)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if not phi:
        v = ri(1, 6)
        if v == 1:
            l("%s INFO  edi-batcher: batch %s built: %d claims 837P client=%s ISA13=%09d GS06=%d file=837P_%s_%s_%03d.txt size=%d"
              % (ts, batch(t), ri(10, 400), pr["code"], ri(1, 99999), ri(1000, 99999), pr["code"], t.strftime("%Y%m%d"), ri(1, 40), ri(5000, 900000)))
        elif v == 2:
            l("%s INFO  edi-sftp: put 837P_%s_%s_%03d.txt -> sftp://edi.clearinghouse.example:22/inbound/ (%d bytes, %.1fs)" % (ts, pr["code"], t.strftime("%Y%m%d"), ri(1, 40), ri(5000, 900000), rng.uniform(0.3, 9)))
        elif v == 3:
            l("%s INFO  edi-ack: 999 for ISA13=%09d: AK9*%s*%d*%d*%d~" % (ts, ri(1, 99999), ch(["A", "A", "P", "R"]), ri(1, 9), ri(1, 9), ri(0, 9)))
        elif v == 4:
            l("%s WARN  edi-ack: 277CA claim %s rejected STC*A7:%s*%s~ (billing provider taxonomy %s)" % (ts, claim_no(), ch(["562", "21", "116", "145"]), t.strftime("%Y%m%d"), ch(["207Q00000X", "207RC0000X", "207N00000X", "208000000X"])))
        elif v == 5:
            l("%s DEBUG edi-batcher: ISA*00*          *00*          *ZZ*MEDREV%s *ZZ*CLEARHOUSE     *%s*%s*^*00501*%09d*1*P*:~" % (ts, pr["code"], t.strftime("%y%m%d"), t.strftime("%H%M"), ri(1, 99999)))
        else:
            l("%s INFO  edi-era: 835 parsed file=ERA_%s_%s.835 claims=%d total_paid=%s plb=%s" % (ts, pr["code"], digits(10), ri(5, 300), amt(), ch(["0.00", "-12.40", "WO:35.00"])))
        return l
    p = pat()
    d = dos(p)
    v = ri(1, 3)
    if v == 1:
        l("%s DEBUG edi-batcher: claim %s segs NM1*IL*1*" % (ts, claim_no()), (fold(p.last).upper(), "name"), "*", (fold(p.first).upper(), "name"),
          "*%s***MI*" % p.mi, (p.member, "health_plan"), "~N3*", (fold(p.street).upper(), "address"), "~N4*", (fold(p.city).upper(), "address"),
          "*%s*" % p.pr["st"], (p.zip + p.zip4, "zip"), "~DMG*D8*", (fd(p.dob, "d8"), "date"), "*%s~" % p.sex)
    elif v == 2:
        l("%s DEBUG edi-batcher: CLM*" % ts, (p.acct, "account"), "*%s***11:B:1*Y*A*Y*Y~DTP*472*D8*" % amt(), (fd(d, "d8"), "date"),
          "~REF*SY*", (p.ssn.replace("-", ""), "ssn"), "~ (secondary payer requires SSN)")
    else:
        l("%s WARN  edi-ack: 277CA rejected for patient " % ts, (nm(p, "LFnoMI"), "name"), " member ", (p.member, "health_plan"),
          " DOS ", (fd(d, "d8"), "date"), ": STC*A7:164*%s~ (entity's contract/member number invalid)" % t.strftime("%Y%m%d"))
    return l


FAMILIES = [
    ("citrix", 50, 10, fam_citrix),
    ("rdp", 40, 6, fam_rdp),
    ("wq", 70, 30, fam_wq),
    ("vba", 50, 28, fam_vba),
    ("pad", 55, 29, fam_pad),
    ("bot", 65, 38, fam_bot),
    ("eob", 55, 33, fam_eob),
    ("qa", 40, 16, fam_qa),
    ("chat", 50, 25, fam_chat),
    ("edi", 25, 10, fam_edi),
]


def main():
    slots = []
    for name, n, k, fn in FAMILIES:
        slots += [(fn, True)] * k + [(fn, False)] * (n - k)
    assert len(slots) == 500
    rng.shuffle(slots)
    t = dt.datetime(2024, 3, 4, 2, 30, 0)
    lines, labels = [], []
    for i, (fn, phi) in enumerate(slots, 1):
        t += dt.timedelta(seconds=ri(5, 560))
        l = fn(t, phi)
        b = bytes(l.b)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        assert bool(l.sp) == phi, (i, l.family, phi, b)
        prev = 0
        spans = []
        for s, e, cat, val in l.sp:
            assert b[s:e] == val, (i, s, e, val)
            assert s >= prev and e > s, (i, s, e)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        lines.append(b)
        labels.append({"line": i, "family": l.family, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for b in lines:
            f.write(b + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in labels:
            f.write(json.dumps(o) + "\n")


if __name__ == "__main__":
    main()
