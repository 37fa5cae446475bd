#!/usr/bin/env python3
"""Held-out labeled PHI test corpus generator.

Theme: behavioral health and substance use treatment (42 CFR Part 2 consent and
disclosure logs, 988 crisis call/chat, mobile crisis dispatch, telepsychiatry,
peer-support/recovery apps, opioid treatment program dosing, PDMP alerts,
psychiatric bed boards, involuntary-hold trackers, group therapy rosters, EAP
referrals, court-ordered treatment reporting).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ai.log (one record per line) and ai.labels.jsonl (UTF-8 byte spans).
All people are synthetic random combinations of common first/last names.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

SEED = 9880042
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "ai.log")
LAB_PATH = os.path.join(HERE, "ai.labels.jsonl")
N_LINES = 500
N_NEG = 225  # 45% of lines carry no PHI at all

CATEGORIES = ("name", "address", "zip", "date", "age", "phone", "fax", "email",
              "ssn", "mrn", "health_plan", "account", "license", "vehicle",
              "device", "url", "ip", "biometric", "photo", "other_id")

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# line building
# ---------------------------------------------------------------------------


class P:
    """A PHI value. raw=True means: emit unquoted inside JSON (numbers)."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        assert cat in CATEGORIES, cat
        assert isinstance(v, str) and v, repr(v)
        self.v = v
        self.cat = cat
        self.raw = raw


class S:
    """A JSON string value assembled from literal text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


class Raw:
    """Literal JSON token (number-like) emitted as is."""

    def __init__(self, t):
        self.t = t


def flatten(x, out):
    if isinstance(x, (list, tuple)):
        for y in x:
            flatten(y, out)
    elif isinstance(x, S):
        for y in x.parts:
            flatten(y, out)
    elif isinstance(x, (str, P)):
        out.append(x)
    else:
        raise TypeError("bad part %r" % (x,))
    return out


def build(parts):
    buf = bytearray()
    spans = []
    for x in flatten(parts, []):
        if isinstance(x, P):
            s = len(buf)
            buf += x.v.encode("utf-8")
            spans.append({"s": s, "e": len(buf), "cat": x.cat, "v": x.v})
        else:
            buf += x.encode("utf-8")
    return bytes(buf), spans


def _jlit(s):
    assert '"' not in s and "\\" not in s, s
    return '"' + s + '"'


def J(v, sep=", ", kv=": "):
    """Serialise a python structure (dict/list/str/int/P/S/Raw) to parts."""
    if isinstance(v, P):
        if v.raw:
            return [v]
        assert '"' not in v.v and "\\" not in v.v, v.v
        return ['"', v, '"']
    if isinstance(v, S):
        for p in v.parts:
            t = p.v if isinstance(p, P) else p
            assert '"' not in t and "\\" not in t, t
        return ['"', list(v.parts), '"']
    if isinstance(v, Raw):
        return [v.t]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if v is None:
        return ["null"]
    if isinstance(v, int):
        return [str(v)]
    if isinstance(v, float):
        return [repr(v)]
    if isinstance(v, str):
        return [_jlit(v)]
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sep)
            out.append(J(x, sep, kv))
        out.append("]")
        return out
    if isinstance(v, dict):
        out = ["{"]
        for i, (k, x) in enumerate(v.items()):
            if i:
                out.append(sep)
            out.append(_jlit(k) + kv)
            out.append(J(x, sep, kv))
        out.append("}")
        return out
    raise TypeError(repr(v))


def Jx(v):
    """JSON with a randomly chosen (compact or spaced) separator style."""
    if R.random() < 0.5:
        return J(v, ",", ":")
    return J(v, ", ", ": ")


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def letters(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    b = bytearray(R.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


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


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# clock (log timestamps: never PHI)
# ---------------------------------------------------------------------------

CLOCK = [dt.datetime(2024, 6, 3, 0, 4, 11)]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
         "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(20, 1500))
    return CLOCK[0]


def ms():
    return "%03d" % R.randint(0, 999)


def ts_iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms() + "Z"


def ts_iso_off(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + pick(["-07:00", "-05:00", "-04:00", "-08:00", "+00:00"])


def ts_space(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + "," + ms()


def ts_bsd(d):
    return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def ts_apache(d):
    return "%02d/%s/%d:%s %s" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"),
                                 pick(["-0700", "-0400", "-0500", "+0000"]))


def ts_epoch_ms(d):
    return str(int((d - dt.datetime(1970, 1, 1)).total_seconds()) * 1000 + R.randint(0, 999))


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def ts_any(d):
    return pick([ts_iso_z, ts_iso_off, ts_space])(d)


# ---------------------------------------------------------------------------
# person-related dates
# ---------------------------------------------------------------------------

TODAY = dt.date(2024, 6, 15)


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def dob_for_age(age):
    """A birth date such that the person is exactly `age` on TODAY."""
    hi = TODAY.replace(year=TODAY.year - age)
    lo = TODAY.replace(year=TODAY.year - age - 1) + dt.timedelta(days=1)
    while True:
        d = dt.date.fromordinal(R.randint(lo.toordinal(), hi.toordinal()))
        if not (d.month == 6 and d.day <= 15):  # same age throughout the log window
            break
    assert age_of(d) == age
    return d


def age_of(d):
    a = TODAY.year - d.year
    if (TODAY.month, TODAY.day) < (d.month, d.day):
        a -= 1
    return a


def near_date(days_back=60, days_fwd=30):
    """A person-related date near the log clock, never the log's own day."""
    base = CLOCK[0].date()
    d = base + dt.timedelta(days=R.randint(-days_back, days_fwd))
    if d == base:
        step = dt.timedelta(days=R.randint(1, 3))
        d = d + step if days_fwd > 0 else d - step
    return d


def fmt_date(d, style=None):
    style = style or pick(["iso", "iso", "us", "us", "us_np", "dmon", "long", "compact", "us_dash"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_dash":
        return d.strftime("%m-%d-%Y")
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_LONG[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "es_long":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if style == "short_mon":
        return "%s %d %d" % (MONTHS[d.month - 1], d.day, d.year)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# synthetic people, places and identifiers
# ---------------------------------------------------------------------------

FIRST = ["Maria", "James", "Aisha", "Kenji", "Olga", "Mateo", "Priya", "Dmitri",
         "Fatima", "Liam", "Chloe", "Tyrone", "Ana", "Wei", "Siobhan", "Kwame",
         "Ingrid", "Rahul", "Yesenia", "Tomasz", "Leilani", "Omar", "Gabriela",
         "Hiroshi", "Emeka", "Svetlana", "Diego", "Hannah", "Jamal", "Mei",
         "Patrick", "Lucía", "José", "Zoë", "Björn", "Amara", "Connor", "Thi",
         "Ravi", "Noor", "Esperanza", "Malik", "Rosa", "Andrei", "Keisha", "Bao",
         "Carmen", "Darnell", "Elif", "Farah", "Gustavo", "Imani", "Jorge",
         "Kateryna", "Lakshmi", "Marcus", "Nadia", "Oluwaseun", "Pedro", "Renata",
         "Samuel", "Tamika", "Uriel", "Valentina", "Wanda", "Xavier", "Yusuf",
         "Zainab", "Dolores", "Harold", "Mildred", "Eugene", "Beatrice", "Dakota",
         "Shawn", "Brittany", "Cody", "Destiny", "Travis", "Krystal"]
LAST = ["Lopez", "Johnson", "Khan", "Watanabe", "Petrova", "Hernández", "Patel",
        "Ivanov", "Okafor", "Murphy", "Nguyen", "Kowalski", "Tanaka", "Mensah",
        "Lindqvist", "Sharma", "Castillo", "Nowak", "Kahananui", "Haddad", "Silva",
        "Sato", "Adeyemi", "Volkova", "Ramírez", "Whitfield", "Chen", "O'Brien",
        "Dubois", "Yilmaz", "Begum", "Mwangi", "Fernández", "Park", "Kim",
        "Jovanović", "Abdullah", "Greenberg", "Rossi", "Schmidt", "Moreau",
        "Baptiste", "Gutierrez", "Tran", "Singh", "Yazzie", "Begay", "Washington",
        "Delgado", "Friedman", "MacLeod", "Okonkwo", "Szabo", "Larsen", "Reyes",
        "Castro", "Bui", "Hoang", "Al-Masri", "Papadopoulos", "Kaur", "Ferreira",
        "Dlamini", "Cohen", "Brennan", "Fitzgerald", "Zhou", "Morales", "Runningwater",
        "Tsosie", "Kealoha", "Oyelaran", "Marchetti", "Novotný", "Eriksen"]
# clinicians / staff (never labeled) -- drawn from the same kind of pools
CRED = ["MD", "DO", "NP", "PMHNP", "LCSW", "LPC", "CADC II", "RN", "PA-C", "CPRS", "LMFT", "PsyD"]

PLACES = [  # city, county, state, zip3, area codes
    ("Portland", "Multnomah", "OR", "972", ["503", "971"]),
    ("Gresham", "Multnomah", "OR", "970", ["503", "971"]),
    ("Salem", "Marion", "OR", "973", ["503", "971"]),
    ("Oakland", "Alameda", "CA", "946", ["510", "341"]),
    ("Fresno", "Fresno", "CA", "937", ["559"]),
    ("Chula Vista", "San Diego", "CA", "919", ["619"]),
    ("Albuquerque", "Bernalillo", "NM", "871", ["505"]),
    ("Gallup", "McKinley", "NM", "873", ["505"]),
    ("Phoenix", "Maricopa", "AZ", "850", ["602", "480"]),
    ("Tucson", "Pima", "AZ", "857", ["520"]),
    ("Worcester", "Worcester", "MA", "016", ["508", "774"]),
    ("Dayton", "Montgomery", "OH", "454", ["937"]),
    ("Huntington", "Cabell", "WV", "257", ["304"]),
    ("Louisville", "Jefferson", "KY", "402", ["502"]),
    ("Baltimore", "Baltimore", "MD", "212", ["410", "443"]),
    ("Camden", "Camden", "NJ", "081", ["856"]),
    ("Bangor", "Penobscot", "ME", "044", ["207"]),
    ("Spokane", "Spokane", "WA", "992", ["509"]),
    ("Tacoma", "Pierce", "WA", "984", ["253"]),
    ("San Antonio", "Bexar", "TX", "782", ["210"]),
    ("Flint", "Genesee", "MI", "485", ["810"]),
    ("Knoxville", "Knox", "TN", "379", ["865"]),
    ("Kingsport", "Sullivan", "TN", "376", ["423"]),
    ("Hilo", "Hawaii", "HI", "967", ["808"]),
]
STATE_NAMES = {"OR": "Oregon", "CA": "California", "NM": "New Mexico", "AZ": "Arizona",
               "MA": "Massachusetts", "OH": "Ohio", "WV": "West Virginia", "KY": "Kentucky",
               "MD": "Maryland", "NJ": "New Jersey", "ME": "Maine", "WA": "Washington",
               "TX": "Texas", "MI": "Michigan", "TN": "Tennessee", "HI": "Hawaii"}
STREET_NAMES = ["Oak", "Alder", "Pine Ridge", "Division", "Burnside", "Mission", "Grand",
                "Elm", "Maple", "Cedar Hollow", "Riverside", "Sunset", "Lincoln", "Fruitvale",
                "Central", "Martin Luther King Jr", "Foothill", "Hawthorne", "Magnolia",
                "Willow Creek", "Old Mill", "Jefferson", "Kamehameha", "Baseline", "Kipling",
                "Dogwood", "Sandia View", "Frankford", "Rio Grande", "Chestnut", "Bluebonnet"]
STREET_TYPES = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue",
                "Road", "Hwy", "Trl"]


def person():
    return pick(FIRST), pick(LAST)


def full_name(f=None, l=None, style=None):
    if f is None:
        f, l = person()
    style = style or pick(["fl", "fl", "fl", "lf", "FL", "fml", "LF"])
    mi = pick(string.ascii_uppercase.replace("X", ""))
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "FL":
        return ("%s %s" % (f, l)).upper()
    if style == "LF":
        return ("%s, %s" % (l, f)).upper()
    if style == "fml":
        return "%s %s. %s" % (f, mi, l)
    raise ValueError(style)


def clinician():
    f, l = person()
    s = pick(["dr", "cred", "init"])
    if s == "dr":
        return "Dr. %s %s" % (f, l)
    if s == "cred":
        return "%s %s, %s" % (f, l, pick(CRED))
    return "%s. %s %s" % (f[0], l, pick(CRED))


def staff_user():
    f, l = person()
    f = ascii_fold(f).lower()
    l = ascii_fold(l).lower().replace("'", "").replace("-", "").replace(" ", "")
    return pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (l, f[0]), "%s.%s.%s" % (f[0], l, pick(["rn", "lcsw", "md", "cprs"]))])


def svc_account():
    return pick(["svc-988-ivr", "svc_pdmp_sync", "svc-consent-mgr", "crc_agent_%04d" % R.randint(1, 400),
                 "svc-bedboard", "hl7-interface", "etl_nightly", "svc-telepsych-bridge", "root",
                 "otp_dispense_bot", "svc-cad-gw", "sa-fhir-exporter@bh-prod.iam", "jenkins",
                 "svc.eap.intake", "kiosk-agent"])


def place():
    return pick(PLACES)


def street():
    num = str(R.randint(12, 19850))
    dirp = pick(["", "", "", "", "N ", "S ", "SE ", "NW ", "E ", "W ", "NE "])
    nm = pick(STREET_NAMES)
    typ = pick(STREET_TYPES)
    unit = pick(["", "", "", "", " Apt %d%s" % (R.randint(1, 40), pick(["", "", "B", "C"])),
                 " #%d" % R.randint(2, 412), " Unit %d" % R.randint(1, 30),
                 " Trlr %d" % R.randint(1, 80), " Apt. %d" % R.randint(100, 420)])
    if chance(0.06):
        return "PO Box %d" % R.randint(100, 9999)
    return "%s %s%s %s%s" % (num, dirp, nm, typ, unit)


def zipcode(pl, plus4=None):
    z = pl[3] + "%02d" % R.randint(1, 99)
    if plus4 or (plus4 is None and chance(0.2)):
        z += "-" + digits(4)
    return z


def phone(pl=None, style=None):
    area = pick(pl[4]) if pl else pick([a for p in PLACES for a in p[4]])
    while True:
        ex = R.randint(201, 989)
        if ex % 100 != 11 and ex != 555:
            break
    ln = digits(4)
    style = style or pick(["paren", "dash", "dash", "dot", "e164", "intl_sp", "plain", "one_dash"])
    if style == "paren":
        return "(%s) %d-%s" % (area, ex, ln)
    if style == "dash":
        return "%s-%d-%s" % (area, ex, ln)
    if style == "dot":
        return "%s.%d.%s" % (area, ex, ln)
    if style == "e164":
        return "+1%s%d%s" % (area, ex, ln)
    if style == "intl_sp":
        return "+1 %s %d %s" % (area, ex, ln)
    if style == "plain":
        return "%s%d%s" % (area, ex, ln)
    if style == "one_dash":
        return "1-%s-%d-%s" % (area, ex, ln)
    raise ValueError(style)


EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                 "aol.com", "protonmail.com", "comcast.net", "att.net", "ymail.com", "live.com",
                 "hotmail.es", "yahoo.com.mx"]


def email(f=None, l=None):
    if f is None:
        f, l = person()
    f = ascii_fold(f).lower()
    l = ascii_fold(l).lower().replace("'", "").replace(" ", "")
    local = pick(["%s.%s" % (f, l), "%s%s%s" % (f, l, R.randint(1, 99)), "%s%s" % (f[0], l),
                  "%s_%s%d" % (f, l[:4], R.randint(60, 2005)), "%s.%s%d" % (l, f[0], R.randint(1, 9)),
                  "%s%d" % (f, R.randint(100, 9999))])
    return "%s@%s" % (local, pick(EMAIL_DOMAINS))


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or pick(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn():
    return pick([
        lambda: nz_digits(8),
        lambda: "00" + digits(6),
        lambda: "RBH" + digits(7),
        lambda: "E" + digits(7),
        lambda: "%s-%s" % (pick(["BH", "CRS", "OTP"]), digits(6)),
        lambda: "M" + digits(9),
        lambda: "%d-%s-%s" % (R.randint(10, 99), digits(3), digits(4)),
    ])()


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    an = MBI_A + "0123456789"
    s = (str(R.randint(1, 9)) + pick(MBI_A) + pick(an) + str(R.randint(0, 9)) + pick(MBI_A)
         + pick(an) + str(R.randint(0, 9)) + pick(MBI_A) + pick(MBI_A) + digits(2))
    if dashed or (dashed is None and chance(0.35)):
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def health_plan_id():
    return pick([
        mbi,
        lambda: letters(2) + digits(5) + letters(1),          # NY Medicaid CIN style
        lambda: "9" + digits(7) + letters(1),                   # Medi-Cal BIC style
        lambda: pick(["XEH", "ZGP", "JQR", "YPB", "H7W"]) + digits(9),
        lambda: "W" + digits(9),
        lambda: "OHP" + digits(8),
        lambda: digits(9) + pick(["01", "02"]),
        lambda: "U" + digits(8) + "0" + str(R.randint(1, 4)),
    ])()


def card_number(sep=None):
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "disc":
        body = "6011" + digits(11)
    else:
        body = pick(["34", "37"]) + digits(12)
    n = body + luhn_digit(body)
    sep = sep if sep is not None else pick(["", " ", "-"])
    if len(n) == 16:
        return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])
    return sep.join([n[0:4], n[4:10], n[10:15]])


def account_no():
    return pick([
        lambda: "PA" + digits(8),
        lambda: "ACCT-%s-%s" % (digits(7), digits(2)),
        lambda: "V" + digits(11),
        lambda: "HAR" + digits(9),
        lambda: nz_digits(10),
        lambda: "%s%s" % (pick(["G", "GA"]), digits(7)),
    ])()


def bank_account():
    return nz_digits(R.randint(9, 12))


def dl_number(state=None):
    st = state or pick(list(STATE_NAMES))
    fmt = {
        "CA": lambda: letters(1) + digits(7),
        "OR": lambda: digits(7),
        "WA": lambda: "WDL" + alnum(9),
        "NM": lambda: digits(9),
        "AZ": lambda: pick(["D", "B"]) + digits(8),
        "TX": lambda: digits(8),
        "MA": lambda: "S" + digits(8),
        "OH": lambda: letters(2) + digits(6),
        "KY": lambda: letters(1) + digits(8),
        "MD": lambda: letters(1) + "-" + digits(3) + "-" + digits(3) + "-" + digits(3) + "-" + digits(3),
        "NJ": lambda: letters(1) + digits(4) + " " + digits(5) + " " + digits(5),
        "MI": lambda: letters(1) + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3),
        "WV": lambda: letters(1) + digits(6),
        "TN": lambda: digits(9),
        "ME": lambda: digits(7),
        "HI": lambda: "H" + digits(8),
    }.get(st, lambda: digits(9))
    return st, fmt()


def dea_number(last_initial=None):
    first = pick("ABFGM")
    second = last_initial or pick(string.ascii_uppercase)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def prof_license():
    return pick([
        lambda: "RN" + digits(6),
        lambda: "RN-" + digits(6),
        lambda: "MD" + digits(5),
        lambda: "LPN%s" % digits(6),
        lambda: "%s-%s" % (pick(["PHM", "PHA", "PA"]), digits(5)),
        lambda: "C" + digits(6),
    ])()


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "1G1", "KMH", "4T1", "WBA", "1C4", "5NP"])
    rest = [R.choice(VIN_CHARS) for _ in range(14)]
    rest[6] = pick("LMNPRS")  # model year code (2020..2025)
    v = list(wmi) + rest
    total = 0
    for i, ch in enumerate(v):
        if i == 8:
            continue
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        total += val * VIN_W[i]
    c = total % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def plate(st=None):
    st = st or pick(list(STATE_NAMES))
    return pick([
        lambda: str(R.randint(1, 9)) + letters(3) + digits(3),
        lambda: digits(3) + " " + letters(3),
        lambda: letters(3) + digits(4),
        lambda: letters(3) + "-" + digits(4),
        lambda: letters(2) + digits(5),
        lambda: digits(3) + letters(3),
    ])()


def imei():
    body = pick(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=None):
    b = rbytes(6)
    b = bytes([b[0] & 0xFC]) + b[1:]
    sep = sep if sep is not None else pick([":", ":", "-"])
    h = [x.hex() for x in [b[i:i + 1] for i in range(6)]]
    s = sep.join(h)
    return s.upper() if chance(0.5) else s


def udi():
    gtin = "0" + digits(13)
    exp = rdate(2025, 2028).strftime("%y%m%d")
    return "(01)%s(17)%s(21)%s" % (gtin, exp, alnum(R.randint(6, 10)))


def device_serial():
    return pick([
        lambda: "CAM-" + digits(7),              # alcohol monitoring bracelet
        lambda: "SC" + digits(2) + "-" + digits(6),
        lambda: "PRB" + digits(4) + letters(2) + digits(3),
        lambda: alnum(12),
        lambda: "BI" + digits(8),
        lambda: "IID-%s-%s" % (letters(2), digits(6)),   # ignition interlock
        lambda: "R5C" + alnum(8),
    ])()


def public_ipv4():
    first = pick([24, 47, 50, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108,
                  173, 174, 184, 208, 209, 66, 65, 45])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def public_ipv6():
    return "%s:%s:%s:%s:%s:%s" % (pick(["2601", "2600:1700", "2603:8000", "2607:fb90", "2a02:c7f"]),
                                  hexs(4), hexs(4), hexs(3), hexs(4), hexs(4))


def public_ip():
    return public_ipv6() if chance(0.15) else public_ipv4()


def private_ip():
    return pick([
        lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
        lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
        lambda: "127.0.0.1",
        lambda: "fd%s:%s::%s" % (hexs(2), hexs(4), hexs(3)),
    ])()


def private_ipv4():
    while True:
        ip = private_ip()
        if ":" not in ip:
            return ip


def slug(f, l):
    f = ascii_fold(f).lower()
    l = ascii_fold(l).lower().replace("'", "").replace(" ", "")
    return pick(["%s.%s" % (f, l), "%s%s%d" % (f, l, R.randint(1, 99)), "%s_%s" % (f, l),
                 "%s-%s-%d" % (f, l, R.randint(100, 9999)), "%s%s" % (f[0], l)])


def personal_url(f=None, l=None):
    if f is None:
        f, l = person()
    sg = slug(f, l)
    return pick([
        "https://www.facebook.com/%s" % sg,
        "https://www.instagram.com/%s/" % sg.replace("-", "_"),
        "https://x.com/%s/status/%s" % (sg.replace(".", "_").replace("-", "_")[:15], nz_digits(19)),
        "https://www.tiktok.com/@%s" % sg,
        "https://www.gofundme.com/f/help-%s-%s-get-to-treatment" % (ascii_fold(f).lower(), ascii_fold(l).lower().replace("'", "").replace(" ", "-")),
        "https://linktr.ee/%s" % sg,
        "https://www.linkedin.com/in/%s-%s" % (sg, hexs(8)),
        "https://%s.wordpress.com/2024/05/day-%d-sober/" % (sg.replace(".", "").replace("_", ""), R.randint(3, 400)),
        "https://recoverycircle.app/members/%s" % sg,
    ])


def iso_fmr_template():
    raw = b"FMR\x00 20\x00" + rbytes(R.randint(40, 110))
    return base64.b64encode(raw).decode()


def bio_template():
    kind = pick(["fmr", "fmr", "voice", "palm", "face"])
    if kind == "fmr":
        return iso_fmr_template()
    return base64.b64encode(rbytes(R.randint(48, 120))).decode()


def photo_b64():
    if chance(0.6):
        raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
               + rbytes(R.randint(45, 110)))
    else:
        raw = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xe0\x00\x00\x02\x80\x08\x02\x00\x00\x00"
               + rbytes(R.randint(40, 100)))
    s = base64.b64encode(raw).decode()
    return s


def photo_ref(pid=None, json_safe=True, kind="intake"):
    pid = pid or digits(6)
    if kind == "app":
        return pick([
            "https://cdn.recoverycircle.app/avatars/u%s/profile_%s.jpg" % (digits(7), hexs(6)),
            "https://cdn.recoverycircle.app/selfies/%s/%s.png" % (hexs(8), uuid4()),
            "s3://rc-user-media/avatars/%s/face.jpg" % digits(7),
        ])
    if kind == "hold":
        if not json_safe and chance(0.4):
            return "\\\\fs01\\Holds\\SubjectPhotos\\%s.jpg" % pid
        return "/mnt/holds/attachments/%s/subject_photo_%s.jpeg" % (pid, digits(3))
    if not json_safe and chance(0.3):
        return "\\\\fs01\\OTP\\PatientPhotos\\%s.jpg" % pid
    return pick([
        "/var/lib/intake/photos/%s/face_%s.jpg" % (pid, digits(4)),
        "s3://bh-intake-photos/patients/%s/id_photo.png" % pid,
        "https://ehr.cascadiarecovery.org/media/ptphoto/%s/front.jpg" % pid,
    ])


def passport():
    return pick([
        lambda: ("US", nz_digits(9)),
        lambda: ("US", letters(1) + digits(8)),
        lambda: ("MX", "G" + digits(8)),
        lambda: ("PH", "P" + digits(7) + letters(1)),
        lambda: ("UA", letters(2) + digits(6)),
        lambda: ("IN", letters(1) + digits(7)),
    ])()


def curp(f, l, d, sex):
    f = ascii_fold(f).upper()
    l = ascii_fold(l).upper().replace("'", "").replace(" ", "").replace("-", "")
    vow = [c for c in l[1:] if c in "AEIOU"] or ["X"]
    cons = [c for c in l[1:] if c.isalpha() and c not in "AEIOU"] or ["X"]
    ent = pick(["DF", "JC", "NL", "MC", "GT", "PL", "BC", "SO", "CH"])
    return "%s%s%s%s%s%s%s%s%s%s%s" % (l[0], vow[0], letters(1), f[0], d.strftime("%y%m%d"), sex,
                                      ent, cons[0], letters(1), letters(1), str(R.randint(0, 9)) if d.year < 2000 else letters(1)) + str(R.randint(0, 9))


def other_id():
    return pick([
        lambda: ("passport", passport()[1]),
        lambda: ("a_number", "A" + nz_digits(9)),
        lambda: ("doc", digits(8)),
        lambda: ("sid", "SID" + digits(7)),
        lambda: ("tribal", "%s-%s" % (pick(["CIB", "NN", "TE"]), digits(6))),
        lambda: ("state_id", letters(1) + digits(8)),
        lambda: ("employee", "E" + digits(6)),
    ])()


# ---------------------------------------------------------------------------
# organisations, vendors, look-alikes (never labeled)
# ---------------------------------------------------------------------------

ORGS = [  # the providers' own names, addresses, main/fax lines -> not PHI
    ("Cascadia Recovery Services", "2200 NW Harbor Blvd, Suite 300", "Portland", "OR", "97209", "(503) 413-7700", "(503) 413-7719"),
    ("Riverbend Behavioral Health", "1450 Riverbend Pkwy", "Dayton", "OH", "45402", "937-226-4100", "937-226-4187"),
    ("Desert Sage Treatment Center", "3100 N Central Ave", "Phoenix", "AZ", "85012", "602.264.9900", "602.264.9911"),
    ("Bay Crisis Stabilization Unit", "480 Grand Ave", "Oakland", "CA", "94610", "(510) 891-5600", "(510) 891-5688"),
    ("Tri-County OTP Clinic", "77 Commerce Dr", "Huntington", "WV", "25701", "304-522-3300", "304-522-3310"),
]
VENDORS = [
    "Helixa Telehealth Inc., 100 Federal St, 8th Floor, Boston, MA 02110",
    "Northstar Dispensing Systems LLC, 4500 Commerce Pkwy, Suite 210, Irving, TX 75063",
    "Meridian PDMP Solutions, 1 Market Plaza, San Francisco, CA 94105",
    "BrightPath EHR Corp, 9300 Lee Hwy, Fairfax, VA 22031",
    "SignalOne Telephony, 2701 Olympic Blvd, Santa Monica, CA 90404",
    "Keystone Biometrics GmbH, Leopoldstrasse 24, 80802 Muenchen, Germany",
]
HOSTS = ["cad-db-02.crisis.internal", "pdmp-gw-01.bh.local", "ivr-router-3.c988.ops", "consent-api.prod.svc.cluster.local",
         "bedboard-app-01.rbh.lan", "otp-kiosk-07.tri.local", "fhir-exp-2.court-rpt.int", "chatgw-5b8d9-x2kq",
         "telepsych-sfu-04.helixa.net", "eap-intake.internal", "hl7-engine-prod-1", "vault-2.sec.int"]
PRODUCTS = ["Methadose 10 mg/mL oral concentrate", "buprenorphine/naloxone 8 mg/2 mg film", "Sublocade 300 mg",
            "Vivitrol 380 mg", "Narcan 4 mg nasal spray", "Lucemyra 0.18 mg", "Brixadi 96 mg weekly",
            "naltrexone 50 mg tab", "Zubsolv 5.7 mg/1.4 mg"]
ICD = ["F11.20", "F11.23", "F10.239", "F10.20", "F15.20", "F32.A", "F33.1", "F43.10", "F20.9", "R45.851", "F31.9", "F41.1", "T40.411A"]
CPT = ["H0020", "H0004", "H0015", "G2067", "G2068", "90837", "90792", "90853", "H2011", "S9484", "99213"]
LANGS = ["en", "es", "vi", "zh", "ar", "tl", "ru", "ko"]


def npi():
    body = nz_digits(9)
    return body + luhn_digit("80840" + body)


def ndc():
    return pick(["%s-%s-%s" % (digits(5), digits(4), digits(2)), "%s-%s-%s" % (digits(5), digits(3), digits(2)),
                 "%s-%s-%s" % (digits(4), digits(4), digits(2))])


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def semver():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 40))


def build_no():
    return pick(["%s.%d" % (CLOCK[0].strftime("%Y%m%d"), R.randint(1, 9)), str(R.randint(1000, 99999)),
                 "b%d" % R.randint(100, 9999), "r%s" % hexs(7)])


def dur():
    return pick(["%dms" % R.randint(2, 30000), "%.3fs" % (R.random() * 40), "PT%dM" % R.randint(1, 90),
                 "%dm%02ds" % (R.randint(0, 59), R.randint(0, 59))])


def order_no():
    return pick(["ORD-%d-%s" % (CLOCK[0].year, digits(7)), "PO#%s" % nz_digits(10), "RX%s" % digits(7),
                 "WO-%s" % digits(6), "TKT-%s" % digits(5), "INC%s" % digits(7), "CHG%s" % digits(7)])


def jwt_like():
    h = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT","kid":"' + hexs(8).encode() + b'"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(rbytes(R.randint(40, 80))).decode().rstrip("=")
    s = base64.urlsafe_b64encode(rbytes(48)).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, s)


def b64_noise(n=None):
    return base64.b64encode(rbytes(n or R.randint(16, 48))).decode()


def sha256():
    return hashlib.sha256(rbytes(16)).hexdigest()


def small_age():
    return R.randint(14, 89)


# ---------------------------------------------------------------------------
# format families.  each returns a list of parts (str / P); phi=False lines
# must not contain any PHI but are full of look-alikes.
# ---------------------------------------------------------------------------

def pick_age(force_old=None):
    old = chance(0.5) if force_old is None else force_old
    return R.randint(90, 103) if old else small_age()


def age_part(force_old=None, cat_raw=False, age=None):
    """An age: > 89 -> labeled P, otherwise plain text (not PHI)."""
    a = age if age is not None else pick_age(force_old)
    if a > 89:
        return P(str(a), "age", raw=cat_raw)
    return str(a) if not cat_raw else Raw(str(a))


def f_part2_consent(phi):
    d = tick()
    org = pick(ORGS)
    o = {pick(["ts", "@timestamp", "time"]): ts_iso_z(d), "level": "INFO",
         pick(["svc", "service", "app"]): "consent-mgr", "ver": semver(), "trace_id": trace_id()}
    if not phi:
        v = R.randint(0, 5)
        if v == 0:
            o.update({"event": "CONSENT_TEMPLATE_PUBLISHED", "template_id": "P2-GEN-%04d" % R.randint(1, 80),
                      "form_rev": "SAMHSA 2.31 rev %02d/%d" % (R.randint(1, 12), R.randint(2018, 2024)),
                      "effective": "%d-%02d-01" % (2024, R.randint(7, 12)), "approved_by": svc_account(),
                      "sha256": sha256()})
        elif v == 1:
            o.update({"event": "DISCLOSURE_BATCH_SENT", "batch_id": "DB-%s-%04d" % (d.strftime("%Y%m%d"), R.randint(1, 999)),
                      "records": R.randint(1, 400), "recipient_org": pick(["Oregon Health Authority", "Pima County Adult Probation",
                                                                          "Blue Ridge Health Plan UM", "State Opioid Treatment Authority"]),
                      "channel": pick(["DIRECT", "SFTP", "FHIR"]), "endpoint": "https://hie.%s.net/fhir/Consent" % pick(["orhie", "crisp", "azhec"]),
                      "latency_ms": R.randint(40, 9000), "http_status": pick([200, 202, 207])})
        elif v == 2:
            o.update({"event": "REDISCLOSURE_NOTICE_RENDERED", "cfr": "42 CFR 2.32", "locale": pick(["en-US", "es-US", "vi-VN"]),
                      "chars": R.randint(300, 900), "render_ms": R.randint(2, 80), "host": pick(HOSTS)})
        elif v == 3:
            o.update({"event": "CONSENT_EXPIRY_SWEEP", "checked": R.randint(500, 9000), "expired": R.randint(0, 40),
                      "revoked_today": R.randint(0, 9), "next_run": ts_iso_z(d + dt.timedelta(hours=24)),
                      "row_id_max": R.randint(100000, 999999), "duration": dur()})
        elif v == 4:
            o.update({"event": "QSOA_REGISTERED", "qsoa_id": "QSOA-%d-%03d" % (d.year, R.randint(1, 200)),
                      "vendor": pick(VENDORS), "signed_by": clinician(), "org_phone": org[5], "term_months": 36})
        else:
            o.update({"event": "AUDIT_EXPORT", "requested_by": staff_user(), "rows": R.randint(10, 90000),
                      "range": "2024-05-01/2024-05-31", "file": "/exports/part2_audit_202405_%s.csv.gpg" % hexs(6),
                      "md5": hexs(32), "port": pick([22, 2222, 443])})
        return Jx(o)
    f, l = person()
    pt = {}
    pt[pick(["full_name", "ptName", "clientName", "patient_name", "nombre_completo", "subjectName", "pt_nm"])] = P(full_name(f, l), "name")
    if chance(0.8):
        pt[pick(["dob", "birthDate", "DOB", "birth_dt", "fecha_nac", "dateOfBirth"])] = P(fmt_date(rdate(1948, 2006)), "date")
    if chance(0.8):
        pt[pick(["mrn", "chart_no", "medRecNum", "ehr_mrn", "clientChart", "MRN"])] = P(mrn(), "mrn")
    if chance(0.3):
        pt[pick(["ssn", "SSN", "soc_sec_no", "ssnFull", "tin"])] = P(ssn(), "ssn")
    ev = pick(["CONSENT_SIGNED", "DISCLOSURE_RECORDED", "CONSENT_REVOKED", "ROI_REQUEST_FULFILLED"])
    o.update({"event": ev, "cfr_section": pick(["2.31", "2.33", "2.35", "2.51", "2.64"]), "patient": pt, "consent_id": "C-%s" % digits(7)})
    if ev == "CONSENT_SIGNED":
        o["signed_on"] = P(fmt_date(near_date(20, 0)), "date")
        if chance(0.5):
            o[pick(["legal_rep", "guardianName", "signed_by_rep"])] = P(full_name(), "name")
            o["rep_relationship"] = pick(["mother", "father", "legal guardian", "spouse", "conservator"])
        o["witness"] = clinician()
        o["expires"] = "upon discharge from program"
    elif ev == "DISCLOSURE_RECORDED":
        o["recipient"] = pick(["Multnomah County Drug Court", "Adult Probation - Pima County", "Blue Ridge Health Plan UM",
                               clinician() + " (PCP)", "State Opioid Treatment Authority", "Dept of Child Services caseworker"])
        o["info_disclosed"] = pick(["dosing history, UDS results", "attendance summary", "diagnosis " + pick(ICD), "treatment plan"])
        o["disclosed_by"] = staff_user()
    elif ev == "CONSENT_REVOKED":
        o["revoked_on"] = P(fmt_date(near_date(10, 0)), "date")
        o["method"] = "verbal, documented by " + clinician()
    else:
        w = R.randint(0, 2)
        if w == 0:
            o[pick(["deliver_to_fax", "faxTo", "pt_fax", "home_fax"])] = P(phone(), "fax")
        elif w == 1:
            o[pick(["deliver_to_email", "pt_email", "emailTo"])] = P(email(f, l), "email")
        else:
            pl = place()
            o["mail_to"] = {pick(["line1", "street", "addr1"]): P(street(), "address"), "city": P(pl[0], "address"),
                            "state": pl[2], pick(["zip", "postal", "zip5"]): P(zipcode(pl), "zip")}
        o["pages"] = R.randint(2, 140)
        o["fulfilled_by"] = staff_user()
    return Jx(o)


def f_crisis988_syslog(phi):
    d = tick()
    host = pick(["ivr-router-3.c988.ops", "c988-acd-01", "crc-pdx-sbc2", "lifeline-gw-07"])
    app = pick(["ivr-router", "acd", "cti-bridge", "counselor-ui", "geo-router"])
    hdr = "<%d>1 %s %s %s %d %s " % (pick([134, 133, 131, 150, 190]), ts_iso_z(d), host, app, R.randint(300, 65000),
                                     pick(["CALL_EVT", "NOTE", "XFER", "GEO", "QUEUE", "-"]))
    sd = pick(['[meta@32473 seq="%d" q="988-%s-%s"] ' % (R.randint(1, 99999), pick(["EN", "ES", "VET"]), pick(["OR", "AZ", "NATL", "WA"])),
               "- "])
    if not phi:
        v = R.randint(0, 6)
        if v == 0:
            m = "call queued queue=988-%s wait_ms=%d agent=%s trunk=SIP/tr-%02d dnis=988 ani=<withheld> call_uuid=%s" % (
                pick(["EN-OR", "ES-NATL", "VET-NATL"]), R.randint(100, 90000), svc_account(), R.randint(1, 24), uuid4())
        elif v == 1:
            m = "call ended dur=00:%02d:%02d disposition=%s followup=%s sla_met=%s age_band=%s" % (
                R.randint(1, 59), R.randint(0, 59), pick(["DE-ESCALATED", "REFERRED_MCT", "RESOURCE_ONLY", "DISCONNECTED"]),
                pick(["NONE", "24H_CALLBACK"]), pick(["true", "false"]), pick(["18-24", "25-34", "35-44", "65+"]))
        elif v == 2:
            m = "overflow to national backup 1-800-273-8255 center_id=NBC-%d reason=ALL_AGENTS_BUSY queue_depth=%d" % (R.randint(1, 9), R.randint(3, 40))
        elif v == 3:
            m = "georouting lookup carrier=%s ocn=%s npa_nxx=%s-%d result=%s rt=%dms cache=%s" % (
                pick(["T-Mobile", "Verizon Wireless", "AT&T Mobility", "Lumen"]), digits(4), pick(["503", "602", "505", "937"]),
                R.randint(200, 989), pick(list(STATE_NAMES)), R.randint(3, 300), pick(["hit", "miss"]))
        elif v == 4:
            m = "agent %s state=AVAILABLE skills=[en,es,lgbtq,veteran] ext=%d desk=%s" % (svc_account(), R.randint(4000, 4999), pick(HOSTS))
        elif v == 5:
            m = "PSAP transfer test psap=OR-MULT-BOEC result=OK sip=%s:5060 mos=%.1f build=%s" % (private_ipv4(), 3 + R.random() * 1.5, build_no())
        else:
            m = "counselor note saved note_id=%d chars=%d template=SAFETY_PLAN_v%s caller_age=%d risk=%s" % (
                R.randint(100000, 9999999), R.randint(80, 3000), semver(), small_age(), pick(["low", "moderate", "high"]))
        return [hdr, sd, m]
    f, l = person()
    pl = place()
    v = R.randint(0, 5)
    if v == 0:
        parts = ["inbound call ani=", P(phone(pl, pick(["e164", "plain"])), "phone"), " dnis=988 carrier=",
                 pick(["T-Mobile", "Verizon Wireless", "AT&T Mobility"]), " geo_state=", pl[2], " routed_to=crc-", pl[0].lower().replace(" ", "")]
        if chance(0.6):
            parts += [" handset_imei=", P(imei(), "device")]
        parts += [" call_uuid=", uuid4()]
    elif v == 1:
        parts = ["counselor note: caller identifies as ", P(full_name(f, l, "fl"), "name"), ", ", age_part(), " y/o, lives alone at ",
                 P(street(), "address"), ", ", P(pl[0], "address"), "; reports SI w/o plan, callback ", P(phone(pl), "phone")]
    elif v == 2:
        parts = ["IMMINENT_RISK escalation: PSAP transfer for caller ", P(full_name(f, l, pick(["fl", "FL"])), "name"), " at ",
                 P(street(), "address"), " ", P(pl[0], "address"), " ", pl[2], " ", P(zipcode(pl), "zip"), "; ALI cell ",
                 P(phone(pl), "phone"), " psap=", pl[2], "-", pl[1][:4].upper(), " xfer_ms=", str(R.randint(200, 9000))]
        if chance(0.6):
            parts += ["; caller parked in ", pick(["gray Nissan Altima", "blue Subaru Outback", "white Chevy Silverado"]), " plate ",
                      P(plate(pl[2]), "vehicle"), " (", pl[2], ")"]
    elif v == 3:
        parts = ["trust_safety flagged public post ", P(personal_url(f, l), "url"), " matched to caller ", P("%s %s" % (f, l), "name"),
                 " (caller_age=", str(small_age()), ") ticket=", order_no()]
    elif v == 4:
        d0 = rdate(1930, 2005)
        parts = ["llamada en espa\u00f1ol: la persona se identifica como ", P(full_name(f, l, "fl"), "name"), ", fecha de nacimiento ",
                 P(fmt_date(d0, pick(["es_long", "eu"])), "date"), ", tel\u00e9fono ", P(phone(pl), "phone"), ", vive en ",
                 P(pl[0], "address"), " condado ", P(pl[1], "address")]
    else:
        parts = ["third-party caller ", P(full_name(), "name"), " (sister) requests welfare check on ", P(full_name(f, l), "name"),
                 ", age ", age_part(True), ", last seen at ", P(street(), "address"), " ", P(pl[0], "address"), "; RP cb ", P(phone(), "phone")]
    return [hdr, sd, parts]


def lf_val(v):
    """logfmt value: quote if it has spaces."""
    if isinstance(v, P):
        return ['"', v, '"'] if " " in v.v else [v]
    return '"%s"' % v if " " in v else v


def f_crisis_chat_logfmt(phi):
    d = tick()
    es = chance(0.35)
    head = ["time=", ts_iso_off(d), " level=", pick(["info", "info", "warn", "debug"]), " svc=chatgw chat_id=CH-24-", digits(8)]
    if not phi:
        v = R.randint(0, 4)
        if v == 0:
            tail = " event=chat_closed dur=%dm%02ds msgs=%d queue=chat-%s agent=%s csat=%d upstream=%s:8443 trace=%s" % (
                R.randint(1, 90), R.randint(0, 59), R.randint(4, 300), pick(LANGS), svc_account(), R.randint(1, 5), private_ipv4(), trace_id())
        elif v == 1:
            tail = " event=ws_reconnect conn_id=%s backoff=%.1fs attempt=%d node=%s lb_ip=%s" % (uuid4(), R.random() * 8, R.randint(1, 6), pick(HOSTS), private_ip())
        elif v == 2:
            tail = ' event=keyword_alert rule=SI-LETHAL-MEANS severity=high matched_terms=%d model=riskclf-v%s score=%.2f msg="risk model flagged transcript; supervisor paged"' % (
                R.randint(1, 6), semver(), R.random())
        elif v == 3:
            tail = ' event=prechat_submitted idioma=%s edad=%d zip_provided=false consent_tos=v%s msg="visitor declined to share contact info"' % (
                pick(["es", "en"]), small_age(), semver())
        else:
            tail = " event=rate_limit client=%s bucket=chat-start tokens=%d retry_after=%ds ua=\"okhttp/4.12.0\"" % (private_ip(), R.randint(0, 5), R.randint(1, 60))
        return [head, tail]
    f, l = person()
    pl = place()
    parts = [head, " event=", pick(["prechat_submitted", "visitor_identified", "chat_started", "transcript_tagged"])]
    parts += [" visitor_ip=", P(public_ip(), "ip")] if chance(0.55) else [" lb=", private_ip()]
    nk = pick(["prechat.nombre", "nombre", "visitor_name", "prechat.fullName"]) if es else pick(["prechat.name", "visitor_name", "displayName", "pc_nm"])
    if chance(0.7):
        parts += [" ", nk, "=", lf_val(P(full_name(f, l, pick(["fl", "fml"])), "name"))]
    if chance(0.5):
        parts += [" ", pick(["prechat.correo", "correo_e"]) if es else pick(["prechat.email", "contact_email", "em"]), "=", P(email(f, l), "email")]
    if chance(0.4):
        parts += [" ", pick(["prechat.cp", "codigo_postal"]) if es else pick(["prechat.zip", "zip5"]), "=", P(zipcode(pl, False), "zip")]
    if chance(0.4):
        parts += [" ", "edad" if es else "age", "=", age_part()]
    if es and chance(0.5):
        parts += [" prechat.curp=", P(curp(f, l, rdate(1960, 2006), pick("HM")), "other_id")]
    if chance(0.3):
        parts += [" ", pick(["tel", "telefono", "callback_num", "sms_ok_number"]), "=", P(phone(pl, pick(["e164", "dash", "plain"])), "phone")]
    if chance(0.4):
        parts += [' msg="visitor shared link ', P(personal_url(f, l), "url"), ' and asked us to check on them"']
    elif chance(0.4):
        parts += [' msg="visitor says roommate ', P("%s %s" % person(), "name"), ' took their meds; visitor is at ', P(street(), "address"), ' in ', P(pl[0], "address"), '"']
    parts += [' ua="Mozilla/5.0 (', pick(["iPhone; CPU iPhone OS 17_5 like Mac OS X", "Linux; Android 14; SM-S918U", "Windows NT 10.0; Win64; x64"]), ')"']
    return parts


def f_mobile_cad(phi):
    d = tick()
    inc = "INC-%s-%s" % (d.strftime("%y"), digits(7))
    unit = pick(["MCT-%d" % R.randint(1, 12), "CAHOOTS-%d" % R.randint(1, 9), "MCRT-%s%d" % (pick("ABC"), R.randint(1, 5)), "PORTLAND-ST-%d" % R.randint(1, 4)])
    head = "%s|CAD|%s|%s|" % (d.strftime("%Y-%m-%d %H:%M:%S"), inc, unit)
    if not phi:
        org = pick(ORGS)
        v = R.randint(0, 3)
        if v == 0:
            return head + "AVAILABLE|ODO=%d|FUEL=%d%%|CREW=%s/%s|BASE=%s, %s, %s, %s %s|RADIO=%s" % (
                R.randint(10000, 99999), R.randint(5, 100), clinician(), clinician(), org[0], org[1], org[2], org[3], org[4], pick(["TAC-4", "MCT-ALPHA", "8CALL90"]))
        if v == 1:
            return head + "SHIFT_CHANGE|UNITS_ON=%d|PENDING=%d|AVG_RESP=00:%02d:%02d|SUP=%s|BUILD=%s" % (
                R.randint(1, 8), R.randint(0, 6), R.randint(8, 50), R.randint(0, 59), svc_account(), build_no())
        if v == 2:
            return head + "CLOSED|DISPO=%s|RESP_TIME=00:%02d:%02d|ON_SCENE=%s|XFER=%s|SUBJ_AGE=%d|LEO_REQ=N" % (
                pick(["RESOLVED_ON_SCENE", "VOLUNTARY_TRANSPORT", "REFERRED_OUTPATIENT", "GOA"]), R.randint(5, 59), R.randint(0, 59), dur(),
                pick(["NONE", "CSU", "ED"]), small_age())
        return head + "ENROUTE|ETA=%dmin|ROUTE_SVC=%s|AVL_PING=%s|PRIORITY=%d|CALL_SRC=988-XFER|CALL_REF=%s" % (
            R.randint(3, 45), pick(HOSTS), ts_iso_z(d), R.randint(1, 3), order_no())
    f, l = person()
    pl = place()
    parts = [head, pick(["DISPATCHED", "ON_SCENE", "CREATED", "UPDATE"]), "|LOC=", P(street(), "address"), ", ", P(pl[0], "address"), ", ", pl[2]]
    if chance(0.6):
        parts += [" ", P(zipcode(pl), "zip")]
    parts += ["|SUBJ=", P(full_name(f, l, pick(["LF", "lf", "FL"])), "name")]
    age = pick_age()
    if chance(0.5):
        parts += ["|SUBJ_DOB=", P(fmt_date(dob_for_age(age), pick(["us", "compact", "iso"])), "date")]
    if chance(0.45):
        parts += ["|SUBJ_AGE=", age_part(age=age)]
    if chance(0.6):
        parts += ["|RP=", P(full_name(), "name"), " (", pick(["mother", "neighbor", "spouse", "son", "landlord"]), ")|RP_PH=", P(phone(pl), "phone")]
    if chance(0.75):
        if chance(0.6):
            parts += ["|VEH=", pick(["silver Honda Civic", "blk Ford F-150", "white Kia Soul", "red Toyota RAV4"]), " lic ", P(plate(pl[2]), "vehicle"), " ", pl[2]]
        else:
            parts += ["|VEH_VIN=", P(vin(), "vehicle")]
    if chance(0.4):
        parts += ["|NOTES=subj's ", pick(["brother", "daughter", "grandmother", "partner"]), " ", P("%s %s" % person(), "name"),
                  " en route; prior hold ", P(fmt_date(rdate(2021, 2023), "us"), "date"), "; crew ", clinician()]
    parts += ["|PRIORITY=", str(R.randint(1, 3))]
    return parts


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
       "HelixaVideo/5.2.1 (iOS 17.4; iPad13,4)"]


def f_telepsych_access(phi):
    d = tick()
    status = pick([200, 200, 200, 204, 302, 304, 401, 404, 499])
    tail = ' %d %d "%s" "%s" rt=%.3f uct="%.3f" upstream=%s:%d' % (
        status, R.randint(0, 90000), pick(["-", "https://visit.helixa.net/waiting-room", "https://portal.cascadiarecovery.org/"]),
        pick(UAS), R.random() * 3, R.random() * 0.05, private_ipv4(), pick([8080, 8443, 3000, 9000]))
    if not phi:
        ip = private_ip()
        path = pick(["/healthz", "/readyz", "/static/js/app.%s.js" % hexs(8), "/api/v2/providers/availability?date=%s&state=%s" % (
            (d + dt.timedelta(days=R.randint(1, 9))).strftime("%Y-%m-%d"), pick(list(STATE_NAMES))),
            "/api/v2/webrtc/ice?room=rm_%s" % hexs(12), "/api/v2/visits/%d/status" % R.randint(100000, 999999),
            "/metrics", "/api/v2/build-info?v=%s" % semver(), "/favicon.ico"])
        ua_tail = tail if path not in ("/healthz", "/readyz", "/metrics") else tail.replace(tail.split('"')[3], pick(["kube-probe/1.28", "Prometheus/2.51.0"]))
        return '%s - - [%s] "%s %s HTTP/1.1"%s' % (ip, ts_apache(d), pick(["GET", "GET", "POST", "HEAD"]), path, ua_tail)
    f, l = person()
    ipv = P(public_ip(), "ip") if chance(0.85) else private_ip()
    v = R.randint(0, 4)
    if v == 0:
        path = ["/api/v2/visits/join?vid=", str(R.randint(100000, 999999)), "&", pick(["email", "pt_email", "e"]), "=", P(email(f, l), "email")]
    elif v == 1:
        path = ["/patients/", P(mrn(), "mrn"), "/chart/summary?tab=", pick(["meds", "notes", "consents"])]
    elif v == 2:
        path = ["/api/v2/intake/verify?", pick(["last", "lname", "family"]), "=", P(ascii_fold(l).replace(" ", "%20").replace("'", "%27"), "name"),
                "&", pick(["dob", "birth_date", "bd"]), "=", P(fmt_date(rdate(1950, 2006), "iso"), "date")]
    elif v == 3:
        path = ["/waiting-room?appt=", str(R.randint(10000, 99999)), "&phone=", P(phone(None, pick(["plain", "dash"])), "phone")]
    else:
        path = ["/api/v2/visits/", str(R.randint(100000, 999999)), "/events"]
    return [ipv, " - - [", ts_apache(d), '] "', pick(["GET", "POST"]), " ", path, ' HTTP/1.1"', tail]


def f_telepsych_session(phi):
    d = tick()
    o = {"ts": ts_iso_z(d), pick(["event", "evt", "type"]): None, "visit_id": R.randint(100000, 999999), "platform": "Helixa Video %s" % semver()}
    ek = [k for k in o if k in ("event", "evt", "type")][0]
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            o[ek] = "session.quality"
            o.update({"bitrate_kbps": R.randint(200, 4000), "packet_loss": round(R.random() * 3, 2), "jitter_ms": R.randint(1, 80),
                      "rtt_ms": R.randint(10, 400), "codec": pick(["VP9", "H264", "AV1"]), "sfu": pick(HOSTS), "turn": "%s:3478" % private_ipv4()})
        elif v == 1:
            o[ek] = "provider.login"
            o.update({"user": staff_user(), "provider": clinician(), "provider_npi": npi(), "mfa": pick(["totp", "webauthn"]), "src": private_ip()})
        else:
            o[ek] = "recording.blocked"
            o.update({"reason": "42 CFR Part 2 policy", "policy_id": "POL-REC-%03d" % R.randint(1, 40), "provider": clinician(),
                      "room": "rm_%s" % hexs(12), "duration": dur()})
        return Jx(o)
    f, l = person()
    o[ek] = pick(["session.started", "session.ended", "patient.checked_in", "voice_auth.verified"])
    o["provider"] = clinician()
    if chance(0.5):
        o["provider_npi"] = npi()
    pt = {pick(["name", "displayName", "patientName", "pt_full_name"]): P(full_name(f, l), "name")}
    age = pick_age(chance(0.6))
    if chance(0.5):
        pt[pick(["email", "contactEmail", "e_mail"])] = P(email(f, l), "email")
    if chance(0.4):
        pt[pick(["dob", "birthDate"])] = P(fmt_date(dob_for_age(age)), "date")
    if chance(0.3):
        pt[pick(["phone", "mobile", "cell_no"])] = P(phone(), "phone")
    if chance(0.35):
        pt[pick(["age", "ageYears", "pt_age"])] = age_part(cat_raw=True, age=age)
    o["patient"] = pt
    if chance(0.4):
        o[pick(["appt_date", "apptDate", "scheduled_for"])] = P(fmt_date(near_date(5, 30)), "date")
    if chance(0.5):
        o[pick(["client_ip", "patientIp", "remote_addr"])] = P(public_ip(), "ip")
    if o[ek] == "voice_auth.verified" or chance(0.2):
        o["voice_auth"] = {"enrolled": True, "score": round(0.7 + R.random() * 0.3, 3), pick(["voiceprint_b64", "vpTemplate", "speaker_model"]): P(bio_template(), "biometric")}
    if chance(0.25):
        o["patient_device"] = {"model": pick(["iPhone 13", "Galaxy A54", "Pixel 7"]), pick(["imei", "IMEI", "deviceImei"]): P(imei(), "device")}
    o["sfu"] = pick(HOSTS)
    return Jx(o)


def f_recovery_app(phi):
    d = tick()
    o = {"eventName": None, "ts": Raw(ts_epoch_ms(d)), "appVersion": semver(), "build": build_no()}
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            o.update({"eventName": "app_open", "os": pick(["iOS 17.5.1", "Android 14", "iPadOS 17.4"]), "sessionMs": R.randint(100, 900000),
                      "abBucket": pick("ABC"), "flags": ["meetings_v2", "sos_button", "sponsor_chat"]})
        elif v == 1:
            o.update({"eventName": "meeting_joined", "meetingId": "mtg_%s" % hexs(10), "format": pick(["SMART Recovery", "NA", "AA", "Refuge Recovery", "Wellbriety"]),
                      "durationSec": R.randint(60, 7200), "hostAccount": svc_account()})
        elif v == 2:
            o.update({"eventName": "crash", "exception": "java.lang.IllegalStateException at com.recoverycircle.feed.FeedVM.load(FeedVM.kt:%d)" % R.randint(10, 900),
                      "buildSha": hexs(40), "device": {"model": pick(["SM-S918U", "Pixel 7", "iPhone15,2"]), "osBuild": "UP1A.%s.%03d" % (digits(6), R.randint(1, 999))}})
        else:
            o.update({"eventName": "push_sent", "campaign": "daily_checkin_%s" % d.strftime("%Y%m%d"), "sent": R.randint(100, 90000),
                      "failed": R.randint(0, 300), "provider": "fcm", "p95Ms": R.randint(50, 4000)})
        return Jx(o)
    f, l = person()
    o["eventName"] = pick(["profile_updated", "milestone_shared", "peer_match_created", "sos_pressed", "signup_completed"])
    u = {}
    if chance(0.7):
        u[pick(["displayName", "fullName", "realName"])] = P(full_name(f, l, pick(["fl", "fml"])), "name")
    if chance(0.5):
        u[pick(["email", "emailAddress", "loginEmail"])] = P(email(f, l), "email")
    if chance(0.45):
        u[pick(["profileUrl", "socialLink", "website"])] = P(personal_url(f, l), "url")
    if chance(0.35):
        u[pick(["avatarUrl", "photoUrl", "selfieRef"])] = P(photo_ref(kind="app"), "photo")
    if chance(0.4):
        u[pick(["sobrietyDate", "cleanDate", "recoveryStart"])] = P(fmt_date(rdate(2015, 2023), "iso"), "date")
    if chance(0.25):
        u[pick(["phone", "mobile"])] = P(phone(None, "e164"), "phone")
    if not u:
        u["fullName"] = P(full_name(f, l), "name")
    o["user"] = u
    if o["eventName"] == "milestone_shared":
        o["text"] = S(pick(["", "Shout out: "]), P(f + " " + l if chance(0.6) else f, "name"), " celebrated ", str(R.randint(30, 3650)), " days clean!")
    if o["eventName"] == "peer_match_created":
        o["peerCoach"] = clinician()
    dv = {"os": pick(["Android 14", "iOS 17.5.1"])}
    if chance(0.35):
        dv[pick(["imei", "deviceImei"])] = P(imei(), "device")
    if chance(0.3):
        dv[pick(["wifiMac", "btMac", "macAddress"])] = P(mac(), "device")
    o["device"] = dv
    if chance(0.4):
        o["geo"] = {"ip": P(public_ip(), "ip"), "coarse": pick(list(STATE_NAMES.values()))}
    return Jx(o)


def csvq(v):
    """CSV cell: quote when it contains a comma."""
    if isinstance(v, P):
        return ['"', v, '"'] if "," in v.v else [v]
    return '"%s"' % v if "," in v else v


def f_otp_dosing_csv(phi):
    d = tick()
    clinic = pick(["OTP-NE", "OTP-DT", "TRI-OTP", "DSTC-MAIN"])
    pump = "PUMP-%d" % R.randint(1, 6)
    lot = "MTH%s-%s" % (d.strftime("%y"), digits(4))
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            row = [ts_iso_off(d), "INVENTORY_RECON", clinic, "", "", "", "methadone", "start_ml=%.1f" % (R.random() * 5000),
                   "end_ml=%.1f" % (R.random() * 3000), "variance_ml=%.1f" % (R.random() * 0.4), "pharm_svc", pump, "lot " + lot, "ndc " + ndc()]
        elif v == 1:
            row = [ts_iso_off(d), "PUMP_CALIBRATION", clinic, "", "", "", "", "", "", "", clinician(), pump, "fw %s" % semver(),
                   "drift=%.2fml" % (R.random() * 0.1)]
        elif v == 2:
            row = [ts_iso_off(d), "DAILY_CLOSE", clinic, "", "", "", "", "doses=%d" % R.randint(40, 600), "take_homes=%d" % R.randint(0, 120),
                   "guest_doses=%d" % R.randint(0, 8), staff_user(), "", "cpt " + pick(CPT), "batch %s" % build_no()]
        else:
            row = [ts_iso_off(d), "STOCK_RECEIVED", clinic, "", "", "", pick(PRODUCTS), "qty=%d" % R.randint(1, 40), order_no(),
                   "", pick(VENDORS).split(",")[0], "", "lot " + lot, "exp %d-%02d" % (R.randint(2025, 2027), R.randint(1, 12))]
        return ",".join(csvq(x) for x in row)
    f, l = person()
    ev = pick(["DOSE_DISPENSED", "DOSE_DISPENSED", "TAKE_HOME_ISSUED", "ID_VERIFIED", "GUEST_DOSE", "IMPLANT_INSERTED", "MISSED_DOSE"])
    name = P(full_name(f, l, pick(["lf", "lf", "fl", "LF"])), "name")
    row = [ts_iso_off(d), ev, clinic, name, P(mrn(), "mrn") if chance(0.85) else "",
           P(fmt_date(rdate(1940, 2005), pick(["us", "iso", "us_np"])), "date") if chance(0.7) else ""]
    med = pick(["methadone", "buprenorphine", "bup/nx", "Methadose", "naltrexone"])
    if ev in ("DOSE_DISPENSED", "GUEST_DOSE", "MISSED_DOSE"):
        row += [med, "%d mg" % pick([8, 12, 16, 24, 40, 60, 85, 90, 110, 120]) if ev != "MISSED_DOSE" else "0 mg",
                "take_home=%d" % R.randint(0, 6), "", clinician(), pump]
    elif ev == "TAKE_HOME_ISSUED":
        row += [med, "%d bottles" % R.randint(1, 13), "return_by", P(fmt_date(near_date(0, 14), pick(["us", "iso"])), "date"), clinician(), pump]
    elif ev == "ID_VERIFIED":
        if chance(0.6):
            st, dl = dl_number()
            row += ["", "", "id_type=DL %s" % st, P(dl, "license"), staff_user(), ""]
        else:
            k, val = other_id()
            row += ["", "", "id_type=%s" % k, P(val, "other_id"), staff_user(), ""]
    else:
        row += ["buprenorphine ER", "300 mg", "implant_sn", P(pick([device_serial(), udi()]), "device"), clinician(), ""]
    if ev == "GUEST_DOSE":
        c, pp = passport()
        row += ["home_clinic=%s" % pick(["Bay Area Addiction Research", "Cedar OTP Tucson", "Manila OTP"]), "passport %s" % c, P(pp, "other_id")]
    elif chance(0.4):
        row += ["next_visit", P(fmt_date(near_date(0, 28), pick(["us", "iso", "dmon"])), "date")]
    else:
        row += ["lot " + lot]
    out = []
    for i, x in enumerate(row):
        if i:
            out.append(",")
        out.append(csvq(x))
    return out


def xesc_ok(s):
    assert not any(c in s for c in "<>&\""), s
    return s


def f_pdmp_xml(phi):
    d = tick()
    head = "%s pdmp-gw[%d]: %s " % (ts_iso_z(d), R.randint(100, 9999), pick(["INFO", "WARN", "NOTICE"]))
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            x = '<PdmpQueryStats window="PT1H" queries="%d" hits="%d" p95_ms="%d" interstate="%s" hub="RxCheck" node="%s"/>' % (
                R.randint(100, 5000), R.randint(50, 4000), R.randint(80, 4000), ",".join(R.sample(list(STATE_NAMES), 3)), pick(HOSTS))
        elif v == 1:
            x = '<PdmpHealth cert_not_after="%s" status="OK" tls="1.3" build="%s" uptime="%s" port="%d"/>' % (
                rdate(2024, 2026).isoformat(), build_no(), dur(), pick([443, 8443, 9443]))
        elif v == 2:
            x = '<PdmpAlertRuleUpdate rule="%s" threshold="%d" version="%s" updated_by="%s"><Note>MME threshold aligned with CDC 2022 guideline</Note></PdmpAlertRuleUpdate>' % (
                pick(["MME_GT_90", "MULTI_PRESCRIBER_4_90D", "BENZO_OPIOID_OVERLAP", "MULTI_PHARMACY_4_90D"]), pick([90, 4, 50, 120]), semver(), svc_account())
        else:
            x = '<PdmpBatch id="B-%s" records="%d" sha256="%s" prescriber_npi="%s"><Drug ndc="%s">%s</Drug></PdmpBatch>' % (
                digits(8), R.randint(1, 9000), sha256(), npi(), ndc(), pick(PRODUCTS))
        return head + x
    f, l = person()
    pl = place()
    presc_first, presc_last = person()
    while presc_first == f or presc_last == l:
        presc_first, presc_last = person()
    parts = [head, '<PdmpAlert id="A-%s" rule="%s" score="%d">' % (digits(9), pick(["MULTI_PRESCRIBER", "MME_GT_90", "BENZO_OPIOID_OVERLAP", "EARLY_REFILL"]), R.randint(100, 999)), "<Patient>"]
    if chance(0.5):
        parts += ["<Name>", P(xesc_ok(full_name(f, l, pick(["lf", "LF", "fl"]))), "name"), "</Name>"]
    else:
        parts += ["<Name><First>", P(f, "name"), "</First><Last>", P(l, "name"), "</Last></Name>"]
    parts += ["<DOB>", P(fmt_date(rdate(1932, 2004), pick(["iso", "compact", "us"])), "date"), "</DOB>"]
    if chance(0.5):
        parts += ["<Address><Street>", P(street(), "address"), "</Street><City>", P(pl[0], "address"), "</City><State>", pl[2],
                  "</State><Zip>", P(zipcode(pl), "zip"), "</Zip></Address>"]
    if chance(0.4):
        st, dl = dl_number(pl[2])
        parts += ['<ID type="DL" state="%s">' % st, P(dl, "license"), "</ID>"]
    if chance(0.25):
        parts += ['<Payment type="MEDICAID" memberId="', P(health_plan_id(), "health_plan"), '"/>']
    parts += ["</Patient>"]
    parts += ['<Rx ndc="%s" drug="%s" qty="%d" days="%d" filled="' % (ndc(), pick(PRODUCTS), R.randint(7, 120), pick([7, 14, 28, 30])),
              P(fmt_date(near_date(30, 0), "iso"), "date"), '"/>']
    parts += ['<Prescriber npi="%s" dea="' % npi(), P(dea_number(ascii_fold(presc_last)[0].upper()), "license"),
              '">Dr. %s %s</Prescriber>' % (presc_first, presc_last)]
    parts += ['<Pharmacy ncpdp="%s" name="%s"/>' % (digits(7), pick(["Walgreens #%d" % R.randint(1000, 19999), "CVS Pharmacy #%d" % R.randint(1000, 9999), "Fred Meyer Pharmacy"]))]
    parts += ["</PdmpAlert>"]
    return parts


def hl7sep():
    return pick(["\\r", "\\r", "\\r", "<CR>", " "])


def f_bedboard_hl7(phi):
    d = tick()
    sep = hl7sep()
    ctl = "MSG%s" % digits(8)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return "MSH|^~\\&|ADTRCV|RBH|BEDBOARD|RBH-PSY|%s||ACK^A01^ACK|ACK%s|P|2.5.1%sMSA|AA|%s|%s" % (
                ts_hl7(d), digits(8), sep, ctl, pick(["", "message accepted"]))
        if v == 1:
            return "%s bedboard[%d] unit=%s bed=%d-%s status=%s evs_ticket=EVS-%s eta_min=%d updated_by=%s" % (
                ts_space(d), R.randint(100, 9999), pick(["PSY-3", "PSY-ADOL", "CSU-1", "GERO-PSY", "DETOX-2"]), R.randint(100, 460), pick("ABCD"),
                pick(["CLEANING", "BLOCKED", "AVAILABLE", "MAINTENANCE"]), digits(5), R.randint(5, 120), svc_account())
        return "%s bedboard[%d] CENSUS unit=%s occupied=%d/%d blocked=%d avail=%d adolescent=%d avg_los_days=%.1f holds_active=%d" % (
            ts_space(d), R.randint(100, 9999), pick(["PSY-3", "PSY-ADOL", "CSU-1", "GERO-PSY"]), R.randint(5, 20), 20, R.randint(0, 3), R.randint(0, 6),
            R.randint(0, 4), R.random() * 14, R.randint(0, 9))
    f, l = person()
    pl = place()
    mi = pick(["", "", pick(string.ascii_uppercase)])
    hl7name = ascii_fold(l).upper() + "^" + ascii_fold(f).upper() + ("^" + mi if mi else "")
    ev = pick(["A01", "A02", "A03", "A08"])
    segs = [["MSH|^~\\&|BEDBOARD|RBH-PSY|ADTRCV|RBH|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (ts_hl7(d), ev, ctl)],
            ["EVN|%s|%s" % (ev, ts_hl7(d))]]
    zps_age = R.randint(90, 101) if chance(0.3) else None
    dob = dob_for_age(zps_age) if zps_age else rdate(1935, 2008)
    pid = ["PID|1||", P(mrn(), "mrn"), "^^^RBH^MR||", P(hl7name, "name"), "||", P(fmt_date(dob, "compact"), "date"), "|", pick("MFU"), "|||"]
    if chance(0.7):
        pid += [P(street().upper(), "address"), "^^", P(pl[0].upper(), "address"), "^", pl[2], "^", P(zipcode(pl, False), "zip"), "^USA"]
    pid += ["||"]
    if chance(0.7):
        pid += [P(phone(pl, pick(["paren", "plain"])), "phone"), "^PRN^PH"]
        if chance(0.5):
            pid += ["~", P(phone(pl, "paren"), "fax"), "^PRN^FX"]
    pid += ["|||||"]
    if chance(0.6):
        pid += [P(account_no(), "account"), "^^^RBH^AN"]
    pid += ["|"]
    if chance(0.5):
        pid += [P(ssn(pick(["dash", "plain"])), "ssn")]
    segs.append(pid)
    att_f, att_l = person()
    pv1 = ["PV1|1|I|%s^%d^%s^RBH||||%s^%s^%s^^^Dr|||PSY||||%s|||||" % (pick(["PSY3", "PSYADOL", "CSU1", "GEROPSY"]), R.randint(100, 460), pick("ABCD"),
                                                                       npi(), ascii_fold(att_l).upper(), ascii_fold(att_f).upper(), pick(["1", "7", "2"])),
           "V%s" % digits(8) if chance(0.5) else ""]
    if ev in ("A01", "A03") and chance(0.6):
        pv1 += ["|||||||||||||||||||||||", P(fmt_date(near_date(14, 0), "compact") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")]
    segs.append(pv1)
    if chance(0.5):
        nf, nl = person()
        segs.append(["NK1|1|", P(ascii_fold(nl).upper() + "^" + ascii_fold(nf).upper(), "name"), "|", pick(["MTH^Mother", "FTH^Father", "SPO^Spouse", "SIS^Sister", "GRD^Guardian"]),
                     "||", P(phone(pl, "paren"), "phone")])
    if chance(0.5):
        segs.append(["IN1|1|%s|%s|%s|||||||||||" % (pick(["MCD01", "MCR02", "COM07"]), digits(5), pick(["OREGON HEALTH PLAN", "MEDICARE PART B", "BLUE RIDGE HEALTH PLAN", "AHCCCS"])),
                     P(hl7name, "name"), "|SEL|||||||||||||||||||", P(health_plan_id(), "health_plan")])
    if zps_age:
        segs.append(["ZPS|HOLD^%s|AGE^" % pick(["5150", "M1", "PEC", "ECO"]), age_part(age=zps_age), "|LEGAL^INVOLUNTARY"])
    out = []
    for i, sgm in enumerate(segs):
        if i:
            out.append(sep)
        out.append(sgm)
    return out


def f_hold_tracker(phi):
    d = tick()
    head = "%s %-5s [HoldTracker-worker-%d] c.r.holds.%s - " % (ts_space(d), pick(["INFO", "INFO", "WARN"]), R.randint(1, 8),
                                                              pick(["HoldService", "HearingScheduler", "AttachmentStore", "DojNotifier"]))
    hid = "H-%s-%s" % (d.strftime("%y"), digits(5))
    if not phi:
        v = R.randint(0, 4)
        if v == 0:
            m = "nightly expiry sweep: %d holds checked, %d expiring <6h, 0 overdue, took %dms" % (R.randint(5, 80), R.randint(0, 5), R.randint(30, 3000))
        elif v == 1:
            rev = R.randint(1, 4)
            m = "Form WIC-5150 template v2023.%d loaded from /opt/holds/templates/5150_v2023_%d.pdf (sha256=%s)" % (rev, rev, sha256())
        elif v == 2:
            m = "Hold %s status INITIATED -> %s by %s (row_id=%d, age_at_hold=%d, county_code=%s)" % (
                hid, pick(["CERTIFIED_5250", "RELEASED", "CONVERTED_VOLUNTARY"]), svc_account(), R.randint(10000, 999999), small_age(), pick(["01", "19", "37"]))
        elif v == 3:
            m = "DOJ firearm-prohibition batch %s submitted: %d records, ack=ACK-%s, elapsed %s" % (d.strftime("%Y%m%d"), R.randint(0, 30), digits(9), dur())
        else:
            org = pick(ORGS)
            m = "Facility registry refreshed: %s, %s, %s, %s %s (designated 5150 facility, beds=%d, phone %s)" % (org[0], org[1], org[2], org[3], org[4], R.randint(8, 60), org[5])
        return head + m
    f, l = person()
    pl = place()
    v = R.randint(0, 5)
    nm = P(full_name(f, l), "name")
    if v == 0:
        return [head, "5150 initiated for ", nm, " (DOB ", P(fmt_date(rdate(1930, 2008), pick(["us", "us_np", "iso"])), "date"), ") by Officer #", digits(4),
                ", ", pick(["OPD", "PPB", "APD", "Sheriff"]), "; hold_start=", P(fmt_date(near_date(3, 0), "us"), "date"), " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                "; facility=", pick(ORGS)[0], "; hold=", hid]
    if v == 1:
        return [head, "5250 certification hearing scheduled ", P(fmt_date(near_date(0, 10), pick(["us", "long", "iso"])), "date"), " for patient ", nm,
                " MRN ", P(mrn(), "mrn"), ", public defender notified (hold ", hid, ")"]
    if v == 2:
        parts = [head, "Pt ", nm, ", ", age_part(), " y/o, transported from ", P(street(), "address"), ", ", P(pl[0], "address"), " ", pl[2]]
        if chance(0.7):
            parts += [" ", P(zipcode(pl), "zip")]
        parts += [" by AMR unit ", str(R.randint(100, 2999)), " hold=", hid]
        if chance(0.5):
            parts += ["; pt vehicle left at scene, plate ", P(plate(pl[2]), "vehicle")]
        return parts
    if v == 3:
        return [head, "Attachment stored for hold ", hid, ": subject photo ", P(photo_ref(digits(6), json_safe=False, kind="hold"), "photo"),
                " (sha256=", sha256(), ", ", str(R.randint(40, 900)), " KB) subject=", nm]
    if v == 4:
        cf, cl = person()
        return [head, "Advisement of rights given to ", nm, "; copy mailed to conservator ", P(full_name(cf, cl, "fl"), "name"), " at ",
                P(street(), "address"), ", ", P(pl[0], "address"), ", ", STATE_NAMES[pl[2]], " ", P(zipcode(pl), "zip")]
    st, dl = dl_number(pick(["CA", "CA", pl[2]]))
    parts = [head, "Firearm relinquishment (WIC 8103) notice queued to DOJ for ", nm, ", ", st, " DL ", P(dl, "license")]
    if chance(0.4):
        parts += ["; SSN ", P(ssn(), "ssn")]
    return parts + [", hold=", hid]


def pyrepr_list(items):
    """Python-list repr of names, as parts (labels exclude the quotes)."""
    out = ["["]
    for i, it in enumerate(items):
        if i:
            out.append(", ")
        q = '"' if "'" in it.v else "'"
        out += [q, it, q]
    out.append("]")
    return out


def f_group_roster(phi):
    d = tick()
    grp = pick(["IOP-Evening-B", "IOP-Morning-A", "DBT-Skills-2", "Seeking-Safety-W", "MAT-Support-Thu", "Relapse-Prev-3", "Women-in-Recovery", "Vets-Peer-Circle"])
    head = "%s:roster.sync:%s group=%s " % (pick(["INFO", "INFO", "WARNING"]), d.strftime("%Y-%m-%d %H:%M:%S"), grp)
    fac = clinician()
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return head + 'room=B-%d capacity=%d enrolled=%d next_session_in=%dd%dh facilitator="%s" curriculum="Matrix Model wk %d" billing_code=%s' % (
                R.randint(100, 420), 12, R.randint(3, 12), R.randint(0, 6), R.randint(0, 23), fac, R.randint(1, 16), pick(CPT))
        if v == 1:
            return head + "roster sync complete: groups=%d attendees=%d absences=%d duration=%s source=BrightPath EHR %s cursor=%s" % (
                R.randint(3, 30), R.randint(20, 300), R.randint(0, 40), dur(), semver(), uuid4())
        return head + 'session cancelled reason="facilitator out sick" facilitator="%s" notify_job=%s recipients=%d template=group_cancel_sms_v%d' % (
            fac, order_no(), R.randint(3, 14), R.randint(1, 5))
    att = [P(full_name(style=pick(["fl", "fl", "lf"])), "name") for _ in range(R.randint(2, 6))]
    parts = [head, 'facilitator="%s" ' % fac, pick(["session_date", "svc_dt", "date_of_service"]), "=", P(fmt_date(near_date(6, 0), pick(["iso", "us"])), "date"),
             " attendees="] + pyrepr_list(att)
    if chance(0.6):
        parts += [" absent="] + pyrepr_list([P(full_name(style="fl"), "name") for _ in range(R.randint(1, 2))])
    if chance(0.3):
        parts += [' note="late arrival: ', P("%s %s" % person(), "name"), ' (', pick(["court paperwork", "bus", "childcare"]), ')"']
    if chance(0.25):
        parts += [" outreach_phone=", P(phone(), "phone")]
    parts += [" cpt=", pick(CPT), " units=", str(R.randint(1, 4))]
    return parts


def kv_join(pairs, sep="; "):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out += [k, "=", v]
    return out


def f_eap_referral(phi):
    d = tick()
    es = chance(0.4)
    head = "[EAP] %s %s " % (d.strftime("%Y-%m-%d %H:%M:%S"), pick(["INFO", "AUDIT", "INFO"]))
    ref = "EAP-%s-%s" % (d.strftime("%y"), digits(5))
    employer = pick(["Acme Logistics", "Northwind Foods", "Cascade Timber Co", "Sonoran Solar LLC", "Mid-Ohio Transit Authority", "Blue Ridge Health Plan"])
    if not phi:
        dom = employer.split()[0].lower()
        pairs = [("ref_id", ref), ("employer", employer), ("employer_contact", "hr-benefits@%s.com" % dom),
                 ("sessions_authorized", str(pick([3, 5, 6, 8]))), ("contract", "EAP-CTR-%d-%03d" % (d.year, R.randint(1, 200))),
                 ("rate", "$%d.00" % R.randint(60, 140)), ("network_vendor", pick(VENDORS)), ("tat_hours", str(R.randint(1, 72)))]
        if es:
            pairs = [("id_ref", ref), ("empleador", employer), ("contacto_rrhh", "rrhh@%s.com" % dom), ("sesiones_autorizadas", str(R.randint(3, 8))),
                     ("contrato", "EAP-CTR-%d-%03d" % (d.year, R.randint(1, 200))), ("consejero_asignado", clinician())]
        return [head] + kv_join(pairs, pick(["; ", " | "]))
    f, l = person()
    pl = place()
    if es:
        K = {"name": pick(["empleado", "nombre_empleado", "nombreCompleto"]), "emp": pick(["num_empleado", "no_empleado"]), "cell": pick(["tel_movil", "celular"]),
             "email": pick(["correo", "correo_personal"]), "fax": "fax_casa", "addr": pick(["direccion", "domicilio"]), "city": "ciudad", "zip": "cp",
             "dob": "fecha_nacimiento", "spouse": pick(["conyuge", "familiar"]), "reason": "motivo", "counselor": "consejero", "date_style": "eu"}
    else:
        K = {"name": pick(["employee_name", "ee_name", "clientName", "referred_employee"]), "emp": pick(["emp_id", "employee_no", "badge_no"]),
             "cell": pick(["cell", "mobile_ph", "contact_phone"]), "email": pick(["personal_email", "ee_email", "home_email"]), "fax": pick(["home_fax", "fax_no"]),
             "addr": pick(["home_addr", "street_address"]), "city": "city", "zip": pick(["zip", "postal_code"]), "dob": pick(["dob", "ee_dob"]),
             "spouse": pick(["dependent_name", "spouse_name"]), "reason": "reason", "counselor": "counselor", "date_style": None}
    pairs = [("ref_id", ref), (K["name"], P(full_name(f, l, pick(["fl", "lf"])), "name"))]
    if chance(0.65):
        pairs.append((K["emp"], P("E" + digits(6) if chance(0.6) else digits(7), "other_id")))
    pairs.append(("employer" if not es else "empleador", employer))
    if chance(0.6):
        pairs.append((K["cell"], P(phone(pl), "phone")))
    if chance(0.4):
        pairs.append((K["email"], P(email(f, l), "email")))
    if chance(0.45):
        pairs.append((K["fax"], P(phone(pl, pick(["paren", "dash"])), "fax")))
    if chance(0.4):
        pairs += [(K["addr"], P(street(), "address")), (K["city"], P(pl[0], "address")), ("state" if not es else "estado", pl[2]), (K["zip"], P(zipcode(pl), "zip"))]
    if chance(0.4):
        pairs.append((K["dob"], P(fmt_date(rdate(1958, 2003), K["date_style"]), "date")))
    if chance(0.3):
        pairs.append((K["spouse"], P(full_name(), "name")))
    pairs.append((K["reason"], pick(["alcohol use - supervisor referral", "post-incident drug test positive", "anxiety, sleep", "uso de alcohol", "duelo", "gambling"])))
    pairs.append((K["counselor"], clinician()))
    return [head] + kv_join(pairs, pick(["; ", " | "]))


def f_court_fhir(phi):
    d = tick()
    meta = {"lastUpdated": ts_iso_off(d), "versionId": str(R.randint(1, 30))}
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            o = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-0%d-01" % R.randint(1, 6), "fhirVersion": "4.0.1",
                 "software": {"name": "court-rpt-exporter", "version": semver()}, "implementation": {"url": "https://fhir-exp-2.court-rpt.int:8443/fhir"}}
        elif v == 1:
            o = {"resourceType": "Bundle", "type": "batch-response", "total": 0, "meta": meta,
                 "entry": [{"response": {"status": "201 Created", "etag": 'W/%d' % R.randint(1, 9), "lastModified": ts_iso_z(d)}}]}
        elif v == 2:
            o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                               "diagnostics": "Consent check failed: 42 CFR 2.35 court order missing (ref=%s, trace=%s)" % (order_no(), trace_id())}]}
        else:
            o = {"resourceType": "AuditEvent", "type": {"code": "rest"}, "recorded": ts_iso_z(d), "agent": [{"who": {"display": svc_account()},
                 "network": {"address": private_ipv4(), "type": "2"}}], "source": {"observer": {"display": pick(HOSTS)}}, "outcome": "0"}
        return Jx(o)
    f, l = person()
    pl = place()
    v = R.randint(0, 2)
    if v == 0:
        ids = [{"system": "urn:oid:2.16.840.1.113883.3.%d" % R.randint(1000, 9999), "type": {"text": "MR"}, "value": P(mrn(), "mrn")}]
        if chance(0.5):
            ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn("dash"), "ssn")})
        if chance(0.4):
            st, dl = dl_number(pl[2])
            ids.append({"system": "urn:us:dl:%s" % st.lower(), "type": {"text": "DL"}, "value": P(dl, "license")})
        if chance(0.55):
            k, val = other_id()
            ids.append({"system": "urn:court:%s" % k, "value": P(val, "other_id")})
        o = {"resourceType": "Patient", "id": str(R.randint(10000, 999999)), "meta": meta, "identifier": ids}
        if chance(0.5):
            o["name"] = [{"use": "official", "family": P(l, "name"), "given": [P(f, "name")]}]
        else:
            o["name"] = [{"text": P(full_name(f, l, "fl"), "name")}]
        o["birthDate"] = P(fmt_date(rdate(1930, 2006), "iso"), "date")
        if chance(0.6):
            o["address"] = [{"line": [P(street(), "address")], "city": P(pl[0], "address"), "district": P(pl[1] + " County", "address"),
                             "state": pl[2], "postalCode": P(zipcode(pl), "zip")}]
        tel = []
        if chance(0.5):
            tel.append({"system": "phone", "value": P(phone(pl), "phone"), "use": "mobile"})
        if chance(0.45):
            tel.append({"system": "fax", "value": P(phone(pl), "fax"), "use": "home"})
        if chance(0.4):
            tel.append({"system": "email", "value": P(email(f, l), "email")})
        if tel:
            o["telecom"] = tel
        if chance(0.4):
            o["photo"] = [{"contentType": "image/jpeg", "data": P(photo_b64(), "photo")}]
        return Jx(o)
    if v == 1:
        o = {"resourceType": "Task", "status": pick(["completed", "in-progress"]), "code": {"text": "Court-ordered treatment compliance report"},
             "for": {"reference": "Patient/%d" % R.randint(10000, 999999), "display": P(full_name(f, l), "name")},
             "description": S("Monthly compliance for ", P(full_name(f, l, "fl"), "name"), ": attended ", str(R.randint(2, 12)), "/", str(12),
                              " sessions, UDS negative x", str(R.randint(1, 4)), ", next hearing ", P(fmt_date(near_date(0, 45), pick(["us", "long"])), "date")),
             "owner": {"display": clinician()}, "authoredOn": ts_iso_off(d)}
        return Jx(o)
    dev = pick(["alcohol monitoring bracelet", "ignition interlock", "GPS ankle monitor"])
    o = {"resourceType": "Device", "deviceName": [{"name": dev, "type": "user-friendly-name"}],
         "serialNumber": P(device_serial() if chance(0.7) else udi(), "device"), "patient": {"display": P(full_name(f, l, pick(["fl", "lf"])), "name")}}
    if dev == "ignition interlock":
        o["note"] = [{"text": S("installed in ", pick(["2016 Honda Civic", "2019 Ford F-150", "2012 Toyota Corolla"]), " VIN ", P(vin(), "vehicle"),
                                ", plate ", P(plate(pl[2]), "vehicle"))}]
    else:
        o["note"] = [{"text": "fitted per court order; vendor %s" % pick(VENDORS).split(",")[0]}]
    return Jx(o)


def f_otp_kiosk(phi):
    d = tick()
    o = {"ts": ts_iso_z(d), "kiosk": "OTP-K%d" % R.randint(1, 9), "host": "otp-kiosk-%02d.tri.local" % R.randint(1, 12), "evt": None}
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            o.update({"evt": "BIO_MATCH_FAIL", "reason": pick(["LOW_QUALITY", "NO_FINGER", "TIMEOUT"]), "nfiq": R.randint(3, 5), "retries": R.randint(1, 3),
                      "sensor": "U.are.U 4500", "fw": semver(), "nonce": b64_noise(), "sig": jwt_like()})
        elif v == 1:
            o.update({"evt": "KIOSK_HEARTBEAT", "uptime_s": R.randint(100, 9000000), "disk_free_mb": R.randint(100, 90000), "queue_len": R.randint(0, 20),
                      "template_format": "ISO/IEC 19794-2:2005", "camera": "Logitech C920 fw 8.0.1020", "ip": private_ipv4()})
        else:
            o.update({"evt": "TEMPLATE_DB_SYNC", "added": R.randint(0, 40), "removed": R.randint(0, 10), "etag": '%s' % hexs(16), "checksum": b64_noise(32), "took": dur()})
        return Jx(o)
    f, l = person()
    o["evt"] = pick(["BIO_MATCH", "BIO_ENROLL", "PHOTO_CAPTURE", "BIO_MATCH"])
    pt = {pick(["name", "ptName", "patient"]): P(full_name(f, l, pick(["fl", "lf"])), "name")}
    if chance(0.7):
        pt[pick(["mrn", "chartNo", "client_mrn"])] = P(mrn(), "mrn")
    o["pt"] = pt
    if o["evt"] != "PHOTO_CAPTURE" or chance(0.3):
        o["template_format"] = pick(["ISO/IEC 19794-2:2005", "ANSI-378", "vendor-palm-v2"])
        o[pick(["fp_template", "fpTemplate", "minutiae_b64", "palmVeinTpl", "bio_tmpl"])] = P(bio_template(), "biometric")
        o["match_score"] = round(0.5 + R.random() * 0.5, 3)
    if o["evt"] == "PHOTO_CAPTURE" or chance(0.25):
        o[pick(["capture_jpeg", "face_img_b64", "photo", "snapshot"])] = P(photo_b64(), "photo")
    o["dose_queue_pos"] = R.randint(1, 30)
    return Jx(o)


def cef_esc(s):
    return s.replace("\\", "\\\\").replace("=", "\\=")


def f_part2_cef(phi):
    d = tick()
    hdr = "%s %s CEF:0|BrightPath|BH-EHR|8.4.%d|%s|%s|%d|" % (ts_bsd(d), pick(["siem-fwd-01", "bh-ehr-app3"]), R.randint(0, 9), "%s", "%s", R.randint(1, 9))
    rt = "rt=%s %d %d %s" % (MONTHS[d.month - 1], d.day, d.year, d.strftime("%H:%M:%S"))
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return hdr % ("AUTH_SUCCESS", "User login") + "%s suser=%s src=%s spt=%d dhost=%s outcome=success cs1Label=mfa cs1=%s" % (
                rt, staff_user(), private_ipv4(), R.randint(1024, 65535), pick(HOSTS), pick(["duo-push", "totp", "smartcard"]))
        if v == 1:
            return hdr % ("SVC_TOKEN_ROTATED", "Service credential rotated") + "%s suser=%s dhost=%s cs1Label=kid cs1=%s cs2Label=notAfter cs2=%s" % (
                rt, svc_account(), pick(HOSTS), hexs(16), rdate(2024, 2025).isoformat())
        return hdr % ("REPORT_RUN", "Part 2 disclosure report") + "%s suser=%s cnt=%d fname=/reports/p2_disclosures_%s.pdf fsize=%d msg=report contains aggregate counts only" % (
            rt, staff_user(), R.randint(0, 900), d.strftime("%Y%m"), R.randint(10000, 9000000))
    f, l = person()
    v = R.randint(0, 2)
    if v == 0:
        parts = [hdr % ("PART2_ACCESS", "Part 2 record accessed"), rt, " suser=", staff_user(), " src=", private_ipv4(),
                 " cs1Label=patientName cs1=", P(full_name(f, l), "name"), " cs2Label=MRN cs2=", P(mrn(), "mrn"), " act=",
                 pick(["VIEW", "PRINT", "EXPORT"]), " msg=Break-the-glass reason: ", pick(["emergency", "ED overdose", "continuity of care"])]
    elif v == 1:
        parts = [hdr % ("PORTAL_LOGIN", "Patient portal login"), rt, " suser=", P(email(f, l), "email"), " src=", P(public_ip(), "ip"),
                 " requestClientApplication=", pick(["MyRecovery iOS 3.2", "Chrome 125"]), " outcome=", pick(["success", "failure"])]
    else:
        parts = [hdr % ("PART2_DISCLOSE", "Disclosure logged"), rt, " suser=", staff_user(), " duser=", pick(["Multnomah County Drug Court", "Probation"]),
                 " cs1Label=client cs1=", P(full_name(f, l, "lf"), "name"), " cs3Label=dob cs3=", P(fmt_date(rdate(1950, 2005), "us"), "date")]
        if chance(0.4):
            parts += [" cs4Label=acct cs4=", P(account_no(), "account")]
    return parts


def f_app_exception(phi):
    d = tick()
    lvl = pick(["ERROR", "ERROR", "WARN"])
    svc = pick(["eligibility-worker", "billing-svc", "pdmp-client", "intake-api", "holds-sync", "otp-dispense"])
    head = "%s %s [%s] " % (ts_iso_z(d), lvl, svc)
    if not phi:
        v = R.randint(0, 4)
        if v == 0:
            return head + "TimeoutError: upstream pdmp-gw-02.int:8443 timed out after %dms (attempt %d/5, trace=%s)" % (R.randint(1000, 30000), R.randint(1, 5), trace_id())
        if v == 1:
            return head + 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "dose_log_pkey" DETAIL: Key (id)=(%d) already exists.' % R.randint(100000, 9999999)
        if v == 2:
            return head + "ssl: certificate for %s expires %s (in %d days) serial=%s" % (pick(HOSTS), rdate(2024, 2025).isoformat(), R.randint(1, 200), hexs(20, True))
        if v == 3:
            return head + "KeyError: 'member_id' in eligibility_response (payer=%s, batch=%s, http=%d, took=%s)" % (pick(["OHP", "AHCCCS", "MCR"]), order_no(), pick([200, 206]), dur())
        return head + "java.lang.OutOfMemoryError: Java heap space at c.b.hl7.Parser.parse(Parser.java:%d) heap=%dMB pid=%d build=%s" % (R.randint(10, 999), R.randint(512, 8192), R.randint(1000, 99999), build_no())
    f, l = person()
    v = R.randint(0, 8)
    if v == 6:
        return [head, "InterlockSyncError: device ", P(device_serial(), "device"), " reported BAC violation but VIN ", P(vin(), "vehicle"),
                " is not linked to participant ", P(full_name(f, l), "name"), " (court program ", pick(["DUI-TRK-2", "DWI-COURT", "SOBER-24"]), ")"]
    if v == 7:
        c, pp = passport()
        return [head, "MrzParseError: checksum mismatch on ", c, " passport ", P(pp, "other_id"), " scanned at intake for ", P(full_name(f, l, "fl"), "name"),
                "; retry ", str(R.randint(1, 3)), "/3"]
    if v == 8:
        return [head, "RuleEngineWarning: geriatric dosing rule GERI-", digits(2), " fired for ", P(full_name(f, l), "name"), " age=", P(str(R.randint(90, 101)), "age"),
                " dose=", str(pick([20, 30, 40])), "mg"]
    if v == 0:
        return [head, "ValueError: invalid MBI '", P(mbi(), "health_plan"), "' for beneficiary '", P(full_name(f, l, "LF"), "name"), "' (row ", str(R.randint(1, 9999)), ")"]
    if v == 1:
        return [head, "PDMP lookup failed for last_name=", P(l, "name"), " dob=", P(fmt_date(rdate(1940, 2005), "iso"), "date"), ": HTTP 504 after 30000ms"]
    if v == 2:
        return [head, "CardDeclinedException: card ", P(card_number(), "account"), " for guarantor ", P(full_name(), "name"), " acct=", P(account_no(), "account"), ": DO_NOT_HONOR"]
    if v == 3:
        return [head, 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_ssn_key" DETAIL: Key (ssn)=(', P(ssn("dash"), "ssn"), ") already exists."]
    if v == 4:
        pl = place()
        return [head, "ValidationError: home_zip '", P(zipcode(pl), "zip"), "' does not match city '", P(pl[0], "address"), "' for client ", P(full_name(f, l), "name"),
                " (MRN ", P(mrn(), "mrn"), ")"]
    return [head, "ACH return R03 for self-pay patient ", P(full_name(f, l), "name"), ": routing 0", digits(8), " account ", P(bank_account(), "account"), " (batch ", order_no(), ")"]


ORG_SMS = ["+15034137700", "+18883137700", "+16022649900", "741741", "+13045223300"]


def f_peer_sms(phi):
    d = tick()
    sid = "SM" + hexs(32)
    ts = ts_iso_off(d)
    if not phi:
        v = R.randint(0, 2)
        head = "%s sms-gw %s " % (ts, ["sms.out", "sms.dlr", "sms.in"][v])
        if v == 0:
            return head + 'id=%s to=<masked> from=%s template=group_reminder status=queued segments=1 body="Reminder: %s meets tonight at 6pm, Room B-%d. Questions? Call %s"' % (
                sid, pick(ORG_SMS), pick(["IOP Evening", "Seeking Safety", "MAT Support"]), R.randint(100, 420), pick(ORGS)[5])
        if v == 1:
            return head + "id=%s status=undelivered err=%d carrier=%s retry_in=%ds account=%s" % (sid, pick([30003, 30005, 30006, 30007]),
                                                                                                pick(["T-Mobile USA", "Verizon", "AT&T"]), R.randint(30, 900), "AC" + hexs(32))
        return head + 'id=%s from=<masked> to=988 status=received body="STOP" keyword=STOP optout_list=updated count=%d' % (sid, R.randint(1, 999))
    f, l = person()
    coach = pick(FIRST)
    while coach == f:
        coach = pick(FIRST)
    if chance(0.6):
        head = "%s sms-gw sms.out " % ts
        return [head, "id=", sid, " to=", P(phone(None, "e164"), "phone"), " from=", pick(ORG_SMS), " template=checkin_daily status=delivered body=\"Hi ",
                P(f, "name"), ", this is ", coach, " (peer coach) at ", pick(ORGS)[0], ". How are you holding up today? Reply 1-5\""]
    head = "%s sms-gw sms.in " % ts
    parts = [head, "id=", sid, " from=", P(phone(None, pick(["e164", "e164", "plain"])), "phone"), " to=", pick(ORG_SMS), ' body="this is ', P("%s %s" % (f, l), "name")]
    w = R.randint(0, 3)
    if w == 3:
        parts += [", no email at home, can u fax the ROI form to my home fax ", P(phone(None, pick(["dash", "paren", "plain"])), "fax"), " thx\""]
    elif w == 0:
        parts += [", I lost my take-home bottle, my new number is ", P(phone(None, pick(["dash", "dot", "paren"])), "phone"), '"']
    elif w == 1:
        parts += [", moved to ", P(street(), "address"), ", pls update my file\""]
    else:
        parts += [" can you email my attendance letter to ", P(email(f, l), "email"), ' for my PO"']
    return parts


def f_billing_x12(phi):
    d = tick()
    icn = digits(9)
    isa = "ISA*00*          *00*          *ZZ*CASCADIARS     *ZZ*OHPCLMS        *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), icn)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return isa + "TA1*%s*%s*%s*A*000~" % (icn, d.strftime("%y%m%d"), d.strftime("%H%M"))
        if v == 1:
            return isa + "GS*FA*OHPCLMS*CASCADIARS*%s*%s*%d*X*005010X231A1~ST*999*0001~AK1*HC*%d~IK5*A~AK9*A*1*1*1~SE*5*0001~" % (
                d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 9999), R.randint(1, 9999))
        return isa + "GS*HC*CASCADIARS*OHPCLMS*%s*%s*%d*X*005010X222A1~NM1*85*2*CASCADIA RECOVERY SERVICES*****XX*%s~N3*2200 NW HARBOR BLVD STE 300~N4*PORTLAND*OR*972091234~NM1*PR*2*OREGON HEALTH PLAN*****PI*OHP01~N3*500 SUMMER ST NE~N4*SALEM*OR*97301~" % (
            d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 9999), npi())
    f, l = person()
    pl = place()
    parts = [isa, "GS*HC*CASCADIARS*OHPCLMS*%s*%s*%d*X*005010X222A1~ST*837*%04d~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 9999), R.randint(1, 9999)),
             "NM1*85*2*CASCADIA RECOVERY SERVICES*****XX*%s~" % npi(),
             "NM1*IL*1*", P(ascii_fold(l).upper() + "*" + ascii_fold(f).upper(), "name"), "****MI*", P(health_plan_id(), "health_plan"), "~"]
    if chance(0.7):
        parts += ["N3*", P(street().upper(), "address"), "~N4*", P(pl[0].upper(), "address"), "*", pl[2], "*", P(zipcode(pl, False).replace("-", ""), "zip"), "~"]
    parts += ["DMG*D8*", P(fmt_date(rdate(1940, 2006), "compact"), "date"), "*", pick("MF"), "~"]
    parts += ["CLM*", P(account_no(), "account"), "*%d.00***57:B:1*Y*A*Y*Y~" % R.randint(40, 4000)]
    parts += ["HI*ABK:%s~" % pick(ICD).replace(".", "")]
    parts += ["SV1*HC:%s*%d.00*UN*%d***1~DTP*472*D8*" % (pick(CPT), R.randint(20, 400), R.randint(1, 30)), P(fmt_date(near_date(40, 0), "compact"), "date"), "~"]
    return parts


FAMILIES = [
    ("part2_consent_json", f_part2_consent, "json"),
    ("crisis988_syslog_rfc5424", f_crisis988_syslog, None),
    ("crisis_chat_logfmt", f_crisis_chat_logfmt, None),
    ("mobile_crisis_cad_pipe", f_mobile_cad, None),
    ("telepsych_nginx_access", f_telepsych_access, None),
    ("telepsych_session_json", f_telepsych_session, "json"),
    ("recovery_app_events_json", f_recovery_app, "json"),
    ("otp_dosing_csv", f_otp_dosing_csv, None),
    ("pdmp_alert_xml", f_pdmp_xml, "xml"),
    ("psych_bedboard_hl7v2", f_bedboard_hl7, None),
    ("involuntary_hold_java_log", f_hold_tracker, None),
    ("group_roster_pylog", f_group_roster, None),
    ("eap_referral_kv_bilingual", f_eap_referral, None),
    ("court_treatment_fhir_json", f_court_fhir, "json"),
    ("otp_biometric_kiosk_json", f_otp_kiosk, "json"),
    ("part2_audit_cef", f_part2_cef, None),
    ("app_exception_log", f_app_exception, None),
    ("peer_sms_gateway", f_peer_sms, None),
    ("billing_x12_837", f_billing_x12, None),
]


# ---------------------------------------------------------------------------
# generation + self-checks
# ---------------------------------------------------------------------------

def generate():
    global R
    R = random.Random(SEED)
    CLOCK[0] = dt.datetime(2024, 6, 3, 0, 4, 11)
    fam_seq = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    R.shuffle(fam_seq)
    neg = [True] * N_NEG + [False] * (N_LINES - N_NEG)
    R.shuffle(neg)
    records = []
    for i in range(N_LINES):
        name, fn, kind = fam_seq[i]
        while True:
            parts = fn(not neg[i])
            line, spans = build(parts)
            if neg[i] or spans:  # a PHI line whose optional fields all came out empty is redrawn
                break
        records.append({"family": name, "kind": kind, "line": line, "spans": spans, "neg": neg[i]})
    return records


def check(records):
    errors = []
    cat_count = Counter()
    neg_blob = b"\n".join(r["line"] for r in records if r["neg"])
    for n, r in enumerate(records, 1):
        line, spans = r["line"], r["spans"]
        where = "line %d (%s)" % (n, r["family"])
        if b"\n" in line or b"\r" in line:
            errors.append("%s: embedded newline" % where)
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append("%s: invalid utf-8" % where)
        if r["neg"] and spans:
            errors.append("%s: no-PHI line has spans" % where)
        if not r["neg"] and not spans:
            errors.append("%s: PHI line without spans" % where)
        prev_e = -1
        for sp in sorted(spans, key=lambda x: (x["s"], x["e"])):
            v = sp["v"]
            if line[sp["s"]:sp["e"]] != v.encode("utf-8"):
                errors.append("%s: span bytes mismatch %r" % (where, v))
            if v != v.strip() or not v:
                errors.append("%s: value has surrounding spaces %r" % (where, v))
            if sp["cat"] not in CATEGORIES:
                errors.append("%s: bad category %s" % (where, sp["cat"]))
            if sp["s"] < prev_e:
                errors.append("%s: overlapping spans at %d" % (where, sp["s"]))
            prev_e = sp["e"]
            cat_count[sp["cat"]] += 1
            # every copy of a labeled value inside the line must be labeled too
            vb = v.encode("utf-8")
            if len(vb) >= 5:
                pos = line.find(vb)
                while pos != -1:
                    if not any(o["s"] <= pos and pos + len(vb) <= o["e"] for o in spans):
                        errors.append("%s: unlabeled copy of %r at %d" % (where, v, pos))
                    pos = line.find(vb, pos + 1)
            # identifiers of patients must not leak into the no-PHI lines
            if sp["cat"] not in ("name", "address", "date", "age", "zip") and len(vb) >= 6 and vb in neg_blob:
                errors.append("%s: value %r also occurs in a no-PHI line" % (where, v))
        if r["kind"] == "json":
            try:
                json.loads(line.decode("utf-8"))
            except ValueError as e:
                errors.append("%s: invalid JSON: %s" % (where, e))
        elif r["kind"] == "xml":
            try:
                ET.fromstring(line[line.index(b"<"):].decode("utf-8"))
            except (ET.ParseError, ValueError) as e:
                errors.append("%s: invalid XML: %s" % (where, e))
    if len(records) != N_LINES:
        errors.append("expected %d lines, got %d" % (N_LINES, len(records)))
    n_neg = sum(1 for r in records if r["neg"])
    if abs(n_neg / len(records) - 0.45) > 0.02:
        errors.append("no-PHI fraction %.3f not ~45%%" % (n_neg / len(records)))
    for c in CATEGORIES:
        if cat_count[c] < 8:
            errors.append("category %s covered only %d times (<8)" % (c, cat_count[c]))
    return errors, cat_count


def main():
    records = generate()
    again = generate()
    if [(r["line"], r["spans"]) for r in records] != [(r["line"], r["spans"]) for r in again]:
        print("FAIL: generation is not deterministic", file=sys.stderr)
        sys.exit(1)
    errors, cat_count = check(records)
    if errors:
        for e in errors[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failures" % len(errors), file=sys.stderr)
        sys.exit(1)
    with open(LOG_PATH, "wb") as fh:
        for r in records:
            fh.write(r["line"] + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for n, r in enumerate(records, 1):
            spans = [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in sorted(r["spans"], key=lambda x: x["s"])]
            fh.write(json.dumps({"line": n, "family": r["family"], "spans": spans}, ensure_ascii=False) + "\n")
    # re-read the written files and verify once more against the bytes on disk
    with open(LOG_PATH, "rb") as fh:
        disk_lines = fh.read().split(b"\n")
    assert disk_lines[-1] == b"" and len(disk_lines) == N_LINES + 1
    with open(LAB_PATH, encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    for lab, r, dl in zip(labs, records, disk_lines):
        for sp, orig in zip(lab["spans"], sorted(r["spans"], key=lambda x: x["s"])):
            assert dl[sp["s"]:sp["e"]] == orig["v"].encode("utf-8")
    n_phi = sum(1 for r in records if not r["neg"])
    fam = Counter(r["family"] for r in records)
    print("lines: %d" % len(records))
    print("lines with PHI: %d (%.1f%%)" % (n_phi, 100.0 * n_phi / len(records)))
    print("lines without PHI: %d" % (len(records) - n_phi))
    print("spans: %d" % sum(cat_count.values()))
    print("spans per category:")
    for c in CATEGORIES:
        print("  %-12s %d" % (c, cat_count[c]))
    print("families: %d" % len(fam))
    for k, v in sorted(fam.items()):
        print("  %-28s %d" % (k, v))


if __name__ == "__main__":
    main()
