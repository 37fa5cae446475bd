#!/usr/bin/env python3
"""gen_jh.py -- synthetic, labeled log corpus for a PHI detector.

Theme: "Lumiere Skin & Laser", a medical-spa / dermatology laser clinic chain
(Scottsdale, Austin, Denver, San Diego, Nashville, Montreal).  Mixed log stream
of the chain's systems: Express/morgan + pino + winston (booking-api, sms-svc,
financing-svc, stripe webhooks), Boulevard-like webhooks and GraphQL calls,
Vagaro-like API sync, laser device syslog / key=value / CSV treatment exports,
before/after photo capture metadata, intake & consent JSON (JSON and Python
repr) and pdftotext output of consent PDFs, CareCredit-like financing XML/JSON,
Stripe-like membership billing, gift card pipe exports, Twilio-like SMS
reminders and replies, Django / gunicorn / celery / postgres / nginx / heroku
router logs, HL7 v2 (SIU/ADT) to the dermatology EHR via Mirth, and ordinary
infrastructure noise.  Everything is synthetic.  Standard library only,
deterministic (fixed seed).  Writes jh.log and jh.labels.jsonl next to itself.

Labeling decisions:
- People labeled: patients/clients, guests booked by a client, relatives and
  emergency contacts, financing applicants and co-applicants, gift card
  purchasers and recipients, membership holders, portal users, and anyone who
  texts the clinic about their own care.
- Not labeled: clinicians and staff doing their work (providers, laser
  operators, front desk) including their names, usernames, e-mails and
  licence numbers; clinic locations (addresses, phones, fax, e-mail); vendors,
  payers and their addresses; serial numbers of clinic equipment (lasers,
  cameras, iPads); public test values (Stripe 4242 4242 4242 4242, tok_visa);
  private/internal IPs, kube-probe, uptime bots and scanners.
- name: every written form of a person's name (full, "Last, First" as one
  span, initials + last name as one span, first name alone e.g. SMS greeting,
  preferred names).  HL7 XPN components (LAST^FIRST^MIDDLE) are separate spans.
  Titles (Mr/Ms/Dr) are outside the span.
- address: street line (with unit) is one span, city is a separate span,
  state is not labeled; zip/postal code (ZIP, ZIP+4, Canadian postal code)
  is labeled zip.
- date: birth dates, appointment/service/treatment dates and times (the whole
  value when date and time are one value, e.g. ISO datetime, HL7 TS, "Thu 3/14
  at 2:30 PM" in SMS), consent-signing dates, photo capture dates (EXIF and
  dates inside patient photo keys / file names).  Not labeled: log and record
  timestamps, availability-search dates, invoice/payment/period dates, gift
  card dates, card expiry, build and certificate dates, year alone.
- age: only ages over 89; younger ages are left unlabeled.
- phone / fax: the person's numbers in any written form (E.164, punctuated,
  URL-encoded); in HL7 XTN the area code and local number components are
  two spans.  Clinic, referral-office and Twilio sender numbers are not.
- ssn: full SSNs and SSN last-four values.
- account: financing account numbers, card PANs of a client, Stripe-like
  customer IDs (cus_...), membership numbers, gift card numbers tied to a
  named client.  Card last4 / brand / expiry, and transaction objects
  (invoice in_, charge ch_, payment intent pi_, subscription sub_, payment
  method pm_) are not labeled.
- mrn: chart numbers (LSL-nnnnnnn) and EHR MRNs, also inside file names,
  storage keys and URL paths.
- health_plan: insurance member/subscriber IDs and RAMQ health card numbers;
  group numbers and payer IDs are not labeled.
- license: a client's driver's licence / ID card number.
- vehicle: a client's licence plate (garage parking validation).
- device: a client's implanted device serial, mobile-app device ID / push
  token of the client's phone.
- url: a client's personal social profile / web URLs.
- ip: public IPs of people using client-facing flows (booking widget, portal,
  e-sign, app), even on lines with no other PHI; e-sign audit IPs.
- biometric: face embedding / landmark templates and drawn e-signature images.
- photo: base64 face images (before/after thumbnails).
- other_id: booking-platform client/customer IDs (urn:blvd:Client:..., Vagaro
  customerId), portal usernames, financing application IDs, adverse-event
  case numbers, personal referral codes.  Appointment, visit, booking,
  invoice, message, session, request and trace IDs are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import urllib.parse
import uuid

SEED = 2103
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "jh"
N_LINES = 500

# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------


class P:
    """a PHI value for the structured serializers"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """a string made of parts: str or (str, cat)"""

    def __init__(self, *parts):
        self.parts = [(p, None) if isinstance(p, str) else p for p in parts]


class Line:
    def __init__(self, family):
        self.family = family
        self.segs = []

    def t(self, s):
        self.segs.append((str(s), None))
        return self

    def p(self, s, cat):
        self.segs.append((str(s), cat))
        return self

    def add(self, segs):
        self.segs.extend(segs)
        return self

    def finish(self):
        text = "".join(s for s, _ in self.segs)
        assert "\n" not in text and "\r" not in text, text
        assert text.strip(), "empty line"
        spans = []
        pos = 0
        b = text.encode("utf-8")
        for s, c in self.segs:
            n = len(s.encode("utf-8"))
            if c is not None and n > 0:
                assert b[pos:pos + n].decode("utf-8") == s
                spans.append({"s": pos, "e": pos + n, "cat": c, "_v": s})
            pos += n
        assert pos == len(b)
        return text, spans


def esc_json(segs):
    return [(json.dumps(s, ensure_ascii=False)[1:-1], c) for s, c in segs]


def esc_url(segs):
    return [(urllib.parse.quote_plus(s, safe=""), c) for s, c in segs]


def _str_segs(parts, style, ea=False):
    if style == "json":
        return [('"', None)] + [(json.dumps(t, ensure_ascii=ea)[1:-1], c) for t, c in parts] + [('"', None)]
    full = "".join(t for t, _ in parts)
    q = '"' if ("'" in full and '"' not in full) else "'"
    out = [(q, None)]
    for t, c in parts:
        e = t.replace("\\", "\\\\").replace("\n", "\\n")
        if q == "'":
            e = e.replace("'", "\\'")
        out.append((e, c))
    out.append((q, None))
    return out


def ser(obj, style="json", compact=True, ea=False):
    """serialize to segments; style json|py"""
    sep, kv = ((",", ":") if compact else (", ", ": "))
    if style == "py":
        sep, kv = ", ", ": "
    out = []

    def rec(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(_str_segs([(o.v, o.cat)], style, ea))
            else:
                out.append((json.dumps(o.v) if style == "json" else repr(o.v), o.cat))
        elif isinstance(o, M):
            out.extend(_str_segs(o.parts, style, ea))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep, None))
                out.extend(_str_segs([(k, None)], style, ea))
                out.append((kv, None))
                rec(v)
            out.append(("}", None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep, None))
                rec(v)
            out.append(("]", None))
        elif isinstance(o, str):
            out.extend(_str_segs([(o, None)], style, ea))
        elif o is None:
            out.append(("null" if style == "json" else "None", None))
        elif isinstance(o, bool):
            out.append(((("true" if o else "false") if style == "json" else repr(o)), None))
        else:
            out.append((json.dumps(o) if style == "json" else repr(o), None))

    rec(obj)
    return out


# --------------------------------------------------------------------------
# clock and formats
# --------------------------------------------------------------------------
UTC = dt.timezone.utc


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 12, 13, 2, 7, 118000, tzinfo=UTC)

    def tick(self, lo=0.05, hi=7.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def djt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def pgt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def syslog_t(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_complete(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))


# --------------------------------------------------------------------------
# world: locations, staff, devices
# --------------------------------------------------------------------------
LOCS = [
    dict(key="scottsdale", name="Scottsdale - Camelback", tz=-7, area=["480", "602", "623"], st="AZ",
         cities=[("Scottsdale", "8525"), ("Phoenix", "8501"), ("Tempe", "8528"), ("Chandler", "8522"), ("Mesa", "8520")],
         biz="7014 E Camelback Rd Ste 1420, Scottsdale, AZ 85251", phone="(480) 555-0100", code="SCD"),
    dict(key="austin", name="Austin - South Congress", tz=-5, area=["512", "737"], st="TX",
         cities=[("Austin", "7870"), ("Round Rock", "7866"), ("Pflugerville", "7866"), ("Cedar Park", "7861")],
         biz="1600 S Congress Ave Ste 300, Austin, TX 78704", phone="(512) 555-0120", code="ATX"),
    dict(key="denver", name="Denver - Cherry Creek", tz=-6, area=["303", "720"], st="CO",
         cities=[("Denver", "8020"), ("Aurora", "8001"), ("Lakewood", "8022"), ("Englewood", "8011")],
         biz="250 Steele St Ste 110, Denver, CO 80206", phone="(303) 555-0142", code="DEN"),
    dict(key="sandiego", name="San Diego - Hillcrest", tz=-7, area=["619", "858", "760"], st="CA",
         cities=[("San Diego", "9210"), ("La Jolla", "9203"), ("Chula Vista", "9191"), ("Coronado", "9211")],
         biz="3900 Fifth Ave Ste 210, San Diego, CA 92103", phone="(619) 555-0137", code="SAN"),
    dict(key="nashville", name="Nashville - The Gulch", tz=-5, area=["615", "629"], st="TN",
         cities=[("Nashville", "3720"), ("Franklin", "3706"), ("Brentwood", "3702"), ("Hendersonville", "3707")],
         biz="1100 Demonbreun St Ste 140, Nashville, TN 37203", phone="(615) 555-0133", code="BNA"),
    dict(key="montreal", name="Montréal - Plateau", tz=-4, area=["514", "438"], st="QC",
         cities=[("Montréal", "H2T"), ("Laval", "H7N"), ("Longueuil", "J4K"), ("Westmount", "H3Z")],
         biz="4200 boul. Saint-Laurent, bureau 510, Montréal, QC H2W 2R2", phone="(514) 555-0144", code="YUL"),
]
STAFF = [
    ("Hannah Whitcombe", "MD", "hwhitcombe"), ("Marisol Ortega", "NP", "mortega"),
    ("Kim Alvarez", "RN", "kalvarez"), ("Jordan Pike", "LE", "jpike"),
    ("Rafael Quintero-Baez", "MD", "rquintero"), ("Tasha Greenwood", "PA-C", "tgreenwood"),
    ("Élodie Marchand", "inf.", "emarchand"), ("Brandon Oyelowo", "RN", "boyelowo"),
    ("Sun-Hee Cho", "LE", "scho"),
]
DEVICES = [
    ("gentlemax", "Candela GentleMax Pro", "GMP-", "755nm"),
    ("excelv", "Cutera excel V+", "XVP", "532nm"),
    ("m22", "Lumenis M22", "M22-", "IPL 560nm"),
    ("halo", "Sciton Joule HALO", "SJX", "1470/2940nm"),
    ("picosure", "Cynosure PicoSure Pro", "PSP", "755nm"),
    ("morpheus8", "InMode Morpheus8", "IM8-", "RF"),
    ("fraxel", "Solta Fraxel DUAL", "FXD", "1550/1927nm"),
]
DEV_SN = {d[0]: d[2] + "%04d-%05d" % (R.randint(1000, 9999), R.randint(0, 99999)) for d in DEVICES}
SERVICES = [
    ("Laser Hair Removal - Underarm", 20), ("Laser Hair Removal - Full Legs", 60),
    ("Laser Hair Removal - Bikini", 30), ("BBL Photofacial", 45), ("HALO Hybrid Fractional", 90),
    ("Botox - Forehead & 11s", 30), ("Dysport", 30), ("Juvederm Lips", 45),
    ("HydraFacial Deluxe", 60), ("Morpheus8 Face + Neck", 90), ("PicoSure Tattoo Removal - Small", 20),
    ("Vascular Laser - Face", 30), ("Full Body Skin Check", 30), ("Chemical Peel - VI Peel", 45),
    ("Sculptra Consult", 30), ("Clear + Brilliant", 30),
]

FIRST = ["Priya", "Anjali", "Mei-Ling", "Olusegun", "Chloé", "Zoë", "Mateo", "Sofía", "Aaliyah",
         "Svetlana", "Björn", "Thanh", "Hyun-woo", "Fatima", "Yusuf", "Keiko", "Ngozi", "Dmitri",
         "Isabella", "Lucía", "Declan", "Siobhán", "Tariq", "Leilani", "Ana Paula", "Mary-Kate",
         "José", "Marguerite", "Rahul", "Bao", "Esperanza", "Ingrid", "Kwame", "Amara", "Tomasz",
         "Eleni", "Rosalind", "Jean-Luc", "Dolores", "Winifred", "Kiana", "Camille", "Hana",
         "Gabriel", "Brittany", "Tyler", "Jennifer", "Kayla", "Michael", "Destiny", "Nadia",
         "Aurélie", "Maëlle", "Huong", "Shira", "Oksana", "Beatriz", "Lakshmi", "Connor", "Imani"]
LAST = ["Raghunathan", "van der Berg", "de la Cruz", "O'Brien", "McAllister", "Nguyen", "Okafor",
        "Al-Sayed", "Fernández", "Kowalczyk", "Tanaka", "Singh", "Dubois", "Rossi", "Haddad",
        "Papadopoulos", "Whitfield", "St. Clair", "Le", "Abara-Jones", "Bjørnsen", "Castillo-Ramírez",
        "Kim", "Cohen", "Delacroix", "Ivanova", "Mensah", "Yamamoto", "D'Angelo", "von Stein",
        "Ferreira", "Johansson", "Petrov", "Ochoa", "Adeyemi", "MacLeod", "Nakamura", "Schwartz",
        "Villanueva", "García Márquez", "Horvath", "Lindqvist", "Oyelaran", "Park", "Reyes",
        "Sullivan", "Tran", "Zielinski", "Brennan-Hale", "Mahmoud", "Tremblay", "Gagnon",
        "Bélanger", "Ruiz", "Wojcik", "Achterberg", "Kapoor", "Ibarra", "Lefebvre", "Chukwu"]
STREETS = ["Camelback", "Indian School", "Shea", "Ray", "Mill", "Oak Hill", "Barton Springs",
           "Riverside", "Colfax", "Alameda", "Josephine", "University", "Adams", "Robinson",
           "Belmont", "Music Row", "Granny White", "Saint-Denis", "Rachel", "Laurier", "Elm",
           "Juniper", "Mesquite", "Cottonwood", "Magnolia", "Harbor", "Sunset Cliffs", "Del Mar"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Way", "Ct", "Pkwy", "Cir", "Pl"]
MALE = {"Olusegun", "Mateo", "Björn", "Hyun-woo", "Yusuf", "Dmitri", "Declan", "Tariq", "José", "Rahul",
        "Kwame", "Tomasz", "Jean-Luc", "Gabriel", "Tyler", "Michael", "Connor", "Bao", "Thanh"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "me.com",
             "protonmail.com", "aol.com", "comcast.net", "videotron.ca", "sympatico.ca", "att.net"]


def ascii_fold(s):
    tbl = str.maketrans("éèêëáàâäíìîïóòôöúùûüñçøåÉÓÁÍØÖÜß", "eeeeaaaaiiiioooouuuuncoaEOAIOOUs")
    return s.translate(tbl)


def slug(s):
    return "".join(ch for ch in ascii_fold(s).lower() if ch.isalnum())


def public_ip():
    while True:
        a = R.choice([24, 47, 50, 63, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107,
                      108, 142, 162, 172, 173, 174, 184, 206, 207, 216])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def public_ipv6():
    return "2600:1700:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0x10, 0xffff), R.randint(0x10, 0xfff))


def fake_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


class Person:
    _used = set()

    def __init__(self, loc=None, old=False, sex=None):
        while True:
            self.first = R.choice(FIRST)
            self.last = R.choice(LAST)
            if (self.first, self.last) not in Person._used:
                Person._used.add((self.first, self.last))
                break
        self.middle = R.choice(["A", "M", "J", "L", "R", "E", "", "", ""])
        self.sex = "M" if self.first in MALE else "F"
        self.loc = loc or R.choice(LOCS)
        if old:
            self.dob = dt.date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = dt.date(R.randint(1958, 2004), R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (3, 12) else 0)
        city, zp = R.choice(self.loc["cities"])
        self.city = city
        if self.loc["st"] == "QC":
            self.zip = "%s %d%s%d" % (zp, R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9))
            self.street = "%d, rue %s" % (R.randint(100, 9999), R.choice(["Saint-Denis", "Rachel Est", "Fullum", "de Bullion", "Laurier Ouest", "Sherbrooke Est"]))
            if R.random() < 0.4:
                self.street += ", app. %d" % R.randint(1, 12)
        else:
            self.zip = zp + str(R.randint(0, 9))
            self.street = "%d %s%s %s" % (R.randint(100, 19999), R.choice(["", "", "N ", "E ", "W ", "S "]),
                                          R.choice(STREETS), R.choice(SUFFIX))
            if R.random() < 0.35:
                self.street += R.choice([" Apt %d%s" % (R.randint(1, 40), R.choice("ABCD")), " #%d" % R.randint(100, 3999), " Unit %d" % R.randint(1, 300)])
        self.st = self.loc["st"]
        area = R.choice(self.loc["area"])
        if R.random() < 0.35:
            self.ph = (area, "555", "01%02d" % R.randint(50, 99))  # 0100-0149 are clinic lines
        else:
            self.ph = (area, "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
        f, l = slug(self.first), slug(self.last)
        self.email = R.choice([f + "." + l, f + l + str(R.randint(1, 99)), f[0] + l, f + "_" + l[:4] + str(self.dob.year % 100),
                               l + "." + f, f + str(self.dob.year)]) + "@" + R.choice(EMAIL_DOM)
        self.mrn = "LSL-%07d" % R.randint(1000000, 4999999)
        self.blvd = "urn:blvd:Client:" + ruuid()
        self.vagaro = str(R.randint(30000000, 59999999))
        self.cus = "cus_" + alnum(14)
        self.ip = public_ip() if R.random() < 0.85 else public_ipv6()
        self.ssn = fake_ssn()
        self.ig = R.choice([f + "." + l[:5], f + "glows", l + "_" + f[:3], f + "_skin_diaries", f + l[:1] + "_" + str(R.randint(1, 99))])
        self.member = "MBR-%07d" % R.randint(10000, 999999)
        self.username = R.choice([f + "." + l, f + str(self.dob.year % 100), f[0] + l + str(R.randint(1, 9))])
        st = self.st
        if st == "AZ":
            self.dl = R.choice("ABDY") + "%08d" % R.randint(0, 99999999)
        elif st == "TX":
            self.dl = "%08d" % R.randint(10000000, 49999999)
        elif st == "CO":
            self.dl = "%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999))
        elif st == "CA":
            self.dl = R.choice("ABCDEFGY") + "%07d" % R.randint(0, 9999999)
        elif st == "TN":
            self.dl = "%09d" % R.randint(100000000, 199999999)
        else:
            self.dl = "%s%04d-%06d-%02d" % (ascii_fold(self.last)[0].upper(), R.randint(1000, 9999), R.randint(100000, 999999), R.randint(1, 99))

    # phone formats
    def phone(self, style=None):
        a, b, c = self.ph
        style = style or R.choice(["paren", "dash", "e164", "dot", "raw", "spaced", "paren"])
        return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
                "dot": "%s.%s.%s" % (a, b, c), "raw": "%s%s%s" % (a, b, c), "spaced": "+1 %s %s %s" % (a, b, c),
                "one": "1-%s-%s-%s" % (a, b, c)}[style]

    def name(self, style=None):
        style = style or R.choice(["fl", "fl", "lf", "LF", "il", "FL", "low"])
        f, l = self.first, self.last
        return {"fl": f + " " + l, "lf": l + ", " + f, "LF": (l + ", " + f).upper(), "il": f[0] + ". " + l,
                "FL": (f + " " + l).upper(), "low": (f + " " + l).lower(), "fml": f + " " + (self.middle + ". " if self.middle else "") + l}[style]

    def dob_s(self, style=None):
        d = self.dob
        style = style or R.choice(["iso", "us", "us", "long", "dmy", "hl7", "short"])
        return fmt_date(d, style)


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": "%02d/%02d/%04d" % (d.month, d.day, d.year),
            "usn": "%d/%d/%04d" % (d.month, d.day, d.year), "short": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            "long": d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), "dmy": "%02d.%02d.%04d" % (d.day, d.month, d.year),
            "hl7": d.strftime("%Y%m%d"), "dmon": d.strftime("%d-%b-%Y"), "fr": "%02d/%02d/%04d" % (d.day, d.month, d.year)}[style]


def appt_dt(p):
    """future appointment local datetime for person"""
    day = dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(0, 24))
    hh = R.randint(8, 18)
    mm = R.choice([0, 15, 30, 45])
    return dt.datetime(day.year, day.month, day.day, hh, mm), p.loc["tz"]


def iso_local(d, tz, ms=False):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "") + "%+03d:00" % tz


def ampm(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


PEOPLE = [Person() for _ in range(70)]
OLD = [Person(old=True) for _ in range(3)]
for _o in OLD:
    _o.rel = Person(loc=_o.loc)
_o = None
OLD_REASONS = [("Dr. Lionel Ashby, Desert Family Medicine", "(480) 555-0119", "new pigmented lesion L cheek, r/o LM"),
               ("Dr. Priscilla Nakashima, Hillcrest Internal Medicine", "619-555-0148", "annual FBSE, hx BCC nose 2019 s/p Mohs"),
               ("Carlos Betancourt PA-C, Sunrise Primary Care", "615.555.0107", "scaly plaques dorsal hands, AKs vs SCCis")]
_OLDI = [0, 0]


def someone():
    return R.choice(PEOPLE)


def staff():
    return R.choice(STAFF)


def jpeg_b64(n=180):
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def png_b64(n=120):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def vec_b64(n=96):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


OUT = []  # list of Line
CAM_SN = [str(R.randint(100000000000, 999999999999)) for _ in range(4)]


def emit(line):
    OUT.append(line)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
    "LumiereApp/3.14.2 (com.lumiereskin.app; build:3142; iOS 17.3.1) Alamofire/5.8.1",
]


def f_morgan():
    t = CLK.tick()
    L = Line("morgan")
    r = R.random()
    if r < 0.30:
        L.t("::ffff:10.0.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.27\"" % (R.randint(0, 9), R.randint(2, 250), clf(t), R.choice([15, 16])))
    elif r < 0.40:
        L.t("%s - - [%s] \"GET /api/v2/locations HTTP/1.1\" 200 %d \"-\" \"Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)\"" % (R.choice(["178.255.152.2", "185.180.12.65", "94.75.211.73"]), clf(t), R.randint(2000, 2600)))
    elif r < 0.47:
        L.t("::ffff:10.0.%d.%d - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 304 - \"https://book.lumiereskin.com/\" \"%s\"" % (R.randint(0, 9), R.randint(2, 250), clf(t), hexs(8), R.choice(UAS[:4])))
    else:
        p = someone()
        kind = R.random()
        L.p(p.ip, "ip").t(" - - [%s] " % clf(t))
        if kind < 0.3:
            L.t("\"GET /api/v2/clients/lookup?email=").add(esc_url([(p.email, "email")])).t("&location=%s HTTP/1.1\" 200 %d" % (p.loc["key"], R.randint(300, 900)))
        elif kind < 0.45:
            L.t("\"GET /api/v2/clients/lookup?phone=").add(esc_url([(p.phone("e164"), "phone")])).t(" HTTP/1.1\" 404 %d" % R.randint(40, 80))
        elif kind < 0.7:
            L.t("\"POST /api/v2/bookings HTTP/1.1\" %d %d" % (R.choice([201, 201, 409, 422]), R.randint(200, 1400)))
        elif kind < 0.85:
            d = dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(1, 20))
            L.t("\"GET /api/v2/availability?location=%s&service=svc_%s&date=%s HTTP/1.1\" 200 %d" % (p.loc["key"], hexs(6), d.isoformat(), R.randint(800, 4000)))
        else:
            L.t("\"GET /portal/charts/").p(p.mrn, "mrn").t("/photos?view=before HTTP/1.1\" 200 %d" % R.randint(4000, 90000))
        L.t(" \"https://book.lumiereskin.com/%s\" \"%s\"" % (p.loc["key"], R.choice(UAS)))
    emit(L)


def pino_base(t, host, lvl=30):
    return {"level": lvl, "time": epoch_ms(t), "pid": R.choice([1, 19, 23]), "hostname": host}


def f_pino():
    t = CLK.tick()
    host = "booking-api-6f7c9d8b7-" + alnum(5, "bcdfghjklmnpqrstvwxz2456789")
    r = R.random()
    L = Line("pino-json")
    if r < 0.30:
        o = pino_base(t, host)
        o.update({"reqId": "req-" + alnum(4), "res": {"statusCode": R.choice([200, 200, 204, 304])}, "responseTime": round(R.uniform(1, 240), 3), "msg": "request completed"})
        L.add(ser(o))
    elif r < 0.42:
        o = pino_base(t, host)
        o.update({"msg": "availability cache", "hit": R.random() < 0.8, "key": "avail:%s:%s" % (R.choice(LOCS)["key"], hexs(12)), "ttl": 300})
        L.add(ser(o))
    elif r < 0.50:
        o = pino_base(t, host, 40)
        o.update({"msg": "boulevard rate limit approaching", "remaining": R.randint(3, 40), "resetInMs": R.randint(1000, 60000), "endpoint": "https://dashboard.boulevard.io/api/2020-01/admin"})
        L.add(ser(o))
    elif r < 0.56:
        o = pino_base(t, host)
        o.update({"msg": "sync cycle finished", "location": R.choice(LOCS)["key"], "appointments": R.randint(20, 180), "upserts": R.randint(0, 30), "durationMs": R.randint(400, 9000)})
        L.add(ser(o))
    elif r < 0.70:
        p = someone()
        o = pino_base(t, host, 40)
        o.update({"reqId": "req-" + alnum(4), "msg": "client phone failed E.164 normalization", "clientId": P(p.blvd, "other_id"), "raw": P(p.phone(R.choice(["paren", "dot", "raw"])), "phone"), "fallback": "email"})
        L.add(ser(o))
    elif r < 0.82:
        p = someone()
        d, tz = appt_dt(p)
        o = pino_base(t, host)
        o.update({"reqId": "req-" + alnum(4), "msg": "booking confirmed", "appointmentId": "urn:blvd:Appointment:" + ruuid(),
                  "client": {"id": P(p.blvd, "other_id"), "name": P(p.name("fl"), "name")}, "startAt": P(iso_local(d, tz), "date"),
                  "service": R.choice(SERVICES)[0], "staff": staff()[0]})
        L.add(ser(o))
    elif r < 0.90:
        p = someone()
        o = pino_base(t, host, 50)
        o.update({"reqId": "req-" + alnum(4), "err": {"type": "GraphQLError", "message": "Client with email already exists", "stack": "GraphQLError: Client with email already exists\n    at BoulevardClient.request (/app/src/blvd/client.js:88:13)"},
                  "input": {"email": P(p.email, "email"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name")}, "msg": "createClient failed"})
        L.add(ser(o))
    elif r < 0.94:
        p = someone()
        o = pino_base(t, "mobile-bff-" + alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
        o.update({"msg": "progress photo received", "userId": P(p.username, "other_id"), "chart": P(p.mrn, "mrn"), "week": R.randint(1, 12),
                  "image": P("data:image/jpeg;base64," + jpeg_b64(R.randint(120, 200)), "photo"), "truncated": True})
        L.add(ser(o))
    else:
        p = someone()
        o = pino_base(t, "mobile-bff-" + alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
        o.update({"msg": "push token registered", "userId": P(p.username, "other_id"), "platform": "ios", "deviceId": P(ruuid().upper(), "device"),
                  "pushToken": P("ExponentPushToken[" + alnum(22) + "]", "device"), "appVersion": "3.14.2"})
        L.add(ser(o))
    emit(L)


def winston(t, svc, lvl, msg, **kw):
    o = {"level": lvl, "message": msg}
    o.update(kw)
    o["service"] = svc
    o["timestamp"] = iso_z(t)
    return o


def f_blvd_webhook():
    t = CLK.tick()
    p = someone()
    d, tz = appt_dt(p)
    svc, mins = R.choice(SERVICES)
    end = d + dt.timedelta(minutes=mins)
    ev = R.choice(["appointment.created", "appointment.updated", "appointment.cancelled", "client.updated"])
    L = Line("blvd-webhook")
    if ev == "client.updated":
        node = {"id": P(p.blvd, "other_id"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                "email": P(p.email, "email"), "mobilePhone": P(p.phone("e164"), "phone"),
                "dob": P(p.dob.isoformat(), "date"), "pronoun": None, "marketingOptIn": R.random() < 0.5,
                "tags": [{"name": R.choice(["VIP", "Glow Club", "Accutane - hold lasers", "Prefers Spanish"])}]}
        if R.random() < 0.6:
            node["customFields"] = [{"key": "social_profile", "value": P(R.choice(["https://www.instagram.com/%s/" % p.ig, "https://www.tiktok.com/@%s" % p.ig, "https://linktr.ee/%s" % p.ig]), "url")}]
    else:
        node = {"id": "urn:blvd:Appointment:" + ruuid(), "locationId": "urn:blvd:Location:" + ruuid(), "state": {"appointment.cancelled": "CANCELLED"}.get(ev, "BOOKED"),
                "startAt": P(iso_local(d, tz), "date"), "endAt": P(iso_local(end, tz), "date"),
                "client": {"id": P(p.blvd, "other_id"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "email": P(p.email, "email"), "mobilePhone": P(p.phone("e164"), "phone")},
                "appointmentServices": [{"serviceId": "urn:blvd:Service:" + ruuid(), "staffId": "urn:blvd:Staff:" + ruuid(), "name": svc, "duration": mins}]}
        if R.random() < 0.4:
            node["notes"] = M("Client says ", (p.first, "name"), " is on doxycycline until %s - confirm before laser" % R.choice(["3/20", "end of month", "next week"]))
    payload = {"webhookId": "urn:blvd:Webhook:" + ruuid(), "event": ev, "businessId": "urn:blvd:Business:8c2f0a3e-0d61-4b8e-9b3a-72c1c9f0e4d1", "data": {"node": node}}
    L.t("%s info booking-api [webhook:blvd] verified hmac sha256=%s body=" % (iso_z(t), hexs(16))).add(ser(payload))
    emit(L)


def f_blvd_noise():
    t = CLK.tick()
    L = Line("blvd-webhook")
    r = R.random()
    if r < 0.4:
        L.t("%s info booking-api [webhook:blvd] received event=%s id=urn:blvd:Webhook:%s delivery=%d latency_ms=%d" % (iso_z(t), R.choice(["appointment.created", "appointment.updated", "appointment.completed", "order.completed"]), ruuid(), R.randint(1, 3), R.randint(20, 900)))
    elif r < 0.7:
        L.t("%s warn booking-api [webhook:blvd] signature mismatch, dropping delivery id=urn:blvd:Webhook:%s x-blvd-signature=t=%d,v1=%s" % (iso_z(t), ruuid(), int(t.timestamp()), hexs(64)))
    else:
        L.t("%s debug booking-api [blvd-graphql] query=\"query Appointments($locationId: ID!, $first: Int) { appointments(locationId: $locationId, first: $first) { edges { node { id startAt state } } } }\" vars={\"locationId\":\"urn:blvd:Location:%s\",\"first\":100} cost=%d" % (iso_z(t), ruuid(), R.randint(40, 250)))
    emit(L)


def f_blvd_graphql():
    t = CLK.tick()
    p = someone()
    L = Line("blvd-graphql")
    L.t("%s debug booking-api [blvd-graphql] mutation=updateClient vars=" % iso_z(t))
    v = {"input": {"id": P(p.blvd, "other_id"), "mobilePhone": P(p.phone("e164"), "phone"), "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.st, "zip": P(p.zip, "zip"), "country": "CA" if p.st == "QC" else "US"}}}
    L.add(ser(v)).t(" status=200 durationMs=%d" % R.randint(80, 700))
    emit(L)


def f_vagaro():
    t = CLK.tick()
    L = Line("vagaro-api")
    r = R.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.45:
        L.t("%s [vagaro-sync] GET https://api.vagaro.com/us02/api/v2/merchants/appointments?businessId=%s&startDate=%s&pageSize=100 -> 200 (%dms, %d rows)" % (ts, R.choice(["d8KqW2rT0z", "Vb3nHs91Lp"]), t.date().isoformat(), R.randint(120, 1900), R.randint(0, 100)))
    elif r < 0.55:
        L.t("%s [vagaro-sync] token refresh ok expires_in=3600 scope=appointments.read customers.read" % ts)
    else:
        p = someone()
        d, tz = appt_dt(p)
        L.t("%s [vagaro-sync] upsert customer customerId=" % ts).p(p.vagaro, "other_id").t(" name=\"").p(p.name(R.choice(["lf", "fl", "LF"])), "name").t("\" cell=").p(p.phone(R.choice(["raw", "dash"])), "phone")
        L.t(" appt=").p("%02d/%02d/%04d %s" % (d.month, d.day, d.year, ampm(d)), "date").t(" service=\"%s\" provider=\"%s\"" % (R.choice(SERVICES)[0], staff()[0]))
    emit(L)


LASER_HOSTS = {"gentlemax": "scd-lsr-01", "excelv": "atx-lsr-02", "m22": "den-ipl-01", "halo": "san-lsr-04", "picosure": "bna-lsr-02", "morpheus8": "scd-rf-01", "fraxel": "yul-lsr-01"}


def f_laser_syslog():
    t = CLK.tick()
    dk, dname, _, wl = R.choice(DEVICES)
    host = LASER_HOSTS[dk]
    sn = DEV_SN[dk]
    L = Line("laser-syslog")
    L.t("%s %s %s[%d]: " % (syslog_t(t), host, dk, R.randint(800, 4000)))
    r = R.random()
    s = staff()
    if r < 0.14:
        L.t("SELFTEST PASS sn=%s fw=%s lamp_hours=%d interlock=CLOSED" % (sn, R.choice(["4.2.1", "4.2.3", "2.11.0"]), R.randint(200, 9000)))
    elif r < 0.26:
        L.t("CALIBRATION energy=%.1fJ/cm2 target=%.1f tol=10%% result=OK hp=%s" % (R.uniform(9, 21), 20.0, R.choice(["12mm", "15mm", "18mm"])))
    elif r < 0.36:
        L.t("DCD canister level %d%% (replace below 15%%) cryogen=R134a" % R.randint(8, 98))
    elif r < 0.44:
        L.t("WARN handpiece temp %.1fC above 38.0C, cooling pause %ds" % (R.uniform(38, 42), R.randint(5, 40)))
    elif r < 0.52:
        L.t("USER LOGIN operator=%s role=%s station=%s" % (s[2], s[1], host))
    elif r < 0.60:
        L.t("PULSE_SUMMARY sid=%s-%s wl=%s spot=%dmm fluence=%dJ/cm2 pw=%sms pulses=%d total_energy=%.1fkJ" % (dk[:3].upper(), hexs(6), wl, R.choice([3, 6, 10, 12, 15, 18]), R.randint(8, 40), R.choice(["3", "1.5", "10", "0.75"]), R.randint(40, 1400), R.uniform(0.2, 80)))
    else:
        p = someone()
        L.t("SESSION %s sid=%s-%s operator=%s patient=" % (R.choice(["START", "END"]), dk[:3].upper(), hexs(6), s[2])).p(p.mrn, "mrn")
        if R.random() < 0.5:
            L.t(" name=\"").p(p.name(R.choice(["LF", "lf"])), "name").t("\"")
        L.t(" fitz=%s tx=\"%s\"" % (R.choice(["I", "II", "III", "IV", "V", "VI"]), R.choice(["LHR axilla", "LHR legs", "PIH face", "telangiectasia", "tattoo L forearm", "resurfacing full face"])))
    emit(L)


def f_laser_kv():
    t = CLK.tick()
    dk, dname, _, wl = R.choice(DEVICES)
    L = Line("laser-kv")
    s = staff()
    L.t("ts=%s device=%s sn=%s site=%s " % (iso_z(t), dk, DEV_SN[dk], LASER_HOSTS[dk][:3].upper()))
    if R.random() < 0.45:
        L.t("event=heartbeat uptime_s=%d fw=%s temp_c=%.1f errors=0" % (R.randint(1000, 900000), R.choice(["4.2.1", "1.9.7", "5.0.2"]), R.uniform(24, 36)))
    else:
        p = someone()
        L.t("event=treatment_end patient_chart=").p(p.mrn, "mrn").t(" tx=\"%s\" pulses=%d laser=%s spot=%dmm fluence=%.1f pw=%dms operator=\"%s %s\"" % (
            R.choice(["vascular face", "LHR bikini", "BBL forever young", "pigment chest", "melasma test spot"]), R.randint(30, 900), wl, R.choice([3, 5, 7, 10, 15]), R.uniform(5, 40), R.choice([3, 10, 15, 20, 30]), s[0].split()[0][0] + ". " + s[0].split()[-1], s[1]))
    emit(L)


def f_laser_csv():
    """a CSV export: header + rows"""
    rows = R.randint(3, 5)
    CLK.tick()
    L = Line("laser-csv")
    L.t("SessionID,Date,Start,End,Handpiece,Wavelength(nm),Spot(mm),Fluence(J/cm2),PulseWidth(ms),Pulses,Operator,PatientID,SkinType")
    emit(L)
    for _ in range(rows):
        L = Line("laser-csv")
        d = dt.date(2024, 3, R.randint(4, 11))
        hh, mm = R.randint(8, 17), R.randint(0, 59)
        sid = "GM%06d" % R.randint(0, 999999)
        s = staff()
        if R.random() < 0.3:
            L.t("%s,%s,%02d:%02d,%02d:%02d,18mm,755,18,20,3,5,%s,TESTFIRE," % (sid, d.isoformat(), hh, mm, hh, mm + (1 if mm < 59 else 0), s[2]))
        else:
            p = someone()
            L.t(sid + ",").p(d.isoformat(), "date").t(",%02d:%02d,%02d:%02d,%s,%s,%d,%d,%s,%d,%s," % (hh, mm, min(hh + 1, 19), mm, R.choice(["12mm", "15mm", "18mm", "8mm"]), R.choice(["755", "1064"]), R.choice([12, 15, 18]), R.randint(10, 40), R.choice(["3", "10", "20"]), R.randint(60, 1500), s[2]))
            L.p(p.mrn, "mrn").t("," + R.choice(["I", "II", "III", "IV", "V", "VI"]))
        emit(L)


def f_photo():
    t = CLK.tick()
    L = Line("photo-meta")
    r = R.random()
    pref = "[%s] %s photos.%s: " % (djt(t), "INFO", R.choice(["tasks", "views", "storage"]))
    if r < 0.25:
        L.t(pref + "thumbnail queue drained processed=%d avg_ms=%d bucket=lumiere-photos-prod region=us-west-2" % (R.randint(1, 60), R.randint(80, 900)))
    elif r < 0.33:
        L.t(pref + "camera registered station=%s model=\"Canon EOS R50\" body_serial=%d lens=\"RF-S18-45mm\" ipad=\"iPad Air (5th gen)\" ipad_serial=DMPX%s" % (R.choice(LOCS)["code"] + "-PH%d" % R.randint(1, 3), R.randint(100000000000, 999999999999), alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
    elif r < 0.55:
        p = someone()
        d = dt.date(2024, 3, 12)
        view = R.choice(["front", "left_45", "right_45", "left_90", "right_90"])
        L.t(pref + "upload complete key=patients/").p(p.mrn, "mrn").t("/").p(d.isoformat(), "date").t("/%s/%s_%02d.jpg bytes=%d sha256=%s exif=" % (R.choice(["before", "after", "followup"]), view, R.randint(1, 4), R.randint(900000, 4000000), hexs(64)))
        L.add(ser({"Make": "Canon", "Model": "Canon EOS R50", "BodySerialNumber": R.choice(CAM_SN), "DateTimeOriginal": P(d.strftime("%Y:%m:%d ") + t.strftime("%H:%M:%S"), "date"), "ISOSpeedRatings": 200, "FNumber": 8.0}, compact=False))
    elif r < 0.80:
        p = someone()
        L.t(pref + "capture ").add(ser({"event": "capture", "patient": {"chart": P(p.mrn, "mrn"), "name": P(p.name(R.choice(["fl", "lf"])), "name")}, "view": R.choice(["front", "left_45", "right_45"]), "lighting": R.choice(["standard", "cross-polarized", "UV"]),
                                        "thumb": P("data:image/jpeg;base64," + jpeg_b64(R.randint(150, 260)), "photo")}))
    elif r < 0.88:
        p = someone()
        net = R.choice(["https://www.instagram.com/%s/" % p.ig, "https://www.tiktok.com/@%s" % p.ig, "instagram.com/%s" % p.ig])
        L.t(pref + "marketing consent granted chart=").p(p.mrn, "mrn").t(" scope=social,website tag_client=true profile=").p(net, "url").t(" signed_by=\"").p(p.name("fl"), "name").t("\" witness=%s" % staff()[2])
    else:
        p = someone()
        L.t("[%s] INFO align.embed: stored face template chart=" % djt(t)).p(p.mrn, "mrn").t(" dim=128 model=facenet-q8 vec=").p("b64:" + vec_b64(96), "biometric").t(" ms=%d" % R.randint(40, 300))
    emit(L)


def f_intake():
    t = CLK.tick()
    p = someone()
    L = Line("intake-py")
    if p.st == "QC" and R.random() < 0.8:
        L.family = "intake-json-fr"
        d = {"formulaire": "consentement_laser_v3", "nom": P(p.last, "name"), "prénom": P(p.first, "name"), "date_de_naissance": P(p.dob_s("iso"), "date"),
             "courriel": P(p.email, "email"), "téléphone": P(p.phone(R.choice(["spaced", "dash"])), "phone"), "adresse": P(p.street, "address"), "ville": P(p.city, "address"), "code_postal": P(p.zip, "zip"),
             "numéro_RAMQ": P("%s%s %02d%02d %02d%d%d" % (ascii_fold(p.last)[:3].upper().ljust(3, "X"), ascii_fold(p.first)[0].upper(), p.dob.year % 100, p.dob.month + (50 if p.sex == "F" else 0), p.dob.day, R.randint(1, 9), R.randint(0, 9)), "health_plan"),
             "grossesse": False, "isotrétinoïne_6_mois": False, "phototype": R.choice(["II", "III", "IV"]), "langue": "fr"}
        L.t("%s [INFO] intake.api: soumission reçue form=%s " % (djt(t), hexs(8))).add(ser(d, compact=False))
        emit(L)
        return
    d = {"form": R.choice(["laser_intake_v7", "medical_history_v4", "injectables_intake_v2"]), "first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
         "date_of_birth": P(p.dob_s(R.choice(["iso", "us"])), "date"), "sex": p.sex, "phone_mobile": P(p.phone(), "phone"), "email": P(p.email, "email"),
         "address_line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.st, "postal_code": P(p.zip, "zip")}
    ec = Person(loc=p.loc)
    if R.random() < 0.7:
        d["emergency_contact"] = {"name": P(ec.name("fl"), "name"), "relationship": R.choice(["spouse", "partner"] + (["mother", "sister", "daughter"] if ec.sex == "F" else ["father", "brother", "son"])), "phone": P(ec.phone(), "phone")}
    med = {"pregnant_or_nursing": False, "isotretinoin_last_6mo": R.random() < 0.1, "photosensitizing_meds": R.choice([[], ["doxycycline"], ["hydrochlorothiazide"], ["St John's wort"]]),
           "fitzpatrick": R.choice(["I", "II", "III", "IV", "V", "VI"]), "keloid_history": False, "allergies": R.choice(["NKDA", "lidocaine", "latex", "sulfa"])}
    if R.random() < 0.3:
        med["pacemaker_or_icd"] = True
        med["implant_model"] = R.choice(["Medtronic Azure XT DR MRI", "Boston Scientific ACCOLADE MRI", "Abbott Assurity MRI"])
        med["implant_serial"] = P(R.choice(["RNB", "PJK", "DRZ"]) + "%06d" % R.randint(100000, 999999) + R.choice(["H", "S", ""]), "device")
    d["medical"] = med
    if d["form"] == "medical_history_v4" and R.random() < 0.6:
        carrier, mid = R.choice([("Aetna", "W%09d" % R.randint(0, 999999999)), ("BCBS", "%s%09d" % (R.choice(["XOF", "ZGP", "YLS"]), R.randint(0, 999999999))),
                                 ("UnitedHealthcare", "%09d" % R.randint(0, 999999999)), ("Cigna", "U%08d01" % R.randint(0, 99999999)), ("Humana", "H%08d" % R.randint(0, 99999999))])
        d["insurance"] = {"carrier": carrier, "member_id": P(mid, "health_plan"), "group_no": "%06d" % R.randint(0, 999999), "subscriber": "self", "used_for": "medical dermatology only"}
    if d["form"] == "injectables_intake_v2" or R.random() < 0.15:
        d["photo_id"] = {"type": "DL", "state": p.st, "number": P(p.dl, "license"), "verified_by": staff()[2]}
    if R.random() < 0.4:
        d["social_handle_consent"] = True
        d["instagram"] = P("https://www.instagram.com/%s/" % p.ig, "url")
    if R.random() < 0.3:
        d["records_delivery"] = "fax"
        d["fax"] = P(Person(loc=p.loc).phone("dash"), "fax")
    if R.random() < 0.3:
        d["age"] = p.age
    d["signature"] = P("data:image/png;base64," + png_b64(R.randint(60, 110)), "biometric")
    d["signed_ip"] = P(p.ip, "ip")
    L.t("[%s] DEBUG intake.api: validated payload=" % djt(t)).add(ser(d, style="py"))
    emit(L)


def f_intake_old():
    t = CLK.tick()
    i = _OLDI[0] % len(OLD)
    _OLDI[0] += 1
    p = OLD[i]
    ref, fax, why = OLD_REASONS[i]
    L = Line("intake-json")
    A = "ACDEFGHJKMNPQRTUVWXY"
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice(A), R.choice(A + "0123456789"), R.randint(0, 9), R.choice(A), R.choice(A + "0123456789"), R.randint(0, 9), R.choice(A), R.choice(A), R.randint(0, 9), R.randint(0, 9))
    o = {"formId": "skin_check_v2", "patient": {"chart": P(p.mrn, "mrn"), "name": P(p.name("fml"), "name"), "dob": P(p.dob_s("us"), "date"), "age": P(p.age, "age") if p.age > 89 else p.age},
         "referral": {"from": ref, "fax": fax}, "reason": why, "insurance": {"payer": "Medicare Part B", "mbi": P(mbi, "health_plan")}}
    L.t("%s INFO  [django.server] intake received " % djt(t)).add(ser(o, compact=False))
    emit(L)


CONSENT_BODY = [
    "I understand that laser and light-based treatments may require multiple sessions and results are not guaranteed.",
    "Risks include, but are not limited to: pain, redness, swelling, blistering, crusting, hyper- or hypopigmentation, scarring and infection.",
    "I have disclosed all medications, including isotretinoin (Accutane) within the past 6 months, and any history of cold sores.",
    "I agree to avoid sun exposure and tanning products for 2 weeks before and after each treatment.",
    "I consent to clinical photography for my medical record. Photos will not be used for marketing without separate written consent.",
    "Cancellation policy: appointments cancelled with less than 24 hours notice incur a $75 fee.",
]


def f_pdf():
    t = CLK.tick()
    p = someone()
    loc = p.loc
    d = dt.date(2024, 3, 12)
    fn_date = d.strftime("%Y%m%d")
    L = Line("celery")
    L.t("[%s: INFO/ForkPoolWorker-%d] documents.tasks.extract_text[%s]: pdftotext -layout consent_" % (djt(t), R.randint(1, 8), ruuid())).p(p.mrn, "mrn").t("_").p(fn_date, "date").t(".pdf -> stdout (%d pages)" % R.randint(2, 4))
    emit(L)
    lines = []
    lines.append(Line("pdf-text").t("                         LUMIÈRE SKIN & LASER — %s" % loc["name"].upper()))
    lines.append(Line("pdf-text").t("        INFORMED CONSENT: %s" % R.choice(["LASER HAIR REMOVAL (ALEXANDRITE / Nd:YAG)", "PICOSECOND LASER TATTOO REMOVAL", "INTENSE PULSED LIGHT (BBL/IPL)", "RADIOFREQUENCY MICRONEEDLING"])))
    lines.append(Line("pdf-text").t("Patient Name: ").p(p.name(R.choice(["lf", "fl", "LF"])), "name").t("                    Date of Birth: ").p(p.dob_s(R.choice(["us", "usn"])), "date"))
    lines.append(Line("pdf-text").t("Chart #: ").p(p.mrn, "mrn").t("                           Phone: ").p(p.phone("paren"), "phone"))
    if R.random() < 0.6:
        lines.append(Line("pdf-text").t("Address: ").p(p.street, "address").t(", ").p(p.city, "address").t(", %s " % p.st).p(p.zip, "zip"))
    for b in R.sample(CONSENT_BODY, R.randint(2, 4)):
        lines.append(Line("pdf-text").t(b))
    lines.append(Line("pdf-text").t("Patient Signature: ").p("/s/ " + p.name("fl"), "name").t("                 Date: ").p(fmt_date(d, R.choice(["usn", "us", "short"])), "date"))
    s = staff()
    lines.append(Line("pdf-text").t("Witness: %s, %s                                Page 1 of 2" % (s[0], s[1])))
    for l in lines:
        CLK.tick(0.0, 0.01)
        emit(l)


def f_pdf_json():
    t = CLK.tick()
    p = someone()
    L = Line("pdf-json")
    parts = [("FINANCIAL POLICY ACKNOWLEDGEMENT\n\nPatient: ", None), (p.name("fl"), "name"), ("\nDOB: ", None), (p.dob_s("us"), "date"),
             ("\nI understand that cosmetic services are not covered by insurance and payment is due at time of service.\nMembership dues are billed monthly on the date of enrollment.\nSignature: ", None),
             (p.name("fl"), "name"), ("   Date: ", None), ("03/12/2024", "date"), ("\n", None)]
    o = {"doc_id": "doc_" + hexs(12), "source": "s3://lumiere-docs-prod/intake/", "pages": 1, "engine": "pdfminer.six 20231228", "text": M(*parts)}
    L.t("[%s] INFO documents.extract: " % djt(t)).add(ser(o, compact=False))
    emit(L)


def f_financing():
    t = CLK.tick()
    p = someone()
    L = Line("financing-xml")
    inc = R.choice([32000, 48500, 61000, 75000, 92000, 118000, 150000])
    L.t("%s financing-svc info: -> POST https://partner-api.summitpatientfinance.example/v3/applications body=" % iso_z(t))
    L.t('<?xml version="1.0" encoding="UTF-8"?><CreditApplication xmlns="urn:spf:app:v3"><ProviderId>LSL-%s-001</ProviderId><Applicant>' % p.loc["code"])
    L.t("<FirstName>").p(p.first, "name").t("</FirstName><LastName>").p(p.last, "name").t("</LastName><DOB>").p(p.dob.isoformat(), "date").t("</DOB>")
    L.t("<SSNLast4>").p(p.ssn[-4:], "ssn").t("</SSNLast4><AnnualIncome>%d</AnnualIncome><HousingPayment>%d</HousingPayment>" % (inc, R.choice([900, 1450, 2100, 0])))
    L.t("<Address><Street>").p(p.street.replace("&", "&amp;"), "address").t("</Street><City>").p(p.city, "address").t("</City><State>%s</State><Zip>" % p.st).p(p.zip, "zip").t("</Zip></Address>")
    L.t("<MobilePhone>").p(p.phone("raw"), "phone").t("</MobilePhone><Email>").p(p.email, "email").t("</Email>")
    if R.random() < 0.8:
        L.t("<IdDoc type=\"DL\" state=\"%s\">" % p.st).p(p.dl, "license").t("</IdDoc>")
    L.t("</Applicant><RequestedAmount>%d.00</RequestedAmount><Procedure>%s</Procedure></CreditApplication>" % (R.choice([1800, 2500, 3600, 4200, 6000]), R.choice(["Morpheus8 x3", "LHR package full body", "HALO + BBL", "Sculptra 4 vials"])))
    emit(L)
    # response
    t = CLK.tick(0.5, 3)
    L = Line("financing-json")
    st = R.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "DECLINED"])
    o = {"applicationId": P("SPF-%s-%05d" % (t.strftime("%y%m"), R.randint(0, 99999)), "other_id"), "status": st}
    if st == "APPROVED":
        o.update({"accountNumber": P(luhn_complete("604537"), "account"), "creditLimit": R.choice([3000, 5000, 7500]), "promo": R.choice(["6MO_DEFERRED", "12MO_DEFERRED", "24MO_FIXED_14.9"]), "offerExpires": "2024-04-11"})
    elif st == "DECLINED":
        o.update({"reasonCodes": ["R12", "R31"], "adverseActionNoticeMailed": True})
    L.add(ser(winston(t, "financing-svc", "info", "<- 200 application decision", body=o, latencyMs=R.randint(900, 6000))))
    emit(L)


def f_financing_noise():
    t = CLK.tick()
    L = Line("financing-json")
    r = R.random()
    if r < 0.5:
        L.add(ser(winston(t, "financing-svc", "info", "daily settlement file processed", file="SPF_SETTLE_%s.csv" % t.strftime("%Y%m%d"), rows=R.randint(3, 40), totalFunded="%.2f" % R.uniform(2000, 40000), merchantId="LSL-%s-001" % R.choice(LOCS)["code"])))
    elif r < 0.75:
        L.add(ser(winston(t, "financing-svc", "warn", "partner API slow", p95Ms=R.randint(4000, 12000), endpoint="/v3/applications", circuit="half-open")))
    else:
        L.add(ser(winston(t, "financing-svc", "error", "ETIMEDOUT connect partner-api.summitpatientfinance.example:443", attempt=R.randint(1, 3), retryInMs=2000)))
    emit(L)


def f_financing_leak():
    """an error that dumps the full request including full SSN (co-applicant)"""
    t = CLK.tick()
    p = someone()
    co = Person(loc=p.loc)
    L = Line("node-error")
    L.t("%s financing-svc error: SPF validation failed 422 {\"errors\":[{\"field\":\"coApplicant.ssn\",\"code\":\"INVALID_FORMAT\"}]} request.coApplicant={\"name\":\"" % iso_z(t)).p(co.name("fl"), "name").t("\",\"relationship\":\"spouse\",\"ssn\":\"").p(co.ssn.replace("-", "") if R.random() < 0.5 else co.ssn, "ssn").t("\",\"dob\":\"").p(co.dob_s("us"), "date").t("\"} primary=").p(p.name("lf"), "name")
    emit(L)


def stripe_id(prefix):
    return prefix + "1Ot" + alnum(21)


def f_stripe():
    t = CLK.tick()
    L = Line("stripe-webhook")
    r = R.random()
    if r < 0.35:
        typ = R.choice(["payout.paid", "balance.available", "price.updated", "invoice.finalized", "charge.succeeded", "customer.subscription.updated"])
        o = winston(t, "billing-webhooks", "info", "stripe event", id=stripe_id("evt_"), type=typ, livemode=True, apiVersion="2023-10-16", pendingWebhooks=R.randint(0, 2))
        L.add(ser(o))
    elif r < 0.45:
        L.t("%s billing-webhooks info: membership renewal run period=%s invoices_created=%d total_cents=%d failures=%d" % (iso_z(t), t.strftime("%Y-%m"), R.randint(100, 900), R.randint(2000000, 9000000), R.randint(0, 14)))
    else:
        p = someone()
        typ = R.choice(["invoice.payment_failed", "invoice.payment_succeeded", "customer.created", "customer.subscription.deleted"])
        obj = {"id": stripe_id("in_") if typ.startswith("invoice") else (p.cus if typ == "customer.created" else stripe_id("sub_")), "object": typ.split(".")[0].replace("customer", "customer" if typ == "customer.created" else "subscription")}
        if typ == "customer.created":
            obj = {"id": P(p.cus, "account"), "object": "customer", "email": P(p.email, "email"), "name": P(p.name("fl"), "name"), "phone": P(p.phone("e164"), "phone"), "metadata": {"member_no": P(p.member, "account"), "home_location": p.loc["key"]}}
        elif typ.startswith("invoice"):
            obj = {"id": stripe_id("in_"), "object": "invoice", "customer": P(p.cus, "account"), "customer_email": P(p.email, "email"), "customer_name": P(p.name("fl"), "name"), "amount_due": R.choice([9900, 14900, 19900, 29900]), "currency": "usd",
                   "billing_reason": "subscription_cycle", "subscription": stripe_id("sub_"), "period_start": int(t.timestamp()) - 2592000, "attempt_count": R.randint(1, 4)}
            if typ == "invoice.payment_failed":
                obj["last_finalization_error"] = None
                obj["charge"] = stripe_id("ch_")
                obj["payment_method_details"] = {"card": {"brand": R.choice(["visa", "mastercard", "amex"]), "last4": "%04d" % R.randint(0, 9999), "exp_month": R.randint(1, 12), "exp_year": R.randint(2024, 2029)}}
        else:
            obj = {"id": stripe_id("sub_"), "object": "subscription", "customer": P(p.cus, "account"), "status": "canceled", "cancellation_details": {"comment": M("moving away - ", (p.first, "name"), " asked to cancel Glow Club"), "reason": "cancellation_requested"},
                   "items": {"data": [{"price": {"id": "price_" + alnum(24), "nickname": "Glow Club Monthly"}}]}}
        ev = {"id": stripe_id("evt_"), "object": "event", "type": typ, "livemode": True, "created": int(t.timestamp()), "data": {"object": obj}}
        L.t("%s billing-webhooks debug: stripe.webhooks.constructEvent ok payload=" % iso_z(t)).add(ser(ev))
    emit(L)


def f_stripe_node():
    t = CLK.tick()
    L = Line("stripe-node")
    r = R.random()
    if r < 0.5:
        p = someone()
        L.t("%s billing-api debug: [stripe] POST /v1/customers/" % iso_z(t)).p(p.cus, "account").t("/subscriptions idempotency-key=%s status=200 request-id=req_%s elapsed=%dms" % (ruuid(), alnum(14), R.randint(180, 900)))
    elif r < 0.75:
        L.t("%s billing-api warn: [stripe] card_declined decline_code=%s charge=%s pi=%s amount=%d" % (iso_z(t), R.choice(["insufficient_funds", "do_not_honor", "expired_card"]), stripe_id("ch_"), stripe_id("pi_"), R.choice([9900, 19900])))
    else:
        L.t("%s billing-api info: [stripe] test harness using pm_card_visa (4242 4242 4242 4242) tok_visa livemode=false env=staging" % iso_z(t))
    emit(L)


def f_giftcard():
    CLK.tick()
    L = Line("giftcard-pipe")
    L.t("card_no|status|initial_amt|balance|purchaser|purchaser_email|recipient|recipient_email|deliver_on|location")
    emit(L)
    for _ in range(R.randint(2, 4)):
        L = Line("giftcard-pipe")
        code = "%s-%s-%s-%s" % tuple(alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
        amt = R.choice([50, 100, 150, 250, 500])
        deliver = (dt.date(2024, 3, 12) + dt.timedelta(days=R.randint(0, 30))).isoformat()
        if R.random() < 0.25:
            L.t("%s|INACTIVE|%d.00|%d.00||||||%s" % (code, amt, amt, R.choice(LOCS)["code"]))
        else:
            a, b = someone(), Person()
            L.p(code, "account").t("|%s|%d.00|%.2f|" % (R.choice(["ACTIVE", "ACTIVE", "REDEEMED"]), amt, R.uniform(0, amt))).p(a.name(R.choice(["fl", "lf"])), "name").t("|").p(a.email, "email").t("|").p(b.name("fl"), "name").t("|")
            if R.random() < 0.7:
                L.p(b.email, "email")
            L.t("|%s|%s" % (deliver, a.loc["code"]))
        emit(L)


def f_giftcard_log():
    t = CLK.tick()
    L = Line("giftcard-log")
    r = R.random()
    if r < 0.5:
        L.t("%s gift-cards info: batch activated range=GC%08d..GC%08d count=%d sku=PHYS-100 printed_by=Lumiere Print Shop PO-%d" % (iso_z(t), R.randint(0, 1000000), R.randint(1000001, 2000000), R.randint(50, 500), R.randint(4000, 9999)))
    else:
        p = someone()
        L.t("%s gift-cards info: redeem card=" % iso_z(t)).p("GC%08d" % R.randint(0, 1999999), "account").t(" amount=%d.00 remaining=%.2f client=" % (R.choice([75, 120, 250]), R.uniform(0, 100))).p(p.blvd, "other_id").t(" order=ORD-%d" % R.randint(100000, 999999))
    emit(L)


def sms_sid():
    return "SM" + hexs(32)


def f_sms():
    t = CLK.tick()
    L = Line("twilio-sms")
    r = R.random()
    loc = R.choice(LOCS)
    biz = "+1" + loc["phone"].replace("(", "").replace(") ", "").replace("-", "")
    if r < 0.22:
        o = winston(t, "sms-svc", "info", "status callback", sid=sms_sid(), status=R.choice(["sent", "delivered", "delivered", "undelivered"]), errorCode=R.choice([None, None, 30007, 30003]))
        L.add(ser(o))
    elif r < 0.32:
        L.add(ser(winston(t, "sms-svc", "info", "reminder batch complete", window="24h", queued=R.randint(20, 200), optedOut=R.randint(0, 5), quietHours="21:00-08:00", job="reminders-%s" % loc["key"])))
    elif r < 0.62:
        p = R.choice([x for x in PEOPLE if x.loc is loc] or PEOPLE)
        d, tz = appt_dt(p)
        biz = "+1" + p.loc["phone"].replace("(", "").replace(") ", "").replace("-", "")
        if p.st == "QC":
            body = M("Bonjour ", (p.first, "name"), ", rappel : votre rendez-vous chez Lumière Plateau le ", ("%02d/%02d à %dh%02d" % (d.day, d.month, d.hour, d.minute), "date"), ". Répondez C pour confirmer.")
        elif R.random() < 0.25:
            body = M("Hola ", (p.first, "name"), ", le recordamos su cita en Lumière ", ("el %d/%d a las %s" % (d.day, d.month, ampm(d).lower()), "date"), ". Responda C para confirmar o R para cambiarla.")
        else:
            body = M("Hi ", (p.first, "name"), "! Reminder: your %s appt at Lumière %s is " % (R.choice(SERVICES)[0], p.loc["name"].split(" - ")[0]), (d.strftime("%a ") + "%d/%d at %s" % (d.month, d.day, ampm(d)), "date"), ". No sun/self-tanner 2 wks prior. Reply C to confirm, R to reschedule. STOP to opt out")
        o = winston(t, "sms-svc", "info", "sms queued", sid=sms_sid(), to=P(p.phone("e164"), "phone"), from_=biz, body=body, segments=2, status="queued")
        o["from"] = o.pop("from_")
        L.add(ser(o))
    else:
        p = someone()
        biz = "+1" + p.loc["phone"].replace("(", "").replace(") ", "").replace("-", "")
        replies = [
            [("C", None)],
            [("Y", None)],
            [("can we push to next tues? this is ", None), (p.first + " " + p.last, "name")],
            [("Running 10 min late sorry!! - ", None), (p.first, "name")],
            [("Hi it's ", None), (p.name("fl"), "name"), (" I had a blister come up on my leg after the laser on ", None), ("3/9", "date"), (" is that normal?", None)],
            [("STOP", None)],
            [("Esta es ", None), (p.first, "name"), (", no puedo ir el ", None), ("jueves 14", "date"), (", gracias", None)],
            [("My daughter ", None), (Person(loc=p.loc).first, "name"), (" will come instead of me, same time ok?", None)],
        ]
        body = R.choice(replies)
        form = [("ToCountry=%s&ToState=%s&SmsMessageSid=%s&NumMedia=0&From=" % ("CA" if p.st == "QC" else "US", p.st, sms_sid()), None)] + esc_url([(p.phone("e164"), "phone")]) + [("&Body=", None)] + esc_url(body) + [("&To=", None)] + esc_url([(biz, None)]) + [("&AccountSid=AC%s&ApiVersion=2010-04-01" % "3f9c2e1a7b8d4c6e9f0a1b2c3d4e5f60", None)]
        L.t("%s sms-svc debug: inbound webhook POST /twilio/sms body=" % iso_z(t)).add(form)
    emit(L)


def f_django():
    t = CLK.tick()
    L = Line("django")
    r = R.random()
    if r < 0.12:
        L.t("[%s] WARNING django.request: Not Found: %s" % (djt(t), R.choice(["/wp-login.php", "/.env", "/xmlrpc.php", "/phpmyadmin/", "/.git/config", "/admin/.env"])))
    elif r < 0.20:
        ip = "%d.%d.%d.%d" % (R.choice([45, 185, 193, 89]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        L.t("[%s] ERROR django.security.DisallowedHost: Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (djt(t), ip, ip))
    elif r < 0.30:
        L.t("[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(7, 9), R.randint(20, 400)))
    elif r < 0.38:
        L.t("[%s] INFO django.utils.autoreload: Watching for file changes with StatReloader" % djt(t) if R.random() < 0.3 else
            "[%s] INFO portal.middleware: request_id=%s path=/portal/%s status=%d user=anon ms=%d" % (djt(t), ruuid(), R.choice(["login/", "static/css/site.css", "book/", "faq/"]), R.choice([200, 302]), R.randint(3, 200)))
    elif r < 0.46:
        s = staff()
        L.t("[%s] INFO portal.auth: staff login ok user=%s@lumiereskin.com role=%s mfa=totp location=%s" % (djt(t), s[2], s[1], R.choice(LOCS)["key"]))
    elif r < 0.62:
        p = someone()
        L.t("[%s] INFO portal.auth: login ok username=" % djt(t)).p(p.username, "other_id").t(" ip=").p(p.ip, "ip").t(" mfa=sms ua=\"%s\"" % R.choice(UAS)[:60])
    elif r < 0.72:
        p = someone()
        L.t("[%s] WARNING portal.auth: failed login for " % djt(t)).p(p.email, "email").t(" attempts=%d lockout=%s" % (R.randint(1, 5), R.choice(["false", "false", "true"])))
    elif r < 0.77:
        p = someone()
        L.t("[%s] INFO records.views: release request chart=" % djt(t)).p(p.mrn, "mrn").t(" deliver_via=fax to=").p(p.phone(R.choice(["paren", "dash", "one"])), "fax").t(" (patient's own fax, per form ROI-2) pages=%d" % R.randint(4, 40))
    elif r < 0.92:
        p = someone()
        d, tz = appt_dt(p)
        L.t("[%s] INFO appointments.signals: post_save Appointment pk=%d status=%s patient_id=%d chart=" % (djt(t), R.randint(100000, 999999), R.choice(["booked", "checked_in", "completed", "no_show"]), R.randint(1000, 99999))).p(p.mrn, "mrn").t(" start=").p(d.strftime("%Y-%m-%d %H:%M"), "date")
    else:
        p = someone()
        L.t("[%s] ERROR django.request: Internal Server Error: /portal/intake/submit/ (ValueError: invalid literal for int() with base 10: '" % djt(t)).p(p.phone("dash"), "phone").t("') field=phone_home patient=").p(p.name("lf"), "name")
    emit(L)


def f_django_sql():
    t = CLK.tick()
    L = Line("django-sql")
    r = R.random()
    if r < 0.45:
        L.t("[%s] DEBUG django.db.backends: (%.3f) SELECT \"clinic_location\".\"id\", \"clinic_location\".\"slug\", \"clinic_location\".\"timezone\" FROM \"clinic_location\" WHERE \"clinic_location\".\"active\"; args=(); alias=default" % (djt(t), R.uniform(0.001, 0.02)))
    else:
        p = someone()
        L.t("[%s] DEBUG django.db.backends: (%.3f) SELECT \"patients_patient\".\"id\", \"patients_patient\".\"chart_no\", \"patients_patient\".\"email\" FROM \"patients_patient\" WHERE UPPER(\"patients_patient\".\"email\"::text) = UPPER('" % (djt(t), R.uniform(0.001, 0.05))).p(p.email, "email").t("') LIMIT 21; args=('").p(p.email, "email").t("',); alias=default")
    emit(L)


def f_celery():
    t = CLK.tick()
    L = Line("celery")
    tid = ruuid()
    r = R.random()
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    if r < 0.25:
        L.t("[%s: INFO/MainProcess] Task %s[%s] received" % (djt(t), R.choice(["reminders.tasks.send_due_reminders", "photos.tasks.make_thumbnails", "billing.tasks.sync_stripe_invoices", "reports.tasks.nightly_kpis"]), tid))
    elif r < 0.50:
        L.t("[%s: INFO/%s] Task %s[%s] succeeded in %.3fs: %s" % (djt(t), w, R.choice(["reminders.tasks.send_due_reminders", "billing.tasks.sync_stripe_invoices"]), tid, R.uniform(0.05, 9), R.choice(["{'sent': %d, 'skipped': %d, 'failed': 0}" % (R.randint(1, 90), R.randint(0, 6)), "None", "{'synced': %d}" % R.randint(0, 400)])))
    elif r < 0.58:
        L.t("[%s: INFO/Beat] Scheduler: Sending due task nightly-kpis (reports.tasks.nightly_kpis)" % djt(t))
    elif r < 0.64:
        L.t("[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection..." % djt(t))
    elif r < 0.82:
        p = someone()
        L.t("[%s: ERROR/%s] Task memberships.tasks.charge_member[%s] raised unexpected: CardError('Your card was declined.') member=" % (djt(t), w, tid)).p(p.member, "account").t(" customer=").p(p.cus, "account").t(" retry=%d/3" % R.randint(1, 3))
    else:
        p = someone()
        d, tz = appt_dt(p)
        L.t("[%s: INFO/%s] reminders.tasks.send_due_reminders[%s]: sent 24h reminder to " % (djt(t), w, tid)).p(p.phone("e164"), "phone").t(" (").p(p.name(R.choice(["il", "fl"])), "name").t(") appt ").p(d.strftime("%m/%d %I:%M%p"), "date")
    emit(L)


def f_node_stack():
    t = CLK.tick()
    r = R.random()
    lines = []
    if r < 0.5:
        p = someone()
        L = Line("node-stack")
        L.t("%s booking-api error: ValidationError: \"client.mobilePhone\" with value \"" % iso_z(t)).p(p.phone("dash") + str(R.randint(0, 9)), "phone").t("\" fails to match the required pattern: /^\\+?[1-9]\\d{1,14}$/")
        lines.append(L)
        frames = ["    at Object.validate (/app/node_modules/joi/lib/base.js:573:26)",
                  "    at normalizeClient (/app/src/sync/boulevard.js:142:31)",
                  "    at async Promise.all (index %d)" % R.randint(0, 9),
                  "    at async syncLocation (/app/src/sync/index.js:57:5)"]
    else:
        L = Line("node-stack")
        L.t("%s booking-api error: TypeError: Cannot read properties of undefined (reading '%s')" % (iso_z(t), R.choice(["startAt", "edges", "locationId", "price"])))
        lines.append(L)
        frames = ["    at mapAppointment (/app/src/blvd/mappers.js:%d:%d)" % (R.randint(20, 200), R.randint(5, 40)),
                  "    at Array.map (<anonymous>)",
                  "    at BoulevardClient.listAppointments (/app/src/blvd/client.js:%d:%d)" % (R.randint(60, 300), R.randint(5, 40)),
                  "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]
    for f in frames[:R.randint(2, 4)]:
        lines.append(Line("node-stack").t(f))
    for l in lines:
        emit(l)


def f_py_traceback():
    t = CLK.tick()
    p = someone()
    lines = [Line("django").t("[%s] ERROR django.request: Internal Server Error: /api/consents/%d/sign/" % (djt(t), R.randint(10000, 99999))),
             Line("py-traceback").t("Traceback (most recent call last):"),
             Line("py-traceback").t("  File \"/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner"),
             Line("py-traceback").t("    response = get_response(request)"),
             Line("py-traceback").t("  File \"/app/consents/views.py\", line %d, in sign" % R.randint(80, 240)),
             Line("py-traceback").t("    pdf = render_consent(patient, template)"),
             Line("py-traceback").t("weasyprint.urls.URLFetchingError: ").t("<urlopen error [Errno 111] Connection refused> fetching s3://lumiere-docs-prod/templates/consent_laser_v7.html for chart ").p(p.mrn, "mrn")]
    for l in lines:
        emit(l)


def f_hl7():
    t = CLK.tick()
    p = someone()
    d, tz = appt_dt(p)
    ts = t.strftime("%Y%m%d%H%M%S")
    cid = "LSL%s%02d" % (ts, R.randint(0, 99))
    emit(Line("mirth").t("INFO  %s [Channel: EMA_SIU_OUT] com.mirth.connect.connectors.tcp.TcpDispatcher: Sent message %s to ema-interface.modmed.example:6661, ACK AA" % (t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), cid)))
    segs = []
    sf0 = staff()
    segs.append(Line("hl7").t("MSH|^~\\&|LSL_BRIDGE|LSL_%s|EMA|MODMED|%s||SIU^S12^SIU_S12|%s|P|2.5.1" % (p.loc["code"], ts, cid)))
    segs.append(Line("hl7").t("SCH|%d^LSL|||||%s|||%d|min|^^%d^" % (R.randint(100000, 999999), R.choice(["NEW", "FOLLOWUP", "PROC"]), R.choice([15, 30, 45]), R.choice([15, 30, 45]))).p(d.strftime("%Y%m%d%H%M"), "date").t("|||||%s^%s|||||||||BOOKED" % (ascii_fold(sf0[0].split()[-1]).upper(), ascii_fold(sf0[0].split()[0]).upper())))
    L = Line("hl7")
    L.t("PID|1||").p(p.mrn.replace("-", ""), "mrn").t("^^^LSL^MR||").p(ascii_fold(p.last).upper(), "name").t("^").p(ascii_fold(p.first).upper(), "name")
    if p.middle:
        L.t("^").p(p.middle, "name")
    L.t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex).p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.st).p(p.zip, "zip").t("^%s||" % ("CAN" if p.st == "QC" else "USA"))
    a, b, c = p.ph
    L.t("^PRN^CP^^1^").p(a, "phone").t("^").p(b + c, "phone").t("~^NET^Internet^").p(p.email, "email").t("||%s|||" % ("FRE" if p.st == "QC" else "ENG"))
    segs.append(L)
    sf = staff()
    segs.append(Line("hl7").t("AIP|1||%d^%s^%s^^^^%s|DERM^Dermatology" % (R.randint(1000000000, 1999999999), ascii_fold(sf[0].split()[-1]).upper(), ascii_fold(sf[0].split()[0]).upper(), sf[1])))
    if R.random() < 0.6:
        L = Line("hl7")
        payer = R.choice([("AETNA", "60054", "W%09d" % R.randint(0, 999999999)), ("BCBS TX", "84980", "ZGP%09d" % R.randint(0, 999999999)), ("UHC", "87726", "%09d" % R.randint(0, 999999999)), ("CIGNA", "62308", "U%08d01" % R.randint(0, 99999999))])
        L.t("IN1|1|%s|%s|%s|PO BOX %d^^%s^%s^%05d|||GRP%05d||||||||" % (payer[0][:3], payer[1], payer[0], R.randint(1000, 99999), "LEXINGTON", "KY", R.randint(40000, 40599), R.randint(0, 99999))).p(ascii_fold(p.last).upper(), "name").t("^").p(ascii_fold(p.first).upper(), "name").t("|SEL|").p(p.dob.strftime("%Y%m%d"), "date").t("||||||||||||||||").p(payer[2], "health_plan")
        segs.append(L)
    for s in segs:
        emit(s)


def f_appt_csv():
    CLK.tick()
    emit(Line("appt-csv").t("Appointment ID,Location,Service,Provider,Client Name,Client Phone,Client Email,Start Time,Duration (min),Status,Price"))
    for _ in range(R.randint(3, 5)):
        p = someone()
        d, tz = appt_dt(p)
        svc, mins = R.choice(SERVICES)
        L = Line("appt-csv")
        L.t("%s,%s,%s,%s," % (hexs(8), p.loc["name"], svc, staff()[0]))
        nm = p.name(R.choice(["lf", "fl"]))
        if "," in nm:
            L.t('"').p(nm, "name").t('"')
        else:
            L.p(nm, "name")
        L.t(",").p(p.phone(R.choice(["paren", "dash", "e164"])), "phone").t(",").p(p.email, "email").t(",").p("%d/%d/%04d %s" % (d.month, d.day, d.year, ampm(d)), "date").t(",%d,%s,%.2f" % (mins, R.choice(["Booked", "Confirmed", "Arrived", "Cancelled"]), R.choice([75, 150, 299, 450, 650, 1200])))
        emit(L)


def f_heroku():
    t = CLK.tick()
    L = Line("heroku-router")
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond
    if R.random() < 0.4:
        L.t("%s heroku[router]: at=info method=GET path=\"/static/%s\" host=portal.lumiereskin.com request_id=%s fwd=\"10.1.%d.%d\" dyno=web.%d connect=0ms service=%dms status=200 bytes=%d protocol=https" % (ts, R.choice(["css/site.9f1c2.css", "img/logo.svg", "js/portal.3a7e0.js"]), ruuid(), R.randint(0, 9), R.randint(1, 254), R.randint(1, 3), R.randint(1, 8), R.randint(400, 90000)))
    elif R.random() < 0.2:
        L.t("%s heroku[web.%d]: Process running mem=%dM(%.1f%%)" % (ts, R.randint(1, 3), R.randint(300, 600), R.uniform(60, 120)))
    else:
        p = someone()
        L.t("%s heroku[router]: at=info method=POST path=\"/portal/consent/sign/%s\" host=portal.lumiereskin.com request_id=%s fwd=\"" % (ts, hexs(12), ruuid())).p(p.ip, "ip").t("\" dyno=web.%d connect=0ms service=%dms status=302 bytes=%d protocol=https" % (R.randint(1, 3), R.randint(80, 900), R.randint(300, 700)))
    emit(L)


def f_nginx():
    t = CLK.tick()
    L = Line("nginx")
    if R.random() < 0.5:
        L.t("%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: 10.0.%d.%d, server: photos.lumiereskin.internal" % (t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), 0, R.randint(1000, 99999), R.randint(0, 9), R.randint(0, 99), R.randint(0, 9999999999), R.randint(0, 9), R.randint(1, 254)))
    else:
        p = someone()
        L.t("%s [error] 31#31: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % (t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(1000, 99999))).p(p.ip, "ip").t(", server: portal.lumiereskin.com, request: \"GET /portal/photos/ HTTP/2.0\", upstream: \"http://10.0.2.14:8000/portal/photos/\", host: \"portal.lumiereskin.com\"")
    emit(L)


def f_postgres():
    t = CLK.tick()
    r = R.random()
    pid = R.randint(1000, 30000)
    if r < 0.35:
        emit(Line("postgres").t("%s [%d] LOG:  duration: %.3f ms  statement: SELECT date_trunc('day', start_at) d, count(*) FROM appointments_appointment WHERE location_id = %d GROUP BY 1" % (pgt(t), pid, R.uniform(500, 4000), R.randint(1, 6))))
    elif r < 0.55:
        emit(Line("postgres").t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (pgt(t), pid, R.randint(100, 9000), R.uniform(0, 10), R.randint(0, 4), R.uniform(1, 30), R.uniform(0, 0.1), R.uniform(1, 30))))
    elif r < 0.65:
        emit(Line("postgres").t("%s [%d] LOG:  automatic vacuum of table \"lumiere.public.sms_message\": index scans: 1" % (pgt(t), pid)))
    else:
        p = someone()
        emit(Line("postgres").t("%s [%d] ERROR:  duplicate key value violates unique constraint \"patients_patient_email_key\"" % (pgt(t), pid)))
        emit(Line("postgres").t("%s [%d] DETAIL:  Key (email)=(" % (pgt(t), pid)).p(p.email, "email").t(") already exists."))


def f_infra2(t, L):
    k = R.randint(0, 7)
    if k == 0:
        L.family = "sentry"
        L.t("%s booking-api warn: Sentry Logger [warn]: Discarded event %s due to rate limit (category=error, retry-after=%ds) release=booking-api@2.31.5+%d" % (iso_z(t), hexs(32), R.randint(10, 60), R.randint(4000, 4999)))
    elif k == 1:
        L.family = "cron"
        L.t("%s CRON[%d]: (%s) CMD (%s)" % (syslog_t(t) + " " + R.choice(["db-primary-1", "worker-2", "ops-1"]), R.randint(10000, 60000), R.choice(["root", "deploy"]), R.choice(["/usr/local/bin/pg_dump_to_s3.sh lumiere >> /var/log/backup.log 2>&1", "cd /srv/portal && ./manage.py clearsessions", "/usr/bin/find /tmp/pdf-extract -mtime +1 -delete", "/usr/local/bin/rotate_twilio_logs.sh", "cd /srv/portal && ./manage.py send_membership_renewal_notices --dry-run"])))
    elif k == 2:
        L.family = "gunicorn"
        L.t("[%s +0000] [1] [WARNING] Worker with pid %d was terminated due to signal 9" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(20, 400)))
    elif k == 3:
        L.family = "django"
        L.t("[%s] INFO django.core.management: %s" % (djt(t), R.choice(["clearsessions: deleted %d expired sessions" % R.randint(10, 900), "collectstatic: 0 static files copied, %d unmodified" % R.randint(300, 900), "check --deploy: System check identified no issues (0 silenced).", "showmigrations: all migrations applied (latest memberships.0031_membership_pause_until)"])))
    elif k == 4:
        L.family = "twilio-sms"
        L.t("%s sms-svc info: account balance check balance=%.2f USD threshold=200.00 sender_pool=%d numbers" % (iso_z(t), R.uniform(180, 2400), R.randint(6, 9)))
    elif k == 5:
        L.family = "docker"
        L.t("time=\"%s\" level=info msg=\"Container healthcheck passed\" container=%s image=registry.lumiereskin.internal/photos-worker:1.8.%d" % (t.strftime("%Y-%m-%dT%H:%M:%S") + "Z", hexs(12), R.randint(0, 20)))
    elif k == 6:
        L.family = "node-metrics"
        L.t("%s booking-api info: eventloop p99=%.1fms heapUsed=%dMB rss=%dMB activeHandles=%d" % (iso_z(t), R.uniform(2, 80), R.randint(90, 400), R.randint(200, 700), R.randint(10, 90)))
    else:
        L.family = "laser-syslog"
        L.t("%s %s ntpd[%d]: adjusting local clock by %.6fs" % (syslog_t(t), R.choice(list(LASER_HOSTS.values())), R.randint(300, 900), R.uniform(-0.3, 0.3)))


def f_infra():
    t = CLK.tick()
    r = R.random()
    L = Line("infra")
    if R.random() < 0.4:
        f_infra2(t, L)
        emit(L)
        return
    if r < 0.12:
        L.family = "redis"
        L.t("1:M %s * Background saving terminated with success" % t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000))
    elif r < 0.24:
        L.family = "bull"
        L.t("%s sms-svc info: [bull] queue=sms-reminders waiting=%d active=%d completed=%d failed=%d delayed=%d" % (iso_z(t), R.randint(0, 30), R.randint(0, 4), R.randint(1000, 9000), R.randint(0, 12), R.randint(0, 300)))
    elif r < 0.36:
        L.family = "k8s"
        L.t("I%s %7d reflector.go:%d] Watch close - *v1.Pod total %d items received" % (t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond, 1, R.randint(200, 400), R.randint(5, 90)))
    elif r < 0.46:
        L.family = "node-boot"
        L.t("%s booking-api info: listening on :%d NODE_ENV=production version=%s build=%d commit=%s" % (iso_z(t), 8080, R.choice(["2.31.4", "2.31.5"]), R.randint(4000, 4999), hexs(7)))
    elif r < 0.54:
        L.family = "node-boot"
        L.t("%s sms-svc info: config loaded TWILIO_FROM_SCD=+14805550100 TWILIO_FROM_ATX=+15125550120 SUPPORT_EMAIL=support@lumiereskin.com QUIET_HOURS=21:00-08:00 MAX_RETRIES=3" % iso_z(t))
    elif r < 0.62:
        L.family = "locations-sync"
        loc = R.choice(LOCS)
        L.t("%s booking-api info: location sync %s | %s | %s | %s@lumiereskin.com | fax %s" % (iso_z(t), loc["name"], loc["biz"], loc["phone"], loc["key"], loc["phone"][:-1] + str(R.randint(0, 9))))
    elif r < 0.70:
        L.family = "npm"
        L.t("npm WARN deprecated %s" % R.choice(["request@2.88.2: request has been deprecated, see https://github.com/request/request/issues/3142", "uuid@3.4.0: Please upgrade  to version 7 or higher.", "querystring@0.2.0: The querystring API is considered Legacy."]))
    elif r < 0.78:
        L.family = "certbot"
        dom, exp = R.choice([("book.lumiereskin.com", "2024-05-29"), ("portal.lumiereskin.com", "2024-04-17"), ("api.lumiereskin.com", "2024-06-02"), ("photos.lumiereskin.com", "2024-05-11")])
        left = (dt.date.fromisoformat(exp) - t.date()).days
        L.t("%s certbot: Certificate for %s expires %s (%d days), %s" % (iso_z(t), dom, exp, left, "renewal not due" if left > 30 else "renewing"))
    elif r < 0.86:
        L.family = "inventory"
        L.t("%s inventory info: received lot=%s product=\"%s\" qty=%d exp=%s location=%s PO=PO-%d" % (iso_z(t), R.choice(["C8345C3", "H7712AX", "D2291F1", "L110Q4"]), R.choice(["Botox 100U", "Juvederm Voluma XC", "Dysport 300U", "Sculptra"]), R.randint(2, 24), R.choice(["2025-01-31", "2025-06-30", "2024-11-30"]), R.choice(LOCS)["code"], R.randint(10000, 99999)))
    elif r < 0.93:
        L.family = "prometheus"
        L.t("booking_api_http_request_duration_seconds_bucket{le=\"0.25\",method=\"GET\",route=\"/api/v2/availability\",status_code=\"200\"} %d %d" % (R.randint(10000, 90000), epoch_ms(t)))
    else:
        L.family = "garage"
        L.t("%s parking-svc info: validation terminal P%d online, firmware %s, gate=%s" % (iso_z(t), R.randint(1, 4), R.choice(["7.1.0", "7.2.2"]), R.choice(["IN", "OUT"])))
    emit(L)


def f_parking():
    t = CLK.tick()
    p = someone()
    L = Line("garage")
    L.t("%s parking-svc info: validated plate=" % iso_z(t)).p(R.choice([str(R.randint(1, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%03d" % R.randint(0, 999), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-%04d" % R.randint(0, 9999), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "%04d" % R.randint(0, 9999)]), "vehicle").t(" state=%s hours=%d appt_client=" % ("AZ" if p.st == "QC" else p.st, R.randint(1, 3))).p(p.blvd, "other_id").t(" garage=%s-G1" % p.loc["code"])
    emit(L)


def f_adverse():
    t = CLK.tick()
    p = someone()
    s = staff()
    L = Line("incident-json")
    dev = R.choice(DEVICES)
    o = winston(t, "clinical-ops", "warn", "adverse event reported", caseNo=P("AE-2024-%04d" % R.randint(1, 400), "other_id"), chart=P(p.mrn, "mrn"), patient=P(p.name(R.choice(["fl", "lf"])), "name"),
                treatmentDate=P(fmt_date(dt.date(2024, 3, R.randint(1, 11)), "iso"), "date"), device=dev[1], deviceSn=DEV_SN[dev[0]], reportedBy="%s, %s" % (s[0], s[1]),
                summary=M(R.choice(["grade 1 burn", "PIH", "blistering"]), " after %s; pt (" % R.choice(["LHR legs", "BBL chest", "Morpheus8 jawline"]), (p.first, "name"), ") sent photos via SMS, callback ", (p.phone("paren"), "phone")))
    L.add(ser(o))
    emit(L)


def f_referral():
    t = CLK.tick()
    p = someone()
    code = slug(p.first).upper()[:8] + str(R.choice([25, 50, 100]))
    L = Line("winston-json")
    L.add(ser(winston(t, "booking-api", "info", "referral credited", referralCode=P(code, "other_id"), referrer=P(p.blvd, "other_id"), creditCents=R.choice([2500, 5000]), newClient=True)))
    emit(L)


def f_old_note():
    t = CLK.tick()
    i = _OLDI[1] % len(OLD)
    _OLDI[1] += 1
    p = OLD[i]
    rel = p.rel
    L = Line("blvd-webhook")
    L.t("%s info booking-api [webhook:blvd] appointment note updated text=\"" % iso_z(t)).p(str(p.age), "age" if p.age > 89 else None).t(" y/o %s, %s, %s " % (p.sex, OLD_REASONS[i][2].split(",")[0], "daughter" if rel.sex == "F" else "son")).p(rel.name("fl"), "name").t(" drives - call %s at " % ("her" if rel.sex == "F" else "him")).p(rel.phone("dash"), "phone").t(" before appt\" client=").p(p.blvd, "other_id")
    emit(L)


def f_young_age():
    t = CLK.tick()
    L = Line("winston-json")
    L.add(ser(winston(t, "reports", "info", "nightly kpis", location=R.choice(LOCS)["key"], newClients=R.randint(0, 20), avgClientAge=R.randint(31, 46), retention90d=round(R.uniform(0.4, 0.8), 2), cacheMaxAge=3600, birth_year_mode=1988)))
    emit(L)


FAMILIES = [
    (f_morgan, 10), (f_pino, 9), (f_blvd_webhook, 4), (f_blvd_noise, 4), (f_blvd_graphql, 1.5), (f_vagaro, 4),
    (f_laser_syslog, 10), (f_laser_kv, 4), (f_laser_csv, 0.6), (f_photo, 5), (f_intake, 3.5), (f_intake_old, 0.15),
    (f_pdf, 0.35), (f_pdf_json, 0.7), (f_financing, 1.6), (f_financing_noise, 2), (f_financing_leak, 0.6),
    (f_stripe, 5), (f_stripe_node, 2.5), (f_giftcard, 0.35), (f_giftcard_log, 1.5), (f_sms, 8),
    (f_django, 9), (f_django_sql, 2.5), (f_celery, 7), (f_node_stack, 0.8), (f_py_traceback, 0.08),
    (f_hl7, 0.45), (f_appt_csv, 0.3), (f_heroku, 3), (f_nginx, 2), (f_postgres, 3), (f_infra, 31),
    (f_parking, 1.6), (f_adverse, 0.8), (f_referral, 0.6), (f_old_note, 0.1), (f_young_age, 1.0),
]
SINGLE_NOISE = [f_infra, f_celery, f_pino, f_morgan, f_laser_syslog]


def main():
    funcs, weights = zip(*FAMILIES)
    # guarantee rare families appear at least once
    forced = [f_intake_old, f_old_note, f_pdf, f_hl7, f_giftcard, f_financing_leak, f_py_traceback,
              f_parking, f_appt_csv, f_laser_csv, f_referral, f_adverse, f_intake_old, f_old_note]
    R.shuffle(forced)
    while len(OUT) < N_LINES - 12:
        if forced and R.random() < 0.07:
            f = forced.pop()
        else:
            f = R.choices(funcs, weights)[0]
        before = len(OUT)
        f()
        if len(OUT) > N_LINES:
            del OUT[before:]
    while len(OUT) < N_LINES:
        before = len(OUT)
        R.choice(SINGLE_NOISE)()
        if len(OUT) > N_LINES:
            del OUT[before:]
    texts, labels = [], []
    for i, L in enumerate(OUT, 1):
        text, spans = L.finish()
        texts.append(text)
        for sp in spans:
            v = sp.pop("_v")
            assert text.encode("utf-8")[sp["s"]:sp["e"]].decode("utf-8") == v
        labels.append({"line": i, "family": L.family, "spans": spans})
    assert len(texts) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(texts))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
