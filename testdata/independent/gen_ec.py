#!/usr/bin/env python3
"""Deterministic generator for held-out PHI corpus `ec`.

Theme: a health system's nurse triage line / contact center (Meridian Lakes Health, fictional):
Genesys-like and Five9-like ACD events, IVR paths, Flex/TaskRouter events, a triage protocol
application, CTI screen pops into the EHR, Salesforce-like debug logs and platform events,
recording metadata and speech transcripts, after-hours answering service + pager/SMS, a .NET
service (Serilog compact JSON) and Go services (zap JSON / console).

Writes ec.log and ec.labels.jsonl next to this file. Standard library only.
"""
import base64
import json
import os
import random
import urllib.parse
from datetime import datetime, timedelta, timezone, date

SEED = 18_2024_11
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ec"
N_LINES = 500
TARGET_PHI = 225
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
        "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------------------------
# line builder: a line is a list of (text, category-or-None) parts; offsets computed at render
# ----------------------------------------------------------------------------------------------
class P:
    """A PHI value to insert (labelled)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v, self.c = v, c


class JS:
    """A JSON string value whose content is built from parts (str / P / Line)."""

    def __init__(self, *parts):
        self.parts = parts


class RAW:
    def __init__(self, *parts):
        self.parts = parts


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fesc(s):
    return urllib.parse.quote_plus(s, safe="")


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.keep = False

    def add(self, *xs):
        for x in xs:
            if isinstance(x, P):
                v = x.v if isinstance(x.v, str) else json.dumps(x.v)
                assert v
                self.parts.append((v, x.c))
            elif isinstance(x, Line):
                self.parts.extend(x.parts)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            else:
                self.parts.append((str(x), None))
        return self

    def add_tf(self, parts, fn):
        tmp = Line("")
        tmp.add(*parts)
        for txt, c in tmp.parts:
            self.parts.append((fn(txt), c))
        return self

    def has_phi(self):
        return any(c for _, c in self.parts)


def jw(L, v, sep=(",", ":")):
    """Serialize v as JSON into line L, labelling P values."""
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.add('"')
            L.parts.append((jesc(v.v), v.c))
            L.add('"')
        else:
            L.parts.append((json.dumps(v.v), v.c))
    elif isinstance(v, JS):
        L.add('"')
        L.add_tf(v.parts, jesc)
        L.add('"')
    elif isinstance(v, RAW):
        L.add(*v.parts)
    elif isinstance(v, dict):
        L.add("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.add(sep[0])
            L.add(json.dumps(k, ensure_ascii=False), sep[1])
            jw(L, x, sep)
        L.add("}")
    elif isinstance(v, list):
        L.add("[")
        for i, x in enumerate(v):
            if i:
                L.add(sep[0])
            jw(L, x, sep)
        L.add("]")
    else:
        L.add(json.dumps(v, ensure_ascii=False))
    return L


def jline(fam, obj, prefix=(), sep=(",", ":")):
    L = Line(fam)
    L.add(*prefix)
    return jw(L, obj, sep)


def jsub(obj, sep=(",", ":")):
    """Serialize into a standalone Line (for embedding as escaped string)."""
    return jw(Line(""), obj, sep)


# ----------------------------------------------------------------------------------------------
# random helpers / identifiers
# ----------------------------------------------------------------------------------------------
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def tsid(prefix):
    return prefix + hexs(32)


def sfid(prefix):
    return prefix + "5f00000" + "".join(R.choice(B62) for _ in range(5)) + "AA" + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def card_number():
    base = R.choice(["4", "4", "51", "53", "55"])
    base += digits(15 - len(base))
    n = base + luhn_digit(base)
    assert luhn_ok(n)
    return n


def imei():
    base = R.choice(["35693803", "35332511", "86753104", "35891210"]) + digits(6)
    return base + luhn_digit(base)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = R.choice(["1HG", "2T1", "JTD", "1FT", "KM8", "3VW", "5NP"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = R.choice("GHJKLMN")
    plant = R.choice("ABCDEFGHKLNPTU")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    s = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    s2 = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W)) % 11
    assert v[8] == ("X" if s2 == 10 else str(s2))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = R.choice
    return (c("123456789") + c(MBI_A) + c(MBI_AN) + c("0123456789") + c(MBI_A) + c(MBI_AN) +
            c("0123456789") + c(MBI_A) + c(MBI_A) + c("0123456789") + c("0123456789"))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def b64(n, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_data_uri(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    raw = hdr + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9"
    return "data:image/jpeg;base64," + base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------------------------
# time helpers (t is epoch milliseconds, int)
# ----------------------------------------------------------------------------------------------
UTC = timezone.utc
CST = timezone(timedelta(hours=-6))
T_START = int(datetime(2024, 11, 18, 23, 0, 0, tzinfo=UTC).timestamp() * 1000)  # 17:00 CST
T_END = T_START + 14 * 3600 * 1000
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
REF = date(2024, 11, 18)


def du(t):
    return datetime.fromtimestamp(t // 1000, UTC).replace(microsecond=(t % 1000) * 1000)


def dl(t):
    return datetime.fromtimestamp(t // 1000, CST).replace(microsecond=(t % 1000) * 1000)


def ts_iso(t):
    d = du(t)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t % 1000)


def ts_iso_s(t):
    return du(t).strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_serilog(t):
    return du(t).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d%04dZ" % (t % 1000, R.randint(0, 9999))


def ts_logback(t):
    return dl(t).strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t % 1000)


def ts_dot(t):
    return dl(t).strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t % 1000)


def ts_syslog(t):
    d = dl(t)
    return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def ts_nginx(t):
    d = dl(t)
    return "%02d/%s/%d:%s -0600" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def ts_zap(t):
    return "%d.%03d%04d" % (t // 1000, t % 1000, R.randint(1, 9999))


def ts_zapcon(t):
    return dl(t).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-0600" % (t % 1000)


def ts_ans(t):
    return dl(t).strftime("%m/%d/%y %H:%M:%S")


def ts_f9csv(t):
    return dl(t).strftime("%Y/%m/%d %H:%M:%S")


def ts_sfdc(t, t0):
    return dl(t).strftime("%H:%M:%S") + ".%03d (%d)" % (t % 1000, (t - t0) * 1000000 + R.randint(1000, 999999))


def hms(ms):
    s = ms // 1000
    return "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


# ----------------------------------------------------------------------------------------------
# phone / date formats
# ----------------------------------------------------------------------------------------------
def e164(d):
    return "+1" + d


def dash(d):
    return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def paren(d):
    return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])


def dotted(d):
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"] + ["twenty " + x for x in
                                                   ["first", "second", "third", "fourth", "fifth", "sixth",
                                                    "seventh", "eighth", "ninth"]] + ["thirtieth", "thirty first"]


def n2w(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def year_words(y):
    if y < 2000:
        r = y - 1900
        return "nineteen " + ("oh " + ONES[r] if r < 10 else n2w(r))
    if y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    return "twenty " + n2w(y - 2000)


def spoken_date(d):
    return "%s %s %s" % (MONTHS[d.month - 1], ORD[d.day], year_words(d.year))


def spoken_phone(d):
    g = lambda s: " ".join(ONES[int(ch)] for ch in s)
    return "%s, %s, %s" % (g(d[:3]), g(d[3:6]), g(d[6:]))


def f_iso(d):
    return d.strftime("%Y-%m-%d")


def f_us(d):
    return d.strftime("%m/%d/%Y")


def f_dtmf(d):
    return d.strftime("%m%d%Y")


def f_compact(d):
    return d.strftime("%Y%m%d")


def f_dmy(d):
    return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
AREA = ["312", "773", "847", "630", "708", "224", "815", "219", "872"]
RESERVED = {"8665550142", "8665550143", "8665550101", "3125550100", "3125550101", "3125550150"}
POOL = [a + "5550" + "%03d" % n for a in AREA for n in range(100, 200)]
POOL = [x for x in POOL if x not in RESERVED]
R.shuffle(POOL)


def new_phone():
    return POOL.pop()


CITIES = [("Chicago", "IL", ["60625", "60640", "60618", "60647", "60629", "60617", "60660"]),
          ("Evanston", "IL", ["60201", "60202"]), ("Skokie", "IL", ["60076", "60077"]),
          ("Oak Park", "IL", ["60302", "60304"]), ("Cicero", "IL", ["60804"]), ("Waukegan", "IL", ["60085"]),
          ("Joliet", "IL", ["60435", "60436"]), ("Aurora", "IL", ["60505", "60506"]),
          ("Naperville", "IL", ["60540", "60563"]), ("Des Plaines", "IL", ["60016"]),
          ("Hammond", "IN", ["46320", "46324"]), ("Berwyn", "IL", ["60402"]), ("Niles", "IL", ["60714"])]
STREETS = ["N Kedzie Ave", "W Lawrence Ave", "Sheridan Rd", "S Pulaski Rd", "W Belmont Ave", "Dempster St",
           "Lake St", "Cermak Rd", "W Grand Ave", "Ogden Ave", "N Jefferson St", "Main St", "N Clark St",
           "S Halsted St", "Oakton St", "W Washington Blvd", "Ridge Ave", "N Milwaukee Ave", "Devon Ave",
           "Sycamore Ln", "Prairie Ct", "W Touhy Ave"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"]

ASCII = str.maketrans({"á": "a", "í": "i", "ị": "i", "ễ": "e", "ñ": "n", "ö": "o", "ı": "i", "ı": "i", "é": "e",
                       "'": "", " ": "", "-": ""})

SPEC = [
    ("Marisol", "Quispe", "F", 67, {"plan": "mbi", "lang": "ES", "vbio": True}),
    ("Tadesse", "Bekele", "M", 44, {"plan": "comm"}),
    ("Oluwaseun", "Adeyemi", "M", 31, {"plan": "comm"}),
    ("Siobhán", "Ní Bhriain", "F", 29, {"plan": "comm", "web": True}),
    ("Dmitri", "Volkov", "M", 72, {"plan": "mbi", "device": "pacemaker", "photo": True}),
    ("Thị Hoa", "Nguyễn", "F", 58, {"plan": "comm", "lang": "VI"}),
    ("Priya", "Raghunathan", "F", 40, {"plan": "comm", "web": True}),
    ("Kenji", "Takahashi", "M", 7, {"guardian": ("Aiko", "Takahashi", "mother"), "plan": "comm"}),
    ("Fatima", "Haddad", "F", 36, {"plan": "comm", "idv": True}),
    ("Bogdan", "Popescu", "M", 61, {"plan": "comm", "card": True, "vbio": True}),
    ("Aiyana", "Begay", "F", 19, {"plan": "medicaid", "vbio": True}),
    ("Mateo", "Ferreira", "M", 5, {"guardian": ("Lucia", "Ferreira", "mother"), "plan": "medicaid"}),
    ("Ingrid", "Lindqvist", "F", 93, {"guardian": ("Erik", "Lindqvist", "son"), "plan": "mbi", "fax": True}),
    ("Chidi", "Okafor", "M", 52, {"plan": "comm", "device": "pump", "vbio": True}),
    ("Yusuf", "Yılmaz", "M", 27, {"plan": "comm"}),
    ("Zofia", "Kowalczyk", "F", 2, {"guardian": ("Agnieszka", "Kowalczyk", "mother"), "plan": "medicaid"}),
    ("Tevita", "Fifita", "M", 48, {"plan": "medicaid", "vehicle": True}),
    ("Thandiwe", "Dlamini", "F", 34, {"plan": "comm", "photo": True}),
    ("Esperanza", "Castañeda", "F", 91, {"guardian": ("Rogelio", "Castañeda", "grandson"), "plan": "mbi",
                                         "curp": True}),
    ("Björn", "Haugen", "M", 66, {"plan": "mbi", "rpm": True}),
    ("Declan", "O'Connell", "M", 12, {"guardian": ("Maeve", "O'Connell", "mother"), "plan": "comm"}),
    ("Min-jun", "Park", "M", 38, {"plan": "comm", "web": True, "idv": True}),
    ("Hana", "Abdi", "F", 24, {"plan": "medicaid", "vbio": True}),
    ("Leilani", "Kahananui", "F", 45, {"plan": "comm", "rpm": True, "device": "cgm"}),
    ("Harold", "Pettersen", "M", 96, {"guardian": ("Janet", "Pettersen-Cole", "daughter"), "plan": "mbi",
                                      "fax": True, "photo": True}),
    ("Anjali", "Deshpande", "F", 3, {"guardian": ("Rohan", "Deshpande", "father"), "plan": "comm"}),
    ("Rosa", "Villanueva-Ortiz", "F", 55, {"plan": "comm", "card": True, "idv": True}),
    ("Wojciech", "Nowak", "M", 70, {"plan": "mbi", "vehicle": True}),
    ("Lorenzo", "Bianchi", "M", 89, {"plan": "mbi"}),
    ("Grace", "Oyelaran-Whitfield", "F", 88, {"plan": "mbi", "guardian": ("Tomas", "Whitfield", "husband")}),
]


def dob_for(age):
    while True:
        d = REF - timedelta(days=int(age * 365.25) + R.randint(5, 360))
        a = REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))
        if a == age:
            return d


def mkpat(first, last, sex, age, ex):
    p = {"first": first, "last": last, "sex": sex, "ex": ex}
    p["name"] = first + " " + last
    p["dob"] = dob_for(age)
    p["age"] = age
    city, st, zips = R.choice(CITIES)
    p["street"] = "%d %s" % (R.randint(12, 9800), R.choice(STREETS))
    if R.random() < 0.35:
        p["street"] += R.choice([" Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), " Unit %d" % R.randint(101, 612)])
    p["city"], p["state"], p["zip"] = city, st, R.choice(zips)
    p["phone"] = new_phone()
    p["phone2"] = new_phone() if R.random() < 0.4 else None
    p["mrn"] = R.choice(["10", "11", "20"]) + digits(6)
    p["ssn"] = ssn()
    asc = (first + last).translate(ASCII).lower()
    p["email"] = R.choice(["%s.%s%s" % (first.translate(ASCII).lower(), last.translate(ASCII).lower(),
                                        str(p["dob"].year)[2:]),
                           "%s%s" % (first.translate(ASCII).lower()[0], last.translate(ASCII).lower()),
                           "%s_%d" % (asc[:10], R.randint(1, 99))]) + "@" + R.choice(EMAIL_DOM)
    p["portal_user"] = (first.translate(ASCII).lower()[:1] + last.translate(ASCII).lower() + digits(2))
    plan = ex.get("plan")
    if plan == "mbi":
        p["member"] = mbi()
        p["payer"] = "Medicare Part B"
    elif plan == "medicaid":
        p["member"] = digits(9)
        p["payer"] = R.choice(["IL Medicaid (HFS)", "Meridian Medicaid MCO"])
    else:
        pfx, payer = R.choice([("XOH", "BCBS IL PPO"), ("W", "Aetna Choice POS II"), ("", "UHC Choice Plus"),
                               ("ZGD", "BCBS IL HMO")])
        p["member"] = pfx + digits(9 if pfx else 11)
        p["payer"] = payer
    p["group"] = R.choice(["0047821", "GRP-118420", "B04213", "720133", "000921844"])
    if "guardian" in ex:
        gf, gl, rel = ex["guardian"]
        p["g"] = {"first": gf, "last": gl, "name": gf + " " + gl, "rel": rel, "phone": new_phone()}
    p["acct"] = "70" + digits(8)
    if ex.get("card"):
        p["card"] = card_number()
    if ex.get("idv") or ex.get("vehicle"):
        p["dl"] = last.translate(ASCII)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4)
    if ex.get("vehicle"):
        p["vin"] = vin()
        p["plate"] = R.choice(["DK", "BX", "CT", "AF", "GN"]) + " " + digits(5)
    if ex.get("device") == "pacemaker":
        p["devsn"] = "PJN" + digits(6) + "H"
        p["devdesc"] = "Medtronic Azure XT DR MRI"
    elif ex.get("device") == "pump":
        p["devsn"] = "NG" + digits(7) + "H"
        p["devdesc"] = "MiniMed 780G"
    elif ex.get("device") == "cgm":
        p["devsn"] = "PG" + digits(8)
        p["devdesc"] = "Dexcom G7 receiver"
    if ex.get("rpm"):
        p["imei"] = imei()
        p["mac"] = ":".join("%02X" % R.getrandbits(8) for _ in range(6))
    if ex.get("curp"):
        d = p["dob"]
        p["curp"] = "CAXE" + d.strftime("%y%m%d") + "MJCSSP" + R.choice("0A") + digits(1)
    if ex.get("fax"):
        p["fax"] = new_phone()
    if ex.get("web"):
        p["ip"] = R.choice(["73.%d.%d.%d", "98.%d.%d.%d", "24.%d.%d.%d", "67.%d.%d.%d", "108.%d.%d.%d"]) % (
            R.randint(10, 250), R.randint(1, 254), R.randint(1, 254))
        p["url"] = "https://www.caringbridge.org/visit/" + (first + last).translate(ASCII).lower()
    return p


PATS = [mkpat(*s) for s in SPEC]

# staff (look-alikes: never labelled)
NURSES = [("Daniela", "Ortiz", "dortiz", "4411"), ("Kwame", "Asante", "kasante", "4417"),
          ("Mei-Ling", "Chou", "mchou", "4420"), ("Patrick", "Brennan", "pbrennan", "4423"),
          ("Svetlana", "Morozova", "smorozova", "4431"), ("Amara", "Nwosu", "anwosu", "4436"),
          ("Jorge", "Villalobos", "jvillalobos", "4442"), ("Hannah", "Weiss", "hweiss", "4448"),
          ("Rukhsana", "Qureshi", "rqureshi", "4452")]
NURSES = [{"first": a, "last": b, "name": a + " " + b, "user": c, "ext": d, "gid": uid(), "wk": tsid("WK"),
           "email": "%s.%s@mlhealth.org" % (a[0].lower(), b.lower())} for a, b, c, d in NURSES]
AGENTS = [("Tyrell", "Jackson", "tjackson", "4302"), ("Brenda", "Kowalski", "bkowalski", "4305"),
          ("Nasrin", "Karimi", "nkarimi", "4309"), ("Luis", "Echeverría", "lecheverria", "4311"),
          ("Keiko", "Mori", "kmori", "4316")]
AGENTS = [{"first": a, "last": b, "name": a + " " + b, "user": c, "ext": d, "gid": uid(), "wk": tsid("WK")}
          for a, b, c, d in AGENTS]
DOCS = [("Samuel", "Achterberg", "Pediatrics"), ("Folasade", "Ogunleye", "Internal Medicine"),
        ("Ravi", "Menon", "Cardiology"), ("Elena", "Petrova", "OB/GYN"), ("Marcus", "Feldman", "Orthopedics"),
        ("Aroha", "Ngata", "Family Medicine"), ("Ignacio", "Barrientos", "Pediatrics")]
DOCS = [{"first": a, "last": b, "name": a + " " + b, "svc": s, "pager": "447" + digits(4), "cell": new_phone(),
         "ext": "62" + digits(2), "npi": npi(), "email": "%s.%s@mlhealth.org" % (a[0].lower(), b.lower())}
        for a, b, s in DOCS]
OPS = ["JW", "MT", "RK", "DS"]

ADULT_LINE, PEDS_LINE, ANS_LINE = "8665550142", "8665550143", "8665550101"
CLINIC_FAX = "3125550150"

ADULT_PROTO = ["Chest Pain", "Breathing Difficulty", "Abdominal Pain - Female", "Headache",
               "Cough - Acute Productive", "Dizziness", "Back Pain", "Urination Pain - Female",
               "High Blood Pressure", "Diabetes - High Blood Sugar", "Falls and Falling",
               "Pregnancy - Vaginal Bleeding Less Than 20 Weeks EGA", "Heart Rate and Heartbeat Questions"]
PEDS_PROTO = ["Fever - 3 Months or Older", "Vomiting Without Diarrhea", "Croup", "Earache", "Head Injury",
              "Rash or Redness - Widespread", "Colds", "Diarrhea", "Cough"]
DISPOS = ["Call EMS 911 Now", "Go to ED Now", "Go to ED Now (or PCP Triage)",
          "See HCP Within 4 Hours (or PCP Triage)", "See Today in Office", "See Within 3 Days in Office",
          "Home Care", "Call PCP When Office is Open", "Call PCP Within 24 Hours"]
QUESTIONS = [("Q01", "Severe difficulty breathing (struggling for each breath)?"),
             ("Q02", "Sounds like a life-threatening emergency to the triager?"),
             ("Q04", "Fever > 104 F (40 C)?"), ("Q05", "Pain radiating into jaw, neck or left arm?"),
             ("Q08", "Taking a blood thinner?"), ("Q09", "Drinking less than usual / decreased urine?"),
             ("Q11", "Confused or difficult to awaken?"), ("Q12", "Rash with purple or blood-colored spots?"),
             ("Q15", "Symptom present more than 3 days?"), ("Q17", "Pain severity (0-10)")]
GEN_QUEUES = {"adult": ("RN Triage Adult", uid()), "adult_es": ("RN Triage Adult - Spanish", uid()),
              "sched": ("Scheduling Overflow", uid()), "rx": ("Pharmacy Refill Line", uid())}
DIVISION = uid()
WRAPUPS = {"Advice Given - Home Care": uid(), "Referred to ED": uid(), "Appointment Scheduled": uid(),
           "Transferred to 911": uid(), "Message to On-Call": uid(), "Wrong Number": uid()}
F9_CAMPAIGNS = ["Peds Nurse Line", "Peds Nurse Line - After Hours", "Adult Overflow"]
F9_DISPOS = ["RN - Home Care Advice", "RN - Refer ED", "RN - Appt Booked", "RN - Page On-Call", "Abandon",
             "No Party Contact"]
WS_SID, ACCT_SID = tsid("WS"), tsid("AC")
FLEX_QUEUES = {"RN Callback": tsid("WQ"), "Web Chat - Nurse": tsid("WQ"), "RN Triage Adult": tsid("WQ")}
WORKFLOW = tsid("WW")

EVENTS = []


def emit(t, L):
    EVENTS.append((t, len(EVENTS), L))


def pick(*xs):
    return R.choice(xs)


# ----------------------------------------------------------------------------------------------
# renderers per system
# ----------------------------------------------------------------------------------------------
def genesys(t, topic_tail, cid, body, meta=True):
    obj = {"topicName": "v2.detail.events.conversation.%s.%s" % (cid, topic_tail), "version": "2",
           "eventBody": body}
    if meta:
        obj["metadata"] = {"CorrelationId": uid()}
    emit(t, jline("genesys-notification", obj))


def serilog(t, mt, props, level=None, r=None, exc=None, ctx="Mlh.Cti.ScreenPop.PatientLookupService"):
    obj = {"@t": ts_serilog(t), "@mt": mt}
    if r is not None:
        obj["@r"] = r
    if level:
        obj["@l"] = level
    if exc:
        obj["@x"] = exc
    if R.random() < 0.3:
        obj["@tr"] = hexs(32)
        obj["@sp"] = hexs(16)
    obj.update(props)
    obj["SourceContext"] = ctx
    obj["MachineName"] = pick("CTI-APP-01", "CTI-APP-02", "CTI-APP-03")
    if R.random() < 0.5:
        obj["ThreadId"] = R.randint(4, 61)
    emit(t, jline("serilog-clef", obj))


def zap(t, level, logger, caller, msg, fields, stack=None):
    obj = {"level": level, "ts": RAW(ts_zap(t))}
    if logger:
        obj["logger"] = logger
    obj["caller"] = caller
    obj["msg"] = msg
    obj.update(fields)
    if stack:
        obj["stacktrace"] = stack
    emit(t, jline("zap-json", obj))


def zapcon(t, level, logger, caller, msg, fields):
    L = Line("zap-console")
    L.add(ts_zapcon(t), "\t", level.upper(), "\t")
    if logger:
        L.add(logger, "\t")
    L.add(caller, "\t", msg)
    if fields:
        L.add("\t")
        jw(L, fields, sep=(", ", ": "))
    emit(t, L)


def logback(t, fam, level, thread, logger, *msg):
    L = Line(fam)
    L.add(ts_logback(t), " ", level.ljust(5), " [", thread, "] ", logger, " - ", *msg)
    emit(t, L)


def f9log(t, level, thread, logger, *msg):
    L = Line("five9-adapter")
    L.add(ts_dot(t), " ", level.ljust(5), " [", thread, "] ", logger, " - ", *msg)
    emit(t, L)


def flexlog(t, level, comp, event_obj, form=False):
    L = Line("flex-taskrouter")
    if form:
        L.add(ts_iso(t), " ", level, " [", comp, "] POST /twilio/taskrouter/events body=")
        for i, (k, v) in enumerate(event_obj.items()):
            if i:
                L.add("&")
            L.add(k, "=")
            if isinstance(v, Line):
                L.add_tf([v], fesc)
            elif isinstance(v, P):
                L.add_tf([v], fesc)
            else:
                L.add(fesc(str(v)))
    else:
        L.add(ts_iso(t), " ", level, " [", comp, "] ", event_obj.get("EventType", "event"), " ")
        obj = {}
        for k, v in event_obj.items():
            obj[k] = JS(v) if isinstance(v, Line) else v
        jw(L, obj)
    emit(t, L)


# ----------------------------------------------------------------------------------------------
# context
# ----------------------------------------------------------------------------------------------
def caller_of(p):
    if "g" in p:
        return p["g"]["name"], p["g"]["phone"], p["g"]["rel"]
    ph = p["phone2"] if (p["phone2"] and R.random() < 0.4) else p["phone"]
    return p["name"], ph, "self"


CASE_SEQ = [113960]
SF_CASE = [231840]


def new_ctx(p, t, peds):
    cname, cphone, rel = caller_of(p)
    c = {"p": p, "t": t, "cid": uid(), "part": uid(), "sess": uid(), "cname": cname, "ani": cphone, "rel": rel,
         "nurse": R.choice(NURSES), "peds": peds}
    c["proto"] = R.choice(PEDS_PROTO if peds else ADULT_PROTO)
    c["dispo"] = R.choice(DISPOS)
    CASE_SEQ[0] += R.randint(1, 9)
    c["case"] = "TRG-24-%07d" % CASE_SEQ[0]
    c["ts"] = "TS-%07d" % R.randint(8800000, 8899999)
    c["cb"] = cphone
    c["onset"] = REF - timedelta(days=R.randint(0, 4))
    return c


def age_field(p):
    return P(p["age"], "age") if p["age"] > 89 else p["age"]


def age_txt(p):
    return P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"])


# ----------------------------------------------------------------------------------------------
# building blocks
# ----------------------------------------------------------------------------------------------
def b_ivr(c, t, collect=True):
    p = c["p"]
    L = Line("ivr-flowlog")
    L.add(ts_syslog(t), " ", pick("ivr-edge-01", "ivr-edge-02"), " architect-flowlog[", str(R.randint(2000, 2400)),
          "]: conv=", c["cid"], ' flow="NurseLine_Inbound" ver=41.0 path="Welcome>LangMenu(',
          "2" if p["ex"].get("lang") == "ES" else "1", ")>MainMenu(", pick("2", "2", "1"), ")")
    if collect:
        L.add(">CollectDOB[dtmf=", P(f_dtmf(p["dob"]), "date"), "]")
        if R.random() < 0.7:
            L.add(">CollectZip[dtmf=", P(p["zip"], "zip"), "]")
    else:
        L.add(">CollectDOB[noinput x2]")
    q = GEN_QUEUES["adult_es" if p["ex"].get("lang") == "ES" else "adult"][0]
    L.add(">Transfer(", q, ')" outcome=TRANSFER_ACD ms=', str(R.randint(32000, 98000)))
    emit(t, L)


def b_genesys_start(c, t):
    body = {"eventTime": t, "conversationId": c["cid"], "participantId": c["part"], "sessionId": c["sess"],
            "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND",
            "ani": JS("tel:", P(e164(c["ani"]), "phone")), "dnis": "tel:+1" + ADULT_LINE,
            "addressTo": "tel:+1" + ADULT_LINE, "addressFrom": JS("tel:", P(e164(c["ani"]), "phone")),
            "callbackUserName": "", "callbackNumbers": [], "subject": "", "messageType": "UNKNOWN",
            "divisionId": DIVISION}
    genesys(t, "customer.start", c["cid"], body)


def b_genesys_acd(c, t, q):
    qn, qid = GEN_QUEUES[q]
    body = {"eventTime": t, "conversationId": c["cid"], "participantId": uid(), "sessionId": c["sess"],
            "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND"}
    if R.random() < 0.5:
        body["ani"] = JS("tel:", P(e164(c["ani"]), "phone"))
        body["dnis"] = "tel:+1" + ADULT_LINE
    body["queueId"] = qid
    body["divisionId"] = DIVISION
    genesys(t, "acd.start", c["cid"], body)
    t2 = t + R.randint(15000, 400000)
    body2 = {"eventTime": t2, "conversationId": c["cid"], "participantId": body["participantId"],
             "sessionId": c["sess"], "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND",
             "queueId": qid, "divisionId": DIVISION, "acdOutcome": pick("ANSWERED", "ANSWERED", "ANSWERED", "ABANDON"),
             "answeredUserId": c["nurse"]["gid"], "requestedRoutings": ["Standard"], "usedRouting": "Standard",
             "connectedDurationMs": t2 - t}
    genesys(t2, "acd.end", c["cid"], body2)
    return t2


def b_genesys_acw(c, t, code, notes_phi):
    p = c["p"]
    notes = ""
    if notes_phi:
        notes = JS("RN ", c["nurse"]["first"], ": ", P(p["first"], "name"), " advised per ", c["proto"],
                   " protocol, cb ", P(dash(c["cb"]), "phone"), ", case ", P(c["case"], "other_id"))
    body = {"eventTime": t, "conversationId": c["cid"], "participantId": uid(), "sessionId": c["sess"],
            "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND", "userId": c["nurse"]["gid"],
            "queueId": GEN_QUEUES["adult"][1], "divisionId": DIVISION, "wrapupCode": WRAPUPS[code],
            "wrapupNotes": notes, "durationMs": R.randint(9000, 160000)}
    genesys(t, "acw", c["cid"], body)


def b_screenpop(c, t, strategy="AniDob"):
    p = c["p"]
    serilog(t, "Screen pop lookup {Strategy} for {Ani} returned {HitCount} candidate(s)",
            {"Strategy": strategy, "Ani": P(e164(c["ani"]), "phone"), "HitCount": 1,
             "ConversationId": c["cid"], "AgentExtension": c["nurse"]["ext"]})
    # FHIR call made by the lookup
    L = Line("nginx-fhir-access")
    q = [("telecom=phone%7C", P(c["ani"], "phone"))]
    L.add("10.40.12.%d - cti-svc [" % R.randint(20, 40), ts_nginx(t - R.randint(100, 400)),
          '] "GET /fhir/R4/Patient?telecom=phone%7C', P(c["ani"], "phone"))
    if strategy == "AniDob":
        L.add("&birthdate=", P(f_iso(p["dob"]), "date"))
    L.add("&_count=5 HTTP/1.1\" 200 ", str(R.randint(1800, 5200)), ' "-" "Mlh.Cti/3.4.1 (.NET 8.0.10)" rt=0.',
          "%03d" % R.randint(80, 420))
    emit(t - 1, L)
    t += R.randint(50, 400)
    dob = f_iso(p["dob"])
    serilog(t, "Popped patient {Mrn} ({PatientName}, DOB {BirthDate:yyyy-MM-dd}) to {AgentExtension}",
            {"Mrn": P(p["mrn"], "mrn"), "PatientName": P(p["name"], "name"),
             "BirthDate": JS(P(dob, "date"), "T00:00:00.0000000"), "AgentExtension": c["nurse"]["ext"],
             "Age": age_field(p), "AgentUser": c["nurse"]["user"], "ConversationId": c["cid"],
             "ElapsedMs": R.randint(90, 900)},
            r=[P(dob, "date")])
    if R.random() < 0.5:
        t += R.randint(20, 200)
        serilog(t, "Coverage for {Mrn}: {Payer} member {MemberId} group {GroupNumber} status {Status}",
                {"Mrn": P(p["mrn"], "mrn"), "Payer": p["payer"], "MemberId": P(p["member"], "health_plan"),
                 "GroupNumber": p["group"], "Status": "Active"}, ctx="Mlh.Cti.ScreenPop.EligibilityClient")
    if p.get("fax"):
        t += R.randint(20, 200)
        serilog(t, "Contact preferences for {Mrn}: {Channel} {FaxNumber} (clinic fallback {ClinicFax})",
                {"Mrn": P(p["mrn"], "mrn"), "Channel": "Fax", "FaxNumber": P(paren(p["fax"]), "fax"),
                 "ClinicFax": paren(CLINIC_FAX)}, level="Debug", ctx="Mlh.Cti.ScreenPop.ContactPrefs")
    if p["ex"].get("photo") and R.random() < 0.8:
        t += R.randint(20, 200)
        uri = jpeg_data_uri(R.randint(260, 420))
        serilog(t, "Patient photo cached for {Mrn} ({Bytes} bytes)",
                {"Mrn": P(p["mrn"], "mrn"), "Bytes": len(uri) * 3 // 4, "PhotoDataUri": P(uri, "photo")},
                level="Debug", ctx="Mlh.Cti.ScreenPop.PhotoCache")
    return t


def b_triage(c, t):
    p = c["p"]
    n = c["nurse"]
    th = "http-nio-8443-exec-%d" % R.randint(1, 40)
    cb_fmt = pick(paren, dash, dotted)
    lg = "o.m.triage.SessionService"
    if "g" in p:
        logback(t, "triage-app", "INFO", th, lg, "session=", c["ts"], " opened nurse=", n["user"], ' patient="',
                P(p["last"] + ", " + p["first"], "name"), '" dob=', P(f_iso(p["dob"]), "date"), " age=",
                age_txt(p), " sex=", p["sex"], ' caller="', P(p["g"]["name"], "name"), '" rel=', p["g"]["rel"],
                " cb=", P(cb_fmt(c["cb"]), "phone"))
    else:
        logback(t, "triage-app", "INFO", th, lg, "session=", c["ts"], " opened nurse=", n["user"], ' patient="',
                P(p["last"] + ", " + p["first"], "name"), '" dob=', P(f_iso(p["dob"]), "date"), " age=",
                age_txt(p), " sex=", p["sex"], " caller=self cb=", P(cb_fmt(c["cb"]), "phone"))
    t += R.randint(20000, 90000)
    setname = "Pediatric After-Hours" if c["peds"] else "Adult After-Hours"
    logback(t, "triage-app", "INFO", th, "o.m.triage.ProtocolService", "session=", c["ts"], ' protocol="',
            c["proto"], '" set="', setname, '" rev=2024.1 chosen_by=', n["user"], " rank=",
            str(R.randint(1, 3)))
    for q, text in R.sample(QUESTIONS, R.randint(1, 3)):
        t += R.randint(8000, 40000)
        a = str(R.randint(2, 9)) if q == "Q17" else pick("NO", "NO", "NO", "YES")
        logback(t, "triage-app", "DEBUG", th, "o.m.triage.AnswerService", "session=", c["ts"], " q=", q, ' "',
                text, '" a=', a)
    if R.random() < 0.6:
        t += R.randint(8000, 40000)
        logback(t, "triage-app", "DEBUG", th, "o.m.triage.AnswerService", "session=", c["ts"],
                ' q=Q21 "When did symptoms start?" a=', P(f_us(c["onset"]), "date"))
    if p.get("devsn") and R.random() < 0.85:
        t += R.randint(8000, 40000)
        logback(t, "triage-app", "DEBUG", th, "o.m.triage.AnswerService", "session=", c["ts"],
                ' q=Q30 "Implanted or wearable device?" a="YES - ', p["devdesc"], " SN ", P(p["devsn"], "device"),
                '"')
    t += R.randint(20000, 120000)
    final = c["dispo"]
    ov = "none" if R.random() < 0.8 else "upgrade"
    logback(t, "triage-app", "INFO", th, "o.m.triage.DispositionService", "session=", c["ts"], ' protocol="',
            c["proto"], '" disposition="', final, '" override=', ov, " callback=", P(dash(c["cb"]), "phone"),
            " case=", P(c["case"], "other_id"), " mrn=", P(p["mrn"], "mrn"))
    if R.random() < 0.3:
        t += R.randint(200, 900)
        logback(t, "triage-app", "INFO", th, "o.m.triage.DocService", "session=", c["ts"],
                " note signed by ", n["name"], ", RN (ext ", n["ext"], ") pushed to EHR inbox pool=ML-NURSE-TRIAGE ",
                "status=202 hl7=MDM^T02 ctrl=", digits(10))
    return t


def b_sfdc(c, t):
    p = c["p"]
    t0 = t
    cls = "TriageCaseIntake.upsertFromCti(String,String)"

    def sf(tt, *parts):
        L = Line("sfdc-apex-debug")
        L.add(ts_sfdc(tt, t0), "|", *parts)
        L.keep = True
        emit(tt, L)

    sf(t, "EXECUTION_STARTED")
    sf(t + 1, "CODE_UNIT_STARTED|[EXTERNAL]|01p5f000001XyZa|", cls)
    ani_fmt = pick(paren, e164, dash)
    sf(t + 3, "VARIABLE_ASSIGNMENT|[38]|ani|\"", P(ani_fmt(c["ani"]), "phone"), '"')
    sf(t + 5, "SOQL_EXECUTE_BEGIN|[41]|Aggregations:0|SELECT Id, Name, MRN__c, Birthdate, MailingStreet, "
              "MailingCity, MailingPostalCode FROM Contact WHERE Phone = :tmpVar1 OR MobilePhone = :tmpVar1 LIMIT 5")
    sf(t + 22, "SOQL_EXECUTE_END|[41]|Rows:1")
    cid = sfid("003")
    em = [", Email=", P(p["email"], "email")] if R.random() < 0.5 else [", Email=null"]
    sf(t + 24, "USER_DEBUG|[57]|DEBUG|matched contact: Contact:{Id=", cid, ", Name=", P(p["name"], "name"),
       ", MRN__c=", P(p["mrn"], "mrn"), ", Birthdate=", P(f_iso(p["dob"]), "date"), " 00:00:00, MailingStreet=",
       P(p["street"], "address"), ", MailingCity=", P(p["city"], "address"), ", MailingState=", p["state"],
       ", MailingPostalCode=", P(p["zip"], "zip"), em, "}")
    if p.get("fax") and R.random() < 0.8:
        sf(t + 25, "USER_DEBUG|[63]|DEBUG|contact prefs: Preferred_Channel__c=Fax, Fax=", P(paren(p["fax"]), "fax"),
           ", HasOptedOutOfEmail=true, Clinic_Fax__c=", paren(CLINIC_FAX))
    sf(t + 30, "DML_BEGIN|[88]|Op:Insert|Type:Case|Rows:1")
    sf(t + 41, "DML_END|[88]")
    SF_CASE[0] += R.randint(1, 12)
    sf(t + 42, "USER_DEBUG|[92]|INFO|Case created ", sfid("500"), " CaseNumber=", P("%08d" % SF_CASE[0], "other_id"),
       " for contact ", cid, " owner=", c["nurse"]["user"], "@mlhealth.org.prod")
    if R.random() < 0.3:
        sf(t + 44, "LIMIT_USAGE_FOR_NS|(default)|")
        for s in ["  Number of SOQL queries: %d out of 100" % R.randint(2, 6),
                  "  Maximum CPU time: %d out of 10000" % R.randint(40, 600)]:
            L = Line("sfdc-apex-debug")
            L.add(s)
            emit(t + 44, L)
    sf(t + 46, "CODE_UNIT_FINISHED|", cls)
    sf(t + 47, "EXECUTION_FINISHED")
    return t + 50


def b_platform_event(c, t):
    p = c["p"]
    payload = {"CreatedDate": ts_iso(t), "CreatedById": "0055f000008TrgAAAS", "Conversation_Id__c": c["cid"],
               "Caller_ANI__c": P(e164(c["ani"]), "phone"), "Patient_MRN__c": P(p["mrn"], "mrn"),
               "Protocol__c": c["proto"], "Disposition__c": c["dispo"], "Nurse__c": c["nurse"]["name"],
               "Nurse_Ext__c": c["nurse"]["ext"], "Triage_Case__c": P(c["case"], "other_id")}
    if R.random() < 0.5:
        payload["Callback_Number__c"] = P(paren(c["cb"]), "phone")
    obj = {"clientId": hexs(20), "data": {"schema": "".join(R.choice(B62) for _ in range(22)),
                                          "payload": payload, "event": {"replayId": R.randint(1800000, 1900000)}},
           "channel": "/event/Triage_Disposition__e"}
    emit(t, jline("sfdc-platform-event", obj))


def b_recording(c, t, dur):
    rid = uid()
    obj = {"id": rid, "conversationId": c["cid"], "startTime": ts_iso(t - dur), "endTime": ts_iso(t),
           "media": "audio", "fileState": "AVAILABLE",
           "mediaUris": {"S": {"mediaUri": "https://apps.usw2.pure.cloud/api/v2/downloads/" + hexs(32)}},
           "estimatedTranscodeTimeMs": 0, "actualTranscodeTimeMs": R.randint(300, 2400),
           "maxAllowedRestorationsForOrg": 2, "remainingRestorationsAllowedForOrg": 2, "sessionId": c["sess"],
           "users": [{"id": c["nurse"]["gid"], "name": c["nurse"]["name"]}],
           "recordingFileRole": "CUSTOMER_EXPERIENCE", "recordingErrorStatus": None,
           "creationTime": ts_iso(t + R.randint(2000, 9000))}
    emit(t + 9000, jline("recording-metadata", obj))
    if R.random() < 0.4:
        zap(t + 12000, "info", "recidx", "indexer/index.go:97", "recording indexed",
            {"recording_id": rid, "conversation_id": c["cid"], "ani": P(e164(c["ani"]), "phone"),
             "mrn": P(c["p"]["mrn"], "mrn"), "s3_key": "recordings/2024/11/18/%s.opus" % rid,
             "duration_ms": dur, "retention_days": 2555})
    else:
        zap(t + 12000, "info", "recidx", "indexer/index.go:97", "recording indexed",
            {"recording_id": rid, "conversation_id": c["cid"], "s3_key": "recordings/2024/11/18/%s.opus" % rid,
             "duration_ms": dur, "retention_days": 2555})


def b_transcript(c, t, fmt):
    p = c["p"]
    n = c["nurse"]
    off = R.randint(3000, 9000)
    turns = []
    turns.append(("agent", ["Thank you for calling the Meridian Lakes nurse line, my name is ", n["first"],
                            ", I'm a registered nurse. Who am I speaking with?"]))
    if "g" in p:
        m = p["sex"] == "M"
        rel_word = {"mother": "son" if m else "daughter", "father": "son" if m else "daughter",
                    "son": "father" if m else "mother", "daughter": "father" if m else "mother",
                    "grandson": "grandfather" if m else "grandmother", "husband": "wife"}[p["g"]["rel"]]
        turns.append(("customer", ["Hi, this is ", P(p["g"]["name"], "name"), ", I'm calling about my ",
                                   rel_word, " ", P(p["first"], "name"), "."]))
        turns.append(("agent", ["Okay. Can you give me the patient's date of birth?"]))
    else:
        turns.append(("customer", ["Hi, um, my name is ", P(p["name"], "name"), "."]))
        turns.append(("agent", ["Thanks. Can you verify your date of birth for me?"]))
    if R.random() < 0.5:
        turns.append(("customer", [P(spoken_date(p["dob"]), "date"), "."]))
    else:
        turns.append(("customer", ["It's ", P(f_us(p["dob"]), "date"), "."]))
    if R.random() < 0.35:
        turns.append(("customer", ["Last name is spelled ", P("-".join(ch.upper() for ch in p["last"]
                                                                       if ch.isalpha()), "name"), "."]))
    turns.append(("agent", ["And the best number to call you back if we get disconnected?"]))
    turns.append(("customer", [P(spoken_phone(c["cb"]), "phone"), "."]))
    if R.random() < 0.3:
        turns.append(("customer", ["We're at ", P(p["street"], "address"), " in ", P(p["city"], "address"), "."]))
    turns.append(("agent", [pick("Okay, I'm going to ask you some questions from the ",
                                 "Alright, let's go through the "), c["proto"], " protocol."]))
    turns.append(("customer", [pick("It started two days ago and it's getting worse.",
                                    "The temperature was one oh three point one about an hour ago.",
                                    "No, no trouble breathing, just really tired.",
                                    "He threw up three times since eight pm.")]))
    turns.append(("agent", ["Based on your answers the recommendation is: ", c["dispo"].lower(),
                            ". I'm documenting that now, your reference is ",
                            P(c["case"], "other_id"), "."]))
    if R.random() < 0.4:
        doc = R.choice(DOCS)
        turns.append(("agent", ["I'm also sending a message to Dr. ", doc["last"], ", who is on call for ",
                                doc["svc"].lower(), " tonight."]))
    if len(turns) <= 8:
        sel = turns
    else:
        idx = sorted(R.sample(range(4, len(turns)), 4))
        sel = turns[:4] + [turns[j] for j in idx]
    seg = 0
    for spk, parts in sel:
        dur = R.randint(1800, 7400)
        seg += 1
        tt = t + off
        if fmt == "json":
            obj = {"conversationId": c["cid"], "communicationId": c["sess"], "utteranceId": seg,
                   "participantPurpose": "internal" if spk == "agent" else "external", "channel": 0 if spk == "agent" else 1,
                   "startTimeMs": off, "durationMs": dur, "confidence": round(R.uniform(0.71, 0.98), 2),
                   "language": "en-US", "text": JS(*parts)}
            L = jline("speech-transcript-json", obj)
            L.keep = True
            emit(tt, L)
        else:
            L = Line("speech-transcript-txt")
            s0 = off / 1000.0
            s1 = (off + dur) / 1000.0
            L.add("transcript conv=", c["cid"][:8], " seg=%04d [%02d:%06.3f-%02d:%06.3f] " %
                  (seg, int(s0 // 60), s0 % 60, int(s1 // 60), s1 % 60),
                  "Agent" if spk == "agent" else "Caller", ": ", *parts)
            L.keep = True
            emit(tt, L)
        off += dur + R.randint(200, 2500)
    obj = {"conversationId": c["cid"], "sentimentScore": round(R.uniform(-0.6, 0.7), 2),
           "sentimentTrend": round(R.uniform(-0.3, 0.4), 2), "empathyScore": round(R.uniform(0.4, 0.95), 2),
           "topics": [c["proto"], pick("Callback Request", "Symptom Review", "ED Referral", "Medication Question")],
           "silencePct": round(R.uniform(3, 22), 1), "overtalkCount": R.randint(0, 6),
           "agentId": n["gid"]}
    emit(t + off + 5000, jline("speech-analytics-summary", obj))
    return t + off


def b_vbio(c, t):
    p = c["p"]
    if not p.get("vp_enrolled"):
        p["vp_enrolled"] = uid()
        zap(t, "info", "vbio", "vbio/enroll.go:211", "voiceprint enrolled",
            {"mrn": P(p["mrn"], "mrn"), "enrollment_id": p["vp_enrolled"], "net_speech_s": round(R.uniform(9, 30), 1),
             "template_fmt": "nvp2", "template": P(b64(R.randint(180, 260), b"NVP2\x00\x01"), "biometric")})
    else:
        zap(t, "info", "vbio", "vbio/verify.go:88", "voiceprint verify",
            {"enrollment_id": p["vp_enrolled"], "conversation_id": c["cid"], "score": round(R.uniform(0.62, 0.99), 3),
             "threshold": 0.8, "decision": "ACCEPT", "net_speech_s": round(R.uniform(3, 9), 1)})


# ----------------------------------------------------------------------------------------------
# scenarios
# ----------------------------------------------------------------------------------------------
def sc_genesys_call(p, t):
    c = new_ctx(p, t, peds=False)
    b_genesys_start(c, t)
    t += R.randint(30000, 95000)
    b_ivr(c, t, collect=R.random() < 0.75)
    if p["ex"].get("vbio") and R.random() < 0.8:
        b_vbio(c, t + 500)
    q = "adult_es" if p["ex"].get("lang") == "ES" else "adult"
    t = b_genesys_acd(c, t + 1000, q)
    t = b_screenpop(c, t + R.randint(300, 1500))
    t_tri = b_triage(c, t + 2000)
    if R.random() < 0.45:
        b_sfdc(c, t + R.randint(60000, 200000))
    if R.random() < 0.5:
        b_platform_event(c, t_tri + R.randint(500, 3000))
    if R.random() < 0.45:
        b_transcript(c, t, pick("json", "txt"))
    code = {"Go to ED Now": "Referred to ED", "Call EMS 911 Now": "Transferred to 911"}.get(
        c["dispo"], pick("Advice Given - Home Care", "Appointment Scheduled", "Message to On-Call"))
    b_genesys_acw(c, t_tri + R.randint(5000, 60000), code, R.random() < 0.25)
    if R.random() < 0.6:
        b_recording(c, t_tri + R.randint(2000, 9000), t_tri - c["t"])
    return c


def sc_five9_call(p, t):
    c = new_ctx(p, t, peds=p["age"] < 18)
    callid = "3000000" + digits(8)
    sess = hexs(32).upper()
    camp = "Peds Nurse Line - After Hours" if t > T_START + 4 * 3600000 else "Peds Nurse Line"
    dn, skill = PEDS_LINE, "RN Triage Peds"
    if not c["peds"]:
        camp, dn, skill = "Adult Overflow", ADULT_LINE, "RN Triage Adult"
    th = "five9-ws-%d" % R.randint(1, 4)
    f9log(t, "INFO", th, "c.m.cti.five9.InteractionListener", "INTERACTION_CREATED callId=", callid, " sessionId=",
          sess, " ani=", P(c["ani"], "phone"), " dnis=", dn, ' campaign="', camp, '" type=INBOUND')
    t += R.randint(20000, 80000)
    L = ["CALL_VARIABLES callId=", callid, " Call.ANI=", P(c["ani"], "phone")]
    if R.random() < 0.7:
        L += [" Custom.PatientDOB=", P(f_us(p["dob"]), "date")]
    if R.random() < 0.5:
        L += [" Custom.ZipEntered=", P(p["zip"], "zip")]
    if R.random() < 0.4:
        L += [" Custom.MemberID=", P(p["member"], "health_plan")]
    L += [" IVR.LastModule=", pick("PedsQueue", "PedsQueue", "AH_Overflow") if c["peds"] else "AdultOverflow",
          " Call.skill_transfer=", skill]
    f9log(t, "INFO", th, "c.m.cti.five9.InteractionListener", *L)
    f9log(t + R.randint(5000, 200000), "INFO", th, "c.m.cti.five9.AgentEventListener",
          "CALL_ACCEPTED callId=", callid, " agent=", c["nurse"]["user"], "@mlh station=", c["nurse"]["ext"],
          " queueTime=", str(R.randint(12, 420)), "s")
    t = b_screenpop(c, t + R.randint(200000, 210000), strategy=pick("AniDob", "AniOnly"))
    t_tri = b_triage(c, t + 1500)
    if R.random() < 0.3:
        b_sfdc(c, t + R.randint(60000, 200000))
    if R.random() < 0.35:
        b_transcript(c, t, pick("json", "txt"))
    dispo = R.choice(F9_DISPOS[:4])
    handle = t_tri - c["t"]
    f9log(t_tri + 3000, "INFO", th, "c.m.cti.five9.DispositionListener", "callId=", callid, ' disposition="',
          dispo, '" agent=', c["nurse"]["user"], "@mlh handleTime=", hms(handle), " wrapTime=",
          hms(R.randint(10000, 120000)))
    if R.random() < 0.6:
        L = Line("five9-calllog-csv")
        L.add('"', callid, '","', ts_f9csv(c["t"]), '","', camp, '","Inbound","', c["nurse"]["name"], '","',
              P(c["ani"], "phone"), '","', dn, '","', dispo, '","', skill, '","', hms(handle), '","',
              hms(R.randint(10000, 120000)), '","1"')
        emit(t_tri + R.randint(600000, 900000), L)
    return c


def sc_answering(p, t):
    if p["age"] < 18:
        n = R.choice([d for d in DOCS if d["svc"] == "Pediatrics"])
    else:
        n = R.choice([d for d in DOCS if d["svc"] in ("Internal Medicine", "Cardiology", "Family Medicine",
                                                       "Orthopedics")])
    cname, cphone, rel = caller_of(p)
    msgid = "241118-%04d" % R.randint(300, 990)
    op = R.choice(OPS)
    L = Line("answering-service")
    L.add(ts_ans(t), " MSG#", msgid, " ACCT 6120 (MLH ", "PEDS" if p["age"] < 18 else "ADULT",
          " AFTER HRS) OP=", op, " TO=DR ", n["first"].upper(), " ", n["last"].upper(), " ONCALL ",
          n["svc"].upper(), " PGR ", n["pager"], " | CALLER: ", P(cname.upper(), "name"))
    if rel != "self":
        L.add(" (", rel.upper(), ")")
    L.add(" CB# ", P(dash(cphone), "phone"))
    if rel != "self":
        L.add(" | PT: ", P(p["name"].upper(), "name"))
    L.add(" DOB ", P(f_us(p["dob"]), "date"))
    if p["age"] > 89:
        L.add(" AGE ", P(str(p["age"]), "age"))
    msg = pick("FEVER 103.4 SINCE THIS AM, TYLENOL AT 8PM, NOT DRINKING WELL",
               "INCREASED SOB AFTER DINNER, USING INHALER Q2H", "FELL IN BATHROOM, NO LOC, HIP PAIN 6/10",
               "VOMITING X4 SINCE 7PM, ABLE TO KEEP SIPS DOWN", "BP 188/104 AT HOME, MILD HEADACHE",
               "ASKING ABOUT RX REFILL FOR LISINOPRIL, OUT TOMORROW",
               "POST-OP DAY 3 INCISION REDNESS AND DRAINAGE")
    L.add(" | MSG: ", msg)
    if p.get("fax") and R.random() < 0.9:
        L.add(" | PT REQUESTS NOTE FAXED TO HOME FAX ", P(dash(p["fax"]), "fax"), " (OFFICE FAX ",
              dash(CLINIC_FAX), " NOT NEEDED)")
    L.add(" | URG=", pick("Y", "N"))
    emit(t, L)
    t += R.randint(3000, 9000)
    L = Line("answering-service")
    L.add(ts_ans(t), " DISPATCH MSG#", msgid, " VIA SNPP pager=", n["pager"], " (", n["last"].upper(), " ",
          n["first"][0], ") host=snpp.pagenet-gw.example:444 status=250 Message Sent")
    emit(t, L)
    t += R.randint(1000, 4000)
    body = ["MLH AnsSvc ", msgid, ": ", P(p["name"], "name"), " DOB ", P(f_us(p["dob"]), "date"), " - ",
            msg.lower()]
    if rel != "self":
        body += [". ", rel.capitalize(), " ", P(cname, "name")]
    body += [" CB ", P(dash(cphone), "phone"), ". Reply 1 to ack, 2 to escalate."]
    zap(t, "info", "notify", "notify/sms.go:77", "sms sent",
        {"to": e164(n["cell"]), "from": e164(ANS_LINE), "sid": tsid("SM"), "segments": 2, "body": JS(*body),
         "msg_id": msgid, "recipient": "Dr. " + n["name"], "pager_email": n["pager"] + "@pager.mlhealth.org"})
    t += R.randint(60000, 900000)
    if R.random() < 0.75:
        zap(t, "info", "notify", "notify/inbound.go:54", "ack received",
            {"from": e164(n["cell"]), "msg_id": msgid, "ack_code": "1", "latency_s": R.randint(40, 890)})
        L = Line("answering-service")
        L.add(ts_ans(t + 500), " ACK MSG#", msgid, " BY DR ", n["last"].upper(), " VIA SMS-REPLY OP=", op,
              " CLOSED")
        emit(t + 500, L)
    else:
        nxt = R.choice([d for d in DOCS if d is not n])
        zap(t, "warn", "notify", "notify/escalate.go:131", "no ack within window, escalating",
            {"msg_id": msgid, "window_s": 900, "next_recipient": "Dr. " + nxt["name"], "next_pager": nxt["pager"],
             "attempt": 2})
        L = Line("answering-service")
        L.add(ts_ans(t + 800), " DISPATCH MSG#", msgid, " VIA SNPP pager=", nxt["pager"], " (", nxt["last"].upper(),
              " ", nxt["first"][0], ") ESCALATION 2 status=250 Message Sent")
        emit(t + 800, L)


def sc_callback(p, t):
    """Outbound RN callback via Flex / TaskRouter; scheduled by Go service."""
    cname, cphone, rel = caller_of(p)
    req = uid()
    zap(t, "info", "callback", "callback/queue.go:118", "callback enqueued",
        {"request_id": req, "queue": pick("rn-callback-adult", "rn-callback-peds"),
         "callback_number": P(e164(cphone), "phone"), "patient_name": P(p["name"], "name"),
         "priority": R.randint(1, 3), "source": pick("ivr", "triage", "web")})
    t += R.randint(30000, 600000)
    task = tsid("WT")
    attrs = {"type": "callback", "name": P(p["name"], "name"), "to": P(e164(cphone), "phone"),
             "from": e164(ADULT_LINE), "mrn": P(p["mrn"], "mrn"), "callback_request_id": req,
             "direction": "outbound"}
    if R.random() < 0.5:
        attrs["dob"] = P(f_iso(p["dob"]), "date")
    ev = {"EventType": "task.created", "EventDescription": "Task %s created" % task, "Sid": tsid("EV"),
          "AccountSid": ACCT_SID, "WorkspaceSid": WS_SID, "WorkspaceName": "MLH Nurse Line", "TaskSid": task,
          "TaskAttributes": jsub(attrs), "TaskPriority": "10", "TaskQueueName": "RN Callback",
          "TaskQueueSid": FLEX_QUEUES["RN Callback"], "TaskChannelUniqueName": "voice", "Timestamp": str(t // 1000)}
    flexlog(t, "info", "taskrouter-events", ev, form=R.random() < 0.35)
    t += R.randint(5000, 240000)
    n = R.choice(NURSES)
    ev = {"EventType": "reservation.accepted", "Sid": tsid("EV"), "TaskSid": task, "ReservationSid": tsid("WR"),
          "WorkerSid": n["wk"], "WorkerName": n["user"], "TaskQueueName": "RN Callback",
          "WorkerActivityName": "Busy", "Timestamp": str(t // 1000)}
    flexlog(t, "info", "taskrouter-events", ev)
    zapcon(t + 800, "info", "dialer", "dialer/outbound.go:203", "dialing callback",
           {"task": task, "number": P(e164(cphone), "phone"), "attempt": 1, "caller_id": e164(ADULT_LINE),
            "worker": n["user"]})
    t += R.randint(60000, 900000)
    ev = {"EventType": "task.completed", "Sid": tsid("EV"), "TaskSid": task, "TaskAge": str(R.randint(200, 1500)),
          "TaskAssignmentStatus": "completed", "TaskCompletedReason": pick("call completed", "no answer - vm left"),
          "TaskQueueName": "RN Callback", "Timestamp": str(t // 1000)}
    flexlog(t, "info", "taskrouter-events", ev)


def sc_web(p, t):
    """Web callback / chat request from the patient portal, then Flex chat task."""
    fields = {"request_id": uid(), "remote_ip": P(p["ip"], "ip"), "xff": JS(P(p["ip"], "ip"), ", 10.44.0.12"),
              "name": P(p["name"], "name"), "phone": P(e164(p["phone"]), "phone"), "email": P(p["email"], "email")}
    fields["referer"] = P(p["url"], "url")
    fields["user_agent"] = pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15",
                                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0")
    zap(t, "info", "webcb", "webcallback/handler.go:64", "web callback request accepted", fields)
    t += R.randint(500, 3000)
    serilog(t, "Portal user {PortalUser} linked to {Mrn} for nurse callback",
            {"PortalUser": P(p["portal_user"], "other_id"), "Mrn": P(p["mrn"], "mrn"),
             "ClientIp": P(p["ip"], "ip"), "RequestId": "0HN8%s:%08X" % (hexs(8).upper(), R.randint(1, 99))},
            ctx="Mlh.Portal.CallbackController")
    t += R.randint(2000, 20000)
    task = tsid("WT")
    attrs = {"channelType": "web", "channelSid": tsid("CH"), "name": P(p["first"], "name"),
             "from": P(p["first"], "name"), "friendlyName": P(p["first"], "name"),
             "pre_engagement_data": {"friendlyName": P(p["name"], "name"), "email": P(p["email"], "email"),
                                     "question": pick("rash on my daughter's arms since yesterday",
                                                      "is it safe to take ibuprofen with my bp meds",
                                                      "burning with urination and fever 100.8")},
             "ip_address": P(p["ip"], "ip"), "conversationSid": tsid("CH")}
    ev = {"EventType": "task.created", "Sid": tsid("EV"), "AccountSid": ACCT_SID, "WorkspaceSid": WS_SID,
          "TaskSid": task, "TaskAttributes": jsub(attrs), "TaskQueueName": "Web Chat - Nurse",
          "TaskQueueSid": FLEX_QUEUES["Web Chat - Nurse"], "TaskChannelUniqueName": "chat",
          "Timestamp": str(t // 1000)}
    flexlog(t, "info", "taskrouter-events", ev)


def sc_rpm(p, t):
    sysb = R.randint(176, 201)
    zap(t, "warn", "rpm", "rpm/threshold.go:64", "bp over threshold, creating triage task",
        {"mrn": P(p["mrn"], "mrn"), "hub_imei": P(p["imei"], "device"), "cuff_mac": P(p["mac"], "device"),
         "systolic": sysb, "diastolic": R.randint(100, 121), "pulse": R.randint(60, 110),
         "reading_id": uid(), "fw": "2.14.3"})
    t += R.randint(200, 2000)
    zapcon(t, "debug", "rpm", "rpm/ingest.go:211", "reading persisted",
           {"reading_id": uid(), "hub": P(p["imei"], "device"), "batt_pct": R.randint(20, 99), "rssi": -R.randint(60, 95)})
    if p.get("devsn") and R.random() < 0.7:
        zap(t + 500, "info", "rpm", "rpm/cgm.go:142", "cgm sync",
            {"mrn": P(p["mrn"], "mrn"), "receiver_sn": P(p["devsn"], "device"), "glucose_mgdl": R.randint(260, 420),
             "trend": "rising_fast"})
    c = new_ctx(p, t + 600000, peds=False)
    c["proto"] = "High Blood Pressure"
    b_triage(c, t + 600000)


def sc_idv(p, t):
    """Identity verification / billing from the CRM (leaky debug)."""
    t0 = t

    def sf(tt, *parts):
        L = Line("sfdc-apex-debug")
        L.add(ts_sfdc(tt, t0), "|", *parts)
        emit(tt, L)

    sf(t, "EXECUTION_STARTED")
    sf(t + 1, "CODE_UNIT_STARTED|[EXTERNAL]|01p5f000002IdvQa|IdentityVerificationCtrl.verify")
    if p.get("dl"):
        sf(t + 9, "USER_DEBUG|[133]|DEBUG|idv request payload={\"lastName\":\"", P(p["last"], "name"),
           "\",\"dob\":\"", P(f_iso(p["dob"]), "date"), "\",\"ssn\":\"", P(p["ssn"], "ssn"),
           "\",\"dlNumber\":\"", P(p["dl"], "license"), "\",\"dlState\":\"IL\",\"vendor\":\"Experian-PreciseID\"}")
    else:
        sf(t + 9, "USER_DEBUG|[133]|DEBUG|idv request payload={\"lastName\":\"", P(p["last"], "name"),
           "\",\"dob\":\"", P(f_iso(p["dob"]), "date"), "\",\"ssn\":\"", P(p["ssn"], "ssn"),
           "\",\"vendor\":\"Experian-PreciseID\"}")
    sf(t + 12, "CALLOUT_REQUEST|[141]|System.HttpRequest[Endpoint=callout:Experian_IDV/v2/precise-id, Method=POST]")
    sf(t + 480, "CALLOUT_RESPONSE|[141]|System.HttpResponse[Status=OK, StatusCode=200]")
    sf(t + 482, "USER_DEBUG|[150]|INFO|idv result decision=PASS score=", str(R.randint(700, 990)), " ref=",
       hexs(12).upper())
    if p.get("card"):
        sf(t + 600, "USER_DEBUG|[210]|DEBUG|copay capture cardNumber=", P(p["card"], "account"), " exp=",
           "%02d/%d" % (R.randint(1, 12), R.randint(25, 29)), " amount=35.00 guarantorAccount=",
           P(p["acct"], "account"))
        sf(t + 650, "USER_DEBUG|[222]|INFO|gateway token tok_", hexs(24), " last4=", p["card"][-4:],
           " auth=", digits(6), " status=approved")
    else:
        sf(t + 600, "USER_DEBUG|[188]|INFO|balance inquiry guarantorAccount=", P(p["acct"], "account"),
           " balance=", "%d.%02d" % (R.randint(20, 900), R.randint(0, 99)), " lastPmt=NONE")
    sf(t + 700, "CODE_UNIT_FINISHED|IdentityVerificationCtrl.verify")
    sf(t + 701, "EXECUTION_FINISHED")


def sc_vehicle(p, t):
    t0 = t

    def sf(tt, *parts):
        L = Line("sfdc-apex-debug")
        L.add(ts_sfdc(tt, t0), "|", *parts)
        emit(tt, L)

    sf(t, "CODE_UNIT_STARTED|[EXTERNAL]|01p5f000003NemTr|NemtMileageService.submit")
    sf(t + 6, "USER_DEBUG|[61]|DEBUG|Mileage_Reimbursement__c before insert: {Member_Id__c=", P(p["member"],
                                                                                               "health_plan"),
       ", Patient_Name__c=", P(p["name"], "name"), ", Vehicle_VIN__c=", P(p["vin"], "vehicle"), ", Plate__c=IL ",
       P(p["plate"], "vehicle"), ", Trip_Date__c=", P(f_iso(REF - timedelta(days=R.randint(1, 12))), "date"),
       ", Driver_License__c=", P(p["dl"], "license"), ", Miles__c=", "%d.%d" % (R.randint(3, 48), R.randint(0, 9)),
       "}")
    sf(t + 18, "DML_BEGIN|[77]|Op:Insert|Type:Mileage_Reimbursement__c|Rows:1")
    sf(t + 30, "DML_END|[77]")
    sf(t + 31, "CODE_UNIT_FINISHED|NemtMileageService.submit")


def sc_abandon(p, t):
    """Short abandoned call: only the ANI carries PHI."""
    c = new_ctx(p, t, peds=False)
    b_genesys_start(c, t)
    t2 = t + R.randint(20000, 200000)
    body = {"eventTime": t2, "conversationId": c["cid"], "participantId": uid(), "sessionId": c["sess"],
            "mediaType": "VOICE", "provider": "Edge", "direction": "INBOUND", "queueId": GEN_QUEUES["adult"][1],
            "divisionId": DIVISION, "acdOutcome": "ABANDON", "requestedRoutings": ["Standard"],
            "usedRouting": "Standard", "connectedDurationMs": t2 - t}
    genesys(t2, "acd.end", c["cid"], body)


def sc_curp(p, t):
    serilog(t, "Registration lookup for foreign national {Mrn}: national id type {IdType} value {NationalId}",
            {"Mrn": P(p["mrn"], "mrn"), "IdType": "CURP", "NationalId": P(p["curp"], "other_id"),
             "Country": "MX", "CallerRelationship": p["g"]["rel"]}, ctx="Mlh.Cti.Registration.ForeignIdValidator")


# ----------------------------------------------------------------------------------------------
# noise (no PHI)
# ----------------------------------------------------------------------------------------------
def n_queue_obs(t):
    qn, qid = GEN_QUEUES[R.choice(list(GEN_QUEUES))]
    start = t - t % 300000
    obj = {"topicName": "v2.analytics.queues.%s.observations" % qid, "version": "2",
           "eventBody": {"group": {"queueId": qid, "mediaType": "voice"},
                         "data": [{"interval": "%s/%s" % (ts_iso(start), ts_iso(start + 300000)),
                                   "metrics": [{"metric": "oWaiting", "stats": {"count": R.randint(0, 9)}},
                                               {"metric": "oInteracting", "stats": {"count": R.randint(0, 14)}},
                                               {"metric": "oOnQueueUsers", "qualifier": "IDLE",
                                                "stats": {"count": R.randint(0, 5)}}]}]}}
    emit(t, jline("genesys-notification", obj))


def n_presence(t):
    u = R.choice(NURSES + AGENTS)
    obj = {"topicName": "v2.users.%s.presence" % u["gid"], "version": "2",
           "eventBody": {"id": u["gid"], "source": "PURECLOUD",
                         "presenceDefinition": {"id": uid(), "systemPresence": pick("On Queue", "Available", "Break",
                                                                                    "Meal", "Away", "Busy")},
                         "message": "", "modifiedDate": ts_iso(t - R.randint(5, 900))},
           "metadata": {"CorrelationId": uid()}}
    emit(t, jline("genesys-notification", obj))


def n_f9_agent(t):
    u = R.choice(NURSES)
    f9log(t, "INFO", "five9-ws-%d" % R.randint(1, 4), "c.m.cti.five9.AgentEventListener",
          "AGENT_STATE agent=", u["user"], "@mlh state=", pick("READY", "NOT_READY", "AFTER_CALL_WORK", "LOGOUT"),
          " reasonCode=", pick("-", "Break", "Charting", "Lunch", "Training"), " station=", u["ext"],
          " skills=[RN Triage Peds,RN Triage Adult]")


def n_f9_misc(t):
    f9log(t, pick("INFO", "WARN", "DEBUG"), "five9-ws-%d" % R.randint(1, 4), pick(
        "c.m.cti.five9.SocketClient", "c.m.cti.five9.StatsPoller"), pick(
        "websocket ping ok rtt=%dms host=app-atl.five9.com" % R.randint(18, 140),
        "reconnect scheduled in %dms after close code=1006" % R.randint(500, 8000),
        "queue stats campaign=\"Peds Nurse Line\" callsInQueue=%d longestWait=%ds agentsReady=%d" % (
            R.randint(0, 7), R.randint(0, 400), R.randint(0, 6)),
        "token refresh ok expiresIn=3600 tenant=MLH_NURSELINE"))


def n_flex_worker(t):
    u = R.choice(NURSES + AGENTS)
    attrs = jsub({"contact_uri": "client:" + u["user"], "full_name": u["name"], "extension": u["ext"],
                  "routing": {"skills": pick(["rn", "adult"], ["rn", "peds"], ["scheduling"]), "levels": {}},
                  "email": u["user"] + "@mlhealth.org"})
    ev = {"EventType": "worker.activity.update", "Sid": tsid("EV"), "WorkspaceSid": WS_SID, "WorkerSid": u["wk"],
          "WorkerName": u["user"], "WorkerActivityName": pick("Available", "Break", "Offline", "Unavailable"),
          "WorkerPreviousActivityName": pick("Available", "Break", "Offline"), "WorkerAttributes": attrs,
          "Timestamp": str(t // 1000)}
    flexlog(t, "info", "taskrouter-events", ev)


def n_serilog(t):
    k = R.random()
    if k < 0.35:
        path = pick("/health/ready", "/health/live", "/api/v1/screenpop/config", "/metrics")
        el = round(R.uniform(0.4, 60), 4)
        serilog(t, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                {"RequestMethod": "GET", "RequestPath": path, "StatusCode": 200, "Elapsed": el,
                 "RequestId": "0HN8%s:%08X" % (hexs(8).upper(), R.randint(1, 99)),
                 "ConnectionId": "0HN8" + hexs(9).upper()}, r=["%.4f" % el],
                ctx="Serilog.AspNetCore.RequestLoggingMiddleware")
    elif k < 0.55:
        d = R.choice(DOCS)
        serilog(t, "On-call roster loaded for {Service}: {Physician} pager {Pager} ext {Extension}",
                {"Service": d["svc"], "Physician": d["name"] + ", MD", "Pager": d["pager"], "Extension": d["ext"],
                 "Npi": d["npi"], "Email": d["email"], "Cell": dash(d["cell"]), "ShiftStart": "2024-11-18T23:00:00Z",
                 "ShiftEnd": "2024-11-19T13:00:00Z"}, ctx="Mlh.Cti.OnCall.RosterSync")
    elif k < 0.7:
        u = R.choice(NURSES)
        serilog(t, "Agent {AgentUser} ({AgentName}) registered softphone ext {Extension} from {Workstation}",
                {"AgentUser": u["user"], "AgentName": u["name"], "Extension": u["ext"],
                 "Workstation": "10.41.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "Email": u["email"]},
                ctx="Mlh.Cti.Softphone.RegistrationService")
    elif k < 0.85:
        serilog(t, "EHR lookup failed after {Attempts} attempts", {"Attempts": 3, "Endpoint": "https://fhir.mlhealth.org/R4"},
                level="Error",
                exc="System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 "
                    "(Service Unavailable).\r\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"
                    "\r\n   at Mlh.Cti.ScreenPop.EhrClient.SearchAsync(PatientQuery query, CancellationToken ct) in "
                    "/src/Mlh.Cti.ScreenPop/EhrClient.cs:line 88")
    else:
        serilog(t, "Token cache refreshed for {ClientId}, expires {ExpiresAt}",
                {"ClientId": "cti-screenpop-prod", "ExpiresAt": ts_iso(t + 3600000), "Scopes": "system/Patient.read"},
                level="Debug", ctx="Mlh.Cti.Auth.SmartBackendTokenProvider")


def n_zap(t):
    k = R.random()
    if k < 0.3:
        zapcon(t, "debug", "metrics", "metrics/flush.go:41", "flushed metrics",
               {"series": R.randint(200, 800), "elapsed": "%.1fms" % R.uniform(2, 40)})
    elif k < 0.5:
        zap(t, "info", "kafka", "consumer/lag.go:77", "consumer lag",
            {"topic": pick("genesys.conversations", "triage.dispositions", "flex.tasks"), "partition": R.randint(0, 11),
             "lag": R.randint(0, 300), "group": "nurseline-etl"})
    elif k < 0.65:
        zap(t, "info", "callback", "callback/scheduler.go:58", "scheduler tick",
            {"pending": R.randint(0, 14), "due": R.randint(0, 4), "next_run_in": "30s"})
    elif k < 0.8:
        zap(t, "error", "notify", "notify/sms.go:92", "twilio api error",
            {"status": 429, "code": 20429, "more_info": "https://www.twilio.com/docs/errors/20429",
             "retry_in": "2s", "msg_id": "241118-%04d" % R.randint(300, 990)},
            stack="main.(*Notifier).send\n\t/app/notify/sms.go:92\nmain.(*Notifier).Run\n\t/app/notify/run.go:41")
    else:
        zap(t, "info", "recidx", "indexer/s3.go:33", "upload complete",
            {"bucket": "mlh-nurseline-recordings-prod", "key": "recordings/2024/11/18/%s.opus" % uid(),
             "bytes": R.randint(400000, 9000000), "media_ip": "54.172.60.%d" % R.randint(1, 200)})


def n_triage(t):
    th = "main" if R.random() < 0.3 else "http-nio-8443-exec-%d" % R.randint(1, 40)
    u = R.choice(NURSES)
    logback(t, "triage-app", pick("INFO", "INFO", "WARN"), th, pick(
        "o.m.triage.AuthService", "o.m.triage.ProtocolLibrary", "o.m.triage.LicenseCheck"), pick(
        "user %s logged in from 10.41.%d.%d ext=%s" % (u["user"], R.randint(0, 9), R.randint(2, 250), u["ext"]),
        "protocol library loaded: 214 adult + 186 pediatric protocols (STCC rev 2024.1, build 2024-10-02)",
        "license seat check ok: 23/40 seats in use",
        "session TS-%07d idle timeout after 900s (nurse=%s)" % (R.randint(8800000, 8899999), u["user"])))


def n_sfdc_pe(t):
    obj = {"clientId": hexs(20), "data": {"schema": "".join(R.choice(B62) for _ in range(22)),
                                          "payload": {"CreatedDate": ts_iso(t), "CreatedById": "0055f000008IntAAAS",
                                                      "Queue__c": pick("RN Triage Adult", "RN Triage Peds"),
                                                      "Waiting__c": R.randint(4, 15), "SLA_Breach__c": True,
                                                      "Longest_Wait_Sec__c": R.randint(120, 900)},
                                          "event": {"replayId": R.randint(1800000, 1900000)}},
           "channel": "/event/Queue_Threshold__e"}
    emit(t, jline("sfdc-platform-event", obj))


def n_ans(t):
    L = Line("answering-service")
    op = R.choice(OPS)
    L.add(ts_ans(t), " ", pick("OP=%s LOGIN POS %02d" % (op, R.randint(1, 12)),
                               "OP=%s LOGOUT POS %02d" % (op, R.randint(1, 12)),
                               "SNPP host=snpp.pagenet-gw.example:444 220 SNPP server ready",
                               "ONCALL SCHEDULE RELOAD ACCT 6120 %d ENTRIES" % R.randint(8, 20),
                               "LINE STATUS trunk=%d calls=%d hold=%d" % (R.randint(1, 4), R.randint(0, 6),
                                                                          R.randint(0, 3))))
    emit(t, L)


def n_fhir(t):
    L = Line("nginx-fhir-access")
    L.add("10.40.12.%d - cti-svc [" % R.randint(20, 40), ts_nginx(t), '] "GET ',
          pick("/fhir/R4/metadata", "/fhir/R4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi%7C" + R.choice(DOCS)["npi"],
               "/fhir/R4/Location?name=MLH%20Urgent%20Care&_count=20", "/healthz"),
          ' HTTP/1.1" 200 ', str(R.randint(300, 9000)), ' "-" "Mlh.Cti/3.4.1 (.NET 8.0.10)" rt=0.',
          "%03d" % R.randint(5, 200))
    emit(t, L)


def n_recording(t):
    c = {"cid": uid(), "sess": uid(), "nurse": R.choice(NURSES), "p": None}
    dur = R.randint(90000, 900000)
    obj = {"id": uid(), "conversationId": c["cid"], "startTime": ts_iso(t - dur), "endTime": ts_iso(t),
           "media": "audio", "fileState": pick("AVAILABLE", "ARCHIVED", "UPLOADING"),
           "mediaUris": {}, "estimatedTranscodeTimeMs": R.randint(0, 900), "actualTranscodeTimeMs": 0,
           "sessionId": c["sess"], "users": [{"id": c["nurse"]["gid"], "name": c["nurse"]["name"]}],
           "recordingFileRole": "CUSTOMER_EXPERIENCE", "recordingErrorStatus": None}
    emit(t, jline("recording-metadata", obj))


def n_sfdc_misc(t):
    L = Line("sfdc-apex-debug")
    L.add(ts_sfdc(t, t - R.randint(0, 300)), "|", pick(
        "HEAP_ALLOCATE|[72]|Bytes:%d" % R.randint(3, 400),
        "STATEMENT_EXECUTE|[%d]" % R.randint(10, 300),
        "SYSTEM_METHOD_ENTRY|[44]|Datetime.now()",
        "FLOW_START_INTERVIEWS_BEGIN|1",
        "USER_DEBUG|[19]|DEBUG|queue snapshot waiting=%d sla=%d%%" % (R.randint(0, 9), R.randint(70, 99)),
        "USER_DEBUG|[31]|INFO|OnCall_Assignment__c updated for Dr. %s pager %s" % (
            R.choice(DOCS)["last"], R.choice(DOCS)["pager"])))
    emit(t, L)


NOISE = [(n_queue_obs, 3), (n_presence, 3), (n_f9_agent, 2), (n_f9_misc, 2), (n_flex_worker, 2), (n_serilog, 4),
         (n_zap, 3), (n_triage, 2), (n_sfdc_pe, 1), (n_ans, 1), (n_fhir, 1), (n_recording, 1), (n_sfdc_misc, 2)]


# ----------------------------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------------------------
def rt(lo_h=0.0, hi_h=13.5):
    return T_START + R.randint(int(lo_h * 3600000), int(hi_h * 3600000))


def main():
    adults = [p for p in PATS if p["age"] >= 18]
    kids = [p for p in PATS if p["age"] < 18]
    # guaranteed special scenarios
    for p in PATS:
        if p["ex"].get("web"):
            sc_web(p, rt())
            sc_web(p, rt())
        if p["ex"].get("rpm"):
            sc_rpm(p, rt())
        if p["ex"].get("idv") or p["ex"].get("card"):
            sc_idv(p, rt())
        if p["ex"].get("vehicle"):
            sc_vehicle(p, rt())
        if p["ex"].get("curp"):
            sc_curp(p, rt())
    for p in [q for q in PATS if q["ex"].get("vbio")]:
        c = new_ctx(p, rt(), False)
        b_vbio(c, c["t"])
    for p in PATS:
        if p["ex"].get("photo") or p["age"] > 89:
            sc_genesys_call(p, rt())
        if p["ex"].get("fax") or p["age"] > 89:
            sc_answering(p, rt(4.0, 13.5))
    # core call flows until enough PHI lines
    target_phi = TARGET_PHI
    i = 0
    nphi = lambda: sum(1 for e in EVENTS if e[2].has_phi())
    while nphi() < target_phi:
        if target_phi - nphi() < 5:
            sc_abandon(R.choice(PATS), rt())
            continue
        if target_phi - nphi() < 18:
            before = len(EVENTS)
            if R.random() < 0.5:
                sc_answering(R.choice(PATS), rt(4.0, 13.5))
            else:
                sc_callback(R.choice(PATS), rt())
            if nphi() > target_phi:
                del EVENTS[before:]
            continue
        k = i % 7
        if k in (0, 2, 4):
            sc_genesys_call(R.choice(adults), rt())
        elif k in (1, 5):
            sc_five9_call(R.choice(kids + [p for p in adults if p["age"] > 85]), rt())
        elif k == 3:
            sc_answering(R.choice(PATS), rt(4.0, 13.5))
        else:
            sc_callback(R.choice(PATS), rt())
        i += 1
    phi = [e for e in EVENTS if e[2].has_phi()]
    non = [e for e in EVENTS if not e[2].has_phi()]
    need_non = N_LINES - len(phi)
    assert need_non > 0
    cap = int(need_non * 0.66)
    kept = [e for e in non if e[2].keep]
    rest = [e for e in non if not e[2].keep]
    if len(kept) + len(rest) > cap:
        k = max(0, cap - len(kept))
        keep = set(R.sample(range(len(rest)), min(k, len(rest))))
        rest = [e for j, e in enumerate(rest) if j in keep]
    pass
    non = kept + rest
    # header of the five9 export and the sfdc log header once
    extra = []
    L = Line("five9-calllog-csv")
    L.add('"CALL ID","TIMESTAMP","CAMPAIGN","CALL TYPE","AGENT NAME","ANI","DNIS","DISPOSITION","SKILL",'
          '"HANDLE TIME","WRAP TIME","CALLS"')
    extra.append((T_START + 3600000 * 6, -2, L))
    L = Line("sfdc-apex-debug")
    L.add("60.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;"
          "VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO")
    extra.append((T_START + 5, -1, L))
    non = non + extra
    weights = [w for _, w in NOISE]
    while len(non) < need_non:
        fn = R.choices([f for f, _ in NOISE], weights)[0]
        before = len(EVENTS)
        fn(rt(0, 14))
        for e in EVENTS[before:]:
            assert not e[2].has_phi()
            non.append(e)
    non = non[:need_non] if len(non) > need_non else non
    allev = sorted(phi + non, key=lambda e: (e[0], e[1]))
    assert len(allev) == N_LINES, len(allev)

    out_lines, labels = [], []
    for ln, (_, _, L) in enumerate(allev, 1):
        buf = b""
        spans = []
        for txt, cat in L.parts:
            b = txt.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        assert b"\n" not in buf and b"\r" not in buf, ln
        assert len(buf) <= 4000, (ln, len(buf))
        prev_e = 0
        for s, e, cat, b in spans:
            assert buf[s:e] == b and e > s and s >= prev_e and cat in CATS
            prev_e = e
        out_lines.append(buf)
        labels.append({"line": ln, "family": L.fam, "spans": [{"s": s, "e": e, "cat": cat}
                                                               for s, e, cat, _ in spans]})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
