#!/usr/bin/env python3
"""Generator for the "bv" held-out PHI-in-logs test corpus.

Theme: a pediatric practice group's TypeScript stack (NestJS/Express with
pino + winston, Nest logger, Prisma, BullMQ, Next.js portal, Vercel,
Supabase Postgres/auth/storage, Stripe + Twilio webhooks, Sentry
breadcrumbs, GraphQL), all interleaved.

Standard library only, fixed seed, deterministic.  Writes bv.log and
bv.labels.jsonl next to this file.  Every line is built from segments
(text, category, original value); byte offsets are computed while the line
is assembled, never by searching afterwards.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import string
import struct
import sys
import unicodedata
import urllib.parse

SEED = 0xB7_2024_06
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 275          # 55 % of lines carry no PHI
MAX_LINE = 20000

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------


def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


B62 = string.digits + string.ascii_letters
K8S = "bcdfghjklmnpqrstvwxz2456789"
B36L = string.digits + string.ascii_lowercase


def b62(n):
    return "".join(R.choice(B62) for _ in range(n))


def alnum_up(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def letters_up(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    s = "".join(h)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def cuid():
    return "cl" + R.choice("wxy") + "".join(R.choice(B36L) for _ in range(22))


def pod(svc):
    return f"{svc}-{''.join(R.choice(K8S) for _ in range(ri(9, 10)))}-{''.join(R.choice(K8S) for _ in range(5))}"


def git_sha(n=40):
    return hexs(n)


# --------------------------------------------------------------------------
# segments: (text, category or None, original value or None)
# --------------------------------------------------------------------------


def T(s):
    return [(str(s), None, None)]


def P(s, cat):
    assert cat in CATS, cat
    s = str(s)
    return [(s, cat, s)]


def seq(*parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            out.append((p, None, None))
        else:
            out.extend(p)
    return out


def join_segs(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out += T(sep)
        out += seq(it)
    return out


def esc_json(segs, ascii=False):
    return [(json.dumps(t, ensure_ascii=ascii)[1:-1], c, o) for t, c, o in segs]


def esc_form(segs):
    return [(urllib.parse.quote_plus(t, safe=""), c, o) for t, c, o in segs]


def esc_url(segs, safe="/"):
    return [(urllib.parse.quote(t, safe=safe), c, o) for t, c, o in segs]


def esc_sql(segs):
    return [(t.replace("'", "''"), c, o) for t, c, o in segs]


def esc_js(segs, q):
    return [(t.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n"), c, o) for t, c, o in segs]


def plain(segs):
    return "".join(t for t, _, _ in segs)


class S:
    """A string value made of segments (for the JSON / inspect builders)."""

    def __init__(self, *parts):
        self.segs = seq(*parts)


class Raw:
    """A literal emitted unquoted (numbers etc.); may carry a category."""

    def __init__(self, text, cat=None):
        self.segs = P(text, cat) if cat else T(text)


def ph(v, cat):
    return S(P(v, cat))


def J(v, ascii=False, pretty=False):
    """JSON.stringify-like serialisation into segments."""
    if isinstance(v, dict):
        if not v:
            return T("{}")
        out = T("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                out += T(", " if pretty else ",")
            out += T(json.dumps(k, ensure_ascii=ascii) + (": " if pretty else ":"))
            out += J(val, ascii, pretty)
        return out + T("}")
    if isinstance(v, list):
        if not v:
            return T("[]")
        out = T("[")
        for i, val in enumerate(v):
            if i:
                out += T(", " if pretty else ",")
            out += J(val, ascii, pretty)
        return out + T("]")
    if isinstance(v, S):
        return T('"') + esc_json(v.segs, ascii) + T('"')
    if isinstance(v, Raw):
        return list(v.segs)
    return T(json.dumps(v, ensure_ascii=ascii))


IDENT = re.compile(r"^[A-Za-z_$][\w$]*$")


def inspect(v):
    """Node util.inspect-like single-line rendering (console.log of objects)."""
    if isinstance(v, dict):
        if not v:
            return T("{}")
        out = T("{ ")
        for i, (k, val) in enumerate(v.items()):
            if i:
                out += T(", ")
            key = k if IDENT.match(k) else "'" + k + "'"
            out += T(key + ": ") + inspect(val)
        return out + T(" }")
    if isinstance(v, list):
        if not v:
            return T("[]")
        out = T("[ ")
        for i, val in enumerate(v):
            if i:
                out += T(", ")
            out += inspect(val)
        return out + T(" ]")
    if isinstance(v, str):
        v = S(v)
    if isinstance(v, S):
        txt = plain(v.segs)
        q = '"' if ("'" in txt and '"' not in txt) else "'"
        return T(q) + esc_js(v.segs, q) + T(q)
    if isinstance(v, Raw):
        return list(v.segs)
    if v is None:
        return T("null")
    if isinstance(v, bool):
        return T("true" if v else "false")
    return T(repr(v))


# --------------------------------------------------------------------------
# clock and timestamp formats (the log's own timestamps are never PHI)
# --------------------------------------------------------------------------

UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 6, 11, 14, 2, 7, 431000, tzinfo=UTC)

    def tick(self):
        self.t += dt.timedelta(milliseconds=R.choice([ri(3, 400), ri(200, 4000), ri(1000, 25000)]))
        return self.t


CL = Clock()


def now():
    return CL.t


def ms3(t):
    return f"{t.microsecond // 1000:03d}"


def iso_z(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"


def iso_local(t=None):
    t = (t or now()).astimezone(PDT)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "-07:00"


def epoch_ms(t=None):
    return int((t or now()).timestamp() * 1000)


def epoch_s_float(t=None):
    t = t or now()
    return f"{int(t.timestamp())}.{t.microsecond // 1000:03d}"


def nest_ts(t=None):
    lt = (t or now()).astimezone(PDT)
    h = lt.hour % 12 or 12
    return f"{lt:%m/%d/%Y}, {h}:{lt:%M:%S} {'AM' if lt.hour < 12 else 'PM'}"


def pg_ts(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t) + " UTC"


def clf_ts(t=None):
    lt = (t or now()).astimezone(PDT)
    return lt.strftime("%d/%b/%Y:%H:%M:%S -0700")


def go_ts(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def cri_prefix(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + digits(6) + "Z stdout F "


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "long":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "isoT":
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def rand_date(a, b):
    a = dt.date(*a)
    b = dt.date(*b)
    return a + dt.timedelta(days=ri(0, (b - a).days))


def appt_dt(future=False):
    """An upcoming/recent appointment date-time (Pacific)."""
    d = now().astimezone(PDT).date() + dt.timedelta(days=ri(1 if future else -20, 45))
    while d.weekday() == 6:
        d += dt.timedelta(days=1)
    h = ri(8, 16)
    m = ch([0, 10, 20, 30, 40, 50])
    return dt.datetime(d.year, d.month, d.day, h, m, tzinfo=PDT)


def fappt(t, style):
    if style == "iso_off":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"
    if style == "iso_z":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if style == "us_time":
        h = t.hour % 12 or 12
        return f"{t:%m/%d/%Y} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
    if style == "sql":
        return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S+00")
    if style == "human":
        h = t.hour % 12 or 12
        return f"{t.strftime('%a')} {MON[t.month - 1]} {t.day} at {h}:{t:%M}{'am' if t.hour < 12 else 'pm'}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------

CHILD_FIRST = [
    "Mia", "Liam", "Aaliyah", "Mateo", "Sofía", "Zoë", "Amara", "Kenji", "Priya", "Oluwaseun",
    "Declan", "Maeve", "Xiomara", "Ahmed", "Fatima", "Santiago", "Ximena", "Noah", "Hunter",
    "Summer", "Autumn", "River", "Sky", "Jade", "Ruby", "Hazel", "Grace", "Joy", "Hope", "Wren",
    "Björn", "Siddharth", "Nia", "Imani", "Thiago", "Leilani", "Kai", "Ayaan", "Yusuf", "Elif",
    "Zainab", "Mei", "Haruto", "Jae-won", "Seo-yeon", "Anh", "Bao", "Tenzin", "Dawit", "Kwame",
    "Esperanza", "Itzel", "Nayeli", "Saoirse", "Niamh", "Oisín", "Malak", "Omar", "Yara", "Lior",
    "Tamar", "Aleksander", "Anastasia", "Chiamaka", "Ifeoma", "Josué", "Chloé", "Brooklyn",
    "Paisley", "Bentley", "Jaxon", "Nevaeh", "Journey", "Aroha", "Kalani", "Ngozi", "Emre",
    "Yaretzi", "Dashiell", "Penelope", "August", "Rowan", "Sage", "Story", "Legend", "Major",
    "King", "Royal", "Mercy", "Blessing", "Precious", "Ever", "Lake", "Hawk", "Sunny", "Ash",
    "Pearl", "Ivy", "Luz", "Paz", "Tuấn", "Minh-Thư", "Khadija", "Abdirahman", "Hodan", "Ryo",
    "Sung-min", "Chayton", "Winona", "Tallulah", "Kateri", "Ezequiel", "Guadalupe", "Marisol",
]
ADULT_FIRST = [
    "Maria", "Jennifer", "DeShawn", "Keisha", "Thanh", "Rahul", "Lakshmi", "Carlos", "Guadalupe",
    "Robert", "Olga", "Ngozi", "Tomás", "Hye-jin", "Mohammed", "Aisha", "Patricia", "Brandy",
    "Crystal", "Dustin", "Wei", "Xin", "Rosa", "Faith", "Precious", "Bill", "Mark", "Will",
    "Hope", "Destiny", "Ebony", "Tyrone", "Jamal", "Lashonda", "Svetlana", "Yevgeny", "Ana Lucía",
    "Juan Carlos", "Mary Beth", "Jo Ann", "Bích Ngọc", "Huong", "Sunita", "Abimbola", "Chinedu",
    "Fartun", "Abdullahi", "Hamid", "Leila", "Miriam", "Yosef", "Shira", "Colleen", "Siobhan",
    "Ingrid", "Lars", "Kirsten", "Paulo", "Graça", "Kimberly", "Amber", "Heather", "Cody",
    "Travis", "Misty", "Autumn", "Summer", "Dawn", "Rusty", "Buck", "Sterling", "Cruz", "Angel",
    "Nizhoni", "Lorraine", "Wilma", "Yolanda", "Esther", "Mae", "Opal", "Bernice", "Dolores",
]
SURNAMES = [
    "García", "Nguyen", "Okonkwo", "Patel", "Smith-Johnson", "De La Cruz", "van der Merwe",
    "O'Brien", "Kowalczyk", "Haddad", "Al-Rashid", "Nakamura", "Kim", "Park", "Begay", "Yazzie",
    "Tsosie", "Castillo Ramírez", "Fernández", "Müller", "Øvergaard", "Rivers", "Baker", "King",
    "Young", "Brown", "Hunter", "Wolf", "Fox", "Bird", "Mann", "Little", "Love", "Best", "Wise",
    "Sweet", "Hill", "Stone", "Snow", "Winter", "Cash", "Law", "Price", "Banks", "Ng", "Lê",
    "Trần", "Mbeki", "Adeyemi", "Abdi", "Mohamud", "Hussein", "Goldberg", "Rosenthal",
    "Papadopoulos", "Ivanova", "Kuznetsov", "Santos Oliveira", "St. Clair", "MacGregor",
    "Ó Súilleabháin", "Fitzgerald-Reyes", "Bui", "Vo", "Thao", "Vang", "Lor", "Xiong", "Chavis",
    "Locklear", "Two Bulls", "Running Horse", "Lopez-Martinez", "Okafor", "Eze", "Mensah",
    "Boateng", "Nakashima-Ortiz", "Dubois", "Lefebvre", "Rossi", "Esposito", "Kaur", "Singh",
    "Sandhu", "Chaudhry", "Yilmaz", "Öztürk", "Hakimi", "Rahimi", "Karimi", "Johansson",
    "Lindgren", "Washington", "Jefferson", "Freeman", "Battle", "Moody", "Church", "Friend",
    "della Rosa", "Dos Santos", "Bin Saleh", "Ha", "Do", "Le Blanc",
    "Kealoha", "Kahananui", "Fa'amausili", "Tuilagi", "Sione", "Whitefeather", "Redcloud",
]
REL = ["mother", "father", "grandmother", "grandfather", "legal guardian", "stepmother",
       "stepfather", "aunt", "uncle", "foster parent", "mother", "father", "mother"]

REGIONS = [
    ("Portland", "OR", "Multnomah", ["97201", "97202", "97206", "97211", "97213", "97217", "97220", "97230", "97236", "97266"], ["503", "971"]),
    ("Beaverton", "OR", "Washington", ["97005", "97006", "97007", "97008"], ["503", "971"]),
    ("Hillsboro", "OR", "Washington", ["97123", "97124"], ["503", "971"]),
    ("Gresham", "OR", "Multnomah", ["97030", "97080"], ["503", "971"]),
    ("Tigard", "OR", "Washington", ["97223", "97224"], ["503", "971"]),
    ("Lake Oswego", "OR", "Clackamas", ["97034", "97035"], ["503", "971"]),
    ("Milwaukie", "OR", "Clackamas", ["97222", "97267"], ["503", "971"]),
    ("Oregon City", "OR", "Clackamas", ["97045"], ["503", "971"]),
    ("Salem", "OR", "Marion", ["97301", "97302", "97304", "97305"], ["503", "971"]),
    ("Vancouver", "WA", "Clark", ["98660", "98661", "98662", "98664", "98682", "98683", "98684", "98686"], ["360", "564"]),
    ("Camas", "WA", "Clark", ["98607"], ["360", "564"]),
    ("Battle Ground", "WA", "Clark", ["98604"], ["360"]),
    ("Longview", "WA", "Cowlitz", ["98632"], ["360"]),
    ("St. Helens", "OR", "Columbia", ["97051"], ["503"]),
    ("Boise", "ID", "Ada", ["83702", "83704", "83709"], ["208", "986"]),
    ("Sacramento", "CA", "Sacramento", ["95820", "95823", "95828"], ["916", "279"]),
]
PDX_STREETS = ["SE Division St", "NE Alberta St", "SW Barbur Blvd", "N Lombard St", "NE 82nd Ave",
               "SE 122nd Ave", "NW Thurman St", "SW Canyon Rd", "NE Sandy Blvd", "SE Foster Rd",
               "NW Cornell Rd", "SW Murray Blvd", "NE Killingsworth St", "SE Holgate Blvd",
               "N Interstate Ave", "SW Beaverton Hillsdale Hwy", "NE Glisan St", "SE Stark St",
               "NW 185th Ave", "SE Tualatin Valley Hwy", "SE Powell Blvd", "SW Pacific Hwy"]
WA_STREETS = ["E Fourth Plain Blvd", "NE 137th Ave", "SE Mill Plain Blvd", "NE 18th St", "NE Hazel Dell Ave",
              "NE 99th St", "NW Lakeshore Ave", "SE 164th Ave", "NE 112th Ave", "NE Main St"]
GENERIC_STREETS = ["Maple Ln", "Oak Ct", "Cherry Blossom Dr", "Willow Creek Ln", "Sunset Ridge Dr",
                   "Fairview Ave N", "Broadway St", "Pioneer Pkwy", "Cascade Loop", "Trillium Way",
                   "Huckleberry Pl", "Camino del Sol", "Riverbend Rd", "Elm St", "Franklin Ave",
                   "Jefferson St", "Orchard Dr", "Meadowlark Ln", "Kuebler Blvd SE", "Lancaster Dr NE"]
UNITS = ["Apt 4B", "Apt 212", "Unit 12", "#7", "Spc 41", "Apt C", "Unit 305", "Lot 18", "Trlr 9"]

CLINICIANS = ["Dr. Hannah Lindqvist", "Dr. Obinna Eze", "Rachel Tran, PNP", "Dr. Luis Carvajal",
              "Dr. Mei-Ling Zhou", "Dr. Aaron Feldstein", "Sarah Whitehorse, RN",
              "Dr. Priyanka Deshmukh", "Dr. Tomasz Wróbel", "Kevin Oyelaran, PA-C"]
PROV_IDS = ["prov_lindqvist", "prov_eze", "prov_tran", "prov_carvajal", "prov_zhou",
            "prov_feldstein", "prov_deshmukh", "prov_wrobel", "prov_oyelaran"]
STAFF_USERS = ["fd.mreyes", "jpark.billing", "svc-eligibility", "kiosk-hawthorne-02",
               "kiosk-cedarhills-01", "nurse.swhitehorse", "admin@maplegrovepeds.com",
               "ops-bot", "svc-notify", "rcm.tgallagher", "callcenter.aduarte"]
CLINICS = [
    ("HAW", "Hawthorne Clinic", "4410 SE Hawthorne Blvd Suite 200", "Portland", "OR", "97215", "5032849100", "5032849188"),
    ("CDH", "Cedar Hills Clinic", "2950 SW Cedar Hills Blvd", "Beaverton", "OR", "97005", "5036412270", "5036412279"),
    ("SCK", "Salmon Creek Clinic", "2110 NE 139th St Ste 310", "Vancouver", "WA", "98686", "3605742260", "3605742261"),
    ("ORC", "Orenco Clinic", "1180 NE Orenco Station Pkwy", "Hillsboro", "OR", "97124", "5036938800", "5036938801"),
]
ORG_EMAILS = ["frontdesk@maplegrovepeds.com", "billing@maplegrovepeds.com",
              "noreply@maplegrovepeds.com", "alerts@mgpp.dev", "records@maplegrovepeds.com"]
PAYERS = ["Regence BlueCross BlueShield of Oregon", "Moda Health", "Kaiser Permanente NW",
          "Providence Health Plan", "CareOregon", "Trillium Community Health Plan",
          "Molina Healthcare of WA", "Apple Health (WA Medicaid)", "PacificSource", "Aetna", "UnitedHealthcare"]
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                 "hotmail.com", "comcast.net", "proton.me", "aol.com", "msn.com", "q.com", "live.com"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O")


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def phone_digits(area):
    return area + str(ri(2, 9)) + digits(2) + digits(4)


def pfmt(d, style=None):
    style = style or ch(["e164", "paren", "dash", "dot", "raw", "e164sp", "dash1"])
    a, e, n = d[:3], d[3:6], d[6:]
    return {"e164": f"+1{d}", "paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}",
            "dot": f"{a}.{e}.{n}", "raw": d, "e164sp": f"+1 {a} {e} {n}",
            "dash1": f"1-{a}-{e}-{n}"}[style]


def make_email(first, last, kid_first=None):
    f, l = slug(first.split()[0]), slug(last)
    yy = str(ri(70, 99) if chance(0.4) else ri(1, 30)).zfill(2)
    local = ch([f"{f}.{l}", f"{f[0]}{l}{yy}", f"{l}.{f}{yy}", f"{f}{l}", f"{f}_{l}{ri(1, 9)}",
                f"{f}{yy}", f"{f}.{l}.{ri(100, 999)}"] +
               ([f"{slug(kid_first)}s.mom", f"mamaof{ri(2, 5)}.{l}", f"team{l}"] if kid_first else []))
    return f"{local}@{ch(EMAIL_DOMAINS)}"


def street_line(city="Portland", state="OR"):
    if state == "WA" and city in ("Vancouver", "Camas", "Battle Ground"):
        pool = WA_STREETS + GENERIC_STREETS[:4]
    elif state == "OR" and city not in ("Salem", "St. Helens"):
        pool = PDX_STREETS + GENERIC_STREETS[:6]
    else:
        pool = GENERIC_STREETS
    s = f"{ri(12, 21999)} {ch(pool)}"
    if chance(0.35):
        s += (", " if chance(0.5) else " ") + ch(UNITS)
    return s


class Person:
    pass


def make_family():
    k = Person()
    k.first = ch(CHILD_FIRST)
    k.last = ch(SURNAMES)
    k.middle = ch(CHILD_FIRST) if chance(0.3) else None
    k.dob = rand_date((2006, 9, 1), (2024, 4, 30))
    k.sex = ch(["F", "M", "F", "M", "X"])
    k.mrn = f"MGP-{ri(100000, 699999)}"
    k.legacy = f"CH{digits(7)}"
    reg = ch(REGIONS)
    g = Person()
    g.rel = ch(REL)
    g.first = ch(ADULT_FIRST)
    r = R.random()
    if r < 0.6:
        g.last = k.last
    elif r < 0.8:
        g.last = ch(SURNAMES)
    else:
        g.last = ch(SURNAMES)
        k.last = f"{g.last}-{k.last}" if "-" not in k.last + g.last and " " not in k.last else k.last
    if g.rel in ("grandmother", "grandfather"):
        g.dob = rand_date((1944, 1, 1), (1975, 12, 31))
    else:
        g.dob = rand_date((1968, 1, 1), (2004, 6, 1))
    g.phone = phone_digits(ch(reg[4]))
    g.phone2 = phone_digits(ch(reg[4]))
    g.email = make_email(g.first, g.last, k.first)
    g.street = street_line(reg[0], reg[1])
    g.city, g.state, g.county = reg[0], reg[1], reg[2]
    g.zip = ch(reg[3])
    k.g = g
    return k


FAMILIES = [make_family() for _ in range(120)]


def fam():
    return ch(FAMILIES)


def kid_full(k, middle=False):
    if middle and k.middle:
        return f"{k.first} {k.middle} {k.last}"
    return f"{k.first} {k.last}"


# --------------------------------------------------------------------------
# identifier generators (valid check digits where real ones have them)
# --------------------------------------------------------------------------


def ssn(dashed=True):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g_, s_ = ri(1, 99), ri(1, 9999)
    return f"{a:03d}-{g_:02d}-{s_:04d}" if dashed else f"{a:03d}{g_:02d}{s_:04d}"


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(ri(1, 5)) + digits(13)
    elif kind == "mc2":
        body = str(ri(2221, 2720)) + digits(11)
    elif kind == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def card_fmt(n):
    if len(n) == 15:
        return ch([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    return ch([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VEHICLES = [("5FN", "Honda", "Odyssey"), ("2T3", "Toyota", "RAV4"), ("1FM", "Ford", "Explorer"),
            ("5YJ", "Tesla", "Model Y"), ("4T1", "Toyota", "Camry"), ("KND", "Kia", "Sorento"),
            ("1GN", "Chevrolet", "Tahoe"), ("JF2", "Subaru", "Outback"), ("2C4", "Chrysler", "Pacifica"),
            ("3GN", "Chevrolet", "Equinox"), ("5NM", "Hyundai", "Santa Fe"), ("1N4", "Nissan", "Altima")]


def vin(wmi):
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = ch("JKLMNPR")
    plant = ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    tot = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    return v


def plate(state):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if state == "WA":
        return letters_up(3, L) + digits(4)
    if state == "CA":
        return str(ri(6, 9)) + letters_up(3, L) + digits(3)
    if state == "ID":
        return "1A" + digits(1) + letters_up(1, L) + digits(3)
    return ch([digits(3) + " " + letters_up(3, L), letters_up(3, L) + digits(3)])


def drivers_license(state):
    if state == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "CA":
        return ch("ABCDEFGNSY") + digits(7)
    if state == "ID":
        return letters_up(2) + digits(6) + letters_up(1)
    return str(ri(1, 9)) + digits(6)


def iban_de():
    bban = digits(8) + digits(10)
    num = int(bban + "131400")  # D=13 E=14, 00
    chk = 98 - num % 97
    return f"DE{chk:02d}{bban}"


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def imei():
    body = ch(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":", upper=True):
    oui = ch(["A4:C1:38", "F0:08:D1", "DC:A6:32", "B8:27:EB", "24:0A:C4", "C4:7C:8D", "70:B3:D5", "E8:DB:84"])
    parts = oui.split(":") + [hexs(2, True) for _ in range(3)]
    s = sep.join(parts)
    return s if upper else s.lower()


def npi():
    body = str(ri(1, 2)) + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def dea(last):
    d = [ri(0, 9) for _ in range(6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFM") + last[0].upper() + "".join(map(str, d)) + str(c)


def cpf():
    n = [ri(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        d = (s * 10) % 11
        n.append(0 if d == 10 else d)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def curp(first, last, dob, sex):
    f, l = fold(first).upper(), fold(last).upper().replace(" ", "")
    vowel = next((c for c in l[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")
    st = ch(["JC", "MC", "DF", "GR", "OC", "MN", "PL", "VZ", "CS", "GT"])
    return (l[0] + vowel + "X" + f[0] + dob.strftime("%y%m%d") + ("M" if sex == "F" else "H") + st
            + cons(l) + "X" + cons(f) + ch("0A") + str(ri(0, 9)))


def a_number():
    return "A" + str(ri(2, 3)) + digits(8)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (str(ri(1, 9)) + R.choice(MBI_A) + R.choice(an) + str(ri(0, 9)) + R.choice(MBI_A)
            + R.choice(an) + str(ri(0, 9)) + R.choice(MBI_A) + R.choice(MBI_A) + digits(2))


def member_id():
    kind = ch(["bcbs", "w", "moda", "uhc", "kp", "pacsrc"])
    if kind == "bcbs":
        return ch(["ZHR", "YRP", "XEH", "ZGP"]) + digits(9)
    if kind == "w":
        return "W" + digits(9)
    if kind == "moda":
        return digits(9) + "0" + str(ri(1, 4))
    if kind == "uhc":
        return str(ri(8, 9)) + digits(8)
    if kind == "kp":
        return "0000" + digits(8)
    return "P" + digits(8) + "-0" + str(ri(1, 4))


def medicaid_id(state):
    if state == "WA":
        return digits(9) + "WA"
    if state == "ID":
        return digits(10)
    if state == "CA":
        return str(ri(9, 9)) + digits(7) + letters_up(1)
    return letters_up(2) + digits(5) + letters_up(1)


def guarantor_acct():
    return ch([f"GA{digits(8)}", f"7{digits(7)}", f"MGP-G-{digits(6)}", f"{digits(4)}-{digits(5)}"])


def bank_acct():
    return digits(ri(9, 12))


def routing():
    return ch(["123000220", "323070380", "325070760", "121000248", "123006800"])


def dexcom_tx():
    return "8" + ch("GHJ") + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))


def pump_sn():
    return ch([digits(8), "PDM-" + digits(9), "SN" + digits(7), alnum_up(10)])


def udi():
    gtin = "0" + "0" + digits(12)
    exp = (dt.date(2025, 1, 1) + dt.timedelta(days=ri(0, 1400))).strftime("%y%m%d")
    return f"(01){gtin}(17){exp}(10){alnum_up(6)}(21){alnum_up(8)}"


def public_ipv4():
    blocks = [(73, None), (24, None), (67, 160), (71, 59), (71, 237), (97, 120), (50, 53),
              (172, 56), (174, 204), (98, 97), (76, 115), (75, 164), (108, 227), (66, 235),
              (184, 100), (69, 59), (47, 149)]
    a, b = ch(blocks)
    b = b if b is not None else ri(1, 254)
    return f"{a}.{b}.{ri(0, 255)}.{ri(1, 254)}"


def public_ipv6():
    pre = ch(["2601:1c0:", "2601:602:", "2607:fb90:", "2600:1700:", "2603:3024:", "2604:2d80:"])
    groups = [format(ri(0, 0xFFFF), "x") for _ in range(6)]
    return pre + ":".join(groups[:2]) + ":" + ":".join(groups[2:])


def private_ip():
    return ch([f"10.{ri(0, 60)}.{ri(0, 255)}.{ri(2, 254)}", f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(2, 254)}",
               f"192.168.{ri(0, 20)}.{ri(2, 254)}", "127.0.0.1", f"100.{ri(64, 127)}.{ri(0, 255)}.{ri(1, 254)}"])


VENDOR_IPS = ["3.18.12.63", "3.130.192.231", "13.235.14.237", "54.187.174.169", "54.187.205.235",
              "54.172.60.0", "34.203.250.85", "76.76.21.21", "35.160.120.126"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "MapleGroveKids/3.8.1 (iOS 17.5; iPhone15,3) CFNetwork/1496.0.7 Darwin/23.5.0",
    "okhttp/4.12.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    "TwilioProxy/1.1", "kube-probe/1.29", "Vercel Edge Functions", "axios/1.7.2",
]
SUPA_REF = "qzkvbxwhtprnmaeujcdo"
PORTAL = "portal.maplegrovepeds.com"
VERCEL_APP = "mgpp-portal.vercel.app"
TW_ACCOUNT = "AC" + hexs(32)
TW_MSGSVC = "MG" + hexs(32)
TW_FROM = "+19713184420"
STRIPE_ACCT = "acct_1Hq" + b62(13)


def stripe_id(prefix):
    if prefix in ("cus", "prod", "price"):
        return f"{prefix}_{b62(14)}"
    return f"{prefix}_{'1P' if prefix in ('evt', 'pm', 'in', 'cs', 'seti') else '3P'}{b62(22)}"


def tw_sid(p):
    return p + hexs(32)


def vercel_id():
    return f"{ch(['pdx1', 'sfo1', 'iad1'])}::{ch(['iad1', 'pdx1'])}::{''.join(R.choice(B36L) for _ in range(5))}-{epoch_ms()}-{hexs(12)}"


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def job_id():
    return str(ri(10000, 99999))


def claim_no():
    return ch([f"CLM-2024-{digits(7)}", f"24{digits(9)}", f"B{digits(3)}-{digits(6)}"])


def order_no():
    return ch([f"ORD-{digits(6)}", f"LAB{digits(8)}", f"RX-{digits(7)}"])


def enc_no():
    return ch([f"ENC{digits(8)}", f"V{digits(9)}", f"{digits(10)}"])


# --------------------------------------------------------------------------
# per-format line builders
# --------------------------------------------------------------------------

SERVICES = ["scheduling-api", "intake-api", "billing-svc", "records-gql", "notify-worker",
            "eligibility-worker", "portal-bff", "kiosk-gateway", "iot-bridge"]
PODS = {s: [pod(s) for _ in range(2)] for s in SERVICES}
PINO_LV = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}
WINSTON_ORDER = {s: ch(["a", "b"]) for s in SERVICES}


def host(svc):
    return ch(PODS[svc])


def pino_line(level, svc, msg, ctx=None, extra=None, pid=None):
    d = {"level": PINO_LV[level], "time": epoch_ms(), "pid": pid or ch([1, 1, 1, 19, 27]),
         "hostname": host(svc)}
    if extra:
        d.update(extra)
    if ctx:
        d["context"] = ctx
    d["msg"] = msg if isinstance(msg, S) else S(msg)
    return J(d)


def winston_line(level, svc, message, meta=None, ascii=False):
    meta = meta or {}
    msg = message if isinstance(message, S) else S(message)
    if WINSTON_ORDER[svc] == "a":
        d = {"level": level, "message": msg, **meta, "service": svc, "timestamp": iso_z()}
    else:
        d = {"timestamp": iso_z(), "level": level, "message": msg, "service": svc, **meta}
    return J(d, ascii=ascii)


NEST_PIDS = {s: ch([1, 1, 1, 18, 29]) for s in SERVICES}


def nest_line(level, ctx, msg, svc=None, ms=None, ansi=False):
    pid = NEST_PIDS.get(svc or "scheduling-api", 1)
    lv = {"log": "LOG", "warn": "WARN", "error": "ERROR", "debug": "DEBUG", "verbose": "VERBOSE"}[level]
    tail = f" +{ms if ms is not None else ri(0, 40)}ms"
    if not ansi:
        return seq(f"[Nest] {pid}  - {nest_ts()} {lv:>7} [{ctx}] ", msg, tail)
    col = {"LOG": "\x1b[32m", "WARN": "\x1b[33m", "ERROR": "\x1b[31m", "DEBUG": "\x1b[95m", "VERBOSE": "\x1b[96m"}[lv]
    return seq(f"{col}[Nest] {pid}  - \x1b[39m{nest_ts()} {col}{lv:>7}\x1b[39m \x1b[33m[{ctx}]\x1b[39m {col}",
               msg, f"\x1b[39m\x1b[33m{tail}\x1b[39m")


def pg_line(level, msg, pid=None, user="authenticator@postgres"):
    return seq(f"{pg_ts()} [{pid or ri(1000, 65000)}] {user} {level}:  ", msg)


def gotrue_line(d):
    base = {"component": "api", "level": d.pop("level", "info")}
    base.update(d)
    base["time"] = go_ts()
    return J(base)


API_ROUTES = [
    lambda: f"/v1/slots?clinic={ch(CLINICS)[0]}&date={(now() + dt.timedelta(days=ri(1, 20))).date()}&visitType={ch(['WCC', 'SICK', 'IMM', 'ADHD-FU', 'TELE'])}",
    lambda: f"/v1/providers/{ch(PROV_IDS)}/schedule?week=2024-W{ri(24, 28)}",
    lambda: "/healthz", lambda: "/readyz",
    lambda: f"/v1/appointments/{uuid4()}",
    lambda: f"/v1/patients/{uuid4()}/summary",
    lambda: f"/v1/vaccines/inventory?clinic={ch(CLINICS)[0]}&cvx={ch(['03', '08', '10', '20', '21', '83', '94', '115', '133', '150', '208', '300'])}",
    lambda: "/internal/metrics",
    lambda: f"/v1/forms/templates/{ch(['adhd-vanderbilt-parent', 'asq-3-24mo', 'mchat-r', 'phq-a', 'sports-physical', 'school-med-auth'])}",
    lambda: f"/v1/claims/{claim_no()}/status",
    lambda: f"/v1/messages/threads?folder=inbox&page={ri(1, 9)}",
    lambda: f"/v1/orders/{order_no()}",
    lambda: f"/v1/encounters/{enc_no()}/close",
]


def route():
    return ch(API_ROUTES)()


def morgan_combined(ip, method, path, status, size, ref, ua, path_segs=None):
    return seq(ip, f" - - [{clf_ts()}] \"{method} ", path_segs if path_segs else path,
               f" HTTP/1.1\" {status} {size} \"{ref}\" \"{ua}\"")


def stack(*frames):
    return "\n".join("    at " + f for f in frames)


# --------------------------------------------------------------------------
# noise generators (no PHI)
# --------------------------------------------------------------------------

MODULES = ["PrismaModule", "ConfigModule", "BullModule", "AppointmentsModule", "EligibilityModule",
           "TerminusModule", "ThrottlerModule", "GraphQLModule", "ScheduleModule", "TwilioModule",
           "StripeModule", "SupabaseModule", "AuditModule", "LoggerModule"]


def n_nest_boot():
    svc = ch(SERVICES)
    kind = ri(0, 7)
    if kind == 0:
        return "nest", nest_line("log", "NestFactory", "Starting Nest application...", svc, ms=0, ansi=chance(0.3))
    if kind == 1:
        return "nest", nest_line("log", "InstanceLoader", f"{ch(MODULES)} dependencies initialized", svc, ansi=chance(0.3))
    if kind == 2:
        ctrl = ch([("AppointmentsController", "/v1/appointments"), ("SlotsController", "/v1/slots"),
                   ("EligibilityController", "/v1/eligibility"), ("HealthController", "/healthz"),
                   ("WebhooksController", "/webhooks"), ("FormsController", "/v1/forms")])
        return "nest", nest_line("log", "RoutesResolver", f"{ctrl[0]} {{{ctrl[1]}}}:", svc, ansi=chance(0.3))
    if kind == 3:
        r_ = ch(["/v1/appointments/:id, PATCH", "/v1/appointments, POST", "/v1/slots, GET", "/v1/patients/:id/summary, GET",
                 "/webhooks/stripe, POST", "/webhooks/twilio/status, POST", "/v1/eligibility/270, POST", "/v1/forms/:slug, GET"])
        return "nest", nest_line("log", "RouterExplorer", f"Mapped {{{r_}}} route", svc, ms=0, ansi=chance(0.3))
    if kind == 4:
        return "nest", nest_line("log", "NestApplication", "Nest application successfully started", svc, ansi=chance(0.5))
    if kind == 5:
        return "nest", nest_line("log", "GraphQLModule", f"Mapped {{/graphql, POST}} route", "records-gql", ms=ri(1, 9))
    if kind == 6:
        return "nest", nest_line("log", "ScheduleExplorer", f"Registered cron {ch(['eligibility-nightly', 'reminder-sweep', 'stale-holds-release', 'statement-run'])} ({ch(['0 3 * * *', '*/5 * * * *', '15 * * * *', '0 6 * * 1'])})", svc)
    return "nest", nest_line("log", "PrismaService", f"Connected to database (pool={ri(5, 21)}, pgbouncer=true)", svc)


def n_nest_ops():
    svc = ch(SERVICES)
    kind = ri(0, 7)
    if kind == 0:
        return "nest", nest_line("warn", "ThrottlerGuard", f"ThrottlerException: Too Many Requests key=ip:{private_ip()} route=POST /v1/auth/otp hits={ri(11, 40)}/10 ttl=60s", svc)
    if kind == 1:
        return "nest", nest_line("error", "ExceptionsHandler", f"connect ECONNREFUSED 10.43.{ri(0, 30)}.{ri(2, 250)}:6379", svc, ansi=chance(0.3))
    if kind == 2:
        c = ch(CLINICIANS)
        return "nest", nest_line("log", "SlotsService", f"Regenerated {ri(40, 180)} slots for {ch(PROV_IDS)} ({c}) clinic={ch(CLINICS)[0]} week=2024-W{ri(24, 27)}", "scheduling-api", ms=ri(40, 900))
    if kind == 3:
        return "nest", nest_line("log", "HealthController", f"/healthz ok db=up redis=up bull=up uptime={ri(300, 900000)}s", svc)
    if kind == 4:
        return "nest", nest_line("debug", "ConfigService", f"Loaded env from .env.production (DATABASE_URL=postgresql://postgres.{SUPA_REF}:****@aws-0-us-west-1.pooler.supabase.com:6543/postgres?pgbouncer=true)", svc)
    if kind == 5:
        return "nest", nest_line("warn", "HoldsService", f"Released {ri(1, 14)} stale slot holds older than 10m (oldest hold {uuid4()}, {ri(11, 95)}m)", "scheduling-api")
    if kind == 6:
        return "nest", nest_line("error", "EligibilityService", f"Availity 270 timeout after {ri(10000, 30000)}ms (payer={ch(PAYERS)}, traceId={trace_id()}); retry {ri(1, 3)}/3 scheduled", "eligibility-worker")
    return "nest", nest_line("verbose", "AuditInterceptor", f"user={ch(STAFF_USERS)} action={ch(['chart.view', 'appt.reschedule', 'claim.resubmit', 'msg.read', 'vaccine.lot.update'])} target={uuid4()} ok", svc)


def n_pino_req():
    svc = ch(["scheduling-api", "intake-api", "billing-svc", "portal-bff", "kiosk-gateway"])
    method = ch(["GET", "GET", "GET", "POST", "PATCH", "DELETE"])
    url = route()
    rid = ch([f"req-{ri(1, 9999)}", uuid4()])
    req = {"id": rid, "method": method, "url": url, "query": {}, "params": {},
           "headers": {"host": f"{svc}.mgpp.svc.cluster.local:{ch([3000, 4000, 8080])}", "user-agent": ch(UAS), "x-request-id": rid,
                       "traceparent": f"00-{trace_id()}-{span_id()}-01"},
           "remoteAddress": "::ffff:" + private_ip(), "remotePort": ri(30000, 65000)}
    if chance(0.5):
        del req["headers"]
        del req["query"]
        del req["params"]
    if chance(0.5):
        d = {"req": req, "res": {"statusCode": ch([200, 200, 200, 201, 204, 304, 400, 401, 404, 409, 500])}, "responseTime": ri(1, 1800)}
        return "pino", pino_line("info", svc, "request completed", extra=d)
    return "pino", pino_line("info", svc, "incoming request", extra={"reqId": rid, "req": req})


def n_pino_misc():
    svc = ch(SERVICES)
    kind = ri(0, 8)
    if kind == 0:
        return "pino", pino_line("warn", svc, "slow query", extra={"model": ch(["Appointment", "Slot", "Claim", "Encounter", "Guardian", "Immunization"]), "action": ch(["findMany", "aggregate", "groupBy", "count"]), "durationMs": ri(500, 4200), "traceId": trace_id()})
    if kind == 1:
        u = ch(STAFF_USERS)
        return "pino", pino_line("info", svc, f"staff session established", extra={"user": u, "role": ch(["front_desk", "billing", "nurse", "provider", "admin"]), "clinic": ch(CLINICS)[0], "ip": private_ip(), "mfa": True})
    if kind == 2:
        err = {"type": "TypeError", "message": "Cannot read properties of undefined (reading 'slotId')",
               "stack": "TypeError: Cannot read properties of undefined (reading 'slotId')\n" + stack(
                   "AppointmentsService.reschedule (/app/dist/appointments/appointments.service.js:142:37)",
                   "async AppointmentsController.patch (/app/dist/appointments/appointments.controller.js:61:16)")}
        return "pino", pino_line("error", "scheduling-api", "Unhandled exception", extra={"err": err, "reqId": uuid4()})
    if kind == 3:
        return "pino", pino_line("info", svc, f"cron {ch(['eligibility-nightly', 'reminder-sweep', 'statement-run'])} finished", extra={"processed": ri(0, 3000), "failed": ri(0, 12), "durationMs": ri(800, 600000)})
    if kind == 4:
        return "pino", pino_line("info", "kiosk-gateway", "kiosk heartbeat", extra={"kioskId": ch(["kiosk-hawthorne-02", "kiosk-cedarhills-01", "kiosk-orenco-01"]), "fw": f"2.{ri(3, 9)}.{ri(0, 20)}", "battery": ri(40, 100), "lan": private_ip(), "printer": ch(["ok", "paper_low", "offline"])})
    if kind == 5:
        clinic = ch(CLINICS)
        return "pino", pino_line("info", "intake-api", "fax route loaded", extra={"clinic": clinic[0], "clinicName": clinic[1], "fax": pfmt(clinic[7], "e164"), "provider": "Documo", "ok": True})
    if kind == 6:
        return "pino", pino_line("debug", svc, "feature flags refreshed", extra={"flags": {"curbsideCheckin": True, "stripeLink": chance(0.5), "gqlPersisted": True, "newIntakeForm": chance(0.5)}, "etag": hexs(16)})
    if kind == 7:
        return "pino", pino_line("info", "iot-bridge", "mqtt connected", extra={"broker": "mqtts://iot.mgpp.internal:8883", "clientId": f"iot-bridge-{hexs(6)}", "subscriptions": ["rpm/+/spo2", "rpm/+/weight", "rpm/+/cgm"]})
    c = ch(CLINICIANS)
    return "pino", pino_line("info", "scheduling-api", "provider template published", extra={"provider": c, "npi": npi(), "providerId": ch(PROV_IDS), "effective": str((now() + dt.timedelta(days=ri(3, 30))).date()), "blocks": ri(8, 30)})


def n_winston():
    svc = ch(["billing-svc", "notify-worker", "eligibility-worker", "intake-api"])
    kind = ri(0, 8)
    if kind == 0:
        return "winston", winston_line("info", svc, f"{svc} listening on :{ch([4000, 4010, 8080, 3001])}", {"env": "production", "version": f"2.{ri(10, 40)}.{ri(0, 9)}", "commit": git_sha(7), "node": "v20.14.0"})
    if kind == 1:
        return "winston", winston_line("http", svc, f"{ch(['POST', 'GET'])} {ch(['/internal/claims/batch', '/internal/era/ingest', '/internal/statements/run', '/healthz'])} {ch([200, 202, 204])} {ri(3, 900)}ms", {"requestId": uuid4()})
    if kind == 2:
        return "winston", winston_line("info", "billing-svc", "837P batch submitted", {"batchId": f"B{now():%y%m%d}-{ri(1, 99):04d}", "claims": ri(5, 120), "clearinghouse": "Availity", "totalCharge": round(R.uniform(800, 40000), 2)})
    if kind == 3:
        return "winston", winston_line("warn", "billing-svc", f"835 remit line unmatched: claim {claim_no()} CARC {ch(['CO-45', 'CO-97', 'PR-1', 'PR-2', 'CO-16', 'OA-23'])} paid {round(R.uniform(0, 300), 2)}", {"eraId": f"ERA{digits(10)}", "payer": ch(PAYERS), "checkNo": digits(9)})
    if kind == 4:
        return "winston", winston_line("error", svc, "Redis connection lost; reconnecting", {"attempt": ri(1, 8), "code": "ECONNRESET", "host": f"redis-master.mgpp.svc:{6379}"})
    if kind == 5:
        return "winston", winston_line("info", "notify-worker", "Twilio messaging service rate", {"messagingServiceSid": TW_MSGSVC, "queued": ri(0, 400), "mps": ri(1, 30), "tollfreeVerified": True})
    if kind == 6:
        c = ch(CLINICS)
        return "winston", winston_line("info", "billing-svc", "statement remit-to", {"clinic": c[1], "remitTo": f"{c[2]}, {c[3]}, {c[4]} {c[5]}", "phone": pfmt(c[6], "paren"), "email": "billing@maplegrovepeds.com"})
    if kind == 7:
        return "winston", winston_line("debug", "eligibility-worker", "payer rules cache warm", {"payers": ri(12, 60), "ttlSec": 3600, "hits": ri(0, 9000), "misses": ri(0, 200)})
    return "winston", winston_line("info", svc, f"graceful shutdown complete in {ri(100, 4000)}ms", {"signal": "SIGTERM", "inflight": 0})


PRISMA_Q = [
    'SELECT "public"."Appointment"."id", "public"."Appointment"."slotId", "public"."Appointment"."status", "public"."Appointment"."visitType" FROM "public"."Appointment" WHERE ("public"."Appointment"."providerId" = $1 AND "public"."Appointment"."startsAt" >= $2) ORDER BY "public"."Appointment"."startsAt" ASC LIMIT $3 OFFSET $4',
    'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."Slot"."id" FROM "public"."Slot" WHERE ("public"."Slot"."clinicId" = $1 AND "public"."Slot"."held" = $2) OFFSET $3) AS "sub"',
    'UPDATE "public"."Slot" SET "held" = $1, "heldUntil" = $2 WHERE ("public"."Slot"."id" = $3 AND 1=1) RETURNING "public"."Slot"."id"',
    'BEGIN', 'COMMIT', 'DEALLOCATE ALL',
    'SELECT "public"."Immunization"."id", "public"."Immunization"."cvx", "public"."Immunization"."lot" FROM "public"."Immunization" WHERE "public"."Immunization"."patientId" IN ($1,$2,$3,$4)',
    'INSERT INTO "public"."AuditEvent" ("id","actor","action","target","createdAt") VALUES ($1,$2,$3,$4,$5) RETURNING "public"."AuditEvent"."id"',
    'SELECT "public"."Claim"."id", "public"."Claim"."status" FROM "public"."Claim" WHERE "public"."Claim"."batchId" = $1',
]


def n_prisma():
    kind = ri(0, 7)
    if kind <= 2:
        return "prisma", T("prisma:query " + ch(PRISMA_Q))
    if kind == 3:
        return "prisma", T(f"prisma:info Starting a postgresql pool with {ri(5, 33)} connections.")
    if kind == 4:
        return "prisma", T(ch(["prisma:warn In production, we recommend using `prisma generate --no-engine` (See: `prisma generate --help`)",
                               "prisma:warn This is the 10th instance of Prisma Client being started. Make sure this is intended.",
                               "prisma:info Started query engine http server on http://127.0.0.1:" + str(ri(30000, 60000))]))
    if kind == 5:
        return "prisma", T("prisma:error \nInvalid `prisma.appointment.findMany()` invocation:\n\n\nCan't reach database server at `aws-0-us-west-1.pooler.supabase.com`:`6543`\n\nPlease make sure your database server is running at `aws-0-us-west-1.pooler.supabase.com`:`6543`.".replace("\n", "\\n"))
    if kind == 6:
        d = {"level": "error", "name": "PrismaClientKnownRequestError", "code": ch(["P2002", "P2034", "P2024"]),
             "clientVersion": "5.14.0", "meta": {"modelName": "Appointment", "target": ["slotId"]},
             "message": "Unique constraint failed on the fields: (`slotId`)", "traceId": trace_id()}
        return "prisma", J(d)
    params = json.dumps([ch(PROV_IDS), iso_z(now() + dt.timedelta(days=ri(0, 7))), ri(10, 100), 0])
    d = {"level": 20, "time": epoch_ms(), "msg": "prisma:query", "query": ch(PRISMA_Q[:2]), "params": params, "duration": ri(1, 300), "target": "quaint::connector::metrics"}
    return "prisma", J(d)


QUEUES = ["appointment-reminder", "eligibility-270", "statement-pdf", "fax-outbound", "sms-outbound",
          "vaccine-registry-submit", "era-ingest", "portal-invite", "survey-followup"]


def n_bullmq():
    q = ch(QUEUES)
    jid = job_id()
    kind = ri(0, 6)
    if kind == 0:
        return "bullmq", T(f"[bullmq] Job {jid} ({q}) completed in {ri(12, 9000)}ms")
    if kind == 1:
        return "bullmq", T(f"[bullmq] Worker for queue \"{q}\" ready (concurrency={ri(1, 20)}, connection=redis-master.mgpp.svc:6379)")
    if kind == 2:
        return "bullmq", T(f"[bullmq] job {jid} in {q} failed: attempt {ri(1, 5)}/5: {ch(['Error: Twilio 30007 Message filtered (carrier violation)', 'Error: socket hang up', 'TimeoutError: IIS registry did not respond in 20000ms', 'Error: ALERT IIS HL7 ACK AE (MSA-1) - retrying', 'Error: Documo 503 Service Unavailable'])}")
    if kind == 3:
        return "bullmq", T(f"[bullmq] stalled job {jid} moved back to wait in {q} (stalledCount={ri(1, 2)})")
    if kind == 4:
        d = {"level": "info", "queue": q, "event": "completed", "jobId": jid, "attemptsMade": ri(1, 3), "processedOn": epoch_ms() - ri(10, 5000), "finishedOn": epoch_ms(), "returnvalue": {"ok": True, "sid": tw_sid("SM") if q == "sms-outbound" else None}}
        return "bullmq", J(d)
    if kind == 5:
        d = {"level": "info", "msg": "queue metrics", "queue": q, "waiting": ri(0, 500), "active": ri(0, 20), "delayed": ri(0, 2000), "failed": ri(0, 40), "completed24h": ri(100, 20000)}
        return "bullmq", J(d)
    return "bullmq", T(f"[bullmq] repeatable job {q}:{hexs(32)} registered every {ch(['5m', '15m', '1h', '24h'])} (tz=America/Los_Angeles)")


NEXT_PAGES = ["/", "/login", "/portal", "/portal/messages", "/portal/appointments", "/portal/forms",
              "/portal/billing", "/portal/children/[childId]/growth", "/portal/children/[childId]/immunizations",
              "/api/auth/callback", "/api/slots", "/portal/appointments/book", "/_not-found"]


def n_nextjs():
    kind = ri(0, 8)
    if kind == 0:
        return "nextjs", T(f" \u2713 Compiled {ch(NEXT_PAGES)} in {ri(90, 4000)}ms ({ri(400, 2400)} modules)")
    if kind == 1:
        return "nextjs", T(f" \u25cb Compiling {ch(NEXT_PAGES)} ...")
    if kind == 2:
        p = ch(["/portal", "/portal/messages", "/portal/appointments", "/api/slots?clinic=CDH", "/portal/billing", f"/portal/children/{uuid4()}/growth", "/_next/static/chunks/app/portal/layout-" + hexs(16) + ".js"])
        return "nextjs", T(f" {ch(['GET', 'GET', 'POST'])} {p} {ch([200, 200, 304, 307, 404])} in {ri(4, 900)}ms")
    if kind == 3:
        return "nextjs", T(ch([" \u2713 Ready in 2.1s", "   \u25b2 Next.js 14.2.4", "   - Local:        http://localhost:3000",
                               "   - Environments: .env.production", " \u2713 Starting...",
                               " \u26a0 Unsupported metadata themeColor is configured in metadata export in /portal. Please move it to viewport export instead."]))
    if kind == 4:
        return "nextjs", T(f" \u2a2f Error: NEXT_NOT_FOUND\n    at notFound (/var/task/.next/server/chunks/8{ri(100, 999)}.js:1:{ri(1000, 9999)}) {{ digest: 'NEXT_NOT_FOUND' }}".replace("\n", "\\n"))
    if kind == 5:
        return "nextjs", T(f"[portal] revalidatePath('/portal/appointments') by server action bookSlot ({ri(10, 300)}ms)")
    if kind == 6:
        return "nextjs", T(f" \u2a2f [Error: An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.] {{ digest: '{ri(100000000, 4294967295)}' }}")
    if kind == 7:
        return "nextjs", T(f"[middleware] session ok route=/portal/messages uid={uuid4()} exp={epoch_ms() // 1000 + 3600}")
    return "nextjs", T(f" \u2713 Generating static pages ({ri(1, 40)}/40)")


def vercel_drain(message, path, status, ip=None, extra_proxy=None, source="lambda", level="info", method="GET"):
    proxy = {"timestamp": epoch_ms(), "method": method, "host": ch([PORTAL, VERCEL_APP]),
             "path": path, "userAgent": [ch(UAS)], "referer": f"https://{PORTAL}/portal",
             "region": ch(["pdx1", "sfo1"]), "statusCode": status, "clientIp": ip or private_ip(),
             "scheme": "https", "vercelCache": ch(["MISS", "BYPASS", "HIT"])}
    if extra_proxy:
        proxy.update(extra_proxy)
    d = {"id": b62(24), "message": message if isinstance(message, S) else S(message), "timestamp": epoch_ms(),
         "type": "stdout", "source": source, "projectId": "prj_" + PRJ, "deploymentId": "dpl_" + DPL,
         "buildId": BUILD, "host": VERCEL_APP, "path": path if isinstance(path, S) else S(path),
         "level": level, "requestId": vercel_id(), "proxy": proxy}
    return d


PRJ = b62(28)
DPL = b62(28)
BUILD = b62(21)


def n_vercel():
    kind = ri(0, 6)
    if kind == 0:
        p = ch(["/api/slots", "/portal", "/api/health", "/portal/messages", "/api/auth/session"])
        m = ch(["GET", "GET", "POST"])
        d = vercel_drain(f"{m} {p} {ri(3, 600)}ms", p, 200, ip=ch(VENDOR_IPS + ["127.0.0.1"]), method=m)
        return "vercel", J(d)
    if kind == 1:
        return "vercel", T(ch([f"Cloning github.com/maplegrove-peds/portal (Branch: main, Commit: {git_sha(7)})",
                              f"Running \"vercel build\"", "Vercel CLI 34.2.7", f"Build Completed in /vercel/output [{ri(30, 140)}s]",
                              "Deploying outputs...", f"Deployment completed", "Installing dependencies...",
                              f"added {ri(800, 1500)} packages in {ri(10, 60)}s", "Detected Next.js version: 14.2.4",
                              f"Build cache uploaded: {ri(80, 400)}.{ri(0, 99)}MB"]))
    if kind == 2:
        return "vercel", T(f"{now():%Y-%m-%d %H:%M:%S}.{ms3(now())} [{ch(['info', 'info', 'warning', 'error'])}] [{ch(['GET', 'POST'])}] {ch(['/api/slots', '/api/health', '/portal', '/api/forms/asq-3-24mo'])} status={ch([200, 200, 304, 500, 504])} duration={ri(3, 9000)}ms region={ch(['pdx1', 'sfo1', 'iad1'])}")
    if kind == 3:
        return "vercel", T(f"Task timed out after {ch([10, 15, 60])}.01 seconds (requestId {vercel_id()})")
    if kind == 4:
        d = {"type": "edge", "id": b62(24), "timestamp": epoch_ms(), "message": f"[middleware] geo region={ch(['US-OR', 'US-WA'])} rewrite /portal -> /portal/(authed)", "projectId": "prj_" + PRJ, "deploymentId": "dpl_" + DPL, "source": "edge", "entrypoint": "middleware.ts"}
        return "vercel", J(d)
    if kind == 5:
        return "vercel", T(f"WARN! Due to `builds` existing in your configuration file, the Build and Development Settings defined in your Project Settings will not apply.")
    d = {"id": b62(24), "message": f"START RequestId: {uuid4()} Version: $LATEST", "timestamp": epoch_ms(), "source": "lambda", "projectId": "prj_" + PRJ, "deploymentId": "dpl_" + DPL, "host": VERCEL_APP, "path": "/api/cron/reminders", "statusCode": 200}
    return "vercel", J(d)


def n_supabase():
    kind = ri(0, 10)
    if kind == 0:
        return "supabase-pg", pg_line("LOG", f"connection authorized: user=authenticator database=postgres application_name=postgrest SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    if kind == 1:
        return "supabase-pg", pg_line("LOG", f"checkpoint complete: wrote {ri(100, 9000)} buffers ({R.uniform(0.1, 9):.1f}%); 0 WAL file(s) added, 0 removed, {ri(0, 3)} recycled; write={R.uniform(1, 200):.3f} s, sync=0.00{ri(1, 9)} s, total={R.uniform(1, 200):.3f} s", user="")
    if kind == 2:
        return "supabase-pg", pg_line("LOG", f"automatic vacuum of table \"postgres.public.audit_events\": index scans: 1 pages: 0 removed, {ri(1000, 90000)} remain", user="")
    if kind == 3:
        return "supabase-pg", pg_line("LOG", f"duration: {R.uniform(500, 9000):.3f} ms  execute <unnamed>: SELECT a.id, a.starts_at FROM appointments a WHERE a.clinic_id = $1 AND a.starts_at::date = $2", user="postgres@postgres")
    if kind == 4:
        return "supabase-pg", pg_line("ERROR", f"canceling statement due to statement timeout", user="authenticator@postgres")
    if kind == 5:
        d = {"level": "info", "msg": "request completed", "method": "POST", "path": "/token", "referer": f"https://{PORTAL}/", "remote_addr": private_ip(), "request_id": uuid4(), "status": 200, "duration": ri(20, 900) * 1000000, "grant_type": "refresh_token"}
        return "supabase-auth", gotrue_line(d)
    if kind == 6:
        d = {"level": "info", "msg": ch(["Hook: sending webhook", "Running migrations", "GoTrue API started on: 0.0.0.0:9999", "Cleaning up expired sessions"]), "count": ri(0, 200)}
        return "supabase-auth", gotrue_line(d)
    if kind == 7:
        d = {"level": 30, "time": epoch_ms(), "pid": 1, "hostname": "storage-api", "reqId": f"req-{b62(6)}", "tenantId": SUPA_REF, "project": SUPA_REF,
             "req": {"region": "us-west-1", "method": "GET", "url": f"/object/public/clinic-assets/{ch(['logo-dark.svg', 'hawthorne-map.png', 'forms/asq-3-24mo.pdf', 'favicon-32.png'])}", "remoteAddress": private_ip()},
             "res": {"statusCode": ch([200, 304])}, "responseTime": round(R.uniform(2, 90), 3), "msg": "request completed"}
        return "supabase-storage", J(d)
    if kind == 8:
        return "supabase-edge", T(ch([f"booted (time: {ri(15, 60)}ms)", f"Listening on http://localhost:9999/", "shutdown (reason: EarlyDrop)", f"serving the request with supabase/functions/{ch(['send-reminder', 'kiosk-checkin', 'stripe-webhook', 'fax-inbound'])}"]))
    if kind == 9:
        return "supabase-pg", pg_line("LOG", f"statement: SELECT pg_catalog.set_config('search_path', '', false)", user="supabase_admin@postgres")
    return "supabase-realtime", T(f"{now():%H:%M:%S}.{ms3(now())} project={SUPA_REF} external_id={SUPA_REF} [info] Postgres CDC: subscribed to realtime:public:appointments (slot supabase_realtime_replication_slot_{hexs(8)})")


def n_stripe():
    kind = ri(0, 6)
    evt = stripe_id("evt")
    if kind == 0:
        t = ch(["invoice.paid", "payment_intent.succeeded", "charge.succeeded", "payout.paid", "customer.updated", "checkout.session.completed", "charge.refunded"])
        return "stripe", T(f"[stripe] received {evt} type={t} livemode=true api_version=2024-04-10 account={STRIPE_ACCT}")
    if kind == 1:
        return "stripe", T(f"[stripe] Webhook signature verification failed: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? (ip={ch(VENDOR_IPS[:5])})")
    if kind == 2:
        d = {"level": "info", "message": "stripe event handled", "eventId": evt, "type": "payment_intent.succeeded", "paymentIntent": stripe_id("pi"), "amount": ri(1000, 40000), "currency": "usd", "customer": stripe_id("cus"), "card": {"brand": ch(["visa", "mastercard", "amex"]), "last4": digits(4), "exp_month": ri(1, 12), "exp_year": ri(2025, 2030)}, "durationMs": ri(5, 300)}
        return "stripe", J(d)
    if kind == 3:
        d = {"id": evt, "object": "event", "api_version": "2024-04-10", "created": epoch_ms() // 1000, "type": "payout.paid", "data": {"object": {"id": "po_1P" + b62(22), "amount": ri(100000, 5000000), "arrival_date": epoch_ms() // 1000 + 86400, "bank_account": {"bank_name": "U.S. BANK", "last4": digits(4), "routing_number": routing()}, "statement_descriptor": "MAPLE GROVE PEDS"}}}
        return "stripe", J(d)
    if kind == 4:
        return "stripe", T(f"POST /webhooks/stripe 200 {ri(5, 300)}ms - stripe-signature=t={epoch_ms() // 1000},v1={hexs(64)}")
    if kind == 5:
        d = {"level": "warn", "message": "stripe idempotent replay", "idempotencyKey": uuid4(), "invoice": stripe_id("in"), "status": "paid", "amount_due": ri(1000, 30000)}
        return "stripe", J(d)
    return "stripe", T(f"[stripe] payment_link plink_1P{b62(22)} created for statement run {now():%Y%m%d} ({ri(10, 400)} statements)")


def n_twilio():
    kind = ri(0, 5)
    if kind == 0:
        return "twilio", T(f"[twilio] POST /webhooks/twilio/status 204 {ri(2, 40)}ms MessageSid={tw_sid('SM')} MessageStatus={ch(['sent', 'delivered', 'undelivered', 'failed'])} ErrorCode={ch(['', '30003', '30005', '30007', '30008'])}")
    if kind == 1:
        body = urllib.parse.urlencode({"SmsSid": tw_sid("SM"), "MessageStatus": "delivered", "MessagingServiceSid": TW_MSGSVC, "AccountSid": TW_ACCOUNT, "ApiVersion": "2010-04-01", "RawDlrDoneDate": now().strftime("%y%m%d%H%M")})
        return "twilio", T(f"twilio status callback body: {body}")
    if kind == 2:
        return "twilio", T(f"[twilio] X-Twilio-Signature ok url=https://api.maplegrovepeds.com/webhooks/twilio/status src={ch(VENDOR_IPS[5:7])} ua=TwilioProxy/1.1")
    if kind == 3:
        d = {"level": "warn", "msg": "twilio webhook retry", "sid": tw_sid("SM"), "attempt": ri(2, 4), "idempotencyToken": f"{TW_ACCOUNT}-{hexs(32)}", "I-Twilio-Idempotency-Token": hexs(32)}
        return "twilio", J(d)
    if kind == 4:
        return "twilio", T(f"[twilio] voice /webhooks/twilio/voice/status CallSid={tw_sid('CA')} CallStatus=completed CallDuration={ri(5, 900)} Direction=inbound To={TW_FROM} queue=frontdesk-{ch(CLINICS)[0].lower()}")
    return "twilio", T(f"[twilio] brand/campaign {tw_sid('CM')} status=VERIFIED use_case=CUSTOMER_CARE sender={TW_FROM}")


def n_sentry():
    kind = ri(0, 6)
    if kind == 0:
        return "sentry", T(f"Sentry Logger [log]: Integration installed: {ch(['Http', 'OnUncaughtException', 'OnUnhandledRejection', 'Prisma', 'Express', 'GraphQL', 'Console', 'LinkedErrors'])}")
    if kind == 1:
        return "sentry", T(f"Sentry Logger [log]: [Tracing] Adding sentry-trace header {trace_id()}-{span_id()}-1 to outgoing request to \"{ch(['http://eligibility-worker:4010/v1/270', 'https://api.availity.com/availity/v1/coverages', 'https://api.twilio.com/2010-04-01/Accounts/' + TW_ACCOUNT + '/Messages.json', 'https://api.stripe.com/v1/payment_intents'])}\":")
    if kind == 2:
        bc = {"timestamp": float(epoch_s_float()), "category": "http", "data": {"method": "POST", "url": ch(["https://api.stripe.com/v1/payment_intents", "https://api.availity.com/availity/v1/coverages", "https://iis.oregon.gov/hl7/submit"]), "status_code": ch([200, 201, 429, 502])}, "type": "http"}
        return "sentry", seq("[sentry] breadcrumb ", J(bc))
    if kind == 3:
        return "sentry", T(f"Sentry Logger [info]: [Tracing] Finishing http.server transaction: {ch(['GET /v1/slots', 'POST /graphql', 'PATCH /v1/appointments/:id'])} (trace {trace_id()}) sampled=true")
    if kind == 4:
        return "sentry", T(f"Sentry Logger [log]: Flushing outcomes... event {hexs(32)} sent ({ri(1, 40)}kB) release=portal@{git_sha(7)} env=production")
    if kind == 5:
        bc = {"timestamp": float(epoch_s_float()), "category": "ui.click", "message": ch(["button.btn-primary[data-testid=\"book-slot\"]", "a#nav-messages", "div.slot-card > button", "button[aria-label=\"Upload insurance card\"]"])}
        return "sentry", seq("[sentry] breadcrumb ", J(bc))
    return "sentry", T(f"Sentry Logger [warn]: Discarded session because of missing or non-string release")


def n_graphql():
    kind = ri(0, 5)
    ops = ["GetProviderSchedule", "ListSlots", "ClinicHours", "VaccineInventory", "UnreadCount", "ClaimStatus", "FormTemplates"]
    if kind == 0:
        return "graphql", T(f"[GraphQL] operation={ch(ops)} durationMs={ri(3, 800)} complexity={ri(5, 300)} cache={ch(['MISS', 'HIT'])} client=portal@{git_sha(7)}")
    if kind == 1:
        return "graphql", T(f"graphql resolver {ch(['Query.slots', 'Query.providers', 'Clinic.hours', 'Patient.immunizations', 'Claim.lines'])} {ri(1, 300)}ms")
    if kind == 2:
        d = {"level": "warn", "message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}, "sha256Hash": hexs(64), "operationName": ch(ops)}
        return "graphql", J(d)
    if kind == 3:
        d = {"level": 50, "time": epoch_ms(), "msg": "GraphQL error", "err": {"message": f"Cannot query field \"{ch(['nickname', 'preferredPharmacy', 'insuranceV2'])}\" on type \"Patient\".", "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}, "operationName": ch(ops)}
        return "graphql", J(d)
    if kind == 4:
        d = {"operationName": "ListSlots", "variables": {"clinicId": ch(CLINICS)[0], "from": str((now() + dt.timedelta(days=1)).date()), "to": str((now() + dt.timedelta(days=8)).date()), "visitType": ch(["WCC", "SICK"])}}
        return "graphql", seq("[apollo] request ", J(d))
    return "graphql", T(f"\U0001f680  Server ready at http://0.0.0.0:4000/graphql (schema hash {hexs(12)})")


def n_express():
    kind = ri(0, 5)
    if kind <= 2:
        ua = ch(UAS)
        ip = "::ffff:" + private_ip() if chance(0.7) else ch(VENDOR_IPS)
        return "express", morgan_combined(ip, ch(["GET", "POST"]), route(), ch([200, 200, 204, 304, 401, 404, 502]), ri(0, 30000), "-", ua)
    if kind == 3:
        return "express", T(ch([f"Express server listening on port {ch([3000, 4000, 8080])}", "PayloadTooLargeError: request entity too large (limit 1mb, length 4831042) at readStream (/app/node_modules/raw-body/index.js:163:17)",
                               f"helmet: CSP report from {PORTAL} violated-directive=script-src blocked-uri=https://www.googletagmanager.com/gtm.js"]))
    if kind == 4:
        return "express", T(f"{private_ip()} - {ch(STAFF_USERS)} [{clf_ts()}] \"GET /admin/queues/api/queues?activeQueue={ch(QUEUES)}&status=failed HTTP/1.1\" 200 {ri(200, 9000)} {ri(2, 90)}ms")
    return "express", T(f"{iso_z()} kube-probe/1.29 GET /healthz 200 {ri(0, 4)}ms")


def n_masked():
    kind = ri(0, 4)
    last4 = digits(4)
    if kind == 0:
        return "pino", pino_line("info", "notify-worker", "sms sent", extra={"to": f"+1******{last4}", "sid": tw_sid("SM"), "segments": ri(1, 3), "template": ch(["reminder_48h_v3", "otp_v2", "balance_due_v1"])})
    if kind == 1:
        return "winston", winston_line("info", "notify-worker", f"email delivered to {ch('abcdefghjkmnprstwy')}***@{ch(['g***.com', 'y***.com', 'o***.com'])} via SES", {"messageId": f"0101018f{hexs(8)}-{uuid4()}-000000", "template": "portal_invite_v4"})
    if kind == 2:
        return "nest", nest_line("log", "OtpService", f"OTP verified for phone ending {last4} (session {uuid4()}, attempts={ri(1, 3)})", "portal-bff")
    if kind == 3:
        return "stripe", T(f"[stripe] card_present auth ok terminal=tmr_{b62(14)} brand={ch(['visa', 'mastercard', 'amex'])} last4={last4} amount={ri(1000, 9000)} clinic={ch(CLINICS)[0]}")
    return "pino", pino_line("debug", "intake-api", "redaction applied", extra={"fields": ["guardian.ssn", "guardian.mobile", "child.dob"], "ssn": "***-**-" + last4, "mobile": "(***) ***-" + last4, "dob": "****-**-**"})


def n_erx():
    c = ch(CLINICIANS[:6])
    last = c.split()[-1].rstrip(",")
    kind = ri(0, 2)
    if kind == 0:
        return "nest", nest_line("log", "EpcsService", f"EPCS token renewed for {c} DEA={dea(last)} NPI={npi()} expires in {ri(10, 90)}d", "records-gql")
    if kind == 1:
        ph_ = ch([("Walgreens #09876", "5032321010"), ("Fred Meyer Pharmacy #162", "5037883100"), ("CVS/pharmacy #10872", "3602541554")])
        return "pino", pino_line("info", "records-gql", "pharmacy directory sync", extra={"ncpdpId": digits(7), "name": ph_[0], "phone": pfmt(ph_[1], "paren"), "fax": pfmt(str(int(ph_[1]) + 1), "paren"), "epcs": True})
    return "winston", winston_line("warn", "notify-worker", f"Surescripts directory: prescriber {c} SPI {digits(13)} service level mismatch (NewRx,RxChange)", {"clinic": ch(CLINICS)[1]})


NOISE = [(n_nest_boot, 3), (n_nest_ops, 5), (n_pino_req, 8), (n_pino_misc, 6), (n_winston, 6),
         (n_prisma, 6), (n_bullmq, 5), (n_nextjs, 5), (n_vercel, 4), (n_supabase, 7), (n_stripe, 3),
         (n_twilio, 4), (n_sentry, 4), (n_graphql, 3), (n_express, 4),
         (n_masked, 3), (n_erx, 2)]


# --------------------------------------------------------------------------
# PHI generators (each line carries at least one labeled span)
# --------------------------------------------------------------------------

VISITS = ["WCC 18mo", "WCC 4yr", "WCC 9yr", "sick visit", "IMM only", "ADHD follow-up",
          "sports physical", "telehealth", "newborn weight check", "asthma follow-up", "lactation consult"]


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def jpeg_b64(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def png_b64(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def dob_p(k, styles=("iso", "us", "us_short", "compact", "mon", "dmy", "isoT")):
    return P(fdate(k.dob, ch(styles)), "date")


def h_nest_booked():
    k = fam()
    a = appt_dt()
    msg = seq(f"booked {ch(VISITS)} for ", P(kid_full(k), "name"), " (", P(k.mrn, "mrn"), ") dob=",
              dob_p(k, ("iso", "us")), f" with {ch(CLINICIANS)} at {ch(CLINICS)[0]} on ",
              P(fappt(a, ch(["iso_off", "us_time"])), "date"), f" slot={uuid4()}")
    return "nest", nest_line("log", "AppointmentsService", msg, "scheduling-api", ansi=chance(0.2))


def h_nest_eligibility():
    k = fam()
    g = k.g
    msg = seq("271 AAA*72 (Invalid/Missing Subscriber ID) memberId=", P(member_id(), "health_plan"),
              " subscriber=\"", P(fold(f"{g.last}, {g.first}").upper(), "name"), "\" subscriberDob=",
              P(fdate(g.dob, "compact"), "date"), f" payer=\"{ch(PAYERS)}\" trace={trace_id()[:15]}")
    return "nest", nest_line("warn", "EligibilityService", msg, "eligibility-worker")


def h_nest_intake_phone():
    k = fam()
    msg = seq("ValidationError: guardian.mobile must be a valid E.164 number, received \"",
              P(pfmt(k.g.phone, ch(["paren", "dash", "dot"])), "phone"), f"\" (intakeId={uuid4()}, step=contacts)")
    return "nest", nest_line("error", "IntakeController", msg, "intake-api")


def h_nest_reminder():
    k = fam()
    a = appt_dt(future=True)
    msg = seq("queued SMS reminder to ", P(pfmt(k.g.phone, "e164"), "phone"), " for ", P(k.first, "name"),
              " (appt ", P(fappt(a, "human"), "date"), f", {ch(CLINICS)[1]}) lang={ch(['en', 'es', 'vi', 'so', 'ru', 'zh'])} job={job_id()}")
    return "nest", nest_line("debug", "RemindersService", msg, "notify-worker")


def h_nest_idverify():
    k = fam()
    g = k.g
    st = g.state
    msg = seq(f"OCR front ok conf=0.{ri(80, 99)} type=DL state={st} number=", P(drivers_license(st), "license"),
              " name=\"",
              P(fold(f"{g.last}, {g.first}").upper(), "name"), "\" dob=", P(fdate(g.dob, "us"), "date"),
              " addr=\"", P(fold(g.street).upper(), "address"), " ", P(fold(g.city).upper(), "address"),
              f" {st} ", P(g.zip, "zip"), "\"")
    return "nest", nest_line("verbose", "IdVerificationService", msg, "kiosk-gateway")


def h_nest_merge():
    k = fam()
    msg = seq("merge candidate ", P(k.mrn, "mrn"), " <-> ", P(k.legacy, "mrn"),
              f" score=0.{ri(90, 99)} rule=name+dob+guardianPhone queued for HIM review (task {ri(1000, 9999)})")
    return "nest", nest_line("log", "PatientMatchService", msg, "records-gql")


def h_nest_age():
    k = fam()
    age = ri(90, 97)
    msg = seq(f"consent check: guardian relationship=great-grandmother age=", P(age, "age"),
              " requires secondary contact for ", P(k.mrn, "mrn"), f" (policy CONSENT-07, intake {uuid4()})")
    return "nest", nest_line("warn", "ConsentService", msg, "intake-api")


def h_pino_search():
    k = fam()
    q = seq("/v1/patients/search?lastName=", esc_form(P(k.last, "name")), "&firstName=",
            esc_form(P(k.first, "name")), "&dob=", P(fdate(k.dob, "iso"), "date"), f"&clinic={ch(CLINICS)[0]}")
    ip = public_ipv4()
    req = {"id": uuid4(), "method": "GET", "url": S(q),
           "headers": {"host": "api.maplegrovepeds.com", "x-forwarded-for": S(P(ip, "ip"), ", 10.42.0.1"),
                       "user-agent": ch(UAS[:5]), "x-request-id": uuid4()},
           "remoteAddress": "::ffff:10.42.0.1", "remotePort": ri(30000, 65000)}
    return "pino", pino_line("info", "portal-bff", "incoming request", extra={"req": req})


def h_pino_body():
    k = fam()
    g = k.g
    body = {"child": {"firstName": ph(k.first, "name"), "lastName": ph(k.last, "name"),
                      "dob": ph(fdate(k.dob, "iso"), "date"), "sex": k.sex, "ageYears": max(0, 2024 - k.dob.year)},
            "guardian": {"firstName": ph(g.first, "name"), "lastName": ph(g.last, "name"), "relationship": g.rel,
                         "mobile": ph(pfmt(g.phone, ch(["e164", "paren", "dash"])), "phone"),
                         "email": ph(g.email, "email"),
                         **({"workFax": ph(pfmt(g.phone2, "dash"), "fax")} if chance(0.3) else {}),
                         "address": {"line1": ph(g.street, "address"), "city": ph(g.city, "address"),
                                     "state": g.state, "zip": ph(g.zip, "zip")}},
            "source": ch(["portal", "kiosk", "callcenter"]), "consentSms": chance(0.8)}
    return "pino", pino_line("debug", "intake-api", "POST /v1/intake body", extra={"reqId": uuid4(), "body": body})


def h_pino_err_prisma():
    k = fam()
    msg = seq("\nInvalid `prisma.patient.findUniqueOrThrow()` invocation in\n/app/dist/patients/patients.service.js:88:41\n\n  85 \n  86 async byChart(chartNo) {\n\u2192 88   return this.prisma.patient.findUniqueOrThrow({\n         where: {\n           mrn: \"",
              P(k.mrn, "mrn"), "\"\n         }\n       })\n\nNo Patient found")
    err = {"type": "NotFoundError", "message": S(msg), "code": "P2025", "clientVersion": "5.14.0"}
    return "pino", pino_line("error", "records-gql", "patient lookup failed", extra={"err": err, "traceId": trace_id()})


def h_pino_curbside():
    k = fam()
    mk = ch(VEHICLES)
    st = k.g.state if k.g.state in ("WA", "OR", "CA", "ID") else "OR"
    d = {"event": "curbside.arrived", "kioskId": ch(["curbside-haw", "curbside-cdh", "curbside-sck"]),
         "appointmentId": uuid4(), "child": ph(k.first, "name"),
         "vehicle": {"make": mk[1], "model": mk[2], "color": ch(["silver", "white", "black", "blue", "red", "gray"]),
                     "plate": ph(plate(st), "vehicle"), "state": st},
         "spot": ri(1, 12), "etaMin": 0}
    return "pino", pino_line("info", "kiosk-gateway", "curbside arrival", extra=d)


def h_pino_cgm():
    k = fam()
    d = {"topic": S("rpm/", P(k.mrn, "mrn"), "/cgm"), "transmitterId": ph(dexcom_tx(), "device"),
         "egv": ri(55, 320), "trend": ch(["flat", "fortyFiveUp", "singleDown", "doubleUp"]),
         "lagSec": ri(5, 400), "alert": ch([None, "low", "urgentLow", "high"])}
    return "pino", pino_line(ch(["info", "warn"]), "iot-bridge", "cgm reading", extra=d)


def h_pino_mac():
    k = fam()
    d = {"type": ch(["pulse-ox", "scale", "smart-sock", "peak-flow", "insulin-pump"]),
         "mac": ph(mac(ch([":", "-"]), chance(0.6)), "device"), "patient": ph(k.mrn, "mrn"),
         "rssi": -ri(40, 90), "fw": f"{ri(1, 4)}.{ri(0, 9)}.{ri(0, 30)}", "gateway": f"gw-{hexs(6)}"}
    if d["type"] == "insulin-pump":
        d["serial"] = ph(pump_sn(), "device")
    return "pino", pino_line("info", "iot-bridge", "device paired", extra=d)


def h_pino_greatgrand():
    k = fam()
    d = {"intakeId": uuid4(), "guardianName": ph(f"{ch(['Opal', 'Bernice', 'Dolores', 'Wilma', 'Mae', 'Esther'])} {k.last}", "name"),
         "relationship": "great-grandmother", "guardianAge": Raw(str(ri(90, 99)), "age"),
         "childAgeYears": ri(1, 12), "secondaryContactRequired": True}
    return "pino", pino_line("warn", "intake-api", "guardian age above consent policy threshold", extra=d)


def h_pino_authz():
    k = fam()
    d = {"guardianEmail": ph(k.g.email, "email"), "childChart": ph(k.mrn, "mrn"), "reason": "guardian_not_linked",
         "sessionId": uuid4(), "ip": ph(public_ipv4(), "ip")}
    return "pino", pino_line("warn", "portal-bff", "portal access denied", extra=d)


def h_pino_mbi():
    k = fam()
    d = {"patient": ph(k.mrn, "mrn"), "coverage": "secondary", "program": "Medicare ESRD",
         "mbi": ph(mbi(), "health_plan"), "part": "B", "dialysisCenter": "OHSU Pediatric Dialysis"}
    return "pino", pino_line("info", "eligibility-worker", "COB updated", extra=d)


def h_pino_dl():
    k = fam()
    g = k.g
    st = g.state
    d = {"kioskId": ch(["kiosk-hawthorne-02", "kiosk-cedarhills-01"]), "scan": "PDF417",
         "dlNumber": ph(drivers_license(st), "license"), "dlState": st,
         "holder": ph(fold(f"{g.first} {g.last}").upper(), "name"), "match": ch(["guardian_on_file", "no_match"])}
    return "pino", pino_line("info", "kiosk-gateway", "id scan parsed", extra=d)


def h_w_payment():
    k = fam()
    g = k.g
    meta = {"guarantorAcct": ph(guarantor_acct(), "account"), "payer": ph(f"{g.first} {g.last}", "name"),
            "amount": round(R.uniform(15, 450), 2), "method": "card", "last4": digits(4),
            "paymentIntent": stripe_id("pi"), "postedBy": "stripe-webhook"}
    return "winston", winston_line("info", "billing-svc", "patient payment posted", meta)


def h_w_checkout_leak():
    k = fam()
    g = k.g
    meta = {"form": {"nameOnCard": ph(f"{g.first} {g.last}", "name"), "cardNumber": ph(card_fmt(card_number()), "account"),
                     "exp": f"{ri(1, 12):02d}/{ri(25, 31)}", "cvc": "***", "billingZip": ph(g.zip, "zip"),
                     "saveCard": chance(0.5)}, "statementId": f"ST-{digits(8)}"}
    return "winston", winston_line("debug", "billing-svc", "pay-my-bill form submit (pre-tokenize)", meta)


def h_w_ach():
    k = fam()
    g = k.g
    meta = {"guarantor": ph(f"{g.first} {g.last}", "name"), "routingNumber": routing(),
            "accountNumber": ph(bank_acct(), "account"), "accountType": ch(["checking", "savings"]),
            "guarantorAccount": ph(guarantor_acct(), "account"), "mandateId": stripe_id("pm")}
    return "winston", winston_line("info", "billing-svc", "autopay ACH enrollment", meta)


def h_w_ssn():
    k = fam()
    g = k.g
    asc = chance(0.5)
    meta = {"applicationId": f"OHP-{digits(9)}", "applicant": {"name": ph(f"{g.first} {g.last}", "name"),
            "ssn": ph(ssn(chance(0.7)), "ssn"), "dob": ph(fdate(g.dob, "us"), "date")},
            "household": [{"name": ph(kid_full(k), "name"), "ssn": ph(ssn(chance(0.7)), "ssn"),
                           "dob": ph(fdate(k.dob, "us"), "date"), "relationship": "child"}],
            "county": ph(g.county, "address")}
    return "winston", winston_line("debug", "intake-api", "OHP/Apple Health application payload", meta, ascii=asc)


def h_w_fax_roi():
    k = fam()
    g = k.g
    meta = {"roiId": f"ROI-{digits(6)}", "patient": ph(k.mrn, "mrn"), "requestedBy": ph(f"{g.first} {g.last}", "name"),
            "relationship": g.rel, "deliverTo": {"method": "fax", "number": ph(pfmt(g.phone2, ch(["paren", "dash", "e164"])), "fax"),
                                                 "attn": ph(g.first, "name")},
            "records": ["immunizations", "growth", "visit-notes"], "vendor": "Documo",
            "from": pfmt(ch(CLINICS)[7], "e164")}
    return "winston", winston_line("info", "intake-api", "records release queued", meta)


def h_w_iban():
    k = fam()
    iban = iban_de()
    meta = {"payerName": ph(f"{ch(['Ingrid', 'Lars', 'Kirsten', 'Jürgen', 'Heike'])} {ch(['Müller', 'Schäfer', 'Becker', 'Hoffmann'])}", "name"),
            "relationship": "grandparent", "iban": ph(iban_fmt(iban) if chance(0.5) else iban, "account"),
            "bic": ch(["COBADEFFXXX", "DEUTDEFFXXX", "HYVEDEMMXXX"]), "guarantorAccount": ph(guarantor_acct(), "account"),
            "amount": round(R.uniform(100, 900), 2), "currency": "EUR"}
    return "winston", winston_line("info", "billing-svc", "international wire matched to guarantor", meta)


def h_w_statement():
    k = fam()
    g = k.g
    meta = {"guarantor": ph(f"{g.first} {g.last}", "name"), "acct": ph(guarantor_acct(), "account"),
            "mailTo": {"street": ph(g.street, "address"), "city": ph(g.city, "address"), "state": g.state, "zip": ph(g.zip, "zip")},
            "balance": round(R.uniform(10, 900), 2), "pages": ri(1, 4), "vendor": "Lob", "letterId": "ltr_" + hexs(16)}
    return "winston", winston_line("info", "billing-svc", "statement generated", meta)


def h_w_social_url():
    k = fam()
    g = k.g
    handle = f"{slug(g.first)}.{slug(g.last)}.{ri(1, 99)}"
    meta = {"guardianId": uuid4(), "preferredContact": "messenger",
            "profileUrl": ph(f"https://www.facebook.com/{handle}", "url"), "updatedBy": ch(STAFF_USERS)}
    return "winston", winston_line("info", "notify-worker", "contact preferences updated", meta)


def h_w_nemt():
    k = fam()
    g = k.g
    mk = ch(VEHICLES)
    st = g.state if g.state in ("WA", "OR", "CA", "ID") else "OR"
    a = appt_dt()
    meta = {"program": "OHP NEMT mileage", "driver": ph(f"{g.first} {g.last}", "name"),
            "vehicle": {"vin": ph(vin(mk[0]), "vehicle"), "plate": ph(plate(st), "vehicle"), "state": st,
                        "make": mk[1], "model": mk[2]},
            "trip": {"member": ph(medicaid_id(st), "health_plan"), "apptDate": ph(fdate(a.date(), "iso"), "date"),
                     "miles": round(R.uniform(3, 60), 1), "clinic": ch(CLINICS)[1]}}
    return "winston", winston_line("info", "billing-svc", "mileage reimbursement request", meta)


def h_prisma_params():
    k = fam()
    v = ch([("mrn", k.mrn, "mrn"), ("legacyChartNo", k.legacy, "mrn"), ("email", k.g.email, "email")])
    tbl = "Patient" if v[0] != "email" else "Guardian"
    q = (f'SELECT "public"."{tbl}"."id", "public"."{tbl}"."{v[0]}", "public"."{tbl}"."createdAt" FROM "public"."{tbl}" '
         f'WHERE "public"."{tbl}"."{v[0]}" = $1 LIMIT $2 OFFSET $3')
    return "prisma", seq(f"prisma:query {q} -- params: [\"", P(v[1], v[2]), f"\",1,0] duration: {ri(1, 40)}ms")


def h_prisma_validation():
    k = fam()
    g = k.g
    body = seq("\nInvalid `prisma.guardian.create()` invocation:\n\n{\n  data: {\n    firstName: \"",
               P(g.first, "name"), "\",\n    lastName: \"", P(g.last, "name"), "\",\n    dob: \"",
               P(fdate(g.dob, "us"), "date"), "\",\n         ~~~~~~~~~~~~\n    phone: \"",
               P(pfmt(g.phone, "e164"), "phone"), "\",\n    relationship: \"", g.rel.upper().replace(" ", "_"),
               "\"\n  }\n}\n\nInvalid value for argument `dob`: premature end of input. Expected ISO-8601 DateTime.")
    d = {"level": 50, "time": epoch_ms(), "pid": 1, "hostname": host("intake-api"),
         "err": {"type": "PrismaClientValidationError", "message": S(body), "clientVersion": "5.14.0"},
         "msg": "createGuardian failed"}
    return "prisma", J(d)


def h_prisma_unique():
    k = fam()
    return "prisma", seq("PrismaClientKnownRequestError [P2002]: Unique constraint failed on the fields: (`email`) ",
                         f"model=Guardian target=Guardian_email_key attempted=\"", P(k.g.email, "email"),
                         f"\" reqId={uuid4()}")


def h_prisma_raw():
    k = fam()
    g = k.g
    q = seq("SELECT g.id, g.portal_user_id FROM guardians g WHERE lower(g.email) = lower('",
            esc_sql(P(g.email, "email")), "') OR g.phone_e164 = '", P(pfmt(g.phone, "e164"), "phone"),
            "' OR (g.last_name = '", esc_sql(P(g.last, "name")), "' AND g.dob = '", P(fdate(g.dob, "iso"), "date"), "')")
    return "prisma", seq("prisma:query ", q)


def h_prisma_event_json():
    k = fam()
    params = J([ph(k.last, "name"), ph(fdate(k.dob, "iso"), "date"), 25, 0])
    d = {"level": 20, "time": epoch_ms(), "msg": "prisma:query",
         "query": 'SELECT "public"."Patient"."id" FROM "public"."Patient" WHERE ("public"."Patient"."lastName" ILIKE $1 AND "public"."Patient"."dob" = $2) LIMIT $3 OFFSET $4',
         "params": S(params), "duration": ri(1, 90)}
    return "prisma", J(d)


def h_bull_data():
    k = fam()
    a = appt_dt(future=True)
    data = {"guardianPhone": ph(pfmt(k.g.phone, "e164"), "phone"), "childFirst": ph(k.first, "name"),
            "apptAt": ph(fappt(a, "iso_z"), "date"), "clinic": ch(CLINICS)[0], "lang": ch(["en", "es", "vi", "so"]),
            "template": "reminder_48h_v3"}
    return "bullmq", seq(f"[bullmq] processing job {job_id()} (appointment-reminder) attempt 1/5 data=", J(data))


def h_bull_failed_twilio():
    k = fam()
    return "bullmq", seq(f"[bullmq] job {job_id()} in sms-outbound failed: RestException [Error]: The 'To' number ",
                         P(pfmt(k.g.phone, "e164"), "phone"), " is not a valid phone number. (code 21211, moreInfo https://www.twilio.com/docs/errors/21211)")


def h_bull_eligibility():
    k = fam()
    g = k.g
    data = {"payer": ch(PAYERS), "memberId": ph(member_id(), "health_plan"), "subscriber": {"first": ph(g.first, "name"), "last": ph(g.last, "name"),
            "dob": ph(fdate(g.dob, "compact"), "date")}, "dependent": {"first": ph(k.first, "name"), "dob": ph(fdate(k.dob, "compact"), "date")},
            "serviceType": "30", "npi": npi()}
    d = {"level": "info", "queue": "eligibility-270", "event": "active", "jobId": job_id(), "data": data}
    return "bullmq", J(d)


def h_bull_invite():
    k = fam()
    url = f"https://{PORTAL}/invite/accept?token={b62(32)}&chart={k.mrn}"
    data = {"to": ph(k.g.email, "email"), "childName": ph(kid_full(k), "name"), "inviteUrl": ph(url, "url"),
            "expiresInHours": 72}
    return "bullmq", seq(f"[bullmq] portal-invite job {job_id()} added ", J(data, pretty=True))


def h_bull_iis():
    k = fam()
    g = k.g
    msh = f"MSH|^~\\&|MGPP|{ch(CLINICS)[0]}|ALERT|OHA|{now():%Y%m%d%H%M%S}||VXU^V04^VXU_V04|{digits(12)}|P|2.5.1"
    pid = seq("PID|1||", P(k.mrn, "mrn"), "^^^MGP^MR||", P(fold(k.last).upper(), "name"), "^",
              P(fold(k.first).upper(), "name"), "||", P(fdate(k.dob, "compact"), "date"), f"|{k.sex}|||",
              P(fold(g.street).upper(), "address"), "^^", P(fold(g.city).upper(), "address"), f"^{g.state}^",
              P(g.zip, "zip"), "||", P(pfmt(g.phone, "raw"), "phone"), "^PRN^PH")
    nk1 = seq("NK1|1|", P(fold(g.last).upper(), "name"), "^", P(fold(g.first).upper(), "name"), f"|{'MTH' if g.rel == 'mother' else 'GRD'}^{g.rel.title()}^HL70063")
    hl7 = seq(msh, "\r", pid, "\r", nk1, f"\rRXA|0|1|{now():%Y%m%d}||{ch(['03', '10', '20', '133', '208'])}^vaccine^CVX|0.5|mL")
    d = {"level": "debug", "queue": "vaccine-registry-submit", "jobId": job_id(), "message": S(hl7)}
    return "bullmq", J(d)


def h_bull_statement():
    k = fam()
    g = k.g
    return "bullmq", seq(f"[bullmq] statement-pdf job {job_id()} rendering for guarantor ", P(f"{g.first} {g.last}", "name"),
                         " acct ", P(guarantor_acct(), "account"), f" ({ri(1, 3)} pages, template=stmt_v7)")


def h_next_path():
    k = fam()
    sub = ch(["immunizations?print=1", "growth", "visits", "forms/school-med-auth", "documents", "allergies"])
    return "nextjs", seq(f" {ch(['GET', 'GET', 'POST'])} /portal/children/", P(k.mrn, "mrn"), f"/{sub} {ch([200, 200, 304, 404, 500])} in {ri(8, 1500)}ms")


def h_next_guardian_err():
    k = fam()
    return "nextjs", seq(" \u2a2f Error: guardian ", P(k.g.email, "email"), " is not linked to child ", P(k.mrn, "mrn"),
                         f"\\n    at assertGuardianAccess (/var/task/.next/server/chunks/{ri(100, 999)}.js:1:{ri(1000, 9999)}) {{ digest: '{ri(100000000, 4294967295)}' }}")


def h_next_summary_link():
    k = fam()
    dob = fdate(k.dob, "iso")
    url = ch([f"https://{PORTAL}/v/summary?chart={k.mrn}&dob={dob}",
              f"https://{VERCEL_APP}/api/visit-summary/{k.mrn}.pdf?sig={hexs(20)}",
              f"https://{PORTAL}/portal/children/{k.mrn}/growth?share={b62(16)}"])
    return "nextjs", seq(f"[portal] visit summary link generated ({ri(20, 200)}ms): ", P(url, "url"))


def h_next_action():
    k = fam()
    g = k.g
    obj = {"childId": uuid4(), "guardianName": ph(f"{g.first} {g.last}", "name"),
           "phone": ph(pfmt(g.phone, ch(["paren", "dash"])), "phone"), "email": ph(g.email, "email"),
           "smsOptIn": True}
    return "nextjs", seq("[action] updateContact ", inspect(obj))


def h_vercel_ip():
    k = fam()
    ip = public_ipv4() if chance(0.7) else public_ipv6()
    path = S("/portal/children/", P(k.mrn, "mrn"), "/immunizations")
    d = vercel_drain(S("GET /portal/children/", P(k.mrn, "mrn"), f"/immunizations {ri(20, 800)}ms"), path, 200,
                     extra_proxy={"clientIp": ph(ip, "ip"), "path": path, "userAgent": [ch(UAS[:5])]})
    return "vercel", J(d)


def h_vercel_text():
    k = fam()
    return "vercel", seq(f"{now():%Y-%m-%d %H:%M:%S}.{ms3(now())} [error] [POST] /api/forms/submit status=500 ",
                         "Error: duplicate ASQ-3 submission guardian=", P(k.g.email, "email"), " child=",
                         P(k.first, "name"), " ", P(k.last, "name"), f" form=asq-3-24mo ref={b62(10)}")


def h_pg_dupkey():
    k = fam()
    return "supabase-pg", pg_line("DETAIL", seq("Key (email)=(", P(k.g.email, "email"), ") already exists."))


def h_pg_update():
    k = fam()
    g = k.g
    sql = seq("UPDATE public.guardians SET phone_e164 = '", P(pfmt(g.phone, "e164"), "phone"), "', last_name = '",
              esc_sql(P(g.last, "name")), f"', updated_at = now() WHERE id = '{uuid4()}'")
    return "supabase-pg", pg_line("LOG", seq("statement: ", sql), user="postgres@postgres")


def h_pg_slow():
    k = fam()
    sql = seq("SELECT p.id, p.mrn FROM public.patients p WHERE p.dob = '", P(fdate(k.dob, "iso"), "date"),
              "' AND lower(p.last_name) = lower('", esc_sql(P(k.last, "name")), "')")
    return "supabase-pg", pg_line("LOG", seq(f"duration: {R.uniform(500, 6000):.3f} ms  statement: ", sql), user="authenticator@postgres")


def h_auth_login():
    k = fam()
    ip = public_ipv4() if chance(0.75) else public_ipv6()
    d = {"level": "info", "msg": "Login", "action": "login",
         "auth_event": {"action": "login", "actor_id": uuid4(), "actor_username": ph(k.g.email, "email"),
                        "actor_via_sso": False, "log_type": "account", "traits": {"provider": ch(["email", "google", "apple"])}},
         "remote_addr": ph(ip, "ip"), "request_id": uuid4()}
    return "supabase-auth", gotrue_line(d)


def h_auth_otp():
    k = fam()
    d = {"level": "info", "msg": "Sending SMS OTP", "method": "POST", "path": "/otp",
         "phone": ph(k.g.phone if chance(0.5) else "1" + k.g.phone, "phone"), "sms_provider": "twilio",
         "remote_addr": ph(public_ipv4(), "ip"), "request_id": uuid4()}
    return "supabase-auth", gotrue_line(d)


def h_storage_upload():
    k = fam()
    fn = ch(["insurance-card-front.jpg", "insurance-card-back.jpg", "school-form.pdf", "rash.heic", "iep-2024.pdf"])
    url = S("/object/patient-docs/", P(k.mrn, "mrn"), f"/{fn}")
    d = {"level": 30, "time": epoch_ms(), "pid": 1, "hostname": "storage-api", "reqId": f"req-{b62(6)}", "tenantId": SUPA_REF,
         "req": {"region": "us-west-1", "method": "POST", "url": url,
                 "headers": {"x_forwarded_for": ph(public_ipv4(), "ip"), "x_client_info": "supabase-js-web/2.43.4", "content_length": str(ri(40000, 4000000))},
                 "remoteAddress": private_ip()},
         "res": {"statusCode": 200}, "responseTime": round(R.uniform(30, 900), 3), "msg": "request completed"}
    return "supabase-storage", J(d)


def h_edge_photo():
    k = fam()
    if chance(0.6):
        uri = "data:image/jpeg;base64," + jpeg_b64(ri(700, 2200))
    else:
        uri = "data:image/png;base64," + png_b64(ri(600, 1800))
    body = {"kioskId": ch(["kiosk-hawthorne-02", "kiosk-cedarhills-01"]), "chart": ph(k.mrn, "mrn"),
            "purpose": "chart-photo", "image": ph(uri, "photo")}
    return "supabase-edge", seq("[kiosk-checkin] payload ", J(body))


def h_edge_face():
    k = fam()
    vec = struct.pack("<128f", *[R.gauss(0, 0.09) for _ in range(128)])
    tmpl = base64.b64encode(vec).decode()
    d = {"event": "guardian_face_match", "guardianId": uuid4(), "guardianName": ph(f"{k.g.first} {k.g.last}", "name"),
         "embeddingModel": "arcface-r100-v2", "faceTemplate": ph(tmpl, "biometric"), "score": round(R.uniform(0.6, 0.99), 3),
         "threshold": 0.82}
    return "supabase-edge", seq("[kiosk-checkin] ", J(d))


def h_fingerprint():
    k = fam()
    raw = b"FMR\x00 20\x00" + rbytes(ri(180, 420))
    d = {"subject": "guardian", "guardianOf": ph(k.mrn, "mrn"),
         "format": "ISO19794-2", "finger": ch(["R_INDEX", "L_INDEX", "R_THUMB"]),
         "template": ph(base64.b64encode(raw).decode(), "biometric"), "quality": ri(40, 100)}
    return "pino", pino_line("debug", "kiosk-gateway", "biometric enroll", extra=d)


def h_voiceprint():
    k = fam()
    vp = base64.b64encode(b"VPv2" + rbytes(ri(200, 360))).decode()
    return "twilio", seq(f"[ivr] voice verification enrolled CallSid={tw_sid('CA')} caller=", P(pfmt(k.g.phone, "e164"), "phone"),
                         " voiceprint=", P(vp, "biometric"), f" engine=nuance-gatekeeper score=0.{ri(70, 99)}")


def h_stripe_charge():
    k = fam()
    g = k.g
    bd = {"address": {"city": ph(g.city, "address"), "country": "US", "line1": ph(g.street, "address"), "line2": None,
                      "postal_code": ph(g.zip, "zip"), "state": g.state},
          "email": ph(g.email, "email"), "name": ph(f"{g.first} {g.last}", "name"),
          "phone": ph(pfmt(g.phone, "e164"), "phone") if chance(0.6) else None}
    obj = {"id": stripe_id("ch"), "object": "charge", "amount": ri(1500, 45000), "billing_details": bd,
           "customer": stripe_id("cus"), "metadata": {"chart_no": ph(k.mrn, "mrn"), "guarantor_account": ph(guarantor_acct(), "account"),
                                                     "statement_id": f"ST-{digits(8)}"},
           "payment_method_details": {"card": {"brand": "visa", "last4": digits(4), "exp_month": ri(1, 12), "exp_year": ri(2025, 2030)}, "type": "card"},
           "receipt_email": ph(g.email, "email"), "status": "succeeded"}
    d = {"id": stripe_id("evt"), "object": "event", "type": "charge.succeeded", "data": {"object": obj}}
    return "stripe", seq("[stripe] event payload ", J(d))


def h_stripe_customer():
    k = fam()
    g = k.g
    obj = {"id": stripe_id("cus"), "object": "customer", "email": ph(g.email, "email"), "name": ph(f"{g.first} {g.last}", "name"),
           "phone": ph(pfmt(g.phone, "e164"), "phone"),
           "description": S("Guarantor for ", P(kid_full(k), "name"), " (", P(k.mrn, "mrn"), ")")}
    d = {"level": "info", "message": "stripe customer.created", "data": obj}
    return "stripe", J(d)


def h_stripe_text():
    k = fam()
    return "stripe", seq(f"[stripe] checkout.session.completed {stripe_id('cs')} amount_total={ri(1500, 40000)} customer_details.email=",
                         P(k.g.email, "email"), " customer_details.name=\"", P(f"{k.g.first} {k.g.last}", "name"),
                         "\" client_reference_id=", P(guarantor_acct(), "account"))


def h_tw_status():
    k = fam()
    body = seq(f"SmsSid={tw_sid('SM')}&SmsStatus=delivered&MessageStatus=delivered&To=",
               esc_form(P(pfmt(k.g.phone, "e164"), "phone")), f"&MessagingServiceSid={TW_MSGSVC}&MessageSid={tw_sid('SM')}&AccountSid={TW_ACCOUNT}&From=",
               urllib.parse.quote_plus(TW_FROM), "&ApiVersion=2010-04-01")
    return "twilio", seq("twilio status callback body: ", body)


def h_tw_inbound():
    k = fam()
    g = k.g
    a = appt_dt()
    text = seq(ch(["Hi this is ", "Hola soy ", "hello its "]), P(g.first, "name"), ", ", P(k.first, "name"),
               ch(["'s mom. ", "'s dad. ", " guardian. "]), "can we move ", ch(["her", "his", "their"]), " appt on ",
               P(fdate(a.date(), "md"), "date"), ch([" to later? fever since last night", " pls", " to next week? thx", "? we're out of town"]))
    body = seq(f"ToCountry=US&ToState=OR&SmsMessageSid={tw_sid('SM')}&NumMedia=0&ToCity=PORTLAND&FromZip=", P(g.zip, "zip"),
               f"&SmsSid={tw_sid('SM')}&FromState={g.state}&SmsStatus=received&FromCity=", esc_form(P(fold(g.city).upper(), "address")),
               "&Body=", esc_form(text), "&FromCountry=US&To=", urllib.parse.quote_plus(TW_FROM),
               f"&MessagingServiceSid={TW_MSGSVC}&ToZip=97215&NumSegments=1&MessageSid={tw_sid('SM')}&AccountSid={TW_ACCOUNT}&From=",
               esc_form(P(pfmt(g.phone, "e164"), "phone")), "&ApiVersion=2010-04-01")
    return "twilio", seq("POST /webhooks/twilio/sms ", body)


def h_tw_voice():
    k = fam()
    g = k.g
    d = {"level": "info", "msg": "inbound call", "CallSid": tw_sid("CA"), "Caller": ph(pfmt(g.phone, "e164"), "phone"),
         "CallerCity": ph(fold(g.city).upper(), "address"), "CallerState": g.state, "CallerZip": ph(g.zip, "zip"),
         "To": TW_FROM, "Direction": "inbound", "CallStatus": "ringing", "queue": f"frontdesk-{ch(CLINICS)[0].lower()}"}
    return "twilio", J(d)


def h_tw_verify():
    k = fam()
    return "twilio", seq(f"[twilio] verify {tw_sid('VE')} sent to ", P(pfmt(k.g.phone, ch(["e164", "e164sp"])), "phone"),
                         f" channel=sms status=pending service={tw_sid('VA')} lookup.carrier={ch(['T-Mobile USA, Inc.', 'Verizon Wireless', 'AT&T Wireless'])}")


def h_tw_lookup():
    k = fam()
    g = k.g
    d = {"caller_name": {"caller_name": ph(fold(f"{g.last} {g.first}").upper()[:15].rstrip(), "name"), "caller_type": "CONSUMER", "error_code": None},
         "country_code": "US", "phone_number": ph(pfmt(g.phone, "e164"), "phone"), "national_format": ph(pfmt(g.phone, "paren"), "phone"),
         "line_type_intelligence": {"type": "mobile", "carrier_name": ch(["T-Mobile USA, Inc.", "Verizon Wireless"])}}
    return "twilio", seq("[twilio] lookup v2 ", J(d))


def h_sentry_console():
    k = fam()
    inner = inspect({"name": ph(kid_full(k), "name"), "dob": ph(fdate(k.dob, "iso"), "date"), "chart": ph(k.mrn, "mrn"),
                     "allergies": ["amoxicillin"]})
    bc = {"timestamp": float(epoch_s_float()), "category": "console", "level": "log",
          "message": S("child loaded ", inner), "data": {"logger": "console"}}
    return "sentry", seq("[sentry] breadcrumb ", J(bc))


def h_sentry_nav():
    k = fam()
    bc = {"timestamp": float(epoch_s_float()), "category": "navigation",
          "data": {"from": S("/portal/children/", P(k.mrn, "mrn"), "/growth"), "to": S("/portal/children/", P(k.mrn, "mrn"), "/immunizations")}}
    return "sentry", seq("Sentry Logger [log]: Adding breadcrumb ", J(bc))


def h_sentry_user():
    k = fam()
    ev = {"event_id": hexs(32), "level": "error", "release": f"portal@{git_sha(7)}",
          "user": {"id": uuid4(), "email": ph(k.g.email, "email"), "ip_address": ph(public_ipv4(), "ip")},
          "exception": {"values": [{"type": "TypeError", "value": "Failed to fetch"}]}, "transaction": "/portal/appointments/book"}
    return "sentry", seq("Sentry Logger [log]: Captured error event ", J(ev))


def h_sentry_fetch_url():
    k = fam()
    url = ch([f"https://api.maplegrovepeds.com/v1/eligibility?memberId={member_id()}&dob={fdate(k.dob, 'iso')}",
              f"https://api.maplegrovepeds.com/v1/patients/{k.mrn}/summary",
              f"https://{SUPA_REF}.supabase.co/storage/v1/object/sign/patient-docs/{k.mrn}/insurance-card-front.jpg?token=eyJ{b62(40)}"])
    bc = {"timestamp": float(epoch_s_float()), "category": "fetch", "data": {"method": "GET", "url": ph(url, "url"), "status_code": ch([200, 401, 500])}, "type": "http"}
    return "sentry", seq("[sentry] breadcrumb ", J(bc))


def h_gql_vars():
    k = fam()
    g = k.g
    st = g.state
    inp = {"firstName": ph(k.first, "name"), "lastName": ph(k.last, "name"), "dob": ph(fdate(k.dob, "iso"), "date"),
           "medicaidId": ph(medicaid_id(st), "health_plan"),
           "guardian": {"name": ph(f"{g.first} {g.last}", "name"), "phone": ph(pfmt(g.phone, "e164"), "phone"), "relationship": g.rel}}
    d = {"operationName": "CreatePatient", "variables": {"input": inp}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hexs(64)}}}
    return "graphql", seq("[apollo] request ", J(d))


def h_gql_error_dob():
    k = fam()
    return "graphql", seq("GraphQLError: Variable \"$input\" got invalid value \"", P(fdate(k.dob, ch(["us", "us_short", "mon"])), "date"),
                          "\" at \"input.dob\"; Expected type \"Date\". Date cannot represent an invalid date-string (ISO-8601 required)")


def h_gql_resolver():
    k = fam()
    g = k.g
    arr = [{"name": ph(f"{g.first} {g.last}", "name"), "relationship": g.rel, "phone": ph(pfmt(g.phone, "dash"), "phone")}]
    return "graphql", seq("[gql] Patient.guardians(", P(k.mrn, "mrn"), f") {ri(2, 40)}ms -> ", J(arr))


def h_gql_other_id():
    k = fam()
    kind = ch(["curp", "cpf", "aNumber"])
    val = {"curp": lambda: curp(k.first, k.last, k.dob, k.sex), "cpf": cpf, "aNumber": a_number}[kind]()
    inp = {"chart": ph(k.mrn, "mrn"), kind: ph(val, "other_id"), "countryOfBirth": {"curp": "MX", "cpf": "BR", "aNumber": ch(["AF", "UA", "GT", "SO"])}[kind],
           "interpreter": ch(["es", "pt", "ps", "uk", "so"])}
    d = {"level": 30, "time": epoch_ms(), "msg": "mutation UpdateDemographics", "variables": {"input": inp}, "durationMs": ri(5, 200)}
    return "graphql", J(d)


def h_morgan_ip():
    k = fam()
    ip = public_ipv4()
    path = ch([seq("/v1/children/", P(k.mrn, "mrn"), "/immunizations"),
               seq("/v1/patients/lookup?dob=", P(fdate(k.dob, "iso"), "date"), "&last=", esc_url(P(k.last, "name"), safe="")),
               seq("/v1/forms/school-med-auth?chart=", P(k.mrn, "mrn"))])
    return "express", morgan_combined(P(ip, "ip"), "GET", None, ch([200, 200, 304, 404]), ri(200, 20000),
                                      f"https://{PORTAL}/portal", ch(UAS[:4]), path_segs=path)


def h_express_bodyparser():
    k = fam()
    g = k.g
    raw = seq("{\"parentName\":\"", P(f"{g.first} {g.last}", "name"), "\",\"ssn\":\"", P(ssn(), "ssn"),
              "\",\"childDob\":\"", P(fdate(k.dob, "us"), "date"), "\",}")
    return "express", seq(f"SyntaxError: Unexpected token }} in JSON at position {ri(60, 120)} (body-parser) rawBody=", raw)


def h_udi():
    k = fam()
    dev = ch(["VP shunt (Codman Certas Plus)", "cochlear implant (Nucleus CI632)", "VNS pulse generator", "G-tube (MIC-KEY 14Fr)"])
    d = {"patient": ph(k.mrn, "mrn"), "device": dev, "udi": ph(udi(), "device"),
         "implanted": ph(fdate(rand_date((2016, 1, 1), (2024, 5, 1)), "iso"), "date"), "source": "OHSU CCD import"}
    return "graphql", seq("[gql] Mutation.addImplant ", J(d))


def h_imei():
    k = fam()
    d = {"program": "RPM-asthma", "tabletImei": ph(imei(), "device"), "assignedTo": ph(k.mrn, "mrn"),
         "guardianPhone": ph(pfmt(k.g.phone, "e164"), "phone"), "shipTo": ph(k.g.zip, "zip"), "carrier": "T-Mobile"}
    return "winston", winston_line("info", "iot-bridge", "rpm kit provisioned", d)


def h_county_wa():
    k = fam()
    g = k.g
    meta = {"providerOneId": ph(medicaid_id("WA"), "health_plan"), "client": ph(f"{k.first} {k.last}", "name"),
            "county": ph(ch(["Clark", "Cowlitz", "Skamania", "Klickitat"]), "address"), "plan": "Molina Healthcare of WA", "ac": "1217"}
    return "winston", winston_line("info", "eligibility-worker", "Apple Health eligibility confirmed", meta)


def h_pino_adt():
    k = fam()
    adm = rand_date((2024, 5, 1), (2024, 6, 4))
    dis = adm + dt.timedelta(days=ri(1, 6))
    st = ch(["iso", "us"])
    d = {"child": ph(kid_full(k, middle=True), "name"), "chart": ph(k.legacy, "mrn"),
         "admitted": ph(fdate(adm, st), "date"), "discharged": ph(fdate(dis, st), "date"),
         "facility": "Randall Children's Hospital", "dx": "J21.0", "followUpWithin": "48h"}
    return "pino", pino_line("info", "records-gql", "ADT discharge notification ingested", extra=d)



def h_next_photo():
    k = fam()
    uri = "data:image/jpeg;base64," + jpeg_b64(ri(500, 1500))
    obj = {"chart": ph(k.mrn, "mrn"), "kind": "profile", "dataUrl": ph(uri, "photo"), "bytes": ri(40000, 90000)}
    return "nextjs", seq("[action] uploadChildPhoto ", inspect(obj))


PHI = [(h_nest_booked, 5), (h_nest_eligibility, 3), (h_nest_intake_phone, 2), (h_nest_reminder, 4),
       (h_nest_idverify, 2), (h_nest_merge, 2), (h_nest_age, 2),
       (h_pino_search, 4), (h_pino_body, 3), (h_pino_err_prisma, 2), (h_pino_curbside, 3), (h_pino_cgm, 2),
       (h_pino_mac, 2), (h_pino_greatgrand, 2), (h_pino_authz, 3), (h_pino_mbi, 1), (h_pino_dl, 2), (h_pino_adt, 2),
       (h_w_payment, 3), (h_w_checkout_leak, 2), (h_w_ach, 2), (h_w_ssn, 3), (h_w_fax_roi, 3), (h_w_iban, 1),
       (h_w_statement, 2), (h_w_social_url, 2), (h_w_nemt, 3),
       (h_prisma_params, 4), (h_prisma_validation, 2), (h_prisma_unique, 2), (h_prisma_raw, 2), (h_prisma_event_json, 2),
       (h_bull_data, 4), (h_bull_failed_twilio, 2), (h_bull_eligibility, 3), (h_bull_invite, 2), (h_bull_iis, 2),
       (h_bull_statement, 2),
       (h_next_path, 4), (h_next_guardian_err, 2), (h_next_summary_link, 3), (h_next_action, 2),
       (h_vercel_ip, 3), (h_vercel_text, 2),
       (h_pg_dupkey, 2), (h_pg_update, 2), (h_pg_slow, 2), (h_auth_login, 4), (h_auth_otp, 2), (h_storage_upload, 3),
       (h_edge_photo, 3), (h_next_photo, 2), (h_edge_face, 1), (h_fingerprint, 1), (h_voiceprint, 1),
       (h_stripe_charge, 3), (h_stripe_customer, 2), (h_stripe_text, 2),
       (h_tw_status, 4), (h_tw_inbound, 3), (h_tw_voice, 2), (h_tw_verify, 2), (h_tw_lookup, 1),
       (h_sentry_console, 2), (h_sentry_nav, 2), (h_sentry_user, 2), (h_sentry_fetch_url, 3),
       (h_gql_vars, 3), (h_gql_error_dob, 2), (h_gql_resolver, 2), (h_gql_other_id, 4),
       (h_morgan_ip, 4), (h_express_bodyparser, 2), (h_udi, 2), (h_imei, 1), (h_county_wa, 2)]

# each of these appears at least once so that rare categories are always present
REQUIRED_PHI = [h_nest_age, h_pino_greatgrand, h_edge_face, h_fingerprint, h_voiceprint, h_w_iban,
                h_pino_mbi, h_tw_lookup, h_edge_photo, h_next_photo, h_w_fax_roi, h_gql_other_id, h_w_nemt,
                h_pino_curbside, h_nest_idverify, h_pino_dl, h_udi, h_imei, h_w_social_url, h_express_bodyparser,
                h_w_fax_roi, h_gql_other_id, h_nest_age]

K8S_FAMILIES = {"nest", "pino", "winston", "bullmq", "graphql", "prisma"}


def pick(pool):
    fns, ws = zip(*pool)
    return R.choices(fns, weights=ws, k=1)[0]


def build(segs):
    buf = bytearray()
    spans = []
    for text, cat, orig in segs:
        b = text.encode("utf-8")
        start = len(buf)
        buf += b
        if cat:
            assert b, "empty labeled segment"
            spans.append({"s": start, "e": len(buf), "cat": cat, "_v": b, "_o": orig})
    return bytes(buf), spans


def _json_unesc(x):
    return json.loads('"' + x + '"')


def _js_unesc(x):
    return x.replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


DECODERS = [_json_unesc, urllib.parse.unquote_plus, urllib.parse.unquote,
            lambda x: x.replace("''", "'"), _js_unesc]


def decodings(x):
    seen = {x}
    frontier = {x}
    for _ in range(3):
        nxt = set()
        for y in frontier:
            for f in DECODERS:
                try:
                    nxt.add(f(y))
                except Exception:
                    pass
        frontier = nxt - seen
        seen |= nxt
    return seen


def main():
    plan = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(plan)
    n_phi = N_LINES - N_CLEAN
    phi_gens = list(REQUIRED_PHI) + [pick(PHI) for _ in range(n_phi - len(REQUIRED_PHI))]
    R.shuffle(phi_gens)
    phi_iter = iter(phi_gens)
    lines, labels = [], []
    for n, is_phi in enumerate(plan, 1):
        CL.tick()
        family, segs = (next(phi_iter) if is_phi else pick(NOISE))()
        if family in K8S_FAMILIES and chance(0.12):
            segs = seq(cri_prefix(), segs)
        data, spans = build(segs)
        assert b"\n" not in data and b"\r" not in data, (n, family)
        assert len(data) <= MAX_LINE, (n, family, len(data))
        assert bool(spans) == is_phi, (n, family)
        data.decode("utf-8")
        lines.append(data)
        labels.append((n, family, spans))

    log_path = os.path.join(HERE, "bv.log")
    lab_path = os.path.join(HERE, "bv.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for n, family, spans in labels:
            rec = {"line": n, "family": family, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- verify what was written -------------------------------------------
    with open(log_path, "rb") as f:
        written = f.read().split(b"\n")
    assert written[-1] == b"" and len(written) == N_LINES + 1
    written = written[:-1]
    with open(lab_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    assert len(recs) == N_LINES
    counts = {}
    for (n, family, spans), line, rec in zip(labels, written, recs):
        assert rec["line"] == n
        prev_end = 0
        for sp, rsp in zip(spans, rec["spans"]):
            s, e = rsp["s"], rsp["e"]
            assert s >= prev_end, (n, "overlap")
            prev_end = e
            seg = line[s:e]
            assert seg == sp["_v"], (n, seg, sp["_v"])
            txt = seg.decode("utf-8")
            assert sp["_o"] in decodings(txt), (n, txt, sp["_o"])
            assert txt == txt.strip() and txt, (n, txt)
            counts[rsp["cat"]] = counts.get(rsp["cat"], 0) + 1
    clean = sum(1 for r in recs if not r["spans"])
    if "-q" not in sys.argv:
        print(f"lines={N_LINES} clean={clean} ({clean / N_LINES:.1%}) spans={sum(counts.values())}")
        for c in sorted(counts, key=lambda c: -counts[c]):
            print(f"  {c:12s} {counts[c]}")
        fams = {}
        for _, family, _ in labels:
            fams[family] = fams.get(family, 0) + 1
        print("families:", dict(sorted(fams.items(), key=lambda x: -x[1])))
        missing = CATS - set(counts)
        if missing:
            print("MISSING categories:", sorted(missing))


if __name__ == "__main__":
    main()
