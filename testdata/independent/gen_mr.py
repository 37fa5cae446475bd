#!/usr/bin/env python3
"""Synthetic labeled log corpus "mr": a pediatric autism ABA therapy provider
(BrightPath Behavioral, fictional, Austin TX area) running in-home and
center-based services on a Ruby on Rails monolith hosted on Heroku.

Sources mixed in the file: Rails logger lines, lograge key=value, Heroku router,
Papertrail syslog and Papertrail archive TSV, RFC5424 logplex drain frames,
Sidekiq (text and JSON formatter), Postgres server log, ActionMailer, Ruby
backtraces, React Native device logs (Android logcat / iOS os_log, WatermelonDB
sync), SQLite traces, EVV visit records (Sandata-style JSON and key=value check
in/out with GPS), X12 837P claim and 835 remittance segments, parent portal
message JSON, school district IEP coordination e-mails (one header/body line per
physical line), RBT payroll/timesheet CSV exports, insurance authorization
tracking pipe rows, intake / diagnostic-evaluation scheduling webhooks and BCBA
session notes (free text, SOAP).

Everything is synthetic. Standard library only, fixed seed, deterministic.
Writes mr.log and mr.labels.jsonl next to this file.

Labeling decisions:
- Persons whose identifiers are labeled: the client (child), parents, guardians,
  grandparents, foster parents, emergency contacts, authorized pickup adults,
  insurance subscribers/guarantors. Staff (RBTs, BCBAs, intake coordinators,
  billing staff), school district staff, referring physicians, payers, vendors
  and the provider itself are never labeled (names, emails, phones, NPIs, BACB
  certification numbers, tax IDs, employee IDs).
- Names: every written form is labeled as one span (full name, "LAST, FIRST",
  first name alone, "Amara O.", lowercase in URLs/search params). X12 NM1
  last and first name elements are two separate spans.
- Addresses: street line and city are separate "address" spans, ZIP is "zip",
  state is not labeled. County of residence is "address". EVV GPS coordinates
  of in-home visits (check-in/out and geofence-miss positions) are "address"
  (latitude and longitude are separate spans); GPS of the clinic
  (center-based visits, center clock-ins, geofence config) is not labeled.
  Clinic, school and payer addresses are not labeled.
- Dates: birth dates, dates of service, appointment / evaluation / IEP meeting
  dates, authorization start/end dates, EVV check-in/out and scheduled visit
  datetimes (the whole timestamp is one span) are labeled "date". Log line
  timestamps, e-mail Date headers, record created_at/updated_at, payroll pay
  period bounds, batch/file dates, epoch sync cursors and staff certification
  dates are not labeled.
- Ages: only ages over 89 are labeled (a great-grandparent caregiver); the
  children's ages are not.
- "mrn" = the provider's client chart number (BPB-nnnnnn). "health_plan" =
  Medicaid IDs and commercial member/subscriber IDs. "account" = patient
  control / claim account numbers (CLM01, CLP01, patient_account) and guardian
  bank/card numbers. "other_id" = payer prior-authorization numbers, payer
  claim control numbers (CLP07), state case numbers, district student IDs and
  parent portal usernames. "license" = a guardian's driver licence number.
  "vehicle" = plate / VIN of an authorized pickup vehicle. "device" = the
  client's own AAC (speech-generating) device serial or UDI; staff tablets
  and phones are not labeled. "biometric" = the guardian pickup kiosk
  fingerprint template. "photo" = base64 face image of the child. "url" = a
  family's personal web page/video link. "ip" = public IP of a guardian using
  the parent portal (portal hosts/paths only); staff, RBT mobile, internal and
  monitor IPs are not labeled.
- Not labeled either: the provider's own bank/routing numbers (835 BPR),
  employer group numbers (SBR03, group=), card last-4 digits, public test
  card numbers, kiosk / fingerprint-scanner / RBT tablet serials and device
  UUIDs, TMHP/IVR numbers, NPIs and payer IDs.
- Internal surrogate keys are not labeled: numeric database ids, UUIDs, visit
  ids, session ids, message/thread ids, Sidekiq jids, request ids.
- Diagnoses, CPT codes, units and clinical content without an identifier are
  not PHI for this corpus; a line is PHI only if it carries a labeled span.
- Values that are JSON-escaped in the line (\\u00e9) are labeled in their
  escaped written form.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
import random

SEED = 21_0312
R = random.Random(SEED)
N_LINES = 500
PHI_TARGET = 0.45

# ----------------------------------------------------------------------------
# line builder


class Line:
    __slots__ = ("family", "buf", "n", "spans")

    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def text(self):
        return "".join(self.buf)


TPL_RE = re.compile(r"\{(\w+)(?:\|(\w+))?\}")


def tpl(L, template, ctx):
    """Append template text; {key} inserts ctx[key] unlabeled, {key|cat} labeled."""
    pos = 0
    for m in TPL_RE.finditer(template):
        L.t(template[pos:m.start()])
        L.p(ctx[m.group(1)], m.group(2))
        pos = m.end()
    L.t(template[pos:])
    return L


class P:
    """A labeled value inside a structured (JSON / kv) record."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T:
    """A templated free-text string value inside a JSON record (see tpl)."""
    __slots__ = ("template", "ctx")

    def __init__(self, template, ctx):
        self.template = template
        self.ctx = ctx


def emit_json(L, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, T):
        L.t('"')
        tpl(L, o.template, o.ctx)
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k) + sep[1])
            emit_json(L, v, sep, ascii_)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            emit_json(L, v, sep, ascii_)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ascii_)
            L.t('"')
            L.p(enc[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))
    return L


def emit_kv(L, items, sep=" ", quote_all=False):
    """logfmt-ish key=value, values with spaces get double quotes."""
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + "=")
        cat = None
        if isinstance(v, P):
            v, cat = v.v, v.cat
        v = str(v)
        q = quote_all or (" " in v) or v == ""
        if q:
            L.t('"')
        L.p(v, cat)
        if q:
            L.t('"')
    return L


def emit_ruby_hash(L, o):
    """Rails 'Parameters:' style hash inspect (pre-Ruby 3.4 =>)."""
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t('"%s"=>' % k)
            emit_ruby_hash(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            emit_ruby_hash(L, v)
        L.t("]")
    elif isinstance(o, P):
        L.t('"')
        L.p(o.v, o.cat)
        L.t('"')
    elif o is None:
        L.t("nil")
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif isinstance(o, (int, float)):
        L.t(str(o))
    else:
        L.t('"%s"' % o)
    return L


# ----------------------------------------------------------------------------
# clock (log timestamps; never labeled)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 12, 13, 4, 7, 118_204)

    def tick(self, lo=0.02, hi=25.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ts_iso_z(t=None, prec=3):
    t = t or CLK.t
    frac = f"{t.microsecond:06d}"[:prec]
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z"


def ts_rails(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}"


def ts_syslog(t=None):
    t = t or CLK.t
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ts_pg(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d}"[:3] + " UTC"


def ts_heroku(t=None):
    t = t or CLK.t
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}" + "+00:00"


def local(t=None):
    t = t or CLK.t
    return t - dt.timedelta(hours=5)  # CDT


# ----------------------------------------------------------------------------
# random helpers

HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rhex(n):
    return "".join(R.choice(HEX) for _ in range(n))


def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rdigits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def jid():
    return rhex(24)


def tid():
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(R.choice([3, 4])))


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, style=None):
    styles = ["iso", "us", "us_short", "us_nopad", "dmy_dot", "d_mon_y", "long",
              "compact", "mon_d_y", "ymd_slash"]
    style = style or R.choice(styles)
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "d_mon_y":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon_d_y":
        return d.strftime("%b ") + f"{d.day} {d.year}"
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "mon_d":
        return d.strftime("%b ") + str(d.day)
    raise ValueError(style)


def fmt_phone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}",
              "+1 {a} {b} {c}", "+1{a}{b}{c}", "1-{a}-{b}-{c}", "({a}){b}-{c}",
              "+1 ({a}) {b}-{c}"]
    st = style if style is not None else R.choice(styles)
    return st.format(a=a, b=b, c=c)


def fmt_ssn(s, style=None):
    style = style or R.choice(["dash", "dash", "plain", "space"])
    if style == "dash":
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if style == "space":
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    return s


def rand_ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,) or a == 0:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v in ("078051120", "219099999", "123456789"):
            continue
        return v


def luhn_complete(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def rphone():
    area = R.choice(["512", "737", "254", "830", "210", "346", "469", "361", "979"])
    ex = R.randint(201, 989)
    while ex == 555:
        ex = R.randint(201, 989)
    return f"{area}{ex}{R.randint(0, 9999):04d}"


def public_ip():
    if R.random() < 0.15:
        return "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(1, 0xff))
    first = R.choice([24, 47, 50, 67, 68, 70, 71, 73, 76, 97, 98, 99, 104, 107, 108, 136, 162, 174, 184])
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def rand_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FM", "5TD", "1GN", "2T3", "JTM", "5FN", "1C4", "KM8", "4T1", "3GN"])
    return wmi + "".join(R.choice(chars) for _ in range(5)) + R.choice("0123456789X") + \
        R.choice("LMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(R.choice("0123456789") for _ in range(6))


def photo_b64():
    head = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcU"
    return head + "".join(R.choice(B64) for _ in range(R.randint(90, 150)))


def fp_template():
    head = "Rk1SACAyMAAAAAE"
    return head + "".join(R.choice(B64) for _ in range(R.randint(60, 96))) + R.choice(["=", "==", ""])


# ----------------------------------------------------------------------------
# people

CHILD_FIRST = ["Liam", "Mateo", "Aarav", "Zoë", "Amara", "Santiago", "Oluwaseun", "Declan",
               "Yusuf", "Siddharth", "Ximena", "Kai", "Elijah", "Aaliyah", "Hiroshi", "Mei-Lin",
               "Jean-Luc", "Søren", "Anaya", "Thandiwe", "Ignacio", "Noor", "Kofi", "Tenzin",
               "Ayesha", "Dmitri", "Emre", "Fatima", "Giovanni", "Isabella", "Jaxon", "Leilani",
               "Malik", "Nadia", "Quinn", "Rhys", "Saoirse", "Tomás", "Valentina", "Wyatt",
               "Yara", "Zion", "Bao", "Hamza", "Eitan", "Chayton", "Zainab", "Kenji", "Maëlle",
               "Ikaika"]
SURNAMES = ["Okafor", "Nguyễn", "García-López", "van der Berg", "O'Brien", "MacLeod",
            "de la Cruz", "Kowalski", "Haddad", "Yamamoto", "Patel", "Schmidt", "Ramírez",
            "Al-Farsi", "Oyelaran", "Lindqvist", "Dubois", "St. Clair", "Bhattacharya",
            "Mensah", "Novak", "Ivanova", "Delgado", "Kaur", "Tran", "Washington", "Begay",
            "Kealoha", "Ní Bhriain", "Zhang", "Park", "Sokolov", "Rossi", "D'Amico",
            "Hernández", "Abara", "Goldberg", "Yazzie", "Achterberg", "Nakamura-Reyes",
            "Fofana", "Papadopoulos", "Szabó", "Øvergaard", "Mbatha", "Quispe", "Castillo Vda. de Ruiz"]
GUARD_MALE = {"Marcus", "Darnell", "Luis", "Ahmed", "DeShawn", "Carlos", "Hyun-woo", "Bogdan", "Wei",
              "Mohammed", "Kwame"}
GUARD_FIRST = ["Priya", "Marcus", "Guadalupe", "Ngozi", "Thanh", "Rebecca", "Darnell", "Fatemeh",
               "Luis", "Keiko", "Olga", "Tamika", "Ahmed", "Siobhan", "Mariana", "Jennifer",
               "DeShawn", "Svetlana", "Abimbola", "Carlos", "Heather", "Yolanda", "Hyun-woo",
               "Inês", "Rashida", "Bogdan", "Chiamaka", "Esperanza", "Wei", "Ruth", "Mohammed",
               "Anneliese", "Kwame", "Rosa María"]
ELDER_FIRST = ["Dorothy", "Eulalia", "Mildred", "Hattie", "Consuelo", "Agnes", "Bernice", "Wilhelmina"]
RELS = ["Mother", "Father", "Mother", "Father", "Grandmother", "Legal Guardian", "Foster Parent",
        "Aunt", "Stepmother", "Grandfather"]
STREETS = ["Oak Knoll Dr", "Brushy Creek Rd", "W Parmer Ln", "Wells Branch Pkwy", "Cypress Creek Rd",
           "Gattis School Rd", "Pecan St", "Kelly Ln", "FM 1626", "Mesa Dr", "Little Elm Trl",
           "Bluebonnet Ln", "S Congress Ave", "Manchaca Rd", "Slaughter Ln", "Ranch Road 620 N",
           "Palm Valley Blvd", "Hero Way", "Whitestone Blvd", "Dessau Rd", "Cameron Rd",
           "Lakeline Blvd", "E Old Settlers Blvd", "Sunrise Rd", "Windy Park Dr"]
CITIES = [  # city, county, zip, lat, lon
    ("Austin", "Travis", "78745", 30.2072, -97.7960),
    ("Austin", "Travis", "78753", 30.3650, -97.6780),
    ("Round Rock", "Williamson", "78664", 30.5100, -97.6500),
    ("Round Rock", "Williamson", "78681", 30.5150, -97.7200),
    ("Pflugerville", "Travis", "78660", 30.4400, -97.6200),
    ("Cedar Park", "Williamson", "78613", 30.5050, -97.8200),
    ("Georgetown", "Williamson", "78626", 30.6330, -97.6770),
    ("Leander", "Williamson", "78641", 30.5790, -97.8530),
    ("Kyle", "Hays", "78640", 29.9890, -97.8770),
    ("Manor", "Travis", "78653", 30.3410, -97.5570),
    ("Hutto", "Williamson", "78634", 30.5430, -97.5460),
    ("Buda", "Hays", "78610", 30.0850, -97.8400),
    ("San Marcos", "Hays", "78666", 29.8830, -97.9410),
    ("Taylor", "Williamson", "76574", 30.5710, -97.4090),
]
PAYER_DISPLAY = {"TEXAS MEDICAID": "Texas Medicaid", "SUPERIOR HEALTHPLAN": "Superior HealthPlan",
                 "DELL CHILDRENS HEALTH PLAN": "Dell Children's Health Plan", "AETNA": "Aetna",
                 "BCBS TEXAS": "BCBS of Texas", "CIGNA": "Cigna", "UNITEDHEALTHCARE": "UnitedHealthcare",
                 "TRICARE EAST": "TRICARE East"}
PAYERS = [  # name, payer id, kind
    ("TEXAS MEDICAID", "617591011", "medicaid"),
    ("SUPERIOR HEALTHPLAN", "68069", "medicaid"),
    ("DELL CHILDRENS HEALTH PLAN", "SB930", "medicaid"),
    ("AETNA", "60054", "aetna"),
    ("BCBS TEXAS", "84980", "bcbs"),
    ("CIGNA", "62308", "cigna"),
    ("UNITEDHEALTHCARE", "87726", "uhc"),
    ("TRICARE EAST", "TREST", "tricare"),
]
AAC = [("Tobii Dynavox I-110", "TDI110-"), ("PRC-Saltillo Accent 1400", "AC14"),
       ("Tobii Dynavox TD Snap Pad", "TDSP"), ("PRC-Saltillo NovaChat 8", "NC8-")]
SCHOOLS = [("Callison Elementary", "roundrockisd.org"), ("Pond Springs Elementary", "roundrockisd.org"),
           ("Ridgetop Elementary", "austinisd.org"), ("Wieland Elementary", "pfisd.net"),
           ("Cedar Park Middle School", "leanderisd.org"), ("Tom Green Elementary", "hayscisd.net"),
           ("Purple Sage Elementary", "roundrockisd.org")]
SCHOOL_STAFF = [("Kara", "Harper", "SPED Case Manager"), ("Neil", "Lewis", "LSSP"),
                ("Isabel", "Paredes", "Educational Diagnostician"), ("Tom", "Whitaker", "Assistant Principal"),
                ("Lauren", "Giddings", "Speech-Language Pathologist"), ("Monique", "Asante", "Autism Specialist")]


class Person:
    pass


def mk_client(i):
    c = Person()
    c.idx = i
    c.db_id = 3000 + i * 37 + R.randint(0, 30)
    c.first = R.choice(CHILD_FIRST)
    c.last = R.choice(SURNAMES)
    c.sex = R.choice("MF")
    c.dob = dt.date(R.randint(2011, 2021), R.randint(1, 12), R.randint(1, 28))
    c.mrn = f"BPB-{R.randint(100000, 199999)}"
    c.gfirst = R.choice(GUARD_FIRST)
    r = R.random()
    if r < 0.6:
        c.glast = c.last
    elif r < 0.8:
        c.glast = R.choice(SURNAMES)
    else:
        c.glast = c.last.split(" ")[-1] + "-" + R.choice(SURNAMES).split(" ")[-1]
    if c.gfirst in GUARD_MALE:
        c.rel = R.choice(["Father", "Father", "Father", "Grandfather", "Legal Guardian", "Foster Parent", "Uncle", "Stepfather"])
    else:
        c.rel = R.choice(["Mother", "Mother", "Mother", "Grandmother", "Legal Guardian", "Foster Parent", "Aunt", "Stepmother"])
    c.gdob = dt.date(R.randint(1968, 1996), R.randint(1, 12), R.randint(1, 28))
    c.phone = rphone()
    c.phone2 = rphone()
    lf = ascii_fold(c.gfirst).lower().replace(" ", "").replace("-", "")
    ll = ascii_fold(c.glast).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    c.email = R.choice([f"{lf}.{ll}{R.randint(1, 99)}", f"{lf[0]}{ll}", f"{lf}{ll[:4]}{R.randint(70, 99)}",
                        f"{ll}.family", f"{lf}_{ll}"]) + "@" + R.choice(
        ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net", "me.com"])
    city = R.choice(CITIES)
    c.city, c.county, c.zip, lat, lon = city
    c.zip4 = R.choice(["", rdigits(4, False)])
    c.street = f"{R.randint(100, 19999)} {R.choice(STREETS)}" + R.choice(["", "", "", f" Apt {R.randint(100, 2400)}", f" Unit {R.choice('ABCDEF')}"])
    c.lat = round(lat + R.uniform(-0.04, 0.04), R.choice([5, 6]))
    c.lon = round(lon + R.uniform(-0.04, 0.04), R.choice([5, 6]))
    p = R.choice(PAYERS)
    c.payer, c.payer_id, kind = p
    c.medicaid = kind == "medicaid"
    if kind == "medicaid":
        c.member = rdigits(9, False).replace("0", "5", 1)
    elif kind == "aetna":
        c.member = "W" + rdigits(9)
    elif kind == "bcbs":
        c.member = R.choice(["ZGP", "XOF", "ZGD", "ZHB"]) + rdigits(9)
    elif kind == "cigna":
        c.member = "U" + rdigits(8) + "01"
    elif kind == "uhc":
        c.member = rdigits(9)
    else:
        c.member = rdigits(11)
    c.subscriber_is_child = c.medicaid
    c.gssn = rand_ssn()
    c.auth = R.choice(["PA", "AUTH", "", "UM"]) + R.choice(["24", "2024", "24-"]) + rdigits(7)
    c.acct = f"{c.mrn[4:]}{R.choice('ABCD')}{R.randint(10, 99)}"
    c.username = R.choice([ascii_fold(c.gfirst).lower().split(" ")[0] + "." + ll + str(R.randint(1, 9)),
                           lf[:1] + ll + str(R.randint(10, 99)), c.email.split("@")[0]])
    c.ip = public_ip()
    c.student_id = rdigits(R.choice([6, 7, 8]))
    c.case_no = R.choice(["ECI-", "HHSC-", "DFPS-", "CLASS-"]) + str(R.choice([2021, 2022, 2023])) + "-" + rdigits(6, False)
    c.dl = rdigits(8, False).replace("0", "4", 1)
    c.plate = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + R.choice(["-", " ", ""]) + rdigits(4)
    c.vin = rand_vin()
    c.aac = R.choice(AAC) if R.random() < 0.35 else None
    c.aac_sn = (c.aac[1] + rdigits(7)) if c.aac else None
    c.elder = (R.choice(ELDER_FIRST), R.choice(SURNAMES), R.randint(90, 97)) if R.random() < 0.25 else None
    c.url = R.choice([f"https://www.gofundme.com/f/help-{ascii_fold(c.first).lower().replace('-', '')}-get-aba-therapy",
                      f"https://youtu.be/{''.join(R.choice(B64[:62]) for _ in range(11))}",
                      f"https://www.facebook.com/{lf}.{ll}.{R.randint(10, 999)}",
                      f"https://{ll}familyjourney.blogspot.com/2024/02/our-first-month-of-aba.html"])
    c.school = R.choice(SCHOOLS)
    c.card = luhn_complete(R.choice(["4", "51", "37", "6011"]), 15 if False else 16)
    c.bank = rdigits(R.choice([9, 10, 12]))
    c.in_home = R.random() < 0.7
    c.fax = rphone()
    return c


CLIENTS = [mk_client(i) for i in range(46)]

RBTS = [("Kayla", "Brooks", "E1042"), ("Jordan", "Ellis", "E1077"), ("Destiny", "Morales", "E1103"),
        ("Trevor", "Lindgren", "E1118"), ("Aisha", "Bello", "E1121"), ("Brandon", "Cho", "E1136"),
        ("Maya", "Fontaine", "E1150"), ("Esteban", "Ortega", "E1162"), ("Hollis", "Reed", "E1171")]
BCBAS = [("Marisol", "Vega", "M.Ed., BCBA", "1740293845"), ("Alana", "Whitfield", "PhD, BCBA-D", "1932011587"),
         ("Ben", "Carter", "MS, BCBA", "1467380921"), ("Rachel", "Stein", "MA, BCBA, LBA", "1588204417"),
         ("Oyin", "Adebayo", "MS, BCBA", "1205977316")]
INTAKE_STAFF = [("Tasha", "Greene"), ("Rob", "Kessler"), ("Lin", "Okoro")]
CLINIC = ("BRIGHTPATH BEHAVIORAL HEALTH LLC", "1487362910", "742210937", "2100 Kramer Ln Ste 300", "AUSTIN", "TX", "787582117")
CENTERS = [("CTR-RR01", "Round Rock Center", 30.50921, -97.67833), ("CTR-AUS02", "North Austin Center", 30.39175, -97.71542),
           ("CTR-KYL03", "Kyle Center", 29.98866, -97.87711)]
PORTAL = "portal.brightpathaba.com"
APPHOST = "app.brightpathaba.com"
APIHOST = "api.brightpathaba.com"


def staff_rbt():
    return R.choice(RBTS)


def staff_bcba():
    return R.choice(BCBAS)


def cl():
    return R.choice(CLIENTS)


def cl_where(pred):
    return R.choice([k for k in CLIENTS if pred(k)])


def name_forms(first, last):
    return {
        "full": f"{first} {last}",
        "lf": f"{last}, {first}",
        "LF": f"{last.upper()}, {first.upper()}",
        "init": f"{first} {last[0]}.",
        "lower": f"{first.lower()} {last.lower()}",
        "first": first,
        "fi_last": f"{first[0]}. {last}",
    }


def recent_date(days_back=20, days_fwd=0):
    base = dt.date(2024, 3, 12)
    return base + dt.timedelta(days=R.randint(-days_back, days_fwd))


def future_date(lo=2, hi=40):
    return dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(lo, hi))


def ctx_for(c):
    n = name_forms(c.first, c.last)
    g = name_forms(c.gfirst, c.glast)
    rbt = staff_rbt()
    bc = staff_bcba()
    ss = R.choice(SCHOOL_STAFF)
    d = {
        "child": R.choice([n["full"], n["full"], n["init"], n["lf"]]),
        "child_full": n["full"], "child_first": c.first, "child_last": c.last, "child_lf": n["lf"],
        "child_LF": n["LF"], "child_init": n["init"], "child_lower": n["lower"],
        "g_full": g["full"], "g_first": g["first"], "g_lf": g["lf"], "g_fi": g["fi_last"], "rel": c.rel,
        "rel_l": c.rel.lower(),
        "dob": fmt_date(c.dob), "dob_iso": c.dob.isoformat(), "dob_us": fmt_date(c.dob, "us"),
        "appt": fmt_date(future_date(), R.choice(["us", "md", "mon_d", "long", "iso", "us_short"])),
        "dos": fmt_date(recent_date(), R.choice(["us", "iso", "us_short", "md", "mon_d_y"])),
        "phone": fmt_phone(c.phone), "phone2": fmt_phone(c.phone2), "email": c.email,
        "street": c.street, "city": c.city, "zip": c.zip, "county": c.county,
        "mrn": c.mrn, "member": c.member, "payer": PAYER_DISPLAY[c.payer], "auth": c.auth,
        "case": c.case_no, "sid": c.student_id, "user": c.username, "ip": c.ip,
        "rbt": f"{rbt[0]} {rbt[1]}", "rbt_first": rbt[0], "bcba": f"{bc[0]} {bc[1]}", "bcba_first": bc[0],
        "bcba_last": bc[1], "school": c.school[0], "ss": f"{ss[0]} {ss[1]}", "ss_last": ss[1],
        "ss_role": ss[2], "dl": c.dl, "plate": c.plate, "vin": c.vin, "url": c.url,
        "age_child": str(max(2, 2024 - c.dob.year)),
        "his": "his" if c.sex == "M" else "her", "him": "him" if c.sex == "M" else "her",
        "fax": fmt_phone(c.fax), "ssn": fmt_ssn(c.gssn), "plate_vin": c.vin,
    }
    if c.elder:
        d["elder"] = f"{c.elder[0]} {c.elder[1]}"
        d["elder_age"] = str(c.elder[2])
    if c.aac:
        d["aac"] = c.aac[0]
        d["aac_sn"] = c.aac_sn
    return d


# ----------------------------------------------------------------------------
# generators. Each returns a list of Line. phi=True -> should carry PHI.

def rails_prefix(L, lvl="I", rid=None, pid=None):
    pid = pid or R.choice([4, 7, 9, 12])
    CLK.tick(0.0002, 0.04)
    name = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG", "F": "FATAL"}[lvl]
    L.t(f"{lvl}, [{ts_rails()} #{pid}] {name:>5} -- : ")
    if rid:
        L.t(f"[{rid}] ")
    return L


def g_rails(phi):
    out = []
    rid = ruuid()
    pid = R.choice([4, 7, 9, 12])
    CLK.tick()
    t0 = CLK.t
    if phi:
        c = cl()
        x = ctx_for(c)
        v = R.choice(["portal_msg", "staff_update", "search", "portal_get", "ar_debug", "intake_create"])
        if v == "portal_msg":
            L = rails_prefix(Line("rails_log"), "I", rid, pid)
            L.t('Started POST "/portal/threads/%d/messages" for ' % R.randint(1000, 9999)).p(c.ip, "ip").t(
                " at " + t0.strftime("%Y-%m-%d %H:%M:%S +0000"))
            out.append(L)
            CLK.tick(0.001, 0.01)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by Portal::MessagesController#create as TURBO_STREAM"))
            body = R.choice([
                "Hi {bcba_first}, {child_first|name} has a dentist appointment on {appt|date} so we need to cancel that afternoon. Can {rbt_first} come Friday instead?",
                "{child_first|name} was up most of the night, please call me at {phone|phone} before {rbt_first} comes over",
                "We moved! New address is {street|address}, {city|address} {zip|zip}. Sessions there starting {appt|date}",
                "Quick question about the parent training on {appt|date} - my husband can join from work, his cell is {phone2|phone}",
                "Thank you for today. {child_first|name} said 'more bubbles' three times at dinner!! We are so happy",
            ])
            L = rails_prefix(Line("rails_log"), "I", rid, pid).t('  Parameters: {"authenticity_token"=>"[FILTERED]", "message"=>{"body"=>"')
            tpl(L, body, x)
            L.t('"}, "commit"=>"Send", "thread_id"=>"%d"}' % R.randint(1000, 9999))
            out.append(L)
            CLK.tick(0.02, 0.2)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(
                f"Completed 200 OK in {R.randint(40, 400)}ms (Views: {R.uniform(1, 30):.1f}ms | ActiveRecord: {R.uniform(2, 60):.1f}ms | Allocations: {R.randint(4000, 60000)})"))
        elif v == "staff_update":
            L = rails_prefix(Line("rails_log"), "I", rid, pid)
            L.t(f'Started PATCH "/clients/{c.db_id}" for 10.1.{R.randint(0, 9)}.{R.randint(2, 250)} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000"))
            out.append(L)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by ClientsController#update as HTML"))
            L = rails_prefix(Line("rails_log"), "I", rid, pid).t("  Parameters: ")
            fields = {"first_name": P(c.first, "name"), "last_name": P(c.last, "name"),
                      "date_of_birth": P(c.dob.isoformat(), "date")}
            extra = R.choice(["medicaid", "addr", "guard", "school"])
            if extra == "medicaid":
                fields["payer_member_id"] = P(c.member, "health_plan")
            elif extra == "addr":
                fields["address_attributes"] = {"line1": P(c.street, "address"), "city": P(c.city, "address"),
                                                "state": "TX", "zip": P(c.zip, "zip"), "id": str(R.randint(2000, 9000))}
            elif extra == "guard":
                fields["guardians_attributes"] = {"0": {"name": P(f"{c.gfirst} {c.glast}", "name"),
                                                        "relationship": c.rel.lower().replace(" ", "_"),
                                                        "mobile": P(fmt_phone(c.phone), "phone"), "id": str(R.randint(2000, 9000))}}
            else:
                fields["school_district_student_id"] = P(c.student_id, "other_id")
            emit_ruby_hash(L, {"authenticity_token": "[FILTERED]", "client": fields, "commit": "Update Client", "id": str(c.db_id)})
            out.append(L)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f"Redirected to https://{APPHOST}/clients/{c.db_id}"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(
                f"Completed 302 Found in {R.randint(30, 250)}ms (ActiveRecord: {R.uniform(5, 80):.1f}ms | Allocations: {R.randint(8000, 40000)})"))
        elif v == "search":
            q = R.choice([c.last.lower(), c.last, c.first.lower()])
            qenc = q.replace(" ", "+").replace("'", "%27")
            qenc_b = qenc.encode("utf-8")
            if any(b > 127 for b in qenc_b):
                qenc = "".join(ch if ord(ch) < 128 else "".join("%%%02X" % b for b in ch.encode()) for ch in qenc)
            L = rails_prefix(Line("rails_log"), "I", rid, pid)
            L.t('Started GET "/clients?q%5Blast_name_or_first_name_cont%5D=').p(qenc, "name").t(
                f'&commit=Search" for 10.1.{R.randint(0, 9)}.{R.randint(2, 250)} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000"))
            out.append(L)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by ClientsController#index as HTML"))
            L = rails_prefix(Line("rails_log"), "I", rid, pid).t("  Parameters: ")
            emit_ruby_hash(L, {"q": {"last_name_or_first_name_cont": P(q, "name")}, "commit": "Search"})
            out.append(L)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(
                f"  Rendered clients/index.html.erb within layouts/application (Duration: {R.uniform(5, 90):.1f}ms | Allocations: {R.randint(3000, 30000)})"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(
                f"Completed 200 OK in {R.randint(40, 400)}ms (Views: {R.uniform(5, 90):.1f}ms | ActiveRecord: {R.uniform(2, 60):.1f}ms | Allocations: {R.randint(4000, 60000)})"))
        elif v == "portal_get":
            L = rails_prefix(Line("rails_log"), "I", rid, pid)
            L.t('Started GET "%s" for ' % R.choice(["/portal/dashboard", "/portal/schedule", f"/portal/children/{c.db_id}/progress",
                                                  "/portal/messages", "/portal/documents"])).p(c.ip, "ip").t(
                " at " + t0.strftime("%Y-%m-%d %H:%M:%S +0000"))
            out.append(L)
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by Portal::DashboardController#show as HTML"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(
                f"Completed 200 OK in {R.randint(40, 400)}ms (Views: {R.uniform(5, 90):.1f}ms | ActiveRecord: {R.uniform(2, 60):.1f}ms | Allocations: {R.randint(4000, 60000)})"))
        elif v == "ar_debug":
            L = rails_prefix(Line("rails_log"), "D", rid, pid)
            L.t(f'  Client Load ({R.uniform(0.3, 9):.1f}ms)  SELECT "clients".* FROM "clients" WHERE "clients"."last_name" = $1 AND "clients"."date_of_birth" = $2 LIMIT $3  [["last_name", "')
            L.p(c.last, "name").t('"], ["date_of_birth", "').p(c.dob.isoformat(), "date").t('"], ["LIMIT", 1]]')
            out.append(L)
            L = rails_prefix(Line("rails_log"), "D", rid, pid)
            L.t(f'  Guardian Update ({R.uniform(0.3, 9):.1f}ms)  UPDATE "guardians" SET "email" = $1, "updated_at" = $2 WHERE "guardians"."id" = $3  [["email", "')
            L.p(c.email, "email").t(f'"], ["updated_at", "{CLK.t.strftime("%Y-%m-%d %H:%M:%S")}.{R.randint(100000, 999999)}"], ["id", {R.randint(1000, 9999)}]]')
            out.append(L)
        else:
            L = rails_prefix(Line("rails_log"), "I", rid, pid)
            L.t(f'Started POST "/intake/referrals" for 10.1.{R.randint(0, 9)}.{R.randint(2, 250)} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000"))
            out.append(L)
            L = rails_prefix(Line("rails_log"), "I", rid, pid).t("  Parameters: ")
            emit_ruby_hash(L, {"authenticity_token": "[FILTERED]", "referral": {
                "child_name": P(f"{c.first} {c.last}", "name"), "dob": P(fmt_date(c.dob, "us"), "date"),
                "referring_provider": R.choice(["Dr. Angela Pruitt, MD", "Dr. S. Raman (Dell Children's Dev Peds)", "Baylor Scott & White Pediatrics"]),
                "diagnosis_code": "F84.0", "guardian_phone": P(fmt_phone(c.phone), "phone"),
                "preferred_setting": R.choice(["in_home", "center", "hybrid"])}})
            out.append(L)
            L = rails_prefix(Line("rails_log"), "W", rid, pid)
            L.t("Referral flagged duplicate: existing client ").p(c.mrn, "mrn").t(" matched on dob+last_name")
            out.append(L)
    else:
        v = R.choice(["health", "sync", "render", "csrf", "cable", "asset404", "sql"])
        ip = f"10.1.{R.randint(0, 9)}.{R.randint(2, 250)}"
        if v == "health":
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f'Started GET "/up" for {ip} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000")))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by Rails::HealthController#show as HTML"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f"Completed 200 OK in {R.randint(1, 5)}ms (Views: 0.{R.randint(1, 9)}ms | ActiveRecord: 0.0ms | Allocations: {R.randint(200, 900)})"))
        elif v == "sync":
            mip = f"172.{R.randint(56, 59)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f'Started POST "/api/v1/sync/push?last_pulled_at={int(CLK.t.timestamp() * 1000) - R.randint(60000, 900000)}" for {mip} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000")))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Processing by Api::V1::SyncController#push as JSON"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t('  Parameters: {"changes"=>"[FILTERED]", "schemaVersion"=>%d, "device_id"=>"%s", "app_version"=>"3.%d.%d (%d)"}' % (
                R.choice([14, 15]), ruuid().upper(), R.randint(8, 11), R.randint(0, 9), R.randint(400, 520))))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f"Completed 200 OK in {R.randint(60, 900)}ms (Views: 0.{R.randint(1, 9)}ms | ActiveRecord: {R.uniform(10, 300):.1f}ms | Allocations: {R.randint(20000, 200000)})"))
        elif v == "render":
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f"  Rendered schedules/_week.html.erb (Duration: {R.uniform(1, 40):.1f}ms | Allocations: {R.randint(900, 9000)})"))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t(f"  Rendered layout layouts/application.html.erb (Duration: {R.uniform(10, 90):.1f}ms | Allocations: {R.randint(9000, 40000)})"))
        elif v == "csrf":
            out.append(rails_prefix(Line("rails_log"), "W", rid, pid).t("Can't verify CSRF token authenticity."))
            out.append(rails_prefix(Line("rails_log"), "I", rid, pid).t("Completed 422 Unprocessable Entity in 3ms (ActiveRecord: 0.0ms | Allocations: 712)"))
        elif v == "cable":
            out.append(rails_prefix(Line("rails_log"), "I", None, pid).t(f'Finished "/cable" [WebSocket] for {ip} at ' + t0.strftime("%Y-%m-%d %H:%M:%S +0000")))
            out.append(rails_prefix(Line("rails_log"), "I", None, pid).t(f'NotificationsChannel stopped streaming from notifications:Z2lkOi8vYnJpZ2h0cGF0aC9Vc2VyLzE{R.randint(10, 99)}'))
        elif v == "asset404":
            out.append(rails_prefix(Line("rails_log"), "F", rid, pid).t(f'ActionController::RoutingError (No route matches [GET] "/wp-login.php"):'))
        else:
            out.append(rails_prefix(Line("rails_log"), "D", rid, pid).t(
                f'  SessionDatum Load ({R.uniform(0.3, 9):.1f}ms)  SELECT "session_data".* FROM "session_data" WHERE "session_data"."therapy_session_id" = $1 ORDER BY "session_data"."trial_index" ASC  [["therapy_session_id", {R.randint(100000, 999999)}]]'))
            out.append(rails_prefix(Line("rails_log"), "D", rid, pid).t(
                f'  ↳ app/models/therapy_session.rb:{R.randint(40, 200)}:in `percent_correct\''))
    return out


def g_router(phi):
    CLK.tick()
    L = Line("heroku_router")
    L.t(f"{ts_heroku()} heroku[router]: ")
    rid = ruuid()
    dyno = f"web.{R.randint(1, 4)}"
    conn = f"connect={R.randint(0, 2)}ms service={R.randint(3, 900)}ms"
    if phi:
        c = cl()
        v = R.choice(["portal", "portal", "invite", "search", "dob"])
        if v == "portal":
            path = R.choice(["/portal/dashboard", "/portal/messages", f"/portal/threads/{R.randint(1000, 9999)}",
                             f"/portal/children/{c.db_id}/progress.json", "/portal/schedule?week=2024-W11",
                             "/portal/documents/consent_release.pdf", "/portal/session_summaries"])
            L.t(f'at=info method={R.choice(["GET", "GET", "POST"])} path="{path}" host={PORTAL} request_id={rid} fwd="').p(c.ip, "ip")
            L.t(f'" dyno={dyno} {conn} status={R.choice([200, 200, 200, 304, 302])} bytes={R.randint(300, 90000)} protocol=https')
        elif v == "invite":
            em = c.email.replace("@", "%40")
            L.t(f'at=info method=GET path="/portal/invitations/accept?email=').p(em, "email").t(
                f'&invitation_token={rhex(20)}" host={PORTAL} request_id={rid} fwd="').p(c.ip, "ip")
            L.t(f'" dyno={dyno} {conn} status=200 bytes={R.randint(3000, 9000)} protocol=https')
        elif v == "search":
            q = c.last.lower().replace(" ", "+").replace("'", "%27")
            q = "".join(ch if ord(ch) < 128 else "".join("%%%02X" % b for b in ch.encode()) for ch in q)
            L.t(f'at=info method=GET path="/clients/autocomplete?term=').p(q, "name").t(
                f'" host={APPHOST} request_id={rid} fwd="10.1.{R.randint(0, 9)}.{R.randint(2, 250)}" dyno={dyno} {conn} status=200 bytes={R.randint(200, 4000)} protocol=https')
        else:
            L.t(f'at=error code=H12 desc="Request timeout" method=GET path="/reports/eligibility?member_id=').p(c.member, "health_plan").t(
                "&dob=").p(c.dob.isoformat(), "date").t(
                f'" host={APPHOST} request_id={rid} fwd="10.1.{R.randint(0, 9)}.{R.randint(2, 250)}" dyno={dyno} connect=0ms service=30000ms status=503 bytes=0 protocol=https')
    else:
        v = R.choice(["up", "sync", "asset", "h13", "pingdom", "h27", "api"])
        if v == "up":
            L.t(f'at=info method=GET path="/up" host={APPHOST} request_id={rid} fwd="10.1.0.{R.randint(2, 9)}" dyno={dyno} connect=0ms service={R.randint(1, 6)}ms status=200 bytes=73 protocol=https')
        elif v == "sync":
            L.t(f'at=info method=POST path="/api/v1/sync/pull?last_pulled_at={int(CLK.t.timestamp() * 1000) - R.randint(60000, 900000)}" host={APIHOST} request_id={rid} fwd="172.{R.randint(56, 59)}.{R.randint(0, 255)}.{R.randint(1, 254)}" dyno={dyno} {conn} status=200 bytes={R.randint(2000, 400000)} protocol=https')
        elif v == "asset":
            L.t(f'at=info method=GET path="/assets/application-{rhex(64)}.css" host={PORTAL} request_id={rid} fwd="10.1.0.{R.randint(2, 9)}" dyno={dyno} connect=0ms service=2ms status=304 bytes=112 protocol=https')
        elif v == "h13":
            L.t(f'sock=backend at=error code=H13 desc="Connection closed without response" method=POST path="/api/v1/evv/check_out" host={APIHOST} request_id={rid} fwd="172.{R.randint(56, 59)}.{R.randint(0, 255)}.{R.randint(1, 254)}" dyno={dyno} connect=0ms service={R.randint(100, 9000)}ms status=503 bytes=0 protocol=https')
        elif v == "pingdom":
            L.t(f'at=info method=HEAD path="/" host={PORTAL} request_id={rid} fwd="{R.choice(["52.0.63.148", "178.255.154.2", "185.180.12.65"])}" dyno={dyno} connect=0ms service={R.randint(3, 30)}ms status=200 bytes=0 protocol=https')
        elif v == "h27":
            L.t(f'at=info code=H27 desc="Client Request Interrupted" method=GET path="/reports/authorizations.csv" host={APPHOST} request_id={rid} fwd="10.1.{R.randint(0, 9)}.{R.randint(2, 250)}" dyno={dyno} connect=1ms service={R.randint(800, 9000)}ms status=499 bytes=0 protocol=https')
        else:
            L.t(f'at=info method=GET path="/api/v1/schedules/today?rbt_id={R.choice(RBTS)[2]}" host={APIHOST} request_id={rid} fwd="172.{R.randint(56, 59)}.{R.randint(0, 255)}.{R.randint(1, 254)}" dyno={dyno} {conn} status=200 bytes={R.randint(800, 9000)} protocol=https')
    return [L]


def pt_prefix(L, prog):
    L.t(f"{ts_syslog()} brightpath-prod {prog}: ")
    return L


def app_message_phi(L, c, x):
    """Custom application log messages (used inside syslog / tsv wrappers)."""
    v = R.choice(["units", "elig", "invite", "evv_reject", "aac", "pickup", "dup", "elder", "school", "fax", "import", "url"])
    if v == "aac":
        c = cl_where(lambda k: k.aac)
        x = ctx_for(c)
    elif v == "elder":
        c = cl_where(lambda k: k.elder)
        x = ctx_for(c)
    if v == "units":
        tpl(L, "[AuthUnitsMonitor] WARN low units client={mrn|mrn} auth={auth|other_id} cpt=97153 remaining=" +
            str(R.randint(4, 60)) + f"/{R.choice([520, 780, 1040, 1300])} expires=", x)
        L.p(fmt_date(future_date(5, 60), "iso"), "date").t(f" bcba={x['bcba_last']}")
    elif v == "elig":
        tpl(L, "EligibilityCheck 270/271 member={member|health_plan} payer=\"{payer}\" status=INACTIVE dob={dob_iso|date} (coverage termed) -> notify intake", x)
    elif v == "invite":
        tpl(L, "ParentPortal::Invite sent to {email|email} for client {mrn|mrn} (guardian={g_full|name}, rel={rel_l})", x)
    elif v == "evv_reject":
        c = cl_where(lambda k: k.medicaid)
        x = ctx_for(c)
        tpl(L, "EVV::Aggregator rejected visit medicaid_id={member|health_plan} dos={dos|date} reason=\"Member name mismatch: expected {child_LF|name}\"", x)
    elif v == "aac":
        tpl(L, R.choice(["DeviceLoan check-in: {aac} SN {aac_sn|device} returned by family of {child_init|name}; battery cycle count ok",
                         "AacRegistry: client={mrn|mrn} device=\"{aac}\" serial={aac_sn|device} funding=Medicaid DME status=delivered"]), x)
    elif v == "pickup":
        tpl(L, "CenterPickup: authorized adult {g_full|name} verified by fingerprint; vehicle plate {plate|vehicle} on file; child {child_first|name} released 17:42", x)
    elif v == "dup":
        tpl(L, "MergeCandidates: {child_full|name} ({mrn|mrn}) <-> duplicate created by intake, same DOB {dob|date}", x)
    elif v == "elder":
        tpl(L, "EmergencyContact updated for {mrn|mrn}: {elder|name} (great-grandmother, age {elder_age|age}) phone {phone2|phone}", x)
    elif v == "school":
        tpl(L, "IepSync: linked district student_id={sid|other_id} to {mrn|mrn} ({school})", x)
    elif v == "fax":
        tpl(L, "RecordsRelease: faxed progress report to guardian home fax {fax|fax} for {mrn|mrn} (ROI signed {dos|date}) via eFax job " + rdigits(8), x)
    elif v == "import":
        tpl(L, "ClientImport row " + str(R.randint(2, 300)) + ": guarantor {g_lf|name} ssn={ssn|ssn} rejected (does not match payer file)", x)
    else:
        tpl(L, "ContentFilter: external link removed from portal message for {mrn|mrn}: {url|url}", x)
    return L


def noise_msg():
    """(program, message) of platform / app noise without PHI."""
    v = R.choice(["deploy", "mem", "state", "pgmetrics", "scheduler", "redis", "boot", "release", "units_ok", "cron", "r14", "h10"])
    w = R.randint(1, 3)
    if v == "deploy":
        return "app/api", f"Release v{R.randint(400, 460)} created by user deploy@brightpathaba.com"
    if v == "mem":
        return f"heroku/worker.{w}", f"Process running mem={R.randint(520, 1100)}M({R.uniform(100, 210):.1f}%)"
    if v == "r14":
        return f"heroku/worker.{w}", "Error R14 (Memory quota exceeded)"
    if v == "h10":
        return "heroku/router", f'at=error code=H10 desc="App crashed" method=GET path="/favicon.ico" host={PORTAL} request_id={ruuid()} fwd="10.1.0.{R.randint(2, 9)}" dyno= connect= service= status=503 bytes= protocol=https'
    if v == "state":
        return f"heroku/web.{w}", R.choice(["State changed from up to starting", "State changed from starting to up", "Stopping all processes with SIGTERM",
                                             "Process exited with status 143", "Cycling"])
    if v == "pgmetrics":
        return "app/heroku-postgres", (f"source=DATABASE addon=postgresql-rigid-{R.randint(10000, 99999)} sample#current_transaction={R.randint(10000000, 99999999)} "
                                       f"sample#db_size={R.randint(4000000000, 9000000000)}bytes sample#tables=118 sample#active-connections={R.randint(8, 60)} "
                                       f"sample#waiting-connections=0 sample#index-cache-hit-rate=0.{R.randint(99000, 99999)} sample#table-cache-hit-rate=0.{R.randint(98000, 99999)} "
                                       f"sample#load-avg-1m={R.uniform(0, 2):.3f} sample#read-iops={R.uniform(0, 40):.3f} sample#memory-free={R.randint(1000000, 4000000)}kB")
    if v == "scheduler":
        return f"heroku/scheduler.{R.randint(1000, 9999)}", f"Starting process with command `bundle exec rake {R.choice(['evv:export_daily', 'claims:batch_837', 'payroll:export'])}` by user scheduler@addons.heroku.com"
    if v == "redis":
        return "app/heroku-redis", (f"source=REDIS addon=redis-curved-{R.randint(10000, 99999)} sample#active-connections={R.randint(5, 40)} sample#load-avg-1m={R.uniform(0, 1):.3f} "
                                    f"sample#memory-total={R.randint(15000000, 16000000)}kB sample#memory-redis={R.randint(4000000, 9000000)}bytes sample#hit-rate=0.{R.randint(90000, 99999)} sample#evicted-keys=0")
    if v == "boot":
        return f"app/web.{w}", R.choice(["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")",
                                          "* Min threads: 5, max threads: 5", "* Listening on http://0.0.0.0:" + str(R.randint(10000, 59999)),
                                          "[2] - Worker 1 (PID: " + str(R.randint(10, 99)) + ") booted in 2.41s, phase: 0"])
    if v == "release":
        return "app/api", f"Deploy {rhex(7)} by ci@brightpathaba.com"
    if v == "units_ok":
        return "app/clock.1", f"[AuthUnitsMonitor] scanned {R.randint(300, 500)} active authorizations, {R.randint(0, 12)} below threshold, {R.randint(0, 4)} expiring in 14d (run {R.uniform(1, 9):.2f}s)"
    return f"app/worker.{w}", f"Cron Jobs - added job with name: {R.choice(['nightly_evv_export', 'auth_units_monitor', 'claims_837_batch', 'era_835_poll', 'payroll_export_biweekly'])}"


def g_papertrail(phi):
    CLK.tick()
    if phi:
        c = cl()
        x = ctx_for(c)
        L = pt_prefix(Line("papertrail_syslog"), R.choice(["app/worker.1", "app/worker.2", "app/web.1", "app/clock.1"]))
        app_message_phi(L, c, x)
    else:
        prog, msg = noise_msg()
        L = pt_prefix(Line("papertrail_syslog"), prog).t(msg)
    return [L]


def g_pt_tsv(phi):
    CLK.tick()
    L = Line("papertrail_tsv")
    t = CLK.t
    if phi:
        prog, msg = R.choice(["app/worker.1", "app/web.2", "app/worker.2", "app/clock.1"]), None
    else:
        prog, msg = noise_msg()
    sev = "Info" if not phi else R.choice(["Info", "Notice", "Warning"])
    L.t(f"{R.randint(1700000000000000000, 1709999999999999999)}\t{t.strftime('%Y-%m-%d %H:%M:%S')}\t{t.strftime('%Y-%m-%d %H:%M:%S')}\t{R.choice([8812345, 8812346])}\tbrightpath-prod\t{R.choice(['54.86.12.33', '3.91.200.14'])}\tLocal3\t{sev}\t{prog}\t")
    if phi:
        c = cl()
        app_message_phi(L, c, ctx_for(c))
    else:
        L.t(msg)
    return [L]


def g_syslog5424(phi):
    CLK.tick()
    L = Line("logplex_rfc5424")
    pri = R.choice([190, 134, 158])
    dyno = R.choice(["worker.1", "worker.2", "web.1", "clock.1"])
    if phi:
        L.t(f"<{pri}>1 {ts_heroku()} host app {dyno} - - ")
        c = cl()
        x = ctx_for(c)
        v = R.choice(["evv", "claim", "app"])
        if v == "evv":
            tpl(L, "EvvCheckOutService: visit closed client={mrn|mrn} member={member|health_plan} out=", x)
            L.p(f"{fmt_date(recent_date(3) - dt.timedelta(days=1), 'iso')}T{R.randint(15, 19)}:{R.randint(0, 59):02d}:00-05:00", "date")
            L.t(f" units=12 geofence_distance_m={R.randint(3, 140)}")
        elif v == "claim":
            tpl(L, "ClaimBuilder: CLM01={acct|account} patient={child_LF|name} 97155 x " + str(R.randint(2, 8)) + " DOS={dos|date} payer=\"{payer}\"", x | {"acct": c.acct})
        else:
            app_message_phi(L, c, x)
    else:
        prog, msg = noise_msg()
        appname, procid = prog.split("/")
        L.t(f"<{pri}>1 {ts_heroku()} host {appname} {procid} - - {msg}")
    return [L]


SK_CTX = {"pid": 4, "tid": "abc"}


def sk_new():
    SK_CTX["pid"] = R.choice([4, 5, 11])
    SK_CTX["tid"] = tid()


def sk_prefix(L, cls=None, j=None, lvl="INFO", elapsed=None):
    L.t(f"{ts_iso_z()} pid={SK_CTX['pid']} tid={SK_CTX['tid']}")
    if cls:
        L.t(f" class={cls} jid={j}")
    if elapsed:
        L.t(f" elapsed={elapsed}")
    L.t(f" {lvl}: ")
    return L


JOB_FRAME = {"EvvVisitSubmitJob": "/app/app/services/evv/tmhp_client.rb", "ClaimSubmissionJob": "/app/app/services/x12/claim_builder.rb",
             "Era835ImportJob": "/app/app/services/x12/remittance_parser.rb", "AuthorizationSyncJob": "/app/app/services/payers/auth_portal.rb",
             "PayrollExportJob": "/app/app/services/payroll/gusto_export.rb", "IepDocumentFetchJob": "/app/app/services/districts/document_fetcher.rb",
             "SyncConflictResolverJob": "/app/app/services/sync/conflict_resolver.rb", "EligibilityCheckJob": "/app/app/services/payers/eligibility_270.rb"}
JOBS = ["EvvVisitSubmitJob", "ClaimSubmissionJob", "Era835ImportJob", "AuthorizationSyncJob",
        "SessionSummaryMailerJob", "PayrollExportJob", "IepDocumentFetchJob", "SyncConflictResolverJob",
        "EligibilityCheckJob", "ActionMailer::MailDeliveryJob", "ActiveStorage::AnalyzeJob"]


def g_sidekiq(phi):
    out = []
    CLK.tick()
    sk_new()
    cls = R.choice(JOBS)
    j = jid()
    if phi:
        c = cl()
        x = ctx_for(c)
        v = R.choice(["fail_validation", "evv_reject", "retry_args", "mail", "elig"])
        cls = {"fail_validation": "ClientImportJob", "evv_reject": "EvvVisitSubmitJob", "retry_args": "SessionSummaryMailerJob",
               "mail": "ActionMailer::MailDeliveryJob", "elig": "EligibilityCheckJob"}[v]
        if v == "evv_reject":
            c = cl_where(lambda k: k.medicaid)
            x = ctx_for(c)
        out.append(sk_prefix(Line("sidekiq"), cls, j).t("start"))
        CLK.tick(0.1, 3)
        if v == "fail_validation":
            L = sk_prefix(Line("sidekiq"), cls, j, "WARN")
            L.t("ActiveRecord::RecordInvalid: Validation failed: Date of birth must be before intake date (").p(
                fmt_date(c.dob, "iso"), "date").t("), Guardian phone is invalid (").p(fmt_phone(c.phone, "{a}{b}{c}"), "phone").t("x)")
            out.append(L)
        elif v == "evv_reject":
            L = sk_prefix(Line("sidekiq"), cls, j, "WARN")
            tpl(L, "EVV::RejectedVisit: TMHP rejected visit for Medicaid ID {member|health_plan} ({child_LF|name}) DOS {dos|date}: error EVV0204 'Client Medicaid ID not found in aggregator'", x)
            out.append(L)
        elif v == "retry_args":
            L = sk_prefix(Line("sidekiq"), cls, j, "WARN")
            L.t('{"context":"Job raised exception","job":{"retry":5,"queue":"mailers","class":"SessionSummaryMailerJob","args":[')
            L.t(str(R.randint(100000, 999999)) + ',"').p(c.email, "email").t('","')
            L.p(f"{c.gfirst} {c.glast}", "name").t(f'"],"jid":"{j}","created_at":{CLK.t.timestamp():.6f},"retry_count":{R.randint(0, 4)}}},"jobstr":"[FILTERED]"}}')
            out.append(L)
            out.append(sk_prefix(Line("sidekiq"), cls, j, "WARN").t("Net::SMTPFatalError: 550 5.1.1 mailbox unavailable"))
        elif v == "mail":
            L = sk_prefix(Line("sidekiq"), cls, j)
            tpl(L, "Delivered ParentMailer#session_summary to {email|email} re: {child_first|name} session on {dos|date}", x)
            out.append(L)
        else:
            L = sk_prefix(Line("sidekiq"), cls, j)
            tpl(L, "271 received subscriber={g_LF|name} member_id={member|health_plan} group=" + rdigits(6) + " plan_begin=", x | {"g_LF": f"{c.glast.upper()}, {c.gfirst.upper()}"})
            L.p(fmt_date(dt.date(2024, 1, 1), "compact"), "date").t(" EB*1*IND*30 active")
            out.append(L)
        CLK.tick(0.1, 3)
        out.append(sk_prefix(Line("sidekiq"), cls, j, "INFO" if v in ("mail", "elig") else "WARN",
                             elapsed=f"{R.uniform(0.05, 8):.3f}").t("done" if v in ("mail", "elig") else "fail"))
    else:
        v = R.choice(["startdone", "boot", "redis", "retry", "stats", "backtrace"])
        if v == "startdone":
            out.append(sk_prefix(Line("sidekiq"), cls, j).t("start"))
            CLK.tick(0.05, 6)
            out.append(sk_prefix(Line("sidekiq"), cls, j, elapsed=f"{R.uniform(0.01, 12):.3f}").t("done"))
        elif v == "boot":
            out.append(sk_prefix(Line("sidekiq")).t("Booted Rails 7.1.3 application in production environment"))
            out.append(sk_prefix(Line("sidekiq")).t("Running in ruby 3.2.3 (2024-01-18 revision 52bb2ac0a6) +YJIT [x86_64-linux]"))
            out.append(sk_prefix(Line("sidekiq")).t("Sidekiq 7.2.1 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://:REDACTED@ec2-44-210-12-8.compute-1.amazonaws.com:13580\"}"))
        elif v == "redis":
            out.append(sk_prefix(Line("sidekiq"), lvl="WARN").t("RedisClient::ReadTimeoutError: Waited 1.0 seconds"))
        elif v == "retry":
            out.append(sk_prefix(Line("sidekiq"), cls, j, "WARN").t(f"Faraday::TimeoutError: Net::ReadTimeout with #<TCPSocket:(closed)>"))
            out.append(sk_prefix(Line("sidekiq"), cls, j, "WARN").t(f"/app/vendor/bundle/ruby/3.2.0/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:{R.randint(60, 200)}:in `rescue in perform_request'"))
        elif v == "stats":
            out.append(sk_prefix(Line("sidekiq")).t(f"Sidekiq::Stats processed={R.randint(1000000, 9000000)} failed={R.randint(1000, 9000)} enqueued={R.randint(0, 80)} retries={R.randint(0, 30)} dead={R.randint(0, 20)} latency(default)={R.uniform(0, 3):.2f}s"))
        else:
            out.append(sk_prefix(Line("sidekiq"), cls, j, "WARN").t(f"{JOB_FRAME.get(cls, '/app/app/jobs/application_job.rb')}:{R.randint(20, 300)}:in `perform'"))
    return out


def g_sidekiq_json(phi):
    CLK.tick()
    L = Line("sidekiq_json")
    cls = R.choice(JOBS)
    base = {"ts": ts_iso_z(), "pid": R.choice([4, 5]), "tid": tid(), "lvl": "INFO"}
    if phi:
        c = cl()
        v = R.choice(["auth", "conflict", "era"])
        if v == "auth":
            base["lvl"] = "WARN"
            base["msg"] = "authorization exhausted"
            base["ctx"] = {"class": "AuthorizationSyncJob", "jid": jid(), "client_mrn": P(c.mrn, "mrn"),
                           "auth_number": P(c.auth, "other_id"), "cpt": R.choice(["97153", "97155", "97156"]),
                           "approved_units": R.choice([520, 780, 1040]), "used_units": R.choice([520, 780, 1040]),
                           "period_end": P(fmt_date(future_date(1, 30), "iso"), "date")}
        elif v == "conflict":
            base["lvl"] = "WARN"
            base["msg"] = "sync conflict: server wins"
            base["ctx"] = {"class": "SyncConflictResolverJob", "jid": jid(), "table": "clients",
                           "record_id": ruuid(), "field": "preferred_name",
                           "local": P(R.choice([ascii_fold(c.first), c.first.lower(), c.first.split("-")[0] + "y"]), "name"), "server": P(c.first, "name")}
        else:
            base["msg"] = "claim paid"
            base["ctx"] = {"class": "Era835ImportJob", "jid": jid(), "clp01": P(c.acct, "account"),
                           "payer_icn": P(rdigits(13), "other_id"), "paid": f"{R.uniform(200, 2400):.2f}",
                           "patient": P(f"{c.last.upper()}, {c.first.upper()}", "name")}
        emit_json(L, base, ascii_=R.random() < 0.3)
    else:
        base["msg"] = R.choice(["start", "done", "done"])
        base["ctx"] = {"class": cls, "jid": jid()}
        if base["msg"] == "done":
            base["ctx"]["elapsed"] = f"{R.uniform(0.01, 20):.3f}"
        if R.random() < 0.3:
            base["ctx"]["batch"] = "b-" + rhex(14)
        emit_json(L, base)
    return [L]


def pg_prefix(L, pid, lvl="LOG"):
    L.t(f"{ts_pg()} [{pid}] u8d3k2fq@d9f2ma1c {lvl}:  ")
    return L


def g_postgres(phi):
    out = []
    CLK.tick()
    pid = R.randint(1000, 99999)
    if phi:
        c = cl()
        v = R.choice(["dup_medicaid", "dup_mrn", "slow_param", "toolong"])
        if v == "dup_medicaid":
            out.append(pg_prefix(Line("postgres"), pid, "ERROR").t('duplicate key value violates unique constraint "index_payer_coverages_on_payer_id_and_member_id"'))
            out.append(pg_prefix(Line("postgres"), pid, "DETAIL").t(f"Key (payer_id, member_id)=({c.payer_id}, ").p(c.member, "health_plan").t(") already exists."))
            out.append(pg_prefix(Line("postgres"), pid, "STATEMENT").t('INSERT INTO "payer_coverages" ("client_id","payer_id","member_id","subscriber_relationship","created_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id"'))
        elif v == "dup_mrn":
            out.append(pg_prefix(Line("postgres"), pid, "ERROR").t('duplicate key value violates unique constraint "index_clients_on_chart_number"'))
            out.append(pg_prefix(Line("postgres"), pid, "DETAIL").t("Key (chart_number)=(").p(c.mrn, "mrn").t(") already exists."))
        elif v == "slow_param":
            out.append(pg_prefix(Line("postgres"), pid).t(f'duration: {R.uniform(500, 4000):.3f} ms  execute <unnamed>: SELECT "clients".* FROM "clients" WHERE (unaccent(last_name) ILIKE unaccent($1)) AND "clients"."date_of_birth" = $2 LIMIT $3'))
            L = pg_prefix(Line("postgres"), pid, "DETAIL").t("parameters: $1 = '%").p(c.last.replace("'", "''"), "name").t("%', $2 = '").p(c.dob.isoformat(), "date").t("', $3 = '25'")
            out.append(L)
        else:
            out.append(pg_prefix(Line("postgres"), pid, "ERROR").t("value too long for type character varying(15)"))
            L = pg_prefix(Line("postgres"), pid, "STATEMENT").t('UPDATE "guardians" SET "home_phone" = \'').p(
                fmt_phone(c.phone, "+1 ({a}) {b}-{c}") + " ext 2", "phone").t(f"', \"updated_at\" = '{CLK.t.strftime('%Y-%m-%d %H:%M:%S')}' WHERE \"guardians\".\"id\" = {R.randint(1000, 9999)}")
            out.append(L)
    else:
        v = R.choice(["checkpoint", "slow", "vacuum", "conn", "deadlock", "temp"])
        if v == "checkpoint":
            out.append(pg_prefix(Line("postgres"), pid).t("checkpoint starting: time"))
            out.append(pg_prefix(Line("postgres"), pid).t(f"checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 5):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 3)} recycled; write={R.uniform(10, 300):.3f} s, sync=0.{R.randint(1, 999):03d} s, total={R.uniform(10, 300):.3f} s"))
        elif v == "slow":
            out.append(pg_prefix(Line("postgres"), pid).t(f'duration: {R.uniform(500, 9000):.3f} ms  statement: SELECT COUNT(*) FROM "session_data" INNER JOIN "therapy_sessions" ON "therapy_sessions"."id" = "session_data"."therapy_session_id" WHERE "therapy_sessions"."started_at" >= \'2024-03-01 00:00:00\''))
        elif v == "vacuum":
            out.append(pg_prefix(Line("postgres"), pid).t(f'automatic vacuum of table "d9f2ma1c.public.evv_visits": index scans: 1, pages: 0 removed, {R.randint(1000, 90000)} remain, tuples: {R.randint(10, 9000)} removed, {R.randint(100000, 900000)} remain'))
        elif v == "conn":
            out.append(pg_prefix(Line("postgres"), pid).t(f"connection authorized: user=u8d3k2fq database=d9f2ma1c application_name=puma: cluster worker {R.randint(0, 1)}: 4 [app] SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"))
        elif v == "deadlock":
            out.append(pg_prefix(Line("postgres"), pid, "ERROR").t("deadlock detected"))
            out.append(pg_prefix(Line("postgres"), pid, "DETAIL").t(f"Process {pid} waits for ShareLock on transaction {R.randint(10 ** 7, 10 ** 8)}; blocked by process {R.randint(1000, 99999)}."))
            out.append(pg_prefix(Line("postgres"), pid, "HINT").t("See server log for query details."))
        else:
            out.append(pg_prefix(Line("postgres"), pid).t(f'temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.{R.randint(0, 9)}", size {R.randint(10 ** 6, 10 ** 9)}'))
    return out


def g_lograge(phi):
    CLK.tick()
    L = Line("lograge")
    rid = ruuid()
    if phi:
        c = cl()
        v = R.choice(["portal", "portal", "login_fail", "export"])
        if v == "portal":
            items = [("method", R.choice(["GET", "POST"])), ("path", R.choice(["/portal/messages", "/portal/session_summaries", "/portal/schedule", "/portal/billing/statements"])),
                     ("format", R.choice(["html", "json", "turbo_stream"])), ("controller", "Portal::MessagesController"), ("action", "index"),
                     ("status", 200), ("duration", f"{R.uniform(20, 500):.2f}"), ("view", f"{R.uniform(1, 80):.2f}"), ("db", f"{R.uniform(1, 90):.2f}"),
                     ("remote_ip", P(c.ip, "ip")), ("user", P(c.username, "other_id")), ("request_id", rid)]
        elif v == "login_fail":
            items = [("method", "POST"), ("path", "/portal/users/sign_in"), ("format", "html"), ("controller", "Portal::SessionsController"),
                     ("action", "create"), ("status", 401), ("duration", f"{R.uniform(100, 400):.2f}"), ("remote_ip", P(c.ip, "ip")),
                     ("login", P(c.email, "email")), ("failed_attempts", R.randint(1, 5)), ("request_id", rid)]
        else:
            items = [("method", "GET"), ("path", f"/clients/{c.db_id}/authorizations.csv"), ("format", "csv"), ("controller", "AuthorizationsController"),
                     ("action", "index"), ("status", 200), ("duration", f"{R.uniform(100, 900):.2f}"), ("remote_ip", f"10.1.{R.randint(0, 9)}.{R.randint(2, 250)}"),
                     ("user", R.choice(["mvega", "awhitfield", "bcarter", "billing.team"])), ("client", P(c.mrn, "mrn")), ("request_id", rid)]
        emit_kv(L, items)
    else:
        items = [("method", "GET"), ("path", R.choice(["/dashboard", "/schedules", "/reports/utilization", "/admin/sidekiq/retries", "/rbts/E1103/timesheets"])),
                 ("format", "html"), ("controller", R.choice(["DashboardController", "SchedulesController", "ReportsController"])), ("action", R.choice(["index", "show"])),
                 ("status", R.choice([200, 200, 200, 302, 404])), ("duration", f"{R.uniform(10, 900):.2f}"), ("view", f"{R.uniform(1, 300):.2f}"),
                 ("db", f"{R.uniform(1, 300):.2f}"), ("remote_ip", f"10.1.{R.randint(0, 9)}.{R.randint(2, 250)}"),
                 ("user", R.choice(["mvega", "awhitfield", "bcarter", "tgreene", "ops"])), ("request_id", rid)]
        emit_kv(L, items)
    return [L]


def g_device(phi):
    """React Native device logs (Android logcat threadtime, iOS os_log)."""
    CLK.tick()
    android = R.random() < 0.55
    L = Line("rn_device_log")
    t = local()
    if android:
        p = R.randint(4000, 30000)
        L.t(t.strftime("%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} {p:5d} {p + R.randint(5, 300):5d} {R.choice(['I', 'I', 'W', 'D', 'E'])} ReactNativeJS: ")
    else:
        L.t(t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}" + f" BrightPathData[{R.randint(300, 900)}:{R.randint(10000, 99999)}] [javascript] ")
    if phi:
        c = cl()
        x = ctx_for(c)
        v = R.choice(["session_end", "conflict", "queue", "evv", "roster", "photo", "aac", "aac"])
        if v == "aac":
            c = cl_where(lambda k: k.aac)
            x = ctx_for(c)
            tpl(L, R.choice(["[AACBridge] BLE connected to client device \"{aac}\" serial={aac_sn|device} rssi=-" + str(R.randint(40, 80)) + " client={mrn|mrn}",
                             "[AACBridge] vocab log pulled from {aac_sn|device}: " + str(R.randint(5, 90)) + " utterances since last sync"]), x)
        elif v == "session_end":
            tpl(L, "[SessionTimer] ended session for {child_init|name} ({mrn|mrn}) cpt=97153 units=" + str(R.randint(4, 24)) + " trials=" + str(R.randint(40, 300)), x)
        elif v == "conflict":
            L.t("[🍉] [Sync] Conflict resolved table=clients id=" + ruuid() + " local.last_name=")
            L.p(c.last, "name").t(" remote.last_name=").p(c.last.upper(), "name")
        elif v == "queue":
            L.t("[OfflineQueue] upload failed, will retry (attempt %d): " % R.randint(1, 6))
            emit_json(L, {"type": "session_note", "clientName": P(f"{c.first} {c.last}", "name"), "dos": P(fmt_date(recent_date(4), "iso"), "date"),
                          "bcba": ctx_for(c)["bcba"], "err": "Network request failed"})
        elif v == "evv":
            tpl(L, "[EVV] check-in ok client={mrn|mrn} coords=", x)
            L.p(f"{c.lat}", "address").t(",").p(f"{c.lon}", "address").t(f" acc={R.randint(3, 40)}m within_geofence=true")
        elif v == "roster":
            tpl(L, "[Roster] cached 1 client: {child_lf|name} DOB {dob|date} guardian {g_full|name} {phone|phone}", x)
        else:
            L.t("[ProfilePhoto] upload queued clientId=%d mime=image/jpeg data=" % c.db_id).p(photo_b64(), "photo").t("…")
    else:
        v = R.choice(["pull", "push", "db", "net", "bundle", "perm", "gps"])
        if v == "pull":
            L.t(f"[🍉] [Sync] Pull complete. Changes: created={R.randint(0, 60)} updated={R.randint(0, 200)} deleted={R.randint(0, 8)} lastPulledAt={int(CLK.t.timestamp() * 1000)}")
        elif v == "push":
            L.t(f"[🍉] [Sync] Pushing {R.randint(1, 80)} local changes (trials, session_notes, abc_data)… rejectedIds=[]")
        elif v == "db":
            L.t(f"[DB] migration to schema v{R.choice([14, 15])} took {R.randint(20, 400)}ms, adapter=SQLiteAdapter jsi=true")
        elif v == "net":
            L.t("[NetInfo] connection changed: type=" + R.choice(["wifi", "cellular", "none"]) + " isInternetReachable=" + R.choice(["true", "false", "null"]))
        elif v == "bundle":
            L.t(f"Running \"BrightPathData\" with {{\"rootTag\":{R.choice([1, 11, 21])},\"initialProps\":{{}},\"fabric\":true}}")
        elif v == "perm":
            L.t("Possible Unhandled Promise Rejection (id: %d): Error: Location permission denied" % R.randint(0, 9))
        else:
            ctr = R.choice(CENTERS)
            L.t(f"[EVV] geofence loaded site={ctr[0]} center=({ctr[2]},{ctr[3]}) radius=150m")
    return [L]


def g_sqlite(phi):
    CLK.tick()
    L = Line("sqlite_trace")
    L.t(f"[SQLite] {local().strftime('%H:%M:%S.%f')[:-3]} ")
    if phi:
        c = cl()
        v = R.choice(["insert", "update", "constraint"])
        if v == "insert":
            L.t("INSERT INTO clients (id, _status, _changed, first_name, last_name, dob, address_line1, city, zip) VALUES ('")
            L.t(rhex(16) + "', 'synced', '', '").p(c.first.replace("'", "''"), "name").t("', '").p(c.last.replace("'", "''"), "name").t("', '")
            L.p(c.dob.isoformat(), "date").t("', '").p(c.street, "address").t("', '").p(c.city, "address").t("', '").p(c.zip, "zip").t("')")
        elif v == "update":
            L.t("UPDATE guardians SET phone = '").p(fmt_phone(c.phone, "{a}{b}{c}"), "phone").t("', email = '").p(c.email, "email").t(
                f"', _status = 'updated' WHERE id = '{rhex(16)}'")
        else:
            L.t("SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: clients.chart_number (code 2067) value='").p(c.mrn, "mrn").t("'")
    else:
        L.t(R.choice([
            "PRAGMA journal_mode = WAL",
            "CREATE INDEX IF NOT EXISTS trials_session_id ON trials (session_id)",
            f"SELECT * FROM trials WHERE session_id = '{rhex(16)}' AND _status IS NOT 'deleted'",
            f"INSERT INTO trials (id, session_id, target_id, response, prompt_level, ts) VALUES ('{rhex(16)}', '{rhex(16)}', '{rhex(16)}', '+', 'IND', {int(CLK.t.timestamp() * 1000)})",
            "database is locked (code 5 SQLITE_BUSY), retrying in 50ms",
            f"UPDATE local_storage SET value = '{{\"lastPulledAt\":{int(CLK.t.timestamp() * 1000)}}}' WHERE key = '__watermelon_last_pulled_at'",
            f"DELETE FROM abc_data WHERE _status = 'deleted' -- {R.randint(0, 40)} rows",
            "VACUUM",
        ]))
    return [L]


def g_evv_json(phi):
    CLK.tick()
    L = Line("evv_sandata_json")
    if phi:
        c = cl_where(lambda k: k.medicaid)
        rbt = staff_rbt()
        dos = recent_date(5) - dt.timedelta(days=1)
        tin = dt.datetime(dos.year, dos.month, dos.day, R.randint(8, 16), R.choice([0, 15, 30, 45]), R.randint(0, 59))
        tout = tin + dt.timedelta(hours=R.choice([2, 3, 3, 4]), minutes=R.randint(-6, 9))
        home = c.in_home and R.random() < 0.8
        if home:
            lat, lon = P(c.lat, "address"), P(c.lon, "address")
            loc = "1"
        else:
            ctr = R.choice(CENTERS)
            lat, lon = ctr[2], ctr[3]
            loc = "2"
        rec = {
            "ProviderIdentification": {"ProviderQualifier": "NPI", "ProviderID": CLINIC[1]},
            "VisitOtherID": "V" + rdigits(10), "SequenceID": R.randint(100000, 999999),
            "EmployeeQualifier": "EmployeeCustomID", "EmployeeIdentifier": rbt[2],
            "ClientIDQualifier": "ClientCustomID", "ClientID": P(c.mrn, "mrn"),
            "ClientMedicaidID": P(c.member, "health_plan") if c.medicaid else "",
            "ClientFirstName": P(c.first, "name"), "ClientLastName": P(c.last, "name"),
            "VisitCancelledIndicator": False, "PayerID": c.payer_id, "ProcedureCode": R.choice(["97153", "97155", "H2019"]),
            "ScheduleStartTime": P(tin.strftime("%Y-%m-%dT%H:%M:00Z"), "date"),
            "Calls": [{"CallExternalID": rhex(12), "CallDateTime": P(tin.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                       "CallAssignment": "Time In", "CallType": "Mobile", "ProcedureCode": "97153",
                       "CallLatitude": lat, "CallLongitude": lon, "Location": loc},
                      {"CallExternalID": rhex(12), "CallDateTime": P(tout.strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                       "CallAssignment": "Time Out", "CallType": "Mobile"}],
        }
        emit_json(L, rec)
    else:
        rec = R.choice([
            {"id": ruuid(), "status": "SUCCESS", "token": rhex(32), "messageSummary": "All records uploaded successfully.", "failedCount": 0,
             "succeededCount": R.randint(1, 90), "cachedDate": CLK.t.strftime("%Y-%m-%dT%H:%M:%S")},
            {"id": ruuid(), "status": "PENDING", "token": rhex(32), "messageSummary": "The result for the input token is not available yet."},
            {"ErrorCode": "EVV1010", "ErrorMessage": "ProviderID is not active for PayerID " + R.choice(PAYERS)[1], "ProviderID": CLINIC[1]},
        ])
        emit_json(L, rec)
    return [L]


def g_evv_kv(phi):
    CLK.tick()
    L = Line("evv_event_kv")
    rbt = staff_rbt()
    L.t(f"{ts_iso_z()} level={R.choice(['info', 'info', 'warn'])} ")
    if phi:
        c = cl()
        ev = R.choice(["evv.check_in", "evv.check_out", "evv.geofence_miss", "evv.manual_edit"])
        dos = recent_date(2) - dt.timedelta(days=1)
        stamp = f"{dos.isoformat()}T{R.randint(8, 18):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}-05:00"
        items = [("event", ev), ("visit_id", ruuid()), ("rbt", rbt[2]), ("client", P(c.mrn, "mrn"))]
        if ev in ("evv.check_in", "evv.check_out"):
            items += [("at", P(stamp, "date")), ("lat", P(c.lat, "address")), ("lng", P(c.lon, "address")), ("acc_m", R.randint(3, 40)),
                      ("dist_home_m", R.randint(1, 120)), ("method", R.choice(["gps", "gps", "ivr"])), ("result", "verified")]
        elif ev == "evv.geofence_miss":
            items += [("lat", P(round(c.lat + 0.02, 5), "address")), ("lng", P(round(c.lon - 0.015, 5), "address")),
                      ("dist_home_m", R.randint(900, 4000)), ("home", P(f"{c.street}, {c.city}", "address")), ("result", "needs_review")]
        else:
            items += [("at", P(stamp, "date")), ("reason_code", R.choice(["130", "200", "305"])), ("edited_by", R.choice(["mvega", "bcarter", "ops.evv"])),
                      ("method", "ivr"), ("caller_ani", P(fmt_phone(c.phone, "{a}{b}{c}"), "phone"))]
        emit_kv(L, items)
    else:
        ctr = R.choice(CENTERS)
        v = R.choice(["batch", "config", "center", "clock"])
        if v == "batch":
            emit_kv(L, [("event", "evv.batch_export"), ("state", "TX"), ("aggregator", "TMHP"), ("visits", R.randint(200, 600)),
                        ("rejected", R.randint(0, 9)), ("file", f"evv_{CLK.t.strftime('%Y%m%d')}_{R.randint(1, 3):02d}.json"), ("sha256", rhex(64))])
        elif v == "config":
            emit_kv(L, [("event", "evv.config"), ("radius_m", 150), ("min_accuracy_m", 50), ("grace_min", 7), ("ivr_number", "8776410200"), ("version", "2024.03.1")])
        elif v == "center":
            emit_kv(L, [("event", "evv.center_clock_in"), ("rbt", rbt[2]), ("site", ctr[0]), ("lat", ctr[2]), ("lng", ctr[3]), ("acc_m", R.randint(3, 20)), ("result", "verified")])
        else:
            emit_kv(L, [("event", "evv.device_clock_skew"), ("rbt", rbt[2]), ("device", "iPad13,18"), ("skew_s", R.randint(30, 400)), ("os", "iPadOS 17.3.1")])
    return [L]


def seg(family, text_parts):
    L = Line(family)
    for p in text_parts:
        if isinstance(p, tuple):
            L.p(p[0], p[1])
        else:
            L.t(p)
    return L


def g_837(phi):
    """One 837P transaction, one segment per physical line (as stored by the clearinghouse SFTP log)."""
    F = "x12_837p"
    out = []
    c = cl()
    ctrl = rdigits(9, False)
    now = CLK.tick()
    d8 = now.strftime("%Y%m%d")
    out.append(seg(F, [f"ISA*00*          *00*          *ZZ*BRIGHTPATH     *ZZ*CLAIMMD        *{now.strftime('%y%m%d')}*{now.strftime('%H%M')}*^*00501*{ctrl}*0*P*:~"]))
    out.append(seg(F, [f"GS*HC*BRIGHTPATH*CLAIMMD*{d8}*{now.strftime('%H%M')}*{int(ctrl) % 100000}*X*005010X222A1~"]))
    out.append(seg(F, [f"ST*837*{R.randint(1, 9999):04d}*005010X222A1~"]))
    out.append(seg(F, [f"BHT*0019*00*{rhex(10).upper()}*{d8}*{now.strftime('%H%M')}*CH~"]))
    out.append(seg(F, ["NM1*41*2*BRIGHTPATH BEHAVIORAL HEALTH LLC*****46*742210937~"]))
    out.append(seg(F, ["PER*IC*BILLING DEPT*TE*5126104400*EM*billing@brightpathaba.com~"]))
    out.append(seg(F, ["NM1*85*2*BRIGHTPATH BEHAVIORAL HEALTH LLC*****XX*1487362910~"]))
    out.append(seg(F, ["N3*2100 KRAMER LN STE 300~"]))
    out.append(seg(F, ["N4*AUSTIN*TX*787582117~"]))
    out.append(seg(F, ["REF*EI*742210937~"]))
    sub_child = c.subscriber_is_child
    out.append(seg(F, ["HL*2*1*22*" + ("0" if sub_child else "1") + "~"]))
    out.append(seg(F, ["SBR*P*" + ("18" if sub_child else "") + "*" + ("" if sub_child else rdigits(7)) + "******" + ("MC" if sub_child else "CI") + "~"]))
    if sub_child:
        sl, sf, sdob, ssex = c.last, c.first, c.dob, c.sex
    else:
        sl, sf, sdob, ssex = c.glast, c.gfirst, c.gdob, R.choice("MF")
    out.append(seg(F, ["NM1*IL*1*", (ascii_fold(sl).upper(), "name"), "*", (ascii_fold(sf).upper(), "name"), "****MI*", (c.member, "health_plan"), "~"]))
    out.append(seg(F, ["N3*", (c.street.upper(), "address"), "~"]))
    out.append(seg(F, ["N4*", (c.city.upper(), "address"), "*TX*", (c.zip + c.zip4, "zip"), "~"]))
    out.append(seg(F, ["DMG*D8*", (sdob.strftime("%Y%m%d"), "date"), f"*{ssex}~"]))
    if not sub_child and R.random() < 0.4:
        out.append(seg(F, ["REF*SY*", (c.gssn, "ssn"), "~"]))
    out.append(seg(F, [f"NM1*PR*2*{c.payer}*****PI*{c.payer_id}~"]))
    if not sub_child:
        out.append(seg(F, ["HL*3*2*23*0~"]))
        out.append(seg(F, ["PAT*19~"]))
        out.append(seg(F, ["NM1*QC*1*", (ascii_fold(c.last).upper(), "name"), "*", (ascii_fold(c.first).upper(), "name"), "~"]))
        out.append(seg(F, ["DMG*D8*", (c.dob.strftime("%Y%m%d"), "date"), f"*{c.sex}~"]))
    units = R.choice([16, 24, 32, 40])
    amt = units * R.choice([15, 18, 20])
    out.append(seg(F, ["CLM*", (c.acct, "account"), f"*{amt}***{R.choice(['12', '11', '99'])}:B:1*Y*A*Y*Y~"]))
    out.append(seg(F, ["REF*G1*", (c.auth, "other_id"), "~"]))
    out.append(seg(F, ["HI*ABK:F840~"]))
    bc = staff_bcba()
    out.append(seg(F, [f"NM1*82*1*{bc[1].upper()}*{bc[0].upper()}****XX*{bc[3]}~"]))
    out.append(seg(F, ["PRV*PE*PXC*103K00000X~"]))
    for i in range(R.randint(1, 3)):
        dos = recent_date(25)
        cpt = R.choice(["97153", "97153", "97155", "97156"])
        u = R.choice([8, 12, 16])
        out.append(seg(F, [f"LX*{i + 1}~"]))
        out.append(seg(F, [f"SV1*HC:{cpt}:{R.choice(['HM', 'HN', 'HO', 'U1'])}*{u * 18}*UN*{u}***1~"]))
        out.append(seg(F, ["DTP*472*D8*", (dos.strftime("%Y%m%d"), "date"), "~"]))
    n = len(out) - 2
    out.append(seg(F, [f"SE*{n}*0001~"]))
    out.append(seg(F, [f"GE*1*{int(ctrl) % 100000}~"]))
    out.append(seg(F, [f"IEA*1*{ctrl}~"]))
    return out


def g_835(phi):
    F = "x12_835"
    out = []
    now = CLK.tick()
    d8 = now.strftime("%Y%m%d")
    ctrl = rdigits(9, False)
    payer = R.choice(PAYERS)
    total = 0.0
    claims = []
    for _ in range(R.randint(1, 2)):
        c = cl()
        billed = R.choice([16, 24, 32]) * 18
        paid = round(billed * R.uniform(0.6, 0.95), 2)
        total += paid
        claims.append((c, billed, paid))
    out.append(seg(F, [f"ISA*00*          *00*          *ZZ*{payer[1]:<15}*ZZ*BRIGHTPATH     *{now.strftime('%y%m%d')}*{now.strftime('%H%M')}*^*00501*{ctrl}*0*P*:~"]))
    out.append(seg(F, [f"GS*HP*{payer[1]}*BRIGHTPATH*{d8}*{now.strftime('%H%M')}*{int(ctrl) % 100000}*X*005010X221A1~"]))
    out.append(seg(F, ["ST*835*0001~"]))
    out.append(seg(F, [f"BPR*I*{total:.2f}*C*ACH*CCP*01*{rdigits(9)}*DA*{rdigits(10)}*1{rdigits(9)}**01*111000025*DA*{rdigits(9)}*{d8}~"]))
    out.append(seg(F, [f"TRN*1*{rdigits(12)}*1{rdigits(9)}~"]))
    out.append(seg(F, [f"N1*PR*{payer[0]}~"]))
    out.append(seg(F, ["N1*PE*BRIGHTPATH BEHAVIORAL HEALTH LLC*XX*1487362910~"]))
    out.append(seg(F, ["LX*1~"]))
    for c, billed, paid in claims:
        out.append(seg(F, ["CLP*", (c.acct, "account"), f"*1*{billed:.2f}*{paid:.2f}*{R.choice(['0', '25.00', ''])}*{R.choice(['MC', 'CI', '12'])}*", (rdigits(14), "other_id"), "*11*1~"]))
        out.append(seg(F, ["NM1*QC*1*", (ascii_fold(c.last).upper(), "name"), "*", (ascii_fold(c.first).upper(), "name"), "****MI*", (c.member, "health_plan"), "~"]))
        bc = staff_bcba()
        out.append(seg(F, [f"NM1*82*1*{bc[1].upper()}*{bc[0].upper()}****XX*{bc[3]}~"]))
        d = recent_date(40)
        out.append(seg(F, ["DTM*232*", (d.strftime("%Y%m%d"), "date"), "~"]))
        out.append(seg(F, ["DTM*233*", ((d + dt.timedelta(days=R.randint(0, 6))).strftime("%Y%m%d"), "date"), "~"]))
        out.append(seg(F, [f"SVC*HC:{R.choice(['97153', '97155'])}*{billed:.2f}*{paid:.2f}**{billed // 18}~"]))
        out.append(seg(F, [f"CAS*CO*45*{billed - paid:.2f}~"]))
        out.append(seg(F, [f"AMT*B6*{paid:.2f}~"]))
    out.append(seg(F, [f"SE*{len(out) - 1}*0001~"]))
    out.append(seg(F, [f"GE*1*{int(ctrl) % 100000}~"]))
    out.append(seg(F, [f"IEA*1*{ctrl}~"]))
    return out


def g_x12_inline(phi):
    """A whole 837P/277CA carried on one line inside a Sidekiq log (escaped as a single payload)."""
    CLK.tick()
    sk_new()
    L = sk_prefix(Line("x12_inline"), "ClaimSubmissionJob", jid(), "DEBUG")
    if phi:
        c = cl()
        dos = recent_date(20)
        L.t("277CA acknowledgment payload=ST*277*0001*005010X214~BHT*0085*08*" + rhex(8).upper() + "*" + CLK.t.strftime("%Y%m%d") + "*1412*TH~HL*3*2*19*1~NM1*85*2*BRIGHTPATH BEHAVIORAL HEALTH LLC*****XX*1487362910~HL*4*3*PT~NM1*QC*1*")
        L.p(ascii_fold(c.last).upper(), "name").t("*").p(ascii_fold(c.first).upper(), "name").t("****MI*").p(c.member, "health_plan").t("~TRN*2*").p(c.acct, "account")
        L.t("~STC*A3:21*" + CLK.t.strftime("%Y%m%d") + "*U*" + str(R.randint(200, 900)) + "~REF*1K*").p(rdigits(12), "other_id").t("~DTP*472*RD8*")
        L.p(dos.strftime("%Y%m%d") + "-" + (dos + dt.timedelta(days=6)).strftime("%Y%m%d"), "date").t("~SE*11*0001~")
    else:
        L.t("999 acknowledgment payload=ST*999*0001*005010X231A1~AK1*HC*" + str(R.randint(1000, 99999)) + "*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~")
    return [L]


def g_portal_json(phi):
    CLK.tick()
    L = Line("portal_message_json")
    c = cl()
    x = ctx_for(c)
    if phi:
        v = R.choice(["guardian", "guardian", "staff_reply", "photo", "url"])
        if v == "guardian":
            body = R.choice([
                "{child_first|name} has a well-check with Dr. Pruitt on {appt|date}, can we do center that day instead of home?",
                "Please update my number to {phone|phone}, the old one is disconnected",
                "Grandma {elder|name} will pick {child_first|name} up Thursday. She is {elder_age|age} and uses a walker, can someone walk {him} out?",
                "Our new insurance card: {payer} member {member|health_plan}. Effective {appt|date}",
                "We won't be home on {appt|date}. Also {child_first|name}'s talker ({aac}, serial {aac_sn|device}) needs a new charger",
                "His school IEP meeting moved to {appt|date} at {school}. Can {bcba_first} attend?",
                "Please send the visit summary for {dos|date} to {email|email} too, thanks",
                "I don't have email at work, can you fax the consent forms to {fax|fax}? Attn {g_full|name}",
            ])
            if "{elder" in body:
                c = cl_where(lambda k: k.elder)
                x = ctx_for(c)
            elif "{aac" in body:
                c = cl_where(lambda k: k.aac)
                x = ctx_for(c)
            obj = {"id": R.randint(100000, 999999), "thread_id": R.randint(1000, 9999), "sender_type": "Guardian",
                   "sender": {"id": R.randint(1000, 9999), "display_name": P(x["g_full"], "name"), "username": P(c.username, "other_id")},
                   "client_id": c.db_id, "body": "__B__", "created_at": ts_iso_z(), "read_at": None}
        elif v == "staff_reply":
            body = R.choice([
                "Hi {g_first|name}! {rbt_first} will be there at 3:30 on {appt|date}. Reminder {child_first|name} needs {his} AAC device charged.",
                "Hello {g_first|name}, {child_first|name}'s progress report is uploaded. Parent training is set for {appt|date}.",
            ])
            obj = {"id": R.randint(100000, 999999), "thread_id": R.randint(1000, 9999), "sender_type": "Staff",
                   "sender": {"id": R.randint(10, 99), "display_name": x["bcba"] + ", BCBA"}, "client_id": c.db_id,
                   "body": "__B__", "created_at": ts_iso_z(), "read_at": ts_iso_z()}
        elif v == "photo":
            obj = {"event": "attachment.created", "thread_id": R.randint(1000, 9999), "uploader": P(x["g_full"], "name"),
                   "filename": "IMG_" + rdigits(4) + ".jpg", "content_type": "image/jpeg", "caption": "__B__",
                   "preview_b64": P(photo_b64(), "photo")}
            body = "{child_first|name} at the park, first time on the swings without crying!"
        else:
            obj = {"id": R.randint(100000, 999999), "thread_id": R.randint(1000, 9999), "sender_type": "Guardian",
                   "sender": {"id": R.randint(1000, 9999), "display_name": P(x["g_full"], "name")}, "body": "__B__",
                   "created_at": ts_iso_z()}
            body = "Sharing the video of {child_first|name} using {his} words at dinner: {url|url}"
        for k in list(obj):
            if obj[k] == "__B__":
                obj[k] = T(body, x)
        emit_json(L, obj)
    else:
        obj = R.choice([
            {"event": "thread.read", "thread_id": R.randint(1000, 9999), "reader_type": "Guardian", "reader_id": R.randint(1000, 9999), "at": ts_iso_z()},
            {"event": "broadcast.sent", "audience": "all_guardians", "site": R.choice(CENTERS)[0], "subject": "Center closed Monday for staff training",
             "recipients": R.randint(40, 200), "sent_by": "ops@brightpathaba.com"},
            {"event": "notification.push", "provider": "fcm", "status": "ok", "message_id": "projects/brightpath-prod/messages/0:" + rdigits(16) + "%" + rhex(16), "latency_ms": R.randint(40, 900)},
            {"event": "thread.created", "thread_id": R.randint(1000, 9999), "client_id": R.randint(3000, 5000), "participants": R.randint(2, 5), "topic": R.choice(["scheduling", "billing", "clinical"])},
        ])
        emit_json(L, obj)
    return [L]


def g_email(phi):
    """IEP coordination e-mail, one header/body line per physical line (archived by the mail journal)."""
    F = "iep_email"
    out = []
    c = cl()
    x = ctx_for(c)
    ss = R.choice(SCHOOL_STAFF)
    dom = c.school[1]
    sem = f"{ss[0][0].lower()}{ss[1].lower()}@{dom}"
    bc = staff_bcba()
    bem = f"{bc[0][0].lower()}{bc[1].lower()}@brightpathaba.com"
    CLK.tick()
    t = local()
    meet = future_date(5, 30)
    x["meet"] = fmt_date(meet, R.choice(["md", "long", "us", "mon_d"]))
    x["ss"] = f"{ss[0]} {ss[1]}"
    x["ss_last"] = ss[1]
    x["bcba"] = f"{bc[0]} {bc[1]}"
    outbound = R.random() < 0.5
    if outbound:
        out.append(seg(F, [f"From: {bc[0]} {bc[1]} <{bem}>"]))
        out.append(seg(F, [f"To: {ss[0]} {ss[1]} <{sem}>"]))
        if phi:
            out.append(seg(F, ["Cc: ", (c.email, "email")]))
    else:
        out.append(seg(F, [f"From: \"{ss[1]}, {ss[0]}\" <{sem}>"]))
        out.append(seg(F, [f"To: {bem}"]))
    out.append(seg(F, [f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} -0500"]))
    out.append(seg(F, [f"Message-ID: <{rhex(12)}.{R.randint(1000, 9999)}@{'brightpathaba.com' if outbound else dom}>"]))
    if phi:
        L = Line(F)
        tpl(L, R.choice(["Subject: ARD/IEP coordination - {child_init|name} (ID {sid|other_id})",
                         "Subject: RE: Annual ARD for {child_full|name} - {meet|date}",
                         "Subject: BIP draft + FBA data for {child_first|name}"]), x)
        out.append(L)
    else:
        out.append(seg(F, [R.choice(["Subject: RE: district MOU for private ABA providers on campus", "Subject: Fall in-service - visitor badge process",
                                     "Subject: Observation request form (updated 2024)"])]))
    out.append(seg(F, ["MIME-Version: 1.0"]))
    out.append(seg(F, ["Content-Type: text/plain; charset=\"UTF-8\""]))
    if outbound:
        out.append(seg(F, [R.choice([f"Hi {ss[0]},", f"Good afternoon {ss[0]},", f"Dear {ss[0]} {ss[1]},"])]))
    else:
        out.append(seg(F, [R.choice([f"Hello {bc[0]},", f"Hi {bc[0]} -", f"Good morning {bc[0]},"])]))
    if phi:
        for tb in R.sample([
            "Following up on {child_first|name}'s ARD scheduled for {meet|date} at {school}. {g_full|name} ({rel_l}) asked that I attend by phone.",
            "Parent consent for exchange of information was signed {dos|date}; attaching the release and the most recent FBA.",
            "The family can be reached at {phone|phone} after 4pm; please do not leave details on voicemail.",
            "We are seeing elopement 2-3x per session at home; the BIP draft targets functional communication with the {aac|none}.",
            "Can you confirm the student ID we should use on the observation form? Our records have {sid|other_id}.",
            "Dad asked that copies go to {email|email} as well as the home address on file ({street|address}, {city|address}).",
        ], 3):
            if "{aac|none}" in tb:
                if "aac" not in x:
                    tb = "Reinforcement is working best with token boards; no restrictive procedures are in the plan."
                else:
                    tb = tb.replace("{aac|none}", "{aac} (SN {aac_sn|device})")
            L = Line(F)
            tpl(L, tb, x)
            out.append(L)
    else:
        for tb in R.sample([
            "Per district policy, private providers observing on campus need a signed MOU and a visitor badge from the front office.",
            "The observation window is 30 minutes and cannot overlap with state testing weeks.",
            "Please send the updated insurance certificate for your RBTs working on campus.",
            "Our fax for records is (512) 464-5101, attention Special Education.",
            "Thanks for the in-service on functional communication training last week, teachers found it really useful.",
        ], 3):
            out.append(seg(F, [tb]))
    out.append(seg(F, [R.choice(["Thanks,", "Best,", "Thank you,"])]))
    if outbound:
        out.append(seg(F, [f"{bc[0]} {bc[1]}, {bc[2]} | BrightPath Behavioral | (512) 610-4400 x{R.randint(200, 299)} | fax (512) 610-4401"]))
    else:
        out.append(seg(F, [f"{ss[0]} {ss[1]} | {ss[2]} | {c.school[0]} | {c.school[1].split('.')[0].upper()} Special Education | 512-464-{R.randint(4000, 4999)}"]))
    return out


def g_payroll(phi):
    F = "payroll_csv"
    out = []
    hdr = R.choice(["EmployeeID,LastName,FirstName,PayPeriodStart,PayPeriodEnd,ServiceDate,Client,ChartNo,ServiceCode,Units,Hours,Mileage,PayCode",
                    ])
    out.append(seg(F, [hdr]))
    ps = dt.date(2024, 2, 26)
    pe = dt.date(2024, 3, 10)
    for _ in range(R.randint(3, 6)):
        e = staff_rbt()
        if phi and R.random() < 0.7:
            c = cl()
            d = ps + dt.timedelta(days=R.randint(0, 13))
            u = R.choice([8, 12, 16])
            name = f"{c.last}, {c.first}"
            L = Line(F)
            L.t(f"{e[2]},{e[1]},{e[0]},{ps.isoformat()},{pe.isoformat()},").p(d.strftime("%m/%d/%Y"), "date").t(',"').p(name, "name").t('",').p(c.mrn, "mrn")
            L.t(f",{R.choice(['97153', '97153', '97155'])},{u},{u / 4:.2f},{R.uniform(0, 40):.1f},{R.choice(['REG', 'REG', 'OT'])}")
            out.append(L)
        else:
            code = R.choice(["TRAIN", "ADMIN", "SUPV", "DRIVE", "PTO"])
            out.append(seg(F, [f"{e[2]},{e[1]},{e[0]},{ps.isoformat()},{pe.isoformat()},{(ps + dt.timedelta(days=R.randint(0, 13))).strftime('%m/%d/%Y')},,,{code},,{R.choice([1, 2, 4, 8]):.2f},{R.uniform(0, 30):.1f},{code}"]))
    return out


def g_auth(phi):
    F = "auth_tracking_pipe"
    out = []
    if R.random() < 0.5:
        out.append(seg(F, ["auth_no|chart_no|client_name|payer|member_id|cpt|approved_units|used_units|remaining|start_date|end_date|status"]))
    for _ in range(R.randint(2, 4)):
        if phi:
            c = cl()
            ap = R.choice([520, 780, 1040, 1300])
            used = R.randint(0, ap)
            st = dt.date(2024, R.randint(1, 3), R.randint(1, 28))
            en = st + dt.timedelta(days=R.choice([90, 180]))
            L = Line(F)
            L.p(c.auth, "other_id").t("|").p(c.mrn, "mrn").t("|").p(f"{ascii_fold(c.last).upper()}, {ascii_fold(c.first).upper()}", "name").t(f"|{c.payer}|").p(c.member, "health_plan")
            L.t(f"|{R.choice(['97153', '97155', '97156', '97151'])}|{ap}|{used}|{ap - used}|").p(st.strftime("%m/%d/%Y"), "date").t("|").p(en.strftime("%m/%d/%Y"), "date")
            L.t("|" + R.choice(["ACTIVE", "ACTIVE", "PENDING_RENEWAL", "EXHAUSTED"]))
            out.append(L)
        else:
            out.append(seg(F, [f"# summary|payer={R.choice(PAYERS)[0]}|active={R.randint(10, 90)}|pending={R.randint(0, 9)}|units_remaining={R.randint(1000, 30000)}|generated={CLK.t.strftime('%Y-%m-%dT%H:%M:%SZ')}"]))
    return out


def g_note(phi):
    F = "bcba_session_note"
    CLK.tick()
    c = cl()
    x = ctx_for(c)
    L = Line(F)
    if phi:
        v = R.choice(["header", "soap", "json", "parent_train", "elder", "device", "intake", "video"])
        if v == "elder" and R.random() < 0.8:
            c = cl_where(lambda k: k.elder)
            x = ctx_for(c)
        elif v == "device" and R.random() < 0.7:
            c = cl_where(lambda k: k.aac)
            x = ctx_for(c)
        if v == "header":
            tpl(L, "Session Note | Client: {child_full|name} ({mrn|mrn}) | DOB {dob|date} | DOS {dos|date} | 97155 protocol modification | Rendering: {bcba}, BCBA", x)
        elif v == "soap":
            tpl(L, R.choice([
                "S: {rel} ({g_first|name}) reported {child_first|name} slept ~4 hrs, 2 meltdowns at H-E-B over weekend. O: 78% independent mands (32/41), 3 elopement attempts blocked. A: mastery criteria met for 'help please'. P: introduce 2-step instructions.",
                "S: {child_first|name} arrived with grandmother. O: PECS phase IV, 9/10 correct; SIB 0. A: good session. P: continue; probe tacting next DOS {appt|date}.",
                "Observed {child_init|name} in home ({street|address}); siblings present, TV off per plan. Mand training 45 min, NET 30 min.",
            ]), x)
        elif v == "json":
            L.t("{")
            L.t(f'"note_id":{R.randint(100000, 999999)},"type":"soap","author":"{x["bcba"]}","client":"').p(x["child_full"], "name")
            L.t('","dos":"').p(fmt_date(recent_date(6), "iso"), "date").t('","body":"')
            tpl(L, "S: mom says {child_first|name} is using signs for more at home.\\nO: 64 trials, 71% correct, prompt fading to gestural.\\nA: progressing.\\nP: parent training {appt|date}.", x)
            L.t('","signed":true}')
        elif v == "parent_train":
            tpl(L, "97156 parent training w/ {g_full|name} ({rel_l}) on {dos|date}: reviewed ABC data, practiced first/then with {child_first|name}. {g_first|name} will text RBT at {phone|phone} if behavior escalates.", x)
        elif v == "elder":
            if "elder" not in x:
                tpl(L, "Caregiver change: {child_first|name} now staying with {g_full|name} at {street|address}, {city|address} {zip|zip} through spring break.", x)
            else:
                tpl(L, "Note: great-grandmother {elder|name}, {elder_age|age} y/o, is primary caregiver on Tuesdays; she requests sessions end by 5pm. Emergency contact {phone2|phone}.", x)
        elif v == "device":
            if "aac" not in x:
                tpl(L, "Intake record: guardian ID verified, TX DL {dl|license}; authorized pickup vehicle plate {plate|vehicle}.", x)
            else:
                tpl(L, "AAC: {child_first|name} using {aac} (SN {aac_sn|device}); modeled core vocabulary 'go', 'stop', 'more'. SLP consult requested.", x)
        elif v == "intake":
            tpl(L, "Intake summary: {child_full|name}, DOB {dob|date}, referred by pediatrician for ADOS-2. Lives with {rel_l} {g_full|name} in {county|address} County ({zip|zip}). Preferred contact {phone|phone}; home fax {fax|fax}.", x)
        else:
            tpl(L, "{rel} sent a home video link ({url|url}) showing {child_first|name} manding for juice with full sentence; will use as generalization probe.", x)
    else:
        L.t(R.choice([
            "Supervision note: RBT demonstrated correct error-correction procedure, 9/10 fidelity; feedback provided on data entry timing.",
            "Protocol update: fade reinforcement schedule from FR1 to VR3 for mand targets once 80% across 3 sessions.",
            "Team meeting: reviewed IOA for 4 clients, all >85%. Next case review 3/19 at 9am (staff calendar).",
            "Reminder: 97155 requires BCBA face-to-face with client present; do not bill when client absent.",
            "Treatment plan template v2024.2 published; goals must include baseline, criterion and generalization.",
            "RBT competency assessment completed for Kayla Brooks (BACB RBT-22-118347), renewal due 2024-09-30.",
            "BCBA Marisol Vega supervising 9 RBTs this month, supervision ratio 6.2% (min 5%).",
        ]))
    return [L]


def g_intake(phi):
    CLK.tick()
    L = Line("intake_webhook_json")
    c = cl()
    x = ctx_for(c)
    if phi:
        start = dt.datetime.combine(future_date(3, 45), dt.time(R.choice([9, 10, 13, 14]), 0))
        obj = {"event": "invitee.created", "created_at": ts_iso_z(), "payload": {
            "uri": "https://api.calendly.com/scheduled_events/" + rhex(16).upper() + "/invitees/" + rhex(16).upper(),
            "email": P(c.email, "email"), "name": P(f"{c.gfirst} {c.glast}", "name"), "timezone": "America/Chicago",
            "text_reminder_number": P(fmt_phone(c.phone, "+1 {a}-{b}-{c}"), "phone"),
            "scheduled_event": {"name": R.choice(["Diagnostic Evaluation (ADOS-2)", "Intake Call - ABA Services", "Initial Assessment (97151)"]),
                                "start_time": P(start.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date"),
                                "location": {"type": "physical", "location": R.choice(CENTERS)[1]}},
            "questions_and_answers": [
                {"question": "Child's full name", "answer": P(f"{c.first} {c.last}", "name"), "position": 0},
                {"question": "Child's date of birth", "answer": P(fmt_date(c.dob, R.choice(["us", "us_nopad", "long"])), "date"), "position": 1},
                {"question": "Home ZIP code", "answer": P(c.zip, "zip"), "position": 3},
                {"question": "Insurance & member ID", "answer": T(PAYER_DISPLAY[c.payer] + " {member|health_plan}", x), "position": 2},
            ]}}
        emit_json(L, obj, ascii_=R.random() < 0.3)
    else:
        obj = R.choice([
            {"event": "invitee.canceled", "created_at": ts_iso_z(), "payload": {"cancel_url": "https://calendly.com/cancellations/" + ruuid(), "rescheduled": False, "cancellation": {"canceled_by": "host", "reason": "provider out sick"}}},
            {"event": "routing_form_submission.created", "created_at": ts_iso_z(), "payload": {"routing_form": "https://api.calendly.com/routing_forms/" + rhex(16).upper(), "result": {"type": "event_type", "value": "Intake Call - ABA Services"}}},
            {"webhook": "subscription.ping", "status": "active", "signing_key_id": "whsk_" + rhex(10), "callback_url": "https://app.brightpathaba.com/webhooks/calendly"},
        ])
        emit_json(L, obj)
    return [L]


def g_backtrace(phi):
    F = "ruby_exception"
    out = []
    CLK.tick()
    pid = R.choice([4, 7, 9, 12])
    rid = ruuid()
    if phi:
        c = cl()
        v = R.choice(["date", "pg", "x12"])
        L = rails_prefix(Line(F), "E", rid, pid)
        if v == "date":
            L.t('ArgumentError (date_of_birth "').p(fmt_date(c.dob, "dmy_dot"), "date").t('" does not match MM/DD/YYYY for client ').p(c.mrn, "mrn").t(" in RosterImport row %d):" % R.randint(2, 400))
        elif v == "pg":
            L.t('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_guardians_on_email" DETAIL:  Key (email)=(').p(c.email, "email").t(") already exists.\n):".replace("\n", "\\n"))
        else:
            L.t("X12::SegmentError (NM1*IL element 09 length 13 > 12: ").p(c.member + "0", "health_plan").t(" for patient ").p(f"{ascii_fold(c.last).upper()}*{ascii_fold(c.first).upper()}", "name").t("):")
        out.append(L)
    else:
        L = rails_prefix(Line(F), "E", rid, pid)
        L.t(R.choice(["Faraday::ConnectionFailed (Failed to open TCP connection to sftp.claim.md:22 (execution expired)):",
                      "Net::SFTP::StatusException (3, \"permission denied\") while uploading 837_20240312_0141.x12:",
                      "ActiveRecord::StatementInvalid (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout):",
                      "NoMethodError (undefined method `units_remaining' for nil:NilClass):"]))
        out.append(L)
    frames = R.sample([
        "app/services/evv/importer.rb:88:in `parse_row'",
        "app/services/evv/importer.rb:41:in `block in call'",
        "app/services/x12/claim_builder.rb:212:in `build_subscriber_loop'",
        "app/models/guardian.rb:31:in `normalize_phone'",
        "app/jobs/claim_submission_job.rb:19:in `perform'",
        "activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:894:in `exec_params'",
        "sidekiq (7.2.1) lib/sidekiq/processor.rb:202:in `execute_job'",
        "actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
    ], R.randint(2, 4))
    for f in frames:
        out.append(rails_prefix(Line(F), "E", rid, pid).t(f))
    return out


def g_mailer(phi):
    F = "actionmailer"
    out = []
    CLK.tick()
    mid = f"{rhex(13)}_{R.randint(2, 12)}{rhex(6)}@brightpath-prod.mail"
    rid = ruuid()
    pid = R.choice([4, 7, 9, 12])
    if phi:
        c = cl()
        m = R.choice(["ParentMailer#session_summary", "ParentMailer#appointment_reminder", "IntakeMailer#evaluation_confirmation", "BillingMailer#statement_ready"])
        out.append(rails_prefix(Line(F), "I", rid, pid).t(f"{m}: processed outbound mail in {R.uniform(5, 90):.1f}ms"))
        L = rails_prefix(Line(F), "I", rid, pid)
        L.t(f"Delivered mail {mid} ({R.uniform(100, 900):.1f}ms) to ").p(c.email, "email")
        out.append(L)
        L = rails_prefix(Line(F), "D", rid, pid)
        if m == "BillingMailer#statement_ready":
            L.t("Subject: Your BrightPath statement for account ").p(c.acct, "account").t(" is ready (autopay card ending " + c.card[-4:] + ")")
        elif m == "IntakeMailer#evaluation_confirmation":
            L.t("Subject: Confirmed: diagnostic evaluation for ").p(c.first, "name").t(" on ").p(fmt_date(future_date(), "long"), "date")
        elif m == "ParentMailer#appointment_reminder":
            L.t("Subject: Reminder: ").p(c.first, "name").t("'s session ").p(fmt_date(future_date(1, 3), "mon_d"), "date").t(" 3:30 PM with " + staff_rbt()[0])
        else:
            L.t("Subject: Today's session summary for ").p(f"{c.first} {c.last[0]}.", "name")
        out.append(L)
    else:
        out.append(rails_prefix(Line(F), "I", rid, pid).t(f"StaffMailer#timesheet_reminder: processed outbound mail in {R.uniform(5, 90):.1f}ms"))
        out.append(rails_prefix(Line(F), "I", rid, pid).t(f"Delivered mail {mid} ({R.uniform(100, 900):.1f}ms)"))
    return out


def g_billing_kv(phi):
    """Payments / autopay processor logs (guardian card/bank)."""
    CLK.tick()
    L = Line("payments_kv")
    L.t(f"{ts_iso_z()} payments ")
    if phi:
        c = cl()
        v = R.choice(["card", "ach", "ssn"])
        if v == "card":
            emit_kv(L, [("evt", "autopay.decline"), ("patient_account", P(c.acct, "account")), ("payer_name", P(f"{c.gfirst} {c.glast}", "name")),
                        ("pan", P(c.card, "account")), ("decline_code", R.choice(["51", "05", "54"])), ("amount", f"{R.uniform(20, 400):.2f}")])
        elif v == "ach":
            emit_kv(L, [("evt", "ach.return"), ("patient_account", P(c.acct, "account")), ("routing", "111000025"),
                        ("acct_no", P(c.bank, "account")), ("return_code", R.choice(["R01", "R03", "R29"])), ("guarantor", P(f"{c.glast.upper()}, {c.gfirst.upper()}", "name"))])
        else:
            emit_kv(L, [("evt", "guarantor.kyc"), ("guarantor", P(f"{c.gfirst} {c.glast}", "name")), ("ssn", P(fmt_ssn(c.gssn), "ssn")),
                        ("dl", P(c.dl, "license")), ("dl_state", "TX"), ("result", R.choice(["match", "partial"]))])
    else:
        emit_kv(L, [("evt", R.choice(["settlement.batch", "payout.created", "webhook.verified"])), ("batch", "bt_" + rhex(10)),
                    ("count", R.randint(1, 90)), ("total", f"{R.uniform(100, 20000):.2f}"), ("merchant", "BRIGHTPATH BEHAVIORAL"), ("mid", "4450" + rdigits(8)), ("test_card", "4111111111111111")])
    return [L]


def g_kiosk(phi):
    """Center check-in kiosk (guardian fingerprint + pickup vehicle)."""
    CLK.tick()
    L = Line("kiosk_json")
    ctr = R.choice(CENTERS)
    if phi:
        c = cl()
        v = R.choice(["fp", "fp", "vehicle", "license"])
        if v == "fp":
            obj = {"kiosk": ctr[0] + "-K1", "action": "enroll_pickup_adult", "adult": P(f"{c.gfirst} {c.glast}", "name"),
                   "relationship": c.rel, "child_chart": P(c.mrn, "mrn"), "finger": R.choice(["R_INDEX", "L_INDEX", "R_THUMB"]),
                   "template_format": "ISO_19794_2", "template": P(fp_template(), "biometric"), "quality": R.randint(40, 99)}
        elif v == "vehicle":
            obj = {"kiosk": ctr[0] + "-K1", "action": "curbside_pickup", "child": P(f"{c.first} {c.last[0]}.", "name"),
                   "plate": P(c.plate, "vehicle"), "plate_state": "TX", "vin": P(c.vin, "vehicle"), "verified_by": "front_desk"}
        else:
            obj = {"kiosk": ctr[0] + "-K2", "action": "id_scan", "adult": P(f"{c.glast.upper()}, {c.gfirst.upper()}", "name"),
                   "id_type": "TX_DL", "id_number": P(c.dl, "license"), "dob": P(c.gdob.strftime("%m/%d/%Y"), "date"),
                   "address": P(f"{c.street.upper()}, {c.city.upper()}", "address"), "zip": P(c.zip, "zip"), "result": "authorized"}
        emit_json(L, obj, sep=(", ", ": "))
    else:
        obj = R.choice([
            {"kiosk": ctr[0] + "-K1", "action": "heartbeat", "fw": "4.2.17", "serial": "KSK-" + rdigits(8), "battery": R.randint(20, 100), "ip": f"192.168.{R.randint(0, 3)}.{R.randint(10, 99)}"},
            {"kiosk": ctr[0] + "-K1", "action": "scanner_selftest", "device": "SecuGen Hamster Pro 20", "serial": "H5" + rdigits(9), "result": "pass"},
            {"kiosk": ctr[0] + "-K2", "action": "checkin_summary", "date": CLK.t.strftime("%Y-%m-%d"), "checkins": R.randint(10, 60), "checkouts": R.randint(10, 60), "overrides": R.randint(0, 3)},
        ])
        emit_json(L, obj, sep=(", ", ": "))
    return [L]


GENS = [  # (fn, weight, max_lines)
    (g_rails, 5, 6), (g_router, 7, 1), (g_papertrail, 7, 1), (g_pt_tsv, 3, 1), (g_syslog5424, 3, 1),
    (g_sidekiq, 6, 4), (g_sidekiq_json, 4, 1), (g_postgres, 4, 3), (g_lograge, 4, 1), (g_device, 9, 1),
    (g_sqlite, 4, 1), (g_evv_json, 5, 1), (g_evv_kv, 6, 1), (g_837, 1, 40), (g_835, 1, 40),
    (g_x12_inline, 2, 1), (g_portal_json, 7, 1), (g_email, 2, 16), (g_payroll, 2, 7), (g_auth, 3, 5),
    (g_note, 8, 1), (g_intake, 4, 1), (g_backtrace, 2, 5), (g_mailer, 3, 3), (g_billing_kv, 3, 1), (g_kiosk, 5, 1),
]


RARE = [("device", [g_device, g_papertrail, g_note, g_portal_json]),
        ("ssn", [g_billing_kv, g_papertrail, g_pt_tsv]),
        ("license", [g_kiosk, g_billing_kv, g_note]),
        ("vehicle", [g_kiosk, g_papertrail, g_note]),
        ("photo", [g_portal_json, g_device]),
        ("biometric", [g_kiosk]),
        ("fax", [g_papertrail, g_note, g_portal_json]),
        ("age", [g_portal_json, g_note, g_papertrail]),
        ("url", [g_note, g_portal_json, g_syslog5424])]
RARE_STATE = {"i": 0}


def g_rare(phi):
    """Round-robin over the rare identifier categories: draw single-line records until one carries it."""
    cat, fns = RARE[RARE_STATE["i"] % len(RARE)]
    RARE_STATE["i"] += 1
    fn = fns[RARE_STATE["i"] % len(fns)]
    for _ in range(400):
        out = fn(True)
        if len(out) == 1 and any(sp[2] == cat for sp in out[0].spans):
            return out
    raise RuntimeError("rare category not produced: " + cat)


def build():
    lines = []
    used_big = {"g_837": 0, "g_835": 0, "g_email": 0, "g_payroll": 0}
    limits = {"g_837": 1, "g_835": 1, "g_email": 3, "g_payroll": 3}
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        phi_n = sum(1 for l in lines if l.spans)
        want_phi = phi_n < PHI_TARGET * (len(lines) + 1)
        cands = []
        for fn, w, mx in GENS:
            if mx > remaining:
                continue
            if fn.__name__ in limits and used_big[fn.__name__] >= limits[fn.__name__]:
                continue
            cands.append((fn, w))
        tot = sum(w for _, w in cands)
        r = R.uniform(0, tot)
        for fn, w in cands:
            r -= w
            if r <= 0:
                break
        if want_phi and R.random() < 0.25:
            fn = g_rare
        if fn.__name__ in used_big:
            used_big[fn.__name__] += 1
        new = fn(want_phi)
        lines.extend(new[:remaining])
    return lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = build()
    assert len(lines) == N_LINES
    log_rows = []
    lab_rows = []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        b = s.encode("utf-8")
        assert len(b) == L.n
        spans = []
        last_e = -1
        for (st, en, cat, val) in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, val, b[st:en])
            assert st >= last_e, ("overlap", i)
            assert en > st
            last_e = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_rows.append(s)
        lab_rows.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(here, "mr.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_rows))
    with open(os.path.join(here, "mr.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
