#!/usr/bin/env python3
"""Deterministic generator for the 'dm' held-out corpus.

Theme: regional blood center + hospital transfusion service.
Writes dm.log and dm.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 1802_2024
random.seed(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "dm"
N_LINES = 500
TARGET_PHI_SHARE = 0.45

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, fam, is_json=False):
        self.fam = fam
        self.buf = []
        self.spans = []
        self.pos = 0
        self.is_json = is_json

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        assert cat in CATS, cat
        assert s, "empty span"
        st = self.pos
        self.t(s)
        self.spans.append((st, self.pos, cat, s))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def text(self):
        return "".join(self.buf)


class P:
    """labelled JSON scalar"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string built of parts (text, cat|None)"""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jemit(L, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii_))
            L.t(sep[1])
            jemit(L, v, sep, ascii_)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, sep, ascii_)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(jesc(o.v, ascii_), o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for txt, cat in o.parts:
            L.v(jesc(txt, ascii_), cat)
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))


PYSEP = (", ", ": ")
COMPACT = (",", ":")


# ----------------------------------------------------------------------------
# clock and time formats
# ----------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.timezone.utc
TODAY = dt.date(2024, 3, 14)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 5, 58, 41, 118000, tzinfo=TZ)

    def adv(self, a=4, b=140):
        self.t += dt.timedelta(seconds=random.randint(a, b), microseconds=random.randint(0, 999999))
        return self.t

    def small(self):
        self.t += dt.timedelta(milliseconds=random.randint(3, 700))
        return self.t


CLK = Clock()


def now():
    return CLK.t


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-04:00"


def f_isoz(t):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def f_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def f_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def f_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def f_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f-0400")


def f_epoch_ms(t):
    return int(t.timestamp() * 1000)


def f_epoch_f(t):
    return "%.6f" % t.timestamp()


def f_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def f_klog(t):
    u = t.astimezone(UTC)
    return u.strftime("I%m%d %H:%M:%S.%f")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_us2(d):
    return d.strftime("%m/%d/%y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_aamva(d):
    return d.strftime("%m%d%Y")


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def julian(d):
    return "0%02d%03d" % (d.year % 100, d.timetuple().tm_yday)


# ----------------------------------------------------------------------------
# identifier helpers
# ----------------------------------------------------------------------------
def rdigits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def imei():
    tac = random.choice(["35391110", "35875610", "35290611", "86769204", "35467812"])
    body = tac + rdigits(6)
    return body + luhn_digit(body)


def card(prefix="4", length=16):
    body = prefix + rdigits(length - len(prefix) - 1)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds, year, plant):
    raw = wmi_vds + "0" + year + plant + rdigits(6)
    s = sum(VIN_MAP[c] * w for c, w in zip(raw, VIN_W))
    r = s % 11
    v = raw[:8] + ("X" if r == 10 else str(r)) + raw[9:]
    assert len(v) == 17
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_ALPHA
    an = a + "0123456789"
    c = [random.choice("123456789"), random.choice(a), random.choice(an), random.choice("0123456789"),
         random.choice(a), random.choice(an), random.choice("0123456789"), random.choice(a),
         random.choice(a), random.choice("0123456789"), random.choice("0123456789")]
    return "".join(c)


def ssn():
    area = random.choice([x for x in range(101, 899) if x != 666])
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


ISO7064 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def isbt_check(s):
    total = 0
    for ch in s:
        total = ((total + ISO7064.index(ch)) * 2) % 37
    return ISO7064[(38 - total) % 37]


FIN_CENTER = "W0421"
FIN_OTHER = ["W0357", "W1152", "W0918"]


class DIN:
    def __init__(self, fin=None):
        self.fin = fin or (FIN_CENTER if random.random() < 0.8 else random.choice(FIN_OTHER))
        self.yy = "24" if random.random() < 0.9 else "23"
        self.seq = "%06d" % random.randint(100000, 299999)
        self.flags = random.choice(["00", "00", "00", "07", "A0"])
        self.chk = isbt_check(self.fin + self.yy + self.seq)

    def compact(self):
        return self.fin + self.yy + self.seq

    def eye(self):
        return "%s %s %s" % (self.fin, self.yy, self.seq)

    def scan(self):
        return "=" + self.fin + self.yy + self.seq + self.flags


PRODUCTS = [
    ("E0336V00", "RED BLOOD CELLS|CPD>AS1/450mL/refg|ResLeu:<5E6", "RBC"),
    ("E0382V00", "RED BLOOD CELLS|CP2D>AS3/500mL/refg|ResLeu:<5E6", "RBC"),
    ("E0685V00", "RED BLOOD CELLS|CPD>AS5/450mL/refg|ResLeu:<5E6|Irradiated", "RBC"),
    ("E2555V00", "FRESH FROZEN PLASMA|CPD/450mL/<=-18C", "FFP"),
    ("E2710V00", "PLASMA FROZEN WITHIN 24H|CPD/450mL/<=-18C", "FP24"),
    ("E3090VA0", "APHERESIS PLATELETS|ACD-A/XX/20-24C|ResLeu:<5E6|1st container", "PLT"),
    ("E3090VB0", "APHERESIS PLATELETS|ACD-A/XX/20-24C|ResLeu:<5E6|2nd container", "PLT"),
    ("E5340V00", "POOLED CRYOPRECIPITATE|NS/XX/<=-18C|5 units", "CRYO"),
    ("E8340V00", "APHERESIS PLATELETS|PAS-C/XX/20-24C|Pathogen Reduced", "PLT"),
]

ABO = [("O POS", "51"), ("O NEG", "95"), ("A POS", "62"), ("A NEG", "06"), ("B POS", "73"),
       ("B NEG", "17"), ("AB POS", "84"), ("AB NEG", "28")]


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
STREETS = ["Maple Grove Ave", "E Livingston Ave", "Sawmill Rd", "Karl Rd", "Parsons Ave", "Cleveland Ave",
           "Bethel Rd", "Hamilton Rd", "Schrock Rd", "Refugee Rd", "Olentangy River Rd", "Brice Rd",
           "Morse Rd", "Hard Rd", "Linden Ct", "Tamarack Cir", "Weber Rd", "Chatterton Rd",
           "N High St", "Kenny Rd", "Dierker Rd", "Noe Bixby Rd", "Sunbury Rd", "Cooper Rd"]
CITIES = [("Columbus", "43215"), ("Columbus", "43207"), ("Columbus", "43224"), ("Westerville", "43081"),
          ("Dublin", "43017"), ("Grove City", "43123"), ("Reynoldsburg", "43068"), ("Hilliard", "43026"),
          ("Delaware", "43015"), ("Newark", "43055"), ("Lancaster", "43130"), ("Marysville", "43040"),
          ("Gahanna", "43230"), ("Pickerington", "43147"), ("Worthington", "43085"), ("Zanesville", "43701"),
          ("Chillicothe", "45601")]
AREA = ["614", "380", "740", "937", "614", "614"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me",
           "wowway.net", "att.net"]

DONOR_NAMES = [
    ("Chiamaka", "Nneka", "Okonkwo", "F"), ("Krzysztof", "", "Wiśniewski", "M"), ("Lan", "Thị", "Nguyễn", "F"),
    ("José Luis", "", "Ramírez", "M"), ("Priyanka", "", "Venkataraman", "F"), ("Ji-woo", "", "Park", "F"),
    ("Yousef", "Omar", "Al-Haddad", "M"), ("Siobhán", "", "Ní Bhriain", "F"), ("Haruto", "", "Takahashi", "M"),
    ("Ayşe", "", "Yılmaz", "F"), ("Tigist", "", "Bekele", "F"), ("Malakai", "", "Fifita", "M"),
    ("Eleni", "", "Papadopoulou", "F"), ("Aino", "Maria", "Lehtonen", "F"), ("Bence", "", "Horváth", "M"),
    ("João", "Pedro", "Carvalho", "M"), ("Dmitri", "", "Volkov", "M"), ("Maricel", "", "Dela Cruz", "F"),
    ("Abdirahman", "", "Warsame", "M"), ("Wilner", "", "Jean-Baptiste", "M"), ("Darnell", "Ray", "Whitfield", "M"),
    ("Keziah", "", "Oduya", "F"), ("Mateo", "", "Quispe", "M"), ("Ingrid", "", "Solberg", "F"),
    ("Rahul", "", "Chakraborty", "M"), ("Fatima Zahra", "", "Benali", "F"), ("Tomasz", "", "Zieliński", "M"),
    ("Kaitlyn", "Rose", "McAllister", "F"), ("Oluwaseun", "", "Adebayo", "M"), ("Mei-Ling", "", "Huang", "F"),
    ("Rosalind", "", "Thibodeaux", "F"), ("Emeka", "", "Nwosu", "M"),
]
PATIENT_NAMES = [
    ("Gertrude", "Ann", "Halvorsen", "F", 1931), ("Hyun-woo", "", "Cho", "M", 1958), ("Esperanza", "", "Villalobos", "F", 1967),
    ("Walter", "J", "Kowalczyk", "M", 1930), ("Nomvula", "", "Dlamini", "F", 1984), ("Frederick", "", "Ashdown", "M", 1929),
    ("Leilani", "", "Kahananui", "F", 1992), ("Anouk", "", "van der Berg", "F", 1976), ("Rustam", "", "Nazarov", "M", 1949),
    ("Marguerite", "L", "Fontaine", "F", 1932), ("Samir", "", "Haddad", "M", 1961), ("Odalys", "", "Pérez", "F", 1988),
    ("Thandiwe", "", "Mokoena", "F", 1955), ("Ivan", "", "Petrov", "M", 1944), ("Bartholomew", "", "Okafor-Reyes", "M", 1933),
]

STAFF = [("Renata", "Castellanos", "phleb"), ("Kofi", "Mensah", "phleb"), ("Beth Ann", "Sorensen", "rn"),
         ("Ravi", "Iyer", "mt"), ("Hannah", "Lindqvist", "rn"), ("Marcus", "Delacroix", "lead"),
         ("Yuki", "Morimoto", "mt"), ("Adaeze", "Nnamdi", "mt"), ("Tobias", "Brandt", "rn"),
         ("Kemi", "Adeyemi", "rn"), ("Joaquín", "Salas", "mt"), ("Priscilla", "Oyelaran", "qa")]
PHYS = ["Dr. Alan Moradi", "Dr. Sunita Rao", "Dr. Patrick O'Donoghue", "Dr. Lena Fischbach", "Dr. Kwame Asante"]
COORDS = [("Denise Harrow", "Columbus State Community College", "550 E Spring St", "Columbus", "43215", "(614) 287-5353"),
          ("Luis Ortega", "Honda of America Mfg - Marysville", "24000 Honda Pkwy", "Marysville", "43040", "(937) 642-5000"),
          ("Pastor Grace Umeh", "New Covenant Fellowship", "2630 Cleveland Ave", "Columbus", "43211", "(614) 555-0119"),
          ("Brent Kowalski", "Hilliard Davidson High School", "5100 Davidson Rd", "Hilliard", "43026", "(614) 921-7200"),
          ("Anjali Mehra", "Ohio Health Grant Campus Staff Council", "111 S Grant Ave", "Columbus", "43215", "(614) 555-0131"),
          ("Sgt. Ron Duquesne", "Delaware County Sheriff's Office", "844 US-42", "Delaware", "43015", "(740) 833-2800")]
BUSES = []


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def fmt_phone(digits, style):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "e164": "+1" + digits,
            "dot": "%s.%s.%s" % (a, b, c), "plain": digits, "hl7": "(%s)%s-%s" % (a, b, c)}[style]


def rand_phone():
    return random.choice(AREA) + "555" + "01%02d" % random.randint(0, 99)


def pub_ip():
    first = random.choice([73, 74, 24, 65, 98, 107, 172, 184, 203, 198, 69, 99])
    if first == 172:
        return "172.%d.%d.%d" % (random.randint(56, 120), random.randint(0, 255), random.randint(1, 254))
    if first == 203:
        return "203.0.113.%d" % random.randint(1, 254)
    if first == 198:
        return "198.51.100.%d" % random.randint(1, 254)
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


def priv_ip():
    return random.choice(["10.40.%d.%d", "10.61.%d.%d", "192.168.%d.%d", "172.20.%d.%d"]) % (
        random.randint(0, 30), random.randint(2, 250))


class Person:
    pass


def make_donor(first, middle, last, sex):
    p = Person()
    p.first, p.middle, p.last, p.sex = first, middle, last, sex
    p.dob = dt.date(random.randint(1952, 2006), random.randint(1, 12), random.randint(1, 28))
    p.no = "100" + rdigits(7)
    p.isbt_id = FIN_CENTER + "000000" + p.no
    p.street = "%d %s" % (random.randint(12, 9899), random.choice(STREETS))
    if random.random() < 0.25:
        p.street += random.choice([" Apt 3B", " Apt 214", " Unit 7", " #5"])
    p.city, p.zip = random.choice(CITIES)
    p.phone = rand_phone()
    p.work_phone = rand_phone()
    p.fax = rand_phone()
    fl, ll = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("-", "")
    p.email = random.choice(["%s.%s" % (fl, ll), "%s%s%d" % (fl[0], ll, p.dob.year % 100), "%s_%s" % (fl, ll[:3]),
                             "%s%d" % (fl, random.randint(1, 999))]) + "@" + random.choice(MAILDOM)
    p.username = random.choice(["%s.%s%d" % (fl, ll[:2], p.dob.year % 100), "%s_%s" % (fl[:2], ll),
                                "%s%s" % (ll, rdigits(3))])
    p.ssn = ssn()
    p.dl = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(6)
    p.dl_iss = dt.date(random.randint(2019, 2023), random.randint(1, 12), random.randint(1, 28))
    p.dl_exp = dt.date(p.dl_iss.year + 4, p.dob.month, p.dob.day)
    p.dcf = rdigits(4) + random.choice("ABCDEFGHJK") + rdigits(4) + "0" + rdigits(4)
    p.abo = random.choice(ABO)
    p.imei = imei()
    p.ip = pub_ip()
    p.plate = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + rdigits(4)
    p.card = card(random.choice(["4", "4", "5"]) + rdigits(5))
    p.watch = "G" + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRTVWXY") for _ in range(9))
    p.ble_mac = ":".join("%02X" % random.randint(0, 255) for _ in range(6))
    p.relay = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) + "@privaterelay.appleid.com"
    p.height_in = random.randint(60, 76)
    p.weight_kg = round(random.uniform(52, 110), 1)
    return p


def make_patient(first, middle, last, sex, year):
    p = Person()
    p.first, p.middle, p.last, p.sex = first, middle, last, sex
    p.dob = dt.date(year, random.randint(1, 12), random.randint(1, 28))
    p.mrn = str(random.randint(30000000, 39999999))
    p.acct = "77" + rdigits(8)
    p.bbid = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(5)
    p.street = "%d %s" % (random.randint(12, 9899), random.choice(STREETS))
    p.city, p.zip = random.choice(CITIES)
    p.phone = rand_phone()
    p.ssn = ssn()
    p.mbi = mbi() if year < 1960 else None
    p.medicaid = None if p.mbi else ("1" + rdigits(11) if random.random() < 0.5 else None)
    p.abo = random.choice(ABO)
    p.age = age_on(p.dob)
    p.room = "%s^%d^%s" % (random.choice(["5W", "6E", "ICU2", "ONC4", "CVICU"]), random.randint(401, 699), random.choice("AB"))
    if p.mbi:
        p.plan = ("MCR", "00431", "MEDICARE PART A", p.mbi, "")
    elif p.medicaid:
        p.plan = ("MCD", "OHMCD", "OHIO MEDICAID", p.medicaid, "")
    else:
        pid_, pname, pfx = random.choice([("BCB", "ANTHEM BCBS OHIO", "YRH"), ("UHC", "UNITEDHEALTHCARE", "9"),
                                          ("AET", "AETNA CHOICE POS II", "W")])
        p.plan = (pid_, "%05d" % random.randint(10000, 99999), pname, pfx + rdigits(9),
                  "OH%06d" % random.randint(100000, 999999))
    return p


DONORS = [make_donor(*n) for n in DONOR_NAMES]
PATIENTS = [make_patient(*n) for n in PATIENT_NAMES]
for _i, _p in enumerate(PATIENTS):
    _p.case = "TRX-24-%04d" % (31 + _i * 11 + random.randint(0, 9))
DONOR_W = [1.0 / (1 + i * 0.12) for i in range(len(DONORS))]
PAT_W = [1.0 / (1 + i * 0.15) for i in range(len(PATIENTS))]


def donor():
    return random.choices(DONORS, DONOR_W)[0]


def patient():
    return random.choices(PATIENTS, PAT_W)[0]


def staff(kind=None):
    pool = [s for s in STAFF if kind is None or s[2] == kind] or STAFF
    return random.choice(pool)


def staff_user(s):
    return ascii_fold(s[0][0] + s[1]).lower().replace(" ", "")


def fake_jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_png_b64(n):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000f0000001400806000000")
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_fmr_b64(n):
    head = b"FMR\x00 20\x00\x00\x00\x01\x2a\x00\x00\x01\xf4\x01\xf4\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


BUSES = [("BM-03", vin("1FVACWFE", "K", "H"), "PBC 1187"), ("BM-07", vin("4UZADRFC", "L", "D"), "PBC 4471"),
         ("BM-11", vin("1FDXE4FS", "M", "D"), "PBC 2209"), ("CT-02", vin("1FTBW3XG", "N", "K"), "PBC 3316")]
KIOSKS = ["kiosk-reg-03", "kiosk-reg-07", "kiosk-reg-09", "kiosk-bm07-1", "kiosk-bm11-2"]
TRIMAS = ["1T07523", "1T07788", "1T08102", "1T06941"]
AMICUS = ["AM4C2291", "AM4C2307"]


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
def addr_parts_json(p, ascii_=False):
    return {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": "OH", "zip": P(p.zip, "zip")}


def fam_kiosk(phi):
    L = Line("pino-json", is_json=True)
    host = random.choice(KIOSKS)
    d = {"level": 30, "time": f_epoch_ms(now()), "pid": random.choice([2214, 2231, 3108]), "hostname": host,
         "name": "reg-kiosk"}
    if phi:
        dn = donor()
        k = random.choice([0, 0, 1, 2, 3, 3, 4, 4, 5, 6, 7])
        d["reqId"] = "req-" + rhex(4)
        if k == 0:
            d["donor"] = {"donorId": P(dn.no, "mrn"), "firstName": P(dn.first, "name"), "lastName": P(dn.last, "name"),
                          "dob": P(d_iso(dn.dob), "date"), "sex": dn.sex,
                          "mobile": P(fmt_phone(dn.phone, "dash"), "phone"), "email": P(dn.email, "email"),
                          "address": addr_parts_json(dn), "firstTime": False, "consentSms": True}
            d["msg"] = "registration submitted"
        elif k == 1:
            d["lookup"] = {"by": "mobile", "value": P(fmt_phone(dn.phone, "plain"), "phone")}
            d["matches"] = 1
            d["donorId"] = P(dn.no, "mrn")
            d["lastDonation"] = "W/B 56d+"
            d["msg"] = "returning donor matched"
        elif k == 2:
            d["level"] = 20
            d["donorId"] = P(dn.no, "mrn")
            d["photo"] = {"mime": "image/jpeg", "w": 480, "h": 640, "b64": P(fake_jpeg_b64(random.randint(150, 330)), "photo")}
            d["msg"] = "donor photo captured"
        elif k == 3:
            d["donorId"] = P(dn.no, "mrn")
            d["bio"] = {"fmt": "ISO19794-2:2005", "finger": "R_INDEX", "nfiq": random.randint(1, 3),
                        "template": P(fake_fmr_b64(random.randint(120, 260)), "biometric")}
            d["msg"] = "fingerprint enrolled for returning-donor match"
        elif k == 4:
            d["level"] = 40
            d["donorId"] = P(dn.no, "mrn")
            d["legacy"] = {"ssn": P(dn.ssn, "ssn"), "workPhone": P(fmt_phone(dn.work_phone, "paren"), "phone"),
                           "fax": P(fmt_phone(dn.fax, "paren"), "fax"), "employer": random.choice(COORDS)[1]}
            d["msg"] = "legacy profile fields present; scheduled for purge per retention policy RP-7"
        elif k == 5:
            d["level"] = 40
            d["donorId"] = P(dn.no, "mrn")
            d["err"] = {"type": "ValidationError", "field": "dob", "entered": P(d_us(dn.dob), "date"),
                        "onFile": P(d_iso(dn.dob + dt.timedelta(days=random.choice([1, 30, 365]))), "date")}
            d["msg"] = "DOB mismatch vs record; staff review required"
        elif k == 7:
            d["level"] = 20
            d["donorId"] = P(dn.no, "mrn")
            d["badge"] = {"template": "donor-card-v2", "preview": P("data:image/png;base64," + fake_png_b64(random.randint(120, 240)), "photo")}
            d["msg"] = "donor card preview rendered"
        else:
            d["donor"] = {"id": P(dn.no, "mrn"), "name": P("%s %s" % (dn.first, dn.last), "name"),
                          "email": P(dn.email, "email")}
            d["apptId"] = "APT-" + rdigits(7)
            d["slot"] = now().strftime("%H:") + random.choice(["00", "20", "40"])
            d["msg"] = "checked in from appointment"
    else:
        k = random.randint(0, 4)
        if k == 0:
            d["uptimeSec"] = random.randint(3000, 90000)
            d["printer"] = {"model": "ZD421", "sn": "D4J" + rdigits(9), "status": "ready", "labels": random.randint(40, 900)}
            d["net"] = {"ip": priv_ip(), "ssid": "CORBC-MOBILE", "rssi": -random.randint(40, 75)}
            d["msg"] = "heartbeat"
        elif k == 1:
            d["sessionId"] = ruuid()
            d["idleSec"] = 180
            d["level"] = 40
            d["msg"] = "session timed out, form state cleared"
        elif k == 2:
            d["bundle"] = "dhq-4.0.2"
            d["locale"] = random.choice(["en-US", "es-MX", "so-SO", "vi-VN"])
            d["sha256"] = rhex(64)
            d["msg"] = "questionnaire bundle loaded"
        elif k == 3:
            d["req"] = {"id": random.randint(1000, 99999), "method": "POST", "url": "/api/kiosk/v1/sessions",
                        "remoteAddress": "::ffff:" + priv_ip()}
            d["res"] = {"statusCode": 201}
            d["responseTime"] = random.randint(12, 300)
            d["msg"] = "request completed"
        else:
            d["level"] = 50
            d["err"] = {"type": "Error", "message": "ECONNREFUSED %s:8443" % priv_ip(), "code": "ECONNREFUSED"}
            d["msg"] = "BECS sync failed; queued 3 registrations for retry"
    jemit(L, d, COMPACT)
    return [L]


def fam_aamva(phi):
    L = Line("aamva-pdf417")
    host = random.choice(KIOSKS)
    L.t(f_log4j(now()) + " DEBUG [" + host + "] IdScanService: ")
    if phi:
        dn = donor()
        r = random.random()
        if r < 0.15:
            L.t("face match selfie vs DL portrait donor=").p(dn.no, "mrn").t(" score=%.3f thr=0.80 tmpl=" % random.uniform(0.81, 0.99))
            L.p(base64.b64encode(bytes(random.getrandbits(8) for _ in range(random.randint(96, 180)))).decode(), "biometric")
        elif r < 0.6:
            L.t('PDF417 decoded len=%d raw="@\\n\\x1e\\rANSI 636023090002DL00410278ZO03190024DLDAQ' % random.randint(280, 340))
            L.p(dn.dl, "license")
            L.t("\\nDCS").p(dn.last.upper(), "name")
            L.t("\\nDAC").p(dn.first.upper(), "name")
            L.t("\\nDAD")
            if dn.middle:
                L.p(dn.middle.upper(), "name")
            else:
                L.t("NONE")
            L.t("\\nDBD").p(d_aamva(dn.dl_iss), "date")
            L.t("\\nDBB").p(d_aamva(dn.dob), "date")
            L.t("\\nDBA").p(d_aamva(dn.dl_exp), "date")
            L.t("\\nDBC%d\\nDAY%s\\nDAU%03d IN\\nDAG" % (1 if dn.sex == "M" else 2, random.choice(["BRO", "BLU", "GRN", "HAZ", "BLK"]), dn.height_in))
            L.p(dn.street.upper(), "address")
            L.t("\\nDAI").p(dn.city.upper(), "address")
            L.t("\\nDAJOH\\nDAK").p(dn.zip + "0000", "zip")
            L.t("\\nDCF").p(dn.dcf, "other_id")
            L.t('\\nDCGUSA\\nDDEN\\nDDFN\\nDDGN\\r"')
        else:
            L.t("parsed AAMVA v9 jurisdiction=OH dl=").p(dn.dl, "license")
            L.t(' name="').p("%s, %s%s" % (dn.last.upper(), dn.first.upper(), (" " + dn.middle.upper()) if dn.middle else ""), "name")
            L.t('" dob=').p(d_iso(dn.dob), "date")
            L.t(" exp=").p(d_iso(dn.dl_exp), "date")
            L.t(' addr="').p(dn.street.upper(), "address").t(", ").p(dn.city.upper(), "address").t(" OH ").p(dn.zip, "zip")
            L.t('" -> matched donor ').p(dn.no, "mrn")
    else:
        k = random.randint(0, 2)
        if k == 0:
            L.t("PDF417 decode failed: ECC level %d, %d/%d rows read, retry %d/3" % (
                random.randint(2, 5), random.randint(6, 19), 22, random.randint(1, 3)))
        elif k == 1:
            L.t("scanner attached Honeywell Xenon 1950g vid=0c2e pid=0b61 fw=BK000085BAC sn=19301B%04d" % random.randint(1000, 9999))
        else:
            L.t("document type=PASSPORT_CARD not supported for auto-fill; manual entry (form REG-01 rev 2023-11)")
    return [L]


def fam_dhq(phi):
    L = Line("python-logging")
    lvl = "INFO"
    sid = rhex(6)
    if phi:
        dn = donor()
        k = random.randint(0, 3)
        if k == 0:
            L.t(f_py(now()) + " INFO [dhq.engine] session=%s donor=" % sid).p(dn.no, "mrn")
            L.t(" completed DHQ v4.0.2 answers=%d flagged=%s result=%s" % (
                random.randint(44, 56), random.choice(["[]", "['q17_travel']", "['q23_meds', 'q24_meds']", "['q31_tattoo']"]),
                random.choice(["ACCEPT", "NEEDS_REVIEW", "ACCEPT"])))
        elif k == 1:
            L.t(f_py(now()) + " INFO [dhq.identity] donor ").p("%s, %s" % (dn.last, dn.first), "name")
            L.t(" (").p(dn.no, "mrn").t(") DOB ").p(d_us(dn.dob), "date")
            L.t(" age %d - minimum age / parental consent check passed" % age_on(dn.dob))
        elif k == 2:
            L.t(f_py(now()) + " INFO [dhq.vitals] mini-physical donor=").p(dn.no, "mrn")
            L.t(" hgb=%.1f g/dL method=HemoCue301 lot=23%05d pulse=%d bp=%d/%d temp=%.1f wt=%.1fkg arm=%s -> %s" % (
                random.uniform(12.0, 16.5), random.randint(10000, 99999), random.randint(55, 98), random.randint(102, 150),
                random.randint(60, 92), random.uniform(36.1, 37.3), dn.weight_kg, random.choice("LR"),
                random.choice(["ACCEPT", "ACCEPT", "DEFER_LOW_HGB"])))
        else:
            L.t(f_py(now()) + " WARNING [dhq.followup] donor=").p(dn.no, "mrn")
            L.t(" q17 follow-up country=%r returned=" % random.choice(["Nigeria", "Ghana", "India", "Haiti", "Honduras"]))
            L.p(d_iso(TODAY - dt.timedelta(days=random.randint(20, 300))), "date")
            L.t(" -> suggested deferral MAL-TRV (3 months)")
    else:
        k = random.randint(0, 4)
        if k == 0:
            L.t(f_py(now()) + " INFO [dhq.bundle] loaded questionnaire bundle dhq-4.0.2 (56 questions, 9 follow-ups) sha256=%s" % rhex(16))
        elif k == 1:
            L.t(f_py(now()) + " INFO [dhq.qc] HemoCue Hb 301 sn=HC%07d control low=%.1f high=%.1f lot 23%05d exp 2024-09-30 PASS" % (
                random.randint(1000000, 9999999), random.uniform(7.8, 8.4), random.uniform(15.6, 16.2), random.randint(10000, 99999)))
        elif k == 2:
            L.t(f_py(now()) + " WARNING [dhq.engine] session=%s abandoned after %ds on %s (question 31/56)" % (
                sid, random.randint(200, 900), random.choice(KIOSKS)))
        elif k == 3:
            L.t(f_py(now()) + " WARNING [dhq.i18n] missing key q31_followup_b for locale %s; falling back to en-US" % random.choice(["es-MX", "so-SO", "ne-NP"]))
        else:
            L.t(f_py(now()) + " INFO [dhq.engine] session=%s result=ACCEPT duration=%.1fs answers=52 flagged=[]" % (sid, random.uniform(180, 700)))
    return [L]


def log4j_head(L, lvl, thread, logger):
    L.t("%s %-5s [%s] %s - " % (f_log4j(now()), lvl, thread, logger))


def fam_deferral(phi):
    L = Line("log4j-becs")
    th = random.choice(["http-nio-8443-exec-%d" % random.randint(1, 40), "pool-3-thread-2", "scheduling-1"])
    if phi:
        dn = donor()
        k = random.randint(0, 3)
        if k == 0:
            log4j_head(L, "INFO", th, "o.c.becs.donor.DeferralService")
            start = TODAY
            end = start + dt.timedelta(days=random.choice([56, 90, 112, 365]))
            code, reason = random.choice([("MAL-TRV", "travel to malaria-endemic area"), ("LOW-HGB", "hemoglobin below 12.5 g/dL"),
                                          ("TATTOO", "tattoo in unlicensed facility"), ("MED-FIN", "finasteride")])
            L.t("Created deferral id=DF-%d donor=" % random.randint(800000, 899999)).p(dn.no, "mrn")
            L.t(" code=%s reason='%s' type=TEMPORARY start=" % (code, reason)).p(d_iso(start), "date")
            L.t(" end=").p(d_iso(end), "date")
            L.t(" by=rn_%s" % ascii_fold(staff("rn")[1]).lower())
        elif k == 1:
            log4j_head(L, "WARN", th, "o.c.becs.donor.DeferralService")
            L.t("Permanent deferral donor=").p(dn.no, "mrn")
            L.t(" code=%s source=NAT confirm case=" % random.choice(["NAT-HBV", "NAT-HCV", "NAT-HIV", "ANTI-HTLV"]))
            L.p("LB-2024-%04d" % random.randint(10, 99), "other_id")
            L.t(" notify=CERTIFIED_MAIL lookback=OPEN components_recalled=%d" % random.randint(1, 4))
        elif k == 2:
            log4j_head(L, "INFO", "scheduling-1", "o.c.becs.jobs.DeferralExpiryJob")
            L.t("Deferral expired for donor ").p(dn.no, "mrn")
            L.t(" (").p("%s, %s" % (dn.last.upper(), dn.first.upper()), "name")
            L.t(") eligible again from ").p(d_iso(TODAY + dt.timedelta(days=1)), "date")
        else:
            log4j_head(L, "WARN", th, "o.c.becs.reg.RegistrationGuard")
            L.t("Donor ").p(dn.no, "mrn").t(" (").p("%s, %s" % (dn.last.upper(), dn.first.upper()), "name")
            L.t(") attempted donation while deferred until ").p(d_iso(TODAY + dt.timedelta(days=random.randint(10, 200))), "date")
            L.t("; blocked at %s" % random.choice(KIOSKS))
    else:
        k = random.randint(0, 3)
        if k == 0:
            log4j_head(L, "INFO", "main", "o.c.becs.ref.DeferralCodeCache")
            L.t("Deferral code table refreshed: %d codes (source=FDA-GUID-2023-05, rev 14) in %d ms" % (random.randint(200, 230), random.randint(40, 400)))
        elif k == 1:
            log4j_head(L, "INFO", "scheduling-1", "o.c.becs.jobs.DeferralExpiryJob")
            L.t("Nightly DeferralExpiryJob finished processed=%d reinstated=%d elapsed=%.1fs" % (random.randint(900, 2000), random.randint(10, 80), random.uniform(4, 30)))
        elif k == 2:
            log4j_head(L, "ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper")
            L.t("ORA-00060: deadlock detected while waiting for resource (table DONOR_DEFERRAL, txn 0x%s)" % rhex(8))
        else:
            log4j_head(L, "INFO", th, "o.c.becs.ref.DeferralRuleService")
            s = staff("qa")
            L.t("Rule MAL-TRV window changed 12m -> 3m (CC-2024-%03d) approved by qa_%s" % (random.randint(1, 99), ascii_fold(s[1]).lower()))
    return [L]


def fam_isbt(phi):
    L = Line("isbt128-scan")
    ws = random.choice(["COMP-LAB-02", "COMP-LAB-04", "DIST-01", "SBMC-BB-02", "LAB-IRR-1"])
    dev = random.choice(["DS8178", "DS4608", "Xenon1950g", "Granit1981i"])
    L.t("%s scan ws=%s dev=%s " % (f_iso(now()), ws, dev))
    if phi:
        dn = donor()
        if random.random() < 0.6:
            L.t('sym=CODE128 raw="=;').p(dn.isbt_id, "mrn").t('" ds=019 type=DONOR_ID -> donor ').p(dn.no, "mrn")
            L.t(" lookup ok")
        else:
            L.t('sym=CODE128 raw="=;').p(dn.isbt_id, "mrn").t('" ds=019 type=DONOR_ID -> ')
            L.p("%s, %s" % (dn.last.upper(), dn.first.upper()), "name").t(" ").t(dn.abo[0])
            L.t(" last WB ").p(d_iso(TODAY - dt.timedelta(days=random.randint(57, 400))), "date")
    else:
        din = DIN()
        k = random.randint(0, 5)
        prod = random.choice(PRODUCTS)
        abo = random.choice(ABO)
        exp = TODAY + dt.timedelta(days=random.choice([5, 7, 35, 42, 365]))
        if k == 0:
            L.t('sym=CODE128 raw="%s" ds=001 DIN=%s flags=%s chk=%s' % (din.scan(), din.eye(), din.flags, din.chk))
        elif k == 1:
            L.t('sym=CODE128 raw="=<%s" ds=003 product=%s class=%s' % (prod[0], prod[0], prod[2]))
        elif k == 2:
            L.t('sym=CODE128 raw="=%%%s00" ds=002 abo_rh=%s' % (abo[1], abo[0]))
        elif k == 3:
            L.t('sym=CODE128 raw="=>%s" ds=004 expires=%s' % (julian(exp), d_iso(exp)))
        elif k == 4:
            L.t('sym=DATAMATRIX raw="=+00004%s=<%s=%%%s00&>%s2359" ds=023 n=4 DIN=%s product=%s abo_rh=%s exp=%sT23:59' % (
                din.scan(), prod[0], abo[1], julian(exp), din.compact(), prod[0], abo[0], d_iso(exp)))
        else:
            L.t('sym=CODE128 raw="%s" ds=001 DIN=%s chk=%s WARN flag mismatch (label flags=%s, expected 00) - verify container' % (
                din.scan(), din.compact(), din.chk, din.flags))
    return [L]


def fam_apheresis(phi):
    L = Line("apheresis-device")
    if random.random() < 0.7:
        sn = random.choice(TRIMAS)
        L.t("TRIMA|%s|7.0.6|%s|" % (sn, now().strftime("%Y-%m-%d %H:%M:%S")))
        if phi:
            dn = donor()
            L.t("DONOR_DL|src=VISTA|name=").p(dn.last.upper(), "name").t("^").p(dn.first.upper(), "name")
            L.t("|donor=").p(dn.no, "mrn").t("|dob=").p(d_hl7(dn.dob), "date")
            L.t("|sex=%s|ht=%dcm|wt=%.0fkg|hct=%.1f|plt_pre=%d|tbv=%d" % (
                dn.sex, int(dn.height_in * 2.54), dn.weight_kg, random.uniform(38, 47), random.randint(160, 390), random.randint(3800, 6400)))
        else:
            din = DIN()
            k = random.randint(0, 3)
            if k == 0:
                L.t("RUN_START|proc=%04d|cassette=REF 80400 LOT %07d|DIN=%s|pred plt=%.1fe11 pls=%dmL rbc=%dmL" % (
                    random.randint(1, 2000), random.randint(2300000, 2499999), din.compact(), random.uniform(2.8, 7.2),
                    random.choice([0, 200, 250, 500]), random.choice([0, 0, 180])))
            elif k == 1:
                L.t("ALARM|code=0x%04X|%s|ack op=%s" % (random.randint(256, 900), random.choice(
                    ["Return line occlusion", "Low AC level", "Centrifuge door open", "Draw pressure low"]), staff_user(staff("phleb"))))
            elif k == 2:
                L.t("RUN_END|proc=%04d|DIN=%s|dur=01:%02d:%02d|yield=%.1fe11|split=%s|AC_used=%dmL|status=COMPLETE" % (
                    random.randint(1, 2000), din.compact(), random.randint(0, 59), random.randint(0, 59), random.uniform(3, 9),
                    random.choice(["SINGLE", "DOUBLE", "TRIPLE"]), random.randint(250, 520)))
            else:
                L.t("VISTA_UPLOAD|records=%d|bytes=%d|host=vista01.corbc.internal|rc=0" % (random.randint(1, 8), random.randint(2000, 40000)))
    else:
        sn = random.choice(AMICUS)
        L.t("[AMICUS %s v5.0] %s | " % (sn, now().strftime("%d-%b-%Y %H:%M:%S")))
        if phi:
            dn = donor()
            L.t("Donor entry: ").p("%s, %s" % (dn.last, dn.first), "name").t(" | ID ").p(dn.no, "mrn")
            L.t(" | DOB ").p(d_us(dn.dob), "date").t(" | Wt %.1f kg | Hct %d%% | Pre-count %d" % (dn.weight_kg, random.randint(38, 47), random.randint(160, 390)))
        else:
            din = DIN()
            L.t("Procedure=%s | DIN %s %s | Kit REF 4R2327 LOT %s | %s" % (
                random.choice(["PLT-PLS", "PLT-CONC", "RBC-2"]), din.eye(), din.chk,
                "%02dJ%02dM%02d" % (random.randint(20, 24), random.randint(10, 31), random.randint(10, 99)),
                random.choice(["Kit loaded", "Prime complete", "Collection complete 00:58:12", "Saline reinfusion 200 mL"])))
    return [L]


def fam_wb(phi):
    L = Line("hemoflow-csv")
    dev = "HF2-%04d-%04d" % (random.randint(1000, 9999), random.randint(1000, 9999))
    din = DIN()
    if phi:
        dn = donor()
        L.t("LINK,%s,%s,%s,DONOR," % (dev, now().strftime("%Y-%m-%d %H:%M:%S"), din.compact()))
        L.p(dn.no, "mrn").t(",").p(d_iso(dn.dob), "date").t(",VERBAL_ID_OK,%s" % staff_user(staff("phleb")))
    else:
        L.t("COLL,%s,%s,%s,%d,%02d:%02d,%d,%s,%s,LOT %07d" % (
            dev, now().strftime("%Y-%m-%d %H:%M:%S"), din.compact(), random.randint(480, 525), random.randint(4, 11),
            random.randint(0, 59), random.randint(45, 95), random.choice(["OK", "OK", "OK", "LOW_VOL", "SLOW_FLOW"]),
            staff_user(staff("phleb")), random.randint(2300000, 2499999)))
    return [L]


def fam_drive(phi):
    L = Line("zap-json", is_json=True)
    d = {"level": "info", "ts": float(f_epoch_f(now())), "caller": "", "msg": ""}
    drv = "MD-24-%04d" % random.randint(200, 480)
    if phi:
        dn = donor()
        k = random.choice([0, 0, 1, 1, 2])
        if k == 0:
            d["caller"] = "appointments/book.go:%d" % random.randint(80, 200)
            d["msg"] = "appointment booked"
            d["driveId"] = drv
            d["donorId"] = P(dn.no, "mrn")
            d["donor"] = P("%s %s" % (dn.first, dn.last), "name")
            d["phone"] = P(fmt_phone(dn.phone, "e164"), "phone")
            d["apptDate"] = P(d_iso(TODAY + dt.timedelta(days=random.randint(2, 30))), "date")
            d["slot"] = random.choice(["09:20", "10:40", "13:00", "14:20"])
            d["channel"] = random.choice(["sms", "web", "app"])
        elif k == 1:
            d["caller"] = "parking/validate.go:57"
            d["msg"] = "parking validation registered"
            d["driveId"] = drv
            d["donorId"] = P(dn.no, "mrn")
            d["plate"] = P(dn.plate, "vehicle")
            d["plateState"] = "OH"
        else:
            d["caller"] = "appointments/walkin.go:33"
            d["msg"] = "walk-in added to roster"
            d["driveId"] = drv
            d["email"] = P(dn.email, "email")
            d["name"] = {"given": P(dn.first, "name"), "family": P(dn.last, "name")}
            d["bloodType"] = dn.abo[0]
    else:
        c = random.choice(COORDS)
        bus = random.choice(BUSES)
        k = random.randint(0, 3)
        if k == 0:
            d["caller"] = "drives/scheduler.go:212"
            d["msg"] = "drive confirmed"
            d["driveId"] = drv
            d["sponsor"] = c[1]
            d["coordinator"] = c[0]
            d["coordinatorPhone"] = c[5]
            d["site"] = "%s, %s, OH %s" % (c[2], c[3], c[4])
            d["date"] = d_iso(TODAY + dt.timedelta(days=random.randint(3, 60)))
            d["bus"] = bus[0]
            d["slots"] = random.choice([32, 40, 48, 64])
        elif k == 1:
            d["caller"] = "fleet/telematics.go:88"
            d["msg"] = "vehicle status"
            d["bus"] = bus[0]
            d["vin"] = bus[1]
            d["plate"] = bus[2]
            d["odometer"] = random.randint(80000, 240000)
            d["gps"] = [round(random.uniform(39.8, 40.2), 5), round(random.uniform(-83.2, -82.7), 5)]
            d["genset"] = random.choice(["ON", "OFF"])
            d["fridgeC"] = round(random.uniform(2.5, 5.5), 1)
        elif k == 2:
            d["level"] = "warn"
            d["caller"] = "drives/fill.go:41"
            d["msg"] = "drive under-booked"
            d["driveId"] = drv
            d["sponsor"] = c[1]
            d["booked"] = random.randint(5, 20)
            d["goal"] = random.choice([32, 40, 48])
            d["daysOut"] = random.randint(2, 9)
        else:
            d["caller"] = "drives/staffing.go:120"
            d["msg"] = "staff assigned"
            d["driveId"] = drv
            d["lead"] = "%s %s" % staff("lead")[:2]
            d["phleb"] = random.randint(3, 6)
            d["rn"] = 1
            d["bus"] = bus[0]
    jemit(L, d, COMPACT)
    return [L]


def astm_frame(fn, rec):
    raw = str(fn) + rec + "\r\x03"
    cs = "%02X" % (sum(raw.encode("latin-1")) % 256)
    return cs


def fam_astm(phi):
    inst = random.choice(["PANTHER-02", "PANTHER-03", "COBAS6800-1"]) if not phi else random.choice(["NEO-IRIS-1", "ORTHO-VISION-2"])
    lines = []
    fn = 1
    recs = []
    if not phi:
        din = DIN()
        assay = {"PANTHER-02": ("ULTRIO ELITE", "HIV-1/HCV/HBV"), "PANTHER-03": ("BABESIA", "BAB"),
                 "COBAS6800-1": ("MPX", "HIV/HCV/HBV")}[inst]
        recs.append([("H|\\^&|||%s^7.2.1.5^200%04d|||||LIS||P|1|%s" % (inst.split("-")[0].title(), random.randint(1000, 9999), f_hl7(now())), None)])
        recs.append([("P|1", None)])
        recs.append([("O|1|%s||^^^%s|R||||||N||||||||||||||F" % (din.compact(), assay[0]), None)])
        res = random.choice(["Nonreactive", "Nonreactive", "Nonreactive", "Invalid"])
        recs.append([("R|1|^^^%s|%s|S/CO|||||F||%s||%s|%s" % (assay[1], res, staff_user(staff("mt")), f_hl7(now()), inst), None)])
        recs.append([("L|1|N", None)])
        n = random.choice([1, 2, 3, 5])
        recs = recs[:n] if n < 5 else recs
    else:
        pt = patient()
        acc = "SBM24-%07d" % random.randint(60000, 99999)
        recs.append([("H|\\^&|||%s^5.1^%s|||||LIS||P|1|%s" % (inst.split("-")[0], rdigits(6), f_hl7(now())), None)])
        recs.append([("P|1|", None), (pt.mrn, "mrn"), ("|||", None), (pt.last.upper(), "name"), ("^", None),
                     (pt.first.upper(), "name"), ("||", None), (d_hl7(pt.dob), "date"), ("|%s" % pt.sex, None)])
        recs.append([("O|1|%s||^^^ABO_RH\\^^^ABSC|R|%s|||||N||||WB" % (acc, f_hl7(now())), None)])
        recs.append([("R|1|^^^ABO_RH|%s|||||F||%s||%s|%s" % (pt.abo[0], staff_user(staff("mt")), f_hl7(now()), inst), None)])
        recs.append([("L|1|N", None)])
    for parts in recs:
        L = Line("astm-e1394")
        direction = "RX"
        L.t("%s [ASTM %s %s] <STX>%d" % (f_log4j(now()), direction, inst, fn))
        rec = ""
        for txt, cat in parts:
            L.v(txt, cat)
            rec += txt
        L.t("<CR><ETX>%s<CR><LF>" % astm_frame(fn, rec))
        lines.append(L)
        fn = (fn + 1) % 8
        CLK.small()
    return lines


def hl7_pid(L, pt, full=True):
    L.t("PID|1||").p(pt.mrn, "mrn").t("^^^SBMC^MR")
    if full and random.random() < 0.5:
        L.t("~").p(pt.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    L.t("||").p(pt.last.upper(), "name").t("^").p(pt.first.upper(), "name")
    if pt.middle:
        L.t("^").p(pt.middle.upper(), "name")
    L.t("||").p(d_hl7(pt.dob), "date").t("|%s|||" % pt.sex)
    if full:
        L.p(pt.street, "address").t("^^").p(pt.city, "address").t("^OH^").p(pt.zip, "zip").t("^USA||")
        L.p(fmt_phone(pt.phone, "hl7"), "phone").t("|||||").p(pt.acct, "account")
    else:
        L.t("||||||")


def hl7_in1(L, pt):
    plan_id, comp, cname, member, group = pt.plan
    L.t("\\rIN1|1|%s|%s|%s||||%s" % (plan_id, comp, cname, group) + "|" * 28).p(member, "health_plan")


def fam_hl7(phi):
    L = Line("hl7v2-mllp")
    ctl = rdigits(6)
    if phi:
        pt = patient()
        kind = random.choice(["OMB", "ORU", "BTS", "ADT"])
        port = {"OMB": 6661, "ORU": 6662, "BTS": 6663, "ADT": 6660}[kind]
        L.t("%s INFO  [MLLP-IN:%d] rx msg=" % (f_log4j(now()), port))
        if kind == "OMB":
            L.t("MSH|^~\\&|EPIC|SBMC|BBIS|SBMC_BB|%s||OMB^O27^OMB_O27|%s|P|2.5.1\\r" % (f_hl7(now()), ctl))
            hl7_pid(L, pt)
            L.t("\\rPV1|1|I|%s||||1234567^%s\\rORC|NW|ORD%d||||||||%s\\rBPO|1|^RBC^|||%d|U|%s|||N" % (
                pt.room, random.choice(["MORADI^ALAN", "RAO^SUNITA", "ASANTE^KWAME"]), random.randint(400000, 499999),
                f_hl7(now()), random.randint(1, 4), f_hl7(now() + dt.timedelta(hours=2))))
            if random.random() < 0.5:
                hl7_in1(L, pt)
        elif kind == "ORU":
            L.t("MSH|^~\\&|BBIS|SBMC_BB|EPIC|SBMC|%s||ORU^R01^ORU_R01|%s|P|2.5.1\\r" % (f_hl7(now()), ctl))
            hl7_pid(L, pt, full=False)
            L.t("\\rOBR|1|ORD%d|SBM24-%07d|TS^TYPE AND SCREEN|||%s\\rOBX|1|CE|ABORH^ABO/Rh||%s||||||F\\rOBX|2|CE|ABSC^Antibody Screen||%s||||||F" % (
                random.randint(400000, 499999), random.randint(60000, 99999), f_hl7(now()), pt.abo[0],
                random.choice(["NEG", "NEG", "POS"])))
        elif kind == "BTS":
            din = DIN()
            prod = random.choice(PRODUCTS)
            L.t("MSH|^~\\&|BLOODTRACK|SBMC|BBIS|SBMC_BB|%s||BTS^O31^BTS_O31|%s|P|2.5.1\\r" % (f_hl7(now()), ctl))
            hl7_pid(L, pt, full=False)
            L.t("\\rORC|SC|ORD%d\\rBPO|1|^RBC^|||1\\rBTX|1|%s|%s^%s|||||||TX|F|%s" % (
                random.randint(400000, 499999), din.compact(), prod[0], prod[2], f_hl7(now())))
        else:
            L.t("MSH|^~\\&|EPIC|SBMC|BBIS|SBMC_BB|%s||ADT^A08^ADT_A01|%s|P|2.5.1\\rEVN|A08|%s\\r" % (f_hl7(now()), ctl, f_hl7(now())))
            hl7_pid(L, pt)
            L.t("\\rPV1|1|I|%s" % pt.room)
            hl7_in1(L, pt)
    else:
        k = random.randint(0, 2)
        if k == 0:
            L.t("%s INFO  [MLLP-OUT:6661] tx msg=MSH|^~\\&|BBIS|SBMC_BB|EPIC|SBMC|%s||ACK^O27^ACK|A%s|P|2.5.1\\rMSA|AA|%s" % (
                f_log4j(now()), f_hl7(now()), ctl, rdigits(6)))
        elif k == 1:
            L.t("%s INFO  [MLLP-IN:%d] connection accepted from %s:%d (peer=EPIC-BRIDGES-%d)" % (
                f_log4j(now()), random.choice([6660, 6661, 6662, 6663]), priv_ip(), random.randint(40000, 65000), random.randint(1, 4)))
        else:
            L.t("%s WARN  [MLLP-IN:6663] NAK sent ctl=%s reason=AE 207^Application internal error^HL70357 (BPX-5 DIN check char mismatch)" % (
                f_log4j(now()), ctl))
    return [L]


def fam_audit(phi):
    L = Line("becs-audit")
    s = staff()
    ws = random.choice(["LAB-WS-14", "REG-WS-02", "DIST-WS-01", "QA-WS-05", "CALL-WS-11"])
    L.t("AUDIT|%s|usr=%s|ws=%s|app=BECS 7.3.2|" % (f_isoz(now()), staff_user(s), ws))
    if phi:
        dn = donor()
        k = random.choice([0, 1, 2, 3, 4, 5, 6, 7])
        if k < 4 or k > 5:
            L.t("evt=DONOR_UPDATE|obj=DONOR:").p(dn.no, "mrn").t("|")
        if k == 6:
            L.t("fld=FAX_HOME|old=|new=").p(fmt_phone(dn.fax, "dash"), "fax").t("|rsn=Donor prefers faxed results letter|esig=Y")
        elif k == 7:
            L.t("fld=SSN|old=***-**-%s|new=" % rdigits(4)).p(dn.ssn, "ssn").t("|rsn=Transposed digits corrected from SS card|esig=Y")
        elif k == 0:
            new = rand_phone()
            L.t("fld=PHONE_MOBILE|old=").p(fmt_phone(dn.phone, "paren"), "phone").t("|new=").p(fmt_phone(new, "paren"), "phone")
            L.t("|rsn=Donor request|esig=Y")
        elif k == 1:
            L.t("fld=EMAIL|old=").p(dn.email, "email").t("|new=").p(
                ascii_fold(dn.first).lower().replace(" ", "") + "." + rdigits(2) + "@" + random.choice(MAILDOM), "email")
            L.t("|rsn=Bounced address|esig=Y")
        elif k == 2:
            L.t("fld=ADDR_LINE1|old=").p(dn.street, "address").t("|new=").p(
                "%d %s" % (random.randint(10, 9000), random.choice(STREETS)), "address").t("|rsn=Moved|esig=Y")
        elif k == 3:
            L.t("fld=DOB|old=").p(d_iso(dn.dob + dt.timedelta(days=31)), "date").t("|new=").p(d_iso(dn.dob), "date")
            L.t("|rsn=Data entry correction; verified DL|esig=Y")
        elif k == 4:
            other = donor()
            L.t("evt=DONOR_MERGE|obj=DONOR:").p(dn.no, "mrn").t("|merged=").p("100" + rdigits(7), "mrn")
            L.t("|rsn=Duplicate registration (same DOB/name)|esig=Y")
        else:
            L.t("evt=RECORD_VIEW|obj=DONOR:").p(dn.no, "mrn").t("|screen=DonorHistory|rsn=Callback re: ")
            L.p("%s %s" % (dn.first, dn.last), "name").t("|esig=N")
    else:
        din = DIN()
        k = random.randint(0, 5)
        if k == 0:
            L.t("evt=LOGIN_OK|obj=USER:%s|auth=AD+PIN|esig=N" % staff_user(s))
        elif k == 1:
            L.t("evt=PRODUCT_STATUS|obj=UNIT:%s|prod=%s|old=QUARANTINE|new=AVAILABLE|rsn=Testing complete (NAT NR, serology NR)|esig=Y" % (
                din.compact(), random.choice(PRODUCTS)[0]))
        elif k == 2:
            L.t("evt=PRODUCT_STATUS|obj=UNIT:%s|old=AVAILABLE|new=DISCARD|rsn=%s|esig=Y" % (
                din.compact(), random.choice(["Expired", "Hemolysis visual", "Clots", "Broken seal", "Temperature excursion"])))
        elif k == 3:
            L.t("evt=CONFIG_CHANGE|obj=PARAM:PLT_EXPIRY_DAYS|old=5|new=7|rsn=CC-2024-%03d LVDS PR platelets|esig=Y" % random.randint(1, 99))
        elif k == 4:
            L.t("evt=ESIG_FAIL|obj=USER:%s|attempt=%d|lock=%s" % (staff_user(s), random.randint(1, 3), random.choice(["N", "N", "Y"])))
        else:
            L.t("evt=LABEL_PRINT|obj=UNIT:%s|printer=ZD621-COMP-02|copies=1|label=ISBT128 4x4 rev C|esig=N" % din.compact())
    return [L]


def fam_bbis(phi):
    L = Line("bbis-text")
    tech = "".join(random.choice("ABCDEFGHJKLMNPRSTW") for _ in range(3))
    L.t("%s BBK WS=BB-0%d TECH=%s " % (now().strftime("%m/%d/%y %H:%M:%S"), random.randint(1, 4), tech))
    if phi:
        pt = patient()
        k = random.randint(0, 2)
        din = DIN()
        prod = random.choice(PRODUCTS[:3])
        if k == 0:
            L.t("CRXM PT=").p(pt.mrn, "mrn").t(" ").p("%s,%s" % (pt.last.upper(), pt.first.upper()), "name")
            L.t(" DOB=").p(d_us(pt.dob), "date").t(" AGE=")
            if pt.age > 89:
                L.p(str(pt.age), "age")
            else:
                L.t(str(pt.age))
            L.t("Y ABO/RH=%s ABSC=NEG UNIT=%s %s %s XM=%s EXP=%s" % (
                pt.abo[0], din.compact(), prod[0], pt.abo[0], random.choice(["ELEC-COMP", "IS-COMP", "AHG-COMP"]),
                d_us2(TODAY + dt.timedelta(days=random.randint(5, 35)))))
        elif k == 1:
            L.t("ORDER REC ORD%d T&S + XM %dU PT=" % (random.randint(400000, 499999), random.randint(1, 4))).p(pt.mrn, "mrn")
            L.t(" ").p("%s,%s" % (pt.last.upper(), pt.first.upper()), "name").t(" AGE=")
            L.v(str(pt.age), "age" if pt.age > 89 else None)
            L.t("Y LOC=%s PHYS=%s PRIORITY=%s" % (
                pt.room.replace("^", "-"), random.choice(PHYS).replace("Dr. ", "").upper(), random.choice(["ROUTINE", "STAT", "ASAP"])))
        else:
            L.t("ISSUE UNIT=%s %s TO=%s PT=" % (din.compact(), prod[0], pt.room.split("^")[0])).p(pt.mrn, "mrn")
            L.t(" BBID=").p(pt.bbid, "other_id").t(" COOLER=CL-%02d TEMP=%.1fC COURIER=%s" % (
                random.randint(1, 30), random.uniform(2, 6), random.choice(["PCT J.WALSH", "RN T.BRANDT", "PCT A.OSEI"])))
    else:
        k = random.randint(0, 3)
        if k == 0:
            L.t("INV RBC O NEG=%d O POS=%d A POS=%d A NEG=%d B POS=%d AB POS=%d PLT=%d FFP=%d CRYO=%d" % tuple(
                random.randint(2, 70) for _ in range(9)))
        elif k == 1:
            L.t("FRIDGE BBR-0%d %.1fC OK ALARM_LIMITS 1.0-6.0 PROBE SN TP%06d" % (random.randint(1, 4), random.uniform(2, 5.5), random.randint(100000, 999999)))
        elif k == 2:
            L.t("QC %s LOT %s EXP %s RESULT=PASS REACTIVITY=%s+" % (
                random.choice(["ANTI-A", "ANTI-B", "ANTI-D", "A1 CELLS", "SCREEN CELLS I/II"]), rdigits(7),
                d_us2(TODAY + dt.timedelta(days=random.randint(20, 200))), random.choice(["3", "4"])))
        else:
            din = DIN()
            L.t("RECEIVE SHIPMENT SH-24-%06d FROM CORBC UNITS=%d FIRST=%s LAST=%s VISUAL=OK" % (
                random.randint(30000, 39999), random.randint(4, 30), din.compact(), DIN().compact()))
    return [L]


def fam_bedside(phi):
    L = Line("bedside-bpam")
    L.t("BedsideTx[%d] %s " % (random.randint(3000, 9000), f_iso(now())))
    dev = "TC52-%s" % rdigits(4)
    if phi:
        pt = patient()
        k = random.randint(0, 2)
        if k == 0:
            L.t("INFO dev=%s scan type=PATIENT_BAND sym=PDF417 raw=\"" % dev).p(pt.mrn, "mrn").t("^").p(
                "%s,%s" % (pt.last.upper(), pt.first.upper()), "name").t("^").p(d_hl7(pt.dob), "date").t("^").p(pt.acct, "account")
            L.t("\" -> mrn=").p(pt.mrn, "mrn").t(" age=").v(str(pt.age), "age" if pt.age > 89 else None).t(" match=OK")
        elif k == 1:
            L.t("INFO dev=%s scan type=BB_BAND raw=\"" % dev).p(pt.bbid, "other_id").t("\" patient=").p(pt.mrn, "mrn")
            L.t(" two-person check RN %s + RN %s pre-vitals T=%.1f HR=%d BP=%d/%d" % (
                "K. Adeyemi", "T. Brandt", random.uniform(36.4, 37.6), random.randint(60, 110), random.randint(100, 160), random.randint(55, 90)))
        else:
            other = pt.bbid[:2] + rdigits(5)
            L.t("ERROR dev=%s MISMATCH band bbid=" % dev).p(pt.bbid, "other_id").t(" vs unit tag bbid=").p(other, "other_id")
            L.t(" patient=").p(pt.mrn, "mrn").t(" - transfusion blocked, BB notified x4410")
    else:
        din = DIN()
        prod = random.choice(PRODUCTS)
        k = random.randint(0, 2)
        if k == 0:
            L.t("INFO dev=%s scan type=UNIT din=%s prod=%s exp=%s -> matches order ORD%d (1 of %d)" % (
                dev, din.compact(), prod[0], d_iso(TODAY + dt.timedelta(days=random.randint(3, 40))), random.randint(400000, 499999), random.randint(1, 3)))
        elif k == 1:
            L.t("WARN dev=%s battery=%d%% wifi=SBMC-CLIN rssi=-%d sn=2104552%07d" % (dev, random.randint(5, 30), random.randint(55, 85), random.randint(1000000, 9999999)))
        else:
            L.t("INFO dev=%s transfusion END din=%s vol=%dmL dur=%dmin reaction=NONE" % (dev, din.compact(), random.randint(250, 350), random.randint(80, 220)))
    return [L]


def fam_reaction(phi):
    L = Line("json-dumps", is_json=True)
    if phi:
        pt = patient()
        din = DIN()
        prod = random.choice(PRODUCTS)
        tstart = now() - dt.timedelta(minutes=random.randint(30, 180))
        d = {"ts": f_isoz(now()), "event": "transfusion_reaction.reported", "caseNo": P(pt.case, "other_id"),
             "patient": {"mrn": P(pt.mrn, "mrn"), "name": P("%s, %s" % (pt.last, pt.first), "name"),
                         "dob": P(d_iso(pt.dob), "date"), "age": P(pt.age, "age") if pt.age > 89 else pt.age, "abo": pt.abo[0]},
             "transfusionStart": S((d_iso(tstart.date()), "date"), (tstart.strftime("T%H:%M:00-04:00"), None)),
             "unit": {"din": din.compact(), "product": prod[0], "abo": random.choice(ABO)[0]},
             "signs": random.choice([["fever", "chills"], ["urticaria"], ["dyspnea", "hypoxia"], ["hypotension", "back pain"]]),
             "tempPre": round(random.uniform(36.5, 37.2), 1), "tempPost": round(random.uniform(37.5, 39.4), 1),
             "category": random.choice(["FNHTR", "ALLERGIC", "TACO", "TRALI?", "AHTR?"]),
             "reportedBy": "%s %s, RN" % staff("rn")[:2], "physician": random.choice(PHYS)}
        if random.random() < 0.3:
            d["patient"]["phone"] = P(fmt_phone(pt.phone, "dash"), "phone")
        jemit(L, d, PYSEP, ascii_=True)
    else:
        k = random.randint(0, 1)
        if k == 0:
            d = {"ts": f_isoz(now()), "event": "hemovigilance.nhsn_export", "batch": "2024-02", "records": random.randint(3, 20),
                 "status": "ok", "durationMs": random.randint(200, 3000)}
        else:
            din = DIN()
            d = {"ts": f_isoz(now()), "event": "supplier.notification", "supplier": "CORBC", "din": din.compact(),
                 "reason": "suspected TRALI - donor investigation requested", "ref": "SN-%05d" % random.randint(100, 9999),
                 "fax": "(614) 555-0102"}
        jemit(L, d, PYSEP, ascii_=True)
    return [L]


SMS_TEMPLATES = [
    ("urgent_oneg_v3", "Hi {f}, O-neg supply is critical this week. Reply YES to book or STOP to opt out."),
    ("thanks_v2", "Thank you {f}! Your donation is on its way to a local hospital. Reply STOP to opt out."),
    ("eligible_again", "{f}, you're eligible to donate again. Book at corbc.org/book - Reply STOP to opt out."),
    ("drive_reminder", "Reminder {f}: your appt at the bloodmobile is tomorrow. Eat & hydrate! Reply C to cancel."),
]


def fam_sms(phi):
    L = Line("sms-gateway")
    camp = random.choice(["ONEG-URGENT-0314", "SPRING-PLT-24", "RETURN-56D", "DRIVE-REMIND"])
    if phi:
        dn = donor()
        k = random.randint(0, 2)
        if k == 0:
            tmpl = random.choice(SMS_TEMPLATES)
            pre, post = tmpl[1].split("{f}")
            L.t("%s sms-campaign[%d] info: queued to=" % (f_isoz(now()), random.randint(1, 9))).p(fmt_phone(dn.phone, "e164"), "phone")
            L.t(" campaign=%s tmpl=%s body=\"%s" % (camp, tmpl[0], pre)).p(dn.first, "name").t("%s\" sid=SM%s seg=%d" % (post, rhex(32), random.randint(1, 2)))
        elif k == 1:
            L.t("%s sms-webhook info: POST /webhooks/twilio/status MessageSid=SM%s MessageStatus=%s To=" % (
                f_isoz(now()), rhex(32), random.choice(["delivered", "undelivered", "sent"])))
            L.p("%2B1" + dn.phone, "phone").t("&ErrorCode=%s 204 %dms" % (random.choice(["", "30003", "30005"]), random.randint(3, 40)))
        else:
            L.t("%s sms-inbound info: from=" % f_isoz(now())).p(fmt_phone(dn.phone, "e164"), "phone")
            L.t(" to=72566 body=%r -> donor " % random.choice(["YES", "STOP", "C", "yes pls saturday"])).p(dn.no, "mrn")
            L.t(" action=%s" % random.choice(["BOOK_LINK_SENT", "OPT_OUT", "CANCEL_APPT"]))
    else:
        k = random.randint(0, 2)
        if k == 0:
            sent = random.randint(1000, 9000)
            L.t("%s sms-campaign[0] info: campaign=%s stats sent=%d delivered=%d failed=%d optout=%d cost=$%.2f" % (
                f_isoz(now()), camp, sent, sent - random.randint(20, 200), random.randint(5, 60), random.randint(0, 30), sent * 0.0079))
        elif k == 1:
            L.t("%s sms-campaign[%d] warn: throttled 429 from provider; short code 72566 rate=30/s backoff=%dms" % (
                f_isoz(now()), random.randint(1, 9), random.choice([250, 500, 1000])))
        else:
            L.t("%s sms-campaign[0] info: audience built campaign=%s segment='O-NEG eligible, last WB>56d, opted-in' size=%d" % (
                f_isoz(now()), camp, random.randint(800, 6000)))
    return [L]


def fam_postfix(phi):
    L = Line("postfix-syslog")
    host = random.choice(["mx-out-01", "mx-out-02"])
    qid = "".join(random.choice("0123456789ABCDEF") for _ in range(10))
    L.t("%s %s " % (f_sys(now()), host))
    if phi:
        dn = donor()
        dom = dn.email.split("@")[1]
        relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.27.26]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25",
                 "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.40.29]:25",
                 "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.8.37]:25",
                 "icloud.com": "mx01.mail.icloud.com[17.57.155.23]:25"}.get(dom, "mx.%s[%s]:25" % (dom, "64.98.%d.%d" % (random.randint(1, 250), random.randint(1, 250))))
        if random.random() < 0.8:
            d = round(random.uniform(0.3, 3), 1)
            L.t("postfix/smtp[%d]: %s: to=<" % (random.randint(20000, 29999), qid)).p(dn.email, "email")
            resp = ("250 2.0.0 OK  %d %s - gsmtp" % (f_epoch_ms(now()) // 1000, rhex(12))) if dom == "gmail.com" else \
                random.choice(["250 ok dirdel", "250 2.0.0 Ok: queued as %s" % rhex(10).upper(), "250 2.6.0 <%s@campaigns.corbc.org> Queued mail for delivery" % rhex(16)])
            L.t(">, relay=%s, delay=%s, delays=0.05/0.01/0.3/%.2g, dsn=2.0.0, status=sent (%s)" % (
                relay, d, d - 0.36 if d > 0.5 else 0.1, resp))
        else:
            L.t("postfix/smtp[%d]: %s: to=<" % (random.randint(20000, 29999), qid)).p(dn.email, "email")
            L.t(">, relay=%s, delay=%.1f, dsn=5.1.1, status=bounced (host said: 550 5.1.1 user unknown)" % (relay, random.uniform(0.4, 2)))
    else:
        k = random.randint(0, 3)
        if k == 0:
            L.t("postfix/qmgr[1203]: %s: from=<noreply@corbc.org>, size=%d, nrcpt=1 (queue active)" % (qid, random.randint(8000, 40000)))
        elif k == 1:
            L.t("postfix/smtpd[%d]: connect from app-mailer-%d.corbc.internal[%s]" % (random.randint(30000, 39999), random.randint(1, 3), priv_ip()))
        elif k == 2:
            L.t("postfix/cleanup[%d]: %s: message-id=<%s.%d@campaigns.corbc.org>" % (random.randint(30000, 39999), qid, rhex(16), f_epoch_ms(now())))
        else:
            L.t("postfix/qmgr[1203]: %s: removed" % qid)
    return [L]


def logcat_head(L, lvl, tag, pid, tid):
    L.t("%s %5d %5d %s %-8s: " % (f_logcat(now()), pid, tid, lvl, tag))


def fam_logcat(phi):
    pid = random.choice([8812, 9120, 11544])
    tid = pid + random.randint(0, 60)
    if phi:
        L = Line("android-logcat")
        dn = donor()
        k = random.randint(0, 6)
        if k == 6:
            logcat_head(L, "I", "BleWearable", pid, tid)
            L.t("bonded donor wearable mac=").p(dn.ble_mac, "device").t(" model=%s rssi=-%d for hr sync" % (
                random.choice(["Fitbit Charge 6", "Galaxy Watch6", "Garmin vivosmart 5"]), random.randint(40, 80)))
        elif k == 0:
            logcat_head(L, "D", "ProfileViewModel", pid, tid)
            L.t("state=Loaded(donor=Donor(donorId=").p(dn.no, "mrn").t(", firstName=").p(dn.first, "name")
            L.t(", lastName=").p(dn.last, "name").t(", dob=").p(d_iso(dn.dob), "date")
            L.t(", bloodType=%s, nextEligible=" % dn.abo[0].replace(" ", "_")).p(d_iso(TODAY + dt.timedelta(days=random.randint(1, 56))), "date").t("))")
        elif k == 1:
            logcat_head(L, "I", "DonorSession", pid, tid)
            L.t("signed in username=").p(dn.username, "other_id").t(" method=%s" % random.choice(["password", "passkey", "magic_link"]))
        elif k == 2:
            logcat_head(L, "W", "DeviceIdentity", pid, tid)
            L.t("legacy attestation using imei=").p(dn.imei, "device").t(" (READ_PHONE_STATE granted, sdk=28)")
        elif k == 3:
            logcat_head(L, "D", "OkHttp", pid, tid)
            L.t('{"donorId":"').p(dn.no, "mrn").t('","email":"').p(dn.email, "email").t('","mobile":"').p(fmt_phone(dn.phone, "e164"), "phone")
            L.t('","smsOptIn":true}')
        elif k == 4:
            logcat_head(L, "D", "OkHttp", pid, tid)
            L.t("--> POST https://api.corbc.org/v3/donors/").p(dn.no, "mrn").t("/rapidpass (%d-byte body)" % random.randint(800, 3000))
        else:
            logcat_head(L, "I", "ShareCard", pid, tid)
            url = "https://donorconnect.corbc.org/u/" + ascii_fold(dn.first).lower().replace(" ", "-") + "-" + ascii_fold(dn.last).lower().replace(" ", "-")
            L.t("share link created ").p(url, "url").t(" badge=%s" % random.choice(["10_GALLONS", "FIRST_DONATION", "PLATELET_HERO"]))
        return [L]
    k = random.randint(0, 4)
    if k == 4:
        out = []
        ex = random.choice(["java.net.SocketTimeoutException: timeout", "kotlinx.serialization.MissingFieldException: Field 'slotId' is required",
                            "java.lang.IllegalStateException: Fragment AppointmentFragment not attached"])
        frames = [("FATAL EXCEPTION: DefaultDispatcher-worker-%d" % random.randint(1, 8)),
                  "Process: org.corbc.donorconnect, PID: %d" % pid, ex,
                  "\tat org.corbc.donorconnect.data.AppointmentRepository$book$2.invokeSuspend(AppointmentRepository.kt:%d)" % random.randint(60, 140),
                  "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"]
        for fr in frames[:random.randint(3, 5)]:
            L = Line("android-logcat")
            logcat_head(L, "E", "AndroidRuntime", pid, pid)
            L.t(fr)
            out.append(L)
        return out
    L = Line("android-logcat")
    if k == 0:
        logcat_head(L, "I", "Choreographer", pid, pid)
        L.t("Skipped %d frames!  The application may be doing too much work on its main thread." % random.randint(30, 120))
    elif k == 1:
        logcat_head(L, "D", "OkHttp", pid, tid)
        L.t("<-- 200 https://api.corbc.org/v3/centers?lat=39.96&lng=-83.00&radiusMi=25 (%dms, %d-byte body)" % (random.randint(60, 900), random.randint(1000, 9000)))
    elif k == 2:
        logcat_head(L, "I", "WorkManager", pid, tid)
        L.t("Worker result SUCCESS for Work [ id=%s, tags={ org.corbc.donorconnect.sync.EligibilitySyncWorker } ]" % ruuid())
    else:
        logcat_head(L, "W", "FirebaseMessaging", pid, tid)
        L.t("Unable to log event: analytics library is missing (app v5.2.1 build 5210%d)" % random.randint(10, 99))
    return [L]


def fam_ios(phi):
    L = Line("ios-oslog")
    pid = random.choice([812, 1407])
    L.t("%s DonorConnect[%d:%d] " % (f_ios(now()), pid, random.randint(40000, 90000)))
    if phi:
        dn = donor()
        k = random.randint(0, 5)
        if k == 5:
            L.t("[Camera] avatar captured size=%dx%d upload=" % random.choice([(320, 320), (480, 480)])).p("data:image/jpeg;base64," + fake_jpeg_b64(random.randint(120, 260)), "photo")
            L.t(" donor=").p(dn.no, "mrn")
        elif k == 0:
            L.t('[Profile] loaded Donor(id: "').p(dn.no, "mrn").t('", givenName: "').p(dn.first, "name")
            L.t('", familyName: "').p(dn.last, "name").t('", birthDate: ').p(d_iso(dn.dob), "date")
            bt = {"O POS": "oPos", "O NEG": "oNeg", "A POS": "aPos", "A NEG": "aNeg", "B POS": "bPos", "B NEG": "bNeg",
                  "AB POS": "abPos", "AB NEG": "abNeg"}[dn.abo[0]]
            L.t(", bloodType: DonorConnect.BloodType.%s, smsOptIn: true)" % bt)
        elif k == 1:
            L.t("[Auth] Sign in with Apple completed email=").p(dn.relay, "email").t(" realUserStatus=likelyReal")
        elif k == 2:
            L.t('[API] PATCH /v3/donors/me body={"phone":"').p(fmt_phone(dn.phone, "e164"), "phone").t('","email":"').p(dn.email, "email").t('"} -> 200')
        elif k == 3:
            L.t("[HealthKit] saved donation sample source=Apple Watch serial=").p(dn.watch, "device").t(" hr_avg=%d" % random.randint(60, 95))
        else:
            L.t("[Appointments] confirmed for ").p("%s %s" % (dn.first, dn.last), "name").t(" on ").p(
                d_iso(TODAY + dt.timedelta(days=random.randint(1, 21))), "date").t(" at Easton Donor Center (apt APT-%s)" % rdigits(7))
    else:
        k = random.randint(0, 3)
        if k == 0:
            L.t("[Network] Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (
                ruuid().upper(), random.randint(1, 9)))
        elif k == 1:
            L.t("[API] GET /v3/donors/me/eligibility -> 200 (%d ms)" % random.randint(60, 800))
        elif k == 2:
            L.t("[CoreData] lightweight migration DonorConnect 12 -> 13 finished in %.3fs" % random.uniform(0.05, 1.2))
        else:
            L.t("[Push] notification received category=URGENT_NEED campaign=ONEG-URGENT-0314 id=%s" % ruuid().upper())
    return [L]


UAS = ["DonorConnect/5.2.1 (Android 14; Pixel 7)", "DonorConnect/5.2.0 (iPhone; iOS 17.3.1; Scale/3.00)",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"]


def fam_nginx(phi):
    L = Line("nginx-combined")
    ua = random.choice(UAS)
    if phi:
        dn = donor()
        k = random.randint(0, 3)
        L.p(dn.ip, "ip").t(" - - [%s] " % f_ngx(now()))
        if k == 0:
            L.t('"GET /api/v3/donors/').p(dn.no, "mrn").t('/appointments?from=2024-03-01 HTTP/2.0" 200 %d "-" "%s"' % (random.randint(300, 3000), ua))
        elif k == 1:
            L.t('"GET /api/v3/donors/lookup?email=').p(dn.email.replace("@", "%40"), "email").t(' HTTP/1.1" 200 %d "-" "%s"' % (random.randint(100, 400), ua))
        elif k == 2:
            L.t('"POST /api/v3/auth/token HTTP/2.0" %d %d "-" "%s"' % (random.choice([200, 200, 401]), random.randint(200, 900), ua))
        else:
            url = "https://donorconnect.corbc.org/u/" + ascii_fold(dn.first).lower().replace(" ", "-") + "-" + ascii_fold(dn.last).lower().replace(" ", "-")
            L.t('"GET /static/js/share.%s.js HTTP/2.0" 200 %d "' % (rhex(8), random.randint(20000, 90000))).p(url, "url").t('" "%s"' % ua)
        L.t(" rt=%.3f uct=0.000" % random.uniform(0.005, 0.6))
    else:
        k = random.randint(0, 2)
        ip = priv_ip()
        if k == 0:
            L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' % (ip, f_ngx(now())))
        elif k == 1:
            L.t('%s - - [%s] "GET /api/v3/centers/EASTON/hours HTTP/1.1" 200 %d "-" "Go-http-client/1.1" rt=%.3f uct=0.000' % (
                ip, f_ngx(now()), random.randint(200, 900), random.uniform(0.002, 0.05)))
        else:
            L.t('%s - - [%s] "POST /internal/becs/sync HTTP/1.1" 504 160 "-" "becs-sync/2.4.0" rt=60.001 uct=0.001' % (ip, f_ngx(now())))
    return [L]


def fam_rewards(phi):
    L = Line("logfmt")
    L.t("time=%s " % f_isoz(now()))
    if phi:
        dn = donor()
        k = random.randint(0, 2)
        if k == 0:
            L.t('level=info msg="points credited" donor_id=').p(dn.no, "mrn").t(" points=%d reason=%s din=%s" % (
                random.choice([100, 150, 250]), random.choice(["DONATION_WB", "DONATION_PLT", "REFERRAL"]), DIN().compact()))
        elif k == 1:
            L.t('level=info msg="prepaid card load" donor_id=').p(dn.no, "mrn").t(" card_number=").p(dn.card, "account")
            L.t(" amount=%.2f program=APH-REWARDS processor_ref=%s" % (random.choice([25, 40, 50]), rhex(12)))
        else:
            L.t('level=warn msg="reward mail returned" donor_id=').p(dn.no, "mrn").t(' ship_to="').p(dn.street, "address")
            L.t(", ").p(dn.city, "address").t(", OH ").p(dn.zip, "zip").t('" carrier=USPS tracking=9400 1118 9922 %s %s' % (rdigits(4), rdigits(4)))
    else:
        k = random.randint(0, 2)
        if k == 0:
            n = random.randint(40, 300)
            L.t('level=info msg="settlement batch closed" batch=B-20240314-%02d count=%d total=%.2f currency=USD' % (random.randint(1, 9), n, n * 37.5))
        elif k == 1:
            L.t('level=info msg="prepaid card load" donor_id=redacted card=************%s amount=50.00 status=APPROVED' % rdigits(4))
        else:
            L.t('level=error msg="processor timeout" endpoint=https://api.prepaid-partner.example/v2/loads attempt=%d latency_ms=%d' % (random.randint(1, 3), random.randint(5000, 30000)))
    return [L]


def fam_fridge(phi):
    L = Line("xiltrix-monitor")
    ch = random.choice([("BBR-01", "RBC Refrigerator", 1.0, 6.0, 4.0), ("PLT-ROT-2", "Platelet Incubator", 20.0, 24.0, 22.0),
                        ("FRZ-03", "Plasma Freezer", -80.0, -18.0, -32.0)])
    val = ch[4] + random.uniform(-1.5, 1.5)
    st = "OK" if ch[2] <= val <= ch[3] else "ALARM"
    L.t("%s XiltriX ch=%s \"%s\" value=%.1f°C limits=[%.1f..%.1f] state=%s logger_sn=XT-%05d" % (
        f_log4j(now()), ch[0], ch[1], val, ch[2], ch[3], st, random.randint(10000, 99999)))
    return [L]


def fam_courier(phi):
    L = Line("courier-text")
    L.t("[%s] dispatch: shipment SH-24-%06d to %s order HO-%05d units=%d carrier=%s trk=%s logger=TL-%05d box=%s" % (
        now().strftime("%Y-%m-%d %H:%M"), random.randint(30000, 39999),
        random.choice(["SBMC Blood Bank", "Riverside Methodist BB", "Licking Memorial BB", "Mount Carmel East BB"]),
        random.randint(10000, 99999), random.randint(2, 40), random.choice(["CORBC Fleet", "FedEx", "MedSpeed"]),
        random.choice(["7749 %s %s" % (rdigits(4), rdigits(4)), "MS%s" % rdigits(9), "CF-%s" % rdigits(6)]),
        random.randint(10000, 99999), random.choice(["VALIDATED 1-10C", "VALIDATED 20-24C", "DRY ICE"])))
    return [L]


def fam_klog(phi):
    L = Line("klog")
    L.t("%s       1 %s] " % (f_klog(now()), random.choice(["controller.go:228", "reflector.go:325", "leaderelection.go:258"])))
    L.t(random.choice(['"Updated deployment" deployment="becs/interface-engine" replicas=3',
                       '"successfully acquired lease" lease="becs/nat-result-router"',
                       'Watch close - *v1.ConfigMap total %d items received' % random.randint(5, 40),
                       '"Scaled up" deployment="donorconnect/api" from=4 to=6 reason="cpu 81%"']))
    return [L]


PHI_FAMS = [(fam_kiosk, 18), (fam_aamva, 9), (fam_dhq, 12), (fam_deferral, 12), (fam_isbt, 4), (fam_apheresis, 7),
            (fam_wb, 4), (fam_drive, 9), (fam_astm, 6), (fam_hl7, 17), (fam_audit, 14), (fam_bbis, 14),
            (fam_bedside, 13), (fam_reaction, 10), (fam_sms, 14), (fam_postfix, 9), (fam_logcat, 14), (fam_ios, 12),
            (fam_nginx, 12), (fam_rewards, 8)]
NOPHI_FAMS = [(fam_kiosk, 10), (fam_aamva, 3), (fam_dhq, 8), (fam_deferral, 7), (fam_isbt, 22), (fam_apheresis, 16),
              (fam_wb, 9), (fam_drive, 14), (fam_astm, 5), (fam_hl7, 10), (fam_audit, 16), (fam_bbis, 15),
              (fam_bedside, 10), (fam_reaction, 3), (fam_sms, 7), (fam_postfix, 13), (fam_logcat, 13), (fam_ios, 12),
              (fam_nginx, 14), (fam_rewards, 6), (fam_fridge, 10), (fam_courier, 8), (fam_klog, 8)]


def finish(L):
    text = L.text()
    assert "\n" not in text and "\r" not in text, text
    b = text.encode("utf-8")
    assert len(b) <= 4000, len(b)
    last = -1
    for s, e, cat, val in sorted(L.spans):
        assert s >= last, ("overlap", text)
        assert b[s:e] == val.encode("utf-8"), (b[s:e], val)
        last = e
    if L.is_json:
        json.loads(text)
    return text, [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(L.spans)]


def main():
    out = []
    phi_lines = 0
    while len(out) < N_LINES:
        CLK.adv()
        share = phi_lines / len(out) if out else TARGET_PHI_SHARE
        want = random.random() < min(0.95, max(0.05, TARGET_PHI_SHARE + (TARGET_PHI_SHARE - share) * 6))
        fams = PHI_FAMS if want else NOPHI_FAMS
        fn = random.choices([f for f, _ in fams], [w for _, w in fams])[0]
        lines = fn(want)
        if want:
            assert any(l.spans for l in lines), fn.__name__
        else:
            assert not any(l.spans for l in lines), fn.__name__
        for L in lines:
            if len(out) >= N_LINES:
                break
            text, spans = finish(L)
            out.append((L.fam, text, spans))
            if spans:
                phi_lines += 1
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f:
        for _, text, _ in out:
            f.write(text + "\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(out, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
