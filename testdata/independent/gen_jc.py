#!/usr/bin/env python3
"""Synthetic labeled log corpus "jc": ophthalmology practice + optical retail chain.

Systems simulated (all people, numbers and addresses are synthetic):
  * Lakeside Eye Associates (ophthalmology practice, 3 clinics): Zeiss-Cirrus-like OCT logs,
    Heidelberg-like (German) imaging log, Topcon-like fundus camera log, dcmtk storescu/dcmdump
    output of DICOM exports, Humphrey-like visual field printouts, HL7 v2 ORM to the modality
    worklist broker, Mirth-like engine log, EHR audit trail/notes, appointment service,
    recall SMS (Twilio-like) in English and Spanish, home-monitoring device alerts, check-in kiosk.
  * ClearView Optical (retail chain): POS logs, frame inventory CSV, lab orders to Cascade Optical
    Lab (VisionWeb-like XML, OMA/DCS-like LMS records), X12 837/271 vision claims/eligibility,
    VSP-/EyeMed-like eligibility JSON, pipe remittance files, curbside pickup.
  * LensLoop contact-lens subscription shop: Shopify-like webhooks, Recharge-like subscription
    events, legacy Magento/Monolog + php-fpm logs, nginx access logs, FCLCA prescription
    verification robocalls and faxes (HylaFAX xferfaxlog + rendered cover pages), virtual try-on.
  * Ordinary infrastructure noise: kubelet, systemd, postgres, redis, prometheus, certbot, CI.

Labeling decisions:
  - Labeled: identifiers of patients, shop customers (contact-lens wearers), plan members and
    subscribers, relatives/guarantors/parents who write or are named about a patient.
  - Not labeled: clinicians (ODs, MDs, prescribers) incl. their names, NPIs, phones, faxes;
    staff and their usernames/emails; stores, labs, payers, vendors and their phones/addresses;
    public test values (e.g. card 4111111111111111); internal 10.x/172.x addresses, bot IPs.
  - name: every written form of a person's name is one span ("Last, First", "LAST^FIRST^M",
    "First M. Last", first name alone in an SMS). In X12 NM1 and XML/JSON with separate fields,
    last and first name are separate spans.  Names inside file names are labeled too.
  - address: street line and city (and county) are separate address spans; state and country
    are not labeled; ZIP (5 or 9 digits, with or without dash) is a zip span.
  - date: birth, exam/service, appointment, injection/surgery/accident, Rx issue/expiry,
    coverage/eligibility (effective, term, last/next eligible) dates, and month+year of a
    person's last exam. HL7/X12 date-times of service are labeled whole. Not labeled: log and
    message timestamps, order/ship/charge/created_at dates, card expiry, file/batch dates,
    certificate or build dates.
  - age: only ages over 89 (incl. DICOM AS "091Y" and "92 y/o"); younger ages are not labeled.
  - mrn: practice patient/chart IDs (PatientID, Pat.-ID, pt=, HL7 PID-3 MR, IDs in portal URL
    paths, lab-order PatientID).  health_plan: member/subscriber IDs, Medicaid ProviderOne IDs,
    Medicare MBIs.  Group numbers, plan codes and authorization numbers are not labeled.
  - account: patient account / control numbers (HL7 PID-18, X12 CLM01, billing acct=), full
    card numbers (PANs, track data PAN).  Card last-4, auth codes, order/invoice/claim/job
    numbers, subscription IDs and transaction IDs are not labeled.
  - other_id: encounter/visit numbers, DICOM AccessionNumber, e-commerce customer IDs, loyalty
    numbers, patient-portal usernames, shopper review handles. DICOM UIDs, trace/span/request
    IDs, Twilio SIDs, webhook IDs are not.
  - device: serials of devices held by a patient (ForeseeHome, iCare HOME loaners). Serials of
    clinic/lab equipment (OCT, fundus camera, HFA, POS terminals) are not labeled.
  - ip: public IP of a shopper/patient (browser_ip, remote_ip, nginx client of patient portal).
  - license: patient's driver licence number.  vehicle: VIN and plates of a patient's car.
  - photo: base64 payload of a face image (without the data: prefix).  biometric: iris
    templates and face-landmark vectors.  url: personal web/social profile URLs of a person;
    booking links and opaque links are not labeled.
  - fax: a patient's own fax number (records release); phone: patient/relative phone numbers.
  - email: patient/customer emails, including URL-encoded ones in query strings.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

SEED = 2105_0613
R = random.Random(SEED)
ch = R.choice
ri = R.randint

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jc"
N_LINES = 500
NOISE_TARGET = 0.55


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, value)

    def add(self, part):
        if part is None:
            return
        if isinstance(part, list):
            for p in part:
                self.add(p)
            return
        if isinstance(part, tuple):
            val, cat = part
            val = str(val)
            if cat is None:
                self.buf += val.encode("utf-8")
                return
            s = len(self.buf)
            self.buf += val.encode("utf-8")
            self.spans.append((s, len(self.buf), cat, val))
            return
        self.buf += str(part).encode("utf-8")

    def text(self):
        return self.buf.decode("utf-8")


def mk(family, *parts):
    ln = Line(family)
    for p in parts:
        ln.add(p)
    return ln


class P:
    """A labeled value inside a JSON structure."""

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = v, cat, raw


def js(o, sp=False, ea=False):
    parts = []
    colon = ": " if sp else ":"
    comma = ", " if sp else ","

    def esc(s):
        return json.dumps(s, ensure_ascii=ea)[1:-1]

    def w(x):
        if isinstance(x, P):
            if x.raw or isinstance(x.v, (int, float)):
                parts.append((str(x.v), x.cat))
            else:
                parts.append('"')
                parts.append((esc(x.v), x.cat))
                parts.append('"')
        elif isinstance(x, dict):
            parts.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    parts.append(comma)
                parts.append(json.dumps(k, ensure_ascii=ea) + colon)
                w(v)
            parts.append("}")
        elif isinstance(x, list):
            parts.append("[")
            for i, v in enumerate(x):
                if i:
                    parts.append(comma)
                w(v)
            parts.append("]")
        elif x is None:
            parts.append("null")
        elif isinstance(x, bool):
            parts.append("true" if x else "false")
        elif isinstance(x, (int, float)):
            parts.append(json.dumps(x))
        else:
            parts.append(json.dumps(x, ensure_ascii=ea))

    w(o)
    return parts


# ----------------------------------------------------------------------------- clock
NOW = dt.datetime(2024, 5, 13, 7, 52, 4, 118000)
TODAY = NOW.date()


def tick(lo=1, hi=75):
    global NOW
    NOW += dt.timedelta(seconds=ri(lo, hi), milliseconds=ri(0, 999))


def bump():
    global NOW
    NOW += dt.timedelta(milliseconds=ri(2, 350))


def utc():
    return NOW + dt.timedelta(hours=7)


def ts_py():
    bump()
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (NOW.microsecond // 1000)


def ts_iso_z():
    bump()
    u = utc()
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def ts_iso_local():
    bump()
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def ts_sys():
    bump()
    return NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    bump()
    return NOW.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_monolog():
    bump()
    u = utc()
    return u.strftime("[%Y-%m-%dT%H:%M:%S.") + "%06d+00:00]" % u.microsecond


def ts_fpm():
    bump()
    return NOW.strftime("[%d-%b-%Y %H:%M:%S]")


def ts_de():
    bump()
    return NOW.strftime("%d.%m.%Y %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_topcon():
    bump()
    return NOW.strftime("%Y/%m/%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_hl7():
    bump()
    return NOW.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- pools
FIRST_F = ["Maria", "Aaliyah", "Siobhan", "Priya", "Fatima", "Zoë", "Ingrid", "Aroha", "Leilani",
           "Anaïs", "Mei-Ling", "Ngozi", "Giulia", "Seo-yeon", "Catalina", "Ebony", "Brenda",
           "Gertrude", "Xochitl", "Svetlana", "Aiyana", "Thanh", "Rosalind", "Marisol", "Agnieszka",
           "Hannah", "Noor", "Keiko", "Ximena", "Dolores", "Wilhelmina", "Imani", "Sofía", "Ruth"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Kenji", "Mateo", "Tomasz", "Chidi", "Rahul",
           "Björn", "Yusuf", "Jean-Luc", "Hamid", "Darnell", "Harold", "Kwame", "Thanh", "Jürgen",
           "Aarav", "Liam", "Santiago", "Kofi", "Bao", "Émile", "Rustam", "Tevita", "Desmond",
           "Ezekiel", "Ignacio", "Malik", "Ahmad", "Connor", "Arjun", "Vikram"]
LAST = ["Okafor", "García-López", "van der Berg", "O'Neill", "Nguyen", "Kowalski", "Haddad",
        "Schmidt", "de la Cruz", "Yamamoto", "Abernathy", "Patel", "Rivera", "MacLeod", "Al-Sayed",
        "Fitzgerald", "Park", "Johansson", "Mbeki", "Dubois", "Castellanos", "Lindqvist",
        "Whitfield", "Tran", "Nakamura-Reyes", "Ó Súilleabháin", "Brennan", "Adeyemi", "Petrov",
        "Chowdhury", "Bianchi", "Washington", "Kealoha", "Szabo", "DeLuca", "Ferreira", "Mahlangu",
        "St. James", "Goldberg", "Zhou", "Müller", "Hernández", "Begay", "Tuiasosopo", "Kim",
        "Novák", "Oyelowo", "Delacroix-Hart", "Rasmussen", "Quispe", "Ivanova", "Lê"]
CITIES = [("Bellingham", "WA", "98225", "Whatcom"), ("Everett", "WA", "98203", "Snohomish"),
          ("Kirkland", "WA", "98033", "King"), ("Tacoma", "WA", "98406", "Pierce"),
          ("Olympia", "WA", "98501", "Thurston"), ("Spokane", "WA", "99203", "Spokane"),
          ("Vancouver", "WA", "98661", "Clark"), ("Portland", "OR", "97214", "Multnomah"),
          ("Beaverton", "OR", "97006", "Washington"), ("Salem", "OR", "97302", "Marion"),
          ("Eugene", "OR", "97405", "Lane"), ("Bend", "OR", "97702", "Deschutes"),
          ("Boise", "ID", "83706", "Ada"), ("Coeur d'Alene", "ID", "83814", "Kootenai"),
          ("Mount Vernon", "WA", "98273", "Skagit"), ("Lynnwood", "WA", "98036", "Snohomish"),
          ("Bothell", "WA", "98011", "King"), ("Gresham", "OR", "97030", "Multnomah"),
          ("Ferndale", "WA", "98248", "Whatcom"), ("Anacortes", "WA", "98221", "Skagit")]
STREETS = ["Larkspur Ln", "Alder Ct", "NE 85th St", "SW Multnomah Blvd", "Cornwall Ave",
           "Old Fairhaven Pkwy", "Meridian St", "N Lombard St", "Rucker Ave", "Hewitt Ave",
           "Pacific Ave", "E Division St", "SE Hawthorne Blvd", "Cedar Hills Blvd", "Lakeway Dr",
           "Chuckanut Dr", "Fremont Ave N", "Capitol Way S", "W Riverside Ave", "Vista Ave",
           "Juniper Ridge Rd", "Kalakala Ave NE", "Avenida del Sol", "Sunset Hwy", "Eldridge Ave"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Spc 41", " Apt C"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com",
             "protonmail.com", "aol.com", "msn.com", "q.com"]
AREAS = {"WA": ["360", "425", "206", "253", "509", "564"], "OR": ["503", "971", "541", "458"],
         "ID": ["208", "986"]}
DOCTORS = [("Anita", "Raman", "OD", "1326048891"), ("Marcus", "Feld", "MD", "1588667746"),
           ("Helen", "Cho", "OD", "1447290318"), ("Samuel", "Oyelaran", "MD", "1093817264"),
           ("Beatriz", "Monteiro", "MD", "1760554203"), ("Trevor", "Lindahl", "OD", "1215983307")]
PRESCRIBER_OFFICES = [("Northside Vision Clinic", "5035550199", "5035550177"),
                      ("Feld Eye Surgeons", "4255550143", "4255550140"),
                      ("Cho Family Optometry", "4255550102", "4255550101"),
                      ("Rose City Eye Care", "9715550164", "9715550160"),
                      ("Bend Eye Associates", "5415550188", "5415550180")]
STAFF = ["kmorales", "dnguyen", "rtorres", "asmith", "jpetersen", "lwu", "mokoro", "tbaptiste"]
CLINICS = ["BELL", "EVER", "KIRK"]
STORES = ["0412", "0418", "0433", "0447"]
LENSES = [("Acuvue Oasys 1-Day 90pk", "ACUVUE-OASYS1D-90", "8.5", "14.3", "104.99"),
          ("Dailies Total1 90pk", "DAILIES-TOTAL1-90", "8.5", "14.1", "112.00"),
          ("Biofinity 6pk", "BIOFINITY-6", "8.6", "14.0", "62.50"),
          ("Precision1 90pk", "PRECISION1-90", "8.3", "14.2", "89.99"),
          ("Air Optix plus HydraGlyde Multifocal 6pk", "AIROPTIX-HG-MF-6", "8.6", "14.2", "84.00"),
          ("Biofinity Toric 6pk", "BIOFINITY-TORIC-6", "8.7", "14.5", "78.00")]
FRAMES = [("Ray-Ban", "RX5154 Clubmaster", "2000", "Black", 49, 21, 140),
          ("Oakley", "OX8046 Airdrop", "0155", "Satin Black", 55, 18, 143),
          ("Silhouette", "5529 Momentum", "7530", "Gold", 52, 17, 140),
          ("Lindberg", "Strip 9704", "U9", "Gunmetal", 50, 19, 135),
          ("Tom Ford", "FT5634-B", "052", "Dark Havana", 53, 17, 145),
          ("Warby-style", "Durand", "325", "Whiskey Tortoise", 51, 20, 145),
          ("Safilo", "CH 0142", "086", "Havana", 52, 18, 140),
          ("Marchon", "Flexon E1044", "033", "Gunmetal", 54, 18, 140),
          ("Modo", "4523", "NAVY", "Navy Crystal", 50, 18, 140)]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum() or c in "-")


def luhn(prefix, length):
    digits = prefix + "".join(str(ri(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return digits + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
             "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = ch(["1HG", "JTD", "1FT", "5YJ", "JF2", "2T3", "WVW", "1C4", "KNM"])
    body = wmi + "".join(ch(chars) for _ in range(5)) + "0" + ch("LMNPR") + ch(chars) + \
        "".join(str(ri(0, 9)) for _ in range(6))
    s = sum(trans[c] * w for c, w in zip(body, weights)) % 11
    cd = "X" if s == 10 else str(s)
    return body[:8] + cd + body[9:]


def plate(state):
    if state == "WA":
        return "%s%s%s%04d" % (ch("BCD"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ri(1000, 9999))
    if state == "OR":
        return "%03d %s%s%s" % (ri(100, 999), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
    return "%s%s %05d" % (ch("1234"), ch("ABCDEFGHJKLMN"), ri(10000, 99999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return "%d%s%s%d-%s%s%d-%s%s%d%d" % (ri(1, 9), ch(L), ch(AN), ri(0, 9), ch(L), ch(AN), ri(0, 9),
                                          ch(L), ch(L), ri(0, 9), ri(0, 9))


def ssn():
    while True:
        a = ri(1, 665)
        if a not in (0, 666):
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    body = bytes(ri(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "month":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dash_us":
        return d.strftime("%m-%d-%Y")
    if style == "mmyyyy":
        return "%s %d" % (MONTHS[d.month - 1][:3], d.year)
    if style == "es":
        return "%d de %s" % (d.day, MESES[d.month - 1])
    raise ValueError(style)


def fphone(p, style):
    a, e, n = p
    return {"paren": "(%s) %s-%s" % p, "paren_ns": "(%s)%s-%s" % p, "dash": "%s-%s-%s" % p,
            "dot": "%s.%s.%s" % p, "plain": a + e + n, "e164": "+1" + a + e + n,
            "intl": "+1 %s %s %s" % p, "one": "1-%s-%s-%s" % p}[style]


class Person:
    def __init__(self, kind="adult", sex=None, last=None, city=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.last = last or ch(LAST)
        if kind == "old":
            y = ri(1928, 1933)
        elif kind == "senior":
            y = ri(1935, 1958)
        elif kind == "child":
            y = ri(2009, 2019)
        else:
            y = ri(1944, 2002)
        self.dob = dt.date(y, ri(1, 12), ri(1, 28))
        self.age = TODAY.year - y - (1 if (self.dob.month, self.dob.day) > (TODAY.month, TODAY.day) else 0)
        self.mrn = "%08d" % ri(100000, 2999999)
        c = city or ch(CITIES)
        self.city, self.state, self.zip, self.county = c
        self.zip4 = "%04d" % ri(1000, 9999)
        self.street = "%d %s%s" % (ri(12, 24999), ch(STREETS), ch(UNITS))
        self.phone = (ch(AREAS[self.state]), "%03d" % ri(201, 989), "%04d" % ri(0, 9999))
        if self.phone[1] == "555":
            self.phone = (self.phone[0], "556", self.phone[2])
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last).lower()
        self.email = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, ri(1, 99)),
                         "%s%d" % (f, self.dob.year % 100), "%s.%s%s" % (l, f[0], ri(10, 99))]) + "@" + ch(EMAIL_DOM)
        self.vsp = "%09d%02d" % (ri(100000000, 999999999), ri(0, 3))
        self.eyemed = "E%08d" % ri(10000000, 99999999)
        self.mcd = "%09dWA" % ri(100000000, 999999999)
        self.mbi = mbi()
        self.ssn = ssn()
        self.acct = "%d" % ri(100000, 999999)
        self.shop_id = "%d" % ri(6200000000000, 7999999999999)
        self.mage_id = ri(10000, 99999)
        self.ip = "%d.%d.%d.%d" % (ch([73, 24, 67, 98, 50, 71, 76, 97, 174, 135, 107, 172]), ri(2, 254),
                                   ri(0, 255), ri(2, 254))
        if self.ip.startswith("172.") and 16 <= int(self.ip.split(".")[1]) <= 31:
            self.ip = "173" + self.ip[3:]
        self.dl = None

    def name(self, style):
        f, l, m = self.first, self.last, self.mi
        return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": "%s, %s" % (l.upper(), f.upper()),
                "fml": "%s %s. %s" % (f, m, l), "dicom": "%s^%s" % (l.upper(), f.upper()),
                "dicom_m": "%s^%s^%s" % (l.upper(), f.upper(), m), "lower": ("%s %s" % (f, l)).lower(),
                "init": "%s. %s" % (f[0], l), "LFsp": "%s %s" % (l.upper(), f.upper()),
                "f": f, "fL": "%s %s." % (f, l[0]), "lfm": "%s, %s %s." % (l, f, m)}[style]

    def dlno(self):
        if self.dl:
            return self.dl
        if self.state == "WA":
            base = ascii_fold(self.last).upper().replace("-", "")[:5].ljust(5, "*")
            self.dl = "WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
            if ri(0, 1):
                self.dl = base + ascii_fold(self.first).upper()[0] + self.mi + "%03d" % ri(100, 999) + ch("JKLMNPQRS") + ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        elif self.state == "OR":
            self.dl = "%07d" % ri(1000000, 9999999)
        else:
            self.dl = "%s%s%06d%s" % (ch("ABCDE"), ch("ABCDEFGH"), ri(100000, 999999), ch("ABCDEFGHJ"))
        return self.dl


def agep(p):
    return ("%d" % p.age, "age" if p.age > 89 else None)


def past_date(days_lo, days_hi):
    return TODAY - dt.timedelta(days=ri(days_lo, days_hi))


def future_date(days_lo, days_hi):
    return TODAY + dt.timedelta(days=ri(days_lo, days_hi))


def doctor():
    return ch(DOCTORS)


def rx_vals():
    sph = ch(["-0.75", "-1.25", "-2.25", "-3.00", "-3.25", "-4.50", "-6.00", "+0.50", "+1.75", "+2.25", "PL"])
    cyl = ch(["-0.50", "-0.75", "-1.25", "-1.75", "DS"])
    ax = "%d" % ri(1, 180)
    add = ch(["", "+1.50", "+2.00", "+2.25", "+2.50"])
    return sph, cyl, ax, add


# ============================================================================= PHI events
def ev_oct_patient():
    p = Person(kind=ch(["adult", "adult", "old"]))
    acc = "A%s%05d" % (TODAY.strftime("%y%m%d"), ri(1, 999))
    v = ri(0, 3)
    if v == 0:
        return [mk("cirrus_log", ts_py(), " INFO  [WorklistClient] MWL C-FIND matched 1 item: PatientName=\"",
                   (p.name("dicom"), "name"), "\" PatientID=", (p.mrn, "mrn"), " BirthDate=",
                   (fd(p.dob, "compact"), "date"), " Sex=", p.sex, " Age=", agep(p), " AccessionNumber=", (acc, "other_id"),
                   " (CIRRUS5000_%d -> FORUM_MWL:104)" % ri(1, 3))]
    if v == 1:
        return [mk("cirrus_log", ts_py(), " WARN  [ExportQueue] retry %d/5 exporting exam %s for patient '" % (ri(1, 4), uuid4()),
                   (p.name("lf"), "name"), "' (ID ", (p.mrn, "mrn"), "): DIMSE timeout after 30000 ms")]
    if v == 2:
        eye = ch(["OD", "OS"])
        return [mk("cirrus_log", ts_py(), " INFO  [AcqService] Macular Cube 512x128 %s acquired for " % eye,
                   (p.mrn, "mrn"), ", SS=%d/10, fixation=%s, operator=%s" % (ri(4, 10), ch(["good", "fair"]), ch(STAFF))),
                mk("cirrus_log", ts_py(), " INFO  [Analysis] RNFL avg %d um, C/D ratio 0.%d, ILM-RPE thickness map saved (%.1f MB)" % (ri(62, 104), ri(2, 8), R.uniform(2, 9)))]
    return [mk("cirrus_log", ts_py(), " ERROR [PatientMerge] cannot merge ", (p.mrn, "mrn"), " into ",
               (p.mrn[:-3] + "%03d" % ri(0, 999), "mrn"), ": DOB mismatch (", (fd(p.dob, "iso"), "date"), " vs ",
               (fd(p.dob.replace(day=min(28, p.dob.day + 1)), "iso"), "date"), ") for \"", (p.name("fl"), "name"), "\"")]


def ev_heyex_de():
    p = Person(last=ch(["Müller", "Schmidt", "Novák", "Rasmussen", ch(LAST)]))
    v = ri(0, 2)
    if v == 0:
        return [mk("heyex_de", ts_de(), " [HEYEX2] Info: Patient geöffnet: Name=", (p.last, "name"), ", Vorname=",
                   (p.first, "name"), ", Geburtsdatum=", (fd(p.dob, "dot"), "date"), ", Patienten-ID=", (p.mrn, "mrn"),
                   ", Station=SPX-1734"),
                mk("heyex_de", ts_de(), " [HEYEX2] Info: Untersuchung gestartet: IR+OCT 30°x25°, ART %d, Modus High Speed" % ri(9, 100))]
    if v == 1:
        return [mk("heyex_de", ts_de(), " [HEYEX2] Warnung: Export nach FORUM fehlgeschlagen (Pat.-ID ", (p.mrn, "mrn"),
                   ", ", (p.name("lf"), "name"), "): Zeitüberschreitung nach 45 s")]
    return [mk("heyex_de", ts_de(), " [HEYEX2] Info: Folgeuntersuchung ", ch(["OD", "OS"]), " referenziert auf Basisaufnahme vom ",
               (fd(past_date(90, 900), "dot"), "date"), " (Pat.-ID ", (p.mrn, "mrn"), ")")]


def ev_topcon():
    p = Person()
    v = ri(0, 1)
    if v == 0:
        mrn2 = "%08d" % ri(100000, 2999999)
        return [mk("topcon_log", "[", ts_topcon(), "][WRN][DBSync] Duplicate patient detected: ID ", (p.mrn, "mrn"), " \"",
                   (p.name("LFsp"), "name"), "\" DOB ", (fd(p.dob, "us"), "date"), " vs existing ID ", (mrn2, "mrn"))]
    return [mk("topcon_log", "[", ts_topcon(), "][INF][Capture] Fundus color 45deg ", ch(["OD", "OS"]), " captured pt=",
               (p.mrn, "mrn"), " name=", (p.name("dicom"), "name"), " flash=%d file=IMG_%06d.jpg" % (ri(1, 5), ri(1, 99999)))]


DCM_TAGS_NOPHI = [("(0008,0060)", "CS", "OPT", "Modality"), ("(0008,0070)", "LO", "Carl Zeiss Meditec", "Manufacturer"),
                  ("(0008,0080)", "LO", "Lakeside Eye Associates", "InstitutionName"),
                  ("(0008,1090)", "LO", "CIRRUS HD-OCT 5000", "ManufacturerModelName"),
                  ("(0018,1000)", "LO", "5000-6213", "DeviceSerialNumber"),
                  ("(0018,1020)", "LO", "11.5.2.54532", "SoftwareVersions"),
                  ("(0020,0060)", "CS", "R", "Laterality")]


def dcm_line(tag, vr, val, name, cat=None):
    b = len(val.encode("utf-8"))
    ln = b + (b % 2)
    pad = " " * max(1, 41 - (len(vr) + 3 + len(val)))
    return mk("dcmdump", "D: ", tag, " ", vr, " [", (val, cat), "]", pad, "# %3d, 1 %s" % (ln, name))


def ev_dicom():
    p = Person(kind=ch(["adult", "old", "old", "adult"]))
    doc = doctor()
    study_uid = "1.2.276.0.75.2.2.42.%d.%s.%d" % (ri(10000, 99999), NOW.strftime("%Y%m%d%H%M%S"), ri(1000, 9999))
    out = [mk("dcmtk_storescu", "I: Requesting Association"),
           mk("dcmtk_storescu", "I: Association Accepted (Max Send PDV: 16372)"),
           mk("dcmtk_storescu", "I: Sending file: /var/spool/oct/export/%s.%d.dcm" % (study_uid, ri(1, 9))),
           mk("dcmtk_storescu", "I: Sending Store Request (MsgID %d, OPT)" % ri(100, 999))]
    tags = [dcm_line("(0008,0020)", "DA", fd(ch([TODAY, TODAY, past_date(1, 30)]), "compact"), "StudyDate", "date"),
            dcm_line("(0008,0050)", "SH", "A%s%05d" % (TODAY.strftime("%y%m%d"), ri(1, 999)), "AccessionNumber", "other_id")]
    tags += [dcm_line(*t) for t in R.sample(DCM_TAGS_NOPHI, 2)]
    tags.append(dcm_line("(0008,0090)", "PN", "%s^%s" % (doc[1].upper(), doc[0].upper()), "ReferringPhysicianName"))
    tags.append(dcm_line("(0010,0010)", "PN", p.name(ch(["dicom", "dicom_m"])), "PatientName", "name"))
    tags.append(dcm_line("(0010,0020)", "LO", p.mrn, "PatientID", "mrn"))
    tags.append(dcm_line("(0010,0030)", "DA", fd(p.dob, "compact"), "PatientBirthDate", "date"))
    tags.append(dcm_line("(0010,0040)", "CS", p.sex, "PatientSex"))
    tags.append(dcm_line("(0010,1010)", "AS", "%03dY" % p.age, "PatientAge", "age" if p.age > 89 else None))
    if ri(0, 1):
        tags.append(dcm_line("(0010,1000)", "LO", "LEA-" + p.acct, "OtherPatientIDs", "mrn"))
    tags.append(dcm_line("(0020,000d)", "UI", study_uid, "StudyInstanceUID"))
    out += tags
    out += [mk("dcmtk_storescu", "I: Received Store Response (Success)"), mk("dcmtk_storescu", "I: Releasing Association")]
    return out


def ev_hfa():
    p = Person(kind=ch(["old", "adult", "old"]))
    eye = ch(["Right", "Left"])
    test = ch(["Central 24-2 Threshold Test", "Central 10-2 Threshold Test", "Central 24-2C Threshold Test"])
    md = -R.uniform(0.2, 18)
    out = [mk("hfa_report", test),
           mk("hfa_report", "Patient: ", (p.name(ch(["lf", "LF", "lfm"])), "name"), "    ID: ", (p.mrn, "mrn"),
              "    Date of Birth: ", (fd(p.dob, ch(["dash_us", "us", "dmon"])), "date")),
           mk("hfa_report", "Eye: %s   Age: " % eye, ("%d" % p.age, "age" if p.age > 89 else None), "   Date: ",
              (fd(TODAY, ch(["dash_us", "mon"])), "date"), "   Time: %d:%02d %s" % (ri(8, 11), ri(0, 59), "AM")),
           mk("hfa_report", "Fixation Monitor: Gaze/Blindspot   Stimulus: III, White   Background: 31.5 ASB   Strategy: %s" % ch(["SITA Standard", "SITA Faster", "SITA Fast"])),
           mk("hfa_report", "Fixation Losses: %d/%d   False POS Errors: %d%%   False NEG Errors: %d%%   Test Duration: %02d:%02d" % (ri(0, 4), ri(12, 18), ri(0, 15), ri(0, 12), ri(3, 8), ri(0, 59))),
           mk("hfa_report", "GHT: %s   VFI: %d%%   MD: %.2f dB P < %s   PSD: %.2f dB P < %s" % (
               ch(["Within normal limits", "Borderline", "Outside normal limits"]), ri(40, 99), md, ch(["0.5%", "1%", "5%"]), R.uniform(1.2, 12), ch(["0.5%", "2%", "10%"]))),
           mk("hfa_report", "Pupil Diameter: %.1f mm   Visual Acuity: 20/%d   RX: %s DS %s DC X %d" % (R.uniform(2.5, 6), ch([20, 25, 30, 40, 60, 100]), ch(["+1.75", "-2.25", "+3.00", "+0.50"]), ch(["-0.50", "-0.75", "-1.00"]), ri(1, 180))),
           mk("hfa_report", "HFA3 860-%05d   Software Version 1.5.%d   Lakeside Eye Associates - %s" % (ri(10000, 19999), ri(0, 4), ch(["Bellingham", "Everett", "Kirkland"])))]
    return out


def ev_vw_xml_oneline():
    p = Person()
    store = ch(STORES)
    po = "CV%s-%06d" % (store, ri(100000, 999999))
    sph, cyl, ax, add = rx_vals()
    fr = ch(FRAMES)
    instr = ch(["remake of job A23-%05d, same frame" % ri(10000, 99999), "pt prefers smaller seg height, see tracing",
                "rush - patient travelling", "use pt own frame, ship frame back w/ job", "", "match prior AR coat on spare pair"])
    return [mk("visionweb_xml", ts_iso_z(), " vwgw[%d]: INFO submit order PO=%s lab=CASCADE(10443) payload=" % (ri(1000, 9999), po),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OrderRequest version=\"3.2\"><Header><AccountNumber>10443</AccountNumber><PONumber>",
               po, "</PONumber><Store>", store, "</Store></Header><Patient><LastName>", (p.last.upper(), "name"),
               "</LastName><FirstName>", (p.first.upper(), "name"), "</FirstName><PatientID>", (p.mrn, "mrn"),
               "</PatientID></Patient><Rx><Right Sphere=\"%s\" Cylinder=\"%s\" Axis=\"%s\" Add=\"%s\" PD=\"%.1f\"/>" % (sph, cyl, ax, add, R.uniform(29, 34)),
               "<Left Sphere=\"%s\" Cylinder=\"%s\" Axis=\"%d\" Add=\"%s\" PD=\"%.1f\"/></Rx>" % (sph, cyl, ri(1, 180), add, R.uniform(29, 34)),
               "<Lens Design=\"%s\" Material=\"%s\" Treatment=\"%s\"/>" % (ch(["Varilux X", "Shamir Autograph", "SV Aspheric", "Hoya iD MyStyle"]), ch(["1.67", "1.60", "Poly", "Trivex"]), ch(["Crizal Sapphire", "Recharge AR", "BlueTech"])),
               "<Frame Supplier=\"%s\" Model=\"%s\" Color=\"%s\" A=\"%d\" B=\"%d\" DBL=\"%d\" ED=\"%.1f\"/>" % (fr[0], fr[1], fr[3], fr[4], ri(30, 42), fr[5], fr[4] + R.uniform(2, 5)),
               "<Instructions>%s</Instructions></OrderRequest>" % instr if instr else "<Instructions/></OrderRequest>")]


def ev_vw_xml_pretty():
    p = Person()
    po = "CV%s-%06d" % (ch(STORES), ri(100000, 999999))
    sph, cyl, ax, add = rx_vals()
    fr = ch(FRAMES)
    f = "visionweb_xml_pretty"
    return [mk(f, ts_iso_z(), " vwgw[%d]: DEBUG response body for %s:" % (ri(1000, 9999), po)),
            mk(f, "<OrderStatusResponse xmlns=\"urn:vw:order:v3\">"),
            mk(f, "  <Order Number=\"%s\" LabJob=\"%d\" Status=\"IN_PRODUCTION\">" % (po, ri(100000, 999999))),
            mk(f, "    <Patient>"),
            mk(f, "      <Name>", (p.name(ch(["fl", "lf", "LF"])), "name"), "</Name>"),
            mk(f, "      <DateOfBirth>", (fd(p.dob, "iso"), "date"), "</DateOfBirth>"),
            mk(f, "    </Patient>"),
            mk(f, "    <Rx OD=\"%s %s x%s\" OS=\"%s %s x%d\" Add=\"%s\"/>" % (sph, cyl, ax, sph, cyl, ri(1, 180), add or "none")),
            mk(f, "    <Frame Supplier=\"%s\" Model=\"%s\" Eye=\"%d\" Bridge=\"%d\"/>" % (fr[0], fr[1], fr[4], fr[5])),
            mk(f, "    <Milestones><Step Code=\"SURF\" At=\"%s\"/><Step Code=\"AR\" At=\"\"/></Milestones>" % ts_iso_z()),
            mk(f, "  </Order>"),
            mk(f, "</OrderStatusResponse>")]


def ev_oma():
    p = Person()
    sph, cyl, ax, add = rx_vals()
    f = "oma_dcs"
    job = "%d" % ri(100000, 999999)
    name = (p.name(ch(["LFsp", "lf", "LF"])), "name")
    out = [mk(f, ts_py(), " lms-bridge INFO inbound DCS packet from VW gateway, %d records" % ri(14, 30)),
           mk(f, "REQ=FIL"), mk(f, "JOB=", job), mk(f, "CLIENT=", name), mk(f, "DO=B"),
           mk(f, "SPH=%s;%s" % (sph, sph)), mk(f, "CYL=%s;%s" % (cyl, cyl)), mk(f, "AX=%s;%d" % (ax, ri(1, 180)))]
    if add:
        out.append(mk(f, "ADD=%s;%s" % (add.lstrip("+"), add.lstrip("+"))))
    out += [mk(f, "IPD=%.1f;%.1f" % (R.uniform(29, 34), R.uniform(29, 34))), mk(f, "LTYPE=%s" % ch(["PR;PR", "SV;SV"])),
            mk(f, "HBOX=%.2f;%.2f" % ((ri(48, 56),) * 2)), mk(f, "DBL=%.2f" % ri(15, 21))]
    if ri(0, 1):
        out.append(mk(f, "_CVPATID=", (p.mrn, "mrn")))
    return out


def ev_x12_837():
    p = Person()
    sub = p
    rel_self = ri(0, 2) > 0
    if not rel_self:
        sub = Person(last=p.last, city=(p.city, p.state, p.zip, p.county))
        sub.street = p.street
    doc = doctor()
    pcn = "%s%s" % (ch(["PT", "LEA", ""]), p.acct)
    ctl = "%09d" % ri(1, 99999)
    dos = ch([TODAY, past_date(1, 20)])
    f = "x12_837"
    out = [mk(f, "ISA*00*          *00*          *ZZ*LAKESIDEEYE    *ZZ*VSPCLAIMS      *%s*%s*^*00501*%s*0*P*:~" % (NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctl)),
           mk(f, "GS*HC*LAKESIDEEYE*VSPCLAIMS*%s*%s*%d*X*005010X222A1~" % (NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), ri(1, 9999))),
           mk(f, "NM1*85*2*LAKESIDE EYE ASSOCIATES*****XX*1982736451~"),
           mk(f, "HL*2*1*22*%d~" % (0 if rel_self else 1)),
           mk(f, "SBR*P*%s*30041622******VS~" % ("18" if rel_self else "")),
           mk(f, "NM1*IL*1*", (sub.last.upper(), "name"), "*", (sub.first.upper(), "name"), "*", sub.mi, "***MI*", (sub.vsp, "health_plan"), "~"),
           mk(f, "N3*", (sub.street.upper(), "address"), "~"),
           mk(f, "N4*", (sub.city.upper(), "address"), "*", sub.state, "*", (sub.zip + sub.zip4, "zip"), "~"),
           mk(f, "DMG*D8*", (fd(sub.dob, "compact"), "date"), "*", sub.sex, "~")]
    if not rel_self:
        out += [mk(f, "PAT*01~"),
                mk(f, "NM1*QC*1*", (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "~"),
                mk(f, "DMG*D8*", (fd(p.dob, "compact"), "date"), "*", p.sex, "~")]
    out += [mk(f, "CLM*", (pcn, "account"), "*%d***11:B:1*Y*A*Y*Y~" % ri(95, 420)),
            mk(f, "DTP*472*D8*", (fd(dos, "compact"), "date"), "~"),
            mk(f, "NM1*82*1*%s*%s****XX*%s~" % (doc[1].upper(), doc[0].upper(), doc[3])),
            mk(f, "SV1*HC:92014*%d*UN*1***1~" % ri(120, 190)),
            mk(f, "SV1*HC:V2781*%d*UN*2***1~" % ri(90, 300)),
            mk(f, "SE*%d*0001~" % ri(24, 40))]
    return out


def ev_x12_271():
    p = Person()
    f = "x12_271"
    return [mk(f, ts_py(), " edi-gw INFO 271 received from EYEMED trn=%d seg_count=%d" % (ri(10 ** 8, 10 ** 9), ri(14, 30))),
            mk(f, "NM1*IL*1*", (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "****MI*", (p.eyemed, "health_plan"), "~"),
            mk(f, "DMG*D8*", (fd(p.dob, "compact"), "date"), "~"),
            mk(f, "DTP*346*D8*", (fd(dt.date(2024, ch([1, 1, 7]), 1), "compact"), "date"), "~"),
            mk(f, "EB*1*IND*AL*VS*INSIGHT NETWORK~"),
            mk(f, "EB*C*IND*AL***27*%d~" % ch([10, 20, 25])),
            mk(f, "MSG*FRAME ALLOWANCE $%d RETAIL; CONTACTS IN LIEU $%d~" % (ch([100, 130, 150]), ch([100, 130, 150])))]


def ev_elig_vsp():
    rel = ch(["Self", "Self", "Spouse", "Child", "Domestic Partner"])
    p = Person(kind="child" if rel == "Child" else "adult")
    sub = p if rel == "Self" else Person(last=p.last)
    last_exam = past_date(300, 800)
    m = {"memberId": P(sub.vsp[:-2] + ("00" if sub is p else "0%d" % ri(1, 3)), "health_plan"),
         "firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dateOfBirth": P(fd(p.dob, "iso"), "date"),
         "relationship": rel}
    if sub is not p:
        m["subscriber"] = {"subscriberId": P(sub.vsp, "health_plan"), "firstName": P(sub.first, "name"), "lastName": P(sub.last, "name")}
    obj = {"ts": ts_iso_z(), "level": "info", "logger": "elig.vsp", "msg": "eligibility response",
           "requestId": uuid4(), "durationMs": ri(120, 2400), "member": m, "groupNumber": "%08d" % ri(10 ** 7, 10 ** 8 - 1),
           "planCode": ch(["SIG-12", "CHOICE-24", "ENH-12"]),
           "authorizations": [{"authNumber": "%08d" % ri(10 ** 7, 10 ** 8 - 1), "service": "EXAM"}],
           "eligibility": {"exam": {"status": "ELIGIBLE", "lastService": P(fd(last_exam, "iso"), "date")},
                           "frame": {"status": ch(["ELIGIBLE", "NOT_ELIGIBLE"]), "allowance": ch([150.0, 200.0, 130.0])}}}
    return [mk("elig_json_vsp", js(obj, ea=True))]


def ev_elig_eyemed():
    p = Person()
    obj = {"member_identifier": P(p.eyemed, "health_plan"), "member_name": {"first": P(p.first.upper(), "name"), "last": P(p.last.upper(), "name")},
           "birth_date": P(fd(p.dob, "us"), "date"), "member_age": P(p.age, "age" if p.age > 89 else None),
           "coverage": {"effective_date": P(fd(dt.date(2024, 1, 1), "us"), "date"), "termination_date": None, "plan": "Insight Network", "group": "%07d" % ri(10 ** 6, 10 ** 7 - 1)},
           "benefit_freq": {"exam_next_eligible": P(fd(future_date(10, 300), "iso"), "date"), "lens_frame": "12/24"},
           "county": P(p.county, "address")}
    return [mk("elig_json_eyemed", ts_py(), " elig-proxy | payer=EYEMED | status=200 | t=%dms | resp=" % ri(90, 1900), js(obj, sp=True))]


def ev_claims_pipe():
    f = "claims_pipe"
    out = []
    if ri(0, 1):
        out.append(mk(f, "REC|MBR_ID|MBR_LAST|MBR_FIRST|DOB|REL|SUB_SSN|DOS|CPT|CHG|PAID|CLAIM_NO|PROV_NPI"))
    for _ in range(ri(2, 4)):
        p = Person()
        doc = doctor()
        s = p.ssn if ri(0, 2) else p.ssn.replace("-", "")
        chg = ri(80, 400)
        out.append(mk(f, "D|", (p.vsp, "health_plan"), "|", (p.last.upper(), "name"), "|", (p.first.upper(), "name"), "|",
                      (fd(p.dob, "compact"), "date"), "|", ch(["18", "01", "19"]), "|", (s, "ssn"), "|",
                      (fd(past_date(5, 40), "compact"), "date"), "|", ch(["92004", "92014", "92015", "V2020", "V2781", "92310"]),
                      "|%d.00|%d.00|%d|%s" % (chg, int(chg * R.uniform(0.3, 0.9)), ri(10 ** 11, 10 ** 12 - 1), doc[3])))
    out.append(mk(f, "TRL|%d|%d.%02d|VSP|%s" % (sum(1 for x in out if x.text().startswith("D|")), ri(300, 2000), ri(0, 99), TODAY.strftime("%Y%m%d"))))
    return out


def ev_pos_sale():
    p = Person()
    store = ch(STORES)
    txn = ri(10 ** 7, 10 ** 8 - 1)
    v = ri(0, 3)
    f = "pos_log"
    head = "%s POS%s T%d " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), store, ri(1, 4))
    if v == 0:
        sub = ri(150, 900)
        return [mk(f, head, "INFO txn=%d type=SALE cust=\"" % txn, (p.name(ch(["lf", "LF", "lower", "fL"])), "name"), "\" cust_ph=",
                   (fphone(p.phone, ch(["plain", "dash", "paren"])), "phone"), " loyalty=", ("CV%09d" % ri(10 ** 8, 10 ** 9 - 1), "other_id"),
                   " items=%d subtotal=%d.00 ins=%s ins_paid=%d.00 pt_due=%d.00 tender=VISA*%04d clerk=%s" % (
                       ri(1, 4), sub, ch(["VSP", "EYEMED", "DAVIS"]), sub // 2, sub - sub // 2, ri(0, 9999), ch(STAFF)))]
    if v == 1:
        pan = luhn(ch(["4", "51", "37", "6011"]), 16 if True else 15)
        return [mk(f, head, "DEBUG emv: chip read failed (6A82), fallback MSR track2=;", (pan, "account"),
                   "=%02d%02d1011000000000000? resp=00 auth=%s" % (ri(25, 29), ri(1, 12), hexs(6).upper()))]
    if v == 2:
        p.dlno()
        return [mk(f, head, "INFO txn=%d tender=CHECK chk#=%d amt=%d.00 dl=%s:" % (txn, ri(1000, 9999), ri(50, 500), p.state),
                   (p.dl, "license"), " verified=Y name_on_check=\"", (p.name("LF"), "name"), "\"")]
    return [mk(f, head, "INFO pickup ready txn=%d job=%d notify=sms to " % (txn, ri(100000, 999999)),
               (fphone(p.phone, "e164"), "phone"), " (", (p.name("fL"), "name"), ")")]


def ev_shopify_order():
    p = Person()
    lens = ch(LENSES)
    patient = p if ri(0, 2) else Person(kind="child", last=p.last)
    doc = doctor()
    office = ch(PRESCRIBER_OFFICES)
    oid = ri(5500000000000, 5599999999999)
    onum = ri(40000, 60000)
    sph = ch(["-1.25", "-2.75", "-3.25", "-4.50", "-5.75", "+1.50"])
    ship = {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"), "address1": P(p.street, "address"),
            "address2": None, "city": P(p.city, "address"), "province": {"WA": "Washington", "OR": "Oregon", "ID": "Idaho"}[p.state],
            "province_code": p.state, "zip": P(p.zip, "zip"), "country": "United States", "country_code": "US",
            "phone": P(fphone(p.phone, ch(["paren", "e164", "dash"])), "phone")}
    notes = [{"name": "patient_name", "value": P(patient.name("fl"), "name")},
             {"name": "patient_dob", "value": P(fd(patient.dob, ch(["us", "iso"])), "date")},
             {"name": "rx_expiration", "value": P(fd(future_date(20, 500), "iso"), "date")},
             {"name": "prescriber_name", "value": "Dr. %s %s" % (doc[0], doc[1])},
             {"name": "prescriber_phone", "value": fphone((office[2][:3], office[2][3:6], office[2][6:]), "paren")}]
    obj = {"id": oid, "order_number": onum, "email": P(p.email, "email"), "created_at": ts_iso_local(),
           "browser_ip": P(p.ip, "ip"), "currency": "USD", "total_price": "%d.%02d" % (ri(60, 480), ri(0, 99)),
           "customer": {"id": P(int(p.shop_id), "other_id"), "email": P(p.email, "email"), "first_name": P(p.first, "name"),
                        "last_name": P(p.last, "name"), "phone": None, "tags": "subscriber, vsp"},
           "shipping_address": ship,
           "line_items": [{"sku": "%s-%s-%s-%s" % (lens[1], lens[2].replace(".", ""), lens[3].replace(".", ""), sph.replace(".", "").replace("-", "M").replace("+", "P")),
                           "title": lens[0], "quantity": ch([2, 4, 8]), "price": lens[4]}],
           "note_attributes": notes}
    wid = uuid4()
    return [mk("shopify_webhook", "[", ts_iso_z(), "] info: webhook received topic=orders/create shop=lensloop.myshopify.com webhook_id=%s api_version=2024-04 hmac=ok" % wid),
            mk("shopify_webhook", "[", ts_iso_z(), "] debug: payload ", js(obj))]


def ev_recharge():
    p = Person()
    lens = ch(LENSES)
    obj = {"subscription": {"id": ri(30000000, 49999999), "customer_id": P(ri(50000000, 89999999), "other_id"),
                            "address_id": ri(100000000, 199999999), "email": P(p.email, "email"),
                            "product_title": lens[0], "price": lens[4], "quantity": ch([2, 4]),
                            "next_charge_scheduled_at": fd(future_date(20, 100), "iso"),
                            "order_interval_unit": "month", "order_interval_frequency": ch(["3", "6"]),
                            "status": ch(["ACTIVE", "CANCELLED"]), "cancellation_reason": ch([None, "Rx expired", "switching brands"])}}
    return [mk("recharge_webhook", ts_iso_z(), " sub-sync[%d] INFO recharge subscription/updated " % ri(10, 99), js(obj, sp=True))]


def ev_magento():
    p = Person()
    v = ri(0, 3)
    f = "magento_monolog"
    if v == 0:
        return [mk(f, ts_monolog(), " main.INFO: Customer login success ",
                   js({"customer_id": P(p.mage_id, "other_id"), "email": P(p.email, "email"), "remote_ip": P(p.ip, "ip")}), " []")]
    if v == 1:
        return [mk(f, ts_monolog(), " report.CRITICAL: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
                   (p.email, "email"), "-1' for key 'CUSTOMER_EMAIL_WEBSITE_ID', query was: INSERT INTO `customer_entity` (`website_id`, `email`, `group_id`, `store_id`, `created_at`) VALUES (?, ?, ?, ?, '%s') " % utc().strftime("%Y-%m-%d %H:%M:%S"),
                   "{\"exception\":\"[object] (Zend_Db_Statement_Exception(code: 23000): SQLSTATE[23000] at /var/www/html/vendor/magento/framework/DB/Statement/Pdo/Mysql.php:110)\"} []")]
    if v == 2:
        pan = luhn(ch(["4", "5", "4"]), 16)
        req = {"x_card_num": P(pan, "account"), "x_exp_date": "%02d%02d" % (ri(1, 12), ri(25, 29)), "x_first_name": P(p.first, "name"),
               "x_last_name": P(p.last, "name"), "x_address": P(p.street, "address"), "x_zip": P(p.zip, "zip"),
               "x_amount": "%d.%02d" % (ri(40, 300), ri(0, 99)), "x_invoice_num": "1000%05d" % ri(10000, 99999)}
        return [mk(f, ts_monolog(), " payment.DEBUG: ", js({"request": req, "response": {"x_response_code": "1", "x_trans_id": "%d" % ri(6 * 10 ** 10, 7 * 10 ** 10)}}, ea=True),
                   " {\"is_exception\":false} []")]
    d = ch([p.dob, past_date(30, 400)])
    fn_last = ascii_fold(p.last).lower()
    return [mk(f, ts_monolog(), " main.WARNING: Prescription upload rejected for order 1000%05d: file \"rx_" % ri(10000, 99999),
               (fn_last, "name"), "_", (d.strftime("%m%d%Y"), "date"), ".pdf\" exceeds 8MB (%.1f MB) [] []" % R.uniform(8.1, 22))]


def ev_nginx_patient():
    p = Person()
    v = ri(0, 2)
    ua = ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"])
    if v == 0:
        return [mk("nginx_access", (p.ip, "ip"), " - - [", ts_nginx(), "] \"GET /portal/api/v1/patients/", (p.mrn, "mrn"),
                   "/appointments HTTP/1.1\" 200 %d \"https://portal.lakesideeye.com/appointments\" \"%s\" rt=0.%03d" % (ri(300, 4000), ua, ri(5, 400)))]
    if v == 1:
        em = p.email.replace("@", "%40")
        return [mk("nginx_access", (p.ip, "ip"), " - - [", ts_nginx(), "] \"POST /customer/account/forgotpasswordpost/?email=", (em, "email"),
                   " HTTP/2.0\" 302 0 \"https://shop.clearviewoptical.com/customer/account/forgotpassword/\" \"%s\" rt=0.%03d" % (ua, ri(50, 900)))]
    return [mk("nginx_access", (p.ip, "ip"), " - ", (ascii_fold(p.first).lower() + str(ri(1, 99)), "other_id"), " [", ts_nginx(),
               "] \"GET /portal/documents/rx-card.pdf HTTP/1.1\" 200 %d \"-\" \"%s\" rt=0.%03d" % (ri(20000, 90000), ua, ri(5, 400)))]


def ev_fax_rxv():
    p = Person()
    doc = doctor()
    office = ch(PRESCRIBER_OFFICES)
    lens = ch(LENSES)
    job = ri(1000, 9999)
    fx = office[1]
    body = ["faxgen INFO rendered cover for job %d: \"CONTACT LENS PRESCRIPTION VERIFICATION REQUEST\\nTo: Dr. %s %s, %s  Fax: %s\\nPatient: " % (
        job, doc[0], doc[1], doc[2], fphone((fx[:3], fx[3:6], fx[6:]), "paren")),
        (p.name(ch(["fl", "fml", "LF"])), "name"), "  DOB: ", (fd(p.dob, "us"), "date"), "\\nAddress: ", (p.street, "address"), ", ",
        (p.city, "address"), " %s " % p.state, (p.zip, "zip"),
        "\\nLens: %s OD %s/%s/%s OS %s/%s/%s qty %d boxes\\nIf you do not respond within 8 business hours the prescription is deemed verified (16 CFR 315.5).\\nLensLoop Rx Desk 1-888-555-0134\"" % (
            lens[0], ch(["-2.25", "-3.25", "-4.00"]), lens[2], lens[3], ch(["-2.50", "-3.00", "-4.25"]), lens[2], lens[3], ch([4, 8]))]
    return [mk("faxgen", ts_py(), " ", *body),
            mk("hylafax_xferfaxlog", "%s\tSEND\t%09d\tttyIAX%d\t%d\t\"rxverify\"\t1%s\t\"%s\"\t204\t0:%02d\t0:%02d\t%d\t\"\"\t\"\"\t\"rxv-%d\"\t\"\"\t\"\"" % (
                NOW.strftime("%m/%d/%y %H:%M"), job, ri(0, 3), job, fx, office[0], ri(20, 59), ri(15, 59), ri(1, 2), ri(10000, 99999)))]


def ev_rxv_call():
    p = Person()
    office = ch(PRESCRIBER_OFFICES)
    doc = doctor()
    v = ri(0, 2)
    if v == 0:
        return [mk("rxv_dialer", ts_iso_z(), " rxv-dialer call_id=CA%s to=+1%s prescriber_npi=%s patient=\"" % (hexs(32), office[2], doc[3]),
                   (p.name("lf"), "name"), "\" dob=", (fd(p.dob, "iso"), "date"), " order=%d status=%s duration=%ds dtmf=%s" % (
                       ri(40000, 60000), ch(["completed", "no-answer", "busy", "completed"]), ri(0, 140), ch(["1", "2", "", "9"])))]
    if v == 1 and ri(0, 1):
        p = Person(kind="old", sex="F")
        d = Person(sex="F")
        return [mk("rxv_note", ts_py(), " rxv-desk NOTE (agent %s): pt " % ch(STAFF), (p.name("fl"), "name"), " is ", agep(p),
                   " y/o, daughter ", (d.name("fl"), "name"), " places the orders for her; call daughter at ",
                   (fphone(d.phone, ch(["paren", "dash"])), "phone"), " not the pt's landline")]
    if v == 1:
        seen = past_date(400, 1100)
        return [mk("rxv_note", ts_py(), " rxv-desk NOTE (agent %s): spoke w/ front desk at %s - pt " % (ch(STAFF), office[0]),
                   (p.name(ch(["fl", "fL", "lower"])), "name"), " last seen ", (fd(seen, ch(["us_nz", "us_short"])), "date"),
                   ", Rx expired. Needs new CL exam. Left VM for pt at ", (fphone(p.phone, ch(["dash", "dot", "plain"])), "phone"),
                   " and emailed ", (p.email, "email"))]
    return [mk("rxv_note", ts_py(), " rxv-desk INFO verification result order=%d outcome=%s prescriber=\"Dr. %s %s\" patient_dob_match=%s patient=" % (
        ri(40000, 60000), ch(["VERIFIED", "INVALID_RX", "EXPIRED", "DEEMED_VERIFIED"]), doc[0], doc[1], ch(["true", "false"])),
        (p.name("init"), "name"))]


def ev_sms():
    p = Person(kind=ch(["adult", "adult", "child"]))
    v = ri(0, 4)
    sid = "SM" + hexs(32)
    if v == 4:
        p = Person(kind=ch(["old", "adult"]))
        return [mk("recall_sms", ts_py(), " homemon-adherence INFO sms.send to=", (fphone(p.phone, "e164"), "phone"), " pt=", (p.mrn, "mrn"),
                   " device=", ("FH2-%07d" % ri(1000000, 9999999), "device"), " msg=\"", (p.first, "name"),
                   ", your ForeseeHome monitor has not sent a test in %d days. Please test each eye daily; questions? (360) 734-0100\" sid=%s" % (ri(5, 14), sid))]
    if v == 0:
        last = past_date(360, 700)
        return [mk("recall_sms", ts_py(), " recall-svc INFO sms.send to=", (fphone(p.phone, "e164"), "phone"), " pt=", (p.mrn, "mrn"),
                   " tmpl=RECALL_ANNUAL_EN msg=\"Hi ", (p.first, "name"), ", our records show your last eye exam at Lakeside Eye was in ",
                   (fd(last, "mmyyyy"), "date"), ". Call (360) 734-0100 or reply YES to schedule. Reply STOP to opt out.\" sid=", sid)]
    if v == 1:
        appt = future_date(2, 30)
        return [mk("recall_sms", ts_py(), " recall-svc INFO sms.send to=", (fphone(p.phone, "e164"), "phone"), " pt=", (p.mrn, "mrn"),
                   " tmpl=APPT_REMIND_ES msg=\"Hola ", (p.first, "name"), ", le recordamos su cita de examen de la vista el ",
                   (fd(appt, "es"), "date"), " a las %d:%02d en Lakeside Eye %s. Responda C para confirmar o R para reprogramar.\" sid=" % (ri(8, 16), ch([0, 15, 30, 45]), ch(["Kirkland", "Everett", "Bellingham"])), sid)]
    if v == 2:
        psex = ch("FM")
        parent = Person(sex=psex, last=p.last)
        ksex = ch("FM")
        kid = Person(kind="child", last=p.last, sex=ksex)
        pr = "his" if ksex == "M" else "her"
        head = [ts_iso_z(), " twilio-inbound POST /sms/inbound From=", (fphone(parent.phone, "e164"), "phone"), " To=+13607340100 Body=\""]
        if ri(0, 1):
            body = ["This is ", (parent.first, "name"), ", ", (kid.first, "name"), "'s %s - can we move %s appt to " % ("mom" if psex == "F" else "dad", pr),
                    (fd(future_date(3, 20), "us_nz")[:-5], "date"), "? %s dob is " % pr, (fd(kid.dob, "us_nz"), "date")]
        else:
            body = ["hi its ", (parent.name("fl").lower(), "name"), " calling about ", (kid.name("fl"), "name"),
                    " - the glasses from the ", (fd(past_date(5, 40), "us_nz")[:-5], "date"), " visit broke at school, can we come in?"]
        return [mk("twilio_inbound", *head, *body, "\" MessageSid=", sid)]
    return [mk("twilio_inbound", ts_iso_z(), " twilio-inbound POST /sms/inbound From=", (fphone(p.phone, "e164"), "phone"),
               " To=+13607340100 Body=\"%s\" MessageSid=%s NumMedia=0 -> matched pt=" % (ch(["YES", "C", "Stop", "yes pls call me", "wrong number?"]), sid),
               (p.mrn, "mrn"))]


def ev_hl7_orm():
    p = Person(kind=ch(["adult", "old", "adult"]))
    doc = doctor()
    msg = "MSG%08d" % ri(1, 10 ** 7)
    order = "ORD%06d" % ri(1, 999999)
    visit = "V%08d" % ri(10 ** 7, 10 ** 8 - 1)
    when = NOW.replace(second=0) + dt.timedelta(minutes=ri(5, 120))
    whens = when.strftime("%Y%m%d%H%M%S")
    f = "hl7_orm"
    pid3 = [(p.mrn, "mrn"), "^^^LEA^MR"]
    if ri(0, 1):
        pid3 += ["~", (p.mcd, "health_plan"), "^^^WAMCD^MA"]
    elif p.age >= 65:
        pid3 += ["~", (p.mbi.replace("-", ""), "health_plan"), "^^^CMS^MC"]
    cpt = ch([("92134", "OCT RETINA"), ("92133", "OCT OPTIC NERVE"), ("92250", "FUNDUS PHOTOGRAPHY"), ("92083", "VISUAL FIELD EXTENDED")])
    return [mk(f, ts_py(), " mwl-broker INFO received ORM^O01 control=%s from NEXTECH" % msg),
            mk(f, "MSH|^~\\&|NEXTECH|LAKESIDE|MWLBROKER|LAKESIDE|%s||ORM^O01|%s|P|2.3" % (ts_hl7(), msg)),
            mk(f, "PID|1||", pid3, "||", (p.name(ch(["dicom", "dicom_m"])), "name"), "||", (fd(p.dob, "compact"), "date"),
               "|", p.sex, "|||", (p.street.upper(), "address"), "^^", (p.city.upper(), "address"), "^", p.state, "^", (p.zip, "zip"),
               "^USA||", (fphone(p.phone, ch(["paren_ns", "dash"])), "phone"), "|||", ch(["M", "S", "W"]), "||", ("LEA" + p.acct, "account")),
            mk(f, "PV1|1|O|%s^EXAM%d^^LAKESIDE||||%s^%s^%s^^^%s|||||||||||" % (ch(CLINICS), ri(1, 6), doc[3], doc[1].upper(), doc[0].upper(), doc[2]), (visit, "other_id")),
            mk(f, "ORC|NW|%s|||SC||^^^" % order, (whens, "date")),
            mk(f, "OBR|1|%s||%s^%s^CPT||||" % (order, cpt[0], cpt[1]), (whens, "date"), "||||||||%s^%s^%s" % (doc[3], doc[1].upper(), doc[0].upper()))]


def ev_ehr_note():
    p = Person(kind=ch(["old", "old", "senior"]), sex="F")
    doc = doctor()
    rel = Person(last=p.last, sex="F")
    v = ri(0, 2)
    enc = "E%07d" % ri(10 ** 6, 10 ** 7 - 1)
    if v == 0:
        inj = past_date(25, 45)
        agetxt = "%d" % p.age
        t = ri(0, 2)
        pre = [ts_py(), " EHR-AUDIT user=dr.%s action=NOTE_SIGN pt=" % doc[1].lower(), (p.mrn, "mrn"), " enc=", (enc, "other_id"), " text=\""]
        if t == 0:
            body = [(agetxt, "age" if p.age > 89 else None), " y/o F here w/ daughter ", (rel.first, "name"),
                    ". c/o blurry VA OS x3wk. Hx wet AMD OS, last Eylea inj ", (fd(inj, "us_short"), "date"),
                    ". VA cc 20/30 OD 20/200 OS. Plan: OCT mac OU, inj OS today, RTC 4 wk.\""]
        elif t == 1:
            body = ["CC: f/u POAG OU. ", (agetxt, "age" if p.age > 89 else None), "yo female, lives alone, dtr ", (rel.name("fl"), "name"),
                    " manages gtts. IOP 19/22 on latanoprost qhs. HVF 24-2 stable vs ", (fd(past_date(150, 400), "us"), "date"),
                    ". Cont current tx, RTC 4 mo w/ OCT RNFL.\""]
        else:
            body = ["Pt (", (agetxt, "age" if p.age > 89 else None), "F) seen for pre-op eval CE/IOL OS, surgery scheduled ",
                    (fd(future_date(7, 40), "mon"), "date"), ". A-scan/IOLMaster done, target -0.25. Dtr ", (rel.first, "name"),
                    " to accompany, consent signed.\""]
        return [mk("ehr_audit_note", *pre, *body)]
    if v == 1:
        p2 = Person()
        slot = future_date(3, 30)
        return [mk("appt_svc", ts_py(), " appt-svc WARN double-booked slot ", (fd(slot, "iso") + " %02d:%02d" % (ri(8, 16), ch([0, 15, 30, 45])), "date"),
                   " %s/EXAM%d: " % (ch(CLINICS), ri(1, 6)), (p.name("lf"), "name"), " (", (p.mrn, "mrn"), ") and ",
                   (p2.name("lf"), "name"), " (", (p2.mrn, "mrn"), ")")]
    surg = past_date(1, 3000)
    kin = ch(["son", "daughter", "husband", "grandson", "niece"])
    rel = Person(last=p.last if kin != "niece" else ch(LAST), sex="F" if kin in ("daughter", "niece") else "M")
    proc = ch(["CE/IOL OD", "CE/IOL OS", "SLT OU", "YAG cap OS", "pterygium excision OD"])
    tail = ch([". %s will drive; pt lives at " % kin.capitalize(), " - %s asks if pt can stay w/ them at " % kin, "; transport arranged, pickup from "])
    return [mk("ehr_audit_note", ts_py(), " EHR-AUDIT user=%s action=PHONE_MSG pt=" % ch(STAFF), (p.mrn, "mrn"),
               " text=\"Called pt's %s " % kin, (rel.name(ch(["fl", "f", "fl"])), "name"), " (cell ", (fphone(rel.phone, ch(["dash", "dot", "paren"])), "phone"),
               ") re: post-op check. Pt had %s on " % proc, (fd(surg, ch(["us", "mon", "us_short"])), "date"), tail,
               (p.street, "address"), ", ", (p.city, "address"), ".\"")]


def ev_home_monitor():
    p = Person(kind=ch(["old", "adult", "old"]))
    v = ri(0, 1)
    if v == 0:
        serial = "FH2-%07d" % ri(1000000, 9999999)
        obj = {"event": "alert.created", "alertId": "AL-2024-%05d" % ri(1, 99999),
               "patient": {"name": P(p.name("fl"), "name"), "dob": P(fd(p.dob, "iso"), "date"), "practicePatientId": P(p.mrn, "mrn")},
               "device": {"model": "ForeseeHome FH2", "serial": P(serial, "device"), "fw": "4.%d.%d" % (ri(0, 9), ri(0, 20))},
               "patientAge": P(p.age, "age" if p.age > 89 else None), "eye": ch(["OD", "OS"]), "type": "VA_CHANGE", "baselineDate": P(fd(past_date(100, 700), "iso"), "date"), "testsLast7d": ri(2, 14)}
        return [mk("homemon_webhook", ts_iso_z(), " homemon-recv INFO ", js(obj))]
    serial = "HM2-%04d-%02d%s" % (ri(1000, 9999), ri(10, 24), ch("ABCDEFG"))
    return [mk("homemon_loaner", ts_py(), " equip-loan INFO checkout iCare HOME2 SN ", (serial, "device"), " -> pt ", (p.name("lf"), "name"),
               " (", (p.mrn, "mrn"), "), return at follow-up appt ", (fd(future_date(7, 21), "us"), "date"), " by %s" % ch(STAFF))]


def ev_kiosk():
    p = Person()
    p.dlno()
    k = "kiosk-%s-%02d" % (ch(CLINICS).lower(), ri(1, 4))
    v = ri(0, 2)
    if v == 0:
        return [mk("kiosk_checkin", ts_iso_z(), " %s checkin session=%s pt_match=" % (k, uuid4()), (p.mrn, "mrn"), " method=DL_SCAN dl_state=",
                   p.state, " dl_no=", (p.dl, "license"), " name=\"", (p.name("LF"), "name"), "\" dob=", (fd(p.dob, "compact"), "date"),
                   " addr=\"", (p.street.upper(), "address"), ", ", (p.city.upper(), "address"), " ", p.state, " ", (p.zip + "-" + p.zip4, "zip"), "\"")]
    if v == 1:
        b = jpeg_b64(ri(90, 150))
        return [mk("kiosk_checkin", ts_iso_z(), " %s photo.capture pt=" % k, (p.mrn, "mrn"), " fmt=jpeg w=480 h=640 bytes=%d b64=" % ri(30000, 70000),
                   (b, "photo"), "...(truncated)")]
    tmpl = base64.b64encode(bytes(ri(0, 255) for _ in range(48))).decode()
    return [mk("kiosk_checkin", ts_iso_z(), " %s iris.verify pt=" % k, (p.mrn, "mrn"), " template_v=2 iriscode=", (tmpl, "biometric"),
               " hd=0.%d result=%s" % (ri(18, 40), ch(["MATCH", "MATCH", "NO_MATCH"])))]


def ev_tryon():
    p = Person()
    marks = "[" + ",".join("%.4f" % R.uniform(-1, 1) for _ in range(ri(10, 16))) + "]"
    obj = {"evt": "vto.session.saved", "session": uuid4(), "shopper": {"customer_id": P(int(p.shop_id), "other_id"), "email": P(p.email, "email")},
           "frame_sku": "%s-%s" % (ch(FRAMES)[1].split()[0], ch(FRAMES)[2]), "pd_mm": round(R.uniform(56, 70), 1),
           "face_landmarks": P(marks, "biometric", raw=True), "selfie_b64": P(jpeg_b64(ri(60, 110)), "photo")}
    return [mk("vto_events", ts_iso_z(), " vto-api INFO ", js(obj))]


def ev_vehicle():
    p = Person()
    v = ri(0, 1)
    if v == 0:
        acc = past_date(10, 60)
        inj = ch(["corneal abrasion OD from airbag", "hyphema OS, seen in ED first", "orbital contusion, f/u for diplopia",
                  "glass FB OD removed at slit lamp"])
        if ri(0, 1):
            return [mk("billing_note", ts_py(), " billing-svc NOTE acct=", (p.acct, "account"), " by %s: \"Auto PIP claim filed w/ carrier for " % ch(STAFF),
                       (p.name(ch(["fl", "lf"])), "name"), "; MVA ", (fd(acc, ch(["us_nz", "iso"])), "date"),
                       " - %s. Insured vehicle VIN " % inj, (vin(), "vehicle"), ", plate ", (plate(p.state), "vehicle"),
                       " (%s). Claim# %d-%d\"" % (p.state, ri(10, 99), ri(10 ** 6, 10 ** 7 - 1)))]
        return [mk("billing_note", ts_py(), " billing-svc WARN acct=", (p.acct, "account"), " PIP carrier rejected: VIN mismatch. on file=",
                   (vin(), "vehicle"), " carrier=%s; pt " % ch(["Progressive", "Geico", "State Farm", "PEMCO"]), (p.name("LF"), "name"),
                   " DOL ", (fd(acc, "compact"), "date"), ", resubmit w/ police report")]
    return [mk("curbside", ts_py(), " store%s curbside INFO order 1000%05d ready; cust " % (ch(STORES), ri(10000, 99999)), (p.name("fL"), "name"),
               " arriving in %s %s plate " % (ch(["silver", "white", "black", "blue"]), ch(["Subaru Outback", "Toyota RAV4", "Honda Civic", "Ford F-150", "Tesla Model 3"])),
               (plate(p.state), "vehicle"), ", cell ", (fphone(p.phone, ch(["dash", "plain"])), "phone"))]


def ev_release():
    p = Person()
    v = ri(0, 1)
    if v == 0:
        fx = (p.phone[0], "%03d" % ri(201, 989), "%04d" % ri(0, 9999))
        return [mk("him_queue", ts_py(), " him-queue INFO ROI request ROI-2024-%04d from pt " % ri(1, 9999), (p.name("fml"), "name"), " DOB ",
                   (fd(p.dob, "us"), "date"), ": send records to home fax ", (fphone(fx, ch(["paren", "dash", "one"])), "fax"),
                   " attn self; copy by email to ", (p.email, "email"))]
    handle = ascii_fold(p.first).lower() + "." + ascii_fold(p.last).lower().replace("-", "")[:8] + str(ri(1, 99))
    site = ch(["https://www.instagram.com/%s/" % handle, "https://www.tiktok.com/@%s" % handle, "https://%s.substack.com" % handle.replace(".", "")])
    return [mk("feedback_svc", ts_iso_z(), " feedback-svc INFO new review store=%s rating=%d by=" % (ch(STORES), ri(1, 5)), (handle, "other_id"),
               " profile=", (site, "url"), " text=\"%s\"" % ch(["frames took 3 weeks, staff was nice though", "lenses were wrong power, had to remake",
                                                               "Dr was great, checkout line slow", "love my new progressives!"]))]


def ev_audit_csv():
    f = "ehr_audit_csv"
    out = []
    if ri(0, 1):
        out.append(mk(f, "event_time,user_id,action,object_type,patient_mrn,patient_name,src_ip,workstation"))
    for _ in range(ri(2, 3)):
        tick(1, 8)
        p = Person()
        out.append(mk(f, ts_iso_z(), ",%s,%s,%s," % (ch(STAFF + ["dr.raman", "dr.feld"]), ch(["VIEW", "PRINT", "EXPORT", "EDIT"]), ch(["PATIENT_CHART", "IMAGING", "RX", "BILLING"])),
                      (p.mrn, "mrn"), ",\"", (p.name("lf"), "name"), "\",10.20.%d.%d,%s-WS-%02d" % (ri(1, 9), ri(2, 250), ch(CLINICS), ri(1, 30))))
    return out


def ev_x12_short_837_patient_only():
    # a single segment from an error message of the EDI validator
    p = Person()
    return [mk("edi_validator", ts_py(), " edi-gw ERROR 999 reject: segment NM1*IL*1*", (p.last.upper(), "name"), "*",
               (p.first.upper(), "name"), "****MI*", (p.vsp, "health_plan"), "~ element NM109 failed payer check (IK4*9*67*7)")]


PHI_EVENTS = [(ev_oct_patient, 5), (ev_heyex_de, 3), (ev_topcon, 3), (ev_dicom, 1), (ev_hfa, 1), (ev_vw_xml_oneline, 3),
              (ev_vw_xml_pretty, 1), (ev_oma, 1), (ev_x12_837, 1), (ev_x12_271, 1), (ev_elig_vsp, 4), (ev_elig_eyemed, 3),
              (ev_claims_pipe, 1), (ev_pos_sale, 6), (ev_shopify_order, 3), (ev_recharge, 3), (ev_magento, 6),
              (ev_nginx_patient, 4), (ev_fax_rxv, 3), (ev_rxv_call, 5), (ev_sms, 7), (ev_hl7_orm, 1), (ev_ehr_note, 5),
              (ev_home_monitor, 4), (ev_kiosk, 4), (ev_tryon, 2), (ev_vehicle, 3), (ev_release, 5), (ev_audit_csv, 2),
              (ev_x12_short_837_patient_only, 2)]
# multi-line artefacts are capped so that they do not dominate the file
CAPS = {ev_dicom: 2, ev_hfa: 2, ev_vw_xml_pretty: 1, ev_oma: 2, ev_x12_837: 2, ev_x12_271: 2, ev_claims_pipe: 3,
        ev_hl7_orm: 3, ev_audit_csv: 2, ev_shopify_order: 5}


# ============================================================================= noise events
def n_cirrus():
    return [mk("cirrus_log", ts_py(), ch([
        " INFO  [AcqService] Optic Disc Cube 200x200 %s acquired, SS=%d/10, t=%.2fs, device=CZMI 5000-6213 fw 11.5.2.54532" % (ch(["OD", "OS"]), ri(5, 10), R.uniform(1.5, 3.2)),
        " INFO  [Calibration] daily reference arm check passed (delta=%.1f um, lamp hours=%d)" % (R.uniform(0.1, 2), ri(1000, 9000)),
        " WARN  [Storage] /data/cirrus free space %.1f%% (%.1f GiB) below threshold 15%%" % (R.uniform(8, 14.9), R.uniform(30, 90)),
        " DEBUG [Forum] heartbeat ok rtt=%dms session=%s" % (ri(5, 200), hexs(16)),
        " ERROR [Scanner] galvo X position error 0x%04X; re-homing (attempt %d)" % (ri(0, 65535), ri(1, 3)),
        " INFO  [ExportQueue] queue depth=%d oldest=%ds exported_today=%d" % (ri(0, 40), ri(0, 900), ri(10, 300)),
        " INFO  [Service] CZM Review Service 11.5.2 started on port 8443 (pid %d)" % ri(1000, 30000)]))]


def n_heyex():
    return [mk("heyex_de", ts_de(), ch([" [HEYEX2] Info: Datenbank-Sicherung abgeschlossen in %d s (%.1f GB)" % (ri(60, 900), R.uniform(20, 400)),
                                        " [HEYEX2] Warnung: Kamera-Temperatur %.1f °C über Sollwert" % R.uniform(36, 45),
                                        " [HEYEX2] Info: Untersuchung gestartet: IR+OCT 20°x20°, ART %d, Gerät SPX-1734" % ri(9, 100),
                                        " [HEYEX2] Fehler: Verbindung zu DICOM-Knoten FORUM (10.20.1.15:104) verweigert"]))]


def n_topcon():
    return [mk("topcon_log", "[", ts_topcon(), ch(["][INF][Capture] Fundus color 45deg %s captured, flash=%d, file=IMG_%06d.jpg" % (ch(["OD", "OS"]), ri(1, 5), ri(1, 99999)),
                                                  "][INF][AutoFocus] diopter comp %+.1fD, pupil %.1fmm" % (R.uniform(-8, 8), R.uniform(2.5, 7)),
                                                  "][ERR][IMAGEnet6] license check failed: server 10.20.1.22:9001 unreachable, grace period %d days left" % ri(1, 30),
                                                  "][INF][DBSync] sync completed: %d records, %d images, %.1f s" % (ri(0, 50), ri(0, 200), R.uniform(0.2, 30))]))]


def n_dicom():
    f = "dcmtk_storescu"
    if ri(0, 1):
        return [mk(f, "I: Requesting Association"), mk(f, "I: Association Accepted (Max Send PDV: 16372)"),
                mk(f, "I: Sending Echo Request (MsgID 1)"), mk(f, "I: Received Echo Response (Success)"), mk(f, "I: Releasing Association")]
    return [mk(f, "E: Association Request Failed: 0006:0317 Peer aborted Association (or never connected)"),
            mk(f, "E: 0006:031c TCP Initialization Error: Connection refused (FORUM_ARCH @ 10.20.1.15:104)")]


def n_hfa():
    return [mk("hfa_device", "%s HFA3 860-%05d %s" % (NOW.strftime("%m/%d/%Y %H:%M:%S"), ri(10000, 19999), ch([
        "bowl calibration OK, background 31.5 asb, stimulus III",
        "FORUM sync: %d exams queued, %d sent" % (ri(0, 10), ri(0, 10)),
        "Printer 'HP LaserJet M404' offline; job %d held" % ri(100, 999),
        "SITA database v%d.%d loaded" % (ri(1, 3), ri(0, 9)),
        "gaze tracker camera init %dms" % ri(100, 900)])))]


def n_vw():
    return [mk("visionweb_xml", ts_iso_z(), " vwgw[%d]: " % ri(1000, 9999), ch([
        "INFO poll /orders/status since=%s -> 200 (%d orders, %dms)" % (utc().strftime("%Y-%m-%dT%H:%M:00Z"), ri(0, 40), ri(80, 1500)),
        "WARN lab CASCADE(10443) returned <Error Code=\"E214\">Frame tracing missing</Error> for PO CV%s-%06d" % (ch(STORES), ri(100000, 999999)),
        "INFO order PO=CV%s-%06d state SURFACING -> COATING" % (ch(STORES), ri(100000, 999999)),
        "ERROR SOAP fault: <faultstring>Invalid credentials for account 10443</faultstring> (retry in 60s)"]))]


def n_oma():
    f = "oma_dcs"
    if ri(0, 2) == 0:
        return [mk(f, ts_py(), " lms-bridge INFO tracer upload from store %s: %d points, FMFR=%s" % (ch(STORES), ch([400, 1000]), ch(["SAF", "LUX", "MAR"]))),
                mk(f, "REQ=TRC"), mk(f, "JOB=%d" % ri(100000, 999999)), mk(f, "TRCFMT=1;400;U;R;F"), mk(f, "FCRV=%.2f" % R.uniform(2, 6))]
    return [mk(f, ts_py(), " lms-bridge INFO STATUS JOB=%d STAGE=%s LOC=%s" % (ri(100000, 999999), ch(["SURFACING", "AR_COAT", "EDGING", "QC", "SHIPPED"]), ch(["CASCADE-BLI", "CASCADE-PDX"])))]


def n_x12():
    f = "x12_ack"
    return [mk(f, ts_py(), " edi-gw INFO 999 received for ST %04d" % ri(1, 9999)),
            mk(f, "AK1*HC*%d*005010X222A1~" % ri(1, 9999)), mk(f, "AK2*837*%04d~" % ri(1, 9999)), mk(f, "IK5*A~"), mk(f, "AK9*A*1*1*1~")]


def n_elig():
    return [mk("elig_json_log", js({"ts": ts_iso_z(), "level": ch(["warn", "info", "error"]), "logger": "elig.%s" % ch(["vsp", "eyemed", "davis"]),
                                    "msg": ch(["upstream latency high", "token refreshed", "rate limited by payer, backing off", "circuit half-open"]),
                                    "p95Ms": ri(200, 6000), "requestId": uuid4(), "traceId": hexs(32), "spanId": hexs(16)}))]


def n_prom():
    return [mk("prometheus", ch(["elig_proxy_request_duration_seconds_bucket{payer=\"vsp\",le=\"0.5\"} %d" % ri(100, 9000),
                                 "shop_webhook_events_total{topic=\"orders/create\",status=\"ok\"} %d" % ri(1000, 90000),
                                 "pos_transactions_total{store=\"%s\",type=\"SALE\"} %d" % (ch(STORES), ri(10, 900)),
                                 "hylafax_jobs_in_queue{modem=\"ttyIAX%d\"} %d" % (ri(0, 3), ri(0, 12)),
                                 "process_resident_memory_bytes{job=\"mwl-broker\"} %d" % ri(10 ** 8, 10 ** 9)]))]


def n_pos():
    return [mk("pos_log", "%s POS%s T%d " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), ch(STORES), ri(1, 4)), ch([
        "INFO drawer opened reason=NO_SALE clerk=%s" % ch(STAFF),
        "INFO EOD batch closed: %d txns, net %d.%02d, VSP %d.00, EYEMED %d.00" % (ri(20, 90), ri(2000, 12000), ri(0, 99), ri(500, 4000), ri(100, 2000)),
        "WARN receipt printer paper low (TM-T88VI sn X5K%07d)" % ri(10 ** 6, 10 ** 7 - 1),
        "INFO txn=%d type=SALE items=1 subtotal=%d.00 tender=CASH clerk=%s" % (ri(10 ** 7, 10 ** 8 - 1), ri(10, 60), ch(STAFF)),
        "ERROR pinpad Ingenico Lane/3000 sn %d disconnected, reconnecting" % ri(10 ** 8, 10 ** 9)]))]


def n_frames():
    f = "frame_inventory_csv"
    out = []
    if ri(0, 1):
        out.append(mk(f, "sku,upc,brand,model,color_code,color_name,eye,bridge,temple,qty_on_hand,cost,retail,store"))
    for _ in range(ri(2, 4)):
        fr = ch(FRAMES)
        cost = R.uniform(20, 180)
        out.append(mk(f, "%s-%s-%d,%012d,%s,%s,%s,%s,%d,%d,%d,%d,%.2f,%.2f,%s" % (
            fr[1].split()[0], fr[2], fr[4], ri(10 ** 11, 10 ** 12 - 1), fr[0], fr[1], fr[2], fr[3], fr[4], fr[5], fr[6], ri(0, 9), cost, cost * 2.5, ch(STORES))))
    return out


def n_shopify():
    return [mk("shopify_webhook", "[", ts_iso_z(), "] ", ch([
        "info: webhook received topic=products/update shop=lensloop.myshopify.com webhook_id=%s api_version=2024-04 hmac=ok" % uuid4(),
        "info: webhook received topic=inventory_levels/update inventory_item_id=%d location_id=%d available=%d" % (ri(4 * 10 ** 13, 5 * 10 ** 13), ri(6 * 10 ** 10, 7 * 10 ** 10), ri(0, 900)),
        "warn: webhook rejected: HMAC mismatch (X-Shopify-Hmac-Sha256=%s)" % base64.b64encode(bytes(ri(0, 255) for _ in range(32))).decode(),
        "error: Admin API 429 Too Many Requests, retry-after=2.0 bucket=40/40",
        "info: fulfillment created order_id=%d tracking=1Z%s carrier=UPS" % (ri(5500000000000, 5599999999999), "".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)))]))]


def n_magento():
    f = "magento_monolog"
    return [mk(f, ts_monolog(), ch([" main.INFO: Cron Job indexer_reindex_all_invalid is run [] []",
                                    " main.ERROR: Could not acquire lock for cron group: index [] []",
                                    " main.DEBUG: cache_invalidate: {\"method\":\"POST\",\"url\":\"http://shop.clearviewoptical.com/rest/V1/products\",\"invalidateInfo\":{\"tags\":[\"cat_p_%d\"],\"mode\":\"matchingTag\"}} []" % ri(1000, 9999),
                                    " main.CRITICAL: Broken reference: the 'header.panel' element cannot be added as child to 'header-wrapper', because the latter doesn't exist [] []",
                                    " main.INFO: Consumer \"product_action_attribute.update\" skipped as required connection \"amqp\" is not configured. [] []"]))]


def n_fpm():
    return [mk("php_fpm", ts_fpm(), ch([" WARNING: [pool www] server reached pm.max_children setting (50), consider raising it",
                                        " NOTICE: [pool www] child %d exited with code 0 after %.6f seconds from start" % (ri(1000, 40000), R.uniform(100, 9000)),
                                        " WARNING: [pool www] child %d said into stderr: \"PHP Deprecated:  Optional parameter $storeId declared before required parameter in /var/www/html/app/code/CV/Rx/Model/Validator.php on line %d\"" % (ri(1000, 40000), ri(20, 400)),
                                        " PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in /var/www/html/vendor/magento/framework/Data/Collection.php on line %d" % (ri(4096, 10 ** 6), ri(100, 900))]))]


def n_fax():
    office = ch(PRESCRIBER_OFFICES)
    return [mk("hylafax_xferfaxlog", "%s\t%s\t%09d\tttyIAX%d\t%d\t\"rxverify\"\t1%s\t\"%s\"\t204\t0:%02d\t0:%02d\t%d\t\"%s\"\t\"\"\t\"rxv-%d\"\t\"\"\t\"\"" % (
        NOW.strftime("%m/%d/%y %H:%M"), ch(["SEND", "SEND", "RECV"]), ri(1000, 9999), ri(0, 3), ri(1000, 9999), office[1], office[0], ri(20, 59), ri(15, 59), ri(1, 3),
        ch(["", "", "No carrier detected", "Busy signal detected"]), ri(10000, 99999)))]


def n_sms():
    return [mk("recall_sms", ts_py(), " recall-svc INFO ", ch(["sms.status sid=SM%s status=%s err=%s price=-0.0079" % (hexs(32), ch(["delivered", "sent", "undelivered"]), ch(["null", "30003", "30005"])),
                                                           "batch RECALL_ANNUAL_EN done: queued=%d sent=%d skipped_optout=%d" % (ri(100, 900), ri(90, 900), ri(0, 30)),
                                                           "quiet hours active (21:00-08:00 America/Los_Angeles), deferring %d messages" % ri(1, 90)]))]


def n_hl7():
    f = "hl7_ack"
    msg = "MSG%08d" % ri(1, 10 ** 7)
    if ri(0, 1):
        return [mk(f, "MSH|^~\\&|MWLBROKER|LAKESIDE|NEXTECH|LAKESIDE|%s||ACK^O01|%s|P|2.3" % (ts_hl7(), "ACK" + msg[3:])), mk(f, "MSA|AA|%s" % msg)]
    return [mk("mirth_log", " INFO %s [Channel Dispatcher Thread on MWL_IN (%s)] com.mirth.connect.donkey.server.channel.Channel: Message %d processed in %dms" % (
        ts_py(), uuid4(), ri(10000, 99999), ri(3, 400)))]


def n_java():
    f = "mirth_log"
    return [mk(f, "ERROR %s [TCP Sender Thread on MWL_OUT] com.mirth.connect.connectors.tcp.TcpDispatcher: Error sending message (TCP Sender \"To Worklist\" on channel %s)." % (ts_py(), uuid4())),
            mk(f, "java.net.SocketTimeoutException: Read timed out"),
            mk(f, "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
            mk(f, "\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:%d)" % ri(300, 600)),
            mk(f, "\t... %d more" % ri(5, 30))]


def n_nginx():
    return [mk("nginx_access", ch([
        "10.20.3.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001" % (ri(2, 250), ts_nginx()),
        "10.20.3.%d - - [%s] \"GET /static/version1715%06d/frontend/CV/default/en_US/css/styles-m.css HTTP/1.1\" 304 0 \"-\" \"ELB-HealthChecker/2.0\" rt=0.000" % (ri(2, 250), ts_nginx(), ri(0, 999999)),
        "66.249.66.%d - - [%s] \"GET /frames/ray-ban-clubmaster-rx5154 HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.%03d" % (ri(1, 200), ts_nginx(), ri(20000, 90000), ri(20, 900)),
        "10.20.3.%d - - [%s] \"POST /webhooks/shopify/orders-create HTTP/1.1\" 200 17 \"-\" \"Shopify-Captain-Hook\" rt=0.%03d" % (ri(2, 250), ts_nginx(), ri(20, 400))]))]


def n_infra():
    opts = [
        "%s cv-app-0%d systemd[1]: Started Daily apt download activities." % (ts_sys(), ri(1, 4)),
        "%s cv-k8s-n%d kubelet[912]: I0513 %s.%06d 912 prober.go:107] \"Probe succeeded\" probeType=\"Readiness\" pod=\"lensloop/webhook-worker-6c9f7d5d8b-%s\"" % (ts_sys(), ri(1, 6), NOW.strftime("%H:%M:%S"), ri(0, 999999), "".join(ch("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))),
        "%s.%03d UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (utc().strftime("%Y-%m-%d %H:%M:%S"), ri(0, 999), ri(1000, 9000), ri(100, 9000), R.uniform(0.1, 20), ri(0, 5), R.uniform(1, 200)),
        "%s.%03d UTC [%d] ERROR:  duplicate key value violates unique constraint \"frame_sku_store_uq\"" % (utc().strftime("%Y-%m-%d %H:%M:%S"), ri(0, 999), ri(1000, 9000)),
        "1:M %s.%03d * Background saving terminated with success" % (utc().strftime("%d %b %Y %H:%M:%S"), ri(0, 999)),
        "certbot: Certificate for shop.clearviewoptical.com renewed; expires 2024-08-11 (serial %s)" % hexs(36),
        "ci: deploy lensloop-web build #%d sha=%s version=3.%d.%d by ci-bot (duration %dm%02ds)" % (ri(4000, 5000), hexs(7), ri(10, 20), ri(0, 9), ri(1, 9), ri(0, 59)),
        "%s cv-app-0%d CRON[%d]: (root) CMD (/opt/cv/bin/frame_sync.sh --store all >> /var/log/frame_sync.log 2>&1)" % (ts_sys(), ri(1, 4), ri(10000, 40000))]
    fams = ["syslog", "kubelet", "postgres", "postgres", "redis", "certbot", "ci", "syslog"]
    i = ri(0, len(opts) - 1)
    return [mk(fams[i], opts[i])]


def n_staff():
    return [mk("ops_notice", ts_py(), " ops INFO ", ch([
        "on-call: escalate lab interface issues to Cascade Optical Lab support, Jenna Whitcomb, 360-676-0142, jwhitcomb@cascadeopticallab.com",
        "Kirkland clinic front desk line (425) 555-0160 forwarding to Everett until 13:00 per Dr. Feld",
        "VSP provider services 800-615-1883 reports portal maintenance window 22:00-02:00 PT",
        "rx desk shift lead today: %s (ext %d)" % (ch(STAFF), ri(200, 299)),
        "new optometrist Dr. Trevor Lindahl, OD (NPI 1215983307) added to Bellingham schedule template"]))]


def n_rxv():
    return [mk("rxv_dialer", ts_iso_z(), " rxv-dialer ", ch(["INFO queue depth=%d active_calls=%d trunk=sip:rxv@10.20.5.10" % (ri(0, 80), ri(0, 12)),
                                                          "WARN call_id=CA%s to=+1%s status=busy attempt=%d/3" % (hexs(32), ch(PRESCRIBER_OFFICES)[2], ri(1, 3)),
                                                          "INFO business-hours calendar loaded for %d prescriber offices" % ri(900, 4000)]))]


NOISE_EVENTS = [(n_cirrus, 5), (n_heyex, 2), (n_topcon, 3), (n_dicom, 2), (n_hfa, 3), (n_vw, 4), (n_oma, 3), (n_x12, 1), (n_elig, 4),
                (n_prom, 3), (n_pos, 5), (n_frames, 3), (n_shopify, 5), (n_magento, 4), (n_fpm, 3), (n_fax, 3), (n_sms, 3), (n_hl7, 3),
                (n_java, 1), (n_nginx, 6), (n_infra, 7), (n_staff, 2), (n_rxv, 3)]
CAPS.update({n_java: 2, n_x12: 2, n_dicom: 3, n_frames: 4, n_oma: 5})


USED = {}


def pick(pool):
    pool = [(fn, w) for fn, w in pool if USED.get(fn, 0) < CAPS.get(fn, 10 ** 6)]
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for fn, w in pool:
        x -= w
        if x <= 0:
            break
    USED[fn] = USED.get(fn, 0) + 1
    return fn


def main():
    lines = []
    while len(lines) < N_LINES:
        tick()
        noise = sum(1 for l in lines if not l.spans)
        frac = noise / len(lines) if lines else 1.0
        pool = NOISE_EVENTS if frac < NOISE_TARGET else PHI_EVENTS
        ev = None
        for _ in range(40):
            cand = pick(pool)()
            if len(lines) + len(cand) <= N_LINES:
                ev = cand
                break
        if ev is None:
            ev = n_infra()
        lines += ev

    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        t = ln.text()
        assert t and "\n" not in t and "\r" not in t, (i, t)
        b = t.encode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(ln.spans):
            assert s >= prev, ("overlap", i)
            assert b[s:e].decode("utf-8") == val, (i, val)
            assert val.strip() == val and val, (i, val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(t)
        out_lab.append(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab))


if __name__ == "__main__":
    main()
