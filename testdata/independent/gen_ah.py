#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "ah".

Theme: government health and benefits programs (state Medicaid eligibility and
enrollment, SNAP/TANF integration, SSA disability determination services,
VA / IHS record interfaces, state HIEs, public benefits portals and call
centers, managed care enrollment brokers, Medicare Part D LIS files, child
support / paternity, corrections reentry referrals, caseworker access audit).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ah.log and ah.labels.jsonl next to this file.
All people, numbers and identifiers are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import sys

SEED = 0xA4_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ---------------------------------------------------------------------------
# span markers: M(cat, value) embeds a labelled value inside an ordinary string
# ---------------------------------------------------------------------------
MK_A, MK_B, MK_C = "\ue000", "\ue001", "\ue002"


def M(cat, value):
    assert cat in CATS, cat
    value = str(value)
    assert value and value == value.strip(), repr(value)
    assert MK_A not in value and MK_B not in value and MK_C not in value
    return f"{MK_A}{cat}{MK_B}{value}{MK_C}"


def unmark(marked):
    """Return (plain_text, spans) where spans carry UTF-8 byte offsets."""
    out = bytearray()
    spans = []
    i = 0
    n = len(marked)
    while i < n:
        ch = marked[i]
        if ch == MK_A:
            j = marked.index(MK_B, i)
            k = marked.index(MK_C, j)
            cat = marked[i + 1:j]
            val = marked[j + 1:k]
            assert MK_A not in val, "nested marker"
            b = val.encode("utf-8")
            spans.append({"s": len(out), "e": len(out) + len(b), "cat": cat, "v": val})
            out += b
            i = k + 1
        else:
            assert ch not in (MK_B, MK_C), "stray marker"
            out += ch.encode("utf-8")
            i += 1
    return out.decode("utf-8"), spans


def jd(obj):
    """Compact-ish JSON as real services print it (non-ASCII kept raw)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def jds(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


# ---------------------------------------------------------------------------
# clock for log timestamps (never labelled)
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
         "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 5, 58, 12, 104000)

    def tick(self):
        self.t += dt.timedelta(seconds=R.randint(1, 420), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()


def ts_iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_iso_off(t, off="-06:00"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}{off}"


def ts_space_ms(t, sep="."):
    return t.strftime("%Y-%m-%d %H:%M:%S") + f"{sep}{t.microsecond // 1000:03d}"


def ts_syslog(t):
    return f"{MON3[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def ts_clf(t, off="-0600"):
    return f"{t.day:02d}/{MON3[t.month - 1]}/{t.year}:{t:%H:%M:%S} {off}"


def ts_compact(t):
    return t.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------------------
# PHI date formatting (person-related dates)
# ---------------------------------------------------------------------------
def fdate(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_np":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "dmon":
        return f"{d.day:02d}-{MON3[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def near_date(lo_days=-400, hi_days=120):
    base = dt.date(2024, 3, 11)
    return base + dt.timedelta(days=R.randint(lo_days, hi_days))


# ---------------------------------------------------------------------------
# name / place pools (synthetic combinations)
# ---------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Priya", "Mei", "Fatima", "Olga", "Guadalupe", "Keisha",
           "Linh", "Amara", "Sofia", "Yolanda", "Hannah", "Tamika", "Ngozi", "Leilani",
           "Dolores", "Rosa", "Svetlana", "Anjali", "Carmen", "Winona", "Shanice", "Ingrid",
           "Beatriz", "Hye-jin", "Thi Lan", "Zainab", "Esperanza", "Margaret", "Darlene",
           "Nokomis", "Ruth", "Agnieszka", "Chiamaka", "Imani", "Xiomara", "Kateri", "Ayesha",
           "Bernadette", "Soledad", "Mónica", "Renée", "Zoë"]
FIRST_M = ["José", "Wei", "Olumide", "Dmitri", "Tyrone", "Raj", "Juan", "Hiroshi",
           "Mohammed", "DeShawn", "Tuan", "Kwame", "Ivan", "Carlos", "Ahmad", "Darnell",
           "Travis", "Elijah", "Santiago", "Minh", "Bogdan", "Emeka", "Kenji", "Luis",
           "Arturo", "Cody", "Jamal", "Tomasz", "Rashid", "Harold", "Leroy", "Francisco",
           "Hector", "Nathaniel", "Sione", "Kai", "Ramón", "Björn", "Takoda", "Vikram",
           "Efraín", "Obinna"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kowalski", "Begay", "Yazzie", "Tsosie",
        "Johnson", "Washington", "Hernandez", "Chen", "Kim", "Ivanova", "Mensah",
        "Rahman", "Haddad", "Garcia", "Tran", "Morales", "Jackson", "Whitehorse",
        "Nakamura", "Castillo", "Petrov", "O'Neal", "Abdullah", "Singh", "Robinson",
        "Reyes", "Yellowhair", "Kealoha", "Novak", "Adeyemi", "Fitzgerald", "Delgado",
        "Harjo", "Chavis", "Brooks", "Mahmoud", "Schultz", "Pham", "Goldberg", "Oyelaran",
        "Muñoz", "Ortiz", "Dubois", "Sørensen", "Bautista", "Tafoya", "Lambert",
        "Kuznetsov", "Okonkwo", "Wójcik", "Villanueva", "Banks", "Holloway", "Tso",
        "Deschenie", "Alvarado"]
LAST_COMPOUND = ["García Márquez", "Muñoz Herrera", "Rivera Santiago", "Cruz Ortega",
                 "Torres Vega", "De la Cruz", "Van Dyke", "Nez-Tsinajinnie"]

# clinicians / staff come from a separate pool: never labelled
CLIN_FIRST = ["Alan", "Helen", "Rebecca", "Samuel", "Naomi", "Victor", "Gloria", "Peter",
              "Deborah", "Anil", "Lucia", "Graham", "Irene", "Marcus", "Colleen"]
CLIN_LAST = ["Whitfield", "Park", "Osei", "Lindqvist", "Abernathy", "Kaur", "Bianchi",
             "Moreau", "Sutherland", "Eastman", "Ferreira", "Thackeray", "Ruiz-Blanco",
             "Hollister", "Nwachukwu"]

PLACES = [  # city, county, state abbr, state name, zip3
    ("Tulsa", "Tulsa County", "OK", "Oklahoma", "741"),
    ("Lawton", "Comanche County", "OK", "Oklahoma", "735"),
    ("Tahlequah", "Cherokee County", "OK", "Oklahoma", "744"),
    ("Gallup", "McKinley County", "NM", "New Mexico", "873"),
    ("Shiprock", "San Juan County", "NM", "New Mexico", "874"),
    ("Window Rock", "Apache County", "AZ", "Arizona", "865"),
    ("Tuba City", "Coconino County", "AZ", "Arizona", "860"),
    ("Fresno", "Fresno County", "CA", "California", "937"),
    ("Bakersfield", "Kern County", "CA", "California", "933"),
    ("Albany", "Albany County", "NY", "New York", "122"),
    ("Yonkers", "Westchester County", "NY", "New York", "107"),
    ("Dayton", "Montgomery County", "OH", "Ohio", "454"),
    ("Toledo", "Lucas County", "OH", "Ohio", "436"),
    ("Macon", "Bibb County", "GA", "Georgia", "312"),
    ("Savannah", "Chatham County", "GA", "Georgia", "314"),
    ("Jackson", "Hinds County", "MS", "Mississippi", "392"),
    ("Biloxi", "Harrison County", "MS", "Mississippi", "395"),
    ("Pine Ridge", "Oglala Lakota County", "SD", "South Dakota", "577"),
    ("Rapid City", "Pennington County", "SD", "South Dakota", "577"),
    ("Bethel", "Bethel Census Area", "AK", "Alaska", "995"),
    ("Brownsville", "Cameron County", "TX", "Texas", "785"),
    ("El Paso", "El Paso County", "TX", "Texas", "799"),
    ("Flint", "Genesee County", "MI", "Michigan", "485"),
    ("Gary", "Lake County", "IN", "Indiana", "464"),
    ("Camden", "Camden County", "NJ", "New Jersey", "081"),
    ("Hilo", "Hawaii County", "HI", "Hawaii", "967"),
    ("Pembroke", "Robeson County", "NC", "North Carolina", "283"),
    ("Bayamón", "Bayamón", "PR", "Puerto Rico", "009"),
]
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln",
           "Martin Luther King Jr", "Sequoyah", "Main", "Church", "Mesa Vista", "Juniper",
           "Mission", "Cottonwood", "Pecan", "Magnolia", "Riverside", "Highland", "Sunset",
           "Chestnut", "Bluebonnet", "Navajo", "Kamehameha", "Pershing", "Garfield",
           "Old Mill", "Prairie View", "Sandhill", "Willow Creek"]
STYPES = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Road"]
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "NE "]
UNITS = ["Apt 4B", "Apt 12", "Unit 7", "#3", "Lot 17", "Trlr 9", "Apt 203", "Ste B", "Bldg 2 Apt 14"]

AREA = {"OK": ["405", "918", "580"], "NM": ["505", "575"], "AZ": ["928", "602", "520"],
        "CA": ["559", "661", "209"], "NY": ["518", "914", "347"], "OH": ["937", "419"],
        "GA": ["478", "912"], "MS": ["601", "228"], "SD": ["605"], "AK": ["907"],
        "TX": ["956", "915"], "MI": ["810"], "IN": ["219"], "NJ": ["856"], "HI": ["808"],
        "NC": ["910"], "PR": ["787", "939"]}

MAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com",
                "icloud.com", "att.net", "comcast.net", "protonmail.com", "ymail.com"]


def ascii_fold(s):
    table = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ë": "e",
             "ö": "o", "ø": "o", "ó": "o", "ł": "l", "ź": "z", "ć": "c", "ś": "s",
             "ę": "e", "ą": "a", "Á": "A", "É": "E", "Ñ": "N", "Ø": "O", "Ó": "O",
             "Ö": "O", "Ę": "E", "Ł": "L", "Ż": "Z", "ż": "z"}
    return "".join(table.get(c, c) for c in s)


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------
def ssn(style=None):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp, ser = R.randint(1, 99), R.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return f"{area:03d}-{grp:02d}-{ser:04d}"
    if style == "plain":
        return f"{area:03d}{grp:02d}{ser:04d}"
    return f"{area:03d} {grp:02d} {ser:04d}"


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    a, n = MBI_ALPHA, string.digits
    an = a + n
    s = (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(n) + R.choice(a) +
         R.choice(an) + R.choice(n) + R.choice(a) + R.choice(a) + R.choice(n) + R.choice(n))
    if dashed is None:
        dashed = R.random() < 0.3
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def medicaid_id(state=None):
    kind = ch(["ca_cin", "ny_cin", "digits9", "ok", "nm", "alpha_pref", "az"])
    if kind == "ca_cin":
        return "9" + digits(7) + R.choice("ABCDEFGH")
    if kind == "ny_cin":
        return alnum(2, string.ascii_uppercase) + digits(5) + alnum(1, string.ascii_uppercase)
    if kind == "digits9":
        return R.choice("5678") + digits(8)
    if kind == "ok":
        return digits(9)
    if kind == "nm":
        return "NM" + digits(10)
    if kind == "az":
        return "A" + digits(8)
    return ch(["MCD", "MA", "MCA"]) + digits(9)


def hicn():
    return ssn("plain") + ch(["A", "B", "B1", "D", "C1", "W"])


def subscriber_id():
    return ch(["ZGP", "XOJ", "H8K", "JQU", "W"]) + digits(9)


def mrn():
    kind = ch(["plain8", "prefixed", "icn", "ihs", "e7", "dash"])
    if kind == "plain8":
        return digits(8)
    if kind == "prefixed":
        return "MR" + digits(7)
    if kind == "icn":  # VA integration control number
        return "10" + digits(8) + "V" + digits(6)
    if kind == "ihs":
        return digits(6)
    if kind == "e7":
        return "E" + digits(7)
    return digits(3) + "-" + digits(2) + "-" + digits(3)


def va_icn():
    return "10" + digits(8) + "V" + digits(6)


def ihs_hrn():
    return ch(["", "", "HRN"]) + digits(6)


def ebt_card():
    # EBT PANs start with a state IIN (e.g. 5077xx / 6010xx)
    pan = luhn(ch(["507706", "507680", "507703", "601036", "508161"]), 16 if R.random() < 0.5 else 19)
    if len(pan) == 16 and R.random() < 0.4:
        return " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    return pan


def credit_card():
    pref = ch(["4", "51", "53", "37", "6011"])
    length = 15 if pref == "37" else 16
    pan = luhn(pref, length)
    if R.random() < 0.35 and length == 16:
        return "-".join(pan[i:i + 4] for i in range(0, 16, 4))
    return pan


def bank_acct():
    return digits(R.randint(8, 12))


def patient_acct():
    kind = ch(["pa", "digits", "hosp", "v"])
    if kind == "pa":
        return "PA" + digits(8)
    if kind == "digits":
        return digits(10)
    if kind == "hosp":
        return digits(4) + "-" + digits(6)
    return "V" + digits(9)


def drivers_license(st=None):
    st = st or ch(["CA", "NY", "TX", "FL", "IL", "OK", "AZ", "NM", "OH"])
    if st == "CA":
        return R.choice(string.ascii_uppercase) + digits(7)
    if st == "NY":
        return digits(9)
    if st == "TX":
        return digits(8)
    if st == "FL":
        return f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
    if st == "IL":
        return f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(4)}-{digits(4)}"
    if st == "OK":
        return R.choice(string.ascii_uppercase) + digits(9)
    if st == "AZ":
        return R.choice("ABDY") + digits(8)
    if st == "NM":
        return digits(9)
    return "T" + digits(7) if R.random() < 0.5 else alnum(2, string.ascii_uppercase) + digits(6)


def dea():
    letters = R.choice("ABFGM") + R.choice(string.ascii_uppercase)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + "".join(map(str, d)) + str(chk)


def prof_license():
    return ch(["RN", "LPN", "CNA", "LCSW"]) + ch(["", "-", " "]) + digits(R.randint(6, 7))


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3GN", "1G1", "5YJ", "JN8", "KMH", "4T1", "1C4"])
    s = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" +
             R.choice("ABCDEFGHJKLMN") + R.choice(VIN_CH) + digits(6))
    total = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    r = total % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def plate():
    kind = ch(["ca", "dash", "plain", "tribal", "space"])
    if kind == "ca":
        return R.choice("5678") + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if kind == "dash":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)
    if kind == "plain":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if kind == "tribal":
        return "NN" + digits(5)
    return digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def imei():
    return luhn(ch(["35", "86", "01", "99"]) + digits(6), 15)


def mac(sep=":"):
    octs = [R.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFC
    s = sep.join(f"{o:02X}" for o in octs)
    return s if R.random() < 0.6 else s.lower()


def implant_serial():
    kind = ch(["mdt", "sjm", "bsc", "cochlear", "pump"])
    if kind == "mdt":
        return alnum(3, string.ascii_uppercase) + digits(6) + R.choice("SGHR")
    if kind == "sjm":
        return digits(7)
    if kind == "bsc":
        return digits(6)
    if kind == "cochlear":
        return digits(8) + "-" + digits(3)
    return "SN" + alnum(10)


def dme_serial():
    return ch(["WC", "PM", "HB", "CP", "OX"]) + digits(2) + alnum(8)


def udi():
    gtin = "00" + digits(12)
    exp = dt.date(2025 + R.randint(0, 3), R.randint(1, 12), R.randint(1, 28))
    return f"(01){gtin}(17){exp:%y%m%d}(21){alnum(8)}"


def public_ip():
    first = ch([24, 47, 63, 66, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108,
                136, 141, 162, 166, 173, 174, 184, 198, 204, 207, 208, 209])
    if first == 198:
        second = R.randint(20, 50)
    else:
        second = R.randint(0, 254)
    return f"{first}.{second}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def private_ip():
    kind = ch(["10", "172", "192", "lo"])
    if kind == "10":
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if kind == "172":
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if kind == "192":
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return "127.0.0.1"


def passport():
    return ch(["", "", "C"]) + digits(9 if R.random() < 0.7 else 8)


def a_number():
    return ch(["A", "A", "A-", "A#"]) + digits(9)


def doc_number():
    return ch(["", "A", "K", "R", "00"]) + digits(R.randint(5, 7))


def tribal_enroll():
    return ch(["CNO", "MCN", "NN", "OST", "CN"]) + "-" + digits(R.randint(5, 7))


def edipi():
    return digits(10)


def state_id_card():
    return "ID" + digits(8)


def photo_b64():
    if R.random() < 0.6:
        return b64(R.randint(48, 96), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01")
    return b64(R.randint(48, 96), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def bio_b64():
    return b64(R.randint(60, 140), ch([b"FMR\x00 20\x00", b"", b"\x46\x49\x52\x00", b"VPT1"]))


# ---------------------------------------------------------------------------
# synthetic people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, min_age=1, max_age=88, place=None, sex=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = ch(LAST) if R.random() < 0.9 else ch(LAST_COMPOUND)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        self.age = R.randint(min_age, max_age)
        by = 2024 - self.age
        self.dob = rdate(by, by)
        if self.dob > dt.date(2024, 3, 11):
            self.dob = self.dob.replace(year=by - 1)
        self.age = 2024 - self.dob.year - ((3, 11) < (self.dob.month, self.dob.day))
        if self.age < min_age:
            self.dob = self.dob.replace(year=self.dob.year - 1, day=min(self.dob.day, 28))
            self.age += 1
        p = place or ch(PLACES)
        self.city, self.county, self.st, self.state_name, z3 = p
        self.zip = z3 + digits(2)
        self.zip4 = self.zip + "-" + digits(4)
        self.street = self._street()
        self.area = ch(AREA[self.st])

    def _street(self):
        kind = R.random()
        if kind < 0.08:
            return f"PO Box {R.randint(10, 9999)}"
        if kind < 0.13 and self.st in ("NM", "AZ", "SD", "OK", "AK"):
            return f"HC {R.randint(11, 79)} Box {R.randint(100, 9999)}"
        if kind < 0.17:
            return f"Rural Route {R.randint(1, 6)} Box {R.randint(10, 600)}"
        if self.st == "PR":
            return f"Calle {ch(['Sol', 'Luna', 'Betances', 'Ruiz Belvis', 'Palmer'])} {R.randint(1, 250)}" + ch(["", " Urb. Santa Juanita", " Apt 2"])
        s = f"{R.randint(1, 19999)} {ch(DIRS)}{ch(STREETS)} {ch(STYPES)}"
        if R.random() < 0.35:
            s += " " + ch(UNITS)
        return s

    def phone(self, style=None, area=None):
        a = area or self.area
        ex = f"{R.randint(2, 9)}{digits(2)}"
        ln = digits(4)
        style = style or ch(["paren", "dash", "dash", "dot", "e164", "plain", "intl_sp"])
        return {"paren": f"({a}) {ex}-{ln}", "dash": f"{a}-{ex}-{ln}", "dot": f"{a}.{ex}.{ln}",
                "e164": f"+1{a}{ex}{ln}", "plain": f"{a}{ex}{ln}",
                "intl_sp": f"+1 {a} {ex} {ln}", "one_dash": f"1-{a}-{ex}-{ln}"}[style]

    def email(self):
        f, l = slug(self.first), slug(self.last)
        kind = ch(["dot", "init", "num", "under", "nick"])
        if kind == "dot":
            u = f"{f}.{l}"
        elif kind == "init":
            u = f"{f[0]}{l}{R.randint(1, 99)}"
        elif kind == "num":
            u = f"{f}{l}{self.dob.year % 100:02d}"
        elif kind == "under":
            u = f"{f}_{l}"
        else:
            u = f"{ch(['mama', 'grandma', 'lil', 'big', 'the', 'mr', 'ms'])}{f}{R.randint(1, 999)}"
        return f"{u}@{ch(MAIL_DOMAINS)}"

    def full(self, style="fl"):
        if style == "fl":
            return f"{self.first} {self.last}"
        if style == "fml":
            return f"{self.first} {self.mi}. {self.last}"
        if style == "lf":
            return f"{self.last}, {self.first}"
        if style == "lfm":
            return f"{self.last}, {self.first} {self.mi}"
        if style == "LF":
            return f"{self.last.upper()}, {self.first.upper()}"
        if style == "FL":
            return f"{self.first.upper()} {self.last.upper()}"
        if style == "L_F":
            return f"{self.last.upper()},{self.first.upper()}"
        raise ValueError(style)

    def anyfull(self):
        return self.full(ch(["fl", "fl", "fl", "fml", "lf", "lfm", "LF", "FL", "L_F"]))


def clinician():
    return f"{ch(CLIN_FIRST)} {ch(CLIN_LAST)}"


def npi():
    # NPI with Luhn over prefix 80840
    body = ch("12") + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def staff_acct():
    f, l = slug(ch(CLIN_FIRST + ["jordan", "kelsey", "tanya", "brent"])), slug(ch(CLIN_LAST + ["mills", "ochoa", "reed"]))
    return ch([f"{f[0]}{l}", f"{f}.{l}", f"cw_{f[0]}{l}", f"{f[0]}{l}{R.randint(1, 9)}",
               f"{l}{f[0]}", f"DHS\\{f[0]}{l}", f"{f}.{l}@dhs.state.example.gov"])


def svc_acct():
    return ch(["svc_mmis_etl", "svc-elig-batch", "SYSTEM", "mulesoft-rt", "svc_hie_gw",
               "ssa-bridge@prod", "batch_lis01", "svc.ivr.genesys", "edi_x12_worker",
               "sa-dds-dcps", "cs_fcr_sync", "reentry-api", "root", "splunkfwd", "svc_snap_ebt"])


def trace():
    return hexs(32)


def span_id():
    return hexs(16)


def int_host():
    return ch(["mmis-prod-db03.dhhs.state.example.gov", "elig-rules-02.internal", "hie-gw-a.nmhic.local",
               "dcps-app04.dds.ssa.example", "vista-hl7-07.va.local", "ees-batch-01",
               "edi-broker-2.enroll.local", "ivr-genesys-cc3", "lis-sftp.partd.internal",
               "csenet-gw1.ocse.local", "reentry-svc-1.doc.internal", "k8s-node-14.benefits-prod",
               "portal-web-09", "mq01.dds.local", "rpms-bridge.ihs.local"])


# ===========================================================================
# POSITIVE generators (each returns a marked string with >= 1 span)
# ===========================================================================
def N(v):
    return M("name", v)


def A(v):
    return M("address", v)


def Z(v):
    return M("zip", v)


def D(v):
    return M("date", v)


def pos_medicaid_elig_json():
    t = CLK.tick()
    p = Person(min_age=0, max_age=88)
    v = R.randint(0, 3)
    if v == 0:
        rec = {"ts": ts_iso_z(t), "level": "INFO", "svc": "elig-rules-engine", "event": "determination.completed",
               "traceId": trace(), "applicant": {
                   "firstName": N(p.first), "lastName": N(p.last),
                   "dob": D(fdate(p.dob, ch(["iso", "us"]))), "ssn": M("ssn", ssn()),
                   "homeAddr": {"line1": A(p.street), "city": A(p.city), "county": A(p.county),
                                "state": p.st, "zip": Z(p.zip)}},
               "householdSize": R.randint(1, 7), "fplPct": round(R.uniform(40, 260), 1),
               "program": ch(["SoonerCare", "Medi-Cal", "Centennial Care", "AHCCCS", "CHIP", "MAGI-Adult"]),
               "outcome": ch(["ELIGIBLE", "INELIGIBLE", "PENDING_VERIF"]),
               "medicaidId": M("health_plan", medicaid_id()), "ruleset": f"v{R.randint(21, 24)}.{R.randint(0, 9)}.{R.randint(0, 20)}"}
        if R.random() < 0.4:
            rec["immigration"] = {"status": ch(["LPR", "REFUGEE", "ASYLEE"]), "alienRegNbr": M("other_id", a_number()),
                                  "saveVerif": ch(["INITIAL_OK", "ADDL_VERIF_REQ"])}
    elif v == 1:
        rel = Person(min_age=90, max_age=103)
        relname = ch(["GRANDMOTHER", "GREAT_AUNT", "MOTHER"] if rel.sex == "F" else ["GRANDFATHER", "GREAT_UNCLE", "FATHER"])
        rec = {"@timestamp": ts_iso_z(t), "log.level": "info", "service.name": "ees-household",
               "message": "household member added", "case_ref_row": R.randint(100000, 9999999),
               "member": {"relationship": relname,
                          "name": N(rel.full(ch(["fl", "LF", "fml"]))), "age": "__AGE__",
                          "birth_dt": D(fdate(rel.dob, "us")), "ssn_nbr": M("ssn", ssn("plain")),
                          "livingArrangement": "SAME_HOUSEHOLD"}}
        return jd(rec).replace('"__AGE__"', M("age", str(rel.age)))
    elif v == 2:
        rec = {"time": ts_iso_off(t, "-05:00"), "lvl": "INFO", "logger": "gov.dhs.ees.notice.RenewalNoticeWriter",
               "msg": "renewal packet queued", "notice": {"tmpl": "MED-RNW-0412-ES" if R.random() < 0.3 else "MED-RNW-0412",
                                                          "recipient": N(p.anyfull()),
                                                          "mailTo": [A(p.street), A(p.city) + ", " + p.st + " " + Z(p.zip4 if R.random() < 0.4 else p.zip)],
                                                          "eMail": M("email", p.email()),
                                                          "cellPhone": M("phone", p.phone()),
                                                          "faxNo": M("fax", p.phone("dash")) if R.random() < 0.3 else "",
                                                          "renewalDue": D(fdate(near_date(10, 90), "iso"))},
               "printVendor": "Peregrine Print & Mail, 4400 Commerce Park Dr Ste 210, Columbus OH 43219",
               "spanId": span_id()}
    else:
        kid = Person(min_age=0, max_age=17, place=None)
        rec = {"ts": ts_iso_z(t), "level": "WARN", "component": "chip-eligibility",
               "msg": "income verification discrepancy", "hohName": N(p.full("lf")),
               "hohSsn": M("ssn", ssn()), "child": {"nm": N(kid.full("fl")), "dob": D(fdate(kid.dob, "iso")),
                                                     "cin": M("health_plan", medicaid_id())},
               "twn_employer": ch(["Walmart Inc", "Dollar General Corp", "Tyson Foods", "Amazon.com Services LLC"]),
               "reportedMonthly": R.randint(900, 4200), "verifiedMonthly": R.randint(900, 4200),
               "source": "Equifax TWN", "reqId": uuid4()}
    return jd(rec)


def q(v):
    """logfmt quoting of an (already marked) value when it contains spaces."""
    plain, _ = unmark(v)
    return f'"{v}"' if (" " in plain or "," in plain) else v


def pos_snap_tanf_logfmt():
    t = CLK.tick()
    p = Person(min_age=18, max_age=80)
    v = R.randint(0, 4)
    head = f"time={ts_iso_off(t, '-06:00')} level={ch(['info', 'info', 'warn'])} app=snap-tanf-bridge"
    if v == 0:
        vv = vin()
        return (f"{head} msg=\"asset verification: DMV match\" hoh={q(N(p.full(ch(['lf', 'LF', 'fl']))))} "
                f"veh_vin={M('vehicle', vv)} lic_plate={M('vehicle', plate())} plate_st={p.st} "
                f"veh_yr={R.randint(1998, 2021)} make={ch(['TOYOTA', 'FORD', 'CHEVROLET', 'HONDA', 'NISSAN', 'DODGE'])} "
                f"nada_val={R.randint(800, 14000)} excluded={ch(['true', 'false'])} dmv_latency_ms={R.randint(40, 2200)} req_id={uuid4()}")
    if v == 1:
        return (f"{head} msg=\"EBT card replacement issued\" cardholder={q(N(p.full()))} "
                f"new_pan={q(M('account', ebt_card()))} mail_addr={q(A(p.street))} mail_city={q(A(p.city))} mail_st={p.st} "
                f"mail_zip={Z(p.zip)} contact_ph={q(M('phone', p.phone()))} fee_waived=true vendor=FIS-ebtEDGE "
                f"batch=EBTR-{t:%Y%m%d}-{R.randint(1, 9):02d}")
    if v == 2:
        return (f"{head} msg=\"TANF work participation hours posted\" participant={q(N(p.full('fml')))} "
                f"partDOB={D(fdate(p.dob, 'us'))} ssn={M('ssn', ssn('dash'))} hrs_wk={R.randint(5, 40)} "
                f"activity={ch(['JOB_SEARCH', 'VOC_ED', 'CWEP', 'OJT'])} provider=\"Goodwill Industries of Central OK\" "
                f"cw={staff_acct()} sync_ms={R.randint(12, 900)}")
    if v == 3:
        return (f"{head} msg=\"direct deposit enrollment\" payee={q(N(p.full('lf')))} "
                f"rtn=021000021 acct_no={M('account', bank_acct())} acct_typ={ch(['CHK', 'SAV'])} "
                f"email={M('email', p.email())} src_ip={M('ip', public_ip())} channel=portal "
                f"prenote=queued ach_batch=ACH{digits(7)}")
    kid = Person(min_age=1, max_age=17)
    return (f"{head} msg=\"SNAP household composition change\" hoh_first={N(p.first)} hoh_last={q(N(p.last))} "
            f"added_member={q(N(kid.full()))} added_dob={D(fdate(kid.dob, 'iso'))} rel=CHILD "
            f"client_id={M('other_id', 'C' + digits(9))} hh_size_new={R.randint(2, 8)} "
            f"allot_prev={R.randint(200, 900)} allot_new={R.randint(200, 1100)} svc={svc_acct()}")


def pos_dds_syslog():
    t = CLK.tick()
    p = Person(min_age=18, max_age=88)
    host = ch(["dcps-app04", "dcps-app07", "dds-ok-web2", "dds-nm-batch"])
    pri = ch(["134", "131", "133"])
    head = f"<{pri}>1 {ts_iso_off(t)} {host} DCPS {R.randint(1000, 65000)}"
    v = R.randint(0, 4)
    if v == 0:
        return (f"{head} CE_SCHED - Consultative exam scheduled claimant=\"{N(p.full())}\" "
                f"clmt_ssn={M('ssn', ssn())} ce_date={D(fdate(near_date(5, 60), 'iso'))} ce_time=0{R.randint(8, 9)}:30 "
                f"ce_provider=\"Dr. {clinician()}\" ce_npi={npi()} clmt_phone=\"{M('phone', p.phone())}\" "
                f"interp_req={ch(['N', 'Y-SPA', 'Y-NAV', 'Y-VIE'])}")
    if v == 1:
        old = Person(min_age=90, max_age=99)
        return (f"{head} REP_PAYEE - representative payee review opened; beneficiary {N(old.full('lf'))}, "
                f"age {M('age', str(old.age))}, DOB {D(fdate(old.dob, 'us'))}, last contact {D(fdate(near_date(-700, -60), 'us'))}; "
                f"FO=0{R.randint(10, 99)} unit=VOC-2 analyst={staff_acct()}")
    if v == 2:
        return (f"{head} MER_OUT - MER request sent; claimant={N(p.full('LF'))} can={M('ssn', ssn('plain'))} "
                f"source=\"{ch(['Hillcrest Medical Center', 'UNM Hospital', 'Gallup Indian Medical Center', 'Saint Francis Hospital'])}\" "
                f"dos_from={D(fdate(near_date(-500, -200), 'compact'))} dos_to={D(fdate(near_date(-190, -10), 'compact'))} "
                f"copy_to_claimant_fax={M('fax', p.phone('dash'))} pages={R.randint(1, 400)}")
    if v == 3:
        return (f"{head} ADDR_CHG - claimant mailing address updated chg_by={staff_acct()} "
                f"clmtName=\"{N(p.full('fml'))}\" newAddr1=\"{A(p.street)}\" newCity=\"{A(p.city)}\" "
                f"newSt={p.st} newZip={Z(p.zip4)} prevZip={Z(p.zip[:3] + digits(2))}")
    dli = near_date(-2000, -400)
    return (f"{head} DLI_CALC - date last insured computed for {N(p.full())} (DOB {D(fdate(p.dob, 'long'))}): "
            f"DLI={D(fdate(dli, 'iso'))} qc={R.randint(20, 40)}/{R.randint(20, 40)} rule=20/40 elapsed={R.randint(3, 90)}ms")


FAC = [("463", "GALLUP-IHS", "Gallup Indian Medical Center"), ("635", "OKC-VAMC", "Oklahoma City VA Medical Center"),
       ("501", "ALBQ-VAMC", "Raymond G. Murphy VA Medical Center"), ("8A2", "SHIPROCK-IHS", "Northern Navajo Medical Center"),
       ("623", "MUSKOGEE-VAMC", "Jack C. Montgomery VA Medical Center"), ("4J1", "CNO-TALIHINA", "Choctaw Nation Health Care Center")]


def hl7_name(p):
    return f"{N(p.last.upper())}^{N(p.first.upper())}"


def pos_hl7():
    t = CLK.tick()
    p = Person(min_age=18, max_age=88)
    sta, fac, facname = ch(FAC)
    msgid = digits(10)
    v = R.randint(0, 3)
    trig = ["ADT^A04", "ADT^A08", "SIU^S12", "ADT^A03"][v]
    msh = f"MSH|^~\\&|{ch(['VISTA', 'RPMS', 'VISTA-HL7'])}|{sta}^{fac}|NMHIC|HIE|{ts_compact(t)}-0700||{trig}|{msgid}|P|2.5.1"
    ids = f"{M('mrn', va_icn())}^^^USVHA^NI" if "VA" in fac else f"{M('mrn', ihs_hrn())}^^^{sta}^MR"
    ids += f"~{M('ssn', ssn('plain'))}^^^USSSA^SS"
    pid = (f"PID|1||{ids}||{hl7_name(p)}^^^^L||{D(fdate(p.dob, 'compact'))}|{p.sex}|||"
           f"{A(p.street)}^^{A(p.city)}^{p.st}^{Z(p.zip)}^USA^H||{M('phone', p.phone('paren'))}^PRN^PH")
    if v in (1, 3):
        pid += f"|||||{M('account', patient_acct())}"
    doc = f"{npi()}^{ch(CLIN_LAST).upper()}^{ch(CLIN_FIRST).upper()}^^^^MD"
    segs = [msh, f"EVN|{trig[4:]}|{ts_compact(t)}", pid]
    if v == 0:
        rel = Person(min_age=18, max_age=85, place=(p.city, p.county, p.st, p.state_name, p.zip[:3]))
        segs.append(f"NK1|1|{N(rel.last.upper())}^{N(rel.first.upper())}|{ch(['SPO^Spouse', 'DAU^Daughter', 'SON^Son', 'SIS^Sister'])}||"
                    f"{M('phone', rel.phone('paren'))}")
        segs.append(f"PV1|1|O|{fac}^PRIMARY CARE^01||||{doc}")
    elif v == 1:
        segs.append(f"PV1|1|O|{fac}^BEHAV HLTH^03||||{doc}")
        segs.append(f"IN1|1|{ch(['MCD', 'MCR', 'TRICARE'])}|{digits(5)}|{ch(['NM MEDICAID CENTENNIAL', 'MEDICARE PART A', 'SOONERCARE'])}|||||||||||"
                    f"{hl7_name(p)}|01|{D(fdate(p.dob, 'compact'))}|||||||||||||||||||{M('health_plan', ch([mbi(False), medicaid_id()]))}")
    elif v == 2:
        appt = near_date(3, 90)
        segs.insert(2, f"SCH|{digits(7)}^{fac}|||||ROUTINE^Routine|FOLLOWUP|30|MIN|^^30^{D(fdate(appt, 'compact'))}")
        segs.append(f"AIP|1||{doc}|{ch(['PCP', 'PODIATRY', 'OPTOM'])}")
    else:
        adm = near_date(-60, -3)
        dis = adm + dt.timedelta(days=R.randint(1, 14))
        segs.append(f"PV1|1|I|{fac}^4W^412^A||||{doc}|||||||||||||||||||||||||||||||||||||||||"
                    f"{D(fdate(adm, 'compact'))}|{D(fdate(dis, 'compact'))}")
    body = "\\r".join(segs)
    lead = ch([f"{ts_space_ms(t, ',')} INFO  [MLLP-Listener-{R.randint(1, 8)}] HL7Inbound - RX {trig} from {fac}: ",
               f"{ts_iso_z(t)} hl7-router[{R.randint(100, 9999)}]: routed msg ctl={msgid} raw=",
               f"[{ts_space_ms(t)}] [{facname}] VistA HL7 outbound payload: "])
    return lead + body


def pos_fhir_json():
    t = CLK.tick()
    p = Person(min_age=1, max_age=88)
    v = R.randint(0, 2)
    if v == 0:
        res = {"resourceType": "Patient",
               "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": M("ssn", ssn())},
                              {"system": "urn:oid:2.16.840.1.113883.3.4337.1486.1001", "type": {"text": "State Medicaid ID"},
                               "value": M("health_plan", medicaid_id())}]
               + ([ch([{"system": "http://hl7.org/fhir/sid/passport-USA", "value": M("other_id", passport())},
                       {"system": "urn:oid:2.16.840.1.113883.3.7168.1", "type": {"text": "Tribal Enrollment"}, "value": M("other_id", tribal_enroll())},
                       {"system": "urn:us:dhs:uscis:a-number", "value": M("other_id", a_number())}])] if R.random() < 0.6 else []),
               "name": [{"use": "official", "family": N(p.last), "given": [N(p.first)]}],
               "telecom": [{"system": "phone", "value": M("phone", p.phone()), "use": "mobile"},
                           {"system": "email", "value": M("email", p.email())}]
               + ([{"system": "fax", "value": M("fax", p.phone("paren")), "use": "home"}] if R.random() < 0.5 else []),
               "gender": "female" if p.sex == "F" else "male", "birthDate": D(p.dob.isoformat()),
               "address": [{"line": [A(p.street)], "city": A(p.city), "district": A(p.county),
                            "state": p.st, "postalCode": Z(p.zip)}]}
        rec = {"timestamp": ts_iso_z(t), "level": "DEBUG", "logger": "hie.gateway.pdq.PatientDiscoveryHandler",
               "msg": "PDQ match candidate", "score": round(R.uniform(0.8, 0.999), 3), "resource": res}
    elif v == 1:
        old = Person(min_age=91, max_age=104)
        dod = near_date(-40, -1)
        res = {"resourceType": "Patient", "meta": {"versionId": str(R.randint(2, 9)), "lastUpdated": ts_iso_z(t)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.349", "value": M("mrn", va_icn())}],
               "name": [{"text": N(old.full("fl"))}], "birthDate": D(old.dob.isoformat()),
               "deceasedDateTime": D(dod.isoformat()),
               "extension": [{"url": "http://example.org/fhir/StructureDefinition/age-at-death",
                              "valueInteger": "__AGE__"}]}
        rec = {"timestamp": ts_iso_z(t), "level": "INFO", "logger": "hie.adt.DeathNotificationPublisher",
               "msg": "death notification fan-out", "subscribers": R.randint(2, 11), "resource": res}
        age_at_death = dod.year - old.dob.year - ((dod.month, dod.day) < (old.dob.month, old.dob.day))
        assert age_at_death >= 90
        return jd(rec).replace('"__AGE__"', M("age", str(age_at_death)))
    else:
        res = {"resourceType": "Coverage", "status": "active",
               "subscriberId": M("health_plan", ch([mbi(), subscriber_id(), medicaid_id()])),
               "beneficiary": {"display": N(p.full("fl"))},
               "relationship": {"coding": [{"code": "self"}]},
               "payor": [{"display": ch(["Oklahoma Health Care Authority", "Presbyterian Centennial Care", "Aetna Better Health of NJ", "CMS Medicare"])}],
               "class": [{"type": {"coding": [{"code": "group"}]}, "value": "GRP-" + digits(5)}]}
        rec = {"timestamp": ts_iso_z(t), "level": "INFO", "logger": "hie.coverage.EligibilitySync",
               "msg": "Coverage upsert", "httpStatus": 201, "elapsedMs": R.randint(20, 800), "resource": res}
    return jd(rec)


def pos_x12_834():
    t = CLK.tick()
    p = Person(min_age=0, max_age=88)
    eff = dt.date(2024, R.randint(3, 6), 1)
    hp = medicaid_id()
    segs = [f"INS*Y*18*{ch(['021', '001', '024'])}*{ch(['28', 'AI', 'XN'])}*A***{ch(['FT', 'TE', 'RT'])}",
            f"REF*0F*{M('health_plan', hp)}",
            f"DTP*356*D8*{D(fdate(eff, 'compact'))}",
            f"NM1*IL*1*{N(p.last.upper())}*{N(p.first.upper())}*{p.mi}***34*{M('ssn', ssn('plain'))}"]
    if R.random() < 0.7:
        segs.append(f"PER*IP**{ch(['HP', 'CP', 'TE'])}*{M('phone', p.phone('plain'))}" +
                    ch([f"*EM*{M('email', p.email().upper())}", f"*FX*{M('fax', p.phone('plain'))}", "", ""]))
    segs += [f"N3*{A(p.street.upper())}", f"N4*{A(p.city.upper())}*{p.st}*{Z(p.zip.replace('-', ''))}",
             f"DMG*D8*{D(fdate(p.dob, 'compact'))}*{p.sex}", f"HD*021**HMO*{ch(['MCO1', 'STAR', 'CCPLUS'])}*IND"]
    if R.random() < 0.35:
        segs.append(f"NM1*QD*1*{N(ch(LAST).upper())}*{N(ch(FIRST_F + FIRST_M).upper())}")
    lead = ch([f"{ts_iso_z(t)} edi-broker INFO  834 member loop parsed: ",
               f"{ts_space_ms(t)} [x12-worker-{R.randint(1, 6)}] DEBUG EnrollmentLoopParser seg=",
               f"{ts_syslog(t)} {int_host()} broker834[{R.randint(200, 9000)}]: ISA ctl {digits(9)} 2300 -> "])
    return lead + "~".join(segs) + "~"


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "okhttp/4.12.0", "BenefitsApp/3.14.2 (Android 13; moto g play 2023)"]
PORTALS = ["apply.benefits.example.gov", "mybenefits.dhs.example.gov", "portal.oklahoma-benefits.example.org",
           "yesnm.example.gov", "access.nyhealth.example.gov"]


def pos_portal_access():
    t = CLK.tick()
    p = Person(min_age=18, max_age=80)
    ip = M("ip", public_ip())
    v = R.randint(0, 4)
    st = ch([200, 200, 200, 302, 401, 404])
    size = R.randint(120, 48000)
    ua = ch(UAS)
    ref = f"https://{ch(PORTALS)}/{ch(['start', 'login', 'dashboard', 'apply/step/2'])}"
    if v == 0:
        em = p.email()
        em = em.replace("@", "%40") if R.random() < 0.5 else em
        req = f"GET /api/v2/account/recover?email={M('email', em)}&dob={D(fdate(p.dob, 'iso'))}&lang=en HTTP/1.1"
        return f'{ip} - - [{ts_clf(t)}] "{req}" {st} {size} "{ref}" "{ua}" rt={R.uniform(0.005, 1.9):.3f}'
    if v == 1:
        req = f"POST /apply/step/{R.randint(2, 9)} HTTP/2.0"
        return f'{ip} - {M("email", p.email())} [{ts_clf(t)}] "{req}" {st} {size} "{ref}" "{ua}"'
    if v == 2:
        path = f"/uploads/{ch(['id-proof', 'applicant_photos', 'selfie'])}/{t:%Y/%m}/{hexs(12)}_{ch(['face', 'selfie', 'photo'])}.{ch(['jpg', 'jpeg', 'png'])}"
        req = f"PUT {M('photo', path)} HTTP/1.1"
        return f'{ip} - - [{ts_clf(t)}] "{req}" 201 0 "{ref}" "{ua}" upstream=10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 250)}:8443'
    if v == 3:
        prx = private_ip()
        req = f"GET /benefits/case/status?lang={ch(['en', 'es', 'vi'])} HTTP/1.1"
        return (f'{prx} - - [{ts_clf(t)}] "{req}" {st} {size} "-" "{ua}" '
                f'xff="{ip}, {private_ip()}" req_time={R.uniform(0.01, 2.5):.3f} upstream_status={st}')
    req = f"GET /api/v1/eligibility/precheck?first={N(p.first)}&last={N(p.last.replace(' ', '+'))}&zip={Z(p.zip)}&hh=4 HTTP/1.1"
    return f'{ip} - - [{ts_clf(t)}] "{req}" {st} {size} "{ref}" "{ua}"'


def pos_call_center_csv():
    t = CLK.tick()
    p = Person(min_age=18, max_age=88)
    q_ = ch(["Q-MEDICAID-EN", "Q-MEDICAID-ES", "Q-SNAP-EN", "Q-PARTD-LIS", "Q-CHILDSUP"])
    agent = staff_acct()
    dur = f"00:{R.randint(1, 45):02d}:{R.randint(0, 59):02d}"
    head = f"{ts_space_ms(t)},{ch(['CALL_END', 'CALL_END', 'WRAPUP'])},{q_},{agent}"
    v = R.randint(0, 4)
    if v == 0:
        return (f"{head},ani={M('phone', p.phone('plain'))},dnis=18005220310,{dur},"
                f"\"{N(p.full('lf'))}\",verified=DOB,{D(fdate(p.dob, 'us'))},disp=ADDR_CHG,"
                f"\"{A(p.street)}\",\"{A(p.city)}\",{p.st},{Z(p.zip)}")
    if v == 1:
        return (f"{head},ani={M('phone', p.phone('e164'))},dnis=18773621421,{dur},"
                f"caller=\"{N(p.full())}\",vp_enroll=OK,voiceprint_b64={M('biometric', bio_b64())},"
                f"nuance_score={R.uniform(0.6, 0.99):.2f}")
    if v == 2:
        return (f"{head},ani=anonymous,dnis=18005220310,{dur},caller=\"{N(p.full('fml'))}\","
                f"mbr_id={M('health_plan', medicaid_id())},callback_nbr={M('phone', p.phone('dash'))},"
                f"disp=CALLBACK_SCHED,cb_window=PM")
    if v == 3:
        return (f"{head},ani={M('phone', p.phone('paren'))},dnis=18664451298,{dur},"
                f"caller={N(p.full('L_F'))},disp=FAXBACK,fax_to={M('fax', p.phone('dash'))},"
                f"form=HCA-{R.randint(10, 99)},pages={R.randint(1, 12)}")
    if R.random() < 0.3:
        kid = Person(min_age=20, max_age=60, place=(p.city, p.county, p.st, p.state_name, p.zip[:3]))
        pr = "she" if p.sex == "F" else "he"
        return (f"{head},ani=blocked,dnis=18005220310,{dur},notes=\"Spoke w/ {N(p.full())} re renewal; {pr} moved to "
                f"{A(p.street)} in {A(p.city)} last month, new cell {M('phone', p.phone('dash'))}; born {D(fdate(p.dob, 'us_np'))}. "
                f"Adult child {N(kid.full())} helps with mail.\",disp=NOTE")
    old = Person(min_age=90, max_age=101, sex="F")
    return (f"{head},ani={M('phone', old.phone('dot'))},dnis=18004633721,{dur},"
            f"caller=\"{N(p.full())} for mother {N(old.full())}\",mother_age={M('age', str(old.age))},"
            f"mbi={M('health_plan', mbi())},disp=LIS_APP_MAILED")


def pos_partd_lis():
    t = CLK.tick()
    p = Person(min_age=65, max_age=88)
    contract = ch(["H4523", "S5601", "H0627", "S4802", "R5826"])
    v = R.randint(0, 2)
    if v == 0:
        eff = dt.date(2024, R.randint(1, 4), 1)
        rec = "|".join(["LIS", contract, f"{R.randint(1, 999):03d}", M("health_plan", mbi()),
                        N(p.last.upper()), N(p.first.upper()), p.mi, D(fdate(p.dob, "compact")), p.sex,
                        Z(p.zip), str(ch([1, 2, 3, 4])), ch(["100", "075", "050", "025"]),
                        D(fdate(eff, "compact")), "20241231", ch(["DEEMED", "APPLIED"])])
        return f"{ts_space_ms(t)} lis-loader INFO rec#{R.randint(1, 99999)}: {rec}"
    if v == 1:
        rec = "|".join(["PDE", contract, M("health_plan", mbi()), D(fdate(near_date(-60, -1), "compact")),
                        digits(11), f"{R.randint(10, 90)}", str(R.randint(1, 90)), npi(),
                        M("license", dea()), ch(["1", "2"]), f"{R.uniform(2, 900):.2f}"])
        return f"{ts_space_ms(t)} pde-edit WARN edit 785 prescriber DEA/schedule mismatch: {rec}"
    old = Person(min_age=90, max_age=102)
    rec = "|".join(["MMR", contract, M("health_plan", hicn() if R.random() < 0.4 else mbi()),
                    N(f"{old.last.upper()} {old.first.upper()}"), D(fdate(old.dob, "compact")),
                    M("age", str(old.age)), old.st, A(old.county.upper()), "LIS", "ESRD=N"])
    return f"{ts_syslog(t)} lis-sftp mmr-parse[{R.randint(100, 9999)}]: {rec}"


def pos_child_support_xml():
    t = CLK.tick()
    p = Person(min_age=19, max_age=60)
    v = R.randint(0, 3)
    lead = f"{ts_iso_off(t, '-05:00')} INFO csenet-gw [{ch(['FCR', 'CSENET', 'QUICK', 'NDNH'])}] "
    if v == 0:
        return (lead + f"outbound <CaseParticipant role=\"NCP\"><PersonName><GivenName>{N(p.first)}</GivenName>"
                f"<SurName>{N(p.last)}</SurName></PersonName><SSN>{M('ssn', ssn('plain'))}</SSN>"
                f"<BirthDate>{D(p.dob.isoformat())}</BirthDate><LastKnownAddress><Line1>{A(p.street)}</Line1>"
                f"<City>{A(p.city)}</City><State>{p.st}</State><Zip>{Z(p.zip)}</Zip></LastKnownAddress>"
                f"<Employer>{ch(['Tyson Foods Inc', 'Love’s Travel Stops', 'Walmart Inc', 'Sanderson Farms'])}</Employer></CaseParticipant>")
    if v == 1:
        kid = Person(min_age=0, max_age=6)
        mom = Person(min_age=18, max_age=40, sex="F")
        return (lead + f"paternity <Paternity><Child><FullName>{N(kid.full('fl'))}</FullName><DOB>{D(fdate(kid.dob, 'us'))}</DOB></Child>"
                f"<Mother>{N(mom.full('fl'))}</Mother><AllegedFather>{N(p.full('fml'))}</AllegedFather>"
                f"<AOPSigned>{D(fdate(kid.dob + dt.timedelta(days=R.randint(1, 300)), 'us'))}</AOPSigned>"
                f"<GeneticTest lab=\"LabCorp DNA Identity\" cpi=\"99.99\"/></Paternity>")
    if v == 2:
        return (lead + f"locate-response <LocateResult src=\"DMV\"><Name>{N(p.full('LF'))}</Name>"
                f"<DLNumber>{M('license', drivers_license(p.st if p.st in ('CA', 'NY', 'TX', 'OK', 'AZ', 'NM', 'OH') else None))}</DLNumber>"
                f"<DLState>{p.st}</DLState>"
                + (f"<DLPhotoRef>{M('photo', 'https://dmv-img.state.example.gov/portrait/' + hexs(24) + '.jpg')}</DLPhotoRef>" if R.random() < 0.5 else "")
                + f"<VehPlate>{M('vehicle', plate())}</VehPlate><VIN>{M('vehicle', vin())}</VIN>"
                f"<Phone>{M('phone', p.phone('dash'))}</Phone>"
                + (f"<SocialProfile>{M('url', ch(['https://www.facebook.com/', 'https://www.instagram.com/']) + slug(p.first) + '.' + slug(p.last) + str(R.randint(1, 99)))}</SocialProfile>" if R.random() < 0.5 else "")
                + "</LocateResult>")
    return (lead + f"iwo <IncomeWithholding><Obligor>{N(p.full('fl'))}</Obligor><ObligorSSN>{M('ssn', ssn())}</ObligorSSN>"
            f"<RemitAcct>{M('account', bank_acct())}</RemitAcct><EmployerFEIN>{digits(2)}-{digits(7)}</EmployerFEIN>"
            f"<Amount>{R.randint(50, 900)}.00</Amount><Freq>BW</Freq></IncomeWithholding>")


def pos_reentry_text():
    t = CLK.tick()
    p = Person(min_age=19, max_age=70)
    rel = Person(min_age=20, max_age=80, place=(p.city, p.county, p.st, p.state_name, p.zip[:3]))
    lead = f"{ts_space_ms(t)} INFO  [{ch(['reentry-worker-1', 'http-nio-8080-exec-4', 'scheduler-2'])}] ReentryReferralSvc - "
    rdate_ = near_date(1, 120)
    v = R.randint(0, 3)
    if v == 0:
        return (lead + f"Referral created for {N(p.full())} (ODOC #{M('other_id', doc_number())}), projected release "
                f"{D(fdate(rdate_, 'us'))}; pre-release Medicaid application submitted; contact {ch(['sister', 'mother', 'aunt', 'cousin'])} "
                f"{N(rel.full())} at {M('phone', rel.phone())}; planned residence {A(p.street)}, {A(p.city)}, {p.st} {Z(p.zip)}"
                + (f"; vehicle on file plate {M('vehicle', plate())}" if R.random() < 0.4 else ""))
    if v == 1:
        return (lead + f"Booking photo attached to referral: inmate={N(p.full('LF'))} doc_no={M('other_id', doc_number())} "
                f"mugshot={M('photo', '/mnt/doc-share/booking/' + str(t.year) + '/' + digits(7) + '_front.jpg')} "
                f"livescan_fp_tpl={M('biometric', bio_b64())} "
                f"facility=\"Joseph Harp Correctional Center\" case_mgr={staff_acct()}")
    if v == 2:
        return (lead + f"MAT continuity: {N(p.full('fl'))}, DOB {D(fdate(p.dob, 'us_np'))}, released {D(fdate(near_date(-20, -1), 'iso'))}, "
                f"buprenorphine bridge Rx sent to Walgreens #{R.randint(1000, 19999)}; prescriber Dr. {clinician()} NPI {npi()}; "
                f"state ID issued {M('other_id', state_id_card())}")
    return (lead + f"Housing voucher match: {N(p.full('lfm'))} SSN {M('ssn', ssn())} -> {A(p.street)} ({A(p.county)}), "
            f"landlord contact via agency line 1-800-522-0310; client email {M('email', p.email())}")


def pos_audit_cef():
    t = CLK.tick()
    p = Person(min_age=0, max_age=88)
    ver = f"{R.randint(4, 7)}.{R.randint(0, 9)}.{R.randint(0, 30)}"
    who = staff_acct()
    cef = f"CEF:0|StateDHS|IEES|{ver}|"
    v = R.randint(0, 3)
    rt = f"rt={MON3[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S}"
    if v == 0:
        return (f"{ts_syslog(t)} siem-fwd01 {cef}RECORD_VIEW|Caseworker viewed client record|3|{rt} suser={who} "
                f"src={private_ip()} duser={N(p.full())} cs1Label=clientSSN cs1={M('ssn', ssn())} "
                f"cs2Label=clientDOB cs2={D(fdate(p.dob, 'us'))} cs3Label=screen cs3=CASE_SUMMARY act=view outcome=success")
    if v == 1:
        return (f"{ts_syslog(t)} siem-fwd02 {cef}SELF_SERVICE_LOGIN|Client portal login|2|{rt} suser={M('email', p.email())} "
                f"src={M('ip', public_ip())} spt={R.randint(30000, 65000)} dpt=443 requestClientApplication={ch(UAS)[:40]} outcome=success")
    if v == 2:
        return (f"{ts_syslog(t)} siem-fwd01 {cef}SENSITIVE_EXPORT|Bulk export flagged|7|{rt} suser={who} "
                f"src={private_ip()} cs1Label=firstRecord cs1={N(p.full('LF'))} cs2Label=firstRecordMedicaidId "
                f"cs2={M('health_plan', medicaid_id())} cnt={R.randint(50, 4000)} fname=export_{hexs(8)}.csv act=blocked")
    return (f"{ts_syslog(t)} siem-fwd03 {cef}BTG_ACCESS|Break-the-glass access to restricted case|8|{rt} suser={who} "
            f"src={private_ip()} duser={N(p.full('lf'))} cs1Label=mrn cs1={M('mrn', mrn())} "
            f"cs4Label=reason cs4=\"DV-shelter address lookup\" cs5Label=addr cs5={A(p.street)} outcome=success")


def pos_java_exc():
    t = CLK.tick()
    p = Person(min_age=0, max_age=88)
    thr = ch(["http-nio-8443-exec-7", "pool-3-thread-12", "kafka-consumer-elig-0", "DefaultMessageListenerContainer-2"])
    lead = f"{ts_space_ms(t)} ERROR {R.randint(1000, 40000)} --- [{thr}] "
    v = R.randint(0, 4)
    if v == 0:
        return (lead + f"g.d.e.addr.UspsAddressValidator : Address validation failed for input '{A(p.street)}, {A(p.city)}, {p.st} {Z(p.zip)}' "
                f"(USPS rc=21 Address Not Found) requestId={uuid4()}")
    if v == 1:
        return (lead + f"o.h.engine.jdbc.spi.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint \"uk_person_ssn\" "
                f"Detail: Key (ssn)=({M('ssn', ssn('plain'))}) already exists.")
    if v == 2:
        return (lead + f"c.f.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String "
                f"\"{D(fdate(p.dob, ch(['us', 'dmy', 'mdy_dash'])))}\": Text could not be parsed at index 0 "
                f"(through reference chain: gov.dhs.ees.dto.ApplicantDto[\"dateOfBirth\"])")
    if v == 3:
        return (lead + f"g.d.e.sync.MmisSyncJob : MMIS rejected recipient update: {{recipFirstNm={N(p.first)}, recipLastNm={N(p.last)}, "
                f"recipMedcdId={M('health_plan', medicaid_id())}, phoneNbr={M('phone', p.phone('plain'))}, "
                f"faxNbr={M('fax', p.phone('plain')) if R.random() < 0.6 else 'null'}, errCd=E0412}}")
    return (lead + f"g.d.p.kyc.IdProofingClient : LexisNexis IDV timeout after 30000ms for subject "
            f"[name={N(p.full('fl'))}, dl={M('license', drivers_license())}, ssn={M('ssn', ssn())}] retry=3/3")


def pos_sql():
    t = CLK.tick()
    p = Person(min_age=0, max_age=88)
    pid = R.randint(2000, 60000)
    lead = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] {ch(['mmis_app', 'ees_rw', 'dds_batch'])}@{ch(['mmisprod', 'eesprod', 'ddsdb'])} LOG:  "
    v = R.randint(0, 3)
    if v == 0:
        return (lead + f"duration: {R.uniform(0.2, 40):.3f} ms  execute <unnamed>: UPDATE recip_demog SET addr_ln1 = $1, city_nm = $2, "
                f"cnty_nm = $3, zip_cd = $4 WHERE recip_sk = $5  DETAIL: parameters: $1 = '{A(p.street)}', $2 = '{A(p.city)}', "
                f"$3 = '{A(p.county)}', $4 = '{Z(p.zip)}', $5 = '{R.randint(100000, 9999999)}'")
    if v == 1:
        return (lead + f"statement: SELECT * FROM dds_claimant WHERE clmt_ssn = '{M('ssn', ssn('plain'))}' AND "
                f"birth_dt = DATE '{D(p.dob.isoformat())}'")
    if v == 2:
        return (lead + f"duration: {R.uniform(0.2, 9):.3f} ms  statement: INSERT INTO bnft_pymt_acct (recip_sk, rtng_nbr, acct_nbr, "
                f"card_pan) VALUES ({R.randint(100000, 9999999)}, '103000648', '{M('account', bank_acct())}', '{M('account', ebt_card().replace(' ', ''))}')")
    return (lead + f"statement: UPDATE va_vet SET edipi = '{M('other_id', edipi())}', icn = '{M('mrn', va_icn())}', "
            f"last_nm = '{N(p.last.upper())}' WHERE vet_id = {R.randint(1000, 999999)}")


def pos_spanish_portal():
    t = CLK.tick()
    pl = ch([x for x in PLACES if x[2] in ("PR", "TX", "CA", "NM")])
    p = Person(min_age=18, max_age=88, place=pl)
    v = R.randint(0, 2)
    lead = f"[{t:%Y-%m-%d %H:%M:%S}] portal-beneficios.{ch(['INFO', 'NOTICE', 'WARNING'])}: "
    if v == 0:
        ctx = {"nombre": N(p.first), "apellidos": N(p.last), "fecha_nacimiento": D(fdate(p.dob, "dmy")),
               "num_seguro_social": M("ssn", ssn()), "telefono": M("phone", p.phone()),
               "domicilio": A(p.street), "municipio": A(p.city), "codigo_postal": Z(p.zip),
               "programa": ch(["Medicaid", "PAN", "TANF", "WIC"])}
        if R.random() < 0.5:
            ctx["cuenta_deposito"] = M("account", bank_acct())
        return lead + f"Solicitud recibida {jd(ctx)} []"
    if v == 1:
        old = Person(min_age=90, max_age=100, place=pl, sex="F")
        ctx = {"solicitante": N(p.full()), "parentesco": "hija" if p.sex == "F" else "hijo",
               "beneficiaria": N(old.full()), "edad": "__AGE__", "correo": M("email", p.email()),
               "cita": D(fdate(near_date(2, 30), "es"))}
        return (lead + "Cita programada para evaluación de elegibilidad " + jd(ctx) + " []").replace('"__AGE__"', M("age", str(old.age)))
    ctx = {"usuario": M("email", p.email()), "ip_origen": M("ip", public_ip()), "intentos": R.randint(3, 9),
           "bloqueado_hasta": f"{t + dt.timedelta(minutes=30):%Y-%m-%d %H:%M:%S}"}
    return lead + f"Cuenta bloqueada por intentos fallidos {jd(ctx)} {{\"uid\":\"{hexs(13)}\"}}"


def pos_idproof_json():
    t = CLK.tick()
    p = Person(min_age=18, max_age=85)
    v = R.randint(0, 2)
    if v == 0:
        rec = {"@timestamp": ts_iso_z(t), "service": "idp-verify", "event": "enrollment.completed",
               "subject": {"fullName": N(p.full()), "dlNumber": M("license", drivers_license(p.st if p.st in ("CA", "NY", "TX", "OK", "AZ", "NM", "OH") else None)),
                           "dlState": p.st},
               "selfie_b64": M("photo", photo_b64()), "liveness": round(R.uniform(0.85, 0.999), 3),
               **({"thumbTpl": M("biometric", bio_b64())} if R.random() < 0.5 else {}),
               "model": f"facematch-{R.randint(2, 4)}.{R.randint(0, 9)}.{R.randint(0, 9)}"}
    elif v == 1:
        rec = {"@timestamp": ts_iso_z(t), "service": "ebt-kiosk-bio", "event": "fingerprint.enrolled",
               "cardholder": N(p.full("lf")), "fpTemplateIso19794": M("biometric", bio_b64()),
               "finger": ch(["R_INDEX", "L_INDEX", "R_THUMB"]), "nfiq2": R.randint(40, 95),
               "kiosk": {"id": f"KSK-{R.randint(100, 999)}", "fw": f"4.{R.randint(0, 9)}.{R.randint(0, 20)}"}}
    else:
        rec = {"@timestamp": ts_iso_z(t), "service": "idp-verify", "event": "mfa.device.bound",
               "email": M("email", p.email()), "device": {"imei": M("device", imei()), "model": ch(["moto g play", "Galaxy A14", "iPhone 12", "TCL 30 Z"])},
               "sourceIp": M("ip", public_ip()), "riskScore": R.randint(1, 99),
               "faceImg": M("photo", photo_b64()) if R.random() < 0.5 else None,
               "voiceTpl": M("biometric", bio_b64()) if R.random() < 0.5 else None}
        rec = {k: v_ for k, v_ in rec.items() if v_ is not None}
    return jd(rec)


def pos_device_kv():
    t = CLK.tick()
    p = Person(min_age=40, max_age=88)
    v = R.randint(0, 3)
    if v == 0:
        return (f"{ts_iso_z(t)} [VA-PSAS] INFO implant recorded patient_icn={M('mrn', va_icn())} pt=\"{N(p.full('LF'))}\" "
                f"item=\"{ch(['Medtronic Azure XT DR MRI', 'Abbott Assurity MRI', 'Boston Sci Accolade MRI', 'Cochlear Nucleus CI632'])}\" "
                f"serial={M('device', implant_serial())} udi={M('device', udi())} implant_dt={D(fdate(near_date(-30, -1), 'iso'))} "
                f"surgeon=\"{clinician()}\"")
    if v == 1:
        return (f"{ts_space_ms(t)} mmis-dme WARN PA-{digits(7)} duplicate rental detected mbr={N(p.full())} "
                f"medicaidNo={M('health_plan', medicaid_id())} hcpcs={ch(['K0823', 'E0601', 'E1390', 'E0260'])} "
                f"equipSerial={M('device', dme_serial())} supplier_npi={npi()} dos={D(fdate(near_date(-90, -1), 'us'))}")
    if v == 2:
        return (f"{ts_iso_z(t)} rpm-ingest INFO reading accepted pt_mrn={M('mrn', mrn())} "
                f"gw_mac={M('device', mac(ch([':', '-'])))} cellular_imei={M('device', imei())} "
                f"metric=bp sys={R.randint(100, 190)} dia={R.randint(60, 110)} fw=2.{R.randint(0, 9)}.{R.randint(0, 20)}")
    return (f"{ts_iso_z(t)} hie-adt INFO A01 annotated: {N(p.full())} ({M('mrn', mrn())}) admitted {D(fdate(near_date(-5, 0), 'iso'))} "
            f"with CIED {ch(['pacemaker', 'ICD', 'CRT-D'])} SN {M('device', implant_serial())}; payer {ch(['SoonerCare', 'Medicare'])}")


def pos_program_integrity():
    t = CLK.tick()
    p = Person(min_age=18, max_age=75)
    f, l = slug(p.first), slug(p.last)
    url = ch([f"https://www.facebook.com/{f}.{l}.{R.randint(10, 9999)}", f"https://www.instagram.com/{f}_{l}{R.randint(1, 99)}/",
              f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}", f"https://{f}{l}.blogspot.com/",
              f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills", f"https://www.tiktok.com/@{f}{l}{R.randint(1, 99)}",
              f"https://x.com/{f}{l[:3]}{R.randint(1, 999)}"])
    lead = f"{ts_space_ms(t)} INFO  pi-casemgmt [{staff_acct()}] "
    v = R.randint(0, 2)
    if v == 0:
        return (lead + f"evidence link added to PI investigation PI-{t.year}-{R.randint(1000, 9999)}: subject {N(p.full())} "
                f"profile {M('url', url)} (undisclosed vehicle plate {M('vehicle', plate())})")
    if v == 1:
        return (lead + f"skip-trace hit subject={N(p.full('LF'))} url={M('url', url)} last_login_ip={M('ip', public_ip())} "
                f"confidence={R.uniform(0.5, 0.99):.2f}")
    return (lead + f"tip received via hotline 1-800-784-0555 re: {N(p.full())}, VIN {M('vehicle', vin())} registered "
            f"at {A(p.street)}, {A(p.city)}; personal site {M('url', url)}")


# ===========================================================================
# NEGATIVE generators (no PHI, dense look-alikes)
# ===========================================================================
VENDORS = ["Peregrine Print & Mail, 4400 Commerce Park Dr Ste 210, Columbus OH 43219",
           "Meridian Eligibility Systems LLC, 1200 Corporate Center Way, Austin TX 78759",
           "Northstar EBT Processing, 7 Riverside Plaza Fl 12, Chicago IL 60606",
           "Cascade Document Imaging Inc, 88 Harbor View Rd, Tacoma WA 98402",
           "BlueMesa Health IT, 2150 Louisiana Blvd NE Ste 300, Albuquerque NM 87110"]
AGENCY_LINES = ["1-800-522-0310", "(877) 362-1421", "1-866-445-1298", "800.463.3721", "(405) 522-7300", "1-888-901-7420"]
AGENCY_ADDR = ["4345 N Lincoln Blvd, Oklahoma City, OK 73105", "PO Box 2348, Santa Fe, NM 87504",
               "801 E Jefferson St, Phoenix, AZ 85034", "1501 Capitol Ave, Sacramento, CA 95814",
               "516 E Nizhoni Blvd, Gallup, NM 87301", "921 NE 13th St, Oklahoma City, OK 73104"]


def ver():
    return f"{R.randint(1, 9)}.{R.randint(0, 24)}.{R.randint(0, 40)}"


def neg_medicaid_elig_json():
    t = CLK.tick()
    v = R.randint(0, 3)
    if v == 0:
        rec = {"ts": ts_iso_z(t), "level": "INFO", "svc": "elig-rules-engine", "event": "batch.summary",
               "batchId": f"EDB-{t:%Y%m%d}-{R.randint(1, 12):02d}", "processed": R.randint(2000, 40000),
               "eligible": R.randint(1000, 20000), "denied": R.randint(10, 900), "pendingVerif": R.randint(10, 900),
               "fplTableEffective": "2024-01-17", "ruleset": f"v{ver()}", "durationMs": R.randint(20000, 900000),
               "host": int_host(), "traceId": trace()}
    elif v == 1:
        rec = {"ts": ts_iso_z(t), "level": "DEBUG", "svc": "elig-rules-engine", "event": "rule.evaluated",
               "rule": ch(["MAGI-ADULT-AGE-19-64", "ABD-AGE-65-PLUS", "CHIP-AGE-0-18", "QMB-INCOME-100FPL"]),
               "input": {"ageYears": R.randint(19, 89), "hhSize": R.randint(1, 9), "monthlyIncome": R.randint(0, 6000),
                         "stateCode": ch(["OK", "NM", "AZ"])},
               "result": ch(["PASS", "FAIL"]), "evalNs": R.randint(900, 90000), "spanId": span_id(), "traceId": trace()}
    elif v == 2:
        rec = {"ts": ts_iso_z(t), "level": "INFO", "svc": "elig-config", "msg": "FPL thresholds loaded",
               "fpl100_hh1": 15060, "fpl138_hh4": 43056, "effective": "2024-01-17", "ageBandsReported": ["0-18", "19-64", "65-89", "90+"],
               "source": "https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines", "sha256": hexs(64)}
    elif R.random() < 0.4:
        rec = {"ts": ts_iso_z(t), "level": "DEBUG", "svc": "ees-notice", "msg": "template compiled",
               "template": "MED-RNW-0412", "locale": ch(["en-US", "es-US", "vi-VN"]),
               "preview": "Dear {{recipient.firstName}} {{recipient.lastName}}, your coverage renewal is due {{renewal.dueDate}}. Call " + ch(AGENCY_LINES),
               "sampleData": "fixtures/renewal_sample_v" + str(R.randint(2, 9)) + ".json", "bytes": R.randint(2000, 90000),
               "replyTo": "noreply@mybenefits.dhs.example.gov"}
    else:
        rec = {"ts": ts_iso_z(t), "level": "WARN", "svc": "ees-kafka-consumer", "msg": "consumer lag above threshold",
               "topic": "elig.determinations.v3", "partition": R.randint(0, 23), "lag": R.randint(5000, 90000),
               "offset": R.randint(10 ** 8, 10 ** 9), "group": "mmis-sync", "broker": f"{private_ip()}:9092",
               "printVendor": ch(VENDORS)}
    return jd(rec)


def neg_snap_tanf_logfmt():
    t = CLK.tick()
    head = f"time={ts_iso_off(t, '-06:00')} level={ch(['info', 'debug', 'warn'])} app=snap-tanf-bridge"
    v = R.randint(0, 3)
    if v == 0:
        return (f"{head} msg=\"EBT settlement file received\" file=EBT_SETTLE_{t:%Y%m%d}_{R.randint(1, 4)}.dat "
                f"records={R.randint(10000, 900000)} total_cents={R.randint(10 ** 8, 10 ** 10)} sha256={hexs(64)} "
                f"sftp_host=sftp.ebtedge.example.com:22 processor=\"{ch(VENDORS)}\"")
    if v == 1:
        return (f"{head} msg=\"DMV interface heartbeat\" endpoint=https://dmv-api.state.example.gov:8443/v2/vehicles "
                f"status=200 latency_ms={R.randint(20, 900)} tls=TLSv1.3 cert_expires=2025-02-14 client={svc_acct()} "
                f"pool_size={R.randint(4, 32)} req_id={uuid4()}")
    if v == 2:
        return (f"{head} msg=\"TANF sanction batch complete\" batch=TSB-{t:%y%j}-{R.randint(100, 999)} "
                f"cases_reviewed={R.randint(100, 5000)} sanctioned={R.randint(0, 300)} cured={R.randint(0, 120)} "
                f"rule_ver={ver()} run_by={svc_acct()} duration={R.randint(1, 59)}m{R.randint(0, 59)}s")
    return (f"{head} msg=\"ABAWD waiver table refreshed\" counties_waived={R.randint(10, 77)} "
            f"effective=2024-02-01 expires=2025-01-31 age_range=18-54 source=USDA-FNS-{digits(6)} "
            f"helpline={ch(AGENCY_LINES)} hostname={int_host()}")


def neg_dds_syslog():
    t = CLK.tick()
    host = ch(["dcps-app04", "dcps-app07", "dds-ok-web2", "dds-nm-batch"])
    head = f"<{ch(['134', '133', '131'])}>1 {ts_iso_off(t)} {host} DCPS {R.randint(1000, 65000)}"
    v = R.randint(0, 3)
    if v == 0:
        return (f"{head} QUEUE_STAT - pending_ce={R.randint(100, 900)} pending_mer={R.randint(100, 3000)} "
                f"avg_age_days={R.randint(20, 240)} oldest_days={R.randint(200, 600)} unit=VOC-{R.randint(1, 5)} "
                f"examiners_online={R.randint(5, 80)} build=DCPS2-{ver()}")
    if v == 1:
        c = clinician()
        return (f"{head} CE_PANEL - provider onboarded: Dr. {c}, NPI {npi()}, specialty={ch(['PSYCH', 'IM', 'ORTHO', 'PEDS'])}, "
                f"clinic fax {ch(AGENCY_LINES)}, site {ch(AGENCY_ADDR)}, rate_schedule=RS-{t.year}-{R.randint(1, 9)}")
    if v == 2:
        return (f"{head} MER_VENDOR - invoice INV-{digits(8)} received from ROI vendor; pages={R.randint(1000, 90000)} "
                f"amount=${R.randint(1000, 90000)}.{digits(2)} remit_to=\"{ch(VENDORS)}\" po=PO-{t.year}-{digits(5)}")
    if R.random() < 0.4:
        return (f"{head} FORMS_PKG - claimant packet template updated forms=SSA-827,SSA-3368-BK,SSA-3369-BK,SSA-454-BK "
                f"rev=2023-11 pkg_id=FP-{t:%Y%m%d}-{R.randint(100, 999)} pages={R.randint(10, 40)} contact=\"DDS Help Desk {ch(AGENCY_LINES)}\"")
    return (f"{head} EFOLDER_SYNC - sync complete docs={R.randint(0, 40)} bytes={R.randint(10 ** 5, 10 ** 8)} "
            f"ssa_endpoint=https://efolder.ssa.example.gov:443 corr_id={uuid4()} retries=0 mq=DDS.OUT.{R.randint(1, 9)}")


def neg_hl7():
    t = CLK.tick()
    sta, fac, facname = ch(FAC)
    msgid = digits(10)
    v = R.randint(0, 3)
    if v == 0:
        body = f"MSH|^~\\&|NMHIC|HIE|VISTA|{sta}^{fac}|{ts_compact(t)}-0700||ACK^A04|ACK{msgid}|P|2.5.1\\rMSA|AA|{msgid}|Message accepted"
        return f"{ts_space_ms(t, ',')} INFO  [MLLP-Listener-{R.randint(1, 8)}] HL7Outbound - TX ACK to {fac}: {body}"
    if v == 1:
        last, first = ch(CLIN_LAST).upper(), ch(CLIN_FIRST).upper()
        body = (f"MSH|^~\\&|VISTA|{sta}^{fac}|HIE|NMHIC|{ts_compact(t)}||MFN^M02|{msgid}|P|2.5.1\\rMFI|PRA^Practitioner|||UPD\\r"
                f"STF||{npi()}|{last}^{first}^^^DR|||||||{ch(AGENCY_LINES)}^WPN^PH\\rPRA||{ch(['207R00000X', '2084P0800X', '363LF0000X'])}")
        return f"{ts_iso_z(t)} hl7-router[{R.randint(100, 9999)}]: practitioner master update raw={body}"
    if v == 2:
        return (f"[{ts_space_ms(t)}] [{facname}] MLLP listener bound 0.0.0.0:{ch([5026, 6661, 2575, 7001])} "
                f"tls=false max_conn={R.randint(8, 64)} charset=UTF-8 hapi={R.randint(2, 2)}.{R.randint(3, 5)} "
                f"queue_depth={R.randint(0, 400)} last_ctl={msgid}")
    return (f"{ts_space_ms(t, ',')} WARN  [MLLP-Listener-{R.randint(1, 8)}] HL7Inbound - NAK sent ctl={msgid} "
            f"err=\"PID-7 invalid date format\" seg=PID field=7 rep=1 comp=1 sending_fac={sta}^{fac} retry={R.randint(1, 5)}")


def neg_fhir_json():
    t = CLK.tick()
    v = R.randint(0, 3)
    if v == 0:
        res = {"resourceType": "Organization", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}],
               "name": ch([f[2] for f in FAC] + ["Martin Luther King Jr. Community Hospital", "Ronald Reagan UCLA Medical Center",
                                                  "John Peter Smith Hospital", "Claremore Indian Hospital"]), "telecom": [{"system": "phone", "value": ch(AGENCY_LINES)}],
               "address": [{"text": ch(AGENCY_ADDR)}]}
        rec = {"timestamp": ts_iso_z(t), "level": "INFO", "logger": "hie.directory.OrgSync", "msg": "Organization upsert", "resource": res}
    elif v == 1:
        res = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
               "diagnostics": f"HAPI-{R.randint(400, 2000)}: Unknown search parameter \"birthdate:exact\" for resource type Patient"}]}
        rec = {"timestamp": ts_iso_z(t), "level": "WARN", "logger": "hie.gateway.SearchProxy", "status": 400,
               "path": "/fhir/r4/Patient?_count=50", "resource": res, "traceparent": f"00-{trace()}-{span_id()}-01"}
    elif v == 2:
        res = {"resourceType": "Bundle", "type": "searchset", "total": 0,
               "link": [{"relation": "self", "url": f"https://hie.example.org/fhir/r4/Coverage?payor=Organization/{R.randint(10, 99)}&_lastUpdated=gt2024-03-01"}]}
        rec = {"timestamp": ts_iso_z(t), "level": "DEBUG", "logger": "hie.coverage.EligibilitySync", "msg": "empty page", "resource": res}
    else:
        res = {"resourceType": "Practitioner", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}],
               "name": [{"family": ch(CLIN_LAST), "given": [ch(CLIN_FIRST)], "prefix": ["Dr."]}],
               "telecom": [{"system": "fax", "value": ch(AGENCY_LINES)}]}
        rec = {"timestamp": ts_iso_z(t), "level": "INFO", "logger": "hie.directory.PractitionerSync", "msg": "Practitioner upsert",
               "fhirVersion": "4.0.1", "resource": res}
    return jd(rec)


def neg_x12_834():
    t = CLK.tick()
    ctl = digits(9)
    v = R.randint(0, 2)
    if v == 0:
        s = (f"ISA*00*          *00*          *ZZ*{ch(['OKHCA', 'NMHSD', 'AHCCCS'])}{' ' * 9}*ZZ*{ch(['MAXENROLL', 'BROKER834'])}{' ' * 6}*"
             f"{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~GS*BE*OKHCA*BROKER*{t:%Y%m%d}*{t:%H%M}*{R.randint(1, 9999)}*X*005010X220A1~"
             f"ST*834*{R.randint(1, 9999):04d}*005010X220A1~BGN*00*{digits(12)}*{t:%Y%m%d}*{t:%H%M}****2~N1*P5*STATE MEDICAID AGENCY*FI*{digits(9)}~")
        return f"{ts_iso_z(t)} edi-broker INFO  834 envelope opened: {s}"
    if v == 1:
        s = f"SE*{R.randint(20, 90000)}*{R.randint(1, 9999):04d}~GE*1*{R.randint(1, 9999)}~IEA*1*{ctl}~"
        return f"{ts_space_ms(t)} [x12-worker-{R.randint(1, 6)}] INFO EnvelopeCloser trailer={s} members={R.randint(100, 80000)} adds={R.randint(0, 900)} terms={R.randint(0, 900)}"
    s = (f"ST*999*0001*005010X231A1~AK1*BE*{R.randint(1, 9999)}*005010X220A1~AK2*834*{R.randint(1, 9999):04d}~"
         f"IK5*A~AK9*A*1*1*1~SE*6*0001~")
    return f"{ts_syslog(t)} {int_host()} broker834[{R.randint(200, 9000)}]: 999 accepted ISA ctl {ctl}: {s}"


def neg_portal_access():
    t = CLK.tick()
    v = R.randint(0, 4)
    ua = ch(UAS)
    if v == 0:
        return (f'{private_ip()} - - [{ts_clf(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.00{R.randint(1, 9)}')
    if v == 1:
        return (f'{private_ip()} - - [{ts_clf(t)}] "GET /static/js/main.{hexs(8)}.chunk.js HTTP/2.0" 200 {R.randint(10000, 900000)} '
                f'"https://{ch(PORTALS)}/" "{ua}" cache=HIT')
    if v == 2:
        return (f'{private_ip()} - - [{ts_clf(t)}] "GET /api/v2/programs?county=all&lang=es&v={ver()} HTTP/1.1" 200 {R.randint(200, 9000)} '
                f'"-" "{ua}" upstream={private_ip()}:8080 req_id={uuid4()}')
    if v == 3:
        return (f'{ts_syslog(t)} portal-web-0{R.randint(1, 9)} nginx: [warn] {R.randint(1000, 9999)}#0: *{R.randint(10 ** 5, 10 ** 7)} '
                f'upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{R.randint(1, 9)}/{R.randint(10, 99)}/{digits(10)} '
                f'while reading upstream, client: {private_ip()}, server: {ch(PORTALS)}, request: "GET /documents/notice/pdf?id={uuid4()} HTTP/1.1"')
    return (f'{private_ip()} - svc_portal_probe [{ts_clf(t)}] "POST /api/v1/session/keepalive HTTP/1.1" 204 0 "-" '
            f'"k6/0.49.0 (https://k6.io/)" rt={R.uniform(0.001, 0.2):.3f} resolver=8.8.8.8')


def neg_call_center_csv():
    t = CLK.tick()
    q_ = ch(["Q-MEDICAID-EN", "Q-MEDICAID-ES", "Q-SNAP-EN", "Q-PARTD-LIS", "Q-CHILDSUP"])
    v = R.randint(0, 3)
    if v == 0:
        return (f"{t:%Y-%m-%d %H}:{(t.minute // 15) * 15:02d},INTERVAL,{q_},offered={R.randint(50, 900)},handled={R.randint(40, 800)},"
                f"aban={R.randint(0, 90)},asa=00:{R.randint(0, 30):02d}:{R.randint(0, 59):02d},aht=00:{R.randint(4, 20):02d}:{R.randint(0, 59):02d},"
                f"sl={R.uniform(40, 99):.1f}%,dnis={ch(['18005220310', '18773621421', '18664451298'])}")
    if v == 1:
        return (f"{ts_space_ms(t)},AGENT_STATE,{q_},{staff_acct()},READY->AUX{R.randint(1, 9)},reason=\"{ch(['Lunch', 'Training', 'Coaching', 'Outbound'])}\","
                f"station=SIP/{R.randint(4000, 4999)},ext={R.randint(4000, 4999)},site=OKC-CC{R.randint(1, 3)}")
    if v == 2:
        return (f"{ts_space_ms(t)},IVR_PATH,{q_},-,ivr_path=1>3>{R.randint(1, 9)},dnis={ch(AGENCY_LINES)},"
                f"lang={ch(['EN', 'ES', 'VI', 'NV'])},contained=true,dur=00:0{R.randint(0, 9)}:{R.randint(10, 59)},call_id={uuid4()}")
    return (f"{ts_space_ms(t)},SYSTEM,{q_},{svc_acct()},recording_purge,deleted={R.randint(1000, 90000)},"
            f"older_than=2023-09-11,bucket=s3://cc-recordings-prod/{t:%Y/%m}/,kms_key=arn:aws:kms:us-east-2:{digits(12)}:key/{uuid4()}")


def neg_partd_lis():
    t = CLK.tick()
    contract = ch(["H4523", "S5601", "H0627", "S4802", "R5826"])
    v = R.randint(0, 3)
    if v == 0:
        return f"{ts_space_ms(t)} lis-loader INFO HDR|LIS|{contract}|{t:%Y%m%d}|v3.2|RECS={R.randint(1, 99999):08d}|FILE=P.{contract}.LISHIST.D{t:%y%m%d}.T{t:%H%M%S}0"
    if v == 1:
        return f"{ts_space_ms(t)} lis-loader INFO TRL|LIS|{contract}|RECS={R.randint(1, 99999):08d}|REJ={R.randint(0, 40)}|CRC32={hexs(8, True)}"
    if v == 2:
        return (f"{ts_syslog(t)} lis-sftp mmr-parse[{R.randint(100, 9999)}]: region {R.randint(1, 34)} benchmark premium "
                f"${R.uniform(30, 60):.2f} eff 2024-01-01 pbp={R.randint(1, 999):03d} contract={contract} plan_year=2024")
    return (f"{ts_space_ms(t)} pde-edit WARN {R.randint(10, 900)} PDE records rejected edit 785 batch=PDE{digits(10)} "
            f"contract={contract} ndc_sample={digits(11)} prescriber_npi_sample={npi()} report=lis_rej_{t:%Y%m%d}.txt")


def neg_child_support_xml():
    t = CLK.tick()
    lead = f"{ts_iso_off(t, '-05:00')} INFO csenet-gw [{ch(['FCR', 'CSENET', 'QUICK', 'NDNH'])}] "
    v = R.randint(0, 2)
    if v == 0:
        return (lead + f"ack <TransmissionAck><BatchID>FCR{t:%Y%m%d}{R.randint(1, 99):02d}</BatchID><RecordCount>{R.randint(100, 90000)}</RecordCount>"
                f"<Errors>{R.randint(0, 40)}</Errors><Version>{ver()}</Version></TransmissionAck>")
    if v == 1:
        return (lead + f"config <SDU><Name>State Centralized Support Registry</Name><Addr>PO Box 248822, Oklahoma City, OK 73124</Addr>"
                f"<Phone>{ch(AGENCY_LINES)}</Phone><FEIN>73-{digits(7)}</FEIN></SDU>")
    return (lead + f"metrics <CsenetStats period=\"{t:%Y-%m}\" outbound=\"{R.randint(100, 9000)}\" inbound=\"{R.randint(100, 9000)}\" "
            f"partnerStates=\"{R.randint(20, 54)}\" avgLatencySec=\"{R.uniform(0.2, 9):.2f}\" fips=\"40000\"/>")


def neg_reentry_text():
    t = CLK.tick()
    lead = f"{ts_space_ms(t)} INFO  [{ch(['reentry-worker-1', 'scheduler-2'])}] ReentryReferralSvc - "
    v = R.randint(0, 2)
    if v == 0:
        return lead + (f"Referral queue processed: {R.randint(5, 90)} pending, {R.randint(0, 20)} overdue, next run "
                       f"{(t + dt.timedelta(days=1)):%Y-%m-%d}T02:00:00-06:00; facilities={R.randint(5, 30)}; job={uuid4()}")
    if v == 1:
        return lead + (f"MOU with {ch(['Cherokee Nation Health Services', 'Oklahoma Dept of Corrections', 'Presbyterian Health Plan'])} "
                       f"renewed through 2026-06-30; liaison {staff_acct()} ext {R.randint(1000, 9999)}; office {ch(AGENCY_ADDR)}")
    return lead + (f"Facility roster sync: Joseph Harp Correctional Center cap={R.randint(900, 1500)} pop={R.randint(700, 1400)} "
                   f"release_window_days=90 avg_age={R.randint(30, 45)} build=reentry-api:{ver()}")


def neg_audit_cef():
    t = CLK.tick()
    ver_ = ver()
    rt = f"rt={MON3[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S}"
    v = R.randint(0, 3)
    host = f"siem-fwd0{R.randint(1, 3)}"
    if v == 0:
        return (f"{ts_syslog(t)} {host} CEF:0|StateDHS|IEES|{ver_}|STAFF_LOGIN|Caseworker login|2|{rt} suser={staff_acct()} "
                f"src={private_ip()} spt={R.randint(30000, 65000)} dpt=443 cs1Label=mfa cs1=PIV outcome=success")
    if v == 1:
        return (f"{ts_syslog(t)} {host} CEF:0|StateDHS|IEES|{ver_}|ROLE_CHANGE|Role granted|5|{rt} suser={svc_acct()} "
                f"duser={staff_acct()} cs1Label=role cs1={ch(['ELIG_SUPERVISOR', 'QC_REVIEWER', 'BTG_APPROVER'])} ticket=RITM{digits(7)}")
    if v == 2:
        return (f"{ts_syslog(t)} {host} CEF:0|StateDHS|IEES|{ver_}|LOGIN_FAIL|Caseworker login failed|4|{rt} suser={staff_acct()} "
                f"src={private_ip()} reason=BAD_PASSWORD attempts={R.randint(1, 5)} deviceExternalId=WS-{digits(6)}")
    if R.random() < 0.4:
        sup = clinician()
        return (f"{ts_syslog(t)} {host} CEF:0|StateDHS|IEES|{ver_}|CASE_REASSIGN|Bulk case reassignment|3|{rt} suser={staff_acct()} "
                f"msg=Supervisor {sup} moved {R.randint(5, 90)} cases from MED-RENEWAL to MED-RENEWAL-{R.randint(2, 5)} "
                f"cs1Label=approver cs1={staff_acct()} cs2Label=office cs2=\"{ch(AGENCY_ADDR)}\" outcome=success")
    return (f"{ts_syslog(t)} {host} CEF:0|StateDHS|IEES|{ver_}|REPORT_RUN|Aggregate report generated|1|{rt} suser={staff_acct()} "
            f"cs1Label=report cs1=ENROLLMENT_BY_COUNTY cs2Label=rows cs2={R.randint(10, 80)} cs3Label=suppression cs3=n<11 outcome=success")


def neg_java_exc():
    t = CLK.tick()
    thr = ch(["http-nio-8443-exec-7", "pool-3-thread-12", "kafka-consumer-elig-0", "HikariPool-1 housekeeper"])
    lead = f"{ts_space_ms(t)} {ch(['ERROR', 'WARN'])} {R.randint(1000, 40000)} --- [{thr}] "
    v = R.randint(0, 3)
    if v == 0:
        return lead + (f"g.d.e.web.GlobalExceptionHandler : java.lang.NullPointerException: Cannot invoke \"String.trim()\" because "
                       f"\"dto.getMiddleName()\" is null at gov.dhs.ees.dto.ApplicantMapper.map(ApplicantMapper.java:{R.randint(40, 400)}) requestId={uuid4()}")
    if v == 1:
        return lead + (f"com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Connection is not available, request timed out after 30000ms "
                       f"(total={R.randint(10, 50)}, active={R.randint(10, 50)}, idle=0, waiting={R.randint(1, 200)}) jdbc:postgresql://{int_host()}:5432/eesprod")
    if v == 2:
        return lead + (f"o.a.k.clients.NetworkClient : [Consumer clientId=elig-{R.randint(0, 9)}, groupId=mmis-sync] Connection to node "
                       f"{R.randint(0, 5)} ({private_ip()}:9093) could not be established. Broker may not be available.")
    return lead + (f"g.d.e.sync.MmisSyncJob : MMIS rejected batch {digits(8)}: errCd=E0412 count={R.randint(1, 400)} "
                   f"first_row_sk={R.randint(100000, 9999999)} ver={ver()}")


def neg_sql():
    t = CLK.tick()
    pid = R.randint(2000, 60000)
    lead = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] {ch(['mmis_app', 'ees_rw', 'dds_batch'])}@{ch(['mmisprod', 'eesprod', 'ddsdb'])} LOG:  "
    v = R.randint(0, 3)
    if v == 0:
        return lead + (f"duration: {R.uniform(100, 9000):.3f} ms  statement: SELECT cnty_cd, count(*) FROM recip_elig WHERE "
                       f"elig_end_dt >= DATE '2024-03-31' AND pgm_cd IN ('MAGI','ABD') GROUP BY cnty_cd")
    if v == 1:
        return (f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] LOG:  automatic vacuum of table \"mmisprod.public.claim_line\": "
                f"index scans: 1 pages: 0 removed, {R.randint(10 ** 5, 10 ** 7)} remain tuples: {R.randint(1000, 900000)} removed")
    if v == 2:
        return lead + (f"execute <unnamed>: UPDATE recip_demog SET last_upd_ts = now(), last_upd_by = $1 WHERE recip_sk = $2  "
                       f"DETAIL: parameters: $1 = '{svc_acct()}', $2 = '{R.randint(100000, 9999999)}'")
    return (f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC [{pid}] LOG:  checkpoint complete: wrote {R.randint(100, 90000)} buffers "
            f"({R.uniform(0, 30):.1f}%); 0 WAL file(s) added, {R.randint(0, 9)} removed; write={R.uniform(1, 200):.3f} s, sync={R.uniform(0, 2):.3f} s")


def neg_spanish_portal():
    t = CLK.tick()
    lead = f"[{t:%Y-%m-%d %H:%M:%S}] portal-beneficios.{ch(['INFO', 'NOTICE'])}: "
    v = R.randint(0, 2)
    if v == 0:
        return lead + ("Mantenimiento programado " + jd({"inicio": "domingo 17 de marzo de 2024 02:00", "fin": "04:00",
                                                         "sistemas": ["PAN", "Medicaid"], "ticket": f"CHG{digits(7)}"}) + " []")
    if v == 1:
        return lead + ("Oficina local actualizada " + jd({"oficina": "Centro de Servicios Bayamón", "direccion": "Carr. 2 Km 11.5, Bayamón PR 00959",
                                                          "telefono": "(787) 289-7600", "horario": "L-V 7:30-4:00"}) + " []")
    if R.random() < 0.35:
        return lead + ("Mensaje de ayuda mostrado " + jd({"texto": "Para asistencia llame al " + ch(AGENCY_LINES) + " o escriba a ayuda@portal-beneficios.example.gov",
                                                             "pantalla": "paso_3_ingresos", "idioma": "es-PR", "edad_minima": 19}) + " []")
    return lead + ("Sesión iniciada " + jd({"rol": "trabajador_social", "usuario": staff_acct(), "ip_origen": private_ip(),
                                             "version": ver(), "sesion": hexs(26)}) + " []")


def neg_idproof_json():
    t = CLK.tick()
    v = R.randint(0, 2)
    if v == 0:
        rec = {"@timestamp": ts_iso_z(t), "service": "idp-verify", "event": "model.loaded",
               "model": f"facematch-{ver()}", "sha256": hexs(64), "threshold": round(R.uniform(0.5, 0.9), 2), "gpu": "nvidia-t4"}
    elif v == 1:
        rec = {"@timestamp": ts_iso_z(t), "service": "idp-verify", "event": "jwks.rotated", "kid": hexs(16),
               "alg": "ES256", "x": b64(32), "y": b64(32), "sig": b64(64), "nextRotation": "2024-06-09T00:00:00Z"}
    else:
        rec = {"@timestamp": ts_iso_z(t), "service": "ebt-kiosk-bio", "event": "stats.hourly",
               "enrollments": R.randint(0, 90), "matches": R.randint(0, 400), "fmr": 0.0001, "fnmr": round(R.uniform(0.001, 0.03), 4),
               "kiosk": f"KSK-{R.randint(100, 999)}", "fw": ver(), "sensor": "DigitalPersona U.are.U 4500"}
    return jd(rec)


def neg_device_kv():
    t = CLK.tick()
    v = R.randint(0, 2)
    if v == 0:
        return (f"{ts_iso_z(t)} gudid-sync INFO {R.randint(100, 9000)} device identifiers refreshed; sample di=(01)00{digits(12)} "
                f"brand=\"{ch(['Azure XT DR MRI', 'Assurity MRI', 'Nucleus CI632'])}\" mri_safety=CONDITIONAL source=https://accessgudid.nlm.nih.gov/api/v3")
    if v == 1:
        return (f"{ts_iso_z(t)} rpm-ingest INFO fw rollout wave={R.randint(1, 9)} devices={R.randint(10, 900)} fw={ver()} "
                f"ok={R.randint(10, 900)} failed={R.randint(0, 12)} gw_pool=rpm-gw-{R.randint(1, 4)} mqtt={private_ip()}:8883")
    return (f"{ts_space_ms(t)} mmis-dme INFO fee schedule loaded hcpcs={ch(['K0823', 'E0601', 'E1390', 'E0260'])} mod=RR "
            f"allowed=${R.uniform(20, 900):.2f} eff=2024-01-01 rows={R.randint(1000, 9000)} file=DMEPOS_{t.year}Q1.csv")


def neg_program_integrity():
    t = CLK.tick()
    lead = f"{ts_space_ms(t)} INFO  pi-casemgmt [{svc_acct()}] "
    v = R.randint(0, 2)
    if v == 0:
        return lead + (f"model run complete: scored={R.randint(10 ** 4, 10 ** 6)} flagged={R.randint(100, 5000)} "
                       f"precision@100={R.uniform(0.2, 0.7):.2f} model=pi-gbm-{ver()} features={R.randint(40, 300)}")
    if v == 1:
        return lead + (f"OIG LEIE exclusion list refreshed rows={R.randint(70000, 80000)} published=2024-03-01 "
                       f"src=https://oig.hhs.gov/exclusions/exclusions_list.asp sha1={hexs(40)}")
    return lead + (f"hotline summary: calls={R.randint(10, 200)} tips={R.randint(1, 60)} referred_to_MFCU={R.randint(0, 9)} "
                   f"hotline=1-800-784-0555 office=\"{ch(AGENCY_ADDR)}\"")


def neg_infra():
    t = CLK.tick()
    v = R.randint(0, 3)
    if v == 0:
        return (f"I{t:%m%d} {t:%H:%M:%S}.{t.microsecond:06d}       1 kubelet.go:{R.randint(1000, 3000)}] \"Pulled image\" "
                f"image=\"registry.dhs.local/ees/elig-rules:{ver()}\" pod=\"elig-rules-{hexs(10)}-{alnum(5, string.ascii_lowercase + string.digits)}\" "
                f"node=\"k8s-node-{R.randint(1, 40)}\" size=\"{R.randint(100, 900)}MB\"")
    if v == 1:
        return (f"{ts_syslog(t)} {int_host()} CRON[{R.randint(1000, 90000)}]: ({svc_acct()}) CMD (/opt/mmis/bin/nightly_extract.sh "
                f"--run-date {t:%Y-%m-%d} --out /data/extract/MMIS_{t:%Y%m%d}.zip)")
    if v == 2:
        return (f"{ts_iso_z(t)} cert-monitor WARN certificate for {ch(PORTALS)} expires 2024-04-{R.randint(10, 28)} "
                f"serial={hexs(32, True)} issuer=\"DigiCert Global G2 TLS RSA SHA256 2020 CA1\" days_left={R.randint(5, 40)}")
    if R.random() < 0.3:
        return (f"{ts_syslog(t)} dhcp-01 dhcpd[{R.randint(100, 9999)}]: DHCPACK on 10.{R.randint(20, 90)}.{R.randint(0, 255)}.{R.randint(2, 250)} to {mac()} "
                f"(NPI{hexs(6, True)}-{ch(['HP-LJ-M609', 'XRX-C8035', 'RICOH-IM430'])}) via eth{R.randint(0, 3)} "
                f"site=\"{ch(['County DHS Office 3rd Floor', 'Call Center Bldg B', 'Eligibility Annex'])}\"")
    if R.random() < 0.4:
        return (f"{ts_syslog(t)} mailrelay-2 postfix/smtp[{R.randint(1000, 99999)}]: {hexs(10, True)}: to=<helpdesk@dhs.state.example.gov>, "
                f"relay={private_ip()}[{private_ip()}]:25, delay={R.uniform(0.1, 3):.2f}, dsn=2.0.0, status=sent "
                f"(250 2.0.0 Ok: queued as {hexs(10, True)}) from=<noreply@mybenefits.dhs.example.gov>")
    return (f"{ts_iso_z(t)} haproxy[{R.randint(1000, 9999)}]: {private_ip()}:{R.randint(30000, 65000)} "
            f"[{ts_clf(t).split(' ')[0]}] fe_https~ be_elig/elig-{R.randint(1, 6)} 0/0/{R.randint(0, 9)}/{R.randint(10, 900)}/{R.randint(10, 900)} "
            f"200 {R.randint(100, 90000)} - - ---- {R.randint(1, 900)}/{R.randint(1, 900)}/0/0/0 0/0 \"GET /api/v3/health HTTP/1.1\"")


# ===========================================================================
# assembly
# ===========================================================================
FAMILIES = [  # family name, positive gen, negative gen, weight
    ("medicaid_elig_json", pos_medicaid_elig_json, neg_medicaid_elig_json, 9),
    ("snap_tanf_logfmt", pos_snap_tanf_logfmt, neg_snap_tanf_logfmt, 8),
    ("dds_case_syslog5424", pos_dds_syslog, neg_dds_syslog, 7),
    ("hl7v2_va_ihs", pos_hl7, neg_hl7, 8),
    ("fhir_hie_json", pos_fhir_json, neg_fhir_json, 6),
    ("x12_834_enrollment", pos_x12_834, neg_x12_834, 6),
    ("portal_access_log", pos_portal_access, neg_portal_access, 8),
    ("call_center_csv", pos_call_center_csv, neg_call_center_csv, 7),
    ("partd_lis_pipe", pos_partd_lis, neg_partd_lis, 6),
    ("child_support_xml", pos_child_support_xml, neg_child_support_xml, 6),
    ("reentry_referral_text", pos_reentry_text, neg_reentry_text, 6),
    ("caseworker_audit_cef", pos_audit_cef, neg_audit_cef, 7),
    ("java_exception", pos_java_exc, neg_java_exc, 6),
    ("postgres_sql_log", pos_sql, neg_sql, 5),
    ("spanish_portal_monolog", pos_spanish_portal, neg_spanish_portal, 5),
    ("idproof_biometric_json", pos_idproof_json, neg_idproof_json, 7),
    ("device_kv", pos_device_kv, neg_device_kv, 6),
    ("program_integrity_text", pos_program_integrity, neg_program_integrity, 5),
    ("infra_misc", None, neg_infra, 5),
]


def wchoice(items):
    total = sum(x[3] for x in items)
    r = R.uniform(0, total)
    acc = 0
    for x in items:
        acc += x[3]
        if r <= acc:
            return x
    return items[-1]


def quota(fams, n):
    total = sum(f[3] for f in fams)
    out = []
    for f in fams:
        out += [f] * (f[3] * n // total)
    i = 0
    while len(out) < n:
        out.append(fams[i % len(fams)])
        i += 1
    R.shuffle(out)
    return out


def build():
    R.seed(SEED)
    CLK.__init__()
    kinds = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(kinds)
    pos_fams = [f for f in FAMILIES if f[1] is not None]
    # fixed family quotas (weight-proportional), order shuffled
    pos_q = quota(pos_fams, N_LINES - N_NEG)
    neg_q = quota(FAMILIES, N_NEG)
    records = []
    for is_pos in kinds:
        if is_pos:
            fam = pos_q.pop()
            marked = fam[1]()
        else:
            fam = neg_q.pop()
            marked = fam[2]()
        text, spans = unmark(marked)
        records.append((fam[0], is_pos, text, spans))
    return records


def check(records):
    assert len(records) == N_LINES
    all_vals = {}
    for i, (fam, is_pos, text, spans) in enumerate(records, 1):
        assert "\n" not in text and "\r" not in text, f"line {i}: embedded newline"
        for mk in (MK_A, MK_B, MK_C):
            assert mk not in text, f"line {i}: marker leaked"
        raw = text.encode("utf-8")
        if is_pos:
            assert spans, f"line {i}: PHI line without spans"
        else:
            assert not spans, f"line {i}: negative line has spans"
        prev_e = -1
        for sp in sorted(spans, key=lambda x: x["s"]):
            s, e, cat, v = sp["s"], sp["e"], sp["cat"], sp["v"]
            assert cat in CATS, f"line {i}: bad cat {cat}"
            assert 0 <= s < e <= len(raw), f"line {i}: bad offsets"
            assert raw[s:e] == v.encode("utf-8"), f"line {i}: bytes != value {v!r}"
            assert v == v.strip() and v, f"line {i}: surrounding space in {v!r}"
            assert s >= prev_e, f"line {i}: overlapping spans"
            prev_e = e
            if cat == "age":
                assert v.isdigit() and int(v) > 89, f"line {i}: age {v} not > 89"
            all_vals.setdefault(v, cat)
        # every occurrence of a distinctive labelled value must itself be labelled
        for sp in spans:
            v, cat = sp["v"], sp["cat"]
            if cat in ("date", "address", "zip", "age", "name") or len(v) < 6:
                continue
            vb = v.encode("utf-8")
            start = 0
            while True:
                k = raw.find(vb, start)
                if k < 0:
                    break
                assert any(o["s"] <= k and k + len(vb) <= o["e"] for o in spans), \
                    f"line {i}: unlabelled repeat of {v!r}"
                start = k + 1
    # negative lines must not contain distinctive PHI values generated elsewhere
    distinct = [v for v, c in all_vals.items() if len(v) >= 7 and c not in ("date", "address", "zip", "age")]
    for i, (fam, is_pos, text, spans) in enumerate(records, 1):
        if is_pos:
            continue
        for v in distinct:
            assert v not in text, f"negative line {i} contains PHI value {v!r}"
    cnt = {c: 0 for c in CATS}
    for _, _, _, spans in records:
        for sp in spans:
            cnt[sp["cat"]] += 1
    low = [c for c in CATS if cnt[c] < 8]
    assert not low, f"categories under 8: {low} {cnt}"
    npos = sum(1 for r in records if r[1])
    assert abs((N_LINES - npos) / N_LINES - 0.45) < 0.01
    return cnt


def serialize(records):
    log = []
    lab = []
    for i, (fam, is_pos, text, spans) in enumerate(records, 1):
        log.append(text + "\n")
        sp = [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in sorted(spans, key=lambda x: x["s"])]
        lab.append(json.dumps({"line": i, "family": fam, "spans": sp}, ensure_ascii=False) + "\n")
    return "".join(log).encode("utf-8"), "".join(lab).encode("utf-8")


def main():
    recs = build()
    cnt = check(recs)
    log_b, lab_b = serialize(recs)
    # reproducibility: a second build must be byte-identical
    log_b2, lab_b2 = serialize(build())
    assert log_b == log_b2 and lab_b == lab_b2, "generator not deterministic"
    with open(os.path.join(HERE, "ah.log"), "wb") as f:
        f.write(log_b)
    with open(os.path.join(HERE, "ah.labels.jsonl"), "wb") as f:
        f.write(lab_b)
    # re-read and re-verify from disk
    lines = log_b.decode("utf-8").split("\n")[:-1]
    labs = [json.loads(x) for x in lab_b.decode("utf-8").split("\n")[:-1]]
    assert len(lines) == len(labs) == N_LINES
    for ln, lb in zip(lines, labs):
        raw = ln.encode("utf-8")
        for sp in lb["spans"]:
            seg = raw[sp["s"]:sp["e"]].decode("utf-8")
            assert seg == seg.strip() and seg
    npos = sum(1 for r in recs if r[1])
    fams = {}
    for r in recs:
        fams[r[0]] = fams.get(r[0], 0) + 1
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {npos}  (no-PHI: {N_LINES - npos})")
    print(f"spans total: {sum(cnt.values())}")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {cnt[c]}")
    print("lines per family:")
    for k in sorted(fams):
        print(f"  {k:26s} {fams[k]}")


if __name__ == "__main__":
    main()
