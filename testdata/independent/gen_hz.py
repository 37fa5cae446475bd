#!/usr/bin/env python3
"""gen_hz.py - synthetic, labeled log corpus (ID=hz).

Theme: "Lakeshore Pharmacy", a regional chain (MI/OH/IN/WI) running a vaccination
program: online scheduling (Next.js API routes logging with pino / pino-pretty),
walk-in kiosk check-ins (Android logcat, AAMVA PDF417 licence scans, drive-thru),
consent forms with insurance-card / ID capture (consent JSON, Textract-style OCR),
VXU^V04 messages to state registries (MCIR, ImpactSIIS, CHIRP, WIR) with ACKs and
ERR segments via a Mirth-like engine, VAERS-like adverse event reports (CSV and
JSON), lot recalls and cold-chain temperature logs (no PHI), NCPDP D.0 claims to
PBMs, Twilio SMS and SendGrid e-mail reminders (Celery workers), a Django admin
(gunicorn access, audit, Postgres errors), an AWS Lambda batch in Python
(CloudWatch), Snowflake reporting queries, nginx, and pharmacist notes.

All people, numbers and addresses are synthetic. Standard library only; fixed seed.
Writes hz.log (500 lines) and hz.labels.jsonl next to this script.

Labeling decisions:
- Persons labeled: patients, parents/guardians, spouses and other relatives,
  emergency contacts, caregivers and VAERS reporters who are relatives, insurance
  cardholders/subscribers. Not labeled: pharmacists, technicians, admins, prescribers
  (names, NPIs, usernames, staff e-mails), stores, PBMs, manufacturers, registries.
- Names: each name token group as written is one span ("RAMIREZ^JOSE^A" in HL7 is
  split into family / given / middle spans at the carets; "Ramírez, José" is one
  span; "Jose Ramirez" is one span). A middle initial in its own HL7 component
  is its own name span. Mother's maiden name (PID-6) is a name. A name typed as
  an admin search term (?q=yazzie) or a SQL literal is labeled like any name.
- Address: street line, city and county are separate "address" spans; the
  state (and country) is not labeled; ZIP (5 or ZIP+4) is "zip". Latitude/longitude
  geocoded from a patient's home address is "address". Store/business addresses,
  store lat/long and vendor addresses are not labeled.
- Dates: birth dates, appointment/slot dates booked by an identified patient,
  administration dates, onset dates, date of service on a claim, consent signature
  dates, VAERS received/report dates of a patient's report, PD1/OBX effective
  dates inside a patient's VXU message (the message is about one patient, so every
  segment's person dates count). Date + time written as one token is one span;
  weekday words and a separate "at 2:30 PM" are outside the span. Not labeled:
  log/message timestamps (MSH-7, ACK times, job times), slot-availability dates
  not tied to a person, lot expiration dates, recall dates, report date ranges.
- Ages: only ages over 89 are labeled ("age"); 89 and below are never labeled.
- Phones: patient/relative phones in any format; in HL7 XTN the "area^local"
  pair is one span. Store phones, Twilio sender numbers, toll-free lines are not.
  Fax: a relative-reporter fax on a VAERS report is "fax"; clinic faxes are not.
- mrn: the chain's pharmacy patient number (LS + 8 digits, also written without
  the prefix where a system strips it). Django pk of a Patient object equals it.
- health_plan: PBM member/cardholder IDs, Medicare MBIs, Medicaid IDs. RxBIN,
  RxPCN, group numbers and person codes are plan-level and NOT labeled.
- account: full payment card numbers (Luhn-valid) and patient billing/guarantor
  account numbers. Masked PANs (last 4 only), Stripe test cards (4242...) and
  Stripe object ids are not labeled.
- ssn: full SSNs (also when carried as NCPDP patient ID qualifier 01) and SSNs in
  DB error details. "last4" fragments are not labeled.
- license: patient driver's licence / state ID numbers (AAMVA DAQ, OCR results).
- vehicle: licence plates of patients at the drive-thru lane.
- device: serial numbers / UDIs of a patient's implanted or personal medical
  device (pacemaker, CGM). Kiosk serials, data-logger serials, fridge IDs: no.
- url: per-patient links (tokenized reschedule/consent links). Generic site
  URLs, S3 object keys with only internal ids, API routes: no.
- ip: public IPs of patients' browsers/phones. Private/RFC1918 IPs, pod IPs,
  staff workstation IPs, registry endpoints: no.
- biometric: handwritten-signature stroke data (dynamic signature vectors)
  captured on the consent pad. photo: base64 JPEG portrait cropped from an ID.
- other_id: identifiers issued to or used by the person outside the DB: state
  registry (IIS) client IDs, VAERS IDs, appointment confirmation codes, Rx
  numbers, patient portal usernames, case numbers. Internal opaque row ids
  (apt_..., cf_..., UUIDs, request/trace/span ids, Twilio SIDs, claim switch
  transaction ids, PBM authorization numbers, message control ids) are not.
- Identifiers of a patient are labeled even when the line does not name them
  (e.g. an MRN alone in a Lambda error); values replaced by "[Redacted]" or
  masking are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata

R = random.Random(0x687A2024)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hz"
N_LINES = 500

# ----------------------------------------------------------------------------
# line builder with byte offsets
# ----------------------------------------------------------------------------


class P:
    """A labeled value."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A composite JSON string made of plain text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert s, "empty span"
        assert "\n" not in s
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                self.p(str(x.v), x.cat)
            elif x is None:
                continue
            else:
                self.t(str(x))
        return self

    def text(self):
        return self.buf.decode("utf-8")


_STRAT = {}


def strat(n=10):
    """Stratified uniform draw per call site: branch frequencies stay close to
    their nominal probabilities even over a few calls (deterministic, seeded)."""
    f = sys._getframe(1)
    key = (f.f_code.co_name, f.f_lineno)
    q = _STRAT.get(key)
    if not q:
        q = [(i + R.random()) / n for i in range(n)]
        R.shuffle(q)
        _STRAT[key] = q
    return q.pop()


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jv(L, v, sep=(",", ":")):
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(jesc(v.v), v.cat)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, S):
        L.t('"')
        for x in v.parts:
            if isinstance(x, P):
                L.p(jesc(str(x.v)), x.cat)
            else:
                L.t(jesc(x))
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, x in v.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jv(L, x, sep)
        L.t("}")
    elif isinstance(v, (list, tuple)):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            jv(L, x, sep)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=False))
    return L


def mk(family, *parts):
    return Line(family).add(*parts)


def mkj(family, obj, prefix="", suffix="", sep=(",", ":")):
    L = Line(family)
    L.t(prefix)
    L.jstart = len(L.buf)
    jv(L, obj, sep)
    L.t(suffix)
    return L


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 10, 7, 5, 58, 11, 137000)  # local EDT

    def tick(self, a=2, b=75):
        self.now += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))

    def small(self):
        self.now += dt.timedelta(milliseconds=R.randint(3, 900))

    @property
    def utc(self):
        return self.now + dt.timedelta(hours=4)

    def iso_z(self):
        u = self.utc
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)

    def epoch_ms(self):
        u = self.utc
        return int((u - dt.datetime(1970, 1, 1)).total_seconds() * 1000)

    def ms(self):
        return "%03d" % (self.now.microsecond // 1000)


C = Clock()

# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------

FIRST_F = ["María José", "Siobhán", "Ngozi", "Mei-Ling", "Aaliyah", "Priya", "Fatima", "Zoë",
           "Guadalupe", "Ingrid", "Thandiwe", "Leilani", "Anh", "Esperanza", "Noor", "Hana",
           "Dorothy", "Agnieszka", "Chiamaka", "Marguerite", "Yesenia", "Kateryna", "Bernadette",
           "Lakshmi", "Sun-hee", "Rosalind", "Tuyết", "Imani", "Gwendolyn", "Mildred", "Ayşe"]
FIRST_M = ["José", "Oluwaseun", "Rajesh", "Dmitri", "Björn", "Tomasz", "Haruto", "Mateo", "Yusuf",
           "Declan", "Chidi", "Krzysztof", "Ahmad", "Kwame", "Darnell", "Jean-Luc", "Santiago",
           "Lars", "Hamid", "Wei", "Thanh", "Eamon", "Bartholomew", "Ravi", "Tevita", "Giuseppe",
           "Ezekiel", "Abdirahman", "Kenji", "Wendell", "Cornelius"]
LAST = ["Ramírez", "O'Connell", "García-López", "van der Berg", "De La Cruz", "Nguyen", "Okonkwo",
        "Abernathy-Shaw", "Kowalczyk", "Al-Sayed", "Tanaka", "MacDonald", "St. Pierre", "Haddad",
        "Papadopoulos", "Begay", "Yazzie", "Chen", "Iyer", "Dubois", "Schmidt", "Fernández", "Mbeki",
        "Le", "Kim", "Johansson", "Okafor", "da Silva", "Ó Briain", "Whitehorse", "Vander Molen",
        "DeVries", "Wiśniewski", "Hernández Ruiz", "Bui", "Mohammed", "Yilmaz", "Oyelaran",
        "Kaczmarek", "Lindqvist", "Zieliński", "Tran-Pham", "Baptiste", "Achterberg", "Delgado",
        "Rosenbaum", "Kuznetsova", "Al-Masri", "Fitzgerald", "Hoekstra", "Ng", "Mwangi"]
STREETS = ["Michigan Ave", "Washtenaw Ave", "Packard St", "Division Ave S", "Eastern Ave SE",
           "Saginaw St", "High St", "Broad St", "Meridian St", "College Ave", "Lake Dr", "Capitol Dr",
           "Oakland Dr", "Monroe St", "Cherry St", "Maple Rd", "Woodward Ave", "Huron River Dr",
           "Old Mill Rd", "Vernor Hwy", "Superior St", "Prospect Ave", "Calumet Ave", "Elm Ct",
           "Kessler Blvd", "Shady Ln", "Lincoln Way W", "Fond du Lac Ave", "Atwood Ave", "Sycamore Trl"]
UNITS = ["Apt 3B", "Apt 212", "Unit 4", "#207", "Lot 41", "Apt C", "Ste 2"]
# city, county, state, zip3/zip
PLACES = [
    ("Ypsilanti", "Washtenaw", "MI", "48197"), ("Ann Arbor", "Washtenaw", "MI", "48104"),
    ("Grand Rapids", "Kent", "MI", "49503"), ("Lansing", "Ingham", "MI", "48912"),
    ("Dearborn", "Wayne", "MI", "48126"), ("Royal Oak", "Oakland", "MI", "48067"),
    ("Kalamazoo", "Kalamazoo", "MI", "49007"), ("Holland", "Ottawa", "MI", "49423"),
    ("Columbus", "Franklin", "OH", "43215"), ("Toledo", "Lucas", "OH", "43604"),
    ("Cleveland Heights", "Cuyahoga", "OH", "44118"), ("Dayton", "Montgomery", "OH", "45402"),
    ("Indianapolis", "Marion", "IN", "46220"), ("Fort Wayne", "Allen", "IN", "46805"),
    ("South Bend", "St. Joseph", "IN", "46617"),
    ("Milwaukee", "Milwaukee", "WI", "53211"), ("Madison", "Dane", "WI", "53703"),
    ("Green Bay", "Brown", "WI", "54301"),
]
REG = {"MI": ("MCIR", "MDHHS"), "OH": ("OHIMPACTSIIS", "ODH"), "IN": ("CHIRP", "IDOH"),
       "WI": ("WIR", "WDHS")}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "att.net",
             "hotmail.com", "protonmail.com", "sbcglobal.net", "wowway.com"]

STORES = [
    # id, city, state, npi, ncpdp, phone, street, zip
    ("LS-0142", "Ypsilanti", "MI", "1386920417", "2319874", "(734) 482-1190", "2245 Washtenaw Ave", "48197"),
    ("LS-0117", "Grand Rapids", "MI", "1295837104", "2318552", "(616) 459-2204", "1530 Wealthy St SE", "49506"),
    ("LS-0203", "Columbus", "OH", "1740384459", "3612208", "(614) 221-7730", "880 N High St", "43215"),
    ("LS-0211", "Toledo", "OH", "1528061127", "3614471", "(419) 536-0912", "3301 W Central Ave", "43606"),
    ("LS-0305", "Indianapolis", "IN", "1902857736", "1509925", "(317) 255-4410", "5602 N Keystone Ave", "46220"),
    ("LS-0408", "Milwaukee", "WI", "1063529981", "5107735", "(414) 962-3385", "4011 N Oakland Ave", "53211"),
    ("LS-0412", "Madison", "WI", "1477602288", "5108190", "(608) 251-6021", "702 Williamson St", "53703"),
]
STAFF = [("dwhitfield", "Dana", "Whitfield", "PharmD", "1467589234"),
         ("rokafor", "Rachel", "Okafor", "RPh", "1912045567"),
         ("mkessler", "Marcus", "Kessler", "PharmD", "1629384710"),
         ("tbui", "Trang", "Bui", "RPh", "1538271190"),
         ("jsandoval", "Javier", "Sandoval", "CPhT", ""),
         ("lbrennan", "Lauren", "Brennan", "PharmD", "1851046632"),
         ("akowalski", "Adam", "Kowalski", "CPhT", "")]
VACC = [
    # code, cvx, name, ndc, mvx, mfr, dose, price
    ("FLU-HD", "197", "influenza, high-dose, quadrivalent", "49281-0124-65", "PMC", "Sanofi Pasteur", "0.7", 6599),
    ("FLU-QIV", "150", "Influenza, injectable, quadrivalent, preservative free", "19515-0816-52", "SKB", "GlaxoSmithKline", "0.5", 2349),
    ("COVID-PFR", "309", "COVID-19, mRNA, LNP-S, bivalent, PF, 30 mcg/0.3 mL", "59267-4315-01", "PFR", "Pfizer", "0.3", 14210),
    ("COVID-MOD", "312", "COVID-19, mRNA, LNP-S, PF, 50 mcg/0.5 mL", "80777-0102-04", "MOD", "Moderna", "0.5", 14095),
    ("RSV-ARX", "303", "RSV, bivalent, protein subunit RSVpreF, diluent reconstituted, 0.5 mL", "58160-0848-11", "SKB", "GlaxoSmithKline", "0.5", 29520),
    ("RZV", "187", "zoster recombinant", "58160-0823-11", "SKB", "GlaxoSmithKline", "0.5", 19890),
    ("TDAP", "115", "Tdap", "58160-0842-11", "SKB", "GlaxoSmithKline", "0.5", 4712),
    ("PCV20", "216", "Pneumococcal conjugate PCV20, polysaccharide CRM197, PF", "00005-2000-01", "PFR", "Pfizer", "0.5", 28433),
]
LOTS = {"FLU-HD": ["UJ123AA", "UJ157AB"], "FLU-QIV": ["3CA44C1", "7K2F9"], "COVID-PFR": ["LL4482", "MA1934"],
        "COVID-MOD": ["AR7G4K2", "3044172"], "RSV-ARX": ["F7T4N"], "RZV": ["2X9MG", "7A3C2"],
        "TDAP": ["K33P7"], "PCV20": ["HE8871"]}
PAYERS = [
    # name, bin, pcn, group, kind
    ("Express Scripts", "003858", "A4", "2FQA", "esi"),
    ("CVS Caremark", "004336", "ADV", "RX1234", "cvs"),
    ("OptumRx", "610097", "9999", "MIUNITY", "optum"),
    ("Medicare Part B", "015599", "05440000", "", "mbi"),
    ("Michigan Medicaid", "017142", "MIMEDICAID", "MIMCD", "mcd"),
    ("Navitus", "610602", "NVT", "WISCGRP", "nav"),
    ("MedImpact", "003585", "ASPROD1", "OHBWC", "medimp"),
]
EXT_CHARS = "ACDEFGHJKMNPQRTUVWXY3479"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_upper(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def luhn(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_mbi():
    # C A AN N A AN N A A N N  (no S L O I B Z)
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    m = (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L_) +
         R.choice(AN) + str(R.randint(0, 9)) + R.choice(L_) + R.choice(L_) + digits(2))
    return m


def mbi_dashed(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def mk_dl(state):
    if state == "MI":
        return R.choice("ABCDEFGHJKLMNPRSTW") + digits(12)
    if state == "OH":
        return R.choice(["S", "T", "R", "U"]) + R.choice("ABCDEFGHJKLM") + digits(6)
    if state == "IN":
        return digits(4) + "-" + digits(2) + "-" + digits(4)
    return R.choice("ABCDEFGHJKLMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)


def mk_plate(state):
    if state == "MI":
        return R.choice(["%s%s%s %s" % (alnum(1, "DEFGH"), alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ"), alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4)),
                         "%s%s%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(2), alnum(1, "ABCDEFGH"), digits(1))])
    if state == "OH":
        return "%s %s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
    if state == "IN":
        return "%s%s%s" % (digits(3), alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(1))
    return "%s-%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    mon = d.strftime("%b")
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "hl7": "%04d%02d%02d" % (y, m, dd),
        "us": "%02d/%02d/%04d" % (m, dd, y),
        "us_short": "%d/%d/%02d" % (m, dd, y % 100),
        "us_nz": "%d/%d/%04d" % (m, dd, y),
        "mdy8": "%02d%02d%04d" % (m, dd, y),
        "eu": "%02d.%02d.%04d" % (dd, m, y),
        "long": "%s %d, %04d" % (d.strftime("%B"), dd, y),
        "mon": "%s %d, %04d" % (mon, dd, y),
        "dmon": "%02d-%s-%04d" % (dd, mon.upper(), y),
        "dmy": "%d %s %04d" % (dd, mon, y),
        "md": "%d/%d" % (m, dd),
    }[style]


def fmt_phone(ph, style):
    a, e, n = ph
    return {
        "e164": "+1%s%s%s" % (a, e, n),
        "paren": "(%s) %s-%s" % (a, e, n),
        "dash": "%s-%s-%s" % (a, e, n),
        "dot": "%s.%s.%s" % (a, e, n),
        "raw": "%s%s%s" % (a, e, n),
        "one": "1-%s-%s-%s" % (a, e, n),
        "sp": "%s %s %s" % (a, e, n),
    }[style]


AREA = {"MI": ["734", "313", "616", "517", "248", "269", "586"], "OH": ["614", "419", "216", "937", "380"],
        "IN": ["317", "260", "574", "463"], "WI": ["414", "608", "920", "262"]}

TODAY = dt.date(2024, 10, 7)


class Person:
    pass


def mk_person(old=False, child=False, place=None):
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    p.middle = R.choice(["", "A", "M", "J", "R", "E", "L", "T", "K"])
    if old:
        y = R.randint(1928, 1934)
    elif child:
        y = R.randint(2012, 2019)
    else:
        y = R.choice([R.randint(1940, 1960), R.randint(1960, 1985), R.randint(1985, 2005)])
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.city, p.county, p.state, p.zip = place or R.choice(PLACES)
    p.zip4 = p.zip + "-" + digits(4)
    p.street = "%d %s%s" % (R.randint(12, 9870), R.choice(["", "", "W ", "N ", "E ", "S "]), R.choice(STREETS))
    p.unit = R.choice(["", "", "", R.choice(UNITS)])
    p.phone = (R.choice(AREA[p.state]), str(R.randint(201, 989)), digits(4))
    f = ascii_upper(p.first).lower().replace(" ", "").replace("-", "")
    l_ = ascii_upper(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    p.email = R.choice(["%s.%s" % (f, l_), "%s%s%02d" % (f[0], l_, p.dob.year % 100), "%s_%s" % (f, l_[:5]),
                        "%s%s" % (l_, digits(3)), "%s.%s%d" % (f[:1], l_, R.randint(1, 99))]) + "@" + R.choice(EMAIL_DOM)
    p.username = R.choice(["%s%s" % (f[:1], l_), "%s.%s%02d" % (f, l_[:3], p.dob.year % 100), "%s_%s" % (l_, f[:4])])
    p.mrn = "LS" + digits(8)
    p.iis = {"MI": digits(10), "OH": "OH" + digits(9), "IN": digits(9), "WI": digits(10)}[p.state]
    kind = R.choice(PAYERS)
    if p.age >= 65 and R.random() < 0.6:
        kind = PAYERS[3]
    p.payer = kind
    k = kind[4]
    p.member = {"esi": "ZXW" + digits(9), "cvs": "CVS" + digits(8) + alnum(1, "0123456789"), "optum": "9" + digits(10),
                "mbi": mk_mbi(), "mcd": digits(10), "nav": "N" + digits(9), "medimp": "MI" + digits(9) + "01"}[k]
    p.person_code = R.choice(["01", "01", "02", "03", "001"])
    p.ssn = mk_ssn()
    p.dl = mk_dl(p.state)
    p.plate = mk_plate(p.state)
    p.rx = str(R.randint(6100000, 7999999))
    p.conf = "VX" + alnum(6, EXT_CHARS)
    p.acct = "G" + digits(9)
    p.ip = R.choice(["73.%d.%d.%d", "68.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d",
                     "107.%d.%d.%d", "99.%d.%d.%d", "162.%d.%d.%d"]) % (R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    if strat() < 0.15:
        p.ip = "2600:1700:%s:%s::%s" % (hexs(4), hexs(4), hexs(3))
    p.lat = round({"MI": 42.2, "OH": 40.0, "IN": 39.8, "WI": 43.0}[p.state] + R.uniform(-0.4, 0.6), 5)
    p.lon = round({"MI": -84.0, "OH": -83.0, "IN": -86.1, "WI": -88.5}[p.state] + R.uniform(-1.2, 1.2), 5)
    p.vaers = "%d-1" % R.randint(2780000, 2799999)
    return p


PEOPLE = [mk_person() for _ in range(46)] + [mk_person(old=True) for _ in range(6)] + [mk_person(child=True) for _ in range(6)]
R.shuffle(PEOPLE)


OLD = [x for x in PEOPLE if x.age > 89]


def person(old_p=0.0):
    if old_p and strat() < old_p:
        return R.choice(OLD)
    return R.choice(PEOPLE)


def relative(p):
    r = mk_person(place=(p.city, p.county, p.state, p.zip))
    r.last = p.last if R.random() < 0.6 else r.last
    r.street, r.unit = p.street, p.unit
    return r


def store_for(p):
    c = [s for s in STORES if s[2] == p.state]
    return R.choice(c or STORES)


def vacc_for(p):
    if p.age < 12:
        return R.choice([VACC[1], VACC[2]])
    if p.age >= 60:
        return R.choice(VACC)
    return R.choice([VACC[1], VACC[2], VACC[3], VACC[6]])


def future_date():
    return TODAY + dt.timedelta(days=R.randint(0, 21))


def ptime():
    return "%02d:%02d" % (R.randint(9, 19), R.choice([0, 15, 30, 45]))


def cap(s):
    return s


def ov(cents):
    """NCPDP signed overpunch for positive amounts."""
    s = str(cents).rjust(2, "0")
    return s[:-1] + "{ABCDEFGHI"[int(s[-1])]


STAFF_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"
PT_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
         "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.70 Mobile Safari/537.36",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0"]
PODS = ["sched-web-7d9f8b6c4-x2kqp", "sched-web-7d9f8b6c4-m8ttz", "sched-web-7d9f8b6c4-q4rwn"]


# ----------------------------------------------------------------------------
# generators: each returns a list of Line
# ----------------------------------------------------------------------------


def pino_base(level):
    return {"level": level, "time": C.epoch_ms(), "pid": R.choice([27, 31, 4121]), "hostname": R.choice(PODS)}


def g_pino():
    C.tick()
    r = strat()
    st = R.choice(STORES)
    out = []
    if r < 0.22:
        o = pino_base(30)
        d = future_date()
        o.update({"reqId": "req-" + alnum(4).lower(), "route": "/api/slots", "storeId": st[0], "date": fmt_date(d, "iso"),
                  "vaccine": R.choice(VACC)[0], "available": R.randint(0, 36), "cache": R.choice(["hit", "miss"]),
                  "msg": "slots fetched"})
        out.append(mkj("pino_json", o))
    elif r < 0.38:
        o = pino_base(30)
        u = R.choice(["/api/health", "/api/slots?storeId=%s" % st[0], "/api/stores/nearby?zip=%s" % st[7],
                      "/api/vaccines", "/api/feature-flags"])
        o.update({"req": {"id": R.randint(1000, 99999), "method": "GET", "url": u,
                          "remoteAddress": "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250)), "remotePort": R.randint(30000, 65000)},
                  "res": {"statusCode": R.choice([200, 200, 200, 304])}, "responseTime": R.randint(2, 180),
                  "msg": "request completed"})
        out.append(mkj("pino_json", o))
    elif r < 0.62:
        p = person()
        v = vacc_for(p)
        d = future_date()
        t = ptime()
        o = pino_base(30)
        o.update({"reqId": "req-" + alnum(4).lower(), "route": "/api/appointments", "appointmentId": "apt_01J9" + alnum(22),
                  "confirmation": P(p.conf, "other_id"), "storeId": st[0], "vaccine": v[0],
                  "slotStart": P("%sT%s:00-04:00" % (fmt_date(d, "iso"), t), "date"),
                  "patient": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                              "dob": P(fmt_date(p.dob, "iso"), "date")},
                  "contact": {"phone": P(fmt_phone(p.phone, "e164"), "phone"), "email": P(p.email, "email"),
                              "smsOptIn": R.choice([True, False])},
                  "remoteAddress": P(p.ip, "ip"), "msg": "appointment booked"})
        if strat() < 0.4:
            del o["contact"]
        out.append(mkj("pino_json", o))
    elif r < 0.72:
        p = person()
        o = pino_base(30)
        o.update({"reqId": "req-" + alnum(4).lower(), "route": "/api/appointments/[id]/reschedule",
                  "patient": {"firstName": "[Redacted]", "lastName": "[Redacted]", "dob": "[Redacted]"},
                  "contact": {"email": P(p.email, "email")} if strat() < 0.6 else {"email": "[Redacted]"},
                  "from": "apt_01J9" + alnum(22), "msg": "appointment rescheduled"})
        out.append(mkj("pino_json", o))
    elif r < 0.82:
        o = pino_base(50)
        e = R.choice([
            {"type": "PrismaClientKnownRequestError", "message": "Unique constraint failed on the fields: (`storeId`,`slotStart`,`lane`)", "code": "P2002"},
            {"type": "FetchError", "message": "request to http://eligibility-svc.immz.svc.cluster.local:8080/v1/check failed, reason: connect ECONNREFUSED 10.43.18.7:8080", "code": "ECONNREFUSED"},
            {"type": "TimeoutError", "message": "Redis command timed out after 2000ms (GET slots:%s:%s)" % (st[0], fmt_date(future_date(), "iso"))},
        ])
        e["stack"] = e["type"] + ": " + e["message"] + "\n    at async handler (/app/.next/server/pages/api/appointments.js:1:%d)" % R.randint(1000, 9999)
        o.update({"reqId": "req-" + alnum(4).lower(), "err": e, "msg": "failed to create appointment"})
        out.append(mkj("pino_json", o))
    elif r < 0.88:
        p = person()
        o = pino_base(40)
        o.update({"reqId": "req-" + alnum(4).lower(), "route": "/api/eligibility",
                  "age": R.randint(1, 6), "vaccine": R.choice(["COVID-PFR", "FLU-QIV", "TDAP"]), "state": p.state,
                  "rule": "PHARMACIST_MIN_AGE", "msg": "patient below pharmacist-administration minimum age; referring to PCP"})
        out.append(mkj("pino_json", o))
    elif r < 0.95:
        p = person()
        o = pino_base(30)
        o.update({"reqId": "req-" + alnum(4).lower(), "route": "/api/checkin/curbside", "storeId": store_for(p)[0],
                  "confirmation": P(p.conf, "other_id"),
                  "vehicle": {"plate": P(p.plate, "vehicle"), "state": p.state, "color": R.choice(["silver", "black", "white", "red", "blue"]),
                              "make": R.choice(["Honda", "Ford", "Toyota", "Chevrolet", "Subaru", "Jeep"])},
                  "msg": "curbside arrival"})
        out.append(mkj("pino_json", o))
    else:
        # pino-pretty singleLine
        p = person()
        t = C.now.strftime("%H:%M:%S.") + C.ms()
        L = Line("pino_pretty")
        if strat() < 0.5:
            L.add("[%s] INFO (%d): reminder scheduled " % (t, R.choice([27, 31])))
            jv(L, {"appointmentId": "apt_01J9" + alnum(22), "channel": R.choice(["sms", "email"]),
                   "sendAt": (C.utc + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:00:00.000Z")})
        else:
            L.add("[%s] WARN (%d): duplicate booking blocked " % (t, R.choice([27, 31])))
            jv(L, {"email": P(p.email, "email"), "dob": P(fmt_date(p.dob, "iso"), "date"), "existing": "apt_01J9" + alnum(22)})
        out.append(L)
    return out


def g_nextjs():
    C.tick()
    r = strat()
    out = []
    if r < 0.35:
        st = R.choice(STORES)
        out.append(mk("nextjs_vercel", "%s [info] GET /api/slots?storeId=%s&vaccine=%s&date=%s 200 in %dms" %
                      (C.iso_z(), st[0], R.choice(VACC)[0], fmt_date(future_date(), "iso"), R.randint(8, 240))))
    elif r < 0.55:
        out.append(mk("nextjs_vercel", "%s [info] %s %s %d in %dms" % (
            C.iso_z(), R.choice(["GET", "GET", "POST"]), R.choice(["/_next/data/b7Xk2LmQp/book.json", "/api/health", "/book/confirm", "/api/consent/template?v=2024.3"]),
            R.choice([200, 200, 304, 404]), R.randint(1, 90))))
    elif r < 0.75:
        f = R.choice(["consent/submit", "appointments/[id]", "insurance/ocr"])
        out.append(mk("nextjs_console", " ⨯ TypeError: Cannot read properties of undefined (reading '%s')" % R.choice(["memberId", "rxBin", "slotStart", "storeId"])))
        out.append(mk("nextjs_console", "    at handler (/app/.next/server/pages/api/%s.js:1:%d)" % (f, R.randint(1000, 9000))))
        out.append(mk("nextjs_console", "    at async apiResolver (/app/node_modules/next/dist/server/api-utils/node/api-resolver.js:1:%d)" % R.randint(1000, 9000)))
    else:
        out.append(mk("nextjs_console", "  ▲ Next.js 14.2.13"))
        out.append(mk("nextjs_console", "  - Local:        http://localhost:3000"))
        out.append(mk("nextjs_console", " ✓ Ready in %dms" % R.randint(300, 2400)))
    return out


def logcat(tag, lvl, msg_parts, pid=None, tid=None):
    L = Line("logcat_kiosk")
    L.add("%s%s  %d  %d %s %s: " % (C.now.strftime("%m-%d %H:%M:%S."), C.ms(), pid or 2231, tid or R.randint(2232, 2400), lvl, tag))
    L.add(*msg_parts)
    return L


def g_kiosk():
    C.tick()
    r = strat()
    out = []
    st = R.choice(STORES)
    if r < 0.25:
        out.append(logcat("KioskHealth", "I", ["heartbeat kiosk=%s-K%d fw=3.8.2 battery=%d%% printer=%s scanner=ok net=wifi rssi=-%d" %
                                               (st[0], R.randint(1, 2), R.randint(40, 100), R.choice(["ready", "ready", "paper_low"]), R.randint(40, 75))]))
    elif r < 0.35:
        out.append(logcat("ActivityManager", "I", ["Displayed com.lakeshorerx.kiosk/.%s: +%dms" % (R.choice(["CheckInActivity", "ConsentActivity", "QueueActivity"]), R.randint(180, 900))], pid=812))
    elif r < 0.5:
        p = person(0.25)
        w = "W-%03d" % R.randint(1, 140)
        nm = R.choice(["%s, %s" % (p.last, p.first), "%s %s" % (p.first, p.last), ascii_upper("%s, %s" % (p.last, p.first))])
        out.append(logcat("KioskCheckIn", "I", ["walk-in queued ticket=%s store=%s name=\"" % (w, st[0]), P(nm, "name"),
                                                "\" dob=", P(fmt_date(p.dob, R.choice(["us", "us_nz"])), "date"), " age=",
                                                P(str(p.age), "age") if p.age > 89 else str(p.age),
                                                " vaccine=%s lane=%d" % (vacc_for(p)[0], R.randint(1, 3))]))
        C.small()
        out.append(logcat("QueueService", "D", ["ticket %s position=%d est_wait=%dmin" % (w, R.randint(1, 9), R.randint(2, 45))]))
    elif r < 0.65:
        p = person()
        lic = p.dl
        out.append(logcat("ScannerService", "D", ["PDF417 decoded AAMVA v%02d IIN=%s len=%d" % (R.choice([8, 9, 10]), R.choice(["636032", "636023", "636037", "636031"]), R.randint(380, 620))]))
        C.small()
        L = logcat("LicenseParser", "I", ["DAQ=", P(lic, "license"), " DCS=", P(ascii_upper(p.last), "name"), " DAC=", P(ascii_upper(p.first), "name"),
                                          " DBB=", P(fmt_date(p.dob, "mdy8"), "date"), " DAG=", P(ascii_upper(p.street), "address"),
                                          " DAI=", P(ascii_upper(p.city), "address"), " DAJ=%s DAK=" % p.state, P(p.zip + digits(4), "zip"),
                                          " DBA=%s" % fmt_date(dt.date(2027 + R.randint(0, 3), p.dob.month, p.dob.day), "mdy8")])
        out.append(L)
        if strat() < 0.35:
            C.small()
            out.append(logcat("IdCapture", "D", ["portrait crop %dx%d q=82 jpeg_b64=" % (R.choice([240, 320]), R.choice([300, 400])),
                                                 P(b64blob("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT", 96), "photo"), "..."]))
        if p.age > 89:
            C.small()
            out.append(logcat("AgeGate", "I", ["computed age=", P(str(p.age), "age"), " bracket=65+ hd_flu_eligible=true"]))
    elif r < 0.75:
        p = person()
        out.append(logcat("PatientLookup", "I", ["query phone=", P(fmt_phone(p.phone, "raw"), "phone"), " matches=1 mrn=", P(p.mrn, "mrn"), " latency=%dms" % R.randint(40, 400)]))
    elif r < 0.83:
        p = person()
        out.append(logcat("DriveThru", "I", ["lane=%d arrival plate=" % R.randint(1, 2), P(p.plate, "vehicle"), " state=%s conf=" % p.state,
                                             P(p.conf, "other_id"), " notify=rph"]))
    elif r < 0.92:
        out.append(logcat("QueueService", "I", ["ticket W-%03d called to station %d by rph=%s" % (R.randint(1, 140), R.randint(1, 3), R.choice(STAFF)[0])]))
    else:
        out.append(logcat("OkHttp", "W", ["--> POST https://api.lakeshorerx.com/kiosk/v2/checkins (%d-byte body) failed: SocketTimeoutException after 15000ms, retry %d/3" % (R.randint(300, 1200), R.randint(1, 3))]))
    return out


# ---------------------------------------------------------------- HL7 ---


def hl7_ts(d=None):
    d = d or C.now
    return d.strftime("%Y%m%d%H%M%S") + "-0400"


def xpn(L, last, first, middle=""):
    up = R.random() < 0.75
    L.p(ascii_upper(last) if up else last, "name")
    L.t("^")
    L.p(ascii_upper(first) if up else first, "name")
    L.t("^")
    if middle:
        L.p(middle, "name")
    return L


def g_hl7():
    C.tick(5, 40)
    p = person()
    st = store_for(p)
    rph = R.choice([s for s in STAFF if s[4]])
    v = vacc_for(p)
    lot = R.choice(LOTS[v[0]])
    reg, dep = REG[p.state]
    ctl = "%s-%s-%06d" % (st[0].replace("-", ""), C.now.strftime("%Y%m%d"), R.randint(1, 999999))
    adm = C.now.date() - dt.timedelta(days=R.choice([0, 0, 0, 1, 2]))
    out = []
    out.append(mk("mirth_log", "[%s,%s]  INFO  (com.mirth.connect.donkey.server.channel.Channel:1489): VXU Outbound - %s: dispatching message %d (%s)" %
                  (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, R.randint(10000, 99999), ctl)))
    out.append(mk("hl7_vxu", "MSH|^~\\&|LAKESHORE_RX|%s^2.16.840.1.113883.3.7721.%s^ISO|%s|%s|%s||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" %
                  (st[0].replace("-", ""), st[0][3:], reg, dep, hl7_ts(), ctl)))
    L = Line("hl7_vxu")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^LAKESHORE^MR")
    if strat() < 0.7:
        L.t("~").p(p.iis, "other_id").t("^^^%s^SR" % reg)
    L.t("||")
    xpn(L, p.last, p.first, p.middle)
    L.t("^^^^L|")
    if strat() < 0.6:
        m = mk_person()
        L.p(ascii_upper(m.last), "name").t("^").p(ascii_upper(m.first), "name").t("^^^^^M")
    L.t("|").p(fmt_date(p.dob, "hl7"), "date").t("|%s||%s|" % ("F" if p.sex == "F" else "M", R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])))
    L.p(ascii_upper(p.street), "address").t("^")
    if p.unit:
        L.p(ascii_upper(p.unit), "address")
    L.t("^").p(ascii_upper(p.city), "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^L^^")
    L.p(ascii_upper(p.county), "address")
    L.t("||^PRN^PH^^^").p("%s^%s%s" % p.phone, "phone")
    if strat() < 0.5:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("|||||||||%s" % R.choice(["2186-5^Not Hispanic or Latino^CDCREC", "2135-2^Hispanic or Latino^CDCREC"]))
    out.append(L)
    L = Line("hl7_vxu")
    L.t("PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|").p(fmt_date(adm, "hl7"), "date").t("|||A|").p(fmt_date(adm, "hl7"), "date").t("|").p(fmt_date(adm, "hl7"), "date")
    out.append(L)
    if p.age < 18 or strat() < 0.3:
        g = relative(p)
        rel = "MTH^Mother^HL70063" if p.age < 18 and g.sex == "F" else ("FTH^Father^HL70063" if p.age < 18 else "SPO^Spouse^HL70063")
        L = Line("hl7_vxu")
        L.t("NK1|1|")
        xpn(L, g.last, g.first)
        L.t("^^^^L|%s|" % rel).p(ascii_upper(g.street), "address").t("^^").p(ascii_upper(g.city), "address").t("^%s^" % g.state).p(g.zip, "zip")
        L.t("^USA^L|^PRN^PH^^^").p("%s^%s%s" % g.phone, "phone")
        out.append(L)
    L = Line("hl7_vxu")
    L.t("ORC|RE||").p(p.rx, "other_id").t("^LAKESHORE_RX|||||||||%s^%s^%s^^^^^^NPI^L^^^NPI" % (rph[4], rph[2].upper(), rph[1].upper()))
    out.append(L)
    L = Line("hl7_vxu")
    L.t("RXA|0|1|").p(fmt_date(adm, "hl7") + C.now.strftime("%H%M"), "date").t("|").p(fmt_date(adm, "hl7") + C.now.strftime("%H%M"), "date")
    L.t("|%s^%s^CVX|%s|mL^mL^UCUM||00^New immunization record^NIP001|%s^%s^%s^^^^^^NPI|^^^%s||||%s|%s|%s^%s^MVX|||CP|A" %
        (v[1], v[2], v[6], rph[4], rph[2].upper(), rph[1].upper(), st[0].replace("-", ""), lot,
         fmt_date(dt.date(2025, R.randint(3, 12), R.randint(1, 28)), "hl7"), v[4], v[5]))
    out.append(L)
    out.append(mk("hl7_vxu", "RXR|C28161^Intramuscular^NCIT|%s" % R.choice(["LD^Left Deltoid^HL70163", "RD^Right Deltoid^HL70163", "LA^Left Arm^HL70163"])))
    L = Line("hl7_vxu")
    fund = R.choice(["V01^Not VFC eligible^HL70064", "V02^VFC eligible - Medicaid/Medicaid Managed Care^HL70064"]) if p.age < 19 else "V01^Not VFC eligible^HL70064"
    L.t("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|%s||||||F|||" % fund).p(fmt_date(adm, "hl7"), "date").t("|||VXC40^Eligibility captured at the immunization level^CDCPHINVS")
    out.append(L)
    out.append(mk("hl7_vxu", "OBX|2|CE|30963-3^Vaccine funding source^LN|2|%s||||||F" % R.choice(["PHC70^Private funds^CDCPHINVS", "VXC50^Public^CDCPHINVS"])))
    C.tick(1, 4)
    # ACK
    ack = R.random()
    actl = "%s%s" % (reg[:4], digits(9))
    out.append(mk("hl7_ack", "MSH|^~\\&|%s|%s|LAKESHORE_RX|%s|%s||ACK^V04^ACK|%s|P|2.5.1" % (reg, dep, st[0].replace("-", ""), hl7_ts(), actl)))
    if ack < 0.5:
        out.append(mk("hl7_ack", "MSA|AA|%s" % ctl))
        out.append(mk("mirth_log", "[%s,%s]  INFO  (com.mirth.connect.connectors.http.HttpDispatcher:412): VXU Outbound - %s: response 200, ACK AA for %s in %dms" %
                      (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, ctl, R.randint(120, 2300))))
    else:
        out.append(mk("hl7_ack", "MSA|AE|%s" % ctl))
        e = strat()
        L = Line("hl7_ack")
        if e < 0.3:
            bad = p.zip[:4]
            L.t("ERR||PID^1^11^5|102^Data type error^HL70357|W|5^Table value not found^HL70533|||Invalid zip code '").p(bad, "zip").t("' for patient address; record accepted without address")
        elif e < 0.55:
            L.t("ERR||RXA^1^15|101^Required field missing^HL70357|W|||||Lot number missing or unrecognized for CVX %s" % v[1])
        elif e < 0.8:
            L.t("ERR||PID^1^7|207^Application internal error^HL70357|E|||Possible duplicate client: ").p(ascii_upper(p.last), "name").t(", ").p(ascii_upper(p.first), "name").t(" DOB ").p(fmt_date(p.dob, "us"), "date").t(" matches IIS client ").p(p.iis, "other_id")
        else:
            L.t("ERR||NK1^1^3|103^Table value not found^HL70357|W|||||Relationship code not recognized; next of kin ignored")
        out.append(L)
        out.append(mk("mirth_log", "[%s,%s]  WARN  (com.mirth.connect.server.userutil.ChannelUtil:201): VXU Outbound - %s: ACK AE for %s, queued for review (queue depth %d)" %
                      (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, ctl, R.randint(1, 40))))
    return out


def g_mirth_noise():
    C.tick()
    reg = R.choice(list(REG.values()))[0]
    msgs = [
        "[%s,%s]  INFO  (com.mirth.connect.server.controllers.DonkeyEngineController:1226): Channel VXU Outbound - %s deployed (revision %d)" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, R.randint(40, 90)),
        "[%s,%s]  ERROR (com.mirth.connect.connectors.http.HttpDispatcher:503): VXU Outbound - %s: Connect to iis-gw.%s.example.gov:443 failed: Read timed out after 30000 ms; will retry in 60s" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, reg.lower()),
        "[%s,%s]  INFO  (com.mirth.connect.server.util.javascript.JavaScriptTask:98): Pruner: removed %d messages older than 30 days from VXU Outbound - %s" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(200, 9000), reg),
        "[%s,%s]  DEBUG (com.mirth.connect.plugins.datapruner.DataPruner:310): queue stats channel=%s pending=%d errored=%d sent=%d" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg, R.randint(0, 60), R.randint(0, 9), R.randint(100, 2000)),
    ]
    return [mk("mirth_log", R.choice(msgs))]


def g_mirth_phi():
    C.tick()
    p = person()
    reg = REG[p.state][0]
    L = Line("mirth_log")
    L.t("[%s,%s]  ERROR (com.mirth.connect.server.transformers.JavaScriptFilterTransformer:134): VXU Outbound - %s: Transformer error: PID-7 '" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), reg))
    bad = "%04d%02d%02d" % (p.dob.year, p.dob.day if p.dob.day <= 12 else 13, p.dob.month)
    L.p(bad, "date").t("' is not a valid DTM for patient ").p(ascii_upper(p.last), "name").t("^").p(ascii_upper(p.first), "name").t(" (MRN ").p(p.mrn, "mrn").t(")")
    return [L]


# ------------------------------------------------------------- VAERS ---

SYMPTOMS = [
    "Pt felt lightheaded ~5 min after injection, brief syncope in chair, recovered within 2 min, BP 102/64. EMS not called.",
    "Hives on chest and arms 20 min post vaccination; diphenhydramine 50 mg PO given; resolved by 1 hr.",
    "Reports sore arm, fever 101.4F and chills starting next morning, lasting 2 days.",
    "Shoulder pain and reduced ROM since injection (possible SIRVA); referred to PCP.",
    "Facial swelling and throat tightness at 10 min; epinephrine 0.3 mg IM administered, 911 called, transported to ED.",
    "Wrong vaccine given (QIV instead of HD); no adverse reaction reported.",
]


def g_vaers():
    C.tick()
    out = []
    r = strat()
    if r < 0.25:
        out.append(mk("vaers_csv", "AE_REPORT_ID,RECVDATE,STATE,PATIENT_NAME,DOB,AGE_YRS,SEX,VAX_DATE,ONSET_DATE,VAX_TYPE,VAX_LOT,VAX_MANU,SYMPTOM_TEXT,ER_VISIT,RECOVD,REPORTER_REL,REPORTER_PHONE,REPORTER_FAX,VAERS_ID"))
    for _ in range(R.randint(1, 3)):
        p = person(0.2)
        v = vacc_for(p)
        vd = TODAY - dt.timedelta(days=R.randint(0, 6))
        od = vd + dt.timedelta(days=R.randint(0, 2))
        L = Line("vaers_csv")
        L.t("AE-%s-%04d," % (C.now.strftime("%y%m"), R.randint(1, 9999)))
        L.p(fmt_date(TODAY, "us"), "date").t(",%s,\"" % p.state)
        L.p("%s, %s" % (p.last.upper(), p.first.upper()), "name").t("\",")
        L.p(fmt_date(p.dob, "us"), "date").t(",")
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(",%s," % p.sex)
        L.p(fmt_date(vd, "us"), "date").t(",").p(fmt_date(od, "us"), "date")
        L.t(",%s,%s,%s,\"%s\",%s,%s," % (v[0].split("-")[0], R.choice(LOTS[v[0]]), v[5].upper(), R.choice(SYMPTOMS).replace('"', "'"), R.choice("YN"), R.choice(["Y", "N", "U"])))
        if strat() < 0.5:
            g = relative(p)
            L.t((R.choice(["MOTHER", "FATHER", "PARENT"]) if p.age < 18 else R.choice(["DAUGHTER", "SON", "SPOUSE"])) + ",").p(fmt_phone(g.phone, "dash"), "phone").t(",")
            if strat() < 0.5:
                L.p(fmt_phone((g.phone[0], str(R.randint(201, 989)), digits(4)), "dash"), "fax")
            L.t(",")
        else:
            L.t("PHARMACIST,%s,%s," % (R.choice(STORES)[5], "(800) 555-0148"))
        if strat() < 0.6:
            L.p(p.vaers, "other_id")
        out.append(L)
    return out


def g_vaers_json():
    C.tick()
    p = person()
    v = vacc_for(p)
    vd = TODAY - dt.timedelta(days=R.randint(0, 3))
    rph = R.choice(STAFF[:4])
    body = {"form": "VAERS-2.0", "patient": {"name": {"given": P(p.first, "name"), "family": P(p.last, "name")},
                                            "birthDate": P(fmt_date(p.dob, "iso"), "date"), "sex": p.sex,
                                            "ageYears": P(p.age, "age") if p.age > 89 else p.age,
                                            "address": {"line": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")},
                                            "telecom": P(fmt_phone(p.phone, "paren"), "phone")},
            "vaccines": [{"cvx": v[1], "mvx": v[4], "lot": R.choice(LOTS[v[0]]), "dose": 1, "route": "IM", "site": "LA",
                          "date": P(fmt_date(vd, "iso"), "date")}],
            "reporter": {"role": "pharmacist", "name": "%s %s, %s" % (rph[1], rph[2], rph[3]), "facility": "Lakeshore Pharmacy", "fax": "(734) 482-1199"},
            "symptomText": R.choice(SYMPTOMS)}
    if strat() < 0.5:
        g = relative(p)
        body["reporter"] = {"role": "relative", "relation": R.choice(["mother", "father"]) if p.age < 18 else R.choice(["daughter", "son", "spouse"]),
                            "name": P("%s %s" % (g.first, g.last), "name"), "phone": P(fmt_phone(g.phone, "dot"), "phone"),
                            "fax": P(fmt_phone((g.phone[0], str(R.randint(201, 989)), digits(4)), "paren"), "fax")}
        if strat() < 0.3:
            del body["reporter"]["fax"]
    L = Line("vaers_json")
    L.t("%s INFO  [ae-submitter] POST /api/v1/reports body=" % (C.now.strftime("%Y-%m-%d %H:%M:%S,") + C.ms()))
    jv(L, body)
    out = [L]
    C.tick(1, 3)
    L = Line("vaers_json")
    L.t("%s INFO  [ae-submitter] response 201 " % (C.now.strftime("%Y-%m-%d %H:%M:%S,") + C.ms()))
    jv(L, {"status": "ACCEPTED", "vaersId": P(p.vaers, "other_id"), "receivedAt": C.iso_z(), "warnings": []})
    out.append(L)
    return out


# ---------------------------------------------------------- cold chain ---


def g_cold():
    C.tick(10, 60)
    st = R.choice(STORES)
    out = []
    r = strat()
    if r < 0.7:
        for _ in range(R.randint(1, 3)):
            unit = R.choice(["FRIDGE-01", "FRIDGE-02", "FRZ-01", "ULT-01"])
            base = {"FRIDGE-01": 4.5, "FRIDGE-02": 4.8, "FRZ-01": -20.5, "ULT-01": -72.0}[unit]
            temp = round(base + R.uniform(-1.3, 1.3), 1)
            sn = "TT4-%s" % digits(7)
            ok = "OK" if (unit.startswith("FRI") and 2.0 <= temp <= 8.0) or not unit.startswith("FRI") else "ALARM"
            out.append(mk("coldchain_csv", "%s,%s,%s,%s,%s,%.1f,C,%s,%d" % (st[0], unit, sn, C.now.strftime("%Y-%m-%dT%H:%M:%S-04:00"), R.choice(["TempTale4", "LogTag UTRED30-16", "Berlinger Fridge-tag 2L"]), temp, ok, R.randint(40, 100))))
            C.small()
    elif r < 0.85:
        o = {"event": "excursion", "storeId": st[0], "unit": R.choice(["FRIDGE-01", "FRIDGE-02"]), "minC": round(R.uniform(0.5, 1.9), 1),
             "maxC": round(R.uniform(8.2, 11.5), 1), "durationMin": R.randint(12, 140), "started": C.iso_z(),
             "lotsOnHand": R.sample(sum(LOTS.values(), []), 3), "action": "QUARANTINE_PENDING_MFR_STABILITY",
             "ackBy": R.choice(STAFF)[0], "ticket": "CC-%d" % R.randint(40000, 49999)}
        out.append(mkj("coldchain_json", o))
    else:
        out.append(mk("coldchain_csv", "store_id,unit_id,logger_sn,reading_ts,logger_model,temp,unit,status,battery_pct"))
    return out


# ------------------------------------------------------------- recalls ---


def g_recall():
    C.tick()
    v = R.choice(VACC)
    lot = R.choice(LOTS[v[0]])
    rid = "RC-2024-%04d" % R.randint(100, 999)
    r = strat()
    out = []
    if r < 0.45:
        o = {"recallId": rid, "ndc": v[3], "lot": lot, "manufacturer": v[5], "class": R.choice(["II", "III"]),
             "reason": R.choice(["potential loss of potency", "particulate matter observed in syringes", "labeling error: incorrect expiration date"]),
             "issued": "2024-10-%02d" % R.randint(1, 6), "storesAffected": R.randint(1, 18), "dosesOnHand": R.randint(0, 240),
             "status": R.choice(["QUARANTINED", "RETURN_AUTHORIZED", "CLOSED"])}
        out.append(mkj("recall_json", o, prefix="%s INFO recall-svc " % C.iso_z()))
    elif r < 0.7:
        out.append(mk("recall_kv", "ts=%s level=info svc=recall-svc msg=\"patients administered recalled lot\" recall_id=%s lot=%s ndc=%s admin_from=2024-09-01 admin_to=2024-10-06 patients=%d outreach=queued" %
                      (C.iso_z(), rid, lot, v[3], R.randint(0, 90))))
    else:
        for _ in range(R.randint(1, 3)):
            p = person()
            L = Line("recall_outreach_psv")
            L.t("%s|%s|" % (rid, lot)).p(p.mrn, "mrn").t("|").p(ascii_upper(p.last), "name").t("|").p(ascii_upper(p.first), "name").t("|")
            L.p(fmt_phone(p.phone, "raw"), "phone").t("|")
            L.p(fmt_date(TODAY - dt.timedelta(days=R.randint(3, 30)), "iso"), "date").t("|%s" % R.choice(["SMS_SENT", "EMAIL_SENT", "LETTER", "NO_CONTACT"]))
            out.append(L)
    return out


# ---------------------------------------------------------------- NCPDP ---


def g_ncpdp():
    C.tick()
    p = person()
    st = store_for(p)
    v = vacc_for(p)
    payer = p.payer
    txn = "ncp-" + hexs(12)
    out = []
    dos = fmt_date(C.now.date(), "hl7")
    pre = "%s,%s INFO  [claims-switch] " % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms())
    if strat() < 0.5:
        # python bytes repr of raw D.0
        L = Line("ncpdp_d0")
        L.t(pre + "B1 txn=%s raw=b'%s%sD0B1%-10s1%02d%-15s" % (txn, payer[1], "", payer[2], 1, st[4]))
        L.p(dos, "date").t("%-10s" % "LSRX24D01")
        L.t("\\x1e\\x1cAM04\\x1cC2").p(p.member, "health_plan")
        if payer[3]:
            L.t("\\x1cC1%s" % payer[3])
        L.t("\\x1cC3%s\\x1e\\x1cAM01" % p.person_code)
        if strat() < 0.3:
            L.t("\\x1cCX01\\x1cCY").p(p.ssn.replace("-", ""), "ssn")
        L.t("\\x1cC4").p(fmt_date(p.dob, "hl7"), "date").t("\\x1cC5%d\\x1cCA" % (2 if p.sex == "F" else 1)).p(ascii_upper(p.first), "name")
        L.t("\\x1cCB").p(ascii_upper(p.last), "name").t("\\x1cCP").p(p.zip, "zip")
        L.t("\\x1d\\x1e\\x1cAM07\\x1cEM1\\x1cD2").p(p.rx, "other_id").t("\\x1cE103\\x1cD7%s\\x1cE7%s\\x1cD30\\x1cD51\\x1cD61\\x1cD80" % (v[3].replace("-", ""), "%010d" % int(float(v[6]) * 1000)))
        L.t("\\x1e\\x1cAM11\\x1cD9%s\\x1cDC0{\\x1cE3%s\\x1cDU%s'" % (ov(v[7]), ov(2000), ov(v[7] + 2000)))
        out.append(L)
    else:
        L = Line("ncpdp_fields")
        L.t(pre + "B1 txn=%s bin=%s pcn=%s prov=%s dos=" % (txn, payer[1], payer[2], st[4])).p(dos, "date")
        L.t(" | AM04 C2=").p(p.member, "health_plan").t(" C1=%s C3=%s CC=" % (payer[3] or "-", p.person_code)).p(ascii_upper(p.first), "name").t(" CD=").p(ascii_upper(p.last), "name")
        L.t(" | AM01 C4=").p(fmt_date(p.dob, "hl7"), "date").t(" C5=%d CM=" % (2 if p.sex == "F" else 1)).p(ascii_upper(p.street), "address").t(" CN=").p(ascii_upper(p.city), "address")
        L.t(" CO=%s CP=" % p.state).p(p.zip, "zip").t(" CQ=").p(fmt_phone(p.phone, "raw"), "phone")
        L.t(" | AM07 D2=").p(p.rx, "other_id").t(" D7=%s E7=%s | AM03 EZ=01 DB=%s" % (v[3].replace("-", ""), v[6], R.choice(STAFF[:4])[4]))
        out.append(L)
    C.tick(1, 3)
    pre = "%s,%s INFO  [claims-switch] " % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms())
    r = strat()
    if r < 0.55:
        out.append(mk("ncpdp_resp", pre + "B1 resp txn=%s AM21 AN=P F3=%s | AM23 F5=%s F6=%s F9=%s | latency=%dms" %
                      (txn, digits(14), ov(0), ov(v[7]), ov(v[7] + 2000), R.randint(180, 2400))))
    elif r < 0.85:
        code, msg = R.choice([("65", "PATIENT IS NOT COVERED"), ("41", "SUBMIT BILL TO OTHER PROCESSOR / PRIMARY PAYER"),
                              ("70", "PRODUCT/SERVICE NOT COVERED - PLAN/BENEFIT EXCLUSION"), ("MR", "PRODUCT NOT ON FORMULARY"),
                              ("88", "DUR REJECT ERROR"), ("AG", "DAYS SUPPLY LIMITATION FOR PRODUCT/SERVICE")])
        out.append(mk("ncpdp_resp", pre + "B1 resp txn=%s AM21 AN=R FA=1 FB=%s | AM20 F4=\"%s\" | latency=%dms" % (txn, code, msg, R.randint(180, 2400))))
    else:
        L = Line("ncpdp_resp")
        L.t(pre + "B1 resp txn=%s AM21 AN=R FA=1 FB=07 | AM20 F4=\"CARDHOLDER ID " % txn).p(p.member, "health_plan").t(" NOT ON FILE FOR DOB ").p(fmt_date(p.dob, "hl7"), "date").t("\"")
        out.append(L)
    return out


def g_ncpdp_stats():
    C.tick()
    payer = R.choice(PAYERS)
    sent = R.randint(20, 400)
    rej = R.randint(0, sent // 5)
    return [mk("ncpdp_resp", "%s,%s INFO  [claims-switch] stats window=300s bin=%s pcn=%s sent=%d paid=%d rejected=%d reversed=%d p95_ms=%d switch=%s" %
               (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), payer[1], payer[2], sent, sent - rej, rej, R.randint(0, 5), R.randint(400, 3000), R.choice(["RELAYHEALTH", "CHANGE_HC"])))]


# ----------------------------------------------------------- reminders ---


def g_twilio():
    C.tick()
    out = []
    p = person()
    sid = "SM" + hexs(32)
    r = strat()
    ts = "%s,%s" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms())
    if r < 0.35:
        st = store_for(p)
        d = future_date()
        tok = alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
        L = Line("twilio_body")
        L.t("[%s: INFO/ForkPoolWorker-%d] reminders.sms: to=" % (ts, R.randint(1, 8))).p(fmt_phone(p.phone, "e164"), "phone").t(" body=\"Hi ")
        L.p(p.first, "name").t(", reminder: your %s at Lakeshore Pharmacy #%s (%s) is %s " % (R.choice(["flu shot", "COVID-19 vaccine", "vaccine appointment"]), st[0][3:], st[1], d.strftime("%a")))
        L.p(fmt_date(d, "md"), "date").t(" at %s. Reply C to confirm, STOP to opt out. Reschedule: " % R.choice(["9:15 AM", "11:30 AM", "2:30 PM", "4:45 PM", "6:00 PM"]))
        L.p("https://lsrx.co/r/" + tok, "url").t("\" segments=2")
        out.append(L)
    elif r < 0.7:
        st = R.choice(["delivered", "delivered", "sent", "undelivered", "failed"])
        err = {"undelivered": "30003", "failed": "30006"}.get(st, "")
        L = Line("twilio_kv")
        L.t("twilio.status MessageSid=%s AccountSid=AC%s From=+18885550148 To=" % (sid, hexs(32))).p(fmt_phone(p.phone, "e164"), "phone")
        L.t(" MessageStatus=%s ErrorCode=%s ApiVersion=2010-04-01" % (st, err))
        out.append(L)
    elif r < 0.8:
        L = Line("twilio_kv")
        L.t("twilio.inbound MessageSid=%s From=" % sid).p(fmt_phone(p.phone, "e164"), "phone").t(" Body=%s OptOutType=STOPALL NumSegments=1" % R.choice(["STOP", "Stop", "UNSUBSCRIBE"]))
        out.append(L)
    else:
        out.append(mk("celery_log", "[%s: INFO/MainProcess] Task reminders.tasks.send_batch[%s] succeeded in %.3fs: {'sent': %d, 'failed': %d, 'opted_out': %d}" %
                      (ts, uuid4(), R.uniform(2, 40), R.randint(200, 3000), R.randint(0, 40), R.randint(0, 20))))
    return out


def g_celery_noise():
    C.tick()
    ts = "%s,%s" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms())
    m = R.choice([
        "[%s: INFO/MainProcess] Task reminders.tasks.build_queue[%s] received" % (ts, uuid4()),
        "[%s: INFO/Beat] Scheduler: Sending due task reminders-24h (reminders.tasks.send_batch)" % ts,
        "[%s: WARNING/ForkPoolWorker-%d] twilio.base.exceptions.TwilioRestException: HTTP 429 error: Too Many Requests (code 20429); backing off 8s" % (ts, R.randint(1, 8)),
        "[%s: INFO/MainProcess] Connected to redis://reminders-redis.immz.svc.cluster.local:6379/0" % ts,
        "[%s: INFO/ForkPoolWorker-%d] sendgrid: batch %s accepted 202 x-message-id=%s" % (ts, R.randint(1, 8), uuid4()[:8], alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
    ])
    return [mk("celery_log", m)]


def g_celery_phi():
    C.tick()
    p = person()
    ts = "%s,%s" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms())
    L = Line("celery_log")
    bad = fmt_phone(p.phone, "e164")[:-1]
    L.t("[%s: ERROR/ForkPoolWorker-%d] Task reminders.tasks.send_sms[%s] raised unexpected: InvalidPhone(\"'" % (ts, R.randint(1, 8), uuid4())).p(bad, "phone").t("' is not a valid E.164 number for patient ").p(p.mrn, "mrn").t("\")")
    return [L]


def g_sendgrid():
    C.tick()
    r = strat()
    if r < 0.7:
        evs = []
        for _ in range(R.randint(1, 2)):
            p = person()
            ev = {"email": P(p.email, "email"), "timestamp": int(C.epoch_ms() / 1000), "smtp-id": "<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (alnum(22), R.randint(1, 200)),
                  "event": R.choice(["delivered", "open", "bounce", "processed", "dropped"]), "category": ["immz-reminder", R.choice(["flu", "covid", "rsv", "dose2"])],
                  "sg_event_id": alnum(22), "sg_message_id": alnum(22) + ".filterdrecv-" + hexs(8), "appointment_id": "apt_01J9" + alnum(22)}
            if ev["event"] == "bounce":
                ev["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
            evs.append(ev)
        return [mkj("sendgrid_json", evs, prefix="%s [sg-webhook] INFO events=" % C.iso_z())]
    else:
        return [mkj("sendgrid_json", {"date": "2024-10-06", "stats": [{"metrics": {"requests": 9120, "delivered": R.randint(8700, 9050), "bounces": R.randint(5, 90), "opens": R.randint(600, 4000), "spam_reports": R.randint(0, 3)}}]},
                    prefix="%s [sg-stats] INFO daily " % C.iso_z())]


# -------------------------------------------------------------- Django ---


def g_django():
    C.tick()
    r = strat()
    staff = R.choice(STAFF)
    tsa = C.now.strftime("%d/%b/%Y:%H:%M:%S -0400")
    ip = "10.20.%d.%d" % (R.randint(1, 9), R.randint(10, 250))
    if r < 0.3:
        path = R.choice(["/admin/", "/admin/immunizations/appointment/?store__id__exact=%s&o=-3" % R.choice(STORES)[0],
                         "/admin/jsi18n/", "/static/admin/css/base.css", "/admin/inventory/lot/?q=%s" % R.choice(sum(LOTS.values(), [])),
                         "/admin/coldchain/excursion/%d/change/" % R.randint(100, 999)])
        return [mk("django_access", '%s - %s [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (ip, staff[0], tsa, path, R.randint(400, 40000), STAFF_UA))]
    if r < 0.45:
        p = person()
        L = Line("django_access")
        q = R.choice([p.last.lower().replace(" ", "+"), p.mrn])
        L.t('%s - %s [%s] "GET /admin/patients/patient/?q=' % (ip, staff[0], tsa)).p(q, "name" if not q.startswith("LS") else "mrn")
        L.t(' HTTP/1.1" 200 %d "https://admin.lakeshorerx.com/admin/patients/patient/" "%s"' % (R.randint(4000, 40000), STAFF_UA))
        return [L]
    if r < 0.6:
        p = person()
        L = Line("django_access")
        L.t('%s - %s [%s] "POST /admin/patients/patient/' % (ip, staff[0], tsa)).p(p.mrn, "mrn").t('/change/ HTTP/1.1" 302 0 "https://admin.lakeshorerx.com/admin/patients/patient/').p(p.mrn, "mrn").t('/change/" "%s"' % STAFF_UA)
        out = [L]
        C.small()
        L = Line("django_audit")
        L.t("INFO %s,%s audit %d %d admin.LogEntry action=CHANGE user=%s content_type=patients.patient object_id=" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999), staff[0]))
        L.p(p.mrn, "mrn").t(' object_repr="').p("%s, %s" % (p.last.upper(), p.first), "name").t(" (DOB ").p(fmt_date(p.dob, "iso"), "date").t(')" change_message=')
        L.t(json.dumps([{"changed": {"fields": R.sample(["Phone", "Email", "Insurance member ID", "Address line 1", "SMS opt-in", "Preferred language"], 2)}}]))
        out.append(L)
        return out
    if r < 0.72:
        p = person()
        out = [mk("django_log", "ERROR %s,%s log %d %d Internal Server Error: /admin/patients/patient/add/" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999)))]
        if strat() < 0.5:
            out.append(mk("django_log", 'django.db.utils.IntegrityError: duplicate key value violates unique constraint "patients_patient_ssn_key"'))
            out.append(Line("django_log").t("DETAIL:  Key (ssn)=(").p(p.ssn, "ssn").t(") already exists."))
        else:
            out.append(mk("django_log", 'django.db.utils.IntegrityError: duplicate key value violates unique constraint "patients_coverage_payer_id_member_id_person_code_uniq"'))
            out.append(Line("django_log").t("DETAIL:  Key (payer_id, member_id, person_code)=(%d, " % R.randint(1, 40)).p(p.member, "health_plan").t(", %s) already exists." % p.person_code))
        return out
    if r < 0.82:
        return [mk("django_log", R.choice([
            "WARNING %s,%s log %d %d Not Found: /admin/patients/patient/undefined/change/" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999)),
            "ERROR %s,%s base %d %d Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999), "10.20.0.14:8000", "10.20.0.14"),
            "INFO %s,%s autoreload %d %d Watching for file changes with StatReloader" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999)),
            "[%s -0400] [%d] [INFO] Booting worker with pid: %d" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 9), R.randint(10, 400)),
        ]))]
    if r < 0.9:
        p = person()
        L = Line("django_audit")
        L.t("INFO %s,%s audit %d %d admin.export user=%s model=immunizations.consentform rows=1 filter=" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), R.randint(1000, 9999), R.randint(139000000000000, 139999999999999), staff[0]))
        L.t('{"patient__last_name__iexact": "').p(p.last, "name").t('", "patient__dob": "').p(fmt_date(p.dob, "iso"), "date").t('"} format=csv')
        return [L]
    return [mk("django_log", "Applying immunizations.%04d_%s... OK" % (R.randint(40, 80), R.choice(["consentform_signature_svg", "add_vfc_eligibility", "lot_recall_fk", "appointment_lane_idx"])))]


# -------------------------------------------------------------- Lambda ---


class LambdaCtx:
    rid = None


def g_lambda():
    C.tick(20, 120)
    rid = uuid4()
    out = [mk("lambda_cw", "START RequestId: %s Version: $LATEST" % rid)]
    bucket = "lakeshore-iis-outbound-prod"
    key = "%s/vxu_batch_%04d.hl7" % (C.utc.strftime("%Y/%m/%d"), R.randint(1, 40))
    C.small()
    out.append(mk("lambda_cw", "[INFO]\t%s\t%s\tProcessing s3://%s/%s records=%d state=%s" % (C.iso_z(), rid, bucket, key, R.randint(20, 600), R.choice(list(REG.keys())))))
    for _ in range(R.randint(0, 3)):
        C.small()
        p = person()
        r = strat()
        L = Line("lambda_cw")
        L.t("[ERROR]\t%s\t%s\t" % (C.iso_z(), rid))
        if r < 0.35:
            L.t("registry rejected record pid=").p(p.mrn, "mrn").t(" iis_id=").p(p.iis, "other_id")
            if strat() < 0.5:
                L.t(" reason='RXA-3 administration date ").p(fmt_date(TODAY + dt.timedelta(days=R.randint(1, 9)), "hl7"), "date").t(" is in the future'")
            else:
                L.t(" reason='PID-7 birth date ").p(fmt_date(p.dob, "hl7"), "date").t(" conflicts with IIS client record (%s)'" % R.choice(["1 year off", "month/day swapped"]))
        elif r < 0.65:
            L.t("skip record: missing PID-11 address for ").p("%s %s" % (p.first, p.last), "name").t(" dob=").p(fmt_date(p.dob, "iso"), "date")
        else:
            L.t('{"errorMessage": "\'dob\'", "errorType": "KeyError", "requestId": "%s", "record": {"mrn": "' % rid).p(p.mrn, "mrn").t('", "last": "').p(p.last, "name").t('"}, "stackTrace": ["  File \\"/var/task/handler.py\\", line %d, in handler\\n    dob = rec[\'dob\']\\n"]}' % R.randint(60, 140))
        out.append(L)
    C.small()
    if strat() < 0.5:
        out.append(mk("lambda_cw", "[INFO]\t%s\t%s\tWrote ack summary to s3://%s/acks/%s accepted=%d rejected=%d" % (C.iso_z(), rid, bucket, key.replace(".hl7", ".json"), R.randint(20, 600), R.randint(0, 8))))
    C.small()
    out.append(mk("lambda_cw", "END RequestId: %s" % rid))
    d = R.uniform(400, 14000)
    out.append(mk("lambda_cw", "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB%s" %
                  (rid, d, int(d) + 1, R.randint(90, 300), "\tInit Duration: %.2f ms" % R.uniform(300, 900) if R.random() < 0.3 else "")))
    return out


# ----------------------------------------------------------- Snowflake ---


def sf_prefix(fn, lineno, lvl="INFO"):
    return "%s,%s - MainThread %s:%d - %s() - %s - " % (C.now.strftime("%Y-%m-%d %H:%M:%S"), C.ms(), fn, lineno, fn.split(".")[0] if fn != "cursor.py" else "execute", lvl)


def g_snowflake():
    C.tick()
    r = strat()
    out = []
    if r < 0.55:
        q = R.choice([
            "SELECT store_id, cvx_code, COUNT(*) AS doses FROM ANALYTICS.IMMZ.ADMINISTRATIONS WHERE admin_date BETWEEN '2024-09-01' AND '2024-10-06' GROUP BY 1,2 ORDER BY 3 DESC",
            "SELECT payer_bin, SUM(paid_amount) AS paid, COUNT_IF(status='R') AS rejects FROM ANALYTICS.CLAIMS.NCPDP_B1 WHERE dos >= DATEADD(day,-7,CURRENT_DATE) GROUP BY payer_bin",
            "SELECT registry, ack_code, COUNT(*) FROM ANALYTICS.IMMZ.VXU_ACKS WHERE sent_at::date = '2024-10-06' GROUP BY 1,2",
            "SELECT lot_number, MIN(reading_c), MAX(reading_c) FROM ANALYTICS.OPS.COLD_CHAIN_READINGS WHERE store_id='LS-0142' AND reading_ts >= '2024-10-01' GROUP BY 1",
            "SELECT DATE_TRUNC('week', booked_at) wk, channel, COUNT(*) FROM ANALYTICS.SCHED.APPOINTMENTS GROUP BY 1,2",
        ])
        out.append(mk("snowflake_connector", sf_prefix("cursor.py", 1028) + "query: [%s]" % q))
        C.small()
        out.append(mk("snowflake_connector", sf_prefix("cursor.py", 1041) + "query execution done"))
        if strat() < 0.5:
            C.small()
            out.append(mk("snowflake_connector", sf_prefix("result_batch.py", 452, "DEBUG") + "Number of results in first chunk: %d" % R.randint(1, 400)))
    elif r < 0.8:
        p = person()
        L = Line("snowflake_connector")
        L.t(sf_prefix("cursor.py", 1028) + "query: [SELECT a.admin_date, a.cvx_code, a.lot_number, a.store_id FROM ANALYTICS.IMMZ.ADMINISTRATIONS a JOIN ANALYTICS.IMMZ.PATIENTS p ON p.patient_id = a.patient_id WHERE p.last_name = '")
        L.p(ascii_upper(p.last).replace("'", "''"), "name").t("' AND p.birth_date = '").p(fmt_date(p.dob, R.choice(["iso", "dmon"])), "date").t("'::date]")
        out.append(L)
        C.small()
        out.append(mk("snowflake_connector", sf_prefix("cursor.py", 1041) + "query execution done"))
    elif r < 0.9:
        out.append(mk("snowflake_qh_csv", '"%s","%s","SELECT","REPORTING_WH","SUCCESS",%d,%d,"IMMZ_ANALYST","svc_tableau"' %
                      ("01b7%s-0603-%s-0000-%s" % (hexs(4), hexs(4), hexs(12)), C.now.strftime("%Y-%m-%d %H:%M:%S.") + C.ms() + " -0700", R.randint(100, 90000), R.randint(0, 2000000))))
    else:
        p = person()
        L = Line("snowflake_qh_csv")
        L.t('"01b7%s-0603-%s-0000-%s","%s","UPDATE","ETL_WH","SUCCESS",%d,1,"IMMZ_ETL","svc_airflow","UPDATE RAW.IMMZ.PATIENTS SET phone = \'' % (hexs(4), hexs(4), hexs(12), C.now.strftime("%Y-%m-%d %H:%M:%S.") + C.ms() + " -0700", R.randint(100, 9000)))
        L.p(fmt_phone(p.phone, "dash"), "phone").t("' WHERE mrn = '").p(p.mrn, "mrn").t("'\"")
        out.append(L)
    return out


# -------------------------------------------------------- notes, consent ---


def g_note():
    C.tick()
    p = person()
    rph = R.choice(STAFF[:4] + [STAFF[5]])
    st = store_for(p)
    L = Line("pharm_note")
    hdr = "%s EDT | %s | RPh %s. %s | " % (C.now.strftime("%Y-%m-%d %H:%M:%S"), st[0], rph[1][0], rph[2])
    L.t(hdr)
    k = R.randint(0, 9)
    if k == 2:
        p = R.choice([x for x in PEOPLE if x.age > 89])
    elif k in (4, 8):
        p = R.choice([x for x in PEOPLE if x.age < 18])
    nm = R.choice(["%s %s" % (p.first, p.last), "%s, %s" % (p.last.upper(), p.first.upper()), "%s. %s" % (p.first[0], p.last)])
    if k == 0:
        g = relative(p)
        L.t("pt: ").p(nm, "name").t(" | MRN ").p(p.mrn, "mrn").t(" | Pt reports syncope w/ prior %s vax. Seated %d min post-admin, no rxn. %s " % (R.choice(["flu", "Tdap", "COVID"]), R.choice([15, 20, 30]), "Daughter" if g.sex == "F" else "Son")).p(g.first, "name").t(" (").p(fmt_phone(g.phone, "dash"), "phone").t(") drove pt home.")
    elif k == 1:
        L.t("pt ").p(nm, "name").t(", DOB ").p(fmt_date(p.dob, "us_short"), "date").t(" - egg allergy (hives only) per pt; per ACIP no precaution needed, gave %s LD. Obs 15 min, tolerated well." % vacc_for(p)[0])
    elif k == 2:
        cg = mk_person().first + " " + mk_person().last
        if strat() < 0.5:
            L.t("").p(nm, "name").t(", ").p(str(p.age), "age").t(" y/o, accompanied by caregiver ").p(cg, "name").t("; HD flu + RSV discussed, pt elected HD flu only today. RSV f/u ").p(fmt_date(future_date(), "us_nz"), "date").t(".")
        else:
            L.t("Pt (").p(nm, "name").t(", ").p(str(p.age), "age").t("yo %s) from %s; hx CHF, on warfarin - used 25G needle, firm pressure 2 min. POA " % ("F" if p.sex == "F" else "M", R.choice(["Brookdale assisted living", "home", "Sunrise memory care"]))).p(cg, "name").t(" signed consent by phone.")
    elif k == 3:
        L.t("pt ").p(nm, "name").t(" has implanted pacemaker (Medtronic Azure, SN ").p("PJN" + digits(6) + "H", "device").t(") - not a contraindication; gave in R deltoid per pt preference.")
    elif k == 4:
        g = relative(p)
        L.t("minor ").p(p.first, "name").t(" (").p(fmt_date(p.dob, "iso"), "date").t(") - consent signed by parent ").p("%s %s" % (g.first, g.last), "name").t(", ID verified (DL ").p(g.dl, "license").t(").")
    elif k == 5:
        L.t("Called ").p(nm, "name").t(" @ ").p(fmt_phone(p.phone, "paren"), "phone").t(" re: claim reject 65 (not covered on DOS). Pt will bring new card; updated member ID to ").p(p.member, "health_plan").t(".")
    elif k == 6:
        L.t(R.choice(["Fridge %d door ajar alarm at %s, max temp %.1fC for %d min. Lots on hand quarantined pending %s stability call." % (R.randint(1, 2), C.now.strftime("%H:%M"), R.uniform(8.1, 11.0), R.randint(5, 40), R.choice(["Sanofi", "GSK", "Pfizer"])),
                       "Wasted 1 dose %s lot %s (drawn up, pt left before admin). Logged in waste log." % (R.choice(["FLU-HD", "COVID-MOD", "RZV"]), R.choice(sum(LOTS.values(), []))),
                       "Kiosk K%d scanner not reading AAMVA barcodes, rebooted, ticket HD-%d opened with IT." % (R.randint(1, 2), R.randint(20000, 29999))]))
    elif k == 7:
        L.t("Clinic day recap: %d flu, %d COVID, %d RSV, %d shingles. 2 walk-ins turned away (under 3 y/o). Tech %s %s on kiosk." % (R.randint(20, 90), R.randint(5, 40), R.randint(0, 12), R.randint(0, 10), STAFF[4][1], STAFF[4][2]))
    elif k == 8:
        L.t("VAERS filed for ").p(nm, "name").t(", VAERS ID ").p(p.vaers, "other_id").t("; mother reached at ").p(fmt_phone(relative(p).phone, "dot"), "phone").t(", child doing fine.")
    else:
        L.t("Standing order for %s reviewed and re-signed by Dr. Patel (supervising physician). Valid through 2025-06-30." % R.choice(["RSV", "PCV20", "COVID-19 2024-25", "Tdap"]))
    return [L]


def b64blob(prefix, n):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return prefix + "".join(R.choice(chars) for _ in range(n))


def g_consent():
    C.tick()
    p = person()
    st = store_for(p)
    r = strat()
    out = []
    if r < 0.45:
        ins = {"payer": p.payer[0], "rxBin": p.payer[1], "rxPcn": p.payer[2], "rxGroup": p.payer[3] or None,
               "memberId": P(mbi_dashed(p.member) if p.payer[4] == "mbi" else p.member, "health_plan"),
               "personCode": p.person_code, "cardholder": P("%s %s" % (p.first.upper(), p.last.upper()), "name"),
               "cardImages": {"front": "s3://lakeshore-consent-prod/cards/%s/front.jpg" % uuid4(), "back": "s3://lakeshore-consent-prod/cards/%s/back.jpg" % uuid4()}}
        pat = {"mrn": P(p.mrn, "mrn"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
               "dateOfBirth": P(fmt_date(p.dob, "iso"), "date"),
               "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
               "geo": {"lat": P(p.lat, "address"), "lng": P(p.lon, "address")}}
        if p.age > 89:
            pat["age"] = P(p.age, "age")
        else:
            pat["age"] = p.age
        x = strat()
        if x < 0.18:
            pat["ssn"] = P(p.ssn, "ssn")
        elif x < 0.5:
            pat["ssnLast4"] = p.ssn[-4:]
        obj = {"consentId": "cf_" + alnum(20).lower(), "template": "IMMZ-ADULT-2024.3", "storeId": st[0], "channel": R.choice(["kiosk", "web"]),
               "signedAt": P(C.now.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "date"), "patient": pat, "insurance": ins,
               "screening": {"feverToday": False, "priorReaction": R.choice([False, False, True]), "pregnant": None if p.sex == "M" else False, "immunocompromised": R.choice([False, True])}}
        if strat() < 0.3:
            obj["screening"]["implantedDevices"] = [{"type": "CGM", "udi": P("(01)00386270000385(17)%s(21)%s" % (fmt_date(dt.date(2025, R.randint(1, 12), 1), "hl7")[2:], alnum(10)), "device")}]
        if strat() < 0.5:
            obj["signature"] = {"format": "ISO/IEC 19794-7 time-series", "points": R.randint(300, 1400), "data": P(b64blob("AQAB", 56), "biometric")}
        if strat() < 0.3:
            obj["billing"] = {"guarantorAccount": P(p.acct, "account"), "selfPay": False}
        if strat() < 0.15:
            obj["payment"] = {"type": "card", "pan": P(luhn(R.choice(["4", "51", "37"]), 15 if False else 16), "account"), "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29))}
        out.append(mkj("consent_json", obj, prefix="%s info consent-api: consent.completed " % C.iso_z()))
    elif r < 0.72:
        dl = p.dl
        fields = [{"Type": "FIRST_NAME", "ValueDetection": {"Text": P(ascii_upper(p.first), "name"), "Confidence": round(R.uniform(90, 99.9), 2)}},
                  {"Type": "LAST_NAME", "ValueDetection": {"Text": P(ascii_upper(p.last), "name"), "Confidence": round(R.uniform(90, 99.9), 2)}},
                  {"Type": "DOCUMENT_NUMBER", "ValueDetection": {"Text": P(dl, "license"), "Confidence": round(R.uniform(85, 99.9), 2)}},
                  {"Type": "DATE_OF_BIRTH", "ValueDetection": {"Text": P(fmt_date(p.dob, "us"), "date"), "NormalizedValue": {"Value": P(fmt_date(p.dob, "iso") + "T00:00:00", "date"), "ValueType": "Date"}}},
                  {"Type": "ADDRESS", "ValueDetection": {"Text": S(P(ascii_upper(p.street), "address"), " ", P(ascii_upper(p.city), "address"), " %s " % p.state, P(p.zip, "zip"))}},
                  {"Type": "STATE_NAME", "ValueDetection": {"Text": p.state}}]
        obj = {"DocumentIndex": 1, "IdentityDocumentFields": fields, "AnalyzeIDModelVersion": "1.0"}
        out.append(mkj("textract_json", obj, prefix="%s DEBUG id-capture: AnalyzeID result " % C.iso_z(), sep=(", ", ": ")))
        if strat() < 0.8:
            C.small()
            L = Line("consent_json")
            L.t("%s debug consent-api: idPortrait extracted bytes=%d b64=" % (C.iso_z(), R.randint(18000, 60000))).p(b64blob("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEx8", 140), "photo").t("...(truncated)")
            out.append(L)
    elif r < 0.86:
        tok = alnum(22, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789")
        L = Line("nginx_combined")
        L.t("").p(p.ip, "ip").t(' - - [%s] "GET ' % C.now.strftime("%d/%b/%Y:%H:%M:%S -0400")).p("/consent/" + tok, "url")
        L.t(' HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (R.randint(4000, 90000), R.choice(PT_UA), R.uniform(0.01, 0.4)))
        out.append(L)
        C.small()
        L = Line("consent_json")
        L.t("%s info consent-api: link issued patient=" % C.iso_z()).p(p.mrn, "mrn").t(" url=").p("https://consent.lakeshorerx.com/c/" + tok, "url").t(" ttl=72h")
        out.append(L)
    else:
        out.append(mk("consent_json", "%s info consent-api: template IMMZ-%s-2024.%d published by %s (sha256:%s)" % (C.iso_z(), R.choice(["ADULT", "MINOR", "ROSTER"]), R.randint(1, 4), R.choice(STAFF)[0], hexs(64))))
    return out


def g_nginx():
    C.tick()
    r = strat()
    ts = C.now.strftime("%d/%b/%Y:%H:%M:%S -0400")
    if r < 0.35:
        return [mk("nginx_combined", '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (
            R.choice(["10.42.0.1", "10.42.3.1", "172.16.4.10"]), ts, R.choice(["/api/health", "/healthz"]), R.randint(15, 60), R.choice(["kube-probe/1.29", "ELB-HealthChecker/2.0"]), R.uniform(0.0, 0.01)))]
    if r < 0.6:
        return [mk("nginx_combined", '10.42.%d.%d - - [%s] "GET %s HTTP/2.0" %d %d "https://book.lakeshorerx.com/" "%s" rt=%.3f' % (
            R.randint(0, 7), R.randint(2, 250), ts, R.choice(["/_next/static/chunks/pages/book-%s.js" % hexs(16), "/favicon.ico", "/_next/static/css/%s.css" % hexs(16)]),
            R.choice([200, 304]), R.randint(2000, 90000), R.choice(PT_UA), R.uniform(0.0, 0.05)))]
    p = person()
    L = Line("nginx_combined")
    L.p(p.ip, "ip").t(' - - [%s] "GET /api/appointments/confirm?code=' % ts).p(p.conf, "other_id").t('&src=sms HTTP/2.0" 200 %d "-" "%s" rt=%.3f' % (R.randint(200, 3000), R.choice(PT_UA), R.uniform(0.01, 0.3)))
    return [L]


def g_payment():
    C.tick()
    r = strat()
    ts = C.iso_z()
    if r < 0.5:
        return [mk("payment_kv", "%s level=info svc=kiosk-pay msg=\"copay captured\" store=%s pi=pi_%s amount=%d currency=usd card_brand=%s last4=%s livemode=true" %
                   (ts, R.choice(STORES)[0], alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.choice([0, 500, 1500, 2500, 4000]), R.choice(["visa", "mastercard", "amex"]), digits(4)))]
    if r < 0.62:
        return [mk("payment_kv", "%s level=debug svc=kiosk-pay env=staging msg=\"smoke test\" card=4242424242424242 exp=12/34 cvc=123 result=succeeded" % ts)]
    p = person()
    L = Line("payment_kv")
    L.t("%s level=error svc=kiosk-pay msg=\"tokenization failed, raw PAN rejected by policy\" guarantor_acct=" % ts).p(p.acct, "account").t(" pan=").p(luhn(R.choice(["4", "5", "6011"])), "account").t(" err=card_declined")
    return [L]


def g_misc_noise():
    C.tick()
    ts = C.iso_z()
    return [mk(R.choice(["k8s_event", "syslog_kiosk"]), R.choice([
        "%s Normal Pulled pod/sched-web-7d9f8b6c4-%s Successfully pulled image \"ghcr.io/lakeshorerx/sched-web:1.42.%d\" in %.1fs" % (ts, alnum(5).lower(), R.randint(0, 9), R.uniform(1, 9)),
        "%s Warning BackOff pod/reminder-worker-5c8b7f-%s Back-off restarting failed container worker" % (ts, alnum(5).lower()),
        "%s kiosk-%s kioskd[%d]: update check: channel=stable current=3.8.2 latest=3.8.2 serial=KSK%s" % (C.now.strftime("%b %d %H:%M:%S"), R.choice(STORES)[0][3:], R.randint(300, 900), digits(8)),
        "%s kiosk-%s kioskd[%d]: printer ZD421 status=ok labels_remaining=%d" % (C.now.strftime("%b %d %H:%M:%S"), R.choice(STORES)[0][3:], R.randint(300, 900), R.randint(10, 800)),
        "%s Normal ScalingReplicaSet deployment/sched-web Scaled up replica set sched-web-7d9f8b6c4 to %d" % (ts, R.randint(2, 6)),
        "%s store-sync INFO upserted store %s %s, %s phone=%s npi=%s ncpdp=%s" % ((ts,) + (lambda s: (s[0], s[6], s[1], s[5], s[3], s[4]))(R.choice(STORES))),
    ]))]


GENS = [  # generator, calls per deck (one deck is about 500 lines)
    (g_pino, 40), (g_nextjs, 5), (g_kiosk, 40), (g_hl7, 6), (g_mirth_noise, 7), (g_mirth_phi, 3),
    (g_vaers, 5), (g_vaers_json, 3), (g_cold, 11), (g_recall, 8), (g_ncpdp, 12), (g_ncpdp_stats, 5),
    (g_twilio, 28), (g_celery_noise, 8), (g_celery_phi, 2), (g_sendgrid, 12), (g_django, 22), (g_lambda, 4),
    (g_snowflake, 18), (g_note, 24), (g_consent, 19), (g_nginx, 16), (g_payment, 7), (g_misc_noise, 10),
]


def main():
    lines = []
    deck = []
    while True:
        if not deck:
            deck = [g for g, n in GENS for _ in range(n)]
            R.shuffle(deck)
        g = deck.pop()
        chunk = g()
        if len(lines) + len(chunk) > N_LINES:
            break
        lines.extend(chunk)
    while len(lines) < N_LINES:
        g = R.choice([g_misc_noise, g_mirth_noise, g_celery_noise, g_ncpdp_stats])
        lines.extend(g())
    assert len(lines) == N_LINES
    log_out = []
    lab_out = []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert txt and "\n" not in txt and "\r" not in txt
        b = txt.encode("utf-8")
        spans = []
        prev = -1
        for s, e, cat, val in L.spans:
            assert b[s:e] == val.encode("utf-8"), (i, val)
            assert s >= prev
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        if getattr(L, "jstart", None) is not None:
            json.loads(b[L.jstart:].decode("utf-8"))
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
