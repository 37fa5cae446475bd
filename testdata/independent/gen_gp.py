#!/usr/bin/env python3
"""Deterministic generator for the 'gp' held-out PHI corpus.

Theme: mobile health clinic program (vans visiting Miami neighborhoods).
Offline-first tablet app (PouchDB) replicating to CouchDB, conflict documents,
van GPS stops (not PHI) next to patients' home addresses (PHI), immunization
(HL7 VXU) and screening records, paper-form OCR with misspellings, SMS
follow-ups in English / Spanish / Haitian Creole, grant export with aggregated
counts (not PHI).

Writes gp.log and gp.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote, quote_plus

random.seed(418_2024_06)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gp"
N_LINES = 500
N_PHI = 225  # 275 lines (55%) without PHI

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# line builder: concatenation with byte-offset bookkeeping
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def a(self, s):
        self.parts.append((str(s), None))
        return self

    def x(self, s, cat):
        assert cat in CATS, cat
        self.parts.append((str(s), cat))
        return self

    # JSON emission -------------------------------------------------------
    def j(self, v, ea=False, sep=(",", ":")):
        if isinstance(v, dict):
            self.a("{")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    self.a(sep[0])
                self.a(json.dumps(k, ensure_ascii=ea) + sep[1])
                self.j(x, ea, sep)
            self.a("}")
        elif isinstance(v, list):
            self.a("[")
            for i, x in enumerate(v):
                if i:
                    self.a(sep[0])
                self.j(x, ea, sep)
            self.a("]")
        elif isinstance(v, P):
            if isinstance(v.v, str):
                self.a('"').x(json.dumps(v.v, ensure_ascii=ea)[1:-1], v.cat).a('"')
            else:
                self.x(json.dumps(v.v), v.cat)
        elif isinstance(v, S):
            self.a('"')
            for seg in v.segs:
                if isinstance(seg, tuple):
                    self.x(json.dumps(seg[0], ensure_ascii=ea)[1:-1], seg[1])
                else:
                    self.a(json.dumps(seg, ensure_ascii=ea)[1:-1])
            self.a('"')
        else:
            self.a(json.dumps(v, ensure_ascii=ea))
        return self

    def build(self):
        out = bytearray()
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                assert b, "empty span"
                spans.append((len(out), len(out) + len(b), cat, b))
            out += b
        raw = bytes(out)
        assert b"\n" not in raw and b"\r" not in raw, raw[:200]
        assert len(raw) <= 4000, (self.fam, len(raw))
        for s, e, c, b in spans:
            assert raw[s:e] == b
        for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2
        return raw, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


class P:
    """A PHI JSON scalar."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string made of plain and PHI segments."""
    def __init__(self, *segs):
        self.segs = segs


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rchars(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


def b64u(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
         "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(wmi_vds, year_plant):
    body = wmi_vds + "0" + year_plant + rdig(6)
    assert len(body) == 17
    tot = sum(VIN_T[c] * w for c, w in zip(body, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    vin = body[:8] + cd + body[9:]
    assert sum(VIN_T[c] * w for c, w in zip(vin[:8] + "0" + vin[9:], VIN_W)) % 11 == (10 if cd == "X" else int(cd))
    return vin


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    an = MBI_L + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") +
            R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_L) +
            R.choice(MBI_L) + rdig(2))


def make_ssn():
    while True:
        area = R.randint(100, 772)
        if area != 666:
            break
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def make_npi():
    body = R.choice("12") + rdig(8)
    return body + luhn_digit("80840" + body)


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def make_curp(first, last, dob, sex):
    l = fold(last).upper().replace(" ", "")
    f = fold(first).upper()
    vowels = [c for c in l[1:] if c in "AEIOU"]
    cons = lambda s: [c for c in s[1:] if c.isalpha() and c not in "AEIOU"]
    base = (l[0] + (vowels[0] if vowels else "X") + R.choice("ABCDEGLMNOPRSTUVZ") + f[0] +
            dob.strftime("%y%m%d") + ("M" if sex == "F" else "H") + R.choice(["DF", "JC", "MC", "PL", "VZ", "GR"]) +
            (cons(l) or ["X"])[0] + R.choice("BCDFGHJKLMNPRSTVZ") + (cons(f) or ["X"])[0] +
            ("0" if dob.year < 2000 else "A"))
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - tot % 10) % 10)


def jpeg_b64(n):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" +
           rbytes(n) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def png_b64(n):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00`\x00\x00\x00`\x08\x02\x00\x00\x00" + rbytes(n)
    return base64.b64encode(raw).decode()


def fmr_b64(n):
    raw = b"FMR\x00 20\x00\x00\x00" + bytes([0, n // 6]) + rbytes(n)
    return base64.b64encode(raw).decode()


def face_b64(n):
    raw = b"\x01FEMB" + rbytes(n)
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------
# clock (UTC) -- system timestamps, never labeled
# ----------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 6, 3, 11, 2, 14, 118000)]


def tick():
    t = CLOCK[0] + dt.timedelta(seconds=R.randint(4, 150), microseconds=R.randint(0, 999999))
    if t.hour >= 23:
        t = dt.datetime(t.year, t.month, t.day, 11, R.randint(0, 20), R.randint(0, 59), R.randint(0, 999999)) + dt.timedelta(days=1)
    CLOCK[0] = t
    return t


def now():
    return CLOCK[0]


def local(t):
    return t - dt.timedelta(hours=4)


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def java_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def visit_day():
    return local(now()).date()


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
             "novanm", "desanm"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
ZIPS = [("33127", "Miami"), ("33137", "Miami"), ("33138", "Miami"), ("33150", "Miami"),
        ("33147", "Miami"), ("33135", "Miami"), ("33125", "Miami"), ("33161", "North Miami"),
        ("33168", "Miami"), ("33054", "Opa-locka"), ("33010", "Hialeah"), ("33012", "Hialeah"),
        ("33169", "Miami Gardens"), ("33030", "Homestead"), ("33162", "North Miami Beach"),
        ("33142", "Miami")]
STREET_DIRS = ["NE", "NW", "SW", "SE", "W", "E", "N"]
STREET_TYPES = ["St", "Ave", "Ter", "Ct", "Pl", "Rd", "Dr"]


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def make_street():
    kind = R.random()
    if kind < 0.75:
        st = f"{R.randint(100, 19999)} {R.choice(STREET_DIRS)} {ordinal(R.randint(2, 199))} {R.choice(STREET_TYPES)}"
    else:
        st = f"{R.randint(100, 9999)} {R.choice(['Biscayne Blvd', 'Palm Ave', 'Alhambra Cir', 'Okeechobee Rd', 'Ali Baba Ave', 'Grand Ave', 'Flamingo Dr', 'Hibiscus St'])}"
    unit = ""
    r = R.random()
    if r < 0.30:
        unit = f"Apt {R.randint(1, 24)}{R.choice(['', 'A', 'B', 'C'])}"
    elif r < 0.38:
        unit = f"Unit {R.randint(100, 412)}"
    return st, unit


PATIENT_SPEC = [
    ("Guerline", "Dorvil", "F", "ht"), ("Jean-Robert", "Célestin", "M", "ht"),
    ("Mirlande", "Pierre-Louis", "F", "ht"), ("Wilner", "Jean-Baptiste", "M", "ht"),
    ("Nadège", "Toussaint", "F", "ht"), ("Dieudonné", "Étienne", "M", "ht"),
    ("Marie-Thérèse", "Augustin", "F", "ht"), ("Frantz", "Thermidor", "M", "ht"),
    ("Rose-Andrée", "Saint-Fleur", "F", "ht"), ("Fabienne", "Désir", "F", "ht"),
    ("Clotilde", "Fanfan", "F", "ht"), ("Anselme", "Jeune", "M", "ht"),
    ("Yaneisy", "Valdés", "F", "es"), ("Lázaro", "Betancourt", "M", "es"),
    ("Xiomara", "Quiñones", "F", "es"), ("Osvaldo", "Núñez Ibarra", "M", "es"),
    ("María José", "Castañeda", "F", "es"), ("Héctor", "Zamora", "M", "es"),
    ("Rosalía", "Peña", "F", "es"), ("Yusnier", "Rodríguez", "M", "es"),
    ("Dayana", "Ocampo", "F", "es"), ("Aurelio", "Benítez", "M", "es"),
    ("Consuelo", "Arriaga", "F", "es"), ("Ramón", "de la Cruz", "M", "es"),
    ("Thanh Hương", "Nguyễn", "F", "en"), ("Adaeze", "Okafor", "F", "en"),
    ("Kazimierz", "Wróbel", "M", "en"), ("Samira", "Haddad", "F", "en"),
    ("Delroy", "Campbell", "M", "en"), ("Shanice", "Whitfield", "F", "en"),
    ("Joaquim", "Brito", "M", "en"), ("Earlene", "McCray", "F", "en"),
    ("Tadeusz", "Kowalczyk", "M", "en"), ("Precious", "Mbeki-Owens", "F", "en"),
    ("Beatrice", "O'Neal", "F", "en"), ("Oluwaseun", "Adeyemi", "M", "en"),
]
OLD = {"Marie-Thérèse": 1931, "Earlene": 1929, "Kazimierz": 1933, "Consuelo": 1932, "Clotilde": 1926,
       "Anselme": 1934}
MEXICAN = {"Osvaldo", "María José", "Héctor", "Consuelo"}
REL_FIRST = ["Stéphanie", "Kervens", "Wideline", "Jonas", "Yolette", "Carlos", "Lisandra", "Miguel Ángel",
             "Tuấn", "Chinedu", "Ewa", "Nadia", "Andre", "Keisha", "Paulo", "Darnell", "Roselaure", "Jhonny"]
RELS = ["daughter", "son", "spouse", "niece", "grandson", "sister", "brother", "neighbor", "caregiver"]
AREA = ["305", "786", "954"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
PLANS = [("Sunshine Health", "medicaid"), ("Simply Healthcare", "medicaid"), ("Humana Gold Plus", "medicare_adv"),
         ("Medicare Part B", "medicare"), ("Ambetter", "marketplace"), ("Molina Healthcare", "medicaid"),
         ("Self-pay / sliding fee", "none")]


def make_phone():
    return R.choice(AREA) + "555" + f"01{R.randint(0, 99):02d}"


def make_patient(i, first, last, sex, lang):
    if first in OLD:
        dob = dt.date(OLD[first], R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1938, 2019), R.randint(1, 12), R.randint(1, 28))
    z, city = R.choice(ZIPS)
    st, unit = make_street()
    p = {
        "first": first, "last": last, "sex": sex, "lang": lang, "dob": dob,
        "age": 2024 - dob.year - (1 if (dob.month, dob.day) > (6, 4) else 0),
        "mrn": f"MHC-{R.randint(10000, 999999):07d}",
        "street": st, "unit": unit, "city": city, "zip": z,
        "phone": make_phone(),
        "email": None, "ssn": None, "dl": None, "fax": None, "foreign": None, "user": None,
        "medicaid": None, "mbi": None, "member": None,
        "guar_acct": f"GA-{R.randint(100000, 9999999):08d}",
        "plate": None, "devices": [],
    }
    loc = fold(first).lower().replace(" ", "").replace("-", "").replace("'", "")
    lloc = fold(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    if R.random() < 0.55:
        p["email"] = R.choice([f"{loc}.{lloc}{dob.year % 100:02d}", f"{loc[0]}{lloc}{R.randint(1, 99)}",
                               f"{lloc}.{loc}", f"{loc}{lloc[:3]}{dob.year}"]) + "@" + R.choice(EMAIL_DOM)
    if R.random() < 0.5:
        p["ssn"] = make_ssn()
    if R.random() < 0.4:
        p["dl"] = f"{fold(last)[0].upper()}{rdig(3)}-{rdig(3)}-{rdig(2)}-{rdig(3)}-{rdig(1)}"
    if p["age"] >= 65:
        p["mbi"] = make_mbi()
    if R.random() < 0.55:
        p["medicaid"] = rdig(10)
    elif not p["mbi"]:
        p["member"] = R.choice(["U", "W", "XJH", "AMB"]) + rdig(9)
    p["plan"] = R.choice(PLANS)
    if lang == "ht" and R.random() < 0.45:
        p["foreign"] = ("NIF", f"{rdig(3)}-{rdig(3)}-{rdig(3)}-{rdig(1)}")
    if first in MEXICAN:
        p["foreign"] = ("CURP", make_curp(first, last, dob, sex))
    if R.random() < 0.35:
        p["user"] = (loc[:1] + lloc + str(dob.year % 100)).lower()
    rel_last = last if R.random() < 0.6 else R.choice(["Joseph", "Morales", "Louis", "Smith", "Pérez", "Charles"])
    p["ec"] = {"name": (R.choice(REL_FIRST), rel_last), "rel": R.choice(RELS), "phone": make_phone()}
    p["ip"] = R.choice([f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"172.58.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"98.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"174.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"107.77.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"2600:1700:{rhex(4)}:{rhex(4)}::{rhex(2)}"])
    return p


PATIENTS = [make_patient(i, *spec) for i, spec in enumerate(PATIENT_SPEC)]
for p in PATIENTS:
    if p["first"] in ("Earlene", "Clotilde", "Tadeusz"):
        p["fax"] = R.choice(AREA) + "555" + f"01{R.randint(0, 99):02d}"
for p in R.sample(PATIENTS, 8):
    kind = R.choice(["glucometer", "bp_cuff", "pulse_ox", "cgm"])
    model = {"glucometer": "Contour Next One", "bp_cuff": "A&D UA-651BLE", "pulse_ox": "Nonin 3230",
             "cgm": "Dexcom G7"}[kind]
    sn = {"glucometer": lambda: "5CH" + rdig(8), "bp_cuff": lambda: "5170" + rdig(7),
          "pulse_ox": lambda: "502" + rdig(6), "cgm": lambda: rchars(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")}[kind]()
    mac = ":".join(f"{R.randrange(256):02X}" for _ in range(6))
    p["devices"].append({"kind": kind, "model": model, "sn": sn, "mac": mac})
for p in R.sample(PATIENTS, 7):
    p["plate"] = R.choice([f"{rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ')} {rdig(4)}", f"{rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ')}-{rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}",
                           f"{rdig(3)} {rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ')}"])
    p["pan"] = None
for p in PATIENTS:
    pre = R.choice(["4", "5" + str(R.randint(1, 5)), "37"])
    ln = 15 if pre == "37" else 16
    body = pre + rdig(ln - 1 - len(pre))
    p["pan"] = body + luhn_digit(body)
    assert luhn_ok(p["pan"])

RECENT = []


def pick_patient():
    if RECENT and R.random() < 0.45:
        p = R.choice(RECENT[-4:])
    else:
        p = R.choice(PATIENTS)
    RECENT.append(p)
    return p


def pick_with(key):
    cands = [p for p in PATIENTS if p.get(key)]
    pool = [p for p in RECENT[-6:] if p.get(key)]
    p = R.choice(pool) if pool and R.random() < 0.4 else R.choice(cands)
    RECENT.append(p)
    return p


def slug(s):
    return "".join(c for c in fold(s).lower().replace(" ", "-") if c.isalnum() or c == "-")


def portal_url(p):
    return f"https://portal.mhc-miami.org/p/{slug(p['first'])}.{slug(p['last'])}/vaccine-record"


def full(p):
    return f"{p['first']} {p['last']}"


def fmt_phone(num, style=None):
    style = style if style is not None else R.randrange(6)
    a, b, c = num[:3], num[3:6], num[6:]
    return [f"+1{num}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", num, f"({a}){b}-{c}"][style]


# ----------------------------------------------------------------------------
# program constants (not PHI)
# ----------------------------------------------------------------------------
STAFF = [("rn.mcastillo", "Marco Castillo", "RN"), ("rn.rmendez", "Rosa Méndez", "RN"),
         ("ma.tbeaulieu", "Tiffany Beaulieu", "MA"), ("md.sokonkwo", "Samuel Okonkwo", "MD"),
         ("np.lferrer", "Lucía Ferrer", "APRN"), ("chw.ylamothe", "Yves Lamothe", "CHW"),
         ("chw.gdorsainvil", "Gaëlle Dorsainvil", "CHW"), ("ma.jvillalobos", "Jhonatan Villalobos", "MA")]
STAFF_NPI = {s[0]: make_npi() for s in STAFF}
SITES = [("LHCC", "Little Haiti Cultural Complex", "214 NE 59th Ter", "Miami", "33137", 25.82871, -80.19268),
         ("SJB", "Iglesia San Juan Bosco", "1351 W Flagler St", "Miami", "33135", 25.77318, -80.21761),
         ("LSCC", "Liberty Square Community Center", "6306 NW 14th Ave", "Miami", "33147", 25.83112, -80.21953),
         ("HSC", "Hialeah Senior Center", "702 W 28th St", "Hialeah", "33010", 25.84521, -80.28694),
         ("OPL", "Opa-locka Public Library lot", "782 Fisherman St", "Opa-locka", "33054", 25.90362, -80.25071),
         ("NMB", "Northside Flea Market", "3803 NE 163rd St", "North Miami Beach", "33160", 25.92671, -80.15462)]
VANS = {}
for v in ["van01", "van02", "van03", "van04"]:
    VANS[v] = {"vin": make_vin("1FTBW9CG", "RK"), "plate": f"{rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ')}-{rchars(3, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}",
               "tablets": [f"tab-{v}a", f"tab-{v}b"], "ip": f"10.8.{int(v[-1])}.{R.randint(10, 40)}",
               "serials": ["R9TW" + rchars(7) for _ in range(2)]}
TAB_IMEI = {}
for v in VANS.values():
    for t in v["tablets"]:
        body = "35" + rdig(12)
        TAB_IMEI[t] = body + luhn_digit(body)
CLINIC_SMS = "+17865550100"
CLINIC_PHONE = "786-555-0100"
PROVIDERS_FAX = [("Jackson North Family Medicine", "+13055550187"), ("Borinquen Health Care Center", "+13055550163"),
                 ("Citrus Health Network", "+13055550171"), ("Camillus Health Concern", "+13055550149")]
VACCINES = [("141", "Influenza, seasonal, injectable, preservative free", "SKB", "GlaxoSmithKline", "2023-08-06"),
            ("150", "Influenza, injectable, quadrivalent, preservative free", "SKB", "GlaxoSmithKline", "2023-08-06"),
            ("187", "Zoster recombinant (Shingrix)", "SKB", "GlaxoSmithKline", "2023-05-12"),
            ("213", "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED", "PFR", "Pfizer, Inc", "2023-09-12"),
            ("115", "Tdap", "SKB", "GlaxoSmithKline", "2021-08-06"),
            ("33", "Pneumococcal polysaccharide PPV23", "MSD", "Merck and Co., Inc.", "2023-05-12"),
            ("43", "Hepatitis B, adult", "MSD", "Merck and Co., Inc.", "2023-05-12")]
LOTS = {c[0]: [rchars(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(4) + rchars(2, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)] for c in VACCINES}
LOT_EXP = {lot: dt.date(2025, R.randint(1, 12), R.randint(1, 28)) for lots in LOTS.values() for lot in lots}


def rev(n=None):
    return f"{n or R.randint(1, 9)}-{rhex(32)}"


def seq():
    return f"{R.randint(800, 9999)}-g1AAAA{b64u(R.randint(40, 70))}"


def repid():
    return rhex(32)


def stop_id():
    d = visit_day()
    s = R.choice(SITES)
    return f"STP-{d.strftime('%Y%m%d')}-{R.choice(list(VANS))[-2:]}-{s[0]}"


def staff():
    return R.choice(STAFF)


def van():
    return R.choice(list(VANS))


def req_id():
    return rhex(8) + "-" + rhex(4) + "-4" + rhex(3) + "-" + R.choice("89ab") + rhex(3) + "-" + rhex(12)


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def f_chttpd(phi):
    L = Line("couchdb-chttpd")
    t = now()
    v = van()
    user = R.choice([VANS[v]["tablets"][0].replace("-", "_"), "sync_svc", VANS[v]["tablets"][1].replace("-", "_")])
    L.a(f"[notice] {iso_us(t)} couchdb@10.20.0.5 <0.{R.randint(200, 40000)}.{R.randint(0, 60)}> {rhex(10)} "
        f"couch.mhc.internal:5984 {VANS[v]['ip']} {user} ")
    if not phi:
        c = R.randrange(9)
        if c == 0:
            L.a(f"GET /mhc_clinic/_changes?feed=longpoll&since={seq()}&heartbeat=10000&style=all_docs&filter=app%2Fby_van&van={v} 200 ok {R.randint(2, 9000)}")
        elif c == 1:
            L.a(f"POST /mhc_clinic/_revs_diff 200 ok {R.randint(2, 80)}")
        elif c == 2:
            L.a(f"POST /mhc_clinic/_bulk_docs 201 ok {R.randint(10, 400)}")
        elif c == 3:
            L.a(f"GET /mhc_clinic/_local/{repid()} {R.choice(['200 ok', '404 not_found'])} {R.randint(1, 9)}")
        elif c == 4:
            L.a(f"PUT /mhc_clinic/_local/{repid()} 201 ok {R.randint(2, 30)}")
        elif c == 5:
            L.a(f"POST /mhc_clinic/_bulk_get?revs=true&attachments=true&latest=true 200 ok {R.randint(10, 900)}")
        elif c == 6:
            code = R.choice(list(LOTS))
            L.a(f"GET /mhc_inventory/lot%3A{R.choice(LOTS[code])} 200 ok {R.randint(1, 20)}")
        elif c == 7:
            L.a(f"GET /mhc_clinic/stop%3A{visit_day().isoformat()}%3A{v}%3A0{R.randint(1, 6)} 200 ok {R.randint(1, 20)}")
        else:
            L.a(f"GET /mhc_clinic/ 200 ok {R.randint(1, 5)}")
        return L
    p = pick_patient()
    c = R.randrange(5)
    if c == 0:
        L.a("GET /mhc_clinic/patient%3A").x(p["mrn"], "mrn").a(
            R.choice(["?conflicts=true", "?revs=true&open_revs=all", "?conflicts=true&deleted_conflicts=true", ""]))
        L.a(f" 200 ok {R.randint(1, 40)}")
    elif c == 1:
        L.a("GET /mhc_clinic/_design/patients/_view/by_name?key=%22").x(quote(p["last"].lower(), safe=""), "name")
        L.a("%20").x(quote(p["first"].lower(), safe=""), "name").a(f"%22&include_docs=true&limit=10 200 ok {R.randint(3, 120)}")
    elif c == 2:
        L.a("GET /mhc_clinic/_design/patients/_view/by_dob?key=%22").x(d_iso(p["dob"]), "date")
        L.a(f"%22&include_docs=false 200 ok {R.randint(3, 90)}")
    elif c == 3:
        L.a("GET /mhc_clinic/_design/patients/_view/by_phone?key=%22").x(p["phone"], "phone")
        L.a(f"%22 200 ok {R.randint(3, 90)}")
    else:
        d = visit_day()
        L.a("PUT /mhc_clinic/visit%3A").x(p["mrn"], "mrn").a("%3A").x(d.strftime("%Y%m%d"), "date")
        L.a(f"%3A0{R.randint(1, 3)}?new_edits=false 201 ok {R.randint(3, 60)}")
    return L


def f_replicator(phi):
    L = Line("couchdb-replicator")
    t = now()
    rid = repid() + "+continuous"
    v = van()
    tab = R.choice(VANS[v]["tablets"])
    pre = f" {iso_us(t)} couchdb@10.20.0.5 <0.{R.randint(200, 9000)}.0> -------- "
    if not phi:
        c = R.randrange(6)
        if c == 0:
            L.a("[notice]" + pre + f"Starting replication `{rid}` (`https://couch.mhc.internal/mhc_clinic/` -> "
                f"`https://{tab}.vpn.mhc.internal:6984/mhc_clinic/`) from process <0.{R.randint(200, 9000)}.0> "
                f"on node `couchdb@10.20.0.5` with source_seq `{seq()}`")
        elif c == 1:
            L.a("[notice]" + pre + f"Replication `{rid}` is using:\\n\\t{R.randint(2, 4)} worker processes\\n\\ta worker batch size of 500\\n\\t20 HTTP connections\\n\\ta connection timeout of 30000 milliseconds\\n\\t5 retries per request\\n\\tsocket options are: [{{keepalive,true}},{{nodelay,false}}]")
        elif c == 2:
            L.a("[error]" + pre + f"Replication `{rid}` failed: {{http_request_failed,\"GET\",\"https://{tab}.vpn.mhc.internal:6984/mhc_clinic/\",{{error,{{error,{R.choice(['econnrefused', 'timeout', 'ehostunreach'])}}}}}}}")
        elif c == 3:
            L.a("[notice]" + pre + f"Replication `{rid}` completed: docs_read={(dr := R.randint(0, 300))}, docs_written={dr - R.randint(0, min(dr, 3))}, doc_write_failures=0, changes_pending={R.randint(0, 20)}")
        elif c == 4:
            L.a("[warning]" + pre + f"couch_replicator_scheduler: backing off job `{rid}` for {R.choice([30, 60, 120, 240])} seconds after {R.randint(2, 9)} consecutive crashes")
        else:
            L.a("[info]" + pre + f"couch_replicator_scheduler stats: jobs={R.randint(6, 9)} running={R.randint(2, 6)} pending={R.randint(0, 3)} crashed={R.randint(0, 2)} max_jobs=500 interval=60000ms")
        return L
    p = pick_patient()
    c = R.randrange(3)
    if c == 0:
        L.a("[error]" + pre + "Replicator: couldn't write document `patient:").x(p["mrn"], "mrn")
        L.a(f"`, revision `{rev()}`, to target database `mhc_clinic`. Error: `forbidden`, reason: `{R.choice(['van scope mismatch', 'missing consent_signed_at', 'validate_doc_update: lang required'])}`.")
    elif c == 1:
        d = visit_day()
        L.a("[error]" + pre + "Replicator: couldn't write document `visit:").x(p["mrn"], "mrn").a(":").x(d.strftime("%Y%m%d"), "date")
        L.a(f":0{R.randint(1, 3)}`, revision `{rev()}`, to target database `mhc_clinic`. Error: `conflict`, reason: `Document update conflict.`.")
    else:
        L.a("[warning]" + pre + "Replicator, request PUT to \"https://couch.mhc.internal/mhc_clinic/patient%3A").x(p["mrn"], "mrn")
        L.a(f"?new_edits=false\" failed due to error {{error,req_timedout}}. Will retry in {R.choice([250, 500, 1000, 2000])} milliseconds")
    return L


def f_scheduler_json(phi):
    assert not phi
    L = Line("couchdb-scheduler-json")
    t = now()
    v = van()
    tab = R.choice(VANS[v]["tablets"])
    start = t - dt.timedelta(minutes=R.randint(5, 600))
    job = {"database": "_replicator", "id": repid() + "+continuous", "pid": f"<0.{R.randint(200, 9000)}.0>",
           "source": "https://couch.mhc.internal/mhc_clinic/", "target": f"https://{tab}.vpn.mhc.internal:6984/mhc_clinic/",
           "user": None, "doc_id": f"{tab.replace('-', '_')}_{R.choice(['push', 'pull'])}",
           "info": {"revisions_checked": R.randint(100, 9000), "missing_revisions_found": R.randint(0, 80),
                    "docs_read": (dr := R.randint(0, 80)), "docs_written": dr - R.randint(0, min(dr, 2)), "changes_pending": R.randint(0, 40),
                    "doc_write_failures": R.randint(0, 2), "checkpointed_source_seq": seq()},
           "history": [{"timestamp": iso_s(start + dt.timedelta(seconds=2)), "type": "started"},
                       {"timestamp": iso_s(start), "type": "added"}],
           "node": "couchdb@10.20.0.5", "start_time": iso_s(start)}
    L.a(f"{iso_s(t)} repl-monitor[{R.randint(900, 3000)}]: job ").j(job)
    return L


LOGCAT_NONPHI = [
    lambda: f"I ReactNativeJS: [sync] change {{\"direction\":\"{R.choice(['push', 'pull'])}\",\"docs_read\":{R.randint(0, 40)},\"docs_written\":{R.randint(0, 40)},\"doc_write_failures\":0,\"pending\":{R.randint(0, 30)}}}",
    lambda: f"W ReactNativeJS: [sync] paused (offline), next retry in {R.choice([1000, 2000, 4000, 8000, 16000, 32000])}ms",
    lambda: "I ReactNativeJS: [sync] active",
    lambda: f"I ReactNativeJS: [net] connectivity changed type=cellular isInternetReachable=true rsrp=-{R.randint(80, 118)}",
    lambda: f"D ReactNativeJS: [gps] fix lat={R.uniform(25.76, 25.93):.5f} lng={R.uniform(-80.29, -80.15):.5f} acc={R.uniform(2, 15):.1f}m",
    lambda: f"I ReactNativeJS: [db] compaction finished db=mhc_clinic in {R.randint(200, 4000)}ms (size {R.randint(20, 90)}.{R.randint(0, 9)}MB)",
    lambda: f"I ReactNativeJS: [ui] VisitFormScreen mounted in {R.randint(20, 300)}ms build=3.14.{R.randint(0, 9)} (2024-05-28)",
    lambda: f"W ReactNativeJS: Possible Unhandled Promise Rejection (id: {R.randint(0, 9)}):",
    lambda: f"E ReactNativeJS: [sync] error {{\"status\":401,\"name\":\"unauthorized\",\"message\":\"Name or password is incorrect.\"}}",
    lambda: f"I ReactNativeJS: [inventory] lot {R.choice(LOTS['141'])} remaining={R.randint(0, 60)} exp=2025-0{R.randint(1, 9)}-30",
]


def f_logcat(phi):
    L = Line("rn-logcat")
    t = local(now())
    pid = R.randint(3000, 9000)
    L.a(t.strftime("%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} {pid:5d} {pid + R.randint(10, 90):5d} ")
    if not phi:
        L.a(R.choice(LOGCAT_NONPHI)())
        return L
    p = pick_patient()
    c = R.randrange(5)
    if c == 0:
        L.a("I ReactNativeJS: [intake] saved patient ").x(full(p), "name").a(" (patient:").x(p["mrn"], "mrn").a(f") rev={rev()}")
    elif c == 1:
        q = R.choice([p["last"].lower(), f"{p['first'].lower()} {p['last'].lower()}", fold(p["last"]).lower()])
        L.a("D ReactNativeJS: [search] query=\"").x(q, "name").a(f"\" -> {R.randint(1, 4)} results in {R.randint(3, 40)}ms")
    elif c == 2:
        L.a("E ReactNativeJS: [sync] denied {\"id\":\"patient:").x(p["mrn"], "mrn").a(
            "\",\"error\":\"forbidden\",\"reason\":\"van scope mismatch\"}")
    elif c == 3:
        L.a("D ReactNativeJS: [form] prefill from scan dob=").x(d_us(p["dob"]), "date").a(" phone=").x(fmt_phone(p["phone"], 2), "phone")
        L.a(" zip=").x(p["zip"], "zip")
    else:
        L.a("I ReactNativeJS: [camera] ID photo captured for ").x(p["mrn"], "mrn").a(f" {R.choice(['1280x960', '960x720'])} jpeg q=0.7 size={R.randint(60, 240)}KB")
    return L


def f_pino(phi):
    L = Line("pino-tablet")
    t = now()
    v = van()
    base = {"level": 30, "time": epoch_ms(t), "pid": R.randint(1000, 9000), "hostname": R.choice(VANS[v]["tablets"]),
            "name": "mhc-tablet"}
    if not phi:
        c = R.randrange(4)
        if c == 0:
            o = {**base, "mod": "replication", "ev": "change", "dir": R.choice(["push", "pull"]),
                 "docs_read": R.randint(0, 50), "docs_written": R.randint(0, 50), "doc_write_failures": 0,
                 "last_seq": seq(), "msg": "sync change"}
        elif c == 1:
            o = {**base, "level": 40, "mod": "replication", "ev": "paused", "err": None, "backoffMs": R.choice([2000, 4000, 8000]),
                 "msg": "sync paused"}
        elif c == 2:
            o = {**base, "mod": "storage", "ev": "estimate", "usage": R.randint(10 ** 7, 9 * 10 ** 8), "quota": 4294967296,
                 "docCount": R.randint(2000, 9000), "msg": "storage estimate"}
        else:
            o = {**base, "mod": "app", "ev": "boot", "version": f"3.14.{R.randint(0, 9)}", "buildDate": "2024-05-28",
                 "pouchdb": "8.0.1", "adapter": "indexeddb", "msg": "app start"}
        return L.j(o)
    p = pick_patient()
    c = R.randrange(3)
    if c == 0:
        other = make_phone()
        o = {**base, "level": 40, "mod": "conflicts", "docId": S("patient:", (p["mrn"], "mrn")),
             "revs": [rev(5), rev(5)], "fields": ["telecom.phone"],
             "local": {"phone": P(fmt_phone(p["phone"], 1), "phone")}, "remote": {"phone": P(fmt_phone(other, 2), "phone")},
             "msg": "conflict detected"}
    elif c == 1:
        o = {**base, "mod": "queue", "ev": "visit.enqueued", "patient": {"id": P(p["mrn"], "mrn"),
             "displayName": P(f"{p['last']}, {p['first']}", "name")}, "stopId": stop_id(), "position": R.randint(1, 14),
             "msg": "visit queued"}
    else:
        o = {**base, "mod": "consent", "ev": "signed", "patientId": P(p["mrn"], "mrn"),
             "signer": P(full(p), "name"), "form": f"HIPAA-NPP-{p['lang'].upper()}-2023", "signedOn": P(d_iso(visit_day()), "date"),
             "msg": "consent captured"}
    return L.j(o)


def patient_doc(p, extras):
    d = {"_id": S("patient:", (p["mrn"], "mrn")), "_rev": rev(R.randint(3, 9)),
         "_conflicts": [rev(R.randint(2, 8)) for _ in range(R.randint(1, 2))], "type": "patient",
         "name": {"given": P(p["first"], "name"), "family": P(p["last"], "name")},
         "birthDate": P(d_iso(p["dob"]), "date"), "gender": "female" if p["sex"] == "F" else "male"}
    addr = {"line": P(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address"), "city": P(p["city"], "address")}
    if R.random() < 0.4:
        addr["county"] = P("Miami-Dade", "address")
    addr["state"] = "FL"
    addr["postalCode"] = P(p["zip"], "zip")
    d["address"] = addr
    d["telecom"] = [{"system": "phone", "value": P(fmt_phone(p["phone"], 0), "phone"), "use": "mobile"}]
    if "fax" in extras and p["fax"]:
        d["telecom"].append({"system": "fax", "value": P(fmt_phone(p["fax"], 0), "fax"), "use": "home"})
    if "email" in extras and p["email"]:
        d["telecom"].append({"system": "email", "value": P(p["email"], "email")})
    d["preferredLanguage"] = p["lang"]
    if "ins" in extras:
        if p["mbi"]:
            d["coverage"] = {"payer": "Medicare", "mbi": P(p["mbi"], "health_plan")}
        elif p["medicaid"]:
            d["coverage"] = {"payer": p["plan"][0], "medicaidId": P(p["medicaid"], "health_plan"), "group": "FLMCD" + rdig(3)}
        else:
            d["coverage"] = {"payer": p["plan"][0], "memberId": P(p["member"], "health_plan"), "groupNumber": rdig(6)}
    if "ssn" in extras and p["ssn"]:
        d["ssn"] = P(p["ssn"], "ssn")
    if "ec" in extras:
        ec = p["ec"]
        d["emergencyContact"] = {"name": P(f"{ec['name'][0]} {ec['name'][1]}", "name"), "relationship": ec["rel"],
                                 "phone": P(fmt_phone(ec["phone"], 2), "phone")}
    if "foreign" in extras and p["foreign"]:
        d["identifiers"] = [{"system": p["foreign"][0], "value": P(p["foreign"][1], "other_id")}]
    if "dl" in extras and p["dl"]:
        d.setdefault("identifiers", []).append({"system": "FL-DL", "value": P(p["dl"], "license")})
    if "age" in extras and p["age"] > 89:
        d["ageAtRegistration"] = P(p["age"], "age")
    s = staff()
    d["updatedBy"] = s[0]
    d["updatedAt"] = iso_ms(now() - dt.timedelta(seconds=R.randint(30, 4000)))
    if "photo" in extras:
        d["_attachments"] = {"id_photo.jpg": {"content_type": "image/jpeg", "revpos": R.randint(2, 5),
                                              "digest": "md5-" + base64.b64encode(rbytes(16)).decode(),
                                              "data": P(jpeg_b64(R.randint(500, 900)), "photo")}}
    if "fp" in extras:
        d["biometrics"] = {"kind": "fingerprint", "format": "ISO19794-2", "finger": "R_INDEX",
                           "template": P(fmr_b64(R.randint(180, 360)), "biometric")}
    return d


def f_conflict(phi):
    L = Line("conflict-resolver")
    t = now()
    L.a(f"{py_ts(t)} {R.choice(['INFO', 'INFO', 'WARNING'])} [conflict_resolver] ")
    sep = (", ", ": ")
    if not phi:
        c = R.randrange(4)
        if c == 0:
            s = R.choice(SITES)
            v = van()
            doc = {"_id": f"stop:{visit_day().isoformat()}:{v}:0{R.randint(1, 6)}", "_rev": rev(), "_conflicts": [rev()],
                   "type": "van_stop", "site": s[1], "address": f"{s[2]}, {s[3]}, FL {s[4]}", "lat": s[5], "lon": s[6],
                   "window": {"start": "09:00", "end": "14:30"}, "plate": VANS[v]["plate"], "updatedBy": staff()[0]}
            L.a("resolved (strategy=max_updatedAt) winner=").j(doc, ea=True, sep=sep)
        elif c == 1:
            code = R.choice(list(LOTS))
            lot = R.choice(LOTS[code])
            doc = {"_id": f"lot:{lot}", "_rev": rev(), "_conflicts": [rev()], "type": "vaccine_lot", "cvx": code,
                   "lot": lot, "expires": d_iso(LOT_EXP[lot]), "doses_on_hand": R.randint(0, 80), "van": van(),
                   "ndc": f"{rdig(5)}-{rdig(4)}-{rdig(2)}"}
            L.a("resolved (strategy=sum_counters) winner=").j(doc, ea=True, sep=sep)
        elif c == 2:
            L.a(f"scan complete db=mhc_clinic conflicted_docs={R.randint(0, 40)} auto_resolved={R.randint(0, 30)} "
                f"manual_queue={R.randint(0, 6)} elapsed={R.uniform(0.4, 9):.2f}s since={seq()}")
        else:
            tab = R.choice([t for v in VANS.values() for t in v["tablets"]])
            doc = {"_id": f"device:{tab}", "_rev": rev(), "_conflicts": [rev()], "type": "tablet",
                   "serial": R.choice([s for v in VANS.values() for s in v["serials"]]), "imei": TAB_IMEI[tab],
                   "appVersion": f"3.14.{R.randint(0, 9)}", "lastSeen": iso_ms(t)}
            L.a("resolved (strategy=max_updatedAt) winner=").j(doc, ea=True, sep=sep)
        return L
    c = R.randrange(5)
    if c <= 1:
        p = pick_patient()
        extras = set(R.sample(["email", "ins", "ssn", "ec", "foreign", "dl", "age", "fax", "fp"], R.randint(1, 4)))
        if R.random() < 0.3:
            extras.add("photo")
        if p["age"] > 89:
            extras.add("age")
        if p["fax"]:
            extras.add("fax")
        if "photo" in extras and "fp" in extras:
            extras.discard("fp")
        L.a("resolved (strategy=field_merge) winner=").j(patient_doc(p, extras), ea=True, sep=sep)
    elif c == 2:
        p = pick_patient()
        vac = R.choice(VACCINES)
        lot = R.choice(LOTS[vac[0]])
        d = visit_day()
        s = staff()
        doc = {"_id": S("visit:", (p["mrn"], "mrn"), ":", (d.strftime("%Y%m%d"), "date"), f":0{R.randint(1, 3)}"),
               "_rev": rev(), "_conflicts": [rev()], "type": "immunization", "patient": P(p["mrn"], "mrn"),
               "vaccine": {"cvx": vac[0], "name": vac[1], "mvx": vac[2], "lot": lot, "exp": d_iso(LOT_EXP[lot])},
               "doseMl": 0.5, "route": "IM", "site": R.choice(["LD", "RD"]), "administered": P(d_iso(d), "date"),
               "administeredBy": f"{s[1]}, {s[2]}", "npi": STAFF_NPI[s[0]], "visDate": vac[4], "stop": stop_id()}
        L.a("resolved (strategy=latest_rev) winner=").j(doc, ea=True, sep=sep)
    elif c == 3:
        p = pick_patient()
        field, win, lose = R.choice([
            ("telecom[0].value", P(fmt_phone(p["phone"], 0), "phone"), P(fmt_phone(make_phone(), 0), "phone")),
            ("address.line", P(p["street"], "address"), P(make_street()[0], "address")),
            ("name.family", P(p["last"], "name"), P(fold(p["last"]).upper(), "name")),
            ("birthDate", P(d_iso(p["dob"]), "date"), P(d_iso(p["dob"].replace(day=min(28, p["dob"].month))), "date")),
        ])
        o = {"doc": S("patient:", (p["mrn"], "mrn")), "field": field, "winner": win, "loser": lose,
             "winnerRev": rev(6), "loserRev": rev(6), "strategy": "last_write_wins"}
        L.a("field conflict ").j(o, ea=True, sep=sep)
    else:
        p = pick_patient()
        o = {"doc": S("patient:", (p["mrn"], "mrn")), "queue": "manual_review",
             "reason": "both revisions edited name and birthDate", "candidates": [
                 {"rev": rev(4), "given": P(p["first"], "name"), "birthDate": P(d_iso(p["dob"]), "date")},
                 {"rev": rev(4), "given": P(fold(p["first"]), "name"), "birthDate": P(d_iso(p["dob"]), "date")}]}
        L.a("needs human ").j(o, ea=True, sep=sep)
    return L


def f_gps(phi):
    assert not phi
    L = Line("gps-telematics")
    t = now()
    v = van()
    s = R.choice(SITES)
    c = R.randrange(5)
    if c == 0:
        L.a(f"{iso_s(t)} {v} GPS fix lat={s[5] + R.uniform(-0.02, 0.02):.5f} lon={s[6] + R.uniform(-0.02, 0.02):.5f} "
            f"alt_m={R.uniform(1, 9):.1f} hdop={R.uniform(0.6, 2.4):.1f} sats={R.randint(6, 14)} spd_kmh={R.uniform(0, 60):.1f} "
            f"hdg={R.randint(0, 359)} odo_km={R.uniform(30000, 60000):.1f}")
    elif c == 1:
        L.a(f"{iso_s(t)} {v} stop.arrived stop_id={stop_id()} site=\"{s[1]}\" addr=\"{s[2]}, {s[3]}, FL {s[4]}\" "
            f"lat={s[5]:.5f} lon={s[6]:.5f} geofence_r_m=75 planned_dwell_min={R.choice([120, 150, 180, 240])}")
    elif c == 2:
        L.a(f"{iso_s(t)} {v} stop.departed stop_id={stop_id()} dwell_min={R.randint(60, 260)} patients_seen={R.randint(4, 38)} "
            f"next=\"{R.choice(SITES)[1]}\" eta_min={R.randint(8, 40)}")
    elif c == 3:
        o = {"time": iso_s(t), "vehicle": {"id": v, "name": f"MHC Mobile Unit {v[-1]}", "vin": VANS[v]["vin"],
             "licensePlate": VANS[v]["plate"]}, "gps": {"latitude": round(s[5] + R.uniform(-0.01, 0.01), 6),
             "longitude": round(s[6] + R.uniform(-0.01, 0.01), 6), "headingDegrees": R.randint(0, 359),
             "speedMilesPerHour": round(R.uniform(0, 35), 1), "reverseGeo": {"formattedLocation": f"{s[2]}, {s[3]}, FL"}},
             "engineState": R.choice(["On", "Idle", "Off"]), "fuelPercent": R.randint(12, 98)}
        L.a("telematics-poll: ").j(o)
    else:
        L.a(f"{iso_s(t)} {v} obd dtc=none coolant_c={R.randint(80, 104)} batt_v={R.uniform(12.1, 14.4):.2f} "
            f"generator=on shore_power=off fridge_c={R.uniform(2.1, 7.9):.1f} vin={VANS[v]['vin']}")
    return L


def f_route(phi):
    L = Line("route-planner")
    t = now()
    L.a(f"{py_ts(t)} INFO  route_planner.homevisit: ")
    s = R.choice(SITES)
    if not phi:
        L.a(f"optimized route van={van()} day={(visit_day() + dt.timedelta(days=1)).isoformat()} stops={R.randint(3, 6)} "
            f"home_visits={R.randint(0, 4)} total_km={R.uniform(20, 80):.1f} solver=or-tools status=OPTIMAL wall_ms={R.randint(40, 900)}")
        return L
    p = pick_patient()
    c = R.randrange(2)
    if c == 0:
        L.a("candidate patient=").x(p["mrn"], "mrn").a(" home=\"").x(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address")
        L.a(", ").x(p["city"], "address").a(", FL ").x(p["zip"], "zip").a(f"\" nearest_stop={s[0]} stop_lat={s[5]:.5f} stop_lon={s[6]:.5f} "
                                                                           f"dist_m={R.randint(150, 4800)} mobility={R.choice(['walker', 'wheelchair', 'homebound', 'none'])}")
    else:
        L.a("geocode miss for ").x(p["mrn"], "mrn").a(": input=").x(p["street"].upper(), "address").a(" ").x(p["city"].upper(), "address")
        L.a(" ").x(p["zip"], "zip").a(f" provider=nominatim status=ZERO_RESULTS fallback=zip_centroid")
    return L


def hl7_esc(s):
    return s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\").replace("~", "\\R\\")


def f_hl7(phi):
    L = Line("hl7-vxu")
    t = now()
    ctrl = "MHC" + t.strftime("%Y%m%d%H%M%S") + rdig(3)
    L.a(f"{java_ts(t)} DEBUG [iis-sender-{R.randint(1, 4)}] o.m.iis.VxuSender - ")
    if not phi:
        c = R.randrange(3)
        if c == 0:
            L.a(f"<<< MSH|^~\\&|FLSHOTS|FLDOH|MHC_TABLET|MHC|{t.strftime('%Y%m%d%H%M%S')}||ACK^V04^ACK|{rhex(12).upper()}|P|2.5.1\\rMSA|AA|{ctrl}")
        elif c == 1:
            L.a(f"MLLP connected to iis-gw.mhc.internal:{R.choice([6661, 6662])} (10.40.2.8) tls=1.2 in {R.randint(40, 400)}ms, queue={R.randint(0, 60)}")
        else:
            L.a(f"<<< MSH|^~\\&|FLSHOTS|FLDOH|MHC_TABLET|MHC|{t.strftime('%Y%m%d%H%M%S')}||ACK^V04^ACK|{rhex(12).upper()}|P|2.5.1\\rMSA|AE|{ctrl}"
                f"\\rERR||RXA^1^16|101^Required field missing^HL70357|W|||Lot expiration date missing")
        return L
    p = pick_patient()
    d = visit_day()
    vac = R.choice(VACCINES)
    lot = R.choice(LOTS[vac[0]])
    s = staff()
    L.a(f">>> MSH|^~\\&|MHC_TABLET|MHC|FLSHOTS|FLDOH|{t.strftime('%Y%m%d%H%M%S')}||VXU^V04^VXU_V04|{ctrl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\\r")
    L.a("PID|1||").x(p["mrn"], "mrn").a("^^^MHC^MR")
    if p["medicaid"]:
        L.a("~").x(p["medicaid"], "health_plan").a("^^^FLMCD^MA")
    elif p["mbi"]:
        L.a("~").x(p["mbi"], "health_plan").a("^^^CMS^MC")
    L.a("||").x(hl7_esc(fold(p["last"]).upper()), "name").a("^").x(hl7_esc(fold(p["first"]).upper()), "name").a("^^^^^L||")
    L.a("").x(d_hl7(p["dob"]), "date").a(f"|{p['sex']}|||")
    L.a("").x(p["street"].upper() + (" " + p["unit"].upper() if p["unit"] else ""), "address").a("^^").x(p["city"].upper(), "address")
    L.a("^FL^").x(p["zip"], "zip").a("^USA^H||").x(fmt_phone(p["phone"], 5), "phone").a("^PRN^PH|||||||||||||||||||||\\r")
    if p["age"] < 18 or R.random() < 0.25:
        ec = p["ec"]
        L.a("NK1|1|").x(hl7_esc(fold(ec["name"][1]).upper()), "name").a("^").x(hl7_esc(fold(ec["name"][0]).upper()), "name")
        rc = {"daughter": "CHD", "son": "CHD", "spouse": "SPO", "niece": "OTH", "grandson": "GCH", "sister": "SIB",
              "brother": "SIB", "neighbor": "FND", "caregiver": "CGV"}[ec["rel"]]
        L.a(f"|{rc}^{ec['rel'].title()}^HL70063|||").x(fmt_phone(ec["phone"], 5), "phone").a("^PRN^PH\\r")
    L.a(f"ORC|RE||{rhex(10).upper()}^MHC|||||||||{STAFF_NPI[s[0]]}^{fold(s[1]).split()[1].upper()}^{fold(s[1]).split()[0].upper()}^^^^^^NPI\\r")
    L.a("RXA|0|1|").x(d_hl7(d), "date").a("||")
    L.a(f"{vac[0]}^{vac[1]}^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|"
        f"{STAFF_NPI[s[0]]}^{fold(s[1]).split()[1].upper()}^{fold(s[1]).split()[0].upper()}^^^^^^NPI|^^^MHC_{van().upper()}||||{lot}|{d_hl7(LOT_EXP[lot])}|{vac[2]}^{vac[3]}^MVX|||CP|A")
    return L


SCREEN_NONPHI = [
    lambda t: {"level": "warn", "message": "device calibration overdue", "service": "screening-api", "timestamp": iso_ms(t),
               "deviceId": f"BPM-{van()}-{R.randint(1, 3)}", "lastCalibrated": "2023-11-14", "reqId": req_id()},
    lambda t: {"level": "info", "message": "batch upsert", "service": "screening-api", "timestamp": iso_ms(t),
               "count": R.randint(3, 60), "durationMs": R.randint(20, 900), "source": "couch-changes-feed"},
    lambda t: {"level": "info", "message": "reference ranges loaded", "service": "screening-api", "timestamp": iso_ms(t),
               "a1cHigh": 6.5, "sbpHigh": 130, "dbpHigh": 80, "version": "2024.03"},
    lambda t: {"level": "error", "message": "validation failed", "service": "screening-api", "timestamp": iso_ms(t),
               "field": R.choice(["systolic", "glucoseMgDl", "bmi"]), "value": R.choice([310, 9, 812]), "reqId": req_id()},
]


def f_screening(phi):
    L = Line("screening-winston")
    t = now()
    if not phi:
        return L.j(R.choice(SCREEN_NONPHI)(t))
    p = pick_patient()
    d = visit_day()
    s = staff()
    o = {"level": "info", "message": "screening saved", "service": "screening-api", "timestamp": iso_ms(t),
         "patientId": P(p["mrn"], "mrn")}
    kind = R.choice(["BP", "A1C", "GLUCOSE", "PHQ9", "HIV", "FIT", "LIPID", "BMI"])
    o["kind"] = kind
    if kind == "BP":
        o.update({"systolic": R.randint(104, 182), "diastolic": R.randint(62, 112), "pulse": R.randint(55, 104)})
    elif kind == "A1C":
        o.update({"value": round(R.uniform(5.1, 11.8), 1), "unit": "%", "device": "Afinion 2", "deviceLot": rchars(8)})
    elif kind == "GLUCOSE":
        o.update({"glucoseMgDl": R.randint(70, 320), "fasting": R.choice([True, False])})
    elif kind == "PHQ9":
        o.update({"score": R.randint(0, 24), "item9": R.choice([0, 0, 0, 1])})
    elif kind == "HIV":
        o.update({"test": "INSTI HIV-1/HIV-2", "result": "nonreactive", "kitLot": rchars(7)})
    elif kind == "FIT":
        o.update({"kitId": P(f"FIT-{rchars(4)}-{rdig(6)}", "other_id"), "returnBy": P(d_iso(d + dt.timedelta(days=14)), "date")})
    elif kind == "LIPID":
        o.update({"totalChol": R.randint(140, 290), "hdl": R.randint(30, 80), "ldlCalc": R.randint(60, 200)})
    else:
        o.update({"heightCm": R.randint(148, 190), "weightKg": round(R.uniform(45, 130), 1)})
    o["collectedAt"] = P(local(t).strftime("%Y-%m-%dT%H:%M:00-04:00") if R.random() < 0.5 else d_iso(d), "date")
    if p["age"] > 89 or R.random() < 0.3:
        o["age"] = P(p["age"], "age") if p["age"] > 89 else p["age"]
    o["stopId"] = stop_id()
    o["by"] = s[0]
    o["reqId"] = req_id()
    return L.j(o)


OCR_SUB = {"i": "l", "l": "1", "o": "0", "e": "c", "a": "o", "u": "v", "n": "m", "m": "rn", "é": "e",
           "è": "e", "h": "b", "r": "n", "t": "f", "s": "5", "S": "5", "G": "C", "O": "0", "B": "8"}
OCR_DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "7": "1", "6": "b"}


def ocr_mangle(s, table, k=None):
    s = list(s)
    idx = [i for i, c in enumerate(s) if c in table]
    k = k if k is not None else R.randint(1, 2)
    for i in R.sample(idx, min(k, len(idx))):
        s[i] = table[s[i]]
    return "".join(s)


FORM_FIELDS = {
    "en": {"name": "patient_name", "dob": "date_of_birth", "addr": "home_address", "phone": "phone", "age": "age",
           "ssn": "ssn", "fax": "fax"},
    "es": {"name": "nombre", "dob": "fecha_nacimiento", "addr": "dirección", "phone": "teléfono", "age": "edad",
           "ssn": "seguro_social", "fax": "fax"},
    "ht": {"name": "non_konplè", "dob": "dat_nesans", "addr": "adrès", "phone": "telefòn", "age": "laj",
           "ssn": "nimewo_sekirite_sosyal", "fax": "faks"},
}


def f_ocr(phi):
    L = Line("ocr-intake")
    t = now()
    lang = R.choice(["en", "es", "ht"])
    if phi:
        c = R.choice(["name", "name", "dob", "addr", "phone", "age", "ssn", "fax"])
        if c == "age":
            p = R.choice([q for q in PATIENTS if q["age"] > 89])
            RECENT.append(p)
        elif c in ("ssn", "fax"):
            p = pick_with(c)
        else:
            p = pick_patient()
        lang = p["lang"]
    scan = f"SCN-{visit_day().strftime('%Y%m%d')}-{van().upper()}-{R.randint(1, 120):04d}"
    L.a(f"{py_ts(t)} INFO ocr.pipeline [scan={scan} page={R.randint(1, 2)}/2 form=MHC-INTAKE-{lang.upper()}-v3] ")
    if not phi:
        c = R.randrange(5)
        if c == 0:
            L.a(f"engine=tesseract-5.3.4 lang=eng+spa+hat psm=6 dpi=300 deskew={R.uniform(-3, 3):.1f}deg fields={R.randint(30, 64)} "
                f"low_conf={R.randint(0, 12)} duration_ms={R.randint(900, 9000)}")
        elif c == 1:
            code = R.choice(list(LOTS))
            lot = R.choice(LOTS[code])
            L.a(f"field=vaccine_lot raw=\"{ocr_mangle(lot, OCR_DIG, 1)}\" conf={R.uniform(0.5, 0.9):.2f} norm=\"{lot}\" match=inventory")
        elif c == 2:
            L.a(f"field=clinic_phone raw=\"(786) 555-01OO\" conf=0.{R.randint(55, 80)} norm=\"{CLINIC_PHONE}\" note=header_preprinted")
        elif c == 3:
            L.a(f"field=form_revision raw=\"Rev. 03/2024\" conf=0.{R.randint(90, 99)} checkbox_count={R.randint(18, 30)} signature_present=true")
        else:
            L.a(f"handwriting model=trocr-large-handwritten-ht-ft v{R.randint(2, 4)}.{R.randint(0, 9)} gpu=none batch={R.randint(1, 16)} "
                f"tokens={R.randint(200, 900)} mean_conf={R.uniform(0.6, 0.95):.3f}")
        return L
    F = FORM_FIELDS[lang]
    conf = f"{R.uniform(0.41, 0.88):.2f}"
    if c == "name":
        raw = ocr_mangle(full(p), OCR_SUB)
        L.a(f"field={F['name']} raw=\"").x(raw, "name").a(f"\" conf={conf} norm=\"").x(full(p), "name")
        L.a("\" match=").x(p["mrn"], "mrn").a(f" jw={R.uniform(0.86, 0.98):.2f}")
    elif c == "dob":
        ds = R.choice([d_us(p["dob"]), p["dob"].strftime("%d/%m/%Y"), p["dob"].strftime("%m-%d-%y")])
        L.a(f"field={F['dob']} raw=\"").x(ocr_mangle(ds, OCR_DIG), "date").a(f"\" conf={conf} norm=\"").x(d_iso(p["dob"]), "date")
        L.a(f"\" rule=date_fix_v2")
    elif c == "addr":
        st = p["street"] + (" " + p["unit"] if p["unit"] else "")
        L.a(f"field={F['addr']} raw=\"").x(ocr_mangle(st, {**OCR_DIG, **{'e': 'c', 'v': 'u', 'A': '4'}}), "address").a(" ")
        L.a("").x(ocr_mangle(p["city"], {"i": "l", "a": "o", "M": "N"}, 1), "address").a(" Fl ").x(ocr_mangle(p["zip"], OCR_DIG, 1), "zip")
        L.a(f"\" conf={conf} usps_cass=").a(R.choice(["corrected", "no_match", "zip4_added"]))
    elif c == "phone":
        L.a(f"field={F['phone']} raw=\"").x(ocr_mangle(fmt_phone(p["phone"], 1), OCR_DIG), "phone").a(f"\" conf={conf} norm=\"")
        L.a("").x(fmt_phone(p["phone"], 0), "phone").a("\" e164=true")
    elif c == "age":
        L.a(f"field={F['age']} raw=\"").x(str(p["age"]), "age").a(f"\" conf={conf} cross_check=dob ok")
    elif c == "ssn":
        L.a(f"field={F['ssn']} raw=\"").x(ocr_mangle(p["ssn"], OCR_DIG, 1), "ssn").a(f"\" conf={conf} action=mask_on_store")
    else:
        L.a(f"field={F['fax']} raw=\"").x(ocr_mangle(fmt_phone(p["fax"], 2), OCR_DIG, 1), "fax").a(f"\" conf={conf} norm=\"")
        L.a("").x(fmt_phone(p["fax"], 0), "fax").a("\"")
    return L


def f_twilio(phi):
    L = Line("twilio-webhook")
    t = now()
    msid = "SM" + rhex(32)
    acct = "AC" + "5f0c3d7e9a1b2c4d6e8f0a1b2c3d4e5f"
    if not phi:
        c = R.randrange(3)
        if c == 0:
            L.a(f"{iso_ms(t)} sms-gw INFO twilio.ratelimit queue_depth={R.randint(0, 300)} sent_1m={R.randint(0, 60)} "
                f"failed_1m={R.randint(0, 3)} mps_limit=1 messaging_service=MG{rhex(32)}")
        elif c == 1:
            L.a(f"{iso_ms(t)} sms-gw INFO twilio.status sid={msid} status={R.choice(['queued', 'sent', 'delivered'])} "
                f"from={CLINIC_SMS} price=-0.00790 price_unit=USD api_version=2010-04-01")
        else:
            L.a(f"{iso_ms(t)} sms-gw DEBUG optout.sync added={R.randint(0, 5)} removed={R.randint(0, 2)} total={R.randint(80, 160)} "
                f"source=twilio_advanced_optout etag=W/\"{rhex(16)}\"")
        return L
    p = pick_patient()
    c = R.randrange(4)
    if c == 0:
        L.a(f"{iso_ms(t)} sms-gw INFO twilio.status sid={msid} status={R.choice(['delivered', 'undelivered', 'failed'])} to=")
        L.a("").x(fmt_phone(p["phone"], 0), "phone").a(f" from={CLINIC_SMS} err={R.choice(['-', '30003', '30005', '30006'])} segments={R.randint(1, 3)}")
    elif c == 1:
        L.a(f"{iso_ms(t)} sms-gw WARN twilio.rest HTTP 400 code=21610 msg=\"Attempt to send to unsubscribed recipient\" to=")
        L.a("").x(fmt_phone(p["phone"], 0), "phone").a(" patient=").x(p["mrn"], "mrn")
    else:
        body_plain = R.choice({"es": ["Si", "SI confirmo", "OK gracias"], "ht": ["Wi", "Mesi", "wi m ap vini"], "en": ["Yes", "C", "ok thanks"]}[p["lang"]])
        L.a(f"{iso_ms(t)} sms-gw INFO POST /twilio/inbound 200 form=\"ToCountry=US&ToState=FL&SmsMessageSid={msid}&NumMedia=0&ToCity=MIAMI&FromZip=")
        L.a("").x(p["zip"], "zip").a(f"&SmsSid={msid}&FromState=FL&SmsStatus=received&FromCity=").x(quote_plus(fold(p["city"]).upper()), "address")
        L.a("&Body=")
        if c == 3:
            pre, post = {"es": ("Soy+", "+cambie+mi+numero"), "ht": ("Se+", "+mwen+pap+ka+vini"), "en": ("This+is+", "+I+need+to+reschedule")}[p["lang"]]
            L.a(pre).x(quote_plus(full(p)), "name").a(post)
        else:
            L.a(quote_plus(body_plain))
        L.a(f"&FromCountry=US&To=%2B{CLINIC_SMS[1:]}&ToZip=33166&NumSegments=1&MessageSid={msid}&AccountSid={acct}&From=")
        L.a("").x(quote_plus(fmt_phone(p["phone"], 0)), "phone").a("&ApiVersion=2010-04-01\"")
    return L


def appt_date():
    return visit_day() + dt.timedelta(days=R.randint(5, 45))


def f_sms(phi):
    L = Line("sms-outbound")
    t = now()
    if not phi:
        c = R.randrange(3)
        lang = R.choice(["en", "es", "ht"])
        if c == 0:
            tpl = {"en": "Hi {{first_name}}, this is MHC Mobile Clinic. Your follow-up visit is {{appt_date}} at {{appt_time}} at {{site_name}}. Reply STOP to opt out.",
                   "es": "Hola {{first_name}}, le saluda la Clínica Móvil MHC. Su cita de seguimiento es el {{appt_date}} a las {{appt_time}} en {{site_name}}. Responda STOP para no recibir más mensajes.",
                   "ht": "Bonjou {{first_name}}, se Klinik Mobil MHC. Randevou swivi ou se {{appt_date}} a {{appt_time}} nan {{site_name}}. Reponn STOP pou kanpe mesaj yo."}[lang]
            L.a(f"{py_ts(t)} INFO sms.templates loaded id=followup_v4 lang={lang} encoding={'UCS-2' if lang == 'es' else 'GSM-7'} text=").j(tpl)
        elif c == 1:
            L.a(f"{py_ts(t)} INFO sms.campaign run=flu-recall-{visit_day().strftime('%Y%m%d')} lang={lang} recipients={(rc := R.randint(40, 300))} "
                f"sent={rc - (so := R.randint(0, 12)) - (sq := R.randint(0, 30))} skipped_optout={so} skipped_quiet_hours={sq}")
        else:
            s = R.choice(SITES)
            L.a(f"{py_ts(t)} INFO sms.broadcast lang={lang} segment=site_{s[0]} body=").j(
                {"en": f"MHC Mobile Clinic will be at {s[1]} ({s[2]}) tomorrow 9AM-2PM. Free flu shots & BP checks. Info: {CLINIC_PHONE}",
                 "es": f"La Clínica Móvil MHC estará en {s[1]} ({s[2]}) mañana de 9 a 2. Vacunas gratis. Info: {CLINIC_PHONE}",
                 "ht": f"Klinik Mobil MHC ap nan {s[1]} ({s[2]}) demen 9è-2è. Vaksen grip gratis. Enfòmasyon: {CLINIC_PHONE}"}[lang])
        return L
    p = pick_patient()
    lang = p["lang"]
    s = R.choice(SITES)
    ad = appt_date()
    hh = R.choice(["9:30", "10:00", "10:30", "11:15", "12:00", "1:30"])
    kind = R.randrange(3)
    if kind == 2 and p["age"] < 50:
        kind = 0
    L.a(f"{py_ts(t)} INFO sms.outbound lang={lang} to=").x(fmt_phone(p["phone"], 0), "phone").a(f" tpl={['followup_v4', 'result_ready_v2', 'dose2_v1'][kind]} body=\"")
    if lang == "en":
        if kind == 0:
            L.a("Hi ").x(p["first"], "name").a(", this is MHC Mobile Clinic. Your follow-up visit is ")
            L.a(f"{WD_EN[ad.weekday()]}, ").x(f"{MONTHS_EN[ad.month - 1]} {ad.day}", "date").a(f" at {hh} AM at {s[1]}. Questions? Call {CLINIC_PHONE}. Reply STOP to opt out.")
        elif kind == 1:
            L.a("Hi ").x(p["first"], "name").a(", your screening results from ").x(f"{MONTHS_EN[visit_day().month - 1]} {visit_day().day}", "date")
            L.a(" are ready. Log in at https://portal.mhc-miami.org or call " + CLINIC_PHONE + ".")
        else:
            L.a("Reminder for ").x(full(p), "name").a(": your 2nd Shingrix dose is due by ").x(d_us(ad + dt.timedelta(days=60)), "date").a(". Reply C to confirm.")
    elif lang == "es":
        if kind == 0:
            L.a("Hola ").x(p["first"], "name").a(", le saluda la Clínica Móvil MHC. Su cita de seguimiento es el ")
            L.a("").x(f"{ad.day} de {MONTHS_ES[ad.month - 1]}", "date").a(f" a las {hh} en {s[1]}. Para cambiarla llame al {CLINIC_PHONE}. Responda STOP para no recibir más mensajes.")
        elif kind == 1:
            L.a("Hola ").x(p["first"], "name").a(", sus resultados del ").x(f"{visit_day().day} de {MONTHS_ES[visit_day().month - 1]}", "date")
            L.a(" ya están listos. Llámenos al " + CLINIC_PHONE + ".")
        else:
            L.a("Sr(a). ").x(p["last"], "name").a(": su segunda dosis de Shingrix vence el ").x(ad.strftime("%d/%m/%Y"), "date").a(". Responda SI para confirmar.")
    else:
        if kind == 0:
            L.a("Bonjou ").x(p["first"], "name").a(", se Klinik Mobil MHC. Randevou swivi ou se ")
            L.a("").x(f"{ad.day} {MONTHS_HT[ad.month - 1]}", "date").a(f" a {hh} nan {s[1]}. Pou chanje, rele {CLINIC_PHONE}. Reponn STOP pou kanpe mesaj yo.")
        elif kind == 1:
            L.a("Bonjou ").x(p["first"], "name").a(", rezilta tès ou te fè ").x(f"{visit_day().day} {MONTHS_HT[visit_day().month - 1]}", "date")
            L.a(" an pare. Rele nou nan " + CLINIC_PHONE + ".")
        else:
            L.a("Bonjou ").x(full(p), "name").a(", dezyèm dòz vaksen Shingrix ou a dwe fèt anvan ").x(ad.strftime("%d/%m/%Y"), "date").a(". Reponn WI pou konfime.")
    L.a(f"\" segments={R.randint(1, 3)}")
    return L


def f_grant(phi):
    assert not phi
    L = Line("grant-export")
    t = now()
    s = R.choice(SITES)
    c = R.randrange(4)
    if c == 0:
        L.a(f"{iso_s(t)} grant-export INFO hrsa_uds report=2024-Q2 grantee=H80CS00{R.randint(100, 999)} site=MHC-{van().upper()} "
            f"zip={s[4]} unique_patients={R.randint(40, 400)} visits={R.randint(60, 700)} flu_vax={R.randint(10, 200)} "
            f"covid_vax={R.randint(0, 90)} a1c_screens={R.randint(5, 120)} bp_screens={R.randint(30, 300)} hiv_tests={R.randint(0, 60)} "
            f"age_65_plus={R.randint(10, 90)} age_90_plus={R.randint(0, 9)} lang_ht={R.randint(10, 150)} lang_es={R.randint(10, 150)} "
            f"suppressed_cells={R.randint(0, 4)}")
    elif c == 1:
        L.a(f"{iso_s(t)} grant-export DEBUG csv row: \"2024-Q2\",\"{s[1]}\",\"{s[4]}\",\"{R.choice(['Influenza', 'Zoster', 'COVID-19', 'Tdap'])}\","
            f"{R.randint(11, 200)},\"{R.choice(['<11', str(R.randint(11, 40))])}\",\"{R.uniform(5, 60):.1f}%\"")
    elif c == 2:
        o = {"report": "CDC-IIS-Equity-Grant", "award": f"NH23IP92{rdig(4)}", "periodStart": "2024-04-01", "periodEnd": "2024-06-30",
             "generatedAt": iso_s(t), "totals": {"dosesAdministered": R.randint(300, 2000), "uniquePatients": R.randint(200, 1500),
             "byLanguage": {"ht": R.randint(50, 600), "es": R.randint(50, 600), "en": R.randint(50, 600)},
             "byAgeBand": {"0-17": R.randint(10, 100), "18-64": R.randint(100, 900), "65-89": R.randint(50, 400), "90+": R.randint(0, 20)}},
             "minCellSize": 11}
        L.a("grant-export: summary ").j(o)
    else:
        L.a(f"{iso_s(t)} grant-export INFO upload ok file=MHC_UDS_2024Q2_v{R.randint(1, 4)}.xlsx bytes={R.randint(30000, 400000)} "
            f"sha256={rhex(64)} dest=sftp://ehbs-upload.example.gov/inbox contact=grants@mhc-miami.org")
    return L


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
      "Mozilla/5.0 (Linux; Android 12; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"]


def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_nginx(phi):
    L = Line("nginx-portal")
    t = now()
    if not phi:
        c = R.randrange(4)
        if c == 0:
            L.a(f"10.20.1.{R.randint(2, 40)} - - [{nginx_ts(t)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001")
        elif c == 1:
            L.a(f"10.20.1.{R.randint(2, 40)} - - [{nginx_ts(t)}] \"GET /static/js/main.{rhex(8)}.js HTTP/2.0\" 200 {R.randint(30000, 400000)} "
                f"\"https://portal.mhc-miami.org/\" \"{R.choice(UA)}\" rt=0.0{R.randint(1, 9)}")
        elif c == 2:
            L.a(f"66.249.66.{R.randint(1, 200)} - - [{nginx_ts(t)}] \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" "
                f"\"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.000")
        else:
            L.a(f"10.8.{R.randint(1, 4)}.{R.randint(10, 40)} - tab_{van()}a [{nginx_ts(t)}] \"POST /mhc_clinic/_bulk_docs HTTP/1.1\" 201 "
                f"{R.randint(200, 9000)} \"-\" \"PouchDB/8.0.1 (Android 14)\" rt={R.uniform(0.01, 0.9):.3f}")
        return L
    p = pick_patient()
    L.x(p["ip"], "ip").a(f" - - [{nginx_ts(t)}] ")
    c = R.randrange(3)
    if c == 0:
        L.a(f"\"GET /c/{b64u(6)} HTTP/2.0\" 302 0 \"-\" \"{R.choice(UA)}\" rt=0.004")
    elif c == 1:
        L.a("\"GET /api/v1/patients/").x(p["mrn"], "mrn").a(f"/immunizations?format=pdf HTTP/2.0\" 200 {R.randint(20000, 90000)} ")
        L.a("\"").x(portal_url(p), "url")
        L.a(f"\" \"{R.choice(UA)}\" rt=0.{R.randint(10, 400):03d}")
    else:
        L.a(f"\"POST /api/v1/appointments/{rhex(24)}/confirm HTTP/2.0\" 204 0 \"https://portal.mhc-miami.org/appt\" \"{R.choice(UA)}\" rt=0.0{R.randint(10, 99)}")
    return L


def f_audit(phi):
    L = Line("audit-logfmt")
    t = now()
    s = staff()
    v = van()
    if not phi:
        c = R.randrange(3)
        if c == 0:
            L.a(f"time={iso_s(t)} level=info msg=\"login ok\" actor={s[0]} actor_role={s[2]} mfa=totp src_ip={VANS[v]['ip']} device={VANS[v]['tablets'][0]} req_id={req_id()}")
        elif c == 1:
            L.a(f"time={iso_s(t)} level=warn msg=\"session expired\" actor={s[0]} idle_s={R.randint(900, 4000)} device={VANS[v]['tablets'][1]}")
        else:
            L.a(f"time={iso_s(t)} level=info msg=\"report generated\" actor=svc.grants resource=Report/uds-2024-q2 rows={R.randint(100, 800)} phi=false")
        return L
    p = pick_patient()
    c = R.randrange(3)
    if c == 0:
        L.a(f"time={iso_s(t)} level=info msg=\"record accessed\" actor={s[0]} actor_role={s[2]} action={R.choice(['read', 'update', 'print'])} resource=Patient/")
        L.x(p["mrn"], "mrn").a(f" purpose=TREAT src_ip={VANS[v]['ip']} device={VANS[v]['tablets'][0]} req_id={req_id()}")
    elif c == 1:
        L.a(f"time={iso_s(t)} level=warn msg=\"break-glass search\" actor={s[0]} query=\"name=").x(p["last"], "name")
        L.a("&birthdate=").x(d_iso(p["dob"]), "date").a(f"\" results={R.randint(1, 3)} reason=\"{R.choice(['patient unconscious', 'wrong van scope', 'duplicate check'])}\"")
    else:
        user = p["user"] or (fold(p["first"])[0] + fold(p["last"]).replace(" ", "")).lower()
        L.a(f"time={iso_s(t)} level=info msg=\"portal login\" actor=").x(user, "other_id").a(" actor_role=patient src_ip=")
        L.x(p["ip"], "ip").a(f" mfa=sms ua=\"{R.choice(UA)[:40]}\"")
    return L


def f_billing(phi):
    L = Line("billing-logback")
    t = now()
    L.a(f"{java_ts(t)} [http-nio-8080-exec-{R.randint(1, 12)}] ")
    if not phi:
        c = R.randrange(3)
        if c == 0:
            L.a(f"INFO  o.m.billing.PaymentGateway - charge ok id=ch_{b64u(24)} amount=15.00 USD card=************{rdig(4)} brand=visa")
        elif c == 1:
            L.a(f"INFO  o.m.billing.SlidingFeeService - schedule loaded year=2024 fpl_base=15060 tiers=A:100,B:150,C:200 nominal_fee=15.00")
        else:
            L.a(f"WARN  o.m.billing.ClaimExporter - 837P batch {rhex(10).upper()} rejected by clearinghouse: loop 2010BB payer id missing ({R.randint(1, 9)} claims)")
        return L
    p = pick_patient()
    c = R.randrange(3)
    if c == 0:
        L.a(f"INFO  o.m.billing.SlidingFeeService - applied tier={R.choice('ABC')} fpl_pct={R.randint(40, 210)} guarantor_acct=")
        L.x(p["guar_acct"], "account").a(" patient=").x(p["mrn"], "mrn").a(f" copay={R.choice(['0.00', '10.00', '15.00', '25.00'])} USD")
    elif c == 1:
        L.a("ERROR o.m.billing.PaymentGateway - tokenize failed, request={\"card_number\":\"").x(p["pan"], "account")
        L.a(f"\",\"exp\":\"{R.randint(1, 12):02d}/{R.randint(25, 29)}\",\"zip\":\"").x(p["zip"], "zip").a("\",\"name\":\"").x(full(p), "name")
        L.a(f"\"}} status=402 code=card_declined")
    else:
        L.a("INFO  o.m.billing.StatementJob - statement queued account=").x(p["guar_acct"], "account").a(" guarantor=\"")
        L.x(f"{fold(p['last']).upper()}, {fold(p['first']).upper()}", "name").a(f"\" balance=${R.randint(0, 90)}.00 delivery=mail")
    return L


def f_rpm(phi):
    assert phi
    L = Line("rpm-bridge")
    t = now()
    p = pick_with("devices")
    dv = p["devices"][0]
    c = R.randrange(3)
    if c == 0:
        L.a(f"{iso_ms(t)} rpm-bridge info pair.ok patient=").x(p["mrn"], "mrn").a(f" kind={dv['kind']} model=\"{dv['model']}\" sn=")
        L.x(dv["sn"], "device").a(" mac=").x(dv["mac"], "device").a(f" fw=1.{R.randint(0, 9)}.{R.randint(0, 9)} battery={R.randint(20, 100)}")
    elif c == 1:
        L.a(f"{iso_ms(t)} rpm-bridge info reading.ingested sn=").x(dv["sn"], "device").a(
            f" kind={dv['kind']} value={ {'glucometer': R.randint(80, 260), 'cgm': R.randint(70, 240), 'bp_cuff': str(R.randint(110, 175)) + '/' + str(R.randint(65, 100)), 'pulse_ox': R.randint(88, 99)}[dv['kind']] } measured_at=").x(iso_s(t - dt.timedelta(minutes=R.randint(5, 300))), "date").a(f" gateway=tab-{van()}a")
    else:
        L.a(f"{iso_ms(t)} rpm-bridge warn ble.disconnect addr=").x(dv["mac"], "device").a(f" rssi=-{R.randint(70, 99)} reason=0x13 retries={R.randint(1, 5)}")
    return L


def f_mdm(phi):
    assert not phi
    L = Line("mdm-checkin")
    t = now()
    v = van()
    i = R.randrange(2)
    tab = VANS[v]["tablets"][i]
    L.a(f"{iso_s(t)} mdm INFO checkin device={tab} model=SM-X205 serial={VANS[v]['serials'][i]} imei={TAB_IMEI[tab]} "
        f"wifi_mac=A4:{rhex(2).upper()}:{rhex(2).upper()}:{rhex(2).upper()}:{rhex(2).upper()}:{rhex(2).upper()} os=\"Android 14\" "
        f"patch=2024-05-01 battery={R.randint(10, 100)} kiosk=on app=org.mhc.tablet@3.14.{R.randint(0, 9)} ip={VANS[v]['ip']}")
    return L


def f_drivethru(phi):
    L = Line("drivethru-lpr")
    t = now()
    lane = R.randint(1, 3)
    if not phi:
        v = van()
        if R.random() < 0.5:
            L.a(f"{iso_s(t)} lane-cam lane={lane} throughput_15m={R.randint(3, 22)} avg_service_s={R.randint(120, 480)} queue={R.randint(0, 9)}")
        else:
            L.a(f"{iso_s(t)} lane-cam lane={lane} plate=\"{VANS[v]['plate']}\" state=FL conf=0.9{R.randint(0, 9)} match=fleet:{v} action=ignore")
        return L
    p = pick_with("plate")
    L.a(f"{iso_s(t)} lane-cam lane={lane} plate=\"").x(p["plate"], "vehicle").a(f"\" state=FL conf=0.{R.randint(80, 99)} ")
    if R.random() < 0.6:
        L.a("match=appt patient=").x(p["mrn"], "mrn").a(" action=greet_screen")
    else:
        L.a("match=none action=walkup_registration")
    return L


SYSLOG = [
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 systemd[1]: Started couchbackup.service - Nightly CouchDB backup to s3://mhc-backups/couch/.",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 CRON[{R.randint(1000, 90000)}]: (root) CMD (/usr/local/bin/conflict-scan --db mhc_clinic --auto)",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 kernel: [{R.randint(100000, 999999)}.{rdig(6)}] nf_conntrack: table full, dropping packet",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 certbot[{R.randint(1000, 9000)}]: Cert not yet due for renewal (portal.mhc-miami.org expires 2024-08-19)",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 chronyd[{R.randint(500, 900)}]: Selected source 10.20.0.1 (ntp.mhc.internal)",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 sshd[{R.randint(1000, 90000)}]: Accepted publickey for deploy from 10.20.0.{R.randint(2, 9)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64u(43)}",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 couchdb[{R.randint(800, 900)}]: [notice] couch_log: log level set to notice",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} van03-gw wg-quick[{R.randint(300, 900)}]: [#] ip -4 address add 10.8.3.1/24 dev wg0",
    lambda t: f"{t.strftime('%b %e %H:%M:%S')} mhc-sync-01 postfix/smtp[{R.randint(1000, 9000)}]: {rhex(10).upper()}: to=<grants@mhc-miami.org>, relay=smtp.mhc-miami.org[10.20.0.25]:587, delay=0.{R.randint(1, 9)}, status=sent (250 2.0.0 OK)",
]


def f_syslog(phi):
    assert not phi
    return Line("syslog").a(R.choice(SYSLOG)(now()))


def f_registration(phi):
    L = Line("registration-py")
    t = now()
    if not phi:
        c = R.randrange(3)
        if c == 0:
            L.a(f"{py_ts(t)} INFO registration.schema: loaded mhc-intake v3.2.{R.randint(0, 9)} (fields=64, required=11) built 2024-05-21")
        elif c == 1:
            L.a(f"{py_ts(t)} INFO registration.eligibility: clearinghouse=availity batch={rhex(12)} requests={(rq := R.randint(12, 60))} "
                f"active={rq - (ina := R.randint(0, 9)) - (er := R.randint(0, 3))} inactive={ina} errors={er} p95_ms={R.randint(300, 4000)}")
        else:
            L.a(f"{py_ts(t)} WARNING registration.dedupe: threshold=0.92 pairs_checked={R.randint(100, 2000)} flagged={R.randint(0, 8)} model=fellegi-sunter v1.4")
        return L
    c = R.randrange(10)
    if c == 8:
        p = pick_with("dl")
        L.a(f"{py_ts(t)} INFO registration.idscan: pdf417 decoded aamva=DL ver=10 DAQ=").x(p["dl"].replace("-", ""), "license")
        L.a(" DCS=").x(fold(p["last"]).upper(), "name").a(" DAC=").x(fold(p["first"]).upper(), "name").a(" DBB=").x(p["dob"].strftime("%m%d%Y"), "date")
        L.a(" DAG=").x(p["street"].upper(), "address").a(" DAI=").x(p["city"].upper(), "address").a(" DAJ=FL DAK=").x(p["zip"] + "0000", "zip")
        return L
    if c == 9:
        p = pick_patient()
        L.a(f"{py_ts(t)} DEBUG registration.photo: thumbnail for ").x(p["mrn"], "mrn").a(" src=")
        L.x("data:image/png;base64," + png_b64(R.randint(300, 600)), "photo").a(" w=96 h=96")
        return L
    if c == 0:
        p = pick_with("ssn")
        L.a(f"{py_ts(t)} WARNING registration.validators: field ssn value=").a("'").x(p["ssn"], "ssn").a("' failed checksum-less format check for patient ")
        L.x(p["mrn"], "mrn").a(" (hyphens normalized)")
    elif c == 1:
        p = pick_with("medicaid")
        L.a(f"{py_ts(t)} INFO registration.eligibility: 270/271 medicaid_id=").x(p["medicaid"], "health_plan").a(" dob=").x(d_hl7(p["dob"]), "date")
        L.a(f" result=ACTIVE plan=\"{p['plan'][0]}\" group=FLMCD{rdig(3)} trace={rhex(16)}")
    elif c == 2:
        p = pick_with("mbi")
        L.a(f"{py_ts(t)} INFO registration.eligibility: medicare mbi=").x(p["mbi"], "health_plan").a(" part_a=active part_b=active age=")
        if p["age"] > 89:
            L.x(str(p["age"]), "age")
        else:
            L.a(str(p["age"]))
    elif c == 3:
        p = pick_with("dl")
        L.a(f"{py_ts(t)} DEBUG registration.idscan: doc_type=FL_DL number=").x(p["dl"], "license").a(" name=\"")
        L.x(f"{fold(p['last']).upper()}, {fold(p['first']).upper()}", "name").a("\" dob=").x(d_us(p["dob"]), "date").a(" address_match=true")
    elif c == 4:
        p = pick_with("foreign")
        L.a(f"{py_ts(t)} INFO registration.idscan: doc_type={p['foreign'][0]} value=").x(p["foreign"][1], "other_id")
        L.a(" holder=").x(full(p), "name").a(f" country={'MX' if p['foreign'][0] == 'CURP' else 'HT'} verified=manual by={staff()[0]}")
    elif c == 5:
        p = pick_patient()
        L.a(f"{py_ts(t)} INFO registration.biometric: enrolled finger=L_THUMB quality={R.randint(40, 99)} patient=").x(p["mrn"], "mrn")
        L.a(" template=").x(fmr_b64(R.randint(150, 300)), "biometric")
    elif c == 6:
        p = pick_patient()
        L.a(f"{py_ts(t)} INFO registration.face: dedupe embedding stored patient=").x(p["mrn"], "mrn")
        L.a(" vec_b64=").x(face_b64(R.choice([256, 512])), "biometric").a(f" model=arcface-r50 thr=0.41")
    else:
        p = pick_with("member")
        L.a(f"{py_ts(t)} INFO registration.eligibility: payer=\"{p['plan'][0]}\" member_id=").x(p["member"], "health_plan")
        L.a(f" group={rdig(6)} subscriber=self dob=").x(d_iso(p["dob"]), "date").a(" result=ACTIVE")
    return L


def f_fax(phi):
    L = Line("fax-out")
    t = now()
    prov = R.choice(PROVIDERS_FAX)
    job = f"FX-{visit_day().strftime('%Y%m%d')}-{R.randint(1, 999):04d}"
    if not phi:
        if R.random() < 0.5:
            L.a(f"{iso_s(t)} fax-out INFO job={job} to={prov[1]} ({prov[0]}) status=delivered pages={R.randint(1, 6)} "
                f"duration_s={R.randint(30, 200)} remote_csid=\"{fold(prov[0]).upper()[:20]}\" provider=srfax")
        else:
            L.a(f"{iso_s(t)} fax-out WARN job={job} to={prov[1]} status=busy attempt={R.randint(1, 3)}/3 retry_in=300s")
        return L
    p = pick_patient()
    reason = R.choice(["BP referral", "A1c follow-up", "positive PHQ-9", "immunization record"])
    L.a(f"{iso_s(t)} fax-out INFO job={job} to={prov[1]} ({prov[0]}) pages={R.randint(2, 6)} status=queued cover=\"Re: ")
    L.x(fold(p["last"]).upper(), "name").a(", ").x(fold(p["first"]).upper(), "name").a(" DOB ").x(d_us(p["dob"]), "date")
    L.a(" MRN ").x(p["mrn"], "mrn").a(f" - {reason}, seen ").x(d_us(visit_day()), "date").a(f" by {staff()[1]}\"")
    return L


def f_email(phi):
    L = Line("email-notify")
    t = now()
    if not phi:
        c = R.randrange(2)
        if c == 0:
            o = {"event": "processed", "timestamp": epoch_ms(t) // 1000, "email": "grants@mhc-miami.org", "from": "noreply@mhc-miami.org",
                 "sg_message_id": f"{b64u(22)}.filterdrecv-{rhex(6)}-{rhex(5)}", "category": ["internal", "report"]}
        else:
            o = {"event": "bounce", "timestamp": epoch_ms(t) // 1000, "email": "it-alerts@mhc-miami.org", "from": "noreply@mhc-miami.org",
                 "reason": "550 5.1.1 mailbox full", "status": "5.1.1", "type": "blocked", "sg_message_id": f"{b64u(22)}.filterdrecv-{rhex(6)}"}
        return L.a("sendgrid-webhook ").j(o)
    p = pick_with("email")
    c = R.randrange(3)
    if c == 0:
        o = {"event": R.choice(["delivered", "open", "click"]), "timestamp": epoch_ms(t) // 1000, "email": P(p["email"], "email"),
             "from": "noreply@mhc-miami.org", "template_id": "d-" + rhex(32), "patient_ref": P(p["mrn"], "mrn"),
             "sg_message_id": f"{b64u(22)}.filterdrecv-{rhex(6)}"}
        L.a("sendgrid-webhook ").j(o)
    elif c == 1:
        o = {"event": "click", "timestamp": epoch_ms(t) // 1000, "email": P(p["email"], "email"), "ip": P(p["ip"], "ip"),
             "url": P(portal_url(p), "url"),
             "useragent": R.choice(UA), "sg_message_id": f"{b64u(22)}.filterdrecv-{rhex(6)}"}
        L.a("sendgrid-webhook ").j(o)
    else:
        L.a(f"{py_ts(t)} INFO notify.email: sent vaccine card to ").x(p["email"], "email").a(" for ").x(full(p), "name")
        L.a(f" via smtp.sendgrid.net:587 message_id=<{rhex(16)}@mhc-miami.org>")
    return L


FAMILIES = {
    # name: (fn, weight_phi, weight_nonphi)
    "couchdb-chttpd": (f_chttpd, 7, 18),
    "couchdb-replicator": (f_replicator, 6, 13),
    "couchdb-scheduler-json": (f_scheduler_json, 0, 6),
    "rn-logcat": (f_logcat, 8, 13),
    "pino-tablet": (f_pino, 7, 11),
    "conflict-resolver": (f_conflict, 16, 9),
    "gps-telematics": (f_gps, 0, 19),
    "route-planner": (f_route, 7, 4),
    "hl7-vxu": (f_hl7, 11, 7),
    "screening-winston": (f_screening, 12, 8),
    "ocr-intake": (f_ocr, 16, 10),
    "twilio-webhook": (f_twilio, 9, 8),
    "sms-outbound": (f_sms, 15, 9),
    "grant-export": (f_grant, 0, 14),
    "nginx-portal": (f_nginx, 7, 11),
    "audit-logfmt": (f_audit, 7, 8),
    "billing-logback": (f_billing, 6, 6),
    "rpm-bridge": (f_rpm, 6, 0),
    "mdm-checkin": (f_mdm, 0, 7),
    "drivethru-lpr": (f_drivethru, 7, 4),
    "syslog": (f_syslog, 0, 12),
    "registration-py": (f_registration, 14, 5),
    "fax-out": (f_fax, 5, 5),
    "email-notify": (f_email, 6, 5),
}


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    names = list(FAMILIES)
    out_lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        tick()
        w = [FAMILIES[n][1] if phi else FAMILIES[n][2] for n in names]
        fam = R.choices(names, weights=w)[0]
        L = FAMILIES[fam][0](phi)
        assert L.fam == fam, (L.fam, fam)
        raw, spans = L.build()
        assert bool(spans) == phi, (fam, phi, raw)
        out_lines.append(raw)
        labels.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
