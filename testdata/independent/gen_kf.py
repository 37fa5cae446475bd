#!/usr/bin/env python3
"""Synthetic labeled log corpus "kf": a mobile phlebotomy / at-home lab draw company.

Systems: booking web app (Next.js API routes logging with pino, Prisma query/error logs,
Postgres errors, ingress-nginx), route optimisation jobs (Celery + OR-Tools, python logging,
CSV route manifests, legacy pipe dispatch export), phlebotomist Android app (logcat),
requisition OCR (JSON results), LIS interfaces (HL7 v2 ORM/ORU via Mirth Connect, ASTM E1394
bridge), specimen chain-of-custody (JSON), patient SMS (Twilio) and email (SendGrid events),
insurance eligibility (X12 270/271, logfmt service logs, vendor XML), Stripe webhooks,
support chats in English and Spanish, Datadog monitors, Kubernetes events / klog noise.

All people, identifiers and numbers are synthetic. Standard library only, deterministic.

Labeling decisions:
- Labeled: identifiers of patients and of people tied to a patient's health information
  (guardians of minors, subscribers/insured when not the patient, emergency contacts,
  relatives who write or are named in support chats).
- Not labeled: phlebotomists, couriers, dispatchers, support agents, ordering physicians
  (names, NPIs), lab / practice / company phones, faxes, emails and addresses, payer names
  and payer IDs, group numbers, staff device serials/IMEIs, public Stripe test card 4242...
- Names: one span per written name ("Last, First M", "LAST^FIRST^M" HL7 XPN as one span).
  X12 NM1 last / first / middle elements are separate spans. Initials of a patient
  (custody manifests) are labeled name.
- Addresses: street line (with unit) and city are separate "address" spans, state is not
  labeled, ZIP / ZIP+4 is "zip". In HL7 XAD the unit component is its own address span.
  GPS coordinates recorded at a patient's home (check-in, geocoded stop, route stop) are
  "address" (geocode; lat and lng labeled separately). GPS fixes of a phlebotomist driving
  between stops are staff location and are not labeled.
- Dates: DOB, appointment / time window, collection, observation, eligibility service and
  coverage dates are "date"; when a date carries a time in one token (ISO, HL7 TS) the whole
  token is the span, otherwise only the date part. Log timestamps, message / interchange /
  created_at / updated_at system times, card expiry dates and availability searches are not
  labeled. Partial dates tied to the patient ("5/17", "jueves 16 de mayo") and malformed DOB
  strings echoed by validators (Zod, Prisma, Mirth filters) are still "date".
- Ages are labeled only when over 89. Ages 89 and below are left unlabeled.
- mrn: LIS medical record numbers and the booking app's internal patient id (Prisma cuid
  "patientId"), as both identify the patient record. Booking ids, order numbers,
  accession numbers, tube barcodes, requisition ids, route/job ids, payment-intent/charge/
  event ids, trace/span ids and support ticket numbers are transaction ids: not labeled.
- account: patient account numbers (HL7 PID-18, billing account), Stripe customer ids
  (cus_...), full card numbers (PAN) a patient typed. Card last4 / brand / fingerprint are not.
- health_plan: member / subscriber / Medicaid (AHCCCS) / Medicare (MBI) ids.
- other_id: visit / encounter numbers (PV1-19), patient portal usernames, the support
  widget's user id of a patient (it identifies that person across conversations).
- ip: public client IPs in booking traffic (patients / visitors). Private pod IPs and
  Stripe / Twilio webhook source IPs are not labeled.
- phone / email: patient and relatives' contact data, including URL-encoded forms
  (the whole encoded token is the span, e.g. %2B16025550143).
- url: a person's own web presence (social / calendar link). Opaque per-booking short links
  (dw.health/r/<token>) are not labeled.
- license: patient driver's licence numbers captured at ID check. vehicle: patient's licence
  plate mentioned in access notes. device: serials of a patient's own medical device.
- photo: base64 payload (after "base64,") of patient ID/face thumbnails. biometric: base64
  payload of the patient's captured consent signature. Requisition document images are
  not labeled.
- ssn: patient / subscriber SSNs in any punctuation.
"""
import json
import random
import datetime as dt
import unicodedata
import base64
import os

import sys
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20240519
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kf"
TOTAL = 500
TARGET_NOISE = 0.55

# ----------------------------------------------------------------------------- line helper


class P:
    """A labeled value (cat may be None for an unlabeled inserted value)."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat:
            b = len(s.encode("utf-8"))
            self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
            self.vals.append(s)
        return self.t(s)

    def put(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        if isinstance(x, Seq):
            return self.seq(x.sep, x.items)
        return self.t(x)

    def seq(self, sep, items):
        for i, it in enumerate(items):
            if i:
                self.t(sep)
            self.put(it)
        return self

    def parts(self, *items):
        for it in items:
            self.put(it)
        return self

    def text(self):
        return "".join(self.buf)


class Seq:
    def __init__(self, sep, items):
        self.sep = sep
        self.items = items


class JS:
    """A JSON string assembled from plain and labeled pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


def jput(L, o, seps=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(seps[0])
            L.t(json.dumps(k, ensure_ascii=False) + seps[1])
            jput(L, v, seps)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(seps[0])
            jput(L, v, seps)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            L.t('"').p(o.v, o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, JS):
        L.t('"')
        for pc in o.pieces:
            if isinstance(pc, P):
                enc = json.dumps(pc.v, ensure_ascii=False)
                assert enc[1:-1] == pc.v, pc.v
                L.p(pc.v, pc.cat)
            else:
                L.t(json.dumps(pc, ensure_ascii=False)[1:-1])
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


def kv(L, items, sep=" ", eq="=", quote_all=False):
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + eq)
        raw = v.v if isinstance(v, P) else (str(v) if not isinstance(v, Seq) else "x")
        if isinstance(v, Seq):
            L.put(v)
            continue
        need_q = quote_all or (" " in raw) or raw == ""
        if need_q:
            L.t('"')
            L.put(v if isinstance(v, P) else str(v).replace('"', '\\"'))
            L.t('"')
        else:
            L.put(v if isinstance(v, P) else str(v))
    return L


# ----------------------------------------------------------------------------- clock

NOW = dt.datetime(2024, 5, 15, 5, 41, 52, 118000)  # Arizona, MST (-07:00), no DST
UTC_OFF = dt.timedelta(hours=7)
EPOCH = dt.datetime(1970, 1, 1)


def tick(lo=0.4, hi=150.0):
    global NOW
    NOW = NOW + dt.timedelta(seconds=rng.uniform(lo, hi))
    return NOW


def ms3(d):
    return "%03d" % (d.microsecond // 1000)


def ts_iso_z(d=None):
    d = (d or NOW) + UTC_OFF
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "Z"


def ts_iso_local(d=None):
    d = d or NOW
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "-07:00"


def ts_epoch_ms(d=None):
    d = (d or NOW) + UTC_OFF
    return int((d - EPOCH).total_seconds() * 1000)


def ts_py(d=None):
    d = d or NOW
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms3(d)


def ts_logcat(d=None):
    d = d or NOW
    return d.strftime("%m-%d %H:%M:%S.") + ms3(d)


def ts_nginx(d=None):
    d = d or NOW
    return d.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_klog(d=None):
    d = (d or NOW) + UTC_OFF
    return d.strftime("%m%d %H:%M:%S.%f")


def ts_hl7(d=None):
    return (d or NOW).strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- random helpers

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
ALNUM_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rs(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def cuid():
    return "cl" + rng.choice("tuvwx") + rs(B36, 22)


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def trace_id():
    return str(rng.randrange(10 ** 17, 10 ** 19))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(rng.randrange(1, 10)) + rng.choice(L) + rng.choice(AN) + str(rng.randrange(10)) +
            rng.choice(L) + rng.choice(AN) + str(rng.randrange(10)) + rng.choice(L) + rng.choice(L) +
            str(rng.randrange(10)) + str(rng.randrange(10)))


def b64img(kind, n=180):
    head = {"jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
            "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x90\x00\x00\x00\xc8\x08\x06"}[kind]
    body = bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "es_long":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if style == "isoz":
        return d.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if style == "dash_us":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


# ----------------------------------------------------------------------------- people

CITIES = {
    "Phoenix": (["85004", "85006", "85008", "85015", "85016", "85021", "85032", "85041"], 33.4484, -112.0740),
    "Mesa": (["85201", "85203", "85204", "85210", "85213"], 33.4152, -111.8315),
    "Tempe": (["85281", "85282", "85283"], 33.4255, -111.9400),
    "Chandler": (["85224", "85225", "85226", "85249"], 33.3062, -111.8413),
    "Scottsdale": (["85250", "85251", "85257", "85260"], 33.4942, -111.9261),
    "Glendale": (["85301", "85302", "85308"], 33.5387, -112.1860),
    "Gilbert": (["85233", "85234", "85296"], 33.3528, -111.7890),
    "Tucson": (["85705", "85711", "85716", "85719", "85745"], 32.2226, -110.9747),
    "Peoria": (["85345", "85381", "85382"], 33.5806, -112.2374),
    "Guadalupe": (["85283"], 33.3706, -111.9629),
    "Sun City": (["85351"], 33.5975, -112.2718),
    "Avondale": (["85323", "85392"], 33.4356, -112.3496),
}
STREETS = ["W Maple Ave", "E Camelback Rd", "N 7th St", "W Indian School Rd", "S Mill Ave",
           "E Baseline Rd", "N Calle del Norte", "E Speedway Blvd", "W Thomas Rd", "N 43rd Ave",
           "E Southern Ave", "S Avenida del Yaqui", "W Glenrosa Ave", "N Via Linda", "E McDowell Rd",
           "W Bell Rd", "N Hayden Rd", "E Broadway Blvd", "W Peoria Ave", "S Rural Rd",
           "N Del Webb Blvd", "W Van Buren St", "E Calle Cerrada", "N Saguaro Blossom Dr"]
UNITS = ["", "", "", "", "Apt 214", "Unit 3B", "#108", "Spc 41", "Apt C", "Bldg 2 Apt 1127", "Lot 17"]

SRC = [
    ("María José", "", "Fernández-Ruiz", "F", "es", None, "adult"),
    ("Guadalupe", "R", "Ortega", "F", "es", None, "adult"),
    ("José Luis", "", "de la Cruz", "M", "es", None, "adult"),
    ("Ximena", "", "Villaseñor", "F", "es", None, "adult"),
    ("Jesús", "A", "Ibarra Montoya", "M", "es", None, "adult"),
    ("Rocío", "", "Peña", "F", "es", None, "adult"),
    ("Lan", "Thi", "Nguyễn", "F", "en", None, "adult"),
    ("Minh", "Q", "Tran", "M", "en", None, "adult"),
    ("Wei", "", "Zhang", "M", "en", None, "adult"),
    ("Xiaoling", "", "Chen", "F", "en", None, "adult"),
    ("Priya", "", "Raghunathan", "F", "en", None, "adult"),
    ("Venkatesh", "S", "Subramanian", "M", "en", None, "adult"),
    ("Oluwaseun", "", "Adeyemi", "M", "en", None, "adult"),
    ("Chiamaka", "N", "Okonkwo", "F", "en", None, "adult"),
    ("Mohammed", "", "Al-Farsi", "M", "en", None, "adult"),
    ("Layla", "", "Haddad", "F", "en", None, "adult"),
    ("Siobhán", "", "O'Sullivan", "F", "en", None, "adult"),
    ("Declan", "P", "McGrath", "M", "en", None, "adult"),
    ("Pieter", "", "van der Berg", "M", "en", None, "adult"),
    ("Katarzyna", "", "Kowalczyk", "F", "en", None, "adult"),
    ("Ji-woo", "", "Park", "F", "en", None, "adult"),
    ("Maricel", "", "Dela Peña", "F", "en", None, "adult"),
    ("Svetlana", "V", "Ivanova", "F", "en", None, "adult"),
    ("Abebe", "", "Tesfaye", "M", "en", None, "adult"),
    ("Margaret", "E", "Whitfield", "F", "en", ("Linda Whitfield-Ames", "daughter"), "old"),
    ("Harold", "J", "Pennington", "M", "en", ("Carol Pennington", "wife"), "old"),
    ("Dorothy", "", "Abernathy", "F", "en", ("Reverend Paul Abernathy", "son"), "old"),
    ("Haruto", "", "Tanaka", "M", "en", None, "adult"),
    ("Eleni", "", "Papadopoulos", "F", "en", None, "adult"),
    ("Winona", "", "Tsosie", "F", "en", None, "adult"),
    ("Sione", "", "Fa'alogo", "M", "en", None, "adult"),
    ("Amélie", "", "Dubois", "F", "en", None, "adult"),
    ("Jürgen", "", "Schäfer", "M", "en", None, "adult"),
    ("Hodan", "", "Warsame", "F", "en", None, "adult"),
    ("Pa Nhia", "", "Vang", "F", "en", None, "adult"),
    ("Keoni", "", "Kahananui", "M", "en", None, "adult"),
    ("João", "", "Conceição", "M", "en", None, "adult"),
    ("Consuelo", "", "Ramírez Vda. de Soto", "F", "es", ("Yolanda Soto Ramírez", "hija"), "old"),
    ("Francisco", "X", "Quintero", "M", "es", None, "adult"),
    ("Brianna", "", "Lee-Washington", "F", "en", None, "adult"),
    ("DeShawn", "", "Jackson", "M", "en", None, "adult"),
    ("Tyler", "", "Nguyen-Howard", "M", "en", ("Kimberly Nguyen-Howard", "mother"), "minor"),
    ("Sofía", "", "Castañeda", "F", "es", ("Alejandra Castañeda", "madre"), "minor"),
    ("Mateo", "", "Herrera", "M", "es", ("Luis Herrera", "padre"), "minor"),
    ("Anh", "", "Le", "F", "en", None, "adult"),
    ("Ruth", "", "Goldberg", "F", "en", ("Sam Goldberg", "son"), "old"),
    ("Imani", "", "St. Clair", "F", "en", None, "adult"),
    ("Aigerim", "", "Bekova", "F", "en", None, "adult"),
]

PAYERS = [
    ("AETNA", "60054", "AETNA"),
    ("BCBSAZ", "53589", "BLUE CROSS BLUE SHIELD OF ARIZONA"),
    ("UHC", "87726", "UNITEDHEALTHCARE"),
    ("AHCCCS", "AZMCD", "AHCCCS"),
    ("MEDICARE", "CMSMB", "MEDICARE PART B"),
    ("CIGNA", "62308", "CIGNA"),
    ("HUMANA", "61101", "HUMANA MEDICARE ADVANTAGE"),
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
                 "cox.net", "aol.com", "live.com"]
AREA = ["602", "480", "623", "520", "928"]


def fmt_phone(digits, style):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "plain": digits,
        "e164": "+1" + digits,
        "dot": "%s.%s.%s" % (a, b, c),
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


def rphone():
    return rng.choice(AREA) + str(rng.randrange(2, 10)) + "%02d" % rng.randrange(100) + "%04d" % rng.randrange(10000)


def make_person(src):
    first, mid, last, sex, lang, contact, kind = src
    if kind == "old":
        dob = dt.date(rng.randrange(1927, 1934), rng.randrange(1, 13), rng.randrange(1, 29))
    elif kind == "minor":
        dob = dt.date(rng.randrange(2011, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
    else:
        dob = dt.date(rng.randrange(1941, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    ref = dt.date(2024, 5, 15)
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    city = "Sun City" if kind == "old" and rng.random() < 0.6 else rng.choice(list(CITIES))
    zips, lat0, lng0 = CITIES[city]
    street = "%d %s" % (rng.randrange(100, 9999), rng.choice(STREETS))
    unit = rng.choice(UNITS)
    payer = rng.choice(PAYERS[4:5] + PAYERS[6:7]) if kind == "old" else (
        PAYERS[3] if (lang == "es" and rng.random() < 0.6) else rng.choice(PAYERS[:4] + PAYERS[5:6]))
    code = payer[0]
    if code == "AETNA":
        member = "W" + "".join(str(rng.randrange(10)) for _ in range(9))
    elif code == "BCBSAZ":
        member = "XZH" + "".join(str(rng.randrange(10)) for _ in range(9))
    elif code == "UHC":
        member = "".join(str(rng.randrange(10)) for _ in range(9))
    elif code == "AHCCCS":
        member = "A" + "".join(str(rng.randrange(10)) for _ in range(8))
    elif code == "MEDICARE":
        member = mbi()
    elif code == "CIGNA":
        member = "U" + "".join(str(rng.randrange(10)) for _ in range(8)) + "01"
    else:
        member = "H" + "".join(str(rng.randrange(10)) for _ in range(8))
    fl = fold(first.split()[0]).lower().replace("-", "")
    ll = fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    pattern = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}", "{f}_{l}", "{f}{n}"])
    email = pattern.format(f=fl, l=ll[:12], fi=fl[0], n=rng.randrange(1, 99)) + "@" + rng.choice(EMAIL_DOMAINS)
    p = dict(first=first, mid=mid, last=last, sex=sex, lang=lang, kind=kind, dob=dob, age=age,
             street=street, unit=unit, city=city, state="AZ", zip=rng.choice(zips),
             zip4="%04d" % rng.randrange(1, 10000),
             lat=round(lat0 + rng.uniform(-0.06, 0.06), 6), lng=round(lng0 + rng.uniform(-0.07, 0.07), 6),
             phone=rphone(), email=email, pid=cuid(), mrn="%08d" % rng.randrange(10 ** 6, 10 ** 8),
             acct="%010d" % rng.randrange(10 ** 8, 10 ** 10), visit="V" + "%09d" % rng.randrange(10 ** 8, 10 ** 9),
             payer=payer, member=member, group="%06d" % rng.randrange(10 ** 5, 10 ** 6),
             ssn=ssn(), cus="cus_" + rs(ALNUM, 14),
             card=luhn_complete(rng.choice(["4", "51", "53", "55"]), 16),
             dl=rng.choice("ABDY") + "%08d" % rng.randrange(10 ** 7, 10 ** 8),
             username=(fl[:6] + ll[:5] + str(dob.year % 100)),
             plate=rs("ABCDEFGHJKLMNPRSTVWXYZ", 3) + "%04d" % rng.randrange(10000),
             contact=None)
    if contact:
        p["contact"] = dict(name=contact[0], rel=contact[1], phone=rphone())
        cl = fold(contact[0].split()[-1]).lower().replace("-", "")
        p["contact"]["email"] = fold(contact[0].split()[0 if not contact[0].startswith("Rev") else 1]).lower() + "." + cl + "@" + rng.choice(EMAIL_DOMAINS)
    return p


PEOPLE = [make_person(s) for s in SRC]


OLD = [p for p in PEOPLE if p["kind"] == "old"]


def person():
    # elderly homebound patients are a large share of at-home draws
    return rng.choice(OLD) if rng.random() < 0.15 else rng.choice(PEOPLE)


def pname(p, style):
    f, m, l = p["first"], p["mid"], p["last"]
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "fml":
        return ("%s %s %s" % (f, m, l)) if m else "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "LFM":
        s = "%s, %s" % (fold(l).upper(), fold(f).upper())
        return s + (" " + m[0].upper() if m else "")
    if style == "FL_UP":
        return ("%s %s" % (f, l)).upper()
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "il":
        return "%s. %s" % (f[0], l)
    if style == "first":
        return f.split()[0]
    if style == "ascii":
        return fold("%s %s" % (f, l))
    raise ValueError(style)


def ptsname(p):
    return rng.choice(["fl", "fml", "lf", "LFM", "FL_UP", "lower", "il", "ascii"])


def xpn(p):
    s = "%s^%s" % (fold(p["last"]).upper(), fold(p["first"]).upper())
    if p["mid"]:
        s += "^" + p["mid"][0].upper()
    return s


def appt_dt(days_lo=0, days_hi=6):
    d = NOW.date() + dt.timedelta(days=rng.randrange(days_lo, days_hi + 1))
    h = rng.choice([6, 7, 7, 8, 8, 9, 10, 11, 13, 14, 15])
    mi = rng.choice([0, 0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, mi)


PHLEBS = [("PHL-0142", "Rosa Delgado"), ("PHL-0177", "Marcus Bell"), ("PHL-0203", "Tuyet Pham"),
          ("PHL-0119", "Gabriel Ochoa"), ("PHL-0231", "Hannah Brandt"), ("PHL-0156", "Kwame Mensah")]
COURIERS = [("CR-2231", "Desmond Price"), ("CR-2240", "Lucía Navarro"), ("CR-2256", "Brent Kowalski")]
AGENTS = ["Daniela", "Kevin", "Sam R.", "Valeria", "Tomás"]
DOCS = [("1487656321", "KAPOOR", "ANIL", "Anil Kapoor, MD"),
        ("1093847562", "OKAFOR", "GRACE", "Grace Okafor, DO"),
        ("1356728490", "LINDQVIST", "ERIK", "Erik Lindqvist, MD"),
        ("1619283746", "MORALES", "ISABEL", "Isabel Morales, NP")]
TESTS = [("80053", "COMPREHENSIVE METABOLIC PANEL", "CMP"), ("83036", "HEMOGLOBIN A1C", "A1C"),
         ("85025", "CBC W AUTO DIFF", "CBC"), ("80061", "LIPID PANEL", "LIPID"),
         ("84443", "TSH", "TSH"), ("82306", "VITAMIN D 25-OH", "VITD"),
         ("85610", "PROTHROMBIN TIME/INR", "PTINR"), ("84153", "PSA TOTAL", "PSA")]
TUBES = ["LAV 4mL", "SST 5mL", "LT BLUE 2.7mL", "GRAY 4mL", "GOLD SST 3.5mL", "PST 4.5mL"]
ZONES = ["PHX-EAST", "PHX-WEST", "PHX-CENTRAL", "TUC-01", "SCOTTSDALE", "WEST-VALLEY"]
PODS = {}


def pod(app):
    if app not in PODS:
        PODS[app] = "%s-%s-%s" % (app, rs(B36[:16] + "bcdfghjklmnpqrstvwxz", 10)[:10], rs("bcdfghjklmnpqrstvwxz2456789", 5))
    return PODS[app]


def accession():
    return "A%s%05d" % (NOW.strftime("%y%m%d"), rng.randrange(100000))


def booking_id():
    return "bk_" + rs(ALNUM_UP, 8)


def order_no():
    return "DW-ORD-%06d" % rng.randrange(100000, 999999)


def public_ip():
    first = rng.choice([68, 70, 72, 97, 98, 107, 172, 174, 184, 24, 66, 71])
    if first == 172:
        first = 174
    return "%d.%d.%d.%d" % (first, rng.randrange(1, 255), rng.randrange(0, 255), rng.randrange(1, 255))


def pod_ip():
    return "10.42.%d.%d" % (rng.randrange(0, 8), rng.randrange(2, 250))


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]

# ============================================================================= PHI blocks


def new(family):
    return Line(family)


def pino_base(L, level, app="booking-web"):
    jput(L, {"level": level, "time": ts_epoch_ms(), "pid": 27, "hostname": pod(app)})
    # strip the closing brace to extend the object
    L.buf[-1] = L.buf[-1][:-1]
    L.n -= 1
    return L


def pino_more(L, obj):
    for k, v in obj.items():
        L.t("," + json.dumps(k) + ":")
        jput(L, v)
    L.t("}")
    return L


def blk_booking_api():
    out = []
    p = person()
    tick()
    bk = booking_id()
    a = appt_dt(1, 7)
    L = pino_base(new("pino_json"), 30)
    addr = {"line1": P(p["street"], "address")}
    if p["unit"]:
        addr["line2"] = P(p["unit"], "address")
    addr.update({"city": P(p["city"], "address"), "state": "AZ", "postalCode": P(p["zip"], "zip")})
    pat = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
           "dateOfBirth": P(fdate(p["dob"], rng.choice(["iso", "isoz"])), "date"),
           "phone": P(fmt_phone(p["phone"], "e164"), "phone"), "email": P(p["email"], "email")}
    if p["age"] > 89:
        pat["age"] = P(p["age"], "age")
    else:
        pat["age"] = p["age"]
    pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/bookings",
                  "bookingId": bk, "patientId": P(p["pid"], "mrn"), "patient": pat, "address": addr,
                  "slot": {"start": P(a.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"), "zone": rng.choice(ZONES)},
                  "tests": [t[2] for t in rng.sample(TESTS, rng.randrange(1, 4))],
                  "fasting": rng.random() < 0.4, "msg": "booking created"})
    out.append(L)
    if rng.random() < 0.7:
        tick(0.01, 0.3)
        L = new("prisma_log")
        L.t('prisma:query INSERT INTO "public"."Booking" ("id","patientId","slotStart","zoneId","status","createdAt","updatedAt") VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING "public"."Booking"."id"')
        out.append(L)
        tick(0.01, 0.2)
        L = new("prisma_log")
        L.t("prisma:query params=").t("[")
        L.t('"' + bk + '","').p(p["pid"], "mrn").t('","').p((a + UTC_OFF).strftime("%Y-%m-%d %H:%M:%S.000 UTC"), "date")
        L.t('","' + rng.choice(ZONES) + '","PENDING_PAYMENT","' + (NOW + UTC_OFF).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + ' UTC","' + (NOW + UTC_OFF).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + ' UTC"] duration=%dms' % rng.randrange(2, 19))
        out.append(L)
    if rng.random() < 0.6:
        tick(0.05, 1.0)
        L = new("nginx_ingress")
        L.p(public_ip(), "ip").t(' - - [%s] "POST /api/bookings HTTP/2.0" 201 %d "https://book.drawwell.health/schedule/confirm" "%s" %d %.3f [prod-booking-web-3000] [] %s:3000 %d %.3f 201 %s' % (
            ts_nginx(), rng.randrange(400, 900), rng.choice(UA), rng.randrange(600, 1900), rng.uniform(0.08, 0.6), pod_ip(), rng.randrange(400, 900), rng.uniform(0.08, 0.6), rs(HEX, 32)))
        out.append(L)
    return out


def blk_pino_misc():
    p = person()
    tick()
    L = pino_base(new("pino_json"), rng.choice([30, 40]))
    v = rng.randrange(8)
    if v == 7:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/bookings/[id]/photo-id", "bookingId": booking_id(),
                      "upload": {"key": "id-uploads/%s.jpg" % uuid4(), "bytes": rng.randrange(200000, 3000000), "mime": "image/jpeg"},
                      "faceThumb": JS("data:image/jpeg;base64,", P(b64img("jpeg", 75), "photo")), "msg": "photo id uploaded"})
    elif v == 0:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "GET /api/patients/lookup",
                      "query": {"phone": P(fmt_phone(p["phone"], rng.choice(["plain", "dash", "paren"])), "phone")},
                      "matches": 1, "msg": "guest lookup by phone"})
    elif v == 1:
        bad = fdate(p["dob"], rng.choice(["us", "us_short", "eu", "long", "dash_us", "hl7"]))
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/bookings",
                      "err": {"type": "ZodError", "issues": [{"code": "invalid_date", "path": ["patient", "dateOfBirth"],
                                                              "message": "Invalid date", "received": P(bad, "date")}]},
                      "msg": "request validation failed"})
    elif v == 2:
        a1, a2 = appt_dt(1, 5), appt_dt(2, 9)
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "PATCH /api/bookings/[id]", "bookingId": booking_id(),
                      "patientId": P(p["pid"], "mrn"),
                      "change": {"from": P(a1.strftime("%Y-%m-%dT%H:%M:00.000Z"), "date"), "to": P(a2.strftime("%Y-%m-%dT%H:%M:00.000Z"), "date")},
                      "actor": "patient", "msg": "appointment rescheduled"})
    elif v == 3:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/eligibility",
                      "payerId": p["payer"][1], "memberId": P(p["member"], "health_plan"),
                      "patientId": P(p["pid"], "mrn"), "dd": {"trace_id": trace_id(), "span_id": trace_id()},
                      "msg": "eligibility check enqueued"})
    elif v == 4:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/auth/magic-link",
                      "headers": {"x-forwarded-for": P(public_ip(), "ip"), "user-agent": rng.choice(UA)},
                      "email": P(p["email"], "email"), "msg": "magic link sent"})
    elif v == 5:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/portal/login",
                      "username": P(p["username"], "other_id"), "ok": False, "reason": "bad_password",
                      "attempt": rng.randrange(2, 5), "msg": "login failed"})
    else:
        pino_more(L, {"reqId": "req-" + rs(B36, 6), "route": "POST /api/bookings/[id]/notes",
                      "bookingId": booking_id(),
                      "note": JS("Gate code 4471, park behind ", P(p["plate"], "vehicle"),
                                 " in driveway. Pt is hard stick, prefers left arm."),
                      "msg": "access note saved"})
    return [L]


def blk_prisma_error():
    p = person()
    out = []
    tick()
    file = rng.choice(["/app/.next/server/pages/api/bookings.js:1:4821", "/app/.next/server/app/api/patients/route.js:1:2210"])
    bad_dob = fdate(p["dob"], rng.choice(["us", "us_short", "dash_us"]))
    raw = [
        [("PrismaClientValidationError: ", None)],
        [("Invalid `prisma.patient.create()` invocation in", None)],
        [(file, None)],
        [("  → 1 prisma.patient.create({", None)],
        [("        data: {", None)],
        [('          firstName: "', None), (p["first"], "name"), ('",', None)],
        [('          lastName: "', None), (p["last"], "name"), ('",', None)],
        [('          dateOfBirth: "', None), (bad_dob, "date"), ('",', None)],
        [("                       ~" + "~" * (len(bad_dob) + 1), None)],
        [('          phone: "', None), (fmt_phone(p["phone"], "e164"), "phone"), ('",', None)],
        [('          email: "', None), (p["email"], "email"), ('"', None)],
        [("        }", None)],
        [("      })", None)],
        [("Invalid value for argument `dateOfBirth`: premature end of input. Expected ISO-8601 DateTime.", None)],
    ]
    for parts in raw:
        L = new("prisma_log")
        for s, c in parts:
            L.p(s, c) if c else L.t(s)
        out.append(L)
        tick(0.0, 0.001)
    return out


def blk_pg_dup():
    p = person()
    tick()
    pidn = rng.randrange(3000, 9000)
    ts = NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms3(NOW) + " MST"
    L1 = new("postgres_log").t('%s [%d] drawwell@drawwell ERROR:  duplicate key value violates unique constraint "Patient_email_key"' % (ts, pidn))
    L2 = new("postgres_log").t("%s [%d] drawwell@drawwell DETAIL:  Key (email)=(" % (ts, pidn)).p(p["email"], "email").t(") already exists.")
    L3 = new("postgres_log").t('%s [%d] drawwell@drawwell STATEMENT:  INSERT INTO "public"."Patient" ("id","firstName","lastName","email","phone","dateOfBirth") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "public"."Patient"."id"' % (ts, pidn))
    return [L1, L2, L3]


def blk_route():
    out = []
    zone = rng.choice(ZONES)
    day = (NOW.date() + dt.timedelta(days=1))
    job = "rt-%s-%s" % (day.strftime("%Y%m%d"), zone.lower())
    for _ in range(rng.randrange(1, 4)):
        p = person()
        tick(0.05, 4)
        a = dt.datetime(day.year, day.month, day.day, rng.choice([6, 7, 8, 9, 10, 13]), rng.choice([0, 30]))
        v = rng.randrange(4)
        L = new("python_logging")
        if v == 0:
            L.t("%s WARNING route_opt.geocode [job=%s] low-confidence geocode for stop %s: '" % (ts_py(), job, booking_id()))
            L.p(p["street"] + ((" " + p["unit"]) if p["unit"] else ""), "address").t(", ").p(p["city"], "address").t(", AZ ").p(p["zip"], "zip")
            L.t("' -> (").p("%.5f" % p["lat"], "address").t(", ").p("%.5f" % p["lng"], "address").t(") score=%.2f source=mapbox" % rng.uniform(0.41, 0.74))
        elif v == 1:
            L.t("%s DEBUG route_opt.model [job=%s] stop=%s tw=[" % (ts_py(), job, booking_id()))
            L.p(a.strftime("%Y-%m-%dT%H:%M:%S-07:00"), "date").t(", ").p((a + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S-07:00"), "date")
            L.t("] service=%ds lat=" % rng.choice([600, 900, 1200])).p("%.6f" % p["lat"], "address").t(" lon=").p("%.6f" % p["lng"], "address").t(" skills=['%s']" % rng.choice(["peds", "butterfly", "standard", "spanish"]))
        elif v == 2:
            L.t("%s ERROR route_opt.solver [job=%s] stop %s infeasible: window 05:30-06:00 precedes shift start; patient=" % (ts_py(), job, booking_id()))
            L.p(pname(p, rng.choice(["fl", "lf"])), "name").t(" notes='fasting, ")
            if p["age"] > 89:
                L.p(str(p["age"]), "age").t("yo, wheelchair, ring bell twice'")
            else:
                L.t("%dyo, dog in yard'" % p["age"])
        else:
            L.t("%s INFO route_opt.assign [job=%s] %s -> vehicle %s seq=%d eta=%s addr=\"" % (ts_py(), job, booking_id(), rng.choice(PHLEBS)[0], rng.randrange(1, 12), (a + dt.timedelta(minutes=rng.randrange(0, 90))).strftime("%H:%M")))
            L.p(fold(p["street"]).upper(), "address").t(" ").p(fold(p["city"]).upper(), "address").t(" AZ ").p(p["zip"] + "-" + p["zip4"], "zip").t('"')
        out.append(L)
    return out


def blk_manifest():
    out = []
    tech = rng.choice(PHLEBS)
    tick()
    L = new("python_logging").t("%s INFO route_opt.export wrote manifest s3://dw-prod-routes/%s/%s.csv rows=%d" % (
        ts_py(), (NOW.date() + dt.timedelta(days=1)).isoformat(), tech[0], rng.randrange(3, 11)))
    out.append(L)
    hdr = rng.random() < 0.6
    if hdr:
        out.append(new("csv_manifest").t("seq,eta,booking_id,patient_name,dob,address,city,zip,phone,tests,fasting,notes"))
    day = NOW.date() + dt.timedelta(days=1)
    for i in range(rng.randrange(2, 5)):
        p = person()
        L = new("csv_manifest")
        eta = "%02d:%02d" % (rng.randrange(6, 12), rng.choice([0, 15, 30, 45]))
        L.t("%d,%s,%s," % (i + 1, eta, booking_id()))
        L.t('"').p(pname(p, "lf"), "name").t('",')
        L.p(fdate(p["dob"], "us"), "date").t(",")
        st = p["street"] + ((" " + p["unit"]) if p["unit"] else "")
        L.t('"').p(st, "address").t('",').p(p["city"], "address").t(",").p(p["zip"], "zip").t(",")
        L.p(fmt_phone(p["phone"], rng.choice(["dash", "plain", "paren"])), "phone").t(",")
        L.t(";".join(t[2] for t in rng.sample(TESTS, rng.randrange(1, 3))) + ",")
        L.t(rng.choice(["Y", "N"]) + ",")
        note = rng.choice(["", "call on arrival", "2nd floor no elevator", "gate code 4471#", "bring butterfly 23g"])
        if p["age"] > 89 and rng.random() < 0.7:
            L.t('"').p(str(p["age"]), "age").t(' y/o, family present"')
        else:
            L.t(('"%s"' % note) if " " in note else note)
        out.append(L)
    return out


def blk_dispatch_pipe():
    out = []
    tech = rng.choice(PHLEBS)
    for i in range(rng.randrange(1, 3)):
        p = person()
        tick(0.1, 5)
        a = appt_dt(0, 1)
        L = new("pipe_dispatch")
        L.t("DISP|%s|%s|%02d|%s|" % (a.strftime("%m%d"), tech[0], i + 1, a.strftime("%H%M")))
        L.p(fold(p["last"]).upper() + "," + fold(p["first"]).upper(), "name").t("|")
        L.p(fold(p["street"]).upper(), "address").t("|").p(fold(p["unit"]).upper(), "address" if p["unit"] else None).t("|")
        L.p(fold(p["city"]).upper(), "address").t("|AZ|").p(p["zip"], "zip").t("|")
        L.p(p["phone"], "phone").t("|").p(fdate(p["dob"], "hl7"), "date").t("|")
        L.t("+".join(t[0] for t in rng.sample(TESTS, rng.randrange(1, 3))) + "|" + rng.choice(["F", "N"]))
        out.append(L)
    return out


def blk_android_visit():
    out = []
    p = person()
    tech = rng.choice(PHLEBS)
    pid_ = rng.randrange(9000, 32000)
    th = pid_ + rng.randrange(1, 80)
    vis = "vis_" + rs(ALNUM, 12)

    def lc(level, tag, thread=None):
        tick(0.2, 25)
        return new("logcat").t("%s %5d %5d %s %s: " % (ts_logcat(), pid_, thread or th, level, tag))

    L = lc("I", "DW/Visit")
    L.t("start visitId=%s bookingId=%s tech=%s (%s) app=4.18.2(41802)" % (vis, booking_id(), tech[0], tech[1]))
    out.append(L)
    L = lc("I", "DW/CheckIn")
    L.t("arrived visitId=%s lat=" % vis).p("%.6f" % (p["lat"] + rng.uniform(-0.0002, 0.0002)), "address").t(" lng=").p("%.6f" % (p["lng"] + rng.uniform(-0.0002, 0.0002)), "address")
    L.t(" acc=%.1fm distToStop=%dm provider=fused" % (rng.uniform(3, 18), rng.randrange(4, 60)))
    out.append(L)
    v = rng.choice([0, 1, 1, 2])
    L = lc("I", "DW/Identity")
    if v == 0:
        L.t("patient verified method=DOB entered=").p(fdate(p["dob"], "us"), "date").t(" match=true name=\"").p(pname(p, "fl"), "name").t("\"")
    elif v == 1:
        L.t("id check type=DL state=AZ number=").p(p["dl"], "license").t(" exp=2029-0%d-1%d nameMatch=true" % (rng.randrange(1, 9), rng.randrange(0, 9)))
    else:
        L.t("id check thumb captured bytes=%d b64=" % rng.randrange(9000, 20000)).p(b64img("jpeg", 90), "photo")
    out.append(L)
    for _ in range(rng.randrange(1, 4)):
        L = lc("D", "DW/Scanner", pid_)
        L.t("MLKit barcode format=CODE_128 raw=%s tube=%s linked=true" % (accession(), rng.choice(TUBES)))
        out.append(L)
    if rng.random() < 0.5:
        L = lc("W", "DW/Scanner", pid_)
        L.t("label mismatch: tube label name '").p(pname(p, "LFM"), "name").t("' vs requisition '").p(fold(p["last"]).upper(), "name").t("' -> manual confirm required")
        out.append(L)
    L = lc("I", "DW/Requisition")
    L.t("photo captured uri=content://com.drawwell.tech.fileprovider/req/%s_%d.jpg size=%d w=3024 h=4032" % (vis, rng.randrange(1, 3), rng.randrange(900000, 3000000)))
    out.append(L)
    if rng.random() < 0.5:
        L = lc("I", "DW/Consent")
        L.t("signature captured strokes=%d png=data:image/png;base64," % rng.randrange(4, 30)).p(b64img("png", 60), "biometric")
        out.append(L)
    if rng.random() < 0.55:
        L = lc("I", "DW/Notes")
        L.t("note saved visitId=%s text=\"" % vis)
        w = rng.randrange(4)
        if w == 3:
            L.t("Do not block driveway - pt's van ").p(p["plate"], "vehicle").t(" (AZ) must leave for dialysis by 10:30\"")
        elif w == 0:
            L.t("Pt wears Dexcom G7 on L arm, SN ").p("%s%s" % (rng.choice(["PG", "DX"]), "".join(str(rng.randrange(10)) for _ in range(8))), "device").t(", drew from R AC\"")
        elif w == 1:
            L.t("2 attempts, hematoma L AC, pt ").p(str(p["age"]) if p["age"] > 89 else "", "age" if p["age"] > 89 else None).t(" y/o very frail\"" if p["age"] > 89 else "tolerated well\"")
        else:
            L.t("Emergency contact on site: ").p(p["contact"]["name"] if p["contact"] else "Mark " + fold(p["last"]), "name").t(" ").p(fmt_phone(p["contact"]["phone"] if p["contact"] else rphone(), "paren"), "phone").t("\"")
        out.append(L)
    L = lc("I", "DW/Visit")
    L.t("complete visitId=%s tubes=%d durationSec=%d sync=queued" % (vis, rng.randrange(1, 5), rng.randrange(300, 1500)))
    out.append(L)
    return out


def blk_ocr():
    p = person()
    tick()
    doc = rng.choice(DOCS)
    L = new("ocr_json")
    dobs = fdate(p["dob"], rng.choice(["us", "us_short", "dmon"]))
    nm = pname(p, "LFM")
    t = rng.sample(TESTS, 2)
    ins_line = P(p["member"], "health_plan")
    raw = JS("MERIDIAN CLINICAL LABS - TEST REQUISITION\nPatient: ", P(nm, "name"), "\nDOB: ", P(dobs, "date"),
             " Age: ", P(str(p["age"]), "age" if p["age"] > 89 else None), " Sex: " + p["sex"] + "\nAddress: ", P(fold(p["street"]).upper(), "address"), " ", P(fold(p["city"]).upper(), "address"),
             " AZ ", P(p["zip"], "zip"), "\nPhone: ", P(fmt_phone(p["phone"], "paren"), "phone"),
             "\nIns: " + p["payer"][2] + " ID# ", ins_line, " GRP " + p["group"],
             *(("\nNotes: insulin pump Medtronic 780G SN ", P("NG%07dH" % rng.randrange(10 ** 7), "device"), " - do not draw from L arm")
               if rng.random() < 0.3 else ()),
             "\nOrdering: " + doc[3] + " NPI " + doc[0] + "\nTests: " + t[0][1] + " (" + t[0][0] + "), " + t[1][1] + " (" + t[1][0] + ")\nDx: E11.9, Z79.4\nFax results: (602) 555-0187")
    fields = {"patient_name": {"value": P(nm, "name"), "conf": round(rng.uniform(0.8, 0.99), 2)},
              "dob": {"value": P(dobs, "date"), "conf": round(rng.uniform(0.7, 0.99), 2)},
              "member_id": {"value": P(p["member"], "health_plan"), "conf": round(rng.uniform(0.6, 0.99), 2)},
              "npi": {"value": doc[0], "conf": 0.99},
              "icd10": ["E11.9", "Z79.4"], "cpt": [t[0][0], t[1][0]]}
    if rng.random() < 0.5:
        fields["ssn"] = {"value": P(p["ssn"].replace("-", "") if rng.random() < 0.5 else p["ssn"], "ssn"), "conf": 0.88}
    jput(L, {"ts": ts_iso_z(), "svc": "req-ocr", "requisitionId": "rq_" + rs(ALNUM, 10), "engine": rng.choice(["textract", "docai"]),
             "pages": 1, "meanConf": round(rng.uniform(0.72, 0.96), 3), "fields": fields, "raw_text": raw})
    return [L]


def hl7_line(L, fields):
    L.seq("|", fields)
    return L


def pid_seg(L, p, with_ssn=None):
    if with_ssn is None:
        with_ssn = rng.random() < 0.5
    addr_items = [P(fold(p["street"]).upper(), "address"), P(fold(p["unit"]).upper(), "address" if p["unit"] else None),
                  P(fold(p["city"]).upper(), "address"), "AZ", P(p["zip"], "zip"), "USA"]
    fields = ["PID", "1", "", Seq("^", [P(p["mrn"], "mrn"), "", "", "MCL", "MR"]), "",
              P(xpn(p), "name"), "", P(fdate(p["dob"], "hl7"), "date"), p["sex"], "", "",
              Seq("^", addr_items), "", P(fmt_phone(p["phone"], "paren"), "phone"), "", "", "", "",
              Seq("^", [P(p["acct"], "account"), "", "", "DW", "AN"]), P(p["ssn"], "ssn") if with_ssn else ""]
    return hl7_line(L, fields)


def blk_hl7_orm():
    out = []
    p = person()
    tick()
    ctl = "DW" + ts_hl7() + "%03d" % rng.randrange(1000)
    coll = appt_dt(0, 3)
    ordn = order_no()
    doc = rng.choice(DOCS)
    out.append(new("hl7v2").t("MSH|^~\\&|DRAWWELL|DWMOBILE|MERIDIAN_LIS|MCL-PHX|%s||ORM^O01|%s|P|2.5.1" % (ts_hl7(), ctl)))
    out.append(pid_seg(new("hl7v2"), p))
    L = new("hl7v2")
    hl7_line(L, ["PV1", "1", "O", "MOBILE^^^DW", "", "", "", "%s^%s^%s" % doc[:3], "", "", "", "", "", "", "", "", "", "", "", P(p["visit"], "other_id")])
    out.append(L)
    if rng.random() < 0.7:
        L = new("hl7v2")
        subscriber_self = p["contact"] is None or p["kind"] != "minor"
        ins = ["IN1", "1", p["payer"][0], p["payer"][1], p["payer"][2], "", "", "", p["group"], "", "", "", "", "", "", ""]
        if subscriber_self:
            ins += [P(xpn(p), "name"), "01", P(fdate(p["dob"], "hl7"), "date")]
        else:
            g = p["contact"]["name"].split()
            ins += [P("%s^%s" % (fold(g[-1]).upper(), fold(g[0]).upper()), "name"), "03", ""]
        ins += [""] * 17 + [P(p["member"], "health_plan")]
        hl7_line(L, ins)
        out.append(L)
    out.append(new("hl7v2").t("ORC|NW|%s^DRAWWELL||G%05d||||||%s|||%s^%s^%s^^^^MD" % (ordn, rng.randrange(99999), ts_hl7(), doc[0], doc[1], doc[2])))
    for i, t in enumerate(rng.sample(TESTS, rng.randrange(1, 3))):
        L = new("hl7v2")
        hl7_line(L, ["OBR", str(i + 1), ordn + "^DRAWWELL", "", "%s^%s^C4" % (t[0], t[1]), "", "", P(coll.strftime("%Y%m%d%H%M"), "date"), "", "", "", "", "", "", "", "", "%s^%s^%s" % doc[:3]])
        out.append(L)
    if rng.random() < 0.4:
        out.append(new("hl7v2").t("DG1|1||E11.9^Type 2 diabetes mellitus without complications^I10"))
    return out


RESULTS = [("2345-7", "Glucose", "mg/dL", "70-99", (72, 180)), ("2160-0", "Creatinine", "mg/dL", "0.57-1.00", (0.6, 1.8)),
           ("4548-4", "Hemoglobin A1c", "%", "4.8-5.6", (4.9, 9.4)), ("3016-3", "TSH", "uIU/mL", "0.450-4.500", (0.3, 6.2)),
           ("718-7", "Hemoglobin", "g/dL", "11.1-15.9", (9.2, 16.1)), ("2823-3", "Potassium", "mmol/L", "3.5-5.2", (3.2, 5.9))]


def blk_hl7_oru():
    out = []
    p = person()
    tick()
    ctl = "MCL" + rs("0123456789", 12)
    coll = NOW - dt.timedelta(hours=rng.randrange(3, 30), minutes=rng.randrange(60))
    acc = accession()
    doc = rng.choice(DOCS)
    out.append(new("hl7v2").t("MSH|^~\\&|MERIDIAN_LIS|MCL-PHX|DRAWWELL|DWMOBILE|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(), ctl)))
    out.append(pid_seg(new("hl7v2"), p, with_ssn=False))
    out.append(new("hl7v2").t("ORC|RE|%s^DRAWWELL|%s^MCL||CM" % (order_no(), acc)))
    L = new("hl7v2")
    t = rng.choice(TESTS)
    hl7_line(L, ["OBR", "1", order_no() + "^DRAWWELL", acc + "^MCL", "%s^%s^C4" % (t[0], t[1]), "", "", P(coll.strftime("%Y%m%d%H%M%S"), "date"), "", "", "", "", "", "", "", "", "%s^%s^%s" % doc[:3], "", "", "", "", "", ts_hl7(), "", "CH", "F"])
    out.append(L)
    for i, r in enumerate(rng.sample(RESULTS, rng.randrange(2, 4))):
        L = new("hl7v2")
        lo, hi = r[4]
        val = ("%.1f" % rng.uniform(lo, hi)) if hi < 50 else str(int(rng.uniform(lo, hi)))
        rlo, rhi = (float(x) for x in r[3].split("-"))
        flag = "H" if float(val) > rhi else ("L" if float(val) < rlo else "N")
        f = ["OBX", str(i + 1), "NM", "%s^%s^LN" % (r[0], r[1]), "", val, r[2], r[3], flag, "", "", "F", "", ""]
        if rng.random() < 0.5:
            f.append(P(coll.strftime("%Y%m%d%H%M"), "date"))
        else:
            f.append("")
        f += ["", "", "", "", "MCL-PHX^MERIDIAN CLINICAL LABS PHOENIX"]
        hl7_line(L, f)
        out.append(L)
    if rng.random() < 0.5:
        L = new("hl7v2")
        if rng.random() < 0.5:
            L.t("NTE|1|L|Specimen hemolyzed, potassium may be falsely elevated. Recollection requested; pt reached at ")
            L.p(fmt_phone(p["phone"], "dash"), "phone").t(" on ").p(fdate(NOW.date(), "us"), "date").t(".")
        else:
            L.t("NTE|1|L|Critical value called to and read back by J. HALVORSEN RN at %s." % NOW.strftime("%H%M"))
        out.append(L)
    return out


def blk_mirth():
    out = []
    p = person()
    tick()
    ts = "[" + ts_py() + "]"
    v = rng.randrange(3)
    if v == 0:
        L = new("mirth_log").t(ts + "  ERROR (com.mirth.connect.server.transformers.JavaScriptFilterTransformer:146): ORM_Outbound filter rejected message: PID-7 '")
        bad = p["dob"].strftime("%Y%d%m") if p["dob"].day > 12 else p["dob"].strftime("%Y%m") + "32"
        L.p(bad, "date").t("' is not a valid date for MRN ").p(p["mrn"], "mrn").t(" (").p(xpn(p), "name").t(")")
        out.append(L)
    elif v == 1:
        L = new("mirth_log").t(ts + "  DEBUG (com.mirth.connect.connectors.tcp.TcpReceiver:322): raw=MSH|^~\\&|MERIDIAN_LIS|MCL-PHX|DRAWWELL|DWMOBILE|%s||ACK^O01|ACK%s|P|2.5.1\\rMSA|AE|DW%s|Patient " % (
            ts_hl7(), rs("0123456789", 10), rs("0123456789", 17)))
        L.p(xpn(p).replace("^", " "), "name").t(" DOB ").p(fdate(p["dob"], "hl7"), "date").t(" not found; account ").p(p["acct"], "account").t(" unknown\\r")
        out.append(L)
    else:
        L = new("mirth_log").t(ts + "  INFO  (com.mirth.connect.server.channel.ChannelMessageLogger:88): [ORU_Inbound] msgId=%d MRN=" % rng.randrange(100000, 999999))
        L.p(p["mrn"], "mrn").t(" patient=").p(pname(p, "LFM"), "name").t(" routed to results-api status=SENT")
        out.append(L)
    return out


def blk_hl7_oneline():
    p = person()
    tick()
    L = new("mirth_log").t("[" + ts_py() + "]  DEBUG (com.mirth.connect.donkey.server.channel.Channel:1502): [ORM_Outbound] encoded=")
    L.t("MSH|^~\\&|DRAWWELL|DWMOBILE|MERIDIAN_LIS|MCL-PHX|%s||ORM^O01|DW%s|P|2.5.1\\r" % (ts_hl7(), rs("0123456789", 17)))
    pid_seg(L, p, with_ssn=False)
    L.t("\\rORC|NW|%s^DRAWWELL\\rOBR|1|%s^DRAWWELL||%s^%s^C4|||" % (order_no(), order_no(), TESTS[0][0], TESTS[0][1]))
    L.p(appt_dt(0, 2).strftime("%Y%m%d%H%M"), "date").t("\\r")
    return [L]


def blk_astm():
    out = []
    p = person()
    tick()

    def fr(n, body):
        tick(0.01, 0.2)
        L = new("astm_e1394").t("%s astm-bridge[1] %s <STX>%d" % (ts_iso_z(), rng.choice(["->", "->"]), n))
        return L

    L = fr(1, "")
    L.t("H|\\^&|||DRAWWELL^ASTM-BRIDGE^2.3.0|||||SONORA_LIS||P|1394-97|%s<CR><ETX>%s<CR><LF>" % (ts_hl7(), rs("0123456789ABCDEF", 2)))
    out.append(L)
    L = fr(2, "")
    L.t("P|1||").p(p["mrn"], "mrn").t("||").p(fold(p["last"]).upper() + "^" + fold(p["first"]).upper() + ("^" + p["mid"][0] if p["mid"] else ""), "name")
    L.t("||").p(fdate(p["dob"], "hl7"), "date").t("|%s|||" % p["sex"])
    if rng.random() < 0.5:
        L.p(fmt_phone(p["phone"], "plain"), "phone")
    L.t("|||||||||||<CR><ETX>%s<CR><LF>" % rs("0123456789ABCDEF", 2))
    out.append(L)
    for i, t in enumerate(rng.sample(TESTS, rng.randrange(1, 3))):
        L = fr(3 + i, "")
        L.t("O|%d|%s||^^^%s|R|" % (i + 1, accession(), t[2]))
        L.p(appt_dt(0, 0).strftime("%Y%m%d%H%M%S"), "date").t("|||||N||||SERUM<CR><ETB>%s<CR><LF>" % rs("0123456789ABCDEF", 2))
        out.append(L)
    tick(0.01, 0.2)
    out.append(new("astm_e1394").t("%s astm-bridge[1] -> <STX>%dL|1|N<CR><ETX>%s<CR><LF>" % (ts_iso_z(), len(out) + 1, rs("0123456789ABCDEF", 2))))
    tick(0.01, 0.3)
    out.append(new("astm_e1394").t("%s astm-bridge[1] <- <ACK> session=%s frames=%d elapsed=%dms" % (ts_iso_z(), uuid4(), len(out), rng.randrange(40, 400))))
    return out


def blk_custody():
    out = []
    tick()
    tech = rng.choice(PHLEBS)
    cr = rng.choice(COURIERS)
    bag = "BAG-%s-%s-%02d" % (rng.choice(["PHX", "TUC"]), NOW.strftime("%m%d"), rng.randrange(1, 30))
    specs = []
    for _ in range(rng.randrange(2, 5)):
        p = person()
        s = {"accession": accession(), "tube": rng.choice(TUBES), "pt": P("%s.%s." % (fold(p["first"])[0], fold(p["last"])[0]), "name"),
             "dob": P(fdate(p["dob"], "iso"), "date")}
        specs.append(s)
    L = new("custody_json")
    jput(L, {"ts": ts_iso_z(), "event": "handoff", "bagId": bag,
             "from": {"role": "phlebotomist", "id": tech[0], "name": tech[1]},
             "to": {"role": "courier", "id": cr[0], "name": cr[1]},
             "location": {"type": "meet_point", "name": "Circle K 4421 E Baseline Rd", "lat": 33.3781, "lng": -111.9872},
             "tempC": round(rng.uniform(2.0, 7.5), 1), "seal": "T-%06d" % rng.randrange(10 ** 6), "specimens": specs},
          seps=(", ", ": "))
    out.append(L)
    if rng.random() < 0.5:
        p = person()
        tick(1, 40)
        L = new("custody_json")
        jput(L, {"ts": ts_iso_z(), "event": "discrepancy", "bagId": bag, "severity": "warn",
                 "detail": JS("tube ", accession(), " label reads '", P(fold(p["last"]).upper(), "name"), "' but requisition lists '",
                              P(pname(p, "fl"), "name"), "' DOB ", P(fdate(p["dob"], "us"), "date"), "; held for review"),
                 "reportedBy": cr[0]}, seps=(", ", ": "))
        out.append(L)
    tick(1, 60)
    out.append(new("custody_json").t(json.dumps({"ts": ts_iso_z(), "event": "received", "bagId": bag, "site": "MCL-PHX accessioning",
                                                  "receivedBy": "ACC-07", "tempC": round(rng.uniform(2.0, 7.5), 1), "sealIntact": True,
                                                  "count": len(specs)})))
    return out


SMS_EN = ["Hi {first}, this is DrawWell. Your at-home lab draw is confirmed for {date} between {win}. Reply C to confirm or R to reschedule: https://dw.health/r/{tok}",
          "DrawWell: {first}, your phlebotomist is on the way and should arrive in about 20 min. Please have your photo ID and insurance card ready.",
          "Reminder from DrawWell: please fast 10-12 hrs before your draw on {date}. Water is OK. Msg&data rates may apply. Reply STOP to opt out."]
SMS_ES = ["Hola {first}, su cita de extracción a domicilio con DrawWell está confirmada para el {date} entre {win}. Responda C para confirmar o R para cambiarla: https://dw.health/r/{tok}",
          "DrawWell: {first}, su flebotomista va en camino y llegará en unos 20 minutos. Tenga lista su identificación y tarjeta del seguro.",
          "Recordatorio de DrawWell: ayuno de 10-12 horas antes de su cita del {date}. Puede tomar agua. Responda STOP para cancelar mensajes."]


def sms_body(L, p, a):
    tmpl = rng.choice(SMS_ES if p["lang"] == "es" else SMS_EN)
    dstr = "%d/%d" % (a.month, a.day) if p["lang"] != "es" else "%d/%02d/%d" % (a.day, a.month, a.year)
    win = "%d:%02d-%d:%02d" % (a.hour, a.minute, a.hour + 2, a.minute)
    i = 0
    while i < len(tmpl):
        if tmpl.startswith("{first}", i):
            L.p(pname(p, "first"), "name")
            i += 7
        elif tmpl.startswith("{date}", i):
            L.p(dstr, "date")
            i += 6
        elif tmpl.startswith("{win}", i):
            L.t(win)
            i += 5
        elif tmpl.startswith("{tok}", i):
            L.t(rs(ALNUM, 7))
            i += 5
        else:
            j = tmpl.find("{", i)
            j = len(tmpl) if j < 0 else j
            L.t(tmpl[i:j].replace('"', '\\"'))
            i = j


def blk_sms():
    out = []
    p = person()
    tick()
    a = appt_dt(1, 4)
    to = p["phone"]
    if p["kind"] == "minor" and p["contact"]:
        to = p["contact"]["phone"]
    L = new("bullmq_log").t("[notify-worker] %s INFO twilio.messages.create to=" % ts_iso_z()).p(fmt_phone(to, "e164"), "phone")
    L.t(" from=+14805550100 sid=SM%s status=queued segments=%d body=\"" % (rs(HEX, 32), rng.randrange(1, 3)))
    sms_body(L, p, a)
    L.t('"')
    out.append(L)
    if rng.random() < 0.6:
        tick(1, 30)
        L = new("nginx_ingress").t('3.223.211.%d - - [%s] "POST /api/webhooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" %d 0.012 [prod-booking-web-3000] [] %s:3000 0 0.011 204 %s' % (
            rng.randrange(1, 254), ts_nginx(), rng.randrange(600, 900), pod_ip(), rs(HEX, 32)))
        out.append(L)
        tick(0.01, 0.05)
        L = new("twilio_log").t("twilio status callback: MessageStatus=%s&MessageSid=SM%s&To=" % (rng.choice(["delivered", "delivered", "undelivered", "sent"]), rs(HEX, 32)))
        L.p("%2B1" + to, "phone").t("&From=%2B14805550100&AccountSid=AC" + rs(HEX, 32) + "&ApiVersion=2010-04-01&ErrorCode=" + rng.choice(["", "", "30005", "30003"]))
        out.append(L)
    if rng.random() < 0.3:
        tick(5, 200)
        L = new("twilio_log").t("twilio inbound: From=").p("%2B1" + to, "phone").t("&To=%2B14805550100&Body=")
        L.t(rng.choice(["C", "Si+confirmo", "Running+15+min+late+sorry", "Can+you+come+after+10%3F", "R", "Gracias"]))
        L.t("&NumMedia=0&SmsStatus=received&MessageSid=SM" + rs(HEX, 32))
        out.append(L)
    return out


def blk_notify_fail():
    p = person()
    tick()
    L = new("bullmq_log")
    bad = p["phone"][:-1]
    L.t("[notify-worker] %s WARN job %d (sms:appointment_reminder) attempt %d/5 failed: RestException [Error]: The 'To' number " % (ts_iso_z(), rng.randrange(80000, 99999), rng.randrange(1, 5)))
    L.p("+1" + bad, "phone").t(" is not a valid phone number. code=21211 moreInfo=https://www.twilio.com/docs/errors/21211")
    return [L]


def blk_email():
    out = []
    p = person()
    tick()
    L = new("sendgrid_event")
    evs = []
    cat = rng.choice(["appointment_confirmation", "results_ready", "receipt", "prep_instructions"])
    mid = rs(ALNUM, 22) + ".filterdrecv-" + rs(B36, 10) + "-1-" + rs(HEX, 8) + "-" + str(rng.randrange(1, 40)) + "-0"
    for ev in rng.sample(["processed", "delivered", "open", "bounce"], rng.randrange(1, 3)):
        e = {"email": P(p["email"], "email"), "timestamp": ts_epoch_ms() // 1000, "event": ev, "sg_event_id": rs(ALNUM, 22),
             "sg_message_id": mid, "category": [cat], "booking_id": booking_id()}
        if ev == "bounce":
            e.update({"reason": JS("550 5.1.1 <", P(p["email"], "email"), ">: Recipient address rejected: User unknown"), "status": "5.1.1", "type": "bounce"})
        if ev == "open":
            e.update({"ip": P(public_ip(), "ip"), "useragent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"})
        evs.append(e)
    jput(L, evs)
    out.append(L)
    if rng.random() < 0.4:
        tick(0.01, 0.4)
        L = pino_base(new("pino_json"), 30)
        pino_more(L, {"route": "POST /api/webhooks/sendgrid", "events": len(evs), "msg": "sendgrid events stored"})
        out.append(L)
    return out


def x12_lines(p, kind):
    """Return list of list-of-pieces for a 270 or 271."""
    ctl = "%09d" % rng.randrange(10 ** 8)
    gs = str(rng.randrange(1000, 99999))
    dos = NOW.date() + dt.timedelta(days=rng.randrange(0, 5))
    isa_d, isa_t = NOW.strftime("%y%m%d"), NOW.strftime("%H%M")
    minor = p["kind"] == "minor" and p["contact"]
    segs = []
    if kind == "270":
        snd, rcv = "DRAWWELL       ", "AVAILITY       "
    else:
        snd, rcv = "AVAILITY       ", "DRAWWELL       "
    segs.append(["ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%s*0*P*:" % (snd, rcv, isa_d, isa_t, ctl)])
    segs.append(["GS*HB*" if kind == "271" else "GS*HS*", "%s*%s*%s*%s*%s*X*005010X279A1" % (snd.strip(), rcv.strip(), NOW.strftime("%Y%m%d"), isa_t, gs)])
    segs.append(["ST*%s*0001*005010X279A1" % kind])
    segs.append(["BHT*0022*%s*DW%s*%s*%s" % ("13" if kind == "270" else "11", rs("0123456789", 8), NOW.strftime("%Y%m%d"), isa_t)])
    segs.append(["HL*1**20*1"])
    segs.append(["NM1*PR*2*%s*****PI*%s" % (p["payer"][2], p["payer"][1])])
    segs.append(["HL*2*1*21*1"])
    segs.append(["NM1*1P*2*DRAWWELL MOBILE LABS LLC*****XX*1629384756"])
    segs.append(["HL*3*2*22*%d" % (1 if minor else 0)])
    segs.append(["TRN*%d*%s*9877281234" % (1 if kind == "270" else 2, "93175-" + rs("0123456789", 6))])
    if minor:
        g = p["contact"]["name"].split()
        segs.append(["NM1*IL*1*", P(fold(g[-1]).upper(), "name"), "*", P(fold(g[0]).upper(), "name"), "****MI*", P(p["member"], "health_plan")])
    else:
        seg = ["NM1*IL*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name")]
        if p["mid"]:
            seg += ["*", P(p["mid"][0], "name"), "***MI*"]
        else:
            seg += ["****MI*"]
        seg += [P(p["member"], "health_plan")]
        segs.append(seg)
    if kind == "271" and not minor:
        segs.append(["N3*", P(fold(p["street"]).upper(), "address")])
        segs.append(["N4*", P(fold(p["city"]).upper(), "address"), "*AZ*", P(p["zip"] + p["zip4"], "zip")])
    if kind == "270" and not minor and rng.random() < 0.35:
        segs.append(["REF*SY*", P(p["ssn"].replace("-", ""), "ssn")])
    if not minor:
        segs.append(["DMG*D8*", P(fdate(p["dob"], "hl7"), "date"), "*" + p["sex"]])
    if kind == "271" and rng.random() < 0.3:
        segs.append(["AAA*Y**72*C"])
    if minor:
        segs.append(["HL*4*3*23*0"])
        segs.append(["NM1*03*1*", P(fold(p["last"]).upper(), "name"), "*", P(fold(p["first"]).upper(), "name")])
        segs.append(["DMG*D8*", P(fdate(p["dob"], "hl7"), "date"), "*" + p["sex"]])
        segs.append(["INS*N*19"])
    if kind == "270":
        segs.append(["DTP*291*D8*", P(dos.strftime("%Y%m%d"), "date")])
        segs.append(["EQ*30"])
    else:
        segs.append(["DTP*346*D8*", P("%d0101" % NOW.year, "date")])
        segs.append(["EB*1*IND*30**%s" % rng.choice(["PPO", "HMO", "MEDICAID", "MEDICARE PART B"])])
        segs.append(["EB*C*IND*30***23*%d.00*****Y" % rng.choice([250, 500, 1500, 3000])])
        segs.append(["EB*B*IND*5***27*0.00*****Y"])
        segs.append(["MSG*LAB SERVICES COVERED IN-NETWORK; MOBILE DRAW FEE NOT COVERED"])
    n = len(segs) - 2 + 1
    segs.append(["SE*%d*0001" % n])
    segs.append(["GE*1*%s" % gs])
    segs.append(["IEA*1*%s" % ctl])
    return segs


def blk_x12():
    out = []
    p = person()
    tick()
    kind = rng.choice(["270", "271", "271"])
    segs = x12_lines(p, kind)
    if rng.random() < 0.5:
        L = new("x12_edi").t("%s eligibility-svc edi %s raw=" % (ts_iso_z(), "outbound" if kind == "270" else "inbound"))
        for s in segs:
            L.parts(*s).t("~")
        out.append(L)
    else:
        for s in segs:
            L = new("x12_edi")
            L.parts(*s).t("~")
            out.append(L)
    return out


def blk_elig_kv():
    out = []
    p = person()
    tick()
    L = new("logfmt")
    status = rng.choice(["active", "active", "inactive", "not_found"])
    kv(L, [("time", ts_iso_z()), ("level", "info" if status == "active" else "warn"), ("msg", "271 parsed"),
           ("payer", p["payer"][1]), ("member_id", P(p["member"], "health_plan")),
           ("dob", P(fdate(p["dob"], "iso"), "date")), ("subscriber", P(pname(p, "LFM"), "name")),
           ("status", status), ("copay", "0.00"), ("deductible_remaining", "%d.00" % rng.randrange(0, 3000)),
           ("trace_id", rs(HEX, 32)), ("latency_ms", rng.randrange(300, 4000))])
    out.append(L)
    if rng.random() < 0.5:
        tick(0.01, 0.5)
        L = new("soap_xml")
        L.t("<EligibilityResponse xmlns=\"urn:dw:elig:v2\" requestId=\"%s\"><Payer id=\"%s\">%s</Payer><Subscriber><MemberId>" % (uuid4(), p["payer"][1], p["payer"][2]))
        L.p(p["member"], "health_plan").t("</MemberId><LastName>").p(fold(p["last"]).upper(), "name").t("</LastName><FirstName>").p(fold(p["first"]).upper(), "name")
        L.t("</FirstName><BirthDate>").p(fdate(p["dob"], "iso"), "date").t("</BirthDate>")
        if rng.random() < 0.3:
            L.t("<SSN>").p(p["ssn"].replace("-", ""), "ssn").t("</SSN>")
        L.t("</Subscriber><Coverage status=\"%s\" planType=\"%s\" groupNumber=\"%s\"/></EligibilityResponse>" % (status, rng.choice(["PPO", "HMO", "EPO"]), p["group"]))
        out.append(L)
    return out


def blk_stripe():
    out = []
    p = person()
    tick()
    evt = "evt_" + rs(ALNUM, 24)
    pi = "pi_" + rs(ALNUM, 24)
    L = pino_base(new("pino_json"), 30)
    pino_more(L, {"route": "POST /api/webhooks/stripe", "stripeEvent": evt, "type": "payment_intent.succeeded", "msg": "stripe webhook verified"})
    out.append(L)
    tick(0.01, 0.3)
    L = new("stripe_json")
    bd = {"address": {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"),
                      "line2": P(p["unit"], "address") if p["unit"] else None, "postal_code": P(p["zip"], "zip"), "state": "AZ"},
          "email": P(p["email"], "email"), "name": P(pname(p, rng.choice(["fl", "FL_UP", "fml"])), "name"),
          "phone": P(fmt_phone(p["phone"], "e164"), "phone") if rng.random() < 0.6 else None}
    jput(L, {"id": "ch_" + rs(ALNUM, 24), "object": "charge", "amount": rng.choice([4900, 7900, 9900, 12900]), "currency": "usd",
             "customer": P(p["cus"], "account"), "payment_intent": pi, "billing_details": bd,
             "payment_method_details": {"card": {"brand": rng.choice(["visa", "mastercard", "amex"]), "last4": "%04d" % rng.randrange(10000),
                                                  "exp_month": rng.randrange(1, 13), "exp_year": rng.randrange(2025, 2031),
                                                  "fingerprint": rs(ALNUM, 16), "funding": "credit"}},
             "metadata": {"bookingId": booking_id(), "patientId": P(p["pid"], "mrn")}, "status": "succeeded", "livemode": True})
    out.append(L)
    return out


def blk_stripe_err():
    p = person()
    tick()
    L = pino_base(new("pino_json"), 50)
    pino_more(L, {"route": "POST /api/payments/intent", "err": {"type": "StripeCardError", "code": "card_declined", "decline_code": "insufficient_funds",
                                                                "requestId": "req_" + rs(ALNUM, 14)},
                  "customer": P(p["cus"], "account"), "amount": 9900, "msg": "payment failed"})
    return [L]


def chat_time():
    return NOW.strftime("%I:%M:%S %p")


def blk_chat():
    out = []
    p = person()
    agent = rng.choice(AGENTS)
    tick()
    conv = rng.randrange(20000, 29999)
    es = p["lang"] == "es"
    who = pname(p, rng.choice(["fl", "lower", "first", "fml"]))
    out.append(new("chat_transcript").t("=== Conversation #%d started %s channel=web_widget lang=%s ===" % (conv, ts_iso_local(), "es" if es else "en")))

    def cust():
        tick(5, 70)
        return new("chat_transcript").t("(%s) " % chat_time()).p(who, "name").t(": ")

    def ag(txt):
        tick(5, 70)
        return new("chat_transcript").t("(%s) %s (DrawWell Support): %s" % (chat_time(), agent, txt))

    a = appt_dt(1, 6)
    tag = "reschedule"
    if es:
        L = cust().t("Hola buenas, necesito cambiar mi cita del ").p("%s %d de %s" % (DIAS[a.weekday()], a.day, MESES[a.month - 1]), "date").t(" porque ese día trabajo")
        out.append(L)
        out.append(ag("¡Hola! Claro que sí, con gusto le ayudo. ¿Me confirma su fecha de nacimiento?"))
        L = cust().t("es el ").p(fdate(p["dob"], rng.choice(["eu", "es_long"])), "date")
        out.append(L)
        r = rng.randrange(5)
        if r == 4:
            L = cust().t("también mi esposo ").p(rng.choice(["Ramón", "Efraín", "Héctor", "José Ángel"]) + " " + p["last"].split()[0], "name").t(" necesita cita, su fecha de nacimiento es ").p(fdate(dt.date(rng.randrange(1945, 1990), rng.randrange(1, 13), rng.randrange(1, 29)), "eu"), "date")
        elif r == 3:
            L = cust().t("el seguro me pidió el seguro social, es ").p(p["ssn"] if rng.random() < 0.5 else p["ssn"].replace("-", " "), "ssn").t(" no sé si lo necesitan ustedes")
        elif r == 0:
            L = cust().t("y mi número de AHCCCS es ").p(p["member"], "health_plan").t(" por si lo necesitan")
        elif r == 1:
            c = p["contact"]
            if c:
                L = cust().t("si no contesto llamen a mi ").t(c["rel"]).t(" ").p(c["name"], "name").t(" al ").p(fmt_phone(c["phone"], "dash"), "phone")
            else:
                L = cust().t("mejor llámenme al ").p(fmt_phone(p["phone"], rng.choice(["plain", "dot", "dash"])), "phone").t(" después de las 5")
        else:
            L = cust().t("la dirección sigue siendo ").p(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address").t(" en ").p(p["city"], "address")
        out.append(L)
        out.append(ag("Listo, le moví la cita. Le llegará un mensaje de texto con la confirmación. ¿Algo más en que le pueda ayudar?"))
        if p["age"] > 89:
            L = cust().t("tengo ").p(str(p["age"]), "age").t(" años y camino con andadera, pueden mandar a alguien con paciencia por favor")
            out.append(L)
    else:
        r = rng.randrange(7)
        tag = ["no_show", "billing", "new_booking", "reschedule", "pediatric", "results", "profile_update"][r]
        if r == 4:
            p = rng.choice([q for q in PEOPLE if q["kind"] == "minor"])
            c = p["contact"]
            L = new("chat_transcript")
            tick(5, 60)
            L.t("(%s) " % chat_time()).p(c["name"], "name").t(": Hello, this is ").p(c["name"].split()[0], "name").t(", %s of " % ("mom" if c["rel"] in ("mother", "madre") else "dad"))
            L.p(pname(p, "fl"), "name").t(" (DOB ").p(fdate(p["dob"], rng.choice(["us", "us_short"])), "date").t("). %s's terrified of needles, can you send whoever does peds? We're at " % ("He" if p["sex"] == "M" else "She"))
            L.p(p["street"] + (" " + p["unit"] if p["unit"] else ""), "address").t(", ").p(p["city"], "address")
            out.append(L)
            out.append(ag("Of course! I've added a pediatric-trained phlebotomist request to the booking. Numbing cream is fine to apply 45 minutes before."))
        elif r == 5:
            L = cust().t("when will my A1C results be ready?? the lab portal shows MRN ").p(p["mrn"], "mrn").t(" but nothing under it")
            out.append(L)
            out.append(ag("Results usually post 24-72 hours after the specimen reaches Meridian. I can see the specimen was received; I'll follow up with the lab."))
        elif r == 6:
            newp = rphone()
            L = cust().t("I moved!! new address is ").p(p["street"], "address").t(" ").p(p["unit"] or "Apt 5", "address").t(" ").p(p["city"], "address").t(" AZ ").p(p["zip"], "zip").t(" and my cell changed to ").p(fmt_phone(newp, rng.choice(["dot", "dash", "plain", "one"])), "phone")
            out.append(L)
            out.append(ag("Got it, I've updated your profile. Your Friday appointment will go to the new address."))
        elif r == 0:
            L = cust().t("hi, the phlebotomist never showed up this morning and I was fasting since 8pm!! booking was for ").p(fdate(NOW.date(), rng.choice(["us_nopad", "long"])), "date")
            out.append(L)
            out.append(ag("I'm so sorry about that. Can you confirm your date of birth and the email on the booking?"))
            L = cust().p(fdate(p["dob"], rng.choice(["us_short", "us", "long"])), "date").t(" and ").p(p["email"], "email")
            out.append(L)
        elif r == 1:
            L = cust().t("I was charged twice for the draw, card ending %04d. can you send a receipt to " % rng.randrange(10000)).p(p["email"], "email").t("?")
            out.append(L)
            out.append(ag("Thanks for flagging, I see two authorizations; the second one is a pending hold and will drop off in 3-5 business days."))
            if rng.random() < 0.5:
                L = cust().t("ok. if you need to charge it again my card is ").p(" ".join(p["card"][i:i + 4] for i in range(0, 16, 4)), "account").t(" exp 09/27")
                out.append(L)
                out.append(ag("Please don't share full card numbers in chat - I've redacted it on our side. You can update payment in your account."))
        elif r == 2:
            p = rng.choice([q for q in OLD if q["lang"] == "en"])
            c = p["contact"]
            rel = c["rel"] if c else "husband"
            nm = c["name"] if c else "Sam " + p["last"]
            L = new("chat_transcript")
            tick(5, 60)
            L.t("(%s) " % chat_time()).p(nm, "name").t(": Hi, I'm booking for my %s " % (("mom" if p["sex"] == "F" else "dad") if rel in ("daughter", "son") else ("husband" if p["sex"] == "M" else "wife"))).p(pname(p, "fl"), "name")
            he = "she" if p["sex"] == "F" else "he"
            L.t(", %s's " % he).p(str(p["age"]), "age").t(" and bedbound. %s lives at " % he.capitalize()).p(p["street"], "address").t(", ").p(p["city"], "address").t(" ").p(p["zip"], "zip")
            out.append(L)
            out.append(ag("Happy to help! Is the coverage Medicare or a Medicare Advantage plan? I'll need the member ID from the card."))
            L = new("chat_transcript")
            tick(5, 60)
            L.t("(%s) " % chat_time()).p(nm, "name").t(": %s, the number is " % ("regular Medicare" if p["payer"][0] == "MEDICARE" else "Humana Advantage")).p(p["member"], "health_plan").t(" and you can reach me at ").p(fmt_phone(c["phone"] if c else rphone(), "paren"), "phone")
            out.append(L)
        else:
            L = cust().t("Can I just send you my availability? ").p("https://calendly.com/" + p["username"], "url").t(" pick anything thursday")
            out.append(L)
            out.append(ag("We can't book through external calendars, but I can offer Thursday 7:30-9:30 AM or 1:00-3:00 PM."))
    tick(5, 120)
    out.append(new("chat_transcript").t("=== Conversation #%d closed by %s tags=[%s] csat=%s ===" % (conv, agent, tag, rng.choice(["5", "4", "n/a"]))))
    return out


def blk_chat_json():
    p = person()
    tick()
    L = new("chat_webhook_json")
    es = p["lang"] == "es"
    body = JS("Hola, soy ", P(pname(p, "fl"), "name"), ". No me llegó el correo con los resultados, mi correo es ", P(p["email"], "email")) if es else \
        JS("hey its ", P(pname(p, "lower"), "name"), " - my address changed to ", P(p["street"], "address"), ", ", P(p["city"], "address"), " ", P(p["zip"], "zip"), ", pls update before thursday")
    jput(L, {"type": "conversation.user.replied", "app_id": "dw" + rs(B36, 6), "created_at": ts_epoch_ms() // 1000,
             "data": {"conversation_id": str(rng.randrange(100000000, 999999999)),
                      "author": {"type": "user", "id": P(rs(HEX, 24), "other_id"), "name": P(pname(p, "fl"), "name"), "email": P(p["email"], "email")},
                      "body": body, "language": "es" if es else "en"}})
    return [L]


def blk_dd_leak():
    p = person()
    tick()
    L = new("datadog_monitor")
    L.t("[Triggered on {service:eligibility-svc}] Eligibility AAA errors > 20 in 15m | sample log: \"AAA*Y**72*C rejected member_id=")
    L.p(p["member"], "health_plan").t(" dob=").p(fdate(p["dob"], "hl7"), "date").t("\" | @oncall-integrations | https://app.datadoghq.com/monitors/%d" % rng.randrange(10 ** 7, 10 ** 8))
    return [L]


def blk_nginx_patient():
    out = []
    ip = public_ip()
    ua = rng.choice(UA)
    p = person()
    paths = ["/api/slots?zone=%s&date=%s" % (rng.choice(ZONES), (NOW.date() + dt.timedelta(days=2)).isoformat()),
             "/_next/static/chunks/pages/schedule-%s.js" % rs(HEX, 16), "/api/portal/results", "/portal/appointments",
             "/_next/image?url=%2Fimg%2Fhero-phleb.webp&w=1080&q=75"]
    for _ in range(rng.randrange(1, 4)):
        tick(0.1, 8)
        L = new("nginx_ingress")
        path = rng.choice(paths)
        L.p(ip, "ip").t(' - - [%s] "GET %s HTTP/2.0" 200 %d "https://book.drawwell.health/" "%s" %d %.3f [prod-booking-web-3000] [] %s:3000 %d %.3f 200 %s' % (
            ts_nginx(), path, rng.randrange(300, 90000), ua, rng.randrange(300, 900), rng.uniform(0.002, 0.3), pod_ip(), rng.randrange(300, 9000), rng.uniform(0.002, 0.3), rs(HEX, 32)))
        out.append(L)
    if rng.random() < 0.3:
        tick(0.1, 3)
        L = new("nginx_ingress")
        L.p(ip, "ip").t(' - - [%s] "GET /api/patients/lookup?email=' % ts_nginx()).p(p["email"].replace("@", "%40"), "email")
        L.t(' HTTP/2.0" 200 212 "https://book.drawwell.health/returning" "%s" 402 0.031 [prod-booking-web-3000] [] %s:3000 212 0.031 200 %s' % (ua, pod_ip(), rs(HEX, 32)))
        out.append(L)
    return out


PHI_BLOCKS = [(blk_booking_api, 9), (blk_pino_misc, 8), (blk_prisma_error, 1.2), (blk_pg_dup, 1), (blk_route, 6),
              (blk_manifest, 3), (blk_dispatch_pipe, 3), (blk_android_visit, 5), (blk_ocr, 4), (blk_hl7_orm, 4),
              (blk_hl7_oru, 3.5), (blk_mirth, 4), (blk_hl7_oneline, 1.5), (blk_astm, 2.5), (blk_custody, 2.5),
              (blk_sms, 6), (blk_notify_fail, 1.5), (blk_email, 4), (blk_x12, 2.5), (blk_elig_kv, 4), (blk_stripe, 4),
              (blk_stripe_err, 1.5), (blk_chat, 6.5), (blk_chat_json, 3), (blk_dd_leak, 0.8), (blk_nginx_patient, 4)]

# ============================================================================= noise


def n_pino():
    tick()
    L = pino_base(new("pino_json"), rng.choice([20, 30, 30, 30, 40]))
    v = rng.randrange(7)
    if v == 0:
        pino_more(L, {"req": {"method": "GET", "url": "/api/health"}, "res": {"statusCode": 200}, "responseTime": rng.randrange(1, 6), "msg": "request completed"})
    elif v == 1:
        pino_more(L, {"route": "GET /api/slots", "zone": rng.choice(ZONES), "date": (NOW.date() + dt.timedelta(days=rng.randrange(1, 8))).isoformat(),
                      "slots": rng.randrange(0, 60), "ms": rng.randrange(20, 300), "msg": "availability computed"})
    elif v == 2:
        pino_more(L, {"route": "POST /api/webhooks/stripe", "stripeEvent": "evt_" + rs(ALNUM, 24), "type": rng.choice(["charge.refunded", "payout.paid", "customer.updated", "invoice.finalized"]),
                      "msg": "stripe webhook ignored (unhandled type)"})
    elif v == 3:
        pino_more(L, {"msg": "cache miss", "key": "slots:%s:%s" % (rng.choice(ZONES), (NOW.date() + dt.timedelta(days=1)).isoformat()), "ttl": 120})
    elif v == 4:
        pino_more(L, {"err": {"type": "PrismaClientKnownRequestError", "code": "P2024", "message": "Timed out fetching a new connection from the connection pool. (Current connection pool timeout: 10, connection limit: 9)"},
                      "route": "GET /api/slots", "msg": "db pool exhausted"})
    elif v == 5:
        pino_more(L, {"route": "POST /api/bookings", "bookingId": booking_id(), "status": "CONFIRMED", "paymentIntent": "pi_" + rs(ALNUM, 24), "amount": rng.choice([4900, 7900, 9900]), "msg": "booking confirmed"})
    else:
        pino_more(L, {"msg": "feature flags refreshed", "source": "launchdarkly", "flags": rng.randrange(20, 40), "version": "%d" % rng.randrange(1000, 9999)})
    return [L]


def n_prisma():
    tick()
    L = new("prisma_log")
    L.t(rng.choice([
        'prisma:query SELECT "public"."Slot"."id", "public"."Slot"."zoneId", "public"."Slot"."startsAt", "public"."Slot"."capacity" FROM "public"."Slot" WHERE ("public"."Slot"."zoneId" = $1 AND "public"."Slot"."startsAt" >= $2) ORDER BY "public"."Slot"."startsAt" ASC LIMIT $3 OFFSET $4',
        'prisma:query SELECT 1',
        'prisma:info Starting a postgresql pool with 9 connections.',
        'prisma:query BEGIN',
        'prisma:query COMMIT',
        'prisma:query UPDATE "public"."Booking" SET "status" = $1, "updatedAt" = $2 WHERE ("public"."Booking"."id" = $3 AND 1=1)',
        'prisma:warn In production, we recommend using `prisma generate --no-engine` (See: `prisma generate --help`)',
        'prisma:query SELECT COUNT(*) FROM (SELECT "public"."Visit"."id" FROM "public"."Visit" WHERE "public"."Visit"."status" = $1 OFFSET $2) AS "sub"',
    ]))
    return [L]


def n_celery():
    tick()
    tid = uuid4()
    zone = rng.choice(ZONES)
    v = rng.randrange(6)
    L = new("celery_py")
    if v == 0:
        L.t("[%s: INFO/MainProcess] Task route_opt.tasks.optimize_zone[%s] received" % (ts_py(), tid))
    elif v == 1:
        L.t("[%s: INFO/ForkPoolWorker-%d] Task route_opt.tasks.optimize_zone[%s] succeeded in %.3fs: {'zone': '%s', 'stops': %d, 'vehicles': %d, 'dropped': %d}" % (
            ts_py(), rng.randrange(1, 5), tid, rng.uniform(4, 60), zone, rng.randrange(20, 90), rng.randrange(3, 12), rng.randrange(0, 3)))
    elif v == 2:
        L = new("python_logging").t("%s INFO route_opt.solver [job=rt-%s-%s] ortools 9.8.3296 first_solution=PATH_CHEAPEST_ARC metaheuristic=GUIDED_LOCAL_SEARCH time_limit=30s" % (
            ts_py(), (NOW.date() + dt.timedelta(days=1)).strftime("%Y%m%d"), zone.lower()))
    elif v == 3:
        L = new("python_logging").t("%s INFO route_opt.solver [job=rt-%s-%s] solution objective=%d total_drive_min=%d max_route_min=%d wall=%.1fs" % (
            ts_py(), (NOW.date() + dt.timedelta(days=1)).strftime("%Y%m%d"), zone.lower(), rng.randrange(40000, 99999), rng.randrange(300, 900), rng.randrange(180, 420), rng.uniform(3, 30)))
    elif v == 4:
        L.t("[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection..." % ts_py())
    else:
        L = new("python_logging").t("%s DEBUG urllib3.connectionpool https://api.mapbox.com:443 \"GET /directions-matrix/v1/mapbox/driving-traffic/%s HTTP/1.1\" 200 %d" % (
            ts_py(), ";".join("%.4f,%.4f" % (-111.9 + rng.uniform(-0.3, 0.3), 33.4 + rng.uniform(-0.2, 0.2)) for _ in range(2)) + ";...", rng.randrange(2000, 90000)))
    return [L]


def n_logcat():
    tick()
    pid_ = rng.randrange(9000, 32000)
    v = rng.randrange(7)
    L = new("logcat").t("%s %5d %5d " % (ts_logcat(), pid_, pid_ + rng.randrange(0, 40)))
    if v == 0:
        L.t("D DW/Location: fix provider=fused lat=%.6f lng=%.6f speed=%.1fm/s bearing=%d enRoute=true" % (33.4 + rng.uniform(-0.2, 0.2), -111.9 + rng.uniform(-0.3, 0.3), rng.uniform(5, 25), rng.randrange(360)))
    elif v == 1:
        L.t("I DW/Sync: uploaded %d visits, %d photos in %dms (queue=%d)" % (rng.randrange(0, 4), rng.randrange(0, 6), rng.randrange(200, 9000), rng.randrange(0, 5)))
    elif v == 2:
        L.t("W DW/Upload: retry %d/5 POST /api/v2/visits/vis_%s/photos failed: java.net.SocketTimeoutException: timeout" % (rng.randrange(1, 5), rs(ALNUM, 12)))
    elif v == 3:
        L.t("I DW/Device: model=SM-A536U android=14 serial=R5CT%s imei=35%s battery=%d%% app=4.18.2" % (rs(ALNUM_UP, 7), "".join(str(rng.randrange(10)) for _ in range(13)), rng.randrange(8, 100)))
    elif v == 4:
        L.t("D OkHttp  : <-- 200 https://api.drawwell.health/api/v2/route/today (%dms, %d-byte body)" % (rng.randrange(60, 900), rng.randrange(800, 20000)))
    elif v == 5:
        L.t("I DW/Scanner: camera session opened id=0 res=1920x1080 fps=30 autofocus=CONTINUOUS_PICTURE")
    else:
        L.t("W DW/Cold: cooler temp %.1fC above threshold 8.0C, alerting tech" % rng.uniform(8.1, 10.5))
    return [L]


def n_crash():
    tick()
    pid_ = rng.randrange(9000, 32000)
    out = []
    lines = ["E AndroidRuntime: FATAL EXCEPTION: main",
             "E AndroidRuntime: Process: com.drawwell.tech, PID: %d" % pid_,
             "E AndroidRuntime: java.lang.IllegalStateException: Fragment TubeScanFragment{%s} not attached to a context." % rs(HEX, 7),
             "E AndroidRuntime: \tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)",
             "E AndroidRuntime: \tat com.drawwell.tech.scan.TubeScanFragment.onBarcode(TubeScanFragment.kt:212)",
             "E AndroidRuntime: \tat com.drawwell.tech.scan.BarcodeAnalyzer$analyze$1.invoke(BarcodeAnalyzer.kt:58)",
             "E AndroidRuntime: \tat com.google.mlkit.vision.common.internal.MobileVisionBase.zza(com.google.mlkit:vision-common@@17.3.0:1)"]
    for s in lines:
        tick(0.0, 0.002)
        out.append(new("logcat").t("%s %5d %5d %s" % (ts_logcat(), pid_, pid_, s)))
    return out


def n_hl7_ack():
    tick()
    L = new("mirth_log").t("[%s]  INFO  (com.mirth.connect.connectors.tcp.TcpDispatcher:514): [ORM_Outbound] sent control_id=DW%s to 10.8.2.14:6661 ack=%s in %dms" % (
        ts_py(), rs("0123456789", 17), rng.choice(["AA", "AA", "AA", "AE"]), rng.randrange(20, 900)))
    return [L]


def n_mirth():
    tick()
    L = new("mirth_log").t("[%s]  %s" % (ts_py(), rng.choice([
        "INFO  (com.mirth.connect.server.controllers.DonkeyEngineController:1215): Channel ORU_Inbound deployed (4 connectors)",
        "WARN  (com.mirth.connect.connectors.tcp.TcpReceiver:489): Connection reset by peer 10.8.2.14:51224",
        "INFO  (com.mirth.connect.server.util.SqlConfig:71): Pruner removed %d messages older than 30 days from ORM_Outbound" % rng.randrange(1000, 20000),
        "ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:402): Timeout waiting for ACK from MERIDIAN_LIS after 30000ms, queued for retry",
    ])))
    return [L]


def n_k8s():
    tick()
    app = rng.choice(["booking-web", "route-optimizer", "notify-worker", "eligibility-svc", "mirth", "astm-bridge", "custody-api"])
    v = rng.randrange(7)
    if v < 3:
        L = new("k8s_event")
        L.t(rng.choice([
            "%ds        Warning   BackOff            pod/%s   Back-off restarting failed container %s in pod %s_prod(%s)" % (rng.randrange(5, 300), pod(app), app, pod(app), uuid4()),
            "%dm        Normal    Pulled             pod/%s   Container image \"ghcr.io/drawwell/%s:v2.%d.%d\" already present on machine" % (rng.randrange(1, 50), pod(app), app, rng.randrange(10, 40), rng.randrange(0, 9)),
            "%ds        Warning   Unhealthy          pod/%s   Readiness probe failed: HTTP probe failed with statuscode: 503" % (rng.randrange(5, 300), pod(app)),
            "%dm        Normal    SuccessfulRescale  horizontalpodautoscaler/%s   New size: %d; reason: cpu resource utilization (percentage of request) above target" % (rng.randrange(1, 30), app, rng.randrange(2, 9)),
            "%ds        Warning   OOMKilling         node/ip-10-20-%d-%d.us-west-2.compute.internal   Memory cgroup out of memory: Killed process %d (node)" % (rng.randrange(5, 300), rng.randrange(0, 255), rng.randrange(0, 255), rng.randrange(1000, 60000)),
        ]))
    elif v < 5:
        L = new("klog").t("%s%s %7d %s] %s" % (rng.choice("IW"), ts_klog(), rng.randrange(1, 9000), rng.choice(["kubelet.go:2431", "prober.go:107", "event.go:298", "pod_workers.go:1298"]), rng.choice([
            "\"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"prod/%s\"" % pod(app),
            "\"Probe failed\" probeType=\"Liveness\" pod=\"prod/%s\" podUID=%s containerName=\"%s\" probeResult=failure output=\"Get \\\"http://%s:3000/api/health\\\": context deadline exceeded\"" % (pod(app), uuid4(), app, pod_ip()),
            "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"%s\\\" with CrashLoopBackOff\" pod=\"prod/%s\"" % (app, pod(app)),
        ])))
    else:
        L = new("nginx_ingress").t('%s - - [%s] "GET /api/health HTTP/1.1" 200 15 "-" "kube-probe/1.29" 120 0.002 [prod-%s-3000] [] %s:3000 15 0.002 200 %s' % (
            pod_ip(), ts_nginx(), app, pod_ip(), rs(HEX, 32)))
    return [L]


def n_datadog():
    tick()
    mon = rng.randrange(10 ** 7, 10 ** 8)
    L = new("datadog_monitor")
    L.t(rng.choice([
        "[Triggered] [P2] booking-web p95 latency > 1.5s on env:prod (current 2.31s) | @slack-eng-alerts | https://app.datadoghq.com/monitors/%d" % mon,
        "[Recovered] [P3] route-optimizer job failures (4 in 30m) on env:prod | https://app.datadoghq.com/monitors/%d" % mon,
        "[Warn] [P3] Mirth ORM_Outbound queue depth 212 > 200 on host:mirth-0 | @oncall-integrations",
        "[Triggered] [P1] Stripe webhook 5xx rate 12.4% > 5% over last 10m on service:booking-web | @pagerduty-payments",
        "[Recovered] [P2] kube_deployment.replicas_unavailable for notify-worker on kube_cluster_name:prod-usw2",
        "[No Data] [P3] astm-bridge heartbeat missing for 10m on host:astm-bridge-7c | https://app.datadoghq.com/monitors/%d" % mon,
        "[Triggered] [P2] eligibility-svc Availity 270 timeout rate 18% > 10% | contact integrations@drawwell.health",
    ]))
    return [L]


def n_dd_json():
    tick()
    L = new("datadog_monitor")
    jput(L, {"id": rng.randrange(10 ** 9, 10 ** 10), "date_happened": ts_epoch_ms() // 1000, "alert_type": rng.choice(["error", "warning", "success"]),
             "title": rng.choice(["[Triggered] notify-worker BullMQ failed jobs > 50", "[Recovered] custody-api cold chain temp sensor offline", "[Triggered] OCR mean confidence < 0.75 (req-ocr)"]),
             "tags": ["env:prod", "team:platform", "kube_namespace:prod"], "priority": "normal", "source_type_name": "Monitor Alert"})
    return [L]


def n_bullmq():
    tick()
    L = new("bullmq_log").t("[notify-worker] %s %s" % (ts_iso_z(), rng.choice([
        "INFO job %d (sms:appointment_reminder) completed in %dms" % (rng.randrange(80000, 99999), rng.randrange(90, 900)),
        "INFO job %d (email:receipt) completed in %dms" % (rng.randrange(80000, 99999), rng.randrange(90, 900)),
        "INFO queue stats waiting=%d active=%d completed=%d failed=%d delayed=%d" % (rng.randrange(0, 40), rng.randrange(0, 8), rng.randrange(1000, 9000), rng.randrange(0, 30), rng.randrange(0, 200)),
        "WARN redis connection lost, reconnecting to redis-master.prod.svc.cluster.local:6379 (attempt %d)" % rng.randrange(1, 5),
        "INFO scheduled %d reminders for %s (tz=America/Phoenix)" % (rng.randrange(40, 200), (NOW.date() + dt.timedelta(days=1)).isoformat()),
    ])))
    return [L]


def n_x12_ack():
    tick()
    L = new("x12_edi").t("%s eligibility-svc edi inbound raw=ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*DRAWWELL       *%s*%s*^*00501*%09d*0*P*:~GS*FA*AVAILITY*DRAWWELL*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%09d~" % (
        ts_iso_z(), NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), rng.randrange(10 ** 8), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), rng.randrange(1000, 9999), rng.randrange(1000, 9999), rng.randrange(1000, 9999), rng.randrange(10 ** 8)))
    return [L]


def n_elig():
    tick()
    L = new("logfmt")
    kv(L, [("time", ts_iso_z()), ("level", rng.choice(["info", "warn", "error"])), ("msg", rng.choice(["availity token refreshed", "270 request sent", "clearinghouse timeout, retrying", "payer list synced"])),
           ("payer", rng.choice(PAYERS)[1]), ("attempt", rng.randrange(1, 4)), ("trace_id", rs(HEX, 32)), ("span_id", rs(HEX, 16)), ("latency_ms", rng.randrange(80, 30000))])
    return [L]


def n_soap():
    tick()
    L = new("soap_xml").t('<soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope"><soapenv:Body><cor:COREEnvelopeRealTimeResponse xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd"><PayloadType>X12_999_Response_005010X231A1</PayloadType><ProcessingMode>RealTime</ProcessingMode><PayloadID>%s</PayloadID><TimeStamp>%s</TimeStamp><SenderID>AVAILITY</SenderID><ReceiverID>DRAWWELL</ReceiverID><CORERuleVersion>2.2.0</CORERuleVersion><ErrorCode>%s</ErrorCode></cor:COREEnvelopeRealTimeResponse></soapenv:Body></soapenv:Envelope>' % (
        uuid4(), ts_iso_z()[:19] + "Z", rng.choice(["Success", "Success", "Receiver Down"])))
    return [L]


def n_custody():
    tick()
    L = new("custody_json")
    jput(L, {"ts": ts_iso_z(), "event": rng.choice(["temp_reading", "temp_reading", "courier_checkin", "bag_sealed"]),
             "bagId": "BAG-PHX-%s-%02d" % (NOW.strftime("%m%d"), rng.randrange(1, 30)), "sensor": "TL-%04d" % rng.randrange(10000),
             "tempC": round(rng.uniform(2.0, 8.5), 1), "courier": rng.choice(COURIERS)[0], "battery": rng.randrange(20, 100)}, seps=(", ", ": "))
    return [L]


def n_ocr():
    tick()
    L = new("python_logging").t("%s INFO req_ocr.worker processed rq_%s pages=%d engine=%s mean_conf=%.3f lang=%s elapsed=%.2fs" % (
        ts_py(), rs(ALNUM, 10), rng.randrange(1, 3), rng.choice(["textract", "docai"]), rng.uniform(0.6, 0.98), rng.choice(["eng", "eng+spa"]), rng.uniform(0.8, 6)))
    return [L]


def n_config():
    tick()
    L = new(rng.choice(["pino_json"]))
    if rng.random() < 0.5:
        L = new("nextjs_stdout").t(rng.choice([
            "  ▲ Next.js 14.2.3",
            "   - Local:        http://localhost:3000",
            "   - Environments: .env.production",
            " ✓ Ready in %dms" % rng.randrange(200, 900),
            "Prisma schema loaded from prisma/schema.prisma",
            'Datasource "db": PostgreSQL database "drawwell", schema "public" at "pg-primary.prod.svc.cluster.local:5432"',
        ]))
    else:
        pino_base(L, 30)
        pino_more(L, {"msg": "config loaded", "node": "v20.12.2", "release": "booking-web@%d.%d.%d+%s" % (2, rng.randrange(30, 50), rng.randrange(10), rs(HEX, 7)),
                      "supportEmail": "help@drawwell.health", "supportPhone": "(480) 555-0100", "labFax": "(602) 555-0187"})
    return [L]


def n_stripe_test():
    tick()
    L = new("stripe_json").t('stripe-cli[test] --> %s [%s] {"card":"4242424242424242","exp":"12/34","cvc":"123"} -> 200 pm_%s' % (
        ts_iso_z(), rng.choice(["payment_methods.create", "payment_intents.confirm"]), rs(ALNUM, 24)))
    return [L]


def n_stripe():
    tick()
    L = new("stripe_json")
    jput(L, {"id": "evt_" + rs(ALNUM, 24), "object": "event", "api_version": "2023-10-16", "created": ts_epoch_ms() // 1000,
             "type": rng.choice(["payout.paid", "balance.available", "charge.dispute.closed"]),
             "data": {"object": {"id": "po_" + rs(ALNUM, 24), "amount": rng.randrange(100000, 2000000), "currency": "usd", "arrival_date": ts_epoch_ms() // 1000 + 86400,
                                 "statement_descriptor": "DRAWWELL MOBILE"}}, "livemode": True})
    return [L]


NOISE_BLOCKS = [(n_pino, 10), (n_prisma, 6), (n_celery, 7), (n_logcat, 8), (n_crash, 0.6), (n_hl7_ack, 4), (n_mirth, 3),
                (n_k8s, 12), (n_datadog, 4), (n_dd_json, 2), (n_bullmq, 5), (n_x12_ack, 2), (n_elig, 4), (n_soap, 2),
                (n_custody, 4), (n_ocr, 3), (n_config, 2), (n_stripe_test, 1), (n_stripe, 2)]


def wpick(table):
    tot = sum(w for _, w in table)
    r = rng.uniform(0, tot)
    for f, w in table:
        r -= w
        if r <= 0:
            return f
    return table[-1][0]


# ============================================================================= assemble


class Deck:
    """Weighted shuffled deck: stabler proportions than independent draws."""

    def __init__(self, table, scale=2):
        self.table = table
        self.scale = scale
        self.cards = []

    def draw(self):
        if not self.cards:
            self.cards = [f for f, w in self.table for _ in range(max(1, int(round(w * self.scale))))]
            rng.shuffle(self.cards)
        return self.cards.pop()


def main():
    phi_deck, noise_deck = Deck(PHI_BLOCKS, 0.6), Deck(NOISE_BLOCKS, 1)
    lines = []
    while len(lines) < TOTAL:
        nphi = sum(1 for L in lines if L.spans)
        frac_noise = (len(lines) - nphi) / len(lines) if lines else 0.5
        p_noise = min(0.9, max(0.1, 0.45 + (TARGET_NOISE - frac_noise) * 6))
        remaining = TOTAL - len(lines)
        if rng.random() < p_noise:
            blk = noise_deck.draw()()
        else:
            blk = phi_deck.draw()()
        if len(blk) > remaining:
            # near the end: only single-line blocks that fit
            continue
        lines.extend(blk)
    assert len(lines) == TOTAL
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        b = text.encode("utf-8")
        assert len(b) == L.n
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert sp["e"] > sp["s"]
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
