#!/usr/bin/env python3
"""Generator for the "bj" PHI test corpus: messy / misspelled / invented key names.

Writes bj.log (500 lines) and bj.labels.jsonl next to this file.
Standard library only, fixed seed, deterministic.
Every span is recorded while the line is being built (segment by segment)
and checked against the written bytes afterwards.
"""
import json
import os
import random
import string
import urllib.parse
from xml.sax.saxutils import escape as _xml_escape

SEED = 0xB1B1_2024
R = random.Random(SEED)
N_LINES = 500
TARGET_NOPHI = 225          # 45 %
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# encoders (applied per segment; all are per-character so segmenting is safe)
# --------------------------------------------------------------------------
def enc_json_str(s, ascii_only=False):
    """Escape s as the inside of a JSON string literal."""
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def enc_json_ascii(s):
    return enc_json_str(s, True)


def enc_json_utf8(s):
    return enc_json_str(s, False)


def enc_qs(s):
    return urllib.parse.quote_plus(s, safe="")


def enc_qs_pct(s):
    return urllib.parse.quote(s, safe="")


def enc_xml_attr(s):
    return _xml_escape(s, {'"': "&quot;", "'": "&apos;"})


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []      # (start, end, cat, expected_bytes, raw_value)
        self.n = 0
        self.enc = []        # stack of encoders, innermost last

    def _apply(self, s):
        for f in reversed(self.enc):
            s = f(s)
        return s

    def push(self, f):
        self.enc.append(f)
        return self

    def pop(self):
        self.enc.pop()
        return self

    def t(self, s):
        """plain text (no PHI)"""
        b = self._apply(str(s)).encode("utf-8")
        self.parts.append(b)
        self.n += len(b)
        return self

    def p(self, written, cat, raw=None):
        """PHI text; `written` is already escaped for the local syntax,
        the encoder stack adds outer escaping."""
        assert cat in CATS, cat
        b = self._apply(str(written)).encode("utf-8")
        assert len(b) > 0
        st = self.n
        self.parts.append(b)
        self.n += len(b)
        self.spans.append((st, self.n, cat, b, raw if raw is not None else written))
        return self

    def bytes(self):
        return b"".join(self.parts)

    def finish(self):
        assert not self.enc, "unbalanced encoder stack"
        line = self.bytes()
        assert b"\n" not in line and b"\r" not in line, line[:200]
        assert len(line) <= 20000
        line.decode("utf-8")
        out = []
        last_end = -1
        for s, e, cat, exp, raw in self.spans:
            assert line[s:e] == exp, (line[s:e], exp)
            assert s >= last_end, "overlapping spans"
            last_end = e
            out.append({"s": s, "e": e, "cat": cat})
        return line, out


class V:
    """A PHI value placed in a structure; `v` is the raw (unescaped) value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Raw:
    """Literal text inserted as-is in a structure (no quoting)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p

# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FIRST = [
    "Margaret", "Harold", "Dolores", "Eugene", "Beatrice", "Clarence", "Mildred", "Walter",
    "José", "María", "Guadalupe", "Xóchitl", "Alejandro", "Itzel", "Joaquín", "Lucía",
    "Nguyễn Thị", "Minh", "Thanh", "Huong", "Quang", "Linh",
    "Wei", "Xiaoling", "Jun", "Mei", "Haruto", "Yuki", "Sakura", "Kenji", "Ji-woo", "Seo-yeon", "Min-jun",
    "Aarav", "Priyanka", "Lakshmi", "Venkatesh", "Anjali", "Gurpreet", "Harjit",
    "Oluwaseun", "Chiamaka", "Kwame", "Abena", "Tendai", "Nnamdi", "Amara", "Folasade",
    "Mohammed", "Fatima", "Youssef", "Aisha", "Omar", "Layla", "Tariq", "Zainab",
    "Siobhán", "Pádraig", "Niamh", "Eoghan", "Aoife",
    "Zoë", "Chloé", "Anaïs", "François", "Søren", "Bjørn", "Åsa", "Jürgen", "Małgorzata", "Wojciech",
    "Dmitri", "Svetlana", "Oksana", "Giorgos", "Eleni", "Kateřina",
    "Rose", "Hunter", "Joy", "Summer", "Faith", "Precious", "Destiny", "Sterling", "Grace", "Hope",
    "Jayden", "Brayden", "Kayleigh", "Tyrone", "DeShawn", "Latoya", "Imani", "Marquis",
    "Kai", "Leilani", "Keanu", "Makoa", "Tallulah", "Wenona", "Dakota", "River",
    "Ezekiel", "Moshe", "Shoshana", "Yael", "Avraham", "Rivka",
    "Bartholomew", "Ignatius", "Philomena", "Cornelius", "Ebony", "Ruby", "Pearl", "Ivy",
]
LAST = [
    "Smith", "Johnson", "Okonkwo", "Nguyen", "Tran", "Pham", "García", "Hernández", "Rodríguez",
    "Martínez-López", "de la Cruz", "Van der Berg", "van Houten", "O'Brien", "O'Connor",
    "MacGillivray", "McAllister", "Fitzgerald", "Kowalczyk", "Wiśniewski", "Nowak",
    "Müller", "Schäfer", "Groß", "Østergaard", "Sørensen", "Lindqvist", "Åberg",
    "Papadopoulos", "Konstantinidis", "Ivanova", "Kuznetsov", "Shevchenko",
    "Yamamoto", "Takahashi", "Watanabe", "Kim", "Park", "Choi", "Lee-Wong", "Zhang", "Liu", "Chen",
    "Patel", "Sharma", "Venkataraman", "Subramaniam", "Gill", "Sandhu", "Chatterjee",
    "Adeyemi", "Mensah", "Abiodun", "Osei-Bonsu", "Mwangi", "Ndlovu", "Diallo", "Traoré",
    "Al-Hashimi", "El-Amin", "Haddad", "Abdullah", "bin Rashid", "Ben-David",
    "Cohen", "Levi", "Goldberg", "Rosenthal",
    "Baker", "Hunter", "Young", "Bell", "King", "Price", "Wolf", "Story", "Love", "Rich",
    "Brown", "Black", "White", "Green", "Gay", "Little", "Long", "Short", "Strong", "Small",
    "Washington", "Jefferson", "Freeman", "Jackson", "Robinson",
    "Begay", "Yazzie", "Tsosie", "Kealoha", "Kahananui",
    "St. Pierre", "D'Angelo", "Dell'Acqua", "Lo Bianco", "da Silva", "dos Santos", "Gonçalves",
    "Smith-Jones", "Harper-Ellis", "Nakamura-Reyes", "Castillo y Paz", "Ruiz de Alarcón",
    "Ó Súilleabháin", "Mac an tSaoir", "Delacroix", "Lefèvre", "Boucher",
]
MIDDLE = ["A.", "J.", "Marie", "Lee", "Ann", "R.", "Jo", "Ray", "K.", "Louise", "E.", "Mae"]
SUFFIX = ["Jr.", "Sr.", "III", "II"]

CLIN_FIRST = ["Priya", "Daniel", "Rebecca", "Samuel", "Ngozi", "Hiroshi", "Elena", "Marcus", "Fatou", "Ingrid"]
CLIN_LAST = ["Raman", "Whitfield", "Okafor", "Lindgren", "Castellanos", "Oyelaran", "Brandt", "Mahoney", "Iwasaki", "Sato"]
STAFF_USERS = ["svc_intake", "svc-hl7-bridge", "etl_batch", "jmorales_rn", "kpatel_adm", "admin", "sys_scheduler",
               "regclerk04", "mbr-sync-bot", "rcm_worker_3", "ldap:cn=apps", "api-gw", "tchen_pharm", "bfrost"]


def first():
    return pick(FIRST)


def last():
    return pick(LAST)


def full_name(style=None):
    f, l = first(), last()
    style = style or pick(["fl", "fl", "fl", "flm", "lf", "lfu", "fls", "fl_upper"])
    if style == "fl":
        return f"{f} {l}"
    if style == "flm":
        return f"{f} {pick(MIDDLE)} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "lfu":
        return f"{l.upper()}, {f.upper()}"
    if style == "fls":
        return f"{f} {l} {pick(SUFFIX)}"
    if style == "fl_upper":
        return f"{f.upper()} {l.upper()}"
    if style == "hl7":
        return f"{l}^{f}"
    raise ValueError(style)


def clinician():
    return pick(["Dr. ", "", "", "Dr "]) + f"{pick(CLIN_FIRST)} {pick(CLIN_LAST)}" + pick(["", ", MD", " MD", ", DO", ", NP", " RN"])


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
STREETS = ["Maple", "Oak", "Cedar Ridge", "Elm", "Washington", "Martin Luther King Jr", "Old Mill",
           "Sycamore", "Peachtree", "Lakeshore", "Kamehameha", "Río Grande", "Pine Hollow", "Quail Run",
           "Magnolia", "Chestnut", "Bayou Vista", "Prospect", "Willow Creek", "Juniper", "Canyon View",
           "Harbor", "Orchard", "Sunset", "Highland", "Kingsbury", "Founders", "Cherokee", "Saint Anne"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 305", "#7", "Ste 2", "Lot 41", "Trlr 9", "Apt 1021", "Bldg C Apt 3"]
# city, county, state, zip
PLACES = [
    ("Springfield", "Sangamon County", "IL", "62704"), ("Columbus", "Franklin County", "OH", "43215"),
    ("Dayton", "Montgomery County", "OH", "45409"), ("Tucson", "Pima County", "AZ", "85719"),
    ("El Paso", "El Paso County", "TX", "79912"), ("McAllen", "Hidalgo County", "TX", "78501"),
    ("Bakersfield", "Kern County", "CA", "93301"), ("Fresno", "Fresno County", "CA", "93722"),
    ("Oakland", "Alameda County", "CA", "94607"), ("Hilo", "Hawaii County", "HI", "96720"),
    ("Gallup", "McKinley County", "NM", "87301"), ("Duluth", "St. Louis County", "MN", "55805"),
    ("Toledo", "Lucas County", "OH", "43604"), ("Savannah", "Chatham County", "GA", "31401"),
    ("Macon", "Bibb County", "GA", "31201"), ("Lafayette", "Lafayette Parish", "LA", "70501"),
    ("Shreveport", "Caddo Parish", "LA", "71101"), ("Bangor", "Penobscot County", "ME", "04401"),
    ("Burlington", "Chittenden County", "VT", "05401"), ("Newark", "Essex County", "NJ", "07102"),
    ("Paterson", "Passaic County", "NJ", "07501"), ("Yonkers", "Westchester County", "NY", "10701"),
    ("Flushing", "Queens County", "NY", "11355"), ("Brooklyn", "Kings County", "NY", "11226"),
    ("Scranton", "Lackawanna County", "PA", "18503"), ("Erie", "Erie County", "PA", "16501"),
    ("Dearborn", "Wayne County", "MI", "48126"), ("Flint", "Genesee County", "MI", "48503"),
    ("Gary", "Lake County", "IN", "46402"), ("Sioux Falls", "Minnehaha County", "SD", "57104"),
    ("Billings", "Yellowstone County", "MT", "59101"), ("Boise", "Ada County", "ID", "83702"),
    ("Spokane", "Spokane County", "WA", "99201"), ("Tacoma", "Pierce County", "WA", "98402"),
    ("Eugene", "Lane County", "OR", "97401"), ("Reno", "Washoe County", "NV", "89501"),
    ("Provo", "Utah County", "UT", "84601"), ("Pueblo", "Pueblo County", "CO", "81003"),
    ("Wichita", "Sedgwick County", "KS", "67202"), ("Tulsa", "Tulsa County", "OK", "74103"),
    ("Little Rock", "Pulaski County", "AR", "72201"), ("Jackson", "Hinds County", "MS", "39201"),
    ("Mobile", "Mobile County", "AL", "36602"), ("Knoxville", "Knox County", "TN", "37902"),
    ("Asheville", "Buncombe County", "NC", "28801"), ("Charleston", "Kanawha County", "WV", "25301"),
    ("Worcester", "Worcester County", "MA", "01608"), ("Providence", "Providence County", "RI", "02903"),
    ("Hartford", "Hartford County", "CT", "06103"), ("Anchorage", "Anchorage Municipality", "AK", "99501"),
    ("San Juan", "San Juan Municipio", "PR", "00901"), ("Kissimmee", "Osceola County", "FL", "34741"),
    ("Hialeah", "Miami-Dade County", "FL", "33012"), ("Laredo", "Webb County", "TX", "78040"),
]


def place():
    return pick(PLACES)


def street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 48999)]))
    s = f"{num} {pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NW '])}{pick(STREETS)} {pick(SUFFIXES)}"
    if chance(0.3):
        s += pick([" ", ", "]) + pick(UNITS)
    if chance(0.05):
        s = f"PO Box {R.randint(10, 9999)}"
    return s


def zip_for(pl):
    z = pl[3]
    # vary last two digits a bit, keep the prefix real
    z = z[:3] + f"{(int(z[3:]) + R.randint(0, 8)) % 100:02d}"
    if z[3:] == "00":
        z = z[:3] + "01"
    return z


def zip4(z):
    return f"{z}-{R.randint(1000, 9999)}"


# --------------------------------------------------------------------------
# dates / ages
# --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(ymd, fmt):
    y, m, d = ymd
    if fmt == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y:04d}"
    if fmt == "us_short":
        return f"{m}/{d}/{y}"
    if fmt == "compact":
        return f"{y:04d}{m:02d}{d:02d}"
    if fmt == "dmy_mon":
        return f"{d:02d}-{MONTHS[m-1][:3].upper()}-{y:04d}"
    if fmt == "long":
        return f"{MONTHS[m-1]} {d}, {y}"
    if fmt == "eu":
        return f"{d:02d}.{m:02d}.{y:04d}"
    if fmt == "iso_t":
        return f"{y:04d}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.choice([0, 15, 30, 45]):02d}:00"
    if fmt == "slash_ymd":
        return f"{y:04d}/{m:02d}/{d:02d}"
    raise ValueError(fmt)


DATE_FMTS = ["iso", "iso", "us", "us_short", "compact", "dmy_mon", "long", "eu", "slash_ymd"]


def dob(fmt=None, old=False):
    ymd = rand_ymd(1918, 1933) if old else rand_ymd(1925, 2022)
    return fmt_date(ymd, fmt or pick(DATE_FMTS))


def event_date(fmt=None):
    return fmt_date(rand_ymd(2019, 2025), fmt or pick(DATE_FMTS + ["iso_t"]))


def old_age():
    return R.randint(90, 106)


def young_age():
    return R.randint(0, 89)

# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def luhn_check_digit(payload):
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
    return luhn_check_digit(num[:-1]) == num[-1]


def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    fmt = fmt or pick(["dash", "dash", "dash", "plain", "space"])
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ssn_last4():
    return f"{R.randint(1, 9999):04d}"


def nanp_parts():
    while True:
        a = f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}"
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "855", "844", "833", "900", "700", "500", "600"):
            break
    while True:
        x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if x[1:] != "11" and x != "555":
            break
    return a, x, f"{R.randint(0, 9999):04d}"


def phone(fmt=None):
    a, x, n = nanp_parts()
    fmt = fmt or pick(["paren", "dash", "dash", "dot", "e164", "plain", "intl_sp", "one_dash"])
    return {
        "paren": f"({a}) {x}-{n}",
        "dash": f"{a}-{x}-{n}",
        "dot": f"{a}.{x}.{n}",
        "e164": f"+1{a}{x}{n}",
        "plain": f"{a}{x}{n}",
        "intl_sp": f"+1 {a} {x} {n}",
        "one_dash": f"1-{a}-{x}-{n}",
    }[fmt]


def org_phone():
    """Organisation numbers (toll free / main lines) used in non-PHI context."""
    a = pick(["800", "888", "877", "866", "614", "312", "919", "713"])
    return pick([f"({a}) {R.randint(200, 999)}-{R.randint(0, 9999):04d}", f"1-{a}-{R.randint(200, 999)}-{R.randint(0, 9999):04d}"])


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "comcast.net", "protonmail.com", "att.net", "verizon.net", "msn.com", "ymail.com", "sbcglobal.net"]


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return s


def email_for(name=None):
    if name is None:
        f, l = first(), last()
    else:
        bits = name.replace(",", " ").split()
        f, l = bits[0], bits[-1]
    f = "".join(c for c in ascii_fold(f).lower() if c.isalnum())
    l = "".join(c for c in ascii_fold(l).lower() if c.isalnum())
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}{R.randint(40, 99)}",
                  f"{f}_{l}", f"{f}{R.randint(1950, 2005)}", f"{l}{f[0]}", f"{f}.{l}+portal"])
    return f"{local}@{pick(MAIL_DOMAINS)}"


def mrn():
    return pick([
        lambda: f"MRN{digits(8)}", lambda: digits(7), lambda: digits(8), lambda: f"{R.choice('ABEHKMRZ')}{digits(7)}",
        lambda: f"{digits(3)}-{digits(2)}-{digits(2)}", lambda: f"E{digits(9)}", lambda: f"00{digits(8)}",
        lambda: f"PT-{digits(6)}", lambda: f"{digits(2)}{R.choice('ABCDEFGHJK')}{digits(5)}",
    ])()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi(dashes=None):
    c = [str(R.randint(1, 9)), R.choice(MBI_L), R.choice(MBI_AN), str(R.randint(0, 9)),
         R.choice(MBI_L), R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_L), R.choice(MBI_L),
         str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    if dashes if dashes is not None else chance(0.3):
        s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s


def member_id():
    return pick([
        lambda: f"{R.choice(['XJH', 'ZGP', 'YPB', 'W', 'H', 'JQU', 'MOL'])}{digits(9)}",
        lambda: f"{digits(3)}{R.choice(string.ascii_uppercase)}{digits(5)}",
        lambda: f"U{digits(8)}01", lambda: f"{R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}{digits(6)}{R.choice(string.ascii_uppercase)}",  # NY medicaid style
        lambda: f"9{digits(7)}{R.choice(string.ascii_uppercase)}",   # Medi-Cal CIN style
        lambda: f"{digits(9)}-0{R.randint(1, 4)}", lambda: f"M{digits(10)}",
        lambda: mbi(),
    ])()


def card():
    kind = pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        p = "4" + digits(14)
    elif kind == "mc":
        p = f"5{R.randint(1, 5)}" + digits(13)
    elif kind == "mc2":
        p = f"{R.randint(2221, 2720)}" + digits(11)
    elif kind == "amex":
        p = pick(["34", "37"]) + digits(12)
    else:
        p = "6011" + digits(11)
    n = p + luhn_check_digit(p)
    assert luhn_ok(n)
    if chance(0.3):
        if len(n) == 15:
            n = f"{n[:4]} {n[4:10]} {n[10:]}"
        else:
            n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def iban():
    cc, body = pick([
        ("DE", lambda: digits(18)), ("GB", lambda: pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)),
        ("FR", lambda: digits(10) + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(2)),
        ("ES", lambda: digits(20)), ("NL", lambda: pick(["ABNA", "INGB", "RABO"]) + digits(10)),
        ("IT", lambda: R.choice(string.ascii_uppercase) + digits(10) + digits(12)),
    ])
    b = body()
    rearr = b + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{b}"
    num2 = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    assert int(num2) % 97 == 1
    if chance(0.4):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bank_acct():
    return digits(R.choice([8, 9, 10, 12]))


def aba_routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def billing_acct():
    return pick([lambda: f"G{digits(9)}", lambda: f"HAR{digits(8)}", lambda: f"{digits(4)}-{digits(6)}",
                 lambda: f"PA{digits(7)}", lambda: digits(10), lambda: f"ACCT-{digits(8)}"])()


def drivers_license():
    return pick([
        lambda: R.choice(string.ascii_uppercase) + digits(7),                     # CA
        lambda: f"{digits(3)} {digits(3)} {digits(3)}",                         # NY
        lambda: digits(8),                                                       # TX
        lambda: f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",  # FL
        lambda: f"{R.choice(string.ascii_uppercase)}{digits(3)}-{digits(4)}-{digits(4)}",                        # IL
        lambda: f"{R.choice(string.ascii_uppercase)}{digits(2)}-{digits(2)}-{digits(4)}",                        # OH-ish
        lambda: "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),            # WA
        lambda: f"{R.choice(string.ascii_uppercase)}{digits(12)}",                                            # MI/MN
    ])()


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KNA", "1G1", "WBA", "4T1", "1C4", "5NP", "JN1", "2HG"])
    rest = [R.choice(VIN_CHARS) for _ in range(14)]
    rest[6] = R.choice("LMNPRSTVWXY123456789")   # model year (pos 10)
    v = list(wmi) + rest
    v[8] = "0"
    tot = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    s = "".join(v)
    assert len(s) == 17
    return s


def plate():
    L_ = string.ascii_uppercase.replace("I", "").replace("O", "").replace("Q", "")
    return pick([
        lambda: f"{R.randint(1, 9)}{''.join(R.choice(L_) for _ in range(3))}{digits(3)}",
        lambda: f"{''.join(R.choice(L_) for _ in range(3))}-{digits(4)}",
        lambda: f"{''.join(R.choice(L_) for _ in range(3))} {digits(4)}",
        lambda: f"{digits(3)} {''.join(R.choice(L_) for _ in range(3))}",
        lambda: f"{''.join(R.choice(L_) for _ in range(2))}{digits(2)}{''.join(R.choice(L_) for _ in range(2))}",
    ])()


def imei():
    p = pick(["35", "86", "01", "49", "35"]) + digits(12)
    return p + luhn_check_digit(p)


def mac(sep=None):
    sep = sep if sep is not None else pick([":", ":", "-", ""])
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    if sep == "":
        return "".join(f"{x:02x}" for x in b)
    return sep.join(f"{x:02X}" for x in b)


def device_serial():
    return pick([
        lambda: f"NWE{digits(6)}H", lambda: f"PJN{digits(6)}S", lambda: f"SN{digits(9)}",
        lambda: "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(10)),
        lambda: f"{digits(2)}{R.choice('ABCDEFGH')}{digits(6)}", lambda: f"G7{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6))}",
        lambda: f"CGM-{digits(4)}-{digits(4)}", lambda: f"RNH{digits(7)}",
    ])()


def udi():
    gtin = "0" + digits(12)
    gtin += luhn_like_gtin(gtin)
    return f"(01){gtin}(17){R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(8))}"


def luhn_like_gtin(s13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(s13))
    return str((10 - tot % 10) % 10)


def public_ip():
    while True:
        a = R.randint(1, 223)
        b = R.randint(0, 255)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ipv6():
    return f"2{R.choice('46')}{R.randint(0, 15):x}{R.randint(0, 15):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}"


def private_ip():
    return pick([lambda: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 lambda: f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 lambda: f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 lambda: "127.0.0.1", lambda: f"192.0.2.{R.randint(1, 254)}", lambda: f"198.51.100.{R.randint(1, 254)}",
                 lambda: f"203.0.113.{R.randint(1, 254)}"])()


def b64_blob(header, n):
    import base64
    data = header + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(data).decode("ascii")


def fingerprint_template():
    return b64_blob(b"FMR\x00 20\x00", R.randint(60, 160))


def voiceprint():
    return b64_blob(b"VPRT\x01\x02", R.randint(60, 120))


def face_template():
    return b64_blob(b"FAC\x00010\x00", R.randint(60, 120))


def face_photo_datauri():
    return "data:image/jpeg;base64," + b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", R.randint(120, 400))


def face_photo_b64():
    return b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", R.randint(120, 400))


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 6)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]


def aadhaar():
    p = str(R.randint(2, 9)) + digits(10)
    c = 0
    for i, ch in enumerate(reversed(p)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = p + str(_VINV[c])
    return pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])


def sin_ca():
    p = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + digits(7)
    s = p + luhn_check_digit(p)
    return pick([s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def curp():
    U = string.ascii_uppercase
    y, m, d = rand_ymd(1930, 2010)
    return (R.choice("BCDFGHLMNPRSTVZ") + R.choice("AEIOU") + R.choice(U) + R.choice(U) +
            f"{y % 100:02d}{m:02d}{d:02d}" + R.choice("HM") +
            pick(["DF", "JC", "NL", "MC", "PL", "VZ", "GT", "OC"]) +
            R.choice("BCDFGHLMNPRSTVZ") + R.choice("BCDFGHLMNPRSTVZ") + R.choice("BCDFGHLMNPRSTVZ") +
            R.choice("0A" if y >= 2000 else "0") + str(R.randint(0, 9)))


def passport():
    return pick([lambda: digits(9), lambda: R.choice("ACEFGHKLMN") + digits(8), lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(7)])()


def other_id():
    kind = pick(["nhs", "aadhaar", "sin", "curp", "passport", "insee"])
    if kind == "nhs":
        return kind, nhs_number()
    if kind == "aadhaar":
        return kind, aadhaar()
    if kind == "sin":
        return kind, sin_ca()
    if kind == "curp":
        return kind, curp()
    if kind == "insee":
        s = f"{R.randint(1, 2)}{R.randint(30, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{digits(3)}{digits(3)}"
        key = 97 - int(s) % 97
        return kind, f"{s}{key:02d}"
    return kind, passport()


def npi():
    p = "1" + digits(8)
    return p + luhn_check_digit("80840" + p)


# non-PHI noise
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def version():
    return f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 99)}"


def log_ts():
    y, m, d = 2025, R.randint(1, 6), R.randint(1, 28)
    return f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"

# --------------------------------------------------------------------------
# a synthetic patient
# --------------------------------------------------------------------------
class C:
    """Composite value: list of (text, cat_or_None) segments forming one string."""
    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = segs

    @property
    def text(self):
        return "".join(s for s, _ in self.segs)


class Person:
    def __init__(self):
        self.old = chance(0.18)
        self.given = first()
        self.family = last()
        self.middle = pick(MIDDLE) if chance(0.3) else None
        self.dob_ymd = rand_ymd(1918, 1934) if self.old else rand_ymd(1936, 2023)
        self.age = 2025 - self.dob_ymd[0] - (1 if chance(0.5) else 0)
        if self.old and self.age < 90:
            self.age = 90 + R.randint(0, 5)
        self.place = place()
        self.street = street()
        self.zip = zip_for(self.place)
        self.phone_parts = nanp_parts()
        self.email = None
        self.sex = pick(["F", "M", "U", "X"])

    def full(self, style=None):
        style = style or pick(["fl", "fl", "fl", "flm", "lf", "lfu", "fl_upper", "lf_m"])
        f, l = self.given, self.family
        m = self.middle or pick(MIDDLE)
        return {"fl": f"{f} {l}", "flm": f"{f} {m} {l}", "lf": f"{l}, {f}", "lfu": f"{l.upper()}, {f.upper()}",
                "fl_upper": f"{f.upper()} {l.upper()}", "lf_m": f"{l}, {f} {m}", "f": f, "l": l}[style]

    def phone(self, fmt=None):
        a, x, n = self.phone_parts
        fmt = fmt or pick(["paren", "dash", "dot", "e164", "plain"])
        return {"paren": f"({a}) {x}-{n}", "dash": f"{a}-{x}-{n}", "dot": f"{a}.{x}.{n}", "e164": f"+1{a}{x}{n}",
                "plain": f"{a}{x}{n}", "intl_sp": f"+1 {a} {x} {n}"}[fmt]

    def get_email(self):
        if self.email is None:
            self.email = email_for(f"{self.given} {self.family}")
        return self.email


# concept -> style -> keys ("key|hint" carries a value-format hint)
KEYS = {
    "name": {
        "typo": ["pateint_name", "patinet_name", "patient_nmae", "pt_naem", "paitent_name", "patietn_name", "pateint_full_nm", "ful_name"],
        "abbr": ["ptnm", "pt_nm", "pnm", "pat_nm", "ptnme", "pt_fullnm", "nm_pt"],
        "camel": ["patientName", "ptName", "PatientFullName", "ptFullNm", "PTName", "patName"],
        "mixed": ["PatientName", "patient-name", "PATIENT_NAME", "patient.name", "Patient_Name", "patientname", "patient name"],
        "unit": ["name_str", "pt_name_txt", "full_name_s", "name_lf|lf", "name_last_first|lf", "nm_upper|fl_upper"],
    },
    "given": {
        "typo": ["frist_name", "fisrt_nm", "firts_name", "givne_name"], "abbr": ["fnm", "f_nm", "pt_fn", "frst_nm", "gvn"],
        "camel": ["firstName", "ptFirstNm", "FName", "givenName"], "mixed": ["FirstName", "first-name", "FIRST_NAME", "name.first", "name.given"],
        "unit": ["given_str", "fname_txt"],
    },
    "family": {
        "typo": ["lastanme", "lsat_name", "famliy_name", "surnmae"], "abbr": ["lnm", "l_nm", "pt_ln", "lst_nm", "snm"],
        "camel": ["lastName", "ptLastNm", "LName", "familyName"], "mixed": ["LastName", "last-name", "LAST_NAME", "name.last", "name.family"],
        "unit": ["surname_str", "lname_txt"],
    },
    "guardian": {
        "typo": ["gaurdian_name", "guardain_nm", "gurantor_name", "resposible_party"], "abbr": ["gdn_nm", "grdn_nm", "gtr_nm", "rp_nm", "nok_nm"],
        "camel": ["guardianName", "guarantorNm", "NOKName", "respPartyName"], "mixed": ["GuardianName", "guardian-name", "GUARANTOR_NAME", "guarantor.name", "next_of_kin"],
        "unit": ["gdn_name_str", "subscriber_nm_txt"],
    },
    "emer_name": {
        "typo": ["emergncy_contact", "emerg_contcat_name", "emergency_contatc"], "abbr": ["emer_cnt_nm", "ec_nm", "emrg_nm", "ecnm"],
        "camel": ["emergencyContactName", "ECName", "emerContactNm"], "mixed": ["EmergencyContact", "emergency-contact", "EMERGENCY_CONTACT_NAME", "emergency.contact.name"],
        "unit": ["ec_name_str"],
    },
    "emer_phone": {
        "typo": ["emergncy_phne", "emerg_contcat_phone", "emergency_phoen"], "abbr": ["emer_cnt_ph", "ec_ph", "emrg_ph", "nok_ph", "ecph"],
        "camel": ["emergencyContactPhone", "ECPhone", "NOKPhone"], "mixed": ["EmergencyPhone", "emergency-phone", "EMERGENCY_CONTACT_PHONE", "emergency.contact.phone"],
        "unit": ["ec_phone_e164|e164", "emer_ph_10d|plain"],
    },
    "dob": {
        "typo": ["birht_date", "brith_date", "date_of_brith", "dob_dat", "bday", "birthdaye", "dateofbrith"], "abbr": ["dob", "dob_dt", "brth_dt", "bdt", "d_o_b", "ptdob", "DOB"],
        "camel": ["patientDOB", "ptDOB", "DOBDate", "birthDt", "PTDOB", "dateOfBirth"], "mixed": ["BirthDate", "birth-date", "BIRTH_DATE", "patient.dob", "Date of Birth", "date_of_birth"],
        "unit": ["dob_yyyymmdd|compact", "dob_mmddyyyy|us", "birth_date_iso|iso", "dob_str", "dob_ymd|iso", "dob_dd_mon_yyyy|dmy_mon"],
    },
    "admit": {
        "typo": ["admision_date", "addmit_dt", "admt_date"], "abbr": ["adm_dt", "admt_dt", "adm_d", "ad_dt"],
        "camel": ["admitDate", "AdmitDt", "admissionDTTM"], "mixed": ["AdmitDate", "admit-date", "ADMIT_DATE", "admission.date"],
        "unit": ["adm_yyyymmdd|compact", "admit_dt_iso|iso_t"],
    },
    "discharge": {
        "typo": ["dischage_date", "discharg_dt", "dishcarge_date"], "abbr": ["dsch_dt", "dc_dt", "disch_d"],
        "camel": ["dischargeDate", "DCDate", "dischDt"], "mixed": ["DischargeDate", "discharge-date", "DISCHARGE_DATE", "discharge.date"],
        "unit": ["dsch_yyyymmdd|compact", "dc_date_us|us"],
    },
    "death": {
        "typo": ["date_of_deth", "deceaced_dt", "death_dat"], "abbr": ["dod", "dth_dt", "exp_dt"],
        "camel": ["deathDate", "DODDate", "deceasedDt"], "mixed": ["DeathDate", "death-date", "DATE_OF_DEATH", "deceased.date"],
        "unit": ["dod_yyyymmdd|compact"],
    },
    "service": {
        "typo": ["servcie_date", "date_of_sevice", "svc_dat"], "abbr": ["dos", "svc_dt", "srv_dt", "dt_svc"],
        "camel": ["serviceDate", "DOSDate", "svcDt"], "mixed": ["ServiceDate", "service-date", "DATE_OF_SERVICE", "service.date"],
        "unit": ["dos_yyyymmdd|compact", "svc_dt_mmddyyyy|us"],
    },
    "appt": {
        "typo": ["apointment_date", "appt_dat", "appoitment_dttm"], "abbr": ["appt_dt", "apt_dt", "nxt_appt", "appt_d"],
        "camel": ["apptDate", "nextApptDT", "ApptDTTM"], "mixed": ["AppointmentDate", "appointment-date", "APPT_DATE", "appointment.start"],
        "unit": ["appt_dttm_iso|iso_t", "appt_yyyymmdd|compact"],
    },
    "street": {
        "typo": ["adress", "addres", "adress_line1", "street_adress", "adr1", "addrss"], "abbr": ["addr", "addr1", "adr_ln1", "str_addr", "hm_addr", "res_addr"],
        "camel": ["homeAddr", "ptAddress", "AddrLine1", "streetAddr", "PTAddr1"], "mixed": ["Address1", "address-line-1", "ADDRESS_LINE_1", "address.line1", "address.street"],
        "unit": ["addr_line1_str", "street_txt"],
    },
    "city": {
        "typo": ["ctiy", "citty", "cty_nme"], "abbr": ["cty", "addr_cty", "hm_cty", "cit"],
        "camel": ["homeCity", "ptCity", "addrCity"], "mixed": ["City", "address-city", "CITY", "address.city"], "unit": ["city_nm_str"],
    },
    "county": {
        "typo": ["conty", "countty"], "abbr": ["cnty", "cnty_nm", "res_cnty"], "camel": ["countyName", "resCounty"],
        "mixed": ["County", "address-county", "COUNTY_NAME", "address.district"], "unit": ["county_txt"],
    },
    "zip": {
        "typo": ["zipcod", "zpi", "zip_coed", "postl_code", "zipp"], "abbr": ["zip", "zip_cd", "hm_zip", "pstl_cd", "zp"],
        "camel": ["ptZip", "zipCode", "ZIPCd", "homeZIP"], "mixed": ["ZipCode", "zip-code", "ZIP_CODE", "address.postalCode", "address.zip"],
        "unit": ["zip5|z5", "zip9|z9", "zip_plus4|z9", "zip_5d|z5", "postal_cd_str"],
    },
    "phone": {
        "typo": ["phne", "phnoe", "telephon", "phone_numbr", "mobil_no", "cel_phone"], "abbr": ["hm_ph", "ph", "cell_no", "mob_nbr", "tel", "ph_hm", "wk_ph"],
        "camel": ["ptPhone", "homePhoneNbr", "cellPH", "mobileNo", "PTPhone"], "mixed": ["HomePhone", "home-phone", "HOME_PHONE", "phone.mobile", "contact.phone", "telecom.value"],
        "unit": ["phone_e164|e164", "phone_10d|plain", "hm_ph_fmt|paren", "cell_e164|e164"],
    },
    "fax": {
        "typo": ["fxa", "fax_numbr"], "abbr": ["hm_fax", "fx", "fax_no"], "camel": ["homeFax", "ptFax"],
        "mixed": ["Fax", "home-fax", "HOME_FAX", "contact.fax"], "unit": ["fax_10d|plain", "fax_e164|e164"],
    },
    "email": {
        "typo": ["emial", "emai", "e_mial", "emali_addr", "emal"], "abbr": ["eml", "em_addr", "ptemail", "e_ml"],
        "camel": ["ptEmail", "emailAddr", "EMailAddress", "contactEMAIL"], "mixed": ["Email", "e-mail", "EMAIL_ADDRESS", "contact.email", "telecom.email"],
        "unit": ["email_str", "email_lc"],
    },
    "ssn": {
        "typo": ["socail", "scoial_sec", "soical_no", "ssn_nmbr", "socal_security"], "abbr": ["ssn", "soc_sec_no", "ss_num", "ss_no", "ssnum"],
        "camel": ["ptSSN", "SSNNbr", "patientSSN", "ssnId", "SSNumber"], "mixed": ["SSN", "social-security-number", "SOCIAL_SECURITY_NO", "patient.ssn", "identifiers.ssn"],
        "unit": ["ssn_9d|plain", "ssn_fmt|dash", "ssn_last4|last4", "ssn4|last4", "ssn_nodash|plain"],
    },
    "mrn": {
        "typo": ["mnr", "mrn_nubmer", "medcial_record_no", "pateint_id", "patinet_id"], "abbr": ["mrn", "mrn_no", "med_rec_no", "pt_id", "pat_id", "chart_no", "mrnum"],
        "camel": ["patientMRN", "ptMRN", "MRNId", "PatientID", "ptID", "EMPI_ID"], "mixed": ["MRN", "medical-record-number", "MEDICAL_RECORD_NO", "patient.id", "patient.mrn", "MRN#"],
        "unit": ["mrn_str", "mrn_8d", "pt_id_ext"],
    },
    "member": {
        "typo": ["memebr_id", "membr_no", "subscirber_id", "insurnace_id"], "abbr": ["mbr_no", "mbr_id", "sub_id", "ins_id", "subscr_no", "pol_mbr"],
        "camel": ["insMemberID", "memberID", "subscriberId", "InsMbrNbr", "MBRId"], "mixed": ["MemberId", "member-id", "MEMBER_ID", "insurance.memberId", "coverage.subscriberId"],
        "unit": ["mbr_id_str", "member_no_txt"],
    },
    "mbi": {
        "typo": ["mbi_numbr", "medicare_bene_id"], "abbr": ["mbi", "mcare_id", "mc_no", "bene_id"], "camel": ["medicareMBI", "MBINbr", "beneMBI"],
        "mixed": ["MBI", "medicare-id", "MEDICARE_BENEFICIARY_ID", "coverage.medicare.mbi"], "unit": ["mbi_11|nodash", "mbi_fmt|dash"],
    },
    "medicaid": {
        "typo": ["medciaid_id", "medicad_no"], "abbr": ["mcaid_no", "mcd_id", "mdcd"], "camel": ["medicaidID", "MCDNbr", "stateMedicaidId"],
        "mixed": ["MedicaidId", "medicaid-id", "MEDICAID_ID", "coverage.medicaid.id"], "unit": ["mcaid_id_str"],
    },
    "card": {
        "typo": ["crdit_card", "card_numbr", "cc_nubmer"], "abbr": ["cc_no", "ccnum", "pan", "crd_no", "cc"],
        "camel": ["cardNbr", "ccNumber", "PANValue", "payCardNo"], "mixed": ["CardNumber", "card-number", "CARD_NO", "payment.card.number"],
        "unit": ["pan_16", "cc_num_str"],
    },
    "iban": {
        "typo": ["iabn", "iban_numbr"], "abbr": ["iban", "bnk_iban"], "camel": ["ibanNo", "IBANValue"],
        "mixed": ["IBAN", "bank-iban", "BANK_IBAN", "payment.iban"], "unit": ["iban_str"],
    },
    "bank": {
        "typo": ["bank_acount", "acct_numbr"], "abbr": ["bnk_acct", "dda_no", "chk_acct"], "camel": ["bankAcctNbr", "DDAAcct"],
        "mixed": ["BankAccount", "bank-account", "BANK_ACCOUNT_NO", "payment.account"], "unit": ["bank_acct_str"],
    },
    "billing": {
        "typo": ["biling_acct", "acount_no", "guarntor_acct"], "abbr": ["acct_no", "pt_acct", "guar_acct", "har", "bill_acct"],
        "camel": ["patientAcctNbr", "guarAcctNo", "HARId", "billingAcct"], "mixed": ["AccountNumber", "account-number", "PATIENT_ACCOUNT_NO", "billing.account"],
        "unit": ["acct_no_str", "pt_acct_10d"],
    },
    "dl": {
        "typo": ["drivers_lisence", "drvr_licnse", "dl_numbr"], "abbr": ["dl_no", "dl_num", "drv_lic", "dlno"],
        "camel": ["DLNumber", "driverLicNo", "ptDLNbr", "DLNo"], "mixed": ["DriversLicense", "drivers-license", "DRIVERS_LICENSE_NO", "identifiers.dl"],
        "unit": ["dl_str"],
    },
    "vin": {
        "typo": ["vin_numbr", "vehical_vin"], "abbr": ["vin", "veh_vin", "vin_no"], "camel": ["vehicleVIN", "VINNbr", "carVIN"],
        "mixed": ["VIN", "vehicle-vin", "VEHICLE_VIN", "vehicle.vin"], "unit": ["vin_17"],
    },
    "plate": {
        "typo": ["licence_palte", "plate_numbr", "lisence_plate"], "abbr": ["plt", "lic_plt", "plate_no", "tag_no"],
        "camel": ["plateNbr", "licPlate", "vehPlateNo"], "mixed": ["LicensePlate", "license-plate", "LICENSE_PLATE", "vehicle.plate"], "unit": ["plate_str"],
    },
    "dev": {
        "typo": ["devcie_serial", "seiral_no", "serail_num"], "abbr": ["dev_sn", "sn", "pump_sn", "icd_sn", "cgm_sn", "ser_no"],
        "camel": ["deviceSerial", "pumpSN", "implantSerialNo", "CGMSerial"], "mixed": ["DeviceSerial", "device-serial", "DEVICE_SERIAL_NO", "device.serialNumber"],
        "unit": ["sn_str", "serial_txt"],
    },
    "imei": {
        "typo": ["iemi", "imei_numbr"], "abbr": ["imei", "dev_imei", "ph_imei"], "camel": ["phoneIMEI", "IMEINbr"],
        "mixed": ["IMEI", "device-imei", "DEVICE_IMEI", "device.imei"], "unit": ["imei_15"],
    },
    "mac": {
        "typo": ["mac_adress", "mac_addrs"], "abbr": ["mac", "hw_addr", "dev_mac"], "camel": ["macAddr", "BLEMac", "deviceMAC"],
        "mixed": ["MacAddress", "mac-address", "MAC_ADDRESS", "device.mac"], "unit": ["mac_hex", "mac_str"],
    },
    "udi": {
        "typo": ["udi_strng", "implant_udi_"], "abbr": ["udi", "imp_udi"], "camel": ["implantUDI", "UDICarrier"],
        "mixed": ["UDI", "device-udi", "DEVICE_UDI", "device.udiCarrier"], "unit": ["udi_gs1"],
    },
    "ip": {
        "typo": ["clinet_ip", "remote_adr", "ip_adress"], "abbr": ["cip", "src_ip", "rip", "pt_ip"], "camel": ["clientIP", "remoteIPAddr", "ptIP"],
        "mixed": ["ClientIp", "client-ip", "CLIENT_IP", "request.clientIp", "x-forwarded-for"], "unit": ["ip_v4", "ip_str"],
    },
    "url": {
        "typo": ["profle_url", "portla_link", "callbak_url"], "abbr": ["url", "lnk", "pt_url", "href"], "camel": ["portalURL", "profileUrl", "chartLink"],
        "mixed": ["ProfileUrl", "profile-url", "PROFILE_URL", "links.self"], "unit": ["url_str"],
    },
    "age": {
        "typo": ["aeg", "age_yrss", "pt_aeg"], "abbr": ["age", "pt_age", "ag", "age_y"], "camel": ["ptAge", "ageYears", "AGEYrs"],
        "mixed": ["Age", "patient-age", "AGE_YEARS", "patient.age"], "unit": ["age_yrs", "age_years", "age_int", "age_y"],
    },
    "other": {
        "typo": ["natinal_id", "pasport_no", "foriegn_id"], "abbr": ["natl_id", "nid", "ppt_no", "frgn_id", "gov_id"],
        "camel": ["nationalID", "passportNbr", "govtIdNo", "foreignNID"], "mixed": ["NationalId", "national-id", "NATIONAL_ID", "identifiers.national"],
        "unit": ["natl_id_str"],
    },
    "fp": {
        "typo": ["fingerprnt", "fingreprint_tmpl"], "abbr": ["fp_tmpl", "fp", "bio_fp"], "camel": ["fpTemplate", "fingerprintISO", "bioFP"],
        "mixed": ["Fingerprint", "finger-print", "FINGERPRINT_TEMPLATE", "biometric.fingerprint"], "unit": ["fp_b64", "fp_iso19794"],
    },
    "voice": {
        "typo": ["voiceprnt", "vocie_print"], "abbr": ["vp", "vprint", "voice_tmpl"], "camel": ["voicePrint", "VPTemplate"],
        "mixed": ["VoicePrint", "voice-print", "VOICEPRINT", "biometric.voice"], "unit": ["voice_b64"],
    },
    "face": {
        "typo": ["face_tempalte", "facial_tmpl"], "abbr": ["fc_tmpl", "face_vec"], "camel": ["faceTemplate", "FRTemplate"],
        "mixed": ["FaceTemplate", "face-template", "FACE_TEMPLATE", "biometric.face"], "unit": ["face_b64"],
    },
    "photo": {
        "typo": ["phot", "pateint_photo", "headshto"], "abbr": ["img", "pt_img", "pic", "photo"], "camel": ["ptPhoto", "profileImg", "photoB64"],
        "mixed": ["Photo", "patient-photo", "PATIENT_PHOTO", "patient.photo"], "unit": ["photo_b64|b64", "img_datauri|datauri", "photo_jpg_b64|b64"],
    },
}

STYLES = ["typo", "abbr", "camel", "mixed", "unit"]


def key_for(concept, styles=None):
    styles = styles or STYLES
    st = pick(styles)
    spec = pick(KEYS[concept][st])
    if "|" in spec:
        k, h = spec.split("|", 1)
        return k, h
    return spec, None

KEYS["fulladdr"] = {
    "typo": ["adress_full", "full_adress", "addres_oneline"], "abbr": ["addr_1l", "hm_addr_full", "res_adr"],
    "camel": ["fullAddr", "homeAddressLine", "PTAddrFull"], "mixed": ["Address", "home-address", "HOME_ADDRESS", "address.text"],
    "unit": ["addr_oneline_str", "address_txt"],
}

ORGS = ["mercyhealth", "stlukes", "valleymed", "northwell-demo", "baycare", "summitortho", "riverbendclinic", "kp-test"]


def person_url(p, mrn_=None):
    f = "".join(c for c in ascii_fold(p.given).lower() if c.isalnum())
    l = "".join(c for c in ascii_fold(p.family).lower() if c.isalnum())
    mrn_ = mrn_ or mrn()
    return pick([
        lambda: f"https://mychart.{pick(ORGS)}.org/MyChart/patients/{mrn_}/summary",
        lambda: f"https://portal.{pick(ORGS)}.com/records?patientId={mrn_}&view=labs",
        lambda: f"https://www.facebook.com/{f}.{l}.{R.randint(1, 999)}",
        lambda: f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
        lambda: f"https://{f}{l}.wordpress.com/about",
        lambda: f"https://ehr.{pick(ORGS)}.net/api/Patient/{mrn_}/$everything",
        lambda: f"https://files.{pick(ORGS)}.org/share/{uuid4()}/{l}_{f}_consent.pdf",
    ])()


def value_for(p, concept, hint=None):
    """Returns V / C for a PHI concept of person p."""
    if concept == "name":
        return V(p.full(hint if hint in ("lf", "fl_upper") else None), "name")
    if concept == "given":
        return V(p.given, "name")
    if concept == "family":
        return V(p.family, "name")
    if concept == "guardian":
        return V(f"{first()} {p.family}" if chance(0.5) else full_name(), "name")
    if concept == "emer_name":
        return V(full_name(pick(["fl", "fl", "lf", "flm"])), "name")
    if concept == "emer_phone":
        return V(phone(hint), "phone")
    if concept == "dob":
        return V(fmt_date(p.dob_ymd, hint or pick(DATE_FMTS)), "date")
    if concept in ("admit", "discharge", "service", "appt"):
        return V(event_date(hint), "date")
    if concept == "death":
        return V(event_date(hint or pick(DATE_FMTS)), "date")
    if concept == "street":
        return V(p.street, "address")
    if concept == "city":
        return V(p.place[0], "address")
    if concept == "county":
        return V(p.place[1], "address")
    if concept == "fulladdr":
        sep = pick([", ", ", ", " "])
        return C([(f"{p.street}{sep}{p.place[0]}", "address"), (f", {p.place[2]} ", None),
                  (zip4(p.zip) if chance(0.2) else p.zip, "zip")])
    if concept == "zip":
        if hint == "z9" or (hint is None and chance(0.15)):
            return V(zip4(p.zip), "zip")
        return V(p.zip, "zip")
    if concept == "phone":
        return V(p.phone(hint), "phone")
    if concept == "fax":
        return V(phone(hint), "fax")
    if concept == "email":
        return V(p.get_email(), "email")
    if concept == "ssn":
        if hint == "last4":
            return V(ssn_last4(), "ssn")
        return V(ssn(hint if hint in ("dash", "plain") else None), "ssn")
    if concept == "mrn":
        return V(mrn(), "mrn")
    if concept == "member":
        return V(member_id(), "health_plan")
    if concept == "mbi":
        return V(mbi(dashes=(hint == "dash") if hint else None), "health_plan")
    if concept == "medicaid":
        U = string.ascii_uppercase
        return V(pick([f"{R.choice(U)}{R.choice(U)}{digits(5)}{R.choice(U)}", f"9{digits(7)}{R.choice(U)}", digits(9), f"{digits(10)}"]), "health_plan")
    if concept == "card":
        return V(card(), "account")
    if concept == "iban":
        return V(iban(), "account")
    if concept == "bank":
        return V(bank_acct(), "account")
    if concept == "billing":
        return V(billing_acct(), "account")
    if concept == "dl":
        return V(drivers_license(), "license")
    if concept == "vin":
        return V(vin(), "vehicle")
    if concept == "plate":
        return V(plate(), "vehicle")
    if concept == "dev":
        return V(device_serial(), "device")
    if concept == "imei":
        return V(imei(), "device")
    if concept == "mac":
        return V(mac("" if hint == "hex" else None), "device")
    if concept == "udi":
        return V(udi(), "device")
    if concept == "ip":
        return V(public_ip() if chance(0.85) else public_ipv6(), "ip")
    if concept == "url":
        return V(person_url(p), "url")
    if concept == "age":
        assert p.old
        a = p.age
        return V(a if chance(0.6) else str(a), "age")
    if concept == "other":
        return V(other_id()[1], "other_id")
    if concept == "fp":
        return V(fingerprint_template(), "biometric")
    if concept == "voice":
        return V(voiceprint(), "biometric")
    if concept == "face":
        return V(face_template(), "biometric")
    if concept == "photo":
        if hint == "datauri" or (hint is None and chance(0.5)):
            return V(face_photo_datauri(), "photo")
        return V(face_photo_b64(), "photo")
    raise ValueError(concept)


# weights of concepts in "ordinary" patient payloads
COMMON = (["name"] * 8 + ["given", "family"] * 3 + ["dob"] * 7 + ["street"] * 3 + ["city"] * 2 + ["zip"] * 4 +
          ["phone"] * 5 + ["email"] * 3 + ["ssn"] * 4 + ["mrn"] * 6 + ["member"] * 3 + ["fulladdr"] * 2 +
          ["guardian", "emer_name", "emer_phone", "admit", "discharge", "service", "appt", "county", "fax",
           "mbi", "medicaid", "billing", "card", "dl", "other", "url", "ip", "dev"])
RARE = ["iban", "bank", "vin", "plate", "imei", "mac", "udi", "fp", "voice", "face", "photo", "death", "card", "dl",
        "mbi", "other", "dev", "url", "ip", "fax", "billing", "medicaid"]


def pick_concepts(p, k, rare_p=0.25):
    out = []
    tries = 0
    while len(out) < k and tries < 100:
        tries += 1
        c = pick(RARE) if chance(rare_p) else pick(COMMON)
        if c in out and c not in ("phone",):
            continue
        if c in ("given", "family") and "name" in out:
            continue
        if c == "name" and ("given" in out or "family" in out):
            continue
        if c == "fulladdr" and ("street" in out or "zip" in out or "city" in out):
            continue
        if c in ("street", "zip", "city") and "fulladdr" in out:
            continue
        out.append(c)
    if "given" in out and "family" not in out:
        out.insert(out.index("given") + 1, "family")
    if p.old and chance(0.5) and "age" not in out:
        out.insert(R.randint(0, len(out)), "age")
    return out


def phi_fields(p, k, styles=None, rare_p=0.25):
    """list of (key, V/C) pairs"""
    res = []
    used = []
    for c in pick_concepts(p, k, rare_p):
        for _ in range(10):
            key, hint = key_for(c, styles)
            if key not in used:
                break
        used.append(key)
        res.append((key, value_for(p, c, hint)))
    return res

# --------------------------------------------------------------------------
# non-PHI look-alike fields
# --------------------------------------------------------------------------
PAYERS = ["Aetna Better Health", "Molina Healthcare", "BCBS of Texas", "UnitedHealthcare Community Plan",
          "Humana Gold Plus", "Cigna", "Medicare Part B", "Ambetter", "CareSource", "Kaiser Permanente"]
FACILITIES = [("Mercy General Hospital", "4001 J St", "Sacramento", "CA", "95819"),
              ("St. Luke's Regional Medical Center", "190 E Bannock St", "Boise", "ID", "83712"),
              ("Valley Medical Center", "400 S 43rd St", "Renton", "WA", "98055"),
              ("Riverbend Family Clinic", "2250 Riverbend Pkwy", "Dayton", "OH", "45402"),
              ("Summit Orthopedics", "17550 Kenwood Trl", "Lakeville", "MN", "55044"),
              ("Bayou Community Health", "1100 Poydras St Ste 900", "New Orleans", "LA", "70163")]
FILES = ["intake_batch_0412.csv", "837P_20250314_001.edi", "roster_Q2.xlsx", "adt_a08_dump.hl7", "elig_271_resp.x12",
         "consent_scan_88213.pdf", "pt_export_v3.json", "mbr_sync_delta.csv", "lab_results_0315.ndjson"]


def _fac():
    return pick(FACILITIES)


LOOKALIKE = [
    lambda: ("name_of_file", pick(FILES)), lambda: ("file_name", pick(FILES)), lambda: ("fileName", pick(FILES)),
    lambda: ("date_format", pick(["MM/dd/yyyy", "yyyyMMdd", "%Y-%m-%d", "DD-MON-YYYY", "ISO8601"])),
    lambda: ("dob_format", pick(["YYYYMMDD", "MM/DD/YYYY"])), lambda: ("dob_yyyymmdd_fmt", "%Y%m%d"),
    lambda: ("phone_verified", pick([True, False])), lambda: ("phoneVerified", pick(["Y", "N"])), lambda: ("phne_verifed", pick([True, False])),
    lambda: ("ssn_required", pick([True, False])), lambda: ("ssnRequired", pick(["true", "false"])), lambda: ("ssn_present", pick([0, 1])),
    lambda: ("ssn_last4_match", pick([True, False])), lambda: ("ssn_masked", pick(["***-**-****", "XXX-XX-XXXX", "[REDACTED]"])),
    lambda: ("zip_enabled", pick([True, False])), lambda: ("zipcod_valid", pick([True, False])), lambda: ("zip5_len", 5),
    lambda: ("address_type", pick(["HOME", "MAILING", "BILLING", "TEMP", "home"])), lambda: ("adress_type", pick(["H", "M", "W"])),
    lambda: ("addr_verified_by", pick(["USPS_CASS", "SmartyStreets", "manual"])), lambda: ("address_count", R.randint(0, 3)),
    lambda: ("dob_missing", pick([True, False])), lambda: ("dobMissing", pick(["Y", "N"])), lambda: ("birht_date_src", pick(["self-reported", "ID card", "EHR"])),
    lambda: ("phone_type", pick(["MOBILE", "HOME", "WORK", "cell"])), lambda: ("hm_ph_type", pick(["LANDLINE", "VOIP"])),
    lambda: ("email_opt_in", pick([True, False])), lambda: ("emial_bounced", pick([True, False])), lambda: ("email_domain_blocked", False),
    lambda: ("name_match_score", round(R.uniform(0.5, 1.0), 3)), lambda: ("name_len", R.randint(4, 40)), lambda: ("ptnm_normalized", pick([True, False])),
    lambda: ("age_yrs", young_age()), lambda: ("ptAge", young_age()), lambda: ("age_grp", pick(["18-34", "35-49", "50-64", "65-74", "75+"])),
    lambda: ("age_unit", pick(["a", "mo", "wk", "d"])), lambda: ("state", pick(["OH", "TX", "CA", "NY", "GA", "WA"])), lambda: ("st_cd", pick(["IL", "FL", "MI", "AZ"])),
    lambda: ("birth_yr", R.randint(1945, 2020)), lambda: ("gender", pick(["F", "M", "U", "female", "male"])), lambda: ("sex_at_birth", pick(["F", "M"])),
    lambda: ("lang", pick(["en", "es", "vi", "zh-Hant", "so", "ar"])), lambda: ("interpreter_needed", pick([True, False])),
    lambda: ("pcp_nm", clinician()), lambda: ("attending", clinician()), lambda: ("PCPPhone", org_phone()), lambda: ("pcpNPI", npi()),
    lambda: ("ref_prov_npi", npi()), lambda: ("rendering_npi", npi()),
    lambda: ("fac_nm", _fac()[0]), lambda: ("fac_addr", _fac()[1]), lambda: ("facility_zip", _fac()[4]), lambda: ("fac_ph", org_phone()),
    lambda: ("payer_nm", pick(PAYERS)), lambda: ("payer_phone", org_phone()), lambda: ("payer_fax", org_phone()),
    lambda: ("plan_cd", pick(["HMO-GOLD", "PPO500", "MCD-STAR", "MAPD-H1036"])), lambda: ("grp_no", f"GRP{digits(6)}"),
    lambda: ("enc_no", f"E{digits(9)}"), lambda: ("encounter_id", digits(10)), lambda: ("visit_nbr", f"V{digits(8)}"),
    lambda: ("claim_no", f"CLM{digits(10)}"), lambda: ("clm_id", f"{digits(4)}{R.choice('ABCDE')}{digits(8)}"), lambda: ("order_no", f"ORD-{digits(7)}"),
    lambda: ("ord_id", digits(9)), lambda: ("row_id", R.randint(1, 9999999)), lambda: ("rec_id", R.randint(1000, 99999999)), lambda: ("pk", R.randint(1, 999999)),
    lambda: ("trace_id", trace_id()), lambda: ("span_id", span_id()), lambda: ("req_id", uuid4()), lambda: ("correlationId", uuid4()),
    lambda: ("build", f"{R.randint(1000, 9999)}"), lambda: ("ver", version()), lambda: ("schema_ver", version()), lambda: ("port", pick([443, 8443, 5432, 6379, 2575, 8080])),
    lambda: ("dur_ms", R.randint(1, 5000)), lambda: ("latency_ms", round(R.uniform(0.2, 900), 2)), lambda: ("retry", R.randint(0, 5)),
    lambda: ("updated_by", pick(STAFF_USERS)), lambda: ("usr", pick(STAFF_USERS)), lambda: ("created_by", pick(STAFF_USERS)),
    lambda: ("batch_dt", f"2025-0{R.randint(1, 6)}-{R.randint(10, 28)}"), lambda: ("created_at", log_ts()), lambda: ("modified_dttm", log_ts()),
    lambda: ("sha256", hexs(64)), lambda: ("etag", f'W/"{hexs(12)}"'), lambda: ("commit", hexs(40)), lambda: ("host_ip", private_ip()),
    lambda: ("tenant", pick(["acme-health", "t-0042", "demo", "prod-east"])), lambda: ("env", pick(["prod", "stg", "uat", "dev"])),
    lambda: ("field_count", R.randint(3, 60)), lambda: ("phone_e164_valid", pick([True, False])), lambda: ("emer_cnt_ph_required", pick([True, False])),
    lambda: ("gdn_required", pick([True, False])), lambda: ("mbr_no_len", R.randint(8, 12)), lambda: ("insMemberIDFormat", pick(["^[A-Z]{3}\\d{9}$", "alnum-11"])),
    lambda: ("dl_state", pick(["CA", "NY", "TX"])), lambda: ("vin_decoded", pick([True, False])), lambda: ("dev_model", pick(["MiniMed 780G", "Dexcom G7", "Omnipod 5", "Azure XT DR"])),
    lambda: ("firmware", version()), lambda: ("mac_randomized", pick([True, False])), lambda: ("ip_allowlisted", pick([True, False])),
    lambda: ("dob", None), lambda: ("ssn", ""), lambda: ("phone", "REDACTED"), lambda: ("email", None), lambda: ("ptnm", "<masked>"),
    lambda: ("mrn_assigning_auth", pick(["MRH", "EPIC", "CERNER-MPI", "1.2.840.114350.1.13.0.1.7.5.737384.14"])),
    lambda: ("photo_on_file", pick([True, False])), lambda: ("fp_enrolled", pick([True, False])), lambda: ("biometric_consent", pick(["Y", "N"])),
    lambda: ("zip_radius_mi", pick([5, 10, 25, 50])), lambda: ("county_fips_required", pick([True, False])),
]


def nophi_fields(k):
    out, seen = [], []
    while len(out) < k:
        key, val = pick(LOOKALIKE)()
        if key in seen:
            continue
        seen.append(key)
        out.append((key, val))
    return out


def mix(phi_list, nophi_list):
    """interleave PHI and non-PHI fields, keeping relative order of each list"""
    out = []
    a, b = list(phi_list), list(nophi_list)
    while a or b:
        if a and (not b or chance(len(a) / (len(a) + len(b)))):
            out.append(a.pop(0))
        else:
            out.append(b.pop(0))
    return out

# --------------------------------------------------------------------------
# serialisers (all write through Line, labelling V / C values)
# --------------------------------------------------------------------------
class O:
    """ordered object (list of pairs; keys may repeat)"""
    __slots__ = ("pairs",)

    def __init__(self, pairs):
        self.pairs = list(pairs)


def dedupe(nph, ph):
    keys = [k for k, _ in ph]
    return [(k, v) for k, v in nph if k not in keys]


def is_phi(v):
    return isinstance(v, (V, C))


def text_of(v):
    if isinstance(v, V):
        return str(v.v)
    if isinstance(v, C):
        return v.text
    return v


def emit_json(L, x, asc=False, sp=False):
    enc = enc_json_ascii if asc else enc_json_utf8
    if isinstance(x, O):
        L.t("{")
        for i, (k, v) in enumerate(x.pairs):
            if i:
                L.t(", " if sp else ",")
            L.t('"' + enc(k) + '":' + (" " if sp else ""))
            emit_json(L, v, asc, sp)
        L.t("}")
    elif isinstance(x, list):
        L.t("[")
        for i, v in enumerate(x):
            if i:
                L.t(", " if sp else ",")
            emit_json(L, v, asc, sp)
        L.t("]")
    elif isinstance(x, V):
        if isinstance(x.v, int):
            L.p(str(x.v), x.cat)
        else:
            L.t('"').p(enc(x.v), x.cat, raw=x.v).t('"')
    elif isinstance(x, C):
        L.t('"')
        for s, cat in x.segs:
            if cat:
                L.p(enc(s), cat, raw=s)
            else:
                L.t(enc(s))
        L.t('"')
    elif isinstance(x, Raw):
        L.t(x.s)
    else:
        L.t(json.dumps(x, ensure_ascii=asc))


def scalar_text(v, style="logfmt"):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "" if style in ("logfmt", "qs", "csv") else ("null" if style == "yaml" else "")
    return str(v)


def _logfmt_needs_quote(s):
    return s == "" or any(c in s for c in ' "=\\\t') or not s.isprintable()


def _logfmt_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def emit_logfmt_value(L, v, force_quote=False):
    if is_phi(v):
        txt = text_of(v)
        q = force_quote or _logfmt_needs_quote(txt)
        segs = v.segs if isinstance(v, C) else [(str(v.v), v.cat)]
        if q:
            L.t('"')
        for s, cat in segs:
            w = _logfmt_esc(s) if q else s
            if cat:
                L.p(w, cat, raw=s)
            else:
                L.t(w)
        if q:
            L.t('"')
    else:
        s = scalar_text(v)
        if force_quote or (s != "" and _logfmt_needs_quote(s)):
            L.t('"' + _logfmt_esc(s) + '"')
        else:
            L.t(s)


def emit_logfmt(L, pairs, lead_space=True):
    for i, (k, v) in enumerate(pairs):
        if i or lead_space:
            L.t(" ")
        L.t(k.replace(" ", "_") + "=")
        emit_logfmt_value(L, v)


def emit_qs(L, pairs, enc=enc_qs, raw_brackets=True):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t("&")
        kk = enc(k)
        if raw_brackets:
            kk = kk.replace("%5B", "[").replace("%5D", "]")
        L.t(kk + "=")
        if is_phi(v):
            segs = v.segs if isinstance(v, C) else [(str(v.v), v.cat)]
            for s, cat in segs:
                if cat:
                    L.p(enc(s), cat, raw=s)
                else:
                    L.t(enc(s))
        else:
            L.t(enc(scalar_text(v, "qs")))


def xml_name(k):
    k = k.replace(" ", "_").replace("#", "").replace("+", "_plus_")
    if not (k[0].isalpha() or k[0] == "_"):
        k = "_" + k
    return k


def emit_xml_attrs(L, pairs, q='"'):
    for k, v in pairs:
        L.t(" " + xml_name(k) + "=" + q)
        if is_phi(v):
            segs = v.segs if isinstance(v, C) else [(str(v.v), v.cat)]
            for s, cat in segs:
                if cat:
                    L.p(enc_xml_attr(s), cat, raw=s)
                else:
                    L.t(enc_xml_attr(s))
        else:
            L.t(enc_xml_attr(scalar_text(v, "xml")))
        L.t(q)


def _yaml_style(s):
    if s == "":
        return "dq"
    if s[0] in "[]{}&*!|>'\"%@`#,?-:" or ": " in s or " #" in s or s != s.strip():
        return "dq"
    if s.lower() in ("yes", "no", "on", "off", "true", "false", "null", "~", "y", "n"):
        return "sq"
    if s.replace("-", "").replace(".", "").replace("+", "").isdigit() and (s[0] == "0" or "-" in s or len(s) > 6):
        return "sq"
    return "plain"


def emit_yaml_value(L, v, flow=False):
    if is_phi(v):
        if isinstance(v, V) and isinstance(v.v, int):
            L.p(str(v.v), v.cat)
            return
        txt = text_of(v)
        st = _yaml_style(txt)
        if flow and st == "plain" and any(c in txt for c in ",{}[]"):
            st = "dq"
        segs = v.segs if isinstance(v, C) else [(str(v.v), v.cat)]
        qc = {"dq": '"', "sq": "'", "plain": ""}[st]
        L.t(qc)
        for s, cat in segs:
            w = enc_json_utf8(s) if st == "dq" else (s.replace("'", "''") if st == "sq" else s)
            if cat:
                L.p(w, cat, raw=s)
            else:
                L.t(w)
        L.t(qc)
    else:
        if v is None:
            L.t(pick(["null", "~", ""]))
        elif isinstance(v, bool):
            L.t("true" if v else "false")
        elif isinstance(v, (int, float)):
            L.t(str(v))
        else:
            st = _yaml_style(v)
            if flow and st == "plain" and any(c in v for c in ",{}[]"):
                st = "dq"
            if st == "dq":
                L.t('"' + enc_json_utf8(v) + '"')
            elif st == "sq":
                L.t("'" + v.replace("'", "''") + "'")
            else:
                L.t(v)


def _csv_needs_quote(s):
    return any(c in s for c in ',"\r\n') or s != s.strip()


def emit_csv_row(L, vals, delim=","):
    for i, v in enumerate(vals):
        if i:
            L.t(delim)
        if is_phi(v):
            txt = text_of(v)
            q = _csv_needs_quote(txt) or delim in txt
            segs = v.segs if isinstance(v, C) else [(str(v.v), v.cat)]
            if q:
                L.t('"')
            for s, cat in segs:
                w = s.replace('"', '""') if q else s
                if cat:
                    L.p(w, cat, raw=s)
                else:
                    L.t(w)
            if q:
                L.t('"')
        else:
            s = scalar_text(v, "csv")
            if _csv_needs_quote(s) or (delim in s):
                L.t('"' + s.replace('"', '""') + '"')
            else:
                L.t(s)


# --------------------------------------------------------------------------
# log prefixes (never PHI)
# --------------------------------------------------------------------------
SERVICES = ["intake-api", "reg-svc", "mpi-matcher", "elig-worker", "hl7-bridge", "portal-web", "billing-etl",
            "sched-core", "rx-router", "claims-gw", "dedupe-job", "fhir-facade", "kiosk-checkin", "legacy-adt"]
HOSTS = ["ip-10-4-3-12", "app-07", "k8s-node-3b", "ehr-int-02", "vm-rcm-11", "edge-1"]
LOGGERS = ["c.acme.intake.PatientMapper", "org.mirth.connect.Channel", "app.services.registration",
           "com.vendor.elig.Worker", "PatientSyncJob", "mapper.legacy", "svc.dedupe.Scorer"]
LEVELS = ["INFO", "DEBUG", "WARN", "ERROR", "TRACE"]


def ts_parts():
    return 2025, R.randint(1, 6), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)


def prefix(kind=None):
    kind = kind or pick(["iso", "iso", "syslog", "java", "python", "cri", "none", "pipe", "bracket_lvl"])
    y, mo, d, h, mi, s, ms = ts_parts()
    lvl = pick(LEVELS)
    if kind == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z {lvl} [{pick(SERVICES)}] "
    if kind == "syslog":
        return f"{['Jan','Feb','Mar','Apr','May','Jun'][mo-1]} {d:2d} {h:02d}:{mi:02d}:{s:02d} {pick(HOSTS)} {pick(SERVICES)}[{R.randint(100, 65000)}]: "
    if kind == "java":
        return f"[{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}] {lvl:<5} [{pick(['main', 'pool-3-thread-7', 'http-nio-8443-exec-12', 'kafka-consumer-2'])}] {pick(LOGGERS)} - "
    if kind == "python":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d} - {pick(LOGGERS)} - {lvl} - "
    if kind == "cri":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}{R.randint(100000, 999999)}Z stdout F "
    if kind == "pipe":
        return f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}|{pick(SERVICES)}|{lvl}|{trace_id()[:16]}|"
    if kind == "bracket_lvl":
        return f"[{lvl}] {y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d} "
    return ""

# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
EVENTS = ["patient.upsert", "intake.submitted", "mpi.match", "elig.check", "adt.a08", "registration.saved",
          "portal.profile.update", "kiosk.checkin", "guarantor.update", "dedupe.candidate", "coverage.verify",
          "consent.captured", "appointment.booked", "referral.received", "export.row"]


def envelope(fields, nest_p=0.5):
    """wrap fields into a JSON log record, optionally nested under a patient key"""
    head = [("ts", log_ts())] if chance(0.5) else []
    head += [(pick(["event", "evt", "type", "msg", "action"]), pick(EVENTS))]
    head += [(k, v) for k, v in nophi_fields(R.randint(0, 2)) if k not in [f[0] for f in fields]]
    if chance(nest_p) and fields:
        inner_key = pick(["pateint", "patient", "pt", "Patient", "subject", "data", "payload", "rec", "ptInfo", "member"])
        if chance(0.3):
            # split into two sub-objects
            cut = R.randint(1, len(fields))
            return O(head + [(inner_key, O(fields[:cut])), (pick(["contact", "extra", "demo", "misc", "ins"]), O(fields[cut:]))])
        return O(head + [(inner_key, O(fields))])
    return O(head + fields)


def fam_json_typo(phi):
    L = Line("json_typo")
    asc, sp = chance(0.3), chance(0.5)
    L.t(prefix())
    p = Person()
    ph = phi_fields(p, R.randint(2, 6), ["typo", "typo", "abbr", "unit"]) if phi else []
    nph = dedupe(nophi_fields(R.randint(1 if phi else 3, 5)), ph)
    emit_json(L, envelope(mix(ph, nph)), asc, sp)
    return [L]


def fam_json_mixed(phi):
    """one payload merged from several systems: same concept under several spellings"""
    L = Line("json_mixedcase")
    asc, sp = chance(0.3), chance(0.5)
    L.t(prefix())
    p = Person()
    fields = []
    if phi:
        concepts = pick_concepts(p, R.randint(2, 5), 0.15)
        for c in concepts:
            variants = list(KEYS[c]["mixed"])
            R.shuffle(variants)
            n = R.randint(1, 3) if c in ("name", "dob", "phone", "mrn", "zip", "ssn", "email") else 1
            val = value_for(p, c)
            for k in variants[:n]:
                # the same value, sometimes re-formatted by the other system
                if n > 1 and c == "dob" and chance(0.5):
                    val2 = V(fmt_date(p.dob_ymd, pick(DATE_FMTS)), "date")
                elif n > 1 and c == "name" and chance(0.5):
                    val2 = V(p.full(), "name")
                else:
                    val2 = val
                fields.append((k, val2))
    base = pick(["address_type", "phone_verified", "ssn_required", "dob_missing", "zip_enabled"])
    parts = base.split("_")
    variants = ["".join(w.capitalize() for w in parts), "-".join(parts), base.upper(), ".".join(parts)]
    R.shuffle(variants)
    lk = dict(LOOKALIKE_VALUES)[base]()
    for k in variants[:R.randint(1 if phi else 2, 3)]:
        fields.insert(R.randint(0, len(fields)), (k, lk))
    nph = dedupe(nophi_fields(R.randint(1, 4)), fields)
    obj = O([("src", pick(["epic", "cerner_feed", "legacy_adt", "athena", "kiosk", "csv_upload", "mpi"]))] + mix(fields, nph))
    if chance(0.4):
        obj = O([("merged", True), ("sources", [pick(["A", "EPIC"]), pick(["B", "LEGACY"])]), ("record", obj)])
    emit_json(L, obj, asc, sp)
    return [L]


LOOKALIKE_VALUES = [
    ("address_type", lambda: pick(["HOME", "MAILING", "BILLING"])), ("phone_verified", lambda: pick([True, False])),
    ("ssn_required", lambda: pick([True, False])), ("dob_missing", lambda: pick([True, False])), ("zip_enabled", lambda: pick([True, False])),
]


CAMEL_NOPHI = [
    lambda: ("PCPPhone", org_phone()), lambda: ("PCPName", clinician()), lambda: ("PCPNPI", npi()), lambda: ("insPayerID", pick(["60054", "87726", "00192", "SX141"])),
    lambda: ("insGroupNbr", f"{digits(6)}"), lambda: ("encID", digits(10)), lambda: ("HTTPStatus", pick([200, 201, 409, 422])),
    lambda: ("ptSSNRequired", pick([True, False])), lambda: ("ptDOBVerified", pick([True, False])), lambda: ("isVIP", pick([True, False])),
    lambda: ("ptAgeYrs", young_age()), lambda: ("facilityNPI", npi()), lambda: ("facilityPhone", org_phone()),
    lambda: ("orderID", f"ORD{digits(8)}"), lambda: ("claimID", f"{digits(12)}"), lambda: ("traceID", trace_id()), lambda: ("userID", pick(STAFF_USERS)),
    lambda: ("insPlanName", pick(PAYERS)), lambda: ("UUID", uuid4()), lambda: ("XMLVersion", "1.0"), lambda: ("APIVer", version()),
    lambda: ("ptStateCd", pick(["OH", "NM", "HI", "GA"])), lambda: ("DOBFormat", "yyyy-MM-dd"), lambda: ("SSNMask", "***-**-####"),
]


def fam_json_camel(phi):
    L = Line("json_camel")
    asc, sp = chance(0.3), chance(0.5)
    L.t(prefix())
    p = Person()
    ph = phi_fields(p, R.randint(2, 6), ["camel", "camel", "camel", "mixed"]) if phi else []
    nph = []
    seen = [k for k, _ in ph]
    for _ in range(R.randint(1 if phi else 3, 5)):
        k, v = pick(CAMEL_NOPHI)()
        if k not in seen:
            seen.append(k)
            nph.append((k, v))
    emit_json(L, envelope(mix(ph, nph), 0.35), asc, sp)
    return [L]


LABELS = {
    "name": ["Patient Name", "Name", "Pt Name", "Full name"], "given": ["First Name", "Given"], "family": ["Last Name", "Surname"],
    "guardian": ["Guardian", "Guarantor Name", "Responsible Party"], "emer_name": ["Emergency Contact"], "emer_phone": ["Emergency Phone", "EC Phone"],
    "dob": ["Date of Birth", "DOB", "Birthdate"], "admit": ["Admit Date"], "discharge": ["Discharge Date"], "death": ["Date of Death"],
    "service": ["Date of Service"], "appt": ["Appointment"], "street": ["Address", "Street"], "city": ["City"], "county": ["County"],
    "fulladdr": ["Home Address", "Address"], "zip": ["ZIP", "Zip Code"], "phone": ["Phone", "Home Phone", "Mobile"], "fax": ["Fax"],
    "email": ["Email", "E-mail"], "ssn": ["SSN", "Social Security #"], "mrn": ["MRN", "Patient ID", "Chart #"],
    "member": ["Member ID", "Subscriber ID"], "mbi": ["Medicare ID (MBI)"], "medicaid": ["Medicaid #"], "card": ["Card Number"],
    "iban": ["IBAN"], "bank": ["Bank Account"], "billing": ["Account #", "Guarantor Account"], "dl": ["Driver's License"],
    "vin": ["VIN"], "plate": ["Plate"], "dev": ["Device Serial"], "imei": ["IMEI"], "mac": ["MAC"], "udi": ["UDI"], "ip": ["IP"],
    "url": ["Link"], "age": ["Age"], "other": ["National ID", "Passport"], "fp": ["Fingerprint"], "voice": ["Voiceprint"],
    "face": ["Face Template"], "photo": ["Photo"],
}
NOPHI_LABELS = [("Date format", "MM/DD/YYYY"), ("SSN required", "No"), ("Address type", "Home"), ("Phone verified", "Yes"),
                ("Zip lookup", "enabled"), ("Preferred language", "Spanish"), ("PCP", None), ("Payer", None), ("Age", None),
                ("State", "TX"), ("Encounter #", None), ("Form version", None)]


def _nophi_label():
    lab, val = pick(NOPHI_LABELS)
    if val is None:
        val = {"PCP": clinician(), "Payer": pick(PAYERS), "Age": str(young_age()), "Encounter #": f"E{digits(8)}", "Form version": version()}[lab]
    return lab, val


def fam_json_generic(phi):
    """keys whose meaning comes from a sibling"""
    L = Line("json_generic_kv")
    asc, sp = chance(0.3), chance(0.5)
    L.t(prefix())
    p = Person()
    concepts = pick_concepts(p, R.randint(1, 4), 0.3) if phi else []
    n_no = R.randint(1 if phi else 2, 4)
    style = pick(["kv", "label", "field_n", "namevalue", "fhir", "attr"])
    items = []   # (keyname, value)
    for c in concepts:
        if style == "label":
            items.append((pick(LABELS[c]), value_for(p, c)))
        else:
            k, h = key_for(c)
            items.append((k, value_for(p, c, h)))
    nitems = []
    for _ in range(n_no):
        if style == "label":
            nitems.append(_nophi_label())
        else:
            nitems.append(pick(LOOKALIKE)())
    allitems = mix(items, nitems)
    if style == "kv":
        kk, vk = pick([("k", "v"), ("key", "val"), ("key", "value"), ("f", "v"), ("fld", "val")])
        obj = O([(pick(["fields", "kv", "attrs", "data", "props"]), [O([(kk, k), (vk, v)]) for k, v in allitems])])
    elif style == "label":
        obj = O([(pick(["form", "formId", "screen"]), pick(["REG-01", "intake_v7", "kiosk.demographics", "FRM_3321"])),
                 (pick(["answers", "items", "rows", "elements"]), [O([("label", k), ("value", v)]) for k, v in allitems])])
    elif style == "field_n":
        pairs = []
        for i, (k, v) in enumerate(allitems, 1):
            a, b = pick([("field_%d", "value_%d"), ("key%d", "val%d"), ("f%d_name", "f%d_value"), ("col_%d", "col_%d_val")])
            pairs += [(a % i, k), (b % i, v)]
        obj = O(pairs)
    elif style == "namevalue":
        obj = O([("resourceType", "Parameters"), ("parameter", [O([("name", k), (pick(["valueString", "value"]), v)]) for k, v in allitems])])
    elif style == "attr":
        obj = O([(pick(["attr", "attributes", "custom_fields", "ext"]), [O([("attr_name", k), ("attr_value", v), ("attr_type", pick(["string", "date", "bool", "int"]))]) for k, v in allitems])])
    else:  # fhir-ish identifier / telecom lists
        ident, telecom, other = [], [], []
        for k, v in allitems:
            cat = v.cat if isinstance(v, V) else None
            if cat in ("ssn", "mrn", "health_plan", "license", "other_id", "account"):
                sysurl = {"ssn": "http://hl7.org/fhir/sid/us-ssn", "mrn": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                          "health_plan": "http://hl7.org/fhir/sid/us-mbi", "license": "urn:oid:2.16.840.1.113883.4.3.6",
                          "other_id": "urn:oid:2.16.840.1.113883.2.1.4.1", "account": "urn:acme:har"}[cat]
                ident.append(O([("system", sysurl), ("value", v)]))
            elif cat in ("phone", "email", "fax"):
                telecom.append(O([("system", {"phone": "phone", "email": "email", "fax": "fax"}[cat]), ("use", pick(["home", "mobile"])), ("value", v)]))
            else:
                other.append(O([("url", f"http://acme.org/fhir/ext/{k}"), ("valueString", v)]))
        obj = O([("resourceType", "Patient"), ("id", uuid4()), ("identifier", ident), ("telecom", telecom), ("extension", other)])
    emit_json(L, obj, asc, sp)
    return [L]


def fam_json_escaped(phi):
    """outer JSON log record whose message holds an escaped JSON / logfmt body"""
    L = Line("json_escaped_body")
    asc = chance(0.4)
    p = Person()
    L.t("{")
    L.t(f'"@timestamp":"{log_ts()}","level":"{pick(LEVELS).lower()}","logger":"{pick(LOGGERS)}",')
    L.t(f'"trace":"{trace_id()}","msg":"{pick(["outbound request", "hl7->json mapped", "upstream response", "cache write", "retry payload"])}",')
    L.t('"' + pick(["body", "payload", "raw", "req_body", "data"]) + '":"')
    L.push(enc_json_ascii if asc else enc_json_utf8)
    ph = phi_fields(p, R.randint(2, 5), ["typo", "abbr", "camel", "unit"]) if phi else []
    nph = dedupe(nophi_fields(R.randint(1 if phi else 3, 4)), ph)
    if chance(0.7):
        emit_json(L, O(mix(ph, nph)), chance(0.3), False)
    else:
        emit_logfmt(L, mix(ph, nph), lead_space=False)
    L.pop()
    L.t('"')
    L.t(f',"dur_ms":{R.randint(1, 3000)}}}')
    return [L]

MSGS = ["patient upsert", "intake form parsed", "mpi candidate", "eligibility request", "ADT mapped", "field coercion",
        "dup check", "legacy export row", "kiosk check-in", "guarantor saved", "payment profile stored", "sms reminder queued"]


def fam_logfmt(phi):
    L = Line("logfmt_abbrev")
    p = Person()
    y, mo, d, h, mi, s, ms = ts_parts()
    lead = [("time", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"), ("level", pick(LEVELS).lower()),
            ("svc", pick(SERVICES)), ("msg", pick(MSGS))]
    if chance(0.3):
        L.t(prefix(pick(["syslog", "cri"])))
        lead = lead[1:]
    ph = phi_fields(p, R.randint(2, 6), ["abbr", "abbr", "typo", "unit"]) if phi else []
    nph = dedupe(nophi_fields(R.randint(1 if phi else 3, 5)), ph)
    tail = [("trace_id", trace_id())] if chance(0.5) else []
    emit_logfmt(L, lead + mix(ph, nph) + tail, lead_space=False)
    return [L]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "okhttp/4.12.0", "python-requests/2.31.0", "Apache-HttpClient/4.5.14 (Java/17.0.9)", "curl/8.5.0",
       "MyChart/10.4.1 CFNetwork/1494.0.7 Darwin/23.4.0"]
PATHS = ["/api/v2/pt/search", "/intake/submit", "/legacy/ptlookup.asp", "/fhir/Patient", "/portal/profile/save",
         "/elig/270", "/sched/book", "/cgi-bin/regform.pl", "/api/member/verify", "/kiosk/checkin"]


def _qs_pairs(p, phi, generic):
    pairs = []
    if phi:
        if generic:
            gs = pick(["attr", "field", "nv", "php"])
            indexed = chance(0.5)
            concepts = pick_concepts(p, R.randint(1, 3), 0.2)
            for i, c in enumerate(concepts):
                k, h = key_for(c)
                v = value_for(p, c, h)
                if gs == "attr":
                    if indexed:
                        pairs += [(f"attr[{i}][name]", k), (f"attr[{i}][value]", v)]
                    else:
                        pairs += [("attr[name]", k), ("attr[value]", v)]
                elif gs == "field":
                    pairs += [(f"field_{i + 1}", k), (f"value_{i + 1}", v)]
                elif gs == "nv":
                    pairs += [("name", k), ("value", v)]
                else:
                    pairs += [(f"pt[{k}]", v)]
        else:
            pairs = phi_fields(p, R.randint(1, 5), ["abbr", "typo", "unit", "camel"])
    nph = nophi_fields(R.randint(0 if phi else 2, 3))
    nph += [(k, v) for k, v in [("page", R.randint(1, 9)), ("limit", pick([10, 25, 50])), ("_", R.randint(10 ** 12, 10 ** 13)),
                                 ("sort", pick(["-created_at", "lname", "dob"])), ("fmt", "json")] if chance(0.3)]
    return mix(pairs, dedupe(nph, pairs))


def fam_querystring(phi):
    L = Line("querystring")
    p = Person()
    variant = pick(["access", "access", "form", "redirect", "pathid"])
    generic = chance(0.35)
    enc = pick([enc_qs, enc_qs, enc_qs_pct])
    if variant in ("access", "pathid"):
        if phi and chance(0.25):
            L.p(public_ip(), "ip")
        else:
            L.t(private_ip())
        y, mo, d, h, mi, s, _ = ts_parts()
        L.t(f" - {pick(['-', '-', 'svc_portal', 'kiosk07'])} [{d:02d}/{['Jan','Feb','Mar','Apr','May','Jun'][mo-1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000] \"{pick(['GET', 'GET', 'POST', 'PUT'])} ")
        if variant == "pathid":
            L.t(pick(["/api/patients/", "/fhir/Patient/", "/portal/chart/", "/legacy/pt/"]))
            if phi:
                L.p(mrn(), "mrn")
            else:
                L.t(uuid4())
            L.t(pick(["/summary", "/labs", "", "/$everything"]))
            pairs = _qs_pairs(p, False, False)
        else:
            L.t(pick(PATHS))
            pairs = _qs_pairs(p, phi, generic)
        if pairs:
            L.t("?")
            emit_qs(L, pairs, enc, raw_brackets=chance(0.5))
        L.t(f' HTTP/1.1" {pick([200, 200, 201, 302, 400, 404, 500])} {R.randint(0, 90000)} "-" "{pick(UAS)}" rt={R.uniform(0, 3):.3f}')
    elif variant == "form":
        L.t(prefix())
        L.t(pick(["POST body: ", "form-urlencoded payload=", "req.body=", "x-www-form-urlencoded: ", "raw_post="]))
        pairs = _qs_pairs(p, phi, generic)
        if not pairs:
            pairs = nophi_fields(2)
        emit_qs(L, pairs, enc, raw_brackets=chance(0.5))
    else:
        L.t(prefix())
        L.t(pick(["oauth redirect ", "302 Location: ", "callback built: "]))
        L.t(f"https://sso.{pick(ORGS)}.org/authorize?client_id={hexs(12)}&state={hexs(16)}&")
        if phi:
            L.t(pick(["redirect_uri=", "return_to=", "next="]))
            u = person_url(p)
            L.p(enc_qs_pct(u), "url", raw=u)
            rest = _qs_pairs(p, chance(0.5), generic)
            if rest:
                L.t("&")
                emit_qs(L, rest, enc, raw_brackets=chance(0.5))
        else:
            L.t("redirect_uri=" + enc_qs_pct(f"https://portal.{pick(ORGS)}.com/callback?flow={pick(['login', 'signup'])}"))
            L.t("&")
            emit_qs(L, nophi_fields(2), enc)
    return [L]


def fam_yaml(phi):
    """YAML-ish dumps: block of key: value lines, single lines, or flow maps"""
    p = Person()
    variant = pick(["block", "block", "single", "flow", "list"])
    out = []
    if variant == "block":
        ind = pick(["", "  ", "    "])
        ph = phi_fields(p, R.randint(2, 5), ["typo", "abbr", "unit", "mixed"]) if phi else []
        nph = dedupe(nophi_fields(R.randint(1, 3)), ph)
        fields = mix(ph, nph)
        L = Line("yaml_kv")
        L.t(f"{ind[:-2] if ind else ''}{pick(['patient', 'pateint', 'pt', 'record', 'subscriber', 'demographics'])}:")
        out.append(L)
        for k, v in fields:
            L = Line("yaml_kv")
            L.t(f"{ind or '  '}{k}: ")
            emit_yaml_value(L, v)
            if chance(0.1):
                L.t(pick(["  # TODO rename", "  # legacy key", "  # from kiosk"]))
            out.append(L)
    elif variant == "single":
        L = Line("yaml_kv")
        L.t(prefix(pick(["iso", "python", "bracket_lvl", "none"])))
        L.t(pick(["cfg> ", "dump: ", "", "yaml| "]))
        if phi:
            k, v = phi_fields(p, 1, ["typo", "abbr", "unit", "camel"])[0]
        else:
            k, v = pick(LOOKALIKE)()
        L.t(f"{k}: ")
        emit_yaml_value(L, v)
        out.append(L)
    elif variant == "flow":
        L = Line("yaml_kv")
        L.t(prefix(pick(["iso", "java", "none"])))
        L.t(pick(["patient: ", "pt: ", "rec: ", "- "]))
        ph = phi_fields(p, R.randint(2, 4), ["abbr", "typo", "unit"]) if phi else []
        fields = mix(ph, dedupe(nophi_fields(R.randint(1 if phi else 3, 3)), ph))
        L.t("{")
        for i, (k, v) in enumerate(fields):
            if i:
                L.t(", ")
            L.t(f"{k}: ")
            emit_yaml_value(L, v, flow=True)
        L.t("}")
        out.append(L)
    else:
        head = Line("yaml_kv")
        head.t(pick(["fields:", "attrs:", "- section: demographics", "params:"]))
        out.append(head)
        kk, vk = pick([("k", "v"), ("name", "value"), ("label", "value"), ("key", "val")])
        items = []
        if phi:
            for c in pick_concepts(p, R.randint(1, 3), 0.2):
                k, h = key_for(c)
                items.append((k if kk != "label" else pick(LABELS[c]), value_for(p, c, h)))
        items = mix(items, [pick(LOOKALIKE)() for _ in range(R.randint(1, 2))])
        for k, v in items:
            L = Line("yaml_kv")
            L.t(f"  - {{{kk}: {k}, {vk}: ")
            emit_yaml_value(L, v, flow=True)
            L.t("}")
            out.append(L)
    return out


XML_TAGS = ["Patient", "pt", "PID", "Member", "Subscriber", "Guarantor", "demographics", "PatientRecord", "ptInfo"]


def fam_xml(phi):
    L = Line("xml_attr")
    p = Person()
    q = pick(['"', '"', "'"])
    L.t(prefix(pick(["java", "iso", "none", "pipe"])))
    L.t(pick(["SOAP req: ", "outbound xml: ", "", "parsed <- ", "MSG "]))
    variant = pick(["flat", "flat", "nested", "generic"])
    if variant == "generic":
        wrap = pick(['Fields', 'attrs', 'ExtData'])
        L.t(f"<{wrap}>")
        concepts = pick_concepts(p, R.randint(1, 3), 0.25) if phi else []
        items = []
        for c in concepts:
            k, h = key_for(c)
            items.append((k, value_for(p, c, h)))
        items = mix(items, [pick(LOOKALIKE)() for _ in range(R.randint(1 if phi else 2, 3))])
        nk, vk = pick([("name", "value"), ("k", "v"), ("key", "val"), ("id", "text")])
        el = pick(["Field", "attr", "Item", "f"])
        for k, v in items:
            L.t(f"<{el}")
            emit_xml_attrs(L, [(nk, k), (vk, v)], q)
            L.t("/>")
        L.t(f"</{wrap}>")
    else:
        tag = pick(XML_TAGS)
        ph = phi_fields(p, R.randint(2, 6), ["typo", "abbr", "camel", "unit"]) if phi else []
        ph = [(xml_name(k), v) for k, v in ph]
        nph = dedupe([(xml_name(k), v) for k, v in nophi_fields(R.randint(1 if phi else 3, 4))], ph)
        fields = mix(ph, nph)
        if variant == "nested" and len(fields) > 1:
            cut = R.randint(1, len(fields) - 1)
            env = pick(['Envelope', 'Msg', 'Request'])
            L.t(f"<{env} ver=\"{version()}\"><{tag}")
            emit_xml_attrs(L, fields[:cut], q)
            L.t(f"><{pick(['Contact', 'Addr', 'Ins', 'Ext'])}")
            emit_xml_attrs(L, fields[cut:], q)
            L.t(f"/></{tag}></{env}>")
        else:
            L.t(f"<{tag}")
            emit_xml_attrs(L, fields, q)
            L.t("/>")
    return [L]

def fam_csv(phi):
    """CSV block (header + rows) or rejected CSV rows quoted in a log line"""
    delim = pick([",", ",", ",", "|", ";", "\t"])
    if phi:
        p0 = Person()
        concepts = [c for c in pick_concepts(p0, R.randint(2, 6), 0.2) if c != "age"]
        cols = []
        for c in concepts:
            k, h = key_for(c)
            cols.append(("phi", c, k, h))
        if chance(0.35):
            k, _ = key_for("age")
            cols.insert(R.randint(0, len(cols)), ("age", "age", k, None))
    else:
        cols = []
    for k, v in nophi_fields(R.randint(1 if phi else 3, 4)):
        if isinstance(v, (dict, list)):
            continue
        cols.insert(R.randint(0, len(cols)), ("no", None, k, None))
    if not cols:
        cols = [("no", None, "row_id", None)]
    rows = []
    for _ in range(R.randint(2, 6)):
        p = Person()
        row = []
        for kind, c, k, h in cols:
            if kind == "phi":
                row.append("" if chance(0.07) else value_for(p, c, h))
            elif kind == "age":
                row.append(V(p.age, "age") if p.old else young_age())
            else:
                row.append(dict(_lk_cache())[k]()[1] if k in dict(_lk_cache()) else pick(LOOKALIKE)()[1])
        rows.append(row)
    out = []
    if chance(0.7):
        H = Line("csv")
        emit_csv_row(H, [k for _, _, k, _ in cols], delim)
        out.append(H)
        for row in rows:
            L = Line("csv")
            emit_csv_row(L, row, delim)
            out.append(L)
    else:
        hdr = delim.join(k for _, _, k, _ in cols)
        for i, row in enumerate(rows[:R.randint(1, 3)]):
            L = Line("csv")
            L.t(prefix(pick(["iso", "java", "python"])))
            L.t(pick([f"csv_import {pick(FILES)} line {R.randint(2, 9000)} rejected ({pick(['bad date', 'zip mismatch', 'dup key', 'encoding'])}): ",
                      f"row[{R.randint(1, 5000)}] cols={len(cols)} raw=", f"skip line {R.randint(2, 900)} hdr='{hdr}' data="]))
            emit_csv_row(L, row, delim)
            out.append(L)
    return out


_LKC = []


def _lk_cache():
    """key -> generator map of LOOKALIKE (built once, deterministic order)"""
    if not _LKC:
        st = R.getstate()
        for f in LOOKALIKE:
            k, _ = f()
            _LKC.append((k, f))
        R.setstate(st)
    return _LKC


def _v_raw(L, v):
    """write a PHI value raw (free text context)"""
    if isinstance(v, C):
        for s, cat in v.segs:
            if cat:
                L.p(s, cat)
            else:
                L.t(s)
    else:
        L.p(str(v.v), v.cat)


def fam_validation(phi):
    """free-text messages from mappers / validators that quote key names and sometimes values"""
    L = Line("validation_msg")
    L.t(prefix(pick(["iso", "java", "python", "syslog", "bracket_lvl"])))
    p = Person()
    if not phi:
        c = pick(list(KEYS))
        k, _ = key_for(c)
        t = R.randint(0, 9)
        if t == 0:
            L.t(f"schema check: field '{k}' ({pick(['string', 'date', 'int', 'varchar(64)'])}, {pick(['required', 'optional'])}) ok")
        elif t == 1:
            L.t(f"unknown key '{k}' mapped to '{pick(['patient.name', 'patient.birthDate', 'address.line[0]', 'telecom[0].value', 'identifier[mrn]'])}' by alias table v{version()}")
        elif t == 2:
            L.t(f"feature flags loaded: ssn_required={pick(['true', 'false'])} zip_enabled={pick(['true', 'false'])} dob_missing_policy={pick(['reject', 'warn'])} date_format={pick(['yyyyMMdd', 'MM/dd/yyyy'])} phone_e164_strict={pick(['on', 'off'])}")
        elif t == 3:
            L.t(f"validation failed: missing required field '{k}' ({pick(['dob_missing', 'ssn_missing', 'addr_missing'])}=true) row_id={R.randint(1, 999999)} file={pick(FILES)}")
        elif t == 4:
            L.t(f"export masking applied: ssn=***-**-**** {k}=[REDACTED] hm_ph=XXX-XXX-XXXX tenant={pick(['acme-health', 't-0042'])} rows={R.randint(1, 90000)}")
        elif t == 5:
            L.t(f"PCP lookup ok pcp_nm=\"{clinician()}\" PCPPhone=\"{org_phone()}\" npi={npi()} fac_zip={_fac()[4]}")
        elif t == 6:
            L.t(f"age check: ptAge={young_age()} age_yrs_threshold=90 redact_age=false enc_no=E{digits(9)}")
        elif t == 7:
            L.t(f"deprecated key '{k}' used by client {pick(['kiosk-v2', 'partner-x12', 'ios-4.2.1', 'batch-loader'])}; rename to '{pick(KEYS[c]['mixed'])}' before {pick(['2025-09-01', 'v5'])}")
        elif t == 8:
            L.t(f"column map: {', '.join(f'{key_for(pick(list(KEYS)))[0]}->col_{i}' for i in range(R.randint(3, 6)))} name_of_file={pick(FILES)}")
        else:
            L.t(f"dedupe job done: candidates={R.randint(0, 500)} merged={R.randint(0, 40)} name_match_score_min=0.{R.randint(80, 95)} dur_ms={R.randint(10, 90000)} build={R.randint(1000, 9999)}")
        return [L]
    t = R.randint(0, 6)
    c = pick(pick_concepts(p, 3, 0.25))
    k, h = key_for(c)
    v = value_for(p, c, h)
    if t == 0:
        L.t(f"mapper: unmapped key \"{k}\" (value=\"")
        _v_raw(L, v)
        L.t("\") -> skipping")
    elif t == 1:
        k2, _ = key_for("dob")
        L.t(f"coercion: {k2} \"")
        f1, f2 = R.sample(DATE_FMTS, 2)
        L.p(fmt_date(p.dob_ymd, f1), "date")
        L.t("\" -> \"")
        L.p(fmt_date(p.dob_ymd, f2), "date")
        L.t(f"\" ({pick(['ok', 'ambiguous day/month', 'assumed 19xx'])})")
    elif t == 2:
        a, _ = key_for("name", ["mixed"])
        b, _ = key_for("name", ["typo", "abbr"])
        L.t(f"dedupe: matched {a}='")
        L.p(p.full("fl"), "name")
        L.t(f"' to {b}='")
        L.p(p.full(pick(["lf", "lfu", "fl_upper"])), "name")
        L.t(f"' score=0.{R.randint(80, 99)} mrn_a=")
        L.p(mrn(), "mrn")
    elif t == 3:
        L.t(f"validation failed for field '{k}': value '")
        _v_raw(L, v)
        L.t(f"' {pick(['does not match pattern', 'is not E.164', 'exceeds max length', 'failed checksum', 'has wrong format'])} (row {R.randint(1, 999)})")
    elif t == 4:
        kp, hp = key_for("phone")
        L.t(f"phone_verified=false for {kp}=")
        L.p(p.phone(hp), "phone")
        L.t(f"; sending OTP via {pick(['twilio', 'sns', 'vonage'])} sid={hexs(32)}")
    elif t == 5:
        L.t(f"lookup {k} -> ")
        _v_raw(L, v)
        L.t(f" hit=false cache={pick(['redis', 'local'])} ttl={R.randint(60, 3600)}")
    else:
        ks, hs = key_for("ssn")
        L.t(f"ssn_required=true but {ks} ")
        L.t(pick(["has 8 digits: ", "failed area check: ", "looks swapped with mbr_no: "]))
        L.p(ssn(hs if hs in ("dash", "plain") else "plain") if hs != "last4" else ssn_last4(), "ssn")
    return [L]

# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
FAMILIES = [
    (fam_json_typo, 14), (fam_json_mixed, 9), (fam_json_camel, 10), (fam_json_generic, 10), (fam_json_escaped, 7),
    (fam_logfmt, 12), (fam_querystring, 12), (fam_yaml, 5), (fam_xml, 9), (fam_csv, 3), (fam_validation, 10),
]


def choose_family():
    tot = sum(w for _, w in FAMILIES)
    r = R.uniform(0, tot)
    for f, w in FAMILIES:
        r -= w
        if r <= 0:
            return f
    return FAMILIES[-1][0]


def build():
    lines = []   # (bytes, spans, family)
    nophi = 0
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        need_nophi = TARGET_NOPHI - nophi
        want_phi = R.random() >= (need_nophi / remaining if remaining else 0)
        fam = choose_family()
        block = fam(want_phi)
        produced = []
        for L in block:
            b, spans = L.finish()
            produced.append((b, spans, L.family))
        # single-line families must honour the request exactly
        if len(block) == 1:
            assert bool(produced[0][1]) == want_phi, (fam.__name__, want_phi, produced[0][0][:300])
        else:
            assert (not want_phi) == all(not s for _, s, _ in produced), fam.__name__
        for item in produced[:remaining]:
            lines.append(item)
            if not item[1]:
                nophi += 1
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, "bj.log")
    lab_path = os.path.join(HERE, "bj.labels.jsonl")
    with open(log_path, "wb") as f:
        for b, _, _ in lines:
            f.write(b + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (b, spans, fam) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")

    # ---- re-read and verify -------------------------------------------------
    raw = open(log_path, "rb").read()
    assert raw.endswith(b"\n") and b"\r" not in raw
    file_lines = raw[:-1].split(b"\n")
    assert len(file_lines) == N_LINES, len(file_lines)
    labels = [json.loads(x) for x in open(lab_path, encoding="utf-8")]
    assert len(labels) == N_LINES
    counts = {c: 0 for c in CATS}
    fams = {}
    for i, (fl, lab, (b, spans, fam)) in enumerate(zip(file_lines, labels, lines), 1):
        assert fl == b and lab["line"] == i
        assert len(fl) <= 20000
        fl.decode("utf-8")
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(fl)
            assert sp["cat"] in CATS
            counts[sp["cat"]] += 1
            seg = fl[sp["s"]:sp["e"]]
            assert seg == seg.strip() and seg, (i, seg)
        fams[fam] = fams.get(fam, 0) + 1
    # semantic spot checks on the labelled bytes
    for fl, lab in zip(file_lines, labels):
        for sp in lab["spans"]:
            val = urllib.parse.unquote_plus(fl[sp["s"]:sp["e"]].decode("utf-8"))
            if sp["cat"] == "age":
                assert int(val) >= 90, val
            elif sp["cat"] == "ip" and val.count(".") == 3:
                a, b = (int(x) for x in val.split(".")[:2])
                assert a not in (10, 127, 0) and not (a == 172 and 16 <= b <= 31) and not (a == 192 and b == 168)
                assert not val.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
            elif sp["cat"] == "ssn":
                d = "".join(ch for ch in val if ch.isdigit())
                assert len(d) in (4, 9), val
                if len(d) == 9:
                    assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", val
            elif sp["cat"] == "vehicle" and len(val) == 17:
                tot = sum(VIN_TRANS[c] * w for c, w in zip(val, VIN_W))
                assert val[8] == ("X" if tot % 11 == 10 else str(tot % 11)), val
            elif sp["cat"] == "phone" or sp["cat"] == "fax":
                d = "".join(ch for ch in val if ch.isdigit())
                if len(d) == 11:
                    d = d[1:]
                assert len(d) == 10 and d[0] not in "01" and d[3] not in "01", val
    n_nophi = sum(1 for l in labels if not l["spans"])
    print(f"lines={len(labels)} nophi={n_nophi} ({n_nophi / len(labels):.1%})")
    print("families:", json.dumps(fams, sort_keys=True))
    print("spans:", json.dumps({k: v for k, v in counts.items()}), "total", sum(counts.values()))
    missing = [c for c, n in counts.items() if n == 0]
    assert not missing, f"categories with no span: {missing}"
    assert 0.40 <= n_nophi / len(labels) <= 0.50


if __name__ == "__main__":
    main()
