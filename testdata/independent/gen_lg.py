#!/usr/bin/env python3
"""gen_lg.py -- synthetic labeled log corpus "lg".

Theme: field operations of a fictitious home health & hospice agency
("Riverbend Home Health & Hospice", central Ohio): EVV GPS check-ins from the
Android (logcat / OkHttp) and iOS (unified log) apps, OASIS submissions (fixed
width records and XML), scheduling / route optimisation (solver logs, CSV stop
exports), hospice bereavement letters and calls, DME delivery tickets (pipe rows
and vendor JSON), medication reconciliation (structlog JSON), nurse visit notes
dictated by voice (speech-to-text transcripts with recognition errors), family
portal messages (JSON + nginx), after-hours on-call logs, FastAPI/uvicorn and
Celery worker logs, MongoDB slow query logs (4.4+ JSON and legacy text, with
documents), Twilio voice (twilio-python HTTP logging, status webhooks, call CSV
export), hospital referral HL7 v2 ADT and X12 270 eligibility requests.
All people, numbers and places-with-numbers are synthetic.

Standard library only, deterministic (fixed seed).  Writes lg.log and
lg.labels.jsonl next to this script.

Labeling decisions:
- PHI = identifiers of patients, deceased patients, relatives, caregivers,
  guarantors, subscribers, bereaved survivors and portal users (family).
  Clinicians, aides, chaplains, coordinators, physicians (names, NPIs, phones,
  emails, usernames), vendors, DME drivers, funeral homes, hospitals, payers
  (CMS address) and the agency itself are never labeled.
- name: every written form of a covered person's name (full, "Last, First",
  HL7 LAST^FIRST^MI, upper/lower case, initial + last, first name alone, a
  lone middle initial in its own OASIS field, names mangled by speech-to-text
  such as "oh brian", names in Hangul/Vietnamese).  Honorifics (Mr., Mrs.,
  missus) and relationship words (daughter) are outside the span.
- address: street line (with apt/unit), city, county, and GPS coordinates of
  a visit/home (lat and lon as separate spans when written as separate
  fields, one span when written as a pair).  State alone is never labeled.
  Twilio's derived FromCity/CalledCity of a patient/family number is labeled
  address (and FromZip/CalledZip zip).  Coordinates of a clinician device
  outside a visit (office, route start) are not labeled.
- zip: 5-digit or ZIP+4 of a covered person, as one span.
- date: birth, death, start of care, resumption of care, admission,
  discharge, assessment completion, visit/service date-times (EVV call
  date-times, route visit dates, DME delivery dates) and scheduled contacts
  with an identified survivor (bereavement letter send dates), including
  spoken forms in dictation.  Log timestamps, record creation/processing
  times, Twilio call record times, batch/route-plan dates for a whole branch
  and years alone are not labeled.
- age: only ages over 89 (numeric or spoken); 89 and below are not labeled.
- phone / fax / email: of covered persons only, in any written form incl.
  E.164 and URL-encoded (%2B1...); agency, staff, vendor and physician
  numbers are not labeled.
- mrn: agency patient number (RBnnnnnn, also OASIS M0020) and hospital MRN.
- health_plan: Medicare MBI, Ohio Medicaid IDs, commercial member IDs.
- account: patient/billing account numbers and card numbers (a public test
  card number 4111 1111 1111 1111 is not labeled).
- license: driver's licence / state ID numbers of covered persons.
- vehicle: licence plates of covered persons' vehicles.
- device: serial numbers of DME and monitoring devices placed with a patient
  (concentrators, beds, pumps, PERS pendants, BLE scale MAC); agency tablets,
  clinician phones and their device IDs are not labeled.
- url: personal pages (obituaries, CaringBridge, fundraisers) of covered
  persons.  API endpoints, Twilio recording URLs are not.
- ip: public IP of a family-portal user; RFC1918 addresses and clinician app
  traffic are not labeled.
- biometric: voiceprint / fingerprint templates of a client.
- photo: base64 face photo captured for client verification; wound photos
  (not face) are not labeled.
- other_id: episode numbers, hospital visit/encounter numbers, bereavement
  case numbers, portal usernames of family, state EVV client IDs.  Visit IDs,
  task UUIDs, Twilio SIDs, Mongo ObjectIds, ticket/order/letter numbers are
  system record keys and are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from urllib.parse import quote, quote_plus

ID = "lg"
rng = random.Random(20241104 + 21)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# line builder


class P:
    """A PHI piece: value + category.  raw=True -> emitted unquoted in JSON."""

    def __init__(self, v, c, raw=False):
        self.v, self.c, self.raw = str(v), c, raw


class Seg:
    """A string made of plain and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


class L:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.sp = []

    def t(self, *parts):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.c)
            elif isinstance(x, Seg):
                self.t(*x.parts)
            else:
                self.b += str(x).encode("utf-8")
        return self

    def p(self, v, c):
        s = len(self.b)
        self.b += v.encode("utf-8")
        self.sp.append((s, len(self.b), c, v))
        return self

    def text(self):
        return self.b.decode("utf-8")


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(ln, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k), sep[1])
            jdump(ln, v, sep, ascii_)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep, ascii_)
        ln.t("]")
    elif isinstance(o, P):
        if o.raw:
            ln.p(o.v, o.c)
        else:
            ln.t('"').p(jesc(o.v, ascii_), o.c).t('"')
    elif isinstance(o, Seg):
        ln.t('"')
        for x in o.parts:
            if isinstance(x, P):
                ln.p(jesc(x.v, ascii_), x.c)
            else:
                ln.t(jesc(x, ascii_))
        ln.t('"')
    elif isinstance(o, str):
        ln.t(json.dumps(o, ensure_ascii=ascii_))
    else:
        ln.t(json.dumps(o))
    return ln


def pyrepr(ln, o):
    """Python repr() of dict/list/str, with PHI pieces."""
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(", ")
            ln.t(repr(k), ": ")
            pyrepr(ln, v)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(", ")
            pyrepr(ln, v)
        ln.t("]")
    elif isinstance(o, P):
        if o.raw:
            ln.p(o.v, o.c)
        else:
            q = '"' if "'" in o.v else "'"
            ln.t(q).p(o.v, o.c).t(q)
    elif isinstance(o, Seg):
        full = "".join(x.v if isinstance(x, P) else x for x in o.parts)
        q = '"' if "'" in full else "'"
        ln.t(q)
        ln.t(*o.parts)
        ln.t(q)
    else:
        ln.t(repr(o))
    return ln


def mdump(ln, o):
    """mongod legacy (<4.4) text rendering: { key: "v", n: 1 }."""
    if isinstance(o, dict):
        if not o:
            ln.t("{}")
            return ln
        ln.t("{ ")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(", ")
            kk = k if k.replace("_", "").replace("$", "").isalnum() else json.dumps(k)
            ln.t(kk, ": ")
            mdump(ln, v)
        ln.t(" }")
    elif isinstance(o, list):
        ln.t("[ ")
        for i, v in enumerate(o):
            if i:
                ln.t(", ")
            mdump(ln, v)
        ln.t(" ]")
    elif isinstance(o, (P, Seg)):
        jdump(ln, o)
    elif isinstance(o, Raw):
        ln.t(o.s)
    elif isinstance(o, str):
        ln.t(json.dumps(o, ensure_ascii=False))
    elif isinstance(o, bool):
        ln.t("true" if o else "false")
    else:
        ln.t(str(o))
    return ln


class Raw:
    def __init__(self, s):
        self.s = s


# --------------------------------------------------------------------------
# clock & formatting

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
REF = dt.date(2024, 11, 4)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 11, 4, 6, 31, 41, 118000)

    def tick(self, lo=1, hi=75):
        self.t += dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))
        return self.t


CLK = Clock()
ONC = Clock()
ONC.t = dt.datetime(2024, 11, 4, 0, 4, 12)
_VC = {}


def variant(key, n):
    """Cycle through n variants in shuffled order (balanced coverage)."""
    lst = _VC.get(key)
    if not lst:
        lst = list(range(n))
        rng.shuffle(lst)
        _VC[key] = lst
    return lst.pop()


def now(lo=1, hi=75):
    return CLK.tick(lo, hi)


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "-05:00"


def ts_mlegacy(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "-0500"


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S") + "." + ms(t)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d-0500" % t.microsecond


def ts_nginx(t):
    return "%02d/%s/%d:%s -0500" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def ts_utc(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % u.microsecond


def ts_utc_ms(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(u) + "Z"


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_yy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy_mon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "mon":
        return "%s %d %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def oid():
    return "6728" + hexs(20)


def csid(prefix="CA"):
    return prefix + hexs(32)


ACCOUNT_SID = "AC3f9d2c41b7e85a06d1c4f2e9b8a73510"
AGENCY_MAIN = "+16145559000"
AGENCY_BEREAVE = "+16145559044"
AGENCY_ONCALL = "+16145559011"


def internal_ip():
    return "10.20.%d.%d" % (rng.randint(0, 7), rng.randint(2, 250))


def public_ip():
    firsts = [73, 74, 76, 98, 99, 107, 108, 174, 184, 24, 65, 71, 47, 172]
    a = rng.choice(firsts)
    if a == 172:
        b = rng.randint(56, 120)
    else:
        b = rng.randint(1, 254)
    return "%d.%d.%d.%d" % (a, b, rng.randint(0, 255), rng.randint(1, 254))


def ascii_fold(s):
    m = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}
    s = "".join(m.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# number words for dictation
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else " " + ONES[o])


def ordw(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD[o]


def spoken_year(y):
    a, b = divmod(y, 100)
    return words(a) + " " + ("hundred" if b == 0 else ("oh " + ONES[b] if b < 10 else words(b)))


def spoken_date(d, style):
    if style == 0:
        return "%s %s %s" % (MONTHS[d.month - 1].lower(), ordw(d.day), spoken_year(d.year))
    if style == 1:
        return "%s %s %s" % (words(d.month), words(d.day), words(d.year % 100))
    return "the %s of %s %s" % (ordw(d.day), MONTHS[d.month - 1].lower(), spoken_year(d.year))


def spoken_digits(s):
    return " ".join("oh" if c == "0" and rng.random() < 0.4 else ONES[int(c)] for c in s if c.isdigit())


# --------------------------------------------------------------------------
# people & places

CITIES = {
    "Columbus": ("Franklin", 39.9612, -82.9988),
    "Dublin": ("Franklin", 40.0992, -83.1141),
    "Reynoldsburg": ("Licking", 39.9548, -82.8121),
    "Grove City": ("Franklin", 39.8815, -83.0930),
    "Worthington": ("Franklin", 40.0931, -83.0180),
    "Lancaster": ("Fairfield", 39.7137, -82.5993),
    "Hilliard": ("Franklin", 40.0334, -83.1582),
    "Westerville": ("Delaware", 40.1262, -82.9291),
    "Gahanna": ("Franklin", 40.0192, -82.8793),
    "Newark": ("Licking", 40.0581, -82.4013),
    "Circleville": ("Pickaway", 39.6006, -82.9460),
    "Delaware": ("Delaware", 40.2987, -83.0680),
    "Marysville": ("Union", 40.2364, -83.3671),
    "Mount Vernon": ("Knox", 40.3934, -82.4857),
    "Bexley": ("Franklin", 39.9689, -82.9377),
    "London": ("Madison", 39.8865, -83.4483),
    "Pickerington": ("Fairfield", 39.8842, -82.7535),
}

STREETS = ["Brindlewood Ct", "E Dublin-Granville Rd", "Cleveland Ave", "Karl Rd", "Sawmill Pkwy",
           "N Hamilton Rd", "Refugee Rd", "Parsons Ave", "Sullivant Ave", "Morse Rd", "Schrock Rd",
           "Olentangy River Rd", "W Main St", "N High St", "E Broad St", "Livingston Ave",
           "Maple Dr", "Oakwood Ln", "Cherry Bottom Rd", "Hickory Ridge Way", "Shady Lane Rd",
           "County Road 26", "State Route 37", "Pleasant Valley Dr", "Old Stone Ct",
           "Brookside Blvd", "Woodland Ave", "Cassady Ave", "Lockbourne Rd", "Harrisburg Pike",
           "Tussing Rd", "Wedgewood Dr", "Kenny Rd", "Spring Valley Rd", "Fishinger Rd",
           "Bethel Rd", "Chatterton Rd", "Ashburton Rd", "Columbian Ave", "Memorial Dr"]
UNITS = ["Apt 2B", "Apt 114", "Unit 7", "Lot 44", "Apt C", "# 306", "Apt 3-F"]

# first, mi, last, suffix, sex, dob, city, zip, rel_first, rel_last, relation, hospice, dod, lang, stt
PAT_ROWS = [
    ("Margaret", "A", "O'Brien", "", "F", "1931-03-03", "Columbus", "43214", "Kathleen", "O'Brien-Hayes", "daughter", 1, None, "en", "margaret oh brian"),
    ("Venkataraman", "", "Raman", "", "M", "1938-07-22", "Dublin", "43017", "Priya", "Raman", "daughter", 0, None, "en", "venkat a raman"),
    ("Lan", "T", "Nguyễn", "", "F", "1944-01-15", "Columbus", "43229", "Minh", "Nguyen", "son", 0, None, "vi", "lan when"),
    ("Oluwaseun", "", "Adeyemi", "", "M", "1952-09-30", "Reynoldsburg", "43068", "Funmilayo", "Adeyemi", "wife", 0, None, "en", "olu shaun adie yemmy"),
    ("Guadalupe", "", "García-López", "", "F", "1933-12-12", "Columbus", "43207", "Marisol", "López", "granddaughter", 0, None, "es", "guadalupe garcia lopez"),
    ("Wojciech", "", "Wiśniewski", "", "M", "1940-05-05", "Grove City", "43123", "Tomasz", "Wisniewski", "son", 0, None, "pl", "voy check wish new ski"),
    ("Cornelia", "M", "van der Berg", "", "F", "1929-10-01", "Worthington", "43085", "Pieter", "van der Berg", "son", 1, None, "en", "cornelia vander berg"),
    ("Harold", "J", "Whitfield", "", "M", "1929-02-14", "Lancaster", "43130", "Betty", "Whitfield", "wife", 1, "2024-11-04", "en", "harold whitfield"),
    ("Fatima", "", "Al-Hassan", "", "F", "1947-03-21", "Hilliard", "43026", "Omar", "Al-Hassan", "son", 0, None, "en", "fatima al hassan"),
    ("Giuseppe", "", "DiMaggio", "", "M", "1936-08-19", "Westerville", "43081", "Angela", "DiMaggio-Russo", "daughter", 1, "2023-10-02", "en", "giuseppe dee maggio"),
    ("Eleni", "", "Papadopoulos", "", "F", "1941-11-30", "Gahanna", "43230", "Nikos", "Papadopoulos", "son", 0, None, "en", "ellie knee papa dop lous"),
    ("Kaimana", "", "Kealoha", "", "M", "1950-04-04", "Columbus", "43215", "Malia", "Kealoha", "daughter", 0, None, "en", "kai mana kay a low ha"),
    ("Fumiko", "", "Yamamoto", "", "F", "1932-06-06", "Dublin", "43016", "Kenji", "Yamamoto", "son", 1, None, "en", "fumiko yamamoto"),
    ("Dmitri", "", "Petrov", "", "M", "1945-12-25", "Hilliard", "43026", "Svetlana", "Petrova", "wife", 1, "2024-08-11", "en", "dimitri petrov"),
    ("Abena", "", "Mensah", "", "F", "1949-02-02", "Columbus", "43224", "Kwame", "Mensah", "son", 0, None, "en", "abena men sa"),
    ("Dorothy", "", "Smith-Okafor", "", "F", "1935-01-19", "Newark", "43055", "Ngozi", "Okafor", "daughter", 0, None, "en", "dorothy smith oak a for"),
    ("Earl", "W", "MacDonald", "JR", "M", "1943-09-09", "Circleville", "43113", "Earl", "MacDonald III", "son", 1, "2024-07-30", "en", "earl mcdonald junior"),
    ("Jean-Pierre", "", "Dubois", "", "M", "1937-04-17", "Delaware", "43015", "Marie-Claire", "Dubois", "wife", 0, None, "fr", "john pierre do bwah"),
    ("Loretta", "", "St. Clair", "", "F", "1930-08-08", "Marysville", "43040", "Denise", "St. Clair", "niece", 1, None, "en", "loretta saint clair"),
    ("Clarence", "E", "Washington", "SR", "M", "1934-05-29", "Columbus", "43211", "Tamara", "Washington-Reid", "daughter", 1, "2024-05-14", "en", "clarence washington"),
    ("José", "", "Hernández", "", "M", "1946-10-10", "Columbus", "43204", "María José", "Hernández", "daughter", 1, "2024-08-12", "es", "jose hernandez"),
    ("Mehmet", "", "Çelik", "", "M", "1951-07-07", "Westerville", "43082", "Ayşe", "Çelik", "daughter", 0, None, "tr", "mehmet che lick"),
    ("Ingrid", "", "Sørensen", "", "F", "1928-12-01", "Worthington", "43085", "Erik", "Sorensen", "son", 1, None, "en", "ingrid sorenson"),
    ("Soon-ja", "", "Park", "", "F", "1939-03-15", "Columbus", "43235", "Jae-won", "Park", "son", 0, None, "ko", "soon ja park"),
    ("Mildred", "", "Kowalski", "", "F", "1926-09-14", "Mount Vernon", "43050", "Tyler", "Kowalski", "grandson", 1, None, "en", "mildred kowalski"),
    ("Tuan", "", "Tran", "", "M", "1948-06-20", "Columbus", "43229", "Linh", "Tran", "daughter", 0, None, "vi", "twan tran"),
    ("Ruth", "", "Goldberg", "", "F", "1933-02-27", "Bexley", "43209", "David", "Goldberg", "son", 0, None, "en", "ruth gold burg"),
    ("Rafael", "", "de la Cruz", "", "M", "1942-11-11", "Grove City", "43123", "Yolanda", "de la Cruz", "wife", 0, None, "es", "rafael della cruise"),
    ("Shirley", "", "Begay", "", "F", "1944-04-23", "London", "43140", "Renee", "Begay", "daughter", 0, None, "en", "shirley be gay"),
    ("Walter", "H", "Schmidt", "", "M", "1938-01-08", "Pickerington", "43147", "Helga", "Schmidt", "wife", 1, None, "de", "walter smith"),
    ("Zoë", "", "Hartley-Finch", "", "F", "1979-05-30", "Columbus", "43201", "Joanna", "Hartley", "mother", 1, None, "en", "zoe hartley finch"),
    ("Chukwuemeka", "", "Eze", "", "M", "1953-08-15", "Gahanna", "43230", "Obinna", "Eze", "son", 1, None, "en", "chuck wuemeka ezay"),
    ("Bernadette", "", "Fitzgerald", "", "F", "1927-07-04", "Lancaster", "43130", "Maureen", "Fitzgerald", "sister", 0, None, "en", "bernadette fitz gerald"),
    ("Hoa", "", "Le", "", "F", "1940-10-31", "Columbus", "43232", "Danny", "Le", "son", 0, None, "vi", "wa lay"),
    ("Agnes", "", "Novak", "", "F", "1932-12-24", "Newark", "43055", "Karen", "Novak-Price", "daughter", 1, None, "en", "a gnes no vac"),
    ("Desmond", "", "Oyelaran", "", "M", "1955-03-03", "Reynoldsburg", "43068", "Temi", "Oyelaran", "daughter", 0, None, "en", "desmond oil a ran"),
]

AREAS = ["614", "614", "614", "740", "380", "937", "220"]
MAILS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com"]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


USED_PHONES = {"6145550187", "6145550123", "6145550164", "6145550139", "6145550177", "7405550119", "6145550150",
               "6145550108", "3805550171", "6145550168", "6145550162", "7405550145", "6145550100", "8005550133",
               "6145559000", "6145559044", "6145559011"}


def gen_phone():
    while True:
        a = rng.choice(AREAS)
        if rng.random() < 0.45:
            n = a + "555" + "01%02d" % rng.randint(0, 99)
        else:
            n = a + str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99) + "%04d" % rng.randint(0, 9999)
        if n not in USED_PHONES and n[3:] not in {u[3:] for u in USED_PHONES}:
            USED_PHONES.add(n)
            return n


def fphone(n, style=None):
    if style is None:
        style = rng.choice(["paren", "dash", "dot", "plain", "e164", "paren_nosp", "one_dash", "spaced"])
    a, b, c = n[:3], n[3:6], n[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "plain": n, "e164": "+1" + n, "paren_nosp": "(%s)%s-%s" % (a, b, c), "one_dash": "1-%s-%s-%s" % (a, b, c),
            "spaced": "+1 %s %s %s" % (a, b, c)}[style]


def gen_mbi():
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_A + DIG) + rng.choice(DIG) +
            rng.choice(MBI_A) + rng.choice(MBI_A + DIG) + rng.choice(DIG) + rng.choice(MBI_A) +
            rng.choice(MBI_A) + rng.choice(DIG) + rng.choice(DIG))


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def fssn(s, dashed=True):
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if dashed else s


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    digits.append((10 - tot % 10) % 10)
    return "".join(map(str, digits))


class Person:
    pass


def d(s):
    return dt.date(*map(int, s.split("-")))


PATIENTS = []
used_mrn = set()
for row in PAT_ROWS:
    (first, mi, last, suf, sex, dob, city, zp, rf, rl, rel, hosp, dod, lang, stt) = row
    p = Person()
    p.first, p.mi, p.last, p.suf, p.sex = first, mi, last, suf, sex
    p.dob = d(dob)
    p.city, p.zip = city, zp
    p.county, clat, clon = CITIES[city]
    p.zip4 = zp + "-%04d" % rng.randint(1000, 9899)
    p.street = "%d %s" % (rng.choice([rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10, 99)]), rng.choice(STREETS))
    p.unit = rng.choice(UNITS) if rng.random() < 0.3 else ""
    p.lat = round(clat + rng.uniform(-0.045, 0.045), 6)
    p.lon = round(clon + rng.uniform(-0.055, 0.055), 6)
    p.phone = gen_phone()
    while True:
        m = "RB1%05d" % rng.randint(0, 99999)
        if m not in used_mrn:
            used_mrn.add(m)
            break
    p.mrn = m
    p.hmrn = "E%07d" % rng.randint(1000000, 9999999)
    p.mbi = gen_mbi()
    p.medicaid = "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1) if rng.random() < 0.4 else ""
    p.ssn = gen_ssn()
    p.episode = "EP-2024-%05d" % rng.randint(100, 9999)
    p.hospice = bool(hosp)
    p.dod = d(dod) if dod else None
    p.lang = lang
    p.stt = stt
    p.soc = REF - dt.timedelta(days=rng.randint(3, 220))
    p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    if p.dod:
        p.age = p.dod.year - p.dob.year - ((p.dod.month, p.dod.day) < (p.dob.month, p.dob.day))
    p.account = "PA-%07d" % rng.randint(1000000, 9999999)
    p.evv_client = "OH%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)
    p.bcase = "BRV-%s-%04d" % (str(p.dod.year)[2:] if p.dod else "24", rng.randint(1, 999))
    p.dme_serial = rng.choice(["INV5A", "EV5", "SS3", "1025S"]) + "%07d" % rng.randint(0, 9999999)
    p.bed_serial = "SB%02d-%06d" % (rng.randint(18, 24), rng.randint(0, 999999))
    p.pers = "MXD%08d" % rng.randint(0, 99999999)
    p.scale_mac = ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    p.commercial = rng.choice(["", "", "ZGP%010d" % rng.randint(0, 10 ** 10 - 1), "H%08d" % rng.randint(0, 10 ** 8 - 1),
                               "W%09d" % rng.randint(0, 10 ** 9 - 1)])
    p.rx_plate = ""
    r = Person()
    r.first, r.last, r.rel = rf, rl, rel
    r.phone = gen_phone()
    r.fax = gen_phone()
    base = ascii_fold(rf).lower().replace(" ", "").replace("-", "")
    lb = ascii_fold(rl).lower().replace(" ", "").replace("'", "").replace("-", "")
    r.email = rng.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%d@%%s" % ("%s", "%s", rng.randint(1, 99)),
                          "%s.%s%d@%%s" % ("%s", "%s", rng.randint(50, 99))]) % (base, lb, rng.choice(MAILS))
    r.user = rng.choice(["%s.%s%d" % (base, lb, rng.randint(60, 99)), "%s%s" % (base[0], lb), "%s_%s" % (base, lb[:6]),
                         "%s%s%d" % (base, lb[:1], rng.randint(1, 9))])
    r.ip = public_ip()
    r.dl = rng.choice("ABCDEFGHJKLMNPRSTUW") + rng.choice("ABCDEFGHJKLMNPRSTUW") + "%06d" % rng.randint(0, 999999)
    r.plate = rng.choice(["%s%s%s %04d", "%s%s%s-%04d", "%s%s%s%04d"]) % (
        rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
        rng.randint(0, 9999))
    p.rel = r
    PATIENTS.append(p)

HOSPICE = [p for p in PATIENTS if p.hospice and not p.dod]
DECEASED = [p for p in PATIENTS if p.dod and p.dod < REF]
LIVING = [p for p in PATIENTS if not p.dod]

# staff (never labeled)
STAFF = [
    ("Tamika", "Reyes", "RN", "treyes", "6145550187"),
    ("Dev", "Patel", "LPN", "dpatel", "6145550123"),
    ("Hannah", "Kowalczyk", "RN", "hkowalczyk", "6145550164"),
    ("Marcus", "Bell", "HHA", "mbell", "6145550139"),
    ("Beatriz", "Alves", "RN", "balves", "6145550177"),
    ("Kim", "Nguyen", "RN", "knguyen2", "7405550119"),
    ("Jordan", "Ellis", "PT", "jellis", "6145550150"),
    ("Aaliyah", "Brooks", "RN", "abrooks", "6145550108"),
    ("Rafael", "Mendoza", "LPN", "rmendoza", "3805550171"),
]
CHAPLAIN = "Rev. Samuel Oduya"
MSW = "Inês Carvalho, MSW"
BEREAVE = ("Grace", "Lindqvist", "glindqvist")
DOCS = [("Priyanka", "Sethi", "1184726390", "6145550168"), ("Alan", "Whitmore", "1487652390", "6145550162"),
        ("Olufemi", "Bankole", "1932018475", "7405550145")]
CCN_HH, CCN_HOS, AGENCY_NPI = "367241", "361587", "1649382017"
FUNERAL = ["Schoedinger Funeral Service", "Egan-Ryan Funeral Home", "Rutherford-Corbin Funeral Home",
           "Moreland Funeral Home", "Spears Funeral Home"]


def kin_word(p, cap=False):
    """How the relative refers to the patient ("my mother")."""
    rel, m = p.rel.rel, p.sex == "M"
    w = {"daughter": "father" if m else "mother", "son": "father" if m else "mother", "wife": "husband",
         "granddaughter": "grandfather" if m else "grandmother", "grandson": "grandfather" if m else "grandmother",
         "niece": "uncle" if m else "aunt", "sister": "brother" if m else "sister", "mother": "son" if m else "daughter"}[rel]
    return w.capitalize() if cap else w


def staff():
    return rng.choice(STAFF)


def pat(pool=None):
    return rng.choice(pool or LIVING)


def sname(s):
    return "%s %s" % (s[0], s[1])


# name renderings (plain strings, caller wraps as P)
def nm_full(p):
    return "%s %s" % (p.first, p.last)


def nm_lf(p):
    return "%s, %s" % (p.last, p.first)


def nm_upper_lf(p):
    return "%s, %s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper())


def street_full(p):
    return p.street + ((" " + p.unit) if p.unit else "")


def evv_svc():
    return rng.choice(["G0299", "G0300", "G0151", "G0156", "T1019", "S9123", "G0299", "Q5001"])


def visit_id():
    return "V%08d" % rng.randint(20400000, 20499999)


def req_id():
    return hexs(8)


# --------------------------------------------------------------------------
# generators.  each returns a list of L


def g_uvicorn_noise():
    t = now()
    ip = internal_ip()
    items = [("GET", "/healthz", "200 OK"), ("GET", "/readyz", "200 OK"), ("GET", "/metrics", "200 OK"),
             ("POST", "/api/v2/evv/checkins", "201 Created"), ("POST", "/api/v2/evv/checkouts", "201 Created"),
             ("GET", "/api/v2/schedule/routes?branch=COL&date=2024-11-05", "200 OK"),
             ("POST", "/api/v2/oasis/batches", "202 Accepted"), ("GET", "/api/v2/oasis/batches/OB-20241104-0%d/status" % rng.randint(1, 4), "200 OK"),
             ("GET", "/api/v2/dme/vendors/ACME-MED/catalog?page=%d" % rng.randint(1, 9), "200 OK"),
             ("POST", "/twilio/voice/status", "204 No Content"), ("POST", "/twilio/voice/inbound", "200 OK"),
             ("POST", "/api/v2/dictation/jobs", "202 Accepted"), ("GET", "/api/v2/visits/%s" % visit_id(), "200 OK"),
             ("POST", "/api/v2/auth/token", "401 Unauthorized"), ("GET", "/openapi.json", "200 OK"),
             ("PUT", "/api/v2/medrec/sessions/MR-%05d/complete" % rng.randint(1, 99999), "200 OK"),
             ("GET", "/api/v2/visits?clinician=%s&status=scheduled" % staff()[3], "200 OK"),
             ("PATCH", "/api/v2/visits/%s" % visit_id(), "409 Conflict"),
             ("GET", "/api/v2/bereavement/queue?due_before=2024-11-30&limit=50", "200 OK"),
             ("POST", "/api/v2/dme/tickets/TKT-%05d/ack" % rng.randint(10000, 99999), "200 OK"),
             ("GET", "/docs", "200 OK")]
    m, path, st = rng.choice(items)
    ln = L("uvicorn_access").t("INFO:     %s:%d - \"%s %s HTTP/1.1\" %s" % (ip, rng.randint(32768, 60999), m, path, st))
    return [ln]


def g_uvicorn_phi():
    now()
    ip = internal_ip()
    p = pat()
    ln = L("uvicorn_access").t("INFO:     %s:%d - \"" % (ip, rng.randint(32768, 60999)))
    k = variant("uv", 5)
    if k == 0:
        ln.t("GET /api/v2/patients/", P(p.mrn, "mrn"), "/medications?active=true HTTP/1.1\" 200 OK")
    elif k == 1:
        ln.t("GET /api/v2/patients/search?last_name=", P(quote(p.last), "name"), "&dob=", P(fdate(p.dob, "iso"), "date"),
             " HTTP/1.1\" 200 OK")
    elif k == 2:
        ln.t("GET /api/v2/portal/users/", P(p.rel.user, "other_id"), "/threads?unread=1 HTTP/1.1\" 200 OK")
    elif k == 3:
        ln.t("GET /api/v2/eligibility/medicare/", P(p.mbi, "health_plan"), "?svc_date=", P(fdate(REF, "iso"), "date"),
             " HTTP/1.1\" 200 OK")
    else:
        ln.t("DELETE /api/v2/patients/", P(p.mrn, "mrn"), "/episodes/", P(p.episode, "other_id"), " HTTP/1.1\" 403 Forbidden")
    return [ln]


def g_uvicorn_startup():
    msgs = ["Started server process [%d]" % rng.randint(7, 90), "Waiting for application startup.",
            "Application startup complete.", "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
            "Shutting down", "Finished server process [%d]" % rng.randint(7, 90)]
    k = rng.randint(0, 1)
    out = []
    if k == 0:
        for m in msgs[:4]:
            now(0, 1)
            out.append(L("uvicorn_access").t("INFO:     " + m))
    else:
        now()
        out.append(L("uvicorn_access").t(rng.choice(["WARNING:  Invalid HTTP request received.",
                                                       "INFO:     Waiting for connections to close. (CTRL+C to force quit)",
                                                       "ERROR:    Exception in ASGI application"])))
    return out


LOGGERS_NOISE = [
    ("INFO", "careops.settings", lambda: "settings loaded env=prod region=us-east-2 version=5.12.%d build=%d git_sha=%s workers=4 mongo_pool=50" % (rng.randint(0, 3), rng.randint(2200, 2299), hexs(7))),
    ("INFO", "careops.evv.aggregator", lambda: "export batch=EVV-20241104-%02d state=OH vendor=Sandata records=%d accepted=%d rejected=%d elapsed_ms=%d" % (rng.randint(1, 23), rng.randint(150, 260), rng.randint(140, 150), rng.randint(0, 6), rng.randint(800, 4000))),
    ("WARNING", "careops.db", lambda: "mongo pool wait exceeded wait_ms=%d in_use=50/50 host=mongo-rs0-1.careops.svc:27017" % rng.randint(120, 900)),
    ("INFO", "careops.routing.cache", lambda: "distance matrix cache hit_ratio=0.%02d entries=%d evicted=%d" % (rng.randint(60, 98), rng.randint(12000, 40000), rng.randint(0, 300))),
    ("INFO", "careops.flags", lambda: "feature flags refreshed source=unleash count=%d changed=[evv_photo_verify,route_v3]" % rng.randint(30, 60)),
    ("INFO", "careops.auth", lambda: "jwks rotated kid=%s alg=RS256 next_rotation=2024-11-11T00:00:00Z" % hexs(16)),
    ("INFO", "careops.oasis.iqies", lambda: "iQIES token refreshed expires_in=3600 scope=oasis.submit client_id=rbhh-prod"),
    ("ERROR", "careops.oasis.iqies", lambda: "submission upload failed batch=OB-20241104-0%d status=503 retry_in=120s attempt=%d/5" % (rng.randint(1, 4), rng.randint(1, 4))),
    ("INFO", "careops.evv.sync", lambda: "offline queue drained device_id=TAB-%04d events=%d oldest_age_s=%d" % (rng.randint(1, 400), rng.randint(1, 40), rng.randint(30, 7200))),
    ("INFO", "careops.schedule", lambda: "nightly schedule lock acquired branch=%s date=2024-11-05 visits=%d clinicians=%d" % (rng.choice(["COL", "LAN", "NEW", "DEL"]), rng.randint(80, 420), rng.randint(10, 40))),
    ("WARNING", "careops.evv.checkin", lambda: "late check-in visit_id=%s clinician=%s minutes_late=%d window=08:00-10:00" % (visit_id(), staff()[3], rng.randint(16, 70))),
    ("INFO", "careops.oncall", lambda: "roster published week=2024-W45 primary=\"%s %s\" primary_phone=%s backup=\"%s %s\" backup_phone=%s escalation=dr.whitmore@riverbendhh.org" % (lambda a, b: (a[0] + " " + a[1], a[2], fphone(a[4]), b[0] + " " + b[1], b[2], fphone(b[4])))(staff(), staff())),
    ("INFO", "careops.orders.fax", lambda: "plan of care sent order=ORD-%06d to=\"Dr. %s %s\" fax=%s pages=%d provider=srfax job=%d" % ((lambda dd: (rng.randint(1, 999999), dd[0], dd[1], fphone(dd[3]), rng.randint(2, 9), rng.randint(10 ** 7, 10 ** 8)))(rng.choice(DOCS)))),
    ("INFO", "careops.dme", lambda: "vendor sync vendor=ACME-MED items=%d price_changes=%d hcpcs=[E1390,E0260,E0431,K0001] contact=orders@acmemedsupply.com phone=800-555-0133" % (rng.randint(300, 900), rng.randint(0, 12))),
    ("DEBUG", "careops.http", lambda: "outbound GET https://maps.googleapis.com/maps/api/distancematrix/json status=200 elapsed_ms=%d trace_id=%s span_id=%s" % (rng.randint(40, 600), hexs(32), hexs(16))),
    ("ERROR", "careops.routing.matrix", lambda: "distance matrix error status=OVER_QUERY_LIMIT elements=%d backoff_s=%d" % (rng.randint(100, 625), rng.choice([2, 4, 8, 16]))),
    ("INFO", "careops.billing", lambda: "claim batch 837I built batch=CLM-20241104-%02d claims=%d total_charge=%d.%02d payer=CGS-JURIS-15" % (rng.randint(1, 9), rng.randint(40, 180), rng.randint(20000, 90000), rng.randint(0, 99))),
    ("INFO", "careops.dictation", lambda: "stt job=stt_%s status=COMPLETED provider=%s words=%d duration_s=%.1f conf=0.%02d" % (hexs(10), rng.choice(["aws-transcribe-medical", "whisper-large-v3", "deepgram-nova-2-medical"]), rng.randint(80, 900), rng.uniform(20, 400), rng.randint(70, 97))),
    ("INFO", "careops.portal", lambda: "login throttle window=60s blocked=%d unique_ips=%d" % (rng.randint(0, 9), rng.randint(20, 140))),
    ("INFO", "careops.bereavement", lambda: "queue scan due=%d letters=%d calls=%d mailings_batch=MB-2024-11-%02d" % (rng.randint(5, 40), rng.randint(2, 20), rng.randint(2, 20), rng.randint(1, 28))),
    ("WARNING", "careops.twilio", lambda: "status callback signature invalid call_sid=%s remote=%s" % (csid(), internal_ip())),
    ("INFO", "careops.medrec", lambda: "fdb lookup ndc=%05d-%04d-%02d gcn_seqno=%d interactions=%d elapsed_ms=%d" % (rng.randint(0, 99999), rng.randint(0, 9999), rng.randint(0, 99), rng.randint(1000, 99999), rng.randint(0, 4), rng.randint(3, 80))),
]


def g_kv_noise():
    t = now()
    lvl, lg, f = rng.choice(LOGGERS_NOISE)
    return [L("py_app_kv").t("%s %s %s [req=%s] %s" % (ts_py(t), lvl, lg, req_id(), f()))]


def kv_head(ln, t, lvl, lg):
    return ln.t("%s %s %s [req=%s] " % (ts_py(t), lvl, lg, req_id()))


def g_kv_phi():
    t = now()
    p = pat()
    s = staff()
    ln = L("py_app_kv")
    k = variant("kv", 9)
    call_dt = t.replace(microsecond=0)
    if k == 0:
        kv_head(ln, t, "INFO", "careops.evv.checkin")
        ln.t("checkin accepted visit_id=%s clinician=%s client_mrn=" % (visit_id(), s[3]), P(p.mrn, "mrn"),
             " svc=%s call_dt=" % evv_svc(), P(call_dt.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00", "date"),
             " lat=", P("%.6f" % p.lat, "address"), " lon=", P("%.6f" % p.lon, "address"),
             " acc_m=%.1f geofence_m=150 dist_m=%d src=%s" % (rng.uniform(3, 40), rng.randint(2, 90), rng.choice(["android/5.12.1", "ios/5.12.0"])))
    elif k == 1:
        flat = p.lat + rng.uniform(-0.02, 0.02)
        flon = p.lon + rng.uniform(-0.02, 0.02)
        kv_head(ln, t, "WARNING", "careops.evv.geofence")
        ln.t("outside geofence visit_id=%s client=" % visit_id(), P(p.mrn, "mrn"), " home=(",
             P("%.5f,%.5f" % (p.lat, p.lon), "address"), ") fix=(", P("%.5f,%.5f" % (flat, flon), "address"),
             ") dist_m=%d action=flag_for_review clinician=%s" % (rng.randint(300, 2500), s[3]))
    elif k == 2:
        p = pat([x for x in LIVING if x.medicaid])
        kv_head(ln, t, "ERROR", "careops.evv.aggregator")
        ln.t("record rejected visit=%s vendor=Sandata code=-%d reason=\"Client Medicaid ID " % (visit_id(), rng.choice([21, 33, 47])),
             P(p.medicaid, "health_plan"), " not found for ClientIdentifier ",
             P(p.evv_client, "other_id"), "\"")
    elif k == 3:
        kv_head(ln, t, "INFO", "careops.routing.geocode")
        ln.t("geocoded addr=\"", P(street_full(p) + ", " + p.city, "address"), ", OH ", P(p.zip, "zip"), "\" -> (",
             P("%.6f" % p.lat, "address"), ", ", P("%.6f" % p.lon, "address"), ") match=%s source=census_geocoder tiger=2023" % rng.choice(["Exact", "Non_Exact"]))
    elif k == 4:
        kv_head(ln, t, "INFO", "careops.evv.ivr")
        tpl = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(66))).decode()
        ln.t("voice verification enrolled client=", P(p.mrn, "mrn"), " engine=nuance-gatekeeper score=0.%02d voiceprint=" % rng.randint(80, 99),
             P(tpl, "biometric"), " caller=", P("+1" + p.phone, "phone"))
    elif k == 5:
        kv_head(ln, t, "ERROR", "careops.billing.portal")
        card = luhn_complete(rng.choice(["4539", "5425", "6011", "3782"]), 15 if False else 16)
        ln.t("private pay charge declined account=", P(p.account, "account"), " card=", P(card, "account"),
             " exp=**/** amount=%d.00 processor=authorize.net resp=2 reason=\"This transaction has been declined.\"" % rng.choice([250, 475, 960]))
    elif k == 6:
        kv_head(ln, t, "INFO", "careops.intake")
        ln.t("referral accepted ref=REF-%06d source=OSUWMC patient=\"" % rng.randint(1, 999999), P(nm_lf(p), "name"),
             "\" dob=", P(fdate(p.dob, "us"), "date"), " age=", P(str(p.age), "age") if p.age > 89 else str(p.age), " hosp_mrn=", P(p.hmrn, "mrn"), " soc_target=",
             P(fdate(p.soc, "iso"), "date"), " payer=MCR mbi=", P(p.mbi, "health_plan"), " assigned=%s" % s[3])
    elif k == 7:
        kv_head(ln, t, "INFO", "careops.schedule")
        ln.t("visit rescheduled visit_id=%s patient=" % visit_id(), P(p.mrn, "mrn"), " from=", P(fdate(REF, "iso") + " 09:00", "date"),
             " to=", P(fdate(REF + dt.timedelta(days=rng.randint(1, 3)), "iso") + " 13:30", "date"),
             " reason=\"family request (", P(p.rel.first, "name"), ")\" by=%s" % s[3])
    else:
        kv_head(ln, t, "INFO", "careops.rpm")
        ln.t("scale reading ingested patient=", P(p.mrn, "mrn"), " device_mac=", P(p.scale_mac, "device"),
             " weight_lb=%.1f delta_24h=%+.1f alert=%s" % (rng.uniform(98, 260), rng.uniform(-1, 4), rng.choice(["none", "CHF_GAIN_3LB"])))
    return [ln]


def celery_head(ln, t, lvl, proc):
    return ln.t("[%s: %s/%s] " % (ts_py(t), lvl, proc))


CEL_TASKS = ["careops.bereavement.tasks.render_letter", "careops.bereavement.tasks.schedule_followup",
             "careops.twilio.tasks.place_call", "careops.twilio.tasks.send_sms", "careops.oasis.tasks.submit_batch",
             "careops.routing.tasks.optimize_routes", "careops.evv.tasks.export_to_aggregator",
             "careops.medrec.tasks.reconcile", "careops.dictation.tasks.transcribe", "careops.portal.tasks.notify_family",
             "careops.dme.tasks.poll_vendor_status"]


def g_celery_noise():
    t = now()
    ln = L("celery")
    k = rng.randint(0, 9)
    task = rng.choice(CEL_TASKS)
    if k in (0, 1):
        celery_head(ln, t, "INFO", "MainProcess").t("Task %s[%s] received" % (task, uuid4()))
    elif k == 2:
        celery_head(ln, t, "INFO", "ForkPoolWorker-%d" % rng.randint(1, 8)).t(
            "Task careops.oasis.tasks.submit_batch[%s] succeeded in %.3fs: {'batch': 'OB-20241104-0%d', 'records': %d, 'accepted': %d, 'rejected': %d}" % (
                (lambda n, r: (uuid4(), rng.uniform(2, 40), rng.randint(1, 4), n, n - r, r))(rng.randint(10, 30), rng.randint(0, 3))))
    elif k == 3:
        sched = rng.choice([("evv-aggregator-export", "careops.evv.tasks.export_to_aggregator"),
                            ("route-optimize-nightly", "careops.routing.tasks.optimize_routes"),
                            ("bereavement-queue-scan", "careops.bereavement.tasks.scan_queue"),
                            ("dme-status-poll", "careops.dme.tasks.poll_vendor_status")])
        celery_head(ln, t, "INFO", "MainProcess").t("Scheduler: Sending due task %s (%s)" % sched)
    elif k == 4:
        celery_head(ln, t, "INFO", "MainProcess").t(rng.choice([
            "Connected to redis://redis-master.careops.svc:6379/2", "mingle: searching for neighbors", "mingle: all alone",
            "celery@worker-%s-%s ready." % (rng.choice(["bereavement", "twilio", "oasis", "routing"]), hexs(5)),
            "Events of group {task} enabled by remote.", "sync with celery@worker-twilio-%s" % hexs(5)]))
    elif k == 5:
        celery_head(ln, t, "WARNING", "MainProcess").t(rng.choice([
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            "Substantial drift from celery@worker-routing-%s may mean clocks are out of sync.  Current drift is %d seconds." % (hexs(5), rng.randint(30, 300)),
            "missed heartbeat from celery@worker-oasis-%s" % hexs(5)]))
    elif k == 6:
        celery_head(ln, t, "INFO", "ForkPoolWorker-%d" % rng.randint(1, 8)).t(
            "Task careops.routing.tasks.optimize_routes[%s] succeeded in %.2fs: {'branch': '%s', 'date': '2024-11-05', 'vehicles': %d, 'stops': %d, 'dropped': %d, 'objective': %d}" % (
                uuid4(), rng.uniform(5, 60), rng.choice(["COL", "LAN", "NEW", "DEL"]), rng.randint(8, 40), rng.randint(60, 420), rng.randint(0, 4), rng.randint(40000, 190000)))
    elif k == 7:
        celery_head(ln, t, "INFO", "ForkPoolWorker-%d" % rng.randint(1, 8)).t(
            "Task %s[%s] succeeded in %.3fs: None" % (task, uuid4(), rng.uniform(0.01, 3)))
    elif k == 8:
        celery_head(ln, t, "INFO", "ForkPoolWorker-%d" % rng.randint(1, 8)).t(
            "Task careops.twilio.tasks.place_call[%s] retry: Retry in %ds: ConnectionError(\"HTTPSConnectionPool(host='api.twilio.com', port=443): Read timed out. (read timeout=15)\")" % (uuid4(), rng.choice([30, 60, 120])))
    else:
        celery_head(ln, t, "INFO", "ForkPoolWorker-%d" % rng.randint(1, 8)).t(
            "Task careops.evv.tasks.export_to_aggregator[%s] succeeded in %.2fs: {'sent': %d, 'failed': %d, 'file': 'EVV_367241_20241104_%02d.json'}" % (
                uuid4(), rng.uniform(1, 20), rng.randint(100, 260), rng.randint(0, 5), rng.randint(0, 23)))
    return [ln]


def g_celery_phi():
    t = now()
    ln = L("celery")
    k = variant("cel", 6)
    w = "ForkPoolWorker-%d" % rng.randint(1, 8)
    if k == 0:
        p = rng.choice(DECEASED)
        celery_head(ln, t, "INFO", w).t("Task careops.bereavement.tasks.render_letter[%s] succeeded in %.3fs: " % (uuid4(), rng.uniform(0.4, 3)))
        pyrepr(ln, {"letter_id": "BL-24-%05d" % rng.randint(1, 99999), "case": P(p.bcase, "other_id"),
                    "recipient": P(p.rel.first + " " + p.rel.last, "name"), "decedent": P(nm_full(p), "name"),
                    "template": "duelo_3m_es" if p.lang == "es" else rng.choice(["3mo_check_in_en", "6mo_grief_en", "13mo_anniversary_en"]),
                    "pages": rng.randint(1, 3), "mail_class": "first"})
    elif k == 1:
        p = pat()
        celery_head(ln, t, "ERROR", w).t("Task careops.twilio.tasks.place_call[%s] raised unexpected: TwilioRestException(\"HTTP 400 error: Unable to create record: The 'To' number " % uuid4(),
                                         P("+1" + p.rel.phone, "phone"), " is not a valid phone number.\")")
    elif k == 2:
        p = pat()
        celery_head(ln, t, "INFO", w).t("Task careops.portal.tasks.notify_family[%s] succeeded in %.3fs: " % (uuid4(), rng.uniform(0.1, 1)))
        pyrepr(ln, {"to": P(p.rel.email, "email"), "thread": "th_" + hexs(6), "patient": P(p.mrn, "mrn"), "status": "queued",
                    "provider": "ses", "message_id": "0100019%s-%s-000000" % (hexs(9), uuid4())})
    elif k == 3:
        p = rng.choice(HOSPICE)
        celery_head(ln, t, "WARNING", w).t("careops.medrec.tasks.reconcile: controlled substance count mismatch patient=",
                                           P(p.mrn, "mrn"), " drug='%s' counted=%d expected=%d witness=\"" % (
                                               rng.choice(["morphine sulfate 20 mg/mL oral soln", "oxycodone 5 mg tab", "lorazepam 0.5 mg tab", "hydromorphone 2 mg tab"]),
                                               rng.randint(3, 12), rng.randint(13, 20)),
                                           P(p.rel.first + " " + p.rel.last, "name"), "\" (%s)" % p.rel.rel)
    elif k == 4:
        p = pat()
        celery_head(ln, t, "INFO", w).t("Task careops.twilio.tasks.send_sms[%s] succeeded in %.3fs: " % (uuid4(), rng.uniform(0.2, 2)))
        pyrepr(ln, {"sid": csid("SM"), "to": P("+1" + p.rel.phone, "phone"),
                    "body": Seg("Riverbend: your nurse visit for ", P(p.first, "name"), " is confirmed ", P(fdate(REF + dt.timedelta(days=1), "us_short"), "date"),
                                " 9-11am. Reply C to cancel."), "status": "queued"})
    else:
        p = pat()
        celery_head(ln, t, "INFO", "MainProcess").t("Task careops.dme.tasks.poll_vendor_status[%s] received" % uuid4())
        ln.t(" args=(", P(p.mrn, "mrn"), ", 'TKT-%05d') kwargs={}" % rng.randint(10000, 99999))
    return [ln]


def mongo_head(t, s, c, mid, ctx, msg):
    return {"t": {"$date": ts_iso_off(t)}, "s": s, "c": c, "id": mid, "ctx": ctx, "msg": msg}


def g_mongo_noise():
    t = now()
    k = rng.randint(0, 5)
    if k == 0:
        o = mongo_head(t, "I", "NETWORK", 22943, "listener", "Connection accepted")
        o["attr"] = {"remote": "%s:%d" % (internal_ip(), rng.randint(32768, 60999)), "uuid": uuid4(), "connectionId": rng.randint(10000, 30000), "connectionCount": rng.randint(120, 260)}
    elif k == 1:
        o = mongo_head(t, "I", "NETWORK", 22944, "conn%d" % rng.randint(10000, 30000), "Connection ended")
        o["attr"] = {"remote": "%s:%d" % (internal_ip(), rng.randint(32768, 60999)), "uuid": uuid4(), "connectionId": rng.randint(10000, 30000), "connectionCount": rng.randint(120, 260)}
    elif k == 2:
        o = mongo_head(t, "I", "STORAGE", 22430, "Checkpointer", "WiredTiger message")
        o["attr"] = {"message": "[%d:%d][1:0x7f%s], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (%d, 1) , meta checkpoint timestamp: (%d, 1) base write gen: %d" % (
            1730700000 + rng.randint(0, 99999), rng.randint(0, 999999), hexs(10), rng.randint(1000, 9999), rng.randint(1000, 9999), 1730700000 + rng.randint(0, 99999), 1730700000 + rng.randint(0, 99999), rng.randint(10000, 999999))}
    elif k == 3:
        o = mongo_head(t, "I", "COMMAND", 51803, "conn%d" % rng.randint(10000, 30000), "Slow query")
        o["attr"] = {"type": "command", "ns": "careops.visits", "appName": "careops-worker",
                     "command": {"aggregate": "visits", "pipeline": [{"$match": {"branch": rng.choice(["COL", "LAN", "NEW"]), "status": "scheduled", "scheduledDate": {"$gte": {"$date": "2024-11-05T00:00:00.000Z"}}}},
                                                                     {"$group": {"_id": "$clinicianId", "n": {"$sum": 1}, "mins": {"$sum": "$plannedMinutes"}}}],
                                 "cursor": {}, "$db": "careops"},
                     "planSummary": "IXSCAN { branch: 1, scheduledDate: 1 }", "keysExamined": rng.randint(200, 5000), "docsExamined": rng.randint(200, 5000),
                     "cursorExhausted": True, "numYields": rng.randint(0, 40), "nreturned": rng.randint(8, 40), "queryHash": hexs(8).upper(),
                     "reslen": rng.randint(900, 8000), "protocol": "op_msg", "durationMillis": rng.randint(101, 1400)}
    elif k == 4:
        o = mongo_head(t, "I", "ACCESS", 20250, "conn%d" % rng.randint(10000, 30000), "Authentication succeeded")
        o["attr"] = {"mechanism": "SCRAM-SHA-256", "speculative": True, "principalName": rng.choice(["careops-api", "careops-worker", "reporting-ro"]),
                     "authenticationDatabase": "admin", "remote": "%s:%d" % (internal_ip(), rng.randint(32768, 60999)), "extraInfo": {}}
    else:
        o = mongo_head(t, "I", "COMMAND", 51803, "conn%d" % rng.randint(10000, 30000), "Slow query")
        o["attr"] = {"type": "command", "ns": "careops.evv_events", "appName": "careops-api",
                     "command": {"find": "evv_events", "filter": {"exported": False, "state": "OH"}, "sort": {"callDateTime": 1}, "limit": 500, "$db": "careops"},
                     "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": rng.randint(40000, 300000), "cursorExhausted": True,
                     "numYields": rng.randint(100, 2000), "nreturned": rng.randint(0, 500), "reslen": rng.randint(100, 900000),
                     "protocol": "op_msg", "durationMillis": rng.randint(300, 5000)}
    return [jdump(L("mongo_json"), o)]


def g_mongo_phi():
    t = now()
    p = pat()
    k = variant("mj", 5)
    ctx = "conn%d" % rng.randint(10000, 30000)
    o = mongo_head(t, "I", "COMMAND", 51803, ctx, "Slow query")
    common = {"cursorExhausted": True, "numYields": rng.randint(0, 400), "queryHash": hexs(8).upper(), "planCacheKey": hexs(8).upper(),
              "reslen": rng.randint(200, 9000), "remote": "%s:%d" % (internal_ip(), rng.randint(32768, 60999)),
              "protocol": "op_msg", "durationMillis": rng.randint(101, 2400)}
    if k == 0:
        o["attr"] = {"type": "command", "ns": "careops.patients", "appName": "careops-api",
                     "command": {"find": "patients", "filter": {"lastName": {"$regex": Seg("^", P(p.last, "name")), "$options": "i"},
                                                                "dob": {"$date": P(fdate(p.dob, "iso") + "T00:00:00.000Z", "date")}},
                                 "limit": 25, "lsid": {"id": {"$uuid": uuid4()}}, "$db": "careops"},
                     "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": rng.randint(30000, 60000), "nreturned": 1}
    elif k == 1:
        s = staff()
        o["attr"] = {"type": "update", "ns": "careops.visit_notes", "appName": "careops-worker",
                     "command": {"q": {"visitId": visit_id()},
                                 "u": {"$set": {"transcript": Seg("Pt ", P(nm_full(p), "name"), " seen for SN visit. Vitals stable. Dtr ",
                                                                  P(p.rel.first, "name"), " present, teaching reinforced."),
                                                "patientMrn": P(p.mrn, "mrn"), "visitDate": {"$date": P(fdate(REF, "iso") + "T00:00:00.000Z", "date")},
                                                "status": "pending_signature", "author": s[3]}},
                                 "multi": False, "upsert": False},
                     "planSummary": "IXSCAN { visitId: 1 }", "keysExamined": 1, "docsExamined": 1, "nMatched": 1, "nModified": 1}
    elif k == 2:
        msg = rng.choice(["Can the nurse come earlier tomorrow? Mom has a dentist appt at 2.",
                          "Dad didn't sleep last night, he kept calling out. Is that the morphine?",
                          "We got the hospital bed, thank you. The oxygen tubing is too short though."])
        o["attr"] = {"type": "command", "ns": "careops.portal_messages", "appName": "family-portal",
                     "command": {"insert": "portal_messages", "ordered": True,
                                 "documents": [{"_id": {"$oid": oid()}, "threadId": "th_" + hexs(6), "fromUser": P(p.rel.user, "other_id"),
                                                "fromName": P(p.rel.first + " " + p.rel.last, "name"), "patientMrn": P(p.mrn, "mrn"),
                                                "body": msg, "createdAt": {"$date": ts_utc_ms(t)}}], "$db": "careops"},
                     "ninserted": 1, "keysInserted": 4}
    elif k == 3:
        o["attr"] = {"type": "command", "ns": "careops.patients", "appName": "careops-api",
                     "command": {"find": "patients", "filter": {"coverage.mbi": P(p.mbi, "health_plan")}, "projection": {"mrn": 1, "name": 1}, "$db": "careops"},
                     "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": rng.randint(30000, 60000), "nreturned": 1}
    else:
        o["attr"] = {"type": "command", "ns": "careops.evv_events", "appName": "careops-api",
                     "command": {"insert": "evv_events", "ordered": True,
                                 "documents": [{"_id": {"$oid": oid()}, "visitId": visit_id(), "clientId": P(p.evv_client, "other_id"),
                                                "callDateTime": P(ts_iso_off(t), "date"),
                                                "loc": {"type": "Point", "coordinates": [P("%.6f" % p.lon, "address", raw=True), P("%.6f" % p.lat, "address", raw=True)]},
                                                "callType": "Mobile", "serviceCode": evv_svc()}], "$db": "careops"},
                     "ninserted": 1, "keysInserted": 3}
    o["attr"].update(common)
    return [jdump(L("mongo_json"), o)]


def mleg_head(ln, t, comp, ctx):
    return ln.t("%s I %-8s [%s] " % (ts_mlegacy(t), comp, ctx))


def g_mongo_legacy_noise():
    t = now()
    ln = L("mongo_legacy")
    k = rng.randint(0, 2)
    if k == 0:
        mleg_head(ln, t, "NETWORK", "listener").t("connection accepted from %s:%d #%d (%d connections now open)" % (internal_ip(), rng.randint(32768, 60999), rng.randint(1000, 9999), rng.randint(40, 200)))
    elif k == 1:
        mleg_head(ln, t, "COMMAND", "conn%d" % rng.randint(1000, 9999)).t("command reporting.route_daily command: aggregate ")
        mdump(ln, {"aggregate": "route_daily", "pipeline": [{"$match": {"routeDate": Raw("new Date(1730782800000)")}}, {"$group": {"_id": "$branch", "miles": {"$sum": "$miles"}}}], "cursor": {}, "$db": "reporting"})
        ln.t(" planSummary: COLLSCAN keysExamined:0 docsExamined:%d cursorExhausted:1 numYields:%d nreturned:4 reslen:412 locks:{ Global: { acquireCount: { r: %d } } } protocol:op_msg %dms" % (rng.randint(5000, 90000), rng.randint(40, 700), rng.randint(40, 700), rng.randint(150, 3000)))
    else:
        mleg_head(ln, t, "REPL", "replexec-%d" % rng.randint(1, 40)).t("Member mongo-rs0-%d.careops.svc:27017 is now in state SECONDARY" % rng.randint(0, 2))
    return [ln]


def g_mongo_legacy_phi():
    t = now()
    p = pat()
    ln = L("mongo_legacy")
    k = rng.randint(0, 1)
    mleg_head(ln, t, "COMMAND", "conn%d" % rng.randint(1000, 9999))
    if k == 0:
        ln.t("command careops.patients command: find ")
        mdump(ln, {"find": "patients", "filter": {"contacts.phone": P(p.rel.phone, "phone")}, "projection": {"_id": 1, "mrn": 1, "lastName": 1}, "$db": "careops"})
        ln.t(" planSummary: COLLSCAN keysExamined:0 docsExamined:%d cursorExhausted:1 numYields:%d nreturned:1 reslen:245 locks:{ Global: { acquireCount: { r: %d } } } storage:{} protocol:op_msg %dms" % (
            rng.randint(30000, 60000), rng.randint(200, 500), rng.randint(200, 500), rng.randint(150, 900)))
    else:
        ln.t("command careops.dme_tickets command: update ")
        mdump(ln, {"update": "dme_tickets", "updates": [{"q": {"ticket": "TKT-%05d" % rng.randint(10000, 99999)},
                                                           "u": {"$set": {"status": "DELIVERED", "serial": P(p.dme_serial, "device"),
                                                                          "deliveredTo": P(street_full(p), "address"),
                                                                          "signedBy": P(p.rel.first + " " + p.rel.last, "name")}}}],
                   "ordered": True, "$db": "careops"})
        ln.t(" numYields:0 reslen:60 locks:{ Global: { acquireCount: { w: 1 } } } protocol:op_msg %dms" % rng.randint(120, 700))
    return [ln]


ANDROID_PKG = "org.riverbendhh.carevisit"


def lc(t, pid, tid, lvl, tag):
    return L("android_logcat").t("%s %5d %5d %s %-8s: " % (ts_logcat(t), pid, tid, lvl, tag))


APID = 8123


def g_android_noise():
    t = now(0, 20)
    tid = rng.randint(8124, 8400)
    k = rng.randint(0, 7)
    if k == 0:
        return [lc(t, 1288, rng.randint(1300, 3000), "I", "ActivityManager").t("Start proc %d:%s/u0a231 for activity {%s/.ui.VisitActivity}" % (APID, ANDROID_PKG, ANDROID_PKG))]
    if k == 1:
        return [lc(t, APID, tid, "D", "OkHttp").t("--> POST https://api.riverbendhh.org/api/v2/evv/checkins (%d-byte body)" % rng.randint(280, 900))]
    if k == 2:
        return [lc(t, APID, tid, "D", "OkHttp").t("<-- 201 Created https://api.riverbendhh.org/api/v2/evv/checkins (%dms, %d-byte body)" % (rng.randint(90, 2000), rng.randint(40, 200)))]
    if k == 3:
        return [lc(t, APID, tid, "I", "WM-WorkerWrapper").t("Worker result SUCCESS for Work [ id=%s, tags={ %s.sync.VisitSyncWorker } ]" % (uuid4(), ANDROID_PKG))]
    if k == 4:
        return [lc(t, APID, tid, "E", "EvvCheckIn").t("GPS accuracy too low acc=%.1fm threshold=75.0m retry=%d/3" % (rng.uniform(80, 400), rng.randint(1, 3)))]
    if k == 5:
        return [lc(t, APID, tid, "D", "EvvSync").t("flushed %d queued events, pending=0, net=%s" % (rng.randint(1, 9), rng.choice(["LTE", "WIFI", "5G_NSA"])))]
    if k == 6:
        return [lc(t, 1288, rng.randint(1300, 3000), "W", "GnssLocationProvider").t("Unable to inject time from NTP, retry in %d ms" % rng.choice([300000, 60000]))]
    return [lc(t, APID, tid, "I", "CareVisitApp").t("app start version=5.12.1 (51201) device=SM-T738U android=14 tablet_id=TAB-%04d" % rng.randint(1, 400))]


def g_android_phi():
    t = now(0, 20)
    p = pat()
    tid = rng.randint(8124, 8400)
    k = variant("and", 5)
    if k == 0:
        ln = lc(t, APID, tid, "D", "OkHttp")
        body = {"visitId": visit_id(), "clientMrn": P(p.mrn, "mrn"), "clientName": P(nm_lf(p), "name"),
                "geo": {"lat": P("%.6f" % p.lat, "address", raw=True), "lng": P("%.6f" % p.lon, "address", raw=True), "accuracy": round(rng.uniform(3, 30), 1)},
                "callDateTime": P(t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00", "date"), "serviceCode": evv_svc(), "callType": "CHECK_IN",
                "deviceId": "TAB-%04d" % rng.randint(1, 400)}
        return [jdump(ln, body)]
    if k == 1:
        ln = lc(t, APID, tid, "I", "EvvLocation")
        return [ln.t("onLocationResult lat=", P("%.6f" % p.lat, "address"), " lng=", P("%.6f" % p.lon, "address"),
                     " acc=%.1f provider=fused visit=%s" % (rng.uniform(3, 30), visit_id()))]
    if k == 2:
        ln = lc(t, APID, tid, "W", "EvvCheckIn")
        return [ln.t("client verification mismatch scanned=\"", P(nm_upper_lf(p), "name"), "\" expected=\"", P(nm_lf(p), "name"), "\" dob_scanned=",
                     P(fdate(p.dob, "compact"), "date"), " override=clinician")]
    if k == 3:
        ln = lc(t, APID, tid, "D", "BiometricVerify")
        tpl = "Rk1SACAyMAAAAA" + base64.b64encode(bytes(rng.randint(0, 255) for _ in range(60))).decode()
        return [ln.t("captured client template client=", P(p.evv_client, "other_id"), " fmt=ISO19794-2 quality=%d tpl=" % rng.randint(40, 95), P(tpl, "biometric"))]
    ln = lc(t, APID, tid, "I", "DmeScan")
    return [ln.t("barcode scanned type=CODE128 value=", P(p.dme_serial, "device"), " item=E1390 visit=%s patient=" % visit_id(), P(p.mrn, "mrn"))]


def ios(t, typ, cat):
    ln = L("ios_unified")
    return ln.t("%s  0x%-8x %-11s 0x0                  %-6d 0    CareVisit: [com.riverbendhh.carevisit:%s] " % (ts_ios(t), rng.randint(0x20000, 0x3fffff), typ, 812, cat))


def g_ios_noise():
    t = now(0, 20)
    k = rng.randint(0, 5)
    if k == 0:
        return [ios(t, "Default", "BGTask").t("BGAppRefreshTask scheduled identifier=com.riverbendhh.carevisit.sync earliestBegin=900s")]
    if k == 1:
        return [ios(t, "Info", "Net").t("Task <%s>.<%d> finished successfully status=200 bytes=%d" % (uuid4().upper(), rng.randint(1, 90), rng.randint(100, 90000)))]
    if k == 2:
        return [ios(t, "Error", "CoreData").t("save failed: NSMergeConflict for NSManagedObject (entity: VisitDraft) retrying=1")]
    if k == 3:
        img = "/9j/4AAQSkZJRgABAQAASABIAAD/" + base64.b64encode(bytes(rng.randint(0, 255) for _ in range(70))).decode()
        return [ios(t, "Debug", "Wound").t("wound photo queued visit=%s site=sacrum stage=3 bytes=%d b64=%s..." % (visit_id(), rng.randint(90000, 400000), img))]
    if k == 4:
        return [ios(t, "Default", "EVV").t("geofence region monitoring started regions=%d radius=150.0m" % rng.randint(3, 12))]
    return [ios(t, "Fault", "Auth").t("keychain item not found kSecClass=genericPassword service=com.riverbendhh.token (-25300)")]


def g_ios_phi():
    t = now(0, 20)
    p = pat()
    k = variant("ios", 4)
    if k == 0:
        ln = ios(t, "Default", "EVV")
        stamp = "%d/%d/%02d, %d:%02d:%02d %s Eastern Standard Time" % (t.month, t.day, t.year % 100, (t.hour % 12) or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM")
        return [ln.t("check-in fix <", P("%+.8f,%+.8f" % (p.lat, p.lon), "address"), "> +/- %.2fm (speed -1.00 mps / course -1.00) @ " % rng.uniform(5, 30),
                     P(stamp, "date"), " client=", P(p.mrn, "mrn"))]
    if k == 1:
        ln = ios(t, "Debug", "PhotoVerify")
        img = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + \
              base64.b64encode(bytes(rng.randint(0, 255) for _ in range(90))).decode()
        return [ln.t("client face capture uploaded client=", P(p.mrn, "mrn"), " match=0.%02d clientPhoto=" % rng.randint(80, 99), P(img, "photo"))]
    if k == 2:
        ln = ios(t, "Info", "Visit")
        return [ln.t("loaded visit %s for " % visit_id(), P(nm_full(p), "name"), " (", P(p.mrn, "mrn"), ") age=", P(str(p.age), "age") if p.age > 89 else str(p.age), " addr=\"", P(street_full(p) + ", " + p.city, "address"),
                     " OH ", P(p.zip, "zip"), "\" phone=", P(fphone(p.phone, "paren"), "phone"))]
    ln = ios(t, "Default", "EVV")
    return [ln.t("checkout signature captured by ", P(p.rel.first + " " + p.rel.last, "name"), " (%s) visit=%s strokes=%d" % (p.rel.rel, visit_id(), rng.randint(3, 30)))]


# ---- OASIS fixed width
def fw(ln, val, width, cat=None):
    v = val[:width]
    if cat and v.strip():
        ln.p(v.rstrip(), cat)
        ln.t(" " * (width - len(v.rstrip())))
    else:
        ln.t(v.ljust(width))


def g_oasis_fixed():
    out = []
    now()
    hdr = L("oasis_fixed")
    hdr.t("A1" + "OASIS-E1  " + CCN_HH + "OH" + AGENCY_NPI + "RIVERBEND HOME HEALTH & HOSPICE".ljust(40) + "20241104" + "%06d" % rng.randint(1, 999999) + " " * 20 + "SUBMITTER:RBHH-PROD")
    out.append(hdr)
    n = rng.randint(2, 4)
    for p in rng.sample(LIVING, n):
        now(0, 2)
        ln = L("oasis_fixed")
        reason = rng.choice(["01", "04", "09", "03"])
        fw(ln, "B1", 2)
        fw(ln, reason, 2)
        fw(ln, CCN_HH, 6)
        fw(ln, "OH", 2)
        fw(ln, "N", 10)
        fw(ln, rng.choice(DOCS)[2], 10)
        fw(ln, p.mrn, 20, "mrn")
        fw(ln, fdate(p.soc, "compact"), 8, "date")
        if reason == "03":
            fw(ln, fdate(p.soc + dt.timedelta(days=20), "compact"), 8, "date")
        else:
            fw(ln, "", 8)
        fw(ln, ascii_fold(p.first).upper(), 12, "name")
        fw(ln, p.mi, 1, "name")
        fw(ln, ascii_fold(p.last).upper(), 18, "name")
        fw(ln, p.suf, 3, "name")
        fw(ln, "OH", 2)
        fw(ln, p.zip, 11, "zip")
        fw(ln, p.mbi, 12, "health_plan")
        fw(ln, p.ssn, 9, "ssn")
        if p.medicaid:
            fw(ln, p.medicaid, 14, "health_plan")
        else:
            fw(ln, "NA", 14)
        fw(ln, fdate(p.dob, "compact"), 8, "date")
        fw(ln, "2" if p.sex == "F" else "1", 1)
        fw(ln, fdate(REF - dt.timedelta(days=rng.randint(0, 4)), "compact"), 8, "date")
        items = "".join(rng.choice("0123") for _ in range(40))
        ln.t(items + rng.choice(["J44.1  ", "I50.32 ", "G30.1  ", "C34.90 ", "N18.4  ", "I63.9  "]) + "%02d" % rng.randint(0, 12) + " " * 6 + "%05d" % rng.randint(1, 99999))
        out.append(ln)
    now(0, 2)
    out.append(L("oasis_fixed").t("Z1" + CCN_HH + "%06d" % n + "%06d" % (n + 2) + " " * 30 + hexs(8).upper()))
    return out


def xml_el(ln, tag, val, cat=None, indent=""):
    ln.t(indent, "<%s>" % tag)
    if cat:
        ln.p(val, cat)
    else:
        ln.t(val)
    ln.t("</%s>" % tag)


def oasis_fields(p):
    reason = rng.choice(["01", "04", "09"])
    f = [("ITM_SBST_CD", "01" if reason == "01" else ("02" if reason == "04" else "09"), None),
         ("ITM_SET_VRSN_CD", "OASIS-E1", None), ("SPEC_VRSN_CD", "1.00", None), ("CORRECTION_NUM", "00", None),
         ("STATE_CD", "OH", None), ("M0010_CCN", CCN_HH, None), ("M0014_BRANCH_STATE", "OH", None), ("M0016_BRANCH_ID", "N", None),
         ("M0018_NATL_PROV_ID", rng.choice(DOCS)[2], None), ("M0020_PAT_ID", p.mrn, "mrn"),
         ("M0030_START_CARE_DT", fdate(p.soc, "compact"), "date"),
         ("M0040_PAT_FNAME", ascii_fold(p.first).upper(), "name"), ("M0040_PAT_MI", p.mi, "name" if p.mi else None),
         ("M0040_PAT_LNAME", ascii_fold(p.last).upper(), "name"), ("M0050_PAT_ST", "OH", None), ("M0060_PAT_ZIP", p.zip, "zip"),
         ("M0063_MEDICARE_NUM", p.mbi, "health_plan"), ("M0064_SSN", p.ssn, "ssn"),
         ("M0065_MEDICAID_NUM", p.medicaid or "NA", "health_plan" if p.medicaid else None),
         ("M0066_PAT_BIRTH_DT", fdate(p.dob, "compact"), "date"), ("M0069_PAT_GENDER", "2" if p.sex == "F" else "1", None),
         ("M0080_ASSESSOR_DISCIPLINE", "1", None), ("M0090_INFO_COMPLETED_DT", fdate(REF - dt.timedelta(days=1), "compact"), "date"),
         ("M0100_ASSMT_REASON", reason, None), ("M1021_PRIMARY_DIAG_ICD", rng.choice(["J44.1", "I50.32", "G30.1", "C34.90", "N18.4"]), None),
         ("M1033_HOSP_RISK_HSTRY_FALLS", "1", None), ("GG0130A1", "0%d" % rng.randint(1, 6), None), ("M2020_CRNT_MGMT_ORAL_MDCTN", str(rng.randint(0, 3)), None)]
    if not p.mi:
        f = [x for x in f if x[0] != "M0040_PAT_MI"]
    return f


def g_oasis_xml_pretty():
    p = pat()
    out = []
    now()
    out.append(L("oasis_xml").t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(L("oasis_xml").t("<ASSESSMENT>"))
    for tag, val, cat in oasis_fields(p):
        now(0, 0)
        ln = L("oasis_xml")
        xml_el(ln, tag, val, cat, "  ")
        out.append(ln)
    out.append(L("oasis_xml").t("</ASSESSMENT>"))
    return out


def g_oasis_xml_compact():
    t = now()
    p = pat()
    ln = L("oasis_xml").t("%s DEBUG careops.oasis.export [req=%s] xml=" % (ts_py(t), req_id()))
    ln.t("<ASSESSMENT>")
    for tag, val, cat in oasis_fields(p)[:22]:
        xml_el(ln, tag, val, cat)
    ln.t("</ASSESSMENT>")
    return [ln]


def g_oasis_noise():
    t = now()
    ln = L("py_app_kv")
    k = rng.randint(0, 2)
    if k == 0:
        n, r = rng.randint(8, 30), rng.randint(0, 2)
        ln.t("%s INFO careops.oasis.iqies [req=%s] submission id=%d status=Completed records=%d accepted=%d rejected=%d warnings=%d" % (
            ts_py(t), req_id(), 24110400000000 + rng.randint(0, 99999999), n, n - r, r, rng.randint(0, 9)))
    elif k == 1:
        ln.t("%s WARNING careops.oasis.validate [req=%s] edit -%d item=%s severity=%s msg=\"%s\"" % (
            ts_py(t), req_id(), rng.choice([3070, 3565, 4101, 5022]), rng.choice(["M1033", "GG0170C", "M2020", "J1800"]), rng.choice(["WARNING", "FATAL"]),
            rng.choice(["Value out of range", "Skip pattern violated", "Item required for this ITM_SBST_CD"])))
    else:
        ln.t("%s INFO careops.oasis.export [req=%s] wrote OASIS_%s_20241104_%02d.xml assessments=%d size=%dKB sha256=%s" % (
            ts_py(t), req_id(), CCN_HH, rng.randint(1, 9), rng.randint(5, 30), rng.randint(40, 400), hexs(64)))
    return [ln]


# ---- routing
def g_route_csv():
    out = []
    now()
    out.append(L("route_csv").t("route_id,route_date,clinician_id,seq,eta,patient_mrn,patient_name,address,lat,lon,visit_type,window"))
    rid = "R-%s-%02d" % (rng.choice(["COL", "LAN", "NEW", "DEL"]), rng.randint(1, 40))
    cl = "RN%04d" % rng.randint(1000, 1999)
    hh, mm = 8, rng.randint(0, 40)
    rd = REF + dt.timedelta(days=1)
    for seq, p in enumerate(rng.sample(LIVING, rng.randint(2, 5)), 1):
        now(0, 0)
        ln = L("route_csv")
        ln.t(rid, ",", P(fdate(rd, "iso"), "date"), ",", cl, ",%d,%02d:%02d," % (seq, hh, mm), P(p.mrn, "mrn"), ',"', P(nm_lf(p), "name"),
             '","', P(street_full(p) + ", " + p.city, "address"), " OH ", P(p.zip, "zip"), '",', P("%.5f" % p.lat, "address"), ",",
             P("%.5f" % p.lon, "address"), ",%s,%s" % (rng.choice(["SN-RV", "SN-SOC", "HHA", "PT-EV", "HOS-RN", "MSW", "CHAP"]), rng.choice(["08:00-10:00", "09:00-11:00", "ANY", "13:00-15:00"])))
        out.append(ln)
        mm += rng.randint(40, 80)
        hh += mm // 60
        mm %= 60
    return out


def g_route_noise():
    t = now()
    ln = L("route_solver")
    k = rng.randint(0, 2)
    b = rng.choice(["COL", "LAN", "NEW", "DEL"])
    if k == 0:
        ln.t("%s INFO careops.routing.solver branch=%s date=2024-11-05 vehicles=%d stops=%d first_solution=PATH_CHEAPEST_ARC metaheuristic=GUIDED_LOCAL_SEARCH time_limit=30s status=ROUTING_SUCCESS objective=%d dropped=%d wall=%.2fs" % (
            ts_py(t), b, rng.randint(8, 40), rng.randint(60, 420), rng.randint(40000, 190000), rng.randint(0, 4), rng.uniform(3, 30)))
    elif k == 1:
        ln.t("%s INFO careops.routing.solver branch=%s start_depot=(39.96118,-82.99879) depot=\"Riverbend Columbus Office, 1550 Old Henderson Rd\" matrix=%dx%d cache_hits=%d" % (
            ts_py(t), b, rng.randint(60, 300), rng.randint(60, 300), rng.randint(1000, 90000)))
    else:
        ln.t("%s INFO careops.routing.publish branch=%s routes=%d total_miles=%.1f avg_stops=%.1f overtime_min=%d push=fcm+apns" % (
            ts_py(t), b, rng.randint(8, 40), rng.uniform(300, 2400), rng.uniform(5, 9), rng.randint(0, 300)))
    return [ln]


def g_route_phi():
    t = now()
    p = pat()
    ln = L("route_solver")
    ln.t("%s WARNING careops.routing.solver dropped stop visit=%s mrn=" % (ts_py(t), visit_id()), P(p.mrn, "mrn"), " visit_date=",
         P(fdate(REF + dt.timedelta(days=1), "iso"), "date"), " reason=time_window_infeasible window=%s penalty=100000 addr_zip=" % rng.choice(["08:00-09:00", "07:30-08:00"]),
         P(p.zip, "zip"))
    return [ln]


# ---- bereavement
def g_bereave_csv():
    out = []
    now()
    out.append(L("bereavement_csv").t("case_id|letter_seq|send_date|survivor_name|relationship|addr1|addr2|city|state|zip|decedent_name|date_of_death|language|risk_level|phone"))
    ps = rng.sample(DECEASED, rng.randint(2, 4))
    for p in ps:
        now(0, 0)
        r = p.rel
        ln = L("bereavement_csv")
        seq = rng.choice([1, 2, 3, 4, 6, 13])
        send = p.dod + dt.timedelta(days=30 * seq)
        ln.t(P(p.bcase, "other_id"), "|%d|" % seq, P(fdate(send, "us"), "date"), "|", P(r.first + " " + r.last, "name"), "|%s|" % r.rel,
             P(p.street, "address"), "|")
        if p.unit:
            ln.p(p.unit, "address")
        ln.t("|", P(p.city, "address"), "|OH|", P(p.zip4 if rng.random() < 0.5 else p.zip, "zip"), "|", P(nm_full(p), "name"), "|",
             P(fdate(p.dod, "us"), "date"), "|%s|%s|" % ("es" if p.lang == "es" else "en", rng.choice(["LOW", "MODERATE", "HIGH"])),
             P(fphone(r.phone, "dash"), "phone"))
        out.append(ln)
    return out


def g_bereave_phi():
    t = now()
    p = rng.choice(DECEASED)
    r = p.rel
    k = 0 if p.lang == "es" else variant("brv", 3) + 1
    ln = L("py_app_kv")
    if k == 0:
        kv_head(ln, t, "INFO", "careops.bereavement.render")
        ln.t("plantilla=duelo_3m_es nombre_destinatario=\"", P(r.first + " " + r.last, "name"), "\" parentesco=%s fallecido=\"" % {"daughter": "hija", "son": "hijo", "wife": "esposa"}.get(r.rel, "familiar"),
             P(nm_full(p), "name"), "\" fecha_fallecimiento=", P(fdate(p.dod, "dmy"), "date"), " direccion=\"", P(p.street + ", " + p.city, "address"),
             ", OH ", P(p.zip, "zip"), "\" idioma=es")
    elif k == 1:
        kv_head(ln, t, "INFO", "careops.bereavement.calls")
        ln.t("call outcome=%s case=" % rng.choice(["LEFT_VOICEMAIL", "NO_ANSWER", "COMPLETED", "REQUESTED_CALLBACK"]), P(p.bcase, "other_id"), " to=",
             P("+1" + r.phone, "phone"), " attempt=%d coordinator=%s note=\"spoke w/ " % (rng.randint(1, 3), BEREAVE[2]),
             P(r.first, "name"), ", anniversary of ", P(p.first, "name"), "'s death ", P(fdate(p.dod, "long"), "date"), " coming up, offered support group\"")
    elif k == 2:
        kv_head(ln, t, "INFO", "careops.bereavement.memorial")
        ln.t("memorial list add case=", P(p.bcase, "other_id"), " decedent=\"", P(nm_full(p), "name"), "\" obituary=",
             P("https://www.legacy.com/us/obituaries/dispatch/name/%s-%s-obituary?id=%d" % (ascii_fold(p.first).lower().replace(" ", "-"), ascii_fold(p.last).lower().replace(" ", "-").replace("'", ""), rng.randint(50000000, 59999999)), "url"),
             " invite_to=", P(r.email, "email"))
    else:
        kv_head(ln, t, "WARNING", "careops.bereavement.mail")
        ln.t("letter returned undeliverable case=", P(p.bcase, "other_id"), " recipient=\"", P(r.last.upper() + ", " + r.first.upper(), "name"),
             "\" addr=\"", P(p.street.upper(), "address"), " ", P(p.city.upper(), "address"), " OH ", P(p.zip4, "zip"), "\" usps=NIXIE_ATTEMPTED_NOT_KNOWN")
    return [ln]


# ---- DME
def g_dme_pipe():
    out = []
    now()
    if rng.random() < 0.5:
        out.append(L("dme_pipe").t("#REC|TICKET|DATE|VENDOR|MRN|PATIENT|ADDRESS|PHONE|HCPCS|DESCRIPTION|SERIAL|QTY|STATUS|SIGNED"))
    for p in rng.sample(LIVING, rng.randint(1, 3)):
        now(0, 3)
        ln = L("dme_pipe")
        hc, desc, ser = rng.choice([("E1390", "OXYGEN CONCENTRATOR 5L", p.dme_serial), ("E0260", "HOSP BED SEMI-ELEC W/ MATT", p.bed_serial),
                                   ("E0431", "PORTABLE O2 CYL E W/ REG", "CYL-%06d" % rng.randint(0, 999999)), ("E0781", "AMBULATORY INFUSION PUMP", "CADD%07d" % rng.randint(0, 9999999))])
        st = rng.choice(["DELIVERED", "DELIVERED", "PICKED_UP", "OUT_FOR_DELIVERY"])
        ln.t("DMT|TKT-%05d|" % rng.randint(10000, 99999), P(fdate(REF, "compact"), "date"), "|ACME MED SUPPLY|", P(p.mrn, "mrn"), "|",
             P(ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper(), "name"), "|", P(street_full(p).upper(), "address"), "^^",
             P(p.city.upper(), "address"), "^OH^", P(p.zip, "zip"), "|", P(fphone(p.phone, "plain"), "phone"), "|%s|%s|" % (hc, desc), P(ser, "device"),
             "|1|%s|" % st)
        if st == "DELIVERED":
            ln.t("SIGNED:", P(p.rel.first[0] + " " + ascii_fold(p.rel.last).upper(), "name"))
        out.append(ln)
    return out


def g_dme_json():
    t = now()
    p = pat()
    ln = L("dme_json").t("%s INFO careops.dme.webhook [req=%s] vendor payload=" % (ts_py(t), req_id()))
    o = {"ticketNumber": "%05d" % rng.randint(10000, 99999), "status": rng.choice(["OUT_FOR_DELIVERY", "DELIVERED", "ATTEMPTED"]),
         "driver": rng.choice(["L. Ortiz", "Dana Whitcomb", "R. Haddad"]), "eta": P(fdate(REF, "iso") + "T%02d:30:00-05:00" % rng.randint(9, 17), "date"),
         "deliverTo": {"name": P(nm_full(p), "name"), "line1": P(street_full(p), "address"), "city": P(p.city, "address"), "state": "OH",
                       "postalCode": P(p.zip, "zip"), "phone": P(fphone(p.phone, "dash"), "phone")},
         "items": [{"hcpcs": "E0260", "desc": "Hosp bed semi-elec", "serial": P(p.bed_serial, "device")},
                   {"hcpcs": "E0277", "desc": "Alt pressure mattress", "serial": None}],
         "instructions": Seg("Call ", P(p.rel.first, "name"), " on arrival, dog in yard. Park behind family van plate ", P(p.rel.plate, "vehicle"))}
    jdump(ln, o)
    return [ln]


def g_dme_noise():
    t = now()
    ln = L("dme_json").t("%s INFO careops.dme.webhook [req=%s] vendor payload=" % (ts_py(t), req_id()))
    jdump(ln, {"event": rng.choice(["route.started", "route.completed", "inventory.low"]), "vendor": "ACME-MED", "depot": "Groveport",
               "driver": rng.choice(["L. Ortiz", "Dana Whitcomb", "R. Haddad"]), "stops": rng.randint(4, 20), "truck": "TRK-%02d" % rng.randint(1, 30),
               "sku": "E1390-INV5", "on_hand": rng.randint(0, 40), "ts": ts_utc_ms(t)})
    return [ln]


# ---- medrec (structlog JSON, ensure_ascii default)
def g_medrec_phi():
    t = now()
    p = pat()
    s = staff()
    ln = L("structlog_json")
    o = {"timestamp": ts_utc(t), "level": "info", "logger": "careops.medrec", "event": "reconciliation_completed",
         "patient_mrn": P(p.mrn, "mrn"), "patient_name": P(nm_full(p), "name"), "dob": P(fdate(p.dob, "us"), "date"),
         "meds_reviewed": rng.randint(5, 22),
         "age": P(str(p.age), "age", raw=True) if p.age > 89 else p.age,
         "discrepancies": [dict(zip(("drug", "type", "home", "ordered"), rng.choice([
             ("metoprolol tartrate", "dose", "50 mg BID", "25 mg BID"), ("furosemide", "dose", "20 mg daily", "40 mg daily"),
             ("warfarin", "duplicate", "5 mg daily + 2.5 mg (old bottle)", "5 mg daily"), ("apixaban", "omission", None, "5 mg BID"),
             ("insulin glargine", "dose", "18 units qHS", "22 units qHS"), ("docusate", "omission", "100 mg BID", None)])))],
         "source": rng.choice(["pill_bottles", "hospital_dc_list", "pharmacy_fill_hx"]), "pharmacy_phone": fphone("6145550100", "dash"),
         "clinician": "%s %s, %s" % (s[0], s[1], s[2]), "request_id": uuid4()}
    if rng.random() < 0.4:
        o["caregiver"] = P(p.rel.first + " " + p.rel.last, "name")
    jdump(ln, o, sep=(", ", ": "), ascii_=True)
    return [ln]


def g_medrec_noise():
    t = now()
    o = {"timestamp": ts_utc(t), "level": rng.choice(["info", "warning"]), "logger": "careops.medrec",
         "event": rng.choice(["fdb_interaction_check", "formulary_refresh", "ndc_lookup_miss"]), "ndc": "%05d-%04d-%02d" % (rng.randint(0, 99999), rng.randint(0, 9999), rng.randint(0, 99)),
         "severity": rng.choice(["none", "moderate", "major"]), "elapsed_ms": rng.randint(2, 300), "request_id": uuid4(), "span_id": hexs(16)}
    return [jdump(L("structlog_json"), o, sep=(", ", ": "), ascii_=True)]


def g_intake_phi():
    t = now()
    p = pat()
    r = p.rel
    o = {"timestamp": ts_utc(t), "level": "info", "logger": "careops.intake", "event": "emergency_contact_verified",
         "patient_mrn": P(p.mrn, "mrn"), "contact": {"name": P(r.first + " " + r.last, "name"), "relationship": r.rel,
                                                     "phone": P(fphone(r.phone), "phone"), "email": P(r.email, "email")},
         "id_checked": {"type": "DL", "state": "OH", "number": P(r.dl, "license")}, "purpose": "comfort_kit_pickup",
         "verified_by": staff()[3], "request_id": uuid4()}
    if variant("fax", 2):
        o["poa_fax"] = P(fphone(r.fax, rng.choice(["dash", "paren", "plain"])), "fax")
    return [jdump(L("structlog_json"), o, sep=(", ", ": "), ascii_=True)]


# ---- dictation
def stt_name(p):
    return p.stt


def g_stt_phi():
    t = now()
    p = pat()
    s = rng.choice([x for x in STAFF if x[2] in ("RN", "LPN")])
    ln = L("stt_transcript")
    prov = rng.choice(["aws-transcribe-medical", "whisper-large-v3", "deepgram-nova-2-medical"])
    ln.t("%s INFO careops.dictation.stt [req=%s] job=stt_%s provider=%s conf=0.%02d text=\"" % (ts_py(t), req_id(), hexs(10), prov, rng.randint(62, 93)))
    k = variant("stt", 4)
    sex_h = "she" if p.sex == "F" else "he"
    if k == 0:
        ln.t("this is %s %s %s skilled nursing visit for %s " % (s[0].lower(), s[1].lower(), s[2].lower(), "missus" if p.sex == "F" else "mister"),
             P(stt_name(p), "name"), " date of birth ", P(spoken_date(p.dob, 0), "date"), " ")
        if p.age > 89:
            ln.t(sex_h, " is ", P(words(p.age), "age"), " years old ")
        else:
            ln.t(sex_h, " is ", words(p.age), " years old ")
        ln.t("lungs with crackles bilateral bases oh two at two leaders via nasal cannula sat ninety two percent")
    elif k == 1:
        ln.t("patient ", P(stt_name(p), "name"), " ")
        if p.age > 89:
            ln.t(P(words(p.age), "age"), " year old ")
        else:
            ln.t(words(p.age), " year old ")
        ln.t("%s hospice day forty two pain four out of ten after morphine %s at bedside %s number is " % (
            "female" if p.sex == "F" else "mail", p.rel.rel, "her" if p.rel.rel in ("daughter", "wife", "granddaughter", "niece", "sister", "mother") else "his"),
             P(spoken_digits(p.rel.phone), "phone"), " please call with any changes")
    elif k == 2:
        ln.t("Visit note for ", P("%s %s" % (p.first, p.last), "name"), ". Uh, date of birth ", P(fdate(p.dob, "long"), "date"),
             ". Start of care was ", P(spoken_date(p.soc, 2), "date"), ". ")
        if p.age > 89:
            ln.t("Patient is a ", P(str(p.age), "age"), "-year-old ")
        else:
            ln.t("Patient is %s %d-year-old " % ("an" if str(p.age)[0] == "8" or p.age in (11, 18) else "a", p.age))
        ln.t("%s, alert and oriented times two, wound to left heel measures 2.1 by 1.4 centimeters." % ("woman" if p.sex == "F" else "man"))
    else:
        ln.t("medication reconciliation completed with ", p.rel.rel, " ", P(p.rel.first.lower() + " " + ascii_fold(p.rel.last).lower(), "name"),
             " new order lasix forty milligrams daily faxed to doctor ", rng.choice(DOCS)[1].lower(), " next visit ",
             P(spoken_date(REF + dt.timedelta(days=2), 0), "date"))
    ln.t("\"")
    return [ln]


# ---- family portal
def g_portal_phi():
    t = now()
    p = pat()
    r = p.rel
    ln = L("portal_json")
    lang = p.lang if p.lang in ("es", "vi", "ko") and rng.random() < 0.7 else "en"
    if lang == "es":
        quien = {"granddaughter": ("la nieta", "Mi abuela" if p.sex == "F" else "Mi abuelo"), "wife": ("la esposa", "Mi esposo"),
                 "daughter": ("la hija", "Mi mamá" if p.sex == "F" else "Mi papá")}.get(r.rel, ("familiar", "Mi familiar"))
        body = Seg("Hola, soy ", P(r.first, "name"), ", %s de " % quien[0], P(p.first + " " + p.last, "name"),
                   ". %s no quiere comer desde ayer. ¿Puede venir la enfermera hoy? Mi cel es " % quien[1], P(fphone(r.phone, "dash"), "phone"))
    elif lang == "vi":
        body = Seg("Chào chị, %s tôi " % ("mẹ" if p.sex == "F" else "bố"), P(("Nguyễn Thị Lan" if p.last == "Nguyễn" else p.last + " " + p.first), "name"),
                   " bị sốt nhẹ tối qua 38.2 độ. Xin gọi lại cho tôi số ", P(fphone(r.phone, "dot"), "phone"))
    elif lang == "ko":
        body = Seg("안녕하세요. 어머니 ", P("박순자", "name"), " 님이 오늘 아침 숨이 많이 차십니다. 간호사님 방문 가능할까요? 아들 ", P(r.first + " " + r.last, "name"))
    else:
        body = rng.choice([
            Seg("Hi this is ", P(r.first, "name"), ". My ", kin_word(p),
                " (", P(p.first + " " + p.last, "name"), ") was up all night coughing. Can someone call me at ", P(fphone(r.phone), "phone"), "?"),
            Seg("Question about the new meds for ", P(p.first, "name"), " - the pharmacy says the lorazepam isn't ready until ",
                P(fdate(REF + dt.timedelta(days=1), "us_short"), "date"), ". Is that ok?"),
            Seg("We set up a page for updates: ", P("https://www.caringbridge.org/site/%s%s" % (ascii_fold(p.first).lower(), ascii_fold(p.last).lower().replace(" ", "").replace("'", "")), "url"),
                " feel free to share with the team. - ", P(r.first, "name")),
            Seg("Please send the visit schedule to my email ", P(r.email, "email"), " instead of mail, I'm staying with ", P(p.first, "name"), " this week."),
            Seg("Thank you all for caring for ", P(p.first, "name"), ". Some of you asked how to help: ", P("https://gofund.me/%s" % hexs(8), "url"), " (for the medical bills).")])
    o = {"ts": ts_utc_ms(t), "svc": "family-portal", "evt": "message.created", "thread_id": "th_" + hexs(6),
         "from_user": P(r.user, "other_id"), "patient_ref": P(p.mrn, "mrn"), "lang": lang, "body": body, "client_ip": P(r.ip, "ip"),
         "ua": rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15", "Mozilla/5.0 (Linux; Android 14; Pixel 7) Chrome/130.0.0.0 Mobile",
                           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0"])}
    jdump(ln, o)
    return [ln]


def g_portal_noise():
    t = now()
    o = {"ts": ts_utc_ms(t), "svc": "family-portal", "evt": rng.choice(["session.refresh", "flags.loaded", "push.token.rotated", "csp.violation", "rate_limit.hit"]),
         "trace_id": hexs(32), "span_id": hexs(16), "build": "portal-web@3.8.%d+%s" % (rng.randint(0, 20), hexs(7)), "duration_ms": rng.randint(2, 900),
         "client_ip": internal_ip()}
    return [jdump(L("portal_json"), o)]


def g_nginx_phi():
    t = now(0, 10)
    p = pat()
    r = p.rel
    ua = rng.choice(['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"',
                     '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"',
                     '"Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 Mobile Safari/537.36"'])
    ln = L("nginx_combined").t(P(r.ip, "ip"), " - ")
    k = rng.randint(0, 2)
    if k == 0:
        ln.t(P(r.user, "other_id"))
    else:
        ln.t("-")
    path = rng.choice(["/portal/api/threads/th_%s/messages" % hexs(6), "/portal/api/visits/upcoming", "/portal/static/js/app.%s.js" % hexs(8),
                       "/portal/api/documents/%s/download" % uuid4()])
    st = rng.choice([200, 200, 304])
    ln.t(" [%s] \"GET %s HTTP/2.0\" %d %d \"https://family.riverbendhh.org/\" %s" % (ts_nginx(t), path, st, 0 if st == 304 else rng.randint(200, 90000), ua))
    return [ln]


def g_nginx_noise():
    t = now(0, 10)
    k = rng.randint(0, 2)
    if k == 0:
        return [L("nginx_combined").t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"" % (internal_ip(), ts_nginx(t)))]
    if k == 1:
        # clinician app on carrier network: not labeled (staff)
        return [L("nginx_combined").t("%s - - [%s] \"POST /api/v2/evv/checkins HTTP/2.0\" 201 %d \"-\" \"CareVisit/5.12.1 (iPad; iOS 17.6.1) Alamofire/5.9.1\"" % (
            "166.%d.%d.%d" % (rng.randint(130, 210), rng.randint(0, 255), rng.randint(1, 254)), ts_nginx(t), rng.randint(40, 200)))]
    return [L("nginx_combined").t("%s - - [%s] \"GET /portal/static/css/main.%s.css HTTP/2.0\" 304 0 \"https://family.riverbendhh.org/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"" % (
        internal_ip(), ts_nginx(t), hexs(8)))]


# ---- on-call
DEATH_DONE = []


def g_oncall_phi():
    now()
    t = ONC.tick(240, 1500)
    p = pat(HOSPICE + [x for x in LIVING[:10] if not x.dod])
    r = p.rel
    s = rng.choice([x for x in STAFF if x[2] in ("RN", "LPN")])
    ln = L("oncall_text")
    k = variant("onc", 5)
    if k == 1 and DEATH_DONE:
        k = 0
    stamp = "%02d:%02d" % (t.hour, t.minute)
    if k == 0:
        ln.t("ONCALL|%s|%s %s. %s|INBOUND|Caller: %s " % (t.strftime("%Y-%m-%d %H:%M"), s[2], s[0][0], s[1], r.rel), P(r.first + " " + r.last, "name"), " ",
             P(fphone(r.phone, "dot"), "phone"), ". Pt ", P(nm_full(p), "name"), " (", P(p.mrn, "mrn"), "), ",
             P(str(p.age), "age") if p.age > 89 else str(p.age), " y/o, c/o increased SOB, O2 at 4L NC. Instructed to incr to 5L, give morphine 5 mg SL per comfort kit. Will f/u in 1h.|disposition=HOME")
    elif k == 1:
        DEATH_DONE.append(1)
        q = [x for x in PATIENTS if x.dod == REF][0]
        ln.t("[on-call 02:58] death pronounced at home: ", P(nm_full(q), "name"), ", DOB ", P(fdate(q.dob, "us_short"), "date"), ", age ",
             P(str(q.age), "age"), ", TOD ", P("02:35 " + fdate(REF, "us"), "date"), ". ", q.rel.rel.capitalize(), " ", P(q.rel.first, "name"),
             " present. %s notified, Dr. %s notified for DC order. Meds destroyed w/ witness %s." % (rng.choice(FUNERAL), DOCS[1][1], CHAPLAIN))
    elif k == 2:
        ln.t("[on-call %s] %s %s: pt " % (stamp, s[0], s[1]), P(p.first[0] + ". " + p.last, "name"), " fell getting to BSC, no injury per %s, " % r.rel,
             P(r.first, "name"), " to drive pt to ED if pain incr (vehicle ", P(r.plate, "vehicle"), "). Lift assist requested from ", p.county, " Co. EMS? declined.")
    elif k == 3:
        ln.t("ONCALL|%s|%s %s. %s|OUTBOUND|Returned call to " % (t.strftime("%Y-%m-%d %H:%M"), s[2], s[0][0], s[1]), P(fphone(r.phone, "plain"), "phone"),
             " re ", P(p.last.upper() + ", " + p.first.upper(), "name"), " DOB ", P(fdate(p.dob, "us_yy"), "date"),
             " - CADD pump alarming 'downstream occlusion', talked ", r.rel, " through clamp check, resolved. Pump SN ", P("CADD%07d" % rng.randint(0, 9999999), "device"), ".|disposition=RESOLVED")
    else:
        ln.t("[on-call %s] Comfort kit picked up by %s " % (stamp, r.rel), P(r.first + " " + r.last, "name"), ", ID checked OH DL ", P(r.dl, "license"),
             ". Pt ", P(p.mrn, "mrn"), " started on haloperidol 0.5 mg q4h prn agitation per Dr. %s." % rng.choice(DOCS)[1])
    return [ln]


def g_oncall_noise():
    now()
    t = ONC.tick(240, 1500)
    s = rng.choice([x for x in STAFF if x[2] in ("RN", "LPN")])
    ln = L("oncall_text")
    k = rng.randint(0, 2)
    if k == 0:
        ln.t("[on-call %02d:%02d] no new calls since last entry. Pager test OK. %s %s %s" % (t.hour, t.minute, s[0], s[1], s[2]))
    elif k == 1:
        ln.t("ONCALL|%s|%s %s. %s|SUMMARY|Interim summary: %d calls, %d visits made, %d deaths, 0 ED transfers.|disposition=NA" % (
            t.strftime("%Y-%m-%d %H:%M"), s[2], s[0][0], s[1], rng.randint(1, 9), rng.randint(0, 3), rng.randint(0, 2)))
    else:
        ln.t("[on-call %02d:%02d] answering service (AnswerConnect) escalated page #%d to %s %s cell %s - callback done" % (
            t.hour, t.minute, rng.randint(1000, 9999), s[0], s[1], fphone(s[4], "dash")))
    return [ln]


# ---- Twilio
def tw(t, msg):
    return L("twilio_http").t("%s INFO [twilio.http_client] %s" % (ts_py(t), msg))


def g_twilio_http(phi):
    out = []
    t = now()
    p = pat()
    out.append(tw(t, "-- BEGIN Twilio API Request --"))
    if phi and rng.random() < 0.5:
        out.append(tw(t, "GET Request: https://api.twilio.com/2010-04-01/Accounts/%s/Calls.json" % ACCOUNT_SID))
        ln = tw(t, "Query Params: ")
        pyrepr(ln, {"To": P("+1" + p.rel.phone, "phone"), "StartTime>": "2024-10-28", "PageSize": 50})
        out.append(ln)
    elif phi:
        out.append(tw(t, "GET Request: https://lookups.twilio.com/v2/PhoneNumbers/").t(P(quote("+1" + p.rel.phone), "phone")))
        ln = tw(t, "Query Params: ")
        pyrepr(ln, {"Fields": "caller_name,line_type_intelligence"})
        out.append(ln)
    else:
        out.append(tw(t, "POST Request: https://api.twilio.com/2010-04-01/Accounts/%s/Calls.json" % ACCOUNT_SID))
    out.append(tw(t, "Headers:"))
    for h in ["Content-Type : application/x-www-form-urlencoded", "Accept : application/json",
              "User-Agent : twilio-python/9.3.6 (Linux x86_64) Python/3.11.9", "X-Twilio-Client : python-9.3.6", "Accept-Charset : utf-8"]:
        if rng.random() < 0.7:
            out.append(tw(t, h))
    out.append(tw(t, "-- END Twilio API Request --"))
    t = now(0, 2)
    out.append(tw(t, "Response Status Code: %d" % (200 if phi else 201)))
    out.append(tw(t, "Response Headers: {'Content-Type': 'application/json;charset=utf-8', 'Content-Length': '%d', 'Connection': 'keep-alive', 'Twilio-Request-Id': '%s', 'Twilio-Request-Duration': '0.%03d', 'Twilio-Concurrent-Requests': '1'}" % (
        rng.randint(400, 3000), csid("RQ"), rng.randint(10, 300))))
    return out


def g_twilio_webhook_phi():
    t = now()
    p = pat()
    r = p.rel
    ln = L("twilio_webhook")
    k = variant("twh", 3)
    if k == 0:
        # inbound voice from family, raw form body logged at DEBUG
        ln.t("%s DEBUG careops.twilio.webhooks [req=%s] POST /twilio/voice/inbound body=AccountSid=%s&ApiVersion=2010-04-01&CallSid=%s&CallStatus=ringing&Called=%s&CalledCity=COLUMBUS&CalledCountry=US&CalledState=OH&CalledZip=43215&Caller=" % (
            ts_py(t), req_id(), ACCOUNT_SID, csid(), quote(AGENCY_ONCALL)), P(quote("+1" + r.phone), "phone"), "&CallerCity=", P(quote_plus(p.city.upper()), "address"),
             "&CallerCountry=US&CallerName=", P(quote_plus(ascii_fold(r.last).upper().replace(" ", "") + " " + ascii_fold(r.first).upper()), "name"),
             "&CallerState=OH&CallerZip=", P(p.zip, "zip"), "&Direction=inbound&From=", P(quote("+1" + r.phone), "phone"),
             "&To=%s" % quote(AGENCY_ONCALL))
    elif k == 1:
        ln.t("%s INFO careops.twilio.webhooks [req=%s] voice status callback: CallSid=%s CallStatus=completed CallDuration=%d Direction=outbound-api From=%s To=" % (
            ts_py(t), req_id(), csid(), rng.randint(5, 900), AGENCY_BEREAVE), P("+1" + r.phone, "phone"), " AnsweredBy=%s RecordingUrl=https://api.twilio.com/2010-04-01/Accounts/%s/Recordings/%s" % (
            rng.choice(["human", "machine_end_beep", "unknown"]), ACCOUNT_SID, csid("RE")))
    else:
        ln.t("%s INFO careops.twilio.ivr [req=%s] gather result CallSid=%s Digits= SpeechResult=\"" % (ts_py(t), req_id(), csid()),
             "my %s " % kin_word(p), P(p.first.lower() + " " + ascii_fold(p.last).lower(), "name"),
             " needs a refill on her oxygen" if p.sex == "F" else " needs a refill on his oxygen", "\" Confidence=0.%d" % rng.randint(60, 95))
    return [ln]


def g_twilio_webhook_noise():
    t = now()
    s = staff()
    ln = L("twilio_webhook").t("%s INFO careops.twilio.webhooks [req=%s] voice status callback: CallSid=%s CallStatus=%s CallDuration=%d Direction=outbound-dial From=%s To=+1%s ParentCallSid=%s" % (
        ts_py(t), req_id(), csid(), rng.choice(["completed", "no-answer", "busy"]), rng.randint(0, 600), AGENCY_ONCALL, s[4], csid()))
    return [ln]


def g_twilio_csv():
    out = []
    now()
    out.append(L("twilio_csv").t("Call Sid,Start Time,Direction,From,To,Status,Duration,Price,Price Unit,Caller Name"))
    for _ in range(rng.randint(2, 4)):
        t = now(0, 0)
        ln = L("twilio_csv")
        when = (t - dt.timedelta(minutes=rng.randint(10, 600))).strftime("%Y-%m-%d %H:%M:%S") + " EST"
        if rng.random() < 0.65:
            p = pat()
            r = p.rel
            if rng.random() < 0.5:
                ln.t("%s,%s,inbound," % (csid(), when), P("+1" + r.phone, "phone"), ",%s,completed,%d,-0.0085,USD," % (AGENCY_ONCALL, rng.randint(10, 900)),
                     P(ascii_fold(r.last).upper() + " " + ascii_fold(r.first).upper()[:1], "name"))
            else:
                ln.t("%s,%s,outbound-api,%s," % (csid(), when, AGENCY_BEREAVE), P("+1" + r.phone, "phone"), ",%s,%d,-0.0140,USD," % (
                    rng.choice(["completed", "no-answer", "busy"]), rng.randint(0, 600)))
        else:
            s = staff()
            ln.t("%s,%s,outbound-dial,%s,+1%s,completed,%d,-0.0140,USD,RIVERBEND HH" % (csid(), when, AGENCY_ONCALL, s[4], rng.randint(10, 600)))
        out.append(ln)
    return out


# ---- tracebacks
def g_traceback(phi):
    t = now()
    out = []
    p = pat()
    fam = "py_traceback"
    out.append(L(fam).t("%s ERROR careops.api.errors [req=%s] Exception in ASGI application" % (ts_py(t), req_id())))
    out.append(L(fam).t("Traceback (most recent call last):"))
    k = variant("tb", 3) if phi else 3 + rng.randint(0, 1)
    if k == 0:
        out.append(L(fam).t('  File "/app/careops/api/evv.py", line 88, in create_checkin'))
        out.append(L(fam).t("    payload = CheckInIn.model_validate(body)"))
        out.append(L(fam).t('  File "/usr/local/lib/python3.11/site-packages/pydantic/main.py", line 596, in model_validate'))
        out.append(L(fam).t("    return cls.__pydantic_validator__.validate_python("))
        out.append(L(fam).t("pydantic_core._pydantic_core.ValidationError: 1 validation error for CheckInIn"))
        out.append(L(fam).t("clientDob"))
        out.append(L(fam).t("  Input should be a valid date or datetime, input is too short [type=date_from_datetime_parsing, input_value='", P(fdate(p.dob, "us_yy"), "date"), "', input_type=str]"))
        out.append(L(fam).t("    For further information visit https://errors.pydantic.dev/2.9/v/date_from_datetime_parsing"))
    elif k == 1:
        out.append(L(fam).t('  File "/app/careops/intake/service.py", line 141, in upsert_patient'))
        out.append(L(fam).t("    await db.patients.insert_one(doc)"))
        out.append(L(fam).t('  File "/usr/local/lib/python3.11/site-packages/motor/core.py", line 212, in insert_one'))
        out.append(L(fam).t("pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: careops.patients index: coverage.mbi_1 dup key: { coverage.mbi: \"",
                            P(p.mbi, "health_plan"), "\" }, full error: {'index': 0, 'code': 11000, 'errmsg': 'E11000 duplicate key error'}"))
    elif k == 2:
        out.append(L(fam).t('  File "/app/careops/bereavement/letters.py", line 57, in render'))
        out.append(L(fam).t("    return tpl.render(**ctx)"))
        out.append(L(fam).t('  File "/usr/local/lib/python3.11/site-packages/jinja2/environment.py", line 1304, in render'))
        out.append(L(fam).t("    self.environment.handle_exception()"))
        out.append(L(fam).t("jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'survivor_salutation' (ctx keys=['survivor_name', 'decedent'] survivor_name=",
                            P(p.rel.first + " " + p.rel.last, "name"), ")"))
    if k == 3:
        out.append(L(fam).t('  File "/app/careops/routing/solver.py", line 203, in solve'))
        out.append(L(fam).t("    assignment = routing.SolveWithParameters(params)"))
        out.append(L(fam).t("RuntimeError: routing model failed: no solution found within time limit (30s) branch=LAN vehicles=9 stops=141"))
    elif k == 4:
        out.append(L(fam).t('  File "/usr/local/lib/python3.11/site-packages/kombu/connection.py", line 476, in _reraise_as_library_errors'))
        out.append(L(fam).t("    raise ConnectionError(str(exc)) from exc"))
        out.append(L(fam).t("kombu.exceptions.OperationalError: Error 111 connecting to redis-master.careops.svc:6379. Connection refused."))
    return out


# ---- HL7 referral
def hl7_seg(fam, name, fields):
    ln = L(fam).t(name)
    for f in fields:
        ln.t("|")
        if isinstance(f, (list, tuple)):
            ln.t(*f)
        else:
            ln.t(f)
    return ln


def g_hl7():
    t = now()
    p = pat()
    r = p.rel
    fam = "hl7v2"
    out = []
    stamp = t.strftime("%Y%m%d%H%M%S")
    ctl = "MSG%07d" % rng.randint(0, 9999999)
    out.append(L(fam).t("MSH|^~\\&|EPIC|OSUWMC|CAREOPS|RIVERBENDHH|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (stamp, ctl)))
    out.append(L(fam).t("EVN|A04|%s|||JLW4411^WALSH^JENNIFER^L" % stamp))
    adm = REF - dt.timedelta(days=rng.randint(3, 9))
    dis = REF - dt.timedelta(days=1)
    pid = ["1", "", [P(p.hmrn, "mrn"), "^^^OSUMC^MR~", P(p.ssn, "ssn"), "^^^SSA^SS"], "",
           [P(ascii_fold(p.last).upper(), "name"), "^", P(ascii_fold(p.first).upper(), "name"), "^"] + ([P(p.mi, "name")] if p.mi else []) + ["^^^^L"],
           [P(rng.choice(["SMITH", "JONES", "MILLER", "OKONKWO", "REYES"]), "name")], P(fdate(p.dob, "compact"), "date"), p.sex, "",
           "",
           [P(street_full(p).upper(), "address"), "^^", P(p.city.upper(), "address"), "^OH^", P(p.zip, "zip"), "^USA^H^^", P(p.county.upper(), "address")],
           "", [P(fphone(p.phone, "paren_nosp"), "phone"), "^PRN^PH"], "", "ENG^English^ISO6392", "W", "CAT",
           [P(p.account.replace("PA-", "A0"), "account"), "^^^OSUMC^AN"], P(fssn(p.ssn, True), "ssn"), [P(r.dl, "license"), "^OH"] if rng.random() < 0.3 else ""]
    out.append(hl7_seg(fam, "PID", pid))
    out.append(hl7_seg(fam, "NK1", ["1", [P(ascii_fold(r.last).upper(), "name"), "^", P(ascii_fold(r.first).upper(), "name")], "%s^%s^HL70063" % ({"daughter": "DAU", "son": "SON", "wife": "SPO"}.get(r.rel, "OTH"), r.rel.capitalize()),
                                    [P(street_full(p).upper(), "address"), "^^", P(p.city.upper(), "address"), "^OH^", P(p.zip, "zip")], P(fphone(r.phone, "paren_nosp"), "phone"), "", "EC^Emergency Contact^HL70131"]))
    doc = rng.choice(DOCS)
    pv1 = ["1", "I", "5W^512^A^OSUWMC", "", "", "", "%s^%s^%s^^^DR^^^NPI" % (doc[2], doc[1].upper(), doc[0].upper()), "", "", "MED", "", "", "", "", "", "", "", "",
           [P("V%08d" % rng.randint(10 ** 7, 10 ** 8 - 1), "other_id"), "^^^OSUMC^VN"]] + [""] * 24 + [P(fdate(adm, "compact") + "0614", "date"), P(fdate(dis, "compact") + "1530", "date")]
    out.append(hl7_seg(fam, "PV1", pv1))
    out.append(L(fam).t("DG1|1||%s^I10|||A" % rng.choice(["J44.1^Chronic obstructive pulmonary disease with (acute) exacerbation", "I50.33^Acute on chronic diastolic heart failure",
                                                         "C25.9^Malignant neoplasm of pancreas, unspecified", "G12.21^Amyotrophic lateral sclerosis"])))
    in1 = ["1", "MCR^Medicare Part A", "CMS001", "CENTERS FOR MEDICARE AND MEDICAID SERVICES", "7500 SECURITY BLVD^^BALTIMORE^MD^21244", "", "", "", "", "", "",
           "", "", "", "MCR", [P(ascii_fold(p.last).upper(), "name"), "^", P(ascii_fold(p.first).upper(), "name")], "SEL", P(fdate(p.dob, "compact"), "date")] + [""] * 17 + [P(p.mbi, "health_plan")]
    out.append(hl7_seg(fam, "IN1", in1))
    t2 = now(0, 1)
    out.append(L("py_app_kv").t("%s INFO careops.hl7.listener [req=%s] ACK AA sent control_id=%s peer=10.40.1.12:2575 bytes=%d" % (ts_py(t2), req_id(), ctl, rng.randint(900, 2400))))
    return out


def g_hl7_noise():
    t = now()
    return [L("py_app_kv").t("%s INFO careops.hl7.listener [req=%s] %s" % (ts_py(t), req_id(), rng.choice([
        "MLLP connection from 10.40.1.12:%d accepted" % rng.randint(30000, 60000),
        "received ADT^A08 control_id=MSG%07d ignored (no active referral)" % rng.randint(0, 9999999),
        "heartbeat ok peer=OSUWMC queue_depth=0"])))]


# ---- X12 270
def g_x12():
    t = now()
    p = pat()
    ctl = "%09d" % rng.randint(1, 999999999)
    ln = L("x12_270").t("%s INFO careops.eligibility [req=%s] 270 out=" % (ts_py(t), req_id()))
    ln.t("ISA*00*          *00*          *ZZ*RIVERBENDHH    *ZZ*CMSHETS        *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    ln.t("GS*HS*RIVERBENDHH*CMSHETS*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~" % (
        t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl) % 100000, hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    ln.t("HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~HL*2*1*21*1~NM1*1P*2*RIVERBEND HOME HEALTH*****XX*%s~HL*3*2*22*0~TRN*1*%s*9%s~" % (AGENCY_NPI, hexs(12).upper(), AGENCY_NPI))
    ln.t("NM1*IL*1*", P(ascii_fold(p.last).upper(), "name"), "*", P(ascii_fold(p.first).upper(), "name"), "*")
    if p.mi:
        ln.p(p.mi, "name")
    ln.t("***MI*", P(p.mbi, "health_plan"), "~DMG*D8*", P(fdate(p.dob, "compact"), "date"), "*", p.sex, "~DTP*291*D8*", P(fdate(REF, "compact"), "date"),
         "~EQ*%s~SE*13*0001~GE*1*%d~IEA*1*%s~" % (rng.choice(["30", "42", "45"]), int(ctl) % 100000, ctl))
    return [ln]


def g_prom_noise():
    now(0, 5)
    k = rng.randint(0, 5)
    m = ['careops_evv_checkins_total{platform="%s",result="accepted"} %d' % (rng.choice(["android", "ios"]), rng.randint(1000, 90000)),
         'celery_task_runtime_seconds_bucket{task="careops.twilio.tasks.place_call",le="%s"} %d' % (rng.choice(["0.5", "1.0", "2.5", "+Inf"]), rng.randint(10, 5000)),
         'careops_route_solver_seconds_sum{branch="%s"} %.3f' % (rng.choice(["COL", "LAN", "NEW"]), rng.uniform(10, 9000)),
         'mongodb_op_latencies_latency_total{type="command"} %d' % rng.randint(10 ** 8, 10 ** 10),
         '# HELP careops_oasis_submissions_total OASIS assessments submitted to iQIES',
         'careops_portal_messages_total{lang="%s"} %d' % (rng.choice(["en", "es", "vi", "ko"]), rng.randint(1, 4000))][k]
    return [L("prometheus").t(m)]


# --------------------------------------------------------------------------
NOISE = [(9, g_uvicorn_noise), (2, g_uvicorn_startup), (14, g_kv_noise), (10, g_celery_noise), (7, g_mongo_noise), (3, g_mongo_legacy_noise),
         (6, g_android_noise), (5, g_ios_noise), (4, g_oasis_noise), (4, g_route_noise), (0.6, lambda: g_twilio_http(False)),
         (3, g_twilio_webhook_noise), (5, g_nginx_noise), (4, g_prom_noise), (4, g_medrec_noise), (3, g_dme_noise), (3, g_portal_noise),
         (3, g_oncall_noise), (1, lambda: g_traceback(False)), (3, g_hl7_noise)]
PHI = [(5, g_uvicorn_phi), (9, g_kv_phi), (6, g_celery_phi), (6, g_mongo_phi), (2, g_mongo_legacy_phi), (5, g_android_phi), (4, g_ios_phi),
       (2, g_oasis_fixed), (1, g_oasis_xml_pretty), (2, g_oasis_xml_compact), (3, g_route_csv), (2, g_route_phi), (2, g_bereave_csv),
       (4, g_bereave_phi), (2, g_dme_pipe), (3, g_dme_json), (4, g_medrec_phi), (3, g_intake_phi), (6, g_stt_phi), (5, g_portal_phi),
       (4, g_nginx_phi), (5, g_oncall_phi), (0.7, lambda: g_twilio_http(True)), (4, g_twilio_webhook_phi), (2, g_twilio_csv),
       (1, lambda: g_traceback(True)), (1.2, g_hl7), (2, g_x12)]


def wpick(pool):
    tot = sum(w for w, _ in pool)
    x = rng.uniform(0, tot)
    for w, f in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][1]


def main():
    N = 500
    lines = []
    noise = 0
    once = [g_oasis_xml_pretty]
    while len(lines) < N:
        frac = noise / len(lines) if lines else 1.0
        pool = NOISE if frac < 0.55 else PHI
        f = wpick(pool)
        if f is g_oasis_xml_pretty:
            if f not in once:
                continue
            once.remove(f)
        block = f()
        if len(lines) + len(block) > N:
            continue
        for ln in block:
            lines.append(ln)
            if not ln.sp:
                noise += 1
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        spans = []
        for s, e, c, v in ln.sp:
            assert ln.b[s:e].decode("utf-8") == v, (i, v)
            assert c in CATS, c
            spans.append({"s": s, "e": e, "cat": c})
        # no overlaps
        spans.sort(key=lambda x: x["s"])
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"], (i, a, b)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False))
    assert len(log_out) == N
    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    with open(logp, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_out))
    with open(labp, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lab_out) + "\n")
    # stats
    cnt = {}
    fams = {}
    for ln in lines:
        fams[ln.family] = fams.get(ln.family, 0) + 1
        for s, e, c, v in ln.sp:
            cnt[c] = cnt.get(c, 0) + 1
    print("lines", N, "no-PHI", noise, "(%.1f%%)" % (100.0 * noise / N))
    print("families", len(fams), fams)
    print("spans", sum(cnt.values()), dict(sorted(cnt.items(), key=lambda x: -x[1])))
    for pth in (logp, labp):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
