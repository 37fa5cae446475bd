#!/usr/bin/env python3
"""Deterministic generator for the `fg` held-out PHI corpus.

Theme: remote patient monitoring (cellular BP cuffs, scales, BLE hubs with
glucometers / pulse oximeters), MQTT + AWS IoT ingestion, Go services (zap,
zerolog, logrus), a Python alerting worker (SMS/voice), a care-team dashboard
(RUM + error reports), RPM billing (CPT 99453/99454/99457), device logistics and
an EHR integration (HL7 v2 ORU, FHIR Observation).

Standard library only.  Writes fg.log and fg.labels.jsonl next to this file.
Every line is built by concatenation; spans are recorded while appending.
"""
import base64
import datetime
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fg"
R = random.Random(18061806)
N_LINES = 500
NONPHI_SHARE = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = str(s).encode("utf-8")
        assert b, "empty span"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def x(self, s, cat):
        return self.p(s, cat) if cat else self.t(s)


class P:
    """A PHI scalar inside a structured value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A string made of parts; parts are plain str or (str, cat)."""

    def __init__(self, *parts):
        self.parts = parts


class Raw:
    def __init__(self, s):
        self.s = s


def jstr(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def emit(L, v, ea=False, sep=(",", ":")):
    if isinstance(v, dict):
        L.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea))
            L.t(sep[1])
            emit(L, val, ea, sep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(sep[0])
            emit(L, val, ea, sep)
        L.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(jstr(v.v, ea), v.cat)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        L.t('"')
        for part in v.parts:
            if isinstance(part, tuple):
                L.p(jstr(part[0], ea), part[1])
            else:
                L.t(jstr(part, ea))
        L.t('"')
    elif isinstance(v, Raw):
        L.t(v.s)
    elif isinstance(v, float):
        L.t(repr(v))
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def pyrepr(L, v):
    """Python repr of dict/list/str with PHI wrappers (celery result style)."""
    if isinstance(v, dict):
        L.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pyrepr(L, val)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(", ")
            pyrepr(L, val)
        L.t("]")
    elif isinstance(v, P):
        r = repr(v.v)
        if isinstance(v.v, str):
            L.t(r[0])
            L.p(r[1:-1], v.cat)
            L.t(r[-1])
        else:
            L.p(r, v.cat)
    else:
        L.t(repr(v))


LOGRUS_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def logrus_line(family, ts, level, msg, fields):
    """logrus TextFormatter: time, level, msg, then fields sorted by key."""
    L = Line(family)
    L.t('time="%s" level=%s msg=%s' % (iso_s(ts), level, json.dumps(msg, ensure_ascii=False)))
    for k in sorted(fields):
        v = fields[k]
        cat = None
        if isinstance(v, P):
            cat, v = v.cat, v.v
        v = str(v)
        L.t(" %s=" % k)
        if v and all(c in LOGRUS_SAFE for c in v):
            L.x(v, cat)
        else:
            L.t('"')
            L.x(jstr(v, False), cat)
            L.t('"')
    return L


# --------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------
T0 = datetime.datetime(2024, 12, 6, 8, 0, 0, tzinfo=datetime.timezone.utc).timestamp()
_clock = [T0]


def tick():
    _clock[0] += R.expovariate(1 / 9.0) + 0.013
    return _clock[0]


def dt(ts):
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc)


def iso_ms(ts):
    d = dt(ts)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_us(ts):
    d = dt(ts)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond


def iso_s(ts):
    return dt(ts).strftime("%Y-%m-%dT%H:%M:%SZ")


def pylog(ts):
    d = dt(ts)
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def nginx_ts(ts):
    return dt(ts).strftime("%d/%b/%Y:%H:%M:%S +0000")


def syslog_ts(ts):
    d = dt(ts)
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def klog_ts(ts):
    d = dt(ts)
    return "I%s %s.%06d" % (d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond)


def zap_epoch(ts):
    return Raw("%d.%07d" % (int(ts), R.randint(0, 9999999)))


def local_iso(ts, off_h=-5):
    d = dt(ts) + datetime.timedelta(hours=off_h)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ("%+03d:00" % off_h)


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_check(s[:-1]) == s[-1]


def gtin_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


TACS = ["35693803", "35328910", "86413705", "35917408", "01542700"]


def imei():
    p = R.choice(TACS) + digits(6)
    return p + luhn_check(p)


def iccid(carrier):
    pre = "8901410" if carrier == "att" else "8914800"
    p = pre + digits(11)
    return p + luhn_check(p)


def mac(sep=":"):
    oui = R.choice(["D4:3F:8A", "B8:27:C1", "7C:DF:A1", "E0:5A:1B", "C4:4F:33"])
    rest = ":".join("%02X" % R.randint(0, 255) for _ in range(3))
    m = oui + ":" + rest
    return m.replace(":", sep)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_ALPHA
    an = MBI_ALPHA + "0123456789"
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice("0123456789") +
            R.choice(a) + R.choice(an) + R.choice("0123456789") + R.choice(a) + R.choice(a) +
            R.choice("0123456789") + R.choice("0123456789"))


def ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def card_pan():
    p = "4" + digits(14)
    return p + luhn_check(p)


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def crock(n):
    return "".join(R.choice(CROCK) for _ in range(n))


RES_OCTETS = [24, 47, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184]


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice(RES_OCTETS), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254))


def asciify(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def slug(s):
    return "".join(c for c in asciify(s).lower().replace(" ", "").replace("'", "") if c.isalnum() or c in "-")


def fmt_phone(area, line, style):
    if style == "e164":
        return "+1%s555%s" % (area, line)
    if style == "paren":
        return "(%s) 555-%s" % (area, line)
    if style == "dash":
        return "%s-555-%s" % (area, line)
    if style == "dot":
        return "%s.555.%s" % (area, line)
    if style == "intl":
        return "+1 %s-555-%s" % (area, line)
    if style == "hl7":
        return "(%s)555-%s" % (area, line)
    if style == "digits":
        return "%s555%s" % (area, line)
    raise ValueError(style)


# --------------------------------------------------------------------------
# company / staff / look-alike constants
# --------------------------------------------------------------------------
CO = "Halcyon Remote Care"
CO_DOMAIN = "halcyonrpm.com"
CO_SUPPORT = "+18885550100"
CO_VOICE_CID = "+18885550142"
CO_CARELINE = "(614) 555-0199"
CO_FAX = "(614) 555-0198"
SHORT_CODE = "47263"
WAREHOUSE = {"name": "Halcyon Fulfillment", "line1": "2150 Commerce Pkwy", "line2": "Ste 400",
             "city": "Groveport", "state": "OH", "postal_code": "43125", "phone": "6145550100"}
REFURB = {"name": "Halcyon Refurb Center", "line1": "8801 Distribution Dr", "line2": "Dock 7",
          "city": "Louisville", "state": "KY", "postal_code": "40219", "phone": "5025550107"}
AWS_ACCT = "418273650912"

STAFF = [("Priya", "Raman", "RN"), ("Marcus", "Oyelaran", "RN"), ("Keiko", "Tanaka", "Care Coordinator"),
         ("Brendan", "Doyle", "RN"), ("Fernanda", "Costa", "LPN"), ("Yusuf", "Demir", "Care Coordinator"),
         ("Allison", "Park", "NP"), ("Olumide", "Bakare", "RN"), ("Sven", "Halvorsen", "Logistics Lead"),
         ("Rosa", "Delgado", "Billing Specialist"), ("Hamid", "Rahimi", "MD"), ("Colleen", "Brennan", "RN")]
STAFF_IDS = {s: "u_%d" % (1000 + i * 7 + 3) for i, s in enumerate(STAFF)}


def staff(role=None):
    while True:
        s = R.choice(STAFF)
        if role is None or s[2] in role:
            return s


def staff_email(s):
    return "%s.%s@%s" % (s[0].lower(), s[1].lower(), CO_DOMAIN)


NPIS = []
for _ in range(6):
    _p = "1" + digits(8)
    NPIS.append(_p + luhn_check("80840" + _p))

CITIES = [
    ("Dayton", "Montgomery", "OH", ["45410", "45405", "45417"], "937"),
    ("Columbus", "Franklin", "OH", ["43207", "43211", "43224"], "614"),
    ("Toledo", "Lucas", "OH", ["43609", "43608"], "419"),
    ("Akron", "Summit", "OH", ["44306", "44307"], "330"),
    ("Louisville", "Jefferson", "KY", ["40211", "40212", "40215"], "502"),
    ("Lexington", "Fayette", "KY", ["40505", "40508"], "859"),
    ("Fort Wayne", "Allen", "IN", ["46806", "46803"], "260"),
    ("Gary", "Lake", "IN", ["46404", "46406"], "219"),
    ("Detroit", "Wayne", "MI", ["48219", "48205", "48228"], "313"),
    ("Flint", "Genesee", "MI", ["48505", "48503"], "810"),
    ("Pittsburgh", "Allegheny", "PA", ["15210", "15212"], "412"),
    ("Huntington", "Cabell", "WV", ["25701", "25704"], "304"),
    ("Knoxville", "Knox", "TN", ["37917", "37914"], "865"),
    ("Cincinnati", "Hamilton", "OH", ["45229", "45205"], "513"),
    ("Portsmouth", "Scioto", "OH", ["45662"], "740"),
]
STREETS = ["Alder Creek", "Maple Grove", "Linwood", "Kossuth", "Glenwood", "Pershing", "Wabash",
           "Euclid", "Riverside", "Sycamore", "Tecumseh", "Chestnut Ridge", "Parkview", "Old Mill",
           "Burnet", "Shady Hollow", "Wentworth", "Delmar", "Cedar Bluff", "Oakridge", "Hillcrest",
           "Woodward", "Ninth", "Lafayette", "Spring Garden"]
STYPES = ["Rd", "St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl"]

PATIENT_NAMES = [
    ("Amara", "Okonkwo", "F"), ("Łukasz", "Wójcik", "M"), ("Thị Hoa", "Nguyễn", "F"),
    ("José Luis", "Ramírez", "M"), ("Guadalupe", "Ortega Villanueva", "F"), ("Rajesh", "Venkataraman", "M"),
    ("Siobhán", "O'Connell", "F"), ("Min-jun", "Park", "M"), ("Fatima", "Haddad", "F"),
    ("Abdirahman", "Warsame", "M"), ("Maricel", "Dela Cruz", "F"), ("Eleni", "Papadopoulou", "F"),
    ("Dmitri", "Volkov", "M"), ("Tigist", "Bekele", "F"), ("Haruto", "Sato", "M"),
    ("Jean-Baptiste", "Pierre-Louis", "M"), ("Ingrid", "Lindqvist", "F"), ("Harold", "Whitaker", "M"),
    ("Dorothy", "McAllister", "F"), ("Pa Nhia", "Vang", "F"), ("Ayşe", "Yılmaz", "F"),
    ("João", "Gonçalves", "M"), ("Jürgen", "Müller", "M"), ("Wei", "Zhang", "M"),
    ("Giuseppina", "Russo", "F"), ("Kwame", "Asante", "M"), ("Leilani", "Kahananui", "F"),
    ("Bogdan", "Petrović", "M"), ("Shirin", "Farahani", "F"), ("Cornelius", "Jefferson", "M"),
    ("Mercedes", "Quispe", "F"), ("Ravi", "Chandrasekaran", "M"), ("Mildred", "Kowalski", "F"),
    ("Ebenezer", "Mensah", "M"),
]
CG_FIRST = [("Ngozi", "F"), ("Zofia", "F"), ("Linh", "F"), ("Ana Sofía", "F"), ("Marisol", "F"), ("Deepa", "F"),
            ("Aoife", "F"), ("Ji-woo", "M"), ("Omar", "M"), ("Hodan", "F"), ("Joy", "F"), ("Nikos", "M"),
            ("Svetlana", "F"), ("Meron", "F"), ("Yuki", "F"), ("Fabienne", "F"), ("Erik", "M"), ("Denise", "F"),
            ("Brian", "M"), ("Mai", "F"), ("Emre", "M"), ("Beatriz", "F"), ("Heike", "F"), ("Li Na", "F"),
            ("Francesca", "F"), ("Kofi", "M"), ("Keanu", "M"), ("Milica", "F"), ("Dariush", "M"), ("Tanisha", "F"),
            ("Rosa Elena", "F"), ("Arjun", "M"), ("Patricia", "F"), ("Akosua", "F")]
CG_REL = {"F": ["daughter", "daughter", "spouse", "niece", "neighbor", "granddaughter", "sister"],
          "M": ["son", "son", "spouse", "nephew", "neighbor", "grandson", "brother"]}

PLANS = ["medicare", "medicare", "medicare", "ma", "commercial", "medicaid"]

PATIENTS = []
_used_phones = {("888", "0100"), ("888", "0142"), ("614", "0199"), ("614", "0198"), ("614", "0100"),
                ("502", "0107")}


def new_phone(area):
    while True:
        ln = "01%02d" % R.randint(0, 99)
        if (area, ln) not in _used_phones:
            _used_phones.add((area, ln))
            return (area, ln)


def make_dev(kind):
    if kind == "bp":
        car = R.choice(["att", "att", "vz"])
        return {"imei": imei(), "iccid": iccid(car), "carrier": car,
                "serial": "HBP%d%s%07d" % (R.choice([22, 23, 24]), R.choice("ACEHKMRT"), R.randint(0, 999999)),
                "model": "HC-BP200C", "fw": R.choice(["2.14.3", "2.14.1", "2.15.0-rc2", "2.13.9"]),
                "gtin": "0085001234" + "567"}
    if kind == "scale":
        car = R.choice(["att", "vz"])
        return {"imei": imei(), "iccid": iccid(car), "carrier": car,
                "serial": "SC%03d-%s%05d" % (R.randint(100, 460), R.choice(["KX", "LT", "QN", "WR"]),
                                             R.randint(0, 99999)),
                "model": "HC-WS450C", "fw": R.choice(["1.8.2", "1.9.0", "1.8.7"]), "gtin": "0085001234" + "574"}
    if kind == "hub":
        return {"mac": mac(), "serial": "HH2-%s" % crock(8), "model": "HomeHub H2",
                "fw": R.choice(["4.2.11", "4.3.0", "4.2.9"]), "gtin": "0085001234" + "589"}
    if kind == "gm":
        return {"mac": mac(), "serial": "GM4%s%06d" % (R.choice("BCDFG"), R.randint(0, 999999)),
                "model": "GlucoLink G4", "fw": R.choice(["3.1.4", "3.2.0"]),
                "gtin": "0085001234" + "596"}
    if kind == "px":
        return {"mac": mac(), "serial": "PX-%02d%s-%06d" % (R.randint(10, 99), R.choice("RTV"), R.randint(0, 999999)),
                "model": "OxiBand P2", "fw": R.choice(["1.0.18", "1.1.2"]),
                "gtin": "0085001234" + "602"}
    raise ValueError(kind)


def udi(d):
    g = d["gtin"]
    g = g + gtin_check(g)
    exp = "%02d%02d%02d" % (R.randint(26, 29), R.randint(1, 12), R.randint(1, 28))
    return "(01)%s(17)%s(10)L%s(21)%s" % (g, exp, crock(5), d["serial"])


for i, (fn, ln, sex) in enumerate(PATIENT_NAMES):
    city = R.choice(CITIES)
    if i < 4 or R.random() < 0.15:
        by = R.randint(1926, 1934)  # over 89 on 2024-12-06
    else:
        by = R.randint(1936, 1962)
    dob = datetime.date(by, R.randint(1, 12), R.randint(1, 28))
    ref = datetime.date(2024, 12, 6)
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    plan = R.choice(PLANS)
    if plan in ("medicare",):
        pid_plan = mbi()
    elif plan == "ma":
        pid_plan = "H%s%s" % (R.randint(1000, 9999), digits(7)) + "-0" + str(R.randint(1, 4))
    elif plan == "medicaid":
        pid_plan = digits(12)
    else:
        pid_plan = R.choice(["XEH", "ZGP", "W2K", "QMB"]) + digits(9)
    cg_first, cg_sex = CG_FIRST[i % len(CG_FIRST)]
    cg_rel = R.choice(CG_REL[cg_sex])
    cg_last = ln if cg_rel in ("spouse", "son", "grandson", "brother") or R.random() < 0.3 else \
        R.choice(["Adeyemi", "Tran", "Castillo", "Iyer", "Byrne", "Kim", "Nasser", "Hassan", "Reyes",
                  "Andreou", "Sokolova", "Haile", "Yamamoto", "Jean", "Berg", "Collins", "Lopez", "Novak"])
    devs = {"bp": make_dev("bp")}
    if R.random() < 0.6:
        devs["scale"] = make_dev("scale")
    if R.random() < 0.65:
        devs["hub"] = make_dev("hub")
        if R.random() < 0.7:
            devs["gm"] = make_dev("gm")
        if R.random() < 0.6:
            devs["px"] = make_dev("px")
    unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 9), R.choice("ABCD")), "Unit %d" % R.randint(2, 40),
                     "#%d" % R.randint(101, 512)])
    email_dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "att.net",
                          "icloud.com"])
    emloc = R.choice(["%s.%s%d" % (slug(fn), slug(ln), by % 100), "%s%s%d" % (slug(fn)[0], slug(ln), R.randint(1, 99)),
                      "%s_%s" % (slug(fn), slug(ln))])
    PATIENTS.append({
        "first": fn, "last": ln, "sex": sex, "dob": dob, "age": age,
        "pid": "pt_" + crock(8),
        "mrn": "E%07d" % R.randint(100000, 9999999),
        "fhir": "e" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                              for _ in range(14)) + "3",
        "plan": plan, "plan_id": pid_plan,
        "city": city[0], "county": city[1], "state": city[2], "zip": R.choice(city[3]),
        "street": "%d %s %s" % (R.randint(12, 9899), R.choice(STREETS), R.choice(STYPES)), "unit": unit,
        "phone": new_phone(city[4]),
        "cg": {"first": cg_first, "last": cg_last, "rel": cg_rel,
               "phone": new_phone(R.choice([city[4], city[4], "614", "312", "718", "404"]))},
        "email": emloc + "@" + email_dom,
        "user": R.choice(["%s.%s%d" % (slug(fn), slug(ln), by % 100), "%s%s" % (slug(fn)[0], slug(ln)),
                          "%s%d" % (slug(ln), R.randint(10, 99))]),
        "ssn": ssn(),
        "dl": (R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6)) if city[2] == "OH"
        else (R.choice("ABCDEFGHJKLMNPRST") + digits(8)),
        "kit": "KIT-24-%07d" % R.randint(0, 9999999),
        "acct": "HRC%08d" % R.randint(0, 99999999),
        "enrolled": datetime.date(2024, R.randint(1, 10), R.randint(1, 28)),
        "devs": devs,
        "lang": R.choice(["en", "en", "en", "es", "vi", "pl", "so"]),
        "ip": pub_ip(),
    })

PW = [9, 8, 7, 7, 6, 6, 5, 5] + [2] * (len(PATIENTS) - 8)


def pick(need=None):
    while True:
        p = R.choices(PATIENTS, weights=PW)[0]
        if need is None or need in p["devs"]:
            return p


def full(p):
    return "%s %s" % (p["first"], p["last"])


def ph(p, style):
    return fmt_phone(p["phone"][0], p["phone"][1], style)


def cgph(p, style):
    return fmt_phone(p["cg"]["phone"][0], p["cg"]["phone"][1], style)


def cgname(p):
    return "%s %s" % (p["cg"]["first"], p["cg"]["last"])


def plan_cat(p):
    return "health_plan"


def bp_vals():
    s = R.randint(104, 192)
    return s, max(58, s - R.randint(38, 72)), R.randint(52, 104)


def pods(svc):
    return "%s-%s-%s" % (svc, hexs(9), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


PODS = {s: pods(s) for s in ["ingest", "device-registry", "alerting-worker", "billing", "logistics-api",
                             "hl7-bridge", "fhir-bridge", "care-dash-api", "onboarding"]}

# ==========================================================================
# PHI generators
# ==========================================================================


def g_mosq_pub():
    p = pick()
    kind = R.choice([k for k in ("bp", "scale") if k in p["devs"]])
    d = p["devs"][kind]
    pre = {"bp": "bpc", "scale": "scl"}[kind]
    ts = tick()
    L = Line("mosquitto")
    v = R.random()
    if v < 0.45:
        L.t("%d: Received PUBLISH from %s-" % (int(ts), pre)).p(d["imei"], "device")
        L.t(" (d0, q1, r0, m%d, 'rpm/v1/%s/" % (R.randint(1, 65535), pre)).p(d["imei"], "device")
        L.t("/telemetry', ... (%d bytes))" % R.randint(140, 420))
    elif v < 0.7:
        L.t("%d: Sending PUBLISH to ingest-consumer-%d (d0, q1, r0, m%d, 'rpm/v1/%s/" %
            (int(ts), R.randint(0, 3), R.randint(1, 65535), pre)).p(d["imei"], "device")
        L.t("/telemetry', ... (%d bytes))" % R.randint(140, 420))
    elif v < 0.85:
        L.t("%d: New client connected from %s:%d as %s-" % (int(ts), "10.64.%d.%d" % (R.randint(0, 63), R.randint(2, 254)),
                                                            R.randint(30000, 65000), pre)).p(d["imei"], "device")
        L.t(" (p2, c1, k%d, u'device')." % R.choice([120, 300, 600]))
    else:
        L.t("%d: Client %s-" % (int(ts), pre)).p(d["imei"], "device")
        L.t(" has exceeded timeout, disconnecting.")
    return [L]


def g_aws_iot():
    ts = tick()
    if R.random() < 0.5:
        p = pick("hub")
        h = p["devs"]["hub"]
        sub = R.choice([k for k in ("gm", "px") if k in p["devs"]] or ["hub"])
        cid = h["mac"].replace(":", "").lower()
        ev = R.choice(["Publish-In", "Publish-In", "Connect", "Disconnect"])
        o = {"timestamp": dt(ts).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt(ts).microsecond // 1000),
             "logLevel": "INFO", "traceId": uuid4(), "accountId": AWS_ACCT, "status": "Success",
             "eventType": ev, "protocol": "MQTT"}
        if ev == "Publish-In":
            if sub == "hub":
                o["topicName"] = M("rpm/v1/hub/", (cid, "device"), "/status")
            else:
                o["topicName"] = M("rpm/v1/hub/", (cid, "device"), "/ble/", (p["devs"][sub]["serial"], "device"),
                                   "/reading")
        o["clientId"] = M("hub-", (cid, "device"))
        o["principalId"] = hexs(64)
        o["sourceIp"] = P(p["ip"], "ip")
        o["sourcePort"] = R.randint(1024, 65535)
        if ev == "Disconnect":
            o["disconnectReason"] = R.choice(["MQTT_KEEP_ALIVE_TIMEOUT", "CONNECTION_LOST", "CLIENT_INITIATED_DISCONNECT"])
    else:
        p = pick()
        kind = R.choice([k for k in ("bp", "scale") if k in p["devs"]])
        d = p["devs"][kind]
        pre = {"bp": "bpc", "scale": "scl"}[kind]
        ev = R.choice(["Publish-In", "Connect", "Publish-In"])
        o = {"timestamp": dt(ts).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt(ts).microsecond // 1000),
             "logLevel": R.choice(["INFO", "INFO", "ERROR"]), "traceId": uuid4(), "accountId": AWS_ACCT}
        o["status"] = "Success" if o["logLevel"] == "INFO" else "Failure"
        o["eventType"] = ev
        o["protocol"] = "MQTT"
        if ev == "Publish-In":
            o["topicName"] = M("rpm/v1/%s/" % pre, (d["imei"], "device"), "/telemetry")
        o["clientId"] = M("%s-" % pre, (d["imei"], "device"))
        o["principalId"] = hexs(64)
        o["sourceIp"] = "10.64.%d.%d" % (R.randint(0, 63), R.randint(2, 254))
        o["sourcePort"] = R.randint(1024, 65535)
        if o["status"] == "Failure":
            o["reason"] = R.choice(["AUTHORIZATION_FAILURE", "THROTTLED"])
            o["details"] = R.choice(["Authorization Failure", "Rate exceeded for this client"])
    L = Line("aws-iot-core")
    emit(L, o, sep=(", ", ": "))
    return [L]


def g_zap_reading():
    ts = tick()
    p = pick()
    L = Line("zap-json")
    kind = R.choice(["bp", "bp", "scale"] if "scale" in p["devs"] else ["bp"])
    d = p["devs"][kind]
    o = {"level": "info", "ts": zap_epoch(ts), "caller": "ingest/reading.go:%d" % R.choice([188, 191, 203]),
         "msg": "reading accepted", "svc": "ingest", "imei": P(d["imei"], "device"),
         R.choice(["patient_id", "pid", "patientRef"]): P(p["pid"], "mrn"), "kind": kind}
    if kind == "bp":
        s, di, pu = bp_vals()
        o.update({"sys": s, "dia": di, "pulse": pu, "irregular": R.random() < 0.1})
    else:
        o.update({"weight_lb": round(R.uniform(110, 290), 1), "delta_lb": round(R.uniform(-3.5, 4.5), 1)})
    o.update({"seq": R.randint(100, 90000), "fw": d["fw"], "rssi": -R.randint(70, 112),
              "mcc_mnc": "310410" if d["carrier"] == "att" else "311480", "lat_ms": R.randint(8, 420)})
    emit(L, o)
    return [L]


def g_zap_dup():
    ts = tick()
    p = pick()
    d = p["devs"]["bp"]
    L = Line("zap-json")
    o = {"level": "warn", "ts": zap_epoch(ts), "caller": "ingest/dedupe.go:57",
         "msg": "duplicate reading dropped", "deviceId": P(d["imei"], "device"), "seq": R.randint(100, 90000),
         "firstSeenTs": int(ts) - R.randint(30, 900), "topic": M("rpm/v1/bpc/", (d["imei"], "device"), "/telemetry"),
         "redelivery": True}
    emit(L, o)
    return [L]


def g_zap_console():
    ts = tick()
    p = pick()
    L = Line("zap-console")
    if "scale" in p["devs"] and R.random() < 0.5:
        d = p["devs"]["scale"]
        L.t("%s\tWARN\tingest/validate.go:77\treading out of plausible range\t" % iso_ms(ts))
        emit(L, {"imei": P(d["imei"], "device"), "weight_lb": round(R.uniform(380, 520), 1),
                 "prev_weight_lb": round(R.uniform(140, 240), 1), "action": "quarantine"}, sep=(", ", ": "))
    else:
        d = p["devs"]["bp"]
        s, di, pu = bp_vals()
        L.t("%s\tDEBUG\tingest/decode.go:131\tdecoded payload\t" % iso_ms(ts))
        emit(L, {"imei": P(d["imei"], "device"), "patient": P(p["pid"], "mrn"),
                 "payload": {"s": s, "d": di, "p": pu, "t": int(ts) - R.randint(5, 400), "b": R.randint(40, 100)}},
             sep=(", ", ": "))
    return [L]


def g_zerolog_sim():
    ts = tick()
    p = pick()
    kind = R.choice([k for k in ("bp", "scale") if k in p["devs"]])
    d = p["devs"][kind]
    L = Line("zerolog-json")
    att = d["carrier"] == "att"
    o = {"level": R.choice(["info", "info", "warn"]), "service": "device-registry",
         "iccid": P(d["iccid"], "device"), "imei": P(d["imei"], "device"),
         "mcc": "310" if att else "311", "mnc": "410" if att else "480",
         "cell_id": R.randint(1000000, 268435455), "tac": "0x%04X" % R.randint(0, 65535),
         "rat": R.choice(["LTE-M", "LTE-M", "NB-IoT"]), "rsrp": -R.randint(85, 128), "psm": R.random() < 0.5,
         "time": iso_s(ts)}
    o["message"] = "sim attach" if o["level"] == "info" else "weak signal on attach"
    emit(L, o)
    return [L]


def g_zerolog_assign():
    ts = tick()
    p = pick()
    kind = R.choice(list(p["devs"].keys()))
    d = p["devs"][kind]
    L = Line("zerolog-json")
    o = {"level": "info", "service": "device-registry", "req_id": crock(20).lower(),
         "serial": P(d["serial"], "device"), "model": d["model"], "patientId": P(p["pid"], "mrn"),
         "kitId": P(p["kit"], "other_id"), "assigned_by": staff_email(staff(["Logistics Lead", "Care Coordinator"])),
         "time": iso_s(ts), "message": "device assigned to patient"}
    emit(L, o)
    return [L]


def g_refurb():
    ts = tick()
    p = pick()
    q = pick()
    while q is p:
        q = pick()
    if R.random() < 0.5:
        # device returned by q, refurbished, now shipped to p
        d = p["devs"][R.choice(list(p["devs"].keys()))]
        L = Line("zerolog-json")
        o = {"level": "info", "service": "device-registry", "serial": P(d["serial"], "device"),
             "from_patient": P(q["pid"], "mrn"), "to_patient": P(p["pid"], "mrn"),
             "refurb_cycle": R.randint(1, 4), "grade": R.choice(["A", "A", "B"]), "site": "LOU1",
             "wo": "WO-%d" % R.randint(20000, 99999), "time": iso_s(ts),
             "message": "refurbished device reassigned"}
        emit(L, o)
        return [L]
    # intake of a device returned by q
    d = q["devs"][R.choice(list(q["devs"].keys()))]
    return [logrus_line("logrus-text", ts, "info", "refurb intake complete",
                        {"udi": P(udi(d), "device"), "prev_patient_id": P(q["pid"], "mrn"),
                         "wipe": "ok", "grade": R.choice(["A", "B"]), "bin": "R-%02d-%s" % (R.randint(1, 40), R.choice("ABCD")),
                         "site": "LOU1", "tech": staff(["Logistics Lead"])[1].lower()})]


def g_alert_threshold():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    s, di, pu = bp_vals()
    s = R.randint(181, 204)
    L.t("%s WARNING [alerting.rules] breach patient=" % pylog(ts)).p(p["pid"], "mrn")
    L.t(" metric=systolic value=%d threshold=180 window=2/3 rule=BP_HIGH_V3 esc=tier1" % s)
    return [L]


def g_alert_sms():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    if R.random() < 0.6:
        L.t("%s INFO [alerting.notify] SMS -> caregiver " % pylog(ts)).p(cgname(p), "name")
        L.t(" (%s of " % p["cg"]["rel"]).p(p["pid"], "mrn").t(") at ").p(cgph(p, R.choice(["e164", "intl"])), "phone")
        L.t(" via short code %s template=bp_high_caregiver_v2 lang=%s" % (SHORT_CODE, p["lang"]))
    else:
        L.t("%s INFO [alerting.notify] SMS -> patient " % pylog(ts)).p(full(p), "name")
        L.t(" ").p(ph(p, "e164"), "phone")
        L.t(" from %s body_len=%d template=%s" % (R.choice([SHORT_CODE, CO_SUPPORT]), R.randint(90, 158),
                                                  R.choice(["reading_reminder_v5", "missed_days_v2", "bp_high_patient_v3"])))
        if R.random() < 0.5:
            L.t(" link=").p("https://my.%s/u/%s" % (CO_DOMAIN, p["user"]), "url")
    return [L]


def g_alert_call():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    n = staff(["RN"])
    L.t("%s INFO [alerting.voice] placing IVR call to " % pylog(ts))
    if R.random() < 0.5:
        L.t("patient ").p(full(p), "name").t(" at ").p(ph(p, "paren"), "phone")
    else:
        L.t(p["cg"]["rel"] + " ").p(cgname(p), "name").t(" at ").p(cgph(p, "paren"), "phone")
    L.t(" caller_id=%s attempt=%d/3 warm_transfer=%s %s" % (CO_VOICE_CID, R.randint(1, 3), n[0] + " " + n[1],
                                                           "(%s)" % n[2]))
    return [L]


def g_celery_result():
    ts = tick()
    p = pick()
    L = Line("celery")
    task = R.choice(["alerting.tasks.send_sms", "alerting.tasks.place_call"])
    L.t("[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: " %
        (pylog(ts), R.randint(1, 8), task, uuid4(), R.uniform(0.08, 3.2)))
    if task.endswith("send_sms"):
        res = {"sid": "SM" + hexs(32), "to": P(cgph(p, "e164") if R.random() < 0.5 else ph(p, "e164"), "phone"),
               "from": SHORT_CODE, "status": "queued", "segments": R.randint(1, 2)}
    else:
        res = {"call_sid": "CA" + hexs(32), "to": P(ph(p, "e164"), "phone"), "from": CO_VOICE_CID,
               "status": R.choice(["completed", "no-answer", "busy"]), "duration": R.randint(0, 240),
               "patient": P(full(p), "name")}
    pyrepr(L, res)
    return [L]


def g_sms_webhook():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    to = cgph(p, "digits") if R.random() < 0.4 else ph(p, "digits")
    L.t("%s DEBUG [webhooks.sms] POST /webhooks/sms/status form=" % pylog(ts))
    L.t("SmsSid=SM%s&SmsStatus=delivered&MessageStatus=delivered&To=%%2B1" % hexs(32))
    L.p(to, "phone")
    L.t("&MessagingServiceSid=MG%s&AccountSid=AC%s&From=%s&ApiVersion=2010-04-01" % (hexs(32), hexs(32), SHORT_CODE))
    return [L]


def g_inbound_sms():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    body, intent = R.choice([("Y", "ack"), ("STOP", "opt_out"), ("I feel dizzy today", "symptom"),
                             ("cuff not working", "device_issue"), ("Who is this?", "unknown"), ("1", "ack"),
                             ("call me pls", "callback")])
    o = {"event": "inbound sms", "from": P(ph(p, "e164"), "phone"), "to": SHORT_CODE, "body": body,
         "matched_patient": P(p["pid"], "mrn"), "intent": intent,
         "level": "info", "timestamp": iso_us(ts)}
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def g_voiceprint():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    raw = b"VPT1" + bytes(R.getrandbits(8) for _ in range(R.choice([192, 240, 288])))
    o = {"event": "voiceprint enrolled", "patient_id": P(p["pid"], "mrn"), "engine": "vx-verify 4.2",
         "template_b64": P(base64.b64encode(raw).decode(), "biometric"), "net_speech_s": round(R.uniform(8, 22), 1),
         "quality": round(R.uniform(0.7, 0.98), 2), "level": "info", "timestamp": iso_us(ts)}
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def jpeg_b64(n):
    b = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" +
         bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9")
    return base64.b64encode(b).decode()


def g_rum():
    ts = tick()
    p = pick()
    n = staff()
    L = Line("rum-event")
    sub = R.choice(["vitals", "devices", "care-plan", "billing", "timeline"])
    url = M("https://care.%s/patients/" % CO_DOMAIN, (p["pid"], "mrn"), "/%s" % sub)
    o = {"date": int(ts * 1000), "application": {"id": "3f1c9a2e-7b4d-4e8a-9c21-5d6e0a7b8c90"},
         "service": "care-dashboard", "version": "3.42.1", "source": "browser",
         "session": {"id": uuid4(), "type": "user", "has_replay": False},
         "view": {"id": uuid4(), "url": url, "referrer": "https://care.%s/alerts?status=open" % CO_DOMAIN,
                  "name": "/patients/?/%s" % sub},
         "usr": {"id": STAFF_IDS[n], "name": "%s %s" % (n[0], n[1]), "email": staff_email(n)}}
    k = R.random()
    if k < 0.45:
        o["type"] = "action"
        tgt = R.choice(["call", "sms", "plain"])
        if tgt == "call":
            o["action"] = {"id": uuid4(), "type": "click", "target": {"name": M("Call ", (cgname(p), "name"), " (%s)" % p["cg"]["rel"])}}
        elif tgt == "sms":
            o["action"] = {"id": uuid4(), "type": "click", "target": {"name": M("Text ", (p["first"], "name"))}}
        else:
            o["action"] = {"id": uuid4(), "type": "click", "target": {"name": "Acknowledge alert"}}
    elif k < 0.8:
        o["type"] = "view"
        o["view"]["loading_time"] = R.randint(200000000, 2900000000)
        o["view"]["action"] = {"count": R.randint(0, 9)}
    else:
        o["type"] = "error"
        o["error"] = {"source": "network", "message": M("XHR error GET https://api.%s/v2/patients/" % CO_DOMAIN,
                                                        (p["pid"], "mrn"), "/readings"),
                      "resource": {"status_code": R.choice([502, 504, 500]), "method": "GET"}}
    o["_dd"] = {"format_version": 2, "drift": 0}
    emit(L, o)
    return [L]


def g_sentry():
    ts = tick()
    p = pick()
    n = staff()
    L = Line("sentry-event")
    props = {}
    k = R.random()
    if k < 0.3:
        props = {"patientName": P(full(p), "name"), "dob": P(p["dob"].isoformat(), "date"),
                 "mrn": P(p["mrn"], "mrn"), "readings": None}
        exc = ("TypeError", "Cannot read properties of null (reading 'map')")
    elif k < 0.55:
        exc = ("TypeError", "Cannot read properties of undefined (reading 'systolic')")
        props = {"patientId": P(p["pid"], "mrn"), "reading": {"sys": None, "dia": R.randint(60, 100)},
                 "age": P(p["age"], "age") if p["age"] > 89 else p["age"]}
    else:
        exc = ("Error", "Avatar upload failed: 413 Payload Too Large")
        props = {"patientId": P(p["pid"], "mrn"),
                 "avatarDataUrl": P("data:image/jpeg;base64," + jpeg_b64(R.choice([420, 540, 660])), "photo")}
    o = {"event_id": hexs(32), "timestamp": round(ts, 3), "platform": "javascript", "level": "error",
         "release": "care-dashboard@3.42.1", "environment": "production",
         "exception": {"values": [{"type": exc[0], "value": exc[1],
                                   "stacktrace": {"frames": [{"filename": "app:///static/js/main.8f3a1c.js",
                                                              "function": R.choice(["VitalsChart", "PatientHeader", "AvatarEditor"]),
                                                              "lineno": 1, "colno": R.randint(10000, 99999)}]}}]},
         "request": {"url": M("https://care.%s/patients/" % CO_DOMAIN, (p["pid"], "mrn"), "/vitals")},
         "user": {"id": STAFF_IDS[n], "email": staff_email(n), "ip_address": "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 254))},
         "contexts": {"browser": {"name": "Chrome", "version": "131.0.6778.86"}},
         "extra": {"componentStack": "\n    at VitalsChart (main.8f3a1c.js:1:48213)\n    at PatientPage", "props": props}}
    emit(L, o)
    return [L]


def g_billing_claim():
    ts = tick()
    p = pick()
    cpt = R.choice(["99454", "99454", "99453", "99457", "99458"])
    f = {"cpt": cpt, "patient_id": P(p["pid"], "mrn"), "run_id": "br-2024-11-%s" % crock(6).lower(),
         "npi": R.choice(NPIS), "pos": "11", "units": 1}
    if p["plan"] == "medicare":
        f["mbi"] = P(p["plan_id"], "health_plan")
        f["payer"] = "MEDICARE-B-J15"
    else:
        f["member_id"] = P(p["plan_id"], "health_plan")
        f["payer"] = {"ma": "HUMANA-MA", "commercial": "ANTHEM-OH", "medicaid": "OH-MEDICAID"}[p["plan"]]
        f["group"] = "GRP%05d" % R.randint(1000, 99999)
    if cpt == "99454":
        f["days_with_readings"] = R.randint(16, 30)
        f["service_start"] = P("2024-11-01", "date")
        f["service_end"] = P("2024-11-30", "date")
        f["amount"] = "%.2f" % 47.87
    elif cpt == "99453":
        f["setup_date"] = P(p["enrolled"].isoformat(), "date")
        f["amount"] = "19.73"
    else:
        f["minutes"] = R.randint(20, 58)
        f["dos"] = P("2024-11-%02d" % R.randint(4, 29), "date")
        f["amount"] = "%.2f" % (48.14 if cpt == "99457" else 38.49)
        n = staff(["RN", "LPN", "NP"])
        f["rendering"] = "%s %s" % (n[0], n[1])
    return [logrus_line("logrus-text", ts, "info", "claim line generated", f)]


def g_billing_ineligible():
    ts = tick()
    p = pick()
    f = {"cpt": "99454", "patient_id": P(p["pid"], "mrn"), "days_with_readings": R.randint(2, 15),
         "required": 16, "reason": "insufficient_days", "period": "2024-11"}
    if R.random() < 0.4:
        f["enrolled_on"] = P(p["enrolled"].isoformat(), "date")
    return [logrus_line("logrus-text", ts, "warning", "patient not billable for period", f)]


def g_eligibility():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    o = {"event": "eligibility 271 received", "trace": crock(16).lower(), "payer_id": R.choice(["CMS", "60054", "00621"]),
         "subscriber": {"last_name": P(p["last"], "name"), "first_name": P(p["first"], "name"),
                        "dob": P(p["dob"].strftime("%Y%m%d"), "date"), "member_id": P(p["plan_id"], "health_plan")},
         "eb_status": R.choice(["1", "1", "6"]), "plan_begin": "20240101", "level": "info", "timestamp": iso_us(ts)}
    if R.random() < 0.5:
        o["subscriber"]["ssn"] = P(p["ssn"], "ssn")
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def g_ship_created():
    ts = tick()
    p = pick()
    L = Line("pino-json")
    kind = R.choice(list(p["devs"].keys()))
    d = p["devs"][kind]
    ship_to = {"name": P(full(p), "name"), "line1": P(p["street"], "address")}
    if p["unit"]:
        ship_to["line2"] = P(p["unit"], "address")
    ship_to.update({"city": P(p["city"], "address"), "state": p["state"], "postal_code": P(p["zip"], "zip"),
                    "country": "US", "phone": P(ph(p, "digits"), "phone")})
    o = {"level": 30, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"],
         "reqId": "req-%d" % R.randint(1000, 99999), "order": "SO-2024-%06d" % R.randint(100000, 199999),
         "carrier": "UPS", "service": R.choice(["GROUND", "2ND_DAY_AIR"]), "tracking": "1Z%s03%s" % (crock(6), digits(8)),
         "ship_from": WAREHOUSE, "ship_to": ship_to,
         "items": [{"sku": {"bp": "SKU-BP-CEL", "scale": "SKU-SCALE-CEL", "hub": "SKU-HUB-BLE", "gm": "SKU-GM-BLE",
                            "px": "SKU-PX-BLE"}[kind], "serial": P(d["serial"], "device"), "qty": 1}],
         "weight_oz": R.randint(18, 96), "msg": "shipment created"}
    emit(L, o)
    return [L]


def g_return_label():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    L.t("%s INFO [logistics.returns] RMA-%d return label generated kit=" % (pylog(ts), R.randint(40000, 99999)))
    L.p(p["kit"], "other_id")
    L.t(" from=\"")
    L.p(p["street"] + ((" " + p["unit"]) if p["unit"] else ""), "address").t(", ").p(p["city"], "address")
    L.t(", %s " % p["state"]).p(p["zip"], "zip").t("\" to=\"%s, %s, %s, %s %s\" label=1Z%s9%s reason=%s" % (
        REFURB["name"], REFURB["line1"], REFURB["city"], REFURB["state"], REFURB["postal_code"], crock(6), digits(9),
        R.choice(["unenrolled", "deceased", "device_fault", "upgrade"])))
    return [L]


PLATES = []


def plate():
    return R.choice(["%s%s%s%s" % (R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.choice("ABCDEFGHJKLMNPRSTVWXY"),
                                   R.choice("ABCDEFGHJKLMNPRSTVWXY"), digits(4)),
                     "%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                                 R.randint(100, 999))])


def g_courier_note():
    ts = tick()
    p = pick()
    pl = plate()
    L = Line("pino-json")
    o = {"level": 30, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"],
         "pickup": "PU-%d" % R.randint(100000, 999999), "kit": P(p["kit"], "other_id"),
         "note": M("Patient leaves box in car, plate ", (pl, "vehicle"), " (%s), driveway behind " % p["state"],
                   (p["street"], "address")),
         "window": "09:00-12:00", "driver_route": "R%02d" % R.randint(1, 40), "msg": "pickup instructions saved"}
    emit(L, o)
    return [L]


def hl7_pid(p, L, esc_json=False):
    """Append a PID segment; PHI spans recorded."""
    L.t("PID|1||").p(p["mrn"], "mrn").t("^^^OSUMC^MR~").p(p["plan_id"], "health_plan")
    L.t("^^^%s^%s||" % ("CMS" if p["plan"] == "medicare" else "PAYER", "MB" if p["plan"] == "medicare" else "MI"))
    L.p(p["last"], "name").t("^").p(p["first"], "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date")
    L.t("|%s|||" % p["sex"]).p(p["street"], "address").t("^")
    if p["unit"]:
        L.p(p["unit"], "address")
    L.t("^").p(p["city"], "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("^USA^H||")
    L.p(ph(p, "hl7"), "phone").t("^PRN^PH")
    if p.get("fax_on"):
        L.t("~").p(fmt_phone(p["phone"][0], p["fax_line"], "hl7"), "fax").t("^PRN^FX")
    L.t("|||||")
    if R.random() < 0.5:
        L.t("|").p(p["ssn"].replace("-", ""), "ssn")
    else:
        L.t("|")
    return L


for _p in PATIENTS[::5]:
    _p["fax_on"] = True
    _p["fax_line"] = new_phone(_p["phone"][0])[1]


def g_hl7_full():
    ts = tick()
    p = pick()
    L = Line("logback-json-hl7")
    ctl = "HRC%s%04d" % (dt(ts).strftime("%Y%m%d%H%M%S"), R.randint(0, 9999))
    obs = tick() - R.randint(600, 9000)
    obs_s = local_iso(obs).replace("-", "").replace(":", "").replace("T", "")[:14] + "-0500"
    s, di, pu = bp_vals()
    n = staff(["MD", "NP"])
    L.t('{"@timestamp":"%s","@version":"1","message":"ORU^R01 delivered to OSUMC_EPIC ack=AA","logger_name":'
        '"com.halcyon.integration.hl7.OruSender","thread_name":"pool-3-thread-%d","level":"INFO","level_value":20000,'
        '"hl7":"' % (iso_ms(ts), R.randint(1, 12)))
    L.t("MSH|^~\\\\&|HALCYON_RPM|HALCYON|EPIC|OSUMC|%s||ORU^R01^ORU_R01|%s|P|2.5.1\\r" % (
        dt(ts).strftime("%Y%m%d%H%M%S"), ctl))
    hl7_pid(p, L)
    L.t("\\rPV1|1|O|RPM^^^OSUMC\\rOBR|1|HRC-ORD-%d||85354-9^Blood pressure panel^LN|||" % R.randint(10000, 99999))
    L.p(obs_s, "date").t("|||||||||%s^%s^%s^^^^%s\\r" % (R.choice(NPIS), n[1], n[0], n[2]))
    for i, (code, nm, val, unit) in enumerate([("8480-6", "Systolic blood pressure", s, "mm[Hg]"),
                                               ("8462-4", "Diastolic blood pressure", di, "mm[Hg]"),
                                               ("8867-4", "Heart rate", pu, "/min")]):
        L.t("OBX|%d|NM|%s^%s^LN||%d|%s|||||F|||" % (i + 1, code, nm, val, unit)).p(obs_s, "date")
        L.t("||||").p(p["devs"]["bp"]["serial"], "device").t("^HC-BP200C")
        if i < 2:
            L.t("\\r")
    L.t('","channel":"RPM_to_EHR","control_id":"%s"}' % ctl)
    return [L]


def g_hl7_segments():
    """Spring Boot console lines, one HL7 segment each (MSH has no PHI)."""
    p = pick()
    out = []
    thread = "pool-3-thread-%d" % R.randint(1, 12)
    ctl = "HRC%s%04d" % (dt(_clock[0]).strftime("%Y%m%d%H%M%S"), R.randint(0, 9999))

    def pre(L, ts, lvl="DEBUG"):
        L.t("%s %5s 1 --- [hl7-bridge] [%15s] c.h.integration.hl7.OruSender         : >> " % (
            local_iso(ts).replace("-05:00", ".%03d-05:00" % (dt(ts).microsecond // 1000)), lvl, thread[-15:]))

    ts = tick()
    L = Line("spring-boot-hl7")
    pre(L, ts)
    L.t("MSH|^~\\&|HALCYON_RPM|HALCYON|EPIC|OSUMC|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (dt(ts).strftime("%Y%m%d%H%M%S"), ctl))
    out.append(L)
    ts = tick()
    L = Line("spring-boot-hl7")
    pre(L, ts)
    hl7_pid(p, L)
    out.append(L)
    ts = tick()
    L = Line("spring-boot-hl7")
    pre(L, ts)
    obs = ts - R.randint(600, 9000)
    obs_s = local_iso(obs).replace("-", "").replace(":", "").replace("T", "")[:12] + "-0500"
    if "px" in p["devs"]:
        L.t("OBX|1|NM|59408-5^Oxygen saturation in Arterial blood by Pulse oximetry^LN||%d|%%|95-100|%s|||F|||" % (
            R.randint(86, 99), R.choice(["N", "L"]))).p(obs_s, "date").t("||||").p(p["devs"]["px"]["serial"], "device")
    elif "scale" in p["devs"]:
        L.t("OBX|1|NM|29463-7^Body weight^LN||%.1f|[lb_av]|||||F|||" % R.uniform(110, 290)).p(obs_s, "date")
        L.t("||||").p(p["devs"]["scale"]["serial"], "device")
    else:
        s, di, pu = bp_vals()
        L.t("OBX|1|NM|8480-6^Systolic blood pressure^LN||%d|mm[Hg]|90-140|%s|||F|||" % (s, "H" if s > 140 else "N"))
        L.p(obs_s, "date").t("||||").p(p["devs"]["bp"]["serial"], "device")
    out.append(L)
    ts = tick()
    L = Line("spring-boot-hl7")
    L.t("%s  INFO 1 --- [hl7-bridge] [%15s] c.h.integration.hl7.AckHandler         : << MSA|AA|%s|accepted (%d ms)" % (
        local_iso(ts).replace("-05:00", ".%03d-05:00" % (dt(ts).microsecond // 1000)), thread[-15:], ctl, R.randint(40, 900)))
    out.append(L)
    return out


def g_fhir_obs():
    ts = tick()
    p = pick()
    L = Line("zap-json")
    kind = R.choice([k for k in ("bp", "gm", "px") if k in p["devs"]])
    eff = P(local_iso(ts - R.randint(300, 7200)), "date")
    o = {"resourceType": "Observation", "id": "obs-%d" % R.randint(1000000, 9999999), "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                   "code": "vital-signs" if kind != "gm" else "laboratory"}]}]}
    if kind == "bp":
        s, di, pu = bp_vals()
        o["code"] = {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]}
        comp = [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                 "valueQuantity": {"value": s, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}},
                {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]},
                 "valueQuantity": {"value": di, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}]
    elif kind == "gm":
        o["code"] = {"coding": [{"system": "http://loinc.org", "code": "2339-0", "display": "Glucose [Mass/volume] in Blood"}]}
        comp = None
        o_val = {"value": R.randint(68, 310), "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"}
    else:
        o["code"] = {"coding": [{"system": "http://loinc.org", "code": "59408-5", "display": "Oxygen saturation"}]}
        comp = None
        o_val = {"value": R.randint(85, 99), "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
    subj = {"reference": M("Patient/", (p["fhir"], "mrn"))}
    if R.random() < 0.6:
        subj["display"] = P(full(p), "name")
    o["subject"] = subj
    o["effectiveDateTime"] = eff
    o["device"] = {"identifier": {"system": "urn:halcyon:device-serial", "value": P(p["devs"][kind]["serial"], "device")}}
    if comp:
        o["component"] = comp
    else:
        o["valueQuantity"] = o_val
    wrap = {"level": "debug", "ts": iso_ms(ts), "logger": "fhir.client", "caller": "fhir/client.go:212",
            "msg": "POST Observation", "endpoint": "https://fhir.osumc.example.org/R4/Observation",
            "body": o}
    emit(L, wrap)
    return [L]


def g_nginx_app():
    ts = tick()
    p = pick()
    L = Line("nginx-combined")
    L.p(p["ip"], "ip").t(" - - [%s] \"" % nginx_ts(ts))
    k = R.random()
    if k < 0.6:
        L.t(R.choice(["GET", "GET", "POST"]) + " /api/v1/patients/").p(p["pid"], "mrn")
        L.t(R.choice(["/readings?limit=50", "/devices", "/messages?unread=1", "/readings"]))
    else:
        L.t("GET /api/v1/me/care-plan")
    ua = R.choice(["HalcyonCare/4.8.2 (iPhone; iOS 17.6.1; Scale/3.00)", "HalcyonCare/4.8.1 (Android 14; SM-A146U)",
                   "okhttp/4.12.0", "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15"])
    L.t(" HTTP/1.1\" %d %d \"-\" \"%s\" %.3f" % (R.choice([200, 200, 200, 201, 304, 401]), R.randint(120, 9000), ua,
                                                  R.uniform(0.004, 0.9)))
    return [L]


def g_alb_dash():
    ts = tick()
    p = pick()
    L = Line("aws-alb")
    cip = "10.8.%d.%d" % (R.randint(0, 30), R.randint(2, 254))
    tgt = "10.0.31.%d:8080" % R.randint(2, 60)
    L.t("h2 %s app/care-dash-alb/50dc6c495c0c9188 %s:%d %s %.3f %.3f 0.000 200 200 %d %d \"GET https://care.%s:443/api/v2/patients/" % (
        iso_us(ts), cip, R.randint(1024, 65535), tgt, R.uniform(0, 0.002), R.uniform(0.01, 0.6), R.randint(200, 900),
        R.randint(400, 40000), CO_DOMAIN))
    L.p(p["pid"], "mrn")
    L.t("/%s HTTP/2.0\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\" "
        "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:%s:targetgroup/care-dash-api/6d0ecf831eec9f09 "
        "\"Root=1-%s-%s\" \"care.%s\" \"arn:aws:acm:us-east-2:%s:certificate/%s\" 0 %s \"forward\" \"-\" \"-\" \"%s\" \"200\" \"-\" \"-\"" % (
            R.choice(["vitals?range=30d", "alerts", "notes", "devices"]), AWS_ACCT, "%x" % int(ts), hexs(24), CO_DOMAIN,
            AWS_ACCT, uuid4(), iso_us(ts - 0.05), tgt))
    return [L]


def g_audit():
    ts = tick()
    p = pick()
    n = staff()
    L = Line("audit-json")
    o = {"ts": iso_ms(ts), "actor": staff_email(n), "actor_role": n[2].lower().replace(" ", "_"),
         "action": R.choice(["chart.view", "chart.view", "phone.reveal", "note.create", "export.pdf"]),
         "patient_mrn": P(p["mrn"], "mrn"), "reason": R.choice(["alert triage", "monthly review", "caregiver call"]),
         "src_ip": "10.8.%d.%d" % (R.randint(0, 30), R.randint(2, 254)), "session": crock(26)}
    if o["action"] == "phone.reveal":
        o["revealed"] = P(ph(p, "dash"), "phone")
    emit(L, o)
    return [L]


def g_onboarding():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    k = R.random()
    if k < 0.4:
        o = {"event": "identity verified", "patient_id": P(p["pid"], "mrn"), "method": "dl_scan",
             "dl_number": P(p["dl"], "license"), "dl_state": p["state"], "dob": P(p["dob"].isoformat(), "date"),
             "match_score": round(R.uniform(0.82, 0.99), 3), "vendor_ref": "idv_%s" % hexs(16)}
    elif k < 0.75:
        o = {"event": "portal account created", "patient_id": P(p["pid"], "mrn"), "username": P(p["user"], "other_id"),
             "email": P(p["email"], "email"), "profile_url": P("https://my.%s/u/%s" % (CO_DOMAIN, p["user"]), "url"),
             "invited_by": staff_email(staff(["Care Coordinator"])), "mfa": "sms"}
    else:
        o = {"event": "caregiver added", "patient_id": P(p["pid"], "mrn"), "caregiver_name": P(cgname(p), "name"),
             "relationship": p["cg"]["rel"], "caregiver_phone": P(cgph(p, "paren"), "phone"),
             "consent_form": "HRC-CG-07 rev3", "hipaa_auth_signed": True}
    o["level"] = "info"
    o["timestamp"] = iso_us(ts)
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def g_profile_update():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    L.t("%s INFO [patients.api] PATCH /patients/" % pylog(ts))
    ch = {}
    k = R.random()
    if k < 0.35:
        p = R.choice([q for q in PATIENTS if q.get("fax_on")])
    L.p(p["pid"], "mrn")
    L.t(" changed=")
    if k < 0.35:
        ch = {"fax": P(fmt_phone(p["phone"][0], p["fax_line"], "dash"), "fax"), "preferred_contact": "fax"}
    elif k < 0.7:
        ch = {"address_line1": P(p["street"], "address"), "city": P(p["city"], "address"),
              "county": P(p["county"], "address"), "zip": P(p["zip"], "zip")}
    else:
        ch = {"mobile": P(ph(p, "dot"), "phone"), "email": P(p["email"], "email")}
    pyrepr(L, ch)
    L.t(" by=%s" % staff_email(staff(["Care Coordinator", "RN"])))
    return [L]


def g_risk_age():
    ts = tick()
    p = R.choice([q for q in PATIENTS if q["age"] > 89])
    L = Line("python-logging")
    L.t("%s INFO [alerting.risk] fall-risk score patient=" % pylog(ts)).p(p["pid"], "mrn")
    L.t(" age=").p(str(p["age"]), "age")
    L.t(" falls_90d=%d lives_alone=%s score=%.2f model=frs-v7" % (R.randint(0, 3), R.choice(["True", "False"]),
                                                                 R.uniform(0.2, 0.95)))
    return [L]


def g_payment():
    ts = tick()
    p = pick()
    L = Line("logrus-text")
    if R.random() < 0.5:
        return [logrus_line("logrus-text", ts, "error", "card charge declined",
                            {"billing_account": P(p["acct"], "account"), "pan": P(card_pan(), "account"),
                             "amount": "%.2f" % R.choice([20.00, 35.50, 12.40]), "decline_code": "insufficient_funds",
                             "processor_ref": "ch_%s" % crock(24).lower()})]
    return [logrus_line("logrus-text", ts, "info", "statement generated",
                        {"billing_account": P(p["acct"], "account"), "guarantor": P(cgname(p) if R.random() < 0.4 else full(p), "name"),
                         "balance": "%.2f" % R.uniform(0, 180), "card": "************%s" % digits(4),
                         "statement_id": "ST-%d" % R.randint(100000, 999999)})]


def g_support_case():
    ts = tick()
    p = pick()
    L = Line("python-logging")
    case = "CS-2024-%06d" % R.randint(100000, 999999)
    L.t("%s INFO [support.sync] case " % pylog(ts)).p(case, "other_id")
    L.t(" opened by ").p(full(p), "name").t(" re: %s; device " % R.choice(["cuff shows E3", "scale not syncing",
                                                                          "hub light blinking red", "wants to cancel"]))
    kind = R.choice(list(p["devs"].keys()))
    L.p(p["devs"][kind]["serial"], "device")
    L.t(" assigned_to=%s queue=tier1" % staff_email(staff(["Care Coordinator"])))
    return [L]


def g_postgres_dupe():
    ts = tick()
    p = pick()
    d = p["devs"][R.choice(list(p["devs"].keys()))]
    L = Line("postgres")
    L.t("%s UTC [%d] DETAIL:  Key (serial, active)=(" % (dt(ts).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt(ts).microsecond // 1000),
                                                       R.randint(1000, 40000)))
    L.p(d["serial"], "device").t(", t) already exists.")
    return [L]


def g_hub_ble():
    ts = tick()
    p = pick("hub")
    h = p["devs"]["hub"]
    L = Line("syslog-hub")
    sub = R.choice([k for k in ("gm", "px") if k in p["devs"]] or [None])
    L.t("%s homehub hubd[%d]: " % (syslog_ts(ts), R.randint(300, 2000)))
    if sub is None:
        L.t("uplink ok hub=").p(h["mac"], "device").t(" fw=%s wifi_rssi=-%d gw=192.168.1.1" % (h["fw"], R.randint(40, 80)))
    else:
        sd = p["devs"][sub]
        L.t("ble: connected ").p(sd["mac"], "device").t(" (%s) rssi=-%d bonded=yes, %d records queued, hub " % (
            sd["model"], R.randint(50, 95), R.randint(1, 12)))
        L.p(h["mac"], "device")
    return [L]


def g_enroll_summary():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    o = {"event": "enrollment completed", "patient_id": P(p["pid"], "mrn"), "ehr_mrn": P(p["mrn"], "mrn"),
         "name": {"given": P(p["first"], "name"), "family": P(p["last"], "name")},
         "birth_date": P(p["dob"].isoformat(), "date")}
    if p["age"] > 89:
        o["age"] = P(p["age"], "age")
    else:
        o["age"] = p["age"]
    o["address"] = {"street": P(p["street"] + ((", " + p["unit"]) if p["unit"] else ""), "address"),
                    "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"], "zip")}
    o["contact"] = {"mobile": P(ph(p, "e164"), "phone"), "email": P(p["email"], "email")}
    if p.get("fax_on"):
        o["contact"]["fax"] = P(fmt_phone(p["phone"][0], p["fax_line"], "e164"), "fax")
    o["coverage"] = {"type": p["plan"], "id": P(p["plan_id"], "health_plan")}
    if R.random() < 0.5:
        o["ssn"] = P(p["ssn"], "ssn")
    if R.random() < 0.45:
        o["id_proof"] = {"type": "drivers_license", "number": P(p["dl"], "license"), "state": p["state"]}
    o.update({"program": R.choice(["HTN", "CHF", "DM2", "COPD"]), "enrolled_on": P(p["enrolled"].isoformat(), "date"),
              "enrolled_by": staff_email(staff(["Care Coordinator"])), "consent_version": "RPM-CONSENT-2024.2",
              "level": "info", "timestamp": iso_us(ts)})
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def g_curp():
    ts = tick()
    p = pick()
    L = Line("structlog-json")
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    curp = ("".join(R.choice(letters) for _ in range(4)) + p["dob"].strftime("%y%m%d") + R.choice("HM") +
            R.choice(["JC", "DF", "MC", "GT"]) + "".join(R.choice(letters) for _ in range(3)) + R.choice("0A") + digits(1))
    o = {"event": "secondary identifier stored", "patient_id": P(p["pid"], "mrn"), "id_type": "MX_CURP",
         "id_value": P(curp, "other_id"), "source": "intake_form_v4", "level": "info", "timestamp": iso_us(ts)}
    emit(L, o, ea=True, sep=(", ", ": "))
    return [L]


def g_appt():
    ts = tick()
    p = pick()
    n = staff(["RN", "Care Coordinator"])
    appt = datetime.date(2024, 12, R.randint(9, 20))
    L = Line("python-logging")
    L.t("%s INFO [careplan.scheduler] monthly check-in booked patient=" % pylog(ts)).p(p["pid"], "mrn")
    L.t(" date=").p(appt.isoformat(), "date").t(" slot=%02d:%s with=\"%s %s\" channel=%s reminder_sms=%s" % (
        R.randint(9, 16), R.choice(["00", "30"]), n[0], n[1], R.choice(["phone", "video"]), SHORT_CODE))
    return [L]


PHI_GENS = [
    (6, g_mosq_pub), (5, g_aws_iot), (6, g_zap_reading), (3, g_zap_dup), (4, g_zap_console), (4, g_zerolog_sim),
    (4, g_zerolog_assign), (3, g_refurb), (5, g_alert_threshold), (5, g_alert_sms), (4, g_alert_call),
    (4, g_celery_result), (3, g_sms_webhook), (3, g_inbound_sms), (3, g_voiceprint), (5, g_rum), (4, g_sentry),
    (5, g_billing_claim), (3, g_billing_ineligible), (4, g_eligibility), (4, g_ship_created), (3, g_return_label),
    (2, g_courier_note), (3, g_hl7_full), (2.5, g_hl7_segments), (4, g_fhir_obs), (4, g_nginx_app), (3, g_alb_dash),
    (4, g_audit), (7, g_onboarding), (4, g_profile_update), (3, g_risk_age), (3, g_payment), (2.5, g_support_case),
    (1.5, g_postgres_dupe), (3, g_hub_ble), (1, g_curp), (2.5, g_appt), (4, g_enroll_summary),
]

# ==========================================================================
# non-PHI generators (look-alikes)
# ==========================================================================


def n_mosq():
    ts = tick()
    L = Line("mosquitto")
    k = R.random()
    if k < 0.25:
        L.t("%d: New connection from %s:%d on port 8883." % (int(ts), "10.64.%d.%d" % (R.randint(0, 63), R.randint(2, 254)),
                                                            R.randint(30000, 65000)))
    elif k < 0.45:
        c = "ingest-consumer-%d" % R.randint(0, 3)
        L.t("%d: Received PINGREQ from %s" % (int(ts), c))
    elif k < 0.6:
        L.t("%d: Saving in-memory database to /var/lib/mosquitto/mosquitto.db." % int(ts))
    elif k < 0.75:
        L.t("%d: Sending PUBLISH to ingest-consumer-%d (d0, q1, r0, m%d, 'rpm/v1/fleet/fw-announce', ... (%d bytes))" % (
            int(ts), R.randint(0, 3), R.randint(1, 65535), R.randint(80, 200)))
    elif k < 0.9:
        L.t("%d: Client ingest-consumer-%d closed its connection." % (int(ts), R.randint(0, 3)))
    else:
        L.t("%d: mosquitto version 2.0.18 running" % int(ts))
    return [L]


def n_aws_iot():
    ts = tick()
    L = Line("aws-iot-core")
    o = {"timestamp": dt(ts).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt(ts).microsecond // 1000),
         "logLevel": "ERROR", "traceId": uuid4(), "accountId": AWS_ACCT, "status": "Failure",
         "eventType": "RuleExecution", "clientId": "n/a", "topicName": "rpm/v1/bpc/+/telemetry",
         "ruleName": R.choice(["rpm_telemetry_to_kinesis", "rpm_status_to_timestream"]),
         "ruleAction": R.choice(["KinesisAction", "TimestreamAction"]),
         "resources": {"StreamName": "rpm-telemetry-prod", "PartitionKey": "${topic(4)}"},
         "principalId": hexs(64), "details": R.choice(["Rate exceeded for stream rpm-telemetry-prod under account %s." % AWS_ACCT,
                                                      "Throttled by downstream service"])}
    emit(L, o, sep=(", ", ": "))
    return [L]


def n_zap():
    ts = tick()
    L = Line("zap-json")
    k = R.random()
    if k < 0.3:
        o = {"level": "info", "ts": zap_epoch(ts), "caller": "ingest/kinesis.go:96", "msg": "batch flushed",
             "stream": "rpm-telemetry-prod", "records": R.randint(50, 500), "bytes": R.randint(20000, 400000),
             "shard": "shardId-%012d" % R.randint(0, 7), "seq_hi": digits(56)[:56], "took": "%dms" % R.randint(4, 180)}
    elif k < 0.5:
        o = {"level": "info", "ts": zap_epoch(ts), "caller": "ingest/stats.go:44", "msg": "window stats",
             "window": "1m", "readings": R.randint(400, 3000), "p95_systolic": 142, "p95_weight_lb": 261.4,
             "rejected": R.randint(0, 12), "devices_online": R.randint(1500, 2100)}
    elif k < 0.65:
        o = {"level": "warn", "ts": zap_epoch(ts), "caller": "ingest/consumer.go:211", "msg": "consumer lag above threshold",
             "group": "ingest-v3", "lag": R.randint(2000, 40000), "threshold": 2000, "partition": R.randint(0, 11)}
    elif k < 0.8:
        o = {"level": "info", "ts": zap_epoch(ts), "caller": "cmd/ingest/main.go:88", "msg": "http server listening",
             "addr": ":8080", "version": "v3.18.2", "commit": hexs(40), "built": "2024-11-27T19:02:44Z"}
    else:
        o = {"level": "debug", "ts": zap_epoch(ts), "caller": "store/pg.go:63", "msg": "pool stats",
             "acquired": R.randint(0, 40), "idle": R.randint(0, 20), "max": 50, "host": "rpm-prod.cluster-c9x2k1.us-east-2.rds.amazonaws.com"}
    emit(L, o)
    return [L]


def n_zerolog():
    ts = tick()
    L = Line("zerolog-json")
    k = R.random()
    if k < 0.35:
        o = {"level": "info", "service": "device-registry", "model": R.choice(["HC-BP200C", "HC-WS450C", "HomeHub H2"]),
             "from_fw": "2.14.1", "to_fw": "2.14.3", "wave": R.randint(1, 6), "targets": R.randint(100, 900),
             "failed": R.randint(0, 20), "time": iso_s(ts), "message": "firmware rollout wave complete"}
        o = dict(list(o.items())[:7] + [("ok", o["targets"] - o["failed"])] + list(o.items())[7:])
    elif k < 0.65:
        o = {"level": "warn", "service": "device-registry", "carrier": "AT&T", "mcc": "310", "mnc": "410",
             "cell_id": R.randint(1000000, 268435455), "tac": "0x%04X" % R.randint(0, 65535), "affected_sims": R.randint(3, 80),
             "ticket": "ATT-%d" % R.randint(1000000, 9999999), "time": iso_s(ts), "message": "carrier cell outage reported"}
    else:
        o = {"level": "debug", "service": "device-registry", "cache": "assignments", "entries": R.randint(1800, 2600),
             "took_ms": R.randint(10, 900), "time": iso_s(ts), "message": "cache refreshed"}
    emit(L, o)
    return [L]


def n_pyworker():
    ts = tick()
    L = Line("python-logging")
    k = R.random()
    if k < 0.2:
        L.t("%s INFO [alerting.worker] worker started pid=%d concurrency=8 queues=alerts,voice,sms broker=redis://10.0.7.21:6379/2" % (
            pylog(ts), R.randint(7, 400)))
    elif k < 0.4:
        L.t("%s WARNING [alerting.provider] provider 5xx (503) on POST /2010-04-01/Accounts/AC%s/Messages.json; retrying in %.1fs (attempt %d/5)" % (
            pylog(ts), hexs(32), R.choice([1.0, 2.0, 4.0]), R.randint(2, 4)))
    elif k < 0.55:
        L.t("%s INFO [alerting.policy] escalation policy v14 loaded: tier1=15m tier2=45m after_hours_line=%s sms_from=%s" % (
            pylog(ts), CO_CARELINE, SHORT_CODE))
    elif k < 0.7:
        L.t("%s INFO [alerting.quiet] quiet hours 21:00-08:00 local applied to %d queued notifications" % (pylog(ts), R.randint(2, 60)))
    elif k < 0.85:
        n = staff(["RN"])
        L.t("%s INFO [alerting.oncall] on-call rotation: %s %s, %s (ext 4%03d) until 2024-12-06T20:00:00-05:00" % (
            pylog(ts), n[0], n[1], n[2], R.randint(0, 999)))
    else:
        L.t("%s INFO [alerting.rules] evaluated %d readings in %.2fs, breaches=%d suppressed=%d" % (
            pylog(ts), R.randint(100, 3000), R.uniform(0.1, 4), R.randint(0, 9), R.randint(0, 5)))
    return [L]


def n_celery():
    ts = tick()
    L = Line("celery")
    k = R.random()
    if k < 0.5:
        L.t("[%s: INFO/MainProcess] Task %s[%s] received" % (pylog(ts), R.choice(["alerting.tasks.send_sms", "alerting.tasks.place_call",
                                                                                  "alerting.tasks.evaluate_window"]), uuid4()))
    elif k < 0.75:
        L.t("[%s: INFO/Beat] Scheduler: Sending due task billing-daycount (billing.tasks.recompute_day_counts)" % pylog(ts))
    else:
        L.t("[%s: WARNING/ForkPoolWorker-%d] Task alerting.tasks.place_call[%s] retry: Retry in 120s: ProviderTimeout('read timeout=10')" % (
            pylog(ts), R.randint(1, 8), uuid4()))
    return [L]


def n_rum():
    ts = tick()
    L = Line("rum-event")
    n = staff()
    o = {"date": int(ts * 1000), "application": {"id": "3f1c9a2e-7b4d-4e8a-9c21-5d6e0a7b8c90"}, "service": "care-dashboard",
         "version": "3.42.1", "source": "browser", "session": {"id": uuid4(), "type": "user", "has_replay": False},
         "view": {"id": uuid4(), "url": "https://care.%s/alerts?status=open&tier=1" % CO_DOMAIN, "referrer": "", "name": "/alerts"},
         "usr": {"id": STAFF_IDS[n], "name": "%s %s" % (n[0], n[1]), "email": staff_email(n)}}
    if R.random() < 0.5:
        o["type"] = "resource"
        o["resource"] = {"id": uuid4(), "type": "js", "url": "https://care.%s/static/js/main.8f3a1c.js" % CO_DOMAIN,
                         "duration": R.randint(20000000, 900000000), "size": 1843302, "status_code": 200}
    else:
        o["type"] = "long_task"
        o["long_task"] = {"id": uuid4(), "duration": R.randint(50000000, 400000000)}
    o["_dd"] = {"format_version": 2, "drift": 0}
    emit(L, o)
    return [L]


def n_sentry():
    ts = tick()
    L = Line("sentry-event")
    n = staff()
    o = {"event_id": hexs(32), "timestamp": round(ts, 3), "platform": "javascript", "level": "error",
         "release": "care-dashboard@3.42.1", "environment": "production",
         "exception": {"values": [{"type": "ChunkLoadError", "value": "Loading chunk 742 failed.\n(error: https://care.%s/static/js/742.b91e.chunk.js)" % CO_DOMAIN}]},
         "request": {"url": "https://care.%s/alerts" % CO_DOMAIN},
         "user": {"id": STAFF_IDS[n], "email": staff_email(n), "ip_address": "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 254))},
         "tags": {"browser": "Edge 131.0", "os": "Windows 10"}}
    emit(L, o)
    return [L]


def n_react_console():
    ts = tick()
    L = Line("browser-console")
    L.t("[%s] %s" % (iso_ms(ts), R.choice([
        'Warning: Each child in a list should have a unique "key" prop. Check the render method of `ReadingsTable`.',
        "Warning: Can't perform a React state update on an unmounted component. at VitalsChart (main.8f3a1c.js:1:48213)",
        "WebSocket connection to 'wss://care.%s/ws/alerts' failed: Error in connection establishment: net::ERR_CONNECTION_RESET" % CO_DOMAIN,
        "[HMR] Waiting for update signal from WDS..."])))
    return [L]


def n_billing():
    ts = tick()
    k = R.random()
    if k < 0.3:
        return [logrus_line("logrus-text", ts, "info", "billing run started",
                            {"period": "2024-11", "run_id": "br-2024-11-%s" % crock(6).lower(), "patients": R.randint(1700, 2100),
                             "dry_run": "false"})]
    if k < 0.55:
        return [logrus_line("logrus-text", ts, "info", "rate table loaded",
                            {"cpt_99453": "19.73", "cpt_99454": "47.87", "cpt_99457": "48.14", "cpt_99458": "38.49",
                             "locality": "OH-00", "effective": "2024-01-01"})]
    if k < 0.8:
        return [logrus_line("logrus-text", ts, "info", "billing run summary",
                            {"period": "2024-11", "billable_99454": R.randint(1200, 1500), "ineligible_lt16d": R.randint(150, 400),
                             "billable_99457": R.randint(900, 1300), "total": "%.2f" % R.uniform(90000, 160000),
                             "took": "%.1fs" % R.uniform(30, 400)})]
    return [logrus_line("logrus-text", ts, "info", "837P batch uploaded",
                        {"file": "s3://hrc-billing-prod/837p/2024-11/batch-%03d.x12" % R.randint(1, 40),
                         "claims": R.randint(200, 900), "isa13": digits(9), "clearinghouse": "availity"})]


def n_logistics():
    ts = tick()
    L = Line("pino-json")
    k = R.random()
    if k < 0.3:
        o = {"level": 30, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"], "batch": "PB-%d" % R.randint(1000, 9999),
             "orders": R.randint(10, 120), "site": "CMH1", "msg": "pick list printed"}
    elif k < 0.55:
        o = {"level": 30, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"], "ship_from": WAREHOUSE,
             "pickup_window": "15:00-18:00", "carrier": "UPS", "confirmation": "WTC%s" % digits(8), "msg": "daily carrier pickup scheduled"}
    elif k < 0.8:
        o = {"level": 30, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"], "sku": R.choice(
            ["SKU-BP-CEL", "SKU-SCALE-CEL", "SKU-HUB-BLE", "SKU-GM-BLE", "SKU-PX-BLE"]), "on_hand": R.randint(20, 900),
             "reorder_point": 150, "refurb_pool": R.randint(0, 120), "site": R.choice(["CMH1", "LOU1"]), "msg": "inventory snapshot"}
    else:
        o = {"level": 40, "time": int(ts * 1000), "pid": 1, "hostname": PODS["logistics-api"],
             "tracking": "1Z%s03%s" % (crock(6), digits(8)), "status": R.choice(["EXCEPTION", "DELAYED"]),
             "carrier_msg": "ADVERSE WEATHER CONDITIONS MAY CAUSE DELAYS", "msg": "tracking webhook"}
    emit(L, o)
    return [L]


def n_fhir():
    ts = tick()
    L = Line("zap-json")
    k = R.random()
    if k < 0.35:
        o = {"level": "info", "ts": iso_ms(ts), "logger": "fhir.client", "caller": "fhir/client.go:240", "msg": "201 Created",
             "location": "https://fhir.osumc.example.org/R4/Observation/obs-%d/_history/1" % R.randint(1000000, 9999999),
             "took_ms": R.randint(80, 1500)}
    elif k < 0.6:
        o = {"level": "info", "ts": iso_ms(ts), "logger": "fhir.auth", "caller": "fhir/auth.go:77", "msg": "backend token refreshed",
             "client_id": "9d1f3c0e-halcyon-rpm", "scope": "system/Observation.write system/Patient.read", "expires_in": 300}
    elif k < 0.8:
        o = {"level": "warn", "ts": iso_ms(ts), "logger": "fhir.client", "caller": "fhir/client.go:251", "msg": "OperationOutcome",
             "issue": [{"severity": "error", "code": "throttled", "diagnostics": "Too many requests, retry after 30 seconds"}]}
    else:
        o = {"level": "info", "ts": iso_ms(ts), "logger": "fhir.meta", "caller": "fhir/meta.go:30", "msg": "CapabilityStatement fetched",
             "fhirVersion": "4.0.1", "software": "Epic 2024 Feb", "date": "2024-11-18"}
    emit(L, o)
    return [L]


def n_nginx():
    ts = tick()
    L = Line("nginx-combined")
    k = R.random()
    if k < 0.4:
        L.t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" 0.001" % (priv_ip(), nginx_ts(ts)))
    elif k < 0.7:
        L.t("%s - - [%s] \"GET /static/js/%s HTTP/1.1\" 200 %d \"https://care.%s/alerts\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15\" %.3f" % (
            "10.8.%d.%d" % (R.randint(0, 30), R.randint(2, 254)), nginx_ts(ts), R.choice(["main.8f3a1c.js", "742.b91e.chunk.js", "vendor.1d2e.js"]),
            R.randint(10000, 1900000), CO_DOMAIN, R.uniform(0.001, 0.2)))
    else:
        L.t("%s - - [%s] \"GET /api/v2/alerts?status=open&page=%d HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0\" %.3f" % (
            "10.8.%d.%d" % (R.randint(0, 30), R.randint(2, 254)), nginx_ts(ts), R.randint(1, 6), R.randint(500, 30000), R.uniform(0.01, 0.5)))
    return [L]


def n_k8s():
    ts = tick()
    L = Line("klog")
    svc = R.choice(list(PODS.keys()))
    k = R.random()
    if k < 0.4:
        L.t('%s       1 event.go:389] "Event occurred" object="rpm-prod/%s" fieldPath="spec.containers{%s}" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"%s.dkr.ecr.us-east-2.amazonaws.com/%s:v3.18.%d\\" already present on machine"' % (
            klog_ts(ts), PODS[svc], svc, AWS_ACCT, svc, R.randint(0, 9)))
    elif k < 0.7:
        L.t('%s       1 scale_up.go:472] "Scale-up" nodeGroup="rpm-prod-ng-general" from=%d to=%d' % (klog_ts(ts), R.randint(4, 8), R.randint(9, 12)))
    else:
        L.t('%s    2214 kubelet.go:2468] "SyncLoop (probe)" probe="readiness" status="ready" pod="rpm-prod/%s"' % (klog_ts(ts), PODS[svc]))
    return [L]


def n_postgres():
    ts = tick()
    L = Line("postgres")
    pre = "%s UTC [%d] " % (dt(ts).strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (dt(ts).microsecond // 1000), R.randint(1000, 40000))
    k = R.random()
    if k < 0.35:
        w = R.uniform(10, 270)
        L.t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.012 s, total=%.3f s" % (
            R.randint(300, 9000), R.uniform(1, 30), R.randint(0, 5), w, w + R.uniform(0.02, 0.4)))
    elif k < 0.7:
        L.t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT patient_id, count(DISTINCT reading_date) FROM readings WHERE reading_date >= $1 AND reading_date < $2 GROUP BY patient_id HAVING count(DISTINCT reading_date) >= 16" % R.uniform(800, 9000))
    elif k < 0.85:
        L.t(pre + "ERROR:  duplicate key value violates unique constraint \"device_assignments_serial_active_key\"")
    else:
        L.t(pre + "LOG:  automatic vacuum of table \"rpm.public.readings\": index scans: 1, pages: 0 removed, %d remain" % R.randint(100000, 900000))
    return [L]


def n_system():
    ts = tick()
    L = Line("syslog")
    host = "ip-10-0-%d-%d" % (R.randint(0, 40), R.randint(2, 254))
    k = R.random()
    if k < 0.3:
        L.t("%s %s systemd[1]: Started Daily apt download activities." % (syslog_ts(ts), host))
    elif k < 0.6:
        L.t("%s %s kernel: [%d.%06d] ena 0000:00:05.0 eth0: Link is Up, MAC 0a:%02x:%02x:%02x:%02x:%02x" % (
            syslog_ts(ts), host, R.randint(100, 900000), R.randint(0, 999999), *[R.randint(0, 255) for _ in range(5)]))
    else:
        L.t("%s %s datadog-agent[%d]: %s UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckStarted) | check:postgres | Running check..." % (
            syslog_ts(ts), host, R.randint(600, 3000), dt(ts).strftime("%Y-%m-%d %H:%M:%S")))
    return [L]


def n_company_cfg():
    ts = tick()
    L = Line("python-logging")
    L.t("%s INFO [alerting.config] notify channels: sms_short_code=%s voice_caller_id=%s support=%s care_line=%s fax=%s return_address=\"%s, %s, %s, %s %s\"" % (
        pylog(ts), SHORT_CODE, CO_VOICE_CID, CO_SUPPORT, CO_CARELINE, CO_FAX, REFURB["name"], REFURB["line1"], REFURB["city"],
        REFURB["state"], REFURB["postal_code"]))
    return [L]


def n_staff():
    ts = tick()
    n = staff()
    L = Line("audit-json")
    o = {"ts": iso_ms(ts), "actor": staff_email(n), "actor_role": n[2].lower().replace(" ", "_"),
         "action": R.choice(["auth.login", "auth.mfa_ok", "auth.logout"]), "src_ip": "10.8.%d.%d" % (R.randint(0, 30), R.randint(2, 254)),
         "session": crock(26), "ua": "Chrome/131"}
    emit(L, o)
    return [L]


def n_staff_note():
    ts = tick()
    n = staff(["RN", "LPN", "Care Coordinator"])
    L = Line("logrus-text")
    return [logrus_line("logrus-text", ts, "info", "99457 time bucket closed",
                        {"clinician": "%s %s" % (n[0], n[1]), "clinician_id": STAFF_IDS[n], "patients": R.randint(20, 90),
                         "minutes_total": R.randint(400, 2200), "period": "2024-11", "license_state": "OH"})]


def n_hub_fw():
    ts = tick()
    L = Line("syslog-hub")
    L.t("%s homehub hubd[%d]: ota: manifest https://fw.%s/homehub/h2/4.3.0/manifest.json sha256=%s size=%d" % (
        syslog_ts(ts), R.randint(300, 2000), CO_DOMAIN, hexs(64), R.randint(800000, 2400000)))
    return [L]


def n_cron():
    ts = tick()
    L = Line("syslog")
    L.t("%s ip-10-0-%d-%d CRON[%d]: (billing) CMD (/opt/billing/bin/daycount --period 2024-12 --since 2024-12-01 >> /var/log/billing/daycount.log 2>&1)" % (
        syslog_ts(ts), R.randint(0, 40), R.randint(2, 254), R.randint(10000, 99999)))
    return [L]


NON_GENS = [
    (6, n_mosq), (3, n_aws_iot), (8, n_zap), (5, n_zerolog), (7, n_pyworker), (5, n_celery), (4, n_rum), (2, n_sentry),
    (2, n_react_console), (5, n_billing), (5, n_logistics), (4, n_fhir), (6, n_nginx), (5, n_k8s), (4, n_postgres),
    (4, n_system), (1, n_company_cfg), (3, n_staff), (2, n_staff_note), (2, n_hub_fw), (1.5, n_cron),
]


# ==========================================================================
def main():
    lines = []
    phi_w = [w for w, _ in PHI_GENS]
    non_w = [w for w, _ in NON_GENS]
    while len(lines) < N_LINES:
        nonphi = sum(1 for L in lines if not L.spans)
        if nonphi < NONPHI_SHARE * (len(lines) + 1):
            g = R.choices(NON_GENS, weights=non_w)[0][1]
            new = g()
            assert all(not L.spans for L in new), g.__name__
        else:
            g = R.choices(PHI_GENS, weights=phi_w)[0][1]
            new = g()
            assert any(L.spans for L in new), g.__name__
        lines.extend(new)
    lines = lines[:N_LINES]

    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as flog, open(lab_path, "w", encoding="utf-8", newline="\n") as flab:
        for i, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, (i, L.family)
            assert len(b) + 1 <= 4000, (i, L.family, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                assert s >= prev, ("overlap", i)
                assert b[s:e] == val, ("mismatch", i)
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            flog.write(b + b"\n")
            flab.write(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
