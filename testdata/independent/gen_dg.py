#!/usr/bin/env python3
"""Deterministic generator for the 'dg' PHI test corpus.

Theme: county medical examiner's office + forensic toxicology lab
(Harlan Lake County Medical Examiner's Office, fictional, Ohio).
Writes dg.log and dg.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as xesc

random.seed(1818)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55


# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, *parts):
        for s in parts:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None or s == "":
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(s)
        self.buf.append(s)
        self.n += b
        return self

    def finish(self):
        text = "".join(self.buf)
        assert "\n" not in text and "\r" not in text, text
        raw = text.encode("utf-8")
        assert len(raw) <= 4000, (self.family, len(raw))
        last = -1
        for sp, v in zip(self.spans, self.vals):
            assert raw[sp["s"]:sp["e"]] == v.encode("utf-8"), (sp, v, text)
            assert sp["s"] >= last, "overlap"
            assert sp["e"] > sp["s"]
            last = sp["e"]
        return text


class P:
    """A tagged JSON leaf.  v is a str/int, or a list of (text, cat) pieces."""

    def __init__(self, v, cat=None):
        self.v = v
        self.cat = cat


def jemit(L, obj, ascii=False, sep=(",", ":")):
    if isinstance(obj, dict):
        L.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=ascii), sep[1])
            jemit(L, v, ascii, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jemit(L, v, ascii, sep)
        L.t("]")
    elif isinstance(obj, P):
        v = obj.v
        if isinstance(v, list):
            L.t('"')
            for piece, cat in v:
                L.p(json.dumps(piece, ensure_ascii=ascii)[1:-1], cat)
            L.t('"')
        elif isinstance(v, str):
            L.t('"')
            L.p(json.dumps(v, ensure_ascii=ascii)[1:-1], obj.cat)
            L.t('"')
        else:
            L.p(json.dumps(v), obj.cat)
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii))


# ----------------------------------------------------------------------------
# identifier helpers (valid check digits)
# ----------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_number(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def imei():
    tac = R.choice(["35391110", "35875311", "35332011", "86781203", "35290611"])
    body = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KNA", "1C4"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(chars) for _ in range(5))
    year = R.choice("ABCDEFGHJKLMNP")  # 2010-2023
    plant = R.choice("ABCDEFGHJKLMN0123456789")
    serial = "".join(str(R.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    d = lambda: str(R.randint(0, 9))
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + d() + R.choice(L_) + R.choice(AN)
            + d() + R.choice(L_) + R.choice(L_) + d() + d())


def iban_de():
    blz = "".join(str(R.randint(0, 9)) for _ in range(8))
    acct = "".join(str(R.randint(0, 9)) for _ in range(10))
    bban = blz + acct
    num = int(bban + "131400")  # D=13 E=14 00
    check = 98 - num % 97
    return "DE%02d%s" % (check, bban)


def ssn():
    area = R.choice(list(range(100, 665)))
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def ohio_dl():
    return R.choice("ABCDEFGHJKLMNPRSTUVW") + R.choice("ABCDEFGHJKLMNPRSTUVW") + "%06d" % R.randint(0, 999999)


def plate():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + "%04d" % R.randint(0, 9999)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_fmt(area, last4, style):
    if style == 0:
        return "(%s) 555-%s" % (area, last4)
    if style == 1:
        return "%s-555-%s" % (area, last4)
    if style == 2:
        return "+1%s555%s" % (area, last4)
    return "%s.555.%s" % (area, last4)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")


def jpeg_b64(nbytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def png_b64(nbytes):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000a0000000c80802000000")
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def fmr_b64(nbytes):
    head = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2c]) + b"\x00\x00\x01\xf4\x02\x6c\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


# ----------------------------------------------------------------------------
# staff / third parties / organisations (never labeled)
# ----------------------------------------------------------------------------
INVESTIGATORS = [("Renata", "Vasquez", "rvasquez"), ("Marcus", "Tillman", "mtillman"),
                 ("Keiko", "Adeyemi-Ross", "kadeyemiross"), ("Dariusz", "Nowak", "dnowak"),
                 ("Lorraine", "Fitch", "lfitch"), ("Emeka", "Obi", "eobi")]
PATHOLOGISTS = [("Hanne", "Solberg", "MD", "1386704521", "35.098812"),
                ("Anil", "Deshpande", "MD", "1942287716", "35.101447"),
                ("Theodore", "Crane", "DO", "1720093354", "34.007719"),
                ("Mariam", "El-Sayed", "MD", "1558839012", "35.122086")]
TOXICOLOGISTS = [("Priyanka", "Rao", "prao"), ("Gerald", "Wexford", "gwexford"), ("Yuki", "Brandt", "ybrandt")]
FUNERAL_HOMES = [("Brightwater Funeral Home", "1200 Lorain Ave", "Cleveland", "44113", "216-631-4400", "Lamont Price", "FD.012877"),
                 ("Kowalski-Hirsch Funeral Chapel", "6120 Broadview Rd", "Parma", "44134", "216-749-2210", "Teresa Hirsch", "FD.009142"),
                 ("Golden Gate Memorial", "4720 Mayfield Rd", "South Euclid", "44121", "216-382-0900", "Andre Whitfield", "FD.013305"),
                 ("Nakamura & Sons Mortuary", "88 Public Sq", "Medina", "44256", "330-725-1148", "Ken Nakamura", "FD.010568")]
ATTORNEYS = [("Sarah", "Goldfarb", "Hargrove & Lintz LLP", "sgoldfarb@hargrovelintz.com", "216-696-3300", "0081234"),
             ("Victor", "Anand", "Anand Injury Law", "intake@anandinjurylaw.com", "440-333-8100", "0094417"),
             ("Colleen", "Briggs", "Ohio Mutual Casualty - SIU", "cbriggs@ohmutualcas.com", "614-221-0450", "0072230"),
             ("Jerome", "Kettering", "Kettering Defense Group", "jkettering@kdg-law.com", "216-861-7000", "0066158")]
HOSPITALS = [("St. Vincent Charity Medical Center", "STVINC"), ("Fairview Hospital", "FAIRVW"),
             ("Southwest General", "SWGH"), ("MetroHealth Main Campus", "METRO"), ("Lakewood Urgent Care", "LKWUC")]
AGENCIES = ["Lakewood PD", "Parma PD", "Harlan Lake Sheriff", "Ohio State Highway Patrol", "Elyria PD", "Berea PD"]
CITIES = [("Lakewood", "44107"), ("Parma", "44129"), ("Elyria", "44035"), ("Berea", "44017"), ("Strongsville", "44136"),
          ("Brook Park", "44142"), ("Maple Heights", "44137"), ("North Olmsted", "44070"), ("Avon Lake", "44012"),
          ("Solon", "44139"), ("Mentor", "44060"), ("Garfield Heights", "44125"), ("Westlake", "44145"), ("Medina", "44256")]
STREETS = ["Linden Ave", "Quarry Hill Rd", "W 130th St", "Euclid Heights Blvd", "Detroit Ave", "Ridgewood Dr",
           "Pearl Rd", "Snow Rd", "Bagley Rd", "Maplecrest Ln", "Tuxedo Ave", "Orchard Park Dr", "Fenwick Rd",
           "Harwood Ct", "Stumph Rd", "Clague Rd", "Cedar Point Rd", "Wooster Pike", "Birchwood Ln", "Kinsman Rd"]
ZIP_ALT = ["44102", "44111", "44144", "44130", "44067", "44903"]

GIVEN_F = ["Amara", "Siobhán", "Ingrid", "Priya", "Fatima", "Beatriz", "Zoë", "Leilani", "Margarethe", "Ifeoma",
           "Esperanza", "Camille", "Aiyana", "Delphine", "Hyun-joo", "Małgorzata", "Lan", "Gráinne", "Aaliyah", "Dolores"]
GIVEN_M = ["José", "Søren", "Łukasz", "Hiroshi", "Oluwaseun", "Mateo", "Dmitri", "Kwame", "Rahul", "Yusuf",
           "Björn", "Darnell", "Ahmad", "Gustavo", "Mehmet", "Anh", "Tadeusz", "Cormac", "Wendell", "Ignacio"]
FAMILY = ["Okonkwo", "García-Márquez", "Nguyễn", "Kowalczyk", "Haddad", "Lindqvist", "Tanaka", "Ramanathan",
          "Ó Súilleabháin", "Petrov", "Abernathy", "Castellanos", "Wiśniewski", "Demir", "Adebayo", "Johansson",
          "Delacroix", "Kaur", "Brennan", "Moreau", "Szabó", "Achterberg", "Kealoha", "Begay", "Rosenthal",
          "Quintero", "Hollings", "Mbatha", "Van der Berg", "O'Dwyer", "Çelik", "Fontaine"]
MIDDLE = ["Marie", "Thị", "Anne", "James", "Louise", "Ray", "Elena", "Kofi", "", "", "", "", "", ""]
REL = ["son", "daughter", "spouse", "mother", "father", "brother", "sister", "nephew", "niece", "partner"]
MANNERS = ["Natural", "Accident", "Suicide", "Homicide", "Pending", "Undetermined"]
PRELIM = ["acute combined drug toxicity", "hypertensive and atherosclerotic cardiovascular disease",
          "blunt force injuries of head", "gunshot wound of chest", "hanging", "multiple blunt force injuries (MVC)",
          "pending toxicology", "probable drowning", "complications of chronic ethanol use", "hypothermia"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "protonmail.com", "sbcglobal.net"]
AREA = ["216", "440", "330", "419", "614"]
DEVICES = [("Medtronic", "Azure XT DR MRI", "RNB"), ("Boston Scientific", "ACCOLADE MRI", "PM"), ("Abbott", "Gallant HF CRT-D", "CDHF"),
           ("Tandem", "t:slim X2 insulin pump", "TN"), ("Medtronic", "MiniMed 780G", "NG"), ("Dexcom", "G7 receiver", "DX")]


LOG_START = dt.datetime(2024, 3, 14, 5, 57, 41, 112000)


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------
# persons (decedents and next of kin)
# ----------------------------------------------------------------------------
class Case:
    pass


FORCED_OLD = {1: 93, 4: 91, 7: 101, 15: 90, 24: 96}


used_last4 = set()


def new_last4():
    while True:
        v = "01%02d" % R.randint(0, 99)
        if v not in used_last4 or len(used_last4) > 95:
            used_last4.add(v)
            return v


USED_NAMES = set()


def mk_person(sex=None, last=None):
    sex = sex or R.choice("MF")
    for _ in range(50):
        first = R.choice(GIVEN_F if sex == "F" else GIVEN_M)
        ln = last or R.choice(FAMILY)
        if first not in USED_NAMES and (last or ln not in USED_NAMES):
            break
    USED_NAMES.add(first)
    USED_NAMES.add(ln)
    if len(USED_NAMES) > 70:
        USED_NAMES.clear()
    return sex, first, ln


def mk_case(i):
    c = Case()
    c.sex, c.first, c.last = mk_person()
    c.middle = R.choice(["Marie", "Anne", "Louise", "Elena", "", "", "", ""] if c.sex == "F" else ["James", "Ray", "Kofi", "Elias", "", "", "", ""]) if c.last != "Nguyễn" else "Thị" if c.sex == "F" else "Văn"
    if i < 22:
        c.dod = rdate(dt.date(2024, 3, 2), dt.date(2024, 3, 12))
    else:
        c.dod = rdate(dt.date(2023, 4, 1), dt.date(2023, 12, 20))
    age_bucket = R.random()
    if i in FORCED_OLD:
        age = FORCED_OLD[i]
    elif age_bucket < 0.15:
        age = R.randint(90, 103)
    elif age_bucket < 0.5:
        age = R.randint(65, 89)
    else:
        age = R.randint(17, 64)
    c.dob = dt.date(c.dod.year - age, R.randint(1, 12), R.randint(1, 28))
    c.age = c.dod.year - c.dob.year - ((c.dod.month, c.dod.day) < (c.dob.month, c.dob.day))
    c.doi = c.dod - dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 6]))
    c.street = "%d %s" % (R.randint(12, 21999), R.choice(STREETS))
    if R.random() < 0.25:
        c.street += R.choice([" Apt 4B", " Apt 12", " Unit 3", " #207"])
    c.city, c.zip = R.choice(CITIES)
    c.county = R.choice(["Harlan Lake", "Harlan Lake", "Lorain", "Medina"])
    c.ssn = ssn()
    yr = c.dod.year % 100
    c.case_no = "ME%02d-%05d" % (yr, 1200 + i * 37 + R.randint(0, 30) if yr == 24 else 5000 + i * 41)
    c.tox = "T%02d-%05d" % (yr, 800 + i * 23 + R.randint(0, 20))
    c.hosp, c.hosp_code = R.choice(HOSPITALS)
    c.mrn = R.choice(["%09d" % R.randint(1000000, 99999999), "E%07d" % R.randint(1000000, 9999999), "%08d" % R.randint(10000000, 99999999)])
    c.hosp_acct = "%010d" % R.randint(10 ** 8, 10 ** 10 - 1)
    c.dl = ohio_dl()
    c.vin = vin() if R.random() < 0.5 else None
    c.plate = plate()
    dev = R.choice(DEVICES)
    c.device = (dev[0], dev[1], dev[2] + "%06d" % R.randint(0, 999999) + R.choice(["H", "S", "G", ""]))
    c.imei = imei()
    c.mbi = mbi() if c.age >= 65 else None
    c.medicaid = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
    c.member = R.choice(["ZGP", "XOH", "W", "MCD", "HUM"]) + "%09d" % R.randint(0, 10 ** 9 - 1)
    c.group = "%06d" % R.randint(0, 999999)
    c.manner = R.choice(MANNERS)
    c.prelim = R.choice(PRELIM)
    c.investigator = R.choice(INVESTIGATORS)
    c.pathologist = R.choice(PATHOLOGISTS)
    c.agency = R.choice(AGENCIES)
    c.state_file = "%d-%06d" % (c.dod.year, R.randint(10000, 99999))
    c.opo_ref = "GL%02d-%06d" % (yr, R.randint(100000, 999999))
    c.obit_id = R.randint(200000000, 299999999)
    # scene
    if R.random() < 0.6:
        c.scene_street, c.scene_city, c.scene_zip = c.street, c.city, c.zip
    else:
        c.scene_street = "%d %s" % (R.randint(100, 30000), R.choice(STREETS))
        c.scene_city, c.scene_zip = R.choice(CITIES)
    c.gps = (41.3 + R.random() * 0.3, -81.95 + R.random() * 0.45)
    # next of kin
    if c.age >= 70:
        rel = R.choice(["son", "daughter", "spouse", "niece", "nephew", "daughter", "son"])
    elif c.age < 30:
        rel = R.choice(["mother", "father", "sister", "brother", "partner"])
    else:
        rel = R.choice(REL)
    same = rel in ("son", "daughter", "spouse", "brother", "sister", "father", "mother") and R.random() < 0.75
    nsex = "F" if rel in ("daughter", "mother", "sister", "niece") else "M" if rel in ("son", "father", "brother", "nephew") else None
    _, c.nok_first, c.nok_last = mk_person(nsex, c.last if same else None)
    c.nok_rel = rel
    c.nok_area = R.choice(AREA)
    c.nok_last4 = new_last4()
    c.nok_phone_style = R.randint(0, 3)
    c.nok_phone = phone_fmt(c.nok_area, c.nok_last4, c.nok_phone_style)
    c.nok_fax = phone_fmt(c.nok_area, new_last4(), 1)
    base = fold(c.nok_first).lower().replace(" ", "").replace("'", "").replace("-", "")
    lastf = fold(c.nok_last).lower().replace(" ", "").replace("'", "").replace("-", "")
    c.nok_email = R.choice(["%s.%s" % (base, lastf), "%s%s%d" % (base[0], lastf, R.randint(1950, 2001)),
                            "%s_%s" % (lastf, base), "%s%d" % (base, R.randint(2, 99))]) + "@" + R.choice(EMAIL_DOM)
    c.nok_user = R.choice(["%s%s%d" % (base[0], lastf, R.randint(1, 99)), "%s.%s" % (base, lastf[:4])])
    if R.random() < 0.5:
        c.nok_street, c.nok_city, c.nok_zip = c.street, c.city, c.zip
    else:
        c.nok_street = "%d %s" % (R.randint(12, 21999), R.choice(STREETS))
        c.nok_city, c.nok_zip = R.choice(CITIES)
    c.nok_ip = R.choice(["73.%d.%d.%d", "98.%d.%d.%d", "24.%d.%d.%d", "174.%d.%d.%d", "107.%d.%d.%d", "69.%d.%d.%d"]) % (
        R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
    pfx = R.choice(["4", "51", "55", "37", "6011"])
    c.card = card_number(pfx, 15 if pfx == "37" else 16)
    c.iban = iban_de()
    c.bank_acct = "%d" % R.randint(10 ** 9, 10 ** 12)
    c.nok_dl = ohio_dl()
    c.fp = None
    return c


CASES = [mk_case(i) for i in range(30)]
ACTIVE = CASES[:22]
OLD = CASES[22:]


def pick_case(active=True):
    pool = ACTIVE if active else CASES
    # favour a working set so the same people recur
    if R.random() < 0.6:
        return pool[R.randint(0, min(9, len(pool) - 1))]
    return R.choice(pool)


def pick_old():
    return R.choice(OLD) if R.random() < 0.7 else R.choice(ACTIVE)


def age_cat(c):
    return "age" if c.age > 89 else None


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = LOG_START

    def tick(self):
        self.now += dt.timedelta(seconds=R.randint(1, 75), milliseconds=R.randint(0, 999))
        return self.now


CLK = Clock()
TZ = "-04:00"


def ts_iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + TZ


def ts_utc(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_3164(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_epoch_ms(t):
    u = t + dt.timedelta(hours=4)
    return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_long(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def d_dmy(d):
    return d.strftime("%d-%b-%Y").upper()


# ============================================================================
# PHI generators
# ============================================================================
def g_cms_intake(t):
    c = pick_case()
    L = Line("cms-pino-json")
    inv = c.investigator
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5),
           "reqId": "req-" + hexs(6), "caseNumber": P(c.case_no, "other_id"),
           "decedent": {"lastName": P(c.last, "name"), "firstName": P(c.first, "name"),
                        "dob": P(d_iso(c.dob), "date"), "sex": c.sex, "ageYears": P(c.age, age_cat(c))},
           "scene": {"street": P(c.scene_street, "address"), "city": P(c.scene_city, "address"),
                     "state": "OH", "zip": P(c.scene_zip, "zip")},
           "reportedBy": c.agency, "assignedTo": inv[2], "msg": "case intake created"}
    if c.middle:
        obj["decedent"]["middleName"] = P(c.middle, "name")
    jemit(L, obj)
    return L


def g_cms_nok(t):
    c = pick_case()
    L = Line("cms-pino-json")
    inv = c.investigator
    obj = {"ts": ts_utc(t), "level": "info", "logger": "nok.notification", "case_no": P(c.case_no, "other_id"),
           "nok_name": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]), "relationship": c.nok_rel,
           "nok_phone": P(c.nok_phone, "phone"), "nok_email": P(c.nok_email, "email"),
           "notified_by": "Inv. %s %s" % (inv[0], inv[1]), "method": R.choice(["in_person", "phone", "police_assist"]),
           "notified_at": ts_iso(t, False), "message": "next of kin notification recorded"}
    jemit(L, obj, sep=(", ", ": "))
    return L


def g_cms_update(t):
    c = pick_case()
    L = Line("cms-pino-json")
    field = R.choice(["dateOfDeath", "residence", "nokAddress", "age"])
    if field == "dateOfDeath":
        ch = {"decedent.dateOfDeath": {"old": None, "new": P(d_iso(c.dod), "date")},
              "decedent.timeOfDeath": {"old": None, "new": "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))}}
    elif field == "residence":
        ch = {"decedent.residence.line1": {"old": "UNKNOWN", "new": P(c.street, "address")},
              "decedent.residence.city": {"old": None, "new": P(c.city, "address")},
              "decedent.residence.postalCode": {"old": None, "new": P(c.zip, "zip")}}
    elif field == "nokAddress":
        ch = {"nextOfKin[0].address": {"old": None, "new": P([(c.nok_street, "address"), (", ", None), (c.nok_city, "address"),
                                                               (", OH ", None), (c.nok_zip, "zip")])}}
    else:
        ch = {"decedent.ageYears": {"old": None, "new": P(c.age, age_cat(c))},
              "decedent.dob": {"old": None, "new": P(d_iso(c.dob), "date")}}
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5),
           "event": "case.updated", "caseId": uuid4(), "caseNumber": P(c.case_no, "other_id"),
           "actor": R.choice(INVESTIGATORS)[2], "changes": ch, "version": R.randint(2, 19), "msg": "audit diff"}
    jemit(L, obj)
    return L


def g_hl7_adt_full(t):
    c = pick_case()
    L = Line("hl7v2-escaped")
    ctrl = "%s%06d" % (c.hosp_code, R.randint(0, 999999))
    L.t(ts_log4j(t), " INFO  [ADT_IN_", c.hosp_code, "] c.h.iface.MllpListener - RX ", str(R.randint(600, 1400)), "b ")
    L.t("MSH|^~\\&|EPIC|", c.hosp_code, "|HLCME_CMS|HLCMEO|", t.strftime("%Y%m%d%H%M%S"), "||ADT^A03^ADT_A03|", ctrl, "|P|2.5.1")
    L.t("\\rEVN|A03|", t.strftime("%Y%m%d%H%M"))
    L.t("\\rPID|1||").p(c.mrn, "mrn").t("^^^", c.hosp_code, "^MR||").p(c.last, "name").t("^").p(c.first, "name")
    if c.middle:
        L.t("^").p(c.middle, "name")
    L.t("||").p(d_hl7(c.dob), "date").t("|", c.sex, "|||").p(c.street, "address").t("^^").p(c.city, "address")
    L.t("^OH^").p(c.zip, "zip").t("^USA||").p(phone_fmt(c.nok_area, new_last4(), 0), "phone").t("|||||")
    L.p(c.hosp_acct, "account").t("|").p(c.ssn.replace("-", ""), "ssn")
    L.t("\\rNK1|1|").p(c.nok_last, "name").t("^").p(c.nok_first, "name").t("|", c.nok_rel[:3].upper(), "|")
    L.p(c.nok_street, "address").t("^^").p(c.nok_city, "address").t("^OH^").p(c.nok_zip, "zip").t("|").p(c.nok_phone, "phone")
    adm = c.dod - dt.timedelta(days=R.randint(0, 3))
    path = R.choice(PATHOLOGISTS)
    L.t("\\rPV1|1|I|ICU^", str(R.randint(1, 30)), "^A|||||", "%010d^%s^%s^^^MD" % (R.randint(1000000000, 1999999999), R.choice(["Ng", "Halloran", "Osei", "Varga"]), R.choice(["Vivian", "Paul", "Adaeze", "Tomas"])), "||||||||||", "%08d" % R.randint(0, 10 ** 8))
    L.t("|||||||||||||||20|||||||").p(adm.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 11), R.randint(0, 59)), "date")
    L.t("|").p(c.dod.strftime("%Y%m%d") + "%02d%02d" % (R.randint(12, 23), R.randint(0, 59)), "date")
    if R.random() < 0.6:
        plan = R.choice([("MCR", "Medicare Part A", c.mbi), ("MCD", "Ohio Medicaid", c.medicaid),
                         ("BCBSOH", "Anthem BCBS", c.member), ("AETNA", "Aetna Choice POS II", c.member)])
        if plan[2] is None:
            plan = ("MCD", "Ohio Medicaid", c.medicaid)
        L.t("\\rIN1|1|", plan[0], "|", "%05d" % R.randint(10000, 99999), "|", plan[1], "|||||", c.group, "|||||||")
        L.p(c.last, "name").t("^").p(c.first, "name").t("|01|").p(d_hl7(c.dob), "date")
        L.t("|||||||||||||||||||").p(plan[2], "health_plan")
    return L


def g_hl7_oru_group(t):
    """Toxicology ORU^R01 logged one segment per line by the interface engine."""
    c = pick_case()
    lines = []
    ctrl = "LIMS%08d" % R.randint(0, 10 ** 8)
    pre = lambda i: "%s DEBUG [ORU_OUT_CMS] seg[%d] " % (ts_log4j(t + dt.timedelta(milliseconds=i * 3)), i)
    L = Line("hl7v2-segment")
    L.t(pre(0), "MSH|^~\\&|TOXLIMS|HLCME_TOX|HLCME_CMS|HLCMEO|", t.strftime("%Y%m%d%H%M%S"), "||ORU^R01^ORU_R01|", ctrl, "|P|2.5.1|||AL|NE")
    lines.append(L)
    L = Line("hl7v2-segment")
    L.t(pre(1), "PID|1||").p(c.case_no, "other_id").t("^^^HLCME^ME~").p(c.tox, "other_id").t("^^^HLCME_TOX^ACSN||")
    L.p(c.last.upper(), "name").t("^").p(c.first.upper(), "name").t("||").p(d_hl7(c.dob), "date").t("|", c.sex)
    lines.append(L)
    L = Line("hl7v2-segment")
    spec = c.tox + "-%02d" % R.randint(1, 4)
    coll = c.dod + dt.timedelta(days=R.randint(0, 2))
    tox = R.choice(TOXICOLOGISTS)
    L.t(pre(2), "OBR|1|", "ORD%07d" % R.randint(0, 10 ** 7), "|").p(spec, "other_id").t("|TOXSCR^Comprehensive Drug Screen LC-MS/MS^L|||")
    L.p(coll.strftime("%Y%m%d") + "%02d%02d" % (R.randint(7, 18), R.randint(0, 59)), "date")
    L.t("||||||||", R.choice(["BLDF^Femoral blood", "BLDH^Heart blood", "VITR^Vitreous", "UR^Urine"]), "|")
    L.t(c.pathologist[3], "^", c.pathologist[1], "^", c.pathologist[0], "^^^", c.pathologist[2], "||||||", t.strftime("%Y%m%d%H%M"), "||TOX|F|||||||", tox[2])
    lines.append(L)
    analytes = [("3349-6", "Fentanyl", "ng/mL"), ("59673-2", "Norfentanyl", "ng/mL"), ("3426-2", "Methamphetamine", "ng/mL"),
                ("5643-2", "Ethanol", "g/dL"), ("19659-2", "Xylazine", "ng/mL"), ("3532-7", "Morphine", "ng/mL"),
                ("16250-5", "Gabapentin", "ug/mL"), ("3879-2", "Diphenhydramine", "ng/mL")]
    for k, (loinc, nm, unit) in enumerate(R.sample(analytes, R.randint(2, 4))):
        L = Line("hl7v2-segment")
        val = "%.1f" % (R.random() * 40) if unit != "g/dL" else "%.3f" % (R.random() * 0.3)
        L.t(pre(3 + k), "OBX|", str(k + 1), "|NM|", loinc, "^", nm, "^LN||", val, "|", unit, "|||||F|||", t.strftime("%Y%m%d%H%M"),
            "||", tox[2], "|LCMS-0", str(R.randint(1, 3)))
        lines.append(L)
    return lines


def g_edrs_xml(t):
    c = pick_case()
    L = Line("edrs-xml")
    path = c.pathologist
    L.t(ts_iso(t), " edrs-bridge[", str(R.randint(2000, 2400)), "] INFO  submit caseNo=").p(c.case_no, "other_id")
    L.t(" endpoint=https://edrs.odh.ohio.gov/ws/v2/deathRecords payload=")
    L.t('<DeathRecord xmlns="urn:oh:odh:edrs:2.1" version="2.1"><Submitter><Facility>HLCMEO</Facility><User>',
        R.choice(INVESTIGATORS)[2], "</User></Submitter><Decedent><Name><Given>").p(xesc(c.first), "name").t("</Given>")
    if c.middle:
        L.t("<Middle>").p(xesc(c.middle), "name").t("</Middle>")
    L.t("<Family>").p(xesc(c.last), "name").t("</Family></Name><Sex>", c.sex, "</Sex><SSN>").p(c.ssn, "ssn")
    L.t("</SSN><DateOfBirth>").p(d_iso(c.dob), "date").t("</DateOfBirth><Age unit=\"Y\">").p(str(c.age), age_cat(c))
    L.t("</Age><Residence><Street>").p(xesc(c.street), "address").t("</Street><City>").p(c.city, "address")
    L.t("</City><County>").p(c.county, "address").t("</County><State>OH</State><Zip>").p(c.zip, "zip")
    L.t("</Zip></Residence></Decedent><Death><Date>").p(d_iso(c.dod), "date").t("</Date><Time>%02d:%02d</Time>" % (R.randint(0, 23), R.randint(0, 59)))
    L.t("<Manner>", c.manner, "</Manner><CauseA>", xesc(c.prelim), "</CauseA></Death>")
    L.t("<Certifier><Name>", path[0], " ", path[1], ", ", path[2], "</Name><License>", path[4], "</License><NPI>", path[3], "</NPI></Certifier>")
    L.t("<Informant><Name>").p(xesc(c.nok_first), "name").t(" ").p(xesc(c.nok_last), "name").t("</Name><Relationship>", c.nok_rel.title(), "</Relationship></Informant>")
    fh = R.choice(FUNERAL_HOMES)
    L.t("<Disposition><Method>", R.choice(["Cremation", "Burial", "Entombment", "Donation"]), "</Method><FuneralHome>", xesc(fh[0]),
        "</FuneralHome><FDLicense>", fh[6], "</FDLicense></Disposition></DeathRecord>")
    return L


def g_edrs_ack(t):
    c = pick_case()
    L = Line("edrs-xml")
    L.t(ts_iso(t), " edrs-bridge[", str(R.randint(2000, 2400)), "] INFO  ack ")
    L.t('<SubmissionAck transmissionId="', uuid4(), '" status="', R.choice(["REGISTERED", "ACCEPTED", "PENDING_CERTIFIER"]),
        '" receivedAt="', ts_utc(t), '"><CaseNo>').p(c.case_no, "other_id").t("</CaseNo><StateFileNumber>").p(c.state_file, "other_id")
    L.t("</StateFileNumber><Warnings count=\"0\"/></SubmissionAck>")
    return L


def g_edrs_reject(t):
    c = pick_case()
    L = Line("edrs-xml")
    L.t(ts_iso(t), " edrs-bridge[", str(R.randint(2000, 2400)), "] WARN  rejected caseNo=").p(c.case_no, "other_id")
    L.t(' code=E-217 field=Decedent/SSN reason="SSA verification mismatch for ').p(c.ssn, "ssn").t(" / ")
    L.p(xesc(c.last.upper()), "name").t(", ").p(xesc(c.first.upper()), "name").t(' DOB ').p(d_us(c.dob), "date").t('" retry=false')
    return L


def g_vrdr_fhir(t):
    c = pick_case()
    L = Line("vrdr-fhir-json")
    L.t(ts_log4j(t), " DEBUG [vrdr-exporter] FHIR Decedent resource: ")
    given = [P(c.first, "name")] + ([P(c.middle, "name")] if c.middle else [])
    obj = {"resourceType": "Patient", "id": uuid4(),
           "meta": {"profile": ["http://hl7.org/fhir/us/vrdr/StructureDefinition/Decedent"]},
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SB"}]},
                           "system": "http://hl7.org/fhir/sid/us-ssn", "value": P(c.ssn.replace("-", ""), "ssn")}],
           "name": [{"use": "official", "family": P(c.last, "name"), "given": given}],
           "gender": "female" if c.sex == "F" else "male", "birthDate": P(d_iso(c.dob), "date"),
           "address": [{"line": [P(c.street, "address")], "city": P(c.city, "address"), "district": P(c.county, "address"),
                        "state": "OH", "postalCode": P(c.zip, "zip"), "country": "US"}],
           "deceasedDateTime": P(d_iso(c.dod) + "T%02d:%02d:00-04:00" % (R.randint(0, 23), R.randint(0, 59)), "date")}
    jemit(L, obj, ascii=True)
    return L


def g_opo_referral(t):
    c = pick_case()
    L = Line("opo-referral-text")
    vent = R.choice(["N", "N", "Y"])
    L.t("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] opo-link: REFERRAL ").p(c.opo_ref, "other_id")
    L.t(" -> Great Lakes Gift of Life (call ctr 800-552-0810) | decedent=").p(c.last.upper(), "name").t(",").p(c.first.upper(), "name")
    L.t(" sex=", c.sex, " age=").p(str(c.age), age_cat(c)).t(" me_case=").p(c.case_no, "other_id")
    L.t(" hosp=", c.hosp_code, " mrn=").p(c.mrn, "mrn").t(" dod=").p(d_us(c.dod), "date")
    L.t(" tod=%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), " vent=", vent, " tissue_elig=", R.choice(["Y", "N", "TBD"]),
        " eye_elig=", R.choice(["Y", "N"]), " referred_by=", c.investigator[2], " opo_coord=", R.choice(["D. Farrow", "M. Ishikawa", "T. Banda"]))
    return L


def g_opo_auth(t):
    c = pick_case()
    L = Line("opo-referral-text")
    L.t("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] opo-link: AUTHORIZATION ref=").p(c.opo_ref, "other_id")
    L.t(" status=", R.choice(["AUTHORIZED", "DECLINED", "REGISTRY_DONOR"]), " authorizer=\"").p(c.nok_first, "name").t(" ").p(c.nok_last, "name")
    L.t("\" rel=", c.nok_rel, " callback=").p(c.nok_phone, "phone").t(" recorded_line=REC-", str(R.randint(100000, 999999)),
                                                                     " ME_restrictions=\"", R.choice(["none", "no corneas", "hold pending autopsy"]), "\"")
    return L


RR_SEQ = [400]


def rr_id():
    RR_SEQ[0] += R.randint(1, 3)
    return "RR-2024-%04d" % RR_SEQ[0]


def csvq(s):
    if any(ch in s for ch in ',"'):
        return '"' + s.replace('"', '""') + '"', True
    return s, False


def g_records_csv(t):
    c = pick_old()
    L = Line("records-request-csv")
    rec = R.choice(["Autopsy Report", "Toxicology Report", "Autopsy Report;Toxicology Report", "Investigator Report",
                    "Scene Photographs", "Cremation Authorization"])
    status = R.choice(["RECEIVED", "PENDING_PAYMENT", "FULFILLED", "ON_HOLD_LEGAL", "IN_REVIEW"])
    L.t(rr_id(), ",", ts_iso(t, False), ",")
    if R.random() < 0.55:
        L.t("FAMILY,")
        full = c.nok_first + " " + c.nok_last
        if "," in full or '"' in full:
            L.t('"').p(c.nok_first, "name").t(" ").p(c.nok_last, "name").t('"')
        else:
            L.p(c.nok_first, "name").t(" ").p(c.nok_last, "name")
        L.t(",,").p(c.nok_email, "email").t(",").p(c.nok_phone, "phone").t(",")
    else:
        a = R.choice(ATTORNEYS)
        org, q = csvq(a[2])
        L.t(R.choice(["ATTORNEY", "INSURER"]) if "SIU" in a[2] else "ATTORNEY", ",", a[0], " ", a[1], ",", org, ",", a[3], ",", a[4], ",")
    L.t('"').p(c.last, "name").t(", ").p(c.first, "name").t('",').p(c.case_no, "other_id").t(",").p(d_iso(c.dod), "date")
    L.t(",", rec, ",", status, ",", R.choice(["0.00", "25.00", "50.00", "75.00", "10.00"]))
    return L


def g_portal_nginx(t):
    c = pick_old()
    L = Line("nginx-combined")
    path = R.choice(["/portal/records-requests", "/portal/requests/%s/status" % rr_id(), "/portal/documents/download",
                     "/portal/login", "/portal/profile"])
    meth = "POST" if path.endswith(("requests", "login")) else "GET"
    L.p(c.nok_ip, "ip").t(" - ")
    if R.random() < 0.6:
        L.p(c.nok_email, "email")
    else:
        L.p(c.nok_user, "other_id")
    L.t(" [", ts_clf(t), '] "', meth, " ", path, ' HTTP/2.0" ', R.choice(["201", "302"]) if meth == "POST" else R.choice(["200", "200", "304"]), " ", str(R.randint(300, 48000)), ' "')
    if R.random() < 0.4:
        slug = fold(c.first + "-" + c.last).lower().replace(" ", "-").replace("'", "")
        L.p("https://www.legacy.com/us/obituaries/cleveland/name/%s-obituary?id=%d" % (slug, c.obit_id), "url")
    else:
        L.t("https://records.hlcmeo.org/portal/")
    L.t('" "', R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                         "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]),
        '" rt=%.3f uct=0.001 req_id=%s' % (R.random() * 0.9, hexs(32)))
    return L


def g_mobile_nginx(t):
    c = pick_case()
    L = Line("nginx-combined")
    path = R.choice(["/api/v2/cases/%s/photos?page=%d", "/api/v2/cases/%s/narrative", "/api/v2/cases/%s/property",
                     "/api/v2/cases/%s/scene"])
    path = path % ((c.case_no, R.randint(1, 4)) if "%d" in path else (c.case_no,))
    pre, post = path.split(c.case_no)
    L.t("10.40.%d.%d - %s [%s] \"%s " % (R.randint(1, 9), R.randint(2, 250), c.investigator[2], ts_clf(t), R.choice(["GET", "PUT", "GET"])))
    L.t(pre).p(c.case_no, "other_id").t(post, ' HTTP/1.1" 200 ', str(R.randint(200, 90000)), ' "-" "HLCME-Investigator/4.12.', str(R.randint(0, 3)),
                                        ' (Android 14; SM-S918U)" rt=%.3f upstream=10.40.0.21:8080 req_id=%s' % (R.random() * 0.5, hexs(32)))
    return L


def g_logcat_photo(t):
    c = pick_case()
    L = Line("android-logcat")
    pid = R.randint(3000, 9000)
    L.t(ts_logcat(t), "  %d  %d I SceneCaptureSvc: uploaded IMG_%s_%04d.jpg caseId=" % (pid, pid + R.randint(5, 80), t.strftime("%Y%m%d"), R.randint(1, 9999)))
    L.p(c.case_no, "other_id").t(" seq=%d/%d bytes=%d lat=" % (R.randint(1, 30), 30, R.randint(1500000, 5200000)))
    L.p("%.6f" % c.gps[0], "address").t(" lon=").p("%.6f" % c.gps[1], "address").t(" acc=%.1fm sha256=%s" % (R.random() * 12 + 2, hexs(16)))
    return L


def g_logcat_fp(t):
    c = pick_case()
    L = Line("android-logcat")
    pid = R.randint(3000, 9000)
    L.t(ts_logcat(t), "  %d  %d D AfisBridge: POST /afis/v1/search body=" % (pid, pid + R.randint(5, 80)))
    obj = {"caseNumber": P(c.case_no, "other_id"), "finger": R.choice(["R_INDEX", "L_THUMB", "R_THUMB"]),
           "format": "ISO_19794_2_2005", "quality": R.randint(41, 97), "template": P(fmr_b64(R.randint(180, 420)), "biometric"),
           "capturedBy": c.investigator[2], "scanner": "SecuGen HU20-A SN H58" + "%07d" % R.randint(0, 10 ** 7)}
    jemit(L, obj)
    return L


def g_face_photo(t):
    c = pick_case()
    L = Line("cms-pino-json")
    data = jpeg_b64(R.randint(350, 900)) if R.random() < 0.7 else None
    obj = {"level": 20, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5),
           "route": "POST /api/v2/identification/visual", "caseNumber": P(c.case_no, "other_id")}
    if data:
        obj["viewerImage"] = P([("data:image/jpeg;base64,", None), (data, "photo")])
    else:
        obj["viewerImage"] = P("data:image/png;base64," + png_b64(R.randint(350, 800)), "photo")
    obj["viewer"] = {"name": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]), "relationship": c.nok_rel}
    obj["msg"] = "visual identification image prepared"
    jemit(L, obj)
    return L


def g_bmv_photo(t):
    c = pick_case()
    L = Line("lims-log4j")
    L.t(ts_log4j(t), " DEBUG [bmv-lookup-2] c.h.cms.ident.BmvClient - response dlNumber=").p(c.dl, "license")
    L.t(" status=VALID class=D name=").p(c.last.upper(), "name").t("/").p(c.first.upper(), "name")
    L.t(" dob=").p(d_hl7(c.dob), "date").t(" portrait=").p(jpeg_b64(R.randint(300, 700)), "photo")
    return L


def g_audit(t):
    c = pick_case(active=False)
    L = Line("audit-kv")
    inv = R.choice(INVESTIGATORS + [(a, b, (a[0] + b).lower()) for a, b, _ in TOXICOLOGISTS])
    L.t(ts_utc(t), " audit host=cms-api-02 user=", inv[2], " role=", R.choice(["INVESTIGATOR", "TOX_ANALYST", "RECORDS_CLERK", "PATHOLOGIST"]),
        " src=10.40.%d.%d action=%s resource=case/" % (R.randint(1, 9), R.randint(2, 250), R.choice(["VIEW", "EXPORT", "PRINT", "UPDATE"])))
    L.p(c.case_no, "other_id").t(' subject="').p(c.last, "name").t(", ").p(c.first, "name").t('"')
    L.t(" fields=", R.choice(["decedent.name,decedent.dob", "nok.phone,nok.email", "decedent.ssn", "report.autopsy"]),
        " outcome=ALLOW session=", hexs(12))
    return L


def g_celery_email(t):
    c = pick_old()
    L = Line("celery-worker")
    L.t("[", ts_log4j(t), ": INFO/ForkPoolWorker-", str(R.randint(1, 8)), "] notify.tasks.send_nok_update[", uuid4(), "]: ")
    L.t("sent '", R.choice(["case status update", "records ready for download", "payment receipt", "release to funeral home"]),
        "' to ").p(c.nok_email, "email").t(" (case ").p(c.case_no, "other_id").t(") via smtp.hlcmeo.org:587 msgid=<")
    L.t(hexs(20), "@hlcmeo.org> from=noreply@hlcmeo.org")
    return L


def g_celery_sms(t):
    c = pick_case()
    L = Line("celery-worker")
    L.t("[", ts_log4j(t), ": WARNING/ForkPoolWorker-", str(R.randint(1, 8)), "] notify.tasks.send_sms[", uuid4(), "]: ")
    L.t("Twilio 21610 unsubscribed recipient ").p(phone_fmt(c.nok_area, c.nok_last4, 2), "phone").t(" for ").p(c.nok_first, "name")
    L.t(" ").p(c.nok_last, "name").t("; falling back to letter to ").p(c.nok_street, "address").t(", ").p(c.nok_city, "address")
    L.t(", OH ").p(c.nok_zip, "zip")
    return L


def g_pg_group(t):
    c = pick_case(active=False)
    pid = R.randint(10000, 60000)
    pre = lambda: t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d EDT [%d] cms_app@cms_prod " % (t.microsecond // 1000, pid)
    a = Line("postgres")
    dur = R.random() * 3000 + 500
    kind = R.choice(["name", "ssn", "nok"])
    if kind == "name":
        a.t(pre(), "LOG:  duration: %.3f ms  execute <unnamed>: SELECT d.id, d.case_no, d.last_name, d.first_name FROM decedent d WHERE d.last_name ILIKE $1 AND d.dob = $2 ORDER BY d.created_at DESC LIMIT 50" % dur)
        b = Line("postgres")
        b.t(pre(), "DETAIL:  parameters: $1 = '").p(c.last.replace("'", "''"), "name").t("%', $2 = '").p(d_iso(c.dob), "date").t("'")
    elif kind == "ssn":
        a.t(pre(), "LOG:  duration: %.3f ms  execute S_12: SELECT id FROM decedent WHERE ssn_hash = digest($1, 'sha256') OR ssn_last4 = $2" % dur)
        b = Line("postgres")
        b.t(pre(), "DETAIL:  parameters: $1 = '").p(c.ssn, "ssn").t("', $2 = '").t(c.ssn[-4:]).t("'")
    else:
        a.t(pre(), "LOG:  duration: %.3f ms  execute <unnamed>: UPDATE next_of_kin SET phone = $1, email = $2, updated_at = now() WHERE case_id = $3" % dur)
        b = Line("postgres")
        b.t(pre(), "DETAIL:  parameters: $1 = '").p(c.nok_phone, "phone").t("', $2 = '").p(c.nok_email, "email").t("', $3 = '", uuid4(), "'")
    return [a, b]


def g_lims_accession(t):
    c = pick_case()
    L = Line("lims-log4j")
    n = R.randint(2, 5)
    coll = c.dod + dt.timedelta(days=R.randint(0, 2))
    L.t(ts_log4j(t), " INFO  [http-nio-8443-exec-", str(R.randint(1, 12)), "] c.h.lims.accession.AccessionService - Accessioned ")
    L.p(c.tox, "other_id").t(" for case ").p(c.case_no, "other_id").t(": %d specimens (%s) collected " % (
        n, ", ".join(R.sample(["FEM BLOOD", "HEART BLOOD", "VITREOUS", "URINE", "LIVER", "GASTRIC"], n))))
    L.p(d_iso(coll), "date").t(" by Dr. ", c.pathologist[1], ", chain-of-custody form CoC-", str(R.randint(10000, 99999)), " received by ", R.choice(TOXICOLOGISTS)[2])
    return L


def g_lims_result(t):
    c = pick_case()
    L = Line("lims-log4j")
    tox = R.choice(TOXICOLOGISTS)
    L.t(ts_log4j(t), " INFO  [review-worker-", str(R.randint(1, 4)), "] c.h.lims.review.CertificationService - Report certified accession=")
    L.p(c.tox, "other_id").t(" decedent=").p(c.last, "name").t("^").p(c.first, "name").t(" findings=",
                                                                                          R.choice(["fentanyl 14.2 ng/mL; norfentanyl 3.1 ng/mL",
                                                                                                    "ethanol 0.214 g/dL", "none detected",
                                                                                                    "methamphetamine 880 ng/mL; amphetamine 92 ng/mL",
                                                                                                    "xylazine 6.8 ng/mL; fentanyl 21 ng/mL"]))
    L.t(" certifiedBy=", tox[2], " batch=B", t.strftime("%y%m%d"), "-0", str(R.randint(1, 3)))
    return L


def g_instr_sample_row(t):
    c = pick_case()
    L = Line("multiquant-csv")
    spec = c.tox + "-%02d" % R.randint(1, 4)
    cmp_ = R.choice([("Fentanyl", "Fentanyl-D5"), ("Norfentanyl", "Norfentanyl-D5"), ("Methamphetamine", "Methamphetamine-D11"),
                     ("Xylazine", "Xylazine-D6"), ("6-MAM", "6-MAM-D6"), ("Cocaine", "Cocaine-D3")])
    L.t("B", t.strftime("%y%m%d"), "-0", str(R.randint(1, 3)), ",", str(R.randint(10, 96)), ",").p(spec, "other_id")
    L.t(",Unknown,", cmp_[0], ",", cmp_[1], ",%.2f,%.3e,%.3e,%.2f,ng/mL,%s" % (
        R.random() * 6 + 1, R.random() * 9e5, R.random() * 4e5, R.random() * 50, R.choice(["OK", "OK", "OK", "IonRatioFail", ">ULOQ"])))
    return L


def g_scan_body(t):
    c = pick_case()
    L = Line("rfc5424-bodytrack")
    dev = "TC52-%08d" % R.randint(20000000, 29999999)
    inv = R.choice(INVESTIGATORS)
    tag = c.case_no + "-B1"
    loc = "LOC-CLR%d-R%02d-S%d" % (R.randint(1, 3), R.randint(1, 12), R.randint(1, 4))
    L.t("<14>1 ", ts_iso(t), " tc52-morgue-0", str(R.randint(1, 8)), " bodytrack ", str(R.randint(1000, 5000)), " SCAN ")
    L.t('[scan@32473 device="', dev, '" user="', inv[2], '" loc="', loc, '" sym="CODE128"] body tag ')
    L.p(tag, "other_id").t(" ", R.choice(["checked IN", "moved", "checked OUT to autopsy suite 2", "released"]), " (decedent ")
    L.p(c.last.upper(), "name").t(", ").p(c.first.upper(), "name").t(")")
    return L


def g_release_fh(t):
    c = pick_case()
    L = Line("cms-pino-json")
    fh = R.choice(FUNERAL_HOMES)
    obj = {"ts": ts_utc(t), "level": "info", "logger": "release.service", "event": "body.released",
           "case_no": P(c.case_no, "other_id"), "bodyTag": P(c.case_no + "-B1", "other_id"),
           "decedent_name": P([(c.last.upper(), "name"), (", ", None), (c.first.upper(), "name")]),
           "funeral_home": {"name": fh[0], "address": "%s, %s, OH %s" % (fh[1], fh[2], fh[3]), "phone": fh[4],
                            "director": fh[5], "fdLicense": fh[6]},
           "released_by": R.choice(INVESTIGATORS)[2], "authorized_by_nok": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]),
           "vehicle_plate_fh": "FH " + "%04d" % R.randint(0, 9999)}
    jemit(L, obj, sep=(", ", ": "))
    return L


def g_property(t):
    c = pick_case()
    L = Line("cms-pino-json")
    items = [{"item": "mobile phone", "make": R.choice(["Apple iPhone 13", "Samsung Galaxy S22", "Motorola moto g"]), "imei": P(c.imei, "device")},
             {"item": "wallet", "contents": P([("OH DL ", None), (c.dl, "license"), ("; debit card ", None), (c.card, "account"), ("; $43.00 cash", None)])}]
    if R.random() < 0.4:
        items.append({"item": "medical alert bracelet", "text": P([("DIABETIC - ", None), (c.first.upper(), "name"), (" ", None), (c.last.upper(), "name")])})
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5),
           "module": "property", "caseNumber": P(c.case_no, "other_id"), "inventoryId": "INV-%06d" % R.randint(0, 999999),
           "witness": R.choice(INVESTIGATORS)[2], "items": items, "msg": "personal effects inventoried"}
    jemit(L, obj)
    return L


def g_mvc(t):
    c = R.choice([x for x in ACTIVE if x.vin] or ACTIVE)
    L = Line("lims-log4j")
    v = c.vin or vin()
    L.t(ts_log4j(t), " INFO  [crash-import] c.h.cms.integrations.OhPcrImporter - OH-1 crash report ", "%d%07d" % (t.year, R.randint(0, 10 ** 7)),
        " linked to case ").p(c.case_no, "other_id").t(": unit 1 VIN ").p(v, "vehicle").t(" plate OH ").p(c.plate, "vehicle")
    L.t(" driver DL ").p(c.dl, "license").t(" crash date ").p(d_us(c.doi), "date").t(" agency=", R.choice(["OSHP Post 09", "Parma PD", "Harlan Lake Sheriff"]),
                                                                               " officer badge ", str(R.randint(100, 2999)))
    return L


def g_autopsy_device(t):
    c = pick_case()
    L = Line("cms-pino-json")
    d = c.device
    obj = {"ts": ts_utc(t), "level": "info", "logger": "autopsy.devices", "case_no": P(c.case_no, "other_id"),
           "pathologist": "%s %s, %s" % c.pathologist[:3], "manufacturer": d[0], "model": d[1],
           "serialNumber": P(d[2], "device"), "disposition": R.choice(["returned to manufacturer", "retained as evidence", "interrogation requested"]),
           "autopsyDate": P(d_iso(c.dod + dt.timedelta(days=1)), "date"), "rma": "RMA-%07d" % R.randint(0, 10 ** 7)}
    jemit(L, obj, sep=(", ", ": "))
    return L


def g_pdmp(t):
    c = pick_case()
    L = Line("lims-log4j")
    L.t(ts_log4j(t), " INFO  [pdmp-client] c.h.cms.integrations.OarrsClient - OARRS query patient=").p(c.last, "name").t(",")
    L.p(c.first, "name").t(" dob=").p(d_iso(c.dob), "date").t(" zip=").p(c.zip, "zip")
    L.t(" -> %d rx in 12mo; last fill %s %s qty %d prescriber DEA %s%s%07d pharmacy NCPDP %07d" % (
        R.randint(1, 14), R.choice(["oxycodone-APAP 5/325", "alprazolam 1mg", "buprenorphine-naloxone 8/2", "gabapentin 600mg"]),
        (t - dt.timedelta(days=R.randint(3, 40))).strftime("%Y-%m-%d"), R.choice([30, 60, 90, 14]),
        R.choice("ABFM"), R.choice("KLMRS"), R.randint(0, 10 ** 7 - 1), R.randint(0, 10 ** 7 - 1)))
    return L


def g_indigent(t):
    c = pick_case()
    L = Line("celery-worker")
    L.t("[", ts_log4j(t), ": INFO/ForkPoolWorker-", str(R.randint(1, 8)), "] indigent.tasks.check_eligibility[", uuid4(), "]: ")
    L.t("case ").p(c.case_no, "other_id").t(" ")
    if c.mbi and R.random() < 0.5:
        L.t("Medicare MBI ").p(c.mbi, "health_plan").t(" -> inactive (DOD on file ").p(d_iso(c.dod), "date").t(")")
    else:
        L.t("Medicaid ID ").p(c.medicaid, "health_plan").t(" -> eligible for county indigent cremation assistance, group ", c.group, ", max $1,150.00")
    return L


def g_refund(t):
    c = pick_old()
    L = Line("cms-pino-json")
    kind = R.random()
    if kind < 0.4:
        obj = {"ts": ts_utc(t), "level": "info", "logger": "payments.refund", "requestId": rr_id(),
               "payee": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]), "method": "SEPA",
               "iban": P(c.iban, "account"), "bic": "COBADEFFXXX", "amount": 25.0, "currency": "USD", "msg": "refund queued"}
    elif kind < 0.7:
        obj = {"ts": ts_utc(t), "level": "info", "logger": "payments.ach", "requestId": rr_id(),
               "payer": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]), "routing": "041000124",
               "accountNumber": P(c.bank_acct, "account"), "amount": 50.0, "msg": "ACH debit authorized"}
    else:
        obj = {"ts": ts_utc(t), "level": "info", "logger": "records.delivery", "requestId": rr_id(), "channel": "fax",
               "to": P(c.nok_fax, "fax"), "attn": P([(c.nok_first, "name"), (" ", None), (c.nok_last, "name")]),
               "from": "216-721-5617", "pages": R.randint(3, 24), "faxJobId": "FX%08d" % R.randint(0, 10 ** 8), "msg": "records faxed"}
    jemit(L, obj)
    return L


def g_obit_match(t):
    c = pick_case()
    L = Line("celery-worker")
    slug = fold(c.first + "-" + c.last).lower().replace(" ", "-").replace("'", "")
    url = R.choice(["https://www.legacy.com/us/obituaries/cleveland/name/%s-obituary?id=%d" % (slug, c.obit_id),
                    "https://www.%s.com/obituary/%s" % (R.choice(["brightwaterfh", "goldengatememorial"]), slug),
                    "https://www.gofundme.com/f/%s-funeral-expenses" % slug])
    L.t("[", ts_log4j(t), ": INFO/ForkPoolWorker-", str(R.randint(1, 8)), "] ident.tasks.obit_watch[", uuid4(), "]: ")
    L.t("match score=0.%02d case=" % R.randint(70, 99)).p(c.case_no, "other_id").t(" url=").p(url, "url")
    L.t(" dob_match=").p(d_iso(c.dob), "date")
    return L


def g_nok_portal_user(t):
    c = pick_old()
    L = Line("audit-kv")
    L.t(ts_utc(t), " audit host=portal-01 event=PORTAL_ACCOUNT_CREATED username=").p(c.nok_user, "other_id")
    L.t(" email=").p(c.nok_email, "email").t(" src_ip=").p(c.nok_ip, "ip").t(" idv=", R.choice(["ID.me", "kba"]),
                                                                            " dl_verified=").p(c.nok_dl, "license").t(" mfa=sms")
    return L


def g_hospital_notify(t):
    c = pick_case()
    L = Line("opo-referral-text")
    L.t("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] intake-line: death report from ", c.hosp, " RN ", R.choice(["K. Oyelaran", "B. Stroud", "J. Petrakis"]),
        " (", R.choice(["216-778-7800", "440-816-8000", "216-844-1000"]), ") pt ").p(c.first, "name").t(" ").p(c.last, "name")
    L.t(" MRN ").p(c.mrn, "mrn").t(" age ").p(str(c.age), age_cat(c)).t(" pronounced ").p(d_us(c.dod), "date")
    L.t(" %02d:%02d by Dr. %s; jurisdiction ACCEPTED, case " % (R.randint(0, 23), R.randint(0, 59), R.choice(["Ng", "Halloran", "Osei", "Brandt"])))
    L.p(c.case_no, "other_id").t(" assigned ", c.investigator[2])
    return L


PHI_GENS = [
    (g_cms_intake, 6), (g_cms_nok, 5), (g_cms_update, 5), (g_hl7_adt_full, 4), (g_hl7_oru_group, 3),
    (g_edrs_xml, 4), (g_edrs_ack, 4), (g_edrs_reject, 2), (g_vrdr_fhir, 3), (g_opo_referral, 4), (g_opo_auth, 2),
    (g_records_csv, 8), (g_portal_nginx, 6), (g_mobile_nginx, 5), (g_logcat_photo, 3), (g_logcat_fp, 3),
    (g_face_photo, 2), (g_bmv_photo, 2), (g_audit, 6), (g_celery_email, 4), (g_celery_sms, 2), (g_pg_group, 3),
    (g_lims_accession, 4), (g_lims_result, 4), (g_instr_sample_row, 6), (g_scan_body, 6), (g_release_fh, 3),
    (g_property, 5), (g_mvc, 3), (g_autopsy_device, 4), (g_pdmp, 2), (g_indigent, 4), (g_refund, 5),
    (g_obit_match, 3), (g_nok_portal_user, 2), (g_hospital_notify, 4),
]


# ============================================================================
# PHI-free generators (look-alikes)
# ============================================================================
def c_cooler(t):
    L = Line("syslog-3164-cooler")
    unit = R.randint(1, 3)
    probe = R.randint(1, 4)
    temp = R.gauss(3.6, 0.5) if unit != 3 else R.gauss(-18.5, 1.0)
    L.t("<134>", ts_3164(t), " cooler-gw01 tempmond[2211]: unit=COOLER-%d probe=P%d temp=%.1fC setpoint=%.1fC rh=%d%% door=%s batt=%d%% sn=TS-4G-%s fw=3.1.7 rssi=-%d" % (
        unit, probe, temp, 4.0 if unit != 3 else -18.0, R.randint(55, 88), R.choice(["CLOSED"] * 5 + ["OPEN"]),
        R.randint(40, 100), "%02X%02X%02X" % (0xA3, unit * 16, probe), R.randint(48, 82)))
    return L


def c_cooler_alarm(t):
    L = Line("syslog-3164-cooler")
    L.t("<129>", ts_3164(t), " cooler-gw01 tempmond[2211]: ALARM %s unit=COOLER-%d temp=%.1fC threshold=6.0C duration=00:%02d:%02d occupancy=%d/%d notify=morgue-oncall@hlcmeo.org,+12167215600 ticket=INC%07d" % (
        R.choice(["HIGH_TEMP", "DOOR_AJAR", "PROBE_FAULT"]), R.randint(1, 2), R.random() * 4 + 6, R.randint(5, 40), R.randint(0, 59),
        R.randint(8, 36), 40, R.randint(0, 10 ** 7)))
    return L


def c_cooler_kern(t):
    L = Line("syslog-3164-cooler")
    L.t("<30>", ts_3164(t), " cooler-gw01 systemd[1]: Started ", R.choice(["tempmond watchdog check", "Daily apt download activities",
                                                                        "LoRaWAN packet forwarder (sx1302)", "logrotate.service"]), ".")
    return L


def c_scan_misc(t):
    L = Line("rfc5424-bodytrack")
    dev = "TC52-%08d" % R.randint(20000000, 29999999)
    kind = R.choice(["HEARTBEAT", "BATTERY", "LOCSCAN", "SYNC"])
    L.t("<", "14" if kind != "BATTERY" else "12", ">1 ", ts_iso(t), " tc52-morgue-0", str(R.randint(1, 8)), " bodytrack ", str(R.randint(1000, 5000)), " ", kind, " ")
    if kind == "HEARTBEAT":
        L.t('[dev@32473 device="%s" os="11-34-05.00-RN" app="3.8.2" wifi="HLCME-OPS" ip="10.40.6.%d"] alive' % (dev, R.randint(2, 250)))
    elif kind == "BATTERY":
        L.t('[dev@32473 device="%s" batt="%d" health="GOOD" cycles="%d"] battery low, return to cradle' % (dev, R.randint(5, 15), R.randint(100, 800)))
    elif kind == "LOCSCAN":
        L.t('[scan@32473 device="%s" user="%s" sym="QR"] location LOC-CLR%d-R%02d-S%d verified, 0 discrepancies' % (
            dev, R.choice(INVESTIGATORS)[2], R.randint(1, 3), R.randint(1, 12), R.randint(1, 4)))
    else:
        L.t('[dev@32473 device="%s"] synced %d events in %d ms, queue=0 server=bodytrack.hlcmeo.local:8443' % (dev, R.randint(1, 40), R.randint(60, 900)))
    return L


def c_lims(t):
    L = Line("lims-log4j")
    batch = "B%s-0%d" % (t.strftime("%y%m%d"), R.randint(1, 3))
    inst = R.choice([("LCMS-01", "SCIEX QTRAP 6500+", "AU21561811"), ("LCMS-02", "SCIEX Triple Quad 5500", "BK20400117"),
                     ("LCMS-03", "Agilent 6470B", "SG2213A004")])
    msgs = [
        "INFO  [batch-scheduler] c.h.lims.batch.BatchService - Batch %s created on %s (%s, SN %s) method TOX_PANEL_v12 injections=%d" % (
            batch, inst[0], inst[1], inst[2], R.randint(24, 96)),
        "INFO  [qc-eval] c.h.lims.qc.WestgardEvaluator - Batch %s QC-LOW/QC-MID/QC-HIGH within +/-20%%: %d/%d analytes pass (1-2s warn: %s)" % (
            batch, R.randint(38, 42), 42, R.choice(["none", "norfentanyl QC-LOW", "6-MAM QC-HIGH"])),
        "INFO  [cal-fit] c.h.lims.quant.CurveFitter - %s curve r2=%.4f weighting=1/x points=%d LLOQ=%.1f ng/mL" % (
            R.choice(["fentanyl", "xylazine", "methamphetamine", "cocaine", "benzoylecgonine"]), 0.99 + R.random() * 0.0099, R.randint(6, 8), R.choice([0.1, 0.5, 1.0, 5.0])),
        "WARN  [instrument-poll] c.h.lims.instrument.AnalystBridge - %s vacuum %.2e Torr, source temp %d C, last tune %s" % (
            inst[0], R.random() * 3e-5, R.choice([450, 500, 550]), (t - dt.timedelta(days=R.randint(1, 20))).strftime("%Y-%m-%d")),
        "INFO  [reagent] c.h.lims.inventory.ReagentService - lot %s (Cerilliant F-013 fentanyl 100 ug/mL) opened by %s, exp %s" % (
            "FE%06d" % R.randint(0, 999999), R.choice(TOXICOLOGISTS)[2], (t + dt.timedelta(days=R.randint(100, 700))).strftime("%Y-%m-%d")),
        "ERROR [instrument-poll] c.h.lims.instrument.AnalystBridge - %s: connection refused 10.41.2.%d:9001 (attempt %d/5)" % (
            inst[0], R.randint(10, 40), R.randint(1, 5)),
        "INFO  [http-nio-8443-exec-%d] c.h.lims.auth.LoginController - user %s authenticated (LDAP, ou=Toxicology) from 10.41.1.%d" % (
            R.randint(1, 12), R.choice(TOXICOLOGISTS)[2], R.randint(2, 250)),
        "DEBUG [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (
            R.randint(0, 8), R.randint(8, 20)),
        "INFO  [batch-scheduler] c.h.lims.batch.BatchService - Batch %s released for review by %s (%d samples, %d reinjections)" % (
            batch, R.choice(TOXICOLOGISTS)[2], R.randint(20, 80), R.randint(0, 4)),
    ]
    L.t(ts_log4j(t), " ", R.choice(msgs))
    return L


def c_lims_trace(t):
    L = Line("lims-log4j")
    L.t(ts_log4j(t), " ERROR [http-nio-8443-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() threw exception: java.lang.IllegalStateException: Batch B%s-0%d locked by %s at com.harlanlake.lims.batch.BatchService.lock(BatchService.java:%d)" % (
        R.randint(1, 12), t.strftime("%y%m%d"), R.randint(1, 3), R.choice(TOXICOLOGISTS)[2], R.randint(100, 400)))
    return L


def c_instr_row(t):
    L = Line("multiquant-csv")
    batch = "B%s-0%d" % (t.strftime("%y%m%d"), R.randint(1, 3))
    if R.random() < 0.15:
        L.t("Batch,Index,Sample Name,Sample Type,Component Name,IS Name,Retention Time,Area,IS Area,Calculated Concentration,Units,Flag")
        return L
    typ = R.choice(["Standard", "Quality Control", "Blank", "Double Blank"])
    name = {"Standard": "CAL-%d" % R.randint(1, 8), "Quality Control": R.choice(["QC-LOW", "QC-MID", "QC-HIGH"]) + "-%s" % t.strftime("%m%d"),
            "Blank": "BLK-%02d" % R.randint(1, 6), "Double Blank": "DBLK-01"}[typ]
    L.t(batch, ",", str(R.randint(1, 96)), ",", name, ",", typ, ",", R.choice(["Fentanyl", "Norfentanyl", "Xylazine", "Cocaine"]),
        ",", R.choice(["Fentanyl-D5", "Norfentanyl-D5", "Xylazine-D6", "Cocaine-D3"]),
        ",%.2f,%.3e,%.3e,%.2f,ng/mL,%s" % (R.random() * 6 + 1, R.random() * 9e5, R.random() * 4e5, R.random() * 50, R.choice(["OK", "OK", "Accuracy>20%"])))
    return L


def c_nginx(t):
    L = Line("nginx-combined")
    k = R.choice(["health", "static", "sync", "token"])
    ip = "10.40.%d.%d" % (R.randint(0, 9), R.randint(2, 250))
    if k == "health":
        L.t(ip, ' - - [', ts_clf(t), '] "GET /healthz HTTP/1.1" 200 17 "-" "kube-probe/1.28" rt=0.002 uct=0.000 req_id=', hexs(32))
    elif k == "static":
        L.t("172.20.%d.%d" % (R.randint(0, 15), R.randint(2, 250)), ' - - [', ts_clf(t), '] "GET /portal/static/js/main.%s.js HTTP/2.0" 304 0 "https://records.hlcmeo.org/portal/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15" rt=0.001 req_id=%s' % (hexs(8), hexs(32)))
    elif k == "sync":
        L.t(ip, " - ", R.choice(INVESTIGATORS)[2], ' [', ts_clf(t), '] "GET /api/v2/sync?since=%d&limit=200 HTTP/1.1" 200 %d "-" "HLCME-Investigator/4.12.%d (Android 14; SM-S918U)" rt=%.3f upstream=10.40.0.21:8080 req_id=%s' % (
            ts_epoch_ms(t) - R.randint(60000, 900000), R.randint(200, 9000), R.randint(0, 3), R.random() * 0.3, hexs(32)))
    else:
        L.t(ip, ' - - [', ts_clf(t), '] "POST /oauth2/token HTTP/1.1" 200 1184 "-" "okhttp/4.12.0" rt=%.3f upstream=10.40.0.30:8443 req_id=%s' % (R.random() * 0.2, hexs(32)))
    return L


def c_cms(t):
    L = Line("cms-pino-json")
    k = R.random()
    if k < 0.3:
        obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5), "reqId": "req-" + hexs(6),
               "res": {"statusCode": 200}, "responseTime": round(R.random() * 80, 3), "msg": "request completed"}
    elif k < 0.5:
        obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 41, "hostname": "cms-api-6f9c7d8b5-" + hexs(5),
               "queue": "intake", "depth": R.randint(0, 14), "oldestAgeSec": R.randint(0, 4000), "onCall": R.choice(INVESTIGATORS)[2], "msg": "queue stats"}
    elif k < 0.7:
        inv = R.choice(INVESTIGATORS)
        obj = {"ts": ts_utc(t), "level": "info", "logger": "auth", "user": inv[2], "displayName": "%s %s" % (inv[0], inv[1]),
               "email": "%s@hlcmeo.org" % inv[2], "ip": "10.40.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "mfa": "push", "message": "login ok"}
    elif k < 0.85:
        fh = R.choice(FUNERAL_HOMES)
        obj = {"ts": ts_utc(t), "level": "info", "logger": "fh.portal", "fdLicense": fh[6], "director": fh[5], "org": fh[0],
               "orgPhone": fh[4], "orgAddress": "%s, %s, OH %s" % (fh[1], fh[2], fh[3]), "message": "funeral home portal session started"}
    else:
        a = R.choice(ATTORNEYS)
        obj = {"ts": ts_utc(t), "level": "info", "logger": "legal.intake", "docType": R.choice(["subpoena duces tecum", "records request letter", "preservation letter"]),
               "from": "%s %s, Esq." % (a[0], a[1]), "firm": a[2], "barNo": a[5], "replyTo": a[3], "phone": a[4],
               "docId": uuid4(), "message": "legal correspondence scanned; awaiting case linkage"}
    jemit(L, obj, sep=(", ", ": ") if "ts" in obj else (",", ":"))
    return L


def c_celery(t):
    L = Line("celery-worker")
    k = R.random()
    if k < 0.4:
        L.t("[", ts_log4j(t), ": INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: None" % (
            R.randint(1, 8), R.choice(["notify.tasks.send_nok_update", "reports.tasks.render_pdf", "indigent.tasks.check_eligibility", "ident.tasks.obit_watch"]),
            uuid4(), R.random() * 4))
    elif k < 0.7:
        L.t("[", ts_log4j(t), ": INFO/MainProcess] Task %s[%s] received" % (R.choice(["reports.tasks.render_pdf", "edrs.tasks.poll_acks", "backup.tasks.snapshot"]), uuid4()))
    elif k < 0.85:
        L.t("[", ts_log4j(t), ": INFO/Beat] Scheduler: Sending due task %s (%s)" % (R.choice(["edrs-poll-acks", "opo-reconcile", "cooler-digest", "purge-temp-exports"]),
                                                                                     R.choice(["edrs.tasks.poll_acks", "opo.tasks.reconcile", "morgue.tasks.cooler_digest"])))
    else:
        L.t("[", ts_log4j(t), ": WARNING/ForkPoolWorker-%d] reports.tasks.render_pdf[%s]: wkhtmltopdf exited 1 after %d ms, retry %d/3 in 30s" % (
            R.randint(1, 8), uuid4(), R.randint(400, 9000), R.randint(1, 3)))
    return L


def c_pg(t):
    L = Line("postgres")
    pid = R.randint(10000, 60000)
    pre = t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d EDT [%d] " % (t.microsecond // 1000, pid)
    w, sy = R.random() * 30, R.random()
    msgs = ["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
        R.randint(100, 9000), R.random() * 5, R.randint(0, 4), w, sy, w + sy + R.random() * 0.05),
        "cms_app@cms_prod LOG:  connection authorized: user=cms_app database=cms_prod application_name=cms-api SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
        "LOG:  automatic vacuum of table \"cms_prod.public.case_event\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain" % (
            R.randint(1000, 90000), R.randint(0, 5000), R.randint(10000, 900000)),
        "lims@lims_prod LOG:  duration: %.3f ms  statement: SELECT count(*) FROM specimen WHERE batch_id = 'B%s-01' AND status = 'PENDING'" % (
            R.random() * 900 + 500, t.strftime("%y%m%d"))]
    L.t(pre, R.choice(msgs))
    return L


def c_edrs(t):
    L = Line("edrs-xml")
    k = R.random()
    L.t(ts_iso(t), " edrs-bridge[", str(R.randint(2000, 2400)), "] ")
    if k < 0.35:
        L.t("INFO  poll acks: %d new, %d pending, next poll in 300s (endpoint https://edrs.odh.ohio.gov/ws/v2/acks, tls=1.2)" % (R.randint(0, 6), R.randint(0, 20)))
    elif k < 0.6:
        L.t('INFO  <BatchSummary batchId="%s" submitted="%d" accepted="%d" rejected="%d" facility="HLCMEO" window="%s/%s"/>' % (
            uuid4(), R.randint(5, 20), R.randint(4, 18), R.randint(0, 2), (t - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:00"), t.strftime("%Y-%m-%dT%H:00")))
    elif k < 0.8:
        L.t("INFO  oauth token refreshed client_id=hlcmeo-edrs-prod expires_in=3600 scope=deathrecord.write")
    else:
        L.t("WARN  HTTP 503 from edrs.odh.ohio.gov (Retry-After: 120), contact vitals-edrs@odh.ohio.gov / 614-466-2531; %d records queued" % R.randint(1, 12))
    return L


def c_hl7(t):
    L = Line("hl7v2-segment")
    k = R.random()
    if k < 0.5:
        L.t(ts_log4j(t), " INFO  [ADT_IN_%s] c.h.iface.MllpListener - TX ACK MSH|^~\\&|HLCME_CMS|HLCMEO|EPIC|%s|%s||ACK^A03^ACK|ACK%08d|P|2.5.1\\rMSA|AA|%s%06d" % (
            R.choice(HOSPITALS)[1], R.choice(HOSPITALS)[1], t.strftime("%Y%m%d%H%M%S"), R.randint(0, 10 ** 8), R.choice(HOSPITALS)[1], R.randint(0, 999999)))
    elif k < 0.75:
        L.t(ts_log4j(t), " INFO  [ORU_OUT_CMS] c.h.iface.ChannelStats - channel ORU_OUT_CMS received=%d sent=%d errored=%d queued=0" % (
            R.randint(100, 900), R.randint(100, 900), R.randint(0, 3)))
    else:
        L.t(ts_log4j(t), " WARN  [ADT_IN_%s] c.h.iface.MllpListener - connection from 10.60.%d.%d:%d closed after %d ms idle" % (
            R.choice(HOSPITALS)[1], R.randint(0, 9), R.randint(2, 250), R.randint(40000, 60000), R.randint(30000, 120000)))
    return L


def c_opo(t):
    L = Line("opo-referral-text")
    L.t("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] opo-link: ", R.choice([
        "daily reconciliation: %d referrals sent, %d acknowledged, 0 mismatches" % (R.randint(3, 12), R.randint(3, 12)),
        "heartbeat ok (Great Lakes Gift of Life API v3, latency %d ms)" % R.randint(40, 400),
        "coordinator on call: M. Ishikawa, pager 800-552-0810 x%d" % R.randint(100, 499),
        "timed-referral SLA: median %d min from pronouncement (target 60)" % R.randint(14, 70)]))
    return L


def c_audit(t):
    L = Line("audit-kv")
    inv = R.choice(INVESTIGATORS)
    L.t(ts_utc(t), " audit host=cms-api-0%d user=%s role=%s src=10.40.%d.%d action=%s outcome=%s session=%s" % (
        R.randint(1, 3), inv[2], R.choice(["INVESTIGATOR", "SUPERVISOR", "RECORDS_CLERK"]), R.randint(0, 9), R.randint(2, 250),
        R.choice(["LOGIN", "LOGOUT", "MFA_CHALLENGE", "REPORT_RUN:daily_census", "ROLE_CHANGE"]), R.choice(["SUCCESS"] * 4 + ["FAIL"]), hexs(12)))
    return L


def c_logcat(t):
    L = Line("android-logcat")
    pid = R.randint(3000, 9000)
    L.t(ts_logcat(t), "  %d  %d %s" % (pid, pid + R.randint(1, 80), R.choice([
        "I ActivityManager: Start proc %d:org.hlcme.investigator/u0a%d for activity" % (pid, R.randint(100, 300)),
        "D SyncWorker: delta sync complete, %d records, %d ms, server=api.hlcmeo.org" % (R.randint(0, 50), R.randint(80, 2000)),
        "W OkHttp: <-- HTTP FAILED: java.net.SocketTimeoutException: timeout (api.hlcmeo.org/10.40.0.21:443)",
        "I SceneCaptureSvc: upload queue empty, %d bytes free" % R.randint(10 ** 9, 6 * 10 ** 10),
        "D LocationProvider: fused fix accuracy=%.1fm provider=gps sats=%d" % (R.random() * 20, R.randint(4, 18)),
        "I chatty  : uid=%d(org.hlcme.investigator) RenderThread identical %d lines" % (R.randint(10100, 10300), R.randint(2, 20))])))
    return L


def c_ops(t):
    L = Line("syslog-3164-cooler")
    if R.random() < 0.5:
        L.t("<78>", ts_3164(t), " ops-util01 CRON[%d]: (backup) CMD (/opt/backup/pg_snapshot.sh cms_prod --retain 14 >> /var/log/backup.log 2>&1)" % R.randint(10000, 40000))
    else:
        L.t("<86>", ts_3164(t), " ops-util01 sshd[%d]: Accepted publickey for deploy from 10.40.9.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(10000, 40000), R.randint(2, 250), R.randint(40000, 60000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    return L


CLEAN_GENS = [
    (c_cooler, 10), (c_cooler_alarm, 2), (c_cooler_kern, 2), (c_scan_misc, 6), (c_lims, 10), (c_lims_trace, 1),
    (c_instr_row, 6), (c_nginx, 7), (c_cms, 8), (c_celery, 5), (c_pg, 3), (c_edrs, 4), (c_hl7, 4), (c_opo, 2),
    (c_audit, 4), (c_logcat, 4), (c_ops, 2),
]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


# ============================================================================
def main():
    out = []  # list of Line
    clean = 0
    while len(out) < N_LINES:
        n = len(out)
        p = min(0.95, max(0.05, TARGET_CLEAN + (TARGET_CLEAN * n - clean) / 8.0))
        want_clean = R.random() < p
        t = CLK.tick()
        if want_clean:
            res = wpick(CLEAN_GENS)(t)
        else:
            res = wpick(PHI_GENS)(t)
        lines = res if isinstance(res, list) else [res]
        if len(out) + len(lines) > N_LINES:
            continue
        for L in lines:
            if want_clean:
                assert not L.spans, L.family
            out.append(L)
            if not L.spans:
                clean += 1
        if len(lines) > 1:
            CLK.now += dt.timedelta(milliseconds=50)
    log_lines, labels = [], []
    for i, L in enumerate(out, 1):
        text = L.finish()
        log_lines.append(text)
        labels.append(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "dg.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines) + "\n")
    with open(os.path.join(HERE, "dg.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
