#!/usr/bin/env python3
"""Generate km.log / km.labels.jsonl: a synthetic, labeled log corpus for a
plastic & reconstructive surgery practice with an aesthetic clinic
("Lakeshore Plastic Surgery & Aesthetics", Chicago; all people, numbers and
identifiers are invented).

Systems represented: WordPress site (nginx access log, PHP error_log / WP
debug.log, WP Mail SMTP, Gravity Forms / Contact Form 7 posts), a lead router
that receives Instagram DMs and WhatsApp Cloud API webhooks and pushes CRM
webhooks, a before/after photo pipeline (exiftool dumps, upload logs, face
indexing), patient financing (CareCredit-like "CuraCredit" XML/JSON API),
surgical scheduling (HL7 v2 SIU^S12) and anesthesia clearance (Monolog JSON,
free-text pre-anesthesia notes), a breast implant registry (CSV export, JSON
API, recall checks), post-op check-in texts (Twilio), insurance
pre-authorization for reconstruction (X12 278 request/response, payer portal
JSON), reviews and complaints (Google Business Profile, Yelp, help desk), and
QuickBooks-like payment exports (IIF and CSV), plus the infrastructure noise of
the same hosts.

Standard library only; deterministic (fixed seed, fixed start clock).

Labeling decisions:
- Only identifiers of patients, prospective patients (leads who write in),
  their relatives, escorts, guarantors/co-applicants and subscribers are
  labeled. Surgeons, anesthesiologists, CRNAs, nurses, coordinators (their
  names, NPIs, usernames, staff licence numbers, office phones/emails), the
  practice, the ASC, payers, lenders, manufacturers and other vendors are never
  labeled.
- A contiguous full name is one "name" span (incl. "Last, First", middle
  initials, upper/lower case, initial + surname, "First L."); titles (Mrs.,
  Dr.) are outside the span; names split across fields (HL7 components, X12
  elements, form fields) get one span per part. A first name alone, signed
  by or addressed to the patient, is labeled.
- Address: street line and city (and GPS geocodes) are "address" spans, each
  part separately; state is not labeled; ZIP is "zip". Business addresses are
  not labeled.
- Dates labeled: DOB, surgery/procedure/appointment/consult dates, service
  dates, clearance/lab dates, discharge dates, dates in a patient's record
  fields (payment date in an accounting row naming a patient, financing
  application date), dates patients write in messages/reviews. For
  date-times only the date part is labeled (HL7 TS: first 8 digits).
  Not labeled: log/event timestamps, webhook epoch timestamps, created_at/
  updated_at, EXIF and file-system times, implant expiry dates, OR block dates
  not tied to a patient, bare years.
  A DOB carried as a CRM epoch-milliseconds value (HubSpot date property)
  is labeled "date" too.
- Ages are labeled only when over 89 ("92 y/o", "age 91"); younger ages not.
- Phones: patient/relative phones in any form, incl. WhatsApp wa_id and
  URL-encoded "%2B1..." values (span covers the encoded bytes). The practice's
  own numbers (display_phone_number, To= of inbound SMS) are not labeled.
  A patient-supplied fax number is "fax"; clinics' and payers' faxes are not.
- URL-encoded or SQL/JSON-escaped values are labeled over their escaped bytes.
- mrn: the practice chart number (004821, PT004821, MRN 00391175, HL7 PID-3
  "MR"), also when embedded in a photo file name or storage path.
- health_plan: payer member/subscriber IDs, Medicare MBI, Medicaid RIN.
  Group numbers and payer IDs are not labeled.
- account: financing account numbers, full card numbers (PAN), bank account
  numbers, practice patient-account numbers (HL7 PID-18, QuickBooks customer
  account suffix). Masked values (last 4 of card or SSN, ****) and bank
  routing numbers are not labeled. Invoice, order, payment and transaction
  numbers are not labeled.
- license: a patient's driver's licence / state ID number.
- vehicle: plate or VIN of the patient's or escort's vehicle; a rideshare
  driver's plate is not labeled.
- device: implant / tissue-expander serial numbers and full UDIs carrying a
  serial (AI 21), labeled even without a name on the line. Catalog/REF
  numbers, lot numbers and UDI-DI (model) alone are not labeled. Clinic
  cameras' serial numbers are not labeled.
- ip: public IP of a patient/visitor on booking, thank-you and portal
  requests. Crawler, uptime-monitor, CDN, attacker/scanner and private IPs
  are not labeled.
- url: patient social profile URLs, personal link pages, profile-picture URLs.
- biometric: face-embedding vectors / face templates computed from patient
  photos. photo: the base64 payload of a data URI holding a patient face
  image (the "data:image/jpeg;base64," prefix is outside the span).
- A patient's surname embedded in a photo file name (garcia_m_pre_...) is a
  "name" span; a chart number embedded in a file name/path is "mrn".
- other_id: Instagram-scoped sender IDs (IGSID), social handles/usernames,
  portal usernames, CRM contact/lead IDs, financing application IDs,
  surgical case / appointment IDs, encounter/visit numbers, complaint or
  help-desk case numbers about a patient, payer authorization numbers.
  A login username that is an e-mail address is labeled "email".
  Message IDs (mid, wamid, MessageSid), review resource IDs, trace/span/
  request IDs, job IDs, control numbers (ISA/GS/ST/BHT/TRN) are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone

ID = "km"
SEED = 2105210
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

CDT = timezone(timedelta(hours=-5))
NOW = datetime(2024, 3, 11, 5, 58, 13, 412000, tzinfo=CDT)
TODAY = date(2024, 3, 11)


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class T:
    """tagged value"""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """free text made of str and T parts (used inside JSON strings etc.)"""
    def __init__(self, *parts):
        self.parts = parts


class Raw:
    def __init__(self, s):
        self.s = s


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, x):
        if x:
            self.segs.append((x, None))
        return self

    def p(self, x, cat):
        assert x and x == x.strip(), repr(x)
        self.segs.append((x, cat))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)

    def m(self, parts, fn=None):
        if isinstance(parts, M):
            parts = parts.parts
        for part in parts:
            if isinstance(part, T):
                self.p(fn(part.v) if fn else part.v, part.cat)
            else:
                self.t(fn(part) if fn else part)
        return self

    def embed(self, other, fn=None):
        for x, c in other.segs:
            x2 = fn(x) if fn else x
            if c:
                self.p(x2, c)
            else:
                self.t(x2)
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for x, c in self.segs:
            b = x.encode("utf-8")
            if c:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c, "_v": b})
            buf += b
        return bytes(buf), spans


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(L, o, sp=False):
    """write JSON with tagged values"""
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(", " if sp else ",")
            first = False
            L.t(json.dumps(k) + (": " if sp else ":"))
            jw(L, v, sp)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", " if sp else ",")
            jw(L, v, sp)
        L.t("]")
    elif isinstance(o, T):
        if isinstance(o.v, str):
            L.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, M):
        L.t('"')
        L.m(o, jesc)
        L.t('"')
    elif isinstance(o, Raw):
        L.t(o.s)
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


def jline(fam, prefix, obj, sp=False, suffix=""):
    L = Line(fam)
    L.t(prefix)
    jw(L, obj, sp)
    L.t(suffix)
    return L


def escaped_json_line(fam, prefix, obj, suffix=""):
    """JSON serialized and then embedded as a JSON string value (double encoded)"""
    inner = jw(Line(fam), obj)
    L = Line(fam)
    L.t(prefix)
    L.embed(inner, jesc)
    L.t(suffix)
    return L


# --------------------------------------------------------------------------
# clock and formatting
# --------------------------------------------------------------------------
def tick(lo=2, hi=140):
    global NOW
    NOW += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return NOW


def nudge(d, lo=0, hi=3):
    return d + timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))


def ts_nginx(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_php(d, utc=True):
    if utc:
        return d.astimezone(timezone.utc).strftime("%d-%b-%Y %H:%M:%S UTC")
    return d.strftime("%d-%b-%Y %H:%M:%S America/Chicago")


def ts_z(d):
    u = d.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_mono(d):
    return d.isoformat(timespec="microseconds")


def ts_py(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def ts_sys(d):
    return d.strftime("%b %d %H:%M:%S")


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def epoch(d):
    return int(d.timestamp())


def epoch_ms(d):
    return int(d.timestamp() * 1000)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def dfmt(d, f):
    if f == "iso":
        return d.strftime("%Y-%m-%d")
    if f == "us":
        return d.strftime("%m/%d/%Y")
    if f == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if f == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if f == "hl7":
        return d.strftime("%Y%m%d")
    if f == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if f == "abbr":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if f == "eu":
        return d.strftime("%d.%m.%Y")
    if f == "dmy":
        return d.strftime("%d/%m/%Y")
    if f == "mon_d":
        return "%s %d" % (MON[d.month - 1], d.day)
    if f == "month_d":
        return "%s %d" % (MONTH[d.month - 1], d.day)
    if f == "md":
        return "%d/%d" % (d.month, d.day)
    if f == "dash_us":
        return d.strftime("%m-%d-%Y")
    if f == "dd_mon_yyyy":
        return d.strftime("%d-") + MON[d.month - 1].upper() + d.strftime("-%Y")
    raise ValueError(f)


def ph(d10, f):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "paren_ns": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "e164": "+1" + d10,
        "wa": "1" + d10,
        "raw": d10,
        "intl": "+1 %s %s %s" % (a, b, c),
        "space": "%s %s %s" % (a, b, c),
        "one_dash": "1-%s-%s-%s" % (a, b, c),
    }[f]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64rand(n, urlsafe=False):
    raw = bytes(R.randint(0, 255) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def luhn(prefix, length):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(R.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    ds.append((10 - s % 10) % 10)
    return "".join(map(str, ds))


def gtin14(body13):
    s = 0
    for i, ch in enumerate(reversed(body13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - s % 10) % 10)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def q(s):
    return urllib.parse.quote(s, safe="")


def qp(s):
    return urllib.parse.quote_plus(s, safe="")


def money(lo, hi, step=25):
    return "%.2f" % (R.randint(lo // step, hi // step) * step)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Aaliyah", "Priya", "Mei-Ling", "Oluwaseun", "Siobhan", "Fatima", "Ngozi",
           "Camila", "Yuki", "Hannah", "Jessica", "Ashley", "Brittany", "Leilani", "Anh", "Thanh",
           "Rosa", "Guadalupe", "Zainab", "Ingrid", "Astrid", "Chloé", "Renée", "Zoë", "Kateryna",
           "Olga", "Esperanza", "Marisol", "Lakshmi", "Anjali", "Soo-ah", "Ji-woo", "Noura", "Layla",
           "Mariam", "Gabriela", "Valentina", "Beatriz", "Joana", "Aoife", "Niamh", "Tamar", "Shira",
           "Svetlana", "Thandiwe", "Ebony", "Keisha", "Courtney", "Madison", "Kaitlyn", "Heather",
           "Destiny", "Nadia", "Ayesha", "Dalia", "Ximena", "Mirela", "Agnieszka", "Precious"]
FIRST_M = ["Dmitri", "DeShawn", "Marcus", "Kwame", "Jamal", "Hyun-woo", "Tomás", "Giovanni",
           "Arjun", "Mohammed", "Liam", "Kenji", "Babajide", "Mateus", "Bogdan", "Cyrus"]
FIRST_OLD = ["Dolores", "Mildred", "Evelyn", "Gertrude", "Harold", "Bernice", "Wilhelmina", "Irving"]
LAST = ["García", "Okafor", "Nguyen", "Patel", "O'Brien", "van der Merwe", "de la Cruz", "Al-Masri",
        "Kowalczyk", "Fitzgerald-Hayes", "Tanaka", "Kim", "Haddad", "Rahman", "Mendoza-Ruiz",
        "Dubois", "St. John", "MacLeod", "Abernathy", "Washington", "Adeyemi", "Ivanova",
        "Lindqvist", "Schmidt", "Esposito", "Cohen", "Friedman", "Hernández", "Ramírez", "Castillo",
        "Chowdhury", "Banerjee", "Iyer", "Reddy", "Wong", "Zhang", "Takahashi", "Bui", "Tran",
        "Pham", "da Silva", "dos Santos", "Ferreira", "Nowak", "Horvat", "Yilmaz", "Papadopoulos",
        "Osei", "Mensah", "Boateng", "Thompson", "Robinson", "Harris-Whitfield", "McAllister",
        "D'Angelo", "DeLuca", "Le Blanc", "Alvarez", "Jablonski", "Okonjo", "Sandoval", "Petrosyan",
        "Ó Faoláin", "Björklund", "Nakashima-Reyes", "Mbatha"]

CITIES = [("Chicago", "IL", ["60614", "60657", "60640", "60618", "60647", "60622", "60610", "60625", "60660", "60649"]),
          ("Evanston", "IL", ["60201", "60202"]), ("Oak Park", "IL", ["60302", "60304"]),
          ("Naperville", "IL", ["60540", "60563"]), ("Skokie", "IL", ["60076", "60077"]),
          ("Schaumburg", "IL", ["60193", "60194"]), ("Highland Park", "IL", ["60035"]),
          ("Hinsdale", "IL", ["60521"]), ("Wilmette", "IL", ["60091"]), ("Berwyn", "IL", ["60402"]),
          ("Cicero", "IL", ["60804"]), ("Aurora", "IL", ["60505", "60506"]), ("Joliet", "IL", ["60435"]),
          ("Gary", "IN", ["46403", "46408"]), ("Munster", "IN", ["46321"]),
          ("Milwaukee", "WI", ["53202", "53211"]), ("Kenosha", "WI", ["53140"])]
STREETS = ["N Sheridan Rd", "W Diversey Pkwy", "S Michigan Ave", "Maple Ave", "Ridge Blvd", "W 63rd St",
           "N Clark St", "W Belmont Ave", "Chicago Ave", "Lake St", "N Milwaukee Ave", "W Irving Park Rd",
           "Greenleaf St", "Oak Park Ave", "S Halsted St", "N Lincoln Ave", "Washington Blvd",
           "Church St", "W Foster Ave", "E 53rd St", "N Kedzie Ave", "Forest Ave", "Prairie Ave",
           "N Broadway", "Ogden Ave", "W Fullerton Ave", "Green Bay Rd"]
AREA = ["312", "773", "872", "630", "847", "708", "224", "331", "219", "414", "262", "815"]
MAILDOM = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com",
           "comcast.net", "aol.com", "proton.me", "sbcglobal.net", "me.com"]
PAYERS = [("BCBSIL", "Blue Cross Blue Shield of Illinois", "00621"), ("AETNA", "Aetna", "60054"),
          ("UHC", "UnitedHealthcare", "87726"), ("CIGNA", "Cigna", "62308"), ("HUMANA", "Humana", "61101"),
          ("MEDICARE", "Medicare Part B (WPS)", "06102"), ("IL-MEDICAID", "Illinois HFS Medicaid", "IL621")]


def rphone():
    while True:
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555:
            continue
        return R.choice(AREA) + str(ex) + digits(4)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("123456789", "078051120", "219099999"):
            continue
        return v


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def member_id(payer):
    if payer == "BCBSIL":
        return R.choice(["XOD", "XGH", "XOF", "YUB"]) + digits(9)
    if payer == "AETNA":
        return "W" + digits(9)
    if payer == "UHC":
        return digits(9)
    if payer == "CIGNA":
        return "U" + digits(8) + "01"
    if payer == "HUMANA":
        return "H" + digits(8)
    if payer == "MEDICARE":
        return mbi()
    return digits(9)


def dl(state):
    if state == "IL":
        x = R.choice("ABCDEFGHKLMNPRSTW") + digits(11)
        return R.choice([x, "%s-%s-%s" % (x[:4], x[4:8], x[8:])])
    if state == "WI":
        x = R.choice("ABCDEFGHKLMNPRSTW") + digits(13)
        return "%s-%s-%s-%s" % (x[:4], x[4:8], x[8:12], x[12:])
    x = digits(10)
    return "%s-%s-%s" % (x[:4], x[4:6], x[6:])


class Person:
    pass


def mkperson(old=False, male=None):
    p = Person()
    if male is None:
        male = R.random() < 0.14
    if old:
        p.first = R.choice(FIRST_OLD)
        p.dob = date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.first = R.choice(FIRST_M if male else FIRST_F)
        p.dob = date(R.randint(1958, 2004), R.randint(1, 12), R.randint(1, 28))
    p.male = male
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGJKLMRST") if R.random() < 0.5 else ""
    p.phone = rphone()
    p.cell2 = rphone()
    f = ascii_fold(p.first).lower().replace("-", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    style = R.randint(0, 6)
    local = [f + "." + l, f + l + str(p.dob.year % 100), f[0] + l, f + "_" + l + str(R.randint(1, 99)),
             l + f[0] + str(R.randint(10, 999)), f + "." + l[:1] + str(p.dob.year), f + l][style]
    p.email = local + "@" + R.choice(MAILDOM)
    city, st, zips = R.choice(CITIES)
    p.city, p.state, p.zip = city, st, R.choice(zips)
    p.street = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
    p.apt = R.choice(["", "", "Apt 3", "Unit 2B", "#1406", "Apt 511", "Fl 2"])
    p.mrn = "%06d" % R.randint(1800, 9999 if not old else 4999)
    p.acct = "1%05d" % R.randint(0, 99999)
    p.payer = R.choice(PAYERS[:5]) if not old else PAYERS[5]
    p.member = member_id(p.payer[0])
    p.ssn = ssn()
    p.dl = dl(st)
    p.crm = str(R.randint(1200000, 98999999))
    p.igsid = str(R.choice([6, 7, 17])) + digits(15)
    hand = R.choice([f + "." + l, f + "_" + l[:4], l + "." + f + str(R.randint(1, 99)), f + l[:1] + "_fit",
                     "its." + f + "." + l[:3], f + "_glam" + str(R.randint(1, 9))])
    p.ig = hand[:30]
    p.ip = R.choice(["73.%d.%d.%d", "98.%d.%d.%d", "24.%d.%d.%d", "67.%d.%d.%d", "108.%d.%d.%d",
                     "174.%d.%d.%d", "99.%d.%d.%d", "76.%d.%d.%d"]) % (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
    if R.random() < 0.15:
        p.ip = "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))
    p.surg = TODAY + timedelta(days=R.randint(6, 60))          # upcoming surgery
    p.past_surg = TODAY - timedelta(days=R.randint(2, 120))    # completed surgery
    p.consult = TODAY + timedelta(days=R.randint(1, 30))
    p.appt_id = "A-2024-%06d" % R.randint(10000, 99999)
    p.case = "SC-%d" % R.randint(110000, 129999)
    p.fin_app = "CC-24%02d-%06d" % (R.randint(1, 3), R.randint(100000, 999999))
    p.fin_acct = luhn("6019" + R.choice(["17", "18", "19"]), 16)
    return p


PEOPLE = [mkperson() for _ in range(74)] + [mkperson(old=True) for _ in range(5)]
OLD = PEOPLE[-5:]
_last_pick = []


def pick():
    # recently seen patients reappear across systems
    if _last_pick and R.random() < 0.3:
        return R.choice(_last_pick[-6:])
    p = R.choice(PEOPLE[:-5])
    _last_pick.append(p)
    return p


MALE_REL = {"husband", "son", "brother", "nephew"}
FEMALE_REL = {"wife", "daughter", "mother", "sister", "niece"}


def relative(p, rels=None):
    r = Person()
    if rels is None:
        rels = ["wife", "partner", "mother", "sister", "brother", "son"] if p.male else \
            ["husband", "husband", "partner", "daughter", "son", "mother", "sister", "friend"]
    r.rel = R.choice(rels)
    if r.rel in MALE_REL:
        r.first = R.choice(FIRST_M)
    elif r.rel in FEMALE_REL:
        r.first = R.choice(FIRST_F)
    else:
        r.first = R.choice(FIRST_M + FIRST_F)
    r.last = p.last if (r.rel not in ("friend", "partner") and R.random() < 0.7) else R.choice(LAST)
    r.phone = rphone()
    return r


def hcpoa(p):
    if getattr(p, "_hcpoa", None) is None:
        p._hcpoa = relative(p, ["daughter", "son", "daughter", "niece", "nephew"])
    return p._hcpoa


def spouse(p):
    return relative(p, ["wife"] if p.male else ["husband"])


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def full(p, style=None):
    if style is None:
        style = R.choice(["fl", "fl", "fl", "lf", "fml", "upper_lf", "lower", "init", "upper"])
    f, l = p.first, p.last
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "fml":
        return "%s %s. %s" % (f, p.mi, l) if p.mi else "%s %s" % (f, l)
    if style == "upper_lf":
        return ("%s, %s" % (l, f)).upper()
    if style == "upper":
        return ("%s %s" % (f, l)).upper()
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "init":
        return "%s. %s" % (f[0], l)
    if style == "fL":
        return "%s %s." % (f, l[0] if l[0].isupper() else l.split()[-1][0].upper())
    raise ValueError(style)


# --------------------------------------------------------------------------
# staff / business (never labeled)
# --------------------------------------------------------------------------
SURGEONS = [("Adaeze", "Whitcombe", "1932165478", "awhitcombe"), ("Rafael", "Ostrander", "1457392011", "rostrander"),
            ("Helena", "Voss", "1689204473", "hvoss")]
ANES = [("Samuel", "Idowu", "1568443210", "sidowu"), ("Megan", "Kirby", "1750318842", "mkirby")]
COORD = [("Kelsey", "Park", "kpark", "204"), ("Tasha", "Brennan", "tbrennan", "211"), ("Luis", "Ortega", "lortega", "207"),
         ("Bridget", "Halloran", "bhalloran", "230")]
PRACTICE = "Lakeshore Plastic Surgery & Aesthetics"
DOMAIN = "lakeshoreplastics.com"
MAIN_PHONE = "3129442100"
MAIN_FAX = "3129442109"
HOSTS = ["web01", "web02", "app01", "worker01", "photo01"]
PROCS = [("breast-augmentation", "Breast Augmentation", "19325"), ("rhinoplasty", "Rhinoplasty", "30400"),
         ("tummy-tuck", "Abdominoplasty", "15830"), ("lipo-360", "Liposuction 360", "15877"),
         ("bbl", "Brazilian Butt Lift", "15877"), ("mommy-makeover", "Mommy Makeover", "15830"),
         ("blepharoplasty", "Upper Blepharoplasty", "15822"), ("facelift", "Facelift", "15828"),
         ("breast-reduction", "Breast Reduction", "19318"), ("breast-reconstruction", "Breast Reconstruction (DIEP)", "19364"),
         ("explant", "Implant Removal w/ Capsulectomy", "19371"), ("gynecomastia", "Gynecomastia Excision", "19300"),
         ("botox", "Botox Cosmetic", "64612"), ("fillers", "Dermal Fillers", "11950"), ("morpheus8", "Morpheus8 RF Microneedling", "0")]


def surgeon():
    return R.choice(SURGEONS)


def ua():
    return R.choice([
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 319.0.2.30.110 (iPhone14,5; iOS 17_2; en_US; en; scale=3.00; 1170x2532; 563459868)",
        "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
    ])


# --------------------------------------------------------------------------
# PHI generators
# --------------------------------------------------------------------------
def g_nginx_patient():
    p = pick()
    d = tick()
    L = Line("nginx_access")
    L.p(p.ip, "ip").t(" - - [%s] \"" % ts_nginx(d))
    v = R.random()
    proc = R.choice(PROCS)
    if v < 0.4:
        path = R.choice(["/wp-admin/admin-ajax.php", "/wp-json/gf/v2/forms/3/submissions",
                         "/wp-json/contact-form-7/v1/contact-forms/118/feedback", "/book-consultation/"])
        L.t('POST %s HTTP/2.0" %s %d "https://www.%s/%s/" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (
            path, R.choice(["200", "200", "200", "302", "400"]), R.randint(180, 2400), DOMAIN,
            R.choice(["book-consultation", "virtual-consult", proc[0], "financing"]), ua(),
            R.uniform(0.08, 1.9), R.uniform(0.07, 1.8)))
    elif v < 0.75:
        L.t("GET /thank-you/?fname=").p(q(p.first), "name").t("&lname=").p(q(p.last), "name")
        L.t("&email=").p(q(p.email), "email")
        if R.random() < 0.5:
            L.t("&phone=").p(q(ph(p.phone, R.choice(["paren", "dash", "raw"]))), "phone")
        L.t('&procedure=%s&utm_source=%s&utm_medium=%s&fbclid=%s HTTP/2.0" 200 %d "https://www.%s/book-consultation/" "%s"' % (
            proc[0], R.choice(["instagram", "google", "facebook"]), R.choice(["paid_social", "cpc", "organic"]),
            "IwAR" + b64rand(30, True).rstrip("=").replace("-", "x"), R.randint(9000, 42000), DOMAIN, ua()))
    else:
        L.t("GET /patient-portal/%s?pid=" % R.choice(["photos/", "documents/", "forms/pre-op", "invoices/"]))
        L.p(p.mrn, "mrn").t('&tab=%s HTTP/1.1" %s %d "-" "%s"' % (
            R.choice(["before-after", "consents", "instructions"]), R.choice(["200", "304", "403"]),
            R.randint(400, 60000), ua()))
    return [L]


def g_php_dberror():
    p = pick()
    d = tick()
    L = Line("php_error_log")
    L.t("[%s] WordPress database error Duplicate entry '" % ts_php(d, R.random() < 0.6))
    em = p.email
    L.p(em, "email").t("-3' for key 'wp_lps_leads.uniq_email_form' for query INSERT INTO `wp_lps_leads` "
                         "(`first_name`, `last_name`, `email`, `phone`, `dob`, `procedure`, `source`) VALUES ('")
    L.p(p.first.replace("'", "\\'"), "name").t("', '").p(p.last.replace("'", "\\'"), "name").t("', '")
    L.p(em, "email").t("', '").p(ph(p.phone, R.choice(["paren", "dash", "dot"])), "phone").t("', '")
    L.p(dfmt(p.dob, "iso"), "date").t("', '%s', '%s') made by do_action('wp_ajax_nopriv_lps_submit_lead'), "
                                      "WP_Hook->do_action, WP_Hook->apply_filters, LPS_Leads->insert" % (
                                          R.choice(PROCS)[0], R.choice(["instagram", "google", "referral", "tiktok"])))
    return [L]


def g_php_vardump():
    p = pick()
    d = tick()
    L = Line("php_error_log")
    L.t("[%s] PHP Notice:  lps_debug $_POST = " % ts_php(d))
    msg = R.choice([
        M("Interested in fat transfer to buttocks, had lipo in 2019"),
        M("Hi, I had my implants placed in 2012 by another surgeon and want them out. Best number is ",
          T(ph(p.cell2, "dash"), "phone")),
        M("Looking for revision rhinoplasty, first surgery was ", T(dfmt(p.past_surg - timedelta(days=900), "us"), "date")),
        M("consult for my daughter ", T(R.choice(FIRST_F), "name"), " (17) - gynecomastia? no, breast reduction"),
        M("can I use CareCredit? my %s " % ("wife" if p.male else "husband"), T(spouse(p).first + " " + p.last, "name"), " will co-sign"),
    ])
    obj = {"input_1_3": T(p.first, "name"), "input_1_6": T(p.last, "name"), "input_2": T(p.email, "email"),
           "input_4": T(ph(p.phone, R.choice(["paren", "dash", "raw"])), "phone")}
    if R.random() < 0.2:
        obj["input_5"] = T(ph(p.cell2, "paren"), "fax")
    obj["input_6"] = R.choice(PROCS)[1]
    obj["input_7"] = msg
    obj["gform_submit"] = "3"
    obj["is_submit_3"] = "1"
    obj["gform_unique_id"] = ""
    jw(L, obj)
    L.t(" in /var/www/html/wp-content/themes/lps-child/functions.php on line 88")
    return [L]


def g_php_fatal_phi():
    p = pick()
    d = tick()
    L = Line("php_error_log")
    v = R.random()
    if v < 0.5:
        L.t("[%s] PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST "
            "https://api.curacredit.com/v3/prequal` resulted in a `422 Unprocessable Entity` response:\\n" % ts_php(d))
        jw(L, {"error": "INVALID_SSN", "field": "applicant.ssn",
               "value": T(R.choice(["%s-%s-%s" % (p.ssn[:3], p.ssn[3:5], p.ssn[5:]), p.ssn]), "ssn"),
               "applicant": T(full(p, "upper"), "name")})
        L.t(" in /var/www/html/wp-content/plugins/lps-financing/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113")
    else:
        L.t("[%s] PHP Warning:  mail(): Failed to send consultation confirmation to " % ts_php(d))
        L.p(p.email, "email").t(" (").p(full(p, "fl"), "name").t(", consult ")
        L.p(dfmt(p.consult, "us"), "date").t(" %s) in /var/www/html/wp-includes/pluggable.php on line 546" % R.choice(["10:30 AM", "2:15 PM", "4:00 PM"]))
    return [L]


def g_gf_webhook():
    p = pick()
    d = tick()
    proc = R.choice(PROCS)
    entry = str(R.randint(4000, 9999))
    prefix = "%s INFO  [lead-router] gf.webhook form_id=3 entry_id=%s delivering to https://hooks.%s/crm/v1/leads payload=" % (
        ts_z(d), entry, "patientflow.io")
    obj = {"form_id": "3", "entry_id": entry, "1.3": T(p.first, "name"), "1.6": T(p.last, "name"),
           "2": T(p.email, "email"), "3": T(ph(p.phone, R.choice(["paren", "dash", "raw", "dot"])), "phone")}
    if R.random() < 0.6:
        obj["4"] = T(dfmt(p.dob, R.choice(["us", "us_short", "iso"])), "date")
    if R.random() < 0.35:
        obj["8.1"] = T(p.street, "address")
        obj["8.3"] = T(p.city, "address")
        obj["8.4"] = p.state
        obj["8.5"] = T(p.zip, "zip")
    obj["5"] = proc[1]
    obj["6"] = R.choice(["Instagram", "Google", "Friend/Family", "RealSelf", "TikTok"])
    obj["7"] = R.choice(["Virtual", "In-office", "Either"])
    obj["date_created"] = (d.astimezone(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S")
    obj["ip"] = T(p.ip, "ip")
    obj["source_url"] = "https://www.%s/%s/" % (DOMAIN, proc[0])
    if R.random() < 0.5:
        return [escaped_json_line("gravityforms_webhook", prefix + '"', obj, '"')]
    return [jline("gravityforms_webhook", prefix, obj)]


def ig_text(p):
    f = R.random()
    if f < 0.2:
        return M("hi! im interested in a tummy tuck consult, im 6 months postpartum. my number is ",
                 T(ph(p.phone, R.choice(["space", "dash", "raw"])), "phone"), " - ", T(p.first, "name"))
    if f < 0.4:
        return M("Hello do you guys take carecredit? I want BBL in the summer. Email me ", T(p.email, "email"))
    if f < 0.55:
        return M("how much is lip filler? 😊")
    if f < 0.7:
        return M("This is ", T(full(p, "fl"), "name"), ", I had my breast aug with Dr. Ostrander on ",
                 T(dfmt(p.past_surg, R.choice(["md", "mon_d"])), "date"), " and my left side looks higher, is that normal?")
    if f < 0.85:
        return M("Can I reschedule my consult on ", T(dfmt(p.consult, "month_d"), "date"),
                 "? Name is ", T(full(p, "lf"), "name"), " dob ", T(dfmt(p.dob, "us2"), "date"))
    return M("saw your before/after of the mommy makeover 😍 do you have availability in April? ",
             T(ph(p.phone, "paren"), "phone"))


def g_ig_webhook():
    p = pick()
    d = tick()
    page = "17841405822304914"
    obj = {"object": "instagram", "entry": [{"time": epoch(d), "id": page, "messaging": [{
        "sender": {"id": T(p.igsid, "other_id")}, "recipient": {"id": page}, "timestamp": epoch_ms(d),
        "message": {"mid": "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA1ODIyMzA0OTE0OjM0" + b64rand(33, True).rstrip("="),
                    "text": ig_text(p)}}]}]}
    prefix = "%s ig-inbox-bridge[%d]: INFO webhook POST /webhooks/instagram sig=sha256=%s… body=" % (
        ts_sys(d), R.randint(1100, 1400), hexs(12))
    return [jline("instagram_webhook", prefix, obj)]


def g_ig_profile():
    p = pick()
    d = tick()
    L = Line("instagram_webhook")
    L.t("%s [lead-router] DEBUG graph GET /v19.0/" % ts_py(d)).p(p.igsid, "other_id")
    L.t("?fields=name,username,profile_pic -> 200 (%dms) " % R.randint(80, 420))
    pic = "https://scontent-ord5-%d.cdninstagram.com/v/t51.2885-19/%s_%s_%s_n.jpg?stp=dst-jpg_s206x206&_nc_ht=scontent-ord5-2.cdninstagram.com&_nc_ohc=%s&oh=00_%s&oe=%X" % (
        R.randint(1, 3), digits(9), digits(17), digits(16), b64rand(8, True).rstrip("="), b64rand(24, True).rstrip("="), R.randint(0x65F00000, 0x66100000))
    nm = full(p, R.choice(["fl", "fl", "lower"]))
    jw(L, {"name": T(nm, "name"), "username": T(p.ig, "other_id"), "profile_pic": T(pic, "url"), "id": T(p.igsid, "other_id")})
    return [L]


WA_PHONE_ID = "106540352242922"


def wa_text(p):
    f = R.random()
    if f < 0.25:
        return M("Hola, soy ", T(full(p, "fl"), "name"), ". Quiero agendar una valoración para lipo 360. Mi fecha de nacimiento es ",
                 T(dfmt(p.dob, "dmy"), "date"))
    if f < 0.4:
        return M("Olá! Gostaria de saber o valor da rinoplastia. Meu e-mail é ", T(p.email, "email"))
    if f < 0.55:
        return M("Day 5 post op, drains output ~20ml each side, is it ok to shower?")
    if f < 0.7:
        return M("Hi it's ", T(p.first, "name"), " - I'm running 10 min late for my ", T(dfmt(p.consult, "md"), "date"), " appt")
    if f < 0.82:
        return M("مرحبا، أريد حجز استشارة لتجميل الأنف. اسمي ", T(R.choice(["نورة الحربي", "ليلى حداد", "مريم الخطيب"]), "name"))
    return M("my address for the compression garment is ", T(p.street + (" " + p.apt if p.apt else ""), "address"), ", ",
             T(p.city, "address"), " ", p.state, " ", T(p.zip, "zip"))


def g_whatsapp():
    p = pick()
    d = tick()
    wa = ph(p.phone, "wa")
    name = full(p, R.choice(["fl", "fl", "fL", "lower"])) if R.random() < 0.85 else p.first
    obj = {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"value": {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "1" + MAIN_PHONE, "phone_number_id": WA_PHONE_ID},
        "contacts": [{"profile": {"name": T(name, "name")}, "wa_id": T(wa, "phone")}],
        "messages": [{"from": T(wa, "phone"), "id": "wamid.HBgL" + b64rand(36).rstrip("="), "timestamp": str(epoch(d)),
                      "text": {"body": wa_text(p)}, "type": "text"}]}, "field": "messages"}]}]}
    prefix = R.choice(["%s INFO  [wa-webhook] inbound " % ts_z(d), "[%s] wa.INFO: inbound message " % ts_mono(d)])
    return [jline("whatsapp_cloud_webhook", prefix, obj)]


def g_wa_status():
    p = pick()
    d = tick()
    obj = {"statuses": [{"id": "wamid.HBgL" + b64rand(36).rstrip("="), "status": R.choice(["delivered", "read", "failed"]),
                         "timestamp": str(epoch(d)), "recipient_id": T(ph(p.phone, "wa"), "phone"),
                         "conversation": {"id": hexs(32), "origin": {"type": "utility"}},
                         "pricing": {"billable": True, "pricing_model": "CBP", "category": "utility"}}]}
    return [jline("whatsapp_cloud_webhook", "%s DEBUG [wa-webhook] status " % ts_z(d), obj)]


def g_crm_kv():
    p = pick()
    d = tick()
    L = Line("crm_webhook_kv")
    L.t("%s %s lead-router[%d]: hubspot.webhook subscriptionType=contact.propertyChange objectId=" % (ts_sys(d), R.choice(HOSTS), R.randint(900, 3000)))
    L.p(p.crm, "other_id")
    prop = R.choice(["phone", "email", "firstname", "date_of_birth", "lifecyclestage", "zip"])
    L.t(" propertyName=%s propertyValue=" % prop)
    if prop == "phone":
        L.p(ph(p.phone, "e164"), "phone")
    elif prop == "email":
        L.p(p.email, "email")
    elif prop == "firstname":
        L.p(p.first.replace(" ", "\\ "), "name")
    elif prop == "date_of_birth":
        L.p(str(epoch_ms(datetime(p.dob.year, p.dob.month, p.dob.day, tzinfo=timezone.utc))), "date")
    elif prop == "zip":
        L.p(p.zip, "zip")
    else:
        L.t(R.choice(["salesqualifiedlead", "opportunity", "customer"]))
    L.t(" changeSource=%s portalId=4412390 attemptNumber=0 eventId=%d" % (R.choice(["FORM", "CRM_UI", "INTEGRATION", "API"]), R.randint(10**9, 4 * 10**9)))
    return [L]


def g_crm_json():
    p = pick()
    d = tick()
    proc = R.choice(PROCS)
    obj = {"event": R.choice(["lead.created", "lead.updated", "lead.converted"]),
           "leadId": T(R.choice([uuid4(), "00Q" + alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")]), "other_id"),
           "Lead": {"FirstName": T(p.first, "name"), "LastName": T(p.last, "name"), "Email": T(p.email, "email"),
                    "MobilePhone": T(ph(p.phone, R.choice(["paren", "e164", "dash"])), "phone"),
                    "Birthdate__c": T(dfmt(p.dob, "iso"), "date"),
                    "Procedure_of_Interest__c": proc[1], "LeadSource": R.choice(["Instagram DM", "WhatsApp", "Web Form", "Phone"]),
                    "Instagram_Handle__c": T("@" + p.ig, "other_id") if R.random() < 0.5 else None,
                    "Owner": "%s %s" % R.choice(COORD)[:2], "Consult_Date__c": T(dfmt(p.consult, "iso"), "date")},
           "traceId": hexs(32)}
    if obj["Lead"]["Instagram_Handle__c"] is None:
        del obj["Lead"]["Instagram_Handle__c"]
    return [jline("crm_webhook_json", "%s [crm-sync] %s " % (ts_mono(d), R.choice(["INFO", "DEBUG"])), obj)]


def g_exif_clinic():
    p = pick()
    d = tick()
    view = R.choice(["frontal", "oblique-L", "oblique-R", "lateral-L", "lateral-R", "posterior", "base"])
    stage = R.choice(["pre", "pre", "2wk", "6wk", "3mo", "6mo", "1yr"])
    seq = R.randint(1, 60)
    out = []
    style = R.random()
    if style < 0.5:
        fname = [("PT", None), (p.mrn, "mrn"), ("_%s_%s_%04d.CR3" % (stage, view, seq), None)]
    else:
        fname = [(ascii_fold(p.last).lower().replace(" ", "").replace("'", ""), "name"),
                 ("_%s_%s_%s.jpg" % (ascii_fold(p.first)[0].lower(), stage, view), None)]
    sub = d.strftime("%Y/%m/%d")
    L = Line("exiftool_dump")
    L.t("======== /srv/photos/incoming/%s/" % sub)
    for x, c in fname:
        L.v(x, c)
    out.append(L)

    def kv(k, v, cat=None):
        L = Line("exiftool_dump")
        L.t("%-32s: " % k)
        if isinstance(v, list):
            for x, c in v:
                L.v(x, c)
        else:
            L.v(v, cat)
        out.append(L)
    shot = d - timedelta(minutes=R.randint(2, 40))
    if R.random() < 0.5:
        kv("ExifTool Version Number", "12.76")
    kv("File Name", fname)
    kv("File Size", "%.1f MB" % R.uniform(18, 31) if fname[-1][0].endswith("CR3") else "%d kB" % R.randint(800, 4200))
    kv("File Modify Date/Time", shot.strftime("%Y:%m:%d %H:%M:%S-05:00"))
    kv("Make", "Canon")
    kv("Camera Model Name", R.choice(["Canon EOS R6", "Canon EOS R6m2", "Canon EOS 90D"]))
    if R.random() < 0.7:
        kv("Serial Number", "0" + digits(11))
    if R.random() < 0.5:
        kv("Lens Model", R.choice(["RF100mm F2.8 L MACRO IS USM", "EF-S60mm f/2.8 Macro USM", "RF35mm F1.8 MACRO IS STM"]))
    kv("Artist", R.choice(["Lakeshore Plastic Surgery", "LPS Photo Studio 2", "Bridget Halloran"]))
    if R.random() < 0.75:
        desc = R.choice([
            [(full(p, "lf"), "name"), ("  DOB ", None), (dfmt(p.dob, "us"), "date"), ("  %s %s" % (stage, R.choice(["BA", "TT", "rhino", "bleph", "DIEP"])), None)],
            [("MRN ", None), (p.mrn, "mrn"), (" / %s / %s" % (view, stage), None)],
            [(full(p, "upper"), "name"), (" - surgery ", None), (dfmt(p.surg if stage == "pre" else p.past_surg, "us_short"), "date"), (" - %s" % stage, None)],
        ])
        kv("Image Description", desc)
    kv("Copyright", "(c) 2024 %s - clinical use only" % PRACTICE)
    kv("Date/Time Original", shot.strftime("%Y:%m:%d %H:%M:%S"))
    if R.random() < 0.4:
        kv("Exposure Time", R.choice(["1/125", "1/160", "1/200"]))
        kv("F Number", R.choice(["8.0", "11.0", "5.6"]))
    kv("Image Size", R.choice(["6000x4000", "4000x6000", "6960x4640"]))
    return out


def g_exif_patient():
    p = pick()
    d = tick()
    out = []
    fn = "IMG_%04d.HEIC" % R.randint(1000, 9999)
    L = Line("exiftool_dump")
    L.t("======== /srv/photos/virtual-consult/%s/" % hexs(8)).t(fn)
    out.append(L)

    def kv(k, v, cat=None):
        L = Line("exiftool_dump")
        L.t("%-32s: " % k)
        if isinstance(v, list):
            for x, c in v:
                L.v(x, c)
        else:
            L.v(v, cat)
        out.append(L)
    shot = d - timedelta(hours=R.randint(1, 30))
    kv("File Name", fn)
    kv("Make", "Apple")
    kv("Camera Model Name", R.choice(["iPhone 14 Pro", "iPhone 13", "iPhone 15 Pro Max", "iPhone 12 mini"]))
    kv("Software", R.choice(["17.3.1", "17.2", "16.6.1"]))
    if R.random() < 0.5:
        kv("Lens Model", "iPhone front camera 2.69mm f/1.9")
    kv("Create Date", shot.strftime("%Y:%m:%d %H:%M:%S"))
    lat = 41.6 + R.uniform(0, 0.5)
    lon = 87.5 + R.uniform(0, 0.5)

    def dms(x):
        dd = int(x)
        mm = int((x - dd) * 60)
        ss = ((x - dd) * 60 - mm) * 60
        return dd, mm, ss
    a, b, c = dms(lat)
    e, f, g = dms(lon)
    if R.random() < 0.8:
        kv("GPS Latitude", "%d deg %d' %.2f\" N" % (a, b, c), "address")
        kv("GPS Longitude", "%d deg %d' %.2f\" W" % (e, f, g), "address")
        kv("GPS Position", "%d deg %d' %.2f\" N, %d deg %d' %.2f\" W" % (a, b, c, e, f, g), "address")
    kv("Image Size", "3024x4032")
    if R.random() < 0.5:
        kv("User Comment", [("uploaded via virtual consult form by ", None), (p.email, "email")])
    return out


def g_photo_upload():
    p = pick()
    d = tick()
    L = Line("photo_upload_log")
    stage = R.choice(["pre", "2wk", "6wk", "3mo", "6mo", "1yr"])
    view = R.choice(["frontal", "oblique_L", "oblique_R", "lateral_L", "lateral_R", "posterior"])
    v = R.random()
    if v < 0.5:
        L.t("%s INFO [photo-ingest] uploaded s3://lps-clinical-photos/patients/" % ts_py(d)).p(p.mrn, "mrn")
        L.t("/%s/%s_%04d.jpg size=%.1fMB sha256=%s… patient=\"" % (stage, view, R.randint(1, 80), R.uniform(2, 9), hexs(16)))
        L.p(full(p, R.choice(["upper", "fl", "lf"])), "name").t('" consent_marketing=%s user=%s' % (
            R.choice(["false", "true", "false"]), R.choice(COORD)[2]))
    elif v < 0.8:
        L.t("%s WARN [photo-ingest] consent missing, moved to quarantine: patient_id=" % ts_py(d)).p(p.mrn, "mrn")
        L.t(" name=").p(full(p, "lf").replace(" ", "_"), "name").t(" stage=%s files=%d" % (stage, R.randint(2, 12)))
    else:
        pr = R.choice(PROCS[:12])
        L.t("%s INFO [ba-gallery] published case #%d (%s) -> /before-after/%s/ " % (
            ts_py(d), R.randint(300, 900), pr[1], pr[0]))
        L.t("source_patient=").p(p.mrn, "mrn").t(" faces_blurred=%s tattoos_masked=%d" % (R.choice(["true", "n/a"]), R.randint(0, 2)))
    return [L]


def g_face_index():
    p = pick()
    d = tick()
    L = Line("photo_upload_log")
    vec = "[" + ",".join("%.4f" % R.uniform(-0.35, 0.35) for _ in range(R.randint(10, 16))) + ",…]"
    if R.random() < 0.6:
        L.t("%s DEBUG [face-index] match photo=%s patient_id=" % (ts_py(d), uuid4())).p(p.mrn, "mrn")
        L.t(" similarity=%.3f model=arcface-r100 embedding=" % R.uniform(0.86, 0.99)).p(vec, "biometric")
    else:
        tmpl = b64rand(R.randint(60, 90))
        jw(L.t("%s [face-index] enroll " % ts_z(d)), {"patientId": T(p.mrn, "mrn"), "templateVersion": "FT-3.2",
                                                          "faceTemplate": T(tmpl, "biometric"), "quality": round(R.uniform(0.6, 0.98), 2)})
    return [L]


def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def g_photo_thumb():
    p = pick()
    d = tick()
    L = Line("photo_upload_log")
    obj = {"patientId": T(p.mrn, "mrn"), "view": "frontal-face", "stage": R.choice(["pre", "3mo"]),
           "thumb": M("data:image/jpeg;base64,", T(jpeg_b64(R.randint(150, 260)), "photo")),
           "w": 160, "h": 200}
    jw(L.t("%s ERROR [ba-gallery] thumbnail cache write failed (ENOSPC) item=" % ts_z(d)), obj)
    return [L]


def g_fin_xml():
    p = pick()
    d = tick()
    L = Line("financing_xml")
    L.t("%s DEBUG [curacredit-client] >>> POST /v3/applications <ApplicationRequest><MerchantId>5348120090</MerchantId>"
        "<LocationId>LPS-01</LocationId><Applicant><FirstName>" % ts_py(d))
    L.p(p.first, "name").t("</FirstName><LastName>").p(p.last, "name").t("</LastName><SSN>").p(p.ssn, "ssn")
    L.t("</SSN><DOB>").p(dfmt(p.dob, "iso"), "date").t("</DOB><Address><Line1>").p(p.street, "address").t("</Line1>")
    if p.apt:
        L.t("<Line2>").p(p.apt, "address").t("</Line2>")
    L.t("<City>").p(p.city, "address").t("</City><State>%s</State><Zip>" % p.state).p(p.zip, "zip")
    L.t("</Zip></Address><HomePhone>").p(p.phone, "phone").t("</HomePhone><Email>").p(p.email, "email")
    L.t("</Email><AnnualIncome>%d</AnnualIncome><HousingStatus>%s</HousingStatus>" % (
        R.randint(28, 190) * 1000, R.choice(["RENT", "OWN", "OTHER"])))
    if R.random() < 0.6:
        L.t("<IdType>DL</IdType><IdNumber>").p(p.dl.replace("-", ""), "license").t("</IdNumber><IdState>%s</IdState>" % p.state)
    L.t("</Applicant><RequestedAmount>%s</RequestedAmount><TreatmentType>COSMETIC_SURGERY</TreatmentType></ApplicationRequest>" % money(2500, 18000, 50))
    return [L]


def g_fin_resp():
    p = pick()
    d = tick()
    dec = R.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "DECLINED"])
    obj = {"applicationId": T(p.fin_app, "other_id"), "decision": dec, "applicationDate": T(dfmt(TODAY + timedelta(days=R.randint(-3, 0)), "iso"), "date")}
    if dec == "APPROVED":
        obj["creditLine"] = R.randint(4, 25) * 500
        obj["accountNumber"] = T(p.fin_acct, "account")
        obj["maskedAccount"] = p.fin_acct[:6] + "******" + p.fin_acct[-4:]
        obj["promo"] = R.choice(["24MO_DEFERRED", "12MO_NO_INTEREST", "60MO_REDUCED_APR"])
    elif dec == "PENDING_REVIEW":
        obj["reasonCodes"] = ["ID_MISMATCH", "ADDRESS_VERIFY"]
    else:
        obj["reasonCodes"] = ["INSUFFICIENT_CREDIT_HISTORY"]
        obj["adverseActionNoticeTo"] = M(T(full(p, "fl"), "name"), ", ", T(p.street, "address"), ", ", T(p.city, "address"), ", ", p.state, " ", T(p.zip, "zip"))
    obj["requestId"] = uuid4()
    return [jline("financing_json", "%s DEBUG [curacredit-client] <<< 200 (%dms) " % (ts_py(d), R.randint(400, 3900)), obj)]


def g_fin_kv():
    p = pick()
    d = tick()
    L = Line("financing_kv")
    v = R.random()
    L.t("[%s] financing.%s: " % (ts_mono(d), R.choice(["INFO", "NOTICE"])))
    if v < 0.4:
        L.t("decision app_id=").p(p.fin_app, "other_id").t(' applicant="').p(full(p, "lf"), "name")
        L.t('" decision=%s amount=%s ssn_last4=%s' % (R.choice(["APPROVED", "PENDING_REVIEW"]), money(2000, 15000), p.ssn[-4:]))
    elif v < 0.7:
        r = relative(p)
        L.t("co-applicant added app_id=").p(p.fin_app, "other_id").t(" relationship=%s name=" % ("SPOUSE" if r.rel in ("husband", "wife") else "OTHER"))
        L.p(("%s %s" % (r.first, r.last)).upper().replace(" ", "+"), "name").t(" ssn=").p(ssn(), "ssn").t(" phone=").p(r.phone, "phone")
    else:
        L.t("ACH autopay enrolled patient=").p(p.mrn, "mrn").t(" routing=071000013 account=").p(digits(R.randint(9, 12)), "account")
        L.t(" plan=%d installments" % R.choice([6, 12, 18]))
    return [L]


def hl7_name(L, p):
    L.p(ascii_fold(p.last).upper(), "name").t("^").p(ascii_fold(p.first).upper(), "name")
    L.t("^" + p.mi if p.mi else "^")


def g_hl7_siu():
    p = pick()
    d = tick()
    s = surgeon()
    a = R.choice(ANES)
    proc = R.choice([x for x in PROCS if x[2] not in ("0", "64612", "11950")])
    start = datetime(p.surg.year, p.surg.month, p.surg.day, R.choice([7, 8, 10, 12, 13]), R.choice([0, 30]))
    dur = R.choice([90, 120, 180, 240, 360])
    end = start + timedelta(minutes=dur)
    out = []
    L = Line("hl7_siu")
    L.t("%s INFO  [mirth] channel=SURG_SCHED_OUT msg=%s direction=OUT bytes=%d" % (ts_py(d), R.randint(41000, 49999), R.randint(900, 1400)))
    out.append(L)
    ctrl = "MSG%08d" % R.randint(40000, 99999)
    out.append(Line("hl7_siu").t("MSH|^~\\&|SURGISCHED|LPS|ASC_EHR|LAKESHORE_ASC|%s||SIU^S12^SIU_S12|%s|P|2.5.1" % (ts_hl7(d), ctrl)))
    L = Line("hl7_siu").t("SCH|").p(p.case, "other_id").t("|").p(p.case, "other_id")
    L.t("||||ROUTINE|SURG^Surgery|%d|min|^^%d^" % (dur, dur)).p(start.strftime("%Y%m%d"), "date").t(start.strftime("%H%M%S"))
    L.t("^").p(end.strftime("%Y%m%d"), "date").t(end.strftime("%H%M%S"))
    L.t("|||||^%s^%s^^^DR|||||^%s^%s||||BOOKED" % (s[1].upper(), s[0].upper(), s[1].upper(), s[0].upper()))
    out.append(L)
    L = Line("hl7_siu").t("PID|1||").p(p.mrn, "mrn").t("^^^LPS^MR")
    if R.random() < 0.6:
        L.t("~").p(p.member, "health_plan").t("^^^%s^HP" % p.payer[0])
    L.t("||")
    hl7_name(L, p)
    L.t("||").p(dfmt(p.dob, "hl7"), "date").t("|%s|||" % ("M" if p.male else "F"))
    L.p(ascii_fold(p.street).upper(), "address").t("^")
    if p.apt:
        L.p(p.apt.upper(), "address")
    L.t("^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA||")
    L.p(ph(p.phone, "paren_ns"), "phone").t("^PRN^PH")
    if R.random() < 0.25:
        L.t("~").p(ph(p.cell2, "paren_ns"), "fax").t("^PRN^FX")
    L.t("|||||").p("LPS" + p.acct, "account")
    out.append(L)
    L = Line("hl7_siu").t("PV1|1|O|ASC^OR%d^^LAKESHORE_ASC||||%s^%s^%s^^^DR|||PLS||||||||||" % (R.randint(1, 3), s[2], s[1].upper(), s[0].upper()))
    L.p("V%07d" % R.randint(10000, 999999), "other_id")
    out.append(L)
    out.append(Line("hl7_siu").t("AIS|1||%s^%s^CPT|" % (proc[2], proc[1].upper())).p(start.strftime("%Y%m%d"), "date").t(start.strftime("%H%M%S") + "|0|min|%d|min" % dur))
    out.append(Line("hl7_siu").t("AIP|1||%s^%s^%s^^^MD|ANES" % (a[2], a[1].upper(), a[0].upper())))
    out.append(Line("hl7_siu").t("AIL|1||OR%d^^^LAKESHORE_ASC" % R.randint(1, 3)))
    return out


def g_hl7_ack():
    d = tick()
    ctrl = "MSG%08d" % R.randint(40000, 99999)
    return [Line("hl7_ack").t("%s INFO  [mirth] channel=SURG_SCHED_OUT ACK received: MSH|^~\\&|ASC_EHR|LAKESHORE_ASC|SURGISCHED|LPS|%s||ACK^S12^ACK|A%s|P|2.5.1\\rMSA|%s|%s" % (
        ts_py(d), ts_hl7(nudge(d)), digits(9), R.choice(["AA", "AA", "AA", "AE"]), ctrl))]


def g_anes_mono():
    p = pick()
    d = tick()
    a = R.choice(ANES)
    st = R.choice(["PENDING_LABS", "PENDING_CARDIOLOGY", "CLEARED", "CLEARED", "NOT_CLEARED", "NEEDS_PCP_NOTE"])
    ctx = {"caseId": T(p.case, "other_id"), "patientId": T(p.mrn, "mrn"), "from": "PENDING_REVIEW", "to": st,
           "asa": R.choice(["I", "II", "II", "III"]), "bmi": round(R.uniform(19, 38), 1), "by": a[3],
           "surgeryDate": T(dfmt(p.surg, "iso"), "date")}
    if R.random() < 0.35:
        ctx["labs"] = {"hgb": round(R.uniform(10.9, 14.8), 1), "k": round(R.uniform(3.4, 5.0), 1), "collected": T(dfmt(p.surg - timedelta(days=R.randint(5, 14)), "iso"), "date")}
    return [jline("anesthesia_monolog", "[%s] clearance.INFO: Clearance status changed " % ts_mono(d), ctx, suffix=" []")]


def g_anes_note():
    d = tick()
    a = R.choice(ANES)
    if R.random() < 0.4:
        p = R.choice(OLD)
        age = age_on(p.dob)
        r = hcpoa(p)
        L = Line("anesthesia_note")
        L.t("%s NOTE [pre-anesthesia] " % ts_py(d))
        L.t("PRE-ANESTHESIA EVAL: ").p("%d y/o" % age, "age").t(" %s (DOB " % ("M" if p.first in ("Harold", "Irving") else "F"))
        L.p(dfmt(p.dob, "us"), "date").t(") for Mohs defect reconstruction %s, hx AFib on apixaban - hold 48h; cardiology clearance from Dr. Benjamin Tso rec'd " % R.choice(["L nasal ala", "R cheek", "scalp vertex", "lower lip"]))
        L.p(dfmt(TODAY - timedelta(days=R.randint(1, 6)), "md"), "date").t(". ASA III. MAC + local. Pt: ")
        L.p(full(p, R.choice(["fl", "upper_lf"])), "name").t(", MRN ").p("00" + p.mrn, "mrn").t(". ")
        L.t("HCPOA: %s " % r.rel).p("%s %s" % (r.first, r.last), "name").t(" ").p(ph(r.phone, "dash"), "phone").t(". -%s %s, %s" % (a[0][0], a[1], "MD" if a is ANES[0] else "CRNA"))
        return [L]
    p = pick()
    L = Line("anesthesia_note")
    L.t("%s NOTE [pre-anesthesia] " % ts_py(d))
    L.t("PAT call w/ ").p(full(p, R.choice(["fl", "init", "lower"])), "name").t(" (%d%s) re ASC case " % (age_on(p.dob), "M" if p.male else "F"))
    L.p(dfmt(p.surg, R.choice(["us_short", "mon_d", "md"])), "date").t(": NPO after midnight reviewed, stop phentermine 7d prior, ")
    L.t(R.choice(["denies OSA sx, STOP-BANG 2.", "snores, STOP-BANG 4 -> needs sleep study.", "PONV hx -> scop patch.", "smoker 1/2 ppd - counseled re flap risk."]))
    if R.random() < 0.5:
        r = relative(p)
        L.t(" Ride home: %s " % r.rel).p(r.first, "name").t(" ").p(ph(r.phone, R.choice(["dash", "paren", "dot"])), "phone").t(".")
    return [L]


def g_mohs_referral():
    p = R.choice(OLD)
    d = tick()
    age = age_on(p.dob)
    r = hcpoa(p)
    c = R.random()
    if c < 0.5:
        obj = {"referralId": "RF-%d" % R.randint(20000, 29999), "source": "Mohs surgery - North Shore Dermatology",
               "patient": {"mrn": T(p.mrn, "mrn"), "name": T(full(p, R.choice(["lf", "fl", "upper_lf"])), "name"),
                           "age": T(str(age), "age"), "sex": "M" if p.first in ("Harold", "Irving") else "F",
                           "dob": T(dfmt(p.dob, R.choice(["iso", "us"])), "date")},
               "defect": {"site": R.choice(["L nasal ala", "R cheek", "lower lip", "scalp vertex", "R helix"]), "sizeCm": round(R.uniform(0.8, 3.5), 1),
                          "mohsDate": T(dfmt(TODAY + timedelta(days=R.randint(0, 2)), "iso"), "date")},
               "insurance": {"payer": "MEDICARE", "mbi": T(p.member, "health_plan")},
               "contact": {"name": T("%s %s" % (r.first, r.last), "name"), "relationship": r.rel, "phone": T(ph(r.phone, "paren"), "phone")}}
        return [jline("referral_json", "[%s] referrals.INFO: Mohs reconstruction referral received " % ts_mono(d), obj, suffix=" []")]
    L = Line("anesthesia_note")
    L.t("%s NOTE [scheduling] Same-day Mohs recon added for " % ts_py(d)).p(full(p, R.choice(["fl", "init"])), "name")
    L.t(", ").p("age %d" % age if R.random() < 0.5 else "%d yo" % age, "age").t(", defect %s - Dr. %s to close w/ %s flap at %s. " % (
        R.choice(["1.8 cm L nasal sidewall", "2.5 cm R temple", "1.2 cm upper lip"]), surgeon()[1], R.choice(["bilobed", "rhomboid", "advancement"]),
        R.choice(["1:30 PM", "3:00 PM"])))
    L.t("%s will drive, call " % r.rel.capitalize()).p(ph(r.phone, R.choice(["dash", "dot"])), "phone").t(" when ready.")
    return [L]


def g_pat_fax():
    p = pick()
    d = tick()
    L = Line("anesthesia_kv")
    L.t("%s pat-intake[%d]: received fax from=%s pages=%d csid=\"%s\" patient_match=" % (
        ts_sys(d), R.randint(200, 900), ph(R.choice(["3129967000", "7732965000", "8475701000"]), "raw"),
        R.randint(2, 9), R.choice(["NMH CARDIOLOGY", "RUSH PCP 3", "ADVOCATE LABS"])))
    L.p(("%s,%s" % (ascii_fold(p.last), ascii_fold(p.first))).replace(" ", ""), "name").t(" dob=").p(dfmt(p.dob, "iso"), "date")
    L.t(" confidence=%.2f doc_type=%s" % (R.uniform(0.7, 0.99), R.choice(["EKG", "H&P", "CBC_BMP", "CARDIAC_CLEARANCE"])))
    return [L]


MFR = [("Allergan", "Natrelle Inspira SRF", lambda: "SRF-%d" % R.choice([300, 325, 350, 375, 420]), lambda: digits(7),
        lambda: "1" + digits(7), "00888628"),
       ("Mentor", "MemoryGel Xtra", lambda: "350-%d%s" % (R.randint(7100, 7400), R.choice(["BC", "MP", ""])), lambda: digits(7),
        lambda: "%s-%s" % (digits(7), digits(3)), "00081317"),
       ("Sientra", "HSC+ Round", lambda: "20636-%d" % R.choice([280, 310, 350]), lambda: "S" + digits(6), lambda: digits(8), "00850005"),
       ("Motiva", "Ergonomix2", lambda: "ERSF-%dQ" % R.choice([300, 345, 375]), lambda: digits(7), lambda: "2" + digits(9), "07640162")]


def implant(m=None, cat=None, lot=None):
    m = m or R.choice(MFR)
    cat, lot, sn = cat or m[2](), lot or m[3](), m[4]()
    di = gtin14(m[5][:8] + digits(5))
    exp = date(R.randint(2027, 2030), R.randint(1, 12), 28)
    udi = "(01)%s(17)%s(10)%s(21)%s" % (di, exp.strftime("%y%m%d"), lot, sn)
    return m, cat, lot, sn, di, exp, udi


def g_implant_csv():
    d = tick()
    out = [Line("implant_registry_csv").t("registry_submission_id,patient_last,patient_first,dob,procedure_date,laterality,manufacturer,catalog_no,lot_no,serial_no,udi,indication,surgeon_npi")]
    for _ in range(R.randint(2, 3)):
        p = pick()
        s = surgeon()
        m0, cat0, lot0 = implant()[:3]
        ind = R.choice(["primary_augmentation", "revision_augmentation", "primary_reconstruction", "revision_reconstruction"])
        for side in R.choice([["L", "R"], ["L", "R"], ["R"], ["L"]]):
            m, cat, lot, sn, di, exp, udi = implant(m0, cat0, lot0 if R.random() < 0.7 else None)
            L = Line("implant_registry_csv").t("NBIR-%s-%05d," % (d.strftime("%y%m"), R.randint(100, 99999)))
            last = p.last
            if "," in last or " " in last:
                L.t('"').p(last, "name").t('",')
            else:
                L.p(last, "name").t(",")
            L.p(p.first, "name").t(",").p(dfmt(p.dob, "iso"), "date").t(",").p(dfmt(p.past_surg, "iso"), "date")
            L.t(",%s,%s,%s,%s," % (side, m[0], cat, lot)).p(sn, "device").t(",")
            if R.random() < 0.5:
                L.p(udi, "device")
            L.t(",%s,%s" % (ind, s[2]))
            out.append(L)
    return out


def g_implant_json():
    p = pick()
    d = tick()
    devs = []
    m0, cat0, lot0 = implant()[:3]
    for side in R.choice([["L", "R"], ["R"], ["L"]]):
        m, cat, lot, sn, di, exp, udi = implant(m0, cat0, lot0)
        devs.append({"side": side, "manufacturer": m[0], "udiDi": di, "lot": lot, "serial": T(sn, "device"),
                     "expiry": exp.isoformat(), "fill": "silicone", "volumeCc": int(cat.split("-")[-1].rstrip("QBCMP") or 0) if cat.split("-")[-1].rstrip("QBCMP").isdigit() else 350})
    obj = {"patientId": T(p.mrn, "mrn"), "patient": {"given": T(p.first, "name"), "family": T(p.last, "name"),
                                                      "birthDate": T(dfmt(p.dob, "iso"), "date")},
           "procedureDate": T(dfmt(p.past_surg, "iso"), "date"), "procedure": R.choice(["augmentation", "reconstruction_2nd_stage", "revision"]),
           "devices": devs, "submittedBy": R.choice(COORD)[2]}
    return [jline("implant_registry_json", "%s INFO  [implant-registry] POST /api/v2/cases 201 " % ts_z(d), obj)]


def g_implant_recall():
    d = tick()
    m, cat, lot, sn, di, exp, udi = implant()
    L = Line("implant_registry_kv")
    if R.random() < 0.5:
        L.t("%s implant-registry: recall-check serial=" % ts_sys(d)).p(sn, "device").t(" catalog=%s lot=%s result=%s feed=%s" % (
            cat, lot, R.choice(["NOT_AFFECTED", "NOT_AFFECTED", "TEXTURED_BIOCELL_RECALL_2019"]), m[0].upper()))
    else:
        p = pick()
        L.t("%s implant-registry: implant card printed for " % ts_sys(d)).p(full(p, "fl"), "name").t(" UDI=").p(udi, "device")
        L.t(" printer=frontdesk-zebra01")
    return [L]


def g_expander():
    p = pick()
    d = tick()
    L = Line("implant_registry_kv")
    L.t("[%s] or_supply.INFO: item scanned to case " % ts_mono(d)).p(p.case, "other_id")
    it = R.choice([("Natrelle 133 Plus tissue expander", "133P-FV-13", "SN", "1" + digits(7)),
                   ("AlloDerm RTM 16x20cm", "MP1620RTM", "Tissue ID", "%s-%s" % (digits(6), digits(3))),
                   ("Mentor CPX4 expander", "354-5403", "SN", "%s-%s" % (digits(7), digits(3)))])
    L.t(" item=\"%s\" ref=%s lot=%s %s=" % (it[0], it[1], digits(7), it[2].replace(" ", "_").lower())).p(it[3], "device")
    L.t(" scanned_by=%s" % R.choice(COORD)[2])
    return [L]


def sms_body(p, r=None):
    f = R.random()
    if f < 0.2:
        return M("Swelling on left side is worse today, is that normal? - ", T(p.first, "name"))
    if f < 0.35:
        return M("Pain 4/10, drains ~25ml each, no fever")
    if f < 0.5:
        rr = r or relative(p)
        return M("This is %s %s " % ("his" if p.male else "her", rr.rel), T(rr.first, "name"),
                 ", %s has a fever of 101.2 since last night" % ("he" if p.male else "she"))
    if f < 0.62:
        return M("YES")
    if f < 0.75:
        return M("incision near belly button opening a little, sending pic. ", T(full(p, "fl"), "name"), " surgery ", T(dfmt(p.past_surg, "md"), "date"))
    if f < 0.87:
        return M("can i move my post op appt to ", T(dfmt(TODAY + timedelta(days=R.randint(2, 14)), "mon_d"), "date"), "?")
    return M("STOP")


def g_twilio_in():
    p = pick()
    d = tick()
    L = Line("twilio_sms")
    L.t('%s - - [%s] "POST /twilio/inbound HTTP/1.1" 200 0 "-" "TwilioProxy/1.1" ' % (
        R.choice(["54.172.60.%d", "54.244.51.%d", "34.203.250.%d"]) % R.randint(1, 254), ts_nginx(d)))
    L.t('body="ToCountry=US&ToState=IL&SmsMessageSid=SM%s&NumMedia=0&ToCity=CHICAGO&FromZip=' % hexs(32))
    L.p(p.zip, "zip").t("&From=").p(q(ph(p.phone, "e164")), "phone").t("&FromCity=").p(qp(p.city.upper()), "address")
    L.t("&Body=").m(sms_body(p), qp).t("&To=%s&AccountSid=AC%s&ApiVersion=2010-04-01\"" % (q(ph(MAIN_PHONE, "e164")), hexs(32)))
    return [L]


def g_twilio_out():
    p = pick()
    d = tick()
    L = Line("twilio_sms")
    day = R.choice([1, 3, 7, 14, 30])
    p.past_surg = TODAY - timedelta(days=day)
    L.t("%s info postop-checkin: sent day%d survey to=" % (ts_z(d), day)).p(ph(p.phone, "e164"), "phone")
    L.t(" sid=SM%s template=postop_d%d patient=" % (hexs(32), day)).p(p.mrn, "mrn")
    if R.random() < 0.5:
        L.t(" surgery_date=").p(dfmt(p.past_surg, "iso"), "date")
    L.t(" status=%s" % R.choice(["queued", "queued", "sent"]))
    return [L]


def g_sms_transcript():
    p = pick()
    d = tick()
    L = Line("sms_transcript")
    L.t("[SMS] %s <" % d.strftime("%Y-%m-%d %H:%M")).p(ph(p.phone, R.choice(["intl", "dash", "paren"])), "phone").t("> ")
    L.m(sms_body(p))
    return [L]


def g_x12_278_req():
    p = pick()
    d = tick()
    s = surgeon()
    payer = p.payer
    ctl = "%09d" % R.randint(1000, 99999)
    gs = str(R.randint(1000, 9999))
    L = Line("x12_278")
    L.t("%s INFO [edi-gateway] 278 request -> %s: " % (ts_py(d), payer[0]))
    L.t("ISA*00*          *00*          *ZZ*LPS123456      *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (payer[0][:15], d.strftime("%y%m%d"), d.strftime("%H%M"), ctl))
    L.t("GS*HI*LPS123456*%s*%s*%s*%s*X*005010X217~ST*278*0001*005010X217~BHT*0007*13*PA-%d*%s*%s~" % (
        payer[0], d.strftime("%Y%m%d"), d.strftime("%H%M"), gs, R.randint(10000, 99999), d.strftime("%Y%m%d"), d.strftime("%H%M")))
    L.t("HL*1**20*1~NM1*X3*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*1*%s*%s****XX*%s~HL*3*2*22*1~NM1*IL*1*" % (
        payer[1].upper(), payer[2], s[1].upper(), s[0].upper(), s[2]))
    L.p(ascii_fold(p.last).upper(), "name").t("*").p(ascii_fold(p.first).upper(), "name").t("*%s***MI*" % p.mi)
    L.p(p.member, "health_plan").t("~N3*").p(ascii_fold(p.street).upper(), "address").t("~N4*").p(p.city.upper(), "address")
    L.t("*%s*" % p.state).p(p.zip, "zip").t("~DMG*D8*").p(dfmt(p.dob, "hl7"), "date").t("*%s~" % ("M" if p.male else "F"))
    L.t("HL*4*3*EV*1~UM*HS*I*2~DTP*472*D8*").p(dfmt(p.surg, "hl7"), "date")
    L.t("~HI*ABK:%s*ABF:%s~HL*5*4*SS*0~SV1*HC:%s*0*UN*1~SE*17*0001~GE*1*%s~IEA*1*%s~" % (
        R.choice(["Z90.11", "Z90.12", "Z90.13", "N62", "Q83.8"]), R.choice(["C50.911", "Z15.01", "Z85.3", "M54.2"]),
        R.choice(["19357", "19364", "19318", "19380", "15777"]), gs, ctl))
    return [L]


def g_x12_278_resp():
    p = pick()
    d = tick()
    out = []
    payer = p.payer
    ctl = "%09d" % R.randint(1000, 99999)
    out.append(Line("x12_278").t("%s INFO [edi-gateway] 278 response from %s (segments follow)" % (ts_py(d), payer[0])))
    out.append(Line("x12_278").t("ISA*00*          *00*          *ZZ*%-15s*ZZ*LPS123456      *%s*%s*^*00501*%s*0*P*:~" % (
        payer[0][:15], d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)))
    out.append(Line("x12_278").t("ST*278*0001*005010X217~"))
    out.append(Line("x12_278").t("BHT*0007*11*PA-%d*%s*%s~" % (R.randint(10000, 99999), d.strftime("%Y%m%d"), d.strftime("%H%M"))))
    out.append(Line("x12_278").t("NM1*X3*2*%s*****PI*%s~" % (payer[1].upper(), payer[2])))
    L = Line("x12_278").t("NM1*IL*1*")
    L.p(ascii_fold(p.last).upper(), "name").t("*").p(ascii_fold(p.first).upper(), "name").t("****MI*").p(p.member, "health_plan").t("~")
    out.append(L)
    out.append(Line("x12_278").t("DMG*D8*").p(dfmt(p.dob, "hl7"), "date").t("*%s~" % ("M" if p.male else "F")))
    out.append(Line("x12_278").t("UM*HS*I*2~"))
    dec = R.choice(["A1", "A1", "A4", "A3"])
    L = Line("x12_278").t("HCR*%s" % dec)
    if dec == "A1":
        L.t("*").p(R.choice(["", "AUTH"]) + digits(10), "other_id")
    L.t("~")
    out.append(L)
    out.append(Line("x12_278").t("DTP*472*RD8*").p(dfmt(p.surg, "hl7"), "date").t("-").p(dfmt(p.surg + timedelta(days=90), "hl7"), "date").t("~"))
    out.append(Line("x12_278").t("SE*11*0001~"))
    return out


def g_payer_portal():
    p = pick()
    d = tick()
    obj = {"authStatus": R.choice(["PENDED", "APPROVED", "CLINICAL_REVIEW", "DENIED_NOT_MEDICALLY_NECESSARY"]),
           "memberId": T(p.member, "health_plan"), "groupNumber": digits(6),
           "patientName": T(full(p, "upper_lf"), "name"),
           "requestedCpt": R.sample(["19357", "19364", "19318", "19380", "15777", "S2068"], 2),
           "serviceDate": T(dfmt(p.surg, "us"), "date"),
           "clinicalDocsDue": (TODAY + timedelta(days=R.randint(3, 14))).isoformat(),
           "reviewerFax": ph("8665550199"[:3] + digits(7), "dash"), "trackingId": "TRK" + digits(11)}
    return [jline("payer_portal_json", "%s [prior-auth-bot] %s status poll: " % (ts_z(d), p.payer[0]), obj, sp=True)]


def g_review_google():
    p = pick()
    d = tick()
    stars = R.choice(["ONE", "TWO", "FIVE", "FIVE", "FOUR", "THREE"])
    s = surgeon()
    c = R.random()
    if c < 0.3:
        comment = M("Dr. %s did my %s on " % (s[1], R.choice(["tummy tuck", "rhino", "breast lift", "lipo"])),
                    T(dfmt(p.past_surg, R.choice(["month_d", "md", "long"])), "date"), " and I'm thrilled. Staff (shoutout %s!) were amazing." % R.choice(COORD)[0])
    elif c < 0.55:
        comment = M("Waited 2 hours for my consult and then was charged a $150 fee. Called 4 times, nobody called back. ",
                    "My phone is ", T(ph(p.phone, "dash"), "phone"), " if management actually cares.")
    elif c < 0.7:
        oldp = R.choice(OLD)
        comment = M("I brought my ", T("%d-year-old" % age_on(oldp.dob), "age"), " mother for her skin cancer reconstruction and the team treated her like family.")
    else:
        comment = M("Great experience, highly recommend!")
    obj = {"name": "accounts/109348812/locations/8812046/reviews/AbFvOq" + b64rand(21, True).rstrip("="),
           "reviewer": {"displayName": T(full(p, R.choice(["fl", "fl", "fL", "lower"])), "name"),
                        "profilePhotoUrl": T("https://lh3.googleusercontent.com/a-/ALV-Uj" + b64rand(27, True).rstrip("=") + "=s120-c-rp-mo-br100", "url")},
           "starRating": stars, "comment": comment, "createTime": ts_z(nudge(d, -9000, -60))}
    return [jline("google_review_json", "%s INFO  [reviews-sync] new review " % ts_z(d), obj)]


def g_review_yelp():
    p = pick()
    d = tick()
    L = Line("yelp_review_kv")
    nm = "%s %s." % (p.first, ascii_fold(p.last).replace(" ", "").replace("'", "")[0].upper())
    L.t("%s reviews-sync[%d]: yelp new review id=%s user=\"" % (ts_sys(d), R.randint(2000, 2600), b64rand(16, True).rstrip("=")))
    L.p(nm, "name").t("\" user_url=").p("https://www.yelp.com/user_details?userid=" + b64rand(16, True).rstrip("="), "url")
    L.t(" rating=%d text=\"" % R.randint(1, 5))
    L.m(R.choice([M("Dr. Voss is an artist. My bleph healed so fast."),
                  M("Botox wore off in 6 weeks, asked for a touch up and was told to pay again."),
                  M("Had my explant on ", T(dfmt(p.past_surg, "mon_d"), "date"), ", best decision ever")]))
    L.t("\"")
    return [L]


def g_complaint():
    p = pick()
    d = tick()
    L = Line("helpdesk_ticket")
    tid = str(R.randint(40000, 49999))
    L.t("%s INFO  [helpdesk] ticket #" % ts_py(d)).p(tid, "other_id").t(" created via email from \"")
    L.p(full(p, R.choice(["fl", "fml", "upper"])), "name").t("\" <").p(p.email, "email").t("> subject=\"")
    L.m(R.choice([M("Billing dispute - double charged for Botox ", T(dfmt(TODAY - timedelta(days=R.randint(5, 40)), "md"), "date")),
                  M("Complaint re: Dr. Ostrander / asymmetry after BA"),
                  M("Refund request - financing app ", T(p.fin_app, "other_id")),
                  M("Records request for ", T(full(p, "lf"), "name"), " DOB ", T(dfmt(p.dob, "us"), "date"))]))
    L.t("\" priority=%s assignee=%s" % (R.choice(["normal", "high", "urgent"]), R.choice(COORD)[2]))
    return [L]


def g_records_fax():
    p = pick()
    d = tick()
    c = R.choice(COORD)
    L = Line("helpdesk_ticket")
    L.t("%s INFO  [helpdesk] ticket #" % ts_py(d)).p(str(R.randint(40000, 49999)), "other_id")
    L.t(" note by %s: pt requests %s faxed to home fax " % (c[2], R.choice(["op report + implant card", "itemized invoice for HSA", "pre-auth denial letter", "post-op photos"])))
    L.p(ph(p.cell2, R.choice(["dash", "paren", "dot", "one_dash"])), "fax").t(" (attn ").p(full(p, R.choice(["fl", "init", "fml"])), "name")
    L.t("), identity verified w/ DOB ").p(dfmt(p.dob, R.choice(["us", "us_short", "abbr"])), "date").t(". Sent from %s." % ph(MAIN_FAX, "paren"))
    return [L]


def g_review_reply():
    p = pick()
    d = tick()
    c = R.choice(COORD)
    L = Line("google_review_json")
    L.t("%s INFO  [reviews-sync] reply published " % ts_z(d))
    jw(L, {"comment": M("Hi ", T(p.first, "name"), ", we're so sorry to hear this. Please call %s directly at (312) 944-2100 ext %s so we can make it right. - %s %s, Patient Care" % (c[0], c[3], c[0], c[1][0] + ".")),
           "updateTime": ts_z(d)})
    return [L]


IIF_SEEN = []


def g_qb_iif():
    d = tick()
    out = []
    if not IIF_SEEN:
        IIF_SEEN.append(1)
        out = [Line("quickbooks_iif").t("!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tCLASS\tAMOUNT\tDOCNUM\tMEMO"),
               Line("quickbooks_iif").t("!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tCLASS\tAMOUNT\tDOCNUM\tMEMO"),
               Line("quickbooks_iif").t("!ENDTRNS")]
    for _ in range(R.randint(1, 2)):
        p = pick()
        dt = dfmt(TODAY - timedelta(days=R.randint(0, 4)), "us")
        amt = money(250, 9000, 25)
        doc = "INV-24-%04d" % R.randint(1000, 1999)
        cls = R.choice(["Cosmetic Surgery", "Med Spa", "Reconstruction"])
        memo = R.choice(["BA deposit 50% CuraCredit", "Botox 40u", "Surgical fee balance", "Consult fee", "Copay"])
        cust = "%s, %s" % (p.last, p.first) + (" " + p.mi + "." if p.mi else "")
        for typ, acc, sign in (("TRNS", "Undeposited Funds", ""), ("SPL", "Accounts Receivable", "-")):
            L = Line("quickbooks_iif").t("%s\t\tPAYMENT\t" % typ).p(dt, "date").t("\t%s\t" % acc).p(cust, "name")
            if R.random() < 0.3:
                L.t(" (").p(p.acct, "account").t(")")
            L.t("\t%s\t%s%s\t%s\t%s" % (cls, sign, amt, doc, memo))
            out.append(L)
        out.append(Line("quickbooks_iif").t("ENDTRNS"))
    return out


def g_qb_csv():
    out = [Line("quickbooks_csv").t("Date,Transaction Type,Num,Customer,Memo/Description,Payment Method,Card,Amount")] if R.random() < 0.5 else []
    tick()
    for _ in range(R.randint(2, 4)):
        if R.random() < 0.25:
            out.append(Line("quickbooks_csv").t("%s,Deposit,,,Stripe payout po_%s,,,%s" % (
                dfmt(TODAY - timedelta(days=R.randint(0, 3)), "us"), alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"), money(1000, 30000, 1))))
            continue
        p = pick()
        L = Line("quickbooks_csv").p(dfmt(TODAY - timedelta(days=R.randint(0, 5)), "us"), "date").t(",Payment,%d," % R.randint(1000, 1999))
        L.t('"').p("%s, %s" % (p.last, p.first), "name").t('",')
        memo = R.random()
        if memo < 0.2:
            brand = R.choice(["Visa", "Mastercard", "Amex"])
            if brand == "Amex":
                pan = luhn("37", 15)
                shown = "%s %s %s" % (pan[:4], pan[4:10], pan[10:])
            else:
                pan = luhn("4" if brand == "Visa" else R.choice(["51", "53", "55"]), 16)
                shown = R.choice([" ".join(pan[i:i + 4] for i in range(0, 16, 4)), pan])
            L.t('"Reconstruction copay - card ').p(shown, "account").t(' exp %02d/%d",' % (R.randint(1, 12), R.randint(25, 29)))
            L.t("%s,%s,%s" % (brand, "xxxx-" + pan[-4:], money(150, 6000, 5)))
            out.append(L)
            continue
        else:
            L.t("%s," % R.choice(["Reconstruction copay", "Filler 1 syringe", "Surgical deposit", "Morpheus8 pkg 3", "Consult fee"]))
        meth = R.choice(["Visa", "Mastercard", "Amex", "CuraCredit", "Check"])
        L.t("%s,%s,%s" % (meth, "" if meth == "Check" else "xxxx-" + digits(4), money(150, 6000, 5)))
        out.append(L)
    return out


def g_wp_mail():
    p = pick()
    d = tick()
    s = surgeon()
    L = Line("wp_mail_smtp")
    subj = R.choice([M("Your consultation with Dr. %s is confirmed for " % s[1], T(dfmt(p.consult, R.choice(["mon_d", "long", "us"])), "date"), " at %s" % R.choice(["2:30 PM", "10:00 AM", "11:15 AM"])),
                     M("Pre-op instructions for your surgery on ", T(dfmt(p.surg, "long"), "date")),
                     M("Your CuraCredit application ", T(p.fin_app, "other_id"), " was received")])
    obj = {"to": T(p.email, "email"), "subject": subj, "mailer": "sendgrid", "status": R.choice(["sent", "sent", "failed"]),
           "headers": {"Reply-To": "frontdesk@" + DOMAIN}}
    return [jline("wp_mail_smtp", "[%s] wp-mail-smtp.INFO: Email sent " % d.strftime("%Y-%m-%d %H:%M:%S"), obj, suffix=" []")]


def g_appt_json():
    p = pick()
    d = tick()
    s = surgeon()
    start = datetime(p.consult.year, p.consult.month, p.consult.day, R.randint(8, 16), R.choice([0, 15, 30, 45]), tzinfo=CDT)
    L = Line("pm_appointment_json")
    L.t("%s %s [pm-api] appointment.%s " % (ts_z(d), R.choice(["INFO", "INFO", "DEBUG"]), R.choice(["created", "rescheduled", "confirmed", "no_show"])))
    L.t('{"appointmentId":"').p(p.appt_id, "other_id").t('","patient":{"id":"').p(p.mrn, "mrn").t('","name":"').p(full(p, R.choice(["fl", "lf"])), "name")
    if not hasattr(p, "appt_type"):
        p.appt_type = R.choice(["CONSULT_BREAST", "CONSULT_FACE", "CONSULT_BODY", "INJECTABLES", "POSTOP_1WK"])
        p.appt_min = R.choice([30, 45, 60])
    L.t('","mobile":"').p(ph(p.phone, R.choice(["e164", "raw", "dash"])), "phone").t('"},"type":"%s","start":"' % p.appt_type)
    L.p(start.strftime("%Y-%m-%d"), "date").t(start.strftime("T%H:%M:00-05:00") + '","durationMin":%d,"provider":"Dr. %s %s","location":"%s"}' % (
        p.appt_min, s[0], s[1], R.choice(["Gold Coast Office", "Oak Brook Office", "Med Spa Suite 1420"])))
    return [L]


def g_discharge_escort():
    p = pick()
    d = tick()
    r = relative(p)
    L = Line("asc_discharge_log")
    plate = R.choice(["%s %d" % (alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(10000, 99999)), "%s%d" % (alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(1000, 9999)), alnum(7)])
    L.t("[%s] discharge.INFO: Patient released to escort {\"caseId\":\"" % ts_mono(d)).p(p.case, "other_id")
    L.t('","escort":"').p("%s %s" % (r.first, r.last), "name").t('","relationship":"%s","escortPhone":"' % r.rel).p(ph(r.phone, "dash"), "phone")
    L.t('","vehicle":"%s %s","plate":"%s ' % (R.choice(["silver", "black", "white", "red"]), R.choice(["Camry", "CR-V", "Model Y", "Equinox", "RAV4"]), R.choice(["IL", "IN", "WI"])))
    L.p(plate, "vehicle").t('"')
    if R.random() < 0.5:
        L.t(',"vin":"').p(mkvin(), "vehicle").t('"')
    L.t(',"dischargeTime":"%s","aldrete":%d} []' % (d.strftime("%H:%M"), R.choice([9, 10])))
    return [L]


def mkvin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "5YJ", "2T3", "JTM", "1GN", "3FA", "KNM"]) + "".join(R.choice(ch) for _ in range(5)) + "0"
             + R.choice("KLMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(6))
    tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def g_uber_health():
    p = pick()
    d = tick()
    L = Line("rideshare_json")
    obj = {"trip_id": uuid4(), "status": R.choice(["accepted", "arriving", "completed"]),
           "rider": {"first_name": T(p.first, "name"), "last_name": T(p.last, "name"), "phone_number": T(ph(p.phone, "e164"), "phone")},
           "pickup": {"address": M(T(p.street, "address"), ", ", T(p.city, "address"), ", ", p.state, " ", T(p.zip, "zip"))},
           "dropoff": {"address": "680 N Lake Shore Dr, Chicago, IL 60611"},
           "vehicle": {"make": "Toyota", "model": "Camry", "license_plate": alnum(7), "color": "Gray"},
           "driver": {"first_name": R.choice(["Ahmed", "Luz", "Pete", "Oksana"]), "rating": round(R.uniform(4.7, 5.0), 2)},
           "scheduled_for": T(dfmt(p.consult, "iso"), "date")}
    jw(L.t("%s INFO  [ride-coord] uber-health webhook " % ts_z(d)), obj)
    return [L]


def g_checkin_id():
    p = pick()
    d = tick()
    L = Line("kiosk_checkin_kv")
    L.t("%s kiosk-03 checkin[%d]: id_scan ok type=DL state=%s number=" % (ts_sys(d), R.randint(300, 900), p.state)).p(p.dl, "license")
    L.t(" name=").p(full(p, "upper_lf").replace(" ", ""), "name").t(" dob=").p(dfmt(p.dob, R.choice(["hl7", "us", "dash_us"])), "date")
    L.t(" matched_mrn=").p(p.mrn, "mrn").t(" ins_card=%s" % R.choice(["captured", "skipped"]))
    return [L]


def g_portal_login():
    p = pick()
    d = tick()
    L = Line("portal_auth_json")
    user = R.choice([p.email, (ascii_fold(p.first)[0] + ascii_fold(p.last).replace(" ", "").replace("'", "")).lower() + str(p.dob.year % 100)])
    cat = "email" if "@" in user else "other_id"
    obj = {"level": R.choice([30, 40]), "time": epoch_ms(d), "pid": R.randint(1000, 9999), "hostname": "app01",
           "msg": R.choice(["login succeeded", "login failed: bad password", "mfa code sent"]),
           "username": T(user, cat), "ip": T(p.ip, "ip"), "reqId": "req-" + alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789")}
    if "mfa" in obj["msg"]:
        obj["to"] = "***-***-" + p.phone[-4:]
    return [jline("portal_auth_json", "", obj)]


def g_email_mask_look():
    """line with masked values only would be non-PHI; here combined with chart number -> PHI"""
    p = pick()
    d = tick()
    L = Line("crm_webhook_kv")
    L.t("%s lead-router: dedupe merged contact " % ts_py(d)).p(p.crm, "other_id").t(" into ").p(str(R.randint(1200000, 98999999)), "other_id")
    L.t(" match_on=email(%s***@%s) phone(***%s)" % (p.email[:2], p.email.split("@")[1], p.phone[-4:]))
    return [L]


# --------------------------------------------------------------------------
# noise generators (no PHI)
# --------------------------------------------------------------------------
def n_nginx():
    d = tick(1, 40)
    L = Line("nginx_access")
    c = R.random()
    if c < 0.3:
        ip = R.choice(["10.12.0.%d", "172.16.4.%d"]) % R.randint(2, 250)
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (ip, ts_nginx(d)))
    elif c < 0.5:
        ip = R.choice(["66.249.66.%d", "66.249.68.%d", "40.77.167.%d", "157.55.39.%d"]) % R.randint(1, 250)
        bot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" if ip.startswith("66.") else "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
        L.t('%s - - [%s] "GET /%s/ HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (ip, ts_nginx(d), R.choice([x[0] for x in PROCS] + ["before-after/breast", "blog/bbl-recovery-timeline", "meet-dr-whitcombe"]), R.randint(20000, 90000), bot, R.uniform(0.05, 0.6)))
    elif c < 0.65:
        ip = "216.144.248.%d" % R.randint(16, 30)
        L.t('%s - - [%s] "HEAD / HTTP/1.1" 200 0 "https://www.%s" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)" rt=0.042' % (ip, ts_nginx(d), DOMAIN))
    elif c < 0.85:
        ip = R.choice(["45.155.205.%d", "193.42.33.%d", "185.220.101.%d", "141.98.11.%d"]) % R.randint(1, 250)
        L.t('%s - - [%s] "%s HTTP/1.1" %s %d "-" "%s"' % (ip, ts_nginx(d), R.choice(["POST /xmlrpc.php", "GET /wp-login.php", "GET /.env", "GET /wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php", "GET /?author=1"]),
                                                       R.choice(["403", "404", "444", "200"]), R.randint(0, 5000), R.choice(["python-requests/2.31.0", "Mozilla/5.0 zgrab/0.x", "curl/8.4.0", "WordPress/6.4.3"])))
    else:
        ip = "172.70.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
        L.t('%s - - [%s] "GET /wp-content/uploads/2024/02/%s HTTP/2.0" 200 %d "https://www.%s/" "%s" cf-ray=%s-ORD' % (
            ip, ts_nginx(d), R.choice(["hero-ba-1920.webp", "dr-whitcombe-headshot.jpg", "financing-badge.svg", "gallery-sprite.png"]), R.randint(2000, 400000), DOMAIN, ua(), hexs(16)))
    return [L]


def n_php_fpm():
    d = tick(1, 60)
    m = R.choice(["NOTICE: [pool www] child %d started" % R.randint(2000, 30000),
                  "NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(2000, 30000), R.uniform(300, 9000)),
                  "WARNING: [pool www] server reached pm.max_children setting (40), consider raising it",
                  "WARNING: [pool www] child %d, script '/var/www/html/wp-admin/admin-ajax.php' (request: \"POST /wp-admin/admin-ajax.php\") executing too slow (%.6f sec), logging" % (R.randint(2000, 30000), R.uniform(5, 12))])
    return [Line("php_fpm").t("[%s] %s" % (d.strftime("%d-%b-%Y %H:%M:%S"), m))]


def n_php_err():
    d = tick(1, 90)
    m = R.choice([
        'PHP Deprecated:  Creation of dynamic property GF_Field_Name::$inputMaskIsCustom is deprecated in /var/www/html/wp-content/plugins/gravityforms/includes/fields/class-gf-field.php on line 1403',
        'PHP Warning:  Undefined array key "insurance_member_id" in /var/www/html/wp-content/plugins/lps-booking/includes/class-intake.php on line 214',
        'PHP Warning:  Undefined array key "dob" in /var/www/html/wp-content/plugins/lps-booking/includes/class-intake.php on line 97',
        'PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>wpforms-lite</code> domain was triggered too early. in /var/www/html/wp-includes/functions.php on line 6114',
        'PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2351',
        'PHP Warning:  curl_exec(): Unable to resolve host api.curacredit.com in /var/www/html/wp-content/plugins/lps-financing/src/Client.php on line 77',
        "WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_options` SET `option_value` = '1710252202' WHERE `option_name` = '_transient_timeout_gf_updated' made by require('wp-blog-header.php'), wp, WP->main, do_action_ref_array",
        'PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/wp-content/themes/lps-child/functions.php:88) in /var/www/html/wp-includes/pluggable.php on line 1435',
        'PHP Notice:  wp_lps_leads: cron purge removed %d unconverted leads older than 24 months' % R.randint(10, 300),
    ])
    return [Line("php_error_log").t("[%s] %s" % (ts_php(d, R.random() < 0.7), m))]


def n_wpcron():
    d = tick(1, 90)
    L = Line("wp_cron")
    m = R.choice(["action_scheduler_run_queue completed: %d actions in %.2fs" % (R.randint(0, 40), R.uniform(0.1, 9)),
                  "wp_scheduled_delete ran in %.3fs" % R.uniform(0.01, 0.5),
                  "gravityforms_cron: purged %d partial entries" % R.randint(0, 30),
                  "wp_version_check: WordPress 6.4.3 is current",
                  "wpseo-reindex-links: %d posts reindexed" % R.randint(1, 40),
                  "wordfence_daily_cron: scan complete, 0 issues, %d files scanned" % R.randint(18000, 24000)])
    L.t("%s %s wp-cron[%d]: %s" % (ts_sys(d), R.choice(HOSTS[:2]), R.randint(1000, 9000), m))
    return [L]


def n_wordfence():
    d = tick(1, 90)
    ip = "%d.%d.%d.%d" % (R.choice([45, 193, 185, 103, 91]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return [Line("wordfence").t("[%s] wordfence.WARNING: Blocked %s reason=\"%s\" ip=%s country=%s hits=%d" % (
        d.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["login attempt", "XML-RPC brute force", "malicious file access"]),
        R.choice(["Exceeded the maximum number of login failures", "Blocked by firewall for Directory Traversal", "Used an invalid username 'admin'"]),
        ip, R.choice(["RU", "CN", "NL", "BR", "VN", "US"]), R.randint(1, 400)))]


def n_mysql_slow():
    d = tick(1, 200)
    out = [Line("mysql_slow").t("# Time: %s" % ts_z(d).replace(".", ".") ),
           Line("mysql_slow").t("# User@Host: wp_lps[wp_lps] @ localhost []  Id: %d" % R.randint(10000, 99999)),
           Line("mysql_slow").t("# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d" % (R.uniform(2, 9), R.uniform(0, 0.01), R.randint(1, 500), R.randint(10000, 900000))),
           Line("mysql_slow").t(R.choice(["SELECT SQL_CALC_FOUND_ROWS wp_posts.ID FROM wp_posts WHERE 1=1 AND wp_posts.post_type = 'ba_case' ORDER BY wp_posts.post_date DESC LIMIT 0, 24;",
                                          "SELECT meta_key, meta_value FROM wp_gf_entry_meta WHERE form_id = 3 AND entry_id IN (SELECT id FROM wp_gf_entry WHERE status='active') ;",
                                          "DELETE FROM wp_options WHERE option_name LIKE '\\_transient\\_%' ;"]))]
    return out


def n_redis():
    d = tick(1, 200)
    return [Line("redis").t("%d:M %s.%03d * %s" % (R.randint(1, 99), d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000,
                                                    R.choice(["100 changes in 300 seconds. Saving...", "Background saving started by pid %d" % R.randint(1000, 9000),
                                                              "DB saved on disk", "Background saving terminated with success", "RDB: 2 MB of memory used by copy-on-write"])))]


def n_crm_sync():
    d = tick(1, 200)
    return [Line("crm_sync_stats").t("%s INFO  [crm-sync] run=%s pushed=%d updated=%d skipped_dupes=%d errors=%d took=%.2fs next_cursor=%s" % (
        ts_py(d), uuid4(), R.randint(0, 60), R.randint(0, 200), R.randint(0, 12), R.choice([0, 0, 0, 1, 3]), R.uniform(0.8, 14), b64rand(12, True).rstrip("=")))]


def n_twilio_stats():
    d = tick(1, 200)
    return [Line("twilio_sms").t("%s info postop-checkin: batch day%d queued=%d sent=%d failed=%d opt_out=%d took=%.2fs" % (
        ts_z(d), R.choice([1, 3, 7, 14, 30]), R.randint(3, 30), R.randint(3, 30), R.choice([0, 0, 1]), R.choice([0, 0, 1]), R.uniform(0.5, 4)))]


def n_twilio_cb():
    d = tick(1, 200)
    return [Line("twilio_sms").t('%s - - [%s] "POST /twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" MessageSid=SM%s MessageStatus=%s ErrorCode=%s' % (
        "54.172.60.%d" % R.randint(1, 254), ts_nginx(d), hexs(32), R.choice(["delivered", "sent", "undelivered"]), R.choice(["", "", "30003", "30005"])))]


def n_photo_stats():
    d = tick(1, 200)
    m = R.choice(["thumbnailer: processed %d images (%d failed) avg %.0fms" % (R.randint(5, 90), R.choice([0, 0, 1]), R.uniform(90, 600)),
                  "exif-strip: removed GPS/serial tags from %d public gallery images" % R.randint(3, 40),
                  "s3 multipart upload complete bucket=lps-clinical-photos parts=%d etag=\"%s-%d\" x-amz-request-id=%s" % (R.randint(2, 8), hexs(32), R.randint(2, 8), alnum(16)),
                  "lifecycle: moved %d objects to GLACIER_IR (older than 400 days)" % R.randint(100, 4000),
                  "face-index: model arcface-r100 loaded in %.2fs, gpu=none threads=8" % R.uniform(1, 6)])
    return [Line("photo_upload_log").t("%s INFO [photo-ingest] %s" % (ts_py(d), m))]


def n_fin_api():
    d = tick(1, 200)
    c = R.random()
    if c < 0.5:
        return [Line("financing_json").t('%s INFO  [curacredit-client] {"method":"POST","path":"/v3/%s","status":%d,"latencyMs":%d,"requestId":"%s","merchantId":"5348120090"}' % (
            ts_py(d), R.choice(["prequal", "applications", "transactions/authorize", "token"]), R.choice([200, 200, 201, 401, 503]), R.randint(80, 4200), uuid4()))]
    if c < 0.75:
        return [Line("financing_kv").t("[%s] financing.INFO: webhook signature verified event=%s delivery=%s" % (ts_mono(d), R.choice(["application.decisioned", "transaction.settled", "promo.updated"]), uuid4()))]
    return [Line("config_dump").t("financing.provider=curacredit financing.merchant_id=5348120090 financing.env=production financing.timeout_ms=8000 financing.promo_default=24MO_DEFERRED")]


def n_hl7_stats():
    d = tick(1, 200)
    return [Line("mirth_stats").t("%s INFO  [mirth] channel=%s received=%d filtered=%d queued=%d sent=%d errored=%d" % (
        ts_py(d), R.choice(["SURG_SCHED_OUT", "ASC_ADT_IN", "LAB_ORU_IN"]), R.randint(10, 900), R.randint(0, 30), R.randint(0, 5), R.randint(10, 900), R.choice([0, 0, 1, 2])))]


def n_x12_ack():
    d = tick(1, 200)
    ctl = "%09d" % R.randint(1000, 99999)
    payer = R.choice(PAYERS)
    return [Line("x12_999").t("%s INFO [edi-gateway] 999 from %s: ISA*00*          *00*          *ZZ*%-15s*ZZ*LPS123456      *%s*%s*^*00501*%s*0*P*:~GS*FA*%s*LPS123456*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HI*%d*005010X217~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%s~" % (
        ts_py(d), payer[0], payer[0][:15], d.strftime("%y%m%d"), d.strftime("%H%M"), ctl, payer[0], d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1000, 9999), R.randint(1000, 9999), R.randint(1000, 9999), ctl))]


def n_or_block():
    d = tick(1, 200)
    s = surgeon()
    bd = TODAY + timedelta(days=R.randint(3, 40))
    return [Line("or_schedule_kv").t("[%s] orsched.INFO: block %s OR%d %s %s by Dr. %s (npi=%s) utilization_30d=%.0f%%" % (
        ts_mono(d), R.choice(["released", "claimed", "swapped"]), R.randint(1, 3), bd.isoformat(), R.choice(["AM", "PM", "FULL"]), s[1], s[2], R.uniform(55, 97)))]


def n_implant_catalog():
    d = tick(1, 200)
    m, cat, lot, sn, di, exp, udi = implant()
    return [Line("implant_registry_kv").t("%s implant-registry: catalog sync %s ref=%s udi_di=%s lot=%s status=%s qty_on_hand=%d" % (
        ts_sys(d), m[0], cat, di, lot, R.choice(["RELEASED", "RELEASED", "QUARANTINE"]), R.randint(0, 12)))]


def n_qb_vendor():
    d = tick(1, 200)
    dt = dfmt(TODAY - timedelta(days=R.randint(0, 6)), "us")
    v = R.choice([("Allergan Aesthetics", "Implants & Botox inventory"), ("Mentor Worldwide LLC", "Implant consignment"), ("Stripe", "Processing fees"),
                  ("ComEd", "Electric"), ("Henry Schein", "Surgical supplies"), ("CuraCredit", "Merchant discount fee")])
    return [Line("quickbooks_csv").t("%s,Bill Payment,%d,%s,%s,ACH,,-%s" % (dt, R.randint(5000, 5999), v[0], v[1], money(80, 40000, 1)))]


def n_review_stats():
    d = tick(1, 200)
    return [Line("review_stats").t("%s INFO  [reviews-sync] source=%s fetched=%d new=%d avg_rating=%.2f replied=%d" % (
        ts_z(d), R.choice(["google", "yelp", "realself"]), R.randint(0, 40), R.randint(0, 4), R.uniform(4.4, 4.95), R.randint(0, 4)))]


def n_infra():
    d = tick(1, 200)
    h = R.choice(HOSTS)
    m = R.choice(["systemd[1]: Started Daily apt download activities.",
                  "certbot[%d]: Cert not yet due for renewal: %s (expires in %d days)" % (R.randint(1000, 9000), DOMAIN, R.randint(20, 80)),
                  "CRON[%d]: (www-data) CMD (php /var/www/html/wp-cron.php >/dev/null 2>&1)" % R.randint(1000, 90000),
                  "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies." % (R.randint(100000, 900000), R.randint(0, 999999)),
                  "restic[%d]: snapshot %s saved, %d files, %.1f GiB added" % (R.randint(1000, 9000), hexs(8), R.randint(100, 9000), R.uniform(0.1, 9)),
                  "sshd[%d]: Accepted publickey for deploy from 10.12.0.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 90000), R.randint(2, 250), R.randint(30000, 65000), b64rand(32).rstrip("=")),
                  "dockerd[%d]: time=\"%s\" level=info msg=\"ignoring event\" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"" % (R.randint(500, 900), ts_z(d), hexs(64))])
    return [Line("syslog").t("%s %s %s" % (ts_sys(d), h, m))]


def n_pino():
    d = tick(1, 100)
    obj = {"level": 30, "time": epoch_ms(d), "pid": R.randint(10, 99), "hostname": "booking-api-%s-%s" % (hexs(9), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
           "reqId": "req-" + alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), "res": {"statusCode": R.choice([200, 200, 204, 304, 429, 500])},
           "responseTime": round(R.uniform(1, 900), 3), "msg": "request completed", "traceId": hexs(32), "spanId": hexs(16)}
    return [jline("pino_json", "", obj)]


def n_config():
    tick(1, 200)
    m = R.choice(["booking.slot_length_min=30 booking.lead_time_hours=48 booking.deposit_usd=150 booking.sms_reminders=true",
                  "photos.bucket=lps-clinical-photos photos.kms_key=alias/lps-phi photos.retention_days=3650 photos.public_gallery_strip_exif=true",
                  "twilio.messaging_service_sid=MG%s twilio.from=+13129442100 twilio.status_callback=https://app.%s/twilio/status" % (hexs(32), DOMAIN),
                  "hl7.mllp.host=10.20.1.15 hl7.mllp.port=6661 hl7.ack_timeout_ms=15000 hl7.charset=UTF-8",
                  "edi.clearinghouse=availity edi.submitter_id=LPS123456 edi.sftp=sftp.availity.com:9922 edi.poll_interval=300s",
                  "wa.phone_number_id=%s wa.business_account_id=102290129340398 wa.api_version=v19.0 wa.verify_token=***" % WA_PHONE_ID,
                  "ig.page_id=17841405822304914 ig.app_id=%s ig.webhook_fields=messages,messaging_postbacks,message_reactions" % digits(15)])
    return [Line("config_dump").t(m)]


def n_staff_contact():
    d = tick(1, 200)
    c = R.choice(COORD)
    s = surgeon()
    m = R.choice(["template consult_reminder_v3 rendered signature=\"%s %s | Patient Care Coordinator | %s | (312) 944-2100 ext %s | %s@%s\"" % (c[0], c[1], PRACTICE, c[3], c[2], DOMAIN),
                  "referral fax cover generated from=%s to=Northwestern Medicine Breast Center fax=(312) 926-4780 physician=Dr. %s %s" % (ph(MAIN_FAX, "paren"), s[0], s[1]),
                  "staff credential check: %s %s RN license 041.%s status=ACTIVE exp=2025-05-31" % (c[0], c[1], digits(6)),
                  "on-call rotation updated: %s (%s) %s -> %s" % ("Dr. " + s[1], ph(rphone(), "dash"), (TODAY + timedelta(days=R.randint(0, 6))).isoformat(), "Dr. " + surgeon()[1])])
    return [Line("staff_admin_log").t("%s INFO  [admin] %s" % (ts_py(d), m))]


def n_wa_template():
    d = tick(1, 200)
    obj = {"entry": [{"id": "102290129340398", "time": epoch(d), "changes": [{"value": {"event": R.choice(["APPROVED", "REJECTED", "PAUSED"]),
                                                                                          "message_template_id": int(digits(15)), "message_template_name": R.choice(["postop_d3", "consult_reminder_v3", "financing_link"]),
                                                                                          "message_template_language": R.choice(["en_US", "es_MX"]), "reason": None}, "field": "message_template_status_update"}]}],
           "object": "whatsapp_business_account"}
    return [jline("whatsapp_cloud_webhook", "%s INFO  [wa-webhook] " % ts_z(d), obj)]


def n_ig_err():
    d = tick(1, 200)
    return [Line("instagram_webhook").t('%s ig-inbox-bridge[%d]: ERROR graph API {"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"%s"}} retry_in=%ds' % (
        ts_sys(d), R.randint(1100, 1400), b64rand(15, True).rstrip("="), R.choice([30, 60, 120])))]


def n_anes_stats():
    d = tick(1, 200)
    return [Line("anesthesia_monolog").t('[%s] clearance.INFO: Daily clearance summary {"date":"%s","cases":%d,"cleared":%d,"pending":%d,"escalated":%d} []' % (
        ts_mono(d), TODAY.isoformat(), R.randint(4, 14), R.randint(2, 10), R.randint(0, 5), R.randint(0, 2)))]


def n_mail_stats():
    d = tick(1, 200)
    return [Line("wp_mail_smtp").t('[%s] wp-mail-smtp.INFO: SendGrid webhook batch {"delivered":%d,"open":%d,"bounce":%d,"spamreport":%d} []' % (
        d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(5, 80), R.randint(2, 40), R.randint(0, 3), R.choice([0, 0, 1])))]


def n_order_lookalike():
    d = tick(1, 200)
    return [Line("woocommerce_log").t("%s INFO woocommerce order #%d status changed pending -> processing (skincare: %s x%d) txn=ch_%s build=%s" % (
        ts_z(d), R.randint(20000, 29999), R.choice(["SkinMedica TNS Advanced+", "ZO Daily Power Defense", "EltaMD UV Clear"]), R.randint(1, 3),
        alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "2024.03.%d-%s" % (R.randint(1, 11), hexs(7))))]


def n_appt_stats():
    d = tick(1, 200)
    return [Line("pm_appointment_json").t('%s INFO [pm-api] {"event":"schedule.stats","day":"%s","consults":%d,"injectables":%d,"postops":%d,"no_shows":%d,"utilization":%.2f}' % (
        ts_z(d), (TODAY + timedelta(days=R.randint(0, 10))).isoformat(), R.randint(3, 16), R.randint(4, 30), R.randint(2, 12), R.randint(0, 3), R.uniform(0.5, 0.98)))]


PHI_GENS = [(g_nginx_patient, 7), (g_php_dberror, 3), (g_php_vardump, 3), (g_php_fatal_phi, 3), (g_gf_webhook, 5),
            (g_ig_webhook, 6), (g_ig_profile, 2), (g_whatsapp, 6), (g_wa_status, 2), (g_crm_kv, 4), (g_crm_json, 4),
            (g_exif_clinic, 1), (g_exif_patient, 1), (g_photo_upload, 5), (g_face_index, 3), (g_photo_thumb, 1),
            (g_fin_xml, 4), (g_fin_resp, 3), (g_fin_kv, 3), (g_hl7_siu, 3), (g_anes_mono, 4), (g_anes_note, 4), (g_pat_fax, 2), (g_mohs_referral, 2),
            (g_implant_csv, 2), (g_implant_json, 3), (g_implant_recall, 3), (g_expander, 2),
            (g_twilio_in, 5), (g_twilio_out, 4), (g_sms_transcript, 4), (g_x12_278_req, 3), (g_x12_278_resp, 2), (g_payer_portal, 3),
            (g_review_google, 4), (g_review_yelp, 3), (g_complaint, 3), (g_records_fax, 2), (g_review_reply, 2), (g_qb_iif, 2), (g_qb_csv, 2),
            (g_wp_mail, 4), (g_appt_json, 4), (g_discharge_escort, 3), (g_uber_health, 2), (g_checkin_id, 2), (g_portal_login, 3),
            (g_email_mask_look, 2)]
NOISE_GENS = [(n_nginx, 10), (n_php_fpm, 4), (n_php_err, 7), (n_wpcron, 4), (n_wordfence, 4), (n_mysql_slow, 1), (n_redis, 2),
              (n_crm_sync, 4), (n_twilio_stats, 3), (n_twilio_cb, 4), (n_photo_stats, 4), (n_fin_api, 5), (n_hl7_stats, 3),
              (g_hl7_ack, 3), (n_x12_ack, 3), (n_or_block, 3), (n_implant_catalog, 3), (n_qb_vendor, 3), (n_review_stats, 3),
              (n_infra, 6), (n_pino, 6), (n_config, 3), (n_staff_contact, 4), (n_wa_template, 2), (n_ig_err, 2), (n_anes_stats, 2),
              (n_mail_stats, 2), (n_order_lookalike, 3), (n_appt_stats, 2)]


# multi-line artefacts: cap how many blocks of each the file holds
CAPS = {"g_exif_clinic": 3, "g_exif_patient": 2, "g_hl7_siu": 3, "g_x12_278_resp": 2, "g_implant_csv": 3,
        "g_qb_iif": 3, "g_qb_csv": 3, "n_mysql_slow": 2}


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    built = []  # (family, bytes, spans)
    target_noise = 0.55
    used = {}
    # make sure rarer identifier types are represented
    required = ([g_photo_thumb] * 2 + [g_face_index] * 2 + [g_mohs_referral] * 2 + [g_anes_note] * 2 + [g_fin_xml] * 2
                + [g_checkin_id] * 2 + [g_discharge_escort] * 2 + [g_ig_profile] * 2 + [g_review_yelp] * 2 + [g_exif_patient]
                + [g_hl7_siu] + [g_x12_278_resp] + [g_records_fax] * 2 + [g_qb_csv] + [g_php_fatal_phi] + [g_implant_csv])
    while len(built) < N_LINES:
        n = len(built)
        nonphi = sum(1 for b in built if not b[2])
        want_noise = nonphi < target_noise * (n + 1)
        if R.random() < 0.12:
            want_noise = not want_noise
        if not want_noise and required and R.random() < 0.2:
            g = required.pop(R.randrange(len(required)))
        else:
            g = wchoice(NOISE_GENS if want_noise else PHI_GENS)
        if CAPS.get(g.__name__, 10**6) <= used.get(g.__name__, 0):
            continue
        used[g.__name__] = used.get(g.__name__, 0) + 1
        block = g()
        if n + len(block) > N_LINES:
            continue
        for L in block:
            b, spans = L.build()
            built.append((L.fam, b, spans))
    assert len(built) == N_LINES
    log_lines = []
    labels = []
    for i, (fam, b, spans) in enumerate(built, 1):
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        for sp in spans:
            assert b[sp["s"]:sp["e"]] == sp["_v"], (i, sp)
            assert sp["e"] > sp["s"]
        clean = [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]
        # spans must not overlap
        last_e = -1
        for sp in sorted(clean, key=lambda x: x["s"]):
            assert sp["s"] >= last_e, (i, clean)
            last_e = sp["e"]
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": fam, "spans": clean}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    nonphi = sum(1 for b in built if not b[2])
    cats = {}
    for _, _, spans in built:
        for sp in spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = sorted(set(b[0] for b in built))
    print("lines=%d nonphi=%d (%.1f%%) families=%d" % (len(built), nonphi, 100.0 * nonphi / len(built), len(fams)))
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
