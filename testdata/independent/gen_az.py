#!/usr/bin/env python3
"""Synthetic labeled PHI test corpus: hospital facilities & physical security logs.

Standard library only, fixed seed, deterministic output:
  az.log           500 lines
  az.labels.jsonl  one JSON object per line that carries PHI
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 7355608
CID = "az"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # lines with no PHI at all

R = random.Random(SEED)


# ---------------------------------------------------------------- builder
class B:
    """Assemble a line from pieces, recording byte offsets of PHI values."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, x):
        assert isinstance(x, str), x
        self.parts.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def v(self, x, cat):
        x = str(x)
        if cat is None:
            return self.t(x)
        assert cat in CATS, cat
        nb = len(x.encode("utf-8"))
        assert nb > 0
        self.spans.append((self.n, self.n + nb, cat, x))
        return self.t(x)

    def text(self):
        return "".join(self.parts)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


class P:
    """A PHI value inside a structured (JSON) object."""

    def __init__(self, v, c):
        self.v, self.c = v, c


class Seg:
    """A string value made of several segments, some PHI."""

    def __init__(self, *parts):
        self.parts = parts  # (text, cat|None)


def jw(b, o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(cs)
            b.t(json.dumps(k, ensure_ascii=False) + ks)
            jw(b, v, sp)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(cs)
            jw(b, v, sp)
        b.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            e = json.dumps(o.v, ensure_ascii=False)
            b.t('"').v(e[1:-1], o.c).t('"')
        else:
            b.v(json.dumps(o.v), o.c)
    elif isinstance(o, Seg):
        b.t('"')
        for x, c in o.parts:
            b.v(json.dumps(x, ensure_ascii=False)[1:-1], c)
        b.t('"')
    else:
        b.t(json.dumps(o, ensure_ascii=False))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cef_esc(s):
    return s.replace("\\", "\\\\").replace("=", "\\=")


def sd_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def csv_field(s):
    if any(c in s for c in ',"'):
        return '"' + s.replace('"', '""') + '"'
    return s


# ---------------------------------------------------------------- pools
FIRST = ["Hope", "Amara", "Hiroshi", "Guadalupe", "Oluwaseun", "Siobhan", "Dmitri", "Priya",
         "Fatima", "Björn", "José", "Wei", "Aroha", "Kwame", "Ingrid", "Mateo", "Zeynep",
         "Rahul", "Joy", "Grace", "Will", "Rose", "Dawn", "Hunter", "Sterling", "Summer",
         "Eleanor", "Agnieszka", "Thanh", "Nkechi", "Lars", "Yusuf", "Mercedes", "Bao",
         "Keanu", "Chidi", "Saoirse", "Tomás", "Anh", "Esperanza", "Malik", "Ayesha", "Ravi",
         "Mei-Ling", "Frank", "Pearl", "Ruby", "Sunny", "Faith", "Chance", "Miles", "Carmen",
         "Jae-won", "Olamide", "Bernadette", "Ezekiel", "Marisol", "Teodora", "August", "Lupe"]
LAST = ["Rivers", "Okafor", "Tanaka", "Castillo", "Adeyemi", "O'Brien", "Volkov",
        "Raghunathan", "Haddad", "Lindqvist", "García", "Zhang", "Ngata", "Mensah",
        "Kowalczyk", "Whitfield", "Begay", "Nguyen", "Park", "Baker", "Little", "Mendoza",
        "Sørensen", "Al-Masri", "Fitzgerald", "Papadopoulos", "Mwangi", "Kealoha", "Singh",
        "Rossi", "Müller", "Young", "King", "Bishop", "Price", "Long", "Marsh", "Street",
        "Hernández", "Yilmaz", "Dubois", "Cohen", "Friday", "Moon", "Stone", "Brooks", "Fox",
        "Chowdhury", "Ivanova", "Takahashi", "Delacroix", "Oyelaran", "Wójcik", "Van der Berg"]
STREET_NAMES = ["Larkspur", "Pembroke", "Old Mill", "Juniper", "Wexford", "Sycamore", "Calloway",
                "Briarcliff", "Tamarind", "Kettering", "Meadowlark", "Hollis", "Quarry", "Ashland",
                "Beacon", "Marigold", "Fenwick", "Orchard Hill", "Cobblestone", "Linden"]
STREET_SFX = ["Ln", "Ave", "St", "Rd", "Dr", "Ct", "Blvd", "Way", "Pl", "Terrace", "Lane",
              "Street", "Avenue"]
CITIES = [("Bellmont", "Tillman County", "MO", "631"), ("Harlow Springs", "Ashby County", "MO", "630"),
          ("East Carver", "Marion County", "IL", "622"), ("Pinecrest Heights", "Dunmore County", "IL", "604"),
          ("Riverton", "Calloway County", "TX", "750"), ("Oak Hollow", "Bexley County", "TX", "782"),
          ("Fairhaven", "Wexford County", "OH", "441"), ("Glenwood Park", "Haller County", "OH", "452"),
          ("Cedar Bluff", "Tamsin County", "CA", "956"), ("Lakeview Terrace", "Orlan County", "CA", "913"),
          ("Northfield", "Pender County", "NC", "275"), ("Maple Grove", "Kittredge County", "MN", "553"),
          ("Sound View", "Skagit Falls County", "WA", "982")]
AAMVA_IIN = {"MO": "636030", "IL": "636035", "TX": "636015", "OH": "636023", "CA": "636014",
             "NC": "636004", "MN": "636038", "WA": "636045"}
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com",
                "aol.com", "comcast.net", "att.net"]
PHONE_OUIS = ["F0:18:98", "A4:83:E7", "3C:22:FB", "8C:F5:A3", "BC:D0:74", "28:6A:BA", "F8:FF:C2",
              "60:F2:62", "A8:5B:78", "D0:C5:F3", "94:E9:79"]
INFRA_OUIS = ["00:0B:86", "F0:9F:C2", "70:DB:98", "00:1B:17", "E0:CB:BC", "D4:E8:80"]
STAFF = ["Ofc. D. Kaminski", "Sgt. L. Ferreira", "Ofc. T. Nguyen", "Ofc. M. Abernathy",
         "Lt. S. Okoro", "Ofc. J. Marsh", "Ofc. R. Whitcomb"]
CLIN = ["Dr. Alvarez", "Tessa Holm, RN", "Dr. Priya Raman", "J. Whitcomb, MD", "K. Baptiste, RN",
        "Dr. Hollis Grant"]
RELS = ["daughter", "son", "wife", "husband", "mother", "father", "grandson", "niece", "partner",
        "brother", "sister", "friend"]
UNITS = ["4 EAST", "5W", "ICU-2", "L&D", "NICU", "ED", "6N Oncology", "3S Ortho", "PEDS-7",
         "Tower B 4E"]
SERVER_IPS = ["52.86.14.203", "20.42.65.91", "34.117.59.81", "13.107.42.14", "151.101.1.69",
              "18.205.93.2", "104.18.32.7"]
KIOSKS = ["KIOSK-TWR-A-02", "KIOSK-ED-01", "KIOSK-WOMENS-03", "KIOSK-PEDS-01", "KIOSK-TWR-B-05"]
CAR_MM = [("Toyota", "RAV4"), ("Honda", "Civic"), ("Ford", "F-150"), ("Subaru", "Outback"),
          ("Chevrolet", "Equinox"), ("Tesla", "Model Y"), ("Hyundai", "Tucson"), ("Nissan", "Rogue"),
          ("Kia", "Sorento"), ("Jeep", "Wrangler"), ("BMW", "X3"), ("Volkswagen", "Jetta")]
COLORS = ["Silver", "Black", "White", "Gray", "Blue", "Red", "Maroon", "Green", "Tan"]
TODAY = dt.date(2024, 3, 14)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def luhn_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_number(r):
    kind = r.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + str(r.randint(10000, 99999)), 16
    elif kind == "mc":
        pre, ln = "5" + str(r.randint(1, 5)) + str(r.randint(1000, 9999)), 16
    elif kind == "amex":
        pre, ln = r.choice(["34", "37"]) + str(r.randint(1000, 9999)), 15
    else:
        pre, ln = "6011" + str(r.randint(10, 99)), 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
         "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
         "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def make_vin(r):
    wmi = r.choice(["1HG", "2T3", "5YJ", "1FT", "JTD", "WBA", "3VW", "KM8", "1C4", "4S4", "5N1"])
    vds = "".join(r.choice(VIN_CH) for _ in range(5))
    yr = r.choice("FGHJKLMNPR")
    plant = r.choice(VIN_CH)
    serial = "".join(str(r.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + yr + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def make_plate(r):
    L = lambda: r.choice(PL)
    D = lambda: str(r.randint(0, 9))
    k = r.randint(0, 5)
    if k == 0:
        return D() + L() + L() + L() + D() + D() + D()
    if k == 1:
        return L() + L() + L() + D() + D() + D() + D()
    if k == 2:
        return L() + L() + L() + "-" + D() + D() + D() + D()
    if k == 3:
        return L() + L() + D() + " " + L() + D() + L()
    if k == 4:
        return L() + L() + L() + " " + D() + D() + D()
    return D() + L() + L() + " " + L() + D() + D()


def make_dl(r, st):
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if st == "MO":
        return r.choice(PL) + d(9)
    if st == "IL":
        return r.choice(PL) + d(11)
    if st == "TX":
        return d(8)
    if st == "CA":
        return r.choice(PL) + d(7)
    if st == "OH":
        return r.choice(PL) + r.choice(PL) + d(6)
    if st == "NC":
        return d(10)
    if st == "MN":
        return r.choice(PL) + d(12)
    return "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))


def make_phone(r):
    while True:
        a = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"
        e = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if a[1:] != "11" and e[1:] != "11" and a not in ("800", "822", "833", "844", "855", "866", "877", "888", "555"):
            return a + e + f"{r.randint(0, 9999):04d}"


def fphone(d, style):
    a, e, n = d[:3], d[3:6], d[6:]
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", d, f"{a}.{e}.{n}",
            f"+1{d}", f"1-{a}-{e}-{n}", f"+1-{a}-{e}-{n}"][style]


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(r):
    A = lambda: r.choice(MBI_A)
    N = lambda: str(r.randint(0, 9))
    AN = lambda: r.choice(MBI_A + "0123456789")
    return str(r.randint(1, 9)) + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()


def make_mac(r, phone=True):
    if phone and r.random() < 0.35:
        first = r.randint(0, 63) * 4 + 2  # locally administered (randomized private MAC)
        rest = [first] + [r.randint(0, 255) for _ in range(5)]
        return ":".join(f"{x:02X}" for x in rest)
    oui = r.choice(PHONE_OUIS if phone else INFRA_OUIS)
    return oui + ":" + ":".join(f"{r.randint(0, 255):02X}" for _ in range(3))


def fmac(m, style):
    h = m.replace(":", "")
    return [m.lower(), m.upper(), m.upper().replace(":", "-"),
            f"{h[0:4]}.{h[4:8]}.{h[8:12]}".lower(), h.lower(), h.upper(),
            m.lower().replace(":", "-")][style]


def make_imei(r):
    body = r.choice(["35328911", "35875610", "01326300", "35391110", "35467211"]) + \
        "".join(str(r.randint(0, 9)) for _ in range(6))
    return body + luhn_check(body)


def public_ip(r):
    return f"{r.choice([24, 47, 50, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184, 208])}." \
           f"{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def dfmt(d, style):
    M = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%Y"),
            d.strftime("%Y%m%d"), f"{d.month}/{d.day}/{d.year}", d.strftime("%b %d, %Y"),
            f"{d.day:02d}-{M[d.month - 1]}-{d.year}", d.strftime("%d/%m/%Y")][style]


class Person:
    pass


def age_on(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def make_person(r, old=False):
    p = Person()
    p.first = r.choice(FIRST)
    p.last = r.choice(LAST)
    if old:
        p.dob = dt.date(r.randint(1921, 1933), r.randint(1, 12), r.randint(1, 28))
    else:
        p.dob = dt.date(r.randint(1936, 2005), r.randint(1, 12), r.randint(1, 28))
    p.age = age_on(p.dob)
    p.phone = make_phone(r)
    p.phone2 = make_phone(r)
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    p.email = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}",
                        f"{f}_{l}{p.dob.year % 100:02d}", f"{l}.{f}"]) + "@" + r.choice(MAIL_DOMAINS)
    p.city, p.county, p.state, z3 = r.choice(CITIES)
    p.zip = z3 + f"{r.randint(1, 99):02d}"
    p.zip4 = f"{r.randint(1, 9999):04d}"
    apt = r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(100, 999)}",
                    f" #{r.randint(2, 30)}"])
    p.street = f"{r.randint(10, 9899)} {r.choice(['', '', 'N ', 'W ', 'S ', 'E '])}{r.choice(STREET_NAMES)} " \
               f"{r.choice(STREET_SFX)}{apt}"
    p.mrn = r.randint(100000, 9999999)
    p.ssn = make_ssn(r)
    p.dl = make_dl(r, p.state)
    p.plate = make_plate(r)
    p.vin = make_vin(r)
    p.car = r.choice(CAR_MM)
    p.color = r.choice(COLORS)
    p.mac = make_mac(r)
    p.imei = make_imei(r)
    p.mbi = make_mbi(r)
    p.medicaid = r.choice([f"{r.choice(PL)}{r.choice(PL)}{r.randint(10000000, 99999999)}",
                           f"{r.randint(100000000, 999999999)}{r.choice(PL)}",
                           f"M{r.randint(1000000000, 9999999999)}"])
    p.member = r.choice([f"{r.choice(PL)}{r.choice(PL)}{r.choice(PL)}{r.randint(100000000, 999999999)}",
                         f"W{r.randint(100000000, 999999999)}"])
    p.acct = r.randint(4000000000, 4099999999)
    p.card = card_number(r)
    p.ip = public_ip(r)
    p.vid = r.randint(10000, 9999999)
    p.subj = r.randint(1000, 99999)
    p.device_name = r.choice(["iPhone", "iPad", "Galaxy-S23", "Pixel-8"])
    return p


PEOPLE = [make_person(R) for _ in range(90)] + [make_person(R, old=True) for _ in range(14)]
OLD = PEOPLE[90:]


def pp(r, old=False):
    return r.choice(OLD) if old else r.choice(PEOPLE)


def pp2(r, old=False):
    """A visitor/relative and a (possibly old) patient who are different people with different names."""
    a = pp(r)
    while True:
        b = pp(r, old)
        if b is not a and b.first != a.first and b.last != a.last:
            return a, b


def pname(b, p, r, style=None, upper=None):
    """Write a person's name as one span in one of several styles."""
    if style is None:
        style = r.randint(0, 4)
    if style == 0:
        s = f"{p.first} {p.last}"
    elif style == 1:
        s = f"{p.last}, {p.first}"
    elif style == 2:
        s = f"{p.last.upper()}, {p.first.upper()}"
    elif style == 3:
        s = f"{p.first[0]}. {p.last}"
    else:
        s = f"{p.last.upper()},{p.first.upper()}"
    return b.v(s, "name")


def name_str(p, r):
    return r.choice([f"{p.first} {p.last}", f"{p.last}, {p.first}", f"{p.last.upper()}, {p.first.upper()}",
                     f"{p.first} {p.last}"])


def image_b64(r, n=360):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + bytes(r.randint(0, 255) for _ in range(n)) + b"\xff\xd9"
    return base64.b64encode(raw).decode()


def template_b64(r, n=256):
    return base64.b64encode(bytes(r.randint(0, 255) for _ in range(n))).decode()


# ---------------------------------------------------------------- timestamps
def t_iso_z(ts, r):
    u = ts + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z"


def t_iso_off(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S-05:00")


def t_bsd(ts):
    return f"{ts.strftime('%b')} {ts.day:>2} {ts.strftime('%H:%M:%S')}"


def epoch(ts):
    """Local (UTC-5) naive datetime -> Unix seconds, independent of the host's timezone."""
    return int((ts - dt.datetime(1970, 1, 1)).total_seconds()) + 5 * 3600


# ================================================================ families
def fam_visitor_kiosk(r, ts, phi):
    b = B()
    iso = t_iso_off(ts)
    if not phi:
        c = r.randint(0, 2)
        if c == 0:
            o = {"event": "kiosk.heartbeat", "ts": iso, "kiosk": r.choice(KIOSKS), "fw": "4.12.3",
                 "uptime_s": r.randint(10000, 999999),
                 "printer": {"model": "DYMO LabelWriter 550", "status": "ok", "labelsRemaining": r.randint(50, 600)},
                 "requestId": uid(r)}
        elif c == 1:
            o = {"event": "visitor.sync_completed", "ts": iso, "site": "MAIN-CAMPUS",
                 "records": r.randint(10000, 99999), "durationMs": r.randint(200, 9000), "region": "us-east-2",
                 "etag": hexs(r, 32)}
        else:
            o = {"event": "badge.template_updated", "ts": iso,
                 "template": r.choice(["ICU-RED", "PEDS-BLUE", "GENERAL", "AFTER-HOURS"]),
                 "version": f"{r.randint(1, 9)}.{r.randint(0, 20)}", "updatedBy": "svc_vms_admin",
                 "ticket": f"CHG{r.randint(1000000, 9999999)}"}
        jw(b, o)
        return b
    v, p = pp2(r)
    K = r.choice([
        dict(vid="visitorId", first="firstName", last="lastName", phone="mobile", email="email", dob="dob",
             dl="number", pt="patientName", mrn="mrn", rel="relationship"),
        dict(vid="visitor_id", first="first_name", last="last_name", phone="phone_number",
             email="email_address", dob="date_of_birth", dl="id_number", pt="patient_name",
             mrn="patient_mrn", rel="relation"),
        dict(vid="id_visitante", first="nombre", last="apellido", phone="telefono", email="correo",
             dob="fecha_nacimiento", dl="numero_licencia", pt="paciente", mrn="num_expediente",
             rel="parentesco"),
        dict(vid="VisitorID", first="FirstName", last="LastName", phone="CellPhone", email="EmailAddr",
             dob="DOB", dl="DocNumber", pt="PatientVisited", mrn="PatientMRN", rel="Relationship"),
    ])
    vis = {K["vid"]: P(f"VIS-{v.vid:08d}", "other_id")}
    if r.random() < 0.5:
        vis[K["first"]] = P(v.first, "name")
        vis[K["last"]] = P(v.last, "name")
    else:
        vis["displayName"] = P(f"{v.first} {v.last}", "name")
    if r.random() < 0.7:
        vis[K["phone"]] = P(fphone(v.phone, r.randint(0, 7)), "phone")
    if r.random() < 0.5:
        vis[K["email"]] = P(v.email, "email")
    if r.random() < 0.6:
        vis["idScan"] = {"type": "DL", "state": v.state, K["dl"]: P(v.dl, "license"),
                         K["dob"]: P(dfmt(v.dob, r.choice([0, 1, 3])), "date")}
    if r.random() < 0.25:
        vis["photo"] = P("data:image/jpeg;base64," + image_b64(r, 240), "photo")
    visiting = {K["pt"]: P(name_str(p, r), "name"), "unit": r.choice(UNITS), "room": str(r.randint(1100, 7450))}
    if r.random() < 0.6:
        visiting[K["mrn"]] = P(r.choice([f"{p.mrn:08d}", f"MRN{p.mrn:08d}", f"E{p.mrn}"]), "mrn")
    visiting[K["rel"]] = r.choice(RELS)
    o = {"event": r.choice(["visitor.checked_in", "visitor.pre_registered", "visitor.badge_printed"]),
         "ts": iso, "kiosk": r.choice(KIOSKS), "visitor": vis, "visiting": visiting,
         "badge": {"template": r.choice(["ICU-RED", "GENERAL", "PEDS-BLUE"]),
                   "expires": (ts.replace(hour=21, minute=0, second=0)).strftime("%Y-%m-%dT%H:%M:%S-05:00")},
         "screening": {"fever": False, "respiratorySymptoms": False}, "requestId": uid(r)}
    if r.random() < 0.3:
        o["badgeUrl"] = P(f"https://visit.stmarkhealth.example/v/VIS-{v.vid:08d}/badge.pdf", "url")
    jw(b, o)
    return b


def fam_aamva(r, ts, phi):
    b = B()
    b.t(ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{r.randint(0, 999):03d} ")
    if not phi:
        b.t(r.choice([
            f"WARN  [IdScanSvc-{r.randint(1, 9)}] PDF417 decode failed: no symbol found (frames=12, exposure=8ms, glare=0.{r.randint(10, 99)}) kiosk={r.choice(KIOSKS)}",
            f"INFO  [IdScanSvc-{r.randint(1, 9)}] scanner attached vid=0x0C2E pid=0x0B87 serial=HON{r.randint(10000000, 99999999)} fw=CB000{r.randint(100, 999)}BAA",
            f"DEBUG [IdScanSvc-{r.randint(1, 9)}] parser jurisdiction table reloaded: 67 entries, version 2023.11.02, sha1={hexs(r, 40)}",
        ]))
        return b
    p = pp(r, old=r.random() < 0.2)
    st = p.state
    lvl = r.choice(["DEBUG", "TRACE"])
    b.t(f"{lvl} [IdScanSvc-{r.randint(1, 9)}] PDF417 decoded len={r.randint(240, 420)} raw=\"@\\n\\x1e\\rANSI {AAMVA_IIN[st]}090102DL00410{r.randint(200, 299)}ZM0{r.randint(300, 399)}0012DLDAQ")
    b.v(p.dl, "license")
    iss = dt.date(r.randint(2017, 2023), p.dob.month, p.dob.day)
    exp = dt.date(iss.year + r.choice([4, 6, 8]), p.dob.month, p.dob.day)
    b.t("\\nDCS").v(p.last.upper(), "name")
    b.t("\\nDAC").v(p.first.upper(), "name")
    b.t("\\nDADNONE\\nDBD").v(iss.strftime("%m%d%Y"), "date")
    b.t("\\nDBB").v(p.dob.strftime("%m%d%Y"), "date")
    b.t("\\nDBA").v(exp.strftime("%m%d%Y"), "date")
    b.t(f"\\nDBC{r.randint(1, 2)}\\nDAYBRO\\nDAU0{r.randint(60, 75)} IN\\nDAG")
    b.v(p.street.upper(), "address")
    b.t("\\nDAI").v(p.city.upper(), "address")
    b.t(f"\\nDAJ{st}\\nDAK").v(p.zip + p.zip4, "zip")
    b.t(f"\\nDCF{r.randint(10**11, 10**12 - 1)}\\nDCGUSA\\nDDEN\\nDDFN\\nDDGN\\r\" kiosk={r.choice(KIOSKS)}")
    if p.age > 89 and r.random() < 0.7:
        b.t(" derived_age=").v(str(p.age), "age")
    else:
        b.t(f" derived_age={p.age}")
    return b


def fam_rfc5424_visitor(r, ts, phi):
    b = B()
    host = r.choice(["vms-lobby-01.stmark.local", "vms-ed-02.stmark.local", "vms-womens-01.stmark.local"])
    b.t(f"<134>1 {t_iso_z(ts, r)} {host} VisitorTrack {r.randint(1000, 9999)} ")
    if not phi:
        b.t(r.choice(["PRNQ", "SYNC", "HBT"]) + f' [meta sequenceId="{r.randint(10000, 999999)}" sysUpTime="{r.randint(100000, 9999999)}"]'
            f' [origin ip="10.12.{r.randint(1, 40)}.{r.randint(2, 250)}" software="VisitorTrack" swVersion="7.3.{r.randint(0, 30)}"] '
            + r.choice(["Printer queue drained", "Watchlist delta applied (3 adds, 1 remove)",
                        "Heartbeat OK", "Badge stock below threshold (48 remaining)"]))
        return b
    v, p = pp2(r, old=r.random() < 0.15)
    kv = r.choice([("visitorName", "patient", "rel"), ("vname", "pt", "relationship"),
                   ("visitor", "patientVisited", "relation")])
    msgid, msg = r.choice([("VCHKIN", "Visitor pass printed"), ("VCHKOUT", "Visitor signed out"),
                           ("VDENY", "Visit denied: unit at visitor capacity")])
    b.t(msgid + " [visit@47450 " + kv[0] + '="')
    b.v(sd_esc(f"{v.first} {v.last}"), "name")
    b.t(f'" {kv[1]}="').v(sd_esc(f"{p.last.upper()}, {p.first.upper()}"), "name")
    b.t(f'" {kv[2]}="{r.choice(RELS)}" room="{r.randint(1100, 7450)}" unit="{r.choice(UNITS)}"')
    if r.random() < 0.5:
        b.t(' phone="').v(fphone(v.phone, r.randint(0, 7)), "phone").t('"')
    if r.random() < 0.4:
        b.t(' mrn="').v(f"{p.mrn:08d}", "mrn").t('"')
    b.t(f'] [meta sequenceId="{r.randint(10000, 999999)}"] ')
    b.t(msg)
    return b


def fam_lpr_cef(r, ts, phi):
    b = B()
    b.t(f"{t_bsd(ts)} lpr-gw01 ")
    cam = r.choice(["cam-garageB-entry-02", "cam-garageA-exit-01", "cam-ed-dropoff-01", "cam-surface-lot-c"])
    if not phi:
        sig, nm, ext = r.choice([
            ("CAM_HEALTH", "Camera health", f"cs1Label=status cs1=OFFLINE cn1Label=lastSeenSec cn1={r.randint(60, 9000)}"),
            ("LPR_NOREAD", "Plate not read", f"cn1Label=confidence cn1={r.randint(5, 40)} cs1Label=reason cs1=occluded"),
            ("GATE_FAULT", "Gate arm fault", f"cs1Label=controller cs1=AMANO-{r.randint(100, 999)} cn1Label=errCode cn1={r.randint(1000, 9999)}"),
        ])
        b.t(f"CEF:0|Vigilant|LPR Gateway|5.2.{r.randint(0, 9)}|{sig}|{nm}|{r.randint(1, 6)}|rt={ts.strftime('%b %d %Y %H:%M:%S')} "
            f"dvchost={cam} dvc=10.50.{r.randint(1, 30)}.{r.randint(2, 250)} {ext} externalId={r.randint(10000000, 99999999)}")
        return b
    p = pp(r)
    b.t(f"CEF:0|Vigilant|LPR Gateway|5.2.{r.randint(0, 9)}|LPR_READ|Plate Read|3|rt={ts.strftime('%b %d %Y %H:%M:%S')} "
        f"dvchost={cam} dvc=10.50.{r.randint(1, 30)}.{r.randint(2, 250)} cs1Label=plate cs1=")
    b.v(cef_esc(p.plate), "vehicle")
    b.t(f" cs2Label=region cs2={p.state} cn1Label=confidence cn1={r.randint(80, 99)} cs3Label=lane cs3=Entry-{r.randint(1, 4)}")
    if r.random() < 0.4:
        b.t(" cs4Label=validation cs4=PATIENT suser=").v(cef_esc(f"{p.first} {p.last}"), "name")
    if r.random() < 0.25:
        b.t(" cs5Label=acct cs5=").v(f"{p.acct}", "account")
    b.t(f" act=gate_open externalId={r.randint(10000000, 99999999)} fileHash={hexs(r, 40)}")
    return b


def fam_genetec(r, ts, phi):
    b = B()
    b.t(ts.strftime("%d/%m/%Y %H:%M:%S") + " | AutoVu | ")
    unit = r.choice(["Sharp-P3-Exit", "Sharp-GarageB-L1", "Sharp-ED-Lane", "SharpV-Surface-C"])
    if not phi:
        b.t(r.choice([
            f"Unit connected | Unit: {unit} | Firmware: 13.{r.randint(0, 5)}.{r.randint(100, 999)} | Server: GSC-ARCH-01",
            f"Read discarded | Unit: {unit} | Confidence: {r.randint(20, 55)}% | Reason: below threshold",
            f"Hotlist updated | List: Patient Long-Term Permit | Entries: {r.randint(100, 999)} | Duration: {r.randint(1, 9)}.{r.randint(0, 9)}s",
        ]))
        return b
    p = pp(r)
    b.t(r.choice(["Hit", "Permit hit", "Read"]) + ' | Rule: "' + r.choice(["Patient Long-Term Permit", "Family Parking Validation", "Trespass Hotlist"]) + '" | Plate: ')
    b.v(p.plate, "vehicle").t(f" ({p.state}) | Unit: {unit}")
    if r.random() < 0.7:
        b.t(" | Permit holder: ")
        pname(b, p, r, style=r.choice([1, 2]))
    if r.random() < 0.3:
        b.t(" | Contact: ").v(fphone(p.phone, r.randint(0, 7)), "phone")
    b.t(f" | Validation: PV-2024-{r.randint(1000, 99999):05d}")
    return b


def fam_garage_csv(r, ts, phi):
    b = B()
    tk = f"TKT-{r.randint(100000, 9999999):07d}"
    b.t(ts.strftime("%Y-%m-%d %H:%M:%S") + "," + r.choice(["GarageA", "GarageB", "SurfaceC"]) + ","
        + r.choice(["ENTRY", "EXIT"]) + f",Lane{r.randint(1, 4)},")
    if not phi:
        b.t(f"NOREAD,,0.{r.randint(0, 40):02d},{tk},,{r.randint(0, 480)},0.00,MANUAL_TICKET")
        return b
    p = pp(r)
    b.v(p.plate, "vehicle").t(f",{p.state},0.{r.randint(80, 99)},{tk},")
    if r.random() < 0.35:
        b.v(f"{p.acct}", "account")
    b.t(f",{r.randint(0, 480)},{r.choice(['0.00', '6.00', '12.00', '3.50'])},")
    b.t(r.choice(["PATIENT_VALIDATED", "FAMILY_VALIDATED", "PAID_CARD", "PAID_CASH"]))
    return b


def fam_valet(r, ts, phi):
    b = B()
    tn = f"V-{r.randint(1000, 999999):06d}"
    att = r.choice(["Marco D.", "Keisha L.", "Andrés P.", "Tommy W."])
    if not phi:
        o = {"ts": t_iso_off(ts), "ticketNo": tn, "stand": r.choice(["Main Entrance", "Cancer Center", "Women's Pavilion"]),
             "status": r.choice(["PARKED", "KEYS_HUNG", "SHIFT_CLOSE"]), "stall": f"P{r.randint(1, 4)}-{r.randint(1, 240):03d}",
             "keyHook": r.randint(1, 300), "attendant": att, "app": "ValetPro/6.4.2 (iOS 17.3)"}
        jw(b, o)
        return b
    p = pp(r)
    g = {}
    g[r.choice(["name", "guestName", "customer"])] = P(f"{p.first} {p.last}", "name")
    g[r.choice(["mobile", "phone", "smsNumber"])] = P(fphone(p.phone, r.randint(0, 7)), "phone")
    if r.random() < 0.3:
        g["receiptEmail"] = P(p.email, "email")
    veh = {"make": p.car[0], "model": p.car[1], "color": p.color, "plate": P(p.plate, "vehicle"), "plateState": p.state}
    if r.random() < 0.4:
        veh["vin"] = P(p.vin, "vehicle")
    o = {"ts": t_iso_off(ts), "ticketNo": tn, "stand": r.choice(["Main Entrance", "Cancer Center", "Women's Pavilion"]),
         "status": r.choice(["RETRIEVE_REQUESTED", "CHECKED_IN", "SMS_SENT"]), "guest": g, "vehicle": veh,
         "keyHook": r.randint(1, 300), "attendant": att}
    if r.random() < 0.3:
        o["note"] = Seg(("patient in oncology infusion, picking up ", None), (f"{p.first}", "name"), (" at 4pm", None))
    jw(b, o, sp=r.random() < 0.5)
    return b


def fam_parkpay(r, ts, phi):
    b = B()
    b.t(f"ts={ts.strftime('%Y-%m-%dT%H:%M:%S')} station=PS-{r.choice(['GarageA', 'GarageB', 'ED'])}-0{r.randint(1, 6)} "
        f"txn=TX{r.randint(1000000, 9999999)} ")
    if not phi:
        b.t(f"amount={r.choice(['6.00', '12.00', '18.50', '2.00'])} currency=USD card=************{r.randint(1000, 9999)} "
            f"brand={r.choice(['VISA', 'MC', 'AMEX'])} auth={r.choice(['OK', 'DECLINED'])} authCode={r.randint(100000, 999999)} "
            f"stay_min={r.randint(5, 1440)} gw=heartland rrn={r.randint(100000000000, 999999999999)}")
        return b
    p = pp(r)
    b.t(f"amount={r.choice(['0.00', '6.00', '12.00'])} currency=USD ")
    k = r.randint(0, 2)
    if k == 0:
        b.t("level=DEBUG msg=\"track2 parsed\" pan=").v(p.card, "account")
        b.t(f" brand=AUTO auth=OK")
    elif k == 1:
        b.t("validation=PATIENT_FAMILY " + r.choice(["har=", "encounter_acct=", "pt_acct="])).v(f"{p.acct}", "account")
        b.t(" validated_by=").t(r.choice(["ED Registration", "Admitting Desk 2", "Cashier"]))
    else:
        b.t("validation=LONG_TERM permit_holder=\"").v(f"{p.last}, {p.first}", "name").t("\" plate=").v(p.plate, "vehicle")
    b.t(f" stay_min={r.randint(5, 1440)}")
    return b


def fam_milestone(r, ts, phi):
    b = B()
    b.t(t_iso_z(ts, r).replace("T", " ").replace("Z", " UTC") + " ")
    cam = r.choice(["ED Entrance Cam 03", "Lobby A PTZ 01", "L&D Corridor Cam 07", "Garage B L2 Cam 14", "Pharmacy DT Cam 2"])
    if not phi:
        b.t(r.choice([
            f'[Event] Id={r.randint(100000, 999999)} Type="Motion Started" Source="{cam}" Server=XPR-RS-0{r.randint(1, 4)}',
            f'[System] Recording Server XPR-RS-0{r.randint(1, 4)} communication error (0x8007{hexs(r, 4).upper()}), retry in 30 s',
            f'[Archive] Storage "Archive-NAS-02" archived {r.randint(100, 999)} GB in {r.randint(10, 90)} min, retention 90 days',
            f'[Alarm] Id={r.randint(100000, 999999)} Priority=Medium State=New Source="{cam}" Message="Loitering detected > 120 s" Rule="LOITER-ED"',
        ]))
        return b
    p = pp(r)
    b.t(f'[Alarm] Id={r.randint(100000, 999999)} Priority=High State=New Source="{cam}" Message="Face match: ')
    b.v(f"{p.first} {p.last}", "name")
    b.t(f' (Watchlist: {r.choice(["Trespass Notice", "Banned Visitor", "Missing Patient"])}) Similarity {r.randint(80, 99)}%"')
    if r.random() < 0.4:
        b.t(" SubjectId=").v(f"SUBJ-{p.subj:06d}", "other_id")
    b.t(f' Rule="FR-Watchlist" Snapshot="{uid(r)}.jpg"')
    return b


def fam_vms_face(r, ts, phi):
    b = B()
    cam = r.choice(["ED-Ambulance-Bay-02", "Main-Lobby-Turnstile-1", "LD-Exit-East", "Garage-B-Elevator-L1"])
    if not phi:
        o = {"eventType": r.choice(["LineCrossing", "ObjectLeft", "CameraTamper", "CrowdDensity"]),
             "eventId": uid(r), "utc": t_iso_z(ts, r), "camera": {"name": cam, "ip": f"10.60.{r.randint(1, 40)}.{r.randint(2, 250)}",
                                                                  "model": "AXIS Q3538-LVE", "fw": "11.8.64"},
             "score": round(r.uniform(0.4, 0.99), 3), "objectCount": r.randint(0, 40),
             "snapshotRef": f"snap://xpr-rs-02/{ts.strftime('%Y/%m/%d')}/{uid(r)}.jpg", "traceId": hexs(r, 32)}
        jw(b, o)
        return b
    p = pp(r)
    subj = {r.choice(["id", "subjectId", "personId"]): P(f"SUBJ-{p.subj:06d}", "other_id"),
            r.choice(["name", "fullName", "displayName"]): P(f"{p.first} {p.last}", "name")}
    if r.random() < 0.4:
        subj["dob"] = P(dfmt(p.dob, 0), "date")
    o = {"eventType": "FaceMatch", "eventId": uid(r), "utc": t_iso_z(ts, r), "camera": {"name": cam},
         "score": round(r.uniform(0.8, 0.99), 3),
         "watchlist": r.choice(["Trespass Notice", "Banned Visitor", "Elopement Risk", "VIP Family"]),
         "subject": subj, "snapshotRef": f"snap://xpr-rs-02/{ts.strftime('%Y/%m/%d')}/{uid(r)}.jpg"}
    if r.random() < 0.5:
        o["faceTemplate"] = {"alg": "arcface-r100", "dim": 512, "b64": P(template_b64(r, 192), "biometric")}
    if r.random() < 0.6:
        o["thumbnail"] = P(image_b64(r, 300), "photo")
    if r.random() < 0.3:
        o["personUrl"] = P(f"https://vms.stmark.local/api/v2/persons/SUBJ-{p.subj:06d}", "url")
    jw(b, o)
    return b


def fam_lenel(r, ts, phi):
    b = B()
    b.t(ts.strftime("%m/%d/%Y %H:%M:%S") + "  ")
    rdr = r.choice(["L&D-UNIT-MAIN-IN", "ED-WALKIN-IN", "PHARM-VAULT", "4E-STAIR-B", "NICU-DBL-DOOR", "LOBBY-TURNSTILE-2"])
    panel = f"LNL-2220-{r.randint(1, 30):02d}"
    if not phi:
        staff = r.choice(["HOLM, TESSA", "BAPTISTE, KAREN", "ALVAREZ, RAFAEL", "KAMINSKI, DAVID", "RAMAN, PRIYA"])
        b.t(r.choice([
            f"Access Granted  Badge: {r.randint(100000, 999999)}  Name: {staff}  Reader: {rdr}  Panel: {panel}",
            f"Access Denied - Invalid Time Zone  Badge: {r.randint(100000, 999999)}  Name: {staff}  Reader: {rdr}  Panel: {panel}",
            f"Door Held Open  Reader: {rdr}  Panel: {panel}  Duration: {r.randint(30, 600)}s",
            f"Communications Lost  Panel: {panel}  Host: onguard-app01  Port: {r.choice([3001, 2101, 443])}",
        ]))
        return b
    v, p = pp2(r, old=r.random() < 0.1)
    b.t(r.choice(["Visitor Signed In", "Visitor Badge Issued", "Visitor Access Denied"]) + "  Visitor: ")
    pname(b, v, r, style=2)
    b.t("  Visiting: ")
    pname(b, p, r, style=2)
    b.t(f" ({r.choice(['4E', '5W', 'ICU2', 'NICU'])}-{r.randint(1100, 7450)})  Host: Charge RN  Reader: {rdr}  Panel: {panel}")
    if r.random() < 0.3:
        b.t("  ID: DL ").v(v.dl, "license")
    return b


def fam_leef(r, ts, phi):
    b = B()
    b.t(f"<14>{t_bsd(ts)} onguard-app01 LEEF:2.0|Lenel|OnGuard|8.1.{r.randint(0, 4)}|")
    if not phi:
        ev = r.choice(["ACCESS_DENIED", "ACCESS_GRANTED", "DOOR_FORCED"])
        b.t(f"{ev}|^|devTime={ts.strftime('%b %d %Y %H:%M:%S')}^devTimeFormat=MMM dd yyyy HH:mm:ss^cat=Access"
            f"^usrName={r.choice(['tholm', 'dkaminski', 'kbaptiste', 'ralvarez'])}^cardNumber={r.randint(10000, 99999)}"
            f"^facilityCode={r.randint(1, 255)}^reader={r.choice(['PHARM-VAULT', 'OR-CORE-3', 'IT-MDF-1'])}^src=10.40.{r.randint(1, 9)}.{r.randint(2, 250)}"
            f"^sev={r.randint(1, 7)}^reason={r.choice(['Invalid time zone', 'Card expired', 'OK'])}")
        return b
    v, p = pp2(r)
    b.t("VISITOR_DENIED|^|devTime=" + ts.strftime('%b %d %Y %H:%M:%S') + "^cat=Visitor^visitorName=")
    b.v(f"{v.first} {v.last}", "name")
    b.t("^patientVisited=").v(f"{p.last}, {p.first}", "name")
    if r.random() < 0.6:
        b.t("^visitorPhone=").v(fphone(v.phone, r.randint(0, 7)), "phone")
    if r.random() < 0.4:
        b.t("^visitorEmail=").v(v.email, "email")
    b.t(f"^reader=LOBBY-TURNSTILE-{r.randint(1, 4)}^reason={r.choice(['Watchlist', 'Visiting hours', 'No host approval'])}^sev=5")
    return b


def fam_hid_door(r, ts, phi):
    b = B()
    b.t(f"{t_bsd(ts)} vertx-{r.choice(['4e', '5w', 'ld', 'ed'])}-0{r.randint(1, 4)} hid-edge[{r.randint(300, 3000)}]: ")
    if not phi:
        b.t(r.choice([
            f'EVT type=2020 desc="Door Forced Open" door=4E-STAIR-B rdr={r.randint(1, 2)} seq={r.randint(10000, 99999)} fw=3.6.1.1442',
            f'EVT type=2043 desc="Door Held Open" door=LD-EAST-EXIT dur={r.randint(31, 400)}s seq={r.randint(10000, 99999)}',
            f'SYS ntp sync ok server=10.1.1.{r.randint(2, 9)} offset_ms={r.randint(0, 40)} stratum=3',
            f'EVT type=1022 desc="Access Granted" card=26bit:{r.randint(1, 255)}:{r.randint(1, 65535)} door=5W-MAIN seq={r.randint(10000, 99999)}',
        ]))
        return b
    p = pp(r, old=r.random() < 0.5)
    tag = f"WG-{hexs(r, 6).upper()}"
    b.t(f'EVT type=2101 desc="Delayed Egress Alarm" door={r.choice(["4E-STAIR-B", "5W-MAIN", "LOBBY-EAST"])} trigger=WANDERGUARD tag=')
    b.v(tag, "device")
    if r.random() < 0.7:
        b.t(' resident="').v(f"{p.last}, {p.first}", "name").t('"')
    b.t(f" seq={r.randint(10000, 99999)}")
    return b


def fam_captive(r, ts, phi):
    b = B()
    if not phi:
        o = {"ts": t_iso_z(ts, r), "event": r.choice(["portal_config_reload", "cert_renewed", "rate_limit_summary"]),
             "portal": "StMarkGuest", "version": f"2.8.{r.randint(0, 40)}", "pages": r.randint(3, 9),
             "controller": f"wlc-{r.choice(['tower-a', 'tower-b'])}.stmark.local", "apMac": fmac(make_mac(r, False), 0),
             "authRequests1h": r.randint(100, 9000), "region": "us-central1"}
        jw(b, o)
        return b
    p = pp(r)
    o = {"ts": t_iso_z(ts, r), "event": "guest_auth", "portal": "StMarkGuest",
         "ssid": r.choice(["StMark-Guest", "Patient-WiFi", "StMark-Family"]),
         r.choice(["clientMac", "client_mac", "sta_mac", "callingStationId"]): P(fmac(p.mac, r.randint(0, 6)), "device"),
         "clientIp": f"10.64.{r.randint(1, 60)}.{r.randint(2, 250)}",
         "apMac": fmac(make_mac(r, False), 0), "apName": f"AP-{r.choice(['4E', '5W', 'ED', 'LOBBY'])}-{r.randint(1, 30):02d}"}
    m = r.randint(0, 3)
    if m == 0:
        o["authMethod"] = "sms"
        o[r.choice(["phone", "msisdn", "mobileNumber"])] = P(fphone(p.phone, r.choice([3, 5, 6])), "phone")
    elif m == 1:
        o["authMethod"] = "email"
        o[r.choice(["email", "username", "userEmail"])] = P(p.email, "email")
    elif m == 2:
        o["authMethod"] = "patient_lookup"
        o["lastName"] = P(p.last, "name")
        o["dob"] = P(dfmt(p.dob, r.choice([0, 1])), "date")
        o["room"] = str(r.randint(1100, 7450))
    else:
        o["authMethod"] = "click_through"
    if r.random() < 0.3:
        o["redirect"] = P(f"https://wifi.stmarkhealth.example/welcome?mac={fmac(p.mac, 4)}&lang=en", "url")
    o["userAgent"] = r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15",
                               "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 Chrome/122.0.0.0"])
    o["sessionTimeout"] = 86400
    o["vlan"] = 320
    jw(b, o)
    return b


def fam_nginx_portal(r, ts, phi):
    b = B()
    tstr = ts.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if not phi:
        b.t(r.choice([
            f'10.64.0.1 - - {tstr} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00{r.randint(1, 9)}',
            f'10.64.{r.randint(1, 60)}.{r.randint(2, 250)} - - {tstr} "GET /static/css/portal.{hexs(r, 8)}.css HTTP/2.0" 200 {r.randint(2000, 40000)} "-" "Mozilla/5.0" rt=0.0{r.randint(10, 99)}',
            f'10.64.{r.randint(1, 60)}.{r.randint(2, 250)} - - {tstr} "GET /hotspot-detect.html HTTP/1.0" 302 154 "-" "CaptiveNetworkSupport-443.40.1 wispr" rt=0.001',
        ]))
        return b
    p = pp(r)
    b.t(f"10.64.{r.randint(1, 60)}.{r.randint(2, 250)} - - {tstr} \"")
    k = r.randint(0, 2)
    if k == 0:
        b.t("GET /guest/s/default/?id=").v(fmac(p.mac, 0), "device")
        b.t(f"&ap={fmac(make_mac(r, False), 0)}&t={epoch(ts)}&url=http://captive.apple.com/hotspot-detect.html&ssid=StMark-Guest HTTP/1.1\" 302 154")
    elif k == 1:
        b.t("GET /portal/success?email=").v(urllib.parse.quote(p.email, safe=""), "email")
        b.t(f"&lang={r.choice(['en', 'es', 'vi'])}&sess={hexs(r, 16)} HTTP/1.1\" 200 {r.randint(1000, 9000)}")
    else:
        b.t("POST /portal/auth?mac=").v(fmac(p.mac, 4), "device")
        b.t("&phone=").v(urllib.parse.quote(fphone(p.phone, 5), safe=""), "phone")
        b.t(f" HTTP/1.1\" 200 {r.randint(100, 900)}")
    b.t(' "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" rt=0.0' + str(r.randint(10, 99)))
    return b


def fam_radius(r, ts, phi):
    b = B()
    b.t(ts.strftime("%a %b %d %H:%M:%S %Y") + " : ")
    if not phi:
        b.t(r.choice([
            "Info: Ready to process requests",
            f"Auth: ({r.randint(10000, 99999)}) Login OK: [host/ws-4e-0{r.randint(1, 9)}.stmark.local] (from client wlc-tower-a port 0 via TLS tunnel)",
            f"Warning: rlm_sql (sql): {r.randint(1, 9)} of 32 connections in use, pool at 3%",
            f"Auth: ({r.randint(10000, 99999)}) Login incorrect (eap_peap: TLS Alert read:fatal:unknown CA): [svc_biomed] (from client wlc-tower-b port 0)",
        ]))
        return b
    p = pp(r)
    st = r.choice([4, 5, 0])
    b.t(f"Auth: ({r.randint(10000, 99999)}) Login OK: [")
    b.v(fmac(p.mac, st), "device").t("/").v(fmac(p.mac, st), "device")
    b.t(f"] (from client wlc-{r.choice(['tower-a', 'tower-b'])} port 0 cli ")
    b.v(fmac(p.mac, 2), "device").t(") ssid=StMark-Guest")
    return b


def fam_dhcpd(r, ts, phi):
    b = B()
    b.t(f"{t_bsd(ts)} dhcp0{r.randint(1, 2)} dhcpd[{r.randint(1000, 9000)}]: ")
    if not phi:
        b.t(r.choice([
            f"DHCPREQUEST for 10.20.4.{r.randint(2, 250)} from {fmac(make_mac(r, False), 0)} (ws-pharm-dt-0{r.randint(1, 4)}) via vlan20",
            f"balancing pool 55a3f0 10.64.0.0/18  total 16380  free 8{r.randint(100, 999)}  backup 8{r.randint(100, 999)}  lts 0  max-own (+/-)1638",
            f"failover peer dhcp-failover: I move from normal to communications-interrupted",
            f"DHCPACK on 10.30.8.{r.randint(2, 250)} to {fmac(make_mac(r, False), 0)} (infantsec-rx-0{r.randint(1, 9)}) via vlan30",
        ]))
        return b
    p = pp(r)
    ip = f"10.64.{r.randint(1, 60)}.{r.randint(2, 250)}"
    verb = r.choice(["DHCPACK on " + ip + " to ", "DHCPOFFER on " + ip + " to ", "DHCPDISCOVER from "])
    b.t(verb).v(fmac(p.mac, 0), "device").t(" (")
    hn = r.randint(0, 3)
    if hn == 0:
        fn = ascii_fold(p.first)
        b.v(fn, "name").t(f"s-{p.device_name}")
    elif hn == 1:
        b.t(f"Galaxy-S2{r.randint(1, 4)}")
    elif hn == 2:
        b.t(f"android-{hexs(r, 16)}")
    else:
        b.v(ascii_fold(p.first), "name").t(f"-{ascii_fold(p.last)[0]}-{p.device_name}")
        # last initial only is not labeled
    b.t(") via vlan320")
    if verb.startswith("DHCPDISCOVER"):
        b.t(": network 10.64.0.0/18: no free leases" if r.random() < 0.3 else "")
    return b


def fam_meraki(r, ts, phi):
    b = B()
    b.t(f"<134>1 {epoch(ts)}.{r.randint(100000000, 999999999)} MR-{r.choice(['4E', '5W', 'LOBBY'])}-{r.randint(1, 20):02d} ")
    if not phi:
        b.t(r.choice([
            f"airmarshal_events type=rogue_ssid_detected ssid='FreeHospitalWiFi' bssid='{fmac(make_mac(r, False), 1)}' src='{fmac(make_mac(r, False), 1)}' dst='FF:FF:FF:FF:FF:FF' wired_mac='{fmac(make_mac(r, False), 1)}' vlan_id='0' channel='{r.choice([1, 6, 11, 36, 149])}' rssi='{r.randint(10, 60)}'",
            f"events type=radio_channel_change radio='1' old_channel='{r.choice([36, 44])}' new_channel='{r.choice([149, 157])}' reason='dfs'",
            f"flows allow src=10.64.{r.randint(1, 60)}.{r.randint(2, 250)} dst={r.choice(SERVER_IPS)} protocol=tcp sport={r.randint(40000, 65000)} dport=443",
        ]))
        return b
    p = pp(r)
    k = r.randint(0, 2)
    if k == 0:
        b.t(f"events type=association radio='1' vap='2' client_mac='").v(fmac(p.mac, 1), "device")
        b.t(f"' channel='{r.choice([36, 44, 149])}' reason='0' rssi='{r.randint(15, 55)}'")
    elif k == 1:
        b.t(f"splash_auth ip='10.64.{r.randint(1, 60)}.{r.randint(2, 250)}' user='").v(p.email, "email")
        b.t(f"' duration='86400' vap='2' download='5242880bps' upload='2097152bps'")
    else:
        b.t(f"events type=8021x_eap_success radio='0' vap='2' client_mac='").v(fmac(p.mac, 1), "device")
        b.t("' identity='").v(fphone(p.phone, 3), "phone").t("' aid='" + str(r.randint(100000000, 999999999)) + "'")
    return b


def fam_wayfinding(r, ts, phi):
    b = B()
    b.t(f"time={t_iso_off(ts)} level=info kiosk=WF-{r.choice(['LOBBY', 'GARAGE-B', 'ED', 'MOB'])}-0{r.randint(1, 5)} app=wayfind-ui ver=3.4.{r.randint(0, 9)} ")
    if not phi:
        b.t(r.choice([
            f'msg="route computed" from=Lobby-A to={r.choice(["Radiology", "Cafeteria", "Tower-B-4E", "Chapel", "Pharmacy"])} distance_m={r.randint(40, 900)} steps={r.randint(2, 12)} route_ms={r.randint(5, 90)}',
            f'msg="map tiles synced" tiles={r.randint(1000, 9999)} bytes={r.randint(10 ** 6, 10 ** 8)} cdn=edge.{r.choice(["us-east-1", "us-central1"])}.example',
            f'msg="idle attract loop" screen=welcome_{r.choice(["en", "es"])} sessionId={r.randint(1000000000, 9999999999)}',
        ]))
        return b
    p = pp(r)
    k = r.randint(0, 3)
    if k == 0:
        b.t('msg="patient lookup" query="').v(f"{p.last.lower()} {p.first.lower()}", "name")
        b.t(f'" result=1 dest="Tower B / {r.choice(UNITS)} / Rm {r.randint(1100, 7450)}" route_ms={r.randint(5, 90)}')
    elif k == 1:
        b.t('msg="route sent to phone" sms_to="').v(fphone(p.phone, r.choice([0, 2, 5])), "phone")
        b.t(f'" twilio_sid=SM{hexs(r, 32)}')
    elif k == 2:
        b.t('msg="qr handoff" url=').v(f"https://wayfind.stmarkhealth.example/r/{r.randint(1100, 7450)}?pt={p.mrn:08d}", "url")
        b.t(" ttl=900")
    else:
        b.t('msg="búsqueda de paciente" paciente="').v(f"{p.first} {p.last}", "name")
        b.t(f'" lang=es fecha_nac=').v(dfmt(p.dob, 7), "date").t(" result=1")
    return b


def fam_lost_found(r, ts, phi):
    b = B()
    item = f"LF-2024-{r.randint(100, 9999):06d}"
    loc = r.choice(["ED Waiting Room", "Garage B L3", "Cafeteria", "Tower A Lobby", "Chapel", "Shuttle 07"])
    off = r.choice(STAFF)
    b.t(f"{item},{ts.strftime('%Y-%m-%d %H:%M')},{csv_field(loc)},")
    if not phi:
        b.t(csv_field(r.choice(["Umbrella, blue, compact", "Reading glasses in brown case", "Keys (3) on Toyota fob",
                                "Child's stuffed rabbit", "AirPods case, no serial visible", "Black backpack, 2 textbooks"])))
        b.t(f",,,,HELD,{csv_field(off)},bin {r.choice('ABCDEFG')}-{r.randint(1, 40)}")
        return b
    p = pp(r)
    k = r.randint(0, 4)
    if k == 0:
        b.t('"Black leather wallet; contains SS card ').v(p.ssn, "ssn").t(" and " + p.state + " DL ").v(p.dl, "license").t('"')
    elif k == 1:
        b.t('"iPhone 14, IMEI ').v(p.imei, "device").t(', cracked screen"')
    elif k == 2:
        b.t('"Debit card ').v(p.card, "account").t(' found at pay station"')
    elif k == 3:
        b.t('"Insurance card, member ID ').v(p.member, "health_plan").t('"')
    else:
        b.t('"Medicare card ').v(p.mbi, "health_plan").t(" and hospital wristband MRN ").v(f"{p.mrn:08d}", "mrn").t('"')
    b.t(",")
    b.v(csv_field(f"{p.first} {p.last}"), "name").t(",")
    if r.random() < 0.7:
        b.v(fphone(p.phone, r.randint(0, 7)), "phone")
    b.t(",")
    if r.random() < 0.5:
        b.t('"').v(p.street, "address").t(", ").v(p.city, "address").t(f", {p.state} ").v(p.zip, "zip").t('"')
    b.t(",")
    if r.random() < 0.3:
        b.t("\"owner req'd claim form by fax ").v(fphone(p.phone2, 1), "fax").t('"')
    b.t(f",{r.choice(['HELD', 'RETURNED', 'MAILED'])},{csv_field(off)},bin {r.choice('ABCDEFG')}-{r.randint(1, 40)}")
    return b


def fam_belongings_xml(r, ts, phi):
    b = B()
    iid = f"BI-{ts.strftime('%Y%m%d')}-{r.randint(1, 999):04d}"
    if not phi:
        b.t(f'<InventoryAudit id="{iid}" unit="{xesc(r.choice(UNITS))}" bags="{r.randint(5, 30)}" sealed="{r.randint(5, 30)}" '
            f'discrepancies="0" auditor="SEC-{r.randint(100, 999)}" ts="{t_iso_off(ts)}" schemaVersion="1.4"/>')
        return b
    p = pp(r, old=r.random() < 0.2)
    adm = TODAY - dt.timedelta(days=r.randint(0, 9))
    b.t(f'<BelongingsInventory id="{iid}" unit="{xesc(r.choice(UNITS))}" ts="{t_iso_off(ts)}"><Patient mrn="')
    b.v(f"{p.mrn:08d}", "mrn").t('" name="').v(xesc(f"{p.last}, {p.first}"), "name").t('" dob="')
    b.v(dfmt(p.dob, 0), "date").t('" admitDate="').v(dfmt(adm, 0), "date").t('"')
    if p.age > 89:
        b.t(' age="').v(str(p.age), "age").t('"')
    else:
        b.t(f' age="{p.age}"')
    b.t("/>")
    if r.random() < 0.6:
        b.t(f'<Item qty="1" desc="Cell phone, {r.choice(["Samsung Galaxy S22", "iPhone 13", "Moto G"])}" imei="').v(p.imei, "device").t('"/>')
    b.t(f'<Item qty="1" desc="{xesc(r.choice(["Wedding band, yellow metal", "Dentures, upper", "Hearing aids (2)", "Wallet & $43 cash"]))}"/>')
    if r.random() < 0.3:
        b.t('<Item qty="1" desc="Insurance card" memberId="').v(p.member, "health_plan").t('"/>')
    if r.random() < 0.3:
        b.t('<Item qty="1" desc="Social Security card" ssn="').v(p.ssn.replace("-", "") if r.random() < 0.5 else p.ssn, "ssn").t('"/>')
    b.t(f'<Witness role="RN">{xesc(r.choice(CLIN))}</Witness>')
    if r.random() < 0.6:
        rel = pp(r)
        while rel is p or rel.first == p.first:
            rel = pp(r)
        b.t(f"<Disposition>Sent home with {r.choice(['daughter', 'son', 'spouse', 'niece', 'grandson', 'friend', 'sister'])} ").v(xesc(f"{rel.first} {rel.last}"), "name")
        b.t(" (").v(fphone(rel.phone, r.randint(0, 7)), "phone").t(")</Disposition>")
    else:
        b.t("<Disposition>Secured in Security safe S-2</Disposition>")
    b.t("</BelongingsInventory>")
    return b


def fam_infant_snmp(r, ts, phi):
    b = B()
    b.t(ts.strftime("%Y-%m-%d %H:%M:%S") + f" infantsec-gw01.stmark.local [UDP: [10.30.8.{r.randint(2, 250)}]:{r.randint(40000, 60000)}->[10.20.1.9]:162]: ")
    b.t(f"DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: ({r.randint(10 ** 6, 10 ** 8)}) {r.randint(0, 30)} days, {r.randint(0, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(10, 99)}\t")
    if not phi:
        trap = r.choice(["receiverBatteryLow", "receiverOffline", "doorSensorFault"])
        b.t(f"SNMPv2-MIB::snmpTrapOID.0 = OID: INFANT-SEC-MIB::{trap}\tINFANT-SEC-MIB::receiverId.0 = STRING: \"RX-LD-{r.randint(1, 30):02d}\""
            f"\tINFANT-SEC-MIB::zone.0 = STRING: \"{r.choice(['L&D East Exit', 'Mother/Baby 3N', 'NICU Pod B'])}\"\tINFANT-SEC-MIB::batteryMv.0 = INTEGER: {r.randint(2600, 3300)}")
        return b
    mom = pp(r)
    b.t("SNMPv2-MIB::snmpTrapOID.0 = OID: INFANT-SEC-MIB::tagAlarmTrap\tINFANT-SEC-MIB::tagSerial.0 = STRING: \"")
    b.v(f"HG4-{hexs(r, 8).upper()}", "device").t('"')
    b.t(f"\tINFANT-SEC-MIB::alarmType.0 = INTEGER: {r.choice(['cutBand(3)', 'exitZone(1)', 'looseBand(2)', 'mismatch(5)'])}")
    b.t('\tINFANT-SEC-MIB::infantName.0 = STRING: "')
    k = r.randint(0, 2)
    if k == 0:
        b.t(r.choice(["BABY GIRL ", "BABY BOY "])).v(mom.last.upper(), "name")
    elif k == 1:
        b.v(mom.last.upper(), "name").t(r.choice([", GIRL", ", BOY"]))
    else:
        b.v(mom.last, "name").t(r.choice([" BG", " BB"]))
    b.t('"\tINFANT-SEC-MIB::motherMrn.0 = STRING: "').v(f"{mom.mrn:08d}", "mrn").t('"')
    if r.random() < 0.6:
        bd = dt.datetime.combine(TODAY - dt.timedelta(days=r.randint(0, 2)), dt.time(r.randint(0, 23), r.randint(0, 59)))
        b.t('\tINFANT-SEC-MIB::birthDateTime.0 = STRING: "').v(bd.strftime("%Y-%m-%d %H:%M"), "date").t('"')
    if r.random() < 0.4:
        b.t('\tINFANT-SEC-MIB::motherName.0 = STRING: "').v(f"{mom.first} {mom.last}", "name").t('"')
    b.t(f'\tINFANT-SEC-MIB::zone.0 = STRING: "{r.choice(["L&D East Exit", "Mother/Baby 3N", "NICU Pod B"])}"')
    return b


def fam_wander_mqtt(r, ts, phi):
    b = B()
    b.t(ts.strftime("%Y-%m-%dT%H:%M:%S-0500") + " ")
    unit = r.choice(["4E", "5W", "GERI-3", "BH-2"])
    if not phi:
        door = r.choice(["4E-STAIR-B", "5W-MAIN", "GERI-3-EXIT"])
        b.t(f"stmark/rtls/wander/{unit}/door/{door}/status ")
        jw(b, {"locked": r.choice([True, False]), "battery_v": round(r.uniform(2.8, 3.3), 2), "fw": "2.1.7",
               "rssi": -r.randint(40, 90), "seq": r.randint(10000, 999999), "msgId": uid(r)})
        return b
    p = pp(r, old=r.random() < 0.6)
    tag = f"WG-{hexs(r, 6).upper()}"
    b.t(f"stmark/rtls/wander/{unit}/tag/").v(tag, "device").t(r.choice(["/alarm ", "/event "]))
    o = {"event": r.choice(["EXIT_ALARM", "TAG_LOW_BATTERY", "TAG_ENROLLED", "ESCORT_BYPASS"]),
         "door": r.choice(["4E-STAIR-B", "5W-MAIN", "GERI-3-EXIT"])}
    o[r.choice(["resident", "patient", "pt_name", "Patientenname"])] = P(r.choice([f"{p.first} {p.last}", f"{p.last}, {p.first}"]), "name")
    if r.random() < 0.6:
        o[r.choice(["mrn", "patientId", "pid"])] = P(f"{p.mrn:08d}", "mrn")
    if r.random() < 0.6:
        o["age"] = P(p.age, "age") if p.age > 89 else p.age
    o["rssi"] = -r.randint(40, 90)
    o["msgId"] = uid(r)
    jw(b, o)
    return b


def fam_incident(r, ts, phi):
    b = B()
    ir = f"IR-2024-{r.randint(100, 9999):05d}"
    off = r.choice(STAFF)
    b.t(f"[{ir}] {ts.strftime('%Y-%m-%d %H:%M')} Reporting officer: {off}. Narrative: ")
    if not phi:
        b.t(r.choice([
            f"Routine patrol of Garage B levels 1-4 completed, no issues. Gate arm at Exit-2 reported sticking; work order WO-{r.randint(100000, 999999)} submitted.",
            f"Code Pink drill on L&D completed 06:14-06:22, all exits secured in {r.randint(60, 99)} seconds; debrief scheduled with {r.choice(CLIN)}.",
            f"Panic button test at Pharmacy drive-through lane {r.randint(1, 2)} OK; response time 2 min 41 s.",
            f"Elevator 4 entrapment (Tower A), no injuries, Otis ticket {r.randint(1000000000, 9999999999)} opened, cleared 00:{r.randint(10, 59)}.",
            f"Unattended bag at Main Lobby cleared by K9 unit; lobby reopened after {r.randint(10, 40)} min. CAD #{r.randint(10000, 99999)}.",
        ]))
        return b
    v, p = pp2(r, old=r.random() < 0.35)
    k = r.randint(0, 5)
    if k == 0:
        b.t("Visitor ").v(f"{v.first} {v.last}", "name").t(" (DOB ").v(dfmt(v.dob, 1), "date")
        b.t(f") became verbal with ED triage staff while visiting {r.choice(RELS)} ").v(f"{p.first} {p.last}", "name")
        b.t(f" in ED bay {r.randint(1, 40)}. Vehicle, {v.color.lower()} {v.car[0]} {v.car[1]} plate ").v(v.plate, "vehicle")
        b.t(", was parked in ambulance lane; towed per policy. Contact on file ").v(fphone(v.phone, r.randint(0, 7)), "phone").t(".")
    elif k == 1:
        b.t("Pt ").v(f"{p.first} {p.last}", "name").t(", ")
        if p.age > 89:
            b.v(str(p.age), "age")
        else:
            b.t(str(p.age))
        b.t(" y/o, MRN ").v(f"{p.mrn:08d}", "mrn")
        b.t(f", found in Garage B level 2 stairwell in hospital gown; escorted back to {r.choice(UNITS)} by {r.choice(STAFF)}. "
            f"Wander-guard tag ").v(f"WG-{hexs(r, 6).upper()}", "device").t(f" was not alarming; biomed ticket INC{r.randint(1000000, 9999999)} opened.")
    elif k == 2:
        d = TODAY - dt.timedelta(days=r.randint(1, 6))
        b.v(f"{p.first} {p.last}", "name").t(" states $" + str(r.randint(20, 400)) + " cash and a wedding ring went missing after transfer from ICU on ")
        b.v(d.strftime("%m/%d"), "date").t(f". {r.choice(RELS).capitalize()} ").v(f"{v.first} {v.last}", "name")
        b.t(" reachable at ").v(fphone(v.phone, r.randint(0, 7)), "phone").t(" / ").v(v.email, "email")
        b.t(". Referred to Patient Relations (ext. 4-5521).")
    elif k == 3:
        b.t("Trespass notice served to ").v(f"{v.first} {v.last}", "name").t(f" ({v.state} DL ").v(v.dl, "license").t(", ")
        b.v(v.street, "address").t(", ").v(v.city, "address").t(f", {v.state} ").v(v.zip, "zip")
        b.t(") - barred from premises for 12 months. Photo enrolled in VMS watchlist as ").v(f"SUBJ-{v.subj:06d}", "other_id").t(".")
    elif k == 4:
        b.t("Called ").v(fphone(v.phone, r.randint(0, 7)), "phone").t(" x2, no answer; left VM for ").v(v.first, "name")
        b.t(f" re: car keys found in Garage A. Keys tagged LF-2024-{r.randint(100, 9999):06d}.")
    else:
        b.t(f"{r.choice(CLIN)} requested standby for agitated patient in rm {r.randint(1100, 7450)} (").v(f"{p.last}, {p.first}", "name")
        b.t(f"). Patient's {r.choice(['wife', 'husband', 'son', 'daughter'])} ").v(v.first, "name").t(" arrived in vehicle ")
        b.v(p.vin, "vehicle").t(" (VIN per valet), asked to move to Garage B. No restraints used.")
    return b


def fam_nemt(r, ts, phi):
    b = B()
    if not phi:
        o = {"ts": t_iso_off(ts), "type": "shuttle.position", "route": r.choice(["Garage B Loop", "MOB Express", "Park & Ride North"]),
             "vehicle": f"SHUTTLE-{r.randint(1, 12):02d}", "driver": r.choice(["drv_0412", "drv_0077", "drv_1180"]),
             "gps": {"lat": round(38.62 + r.uniform(0, 0.02), 5), "lon": round(-90.27 + r.uniform(0, 0.02), 5)},
             "speed_kph": r.randint(0, 40), "next_stop": r.choice(["Tower A Main", "Cancer Center", "Lot C"]),
             "eta_s": r.randint(30, 900), "riders": r.randint(0, 14)}
        jw(b, o)
        return b
    p = pp(r, old=r.random() < 0.2)
    appt = dt.datetime.combine(TODAY + dt.timedelta(days=r.randint(0, 10)), dt.time(r.choice([7, 8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45])))
    K = r.choice([("rider", "medicaid_id", "phone", "pickup", "appt_time"),
                  ("member", "MedicaidID", "callback", "pickupAddress", "appointmentDateTime"),
                  ("passenger", "mcd_no", "tel", "origin", "apptDt")])
    rider = {"name": P(f"{p.first} {p.last}", "name"), K[1]: P(p.medicaid if r.random() < 0.7 else p.mbi, "health_plan"),
             K[2]: P(fphone(p.phone, r.randint(0, 7)), "phone")}
    if r.random() < 0.5:
        rider["dob"] = P(dfmt(p.dob, r.choice([0, 1])), "date")
    if p.age > 89 and r.random() < 0.6:
        rider["age"] = P(p.age, "age")
    pick = {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state,
            "zip": P(p.zip + ("-" + p.zip4 if r.random() < 0.4 else ""), "zip")}
    if r.random() < 0.3:
        pick["county"] = P(p.county, "address")
    o = {"ts": t_iso_off(ts), "type": "nemt.trip_booked", "trip_id": f"TRP-{ts.strftime('%Y%m%d')}-{r.randint(1, 9999):04d}",
         K[0]: rider, K[3]: pick, "dropoff": {"facility": "St. Mark Cancer Center", "street": "1200 Hospital Dr", "fax": "314-555-0148"},
         K[4]: P(appt.strftime("%Y-%m-%dT%H:%M"), "date"), "mobility": r.choice(["ambulatory", "wheelchair", "stretcher"]),
         "broker": "ModivCare", "vehicle": f"VAN-{r.randint(1, 40):02d}"}
    if r.random() < 0.35:
        rider["guardianFax"] = P(fphone(p.phone2, 1), "fax")
    jw(b, o, sp=r.random() < 0.5)
    return b


def fam_mailroom(r, ts, phi):
    b = B()
    b.t(f"{ts.strftime('%Y-%m-%dT%H:%M:%S')} mailroom[{r.randint(1000, 9000)}]: ")
    carrier, trk = r.choice([("UPS", f"1Z{hexs(r, 6).upper()}{r.randint(10 ** 9, 10 ** 10 - 1)}"),
                             ("USPS", f"9400{r.randint(10 ** 17, 10 ** 18 - 1)}"),
                             ("FedEx", f"{r.randint(10 ** 11, 10 ** 12 - 1)}")])
    if not phi:
        dept = r.choice(["Pharmacy - Inpatient", "Lab - Core", "Biomed Engineering", "Patient Financial Services"])
        b.t(f'RECEIVED trk={trk} carrier={carrier} pieces={r.randint(1, 6)} recipient="{dept}" bldg=Tower-A dock=2 '
            f'status=ROUTED dept_fax=314-555-01{r.randint(10, 99)} weight_lb={r.randint(1, 60)}.{r.randint(0, 9)}')
        return b
    p = pp(r)
    b.t(f"RECEIVED trk={trk} carrier={carrier} pieces=1 recipient=\"PT: ").v(f"{p.last.upper()}, {p.first.upper()}", "name")
    b.t(f"\" unit={r.choice(['5W', '4E', '6N', 'ICU2'])} rm={r.randint(1100, 7450)}")
    if r.random() < 0.6:
        b.t(" mrn=").v(r.choice([f"E{p.mrn}", f"{p.mrn:08d}"]), "mrn")
    if r.random() < 0.4:
        s = pp(r)
        while s is p or s.first == p.first:
            s = pp(r)
        b.t(" sender=\"").v(f"{s.first} {s.last}", "name").t(", ").v(s.street, "address").t(", ").v(s.city, "address")
        b.t(f" {s.state} ").v(s.zip, "zip").t("\"")
    b.t(" status=" + r.choice(["ROUTED", "DELIVERED", "RETURN_TO_SENDER"]))
    return b


def fam_pharm_dt(r, ts, phi):
    b = B()
    if not phi:
        o = {"ts": t_iso_z(ts, r), "lane": r.randint(1, 2), "cameraId": f"PHX-DT-CAM{r.randint(1, 2)}",
             "event": r.choice(["lane_clear", "camera_heartbeat", "pneumatic_tube_cycle"]),
             "dwellSec": 0, "frameRate": 15, "fw": "AXIS-10.12.153", "tubeCarrier": f"C-{r.randint(10, 99)}",
             "storeNo": "0412", "traceId": hexs(r, 32)}
        jw(b, o)
        return b
    p = pp(r, old=r.random() < 0.15)
    o = {"ts": t_iso_z(ts, r), "lane": r.randint(1, 2), "cameraId": f"PHX-DT-CAM{r.randint(1, 2)}",
         "event": r.choice(["vehicle_present", "rx_pickup", "signature_capture"]),
         r.choice(["plate", "licensePlate", "lpr"]): P(p.plate, "vehicle"), "plateState": p.state,
         "dwellSec": r.randint(20, 600)}
    q = {r.choice(["patientName", "patient", "ptName"]): P(r.choice([f"{p.first} {p.last}", f"{p.last.upper()}, {p.first.upper()}"]), "name")}
    if r.random() < 0.6:
        q[r.choice(["dob", "birthDate", "verifyDob"])] = P(dfmt(p.dob, r.choice([0, 1, 4])), "date")
    q["rxCount"] = r.randint(1, 5)
    if r.random() < 0.3:
        q["copayCard"] = P(p.card, "account")
    if r.random() < 0.3:
        q["planMemberId"] = P(p.member, "health_plan")
    o["rxQueue"] = q
    o["snapshotRef"] = f"s3://stmark-phx-dt/{ts.strftime('%Y/%m/%d')}/{uid(r)}.jpg"
    jw(b, o)
    return b


def fam_helipad(r, ts, phi):
    b = B()
    b.t(t_iso_z(ts, r)[:19] + "Z|HELIPAD|H" + str(r.randint(1, 2)) + "|")
    tail = r.choice(["N407LF", "N911AM", "N144SM", "N3MC"])
    if not phi:
        b.t(r.choice([
            f"PAD_LIGHTS_ON|photocell=1|lux={r.randint(1, 40)}|ctrl=pad-plc-01",
            f"FOD_SWEEP_COMPLETE|by={r.choice(STAFF)}|dur_min={r.randint(5, 25)}",
            f"LANDING|tail={tail}|op=ArchAir Med {r.randint(1, 6)}|crew={r.randint(2, 4)}|pt=none (repositioning)|wind={r.randint(0, 35) * 10:03d}@{r.randint(2, 25)}KT|fuel=NO",
            f"DEPARTURE|tail={tail}|dest=KSTL|souls={r.randint(2, 4)}|hobbs={r.randint(1000, 9999)}.{r.randint(0, 9)}",
        ]))
        return b
    p = pp(r, old=r.random() < 0.5)
    b.t(f"LANDING|tail={tail}|op=ArchAir Med {r.randint(1, 6)}|crew={r.randint(2, 4)}|")
    if r.random() < 0.6:
        b.t("pt_name=").v(f"{p.last.upper()}, {p.first.upper()}", "name").t("|")
    b.t("pt_mrn=").v(f"{p.mrn:08d}", "mrn").t("|")
    if p.age > 89:
        b.t("pt_age=").v(str(p.age), "age").t("|")
    else:
        b.t(f"pt_age={p.age}|")
    b.t(f"from=Scene, I-{r.choice([44, 55, 64, 70])} MM {r.randint(1, 250)}|dx_cat={r.choice(['TRAUMA', 'STEMI', 'STROKE'])}|wind={r.randint(0, 35) * 10:03d}@{r.randint(2, 25)}KT")
    return b


def fam_previsit_apache(r, ts, phi):
    b = B()
    tstr = ts.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if not phi:
        b.t(r.choice([
            f'10.12.0.{r.randint(2, 9)} - - {tstr} "GET /visitors/healthcheck HTTP/1.1" 200 17 "-" "ELB-HealthChecker/2.0"',
            f'216.144.250.150 - - {tstr} "HEAD / HTTP/1.1" 200 0 "-" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"',
            f'10.12.0.{r.randint(2, 9)} - svc_build {tstr} "GET /visitors/assets/app-{hexs(r, 8)}.js HTTP/1.1" 200 {r.randint(10000, 999999)} "-" "curl/8.4.0"',
        ]))
        return b
    v, p = pp2(r)
    b.v(v.ip, "ip").t(f" - - {tstr} \"POST /visitors/prereg?patientId=").v(f"{p.mrn:08d}", "mrn")
    b.t("&visitorEmail=").v(urllib.parse.quote(v.email, safe=""), "email")
    vd = TODAY + dt.timedelta(days=r.randint(0, 5))
    b.t("&visitDate=").v(vd.strftime("%Y-%m-%d"), "date")
    if r.random() < 0.5:
        b.t("&visitorName=").v(urllib.parse.quote_plus(f"{v.first} {v.last}"), "name")
    b.t(f' HTTP/1.1" 201 {r.randint(200, 900)} "https://visit.stmarkhealth.example/form" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0"')
    return b


FAMILIES = [
    ("visitor_kiosk_json", fam_visitor_kiosk),
    ("aamva_idscan_log", fam_aamva),
    ("rfc5424_visitortrack", fam_rfc5424_visitor),
    ("lpr_cef", fam_lpr_cef),
    ("genetec_autovu", fam_genetec),
    ("garage_lpr_csv", fam_garage_csv),
    ("valet_json", fam_valet),
    ("paystation_kv", fam_parkpay),
    ("milestone_xprotect", fam_milestone),
    ("vms_facematch_webhook", fam_vms_face),
    ("lenel_onguard_text", fam_lenel),
    ("lenel_leef", fam_leef),
    ("hid_door_syslog", fam_hid_door),
    ("captive_portal_json", fam_captive),
    ("nginx_portal_access", fam_nginx_portal),
    ("freeradius_log", fam_radius),
    ("isc_dhcpd_syslog", fam_dhcpd),
    ("meraki_syslog", fam_meraki),
    ("wayfinding_logfmt", fam_wayfinding),
    ("lost_found_csv", fam_lost_found),
    ("belongings_xml", fam_belongings_xml),
    ("infant_snmptrap", fam_infant_snmp),
    ("wanderguard_mqtt", fam_wander_mqtt),
    ("security_incident_text", fam_incident),
    ("nemt_dispatch_json", fam_nemt),
    ("mailroom_syslog", fam_mailroom),
    ("pharmacy_dt_json", fam_pharm_dt),
    ("helipad_pipe", fam_helipad),
    ("previsit_apache", fam_previsit_apache),
]


def main():
    r = random.Random(SEED + 1)
    order = (FAMILIES * (N_LINES // len(FAMILIES) + 1))[:N_LINES]
    r.shuffle(order)
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    r.shuffle(flags)
    ts = dt.datetime(2024, 3, 14, 5, 58, 7)
    lines, labels = [], []
    for i in range(N_LINES):
        ts += dt.timedelta(seconds=r.randint(3, 120))
        fam, fn = order[i]
        b = fn(r, ts, flags[i])
        line = b.text()
        assert "\n" not in line and "\r" not in line, (fam, line)
        lb = line.encode("utf-8")
        assert len(lb) <= 4000, (fam, len(lb))
        if flags[i]:
            assert b.spans, (fam, line)
        else:
            assert not b.spans, (fam, line)
        spans = []
        last_end = -1
        for s, e, cat, want in b.spans:
            got = lb[s:e].decode("utf-8")
            if got != want:
                raise SystemExit(f"SPAN MISMATCH line {i + 1} {fam}: {got!r} != {want!r}")
            assert s >= last_end, "overlapping spans"
            last_end = e
            spans.append({"s": s, "e": e, "cat": cat})
        if line.startswith("{"):
            json.loads(line)
        lines.append(line)
        if spans:
            labels.append({"line": i + 1, "family": fam, "spans": spans})
    with open(os.path.join(HERE, CID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(ln + "\n")
    with open(os.path.join(HERE, CID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
