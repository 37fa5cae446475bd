#!/usr/bin/env python3
"""Synthetic labeled log corpus "js": a college student health & counseling center.

Systems simulated (all people, IDs and contact data are fabricated):
  - Symfony/PHP self-scheduling portal (Monolog lines, PHP error log, php-fpm),
  - nginx access log of the portal,
  - immunization compliance uploads: pdftotext -layout output of forms (English,
    Spanish, French), OCR JSON blocks (Textract-like) of photographed cards,
    Celery OCR worker log,
  - SIS roster syncs: Banner-like CSV (with header) and PeopleSoft-like pipe files,
  - counseling intake questionnaire submissions (JSON),
  - after-hours nurse line vendor feed (pipe records) and its import log,
  - student insurance waiver processing (XML records, key=value service log),
    X12 270/271 eligibility (one-line interchanges and segment-per-line),
  - pharmacy: HL7 v2 RDS^O13 segments, ACKs, key=value dispensing log,
  - Title IX-adjacent care referrals (JSON, minimal disclosure),
  - EHR audit trail CSV, check-in kiosk JSON, SMS reminder (Twilio) log,
  - syslog noise (cron, systemd, sshd, postfix, logrotate).

Labeling decisions:
  - Labeled persons: students/patients, their relatives, emergency contacts,
    insurance subscribers/guarantors, roommates/friends who call about or are named as
    contacts of the patient, people picking up a prescription for the patient.
  - Not labeled: clinicians, nurses (incl. nurse-line vendor RNs), counselors, pharmacists,
    schedulers, Title IX staff, RAs/campus police acting on duty, outside providers,
    clinics, payers, vendors; nor their phones, faxes, addresses, NPIs, DEA numbers,
    usernames or emails.
  - other_id: student IDs (Banner 9-digit, PeopleSoft EMPLID), NetIDs/usernames of
    students, foreign national IDs (Mexican CURP), nurse-line call numbers, Title IX /
    counseling case numbers, encounter numbers, prescription (Rx) numbers.
  - mrn: health-center chart numbers and outside MRN / immunization-registry numbers.
  - account: patient account numbers (HL7 PID-18), bursar billing accounts, full card
    PANs, bank account numbers. Masked PANs (last 4 only) are not labeled.
  - health_plan: member / subscriber / cardholder IDs, Medicaid IDs. Group numbers,
    BIN/PCN, payer IDs are not labeled.
  - Not labeled at all: appointment IDs, slot IDs, submission/document/job/message UUIDs,
    Twilio SIDs, trace IDs, X12 control/trace numbers, NDCs, vaccine lot numbers, term
    codes, build numbers, hashes.
  - date: birth dates, appointment date-times, immunization/test/service dates (also
    month/year like 05/2021), dispense dates, call/incident dates, coverage effective dates,
    follow-up dates, signature dates on a patient's health form. The span is the whole
    value as written (weekday, time, zone included when part of the value). Not labeled:
    log/record timestamps (including created_at/submitted_at metadata, HL7 MSH-7, X12
    ISA/GS/BHT dates, fax transmission headers), term/deadline dates, form revision
    dates, years alone.
  - age: only ages over 89 (patient or relative), the number only.
  - address: street lines, residence hall + room, home cities (street and city are separate
    spans when in separate fields, one span when written together); states and countries
    are not labeled; ZIP / foreign postal codes are separate zip spans.
  - name: a name as written is one span ("Last, First", "LAST^FIRST^M", "first last");
    separate fields give separate spans (middle initial columns included); names inside
    uploaded file names are labeled as written (percent-encoded in URLs).
  - phone: Banner area/number columns are two phone spans; HL7 XTN as written.
  - email: student and personal emails, also URL-encoded (%40) and SAML eduPersonPrincipalName.
  - ip: public IPs of portal users are labeled; RFC1918/internal, servers, load balancers,
    crawlers, scanners and uptime monitors are not.
  - device: a student's insulin pump / CGM serials, phone IMEI/MAC. Kiosks/workstations no.
  - vehicle: plates and VINs of a student's car. license: a patient's/picker's driver licence.
  - biometric: face embeddings / fingerprint templates of a student;
    photo: base64 JPEG of a student's face (the base64 present in the line).
  - Values are labeled exactly as written in the line, including JSON escaping (e.g. "9\\/3"
    inside a PHP json_encode'd SMS body) and percent-encoding.
  - url: personal URLs (social profiles, personal sites) of a student; portal, vendor and
    API URLs are not labeled (IDs inside them are labeled by their own category).
  - fax: fax numbers of a patient's family/home; clinic/provider faxes are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

R = random.Random(20240826)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "js"
N_LINES = 500
NOPHI_TARGET = 0.55


# ---------------------------------------------------------------- line builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        assert v, "empty span"
        s = self.n
        self.t(v)
        self.spans.append((s, self.n, cat, v))
        return self

    def x(self, *parts):
        for part in parts:
            if isinstance(part, tuple):
                self.p(*part)
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.buf)


class Tx:
    """Composite string: parts are str or (value, cat)."""

    def __init__(self, *parts):
        self.parts = parts


def jdump(b, o, sep=(",", ":"), esc_slash=False):
    def enc(s):
        x = json.dumps(s, ensure_ascii=False)[1:-1]
        if esc_slash:
            x = x.replace("/", "\\/")
        return x

    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t('"' + enc(k) + '"' + sep[1])
            jdump(b, v, sep, esc_slash)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jdump(b, v, sep, esc_slash)
        b.t("]")
    elif isinstance(o, tuple):
        v, cat = o
        if isinstance(v, str):
            b.t('"').p(enc(v), cat).t('"')
        else:
            b.p(json.dumps(v), cat)
    elif isinstance(o, Tx):
        b.t('"')
        for part in o.parts:
            if isinstance(part, tuple):
                b.p(enc(part[0]), part[1])
            else:
                b.t(enc(part))
        b.t('"')
    elif isinstance(o, str):
        b.t('"' + enc(o) + '"')
    else:
        b.t(json.dumps(o))
    return b


def xel(b, tag, v, attrs=""):
    b.t("<%s%s>" % (tag, attrs))
    if isinstance(v, tuple):
        b.p(xesc(v[0]), v[1])
    else:
        b.t(xesc(str(v)))
    b.t("</%s>" % tag)
    return b


# ---------------------------------------------------------------- helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alnum(s):
    return "".join(c for c in fold(s) if c.isalpha())


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_pan():
    pre = R.choice(["4", "4", "51", "53", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = "35" + digits(12)
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2T1", "3FA", "5YJ", "1N4", "JTD", "KMH", "1C4"])
    rest = [R.choice(VIN_CH) for _ in range(14)]
    v = list(wmi) + rest
    v[9] = R.choice("MNPRS")  # model year
    tot = sum((VIN_TR[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice(["%s%s%s %s" % (R.choice(L), R.choice(L), R.choice(L), digits(4)), "%s%s%s%s" % (R.choice(L), R.choice(L), R.choice(L), digits(4)),
                     "%s%s%s-%s" % (R.choice(L), R.choice(L), R.choice(L), digits(4)), "%s%s %s" % (digits(1), R.choice(L), digits(5))])


def pub_ip():
    a = R.choice([73, 68, 24, 98, 172, 107, 99, 174, 76, 47, 108, 71, 50, 184, 70, 96])
    b = R.randint(56, 59) if a == 172 else R.randint(1, 254)
    return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.20.%d.%d", "10.42.%d.%d", "172.18.%d.%d"]) % (R.randint(0, 9), R.randint(2, 250))


MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
MOIS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fd(d, st):
    if st == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "us1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "usyy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "iso":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if st == "cmp":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if st == "ora":
        return "%02d-%s-%d" % (d.day, MON[d.month].upper(), d.year)
    if st == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if st == "eu":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "mon":
        return "%s %d %d" % (MON[d.month], d.day, d.year)
    if st == "dmy":
        return "%d %s %d" % (d.day, MON[d.month], d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MES[d.month], d.year)
    if st == "fr":
        return "%d %s %d" % (d.day, MOIS[d.month], d.year)
    raise ValueError(st)


def rdate(y0, y1):
    return date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


DECKS = {}


def deck(name, items):
    """Balanced deterministic choice: shuffled deck, refilled when empty."""
    d = DECKS.get(name)
    if not d:
        d = list(items)
        R.shuffle(d)
        DECKS[name] = d
    return d.pop()


# ---------------------------------------------------------------- clock
now = datetime(2024, 8, 26, 0, 4, 11)


def adv(a, b):
    global now
    now += timedelta(seconds=int(R.randint(a, b) * (0.9 if biz() else 2.6)))


def biz():
    return now.weekday() < 5 and 8 <= now.hour < 18


def utc():
    return now + timedelta(hours=4)


def ts_mono():
    return now.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d-04:00" % R.randint(0, 999999)


def ts_ngx():
    return now.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_py():
    return now.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)


def ts_z():
    return utc().strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)


def ts_sys():
    return "%s %2d %s" % (MON[now.month], now.day, now.strftime("%H:%M:%S"))


def ts_hl7():
    return now.strftime("%Y%m%d%H%M%S")


def epoch_ms():
    return int((utc() - datetime(1970, 1, 1)).total_seconds()) * 1000 + R.randint(0, 999)


def appt_dt():
    d = now.date() + timedelta(days=R.randint(1, 9))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))


def fdt(dt, st):
    h12 = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if st == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:00-04:00")
    if st == "sql":
        return dt.strftime("%Y-%m-%d %H:%M:00")
    if st == "us12":
        return "%02d/%02d/%d %d:%02d %s" % (dt.month, dt.day, dt.year, h12, dt.minute, ap)
    if st == "sms":
        return "%s %d/%d at %d:%02d %s" % (WD[dt.weekday()], dt.month, dt.day, h12, dt.minute, ap)
    if st == "long":
        return "%s, %s %d at %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, h12, dt.minute, ap.lower())
    if st == "hl7":
        return dt.strftime("%Y%m%d%H%M")
    raise ValueError(st)


# ---------------------------------------------------------------- people
STU_SPEC = [
    ("Chidi", "A", "Okonkwo", "M", "ng", None), ("Ximena", "", "Ramírez Ortega", "F", "mx", "MX"),
    ("Huong", "Thi", "Nguyen", "F", "vn", None), ("Siobhán", "M", "O'Sullivan", "F", "ie", None),
    ("Mateo", "J", "de la Cruz", "M", "mx", None), ("Anneliese", "", "van der Berg", "F", "nl", None),
    ("Mohammed", "K", "Al-Sayed", "M", "ar", None), ("Yuki", "", "Takahashi", "F", "jp", "JP"),
    ("Hyun-woo", "", "Park", "M", "kr", None), ("Tevita", "L", "Fifita", "M", "to", None),
    ("Priya", "S", "Raghunathan", "F", "in", None), ("Kwame", "", "Mensah-Bonsu", "M", "gh", None),
    ("Björn", "E", "Sandberg", "M", "se", "SE"), ("Fatima Zahra", "", "Benali", "F", "ar", None),
    ("Dmitri", "A", "Volkov", "M", "ru", None), ("Camille", "", "Le Roux", "F", "fr", "FR"),
    ("Aroha", "", "Ngata", "F", "nz", None), ("Jamal", "T", "Whitaker", "M", "us", None),
    ("Leilani", "K", "Kealoha", "F", "us", None), ("Inês", "", "dos Santos", "F", "pt", None),
    ("Rahul", "", "Venkataraman", "M", "in", None), ("Chloé", "M", "Dubois-Martin", "F", "fr", None),
    ("José Luis", "", "García-Márquez", "M", "mx", None), ("Mei", "L", "Zhang", "F", "cn", None),
    ("Oluwaseun", "", "Adeyemi", "M", "ng", None), ("Grace", "E", "MacAllister", "F", "us", None),
    ("Ethan", "R", "St. Clair", "M", "us", None), ("Noa", "", "Ben-David", "F", "il", None),
    ("Zeynep", "", "Yılmaz", "F", "tr", None), ("Katarzyna", "M", "Kowalczyk", "F", "pl", None),
    ("Liam", "P", "Fitzgerald-Ramos", "M", "us", None), ("Ayesha", "", "Siddiqui", "F", "pk", None),
    ("Tomás", "", "Ibarra", "M", "mx", None), ("Hannah", "J", "Abernathy", "F", "us", None),
    ("DeShawn", "M", "Carter", "M", "us", None), ("Lucas", "", "Papadopoulos", "M", "gr", None),
    ("Kiona", "R", "Yazzie", "F", "nv", None), ("Marguerite", "A", "Thibodeaux", "F", "us", None),
    ("Anjali", "", "Desai", "F", "in", None), ("Wen", "", "Li", "M", "cn", "CN"),
    ("Sofía", "", "Castellanos", "F", "mx", None), ("Olumide", "", "Bakare", "M", "ng", None),
    ("Harold", "S", "Feinstein", "M", "us", None),
]
OLD = {"Thibodeaux": date(1933, 2, 17), "Feinstein": date(1932, 10, 9)}

PARENTS = {
    "ng": ["Ngozi", "Emeka", "Chiamaka", "Obinna"], "mx": ["Guadalupe", "Alejandro", "María José", "Rogelio"],
    "vn": ["Lan", "Minh", "Quang"], "ie": ["Aoife", "Declan", "Maeve"], "nl": ["Pieter", "Marieke"],
    "ar": ["Samira", "Khalid", "Layla"], "jp": ["Keiko", "Hiroshi"], "kr": ["Ji-yeon", "Sung-min"],
    "to": ["Mele", "Sione"], "in": ["Lakshmi", "Suresh", "Meera"], "gh": ["Akosua", "Kofi"],
    "se": ["Ingrid", "Lars"], "ru": ["Svetlana", "Oleg"], "fr": ["Sylvie", "Thierry"], "nz": ["Mere", "Hemi"],
    "us": ["Karen", "Michael", "Denise", "Robert", "Tanya", "Jerome", "Linda"], "pt": ["Conceição", "Rui"],
    "cn": ["Hui", "Jian"], "tr": ["Ayşe", "Mehmet"], "pl": ["Agnieszka", "Tomasz"], "gr": ["Eleni", "Nikos"],
    "il": ["Miriam", "Avi"], "pk": ["Nadia", "Imran"], "nv": ["Loretta", "Darrell"],
}
FRIENDS = [("Lucia", "Ferreira"), ("Brandon", "Okafor"), ("Maya", "Lindgren"), ("Tariq", "Haddad"),
           ("Emily", "Nakashima"), ("Jordan", "Reyes-Whitfield"), ("Sakura", "Ito"), ("Devon", "McBride")]

US_CITIES = [("Columbus", "OH", "43215"), ("Dayton", "OH", "45402"), ("Cleveland Heights", "OH", "44118"),
             ("Chicago", "IL", "60614"), ("Albuquerque", "NM", "87106"), ("Honolulu", "HI", "96816"),
             ("Toledo", "OH", "43604"), ("Cincinnati", "OH", "45219"), ("Akron", "OH", "44310"),
             ("Brooklyn", "NY", "11215"), ("Atlanta", "GA", "30310"), ("Westerville", "OH", "43081"),
             ("Shiprock", "NM", "87420"), ("Parma", "OH", "44129"), ("Naperville", "IL", "60540"),
             ("Lakewood", "OH", "44107"), ("Lafayette", "LA", "70503")]
STREETS = ["Wexford Ct", "Pinecrest Dr", "E Mound St", "Oak Hollow Ln", "N High St", "Maple Ave",
           "Kalani Pl", "Sycamore Ridge Rd", "W 3rd Ave", "Brookside Blvd", "Cedar Point Way",
           "Linwood Ave", "Harrison St", "Juniper Ct", "Old Farm Rd", "Rue Belle Isle"]
INTL_ADDR = {
    "MX": ("Av. Chapultepec 480, Col. Americana", "Guadalajara", "Jal.", "44160"),
    "JP": ("2-14-7 Kitazawa", "Setagaya-ku, Tokyo", "", "155-0031"),
    "SE": ("Vasagatan 17 lgh 1203", "Göteborg", "", "411 24"),
    "FR": ("14 rue des Tanneurs", "Strasbourg", "", "67000"),
    "CN": ("Nanjing Rd 388, Apt 1502", "Huangpu, Shanghai", "", "200001"),
}
HALLS = ["Whitcomb Hall", "Ashby Tower", "Larkspur House", "Orchard Commons", "Kessler Hall", "Brightwater Hall"]
AREAS = ["614", "740", "937", "216", "513", "419", "330", "312", "646", "808", "505", "404", "630", "337"]
INTL_PH = {"MX": "+52 33 5555 %04d", "JP": "+81 90-5555-%04d", "SE": "+46 70 555 %02d %02d",
           "FR": "+33 6 55 51 %02d %02d", "CN": "+86 139 5555 %04d"}
CARRIERS = [("Aetna Student Health", "60054", lambda: "W" + digits(9)),
            ("UnitedHealthcare", "87726", lambda: digits(9)),
            ("Blue Cross Blue Shield of Illinois", "00621", lambda: R.choice(["XOF", "YRP", "ZGH"]) + digits(9)),
            ("Anthem Blue Cross and Blue Shield", "00834", lambda: R.choice(["YRK", "JQH"]) + digits(9)),
            ("Medical Mutual of Ohio", "29076", lambda: digits(9) + "00"),
            ("Ohio Medicaid - CareSource", "31114", lambda: "1" + digits(11)),
            ("Cigna", "62308", lambda: "U" + digits(8) + " 01"),
            ("TRICARE", "99726", lambda: digits(11)),
            ("Kaiser Permanente", "94320", lambda: digits(8))]
INTL_CARR = ("ISO Student Health Insurance", "ISO01", lambda: "ISO" + digits(8))
DL_FMT = {"OH": lambda: R.choice(["SX", "TR", "RK", "UB"]) + digits(6),
          "IL": lambda: R.choice("ABCDFGHKLMPRSW") + digits(3) + "-" + digits(4) + "-" + digits(4),
          "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3),
          "HI": lambda: "H" + digits(8), "NM": lambda: digits(9), "GA": lambda: "0" + digits(8),
          "LA": lambda: "00" + digits(7)}


class S:
    pass


def mk_students():
    out = []
    used = set()
    for first, mi, last, sex, org, intl in STU_SPEC:
        s = S()
        s.first, s.mi, s.last, s.sex, s.org, s.intl = first, mi, last, sex, org, intl
        while True:
            sid = "90" + digits(7)
            if sid not in used:
                used.add(sid)
                break
        s.sid = sid
        s.emplid = R.choice(["1", "2"]) + digits(6)
        s.netid = (alnum(first)[0] + alnum(last))[:8].lower() + str(R.randint(1, 99))
        s.email = s.netid + "@halvorsen.edu"
        f, l = alnum(first).lower(), alnum(last).lower()
        s.pemail = R.choice(["%s.%s%d@gmail.com" % (f, l, R.randint(1, 99)), "%s%s@yahoo.com" % (f[0], l),
                             "%s_%s@outlook.com" % (l, f), "%s.%s@icloud.com" % (f, l[:4]),
                             "%s%d@hotmail.com" % (f, R.randint(1990, 2006))])
        s.dob = OLD.get(last) or rdate(1999, 2006)
        s.age = 2024 - s.dob.year - ((8, 26) < (s.dob.month, s.dob.day))
        if intl:
            s.ph = None
            k = R.randint(100, 199)
            pat = INTL_PH[intl]
            s.phone_intl = pat % ((k,) if pat.count("%") == 1 else (k // 10, k % 10 * 7))
            a = INTL_ADDR[intl]
            s.street, s.city, s.state, s.zip = a
            s.country = intl
            s.ssn = None
            s.dl = None
            s.carrier = INTL_CARR
        else:
            s.ph = (R.choice(AREAS), "555", "01%02d" % R.randint(30, 99))
            s.phone_intl = None
            city = R.choice(US_CITIES)
            s.street = "%d %s" % (R.randint(12, 9876), R.choice(STREETS))
            if R.random() < 0.25:
                s.street += R.choice([" Apt 3B", " Apt 12", " Unit 4", " #207"])
            s.city, s.state, s.zip = city
            if R.random() < 0.3:
                s.zip += "-" + digits(4)
            s.country = "US"
            s.ssn = ssn()
            st = s.state if s.state in DL_FMT else "OH"
            s.dl = (st, DL_FMT[st]())
            s.carrier = R.choice(CARRIERS)
        s.member = s.carrier[2]()
        s.hall = (R.choice(HALLS), str(R.randint(1, 6)) + "%02d" % R.randint(1, 40))
        s.mrn = "SH" + digits(6)
        s.pacct = "PA" + digits(8)
        s.bursar = "0" + digits(9)
        s.ip = pub_ip()
        s.parent = (R.choice(PARENTS[org]), last if R.random() < 0.8 else R.choice(["Mendoza", "Hughes", "Tanaka", "Okafor", "Lindqvist"]))
        s.parent_rel = R.choice(["parent", "parent", "guardian", "legal guardian"])
        s.parent_ph = (R.choice(AREAS), "555", "01%02d" % R.randint(30, 99)) if not intl else None
        s.parent_dob = rdate(1962, 1980)
        out.append(s)
    return out


STU = mk_students()
BY_LAST = {s.last: s for s in STU}


YOUNG = [x for x in STU if x.age < 60]


def stu():
    """Traditional-age students; the two Senior Audit Program students appear via their own generators."""
    return R.choice(YOUNG)


def ph(s, style=None, who="self"):
    p = s.ph if who == "self" else s.parent_ph
    if p is None:
        if who == "self":
            return s.phone_intl
        pat = INTL_PH[s.intl]
        k = 200 + (sum(map(ord, s.last)) % 99)
        return pat % ((k,) if pat.count("%") == 1 else (k // 10, k % 10 * 7))
    a, e, l = p
    style = style or R.choice(["paren", "dash", "plain", "dot", "e164sp", "e164", "paren2"])
    return {"paren": "(%s) %s-%s", "paren2": "(%s)%s-%s", "dash": "%s-%s-%s", "plain": "%s%s%s",
            "dot": "%s.%s.%s", "e164sp": "+1 %s %s %s", "e164": "+1%s%s%s"}[style] % (a, e, l)


def e164(s):
    if s.ph:
        return "+1" + "".join(s.ph)
    return "+" + "".join(c for c in s.phone_intl if c.isdigit())


def nm(s, st=None):
    st = st or R.choice(["fl", "lf", "LF", "FL", "lfm"])
    if st == "fl":
        return "%s %s" % (s.first, s.last)
    if st == "lf":
        return "%s, %s" % (s.last, s.first)
    if st == "LF":
        return "%s, %s" % (s.last.upper(), s.first.upper())
    if st == "FL":
        return "%s %s" % (s.first.upper(), s.last.upper())
    if st == "lfm":
        return "%s, %s%s" % (s.last, s.first, (" " + s.mi[0] + ".") if s.mi else "")
    if st == "lower":
        return "%s %s" % (s.first.lower(), s.last.lower())
    if st == "init":
        return "%s. %s" % (s.first[0], s.last)
    if st == "hl7":
        return "%s^%s^%s" % (s.last.upper(), s.first.upper(), s.mi[:1])
    if st == "ps":
        return "%s,%s%s" % (s.last, s.first, (" " + s.mi) if s.mi else "")
    raise ValueError(st)


STAFF = ["rgallardo", "sachterberg", "jpetrovic", "lhuang", "bkowalski", "cmarsh", "dokafor-adm", "mwoodson"]
STAFF_FULL = [("Renata", "Gallardo", "NP"), ("Samuel", "Achterberg", "MD"), ("Jelena", "Petrovic", "NP"),
              ("Lin", "Huang", "RN"), ("Colleen", "Marsh", "PhD"), ("Marcus", "Woodson", "PA-C")]
VISIT = ["Immunization - TB skin test placement", "Immunization - TB read", "Primary Care - Acute",
         "Travel Consult", "Allergy Injection", "Counseling - Initial Consultation", "Counseling - Follow-up",
         "Sexual Health / STI Testing", "Sports Physical", "Lab Draw", "Nutrition Consult", "Immunization - MMR"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
]
HOST = "https://health.halvorsen.edu"
CLINIC_PH = "740-555-0100"
CLINIC_FAX = "740-555-0109"
PHARM_PH = "(740) 555-0122"


def jpeg_b64(n=96):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def emb_b64(n=48):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


# ================================================================= families
# Each generator returns a list of B. Tagged "phi" or "noise" (noise ones must add no span).

# ---- symfony monolog
def mono(level, msg_parts, ctx, extra="[]"):
    b = B("symfony_monolog")
    b.t("[%s] %s: " % (ts_mono(), level))
    b.x(*msg_parts)
    b.t(" ")
    if ctx is None:
        b.t("[]")
    else:
        jdump(b, ctx)
    b.t(" " + extra)
    return b


ROUTES = [("app_login", "SecurityController::login", "/login"), ("app_dashboard", "DashboardController::index", "/portal/"),
          ("app_appointments_list", "AppointmentController::list", "/portal/appointments"),
          ("app_immunization_upload", "ImmunizationController::upload", "/portal/compliance/upload"),
          ("app_intake_start", "IntakeController::start", "/portal/counseling/intake"),
          ("app_waiver_status", "WaiverController::status", "/portal/insurance/waiver"),
          ("app_messages", "SecureMessageController::inbox", "/portal/messages")]


def n_mono():
    adv(5, 400)
    k = deck("n_mono", list(range(12)))
    if k == 0:
        r = R.choice(ROUTES)
        return [mono("request.INFO", ['Matched route "%s".' % r[0]],
                     {"route": r[0], "route_parameters": {"_route": r[0], "_controller": "App\\Controller\\" + r[1]},
                      "request_uri": HOST + r[2], "method": R.choice(["GET", "GET", "POST"])})]
    if k == 1:
        return [mono("security.DEBUG", ["Checking for authenticator support."], {"firewall_name": "main", "authenticators": 2})]
    if k == 2:
        d = now.date()
        return [mono("doctrine.DEBUG", ["Executing statement: SELECT t0.id AS id_1, t0.starts_at AS starts_at_2, t0.visit_type AS visit_type_3, t0.capacity AS capacity_4 FROM appointment_slot t0 WHERE t0.clinic_id = ? AND t0.starts_at >= ? ORDER BY t0.starts_at ASC (parameters: array{\"1\":%d,\"2\":\"%s 00:00:00\"}, types: array{\"1\":1,\"2\":2})" % (R.randint(1, 4), d.isoformat())],
                     {"sql": "SELECT t0.id AS id_1, ... FROM appointment_slot t0 WHERE t0.clinic_id = ? AND t0.starts_at >= ?", "params": {"1": R.randint(1, 4), "2": d.isoformat() + " 00:00:00"}, "types": {"1": 1, "2": 2}})]
    if k == 3:
        return [mono("messenger.INFO", ["Sending message App\\Message\\SendAppointmentReminder with async sender using Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport"],
                     {"class": "App\\Message\\SendAppointmentReminder", "alias": "async", "sender": "Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport"})]
    if k == 4:
        return [mono("php.INFO", ['User Deprecated: Since symfony/security-bundle 6.2: The "security.authentication.success_handler" service is deprecated.'],
                     {"exception": "[object] (ErrorException(code: 0): User Deprecated: Since symfony/security-bundle 6.2 at /var/www/portal/vendor/symfony/deprecation-contracts/function.php:25)"})]
    if k == 5:
        wk = now.isocalendar()[1]
        return [mono("cache.INFO", ['Lock acquired, now computing item "slots_week_%d"' % wk], {"key": "slots_week_%d" % wk})]
    if k == 6:
        return [mono("app.INFO", ["Slot generation finished"], {"clinic": R.choice(["primary_care", "counseling", "immunization", "pharmacy"]), "created": R.randint(40, 220), "skipped": R.randint(0, 9), "duration_ms": R.randint(80, 900)})]
    if k == 7:
        p = R.choice(["/wp-login.php", "/.env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/portal/favicon.png"])
        m = 'No route found for "GET %s%s"' % (HOST, p)
        return [mono("request.ERROR", ['Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "%s" at /var/www/portal/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149' % m],
                     {"exception": "[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): %s at /var/www/portal/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)" % m})]
    if k == 8:
        return [mono("mailer.DEBUG", ['Email transport "Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport" starting'], None)]
    if k == 9:
        return [mono("app.INFO", ["Compliance dashboard refreshed"], {"term": "202508", "compliant": R.randint(3600, 4100), "pending": R.randint(300, 700), "exempt": R.randint(20, 60), "holds_placed": 0})]
    if k == 10:
        return [mono("messenger.INFO", ["Message App\\Message\\SyncRosterDelta handled by App\\MessageHandler\\SyncRosterDeltaHandler::__invoke"],
                     {"class": "App\\Message\\SyncRosterDelta", "handler": "App\\MessageHandler\\SyncRosterDeltaHandler::__invoke", "message_id": R.randint(10000, 99999)})]
    return [mono("app.INFO", ["Outbound SMS batch"], {"template": "appt_reminder_24h", "queued": R.randint(20, 180), "failed": R.randint(0, 4), "provider": "twilio", "trace_id": hexs(32)})]


def p_mono():
    adv(5, 400)
    s = stu()
    k = deck("p_mono", list(range(13)))
    if k == 0:
        a = appt_dt()
        return [mono("app.INFO", ["Appointment booked"], {"studentId": (s.sid, "other_id"), "netId": (s.netid, "other_id"), "slotId": R.randint(10000, 99999),
                                                          "startsAt": (fdt(a, "iso"), "date"), "visitType": R.choice(VISIT), "clinician": R.choice(STAFF), "channel": R.choice(["web", "mobile"])})]
    if k == 1:
        a = appt_dt()
        return [mono("app.NOTICE", ["Appointment cancelled by student"], {"patient": (nm(s, "lf"), "name"), "appointmentId": R.randint(40000, 59999),
                                                                          "startsAt": (fdt(a, "us12"), "date"), "reason": R.choice(["feeling better", "schedule conflict", "class moved", ""])})]
    if k == 2:
        return [mono("security.INFO", ['SAML login successful for "', (s.netid, "other_id"), '".'],
                     {"nameId": (s.email, "email"), "attributes": {"eduPersonAffiliation": ["student", "member"], "hsuStudentId": [(s.sid, "other_id")]}, "idp": "https://idp.halvorsen.edu/idp/shibboleth"})]
    if k == 3:
        b = B("symfony_monolog")
        m1 = 'An exception occurred while executing a query: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint \\"uniq_patient_student_id\\"\\nDETAIL:  Key (student_id)=('
        b.t("[%s] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException: \"" % ts_mono())
        b.t(m1.replace('\\"', '"').replace("\\n", " ")).p(s.sid, "other_id").t(') already exists." at /var/www/portal/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php line 47 {"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\UniqueConstraintViolationException(code: 7): ')
        b.t(m1).p(s.sid, "other_id").t(') already exists. at /var/www/portal/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php:47)"} []')
        return [b]
    if k == 4:
        dt = R.choice(["MMR", "TB", "MenACWY", "HepB", "Tdap", "Varicella"])
        fnm = R.choice([Tx(dt + "_records_", (alnum(s.last), "name"), "_", (alnum(s.first), "name"), ".pdf"),
                        Tx("Immunization record - ", (s.first + " " + s.last, "name"), ".pdf"),
                        Tx("IMG_%d.HEIC" % R.randint(1000, 9999))])
        return [mono("app.INFO", ["Immunization document uploaded"], {"sid": (s.sid, "other_id"), "docType": dt, "originalName": fnm, "mime": "application/pdf",
                                                                       "bytes": R.randint(80000, 2400000), "sha256": hexs(64), "storage": "s3://hsu-shs-compliance/uploads/%s" % ruuid()})]
    if k == 5:
        d2 = s.dob + timedelta(days=R.choice([1, -1, 30, 365]))
        return [mono("app.WARNING", ["DOB mismatch between SIS record and uploaded document"], {"sid": (s.sid, "other_id"), "sis_dob": (fd(s.dob, "iso"), "date"), "doc_dob": (fd(d2, "us"), "date"), "uploadId": R.randint(8000, 9999), "action": "route_to_review"})]
    if k == 6:
        bad = e164(s)[:-1]
        return [mono("messenger.ERROR", ['Error thrown while handling message App\\Message\\SendAppointmentReminder. Sending for retry #1 using 1000 ms delay. Error: "[HTTP 400] Unable to create record: The \'To\' number ', (bad, "phone"), ' is not a valid phone number."'],
                     {"class": "App\\Message\\SendAppointmentReminder", "retryCount": 1, "delay": 1000, "error": Tx("[HTTP 400] Unable to create record: The 'To' number ", (bad, "phone"), " is not a valid phone number."), "exception": "[object] (Twilio\\Exceptions\\RestException(code: 21211))"})]
    if k == 7:
        return [mono("app.DEBUG", ["Prefilling intake form from SIS"], {"first_name": (s.first, "name"), "last_name": (s.last, "name"), "date_of_birth": (fd(s.dob, "iso"), "date"),
                                                                         "preferred_phone": (ph(s), "phone"), "home_zip": (s.zip, "zip"), "form": "counseling_intake_v4"})]
    if k == 8:
        return [mono("security.WARNING", ['Too many failed login attempts for username "', (s.netid, "other_id"), '".'], {"ip": (s.ip, "ip"), "attempts": 5, "limiter": "login_local"})]
    if k == 9:
        return [mono("app.INFO", ["Secure message notification sent"], {"to": (R.choice([s.email, s.pemail]), "email"), "thread": "msg_" + hexs(12), "template": "new_secure_message", "transport": "smtp"})]
    if k == 10:
        p = jpeg_b64(R.randint(60, 110))
        return [mono("app.DEBUG", ["ID card photo received from Card Office"], {"bannerId": (s.sid, "other_id"), "photo": Tx((p, "photo")), "photo_truncated": True, "orig_bytes": R.randint(18000, 64000)})]
    if k == 11:
        return [mono("app.INFO", ["Accessible parking permit request forwarded to Parking & Transportation"],
                     {"sid": (s.sid, "other_id"), "plate": (plate(), "vehicle"), "plateState": "OH" if s.intl else s.state,
                      "vin": (vin(), "vehicle"), "medicalVerification": "on_file", "expires": "2025-05-31"})]
    if R.random() < 0.35:
        return [mono("app.INFO", ["Student profile updated"], {"sid": (s.sid, "other_id"), "changed": {"preferredName": (s.first.split()[0], "name"), "pronouns": R.choice(["she/her", "they/them", "he/him"]),
                                                                  "personalUrl": (R.choice(["https://%s-%s.carrd.co" % (alnum(s.first).lower(), alnum(s.last).lower()), "https://www.tiktok.com/@%s%s" % (alnum(s.first).lower(), digits(2)), "https://%s.wordpress.com" % (alnum(s.last).lower() + alnum(s.first).lower()[:3])]), "url")}, "actor": "self"})]
    a = appt_dt()
    return [mono("app.INFO", ["Check-in link generated"], {"patient": (nm(s, "fl"), "name"), "appt": (fdt(a, "sql"), "date"), "link": HOST + "/portal/checkin/" + hexs(24), "ttl": 3600})]


# ---- nginx access
def ngx(ip, req, st, by, ref, ua, extra=""):
    b = B("nginx_access")
    b.x(ip, " - - [%s] \"" % ts_ngx())
    b.x(*req)
    b.t("\" %d %d \"%s\" \"%s\" %.3f%s" % (st, by, ref, ua, R.uniform(0.001, 0.9), extra))
    return b


def n_ngx():
    adv(2, 300)
    k = deck("n_ngx", list(range(7)))
    if k <= 1:
        return [ngx(priv_ip(), ["GET /_health HTTP/1.1"], 200, 15, "-", "kube-probe/1.29")]
    if k == 2:
        return [ngx(R.choice(["66.249.66.204", "66.249.79.11", "40.77.167.39"]), [R.choice(["GET /robots.txt HTTP/1.1", "GET / HTTP/1.1", "GET /sitemap.xml HTTP/1.1"])], R.choice([200, 404]), R.randint(60, 900), "-",
                    R.choice(["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"]))]
    if k == 3:
        return [ngx(priv_ip(), ["GET /build/%s.%s.%s HTTP/2.0" % (R.choice(["app", "runtime", "vendors-node_modules"]), hexs(8), R.choice(["js", "css"]))], R.choice([200, 304]), R.randint(0, 180000), HOST + "/portal/", R.choice(UAS))]
    if k == 4:
        return [ngx(R.choice(["45.148.10.88", "185.224.128.17", "194.26.29.113"]), ["GET %s HTTP/1.1" % R.choice(["/.env", "/wp-login.php", "/.git/config", "/phpmyadmin/index.php"])], 404, 162, "-", "Mozilla/5.0 zgrab/0.x")]
    if k == 5:
        return [ngx("216.144.250.150", ["HEAD / HTTP/1.1"], 200, 0, "-", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)")]
    return [ngx(priv_ip(), ["GET /portal/api/slots?clinic=immunization&week=%d HTTP/2.0" % now.isocalendar()[1]], 200, R.randint(900, 9000), HOST + "/portal/appointments", R.choice(UAS))]


def p_ngx():
    adv(2, 300)
    s = stu()
    ua = R.choice(UAS)
    k = deck("p_ngx", list(range(6)))
    ip = (s.ip, "ip")
    if k == 0:
        return [ngx(ip, ["GET /portal/api/students/", (s.sid, "other_id"), "/immunizations HTTP/2.0"], 200, R.randint(800, 5000), HOST + "/portal/compliance", ua)]
    if k == 1:
        return [_ngx_user(s, ua)]
    if k == 2:
        fn = quote("%s_%s" % (s.last, s.first))
        return [ngx(ip, ["GET /portal/documents/%d/download/MMR_" % R.randint(8000, 9999), (fn, "name"), ".pdf HTTP/2.0"], 200, R.randint(90000, 900000), HOST + "/portal/compliance", ua)]
    if k == 3:
        return [ngx(ip, ["GET /portal/counseling/intake?step=3&alt_email=", (quote(s.pemail, safe=""), "email"), "&lang=", R.choice(["en", "es"]), " HTTP/2.0"], 200, R.randint(3000, 12000), HOST + "/portal/counseling/intake?step=2", ua)]
    if k == 4:
        return [ngx(ip, [R.choice(["GET /portal/ HTTP/2.0", "GET /portal/messages HTTP/2.0", "GET /portal/insurance/waiver HTTP/2.0", "POST /login HTTP/2.0"])], R.choice([200, 200, 302]), R.randint(0, 14000), HOST + "/login", ua)]
    return [ngx(ip, ["GET /portal/appointments/confirm?sid=", (s.sid, "other_id"), "&slot=%d HTTP/2.0" % R.randint(10000, 99999)], 200, R.randint(2000, 6000), HOST + "/portal/appointments", ua)]


def _ngx_user(s, ua):
    b = ngx((s.ip, "ip"), ["POST /portal/appointments/book HTTP/2.0"], 302, 0, HOST + "/portal/appointments?type=tb", ua)
    b.t(' uid="').p(s.netid, "other_id").t('" upstream=10.42.1.%d:9000' % R.randint(2, 40))
    return b


# ---- php error log / php-fpm
def n_php():
    adv(10, 900)
    b = B("php_error")
    k = deck("n_php", list(range(5)))
    if k == 0:
        b.t("[%s UTC] PHP Warning:  Undefined array key \"%s\" in /var/www/portal/src/Service/%s.php on line %d" % (
            utc().strftime("%d-%b-%Y %H:%M:%S"), R.choice(["emergency_contact_phone", "dob", "pronouns", "term_code"]), R.choice(["ImmunizationImporter", "IntakeMapper", "RosterSync"]), R.randint(30, 300)))
    elif k == 1:
        b.t("[%s] WARNING: [pool www] child %d, script '/var/www/portal/public/index.php' (request: \"POST /index.php\") executing too slow (%.6f sec), logging" % (
            now.strftime("%d-%b-%Y %H:%M:%S"), R.randint(2000, 9000), R.uniform(5, 12)))
    elif k == 2:
        b.t("[%s] NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (now.strftime("%d-%b-%Y %H:%M:%S"), R.randint(2000, 9000), R.uniform(100, 4000)))
    elif k == 3:
        b.t("[%s UTC] PHP Deprecated:  Creation of dynamic property App\\Legacy\\HL7Builder::$segCount is deprecated in /var/www/portal/src/Legacy/HL7Builder.php on line 58" % utc().strftime("%d-%b-%Y %H:%M:%S"))
    else:
        b.t("[%s] WARNING: [pool www] server reached pm.max_children setting (24), consider raising it" % now.strftime("%d-%b-%Y %H:%M:%S"))
    return [b]


def p_php():
    adv(10, 900)
    s = stu()
    b = B("php_error")
    b.t("[%s UTC] " % utc().strftime("%d-%b-%Y %H:%M:%S"))
    k = deck("p_php", list(range(3)))
    if k == 0:
        b.x("DEBUG waiver payload: studentId=", (s.sid, "other_id"), " memberId=", (s.member, "health_plan"), " dob=", (fd(s.dob, "iso"), "date"), " carrier=", s.carrier[1])
    elif k == 1:
        s = R.choice([x for x in STU if fold(x.last + x.first) != x.last + x.first])
        b.x('PHP Warning:  iconv(): Detected an illegal character in input string in /var/www/portal/src/Service/SisNameNormalizer.php on line 41 (input="', (s.last + ", " + s.first, "name"), '")')
    else:
        b.x("PHP Fatal error:  Uncaught TypeError: App\\Service\\PhoneFormatter::toE164(): Argument #1 ($raw) must be of type string, null given, called in /var/www/portal/src/Service/ReminderService.php on line 77 for patient ", (s.mrn, "mrn"))
    return [b]


# ---- pdftotext of immunization forms
def pdf_block():
    adv(30, 600)
    s = stu()
    out = []
    c = B("celery")
    up = R.randint(8000, 9999)
    c.t("[%s: INFO/ForkPoolWorker-%d] Task compliance.tasks.extract_text[%s] received: upload=%d pages=%d" % (ts_py(), R.randint(1, 8), ruuid(), up, R.randint(1, 2)))
    out.append(c)

    def L(*parts):
        b = B("pdf_text")
        b.x(*parts)
        out.append(b)

    if s.intl == "MX" or (s.org == "mx" and R.random() < 0.5):
        L("                    SECRETARÍA DE SALUD — CARTILLA NACIONAL DE SALUD")
        L("Nombre:  ", (nm(s, "FL"), "name"), "            CURP:  ", (curp(s), "other_id"))
        L("Fecha de nacimiento:  ", (fd(s.dob, "eu"), "date"), "        Sexo: ", "Mujer" if s.sex == "F" else "Hombre")
        L("Vacuna                         Dosis        Fecha de aplicación       Lote")
        L("SRP (sarampión, rubéola, parotiditis)   1a   ", (fd(s.dob + timedelta(days=R.randint(365, 420)), "eu"), "date"), "      ", R.choice(["M0K41", "J8802B", "R1173"]))
        L("SRP                                     2a   ", (fd(s.dob + timedelta(days=R.randint(2190, 2400)), "eu"), "date"), "      ", R.choice(["T2291", "P7781C"]))
        L("Hepatitis B                              3a   ", (fd(s.dob + timedelta(days=R.randint(170, 200)), "es"), "date"))
        L("Domicilio: ", (s.street if s.intl else "Calle Morelos 112", "address"), ", ", (s.city if s.intl else "Zapopan", "address"), "  C.P. ", (s.zip if s.intl else "45100", "zip"))
        L("Página 1 de 1")
    elif s.intl == "FR" or s.org == "fr":
        L("                        CARNET DE SANTÉ — VACCINATIONS")
        L("Nom : ", (s.last.upper(), "name"), "        Prénom(s) : ", (s.first, "name"))
        L("Né(e) le : ", (fd(s.dob, "fr"), "date"), "     à : ", (s.city if s.intl else "Lyon", "address"))
        L("ROR (rougeole, oreillons, rubéole)   1re dose  ", (fd(s.dob + timedelta(days=R.randint(340, 380)), "dot"), "date"), "   Dr J. Mercier")
        L("ROR                                  2e dose   ", (fd(s.dob + timedelta(days=R.randint(480, 560)), "dot"), "date"), "   cachet du médecin")
        L("DTCaP rappel 11-13 ans               ", (fd(s.dob + timedelta(days=R.randint(4100, 4700)), "dot"), "date"))
        L("Traduction certifiée conforme — Service de traduction n° 2023-0418")
    else:
        if R.random() < 0.6:
            L(now.strftime("%m/%d/%Y %H:%M"), "   FROM: ", (ph(s, "plain", "parent" if s.parent_ph else "self"), "fax"), "   TO: 7405550109   P.001/002")
        L("                 HALVORSEN STATE UNIVERSITY — STUDENT HEALTH SERVICES")
        L("          210 W Fairlane Ave, Marlow, OH 43017   Phone %s   Fax %s" % (CLINIC_PH, CLINIC_FAX))
        L("                 CERTIFICATE OF IMMUNIZATION (Form SHS-IMM-4, rev. 03/2022)")
        L("Student Name (Last, First, MI):   ", (nm(s, "LF") + ((" " + s.mi[0]) if s.mi else ""), "name"), "                Student ID:  ", (s.sid, "other_id"))
        L("Date of Birth:   ", (fd(s.dob, "us"), "date"), "        Phone:  ", (ph(s), "phone"))
        L("Measles, Mumps, Rubella (MMR)    Dose 1:  ", (fd(s.dob + timedelta(days=R.randint(365, 450)), "us"), "date"), "     Dose 2:  ", (fd(s.dob + timedelta(days=R.randint(1500, 2200)), "us"), "date"))
        L("Hepatitis B                      Dose 1:  ", (fd(s.dob + timedelta(days=1), "us"), "date"), "     Dose 2:  ", (fd(s.dob + timedelta(days=R.randint(30, 70)), "us"), "date"), "     Dose 3:  ", (fd(s.dob + timedelta(days=R.randint(180, 200)), "us"), "date"))
        if R.random() < 0.6:
            L("Meningococcal ACWY (MenACWY)     Dose 1:  ", (fd(s.dob + timedelta(days=R.randint(4000, 4300)), "us"), "date"), "     Booster:  ", (fd(s.dob + timedelta(days=R.randint(5800, 6000)), "us"), "date"))
        L("TB Screening:  IGRA (QuantiFERON-TB Gold Plus)   Collected ", (fd(now.date() - timedelta(days=R.randint(5, 40)), "us"), "date"), "   Result: NEGATIVE")
        L("COVID-19 (optional)              Pfizer-BioNTech  ", ("%02d/%d" % (R.randint(4, 6), 2021), "date"), ", ", ("%02d/%d" % (R.randint(7, 9), 2021), "date"))
        L("Healthcare Provider: Ann Whitfield, MD   Maple Grove Pediatrics   1180 Harmon Rd, Dublin OH 43017   Tel 614-555-0100")
        L("Signature: ______________________________        Date:  ", (fd(now.date() - timedelta(days=R.randint(3, 30)), "us1"), "date"))
        L("Page 1 of 1")
    return out


def curp(s):
    last = alnum(s.last.split()[0]).upper()
    vow = next((c for c in last[1:] if c in "AEIOU"), "X")
    mat = alnum(s.last.split()[-1]).upper() if " " in s.last else "X"
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    fn = alnum(s.first).upper()
    return "%s%s%s%s%02d%02d%02d%sJC%s%s%s%s%d" % (last[0], vow, mat[0], fn[0], s.dob.year % 100, s.dob.month, s.dob.day,
                                                   "H" if s.sex == "M" else "M", cons(last), cons(mat), cons(fn), "A" if s.dob.year >= 2000 else "0", R.randint(0, 9))


# ---- OCR JSON (textract-like)
def ocr_block():
    adv(30, 600)
    s = stu()
    out = []
    job = hexs(64)
    b = B("ocr_json")
    jdump(b, {"JobStatus": "SUCCEEDED", "JobId": job, "DocumentMetadata": {"Pages": 1}, "AnalyzeDocumentModelVersion": "1.0", "StatusMessage": None, "Warnings": None})
    out.append(b)

    def line(parts, conf=None):
        b = B("ocr_json")
        jdump(b, {"BlockType": "LINE", "Confidence": conf or round(R.uniform(78, 99.9), 2), "Text": Tx(*parts),
                  "Geometry": {"BoundingBox": {"Width": round(R.uniform(0.1, 0.6), 4), "Height": round(R.uniform(0.01, 0.03), 4), "Left": round(R.uniform(0.03, 0.5), 4), "Top": round(R.uniform(0.05, 0.9), 4)}},
                  "Id": ruuid(), "Page": 1})
        out.append(b)

    k = deck("ocr_block", list(range(3)))
    if k == 0:
        line(["COVID-19 Vaccination Record Card"])
        line(["Please keep this record card, which includes medical information about the vaccines you have received."])
        line(["Last Name ", (s.last, "name"), "  First Name ", (s.first, "name"), "  MI ", (s.mi[:1] or "-", "name") if s.mi else "-"])
        line(["Date of birth ", (fd(s.dob, "usyy"), "date"), "  Patient number (medical record or IIS record number) ", (digits(8), "mrn")])
        line(["Pfizer ", R.choice(["EW0182", "FF2589", "EL9269"]), " ", (fd(date(2021, R.randint(3, 6), R.randint(1, 28)), "usyy"), "date"), " CVS #%d" % R.randint(1000, 9999)])
        line(["Pfizer ", R.choice(["FA7484", "EW0150"]), " ", (fd(date(2021, R.randint(7, 9), R.randint(1, 28)), "usyy"), "date"), " CVS #%d" % R.randint(1000, 9999)])
    elif k == 1:
        line(["TUBERCULIN SKIN TEST (MANTOUX) RESULT"])
        line(["Name: ", (nm(s, "fl"), "name")])
        line(["DOB: ", (fd(s.dob, "us1"), "date")] + ([" MRN ", (s.mrn, "mrn")] if R.random() < 0.5 else []))
        d0 = now.date() - timedelta(days=R.randint(3, 20))
        line(["Placed: ", (fd(d0, "us"), "date"), " L forearm Lot: ", R.choice(["C5483AA", "E2301BB"])])
        line(["Read: ", (fd(d0 + timedelta(days=2), "us"), "date"), " Induration 0 mm NEGATIVE"])
        line(["Administered by: L. Huang, RN"])
    else:
        line(["Walgreens Immunization Record"])
        line(["Patient: ", (nm(s, "LF"), "name"), "   ", (s.street, "address"), " ", (s.city, "address"), ", ", s.state or s.country, " ", (s.zip, "zip")], conf=round(R.uniform(70, 90), 2))
        line(["Tdap (Boostrix) 0.5 mL IM ", (fd(now.date() - timedelta(days=R.randint(20, 400)), "mon"), "date")])
        line(["MenB (Bexsero) dose 1 ", (fd(now.date() - timedelta(days=R.randint(20, 400)), "mon"), "date")])
        line(["Store #%d  %d Main St  Pharmacist: K. Dunlap, RPh" % (R.randint(1000, 19999), R.randint(100, 999))])
    return out


# ---- celery OCR worker
def n_celery():
    adv(5, 300)
    b = B("celery")
    k = deck("n_celery", list(range(4)))
    tid = ruuid()
    w = R.randint(1, 8)
    if k == 0:
        b.t("[%s: INFO/MainProcess] Task ocr.tasks.process_upload[%s] received" % (ts_py(), tid))
    elif k == 1:
        b.t("[%s: INFO/ForkPoolWorker-%d] Task ocr.tasks.process_upload[%s] succeeded in %.3fs: {'pages': %d, 'fields': %d, 'engine': 'textract', 'mean_conf': %.2f}" % (ts_py(), w, tid, R.uniform(0.8, 9), R.randint(1, 3), R.randint(4, 14), R.uniform(0.8, 0.99)))
    elif k == 2:
        b.t("[%s: WARNING/ForkPoolWorker-%d] Retrying task compliance.tasks.extract_text[%s]: botocore.exceptions.ReadTimeoutError('Read timeout on endpoint URL: \"https://textract.us-east-2.amazonaws.com/\"') (countdown=%d)" % (ts_py(), w, tid, R.choice([30, 60, 120])))
    else:
        b.t("[%s: INFO/Beat] Scheduler: Sending due task compliance-hold-sweep (compliance.tasks.sweep_holds)" % ts_py())
    return [b]


def p_celery():
    adv(5, 300)
    s = stu()
    b = B("celery")
    w = R.randint(1, 8)
    k = deck("p_celery", list(range(3)))
    if k == 0:
        bad = fd(s.dob, "us").replace("0", "O", 1)
        b.x("[%s: WARNING/ForkPoolWorker-%d] low-confidence DOB field on upload %d (student " % (ts_py(), w, R.randint(8000, 9999)), (s.sid, "other_id"), "): '", (bad, "date"), "' conf=0.61 -> manual review")
    elif k == 1:
        b.x("[%s: INFO/ForkPoolWorker-%d] matched upload %d to student " % (ts_py(), w, R.randint(8000, 9999)), (s.sid, "other_id"), " by name '", (nm(s, "lf"), "name"), "' + dob (score %.2f)" % R.uniform(0.85, 0.99))
    else:
        b.x("[%s: ERROR/ForkPoolWorker-%d] compliance.tasks.apply_results: no SIS match for name=" % (ts_py(), w), (nm(s, "FL"), "name"), " dob=", (fd(s.dob, "iso"), "date"), " emplid=None")
    return [b]


# ---- Banner CSV
BANNER_HDR = "SPRIDEN_ID,SPRIDEN_LAST_NAME,SPRIDEN_FIRST_NAME,SPRIDEN_MI,SPBPERS_BIRTH_DATE,SPBPERS_SEX,SPBPERS_SSN,GOREMAL_EMAIL_ADDRESS,SPRADDR_STREET_LINE1,SPRADDR_CITY,SPRADDR_STAT_CODE,SPRADDR_ZIP,SPRTELE_PHONE_AREA,SPRTELE_PHONE_NUMBER,SGBSTDN_LEVL_CODE,SGBSTDN_RESD_CODE,STVTERM_CODE"


def csvq(v):
    v = str(v)
    return '"%s"' % v.replace('"', '""') if ("," in v or '"' in v) else v


def banner_block():
    adv(60, 1200)
    out = []
    b = B("python_log")
    b.t("%s INFO sis_sync.banner: extract SZRSHCR term=202508 started (mode=%s, since=%s)" % (ts_py(), R.choice(["delta", "full"]), (now - timedelta(days=1)).strftime("%Y-%m-%dT02:00:00")))
    out.append(b)
    b = B("banner_csv")
    b.t(BANNER_HDR)
    out.append(b)
    n = R.randint(3, 6)
    for s in R.sample(STU, n):
        b = B("banner_csv")

        def f(v, cat=None, last=False):
            if v in ("", None):
                b.t("")
            elif cat:
                q = csvq(v)
                if q != v:
                    b.t('"').p(v, cat).t('"')
                else:
                    b.p(v, cat)
            else:
                b.t(csvq(v))
            if not last:
                b.t(",")

        f(s.sid, "other_id"); f(s.last, "name"); f(s.first, "name"); f(s.mi[:1], "name")
        f(fd(s.dob, "ora"), "date"); f(s.sex); f(s.ssn.replace("-", "") if s.ssn else "", "ssn"); f(s.email, "email")
        if s.intl:
            f(""); f(""); f(""); f("")
            f(""); f("")
        else:
            f(s.street, "address"); f(s.city, "address"); f(s.state); f(s.zip, "zip")
            f(s.ph[0], "phone"); f(s.ph[1] + s.ph[2], "phone")
        f(R.choice(["UG", "UG", "GR"])); f("N" if s.intl else R.choice(["R", "R", "N"])); f("202508", last=True)
        out.append(b)
    b = B("python_log")
    adv(5, 40)
    b.t("%s INFO sis_sync.banner: upserted=%d unchanged=%d rejected=%d elapsed=%.1fs" % (ts_py(), n, R.randint(3000, 4200), R.randint(0, 3), R.uniform(5, 40)))
    out.append(b)
    return out


def n_pylog():
    adv(20, 900)
    b = B("python_log")
    k = deck("n_pylog", list(range(5)))
    if k == 0:
        b.t("%s INFO sis_sync.banner: connection pool size=5 dsn=oracle://banner-ods.halvorsen.edu:1521/ODSPROD" % ts_py())
    elif k == 1:
        b.t("%s WARNING sis_sync.peoplesoft: SFTP listing took %.1fs (host=sftp-ps.halvorsen.edu port=22)" % (ts_py(), R.uniform(3, 12)))
    elif k == 2:
        b.t("%s INFO careline.import: no new files in /incoming/careline (poll interval 300s)" % ts_py())
    elif k == 3:
        b.t("%s INFO waiver.batch: opened batch %s with %d records from vendor feed ship_waivers_%s.xml" % (ts_py(), ruuid(), R.randint(40, 260), now.strftime("%Y%m%d")))
    else:
        b.t("%s ERROR sis_sync.banner: ORA-12170: TNS:Connect timeout occurred (attempt %d/5)" % (ts_py(), R.randint(1, 4)))
    return [b]


# ---- PeopleSoft pipe-delimited
def ps_block():
    adv(60, 1200)
    out = []
    hdr = R.random() < 0.5
    if hdr:
        b = B("peoplesoft_psv")
        b.t("EMPLID|NAME|BIRTHDATE|SEX|ACAD_CAREER|ACAD_PROG|EMAIL_ADDR|PHONE|NATIONAL_ID|ADDRESS1|CITY|STATE|POSTAL|EFFDT")
        out.append(b)
    for s in R.sample(STU, R.randint(2, 4)):
        b = B("peoplesoft_psv")
        b.x((s.emplid, "other_id"), "|", (nm(s, "ps"), "name"), "|", (fd(s.dob, R.choice(["iso", "us"])), "date"), "|", s.sex, "|", *(("NDEG", "|", "AUD-SR", "|") if s.age > 60 else (R.choice(["UGRD", "GRAD"]), "|", R.choice(["NURS-BSN", "BIO-BS", "ENGR-BSE", "BUS-BBA", "PSYC-BA"]), "|")),
            (R.choice([s.email, s.pemail]), "email"), "|", (ph(s, R.choice(["dash", "paren2"])), "phone"), "|")
        if s.ssn:
            b.p(s.ssn, "ssn")
        b.t("|")
        b.x((s.street, "address"), "|", (s.city, "address"), "|", s.state, "|", (s.zip, "zip"), "|", now.strftime("%Y-%m-%d"))
        out.append(b)
    b = B("peoplesoft_psv")
    b.t("TRAILER|%d|%s|%s" % (len(out) - (1 if hdr else 0), now.strftime("%Y%m%d%H%M%S"), hexs(32)))
    out.append(b)
    return out


# ---- counseling intake JSON
def p_intake():
    adv(60, 2400)
    s = stu()
    ec_name = "%s %s" % s.parent
    conc = deck("p_intake", list(range(5)))
    sub = ruuid()
    if conc == 0:
        pc = Tx("Anxiety around exams, trouble sleeping since my grandmother (", (str(R.randint(90, 97)), "age"), ") moved in with us.")
    elif conc == 1:
        pc = Tx("Homesick, low mood. Mom (", (s.parent[0], "name"), ") wants me to talk to someone. Previously saw a counselor in ", (s.city, "address"), ".")
    elif conc == 2:
        pc = Tx("panic attacks before class, started after a car accident on ", (fd(now.date() - timedelta(days=R.randint(20, 200)), "usyy"), "date"), ".")
    elif conc == 3:
        pc = Tx("Grief - my great-grandfather passed at ", (str(R.randint(90, 99)), "age"), " in the spring; hard to focus.")
    else:
        pc = "Roommate conflict and stress; would like to learn coping skills."
    rec = {"submission_id": sub, "form": "counseling_intake_v4", "locale": "en", "submitted_at": ts_z(),
           "student": {"sid": (s.sid, "other_id"), "legal_name": (nm(s, "fl"), "name"), "preferred_name": (s.first.split()[0], "name"), "pronouns": R.choice(["she/her", "he/him", "they/them", "he/they"]),
                       "dob": (fd(s.dob, "iso"), "date"), "cell": (ph(s), "phone"), "local_address": (s.hall[0] + " " + s.hall[1], "address")},
           "emergency_contact": {"name": (ec_name, "name"), "relationship": s.parent_rel, "phone": (ph(s, None, "parent"), "phone")},
           "screeners": {"phq9_total": R.randint(2, 22), "phq9_item9": R.choice([0, 0, 0, 1]), "gad7_total": R.randint(1, 19), "audit_c": R.randint(0, 6)},
           "presenting_concern": pc, "prior_treatment": R.choice([True, False]), "consent_version": "2024.2"}
    if R.random() < 0.4:
        rec["student"]["website"] = (R.choice(["https://www.instagram.com/%s.%s/" % (alnum(s.first).lower(), alnum(s.last).lower()[:4]), "https://%s%s.github.io" % (alnum(s.first).lower(), alnum(s.last).lower()), "https://www.linkedin.com/in/%s-%s-%s" % (alnum(s.first).lower(), alnum(s.last).lower(), hexs(6))]), "url")
    b = B("intake_json")
    jdump(b, rec)
    return [b]


def p_intake_es():
    adv(60, 2400)
    s = R.choice([x for x in STU if x.org == "mx"] + [BY_LAST["Castellanos"]])
    b = B("intake_json")
    jdump(b, {"id_envio": ruuid(), "formulario": "admision_consejeria_v4", "idioma": "es", "estudiante": {"matricula": (s.sid, "other_id"), "nombre_completo": (nm(s, "fl"), "name"), "fecha_nacimiento": (fd(s.dob, "eu"), "date"), "telefono": (ph(s), "phone")},
                   "contacto_emergencia": {"nombre": ("%s %s" % s.parent, "name"), "parentesco": R.choice(["madre/padre", "tutor(a)"]), "telefono": ("+52 33 5555 %04d" % R.randint(100, 199), "phone")},
                   "motivo_consulta": "Me siento muy ansiosa y no duermo bien desde que empezó el semestre.", "phq9_total": R.randint(4, 20)}, sep=(", ", ": "))
    return [b]


def n_intake():
    adv(30, 1200)
    b = B("intake_json")
    k = deck("n_intake", list(range(3)))
    if k == 0:
        jdump(b, {"event": "intake.form_viewed", "form": "counseling_intake_v4", "locale": R.choice(["en", "es"]), "step": R.randint(1, 6), "duration_ms": R.randint(1000, 90000), "session": hexs(16)})
    elif k == 1:
        jdump(b, {"event": "intake.schema_loaded", "form": "counseling_intake_v4", "version": "4.3.1", "questions": 42, "screeners": ["PHQ-9", "GAD-7", "AUDIT-C", "C-SSRS screen"]})
    else:
        jdump(b, {"event": "intake.triage_queue", "waiting": R.randint(3, 30), "urgent": R.randint(0, 3), "median_wait_days": round(R.uniform(1, 9), 1), "counselors_on_shift": R.randint(2, 7)})
    return [b]


# ---- nurse line
def p_nurse():
    adv(60, 2400)
    s = stu()
    call = "24-%06d" % R.randint(10000, 99999)
    cdt = datetime.combine(now.date() - timedelta(days=R.randint(0, 1)), datetime.min.time()) + timedelta(minutes=R.choice(list(range(0, 360)) + list(range(1260, 1440))))
    b = B("nurseline_psv")
    cs = deck("p_nurse", list(range(5)))
    if cs == 0:
        fr = R.choice(FRIENDS)
        b.x("NLN|", (cdt.strftime("%Y-%m-%d %H:%M"), "date"), "|CALL ", (call, "other_id"), "|RN: K. Baptiste|Pt: ", (nm(s, "lf"), "name"), "|DOB: ", (fd(s.dob, "us1"), "date"), "|CB#: ", (ph(s, "dot"), "phone"),
            "|Sx: fever 102.4F x2d, HA, neck stiffness, photophobia|Protocol: Headache (Adult)|Dispo: ED now - roommate ", ("%s %s" % fr, "name"), " driving to Marlow General ED|FU: SHS RN to call AM")
    elif cs == 1:
        b.x("NLN|", (cdt.strftime("%Y-%m-%d %H:%M"), "date"), "|CALL ", (call, "other_id"), "|RN: D. Osei|Pt: ", (nm(s, "FL"), "name"), "|Age: %d|CB#: " % s.age, (ph(s, "plain"), "phone"),
            "|Sx: vomiting x6 since 2200 after party, able to keep sips down|Protocol: Vomiting (Adult)|Dispo: Home care, call back if worse|Loc: ", (s.hall[0] + " rm " + s.hall[1], "address"))
    elif cs == 2:
        b.x("NLN|", (cdt.strftime("%m/%d/%Y %H%M"), "date"), "|CALL ", (call, "other_id"), "|RN: K. Baptiste|Caller: ", ("%s %s" % s.parent, "name"), " (%s) " % s.parent_rel, (ph(s, "paren", "parent"), "phone"),
            "|Pt: ", (nm(s, "fl"), "name"), "|Sx: pt not answering phone, parent worried re: insulin pump alarm, pump S/N ", ("NG" + digits(7) + "H", "device"), "|Dispo: Campus police wellness check requested (Ofc. Ruiz #214)")
    elif cs == 3:
        b.x("NLN|", (cdt.strftime("%Y-%m-%d %H:%M"), "date"), "|CALL ", (call, "other_id"), "|RN: M. Lindahl|Pt: ", (nm(s, "lfm"), "name"), "|DOB: ", (fd(s.dob, "iso"), "date"),
            "|Sx: MVA ~1h ago, restrained driver, neck soreness, plate ", (plate(), "vehicle"), " per police report|Dispo: Urgent care within 4h|Ins: ", s.carrier[0], " ID ", (s.member, "health_plan"))
    else:
        b.x("NLN|", (cdt.strftime("%Y-%m-%d %H:%M"), "date"), "|CALL ", (call, "other_id"), "|RN: D. Osei|Caller: RA on duty|Pt: ", (nm(s, "init"), "name"), "|Loc: ", (s.hall[0] + " rm " + s.hall[1], "address"),
            "|Sx: ETOH, responsive, breathing normal|Dispo: EMS called by RA")
    return [b]


def p_nurse_import():
    adv(60, 2400)
    s = stu()
    call = "24-%06d" % R.randint(10000, 99999)
    b = B("python_log")
    age_note = R.random() < 0.3
    cc, proto = R.choice([("sore throat x3d, fever 101, no cough", "Sore Throat"), ("burning w/ urination since yesterday, no fever", "Urination Pain - " + ("Female" if s.sex == "F" else "Male")),
                          ("rash on arms after new detergent, no SOB", "Rash - Widespread"), ("twisted ankle at intramurals, can bear weight", "Ankle Injury"),
                          ("cough x5d, wheezing, has albuterol at home", "Asthma Attack"), ("missed 2 doses of sertraline, feels dizzy", "Medication Question")])
    b.x("%s INFO careline.import: note call=" % ts_py(), (call, "other_id"), ' mrn=', (s.mrn, "mrn"), ' text="Caller: self, ', (nm(s, "lower"), "name"), ".\\nCC: %s." % cc)
    if age_note:
        b.x("\\nLives w/ great-grandmother (", (str(R.randint(90, 98)), "age"), ") off campus at ", (s.street, "address"), ".")
    b.x('\\nProtocol: %s. Dispo: See in office within 24h - appt requested for ' % proto, (fdt(appt_dt(), "us12"), "date"), '"')
    return [b]


def nurse_block():
    adv(60, 900)
    out = []
    n = R.randint(2, 4)
    b = B("nurseline_psv")
    b.t("HDR|CARELINE|HSU_SHS|%s|0600|v2.3|%d" % (now.strftime("%Y%m%d"), n))
    out.append(b)
    for i in range(n):
        out += p_nurse_old() if R.random() < 0.1 else p_nurse()
    b = B("nurseline_psv")
    b.t("TRL|%d|%s" % (n, hexs(40)))
    out.append(b)
    return out


def n_nurse():
    adv(60, 1800)
    b = B("nurseline_psv")
    if True:
        b.t("SUM|%s|calls=%d|ed_now=%d|urgent=%d|home_care=%d|avg_handle_sec=%d" % (now.strftime("%Y%m%d"), R.randint(5, 25), R.randint(0, 3), R.randint(0, 5), R.randint(2, 12), R.randint(300, 900)))
    return [b]


# ---- Java (Spring Boot / logback) bridge to the legacy scheduler
def ts_java():
    return now.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999)


def p_java():
    adv(30, 1500)
    s = stu()
    a = appt_dt()
    b = B("java_logback")
    k = deck("p_java", list(range(3)))
    th = "sched-bridge-%d" % R.randint(1, 4)
    if k == 0:
        b.x("%s [%s] INFO  c.h.shs.bridge.ApptPushService - push APPT{pat_mrn=" % (ts_java(), th), (s.mrn, "mrn"), ", pat_ln=", (s.last.upper(), "name"), ", pat_fn=", (s.first.upper(), "name"),
            ", pat_dob=", (fd(s.dob, "cmp"), "date"), ", appt_dttm=", (fdt(a, "sql")[:16], "date"), ", prov=", R.choice(["GALLARDO_R", "PETROVIC_J", "WOODSON_M"]),
            ", rsn_cd=", R.choice(["TB-READ", "ACUTE", "IMM-MMR", "CNSL-INIT", "STI-SCRN"]), ", loc=SHS-PC}")
    elif k == 1:
        bad = "".join(s.ph[:2]) if s.ph else s.phone_intl.replace(" ", "")[:9]
        b.x("%s [%s] WARN  c.h.shs.bridge.ApptPushService - legacy scheduler rejected APPT for PT_ID=" % (ts_java(), th), (s.mrn, "mrn"), ": field PT_HPHONE invalid (", (bad, "phone"), "), PT_NM=", (nm(s, "ps").upper(), "name"))
    else:
        b.x("%s [%s] ERROR c.h.shs.bridge.CancelListener - cancel failed for encounter " % (ts_java(), th), ("E%08d" % R.randint(10000000, 99999999), "other_id"),
            " (student ", (s.sid, "other_id"), ", appt ", (fdt(a, "us12"), "date"), "): org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable")
    return [b]


def n_java():
    adv(30, 1500)
    b = B("java_logback")
    th = R.choice(["main", "sched-bridge-1", "sched-bridge-3", "HikariPool-1 housekeeper", "scheduling-1"])
    b.t("%s [%s] " % (ts_java(), th))
    b.t(R.choice(["INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.",
                  "INFO  o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port 8080 (http) with context path '/'",
                  "INFO  c.h.shs.bridge.ApptPushService - pushed %d appointments in %d ms (%d rejected)" % (R.randint(3, 40), R.randint(90, 2000), R.randint(0, 2)),
                  "WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).",
                  "INFO  c.h.shs.bridge.Health - legacy scheduler ping ok rtt=%dms version=MSCHED 11.4.2" % R.randint(4, 90)]))
    return [b]


# ---- waiver
def p_waiver_xml():
    adv(60, 1800)
    s = stu()
    b = B("waiver_xml")
    b.t('<WaiverRecord xmlns="urn:hsu:ship:waiver:v2" id="%s"><Term>202508</Term><Student>' % ruuid())
    xel(b, "StudentId", (s.sid, "other_id"))
    b.t("<Name>")
    xel(b, "Last", (s.last, "name"))
    xel(b, "First", (s.first, "name"))
    b.t("</Name>")
    xel(b, "BirthDate", (fd(s.dob, "iso"), "date"))
    xel(b, "Email", (s.pemail, "email"))
    b.t("</Student><Plan>")
    xel(b, "CarrierName", s.carrier[0])
    xel(b, "PayerId", s.carrier[1])
    xel(b, "MemberId", (s.member, "health_plan"))
    xel(b, "GroupNo", digits(7))
    if R.random() < 0.6:
        b.t('<Subscriber relationship="%s">' % ("parent" if s.parent_rel == "parent" else "other"))
        xel(b, "Name", ("%s %s" % s.parent, "name"))
        xel(b, "DOB", (fd(s.parent_dob, "us"), "date"))
        if R.random() < 0.5 and s.parent_ph:
            xel(b, "Fax", (ph(s, "dash", "parent"), "fax"))
        b.t("</Subscriber>")
    xel(b, "EffectiveDate", (fd(date(2024, R.choice([1, 7, 8]), 1), "iso"), "date"))
    b.t("</Plan><Status>%s</Status></WaiverRecord>" % R.choice(["PENDING_VERIFICATION", "SUBMITTED", "APPROVED"]))
    return [b]


def p_waiver_kv():
    adv(30, 1800)
    s = stu()
    b = B("waiver_kv")
    k = deck("p_waiver_kv", list(range(3)))
    b.t("%s INFO waiver-svc " % ts_z())
    if k == 0:
        b.x("decision sid=", (s.sid, "other_id"), " term=202508 status=", R.choice(["APPROVED", "DENIED"]), ' carrier="', s.carrier[0], '" member_id=', (s.member, "health_plan"),
            " verified_via=271 charge_reversed=true amount=1895.00 bursar_acct=", (s.bursar, "account"))
    elif k == 1:
        b.x('denial_notice to=', (s.email, "email"), ' sid=', (s.sid, "other_id"), ' reason="plan is out-of-state HMO without local urgent care network" appeal_by=2024-09-20')
    else:
        b.x("refund queued sid=", (s.sid, "other_id"), " routing=0%s acct=" % digits(8), (digits(R.randint(9, 12)), "account"), ' holder="', (nm(s, "FL"), "name"), '" amount=1895.00 method=ACH')
    return [b]


def n_waiver():
    adv(60, 2400)
    b = B("waiver_kv")
    k = deck("n_waiver", list(range(3)))
    b.t("%s INFO waiver-svc " % ts_z())
    if k == 0:
        b.t("batch complete processed=%d approved=%d denied=%d pending=%d elapsed=%.1fs" % (R.randint(40, 260), R.randint(30, 200), R.randint(0, 25), R.randint(0, 40), R.uniform(10, 90)))
    elif k == 1:
        b.t("deadline reminder job scheduled at=2024-09-15T23:59:00-04:00 audience=unwaived_enrolled count=%d" % R.randint(300, 1200))
    else:
        b.t("x12 gateway healthcheck endpoint=https://x12.clearinghouse.example.net/270 status=UP latency_ms=%d" % R.randint(80, 900))
    return [b]


# ---- X12 270/271
def x12_isa(typ):
    ctl = "%09d" % R.randint(1, 999999)
    return ("ISA*00*          *00*          *ZZ*HSUSHS         *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (now.strftime("%y%m%d"), now.strftime("%H%M"), ctl),
            "GS*%s*HSUSHS*AVAILITY*%s*%s*%d*X*005010X279A1~" % ("HS" if typ == "270" else "HB", now.strftime("%Y%m%d"), now.strftime("%H%M"), R.randint(1, 9999)), ctl)


def p_x12_oneline():
    adv(30, 1200)
    s = R.choice([x for x in STU if not x.intl])
    isa, gs, ctl = x12_isa("270")
    b = B("x12")
    b.t("%s DEBUG x12.outbound 270 " % ts_py())
    b.t(isa + gs + "ST*270*0001*005010X279A1~BHT*0022*13*%d*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*HALVORSEN STATE UNIV STUDENT HEALTH*****XX*%s~HL*3*2*22*0~TRN*1*%s*9877281234~NM1*IL*1*" % (
        R.randint(10000000, 99999999), now.strftime("%Y%m%d"), now.strftime("%H%M"), s.carrier[0].upper()[:30], s.carrier[1], npi(), digits(10)))
    b.p(s.last.upper(), "name").t("*").p(s.first.upper(), "name").t("****MI*").p(s.member, "health_plan").t("~DMG*D8*").p(fd(s.dob, "cmp"), "date").t("*").t(s.sex).t("~DTP*291*D8*").p(now.strftime("%Y%m%d"), "date").t("~EQ*30~SE*13*0001~GE*1*1~IEA*1*%s~" % ctl)
    return [b]


def x12_271_block():
    adv(30, 1200)
    s = R.choice([x for x in STU if not x.intl])
    isa, gs, ctl = x12_isa("271")
    out = []

    def seg(*parts):
        b = B("x12")
        b.x(*parts)
        out.append(b)

    seg(isa)
    seg(gs)
    seg("ST*271*0001*005010X279A1~")
    seg("BHT*0022*11*%d*%s*%s~" % (R.randint(10000000, 99999999), now.strftime("%Y%m%d"), now.strftime("%H%M")))
    seg("NM1*PR*2*%s*****PI*%s~" % (s.carrier[0].upper()[:30], s.carrier[1]))
    seg("NM1*IL*1*", (s.last.upper(), "name"), "*", (s.first.upper(), "name"), "*", (s.mi[:1], "name") if s.mi else "", "***MI*", (s.member, "health_plan"), "~")
    seg("N3*", (s.street.upper(), "address"), "~")
    seg("N4*", (s.city.upper(), "address"), "*", s.state, "*", (s.zip.replace("-", ""), "zip"), "~")
    seg("DMG*D8*", (fd(s.dob, "cmp"), "date"), "*", s.sex, "~")
    seg("DTP*346*D8*", (fd(date(2024, R.choice([1, 7]), 1), "cmp"), "date"), "~")
    seg("EB*1*IND*30**%s~" % R.choice(["PPO", "HMO", "POS"]))
    seg("EB*C*IND*30***23*%d~" % R.choice([250, 500, 1000, 1500]))
    seg("SE*%d*0001~" % (len(out) - 1))
    return out


# ---- HL7 pharmacy
DRUGS = [("00093-7146-56", "Sertraline HCl 50 MG Oral Tablet", 30, "TAB"), ("68180-0513-01", "Albuterol HFA 90 MCG/ACT Inhaler", 1, "INH"),
         ("00378-0208-01", "Fluoxetine 20 MG Oral Capsule", 30, "CAP"), ("65862-0015-01", "Azithromycin 250 MG Oral Tablet", 6, "TAB"),
         ("00406-8961-01", "Methylphenidate ER 36 MG Oral Tablet", 30, "TAB"), ("0781-5061-01", "Amoxicillin 500 MG Oral Capsule", 30, "CAP"),
         ("50090-3489-0", "Norgestimate-Ethinyl Estradiol 0.25-35 MG-MCG", 28, "TAB"), ("00002-7714-01", "Insulin Lispro 100 UNIT/ML Pen", 5, "ML")]


def hl7_block():
    adv(60, 1800)
    s = stu()
    out = []
    mid = "RX%06d" % R.randint(100000, 999999)
    rx = "RX%07d" % R.randint(2400000, 2499999)
    drug = R.choice(DRUGS)

    def seg(*parts):
        b = B("hl7v2")
        b.x(*parts)
        out.append(b)

    seg("MSH|^~\\&|MEDICAT|HSU_SHS|RXSYS|HSU_PHARM|%s||RDS^O13^RDS_O13|%s|P|2.5.1" % (ts_hl7(), mid))
    parts = ["PID|1||", (s.mrn, "mrn"), "^^^HSU_SHS^MR~", (s.sid, "other_id"), "^^^HSU^SID||", (nm(s, "hl7"), "name"), "||", (fd(s.dob, "cmp"), "date"), "|", s.sex, "|||"]
    if s.intl:
        parts += [(s.street, "address"), "^^", (s.city, "address"), "^^", (s.zip, "zip"), "^", s.country, "||", (s.phone_intl, "phone")]
    else:
        parts += [(s.street, "address"), "^", (s.hall[0] + " " + s.hall[1], "address"), "^", (s.city, "address"), "^", s.state, "^", (s.zip, "zip"), "^USA||", (ph(s, "paren2"), "phone"), "^PRN^PH"]
    parts += ["~^NET^Internet^", (s.email, "email"), "|||||", (s.pacct, "account"), "|"]
    if s.ssn:
        parts += [(s.ssn.replace("-", ""), "ssn")]
    seg(*parts)
    st = STAFF_FULL[R.randint(0, 2)]
    seg("PV1|1|O|SHS^PHARM^01||||%s^%s^%s^^^^%s" % (npi(), st[1].upper(), st[0].upper(), st[2]))
    seg("ORC|RE|ORD%06d|" % R.randint(100000, 999999), (rx, "other_id"), "||CM||||||||%s^%s^%s^^^^%s" % (npi(), st[1].upper(), st[0].upper(), st[2]))
    seg("RXD|1|%s^%s^NDC|" % (drug[0], drug[1]), (now.strftime("%Y%m%d%H%M"), "date"), "|%d|%s||" % (drug[2], drug[3]), (rx, "other_id"), "|0||%d|" % R.randint(0, 5))
    if drug[1].startswith("Insulin") and R.random() < 0.7:
        seg("NTE|1||CGM transmitter S/N ", ("8G" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), "device"), " noted on profile; pump supplies billed separately.")
    elif R.random() < 0.5:
        seg("NTE|1||Counseled; patient verbalized understanding. Picked up by ", ("%s %s" % s.parent, "name"), " (%s)." % s.parent_rel)
    else:
        seg("NTE|1||%s" % R.choice(["Take with food.", "May cause drowsiness.", "Shake well before use.", "Complete full course."]))
    return out


def n_hl7():
    adv(5, 600)
    b = B("hl7v2")
    k = deck("n_hl7", list(range(2)))
    if k == 0:
        mid = "RX%06d" % R.randint(100000, 999999)
        b.t("MSH|^~\\&|RXSYS|HSU_PHARM|MEDICAT|HSU_SHS|%s||ACK^O13^ACK|A%s|P|2.5.1\\rMSA|AA|%s" % (ts_hl7(), mid[2:], mid))
    else:
        b = B("mirth")
        b.t("%s INFO  (com.mirth.connect.donkey.server.channel.Channel:1498): [RXSYS Inbound] Message %d processed (%s) in %d ms" % (ts_py(), R.randint(10000, 99999), R.choice(["RDS^O13", "RDE^O11", "ACK"]), R.randint(8, 400)))
    return [b]


# ---- pharmacy key=value
def p_rx():
    adv(30, 1800)
    s = stu()
    b = B("rx_kv")
    b.t("ts=%s level=info svc=rx-dispense " % ts_z())
    rx = "RX%07d" % R.randint(2400000, 2499999)
    k = deck("p_rx", [0, 1, 1, 2, 3, 4, 5])
    if k == 0:
        dr = R.choice(DRUGS)
        b.x('msg="fill verified" rx=', (rx, "other_id"), " fill=%d ndc=%s qty=%d days=30 rph=tnakamura patient=" % (R.randint(0, 3), dr[0], dr[2]), (s.mrn, "mrn"))
    elif k == 1:
        pk = R.random() < 0.5
        who = ("%s %s" % s.parent) if pk else nm(s, "fl")
        dl = ("OH", DL_FMT["OH"]()) if (pk or not s.dl) else s.dl
        b.x('msg="CII pickup ID captured" rx=', (rx, "other_id"), " id_type=DL id_state=", dl[0], " id_number=", (dl[1], "license"), ' pickup_by="', (who, "name"), '" relationship=', s.parent_rel if pk else "self")
    elif k == 2:
        b.x('msg="NCPDP B1 claim accepted" rx=', (rx, "other_id"), " bin=610014 pcn=MEDDPRIME group=HSUSHIP cardholder_id=", (s.member, "health_plan"), " person_code=01 copay=%.2f" % R.choice([0, 5, 10, 15, 25]))
    elif k == 3:
        b.x('msg="PDMP query" state=OH patient_last=', (s.last.upper(), "name"), " patient_dob=", (fd(s.dob, "iso"), "date"), " status=200 latency_ms=%d results=%d" % (R.randint(200, 1500), R.randint(0, 3)))
    elif k == 4:
        b.x('msg="payment declined" rx=', (rx, "other_id"), " pan=", (card_pan(), "account"), ' error="card_declined" amount=%.2f' % R.uniform(4, 60))
    else:
        b.x('msg="device registered for refill reminders" patient=', (s.mrn, "mrn"), " imei=", (imei(), "device"), " platform=", R.choice(["ios", "android"]), " app=hsu-health/2.8.0")
    return [b]


def n_rx():
    adv(30, 1800)
    b = B("rx_kv")
    k = deck("n_rx", list(range(4)))
    b.t("ts=%s level=%s svc=rx-%s " % (ts_z(), R.choice(["info", "info", "warn"]), R.choice(["inventory", "dispense", "claims"])))
    if k == 0:
        b.t('msg="inventory sync complete" items=%d below_par=%d duration_ms=%d' % (R.randint(900, 1600), R.randint(0, 20), R.randint(200, 3000)))
    elif k == 1:
        b.t('msg="payment captured" amount=%.2f card=************%s auth=%s order=ORD-%d' % (R.uniform(4, 60), digits(4), hexs(6).upper(), R.randint(100000, 999999)))
    elif k == 2:
        b.t('msg="NCPDP switch latency" switch=relayhealth p50_ms=%d p99_ms=%d window=5m' % (R.randint(80, 300), R.randint(400, 2500)))
    else:
        b.t('msg="lot recall check" ndc=%s lot=%s recalled=false' % (R.choice(DRUGS)[0], R.choice(["C5483AA", "EW0182", "24K118", "T2291B"])))
    return [b]


# ---- Title IX-adjacent referrals
def p_tix():
    adv(120, 3600)
    s = stu()
    case = "TIX-2024-%04d" % R.randint(100, 400)
    b = B("titleix_json")
    k = deck("p_tix", list(range(3)))
    if k == 0:
        jdump(b, {"ts": ts_z(), "event": "care_referral.created", "case_id": (case, "other_id"), "source_dept": R.choice(["Counseling", "Primary Care", "Nurse Line"]), "referring_staff": R.choice(["cmarsh", "jpetrovic", "lhuang"]),
                  "student_id": (s.sid, "other_id"), "consent": R.choice(["limited - resources only", "yes - share with Title IX office", "declined"]), "respondent": "[not disclosed]",
                  "notes": "Student disclosed a concern that may fall under Title IX; informed of confidential resources and reporting options; no details recorded here.",
                  "follow_up": (fd(now.date() + timedelta(days=R.randint(2, 10)), "iso"), "date")})
    elif k == 1:
        jdump(b, {"ts": ts_z(), "event": "care_referral.contact_attempt", "case_id": (case, "other_id"), "channel": "secure_message", "to": (s.email, "email"), "outcome": R.choice(["delivered", "read"]), "staff": "agrant"})
    else:
        jdump(b, {"ts": ts_z(), "event": "care_referral.accommodation", "case_id": (case, "other_id"), "student": (nm(s, "lf"), "name"), "interim_measure": R.choice(["housing relocation", "class schedule change", "no-contact directive (administrative)"]),
                  "new_housing": (R.choice(HALLS) + " " + str(R.randint(100, 640)), "address"), "effective": (fd(now.date() + timedelta(days=1), "us"), "date")})
    return [b]


def n_tix():
    adv(120, 3600)
    b = B("titleix_json")
    k = deck("n_tix", list(range(3)))
    if k == 0:
        jdump(b, {"ts": ts_z(), "event": "care_referral.queue_stats", "open": R.randint(2, 12), "awaiting_consent": R.randint(0, 4), "overdue_followups": R.randint(0, 2)})
    elif k == 1:
        jdump(b, {"ts": ts_z(), "event": "access.denied", "user": R.choice(["bkowalski", "mwoodson"]), "resource": "care_referral", "reason": "restricted: Title IX office and treating counselor only", "request_id": ruuid()})
    else:
        jdump(b, {"ts": ts_z(), "event": "export.redacted", "report": "Clery ASR monthly", "rows": R.randint(0, 9), "fields_redacted": ["name", "student_id", "dob", "location"], "by": "agrant"})
    return [b]


# ---- syslog
def n_sys():
    adv(5, 900)
    b = B("syslog")
    h = R.choice(["shs-web01", "shs-web02", "shs-worker01", "sis-sync01", "rx-app01"])
    k = deck("n_sys", list(range(8)))
    if k == 0:
        b.t("%s %s CRON[%d]: (svc_sis) CMD (/opt/sis-sync/bin/roster_sync.sh --term 202508 >> /var/log/sis-sync/cron.log 2>&1)" % (ts_sys(), h, R.randint(1000, 60000)))
    elif k == 1:
        b.t("%s %s systemd[1]: Started php8.2-fpm.service - The PHP 8.2 FastCGI Process Manager." % (ts_sys(), h))
    elif k == 2:
        b.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.20.0.5 port %d ssh2: ED25519 SHA256:%s" % (ts_sys(), h, R.randint(1000, 60000), R.randint(40000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
    elif k == 3:
        b.t("%s %s postfix/smtpd[%d]: connect from mail-relay.halvorsen.edu[10.20.3.25]" % (ts_sys(), h, R.randint(1000, 60000)))
    elif k == 4:
        b.t("%s %s logrotate[%d]: ALERT exited abnormally with [1]" % (ts_sys(), h, R.randint(1000, 60000)) if R.random() < 0.3 else
            "%s %s systemd[1]: logrotate.service: Deactivated successfully." % (ts_sys(), h))
    elif k == 5:
        b.t("%s %s portal-deploy[%d]: release 2024.08.%d build %d commit %s migrated=%d" % (ts_sys(), h, R.randint(1000, 60000), R.randint(1, 9), R.randint(1100, 1300), hexs(7), R.randint(0, 3)))
    elif k == 6:
        b.t("%s %s kernel: [%d.%06d] nfs: server nas02.halvorsen.edu OK" % (ts_sys(), h, R.randint(100000, 999999), R.randint(0, 999999)))
    else:
        b.t("%s %s postfix/smtp[%d]: %s: to=<no-reply-monitor@halvorsen.edu>, relay=aspmx.l.google.com[142.250.%d.%d]:25, delay=%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (ts_sys(), h, R.randint(1000, 60000), hexs(10).upper(), R.randint(1, 200), R.randint(1, 254), R.uniform(0.2, 3)))
    return [b]


def p_sys():
    adv(5, 900)
    s = stu()
    b = B("syslog")
    b.x("%s shs-web01 postfix/smtp[%d]: %s: to=<" % (ts_sys(), R.randint(1000, 60000), hexs(10).upper()), (R.choice([s.email, s.pemail]), "email"), ">, relay=%s, delay=%.2f, delays=0.01/0/0.4/0.6, dsn=%s, status=%s" % (
        R.choice(["aspmx.l.google.com[142.250.112.27]:25", "halvorsen-edu.mail.protection.outlook.com[52.101.40.18]:25", "mx-biz.mail.am0.yahoodns.net[67.195.204.79]:25"]), R.uniform(0.3, 4),
        *R.choice([("2.0.0", "sent (250 2.0.0 OK)"), ("5.1.1", "bounced (550 5.1.1 The email account that you tried to reach does not exist)")])))
    return [b]


# ---- Twilio SMS
def p_sms():
    adv(30, 1800)
    s = stu()
    b = B("twilio_json")
    a = appt_dt()
    k = deck("p_sms", list(range(3)))
    b.t("[%s] app.sms " % now.strftime("%Y-%m-%d %H:%M:%S"))
    if k == 0:
        b.t("POST https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json 201 " % hexs(32))
        jdump(b, {"sid": "SM" + hexs(32), "to": (e164(s), "phone"), "from": "+17405550100", "status": "queued",
                  "body": Tx("Halvorsen SHS: reminder of your appt ", (fdt(a, "sms"), "date"), ". Reply C to confirm, R to reschedule. Call 740-555-0100 for help.")}, esc_slash=True)
    elif k == 1:
        b.t("status_callback ")
        jdump(b, {"MessageSid": "SM" + hexs(32), "MessageStatus": R.choice(["delivered", "undelivered", "failed"]), "To": (e164(s), "phone"), "ErrorCode": R.choice([None, 30003, 30006])})
    else:
        b.t("inbound ")
        jdump(b, {"From": (e164(s), "phone"), "To": "+17405550100", "Body": R.choice(["C", "R", "STOP", "can i move it to friday"]), "MessageSid": "SM" + hexs(32)})
    return [b]


# ---- EHR audit CSV
def p_audit():
    adv(10, 1200)
    s = R.choice(STU)
    b = B("ehr_audit_csv")
    b.x('"%s","%s","%s","' % (now.strftime("%m/%d/%Y %H:%M:%S"), R.choice(STAFF), R.choice(["CHART_OPEN", "VIEW_IMMUNIZATIONS", "PRINT_RECORD", "EDIT_ALLERGY", "VIEW_NOTES"])), (s.mrn, "mrn"), '","', (nm(s, "LF"), "name"), '","%s","%s","%s"' % (R.choice(["Primary Care", "Counseling", "Immunization", "Pharmacy"]), priv_ip(), R.choice(["ws-exam4", "ws-front2", "ws-couns7", "ws-rx1"])))
    return [b]


def n_audit():
    adv(10, 1200)
    b = B("ehr_audit_csv")
    k = deck("n_audit", list(range(3)))
    if k == 0:
        b.t('"%s","svc_hl7","INTERFACE_LOGIN","","","Interface","10.20.1.9","mirth01"' % now.strftime("%m/%d/%Y %H:%M:%S"))
    elif k == 1:
        b.t('"%s","%s","RUN_REPORT","","","Immunization Compliance Summary (202508)","%s","ws-front2"' % (now.strftime("%m/%d/%Y %H:%M:%S"), R.choice(STAFF), priv_ip()))
    else:
        b.t('"%s","%s","LOGOUT","","","Session timeout (15 min)","%s","%s"' % (now.strftime("%m/%d/%Y %H:%M:%S"), R.choice(STAFF), priv_ip(), R.choice(["ws-exam4", "ws-couns7"])))
    return [b]


# ---- kiosk
def p_kiosk():
    adv(30, 1200)
    s = stu()
    b = B("kiosk_json")
    a = datetime(now.year, now.month, now.day, now.hour, R.choice([0, 15, 30, 45]))
    k = deck("p_kiosk", list(range(4)))
    if k == 0:
        jdump(b, {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "checkin", "match": {"method": "face", "embedding": (emb_b64(), "biometric"), "score": round(R.uniform(0.9, 0.99), 3)}, "sid": (s.sid, "other_id"), "appt_at": (fdt(a, "iso"), "date")})
    elif k == 1:
        jdump(b, {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "enroll_face", "sid": (s.sid, "other_id"), "capture_jpeg_b64": (jpeg_b64(R.randint(50, 90)), "photo"), "consent": True})
    elif k == 2 and R.random() < 0.5:
        fmr = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01\x02" + bytes(R.getrandbits(8) for _ in range(40))).decode()
        jdump(b, {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "checkin", "match": {"method": "fingerprint", "template_iso19794_2": (fmr, "biometric"), "score": R.randint(40, 120)}, "mrn": (s.mrn, "mrn")})
    elif k == 3:
        dl = s.dl or ("OH", DL_FMT["OH"]())
        jdump(b, {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "id_scan", "doc": {"type": "DL", "state": dl[0], "number": (dl[1], "license"), "dob": (fd(s.dob, "cmp"), "date"), "name": (nm(s, "LF"), "name")}, "matched_sid": (s.sid, "other_id")})
    else:
        d = {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "checkin", "match": {"method": "dob+name"}, "name": (nm(s, "fl"), "name"), "dob": (fd(s.dob, "us"), "date")}
        if s.age > 89:
            d["age"] = (s.age, "age")
        jdump(b, d)
    return [b]


def p_kiosk_old():
    adv(30, 1200)
    s = R.choice([BY_LAST["Thibodeaux"], BY_LAST["Feinstein"]])
    b = B("kiosk_json")
    jdump(b, {"kiosk": "SHS-LOBBY-1", "ts": epoch_ms(), "event": "checkin", "match": {"method": "dob+name"}, "name": (nm(s, "fl"), "name"), "dob": (fd(s.dob, "us"), "date"), "age": (s.age, "age"), "assist_requested": True})
    return [b]


def n_kiosk():
    adv(30, 1200)
    b = B("kiosk_json")
    jdump(b, {"kiosk": "SHS-LOBBY-%d" % R.randint(1, 2), "ts": epoch_ms(), "event": "heartbeat", "uptime_s": R.randint(1000, 900000), "app": "checkin-kiosk/3.4.1", "camera": R.choice(["ok", "ok", "degraded"]), "queue_len": R.randint(0, 9)})
    return [b]


def p_nurse_old():
    adv(60, 2400)
    s = R.choice([BY_LAST["Thibodeaux"], BY_LAST["Feinstein"]])
    b = B("nurseline_psv")
    cdt = datetime.combine(now.date(), datetime.min.time()) + timedelta(minutes=R.randint(0, 300))
    b.x("NLN|", (cdt.strftime("%Y-%m-%d %H:%M"), "date"), "|CALL ", ("24-%06d" % R.randint(10000, 99999), "other_id"), "|RN: K. Baptiste|Pt: ", (nm(s, "lf"), "name"), "|Age: ", (str(s.age), "age"), "|CB#: ", (ph(s, "dash"), "phone"),
        "|Sx: dizziness on standing after new BP med, no falls|Protocol: Dizziness (Adult)|Dispo: See PCP within 24h (Senior Audit Program student)")
    return [b]


# ================================================================= schedule
# Event plans: (generator, count, business-hours only). Shuffled, then consumed in order
# (skipping business-hours generators outside 08-18 Mon-Fri) while keeping ~55% PHI-free lines.
PHI_PLAN = [(pdf_block, 3, 0), (ocr_block, 3, 0), (banner_block, 2, 0), (ps_block, 2, 0), (x12_271_block, 1, 1), (hl7_block, 3, 1),
            (nurse_block, 3, 0), (p_mono, 25, 0), (p_ngx, 16, 0), (p_php, 3, 0), (p_celery, 6, 0), (p_intake, 7, 0), (p_intake_es, 2, 0),
            (p_nurse_import, 5, 0), (p_waiver_xml, 6, 0), (p_waiver_kv, 7, 0), (p_x12_oneline, 3, 1), (p_rx, 12, 1), (p_tix, 6, 1),
            (p_sys, 5, 0), (p_sms, 8, 1), (p_audit, 9, 1), (p_kiosk, 9, 1), (p_kiosk_old, 1, 1), (p_java, 7, 0)]
NOISE_PLAN = [(n_mono, 46, 0), (n_ngx, 42, 0), (n_php, 9, 0), (n_celery, 14, 0), (n_pylog, 12, 0), (n_intake, 7, 0), (n_nurse, 2, 0),
              (n_waiver, 7, 0), (n_hl7, 12, 1), (n_rx, 12, 1), (n_tix, 5, 1), (n_sys, 26, 0), (n_audit, 10, 1), (n_kiosk, 8, 0), (n_java, 12, 0)]


def mkplan(plan):
    lst = [(g, bz) for g, n, bz in plan for _ in range(n)]
    R.shuffle(lst)
    return lst


def fallback_phi():
    gens = [p_mono, p_ngx, p_celery, p_sys, p_waiver_kv, p_java, p_intake, p_nurse_import]
    if biz():
        gens += [p_rx, p_audit, p_kiosk, p_sms, p_tix]
    return R.choice(gens)()


def take(lst, fallback, room):
    order = [i for i, (g, bz) in enumerate(lst) if bz] + [i for i, (g, bz) in enumerate(lst) if not bz] if biz() else \
        [i for i, (g, bz) in enumerate(lst) if not bz]
    for i in order:
        g = lst[i][0]
        out = g()
        if len(out) <= room:
            lst.pop(i)
            return out
    return fallback()


def main():
    global now
    lines = []
    phi_plan, noise_plan = mkplan(PHI_PLAN), mkplan(NOISE_PLAN)
    while len(lines) < N_LINES:
        phi_n = sum(1 for b in lines if b.spans)
        want_phi = (phi_n + 1) / (len(lines) + 1) <= (1 - NOPHI_TARGET) + 0.005
        room = N_LINES - len(lines)
        if want_phi:
            out = take(phi_plan, fallback_phi, room)
        else:
            out = take(noise_plan, n_sys, room)
        lines.extend(out)
    assert len(lines) == N_LINES
    log_lines, labels = [], []
    for i, b in enumerate(lines, 1):
        t = b.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        raw = t.encode("utf-8")
        spans = []
        for s, e, cat, v in b.spans:
            assert raw[s:e] == v.encode("utf-8"), (i, s, e, v)
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(t)
        labels.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
