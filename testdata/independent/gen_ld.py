#!/usr/bin/env python3
"""gen_ld.py - synthetic labeled log corpus "ld" (standard library only, deterministic).

Theme: a behavioral health / substance use treatment network (42 CFR Part 2 program,
"Northstar Recovery Network"): methadone pump serial logs and dosing-station logs,
take-home bottle tracking, urine drug screen lab interfaces (HL7 ORU^R01 and CSV),
PMP (prescription drug monitoring program) JSON queries, group therapy rosters,
consent-to-disclose forms (XML and FHIR JSON), crisis line chat transcripts, court-ordered
treatment reports, Go services (zerolog JSON and console), Elixir/Phoenix/Ecto/Oban logs,
Redis slowlog and server log, Windows kiosk event logs, React Native check-in app logs,
nginx access logs.  Every person and identifier is synthetic.

Writes ld.log (500 lines) and ld.labels.jsonl next to this script.

Labeling decisions:
- Labeled: identifiers of clients/patients and of people whose information travels with
  theirs (relatives, emergency contacts, consent recipients who are private individuals,
  crisis-line texters and the people they mention, guest-dosing clients of other programs).
- Not labeled: staff doing their work (nurses, counselors, prescribers, crisis counselors,
  judges, probation officers, attorneys), their DEA/NPI numbers, staff e-mails and phones;
  businesses, clinics, courts, labs, pharmacies, their addresses/phones/faxes.
- Client/program IDs (bare "004821" or prefixed "C004821", including when they
  appear inside URL paths, Redis keys or SQL parameters) -> mrn; only the ID token is labeled.
- Medicaid / OHP / ProviderOne / commercial member IDs -> health_plan.
- Patient billing accounts and full card numbers -> account.  Masked cards (last 4 only)
  and public test card numbers (4111 1111 1111 1111) are not labeled; masked SSNs
  ("***-**-1174") are not labeled, full SSNs are (ssn).
- Court case/docket numbers, state SIDs, app usernames, persistent crisis-line
  texter IDs, PMP-assigned patient IDs -> other_id.  Document/transaction IDs (consent IDs,
  report IDs, order/accession/specimen numbers, conversation IDs, request IDs, tickets)
  are not labeled.
- Dates tied to a client (birth, dose/dispense/return dates, specimen collection, fill dates,
  admission, group session date on a client's row, consent signed/expiry, hearing and
  appointment dates, relapse dates) -> date; the whole value is labeled, time included when
  the field carries one.  Log/line timestamps, message header times, lab processing times,
  query date ranges, lot expiry dates and group-level dates (no client on the line) are not.
- Age labeled only when over 89.
- Addresses: street line, unit, city and free-text places/intersections where a client lives
  or is, each labeled address; ZIP labeled zip; state never labeled.  Patient device GPS
  coordinates (lat/lng) -> address (geocode).
- Client's driver's licence number (kiosk ID scan, court report) -> license; plate/VIN of a
  client's vehicle -> vehicle; remote alcohol monitor serial worn by a client, phone
  device IDs / IMEI of the client's phone -> device.  Clinic equipment (pumps, readers,
  kiosks, lockboxes loaned for take-homes) and push tokens are not labeled.
- Palm-vein / fingerprint template data or hashes used to identify a client -> biometric;
  base64 JPEG selfie payload (after "base64,"/the b64 field) -> photo.
- Public IPs of client app sessions -> ip; private/RFC1918 addresses, documentation ranges,
  scanners and staff traffic are not labeled.
- Personal social-media/fundraiser URLs of clients -> url.
"""
import base64
import hashlib
import json
import os
import string
import unicodedata
import uuid
from datetime import date, datetime, timedelta
import random

SEED = 45
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ld"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        s = self.n
        self.t(x)
        self.spans.append((s, self.n, cat, x))
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A labeled value inside a structure to serialize (pre: unlabeled prefix inside the string)."""
    def __init__(self, v, cat, pre=""):
        self.v = v
        self.cat = cat
        self.pre = pre


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(b, o, sp=False):
    ks, cs = (": ", ", ") if sp else (":", ",")
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(cs)
            b.t(json.dumps(k, ensure_ascii=False) + ks)
            emit_json(b, v, sp)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(cs)
            emit_json(b, v, sp)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))


def ex_str(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def emit_ex(b, o):
    """Elixir inspect() of maps with string keys (sorted keys, as inspect does)."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"' + o.pre).p(ex_str(o.v), o.cat).t('"')
        else:
            b.p(str(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("%{")
        for i, k in enumerate(sorted(o)):
            if i:
                b.t(", ")
            b.t('"%s" => ' % k)
            emit_ex(b, o[k])
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(", ")
            emit_ex(b, v)
        b.t("]")
    elif isinstance(o, bool):
        b.t("true" if o else "false")
    elif o is None:
        b.t("nil")
    elif isinstance(o, str):
        b.t('"%s"' % ex_str(o))
    else:
        b.t(str(o))


def emit_js(b, o, depth=0):
    """console.log() of a JS object as Hermes/RN prints it."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t("'").p(o.v.replace("'", "\\'"), o.cat).t("'")
        else:
            b.p(str(o.v), o.cat)
    elif isinstance(o, dict):
        if not o:
            b.t("{}")
            return
        b.t("{ ")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(", ")
            b.t(k + ": ")
            emit_js(b, v, depth + 1)
        b.t(" }")
    elif isinstance(o, list):
        b.t("[ ")
        for i, v in enumerate(o):
            if i:
                b.t(", ")
            emit_js(b, v, depth + 1)
        b.t(" ]")
    elif isinstance(o, bool):
        b.t("true" if o else "false")
    elif o is None:
        b.t("null")
    elif isinstance(o, str):
        b.t("'" + o.replace("'", "\\'") + "'")
    else:
        b.t(str(o))


# ---------------------------------------------------------------- clock
T = datetime(2024, 9, 16, 4, 47, 12, 118000)
TZ = "-07:00"


def tick(a=4, b=70):
    global T
    T += timedelta(seconds=rng.randint(a, b), microseconds=rng.randint(0, 999999))
    return T


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def epoch(t):
    return int((t - datetime(1970, 1, 1)).total_seconds()) + 7 * 3600


def iso_tz(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def utc(t):
    return (t + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "Z"


# ---------------------------------------------------------------- value renderers
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "DMY":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "mdy_dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def rdate_style():
    return rng.choice(["iso", "us", "us_np", "us2", "dmy", "DMY", "long", "mdy_dash", "iso", "us"])


def ph(p, style=None):
    a, e, n = p
    style = style or rng.choice(["paren", "dash", "raw", "dots", "e164", "plus1sp", "space", "1dash"])
    return {
        "paren": "(%s) %s-%s" % (a, e, n),
        "dash": "%s-%s-%s" % (a, e, n),
        "raw": "%s%s%s" % (a, e, n),
        "dots": "%s.%s.%s" % (a, e, n),
        "e164": "+1%s%s%s" % (a, e, n),
        "plus1sp": "+1 %s.%s.%s" % (a, e, n),
        "space": "%s %s %s" % (a, e, n),
        "1dash": "1-%s-%s-%s" % (a, e, n),
    }[style]


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def dea(prefix):
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + "".join(map(str, d)) + str(chk)


def npi():
    body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- people
FIRST_F = ["Marisol", "Ngozi", "Thanh Huong", "Siobhan", "Priya", "Oksana", "Rashida", "Mei-Ling",
           "Lucía", "Tala", "Fatoumata", "Rosalind", "Esperanza", "Inés", "Aigerim", "Svetlana",
           "Destiny", "Kalani", "Anneliese", "Winona", "Guadalupe", "Zainab", "Nadia", "Hye-jin",
           "Shaniqua", "Brigid", "Yesenia", "Amara", "Leilani", "Dagny", "Krystal", "Paz"]
FIRST_M = ["Chidi", "Aleksander", "Darnell", "Mateus", "Yusuf", "Keanu", "Tomasz", "Jean-Baptiste",
           "Ahmad", "Kwame", "Brennan", "Dmitri", "Haruto", "Malik", "Joaquín", "Lorenzo", "Bao",
           "Tariq", "Sione", "Björn", "Colm", "Tyrone", "Emeka", "Rhys", "Cody", "Dakota",
           "Enrique", "Vusi", "Hamza", "Wyatt", "Duc Minh", "Ezekiel"]
LAST = ["Garcia-Lopez", "Okonkwo", "Nguyen", "Kowalczyk", "O'Sullivan", "Washington", "Raghunathan",
        "de Souza", "Demir", "Kahananui", "Blackfeather", "Hrytsenko", "Abdullahi", "van der Berg",
        "de la Cruz", "St. Clair", "McAllister", "Tuiasosopo", "Pierre-Louis", "Castañeda",
        "Yamamoto", "Fitzgerald-Kwan", "Al-Masri", "Ivanova", "Running Bear", "Le", "Hernández",
        "Oyelaran", "Bergström", "Thibodeaux", "Kim", "Achterberg", "Delacroix", "Papadopoulos",
        "Quispe", "Nakamura-Reyes", "Szabo", "Whitehorse", "Vu", "Ferreira", "Osei", "Dubois",
        "Halvorsen", "MacLeod", "Ó Briain", "Begay", "Rahimi", "Mendoza Ruiz", "Lindgren",
        "Adeyemi-Cole", "Tran", "Kealoha", "Dos Santos", "Gallagher", "Petrov", "Yazzie"]
STREETS = ["SE Division St", "N Williams Ave", "NE Killingsworth St", "SE 82nd Ave",
           "NE Fourth Plain Blvd", "Lancaster Dr NE", "NW Glisan St", "SE Foster Rd",
           "E Burnside St", "Commercial St SE", "NE Martin Luther King Jr Blvd", "SE Stark St",
           "NE Sandy Blvd", "SW Canyon Rd", "SE Powell Blvd", "N Lombard St", "NE 122nd Ave",
           "E Mill Plain Blvd", "SE Holgate Blvd", "NE Glisan St", "SE 122nd Ave", "N Interstate Ave",
           "SW Barbur Blvd", "Portland Rd NE", "NE Halsey St", "SE Woodstock Blvd"]
UNITS = [None, None, None, "Apt 3", "#12", "Unit B", "Apt 204", "Space 17", "Apt 5C", "#B", "Rm 9"]
CITIES = [("Portland", "OR", ["97202", "97206", "97211", "97214", "97217", "97220", "97230", "97266"], (45.52, -122.62)),
          ("Gresham", "OR", ["97030", "97080"], (45.50, -122.43)),
          ("Milwaukie", "OR", ["97222"], (45.44, -122.63)),
          ("Beaverton", "OR", ["97005", "97006"], (45.49, -122.80)),
          ("Salem", "OR", ["97301", "97305"], (44.94, -123.03)),
          ("Vancouver", "WA", ["98661", "98663", "98682"], (45.64, -122.60)),
          ("Oregon City", "OR", ["97045"], (45.35, -122.60)),
          ("Hillsboro", "OR", ["97123"], (45.52, -122.98)),
          ("Portland", "OR", ["97203", "97233"], (45.53, -122.55))]
AREAS = ["503", "971", "360", "541", "503", "971"]
RELS = ["mother", "sister", "brother", "spouse", "partner", "father", "aunt", "daughter", "son",
        "grandmother", "cousin", "sponsor"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com",
           "comcast.net", "aol.com"]
PUB_NETS = ["73.164", "73.25", "76.115", "174.21", "97.113", "172.58", "98.232", "67.171",
            "50.39", "24.21", "71.59", "208.54", "184.100"]


class Client:
    pass


def mk_phone():
    return (rng.choice(AREAS), str(rng.randint(201, 989)), "%04d" % rng.randint(0, 9999))


def mk_client(i, last):
    c = Client()
    c.sex = rng.choice("FMF M")
    c.sex = "F" if c.sex == "F" else "M"
    c.first = rng.choice(FIRST_F if c.sex == "F" else FIRST_M)
    c.last = last
    c.mi = rng.choice(string.ascii_uppercase) if rng.random() < 0.6 else ""
    c.dob = date(rng.randint(1953, 2003), rng.randint(1, 12), rng.randint(1, 28))
    c.mrn = "%06d" % rng.randint(1100, 96000)
    k = rng.randrange(4)
    if k == 0:
        c.plan = "%09d" % rng.randint(100000000, 999999999) + "WA"
    elif k == 1:
        c.plan = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + "%05d" % rng.randint(0, 99999) + rng.choice(string.ascii_uppercase)
    elif k == 2:
        c.plan = "MOD%09d" % rng.randint(0, 999999999)
    else:
        c.plan = "W%010d" % rng.randint(0, 9999999999)
    c.phone = mk_phone()
    city = rng.choice(CITIES)
    c.city, c.state, c.zip = city[0], city[1], rng.choice(city[2])
    c.street = "%d %s" % (rng.randint(100, 19999), rng.choice(STREETS))
    c.unit = rng.choice(UNITS)
    c.lat = round(city[3][0] + rng.uniform(-0.05, 0.05), 5)
    c.lng = round(city[3][1] + rng.uniform(-0.06, 0.06), 5)
    fa = ascii_fold(c.first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(c.last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    c.email = rng.choice([
        "%s.%s%d@%s" % (fa, la, c.dob.year % 100, rng.choice(MAILDOM)),
        "%s%s@%s" % (fa[0], la, rng.choice(MAILDOM)),
        "%s_%s%d@%s" % (la, fa, rng.randint(1, 999), rng.choice(MAILDOM)),
        "%s%d@%s" % (fa, rng.randint(70, 2005), rng.choice(MAILDOM)),
    ])
    c.username = rng.choice(["%s.%s%d" % (fa, la[:2], c.dob.year % 100), "%s%s" % (fa[0], la),
                             "%s_%d" % (fa, rng.randint(10, 99)), "%s.%s" % (la, fa[:1])])
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    c.ssn = (area, rng.randint(1, 99), rng.randint(1, 9999))
    rf = rng.choice(FIRST_F + FIRST_M)
    c.rel = (rf, rng.choice([c.last, rng.choice(LAST)]), rng.choice(RELS), mk_phone())
    c.device = ruuid().upper() if rng.random() < 0.5 else hexs(16)
    c.imei = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    c.imei += luhn_digit(c.imei)
    c.ip = "%s.%d.%d" % (rng.choice(PUB_NETS), rng.randint(0, 255), rng.randint(1, 254))
    body = rng.choice(["4", "5", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    body = body[:15]
    c.card = body + luhn_digit(body)
    c.acct = rng.choice(["A", "PA", "NS"]) + "%07d" % rng.randint(0, 9999999)
    c.dl = "%d" % rng.randint(1000000, 9999999) if c.state == "OR" else (
        ascii_fold(c.last).upper().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")[:5].ljust(5, "*")
        + ascii_fold(c.first).upper()[0] + c.mi.ljust(1, "*") + "%03d" % rng.randint(0, 999) + rng.choice(["QA", "RB", "ZC"]))
    c.case = rng.choice(["24CR%05d" % rng.randint(10000, 59999), "23CR%05d" % rng.randint(10000, 59999),
                         "24-1-%05d-06" % rng.randint(0, 3000), "24DR%05d" % rng.randint(1000, 19999)])
    c.sid = "OR%07d" % rng.randint(1000000, 9999999)
    c.doc = "%08d" % rng.randint(10000000, 29999999)
    c.admit = date(2024, 9, 16) - timedelta(days=rng.randint(20, 1400))
    c.dose = rng.choice([30, 45, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 135, 150, 165])
    c.texter = "tx_%08d" % rng.randint(0, 99999999)
    c.pmp_id = "%d" % rng.randint(10000000, 99999999)
    c.palm = hashlib.sha256(("palm%d" % i).encode()).hexdigest()
    return c


_l = LAST[:]
rng.shuffle(_l)
CLIENTS = [mk_client(i, _l[i % len(_l)]) for i in range(48)]
for _c in CLIENTS[:4]:  # a few clients over 89 (ages are labeled only then)
    _c.dob = date(rng.randint(1929, 1933), _c.dob.month, _c.dob.day)


def age_of(c):
    d = date(2024, 9, 16)
    return d.year - c.dob.year - ((d.month, d.day) < (c.dob.month, c.dob.day))


def put_age(b, c):
    a = age_of(c)
    if a > 89:
        b.p(str(a), "age")
    else:
        b.t(str(a))
    return b


def client():
    return rng.choice(CLIENTS)


def nm(c, style=None):
    f, l, m = c.first, c.last, c.mi
    style = style or rng.choice(["fl", "fml", "LF", "Lf", "LFm", "lower", "init", "fl", "Lf"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "fml":
        return "%s %s%s" % (f, (m + ". ") if m else "", l)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "Lf":
        return "%s, %s" % (l, f)
    if style == "LFm":
        return "%s, %s%s" % (l.upper(), f.upper(), (" " + m) if m else "")
    if style == "lower":
        return "%s %s" % (f.lower(), l.lower())
    if style == "init":
        return "%s. %s" % (f[0], l)
    if style == "LFI":
        return "%s, %s" % (l.upper(), f[0])
    if style == "first":
        return f
    raise ValueError(style)


def hl7name(c):
    n = "%s^%s" % (ascii_fold(c.last).upper(), ascii_fold(c.first).upper())
    return n + ("^" + c.mi if c.mi else "")


def ssn(c, style=None):
    a, g, s = c.ssn
    style = style or rng.choice(["dash", "dash", "raw", "space"])
    return {"dash": "%03d-%02d-%04d" % (a, g, s), "raw": "%03d%02d%04d" % (a, g, s),
            "space": "%03d %02d %04d" % (a, g, s)}[style]


def addr_parts(b, c, sep=", ", with_state=True, zipsep=" "):
    b.p(c.street, "address")
    if c.unit:
        b.t(" ").p(c.unit, "address")
    b.t(sep).p(c.city, "address")
    if with_state:
        b.t(", " + c.state)
    b.t(zipsep).p(c.zip, "zip")
    return b


def recent(days_back=0, span=0):
    return date(2024, 9, 16) - timedelta(days=days_back + (rng.randint(0, span) if span else 0))


# ---------------------------------------------------------------- staff / business (never labeled)
NURSES = ["K. Whitfield, RN", "Marguerite Osterhout, LPN", "Raj Bhattacharya, RN", "Tobias Kincaid, LPN",
          "Devon Aziz, NP", "Sunniva Ekdahl, RN"]
NURSE_INI = ["KW", "MO", "RB", "TK", "DA", "SE"]
COUNSELORS = ["Tamsin Reyes, LCSW", "Lena Pruitt, CADC-II", "Jordan Ikeda, QMHA", "Farah Nasser, LPC",
              "Gideon Marsh, CADC-I", "Beatriz Solano, CRM"]
PRESCRIBERS = [("Obadiah", "Fenn", "MD", dea("BF"), npi()), ("Hollis", "Varga", "DO", dea("BV"), npi()),
               ("Anjali", "Mehra", "NP", dea("MM"), npi()), ("Curtis", "Oyama", "MD", dea("BO"), npi())]
CLINICS = [("NS-PDX-01", "Division Clinic", "5120 SE Division St, Portland, OR 97206", "(503) 555-0100", "(503) 555-0177"),
           ("NS-PDX-02", "Killingsworth Clinic", "1733 NE Killingsworth St, Portland, OR 97211", "(503) 555-0120", "(503) 555-0178"),
           ("NS-VAN-01", "Fourth Plain Clinic", "6502 NE Fourth Plain Blvd, Vancouver, WA 98661", "(360) 555-0144", "(360) 555-0145"),
           ("NS-SLM-01", "Lancaster Clinic", "2260 Lancaster Dr NE, Salem, OR 97305", "(503) 555-0188", "(503) 555-0189")]
PUMPS = [("MDX-500", "MX5-20418"), ("MDX-500", "MX5-20533"), ("MDX-300", "MX3-11872"), ("MDX-500", "MX5-21907")]
STATIONS = ["DS-1", "DS-2", "DS-3", "DS-4", "GUEST-1"]
GROUPS = [("GRP-IOP-MON-AM", "IOP Process Group"), ("GRP-RP-WED-PM", "Relapse Prevention"),
          ("GRP-WMN-TUE", "Women's Recovery"), ("GRP-DBT-THU", "DBT Skills"),
          ("GRP-MAT-ED-FRI", "MAT Education"), ("GRP-SEEK-SAT", "Seeking Safety")]
ANALYTES = [("FENT", "Fentanyl", 1), ("NORFEN", "Norfentanyl", 1), ("EDDP", "EDDP (methadone metabolite)", 100),
            ("MTD", "Methadone", 300), ("BUP", "Buprenorphine", 5), ("OPI", "Opiates", 300),
            ("OXY", "Oxycodone", 100), ("AMP", "Amphetamines", 500), ("MAMP", "Methamphetamine", 500),
            ("COC", "Cocaine metabolite", 150), ("BZO", "Benzodiazepines", 200), ("THC", "Cannabinoids", 50),
            ("XYL", "Xylazine", 10), ("ETG", "Ethyl glucuronide", 500)]
RXDRUGS = ["BUPRENORPHINE-NALOXONE 8-2 MG SL FILM", "OXYCODONE HCL 10 MG TABLET", "ALPRAZOLAM 1 MG TABLET",
           "GABAPENTIN 600 MG TABLET", "DEXTROAMPHETAMINE-AMPHET ER 20 MG CAP", "CLONAZEPAM 0.5 MG TABLET",
           "HYDROCODONE-ACETAMINOPHEN 10-325 MG TAB", "TRAMADOL HCL 50 MG TABLET", "LORAZEPAM 1 MG TABLET",
           "NALOXONE HCL 4 MG/0.1 ML NASAL SPRAY", "ZOLPIDEM TARTRATE 10 MG TABLET"]
PHARMACIES = ["Fred Meyer Pharmacy #633", "Walgreens #09812", "Rite Aid #5391", "Safeway Pharmacy #1452",
              "Costco Pharmacy #0471", "Providence Outpatient Pharmacy", "QFC Pharmacy #842"]


def out_prescriber():
    return rng.choice(["Dr. Yvette Crandall", "Dr. Samuel Ochoa", "Linh Pham, NP", "Dr. R. Gutterson",
                       "Erin Wadsworth, PA-C", "Dr. Ibrahim Haddad"])


# ================================================================ generators
# each returns a list of B; want=True -> the block should carry PHI


def g_pump(want):
    ts = tick(3, 40)
    name, sn = rng.choice(PUMPS)
    b = B("pump_serial")
    b.t("%s.%s %s SN=%s CH%d " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts), name, sn, rng.randint(1, 2)))
    if want:
        c = client()
        k = rng.randrange(5)
        d = c.dose
        if k == 0:
            b.t("DISPENSE OK pt=").p(c.mrn, "mrn").t(" dose=%.1fmg vol=%.2fmL conc=10.0mg/mL cup=%d t=%.1fs"
                                                     % (d, d / 10, rng.randint(1000, 9999), rng.uniform(1.8, 3.9)))
        elif k == 1:
            b.t('PT LOOKUP id=').p(c.mrn, "mrn").t(' name="').p(nm(c, rng.choice(["LFI", "LF", "LFm"])), "name")
            b.t('" last_dose=').p(fd(recent(1), "iso"), "date").t(" %.1fmg order=%s" % (d, rng.choice(["ACTIVE", "ACTIVE", "HOLD-MD"])))
        elif k == 2:
            b.t("DISPENSE ABORT pt=").p(c.mrn, "mrn").t(" reason=%s vol_dispensed=0.00mL operator=%s"
                                                        % (rng.choice(["CUP_NOT_DETECTED", "DOOR_OPEN", "AIR_IN_LINE"]), rng.choice(NURSE_INI)))
        elif k == 3:
            b.t("SPLIT DOSE pt=").p("C" + c.mrn, "mrn").t(" part=%d/2 dose=%.1fmg vol=%.2fmL" % (rng.randint(1, 2), d / 2, d / 20))
        else:
            b.t("TAKEHOME FILL pt=").p(c.mrn, "mrn").t(" bottles=%d each=%.1fmg for=" % (rng.randint(1, 6), d))
            dd = recent(-1)
            b.p(dd.strftime("%m/%d"), "date").t("..").p(fd(recent(-rng.randint(2, 6)), "iso"), "date")
            b.t(" lot=MTD24-0%d%02dB" % (rng.randint(6, 8), rng.randint(1, 28)))
    else:
        k = rng.randrange(8)
        if k == 0:
            b.t("PRIME DONE vol=%.2fmL lines=2 air_detect=OK" % rng.uniform(2, 4))
        elif k == 1:
            tgt = rng.choice([5.0, 10.0, 15.0])
            act = tgt + rng.uniform(-0.05, 0.05)
            b.t("CAL CHECK target=%.2fmL actual=%.2fmL dev=%+.2f%% PASS" % (tgt, act, (act - tgt) / tgt * 100))
        elif k == 2:
            lvl = rng.randint(300, 3800)
            b.t("RESERVOIR level=%dmL (%d%%)%s" % (lvl, lvl * 100 // 4000, " LOW" if lvl < 500 else ""))
        elif k == 3:
            b.t("BOTTLE CHANGE lot=MTD24-0%d%02dB exp=2026-0%d-28 conc=10mg/mL witness=%s/%s"
                % (rng.randint(6, 8), rng.randint(1, 28), rng.randint(1, 9), rng.choice(NURSE_INI), rng.choice(NURSE_INI)))
        elif k == 4:
            b.t("SELFTEST fw=2.07.%d valve=OK scale=OK door=OK temp=%.1fC" % (rng.randint(1, 40), rng.uniform(19, 24)))
        elif k == 5:
            b.t("COMM ERR serial timeout host=DOSESRV0%d port=COM%d retry=%d" % (rng.randint(1, 2), rng.randint(3, 6), rng.randint(1, 3)))
        elif k == 6:
            b.t("DAILY TOTAL dispensed=%.1fmg doses=%d waste=%.2fmL" % (rng.uniform(9000, 19000), rng.randint(120, 260), rng.uniform(0, 2)))
        else:
            b.t("LOGIN operator=%s role=NURSE shift=AM" % rng.choice(NURSE_INI))
    return [b]


def g_station(want):
    ts = tick(3, 50)
    b = B("dosing_logfmt")
    st = rng.choice(STATIONS)
    clinic = rng.choice(CLINICS)
    b.t('time="%s" level=%s ' % (iso_tz(ts), "info" if want else rng.choice(["info", "info", "warn", "debug"])))
    if want:
        c = client()
        k = rng.randrange(6)
        if k == 0:
            b.t('msg="dose administered" station=%s clinic=%s client_id=' % (st, clinic[0])).p(c.mrn, "mrn")
            b.t(' client="').p(nm(c, rng.choice(["fl", "fml", "Lf"])), "name")
            b.t('" dose_mg=%d product=methadone_oral_conc observed=true nurse="%s" id_method=palm_vein match=%.3f'
                % (c.dose, rng.choice(NURSES), rng.uniform(0.93, 0.999)))
        elif k == 1:
            b.t('msg="biometric verify ok" station=%s client_id=' % st).p(c.mrn, "mrn")
            b.t(" template_sha256=").p(c.palm, "biometric").t(" reader=PalmSecure-F-Pro score=%.3f" % rng.uniform(0.9, 0.999))
        elif k == 2:
            b.t('msg="guest dose approved" station=GUEST-1 guest_name="').p(nm(c, "Lf"), "name")
            b.t('" guest_dob=').p(fd(c.dob, "us"), "date").t(" guest_age=")
            put_age(b, c)
            b.t(' home_program="Desert Bloom OTP, Tucson AZ" home_program_phone="(520) 555-0134"')
            b.t(" last_home_dose=").p(fd(recent(1), "iso"), "date").t(" dose_mg=%d" % c.dose)
            if rng.random() < 0.6:
                b.t(' id_checked="%s DL ' % c.state).p(c.dl, "license").t('"')
        elif k == 3:
            b.t('msg="dose held" station=%s client_id=' % st).p(c.mrn, "mrn")
            b.t(' reason="presented sedated, BAC 0.0%d, referred to prescriber" prescriber="Dr. %s %s"'
                % (rng.randint(2, 9), PRESCRIBERS[0][0], PRESCRIBERS[0][1]))
        elif k == 4:
            b.t('msg="enroll biometric" station=%s client_id=' % st).p(c.mrn, "mrn")
            tpl = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(36))).decode()
            b.t(' template="').p(tpl, "biometric").t('" quality=%d hand=%s' % (rng.randint(60, 99), rng.choice(["L", "R"])))
        else:
            b.t('msg="fee collected" client_id=').p(c.mrn, "mrn").t(" account=").p(c.acct, "account")
            b.t(" amount=%d.00 method=cash" % rng.choice([12, 15, 17, 20]))
    else:
        k = rng.randrange(7)
        if k == 0:
            b.t('msg="station heartbeat" station=%s uptime_s=%d queue_depth=%d' % (st, rng.randint(1000, 900000), rng.randint(0, 14)))
        elif k == 1:
            b.t('msg="biometric reader connected" station=%s model=PalmSecure-F-Pro fw=V%d.%d usb=1-%d.%d'
                % (st, rng.randint(1, 3), rng.randint(0, 9), rng.randint(1, 4), rng.randint(1, 4)))
        elif k == 2:
            exp = rng.uniform(1500, 4000)
            act = exp - rng.uniform(0, 2)
            b.t('msg="inventory reconcile" clinic=%s expected_ml=%.1f actual_ml=%.1f variance_ml=%.2f witness="%s"'
                % (clinic[0], exp, act, act - exp, rng.choice(NURSES)))
        elif k == 3:
            b.t('msg="shift opened" station=%s nurse="%s" pump_sn=%s' % (st, rng.choice(NURSES), rng.choice(PUMPS)[1]))
        elif k == 4:
            b.t('msg="queue stats" clinic=%s waiting=%d avg_wait_s=%d served_today=%d' % (clinic[0], rng.randint(0, 30), rng.randint(30, 900), rng.randint(10, 250)))
        elif k == 5:
            b.t('msg="pump link degraded" station=%s err="read COM4: i/o timeout" retry_in=%dms' % (st, rng.choice([250, 500, 1000])))
        else:
            b.t('msg="config reloaded" path=/etc/dosing/station.yaml sha=%s version=5.%d.%d' % (hexs(12), rng.randint(0, 9), rng.randint(0, 30)))
    return [b]


TH_HEADER = "bottle_id,client_id,client_name,dose_mg,dispense_date,due_back,lockbox_sn,status,callback,staff"


def g_takehome(want):
    tick(5, 60)
    out = []
    if want:
        if rng.random() < 0.35:
            out.append(B("takehome_csv").t(TH_HEADER))
        for _ in range(rng.randint(1, 3)):
            c = client()
            b = B("takehome_csv")
            st = rng.choice(["iso", "us"])
            b.t("TH-24-%06d," % rng.randint(91500, 91999)).p(c.mrn, "mrn").t(",")
            b.t('"').p(nm(c, rng.choice(["LF", "Lf"])), "name").t('",%d,' % c.dose)
            b.p(fd(recent(0), st), "date").t(",").p(fd(recent(-rng.randint(1, 13)), st), "date")
            b.t(",LB-%d,%s,%s,%s" % (rng.randint(1000, 9999), rng.choice(["DISPENSED", "DISPENSED", "RETURNED", "RECALLED"]),
                                     rng.choice(["N", "N", "Y"]), rng.choice(NURSE_INI)))
            out.append(b)
        if rng.random() < 0.4:
            c = client()
            b = B("takehome_pipe")
            b.t("RET|TH-24-%06d|" % rng.randint(91000, 91499)).p(c.mrn, "mrn").t("|")
            b.p("%s %02d:%02d" % (fd(recent(0), "iso"), rng.randint(6, 11), rng.randint(0, 59)), "date")
            n = rng.randint(1, 6)
            b.t("|bottles=%d|empty=%d|seal_intact=%s|callback=%s" % (n, n - rng.randint(0, 1), rng.choice("YYN"), rng.choice("NNY")))
            out.append(b)
    else:
        k = rng.randrange(5)
        b = B("takehome_csv")
        if k == 0:
            b.t(TH_HEADER)
        elif k == 1:
            b.t("# export generated %s by takehome-sync v2.3.%d rows=%d" % (iso_tz(T), rng.randint(0, 9), rng.randint(80, 300)))
        elif k == 2:
            b.t("TH-24-%06d,,,,,,LB-%d,VOID,,%s" % (rng.randint(91500, 91999), rng.randint(1000, 9999), rng.choice(NURSE_INI)))
        elif k == 3:
            b = B("takehome_pipe")
            b.t("SUM|lot=MTD24-0%d%02dB|issued=%d|returned=%d|outstanding=%d|recall_open=%d"
                % (rng.randint(6, 8), rng.randint(1, 28), rng.randint(30, 90), rng.randint(20, 80), rng.randint(0, 9), rng.randint(0, 2)))
        else:
            b = B("takehome_pipe")
            b.t("LOCKBOX|LB-%d|status=%s|inspected_by=%s|seal=%s" % (rng.randint(1000, 9999), rng.choice(["IN_STOCK", "DAMAGED", "ISSUED"]),
                                                                     rng.choice(NURSE_INI), rng.choice(["OK", "BROKEN"])))
        out.append(b)
    return out


def g_hl7(want):
    ts = tick(10, 90)
    ctl = "CTX%s%04d" % (ts.strftime("%y%m%d%H%M%S"), rng.randint(0, 9999))
    out = []
    if not want:
        k = rng.randrange(3)
        if k < 2:
            out.append(B("hl7_ack").t("MSH|^~\\&|NSBHN-EHR|NORTHSTAR BHN|CTXLAB|CASCADIA TOX|%s||ACK^R01^ACK|ACK%s|P|2.5.1"
                                      % (ts.strftime("%Y%m%d%H%M%S"), hexs(10).upper())))
            out.append(B("hl7_ack").t("MSA|%s|%s|%s" % (rng.choice(["AA", "AA", "AE"]), ctl,
                                                         rng.choice(["Message accepted", "OBR-4 code UDS14 not mapped", "Message accepted"]))))
        else:
            out.append(B("mirth_log").t("[%s,%s]  INFO  (com.mirth.connect.donkey.server.channel.Channel:%d): Channel UDS_Inbound_CTX processed %d messages, %d errored, avg %dms"
                                        % (ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts), rng.randint(1000, 1500), rng.randint(1, 40), rng.randint(0, 2), rng.randint(20, 200))))
        return out
    c = client()
    out.append(B("hl7_oru").t("MSH|^~\\&|CTXLAB|CASCADIA TOX|NSBHN-EHR|NORTHSTAR BHN|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE"
                              % (ts.strftime("%Y%m%d%H%M%S"), ctl)))
    b = B("hl7_oru")
    b.t("PID|1||").p(c.mrn, "mrn").t("^^^NSBHN^MR")
    if rng.random() < 0.6:
        b.t("~").p(c.plan, "health_plan").t("^^^%s^MA" % ("WAMCD" if c.plan.endswith("WA") else "ORMCD"))
    b.t("||").p(hl7name(c), "name").t("||").p(fd(c.dob, "hl7"), "date").t("|%s|||" % c.sex)
    b.p(ascii_fold(c.street).upper(), "address").t("^")
    if c.unit:
        b.p(c.unit.upper(), "address")
    b.t("^").p(c.city.upper(), "address").t("^%s^" % c.state).p(c.zip, "zip").t("^USA||")
    if rng.random() < 0.5:
        b.t("^PRN^PH^^1^").p("%s^%s%s" % c.phone, "phone")
    else:
        b.p(ph(c.phone, "paren").replace(" ", ""), "phone")
    if rng.random() < 0.3:
        b.t("~^PRN^FX^^1^").p("%s^%s%s" % mk_phone(), "fax")
    if rng.random() < 0.3:
        b.t("~^NET^Internet^").p(c.email, "email")
    b.t("|||||").p(c.acct, "account")
    if rng.random() < 0.35:
        b.t("|").p(ssn(c, "raw"), "ssn")
    out.append(b)
    if rng.random() < 0.5:
        pr = rng.choice(PRESCRIBERS)
        out.append(B("hl7_oru").t("PV1|1|O|%s^DOSING^^NORTHSTAR||||%s^%s^%s^^^%s" % (rng.choice(CLINICS)[0], pr[4], pr[1].upper(), pr[0].upper(), pr[2])))
    order = "NS%08d" % rng.randint(0, 99999999)
    acc = "CTX-%07d" % rng.randint(0, 9999999)
    out.append(B("hl7_oru").t("ORC|RE|%s|%s||CM" % (order, acc)))
    col = datetime(2024, 9, 16) - timedelta(days=rng.randint(1, 4), minutes=-rng.randint(360, 720))
    pr0 = rng.choice(PRESCRIBERS)
    b = B("hl7_oru")
    b.t("OBR|1|%s|%s|UDS14^URINE DRUG SCREEN 14 PANEL W/ FENTANYL+XYLAZINE^L|||" % (order, acc))
    b.p(col.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^%s^%s||||||%s||F" % (pr0[4], pr0[1].upper(), pr0[0].upper(), ts.strftime("%Y%m%d%H%M")))
    out.append(b)
    for i, (code, an, cut) in enumerate(rng.sample(ANALYTES, rng.randint(2, 4)), 1):
        pos = rng.random() < 0.3 or code in ("EDDP", "MTD")
        out.append(B("hl7_oru").t("OBX|%d|ST|%s^%s^L||%s||cutoff %d ng/mL|%s|||F|||%s"
                                  % (i, code, an, "POSITIVE" if pos else "NEGATIVE", cut, "A" if pos and code not in ("EDDP", "MTD") else "N",
                                     ts.strftime("%Y%m%d%H%M"))))
    if rng.random() < 0.5:
        out.append(B("hl7_oru").t("NTE|1|L|Specimen validity: creatinine %d mg/dL, pH %.1f, SG %.3f. Results reviewed by MRO."
                                  % (rng.randint(20, 240), rng.uniform(4.8, 8.2), rng.uniform(1.003, 1.030))))
    return out


UDS_HEADER = "accession,collected,received,patient_id,last_name,first_name,dob,panel,analyte,cutoff_ng_ml,result,conc_ng_ml,mro"


def g_udscsv(want):
    ts = tick(5, 60)
    out = []
    if want:
        if rng.random() < 0.3:
            out.append(B("uds_csv").t(UDS_HEADER))
        c = client()
        col = datetime(2024, 9, 15, rng.randint(6, 14), rng.randint(0, 59))
        for code, an, cut in rng.sample(ANALYTES, rng.randint(1, 2)):
            b = B("uds_csv")
            pos = rng.random() < 0.35
            b.t("WRL%08d," % rng.randint(0, 99999999)).p(col.strftime("%Y-%m-%d %H:%M"), "date")
            b.t(",%s," % ts.strftime("%Y-%m-%d %H:%M"))
            b.p(c.mrn, "mrn").t(",").p(ascii_fold(c.last).upper(), "name").t(",").p(ascii_fold(c.first).upper(), "name").t(",")
            b.p(fd(c.dob, "us"), "date").t(",LCMS-OTP,%s,%d,%s,%s,%s" % (an, cut, "POS" if pos else "NEG",
                                                                      (">%d" % (cut * 40) if rng.random() < 0.3 else str(rng.randint(cut, cut * 30))) if pos else "",
                                                                      rng.choice(["Y", "N"])))
            out.append(b)
    else:
        k = rng.randrange(3)
        if k == 0:
            out.append(B("uds_csv").t(UDS_HEADER))
        else:
            code, an, cut = rng.choice(ANALYTES)
            lvl = rng.choice(["NEG", "LOW", "HIGH"])
            out.append(B("uds_csv").t("QC-%s-%s,%s,%s,,CONTROL,%s,,LCMS-OTP,%s,%d,%s,%s,N"
                                      % (lvl[0], ts.strftime("%y%m%d"), ts.strftime("%Y-%m-%d %H:%M"), ts.strftime("%Y-%m-%d %H:%M"),
                                         lvl, an, cut, "NEG" if lvl == "NEG" else "POS",
                                         "" if lvl == "NEG" else "%.1f" % (cut * (0.5 if lvl == "LOW" else 1.5)))))
    return out


def g_pmp(want):
    ts = tick(5, 90)
    b = B("pmp_json")
    rid = ruuid()
    pr = rng.choice(PRESCRIBERS)
    if want:
        c = client()
        k = rng.randrange(3)
        if k == 0:
            o = {"requestId": rid, "requestor": {"role": "Prescriber", "deaNumber": pr[3], "npi": pr[4],
                                                 "lastName": pr[1], "firstName": pr[0]},
                 "patient": {"firstName": P(c.first, "name"), "lastName": P(c.last, "name"),
                             "birthDate": P(fd(c.dob, "iso"), "date"), "sexCode": c.sex,
                             "address": {"zipCode": P(c.zip, "zip"), "stateCode": c.state}},
                 "dateRange": {"begin": "2024-03-16", "end": "2024-09-16"},
                 "requestedStates": ["OR", "WA", "ID", "CA"]}
        elif k == 1:
            rx = []
            for _ in range(rng.randint(1, 3)):
                fill = recent(rng.randint(2, 150))
                rx.append({"writtenDate": P(fd(fill - timedelta(days=rng.randint(0, 6)), "iso"), "date"),
                           "filledDate": P(fd(fill, "iso"), "date"), "drugName": rng.choice(RXDRUGS),
                           "quantity": rng.choice([14, 28, 30, 60, 90]), "daysSupply": rng.choice([7, 14, 30]),
                           "prescriber": out_prescriber(), "pharmacy": rng.choice(PHARMACIES),
                           "refill": rng.randint(0, 2), "paymentType": rng.choice(["Medicaid", "Commercial", "Cash"]),
                           "mme": rng.choice([0, 0, 15, 30, 45, 90])})
            o = {"reportId": "RPT-%d" % rng.randint(10000000, 99999999), "requestId": rid,
                 "patient": {"pmpPatientId": P(c.pmp_id, "other_id"), "name": P(nm(c, "LF"), "name"),
                             "dob": P(fd(c.dob, "us"), "date"),
                             "address": P("%s%s" % (ascii_fold(c.street).upper(), (" " + c.unit.upper()) if c.unit else ""), "address"),
                             "city": P(c.city.upper(), "address"), "state": c.state, "zip": P(c.zip, "zip")},
                 "prescriptions": rx,
                 "narxScores": {"narcotic": "%03d" % rng.randint(0, 999), "sedative": "%03d" % rng.randint(0, 999),
                                "stimulant": "%03d" % rng.randint(0, 999)},
                 "overdoseRiskScore": "%03d" % rng.randint(0, 999)}
        else:
            o = {"status": "MULTIPLE_MATCHES", "requestId": rid,
                 "candidates": [{"name": P(nm(c, "LF"), "name"), "dob": P(fd(c.dob, "iso"), "date"),
                                 "zip": P(c.zip, "zip")},
                                {"name": P(nm(c, "LF").split(",")[0] + ", " + rng.choice(FIRST_F + FIRST_M).upper(), "name"),
                                 "dob": P(fd(c.dob + timedelta(days=rng.randint(30, 900)), "iso"), "date"),
                                 "zip": P(rng.choice(CITIES)[2][0], "zip")}],
                 "message": "Refine search: add address or partial SSN"}
        emit_json(b, o, sp=rng.random() < 0.3)
    else:
        k = rng.randrange(4)
        if k == 0:
            o = {"status": "PENDING", "requestId": rid, "retryAfterSeconds": rng.choice([2, 5, 10]),
                 "statesPending": rng.sample(["WA", "ID", "CA", "NV"], 2)}
        elif k == 1:
            o = {"error": {"code": rng.choice(["INTERSTATE_TIMEOUT", "HUB_UNAVAILABLE", "RATE_LIMITED"]),
                           "state": rng.choice(["ID", "CA", "NV", "WA"]),
                           "message": "Interstate hub did not respond within 15000 ms"}, "requestId": rid}
        elif k == 2:
            o = {"token_type": "Bearer", "expires_in": 3600, "scope": "pmp.query",
                 "issued_at": iso_tz(ts), "client_id": "nsbhn-ehr-prod"}
        else:
            o = {"requestId": rid, "requestor": {"role": "Delegate", "deaNumber": None, "npi": pr[4],
                                                 "supervisor": "%s %s, %s" % pr[:3]},
                 "status": "REJECTED", "reason": "Delegate account requires supervisor re-attestation (due 2024-09-30)"}
        emit_json(b, o, sp=rng.random() < 0.3)
    return [b]


ROSTER_HEADER = "group_id;session_date;facilitator;client_id;client_name;status;minutes;note"


def g_roster(want):
    tick(5, 60)
    out = []
    g = rng.choice(GROUPS)
    fac = rng.choice(COUNSELORS)
    sd = recent(0, 2)
    if want:
        if rng.random() < 0.5:
            out.append(B("roster_csv").t(ROSTER_HEADER))
        for _ in range(rng.randint(2, 4)):
            c = client()
            b = B("roster_csv")
            b.t("%s;" % g[0]).p(fd(sd, rng.choice(["iso", "us"])), "date").t(";%s;" % fac).p(c.mrn, "mrn").t(";")
            b.p(nm(c, rng.choice(["Lf", "fl", "LF", "init", "lower"])), "name")
            stt = rng.choice(["PRESENT", "PRESENT", "PRESENT", "ABSENT-EXC", "ABSENT-UNEX", "LATE", "LEFT-EARLY"])
            b.t(";%s;%d;" % (stt, 0 if stt.startswith("ABSENT") else rng.choice([90, 90, 75, 45, 60])))
            r = rng.random()
            if r < 0.2:
                b.t("called %s " % c.rel[2])
                b.p(c.rel[0], "name").t(" at ").p(ph(c.rel[3]), "phone").t(" - no ride")
            elif r < 0.3:
                b.t("court letter requested (case ").p(c.case, "other_id").t(")")
            elif r < 0.38:
                age = rng.randint(90, 97)
                b.t("mother (").p(str(age), "age").t(") moved to hospice, excused")
            elif r < 0.5:
                b.t("relapse disclosed, last use ").p(fd(recent(rng.randint(1, 9)), "us2"), "date")
            elif r < 0.6:
                b.t("new phone ").p(ph(c.phone), "phone")
            elif r < 0.67:
                b.t("asked staff to share fundraiser ").p("https://www.gofundme.com/f/help-%s-get-housed" % c.first.lower().replace(" ", "-"), "url")
            out.append(b)
    else:
        b = B("roster_csv")
        k = rng.randrange(3)
        if k == 0:
            b.t('# group=%s title="%s" facilitator="%s" room=B-%d capacity=12 enrolled=%d present=%d'
                % (g[0], g[1], fac, rng.randint(101, 220), rng.randint(6, 12), rng.randint(3, 10)))
        elif k == 1:
            b.t(ROSTER_HEADER)
        else:
            b.t("# session %s %s cancelled: facilitator out, clients notified by SMS (template GRP_CANCEL_v3)" % (g[0], fd(sd, "iso")))
        out.append(b)
    return out


def g_consent(want):
    ts = tick(10, 120)
    cid = "CNS-2024-%06d" % rng.randint(1000, 99999)
    if not want:
        b = B("consent_svc")
        k = rng.randrange(4)
        lvl, msg = [("INFO ", "%s validated: required elements 9/9 (42 CFR 2.31(a)), redisclosure notice 2.32 attached" % cid),
                    ("WARN ", "%s expired; disclosure to \"Multnomah County Dept. of Community Justice\" blocked" % cid),
                    ("INFO ", "%s revoked via portal; 3 pending disclosures cancelled, audit=AUD-%d" % (cid, rng.randint(100000, 999999))),
                    ("ERROR", "PDF render failed for %s: java.io.IOException: font Liberation Sans not found" % cid)][k]
        b.t("%s.%s %s [consent-svc,%s,%s] %d --- [nio-8443-exec-%d] o.n.consent.ConsentService : %s"
            % (ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts), lvl, hexs(16), hexs(16), rng.randint(1000, 3000), rng.randint(1, 12), msg))
        return [b]
    c = client()
    signed = recent(rng.randint(0, 30))
    exp = signed + timedelta(days=rng.choice([90, 180, 365]))
    if rng.random() < 0.55:
        b = B("consent_xml")
        b.t('<Consent id="%s" regulation="42CFR2.31" version="3"><Patient><Name>' % cid).p(nm(c, rng.choice(["fml", "fl"])), "name")
        b.t("</Name><DOB>").p(fd(c.dob, "us"), "date").t("</DOB><ClientID>").p(c.mrn, "mrn").t("</ClientID>")
        if rng.random() < 0.4:
            b.t("<Fax>").p(ph(mk_phone(), "paren"), "fax").t("</Fax>")
        elif rng.random() < 0.4:
            b.t("<Email>").p(c.email, "email").t("</Email>")
        b.t("</Patient>")
        if rng.random() < 0.5:
            rf, rl, rel, rp = c.rel
            b.t('<Recipient type="individual"><Name>').p("%s %s" % (rf, rl), "name").t("</Name><Relationship>%s</Relationship><Phone>" % rel)
            b.p(ph(rp), "phone").t("</Phone></Recipient>")
        else:
            b.t('<Recipient type="organization"><Name>%s</Name><Fax>%s</Fax></Recipient>'
                % rng.choice([("Multnomah County Dept. of Community Justice", "(503) 555-0193"),
                              ("Clark County Drug Court", "(360) 555-0127"),
                              ("CareOregon Behavioral Health", "(503) 555-0161"),
                              ("Providence Milwaukie Hospital ED", "(503) 555-0109")]))
        b.t("<Purpose>%s</Purpose><Information>%s</Information>" % (
            rng.choice(["treatment coordination", "court compliance reporting", "family involvement in treatment", "payment"]),
            rng.choice(["attendance, UDS results, dose", "attendance only", "diagnosis, medication, progress", "all SUD treatment records"])))
        b.t("<SignedOn>").p(fd(signed, "iso"), "date").t("</SignedOn><Expires>").p(fd(exp, "iso"), "date")
        b.t('</Expires><Witness>%s</Witness></Consent>' % rng.choice(COUNSELORS))
    else:
        b = B("fhir_consent_json")
        o = {"resourceType": "Consent", "id": cid.lower(), "status": rng.choice(["active", "active", "rejected", "inactive"]),
             "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
             "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
             "patient": {"reference": "Patient/" + c.mrn, "display": P(nm(c, "fl"), "name")},
             "dateTime": P(signed.strftime("%Y-%m-%d") + "T%02d:%02d:00-07:00" % (rng.randint(7, 17), rng.randint(0, 59)), "date"),
             "policy": [{"authority": "https://www.ecfr.gov/current/title-42/part-2", "uri": "urn:oid:2.16.840.1.113883.3.3979.2"}],
             "provision": {"type": "permit", "period": {"start": P(fd(signed, "iso"), "date"), "end": P(fd(exp, "iso"), "date")},
                           "actor": [{"role": {"coding": [{"code": "IRCP"}]},
                                      "reference": {"display": rng.choice(["Clark County Drug Court", "CareOregon", "Oregon DHS Child Welfare"])}}]}}
        # label the MRN inside the reference string
        ref = "Patient/" + c.mrn
        emit_json(b, o)
        txt = b.text()
        i = txt.index('"reference":"' + ref) + len('"reference":"Patient/')
        s = len(txt[:i].encode())
        b.spans.append((s, s + len(c.mrn.encode()), "mrn", c.mrn))
        b.spans.sort()
    return [b]


CHAT_T_NOPHI = ["i relapsed last night and i cant tell my counselor", "i dont want to die i just want it to stop",
                "yeah", "ok", "no i havent taken anything yet", "im scared theyll drop my dose",
                "i have like 6 bottles left from my takehomes", "idk", "thats the thing, nobody picks up",
                "im not safe at home right now", "i already used narcan on my friend tonight", "can i stay anonymous"]
CHAT_C_NOPHI = ["Thank you for reaching out tonight. I'm here with you.", "Are you thinking about killing yourself?",
                "Do you have access to anything you could use to hurt yourself right now?",
                "Would it be ok if we made a safety plan together?",
                "I can connect you with the mobile crisis team. Would that be ok?",
                "You can stay anonymous here. You only share what you want to share.",
                "It sounds like tonight has been really heavy.", "Are your take-home doses somewhere locked?"]
COUNS = [("Avery", "c-217"), ("Sam K.", "c-104"), ("Jules", "c-330"), ("Noor", "c-088")]


def chat_texter_phi(b, c):
    k = rng.choice([0, 0, 1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 8, 9])
    if k == 0:
        b.t("my name is ").p(nm(c, "lower"), "name").t(" im a client at the %s clinic" % rng.choice(["division", "killingsworth", "salem", "vancouver"]))
    elif k == 1:
        b.t("im at ").p(c.street.lower(), "address").t(" ")
        if c.unit:
            b.p(c.unit.lower(), "address").t(" ")
        b.t("in ").p(c.city.lower(), "address")
    elif k == 2:
        b.t("my number is ").p(ph(c.phone, rng.choice(["raw", "dash", "space"])), "phone")
    elif k == 3:
        age = rng.randint(90, 96)
        b.t("my grandpa is ").p(str(age), "age").t(" and i take care of him, i cant keep doing this")
    elif k == 4:
        b.t("can you call my %s " % c.rel[2])
        b.p(c.rel[0].lower(), "name").t(" ").p(ph(c.rel[3], "dash"), "phone")
    elif k == 5:
        d = recent(rng.randint(1, 10))
        b.t("they took my takehomes away on ").p("%d/%d" % (d.month, d.day), "date")
    elif k == 6:
        b.t("this is me ").p(rng.choice(["https://www.instagram.com/", "https://www.tiktok.com/@", "https://www.facebook.com/"]) + c.username.replace(".", "_"), "url")
    elif k == 7:
        b.t("im sitting in my car in the fred meyer lot on ").p(rng.choice(STREETS).lower().replace(" st", " street"), "address")
        if rng.random() < 0.5:
            b.t(" its a silver civic plate ").p("%03d%s" % (rng.randint(100, 999), "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))), "vehicle")
    elif k == 8:
        b.t("my dob is ").p(fd(c.dob, rng.choice(["us_np", "us2", "long"])), "date").t(" if you need it for the clinic")
    else:
        b.t("email me at ").p(c.email, "email").t(" i dont want my mom seeing texts")


def g_chat(want):
    ts = tick(10, 60) - timedelta(hours=rng.randint(2, 5))
    conv = "c_" + hexs(8)
    coun = rng.choice(COUNS)
    c = client()
    style = rng.choice(["bracket", "jsonl"])
    out = []
    n = rng.randint(3, 7) if want else rng.randint(1, 3)
    phi_at = set(rng.sample(range(n), max(1, n // 2))) if want else set()
    seq = rng.randint(1, 30)
    for i in range(n):
        ts = ts + timedelta(seconds=rng.randint(15, 200))
        texter = i % 2 == 0
        b = B("crisis_chat_" + style)
        msgb = B("x")
        if i in phi_at:
            if texter:
                chat_texter_phi(msgb, c)
            else:
                k = rng.randrange(3)
                if k == 0:
                    msgb.t("Thanks, ").p(c.first, "name").t(". I have ").p(ph(c.phone, "dash"), "phone").t(" - is that the best number if we get disconnected?")
                elif k == 1:
                    msgb.t("I'm going to ask mobile crisis to check on you at ").p(c.street, "address").t(". Is that ok?")
                else:
                    msgb.t("I see you're in the Northstar program, ").p(nm(c, "first"), "name").t(". Your counselor can't see this chat unless you want them to.")
        else:
            msgb.t(rng.choice(CHAT_T_NOPHI if texter else CHAT_C_NOPHI))
        if style == "bracket":
            who = "texter" if texter else "counselor %s (%s)" % coun
            b.t("[%s PDT] conv=%s %s: " % (ts.strftime("%Y-%m-%d %H:%M:%S"), conv, who))
            base = b.n
            b.t(msgb.text())
            for s, e, cat, v in msgb.spans:
                b.spans.append((base + s, base + e, cat, v))
        else:
            b.t('{"conversation_id":"%s","seq":%d,"role":"%s",' % (conv, seq, "texter" if texter else "counselor"))
            if texter:
                if want and rng.random() < 0.5:
                    b.t('"texter_id":"').p(c.texter, "other_id").t('",')
            else:
                b.t('"counselor_id":"%s",' % coun[1])
            b.t('"sent_at":"%s","text":"' % utc(ts))
            base = b.n
            b.t(jesc(msgb.text()))
            for s, e, cat, v in msgb.spans:
                b.spans.append((base + s, base + e, cat, v))
            b.t('"}')
        seq += 1
        out.append(b)
    if rng.random() < 0.4:
        ts = ts + timedelta(minutes=rng.randint(1, 30))
        b = B("crisis_chat_" + style)
        if style == "bracket":
            b.t("[%s PDT] conv=%s system: conversation closed; disposition=%s; duration=00:%02d:%02d; survey_sent=%s"
                % (ts.strftime("%Y-%m-%d %H:%M:%S"), conv, rng.choice(["DE-ESCALATED", "MOBILE_CRISIS_DISPATCHED", "DISCONNECTED", "REFERRED_988"]),
                   rng.randint(5, 59), rng.randint(0, 59), rng.choice(["true", "false"])))
        else:
            b.t('{"conversation_id":"%s","seq":%d,"role":"system","sent_at":"%s","event":"closed","disposition":"%s","wait_s":%d}'
                % (conv, seq, utc(ts), rng.choice(["DE_ESCALATED", "MOBILE_CRISIS_DISPATCHED", "DISCONNECTED"]), rng.randint(3, 600)))
        out.append(b)
    return out


def g_court(want):
    tick(20, 120)
    c = client()
    out = []
    court = rng.choice([("Hon. Miriam Castellano", "Multnomah County Circuit Court - STOP Drug Court", "(503) 555-0190"),
                        ("Hon. Desmond Achebe-Walsh", "Clark County Superior Court - Adult Drug Court", "(360) 555-0127"),
                        ("Hon. Patricia Lindqvist", "Marion County Circuit Court - Treatment Court", "(503) 555-0151")])
    po = rng.choice(["PO Jaime Barrientos", "PO Keisha Underwood", "PO Lars Eriksen"])
    if not want:
        k = rng.randrange(3)
        if k == 0:
            out.append(B("court_report").t("==== COURT-ORDERED TREATMENT PROGRESS REPORT ==== form CR-7 rev 2023-11 ===="))
            out.append(B("court_report").t("To: %s, %s | Fax: %s | cc: %s" % (court[0], court[1], court[2], po)))
        elif k == 1:
            out.append(B("court_report").t("NOTICE: This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of this information unless further disclosure is expressly permitted by the written consent of the individual whose information is being disclosed."))
        else:
            out.append(B("court_report").t("Prepared by: %s, Northstar Recovery Network, %s | report id CRR-%d | transmitted via eFax %s"
                                           % (rng.choice(COUNSELORS), rng.choice(CLINICS)[3], rng.randint(100000, 999999), ts_str())))
        return out
    out.append(B("court_report").t("==== COURT-ORDERED TREATMENT PROGRESS REPORT ==== form CR-7 rev 2023-11 ===="))
    out.append(B("court_report").t("To: %s, %s | Fax: %s | cc: %s" % (court[0], court[1], court[2], po)))
    b = B("court_report")
    b.t("Re: ").p(nm(c, rng.choice(["LFm", "LF", "Lf"])), "name").t("   DOB: ").p(fd(c.dob, rng.choice(["us", "dmy", "us_np"])), "date")
    b.t("   Age: ")
    put_age(b, c)
    b.t("   Case No.: ").p(c.case, "other_id")
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            b.t("   SSN: ").p(ssn(c, "dash"), "ssn")
        else:
            b.t("   SSN: ***-**-%04d" % c.ssn[2])
    if rng.random() < 0.6:
        b.t("   SID: ").p(c.sid, "other_id")
    out.append(b)
    b = B("court_report")
    b.t("Program: Opioid Treatment Program (methadone) | Admit date: ").p(fd(c.admit, "us"), "date")
    b.t(" | Current dose: %d mg | Take-home level: %s" % (c.dose, rng.choice(["0", "1 (Sun)", "2", "6"])))
    out.append(b)
    out.append(B("court_report").t("Attendance this period: individual %d/%d, group %d/%d (%d excused), dosing %d/%d days"
                                   % (rng.randint(2, 4), 4, rng.randint(6, 12), 12, rng.randint(0, 2), rng.randint(24, 30), 30)))
    b = B("court_report")
    d1, d2 = recent(rng.randint(9, 14)), recent(rng.randint(1, 7))
    b.t("UDS: ").p(fd(d1, "us"), "date").t(" NEG all panels (EDDP+ expected); ").p(fd(d2, "us"), "date")
    b.t(" POS %s" % rng.choice(["fentanyl/norfentanyl", "methamphetamine", "benzodiazepines", "fentanyl, xylazine"]))
    if rng.random() < 0.5:
        b.t(" (self-reported use ").p(fd(d2 - timedelta(days=1), "us2"), "date").t(")")
    out.append(b)
    r = rng.random()
    b = B("court_report")
    if r < 0.3:
        b.t("Remote alcohol monitoring: SCRAM CAM bracelet SN ").p("%d-%05d" % (rng.randint(1000, 9999), rng.randint(0, 99999)), "device")
        b.t(", no confirmed drinking events; 1 tamper alert (cleared).")
        out.append(b)
    elif r < 0.55:
        vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        b.t("Ignition interlock: %s, OR plate " % rng.choice(["2011 Honda Civic", "2008 Ford Ranger", "2015 Subaru Outback", "2012 Toyota Corolla"]))
        b.p("%03d %s" % (rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))), "vehicle")
        b.t(", VIN ").p(vin, "vehicle").t("; 0 failed starts.")
        out.append(b)
    elif r < 0.75:
        b.t("Licence status: ODL suspended (DUII); DL# ").p(c.dl, "license").t("; residence: ")
        b.p(c.street, "address").t(", ").p(c.city, "address").t(" ").p(c.zip, "zip")
        out.append(b)
    else:
        b.t("Residence: Oxford House %s, " % rng.choice(["Foster", "Hawthorne", "Alberta", "Salem West"])).p(c.street, "address")
        b.t(", ").p(c.city, "address").t(", %s; contact ph " % c.state).p(ph(c.phone), "phone")
        out.append(b)
    out.append(B("court_report").t("Clinical summary: Participant %s. Barriers: %s."
                                   % (rng.choice(["is engaged in groups and has met with prescriber for dose stabilization",
                                                  "attends consistently; one lapse disclosed voluntarily",
                                                  "missed two groups citing transportation; a bus pass was provided"]),
                                      rng.choice(["housing instability", "transportation", "childcare", "work schedule"]))))
    b = B("court_report")
    b.t("Recommendation: %s; next review hearing " % rng.choice(["continue current level of care", "step up to IOP", "phase advancement"]))
    b.p(fd(recent(-rng.randint(7, 35)), rng.choice(["us", "long"])), "date").t(".")
    out.append(b)
    return out


def ts_str():
    return T.strftime("%Y-%m-%d %H:%M")


GO_SVCS = ["dosing-api", "takehome-svc", "pmp-gateway", "uds-ingest", "notify-svc", "roster-svc"]


def g_zerolog(want):
    ts = tick(1, 30)
    svc = rng.choice(GO_SVCS)
    console = rng.random() < 0.3
    b = B("zerolog_console" if console else "zerolog_json")
    fields = []
    if want:
        c = client()
        k = rng.randrange(9)
        if k == 7:
            lvl, msg = "info", "portal login"
            svc = "dosing-api"
            fields = [("username", P(c.username, "other_id")), ("remote_ip", P(c.ip, "ip")), ("mfa", "sms"),
                      ("user_agent", "Mozilla/5.0 (Linux; Android 14)")]
        elif k == 8:
            c = rng.choice([x for x in CLIENTS if age_of(x) >= 65])
            lvl, msg = "info", "medicare crossover check"
            svc = "roster-svc"
            fields = [("client_id", P(c.mrn, "mrn")), ("age", P(age_of(c), "age") if age_of(c) > 89 else age_of(c)),
                      ("mbi", P("%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                               rng.randint(0, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                               rng.randint(0, 9), rng.choice("ACDEFGHJKMNPQRTUVWXY"), rng.choice("ACDEFGHJKMNPQRTUVWXY"),
                                                               rng.randint(0, 9), rng.randint(0, 9)), "health_plan")),
                      ("dual_eligible", rng.choice([True, False]))]
        elif k == 0:
            lvl, msg = "info", "sms queued"
            svc = "notify-svc"
            fields = [("client_id", P(c.mrn, "mrn")), ("to", P(ph(c.phone, "e164"), "phone")), ("template", "dose_reminder_v2"),
                      ("provider", "twilio")]
        elif k == 1:
            lvl, msg = "warn", "pmp query returned 0 matches"
            svc = "pmp-gateway"
            fields = [("patient_last", P(c.last, "name")), ("patient_first", P(c.first, "name")),
                      ("patient_dob", P(fd(c.dob, "iso"), "date")), ("states", "OR,WA"), ("latency_ms", rng.randint(300, 9000))]
        elif k == 2:
            lvl, msg = "error", "insert dose failed"
            svc = "dosing-api"
            fields = [("client_id", P(c.mrn, "mrn")), ("dose_date", P(fd(recent(0), "iso"), "date")),
                      ("error", 'pq: duplicate key value violates unique constraint "doses_client_id_dose_date_key"')]
        elif k == 3:
            lvl, msg = "info", "takehome schedule computed"
            svc = "takehome-svc"
            fields = [("client_id", P(c.mrn, "mrn")), ("phase", rng.randint(1, 6)), ("next_pickup", P(fd(recent(-rng.randint(1, 7)), "iso"), "date")),
                      ("bottles", rng.randint(1, 13))]
        elif k == 4:
            lvl, msg = "debug", "client lookup"
            svc = "dosing-api"
            fields = [("query", "ssn"), ("ssn", P(ssn(c), "ssn")), ("matches", 1), ("client_id", P(c.mrn, "mrn"))]
        elif k == 5:
            lvl, msg = "info", "email receipt sent"
            svc = "notify-svc"
            fields = [("to", P(c.email, "email")), ("member_id", P(c.plan, "health_plan")), ("billing_account", P(c.acct, "account")), ("amount_cents", rng.choice([1500, 1700, 2000]))]
        else:
            lvl, msg = "info", "eligibility check"
            svc = "roster-svc"
            fields = [("client_id", P(c.mrn, "mrn")), ("medicaid_id", P(c.plan, "health_plan")), ("payer", rng.choice(["OHP", "ProviderOne", "Moda", "CareOregon"])),
                      ("eligible", True), ("dos", P(fd(recent(0), "iso"), "date"))]
    else:
        k = rng.randrange(8)
        if k == 0:
            path = rng.choice(["/healthz", "/readyz", "/v1/stations/DS-%d/status" % rng.randint(1, 4), "/metrics", "/v1/lots/MTD24-0817B"])
            lvl, msg = "info", "http request"
            fields = [("method", "GET"), ("path", path), ("status", rng.choice([200, 200, 200, 304, 503])), ("latency_ms", round(rng.uniform(0.2, 80), 3)),
                      ("trace_id", hexs(32)), ("span_id", hexs(16))]
        elif k == 1:
            lvl, msg = "info", "connected to postgres"
            fields = [("host", "pg-primary.ns-prod.svc.cluster.local:5432"), ("db", "dosing"), ("pool_max", 20)]
        elif k == 2:
            lvl, msg = "warn", "slow query"
            fields = [("query", "SELECT count(*) FROM doses WHERE dose_date = $1"), ("elapsed_ms", rng.randint(500, 4000)), ("rows", rng.randint(100, 600))]
        elif k == 3:
            lvl, msg = "error", "hl7 listener accept failed"
            fields = [("error", "accept tcp 0.0.0.0:2575: use of closed network connection"), ("retry_in", "2s")]
        elif k == 4:
            lvl, msg = "info", "starting service"
            fields = [("version", "v1.%d.%d" % (rng.randint(10, 40), rng.randint(0, 20))), ("commit", hexs(7)), ("go", "go1.22.%d" % rng.randint(1, 6)),
                      ("port", rng.choice([8080, 8443, 9090]))]
        elif k == 5:
            lvl, msg = "info", "batch complete"
            fields = [("job", rng.choice(["takehome_due_scan", "uds_reconcile", "pmp_nightly"])), ("processed", rng.randint(10, 900)),
                      ("failed", rng.randint(0, 3)), ("duration", "%.3fs" % rng.uniform(0.1, 40))]
        elif k == 6:
            lvl, msg = "debug", "cache stats"
            fields = [("hits", rng.randint(1000, 90000)), ("misses", rng.randint(10, 900)), ("evictions", rng.randint(0, 40))]
        else:
            lvl, msg = "warn", "twilio webhook signature mismatch"
            fields = [("remote", "10.20.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))), ("request_id", ruuid())]
    caller = "%s/%s.go:%d" % (rng.choice(["internal/http", "internal/dose", "internal/pmp", "cmd/server", "internal/notify"]),
                              rng.choice(["handler", "store", "client", "main", "worker"]), rng.randint(20, 400))
    if console:
        b.t("%s %s %s " % (iso_tz(ts), {"info": "INF", "warn": "WRN", "error": "ERR", "debug": "DBG"}[lvl], msg))
        for i, (k_, v) in enumerate(fields):
            if i:
                b.t(" ")
            b.t("%s=" % k_)
            if isinstance(v, P):
                if " " in str(v.v):
                    b.t('"').p(v.v, v.cat).t('"')
                else:
                    b.p(v.v, v.cat)
            else:
                sv = "true" if v is True else str(v)
                b.t(json.dumps(sv) if " " in sv else sv)
        b.t(" service=%s" % svc)
    else:
        o = {"level": lvl, "service": svc}
        o.update(fields)
        o["time"] = iso_tz(ts)
        if rng.random() < 0.5:
            o["caller"] = caller
        o["message"] = msg
        emit_json(b, o)
    return [b]


CTRL = {"checkins": "CheckinController", "dose_events": "DoseEventController", "clients": "ClientController",
        "attendance": "AttendanceController"}


def g_phoenix(want):
    ts = tick(1, 25)
    rid = "F" + b62(19)
    out = []

    def pfx(t, lvl):
        return "%s.%s request_id=%s [%s] " % (t.strftime("%H:%M:%S"), ms(t), rid, lvl)

    if want:
        c = client()
        k = rng.randrange(5)
        if k == 0:
            out.append(B("phoenix").t(pfx(ts, "info") + "POST /api/v1/checkins"))
            b = B("phoenix").t(pfx(ts + timedelta(milliseconds=2), "info") + "Processing with NorthstarWeb.CheckinController.create/2")
            out.append(b)
            b = B("phoenix").t("  Parameters: ")
            prm = {"client_id": P(c.mrn, "mrn"), "dob": P(fd(c.dob, "iso"), "date"), "pin": "[FILTERED]",
                   "kiosk": "NS-PDX-KIOSK0%d" % rng.randint(1, 3)}
            if rng.random() < 0.45:
                prm["id_photo"] = P(jpeg_b64(rng.randint(50, 100)), "photo", pre="data:image/jpeg;base64,")
            emit_ex(b, prm)
            out.append(b)
            out.append(B("phoenix").t("  Pipelines: [:api, :kiosk_token]"))
            out.append(B("phoenix").t(pfx(ts + timedelta(milliseconds=rng.randint(20, 90)), "info") + "Sent %d in %dms" % (rng.choice([201, 201, 409, 422]), rng.randint(12, 90))))
        elif k == 1:
            out.append(B("phoenix").t(pfx(ts, "debug") + 'QUERY OK source="clients" db=%.1fms idle=%.1fms' % (rng.uniform(0.3, 9), rng.uniform(1, 900))))
            b = B("phoenix")
            b.t('SELECT c0."id", c0."mrn", c0."last_name", c0."first_name", c0."dob" FROM "clients" AS c0 WHERE (lower(c0."last_name") = $1 AND c0."dob" = $2) [')
            b.t('"').p(ascii_fold(c.last).lower(), "name").t('", ~D[').p(fd(c.dob, "iso"), "date").t("]]")
            out.append(b)
        elif k == 2:
            out.append(B("phoenix").t(pfx(ts, "debug") + "HANDLE EVENT \"mark_attendance\" in NorthstarWeb.RosterLive.Show"))
            b = B("phoenix").t("  Parameters: ")
            emit_ex(b, {"client_id": P(c.mrn, "mrn"), "status": rng.choice(["present", "late", "absent_excused"]),
                        "group_id": rng.choice(GROUPS)[0], "note": P(nm(c, "fl"), "name") if rng.random() < 0.4 else ""})
            out.append(b)
            out.append(B("phoenix").t(pfx(ts + timedelta(milliseconds=3), "debug") + "Replied in %dms" % rng.randint(1, 40)))
        elif k == 3:
            b = B("phoenix").t("%s.%s [info] " % (ts.strftime("%H:%M:%S"), ms(ts)))
            emit_json(b, {"args": {"client_id": P(c.mrn, "mrn"), "phone": P(ph(c.phone, "e164"), "phone"), "kind": "takehome_callback"},
                          "attempt": 1, "duration": rng.randint(2000, 300000), "event": "job:stop", "id": rng.randint(10000, 999999),
                          "max_attempts": 5, "meta": {}, "queue": "sms", "queue_time": rng.randint(100, 90000), "source": "oban",
                          "state": "success", "tags": ["callback"], "worker": "Northstar.Workers.TakehomeCallback"})
            out.append(b)
        else:
            b = B("phoenix").t(pfx(ts, "info") + "GET /api/v1/clients/").p(c.mrn, "mrn").t("/timeline")
            out.append(b)
            out.append(B("phoenix").t(pfx(ts + timedelta(milliseconds=1), "info") + "Processing with NorthstarWeb.ClientController.timeline/2"))
            b = B("phoenix").t("  Parameters: ")
            emit_ex(b, {"id": P(c.mrn, "mrn"), "since": "2024-06-01"})
            out.append(b)
            out.append(B("phoenix").t("  Pipelines: [:api, :staff_auth]"))
            out.append(B("phoenix").t(pfx(ts + timedelta(milliseconds=rng.randint(30, 300)), "info") + "Sent 200 in %dms" % rng.randint(30, 300)))
    else:
        k = rng.randrange(5)
        if k == 0:
            out.append(B("phoenix").t(pfx(ts, "info") + "GET /health"))
            out.append(B("phoenix").t(pfx(ts, "info") + "Sent 200 in %dµs" % rng.randint(150, 900)))
        elif k == 1:
            out.append(B("phoenix").t("%s.%s [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough."
                                      % (ts.strftime("%H:%M:%S"), ms(ts), rng.randint(1000, 3000))))
        elif k == 2:
            b = B("phoenix").t("%s.%s [info] " % (ts.strftime("%H:%M:%S"), ms(ts)))
            emit_json(b, {"event": "plugin:stop", "plugin": "Oban.Plugins.Pruner", "pruned_count": rng.randint(0, 400), "source": "oban",
                          "duration": rng.randint(500, 90000)})
            out.append(b)
        elif k == 3:
            st = rng.choice(STATIONS)
            out.append(B("phoenix").t(pfx(ts, "info") + "GET /api/v1/stations/%s/queue" % st))
            out.append(B("phoenix").t(pfx(ts, "info") + "Processing with NorthstarWeb.StationController.queue/2"))
            b = B("phoenix").t("  Parameters: ")
            emit_ex(b, {"station_id": st})
            out.append(b)
            out.append(B("phoenix").t("  Pipelines: [:api, :station_token]"))
            out.append(B("phoenix").t(pfx(ts, "info") + "Sent 200 in %dms" % rng.randint(2, 30)))
        else:
            out.append(B("phoenix").t("%s.%s [info] Running NorthstarWeb.Endpoint with Bandit 1.5.%d at :::4000 (http)" % (ts.strftime("%H:%M:%S"), ms(ts), rng.randint(0, 7))))
    return out


def g_redis(want):
    ts = tick(2, 40)
    sid = rng.randint(10000, 99999)
    dur = rng.randint(10000, 250000)
    src = "10.20.%d.%d:%d" % (rng.randint(1, 9), rng.randint(2, 250), rng.randint(30000, 65000))
    cname = rng.choice(["dosing-api", "takehome-svc", "phoenix", "notify-svc", ""])
    if want:
        c = client()
        k = rng.randrange(5)
        if k == 0:
            args = [("HGETALL", None), ("client:%s:profile", "mrn")]
        elif k == 1:
            args = [("SET", None), ("otp:%s", "phone"), (str(rng.randint(100000, 999999)), None), ("EX", None), ("300", None)]
        elif k == 2:
            args = [("ZADD", None), ("takehome:due:%s", "mrn"), (str(epoch(ts) + 86400 * rng.randint(1, 6)), None), ("TH-24-%06d" % rng.randint(91500, 91999), None)]
        elif k == 3:
            args = [("GET", None), ("pmp:cache:%s", "pmp")]
        else:
            args = [("HSET", None), ("checkin:%s" % fd(recent(0), "iso") + ":%s", "mrn"), ("kiosk", None), ("NS-PDX-KIOSK02", None)]
    else:
        k = rng.randrange(4)
        args = [[("KEYS", None), ("session:*", None)],
                [("ZRANGEBYSCORE", None), ("doses:%s" % fd(recent(0), "iso"), None), ("-inf", None), ("+inf", None)],
                [("LRANGE", None), ("hl7:inbound", None), ("0", None), ("-1", None)],
                [("EVALSHA", None), (hexs(40), None), ("1", None), ("rate:ip:%s" % src.split(":")[0], None)]][k]
    fmt = rng.choice(["cli", "json"]) if want or rng.random() < 0.6 else "server"
    b = B("redis_slowlog" if fmt != "server" else "redis_server")

    def argval(a, kind, q):
        if kind is None:
            b.t(q + jesc(a) + q)
        elif kind == "mrn":
            pre, post = a.split("%s")
            b.t(q + pre).p(c.mrn, "mrn").t(post + q)
        elif kind == "phone":
            b.t(q + "otp:").p(ph(c.phone, "e164"), "phone").t(q)
        elif kind == "pmp":
            b.t(q + "pmp:cache:").p(ascii_fold(c.last).upper(), "name").t("|").p(ascii_fold(c.first).upper(), "name").t("|")
            b.p(fd(c.dob, "hl7"), "date").t(q)

    if fmt == "cli":
        b.t('1) 1) (integer) %d 2) (integer) %d 3) (integer) %d 4) ' % (sid, epoch(ts), dur))
        for i, (a, kind) in enumerate(args, 1):
            b.t("%d) " % i)
            argval(a, kind, '"')
            b.t(" ")
        b.t('5) "%s" 6) "%s"' % (src, cname))
    elif fmt == "json":
        b.t('{"id":%d,"ts":%d,"duration_us":%d,"cmd":[' % (sid, epoch(ts), dur))
        for i, (a, kind) in enumerate(args):
            if i:
                b.t(",")
            argval(a, kind, '"')
        b.t('],"client_addr":"%s","client_name":"%s","instance":"redis-ns-prod-%d"}' % (src, cname, rng.randint(0, 2)))
    else:
        b.t("1:%s %s.%s %s" % (rng.choice(["M", "M", "S"]), ts.strftime("%d %b %Y %H:%M:%S"), ms(ts),
                               rng.choice(["* Background saving started by pid %d" % rng.randint(100, 9000), "* DB saved on disk",
                                           "* %d changes in 60 seconds. Saving..." % rng.randint(1000, 20000),
                                           "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.",
                                           "* Background saving terminated with success", "* Replica 10.20.3.14:6379 asks for synchronization"])))
    return [b]


def g_kiosk(want):
    ts = tick(2, 60)
    host = "NS-%s-KIOSK0%d" % (rng.choice(["PDX", "PDX", "VAN", "SLM"]), rng.randint(1, 3))
    nx = rng.random() < 0.55
    b = B("win_nxlog_json" if nx else "win_eventlog_txt")
    if want:
        c = client()
        k = rng.randrange(6)
        msg = B("x")
        src, eid, cat, lvl = "NorthstarKiosk", 1001, "CheckIn", "Information"
        if k == 4:
            eid, cat, lvl = 1031, "Intake", "Warning"
            msg.t("Intake form sync retry %d/5: fields{lastName=" % rng.randint(1, 5)).p(c.last, "name").t(", firstName=").p(c.first, "name")
            msg.t(", ssn=").p(ssn(c, rng.choice(["dash", "raw"])), "ssn").t(", medicaidId=").p(c.plan, "health_plan")
            msg.t("} error=HTTP 502 from ehr-gw.northstar.local")
        elif k == 5:
            eid, cat = 1040, "Parking"
            plate = "%03d%s" % (rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))) if c.state == "OR" \
                else "%s%04d" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rng.randint(0, 9999))
            msg.t("Dosing-lot permit printed for client ").p(c.mrn, "mrn").t(" plate=%s-" % c.state).p(plate, "vehicle")
            msg.t(" valid_until=").p(fd(recent(-rng.randint(7, 30)), "iso"), "date").t(" printer=ZD421-%d" % rng.randint(100, 999))
        elif k == 0:
            msg.t("Check-in completed: client ").p(c.mrn, "mrn").t(" (").p(nm(c, "LFI"), "name").t(") queue=DOSING ticket=D-%03d" % rng.randint(1, 250))
        elif k == 1:
            eid, cat = 1010, "IdScan"
            dl = c.dl
            msg.t("PDF417 parsed: DCS=").p(ascii_fold(c.last).upper(), "name").t(" DAC=").p(ascii_fold(c.first).upper(), "name")
            msg.t(" DBB=").p(c.dob.strftime("%m%d%Y"), "date").t(" DAQ=").p(dl, "license").t(" DAG=").p(ascii_fold(c.street).upper(), "address")
            msg.t(" DAI=").p(c.city.upper(), "address").t(" DAJ=%s DAK=" % c.state).p(c.zip + "0000", "zip")
        elif k == 2:
            eid, cat, lvl = 1022, "Payment", "Warning"
            msg.t("Tender declined for client ").p(c.mrn, "mrn").t(": PAN ").p(c.card, "account").t(" resp=05 DO NOT HONOR terminal=VX520-%d" % rng.randint(1000, 9999))
        else:
            eid, cat = 1004, "Appointment"
            msg.t("Appointment confirmed for ").p(nm(c, "fl"), "name").t(" on ").p(fd(recent(-rng.randint(1, 20)), "us_np"), "date")
            msg.t(" with %s; reminder to " % rng.choice(COUNSELORS)).p(ph(c.phone, "raw"), "phone")
    else:
        k = rng.randrange(6)
        msg = B("x")
        if k == 0:
            src, eid, cat, lvl = "Microsoft-Windows-Security-Auditing", 4624, "Logon", "Information"
            msg.t("An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: %s$ Logon Type: 2 New Logon: Account Name: KioskUser0" % host)
        elif k == 1:
            src, eid, cat, lvl = "Service Control Manager", 7036, "None", "Information"
            msg.t("The %s service entered the %s state." % (rng.choice(["Print Spooler", "Windows Update", "NorthstarKioskAgent", "Windows Defender Antivirus Service"]),
                                                           rng.choice(["running", "stopped"])))
        elif k == 2:
            src, eid, cat, lvl = "Application Error", 1000, "(100)", "Error"
            msg.t("Faulting application name: KioskShell.exe, version: 3.4.%d.0, time stamp: 0x%s Faulting module name: ucrtbase.dll, version: 10.0.19041.3636, exception code: 0xc0000409"
                  % (rng.randint(0, 9), hexs(8)))
        elif k == 3:
            src, eid, cat, lvl = "Microsoft-Windows-AssignedAccess", 31000, "None", "Information"
            msg.t("Assigned Access kiosk mode started for user %s\\KioskUser0 (AUMID NorthstarKiosk_8wekyb3d8bbwe!App)" % host)
        elif k == 4:
            src, eid, cat, lvl = "NorthstarKiosk", 1002, "CheckIn", "Warning"
            msg.t("Check-in aborted: badge not recognized (reader=HID-OMNIKEY-5427 retries=%d), client directed to front desk %s"
                  % (rng.randint(1, 3), rng.choice(CLINICS)[3]))
        else:
            src, eid, cat, lvl = "NorthstarKiosk", 1020, "Payment", "Information"
            if rng.random() < 0.35:
                msg.t("Terminal self-test (TEST MODE): PAN 4111111111111111 exp 12/29 approved, batch closed terminal=VX520-%d" % rng.randint(1000, 9999))
            else:
                msg.t("Tender approved card=************%04d amount=$%d.00 auth=%s terminal=VX520-%d"
                      % (rng.randint(0, 9999), rng.choice([12, 15, 17]), hexs(6).upper(), rng.randint(1000, 9999)))
    if nx:
        b.t('{"EventTime":"%s","Hostname":"%s","Keywords":-9214364837600034816,"EventType":"%s","SeverityValue":%d,"Severity":"%s","EventID":%d,"SourceName":"%s","Channel":"%s","Category":"%s","Message":"'
            % (ts.strftime("%Y-%m-%d %H:%M:%S"), host, {"Information": "INFO", "Warning": "WARNING", "Error": "ERROR"}[lvl],
               {"Information": 2, "Warning": 3, "Error": 4}[lvl], {"Information": "INFO", "Warning": "WARNING", "Error": "ERROR"}[lvl],
               eid, src, "Security" if eid == 4624 else "Application", cat))
    else:
        b.t("%s\t%d/%d/%d %d:%s %s\t%s\t%d\t%s\t" % (lvl, ts.month, ts.day, ts.year, (ts.hour % 12) or 12, ts.strftime("%M:%S"),
                                                    "AM" if ts.hour < 12 else "PM", src, eid, cat))
    base = b.n
    txt = msg.text()
    if nx:
        txt = jesc(txt)
    b.t(txt)
    for s, e, cat_, v in msg.spans:
        b.spans.append((base + s, base + e, cat_, v))
    if nx:
        b.t('","Opcode":"Info","ProcessID":%d,"EventReceivedTime":"%s","SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}'
            % (rng.randint(400, 9000), (ts + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")))
    return [b]


def jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    return base64.b64encode(head + bytes(rng.getrandbits(8) for _ in range(n))).decode()


def g_rn(want):
    ts = tick(1, 30)
    android = rng.random() < 0.6
    b = B("rn_logcat" if android else "rn_ios")
    pid = rng.randint(4000, 31000)
    if android:
        lvl = "I"
        pre = "%s %5d %5d %s ReactNativeJS: " % (ts.strftime("%m-%d %H:%M:%S.") + ms(ts), pid, pid + rng.randint(20, 90), "%s")
    else:
        pre = "%s.%06d-0700 NorthstarCheckin[%d:%d] [javascript] " % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond, pid % 2000, rng.randint(10000, 99999))
    if want:
        c = client()
        k = rng.choice([0, 1, 2, 3, 3, 4, 5, 6])
        b.t(pre % "I" if android else pre)
        if k == 6:
            b.t("'[Net] session start', ")
            emit_js(b, {"publicIp": P(c.ip, "ip"), "carrier": rng.choice(["T-Mobile", "Verizon", "Comcast"]),
                        "clientId": P(c.mrn, "mrn"), "appVersion": "3.8.1"})
        elif k == 0:
            b.t("'[Auth] login ok', ")
            emit_js(b, {"username": P(c.username, "other_id"), "clientId": P(c.mrn, "mrn"), "mfa": rng.choice(["sms", "none"])})
        elif k == 1:
            b.t("'[Geo] region ENTER', ")
            emit_js(b, {"region": rng.choice(CLINICS)[0], "lat": P(c.lat, "address"), "lng": P(c.lng, "address"), "accuracy": rng.randint(5, 60)})
        elif k == 2:
            b.t("'[Push] registered', ")
            emit_js(b, {"deviceId": P(c.device, "device"), "platform": "android" if android else "ios",
                        "token": b62(22) + ":APA91b" + b62(40), "clientId": P(c.mrn, "mrn")})
        elif k == 3:
            b.t("'[Upload] selfie verification', ")
            emit_js(b, {"clientId": P(c.mrn, "mrn"), "mime": "image/jpeg", "bytes": rng.randint(40000, 90000),
                        "b64": P(jpeg_b64(rng.randint(60, 120)), "photo")})
        elif k == 4:
            b.t("'[Api] POST /v1/checkins failed', ")
            emit_js(b, {"status": 409, "body": {"error": "already_checked_in", "clientId": P(c.mrn, "mrn"),
                                                "dob": P(fd(c.dob, "iso"), "date")}})
        else:
            b.t("'[Profile] saved', ")
            emit_js(b, {"phone": P(ph(c.phone, "paren"), "phone"), "email": P(c.email, "email"),
                        "imei": P(c.imei, "device"), "age": P(age_of(c), "age") if age_of(c) > 89 else age_of(c),
                        "emergencyContact": P(c.rel[0] + " " + c.rel[1], "name")})
    else:
        k = rng.randrange(7)
        if k == 0:
            b.t((pre % "I" if android else pre) + 'Running "NorthstarCheckin" with {"rootTag":%d,"initialProps":{}}' % rng.choice([1, 11, 21]))
        elif k == 1:
            b.t((pre % "I" if android else pre) + "'[NetInfo] state', { type: '%s', isConnected: %s, isInternetReachable: %s }"
                % (rng.choice(["wifi", "cellular"]), rng.choice(["true", "false"]), rng.choice(["true", "null"])))
        elif k == 2:
            b.t((pre % "I" if android else pre) + "'[CodePush] update available', { label: 'v%d', packageSize: %d, isMandatory: false }"
                % (rng.randint(60, 99), rng.randint(300000, 3000000)))
        elif k == 3:
            b.t((pre % "W" if android else pre) + "Require cycle: src/store/index.ts -> src/store/checkinSlice.ts -> src/store/index.ts")
        elif k == 4:
            b.t((pre % "E" if android else pre) + "TypeError: Network request failed, js engine: hermes")
        elif k == 5:
            b.t((pre % "I" if android else pre) + "'[Sentry] breadcrumb', { category: 'navigation', data: { from: 'Home', to: 'CheckInQR' }, level: 'info' }")
        else:
            b.t((pre % "W" if android else pre) + "Possible Unhandled Promise Rejection (id: %d): Error: Request timed out after 15000ms (GET https://api.northstar-bhn.org/v1/config)" % rng.randint(0, 9))
    return [b]


def g_nginx(want):
    ts = tick(1, 20)
    b = B("nginx_access")
    tl = ts.strftime("%d/%b/%Y:%H:%M:%S -0700")
    ua_app = rng.choice(["NorthstarCheckin/3.8.1 (Android 14; SM-A546U)", "NorthstarCheckin/3.8.1 (iPhone; iOS 17.6.1)",
                         "okhttp/4.12.0", "NorthstarCheckin/3.7.9 CFNetwork/1496.0.7 Darwin/23.6.0"])
    rt = rng.uniform(0.002, 0.9)
    if want:
        c = client()
        k = rng.randrange(3)
        b.p(c.ip, "ip").t(' - - [%s] "' % tl)
        if k == 0:
            b.t("POST /v1/checkins HTTP/2.0\" %d %d" % (rng.choice([201, 201, 409]), rng.randint(80, 400)))
        elif k == 1:
            b.t("GET /v1/clients/").p(c.mrn, "mrn").t("/takehomes?status=due HTTP/2.0\" 200 %d" % rng.randint(300, 3000))
        else:
            b.t("GET /v1/me/appointments HTTP/2.0\" 200 %d" % rng.randint(200, 2000))
        b.t(' "-" "%s" rt=%.3f uct=0.00%d req_id=%s' % (ua_app, rt, rng.randint(0, 9), hexs(32)))
    else:
        k = rng.randrange(4)
        if k == 0:
            b.t('10.20.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.00%d uct=0.000 req_id=%s'
                % (rng.randint(2, 30), tl, rng.randint(0, 9), hexs(32)))
        elif k == 1:
            b.t('%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.000 uct=- req_id=%s'
                % (rng.choice(["45.155.205.%d", "185.220.101.%d", "198.51.100.%d"]) % rng.randint(1, 254), tl, hexs(32)))
        elif k == 2:
            b.t('10.20.4.%d - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.53.1" rt=%.3f uct=0.001 req_id=%s'
                % (rng.randint(2, 250), tl, rng.randint(8000, 40000), rt, hexs(32)))
        else:
            b.t('203.0.113.%d - - [%s] "GET /v1/config?platform=android&build=3810 HTTP/2.0" 200 %d "-" "%s" rt=%.3f uct=0.001 req_id=%s'
                % (rng.randint(1, 254), tl, rng.randint(300, 900), ua_app, rt, hexs(32)))
    return [b]


def g_clinicinfo(want):
    """Business/staff noise that looks like PHI (directory sync, on-call rota)."""
    ts = tick(10, 200)
    b = B("directory_sync")
    cl = rng.choice(CLINICS)
    k = rng.randrange(3)
    if k == 0:
        b.t("%s INFO  dirsync: clinic=%s name=\"Northstar Recovery Network - %s\" addr=\"%s\" phone=\"%s\" fax=\"%s\" npi=%s"
            % (iso_tz(ts), cl[0], cl[1], cl[2], cl[3], cl[4], npi()))
    elif k == 1:
        pr = rng.choice(PRESCRIBERS)
        b.t("%s INFO  oncall: %s prescriber=\"%s %s, %s\" dea=%s pager=%s email=%s.%s@northstar-bhn.org"
            % (iso_tz(ts), cl[0], pr[0], pr[1], pr[2], pr[3], ph(mk_phone(), "dash"), pr[0][0].lower(), pr[1].lower()))
    else:
        b.t("%s WARN  dirsync: staff \"%s\" missing extension, defaulting to front desk %s"
            % (iso_tz(ts), rng.choice(COUNSELORS + NURSES), cl[3]))
    return [b]


GENS = [(g_pump, 10), (g_station, 12), (g_takehome, 7), (g_hl7, 3), (g_udscsv, 6), (g_pmp, 9), (g_roster, 4),
        (g_consent, 9), (g_chat, 4), (g_court, 2), (g_zerolog, 16), (g_phoenix, 5), (g_redis, 9), (g_kiosk, 11),
        (g_rn, 11), (g_nginx, 10), (g_clinicinfo, 3)]
NOISE_ONLY = {g_clinicinfo}


def build():
    lines = []
    gens = [g for g, w in GENS for _ in range(w)]
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        noise = sum(1 for x in lines if not x.spans)
        want = (noise / len(lines)) >= 0.552 if lines else False
        g = rng.choice(gens)
        if g in NOISE_ONLY and want:
            continue
        blk = g(want)
        if len(blk) > rem:
            continue
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, b in enumerate(lines, 1):
        txt = b.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        raw = txt.encode("utf-8")
        spans = []
        last_e = -1
        for s, e, cat, v in sorted(b.spans):
            assert raw[s:e].decode("utf-8") == v, (i, s, e, v, raw[s:e])
            assert s >= last_e, ("overlap", i, txt)
            assert cat in CATS, cat
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
