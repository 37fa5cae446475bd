#!/usr/bin/env python3
"""Deterministic generator for the `dw` PHI test corpus.

Theme: state prescription drug monitoring program (PDMP) + data clearinghouse.
Writes dw.log and dw.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime
import json
import os
import random
import unicodedata

SEED = 20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "dw"
N_LINES = 500
TARGET_CLEAN = 0.55


# --------------------------------------------------------------------------
# line builder: a line is a list of (text, category-or-None) parts
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        self.parts.append((str(s), cat))
        return self

    def m(self, *items):
        """items: plain str or (value, cat) tuples"""
        for it in items:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self

    def has_phi(self):
        return any(c and s for s, c in self.parts)

    def render(self):
        buf = bytearray()
        spans = []
        inserted = []
        for s, c in self.parts:
            b = s.encode("utf-8")
            if c and b:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c})
                inserted.append(b)
            buf += b
        data = bytes(buf)
        for sp, b in zip(spans, inserted):
            assert data[sp["s"]:sp["e"]] == b, (sp, b)
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"], "overlap"
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, len(data)
        return data, spans


class P:
    """A PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jdump(ln, o, sep=(",", ":"), ea=False):
    if isinstance(o, P):
        if o.v is None:
            ln.t("null")
        elif isinstance(o.v, str):
            s = json.dumps(o.v, ensure_ascii=ea)
            ln.t('"').p(s[1:-1], o.cat).t('"')
        else:
            ln.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        ln.t("{")
        first = True
        for k, v in o.items():
            if not first:
                ln.t(sep[0])
            first = False
            ln.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jdump(ln, v, sep, ea)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep, ea)
        ln.t("]")
    else:
        ln.t(json.dumps(o, ensure_ascii=ea))


def jparts(o, sep=(",", ":"), ea=False):
    tmp = Line("tmp")
    jdump(tmp, o, sep, ea)
    return tmp.parts


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


def xe(ln, tag, val, cat=None):
    ln.t("<%s>" % tag)
    ln.p(xesc(val), cat) if cat else ln.t(xesc(val))
    ln.t("</%s>" % tag.split(" ")[0])
    return ln


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    now = datetime.datetime(2024, 3, 11, 5, 41, 7, 114000)


def tick(a=0.05, b=14.0):
    Clock.now += datetime.timedelta(seconds=R.uniform(a, b), microseconds=R.randint(0, 999))
    return Clock.now


def N():
    return Clock.now


def ms3(d):
    return "%03d" % (d.microsecond // 1000)


def ts_spring():
    d = N()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms3(d)


def ts_log4j():
    d = N()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms3(d)


def ts_serilog():
    d = N()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms3(d) + " -05:00"


def ts_iso():
    d = N()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "-05:00"


def ts_utc7():
    d = N() + datetime.timedelta(hours=5)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (d.microsecond * 10) + "Z"


def ts_utc3():
    d = N() + datetime.timedelta(hours=5)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "Z"


def ts_syslog():
    d = N()
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def ts_nginx():
    return N().strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_mssql():
    d = N()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (d.microsecond // 10000)


def ts_oracle():
    d = N()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % d.microsecond + "-05:00"


# --------------------------------------------------------------------------
# identifier helpers (valid check digits)
# --------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_npi(first="1"):
    body = first + digits(8)
    return body + luhn_digit("80840" + body)


def mk_dea(prefix, last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + asc(last)[0].upper() + "".join(map(str, d)) + str(chk)


def mk_imei():
    body = R.choice(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def mk_card():
    body = R.choice(["4", "4", "51", "55", "37"])
    ln = 15 if body == "37" else 16
    body = body + digits(ln - len(body) - 1)
    return body + luhn_digit(body)


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FT", "5YJ", "3VW", "1G1", "4T1", "JTD", "1C4"])
    vds = "".join(R.choice(alnum) for _ in range(5))
    yr = R.choice("DEFGHJKLMNP")
    plant = R.choice("ABCKLNPRSTU0123")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    return v[:8] + chk + v[9:]


def mk_mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice("0123456789") + R.choice(al) +
            R.choice(an) + R.choice("0123456789") + R.choice(al) + R.choice(al) + R.choice("0123456789") +
            R.choice("0123456789"))


def mk_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def uid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def asc(s):
    m = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Đ": "D", "đ": "d", "Æ": "AE", "æ": "ae"}
    s = "".join(m.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def U(s):
    return asc(s).upper()


def d8(d):
    return d.strftime("%Y%m%d")


def dI(d):
    return d.isoformat()


def dUS(d):
    return d.strftime("%m/%d/%Y")


def rdate(a, b):
    return a + datetime.timedelta(days=R.randint(0, (b - a).days))


TODAY = datetime.date(2024, 3, 11)


def age(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
ORIG = {
    "pl": (["Anna", "Katarzyna", "Zofia", "Grażyna"], ["Łukasz", "Tomasz", "Zbigniew"], ["Kowalczyk", "Nowak", "Wójcik", "Mazur"]),
    "yo": (["Folake", "Temitope", "Adaeze"], ["Oluwaseun", "Babatunde", "Chinedu"], ["Adeyemi", "Okonkwo", "Oyelaran", "Balogun"]),
    "vi": (["Thảo", "Lan", "Hương"], ["Minh", "Quang", "Đức"], ["Nguyễn", "Trần", "Phạm"]),
    "mx": (["Guadalupe", "María José", "Ximena"], ["José Luis", "Héctor", "Joaquín"], ["Hernández", "Castañeda", "Ruiz Ortega", "Villaseñor"]),
    "in": (["Priya", "Lakshmi", "Anjali"], ["Venkatesh", "Rohan", "Arjun"], ["Raghunathan", "Chakraborty", "Iyer", "Patel"]),
    "jp": (["Haruka", "Emiko"], ["Kenji", "Takumi"], ["Nakamura", "Fujiwara", "Takahashi"]),
    "ie": (["Siobhan", "Aoife", "Mary"], ["Declan", "Seamus", "Patrick"], ["O'Sullivan", "Brennan", "McNamara"]),
    "ar": (["Layla", "Noor", "Yasmin"], ["Karim", "Omar", "Youssef"], ["Khoury", "Al-Masri", "Nasser", "Saleh"]),
    "gr": (["Eleni", "Despina"], ["Konstantinos", "Giorgos"], ["Papadopoulos", "Karagiannis"]),
    "so": (["Hodan", "Amina"], ["Abdirahman", "Mohamed"], ["Warsame", "Farah"]),
    "kr": (["Ji-woo", "Seo-yeon"], ["Min-jun", "Dong-hyun"], ["Park", "Choi", "Kang"]),
    "us": (["Brittany", "Dorothy", "Tammy", "Kayla"], ["Dale", "Tyler", "Earl", "Cody"], ["Hensley", "Whitaker", "Pruitt", "Goins", "Shumaker"]),
    "de": (["Gerda", "Ingrid"], ["Jürgen", "Dieter"], ["Müller", "Schäfer"]),
    "ht": (["Rose-Marie", "Nadège"], ["Jean-Baptiste", "Wilner"], ["Pierre-Louis", "Desrosiers"]),
    "dk": (["Birgitte"], ["Søren"], ["Kjærgaard", "Østergaard"]),
}
MIDDLES = ["Marie", "Lee", "Ann", "James", "Elizabeth", "Ray", "Grace", "Ahmed", "Thi", "Van", "Renée"]
STREETS = ["N Kedzie Ave", "W Lawrence Ave", "S Grand Ave E", "E Washington St", "Lincolnwood Dr", "N Sheridan Rd",
           "W Jefferson St", "Oak Ridge Ct", "S 11th St", "Prairie View Ln", "N University St", "S Wabash Ave",
           "E Main St", "W Glen Ave", "Sunnyside Dr", "N Elm St", "Timber Creek Rd", "W Monroe St", "Cedar Bluff Rd",
           "Old Route 66", "N Knoxville Ave", "Broadway St", "W 63rd St", "S Cicero Ave", "Hawthorne Pl"]
APTS = ["Apt 2B", "Unit 311", "#4", "Apt 1R", "Lot 17", "Apt 3F"]
CITIES = [
    ("Chicago", "Cook", "IL", ["60618", "60625", "60640", "60629", "60614"], "773", 6),
    ("Springfield", "Sangamon", "IL", ["62702", "62703", "62704"], "217", 5),
    ("Peoria", "Peoria", "IL", ["61604", "61614"], "309", 3),
    ("Rockford", "Winnebago", "IL", ["61107", "61108"], "815", 2),
    ("Champaign", "Champaign", "IL", ["61820", "61821"], "217", 2),
    ("Joliet", "Will", "IL", ["60431", "60435"], "815", 2),
    ("Decatur", "Macon", "IL", ["62521", "62526"], "217", 2),
    ("Carbondale", "Jackson", "IL", ["62901"], "618", 1),
    ("Belleville", "St. Clair", "IL", ["62220", "62223"], "618", 2),
    ("Cicero", "Cook", "IL", ["60804"], "708", 1),
    ("Waukegan", "Lake", "IL", ["60085"], "847", 1),
    ("Quincy", "Adams", "IL", ["62301"], "217", 1),
    ("Moline", "Rock Island", "IL", ["61265"], "309", 1),
    ("Aurora", "Kane", "IL", ["60505", "60506"], "630", 1),
    ("Evansville", "Vanderburgh", "IN", ["47710", "47714"], "812", 1),
    ("St. Louis", "St. Louis City", "MO", ["63116", "63118"], "314", 1),
    ("Paducah", "McCracken", "KY", ["42001", "42003"], "270", 1),
    ("Kenosha", "Kenosha", "WI", ["53140", "53144"], "262", 1),
]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "att.net", "hotmail.com", "protonmail.com"]
IP_A = [73, 24, 68, 98, 107, 174, 99, 71, 76, 67, 108, 162]


def dl_for(state, last):
    L = U(last)[0]
    if state == "IL":
        return L + digits(11)
    if state == "IN":
        return digits(10)
    if state == "MO":
        return L + digits(9)
    if state == "KY":
        return L + digits(8)
    return L + digits(13)


def mk_phone(ac):
    return "%s-555-01%02d" % (ac, R.randint(0, 99))


def mk_person(orig, sex=None, old=False, used=None):
    fF, fM, lns = ORIG[orig]
    while True:
        sx = sex or R.choice("FM")
        first = R.choice(fF if sx == "F" else fM)
        last = R.choice(lns)
        if used is None or (first, last) not in used:
            break
    if used is not None:
        used.add((first, last))
    city = R.choices(CITIES, weights=[c[5] for c in CITIES])[0]
    if old:
        dob = rdate(datetime.date(1929, 5, 1), datetime.date(1934, 2, 20))
    else:
        dob = rdate(datetime.date(1944, 1, 1), datetime.date(2005, 12, 31))
    p = {
        "orig": orig, "sex": sx, "first": first, "last": last,
        "middle": R.choice(["", "", "", R.choice("ABCDEJKLMRST"), R.choice(MIDDLES)]),
        "suffix": R.choice(["", "", "", "", "", "", "JR", "III"]) if sx == "M" else "",
        "dob": dob,
        "street": "%d %s" % (R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99)]), R.choice(STREETS)),
        "apt": R.choice(["", "", "", R.choice(APTS)]),
        "city": city[0], "county": city[1], "state": city[2], "zip": R.choice(city[3]),
        "zip4": "%04d" % R.randint(1000, 9999),
        "phone": mk_phone(city[4]),
    }
    p["dl"] = dl_for(p["state"], last)
    p["ssn"] = mk_ssn()
    p["pid"] = "P%010d" % R.randint(1000000, 99999999)
    p["mrn"] = R.choice(["E%08d" % R.randint(10000000, 99999999), "MRN%07d" % R.randint(1000000, 9999999),
                         "%010d" % R.randint(10000000, 999999999)])
    p["medicaid"] = "%09d" % R.randint(100000000, 999999999)
    p["mbi"] = mk_mbi()
    a = asc(first).lower().replace(" ", "").replace("-", "").replace("'", "")
    b = asc(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    yy = "%02d" % (dob.year % 100)
    p["email"] = R.choice(["%s.%s%s" % (a, b, yy), "%s%s%s" % (a[0], b, R.randint(1, 99)), "%s_%s" % (b, a), "%s%s" % (a, yy)]) + "@" + R.choice(MAILS)
    p["user"] = R.choice(["%s%s%s" % (a[0], b, yy), "%s.%s" % (a, b), "%s_%s%d" % (a, b[0], R.randint(1, 99))])
    p["ip"] = "%d.%d.%d.%d" % (R.choice(IP_A), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
    p["imei"] = mk_imei()
    p["card"] = mk_card()
    p["fax"] = mk_phone(city[4])
    p["caseno"] = "CR-2024-%06d" % R.randint(1000, 99999)
    return p


USED = set()
PATIENTS = []
_origs = list(ORIG.keys())
for i in range(34):
    o = _origs[i % len(_origs)] if i < len(_origs) else R.choice(_origs)
    PATIENTS.append(mk_person(o, old=(i in (6, 12, 27)), used=USED))
# one non-US resident (passport id, PAT22 country)
PATIENTS[3]["nonus"] = "MX"
PATIENTS[3]["passport"] = "G%08d" % R.randint(10000000, 99999999)
PATIENTS[3]["curp"] = "CAHJ%02d%02d%02dHJCSRS%02d" % (PATIENTS[3]["dob"].year % 100, PATIENTS[3]["dob"].month,
                                                      PATIENTS[3]["dob"].day, R.randint(1, 9))
_w = [1.0 / (k + 1) ** 0.6 for k in range(len(PATIENTS))]
R.shuffle(_w)


def pat():
    return R.choices(PATIENTS, weights=_w)[0]


def relative(p):
    if "rel" not in p:
        r = mk_person(p["orig"], used=USED)
        if R.random() < 0.6:
            r["last"] = p["last"]
        r["street"], r["city"], r["zip"], r["state"] = p["street"], p["city"], p["zip"], p["state"]
        r["dl"] = dl_for(p["state"], r["last"])
        r["relcode"] = R.choice(["02", "03", "04"])
        r["reltext"] = {"02": "Parent/Guardian", "03": "Spouse", "04": "Caregiver"}[r["relcode"]]
        p["rel"] = r
    return p["rel"]


# staff look-alikes ---------------------------------------------------------
def mk_prescriber(last, first, mid, cred, spec, org):
    pre = {"NP": "M", "PA-C": "M"}.get(cred, R.choice("ABF"))
    lic = {"MD": "036.", "DO": "036.", "NP": "209.", "PA-C": "085.", "DDS": "019."}[cred] + "%06d" % R.randint(50000, 199999)
    return {"last": last, "first": first, "mid": mid, "cred": cred, "spec": spec, "org": org,
            "npi": mk_npi(), "dea": mk_dea(pre, last), "lic": lic, "csl": "336.%06d" % R.randint(10000, 99999),
            "phone": mk_phone(R.choice(["217", "309", "312", "618"])), "fax": mk_phone(R.choice(["217", "309", "312"]))}


PRESCRIBERS = [
    mk_prescriber("Haddad", "Samir", "N", "MD", "Family Medicine", "OSF Prairie Clinic"),
    mk_prescriber("Lindqvist", "Rebecca", "A", "DO", "Pain Medicine", "Heartland Pain Associates"),
    mk_prescriber("Tran", "Vivian", "L", "NP", "Psychiatry", "Lakeview Behavioral Health"),
    mk_prescriber("Castellanos", "Rafael", "", "MD", "Emergency Medicine", "Memorial Medical Center"),
    mk_prescriber("Weinberg", "Adam", "J", "DDS", "Oral Surgery", "Capitol Oral Surgery"),
    mk_prescriber("Balasubramanian", "Kavitha", "", "MD", "Internal Medicine", "Carle Northwest"),
    mk_prescriber("Kowalski", "Mark", "T", "PA-C", "Orthopedics", "Midwest Bone & Joint"),
    mk_prescriber("Mensah", "Abena", "K", "MD", "Addiction Medicine", "Southern Illinois Recovery Center"),
    mk_prescriber("Oduya", "Tobenna", "", "MD", "Oncology", "Memorial Medical Center"),
    mk_prescriber("Sørensen", "Henrik", "", "MD", "Anesthesiology", "Heartland Pain Associates"),
]
PHARM_RAW = [
    ("MIDWEST APOTHECARY #12", "1401 S MACARTHUR BLVD", "SPRINGFIELD", "62704", "217", "midwestapothecary"),
    ("PRAIRIE STATE PHARMACY", "310 W JEFFERSON ST", "PEORIA", "61602", "309", "prairiestaterx"),
    ("LAKESHORE DRUG #0417", "4455 N BROADWAY", "CHICAGO", "60640", "773", "lakeshoredrug"),
    ("RIVER VALLEY COMPOUNDING", "88 E MAIN ST", "CARBONDALE", "62901", "618", "rvcompounding"),
    ("NORTHFIELD HEALTH MART", "1920 RIDGE RD", "ROCKFORD", "61107", "815", "northfieldhm"),
    ("ST. ANSGAR OUTPATIENT PHARMACY", "800 E CARPENTER ST", "SPRINGFIELD", "62769", "217", "stansgar"),
    ("CORNERSTONE MAIL ORDER RX", "12700 S CICERO AVE", "ALSIP", "60803", "708", "cornerstonerx"),
]
PHARMS = []
for nm, st, ct, z, ac, dom in PHARM_RAW:
    ncpdp = "14" + digits(5)
    PHARMS.append({"name": nm, "street": st, "city": ct, "zip": z, "phone": mk_phone(ac), "dom": dom,
                   "npi": mk_npi(), "ncpdp": ncpdp, "dea": mk_dea(R.choice("BF"), nm), "sftp": "ncpdp" + ncpdp,
                   "ip": "10.20.%d.%d" % (R.randint(1, 30), R.randint(2, 250)),
                   "contact": "rx.compliance@%s.example.com" % dom, "chain": "%d" % R.randint(1, 999)})
PHARMACISTS = [
    {"last": "Kim", "first": "Daniel", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
    {"last": "Alvarez", "first": "Teresa", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
    {"last": "Novak", "first": "Petra", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
    {"last": "Osei", "first": "Kwame", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
    {"last": "Brandt", "first": "Lisa", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
    {"last": "Yilmaz", "first": "Emre", "npi": mk_npi(), "lic": "051.%06d" % R.randint(200000, 299999)},
]
DELEGATES = [
    {"first": "Jasmine", "last": "Rivera", "role": "RN", "user": "jrivera.osf", "email": "jasmine.rivera@osfprairie.example.org", "sup": 0},
    {"first": "Kyle", "last": "Dawson", "role": "MA", "user": "kdawson", "email": "kdawson@heartlandpain.example.com", "sup": 1},
    {"first": "Wei", "last": "Chen", "role": "LPN", "user": "wchen_lbh", "email": "wei.chen@lakeviewbh.example.org", "sup": 2},
    {"first": "Marisol", "last": "Fuentes", "role": "PharmTech", "user": "mfuentes", "email": "mfuentes@memorialmc.example.org", "sup": 3},
    {"first": "Obinna", "last": "Eze", "role": "RN", "user": "oeze.sirc", "email": "o.eze@sirecovery.example.org", "sup": 7},
    {"first": "Hannah", "last": "Voss", "role": "MA", "user": "hvoss", "email": "hannah.voss@carle-nw.example.org", "sup": 5},
]
PMP_STAFF = ["kmorrison", "tbakshi", "lgreene", "svc_ch_ingest", "dpetrakis"]
EHR_CLIENTS = ["epic-osf-prod", "cerner-memorial-prod", "athena-iccp", "allscripts-southern", "pioneer-rx-hub", "epic-carle-prod"]
STATES = ["IN", "MO", "KY", "WI", "IA", "MI", "OH", "TN", "MN", "AR"]
DRUGS = [
    ("oxyCODONE HCl 10 MG Oral Tablet", "00406055262", "1049621", [60, 90, 120], [15, 30]),
    ("HYDROcodone Bitartrate-Acetaminophen 5-325 MG Oral Tablet", "00406012301", "857005", [12, 20, 30], [3, 5, 7]),
    ("ALPRAZolam 0.5 MG Oral Tablet", "00228202910", "308048", [30, 60], [30]),
    ("Buprenorphine HCl-Naloxone HCl 8-2 MG Sublingual Film", "12496120803", "1010606", [14, 28, 56], [7, 14, 28]),
    ("Amphetamine-Dextroamphetamine 20 MG Oral Tablet", "00555097302", "541363", [30, 60], [30]),
    ("traMADol HCl 50 MG Oral Tablet", "57664037788", "835603", [20, 30, 60], [5, 10, 30]),
    ("LORazepam 1 MG Oral Tablet", "00591024101", "197901", [30, 60], [30]),
    ("Methylphenidate HCl ER 36 MG Oral Tablet", "00591271701", "1091170", [30], [30]),
    ("Zolpidem Tartrate 10 MG Oral Tablet", "68180075802", "854873", [30], [30]),
    ("Pregabalin 75 MG Oral Capsule", "00071101568", "483440", [60], [30]),
]
HOSTS = {"ingest": "ch-ingest-02", "link": "ch-link-01", "gw": "pmp-gw-03", "hub": "pmp-hub-01", "portal": "citizen-web-01"}


def mk_disp(p):
    drug = R.choice(DRUGS)
    filled = rdate(datetime.date(2024, 2, 9), datetime.date(2024, 3, 10))
    written = filled - datetime.timedelta(days=R.choice([0, 0, 1, 2, 3, 6, 13, 27]))
    return {"rx": "%07d" % R.randint(1000000, 9999999), "written": written, "filled": filled,
            "sold": filled + datetime.timedelta(days=R.choice([0, 0, 0, 1, 2])),
            "refills": R.choice(["0", "0", "1", "2", "5"]), "refno": R.choice(["0", "0", "0", "1", "2"]),
            "drug": drug, "qty": R.choice(drug[3]), "days": R.choice(drug[4]),
            "pay": R.choice(["01", "02", "03", "04", "04", "04", "07"]), "pre": R.choice(PRESCRIBERS),
            "pha": R.choice(PHARMS), "rph": R.choice(PHARMACISTS),
            "erx": R.choice(["", "", hexs(10).upper()]), "id": R.randint(88000000, 88999999),
            "form": R.choice(["01", "05", "05", "05", "04", "02"])}


def mk_fname(ph):
    t = N()
    return "ASAP42_%s_%s.dat" % (ph["ncpdp"], t.strftime("%Y%m%d%H%M%S"))


# --------------------------------------------------------------------------
# ASAP 4.2 segments
# --------------------------------------------------------------------------
def seg(ln, name, fields, term="~"):
    last = -1
    for i, f in enumerate(fields):
        v = f[0] if isinstance(f, tuple) else f
        if v != "":
            last = i
    ln.t(name)
    for f in fields[:last + 1]:
        ln.t("*")
        if isinstance(f, tuple):
            if f[0]:
                ln.p(f[0], f[1])
        else:
            ln.t(f)
    ln.t(term)
    return ln


def pat_fields(p, idq=None, over=None):
    over = over or {}
    if p.get("nonus"):
        idq = "05"
    if idq is None:
        idq = R.choice(["06", "06", "06", "02", "07", "07"])
    if idq == "07":
        idv = (p["ssn"].replace("-", ""), "ssn")
    elif idq == "05":
        idv = (p["passport"], "other_id")
    else:
        idv = (p["dl"], "license")
    jur = "" if idq == "05" else p["state"]
    f = [jur, idq, idv, "", "", "", (U(p["last"]), "name"), (U(p["first"]), "name"),
         (U(p["middle"]), "name"), "", (p["suffix"], "name"),
         (U(p["street"]), "address"), (U(p["apt"]), "address"), (U(p["city"]), "address"), p["state"],
         (p["zip"], "zip"), (p["phone"].replace("-", ""), "phone"), (d8(p["dob"]), "date"), p["sex"], "01", "01",
         p.get("nonus", "")]
    idx = {"PAT03": 2, "PAT07": 6, "PAT08": 7, "PAT12": 11, "PAT14": 13, "PAT16": 15, "PAT17": 16, "PAT18": 17, "PAT19": 18}
    for k, v in over.items():
        i = idx[k]
        old = f[i]
        f[i] = (v, old[1]) if isinstance(old, tuple) else v
    return f


def dsp_fields(d, over=None, status="00"):
    over = over or {}
    f = [status, d["rx"], (d8(d["written"]), "date"), d["refills"], (d8(d["filled"]), "date"), d["refno"], "01",
         d["drug"][1], str(d["qty"]), str(d["days"]), "01", d["form"], "00", d["rph"]["npi"], d["rph"]["lic"],
         d["pay"], (d8(d["sold"]), "date"), "06" if R.random() < 0.3 else "", d["drug"][2] if R.random() < 0.3 else "",
         d["erx"], ""]
    if f[17] and not f[18]:
        f[18] = d["drug"][2]
    if not f[17] and f[18]:
        f[17] = "06"
    idx = {"DSP03": 2, "DSP05": 4, "DSP08": 7, "DSP09": 8, "DSP10": 9, "DSP16": 15, "DSP17": 16}
    for k, v in over.items():
        i = idx[k]
        old = f[i]
        f[i] = (v, old[1]) if isinstance(old, tuple) else v
    return f


def pre_fields(pr, over=None):
    over = over or {}
    f = [pr["npi"], over.get("PRE02", pr["dea"]), "", pr["lic"], U(pr["last"]), U(pr["first"]), U(pr["mid"]),
         pr["phone"].replace("-", "")]
    return f


def pha_fields(ph):
    return [ph["npi"], ph["ncpdp"], ph["dea"], ph["name"], ph["street"], "", ph["city"], "IL", ph["zip"],
            ph["phone"].replace("-", ""), "", ph["chain"]]


def air_fields(p, d):
    if R.random() < 0.45:
        who, rel = p, "01"
    else:
        who = relative(p)
        rel = who["relcode"]
    return ["IL", "SP%07d" % R.randint(100000, 9999999), "IL", "06", (who["dl"], "license"), rel,
            (U(who["last"]), "name"), (U(who["first"]), "name"), U(d["rph"]["last"]), U(d["rph"]["first"])]


# --------------------------------------------------------------------------
# logback / spring helpers
# --------------------------------------------------------------------------
def lb_logger(name, width=39):
    parts = name.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    s = ".".join(parts)
    if len(s) > 40:
        s = s[-40:]
    return s.ljust(40)


def lb_thread(t):
    return t[-15:].rjust(15)


def spring(fam, level, pid, thread, logger, a=0.05, b=6.0):
    tick(a, b)
    ln = Line(fam)
    ln.t("%s %5s %d --- [%s] %s : " % (ts_spring(), level, pid, lb_thread(thread), lb_logger(logger)))
    return ln


def serilog(fam, level, ctx=None, a=0.05, b=6.0):
    tick(a, b)
    ln = Line(fam)
    ln.t("%s [%s] " % (ts_serilog(), level))
    if ctx:
        ln.t("[%s] " % ctx)
    return ln


def log4j(fam, level, thread, logger, a=0.05, b=6.0):
    tick(a, b)
    ln = Line(fam)
    ln.t("%s %-5s [%s] %s - " % (ts_log4j(), level, thread, logger))
    return ln


def nm_lf(p, upper=True):
    return ("%s, %s" % (U(p["last"]), U(p["first"]))) if upper else ("%s, %s" % (p["last"], p["first"]))


PID_ING, PID_LNK, PID_HUB = 4412, 27731, 3318
STATE = {"files": [], "ctrl": 880412, "fileid": 8841190, "report": 2206113, "job": 1187}


# --------------------------------------------------------------------------
# blocks
# --------------------------------------------------------------------------
def blk_sftp():
    ph = R.choice(PHARMS)
    out = []
    sp = R.randint(30000, 65000)
    pid = R.randint(40000, 60000)
    port = R.randint(40000, 65000)
    host = R.choice(["sftp-ch01", "sftp-ch02"])

    def L():
        tick(0.1, 2.5)
        ln = Line("sshd-sftp")
        return ln

    tick(5, 40)
    out.append(Line("sshd-sftp").t("%s %s sshd[%d]: Connection from %s port %d on 10.20.0.5 port 22 rdomain \"\"" % (ts_syslog(), host, pid, ph["ip"], port)))
    out.append(L().t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (ts_syslog(), host, pid, ph["sftp"], ph["ip"], port, b64r(32).rstrip("="))))
    out.append(L().t("%s %s sshd[%d]: pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)" % (ts_syslog(), host, pid, ph["sftp"], 2100 + PHARMS.index(ph))))
    out.append(L().t("%s %s internal-sftp[%d]: session opened for local user %s from [%s]" % (ts_syslog(), host, pid + 2, ph["sftp"], ph["ip"])))
    fn = mk_fname(ph)
    STATE["files"].append((fn, ph))
    out.append(L().t("%s %s internal-sftp[%d]: open \"/inbound/asap42/%s.part\" flags WRITE,CREATE,TRUNCATE mode 0640" % (ts_syslog(), host, pid + 2, fn)))
    size = R.randint(2000, 400000)
    out.append(L().t("%s %s internal-sftp[%d]: close \"/inbound/asap42/%s.part\" bytes read 0 written %d" % (ts_syslog(), host, pid + 2, fn, size)))
    out.append(L().t("%s %s internal-sftp[%d]: rename old \"/inbound/asap42/%s.part\" new \"/inbound/asap42/%s\"" % (ts_syslog(), host, pid + 2, fn, fn)))
    out.append(L().t("%s %s internal-sftp[%d]: session closed for local user %s from [%s]" % (ts_syslog(), host, pid + 2, ph["sftp"], ph["ip"])))
    if R.random() < 0.4:
        out.append(L().t("%s %s sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (ts_syslog(), host, pid, ph["ip"], port)))
    k = R.randint(4, len(out))
    return out[:k] if R.random() < 0.3 else out


def blk_ingest_clean():
    out = []
    if STATE["files"] and R.random() < 0.7:
        fn, ph = STATE["files"][-1]
    else:
        ph = R.choice(PHARMS)
        fn = mk_fname(ph)
    lg = "org.ilpmp.clearinghouse.ingest.AsapFileProcessor"
    thr = "sftp-poller-%d" % R.randint(1, 4)
    n = R.randint(12, 900)
    out.append(spring("spring-ingest", "INFO", PID_ING, "scheduling-1", "org.ilpmp.clearinghouse.ingest.InboundPoller").t(
        "Polling /inbound/asap42: %d new file(s), %d in progress" % (R.randint(1, 14), R.randint(0, 3))))
    out.append(spring("spring-ingest", "INFO", PID_ING, thr, lg).t(
        "Received %s (%d bytes, sha256=%s) from sftp user %s" % (fn, R.randint(3000, 400000), hexs(64), ph["sftp"])))
    STATE["ctrl"] += R.randint(1, 40)
    out.append(spring("spring-ingest", "DEBUG", PID_ING, thr, "org.ilpmp.clearinghouse.asap.AsapHeaderParser").t(
        "TH: version=4.2 control=%d type=01 created=%s %s fileType=P segTerm='~' elemSep='*'" % (STATE["ctrl"], N().strftime("%Y%m%d"), N().strftime("%H%M%S"))))
    a = R.randint(5, n)
    r = R.random()
    if r < 0.85:
        dsp = a + R.randint(0, 9)
        cdi, air = R.randint(0, 3), R.randint(0, 5)
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, lg, 0.5, 9).t(
            "Parsed %s: segments=%d PHA=1 PAT=%d DSP=%d PRE=%d CDI=%d AIR=%d in %d ms" % (fn, 5 + a + 2 * dsp + cdi + air, a, dsp, dsp, cdi, air, R.randint(80, 9000))))
    STATE["report"] += 1
    if r < 0.6:
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, lg).t(
            "%s ACCEPTED with %d warning(s); errorReportId=ER%d" % (fn, R.randint(0, 6), STATE["report"])))
    elif r < 0.85:
        out.append(spring("spring-ingest", "WARN", PID_ING, thr, lg).t(
            "%s REJECTED: %d fatal error(s); notification queued for %s (cc noreply@ilpmp.example.org)" % (fn, R.randint(1, 4), ph["contact"])))
    else:
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, "org.ilpmp.clearinghouse.ingest.ZeroReportHandler").t(
            "Zero report accepted for NCPDP %s reporting period 2024-03-10 (pharmacy %s)" % (ph["ncpdp"], ph["name"])))
    extra = R.choice([
        ("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Connection is not available, request timed out after 30000ms."),
        ("INFO", "org.ilpmp.clearinghouse.store.DispensationWriter", "Committed %d dispensations in batch %d (%d ms)" % (R.randint(100, 500), R.randint(10000, 99999), R.randint(40, 900))),
        ("WARN", "org.ilpmp.clearinghouse.compliance.LateSubmissionMonitor", "Late submission: NCPDP %s last upload 2024-03-08T23:14:02-06:00 exceeds 1 business day" % R.choice(PHARMS)["ncpdp"]),
        ("INFO", "org.ilpmp.clearinghouse.ingest.NdcReferenceCache", "NDC reference refreshed: 412,087 products (source=FDA NDC 2024-03-08, delta=+1,204)"),
        ("DEBUG", "org.ilpmp.clearinghouse.ingest.AsapFileProcessor", "Moved %s to /archive/2024/03/11/ (retention 1826 days)" % fn),
    ])
    out.append(spring("spring-ingest", extra[0], PID_ING, thr, extra[1]).t(extra[2]))
    return out


def blk_ingest_phi(k=None):
    out = []
    p = pat()
    d = mk_disp(p)
    thr = "sftp-poller-%d" % R.randint(1, 4)
    lg = "org.ilpmp.clearinghouse.ingest.AsapFileProcessor"
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        out.append(spring("spring-ingest", "WARN", PID_ING, thr, "org.ilpmp.clearinghouse.store.DuplicateDetector").m(
            "Duplicate dispensation ignored (DSP01=00) rx=%s fill=" % d["rx"], (dI(d["filled"]), "date"),
            " ndc=%s ncpdp=%s patient=" % (d["drug"][1], d["pha"]["ncpdp"]), (nm_lf(p), "name"), " dob=", (dI(p["dob"]), "date")))
    elif k == 1:
        out.append(spring("spring-ingest", "WARN", PID_ING, thr, "org.ilpmp.clearinghouse.asap.PatientIdPolicy").m(
            "PAT02=07 (SSN) used as patient identifier by NCPDP %s; value " % d["pha"]["ncpdp"], (p["ssn"].replace("-", ""), "ssn"),
            " will be tokenized before persistence"))
    elif k == 2:
        old = "%d %s" % (R.randint(100, 9999), R.choice(STREETS))
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, "org.ilpmp.clearinghouse.store.CorrectionApplier").m(
            "Applied correction DSP01=01 to dispensation %d: PAT12 '" % d["id"], (U(old), "address"), "' -> '",
            (U(p["street"]), "address"), "', PAT14 '", (U(p["city"]), "address"), "', PAT16 '", (p["zip"], "zip"), "'"))
    elif k == 3:
        out.append(spring("spring-ingest", "ERROR", PID_ING, thr, lg).m(
            "Record %d rejected: PAT18 '" % R.randint(2, 400), (bad_dob(p), "date"),
            "' is not a valid CCYYMMDD date (patient ", (nm_lf(p), "name"), ", rx %s)" % d["rx"]))
    elif k == 4:
        out.append(spring("spring-ingest", "DEBUG", PID_ING, thr, "org.ilpmp.clearinghouse.asap.PatSegmentMapper").m(
            "PAT -> Patient[last=", (U(p["last"]), "name"), ", first=", (U(p["first"]), "name"), ", dob=",
            (dI(p["dob"]), "date"), ", sex=%s, zip=" % p["sex"], (p["zip"], "zip"), ", idQual=06, idValue=",
            (p["dl"], "license"), "]"))
    else:
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, "org.ilpmp.clearinghouse.store.VoidProcessor").m(
            "Void (DSP01=02) matched original rx=%s filled=" % d["rx"], (d8(d["filled"]), "date"),
            " for patient ", (p["pid"], "mrn"), "; 1 row marked VOIDED"))
    if R.random() < 0.5:
        out.append(spring("spring-ingest", "INFO", PID_ING, thr, "org.ilpmp.clearinghouse.store.DispensationWriter").t(
            "Committed %d dispensations in batch %d (%d ms)" % (R.randint(100, 500), R.randint(10000, 99999), R.randint(40, 900))))
    return out


def blk_asap_dump():
    out = []
    ph = R.choice(PHARMS)
    fn = mk_fname(ph)
    out.append(spring("spring-ingest", "DEBUG", PID_ING, "sftp-poller-%d" % R.randint(1, 4),
                      "org.ilpmp.clearinghouse.ingest.RejectedFileDumper").t(
        "Dumping %s (status=REJECTED, reason=TT02 count mismatch) for support ticket INC%07d" % (fn, R.randint(1000000, 9999999))))
    STATE["ctrl"] += R.randint(1, 30)
    ctrl = str(STATE["ctrl"])
    segs = []
    segs.append(seg(Line("asap42"), "TH", ["4.2", ctrl, "01", "", N().strftime("%Y%m%d"), N().strftime("%H%M%S"), "P", "", "~~"], term=""))
    segs.append(seg(Line("asap42"), "IS", [ph["phone"].replace("-", ""), ph["name"], "#%s#" % (N().date() - datetime.timedelta(days=1)).strftime("%Y%m%d")]))
    segs.append(seg(Line("asap42"), "PHA", pha_fields(ph)))
    det = 0
    for _ in range(R.choice([1, 1, 2])):
        p = pat()
        segs.append(seg(Line("asap42"), "PAT", pat_fields(p)))
        for _ in range(R.choice([1, 1, 1, 2])):
            d = mk_disp(p)
            d["pha"] = ph
            segs.append(seg(Line("asap42"), "DSP", dsp_fields(d)))
            segs.append(seg(Line("asap42"), "PRE", pre_fields(d["pre"])))
            det += 2
            if ph["name"].startswith("RIVER") and R.random() < 0.7:
                segs.append(seg(Line("asap42"), "CDI", ["1", "01", d["drug"][1], "%.1f" % R.uniform(1, 30), "03"]))
                det += 1
            if R.random() < 0.3:
                segs.append(seg(Line("asap42"), "AIR", air_fields(p, d)))
                det += 1
        det += 1
    segs.append(seg(Line("asap42"), "TP", [str(det + 2)]))
    segs.append(seg(Line("asap42"), "TT", [ctrl, str(len(segs) + 2)]))
    return out + segs


ERR_PHI = [
    ("PAT", "PAT18", "E", "A1018", "Date of Birth is invalid or in the future"),
    ("PAT", "PAT16", "E", "A1016", "Patient ZIP Code must be 5 or 9 digits"),
    ("PAT", "PAT07", "E", "A1007", "Patient Last Name is required"),
    ("PAT", "PAT03", "W", "A1003", "Patient ID format does not match ID qualifier for jurisdiction"),
    ("PAT", "PAT17", "W", "A1017", "Patient phone number must be 10 digits"),
    ("DSP", "DSP05", "E", "A2005", "Date Filled cannot be after the file creation date"),
    ("DSP", "DSP03", "W", "A2003", "Date Written is more than 365 days before Date Filled"),
]
ERR_CLEAN = [
    ("DSP", "DSP08", "W", "A2008", "NDC not found in product reference file", lambda: R.choice(DRUGS)[1][:9] + "%02d" % R.randint(90, 99)),
    ("DSP", "DSP09", "E", "A2009", "Quantity Dispensed must be greater than zero", lambda: "0"),
    ("DSP", "DSP10", "W", "A2010", "Days Supply exceeds 365", lambda: str(R.randint(366, 999))),
    ("PRE", "PRE02", "E", "A3002", "Prescriber DEA number failed check digit validation", None),
    ("PRE", "PRE01", "W", "A3001", "Prescriber NPI not found in NPPES extract", lambda: mk_npi()[:9] + "0"),
    ("PHA", "PHA03", "E", "A4003", "Pharmacy DEA registration expired", None),
    ("TT", "TT02", "E", "A9002", "Segment count does not match number of segments received", lambda: str(R.randint(100, 2000))),
    ("DSP", "DSP16", "W", "A2016", "Payment type code not in code list", lambda: "08"),
]


def bad_dea(dea):
    last = int(dea[-1])
    return dea[:-1] + str((last + R.randint(1, 9)) % 10)


def bad_dob(p):
    d = p["dob"]
    opts = ["%d%02d%s" % (d.year, d.month, "31" if d.month in (2, 4, 6, 9, 11) else "32"),
            "2024%s" % d8(d)[4:], "%d%02d00" % (d.year, d.month)]
    if d.year % 4:
        opts.append("%d0229" % d.year)
    return R.choice(opts)


def err_phi_value(code, p, d):
    """returns (over-dict for segment, submitted value, category)"""
    if code == "PAT18":
        v = bad_dob(p)
        return {"PAT18": v}, v, "date"
    if code == "PAT16":
        v = p["zip"][:4]
        return {"PAT16": v}, v, "zip"
    if code == "PAT07":
        return {"PAT07": ""}, "", None
    if code == "PAT03":
        if p.get("nonus"):
            v = p["passport"][1:]
            return {"PAT03": v}, v, "other_id"
        v = p["dl"][1:]
        return {"PAT03": v}, v, "license"
    if code == "PAT17":
        v = p["phone"].replace("-", "")[3:]
        return {"PAT17": v}, v, "phone"
    if code == "DSP05":
        v = d8(TODAY + datetime.timedelta(days=R.randint(2, 40)))
        return {"DSP05": v}, v, "date"
    v = d8(d["filled"] - datetime.timedelta(days=R.randint(380, 700)))
    return {"DSP03": v}, v, "date"


def blk_errrpt():
    out = []
    ph = R.choice(PHARMS)
    if STATE["files"] and R.random() < 0.5:
        fn, ph = STATE["files"][-1]
    else:
        fn = mk_fname(ph)
    STATE["fileid"] += R.randint(1, 20)
    style = R.choice(["txt", "txt", "csv", "json"])
    nerr = R.randint(2, 5)
    errs = []
    for _ in range(nerr):
        if R.random() < 0.7:
            errs.append(("phi", R.choice(ERR_PHI)))
        else:
            errs.append(("clean", R.choice(ERR_CLEAN)))
    errs.sort(key=lambda e: e[1][0])
    recs = sorted(R.sample(range(3, 900), nerr))
    if style == "txt":
        tick(1, 20)
        out.append(Line("asap-errrpt").t("PMP CLEARINGHOUSE :: ASAP 4.2 FILE ERROR REPORT  (generated %s CDT)" % N().strftime("%m/%d/%Y %H:%M:%S")))
        out.append(Line("asap-errrpt").t("File ID: %d   File Name: %s   Received: %s CDT" % (STATE["fileid"], fn, (N() - datetime.timedelta(minutes=R.randint(1, 9))).strftime("%m/%d/%Y %H:%M"))))
        if R.random() < 0.5:
          out.append(Line("asap-errrpt").t("Submitter: %s (NCPDP %s, NPI %s, DEA %s)  Contact: %s  Phone: %s" % (ph["name"], ph["ncpdp"], ph["npi"], ph["dea"], ph["contact"], ph["phone"])))
        tot = R.randint(40, 1400)
        out.append(Line("asap-errrpt").t("Records: %d   Accepted: %d   Errors: %d   Warnings: %d" % (tot, tot - nerr, sum(1 for e in errs if e[1][2] == "E"), sum(1 for e in errs if e[1][2] == "W"))))
        if R.random() < 0.5:
            out.append(Line("asap-errrpt").t("Rec#   Seg  Field  Sev  Code   Message"))
    elif style == "csv":
        tick(1, 20)
        out.append(Line("asap-errcsv").t('"FileId","FileName","RecordNumber","Segment","Element","Severity","ErrorCode","Message","SubmittedValue","SegmentText"'))
    for (kind, e), rec in zip(errs, recs):
        p = pat()
        d = mk_disp(p)
        d["pha"] = ph
        segname, field, sev, code, msg = e[:5]
        if kind == "phi":
            over, val, vcat = err_phi_value(field, p, d)
            sl = Line("x")
            if segname == "PAT":
                seg(sl, "PAT", pat_fields(p, over=over))
            else:
                seg(sl, "DSP", dsp_fields(d, over=over))
            segparts = sl.parts
        else:
            vcat = None
            if field == "PRE02":
                val = bad_dea(d["pre"]["dea"])
                sl = seg(Line("x"), "PRE", pre_fields(d["pre"], {"PRE02": val}))
            elif field == "PHA03":
                val = ph["dea"]
                sl = seg(Line("x"), "PHA", pha_fields(ph))
            elif field == "TT02":
                val = e[5]()
                sl = seg(Line("x"), "TT", [str(STATE["ctrl"]), val])
            else:
                val = e[5]()
                sl = None
            segparts = sl.parts if sl else []
        if style == "txt":
            ln = Line("asap-errrpt").t("%05d  %-3s  %-5s  %s    %s  %s. Submitted value: " % (rec, segname, field, sev, code, msg))
            if val:
                ln.p(val, vcat) if vcat else ln.t(val)
            else:
                ln.t("<empty>")
            out.append(ln)
            if segparts:
                ln2 = Line("asap-errrpt").t("       > ")
                ln2.parts.extend(segparts)
                out.append(ln2)
        elif style == "csv":
            ln = Line("asap-errcsv").t('"%d","%s","%d","%s","%s","%s","%s","%s","' % (STATE["fileid"], fn, rec, segname, field, {"E": "ERROR", "W": "WARNING"}[sev], code, msg))
            if val:
                ln.p(val, vcat) if vcat else ln.t(val)
            ln.t('","')
            ln.parts.extend((s.replace('"', '""'), c) for s, c in segparts)
            ln.t('"')
            out.append(ln)
        else:
            pass
        if style == "json":
            errs_json = errs  # handled below
    if style == "json":
        tick(1, 20)
        ln = Line("asap-errjson")
        ln.t("%s INFO  [http-nio-8443-exec-%d] o.i.c.api.SubmissionStatusController - GET /api/v1/submissions/%d/errors -> " % (ts_log4j(), R.randint(1, 12), STATE["fileid"]))
        items = []
        for (kind, e), rec in zip(errs, recs):
            p = pat()
            d = mk_disp(p)
            segname, field, sev, code, msg = e[:5]
            item = {"recordNumber": rec, "segment": segname, "element": field, "severity": sev, "code": code, "message": msg}
            if kind == "phi":
                over, val, vcat = err_phi_value(field, p, d)
                item["submittedValue"] = P(val, vcat) if vcat else val
                sl = Line("x")
                seg(sl, segname, pat_fields(p, over=over) if segname == "PAT" else dsp_fields(d, over=over))
                # embed segment text as JSON string, escaping per part
                item["segmentText"] = sl
            else:
                item["submittedValue"] = e[5]() if e[5] else bad_dea(d["pre"]["dea"]) if field == "PRE02" else ph["dea"]
                item["segmentText"] = None
            items.append(item)
        body = {"fileId": STATE["fileid"], "fileName": fn, "ncpdp": ph["ncpdp"], "status": "ACCEPTED_WITH_ERRORS", "errorCount": len(items)}
        ln.t("{")
        first = True
        for k, v in body.items():
            ln.t(("" if first else ",") + json.dumps(k) + ":" + json.dumps(v))
            first = False
        ln.t(',"errors":[')
        for i, it in enumerate(items):
            if i:
                ln.t(",")
            ln.t("{")
            j = 0
            for k, v in it.items():
                ln.t(("," if j else "") + json.dumps(k) + ":")
                j += 1
                if isinstance(v, Line):
                    ln.t('"')
                    for s, c in v.parts:
                        ln.parts.append((json.dumps(s)[1:-1], c))
                    ln.t('"')
                else:
                    jdump(ln, v)
            ln.t("}")
        ln.t("]}")
        out.append(ln)
    return out


def fmt_dur(td):
    ms = int(td.total_seconds() * 1000)
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    sec, ms = divmod(ms, 1000)
    if h:
        return "%dh%dm%ds%dms" % (h, m, sec, ms)
    if m:
        return "%dm%ds%dms" % (m, sec, ms)
    if sec:
        return "%ds%dms" % (sec, ms)
    return "%dms" % ms


def blk_linker():
    out = []
    STATE["job"] += 1
    params = "[{asOfDate=2024-03-10, chunkSize=500, run.id=%d}]" % STATE["job"]
    out.append(spring("spring-batch", "INFO", PID_LNK, "main", "org.springframework.batch.core.launch.support.SimpleJobLauncher", 2, 30).t(
        "Job: [FlowJob: [name=patientLinkingJob]] launched with the following parameters: %s" % params))
    jstart = N()
    steps = ["loadUnlinkedDispensations", "blockCandidates", "scoreCandidates", "applyLinks", "mergeSurvivors"]
    i0 = R.randint(0, 3)
    for step in steps[i0:i0 + 2]:
        out.append(spring("spring-batch", "INFO", PID_LNK, "main", "org.springframework.batch.core.job.SimpleStepHandler", 0, 0.02).t(
            "Executing step: [%s]" % step))
        st = N()
        out.append(spring("spring-batch", "INFO", PID_LNK, "main", "org.springframework.batch.core.step.AbstractStep", 20, 200).t(
            "Step: [%s] executed in %s" % (step, fmt_dur(N() - st))))
    if R.random() < 0.5:
        out.append(spring("spring-batch", "INFO", PID_LNK, "linker-pool-%d" % R.randint(1, 8), "org.ilpmp.link.ChunkListener").t(
            "Chunk committed: read=500 written=%d filtered=%d skip=0 (%d ms)" % (R.randint(480, 500), R.randint(0, 20), R.randint(300, 4000))))
    proc = R.randint(2000, 9000)
    auto = proc - R.randint(150, 900)
    newp = R.randint(40, 120)
    out.append(spring("spring-batch", "INFO", PID_LNK, "main", "org.ilpmp.link.LinkSummaryListener").t(
        "Linking summary: processed=%d autoLinked=%d newPatients=%d manualReview=%d rejected=0 elapsed=PT%.3fS" % (
            proc, auto, newp, proc - auto - newp, (N() - jstart).total_seconds())))
    out.append(spring("spring-batch", "INFO", PID_LNK, "main", "org.springframework.batch.core.launch.support.SimpleJobLauncher", 0, 0.3).t(
        "Job: [FlowJob: [name=patientLinkingJob]] completed with the following parameters: %s and the following status: [COMPLETED] in %s" % (params, fmt_dur(N() - jstart))))
    return out


def blk_linker_phi(k=None):
    out = []
    thr = "linker-pool-%d" % R.randint(1, 8)
    p = pat()
    d = mk_disp(p)
    k = R.randint(0, 6) if k is None else k
    score = R.uniform(0.86, 0.999)
    if k == 0:
        first2 = U(p["first"])
        alt = first2[:-1] if len(first2) > 3 else first2
        out.append(spring("spring-batch", "DEBUG", PID_LNK, thr, "org.ilpmp.link.ScoringProcessor").m(
            "Compare src=DSP:%d cand=" % d["id"], (p["pid"], "mrn"), " {lastName: '", (U(p["last"]), "name"), "'~'",
            (U(p["last"]), "name"), "' jw=1.000, firstName: '", (first2, "name"), "'~'", (alt, "name"),
            "' jw=%.3f, dob: " % R.uniform(0.9, 0.99), (dI(p["dob"]), "date"), "~", (dI(p["dob"]), "date"),
            " exact, zip5: ", (p["zip"], "zip"), "~", (p["zip"], "zip"), "} score=%.3f decision=AUTO_LINK" % score))
        out.append(spring("spring-batch", "INFO", PID_LNK, thr, "org.ilpmp.link.LinkWriter").m(
            "Linked dsp=%d -> patient " % d["id"], (p["pid"], "mrn"), " score=%.3f rule=R2_NAME_DOB_ZIP" % score))
    elif k == 1:
        q = pat()
        out.append(spring("spring-batch", "WARN", PID_LNK, thr, "org.ilpmp.link.ReviewQueueWriter").m(
            "Manual review: ", (p["pid"], "mrn"), " vs ", (q["pid"], "mrn"),
            " score=%.3f threshold=0.850 reasons=[FIRST_NAME_VARIANT, ADDRESS_CHANGED] task=%d" % (R.uniform(0.7, 0.849), R.randint(100000, 199999))))
    elif k == 2:
        old = R.choice([x for x in PATIENTS if x["dob"].year < 1935])
        out.append(spring("spring-batch", "DEBUG", PID_LNK, thr, "org.ilpmp.link.rules.DobToleranceRule").m(
            "Candidate ", (old["pid"], "mrn"), " age=", (str(age(old["dob"])), "age"),
            " (>89): applying DOB transposition tolerance; dob=", (dI(old["dob"]), "date")))
    elif k == 3:
        dup = "P%010d" % R.randint(1000000, 99999999)
        out.append(spring("spring-batch", "INFO", PID_LNK, thr, "org.ilpmp.link.MergeService").m(
            "Merged patient ", (dup, "mrn"), " into ", (p["pid"], "mrn"),
            " (survivor): moved %d dispensations, %d aliases, 0 conflicts" % (R.randint(1, 60), R.randint(0, 4))))
    elif k == 4:
        for i, (typ, val, cat) in enumerate([("VARCHAR", U(p["last"]), "name"), ("VARCHAR", U(p["first"]), "name"),
                                             ("DATE", dI(p["dob"]), "date"), ("VARCHAR", p["zip"], "zip"),
                                             ("BIGINT", str(d["id"]), None)]):
            ln = spring("hibernate-trace", "TRACE", PID_LNK, thr, "org.hibernate.type.descriptor.sql.BasicBinder", 0, 0.01)
            ln.t("binding parameter [%d] as [%s] - [" % (i + 1, typ))
            ln.p(val, cat) if cat else ln.t(val)
            ln.t("]")
            out.append(ln)
    elif k == 5:
        out.append(spring("spring-batch", "DEBUG", PID_LNK, thr, "org.ilpmp.link.blocking.BlockingKeyBuilder").m(
            "keys for dsp=%d: [SNDX_LN_DOB=%s|" % (d["id"], "X" + digits(3)), (d8(p["dob"]), "date"), ", FN3_ZIP=",
            (U(p["first"])[:3], "name"), "|", (p["zip"], "zip"), ", LN_CITY=", (U(p["last"]), "name"), "|",
            (U(p["city"]), "address"), "] -> %d candidates" % R.randint(0, 9)))
    else:
        out.append(spring("spring-batch", "INFO", PID_LNK, thr, "org.ilpmp.link.AliasWriter").m(
            "New alias for ", (p["pid"], "mrn"), ": name='", (U(p["last"]), "name"), ", ", (U(p["first"]), "name"),
            "' address='", (U(p["street"]), "address"), ", ", (U(p["city"]), "address"), ", %s " % p["state"],
            (p["zip"], "zip"), "' county='", (U(p["county"]), "address"), "' source=NCPDP %s" % d["pha"]["ncpdp"]))
    if R.random() < 0.4:
        out.append(spring("spring-batch", "INFO", PID_LNK, thr, "org.ilpmp.link.ChunkListener").t(
            "Chunk committed: read=500 written=%d filtered=%d skip=0 (%d ms)" % (R.randint(480, 500), R.randint(0, 20), R.randint(300, 4000))))
    return out


def blk_oracle_jdbc():
    out = []
    thr = "linker-pool-%d" % R.randint(1, 8)
    r = R.random()
    if r < 0.5:
        out.append(spring("spring-batch", "WARN", PID_LNK, thr, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper").t("SQL Error: 1, SQLState: 23000"))
        out.append(spring("spring-batch", "ERROR", PID_LNK, thr, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", 0, 0.01).t(
            "ORA-00001: unique constraint (PDMPLNK.UK_PAT_ALIAS_NM_DOB) violated on table PDMPLNK.PATIENT_ALIAS columns (LAST_NM, FIRST_NM, BIRTH_DT)"))
        out.append(spring("spring-batch", "INFO", PID_LNK, thr, "org.springframework.batch.core.step.item.ChunkMonitor", 0, 0.2).t(
            "Skipping item %d after DataIntegrityViolationException (skipCount=%d/50)" % (R.randint(88000000, 88999999), R.randint(1, 12))))
    elif r < 0.8:
        out.append(spring("spring-batch", "WARN", PID_LNK, thr, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper").t("SQL Error: 12899, SQLState: 72000"))
        out.append(spring("spring-batch", "ERROR", PID_LNK, thr, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", 0, 0.01).t(
            'ORA-12899: value too large for column "PDMPLNK"."PATIENT_ADDR"."%s" (actual: %d, maximum: %d)' % (R.choice(["ADDR_LINE1", "CITY_NM", "LAST_NM"]), R.randint(41, 60), 40)))
    else:
        out.append(spring("spring-batch", "ERROR", PID_LNK, thr, "com.zaxxer.hikari.pool.ProxyConnection").t(
            "HikariPool-2 - Connection oracle.jdbc.driver.T4CConnection@%s marked as broken because of SQLSTATE(08006), ErrorCode(17002)" % hexs(8)))
        out.append(spring("spring-batch", "WARN", PID_LNK, thr, "com.zaxxer.hikari.pool.PoolBase", 0, 0.5).t(
            "HikariPool-2 - Failed to validate connection oracle.jdbc.driver.T4CConnection@%s (IO Error: Connection reset; https://docs.oracle.com/error-help/db/ora-17002/). Possibly consider using a shorter maxLifetime value." % hexs(8)))
    return out


def blk_oracle_alert():
    out = []
    msgs = [
        "Thread 1 advanced to log sequence %d (LGWR switch),  current SCN: %d" % (R.randint(88000, 89000), R.randint(10 ** 10, 10 ** 11)),
        "  Current log# %d seq# %d mem# 0: +DATA/PDMPLNK/ONLINELOG/group_%d.%d.%d" % (R.randint(1, 4), R.randint(88000, 89000), R.randint(1, 4), R.randint(250, 290), R.randint(1098000000, 1099000000)),
        "ARC%d (PID:%d): Archived Log entry %d added for B-%d.T-1.S-%d ID 0x%s LAD:1" % (R.randint(0, 3), R.randint(10000, 40000), R.randint(40000, 50000), R.randint(1098000000, 1099000000), R.randint(88000, 89000), hexs(8)),
        "ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file /u01/app/oracle/diag/rdbms/pdmplnk/PDMPLNK1/trace/PDMPLNK1_ora_%d.trc." % R.randint(10000, 60000),
        "Resize operation completed for file# %d, fname +DATA/PDMPLNK/DATAFILE/pat_link_data.%d.%d, old size %dK, new size %dK" % (R.randint(5, 30), R.randint(260, 290), R.randint(1098000000, 1099000000), 31457280, 31457280 + 1048576),
        "TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION SYS_P%d (45361) VALUES LESS THAN (TO_DATE(' 2024-03-12 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))" % R.randint(10000, 99999),
        "Completed checkpoint up to RBA [0x%s.2.10], SCN: %d" % (hexs(5), R.randint(10 ** 10, 10 ** 11)),
    ]
    for m in R.sample(msgs, R.randint(2, 3)):
        tick(1, 30)
        out.append(Line("oracle-alert").t(ts_oracle()))
        out.append(Line("oracle-alert").t(m))
    return out


def blk_mssql():
    out = []
    host = "CH-INGEST-0%d" % R.randint(1, 3)
    r = R.randint(0, 4)
    tick(2, 40)
    if r == 0:
        out.append(Line("mssql-errorlog").t("%s Backup      Log was backed up. Database: PDMP_CH, creation date(time): 2021/06/14(09:12:44), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\bkp-nas01\\sql\\PDMP_CH\\PDMP_CH_log_%s.trn'}). This is an informational message only. No user action is required." % (
            ts_mssql(), R.randint(440000, 441000), R.randint(1000, 20000), R.randint(441000, 442000), R.randint(1000, 20000), N().strftime("%Y%m%d_%H%M%S"))))
    elif r == 1:
        spid = "spid%ds" % R.randint(10, 40)
        proc = "process%s" % hexs(9)
        for msg in ["deadlock-list", " deadlock victim=%s" % proc, "  process-list",
                    "   process id=%s taskpriority=0 logused=0 waitresource=KEY: 7:%d (%s) waittime=%d ownerId=%d transactionname=user_transaction lasttranstarted=%s XDES=0x%s lockMode=U schedulerid=%d kpid=%d status=suspended spid=%d sbid=0 ecid=0 priority=0 trancount=2 lastbatchstarted=%s lastbatchcompleted=%s clientapp=Core Microsoft SqlClient Data Provider hostname=%s hostpid=%d loginname=svc_ch_ingest isolationlevel=read committed (2) xactid=%d currentdb=7 lockTimeout=4294967295 clientoption1=671088672 clientoption2=128056" % (
                        proc, 72057594045333504 + R.randint(0, 9999), hexs(12), R.randint(100, 5000), R.randint(90000000, 99999999), N().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], hexs(9), R.randint(1, 8), R.randint(1000, 20000), R.randint(51, 199), N().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], N().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], host, PID_ING, R.randint(90000000, 99999999)),
                    "    executionStack",
                    "     frame procname=adhoc line=1 stmtstart=%d stmtend=%d sqlhandle=0x0200000%s" % (R.randint(50, 200), R.randint(300, 900), hexs(40)),
                    "    inputbuf",
                    "(@P0 bigint,@P1 nvarchar(35),@P2 date,@P3 nvarchar(10))UPDATE dbo.PatientLink SET LastName = @P1, BirthDate = @P2, Zip5 = @P3, ModifiedUtc = SYSUTCDATETIME() WHERE PatientLinkId = @P0"]:
            tick(0, 0.001)
            out.append(Line("mssql-errorlog").t("%s %-11s %s" % (ts_mssql(), spid, msg)))
    elif r == 2:
        out.append(Line("mssql-errorlog").t("%s Logon       Error: 18456, Severity: 14, State: 8." % ts_mssql()))
        out.append(Line("mssql-errorlog").t("%s Logon       Login failed for user 'svc_hub_reader'. Reason: Password did not match that for the login provided. [CLIENT: 10.30.8.%d]" % (ts_mssql(), R.randint(2, 250))))
    elif r == 3:
        out.append(Line("mssql-errorlog").t("%s spid%d      DBCC CHECKDB (PDMP_CH) WITH no_infomsgs executed by PMP\\sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = 0007%s:0000%s:0001 and first LSN = 0007%s:0000%s:0001." % (
            ts_mssql(), R.randint(51, 150), R.randint(10, 59), R.randint(0, 59), hexs(4), hexs(4), hexs(4), hexs(4))))
    else:
        out.append(Line("mssql-errorlog").t("%s spid%ds     SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\PDMP_CH_Dispense_%02d.ndf] in database id 7.  The OS file handle is 0x%s.  The offset of the latest long I/O is: 0x%s" % (
            ts_mssql(), R.randint(10, 40), R.randint(1, 9), R.randint(1, 12), hexs(16), hexs(12))))
    return out


def gw_request_v2(p, pr):
    req = {
        "requestId": uid(),
        "requester": {"role": "Physician" if pr["cred"] in ("MD", "DO") else "NursePractitioner" if pr["cred"] == "NP" else "Prescriber",
                      "firstName": pr["first"], "lastName": pr["last"], "npi": pr["npi"], "dea": pr["dea"],
                      "professionalLicense": {"number": pr["lic"], "state": "IL"}},
        "location": {"name": pr["org"], "npi": mk_npi("1"), "stateCode": "IL"},
        "patient": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                    "birthDate": P(dI(p["dob"]), "date"), "sexCode": p["sex"],
                    "address": {"street": [P(p["street"], "address")] + ([P(p["apt"], "address")] if p["apt"] else []),
                                "city": P(p["city"], "address"), "stateCode": p["state"], "zipCode": P(p["zip"], "zip")}},
    }
    if p["middle"]:
        req["patient"]["middleName"] = P(p["middle"], "name")
    if R.random() < 0.6:
        req["patient"]["phone"] = P(p["phone"], "phone")
    if p.get("nonus"):
        req["patient"]["identifiers"] = [{"system": "urn:oid:2.16.484.101.10.316.2.1", "type": "NI", "value": P(p["curp"], "other_id")}]
    elif R.random() < 0.6:
        req["patient"]["identifiers"] = [{"system": "urn:oid:1.2.840.114350.1.13.%d.2.7.5.737384.14" % R.randint(100, 999), "type": "MR", "value": P(p["mrn"], "mrn")}]
    return req


def gw_request_legacy(p, pr):
    return {
        "Requestor": {"DEANumber": pr["dea"], "NPINumber": pr["npi"], "Role": "PRESCRIBER", "Name": {"Last": pr["last"].upper(), "First": pr["first"].upper()}},
        "Patient": {"Name": {"Last": P(U(p["last"]), "name"), "First": P(U(p["first"]), "name")},
                    "Birthdate": P(dUS(p["dob"]), "date"), "SexCode": p["sex"],
                    "Address": {"Street": P(U(p["street"]), "address"), "City": P(U(p["city"]), "address"),
                                "StateCode": p["state"], "ZipCode": P(p["zip"] + "-" + p["zip4"], "zip")},
                    "MedicaidId": P(p["medicaid"], "health_plan") if R.random() < 0.4 else None},
        "States": ["IL"] + R.sample(STATES, R.randint(0, 3)),
        "RequestedReport": "PATIENT_RX_HISTORY",
    }


def blk_gateway():
    out = []
    p = pat()
    pr = R.choice(PRESCRIBERS)
    client = R.choice(EHR_CLIENTS)
    path = R.choice(["/v2/patient-report", "/v2/patient/search", "/legacy/PMPRequest"])
    size = R.randint(600, 1900)
    tick(1, 30)
    if R.random() < 0.6:
        out.append(serilog("aspnet-serilog", "INF", None, 0, 0.05).t(
            "Request starting HTTP/1.1 POST https://gateway.pmp.internal%s - application/json %d" % (path, size)))
    if R.random() < 0.3:
        out.append(serilog("aspnet-serilog", "INF", None, 0, 0.05).t(
            "Client %s authenticated (mTLS thumbprint %s, scope pmp.report.read)" % (client, hexs(40).upper())))
    if R.random() < 0.75:
        ln = serilog("aspnet-serilog", "DBG", None, 0, 0.02).t("Inbound body (%s): " % client)
        if path == "/legacy/PMPRequest":
            jdump(ln, gw_request_legacy(p, pr), ea=True)
        else:
            jdump(ln, gw_request_v2(p, pr))
        out.append(ln)
    else:
        out.append(serilog("aspnet-serilog", "INF", None, 0, 0.05).m(
            "Patient search for ", (p["last"], "name"), ", ", (p["first"], "name"), " born ", (dUS(p["dob"]), "date"),
            " requested by NPI %s on behalf of %s" % (pr["npi"], client)))
    ncand = R.choice([0, 1, 1, 1, 2, 3])
    if ncand == 0:
        out.append(serilog("aspnet-serilog", "WRN").t("No patient match for request %s (client %s); returning 204" % (uid(), client)))
    elif ncand > 1:
        ln = serilog("aspnet-serilog", "INF").m("Probabilistic match returned %d candidates: [" % ncand, (p["pid"], "mrn"))
        for q in R.sample([x for x in PATIENTS if x is not p], ncand - 1):
            ln.m(", ", (q["pid"], "mrn"))
        out.append(ln.t("]; selecting top score"))
    resp = {"reportRequestId": "RR%d" % R.randint(10 ** 8, 10 ** 9), "status": "READY",
            "reportLink": "https://gateway.pmp.internal/report/%s?exp=900" % hexs(32),
            "narxScores": {"narcotic": "%03d" % R.randint(0, 999), "sedative": "%03d" % R.randint(0, 999), "stimulant": "%03d" % R.randint(0, 999)},
            "overdoseRiskScore": "%03d" % R.randint(0, 999), "rxCount": R.randint(0, 40), "prescriberCount": R.randint(0, 8),
            "pharmacyCount": R.randint(0, 5), "statesQueried": ["IL"] + R.sample(STATES, 2)}
    if ncand and R.random() < 0.5:
        ln = serilog("aspnet-serilog", "DBG").t("Outbound body: ")
        jdump(ln, resp)
        out.append(ln)
    if R.random() < 0.6:
      out.append(serilog("aspnet-serilog", "INF").t(
        "Request finished HTTP/1.1 POST https://gateway.pmp.internal%s - %d %s application/json;+charset=utf-8 %.4fms" % (
            path, 200 if ncand else 204, R.randint(300, 2400) if ncand else 0, R.uniform(80, 2400))))
    return out


def blk_clef():
    """Serilog compact JSON from the EHR integration worker"""
    out = []
    for _ in range(R.randint(1, 3)):
        tick(0.5, 20)
        client = R.choice(EHR_CLIENTS)
        ln = Line("serilog-clef")
        r = R.random()
        if r < 0.35:
            o = {"@t": ts_utc7(), "@mt": "Patient match {Outcome} for client {ClientId} in {Elapsed:0.0} ms",
                 "@r": ["%.1f" % R.uniform(20, 900)], "Outcome": R.choice(["EXACT", "PROBABILISTIC", "MULTIPLE", "NONE"]),
                 "ClientId": client, "Elapsed": round(R.uniform(20, 900), 4), "RequestId": uid(),
                 "SourceContext": "Pmp.Gateway.Matching.PatientMatcher", "MachineName": "PMP-GW-0%d" % R.randint(1, 4)}
        elif r < 0.55:
            o = {"@t": ts_utc7(), "@mt": "Token issued for {ClientId} expiring {Expiry}", "ClientId": client,
                 "Expiry": (N() + datetime.timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%S-05:00"),
                 "Jti": hexs(32), "SourceContext": "Pmp.Gateway.Auth.TokenService"}
        elif r < 0.7:
            o = {"@t": ts_utc7(), "@mt": "Upstream {State} hub call failed, attempt {Attempt}/{Max}", "@l": "Warning",
                 "@x": "System.Net.Http.HttpRequestException: Connection refused (pmpi-router.nabp.example:443)\r\n ---> System.Net.Sockets.SocketException (111): Connection refused",
                 "State": R.choice(STATES), "Attempt": 1, "Max": 3, "SourceContext": "Pmp.Gateway.Hub.HubClient"}
        else:
            p = pat()
            o = {"@t": ts_utc7(), "@mt": "No patient match for {LastName}, {FirstName} DOB {BirthDate} zip {Zip}", "@l": "Warning",
                 "LastName": P(p["last"], "name"), "FirstName": P(p["first"], "name"), "BirthDate": P(dI(p["dob"]), "date"),
                 "Zip": P(p["zip"], "zip"), "ClientId": client, "RequestId": uid(), "SourceContext": "Pmp.Gateway.Matching.PatientMatcher"}
        jdump(ln, o)
        out.append(ln)
    return out


def blk_script():
    out = []
    p = pat()
    d = mk_disp(p)
    pr = d["pre"]
    thr = "script-router-%d" % R.randint(1, 8)
    lg = "org.ilpmp.ehr.script.RxHistoryTranslator"
    msgid = hexs(24).upper()
    tick(1, 25)
    ln = log4j("ncpdp-script", "DEBUG", thr, lg, 0, 0.01).t("Inbound RxHistoryRequest header: ")
    ln.t('<Header><To Qualifier="ZZZ">ILPMP</To><From Qualifier="ZZZ">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime>' % (
        R.choice(EHR_CLIENTS).upper().replace("-", ""), msgid, ts_utc3()))
    sw = R.choice([("Epic", "EpicCare", "Feb 2024"), ("Oracle Health", "Millennium", "2023.07"), ("athenahealth", "athenaClinicals", "24.2"), ("RedSail", "PioneerRx", "2024.1.3")])
    ln.t('<SenderSoftware><SenderSoftwareDeveloper>%s</SenderSoftwareDeveloper><SenderSoftwareProduct>%s</SenderSoftwareProduct><SenderSoftwareVersionRelease>%s</SenderSoftwareVersionRelease></SenderSoftware></Header>' % sw)
    if R.random() < 0.4:
        out.append(ln)
    if R.random() < 0.9:
        ln = log4j("ncpdp-script", "DEBUG", thr, lg, 0, 0.05).t("Patient fragment: ")
        ln.t("<Patient><HumanPatient>")
        if R.random() < 0.7:
            ln.t("<Identification>")
            xe(ln, "MedicalRecordIdentificationNumberEHR", p["mrn"], "mrn")
            if R.random() < 0.3:
                xe(ln, "MedicaidNumber", p["medicaid"], "health_plan")
            ln.t("</Identification>")
        ln.t("<Name>")
        xe(ln, "LastName", p["last"], "name")
        xe(ln, "FirstName", p["first"], "name")
        if p["middle"]:
            xe(ln, "MiddleName", p["middle"], "name")
        ln.t("</Name><Gender>%s</Gender><DateOfBirth>" % p["sex"])
        xe(ln, "Date", dI(p["dob"]), "date")
        ln.t("</DateOfBirth><Address>")
        xe(ln, "AddressLine1", p["street"], "address")
        if p["apt"]:
            xe(ln, "AddressLine2", p["apt"], "address")
        xe(ln, "City", p["city"], "address")
        xe(ln, "StateProvince", p["state"])
        xe(ln, "PostalCode", p["zip"], "zip")
        ln.t("<CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone>")
        xe(ln, "Number", p["phone"].replace("-", ""), "phone")
        ln.t("</PrimaryTelephone>")
        if R.random() < 0.25:
            ln.t("<Fax>")
            xe(ln, "Number", p["fax"].replace("-", ""), "fax")
            ln.t("</Fax>")
        ln.t("</CommunicationNumbers></HumanPatient></Patient>")
        out.append(ln)
    ln = log4j("ncpdp-script", "DEBUG", thr, lg, 0, 0.05).t("Prescriber fragment: ")
    ln.t("<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>%s</DEANumber><StateLicenseNumber>%s</StateLicenseNumber></Identification>" % (pr["npi"], pr["dea"], pr["lic"]))
    ln.t("<Specialty>%s</Specialty><PracticeLocation><BusinessName>%s</BusinessName></PracticeLocation><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>" % (
        R.choice(["207Q00000X", "207R00000X", "363L00000X", "208VP0014X"]), xesc(pr["org"]), pr["last"], pr["first"]))
    ln.t("<CommunicationNumbers><PrimaryTelephone><Number>%s</Number></PrimaryTelephone><Fax><Number>%s</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>" % (
        pr["phone"].replace("-", ""), pr["fax"].replace("-", "")))
    if R.random() < 0.5:
        out.append(ln)
    if R.random() < 0.7:
        ln = log4j("ncpdp-script", "DEBUG", thr, "org.ilpmp.ehr.script.RxHistoryResponseBuilder", 0.1, 2).t("MedicationDispensed[0]: ")
        ln.t("<MedicationDispensed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>" % (d["drug"][0], d["drug"][1]))
        ln.t("<Quantity><Value>%d</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity><DaysSupply>%d</DaysSupply>" % (d["qty"], d["days"]))
        ln.t("<WrittenDate>")
        xe(ln, "Date", dI(d["written"]), "date")
        ln.t("</WrittenDate><LastFillDate>")
        xe(ln, "Date", dI(d["filled"]), "date")
        ln.t("</LastFillDate><Substitutions>0</Substitutions><NumberOfRefillsAuthorized>%s</NumberOfRefillsAuthorized>" % d["refills"])
        if d["pay"] in ("02", "04") and R.random() < 0.6:
            ln.t("<BenefitsCoordination><PayerIdentification><PayerID>%s</PayerID></PayerIdentification><PayerName>%s</PayerName><CardholderID>" % (
                R.choice(["610014", "004336", "610502", "015581"]), R.choice(["IL MEDICAID", "BCBS IL", "EXPRESS SCRIPTS", "CVS CAREMARK"])))
            ln.p(p["medicaid"] if d["pay"] == "02" else "XQ%s" % digits(9), "health_plan")
            ln.t("</CardholderID><GroupID>%s</GroupID></BenefitsCoordination>" % R.choice(["RX4412", "ILMCD", "0041123"]))
        ln.t("<Pharmacy><Identification><NCPDPID>%s</NCPDPID><NPI>%s</NPI></Identification><BusinessName>%s</BusinessName></Pharmacy></MedicationDispensed>" % (
            d["pha"]["ncpdp"], d["pha"]["npi"], xesc(d["pha"]["name"])))
        out.append(ln)
    if R.random() < 0.6:
      out.append(log4j("ncpdp-script", "INFO", thr, "org.ilpmp.ehr.script.RxHistoryRouter", 0.1, 3).t(
        "RxHistoryResponse %s sent: %d MedicationDispensed, status=%s, %d ms" % (msgid, R.randint(0, 30), R.choice(["000", "000", "010"]), R.randint(90, 2800))))
    return out


def blk_hub():
    out = []
    p = pat()
    st = R.choice(STATES)
    txn = hexs(8) + "-" + hexs(4)
    lg = "org.ilpmp.hub.PmpiClient"

    def H(level, a=0.05, b=3):
        tick(a, b)
        return Line("pmpi-hub").t("%s %-5s [hub-out-%d] %s - " % (ts_iso(), level, R.randint(1, 6), lg))

    r = R.random()
    if r < 0.55:
        pr = R.choice(PRESCRIBERS)
        out.append(H("INFO", 1, 30).m("txn=%s dir=OUT dest=%s-PMP requestorRole=%s requestorDea=%s patient.last=\"" % (txn, st, "PRESCRIBER", pr["dea"]),
                                      (U(p["last"]), "name"), "\" patient.first=\"", (U(p["first"]), "name"), "\" patient.dob=",
                                      (dI(p["dob"]), "date"), " patient.zip=", (p["zip"], "zip")))
        out.append(H("INFO", 0.2, 4).t("txn=%s dir=IN from=%s-PMP status=%d disclosures=%d latency=%dms" % (txn, st, 200, R.randint(0, 12), R.randint(200, 4000))))
    elif r < 0.8:
        tick(1, 30)
        ln = Line("rxcheck-pmix").t("%s DEBUG [rxcheck-worker-%d] org.ilpmp.hub.rxcheck.PmixMarshaller - request %s body: " % (ts_log4j(), R.randint(1, 4), txn))
        ln.t("<pmp:PrescriptionMonitoringProgramRequest><pmp:RequestingState><nc:LocationStateUSPostalServiceCode>IL</nc:LocationStateUSPostalServiceCode></pmp:RequestingState>")
        ln.t("<pmp:Patient><nc:PersonName><nc:PersonGivenName>")
        ln.p(xesc(U(p["first"])), "name")
        ln.t("</nc:PersonGivenName><nc:PersonSurName>")
        ln.p(xesc(U(p["last"])), "name")
        ln.t("</nc:PersonSurName></nc:PersonName><nc:PersonBirthDate><nc:Date>")
        ln.p(dI(p["dob"]), "date")
        ln.t("</nc:Date></nc:PersonBirthDate><nc:PersonSexCode>%s</nc:PersonSexCode></pmp:Patient>" % p["sex"])
        ln.t("<pmp:DateRange><nc:StartDate><nc:Date>2023-03-11</nc:Date></nc:StartDate><nc:EndDate><nc:Date>2024-03-11</nc:Date></nc:EndDate></pmp:DateRange></pmp:PrescriptionMonitoringProgramRequest>")
        out.append(ln)
        out.append(Line("rxcheck-pmix").t("%s INFO  [rxcheck-worker-%d] org.ilpmp.hub.rxcheck.RxCheckRouter - request %s routed to %s via RxCheck hub, response %s in %d ms" % (
            ts_log4j(), R.randint(1, 4), txn, st, R.choice(["PMIXResponse(records=%d)" % R.randint(0, 9), "NO_DATA"]), R.randint(200, 4000))))
    else:
        out.append(H("INFO", 5, 60).t("txn=%s dir=IN from=%s-PMP requestorRole=PHARMACIST disclosing=IL matched=%d records=%d status=200 latency=%dms" % (
            txn, st, R.randint(0, 2), R.randint(0, 20), R.randint(60, 900))))
        out.append(H(R.choice(["INFO", "WARN"]), 2, 40).t(R.choice([
            "Hub certificate CN=pmpi-il.ilpmp.example.org expires in %d days (2024-04-22T00:00:00Z)" % R.randint(20, 60),
            "Routing table refreshed: 47 states, 3 territories (version 2024.03.%d)" % R.randint(1, 9),
            "Interstate sharing policy for %s updated: roles=[PRESCRIBER,PHARMACIST,DELEGATE] lookbackMonths=12" % st,
            "Heartbeat to pmpi-router.nabp.example ok rtt=%dms" % R.randint(20, 300)])))
    return out


def blk_delegate():
    out = []
    n = R.randint(2, 4)
    for _ in range(n):
        tick(2, 60)
        dg = R.choice(DELEGATES)
        sup = PRESCRIBERS[dg["sup"]]
        actor = R.choice(PMP_STAFF[:3])
        evt = R.choice(["DelegateLinkApproved", "DelegateLinkRequested", "DelegateAccountLocked", "DelegateReverification", "DelegateLinkRevoked", "PasswordReset"])
        if evt == "DelegateLinkRequested":
            sd = 'evt="%s" actor="%s" actorRole="DELEGATE"' % (evt, dg["user"])
        elif evt == "DelegateAccountLocked":
            sd = 'evt="%s" actor="system" actorRole="SYSTEM"' % evt
        elif evt == "DelegateLinkRevoked":
            sd = 'evt="%s" actor="%s" actorRole="PRESCRIBER"' % (evt, "npi:" + sup["npi"])
        else:
            sd = 'evt="%s" actor="%s" actorRole="PMP_ADMIN"' % (evt, actor)
        if evt in ("DelegateLinkApproved", "DelegateLinkRequested", "DelegateLinkRevoked"):
            sd += ' supervisor="%s %s, %s" supervisorNpi="%s" supervisorDea="%s" delegate="%s" delegateRole="%s"' % (sup["first"], sup["last"], sup["cred"], sup["npi"], sup["dea"], dg["email"], dg["role"])
            msg = {"DelegateLinkApproved": "Delegate link approved", "DelegateLinkRequested": "Delegate requested link to supervisor",
                   "DelegateLinkRevoked": "Delegate link revoked by supervisor"}[evt]
        elif evt == "DelegateAccountLocked":
            sd += ' delegate="%s" failedAttempts="5" srcIp="10.42.%d.%d"' % (dg["user"], R.randint(1, 30), R.randint(2, 250))
            msg = "Account locked after repeated failed logins"
        elif evt == "DelegateReverification":
            sd += ' batch="%d" notified="%d" template="annual-reverify-v3" from="noreply@ilpmp.example.org"' % (R.randint(100, 999), R.randint(50, 600))
            msg = "Annual delegate re-verification notices sent"
        else:
            sd += ' target="%s" method="email" to="%s"' % (dg["user"], dg["email"])
            msg = "Password reset link issued"
        out.append(Line("delegate-audit").t('<134>1 %s admin-web-0%d pmp-admin %d AUDIT [audit@32473 %s result="SUCCESS" corr="%s"] %s' % (
            ts_iso(), R.randint(1, 2), R.randint(2000, 9000), sd, uid(), msg)))
    return out


def blk_delegate_phi():
    tick(2, 60)
    dg = R.choice(DELEGATES)
    sup = PRESCRIBERS[dg["sup"]]
    p = pat()
    ln = Line("delegate-audit").t('<134>1 %s admin-web-0%d pmp-admin %d AUDIT [audit@32473 evt="DelegateQuery" actor="%s" actorRole="DELEGATE" onBehalfOfNpi="%s" patientRef="' % (
        ts_iso(), R.randint(1, 2), R.randint(2000, 9000), dg["user"], sup["npi"]))
    ln.p(p["pid"], "mrn").t('" searchName="').p(U(p["last"]), "name").t(" ").p(U(p["first"]), "name").t('" searchDob="')
    ln.p(dUS(p["dob"]), "date").t('" result="SUCCESS" corr="%s"] Delegate patient query' % uid())
    return [ln]


def blk_efcore():
    out = []
    p = pat()
    ctx = "Microsoft.EntityFrameworkCore.Database.Command"
    sensitive = R.random() < 0.8
    ms = R.randint(2, 400)
    ln = serilog("serilog-efcore", "DBG" if sensitive else "INF", ctx, 0.5, 25).t("Executed DbCommand (%dms) [Parameters=[" % ms)
    if sensitive:
        ln.t("@__lastName_0='").p(U(p["last"]).replace("'", "''"), "name").t("' (Size = 35), @__firstName_1='").p(U(p["first"]).replace("'", "''"), "name")
        ln.t("' (Size = 35), @__birthDate_2='").p(dI(p["dob"]) + "T00:00:00.0000000", "date").t("' (DbType = Date), @__p_3='25'")
    else:
        ln.t("@__lastName_0='?' (Size = 35), @__firstName_1='?' (Size = 35), @__birthDate_2='?' (DbType = Date), @__p_3='?' (DbType = Int32)")
    ln.t("], CommandType='Text', CommandTimeout='30']")
    out.append(ln)
    if R.random() < 0.5:
        out.append(Line("serilog-efcore").t("SELECT TOP(@__p_3) [p].[PatientId], [p].[BirthDate], [p].[FirstName], [p].[LastName], [p].[Zip5] FROM [dbo].[Patient] AS [p] WHERE [p].[LastName] = @__lastName_0 AND [p].[FirstName] = @__firstName_1 AND [p].[BirthDate] = @__birthDate_2"))
    r = R.random()
    if r < 0.3:
        d = mk_disp(p)
        out.append(serilog("serilog-efcore", "ERR", "Microsoft.EntityFrameworkCore.Update", 0.1, 3).t("An exception occurred in the database while saving changes for context type 'Pmp.Data.PmpDbContext'."))
        out.append(Line("serilog-efcore").m("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details."))
        if R.random() < 0.5:
            out.append(Line("serilog-efcore").m(" ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_Dispensation'. Cannot insert duplicate key in object 'dbo.Dispensation'. The duplicate key value is (%s, %s, " % (d["pha"]["ncpdp"], d["rx"]),
                                                (dI(d["filled"]), "date"), ")."))
        else:
            out.append(Line("serilog-efcore").m(" ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.PatientAlias' with unique index 'UX_PatientAlias_Name_Dob'. The duplicate key value is (",
                                                (U(p["last"]), "name"), ", ", (U(p["first"]), "name"), ", ", (dI(p["dob"]), "date"), ")."))
        if R.random() < 0.4:
            out.append(Line("serilog-efcore").t("   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)"))
        out.append(Line("serilog-efcore").t("ClientConnectionId:%s" % uid()))
        out.append(Line("serilog-efcore").t("Error Number:%d,State:1,Class:14" % R.choice([2627, 2601])))
    elif r < 0.4:
        out.append(serilog("serilog-efcore", "WRN", "Microsoft.EntityFrameworkCore.Query", 0.1, 3).t(
            "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured."))
    return out


def blk_dotnet_misc():
    out = []
    for _ in range(R.randint(1, 3)):
        r = R.random()
        if r < 0.25:
            out.append(serilog("aspnet-serilog", "INF", None, 1, 40).t("Request starting HTTP/1.1 GET https://gateway.pmp.internal/health/ready - - -"))
            out.append(serilog("aspnet-serilog", "INF", None, 0, 0.02).t("Request finished HTTP/1.1 GET https://gateway.pmp.internal/health/ready - 200 - text/plain %.4fms" % R.uniform(0.3, 9)))
        elif r < 0.45:
            out.append(serilog("aspnet-serilog", "WRN", None, 1, 40).t("Rate limit exceeded for client %s: %d requests in 60s window (limit 600); responding 429" % (R.choice(EHR_CLIENTS), R.randint(601, 900))))
        elif r < 0.65:
            out.append(serilog("aspnet-serilog", "INF", None, 1, 40).t("Report {ReportId} rendered as PDF in {Elapsed} ms".replace("{ReportId}", "RPT-%d" % R.randint(10 ** 7, 10 ** 8)).replace("{Elapsed}", str(R.randint(120, 4000)))))
        elif r < 0.8:
            out.append(serilog("aspnet-serilog", "ERR", None, 1, 40).t("Hub timeout calling %s-PMP after 8000 ms (request %s); partial report returned" % (R.choice(STATES), uid())))
        else:
            out.append(serilog("aspnet-serilog", "INF", None, 1, 40).t("Now listening on: https://[::]:8443"))
            out.append(serilog("aspnet-serilog", "INF", None, 0, 0.01).t("Hosting environment: Production"))
            out.append(serilog("aspnet-serilog", "INF", None, 0, 0.01).t("Content root path: D:\\Apps\\Pmp.Gateway\\"))
    return out


def blk_lockin(r=None):
    """.NET Medicaid lock-in sync (health plan ids) + clinical threshold alerts"""
    out = []
    p = pat()
    r = R.random() if r is None else r
    if r < 0.45:
        ph = R.choice(PHARMS)
        ln = serilog("aspnet-serilog", "INF", None, 2, 40).t("Lock-in enrollment sync: member ").p(p["medicaid"], "health_plan")
        ln.t(" restricted to pharmacy NCPDP %s and prescriber NPI %s effective " % (ph["ncpdp"], R.choice(PRESCRIBERS)["npi"]))
        ln.p(dI(rdate(datetime.date(2024, 1, 1), datetime.date(2024, 3, 1))), "date")
        out.append(ln)
    elif r < 0.7:
        o = [x for x in PATIENTS if x["dob"].year < 1935]
        q = R.choice(o) if R.random() < 0.6 else p
        ln = serilog("aspnet-serilog", "WRN", None, 2, 40).t("Threshold alert: patient ").p(q["pid"], "mrn").t(" age ")
        a = age(q["dob"])
        ln.p(str(a), "age") if a > 89 else ln.t(str(a))
        ln.t(" daily MME %d with concurrent benzodiazepine; notifying %d prescribers" % (R.randint(90, 240), R.randint(1, 3)))
        out.append(ln)
    else:
        ln = serilog("aspnet-serilog", "INF", None, 2, 40).t("Medicare cross-check: MBI ").p(p["mbi"], "health_plan")
        ln.t(" matched patient ").p(p["pid"], "mrn").t(" (Part D plan H%04d-%03d)" % (R.randint(1000, 9999), R.randint(1, 99)))
        out.append(ln)
    if R.random() < 0.4:
        out.append(serilog("aspnet-serilog", "INF").t("Lock-in sync batch %d complete: %d enrolled, %d released, %d unchanged" % (R.randint(1000, 9999), R.randint(0, 40), R.randint(0, 20), R.randint(2000, 9000))))
    return out


def blk_portal(force=None):
    out = []
    p = pat()
    UA = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"])

    def ngx(method, path, status, size, ref="-", ip_phi=True):
        tick(0.3, 8)
        ln = Line("nginx-portal")
        ln.p(p["ip"], "ip") if ip_phi else ln.t(ip_phi)
        ln.t(' - - [%s] "%s ' % (ts_nginx(), method))
        if isinstance(path, list):
            ln.m(*path)
        else:
            ln.t(path)
        ln.t(' HTTP/2.0" %d %d "%s" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (status, size, ref, UA, R.uniform(0.01, 1.5), R.uniform(0.01, 1.4)))
        return ln

    def app(level, tmpl, state):
        tick(0.01, 1)
        ln = Line("aspnet-jsonconsole")
        ln.t('{"Timestamp":"%s","EventId":%d,"LogLevel":"%s","Category":"Pmp.Citizen.RecordRequestService","Message":"' % (ts_utc3(), R.choice([0, 1001, 1002, 2001]), level))
        # Message = rendered template
        msg_parts = []
        st = {}
        for piece in tmpl:
            if isinstance(piece, tuple):
                key, val, cat = piece
                msg_parts.append((json.dumps(val)[1:-1], cat))
                st[key] = P(val, cat) if cat else val
            else:
                msg_parts.append((json.dumps(piece)[1:-1], None))
        for s, c in msg_parts:
            ln.parts.append((s, c))
        ln.t('","State":{"Message":"')
        for s, c in msg_parts:
            ln.parts.append((s, c))
        ln.t('"')
        for k, v in list(st.items()) + list(state.items()):
            ln.t("," + json.dumps(k) + ":")
            jdump(ln, v)
        fmt = "".join(("{%s}" % x[0]) if isinstance(x, tuple) else x for x in tmpl)
        ln.t(',"{OriginalFormat}":' + json.dumps(fmt) + "}}")
        return ln

    STATE["portal"] = STATE.get("portal", R.randint(0, 7)) + 1
    k = STATE["portal"] % 8 if force is None else force
    case = p["caseno"]
    if k == 0:
        out.append(ngx("GET", "/citizen/request/new", 200, R.randint(8000, 20000), "https://citizen.ilpmp.example.org/"))
        out.append(ngx("POST", "/citizen/api/requests", 201, R.randint(200, 600), "https://citizen.ilpmp.example.org/citizen/request/new"))
        out.append(app("Information", ["Record request ", ("RequestNumber", case, "other_id"), " created for ", ("Email", p["email"], "email"),
                                       " delivery ", ("DeliveryMethod", "EMAIL", None)], {"TraceId": hexs(32)}))
    elif k == 1:
        enc = p["email"].replace("@", "%40")
        out.append(ngx("GET", ["/citizen/verify?email=", (enc, "email"), "&token=%s" % hexs(40)], 302, 0, "-"))
        out.append(app("Information", ["Email verified for portal user ", ("UserName", p["user"], "other_id")], {"TraceId": hexs(32)}))
    elif k == 2:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(R.getrandbits(8) for _ in range(R.randint(240, 480)))).decode()
        tpl = b64r(R.randint(96, 180))
        tick(0.5, 5)
        ln = Line("idproof-debug").t("%s DEBUG [idv-worker-%d] org.ilpmp.citizen.idv.IdvClient - POST https://idv.vendor.example/v3/verifications payload=" % (ts_log4j(), R.randint(1, 4)))
        body = {"reference": P(case, "other_id"), "document": {"type": "DRIVERS_LICENSE", "issuingState": p["state"], "number": P(p["dl"], "license"),
                                                              "lastName": P(U(p["last"]), "name"), "dateOfBirth": P(dI(p["dob"]), "date")},
                "selfie": P("data:image/jpeg;base64," + img, "photo"), "faceTemplate": P(tpl, "biometric"), "callbackUrl": "https://citizen.ilpmp.example.org/hooks/idv"}
        jdump(ln, body)
        out.append(ln)
        tick(1, 12)
        ln = Line("idproof-debug").t("%s DEBUG [idv-webhook-%d] org.ilpmp.citizen.idv.IdvWebhookController - callback body=" % (ts_log4j(), R.randint(1, 4)))
        portrait = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xc8\x00\x00\x00\xfa\x08\x02\x00\x00\x00" + bytes(R.getrandbits(8) for _ in range(R.randint(200, 420)))).decode()
        jdump(ln, {"verificationId": uid(), "reference": P(case, "other_id"), "status": "completed",
                   "faceMatch": {"score": round(R.uniform(0.8, 0.99), 4), "probeTemplate": P(b64r(R.randint(96, 160)), "biometric")},
                   "documentPortrait": P(portrait, "photo"), "checks": {"barcode": "pass", "expiry": "pass", "liveness": "pass"}})
        out.append(ln)
        out.append(app("Information", ["Identity verification ", ("Outcome", R.choice(["PASSED", "PASSED", "REVIEW"]), None), " for request ", ("RequestNumber", case, "other_id")], {"Vendor": "idv.vendor.example", "Score": round(R.uniform(0.7, 0.99), 3)}))
    elif k == 3:
        tick(0.5, 5)
        ln = Line("payment-debug").t("%s DEBUG [http-nio-8080-exec-%d] org.ilpmp.citizen.pay.FeeProcessor - tokenize request: " % (ts_log4j(), R.randint(1, 20)))
        jdump(ln, {"merchantId": "ILPMP-CIT-01", "amount": "5.00", "currency": "USD", "card": {"number": P(p["card"], "account"), "expMonth": "%02d" % R.randint(1, 12), "expYear": str(R.randint(2025, 2029))},
                   "billingZip": P(p["zip"], "zip"), "customerAccount": P(p.setdefault("acct", "4410" + digits(8)), "account"), "orderRef": "ORD-%d" % R.randint(100000, 999999)}, sep=(", ", ": "))
        out.append(ln)
        out.append(app("Information", ["Certified copy fee captured for ", ("RequestNumber", case, "other_id")], {"AuthCode": "%06d" % R.randint(0, 999999), "Amount": 5.0}))
    elif k == 4:
        out.append(app("Information", ["Report for request ", ("RequestNumber", case, "other_id"), " delivered by fax to ", ("FaxNumber", p["fax"], "fax")],
                       {"Pages": R.randint(2, 14), "FaxJobId": "FJ%d" % R.randint(10 ** 6, 10 ** 7)}))
    elif k == 5:
        url = "https://citizen.ilpmp.example.org/reports/download/%s_%s_%s.pdf" % (asc(p["last"]).replace(" ", "-").replace("'", ""), asc(p["first"]).replace(" ", "-"), d8(p["dob"]))
        out.append(app("Information", ["Download link generated ", ("Url", url, "url")], {"ExpiresMinutes": 60}))
        out.append(ngx("GET", "/citizen/api/requests/%d/status" % R.randint(10000, 99999), 200, R.randint(100, 400)))
    elif k == 7:
        out.append(ngx("POST", "/citizen/api/auth/login", 200, R.randint(300, 900), "https://citizen.ilpmp.example.org/login"))
        extra = {"Mfa": R.choice(["TOTP", "SMS"]), "TraceId": hexs(32)}
        if "Android" in UA:
            extra["DeviceImei"] = P(p["imei"], "device")
        out.append(app("Information", ["Portal sign-in for ", ("UserName", p["user"], "other_id"), " from ", ("RemoteIp", p["ip"], "ip")], extra))
    else:
        tick(0.5, 4)
        ln = Line("aspnet-jsonconsole").t('{"Timestamp":"%s","EventId":3101,"LogLevel":"Information","Category":"Pmp.Citizen.Mobile.DeviceRegistry","Message":"Push device registered for ' % ts_utc3())
        ln.p(p["user"], "other_id").t('","State":{"Message":"Push device registered for ').p(p["user"], "other_id").t('","UserName":"').p(p["user"], "other_id")
        ln.t('","Imei":"').p(p["imei"], "device").t('","Platform":"android","{OriginalFormat}":"Push device registered for {UserName}"}}')
        out.append(ln)
    return out


def blk_portal_clean():
    out = []
    for _ in range(R.randint(2, 4)):
        tick(0.5, 20)
        r = R.random()
        ip = "10.40.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
        if r < 0.4:
            out.append(Line("nginx-portal").t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct="0.000" urt="0.001"' % (ip, ts_nginx())))
        elif r < 0.6:
            out.append(Line("nginx-portal").t('%s - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://citizen.ilpmp.example.org/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15" rt=0.000 uct="-" urt="-"' % (ip, ts_nginx(), hexs(8))))
        elif r < 0.8:
            out.append(Line("aspnet-jsonconsole").t('{"Timestamp":"%s","EventId":14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Application is shutting down...","State":{"Message":"Application is shutting down...","{OriginalFormat}":"Application is shutting down..."}}' % ts_utc3()))
        else:
            out.append(Line("aspnet-jsonconsole").t('{"Timestamp":"%s","EventId":0,"LogLevel":"Warning","Category":"Pmp.Citizen.Notifications.SmtpSender","Message":"SMTP relay smtp-relay.ilpmp.example.org:587 slow: %d ms (from noreply@ilpmp.example.org)","State":{"Message":"SMTP relay smtp-relay.ilpmp.example.org:587 slow: %d ms (from noreply@ilpmp.example.org)","Host":"smtp-relay.ilpmp.example.org","Elapsed":%d,"{OriginalFormat}":"SMTP relay {Host}:587 slow: {Elapsed} ms (from noreply@ilpmp.example.org)"}}' % (ts_utc3(), 4120, 4120, 4120)))
    return out


def blk_le(veh=0.7):
    out = []
    p = pat()
    case = "24-CF-%06d" % R.randint(100, 9999)
    thr = "http-nio-8443-exec-%d" % R.randint(1, 20)
    lg = "org.ilpmp.le.CourtOrderIntake"
    det = R.choice(["Det. Renata Okafor", "Inv. Michael Sturgis", "Agent Paula Ferreira-Lund"])
    agency = R.choice(["Sangamon County Sheriff's Office", "Illinois State Police DCI", "DEA Springfield Resident Office"])
    ln = log4j("le-request", "INFO", thr, lg, 5, 60).m("Court order received caseNo=", (case, "other_id"), ' agency="%s" officer="%s" badge=%d subject="' % (agency, det, R.randint(100, 9999)),
                                                      (nm_lf(p), "name"), '" subjectDob=', (dI(p["dob"]), "date"))
    if R.random() < 0.6:
        ln.m(" subjectDL=", (p["dl"], "license"))
    out.append(ln)
    if R.random() < veh:
        vin = mk_vin()
        L3 = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        plate = R.choice(["CV %05d" % R.randint(10000, 99999), "%s %d" % (L3[:2], R.randint(1000, 99999)), "%d %s" % (R.randint(100, 999), L3)])
        out.append(log4j("le-request", "DEBUG", thr, lg, 0, 0.1).m("Order attachments parsed for ", (case, "other_id"), ": vehicle plate=", (plate, "vehicle"), " (IL) vin=", (vin, "vehicle"), " pages=%d" % R.randint(2, 12)))
    out.append(log4j("le-request", "INFO", thr, "org.ilpmp.le.ReviewWorkflow", 0.1, 2).t(
        "Order routed to legal review queue LEGAL-2 (assignee %s); SLA due 2024-03-13T17:00-05:00" % R.choice(["dpetrakis", "lgreene"])))
    return out


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
CLEAN_BLOCKS = [(blk_sftp, 4), (blk_ingest_clean, 5), (blk_linker, 2), (blk_oracle_jdbc, 2), (blk_oracle_alert, 2),
                (blk_mssql, 3), (blk_delegate, 3), (blk_dotnet_misc, 3), (blk_portal_clean, 2), (blk_clef, 1)]
PHI_BLOCKS = [(blk_ingest_phi, 4), (blk_asap_dump, 2.5), (blk_errrpt, 2.5), (blk_linker_phi, 5), (blk_gateway, 3),
              (blk_script, 3), (blk_hub, 4), (blk_delegate_phi, 2), (blk_efcore, 2), (blk_lockin, 3),
              (blk_portal, 5), (blk_le, 1), (blk_clef, 1)]


PLAN_PHI = [(blk_asap_dump, 3), (blk_errrpt, 3), (blk_ingest_phi, 7), (lambda: blk_ingest_phi(1), 2),
            (blk_linker_phi, 7), (lambda: blk_linker_phi(2), 3), (lambda: blk_linker_phi(6), 2), (blk_gateway, 7),
            (blk_script, 5), (blk_hub, 7), (blk_delegate_phi, 4), (blk_efcore, 4), (blk_lockin, 4),
            (lambda: blk_lockin(0.5), 2), (lambda: blk_lockin(0.9), 2), (blk_portal, 16), (lambda: blk_portal(6), 2),
            (lambda: blk_le(1.0), 3), (blk_clef, 3)]
PLAN_CLEAN = [(blk_sftp, 4), (blk_ingest_clean, 5), (blk_linker, 3), (blk_oracle_jdbc, 3), (blk_oracle_alert, 3),
              (blk_mssql, 4), (blk_delegate, 4), (blk_dotnet_misc, 4), (blk_portal_clean, 3), (blk_clef, 2)]


def expand(plan):
    q = [fn for fn, n in plan for _ in range(n)]
    R.shuffle(q)
    return q


def main():
    qphi, qclean = expand(PLAN_PHI), expand(PLAN_CLEAN)
    lines = []
    while len(lines) < N_LINES:
        clean = sum(1 for l in lines if not l.has_phi())
        share = clean / len(lines) if lines else 1.0
        want_clean = share < TARGET_CLEAN
        q = qclean if want_clean else qphi
        if q:
            lines.extend(q.pop()())
            continue
        pool = CLEAN_BLOCKS if want_clean else PHI_BLOCKS
        fn = R.choices([b[0] for b in pool], weights=[b[1] for b in pool])[0]
        lines.extend(fn())
    if os.environ.get("DW_DEBUG"):
        print("left in queues: phi=%d clean=%d" % (len(qphi), len(qclean)))
    lines = lines[:N_LINES]
    logb = bytearray()
    labs = []
    for i, ln in enumerate(lines, 1):
        data, spans = ln.render()
        logb += data + b"\n"
        labs.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
