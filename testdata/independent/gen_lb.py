#!/usr/bin/env python3
"""gen_lb.py - synthetic, labeled log corpus "lb" (hearing care / audiology retail chain).

Systems of the fictional chain "ClearTone Hearing Centers":
  * FitSuite fitting software (.NET, log4net, partly German messages from the vendor's
    Danish/German code base) launched from Noah 4; Noah-like XML patient/audiogram exports
    written one physical line per XML line;
  * MyHearing companion app: Android logcat (threadtime) and iOS os_log / idevicesyslog;
  * remote fitting video gateway (JSON events, Twilio-like form-encoded status callbacks);
  * hearing benefit eligibility checks (TruHearing-like JSON, logged by a Python client);
  * repair / warranty RMAs (CSV export with header) and courier labels (ZPL, one command per line);
  * CRM SMS reminders (logfmt), CRM activity records (JSON), Django request warnings;
  * Shopify-like battery orders (webhook JSON);
  * cochlear implant clinic notes (HL7 v2 MDM^T02, multi-line and Mirth one-line with \\r escapes);
  * tinnitus questionnaires (THI pipe rows, TFI CSV with header, form webhook JSON);
  * Celery workers, PostgreSQL slow query logs with bind parameters, nginx access logs,
    Prometheus samples, Kubernetes probes.
All people, numbers and addresses are synthetic. Standard library only, fixed seed.

Labeling decisions:
- Labeled: identifiers of patients/hearing-aid wearers/app users, their relatives, emergency
  contacts, insurance subscribers, guarantors and order customers (customers of battery orders
  are treated as clients of the chain).
- Not labeled: staff (audiologists, HIS, CSR; their names, usernames, e-mails, NPIs, IPs),
  clinics, manufacturers, payers, couriers, the chain's own phone numbers/addresses/domains.
- name: every written form of a person's name is one span ("Last, First", "F. Last", upper or
  lower case, first names alone in SMS bodies); in HL7 XPN (LAST^FIRST^M) each component is its
  own span; possessive device names such as "Doris's L90-R" label only the first name; "Mr."/
  "Ms." are outside the span.
- phone: HL7 XTN area code and local number are separate phone spans.
- address: street line and city are separate "address" spans, state is never labeled, ZIP is
  "zip" (ZIP+4 is one span). Latitude and longitude of a patient's phone/hearing aid
  ("find my hearing aid") are labeled as address (geocode), each number its own span.
- date: birth dates, audiogram/test dates, fitting/dispense dates, appointment dates, implant
  surgery/activation dates, questionnaire administration dates, warranty end dates of a
  patient's aid (derived from the dispense date). NOT labeled: log/record timestamps
  (created_at, CreateDate, submitted_at, order timestamps, HL7 MSH/EVN times), plan years,
  licence expiry of software, clinic-wide schedule dates in queries.
- age: only ages over 89; younger ages are left unlabeled.
- mrn: the chain's patient number (PatientNo, patient_no, patient_id, pt=, HL7 PID-3,
  "patient-<no>" identities, numbers in /patients/<no>/ URLs).
- other_id: Noah patient GUIDs, app usernames, HL7 PV1-19 visit numbers, benefit
  authorization numbers and claim numbers. NOT labeled: row ids of appointments, SMS,
  orders, RMAs, sessions, Noah action GUIDs, courier tracking numbers, form submission ids.
- health_plan: benefit member IDs, Medicare MBIs, payer subscriber IDs. Group numbers and plan
  codes are not labeled.
- account: HL7 PID-18 patient account numbers, billing account numbers, Shopify customer ids
  (customer account), full card numbers. Card last-4 alone is not labeled.
- device: serial numbers of the patient's hearing aids, cochlear implants and sound
  processors, Bluetooth MAC addresses of the patient's aids/phone, iOS CBPeripheral
  identifiers of the patient's aids, loaner aids issued to a patient. Clinic equipment (Noahlink Wireless, audiometers,
  servers) is not labeled.
- ip: public IPs of patients (app/portal/video clients, srflx ICE candidates). RFC1918
  addresses, clinic/office, TURN/CDN and staff IPs are not labeled.
- url: complete links (scheme + host) whose path identifies the patient (name slug or patient
  number) and personal social profile URLs are one "url" span. In access-log request paths
  (no scheme/host) the identifying parts are labeled by their own category instead (name slug
  as name, patient number as mrn). Generic campaign short links are not labeled.
- license: patient driver's licence numbers (financing ID checks).
- vehicle: patient/relative licence plates (curbside pickup).
- photo: base64 JPEG payloads of patient profile photos (only the base64 text).
- ssn: full SSNs only, with or without dashes (Noah field, HL7 PID-19, payer requests);
  ssn_last4 is not labeled.
- Middle initials in name fields (Noah MiddleName, HL7 PID-5.3) are labeled as name.
- Relatives are labeled wherever they appear (SMS replies, caregiver routing, CI notes, Noah
  journal entries, benefit subscribers); their relationship words are not.
- fax: a patient's own fax number; physician/clinic fax numbers are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random

ID = "lb"
SEED = 20240311 + 21
N_LINES = 500
PHI_TARGET = 0.45
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- line builder
class T:
    """A tagged value inside a structured record."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def a(self, text, cat=None):
        text = str(text)
        b = text.encode("utf-8")
        if cat is not None and b:
            self.spans.append({"s": self.n, "e": self.n + len(b), "cat": cat, "_v": text})
        self.buf.append(text)
        self.n += len(b)
        return self

    def f(self, template, *vals):
        parts = template.split("\u00a4")
        assert len(parts) == len(vals) + 1, (template, vals)
        for i, v in enumerate(vals):
            self.a(parts[i])
            if isinstance(v, tuple):
                self.a(v[0], v[1])
            elif isinstance(v, T):
                self.a(v.v, v.cat)
            else:
                self.a(v)
        self.a(parts[-1])
        return self

    def j(self, obj, sep=(",", ":")):
        jemit(self, obj, sep)
        return self

    def p(self, obj):
        pemit(self, obj)
        return self

    def text(self):
        return "".join(self.buf)


def ln(family, template="", *vals):
    L = Line(family)
    if template or vals:
        L.f(template, *vals)
    return L


def jemit(L, o, sep=(",", ":")):
    if isinstance(o, T):
        if isinstance(o.v, str):
            s = json.dumps(o.v, ensure_ascii=False)
            L.a('"')
            L.a(s[1:-1], o.cat)
            L.a('"')
        else:
            L.a(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.a(sep[0])
            L.a(json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(L, v, sep)
        L.a("}")
    elif isinstance(o, list):
        L.a("[")
        for i, v in enumerate(o):
            if i:
                L.a(sep[0])
            jemit(L, v, sep)
        L.a("]")
    else:
        L.a(json.dumps(o, ensure_ascii=False))


def pemit(L, o):
    """Python repr() style (Celery result / kwargs logging)."""
    if isinstance(o, T):
        if isinstance(o.v, str):
            q = repr(o.v)
            L.a(q[0])
            L.a(q[1:-1], o.cat)
            L.a(q[-1])
        else:
            L.a(repr(o.v), o.cat)
    elif isinstance(o, dict):
        L.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.a(", ")
            L.a(repr(k) + ": ")
            pemit(L, v)
        L.a("}")
    elif isinstance(o, tuple):
        L.a("(")
        for i, v in enumerate(o):
            if i:
                L.a(", ")
            pemit(L, v)
        L.a(",)" if len(o) == 1 else ")")
    elif isinstance(o, list):
        L.a("[")
        for i, v in enumerate(o):
            if i:
                L.a(", ")
            pemit(L, v)
        L.a("]")
    else:
        L.a(repr(o))


# ----------------------------------------------------------------------------- random helpers
HEX = "0123456789abcdef"
ALNUM_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rhex(n):
    return "".join(R.choice(HEX) for _ in range(n))


def ruuid():
    return "%s-%s-4%s-%s%s-%s" % (rhex(8), rhex(4), rhex(3), R.choice("89ab"), rhex(3), rhex(12))


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ralnum(n, alphabet=ALNUM_UP):
    return "".join(R.choice(alphabet) for _ in range(n))


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def luhn_complete(prefix, length=16):
    body = prefix + rdig(length - len(prefix) - 1)
    digits = [int(c) for c in body]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def fake_ssn():
    while True:
        area = R.randint(1, 899)
        if area in (0, 666) or 734 <= area <= 749:
            continue
        grp = R.randint(1, 99)
        ser = R.randint(1, 9999)
        s = "%03d-%02d-%04d" % (area, grp, ser)
        if s not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            return s


def fake_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(A) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(A) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def public_ip():
    first = R.choice([24, 47, 50, 67, 68, 71, 73, 74, 75, 76, 96, 98, 99, 107, 108, 166, 172, 173, 174, 184])
    if first == 172:
        b = R.randint(32, 255)
    else:
        b = R.randint(0, 255)
    return "%d.%d.%d.%d" % (first, b, R.randint(0, 255), R.randint(1, 254))


def private_ip():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.choice([0, 1, 1, 86]), R.randint(2, 250))])


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def b64_jpeg(nbytes):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
    raw += bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------- clock
UTC_OFF = dt.timedelta(hours=-4)          # EDT (after 2024-03-10)
TODAY = dt.date(2024, 3, 11)


class Clock:
    t = dt.datetime(2024, 3, 11, 11, 58, 4, 215000)


def adv(lo=2.0, hi=40.0):
    Clock.t += dt.timedelta(seconds=R.uniform(lo, hi))


def now():
    Clock.t += dt.timedelta(microseconds=R.randint(900, 850000))
    return Clock.t


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_l4n():
    t = now() + UTC_OFF
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)


def ts_logcat():
    t = now() + UTC_OFF
    return t.strftime("%m-%d %H:%M:%S.") + ms3(t)


def ts_ios():
    t = now() + UTC_OFF
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0400"


def ts_syslog():
    t = now() + UTC_OFF
    return t.strftime("%b %d %H:%M:%S")


def ts_py():
    t = now()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)


def ts_pg():
    t = now()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t) + " UTC"


def ts_iso():
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"


def ts_iso_local():
    t = now() + UTC_OFF
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"


def ts_clf():
    t = now()
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_hl7():
    t = now() + UTC_OFF
    return t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- formatting
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "dmy_sp":
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if style == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    raise ValueError(style)


def rdate_style():
    return R.choice(["iso", "us", "us_short", "us_nopad", "long", "dmy", "dmy_sp", "de"])


def fphone(digits, style=None):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    style = style or R.choice(["e164", "dash", "paren", "dot", "plain", "e164sp", "paren2"])
    return {"e164": "+1" + digits, "dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": digits, "e164sp": "+1 %s %s %s" % (a, b, c),
            "paren2": "(%s)%s-%s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c)}[style]


def name_as(p, style):
    f, l = p["first"], p["last"]
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "FL":
        return "%s %s" % (f.upper(), l.upper())
    if style == "il":
        return "%s. %s" % (f[0], l)
    if style == "low":
        return "%s %s" % (f.lower(), l.lower())
    if style == "fmi":
        return "%s %s. %s" % (f, p["mi"], l)
    raise ValueError(style)


TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ś": "s", "ń": "n", "ł": "l",
                          "ı": "i", "é": "e", "á": "a", "í": "i", "ó": "o", "ñ": "n", "ç": "c", "ō": "o"})


def slug(s):
    s = s.lower().translate(TRANSLIT)
    return "".join(ch for ch in s if ch.isalnum())


# ----------------------------------------------------------------------------- people
FIRST_F = ["Doris", "Margaret", "Ilse", "Mei-Ling", "Oluwaseun", "Rosalind", "Fatima", "Bridget", "Svetlana",
           "Dolores", "Priya", "Ngozi", "Yasuko", "Marisol", "Lorraine", "Agnieszka", "Consuelo", "Ruth",
           "Siobhan", "Ingrid", "Lucille", "Anneliese", "Esperanza", "Teodora", "Hiroko", "Zofia",
           "Gwendolyn", "Thi Hoa", "Marie-Claude", "Beatrix"]
FIRST_M = ["Harold", "Tadeusz", "Giuseppe", "Bernard", "Hyun-woo", "Aurelio", "Kwame", "Eero", "Wendell",
           "Jean-Luc", "Abdirahman", "Thaddeus", "Ebenezer", "Hamid", "Minh", "Rafael", "Chidi", "Ole",
           "Horace", "Dmitri", "Santiago", "Lars", "Rajesh", "Cornelius", "Tomás", "Kofi", "Seamus",
           "Yitzhak", "Alistair", "Ignatius"]
LASTS = ["Henderson", "O'Hara", "Schäfer", "Kowalczyk", "Nguyen", "Okonkwo", "Russo", "van der Berg", "Kim",
         "Al-Rashid", "de la Cruz", "McAllister", "Mensah", "Whitfield-Jones", "Virtanen", "Raghunathan",
         "Brooks", "Eze", "Tanaka", "Dubois", "Villanueva-Ortiz", "St. Clair", "Abdullahi", "Pemberton",
         "Delgado", "Lindqvist", "Adeyemi", "Haddad", "Tran", "Johansson", "Fairweather", "Fontaine",
         "Nakamura", "Papadopoulos", "Bianchi", "da Silva", "LeBlanc", "Zieliński", "Yılmaz", "Pham",
         "MacLeod", "Goldberg", "Bergström-Ng", "von Ahlen", "Nwosu", "Castellanos", "Øvergaard"]
FEM_LAST = ["Ivanova", "Wiśniewska", "Nowakowska"]
REL_M = ["Kevin", "Raj", "Pieter", "Bartholomew", "Chinedu", "Mohammed", "Erik", "Tuan", "Jean-Baptiste", "Declan"]
REL_F = ["Linda", "Tamika", "Sunita", "Ana Lucía", "Grace", "Yuki", "Sophie", "Carmen", "Deirdre", "Oksana"]
CITIES = [  # city, state, zip3, area code, lat, lon
    ("Sarasota", "FL", "342", "941", 27.336, -82.531), ("Duluth", "MN", "558", "218", 46.787, -92.100),
    ("Asheville", "NC", "288", "828", 35.595, -82.551), ("Tucson", "AZ", "857", "520", 32.222, -110.975),
    ("Scranton", "PA", "185", "570", 41.409, -75.662), ("Boise", "ID", "837", "208", 43.615, -116.202),
    ("Green Bay", "WI", "543", "920", 44.519, -88.020), ("Albuquerque", "NM", "871", "505", 35.084, -106.651),
    ("Dayton", "OH", "454", "937", 39.759, -84.192), ("Spokane", "WA", "992", "509", 47.659, -117.426),
    ("Fort Wayne", "IN", "468", "260", 41.079, -85.139), ("Worcester", "MA", "016", "508", 42.263, -71.802),
    ("Bangor", "ME", "044", "207", 44.801, -68.778), ("Eugene", "OR", "974", "541", 44.052, -123.087),
    ("Knoxville", "TN", "379", "865", 35.961, -83.921), ("Lubbock", "TX", "794", "806", 33.578, -101.855),
    ("The Villages", "FL", "321", "352", 28.934, -81.960), ("St. George", "UT", "847", "435", 37.096, -113.568),
    ("Port St. Lucie", "FL", "349", "772", 27.273, -80.358), ("Sun City West", "AZ", "853", "623", 33.662, -112.341),
]
STREETS = ["Bee Ridge Rd", "Lindenwood Ave", "Tamiami Trl", "Maple St", "Oak Hollow Dr", "Kenwood Ave",
           "Calle del Sol", "Pinecrest Ln", "N 4th St", "Wyoming Ave", "Sandpiper Ct", "E Broadway Blvd",
           "Harbor View Dr", "Old Mill Rd", "Sycamore Pl", "Tallwood Cir", "W Main St", "Via Verde",
           "Stonebridge Way", "Chickasaw Trl", "Lakeshore Dr NE", "Quail Run", "Rue Dauphine", "Elm Terrace",
           "County Road 466", "Hillcrest Ave SW", "Bluebonnet Ln", "Cedar Bluff Rd", "Avenida Granada"]
UNITS = ["", "", "", "", " Apt 3B", " Unit 114", " #12", " Apt 207", " Lot 48", " Ste C"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "att.net",
                 "bellsouth.net", "hotmail.com", "charter.net", "verizon.net", "protonmail.com", "t-online.de"]
HA_MODELS = [("Phonak", "Audéo L90-R"), ("Phonak", "Audéo P70-R"), ("Oticon", "Intent 1 miniRITE R"),
             ("Oticon", "Real 2 miniRITE T R"), ("Signia", "Pure Charge&Go AX 7"), ("Starkey", "Evolv AI 2400 RIC"),
             ("ReSound", "Omnia 9 RIE 61"), ("Widex", "Moment Sheer 440 sRIC R"), ("Phonak", "Naída L70-UP")]
PLANS = [("Humana Medicare Advantage PPO", "HUM"), ("UnitedHealthcare AARP Medicare Advantage", "UHC"),
         ("Blue Cross NC Medicare Advantage", "BCNC"), ("Aetna Medicare Eagle", "AET"),
         ("Anthem BCBS Medicare Preferred", "ANT"), ("Wellcare No Premium Open", "WCR")]
CI_IMPLANTS = [("Nucleus CI632", "Cochlear"), ("HiRes Ultra 3D CI HiFocus SlimJ", "Advanced Bionics"),
               ("SYNCHRONY 2 FLEX28", "MED-EL"), ("Nucleus CI622", "Cochlear")]
CI_PROCS = {"Cochlear": "Nucleus 8 CP1110", "Advanced Bionics": "Naída CI M90", "MED-EL": "SONNET 2"}


def ha_serial(brand):
    if brand == "Phonak":
        return "%02d%02d%s%s" % (R.randint(18, 23), R.randint(1, 52), R.choice("HKXWL"), ralnum(3))
    if brand == "Oticon":
        return rdig(10)
    if brand == "Signia":
        return R.choice(["GF", "GL", "GX"]) + rdig(6)
    if brand == "Widex":
        return "%s-%s" % (rdig(4), rdig(5))
    if brand == "Starkey":
        return rdig(8)
    return "%s%s" % (ralnum(2, "ABCDEFGHJK"), rdig(7))


USED_NAMES = set()


def mk_relative(sex, last):
    if R.random() < 0.5:
        rel_first = R.choice(REL_M)
        relation = R.choice(["son", "grandson", "nephew", "caregiver"] + (["husband"] if sex == "F" else []))
    else:
        rel_first = R.choice(REL_F)
        relation = R.choice(["daughter", "granddaughter", "niece", "caregiver"] + (["wife"] if sex == "M" else []))
    rel_last = last if relation in ("husband", "wife") or R.random() < 0.55 else R.choice(LASTS)
    return (rel_first, rel_last, relation)


def mk_patient(i):
    sex = R.choice("FM")
    while True:
        first = R.choice(FIRST_F if sex == "F" else FIRST_M)
        last = R.choice(LASTS + (FEM_LAST if sex == "F" else []))
        if (first, last) not in USED_NAMES:
            USED_NAMES.add((first, last))
            break
    r = R.random()
    if r < 0.26:
        y = R.randint(1926, 1933)
    elif r < 0.8:
        y = R.randint(1934, 1958)
    else:
        y = R.randint(1959, 1996)
    dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, st, z3, area, lat, lon = R.choice(CITIES)
    zipc = z3 + rdig(2)
    phone = area + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    f_s, l_s = slug(first), slug(last)
    email = R.choice(["%s.%s@%s", "%s%s@%s", "%s_%s%02d@%s", "%s%s%d@%s"])
    if email == "%s.%s@%s":
        email = email % (f_s, l_s, R.choice(EMAIL_DOMAINS))
    elif email == "%s%s@%s":
        email = email % (f_s[0], l_s, R.choice(EMAIL_DOMAINS))
    elif email == "%s_%s%02d@%s":
        email = email % (f_s, l_s, R.randint(1, 99), R.choice(EMAIL_DOMAINS))
    else:
        email = email % (l_s, f_s[0], dob.year, R.choice(EMAIL_DOMAINS))
    brand, model = R.choice(HA_MODELS)
    plan, pcode = R.choice(PLANS)
    p = dict(
        sex=sex, first=first, last=last, mi=R.choice("ABCDEFGHJKLMRSTW"), dob=dob, age=age,
        street="%d %s%s" % (R.randint(12, 9890), R.choice(STREETS), R.choice(UNITS)),
        city=city, st=st, zip=zipc, zip4=zipc + "-" + rdig(4), lat=lat + R.uniform(-0.06, 0.06),
        lon=lon + R.uniform(-0.06, 0.06), phone=phone, phone2=area + str(R.randint(2, 9)) + rdig(6),
        email=email, mrn=str(R.randint(100000, 399999)), guid=ruuid().upper() if R.random() < 0.5 else ruuid(),
        member="TH" + rdig(10), plan=plan, pcode=pcode, subscriber_id=R.choice(["XZH", "H", "W", "QMB", ""]) + rdig(9),
        mbi=fake_mbi(), brand=brand, model=model, snL=ha_serial(brand), snR=ha_serial(brand), macL=mac(),
        macR=mac(), ble=ruuid().upper(), ble2=ruuid().upper(),
        username=R.choice([f_s[:1] + l_s[:10] + str(dob.year % 100), f_s + "." + l_s[:6], l_s[:8] + rdig(2),
                           f_s[:5] + "_hears"]),
        cust=R.randint(6000000000000, 7999999999999), ip=public_ip(), ssn=fake_ssn(),
        acct="CT" + rdig(8), fax=area + str(R.randint(2, 9)) + rdig(6),
        rel=mk_relative(sex, last),
        rel_phone=area + str(R.randint(2, 9)) + rdig(6),
        fit_date=TODAY - dt.timedelta(days=R.randint(20, 1200)),
        test_date=TODAY - dt.timedelta(days=R.randint(0, 400)),
        appt=TODAY + dt.timedelta(days=R.randint(1, 24)),
        appt_time=R.choice(["9:00 AM", "9:30 AM", "10:30 AM", "11:15 AM", "1:00 PM", "2:45 PM", "3:30 PM"]),
    )
    if R.random() < 0.35:
        impl, mfr = R.choice(CI_IMPLANTS)
        surg = TODAY - dt.timedelta(days=R.randint(60, 2000))
        p["ci"] = dict(impl=impl, mfr=mfr, sn=rdig(7) if mfr == "Cochlear" else rdig(5) + R.choice("ABC") + rdig(2),
                       proc=CI_PROCS[mfr], proc_sn=rdig(10) if mfr == "Cochlear" else ralnum(8),
                       surg=surg, act=surg + dt.timedelta(days=R.randint(14, 35)), side=R.choice(["L", "R"]))
    return p


PATIENTS = [mk_patient(i) for i in range(46)]


def pat():
    return R.choice(PATIENTS)


def pat_old(prob):
    """Pick a patient, preferring one aged 90+ with probability prob (ages are printed)."""
    if R.random() < prob:
        return R.choice([p for p in PATIENTS if p["age"] > 89])
    return pat()


def pat_ci():
    return R.choice([p for p in PATIENTS if "ci" in p])


STAFF = [("Jennifer", "Park", "AuD", "jpark"), ("Marcus", "Bell", "HIS", "mbell"),
         ("Olga", "Reyes-Martin", "AuD", "oreyesmartin"), ("Samuel", "Achterberg", "AuD", "sachterberg"),
         ("Keisha", "Lowe", "CSR", "klowe"), ("Tomasz", "Nowak", "HIS", "tnowak"),
         ("Anjali", "Desai", "AuD", "adesai"), ("Brendan", "Kowalski", "AuD", "bkowalski")]
CLINICS = [("CT-SAR-02", "Sarasota Bee Ridge", "9415550134", "4120 Bee Ridge Rd Ste 6, Sarasota FL 34233"),
           ("CT-ASH-01", "Asheville Tunnel Rd", "8285550177", "88 Tunnel Rd Ste 210, Asheville NC 28805"),
           ("CT-TUC-03", "Tucson Oracle", "5205550112", "5855 N Oracle Rd, Tucson AZ 85704"),
           ("CT-DUL-01", "Duluth Miller Hill", "2185550161", "1600 Miller Trunk Hwy Ste 14, Duluth MN 55811"),
           ("CT-TVL-04", "The Villages Spanish Springs", "3525550190", "1105 Main St, The Villages FL 32159"),
           ("CT-SPK-02", "Spokane Northpointe", "5095550148", "9594 N Newport Hwy, Spokane WA 99218")]
CLINIC_IPS = ["66.170.12.41", "209.133.77.18", "38.104.22.90", "65.183.140.7"]
COMPANY = "ClearTone Hearing"
DOMAIN = "cleartone-hc.com"


def clinic_for(p):
    m = [c for c in CLINICS if c[3].endswith(" %s " % p["st"] + c[3][-5:])]
    return m[0] if m else clinic()


def staff():
    return R.choice(STAFF)


def clinic():
    return R.choice(CLINICS)


# ----------------------------------------------------------------------------- family: log4net
L4N_THREADS = ["1", "5", "7", "9", "12", "14", "ThreadPool-3", "NoahEvt", "UI"]


def l4n(level, logger, template="", *vals):
    L = Line("log4net")
    L.a("%s [%s] %-5s %s - " % (ts_l4n(), R.choice(L4N_THREADS), level, logger))
    L.f(template, *vals)
    return L


def g_fit_session():
    p = pat_old(0.3)
    s = R.choice([x for x in STAFF if x[2] != "CSR"])
    c = clinic()
    out = [l4n("INFO", "ClearTone.FitSuite.Noah.NoahBridge",
               "Launch context from Noah 4.15.0.6114: PatientGUID={\u00a4} User=\u00a4 Location=\u00a4 Module=Fitting",
               (p["guid"], "other_id"), s[3], c[0])]
    r = R.random()
    if r < 0.3:
        out.append(l4n("INFO", "ClearTone.FitSuite.Patients.PatientContext",
                       "Patientendaten geladen: Nachname=\u00a4; Vorname=\u00a4; Geburtsdatum=\u00a4; PatNr=\u00a4",
                       (p["last"], "name"), (p["first"], "name"), (fdate(p["dob"], "de"), "date"), (p["mrn"], "mrn")))
    elif r < 0.65:
        out.append(l4n("INFO", "ClearTone.FitSuite.Patients.PatientContext",
                       "Loaded patient \u00a4 (PatientNo \u00a4, DOB \u00a4, \u00a4, age \u00a4)",
                       (name_as(p, R.choice(["lf", "LF"])), "name"), (p["mrn"], "mrn"),
                       (fdate(p["dob"], "us"), "date"), "Female" if p["sex"] == "F" else "Male",
                       (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])))
    else:
        L = l4n("DEBUG", "ClearTone.FitSuite.Patients.PatientContext", "Patient context set: ")
        L.j({"PatientNo": T(p["mrn"], "mrn"), "FirstName": T(p["first"], "name"), "LastName": T(p["last"], "name"),
             "BirthDate": T(fdate(p["dob"], "isot"), "date"), "Gender": 1 if p["sex"] == "F" else 2,
             "Age": T(p["age"], "age") if p["age"] > 89 else p["age"], "HasCI": "ci" in p})
        out.append(L)
    if R.random() < 0.8:
        out.append(l4n("INFO", "ClearTone.FitSuite.Devices.DeviceDetection",
                       "Detected L: \u00a4 SN \u00a4 FW 2.4.1.118 batt 87% | R: \u00a4 SN \u00a4 FW 2.4.1.118 batt 91% via Noahlink Wireless 2",
                       p["model"], (p["snL"], "device"), p["model"], (p["snR"], "device")))
    if R.random() < 0.6:
        if R.random() < 0.5:
            out.append(l4n("INFO", "ClearTone.FitSuite.Audiogram.AudiogramImporter",
                           "Using Noah audiogram action {\u00a4} dated \u00a4 (AC L/R, BC R, UCL R) transducer=InsertPhone",
                           ruuid().upper(), (fdate(p["test_date"], R.choice(["us", "iso"])), "date")))
        else:
            out.append(l4n("WARN", "ClearTone.FitSuite.Audiogram.AudiogramImporter",
                           "Audiogram vom \u00a4 ist älter als 12 Monate - bitte neues Audiogramm aufnehmen",
                           (fdate(p["test_date"] - dt.timedelta(days=400), "de"), "date")))
    if R.random() < 0.7:
        out.append(l4n("INFO", "ClearTone.FitSuite.Fitting.FirstFit",
                       "Precalculation done: formula=%s experience=%s gain level=%d%% acclimatization step %d/4" % (
                           R.choice(["APD 2.0", "NAL-NL2", "DSL v5 Adult", "VAC+"]),
                           R.choice(["First time", "Experienced", "Long-term"]), R.choice([80, 90, 100]), R.randint(1, 4))))
    if R.random() < 0.5:
        out.append(l4n("INFO", "ClearTone.FitSuite.Fitting.FeedbackTest",
                       "Feedback & real ear test L=ok R=%s (%.1f s)" % (R.choice(["ok", "ok", "retry"]), R.uniform(20, 60))))
    out.append(l4n("INFO", "ClearTone.FitSuite.Fitting.SessionManager",
                   "Session saved to Noah for PatientNo \u00a4: %s, %.1f KB, fitting date \u00a4" % (
                       R.choice(["2 actions (Fitting, Datalogging)", "3 actions (Fitting, Datalogging, REM)", "1 action (Fitting)"]), R.uniform(18, 70)),
                   (p["mrn"], "mrn"), (fdate(TODAY, R.choice(["iso", "us"])), "date")))
    return out


def g_fit_misc():
    p = pat()
    r = R.random()
    if r < 0.25:
        q = R.choice([x for x in PATIENTS if x is not p])
        return [l4n("WARN", "ClearTone.FitSuite.Noah.NoahBridge",
                    "Possible duplicate patients for '\u00a4' born \u00a4: PatientNo \u00a4 and \u00a4 - using first",
                    (name_as(p, "lf"), "name"), (fdate(p["dob"], "iso"), "date"), (p["mrn"], "mrn"), (q["mrn"], "mrn"))]
    if r < 0.5:
        L = l4n("DEBUG", "ClearTone.FitSuite.Export.SessionExporter", "NoahSessionExport ")
        L.j({"sessionId": ruuid(), "patientGuid": T(p["guid"], "other_id"), "fittingDate": T(fdate(p["fit_date"], "iso"), "date"),
             "instruments": [{"side": "L", "model": p["model"], "serial": T(p["snL"], "device"), "receiver": "M"},
                             {"side": "R", "model": p["model"], "serial": T(p["snR"], "device"), "receiver": "M"}],
             "programs": ["AutoSense OS", "Speech in loud noise", "TV"], "user": staff()[3]})
        return [L]
    if r < 0.75:
        return [l4n("INFO", "ClearTone.FitSuite.Remote.RemoteFitHost",
                    "Remote session rf-\u00a4 started by \u00a4; peer patient-\u00a4 connected via TURN 34.120.%d.%d:3478 (relay), aid SN \u00a4 streaming" % (
                        R.randint(0, 255), R.randint(1, 254)),
                    ralnum(6, "abcdefghjkmnpqrstuvwxyz23456789"), staff()[3], (p["mrn"], "mrn"), (p["snR"], "device"))]
    return [l4n("INFO", "ClearTone.FitSuite.Datalogging.DatalogReader",
                "Datalog read for \u00a4 (SN \u00a4): %.1f h/day avg over %d days, Quiet %d%%, Speech in noise %d%%, Music %d%%" % (
                    R.uniform(3, 15), R.randint(7, 120), R.randint(20, 50), R.randint(10, 30), R.randint(1, 10)),
                (name_as(p, R.choice(["fl", "il"])), "name"), (p["snL"], "device"))]


def n_l4n():
    c = clinic()
    msgs = [
        ("INFO", "ClearTone.FitSuite.Licensing.LicenseClient",
         "License OK: seat %d/5, site %s, expires 2025-01-31, next check in 24h" % (R.randint(1, 5), c[0])),
        ("INFO", "ClearTone.FitSuite.Devices.NoahlinkWireless",
         "Noahlink Wireless 2 detected on USB (serial NLW2-%s, firmware 1.4.0.%d)" % (rdig(7), R.randint(1, 9))),
        ("INFO", "ClearTone.FitSuite.Updates.UpdateService", "FitSuite 7.2.0.%d is up to date (channel=stable, manifest sha256=%s)" % (
            R.randint(4000, 4500), rhex(16))),
        ("DEBUG", "Himsa.Noah.ModuleHost", "Module registered: ManufacturerCode=%d ModuleId=%d Version=7.2.0" % (
            R.randint(1, 40), R.randint(100, 999))),
        ("INFO", "ClearTone.FitSuite.App", "Startup completed in %d ms (plugins=14, culture=en-US, OS=Windows 10 Pro 22H2 build 19045)" % R.randint(2100, 9800)),
        ("WARN", "ClearTone.FitSuite.Devices.NoahlinkWireless", "RSSI low (-%d dBm) on channel %d, retrying scan" % (R.randint(80, 95), R.randint(1, 39))),
        ("INFO", "ClearTone.FitSuite.Audiometer.AudiometerBridge", "Audiometer AD629 (S/N %s) calibration valid until 2024-09-30" % rdig(7)),
        ("DEBUG", "ClearTone.FitSuite.Fitting.FirstFit", "Gain table cache hit ratio %.2f (%d entries)" % (R.uniform(0.6, 0.99), R.randint(100, 900))),
        ("INFO", "ClearTone.FitSuite.Noah.NoahBridge", "Noah server noah-%s.ct.local:8082 reachable, latency %d ms" % (c[0][3:6].lower(), R.randint(2, 40))),
        ("INFO", "ClearTone.FitSuite.Telemetry", "Uploaded %d anonymous usage events to https://telemetry.%s/v1/batch (trace=%s)" % (
            R.randint(3, 80), DOMAIN, rhex(32))),
        ("WARN", "ClearTone.FitSuite.Remote.RemoteFitHost", "ICE gathering slow (%d ms), falling back to TURN relay" % R.randint(1500, 6000)),
        ("INFO", "ClearTone.FitSuite.Fitting.SessionManager", "Session %s closed by user %s after %d min" % (ruuid(), staff()[3], R.randint(8, 70))),
    ]
    lv, lg, m = R.choice(msgs)
    return [l4n(lv, lg, m.replace("\u00a4", ""))]


def n_l4n_exc():
    side = R.choice(["L", "R"])
    head = l4n("ERROR", "ClearTone.FitSuite.Devices.FittingWriter",
               "Programming interface lost during write (side=%s, step=WriteFittingData, attempt %d/3)" % (side, R.randint(1, 3)))
    out = [head]
    for t in ["System.TimeoutException: The operation has timed out. (NLW transport 0x80040203)",
              "   at ClearTone.FitSuite.Devices.Transport.NlwChannel.Send(Byte[] frame, TimeSpan timeout)",
              "   at ClearTone.FitSuite.Devices.FittingWriter.WriteAsync(Side side, FittingImage image, CancellationToken ct)",
              "   at ClearTone.FitSuite.Fitting.SessionManager.<SaveToDevicesAsync>d__41.MoveNext()"]:
        out.append(ln("log4net", t))
    return out


# ----------------------------------------------------------------------------- family: Noah XML export
NOAH_DONE = [0]


def g_noah_xml():
    if NOAH_DONE[0] >= 2:
        return None
    NOAH_DONE[0] += 1
    p = pat()
    X = lambda t, *v: ln("noah_xml", t, *v)
    out = [X('<?xml version="1.0" encoding="utf-8"?>'),
           X('<pt:NOAH_Patients_Export xmlns:pt="http://www.himsa.com/Measurement/PatientExport.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ExportVersion="4.0">'),
           X("  <pt:Patient>"),
           X("    <pt:PatientInfo>"),
           X("      <pt:NoahPatientGUID>\u00a4</pt:NoahPatientGUID>", (p["guid"], "other_id")),
           X("      <pt:PatientNo>\u00a4</pt:PatientNo>", (p["mrn"], "mrn")),
           X("      <pt:FirstName>\u00a4</pt:FirstName>", (p["first"], "name")),
           X("      <pt:MiddleName>\u00a4</pt:MiddleName>", (p["mi"], "name")),
           X("      <pt:LastName>\u00a4</pt:LastName>", (p["last"], "name")),
           X("      <pt:Gender>%s</pt:Gender>" % ("Female" if p["sex"] == "F" else "Male")),
           X("      <pt:DateofBirth>\u00a4</pt:DateofBirth>", (fdate(p["dob"], "iso"), "date")),
           X("      <pt:Address1>\u00a4</pt:Address1>", (p["street"], "address")),
           X("      <pt:Address2 />"),
           X("      <pt:City>\u00a4</pt:City>", (p["city"], "address")),
           X("      <pt:State>%s</pt:State>" % p["st"]),
           X("      <pt:Zip>\u00a4</pt:Zip>", (p["zip"], "zip")),
           X("      <pt:HomePhone>\u00a4</pt:HomePhone>", (fphone(p["phone"], "paren"), "phone")),
           X("      <pt:MobilePhone>\u00a4</pt:MobilePhone>", (fphone(p["phone2"], "dash"), "phone")),
           X("      <pt:Fax>\u00a4</pt:Fax>", (fphone(p["fax"], "paren"), "fax")),
           X("      <pt:EMail>\u00a4</pt:EMail>", (p["email"], "email")),
           X("      <pt:SocialSecurityNumber>\u00a4</pt:SocialSecurityNumber>", (p["ssn"], "ssn")),
           X("      <pt:Insurance1>\u00a4</pt:Insurance1>", (p["member"], "health_plan")),
           X("      <pt:CreateDate>%s</pt:CreateDate>" % (dt.datetime(2019, 6, 4, 10, 12, 55) + dt.timedelta(days=R.randint(0, 1500))).strftime("%Y-%m-%dT%H:%M:%S")),
           X("    </pt:PatientInfo>"),
           X("    <pt:Actions>"),
           X("      <pt:Action>"),
           X("        <pt:ActionGUID>%s</pt:ActionGUID>" % ruuid())]
    if NOAH_DONE[0] == 2:
        out += [X("        <pt:TypeOfData>Journal</pt:TypeOfData>"),
                X("        <pt:ActionDate>\u00a4</pt:ActionDate>", (p["test_date"].strftime("%Y-%m-%d") + "T%02d:%02d:00" % (R.randint(8, 17), R.randint(0, 59)), "date")),
                X("        <pt:User>%s</pt:User>" % staff()[3].upper()),
                X("        <pt:PublicData>"),
                X('          <Journal xmlns="http://www.himsa.com/Measurement/Journal">'),
                X("            <Subject>Phone call / loaner</Subject>"),
                X("            <Text>Pt's %s \u00a4 called, L aid dead since weekend. Loaner \u00a4 issued, pickup \u00a4. Call back on \u00a4.</Text>" % p["rel"][2],
                  ("%s %s" % (p["rel"][0], p["rel"][1]), "name"), (ha_serial(p["brand"]), "device"),
                  (fdate(p["appt"], "us_nopad"), "date"), (fphone(p["rel_phone"], "paren"), "phone")),
                X("          </Journal>"), X("        </pt:PublicData>"), X("      </pt:Action>"),
                X("    </pt:Actions>"), X("  </pt:Patient>"), X("</pt:NOAH_Patients_Export>")]
        return out
    out += [
           X("        <pt:TypeOfData>Audiogram</pt:TypeOfData>"),
           X("        <pt:ActionDate>\u00a4</pt:ActionDate>", (p["test_date"].strftime("%Y-%m-%d") + "T%02d:%02d:00" % (R.randint(8, 17), R.randint(0, 59)), "date")),
           X("        <pt:User>%s</pt:User>" % staff()[3].upper()),
           X("        <pt:PublicData>"),
           X('          <HIMSAAudiometricStandard xmlns="http://www.himsa.com/Measurement/Audiogram" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'),
           ]
    for ear in ["Left", "Right"]:
        out.append(X("            <ToneThresholdAudiogram>"))
        out.append(X("              <AudMeasurementConditions><StimulusSignalType>PureTone</StimulusSignalType><StimulusSignalOutput>AirConductor</StimulusSignalOutput><StimulusPresentationType>Pulsed</StimulusPresentationType><StimulusTransducerType>InsertPhone</StimulusTransducerType><StimulusdBWeighting>dBHL</StimulusdBWeighting><Ear>%s</Ear></AudMeasurementConditions>" % ear))
        base = R.randint(10, 35)
        for i, fq in enumerate([250, 500, 1000, 2000, 4000, 8000]):
            lvl = min(110, base + i * R.randint(3, 12))
            lvl -= lvl % 5
            out.append(X("              <TonePoints><StimulusFrequency>%d</StimulusFrequency><StimulusLevel>%d</StimulusLevel><Status>Heard</Status></TonePoints>" % (fq, lvl)))
        out.append(X("            </ToneThresholdAudiogram>"))
    out += [X("          </HIMSAAudiometricStandard>"), X("        </pt:PublicData>"), X("      </pt:Action>"),
            X("    </pt:Actions>"), X("  </pt:Patient>"), X("</pt:NOAH_Patients_Export>")]
    return out


# ----------------------------------------------------------------------------- family: Android logcat
APP_PID = [0]


def lc(level, tag, template="", *vals, pid=None, tid=None):
    pid = pid or 8123
    tid = tid or (pid + R.randint(0, 120))
    L = Line("logcat")
    L.a("%s %5d %5d %s %s: " % (ts_logcat(), pid, tid, level, tag))
    L.f(template, *vals)
    return L


def g_logcat_pair():
    p = pat()
    side = R.choice(["L", "R"])
    m = p["macL"] if side == "L" else p["macR"]
    sn = p["snL"] if side == "L" else p["snR"]
    out = [lc("D", "BluetoothGatt", "connect() - device: \u00a4, auto: false", (m, "device"), pid=8123)]
    if R.random() < 0.6:
        out.append(lc("I", "bt_stack", "[INFO:hearing_aid.cc(%d)] OnGattConnected: address=\u00a4, conn_id=%d" % (
            R.randint(900, 1400), R.randint(3, 9)), (m.lower(), "device"), pid=1571))
    out.append(lc("I", "CT.Pairing", "bonded side=%s serial=\u00a4 model=\"%s\" fw=2.4.1 rssi=-%d" % (
        "LEFT" if side == "L" else "RIGHT", p["model"], R.randint(45, 80)), (sn, "device"), pid=8123))
    if R.random() < 0.5:
        out.append(lc("D", "BluetoothGatt", "discoverServices() - device: \u00a4", (m, "device"), pid=8123))
    if R.random() < 0.5:
        out.append(lc("D", "BluetoothAdapter", "isLeEnabled(): ON", pid=8123))
    return out


def g_logcat_app():
    p = pat()
    r = R.random()
    if r < 0.3:
        return [lc("I", "CT.Auth", "login ok user=\u00a4 patientNo=\u00a4 clinic=%s mfa=sms" % clinic()[0],
                   (p["username"], "other_id"), (p["mrn"], "mrn"))]
    if r < 0.6:
        req = lc("D", "OkHttp", "--> GET https://api.%s/v2/me (%s)" % (DOMAIN, "h2"))
        resp = lc("D", "OkHttp", "<-- 200 https://api.%s/v2/me (%dms)" % (DOMAIN, R.randint(60, 400)))
        L = lc("D", "OkHttp", "")
        L.j({"patientNo": T(p["mrn"], "mrn"), "firstName": T(p["first"], "name"), "lastName": T(p["last"], "name"),
             "mobile": T(fphone(p["phone2"], "e164"), "phone"), "clinicId": clinic()[0], "aids": [
                 {"side": "L", "serial": T(p["snL"], "device")}, {"side": "R", "serial": T(p["snR"], "device")}],
             "nextAppointment": T(fdate(p["appt"], "iso"), "date")})
        return [req, resp, L]
    if r < 0.85:
        side = R.choice(["L", "R"])
        return [lc("I", "CT.FindMy", "last seen side=%s serial=\u00a4 lat=\u00a4 lng=\u00a4 acc=%.1fm at %s" % (
            side, R.uniform(4, 40), ts_iso_local()), (p["snL"] if side == "L" else p["snR"], "device"),
                   ("%.5f" % p["lat"], "address"), ("%.5f" % p["lon"], "address"))]
    return [lc("W", "CT.Sync", "upload failed for \u00a4 (%s): HTTP 409 conflict on datalog chunk %d" % (
        R.choice(["SocketTimeoutException", "conflict"]), R.randint(1, 9)), (p["username"], "other_id"))]


def n_logcat():
    msgs = [("D", "BluetoothAdapter", "isLeEnabled(): ON"),
            ("I", "ActivityManager", "Start proc 8123:com.cleartone.myhearing/u0a231 for activity {com.cleartone.myhearing/.MainActivity}"),
            ("D", "OkHttp", "--> GET https://api.%s/v2/config?platform=android&v=3.4.1 h2" % DOMAIN),
            ("D", "OkHttp", "<-- 200 https://api.%s/v2/config (%dms, 2.1kB body)" % (DOMAIN, R.randint(40, 300))),
            ("I", "CT.Sync", "datalog chunk %d/5 uploaded (%d bytes, crc32=%s)" % (R.randint(1, 5), R.choice([4096, 2048, 1311]), rhex(8))),
            ("W", "BluetoothGatt", "Unhandled exception in callback"),
            ("D", "BluetoothLeScanner", "onScannerRegistered() - status=0 scannerId=%d mScannerId=0" % R.randint(3, 12)),
            ("I", "CT.Volume", "program changed to 'Restaurant' (index 2), volume step %+d" % R.randint(-3, 3)),
            ("E", "CT.Push", "FCM registration failed: SERVICE_NOT_AVAILABLE, backoff %ds" % R.choice([30, 60, 120])),
            ("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(31, 90))]
    lv, tag, m = R.choice(msgs)
    return [lc(lv, tag, m, pid=1203 if tag == "ActivityManager" else 8123)]


# ----------------------------------------------------------------------------- family: iOS
SHORT_MODEL = {"Audéo L90-R": "L90-R", "Audéo P70-R": "P70-R", "Intent 1 miniRITE R": "Intent", "Real 2 miniRITE T R": "Real",
               "Pure Charge&Go AX 7": "Pure AX", "Evolv AI 2400 RIC": "Evolv AI", "Omnia 9 RIE 61": "Omnia",
               "Moment Sheer 440 sRIC R": "Moment", "Naída L70-UP": "Naída"}


def ios(cat, template="", *vals):
    L = Line("ios_oslog")
    L.a("%s MyHearing[812:%d] [%s] " % (ts_ios(), R.randint(44100, 44900), cat))
    L.f(template, *vals)
    return L


def isys(proc, template="", *vals):
    L = Line("ios_syslog")
    L.a("%s iPhone %s <Notice>: " % (ts_syslog(), proc))
    L.f(template, *vals)
    return L


def g_ios():
    p = pat()
    r = R.random()
    out = []
    if r < 0.4:
        out.append(ios("CoreBluetooth", "didConnectPeripheral <CBPeripheral: 0x2830%s, identifier = \u00a4, name = \u00a4's %s, mtuLength = 185, state = connected>" % (
            rhex(5), R.choice([SHORT_MODEL[p["model"]], "Hearing Aids"])), (p["ble"], "device"), (p["first"], "name")))
        if R.random() < 0.6:
            out.append(ios("BLE", "read DIS serial=\u00a4 fw=2.4.1 side=R battery=%d%%" % R.randint(20, 100), (p["snR"], "device")))
    elif r < 0.6:
        out.append(ios("Auth", "Session restored for \u00a4 (exp in 3599s)", (p["email"], "email")))
    elif r < 0.8:
        out.append(ios("Remote", "Joining remote support room rf-%s as patient-\u00a4, audio route=HearingAid" % ralnum(6, "abcdefghjkmnpqrstuvwxyz23456789"),
                       (p["mrn"], "mrn")))
    else:
        out.append(isys("MyHearing(CoreBluetooth)[812]", "peripheral \u00a4 disconnected, reason=0x08 (connection timeout), will reconnect",
                        (p["ble2"], "device")))
    return out


def n_ios():
    msgs = [lambda: ios("Lifecycle", "scene didBecomeActive (cold start %d ms)" % R.randint(300, 2200)),
            lambda: ios("Net", "Task <%s>.<%d> finished with status code: 200, duration %.3fs" % (ruuid().upper(), R.randint(1, 30), R.uniform(0.05, 1.9))),
            lambda: ios("Config", "Remote config fetched: featureFlags=tinnitusRelief,remoteSupport,findMy etag=\"%s\"" % rhex(12)),
            lambda: isys("bluetoothd[98]", "Scanning started with filter count=%d, scanRate=%d" % (R.randint(1, 4), R.choice([30, 60, 300]))),
            lambda: isys("SpringBoard(FrontBoard)[54]", "[app<com.cleartone.myhearing>:812] Workspace assertion state did change: BackgroundRunning"),
            lambda: ios("Audio", "Route change: reason=NewDeviceAvailable, new output=BluetoothLEAudio")]
    return [R.choice(msgs)()]


# ----------------------------------------------------------------------------- family: remote fitting video
ROOMS = ["rf-" + ralnum(6, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)]


def g_video(r=None):
    p = pat()
    room = R.choice(ROOMS)
    r = R.random() if r is None else r
    if r < 0.4:
        L = Line("video_json")
        L.a('{"ts":"%s","level":"info","svc":"rtc-gw","event":"participant_joined","room":"%s","identity":"patient-' % (ts_iso(), room))
        L.a(p["mrn"], "mrn")
        L.a('","displayName":"')
        L.a(R.choice([name_as(p, "fl"), "%s %s." % (p["first"], p["last"][0])]), "name")
        L.a('","role":"patient","client":')
        L.j({"ip": T(p["ip"], "ip"), "ua": R.choice(["Chrome/122.0.6261.112", "Safari/17.3.1", "MyHearing/3.4.1 iOS"]),
             "os": R.choice(["Windows 10", "macOS 14.3", "iOS 17.3.1", "Android 14"])})
        L.a("}")
        return [L]
    if r < 0.65:
        L = Line("video_json")
        L.a('{"ts":"%s","svc":"rtc-gw","event":"ice_candidate","room":"%s","identity":"patient-' % (ts_iso(), room))
        L.a(p["mrn"], "mrn")
        L.f('","candidate":"candidate:%d 1 udp 1677729535 \u00a4 %d typ srflx raddr %s rport %d generation 0"}' % (
            R.randint(10 ** 8, 4 * 10 ** 9), R.randint(49152, 65535), private_ip(), R.randint(49152, 65535)), (p["ip"], "ip"))
        return [L]
    if r < 0.85:
        L = Line("video_form")
        L.a("%s INFO  webhooks.video POST /webhooks/video/status " % ts_py())
        L.a("AccountSid=AC%s&RoomName=%s&RoomSid=RM%s&StatusCallbackEvent=participant-connected&ParticipantIdentity=patient-" % (rhex(32), room, rhex(32)))
        L.a(p["mrn"], "mrn")
        L.a("&ParticipantSid=PA%s&Timestamp=%s" % (rhex(32), ts_iso().replace(":", "%3A")))
        return [L]
    L = Line("video_json")
    L.a('{"ts":"%s","level":"warn","svc":"rtc-gw","event":"quality_alert","room":"%s","identity":"' % (ts_iso(), room))
    L.a(p["username"], "other_id")
    L.a('","msg":"packet loss %.1f%% for 10s, suggested audio-only","rtt_ms":%d}' % (R.uniform(5, 20), R.randint(120, 400)))
    return [L]


def n_video():
    room = R.choice(ROOMS)
    s = staff()
    r = R.random()
    if r < 0.5:
        L = Line("video_json")
        L.j({"ts": ts_iso(), "level": "debug", "svc": "rtc-gw", "event": "stats", "room": room, "identity": "aud-" + s[3],
             "rtt_ms": R.randint(18, 140), "jitter_ms": round(R.uniform(0.5, 9), 1), "packetsLost": R.randint(0, 30),
             "video": R.choice(["640x480@24", "1280x720@30", "320x240@15"]), "codec": R.choice(["VP8", "H264", "opus"])})
        return [L]
    if r < 0.75:
        L = Line("video_json")
        L.j({"ts": ts_iso(), "level": "info", "svc": "rtc-gw", "event": "room_ended", "room": room,
             "duration_s": R.randint(300, 3600), "participants": 2, "recording": False, "trace_id": rhex(32)})
        return [L]
    L = Line("video_form")
    L.a("%s INFO  webhooks.video POST /webhooks/video/status AccountSid=AC%s&RoomName=%s&StatusCallbackEvent=participant-connected&ParticipantIdentity=aud-%s&ClientIp=%s" % (
        ts_py(), rhex(32), room, s[3], R.choice(CLINIC_IPS)))
    return [L]


# ----------------------------------------------------------------------------- family: benefits JSON
def g_benefits(r=None):
    p = pat_old(0.25)
    r = R.random() if r is None else r
    L = Line("benefits_json")
    if r < 0.45:
        L.a("%s INFO benefits.client eligibility response: " % ts_py())
        dep = R.random() < 0.3
        body = {"requestId": ruuid(), "status": "ACTIVE", "memberId": T(p["member"], "health_plan"),
                "member": {"firstName": T(p["first"], "name"), "lastName": T(p["last"], "name"),
                           "dateOfBirth": T(fdate(p["dob"], "iso"), "date"), "age": T(p["age"], "age") if p["age"] > 89 else p["age"],
                           "relationship": "DEPENDENT" if dep else "SELF"}}
        if dep:
            body["subscriber"] = {"name": T("%s %s" % (p["rel"][0], p["rel"][1]), "name"), "subscriberId": T(p["subscriber_id"] or rdig(9), "health_plan")}
        body.update({"payer": p["plan"], "groupNumber": p["pcode"] + rdig(5), "planYear": 2024,
                     "hearingAidBenefit": {"tier": R.choice(["Standard", "Advanced", "Premium"]), "copayPerAid": R.choice([499, 699, 999, 1249]),
                                           "aidsPerYear": 2, "exam": {"covered": True, "copay": 0}, "batteriesIncluded": R.choice([True, False])},
                     "authorizationNumber": T("AUTH-" + rdig(9), "other_id")})
        L.j(body, sep=(", ", ": "))
    elif r < 0.7:
        L.a("%s INFO benefits.client eligibility request: " % ts_py())
        L.j({"memberId": T(p["member"], "health_plan"), "lastName": T(p["last"], "name"), "firstName": T(p["first"], "name"),
             "dob": T(fdate(p["dob"], "us"), "date"), "zip": T(p["zip"], "zip"), "providerNpi": "1" + rdig(9), "serviceType": "HEARING_AID",
             **({"subscriberSsn": T(p["ssn"].replace("-", ""), "ssn")} if R.random() < 0.35 else {})},
            sep=(", ", ": "))
    elif r < 0.88:
        L.f("%s WARNING benefits.client MBI \u00a4 not eligible for TPA hearing benefit (plan=%s, patient_no=\u00a4): PLAN_NOT_CONTRACTED" % (
            ts_py(), p["pcode"]), (p["mbi"][:4] + "-" + p["mbi"][4:7] + "-" + p["mbi"][7:] if R.random() < 0.5 else p["mbi"], "health_plan"), (p["mrn"], "mrn"))
    else:
        L.f("%s INFO benefits.claims claim submitted claimNo=\u00a4 memberId=\u00a4 dos=\u00a4 lines=2 amount=%d.00" % (
            ts_py(), R.choice([1998, 2498, 3998])), ("CLM" + rdig(10), "other_id"), (p["member"], "health_plan"),
            (fdate(p["fit_date"], "iso"), "date"))
    return [L]


def n_benefits():
    r = R.random()
    L = Line("benefits_json")
    if r < 0.4:
        L.a("%s INFO benefits.client POST https://api.hearingbenefits-partner.com/v3/eligibility -> 200 in %d ms (x-request-id=%s)" % (
            ts_py(), R.randint(180, 2400), ruuid()))
    elif r < 0.7:
        L.a("%s INFO benefits.cache eligibility cache stats: hits=%d misses=%d ttl=86400 size=%d" % (
            ts_py(), R.randint(100, 900), R.randint(10, 200), R.randint(1000, 4000)))
    else:
        L.a("%s ERROR benefits.client upstream 503 Service Unavailable from api.hearingbenefits-partner.com, circuit open for 60s" % ts_py())
    return [L]


# ----------------------------------------------------------------------------- family: RMA CSV + ZPL labels
RMA_HDR = "rma_no,created_utc,clinic,patient_no,patient_name,serial_no,model,side,fault_code,warranty_end,courier,tracking_no,status"
RMA_SEQ = [18800]


def rma_row(p):
    RMA_SEQ[0] += R.randint(1, 9)
    side = R.choice(["L", "R"])
    L = Line("rma_csv")
    L.a("RMA-24-%06d,%s,%s," % (RMA_SEQ[0], ts_iso()[:19] + "Z", clinic()[0]))
    L.a(p["mrn"], "mrn")
    L.a(',"')
    L.a(name_as(p, "lf"), "name")
    L.a('",')
    L.a(p["snL"] if side == "L" else p["snR"], "device")
    L.a(",%s,%s,%s," % (p["model"], side, R.choice(["NO_SOUND", "INTERMITTENT", "DEAD_BATTERY_CHG", "FEEDBACK", "CRACKED_SHELL", "BT_PAIRING"])))
    L.a(fdate(p["fit_date"] + dt.timedelta(days=3 * 365), "iso"), "date")
    L.a(",%s,%s,%s" % (R.choice(["UPS", "FedEx", "USPS"]), "1Z" + ralnum(6) + rdig(10), R.choice(["AWAITING_PICKUP", "IN_TRANSIT", "AT_MFR", "RETURNED"])))
    return L


def g_rma():
    out = []
    if R.random() < 0.5:
        out.append(ln("rma_csv", RMA_HDR))
    for _ in range(R.randint(1, 3)):
        out.append(rma_row(pat()))
    return out


ZPL_DONE = [0, 0]


def zpl_block(to_lines, ref):
    Z = lambda t, *v: ln("zpl_label", t, *v)
    out = [Z("^XA"), Z("^CI28^CF0,26"), Z("^FO40,30^FDFROM: CLEARTONE HEARING REPAIR DEPT^FS"),
           Z("^FO40,60^FD2200 COMMERCE PKWY STE 140, TAMPA FL 33610^FS"), Z("^FO40,120^A0N,34,34^FDSHIP TO:^FS")]
    y = 160
    for t, vals in to_lines:
        out.append(Z("^FO60,%d^A0N,32,32^FD%s^FS" % (y, t), *vals))
        y += 38
    trk = "1Z" + ralnum(6) + rdig(10)
    out += [Z("^BY3,3,120^FO60,%d^BCN,120,Y,N,N^FD>:%s^FS" % (y + 20, trk)), Z(ref), Z("^XZ")]
    return out


def g_zpl_patient():
    if ZPL_DONE[0] >= 1:
        return None
    ZPL_DONE[0] += 1
    p = pat()
    to = [("\u00a4", [(name_as(p, "FL"), "name")]), ("\u00a4", [(p["street"].upper(), "address")]),
          ("\u00a4 %s \u00a4" % p["st"], [(p["city"].upper(), "address"), (p["zip4"], "zip")]),
          ("TEL \u00a4", [(fphone(p["phone"], "dash"), "phone")])]
    ref = ln("zpl_label", "^FO40,520^A0N,24,24^FDREF1: RMA-24-%06d  REF2: SN \u00a4^FS" % (RMA_SEQ[0] + R.randint(1, 40)), (p["snR"], "device"))
    out = zpl_block(to, "")
    out[-2] = ref
    return out


def n_zpl_mfr():
    if ZPL_DONE[1] >= 1:
        return None
    ZPL_DONE[1] += 1
    mfr = R.choice([("SONOVA USA REPAIR CENTER", "2501 COTTONTAIL LN", "SOMERSET NJ 08873"),
                    ("DEMANT / OTICON SERVICE", "580 HOWARD AVE", "SOMERSET NJ 08873"),
                    ("WS AUDIOLOGY REPAIR", "10 CONSTITUTION AVE", "PISCATAWAY NJ 08854")])
    to = [(mfr[0], []), ("ATTN: RETURNS DOCK 4", []), (mfr[1], []), (mfr[2], [])]
    ref = "^FO40,520^A0N,24,24^FDREF1: BATCH %s-%03d  PKGS 1/1^FS" % (clinic()[0], R.randint(1, 200))
    return zpl_block(to, ref)


# ----------------------------------------------------------------------------- family: CRM SMS (logfmt)
def lf_head(level, msg):
    return "ts=%s level=%s svc=crm-notify msg=\"%s\" " % (ts_iso(), level, msg)


def g_sms(r=None):
    p = pat_old(0.3)
    c = clinic_for(p)
    r = R.random() if r is None else r
    L = Line("crm_sms_logfmt")
    if r < 0.45:
        L.a(lf_head("info", "sms queued"))
        L.a("campaign=appt_reminder_48h to=")
        L.a(fphone(p["phone2"], "e164"), "phone")
        L.a(" from=+1%s sid=SM%s body=\"" % (c[2], rhex(32)))
        style = R.randint(0, 2)
        greet = [("Hi ", p["first"], ", "), ("Hello ", "Mr. " + p["last"] if p["sex"] == "M" else "Ms. " + p["last"], ", "), ("", p["first"].upper(), ": ")][style]
        L.a(greet[0])
        # label only the name part of "Mr. Last"
        if greet[1].startswith(("Mr. ", "Ms. ")):
            L.a(greet[1][:4])
            L.a(greet[1][4:], "name")
        else:
            L.a(greet[1], "name")
        L.a(greet[2])
        dstyle = R.randint(0, 2)
        if dstyle == 0:
            L.a("reminder: your hearing aid check at %s %s is %s " % (COMPANY, c[1], p["appt"].strftime("%a")))
            L.a(p["appt"].strftime("%b ") + str(p["appt"].day), "date")
        elif dstyle == 1:
            L.a("your appointment with %s is on " % R.choice(["Dr. %s" % R.choice([x for x in STAFF if x[2] == "AuD"])[1], "our audiologist"]))
            L.a(fdate(p["appt"], "us"), "date")
        else:
            L.a("see you ")
            L.a("%s, %s %d" % (p["appt"].strftime("%A"), MONTHS[p["appt"].month - 1], p["appt"].day), "date")
        L.a(" at %s. Reply C to confirm, R to reschedule or call %s.\"" % (p["appt_time"], fphone(c[2], "paren")))
    elif r < 0.7:
        L.a(lf_head("info", "sms inbound"))
        L.a("from=")
        L.a(fphone(p["phone2"], "e164"), "phone")
        L.a(" to=+1%s matched_patient=" % c[2])
        L.a(p["mrn"], "mrn")
        L.a(" body=\"")
        t = R.randint(0, 3)
        if t == 0:
            L.a("C. %s %s " % ("her" if p["sex"] == "F" else "his", p["rel"][2]))
            L.a("%s %s" % (p["rel"][0], p["rel"][1]), "name")
            L.a(" will drive %s, can be reached at " % ("her" if p["sex"] == "F" else "him"))
            L.a(fphone(p["rel_phone"], "dash"), "phone")
        elif t == 1:
            L.a("cant make it %s is in hospital, pls move to " % ("mom" if p["sex"] == "F" else "dad"))
            L.a("%d/%d" % ((p["appt"] + dt.timedelta(days=7)).month, (p["appt"] + dt.timedelta(days=7)).day), "date")
            L.a(" - ")
            L.a(p["rel"][0], "name")
        elif t == 2:
            L.a("Yes I will be there. This is ")
            L.a(name_as(p, "fl"), "name")
            L.a(" DOB ")
            L.a(fdate(p["dob"], "us_short"), "date")
        else:
            L.a("C")
        L.a("\"")
    elif r < 0.78 and p["age"] > 80:
        L.a(lf_head("info", "reminder routed to caregiver"))
        L.a("patient_id=")
        L.a(p["mrn"], "mrn")
        L.a(" patient_age=")
        L.a(str(p["age"]), "age" if p["age"] > 89 else None)
        L.a(" rule=age_over_80 caregiver=\"")
        L.a("%s %s" % (p["rel"][0], p["rel"][1]), "name")
        L.a("\" relation=%s to=" % p["rel"][2])
        L.a(fphone(p["rel_phone"], "e164"), "phone")
    elif r < 0.85:
        L.a(lf_head("info", "opt-out recorded"))
        L.a("phone=")
        L.a(fphone(p["phone2"], "e164"), "phone")
        L.a(" keyword=STOP patient_id=")
        L.a(p["mrn"], "mrn")
    else:
        L.a(lf_head("info", "sms queued"))
        L.a("campaign=battery_reorder to=")
        L.a(fphone(p["phone2"], "e164"), "phone")
        L.a(" body=\"Hi ")
        L.a(p["first"], "name")
        L.a(", time for new size %s batteries? Order in 1 tap: https://ct-hc.co/b/%s or view your hearing profile at " % (R.choice(["312", "13", "10", "675"]), ralnum(6, "abcdefghijkmnpqrstuvwxyzABCDEFGH23456789")))
        L.a("https://my.%s/p/%s-%s-%s" % (DOMAIN, slug(p["first"]), slug(p["last"]), p["mrn"]), "url")
        L.a("\"")
    return [L]


def n_sms():
    L = Line("crm_sms_logfmt")
    r = R.random()
    if r < 0.6:
        L.a(lf_head("info", "status callback") + "sid=SM%s status=%s err=%s segments=%d price=-0.0079" % (
            rhex(32), R.choice(["delivered", "delivered", "sent", "undelivered"]), R.choice(["0", "0", "30003"]), R.randint(1, 3)))
    elif r < 0.8:
        L.a(lf_head("info", "campaign run finished") + "campaign=%s queued=%d skipped_optout=%d duration=%.1fs" % (
            R.choice(["appt_reminder_48h", "appt_reminder_2h", "battery_reorder", "annual_hearing_check"]), R.randint(20, 400), R.randint(0, 12), R.uniform(1, 30)))
    else:
        L.a(lf_head("warn", "rate limited by carrier") + "from=+1%s retry_after=%ds" % (clinic()[2], R.choice([1, 5, 10])))
    return [L]


# ----------------------------------------------------------------------------- family: CRM activity JSON / Django
def g_crm(r=None):
    p = pat_old(0.3)
    r = R.random() if r is None else r
    L = Line("crm_activity_json")
    if r < 0.35:
        L.j({"@timestamp": ts_iso(), "type": "curbside_checkin", "clinic": clinic()[0], "patient_no": T(p["mrn"], "mrn"),
             "vehicle": {"plate": T(R.choice([ralnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + rdig(4), rdig(1) + ralnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + rdig(3),
                                               ralnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + ralnum(3, "0123456789ABCDEFGHJK")]), "vehicle"),
                         "state": p["st"], "color": R.choice(["silver", "blue", "white", "maroon"]), "make": R.choice(["Buick", "Toyota", "Subaru", "Honda"])},
             "note": "drop-off of repaired aids", "staff": staff()[3]})
    elif r < 0.65:
        s = staff()
        L.a('{"@timestamp":"%s","type":"note","author":"%s","patient_no":"' % (ts_iso(), s[3]))
        L.a(p["mrn"], "mrn")
        L.a('","text":"')
        t = R.randint(0, 2)
        if t == 0:
            L.a("Called pt re: loaner aids. Spoke w/ %s " % p["rel"][2])
            L.a("%s %s" % (p["rel"][0], p["rel"][1]), "name")
            L.a(" (emergency contact, ")
            L.a(fphone(p["rel_phone"], "paren"), "phone")
            L.a("). Pt is ")
            if p["age"] > 89:
                L.a(str(p["age"]), "age")
            else:
                L.a(str(p["age"]))
            L.a(" and hard of hearing on phone, prefers text.")
        elif t == 1:
            L.a("Pt moved, new address ")
            L.a(p["street"], "address")
            L.a(", ")
            L.a(p["city"], "address")
            L.a(" %s " % p["st"])
            L.a(p["zip"], "zip")
            L.a(". Updated Noah + Shopify.")
        else:
            L.a("Financing approved, ID checked: %s DL " % p["st"])
            L.a(R.choice([p["last"][0].upper() + rdig(3) + "-" + rdig(3) + "-" + rdig(2) + "-" + rdig(3) + "-0",
                          p["last"][0].upper() + rdig(12), "WDL" + ralnum(9)]), "license")
            L.a(", card on file ending %s." % rdig(4))
        L.a('"}')
    elif r < 0.85:
        L.j({"@timestamp": ts_iso(), "type": "profile_update", "patient_no": T(p["mrn"], "mrn"),
             "changes": {"email": [None, T(p["email"], "email")], "fax": [None, T(fphone(p["fax"], "dot"), "fax")],
                         "facebook": [None, T("https://www.facebook.com/%s.%s.%s" % (slug(p["first"]), slug(p["last"]), rdig(4)), "url")]},
             "source": "portal"})
    else:
        L.a('{"@timestamp":"%s","type":"photo_upload","patient_no":"' % ts_iso())
        L.a(p["mrn"], "mrn")
        L.a('","mime":"image/jpeg","data":"data:image/jpeg;base64,')
        L.a(b64_jpeg(R.randint(60, 110)), "photo")
        L.a('...","truncated":true,"bytes":%d}' % R.randint(18000, 90000))
    return [L]


def g_portal_audit():
    p = pat()
    L = Line("audit_kv")
    L.a("%s audit event=%s user=" % (ts_iso(), R.choice(["portal_login", "portal_login", "password_reset", "records_download"])))
    L.a(p["username"], "other_id")
    L.a(" patient_no=")
    L.a(p["mrn"], "mrn")
    L.a(" src_ip=")
    L.a(p["ip"], "ip")
    L.a(" ua=\"%s\" result=%s session=%s" % (R.choice(["Safari/17.3", "Chrome/122.0", "MyHearing-Android/3.4.1"]), R.choice(["success", "success", "bad_password"]), rhex(24)))
    return [L]


def dj(level, template="", *vals):
    L = Line("django")
    L.a("%s %s %s %d %d " % (level, ts_py(), R.choice(["log", "base", "exception"]), R.randint(30, 90), R.randint(139900000000000, 140299999999999)))
    L.f(template, *vals)
    return L


def g_django():
    p = pat()
    r = R.random()
    if r < 0.5:
        return [dj("WARNING", "Not Found: /patients/\u00a4/devices/\u00a4/", (p["mrn"], "mrn"), (p["snL"], "device"))]
    if r < 0.8:
        return [dj("ERROR", "Internal Server Error: /crm/patients/\u00a4/export.pdf", (p["mrn"], "mrn"))]
    return [dj("WARNING", "Forbidden (CSRF token missing.): /portal/lookup?last=\u00a4&dob=\u00a4",
               (slug(p["last"]), "name"), (fdate(p["dob"], "iso"), "date"))]


def n_django():
    return [R.choice([lambda: dj("INFO", "Watching for file changes with StatReloader"),
                      lambda: dj("WARNING", "Not Found: /favicon.ico"),
                      lambda: dj("WARNING", "Not Found: /wp-login.php"),
                      lambda: dj("ERROR", "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % ((public_ip(),) * 2))])()]


# ----------------------------------------------------------------------------- family: Shopify
ORDER_SEQ = [10480]


def g_shopify():
    p = pat()
    ORDER_SEQ[0] += R.randint(1, 7)
    sku = R.choice([("RAY-312-60", "Rayovac 312 Hearing Aid Batteries (60 pack)", "24.99"),
                    ("PR-13-40", "Power One p13 Batteries (40 pack)", "19.99"),
                    ("CT-DOME-OPEN-M", "Open Domes Medium (10 pack)", "12.00"),
                    ("CT-WAXG-CER", "CeruShield Wax Guards", "9.50"),
                    ("CT-CHG-CASE", "Charger Case Replacement", "149.00")])
    qty = R.randint(1, 3)
    L = Line("shopify_json")
    useship = R.random() < 0.75
    o = {"id": int("58" + rdig(11)), "name": "#CT%d" % ORDER_SEQ[0], "email": T(p["email"], "email"),
         "created_at": ts_iso_local(), "currency": "USD", "total_price": "%.2f" % (qty * float(sku[2])),
         "financial_status": "paid", "gateway": "shopify_payments",
         "customer": {"id": T(p["cust"], "account"), "first_name": T(p["first"], "name"), "last_name": T(p["last"], "name"),
                      "phone": T(fphone(p["phone2"], "e164"), "phone"), "tags": "hearing-aid-wearer, %s" % p["brand"].lower()}}
    if useship:
        o["shipping_address"] = {"first_name": T(p["first"], "name"), "last_name": T(p["last"], "name"),
                                 "address1": T(p["street"], "address"), "address2": None, "city": T(p["city"], "address"),
                                 "province_code": p["st"], "zip": T(p["zip"], "zip"), "country_code": "US"}
    o["line_items"] = [{"sku": sku[0], "title": sku[1], "quantity": qty, "price": sku[2]}]
    o["payment_details"] = {"credit_card_bin": "4" + rdig(5), "credit_card_number": "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 " + rdig(4)}
    if R.random() < 0.5:
        o["note_attributes"] = [{"name": "patient_no", "value": T(p["mrn"], "mrn")}]
    if R.random() < 0.15:
        # free-text order note containing a full card number
        cc = luhn_complete("4" + R.choice(["532", "916", "485"]))
        L.a("{")
        first = True
        for k, v in o.items():
            if not first:
                L.a(",")
            first = False
            L.a(json.dumps(k) + ":")
            jemit(L, v)
        L.a(',"note":"pls charge my other visa ')
        L.a(" ".join(cc[i:i + 4] for i in range(0, 16, 4)), "account")
        L.a(' exp %02d/%d thx"}' % (R.randint(1, 12), R.randint(25, 29)))
        return [L]
    L.j(o)
    return [L]


def n_shopify():
    r = R.random()
    L = Line("shopify_json")
    if r < 0.5:
        L.j({"topic": "orders/fulfilled", "shop": "cleartone-store.myshopify.com", "order_id": int("58" + rdig(11)),
             "name": "#CT%d" % (ORDER_SEQ[0] - R.randint(1, 30)), "fulfillment_status": "fulfilled",
             "tracking_company": "USPS", "tracking_number": "9400" + rdig(18), "webhook_id": ruuid()})
    elif r < 0.8:
        L.j({"topic": "inventory_levels/update", "inventory_item_id": int("44" + rdig(12)), "location_id": int("6" + rdig(10)),
             "available": R.randint(0, 400), "updated_at": ts_iso_local()})
    else:
        L.j({"topic": "app/webhook_delivery", "status": "failed", "attempt": R.randint(1, 19), "response_code": R.choice([500, 502, 504]),
             "endpoint": "https://hooks.%s/shopify/orders" % DOMAIN, "x_shopify_hmac_verified": True})
    return [L]


# ----------------------------------------------------------------------------- family: HL7 (CI clinic notes)
HL7_DONE = [0]


def ci_note(p, L):
    ci = p["ci"]
    side = "left" if ci["side"] == "L" else "right"
    sx = "female" if p["sex"] == "F" else "male"
    L.a("Pt is an " if str(p["age"]).startswith("8") else "Pt is a ")
    if p["age"] > 89:
        L.a(str(p["age"]), "age")
    else:
        L.a(str(p["age"]))
    L.a("-year-old %s seen for mapping of %s CI (%s S/N " % (sx, side, ci["impl"]))
    L.a(ci["sn"], "device")
    L.a("), implanted ")
    L.a(fdate(ci["surg"], R.choice(["us", "us_nopad", "dmy"])), "date")
    L.a(", activated ")
    L.a(fdate(ci["act"], R.choice(["us", "us_nopad"])), "date")
    L.a(". Impedances WNL; E%d deactivated. CNC words %d%% (pre-op %d%%). %s " % (
        R.randint(1, 22), R.randint(35, 80), R.randint(4, 30), ci["proc"]))
    L.a("S/N ")
    L.a(ci["proc_sn"], "device")
    L.a(" upgraded to fw 3.1. Accompanied by %s " % p["rel"][2])
    L.a("%s %s" % (p["rel"][0], p["rel"][1]), "name")
    L.a(". RTC ")
    L.a(fdate(p["appt"], "us"), "date")
    L.a(" with Dr. %s, AuD." % R.choice([x for x in STAFF if x[2] == "AuD"])[1])


def hl7_segments(p):
    s = staff()
    ctl = "MSG%06d" % R.randint(1000, 999999)
    segs = []
    segs.append(ln("hl7", "MSH|^~\\&|CTEHR|CT-CI-CLINIC|HIM|REGIONAL|%s||MDM^T02|%s|P|2.5.1" % (ts_hl7(), ctl)))
    segs.append(ln("hl7", "EVN|T02|%s" % ts_hl7()))
    L = Line("hl7")
    L.f("PID|1||\u00a4^^^CT^MR||\u00a4^\u00a4^\u00a4||\u00a4|%s|||\u00a4^^\u00a4^%s^\u00a4^USA||^PRN^PH^^1^\u00a4^\u00a4|||||\u00a4" % (p["sex"], p["st"]),
        (p["mrn"], "mrn"), (p["last"].upper(), "name"), (p["first"].upper(), "name"), (p["mi"], "name"),
        (fdate(p["dob"], "hl7"), "date"), (p["street"], "address"), (p["city"], "address"), (p["zip"], "zip"),
        (p["phone"][:3], "phone"), (p["phone"][3:], "phone"), (p["acct"], "account"))
    if R.random() < 0.5:
        L.f("|\u00a4", (p["ssn"].replace("-", ""), "ssn"))
    segs.append(L)
    L = Line("hl7")
    L.f("PV1|1|O|CI^RM2^^CT-CI-CLINIC||||1%s^%s^%s^^^%s|||||||||||\u00a4" % (rdig(9), s[1].upper(), s[0].upper(), s[2]),
        ("V" + rdig(8), "other_id"))
    segs.append(L)
    segs.append(ln("hl7", "TXA|1|CN|TX|%s|%s^%s^%s||||||||DOC%s||||AU" % (ts_hl7()[:8], rdig(10), s[1].upper(), s[0].upper(), rdig(7))))
    L = Line("hl7")
    L.a("OBX|1|TX|11506-3^Progress note^LN||")
    ci_note(p, L)
    L.a("||||||F")
    segs.append(L)
    return segs


def g_hl7_block():
    if HL7_DONE[0] >= 3:
        return None
    HL7_DONE[0] += 1
    return hl7_segments(pat_ci())


def g_mirth():
    p = pat_ci()
    segs = hl7_segments(p)
    L = Line("mirth_hl7")
    L.a("INFO  %s [Channel: CI Notes Outbound] com.mirth.connect.connectors.tcp.TcpDispatcher: Sent message: " % ts_py())
    for i, sgm in enumerate(segs):
        if i:
            L.a("\\r")
        base = L.n
        L.a(sgm.text())
        for sp in sgm.spans:
            L.spans.append({"s": sp["s"] + base, "e": sp["e"] + base, "cat": sp["cat"], "_v": sp["_v"]})
    return [L]


def n_hl7_ack():
    ctl = "MSG%06d" % R.randint(1000, 999999)
    return [ln("hl7", "MSH|^~\\&|HIM|REGIONAL|CTEHR|CT-CI-CLINIC|%s||ACK^T02|ACK%s|P|2.5.1" % (ts_hl7(), ctl[3:])),
            ln("hl7", "MSA|AA|%s|Message accepted" % ctl)]


# ----------------------------------------------------------------------------- family: tinnitus questionnaires
TFI_HDR = "submission_id,submitted_at,patient_no,patient_dob,instrument,score,severity,administered_on,clinician"


def g_tinnitus(r=None):
    p = pat()
    r = R.random() if r is None else r
    if r < 0.4:
        items = [R.choice([0, 2, 4]) for _ in range(25)]
        tot = sum(items)
        grade = 1 if tot <= 16 else 2 if tot <= 36 else 3 if tot <= 56 else 4 if tot <= 76 else 5
        L = Line("thi_pipe")
        L.f("THI|v2|\u00a4|\u00a4|", (p["mrn"], "mrn"), (fdate(p["test_date"], "hl7"), "date"))
        L.a("|".join(str(x) for x in items))
        L.a("|total=%d|grade=%d" % (tot, grade))
        return [L]
    if r < 0.7:
        out = []
        if R.random() < 0.5:
            out.append(ln("tfi_csv", TFI_HDR))
        score = R.randint(8, 92)
        L = Line("tfi_csv")
        L.f("%s,%s,\u00a4,\u00a4,TFI-25,%d,%s,\u00a4,%s" % (ruuid(), ts_iso()[:19], score,
                                                         "mild" if score < 32 else "moderate" if score < 54 else "severe", staff()[3]),
            (p["mrn"], "mrn"), (fdate(p["dob"], "us"), "date"), (fdate(p["test_date"], "iso"), "date"))
        out.append(L)
        return out
    L = Line("forms_webhook_json")
    ans = {"tfi_%02d" % i: R.randint(0, 10) * 10 for i in range(1, 9)}
    L.j({"event_id": "01HR" + ralnum(22), "event_type": "form_response", "form_id": "tfi-25-v3", "submitted_at": ts_iso(),
         "hidden": {"patient_no": T(p["mrn"], "mrn"), "clinic": clinic()[0]}, "answers": ans,
         "respondent": {"email": T(p["email"], "email"), "name": T(name_as(p, R.choice(["fl", "low", "fmi"])), "name")},
         "free_text": {"q26": "ringing worse since my husband passed, cant sleep" if R.random() < 0.5 else "buzzing in left ear mostly at night"}})
    return [L]


def n_tinnitus():
    L = Line("tfi_csv")
    if R.random() < 0.5:
        return [ln("tfi_csv", TFI_HDR)]
    L = Line("celery")
    L.a("[%s: INFO/ForkPoolWorker-%d] questionnaires.tasks.rescore_batch: %d THI, %d TFI rescored, 0 errors" % (
        ts_py(), R.randint(1, 4), R.randint(5, 60), R.randint(3, 40)))
    return [L]


# ----------------------------------------------------------------------------- family: Celery
def cel(level, proc, template="", *vals):
    L = Line("celery")
    L.a("[%s: %s/%s] " % (ts_py(), level, proc))
    L.f(template, *vals)
    return L


def g_celery(r=None):
    p = pat()
    tid = ruuid()
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    r = R.random() if r is None else r
    out = []
    if r < 0.3:
        out.append(cel("INFO", "MainProcess", "Task crm.tasks.send_appointment_reminder[%s] received" % tid))
        L = cel("DEBUG", w, "crm.tasks.send_appointment_reminder[%s]: args=" % tid)
        L.p((T(int(p["mrn"]), "mrn"),))
        L.a(" kwargs=")
        L.p({"appointment_date": T(fdate(p["appt"], "iso"), "date"), "time": p["appt_time"], "channel": "sms",
             "to": T(fphone(p["phone2"], "e164"), "phone")})
        out.append(L)
        out.append(cel("INFO", w, "Task crm.tasks.send_appointment_reminder[%s] succeeded in %.4fs: {'sid': 'SM%s', 'status': 'queued'}" % (
            tid, R.uniform(0.1, 1.5), rhex(32))))
    elif r < 0.5:
        L = cel("ERROR", w, "Task benefits.tasks.check_eligibility[%s] raised unexpected: EligibilityError(\"member \u00a4 not found (dob=\u00a4, last_name='\u00a4')\")" % tid,
                (p["member"], "health_plan"), (fdate(p["dob"], "iso"), "date"), (p["last"], "name"))
        out.append(L)
    elif r < 0.65:
        L = cel("INFO", w, "Task financing.tasks.submit_application[%s] succeeded in %.3fs: " % (tid, R.uniform(1, 6)))
        L.p({"app_id": "FA-%d" % R.randint(700000, 799999), "decision": R.choice(["APPROVED", "PENDING_REVIEW"]),
             "applicant": T(name_as(p, "fl"), "name"), "ssn_last4": p["ssn"][-4:],
             "dl_state": p["st"], "dl_number": T(p["last"][0].upper() + rdig(3) + "-" + rdig(3) + "-" + rdig(2) + "-" + rdig(3) + "-" + rdig(1), "license")})
        out.append(L)
    elif r < 0.78:
        L = cel("INFO", w, "Task noahsync.tasks.pull_new_sessions[%s] succeeded in %.2fs: " % (tid, R.uniform(0.5, 9)))
        L.p({"imported": 1, "patient_guid": T(p["guid"], "other_id"), "actions": ["Audiogram", "Fitting"],
             "test_date": T(fdate(p["test_date"], "iso"), "date")})
        out.append(L)
    elif r < 0.9:
        p = pat_old(0.5)
        L = cel("WARNING", w, "crm.tasks.sync_shopify_customer[%s]: customer \u00a4 (\u00a4) has no patient match, age \u00a4, zip \u00a4" % tid,
                (str(p["cust"]), "account"), (p["email"], "email"),
                (str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), (p["zip"], "zip"))
        out.append(L)
    else:
        out.append(cel("INFO", "MainProcess", "Task crm.tasks.store_profile_photo[%s] received" % tid))
        L = cel("DEBUG", w, "crm.tasks.store_profile_photo[%s]: kwargs=" % tid)
        L.a("{'patient_id': ")
        L.a(p["mrn"], "mrn")
        L.a(", 'image_b64': '")
        L.a(b64_jpeg(R.randint(50, 90)), "photo")
        L.a("...'}")
        out.append(L)
    return out


def n_celery():
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    tid = ruuid()
    msgs = [lambda: cel("INFO", "Beat", "Scheduler: Sending due task %s" % R.choice(
                ["noah-sync-every-15m (noahsync.tasks.pull_new_sessions)", "sms-reminders-48h (crm.tasks.queue_reminders)",
                 "nightly-warranty-report (rma.tasks.warranty_report)", "benefits-cache-prune (benefits.tasks.prune_cache)"])),
            lambda: cel("INFO", "MainProcess", "Task rma.tasks.poll_courier_status[%s] received" % tid),
            lambda: cel("INFO", w, "Task rma.tasks.poll_courier_status[%s] succeeded in %.4fs: {'checked': %d, 'updated': %d}" % (
                tid, R.uniform(0.5, 4), R.randint(10, 80), R.randint(0, 9))),
            lambda: cel("WARNING", w, "Task benefits.tasks.check_eligibility[%s] retry: Retry in %ds: HTTPError('503 Server Error: Service Unavailable for url: https://api.hearingbenefits-partner.com/v3/eligibility')" % (
                tid, R.choice([60, 120, 300]))),
            lambda: cel("INFO", "MainProcess", "missed heartbeat from celery@worker-%d" % R.randint(1, 4)),
            lambda: cel("INFO", "MainProcess", "sync with celery@worker-%d.ct-prod" % R.randint(1, 4)),
            lambda: cel("INFO", "MainProcess", "Connected to redis://redis-master.ct-prod.svc:6379/0"),
            lambda: cel("INFO", "MainProcess", "celery@worker-%d.ct-prod ready." % R.randint(1, 4)),
            lambda: cel("INFO", w, "Task crm.tasks.queue_reminders[%s] succeeded in %.3fs: %d" % (tid, R.uniform(0.3, 12), R.randint(0, 300)))]
    return [R.choice(msgs)()]


PYTB_DONE = [0]


def n_py_tb():
    if PYTB_DONE[0] >= 2:
        return None
    PYTB_DONE[0] += 1
    tid = ruuid()
    out = [cel("ERROR", "ForkPoolWorker-%d" % R.randint(1, 8), "Task rma.tasks.create_label[%s] raised unexpected: ConnectionError(\"HTTPSConnectionPool(host='onlinetools.ups.com', port=443): Read timed out.\")" % tid)]
    for t in ["Traceback (most recent call last):",
              '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
              "    R = retval = fun(*args, **kwargs)",
              '  File "/app/rma/tasks.py", line 88, in create_label',
              "    resp = ups.ship(payload, timeout=15)",
              "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='onlinetools.ups.com', port=443): Read timed out."]:
        out.append(ln("celery", t))
    return out


# ----------------------------------------------------------------------------- family: PostgreSQL
def pg(pid, who, sev, template="", *vals):
    L = Line("postgres")
    L.a("%s [%d] %s %s:  " % (ts_pg(), pid, who, sev))
    L.f(template, *vals)
    return L


def q(v):
    return v.replace("'", "''")


def g_pg():
    p = pat()
    pid = R.randint(20000, 39999)
    who = "crm_app@cleartone_crm"
    r = R.random()
    d = "%.3f" % R.uniform(500, 9000)
    if r < 0.25:
        a = pg(pid, who, "LOG", "duration: %s ms  execute <unnamed>: SELECT p.id, p.first_name, p.last_name, p.dob, p.mobile_phone FROM patients p WHERE lower(p.last_name) = lower($1) AND p.dob = $2 LIMIT 50" % d)
        b = pg(pid, who, "DETAIL", "parameters: $1 = '\u00a4', $2 = '\u00a4'", (q(p["last"]), "name"), (fdate(p["dob"], "iso"), "date"))
        return [a, b]
    if r < 0.45:
        a = pg(pid, who, "LOG", "duration: %s ms  execute S_%d: UPDATE patients SET mobile_phone = $1, email = $2, updated_at = now() WHERE id = $3" % (d, R.randint(1, 40)))
        b = pg(pid, who, "DETAIL", "parameters: $1 = '\u00a4', $2 = '\u00a4', $3 = '\u00a4'",
               (fphone(p["phone2"], R.choice(["e164", "plain", "dash"])), "phone"), (p["email"], "email"), (p["mrn"], "mrn"))
        return [a, b]
    if r < 0.6:
        a = pg(pid, who, "LOG", "duration: %s ms  execute <unnamed>: SELECT d.id, d.patient_id, d.model, d.warranty_end FROM hearing_devices d WHERE d.serial_no = $1 OR d.ble_address = $2" % d)
        b = pg(pid, who, "DETAIL", "parameters: $1 = '\u00a4', $2 = '\u00a4'", (p["snR"], "device"), (p["macR"], "device"))
        return [a, b]
    if r < 0.72:
        a = pg(pid, who, "ERROR", "duplicate key value violates unique constraint \"patients_email_key\"")
        b = pg(pid, who, "DETAIL", "Key (email)=(\u00a4) already exists.", (p["email"], "email"))
        c = pg(pid, who, "STATEMENT", "INSERT INTO patients (first_name, last_name, dob, email, clinic_id) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        return [a, b, c]
    if r < 0.86:
        a = pg(pid, "crm_app@cleartone_crm", "LOG", "duration: %s ms  execute <unnamed>: INSERT INTO sms_outbox (patient_id, to_number, body, campaign) VALUES ($1, $2, $3, $4)" % d)
        b = Line("postgres")
        b.a("%s [%d] %s DETAIL:  parameters: $1 = '" % (ts_pg(), pid, who))
        b.a(p["mrn"], "mrn")
        b.a("', $2 = '")
        b.a(fphone(p["phone2"], "e164"), "phone")
        b.a("', $3 = 'Hi ")
        b.a(p["first"], "name")
        b.a(", your new hearing aids are ready for pickup at %s. Questions? %s', $4 = 'repair_ready'" % (COMPANY, fphone(clinic()[2], "dash")))
        return [a, b]
    a = pg(pid, "etl@cleartone_dw", "LOG", "duration: %s ms  execute <unnamed>: SELECT * FROM ci_clinic.notes WHERE mrn = $1 AND note_date >= $2" % d)
    b = pg(pid, "etl@cleartone_dw", "DETAIL", "parameters: $1 = '\u00a4', $2 = '2023-01-01'", (p["mrn"], "mrn"))
    return [a, b]


def n_pg():
    pid = R.randint(20000, 39999)
    msgs = [lambda: [pg(pid, "", "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                R.randint(200, 9000), R.uniform(0.5, 30), R.randint(0, 5), R.uniform(10, 200), R.uniform(0, 2), R.uniform(10, 200)))],
            lambda: [pg(pid, "", "LOG", "automatic vacuum of table \"cleartone_crm.public.%s\": index scans: 1" % R.choice(["sms_outbox", "appointments", "audit_log", "shopify_events"]))],
            lambda: [pg(pid, "crm_app@cleartone_crm", "LOG", "connection authorized: user=crm_app database=cleartone_crm SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")],
            lambda: [pg(pid, "crm_app@cleartone_crm", "LOG", "duration: %.3f ms  execute <unnamed>: SELECT a.id, a.patient_id, a.starts_at FROM appointments a WHERE a.clinic_id = $1 AND a.starts_at::date = $2 ORDER BY a.starts_at" % R.uniform(500, 3000)),
                     pg(pid, "crm_app@cleartone_crm", "DETAIL", "parameters: $1 = '%s', $2 = '%s'" % (clinic()[0], fdate(TODAY + dt.timedelta(days=R.randint(0, 3)), "iso")))],
            lambda: [pg(pid, "grafana@cleartone_crm", "LOG", "duration: %.3f ms  statement: SELECT date_trunc('hour', created_at) AS t, count(*) FROM sms_outbox WHERE created_at > now() - interval '24 hours' GROUP BY 1" % R.uniform(500, 4000))],
            lambda: [pg(pid, "crm_app@cleartone_crm", "LOG", "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (pid, R.randint(0, 40), R.randint(10 ** 6, 10 ** 8)))],
            lambda: [pg(pid, "", "WARNING", "worker took too long to start; canceled")]]
    return R.choice(msgs)()


# ----------------------------------------------------------------------------- family: nginx
UAS = ['"MyHearing/3.4.1 (com.cleartone.myhearing; build:3410; iOS 17.3.1) Alamofire/5.8.1"',
       '"okhttp/4.12.0"', '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
       '"Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"']


def ngx(ip_tagged, template, *vals, status=200, ua=None):
    L = Line("nginx")
    if isinstance(ip_tagged, tuple):
        L.a(ip_tagged[0], ip_tagged[1])
    else:
        L.a(ip_tagged)
    L.a(" - - [%s] \"" % ts_clf())
    L.f(template, *vals)
    L.a("\" %d %d \"-\" %s %.3f" % (status, R.randint(2, 30000), ua or R.choice(UAS), R.uniform(0.002, 1.4)))
    return L


def g_nginx():
    p = pat()
    r = R.random()
    if r < 0.45:
        return [ngx((p["ip"], "ip"), "GET /api/v2/patients/\u00a4/%s HTTP/1.1" % R.choice(["audiograms", "devices", "appointments?upcoming=1", "datalog/summary"]),
                    (p["mrn"], "mrn"))]
    if r < 0.65:
        return [ngx((p["ip"], "ip"), "GET /portal/lookup?last=\u00a4&dob=\u00a4 HTTP/2.0",
                    (slug(p["last"]).capitalize(), "name"), (fdate(p["dob"], "iso"), "date"), status=R.choice([200, 302, 404]))]
    if r < 0.85:
        return [ngx((p["ip"], "ip"), "POST /api/v2/devices/\u00a4/pairing-events HTTP/1.1", (p["snL"], "device"), status=201)]
    return [ngx((p["ip"], "ip"), "GET /p/\u00a4-\u00a4-\u00a4/results HTTP/2.0", (slug(p["first"]), "name"), (slug(p["last"]), "name"), (p["mrn"], "mrn"))]


def n_nginx():
    r = R.random()
    if r < 0.45:
        return [ngx(private_ip().replace("192.168", "10.42"), "GET /healthz HTTP/1.1", status=200, ua='"kube-probe/1.28"')]
    if r < 0.65:
        return [ngx(R.choice(CLINIC_IPS), "GET /static/js/app.%s.js HTTP/2.0" % rhex(8), status=R.choice([200, 304]), ua=UAS[2])]
    if r < 0.8:
        return [ngx(public_ip(), "GET /.env HTTP/1.1", status=404, ua='"Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))"')]
    return [ngx(R.choice(CLINIC_IPS), "POST /api/v2/staff/login HTTP/1.1", status=R.choice([200, 401]), ua=UAS[2])]


# ----------------------------------------------------------------------------- family: prometheus / config / staff
def n_misc(r=None):
    r = R.random() if r is None else r
    c = clinic()
    s = staff()
    if r < 0.35:
        return [ln("prometheus", R.choice([
            'celery_tasks_total{name="crm.tasks.send_appointment_reminder",state="SUCCESS",worker="worker-%d"} %d' % (R.randint(1, 4), R.randint(1000, 90000)),
            'pg_stat_activity_count{datname="cleartone_crm",state="active"} %d' % R.randint(1, 40),
            'http_request_duration_seconds_bucket{handler="/api/v2/patients/{id}/audiograms",le="0.25"} %d' % R.randint(100, 9000),
            'rtc_gw_rooms_active{region="us-east-1"} %d' % R.randint(0, 12),
            'sms_outbox_pending{campaign="appt_reminder_48h"} %d' % R.randint(0, 300)]))]
    if r < 0.6:
        return [ln("config_kv", "clinic.%s.name=\"%s %s\" clinic.%s.phone=%s clinic.%s.fax=%s clinic.%s.address=\"%s\"" % (
            c[0], COMPANY, c[1], c[0], fphone(c[2], "dash"), c[0], fphone(c[2][:6] + rdig(4), "dash"), c[0], c[3]))]
    if r < 0.8:
        L = Line("audit_kv")
        L.a("%s audit event=staff_login user=%s name=\"%s %s, %s\" email=%s@%s src_ip=%s clinic=%s mfa=totp result=success" % (
            ts_iso(), s[3], s[0], s[1], s[2], s[3], DOMAIN, R.choice(CLINIC_IPS), c[0]))
        return [L]
    L = Line("audit_kv")
    L.a("%s audit event=fax_sent user=%s to=\"Gulf Coast ENT Associates\" fax=%s pages=%d doc=audiogram_report job=%s status=ok" % (
        ts_iso(), s[3], fphone("941" + "555" + rdig(4), "dash"), R.randint(1, 6), rhex(10)))
    return [L]


# ----------------------------------------------------------------------------- driver
CONTENT = [(g_fit_session, 9), (g_fit_misc, 5), (g_noah_xml, 2), (g_logcat_pair, 5), (g_logcat_app, 5),
           (g_ios, 6), (g_video, 7), (g_benefits, 7), (g_rma, 4), (g_zpl_patient, 2), (g_sms, 8),
           (g_crm, 6), (g_django, 3), (g_shopify, 6), (g_hl7_block, 2), (g_mirth, 3), (g_tinnitus, 6),
           (g_celery, 9), (g_pg, 9), (g_nginx, 7), (g_portal_audit, 3)]
NOISE = [(n_l4n, 8), (n_l4n_exc, 2), (n_logcat, 4), (n_ios, 4), (n_video, 4), (n_benefits, 3), (n_zpl_mfr, 1),
         (n_sms, 4), (n_django, 2), (n_shopify, 3), (n_hl7_ack, 2), (n_tinnitus, 2), (n_celery, 8), (n_py_tb, 1),
         (n_pg, 7), (n_nginx, 6), (n_misc, 5)]


# Artefacts every corpus must contain, emitted when the file reaches the given line count.
FORCED = [(12, lambda: n_misc(0.5)), (25, g_noah_xml), (70, lambda: g_tinnitus(0.1)), (110, g_hl7_block), (140, n_zpl_mfr),
          (170, lambda: g_crm(0.95)), (190, g_zpl_patient), (230, lambda: g_celery(0.55)), (255, n_l4n_exc),
          (280, lambda: g_tinnitus(0.5)), (300, n_py_tb), (320, g_noah_xml), (350, lambda: g_crm(0.75)),
          (370, lambda: g_benefits(0.8)), (395, lambda: g_video(0.5)), (420, lambda: g_celery(0.95)),
          (440, lambda: g_tinnitus(0.9)), (455, lambda: g_crm(0.1)), (470, g_rma), (480, lambda: g_sms(0.9)),
          (490, lambda: g_benefits(0.2))]


def build():
    lines = []
    phi = 0
    guard = 0
    forced = list(FORCED)
    while len(lines) < N_LINES:
        guard += 1
        assert guard < 100000
        if forced and forced[0][0] <= len(lines):
            gen = forced.pop(0)[1]
        else:
            want_phi = phi < PHI_TARGET * (len(lines) + 1)
            gen = wchoice(CONTENT if want_phi else NOISE)
        adv()
        ev = gen()
        if not ev or len(lines) + len(ev) > N_LINES:
            continue
        for L in ev:
            lines.append(L)
            if L.spans:
                phi += 1
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    cats = {}
    fams = set()
    for i, L in enumerate(lines, 1):
        t = L.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        b = t.encode("utf-8")
        prev = -1
        spans = sorted(L.spans, key=lambda s: s["s"])
        for sp in spans:
            assert b[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (i, sp, t)
            assert sp["s"] >= prev, (i, spans)
            prev = sp["e"]
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
        fams.add(L.family)
        log_out.append(t)
        lab_out.append(json.dumps({"line": i, "family": L.family,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lab_out) + "\n")
    nophi = sum(1 for L in lines if not L.spans)
    print("lines=%d no_phi=%d (%.1f%%) families=%d" % (len(lines), nophi, 100.0 * nophi / len(lines), len(fams)))
    print("families:", ", ".join(sorted(fams)))
    print("spans:", json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
