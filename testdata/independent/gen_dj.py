#!/usr/bin/env python3
"""Deterministic generator for the 'dj' held-out PHI test corpus.

Theme: hospital food & nutrition services (diet orders over HL7, ADT feeds,
room-service call center, tray ticket printing, menu-management exports,
allergen / IDDSI checks, dietitian notes, cafeteria POS, receiving, temperature
sensors, bedside/BYOD ordering app).  Standard library only.

Writes dj.log and dj.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import unicodedata
import random

ID = "dj"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1811_0311)

N_LINES = 500
N_PHI = 224  # -> 55.2 % of lines without PHI


# --------------------------------------------------------------------------
# line builder with byte-offset span recording
# --------------------------------------------------------------------------
class P:
    """A PHI value to be inserted and labeled."""

    def __init__(self, v, c):
        self.v = str(v)
        self.c = c
        self.num = False


class S:
    """A JSON string composed of plain and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


class L:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def _add(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))

    def p(self, v, c):
        st = self.n
        self._add(v)
        self.spans.append((st, self.n, c, v))
        return self

    def t(self, *xs):
        for x in xs:
            if isinstance(x, P):
                self.p(x.v, x.c)
            elif isinstance(x, (list, tuple)):
                self.t(*x)
            else:
                self._add(str(x))
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jw(b, v, seps=(",", ":"), ea=False):
    """Serialize v as JSON into builder b, labeling P / S parts."""
    if isinstance(v, P):
        if not v.num:
            b.t('"')
            b.p(jesc(v.v, ea), v.c)
            b.t('"')
        else:
            b.p(v.v, v.c)
    elif isinstance(v, S):
        b.t('"')
        for part in v.parts:
            if isinstance(part, P):
                b.p(jesc(part.v, ea), part.c)
            else:
                b.t(jesc(part, ea))
        b.t('"')
    elif isinstance(v, dict):
        b.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                b.t(seps[0])
            b.t(json.dumps(k, ensure_ascii=ea) + seps[1])
            jw(b, x, seps, ea)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(seps[0])
            jw(b, x, seps, ea)
        b.t("]")
    else:
        b.t(json.dumps(v, ensure_ascii=ea))


def PN(v, c):
    """PHI number (unquoted in JSON)."""
    x = P(str(v), c)
    x.num = True
    return x


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.timezone.utc
NOW = dt.datetime(2024, 3, 11, 5, 14, 7, 120000, tzinfo=TZ)


def tick():
    global NOW
    NOW += dt.timedelta(seconds=R.randint(4, 130), microseconds=R.randint(0, 999999))


def _ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_java():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + "," + _ms(NOW)


def ts_nlog():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + ".%04d" % (NOW.microsecond // 100)


def ts_serilog():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + _ms(NOW) + " -04:00"


def u():
    return NOW.astimezone(UTC)


def iso_z():
    d = u()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + "Z"


def iso_z6():
    d = u()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond


def iso_z7():
    d = u()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (d.microsecond, R.randint(0, 9))


def epoch_ms():
    return int(NOW.timestamp() * 1000)


def clf_utc():
    return u().strftime("%d/%b/%Y:%H:%M:%S +0000")


def clf_local():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_logcat():
    return NOW.strftime("%m-%d %H:%M:%S.") + _ms(NOW)


def ts_syslog():
    return NOW.strftime("%b %d %H:%M:%S")


def ts_win():
    h = NOW.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (NOW.month, NOW.day, NOW.year, h, NOW.minute,
                                        NOW.second, "AM" if NOW.hour < 12 else "PM")


def hl7ts(d=None):
    return (d or NOW).strftime("%Y%m%d%H%M%S")


def mdy(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def mdy0(d):
    return d.strftime("%m/%d/%Y")


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi():
    base = "1" + digits(8)
    n = base + luhn_check("80840" + base)
    return n


def imei():
    body = R.choice(["35", "86", "01", "35"]) + digits(12)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def card(kind="V"):
    if kind == "V":
        body = "4" + digits(14)
    else:
        body = "5" + R.choice("12345") + digits(13)
    n = body + luhn_check(body)
    assert luhn_ok(n) and len(n) == 16
    return n


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2,
         "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (R.choice(["1HG", "2T1", "5FN", "1FA", "3VW", "JTD", "KMH", "1N4", "4S4"]) +
         "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("DEFGHJKLMN") +
         R.choice(chars) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert len(v) == 17
    return v


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for t in pat:
        out += R.choice({"C": "123456789", "A": A, "N": N, "AN": A + N}[t])
    return out


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def pub_ip():
    first = R.choice([73, 98, 24, 174, 71, 108, 66, 50, 76, 68, 96, 209])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.20.%d.%d", "10.22.%d.%d", "10.60.%d.%d", "10.40.%d.%d"]) % (
        R.randint(1, 12), R.randint(2, 250))


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def b64bytes(n, head=b""):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(n))).decode()


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return b64bytes(n, head)


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    return b64bytes(n, head)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
PT_RAW = [
    # first, middle, last, sex, dob, lang, city, zip, area, (rel first, rel last, code, text)
    ("Wanjiru", "", "Kamau", "F", "1948-04-02", "SWA", "Dorchester", "02124", "617",
     ("Njeri", "Kamau", "DAU", "Daughter")),
    ("Ingrid", "", "Halvorsen", "F", "1930-01-19", "NOR", "Quincy", "02169", "617",
     ("Sigrid", "Halvorsen-Berg", "DAU", "Daughter")),
    ("Thành", "Văn", "Nguyễn", "M", "1952-07-30", "VIE", "Dorchester", "02122", "617",
     ("Lan", "Nguyễn", "SPO", "Spouse")),
    ("Farida", "", "Siddiqui", "F", "1931-03-14", "URD", "Malden", "02148", "781",
     ("Ayesha", "Siddiqui", "DAU", "Daughter")),
    ("Tomasz", "", "Wiśniewski", "M", "1956-11-05", "POL", "Chelsea", "02150", "617",
     ("Magdalena", "Wiśniewska", "SPO", "Spouse")),
    ("Aroha", "", "Ngata", "F", "1979-02-23", "ENG", "Somerville", "02143", "617",
     ("Tama", "Ngata", "BRO", "Brother")),
    ("Mateo", "", "Quispe Huamán", "M", "1988-09-09", "SPA", "Revere", "02151", "781",
     ("Rosa", "Huamán", "MTH", "Mother")),
    ("Chiamaka", "", "Eze-Obi", "F", "1992-06-17", "ENG", "Brockton", "02301", "508",
     ("Ikenna", "Obi", "SPO", "Spouse")),
    ("Dmitri", "", "Volkov", "M", "1944-12-01", "RUS", "Newton", "02458", "617",
     ("Natalia", "Volkova", "DAU", "Daughter")),
    ("Lucía", "", "Fernández de la Cruz", "F", "1963-05-28", "SPA", "Lynn", "01902", "781",
     ("Javier", "Cruz", "SON", "Son")),
    ("Kenji", "", "Watanabe", "M", "1938-08-14", "JPN", "Cambridge", "02139", "617",
     ("Emiko", "Watanabe", "SPO", "Spouse")),
    ("Siobhán", "", "O'Connell", "F", "1971-10-03", "ENG", "Framingham", "01702", "508",
     ("Declan", "O'Connell", "SPO", "Spouse")),
    ("Babajide", "", "Adeyemi", "M", "1959-01-27", "YOR", "Lowell", "01852", "978",
     ("Folasade", "Adeyemi", "SPO", "Spouse")),
    ("Hana", "", "Kovářová", "F", "1999-04-11", "CZE", "Brookline", "02446", "617",
     ("Petr", "Kovář", "FTH", "Father")),
    ("Rahul", "", "Venkataraman", "M", "1967-03-02", "ENG", "Waltham", "02453", "781",
     ("Lakshmi", "Venkataraman", "SPO", "Spouse")),
    ("Marguerite", "", "Dubois-Lemaire", "F", "1928-02-08", "FRE", "Milton", "02186", "617",
     ("Jean-Paul", "Lemaire", "SON", "Son")),
    ("Yusuf", "", "Demir", "M", "1984-12-19", "TUR", "Everett", "02149", "617",
     ("Elif", "Demir", "SPO", "Spouse")),
    ("Leilani", "", "Kahananui", "F", "2001-08-21", "ENG", "Medford", "02155", "781",
     ("Makoa", "Kahananui", "FTH", "Father")),
]

STREETS = ["Alder Crest Rd", "Kimball St", "Dudley Ave", "Granite Ln", "Bayview Ter",
           "Hancock St", "Prospect Hill Rd", "Wyman Ct", "Ferncroft Way", "Lindall St",
           "Orchard Pkwy", "Bellflower St", "Quarry Rd", "Sumner Ave", "Linden Pl",
           "Mystic View Rd", "Cottage Row", "Highland Ave", "Tremlett St", "Adams St"]
UNITS = [("3N", "3"), ("4W", "4"), ("5E", "5"), ("6N", "6"), ("7S", "7"), ("CVICU", "2")]
DIETS = [
    ("CCHO60", "Consistent Carbohydrate 60g/meal", "CONS CHO 60G"),
    ("CARD2G", "Cardiac 2g Sodium", "CARDIAC 2G NA"),
    ("RENAL", "Renal 2g Na/2g K/1g Phos", "RENAL 2-2-1"),
    ("REG", "Regular", "REGULAR"),
    ("CLRLIQ", "Clear Liquid", "CLEAR LIQUID"),
    ("FULLIQ", "Full Liquid", "FULL LIQUID"),
    ("LOFIB", "Low Fiber/Low Residue", "LOW FIBER"),
    ("GF", "Gluten Free", "GLUTEN FREE"),
    ("HALAL", "Regular - Halal", "REG HALAL"),
    ("CCHO45", "Consistent Carbohydrate 45g/meal", "CONS CHO 45G"),
    ("FLR15", "Cardiac 2g Na + Fluid Restrict 1500 mL", "CARD 2G/FLUID 1500"),
]
IDDSI_FOOD = [("7", "RG", "Regular"), ("7EC", "EC", "Easy to Chew"),
              ("6", "SB", "Soft & Bite-Sized"), ("5", "MM", "Minced & Moist"),
              ("4", "PU", "Pureed"), ("3", "LQ", "Liquidised")]
IDDSI_DRINK = [("0", "TN", "Thin"), ("1", "ST", "Slightly Thick"), ("2", "MT", "Mildly Thick"),
               ("3", "MO", "Moderately Thick"), ("4", "EX", "Extremely Thick")]
ALLERGENS = ["Peanut", "Tree Nut", "Shellfish", "Fish", "Egg", "Milk", "Soy", "Wheat", "Sesame"]
ATTENDINGS = [("Okafor", "Chidi"), ("Lindqvist", "Erik"), ("Patel", "Anjali"),
              ("Moreau", "Claire"), ("Haddad", "Samir"), ("Brennan", "Thomas")]
ATT = [(a, b, npi()) for a, b in ATTENDINGS]
RDS = [("Priya Raman", "MS, RDN, LDN", "RAMAN, PRIYA"), ("Gabriel Ortiz", "RD, CNSC", "ORTIZ, GABRIEL"),
       ("Mei-Ling Chou", "RDN, LDN", "CHOU, MEI-LING"), ("Sarah Goldberg", "MS, RD", "GOLDBERG, SARAH"),
       ("Kwame Asante", "RDN", "ASANTE, KWAME")]
AGENTS = [("jmoreno", "Moreno Julia"), ("tphan", "Phan Tuan"), ("kobrien", "O'Brien Kathleen"),
          ("aabdi", "Abdi Amina"), ("rsilva", "Silva Rafael"), ("dkowalski", "Kowalski Dana")]
EMPLOYEES = [("Reyes", "Dolores", "E10488"), ("Chen", "Wei", "E20931"), ("Mensah", "Kofi", "E11873"),
             ("Larsson", "Britt", "E30112"), ("Ibáñez", "Carmen", "E20577"), ("Novak", "Jana", "E41290"),
             ("Haddad", "Rami", "E10902"), ("Thompson", "Gail", "E11564"), ("Oyelaran", "Tunde", "E30448"),
             ("Park", "Min-jun", "E41003")]
EMP = [(a, b, c, "%07d" % R.randint(10000, 99999)) for a, b, c in EMPLOYEES]
ITEMS = [("MI-0812", "Mashed Potatoes", "4"), ("MI-2231", "Pesto Penne", "7"),
         ("MI-0931", "Roast Beef au Jus", "7"), ("MI-0931M", "Minced Beef w/ Gravy", "5"),
         ("MI-1140", "Turkey Club Wrap", "7"), ("MI-1202", "Garden Salad", "7"),
         ("MI-1410", "Chicken Noodle Soup", "6"), ("MI-1533", "Vanilla Pudding", "4"),
         ("MI-1610", "Scrambled Eggs", "6"), ("MI-1622", "Oatmeal w/ Brown Sugar", "5"),
         ("MI-1788", "Baked Cod Lemon Dill", "6"), ("MI-1801", "Shrimp Stir Fry", "7"),
         ("MI-1905", "Chocolate Lava Cake", "7"), ("MI-2014", "Pureed Chicken Florentine", "4"),
         ("MI-2108", "Jasmine Rice", "7"), ("MI-2244", "Lentil Dal", "6"),
         ("MI-2301", "Cranberry Juice 4oz", "0"), ("MI-2302", "Thickened Apple Juice MT", "2"),
         ("MI-2417", "Greek Yogurt Parfait", "7"), ("MI-2550", "Ensure Plus Vanilla 8oz", "0"),
         ("MI-2560", "Thai Peanut Noodles", "7"), ("MI-2575", "Sesame Ginger Chicken", "7")]
ALLERGEN_ITEM = {"Peanut": "MI-2560", "Tree Nut": "MI-2231", "Shellfish": "MI-1801", "Fish": "MI-1788",
                 "Egg": "MI-1610", "Milk": "MI-2417", "Soy": "MI-1801", "Wheat": "MI-1140", "Sesame": "MI-2575"}
HOSP = "St. Brendan Medical Center"
HOSP_ADDR = "1200 Harborview Pkwy, Boston, MA 02118"
HOSP_DOM = "sbmc-health.org"

MEALS = [("B", "Breakfast"), ("L", "Lunch"), ("D", "Dinner")]


class Pt:
    pass


PTS = []
used_phone = set()


def new_phone_num():
    while True:
        x = "01%02d" % R.randint(0, 99)
        if x not in used_phone:
            used_phone.add(x)
            return x


for raw in PT_RAW:
    first, middle, last, sex, dob, lang, city, zp, area, rel = raw
    p = Pt()
    p.first, p.middle, p.last, p.sex = first, middle, last, sex
    p.F, p.M, p.LAST = fold(first).upper(), fold(middle).upper(), fold(last).upper()
    p.dob = dt.date.fromisoformat(dob)
    p.age = 2024 - p.dob.year - (1 if (3, 11) < (p.dob.month, p.dob.day) else 0)
    p.lang = lang
    p.mrn = "%08d" % R.randint(100000, 2999999)
    p.epi = "E" + digits(9)
    p.acct = str(R.randint(3000000000, 3099999999))
    p.csn = str(R.randint(100000000, 199999999))
    p.ssn = ssn()
    p.street = "%d %s" % (R.randint(4, 2980), R.choice(STREETS))
    p.unit2 = R.choice(["", "", "Apt 3B", "Unit 12", "#2", "Apt 401", "Fl 2"])
    p.city, p.state, p.zip = city, "MA", zp
    p.area = area
    p.ph4 = new_phone_num()
    p.fax4 = new_phone_num()
    user = fold(first).lower().replace(" ", "").replace("'", "")
    lu = fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p.email = R.choice(["%s.%s%02d@gmail.com", "%s%s@yahoo.com", "%s_%s@outlook.com",
                        "%s.%s@comcast.net", "%s%s%02d@icloud.com"]) 
    p.email = p.email % ((user, lu, p.dob.year % 100) if p.email.count("%") == 3 else (user, lu))
    p.dl = "S" + digits(8)
    if p.age >= 65:
        p.payer = ("MCR", "Medicare Part A", "MEDICARE", "00120")
        p.member = mbi()
        p.group = ""
    else:
        p.payer = R.choice([("MCD", "MassHealth Standard", "MASSHEALTH", "DMA7384"),
                            ("BCB", "BCBSMA PPO", "BLUE CROSS BLUE SHIELD MA", "00700"),
                            ("TUF", "Tufts Health Direct", "TUFTS HEALTH PLAN", "04271"),
                            ("HPH", "Harvard Pilgrim HMO", "HARVARD PILGRIM", "04273")])
        if p.payer[0] == "MCD":
            p.member = "1000" + digits(8)
        elif p.payer[0] == "BCB":
            p.member = R.choice(["XJH", "ZBM", "XKD"]) + digits(9)
        else:
            p.member = digits(9) + "01"
        p.group = "%06d-%04d" % (R.randint(1000, 999999), R.randint(1, 20))
    un = R.choice(UNITS)
    p.unit = un[0]
    p.room = un[1] + "%02d" % R.randint(2, 40)
    p.bed = R.choice("AB")
    p.loc = "%s-%s%s" % (p.unit, p.room, p.bed)
    p.diet = R.choice(DIETS)
    p.food = R.choice(IDDSI_FOOD)
    p.drink = R.choice(IDDSI_DRINK)
    p.allergies = R.sample(ALLERGENS, R.choice([0, 1, 1, 2, 3]))
    p.admit = dt.datetime(2024, 3, R.randint(3, 10), R.randint(0, 23), R.randint(0, 59))
    p.disch = dt.datetime(2024, 3, 11, R.randint(10, 17), R.randint(0, 59))
    p.att = R.choice(ATT)
    p.user = R.choice(["%s%s%s", "%s.%s%s", "%s_%s%s"]) % (user[:1], lu[:8], p.room[-2:])
    p.ip = pub_ip()
    p.imei = imei()
    p.mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
    p.mac = "%02x" % (int(p.mac[:2], 16) & 0xFC) + p.mac[2:]
    p.pump = R.choice(["JY", "KJ"]) + digits(7)
    p.cgm = R.choice(["8G", "4M", "3K"]) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))
    p.dl_state = "MA"
    p.plate = R.choice(["%d%s%s%s%d%d", "%s%s%s%d%d%d"])
    if p.plate.startswith("%d"):
        p.plate = p.plate % (R.randint(1, 9), R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.choice("ABCDEFGHJKLMNPRSTVWXY"),
                             R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.randint(0, 9), R.randint(0, 9))
    else:
        p.plate = p.plate % (R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.choice("ABCDEFGHJKLMNPRSTVWXY"),
                             R.choice("ABCDEFGHJKLMNPRSTVWXY"), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9))
    p.vin = vin()
    p.mtm = "MTM-%05d" % R.randint(100, 2400)
    p.rel_first, p.rel_last, p.rel_code, p.rel_text = rel
    p.rel_area = R.choice(["617", "781", "508", "857", "978", "339"])
    p.rel_ph4 = new_phone_num()
    p.rel_card = card(R.choice("VM"))
    p.rel_email = "%s.%s@gmail.com" % (fold(rel[0]).lower().replace("-", ""),
                                       fold(rel[1]).lower().replace("-", "").replace("'", "").replace(" ", ""))
    p.voice = b64bytes(R.randint(300, 420), b"VPRT\x02\x00")
    p.face = b64bytes(R.randint(160, 260), b"FTPL\x01")
    p.photo = R.choice([jpeg_b64, png_b64])(R.randint(380, 520))
    p.photo_kind = "jpeg" if p.photo.startswith("/9j/") else "png"
    PTS.append(p)

PT_W = [9, 8, 7, 7, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2]


def pick():
    return R.choices(PTS, weights=PT_W)[0]


def phone(p, fmt=None, rel=False):
    area = p.rel_area if rel else p.area
    last4 = p.rel_ph4 if rel else p.ph4
    fmt = fmt or R.choice(["paren", "dash", "dot", "plain"])
    return {"paren": "(%s) 555-%s" % (area, last4), "dash": "%s-555-%s" % (area, last4),
            "dot": "%s.555.%s" % (area, last4), "plain": "%s555%s" % (area, last4),
            "e164": "+1%s555%s" % (area, last4), "hl7": "(%s)555-%s" % (area, last4)}[fmt]


def fax(p, fmt="paren"):
    return {"paren": "(%s) 555-%s" % (p.area, p.fax4), "dash": "%s-555-%s" % (p.area, p.fax4),
            "hl7": "(%s)555-%s" % (p.area, p.fax4)}[fmt]


# counters -------------------------------------------------------------------
CNT = {"msg": 8812700, "ord": 4410230, "rs": 400, "call": 1004480, "job": 1170, "tkt": 58790,
       "note": 8812650, "txn": 7781100, "po": 4500881200, "winjob": 110, "req": 0x3e0}


def nxt(k, step=None):
    CNT[k] += step if step is not None else R.randint(1, 4)
    return CNT[k]


def meal_now():
    h = NOW.hour
    return MEALS[0] if h < 10 else (MEALS[1] if h < 15 else MEALS[2])


def today():
    return NOW.date()


def iddsi_txt(p):
    return "IDDSI %s %s / L%s %s" % (p.food[0], p.food[2].upper(), p.drink[0], p.drink[2].upper())


# --------------------------------------------------------------------------
# HL7 helpers
# --------------------------------------------------------------------------
def seg(b, fields):
    for i, x in enumerate(fields):
        if i:
            b.t("|")
        b.t(x)


def msh(b, typ, ctrl, sending=("EPIC", "SBMC"), recv=("FNSIF", "SBMC")):
    b.t("MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.5.1|||AL|NE" % (
        sending[0], sending[1], recv[0], recv[1], hl7ts(), typ, ctrl))


def pid(b, p, level=2):
    f = [""] * (21 if level >= 2 else 9)
    f[0] = "PID"
    f[1] = "1"
    f[3] = [P(p.mrn, "mrn"), "^^^SBMC^MR"]
    if level >= 2 and R.random() < 0.5:
        f[3] += ["~", P(p.epi, "mrn"), "^^^EPI^PI"]
    name = [P(p.LAST, "name"), "^", P(p.F, "name")]
    if p.M:
        name += ["^", P(p.M, "name")]
    name += ["^^^^L"] if level >= 2 else []
    f[5] = name
    f[7] = P(p.dob.strftime("%Y%m%d"), "date")
    f[8] = p.sex
    if level >= 2:
        f[10] = R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC",
                          "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])
        a = [P(p.street, "address"), "^"]
        if p.unit2:
            a += [P(p.unit2, "address")]
        a += ["^", P(p.city, "address"), "^MA^", P(p.zip, "zip"), "^USA^H"]
        f[11] = a
        t = [P(phone(p, "hl7"), "phone"), "^PRN^PH"]
        if R.random() < 0.45:
            t += ["~", P(fax(p, "hl7"), "fax"), "^PRN^FX"]
        if R.random() < 0.6:
            t += ["~^NET^Internet^", P(p.email, "email")]
        f[13] = t
        f[15] = p.lang
        f[16] = R.choice(["M", "S", "W", "D"])
        f[18] = [P(p.acct, "account"), "^^^SBMC^AN"]
        f[19] = P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")
        f[20] = [P(p.dl, "license"), "^MA"]
    seg(b, f)


def pv1(b, p, disch=False, prior=None):
    dd = NOW.replace(tzinfo=None) - dt.timedelta(minutes=R.randint(2, 50))
    f = [""] * (46 if disch else 45)
    f[0] = "PV1"
    f[1] = "1"
    f[2] = "I"
    f[3] = "%s^%s^%s^SBMC^^^^^%s" % (p.unit, p.room, p.bed, p.unit)
    f[4] = R.choice(["E", "U", "R"])
    if prior:
        f[6] = prior
    doc = "%s^%s^%s^^^^MD^^^^NPI" % (p.att[2], p.att[0], p.att[1])
    f[7] = doc
    f[10] = R.choice(["MED", "CAR", "SUR", "ONC", "NEU"])
    f[17] = doc
    f[18] = "IP"
    f[19] = P(p.csn, "other_id")
    f[44] = P(hl7ts(p.admit)[:12], "date")
    if disch:
        f[36] = R.choice(["01", "03", "06"])
        f[45] = P(hl7ts(dd)[:12], "date")
    seg(b, f)


def in1(b, p):
    f = [""] * 37
    f[0] = "IN1"
    f[1] = "1"
    f[2] = "%s^%s" % (p.payer[0], p.payer[1])
    f[3] = p.payer[3]
    f[4] = p.payer[2]
    f[8] = p.group
    f[15] = p.payer[0]
    f[16] = [P(p.LAST, "name"), "^", P(p.F, "name")]
    f[17] = "SEL"
    f[18] = P(p.dob.strftime("%Y%m%d"), "date")
    f[36] = P(p.member, "health_plan")
    seg(b, f)


def nk1(b, p):
    b.t("NK1|1|", P(fold(p.rel_last).upper(), "name"), "^", P(fold(p.rel_first).upper(), "name"),
        "|%s^%s^HL70063||" % (p.rel_code, p.rel_text), P(phone(p, "hl7", rel=True), "phone"),
        "^PRN^PH||EC^Emergency Contact^HL70131")


def al1(b, p):
    if not p.allergies:
        b.t("AL1|1|DA|^NKA^SBMALG")
        return
    for i, a in enumerate(p.allergies):
        if i:
            b.t(SEGSEP)
        b.t("AL1|%d|FA|F%03d^%s^SBMALG|%s|%s" % (i + 1, ALLERGENS.index(a) + 1, a,
                                              R.choice(["SV", "MO", "MI"]),
                                              R.choice(["Hives", "Anaphylaxis", "Swelling", "GI upset"])))


SEGSEP = "\\r"


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def mirth_prefix(b, lvl, thread, cat):
    b.t("%-5s %s [%s] %s: " % (lvl, ts_java(), thread, cat))


CH_ADT = ("FNS_ADT_Inbound", uuid4())
CH_ODS = ("FNS_DietOrders_ODS", uuid4())
CH_MDM = ("FNS_RD_Notes_MDM", uuid4())


def f_mirth(phi):
    b = L()
    if not phi:
        k = R.randrange(8)
        ch = R.choice([CH_ADT, CH_ODS, CH_MDM])
        if k == 0:
            mirth_prefix(b, "INFO", "Channel Dispatch Thread on %s (%s) < pool-2-thread-%d" % (ch[0], ch[1], R.randint(1, 9)),
                         "com.mirth.connect.donkey.server.channel.Channel")
            b.t('Channel %s (%s) started.' % (ch[0], ch[1]))
        elif k == 1:
            mirth_prefix(b, "WARN", "%s TCP Sender Thread 1" % ch[0], "tcp-sender")
            b.t("Timeout waiting for response from cbord-hl7.sbmc.local:6661 after 30000 ms (attempt %d of 3). Message %d queued."
                % (R.randint(1, 3), nxt("msg")))
        elif k == 2:
            mirth_prefix(b, "INFO", "%s JavaScript Filter Step" % ch[0], "filter")
            b.t("Message %d filtered: event type %s not subscribed by FNS" % (nxt("msg"), R.choice(["A31", "A28", "A40", "A60", "A05"])))
        elif k == 3:
            mirth_prefix(b, "ERROR", "%s TCP Sender Thread 1" % ch[0], "com.mirth.connect.connectors.tcp.TcpDispatcher")
            b.t("Error connecting to %s:6661 (%s). java.net.ConnectException: Connection refused (Connection refused)"
                % (priv_ip(), ch[0]))
        elif k == 4:
            mirth_prefix(b, "INFO", "%s Response Transformer" % ch[0], "response")
            c = nxt("msg")
            b.t("ACK received for %d: MSH|^~\\&|CBORD|FNS|EPIC|SBMC|%s||ACK^%s^ACK|A%d|P|2.5.1\\rMSA|AA|%d"
                % (c, hl7ts(), R.choice(["A01", "O02", "A08", "O04"]), c, c))
        elif k == 5:
            mirth_prefix(b, "INFO", "Data Pruner Thread", "com.mirth.connect.plugins.datapruner.DataPruner")
            b.t("Pruned %d messages from channel %s older than 30 days in %d ms" % (R.randint(2000, 90000), ch[0], R.randint(800, 9000)))
        elif k == 6:
            mirth_prefix(b, "DEBUG", "%s Source Reader" % ch[0], "hl7-listener")
            b.t("Accepted connection from %s:%d on 0.0.0.0:%d" % (priv_ip(), R.randint(40000, 65000), R.choice([6661, 6662, 6670])))
        else:
            mirth_prefix(b, "INFO", "qtp%d-%d" % (R.randint(100000, 999999), R.randint(20, 90)), "com.mirth.connect.server.api.MirthServlet")
            b.t("User svc_fnsif (id=4) logged in from %s. Dashboard: %d channels, queued=%d errored=%d"
                % (priv_ip(), R.randint(9, 14), R.randint(0, 30), R.randint(0, 3)))
        return "mirth-log4j", b
    p = pick()
    k = R.choices(["A01", "A02", "A03", "A08", "ODS", "ODT", "MDM"], [4, 2, 2, 2, 5, 2, 1])[0]
    if k in ("A01", "A02", "A03", "A08"):
        mirth_prefix(b, "INFO", "%s JavaScript Filter/Transformer Thread" % CH_ADT[0], "transformer")
        b.t("ADT in (%s): " % k)
        c = nxt("msg")
        msh(b, "ADT^%s^ADT_%s" % (k, "A01" if k in ("A01", "A08") else k), str(c))
        b.t(SEGSEP, "EVN|%s|%s|||%s^%s^%s" % (k, hl7ts(), R.choice(["REG042", "ADM17", "BED09"]),
                                              R.choice(["Delgado", "Fitzgerald", "Osei"]), R.choice(["Marisol", "Kevin", "Ama"])), SEGSEP)
        pid(b, p, 2 if k in ("A01", "A08") else 1)
        if k == "A01":
            b.t(SEGSEP)
            nk1(b, p)
        b.t(SEGSEP)
        pv1(b, p, disch=(k == "A03"), prior=("%s^%s^A^SBMC" % ("ED", "%02d" % R.randint(1, 40)) if k == "A02" else None))
        if k in ("A01", "A08"):
            b.t(SEGSEP)
            al1(b, p)
        if k == "A01":
            b.t(SEGSEP)
            in1(b, p)
    elif k in ("ODS", "ODT"):
        mirth_prefix(b, "INFO", "%s JavaScript Filter/Transformer Thread" % CH_ODS[0], "transformer")
        c = nxt("msg")
        o = nxt("ord")
        b.t("Diet order routed to CBORD (%s): " % k)
        msh(b, "%s^%s^%s_%s" % (k, "O02" if k == "ODS" else "O03", k, "O02" if k == "ODS" else "O03"), str(c))
        b.t(SEGSEP)
        pid(b, p, 0)
        b.t(SEGSEP, "PV1|1|I|%s^%s^%s^SBMC||||%s^%s^%s^^^^MD" % (p.unit, p.room, p.bed, p.att[2], p.att[0], p.att[1]), SEGSEP)
        b.t("ORC|NW|%d^EPIC||%d^EPIC|||||%s|||%s^%s^%s^^^^MD" % (o, o - R.randint(1, 9), hl7ts(), p.att[2], p.att[0], p.att[1]), SEGSEP)
        start = NOW + dt.timedelta(minutes=R.choice([0, 15, 30, 120]))
        b.t("TQ1|1||||||", P(hl7ts(start)[:12], "date"), SEGSEP)
        if k == "ODS":
            b.t("ODS|D|%s|%s^%s^SBMDIET" % (R.choice(["B~L~D", "", "L~D"]), p.diet[0], p.diet[1]))
            b.t(SEGSEP, "ODS|D||IDDSI%s^%s^IDDSI~IDDSID%s^%s^IDDSI" % (p.food[0], p.food[2], p.drink[0], p.drink[2]))
            if p.allergies:
                b.t(SEGSEP, "ODS|P||^NO %s^SBMPREF" % p.allergies[0].upper())
        else:
            b.t("ODT|%s|%s|%s" % R.choice([("EARLY^Early Tray^SBMTRAY", "B", "EARLY TRAY 0630 - OR CASE"),
                                            ("GUEST^Guest Tray^SBMTRAY", "L", "GUEST TRAY X2"),
                                            ("HOLD^Hold Tray^SBMTRAY", "D", "HOLD TRAY UNTIL RETURN FROM IR"),
                                            ("LATE^Late Tray^SBMTRAY", "D", "LATE TRAY AFTER DIALYSIS")]))
    else:
        mirth_prefix(b, "INFO", "%s JavaScript Filter/Transformer Thread" % CH_MDM[0], "transformer")
        rd = R.choice(RDS)
        c = nxt("msg")
        b.t("MDM T02 RD note for ", P(p.mrn, "mrn"), ": ")
        msh(b, "MDM^T02^MDM_T02", str(c), recv=("EPIC", "SBMC"), sending=("FNSIF", "SBMC"))
        b.t(SEGSEP)
        pid(b, p, 0)
        b.t(SEGSEP, "TXA|1|NUTR^Nutrition Follow-up|TX|", P(hl7ts()[:12], "date"), "|||||||%s|||AU" % uuid4()[:8].upper(), SEGSEP)
        b.t("OBX|1|TX|NUTR^Nutrition Note||Pt tolerating %s, intake ~%d%% of meals. Wt %.1f kg. Continue plan. -- %s, %s"
            % (p.diet[1], R.choice([25, 50, 75, 100]), R.uniform(44, 110), rd[0], rd[1]))
    return "mirth-log4j", b


# .NET interface bridge (NLog) ------------------------------------------------
def nlog(b, lvl, logger):
    b.t("%s|%s|%s|" % (ts_nlog(), lvl, logger))


def f_nlog_bridge(phi):
    b = L()
    if not phi:
        k = R.randrange(7)
        if k == 0:
            nlog(b, "INFO", "DietBridge.Service.Program")
            b.t("DietBridge v4.2.%d.0 starting on FNS-INT02 (.NET 6.0.27, pid %d)" % (R.randint(1, 9), R.randint(2000, 9000)))
        elif k == 1:
            nlog(b, "DEBUG", "DietBridge.Cbord.TokenCache")
            b.t("Access token refreshed for client fns-bridge, expires_in=3599s, scope=patients.write menus.read")
        elif k == 2:
            nlog(b, "INFO", "DietBridge.Pipeline.BatchRunner")
            b.t("Processed %d HL7 messages (%d ODS, %d ODT, %d ADT) in 00:00:%02d.%04d, 0 errors"
                % (R.randint(20, 90), R.randint(5, 30), R.randint(0, 6), R.randint(10, 50), R.randint(0, 9), R.randint(0, 9999)))
        elif k == 3:
            nlog(b, "ERROR", "DietBridge.Cbord.PatientClient")
            b.t("System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (cbord-app01.sbmc.local:443)<CR>   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)")
        elif k == 4:
            nlog(b, "WARN", "DietBridge.Mapping.DietCodeMap")
            b.t("Unmapped diet code '%s' from EPIC order %d; defaulting to REG and flagging for RD review"
                % (R.choice(["DYS3", "CCHO75", "KETO", "LOWPHE"]), nxt("ord")))
        elif k == 5:
            nlog(b, "INFO", "DietBridge.Cbord.MenuSync")
            b.t("Menu cycle week %d synced: %d items, %d nutrient updates, %d IDDSI reclassifications"
                % (R.randint(1, 4), R.randint(380, 460), R.randint(0, 40), R.randint(0, 6)))
        else:
            nlog(b, "TRACE", "DietBridge.Hl7.MllpListener")
            b.t("MLLP frame received %d bytes from %s:%d, control id %d" % (R.randint(400, 3000), priv_ip(), R.randint(40000, 65000), nxt("msg")))
        return "nlog-dietbridge", b
    p = pick()
    k = R.randrange(6)
    if k == 0:
        nlog(b, "INFO", "DietBridge.Handlers.OdsHandler")
        st = NOW + dt.timedelta(minutes=R.choice([0, 30, 60]))
        b.t("Diet order NW #%d for MRN " % nxt("ord"), P(p.mrn, "mrn"), " (", P(p.LAST, "name"), ", ", P(p.F, "name"),
            ") effective ", P(st.strftime("%Y-%m-%d %H:%M"), "date"),
            ": %s; texture=IDDSI %s %s; liquids=L%s %s" % (p.diet[1], p.food[0], p.food[1], p.drink[0], p.drink[1]))
    elif k == 1:
        nlog(b, "WARN", "DietBridge.Validation.AllergyCrossCheck")
        al = p.allergies or ["Peanut"]
        b.t("Order %d for " % nxt("ord"), P("%s %s" % (p.first, p.last), "name"),
            " (", P(p.mrn, "mrn"), ") conflicts with allergy list [%s]; routing to RD queue 'FNS-RD-%s'" % (", ".join(al), p.unit))
    elif k == 2:
        nlog(b, "ERROR", "DietBridge.Cbord.PatientClient")
        b.t("PUT https://cbord-app01.sbmc.local/api/v3/patients/", P(p.mrn, "mrn"),
            "/dietorder failed: 409 Conflict {\"error\":\"PatientNotAdmitted\",\"visitNumber\":\"", P(p.csn, "other_id"), "\"}")
    elif k == 3:
        nlog(b, "INFO", "DietBridge.Handlers.AdtHandler")
        b.t("A02 transfer ", P(p.LAST, "name"), "^", P(p.F, "name"), " MRN=", P(p.mrn, "mrn"),
            " %s -> %s; %d pending trays re-routed" % (R.choice(["ED-14", "PACU-3", "CVICU-204A"]), p.loc, R.randint(0, 3)))
    elif k == 4:
        nlog(b, "DEBUG", "DietBridge.Hl7.Parser")
        b.t("Parsed PID: mrn=", P(p.mrn, "mrn"), " name=", P(p.LAST, "name"), "^", P(p.F, "name"), " dob=",
            P(p.dob.strftime("%Y%m%d"), "date"), " sex=%s acct=" % p.sex, P(p.acct, "account"), " segments=%d" % R.randint(5, 12))
    else:
        nlog(b, "INFO", "DietBridge.Handlers.AdtHandler")
        dd = NOW - dt.timedelta(minutes=R.randint(2, 50))
        b.t("A03 discharge MRN ", P(p.mrn, "mrn"), " at ", P(dd.strftime("%m/%d/%Y %H:%M"), "date"),
            ": cancelled %d future trays, closed diet order %d" % (R.randint(1, 5), nxt("ord")))
    return "nlog-dietbridge", b


# Room-service order-taking app (Serilog file sink) -------------------------------
def slog(b, lvl):
    b.t("%s [%s] " % (ts_serilog(), lvl))


def f_serilog_rs(phi):
    b = L()
    ag = R.choice(AGENTS)
    if not phi:
        k = R.randrange(8)
        if k == 0:
            slog(b, "INF")
            b.t("Agent %s signed in from RS-CC-%02d (%s)" % (ag[0], R.randint(1, 14), priv_ip()))
        elif k == 1:
            slog(b, "INF")
            b.t("HTTP %s %s responded %d in %.4f ms" % R.choice([
                ("GET", "/api/menus/today?unit=%s" % R.choice(UNITS)[0], 200, R.uniform(8, 90)),
                ("POST", "/api/orders", 201, R.uniform(40, 300)),
                ("GET", "/api/orders/RS-240311-%04d/status" % nxt("rs", 1), 200, R.uniform(3, 30)),
                ("PUT", "/api/kitchen/tickets/T-%d" % nxt("tkt"), 204, R.uniform(5, 60))]))
        elif k == 2:
            slog(b, "INF")
            b.t("Menu cycle \"Week %d\" loaded for %s: %d items (%d hidden by IDDSI filter, %d by Renal)"
                % (R.randint(1, 4), today().isoformat(), R.randint(380, 460), R.randint(40, 90), R.randint(20, 60)))
        elif k == 3:
            slog(b, "WRN")
            b.t("Kitchen queue backlog: %d open tickets, oldest 00:%02d:%02d (threshold 00:20:00)" % (R.randint(10, 40), R.randint(5, 29), R.randint(0, 59)))
        elif k == 4:
            slog(b, "ERR")
            b.t("Printer tray-zd621-%s unreachable at %s:9100; ticket T-%d queued for retry (attempt %d)"
                % (R.choice(UNITS)[0].lower(), priv_ip(), nxt("tkt"), R.randint(1, 5)))
        elif k == 5:
            slog(b, "INF")
            b.t("Guest tray payment approved: auth %s, card ****%s, amount $%.2f, terminal RS-PAY-02"
                % (hexs(6).upper(), digits(4), R.choice([9.5, 12.75, 19.0, 25.5])))
        elif k == 6:
            slog(b, "INF")
            b.t("Call %d abandoned after 00:%02d:%02d in queue \"RoomService-Main\" (ext 4663)" % (nxt("call"), R.randint(0, 3), R.randint(0, 59)))
        else:
            slog(b, "DBG")
            b.t("Diet rules cache refreshed: %d rules, %d item exceptions, approved by RD %s" % (R.randint(150, 260), R.randint(5, 40), R.choice(RDS)[0]))
        return "serilog-roomsvc", b
    p = pick()
    k = R.randrange(7)
    if k == 0:
        slog(b, "INF")
        b.t("Caller verified: ", P(p.first, "name"), " ", P(p.last, "name"), ", DOB ", P(mdy(p.dob), "date"),
            ", MRN ", P(p.mrn, "mrn"), ", room %s (call %d, agent %s)" % (p.loc, nxt("call"), ag[0]))
    elif k == 1:
        slog(b, "INF")
        its = R.sample(ITEMS, 3)
        b.t("Order RS-240311-%04d submitted for MRN " % nxt("rs", 1), P(p.mrn, "mrn"), " (", P(p.last, "name"), ", ",
            P(p.first, "name"), ") %s: %s | CHO %dg of %s, Na %dmg"
            % (meal_now()[1], ", ".join(i[1] for i in its), R.randint(30, 75), p.diet[2], R.randint(400, 1600)))
    elif k == 2:
        slog(b, "WRN")
        it = R.choice(ITEMS)
        b.t("Diet restriction override by %s for " % ag[0], P("%s %s" % (p.first, p.last), "name"),
            ": item \"%s\" (%s) not allowed on %s; approved by RD %s" % (it[1], it[0], p.diet[1], R.choice(RDS)[0]))
    elif k == 3:
        slog(b, "INF")
        b.t("Guest tray x%d billed to patient account " % R.randint(1, 3), P(p.acct, "account"), " for visitor ",
            P(p.rel_first, "name"), " ", P(p.rel_last, "name"), " (%s)" % p.rel_text.lower())
    elif k == 4:
        slog(b, "DBG")
        b.t("Sending payment to gateway: PaymentRequest { Amount: %.2f, CardNumber: \"" % R.choice([9.5, 12.75, 19.0]),
            P(p.rel_card, "account"), "\", ExpMonth: %d, ExpYear: %d, NameOnCard: \"" % (R.randint(1, 12), R.randint(2025, 2029)),
            P(fold("%s %s" % (p.rel_first, p.rel_last)).upper(), "name"), "\", BillingZip: \"", P(p.zip, "zip"), "\" }")
    elif k == 5:
        slog(b, "INF")
        b.t("Patient lookup by callback number ", P(phone(p, "plain", rel=True), "phone"), " matched MRN ", P(p.mrn, "mrn"),
            " (emergency contact)")
    else:
        slog(b, "WRN")
        b.t("Allergen warning acknowledged by %s on order RS-240311-%04d for MRN " % (ag[0], nxt("rs", 1)),
            P(p.mrn, "mrn"), ": %s" % (", ".join(p.allergies) or "Sesame"))
    return "serilog-roomsvc", b


# Avaya IP Office SMDR ---------------------------------------------------------
def f_smdr(phi):
    b = L()
    ag = R.choice(AGENTS)
    start = NOW - dt.timedelta(seconds=R.randint(30, 600))
    dur = "%02d:%02d:%02d" % (0, R.randint(0, 9), R.randint(0, 59))
    cid = nxt("call")
    b.t(start.strftime("%Y/%m/%d %H:%M:%S"), ",", dur, ",%d," % R.randint(0, 25))
    if phi:
        p = pick()
        caller = phone(p, "plain", rel=R.random() < 0.6)
        b.t(P(caller, "phone"), ",I,4663,4663,,0,%d,0,T9001,Line 1.%d,E%d,%s,%d,0,,,,,,,,,,,,,," %
            (cid, R.randint(1, 8), R.randint(4600, 4640), ag[1], R.randint(0, 40)))
    else:
        if R.random() < 0.6:
            ext = "%s%02d" % (R.choice("34567"), R.randint(2, 40))
            b.t("%s,I,4663,4663,,1,%d,0,E%s,Rm %s Bedside,E%d,%s,%d,0,,,,,,,,,,,,,," %
                (ext, cid, ext, ext, R.randint(4600, 4640), ag[1], R.randint(0, 40)))
        else:
            b.t("E%d,O,%s,9%s,,0,%d,0,E%d,%s,T9002,Line 2.%d,0,0,,,,,,,,,,,,,," %
                (R.randint(4600, 4640), R.choice(["18005550134", "6175550100", "8005550162"]),
                 R.choice(["18005550134", "6175550100"]), cid, R.randint(4600, 4640), ag[1], R.randint(1, 8)))
    return "avaya-smdr", b


# Agent notes export (CSV) -------------------------------------------------------
def f_agent_notes(phi):
    b = L()
    ag = R.choice(AGENTS)
    b.t('"%s","CALL-%d","%s","' % (NOW.strftime("%Y-%m-%d %H:%M:%S"), nxt("call"), ag[0]))
    if not phi:
        b.t(R.choice([
            "Unit %s called re: missing tray for rm %s, re-fired ticket T-%d." % (R.choice(UNITS)[0], "%d%02d" % (R.randint(3, 7), R.randint(2, 40)), nxt("tkt")),
            "Dropped call, no callback number. Queue wait 00:0%d:%02d." % (R.randint(1, 5), R.randint(0, 59)),
            "Nurse asked for late tray for rm %d%02d after dialysis, sent to kitchen (cook: %s)." % (R.randint(3, 7), R.randint(2, 40), R.choice(["Luis", "Marta", "DeShawn"])),
            "Caller wanted cafeteria hours; advised 6:30a-7:00p, Sat/Sun 7:00a-2:00p.",
            "Kitchen out of MI-1905; offered MI-1533 substitution per RD %s." % R.choice(RDS)[0],
            "Wrong number (was trying to reach pharmacy x4410).",
        ]))
        b.t('"')
        return "agent-notes-csv", b
    p = pick()
    k = R.randrange(6)
    if k == 0:
        b.t("Pt ", P(p.first, "name"), " ", P(p.last, "name"), " (rm %s) ordered %s. Spoke w/ %s " % (p.loc, meal_now()[1].lower(), p.rel_text.lower()),
            P(p.rel_first, "name"), " at ", P(phone(p, "dash", rel=True), "phone"),
            "; asked that future trays omit %s. Updated prefs." % R.choice(["pork", "mushrooms", "spicy items", "dairy"]))
    elif k == 1:
        b.t("Verified pt by DOB ", P(mdy0(p.dob), "date"), " (age ", P(str(p.age), "age") if p.age > 89 else str(p.age),
            ") + MRN ", P(p.mrn, "mrn"), ". %s, texture L%s ok. Declined dessert." % (p.diet[1], p.food[0]))
    elif k == 2:
        b.t("Family (", P(p.rel_first + " " + p.rel_last, "name"), ") requests menu emailed to ", P(p.rel_email, "email"),
            " for pt ", P(p.last, "name"), ", rm %s. Sent via portal." % p.loc)
    elif k == 3:
        b.t("%s asked for low-sodium meal plan for after discharge; faxed RD handout to home fax " % p.rel_text,
            P(fax(p, R.choice(["paren", "dash"])), "fax"), " (pt MRN ", P(p.mrn, "mrn"), ").")
    elif k == 4:
        slug = "%s-%s-%s" % (fold(p.first).lower(), fold(p.last).lower().replace(" ", "-").replace("'", ""), p.loc.lower().replace("-", ""))
        b.t("Texted guest ordering link ", P("https://dine.%s/guest/%s" % (HOSP_DOM, slug), "url"), " to ",
            P(p.rel_first, "name"), " (", p.rel_text.lower(), ").")
    else:
        b.t("Pt states %s is %s; called back on cell " % ("she" if p.sex == "F" else "he", R.choice(["hard of hearing", "vegetarian", "fasting for Ramadan until sunset"])),
            P(phone(p, "paren"), "phone"), " to confirm dinner at %s." % R.choice(["19:05", "18:30", "17:45"]))
    b.t('"')
    return "agent-notes-csv", b


# Tray ticket print spool: CUPS + Windows PrintService --------------------------
def f_spool(phi):
    b = L()
    unit = R.choice(UNITS)[0]
    pr = "tray-zd621-%s" % unit.lower()
    if phi:
        pp = pick()
        unit = pp.unit
        pr = "tray-zd621-%s" % unit.lower()
    if R.random() < 0.5:
        # CUPS
        job = nxt("job", 1)
        if phi:
            p = pp
            if R.random() < 0.5:
                b.t("%s fnsprint %d [%s] total 1 - %s TrayTicket_" % (pr, job, clf_local(), priv_ip()), P(p.mrn, "mrn"),
                    "_%s.zpl custom_101.6x152.4mm one-sided" % meal_now()[0])
            else:
                b.t("D [%s] [Job %d] job-name=\"Tray - " % (clf_local(), job), P(p.LAST, "name"), ", ", P(p.F, "name"),
                    " %s %s\"" % (p.loc, meal_now()[1]))
        else:
            b.t(R.choice([
                "I [%s] [Job %d] Queued on \"%s\" by \"fnsprint\"." % (clf_local(), job, pr),
                "I [%s] [Job %d] Started backend /usr/lib/cups/backend/socket (PID %d)" % (clf_local(), job, R.randint(10000, 40000)),
                "I [%s] [Job %d] Completed successfully." % (clf_local(), job),
                "E [%s] [Job %d] Unable to locate printer \"%s.sbmc.local\"." % (clf_local(), job, pr),
                "W [%s] [Job %d] Printer is now offline; retrying in 30 seconds." % (clf_local(), job),
                "%s fnsprint %d [%s] total 1 - %s BatchHeader_%s.zpl custom_101.6x152.4mm one-sided" % (pr, job, clf_local(), priv_ip(), meal_now()[0]),
            ]))
        return "cups-log", b
    j = nxt("winjob", 1)
    pr = pr.upper()
    if phi:
        p = pp
        b.t("Information,%s,Microsoft-Windows-PrintService,307,Printing a document,\"Document %d, Tray Ticket - " % (ts_win(), j),
            P(p.LAST, "name"), ", ", P(p.F, "name"),
            " - %s owned by svc_fnsprint on \\\\FNS-TRAY0%d was printed on %s through port %s. Size in bytes: %d. Pages printed: 1. No user action is required.\""
            % (meal_now()[1], R.randint(1, 3), pr, priv_ip(), R.randint(1400, 4200)))
    else:
        b.t(R.choice([
            "Information,%s,Microsoft-Windows-PrintService,307,Printing a document,\"Document %d, Tray Batch %s %s owned by svc_fnsprint on \\\\FNS-TRAY01 was printed on %s through port %s. Size in bytes: %d. Pages printed: %d. No user action is required.\""
            % (ts_win(), j, unit, meal_now()[1], pr, priv_ip(), R.randint(20000, 90000), R.randint(10, 40)),
            "Error,%s,Microsoft-Windows-PrintService,372,Printing a document,\"The document Tray Batch %s owned by svc_fnsprint failed to print on printer %s. Try to print the document again, or restart the print spooler. Data type: RAW. Size of the spool file in bytes: %d. Number of bytes printed: 0. Total number of pages in the document: 1. Number of pages printed: 0. Client computer: \\\\FNS-TRAY02. Win32 error code returned by the print processor: 0. The operation completed successfully.\""
            % (ts_win(), unit, pr, R.randint(1000, 4000)),
            "Information,%s,Microsoft-Windows-PrintService,805,Printing a document,\"Rendering job %d.\"" % (ts_win(), j),
        ]))
    return "win-printservice", b


# ZPL tray tickets via .NET TrayPrint service (NLog) ---------------------------
def f_zpl(phi):
    b = L()
    ip = priv_ip()
    if not phi:
        nlog(b, R.choice(["DEBUG", "INFO"]), "TrayPrint.Spool.ZplSender")
        b.t(R.choice([
            "-> %s:9100 ^XA^MMT^PW812^LL1218^LS0^CI28^JUS^XZ" % ip,
            "<- %s:9100 ~HS response: 030,0,0,1218,000,0,0,0,000,0,0,0 | 001,0,0,0,1,2,6,0,00000000,1,000 | 1234,0" % ip,
            "-> %s:9100 ^XA^FO50,50^A0N,40,40^FDTEST LABEL %s %s^FS^FO50,110^BCN,80,Y,N,N^FDT-%d^FS^XZ" % (ip, R.choice(UNITS)[0], NOW.strftime("%H:%M"), nxt("tkt")),
            "-> %s:9100 ^XA^FO30,30^A0N,44,44^FDBATCH %s %s  %d TRAYS^FS^FO30,90^A0N,28,28^FDCart %d  Dept 7710 FNS^FS^XZ" % (ip, R.choice(UNITS)[0], meal_now()[1].upper(), R.randint(8, 36), R.randint(1, 9)),
            "Printer %s reports PAPER OUT (~HQES 0x00000001); %d tickets held" % (ip, R.randint(1, 20)),
        ]))
        return "zpl-nlog", b
    p = pick()
    t = nxt("tkt")
    meal = meal_now()
    nlog(b, "DEBUG", "TrayPrint.Spool.ZplSender")
    b.t("-> %s:9100 ^XA^CI28^PW812^LL1218^FO30,30^A0N,44,44^FD" % ip, P(p.last.upper(), "name"), ", ", P(p.first.upper(), "name"),
        "^FS^FO30,84^A0N,30,30^FDMRN: ", P(p.mrn, "mrn"))
    if R.random() < 0.6:
        b.t("  DOB: ", P(mdy0(p.dob), "date"))
    if p.age > 89:
        b.t("  AGE: ", P(str(p.age), "age"))
    b.t("^FS^FO30,124^A0N,30,30^FD%s  %s " % (p.loc, meal[1].upper()), P(mdy0(today()), "date"),
        "^FS^FO30,164^GB752,3,3^FS^FO30,180^A0N,34,34^FD%s^FS^FO30,222^A0N,30,30^FD%s^FS" % (p.diet[2], iddsi_txt(p)))
    if p.allergies:
        b.t("^FO30,262^A0N,30,30^FR^FDALLERGY: %s^FS" % ", ".join(a.upper() for a in p.allergies))
    b.t("^FO560,900^BQN,2,6^FDQA,", P(p.mrn, "mrn"), "|T-%d^FS^XZ" % t)
    return "zpl-nlog", b


# ESC/POS via python-escpos ------------------------------------------------------
def f_escpos(phi):
    b = L()
    ip = priv_ip()
    b.t("%s DEBUG [escpos.printer.Network] %s:9100 _raw: b'" % (ts_java(), ip))
    if not phi:
        b.t(R.choice([
            r"\x1b@\x1ba\x01\x1bE\x01KITCHEN CHIT\x1bE\x00\n\x1ba\x00BATCH %02d %s %s\n%d TRAYS  CART %d\n--------------------------------\n\n\n\x1dVA\x03" % (R.randint(1, 20), R.choice(UNITS)[0], meal_now()[1].upper(), R.randint(8, 36), R.randint(1, 9)),
            r"\x10\x04\x04",
            r"\x1b@\x1ba\x01CAFE LANE %d\nZ-REPORT %s\nTXNS %d  NET $%d.%02d\n\x1dVA\x03" % (R.randint(1, 4), today().isoformat(), R.randint(100, 600), R.randint(900, 6000), R.randint(0, 99)),
        ]))
        b.t("'")
        return "escpos-python", b
    p = pick()
    b.t(r"\x1b@\x1ba\x01\x1bE\x01ROOM SERVICE RS-240311-%04d\x1bE\x00\n\x1ba\x00%s\n" % (nxt("rs", 1), NOW.strftime("%H:%M")))
    b.t("Pt: ", P(p.LAST, "name"), ", ", P(p.F, "name"), r"\nRm: %s\n" % p.loc)
    if R.random() < 0.5:
        b.t("MRN: ", P(p.mrn, "mrn"), r"\n")
    b.t(r"Diet: %s\nTex: IDDSI %s %s  Liq: %s\n--------------------------------\n" % (p.diet[2], p.food[0], p.food[1], p.drink[1]))
    for it in R.sample(ITEMS, R.randint(1, 3)):
        b.t(r"1 %s\n" % it[1])
    b.t(r"\n\n\x1dVA\x03'")
    return "escpos-python", b


# Menu management CSV export (CBORD-like) --------------------------------------
CSV_HDRS = ["PatientID,LastName,FirstName,Unit,Room,Bed,DietOrder,Texture,Liquids,Allergies,AdmitDate,BirthDate,Isolation",
            "ItemNo,ItemName,Category,Portion,Kcal,Pro_g,CHO_g,Na_mg,K_mg,Phos_mg,IDDSI,Allergens,Active",
            "ProdDate,Meal,ItemNo,ItemName,Forecast,Unit,Station"]


def f_cbord_csv(phi):
    b = L()
    if not phi:
        k = R.randrange(5)
        if k == 0:
            b.t(R.choice(CSV_HDRS))
        elif k in (1, 2):
            it = R.choice(ITEMS)
            alg = R.choice(["", "MILK", "EGG;MILK;WHEAT", "TREE NUT;MILK;WHEAT", "SHELLFISH;SOY", "FISH"])
            b.t('%s,"%s",%s,%s,%d,%d,%d,%d,%d,%d,%s,"%s",Y' % (it[0], it[1], R.choice(["Entree", "Side", "Dessert", "Beverage", "Soup"]),
                R.choice(["1 cup", "4 oz", "1 ea", "8 fl oz", "1/2 cup"]), R.randint(60, 650), R.randint(0, 40), R.randint(0, 80),
                R.randint(20, 1400), R.randint(50, 700), R.randint(20, 400), it[2], alg))
        elif k == 3:
            it = R.choice(ITEMS)
            b.t('%s,%s,%s,"%s",%d,portions,%s' % ((today() + dt.timedelta(days=1)).isoformat(), R.choice("BLD"), it[0], it[1],
                                               R.randint(20, 300), R.choice(["Hot Line", "Cold Line", "Tray Start", "Bakery"])))
        else:
            b.t('# Exported by CBORD FMS 21.4 on %s by svc_cbord_export; rows=%d' % (NOW.strftime("%m/%d/%Y %I:%M %p"), R.randint(200, 420)))
        return "cbord-csv", b
    p = pick()
    b.t(P(p.mrn, "mrn"), ",", P(p.LAST, "name"), ",", P(p.F, "name"), ",%s,%s,%s,\"%s\",\"IDDSI %s %s\",\"%s\",\"%s\","
        % (p.unit, p.room, p.bed, p.diet[2], p.food[0], p.food[1], p.drink[1], ";".join(p.allergies)),
        P(mdy0(p.admit), "date"), ",", P(mdy0(p.dob), "date"), ",%s" % R.choice(["N", "N", "N", "CONTACT", "DROPLET"]))
    return "cbord-csv", b


# Computrition-like fixed width census -----------------------------------------
def fw(b, val, width, cat=None):
    v = val[:width]
    if cat:
        b.p(v, cat)
    else:
        b.t(v)
    b.t(" " * (width - len(v)))


def f_fixed(phi):
    b = L()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            b.t("HDIETCENSUS SBMC      %s CMPTRN 7.3.2  FNS" % NOW.strftime("%Y%m%d%H%M%S"))
        elif k == 1:
            b.t("T%06d%06d%s" % (R.randint(200, 420), R.randint(800, 2000), " " * 20))
        else:
            it = R.choice(ITEMS)
            b.t("I")
            fw(b, it[0], 10)
            fw(b, it[1].upper(), 30)
            fw(b, "L" + it[2], 4)
            b.t("%04d%04d%04d%05d" % (R.randint(60, 650), R.randint(0, 40), R.randint(0, 80), R.randint(20, 1400)))
        return "computrition-fixed", b
    p = pick()
    if R.random() < 0.65:
        b.t("D")
        fw(b, p.mrn, 10, "mrn")
        fw(b, p.LAST, 20, "name")
        fw(b, p.F, 15, "name")
        fw(b, p.unit, 5)
        fw(b, p.room + p.bed, 5)
        b.p(p.dob.strftime("%Y%m%d"), "date")
        b.t(p.sex)
        b.p(p.admit.strftime("%Y%m%d"), "date")
        fw(b, p.diet[0], 8)
        fw(b, "L" + p.food[0] + p.food[1], 6)
        fw(b, p.drink[1] + p.drink[0], 4)
        b.t(",".join(a.upper() for a in p.allergies))
    else:
        b.t("S")
        fw(b, p.mrn, 10, "mrn")
        b.p((today() + dt.timedelta(days=R.choice([0, 1]))).strftime("%Y%m%d"), "date")
        b.t(R.choice("BLD"))
        for it in R.sample(ITEMS, R.randint(2, 5)):
            fw(b, it[0], 9)
            b.t("%02d" % R.randint(1, 2))
    return "computrition-fixed", b


# Python allergen / IDDSI checks ----------------------------------------------------
def pylog(b, lvl, name):
    b.t("%s %-8s %s  " % (ts_java(), lvl, name))


def f_py_checks(phi):
    b = L()
    if not phi:
        k = R.randrange(6)
        if k == 0:
            it = R.choice(ITEMS)
            pylog(b, "INFO", "fns.checks.iddsi")
            b.t("item %s '%s' classified L%s per recipe R-%d rev %d (fork pressure test logged by %s)"
                % (it[0], it[1], it[2], R.randint(1000, 9999), R.randint(1, 6), R.choice(["cook L. Ferreira", "chef A. Bianchi", "dtr K. Brown"])))
        elif k == 1:
            pylog(b, "DEBUG", "fns.checks.allergen")
            b.t("loaded %d allergen rules from /opt/fns/rules/allergens_v%d.yaml (sha256=%s)" % (R.randint(40, 80), R.randint(9, 14), hexs(64)))
        elif k == 2:
            pylog(b, "ERROR", "fns.checks.runner")
            b.t("rule evaluation failed for tray T-%d: KeyError: 'IDDSI_LEVEL' (recipe R-%d missing texture attribute)" % (nxt("tkt"), R.randint(1000, 9999)))
        elif k == 3:
            pylog(b, "INFO", "fns.checks.runner")
            b.t("batch %s %s: checked %d trays, blocked %d, substituted %d in %.2fs" % (R.choice(UNITS)[0], meal_now()[1], R.randint(10, 40), R.randint(0, 3), R.randint(0, 6), R.uniform(0.2, 3)))
        elif k == 4:
            it = R.choice(ITEMS)
            pylog(b, "WARNING", "fns.checks.allergen")
            b.t("vendor spec sheet for %s '%s' older than 365 days (Sysco SUPC %s); allergen data may be stale" % (it[0], it[1], digits(7)))
        else:
            pylog(b, "INFO", "fns.checks.iddsi")
            b.t("thickener audit: SimplyThick EasyMix lot %s, %d packets dispensed, mildly thick ratio 1:%d" % (hexs(8).upper(), R.randint(20, 200), R.choice([4, 6, 8])))
        return "python-logging", b
    p = pick()
    k = R.randrange(4)
    if k == 0:
        al = p.allergies or ["Tree Nut"]
        it = [i for i in ITEMS if i[0] == ALLERGEN_ITEM[al[0]]][0]
        pylog(b, "WARNING", "fns.checks.allergen")
        b.t("BLOCK pt=", P(p.mrn, "mrn"), " tray=T-%d item=%s \"%s\" allergens={'%s'} patient_allergies=%s"
            % (nxt("tkt"), it[0], it[1], al[0].upper().replace(" ", "_"), "[" + ", ".join("'%s'" % a.upper().replace(" ", "_") for a in al) + "]"))
    elif k == 1:
        pylog(b, "INFO", "fns.checks.iddsi")
        b.t("pt ", P(p.mrn, "mrn"), " (", P(p.last, "name"), ", ", P(p.first, "name"),
            ") level L%s %s: substituted MI-0931 'Roast Beef au Jus' -> MI-0931M 'Minced Beef w/ Gravy'" % (p.food[0], p.food[1]))
    elif k == 2:
        pylog(b, "WARNING", "fns.checks.iddsi")
        b.t("liquid mismatch for ", P(p.mrn, "mrn"), ": order says L%s %s but tray has MI-2301 Cranberry Juice 4oz (L0); ctx={'mrn': '"
            % (p.drink[0], p.drink[1]), P(p.mrn, "mrn"), "', 'name': '", P(p.LAST + ", " + p.F, "name"), "', 'room': '%s'}" % p.loc)
    else:
        pylog(b, "INFO", "fns.checks.diet")
        b.t("carb count for ", P(p.first + " " + p.last, "name"), " %s: %dg (limit %s) OK; CGM %s transmitter " % (meal_now()[1], R.randint(30, 60), p.diet[2], R.choice(["Dexcom G6", "Dexcom G7", "Libre 3"])),
            P(p.cgm, "device"), " linked")
    return "python-logging", b


# structlog malnutrition screening -----------------------------------------------
def f_structlog(phi):
    b = L()
    if not phi:
        if R.random() < 0.6:
            b.t("%s [info     ] %-30s duration_ms=%.1f high_risk=%d screened=%d unit=%s" % (
                iso_z6(), "batch_complete", R.uniform(100, 3000), R.randint(0, 9), R.randint(10, 60), R.choice(UNITS)[0]))
        else:
            d = {"event": R.choice(["screen_queue_drained", "rd_queue_snapshot"]), "pending": R.randint(0, 30),
                 "oldest_min": R.randint(0, 300), "level": "info", "logger": "fns.mst", "timestamp": iso_z6()}
            jw(b, d, (", ", ": "), True)
        return "structlog", b
    p = pick()
    score = R.randint(0, 5)
    if R.random() < 0.6:
        b.t("%s [info     ] %-30s " % (iso_z6(), "mst_screen_completed"))
        if p.age > 89:
            b.t("age=", P(str(p.age), "age"))
        else:
            b.t("age=%d" % p.age)
        b.t(" bmi=%.1f consult_ordered=%s mrn=" % (R.uniform(15, 34), score >= 2), P(p.mrn, "mrn"),
            " score=%d tool=MST unit=%s wt_loss_kg=%.1f" % (score, p.unit, R.uniform(0, 9)))
    else:
        d = {"mrn": P(p.mrn, "mrn"), "screen": R.choice(["MST", "MUST", "NRS-2002"]), "score": score}
        if p.age > 89:
            d["age"] = PN(p.age, "age")
        else:
            d["age"] = p.age
        d["admit_date"] = P(p.admit.date().isoformat(), "date")
        d.update({"event": "screen_scored", "level": "info", "logger": "fns.mst", "timestamp": iso_z6()})
        jw(b, d, (", ", ": "), True)
    return "structlog", b


# Dietitian notes (pipe export) -----------------------------------------------------
DX = ["CHF exacerbation", "COPD exacerbation", "hip fracture s/p ORIF", "sepsis, UTI source", "CVA w/ dysphagia",
      "DKA", "SBO s/p ex-lap", "ESRD on HD", "pancreatitis", "pneumonia"]


def f_rd_note(phi):
    b = L()
    rd = R.choice(RDS)
    nid = nxt("note")
    b.t("NOTE|%d|%s|%s|" % (nid, NOW.strftime("%Y-%m-%d %H:%M"), rd[2] + ", " + rd[1].split(", ")[0]))
    if not phi:
        b.t(R.choice([
            "Unit Education|In-service for %s nursing on IDDSI L4/L5 tray verification; %d attendees; handout v3." % (R.choice(UNITS)[0], R.randint(5, 25)),
            "QA|Tray accuracy audit %s: %d/%d trays correct (%.1f%%). Errors: 2 wrong liquid level, 1 missing condiment." % (meal_now()[1], 47, 50, 94.0),
            "Formulary|Ensure Plus replaced with Boost Plus per GPO contract eff 04/01; update TF protocols.",
            "Admin|RD coverage %s: %s covering 4W/5E, pager 4471." % (NOW.strftime("%m/%d"), R.choice(RDS)[0]),
        ]))
        return "rd-note-pipe", b
    p = pick()
    wt = R.uniform(42, 105)
    b.t("Nutrition Assessment|", P(p.first, "name"), " ", P(p.last, "name"), ", ")
    if p.age > 89:
        b.t(P(str(p.age), "age"))
    else:
        b.t(str(p.age))
    b.t(" y.o. %s, MRN " % p.sex, P(p.mrn, "mrn"), ", adm ", P(mdy(p.admit), "date"), " for %s. " % R.choice(DX))
    b.t("Wt %.1f kg (UBW %.0f kg per %s " % (wt, wt * R.uniform(1.05, 1.15), p.rel_text.lower()), P(p.rel_first, "name"),
        "). Intake <50%% x %d days. NFPE: %s. " % (R.randint(3, 10), R.choice(["moderate temporal wasting", "mild clavicle wasting", "no fluid accumulation", "severe interosseous wasting"])))
    k = R.randrange(3)
    if k == 0:
        b.t("Labs ", P(mdy(p.admit + dt.timedelta(days=1)), "date"), ": prealbumin %d mg/dL, CRP %.1f. " % (R.randint(8, 22), R.uniform(1, 18)))
    elif k == 1:
        b.t("Home TF via %s pump SN " % R.choice(["Kangaroo Joey", "Kangaroo ePump"]), P(p.pump, "device"), ", %s " % ("Medicare MBI" if p.payer[0] == "MCR" else p.payer[2].title() + " member"), P(p.member, "health_plan"), ". ")
    else:
        b.t("Dx: %s malnutrition in context of %s illness (ASPEN/AND). " % (R.choice(["moderate", "severe"]), R.choice(["acute", "chronic"])))
    b.t("Plan: %s, %s BID, IDDSI %s. F/u " % (p.diet[1], R.choice(["Ensure Plus", "Boost Plus", "Nepro", "Glucerna 1.2"]), p.food[0]),
        P("%d/%d" % (3, R.randint(12, 18)), "date"), ". -- %s, %s" % (rd[0], rd[1]))
    return "rd-note-pipe", b


# Cafeteria POS / payroll deduction (staff only) -------------------------------
def f_pos(phi):
    b = L()
    e = R.choice(EMP)
    k = R.randrange(8)
    slog(b, R.choice(["INF", "INF", "INF", "WRN"]) if k != 4 else "WRN")
    if k in (0, 1, 2):
        b.t("POS.Lane%d Txn %d badge=%s emp=%s name=\"%s, %s\" tender=PAYROLL_DEDUCT total=%.2f ppd_ytd=%.2f"
            % (R.randint(1, 4), nxt("txn"), e[3], e[2], e[0], e[1], R.uniform(2, 16), R.uniform(50, 900)))
    elif k == 3:
        b.t("PayrollDeduct batch PD-%s exported: %s rows, total $%s to sftp://sftp.paycenter-example.com/inbound/sbmc (sha1 %s)"
            % ((today() + dt.timedelta(days=4)).strftime("%Y%m%d"), "{:,}".format(R.randint(900, 2400)), "{:,.2f}".format(R.uniform(9000, 30000)), hexs(40)))
    elif k == 4:
        b.t("Badge %s read failed (CRC mismatch) on Lane%d; manual entry by cashier %s. %s" % (e[3], R.randint(1, 4), R.choice(["T. Nguyen", "M. Alvarez", "S. Kaur"]), e[2]))
    elif k == 5:
        b.t("Card auth approved ****%s %s auth=%s amt=%.2f lane=%d (visitor)" % (digits(4), R.choice(["VISA", "MC", "AMEX"]), hexs(6).upper(), R.uniform(3, 30), R.randint(1, 4)))
    elif k == 6:
        b.t("Employee %s (%s %s) exceeded payroll deduct limit $150.00/pay period; tender declined" % (e[2], e[1], e[0]))
    else:
        b.t("Lane%d Z-report: %d txns, net $%.2f, payroll deduct $%.2f, credit $%.2f, meal vouchers %d"
            % (R.randint(1, 4), R.randint(100, 600), R.uniform(900, 5000), R.uniform(200, 2000), R.uniform(200, 3000), R.randint(0, 30)))
    return "serilog-pos", b


# Vendor deliveries / receiving --------------------------------------------------
def f_vendor(phi):
    b = L()
    po = nxt("po")
    v = R.choice([("Sysco Boston", "1-800-555-0134"), ("US Foods", "1-800-555-0162"), ("Garelick Farms", "(781) 555-0190"),
                  ("Costa Fruit & Produce", "(617) 555-0175"), ("Nestle Health Science", "1-800-555-0119")])
    k = R.randrange(4)
    pylog(b, R.choice(["INFO", "INFO", "WARNING"]), "receiving.dock")
    if k == 0:
        b.t("PO %d from %s received at dock %d by %s: %d cases, invoice %s, frozen probe %.1fF, refrigerated %.1fF -> %s"
            % (po, v[0], R.randint(1, 3), R.choice(["gwashington", "lferreira", "mokonkwo"]), R.randint(10, 90), digits(9),
               R.uniform(-12, 2), R.uniform(33, 42), R.choice(["ACCEPTED", "ACCEPTED", "PARTIAL (2 cases rejected >41F)"])))
    elif k == 1:
        b.t("ASN for PO %d: carrier %s tracking %s ETA %s ship-to \"%s, %s\" contact %s"
            % (po, R.choice(["FedEx Freight", "UPS", "vendor truck #%d" % R.randint(10, 99)]), "1Z" + hexs(6).upper() + digits(10),
               (today() + dt.timedelta(days=R.randint(1, 3))).isoformat(), HOSP, HOSP_ADDR, v[1]))
    elif k == 2:
        b.t("Lot %s %s (GTIN %s, exp %s) recorded for recall traceability, qty %d"
            % (hexs(7).upper(), R.choice(["Ground Turkey 10lb", "Liquid Eggs 15lb", "Baby Spinach 4x2.5lb", "Thickened Water MT 48ct"]),
               "0" + digits(13), (today() + dt.timedelta(days=R.randint(5, 200))).isoformat(), R.randint(2, 40)))
    else:
        b.t("Driver %s (%s) signed delivery manifest %s; temp log download OK (%d readings, max %.1fF)"
            % (R.choice(["Marco Pellegrini", "Dwayne Hollis", "Sanjay Mehta"]), v[0], "M-" + digits(8), R.randint(40, 400), R.uniform(34, 40)))
    return "python-receiving", b


# IoT temperature sensors ----------------------------------------------------------
SENSORS = [("WIC-1", "Walk-in Cooler 1"), ("WIF-1", "Walk-in Freezer 1"), ("RIC-4W", "4W Nourishment Fridge"),
           ("RIC-5E", "5E Nourishment Fridge"), ("HOT-LINE-2", "Hot Holding Line 2"), ("BLST-1", "Blast Chiller")]
SENSOR_MAC = {s[0]: "00:1b:44:%02x:%02x:%02x" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)) for s in SENSORS}


def f_iot(phi):
    b = L()
    s = R.choice(SENSORS)
    if R.random() < 0.7:
        temp = {"WIF": R.uniform(-8, 1), "HOT": R.uniform(136, 170), "BLS": R.uniform(30, 70)}.get(s[0][:3], R.uniform(33, 42))
        d = {"ts": iso_z(), "gw": "fns-iot-gw0%d" % R.randint(1, 2), "sensorId": s[0], "mac": SENSOR_MAC[s[0]],
             "serial": "TS-%s" % digits(8), "tempF": round(temp, 1), "rssi": -R.randint(40, 90), "batt": R.randint(20, 100), "fw": "2.4.%d" % R.randint(0, 9)}
        jw(b, d)
    else:
        b.t("%s fns-iot-gw01 haccpd[%d]: %s" % (ts_syslog(), R.randint(800, 3000), R.choice([
            "ALERT %s (%s) %.1fF out of range for %d min; notified fns-supervisors@%s" % (s[1], s[0], R.uniform(42, 48), R.randint(15, 45), HOSP_DOM),
            "corrective action CA-%d closed by supervisor B. Okonkwo: product discarded, %d lbs" % (R.randint(100, 999), R.randint(2, 40)),
            "sensor %s battery low (%d%%), schedule replacement" % (s[0], R.randint(5, 19)),
            "daily HACCP report emailed to noreply@%s -> fns-mgmt@%s (%d sensors, %d excursions)" % (HOSP_DOM, HOSP_DOM, len(SENSORS), R.randint(0, 3)),
        ])))
    return "iot-temp", b


# Node backend (pino) -----------------------------------------------------------------
def pino_base(lvl):
    nxt("req", 1)
    return {"level": lvl, "time": epoch_ms(), "pid": 1422, "hostname": "dine-api-7c9d8b6f4-%s" % R.choice(["x2kqp", "m8rtd", "q4wzn"])}


def f_pino(phi):
    b = L()
    if not phi:
        k = R.randrange(5)
        d = pino_base(30)
        if k == 0:
            d.update({"reqId": "req-%x" % CNT["req"], "req": {"method": "GET", "url": "/v1/menu/items?diet=%s&meal=%s" % (R.choice(DIETS)[0], meal_now()[0]),
                      "remoteAddress": priv_ip(), "remotePort": R.randint(40000, 65000)}, "msg": "incoming request"})
        elif k == 1:
            d.update({"reqId": "req-%x" % CNT["req"], "res": {"statusCode": R.choice([200, 200, 304, 404])}, "responseTime": R.randint(3, 400), "msg": "request completed"})
        elif k == 2:
            d.update({"items": R.randint(380, 460), "ms": R.randint(30, 300), "msg": "menu cache warmed"})
        elif k == 3:
            d["level"] = 50
            d.update({"err": {"type": "Error", "message": "connect ECONNREFUSED %s:5432" % priv_ip(),
                              "stack": "Error: connect ECONNREFUSED 10.40.2.21:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"},
                      "msg": "pg pool error"})
        else:
            d.update({"tabletId": "BTAB-%04d" % R.randint(1, 400), "assetTag": "SBMC-IT-%06d" % R.randint(1000, 99999), "battery": R.randint(5, 100),
                      "appVersion": "3.4.%d" % R.randint(0, 3), "msg": "kiosk heartbeat"})
        jw(b, d)
        return "pino-json", b
    p = pick()
    k = R.randrange(7)
    d = pino_base(30)
    if k == 6:
        d.update({"userId": P(p.user, "other_id"), "faceTemplate": P(p.face, "biometric"), "templateVersion": "fx-2.1",
                  "quality": round(R.uniform(0.6, 0.99), 2), "msg": "face unlock enrolled on bedside tablet"})
    elif k == 5:
        d.update({"reqId": "req-%x" % CNT["req"], "mrn": P(p.mrn, "mrn"), "trayId": "T-%d" % nxt("tkt"),
                  "photoB64": P(p.photo, "photo"), "bytes": len(p.photo) * 3 // 4, "msg": "tray verification photo fetched"})
    elif k == 0:
        d.update({"reqId": "req-%x" % CNT["req"], "req": {"method": "GET", "url": S("/v1/patients/", P(p.mrn, "mrn"), "/menu?meal=%s" % meal_now()[0]),
                  "remoteAddress": S("::ffff:", P(p.ip, "ip")), "remotePort": R.randint(40000, 65000)}, "msg": "incoming request"})
    elif k == 1:
        d.update({"reqId": "req-%x" % CNT["req"], "patient": {"mrn": P(p.mrn, "mrn"), "displayName": P("%s %s." % (p.first, p.last[0]), "name"), "room": p.loc},
                  "device": "byod", "msg": "session started"})
    elif k == 2:
        d.update({"userId": P(p.user, "other_id"), "email": P(p.email, "email"),
                  "photo": S(P("data:image/%s;base64,%s" % (p.photo_kind, p.photo), "photo")), "msg": "profile updated"})
    elif k == 3:
        d["level"] = 40
        d.update({"username": P(p.user, "other_id"), "ip": P(p.ip, "ip"), "attempt": R.randint(2, 5), "msg": "login failed"})
    else:
        d.update({"orderId": "RS-240311-%04d" % nxt("rs", 1), "patientName": P(p.first + " " + p.last, "name"),
                  "dob": P(p.dob.isoformat(), "date"), "items": [i[0] for i in R.sample(ITEMS, 2)], "msg": "order placed from app"})
    jw(b, d)
    return "pino-json", b


# morgan combined access log --------------------------------------------------------
UA = ["DineBedside/3.4.1 (iPhone; iOS 17.3.1; Scale/3.00)", "okhttp/4.9.2",
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
      "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def f_morgan(phi):
    b = L()
    if not phi:
        b.t('%s - - [%s] "%s HTTP/1.1" %d %d "-" "%s"' % (priv_ip(), clf_utc(), R.choice([
            "GET /healthz", "GET /v1/menu/items?diet=RENAL&meal=L", "GET /static/js/main.8f2a1c.js", "POST /v1/telemetry",
            "GET /v1/menu/cycle/current"]), R.choice([200, 200, 200, 204, 304]), R.randint(2, 90000), R.choice(["kube-probe/1.27"] + UA)))
        return "morgan-combined", b
    p = pick()
    k = R.randrange(3)
    if k == 0:
        b.t(P(p.ip, "ip"), ' - - [%s] "GET /v1/patients/' % clf_utc(), P(p.mrn, "mrn"), '/orders HTTP/1.1" 200 %d "-" "%s"' % (R.randint(300, 4000), R.choice(UA)))
    elif k == 1:
        slug = "%s-%s-%s" % (fold(p.first).lower(), fold(p.last).lower().replace(" ", "-").replace("'", ""), p.loc.lower().replace("-", ""))
        b.t(P(p.ip, "ip"), ' - - [%s] "GET /v1/menu/items?meal=%s HTTP/1.1" 200 %d "' % (clf_utc(), meal_now()[0], R.randint(2000, 30000)),
            P("https://dine.%s/guest/%s" % (HOSP_DOM, slug), "url"), '" "%s"' % R.choice(UA))
    else:
        b.t(P(p.ip, "ip"), " - ", P(p.user, "other_id"), ' [%s] "POST /v1/auth/login HTTP/1.1" 200 %d "-" "%s"' % (clf_utc(), R.randint(200, 900), R.choice(UA)))
    return "morgan-combined", b


# React Native device logs ----------------------------------------------------------
def f_rn(phi):
    b = L()
    ios = R.random() < 0.35
    if ios:
        b.t("%s.%06d-0400 DineBedside[%d:%d] [javascript] " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), NOW.microsecond, R.randint(300, 900), R.randint(40000, 60000)))
    else:
        b.t("%s %5d %5d %s ReactNativeJS: " % (ts_logcat(), R.randint(7000, 9000), R.randint(7000, 9200), R.choice("IIWD")))
    if not phi:
        b.t(R.choice([
            "[Menu] rendered %d items in %dms" % (R.randint(20, 80), R.randint(40, 400)),
            "Possible Unhandled Promise Rejection (id: %d): TypeError: Network request failed" % R.randint(0, 9),
            "[Cart] item %s blocked: allergen TREE_NUT for current patient" % R.choice(ITEMS)[0],
            "[Sentry] event %s dropped (rate limited)" % hexs(32),
            "[CodePush] update %s installed, restart pending" % hexs(12),
            "[Kiosk] BTAB-%04d wifi SBMC-Guest rssi=-%d" % (R.randint(1, 400), R.randint(40, 85)),
        ]))
        return "reactnative-log", b
    p = pick()
    k = R.randrange(5)
    if k == 4:
        b.t("[Avatar] cached ", P("data:image/%s;base64,%s" % (p.photo_kind, p.photo), "photo"))
    elif k == 0:
        b.t("[Auth] signed in as ", P(p.user, "other_id"), ", mrn=", P(p.mrn, "mrn"))
    elif k == 1:
        b.t("[Device] registering push token for IMEI ", P(p.imei, "device"), " (byod, patient ", P(p.mrn, "mrn"), ")")
    elif k == 2:
        b.t('[Profile] loaded {"name":"', P(p.first + " " + p.last, "name"), '","room":"%s","diet":"%s","dob":"' % (p.loc, p.diet[0]),
            P(p.dob.isoformat(), "date"), '"}')
    else:
        b.t("[Net] wifi MAC ", P(p.mac, "device"), " ip ", P(p.ip, "ip"), " (cellular fallback)")
    return "reactnative-log", b


# winston notify service ---------------------------------------------------------------
def f_winston(phi):
    b = L()
    if not phi:
        d = R.choice([
            {"level": "warn", "message": "SendGrid 429 Too Many Requests, retry in %dms" % R.choice([1000, 2000, 4000]), "service": "dine-notify"},
            {"level": "info", "message": "digest job finished", "sent": R.randint(10, 90), "failed": R.randint(0, 3), "from": "noreply@%s" % HOSP_DOM, "service": "dine-notify"},
            {"level": "error", "message": "Twilio error 21610: Attempt to send to unsubscribed recipient", "sid": "SM" + hexs(32), "service": "dine-notify"},
        ])
        d["timestamp"] = iso_z()
        jw(b, d)
        return "winston-json", b
    p = pick()
    k = R.randrange(3)
    if k == 0:
        d = {"level": "info", "message": "menu reminder sent", "to": P(p.email, "email"), "from": "noreply@%s" % HOSP_DOM,
             "template": "d-" + hexs(32), "patientId": P(p.mrn, "mrn"), "service": "dine-notify"}
    elif k == 1:
        d = {"level": "info", "message": S("SMS queued SM%s to " % hexs(32), P(phone(p, "e164", rel=R.random() < 0.5), "phone")),
             "service": "dine-notify"}
    else:
        slug = "%s-%s-%s" % (fold(p.first).lower(), fold(p.last).lower().replace(" ", "-").replace("'", ""), p.mrn[-4:])
        d = {"level": "info", "message": "guest ordering link issued", "link": P("https://dine.%s/guest/%s" % (HOSP_DOM, slug), "url"),
             "expiresIn": "72h", "issuedBy": R.choice(AGENTS)[0], "service": "dine-notify"}
    d["timestamp"] = iso_z()
    jw(b, d)
    return "winston-json", b


# ASP.NET Core single-line console via journald ---------------------------------------
def f_aspnet(phi):
    b = L()
    b.t("%s fns-rs-app0%d roomservice[%d]: " % (ts_syslog(), R.randint(1, 2), R.randint(1000, 3000)))
    if not phi:
        b.t(R.choice([
            "info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:5080",
            "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://fns-rs-app01:5080/api/menus/today - 200 %d application/json;+charset=utf-8 %.4fms" % (R.randint(2000, 40000), R.uniform(5, 90)),
            "warn: Microsoft.EntityFrameworkCore.Database.Command[20100] Slow query (%d ms) on [dbo].[TrayTickets]" % R.randint(800, 4000),
            "fail: FNS.RoomService.Kitchen.KdsPublisher[0] KDS websocket to 10.20.1.15:8443 closed (1006), reconnecting",
            "info: FNS.RoomService.Jobs.MenuRollover[0] Rolled menu to cycle week %d, %d patients affected" % (R.randint(1, 4), R.randint(100, 300)),
        ]))
        return "aspnet-console", b
    p = pick()
    k = R.randrange(4)
    if k == 3:
        b.t("info: FNS.RoomService.Services.DischargeService[0] Discharge meal kit for MRN ", P(p.mrn, "mrn"), " picked up at Lobby B by ",
            P(p.rel_first + " " + p.rel_last, "name"), ", vehicle plate ", P(p.plate, "vehicle"))
    elif k == 0:
        b.t("info: FNS.RoomService.Api.Controllers.PatientsController[0] GET patient ", P(p.mrn, "mrn"), " by agent %s" % R.choice(AGENTS)[0])
    elif k == 1:
        b.t("warn: FNS.RoomService.Services.EligibilityService[0] Patient ", P(p.first + " " + p.last, "name"), " (", P(p.mrn, "mrn"),
            ") is NPO since ", P(NOW.strftime("%m/%d/%Y") + " 00:00", "date"), "; order blocked")
    else:
        b.t("info: FNS.RoomService.Services.DischargeService[0] Discharge meal kit for ", P(p.mrn, "mrn"), " scheduled ", P(mdy0(p.disch), "date"),
            " to ", P(p.street, "address"), ", ", P(p.city, "address"), " MA ", P(p.zip, "zip"))
    return "aspnet-console", b


# Medically tailored meals program (python) ------------------------------------------------
def f_mtm(phi):
    b = L()
    if not phi:
        b.t("%s INFO [mtm.%s] " % (ts_java(), R.choice(["routes", "billing", "inventory"])))
        b.t(R.choice([
            "Route R-%02d optimized: %d stops, %.1f mi, est %dh%02dm (driver vendor CityHarvest V-%d)" % (R.randint(1, 12), R.randint(10, 40), R.uniform(20, 90), R.randint(2, 6), R.randint(0, 59), R.randint(1000, 9999)),
            "Claims batch %s submitted: %d claims, HCPCS S5170 x%d, total $%s" % ("CB-" + digits(6), R.randint(20, 80), R.randint(100, 900), "{:,.2f}".format(R.uniform(2000, 20000))),
            "Frozen meal inventory: %d renal, %d diabetic, %d heart-healthy packs (reorder point 150)" % (R.randint(50, 400), R.randint(50, 400), R.randint(50, 400)),
            "PCP office fax queue empty; last referral sent to Harbor Family Medicine fax 617-555-0100",
        ]))
        return "python-mtm", b
    p = pick()
    k = R.randrange(4)
    if k == 0:
        b.t("%s INFO [mtm.enroll] Enrolled " % ts_java(), P(p.first + " " + p.last, "name"), " (MRN ", P(p.mrn, "mrn"), ", client ", P(p.mtm, "other_id"),
            ") for 12-week home delivery starting ", P(mdy0(p.disch.date() + dt.timedelta(days=R.randint(1, 7))), "date"), "; address: ", P(p.street, "address"))
        if p.unit2:
            b.t(" ", P(p.unit2, "address"))
        b.t(", ", P(p.city, "address"), ", MA ", P(p.zip, "zip"), "; phone ", P(phone(p, "paren"), "phone"))
        if p.payer[0] == "MCD":
            b.t("; MassHealth ID ", P(p.member, "health_plan"))
    elif k == 1:
        b.t("%s INFO [mtm.pickup] Curbside pickup verified for client " % ts_java(), P(p.mtm, "other_id"), ": plate ", P(p.plate, "vehicle"),
            " (MA), VIN ", P(p.vin, "vehicle"), ", ID MA DL ", P(p.dl, "license"))
    elif k == 2:
        b.t("%s INFO [mtm.referral] Referral packet faxed for " % ts_java(), P(p.last + ", " + p.first, "name"), " to caregiver fax ", P(fax(p, "paren"), "fax"),
            "; cc PCP Harbor Family Medicine fax 617-555-0100")
    else:
        b.t("%s WARNING [mtm.billing] Eligibility check failed for " % ts_java(), P(p.mtm, "other_id"), ": member ", P(p.member, "health_plan"),
            " (%s) returned AAA*N**72 (invalid member ID); SSN on file ***-**-" % p.payer[2], P(p.ssn[-4:], "ssn"))
    return "python-mtm", b


# IVR voice authentication, Serilog CLEF -----------------------------------------------------
def f_clef(phi):
    b = L()
    if not phi:
        d = {"@t": iso_z7(), "@mt": "VoiceAuth engine health {Status}, {Nodes} nodes, p95 {P95Ms} ms", "Status": "OK", "Nodes": R.randint(2, 6),
             "P95Ms": R.randint(100, 600), "SourceContext": "FNS.Ivr.VoiceAuth.Health", "MachineName": "FNS-IVR01"}
        jw(b, d)
        return "serilog-clef", b
    p = pick()
    if R.random() < 0.6:
        d = {"@t": iso_z7(), "@mt": "Voiceprint enrolled for caller {CallerAni} patient {Mrn}", "CallerAni": P(phone(p, "e164"), "phone"),
             "Mrn": P(p.mrn, "mrn"), "Template": P(p.voice, "biometric"), "Engine": "VB-8.2", "SourceContext": "FNS.Ivr.VoiceAuth.Enrollment",
             "CallId": nxt("call")}
    else:
        d = {"@t": iso_z7(), "@mt": "Voice match {Score} for {Mrn} ({PatientName})", "@l": "Warning", "Score": round(R.uniform(0.4, 0.7), 3),
             "Mrn": P(p.mrn, "mrn"), "PatientName": P(p.first + " " + p.last, "name"), "SourceContext": "FNS.Ivr.VoiceAuth.Verify", "CallId": nxt("call")}
    jw(b, d)
    return "serilog-clef", b


# --------------------------------------------------------------------------
FAMS_PHI = [(f_mirth, 26), (f_nlog_bridge, 14), (f_serilog_rs, 18), (f_smdr, 8), (f_agent_notes, 10), (f_spool, 10),
            (f_zpl, 10), (f_escpos, 6), (f_cbord_csv, 10), (f_fixed, 9), (f_py_checks, 12), (f_structlog, 9),
            (f_rd_note, 10), (f_pino, 14), (f_morgan, 10), (f_rn, 9), (f_winston, 7), (f_aspnet, 7), (f_mtm, 10), (f_clef, 8)]
FAMS_NON = [(f_mirth, 20), (f_nlog_bridge, 14), (f_serilog_rs, 20), (f_smdr, 10), (f_agent_notes, 7), (f_spool, 14),
            (f_zpl, 9), (f_escpos, 6), (f_cbord_csv, 14), (f_fixed, 8), (f_py_checks, 14), (f_structlog, 6),
            (f_rd_note, 5), (f_pos, 30), (f_vendor, 20), (f_iot, 26), (f_pino, 22), (f_morgan, 16), (f_rn, 12),
            (f_winston, 8), (f_aspnet, 10), (f_mtm, 5), (f_clef, 4)]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    lines, labels = [], []
    for i, phi in enumerate(flags):
        tick()
        pool = FAMS_PHI if phi else FAMS_NON
        fn = R.choices([f for f, _ in pool], [w for _, w in pool])[0]
        fam, b = fn(phi)
        text = b.text()
        raw = text.encode("utf-8")
        assert "\n" not in text and "\r" not in text, (fam, text)
        assert len(raw) <= 4000, (fam, len(raw))
        spans = sorted(b.spans)
        assert bool(spans) == phi, (fam, phi, text)
        prev = 0
        for s, e, c, v in spans:
            assert s >= prev and e > s, (fam, text)
            assert raw[s:e] == v.encode("utf-8"), (fam, raw[s:e], v)
            prev = e
        lines.append(text)
        labels.append({"line": i + 1, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
