#!/usr/bin/env python3
"""Deterministic generator for the 'cw' PHI test corpus (eye care group logs).

Writes cw.log and cw.labels.jsonl next to this file. Standard library only.
All PHI is synthetic. Spans are byte offsets recorded while concatenating.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(20240918)
ID = "cw"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# --------------------------------------------------------------------------
# line building with recorded spans
# --------------------------------------------------------------------------


class P:
    """A PHI value inserted into a line."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = str(v)
        self.cat = cat
        self.raw = raw


class JS:
    """A JSON string value composed of plain parts and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


def flat(x, out):
    if x is None:
        return out
    if isinstance(x, (list, tuple)):
        for y in x:
            flat(y, out)
    else:
        out.append(x)
    return out


LINES = []


def emit(fam, *parts):
    items = flat(list(parts), [])
    buf = bytearray()
    spans = []
    for it in items:
        if isinstance(it, P):
            b = it.v.encode("utf-8")
            s = len(buf)
            buf += b
            if b:
                spans.append((s, len(buf), it.cat, b))
        else:
            assert isinstance(it, str), repr(it)
            buf += it.encode("utf-8")
    LINES.append((fam, bytes(buf), spans))


def jesc(s, asc=False):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def J(o, sep=(",", ":"), asc=False):
    if isinstance(o, P):
        if o.raw:
            return [o]
        return ['"', P(jesc(o.v, asc), o.cat), '"']
    if isinstance(o, JS):
        out = ['"']
        for p in o.parts:
            out.append(P(jesc(p.v, asc), p.cat) if isinstance(p, P) else jesc(p, asc))
        out.append('"')
        return out
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=asc) + sep[1])
            out += J(v, sep, asc)
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out += J(v, sep, asc)
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=asc)]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def X(tag, v, attrs=""):
    if v is None or (isinstance(v, str) and v == ""):
        return "<%s%s/>" % (tag, attrs)
    if isinstance(v, P):
        inner = P(xesc(v.v), v.cat)
    elif isinstance(v, list):
        inner = v
    else:
        inner = xesc(str(v))
    return ["<%s%s>" % (tag, attrs), inner, "</%s>" % tag]


def csvf(v):
    """CSV field; PHI values never contain quotes."""
    txt = v.v if isinstance(v, P) else str(v)
    need = ("," in txt) or ('"' in txt)
    if isinstance(v, P):
        assert '"' not in txt
        return ['"', v, '"'] if need else [v]
    if need:
        return '"' + txt.replace('"', '""') + '"'
    return txt


def csvrow(vals):
    out = []
    for i, v in enumerate(vals):
        if i:
            out.append(",")
        out.append(csvf(v))
    return out


# --------------------------------------------------------------------------
# check digits / identifier generators
# --------------------------------------------------------------------------
DG = "0123456789"


def rdig(n):
    return "".join(random.choice(DG) for _ in range(n))


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    return body + luhn_digit(body)


def npi():
    body = random.choice("12") + rdig(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = random.choice(["35", "86", "01"]) + rdig(12)
    return body + luhn_digit(body)


def gtin14(body13):
    s = 0
    for i, ch in enumerate(reversed(body13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - s % 10) % 10)


VT = {str(i): i for i in range(10)}
VT.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
               P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi, year_code):
    v = wmi + "".join(random.choice(VINCH) for _ in range(5)) + "0" + year_code + \
        random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(6)
    r = sum(VT[c] * VW[i] for i, c in enumerate(v)) % 11
    cd = "X" if r == 10 else str(r)
    return v[:8] + cd + v[9:]


def vin_ok(v):
    r = sum(VT[c] * VW[i] for i, c in enumerate(v)) % 11
    return v[8] == ("X" if r == 10 else str(r))


MA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MA + DG
    c = random.choice
    return (c("123456789") + c(MA) + c(an) + c(DG) + c(MA) + c(an) + c(DG) +
            c(MA) + c(MA) + c(DG) + c(DG))


def ssn():
    while True:
        a = random.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def b64rand(n, head=b""):
    data = head + bytes(random.getrandbits(8) for _ in range(n - len(head)))
    return base64.b64encode(data).decode()


JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
PNG_HEAD = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000600000006008060000")


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(random.choice(al) for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


FOLDMAP = {"ı": "i", "Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
           "ß": "ss", "đ": "d", "Đ": "D"}


def fold(s):
    s = "".join(FOLDMAP.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# clock (system timestamps; not PHI)
# --------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.timezone.utc
CLK = [dt.datetime(2024, 9, 3, 7, 4, 12, 311000, tzinfo=TZ)]


def advance(lo, hi):
    t = CLK[0] + dt.timedelta(seconds=random.randint(lo, hi), microseconds=random.randint(0, 999999))
    if t.hour >= 19:
        nd = t.date() + dt.timedelta(days=1)
        t = dt.datetime(nd.year, nd.month, nd.day, 7, random.randint(0, 20), random.randint(0, 59),
                        random.randint(0, 999999), tzinfo=TZ)
    CLK[0] = t
    return t


def tk(lo=0, hi=3):
    """small tick within a chunk"""
    CLK[0] = CLK[0] + dt.timedelta(seconds=random.randint(lo, hi), microseconds=random.randint(1000, 999999))
    return CLK[0]


def f_l4n(t):  # log4net / python logging
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def f_dotms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def f_iso(t):
    return t.isoformat(timespec="milliseconds")


def f_z(t, digits=3):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ("%06d" % u.microsecond + str(u.second % 10))[:digits] + "Z"


def f_epochms(t):
    return int(t.timestamp() * 1000)


def f_hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def f_win(t):
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second,
                                        "AM" if t.hour < 12 else "PM")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_iso(d):
    return d.isoformat()


def d_c(d):
    return d.strftime("%Y%m%d")


def today():
    return CLK[0].date()


def future_day(lo, hi):
    d = today() + dt.timedelta(days=random.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------
# organisation (not PHI)
# --------------------------------------------------------------------------
ORG = "Lakeshore Eye Partners"
ORG_DOMAIN = "lakeshoreeye.com"
ORG_PHONE = ("817", "555", "0100")
ORG_FAX = ("817", "555", "0101")
SITES = {
    "SLK": ("Southlake", "2100 Medical Pkwy Ste 300", "Southlake", "TX", "76092"),
    "OCL": ("Oak Cliff", "1450 W Davis St", "Dallas", "TX", "75208"),
    "FRS": ("Frisco", "5680 Legacy Dr Ste 120", "Frisco", "TX", "75034"),
    "ASC": ("Lakeshore Surgery Center", "2120 Medical Pkwy", "Southlake", "TX", "76092"),
}
ORG_NPI = npi()
ORG_TIN = "75-%07d" % random.randint(1000000, 9999999)


def mkstaff(rows):
    out = []
    for f, l, cred, user in rows:
        out.append(dict(first=f, last=l, cred=cred, user=user, npi=npi(),
                        email="%s.%s@%s" % (f.lower().replace("-", ""), l.lower(), ORG_DOMAIN)))
    return out


DOCS = mkstaff([("Anjali", "Deshpande", "MD", "adeshpande"), ("Marcus", "Feldman", "OD", "mfeldman"),
                ("Hyun-woo", "Lim", "MD", "hlim"), ("Elena", "Vasquez", "OD", "evasquez"),
                ("Oyelaran", "Babatunde", "MD", "obabatunde")])
SURGEONS = [DOCS[0], DOCS[4]]
TECHS = mkstaff([("Brianna", "Cole", "COT", "bcole"), ("Jamal", "Reeves", "COA", "jreeves"),
                 ("Teresa", "Lindgren", "ABOC", "tlindgren"), ("Kayla", "Ortiz", "PSR", "kortiz"),
                 ("Duc", "Pham", "COA", "dpham"), ("Svetlana", "Morozova", "CPC", "smorozova")])
PCP = [dict(name="Northside Family Medicine", code="NFM", site="NFM-RICHARDSON", phone=("214", "555", "0180"),
            fax=("214", "555", "0181"), staff=mkstaff([("Jorge", "Alvarez", "MA", "jalvarez"),
                                                       ("Patricia", "Wen", "MD", "pwen")])),
       dict(name="Cedar Hill Community Clinic", code="CHC", site="CHC-MAIN", phone=("972", "555", "0190"),
            fax=("972", "555", "0191"), staff=mkstaff([("Imani", "Brooks", "MA", "ibrooks"),
                                                       ("Rafael", "Quintero", "DO", "rquintero")]))]

VPLANS = [dict(code="VPSP", name="VisionPlus Service Plan", payer="60054", phone=("800", "555", "0199")),
          dict(code="OPTC", name="OptiChoice Vision", payer="OCV01", phone=("866", "555", "0142"))]
MPLANS = [dict(code="MCR", name="Medicare Part B", payer="04412"),
          dict(code="BSH", name="BlueStar Health PPO", payer="84980"),
          dict(code="TXM", name="Texas Medicaid", payer="TXMCD"),
          dict(code="AET", name="Apex Commercial HMO", payer="60110")]


def fph(ph, style="dash"):
    a, b, c = ph
    return {"dash": "%s-%s-%s" % ph, "paren": "(%s) %s-%s" % ph, "hl7": "(%s)%s-%s" % ph,
            "e164": "+1%s%s%s" % ph, "digits": "%s%s%s" % ph, "dot": "%s.%s.%s" % ph,
            "1digits": "1%s%s%s" % ph, "e164enc": "%%2B1%s%s%s" % ph}[style]


# --------------------------------------------------------------------------
# synthetic patients
# --------------------------------------------------------------------------
CITIES = [("Garland", "TX", "75043", "972"), ("Irving", "TX", "75061", "972"), ("Plano", "TX", "75074", "469"),
          ("Arlington", "TX", "76010", "817"), ("Grand Prairie", "TX", "75050", "972"),
          ("Mesquite", "TX", "75149", "214"), ("Denton", "TX", "76201", "940"), ("McKinney", "TX", "75069", "469"),
          ("Carrollton", "TX", "75006", "972"), ("Richardson", "TX", "75080", "214"),
          ("Dallas", "TX", "75217", "214"), ("Fort Worth", "TX", "76110", "817"), ("Keller", "TX", "76248", "817"),
          ("Lewisville", "TX", "75067", "469"), ("Duncanville", "TX", "75116", "972"),
          ("Haltom City", "TX", "76117", "682"), ("Shreveport", "LA", "71105", "318"),
          ("Ardmore", "OK", "73401", "580"), ("Cedar Hill", "TX", "75104", "972")]
STREETS = ["Briar Hollow Ln", "Camino Real Dr", "W Pioneer Pkwy", "Meadowcrest Dr", "Old Denton Rd",
           "Lakeview Cir", "Pecan Grove Ct", "N Belt Line Rd", "Bluebonnet Trl", "Ranchview Dr", "E Abram St",
           "Sycamore School Rd", "Whispering Oaks Dr", "Kingsley Rd", "Hillcrest Ave", "Shady Brook Ln",
           "Glen Rose Ct", "Custer Pkwy", "Arapaho Rd", "Wichita Trl", "Mockingbird Ln", "Los Rios Blvd"]
UNITS = ["", "", "", "", " Apt 214", " Apt 1108", " Unit 3B", " #207", " Apt C"]
EMAIL_DOM = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "att.net",
             "hotmail.com", "sbcglobal.net"]
PUB_PREFIX = ["73.166", "98.197", "24.28", "76.184", "108.214", "172.58", "47.186", "99.108", "71.97",
              "66.69", "174.253", "107.77"]

SRC = [
    # first, middle, last, sex, birth year, relative (first, last, rel code)
    ("Agnieszka", "M", "Kowalska", "F", 1952, ("Tomasz", "Kowalski", "SPO")),
    ("Lan", "Thị", "Nguyễn", "F", 1948, ("Minh", "Nguyễn", "CHD")),
    ("Chukwuemeka", "O", "Okonkwo", "M", 1967, ("Adaeze", "Okonkwo", "SPO")),
    ("María José", "", "Hernández Ruiz", "F", 1979, ("Alejandro", "Hernández", "SPO")),
    ("Rami", "G", "Haddad", "M", 1961, ("Nadia", "Haddad", "SPO")),
    ("Siobhán", "", "O'Connell", "F", 1985, ("Declan", "O'Connell", "SPO")),
    ("Tesfaye", "", "Bekele", "M", 1958, ("Meron", "Tadesse", "SPO")),
    ("Eleni", "", "Papadopoulou", "F", 1944, ("Nikos", "Papadopoulos", "CHD")),
    ("Maricel", "B", "Dela Cruz", "F", 1970, ("Jun", "Dela Cruz", "SPO")),
    ("Dorothy", "A", "Whitfield", "F", 1931, ("Carol", "Whitfield-Ames", "CHD")),
    ("Harold", "E", "Lindqvist", "M", 1933, ("Erik", "Lindqvist", "CHD")),
    ("Kwame", "", "Mensah-Bonsu", "M", 1975, ("Akosua", "Mensah-Bonsu", "SPO")),
    ("Yuki", "", "Tanaka", "F", 1990, None),
    ("Fatima Zahra", "", "El Idrissi", "F", 1983, ("Youssef", "El Idrissi", "SPO")),
    ("Gustavo", "", "Ferreira da Silva", "M", 1964, ("Ana", "Ferreira", "SPO")),
    ("Mehmet", "", "Yılmaz", "M", 1956, ("Ayşe", "Yılmaz", "SPO")),
    ("Bao", "", "Vang", "M", 1972, ("Mai", "Vang", "SPO")),
    ("Darnell", "L", "Washington", "M", 1966, ("Keisha", "Washington", "SPO")),
    ("Ruth", "", "Abernathy", "F", 1929, ("Paul", "Abernathy", "CHD")),
    ("Zoë", "", "Castellanos", "F", 1998, ("Inés", "Castellanos", "PAR")),
    ("Ngozi", "", "Eze", "F", 1981, None),
    ("Łukasz", "", "Wiśniewski", "M", 1987, None),
    ("Priya", "", "Raghunathan", "F", 1993, None),
    ("Min-jun", "", "Park", "M", 1959, ("Seo-yeon", "Park", "SPO")),
    ("Jean-Baptiste", "", "Moreau", "M", 1950, ("Camille", "Moreau", "SPO")),
    ("Thandiwe", "", "Dlamini", "F", 1977, None),
    ("Arjun", "", "Mehta", "M", 1949, ("Rohan", "Mehta", "CHD")),
    ("Leilani", "", "Kahale", "F", 2001, ("Malia", "Kahale", "PAR")),
    ("Søren", "", "Kjær", "M", 1954, None),
    ("Oluwaseun", "", "Adeyemi", "M", 1988, None),
    ("Aigerim", "", "Seitkali", "F", 1995, None),
    ("José Luis", "", "Garza", "M", 1945, ("Yolanda", "Garza", "SPO")),
    ("Hoa", "", "Trần", "F", 1962, ("Quang", "Trần", "SPO")),
    ("Ivan", "", "Petrov", "M", 1968, None),
]
REL_TXT = {"SPO": "Spouse", "CHD": "Child", "PAR": "Parent"}
REF_DAY = dt.date(2024, 9, 4)

# organisation / vendor numbers are reserved so no patient shares them
used_ph = {("817", "0100"), ("817", "0101"), ("817", "0102"), ("214", "0180"), ("214", "0181"), ("972", "0190"),
           ("972", "0191"), ("800", "0199"), ("866", "0142"), ("800", "0123"), ("800", "0124"), ("888", "0156"),
           ("888", "0157"), ("877", "0110"), ("877", "0111"), ("800", "0177")}


def newphone(ac):
    while True:
        n = "%04d" % random.randint(102, 199)
        if (ac, n) not in used_ph:
            used_ph.add((ac, n))
            return (ac, "555", n)


def slug(s):
    return fold(s).lower().replace(" ", "").replace("'", "").replace("-", "")


PATIENTS = []
for i, (fn, mn, ln, sex, yr, rel) in enumerate(SRC):
    city, st, zp, ac = random.choice(CITIES)
    dob = dt.date(yr, random.randint(1, 12), random.randint(1, 28))
    age = REF_DAY.year - dob.year - ((REF_DAY.month, REF_DAY.day) < (dob.month, dob.day))
    fs, ls = slug(fn.split()[0]), slug(ln.split()[0])
    em_style = random.randint(0, 3)
    local = [fs + "." + ls, fs[0] + ls + str(dob.year % 100), ls + fs[:3] + str(random.randint(1, 99)),
             fs + "_" + ls + str(dob.year)][em_style]
    p = dict(
        idx=i, first=fn, middle=mn, last=ln, sex=sex, dob=dob, age=age,
        street="%d %s%s" % (random.randint(101, 9899), random.choice(STREETS), random.choice(UNITS)),
        city=city, state=st, zip=zp, home=newphone(ac), cell=newphone(random.choice(["214", "469", "972", "817"])),
        email="%s@%s" % (local, random.choice(EMAIL_DOM)), ssn=ssn(),
        mrn="%08d" % random.randint(30000, 129999), acct="A%09d" % random.randint(10000, 999999),
        vplan=random.choice(VPLANS), dl="%08d" % random.randint(10000000, 49999999),
        card=random.choice([card("4", 16), card("5" + random.choice("12345"), 16), card("37", 15),
                            card("6011", 16)]),
        exp="%02d%02d" % (random.randint(1, 12), random.randint(25, 30)),
        user=fs + ls[:4] + str(dob.year % 100),
        ip=random.choice(PUB_PREFIX) + ".%d.%d" % (random.randint(1, 254), random.randint(1, 254)),
    )
    p["vmember"] = ("%011d" % random.randint(10 ** 9, 10 ** 11 - 1)) if p["vplan"]["code"] == "VPSP" \
        else "OC%09d" % random.randint(10 ** 8, 10 ** 9 - 1)
    p["legacy"] = "C%06d" % random.randint(100000, 999999)
    p["lang"] = {"María José": "SPA^Spanish^ISO639", "José Luis": "SPA^Spanish^ISO639", "Lan": "VIE^Vietnamese^ISO639",
                 "Hoa": "VIE^Vietnamese^ISO639", "Min-jun": "KOR^Korean^ISO639", "Bao": "HMN^Hmong^ISO639"}.get(
        fn, random.choice(["ENG^English^ISO639", "ENG^English^ISO639", ""]))
    p["vgroup"] = random.choice(["30015472", "30044810", "12007731", "9920441", "30015472"])
    if age >= 65:
        p["mplan"], p["mmember"] = MPLANS[0], mbi()
    elif fn in ("Leilani", "Thandiwe"):
        p["mplan"], p["mmember"] = MPLANS[2], "5%08d" % random.randint(0, 99999999)
    else:
        p["mplan"] = random.choice(MPLANS[1:2] + MPLANS[3:])
        p["mmember"] = ("XZH" if p["mplan"]["code"] == "BSH" else "W") + "%09d" % random.randint(10 ** 8, 10 ** 9 - 1)
    if rel:
        rac = p["home"][0]
        p["rel"] = dict(first=rel[0], last=rel[1], code=rel[2], phone=newphone(rac))
    else:
        p["rel"] = None
    PATIENTS.append(p)

BYNAME = {p["first"]: p for p in PATIENTS}
# primary care AI-screening subjects
AI_SUBJ = {}
for nm, clinic in [("Rami", 0), ("Darnell", 0), ("Bao", 1), ("Chukwuemeka", 0), ("Ivan", 1), ("Hoa", 0),
                   ("Ngozi", 1), ("Mehmet", 0)]:
    p = BYNAME[nm]
    c = PCP[clinic]
    AI_SUBJ[nm] = (c, "%s-%06d" % (c["code"], random.randint(100000, 999999)))
# home OCT monitor (patient-owned device)
HOME_OCT = {}
for nm in ("Harold", "Eleni", "Dorothy", "Søren"):
    HOME_OCT[nm] = dict(serial="NVH-%04d-%06d" % (random.choice([2207, 2211, 2302]), random.randint(1000, 99999)),
                        mac=":".join(["F4", "5C", "89"] + ["%02X" % random.randint(0, 255) for _ in range(3)]))
# patient app registrations (IMEI of patient's phone)
APP = {nm: imei() for nm in ("Zoë", "Priya", "Oluwaseun", "Siobhán", "Yuki", "Łukasz")}
for p in PATIENTS:
    if p["first"] in ("Priya", "Yuki"):
        p["ip6"] = "2600:1700:%s:%s::%s" % (hexid(4), hexid(4), hexid(2))

WEIGHTS = [5, 4, 3, 3, 5, 3, 2, 3, 3, 4, 4, 2, 2, 2, 2, 3, 2, 3, 4, 2, 2, 2, 2, 2, 2, 1, 3, 1, 2, 1, 1, 2, 2, 1]


FORCE = []


def pick(pred=None):
    if FORCE and (pred is None or pred(FORCE[0])):
        return FORCE.pop(0)
    pool = [(p, w) for p, w in zip(PATIENTS, WEIGHTS) if pred is None or pred(p)]
    tot = sum(w for _, w in pool)
    r = random.uniform(0, tot)
    for p, w in pool:
        r -= w
        if r <= 0:
            return p
    return pool[-1][0]


def hl7name(p, who=None):
    q = who or p
    mid = fold(q.get("middle", "") or "").upper()
    s = "%s^%s" % (fold(q["last"]).upper(), fold(q["first"]).upper())
    return s + ("^" + mid if mid else "")


def upname(p):
    return "%s^%s" % (fold(p["last"]).upper(), fold(p["first"]).upper())


def full(p):
    return "%s %s" % (p["first"], p["last"])


def lastfirst(p):
    return "%s, %s" % (p["last"], p["first"])


def docname(d, style=0):
    return ["Dr. %s %s" % (d["first"], d["last"]), "%s, %s %s" % (d["last"], d["first"], d["cred"]),
            "%s %s, %s" % (d["first"], d["last"], d["cred"])][style]


def rx():
    def one():
        sph = random.choice([-1, -1, 1]) * random.randint(0, 28) * 0.25
        cyl = -random.randint(0, 10) * 0.25
        ax = random.randint(1, 180)
        return sph, cyl, ax
    return one(), one()


def fmt_d(v):
    return ("%+.2f" % v) if v != 0 else "+0.00"


# ==========================================================================
# FAMILIES
# ==========================================================================
ARKS = [("NIDEK", "ARK-1s", "1302477", "1.10.02", "COM4", "SLK-EX3"),
        ("NIDEK", "ARK-1", "0908812", "1.06.01", "COM3", "OCL-EX1"),
        ("TOPCON", "KR-800", "4410219", "2.03", "COM5", "FRS-PT2")]


def fam_arkbridge():
    """Windows service text log of an autorefractor serial bridge."""
    fam = "arkbridge-svc"
    mk, model, sn, rom, com, room = random.choice(ARKS)
    pid = random.randint(2100, 9800)

    def pre(lvl):
        t = tk(0, 2)
        return "%s [%-5s] ArkBridgeSvc[%d] %s - " % (f_dotms(t), lvl, pid, com)

    r, l = rx()
    if random.random() < 0.25:
        emit(fam, pre("INFO"), "Port %s opened 9600,8,N,1 (RTS/CTS) for %s %s S/N %s" % (com, mk, model, sn))
    emit(fam, pre("DEBUG"), "RX %d bytes <SOH>..<EOT> bcc=0x%02X OK" % (random.randint(180, 620), random.randint(0, 255)))
    emit(fam, pre("INFO"), "Parsed %s MachineNo=%s ROM=%s: REF R S%s C%s A%03d / L S%s C%s A%03d VD=12.00 PD=%.1f" % (
        model, sn, rom, fmt_d(r[0]), fmt_d(r[1]), r[2], fmt_d(l[0]), fmt_d(l[1]), l[2], random.randint(56, 70) + random.choice([0, .5])))
    if random.random() < 0.5:
        emit(fam, pre("INFO"), "KRT R1 %.2fmm %.2fD @%d R2 %.2fmm %.2fD @%d CYL %.2fD" % (
            random.uniform(7.4, 8.1), random.uniform(41, 46), random.randint(1, 180), random.uniform(7.3, 8.0),
            random.uniform(42, 47), random.randint(1, 180), -random.uniform(0.25, 2.5)))
    if random.random() < 0.35:
        emit(fam, pre("WARN"), "No worklist match for station %s; measurement held in unassigned queue (depth %d)" % (
            room, random.randint(1, 6)))
        return
    p = pick()
    emit(fam, pre("INFO"), "Worklist match station=%s PatientID=" % room, P(p["mrn"], "mrn"), " Name=",
         P("%s, %s" % (fold(p["last"]).upper(), fold(p["first"]).upper()), "name"),
         " Tech=%s" % random.choice(TECHS)["user"])
    emit(fam, pre("INFO"), "POST http://ehr-api.lakeshore.local:8080/api/v2/patients/", P(p["mrn"], "mrn"),
         "/autorefraction -> 201 Created (%d ms)" % random.randint(40, 900))


def fam_nidek_xml():
    """One-line Nidek-style XML export file."""
    fam = "nidek-xml"
    mk, model, sn, rom, com, room = random.choice(ARKS[:2])
    p = pick()
    t = advance(0, 2)
    r, l = rx()

    def eye(tag, e):
        return ["<%s><List No=\"1\">" % tag, X("Sphere", fmt_d(e[0])), X("Cylinder", fmt_d(e[1])),
                X("Axis", "%d" % e[2]), X("CataractMode", "OFF"), X("ConfidenceIndex", str(random.randint(7, 9))),
                "</List></%s>" % tag]
    age = p["age"]
    emit(fam, '<?xml version="1.0" encoding="UTF-8"?><Ophthalmology><Common>', X("Company", mk),
         X("ModelName", model), X("MachineNo", sn), X("ROMVersion", rom), X("Version", "1.01"),
         X("Date", P(t.strftime("%Y/%m/%d"), "date")), X("Time", t.strftime("%H:%M:%S")),
         "<Patient>", X("No.", "%04d" % random.randint(1, 400)), X("ID", P(p["mrn"], "mrn")),
         X("FirstName", P(fold(p["first"]), "name")), X("LastName", P(fold(p["last"]), "name")),
         X("Sex", p["sex"]), X("Age", P(str(age), "age") if age > 89 else str(age)),
         X("DOB", P(p["dob"].strftime("%Y/%m/%d"), "date")), "</Patient>",
         "<Operator>", X("No.", str(random.randint(1, 9))), X("ID", random.choice(TECHS)["user"]), "</Operator>",
         "</Common><Measure Type=\"REF\">", X("MeasureMode", "Continuous"), X("DiopterStep", "0.25D"),
         X("AxisStep", "1°"), X("CylinderMode", "-"), X("VD", "12.00 mm"),
         eye("R", r), eye("L", l), X("PD", ["<Distance>", "%.1f" % random.uniform(56, 70), "</Distance>"]),
         "</Measure></Ophthalmology>")


# ---------------- DICOM dumps ----------------
def dd(tag, vr, val, name, cat=None, eq=False, novalue=False, raw=None):
    if novalue:
        left = "(%s) %s (no value available)" % (tag, vr)
        return [left.ljust(52) + "#   0, 0 %s" % name]
    if raw is not None:
        left = "(%s) %s %s" % (tag, vr, raw)
        ln = val
        return [left.ljust(52) + "#%4d, 1 %s" % (ln, name)]
    if eq:
        ln = len(val[1]) + len(val[1]) % 2
        return ddraw(tag, vr, "=" + val[0], ln, name)
    vb = len(val.encode("utf-8"))
    ln = vb + vb % 2
    vm = val.count("\\") + 1 if vr in ("CS", "LO", "SH", "DS", "IS") else 1
    left_txt = "(%s) %s [%s]" % (tag, vr, val)
    pad = " " * max(1, 52 - len(left_txt.encode("utf-8")))
    body = P(val, cat) if cat else val
    return ["(%s) %s [" % (tag, vr), body, "]", pad, "#%4d, %d %s" % (ln, vm, name)]


def ddraw(tag, vr, valtxt, ln, name):
    left = "(%s) %s %s" % (tag, vr, valtxt)
    return [left.ljust(52) + (" " if len(left) >= 52 else "") + "#%4d, 1 %s" % (ln, name)]


def uid_root():
    return random.choice(["1.2.276.0.75.2.2.44", "1.3.6.1.4.1.33437.10", "1.2.392.200106.1651.6"])


def fam_dcmdump():
    fam = "dcmdump"
    kind = random.choice(["oct", "oct", "fundus"])
    if kind == "oct":
        mfr, model, sn, sw, station, ip = random.choice([
            ("Carl Zeiss Meditec", "CIRRUS HD-OCT 6000", "6000-11482", "11.5.2.54532", "CIRRUS6000-R2", "10.20.4.31"),
            ("Heidelberg Engineering", "Spectralis", "SN-73315", "6.16.8.0", "SPECTRALIS-OCL", "10.30.2.22"),
            ("TOPCON", "Maestro2", "MA2-1184377", "1.31", "MAESTRO2-FRS", "10.40.2.18")])
        sop = ("1.2.840.10008.5.1.4.1.1.77.1.5.4", "OphthalmicTomographyImageStorage")
        modality = "OPT"
    else:
        mfr, model, sn, sw, station, ip = random.choice([
            ("Optos", "Daytona P200T", "DAY-100823", "4.2.0.17", "OPTOS-SLK", "10.20.4.35"),
            ("Carl Zeiss Meditec", "CLARUS 700", "CL7-2301446", "1.1.2.63", "CLARUS-FRS", "10.40.2.19")])
        sop = ("1.2.840.10008.5.1.4.1.1.77.1.5.1", "OphthalmicPhotography8BitImageStorage")
        modality = "OP"
    p = pick()
    t = advance(0, 2)
    root = uid_root()
    iuid = "%s.%s.%s.%d" % (root, rdig(10), t.strftime("%Y%m%d%H%M%S") + rdig(3), random.randint(1, 128))
    study = "%s.%s.%s" % (root, rdig(12), rdig(6))
    utf = fold(full(p)) != full(p) and random.random() < 0.6
    nm = ("%s^%s" % (p["last"].upper(), p["first"].upper())) if utf else hl7name(p)
    site = random.choice(["SLK", "OCL", "FRS"])
    rows = []
    if random.random() < 0.3:
        rows += [["# Dicom-File-Format"], ["# Dicom-Meta-Information-Header"],
                 ["# Used TransferSyntax: Little Endian Explicit"],
                 ddraw("0002,0000", "UL", "%d" % random.randint(184, 214), 4, "FileMetaInformationGroupLength"),
                 ddraw("0002,0001", "OB", "00\\01", 2, "FileMetaInformationVersion"),
                 dd("0002,0002", "UI", (sop[1], sop[0]), "MediaStorageSOPClassUID", eq=True),
                 dd("0002,0003", "UI", iuid, "MediaStorageSOPInstanceUID"),
                 dd("0002,0010", "UI", ("JPEG2000LosslessOnly", "1.2.840.10008.1.2.4.90"), "TransferSyntaxUID", eq=True),
                 dd("0002,0013", "SH", "OFFIS_DCMTK_368", "ImplementationVersionName"),
                 ["# Dicom-Data-Set"], ["# Used TransferSyntax: JPEG 2000 (Lossless only)"]]
    if utf:
        rows.append(dd("0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet"))
    rows += [dd("0008,0008", "CS", "ORIGINAL\\PRIMARY", "ImageType"),
             dd("0008,0016", "UI", (sop[1], sop[0]), "SOPClassUID", eq=True),
             dd("0008,0020", "DA", d_c(t.date()), "StudyDate", cat="date"),
             dd("0008,0030", "TM", t.strftime("%H%M%S") + ".%03d" % random.randint(0, 999), "StudyTime"),
             dd("0008,0050", "SH", None, "AccessionNumber", novalue=True),
             dd("0008,0060", "CS", modality, "Modality"),
             dd("0008,0070", "LO", mfr, "Manufacturer"),
             dd("0008,0080", "LO", "%s %s" % (ORG, SITES[site][0]), "InstitutionName")]
    if random.random() < 0.4:
        rows.append(dd("0008,0081", "ST", "%s %s %s %s" % SITES[site][1:], "InstitutionAddress"))
    rd = random.choice(DOCS)
    rows += [dd("0008,0090", "PN", "%s^%s^^DR" % (fold(rd["last"]).upper(), rd["first"].upper()),
                "ReferringPhysicianName"),
             dd("0008,1010", "SH", station, "StationName"),
             dd("0008,1090", "LO", model, "ManufacturerModelName"),
             dd("0010,0010", "PN", nm, "PatientName", cat="name"),
             dd("0010,0020", "LO", p["mrn"], "PatientID", cat="mrn"),
             dd("0010,0021", "LO", "LEP", "IssuerOfPatientID"),
             dd("0010,0030", "DA", d_c(p["dob"]), "PatientBirthDate", cat="date"),
             dd("0010,0040", "CS", p["sex"], "PatientSex")]
    if random.random() < 0.5:
        a = "%03dY" % p["age"]
        rows.append(dd("0010,1010", "AS", a, "PatientAge", cat="age" if p["age"] > 89 else None))
    if random.random() < 0.3:
        rows.append(dd("0010,1000", "LO", p["legacy"], "OtherPatientIDs", cat="mrn"))
    rows += [dd("0018,1000", "LO", sn, "DeviceSerialNumber"),
             dd("0018,1020", "LO", sw, "SoftwareVersions"),
             dd("0020,000d", "UI", study, "StudyInstanceUID"),
             dd("0020,0011", "IS", str(random.randint(1, 12)), "SeriesNumber"),
             dd("0020,0062", "CS", random.choice("RL"), "ImageLaterality")]
    if kind == "oct" and random.random() < 0.6:
        rows.append(ddraw("0022,0035", "FL", "%.4f" % random.uniform(21.5, 26.5), 4, "AxialLengthOfTheEye"))
    if random.random() < 0.5 and mfr.split()[0] in ("Carl", "Heidelberg"):
        rows.append(dd("0407,0010", "LO", "CZM_Private", "PrivateCreator") if mfr.startswith("Carl")
                    else dd("0407,0010", "LO", "Heidelberg Engineering", "PrivateCreator"))
        rows.append(["(0407,1001) OB 01\\00\\%02x\\%02x\\00\\00\\00\\00\\ff\\ff\\01\\00\\08\\00\\00\\00..." % (
            random.randint(0, 255), random.randint(0, 255)) + " # %d, 1 Unknown Tag & Data" % random.choice([64, 128, 512])])
    rows.append([("(7fe0,0010) OB (PixelSequence #=%d)" % random.randint(2, 129)).ljust(52) + "# u/l, 1 PixelData"])
    # a dcmdump +P/-s style selection: keep every patient element, drop some descriptive ones
    rows = [r for r in rows if any(isinstance(x, P) for x in r) or r[0].startswith("#") or random.random() < 0.45]
    for r in rows:
        emit(fam, r)


PYD = [("0008", "0020", "Study Date", "DA"), ("0008", "0060", "Modality", "CS"),
       ("0010", "0010", "Patient's Name", "PN"), ("0010", "0020", "Patient ID", "LO"),
       ("0010", "0030", "Patient's Birth Date", "DA"), ("0010", "0040", "Patient's Sex", "CS")]


def pyd(g, e, name, vr, val, cat=None, quote=True):
    head = "(%s, %s) %-35.35s %s: " % (g, e, name, vr)
    if quote:
        return [head, "'", P(val, cat) if cat else val, "'"]
    return [head, P(val, cat) if cat else val]


def fam_pydicom():
    """Python uploader of the retinal-AI service dumping a DICOM header at DEBUG."""
    fam = "pydicom-dump"
    nm = random.choice(list(AI_SUBJ))
    p = BYNAME[nm]
    clinic, subj = AI_SUBJ[nm]
    t = advance(0, 2)
    cam = random.choice([("TOPCON", "NW400", "NW4-552871"), ("Canon", "CR-2 AF", "CR2A-30419"),
                         ("Optomed", "Aurora", "AUR-1903022")])
    pre = lambda: "%s DEBUG eyescreen.ingest.dicom: " % f_l4n(tk(0, 0))
    emit(fam, "%s INFO eyescreen.ingest.dicom: parsed %s.dcm (%d bytes) from site %s" % (
        f_l4n(t), uuid4(), random.randint(900000, 4800000), clinic["site"]))
    rows = [pyd("0008", "0016", "SOP Class UID", "UI", "Ophthalmic Photography 8 Bit Image Storage", quote=False),
            pyd("0008", "0020", "Study Date", "DA", d_c(t.date()), "date"),
            pyd("0008", "0030", "Study Time", "TM", t.strftime("%H%M%S")),
            pyd("0008", "0060", "Modality", "CS", "OP"),
            pyd("0008", "0070", "Manufacturer", "LO", cam[0]),
            pyd("0008", "0080", "Institution Name", "LO", clinic["name"]),
            pyd("0008", "0090", "Referring Physician's Name", "PN", "%s^%s" % (clinic["staff"][1]["last"].upper(),
                                                                              clinic["staff"][1]["first"].upper())),
            pyd("0008", "1090", "Manufacturer's Model Name", "LO", cam[1]),
            pyd("0010", "0010", "Patient's Name", "PN", upname(p), "name"),
            pyd("0010", "0020", "Patient ID", "LO", subj, "mrn"),
            pyd("0010", "0030", "Patient's Birth Date", "DA", d_c(p["dob"]), "date"),
            pyd("0010", "0040", "Patient's Sex", "CS", p["sex"]),
            pyd("0018", "1000", "Device Serial Number", "LO", cam[2]),
            pyd("0020", "0062", "Image Laterality", "CS", random.choice("RL")),
            pyd("0028", "0010", "Rows", "US", str(random.choice([1536, 2048, 3000])), quote=False),
            pyd("0028", "0011", "Columns", "US", str(random.choice([1536, 2048, 3900])), quote=False),
            pyd("7fe0", "0010", "Pixel Data", "OB", "Array of %d elements" % random.randint(2000000, 9000000), quote=False)]
    k = random.randint(9, len(rows))
    sel = rows[:2] + random.sample(rows[2:], k - 2)
    sel.sort(key=lambda r: r[0])
    for r in sel:
        emit(fam, pre(), r)


# ---------------- imaging archive (log4net, Windows event log) ----------------
MODALITIES = [("CIRRUS6000-R2", "10.20.4.31"), ("SPECTRALIS-OCL", "10.30.2.22"), ("MAESTRO2-FRS", "10.40.2.18"),
              ("OPTOS-SLK", "10.20.4.35"), ("CLARUS-FRS", "10.40.2.19"), ("HFA3-SLK", "10.20.4.40"),
              ("IOLM700-ASC", "10.60.1.12")]


def fam_forum():
    fam = "log4net"
    advance(0, 1)
    thr = random.randint(4, 40)

    def pre(lvl, logger):
        return "%s [%d] %-5s %s - " % (f_l4n(tk(0, 1)), thr, lvl, logger)
    ae, ip = random.choice(MODALITIES)
    n = random.randint(1, 6)
    emit(fam, pre("INFO", "Forum.Dicom.Network.Association"),
         "Association accepted: calling AE %s (%s:%d) called AE LEP_FORUM, ctx=%d" % (
             ae, ip, random.randint(49152, 65000), random.randint(1, 9)))
    root = uid_root()
    for _ in range(random.randint(1, 3)):
        emit(fam, pre("DEBUG", "Forum.Dicom.StoreScp"), "C-STORE RQ MsgID=%d SOPInstanceUID=%s.%s.%d" % (
            random.randint(1, 900), root, rdig(14), random.randint(1, 99)))
    r = random.random()
    if r < 0.35:
        p = pick()
        emit(fam, pre("INFO", "Forum.Core.PatientReconciliation"), "Matched incoming study to patient by PatientID=",
             P(p["mrn"], "mrn"), " + BirthDate=", P(d_c(p["dob"]), "date"), " (score 1.00)")
    elif r < 0.5:
        p = pick(lambda q: " " in q["last"] or "-" in q["last"] or "'" in q["last"] or fold(q["last"]) != q["last"])
        a = upname(p)
        b = "%s^%s" % (fold(p["last"]).upper().replace(" ", "").replace("-", " ").replace("'", ""),
                       fold(p["first"]).upper())
        emit(fam, pre("WARN", "Forum.Core.PatientReconciliation"), "Demographics mismatch for PatientID ",
             P(p["mrn"], "mrn"), ": modality sent '", P(b, "name"), "' but EMR has '", P(a, "name"),
             "'; study placed in Unreconciled folder")
    elif r < 0.6:
        emit(fam, pre("ERROR", "Forum.Dicom.StoreScp"),
             "Failed to store instance: System.IO.IOException: The process cannot access the file "
             "'D:\\FORUMArchive\\%s\\%s.dcm' because it is being used by another process." % (
                 CLK[0].strftime("%Y\\%m\\%d"), hexid(16).upper()))
        emit(fam, "   at Forum.Storage.FileArchive.Write(DicomFile file, String path) in "
                  "C:\\agent\\_work\\14\\s\\src\\Forum.Storage\\FileArchive.cs:line %d" % random.randint(80, 400))
    emit(fam, pre("INFO", "Forum.Dicom.StoreScp"), "Storage commitment N-EVENT-REPORT sent to %s: %d success, 0 failed" % (
        ae, n))
    if random.random() < 0.3:
        emit(fam, pre("INFO", "Forum.Services.ArchiveMonitor"), "Volume D:\\FORUMArchive free %.1f GB of 3725.9 GB (%.1f%%)" % (
            random.uniform(300, 900), random.uniform(8, 24)))


def fam_winevt_xml():
    fam = "winevt-xml"
    t = advance(0, 3)
    prov, eid, lvl, comp = random.choice([("HarmonyDicomGateway", 3102, 4, "LEP-IMG01.lakeshore.local"),
                                          ("HarmonyDicomGateway", 3307, 3, "LEP-IMG01.lakeshore.local"),
                                          ("IOLMasterExportSvc", 1000, 4, "ASC-BIO01.lakeshore.local"),
                                          ("MSSQL$EHR", 17137, 4, "LEP-SQL02.lakeshore.local")])
    if prov == "MSSQL$EHR":
        data = ["Starting up database 'EyeEHR_Archive'."]
    elif eid == 3307:
        p = pick()
        data = ["Worklist C-FIND from %s: 0 matches for PatientID '" % random.choice(MODALITIES)[0],
                P(p["mrn"], "mrn"), "' ScheduledDate '", P(d_c(today()), "date"), "'"]
    elif prov == "IOLMasterExportSvc":
        data = ["Export cycle completed: %d files copied to \\\\lep-fs01\\biometry\\inbox, 0 errors" % random.randint(0, 9)]
    else:
        ae, ip = random.choice(MODALITIES)
        data = ["MWL query from %s (%s): %d items returned in %d ms" % (ae, ip, random.randint(0, 30),
                                                                       random.randint(8, 400))]
    emit(fam, '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="%s"/>'
              '<EventID Qualifiers="0">%d</EventID><Version>0</Version><Level>%d</Level><Task>0</Task>'
              '<Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime="%s"/>'
              '<EventRecordID>%d</EventRecordID><Correlation/><Execution ProcessID="%d" ThreadID="0"/>'
              '<Channel>Application</Channel><Computer>%s</Computer><Security/></System><EventData><Data>' % (
                  xesc(prov), eid, lvl, t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (t.microsecond, random.randint(0, 9)), random.randint(100000, 999999),
                  random.randint(1000, 9000), comp),
         [P(xesc(d.v), d.cat) if isinstance(d, P) else xesc(d) for d in data],
         "</Data></EventData></Event>")


def fam_winevt_txt():
    """Get-WinEvent | Format-Table style tab separated export of the IOLMaster export service."""
    fam = "winevt-txt"
    advance(0, 3)
    for _ in range(random.randint(2, 4)):
        t = tk(1, 30)
        r = random.random()
        if r < 0.3:
            p = pick(lambda q: q["age"] >= 55)
            msg = ["Exported biometry for PatID=", P(p["mrn"], "mrn"), " ExamDate=", P(d_us(today()), "date"),
                   " to IOL_", P(p["mrn"], "mrn"), "_%s.xml" % t.strftime("%H%M%S")]
            lvl, eid = "Information", 1002
        elif r < 0.6:
            msg = ["Export cycle completed: %d file(s), 0 error(s), elapsed 00:00:%02d" % (random.randint(0, 6),
                                                                                       random.randint(1, 59))]
            lvl, eid = "Information", 1000
        elif r < 0.8:
            msg = ["Share \\\\lep-fs01\\biometry\\inbox unavailable (0x80070035), retry in 60 s"]
            lvl, eid = "Warning", 2001
        else:
            msg = ["Service started. Version 3.2.0.%d, poll interval 30 s, watch folder D:\\IOLMaster\\Export" %
                   random.randint(100, 999)]
            lvl, eid = "Information", 100
        emit(fam, "%s\t%s\tIOLMasterExportSvc\t%d\tNone\t" % (lvl, f_win(t), eid), msg)


# ---------------- HL7 v2 through Mirth Connect ----------------
MSGCTR = [48000]


def hl7seg(fields):
    fields = list(fields)
    while len(fields) > 1 and (fields[-1] is None or fields[-1] == ""):
        fields.pop()
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append("|")
        out.append(f if f is not None else "")
    return out


def mirth(lvl, src, msg):
    t = tk(0, 1)
    return "[%s]  %-5s (%s): " % (f_l4n(t), lvl, src), msg


def pid_seg(p, full_demo=True):
    f = [""] * 20
    f[0] = "PID"
    f[1] = "1"
    f[3] = [P(p["mrn"], "mrn"), "^^^LEP^MR"]
    f[5] = P(hl7name(p), "name")
    f[7] = P(d_c(p["dob"]), "date")
    f[8] = p["sex"]
    if full_demo:
        f[11] = [P(fold(p["street"]), "address"), "^^", P(p["city"], "address"), "^%s^" % p["state"],
                 P(p["zip"], "zip"), "^USA^H"]
        tel = [P(fph(p["home"], "hl7"), "phone"), "^PRN^PH"]
        if random.random() < 0.6:
            tel += ["~", P(fph(p["cell"], "hl7"), "phone"), "^PRN^CP"]
        if random.random() < 0.5:
            tel += ["~^NET^Internet^", P(p["email"], "email")]
        if p["age"] >= 70 and random.random() < 0.5:
            tel += ["~", P(fph(p["rel"]["phone"] if p["rel"] else p["home"], "hl7"), "fax"), "^PRN^FX"]
        f[13] = tel
        f[15] = p["lang"]
        f[16] = random.choice(["M", "S", "W", ""])
        f[18] = [P(p["acct"], "account"), "^^^LEP^AN"]
        if random.random() < 0.7:
            f[19] = P(p["ssn"].replace("-", "") if random.random() < 0.5 else p["ssn"], "ssn")
        if random.random() < 0.4:
            f.append([P(p["dl"], "license"), "^%s^20%d" % (p["state"], random.randint(26, 31))])
    return hl7seg(f)


def in1_seg(p, medical=False):
    f = [""] * 37
    f[0] = "IN1"
    f[1] = "1"
    if medical:
        pl = p["mplan"]
        f[2] = "%s^%s" % (pl["code"], pl["name"])
        f[3] = pl["payer"]
        f[4] = pl["name"]
        f[36] = P(p["mmember"], "health_plan")
    else:
        pl = p["vplan"]
        f[2] = "%s^%s" % (pl["code"], pl["name"])
        f[3] = pl["payer"]
        f[4] = pl["name"]
        f[5] = "PO Box 997100^^Sacramento^CA^95899-7100" if pl["code"] == "VPSP" else "PO Box 8504^^Mason^OH^45040"
        f[7] = fph(pl["phone"], "hl7")
        f[8] = p["vgroup"]
        f[9] = random.choice(["LAKESHORE ISD", "CITY OF GARLAND", "TEXAS HEALTH RESOURCES", "AMERICAN AIRLINES"])
        f[36] = P(p["vmember"], "health_plan")
    f[15] = random.choice(["MB", "HMO", "PPO"]) if medical else "VIS"
    f[16] = P(hl7name(p), "name")
    f[17] = "01^Self"
    f[18] = P(d_c(p["dob"]), "date")
    return hl7seg(f)


def msh(typ, sending="EYEHR", receiving="FORUM"):
    MSGCTR[0] += random.randint(1, 40)
    t = tk(0, 0)
    return "MSG%08d" % MSGCTR[0], hl7seg(["MSH", "^~\\&", sending, "LEP", receiving, "LEP", f_hl7ts(t) + "-0500", "",
                                         typ, "MSG%08d" % MSGCTR[0], "P", "2.5.1", "", "", "AL", "NE"])


def fam_hl7(kind=None):
    advance(0, 3)
    fam = "hl7v2"
    kind = kind or random.choice(["ADT", "ADT", "ADT", "SIU", "ORM", "ORU", "DFT"])
    doc = random.choice(DOCS)
    docx = "%s^%s^%s^^^DR^%s^^^NPI" % (doc["npi"], doc["last"].upper(), doc["first"].upper(), doc["cred"])
    if kind == "ADT":
        p = pick()
        ev = random.choice(["A04", "A08", "A08", "A31"])
        chan = "EHR_ADT_to_FORUM"
        emit("mirth-log", mirth("INFO", "com.mirth.connect.connectors.tcp.TcpReceiver:412",
                                "Channel '%s' received message from 10.20.1.14:%d" % (chan, random.randint(40000, 60000))))
        cid, m = msh("ADT^%s^ADT_A01" % ev)
        ut = random.choice(TECHS)
        segs = [m, hl7seg(["EVN", ev, f_hl7ts(CLK[0]), "", "", "%s^%s^%s" % (ut["user"], ut["last"], ut["first"])]),
                pid_seg(p)]
        if p["rel"] and random.random() < 0.8:
            r = p["rel"]
            segs.append(hl7seg(["NK1", "1", P(hl7name(r), "name"), "%s^%s^HL70063" % (r["code"], REL_TXT[r["code"]]),
                                "", [P(fph(r["phone"], "hl7"), "phone"), "^PRN^PH"], "", "EC^Emergency Contact^HL70131"]))
        pv1 = [""] * 45
        pv1[0], pv1[1], pv1[2] = "PV1", "1", "O"
        pv1[3] = "%s^EX%d^^%s" % (random.choice(["SLK", "OCL", "FRS"]), random.randint(1, 6), "LEP")
        pv1[7] = docx
        pv1[10] = random.choice(["OPT", "OPH", "RET"])
        pv1[44] = P(f_hl7ts(CLK[0] - dt.timedelta(minutes=random.randint(5, 50))), "date")
        segs.append(hl7seg(pv1))
        if random.random() < 0.7:
            segs.append(in1_seg(p))
        for s_ in segs:
            emit(fam, s_)
        emit("mirth-log", mirth("INFO", "transformer:?", ["ADT %s mapped for MRN " % ev, P(p["mrn"], "mrn"),
                                                          ", forwarding to FORUM_MWL and IMAGEnet_ADT"]))
        ack_id = cid
    elif kind == "SIU":
        p = pick(lambda q: q["age"] >= 55)
        surg = random.choice(SURGEONS)
        day = future_day(7, 30)
        st = dt.datetime(day.year, day.month, day.day, random.choice([7, 8, 9, 10, 13]), random.choice([0, 30]))
        cid, m = msh("SIU^S12^SIU_S12", "ASCSCHED", "EYEHR")
        emit("mirth-log", mirth("INFO", "com.mirth.connect.connectors.tcp.TcpReceiver:412",
                                "Channel 'ASC_SIU_to_EHR' received message from 10.60.1.5:%d" % random.randint(40000, 60000)))
        dur = random.choice([30, 45, 60])
        segs = [m,
                hl7seg(["SCH", "%d^ASCSCHED" % random.randint(800000, 899999), "", "", "", "",
                        "^Cataract surgery", "66984^Cataract extraction w/IOL^CPT", "CAT^Cataract^LOCAL", str(dur), "MIN",
                        ["^^%d^" % dur, P(st.strftime("%Y%m%d%H%M"), "date"), "^",
                         P((st + dt.timedelta(minutes=dur)).strftime("%Y%m%d%H%M"), "date")],
                        "", "", "", "", "", "", "", "", "", "", "", "", "", "Booked"]),
                pid_seg(p, full_demo=random.random() < 0.5),
                hl7seg(["RGS", "1", "A"]),
                hl7seg(["AIS", "1", "A", "66984^Cataract extraction w/IOL^CPT", P(st.strftime("%Y%m%d%H%M"), "date"),
                        "0", "MIN", str(dur), "MIN"]),
                hl7seg(["AIG", "1", "A", "%s^%s^%s" % (surg["npi"], surg["last"].upper(), surg["first"].upper()),
                        "SURG^Surgeon"]),
                hl7seg(["AIL", "1", "A", "ASC^OR%d^^LSC" % random.randint(1, 3)])]
        for s_ in segs:
            emit(fam, s_)
        ack_id = cid
    elif kind == "ORM":
        p = pick()
        cid, m = msh("ORM^O01^ORM_O01", "EYEHR", "FORUM")
        emit("mirth-log", mirth("INFO", "com.mirth.connect.server.channel.ChannelDispatcher:188",
                                "Channel 'EHR_ORM_to_MWL' dispatching message %d" % MSGCTR[0]))
        code = random.choice(["92134^OCT retina^CPT", "92133^OCT optic nerve^CPT", "92250^Fundus photography^CPT",
                              "92083^Visual field extended^CPT", "76519^A-scan biometry IOL calc^CPT"])
        placer = "ORD%07d" % random.randint(1000000, 9999999)
        segs = [m, pid_seg(p, full_demo=False),
                hl7seg(["PV1", "1", "O", "%s^IMG1^^LEP" % random.choice(["SLK", "OCL", "FRS"])]),
                hl7seg(["ORC", "NW", placer, "", "", "SC", "", "", "", f_hl7ts(CLK[0]), "", "", docx]),
                hl7seg(["OBR", "1", placer, "", code, "", "", P(f_hl7ts(CLK[0])[:12], "date"), "", "", "", "", "", "", "",
                        "", docx, "", "", "", "", "", "", "", "", "", "", "1^^^^^R"])]
        for s_ in segs:
            emit(fam, s_)
        ack_id = cid
    elif kind == "ORU":
        nm = random.choice(list(AI_SUBJ))
        p = BYNAME[nm]
        clinic, subj = AI_SUBJ[nm]
        cid, m = msh("ORU^R01^ORU_R01", "EYESCREEN", clinic["code"] + "EHR")
        emit("mirth-log", mirth("INFO", "com.mirth.connect.connectors.http.HttpReceiver:301",
                                "Channel 'EyeScreen_Results_to_%s' received POST /results (%d bytes)" % (
                                    clinic["code"], random.randint(1800, 4200))))
        res = random.choice([("NEG", "Negative for more-than-mild diabetic retinopathy"),
                             ("MTMDR", "More-than-mild diabetic retinopathy detected. Refer to eye care professional"),
                             ("VTDR", "Vision-threatening diabetic retinopathy detected. Refer urgently"),
                             ("INSUF", "Insufficient image quality. Re-image or refer")])
        obsdt = CLK[0] - dt.timedelta(minutes=random.randint(3, 40))
        segs = [m,
                hl7seg(["PID", "1", "", [P(subj, "mrn"), "^^^%s^MR" % clinic["code"]], "", P(upname(p), "name"), "",
                        P(d_c(p["dob"]), "date"), p["sex"]]),
                hl7seg(["OBR", "1", "", "ES-%s" % b62(10), "LP75490-2^Diabetic retinopathy screening^LN", "", "",
                        P(f_hl7ts(obsdt), "date"), "", "", "", "", "", "", "", "",
                        "%s^%s^%s" % (clinic["staff"][1]["npi"], clinic["staff"][1]["last"].upper(),
                                      clinic["staff"][1]["first"].upper()), "", "", "", "", "", "", "", "", "F"]),
                hl7seg(["OBX", "1", "CWE", "LP75490-2^DR screening result^LN", "", "%s^%s^L" % res, "", "", "", "", "", "F"]),
                hl7seg(["OBX", "2", "ST", "QUAL^Image quality^L", "", random.choice(["ADEQUATE", "ADEQUATE", "MARGINAL"]),
                        "", "", "", "", "", "F"]),
                hl7seg(["OBX", "3", "ST", "ALGO^Algorithm version^L", "", "eyescreen-dr 3.2.%d" % random.randint(0, 9),
                        "", "", "", "", "", "F"])]
        for s_ in segs:
            emit(fam, s_)
        ack_id = cid
    else:  # DFT
        p = pick(lambda q: q["age"] >= 55)
        cid, m = msh("DFT^P03^DFT_P03", "ASCSCHED", "PMBILL")
        emit("mirth-log", mirth("INFO", "com.mirth.connect.server.channel.ChannelDispatcher:188",
                                "Channel 'ASC_Charges_to_PM' dispatching message %d" % MSGCTR[0]))
        svc = today() - dt.timedelta(days=random.randint(0, 6))
        segs = [m, hl7seg(["EVN", "P03", f_hl7ts(CLK[0])]), pid_seg(p, full_demo=False)]
        for i, (cpt, desc, amt) in enumerate(random.sample([("66984", "CATARACT SURG W/IOL 1 STAGE", "1850.00"),
                                                            ("V2632", "POSTERIOR CHAMBER IOL", "0.00"),
                                                            ("66982", "CATARACT SURG COMPLEX", "2450.00"),
                                                            ("0308T", "TELESCOPE PROSTHESIS INSERT", "0.00")], 2)):
            segs.append(hl7seg(["FT1", str(i + 1), "", "", P(d_c(svc), "date"), "", "CG",
                                "%s^%s^CPT" % (cpt, desc), "", "", "1", amt, "", "", "", "", "", "", "", "",
                                ["H25.1%d^Age-related nuclear cataract^I10" % random.randint(1, 3)], "",
                                "%s^%s^%s" % (SURGEONS[0]["npi"], SURGEONS[0]["last"].upper(), SURGEONS[0]["first"].upper())]))
        if random.random() < 0.6:
            segs.append(in1_seg(p, medical=True))
        for s_ in segs:
            emit(fam, s_)
        ack_id = cid
    if random.random() < 0.7:
        _, am = msh("ACK", "LEPMIRTH", "EYEHR")
        emit(fam, am)
        emit(fam, "MSA|AA|%s" % ack_id)
    emit("mirth-log", mirth("INFO", "com.mirth.connect.donkey.server.channel.Channel:1345",
                            "Message %d processed in %d ms, status SENT" % (MSGCTR[0], random.randint(12, 400))))


# ---------------- X12 EDI ----------------
ICN = [4800]


def isa_gs(func, receiver, ver, sender="LAKESHOREEYE"):
    ICN[0] += random.randint(1, 9)
    t = CLK[0]
    isa = "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
        sender, receiver, t.strftime("%y%m%d"), t.strftime("%H%M"), ICN[0])
    gs = "GS*%s*%s*%s*%s*%s*%d*X*%s~" % (func, sender, receiver, t.strftime("%Y%m%d"), t.strftime("%H%M"), ICN[0], ver)
    return isa + gs


def springpre(lvl, thread, logger):
    t = tk(0, 1)
    return "%s %5s %d --- [%s] %-40s : " % (f_iso(t), lvl, 4120, thread, logger)


def fam_x12_elig():
    advance(0, 3)
    p = pick()
    pl = p["vplan"]
    recv = "VPSP" if pl["code"] == "VPSP" else "OPTICHOICE"
    trn = "EL%d-%d" % (ICN[0], random.randint(1, 9))
    th = "elig-worker-%d" % random.randint(1, 6)
    svc = today()
    body = [isa_gs("HS", recv, "005010X279A1"), "ST*270*0001*005010X279A1~",
            "BHT*0022*13*%s*%s*%s~" % (trn, CLK[0].strftime("%Y%m%d"), CLK[0].strftime("%H%M")),
            "HL*1**20*1~NM1*PR*2*%s*****PI*%s~" % (pl["name"].upper(), pl["payer"]),
            "HL*2*1*21*1~NM1*1P*2*LAKESHORE EYE PARTNERS*****XX*%s~" % ORG_NPI,
            "HL*3*2*22*0~TRN*1*%s*9LAKESHORE~" % trn,
            "NM1*IL*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****MI*",
            P(p["vmember"], "health_plan"), "~DMG*D8*", P(d_c(p["dob"]), "date"), "*%s~" % p["sex"],
            "DTP*291*D8*", P(d_c(svc), "date"), "~EQ*30~EQ*AL~SE*14*0001~GE*1*%d~IEA*1*%09d~" % (ICN[0], ICN[0])]
    emit("x12-270", springpre("DEBUG", th, "c.l.edi.EligibilityClient"), ">>> 270 ", body)
    emit("spring-log", springpre("INFO", th, "c.l.edi.transport.ClearinghouseHttp"),
         "POST https://edi.clearpathhub.net/x12/realtime/270 -> 200 (%d ms, %d bytes)" % (
             random.randint(300, 2400), random.randint(900, 2600)))
    active = random.random() < 0.85
    eb = ["EB*1*IND*30**VISION BENEFITS~" if active else "EB*6*IND*30~",
          "EB*B*IND*AL***23*10*****Y~MSG*EXAM COPAY~" if active else "",
          "EB*C*IND*AL***23*150*****Y~MSG*FRAME ALLOWANCE~" if active and random.random() < 0.7 else ""]
    body2 = [isa_gs("HB", "LAKESHOREEYE", "005010X279A1", sender=recv), "ST*271*0001*005010X279A1~",
             "BHT*0022*11*%s*%s*%s~" % (trn, CLK[0].strftime("%Y%m%d"), CLK[0].strftime("%H%M")),
             "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*LAKESHORE EYE PARTNERS*****XX*%s~" % (
                 pl["name"].upper(), pl["payer"], ORG_NPI),
             "HL*3*2*22*0~TRN*2*%s*9LAKESHORE~" % trn,
             "NM1*IL*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****MI*",
             P(p["vmember"], "health_plan"), "~REF*6P*%s*%s~" % (p["vgroup"], random.choice(["LAKESHORE ISD", "CITY OF IRVING"])),
             ["REF*SY*", P(p["ssn"].replace("-", ""), "ssn"), "~"] if random.random() < 0.4 else "",
             "N3*", P(fold(p["street"]).upper(), "address"), "~N4*", P(p["city"].upper(), "address"), "*%s*" % p["state"],
             P(p["zip"], "zip"), "~DMG*D8*", P(d_c(p["dob"]), "date"), "*%s~" % p["sex"],
             "DTP*291*D8*", P(d_c(svc), "date"), "~"] + eb + ["SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (
                 random.randint(14, 22), ICN[0], ICN[0])]
    emit("x12-271", springpre("DEBUG", th, "c.l.edi.EligibilityClient"), "<<< 271 ", body2)
    emit("spring-log", springpre("INFO" if active else "WARN", th, "c.l.elig.EligibilityService"),
         "Eligibility %s for trn=%s payer=%s copay.exam=%s" % ("ACTIVE" if active else "INACTIVE", trn, pl["payer"],
                                                             "10.00" if active else "n/a"))


def fam_x12_837():
    advance(0, 5)
    p = pick(lambda q: q["age"] >= 55)
    surg = random.choice(SURGEONS)
    svc = today() - dt.timedelta(days=random.randint(1, 9))
    pcn = "%s%d" % (p["acct"], random.randint(10, 99))
    eye = random.choice(["RT", "LT"])
    th = "claims-batch-%d" % random.randint(1, 3)
    mp = p["mplan"]
    body = [isa_gs("HC", "CLEARPATH", "005010X222A1"), "ST*837*0001*005010X222A1~",
            "BHT*0019*00*B%d*%s*%s*CH~" % (ICN[0], CLK[0].strftime("%Y%m%d"), CLK[0].strftime("%H%M")),
            "NM1*41*2*LAKESHORE EYE PARTNERS*****46*LEP001~PER*IC*BILLING OFFICE*TE*%s~" % fph(ORG_PHONE, "digits"),
            "NM1*40*2*CLEARPATH HUB*****46*CPH01~HL*1**20*1~",
            "NM1*85*2*LAKESHORE SURGERY CENTER*****XX*%s~N3*2120 MEDICAL PKWY~N4*SOUTHLAKE*TX*760923312~REF*EI*%s~" % (
                ORG_NPI, ORG_TIN.replace("-", "")),
            "HL*2*1*22*0~SBR*P*18*******%s~" % ("MB" if mp["code"] == "MCR" else "CI"),
            "NM1*IL*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****MI*",
            P(p["mmember"], "health_plan"), "~N3*", P(fold(p["street"]).upper(), "address"), "~N4*",
            P(p["city"].upper(), "address"), "*%s*" % p["state"], P(p["zip"], "zip"), "~DMG*D8*", P(d_c(p["dob"]), "date"),
            "*%s~" % p["sex"], "NM1*PR*2*%s*****PI*%s~" % (mp["name"].upper(), mp["payer"]),
            "CLM*", P(pcn, "account"), "*1850***24:B:1*Y*A*Y*Y~",
            "HI*ABK:H251%d~" % random.randint(1, 3),
            "NM1*82*1*%s*%s****XX*%s~PRV*PE*PXC*207W00000X~" % (surg["last"].upper(), surg["first"].upper(), surg["npi"]),
            "LX*1~SV1*HC:66984:%s*1850*UN*1***1~DTP*472*D8*" % eye, P(d_c(svc), "date"),
            "~LX*2~SV1*HC:V2632:%s*0*UN*1***1~DTP*472*D8*" % eye, P(d_c(svc), "date"),
            "~SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (random.randint(28, 36), ICN[0], ICN[0])]
    emit("spring-log", springpre("INFO", th, "c.l.claims.BatchBuilder"),
         "Built 837P batch B%d with %d claim(s), total charge %.2f" % (ICN[0], 1, 1850.0))
    emit("x12-837", springpre("DEBUG", th, "c.l.claims.BatchBuilder"), "837P: ", body)
    emit("spring-log", springpre("INFO", th, "c.l.claims.SftpUploader"),
         "Uploaded /outbound/837/LEP_%s_%d.x12 to sftp.clearpathhub.net:22 (%d bytes)" % (
             CLK[0].strftime("%Y%m%d%H%M"), ICN[0], random.randint(1500, 4000)))


def fam_x12_835():
    advance(0, 5)
    th = "remit-poller"
    emit("spring-log", springpre("INFO", th, "c.l.remit.SftpPoller"),
         "Downloaded /inbound/835/ERA_%s_%04d.835 (%d bytes)" % (CLK[0].strftime("%Y%m%d"), random.randint(1, 9999),
                                                                 random.randint(3000, 90000)))
    for _ in range(random.randint(1, 3)):
        p = pick(lambda q: q["age"] >= 55)
        paid = random.uniform(900, 1300)
        svc = today() - dt.timedelta(days=random.randint(10, 40))
        body = ["CLP*", P("%s%d" % (p["acct"], random.randint(10, 99)), "account"),
                "*1*1850*%.2f*%.2f*MB*%s*11*1~" % (paid, random.uniform(0, 250), rdig(14)),
                "NM1*QC*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name"), "****MI*",
                P(p["mmember"], "health_plan"), "~DTM*232*", P(d_c(svc), "date"),
                "~SVC*HC:66984*1850*%.2f**1~CAS*CO*45*%.2f~AMT*B6*%.2f~" % (paid, 1850 - paid, paid)]
        emit("x12-835", springpre("DEBUG", th, "c.l.remit.EraParser"), "CLP loop: ", body)
    emit("spring-log", springpre("INFO", th, "c.l.remit.EraPoster"),
         "Posted ERA check EFT%s amount %.2f, %d claims, 0 unmatched" % (rdig(9), random.uniform(2000, 40000),
                                                                        random.randint(3, 40)))


def fam_elig_json():
    """OptiChoice-style REST eligibility (Python structlog JSON)."""
    advance(0, 3)
    p = pick(lambda q: q["vplan"]["code"] == "OPTC")
    rid = uuid4()
    last = today() - dt.timedelta(days=random.randint(300, 800))
    emit("eligibility-json", J({"event": "eligibility.request", "level": "info", "timestamp": f_z(tk(0, 0), 6),
                                "logger": "optichoice.client", "request_id": rid,
                                "endpoint": "https://api.optichoice-vision.example/v2/eligibility",
                                "provider_npi": ORG_NPI, "member_id": P(p["vmember"], "health_plan"),
                                "dob": P(d_iso(p["dob"]), "date")}, (", ", ": ")))
    emit("eligibility-json", J({"event": "eligibility.response", "level": "info", "timestamp": f_z(tk(0, 2), 6),
                                "logger": "optichoice.client", "request_id": rid, "status": 200,
                                "latency_ms": random.randint(300, 3000), "coverage": "ACTIVE",
                                "benefits": {"exam": {"copay": 10.0, "last_service": P(d_iso(last), "date"),
                                                      "frequency_months": 12},
                                             "lenses": {"copay": 25.0, "frequency_months": 12},
                                             "frame": {"allowance": random.choice([130.0, 150.0, 200.0])},
                                             "contacts": {"allowance": random.choice([130.0, 150.0])}}}, (", ", ": ")))


# ---------------- eye care EHR (Node/pino) ----------------
def fam_pino():
    fam = "pino-json"
    advance(0, 2)
    host = random.choice(["ehr-api-7c9d5f-x2kq", "ehr-api-7c9d5f-m8tz", "ehr-api-7c9d5f-q4wn"])
    pid = random.choice([18, 19, 23])
    rid = "req-%s" % b62(6)

    def base(lvl):
        return {"level": lvl, "time": f_epochms(tk(0, 0)), "pid": pid, "hostname": host}
    r = random.random()
    if r < 0.25:
        # no patient context: health checks, config, slow queries
        d = base(random.choice([30, 40]))
        if d["level"] == 30:
            d.update({"reqId": rid, "req": {"method": "GET", "url": "/healthz", "remoteAddress": "10.20.0.%d" % random.randint(2, 9),
                                            "remotePort": random.randint(30000, 60000)}, "msg": "incoming request"})
        else:
            d.update({"module": "db", "durationMs": random.randint(800, 4000),
                      "sql": "SELECT e.* FROM exam e JOIN encounter n ON n.id = e.encounter_id WHERE n.patient_id = $1 AND e.exam_date >= $2",
                      "msg": "slow query"})
        emit(fam, J(d))
        return
    p = pick()
    frm = "%d-01-01" % (today().year - random.randint(0, 3))
    path = random.choice(["/api/v2/patients/%s/exams?from=" + frm, "/api/v2/patients/%s/rx/contact-lens",
                          "/api/v2/patients/%s/summary", "/api/v2/patients/%s/imaging?modality=OPT"])
    a, b = path.split("%s")
    d = base(30)
    d.update({"reqId": rid, "req": {"method": "GET", "url": JS(a, P(p["mrn"], "mrn"), b),
                                    "remoteAddress": "10.%d.%d.%d" % (random.choice([20, 30, 40]), random.randint(1, 9),
                                                                      random.randint(10, 250)),
                                    "remotePort": random.randint(30000, 60000)},
              "user": random.choice(DOCS + TECHS)["user"], "msg": "incoming request"})
    emit(fam, J(d))
    if random.random() < 0.45:
        d = base(20)
        pt = {"id": P(p["mrn"], "mrn"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
              "dob": P(d_iso(p["dob"]), "date"), "sex": p["sex"],
              "ageYears": P(str(p["age"]), "age", raw=True) if p["age"] > 89 else p["age"]}
        if random.random() < 0.5:
            pt["preferredPhone"] = P(fph(p["cell"], "e164"), "phone")
        if random.random() < 0.4:
            pt["email"] = P(p["email"], "email")
        if random.random() < 0.15:
            pt["photoThumb"] = P("data:image/png;base64," + b64rand(random.choice([300, 360]), PNG_HEAD), "photo")
        d.update({"reqId": rid, "patient": pt, "msg": "patient context loaded"})
        emit(fam, J(d))
    if random.random() < 0.3:
        d = base(40)
        d.update({"reqId": rid, "err": {"type": "RxValidationError", "message": "cylinder %.2f out of range for product 'Biofinity toric' (min -5.75)" % (
            -random.randint(24, 36) * 0.25), "code": "RX_RANGE"}, "msg": "contact lens rx rejected"})
        emit(fam, J(d))
    d = base(30)
    d.update({"reqId": rid, "res": {"statusCode": random.choice([200, 200, 200, 304, 404])},
              "responseTime": round(random.uniform(3, 900), 3), "msg": "request completed"})
    emit(fam, J(d))


# ---------------- scheduling service (.NET / Serilog) ----------------
def fam_serilog():
    advance(0, 3)
    p = pick()
    day = future_day(1, 40)
    st = dt.datetime(day.year, day.month, day.day, random.randint(8, 16), random.choice([0, 15, 30, 45]))
    appt = random.randint(8800000, 8899999)
    typ = random.choice(["Comprehensive Exam", "CL Fitting", "Cataract Pre-op", "Post-op Day 1", "Retina Injection",
                         "Glaucoma Follow-up", "Dry Eye Eval"])
    doc = random.choice(DOCS)
    if random.random() < 0.5:
        t = tk(0, 1)
        emit("serilog-console", "[%s INF] Appointment " % t.strftime("%H:%M:%S"), str(appt), " booked for patient ",
             P(p["mrn"], "mrn"), " on ", P(st.strftime("%m/%d/%Y %H:%M"), "date"), " (%s, %s)" % (typ, docname(doc)))
        t = tk(0, 1)
        emit("serilog-console", "[%s INF] HTTP POST /api/appointments responded 201 in %.4f ms" % (
            t.strftime("%H:%M:%S"), random.uniform(20, 400)))
        if random.random() < 0.4:
            emit("serilog-console", "[%s WRN] Slot %s at %s overbooked by 1 (template %s)" % (
                tk(0, 1).strftime("%H:%M:%S"), st.strftime("%H:%M"), random.choice(["SLK", "OCL", "FRS"]),
                random.choice(["OD-COMP-30", "MD-RET-15", "CAT-PREOP-40"])))
    else:
        t = tk(0, 1)
        emit("serilog-clef", J({"@t": f_z(t, 7), "@mt": "Appointment {AppointmentId} booked for {PatientId} at {Start}",
                                "AppointmentId": appt, "PatientId": P(p["mrn"], "mrn"),
                                "Start": P(st.strftime("%Y-%m-%dT%H:%M:%S"), "date"), "Provider": docname(doc, 1),
                                "VisitType": typ, "SourceContext": "Lakeshore.Scheduling.Api.BookingService",
                                "RequestId": "0HN6%s:0000000%d" % (b62(8).upper(), random.randint(1, 9)),
                                "MachineName": "LEP-APP03"}))
        if random.random() < 0.6:
            t = tk(0, 1)
            emit("serilog-clef", J({"@t": f_z(t, 7), "@mt": "Reminder job {JobId} enqueued for {Channel}",
                                    "@l": "Debug", "JobId": random.randint(100000, 999999),
                                    "Channel": random.choice(["sms", "email", "voice"]),
                                    "SourceContext": "Lakeshore.Scheduling.Reminders.Enqueuer", "MachineName": "LEP-APP03"}))
        if random.random() < 0.3:
            t = tk(0, 2)
            emit("serilog-clef", J({"@t": f_z(t, 7), "@mt": "Template cache refreshed: {Count} templates in {Elapsed:0.0} ms",
                                    "Count": random.randint(20, 80), "Elapsed": round(random.uniform(5, 90), 4),
                                    "SourceContext": "Lakeshore.Scheduling.Templates.Cache", "MachineName": "LEP-APP03"}))


def fam_audit():
    fam = "ehr-audit-csv"
    advance(0, 4)
    if random.random() < 0.15:
        emit(fam, "event_time,event_type,user_id,user_name,role,action,object_type,object_id,workstation,client_ip,outcome")
    for _ in range(random.randint(2, 5)):
        t = tk(2, 60)
        u = random.choice(DOCS + TECHS)
        ws = "%s-%s-PC%02d" % (random.choice(["SLK", "OCL", "FRS"]), random.choice(["EX3", "FD1", "OPT", "BIL"]),
                               random.randint(1, 12))
        cip = "10.%d.%d.%d" % (random.choice([20, 30, 40]), random.randint(1, 9), random.randint(10, 250))
        r = random.random()
        if r < 0.35:
            emit(fam, csvrow([f_iso(t), "SESSION", u["user"], "%s %s" % (u["first"], u["last"]), u["cred"],
                              random.choice(["LOGIN", "LOGOUT", "TOKEN_REFRESH"]), "", "", ws, cip, "SUCCESS"]))
        elif r < 0.45:
            emit(fam, csvrow([f_iso(t), "REPORT", u["user"], "%s %s" % (u["first"], u["last"]), u["cred"], "EXPORT",
                              "Report", "RPT-RECALL-%s" % t.strftime("%Y%m"), ws, cip, "SUCCESS"]))
        else:
            p = pick()
            act = random.choice(["VIEW", "VIEW", "UPDATE", "PRINT", "BREAK_GLASS"])
            emit(fam, csvrow([f_iso(t), "PHI_ACCESS", u["user"], "%s %s" % (u["first"], u["last"]), u["cred"], act,
                              random.choice(["PatientChart", "ExamNote", "ImagingStudy", "OpticalOrder"]),
                              P(p["mrn"], "mrn"), ws, cip, "SUCCESS" if act != "BREAK_GLASS" else "REVIEW_REQUIRED"]))


# ---------------- optical lab orders ----------------
FRAMES = [("8056597412345", "Ray-Ban", "RB5154", "2000", 51, 42.5, 21), ("0827886451207", "Oakley", "OX8156", "815603", 54, 38.9, 18),
          ("0762753612085", "Silhouette", "5529 FV", "7000", 52, 36.0, 17), ("0886895412093", "Nike", "7284", "001", 50, 40.2, 19),
          ("4710578034411", "Lindberg", "Strip 9704", "U9", 49, 38.0, 20)]
LENSES = [("Varilux X Series", "1.67", "Crizal Sapphire HR"), ("Shamir Autograph III", "Poly", "Glacier Plus UV"),
          ("Hoya iD MyStyle V+", "1.60", "Hi-Vision LongLife"), ("Zeiss SmartLife Individual", "1.67", "DuraVision Platinum"),
          ("SV Aspheric", "Trivex", "Crizal Rock")]
LABS = [("ESS-DAL", "Essilor Dallas RX"), ("HOYA-FW", "Hoya Fort Worth"), ("ZEISS-AUS", "Zeiss Vision Lab Austin")]


def fam_visionweb():
    advance(0, 5)
    p = pick()
    r, l = rx()
    add = random.choice(["", "+1.50", "+2.00", "+2.25", "+2.50"])
    fr = random.choice(FRAMES)
    ln = random.choice(LENSES)
    lab = random.choice(LABS)
    po = "PO-%s-%04d" % (CLK[0].strftime("%y%m%d"), random.randint(1, 999))
    t = tk(0, 1)
    emit("lab-order-log", "%s [INFO] OrderSubmitter: submitting %s to %s (%s) via VisionWeb SOAP" % (
        f_dotms(t), po, lab[0], lab[1]))

    def eye(tag, e, pd):
        return ["<%s>" % tag, X("Sphere", fmt_d(e[0])), X("Cylinder", fmt_d(e[1])), X("Axis", str(e[2])),
                X("Addition", add), X("FarPD", "%.1f" % pd), X("FittingHeight", "%d" % random.randint(17, 24)), "</%s>" % tag]
    pd = random.uniform(28, 34)
    pnm = [X("LastName", P(fold(p["last"]), "name")), X("FirstName", P(fold(p["first"]), "name"))] \
        if random.random() < 0.7 else [X("PatientName", P("%s, %s" % (fold(p["last"]), fold(p["first"])[0]), "name"))]
    emit("visionweb-xml", '<SpectacleOrder xmlns="urn:visionweb:order:v3" version="3.4"><Header>',
         X("AccountNumber", "LEP-00%d" % random.randint(100, 999)), X("LabId", lab[0]), X("PONumber", po),
         X("Created", f_iso(t)), X("Software", "EyeEHR 24.3.1"), "</Header><Patient>", pnm,
         X("Reference", [P(p["mrn"], "mrn")]) if random.random() < 0.5 else "", "</Patient><Prescription>",
         eye("RightEye", r, pd), eye("LeftEye", l, pd - random.choice([0, 0.5])), "</Prescription><Frame>",
         X("UPC", fr[0]), X("Brand", fr[1]), X("Model", fr[2]), X("Color", fr[3]), X("A", str(fr[4])), X("B", str(fr[5])),
         X("DBL", str(fr[6])), X("Supply", "TO_COME"), "</Frame><Lens>", X("Design", ln[0]), X("Material", ln[1]),
         X("Coating", ln[2]), "</Lens></SpectacleOrder>")
    t = tk(1, 4)
    job = random.randint(3000000, 3999999)
    emit("lab-order-log", "%s [INFO] OrderSubmitter: %s accepted by %s, lab job #%d, est. ship %s" % (
        f_dotms(t), po, lab[0], job, (today() + dt.timedelta(days=random.randint(3, 9))).isoformat()))
    return job, p, r, l, fr


def fam_dcs():
    """VCA Data Communication Standard packet from the lab LMS, one record per line."""
    fam = "vca-dcs"
    advance(0, 5)
    p = pick()
    r, l = rx()
    fr = random.choice(FRAMES)
    job = random.randint(3000000, 3999999)
    peer = "10.90.%d.%d:7001" % (random.randint(1, 4), random.randint(10, 90))
    t = tk(0, 1)
    pre = "%s DCS<%s " % (t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), peer)
    recs = ["REQ=LMS", "JOB=%d" % job, "DO=B", ["CLIENT=", P("%s, %s" % (fold(p["last"]).upper(), fold(p["first"]).upper()), "name")],
            "SHOPNUMBER=LEP%02d" % random.randint(1, 3), "LNAM=%s;%s" % ((random.choice(["VXS-167", "SHA3-PC", "HOYA-160"]),) * 2),
            "SPH=%s;%s" % (fmt_d(r[0]), fmt_d(l[0])), "CYL=%s;%s" % (fmt_d(r[1]), fmt_d(l[1])),
            "AX=%d;%d" % (r[2], l[2]), "ADD=%s;%s" % ((random.choice(["0.00", "2.00", "2.25"]),) * 2),
            "IPD=%.2f;%.2f" % (random.uniform(29, 34), random.uniform(29, 34)),
            "SEGHT=%.2f;%.2f" % ((random.uniform(17, 24),) * 2), "HBOX=%.2f;%.2f" % ((fr[4],) * 2),
            "VBOX=%.2f;%.2f" % ((fr[5],) * 2), "DBL=%.2f" % fr[6], "FRAM=%s %s" % (fr[1].upper(), fr[2]),
            "ETYP=1", "FTYP=1", "STATUS=%s" % random.choice(["SURFACING", "COATING", "EDGING", "FINAL INSPECTION", "SHIPPED"])]
    k = random.randint(5, 9)
    sel = recs[:4] + random.sample(recs[4:], k - 4)
    for rec in sel:
        emit(fam, pre, rec)


RETAILERS = [("1-800 LENSDIRECT", ("800", "555", "0123"), ("800", "555", "0124")),
             ("ClearlyContacts Online", ("888", "555", "0156"), ("888", "555", "0157")),
             ("WarehouseClub Optical", ("877", "555", "0110"), ("877", "555", "0111"))]
CLBRANDS = [("Acuvue Oasys 1-Day", "8.5", "14.3"), ("Dailies Total1", "8.5", "14.1"), ("Biofinity", "8.6", "14.0"),
            ("Precision1", "8.3", "14.2"), ("Air Optix plus HydraGlyde", "8.6", "14.2"), ("MyDay toric", "8.4", "14.5")]


def fam_clverify():
    fam = "clverify-csv"
    advance(0, 5)
    hdr = ("request_id,received_at,retailer,retailer_phone,retailer_fax,patient_first,patient_last,patient_dob,"
           "patient_address,patient_city,patient_state,patient_zip,patient_phone,brand,od_power,os_power,bc,dia,"
           "qty_boxes,prescriber,prescriber_npi,channel,status")
    if random.random() < 0.35:
        emit("clverify-log", "%s INFO  clverify.import  Loading D:\\Inbound\\CLVerify\\requests_%s.csv" % (
            f_l4n(tk(0, 0)), CLK[0].strftime("%Y%m%d_%H%M")))
        emit(fam, hdr)
    for _ in range(random.randint(1, 3)):
        p = pick(lambda q: q["age"] < 70)
        ret = random.choice(RETAILERS)
        br = random.choice(CLBRANDS)
        doc = random.choice([DOCS[1], DOCS[3]])
        t = tk(5, 300)
        rid = "LNS-%07d" % random.randint(1000000, 9999999)
        pw = random.choice([-1.0, -1.25, -2.0, -2.5, -3.25, -4.5, -5.0, 1.5])
        row = [rid, f_iso(t), ret[0], fph(ret[1], "paren"), fph(ret[2], "paren"), P(p["first"], "name"), P(p["last"], "name"),
               P(d_us(p["dob"]), "date"), P(p["street"], "address"), P(p["city"], "address"), p["state"], P(p["zip"], "zip"),
               P(fph(p["cell"], "dash"), "phone"), br[0], "%+.2f" % pw, "%+.2f" % (pw - random.choice([0, 0.25, 0.5])), br[1], br[2],
               str(random.choice([4, 8, 12])), docname(doc, 2), doc["npi"], random.choice(["FAX", "EMAIL", "PHONE-IVR"]),
               random.choice(["PENDING", "VERIFIED", "VERIFIED", "INACCURATE_RX", "EXPIRED_RX"])]
        emit(fam, csvrow(row))
    nv, npd, nrj = random.randint(0, 5), random.randint(0, 3), random.randint(0, 2)
    emit("clverify-log", "%s INFO  clverify.autoverify  Processed %d request(s): %d verified, %d pending, %d rejected; "
                         "8-business-hour passive window applied" % (f_l4n(tk(0, 1)), nv + npd + nrj, nv, npd, nrj))


def fam_payment():
    fam = "pos-gateway"
    advance(0, 5)
    term = "%s-POS%d" % (random.choice(["SLK", "OCL", "FRS"]), random.randint(1, 3))
    amt = random.choice([89.0, 129.99, 289.0, 342.5, 415.0, 58.0, 25.0])

    def pre(lvl, comp):
        return "%s %-5s [%s] " % (f_dotms(tk(0, 1)), lvl, comp)
    p = pick()
    txn = random.randint(60200000000, 60299999999)
    emit(fam, pre("INFO", "PaymentService"), "Sale requested terminal=%s amount=%.2f invoice=INV-%d tender=CARD" % (
        term, amt, random.randint(400000, 499999)))
    if random.random() < 0.35:
        # verbose gateway logging leaks the full PAN and cardholder
        emit(fam, pre("DEBUG", "GatewayClient"), "request ", J({
            "x_type": "AUTH_CAPTURE", "x_amount": "%.2f" % amt, "x_card_num": P(p["card"], "account"),
            "x_exp_date": p["exp"], "x_first_name": P(fold(p["first"]), "name"), "x_last_name": P(fold(p["last"]), "name"),
            "x_zip": P(p["zip"], "zip"), "x_cust_id": P(p["acct"], "account"), "x_invoice_num": "INV-%d" % random.randint(400000, 499999),
            "x_market_type": "2", "x_device_type": "7"}))
    last4 = p["card"][-4:]
    brand = {"4": "VISA", "5": "MC", "3": "AMEX", "6": "DISC"}[p["card"][0]]
    if random.random() < 0.85:
        emit(fam, pre("INFO", "PaymentService"), "AUTH approved txn=%d auth=%s card=%s ****%s entry=EMV_CHIP amount=%.2f" % (
            txn, b62(6).upper(), brand, last4, amt))
    else:
        emit(fam, pre("WARN", "PaymentService"), "AUTH declined txn=%d code=05 (Do not honor) card=%s ****%s" % (txn, brand, last4))
    if random.random() < 0.3:
        emit(fam, pre("INFO", "SettlementJob"), "Batch %d closed: %d txns, net %.2f USD" % (
            random.randint(1000, 9999), random.randint(20, 140), random.uniform(2000, 18000)))


# ---------------- cataract surgery / IOL tracking ----------------
IOLS = [("Alcon", "SN60WF", "AcrySof IQ", "0038007"), ("Alcon", "TFNT00", "PanOptix", "0038007"),
        ("Johnson & Johnson Vision", "ZCB00", "TECNIS 1-Piece", "0505047"),
        ("Bausch + Lomb", "EnVista MX60E", "enVista", "0788483"), ("Johnson & Johnson Vision", "DFR00V", "TECNIS Eyhance", "0505047")]


def iol_unit():
    mfr, model, fam_, pre = random.choice(IOLS)
    gt = gtin14("0" + pre[1:] + rdig(13 - len(pre)))
    power = random.choice([x * 0.5 for x in range(30, 56)])
    exp = dt.date(random.choice([2026, 2027, 2028]), random.randint(1, 12), 1)
    exp = (exp.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    lot = "%d%s" % (random.randint(10, 99), rdig(6))
    serial = "%s" % rdig(11)
    udi = "(01)%s(17)%s(10)%s(21)%s" % (gt, exp.strftime("%y%m%d"), lot, serial)
    return dict(mfr=mfr, model=model, family=fam_, gtin=gt, power=power, exp=exp, lot=lot, serial=serial, udi=udi)


def fam_asc_csv():
    fam = "asc-schedule-csv"
    advance(0, 5)
    emit("asc-export-log", "%s INFO  ascsched.export  Writing surgery schedule export for OR block %s (%s)" % (
        f_l4n(tk(0, 0)), random.choice(["OR1-AM", "OR2-AM", "OR1-PM", "OR3-AM"]), "Lakeshore Surgery Center"))
    emit(fam, "sched_date,or_room,start,patient_mrn,patient_name,dob,age,eye,cpt,surgeon,anesthesia,iol_model,iol_power_d,"
              "iol_lot,iol_serial,iol_udi,escort_name,escort_phone,status")
    day = future_day(1, 14)
    st = dt.datetime(day.year, day.month, day.day, 7, 0)
    for _ in range(random.randint(2, 4)):
        p = pick(lambda q: q["age"] >= 55)
        u = iol_unit()
        surg = random.choice(SURGEONS)
        assigned = random.random() < 0.6
        esc = p["rel"]
        row = [P(d_iso(day), "date"), "OR%d" % random.randint(1, 3), st.strftime("%H:%M"), P(p["mrn"], "mrn"),
               P("%s, %s" % (p["last"], p["first"]), "name"), P(d_iso(p["dob"]), "date"),
               P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), random.choice(["OD", "OS"]),
               random.choice(["66984", "66984", "66982", "66984;0308T"]), "%s, %s" % (surg["last"], surg["first"]),
               random.choice(["MAC", "Topical", "MAC/Retrobulbar"]), u["model"], "%.1f" % u["power"],
               u["lot"] if assigned else "", P(u["serial"], "device") if assigned else "",
               P(u["udi"], "device") if assigned else "",
               P("%s %s" % (esc["first"], esc["last"]), "name") if esc else "",
               P(fph(esc["phone"], "paren"), "phone") if esc else "", "CONFIRMED" if assigned else "IOL_PENDING"]
        emit(fam, csvrow(row))
        st += dt.timedelta(minutes=random.choice([20, 25, 30]))


def fam_iol_json():
    fam = "iol-implant-json"
    advance(0, 5)
    u = iol_unit()
    if random.random() < 0.3:
        emit("iol-inventory", "%s INV RECEIVED gtin=%s model=%s lot=%s qty=%d diopter=%+.1f exp=%s po=PO-%d loc=ASC-CAB-%d" % (
            f_iso(tk(0, 0)), u["gtin"], u["model"], u["lot"], random.randint(2, 12), u["power"], u["exp"].isoformat(),
            random.randint(70000, 79999), random.randint(1, 4)))
        emit("iol-inventory", "%s INV PAR_CHECK model=%s diopter=%+.1f on_hand=%d par=%d reorder=%s" % (
            f_iso(tk(0, 0)), u["model"], u["power"], random.randint(0, 5), 4, random.choice(["true", "false"])))
        return
    p = pick(lambda q: q["age"] >= 55)
    surg = random.choice(SURGEONS)
    t = tk(0, 0)
    doc = {"event": "IMPLANT_RECORDED", "ts": f_iso(t), "caseRef": uuid4(), "facility": "LSC-OR%d" % random.randint(1, 3),
           "patient": {"mrn": P(p["mrn"], "mrn"), "name": P("%s, %s" % (p["last"], p["first"]), "name")}
           if random.random() < 0.5 else {"mrn": P(p["mrn"], "mrn")},
           "eye": random.choice(["OD", "OS"]), "procedureDate": P(d_iso(today()), "date"),
           "device": {"manufacturer": u["mfr"], "model": u["model"], "family": u["family"], "gtin": u["gtin"],
                      "lot": u["lot"], "serialNumber": P(u["serial"], "device"), "expiry": u["exp"].isoformat(),
                      "diopter": u["power"], "udi": P(u["udi"], "device")},
           "surgeon": docname(surg, 1), "circulator": "%s %s" % (TECHS[0]["first"], TECHS[0]["last"]),
           "implantCardPrinted": True}
    emit(fam, J(doc))
    if random.random() < 0.5:
        emit("iol-inventory", "%s INV CONSUMED gtin=%s lot=%s qty=1 case=%s" % (
            f_iso(tk(0, 1)), u["gtin"], u["lot"], doc["caseRef"]))


def fam_iolmaster():
    fam = "iolmaster-csv"
    advance(0, 5)
    p = pick(lambda q: q["age"] >= 55)
    emit("winevt-txt", "Information\t%s\tIOLMasterExportSvc\t1001\tNone\tNew export file detected: D:\\IOLMaster\\Export\\%s.csv" % (
        f_win(tk(0, 0)), uuid4().upper()))
    emit(fam, "PatientID;LastName;FirstName;DateOfBirth;ExamDate;Eye;AL[mm];SNR;K1[D];K1Axis;K2[D];K2Axis;ACD[mm];LT[mm];"
              "WTW[mm];CCT[um];Formula;IOL;TargetRef[D];IOLPower[D];Device;SerialNo")
    dev_sn = random.choice(["1315-0448", "1315-1172"])
    for eye in random.sample(["OD", "OS"], random.randint(1, 2)):
        k1 = random.uniform(41.5, 45.5)
        row = [P(p["mrn"], "mrn"), ";", P(fold(p["last"]), "name"), ";", P(fold(p["first"]), "name"), ";",
               P(p["dob"].strftime("%d.%m.%Y"), "date"), ";", P(today().strftime("%d.%m.%Y"), "date"),
               ";%s;%.2f;%.1f;%.2f;%d;%.2f;%d;%.2f;%.2f;%.1f;%d;%s;%s;%.2f;%.1f;IOLMaster 700;%s" % (
                   eye, random.uniform(21.8, 26.4), random.uniform(80, 400), k1, random.randint(1, 180),
                   k1 + random.uniform(0.2, 1.8), random.randint(1, 180), random.uniform(2.6, 3.8), random.uniform(3.9, 5.1),
                   random.uniform(11.3, 12.6), random.randint(500, 590), random.choice(["Barrett Universal II", "Haigis", "SRK/T"]),
                   random.choice(["SN60WF", "ZCB00", "TFNT00"]), random.choice([-0.25, 0.0, -0.5]),
                   random.choice([x * 0.5 for x in range(34, 50)]), dev_sn)]
        emit(fam, row)


# ---------------- retinal AI screening service ----------------
def logfmt_v(v):
    if isinstance(v, P):
        if any(c in v.v for c in ' ="'):
            return ['"', v, '"']
        return [v]
    v = str(v)
    if any(c in v for c in ' ="'):
        return '"' + v.replace('"', '\\"') + '"'
    return v


def logfmt(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(" ")
        out.append(k + "=")
        out.append(logfmt_v(v))
    return out


def fam_eyescreen():
    advance(0, 5)
    nm = random.choice(list(AI_SUBJ))
    p = BYNAME[nm]
    clinic, subj = AI_SUBJ[nm]
    ex = "ex_" + b62(14)
    op = clinic["staff"][0]
    cam = random.choice([("Topcon NW400", "NW4-552871"), ("Canon CR-2 AF", "CR2A-30419"), ("Optomed Aurora", "AUR-1903022")])
    base = lambda: [("time", f_z(tk(0, 2))), ("level", "info"), ("svc", "eyescreen-api")]
    if random.random() < 0.4:
        b = {"subject": {"id": P(subj, "mrn"), "givenName": P(p["first"], "name"), "familyName": P(p["last"], "name"),
                         "birthDate": P(d_iso(p["dob"]), "date"), "sex": "male" if p["sex"] == "M" else "female",
                         "diabetes": {"type": "T2", "diagnosedYear": random.randint(2005, 2021)}},
             "encounter": {"date": P(d_iso(today()), "date"), "site": clinic["site"], "operator": op["user"],
                           "orderingProviderNpi": clinic["staff"][1]["npi"]},
             "images": [{"laterality": e, "field": "macula-centered", "sopInstanceUid": "1.2.392.200106.1651.6.%s.%d" % (rdig(12), i)}
                        for i, e in enumerate(["R", "L"])]}
        emit("eyescreen-json", "%s DEBUG [eyescreen.api.intake] POST /v3/exams body=" % f_z(tk(0, 0)), J(b))
    emit("eyescreen-logfmt", logfmt(base() + [("msg", "exam submitted"), ("exam_id", ex), ("site", clinic["site"]),
                                             ("operator", op["user"]), ("subject_id", P(subj, "mrn")),
                                             ("images", random.choice([2, 4, 4, 6])), ("camera", cam[0]),
                                             ("camera_sn", cam[1]), ("client_ip", "10.50.%d.%d" % (random.randint(0, 3), random.randint(10, 200)))]))
    q = random.choice(["ADEQUATE", "ADEQUATE", "ADEQUATE", "INSUFFICIENT"])
    res = "INSUFFICIENT_QUALITY" if q != "ADEQUATE" else random.choice(["NEGATIVE", "NEGATIVE", "MTMDR_DETECTED", "VTDR_DETECTED"])
    emit("eyescreen-logfmt", logfmt(base() + [("msg", "analysis complete"), ("exam_id", ex), ("result", res), ("quality", q),
                                             ("od_score", "%.3f" % random.random()), ("os_score", "%.3f" % random.random()),
                                             ("model", "eyescreen-dr-3.2.%d" % random.randint(0, 9)),
                                             ("gpu", "a10g-%d" % random.randint(0, 3)), ("duration_ms", random.randint(4000, 40000))]))
    if random.random() < 0.6:
        key = ["reports/%s/" % today().strftime("%Y/%m/%d"), P(subj, "mrn"), "_",
               P("%s_%s" % (fold(p["last"]).replace(" ", ""), fold(p["first"]).replace(" ", "")), "name"), ".pdf"]
        emit("eyescreen-logfmt", logfmt(base() + [("msg", "report generated"), ("exam_id", ex)]),
             " report_key=", key, " bucket=eyescreen-reports-prod size=%d" % random.randint(80000, 300000))
    emit("eyescreen-logfmt", logfmt(base() + [("msg", "result delivered"), ("exam_id", ex),
                                             ("dest", "mllp://10.50.0.21:6661"), ("ack", "AA"),
                                             ("latency_ms", random.randint(40, 900))]))
    if random.random() < 0.25:
        emit("eyescreen-logfmt", logfmt([("time", f_z(tk(0, 5))), ("level", "warn"), ("svc", "eyescreen-worker"),
                                        ("msg", "queue depth above threshold"), ("queue", "analysis"),
                                        ("depth", random.randint(40, 200)), ("threshold", 40)]))


# ---------------- patient portal / online optical shop (nginx) ----------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.88 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "LakeshoreEye/4.2.1 (iOS 17.6; iPhone15,2) CFNetwork/1496.0.7 Darwin/23.5.0"]


def fam_nginx():
    fam = "nginx-combined"
    advance(0, 4)
    for _ in range(random.randint(2, 5)):
        t = tk(0, 20)
        r = random.random()
        if r < 0.3:
            ip = "10.%d.0.%d" % (random.choice([20, 70]), random.randint(2, 30))
            req, st, sz, ref, ua = random.choice([("GET /healthz HTTP/1.1", 200, 2, "-", "kube-probe/1.29"),
                                                  ("GET /metrics HTTP/1.1", 200, random.randint(8000, 30000), "-", "Prometheus/2.53.1"),
                                                  ("GET /static/js/main.8f3a91c2.js HTTP/1.1", 304, 0, "-", "Varnish/7.4")])
            emit(fam, "%s - - [%s] \"%s\" %d %d \"%s\" \"%s\" rt=%.3f" % (ip, f_nginx(t), req, st, sz, ref, ua, random.uniform(0, 0.05)))
            continue
        p = pick()
        ipv = p.get("ip6") if p.get("ip6") and random.random() < 0.6 else p["ip"]
        ua = random.choice(UAS)
        host = random.choice(["portal", "portal", "shop"])
        refparts = ["https://%s.%s/" % (host, ORG_DOMAIN)]
        if host == "portal":
            k = random.random()
            if k < 0.2:
                req = ["GET /portal/api/statements/", P(p["acct"], "account"), "/pdf HTTP/2.0"]
            elif k < 0.3:
                req = ["GET /portal/password-reset?email=", P(p["email"].replace("@", "%40"), "email"), " HTTP/2.0"]
            elif k < 0.45:
                req = ["POST /portal/login HTTP/2.0"]
            else:
                req = [random.choice(["GET /portal/api/appointments/upcoming HTTP/2.0", "GET /portal/api/rx/glasses/latest HTTP/2.0",
                                      "GET /portal/api/messages?unread=1 HTTP/2.0", "PUT /portal/api/profile/contact HTTP/2.0"])]
            refparts = ["https://portal.%s/dashboard" % ORG_DOMAIN]
        else:
            k = random.random()
            req = [random.choice(["GET /products/acuvue-oasys-1-day-90pk HTTP/2.0", "POST /cart/add HTTP/2.0",
                                  "GET /checkout/shipping HTTP/2.0", "POST /checkout/payment HTTP/2.0"])]
            if k < 0.5:
                refparts = [P("https://shop.%s/account/%s-%s/orders" % (ORG_DOMAIN, slug(p["first"].split()[0]),
                                                                       slug(p["last"].split()[0])), "url")]
            else:
                refparts = ["https://shop.%s/cart" % ORG_DOMAIN]
        st = random.choice([200, 200, 200, 302, 401, 204])
        sz = {200: random.randint(300, 40000), 302: 0, 401: 172, 204: 0}[st]
        emit(fam, P(ipv, "ip"), " - - [%s] \"" % f_nginx(t), req, "\" %d %d \"" % (st, sz),
             refparts, "\" \"%s\" rt=%.3f" % (ua, random.uniform(0.005, 1.8)))


# ---------------- patient reminders (SMS / email) ----------------
def fam_sms():
    advance(0, 6)
    p = pick()
    sid = "SM" + hexid(32)
    first = p["first"].split()[0]
    t = tk(0, 1)
    kind = random.random()
    site = random.choice(["SLK", "OCL", "FRS"])
    if kind < 0.5:
        day = future_day(1, 10)
        hh = random.choice(["8:30 AM", "9:15 AM", "10:45 AM", "1:30 PM", "2:30 PM", "3:45 PM"])
        body = ["Reminder: ", P(first, "name"), ", your appointment with %s is on " % docname(random.choice(DOCS)),
                P("%d/%d/%d" % (day.month, day.day, day.year), "date"), " at %s at our %s office. Reply C to confirm, R to reschedule." % (
                    hh, SITES[site][0])]
        tmpl = "APPT_REMINDER_48H"
    elif kind < 0.8:
        body = ["Hi ", P(first, "name"), ", it's time for your annual eye exam at Lakeshore Eye Partners. Book online at "
                "https://%s/book or call %s. Reply STOP to opt out." % (ORG_DOMAIN, fph(ORG_PHONE, "paren"))]
        tmpl = "RECALL_ANNUAL"
    else:
        body = ["Your glasses are ready for pickup at our %s office. Hours M-F 8-5. Questions? %s" % (
            SITES[site][0], fph(ORG_PHONE, "paren"))]
        tmpl = "OPTICAL_READY"
    msg = ["%s INFO [reminders.sms] sent template=%s to=" % (f_l4n(t), tmpl), P(fph(p["cell"], "e164"), "phone"),
           " sid=%s segments=%d body=\"" % (sid, random.choice([1, 2])), body, "\""]
    emit("reminder-log", msg)
    t = tk(1, 8)
    status = random.choice(["delivered", "delivered", "delivered", "undelivered", "sent"])
    form = ["SmsSid=%s&SmsStatus=%s&MessageStatus=%s&To=" % (sid, status, status), P(fph(p["cell"], "e164enc"), "phone"),
            "&MessagingServiceSid=MG%s&MessageSid=%s&AccountSid=AC%s&From=%s&ApiVersion=2010-04-01" % (
                hexid(32), sid, hexid(32), fph(("817", "555", "0102"), "e164enc"))]
    if status == "undelivered":
        form.append("&ErrorCode=30006")
    emit("twilio-callback", "%s INFO [reminders.webhook] POST /hooks/twilio/status 204 form=" % f_l4n(t), form)
    if tmpl == "APPT_REMINDER_48H" and random.random() < 0.5:
        t = tk(30, 600)
        emit("twilio-callback", "%s INFO [reminders.webhook] POST /hooks/twilio/inbound 200 form=" % f_l4n(t),
             "ToCountry=US&SmsMessageSid=SM%s&NumMedia=0&Body=C&From=" % hexid(32), P(fph(p["cell"], "e164enc"), "phone"),
             "&To=%s&AccountSid=AC%s&ApiVersion=2010-04-01" % (fph(("817", "555", "0102"), "e164enc"), hexid(32)))
        emit("reminder-log", "%s INFO [reminders.confirm] appointment %d confirmed via SMS keyword C" % (
            f_l4n(tk(0, 1)), random.randint(8800000, 8899999)))


def fam_sendgrid():
    fam = "sendgrid-event"
    advance(0, 6)
    for _ in range(random.randint(1, 3)):
        t = tk(0, 30)
        mid = "%s.recvd-%s-%s-1-%s-%d.0" % (b62(22), hexid(10), b62(5), hexid(8).upper(), random.randint(1, 9))
        if random.random() < 0.25:
            ev = {"email": "optical-orders@%s" % ORG_DOMAIN, "timestamp": int(t.timestamp()), "event": "processed",
                  "category": ["lab-status"], "sg_event_id": b62(22), "sg_message_id": mid}
        else:
            p = pick()
            ev = {"email": P(p["email"], "email"), "timestamp": int(t.timestamp()),
                  "smtp-id": "<%s@ismtpd-%d>" % (hexid(12), random.randint(100, 999)),
                  "event": random.choice(["delivered", "delivered", "open", "bounce", "click"]),
                  "category": [random.choice(["recall", "appt-reminder", "statement", "survey"])],
                  "sg_event_id": b62(22), "sg_message_id": mid}
            if ev["event"] == "delivered":
                ev["response"] = "250 2.0.0 OK  %d %s - gsmtp" % (int(t.timestamp()), b62(12))
            if ev["event"] == "bounce":
                ev.update({"reason": "550 5.1.1 The email account that you tried to reach does not exist.",
                           "status": "5.1.1", "type": "bounce"})
            if ev["event"] == "click":
                ev["url"] = P("https://portal.%s/u/%s.%s/appointments?utm_source=email" % (
                    ORG_DOMAIN, slug(p["first"].split()[0]), slug(p["last"].split()[0])), "url")
                ev["url_offset"] = {"index": 0, "type": "html"}
            if ev["event"] in ("open", "click"):
                ev.update({"useragent": "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
                           "ip": "66.249.84.%d" % random.randint(1, 250)})
        emit(fam, J(ev))


# ---------------- fax server ----------------
def fam_fax(r=None):
    fam = "rightfax-log"
    advance(0, 6)
    t = tk(0, 1)
    job = "0x%05X" % random.randint(0x10000, 0xFFFFF)
    ts = t.strftime("%m/%d/%Y %H:%M:%S")
    r = random.random() if r is None else r
    if r < 0.35:
        nm = random.choice(list(AI_SUBJ))
        p = BYNAME[nm]
        c = AI_SUBJ[nm][0]
        emit(fam, "%s  SEND  OK    To: %s (%s)  Pages: %d  Dur: 00:%02d:%02d  Subject: \"Consult note - " % (
            ts, fph(c["fax"], "1digits"), c["name"], random.randint(2, 7), random.randint(0, 3), random.randint(0, 59)),
             P("%s, %s" % (fold(p["last"]).upper(), fold(p["first"]).upper()), "name"), " DOB ", P(d_us(p["dob"]), "date"),
             "\"  User: %s  Job: %s" % (random.choice(TECHS)["user"], job))
    elif r < 0.6:
        p = pick(lambda q: q["rel"] is not None)
        rl = p["rel"]
        emit(fam, "%s  SEND  OK    To: " % ts, P(fph(rl["phone"], "1digits"), "fax"), " (ROI - HOME FAX ",
             P("%s %s" % (fold(rl["first"]).upper(), fold(rl["last"]).upper()), "name"),
             ")  Pages: %d  Dur: 00:%02d:%02d  Subject: \"Records release MRN " % (random.randint(3, 20), random.randint(0, 5),
                                                                                   random.randint(0, 59)),
             P(p["mrn"], "mrn"), "\"  User: kortiz  Job: %s" % job)
    elif r < 0.8:
        ret = random.choice(RETAILERS)
        emit(fam, "%s  RECV  OK    From: %s  CSID: \"%s\"  Pages: %d  Routed: CLVERIFY_QUEUE  Job: %s" % (
            ts, fph(ret[2], "1digits"), ret[0].upper()[:20], random.randint(1, 3), job))
    else:
        c = random.choice(PCP)
        emit(fam, "%s  SEND  FAIL  To: %s (%s)  Attempt %d/3  Error: 0x%04X NO ANSWER  Job: %s" % (
            ts, fph(c["fax"], "1digits"), c["name"], random.randint(1, 3),
            random.choice([0x1002, 0x1003]), job))


# ---------------- home OCT monitoring (patient-owned devices) ----------------
def fam_homeoct():
    fam = "homeoct-telemetry"
    advance(0, 6)
    nm = random.choice(list(HOME_OCT))
    p = BYNAME[nm]
    d = HOME_OCT[nm]
    t = tk(0, 0)
    if random.random() < 0.3:
        emit(fam, J({"ts": f_z(t), "svc": "homeoct-ingest", "level": "INFO", "msg": "batch ingested",
                     "messages": random.randint(50, 800), "devices": random.randint(20, 140),
                     "elapsedMs": random.randint(300, 4000), "partition": random.randint(0, 11)}))
        return
    emit(fam, J({"ts": f_z(t), "svc": "homeoct-ingest", "level": "INFO", "type": "scan",
                 "deviceSerial": P(d["serial"], "device"), "fw": "3.4.%d" % random.randint(0, 4),
                 "patientRef": P(p["mrn"], "mrn"), "scanDate": P(d_iso(today()), "date"), "eye": random.choice(["OD", "OS"]),
                 "quality": round(random.uniform(0.6, 0.99), 2), "fluidVolNl": round(random.uniform(0, 60), 1),
                 "alert": random.choice([False, False, False, True])}))
    if random.random() < 0.5:
        emit(fam, J({"ts": f_z(tk(0, 5)), "svc": "homeoct-ingest", "level": "DEBUG", "type": "heartbeat",
                     "deviceSerial": P(d["serial"], "device"), "wifiMac": P(d["mac"], "device"),
                     "battery": random.randint(20, 100), "rssi": -random.randint(40, 85), "uptimeS": random.randint(1000, 900000)}))


# ---------------- check-in kiosk (photo, iris, ID scan) ----------------
def fam_kiosk(r=None):
    fam = "kiosk-checkin"
    advance(0, 5)
    kid = "kiosk-%s-%02d" % (random.choice(["SLK", "OCL", "FRS"]), random.randint(1, 3))
    p = pick()

    def pre(lvl):
        return "%s [%s] %-5s " % (f_iso(tk(0, 2)), kid, lvl)
    emit(fam, pre("INFO"), "Session %s started (lang=%s)" % (b62(8), random.choice(["en-US", "es-US", "vi-VN"])))
    photo = r is None and random.random() < 0.4 or r == 0.3
    r = random.random() if r is None else r
    if r < 0.25:
        emit(fam, pre("INFO"), "Patient ", P(p["mrn"], "mrn"), " identified via iris match score=%.3f (threshold 0.950)" % (
            random.uniform(0.95, 0.999)))
    elif r < 0.35:
        emit(fam, pre("DEBUG"), "FaceMatch probe ", J({"engine": "FaceVault 5.1", "dim": 512, "norm": "l2",
                                                       "template": P(b64rand(random.choice([192, 256])), "biometric")}),
             " -> candidate ", P(p["mrn"], "mrn"), " similarity=%.4f" % random.uniform(0.7, 0.99))
    elif r < 0.55:
        emit(fam, pre("DEBUG"), "Iris enrollment for ", P(p["mrn"], "mrn"), " template=", J({
            "alg": "IrisCode-v2", "eye": random.choice(["L", "R"]), "tpl": P(b64rand(random.choice([256, 384])), "biometric")}))
    elif r < 0.75:
        emit(fam, pre("INFO"), "ID scan: %s DL " % p["state"], P(p["dl"], "license"), " name=",
             P("%s %s" % (fold(p["first"]).upper(), fold(p["last"]).upper()), "name"), " dob=", P(d_iso(p["dob"]), "date"),
             " matched chart ", P(p["mrn"], "mrn"))
    else:
        emit(fam, pre("INFO"), "Insurance card OCR: plan=\"%s\" member_id=" % p["vplan"]["name"], P(p["vmember"], "health_plan"),
             " group=%s confidence=%.2f" % (p["vgroup"], random.uniform(0.8, 0.99)))
    if photo:
        emit(fam, pre("DEBUG"), "Photo captured for chart ", P(p["mrn"], "mrn"), " POST /api/v2/patients/photo ",
             J({"mrn": P(p["mrn"], "mrn"), "contentType": "image/jpeg",
                "image": JS(P("data:image/jpeg;base64," + b64rand(random.choice([420, 540]), JPEG_HEAD), "photo"))}))
    emit(fam, pre("INFO"), "Check-in complete, copay due %.2f, queue=%s, wait est %d min" % (
        random.choice([0, 10, 25, 40]), random.choice(["OPT-PRETEST", "MD-WORKUP", "OPTICAL"]), random.randint(2, 35)))


# ---------------- DMV vision report, auto med-pay claim, vision claim ----------------
def fam_dmv():
    fam = "dmv-vision-json"
    advance(0, 6)
    p = pick(lambda q: q["state"] == "TX")
    doc = random.choice([DOCS[1], DOCS[3]])
    emit(fam, J({"formType": "DL-63", "submittedAt": f_iso(tk(0, 0)), "licenseNumber": P(p["dl"], "license"),
                 "licenseState": "TX", "applicant": {"name": P("%s %s" % (p["first"], p["last"]), "name"),
                                                     "dob": P(d_us(p["dob"]), "date")},
                 "visualAcuity": {"od": random.choice(["20/25", "20/30", "20/40", "20/50"]), "os": random.choice(["20/25", "20/30", "20/40"]),
                                  "ou": "20/25", "corrected": True},
                 "fieldsHorizontalDeg": random.choice([120, 130, 140]), "restriction": "B - Corrective lenses",
                 "examDate": P(d_us(today()), "date"),
                 "examiner": {"name": docname(doc, 2), "license": "TX-OD-%d" % random.randint(3000, 9999), "npi": doc["npi"]}},
                (", ", ": ")))
    emit("spring-log", springpre("INFO", "dps-submit", "c.l.forms.DpsClient"),
         "DL-63 accepted by DPS gateway, confirmation %s (%d ms)" % ("DPS" + rdig(10), random.randint(200, 2000)))


def fam_autoclaim():
    fam = "pnc-claim-json"
    advance(0, 6)
    p = pick(lambda q: q["age"] < 80)
    wmi, make, model, yc, yr = random.choice([("1HG", "Honda", "Accord", "K", 2019), ("JTD", "Toyota", "Corolla", "L", 2020),
                                              ("5YJ", "Tesla", "Model 3", "N", 2022), ("1FT", "Ford", "F-150", "P", 2023)])
    v = vin(wmi, yc)
    L3 = "".join(random.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    plate = random.choice(["%s-%04d" % (L3, random.randint(1000, 9999)), "%s%04d" % (L3, random.randint(1000, 9999)),
                           "%s%s%s%s" % (L3[:2], rdig(1), L3[2], rdig(3))])
    dol = today() - dt.timedelta(days=random.randint(3, 30))
    emit(fam, J({"claimType": "AUTO_MED_PAY", "carrier": "Lone Star Mutual", "carrierPhone": fph(("800", "555", "0177"), "dash"),
                 "claimNumber": P("LSM-%s-%06d" % (dol.strftime("%y"), random.randint(1, 999999)), "other_id"),
                 "policyNumber": P("TXA%09d" % random.randint(10 ** 8, 10 ** 9 - 1), "account"),
                 "insured": {"name": P(full(p), "name"), "phone": P(fph(p["cell"], "dash"), "phone")},
                 "vehicle": {"year": yr, "make": make, "model": model, "vin": P(v, "vehicle"), "plate": P(plate, "vehicle"), "plateState": "TX"},
                 "dateOfLoss": P(d_iso(dol), "date"), "injury": "S05.01XA corneal abrasion OD, airbag deployment",
                 "treatingProvider": docname(DOCS[2], 1), "billed": round(random.uniform(180, 900), 2)}))


def fam_visionclaim():
    fam = "vision-claim-json"
    advance(0, 6)
    p = pick(lambda q: q["vplan"]["code"] == "VPSP")
    doc = random.choice([DOCS[1], DOCS[3]])
    dos = today() - dt.timedelta(days=random.randint(0, 5))
    cid = "VC%s" % rdig(10)
    rel = "SELF"
    pat = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date"),
           "relationship": rel}
    emit(fam, J({"claimId": cid, "payerId": "60054", "memberId": P(p["vmember"], "health_plan"), "groupNumber": p["vgroup"],
                 "patient": pat, "dateOfService": P(d_iso(dos), "date"),
                 "provider": {"npi": doc["npi"], "name": docname(doc, 2), "taxId": ORG_TIN},
                 "lines": [{"code": "92014", "charge": 185.0}, {"code": "92310", "charge": 95.0},
                           {"code": random.choice(["V2020", "V2781", "V2203"]), "charge": round(random.uniform(90, 300), 2)}],
                 "labOrder": {"lab": random.choice(LABS)[0], "frameUpc": random.choice(FRAMES)[0]}}, (", ", ": ")))
    emit("spring-log", springpre("INFO", "vclaims-%d" % random.randint(1, 4), "c.l.vclaims.Submitter"),
         "Claim %s accepted by VisionPlus gateway, status=PENDING_ADJUDICATION, lines=3" % cid)


# ---------------- patient mobile app (device registration) ----------------
def fam_app():
    fam = "app-api-json"
    advance(0, 6)
    nm = random.choice(list(APP))
    p = BYNAME[nm]
    t = tk(0, 0)
    if random.random() < 0.4:
        emit(fam, J({"t": f_z(t), "lvl": "info", "svc": "patient-app-api", "route": "POST /v1/devices/register",
                     "status": 201, "durMs": random.randint(20, 300), "portalUser": P(p["user"], "other_id"),
                     "device": {"platform": random.choice(["android", "ios"]), "imei": P(APP[nm], "device"),
                                "appVersion": "4.2.%d" % random.randint(0, 3)}, "clientIp": P(p.get("ip6") or p["ip"], "ip")}))
    else:
        emit(fam, J({"t": f_z(t), "lvl": "info", "svc": "patient-app-api", "route": "POST /v1/auth/login",
                     "status": random.choice([200, 200, 401]), "durMs": random.randint(60, 900),
                     "portalUser": P(p["user"], "other_id"), "mfa": random.choice(["sms", "totp", "none"]),
                     "clientIp": P(p.get("ip6") or p["ip"], "ip")}))
    if random.random() < 0.6:
        emit(fam, J({"t": f_z(tk(0, 3)), "lvl": "info", "svc": "patient-app-api", "route": "GET /v1/config",
                     "status": 200, "durMs": random.randint(2, 40), "cache": "HIT"}))


# ==========================================================================
# driver
# ==========================================================================
FAMS = [(fam_arkbridge, 4), (fam_nidek_xml, 2), (fam_dcmdump, 1), (fam_pydicom, 1), (fam_forum, 4), (fam_winevt_xml, 4),
        (fam_winevt_txt, 2), (fam_hl7, 5), (fam_x12_elig, 2), (fam_x12_837, 2), (fam_x12_835, 2), (fam_elig_json, 2),
        (fam_pino, 6), (fam_serilog, 4), (fam_audit, 4), (fam_visionweb, 3), (fam_dcs, 1), (fam_clverify, 2),
        (fam_payment, 4), (fam_asc_csv, 2), (fam_iol_json, 3), (fam_iolmaster, 2), (fam_eyescreen, 3), (fam_nginx, 4),
        (fam_sms, 4), (fam_sendgrid, 3), (fam_fax, 4), (fam_homeoct, 2), (fam_kiosk, 3), (fam_dmv, 2), (fam_autoclaim, 2),
        (fam_visionclaim, 2), (fam_app, 3)]


def main():
    # make sure every family appears at least once, then draw by weight
    order = [f for f, _ in FAMS]
    # guarantee coverage of rarer record shapes
    def forced(fn, *names):
        def run():
            FORCE[:] = [BYNAME[n] for n in names]
            fn()
            FORCE[:] = []
        return run
    order += [lambda: fam_hl7("ADT"), lambda: fam_hl7("ADT"), lambda: fam_fax(0.55), lambda: fam_fax(0.4), lambda: fam_kiosk(0.3),
              lambda: fam_kiosk(0.45), forced(fam_nidek_xml, "Dorothy"), forced(fam_asc_csv, "Ruth", "Harold"),
              forced(fam_sendgrid, "Priya", "Kwame", "Eleni")]
    random.shuffle(order)
    dens0 = {}
    for f in order:
        advance(120, 1500)
        n0 = len(LINES)
        f()
        new = LINES[n0:]
        dens0[f.__name__] = sum(1 for _, _, sp in new if sp) / float(max(1, len(new)))
    # measured PHI density decides which pool to draw from, keeping ~55% PHI-free lines
    dens = dict(dens0)
    while len(LINES) < N_LINES:
        advance(60, 1800)
        share = sum(1 for _, _, sp in LINES if not sp) / float(len(LINES))
        if share > 0.56:
            pool = [(f, w * (3 if dens.get(f.__name__, 0.5) >= 0.5 else 1)) for f, w in FAMS]
        elif share < 0.55:
            pool = [(f, w * (3 if dens.get(f.__name__, 0.5) < 0.5 else 1)) for f, w in FAMS]
        else:
            pool = FAMS
        tot = sum(w for _, w in pool)
        r = random.uniform(0, tot)
        for f, w in pool:
            r -= w
            if r <= 0:
                n0 = len(LINES)
                f()
                new = LINES[n0:]
                d = sum(1 for _, _, sp in new if sp) / float(max(1, len(new)))
                dens[f.__name__] = d if f.__name__ not in dens else 0.5 * (dens[f.__name__] + d)
                break
    del LINES[N_LINES:]

    with open(os.path.join(HERE, ID + ".log"), "wb") as fl, \
            open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fj:
        for n, (fam, b, spans) in enumerate(LINES, 1):
            assert b"\n" not in b and b"\r" not in b, (n, b[:80])
            assert len(b) + 1 <= 4000, (n, len(b))
            b.decode("utf-8")
            prev = 0
            out = []
            for s, e, cat, v in sorted(spans):
                assert b[s:e] == v, (n, s, e, v)
                assert s >= prev, ("overlap", n, s, prev)
                prev = e
                out.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": fam, "spans": out}) + "\n")


if __name__ == "__main__":
    # sanity checks of generated identifiers
    for p in PATIENTS:
        assert luhn_ok(p["card"])
    for v in APP.values():
        assert luhn_ok(v) and len(v) == 15
    for d in DOCS:
        assert luhn_ok("80840" + d["npi"])
    main()
