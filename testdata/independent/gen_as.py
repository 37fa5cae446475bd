#!/usr/bin/env python3
"""Held-out labeled PHI test corpus "as": specialty care practices.

Writes as.log (500 log lines) and as.labels.jsonl (one JSON object per line)
next to this script.  Standard library only, fixed seed, byte-for-byte
reproducible.  Every person, number and address in here is synthetic.

Label conventions used in this corpus
  * spans are UTF-8 byte offsets into the line, end exclusive, value only
    (never the key, never surrounding quotes)
  * adjacent given + family name is one span, whatever the separator
    ("Maria Lopez", "Lopez, Maria", "LOPEZ^MARIA", "LOPEZ*MARIA",
    "Ingrid_Schmidt"); names in separate fields are separate spans
  * a street line (incl. unit) is one `address` span, the city is another,
    a county another; states and countries are never labeled
  * person-tied dates (birth, death, service, appointment, retrieval,
    transfer, study) are `date`; log timestamps, product expiry,
    calibration / QA / release dates are not
  * ages are labeled only when > 89
  * clinicians' names / NPIs, staff and service accounts, the practice's
    own address, phone and fax, vendor addresses, private IPs, row IDs,
    UUIDs, trace IDs, order / claim / batch numbers are never labeled
  * professional licence and DEA numbers ARE labeled (`license`)
"""
import base64
import datetime as dt
import json
import os
import random
import string
import sys
import unicodedata
from collections import Counter

SEED = 0x5A5C0DE
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "as.log")
LABEL_PATH = os.path.join(HERE, "as.labels.jsonl")
N_LINES = 500
NEG_FRACTION = 0.45
MIN_PER_CAT = 8

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------
class Rec:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, *items):
        for s in items:
            self.parts.append((str(s), None))
        return self

    def p(self, value, cat):
        if cat not in CATS:
            raise ValueError(cat)
        self.parts.append((str(value), cat))
        return self

    def render(self):
        buf = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat is not None:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "v": text})
            buf += b
        return buf.decode("utf-8"), spans


class P:
    """A PHI string value inside a JSON structure (rendered quoted)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


class PN:
    """A PHI numeric value inside a JSON structure (rendered unquoted)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


def jstr(s, esc):
    c = json.dumps(s, ensure_ascii=False)[1:-1]
    if esc:
        c = json.dumps(c, ensure_ascii=False)[1:-1]
    return c


def emit_json(r, obj, esc=False, sp=True):
    q = '\\"' if esc else '"'
    colon = ": " if sp else ":"
    comma = ", " if sp else ","
    if isinstance(obj, dict):
        r.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                r.t(comma)
            r.t(q + jstr(k, esc) + q + colon)
            emit_json(r, v, esc, sp)
        r.t("}")
    elif isinstance(obj, list):
        r.t("[")
        for i, v in enumerate(obj):
            if i:
                r.t(comma)
            emit_json(r, v, esc, sp)
        r.t("]")
    elif isinstance(obj, P):
        assert jstr(obj.v, esc) == obj.v, "PHI value needs JSON escaping: %r" % obj.v
        r.t(q).p(obj.v, obj.cat).t(q)
    elif isinstance(obj, PN):
        r.p(obj.v, obj.cat)
    elif isinstance(obj, str):
        r.t(q + jstr(obj, esc) + q)
    elif obj is None:
        r.t("null")
    elif isinstance(obj, bool):
        r.t("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        r.t(json.dumps(obj))
    else:
        raise TypeError(type(obj))


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Olusegun", "Priya", "Dmitri", "Siobhan", "Hiroshi",
         "Fatima", "Thanh", "Kwame", "Ingrid", "Rafael", "Mei", "Ahmed", "Lucía", "Tomasz",
         "Chiamaka", "Sven", "Ananya", "Gabriel", "Yuki", "Leila", "Mateo", "Grace", "Bogdan",
         "Nadia", "Kofi", "Elena", "Arjun", "Zoë", "Björn", "Hannah", "Juan", "Esther",
         "Mohammed", "Camille", "Jamal", "Svetlana", "Carmen", "Tariq", "Emily", "Raúl", "Keiko",
         "Oluwaseun", "Patrick", "Mariam", "Lars", "Ngozi", "Diego", "Anh", "Beatriz", "Sofia",
         "Lukas", "Amara", "Rohan", "Ji-woo", "Darnell", "Femi", "Isabel", "Khadija", "Noah",
         "Olga", "Pedro", "Rania", "Sanjay", "Tatiana", "Umar", "Valentina", "Xin", "Yusuf",
         "Zainab", "Chloé", "François", "Dagmar", "Jürgen", "Ayşe", "Mehmet", "Brianna", "Tyrone",
         "Megan", "Connor", "Lakshmi", "Bao", "Imani", "Santiago", "Ximena", "Nikolai", "Aroha"]
OLD_FIRST = ["Walter", "Dolores", "Harold", "Agnes", "Eugene", "Mildred", "Bernard", "Gladys",
             "Irving", "Edna", "Herbert", "Lucille", "Stanley", "Ruth", "Clarence", "Hazel",
             "Vincenzo", "Rosa", "Shigeru", "Fumiko", "Giuseppe", "Helga", "Wilhelmina",
             "Leopold", "Esperanza", "Ignacio", "Myrtle", "Otis"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Haddad", "Schmidt", "Tanaka", "Patel",
        "O'Brien", "Mbeki", "Johansson", "Rossi", "Kim", "Cohen", "Ivanova", "García", "Müller",
        "Chen", "Adeyemi", "Fernández", "Nakamura", "Dubois", "Singh", "Petrov", "Murphy",
        "Hernández", "Yilmaz", "Abadi", "Moreau", "Kaur", "Mensah", "Novak", "Lindqvist", "Park",
        "Castillo", "Haas", "Walsh", "Oyelaran", "Da Silva", "Van der Berg", "Ramírez", "Sato",
        "Ahmadi", "Byrne", "Kovačević", "Nowak", "Becker", "Osei", "Alvarez", "Wright",
        "Thompson", "Brooks", "Jackson", "Bianchi", "Horvath", "Dlamini", "Suzuki", "Romero",
        "Pham", "Washington", "Goldberg", "Kaplan", "MacLeod", "Fitzgerald", "Oduya", "Tran",
        "Reyes", "Sharma", "Wójcik", "Eriksen", "Papadopoulos", "Nkemelu", "Levy", "Hakimi"]
STREETS = ["Oak St", "Maple Ave", "Cedar Ln", "Elm St", "Willow Dr", "Pine Ridge Rd",
           "Lakeview Blvd", "Sunset Ave", "Harbor Way", "Mill Creek Rd", "Chestnut St", "Birch Ct",
           "Highland Ave", "Orchard Ln", "River Rd", "Magnolia Dr", "Prospect St",
           "Washington St", "Church St", "Park Pl", "N 5th St", "W Main St", "Country Club Dr",
           "Old Farm Rd", "Juniper Way", "Hawthorne Cir", "S Broadway", "Quail Run"]
# city, county, state, zip3, area codes
CITIES = [
    ("Worcester", "Worcester County", "MA", "016", ["508", "774"]),
    ("Dayton", "Montgomery County", "OH", "454", ["937"]),
    ("Fresno", "Fresno County", "CA", "937", ["559"]),
    ("Tacoma", "Pierce County", "WA", "984", ["253"]),
    ("Macon", "Bibb County", "GA", "312", ["478"]),
    ("Albuquerque", "Bernalillo County", "NM", "871", ["505"]),
    ("Cedar Rapids", "Linn County", "IA", "524", ["319"]),
    ("Yonkers", "Westchester County", "NY", "107", ["914"]),
    ("Lubbock", "Lubbock County", "TX", "794", ["806"]),
    ("Duluth", "St. Louis County", "MN", "558", ["218"]),
    ("Spokane", "Spokane County", "WA", "992", ["509"]),
    ("Knoxville", "Knox County", "TN", "379", ["865"]),
    ("Bakersfield", "Kern County", "CA", "933", ["661"]),
    ("Scranton", "Lackawanna County", "PA", "185", ["570"]),
    ("Springfield", "Sangamon County", "IL", "627", ["217"]),
    ("Boise", "Ada County", "ID", "837", ["208"]),
    ("Erie", "Erie County", "PA", "165", ["814"]),
    ("Mobile", "Mobile County", "AL", "366", ["251"]),
    ("Reno", "Washoe County", "NV", "895", ["775"]),
    ("Hartford", "Hartford County", "CT", "061", ["860"]),
    ("Sarasota", "Sarasota County", "FL", "342", ["941"]),
    ("Green Bay", "Brown County", "WI", "543", ["920"]),
    ("Flagstaff", "Coconino County", "AZ", "860", ["928"]),
    ("Savannah", "Chatham County", "GA", "314", ["912"]),
]
STATE_NAMES = {"MA": "Massachusetts", "OH": "Ohio", "CA": "California", "WA": "Washington",
               "GA": "Georgia", "NM": "New Mexico", "IA": "Iowa", "NY": "New York",
               "TX": "Texas", "MN": "Minnesota", "TN": "Tennessee", "PA": "Pennsylvania",
               "IL": "Illinois", "ID": "Idaho", "AL": "Alabama", "NV": "Nevada",
               "CT": "Connecticut", "FL": "Florida", "WI": "Wisconsin", "AZ": "Arizona"}
DE_CITIES = [("München", "80331", "89"), ("Köln", "50667", "221"), ("Hamburg", "20095", "40"),
             ("Leipzig", "04109", "341"), ("Stuttgart", "70173", "711"),
             ("Düsseldorf", "40213", "211"), ("Freiburg im Breisgau", "79098", "761")]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Schillerweg",
              "Bahnhofstraße", "Rosenweg", "Kirchgasse", "Weißdornweg"]
ES_CITIES = [("Sevilla", "41001"), ("Valencia", "46002"), ("Zaragoza", "50001"),
             ("Málaga", "29001"), ("Bilbao", "48001"), ("Alicante", "03001")]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá",
              "Calle San Fernando", "Calle Larios", "Paseo de la Alameda"]
FR_CITIES = [("Lyon", "69003"), ("Toulouse", "31000"), ("Lille", "59000"), ("Nantes", "44000"),
             ("Rennes", "35000")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire",
              "rue des Lilas", "allée des Tilleuls"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                 "comcast.net", "att.net", "proton.me", "verizon.net"]
CDT = ["D0120", "D0140", "D0150", "D0210", "D0220", "D0274", "D0330", "D1110", "D1120",
       "D1206", "D1351", "D2140", "D2330", "D2391", "D2392", "D2740", "D2750", "D2950",
       "D3310", "D3330", "D4341", "D4342", "D4910", "D5110", "D6010", "D6065", "D7140",
       "D7210", "D9110", "D9230", "D9944"]

PRACTICES = {
    "dental": ("Bright Smile Family Dental", "1200 Commerce Pkwy Ste 300", "Worcester", "MA",
               "01605", "5085550100", "5085550101"),
    "eye": ("Summit Eye Associates", "77 Medical Center Dr", "Spokane", "WA", "99204",
            "5095550180", "5095550181"),
    "renal": ("Lakeside Renal Care", "4400 Lakeshore Dr", "Erie", "PA", "16505", "8145550170",
              "8145550171"),
    "onc": ("Riverbend Cancer Institute", "2900 Riverbend Pkwy", "Knoxville", "TN", "37919",
            "8655550140", "8655550149"),
    "pt": ("Kinetic Physical Therapy", "310 N Lincoln Blvd", "Boise", "ID", "83706",
           "2085550122", "2085550123"),
    "sleep": ("Mountain View Sleep Center", "18 Alpine Way Ste B", "Flagstaff", "AZ", "86001",
              "9285550190", "9285550191"),
    "ivf": ("Northstar Fertility Center", "600 Harbor Pl Fl 4", "Savannah", "GA", "31401",
            "9125550160", "9125550161"),
    "hear": ("ClearSound Hearing Clinic", "95 Prospect Ave", "Hartford", "CT", "06105",
             "8605550133", "8605550134"),
}
VENDORS = [
    ("Fresenius Medical Care North America", "920 Winter St", "Waltham", "MA", "02451"),
    ("Henry Schein One", "1220 S 630 E", "American Fork", "UT", "84003"),
    ("ResMed Corp", "9001 Spectrum Center Blvd", "San Diego", "CA", "92123"),
    ("Varian Medical Systems", "3100 Hansen Way", "Palo Alto", "CA", "94304"),
    ("Ottobock US", "11501 Alterra Pkwy Ste 600", "Austin", "TX", "78758"),
    ("CooperVision Inc", "6140 Stoneridge Mall Rd Ste 590", "Pleasanton", "CA", "94588"),
    ("Baxter Healthcare", "1 Baxter Pkwy", "Deerfield", "IL", "60015"),
    ("Vitrolife Inc", "3601 S Inca St", "Englewood", "CO", "80110"),
    ("Sonova USA", "12221 Nicollet Ave", "Burnsville", "MN", "55337"),
]


# --------------------------------------------------------------------------
# small value generators
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    """n digits, first one non-zero (subscriber numbers)."""
    return str(R.randint(1, 9)) + digits(n - 1)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, chars=string.ascii_uppercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def letters(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


def ascii_only(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_only(s).lower() if c.isalnum())


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


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


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def card_number(sep=None):
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
        num = body + luhn_check(body)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        pre = {"visa": "4", "mc": R.choice(["51", "52", "53", "54", "55"]), "disc": "6011"}[kind]
        body = pre + digits(15 - len(pre))
        num = body + luhn_check(body)
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if sep is None:
        sep = R.choice(["", " ", "-"])
    return sep.join(groups)


def imei():
    body = R.choice(["35", "86", "01", "49"]) + digits(12)
    return body + luhn_check(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1", "1C4",
                    "5FN", "JM1", "1N4"])
    s = wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + \
        R.choice("HJKLMNPRS") + R.choice(VIN_CH) + digits(6)
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    return s[:8] + chk + s[9:]


def plate():
    return R.choice([
        str(R.randint(1, 9)) + letters(3) + digits(3),          # CA
        letters(3) + "-" + digits(4),                           # NY / PA
        letters(3) + " " + digits(3),                           # generic
        digits(3) + " " + letters(3),                           # TX old
        letters(2) + digits(1) + "-" + letters(1) + digits(3),
    ])


def dea(ln):
    first = R.choice("ABFGM")
    second = ascii_only(ln)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def ssn(sep="-"):
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    grp = R.randint(1, 99)
    ser = R.randint(1, 9999)
    return "%03d%s%02d%s%04d" % (area, sep, grp, sep, ser)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dash=False):
    n = "0123456789"
    an = MBI_A + n
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(n) + R.choice(MBI_A)
         + R.choice(an) + R.choice(n) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(n)
         + R.choice(n))
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dash else s


def member_id():
    return R.choice([letters(3) + digits(9), "W" + digits(9), digits(9) + "01",
                     "ZGP" + digits(11), "MCD" + digits(8), letters(1) + digits(8) + letters(1),
                     "U" + digits(8) + "01", "YB" + digits(7) + "C", mbi(), mbi(True)])


def kvnr():
    return letters(1) + digits(9)


def mrn():
    return R.choice([digits(8), "E" + digits(7), "MRN" + digits(7), "A" + digits(7),
                     "RC" + digits(6), digits(3) + "-" + digits(4) + "-" + digits(1),
                     "M" + digits(6), "00" + digits(6)])


def pat_acct():
    return R.choice(["PA" + digits(7), digits(10), "G-" + digits(6), "ACCT-" + digits(8),
                     "HAR" + digits(9), "V" + digits(8)])


def iban_de():
    blz = R.choice(["50010517", "37040044", "70150000", "10010010", "20041133"])
    acct = digits(10)
    bban = blz + acct
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    s = "DE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni():
    n = R.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nir(sex, dob):
    dept = R.choice(["69", "31", "59", "44", "35", "75", "13"])
    body = "%d%02d%02d%s%s%s" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept,
                                 digits(3), digits(3))
    key = 97 - int(body) % 97
    return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10],
                                       body[10:13], key)


def passport():
    return R.choice([digits(9), letters(1) + digits(8), "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"),
                     letters(2) + digits(7)])


def curp(p):
    ln = ascii_only(p.ln).upper().replace(" ", "").replace("'", "")
    fn = ascii_only(p.fn).upper()
    return (ln[0] + next((c for c in ln[1:] if c in "AEIOU"), "X") + "X" + fn[0]
            + "%02d%02d%02d" % (p.dob.year % 100, p.dob.month, p.dob.day)
            + ("H" if p.sex == "M" else "M") + R.choice(["DF", "JC", "NL", "PL", "BC", "VZ"])
            + alnum(3, "BCDFGHJKLMNPQRSTVWXZ") + R.choice("0A") + digits(1))


def aadhaar():
    s = str(R.randint(2, 9)) + digits(11)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def sin_ca():
    body = R.choice("12345679") + digits(7)
    s = body + luhn_check(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def unos_donor():
    return letters(4) + digits(3)


def wl_id():
    return R.choice(["WL-" + digits(7), "CAND" + digits(6), digits(7)])


def hearing_serial():
    return R.choice([digits(4) + letters(1) + digits(1) + letters(2) + digits(1),
                     digits(10), "SN" + digits(8), digits(2) + letters(1) + digits(6)])


def mac():
    return ":".join(hexs(2, upper=True) for _ in range(6))


def udi():
    gtin = "0" + R.choice(["0844588", "5050474", "0763000", "0884521", "0613994"]) + digits(6)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12),
                                         R.randint(1, 28)), alnum(7), alnum(9))


def device_serial():
    return R.choice([letters(3) + digits(6) + letters(1), digits(11), "SN" + digits(8),
                     letters(2) + digits(7), digits(4) + "-" + digits(5)])


def public_ip():
    if R.random() < 0.15:
        return "%s:%s:%s:%s::%s" % (R.choice(["2601", "2600:1700", "2603", "2607:fb90"]),
                                    hexs(3), hexs(4), hexs(3), hexs(4))
    a = R.choice([24, 47, 66, 67, 68, 69, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 162,
                  173, 174, 184, 208])
    return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                     "127.0.0.1"])


def fp_template():
    # ISO/IEC 19794-2 finger minutiae record header + body
    return base64.b64encode(b"FMR\x00 20\x00" + rbytes(R.randint(60, 150))).decode()


def generic_template():
    return b64(R.randint(60, 160))


def jpeg_b64():
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                            + rbytes(R.randint(50, 140))).decode()


def png_b64():
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(R.randint(50, 140))).decode()


def personal_url(p):
    f, l = slug(p.fn), slug(p.ln)
    return R.choice([
        "https://www.facebook.com/%s.%s.%s" % (f, l, digits(4)),
        "https://www.instagram.com/%s_%s%s/" % (f, l, digits(2)),
        "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
        "https://www.caringbridge.org/site/%s%s" % (f, l),
        "https://www.gofundme.com/f/help-%s-%s-%s" % (f, l, R.choice(["with-ivf", "fight-cancer", "get-a-kidney", "walk-again"])),
        "https://%s%s.wordpress.com" % (f, l),
        "https://x.com/%s%s%s" % (f[:5], l[:6], digits(2)),
        "https://www.tiktok.com/@%s.%s" % (f, l),
    ])


# --------------------------------------------------------------------------
# people, dates, formatting
# --------------------------------------------------------------------------
class Person:
    pass


def mkperson(old=False, sex=None, apostrophe=True):
    p = Person()
    p.sex = sex or R.choice("FM")
    p.fn = R.choice(OLD_FIRST if (old and R.random() < 0.6) else FIRST)
    while True:
        p.ln = R.choice(LAST)
        if apostrophe or "'" not in p.ln:
            break
    y = R.randint(1920, 1933) if old else R.randint(1938, 2012)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (6, 15) else 0)
    c = R.choice(CITIES)
    p.city, p.county, p.state = c[0], c[1], c[2]
    p.zip = c[3] + digits(2)
    p.zip4 = digits(4)
    p.street = "%d %s" % (R.randint(2, 9899), R.choice(STREETS))
    p.unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 30), R.choice(["", "A", "B", "C"])),
                       "Unit %d" % R.randint(1, 400), "#%d" % R.randint(100, 999)])
    p.area = R.choice(c[4])
    p.ph = p.area + str(R.randint(201, 989)) + digits(4)
    p.email = email_for(p)
    return p


def email_for(p):
    f, l = slug(p.fn), slug(p.ln)
    user = R.choice(["%s.%s" % (f, l), "%s%s%s" % (f[0], l, digits(2)), "%s_%s" % (f, l),
                     "%s%s" % (f, digits(4)), "%s.%s%s" % (l, f, digits(2))])
    return user + "@" + R.choice(EMAIL_DOMAINS)


def relative(p, sex=None, same_ln=True):
    q = mkperson(sex=sex)
    if same_ln:
        q.ln = p.ln
        q.email = email_for(q)
    return q


def street_line(p):
    return p.street + (" " + p.unit if p.unit else "")


def nm(p, style=None):
    style = style or R.choice(["fl", "lf", "fl", "fml"])
    if style == "fl":
        return "%s %s" % (p.fn, p.ln)
    if style == "lf":
        return "%s, %s" % (p.ln, p.fn)
    if style == "LF":
        return "%s, %s" % (p.ln.upper(), p.fn.upper())
    if style == "FL":
        return "%s %s" % (p.fn.upper(), p.ln.upper())
    if style == "fml":
        return "%s %s. %s" % (p.fn, R.choice("ABCDEFGHJKLMNPRSTW"), p.ln)
    if style == "hat":
        return "%s^%s" % (ascii_only(p.ln).upper(), ascii_only(p.fn).upper())
    if style == "under":
        return "%s_%s" % (p.fn.replace(" ", "_"), p.ln.replace(" ", "_"))
    raise ValueError(style)


def fd(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%02d/%02d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "hl7":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "edf":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "dMy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "md":
        return "%02d/%02d" % (d.month, d.day)
    raise ValueError(style)


def fphone(d10, style=None):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    style = style or R.choice(["paren", "dash", "dot", "intl", "e164", "plain", "paren2"])
    return {"paren": "(%s) %s-%s" % (a, b, c), "paren2": "(%s)%s-%s" % (a, b, c),
            "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "intl": "+1 %s %s %s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
            "plain": d10, "one": "1-%s-%s-%s" % (a, b, c)}[style]


def rand_phone10(area=None):
    return (area or R.choice(["508", "617", "937", "559", "253", "478", "505", "319", "914",
                              "806", "218", "509", "865", "661", "570", "217", "208", "814"])) \
        + str(R.randint(201, 989)) + digits(4)


BASE = dt.datetime(2024, 3, 1, 0, 0, 0)
EPOCH = dt.datetime(1970, 1, 1)


def now():
    return BASE + dt.timedelta(seconds=R.randint(0, 330 * 86400))


def days_before(d, lo=0, hi=30):
    return (d - dt.timedelta(days=R.randint(lo, hi))).date()


def days_after(d, lo=1, hi=30):
    return (d + dt.timedelta(days=R.randint(lo, hi))).date()


def ts(style, d):
    ms = R.randint(0, 999)
    if style == "iso":
        return "%s.%03dZ" % (d.strftime("%Y-%m-%dT%H:%M:%S"), ms)
    if style == "isooff":
        return "%s.%03d%s" % (d.strftime("%Y-%m-%dT%H:%M:%S"), ms,
                              R.choice(["-04:00", "-05:00", "-07:00", "+01:00", "+02:00"]))
    if style == "space":
        return "%s,%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms)
    if style == "spacedot":
        return "%s.%03d" % (d.strftime("%Y-%m-%d %H:%M:%S"), ms)
    if style == "plain":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if style == "syslog":
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))
    if style == "apache":
        return "%02d/%s/%d:%s %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"),
                                     R.choice(["-0400", "-0500", "-0700", "-0600"]))
    if style == "epoch":
        return str(int((d - EPOCH).total_seconds()) * 1000 + ms)
    if style == "us":
        return "%02d/%02d/%d %s" % (d.month, d.day, d.year, d.strftime("%I:%M:%S %p"))
    if style == "eu":
        return "%02d.%02d.%d %s" % (d.day, d.month, d.year, d.strftime("%H:%M:%S"))
    raise ValueError(style)


# look-alike helpers ----------------------------------------------------------
def staff(suffix=None):
    f = slug(R.choice(FIRST))
    l = slug(R.choice(LAST))
    base = R.choice(["%s%s" % (f[0], l), "%s.%s" % (f, l), "%s%s" % (l, f[0])])
    if suffix is None:
        suffix = R.choice(["", "", "_rn", "_tech", "_adm"])
    return base + suffix


def clin(title=None):
    t = title or R.choice(["MD", "DDS", "OD", "DPT", "AuD"])
    s = "Dr. %s %s" % (R.choice(FIRST), R.choice(LAST))
    return s + ("" if R.random() < 0.35 else ", " + t)


def trace():
    return hexs(32)


def order_no():
    return R.choice(["ORD-%s" % digits(8), "SO%s" % digits(7), "PO-2024-%s" % digits(5),
                     "RX%s" % digits(7), "WO-%s" % digits(6)])


def version():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 99))


def version4():
    return "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 9),
                            R.randint(100, 9999))


def dur():
    return R.choice(["%dms" % R.randint(2, 9000), "%.2fs" % R.uniform(0.1, 40),
                     "%.1f ms" % R.uniform(0.3, 900)])


def lot():
    return R.choice(["%s-%s-%s" % (digits(3), digits(2), digits(4)), "L%s" % digits(7),
                     "%s%s" % (letters(2), digits(6))])


def cdt_list(n=None):
    return ",".join(R.sample(CDT, n or R.randint(1, 4)))


def practice_phone(kind, which=5):
    return fphone(PRACTICES[kind][which])


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def fam_dental_pm(phi):
    r = Rec("dental_pm_applog")
    d = now()
    lvl = R.choice(["INFO ", "INFO ", "DEBUG", "WARN "])
    thr = R.choice(["ApptSync-%d" % R.randint(1, 6), "http-nio-8443-exec-%d" % R.randint(1, 40),
                    "RecallWorker-%d" % R.randint(1, 3), "PerioSvc-%d" % R.randint(1, 4),
                    "LedgerSvc-%d" % R.randint(1, 4), "ImagingBridge-1"])
    r.t("%s %s [%s] " % (ts(R.choice(["space", "spacedot"]), d), lvl, thr))
    if phi:
        p = mkperson(old=R.random() < 0.25)
        v = R.randrange(8)
        if v == 7:
            r.t("c.bsd.pm.marketing.ReviewResponder - replied to %d-star review by " % R.randint(1, 5)).p(nm(p, R.choice(["fl", "fml"])), "name")
            r.t(" profile=").p(R.choice(["https://www.google.com/maps/contrib/1%s" % digits(20), "https://www.yelp.com/user_details?userid=%s" % alnum(22, string.ascii_letters + string.digits + "_-"), personal_url(p)]), "url")
            r.t(" matched chart#=").p(mrn(), "mrn").t(" responder=%s review_id=%s" % (staff(""), uuid4()))
        elif v == 0:
            r.t('c.bsd.pm.appt.ApptService - Appointment confirmed apt_id=%s pat="' % digits(6))
            r.p(nm(p, R.choice(["lf", "fl", "LF"])), "name")
            r.t('" dob=').p(fd(p.dob, R.choice(["us", "usn", "iso"])), "date")
            r.t(" op=OP%d when=" % R.randint(1, 9)).p(fd(days_after(d), "us"), "date")
            r.t(' %02d:%s prov="%s" procs=[%s] hyg=%s dur=%dm' % (
                R.randint(7, 16), R.choice(["00", "15", "30", "45"]), clin("DDS"), cdt_list(),
                staff("_rdh"), R.choice([30, 45, 60, 90])))
        elif v == 1:
            r.t("c.bsd.pm.family.GuarantorController - PUT /api/family/%s/guarantor 200 guarNm=\"" % digits(5))
            r.p(nm(p, "fl"), "name").t('" guarAddr1="').p(street_line(p), "address")
            r.t('" guarCity="').p(p.city, "address").t('" guarSt=%s guarZip=' % p.state)
            r.p(p.zip, "zip").t(' hmPh="').p(fphone(p.ph), "phone").t('"')
            if R.random() < 0.6:
                r.t(' wkFax="').p(fphone(rand_phone10(p.area)), "fax").t('"')
            if R.random() < 0.6:
                r.t(" ss#=").p(ssn(R.choice(["-", ""])), "ssn")
            r.t(" by=%s took=%s" % (staff(), dur()))
        elif v == 2:
            r.t("c.bsd.pm.perio.PerioService - Perio exam saved chart#=").p(mrn(), "mrn")
            r.t(" examDt=").p(fd(days_before(d, 0, 3), "us"), "date")
            r.t(" sites=192 PD>=5: #3MB 5, #14DB 6, #19L 5, #30DL 7 BOP=%d%% CALmax=%dmm furc=#%d II mob=#%d 1 rdh=%s tmpl=v%s" % (
                R.randint(5, 45), R.randint(3, 9), R.choice([2, 3, 14, 15, 18, 19]),
                R.choice([24, 25, 8, 9]), staff("_rdh"), version()))
        elif v == 3:
            r.t("c.bsd.pm.recall.RecallWorker - postcard queued: ").p(nm(p, "fl"), "name")
            if p.age >= 90:
                r.t(", ").p("%d y/o" % p.age if R.random() < 0.5 else str(p.age), "age")
                r.t(" ")
            else:
                r.t(", %d y/o " % p.age)
            r.t("| ").p(street_line(p), "address").t(", ").p(p.city, "address")
            r.t(" %s " % p.state).p(p.zip + ("-" + p.zip4 if R.random() < 0.4 else ""), "zip")
            r.t(" | last prophy ").p(fd(days_before(d, 170, 400), R.choice(["iso", "us"])), "date")
            r.t(" interval=6mo batch=RC-%s-%s template=recall_6mo_v3" % (d.strftime("%Y%m"), digits(3)))
        elif v == 4:
            r.t("c.bsd.pm.ledger.CardOnFile - charge approved card=").p(card_number(), "account")
            r.t(" exp=%02d/%02d amt=$%d.%02d ptAcct=" % (R.randint(1, 12), R.randint(25, 30),
                                                      R.randint(20, 2400), R.randint(0, 99)))
            r.p(pat_acct(), "account")
            r.t(" auth=%s txn=ch_%s gw=stripe latency=%s" % (digits(6), alnum(24, string.ascii_letters + string.digits), dur()))
        elif v == 5:
            m = mrn()
            r.t("c.bsd.pm.imaging.PhotoSync - patient photo updated pt=\"").p(nm(p, "lf"), "name")
            r.t('" path=').p(R.choice([
                "/var/opt/bsd/images/patients/%s/extraoral_frontal_smile.jpg" % m,
                "/mnt/imaging/photos/%s_%s_face.png" % (ascii_only(p.ln).upper().replace(" ", "").replace("'", ""), m),
                "/srv/pm/uploads/portrait/%s.jpg" % uuid4()]), "photo")
            r.t(" bytes=%d sha1=%s by=%s" % (R.randint(80000, 900000), hexs(40), staff()))
        else:
            mom = relative(p, sex="F", same_ln=R.random() < 0.7)
            r.t("c.bsd.pm.chart.CommLog - note saved apt=%s text=\"LVM for " % digits(6))
            r.p(p.fn, "name").t(" re crown seat #%d, best # is " % R.choice([3, 14, 19, 30, 8]))
            r.p(fphone(p.ph, R.choice(["dash", "paren", "dot"])), "phone")
            r.t(". %s " % R.choice(["Mom", "Parent", "Spouse"])).p(nm(mom, "fl"), "name").t(" is guarantor, email ").p(mom.email, "email")
            r.t('" author=%s' % staff())
    else:
        v = R.randrange(7)
        if v == 0:
            r.t('c.bsd.pm.appt.ApptService - slot released apt_id=%s op=OP%d prov="%s" npi=%s reason=NO_SHOW_POLICY slot=%s %02d:30 dur=60m traceId=%s' % (
                digits(6), R.randint(1, 9), clin("DDS"), npi(), days_after(d).isoformat(),
                R.randint(7, 16), trace()))
        elif v == 1:
            r.t("c.bsd.pm.fees.FeeScheduleLoader - fee schedule 'Delta PPO %d' loaded: %d codes (D0120 $52.00, D1110 $96.00, D2740 $1,125.00, D4341 $248.00) in %s" % (
                d.year, R.randint(300, 700), dur()))
        elif v == 2:
            r.t("c.bsd.pm.elig.EligibilityBatch - batch ELG-%s-%s sent to sftp.dentalxchange.example:22 payer_id=%s (%s) requests=%d errors=0 job=%s" % (
                d.strftime("%Y%m%d"), digits(4), R.choice(["60054", "94276", "62308", "65978", "CDCA1"]),
                R.choice(["Aetna Dental", "Delta Dental of MA", "Cigna Dental", "MetLife"]),
                R.randint(10, 90), uuid4()))
        elif v == 3:
            r.t("c.bsd.pm.ops.BackupJob - backup done file=/mnt/nas/backup/opendental_%s.sql.gz size=%.1fGB sha256=%s elapsed=%s" % (
                d.strftime("%Y%m%d_%H%M"), R.uniform(1, 9), hexs(64), dur()))
        elif v == 4:
            r.t("c.bsd.pm.auth.LoginAudit - user %s logged in from %s ws=OP%d-PC client=%s session=%s" % (
                staff(R.choice(["_rdh", "_da", ""])), priv_ip(), R.randint(1, 9), version4(), uuid4()))
        elif v == 5:
            r.t("c.bsd.pm.perio.PerioService - template PERIO-6PT v%s applied op=OP%d teeth=32 sites/tooth=6 thresholds PD>=5 CAL>=4 BOP=Y recalc=%s" % (
                version(), R.randint(1, 9), dur()))
        else:
            pr = PRACTICES["dental"]
            r.t("c.bsd.pm.admin.PracticeProfile - profile synced: %s, %s, %s, %s %s ph %s fax %s TIN 84-%s NPI %s by svc_opendental" % (
                pr[0], pr[1], pr[2], pr[3], pr[4], fphone(pr[5]), fphone(pr[6]), digits(7), npi()))
    return r


def fam_x12(phi):
    r = Rec("x12_837d_dental_claim")
    d = now()
    ctrl = digits(9)
    r.t(R.choice(["%s edi-out[%d]: 837D ctrl=%s payload=" % (ts("iso", d), R.randint(1000, 9999), ctrl),
                  "[%s] EDI OUTBOUND %s file=BSD_%s_%s.x12 seg=" % (ts("plain", d), R.choice(["DentalXChange", "Availity", "ChangeHC"]), d.strftime("%Y%m%d"), digits(4)),
                  "%s mirth[ch=DENTAL_CLAIMS] msg=" % ts("spacedot", d)]))
    isa = "ISA*00*          *00*          *ZZ*BRIGHTSMILE    *ZZ*DENTALXCHG     *%s*%s*^*00501*%s*0*P*:~" % (
        d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl)
    pr = PRACTICES["dental"]
    if phi:
        p = mkperson(old=R.random() < 0.1)
        dos = days_before(d, 0, 20)
        r.t(isa, "GS*HC*BRIGHTSMILE*DENTALXCHG*%s*%s*%d*X*005010X224A2~ST*837*0001*005010X224A2~BHT*0019*00*%s*%s*%s*CH~" % (
            d.strftime("%Y%m%d"), d.strftime("%H%M"), int(ctrl), digits(6), d.strftime("%Y%m%d"), d.strftime("%H%M")))
        r.t("NM1*85*2*%s*****XX*1467583920~N3*%s~N4*%s*%s*%s~REF*EI*841234567~PER*IC*BILLING*TE*%s~" % (
            pr[0].upper(), pr[1].upper(), pr[2].upper(), pr[3], pr[4] + "1244", pr[5]))
        r.t("HL*2*1*22*%d~SBR*P*18*GRP%s******%s~NM1*IL*1*" % (R.randint(0, 1), digits(6), R.choice(["CI", "12", "MC"])))
        r.p("%s*%s" % (ascii_only(p.ln).upper(), ascii_only(p.fn).upper()), "name")
        r.t("****MI*").p(member_id(), "health_plan").t("~N3*").p(ascii_only(street_line(p)).upper(), "address")
        r.t("~N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip + (p.zip4 if R.random() < 0.6 else ""), "zip")
        r.t("~DMG*D8*").p(fd(p.dob, "hl7"), "date").t("*%s~" % p.sex)
        if R.random() < 0.4:
            r.t("REF*SY*").p(ssn(""), "ssn").t("~")
        if R.random() < 0.4:
            kid = relative(p)
            r.t("HL*3*2*23*0~PAT*19~NM1*QC*1*").p("%s*%s" % (ascii_only(kid.ln).upper(), ascii_only(kid.fn).upper()), "name")
            r.t("~DMG*D8*").p(fd(dt.date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28)), "hl7"), "date").t("*%s~" % kid.sex)
        fee = R.randint(60, 1500)
        r.t("NM1*PR*2*%s*****PI*%s~CLM*" % (R.choice(["DELTA DENTAL", "CIGNA DENTAL", "METLIFE", "GUARDIAN"]), R.choice(["94276", "62308", "65978", "64246"])))
        r.p(pat_acct(), "account").t("*%d***11:B:1*Y*A*Y*Y~DTP*472*D8*" % fee).p(fd(dos, "hl7"), "date")
        r.t("~LX*1~SV3*AD:%s*%d****1~TOO*JP*%d*%s~SE*%d*0001~GE*1*%d~IEA*1*%s~" % (
            R.choice(CDT), fee, R.randint(1, 32), R.choice(["M:O:D", "O", "B", "M:O"]), R.randint(18, 40), int(ctrl), ctrl))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t(isa.replace("BRIGHTSMILE    *ZZ*DENTALXCHG     ", "DENTALXCHG     *ZZ*BRIGHTSMILE    "),
                "GS*FA*DENTALXCHG*BRIGHTSMILE*%s*%s*%s*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*%s*005010X224A2~AK2*837*0001~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%s~IEA*1*%s~" % (
                    d.strftime("%Y%m%d"), d.strftime("%H%M"), digits(4), digits(4), digits(4), ctrl))
        elif v == 1:
            r.t(isa, "TA1*%s*%s*%s*A*000~IEA*0*%s~" % (digits(9), d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl))
        elif v == 2:
            vn = R.choice(VENDORS[:2] + [("DELTA DENTAL OF MASSACHUSETTS", "465 MEDFORD ST", "BOSTON", "MA", "02129")])
            r.t(isa, "GS*HP*DELTADENTAL*BRIGHTSMILE*%s*%s*%s*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON************%s~TRN*1*EFT%s*1%s~N1*PR*%s~N3*%s~N4*%s*%s*%s%s~PER*CX**TE*800555%s~N1*PE*%s*XX*%s~" % (
                d.strftime("%Y%m%d"), d.strftime("%H%M"), digits(4), d.strftime("%Y%m%d"), digits(7), digits(9),
                vn[0].upper(), vn[1].upper(), vn[2].upper(), vn[3], vn[4], digits(4), digits(4), pr[0].upper(), npi()))
        else:
            r.t(isa, "GS*HN*DENTALXCHG*BRIGHTSMILE*%s*%s*%s*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*%s*%s*%s*TH~HL*1**20*1~NM1*PR*2*DENTALXCHG*****46*%s~TRN*1*%s~DTP*050*D8*%s~DTP*009*D8*%s~QTY*90*%d~QTY*AA*0~AMT*YU*%d.%02d~SE*14*0001~" % (
                d.strftime("%Y%m%d"), d.strftime("%H%M"), digits(4), digits(9), d.strftime("%Y%m%d"), d.strftime("%H%M%S"),
                digits(5), digits(10), d.strftime("%Y%m%d"), d.strftime("%Y%m%d"), R.randint(5, 60), R.randint(800, 20000), R.randint(0, 99)))
    return r


def fam_ada_json(phi):
    r = Rec("ada_claim_json")
    d = now()
    pr = PRACTICES["dental"]
    r.t("%s INFO claims-api[%d] " % (ts("iso", d), R.randint(100, 999)))
    if phi:
        sub = mkperson()
        pat = sub
        rel = "self"
        if R.random() < 0.4:
            pat = relative(sub)
            rel = R.choice(["child", "spouse"])
        dos = days_before(d, 0, 14)
        subscriber = {"name": P(nm(sub, R.choice(["fl", "lf"])), "name"),
                      "dob": P(fd(sub.dob, "iso"), "date"),
                      "memberId": P(member_id(), "health_plan"),
                      "groupNo": "GRP-%s" % digits(6),
                      "addr": {"line1": P(street_line(sub), "address"), "city": P(sub.city, "address"),
                               "state": sub.state, "zip": P(sub.zip, "zip")}}
        if R.random() < 0.5:
            subscriber["employer"] = R.choice(["Acme Logistics", "Spokane School District 81", "Walmart #2214", "City of Erie"])
        if R.random() < 0.4:
            subscriber["subscriberSsn"] = P(ssn(), "ssn")
        patient = {"relationship": rel, "firstName": P(pat.fn, "name"), "lastName": P(pat.ln, "name"),
                   "birthDate": P(fd(pat.dob if rel == "self" else dt.date(R.randint(1975, 2020), R.randint(1, 12), R.randint(1, 28)), "iso"), "date"),
                   "gender": pat.sex, "acctNo": P(pat_acct(), "account")}
        lines = []
        for _ in range(R.randint(1, 3)):
            lines.append({"cdt": R.choice(CDT), "tooth": R.choice([None, str(R.randint(1, 32))]),
                          "surf": R.choice([None, "MOD", "O", "B", "DO"]), "fee": float(R.randint(40, 1400)),
                          "dos": P(fd(dos, "iso"), "date")})
        obj = {"event": "claim.created", "form": "ADA J430D", "claimId": "CLM-%d-%s" % (d.year, digits(7)),
               "billing": {"npi": npi(), "tin": "84-%s" % digits(7), "name": pr[0],
                           "addr": "%s, %s, %s %s" % (pr[1], pr[2], pr[3], pr[4])},
               "treating": {"name": clin("DMD"), "npi": npi(), "lic": P("%s-DN-%s" % (R.choice(["MA", "RI", "NH"]), digits(5)), "license")},
               "subscriber": subscriber, "patient": patient, "lines": lines, "traceId": trace()}
        if R.random() < 0.5:
            del obj["treating"]["lic"]
        emit_json(r, obj, sp=R.random() < 0.5)
    else:
        v = R.randrange(3)
        if v == 0:
            obj = {"event": "claim.batch.submitted", "batchId": "B%s" % digits(8), "count": R.randint(5, 80),
                   "payerIds": R.sample(["60054", "94276", "62308", "65978", "CDCA1", "39069"], 3),
                   "totalBilled": round(R.uniform(2000, 40000), 2), "clearinghouse": "DentalXChange",
                   "elapsedMs": R.randint(80, 3000), "traceId": trace(), "build": "2024.%d.%d+%s" % (R.randint(1, 12), R.randint(0, 9), hexs(7))}
        elif v == 1:
            obj = {"event": "attachment.uploaded", "claimId": "CLM-%d-%s" % (d.year, digits(7)),
                   "attachmentType": R.choice(["perio chart", "bitewing x-ray", "narrative", "EOB"]),
                   "pages": R.randint(1, 6), "sizeKb": R.randint(40, 4000), "neaRef": "NEA#%s" % digits(8),
                   "sha256": hexs(64), "requestId": uuid4()}
        else:
            obj = {"event": "era.posted", "eraId": "ERA-%s" % digits(9), "checkNo": "EFT%s" % digits(9),
                   "payer": {"name": "Delta Dental of Massachusetts", "id": "94276",
                             "addr": "465 Medford St, Boston, MA 02129", "phone": "800-872-0500"},
                   "claims": R.randint(3, 60), "paid": round(R.uniform(500, 20000), 2),
                   "adjCodes": ["CO-45", "PR-3", "CO-97"], "postedBy": staff(), "durationMs": R.randint(20, 900)}
        emit_json(r, obj, sp=R.random() < 0.5)
    return r


OPH_DEVICES = [("oct-acq-02", "OPT", "1.2.840.10008.5.1.4.1.1.77.1.5.4", "CIRRUS HD-OCT 5000", "11.5.2.54532"),
               ("fundus-cam-01", "OP", "1.2.840.10008.5.1.4.1.1.77.1.5.1", "CLARUS 700", "1.1.3.80"),
               ("iolm-700-a", "OAM", "1.2.840.10008.5.1.4.1.1.78.6", "IOLMaster 700", "1.90.12.05"),
               ("hfa3-vf-04", "OPV", "1.2.840.10008.5.1.4.1.1.80.1", "HFA3 860", "1.5.4"),
               ("pentacam-1", "OPT", "1.2.840.10008.5.1.4.1.1.77.1.5.4", "Pentacam AXL", "1.27r32")]


def dcm_uid():
    return "1.2.826.0.1.3680043.8.%d.%d.%s.%d" % (R.randint(100, 1500), R.randint(1, 9), digits(14), R.randint(1, 9999))


def fam_dicom(phi):
    r = Rec("dicom_ophthalmic_imaging")
    d = now()
    host, mod, sop, model, sw = R.choice(OPH_DEVICES)
    r.t("%s %s storescu[%d]: " % (ts("isooff", d), host, R.randint(1000, 32000)))
    if phi:
        p = mkperson(old=R.random() < 0.3)
        v = R.randrange(3)
        if v < 2:
            r.t("C-STORE RQ -> PACS_OPH@%s:%d SOPClass=%s SOPInstanceUID=%s " % (priv_ip(), R.choice([104, 11112, 4242]), sop, dcm_uid()))
            r.t("(0010,0010)=").p(nm(p, "hat"), "name").t(" (0010,0020)=").p(mrn(), "mrn")
            r.t(" (0010,0030)=").p(fd(p.dob, "hl7"), "date").t(" (0010,0040)=%s" % p.sex)
            if p.age >= 90:
                r.t(" (0010,1010)=").p("%03dY" % p.age, "age")
            else:
                r.t(" (0010,1010)=%03dY" % p.age)
            r.t(" (0008,0020)=").p(fd(d.date(), "hl7"), "date")
            r.t(" (0008,0030)=%s (0008,0060)=%s (0020,0060)=%s (0008,0090)=%s^%s^^DR (0008,1090)=%s (0018,1020)=%s (0008,1010)=%s" % (
                d.strftime("%H%M%S"), mod, R.choice(["R", "L"]), ascii_only(R.choice(LAST)).upper(),
                ascii_only(R.choice(FIRST)).upper(), model, sw, host.upper()))
            if R.random() < 0.3:
                r.t(" (0010,1000)=").p(mrn(), "mrn")
        else:
            r.t("MWL C-FIND RSP status=FF00 PatientName=").p(nm(p, "hat"), "name")
            r.t(" PatientID=").p(mrn(), "mrn").t(" PatientBirthDate=").p(fd(p.dob, "hl7"), "date")
            r.t(' PatientAddress="').p(ascii_only(street_line(p)), "address").t(", ").p(p.city, "address")
            r.t(" %s " % p.state).p(p.zip, "zip").t('" PatientTelephoneNumbers=').p(fphone(p.ph, "dash"), "phone")
            r.t(" SPSStartDate=").p(fd(days_after(d, 0, 7), "hl7"), "date")
            r.t(" SPSDescription=\"%s\" Modality=%s StationAET=%s" % (R.choice(["OCT macula OU", "Fundus photo OU", "Biometry pre-cataract", "HVF 24-2 SITA"]), mod, host.upper().replace("-", "_")))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t("C-ECHO RQ -> PACS_OPH@%s:104 AE=%s status=Success (0000H) rtt=%s" % (priv_ip(), host.upper().replace("-", "_"), dur()))
        elif v == 1:
            r.t("Association released PACS_OPH after %d objects, %.1f MB, %s; last SOPInstanceUID=%s TransferSyntax=1.2.840.10008.1.2.4.70" % (
                R.randint(1, 40), R.uniform(1, 400), dur(), dcm_uid()))
        elif v == 2:
            r.t("Storage commitment N-EVENT-REPORT success=%d failed=0 TransactionUID=%s device=%s sw=%s" % (
                R.randint(1, 30), dcm_uid(), model, sw))
        else:
            r.t("Calibration %s sw %s: reference sphere 7.80 mm measured %.2f mm; axial length std 23.50 mm measured %.2f mm; PASS; next due %s; tech=%s" % (
                model, sw, R.uniform(7.78, 7.82), R.uniform(23.48, 23.52), days_after(d, 60, 200).isoformat(), staff("_cot")))
    return r


CL_BRANDS = ["Acuvue Oasys 1-Day", "Dailies Total1", "Biofinity Toric", "Air Optix plus HydraGlyde",
             "Precision1", "MyDay Energys", "Ortho-K Paragon CRT", "Bausch+Lomb ULTRA"]


def rx_eye():
    return "%s,%.1f,%.1f,%+.2f,%s,%s" % (R.choice(CL_BRANDS), R.choice([8.4, 8.5, 8.6, 8.7, 8.8]),
                                      R.choice([14.0, 14.2, 14.3, 14.5]), -R.randint(0, 32) * 0.25,
                                      R.choice(["", "-0.75", "-1.25", "-1.75"]), R.choice(["", "180", "90", "10", "170"]))


def fam_cl_order(phi):
    r = Rec("contact_lens_order_csv")
    d = now()
    if phi:
        p = mkperson()
        r.t("CLORDER,%s,%s,\"" % (ts("plain", d), order_no()))
        r.p(nm(p, R.choice(["lf", "fl"])), "name").t('",').p(fd(p.dob, R.choice(["us", "iso"])), "date")
        r.t(",").p(p.email, "email").t(",").p(fphone(p.ph, R.choice(["dash", "paren2", "plain"])), "phone")
        r.t(',"').p(street_line(p), "address").t('",').p(p.city, "address").t(",%s," % p.state).p(p.zip, "zip")
        r.t(",OD,%s,OS,%s,qty=%s,ship=%s,exam=" % (rx_eye(), rx_eye(), R.choice(["90pk", "6pk", "30pk x2", "1 pair"]), R.choice(["USPS", "UPS Ground", "pickup"])))
        r.p(fd(days_before(d, 0, 200), "iso"), "date")
        r.t(",prescriber=\"%s\",npi=%s" % (clin("OD"), npi()))
        if R.random() < 0.3:
            r.t(",pay=").p(card_number("-"), "account")
    else:
        v = R.randrange(3)
        if v == 0:
            vn = VENDORS[5]
            r.t("CLCATALOG,%s,SKU-%s,\"%s\",BC %.1f,DIA %.1f,PWR %+.2f,stock=%d,lot=%s,exp=%s,vendor=\"%s, %s, %s, %s %s\"" % (
                ts("plain", d), alnum(8), R.choice(CL_BRANDS), R.choice([8.4, 8.6, 8.8]), R.choice([14.0, 14.2]),
                -R.randint(0, 32) * 0.25, R.randint(0, 900), lot(), days_after(d, 300, 1000).isoformat(),
                vn[0], vn[1], vn[2], vn[3], vn[4]))
        elif v == 1:
            r.t("CLORDER_STATUS,%s,%s,SHIPPED,carrier=UPS,tracking=1Z%s,warehouse=DC-%s,items=%d,weight_oz=%.1f" % (
                ts("plain", d), order_no(), alnum(16), R.choice(["JAX", "RNO", "MEM"]), R.randint(1, 4), R.uniform(2, 30)))
        else:
            r.t("CLORDER_STATUS,%s,%s,BACKORDER,sku=SKU-%s,eta=%s,supplier_ref=%s,retry=%d,job=%s" % (
                ts("plain", d), order_no(), alnum(8), days_after(d, 3, 30).isoformat(), order_no(), R.randint(1, 5), uuid4()))
    return r


def fam_hl7_dialysis(phi):
    r = Rec("hl7v2_dialysis")
    d = now()
    sep = R.choice(["\\r", "<CR>", "\\x0d"])
    r.t("%s %s " % (ts("iso", d), R.choice(["MLLP RECV [dialysis-gw] bytes=%d" % R.randint(400, 2000),
                                            "mirth[ch=RENAL_ORU_IN]", "INFO HL7Listener port=6661"])))
    msh = "MSH|^~\\&|5008S_GW|LAKESIDE_RC|CERNER|HOSP|%s||%s|MSG%s|P|2.5.1" % (d.strftime("%Y%m%d%H%M%S"), "%s", digits(8))
    if phi:
        p = mkperson(old=R.random() < 0.25, apostrophe=False)
        r.t(msh % "ORU^R01", sep, "PID|1||").p(mrn(), "mrn").t("^^^LRC^MR")
        if R.random() < 0.5:
            r.t("~").p(ssn(""), "ssn").t("^^^SSA^SS")
        r.t("||").p(nm(p, "hat"), "name").t("^^^^^L||").p(fd(p.dob, "hl7"), "date").t("|%s|||" % p.sex)
        r.p(ascii_only(street_line(p)).upper(), "address").t("^^").p(p.city.upper(), "address")
        r.t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||").p(fphone(p.ph, R.choice(["paren2", "dash"])), "phone")
        r.t("|||||").p(pat_acct(), "account")
        if R.random() < 0.4:
            r.t("|").p(ssn(), "ssn")
        st = d - dt.timedelta(hours=R.randint(1, 4))
        r.t(sep, "PV1|1|O|HDU^CH%02d^01||||%s^%s^%s^^^DR" % (R.randint(1, 24), npi(), ascii_only(R.choice(LAST)).upper(), ascii_only(R.choice(FIRST)).upper()))
        r.t(sep, "OBR|1||TX%s|DIALTX^Hemodialysis treatment|||" % digits(6)).p(st.strftime("%Y%m%d%H%M"), "date")
        r.t(sep, "OBX|1|NM|QB^Blood flow||%d|mL/min|||||F" % R.choice([300, 350, 400, 450]))
        r.t(sep, "OBX|2|NM|UFG^UF goal||%.1f|L|||||F" % R.uniform(0.5, 4.5))
        r.t(sep, "OBX|3|NM|KTV^Kt/V||%.2f||>1.2||||F" % R.uniform(1.0, 1.9))
        if p.age >= 90 and R.random() < 0.7:
            r.t(sep, "NTE|1||Pt ").p(str(p.age), "age").t("yo, tolerated tx, BP %d/%d post" % (R.randint(95, 170), R.randint(50, 95)))
        elif R.random() < 0.4:
            fam = mkperson(apostrophe=False)
            r.t(sep, "NTE|1||Daughter ").p(nm(fam, "fl"), "name").t(" picks up; cell ").p(fphone(fam.ph, "dash"), "phone")
    else:
        v = R.randrange(3)
        if v == 0:
            r.t(msh % "ACK^R01", sep, "MSA|AA|MSG%s|Accepted" % digits(8), sep, "ERR|||0^Message accepted^HL70357")
        elif v == 1:
            r.t(msh % "ORU^R01", sep, "OBR|1||DIS%s|DISINFECT^Heat disinfection|||%s" % (digits(6), d.strftime("%Y%m%d%H%M")),
                sep, "OBX|1|ST|STATUS^Status||COMPLETED|||||F", sep, "OBX|2|NM|TEMP^Max temp||%.1f|Cel|||||F" % R.uniform(83, 87),
                sep, "OBX|3|ST|MACHINE^Station||CH%02d fw %s|||||F" % (R.randint(1, 24), version()))
        else:
            r.t(msh % "ORU^R01", sep, "OBR|1||WTR%s|WATERQA^RO water quality|||%s" % (digits(6), d.strftime("%Y%m%d%H%M")),
                sep, "OBX|1|NM|CL2^Total chlorine||%.2f|mg/L|<0.10||||F" % R.uniform(0, 0.09),
                sep, "OBX|2|NM|ROCOND^Product conductivity||%.1f|uS/cm|||||F" % R.uniform(2, 9),
                sep, "OBX|3|NM|ENDO^Endotoxin||%.3f|EU/mL|<0.125||||F" % R.uniform(0, 0.1))
    return r


def fam_dialysis_flow(phi):
    r = Rec("dialysis_flowsheet_logfmt")
    d = now()
    r.t("ts=%s lvl=%s src=flowsheet " % (ts("iso", d), R.choice(["info", "info", "warn"])))
    st = "CH%02d" % R.randint(1, 24)
    vitals = "pre_wt=%.1fkg bp=%d/%d hr=%d qb=%d qd=%d cond=%.1fmS/cm ap=%d vp=%d tmp=%d uf_rate=%dmL/h ktv=%.2f" % (
        R.uniform(45, 120), R.randint(95, 180), R.randint(50, 100), R.randint(55, 110), R.choice([300, 350, 400]),
        R.choice([500, 600, 800]), R.uniform(13.6, 14.4), -R.randint(120, 250), R.randint(100, 220),
        R.randint(20, 80), R.randint(300, 1100), R.uniform(1.0, 1.9))
    if phi:
        v = R.randrange(4)
        if v == 3:
            # French centre export
            p = mkperson(old=R.random() < 0.2)
            p.fn = R.choice(["Chloé", "François", "Camille", "Élodie", "Jérôme", "Hélène", "Yannick", "Aïcha"])
            p.ln = R.choice(["Moreau", "Dubois", "Lefèvre", "Girard", "Benali", "Rousseau", "Faure"])
            c = R.choice(FR_CITIES)
            r.t("centre=Néphro-Lyon-Sud poste=%s machine=AK98 fw=%s séance=S%s nom_prénom=\"" % (st, version(), digits(6)))
            r.p("%s %s" % (p.ln.upper(), p.fn), "name").t('" date_naiss=').p(fd(p.dob, "dmy"), "date")
            r.t(" NIR=\"").p(nir(p.sex, p.dob), "other_id").t('" adresse="')
            r.p("%d %s" % (R.randint(1, 180), R.choice(FR_STREETS)), "address").t('" code_postal=').p(c[1], "zip")
            r.t(" ville=").p(c[0], "address").t(" tél=").p("+33 %d %s %s %s %s" % (R.randint(1, 7), digits(2), digits(2), digits(2), digits(2)), "phone")
            if p.age >= 90:
                r.t(" âge=").p(str(p.age), "age")
            r.t(" " + vitals + " ide=%s" % staff("_ide"))
        else:
            p = mkperson(old=R.random() < 0.25)
            r.t("station=%s machine=5008S fw=%s tx_id=TX%s pt=\"" % (st, version(), digits(6)))
            r.p(nm(p, R.choice(["lf", "fl"])), "name").t('" mrn=').p(mrn(), "mrn")
            if v == 0:
                r.t(" dob=").p(fd(p.dob, R.choice(["iso", "us"])), "date")
                if R.random() < 0.4:
                    r.t(" chairside_fp_tpl=").p(fp_template(), "biometric")
            if p.age >= 90:
                r.t(" age=").p(str(p.age), "age")
            else:
                r.t(" age=%d" % p.age)
            r.t(" " + vitals)
            if v == 1 or R.random() < 0.3:
                r.t(" transport=%s pickup_addr=\"" % R.choice(["paratransit", "family", "self-drive"]))
                r.p(street_line(p), "address").t(", ").p(p.city, "address").t('"')
                if R.random() < 0.6:
                    r.t(" lot_permit_plate=").p(plate().replace(" ", "-"), "vehicle")
            if v == 2:
                r.t(" home_cycler=NxStage-System-One sn=").p(device_serial(), "device")
                r.t(" caregiver=\"").p(nm(mkperson(), "fl"), "name").t('"')
            r.t(" rn=%s" % staff("_rn"))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t("station=%s machine=5008S fw=%s alarm=BLD_LEAK_TEST code=%d ack_by=%s dur=%s trace=%s" % (
                st, version(), R.randint(1000, 1999), staff("_tech"), dur(), trace()))
        elif v == 1:
            r.t("loop=RO-2 chlorine=%.2fppm ro_cond=%.1fuS/cm feed_temp=%.1fC pressure=%dpsi next_disinfect=%s operator=%s" % (
                R.uniform(0, 0.08), R.uniform(2, 9), R.uniform(18, 26), R.randint(40, 90), days_after(d, 1, 7).isoformat(), staff("_tech")))
        elif v == 2:
            r.t("station=%s tx_id=TX%s %s age=%d note=\"%s\" rn=%s" % (
                st, digits(6), vitals, R.randint(24, 89), R.choice(["cramping at 3h, UF paused 10 min", "needle reposition x1", "tolerated well"]), staff("_rn")))
        else:
            vn = VENDORS[0]
            r.t("fleet_sync machines=%d fw_target=%s updated=%d failed=0 vendor=\"%s, %s, %s, %s %s\" support=1-800-662-1237 ticket=INC%s" % (
                R.randint(12, 40), version(), R.randint(1, 10), vn[0], vn[1], vn[2], vn[3], vn[4], digits(7)))
    return r


ONC_DRUGS = [("oxaliplatin", "85 mg/m2"), ("carboplatin", "AUC 5"), ("paclitaxel", "175 mg/m2"),
             ("pembrolizumab", "200 mg"), ("fluorouracil", "2400 mg/m2 over 46h"), ("gemcitabine", "1000 mg/m2"),
             ("cisplatin", "75 mg/m2"), ("rituximab", "375 mg/m2"), ("docetaxel", "75 mg/m2")]


def fam_infusion(phi):
    r = Rec("infusion_pump_syslog")
    d = now()
    asset = "PUMP-ONC-%02d" % R.randint(1, 60)
    ch = R.choice("ABCD")
    r.t('<%d>1 %s onc-infusion-gw AlarisGW %d PUMPEVT [pump@32473 channel="%s" asset="%s" fw="%s"] ' % (
        R.choice([134, 133, 132]), ts("iso", d), R.randint(1000, 9999), ch, asset, version()))
    drug, dose = R.choice(ONC_DRUGS)
    if phi:
        p = mkperson(old=R.random() < 0.2)
        r.t('Infusion started drug="%s" dose="%s" bsa="%.2f" rate="%d mL/h" vtbi="%d mL" patient="' % (
            drug, dose, R.uniform(1.4, 2.3), R.randint(40, 400), R.choice([100, 250, 500, 1000])))
        r.p(nm(p, R.choice(["lf", "LF", "fl"])), "name").t('" mrn="').p(mrn(), "mrn").t('"')
        if R.random() < 0.6:
            r.t(' dob="').p(fd(p.dob, R.choice(["iso", "us"])), "date").t('"')
        if p.age >= 90:
            r.t(' age="').p(str(p.age), "age").t('"')
        r.t(' regimen="%s C%dD%d" order="%s" nurse="%s"' % (R.choice(["FOLFOX6", "CARBO/TAXOL", "R-CHOP", "GemCis", "KEYTRUDA q3w"]),
                                                           R.randint(1, 12), R.choice([1, 8, 15]), order_no(), staff("_rn")))
        if R.random() < 0.4:
            doc = mkperson()
            r.t(' prescriber="Dr. %s" dea="' % nm(doc, "fl")).p(dea(doc.ln), "license").t('"')
        if R.random() < 0.35:
            r.t(' pt_id_method="palm_vein" pt_id_tpl="').p(generic_template(), "biometric").t('" pt_id_score="%d"' % R.randint(40, 99))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t('Occlusion alarm downstream cleared after %ds; rate="%d mL/h" drug="%s" nurse="%s"' % (R.randint(3, 60), R.randint(40, 400), drug, staff("_rn")))
        elif v == 1:
            r.t('Drug library DL-ONC-%d.%02d v%d pushed to %d pumps ok=%d pending=%d src=%s' % (d.year, d.month, R.randint(1, 30), R.randint(20, 80), R.randint(20, 80), R.randint(0, 5), priv_ip()))
        elif v == 2:
            r.t('Battery %d%% on AC=%s last_pm="%s" next_pm="%s" bed="ONC-INF-%02d"' % (R.randint(5, 100), R.choice(["true", "false"]), days_before(d, 30, 200).isoformat(), days_after(d, 30, 200).isoformat(), R.randint(1, 30)))
        else:
            r.t('Infusion completed drug="%s" volume="%d mL" duration="%dh%02dm" hard_limit_overrides=0 order="%s" nurse="%s" correlation="%s"' % (
                drug, R.randint(100, 1000), R.randint(0, 47), R.randint(0, 59), order_no(), staff("_rn"), uuid4()))
    return r


def fam_fhir(phi):
    r = Rec("fhir_oncology_json")
    d = now()
    if phi:
        p = mkperson(old=R.random() < 0.2)
        v = R.randrange(2)
        if v == 0:
            r.t("%s DEBUG fhir-client POST https://fhir.riverbend.internal/r4/Patient 201 %s body=" % (ts("iso", d), dur()))
            ident = [{"system": "urn:oid:2.16.840.1.113883.3.%s" % digits(4), "type": {"text": "MRN"}, "value": P(mrn(), "mrn")}]
            if R.random() < 0.5:
                ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn(), "ssn")})
            if R.random() < 0.5:
                ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(mbi(), "health_plan")})
            if R.random() < 0.3:
                ident.append({"system": "urn:oid:2.16.840.1.113883.4.3.%d" % R.randint(1, 56), "type": {"text": "DL"}, "value": P(letters(1) + digits(7), "license")})
            tel = [{"system": "phone", "use": R.choice(["home", "mobile"]), "value": P(fphone(p.ph), "phone")}]
            if R.random() < 0.6:
                tel.append({"system": "email", "value": P(p.email, "email")})
            if R.random() < 0.3:
                tel.append({"system": "fax", "value": P(fphone(rand_phone10(p.area)), "fax")})
            if R.random() < 0.45:
                tel.append({"system": "url", "value": P(personal_url(p), "url")})
            addr = {"use": "home", "line": [P(street_line(p), "address")], "city": P(p.city, "address")}
            if R.random() < 0.5:
                addr["district"] = P(p.county, "address")
            addr["state"] = p.state
            addr["postalCode"] = P(p.zip, "zip")
            obj = {"resourceType": "Patient", "meta": {"versionId": "1", "lastUpdated": ts("iso", d)},
                   "identifier": ident, "name": [{"use": "official", "family": P(p.ln, "name"), "given": [P(p.fn, "name")]}],
                   "telecom": tel, "gender": "female" if p.sex == "F" else "male",
                   "birthDate": P(fd(p.dob, "iso"), "date"), "address": [addr]}
            if R.random() < 0.35:
                obj["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(), "photo")}]
            emit_json(r, obj, sp=False)
        else:
            r.t("%s INFO  regimen-svc MedicationRequest created ref=%s json=" % (ts("space", d), uuid4()))
            drug, dose = R.choice(ONC_DRUGS)
            doc = mkperson()
            cyc = R.randint(1, 8)
            obj = {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                   "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": digits(5), "display": drug}]},
                   "subject": {"reference": "Patient/%s" % uuid4(), "display": P(nm(p, "fl"), "name")},
                   "requester": {"display": "Dr. %s %s" % (doc.fn, doc.ln),
                                 "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}},
                   "dosageInstruction": [{"text": "%s IV, cycle %d day 1" % (dose, cyc)}],
                   "note": [{"text": "C%dD1 scheduled" % cyc}]}
            obj["note"].append({"time": ts("iso", d), "authorString": staff("_pharmd")})
            obj["occurrenceDate"] = P(fd(days_after(d, 1, 14), "iso"), "date")
            if R.random() < 0.5:
                obj["requester"]["extension"] = [{"url": "http://example.org/fhir/StructureDefinition/dea", "valueString": P(dea(doc.ln), "license")}]
            emit_json(r, obj, sp=R.random() < 0.5)
    else:
        v = R.randrange(4)
        r.t("%s INFO  fhir-client " % ts("iso", d))
        if v == 0:
            obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                   "diagnostics": "HAPI-0389: Failed to call access method: timeout after %dms on fhir-db01.riverbend.internal:5432" % R.randint(1000, 30000)}]}
        elif v == 1:
            obj = {"resourceType": "Bundle", "type": "searchset", "total": 0,
                   "link": [{"relation": "self", "url": "https://fhir.riverbend.internal/r4/PlanDefinition?_lastUpdated=gt%s&_count=50" % days_before(d, 1, 30).isoformat()}],
                   "meta": {"tag": [{"code": "build-%s" % hexs(7)}]}}
        elif v == 2:
            obj = {"resourceType": "PlanDefinition", "id": uuid4(), "name": R.choice(["FOLFOX6", "RCHOP21", "CARBO_TAXOL_q21", "GEMCIS"]),
                   "version": version(), "status": "active", "date": days_before(d, 10, 400).isoformat(),
                   "publisher": "Riverbend Cancer Institute Pharmacy & Therapeutics",
                   "action": [{"title": "Day 1", "description": "%s %s" % R.choice(ONC_DRUGS)}, {"title": "Day 15", "description": "repeat"}]}
        else:
            obj = {"resourceType": "Medication", "id": uuid4(), "code": {"text": R.choice(ONC_DRUGS)[0]},
                   "batch": {"lotNumber": lot(), "expirationDate": days_after(d, 100, 900).isoformat()},
                   "manufacturer": {"display": "Baxter Healthcare, 1 Baxter Pkwy, Deerfield, IL 60015"}}
        emit_json(r, obj, sp=R.random() < 0.5)
    return r


TUMORS = ["RUL adenocarcinoma cT2aN1M0, EGFR neg, PD-L1 TPS %d%%" % 60, "pancreatic head adenocarcinoma, borderline resectable, CA19-9 812",
          "ER+/PR+/HER2- IDC L breast, Oncotype RS 31", "GBM IDH-wt, MGMT methylated", "HPV+ oropharynx SCC T2N1",
          "rectal adenocarcinoma cT3N1, MMR proficient", "DLBCL stage IIIA, IPI 3", "prostate Gleason 4+3, PSA 14.2"]


def fam_tumor_board(phi):
    r = Rec("tumor_board_freetext")
    d = now()
    board = R.choice(["Thoracic", "GI", "Breast", "Neuro-onc", "Head & Neck", "Heme", "GU"])
    r.t("%s [tb-notes] TB-%s %s tumour board: " % (ts("plain", d), d.strftime("%Y%m%d"), board))
    if phi:
        p = mkperson(old=R.random() < 0.4)
        v = R.randrange(4)
        if v == 0:
            r.t("case %d, " % R.randint(1, 9)).p(nm(p, "fl"), "name").t(", ")
            if p.age >= 90:
                r.p("%d%s" % (p.age, R.choice(["yo", " y/o", "-year-old"])), "age")
            else:
                r.t("%dyo" % p.age)
            r.t(" %s, %s. PET " % (p.sex, R.choice(TUMORS))).p(fd(days_before(d, 5, 40), "us"), "date")
            r.t(" SUVmax %.1f. Presenter %s. Plan: %s." % (R.uniform(2, 18), clin("MD"), R.choice(["SBRT 54 Gy/3 fx", "neoadjuvant FOLFIRINOX x4", "resection then adjuvant", "pembrolizumab q3w", "hospice discussion"])))
        elif v == 1:
            hcp = relative(p, same_ln=R.random() < 0.6)
            r.t("discussed ").p(p.fn, "name").t(" (MRN ").p(mrn(), "mrn").t(") again; ")
            r.t("daughter/HCP ").p(nm(hcp, "fl"), "name").t(" reachable at ").p(fphone(hcp.ph), "phone")
            r.t(" and wants updates via ").p(personal_url(p), "url").t(". Consensus: %s. Scribe %s." % (R.choice(["chemoradiation", "surveillance", "clinical trial NCT0%s" % digits(7)]), staff()))
        elif v == 2:
            r.t("pt ").p(nm(p, "lf"), "name").t(" DOB ").p(fd(p.dob, R.choice(["usn", "mon"])), "date")
            r.t(", lives alone in ").p(p.city, "address").t(" (").p(p.county, "address")
            r.t("), %s; declined travel to %s for proton therapy. Transport via %s. SW to contact %s." % (
                R.choice(TUMORS), R.choice(["Jacksonville", "Houston", "Knoxville main campus"]), R.choice(["son", "church van", "neighbour"]), staff("_msw")))
        else:
            r.t("follow-up: ").p(nm(p, R.choice(["fl", "fml"])), "name")
            if p.age >= 90:
                r.t(" (").p("age %d" % p.age, "age").t(")")
            r.t(" started %s on " % R.choice(["cycle 1", "RT", "capecitabine"])).p(fd(days_before(d, 3, 20), "iso"), "date")
            r.t(", next imaging ").p(fd(days_after(d, 30, 90), "iso"), "date")
            r.t("; email ").p(p.email, "email").t(" for portal invite")
            if R.random() < 0.4:
                r.t(", family updates at ").p(personal_url(p), "url")
            r.t(". Attending %s." % clin("MD"))
    else:
        v = R.randrange(4)
        if v == 0:
            pr = PRACTICES["onc"]
            r.t("agenda %d cases; presenters %s, %s; location Conf Rm %d%s, %s; Zoom %s %s %s passcode %s; CME 1.0 AMA PRA Cat 1." % (
                R.randint(4, 12), clin("MD"), clin("MD"), R.randint(1, 6), R.choice("ABC"), pr[1], digits(3), digits(4), digits(4), digits(6)))
        elif v == 1:
            r.t("case %d deferred pending NGS (FoundationOne CDx, TAT %d d, req %s); %s; presenter %s." % (
                R.randint(1, 9), R.randint(10, 21), order_no(), R.choice(TUMORS), clin("MD")))
        elif v == 2:
            r.t("case %d, %dyo %s, %s; plan %s per NCCN v%d.%d; consensus 9/9. Scribe %s." % (
                R.randint(1, 9), R.randint(30, 89), R.choice("MF"), R.choice(TUMORS), R.choice(["SBRT", "surgery", "CRT", "observation"]),
                R.randint(1, 5), d.year, staff()))
        else:
            r.t("minutes exported to /shared/tumorboard/%s/%s_minutes_v%d.pdf (%d KB) sha1=%s by %s" % (
                d.year, d.strftime("%Y%m%d"), R.randint(1, 4), R.randint(80, 900), hexs(40), svc_acct()))
    return r


def svc_acct():
    return R.choice(["svc_opendental", "svc-dentrix-sync", "svc_aria_rv", "svc.mirth", "hl7-bridge", "svc_unet_api",
                     "svc-noah-sync", "svc_witness", "svc_hep_portal", "kiosk03", "kiosk-lobby-2", "svc_psg_export",
                     "etl_renal", "svc_tb_export", "svc_rightfax"])


def fam_rt_xml(phi):
    r = Rec("rt_record_verify_xml")
    d = now()
    mach = R.choice(["TB2", "TB3", "HAL1", "VERSA1", "TOMO-A"])
    plan = R.choice(["VMAT_PROS_7800", "IMRT_HN_7000", "3D_BRST_4005", "SBRT_LUNG_5400", "VMAT_RECT_5040", "WBRT_3000"])
    nfx = int(plan.split("_")[-1]) // 200 if plan != "SBRT_LUNG_5400" else 3
    fx = R.randint(1, nfx)
    r.t("%s aria-rv[%d] TX_RECORD " % (ts("isooff", d), R.randint(100, 9999)))
    fields = "".join('<Field n="%d" gantry="%.1f" coll="%.1f" mu="%.1f" energy="%s"/>' % (
        i + 1, R.uniform(0, 359.9), R.choice([0.0, 10.0, 30.0, 350.0]), R.uniform(40, 400), R.choice(["6X", "10FFF", "6FFF", "15X"])) for i in range(R.randint(1, 3)))
    if phi:
        p = mkperson(old=R.random() < 0.25)
        m = mrn()
        r.t('<TreatmentRecord machine="%s" planId="%s" fx="%d" of="%d"><Patient id="' % (mach, plan, fx, nfx))
        r.p(m, "mrn").t('" name="').p(nm(p, R.choice(["lf", "LF", "fl"])), "name").t('" dob="').p(fd(p.dob, "iso"), "date").t('"')
        if p.age >= 90:
            r.t(' age="').p(str(p.age), "age").t('"')
        r.t("/>")
        r.t('<Session date="').p(fd(d.date(), "iso"), "date").t('" start="%s" therapist="%s"/>' % (d.strftime("%H:%M"), staff("_rtt")))
        r.t(fields)
        if R.random() < 0.55:
            r.t('<Setup photo="').p(R.choice([
                "\\\\ariafs01\\va_data$\\Photos\\%s\\setup_face_%d.jpg" % (m, R.randint(1, 4)),
                "/va_data/Photos/%s/face_front.jpg" % m,
                "\\\\ariafs01\\va_data$\\Photos\\%s_%s.jpg" % (ascii_only(p.ln).upper().replace(" ", "").replace("'", ""), m)]), "photo").t('"/>')
        if R.random() < 0.3:
            r.t('<Implant type="pacemaker" model="Azure XT DR" sn="').p(R.choice(["PJN", "RNB", "SWA"]) + digits(6) + R.choice(["H", "S", "G"]), "device").t('" note="check post-fx"/>')
        r.t('<Approved by="%s" role="physician"/></TreatmentRecord>' % clin("MD"))
    else:
        v = R.randrange(3)
        if v == 0:
            r.t('<DailyQA machine="%s" date="%s" output6X="%+.1f%%" output10FFF="%+.1f%%" lasers="PASS" imaging="PASS" physicist="%s" result="PASS"/>' % (
                mach, d.date().isoformat(), R.uniform(-1.5, 1.5), R.uniform(-1.5, 1.5), staff("_phys")))
        elif v == 1:
            r.t('<MLCLog machine="%s" plan="%s" fx="%d" leaf="%d%s" maxDev="%.2fmm" rms="%.3fmm" tol="1.0mm" status="OK" file="/trajectory/%s.bin"/>' % (
                mach, plan, fx, R.randint(1, 60), R.choice("AB"), R.uniform(0, 0.9), R.uniform(0, 0.2), uuid4()))
        else:
            r.t('<Interlock machine="%s" code="%s" text="%s" cleared="true" by="%s" downtime="%dm" ticket="VAR-%s"/>' % (
                mach, R.choice(["DOSE1", "MLC", "COLL", "KVFLT"]), R.choice(["Dose rate fault", "MLC leaf position", "Collimator drift"]),
                staff("_rtt"), R.randint(1, 45), digits(7)))
    return r


def fam_transplant(phi):
    r = Rec("transplant_match_run")
    d = now()
    organ = R.choice(["KI", "LI", "HR", "LU", "PA", "KP"])
    mr = "MR-%s-%s" % (d.strftime("%Y%m%d"), digits(4))
    r.t("%s MATCHRUN|%s|organ=%s|" % (ts("plain", d), mr, organ))
    if phi:
        p = mkperson()
        v = R.randrange(3)
        if v < 2:
            r.t("donor=").p(unos_donor(), "other_id").t("|donor_age=%d|ABO=%s|KDPI=%d%%|seq=%d|cand=" % (
                R.randint(8, 70), R.choice(["O", "A", "B", "AB"]), R.randint(5, 95), R.randint(1, 60)))
            r.p(wl_id(), "other_id").t("|cand_name=").p(nm(p, R.choice(["fl", "LF", "lf"])), "name")
            r.t("|cand_dob=").p(fd(p.dob, R.choice(["iso", "us"])), "date")
            r.t("|cPRA=%d|HLA_mm=%d-%d-%d|ctr=%s|status=%s|coord=%s" % (
                R.randint(0, 100), R.randint(0, 2), R.randint(0, 2), R.randint(0, 2), R.choice(["TNVU-TX1", "GAEM-TX1", "PAUP-TX1", "CAUC-TX1"]),
                R.choice(["ACCEPT_PROVISIONAL", "DECLINE_830", "BYPASS_863", "PRIMARY"]), staff("_ccc")))
            if v == 1:
                r.t("|cand_phone=").p(fphone(p.ph), "phone").t("|dialysis_start=").p(fd(dt.date(R.randint(2012, 2023), R.randint(1, 12), R.randint(1, 28)), "iso"), "date")
        else:
            ld = mkperson()
            r.t("living_donor_workup|ld_name=").p(nm(ld, "fl"), "name").t("|ld_dob=").p(fd(ld.dob, "us"), "date")
            r.t("|relation=%s|recipient=" % R.choice(["sibling", "spouse", "friend", "child", "non-directed"])).p(nm(p, "fl"), "name")
            r.t("|recipient_id=").p(wl_id(), "other_id").t("|ld_email=").p(ld.email, "email")
            if R.random() < 0.5:
                r.t("|ld_passport=").p(passport(), "other_id")
            r.t("|crossmatch=NEG|coord=%s" % staff("_ldc"))
    else:
        v = R.randrange(3)
        if v == 0:
            r.t("ABO=%s|KDPI=%d%%|sequences=%d|run_ms=%d|algo=KAS-2021.%d|policy_ver=%d.%d|status=COMPLETE|req=%s" % (
                R.choice(["O", "A", "B"]), R.randint(5, 95), R.randint(40, 900), R.randint(300, 9000), R.randint(1, 9), d.year, R.randint(1, 4), uuid4()))
        elif v == 1:
            r.t("offer_window=60m|notified=%d|responses=%d|refusals=%d|top_code=830|opo=%s|run_by=%s|src=%s" % (
                R.randint(3, 30), R.randint(1, 30), R.randint(0, 20), R.choice(["TNDS-OP1", "GALL-OP1", "PADV-OP1"]), svc_acct(), priv_ip()))
        else:
            r.t("HLA_typing_lab=%s|assay=NGS-11loci|turnaround=%dh|antibodies=A2,A24,B7,B44,DR4,DR15|virtual_xm=%s|version=%s" % (
                R.choice(["Vanderbilt HLA Lab", "LifeShare Histo"]), R.randint(3, 12), R.choice(["NEG", "POS-DSA"]), version()))
    return r


def fam_opo_docker(phi):
    r = Rec("opo_donor_docker_json")
    d = now()
    inner = {}
    if phi:
        p = mkperson(old=R.random() < 0.3, apostrophe=False)
        nok = relative(p, same_ln=R.random() < 0.7)
        v = R.randrange(2)
        if v == 0:
            donor = {"name": P(nm(p, "fl"), "name")}
            donor["age"] = PN(p.age, "age") if p.age >= 90 else p.age
            donor["dod"] = P(fd(days_before(d, 0, 2), "iso"), "date")
            donor["tod"] = "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))
            donor["hosp"] = R.choice(["Mercy General", "St. Vincent Regional", "Memorial Hermann NE"])
            donor["hospMrn"] = P(mrn(), "mrn")
            inner = {"evt": "donor.referral", "ref": "REF-%s-%s" % (d.strftime("%y"), digits(5)), "tissue_only": p.age >= 80,
                     "donor": donor,
                     "nok": {"name": P(nm(nok, "fl"), "name"), "rel": R.choice(["spouse", "son", "daughter", "sister"]),
                             "ph": P(fphone(nok.ph, "dash"), "phone")},
                     "coordinator": staff("_fs")}
            if R.random() < 0.4:
                inner["nok"]["addr"] = P(street_line(nok), "address")
                inner["nok"]["city"] = P(nok.city, "address")
                inner["nok"]["zip"] = P(nok.zip, "zip")
        else:
            inner = {"evt": "donor.registry.lookup", "registry": "DonateLife", "match": True,
                     "dl": P(letters(1) + digits(7) if R.random() < 0.5 else digits(9), "license"),
                     "name": P(nm(p, "LF"), "name"), "dob": P(fd(p.dob, "us"), "date"),
                     "registered": P(days_before(d, 400, 4000).isoformat(), "date"), "requestId": uuid4()}
            if R.random() < 0.8:
                inner["memorial"] = P("https://www.legacy.com/us/obituaries/name/%s-%s-obituary?id=%s" % (slug(p.fn), slug(p.ln), digits(8)), "url")
    else:
        v = R.randrange(3)
        if v == 0:
            inner = {"evt": "courier.dispatch", "ref": "REF-%s-%s" % (d.strftime("%y"), digits(5)), "route": "OPO-HQ to TYS airport",
                     "eta_min": R.randint(15, 90), "box": "ORG-BOX-%02d" % R.randint(1, 30), "temp_c": round(R.uniform(2, 8), 1), "dispatcher": staff()}
        elif v == 1:
            inner = {"evt": "lab.result", "ref": "REF-%s-%s" % (d.strftime("%y"), digits(5)), "panel": "NAT HIV/HCV/HBV",
                     "result": "nonreactive", "lab": "Eurofins Viracor, 18000 W 99th St, Lenexa, KS 66219", "tat_h": R.randint(3, 12)}
        else:
            inner = {"evt": "healthcheck", "db": "postgres://donornet@%s:5432/donornet" % priv_ip(), "latency_ms": R.randint(1, 90),
                     "version": version(), "commit": hexs(40)}
    r.t('{"log":"')
    emit_json(r, inner, esc=True, sp=False)
    r.t('\\n","stream":"%s","time":"%s.%sZ","kubernetes":{"namespace":"opo","pod":"donornet-api-%s-%s"}}' % (
        R.choice(["stdout", "stderr"]), d.strftime("%Y-%m-%dT%H:%M:%S"), digits(9), hexs(9), alnum(5, string.ascii_lowercase + string.digits)))
    return r


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
       'HEPApp/3.2.1 (Android 13; Pixel 7)', 'okhttp/4.12.0', 'kube-probe/1.29', 'Prometheus/2.51.1']


def fam_pt_access(phi):
    r = Rec("pt_rehab_access_log")
    d = now()
    if phi:
        p = mkperson()
        v = R.randrange(4)
        r.p(public_ip(), "ip")
        if v == 1:
            r.t(" - ").p(p.email, "email").t(" ")
        else:
            r.t(" - - ")
        r.t('[%s] "' % ts("apache", d))
        if v == 0:
            r.t("GET /hep/api/v1/patients/search?last=").p(p.ln.replace(" ", "+").replace("'", "%27"), "name")
            r.t("&first=").p(p.fn.replace(" ", "+"), "name").t("&dob=").p(fd(p.dob, "iso"), "date")
        elif v == 1:
            r.t("GET /portal/hep/program/%d?week=%d" % (R.randint(1000, 99999), R.randint(1, 12)))
        elif v == 2:
            r.t("POST /hep/api/v1/invite?email=").p(p.email.replace("@", "%40"), "email").t("&mobile=").p(p.ph, "phone")
        else:
            r.t("GET /portal/appointments/confirm?mrn=").p(mrn(), "mrn").t("&date=").p(fd(days_after(d, 1, 10), "iso"), "date")
        if R.random() < 0.3:
            r.t(' HTTP/1.1" %d %d "' % (R.choice([200, 200, 302]), R.randint(200, 40000))).p(personal_url(p), "url")
            r.t('" "%s"' % R.choice(UAS[:4]))
        else:
            r.t(' HTTP/1.1" %d %d "https://portal.kineticpt.example/%s" "%s"' % (
                R.choice([200, 200, 302, 404]), R.randint(200, 40000), R.choice(["home", "schedule", "login"]), R.choice(UAS[:4])))
    else:
        v = R.randrange(4)
        ip = priv_ip()
        if v == 0:
            r.t('%s - %s [%s] "GET /hep/api/v1/exercises?body_region=%s&page=%d HTTP/1.1" 200 %d "-" "%s"' % (
                ip, svc_acct(), ts("apache", d), R.choice(["knee", "shoulder", "lumbar", "ankle"]), R.randint(1, 9), R.randint(200, 40000), R.choice(UAS[:5])))
        elif v == 1:
            r.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "%s"' % (ip, ts("apache", d), R.choice(UAS[5:])))
        elif v == 2:
            r.t('%s - %s [%s] "GET /api/therapists/%s/schedule?date=%s HTTP/1.1" 200 %d "https://pt.kineticpt.example/admin" "%s"' % (
                ip, staff("_pt"), ts("apache", d), staff("_pt"), days_after(d, 0, 5).isoformat(), R.randint(200, 9000), UAS[1]))
        else:
            r.t('%s - - [%s] "GET /static/img/exercises/%s_%02d.png?v=%s HTTP/1.1" 304 0 "https://portal.kineticpt.example/program" "%s"' % (
                ip, ts("apache", d), R.choice(["knee_ext", "clamshell", "wall_slide", "heel_raise"]), R.randint(1, 20), hexs(8), R.choice(UAS[:3])))
    return r


def fam_pt_tsv(phi):
    r = Rec("pt_rehab_visit_tsv")
    d = now()
    T = "\t"
    if phi:
        p = mkperson(old=R.random() < 0.15)
        v = R.randrange(3)
        if v == 0:
            r.t("VISIT", T, ts("plain", d), T, "V-%s" % digits(8), T).p(nm(p, R.choice(["lf", "fl"])), "name").t(T)
            r.p(fd(p.dob, "us"), "date").t(T).p(mrn(), "mrn")
            r.t(T, "CPT 97110x%d;97140x1;97530x%d" % (R.randint(1, 4), R.randint(1, 3)), T, "dx %s" % R.choice(["M17.11", "S83.511A", "M75.101", "M54.50", "Z96.651"]))
            r.t(T, "knee flex %d°/ext -%d°" % (R.randint(70, 135), R.randint(0, 10)), T, "FOTO %d→%d" % (R.randint(30, 60), R.randint(50, 80)), T, "visit %d/%d" % (R.randint(1, 12), 12))
            doc = mkperson()
            r.t(T, "PT Dr. %s, DPT lic " % nm(doc, "fl")).p(R.choice(["PT%s" % digits(6), "PT-%s" % digits(5), "%s" % digits(5)]), "license")
            r.t(T, "next ").p(fd(days_after(d, 2, 10), "us"), "date")
        elif v == 1:
            r.t("AUTH", T, ts("plain", d), T, "payer=%s" % R.choice(["Regence BCBS", "Medicare Part B", "Idaho Medicaid", "UHC"]), T, "member=")
            r.p(member_id(), "health_plan").t(T, "pt=").p(nm(p, "fl"), "name").t(T, "auth=PA-%s" % digits(7), T, "visits=%d" % R.randint(6, 24), T, "from=")
            r.p(fd(days_before(d, 0, 10), "iso"), "date").t(T, "KX_threshold=$2,330")
            if p.age >= 90:
                r.t(T, "age=").p(str(p.age), "age")
        else:
            r.t("HEP_INVITE", T, ts("plain", d), T).p(nm(p, "fl"), "name").t(T).p(p.email, "email").t(T).p(fphone(p.ph, "e164"), "phone")
            r.t(T, "program=%s" % R.choice(["TKA phase 2", "RC repair wk 6", "lumbar stab", "ACL recon wk 12"]), T, "sent_by=%s" % staff("_pt"))
            if R.random() < 0.5:
                r.t(T, "parking_plate=").p(plate(), "vehicle")
    else:
        v = R.randrange(3)
        if v == 0:
            r.t("SCHEDULE", T, ts("plain", d), T, "clinic=Kinetic PT Westside", T, "therapist=%s" % staff("_pt"), T, "slots=%d" % R.randint(10, 18), T, "booked=%d" % R.randint(6, 16), T, "cancel=%d" % R.randint(0, 3), T, "noshow=%d" % R.randint(0, 2))
        elif v == 1:
            r.t("OUTCOMES", T, ts("plain", d), T, "cohort=TKA-%dQ%d" % (d.year, R.randint(1, 4)), T, "n=%d" % R.randint(20, 90), T, "mean_FOTO_gain=%.1f" % R.uniform(5, 25), T, "median_age=%d" % R.randint(55, 75), T, "p95_visits=%d" % R.randint(12, 24))
        else:
            r.t("EQUIP", T, ts("plain", d), T, "AlterG Via 400 fw %s" % version(), T, "room %d" % R.randint(1, 6), T, "maint_due=%s" % days_after(d, 20, 200).isoformat(), T, "asset=KPT-%s" % digits(5), T, "vendor=AlterG Inc, 48438 Milmont Dr, Fremont, CA 94538")
    return r


def fam_sleep(phi):
    r = Rec("sleep_lab_psg")
    d = now()
    ws = "PSG-WS%d" % R.randint(1, 8)
    r.t("[%s] [%s] " % (ts("spacedot", d), ws))
    study = "PSG-%s-%02d" % (d.strftime("%y%m%d"), R.randint(1, 12))
    if phi:
        p = mkperson(old=R.random() < 0.35)
        v = R.randrange(4)
        if v == 0:
            r.t('Profusion PSG 4.5.1 StudyStart study=%s type=%s pt="' % (study, R.choice(["SPLIT", "DIAG", "TITRATION", "MSLT"])))
            r.p(nm(p, "lf"), "name").t('" DOB=').p(fd(p.dob, "dMy"), "date")
            if p.age >= 90:
                r.t(" Age=").p(str(p.age), "age")
            else:
                r.t(" Age=%d" % p.age)
            r.t(" ht=%dcm wt=%dkg ESS=%d bed=%d montage=AASM-2.6 fs=256Hz tech=%s" % (R.randint(150, 195), R.randint(45, 140), R.randint(2, 22), R.randint(1, 8), staff("_rpsgt")))
        elif v == 1:
            code = "MCH-%s" % digits(7)
            r.t("edf-export header written file=/data/psg/%d/%s.edf local_patient_id='" % (d.year, study))
            r.p(code, "mrn").t(" %s " % p.sex).p(fd(p.dob, "edf"), "date").t(" ").p(nm(p, "under"), "name")
            r.t("' local_recording_id='Startdate ").p(fd(d.date(), "edf"), "date").t(" %s %s Compumedics_Grael' reserved=EDF+C ndr=%d ns=%d" % (study, staff(""), R.randint(20000, 32000), R.randint(18, 32)))
        elif v == 2:
            r.t("AirView sync device SN ").p(digits(11), "device").t(" (AirSense 11 AutoSet fw SX585-0%d00)" % R.randint(1, 4))
            if R.random() < 0.6:
                r.t(" modem IMEI ").p(imei(), "device")
            r.t(" patient ").p(nm(p, "fl"), "name").t(" compliance30d=%d/30 AHI=%.1f leak95=%dL/min DME=%s" % (R.randint(10, 30), R.uniform(0.5, 9), R.randint(5, 40), R.choice(["Apria", "Lincare", "AdaptHealth"])))
        else:
            r.t("HST WatchPAT ONE assigned serial=").p(device_serial(), "device").t(" ship_to=\"").p(street_line(p), "address")
            r.t(", ").p(p.city, "address").t(", %s " % R.choice([p.state, STATE_NAMES[p.state]])).p(p.zip, "zip")
            r.t('" ph=').p(fphone(p.ph), "phone")
            if R.random() < 0.4:
                r.t(" bt_mac=").p(mac(), "device")
            if R.random() < 0.4:
                r.t(" overnight_parking_plate=").p(plate(), "vehicle")
            r.t(" study=%s" % study)
    else:
        v = R.randrange(4)
        if v == 0:
            r.t("Epoch %d scored N%d; arousal index %.1f/h; SpO2 nadir %d%%; AHI %.1f (3%% rule); scorer=%s" % (
                R.randint(1, 1100), R.randint(1, 3), R.uniform(2, 40), R.randint(70, 94), R.uniform(0, 60), staff("_rpsgt")))
        elif v == 1:
            r.t("Impedance check bed %d: F4-M1 %d kΩ, C4-M1 %d kΩ, O2-M1 %d kΩ, E1-M2 %d kΩ, chin %d kΩ; amp Grael HD fw %s @ %s" % (
                R.randint(1, 8), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(1, 12), version(), priv_ip()))
        elif v == 2:
            r.t("Study %s closed: TST %.1f min, SE %.1f%%, AHI %.1f/h, ODI %.1f, PLMI %.1f, age %d, BMI %.1f; report RPT-%s queued" % (
                study, R.uniform(200, 460), R.uniform(50, 97), R.uniform(0, 70), R.uniform(0, 60), R.uniform(0, 40), R.randint(18, 89), R.uniform(18, 50), digits(6)))
        else:
            vn = VENDORS[2]
            r.t("CPAP fleet report: %d devices online, %d modems offline >7d, firmware SX585-0%d00 on %d%%; support %s, %s, %s %s; ticket %s" % (
                R.randint(200, 900), R.randint(0, 40), R.randint(1, 4), R.randint(40, 100), vn[0], vn[1], vn[2], vn[4], order_no()))
    return r


def fam_hearing(phi):
    r = Rec("hearing_aid_fitting")
    d = now()
    ws = "NOAH-WS%02d" % R.randint(1, 20)
    r.t("%s Noah4 [%s] " % (ts(R.choice(["eu", "plain"]), d), ws))
    inst = R.choice(["Phonak Audéo L90-R", "Oticon Intent 1 miniRITE R", "Signia Pure Charge&Go IX", "ReSound Nexia 9 RIE", "Widex Moment Sheer 440"])
    if phi:
        p = mkperson(old=R.random() < 0.55)
        v = R.randrange(4)
        if v == 0:
            r.t('Module=Phonak Target %s Action=FittingSaved Client="' % version()).p(nm(p, "fl"), "name")
            r.t('" ClientNo=').p("HA-%s" % digits(5), "mrn").t(" DOB=").p(fd(p.dob, "iso"), "date")
            if p.age >= 90:
                r.t(" Age=").p(str(p.age), "age")
            r.t(' Instrument="%s" SN_L=' % inst).p(hearing_serial(), "device").t(" SN_R=").p(hearing_serial(), "device")
            r.t(" Formula=%s Gain2k=%ddB Audiologist=%s" % (R.choice(["NAL-NL2", "DSL v5", "APD 2.0"]), R.randint(10, 40), clin("AuD")))
        elif v == 1:
            c = R.choice(DE_CITIES)
            p.fn = R.choice(["Dagmar", "Jürgen", "Helga", "Wilhelmina", "Leopold", "Ursula", "Klaus", "Gerda"])
            p.ln = R.choice(["Becker", "Müller", "Haas", "Schmidt", "Weiß", "Köhler", "Schröder"])
            r.t("Kunde angelegt: Name=").p(nm(p, R.choice(["fl", "lf"])), "name").t(", Geburtsdatum=").p(fd(p.dob, "eu"), "date")
            if p.age >= 90:
                r.t(", Alter=").p(str(p.age), "age")
            r.t(", Anschrift=").p("%s %d%s" % (R.choice(DE_STREETS), R.randint(1, 120), R.choice(["", "a", "b"])), "address")
            r.t(", ").p(c[1], "zip").t(" ").p(c[0], "address")
            r.t(", Tel.=").p("+49 %s %s %s" % (c[2], nz(4), digits(4)), "phone")
            if R.random() < 0.5:
                r.t(", Telefax=").p("+49 %s %s %s" % (c[2], nz(4), digits(3)), "fax")
            r.t(", KVNR=").p(kvnr(), "health_plan").t(", Krankenkasse=%s, Akustiker=%s" % (R.choice(["AOK Bayern", "TK", "Barmer", "DAK-Gesundheit"]), staff("")))
        elif v == 2:
            r.t("Module=Custom Sound %s Action=MAPSaved Recipient=\"" % version()).p(nm(p, "lf"), "name")
            r.t('" Implant=CI632 S/N ').p(digits(7), "device").t(" Processor=CP1110 S/N ").p(digits(9), "device")
            r.t(" Activation=").p(fd(days_before(d, 10, 400), "iso"), "date").t(" MAP=%d T/C levels updated by %s" % (R.randint(1, 6), clin("AuD")))
        else:
            r.t('Module=Oticon Genie 2 %s Action=RemoteFitSession Client="' % version()).p(nm(p, "fl"), "name")
            r.t('" App=Companion phone_imei=').p(imei(), "device").t(" client_ip=").p(public_ip(), "ip")
            r.t(" email=").p(p.email, "email").t(" duration=%s" % dur())
    else:
        v = R.randrange(3)
        if v == 0:
            r.t("Module update: Signia Connexx %s installed; NOAHlink Wireless 2 fw %s; COM%d; clients affected=0; by %s" % (version4(), version4(), R.randint(3, 9), svc_acct()))
        elif v == 1:
            r.t("Audiometer AC40 unit %d calibration ok (ANSI S3.6-2018), next due %s; tech=%s; ref=CAL-%s" % (R.randint(1, 5), days_after(d, 60, 360).isoformat(), staff(""), digits(6)))
        else:
            vn = VENDORS[8]
            r.t("Order %s confirmed: 2x %s, colour %s, receivers M-%d, vendor %s, %s, %s, %s %s, ETA %s" % (
                order_no(), inst, R.choice(["P1 sand beige", "champagne", "graphite"]), R.randint(0, 3), vn[0], vn[1], vn[2], vn[3], vn[4], days_after(d, 2, 10).isoformat()))
    return r


def fam_onp(phi):
    r = Rec("orthotics_prosthetics_logfmt")
    d = now()
    r.t('time="%s" level=%s svc=op-lab ' % (ts("isooff", d), R.choice(["info", "info", "warn"])))
    case = "OP-%s-%s" % (d.strftime("%y"), digits(4))
    if phi:
        p = mkperson(old=R.random() < 0.1)
        v = R.randrange(3)
        if v == 0:
            r.t('msg="socket fitting" case=%s pt_name="' % case).p(nm(p, "fl"), "name").t('" pt_dob=').p(fd(p.dob, "iso"), "date")
            r.t(" L_codes=L5301,L5637,L5671 K_level=K%d knee=\"%s\" knee_sn=" % (R.randint(2, 4), R.choice(["Ottobock C-Leg 4", "Össur Rheo Knee XC", "Genium X3"])))
            r.p(device_serial(), "device")
            doc = mkperson()
            r.t(' practitioner="%s, CPO" abc_cert=' % nm(doc, "fl")).p("ABC-%s" % digits(6), "license")
        elif v == 1:
            r.t('msg="vehicle modification referral" case=%s client="' % case).p(nm(p, "lf"), "name")
            r.t('" vin=').p(vin(), "vehicle").t(' plate="').p(plate(), "vehicle").t('" dl_no=').p(R.choice([letters(1) + digits(7), digits(8), digits(9)]), "license")
            r.t(' mods="left-foot accelerator, spinner knob" vendor="MobilityWorks" est=$%d' % R.randint(800, 6000))
        else:
            r.t('msg="prior auth submitted" case=%s payer=%s medicaid_id=' % (case, R.choice(["TN Medicaid", "Amerigroup", "BCBST", "Medicare DME MAC J"])))
            r.p(member_id(), "health_plan").t(' pt="').p(nm(p, "fl"), "name").t('" injury_dt=').p(fd(dt.date(R.randint(2015, 2024), R.randint(1, 12), R.randint(1, 28)), "iso"), "date")
            r.t(' addr="').p(street_line(p), "address").t(", ").p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip").t('"')
            r.t(" hcpcs=%s auth_ref=%s" % (R.choice(["L3000", "L1906", "L5856", "L8420"]), order_no()))
    else:
        v = R.randrange(3)
        if v == 0:
            r.t('msg="CAD/CAM carve done" job=CARVE-%s machine=Rodin4D fw=%s duration=%dm material="polypropylene 5mm" case=%s operator=%s' % (
                digits(4), version(), R.randint(10, 90), case, staff("_tech")))
        elif v == 1:
            r.t('msg="inventory received" sku=L5301-PYL-30 lot=%s exp=%s qty=%d po=%s' % (lot(), days_after(d, 200, 900).strftime("%Y-%m"), R.randint(1, 20), order_no()))
        else:
            vn = VENDORS[4]
            r.t('msg="shipment inbound" carrier=FedEx tracking=%s from="%s, %s, %s, %s %s" boxes=%d case=%s' % (
                digits(12), vn[0], vn[1], vn[2], vn[3], vn[4], R.randint(1, 5), case))
    return r


def fam_ivf(phi):
    r = Rec("ivf_witness_json")
    d = now()
    r.t("%s ivf-witness-srv " % ts("iso", d))
    tag = "E200%s" % hexs(20, upper=True)
    if phi:
        v = R.randrange(5)
        p = mkperson(sex="F")
        if p.dob.year < 1975 or p.dob.year > 2000:
            p.dob = dt.date(R.randint(1978, 1998), p.dob.month, p.dob.day)
        if v == 0:
            partner = mkperson(sex="M")
            obj = {"sys": "RI Witness %s" % version(), "evt": R.choice(["WITNESS_MATCH", "WITNESS_MISMATCH"]),
                   "station": R.choice(["ICSI-2", "IVF-1", "ET-ROOM", "CRYO-3"]), "tag": tag,
                   "female": {"name": P(nm(p, "lf"), "name"), "dob": P(fd(p.dob, "iso"), "date"), "id": P("IVF-%s" % digits(6), "mrn")},
                   "male": {"name": P(nm(partner, "fl"), "name")},
                   "step": R.choice(["ICSI", "OPU", "DENUDATION", "VITRIFY", "THAW"]), "embryologist": staff("_emb")}
        elif v == 1:
            c = R.choice(DE_CITIES)
            p.fn = R.choice(["Sofia", "Lena", "Hannah", "Mia", "Anja", "Katharina", "Ayşe"])
            obj = {"Zeit": ts("eu", d), "Ereignis": "Zyklus angelegt", "Patientin": P(nm(p, "fl"), "name"),
                   "Geburtsdatum": P(fd(p.dob, "eu"), "date"), "Versichertennummer": P(kvnr(), "health_plan"),
                   "Anschrift": P("%s %d" % (R.choice(DE_STREETS), R.randint(1, 90)), "address"), "PLZ": P(c[1], "zip"), "Ort": P(c[0], "address"),
                   "Telefon": P("0%s %s%s" % (c[2], nz(3), digits(4)), "phone"), "E-Mail": P(p.email.split("@")[0] + "@" + R.choice(["gmx.de", "web.de", "t-online.de"]), "email"),
                   "Punktion": P(fd(days_after(d, 5, 20), "iso"), "date"), "Zyklus": "Z-%s" % digits(5), "Labor": staff("")}
            if R.random() < 0.4:
                obj["IBAN"] = P(iban_de(), "account")
        elif v == 2:
            c = R.choice(ES_CITIES)
            p.fn = R.choice(["Carmen", "Lucía", "Valentina", "Ximena", "Beatriz", "Isabel"])
            p.ln = R.choice(["Ramírez", "Fernández", "García", "Romero", "Castillo", "Alvarez"])
            obj = {"evento": "alta_receptora", "donante": P("DNT-%s" % digits(4), "other_id"),
                   "receptora": {"nombre": P(nm(p, "fl"), "name"), "DNI": P(dni(), "other_id"), "fecha_nac": P(fd(p.dob, "dmy"), "date"),
                                 "domicilio": P("%s %d, %dº %s" % (R.choice(ES_STREETS), R.randint(1, 200), R.randint(1, 8), R.choice("ABCD")), "address"),
                                 "CP": P(c[1], "zip"), "ciudad": P(c[0], "address"), "tel": P("+34 6%s %s %s" % (digits(2), digits(3), digits(3)), "phone")},
                   "transferencia": P(fd(days_after(d, 3, 30), "iso"), "date"), "biologo": staff("")}
        elif v == 3:
            meth = R.choice(["fingerprint", "palm_vein"])
            if meth == "fingerprint":
                bkey, bval = R.choice(["fpTemplateB64", "minutiae_b64", "fingerTpl"]), fp_template()
            else:
                bkey, bval = R.choice(["palmTemplate", "bioTemplate", "veinTplB64"]), generic_template()
            obj = {"evt": "PATIENT_ID_VERIFY", "method": meth, "station": "OR-%d" % R.randint(1, 3),
                   "patientRef": P("IVF-%s" % digits(6), "mrn"), bkey: P(bval, "biometric"),
                   "score": R.randint(40, 99), "threshold": 35, "operator": staff("_rn")}
            if R.random() < 0.5:
                obj["idPhotoUrl"] = P("https://ivf-id-photos.s3.amazonaws.com/patients/%s/face.jpg" % uuid4(), "photo")
        else:
            nat = R.choice(["MX", "IN", "CA", "NG", "BR"])
            cc = {"MX": "52", "IN": "91", "CA": "1", "NG": "234", "BR": "55"}[nat]
            obj = {"evt": "intl_patient_registered", "name": P(nm(p, "fl"), "name"), "passport": P(passport(), "other_id"),
                   "nationality": nat, "dob": P(fd(p.dob, "iso"), "date"),
                   "whatsapp": P("+%s %s %s" % (cc, nz(3), digits(7)), "phone"),
                   "fundraiser": P(personal_url(p), "url"), "coordinator": staff("")}
            if obj["nationality"] == "MX" and R.random() < 0.7:
                obj["curp"] = P(curp(p), "other_id")
            elif obj["nationality"] == "IN" and R.random() < 0.7:
                obj["aadhaar"] = P(aadhaar(), "other_id")
            elif obj["nationality"] == "CA" and R.random() < 0.7:
                obj["sin"] = P(sin_ca(), "other_id")
        emit_json(r, obj, sp=R.random() < 0.5)
    else:
        v = R.randrange(4)
        if v == 0:
            obj = {"evt": "RFID_TAG_PROVISIONED", "tag": tag, "workstation": "LAB-%d" % R.randint(1, 5), "fw": version(), "printer": "ZD621R", "batch": "TAGB-%s" % digits(5)}
        elif v == 1:
            obj = {"evt": "TIMELAPSE_FRAME", "device": "EmbryoScope+", "slide": "ES-%s" % digits(4), "well": R.randint(1, 16), "t_hpi": round(R.uniform(0, 140), 1),
                   "focal_um": R.choice([-45, -30, -15, 0, 15, 30, 45]), "frame": R.randint(1, 2000), "grade": R.choice(["4AA", "3BB", "5AB", "2CC"])}
        elif v == 2:
            obj = {"evt": "LN2_LEVEL", "dewar": "D-%d" % R.randint(1, 12), "level_pct": R.randint(20, 100), "threshold_pct": 40, "temp_c": round(R.uniform(-196, -190), 1), "alarm": R.choice([True, False]), "sensor_fw": version()}
        else:
            obj = {"evt": "MEDIA_LOT_RECEIVED", "product": R.choice(["G-TL", "Global Total LP", "SAGE 1-Step"]), "lot": lot(), "exp": days_after(d, 30, 300).isoformat(),
                   "supplier": "Vitrolife Inc, 3601 S Inca St, Englewood, CO 80110", "qa": "PASS", "received_by": staff("")}
        emit_json(r, obj, sp=R.random() < 0.5)
    return r


def frames(n=3):
    pkgs = ["com.specialtycare.registration.PatientRepo.save", "com.specialtycare.registration.PatientService.register",
            "com.specialtycare.unet.DonorLinkService.link", "com.specialtycare.eligibility.EligClient.check",
            "com.specialtycare.notify.MailSender.send", "org.springframework.web.servlet.FrameworkServlet.service",
            "com.specialtycare.renal.FlowsheetImporter.importRow", "jdk.internal.reflect.GeneratedMethodAccessor.invoke"]
    return "".join(" at %s(%s.java:%d)" % (f, f.split(".")[-2], R.randint(20, 900)) for f in R.sample(pkgs, n))


def fam_java(phi):
    r = Rec("java_exception")
    d = now()
    r.t("%s ERROR [%s] " % (ts("spacedot", d), R.choice(["http-nio-8443-exec-%d" % R.randint(1, 60), "scheduling-1", "kafka-consumer-3", "main"])))
    if phi:
        p = mkperson(old=R.random() < 0.15)
        v = R.randrange(6)
        if v == 0:
            r.t("o.h.e.j.s.SqlExceptionHelper - Duplicate entry '").p("%s-%s" % (p.ln, p.fn), "name")
            r.t("-").p(fd(p.dob, "iso"), "date").t("' for key 'uk_patient_demo'")
        elif v == 1:
            r.t("c.s.r.web.ApiExceptionHandler - javax.validation.ConstraintViolationException: register.arg0.homePhone: must match \"^\\d{10}$\" (rejected value [")
            r.p(fphone(p.ph, R.choice(["dash", "paren", "dot"])), "phone").t("])")
        elif v == 2:
            r.t("c.s.u.DonorLinkService - java.lang.IllegalStateException: MRN ").p(mrn(), "mrn").t(" already linked to donor ").p(unos_donor(), "other_id")
        elif v == 3:
            r.t("c.s.e.EligClient - HttpClientErrorException$BadRequest: 400 from POST https://api.clearinghouse.example/v3/eligibility: {\"error\":\"member ")
            r.p(member_id(), "health_plan").t(" not found for DOB ").p(fd(p.dob, "iso"), "date").t("\"}")
        elif v == 4:
            r.t("c.s.n.MailSender - jakarta.mail.SendFailedException: Invalid Addresses; nested exception is: 550 5.1.1 <").p(p.email, "email").t(">: Recipient address rejected: User unknown")
        else:
            r.t("c.s.r.FlowsheetImporter - java.lang.NumberFormatException: For input string: \"").p(ssn(), "ssn").t("\" (field guarantorSsn, row %d)" % R.randint(2, 400))
        r.t(frames(R.randint(2, 4)))
    else:
        v = R.randrange(5)
        if v == 0:
            r.t("c.s.r.FlowsheetImporter - java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.getYear()\" because \"row.treatmentDate\" is null (row %d, file flowsheet_%s.csv)" % (R.randint(2, 400), d.strftime("%Y%m%d")))
        elif v == 1:
            r.t("c.s.a.AriaBridge - java.net.SocketTimeoutException: Connect timed out: aria-db01.onc.internal/%s:1433 after %dms" % (priv_ip(), R.choice([5000, 10000, 30000])))
        elif v == 2:
            r.t("com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Connection is not available, request timed out after 30000ms (total=%d, active=%d, idle=0, waiting=%d)" % (R.randint(10, 50), R.randint(10, 50), R.randint(1, 40)))
        elif v == 3:
            r.t("o.h.e.j.s.SqlExceptionHelper - OptimisticLockException: Row was updated or deleted by another transaction [com.specialtycare.pm.Appointment#%d]" % R.randint(100000, 999999))
        else:
            r.t("o.s.b.SpringApplication - Application run failed: Could not resolve placeholder 'unet.api.key' in value \"${unet.api.key}\" (profile=prod, build %s, commit %s)" % (version(), hexs(12)))
        r.t(frames(R.randint(2, 4)))
    return r


def fam_sql(phi):
    r = Rec("sql_audit_log")
    d = now()
    r.t("%s UTC [%d] %s@%s LOG:  " % (d.strftime("%Y-%m-%d %H:%M:%S.") + digits(3), R.randint(1000, 60000), R.choice(["svc_dialysis_etl", "svc_opendental", "app_rw", "etl_renal", "svc_noah"]),
                                     R.choice(["renal", "dentalpm", "onc_rv", "hearing", "transplant"])))
    if phi:
        p = mkperson(old=R.random() < 0.15, apostrophe=False)
        v = R.randrange(4)
        if v == 0:
            r.t("statement: UPDATE patients SET home_phone='").p(fphone(p.ph, R.choice(["paren", "dash", "plain"])), "phone")
            r.t("', email='").p(p.email, "email").t("', updated_at=now() WHERE mrn='").p(mrn(), "mrn").t("';")
        elif v == 1:
            r.t("statement: INSERT INTO guarantors (last_name, first_name, ssn, dob, addr1, city, state, zip) VALUES ('")
            r.p(p.ln, "name").t("', '").p(p.fn, "name").t("', '").p(ssn(), "ssn").t("', '").p(fd(p.dob, "iso"), "date")
            r.t("', '").p(street_line(p), "address").t("', '").p(p.city, "address").t("', '%s', '" % p.state).p(p.zip, "zip").t("') RETURNING id;")
        elif v == 2:
            r.t("duration: %.3f ms  statement: SELECT * FROM transplant_candidates WHERE wl_id = '" % R.uniform(0.2, 90)).p(wl_id(), "other_id")
            r.t("' OR (last_name = '").p(p.ln, "name").t("' AND dob = '").p(fd(p.dob, "iso"), "date").t("') LIMIT 50;")
        else:
            r.t("statement: UPDATE hearing_devices SET serial_left = '").p(hearing_serial(), "device").t("', serial_right = '").p(hearing_serial(), "device")
            r.t("', fitted_on = '").p(fd(days_before(d, 0, 5), "iso"), "date").t("' WHERE client_no = '").p("HA-%s" % digits(5), "mrn").t("';")
    else:
        v = R.randrange(5)
        if v == 0:
            r.t("duration: %.3f ms  statement: SELECT count(*) FROM appointments WHERE op_id = %d AND appt_date >= '%s' AND status <> 'CANCELLED';" % (R.uniform(0.2, 900), R.randint(1, 9), days_before(d, 0, 30).isoformat()))
        elif v == 1:
            r.t("automatic vacuum of table \"renal.public.flowsheet_rows\": index scans: 1, pages: %d removed, %d remain, tuples: %d removed, %d remain" % (R.randint(0, 900), R.randint(1000, 90000), R.randint(0, 90000), R.randint(100000, 9000000)))
        elif v == 2:
            r.t("checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (R.randint(100, 90000), R.uniform(0, 30), R.randint(0, 5), R.randint(0, 9), R.uniform(0, 300), R.uniform(0, 2), R.uniform(0, 300)))
        elif v == 3:
            r.t("statement: ALTER TABLE perio_measurements ADD COLUMN cal_mm smallint CHECK (cal_mm BETWEEN 0 AND 15); -- migration V%d__perio_cal.sql" % R.randint(100, 400))
        else:
            r.t("process %d detected deadlock while waiting for ShareLock on transaction %d after %.3f ms; DETAIL: Process holding the lock: %d. Wait queue: %d." % (R.randint(1000, 60000), R.randint(10 ** 7, 10 ** 8), R.uniform(1000, 2000), R.randint(1000, 60000), R.randint(1000, 60000)))
    return r


def fam_cef(phi):
    r = Rec("cef_security")
    d = now()
    if phi:
        p = mkperson()
        v = R.randrange(5)
        if v == 4:
            r.t("CEF:0|Nuance|Gatekeeper|%s|VOICE_ENROLL|Caller voiceprint enrolled|3|rt=%s src=%s ani=" % (version(), ts("epoch", d), priv_ip()))
            r.p(fphone(p.ph, "e164"), "phone").t(" duser=").p(nm(p, "fl"), "name").t(" cs1Label=voiceprint cs1=").p(generic_template(), "biometric")
            r.t(" cn1Label=netSpeechSec cn1=%d" % R.randint(8, 40))
        elif v == 0:
            r.t("CEF:0|Imprivata|PatientSecure|%s|PALM_ENROLL|Palm vein enrolled|3|rt=%s src=%s suser=%s duser=" % (version(), ts("syslog", d) + " " + str(d.year), priv_ip(), R.choice(["kiosk03", "kiosk-lobby-2", staff("_reg")])))
            r.p(nm(p, "fl"), "name").t(" cs1Label=MRN cs1=").p(mrn(), "mrn").t(" cs2Label=palmTemplate cs2=").p(generic_template(), "biometric")
        elif v == 1:
            r.t("CEF:0|BrightSmile|PatientPortal|%s|AUTH_SUCCESS|Portal login|2|rt=%s src=" % (version(), ts("epoch", d))).p(public_ip(), "ip")
            r.t(" suser=").p(p.email, "email").t(" requestClientApplication=%s outcome=success cs3Label=mfa cs3=%s" % (R.choice(UAS[:3]).split(" (")[0], R.choice(["sms", "totp", "none"])))
        elif v == 2:
            r.t("CEF:0|Kinetic|HEPPortal|%s|OTP_SENT|Password reset OTP sent|4|rt=%s src=" % (version(), ts("epoch", d))).p(public_ip(), "ip")
            r.t(" duser=").p(nm(p, "fl"), "name").t(" cs4Label=otpDest cs4=").p(fphone(p.ph, "e164"), "phone").t(" act=otp_sent cn1Label=attempt cn1=%d" % R.randint(1, 3))
        else:
            r.t("CEF:0|Imprivata|PatientSecure|%s|PHOTO_CAPTURE|Patient photo captured|2|rt=%s src=%s duser=" % (version(), ts("epoch", d), priv_ip()))
            r.p(nm(p, "lf"), "name").t(" fname=").p(R.choice(["/opt/ps/photos/%s.jpg" % uuid4(), "data:image/png;base64," + png_b64()]), "photo").t(" cs1Label=MRN cs1=").p(mrn(), "mrn")
    else:
        v = R.randrange(4)
        if v == 0:
            r.t("CEF:0|Fortinet|FortiGate|7.2.%d|0000000013|traffic:forward accept|3|src=%s dst=%s dpt=%d proto=6 app=%s duration=%d sentbyte=%d rcvdbyte=%d policyid=%d" % (
                R.randint(1, 8), priv_ip(), priv_ip(), R.choice([104, 11112, 443, 1433, 6661, 2575]), R.choice(["DICOM", "HL7", "HTTPS", "MSSQL"]), R.randint(1, 900), R.randint(100, 10 ** 7), R.randint(100, 10 ** 7), R.randint(1, 200)))
        elif v == 1:
            r.t("CEF:0|BrightSmile|PatientPortal|%s|AUTH_FAIL|Service login failed|5|rt=%s src=%s suser=%s reason=expired_token cs1Label=client cs1=%s" % (version(), ts("epoch", d), priv_ip(), svc_acct(), uuid4()))
        elif v == 2:
            r.t("CEF:0|Tenable|Nessus|10.%d.%d|19506|Scan completed|1|rt=%s dhost=%s.specialty.local cnt=%d cs1Label=policy cs1=PCI-Internal cs2Label=scanId cs2=%s" % (
                R.randint(0, 8), R.randint(0, 4), ts("epoch", d), R.choice(["dent-pm01", "aria-app01", "noah-ws12", "ivf-witness-srv"]), R.randint(0, 40), uuid4()))
        else:
            r.t("CEF:0|Venafi|TLSProtect|%s|CERT_EXPIRING|Certificate expiring|6|rt=%s cs1Label=CN cs1=portal.kineticpt.example cs2Label=notAfter cs2=%s cs3Label=serial cs3=%s" % (
                version(), ts("epoch", d), days_after(d, 5, 40).isoformat(), ":".join(hexs(2) for _ in range(16))))
    return r


def fam_winevent(phi):
    r = Rec("windows_event")
    d = now()
    comp = R.choice(["DENT-OP%d.bsd.local" % R.randint(1, 9), "DEXIS-SRV01.bsd.local", "FRONTDESK-02.bsd.local"])
    r.t("EventID=")
    if phi:
        p = mkperson(old=R.random() < 0.15)
        v = R.randrange(3)
        if v == 0:
            lnf = ascii_only(p.ln).upper().replace(" ", "").replace("'", "")
            r.t("4663 TimeCreated=%s.%s Computer=%s Channel=Security SubjectUserName=%s ObjectName=C:\\Dexis\\Images\\" % (d.strftime("%Y-%m-%dT%H:%M:%S"), digits(7) + "Z", comp, staff("_rdh")))
            r.p("%s_%s" % (lnf, ascii_only(p.fn).upper()), "name").t("_").p(fd(p.dob, "hl7"), "date")
            r.t("\\%s_%03d.dcm AccessMask=0x1 ProcessName=C:\\Program Files (x86)\\Dexis\\Dexis.exe" % (R.choice(["pano", "bwx", "pa", "ceph"]), R.randint(1, 40)))
        elif v == 1:
            r.t("307 TimeCreated=%s Computer=%s Channel=Microsoft-Windows-PrintService/Operational Message=\"Document %d, Recall letter - " % (d.strftime("%Y-%m-%dT%H:%M:%S"), comp, R.randint(1, 900)))
            r.p(nm(p, "lf"), "name").t(" owned by %s on %s was printed on HP-FRONTDESK through port IP_%s. Size in bytes: %d. Pages printed: %d.\"" % (staff(""), comp.split(".")[0], priv_ip(), R.randint(10000, 900000), R.randint(1, 3)))
        else:
            r.t("1000 TimeCreated=%s Computer=%s Channel=Application Source=DexisImaging Message=\"Photo import for chart " % (d.strftime("%Y-%m-%dT%H:%M:%S"), comp))
            m = mrn()
            r.p(m, "mrn").t(" (").p(nm(p, "fl"), "name").t(") saved to ").p("C:\\ProgramData\\Dexis\\Photos\\%s\\face_%s.jpg" % (m, R.choice(["smile", "frontal", "profile_r"])), "photo")
            r.t(" by %s\"" % staff("_da"))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t("4624 TimeCreated=%s Computer=%s Channel=Security LogonType=%d TargetUserName=%s IpAddress=%s WorkstationName=%s LogonProcessName=NtLmSsp" % (
                d.strftime("%Y-%m-%dT%H:%M:%S"), comp, R.choice([2, 3, 10]), R.choice([svc_acct(), staff("")]), priv_ip(), comp.split(".")[0]))
        elif v == 1:
            r.t("7036 TimeCreated=%s Computer=%s Channel=System Message=\"The Dexis Imaging Service %s service entered the %s state.\"" % (d.strftime("%Y-%m-%dT%H:%M:%S"), comp, version4(), R.choice(["running", "stopped"])))
        elif v == 2:
            r.t("4740 TimeCreated=%s Computer=%s Channel=Security TargetUserName=%s CallerComputerName=%s Message=\"A user account was locked out.\"" % (d.strftime("%Y-%m-%dT%H:%M:%S"), comp, staff(""), comp.split(".")[0]))
        else:
            r.t("19 TimeCreated=%s Computer=%s Channel=System Source=WindowsUpdateClient Message=\"Installation Successful: KB50%s (build 19045.%d)\"" % (d.strftime("%Y-%m-%dT%H:%M:%S"), comp, digits(5), R.randint(3000, 4800)))
    return r


def fam_sms(phi):
    r = Rec("sms_reminder_gateway")
    d = now()
    kind = R.choice(list(PRACTICES))
    clinic_num = "+1" + PRACTICES[kind][5]
    r.t("%s [notify-worker-%d] " % (ts("plain", d), R.randint(1, 6)))
    if phi:
        p = mkperson()
        appt = days_after(d, 1, 10)
        v = R.randrange(3)
        if v == 0:
            r.t("twilio.send sid=SM%s to=" % hexs(32)).p("+1" + p.ph, "phone").t(" from=%s status=queued body=\"Hi " % clinic_num)
            r.p(p.fn, "name").t(", reminder: your %s at %s is on " % (R.choice(["cleaning", "PT session", "sleep study", "fitting", "eye exam"]), PRACTICES[kind][0]))
            r.p(fd(appt, R.choice(["md", "us", "mon"])), "date").t(" at %d:%s %s. Reply C to confirm, R to reschedule.\"" % (R.randint(1, 12), R.choice(["00", "15", "30", "45"]), R.choice(["AM", "PM"])))
        elif v == 1:
            p.fn = R.choice(["Carmen", "Raúl", "Ximena", "Santiago", "Lucía", "Diego"])
            r.t("twilio.send sid=SM%s to=" % hexs(32)).p(fphone(p.ph, "e164"), "phone").t(" lang=es body=\"Hola ")
            r.p(nm(p, "fl"), "name").t(", su cita de diálisis es el ").p(fd(appt, "dmy"), "date").t(" a las %d:00. Estación %d.\"" % (R.randint(6, 18), R.randint(1, 24)))
        else:
            r.t("sendgrid.send msgid=%s.%s to=" % (alnum(22, string.ascii_letters + string.digits), digits(4))).p(p.email, "email")
            r.t(" template=recall_6mo_v3 vars={first:").p(p.fn, "name").t(", due:").p(fd(appt, "iso"), "date").t("} from=no-reply@notify.%s-clinic.example status=202" % kind)
    else:
        v = R.randrange(3)
        if v == 0:
            r.t("twilio.status sid=SM%s status=delivered err=null price=-0.00%d USD segments=%d from=%s" % (hexs(32), R.randint(70, 99), R.randint(1, 3), clinic_num))
        elif v == 1:
            r.t("template 'recall_6mo_v%d' updated by %s; vars=[first,due,clinic_phone]; clinic_phone=%s; preview_ms=%d" % (R.randint(1, 5), staff(""), fphone(PRACTICES[kind][5]), R.randint(3, 90)))
        else:
            r.t("rate limiter: 1 msg/s per number, queue depth %d, oldest %s, messaging service MG%s, retry in %s" % (R.randint(0, 900), dur(), hexs(32), dur()))
    return r


def fam_fax(phi):
    r = Rec("fax_gateway")
    d = now()
    kind = R.choice(list(PRACTICES))
    own_fax = PRACTICES[kind][6]
    r.t("%s RightFax[FAXSRV01] " % ts(R.choice(["us", "plain"]), d))
    if phi:
        p = mkperson(old=R.random() < 0.2)
        v = R.randrange(4)
        if v == 0:
            r.t("OUT job=F-%s to=" % digits(7)).p(fphone(rand_phone10(p.area), R.choice(["one", "paren", "dash", "intl"])), "fax")
            r.t(' recipient="').p(nm(p, "fl"), "name").t(' (patient)" doc="Records release - %s.pdf" pages=%d status=SENT csid="%s" from=%s' % (
                R.choice(["perio chart", "OCT report", "audiogram", "PSG report", "treatment summary"]), R.randint(1, 30), PRACTICES[kind][0][:20].upper(), fphone(own_fax)))
        elif v == 1:
            r.t("IN job=F-%s from=" % digits(7)).p(fphone(rand_phone10(p.area), "dash"), "fax").t(" csid='HOME FAX' pages=%d ocr=\"Authorization to release records for " % R.randint(1, 5))
            r.p(nm(p, "fl"), "name").t(" DOB ").p(fd(p.dob, R.choice(["us", "usn"])), "date").t(" signed ").p(fd(days_before(d, 0, 5), "usn"), "date").t("\" routed_to=HIM")
        elif v == 2:
            g = mkperson()
            r.t("OUT job=F-%s to=" % digits(7)).p(fphone(rand_phone10(g.area), "paren"), "fax").t(' recipient="guarantor ').p(nm(g, "lf"), "name")
            r.t(' (employer fax)" doc="Statement acct ').p(pat_acct(), "account").t('.pdf" pages=%d status=%s' % (R.randint(1, 4), R.choice(["SENT", "BUSY_RETRY", "NO_ANSWER"])))
        else:
            r.t("IN job=F-%s from=" % digits(7)).p("+49 %s %s %s" % (R.choice(DE_CITIES)[2], nz(4), digits(3)), "fax")
            r.t(" ocr=\"Telefax an %s - Patientin " % PRACTICES[kind][0]).p(nm(p, "fl"), "name").t(", geb. ").p(fd(p.dob, "eu"), "date")
            r.t(", Rückruf unter ").p("+49 1%s %s" % (digits(2), digits(7)), "phone").t("\" pages=%d" % R.randint(1, 4))
    else:
        v = R.randrange(4)
        if v == 0:
            r.t('OUT job=F-%s to=%s recipient="%s office (referring)" doc="Consult note.pdf" pages=%d status=SENT from=%s' % (
                digits(7), fphone(rand_phone10(), "one"), clin(), R.randint(1, 12), fphone(own_fax)))
        elif v == 1:
            r.t("modem line %d ready, T.38 gateway %s:%d, codec G.711u, ECM on, v34 enabled, driver %s" % (R.randint(1, 8), priv_ip(), R.choice([5060, 4000]), version4()))
        elif v == 2:
            r.t("cover sheet template '%s cover v%d' updated by %s; header=\"%s  Fax %s  Phone %s\"" % (
                PRACTICES[kind][0], R.randint(1, 6), svc_acct(), PRACTICES[kind][1], fphone(own_fax), fphone(PRACTICES[kind][5])))
        else:
            r.t("queue stats: pending=%d sending=%d failed_24h=%d avg_pages=%.1f avg_duration=%s busiest_line=%d" % (R.randint(0, 60), R.randint(0, 8), R.randint(0, 20), R.uniform(1, 12), dur(), R.randint(1, 8)))
    return r


def fam_kiosk(phi):
    r = Rec("kiosk_checkin")
    d = now()
    k = R.choice(["kiosk-lobby-2", "kiosk03", "kiosk-onc-1", "kiosk-renal-A"])
    r.t("%s %s checkin-agent[%d]: " % (ts("syslog", d), k, R.randint(100, 9000)))
    if phi:
        p = mkperson(old=R.random() < 0.2)
        v = R.randrange(4)
        if v == 0:
            r.t("DL scan ok state=%s dl_no=" % p.state).p(R.choice([letters(1) + digits(7), digits(9), letters(1) + digits(12), digits(3) + " " + digits(3) + " " + digits(3)]), "license")
            r.t(" name=\"").p(nm(p, "LF"), "name").t("\" dob=").p(fd(p.dob, "us"), "date")
            r.t(" addr=\"").p(street_line(p).upper(), "address").t(", ").p(p.city.upper(), "address").t(", %s " % p.state).p(p.zip, "zip")
            r.t("\" iin=636%s class=C pdf417_ver=%d" % (digits(3), R.randint(8, 10)))
        elif v == 1:
            r.t("insurance card OCR payer=\"%s\" member=" % R.choice(["Aetna", "BCBS", "UnitedHealthcare", "Humana", "Medicare"])).p(member_id(), "health_plan")
            r.t(" group=%s rxbin=%s rxpcn=%s subscriber=\"" % (digits(6), digits(6), R.choice(["ADV", "MEDDPRIME", "9999"]))).p(nm(p, "FL"), "name").t("\" conf=0.%d" % R.randint(80, 99))
        elif v == 2:
            r.t("palm vein match score=%d template=" % R.randint(40, 99)).p(generic_template(), "biometric").t(" mrn=").p(mrn(), "mrn")
            if R.random() < 0.5:
                r.t(" photo=").p("data:image/jpeg;base64," + jpeg_b64(), "photo")
        else:
            r.t("self check-in complete pt=\"").p(nm(p, "fl"), "name").t("\" appt=%s " % ("A" + digits(6))).p(fd(d.date(), "iso"), "date")
            r.t(" copay=$%d card=" % R.choice([0, 20, 35, 50])).p(card_number(" "), "account")
            if R.random() < 0.6:
                r.t(" parking_validation plate=").p(plate(), "vehicle")
            if p.age >= 90:
                r.t(" age=").p(str(p.age), "age")
            elif R.random() < 0.3:
                r.t(" age=%d" % p.age)
    else:
        v = R.randrange(3)
        if v == 0:
            r.t("heartbeat fw=%s printer=ok paper=%d%% uptime=%dd%dh ip=%s scanner=Honeywell Xenon 1952g" % (version(), R.randint(5, 100), R.randint(0, 40), R.randint(0, 23), priv_ip()))
        elif v == 1:
            r.t("queue ticket %s-%03d called to window %d wait=%s dept=%s" % (R.choice("ABCR"), R.randint(1, 300), R.randint(1, 8), dur(), R.choice(["Dental", "Renal", "Oncology", "Audiology"])))
        else:
            r.t("payment terminal Lane/3000 tid=%s batch %s closed total=$%d.%02d txns=%d host=%s:%d" % (digits(8), digits(6), R.randint(100, 9000), R.randint(0, 99), R.randint(3, 90), priv_ip(), R.choice([443, 9001])))
    return r


FAMILIES = [fam_dental_pm, fam_x12, fam_ada_json, fam_dicom, fam_cl_order, fam_hl7_dialysis, fam_dialysis_flow,
            fam_infusion, fam_fhir, fam_tumor_board, fam_rt_xml, fam_transplant, fam_opo_docker, fam_pt_access,
            fam_pt_tsv, fam_sleep, fam_hearing, fam_onp, fam_ivf, fam_java, fam_sql, fam_cef, fam_winevent,
            fam_sms, fam_fax, fam_kiosk]


# --------------------------------------------------------------------------
# build, check, write
# --------------------------------------------------------------------------
def plan():
    slots = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    slots.sort(key=lambda f: FAMILIES.index(f))
    flags = []
    for j in range(N_LINES):
        neg = int((j + 1) * NEG_FRACTION) > int(j * NEG_FRACTION)
        flags.append(not neg)
    order = list(zip(slots, flags))
    R.shuffle(order)
    return order


def check(line, spans, phi, family):
    assert "\n" not in line and "\r" not in line, family
    b = line.encode("utf-8")
    if not phi:
        assert spans == [], (family, line)
        return
    assert spans, (family, line)
    prev_end = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        s, e, v = sp["s"], sp["e"], sp["v"]
        assert 0 <= s < e <= len(b), (family, sp)
        assert b[s:e] == v.encode("utf-8"), (family, sp, b[s:e])
        assert v == v.strip() and v, (family, repr(v))
        assert s >= prev_end, ("overlap", family, line, sp)
        prev_end = e


def main():
    order = plan()
    logs, labels = [], []
    cat_counts = Counter()
    fam_counts = Counter()
    phi_lines = 0
    for n, (fam, phi) in enumerate(order, 1):
        rec = fam(phi)
        line, spans = rec.render()
        check(line, spans, phi, rec.family)
        if spans:
            phi_lines += 1
        for sp in spans:
            cat_counts[sp["cat"]] += 1
        fam_counts[rec.family] += 1
        logs.append(line)
        labels.append({"line": n, "family": rec.family,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in sorted(spans, key=lambda x: x["s"])]})
    assert len(logs) == N_LINES
    neg = N_LINES - phi_lines
    assert abs(neg / N_LINES - NEG_FRACTION) < 0.02, neg
    missing = [c for c in CATS if cat_counts[c] < MIN_PER_CAT]
    assert not missing, ("categories under %d" % MIN_PER_CAT, {c: cat_counts[c] for c in missing})
    with open(LOG_PATH, "w", encoding="utf-8", newline="\n") as f:
        for l in logs:
            f.write(l + "\n")
    with open(LABEL_PATH, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, separators=(",", ":")) + "\n")
    # re-read and verify the written files against the labels
    with open(LOG_PATH, "rb") as f:
        raw = f.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1
    with open(LABEL_PATH, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    for i, (rl, lab) in enumerate(zip(raw, labs), 1):
        assert lab["line"] == i
        for sp in lab["spans"]:
            assert rl[sp["s"]:sp["e"]].decode("utf-8").strip() == rl[sp["s"]:sp["e"]].decode("utf-8")
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d" % phi_lines)
    print("lines without PHI: %d (%.1f%%)" % (neg, 100.0 * neg / N_LINES))
    print("families: %d" % len(fam_counts))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, cat_counts[c]))
    print("total spans: %d" % sum(cat_counts.values()))


if __name__ == "__main__":
    main()
