#!/usr/bin/env python3
"""Synthetic labeled log corpus "nw": a concierge / direct primary care (DPC) membership practice.

Systems imitated (one physical line per log line, multi-line artefacts one line per physical line):
Phoenix/Elixir billing app (Logger console lines, Ecto query lines, Oban JSON job events, Parameters
maps), Stripe webhook event JSON and `stripe listen` CLI lines, Hint-Health-like webhook JSON, Django
(EHR) logging lines and tracebacks, Celery worker/beat lines, dispensary inventory CSV and pipe
dispensing rows + key=value controlled-substance verification lines, HL7 v2.3 ORM^O01 / ORU^R01
segments, Quest-like lab result CSV, Spruce-like messaging webhook JSON, SMS thread transcripts
(English, Spanish, Korean), Google Workspace Admin Reports activity JSON, Zoom webhook / dashboard
JSON and operation-log CSV, employer enrollment CSVs (two layouts), X12 834 segments, React Native
logs (Android logcat and iOS os_log) with GPS, QuickBooks Online sync logs, PostgreSQL slow-query
logs, Caddy JSON access/error logs.

Everything is synthetic. Deterministic: fixed seed, no clock or OS randomness.

Labeling decisions:
- Only identifiers of patients/members and the people around them (relatives, dependents,
  subscribers, guarantors, emergency contacts) are labeled. Clinicians and staff doing their work
  (names, work emails, usernames, NPIs, their IPs and devices), employers, labs, payers, vendors and
  the practice's own phone/fax/address are never labeled.
- name: full names in any order/case, HL7/X12 name fields (one span for the whole XPN/NM1 name
  components when they are contiguous), first names alone when they address/identify a patient
  ("Hi Dana"), Korean names in Hangul, names inside file names, document titles, meeting topics and
  calendar titles. Titles (Mr., Sra.) are outside the span.
- address: street line and city are separate address spans (unit included in the street span when
  written together); ZIP is its own zip span; state and country are not labeled. X12 N4 county FIPS
  codes, Zoom participant location city and GPS coordinates of a patient's home / visit stop are
  address (lat and lng are separate spans when written as separate fields). GPS fixes of the
  clinician's phone while driving between stops are not labeled.
- date: birth, appointment/visit, specimen collection and observation, lab report, dispensing fill,
  injury, membership/coverage effective and termination dates, in any format (HL7/X12 datetimes are
  labeled as the whole value). Machine timestamps (log prefixes, epoch created/ts/event_ts, Zoom
  join_time, MSH-7, ISA/GS/BGN dates, file export times, billing-period epochs) are not labeled.
  A year alone and a time of day alone ("here for my 10:00") are not labeled; a weekday+date+time
  phrase ("Thu 5/23 at 3:30pm") is one date span.
- age: only ages over 89 (the number only). Younger ages are left unlabeled.
- phone / fax: numbers of patients and their relatives in any format; business numbers are not.
- mrn: the EHR medical record number (JHD + 6 digits) wherever it appears (HL7 PID-3, file names,
  URLs, Stripe metadata).
- health_plan: insurer member IDs, Medicare MBIs, Medicaid numbers, X12 834 REF*0F subscriber
  identifiers and DPC membership numbers (JHM-...). Group numbers and plan codes are not labeled.
- account: Stripe customer IDs (cus_...), QuickBooks customer Ids, HL7 PID-18 patient account
  numbers and full card numbers a patient typed. Card last4, card fingerprints, Stripe sub_/in_/pi_/
  ch_/pm_/evt_/po_ IDs and invoice numbers are not labeled; Stripe public test values
  (4242 4242 4242 4242, "Jenny Rosen") are not labeled.
- other_id: internal patient/member primary keys when the field names the patient or member
  (patient_id=, member_id, patientId, /patients/<id>), Hint patient IDs (pat-...), Spruce patient
  contact IDs (ent_... of an inbound patient), patient portal usernames and employer employee IDs.
  Order, accession, requisition, Rx, visit, stop, thread, job, request, trace and span IDs identify
  transactions, not people, and are not labeled.
- license: a patient's driver's licence number. vehicle: plates and VINs of patients/relatives.
  device: serial numbers, UDIs and BLE MAC addresses of devices dispensed to, worn by or paired for a
  patient.
  biometric: fingerprint minutiae templates (base64 FMR). photo: base64 face image payloads (the
  base64 text after "base64,").
- ip: public IP of a request made by a signed-in patient (portal, telehealth participant, Stripe
  customer tax IP). Staff, office, server, uptime-monitor, scanner/bot, anonymous marketing-site and
  private IPs are not labeled.
- url: a patient's personal URLs (social profile, blog). Practice/portal URLs are not labeled, but
  identifiers inside them are (e.g. an e-mail in a query string, labeled as it is written there).
- ssn: SSNs with or without dashes (also for dependents in enrollment files and 834 NM1*IL...*34).
- Relatives: caregivers, spouses, children and emergency contacts get the same treatment as patients
  (names, first names alone, phones, e-mails, their vehicles).
- Names inside an email/URL are part of that email/url span, not separate name spans.
"""
import base64
import datetime as dt
import json
import os
import string
import unicodedata
import random

SEED = 0x6E77
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nw"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}

# ---------------------------------------------------------------- span helper
A, B, C, Q = "\ue000", "\ue001", "\ue002", "\ue003"


def P(cat, v):
    """Mark a PHI value inside a template string."""
    assert cat in CATS, cat
    v = str(v)
    assert v and not any(ch in v for ch in (A, B, C, Q))
    return f"{A}{cat}{B}{v}{C}"


def PN(cat, v):
    """Marked value that must appear unquoted inside JSON produced by J()."""
    return f"{Q}{P(cat, v)}{Q}"


def J(obj, compact=True):
    if compact:
        s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        s = json.dumps(obj, ensure_ascii=False)
    return s.replace('"' + Q, "").replace(Q + '"', "")


class LineBuilder:
    """Appends text piece by piece and records byte offsets of PHI pieces."""

    def __init__(self):
        self.buf = bytearray()
        self.spans = []
        self.values = []

    def text(self, s):
        self.buf += s.encode("utf-8")

    def phi(self, cat, v):
        st = len(self.buf)
        self.buf += v.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.values.append(v)

    def line(self):
        s = self.buf.decode("utf-8")
        for ch in (A, B, C, Q, "\n", "\r"):
            assert ch not in s, repr(s)
        assert s.strip(), "empty line"
        for sp, v in zip(self.spans, self.values):
            assert bytes(self.buf[sp["s"]:sp["e"]]) == v.encode("utf-8"), (sp, v)
        return s


def build(marked):
    lb = LineBuilder()
    i = 0
    while True:
        j = marked.find(A, i)
        if j < 0:
            lb.text(marked[i:])
            break
        lb.text(marked[i:j])
        k = marked.index(B, j)
        m = marked.index(C, k)
        lb.phi(marked[j + 1:k], marked[k + 1:m])
        i = m + 1
    return lb.line(), lb.spans


# ---------------------------------------------------------------- clock & ids
NOW = dt.datetime(2024, 5, 14, 11, 2, 7, 118000, tzinfo=dt.timezone.utc)
CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")
TODAY = dt.date(2024, 5, 14)


def tick(lo=1, hi=38):
    global NOW
    NOW += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return NOW


B62 = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def epoch(t=None):
    return int((t or NOW).timestamp())


def iso_z(t=None, ms=True):
    t = t or NOW
    if ms:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def local(t=None):
    return (t or NOW).astimezone(CDT)


MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["", "January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, style):
    y, m, day = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{day:02d}",
        "us": f"{m:02d}/{day:02d}/{y}",
        "us_np": f"{m}/{day}/{y}",
        "us_short": f"{m}/{day}/{y % 100:02d}",
        "hl7": f"{y}{m:02d}{day:02d}",
        "mon": f"{MON[m]} {day}, {y}",
        "dmon": f"{day:02d}-{MON[m].upper()}-{y}",
        "long": f"{MONTH[m]} {day}, {y}",
        "eu": f"{day:02d}/{m:02d}/{y}",
        "dot": f"{day:02d}.{m:02d}.{y}",
        "us_dot": f"{m:02d}.{day:02d}.{y}",
        "es": f"{day} de {MES[m]} de {y}",
        "ko": f"{y}년 {m}월 {day}일",
        "ko_dot": f"{y}.{m:02d}.{day:02d}",
        "ymd_slash": f"{y}/{m:02d}/{day:02d}",
    }[style]


def future_day(lo=1, hi=21):
    return TODAY + dt.timedelta(days=R.randint(lo, hi))


def past_day(lo=1, hi=40):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


def appt_slot():
    d = future_day(1, 16)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    h = R.choice([8, 9, 10, 11, 13, 14, 15, 16])
    mi = R.choice([0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, mi, tzinfo=CDT)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def vin():
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = R.choice(["1HG", "5YJ", "1FT", "3VW", "JTD", "2T3", "1C4", "KNA"])
    body = wmi + "".join(R.choice(alpha) for _ in range(5)) + "0" + R.choice("LMNPR") + \
        R.choice(alpha) + "".join(R.choice(string.digits) for _ in range(6))
    s = sum(trans[ch] * w for ch, w in zip(body, weights)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]


def plate():
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return R.choice([
        lambda: f"{rs(3, L)}-{R.randint(1000, 9999)}",
        lambda: f"{rs(3, L)} {R.randint(1000, 9999)}",
        lambda: f"{rs(2, L)}{R.randint(1, 9)}{rs(1, L)}{R.randint(100, 999)}",
    ])()


def b64_blob(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64():
    hdr = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
           b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14")
    return b64_blob(hdr, R.randint(120, 210))


def fmr_b64():
    hdr = b"FMR\x00 20\x00\x00\x00\x01\x62\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return b64_blob(hdr, R.randint(90, 150))


# ---------------------------------------------------------------- practice (not PHI)
DOM = "juniperhill-dpc.com"
PRACTICE = "Juniper Hill Direct Care"
PRACTICE_PHONE = "(512) 843-2210"
PRACTICE_FAX = "(512) 843-2219"
STAFF = [
    {"first": "Amara", "last": "Lindqvist", "cred": "MD", "user": "a.lindqvist", "npi": "1386947215"},
    {"first": "Rafael", "last": "Okonkwo-Duarte", "cred": "DO", "user": "r.okonkwo-duarte", "npi": "1578402269"},
    {"first": "Jenna", "last": "Whitcomb", "cred": "NP", "user": "j.whitcomb", "npi": "1942285510"},
    {"first": "Luis", "last": "Ortega", "cred": "MA", "user": "l.ortega", "npi": ""},
    {"first": "Kelsey", "last": "Brandt", "cred": "", "user": "k.brandt", "npi": ""},
    {"first": "Tamsin", "last": "Greer", "cred": "", "user": "t.greer", "npi": ""},
    {"first": "Hyun-woo", "last": "Seo", "cred": "", "user": "h.seo", "npi": ""},
]
CLIN = STAFF[:3]
OFFICE_IP = "70.114.233.18"
STAFF_IPS = ["70.114.233.18", "104.188.7.61", "99.66.140.212"]


def staff():
    return R.choice(STAFF)


def clin():
    return R.choice(CLIN)


def semail(s):
    return f"{s['user']}@{DOM}"


# ---------------------------------------------------------------- people
ORIGINS = {
    "anglo": (["Margaret", "Brooke", "Eleanor", "Hazel", "Tamara", "Delores", "Ruth", "Carol-Ann", "Shelby"],
              ["Wyatt", "Thomas", "Dale", "Everett", "Bo", "Clifford", "Garrett", "Harold"],
              ["Abernathy", "Whitfield", "McCall", "Pruitt", "Holloway", "Sutherland", "Bramlett", "Kincaid"]),
    "hispanic": (["María José", "Guadalupe", "Ximena", "Itzel", "Yesenia", "Rocío", "Marisol"],
                 ["Jesús", "Rodrigo", "Joaquín", "Héctor", "Aurelio", "Santiago"],
                 ["Hernández Villanueva", "Castillo-Reyes", "de la Cruz", "Ibarra", "Zúñiga", "Treviño",
                  "Garza", "Ochoa", "del Valle", "Montemayor"]),
    "viet": (["Thanh", "Linh", "Mai", "Ngoc Anh"], ["Quang", "Bao", "Minh", "Tuan"],
             ["Nguyen", "Tran", "Pham", "Vo", "Huynh"]),
    "wafr": (["Chiamaka", "Adaeze", "Abena", "Folasade"], ["Oluwaseun", "Emeka", "Kwame", "Chidi"],
             ["Okafor", "Adeyemi-Clarke", "Osei", "Nwosu", "Mensah", "Eze"]),
    "sasia": (["Priyanka", "Anjali", "Sunita", "Meenakshi"], ["Rohan", "Venkatesh", "Farhan", "Arjun"],
              ["Raghunathan", "Iyer", "Patel", "Chaudhry", "Bhattacharya", "Sood"]),
    "arab": (["Layla", "Rania", "Noor"], ["Yousef", "Omar", "Karim"],
             ["Al-Masri", "Haddad", "El-Amin", "Khoury", "Abu-Saleh"]),
    "euro": (["Siobhan", "Ingrid", "Anastasia", "Zofia", "Élodie"], ["Lars", "Dmitri", "Matteo", "Pieter"],
             ["van der Berg", "O'Neill", "Kowalczyk", "MacAllister", "St. Clair", "Dubois", "Le Roux",
              "D'Angelo", "della Rovere", "Papadopoulos", "Fitzgerald-Hughes", "Novák"]),
    "easia": (["Yuki", "Mei-Ling"], ["Kenji", "Wei"], ["Nakamura", "Watanabe", "Zhao", "Chen-Whitaker"]),
    "pacific": (["Losa", "Mele"], ["Tevita", "Makana"], ["Fa'anunu", "Kealoha", "Tuilagi"]),
}
KO_LAST = [("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Yoon", "윤"), ("Jang", "장"), ("Kang", "강")]
KO_F = [("Seo-yeon", "서연"), ("Hye-jin", "혜진"), ("Min-seo", "민서"), ("Ha-eun", "하은"), ("Young-ja", "영자")]
KO_M = [("Do-yoon", "도윤"), ("Ji-hoon", "지훈"), ("Jun-ho", "준호"), ("Chang-ho", "창호"), ("Sung-min", "성민")]

CITIES = [  # city, zips, county FIPS, lat, lng
    ("Austin", ["78704", "78751", "78745", "78723", "78757"], "48453", 30.2672, -97.7431),
    ("Round Rock", ["78681", "78664"], "48491", 30.5083, -97.6789),
    ("Pflugerville", ["78660"], "48453", 30.4394, -97.6200),
    ("Cedar Park", ["78613"], "48491", 30.5052, -97.8203),
    ("Georgetown", ["78628", "78633"], "48491", 30.6333, -97.6770),
    ("Kyle", ["78640"], "48209", 29.9891, -97.8772),
    ("Buda", ["78610"], "48209", 30.0852, -97.8403),
    ("San Marcos", ["78666"], "48209", 29.8833, -97.9414),
    ("Lakeway", ["78734"], "48453", 30.3638, -97.9797),
    ("Leander", ["78641"], "48491", 30.5788, -97.8531),
    ("Manor", ["78653"], "48453", 30.3408, -97.5569),
    ("Dripping Springs", ["78620"], "48209", 30.1902, -98.0867),
    ("Hutto", ["78634"], "48491", 30.5427, -97.5467),
    ("Bastrop", ["78602"], "48021", 30.1105, -97.3153),
]
STREETS = ["Avenue F", "W Koenig Ln", "Sweetbriar Ln", "Manchaca Rd", "Burnet Rd", "E Cesar Chavez St",
           "Oak Hollow Dr", "Shoal Creek Blvd", "Bluebonnet Trl", "Mesa Verde Cir", "Loma Linda Dr",
           "Cypress Creek Rd", "Old Settlers Blvd", "Pecan St", "Ranch Road 620 N", "Calle Paloma",
           "Wells Branch Pkwy", "Dessau Rd", "Sunflower Ct", "Hidden Glen Dr", "S 1st St", "Fm 1626"]
UNITS = ["Apt 2B", "#114", "Unit 3", "Apt 1207", "Bldg 4 Apt 221"]
MAILS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com",
         "att.net", "proton.me", "sbcglobal.net"]


class Person:
    def __init__(self, origin=None, sex=None, old=False, young=False, last=None):
        self.origin = origin or R.choice(list(ORIGINS) + ["korean", "korean"])
        self.sex = sex or R.choice("FM")
        if self.origin == "korean":
            ln = R.choice(KO_LAST) if last is None else last
            fn = R.choice(KO_F if self.sex == "F" else KO_M)
            self.first, self.last = fn[0], ln[0]
            self.ko_last = ln
            self.hangul = ln[1] + fn[1]
            self.hangul_given = fn[1]
        else:
            fs, ms, ls = ORIGINS[self.origin]
            self.first = R.choice(fs if self.sex == "F" else ms)
            self.last = last or R.choice(ls)
            self.hangul = None
            self.ko_last = None
        self.mi = R.choice(string.ascii_uppercase.replace("Q", "").replace("X", ""))
        if old:
            self.dob = dt.date(R.randint(1926, 1934), R.randint(1, 12), R.randint(1, 28))
        elif young:
            self.dob = dt.date(R.randint(2008, 2021), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = dt.date(R.randint(1940, 2002), R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        city = R.choice(CITIES)
        self.city, self.zip, self.fips = city[0], R.choice(city[1]), city[2]
        self.lat = round(city[3] + R.uniform(-0.06, 0.06), 5)
        self.lng = round(city[4] + R.uniform(-0.06, 0.06), 5)
        self.street = f"{R.randint(100, 19999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS) if R.random() < 0.3 else ""
        self.phone = self._phone()
        self.email = self._email()
        area = R.randint(1, 899)
        while area == 666:
            area = R.randint(1, 899)
        self.ssn = f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        self.mrn = f"JHD{R.randint(104000, 199999)}"
        self.pk = R.randint(1200, 48000)
        self.member_pk = R.randint(300, 9800)
        self.hint = "pat-" + rs(12)
        self.cus = "cus_" + rs(14)
        self.qbo = str(R.randint(58, 2400))
        self.jhm = f"JHM-{R.randint(200000, 299999)}"
        self.acct = f"JHA{R.randint(1000000, 9999999)}"
        self.plan_id, self.payer = self._plan()
        self.username = R.choice([fold(self.first).lower().replace(" ", "").replace("-", "")[:1] + fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "") + str(self.dob.year % 100),
                                  fold(self.first).lower().replace(" ", ".").replace("-", "") + "_" + str(R.randint(1, 99))])
        self.dl = str(R.randint(10000000, 49999999))
        self.spruce = "ent_" + rs(10, UPDIG)
        self.ip = self._ip()

    def _phone(self=None):
        area = R.choice(["512", "512", "512", "737", "737", "254", "210", "830"])
        if R.random() < 0.2:
            return area + "555" + f"01{R.randint(0, 99):02d}"
        return area + str(R.randint(201, 989)).replace("555", "556") + f"{R.randint(0, 9999):04d}"

    def _email(self):
        f = fold(self.first).lower().replace(" ", "").replace("'", "")
        l = fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        dom = "naver.com" if (self.origin == "korean" and R.random() < 0.5) else R.choice(MAILS)
        pat = R.choice([f"{f}.{l}", f"{f}{l}{self.dob.year % 100:02d}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}",
                        f"{l}.{f}", f"{f}{R.randint(70, 99)}"])
        return f"{pat.replace('-', '')}@{dom}"

    def _plan(self):
        k = R.randint(0, 6)
        if k == 0:
            return "W" + str(R.randint(100000000, 999999999)), "AETNA"
        if k == 1:
            return "ZGP" + str(R.randint(100000000, 999999999)), "BCBSTX"
        if k == 2:
            return str(R.randint(900000000, 999999999)), "UHC"
        if k == 3:
            return mbi(), "MEDICARE"
        if k == 4:
            return "U" + str(R.randint(10000000, 99999999)) + "01", "CIGNA"
        if k == 5:
            return str(R.randint(500000000, 799999999)), "TX MEDICAID"
        return "XJH" + str(R.randint(10000000, 99999999)), "BCBSTX"

    def _ip(self):
        if R.random() < 0.15:
            return f"2600:1700:{hexs(4)}:{hexs(4)}:{hexs(4).lstrip('0') or '1'}:{hexs(4)}:{hexs(3)}:{hexs(4)}"
        first = R.choice([24, 47, 66, 67, 68, 70, 71, 72, 73, 76, 97, 98, 99, 107, 108, 136, 162, 172, 174])
        return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"

    # name renderings
    def nm(self, style=None):
        style = style or R.choice(["fl", "fl", "fl", "lf", "LF", "fml", "il", "lower", "upper", "lfm"])
        f, l = self.first, self.last
        return {
            "fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{fold(l).upper()}, {fold(f).upper()}",
            "fml": f"{f} {self.mi}. {l}", "il": f"{f[0]}. {l}", "lower": f"{f} {l}".lower(),
            "upper": f"{f} {l}".upper(), "lfm": f"{l}, {f} {self.mi}",
        }[style]

    def hl7name(self):
        return f"{fold(self.last).upper()}^{fold(self.first).upper()}^{self.mi}"

    def ph(self, style=None):
        d = self.phone
        style = style if style is not None else R.randint(0, 6)
        return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
                d, f"+1{d}", f"+1 {d[:3]}-{d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"][style]

    def street_full(self):
        return f"{self.street} {self.unit}".strip() if self.unit else self.street


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + string.digits
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) +
            R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9)) +
            str(R.randint(0, 9)))


def _unique(n, **kw):
    out, seen = [], set()
    while len(out) < n:
        p = Person(**kw)
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out.append(p)
    return out


def rand_phone():
    return Person._phone(None)


PEOPLE = _unique(70)
ELDERS = _unique(10, old=True)
KOREANS = [Person(origin="korean") for _ in range(6)]
HISPANIC = _unique(8, origin="hispanic")


def pat():
    return R.choice(PEOPLE)


def elder():
    return R.choice(ELDERS)


def personal_url(p):
    f = fold(p.first).lower().replace(' ', '').replace('-', '')
    l = fold(p.last).lower().replace(' ', '').replace(chr(39), '').replace('.', '')
    return R.choice([f"https://www.instagram.com/{f}.{R.choice(['runs', 'bakes', 'lifts', 'eats'])}",
                     f"https://{l}family.blogspot.com/2024/05/food-log.html",
                     f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
                     f"https://{f}{l}.substack.com",
                     f"https://www.strava.com/athletes/{R.randint(10000000, 99999999)}"])


_CYC = {}


def cyc(key, n, boost=()):
    """Next variant of a shuffled round-robin cycle: every variant occurs evenly."""
    bag = _CYC.get(key)
    if not bag:
        bag = list(range(n)) + list(boost)
        R.shuffle(bag)
        _CYC[key] = bag
    return bag.pop()


def pyq(marked_or_plain, raw):
    """Quote like Python's repr(): double quotes when the raw text contains an apostrophe."""
    q = '"' if "'" in raw else "'"
    return f"{q}{marked_or_plain}{q}"


def fd_phone(d):
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"


def family_last(p):
    """Surname argument for a relative sharing p's family name (Korean: tuple of romanized/Hangul)."""
    return p.ko_last if p.origin == "korean" else p.last


def age_txt(p):
    return P("age", p.age) if p.age > 89 else str(p.age)


# ================================================================ families
# Each generator returns a list of (family, marked_line).

def rid():
    return rs(20, string.ascii_letters + string.digits + "_-")


def phx_ts():
    t = tick(0, 6)
    return t.strftime("%H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def g_phoenix(phi):
    F = "phoenix"
    r = rid()
    if not phi:
        k = cyc(2, 9)
        if k == 0:
            return [(F, f"{phx_ts()} request_id={r} [info] GET /health"),
                    (F, f"{phx_ts()} request_id={r} [info] Sent 200 in {R.randint(180, 900)}µs")]
        if k == 1:
            return [(F, f"{phx_ts()} request_id={r} [info] POST /webhooks/stripe"),
                    (F, f"{phx_ts()} request_id={r} [info] Sent 200 in {R.randint(8, 90)}ms")]
        if k == 2:
            return [(F, f"{phx_ts()} [info] Running MembershipWeb.Endpoint with Bandit 1.5.2 at :::4000 (http)"),
                    (F, f"{phx_ts()} [info] Access MembershipWeb.Endpoint at https://billing.{DOM}")]
        if k == 3:
            job = {"args": {"payout_id": "po_1P" + rs(22)}, "attempt": 1, "duration": R.randint(200, 9000),
                   "event": "job:stop", "id": R.randint(80000, 99999), "max_attempts": 20, "meta": {},
                   "queue": "billing", "queue_time": R.randint(500, 30000), "source": "oban",
                   "state": "success", "tags": ["reconcile"], "worker": "Billing.Workers.ReconcilePayout"}
            return [(F, f"{phx_ts()} [info] {J(job)}")]
        if k == 4:
            return [(F, f"{phx_ts()} request_id={r} [warning] [Stripe.Webhook] signature verification failed: "
                        f"No signatures found matching the expected signature for payload (tolerance=300s)")]
        if k == 5:
            return [(F, f"{phx_ts()} request_id={r} [debug] QUERY OK source=\"subscriptions\" db={R.uniform(0.4, 4):.1f}ms "
                        f"queue={R.uniform(0.1, 1):.1f}ms idle={R.uniform(200, 2500):.1f}ms"),
                    (F, f"UPDATE \"subscriptions\" SET \"status\" = $1, \"updated_at\" = $2 WHERE \"id\" = $3 "
                        f"[\"past_due\", ~U[{NOW.strftime('%Y-%m-%d %H:%M:%S')}Z], {R.randint(1000, 9000)}]")]
        if k == 6:
            return [(F, f"{phx_ts()} [error] Postgrex.Protocol (#PID<0.{R.randint(2000, 4000)}.0>) disconnected: "
                        f"** (DBConnection.ConnectionError) client #PID<0.{R.randint(3000, 9000)}.0> timed out because it "
                        f"queued and checked out the connection for longer than 15000ms")]
        if k == 7:
            return [(F, f"{phx_ts()} [info] Billing.RenewalScheduler: {R.randint(12, 60)} subscriptions renew today, "
                        f"{R.randint(0, 5)} in grace period, next run in 3600s")]
        return [(F, f"{phx_ts()} [notice] :alarm_handler: {{:set, {{:system_memory_high_watermark, []}}}}")]
    p = pat()
    k = cyc(3, 6)
    if k == 0:
        dob_style = R.choice(["iso", "us", "us_np"])
        return [(F, f"{phx_ts()} request_id={r} [info] POST /api/members"),
                (F, f"{phx_ts()} request_id={r} [info] Processing with MembershipWeb.MemberController.create/2"),
                (F, f"  Parameters: %{{\"member\" => %{{\"date_of_birth\" => \"{P('date', fd(p.dob, dob_style))}\", "
                    f"\"email\" => \"{P('email', p.email)}\", \"first_name\" => \"{P('name', p.first)}\", "
                    f"\"last_name\" => \"{P('name', p.last)}\", \"phone\" => \"{P('phone', p.ph())}\", "
                    f"\"plan_id\" => \"{R.choice(['adult_monthly', 'family_monthly', 'senior_annual'])}\", "
                    f"\"referral\" => \"employer:brazos-tile\"}}}}"),
                (F, "  Pipelines: [:api]"),
                (F, f"{phx_ts()} request_id={r} [info] Sent 201 in {R.randint(40, 160)}ms")]
    if k == 1:
        return [(F, f"{phx_ts()} request_id={r} [debug] QUERY OK source=\"members\" db={R.uniform(0.4, 4):.1f}ms idle={R.uniform(200, 2500):.1f}ms"),
                (F, f"SELECT m0.\"id\", m0.\"email\", m0.\"full_name\", m0.\"stripe_customer_id\", m0.\"status\" FROM \"members\" AS m0 "
                    f"WHERE (lower(m0.\"email\") = lower($1)) [\"{P('email', p.email)}\"]")]
    if k == 2:
        return [(F, f"{phx_ts()} request_id={r} [debug] QUERY OK source=\"members\" db={R.uniform(0.4, 4):.1f}ms"),
                (F, f"INSERT INTO \"members\" (\"email\",\"full_name\",\"hint_patient_id\",\"stripe_customer_id\",\"inserted_at\",\"updated_at\") "
                    f"VALUES ($1,$2,$3,$4,$5,$6) RETURNING \"id\" [\"{P('email', p.email)}\", \"{P('name', p.nm('fl'))}\", "
                    f"\"{P('other_id', p.hint)}\", \"{P('account', p.cus)}\", ~N[{NOW.strftime('%Y-%m-%d %H:%M:%S')}], ~N[{NOW.strftime('%Y-%m-%d %H:%M:%S')}]]")]
    if k == 3:
        nxt = NOW.date() + dt.timedelta(days=3)
        return [(F, f"{phx_ts()} [info] [Billing.Dunning] invoice=in_1P{rs(22)} payment_failed "
                    f"member_id={P('other_id', p.member_pk)} customer={P('account', p.cus)} ({P('name', p.nm('fl'))}) "
                    f"attempt={R.randint(1, 3)} next_retry={nxt.isoformat()} decline_code=insufficient_funds")]
    if k == 4:
        return [(F, f"{phx_ts()} request_id={r} [error] ** (Ecto.InvalidChangesetError) could not perform insert because changeset is invalid."),
                (F, "Errors"),
                (F, "    %{date_of_birth: [{\"is invalid\", [type: :date, validation: :cast]}]}"),
                (F, "Applied changes"),
                (F, f"    %{{email: \"{P('email', p.email)}\", full_name: \"{P('name', p.nm('fl'))}\", phone: \"{P('phone', p.ph(3))}\", plan_id: \"adult_monthly\"}}")]
    job = {"args": {"email": P("email", p.email),
                    "member_id": PN("other_id", p.member_pk), "template": R.choice(["welcome_family", "welcome_adult", "card_expiring"])},
           "attempt": 1, "duration": R.randint(90, 2400), "event": "job:stop", "id": R.randint(80000, 99999),
           "max_attempts": 20, "meta": {}, "queue": "mailers", "queue_time": R.randint(100, 9000), "source": "oban",
           "state": "success", "tags": ["email"], "worker": "Membership.Workers.SendTransactionalEmail"}
    return [(F, f"{phx_ts()} [info] {J(job)}")]


def evt_id():
    return "evt_1P" + rs(22)


def stripe_addr(p):
    return {"city": P("address", p.city), "country": "US", "line1": P("address", p.street),
            "line2": P("address", p.unit) if p.unit else None, "postal_code": P("zip", p.zip), "state": "TX"}


def g_stripe(phi):
    F = "stripe_event"
    tick()
    base = {"id": evt_id(), "object": "event", "api_version": "2023-10-16", "created": epoch()}
    if not phi:
        k = cyc(4, 6)
        if k == 0:
            ev = evt_id()
            typ = R.choice(["invoice.paid", "payout.paid", "customer.subscription.updated", "invoice.finalized"])
            t = local().strftime("%Y-%m-%d %H:%M:%S")
            return [(F, f"{t}   --> {typ} [{ev}]"),
                    (F, f"{t}  <--  [200] POST http://localhost:4000/webhooks/stripe [{ev}]")]
        if k == 1:
            base.update({"data": {"object": {"id": "po_1P" + rs(22), "object": "payout", "amount": R.randint(200000, 1900000),
                                             "arrival_date": epoch() + 86400, "currency": "usd", "method": "standard",
                                             "status": "paid", "destination": "ba_1Nq" + rs(21)}},
                         "livemode": True, "pending_webhooks": 1, "request": {"id": None, "idempotency_key": None},
                         "type": "payout.paid"})
        elif k == 2:
            base.update({"data": {"object": {"id": "price_1O" + rs(22), "object": "price", "active": True,
                                             "nickname": R.choice(["Adult 26-64 monthly", "Senior 65+ monthly", "Family monthly", "Child add-on"]),
                                             "unit_amount": R.choice([7500, 9900, 12500, 2500]), "recurring": {"interval": "month", "interval_count": 1},
                                             "product": "prod_P" + rs(13)}},
                         "livemode": True, "pending_webhooks": 1, "type": "price.updated"})
        elif k == 3:
            base.update({"data": {"object": {"id": "ch_3P" + rs(22), "object": "charge", "amount": 9900,
                                             "billing_details": {"address": {"postal_code": "42424"}, "email": None, "name": "Jenny Rosen", "phone": None},
                                             "customer": None, "livemode": False, "paid": True,
                                             "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2034,
                                                                                 "fingerprint": rs(16), "funding": "credit"}, "type": "card"},
                                             "status": "succeeded"}},
                         "livemode": False, "pending_webhooks": 2, "type": "charge.succeeded"})
        elif k == 4:
            base.update({"data": {"object": {"object": "balance", "available": [{"amount": R.randint(100000, 3000000), "currency": "usd",
                                                                                 "source_types": {"card": R.randint(100000, 3000000)}}],
                                             "livemode": True, "pending": [{"amount": R.randint(1000, 90000), "currency": "usd"}]}},
                         "livemode": True, "pending_webhooks": 1, "type": "balance.available"})
        else:
            return [(F, f"{local().strftime('%Y-%m-%d %H:%M:%S')}  Ready! You are using Stripe API Version [2023-10-16]. "
                        f"Your webhook signing secret is whsec_{'*' * 24}{rs(4)} (^C to quit)")]
        return [(F, J(base))]
    p = pat()
    k = cyc(5, 5)
    if k == 0:
        obj = {"id": P("account", p.cus), "object": "customer", "address": stripe_addr(p), "balance": 0,
               "created": epoch() - R.randint(2000000, 40000000), "email": P("email", p.email),
               "invoice_settings": {"default_payment_method": "pm_1P" + rs(22)}, "livemode": True,
               "metadata": {"hint_patient_id": P("other_id", p.hint), "mrn": P("mrn", p.mrn)},
               "name": P("name", p.nm("fl")), "phone": P("phone", p.ph(4))}
        if R.random() < 0.5:
            obj["tax"] = {"automatic_tax": "supported", "ip_address": P("ip", p.ip), "location": {"country": "US", "source": "ip_address", "state": "TX"}}
        base.update({"data": {"object": obj, "previous_attributes": {"phone": None}},
                     "livemode": True, "pending_webhooks": 1, "request": {"id": "req_" + rs(14), "idempotency_key": uuid4()},
                     "type": "customer.updated"})
    elif k == 1:
        base.update({"data": {"object": {"id": "in_1P" + rs(22), "object": "invoice", "amount_due": R.choice([7500, 9900, 12500, 24900]),
                                         "attempt_count": R.randint(1, 3), "billing_reason": "subscription_cycle",
                                         "customer": P("account", p.cus), "customer_address": stripe_addr(p) if R.random() < 0.5 else None,
                                         "customer_email": P("email", p.email), "customer_name": P("name", p.nm("fl")),
                                         "customer_phone": None, "next_payment_attempt": epoch() + 259200, "number": f"JHDC-{rs(4, UPDIG)}-{R.randint(1, 40):04d}",
                                         "status": "open", "subscription": "sub_1P" + rs(22)}},
                     "livemode": True, "pending_webhooks": 1, "type": "invoice.payment_failed"})
    elif k == 2:
        base.update({"data": {"object": {"id": "ch_3P" + rs(22), "object": "charge", "amount": 9900, "customer": P("account", p.cus),
                                         "billing_details": {"address": {"city": None, "country": "US", "line1": None, "line2": None,
                                                                         "postal_code": P("zip", p.zip), "state": None},
                                                             "email": None, "name": P("name", p.nm(R.choice(["upper", "fl"]))), "phone": None},
                                         "failure_code": "card_declined", "failure_message": "Your card has insufficient funds.",
                                         "outcome": {"network_status": "declined_by_network", "reason": "insufficient_funds", "risk_level": "normal", "type": "issuer_declined"},
                                         "payment_method_details": {"card": {"brand": R.choice(["visa", "mastercard", "amex"]), "last4": f"{R.randint(0, 9999):04d}",
                                                                             "exp_month": R.randint(1, 12), "exp_year": R.randint(2024, 2029)}, "type": "card"},
                                         "status": "failed"}},
                     "livemode": True, "pending_webhooks": 1, "type": "charge.failed"})
    elif k == 3:
        base.update({"data": {"object": {"id": "cs_live_a1" + rs(40), "object": "checkout.session", "amount_total": 9900,
                                         "custom_fields": [{"key": "dob", "label": {"custom": "Date of birth", "type": "custom"}, "optional": False,
                                                            "text": {"value": P("date", fd(p.dob, R.choice(['us', 'us_np', 'iso'])))}, "type": "text"}],
                                         "customer": P("account", p.cus),
                                         "customer_details": {"address": stripe_addr(p), "email": P("email", p.email), "name": P("name", p.nm("fl")),
                                                              "phone": P("phone", p.ph(4)), "tax_exempt": "none"},
                                         "mode": "subscription", "payment_status": "paid", "status": "complete", "subscription": "sub_1P" + rs(22)}},
                     "livemode": True, "pending_webhooks": 2, "type": "checkout.session.completed"})
    else:
        base.update({"data": {"object": {"id": "sub_1P" + rs(22), "object": "subscription", "cancel_at_period_end": True,
                                         "current_period_end": epoch() + R.randint(86400, 2500000), "current_period_start": epoch() - 86400 * 10,
                                         "customer": P("account", p.cus), "items": {"object": "list", "total_count": 1},
                                         "metadata": {"member_id": P("other_id", p.member_pk)}, "status": "active"},
                              "previous_attributes": {"cancel_at_period_end": False}},
                     "livemode": True, "pending_webhooks": 1, "type": "customer.subscription.updated"})
    return [(F, J(base))]


def g_hint(phi):
    F = "hint_webhook"
    tick()
    hdr = {"id": "whe-" + rs(12), "created_at": iso_z(ms=False), "practice_id": "pra-7QmZc2RkX1"}
    if not phi:
        k = cyc(6, 4)
        if k == 0:
            hdr.update({"type": "webhook.test", "object": {"message": "Hint webhook endpoint verified"}})
        elif k == 1:
            hdr.update({"type": "plan.updated", "object": {"id": "pln-" + rs(10), "name": R.choice(["Adult 26-64", "Senior 65+", "Child (0-17)", "Employer Core"]),
                                                           "amount_in_cents": R.choice([7500, 9900, 12500, 3000]), "period": "month", "active": True}})
        elif k == 2:
            hdr.update({"type": "practice.updated", "object": {"id": "pra-7QmZc2RkX1", "name": PRACTICE, "phone": PRACTICE_PHONE, "fax": PRACTICE_FAX,
                                                               "address_line1": "2901 S Lamar Blvd Ste 210", "city": "Austin", "state": "TX", "zip": "78704",
                                                               "billing_contact_email": f"billing@{DOM}"}})
        else:
            return [(F, f"{phx_ts()} request_id={rid()} [info] [HintWebhook] delivery {hdr['id']} acknowledged "
                        f"type={R.choice(['charge.paid', 'membership.renewed', 'plan.updated'])} latency_ms={R.randint(20, 400)}")]
        return [(F, J(hdr))]
    p = pat()
    k = cyc(7, 4)
    if k == 0:
        obj = {"id": P("other_id", p.hint), "first_name": P("name", p.first), "last_name": P("name", p.last),
               "dob": P("date", fd(p.dob, "iso")), "sex": "female" if p.sex == "F" else "male",
               "email": P("email", p.email), "phones": [{"type": "mobile", "number": P("phone", p.ph(1))}],
               "address_line1": P("address", p.street), "address_line2": P("address", p.unit) if p.unit else "",
               "city": P("address", p.city), "state": "TX", "zip": P("zip", p.zip), "external_id": P("mrn", p.mrn),
               "membership_status": "active"}
        if R.random() < 0.25:
            fx = rand_phone()
            obj["phones"].append({"type": "fax", "number": P("fax", f"{fx[:3]}-{fx[3:6]}-{fx[6:]}")})
        if R.random() < 0.5:
            obj["insurance"] = {"carrier": p.payer, "member_id": P("health_plan", p.plan_id), "group_number": str(R.randint(100000, 999999))}
        hdr.update({"type": R.choice(["patient.created", "patient.updated"]), "object": obj})
    elif k == 1:
        sd = dt.date(2024, R.choice([6, 6, 7]), 1)
        obj = {"patient": {"id": P("other_id", p.hint), "name": P("name", p.nm("fl"))}, "membership_number": P("health_plan", p.jhm),
               "plan": {"id": "pln-" + rs(10), "name": R.choice(["Family (2 adults + kids)", "Adult 26-64", "Senior 65+"])},
               "start_date": P("date", fd(sd, "iso")), "status": "pending", "sponsor": {"type": "employer", "name": "Brazos Tile & Stone LLC"}}
        hdr.update({"type": "membership.activated", "object": obj})
    elif k == 2:
        obj = {"id": P("other_id", p.hint), "first_name": P("name", p.first), "last_name": P("name", p.last),
               "avatar": {"content_type": "image/jpeg", "data": "data:image/jpeg;base64," + P("photo", jpeg_b64())}}
        hdr.update({"type": "patient.updated", "changed_fields": ["avatar"], "object": obj})
    else:
        ed = past_day(0, 5)
        obj = {"patient": {"id": P("other_id", p.hint), "email": P("email", p.email)}, "membership_number": P("health_plan", p.jhm),
               "end_date": P("date", fd(ed, "iso")), "reason": R.choice(["moved_out_of_area", "cost", "switched_employer"])}
        hdr.update({"type": "membership.ended", "object": obj})
    return [(F, J(hdr))]


def dj_ts():
    t = tick(0, 9)
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def g_django(phi):
    F = "django"
    if not phi:
        k = cyc(8, 7)
        if k == 0:
            return [(F, f"{dj_ts()} INFO django.server \"GET /healthz HTTP/1.1\" 200 2")]
        if k == 1:
            ip = f"{R.randint(3, 54)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
            return [(F, f"{dj_ts()} ERROR django.security.DisallowedHost Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS.")]
        if k == 2:
            return [(F, f"{dj_ts()} WARNING django.request Not Found: /{R.choice(['wp-login.php', '.env', 'admin/config.php', 'api/v1/../../etc/passwd'])}")]
        if k == 3:
            return [(F, f"{dj_ts()} ERROR django.request Internal Server Error: /api/v2/dispensary/reconcile/"),
                    (F, "Traceback (most recent call last):"),
                    (F, "  File \"/app/.venv/lib/python3.11/site-packages/django/db/backends/utils.py\", line 105, in _execute"),
                    (F, "    return self.cursor.execute(sql, params)"),
                    (F, "psycopg.errors.DeadlockDetected: deadlock detected"),
                    (F, f"DETAIL:  Process {R.randint(20000, 40000)} waits for ShareLock on transaction {R.randint(8000000, 9000000)}; blocked by process {R.randint(20000, 40000)}.")]
        if k == 4:
            return [(F, f"[{local().strftime('%Y-%m-%d %H:%M:%S %z')}] [{R.randint(7, 60)}] [INFO] Booting worker with pid: {R.randint(40, 900)}")]
        if k == 5:
            return [(F, f"{dj_ts()} DEBUG django.db.backends ({R.uniform(0.001, 0.9):.3f}) SELECT COUNT(*) AS \"__count\" FROM \"django_session\" "
                        f"WHERE \"django_session\".\"expire_date\" < '{NOW.strftime('%Y-%m-%dT%H:%M:%S')}'::timestamptz; args=(); alias=default")]
        s = staff()
        return [(F, f"{dj_ts()} INFO ehr.auth login ok user={s['user']} mfa=totp ip={R.choice(STAFF_IPS)} session_ttl=28800")]
    p = pat()
    s = clin()
    k = cyc(9, 9, boost=(4, 5, 6, 7))
    if k == 8:
        rel = Person(origin=p.origin, last=family_last(p))
        return [(F, f"{dj_ts()} INFO ehr.intake emergency contact updated patient_id={P('other_id', p.pk)} "
                    f"ec_name=\"{P('name', rel.nm(R.choice(['fl', 'lf'])))}\" ec_relationship={R.choice(['daughter', 'son', 'spouse', 'sister', 'neighbor'])} "
                    f"ec_phone={P('phone', rel.ph())} ec_email={P('email', rel.email)} by={staff()['user']}")]
    if k == 0:
        return [(F, f"{dj_ts()} INFO ehr.audit chart.view actor={s['user']} patient_id={P('other_id', p.pk)} mrn={P('mrn', p.mrn)} "
                    f"section={R.choice(['labs', 'meds', 'problems', 'notes', 'dispensary'])} remote=10.20.1.{R.randint(10, 60)}")]
    if k == 1:
        q = R.choice(PEOPLE)
        return [(F, f"{dj_ts()} WARNING ehr.intake Possible duplicate patient: '{P('name', p.nm('lf'))}' dob={P('date', fd(p.dob, 'iso'))} "
                    f"matches mrn {P('mrn', q.mrn)} (score=0.{R.randint(81, 97)})")]
    if k == 2:
        bad = fd(p.dob, R.choice(["us", "us_np", "mon"]))
        return [(F, f"{dj_ts()} ERROR django.request Internal Server Error: /api/v2/patients/{P('other_id', p.pk)}/demographics/"),
                (F, "Traceback (most recent call last):"),
                (F, "  File \"/app/ehr/patients/serializers.py\", line 212, in update"),
                (F, "    instance.full_clean()"),
                (F, f"django.core.exceptions.ValidationError: {{'dob': ['“{P('date', bad)}” value has an invalid date format. It must be in YYYY-MM-DD format.']}}")]
    if k == 3:
        return [(F, f"{dj_ts()} ERROR ehr.patients IntegrityError on create: duplicate key value violates unique constraint \"patients_patient_email_key\" "
                    f"DETAIL:  Key (email)=({P('email', p.email)}) already exists.")]
    if k == 4:
        dol = past_day(10, 60)
        return [(F, f"{dj_ts()} INFO ehr.documents OCR extracted auto_claim_form.pdf for patient_id={P('other_id', p.pk)}: "
                    f"claimant=\"{P('name', p.nm('upper'))}\" date_of_loss={P('date', fd(dol, 'us'))} vin={P('vehicle', vin())} "
                    f"plate={P('vehicle', plate())} carrier=\"Lone Star Mutual\" confidence=0.{R.randint(70, 99)}")]
    if k == 5:
        kind = R.choice([("Dexcom G7 CGM", f"SN {rs(10, UPDIG)}"), ("Omron BP7350", f"{R.randint(2022, 2024)}{R.randint(1000000, 9999999)}LG"),
                         ("Libre 3 reader", f"(01)0035714{R.randint(1000000, 9999999)}(11){TODAY.strftime('%y%m%d')}(21){rs(9, UPDIG)}")])
        return [(F, f"{dj_ts()} INFO ehr.devices registered device for patient_id={P('other_id', p.pk)} model=\"{kind[0]}\" "
                    f"serial={P('device', kind[1])} paired_by={s['user']}")]
    if k == 6:
        fax = rand_phone()
        return [(F, f"{dj_ts()} INFO ehr.records release #RR-{R.randint(2000, 3000)} created by {staff()['user']}: deliver_to=fax "
                    f"number=\"{P('fax', f'({fax[:3]}) {fax[3:6]}-{fax[6:]}')}\" note=\"patient home office fax\" subject={P('name', p.nm('lf'))} "
                    f"mrn={P('mrn', p.mrn)} pages={R.randint(3, 40)}")]
    return [(F, f"{dj_ts()} INFO ehr.idverify controlled-substance pickup id check patient_id={P('other_id', p.pk)} id_type=TX_DL "
                f"id_number={P('license', p.dl)} exp={R.randint(2025, 2031)} result=match operator={staff()['user']}")]


def cel_ts(proc="MainProcess", lvl="INFO"):
    t = tick(0, 9)
    return f"[{t.strftime('%Y-%m-%d %H:%M:%S,')}{t.microsecond // 1000:03d}: {lvl}/{proc}]"


def g_celery(phi):
    F = "celery"
    w = f"ForkPoolWorker-{R.randint(1, 8)}"
    if not phi:
        k = cyc(10, 6)
        tid = uuid4()
        task = R.choice(["labs.tasks.poll_labcorp_sftp", "dispensary.tasks.reconcile_stock", "billing.tasks.push_qbo_batch",
                         "ehr.tasks.rebuild_search_index", "messaging.tasks.expire_stale_threads"])
        if k == 0:
            return [(F, f"{cel_ts()} Task {task}[{tid}] received")]
        if k == 1:
            return [(F, f"{cel_ts(w)} Task {task}[{tid}] succeeded in {R.uniform(0.01, 40):.3f}s: "
                        f"{{'processed': {R.randint(0, 400)}, 'skipped': {R.randint(0, 9)}, 'errors': 0}}")]
        if k == 2:
            beat = R.choice([('nightly-dispensary-reconcile', 'dispensary.tasks.reconcile_stock'), ('lab-results-poll', 'labs.tasks.poll_labcorp_sftp'),
                             ('qbo-sync-hourly', 'billing.tasks.push_qbo_batch'), ('expire-threads', 'messaging.tasks.expire_stale_threads')])
            return [(F, f"{cel_ts()} Scheduler: Sending due task {beat[0]} ({beat[1]})")]
        if k == 3:
            return [(F, f"{cel_ts()} Connected to redis://redis.internal:6379/0"),
                    (F, f"{cel_ts()} mingle: searching for neighbors"),
                    (F, f"{cel_ts()} mingle: all alone"),
                    (F, f"{cel_ts()} celery@ehr-worker-{R.randint(1, 4)} ready.")]
        if k == 4:
            return [(F, f"{cel_ts(w, 'WARNING')} Task {task}[{tid}] retry: Retry in {R.choice([30, 60, 120])}s: "
                        f"ConnectionResetError(104, 'Connection reset by peer')")]
        return [(F, f"{cel_ts(w, 'ERROR')} Task {task}[{tid}] raised unexpected: SoftTimeLimitExceeded()")]
    p = pat()
    tid = uuid4()
    k = cyc(11, 7)
    if k == 5:
        return [(F, f"{cel_ts(w)} Task ehr.tasks.verify_photo_id[{tid}] succeeded in {R.uniform(1, 6):.3f}s: "
                    f"{{'patient_id': {P('other_id', p.pk)}, 'dl_number': '{P('license', p.dl)}', 'dl_state': 'TX', 'dob_match': True, "
                    f"'name_on_id': {pyq(P('name', fold(p.first + ' ' + p.last).upper()), p.last)}}}")]
    if k == 6:
        return [(F, f"{cel_ts(w)} Task dispensary.tasks.enroll_fingerprint[{tid}] succeeded in {R.uniform(0.2, 2):.3f}s: "
                    f"{{'patient_id': {P('other_id', p.pk)}, 'finger': 'R_INDEX', 'quality': {R.randint(60, 99)}, 'template_b64': '{P('biometric', fmr_b64())}'}}")]
    if k == 0:
        a = appt_slot()
        return [(F, f"{cel_ts(w)} Task messaging.tasks.send_appointment_reminder[{tid}] succeeded in {R.uniform(0.1, 2):.3f}s: "
                    f"{{'patient_id': {P('other_id', p.pk)}, 'to': '{P('phone', p.ph(4))}', 'appt': '{P('date', a.isoformat())}', 'status': 'queued'}}")]
    if k == 1:
        q = '"' if "'" in p.last else "'"
        return [(F, f"{cel_ts(w, 'ERROR')} Task labs.tasks.import_oru[{tid}] raised unexpected: PatientMatchError({q}No unique match for "
                    f"{P('name', fold(p.last).upper() + ', ' + fold(p.first).upper())} dob={P('date', fd(p.dob, 'hl7'))} (2 candidates){q})")]
    if k == 2:
        return [(F, f"{cel_ts(w, 'WARNING')} Task messaging.tasks.send_sms[{tid}] retry: Retry in 60s: SMSDeliveryError('Undeliverable: "
                    f"{P('phone', p.ph(5))} (carrier 30007 filtered)')")]
    if k == 3:
        return [(F, f"{cel_ts()} Task ehr.tasks.sync_hint_patient[{tid}] received"),
                (F, f"{cel_ts(w)} Task ehr.tasks.sync_hint_patient[{tid}] succeeded in {R.uniform(0.1, 3):.3f}s: "
                    f"{{'hint_id': '{P('other_id', p.hint)}', 'mrn': '{P('mrn', p.mrn)}', 'changed': ['phone', 'address_line1']}}")]
    return [(F, f"{cel_ts(w)} ehr.tasks.build_visit_summary[{tid}]: rendered summary for {P('name', p.nm('lfm'))} "
                f"(visit V{R.randint(200000, 299999)}, dos={P('date', fd(past_day(0, 3), 'us'))}) pages=2")]


DRUGS = [("00093-7180-56", "Atorvastatin Calcium", "20 mg", "TAB"), ("68180-0513-09", "Lisinopril", "10 mg", "TAB"),
         ("65862-0008-99", "Metformin HCl", "500 mg", "TAB"), ("00781-1506-10", "Amoxicillin", "500 mg", "CAP"),
         ("60505-2651-03", "Amlodipine Besylate", "5 mg", "TAB"), ("00378-1805-10", "Sertraline HCl", "50 mg", "TAB"),
         ("16729-0182-01", "Losartan Potassium", "50 mg", "TAB"), ("50090-2872-0", "Ondansetron ODT", "4 mg", "ODT"),
         ("00591-5553-05", "Cephalexin", "500 mg", "CAP"), ("00406-0552-01", "Tramadol HCl (C-IV)", "50 mg", "TAB")]
SIGS = [("1 PO QD", 1), ("1 PO QHS", 1), ("1 PO BID", 2), ("1 PO TID x10d", 3), ("1 SL Q8H PRN nausea", 3), ("1-2 PO Q6H PRN pain", 4)]


def g_dispensary(phi):
    F = "dispensary_csv"
    if not phi:
        k = cyc(12, 3)
        if k == 0:
            rows = [(F, "ndc,description,strength,form,lot,expires,on_hand,par_level,unit_cost,wholesaler")]
            for _ in range(R.randint(2, 4)):
                d = R.choice(DRUGS)
                exp = dt.date(R.randint(2025, 2027), R.randint(1, 12), 28)
                rows.append((F, f"{d[0]},{d[1]},{d[2]},{d[3]},{rs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(23, 24)}{R.randint(100, 999)}{R.choice('ABC')},"
                                f"{exp.isoformat()},{R.randint(0, 600)},{R.choice([100, 200, 300])},{R.uniform(0.01, 1.2):.3f},"
                                f"{R.choice(['Henry Schein', 'McKesson', 'Cardinal Health', 'Medline'])}"))
            return rows
        if k == 1:
            return [(F, f"dispensary.reorder ts={iso_z(tick())} po=PO-{R.randint(40000, 49999)} vendor=McKesson lines={R.randint(3, 20)} "
                        f"total_usd={R.uniform(80, 900):.2f} contact=orders@{DOM} vendor_phone=800-571-2889")]
        if k == 2:
            d = R.choice(DRUGS)
            return [(F, f"dispensary.count ts={iso_z(tick())} ndc={d[0]} lot={rs(6, UPDIG)} expected={R.randint(20, 300)} counted={R.randint(20, 300)} "
                        f"variance_reason=\"cycle count\" by={staff()['user']}")]
    p = pat()
    k = cyc(13, 4, boost=(2, 3))
    d = R.choice(DRUGS)
    c = clin()
    if k <= 1:
        out = []
        if R.random() < 0.4:
            out.append((F, "fill_date|rx_no|patient|dob|ndc|drug|qty|days_supply|sig|prescriber|lot|tech"))
        fill = past_day(0, 2)
        style = R.choice(["us", "iso", "us_np"])
        sig, per_day = R.choice(SIGS)
        days = 10 if per_day >= 3 else R.choice([30, 90])
        return out + [(F, f"{P('date', fd(fill, style))}|RX-{R.randint(30000, 39999):07d}|{P('name', p.nm(R.choice(['lf', 'LF'])))}|"
                    f"{P('date', fd(p.dob, style))}|{d[0]}|{d[1]} {d[2]} {d[3].lower()}|{days * per_day}|{days}|"
                    f"{sig}|{c['last']} {c['first'][0]}|{rs(8, UPDIG)}|{R.choice(['KB', 'LO', 'TG'])}")]
    if k == 2:
        return [(F, f"dispense.verify ts={iso_z(tick())} rx=RX-{R.randint(30000, 39999):07d} ndc=00406-0552-01 schedule=CIV "
                    f"patient=\"{P('name', p.nm('fl'))}\" id_type=TX_DL id_no={P('license', p.dl)} fp_match=0.{R.randint(90, 99)} "
                    f"fp_template={P('biometric', fmr_b64())}")]
    sn = f"{R.randint(2023, 2024)}{R.randint(10000000, 99999999)}LG"
    return [(F, f"dispense.device ts={iso_z(tick())} item=\"Omron Series 7 BP cuff\" serial={P('device', sn)} patient_id={P('other_id', p.pk)} "
                f"dob={P('date', fd(p.dob, 'us'))} charge=0.00 (included in membership)")]


TESTS = [("322000", "Comprehensive Metabolic Panel", [("2345-7", "Glucose", "mg/dL", "70-99", 70, 130), ("2160-0", "Creatinine", "mg/dL", "0.57-1.00", 0.5, 1.4)]),
         ("005009", "CBC With Differential/Platelet", [("6690-2", "WBC", "x10E3/uL", "3.4-10.8", 3.0, 12.0), ("718-7", "Hemoglobin", "g/dL", "11.1-15.9", 10.0, 17.0)]),
         ("001453", "Hemoglobin A1c", [("4548-4", "Hemoglobin A1c", "%", "4.8-5.6", 4.9, 9.8)]),
         ("303756", "Lipid Panel", [("2093-3", "Cholesterol, Total", "mg/dL", "100-199", 120, 280), ("2571-8", "Triglycerides", "mg/dL", "0-149", 50, 400)]),
         ("004259", "TSH", [("3016-3", "TSH", "uIU/mL", "0.450-4.500", 0.3, 6.0)])]


def hl7_dt(t):
    return t.strftime("%Y%m%d%H%M")


def g_hl7(phi):
    F = "hl7"
    t = tick()
    ctrl = f"JH{t.strftime('%y%m%d%H%M%S')}{R.randint(100, 999)}"
    test = R.choice(TESTS)
    c = clin()
    prov = f"{c['npi']}^{c['last'].upper()}^{c['first'].upper()}^^^{c['cred']}"
    placer = f"JH-ORD-{R.randint(50000, 59999):07d}"
    if not phi:
        # acknowledgements / batch lines without patient data
        k = cyc(14, 2)
        if k == 0:
            return [(F, f"MSH|^~\\&|LCA|LABCORP|JHDPC-EHR|JUNIPERHILL|{t.strftime('%Y%m%d%H%M%S')}||ACK^O01|{rs(12, UPDIG)}|P|2.3"),
                    (F, f"MSA|AA|{ctrl}|Message accepted")]
        return [(F, f"FHS|^~\\&|LCA|LABCORP|JHDPC-EHR|JUNIPERHILL|{t.strftime('%Y%m%d%H%M%S')}||ORU_{t.strftime('%Y%m%d')}_{R.randint(1, 9)}.hl7"),
                (F, f"BHS|^~\\&|LCA|LABCORP|JHDPC-EHR|JUNIPERHILL|{t.strftime('%Y%m%d%H%M%S')}")]
    p = pat()
    coll = local(t) - dt.timedelta(hours=R.randint(1, 30))
    pid = [""] * 20
    pid[0], pid[1] = "PID", "1"
    pid[3] = f"{P('mrn', p.mrn)}^^^JHDPC^MR"
    pid[5] = P("name", p.hl7name())
    pid[7] = P("date", fd(p.dob, "hl7"))
    pid[8] = p.sex
    pid[11] = f"{P('address', fold(p.street_full()).upper())}^^{P('address', p.city.upper())}^TX^{P('zip', p.zip)}^USA"
    pid[13] = P("phone", p.ph(0))
    pid[18] = P("account", p.acct)
    if R.random() < 0.4:
        pid[19] = P("ssn", p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn)
    lines = []
    if R.random() < 0.5:  # ORM^O01 order out
        lines.append((F, f"MSH|^~\\&|JHDPC-EHR|JUNIPERHILL|LCA|LABCORP|{t.strftime('%Y%m%d%H%M%S')}||ORM^O01|{ctrl}|P|2.3|||AL|NE"))
        lines.append((F, "|".join(pid)))
        if R.random() < 0.6:
            in1 = [""] * 37
            in1[0], in1[1], in1[2], in1[3], in1[4] = "IN1", "1", p.payer[:3] + "01", str(R.randint(10000, 99999)), p.payer
            in1[16] = P("name", p.hl7name())
            in1[17] = "01"
            in1[18] = P("date", fd(p.dob, "hl7"))
            in1[36] = P("health_plan", p.plan_id)
            lines.append((F, "|".join(in1)))
        lines.append((F, f"ORC|NW|{placer}|||||||{hl7_dt(local(t))}|||{prov}"))
        lines.append((F, f"OBR|1|{placer}||{test[0]}^{test[1]}^L|||{P('date', hl7_dt(coll))}|||||||||{prov}"))
        if R.random() < 0.5:
            lines.append((F, f"DG1|1||{R.choice(['E11.9^Type 2 diabetes mellitus without complications', 'I10^Essential (primary) hypertension', 'Z00.00^Encounter for general adult medical examination without abnormal findings', 'E78.5^Hyperlipidemia, unspecified'])}^I10"))
        return lines
    filler = f"24{R.randint(100, 160)}{R.randint(100000, 999999)}"
    rep = local(t) - dt.timedelta(minutes=R.randint(5, 120))
    lines.append((F, f"MSH|^~\\&|LCA|LABCORP|JHDPC-EHR|JUNIPERHILL|{t.strftime('%Y%m%d%H%M%S')}||ORU^R01|{rs(14, UPDIG)}|P|2.3"))
    lines.append((F, "|".join(pid)))
    lines.append((F, f"OBR|1|{placer}|{filler}|{test[0]}^{test[1]}^L|||{P('date', hl7_dt(coll))}|||||||{P('date', hl7_dt(coll + dt.timedelta(hours=2)))}||{prov}||||||{P('date', hl7_dt(rep))}|||F"))
    for i, (loinc, nm, unit, rng_, lo, hi) in enumerate(test[2], 1):
        val = R.uniform(lo, hi)
        val_s = f"{val:.1f}" if hi < 20 else str(int(val))
        lo_r, hi_r = rng_.split("-")
        flag = "H" if val > float(hi_r) else ("L" if val < float(lo_r) else "")
        obs = P("date", hl7_dt(rep)) if R.random() < 0.5 else ""
        lines.append((F, f"OBX|{i}|NM|{loinc}^{nm.upper()}^LN||{val_s}|{unit}|{rng_}|{flag}|||F|||{obs}|01^LABCORP AUSTIN^L"))
    if R.random() < 0.4:
        lines.append((F, f"NTE|1|L|{R.choice(['Specimen received ambient.', 'Fasting status: fasting.', 'Result verified by repeat analysis.'])}"))
    return lines


def g_labcsv(phi):
    F = "lab_csv"
    if not phi:
        k = cyc(15, 2)
        if k == 0:
            return [(F, f"# Quest Quanum results export generated={iso_z(tick(), ms=False)} client=JUNIPERHILL-84412 rows={R.randint(40, 180)} format=v3")]
        return [(F, f"# end of file sha256={hexs(64)} records={R.randint(40, 180)}")]
    rows = []
    if R.random() < 0.5:
        rows.append((F, "Accession,Requisition,Patient Name,DOB,Sex,Test Code,Test Name,Result,Units,Reference Range,Flag,Collected,Reported,Ordering Provider,Client Acct,Insurance ID"))
    for _ in range(R.randint(1, 3)):
        p = pat()
        test = R.choice(TESTS)
        an = test[2][0]
        val = R.uniform(an[4], an[5])
        val_s = f"{val:.1f}" if an[5] < 20 else str(int(val))
        coll = past_day(1, 4)
        c = clin()
        nm = p.nm(R.choice(["LF", "lf"]))
        rows.append((F, f"{rs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(100000, 999999)}X,{R.randint(4000000, 4999999)},\"{P('name', nm)}\","
                        f"{P('date', fd(p.dob, 'us'))},{p.sex},{test[0]},{test[1]},{val_s},{an[2]},{an[3]},"
                        f"{'H' if val > float(an[3].split('-')[1]) else ''},{P('date', fd(coll, 'us') + ' ' + R.choice(['08:14', '09:40', '10:05', '15:22']))},"
                        f"{P('date', fd(coll + dt.timedelta(days=1), 'us'))},\"{c['last'].upper()}, {c['first'].upper()}\",84412,{P('health_plan', p.plan_id) if R.random() < 0.6 else 'SELF-PAY'}"))
    return rows


def g_spruce(phi):
    F = "spruce_json"
    tick()
    if not phi:
        k = cyc(16, 3)
        if k == 0:
            ev = {"event_type": "conversation_item.status_changed", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(),
                  "data": {"conversation_item_id": "ci_" + rs(16, UPDIG), "status": R.choice(["delivered", "read", "sent"]), "channel": "sms"}}
        elif k == 1:
            s = staff()
            ev = {"event_type": "broadcast.sent", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(),
                  "data": {"author": {"id": "ent_" + rs(10, UPDIG), "display_name": f"{s['first']} {s['last']}", "email": semail(s)},
                           "audience": "all_active_members", "recipient_count": R.randint(300, 900),
                           "body": R.choice(["Reminder: the office closes at 3pm Friday for staff training. Text us for anything urgent.",
                                             "Flu shots are in! Reply FLU to book a 10-minute nurse visit.",
                                             "Recordatorio: la clínica cierra el lunes 27 de mayo por Memorial Day."])}}
        else:
            ev = {"event_type": "webhook.health", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(), "data": {"ok": True, "queue_depth": R.randint(0, 12)}}
        return [(F, J(ev))]
    p = pat()
    k = cyc(17, 3)
    conv = "cv_" + rs(14, UPDIG)
    if k == 0:
        body = R.choice([
            f"Hi it's {P('name', p.first)} {P('name', p.last)}, can you send my lab results to {P('email', p.email)}? thx",
            f"This is {P('name', p.nm('fl'))} (dob {P('date', fd(p.dob, 'us_np'))}). I think my BP cuff is broken, it says E2",
            f"{P('name', p.first)} here - running 10 min late for my {appt_slot().strftime('%-I:%M')} sorry!",
            f"is this still my number on file? new one is {P('phone', p.ph(2))}. also my blog w/ bp readings: {P('url', personal_url(p))}",
        ])
        ev = {"event_type": "conversation_item.created", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(),
              "data": {"conversation_item": {"id": "ci_" + rs(16, UPDIG), "conversation_id": conv, "direction": "inbound", "channel": "sms",
                                             "author": {"id": P("other_id", p.spruce), "display_name": P("name", p.nm("fl")), "type": "patient"},
                                             "from": P("phone", p.ph(4)), "to": "+15128432210", "body": body, "attachments": []}}}
    elif k == 1:
        ev = {"event_type": "conversation_item.created", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(),
              "data": {"conversation_item": {"id": "ci_" + rs(16, UPDIG), "conversation_id": conv, "direction": "inbound", "channel": "secure",
                                             "author": {"id": P("other_id", p.spruce), "display_name": P("name", p.nm("fl")), "type": "patient"},
                                             "body": "updated my profile pic so the front desk recognizes me lol",
                                             "attachments": [{"type": "image", "mime_type": "image/jpeg", "title": "profile.jpg",
                                                              "thumbnail": "data:image/jpeg;base64," + P("photo", jpeg_b64())}]}}}
    else:
        s = staff()
        ev = {"event_type": "contact.updated", "event_id": "evt_" + rs(16, UPDIG), "created_at": iso_z(),
              "data": {"contact": {"id": P("other_id", p.spruce), "given_name": P("name", p.first), "family_name": P("name", p.last),
                                   "phone_numbers": [{"label": "mobile", "value": P("phone", p.ph(4))}],
                                   "email_addresses": [{"label": "home", "value": P("email", p.email)}],
                                   "date_of_birth": P("date", fd(p.dob, "iso")), "tags": ["member", R.choice(["employer:brazos", "senior", "family"])],
                                   "updated_by": semail(s)}}}
    return [(F, J(ev))]


def sms_ts(t):
    return local(t).strftime("%Y-%m-%d %H:%M:%S CDT")


def g_sms(phi):
    F = "sms_thread"
    th = "cv_" + rs(14, UPDIG)
    if not phi:
        s = staff()
        return [(F, f"[{sms_ts(tick())}] thread={th} outbound by={s['first']} {s['last']}: "
                    f"{R.choice(['Our phones are down for 10 min, texting still works!', 'Good morning! We open at 8, see you soon.', 'Gracias, ¡que tenga buen día!', '감사합니다. 좋은 하루 보내세요!', 'The lab courier already picked up today, we will draw tomorrow.'])}")]
    s = staff()
    lang = R.choice(["en", "en", "en", "es", "ko"])
    lines = []

    def inn(p, text):
        return (F, f"[{sms_ts(tick(20, 300))}] thread={th} inbound from={P('phone', p.ph(4))}: {text}")

    def out(text, who=None):
        w = who or s
        return (F, f"[{sms_ts(tick(30, 600))}] thread={th} outbound by={w['first']} {w['last']}: {text}")

    if lang == "en":
        p = pat()
        k = cyc(18, 6, boost=(1, 2, 4))
        if k == 0:
            lines.append(inn(p, f"Hi this is {P('name', p.nm('fl'))}, dob {P('date', fd(p.dob, 'us_short'))}. Can I get my lisinopril refilled? Almost out"))
            lines.append(out(f"Hi {P('name', p.first)}! Dr. Lindqvist approved it, it's in our dispensary - pick up anytime after 2pm."))
            lines.append(inn(p, "Perfect thank you!!"))
        elif k == 1:
            a = appt_slot()
            lines.append(inn(p, f"I'm here for my {a.strftime('%-I:%M')}, parked out front in the gray Honda Pilot, plate {P('vehicle', plate())}"))
            lines.append(out(f"Great, {P('name', p.first)}, Luis will come out to get you for the curbside draw."))
        elif k == 2:
            card = luhn_complete(R.choice(["4716", "5425", "4034"]))
            lines.append(inn(p, f"can you just put this card on file {P('account', ' '.join(card[i:i + 4] for i in range(0, 16, 4)))} exp {R.randint(1, 12):02d}/{R.randint(25, 29)}"))
            lines.append(out("Please don't text card numbers - I deleted that message. I'm sending you a secure Stripe link to update it."))
        elif k == 3:
            e = elder()
            rel_last = e.last
            lines.append(inn(p, f"My mom {P('name', e.first + ' ' + rel_last)} ({age_txt(e)}) fell this morning, she's ok but sore. Can Dr. O do a home visit today? "
                                f"She's at {P('address', e.street)}, {P('address', e.city)}"))
            lines.append(out("So sorry to hear that. Dr. Okonkwo-Duarte can be there between 1 and 3pm. Call 911 if she hit her head or can't bear weight.",
                             STAFF[4]))
            lines.append(inn(p, "ok thank you, gate code is 4471"))
        elif k == 4:
            a = appt_slot()
            url = personal_url(p)
            lines.append(inn(p, f"Here's the food log I mentioned: {P('url', url)}"))
            lines.append(out(f"Thanks! Jenna will review it before your visit on {P('date', a.strftime('%a %-m/%-d at %-I:%M%p').replace('AM', 'am').replace('PM', 'pm'))}.", STAFF[4]))
        else:
            lines.append(inn(p, f"new email for billing pls: {P('email', p.email)} and my new cell is {P('phone', p.ph(2))}"))
            lines.append(out("Got it, updated both. Thanks!"))
    elif lang == "es":
        p = R.choice(HISPANIC)
        k = cyc(19, 3)
        if k == 0:
            lines.append(inn(p, f"Buenos días, soy {P('name', p.nm('fl'))}, fecha de nacimiento {P('date', fd(p.dob, R.choice(['eu', 'es'])))}. "
                                f"Necesito resurtir la metformina por favor."))
            lines.append(out(f"¡Buenos días {P('name', p.first)}! Ya está lista en la farmacia de la clínica. Puede pasar después de las 2.", STAFF[3]))
            lines.append(inn(p, "Muchas gracias 🙏"))
        elif k == 1:
            sp = Person(origin="hispanic", sex="M")
            lines.append(inn(p, f"Hola, mi esposo {P('name', sp.first + ' ' + p.last)} tiene fiebre de 39 desde anoche. ¿Lo pueden ver hoy? "
                                f"Su celular es {P('phone', sp.ph(1))}."))
            a = appt_slot()
            lines.append(out(f"Hola, sí. Tenemos cita hoy a las 3:15 pm con la Dra. Lindqvist. ¿Le confirmo?", STAFF[3]))
            lines.append(inn(p, "Sí por favor"))
        else:
            lines.append(inn(p, f"Me cambié de casa, la nueva dirección es {P('address', p.street_full())}, {P('address', p.city)} TX {P('zip', p.zip)}. "
                                f"Y mi correo nuevo {P('email', p.email)}"))
            lines.append(out("Listo, actualizado. ¡Gracias!", STAFF[3]))
    else:
        k = cyc(20, 2)
        hw = STAFF[6]
        if k == 0:
            father = Person(origin="korean", sex="M", old=True)
            dl = R.choice(KO_F)
            daughter_h = father.hangul[0] + dl[1]
            dphone = "+1" + rand_phone()
            lines.append((F, f"[{sms_ts(tick(20, 300))}] thread={th} inbound from={P('phone', dphone)}: 안녕하세요, {P('name', father.hangul)} 환자 딸 "
                             f"{P('name', daughter_h)}입니다. 아버지 생년월일 {P('date', fd(father.dob, 'ko'))}, 올해 {age_txt(father)}세이세요. "
                             f"혈압약이 다 떨어졌는데 왕진 때 가져다주실 수 있나요?"))
            lines.append(out(f"안녕하세요 {P('name', dl[1])}님, 목요일 왕진 때 가져가겠습니다. 주소 {P('address', father.street)} 맞으시죠?", hw))
            lines.append((F, f"[{sms_ts(tick(20, 300))}] thread={th} inbound from={P('phone', dphone)}: 네 맞아요. 감사합니다!"))
        else:
            p = R.choice(KOREANS)
            lines.append(inn(p, f"저 {P('name', p.hangul)}인데요, 지난주 검사 결과 나왔나요? 제 이메일 {P('email', p.email)}로 보내주세요."))
            lines.append(out(f"네 {P('name', p.hangul_given)}님, 결과 모두 정상입니다. 포털에도 올려드렸어요.", hw))
    return lines


def gws_id(app):
    return {"time": iso_z(tick()), "uniqueQualifier": str(R.randint(-9 * 10 ** 18, 9 * 10 ** 18)), "applicationName": app, "customerId": "C03az79cb"}


def g_gws(phi):
    F = "gws_audit"
    s = staff()
    actor = {"callerType": "USER", "email": semail(s), "profileId": str(R.randint(10 ** 20, 10 ** 21 - 1))}
    if not phi:
        k = cyc(21, 4)
        if k == 0:
            ev = {"kind": "admin#reports#activity", "id": gws_id("login"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
                  "events": [{"type": "login", "name": "login_success", "parameters": [{"name": "login_type", "value": "google_password"},
                                                                                       {"name": "is_second_factor", "boolValue": True}]}]}
        elif k == 1:
            ev = {"kind": "admin#reports#activity", "id": gws_id("drive"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
                  "events": [{"type": "access", "name": R.choice(["view", "edit", "download"]),
                              "parameters": [{"name": "doc_id", "value": rs(44, string.ascii_letters + string.digits + "-_")},
                                             {"name": "doc_title", "value": R.choice(["Dispensary par levels Q2", "Staff schedule - May", "Employer pricing 2024", "HL7 interface runbook"])},
                                             {"name": "doc_type", "value": "spreadsheet"}, {"name": "owner", "value": semail(STAFF[5])}]}]}
        elif k == 2:
            ev = {"kind": "admin#reports#activity", "id": gws_id("admin"), "actor": {"callerType": "USER", "email": semail(STAFF[5])},
                  "ipAddress": OFFICE_IP, "events": [{"type": "APPLICATION_SETTINGS", "name": "CHANGE_APPLICATION_SETTING",
                                                      "parameters": [{"name": "APPLICATION_NAME", "value": "Drive and Docs"},
                                                                     {"name": "SETTING_NAME", "value": "Sharing settings - external sharing warning"},
                                                                     {"name": "NEW_VALUE", "value": "true"}, {"name": "OLD_VALUE", "value": "false"}]}]}
        else:
            ev = {"kind": "admin#reports#activity", "id": gws_id("token"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
                  "events": [{"type": "auth", "name": "authorize", "parameters": [{"name": "client_id", "value": f"{R.randint(10 ** 11, 10 ** 12)}.apps.googleusercontent.com"},
                                                                                  {"name": "app_name", "value": R.choice(["QuickBooks Online", "Zoom", "Spruce Health"])},
                                                                                  {"name": "scope", "multiValue": ["https://www.googleapis.com/auth/calendar"]}]}]}
        return [(F, J(ev))]
    p = pat()
    k = cyc(22, 3)
    if k == 0:
        d = past_day(0, 10)
        title = R.choice([f"{P('name', p.last.replace(' ', ''))}_{P('name', p.first.replace(' ', ''))}_DOB{P('date', fd(p.dob, 'iso'))}_intake.pdf",
                          f"{P('name', p.nm('lf'))} - Records Release {P('date', fd(d, 'us_dot'))}.pdf",
                          f"Labs {P('mrn', p.mrn)} {P('date', fd(d, 'iso'))}.pdf"])
        ev = {"kind": "admin#reports#activity", "id": gws_id("drive"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
              "events": [{"type": "access", "name": "download", "parameters": [{"name": "doc_id", "value": rs(44, string.ascii_letters + string.digits + "-_")},
                                                                               {"name": "doc_title", "value": title}, {"name": "doc_type", "value": "pdf"},
                                                                               {"name": "owner", "value": semail(s)}, {"name": "visibility", "value": "private"}]}]}
    elif k == 1:
        e = elder() if R.random() < 0.5 else p
        ev = {"kind": "admin#reports#activity", "id": gws_id("drive"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
              "events": [{"type": "acl_change", "name": "change_user_access", "parameters": [
                  {"name": "doc_title", "value": f"Home care plan – {P('name', e.nm('fl'))}"},
                  {"name": "target_user", "value": P("email", p.email)}, {"name": "visibility", "value": "shared_externally"},
                  {"name": "new_value", "multiValue": ["can_view"]}, {"name": "old_value", "multiValue": ["none"]}]}]}
    else:
        e = elder()
        a = appt_slot()
        ev = {"kind": "admin#reports#activity", "id": gws_id("calendar"), "actor": actor, "ipAddress": R.choice(STAFF_IPS),
              "events": [{"type": "event_change", "name": "create_event", "parameters": [
                  {"name": "event_title", "value": f"Home visit: {P('name', e.nm(R.choice(['fl', 'lf'])))} ({age_txt(e)}) - {P('address', e.city)}"},
                  {"name": "calendar_id", "value": semail(STAFF[1])}, {"name": "event_id", "value": rs(26, string.ascii_lowercase + string.digits)},
                  {"name": "start_time", "intValue": str(int(a.timestamp()))}, {"name": "organizer_calendar_id", "value": semail(STAFF[4])}]}]}
    return [(F, J(ev))]


def g_zoom(phi):
    F = "zoom_audit"
    tick()
    mid = str(R.randint(81000000000, 89999999999))
    muuid = base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()
    if not phi:
        k = cyc(23, 4)
        s = staff()
        if k == 0:
            ev = {"event": "user.signed_in", "event_ts": epoch() * 1000 + R.randint(0, 999),
                  "payload": {"account_id": "Qm7xv2KcR4uYb0aE3nT1pw", "object": {"id": rs(22), "client_type": R.choice(["mac", "browser", "iOS"]),
                                                                                  "date_time": iso_z(ms=False), "email": semail(s), "version": "5.17.11.31580"}}}
        elif k == 1:
            ev = {"event": "meeting.started", "event_ts": epoch() * 1000,
                  "payload": {"account_id": "Qm7xv2KcR4uYb0aE3nT1pw", "object": {"id": mid, "uuid": muuid, "host_id": rs(22),
                                                                                  "topic": R.choice(["Daily huddle", "Dispensary workflow training", "Employer QBR - Brazos Tile"]),
                                                                                  "type": 8, "start_time": iso_z(ms=False), "timezone": "America/Chicago", "duration": 30}}}
        elif k == 2:
            return [(F, f"{local().strftime('%Y-%m-%d %H:%M:%S')},{semail(s)},User,Update,\"Updated user settings: Waiting Room -> on\"")]
        else:
            return [(F, "Time,Operator,Category Type,Action,Operation Detail")]
        return [(F, J(ev))]
    p = pat()
    k = cyc(24, 3)
    if k == 0:
        ev = {"event": "meeting.participant_joined", "event_ts": epoch() * 1000 + R.randint(0, 999),
              "payload": {"account_id": "Qm7xv2KcR4uYb0aE3nT1pw", "object": {
                  "id": mid, "uuid": muuid, "host_id": rs(22), "topic": f"Telehealth f/u – {P('name', p.last + ', ' + p.first[0] + '.')}",
                  "type": 2, "start_time": iso_z(ms=False), "timezone": "America/Chicago",
                  "participant": {"user_id": str(R.randint(16778240, 16800000)), "user_name": P("name", p.nm(R.choice(["fl", "lower", "fml"]))),
                                  "id": "", "participant_uuid": uuid4().upper(), "join_time": iso_z(ms=False), "email": P("email", p.email),
                                  "participant_user_id": ""}}}}
    elif k == 1:
        ev = {"id": mid, "user_name": P("name", p.nm("fl")), "device": R.choice(["iOS", "Android", "Mac", "Windows"]), "ip_address": P("ip", p.ip),
              "location": f"{P('address', p.city)} (US)", "network_type": R.choice(["Wifi", "Cellular"]), "microphone": "iPhone Microphone",
              "data_center": "US (United States)", "connection_type": "UDP", "join_time": iso_z(ms=False), "leave_time": iso_z(NOW + dt.timedelta(minutes=R.randint(9, 35)), ms=False),
              "share_application": False, "recording": False, "pc_name": "", "domain": "", "version": "5.17.11.34827", "leave_reason": "left the meeting"}
        return [(F, "dashboard.meetings.participants " + J(ev))]
    else:
        ev = {"event": "recording.completed", "event_ts": epoch() * 1000,
              "payload": {"account_id": "Qm7xv2KcR4uYb0aE3nT1pw", "object": {"id": mid, "uuid": muuid, "topic": f"Nutrition consult - {P('name', p.nm('fl'))} (MRN {P('mrn', p.mrn)})",
                                                                              "host_email": semail(STAFF[2]), "duration": R.randint(15, 45), "recording_count": 2,
                                                                              "share_url": f"https://us06web.zoom.us/rec/share/{rs(40, string.ascii_letters + string.digits + '-_')}"}}}
    return [(F, J(ev))]


EMPLOYERS = [("Brazos Tile & Stone LLC", "BTS-DPC-01"), ("Pedernales Craft Brewing Co", "PCB-DPC-02"), ("Hill Country Veterinary Partners", "HCV-DPC-01")]


def g_enroll(phi):
    F = "enrollment_csv"
    if not phi:
        emp = R.choice(EMPLOYERS)
        return [(F, f"# {emp[0]} monthly census {TODAY.strftime('%Y-%m')} submitted by hr@{fold(emp[0].split()[0]).lower()}.example.com records={R.randint(12, 80)} checksum={hexs(8)}")]
    rows = []
    emp = R.choice(EMPLOYERS)
    if R.random() < 0.6:
        sub = pat()
        eid = f"E{R.randint(10000, 99999)}"
        eff = dt.date(2024, 6, 1)
        tier = R.choice(["EE", "ES", "EF", "EC"])
        fam = [("EE", sub)]
        if R.random() < 0.5:
            rows.append((F, "Employer Group,Group #,Employee ID,Rel,Last Name,First Name,MI,DOB,Gender,SSN,Address 1,Address 2,City,State,ZIP,Home Phone,Personal Email,Plan,Tier,Effective Date,Term Date"))
        if tier in ("ES", "EF"):
            fam.append(("SP", Person(origin=sub.origin, sex="M" if sub.sex == "F" else "F", last=family_last(sub))))
        if tier in ("EC", "EF"):
            fam.append(("CH", Person(origin=sub.origin, young=True, last=family_last(sub))))
        for rel, m in fam:
            ssn = P("ssn", m.ssn) if (rel != "CH" or R.random() < 0.5) else ""
            unit = P("address", m.unit) if (m.unit and rel == "EE") else ""
            rows.append((F, f"\"{emp[0]}\",{emp[1]},{P('other_id', eid)},{rel},{P('name', m.last)},{P('name', m.first)},{m.mi},"
                            f"{P('date', fd(m.dob, 'us'))},{m.sex},{ssn},{P('address', sub.street)},{unit},{P('address', sub.city)},TX,{P('zip', sub.zip)},"
                            f"{P('phone', sub.ph(1)) if rel == 'EE' else ''},{P('email', m.email) if rel != 'CH' else ''},DPC Core,{tier},{P('date', fd(eff, 'us'))},"))
        return rows
    if R.random() < 0.5:
        rows.append((F, "employee_number;first_name;last_name;date_of_birth;email;mobile;coverage_level;start_date"))
    for m in R.sample(PEOPLE, R.randint(1, 3)):
        rows.append((F, f"{P('other_id', str(R.randint(100200, 100999)))};{P('name', m.first)};{P('name', m.last)};{P('date', fd(m.dob, 'iso'))};"
                        f"{P('email', m.email)};{P('phone', m.ph(3))};{R.choice(['employee', 'employee+spouse', 'family'])};{P('date', '2024-06-01')}"))
    return rows


_N834 = [0]


def g_834(phi):
    F = "x12_834"
    if phi:
        _N834[0] += 1
        if _N834[0] > 2:  # at most two enrollment interchanges in the window
            return g_enroll(True)
    t = tick()
    emp = R.choice(EMPLOYERS)
    snd = fold(emp[0].split()[0]).upper()[:15]
    icn = f"{R.randint(4000, 4999):09d}"
    gcn = str(R.randint(4000, 4999))
    segs = [(F, f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*JUNIPERHILL    *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{icn}*0*P*:~"),
            (F, f"GS*BE*{snd}*JUNIPERHILL*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{gcn}*X*005010X220A1~"),
            (F, "ST*834*0001*005010X220A1~"),
            (F, f"BGN*00*{snd[:3]}{t.strftime('%Y%m%d')}-{R.randint(1, 9):02d}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}****2~"),
            (F, f"REF*38*{emp[1]}~"),
            (F, "DTP*007*D8*20240601~"),
            (F, f"N1*P5*{fold(emp[0]).upper()}*FI*{R.randint(74, 76)}{R.randint(1000000, 9999999)}~"),
            (F, "N1*IN*JUNIPER HILL DIRECT CARE*FI*821934475~")]
    n = 0
    if phi:
        sub = pat()
        subid = f"{emp[1][:3]}{R.randint(1000000, 9999999)}"
        fam = [("Y", "18", sub)]
        dep = R.random() if _N834[0] == 1 else 1.0  # second file: a single new hire
        if dep < 0.4:
            fam.append(("N", "01", Person(origin=sub.origin, sex="M" if sub.sex == "F" else "F", last=family_last(sub))))
        elif dep < 0.75:
            fam.append(("N", "19", Person(origin=sub.origin, young=True, last=family_last(sub))))
        eff = dt.date(2024, 6, 1)
        for ins, rel, m in fam:
            n += 1
            segs.append((F, f"INS*{ins}*{rel}*021*28*A***{'FT' if ins == 'Y' else ''}~".replace("***~", "~")))
            segs.append((F, f"REF*0F*{P('health_plan', subid)}~"))
            segs.append((F, f"REF*1L*{emp[1]}~"))
            segs.append((F, f"DTP*356*D8*{P('date', fd(eff, 'hl7'))}~"))
            ssn = f"*34*{P('ssn', m.ssn.replace('-', ''))}" if rel != "19" else ""
            segs.append((F, f"NM1*IL*1*{P('name', fold(m.last).upper())}*{P('name', fold(m.first).upper())}*{m.mi}***{ssn}~".replace("****~", "~").replace("***~", "~")))
            if ins == "Y":
                segs.append((F, f"PER*IP**HP*{P('phone', m.phone)}*EM*{P('email', m.email)}~"))
                segs.append((F, f"N3*{P('address', fold(m.street).upper())}{('*' + P('address', m.unit.upper())) if m.unit else ''}~"))
                segs.append((F, f"N4*{P('address', m.city.upper())}*TX*{P('zip', m.zip)}**CY*{P('address', m.fips)}~"))
            segs.append((F, f"DMG*D8*{P('date', fd(m.dob, 'hl7'))}*{m.sex}~"))
            segs.append((F, f"HD*021**HLT*DPC CORE*{'EMP' if len(fam) == 1 else 'FAM'}~"))
            segs.append((F, f"DTP*348*D8*{P('date', fd(eff, 'hl7'))}~"))
    else:
        return [(F, f"TA1*{icn}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~"),
                (F, f"edi.834 ack sent interchange={icn} sender={snd} status=accepted members=0 warnings=0")]
    cnt = len(segs) - 2 + 1
    segs.append((F, f"SE*{cnt}*0001~"))
    segs.append((F, f"GE*1*{gcn}~"))
    segs.append((F, f"IEA*1*{icn}~"))
    return segs


def lc_ts():
    t = local(tick(0, 12))
    return t.strftime("%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ios_ts():
    t = local(tick(0, 12))
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0500"


RN_PID = (R.randint(4000, 9000), R.randint(4000, 9000))


def rn_line(platform, lvl, msg):
    if platform == "android":
        return ("rn_logcat", f"{lc_ts()} {RN_PID[0]:5d} {RN_PID[1]:5d} {lvl} ReactNativeJS: {msg}")
    lv = {"I": "", "W": "[warn] ", "E": "[error] "}[lvl]
    return ("rn_ios", f"{ios_ts()} JuniperVisits[{RN_PID[0] % 2000}:{RN_PID[1] * 7}] [javascript] {lv}{msg}")


def g_rn(phi):
    plat = R.choice(["android", "ios"])
    if not phi:
        k = cyc(25, 5)
        if k == 0:
            lat = round(30.3 + R.uniform(-0.2, 0.3), 5)
            lng = round(-97.75 + R.uniform(-0.2, 0.2), 5)
            return [rn_line(plat, "I", f"[Geo] fix {json.dumps({'lat': lat, 'lng': lng, 'accuracy': round(R.uniform(3, 30), 1), 'speed': round(R.uniform(0, 29), 1), 'heading': R.randint(0, 359), 'mode': 'in_transit'})}")]
        if k == 1:
            return [rn_line(plat, "I", f"[RouteOptimizer] computed route day={TODAY.isoformat()} stops={R.randint(3, 7)} distance_km={R.uniform(15, 90):.1f} eta_min={R.randint(40, 200)} provider=osrm build=2024.05.{R.randint(1, 13)}+{R.randint(300, 999)}")]
        if k == 2:
            return [rn_line(plat, "W", f"Possible Unhandled Promise Rejection (id: {R.randint(0, 9)}): TypeError: Network request failed")]
        if k == 3:
            return [rn_line(plat, "I", f"[CodePush] update installed label=v{R.randint(80, 99)} appVersion=3.{R.randint(2, 4)}.{R.randint(0, 9)} hash={hexs(12)}")]
        return [rn_line(plat, "E", f"[Sentry] event {hexs(32)} sent (release juniper-visits@3.4.{R.randint(0, 9)}+{R.randint(400, 500)}, env=production)")]
    e = elder() if R.random() < 0.6 else pat()
    stop = f"hv_{TODAY.strftime('%Y%m%d')}_{R.randint(1, 6):02d}"
    k = cyc(26, 6, boost=(4, 5))
    if k == 4:
        sn = R.choice([f"{R.randint(2022, 2024)}{R.randint(10000000, 99999999)}LG", f"SN{rs(10, UPDIG)}", f"OX-{R.randint(100000, 999999)}-{rs(2, UPDIG)}"])
        mac = ":".join(hexs(2).upper() for _ in range(6))
        return [rn_line(plat, "I", f"[BLE] paired {R.choice(['Omron BP7350', 'Masimo MightySat', 'iHealth Track'])} serial={P('device', sn)} "
                                   f"mac={P('device', mac)} rssi=-{R.randint(40, 80)} for patientId={P('other_id', e.pk)}")]
    if k == 5:
        if not hasattr(e, "caregiver"):
            e.caregiver = Person(origin=e.origin, last=family_last(e))
        rel = e.caregiver
        return [rn_line(plat, "I", f"[Visits] stop note {stop}: \"park on street, driveway has {P('name', rel.first)}'s {R.choice(['red Tacoma', 'white CR-V', 'blue Camry'])} "
                                   f"(plate {P('vehicle', plate())}). Ring twice, {P('name', e.first)} is hard of hearing.\"")]
    if k == 0:
        payload = J({"stopId": stop, "patient": P("name", e.nm("fl")), "age": PN("age", e.age) if e.age > 89 else e.age,
                     "address": f"{P('address', e.street_full())}, {P('address', e.city)}, TX {P('zip', e.zip)}",
                     "dest": {"lat": PN("address", e.lat), "lng": PN("address", e.lng)}, "phone": P("phone", e.ph(0))})
        return [rn_line(plat, "I", f"[Visits] navigating to stop {R.randint(1, 5)}/{R.randint(5, 7)} {payload}")]
    if k == 1:
        return [rn_line(plat, "I", f"[Visits] arrived stopId={stop} patientId={P('other_id', e.pk)} at {P('address', f'{e.lat},{e.lng}')} "
                                   f"dwell_start={local().strftime('%H:%M')} geofence=75m")]
    if k == 2:
        return [rn_line(plat, "I", f"[Sync] uploaded {R.randint(2, 6)} vitals for visit {stop} (patientId={P('other_id', e.pk)}, mrn={P('mrn', e.mrn)}) in {R.randint(200, 1900)}ms")]
    return [rn_line(plat, "E", f"[CheckIn] validation failed: DOB mismatch for {P('name', e.nm('lf'))}: entered {P('date', fd(e.dob, 'us'))} "
                               f"expected {P('date', fd(e.dob.replace(day=min(28, e.dob.day + 1)), 'us'))}")]


REALM = "9130355228764912"


def g_qbo(phi):
    F = "qbo_sync"
    t = tick()
    ts = iso_z(t)
    tid = f"1-{hexs(8)}-{hexs(24)}"
    if not phi:
        k = cyc(27, 5)
        if k == 0:
            return [(F, f"{ts} INFO  [qbo-sync] POST /v3/company/{REALM}/salesreceipt?minorversion=73 -> 200 ({R.randint(150, 900)}ms) intuit_tid={tid}")]
        if k == 1:
            return [(F, f"{ts} INFO  [qbo-sync] refreshed OAuth2 access token realmId={REALM} expires_in=3600 x_refresh_token_expires_in={R.randint(8000000, 8700000)}")]
        if k == 2:
            return [(F, f"{ts} WARN  [qbo-sync] throttled (429) by Intuit, backing off {R.choice([2, 4, 8, 16])}s intuit_tid={tid}")]
        if k == 3:
            return [(F, f"{ts} INFO  [qbo-sync] SalesReceipt {R.randint(10000, 12000)} created for invoice in_1P{rs(22)} amount=99.00 DepositToAccountRef=35 (Stripe Clearing)")]
        return [(F, f"{ts} INFO  [qbo-sync] reconciled {R.randint(20, 240)} deposits for payout po_1P{rs(22)} net={R.uniform(2000, 19000):.2f} fees={R.uniform(60, 600):.2f}")]
    p = pat()
    k = cyc(28, 3, boost=(2,))
    if k == 0:
        return [(F, f"{ts} INFO  [qbo-sync] upsert Customer Id={P('account', p.qbo)} SyncToken={R.randint(0, 9)} DisplayName=\"{P('name', p.nm('lf'))}\" "
                    f"PrimaryEmailAddr={P('email', p.email)} Notes=\"stripe:{P('account', p.cus)}\"")]
    if k == 1:
        return [(F, f"{ts} WARN  [qbo-sync] ValidationFault code=6240 Duplicate Name Exists Error: The name supplied already exists. : "
                    f"Another customer, vendor or employee is already using this name. Please use a different name. name=\"{P('name', p.nm('lf'))}\" intuit_tid={tid}")]
    body = J({"Customer": {"Id": P("account", p.qbo), "DisplayName": P("name", p.nm("fl")),
                           "BillAddr": {"Line1": P("address", p.street), "City": P("address", p.city), "CountrySubDivisionCode": "TX", "PostalCode": P("zip", p.zip)},
                           "PrimaryPhone": {"FreeFormNumber": P("phone", p.ph(0))},
                           **({"Fax": {"FreeFormNumber": P("fax", fd_phone(rand_phone()))}} if R.random() < 0.5 else {}),
                           **({"WebAddr": {"URI": P("url", personal_url(p))}} if R.random() < 0.7 else {}),
                           "Active": True}})
    return [(F, f"{ts} DEBUG [qbo-sync] response body: {body}")]


def pg_ts():
    t = tick(0, 10)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} UTC"


def g_pg(phi):
    F = "pg_slow"
    pid = R.randint(20000, 40000)
    who = R.choice(["ehr_app@ehr_prod", "billing@membership_prod"])
    if not phi:
        k = cyc(29, 6)
        if k == 0:
            return [(F, f"{pg_ts()} [{pid}] {who} LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY dispensary_stock_levels")]
        if k == 1:
            wr, sy = R.uniform(10, 270), R.uniform(0, 1)
            return [(F, f"{pg_ts()} [{R.randint(100, 999)}] LOG:  checkpoint complete: wrote {R.randint(200, 9000)} buffers ({R.uniform(0.5, 20):.1f}%); 0 WAL file(s) added, 0 removed, "
                        f"{R.randint(0, 4)} recycled; write={wr:.3f} s, sync={sy:.3f} s, total={wr + sy + R.uniform(0.001, 0.05):.3f} s")]
        if k == 2:
            return [(F, f"{pg_ts()} [{pid}] LOG:  automatic vacuum of table \"ehr_prod.public.audit_auditevent\": index scans: 1"),
                    (F, f"\tpages: 0 removed, {R.randint(10000, 90000)} remain, 0 skipped due to pins, 0 skipped frozen"),
                    (F, f"\ttuples: {R.randint(100, 9000)} removed, {R.randint(100000, 900000)} remain, 0 are dead but not yet removable")]
        if k == 3:
            return [(F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod ERROR:  canceling statement due to statement timeout"),
                    (F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod STATEMENT:  SELECT count(*) FROM labs_observation WHERE status = 'F' AND received_at > now() - interval '30 days'")]
        if k == 4:
            return [(F, f"{pg_ts()} [{pid}] metabase@ehr_prod LOG:  connection authorized: user=metabase database=ehr_prod application_name=Metabase SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")]
        return [(F, f"{pg_ts()} [{pid}] {who} LOG:  duration: {R.uniform(500, 3000):.3f} ms  execute <unnamed>: SELECT s0.\"id\", s0.\"status\" FROM \"subscriptions\" AS s0 "
                    f"WHERE (s0.\"current_period_end\" < $1) AND (s0.\"status\" = ANY($2))"),
                (F, f"{pg_ts()} [{pid}] {who} DETAIL:  parameters: $1 = '{(NOW + dt.timedelta(days=1)).strftime('%Y-%m-%d %H:%M:%S')}', $2 = '{{active,past_due}}'")]
    p = pat()
    k = cyc(30, 4)
    if k == 0:
        return [(F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod LOG:  duration: {R.uniform(500, 4000):.3f} ms  execute <unnamed>: SELECT \"patients_patient\".\"id\", "
                    f"\"patients_patient\".\"mrn\" FROM \"patients_patient\" WHERE (UPPER(\"patients_patient\".\"last_name\"::text) = UPPER($1) AND "
                    f"\"patients_patient\".\"dob\" = $2)"),
                (F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod DETAIL:  parameters: $1 = '{P('name', p.last.replace(chr(39), chr(39) * 2))}', $2 = '{P('date', fd(p.dob, 'iso'))}'")]
    if k == 1:
        return [(F, f"{pg_ts()} [{pid}] billing@membership_prod LOG:  duration: {R.uniform(500, 2500):.3f} ms  statement: UPDATE members SET phone = "
                    f"'{P('phone', p.ph(4))}', updated_at = now() WHERE id = {P('other_id', p.member_pk)}")]
    if k == 2:
        return [(F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod LOG:  duration: {R.uniform(500, 6000):.3f} ms  statement: SELECT * FROM patients_patient WHERE "
                    f"email ILIKE '%{P('email', p.email)}%' OR phone_mobile = '{P('phone', p.phone)}'")]
    return [(F, f"{pg_ts()} [{pid}] ehr_app@ehr_prod LOG:  duration: {R.uniform(500, 3000):.3f} ms  statement: SELECT o.id, o.loinc, o.value FROM labs_observation o "
                f"JOIN patients_patient p ON p.id = o.patient_id WHERE p.mrn = '{P('mrn', p.mrn)}' ORDER BY o.observed_at DESC LIMIT 200")]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]


def caddy(ip, host, method, uri, status, ua, user_id="", size=None, ipv=None):
    t = tick(0, 8)
    ipfield = ipv if ipv is not None else ip
    req = {"remote_ip": ipfield, "remote_port": str(R.randint(1024, 65535)), "client_ip": ipfield, "proto": "HTTP/2.0", "method": method,
           "host": host, "uri": uri, "headers": {"User-Agent": [ua], "Accept-Encoding": ["gzip, deflate, br"]},
           "tls": {"resumed": R.random() < 0.3, "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": host}}
    ev = {"level": "info", "ts": float(f"{t.timestamp():.7f}"), "logger": "http.log.access.log0", "msg": "handled request", "request": req,
          "bytes_read": 0 if method == "GET" else R.randint(40, 900), "user_id": user_id, "duration": round(R.uniform(0.001, 0.9), 9),
          "size": size if size is not None else R.randint(0, 40000), "status": status,
          "resp_headers": {"Server": ["Caddy"], "Content-Type": ["application/json" if "/api" in uri else "text/html; charset=utf-8"]}}
    return ("caddy_access", J(ev))


def g_caddy(phi):
    if not phi:
        k = cyc(31, 5)
        if k == 0:
            return [caddy(f"10.0.3.{R.randint(2, 30)}", f"portal.{DOM}", "GET", "/healthz", 200, "Go-http-client/1.1", size=2)]
        if k == 1:
            return [caddy(f"{R.choice([45, 103, 185, 194])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}", f"www.{DOM}", "GET",
                          R.choice(["/wp-login.php", "/.git/config", "/xmlrpc.php", "/.env"]), 404,
                          "Mozilla/5.0 (compatible; Nimbostratus-Bot/v1.3.2; http://cloudsystemnetworks.com)", size=0)]
        if k == 2:
            return [caddy(f"{R.choice([64, 66, 68, 69, 71, 75, 96, 99, 104, 107, 142, 149, 157, 165, 184, 206])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}", f"www.{DOM}", "GET",
                          R.choice(["/pricing", "/employers", "/", "/assets/app-4f2a9c.js", "/blog/what-is-direct-primary-care"]), 200, R.choice(UAS))]
        if k == 3:
            t = tick(0, 8)
            return [("caddy_access", J({"level": "error", "ts": float(f"{t.timestamp():.7f}"), "logger": "http.log.error.log0",
                                        "msg": "dial tcp 127.0.0.1:4000: connect: connection refused",
                                        "request": {"remote_ip": "10.0.3.7", "method": "POST", "host": f"billing.{DOM}", "uri": "/webhooks/stripe"},
                                        "duration": 0.000912, "status": 502, "err_id": str(R.randint(100000000, 999999999)), "err_trace": "reverseproxy.statusError (reverseproxy.go:1267)"}))]
        t = tick(0, 8)
        return [("caddy_access", J({"level": "info", "ts": float(f"{t.timestamp():.7f}"), "logger": "tls.obtain",
                                    "msg": "certificate obtained successfully", "identifier": f"portal.{DOM}", "issuer": "acme-v02.api.letsencrypt.org-directory"}))]
    p = pat()
    ipm = P("ip", p.ip)
    k = cyc(32, 4)
    if k == 0:
        return [caddy(None, f"portal.{DOM}", "GET", f"/api/patients/{P('other_id', p.pk)}/appointments?upcoming=true", 200, R.choice(UAS),
                      user_id=P("other_id", p.username), ipv=ipm)]
    if k == 1:
        em = p.email.replace("@", "%40")
        return [caddy(None, f"portal.{DOM}", "POST", f"/api/auth/magic-link?email={P('email', em)}", 202, R.choice(UAS), ipv=ipm)]
    if k == 2:
        return [caddy(None, f"portal.{DOM}", "GET", f"/records/download/{P('mrn', p.mrn)}-visit-summary.pdf", 200, R.choice(UAS),
                      user_id=P("other_id", p.username), ipv=ipm)]
    return [caddy(None, f"portal.{DOM}", "GET", f"/api/me/verify?dob={P('date', fd(p.dob, 'iso'))}&zip={P('zip', p.zip)}", 200, R.choice(UAS), ipv=ipm)]


GENS = [  # generator, phi weight, noise weight
    (g_phoenix, 6, 7), (g_stripe, 7, 6), (g_hint, 5, 3), (g_django, 7, 6), (g_celery, 7, 8), (g_dispensary, 6, 4),
    (g_hl7, 4, 2), (g_labcsv, 5, 3), (g_spruce, 5, 3), (g_sms, 6, 3), (g_gws, 5, 4), (g_zoom, 6, 5),
    (g_enroll, 4, 1), (g_834, 0, 0.1), (g_rn, 8, 8), (g_qbo, 5, 5), (g_pg, 5, 6), (g_caddy, 6, 7),
]


FORCED = {150: g_834, 370: g_834}  # two employer 834 files arrive in the window (the second: one new hire)


def main():
    rows = []  # (family, line, spans)
    done_forced = set()
    target_phi = 0.45
    while len(rows) < N_LINES:
        remaining = N_LINES - len(rows)
        n_phi = sum(1 for r in rows if r[2])
        want_phi = n_phi < target_phi * (len(rows) + 4)
        forced = [at for at in FORCED if at <= len(rows) and at not in done_forced]
        if forced and remaining > 40:
            done_forced.add(forced[0])
            for fam, marked in FORCED[forced[0]](True):
                line, spans = build(marked)
                rows.append((fam, line, spans))
            continue
        gens = [g for g in GENS if (g[1] if want_phi else g[2]) > 0]
        weights = [g[1] if want_phi else g[2] for g in gens]
        for _attempt in range(60):
            g = R.choices(gens, weights)[0][0]
            out = g(want_phi)
            if len(out) <= remaining:
                break
        else:
            out = g_qbo(False)[:1]
            if len(out) > remaining:
                raise SystemExit("cannot fill")
        for fam, marked in out:
            line, spans = build(marked)
            rows.append((fam, line, spans))
    assert len(rows) == N_LINES
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(r[1] for r in rows))
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (fam, line, spans) in enumerate(rows, 1):
            fh.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")
    # self-check
    data = open(log_path, "rb").read().split(b"\n")
    assert len(data) == N_LINES and all(data)
    for raw, (fam, line, spans) in zip(data, rows):
        assert raw.decode("utf-8") == line
        prev = -1
        for sp in spans:
            assert 0 <= sp["s"] < sp["e"] <= len(raw) and sp["s"] >= prev
            prev = sp["e"]
    n_clean = sum(1 for r in rows if not r[2])
    cats = {}
    fams = {}
    for fam, _, spans in rows:
        fams[fam] = fams.get(fam, 0) + 1
        for sp in spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(rows)} clean={n_clean} ({100 * n_clean / len(rows):.1f}%) spans={sum(cats.values())}")
    print("cats", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("families", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
