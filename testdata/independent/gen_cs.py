#!/usr/bin/env python3
"""Deterministic generator for the 'cs' held-out PHI corpus.

Theme: a non-emergency medical transportation (NEMT) broker working for
Medicaid plans (booking API, call center, dispatch/routing, driver app
telemetry, eligibility, trip verification, claims, grievances, mileage
reimbursement for family drivers).

Writes cs.log and cs.labels.jsonl next to this file. Standard library only.
Lines are built by concatenating pieces; every PHI piece records its byte
offsets at insertion time and is verified against the final bytes.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 18_20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
LOCAL_OFF = dt.timedelta(hours=-5)          # CDT (DST started 2024-03-10)
EPOCH = dt.datetime(1970, 1, 1)


# ----------------------------------------------------------------- line builder
class Ln:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []          # (start, end, cat, value_bytes)

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        v = s.encode("utf-8")
        st = len(self.b)
        self.b += v
        self.spans.append((st, len(self.b), cat, v))
        return self

    def add(self, pieces):
        for x in pieces:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def finish(self):
        data = bytes(self.b)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, (self.family, len(data))
        data.decode("utf-8")
        last = 0
        out = []
        for s, e, cat, v in self.spans:
            assert data[s:e] == v, (self.family, s, e, v, data[s:e])
            assert s >= last, ("overlap", self.family, data)
            assert e > s
            assert cat in CATS, cat
            last = e
            out.append({"s": s, "e": e, "cat": cat})
        return data, out


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def P(s, cat):
    """A PHI piece (or plain when cat is None)."""
    return (s, cat) if cat else s


class PN:
    """A numeric JSON value that is PHI (e.g. an age over 89)."""
    def __init__(self, n, cat):
        self.s, self.cat = str(n), cat


class Raw:
    def __init__(self, s):
        self.s = s


class O:
    def __init__(self, *kv):
        assert len(kv) % 2 == 0
        self.items = [(kv[i], kv[i + 1]) for i in range(0, len(kv), 2)]


class A:
    def __init__(self, *items):
        self.items = items


NODE = dict(sep=",", kv=":", ascii=False)
PYJ = dict(sep=", ", kv=": ", ascii=True)
PYU = dict(sep=", ", kv=": ", ascii=False)


def jesc(pieces, ascii_):
    out = []
    for x in pieces:
        if isinstance(x, tuple):
            out.append((json.dumps(x[0], ensure_ascii=ascii_)[1:-1], x[1]))
        else:
            out.append(json.dumps(x, ensure_ascii=ascii_)[1:-1])
    return out


def J(v, st=NODE):
    out = []
    sep, kv, asc = st["sep"], st["kv"], st["ascii"]

    def em(x):
        if isinstance(x, O):
            out.append("{")
            for i, (k, y) in enumerate(x.items):
                if i:
                    out.append(sep)
                out.append(json.dumps(k, ensure_ascii=asc) + kv)
                em(y)
            out.append("}")
        elif isinstance(x, A):
            out.append("[")
            for i, y in enumerate(x.items):
                if i:
                    out.append(sep)
                em(y)
            out.append("]")
        elif x is None:
            out.append("null")
        elif x is True:
            out.append("true")
        elif x is False:
            out.append("false")
        elif isinstance(x, PN):
            out.append((x.s, x.cat) if x.cat else x.s)
        elif isinstance(x, Raw):
            out.append(x.s)
        elif isinstance(x, (int, float)):
            out.append(json.dumps(x))
        elif isinstance(x, str):
            out.append(json.dumps(x, ensure_ascii=asc))
        elif isinstance(x, tuple):
            out.append('"')
            out.extend(jesc([x], asc))
            out.append('"')
        elif isinstance(x, list):
            out.append('"')
            out.extend(jesc(x, asc))
            out.append('"')
        else:
            raise TypeError(x)
    em(v)
    return out


def text_of(pieces):
    return "".join(x[0] if isinstance(x, tuple) else x for x in pieces)


def as_pieces(v):
    if isinstance(v, list):
        return v
    if isinstance(v, tuple):
        return [v]
    return [str(v)]


def lf_val(v):
    """Go slog TextHandler style value quoting."""
    pcs = as_pieces(v)
    txt = text_of(pcs)
    need = txt == "" or any(c in ' ="\\' or ord(c) < 0x20 for c in txt)
    if not need:
        return pcs
    out = ['"']
    for x in pcs:
        if isinstance(x, tuple):
            out.append((x[0].replace("\\", "\\\\").replace('"', '\\"'), x[1]))
        else:
            out.append(x.replace("\\", "\\\\").replace('"', '\\"'))
    out.append('"')
    return out


def logfmt(*kv):
    out = []
    for i in range(0, len(kv), 2):
        if i:
            out.append(" ")
        out.append(kv[i] + "=")
        out.extend(lf_val(kv[i + 1]))
    return out


def csv_field(v):
    pcs = as_pieces(v)
    txt = text_of(pcs)
    if not any(c in ',"\n' for c in txt):
        return pcs
    out = ['"']
    for x in pcs:
        if isinstance(x, tuple):
            out.append((x[0].replace('"', '""'), x[1]))
        else:
            out.append(x.replace('"', '""'))
    out.append('"')
    return out


def csv_row(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out.extend(csv_field(f))
    return out


def rb(v):
    """Ruby String#inspect-ish value (pieces) / Hash rendering."""
    if isinstance(v, O):
        out = ["{"]
        for i, (k, y) in enumerate(v.items):
            if i:
                out.append(", ")
            out.append('"%s"=>' % k)
            out.extend(rb(y))
        out.append("}")
        return out
    if v is None:
        return ["nil"]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, int):
        return [str(v)]
    pcs = as_pieces(v)
    out = ['"']
    for x in pcs:
        if isinstance(x, tuple):
            out.append((x[0].replace("\\", "\\\\").replace('"', '\\"'), x[1]))
        else:
            out.append(x.replace("\\", "\\\\").replace('"', '\\"'))
    out.append('"')
    return out


# ----------------------------------------------------------------- id helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def imei(tac=None):
    tac = tac or R.choice(["35693803", "35332511", "35875911", "86471204", "35120290"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


VIN_VAL = {str(i): i for i in range(10)}
VIN_VAL.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7,
                    R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin(wmi, year):
    v = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + year +
             R.choice(VIN_CH) + digits(6))
    v[8] = vin_check(v)
    v = "".join(v)
    assert vin_check(v) == v[8]
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    n = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(n) +
            R.choice(MBI_A) + R.choice(an) + R.choice(n) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(n) + R.choice(n))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def aba():
    while True:
        d = [int(c) for c in R.choice(["06", "11", "04", "26", "07"]) + digits(6)]
        for c9 in range(10):
            x = d + [c9]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def gtin14():
    body = "0" + "0" + "8" + digits(10)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def pub_ip():
    first = R.choice([24, 47, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108,
                      136, 162, 173, 174, 184, 208])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def priv_ip(pfx=None):
    pfx = pfx or R.choice(["10.20.%d" % R.randint(1, 9), "10.0.%d" % R.randint(1, 6),
                           "172.18.%d" % R.randint(0, 9), "192.168.%d" % R.randint(10, 40)])
    return "%s.%d" % (pfx, R.randint(2, 250))


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"e164": "+1" + d, "dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": d, "intl": "+1 %s-%s-%s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[style]


_used_phone = set()


def phone(ac):
    while True:
        d = ac + "55501" + digits(2)
        if d not in _used_phone:
            _used_phone.add(d)
            return d


# ----------------------------------------------------------------- reference data
CITIES = {
    "TX": [("Garland", "Dallas", ["75040", "75041", "75042", "75043"], ["972", "469", "214"]),
           ("Dallas", "Dallas", ["75211", "75216", "75217", "75228"], ["214", "469", "972"]),
           ("Irving", "Dallas", ["75060", "75061", "75062"], ["972", "469"]),
           ("Mesquite", "Dallas", ["75149", "75150"], ["972", "214"]),
           ("Denton", "Denton", ["76201", "76205", "76209"], ["940"]),
           ("Grand Prairie", "Dallas", ["75050", "75051", "75052"], ["972"])],
    "OH": [("Columbus", "Franklin", ["43207", "43211", "43223", "43224", "43232"], ["614", "380"]),
           ("Dayton", "Montgomery", ["45405", "45406", "45410", "45417"], ["937"]),
           ("Springfield", "Clark", ["45503", "45505", "45506"], ["937"])],
    "GA": [("Atlanta", "Fulton", ["30310", "30311", "30315", "30318"], ["404", "470", "678"]),
           ("Decatur", "DeKalb", ["30032", "30034", "30035"], ["404", "470"]),
           ("Marietta", "Cobb", ["30060", "30008", "30064"], ["770", "678"]),
           ("Macon", "Bibb", ["31204", "31206", "31211"], ["478"])],
}
STREETS = {
    "TX": ["Elm Ridge Dr", "Shiloh Rd", "Pecan Hollow Ln", "Belt Line Rd", "Cedar Bend Ct",
           "Buckingham Rd", "Gus Thomasson Rd", "Bonnie View Rd", "Lake June Rd", "Ferguson Rd",
           "Carpenter Dr", "Bell Ave", "Locust St", "Sandy Trail Ln"],
    "OH": ["Sullivant Ave", "Cleveland Ave", "Karl Rd", "Hamilton Rd", "Westerville Rd", "Salem Ave",
           "Linden Ave", "Wayne Ave", "Lagonda Ave", "Selma Rd", "Parsons Ave", "Brice Rd"],
    "GA": ["Campbellton Rd SW", "Moreland Ave SE", "Candler Rd", "Memorial Dr SE", "Glenwood Rd",
           "Roswell St NE", "Vineville Ave", "Pio Nono Ave", "Flat Shoals Rd", "Fairburn Rd SW",
           "Powder Springs St", "Pinewood Dr"],
}
PLANS = {
    "TX": dict(code="NTXCH", name="North Texas CommunityHealth", product="STAR", payer="NTXCH01",
               group="GRP00417", isa="NTXCHEDI"),
    "OH": dict(code="OVFC", name="Ohio Valley Family Care", product="MCD", payer="OVFC01",
               group="GRP10023", isa="OVFC01"),
    "GA": dict(code="PTC", name="Peachtree Care", product="GAMCD", payer="PTCGA1",
               group="GRP30881", isa="PTCGA"),
}
REGIONS = {"TX": ["dfw-north", "dfw-east", "dfw-west"], "OH": ["cmh-central", "day-metro"],
           "GA": ["atl-south", "atl-east", "mcn"]}

RIDERS_SPEC = [
    ("Thi Hoa", "Nguyen", "F", "TX", None), ("José Luis", "Barragán", "M", "GA", None),
    ("Ngozi", "Okonkwo", "F", "OH", None), ("Wiesław", "Kowalczyk", "M", "OH", None),
    ("Fatima", "Al-Sayed", "F", "TX", None), ("Dorothy", "Pettibone", "F", "GA", 94),
    ("Ramesh", "Venkataraman", "M", "TX", None), ("Marie-Claude", "Joseph", "F", "GA", None),
    ("Abdirahman", "Warsame", "M", "OH", None), ("Yevgenia", "Sokolova", "F", "OH", 92),
    ("Min-jun", "Park", "M", "GA", None), ("Guadalupe", "Treviño", "F", "TX", None),
    ("Tomasz", "Wiśniewski", "M", "OH", None), ("Lucille", "Broussard", "F", "TX", 91),
    ("Darnell", "Washington", "M", "GA", None), ("Aigerim", "Bekova", "F", "OH", None),
    ("Siosaia", "Fifita", "M", "TX", None), ("Hana", "Yoshida", "F", "GA", None),
    ("Oluwaseun", "Adeyemi", "M", "TX", None), ("Mercedes", "Villanueva", "F", "TX", None),
    ("Henrik", "Sørensen", "M", "OH", None), ("Priya", "Raghunathan", "F", "GA", None),
    ("Edna Mae", "Hollister", "F", "OH", 96), ("Kwame", "Mensah", "M", "GA", None),
    ("Ayşe", "Demir", "F", "TX", None), ("Jean-Baptiste", "Pierre", "M", "GA", None),
    ("Rosalind", "O'Connor", "F", "OH", None), ("Zoë", "Castellanos", "F", "TX", None),
    ("Bich Ngoc", "Tran", "F", "TX", None), ("Mateus", "Ferreira", "M", "GA", None),
    ("Nadia", "Haddad", "F", "OH", None), ("Walter", "Kirchner", "M", "OH", 90),
    ("Lakshmi", "Iyer", "F", "TX", None), ("Tariq", "Mahmood", "M", "GA", None),
    ("Imelda", "Santos", "F", "TX", None), ("Björn", "Lindqvist", "M", "OH", None),
]
ESCORTS = {
    0: ("Linh", "Nguyen", "daughter"), 1: ("Rosa", "Barragán", "spouse"),
    2: ("Chidi", "Okonkwo", "son"), 5: ("Gerald", "Pettibone", "son"),
    7: ("Widelene", "Joseph", "daughter"), 9: ("Irina", "Sokolova-Hart", "granddaughter"),
    11: ("Alejandro", "Treviño", "son"), 13: ("Yvette", "Broussard Lemaire", "daughter"),
    16: ("Mele", "Fifita", "spouse"), 19: ("Carmen", "Ochoa", "caregiver"),
    22: ("Bonnie", "Hollister-Kemp", "daughter"), 24: ("Mehmet", "Demir", "spouse"),
    26: ("Siobhan", "O'Connor", "sister"), 28: ("Quang", "Tran", "son"),
    29: ("Ana Paula", "Ferreira", "spouse"), 31: ("Ingrid", "Kirchner", "spouse"),
    33: ("Sana", "Mahmood", "daughter"),
}
FAMILY_DRIVERS = [1, 2, 11, 16, 28, 29]      # escorts enrolled in mileage reimbursement
GUARDIAN_FAX = [5, 22]

DRIVERS_SPEC = [("Marcus", "Bell", "TX"), ("Svetlana", "Ivanova", "OH"), ("Héctor", "Ruiz", "TX"),
                ("Abebe", "Tesfaye", "GA"), ("Kim", "Doan", "TX"), ("Raúl", "Mendoza", "GA"),
                ("Jamal", "Pryor", "GA"), ("Olena", "Kovalenko", "OH"), ("DeShawn", "Harris", "OH"),
                ("Luz", "Ortega", "TX"), ("Bilal", "Qureshi", "GA"), ("Tiffany", "Nguyen", "TX"),
                ("Gary", "Lindqvist", "OH"), ("Precious", "Dlamini", "GA"), ("Anan", "Chaiyaporn", "TX")]
PROVIDERS = {"TX": [("PRV-0031", "Northstar Mobility LLC"), ("PRV-0044", "Lone Oak Transport Inc")],
             "OH": [("PRV-0107", "Scioto Care Rides LLC")],
             "GA": [("PRV-0212", "Magnolia Medical Transit"), ("PRV-0219", "Ocmulgee Van Service")]}
AGENTS = [("Kelsey Moore", "k.moore", 1042), ("Brandon Oyelaran", "b.oyelaran", 1047),
          ("Maritza Solís", "m.solis", 1051), ("Jun Watanabe", "j.watanabe", 1063),
          ("Aaliyah Rahman", "a.rahman", 1070), ("Pavel Novák", "p.novak", 1078)]
CLINICIANS = ["Dr. Anjali Mehta", "Dr. Samuel Greer", "Dr. Olufemi Adebayo", "Renee Castillo, LCSW",
              "Dr. Karin Holmberg", "Dr. Luis Echeverría"]
QA_STAFF = ["Denise Farrow", "Tomás Aguilar", "Grace Whitfield"]

FACILITIES = {
    "TX": [("FAC-0192", "Trinity Kidney Care - Garland", "3301 W Walnut St", "Garland", "75042", "972"),
           ("FAC-0207", "Lakeside Oncology Associates", "7777 Forest Ln Ste B210", "Dallas", "75230", "214"),
           ("FAC-0233", "Irving Family Health Center", "1250 W Pioneer Dr", "Irving", "75061", "972"),
           ("FAC-0248", "North Texas Wound & Vascular", "2100 N Elm St", "Denton", "76201", "940")],
    "OH": [("FAC-1104", "Buckeye Dialysis - Columbus East", "4880 E Main St", "Columbus", "43213", "614"),
           ("FAC-1119", "Miami Valley Cardiology", "30 E Apple St Ste 6244", "Dayton", "45409", "937"),
           ("FAC-1126", "Clark County Behavioral Health", "1345 Fountain Blvd", "Springfield", "45504", "937")],
    "GA": [("FAC-2011", "Peachtree Renal Center", "2665 Campbellton Rd SW", "Atlanta", "30311", "404"),
           ("FAC-2020", "DeKalb Physical Therapy Partners", "2801 Candler Rd Ste 18", "Decatur", "30034", "404"),
           ("FAC-2035", "Middle Georgia Infusion Center", "1062 Forsyth St", "Macon", "31201", "478"),
           ("FAC-2041", "Marietta Adult Day Health", "455 Roswell St NE", "Marietta", "30060", "770")],
}

FACILITY_SPEC = {k: list(v) for k, v in FACILITIES.items()}

COMPANY = dict(name="TripBridge NEMT LLC", npi=None, street="900 Jackson St Ste 410", city="Dallas",
               zip="75202", phone="8665550100", tin="82-4417093", domain="tripbridge-nemt.com")


CENTER = {"TX": (32.78, -96.80), "OH": (39.96, -83.00), "GA": (33.75, -84.39)}


def geo(st):
    la, lo = CENTER[st]
    return Raw("%.5f" % (la + R.uniform(-0.25, 0.25))), Raw("%.5f" % (lo + R.uniform(-0.25, 0.25)))


class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


TODAY = dt.date(2024, 3, 11)


def make_people():
    COMPANY["npi"] = npi()
    for st in FACILITY_SPEC:
        FACILITIES[st] = [NS(id=f[0], name=f[1], street=f[2], city=f[3], zip=f[4],
                             phone=phone(f[5]), fax=phone(f[5]), npi=npi(), state=st)
                          for f in FACILITY_SPEC[st]]
    riders = []
    for i, (first, last, sex, st, age) in enumerate(RIDERS_SPEC):
        if age is None:
            age = R.choice([R.randint(19, 64), R.randint(30, 75), R.randint(60, 88)])
        m, d = R.randint(1, 12), R.randint(1, 28)
        y = TODAY.year - age - (1 if (m, d) > (TODAY.month, TODAY.day) else 0)
        dob = dt.date(y, m, d)
        city, county, zips, acs = R.choice(CITIES[st])
        z = R.choice(zips)
        street = "%d %s" % (R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99)]),
                            R.choice(STREETS[st]))
        unit = R.random()
        if unit < 0.18:
            street += " Apt %d%s" % (R.randint(1, 40), R.choice(["", "A", "B", "C"]))
        elif unit < 0.26:
            street += " Unit %d" % R.randint(100, 420)
        elif unit < 0.32:
            street += " Lot %d" % R.randint(2, 88)
        plan = PLANS[st]
        if st == "TX":
            mid = R.choice("567") + digits(8)
        elif st == "OH":
            mid = "10" + digits(10)
        else:
            mid = "PTC" + digits(9)
        fa = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        la = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
        email = None
        if R.random() < 0.65:
            email = R.choice(["%s.%s%d" % (fa, la, dob.year % 100), "%s%s" % (fa[0], la),
                              "%s_%s" % (la, fa), "%s%s%d" % (fa, la[0], R.randint(1, 99))]) + "@" + \
                R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net",
                          "aol.com"])
        los = R.choice(["AMB", "AMB", "AMB", "WC", "WC", "STR"]) if age < 80 else R.choice(["WC", "WC", "AMB", "STR"])
        dev = None
        if los == "WC" and R.random() < 0.5:
            pfx, mdl = R.choice([("PM3", "Permobil M3 Corpus"), ("QX6", "Quantum Q6 Edge 3"), ("TDX", "Invacare TDX SP2")])
            dev = NS(kind="pwc", text="SN " + pfx + "-" + digits(2) + "-" + digits(6), model=mdl)
            dev.serial = dev.text[3:]
        elif R.random() < 0.3:
            g = gtin14()
            sn = R.choice(["G5", "IO4", "RS"]) + digits(8)
            dev = NS(kind="o2", text="(01)%s(21)%s" % (g, sn), serial=sn,
                     model=R.choice(["Inogen One G5", "SimplyGo Mini", "Rove 6"]))
        r = NS(i=i, first=first, last=last, name=first + " " + last, sex=sex, state=st, age=age, dob=dob,
               city=city, county=county, zip=z, zip4=z + "-" + digits(4), street=street,
               phone=phone(R.choice(acs)), email=email, rid="R-00" + digits(5), mid=mid, plan=plan,
               mbi=mbi() if (age >= 65 and R.random() < 0.7) else None, los=los, dev=dev,
               username=(fa[:1] + la + str(R.randint(1, 99))) if R.random() < 0.5 else (fa + "." + la[:4]),
               ip=pub_ip(), ssn=ssn(), escort=None, lang=R.choice(["en", "en", "en", "es", "vi", "so", "ar"]))
        if i in ESCORTS:
            ef, el, rel = ESCORTS[i]
            e = NS(first=ef, last=el, name=ef + " " + el, rel=rel, phone=phone(R.choice(acs)),
                   email=None, fax=None, dl=None, plate=None, vin=None, acct=None, routing=None)
            if R.random() < 0.6:
                e.email = "%s.%s@%s" % (ascii_fold(ef).lower().replace(" ", ""),
                                        ascii_fold(el).lower().replace(" ", "").replace("'", "").replace("-", ""),
                                        R.choice(["gmail.com", "yahoo.com", "outlook.com"]))
            if i in GUARDIAN_FAX:
                e.fax = phone(R.choice(acs))
            if i in FAMILY_DRIVERS:
                if st == "TX":
                    e.dl = R.choice("0123") + digits(7)
                    e.plate = R.choice(["", ""]) + "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
                elif st == "OH":
                    e.dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6)
                    e.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4)
                else:
                    e.dl = "0" + digits(8)
                    e.plate = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
                e.vin = vin(R.choice(["1HGCV", "5FNRL", "4T1B1", "1N4BL", "5NPE3", "2T3W1", "1G1ZD"])[:3],
                            R.choice("CDEFGHJK"))
                e.car = R.choice(["2014 Honda Accord", "2017 Toyota Camry", "2012 Nissan Altima",
                                  "2019 Honda Odyssey", "2016 Hyundai Sonata", "2018 Toyota RAV4"])
                e.acct = R.choice([digits(10), digits(12), "00" + digits(9)])
                e.routing = aba()
            r.escort = e
        riders.append(r)

    drivers = []
    for k, (first, last, st) in enumerate(DRIVERS_SPEC):
        prov = R.choice(PROVIDERS[st])
        if st == "TX":
            dl = R.choice("0123") + digits(7)
            plate = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
        elif st == "OH":
            dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6)
            plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4)
        else:
            dl = "0" + digits(8)
            plate = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4)
        model = R.choice([("1FT", "2020 Ford Transit 350 HD", "L", True), ("1FD", "2019 Ford E-350 Braun", "K", True),
                          ("2C7", "2021 Chrysler Voyager BraunAbility", "M", True),
                          ("5TD", "2022 Toyota Sienna LE", "N", False), ("1GA", "2018 Chevrolet Express 3500", "J", True)])
        drivers.append(NS(first=first, last=last, name=first + " " + last, state=st,
                          id="DRV-0%03d" % R.randint(100, 480), dl=dl, dl_exp=dt.date(R.randint(2025, 2029), R.randint(1, 12), R.randint(1, 28)),
                          phone=phone(R.choice(["214", "469", "614", "937", "404", "478", "770"])),
                          unit="V-%d" % R.randint(101, 398), plate=plate, vin=vin(model[0], model[2]),
                          model=model[1], ramp=model[3], imei=imei(), prov=prov,
                          tablet_sn="R9" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))))
    return riders, drivers


RIDERS, DRIVERS, R_WEIGHTS = [], [], []


def reset_world(seed):
    """Re-seed and rebuild every piece of mutable state (people, trips, counters, clock)."""
    global RIDERS, DRIVERS, R_WEIGHTS
    R.seed(seed)
    _used_phone.clear()
    RIDERS, DRIVERS = make_people()
    R_WEIGHTS = [9 if i < 6 else (5 if i < 14 else 2) for i in range(len(RIDERS))]
    R.shuffle(R_WEIGHTS)
    C.t = dt.datetime(2024, 3, 11, 4, 41, 7, 312000)
    TRIPS.clear()
    _seq[0] = 48791
    _reqn[0] = 20411
    _offsets.update({"trip-events": 884213, "driver.telemetry.v1": 188221034, "trip-verifications": 55120})
    _isa[0] = 4809
    _chan[0] = 0x41B
    _cid[0] = 0xA1F3
    _case[0] = 31170


def pick_rider(pred=None):
    while True:
        r = R.choices(RIDERS, weights=R_WEIGHTS)[0]
        if pred is None or pred(r):
            return r


def pick_driver(st=None):
    ds = [d for d in DRIVERS if st is None or d.state == st]
    return R.choice(ds)


# ----------------------------------------------------------------- clock & formats
class Clock:
    def __init__(self, t):
        self.t = t

    def tick(self, lo, hi):
        self.t += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


C = Clock(dt.datetime(2024, 3, 11, 4, 41, 7, 312000))


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def utc(t):
    return t - LOCAL_OFF


def iso_local(t, frac=True, off="-05:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms(t) if frac else "") + off


def appt_iso(t, st):
    return iso_local(t, False, "-05:00" if st == "TX" else "-04:00")


def iso_z(t, frac=True):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms(u) if frac else "") + "Z"


def epoch_ms(t):
    return int((utc(t) - EPOCH).total_seconds() * 1000)


def ts_java(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


# ----------------------------------------------------------------- trips
TRIPS = []
_seq = [48791]


class Trip(NS):
    pass


def fac_for(r):
    return R.choice(FACILITIES[r.state])


def new_trip(r, day, hour=None):
    _seq[0] += R.randint(1, 37)
    f = fac_for(r)
    if hour is None:
        hour = R.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    appt = dt.datetime(day.year, day.month, day.day, hour, R.choice([0, 15, 30, 45]))
    pu = appt - dt.timedelta(minutes=R.choice([45, 60, 75, 90]))
    tr = Trip(id="T-%s-%07d" % (day.strftime("%y%m%d"), _seq[0]), rider=r, fac=f, day=day, appt=appt, pu=pu,
              los=r.los, leg=R.choice(["A", "A", "B"]), miles=round(R.uniform(2.1, 31.5), 1),
              driver=pick_driver(r.state), escorts=1 if (r.escort and R.random() < 0.6) else 0,
              region=R.choice(REGIONS[r.state]), conf="".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)))
    TRIPS.append(tr)
    return tr


def today_trip(pred=None):
    day = C.t.date()
    cands = [x for x in TRIPS if x.day == day and (pred is None or pred(x))
             and x.appt > C.t - dt.timedelta(hours=2)]
    if cands and R.random() < 0.7:
        return R.choice(cands[-8:])
    r = pick_rider(lambda r: pred is None or True)
    hour = min(17, max(6, C.t.hour + R.randint(0, 3)))
    tr = new_trip(r, day, hour)
    if pred and not pred(tr):
        return today_trip(pred)
    return tr


def future_trip(r=None):
    r = r or pick_rider()
    return new_trip(r, C.t.date() + dt.timedelta(days=R.randint(2, 11)))


def past_trip(r=None):
    r = r or pick_rider()
    prev = [x for x in TRIPS if x.rider is r and x.day < C.t.date()]
    if prev and R.random() < 0.5:
        return R.choice(prev)
    return new_trip(r, C.t.date() - dt.timedelta(days=R.randint(1, 12)))


def addr_full(r, upper=False, zip4=False, sep=", "):
    f = (lambda s: ascii_fold(s).upper()) if upper else (lambda s: s)
    return [(f(r.street), "address"), sep, (f(r.city), "address"), sep + r.state + " ",
            (r.zip4 if zip4 else r.zip, "zip")]


def age_piece(age):
    return PN(age, "age" if age > 89 else None)


# ================================================================= families
def L(family):
    return Ln(family)


# ---------------------------------------------------------------- booking-api (pino JSON)
BOOK_PODS = ["booking-api-7c9d5f6b8-x2kqm", "booking-api-7c9d5f6b8-p8wzt", "booking-api-7c9d5f6b8-lm4rc"]
_reqn = [20411]


def pino(lvl, t, host, *kv):
    return O("level", lvl, "time", epoch_ms(t), "pid", 1, "hostname", host, *kv)


def fam_booking(force=None):
    out = []
    host = R.choice(BOOK_PODS)
    t = C.tick(2, 200)
    kind = R.choices(["req", "booked", "quote", "sms", "standing", "login", "stale", "redis", "cancel",
                      "validation", "escortpolicy", "pcs"],
                     weights=[18, 12, 8, 6, 4, 4, 4, 3, 5, 3, 3, 3])[0]
    kind = force or kind
    rid = "req-" + hexs(8)
    ln = L("pino_json")
    if kind == "req":
        n = R.randint(1, 4)
        for _ in range(n):
            t = C.tick(0.01, 3)
            _reqn[0] += 1
            tr = R.choice(TRIPS) if TRIPS else today_trip()
            meth, url, sc = R.choice([("GET", "/v2/trips/" + tr.id, 200), ("POST", "/v2/quotes", 201),
                                      ("GET", "/v2/facilities/%s/hours" % fac_for(tr.rider).id, 200),
                                      ("GET", "/v2/trips?status=scheduled&page=%d&limit=50" % R.randint(1, 9), 200),
                                      ("PATCH", "/v2/trips/%s/legs/B" % tr.id, 204),
                                      ("GET", "/v2/rate-cards/%s-2024Q1" % tr.rider.plan["code"], 304),
                                      ("DELETE", "/v2/trips/%s" % tr.id, 409)])
            ln = L("pino_json")
            ln.add(J(pino(30 if sc < 400 else 40, t, host,
                          "req", O("id", _reqn[0], "method", meth, "url", url,
                                   "remoteAddress", "::ffff:" + priv_ip("10.20.%d" % R.randint(1, 4)),
                                   "remotePort", R.randint(32768, 60999)),
                          "res", O("statusCode", sc), "responseTime", R.randint(3, 480),
                          "msg", "request completed" if sc < 400 else "request errored")))
            out.append(ln)
        return out
    if kind == "booked":
        r = pick_rider()
        tr = future_trip(r)
        ag = R.choice(AGENTS)
        g = geo(r.state)
        rider = O("firstName", P(r.first, "name"), "lastName", P(r.last, "name"),
                  "dob", P(r.dob.isoformat(), "date")) if R.random() < 0.6 else \
            O("riderId", P(r.rid, "mrn"), "name", P(r.name, "name"))
        ln.add(J(pino(30, t, host, "reqId", rid, "tripId", tr.id, "confirmation", tr.conf,
                      "memberId", P(r.mid, "health_plan"), "planCode", r.plan["code"] + "-" + r.plan["product"],
                      "rider", rider,
                      "pickup", O("line1", P(r.street, "address"), "city", P(r.city, "address"),
                                  "state", r.state, "zip", P(r.zip, "zip"), "geo", O("lat", g[0], "lng", g[1])),
                      "dropoff", O("facilityId", tr.fac.id, "name", tr.fac.name),
                      "apptAt", P(appt_iso(tr.appt, r.state), "date"), "los", tr.los, "escorts", tr.escorts,
                      *(["contact", O("phone", P(fmt_phone(r.phone, "dash"), "phone"), "email", P(r.email, "email") if r.email else None,
                                      "smsOptIn", R.random() < 0.7)] if R.random() < 0.5 else []),
                      *(["equipment", O("type", r.dev.kind, "model", r.dev.model, "serial", P(r.dev.serial, "device"))] if r.dev and R.random() < 0.7 else []),
                      "channel", "call_center", "bookedBy", "agent:" + ag[1], "msg", "trip booked")))
        out.append(ln)
        return out
    if kind == "quote":
        fut = [x for x in TRIPS if x.day > C.t.date()]
        tr = R.choice(fut[-10:]) if fut and R.random() < 0.6 else future_trip()
        base = {"AMB": 18.5, "WC": 27.0, "STR": 78.0}[tr.los]
        per = {"AMB": 1.45, "WC": 2.10, "STR": 3.25}[tr.los]
        ln.add(J(pino(30, t, host, "reqId", rid, "tripId", tr.id, "quoteId", "q_" + hexs(10), "los", tr.los,
                      "miles", tr.miles, "baseRate", base, "perMile", per,
                      "total", round(base + per * tr.miles, 2), "currency", "USD",
                      "rateCard", tr.rider.plan["code"] + "-2024Q1", "msg", "fare quote computed")))
        out.append(ln)
        return out
    if kind == "sms":
        tr = R.choice(TRIPS) if TRIPS and R.random() < 0.5 else future_trip()
        r = tr.rider
        to_escort = r.escort is not None and R.random() < 0.3
        num = r.escort.phone if to_escort else r.phone
        tpl = "share_ride" if force else R.choice(["reminder_24h", "reminder_2h", "driver_enroute", "share_ride"])
        extra = []
        if tpl == "share_ride":
            slug = "%s-%s-%s" % (ascii_fold(r.first).lower().replace(" ", "-"), ascii_fold(r.last).lower().replace(" ", "-").replace("'", ""),
                                 "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(5)))
            extra = ["vars", O("shareUrl", ("https://go.tripbridge-nemt.com/ride/" + slug, "url"), "expiresMin", 240)]
        ln.add(J(pino(30, t, host, "queue", "sms-reminders", "jobId", str(R.randint(180000, 260000)),
                      "to", P(fmt_phone(num, "e164"), "phone"), "template", tpl, *extra,
                      "locale", {"en": "en-US", "es": "es-US", "vi": "vi-VN", "so": "so-SO", "ar": "ar"}[r.lang],
                      "tripId", tr.id, "from", "+1" + COMPANY["phone"], "msg", "reminder enqueued")))
        out.append(ln)
        return out
    if kind == "standing":
        r = pick_rider()
        f = fac_for(r)
        start = C.t.date() + dt.timedelta(days=R.randint(3, 9))
        end = start + dt.timedelta(days=R.choice([90, 180, 364]))
        ln.add(J(pino(30, t, host, "reqId", rid, "standingOrderId", "SO-" + digits(6),
                      "riderId", P(r.rid, "mrn"), "memberId", P(r.mid, "health_plan"),
                      "pattern", R.choice(["MWF", "TTS", "M-F", "TU/TH"]), "pickupTime", R.choice(["04:45", "05:15", "10:30", "11:00"]),
                      "startDate", P(start.isoformat(), "date"), "endDate", P(end.isoformat(), "date"),
                      "facilityId", f.id, "pcsOnFile", True, "orderingNpi", f.npi,
                      "msg", "standing order created")))
        out.append(ln)
        return out
    if kind == "login":
        r = pick_rider()
        ln.add(J(pino(30, t, host, "event", "auth.login.success", "username", P(r.username, "other_id"),
                      "userId", uuid4(), "ip", P(r.ip, "ip"), "mfa", R.choice(["sms", "email", "none"]),
                      "ua", R.choice(["TripBridgeRider/3.14.2 (iPhone; iOS 17.3.1)", "TripBridgeRider/3.14.1 (Android 14; SM-A156U)"]),
                      "msg", "member login")))
        out.append(ln)
        return out
    if kind == "stale":
        r = pick_rider()
        ln.add(J(pino(40, t, host, "reqId", rid, "memberId", P(r.mid, "health_plan"),
                      "lastCheckedAt", iso_z(t - dt.timedelta(hours=R.randint(49, 90)), False),
                      "ageHours", R.randint(49, 90), "payer", r.plan["payer"], "msg", "eligibility stale, forcing 270 recheck")))
        out.append(ln)
        return out
    if kind == "redis":
        ip = priv_ip("10.20.4")
        ln.add(J(pino(50, t, host, "err", O("type", "Error", "message", "connect ECONNREFUSED %s:6379" % ip,
                                            "stack", "Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)" % ip,
                                            "errno", -111, "code", "ECONNREFUSED", "syscall", "connect",
                                            "address", ip, "port", 6379), "msg", "redis connection error")))
        out.append(ln)
        return out
    if kind == "cancel":
        fut = [x for x in TRIPS if x.day >= C.t.date()]
        tr = R.choice(fut[-10:]) if fut else future_trip()
        ln.add(J(pino(30, t, host, "reqId", rid, "tripId", tr.id,
                      "reasonCode", R.choice(["MEMBER_CANCEL", "APPT_RESCHEDULED", "FACILITY_CANCEL", "NO_LONGER_NEEDED"]),
                      "cancelledBy", R.choice(["member", "facility", "agent"]), "lateCancel", R.random() < 0.3,
                      "noticeMinutes", R.randint(35, 4000), "msg", "trip cancelled")))
        out.append(ln)
        return out
    if kind == "validation":
        r = pick_rider()
        wrong = R.choice([z for st in CITIES if st != r.state for c in CITIES[st] for z in c[2]])
        ln.add(J(pino(40, t, host, "reqId", rid, "memberId", P(r.mid, "health_plan"),
                      "errors", A(O("field", "pickup.zip", "code", "ZIP_STATE_MISMATCH", "value", P(wrong, "zip"),
                                    "expectedState", r.state),
                                  O("field", "appt.leadTimeHours", "code", "BELOW_MIN", "value", R.randint(4, 40), "min", 48)),
                      "msg", "booking validation failed")))
        out.append(ln)
        return out
    if kind == "escortpolicy":
        r = pick_rider(lambda x: x.age > 89) if force else pick_rider()
        ln.add(J(pino(30, t, host, "reqId", rid, "riderId", P(r.rid, "mrn"), "age", age_piece(r.age),
                      "policy", "ESCORT_REQ_UNDER_18_OR_OVER_85", "escortRequired", r.age > 85,
                      "msg", "escort policy evaluated")))
        out.append(ln)
        return out
    if kind == "pcs":
        f = R.choice(FACILITIES[R.choice(["TX", "OH", "GA"])])
        ln.add(J(pino(30, t, host, "docId", "doc_" + hexs(12), "source", "efax", "fromFax", "+1" + f.fax,
                      "pages", R.randint(1, 4), "facilityId", f.id, "ocr", "queued", "msg", "PCS form received")))
        out.append(ln)
        return out
    raise AssertionError(kind)


# ---------------------------------------------------------------- nginx
UA_WEB = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
          "TripBridgeRider/3.14.2 (iPhone; iOS 17.3.1; Scale/3.00)", "TripBridgeRider/3.14.1 (com.tripbridge.rider; build:31401; Android 13) okhttp/4.12.0"]
UA_DRV = ["TripBridgeDriver/5.2.0 (Android 13; SM-T227U) okhttp/4.11.0", "TripBridgeDriver/5.1.7 (Android 12; SM-T220) okhttp/4.11.0"]


def fam_nginx(force=None):
    out = []
    kind = R.choices(["member", "member_xff", "driver", "health", "pingdom", "static"], weights=[22, 10, 22, 10, 3, 6])[0]
    kind = force or kind
    n = R.randint(1, 4) if kind in ("driver", "health", "member") else R.randint(1, 2)
    C.tick(1, 300)
    r = pick_rider()
    ep_ua = R.choice(UA_WEB)
    for _ in range(n):
        t = C.tick(0.01, 4)
        ln = L("nginx_access")
        rt = R.uniform(0.002, 0.9)
        if kind in ("member", "member_xff", "static"):
            tr = R.choice([x for x in TRIPS if x.rider is r] or [future_trip(r)])
            if kind == "static":
                req = [R.choice(["GET /static/js/main.8f3c1a2e.js HTTP/2.0", "GET /static/css/app.41bd09.css HTTP/2.0",
                                 "GET /favicon.ico HTTP/2.0", "GET /assets/fonts/inter-var.woff2 HTTP/2.0"])]
                sc, size = R.choice([(200, R.randint(4000, 480000)), (304, 0)])
            else:
                c = R.randint(0, 6)
                if c == 0:
                    req = ["GET /api/v1/members/", (r.mid, "health_plan"), "/trips?status=upcoming HTTP/2.0"]
                elif c == 1:
                    req = ["GET /api/v1/trips/%s HTTP/2.0" % tr.id]
                elif c == 2:
                    req = ["POST /api/v1/auth/token HTTP/2.0"]
                elif c == 3:
                    req = ["GET /api/v1/riders/", (r.rid, "mrn"), "/profile HTTP/2.0"]
                elif c == 4:
                    req = ["GET /api/v1/eligibility?memberId=", (r.mid, "health_plan"), "&dob=",
                           (r.dob.isoformat(), "date"), " HTTP/2.0"]
                elif c == 5:
                    req = ["GET /track/%s?c=%s HTTP/2.0" % (hexs(16), tr.conf)]
                else:
                    req = ["PUT /api/v1/notifications/preferences HTTP/2.0"]
                sc = R.choice([200, 200, 200, 200, 201, 304, 401, 404]) if c != 2 else R.choice([200, 200, 401])
                size = R.randint(0, 6400)
            ua = ep_ua
            ref = R.choice(["-", "https://members.tripbridge-nemt.com/trips", "https://members.tripbridge-nemt.com/"])
            if kind == "member_xff":
                ln.t(priv_ip("10.0.1") + " - - [" + ts_nginx(t) + '] "').add(req).t('" %d %d "%s" "%s" "' % (sc, size, ref, ua))
                ln.p(r.ip, "ip").t(", " + priv_ip("10.0.0")).t('" rt=%.3f urt="%.3f" host=members.tripbridge-nemt.com' % (rt, rt * 0.95))
            else:
                ln.p(r.ip, "ip").t(" - - [" + ts_nginx(t) + '] "').add(req).t('" %d %d "%s" "%s" "-" rt=%.3f urt="%s" host=members.tripbridge-nemt.com' % (
                    sc, size, ref, ua, rt, "%.3f" % (rt * 0.95) if kind != "static" else "-"))
        elif kind == "driver":
            d = pick_driver()
            tr = today_trip()
            req = R.choice(["POST /driver/v3/telemetry/batch HTTP/1.1", "GET /driver/v3/manifests/today?unit=%s HTTP/1.1" % d.unit,
                            "POST /driver/v3/trips/%s/events HTTP/1.1" % tr.id, "POST /driver/v3/trips/%s/signature HTTP/1.1" % tr.id,
                            "GET /driver/v3/config?app=5.2.0 HTTP/1.1", "POST /driver/v3/dvir HTTP/1.1"])
            sc = R.choice([200, 202, 202, 204, 409, 200])
            ln.t("%s - %s [%s] \"%s\" %d %d \"-\" \"%s\" \"-\" rt=%.3f urt=\"%.3f\" host=driver-api.tripbridge-nemt.com" % (
                priv_ip("10.0.2"), d.id.lower(), ts_nginx(t), req, sc, R.randint(0, 2200), R.choice(UA_DRV), rt, rt * 0.97))
        elif kind == "health":
            hp, hs = R.choice([("/healthz", 2), ("/readyz", 15), ("/metrics", R.randint(40000, 52000))])
            ln.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.28" "-" rt=0.00%d urt="0.00%d" host=%s' % (
                priv_ip("10.20.1"), ts_nginx(t), hp, hs,
                R.randint(1, 4), R.randint(1, 3), R.choice(["booking-api.svc.cluster.local", "members.tripbridge-nemt.com"])))
        else:
            ln.t('%s - - [%s] "GET /status HTTP/1.1" 200 48 "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" "-" rt=0.004 urt="0.004" host=status.tripbridge-nemt.com' % (
                R.choice(["178.255.152.2", "185.180.12.65", "64.237.49.203", "52.73.209.122"]), ts_nginx(t)))
        out.append(ln)
    return out


def fam_nginx_err():
    t = C.tick(5, 600)
    ln = L("nginx_error")
    pre = t.strftime("%Y/%m/%d %H:%M:%S")
    w = R.randint(20, 40)
    conn = R.randint(100000, 999999)
    k = R.randint(0, 4)
    if k == 0:
        r = pick_rider()
        up = priv_ip("10.20.3")
        ln.t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % (pre, w, w, conn))
        ln.p(r.ip, "ip").t(', server: members.tripbridge-nemt.com, request: "GET /api/v1/riders/').p(r.rid, "mrn")
        ln.t('/trips HTTP/2.0", upstream: "http://%s:8080/api/v1/riders/' % up).p(r.rid, "mrn")
        ln.t('/trips", host: "members.tripbridge-nemt.com"')
    elif k == 1:
        u = pick_driver().unit
        ln.t("%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/00000%05d while reading upstream, client: %s, server: driver-api.tripbridge-nemt.com, request: \"GET /driver/v3/manifests/today?unit=%s HTTP/1.1\", upstream: \"http://%s:8080/driver/v3/manifests/today?unit=%s\", host: \"driver-api.tripbridge-nemt.com\"" % (
            pre, w, w, conn, R.randint(1, 9), R.randint(0, 99), R.randint(0, 99999), priv_ip("10.0.2"), u, priv_ip("10.20.3"), u))
    elif k == 2:
        ln.t('%s [error] %d#%d: *%d limiting requests, excess: %d.%03d by zone "api_rl", client: %s, server: booking-api.svc.cluster.local, request: "POST /v2/quotes HTTP/1.1", host: "booking-api"' % (
            pre, w, w, conn, R.randint(5, 30), R.randint(0, 999), priv_ip("10.20.2")))
    elif k == 3:
        ln.t("%s [notice] 1#1: signal process started" % pre)
    else:
        r = pick_rider()
        ln.t("%s [info] %d#%d: *%d client closed connection while waiting for request, client: " % (pre, w, w, conn))
        ln.p(r.ip, "ip").t(", server: 0.0.0.0:443")
    return [ln]


# ---------------------------------------------------------------- Spring Boot Kafka consumers
def sb_line(t, level, thread, logger, pieces):
    ln = L("spring_kafka")
    ln.t("%s %5s 1 --- [%15s] %-40.40s : " % (ts_java(t), level, thread[-15:], logger))
    ln.add(pieces)
    return ln


MSK = ["b-1.msk-prod.x7f2q1.c4.kafka.us-east-2.amazonaws.com", "b-2.msk-prod.x7f2q1.c4.kafka.us-east-2.amazonaws.com",
       "b-3.msk-prod.x7f2q1.c4.kafka.us-east-2.amazonaws.com"]
CG_TOPIC = {"dispatch-engine": "trip-events", "telemetry-ingest": "driver.telemetry.v1", "verification-svc": "trip-verifications"}
_offsets = {"trip-events": 884213, "driver.telemetry.v1": 188221034, "trip-verifications": 55120}


def fam_kafka(force=None):
    out = []
    C.tick(1, 240)
    kind = R.choices(["assign", "offset", "assigned", "arrived", "batch", "gps_drop", "dlt", "eta_sms", "trace", "verify"],
                     weights=[4, 4, 10, 9, 7, 4, 3, 5, 2, 5])[0]
    kind = force or kind
    cg = R.choice(["dispatch-engine", "telemetry-ingest", "verification-svc"])
    th = "org.springframework.kafka.KafkaListenerEndpointContainer#%d-%d-C-1" % (R.randint(0, 1), R.randint(0, 3))
    if kind == "assign":
        t = C.tick(0.01, 1)
        parts = sorted(R.sample(range(12), 3))
        topic = CG_TOPIC[cg]
        ci = R.randint(1, 4)
        out.append(sb_line(t, "INFO", th, "o.a.k.c.c.internals.ConsumerCoordinator",
                           ["[Consumer clientId=consumer-%s-%d, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='consumer-%s-%d-%s', protocol='range'}" % (
                               cg, ci, cg, R.randint(180, 260), cg, ci, uuid4())]))
        t = C.tick(0.001, 0.2)
        out.append(sb_line(t, "INFO", th, "o.s.k.l.KafkaMessageListenerContainer",
                           ["%s: partitions assigned: [%s]" % (cg, ", ".join("%s-%d" % (topic, p) for p in parts))]))
    elif kind == "offset":
        t = C.tick(0.01, 1)
        topic = CG_TOPIC[cg]
        _offsets[topic] += R.randint(100, 5000)
        out.append(sb_line(t, "INFO", th, "o.a.k.c.c.internals.ConsumerCoordinator",
                           ["[Consumer clientId=consumer-%s-2, groupId=%s] Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: use2-az%d)], epoch=%d}}" % (
                               cg, cg, topic, R.randint(0, 11), _offsets[topic], R.randint(11, 19), R.choice(MSK), R.randint(1, 3), R.randint(1, 3), R.randint(11, 19))]))
    elif kind == "assigned":
        tr = today_trip()
        d = tr.driver
        t = C.tick(0.01, 2)
        es = R.randint(300, 2400)
        out.append(sb_line(t, "INFO", th, "c.t.dispatch.TripEventListener",
                           ["trip.assigned tripId=%s driverId=%s unit=%s plate=%s/%s vin=%s provider=%s eta=%s etaSec=%d seats=%d ramp=%s" % (
                               tr.id, d.id, d.unit, d.state, d.plate, d.vin, d.prov[0], (t + dt.timedelta(seconds=es)).strftime("%H:%M"),
                               es, R.randint(3, 7), str(d.ramp).lower())]))
    elif kind == "arrived":
        tr = today_trip()
        r, d = tr.rider, tr.driver
        t = C.tick(0.01, 2)
        out.append(sb_line(t, "INFO", th, "c.t.dispatch.TripEventListener",
                           ["trip.arrived_pickup tripId=%s unit=%s plate=%s lat=%s lon=%s pickupAddr=\"" % ((tr.id, d.unit, d.plate) + tuple(x.s for x in geo(r.state)))] + addr_full(r) +
                           ["\" waitStart=%s geofenceM=%d" % (t.strftime("%H:%M:%S"), R.randint(8, 60))]))
        if R.random() < 0.5:
            t = C.tick(30, 420)
            out.append(sb_line(t, "INFO", th, "c.t.dispatch.TripEventListener",
                               ["trip.picked_up tripId=%s unit=%s odometer=%d waitSec=%d escorts=%d" % (
                                   tr.id, d.unit, R.randint(20000, 98000), R.randint(30, 600), tr.escorts)]))
    elif kind == "batch":
        topic = "driver.telemetry.v1"
        p = R.randint(0, 11)
        a = _offsets[topic]
        b = a + R.randint(200, 900)
        _offsets[topic] = b + 1
        t = C.tick(0.01, 2)
        out.append(sb_line(t, "INFO", th, "c.t.telemetry.TelemetryConsumer",
                           ["Processed batch size=%d partition=%d offsetRange=[%d..%d] lagMs=%d dropped=%d upsertMs=%d" % (
                               b - a + 1, p, a, b, R.randint(40, 3000), R.randint(0, 6), R.randint(8, 140))]))
    elif kind == "gps_drop":
        d = pick_driver()
        t = C.tick(0.01, 2)
        sq = R.randint(10000, 99999)
        out.append(sb_line(t, "WARN", th, "c.t.telemetry.GpsSanitizer",
                           ["Dropping out-of-order ping unit=%s imei=%s seq=%d lastSeq=%d skewMs=%d" % (d.unit, d.imei, sq, sq + R.randint(1, 4), R.randint(900, 40000))]))
    elif kind == "dlt":
        tr = today_trip()
        r = tr.rider
        t = C.tick(0.01, 2)
        val = J(O("tripId", tr.id, "riderName", P(r.name, "name"), "memberId", P(r.mid, "health_plan"),
                  "pickup", P(r.street + ", " + r.city, "address"), "pickupZip", P(r.zip, "zip"),
                  "apptAt", P(appt_iso(tr.appt, r.state), "date"), "los", tr.los, "status", "ASSIGNED",
                  "unit", tr.driver.unit, "etaAt", "2024-03-11T25:10"))
        vtxt = text_of(val)
        _offsets["trip-events"] += R.randint(5, 90)
        out.append(sb_line(t, "ERROR", th, "o.s.k.l.DeadLetterPublishingRecoverer",
                           ["Failed record sent to trip-events.DLT: ConsumerRecord(topic = trip-events, partition = %d, leaderEpoch = %d, offset = %d, CreateTime = %d, serialized key size = %d, serialized value size = %d, headers = RecordHeaders(headers = [], isReadOnly = false), key = %s, value = " % (
                               R.randint(0, 11), R.randint(11, 19), _offsets["trip-events"], epoch_ms(t) - R.randint(50, 900), len(tr.id), len(vtxt.encode()), tr.id)] + val + [")"]))
        if R.random() < 0.7:
            t = C.tick(0.0, 0.01)
            out.append(sb_line(t, "ERROR", th, "o.s.k.l.DeadLetterPublishingRecoverer",
                               ["Cause: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.OffsetDateTime` from String \"2024-03-11T25:10\": Failed to deserialize java.time.OffsetDateTime: (java.time.format.DateTimeParseException) Text '2024-03-11T25:10' could not be parsed at index 11"]))
    elif kind == "trace":
        t = C.tick(0.01, 2)
        out.append(sb_line(t, "ERROR", th, "c.t.dispatch.TripEventListener",
                           ["Listener failed; retrying (attempt %d of 3) after 1000 ms" % R.randint(1, 3)]))
        frames = ["\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)",
                  "\tat com.tripbridge.dispatch.TripEventListener.onMessage(TripEventListener.java:%d)" % R.randint(80, 240),
                  "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2698)",
                  "\t... 14 common frames omitted"]
        for f in frames[:R.randint(2, 4)]:
            ln = L("spring_kafka")
            ln.t(f)
            out.append(ln)
    elif kind == "eta_sms":
        tr = today_trip()
        r = tr.rider
        t = C.tick(0.01, 2)
        num = r.phone if not (r.escort and R.random() < 0.35) else r.escort.phone
        out.append(sb_line(t, "INFO", th, "c.t.notify.EtaNotifier",
                           ["ETA update sent tripId=%s channel=sms to=" % tr.id, (fmt_phone(num, "e164"), "phone"),
                            " etaMin=%d provider=twilio sid=SM%s" % (R.randint(3, 25), hexs(32))]))
    elif kind == "verify":
        tr = today_trip()
        r = tr.rider
        t = C.tick(0.01, 2)
        th2 = "org.springframework.kafka.KafkaListenerEndpointContainer#1-%d-C-1" % R.randint(0, 2)
        if R.random() < 0.6:
            who = (r.name, "rider") if not (tr.escorts and R.random() < 0.5) else (r.escort.name, "escort")
            out.append(sb_line(t, "INFO", th2, "c.t.verify.SignatureVerifier",
                               ["signature accepted tripId=%s leg=%s signer=\"" % (tr.id, tr.leg), (who[0], "name"),
                                "\" role=%s strokes=%d sha256=%s gpsDistM=%d" % (who[1], R.randint(3, 19), hexs(64), R.randint(2, 80))]))
        else:
            out.append(sb_line(t, "WARN", th2, "c.t.verify.SignatureVerifier",
                               ["signature missing tripId=%s leg=%s reason=%s driverId=%s attested=true" % (
                                   tr.id, tr.leg, R.choice(["RIDER_UNABLE_TO_SIGN", "DEVICE_TIMEOUT", "REFUSED"]), tr.driver.id)]))
    return out


# ---------------------------------------------------------------- routing engine (Go slog, logfmt)
def fam_router():
    out = []
    C.tick(1, 300)
    n = R.randint(1, 3)
    for _ in range(n):
        t = C.tick(0.01, 20)
        kind = R.choices(["solved", "osrm", "unassigned", "geocode", "window", "grouped", "note", "reopt", "addr_change"],
                         weights=[10, 8, 6, 6, 5, 5, 3, 5, 2])[0]
        ln = L("logfmt_router")
        base = ["time", iso_local(t)]
        if kind == "solved":
            reg = R.choice(sum(REGIONS.values(), []))
            ln.add(logfmt(*base, "level", "INFO", "msg", "batch solved", "region", reg, "trips", R.randint(40, 260),
                          "vehicles", R.randint(8, 52), "unassigned", R.randint(0, 7), "elapsed", "%.2fs" % R.uniform(0.3, 9),
                          "objective", "%.1f" % R.uniform(3000, 40000), "solver", "ortools-9.8", "seed", R.randint(1, 9999)))
        elif kind == "osrm":
            ln.add(logfmt(*base, "level", "DEBUG", "msg", "osrm table", "url", "http://10.30.1.%d:5000/table/v1/driving/" % R.randint(2, 20),
                          "coords", R.randint(20, 300), "status", 200, "dur", "%dms" % R.randint(8, 400)))
        elif kind == "unassigned":
            tr = today_trip()
            ln.add(logfmt(*base, "level", "WARN", "msg", "unassigned trip", "trip_id", tr.id, "region", tr.region,
                          "reason", R.choice(["no_wc_capacity", "window_infeasible", "no_str_vehicle", "max_ride_time"]),
                          "window", "%s-%s" % (tr.pu.strftime("%H:%M"), (tr.pu + dt.timedelta(minutes=30)).strftime("%H:%M")),
                          "los", tr.los))
        elif kind == "geocode":
            tr = today_trip() if R.random() < 0.5 else future_trip()
            r = tr.rider
            ln.add(logfmt(*base, "level", "WARN", "msg", "geocode low confidence", "trip_id", tr.id,
                          "addr", addr_full(r), "provider", R.choice(["here", "google", "pelias"]),
                          "score", "%.2f" % R.uniform(0.3, 0.79), "fallback", R.choice(["zip_centroid", "parcel", "none"])))
        elif kind == "window":
            tr = today_trip()
            r = tr.rider
            ln.add(logfmt(*base, "level", "WARN", "msg", "pickup window violated", "trip_id", tr.id,
                          "rider_id", (r.rid, "mrn"), "sched", (appt_iso(tr.pu, r.state), "date"),
                          "eta", (tr.pu + dt.timedelta(minutes=R.randint(16, 70))).strftime("%H:%M"),
                          "late_min", R.randint(16, 70), "unit", tr.driver.unit))
        elif kind == "grouped":
            a = today_trip()
            b = today_trip(lambda x: x is not a and x.rider.state == a.rider.state)
            ln.add(logfmt(*base, "level", "INFO", "msg", "shared ride grouped", "trips", "%s,%s" % (a.id, b.id),
                          "riders", 2, "detour_max", "%dm" % R.randint(2, 15), "unit", a.driver.unit, "saving_mi", "%.1f" % R.uniform(1, 12)))
        elif kind == "note":
            tr = today_trip(lambda x: x.rider.escort is not None)
            r = tr.rider
            if r.escort is None:
                ln.add(logfmt(*base, "level", "INFO", "msg", "pickup note parsed", "trip_id", tr.id, "tags", "assist,door_to_door"))
            else:
                e = r.escort
                note = [R.choice(["call ", "Call ", "text "]), (e.first, "name"), " (%s) at " % e.rel,
                        (fmt_phone(e.phone, R.choice(["dash", "paren", "dot"])), "phone"), " on arrival"]
                ln.add(logfmt(*base, "level", "INFO", "msg", "pickup note parsed", "trip_id", tr.id, "note", note,
                              "tags", "call_on_arrival"))
        elif kind == "reopt":
            ln.add(logfmt(*base, "level", "INFO", "msg", "reoptimize triggered", "cause", R.choice(["trip_cancelled", "vehicle_breakdown", "driver_late_login", "will_call_activated"]),
                          "region", R.choice(sum(REGIONS.values(), [])), "affected", R.randint(1, 19), "debounce", "15s"))
        else:
            r = pick_rider()
            old = ["%d %s" % (R.randint(100, 9999), R.choice(STREETS[r.state]))]
            ln.add(logfmt(*base, "level", "INFO", "msg", "pickup address changed", "rider_id", (r.rid, "mrn"),
                          "old", [(old[0], "address")], "new", [(r.street, "address")], "city", (r.city, "address"),
                          "zip", (r.zip, "zip"), "source", "member_portal"))
        out.append(ln)
    return out


# ---------------------------------------------------------------- CSV manifests
MAN_HDR = ("service_date,trip_id,leg,pu_window_start,pu_window_end,appt_time,member_name,member_id,dob,phone,"
           "pu_address,pu_city,pu_zip,do_facility,do_address,do_city,los,escorts,notes")
ROSTER_HDR = "provider_id,unit,plate,plate_state,vin,year_make_model,driver_id,driver_name,dl_number,dl_state,dl_exp,shift_start,shift_end,ramp"


def fam_csv(force=None):
    out = []
    C.tick(60, 900)
    if force == "roster" or (force is None and R.random() < 0.2):
        ln = L("csv_roster")
        ln.t(ROSTER_HDR)
        out.append(ln)
        st = R.choice(["TX", "OH", "GA"])
        ds = [d for d in DRIVERS if d.state == st]
        for d in ds[:R.randint(3, 5)]:
            ln = L("csv_roster")
            ln.add(csv_row([d.prov[0], d.unit, d.plate, d.state, d.vin, d.model, d.id, d.name, d.dl, d.state,
                            d.dl_exp.isoformat(), "%02d:00" % R.choice([4, 5, 6, 7]), "%02d:30" % R.choice([13, 14, 15, 16, 17]),
                            "Y" if d.ramp else "N"]))
            out.append(ln)
        return out
    st = R.choice(["TX", "OH", "GA"])
    day = C.t.date() + dt.timedelta(days=1)
    ln = L("csv_manifest")
    ln.t(MAN_HDR)
    out.append(ln)
    k = R.randint(3, 6)
    for _ in range(k):
        r = pick_rider(lambda x: x.state == st)
        tr = new_trip(r, day)
        ln = L("csv_manifest")
        notes = ""
        c = R.random()
        if r.escort and c < 0.4:
            e = r.escort
            notes = ["Call escort ", (e.name, "name"), " ", (fmt_phone(e.phone, "paren"), "phone"), " on arrival"]
        elif r.dev and c < 0.7:
            notes = [("%s " % r.dev.model), (r.dev.text if r.dev.kind == "o2" else r.dev.serial, "device"), " travels with rider"]
        elif c < 0.85:
            notes = R.choice(["Needs assist down 3 steps", "Door-to-door; uses walker", "Spanish speaker",
                              "Gate code at leasing office", "Will-call return leg", "Bariatric chair 24in"])
        ln.add(csv_row([(day.isoformat(), "date"), tr.id, tr.leg, tr.pu.strftime("%H:%M"),
                        (tr.pu + dt.timedelta(minutes=30)).strftime("%H:%M"), tr.appt.strftime("%H:%M"),
                        [(r.last, "name"), ", ", (r.first, "name")] if R.random() < 0.5 else (r.name, "name"),
                        (r.mid, "health_plan"), (r.dob.strftime("%m/%d/%Y"), "date"),
                        (fmt_phone(r.phone, "paren"), "phone"),
                        (r.street, "address"), (r.city, "address"), (r.zip, "zip"),
                        tr.fac.name, tr.fac.street, tr.fac.city, tr.los, str(tr.escorts), notes]))
        out.append(ln)
    return out


# ---------------------------------------------------------------- claims (python logging + X12)
_isa = [4809]


def pylog(fam, t, lvl, name, pieces):
    ln = L(fam)
    ln.t("%s %-8s %s: " % (ts_py(t), lvl, name))
    ln.add(pieces)
    return ln


def fam_claims(force=None):
    out = []
    C.tick(30, 600)
    kind = R.choices(["claim", "batch", "reject", "era", "denied"], weights=[10, 3, 3, 3, 3])[0]
    kind = force or kind
    if kind == "claim":
        r = pick_rider()
        tr = past_trip(r)
        pl = r.plan
        t = C.tick(0.01, 1)
        out.append(pylog("x12_claims", t, "INFO", "claims.builder",
                         ["building 837P claim trip=%s payer=%s los=%s miles=%.1f dos=" % (tr.id, pl["payer"], tr.los, tr.miles),
                          (tr.day.isoformat(), "date")]))
        code = {"AMB": "A0100", "WC": "A0130", "STR": "T2005"}[tr.los]
        chg = round({"AMB": 18.5, "WC": 27.0, "STR": 78.0}[tr.los], 2)
        mile = round(tr.miles * {"AMB": 1.45, "WC": 2.10, "STR": 3.25}[tr.los], 2)
        last, first = ascii_fold(r.last).upper(), ascii_fold(r.first).upper()
        segs = [
            ["SBR*P*18*%s******MC~" % pl["group"]],
            ["NM1*IL*1*", (last, "name"), "*", (first, "name"), "****MI*", (r.mid, "health_plan"), "~"],
            ["N3*", (ascii_fold(r.street).upper(), "address"), "~"],
            ["N4*", (ascii_fold(r.city).upper(), "address"), "*%s*" % r.state, (r.zip + r.zip4[-4:], "zip"), "~"],
            ["DMG*D8*", (r.dob.strftime("%Y%m%d"), "date"), "*%s~" % r.sex],
            ["NM1*PR*2*%s*****PI*%s~" % (pl["name"].upper(), pl["payer"])],
            ["CLM*%s*%.2f***41:B:1*Y*A*Y*Y~" % (tr.id.replace("-", ""), chg + mile)],
            ["NM1*85*2*TRIPBRIDGE NEMT LLC*****XX*%s~" % COMPANY["npi"]],
            ["N3*900 JACKSON ST STE 410~"],
            ["LX*1~"],
            ["SV1*HC:%s*%.2f*UN*1***1~" % (code, chg)],
            ["DTP*472*D8*", (tr.day.strftime("%Y%m%d"), "date"), "~"],
            ["LX*2~"],
            ["SV1*HC:A0425*%.2f*UN*%.1f***1~" % (mile, tr.miles)],
        ]
        pick = sorted(R.sample(range(len(segs)), R.randint(3, 6)))
        for i in pick:
            t = C.tick(0.0005, 0.01)
            out.append(pylog("x12_claims", t, "DEBUG", "claims.x12", ["seg ", *segs[i]]))
    elif kind == "batch":
        _isa[0] += 1
        pl = PLANS[R.choice(["TX", "OH", "GA"])]
        t = C.tick(0.01, 2)
        out.append(pylog("x12_claims", t, "DEBUG", "claims.x12",
                         ["seg ISA*00*          *00*          *ZZ*TRIPBRIDGE     *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
                             pl["isa"], t.strftime("%y%m%d"), t.strftime("%H%M"), _isa[0])]))
        t = C.tick(0.5, 20)
        n = R.randint(60, 320)
        out.append(pylog("x12_claims", t, "INFO", "claims.batch",
                         ["837P batch %09d sealed payer=%s claims=%d svc_lines=%d charge_total=%.2f file=/data/outbound/%s/837P_%09d_%s.x12" % (
                             _isa[0], pl["payer"], n, n * 2 + R.randint(0, 9), n * R.uniform(45, 90), pl["code"], _isa[0], t.strftime("%Y%m%d"))]))
    elif kind == "reject":
        r = pick_rider()
        tr = past_trip(r)
        t = C.tick(0.01, 2)
        out.append(pylog("x12_claims", t, "WARNING", "claims.277ca",
                         ["claim rejected icn=%s trip=%s stc=%s member=" % ("22" + digits(10), tr.id, R.choice(["A7:164", "A7:33", "A3:21"])),
                          (r.mid, "health_plan"), " dob=", (r.dob.strftime("%Y%m%d"), "date")]))
    elif kind == "era":
        pl = PLANS[R.choice(["TX", "OH", "GA"])]
        t = C.tick(0.01, 2)
        out.append(pylog("x12_claims", t, "INFO", "claims.835",
                         ["ERA posted trn=1EFT%08d payer=%s paid=%.2f claims=%d adj=CO-45:%.2f check_date=%s" % (
                             R.randint(10000, 99999), pl["payer"], R.uniform(4000, 40000), R.randint(40, 300), R.uniform(100, 3000),
                             (C.t.date() - dt.timedelta(days=R.randint(0, 3))).strftime("%Y%m%d"))]))
    else:
        past = [x for x in TRIPS if x.day < C.t.date()]
        tr = R.choice(past) if past else past_trip()
        t = C.tick(0.01, 2)
        out.append(pylog("x12_claims", t, "INFO", "claims.835",
                         ["claim %s denied icn=%s carc=%s rarc=%s amount=%.2f" % (
                             tr.id, "22" + digits(10), R.choice(["CO-16", "CO-27", "CO-18", "CO-197"]), R.choice(["N290", "MA130", "N54"]), R.uniform(20, 160))]))
    return out


# ---------------------------------------------------------------- ACH (mileage reimbursement payouts)
def fam_ach(force=None):
    out = []
    C.tick(60, 900)
    t = C.tick(0.01, 1)
    n = R.randint(30, 90)
    batch = R.randint(400, 499)
    out.append(pylog("ach_builder", t, "INFO", "reimb.ach",
                     ["batch %07d company=TRIPBRIDGE NEMT SEC=PPD entries=%d credit_total=%.2f effective=%s" % (
                         batch, n, n * R.uniform(18, 60), (C.t.date() + dt.timedelta(days=2)).strftime("%y%m%d"))]))
    for i in R.sample(FAMILY_DRIVERS, R.randint(1, 3)):
        e = RIDERS[i].escort
        t = C.tick(0.001, 0.05)
        cents = R.randint(800, 9000)
        name = ascii_fold(e.name).upper()[:22]
        trace = "1110000" + "2" + "%07d" % R.randint(1, 9999)
        pcs = ["entry seq=%04d rec=|6" % R.randint(1, n), "22", e.routing[:8], e.routing[8],
               (e.acct, "account"), " " * (17 - len(e.acct)), "%010d" % cents,
               ("MR%09d" % R.randint(40000, 60000)).ljust(15), (name, "name"), " " * (22 - len(name)), "  0", trace, "|"]
        out.append(pylog("ach_builder", t, "DEBUG", "reimb.ach", pcs))
    return out


# ---------------------------------------------------------------- eligibility (python-json-logger)
def ej(t, lvl, name, msg, *kv):
    ln = L("elig_json")
    ln.add(J(O("asctime", ts_py(t), "levelname", lvl, "name", name, "message", msg, *kv), PYJ))
    return ln


def fam_elig(force=None):
    out = []
    C.tick(5, 400)
    kind = R.choices(["270", "271", "ssn", "cache", "conn", "834", "term", "dual"], weights=[8, 8, 3, 5, 3, 2, 3, 3])[0]
    kind = force or kind
    r = pick_rider()
    tid = hexs(32)
    t = C.tick(0.01, 1)
    if kind == "270":
        segs = ["NM1*IL*1*", (ascii_fold(r.last).upper(), "name"), "*", (ascii_fold(r.first).upper(), "name"),
                "****MI*", (r.mid, "health_plan"), "~DMG*D8*", (r.dob.strftime("%Y%m%d"), "date"), "~DTP*291*D8*",
                (C.t.date().strftime("%Y%m%d"), "date"), "~EQ*30~"]
        out.append(ej(t, "DEBUG", "elig.x12", "270 built", "trace_id", tid, "payer", r.plan["payer"], "isa13", "%09d" % R.randint(80000, 99999),
                      "segments", segs))
    elif kind == "271":
        beg = dt.date(R.choice([2022, 2023, 2023]), R.randint(1, 12), 1)
        out.append(ej(t, "INFO", "elig.client", "271 active coverage", "trace_id", tid, "payer", r.plan["payer"],
                      "member_id", (r.mid, "health_plan"), "eb01", "1", "plan", r.plan["product"],
                      "coverage", O("begin", (beg.isoformat(), "date"), "end", None), "county", (r.county, "address"),
                      "nemt_benefit", True, "pcp", R.choice(CLINICIANS),
                      *(["subscriber_age", age_piece(r.age)] if R.random() < 0.5 else []), "latency_ms", R.randint(120, 2400)))
    elif kind == "ssn":
        out.append(ej(t, "WARNING", "elig.client", "subscriber not found (AAA*75); retrying with alternate search",
                      "trace_id", tid, "payer", r.plan["payer"], "last_name", (r.last, "name"), "first_name", (r.first, "name"),
                      "dob", (r.dob.isoformat(), "date"), "ssn", (r.ssn, "ssn"), "attempt", 2))
    elif kind == "cache":
        out.append(ej(t, "INFO", "elig.cache", "cache stats", "hits", R.randint(1000, 9000), "misses", R.randint(50, 900),
                      "evictions", R.randint(0, 90), "ttl_s", 86400, "key_hash", "sha256:" + hexs(16)))
    elif kind == "conn":
        out.append(ej(t, "INFO", "elig.transport", "clearinghouse session established", "host", "edi-gw.payerhub.example",
                      "port", 443, "tls", "TLSv1.3", "cipher", "TLS_AES_256_GCM_SHA384", "pool_size", 8,
                      "client_version", "elig-svc 2.19.4 (build 2024-02-28)"))
    elif kind == "834":
        pl = PLANS[R.choice(["TX", "OH", "GA"])]
        out.append(ej(t, "INFO", "elig.enrollment", "834 file processed", "file", "834_%s_%s_0200.edi" % (pl["code"], C.t.strftime("%Y%m%d")),
                      "adds", R.randint(100, 600), "terms", R.randint(50, 300), "changes", R.randint(200, 1400),
                      "errors", R.randint(0, 4), "duration_s", round(R.uniform(4, 90), 1)))
    elif kind == "term":
        td = dt.date(2024, 3, 31) if R.random() < 0.6 else dt.date(2024, 4, 30)
        out.append(ej(t, "INFO", "elig.enrollment", "member termination received", "member_id", (r.mid, "health_plan"),
                      "term_date", (td.isoformat(), "date"), "reason", R.choice(["LOSS_OF_ELIGIBILITY", "MOVED_OUT_OF_AREA", "PLAN_CHANGE"]),
                      "future_trips_to_cancel", R.randint(0, 12)))
    else:
        rr = pick_rider(lambda x: x.mbi is not None)
        out.append(ej(t, "INFO", "elig.client", "dual eligible detected", "member_id", (rr.mid, "health_plan"),
                      "medicare_mbi", (rr.mbi, "health_plan"), "age", age_piece(rr.age),
                      "part_b", True, "crossover", R.choice(["bill_medicaid", "bill_medicare_first"])))
    return out


# ---------------------------------------------------------------- Asterisk IVR
_chan = [0x41B]
_cid = [0xA1F3]


def ast(t, lvl, th, cid, src, msg_pieces):
    ln = L("asterisk")
    ln.t("[%s] %s[%d]%s %s: " % (t.strftime("%b %d %H:%M:%S"), lvl, th, "[%s]" % cid if cid else "", src))
    ln.add(msg_pieces)
    return ln


def fam_asterisk(force=None):
    out = []
    C.tick(5, 500)
    kind = R.choices(["inbound", "facility", "options", "outbound"], weights=[9, 3, 3, 4])[0]
    kind = force or kind
    th = R.randint(18000, 29999)
    _chan[0] += R.randint(1, 9)
    _cid[0] += R.randint(1, 9)
    ch = "PJSIP/bw-trunk-%08x" % _chan[0]
    cid = "C-%08x" % _cid[0]
    if kind == "options":
        t = C.tick(0.01, 2)
        ip = priv_ip("10.40.0")
        out.append(ast(t, "NOTICE", R.randint(1800, 2400), None, "res_pjsip/pjsip_distributor.c",
                       ["Request 'OPTIONS' from '<sip:ping@%s>' failed for '%s:5060' (callid: %s) - No matching endpoint found" % (ip, ip, hexs(24))]))
        return out
    if kind == "facility":
        f = R.choice(FACILITIES[R.choice(["TX", "OH", "GA"])])
        t = C.tick(0.01, 1)
        out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:2] Set("%s", "CALLERID(num)=+1%s") in new stack' % (ch, f.phone)]))
        t = C.tick(0.1, 2)
        out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:5] Set("%s", "CALLER_TYPE=facility,%s") in new stack' % (ch, f.id)]))
        t = C.tick(1, 20)
        out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:9] Queue("%s", "facility-desk,t,,,300") in new stack' % ch]))
        return out
    r = pick_rider()
    caller = r.phone if not (r.escort and R.random() < 0.3) else r.escort.phone
    if kind == "outbound":
        tr = today_trip()
        r = tr.rider
        t = C.tick(0.01, 1)
        out.append(ast(t, "VERBOSE", th, None, "pbx.c",
                       ['Executing [', ("1" + r.phone, "phone"), '@reminder-out:1] Playback("PJSIP/bw-trunk-%08x", "custom/reminder-%s") in new stack' % (_chan[0], r.lang)]))
        t = C.tick(3, 25)
        out.append(ast(t, "VERBOSE", th, None, "app_read.c",
                       ['Accepted \'%d\' on PJSIP/bw-trunk-%08x (confirm trip %s)' % (R.choice([1, 1, 2, 9]), _chan[0], tr.id)]))
        return out
    t = C.tick(0.01, 1)
    out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:1] Answer("%s", "") in new stack' % ch]))
    t = C.tick(0.01, 0.2)
    out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:2] Set("%s", "CALLERID(num)=' % ch,
                                                   ("+1" + caller, "phone"), '") in new stack']))
    t = C.tick(0.05, 0.5)
    out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:3] AGI("%s", "agi://10.40.0.12:4573/member-lookup,' % ch,
                                                   ("+1" + caller, "phone"), '") in new stack']))
    t = C.tick(0.1, 1.5)
    if R.random() < 0.6:
        out.append(ast(t, "VERBOSE", th, cid, "res_agi.c", ["<%s>AGI Script agi://10.40.0.12:4573/member-lookup completed, returning 0" % ch]))
        t = C.tick(0.01, 0.1)
        out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:4] Set("%s", "MEMBERID=' % ch, (r.mid, "health_plan"),
                                                       '") in new stack']))
    else:
        out.append(ast(t, "VERBOSE", th, cid, "pbx.c", ['Executing [s@ivr-main:4] Read("%s", "MEMBERID,custom/enter-member-id,12,,2,8") in new stack' % ch]))
    t = C.tick(2, 30)
    q = R.choice(["booking-en", "booking-es", "wheres-my-ride", "grievance"])
    out.append(ast(t, "VERBOSE", th, cid, "app_queue.c", ["Started music on hold class 'default' on %s" % ch]))
    t = C.tick(5, 240)
    ag = R.choice(AGENTS)
    out.append(ast(t, "VERBOSE", th + 3, cid, "app_queue.c", ["PJSIP/agent-%d-%08x answered %s (queue %s)" % (ag[2], R.randint(0x400, 0x4ff), ch, q)]))
    if R.random() < 0.3:
        t = C.tick(1, 3)
        out.append(ast(t, "WARNING", th, cid, "chan_pjsip.c", ["Unable to find channel for RTP stats; jitter=%dms loss=%.1f%%" % (R.randint(4, 90), R.uniform(0, 4))]))
    return out


# ---------------------------------------------------------------- Serilog (call center desktop)
def sl(t, lvl, ctx, pieces):
    ln = L("serilog")
    ln.t("%s.%s -05:00 [%s] %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl, ctx))
    ln.add(pieces)
    return ln


def fam_serilog(force=None):
    out = []
    C.tick(5, 500)
    kind = R.choices(["open", "addr", "escort", "wrap", "cti", "voice", "fax", "search", "dup", "ver", "flags", "equip", "grv"],
                     weights=[8, 5, 4, 7, 4, 2, 3, 4, 3, 3, 3, 2, 2])[0]
    kind = force or kind
    ag = R.choice(AGENTS)
    r = pick_rider()
    t = C.tick(0.01, 2)
    if kind == "open":
        out.append(sl(t, "INF", "CallCenter.Desktop.BookingWorkflow",
                      ["Agent %s (ext %d) opened member " % (ag[1], ag[2]), (r.mid, "health_plan"), ' "',
                       (ascii_fold(r.last) if R.random() < 0.3 else r.last, "name"), ", ", (r.first, "name"), '" DOB ',
                       (r.dob.strftime("%m/%d/%Y"), "date"), " call %s" % ("C-%08x" % _cid[0])]))
    elif kind == "addr":
        out.append(sl(t, "INF", "CallCenter.Desktop.AddressVerifier",
                      ["Address verified for rider ", (r.rid, "mrn"), ' via smarty: "', (r.street, "address"), '" ',
                       (r.city, "address"), " %s " % r.state, (r.zip4, "zip"), " dpv=%s rdi=Residential" % R.choice(["Y", "Y", "D", "S"])]))
    elif kind == "escort":
        if r.escort is None:
            r = pick_rider(lambda x: x.escort is not None)
        e = r.escort
        out.append(sl(t, "INF", "CallCenter.Desktop.BookingWorkflow",
                      ["Escort added to trip for member ", (r.mid, "health_plan"), ": ", (e.name, "name"),
                       " (%s) " % e.rel, (fmt_phone(e.phone, "intl"), "phone")]))
    elif kind == "wrap":
        out.append(sl(t, "INF", "CallCenter.Desktop.CallSession",
                      ["Call C-%08x wrap-up disposition=%s handle_time=00:%02d:%02d acw=00:00:%02d agent=%s" % (
                          _cid[0] - R.randint(0, 5), R.choice(["TRIP_BOOKED", "WMR_STATUS_GIVEN", "CANCELLED", "TRANSFER_GRIEVANCE", "NOT_ELIGIBLE"]),
                          R.randint(1, 19), R.randint(0, 59), R.randint(5, 59), ag[1])]))
    elif kind == "flags":
        if force or R.random() < 0.6:
            r = pick_rider(lambda x: x.age > 89)
        fl = R.sample(["FALL_RISK", "OXYGEN", "HEARING_IMPAIRED", "NEEDS_INTERPRETER", "DOOR_THROUGH_DOOR", "BARIATRIC"], 2)
        out.append(sl(t, "INF", "CallCenter.Desktop.MemberBanner",
                      ["Member ", (r.rid, "mrn"), " flags=%s age=" % ",".join(fl), (str(r.age), "age" if r.age > 89 else None),
                       " lang=%s plan=%s" % (r.lang, r.plan["code"])]))
    elif kind == "contact":
        if r.email is None:
            r = pick_rider(lambda x: x.email is not None)
        out.append(sl(t, "INF", "CallCenter.Desktop.ContactPreferences",
                      ["Contact preferences saved for ", (r.rid, "mrn"), " by %s: email=" % ag[1], (r.email, "email"),
                       " sms=", (fmt_phone(r.phone, "e164"), "phone"), " channel=%s" % R.choice(["sms", "email", "voice"])]))
    elif kind == "equip":
        if r.dev is None:
            r = pick_rider(lambda x: x.dev is not None)
        out.append(sl(t, "INF", "CallCenter.Desktop.EquipmentProfile",
                      ["Equipment on file for ", (r.rid, "mrn"), ": %s " % r.dev.model,
                       (("SN " + r.dev.serial) if r.dev.kind == "pwc" else r.dev.text, "device"),
                       " (%s)" % ("power chair, 325 lb w/ rider" if r.dev.kind == "pwc" else "POC, verify battery charged")]))
    elif kind == "grv":
        _case[0] += R.randint(1, 5)
        out.append(sl(t, "INF", "CallCenter.Desktop.Grievance",
                      ["Grievance ", ("GRV-2024-%07d" % _case[0], "other_id"), " opened by %s for member " % ag[1], (r.mid, "health_plan"),
                       " category=%s" % R.choice(["late_pickup", "driver_conduct", "no_show_driver"])]))
    elif kind == "cti":
        out.append(sl(t, "ERR", "Telephony.CtiBridge",
                      ["CTI socket closed by remote %s:8021; reconnecting in 5000 ms (attempt %d)" % (priv_ip("10.40.0"), R.randint(1, 5))]))
    elif kind == "voice":
        tpl = base64.b64encode(b"VPT2" + rbytes(R.choice([252, 300, 348]))).decode()
        out.append(sl(t, "DBG", "VoiceBio.Enrollment",
                      ["enrolled speaker ", (r.rid, "mrn"), " score=%.2f utterances=3 template=" % R.uniform(0.9, 0.99), (tpl, "biometric")]))
    elif kind == "fax":
        f = fac_for(r)
        out.append(sl(t, "INF", "CallCenter.Desktop.Documents",
                      ["PCS form received by fax from %s (%s) for member " % (fmt_phone(f.fax, "paren"), f.name), (r.mid, "health_plan"),
                       "; signed by %s NPI %s" % (R.choice(CLINICIANS), f.npi)]))
    elif kind == "search":
        q = R.choice(["phone", "name", "member"])
        if q == "phone":
            pcs = ["Member search by phone ", (fmt_phone(r.phone, "raw"), "phone"), " returned 1 result in %dms" % R.randint(20, 900)]
        elif q == "name":
            pcs = ['Member search name="', (r.last, "name"), '" dob=', (r.dob.isoformat(), "date"), " returned %d result(s)" % R.randint(1, 3)]
        else:
            pcs = ["Member search id=", (r.mid, "health_plan"), " returned 1 result in %dms" % R.randint(20, 900)]
        out.append(sl(t, "INF", "CallCenter.Desktop.MemberSearch", pcs))
    elif kind == "dup":
        out.append(sl(t, "WRN", "CallCenter.Desktop.BookingWorkflow",
                      ["Possible duplicate booking: trips %s and %s share pickup window %s, override by %s" % (
                          "T-%s-%07d" % (C.t.strftime("%y%m%d"), R.randint(48000, 49999)), "T-%s-%07d" % (C.t.strftime("%y%m%d"), R.randint(48000, 49999)),
                          R.choice(["07:00-07:30", "09:15-09:45", "13:00-13:30"]), ag[1])]))
    else:
        out.append(sl(t, "INF", "CallCenter.Desktop.Updater",
                      ["Desktop client %s up to date (channel=stable, build %s, checked %s)" % (
                          R.choice(["4.12.3", "4.12.4"]), R.choice(["2024.03.04.1", "2024.02.27.3"]), iso_local(t, False))]))
    return out


# ---------------------------------------------------------------- grievances (webhook JSON)
_case = [31170]


def fam_complaint(force=None):
    out = []
    C.tick(60, 1800)
    t = C.tick(0.01, 1)
    if force is None and R.random() < 0.35:
        ln = L("grievance_json")
        ln.add(J(O("event", "ticket.updated", "ticket_uuid", uuid4(), "changes",
                   O("status", A(R.choice(["new", "open"]), R.choice(["pending", "solved", "escalated"])),
                     "assignee", A(None, R.choice(QA_STAFF))), "sla_breach", False, "at", iso_z(t))))
        out.append(ln)
        return out
    if force == "fax":
        tr = past_trip(RIDERS[R.choice(GUARDIAN_FAX)])
    else:
        tr = past_trip() if R.random() < 0.5 else today_trip()
    r = tr.rider
    _case[0] += R.randint(1, 13)
    case = "GRV-2024-%07d" % _case[0]
    e = r.escort
    req_is_escort = e is not None and (R.random() < 0.6 or force == "fax")
    cat = "late_pickup" if force == "fax" else R.choice(["late_pickup", "no_show_driver", "driver_conduct", "vehicle_condition", "missed_appointment"])
    d = tr.driver
    desc = []
    if cat in ("late_pickup", "missed_appointment"):
        desc = ["Driver %s arrived %d min late. " % (d.first, R.randint(35, 95))]
        if req_is_escort:
            desc += ["My ", (("mother" if r.sex == "F" else "father") if e.rel in ("son", "daughter") else "family member"), " "]
            if r.age > 89:
                desc += ["is ", (str(r.age), "age"), " and "]
            desc += ["missed her appointment at %s." % tr.fac.name if r.sex == "F" else "missed his appointment at %s." % tr.fac.name]
        else:
            desc += ["I missed my appointment at %s." % tr.fac.name]
    elif cat == "driver_conduct":
        desc = ["Driver (unit %s, plate %s) was on the phone the whole ride and drove fast on I-%d." % (d.unit, d.plate, R.choice([20, 35, 70, 75, 285, 635]))]
    elif cat == "vehicle_condition":
        desc = ["Wheelchair ramp on van %s would not deploy, driver %s had to lift the chair." % (d.unit, d.name)]
    else:
        desc = ["Nobody came. Waited outside ", (r.street, "address"), " from %s to %s." % (tr.pu.strftime("%-I:%M"), (tr.pu + dt.timedelta(minutes=75)).strftime("%-I:%M"))]
    if e is not None and req_is_escort:
        requester = O("name", (e.name, "name"), "relation", e.rel, "phone", (fmt_phone(e.phone, "e164"), "phone"),
                      "email", (e.email, "email") if e.email else None)
        if e.fax:
            requester.items.append(("fax", (fmt_phone(e.fax, "dash"), "fax")))
    else:
        requester = O("name", (r.name, "name"), "relation", "self", "phone", (fmt_phone(r.phone, "e164"), "phone"),
                      "email", (r.email, "email") if r.email else None)
    src = "social" if force == "social" else R.choice(["phone", "phone", "web", "email", "social"])
    extra = []
    if src == "social":
        handle = ascii_fold((e.first if req_is_escort else r.first)).lower().replace(" ", "") + "." + \
            ascii_fold((e.last if req_is_escort else r.last)).lower().replace(" ", "").replace("'", "").replace("-", "") + "." + str(R.randint(2, 99))
        extra = ["source_url", ("https://www.facebook.com/" + handle, "url")]
    ln = L("grievance_json")
    ln.add(J(O("event", "ticket.created", "ticket", O(
        "case_no", (case, "other_id"), "type", "grievance", "category", cat, "channel", src,
        "created_at", iso_z(t), "requester", requester,
        "member", O("id", (r.mid, "health_plan"), "name", (r.name, "name"), "plan", r.plan["code"]),
        "trip_id", tr.id, "dos", (tr.day.isoformat(), "date"), "driver_id", d.id, "provider_id", d.prov[0],
        "vehicle", O("unit", d.unit, "plate", d.plate, "vin", d.vin),
        "description", desc, *extra,
        "assignee", "qa-team@" + COMPANY["domain"], "sla_due", iso_z(t + dt.timedelta(days=R.choice([2, 30])), False)))))
    out.append(ln)
    return out


# ---------------------------------------------------------------- syslog
def sys_line(t, host, prog, pieces):
    ln = L("syslog")
    ln.t("%s %s %s: " % (t.strftime("%b %d %H:%M:%S"), host, prog))
    ln.add(pieces)
    return ln


def fam_syslog():
    out = []
    C.tick(30, 900)
    t = C.tick(0.01, 1)
    k = R.choices(["cron", "ssh", "kernel", "systemd", "export", "postfix_sys", "postfix_rider", "sftp"],
                  weights=[4, 4, 2, 3, 3, 3, 3, 3])[0]
    if k == "cron":
        out.append(sys_line(t, "dispatch-db-02", "CRON[%d]" % R.randint(20000, 30000),
                            ["(postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://tb-backups/dispatch >/dev/null 2>&1)"]))
    elif k == "ssh":
        u = R.choice(["jpryor", "svc-deploy", "mnakamura", "oadeyinka"])
        out.append(sys_line(t, "bastion-01", "sshd[%d]" % R.randint(2000, 9000),
                            ["Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
                                u, priv_ip("10.8.0"), R.randint(40000, 65000), base64.b64encode(rbytes(32)).decode().rstrip("="))]))
    elif k == "kernel":
        out.append(sys_line(t, "edge-lb-01", "kernel", ["[%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters." % (
            R.randint(100000, 2000000), R.randint(0, 999999))]))
    elif k == "systemd":
        out.append(sys_line(t, "batch-01", "systemd[1]", [R.choice(["Started manifest-export.service - Nightly provider manifest export.",
                                                                    "Starting claims-837.service - Build and submit 837P batches...",
                                                                    "logrotate.service: Deactivated successfully."])]))
    elif k == "export":
        p = R.choice(sum(PROVIDERS.values(), []))
        out.append(sys_line(t, "batch-01", "manifest-export[%d]" % R.randint(8000, 9999),
                            ["wrote /srv/sftp/providers/%s/manifest_%s.csv rows=%d sha256=%s" % (
                                p[0], (C.t.date() + dt.timedelta(days=1)).isoformat(), R.randint(20, 300), hexs(64))]))
    elif k == "postfix_sys":
        p = R.choice(["dispatch@northstar-mobility.example", "ops@sciotocarerides.example", "claims@payerhub.example"])
        out.append(sys_line(t, "mail-01", "postfix/smtp[%d]" % R.randint(1000, 9999),
                            ["%s: to=<%s>, relay=smtp.sendgrid.net[%s]:587, delay=%.2f, delays=0.02/0/0.21/0.%02d, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (
                                hexs(10).upper(), p, R.choice(["159.183.224.104", "167.89.118.35"]), R.uniform(0.2, 1.5), R.randint(10, 99), hexs(22))]))
    elif k == "postfix_rider":
        r = pick_rider(lambda x: x.email is not None)
        out.append(sys_line(t, "mail-01", "postfix/smtp[%d]" % R.randint(1000, 9999),
                            ["%s: to=<" % hexs(10).upper(), (r.email, "email"),
                             ">, relay=smtp.sendgrid.net[159.183.224.104]:587, delay=%.2f, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (R.uniform(0.2, 1.5), hexs(22))]))
    else:
        p = R.choice(sum(PROVIDERS.values(), []))
        out.append(sys_line(t, "sftp-01", "internal-sftp[%d]" % R.randint(10000, 30000),
                            ['open "/manifests/%s/manifest_%s.csv" flags READ mode 0666' % (p[0], (C.t.date() + dt.timedelta(days=1)).isoformat())]))
    return out


# ---------------------------------------------------------------- driver app telemetry (NDJSON)
JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"


def fam_telemetry(force=None):
    out = []
    C.tick(1, 200)
    n = R.randint(1, 3)
    for j in range(n):
        t = C.tick(0.5, 30)
        kind = R.choices(["gps", "dvir", "stop", "verify", "photo", "noshow", "shift"], weights=[20, 3, 8, 6, 1, 3, 3])[0]
        if force and j == 0:
            kind = force
        ln = L("driver_app_json")
        if kind == "gps":
            d = pick_driver()
            ln.add(J(O("type", "gps", "device", O("imei", d.imei, "model", "SM-T227U", "app", "5.2.0"), "unit", d.unit,
                       "driverId", d.id, "ts", iso_z(t), "lat", geo(d.state)[0], "lon", geo(d.state)[1],
                       "spd", round(R.uniform(0, 62), 1), "hdg", R.randint(0, 359), "acc", round(R.uniform(2, 15), 1),
                       "odo", round(R.uniform(20000, 98000), 1), "ign", True, "batt", R.randint(18, 100))))
        elif kind == "dvir":
            d = pick_driver()
            ln.add(J(O("type", "dvir", "unit", d.unit, "plate", d.plate, "plateState", d.state, "vin", d.vin,
                       "odometer", R.randint(20000, 98000), "defects", A() if R.random() < 0.7 else A(O("code", "LIFT_SLOW", "severity", "minor")),
                       "inspectionDue", dt.date(2024, R.randint(4, 12), R.randint(1, 28)).isoformat(),
                       "driver", d.name, "driverId", d.id, "ts", iso_z(t))))
        elif kind == "stop":
            tr = today_trip()
            r = tr.rider
            if R.random() < 0.5:
                ln.add(J(O("type", "stop_event", "event", "arrived", "stopType", "pickup", "tripId", tr.id, "unit", tr.driver.unit,
                           "address", (r.street, "address"), "city", (r.city, "address"), "state", r.state, "zip", (r.zip, "zip"),
                           "geofenceM", R.randint(5, 70), "ts", iso_z(t))))
            else:
                ln.add(J(O("type", "stop_event", "event", R.choice(["arrived", "departed"]), "stopType", "dropoff", "tripId", tr.id,
                           "unit", tr.driver.unit, "facilityId", tr.fac.id, "address", tr.fac.street, "city", tr.fac.city,
                           "state", tr.fac.state, "zip", tr.fac.zip, "ts", iso_z(t))))
        elif kind == "verify":
            tr = today_trip()
            r = tr.rider
            if tr.escorts and r.escort and R.random() < 0.5:
                signer = O("name", (r.escort.name, "name"), "role", "escort", "relation", r.escort.rel)
            else:
                signer = O("name", (r.name, "name"), "role", "rider")
            ln.add(J(O("type", "trip_verification", "tripId", tr.id, "leg", tr.leg, "signer", signer,
                       "sigFormat", "svg-path", "sigSha256", hexs(64), "sigPoints", R.randint(80, 900),
                       "odometerStart", R.randint(20000, 98000), "miles", tr.miles, "driverId", tr.driver.id, "ts", iso_z(t))))
        elif kind == "photo":
            tr = today_trip()
            r = tr.rider
            img = "data:image/jpeg;base64," + base64.b64encode(JPEG_HDR + rbytes(R.choice([690, 780, 840]))).decode()
            ln.add(J(O("type", "pickup_photo", "tripId", tr.id, "riderId", (r.rid, "mrn"), "reason", "id_verification",
                       "image", (img, "photo"), "ts", iso_z(t))))
        elif kind == "noshow":
            tr = today_trip()
            r = tr.rider
            ln.add(J(O("type", "no_show", "tripId", tr.id, "waitedSec", R.randint(600, 1200), "attempts",
                       A(O("ch", "call", "to", (fmt_phone(r.phone, "e164"), "phone"), "result", "no_answer"),
                         O("ch", "door", "result", "no_response")), "dispatcherOk", "d.okafor", "ts", iso_z(t))))
        else:
            d = pick_driver()
            ln.add(J(O("type", "shift", "event", R.choice(["login", "logout", "break_start", "break_end"]), "driverId", d.id,
                       "unit", d.unit, "tabletSerial", d.tablet_sn, "appVersion", "5.2.0+%d" % R.randint(520, 560), "ts", iso_z(t))))
        out.append(ln)
    return out


# ---------------------------------------------------------------- Rails mileage reimbursement API
def rl(t, lvl, req, pieces):
    ln = L("rails_mileage")
    ln.t("%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, R.choice([12, 14, 19]), lvl, req))
    ln.add(pieces)
    return ln


def fam_rails(force=None):
    out = []
    C.tick(30, 900)
    req = uuid4()
    i = R.choice(FAMILY_DRIVERS)
    r = RIDERS[i]
    e = r.escort
    kind = R.choices(["enroll", "claim", "lookup", "health", "payout"], weights=[4, 5, 3, 3, 3])[0]
    kind = force or kind
    t = C.tick(0.01, 1)
    if kind == "health":
        out.append(rl(t, "INFO", req, ['Started GET "/up" for %s at %s -0500' % (priv_ip("10.20.1"), t.strftime("%Y-%m-%d %H:%M:%S"))]))
        t = C.tick(0.001, 0.01)
        out.append(rl(t, "INFO", req, ["Completed 200 OK in 1ms (Views: 0.3ms | ActiveRecord: 0.0ms | Allocations: 142)"]))
        return out
    if kind == "payout":
        jid = uuid4()
        tag = "ActiveJob] [ReimbursementPayoutJob] [" + jid
        args = O("member_id", (r.mid, "health_plan"), "payee", (e.name, "name"), "routing", e.routing,
                 "account", (e.acct, "account"), "amount_cents", R.randint(800, 9000), "batch", "%07d" % R.randint(400, 499))
        out.append(rl(t, "INFO", tag, ["Performing ReimbursementPayoutJob (Job ID: %s) from Sidekiq(payouts) enqueued at %s with arguments: " % (jid, iso_z(t - dt.timedelta(seconds=R.randint(2, 300))))] + rb(args)))
        t = C.tick(0.05, 0.5)
        out.append(rl(t, "INFO", tag, ["Performed ReimbursementPayoutJob (Job ID: %s) from Sidekiq(payouts) in %.1fms" % (jid, R.uniform(40, 400))]))
        return out
    if kind == "enroll":
        out.append(rl(t, "INFO", req, ['Started POST "/api/v1/mileage_enrollments" for %s at %s -0500' % (priv_ip("10.0.4"), t.strftime("%Y-%m-%d %H:%M:%S"))]))
        t = C.tick(0.001, 0.01)
        out.append(rl(t, "INFO", req, ["Processing by Api::V1::MileageEnrollmentsController#create as JSON"]))
        t = C.tick(0.001, 0.01)
        params = O("enrollment", O("member_id", (r.mid, "health_plan"), "driver_first_name", (e.first, "name"),
                                   "driver_last_name", (e.last, "name"), "relationship", e.rel,
                                   "dl_number", (e.dl, "license"), "dl_state", r.state,
                                   "vehicle", O("plate", (e.plate, "vehicle"), "state", r.state, "vin", (e.vin, "vehicle"), "description", e.car),
                                   "bank", O("routing", "[FILTERED]", "account", "[FILTERED]")))
        out.append(rl(t, "INFO", req, ["  Parameters: "] + rb(params)))
        t = C.tick(0.002, 0.05)
        out.append(rl(t, "INFO", req, ["Completed 201 Created in %dms (Views: 0.%dms | ActiveRecord: %.1fms | Allocations: %d)" % (
            R.randint(20, 120), R.randint(1, 9), R.uniform(2, 20), R.randint(2000, 9000))]))
        return out
    if kind == "claim":
        tr = past_trip(r)
        out.append(rl(t, "INFO", req, ['Started POST "/api/v1/mileage_claims" for %s at %s -0500' % (priv_ip("10.0.4"), t.strftime("%Y-%m-%d %H:%M:%S"))]))
        t = C.tick(0.001, 0.01)
        out.append(rl(t, "INFO", req, ["Processing by Api::V1::MileageClaimsController#create as JSON"]))
        t = C.tick(0.001, 0.01)
        o1 = R.randint(20000, 140000)
        params = O("claim", O("member_id", (r.mid, "health_plan"), "trip_id", tr.id, "service_date", (tr.day.isoformat(), "date"),
                              "odometer_start", str(o1), "odometer_end", str(o1 + int(tr.miles * 2)), "round_trip", "true",
                              "plate", (e.plate, "vehicle"), "receipt_ids", None))
        out.append(rl(t, "INFO", req, ["  Parameters: "] + rb(params)))
        t = C.tick(0.001, 0.02)
        out.append(rl(t, "DEBUG", req, ['  MileageClaim Create (%.1fms)  INSERT INTO "mileage_claims" ("member_id", "trip_id", "miles", "rate_cents", "status", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id"  [["member_id", "' % R.uniform(0.5, 4),
                                        (r.mid, "health_plan"), '"], ["trip_id", "%s"], ["miles", "%.1f"], ["rate_cents", 67], ["status", "submitted"], ["created_at", "%s"], ["updated_at", "%s"]]' % (
                                            tr.id, tr.miles * 2, utc(t).strftime("%Y-%m-%d %H:%M:%S.%f"), utc(t).strftime("%Y-%m-%d %H:%M:%S.%f"))]))
        t = C.tick(0.002, 0.05)
        out.append(rl(t, "INFO", req, ["Completed 201 Created in %dms (Views: 0.%dms | ActiveRecord: %.1fms | Allocations: %d)" % (
            R.randint(20, 120), R.randint(1, 9), R.uniform(2, 20), R.randint(2000, 9000))]))
        return out
    out.append(rl(t, "DEBUG", req, ['  MileageEnrollment Load (%.1fms)  SELECT "mileage_enrollments".* FROM "mileage_enrollments" WHERE "mileage_enrollments"."member_id" = $1 LIMIT $2  [["member_id", "' % R.uniform(0.3, 2),
                                    (r.mid, "health_plan"), '"], ["LIMIT", 1]]']))
    t = C.tick(0.001, 0.02)
    dept = {"TX": "TX DPS", "OH": "OH BMV", "GA": "GA DDS"}[r.state]
    out.append(rl(t, "WARN", req, ["Enrollment %d pending DL verification dl=" % R.randint(1000, 9999), (e.dl, "license"),
                                   " state=%s (%s batch %s)" % (r.state, dept, C.t.strftime("%Y%m%d"))]))
    return out


# ================================================================= main
FAMILIES = [(fam_booking, 15), (fam_nginx, 14), (fam_nginx_err, 3), (fam_kafka, 14), (fam_router, 8), (fam_csv, 2),
            (fam_claims, 6), (fam_ach, 0.6), (fam_elig, 8), (fam_asterisk, 4), (fam_serilog, 9), (fam_complaint, 3),
            (fam_syslog, 8), (fam_telemetry, 7), (fam_rails, 1)]


MIN_PER_CAT = 3
ATTEMPT = [0]


def acceptable(lines):
    """Target mix: about 55% of lines without PHI and every category present a few times."""
    free = sum(1 for ln in lines if not ln.spans) / len(lines)
    cnt = {c: 0 for c in CATS}
    for ln in lines:
        for sp in ln.spans:
            cnt[sp[2]] += 1
    return 0.54 <= free <= 0.57 and min(cnt.values()) >= MIN_PER_CAT


def main():
    # Deterministic search over a fixed seed sequence until the mix matches the target.
    for attempt in range(200):
        ATTEMPT[0] = attempt
        reset_world(SEED + attempt)
        lines = build()
        if acceptable(lines):
            break
    else:
        raise SystemExit("no acceptable seed found")
    write(lines)


def build():
    lines = []
    # start of day: a few operational lines first
    lines += fam_syslog()
    forced = ([(fam_telemetry, "photo")] * 3 + [(fam_serilog, "voice")] * 3 + [(fam_complaint, "social")] * 2 +
              [(fam_complaint, "fax")] * 3 + [(fam_rails, "enroll")] * 3 + [(fam_rails, "lookup")] * 2 + [(fam_rails, "payout")] * 2 + [(fam_ach, None)] +
              [(fam_elig, "ssn")] * 2 + [(fam_elig, "dual")] + [(fam_serilog, "flags")] * 2 +
              [(fam_booking, "escortpolicy")] * 2 + [(fam_booking, "sms")] * 2 + [(fam_serilog, "equip")] + [(fam_csv, "roster")] + [(fam_serilog, "contact")] * 3 + [(fam_elig, "ssn")])
    R.shuffle(forced)
    marks = sorted(R.sample(range(8, N_LINES - 30), len(forced)))
    while len(lines) < N_LINES:
        if forced and len(lines) >= marks[0]:
            f, kind = forced.pop(0)
            marks.pop(0)
            lines += f(kind)
            continue
        f = R.choices([x[0] for x in FAMILIES], weights=[x[1] for x in FAMILIES])[0]
        lines += f()
    return lines[:N_LINES]


def write(lines):
    log_out = bytearray()
    lab_out = []
    for no, ln in enumerate(lines, 1):
        data, spans = ln.finish()
        log_out += data + b"\n"
        lab_out.append(json.dumps({"line": no, "family": ln.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "cs.log"), "wb") as fh:
        fh.write(bytes(log_out))
    with open(os.path.join(HERE, "cs.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")
    # self-check: re-read and verify span bytes against what was recorded
    raw = bytes(log_out).split(b"\n")[:-1]
    assert len(raw) == N_LINES
    for ln, rawline in zip(lines, raw):
        for s, e, cat, v in ln.spans:
            assert rawline[s:e] == v


if __name__ == "__main__":
    main()
