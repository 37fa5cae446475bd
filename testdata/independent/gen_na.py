#!/usr/bin/env python3
"""Synthetic labeled log corpus "na": an at-home diagnostics company
(mail-in dried-blood-spot and swab kits, consumer e-commerce + physician-network ordering).

Writes na.log (500 lines) and na.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, fixed clock). All people and identifiers are
synthetic; SSNs avoid 000/666/9xx areas, 00 groups and 0000 serials; card numbers pass Luhn.

Systems / formats simulated: Shopify order webhook JSON, ShipStation webhooks and shipment JSON,
Go services logging with zap (JSON and development console encoders), TypeScript services with
winston (JSON and printf text), LIS accessioning CSV (header) and pipe worklist rows (no header),
HL7 v2.5.1 ORU^R01 from the LIS, ASTM E1394 records from analyzers, HL7 ELR to state public
health, state ELR CSV flat files, physician review queue (logrus logfmt), SendGrid event webhooks,
Twilio status/inbound callbacks (form-encoded), support chat transcripts (EN/ES), support agents'
internal notes, X12 270 eligibility, PostgreSQL server log, BigQuery audit JSON and bq CLI,
dbt (text and JSON logs), Segment identify/track/page JSON, ingress-nginx access log, klog,
Prometheus exposition, Cloud Build, Cloud SQL proxy, identity-verification gateway.

Labeling decisions:
- People labeled: customers/patients, kit registrants, relatives, authorized contacts. NOT labeled:
  ordering/reviewing physicians (names, NPIs, clinic phones/faxes), support agents, lab staff and
  their usernames/emails, the company, carriers, payers, vendors, public-health agencies.
- name: each contiguous written name is one span, including "Last, First", "LAST^FIRST^M" (HL7
  XPN kept as one span), initials forms ("P. Raman") and first-name-only mentions of the patient;
  titles (Mr./Ms.) are outside the span. Names in separate fields (first_name / last_name, X12
  NM1 elements, CSV columns) are separate spans. URL-encoded names ("Maria+Lopez") are labeled as
  they appear.
- address: street line(s), city, county name and county FIPS code (HL7 XAD-9) are address spans,
  each part separately; state / province and country are never labeled. zip: 5 or ZIP+4, alone.
- date: DOB, specimen collection date(/time), order/service/appointment dates in clinical,
  public-health and eligibility records (HL7 PID-7, OBR-7, OBX-14, SPM-17, X12 DMG/DTP, ELR CSV
  order/collection dates), in any written form. NOT labeled: log/event timestamps, HL7 MSH-7,
  specimen received / analysis / result-report times (OBR-14, OBX-19, SPM-18, received_at),
  ship dates, kit/lot expiration dates, order created_at.
- age: only ages over 89 (ELR age column, HL7 35659-2 OBX, notes). Ages <= 89 are not labeled.
- phone/fax/email: the person's own, including E.164 and URL-encoded (%2B1...) forms; the
  company's toll-free sender numbers, clinic phones/faxes and staff emails are not labeled.
- mrn: the lab's patient ID (LIS PAT_ID, HL7 PID-3, ASTM P-3, patientId fields).
- other_id: kit barcodes / kit IDs (one kit = one person's specimen), lab accession numbers,
  physician review-queue case IDs, app user IDs (usr_...) and Segment userId.
  NOT labeled: Shopify/partner order ids and numbers, ShipStation shipment ids, tracking numbers,
  support ticket / chat numbers, vendor transaction ids (inquiry ids, SendGrid/Twilio sids),
  Segment anonymousId / messageId, request/trace ids, rack/tray/lot/SKU codes.
- account: e-commerce customer id (Shopify customer.id), Stripe customer id, full card numbers.
  Card last-4 alone is not labeled.
- health_plan: insurance member / subscriber IDs and Medicare MBIs. Group numbers and payer IDs
  are not labeled.
- license: a patient's driver's licence / state ID number (identity verification).
- vehicle: licence plates of the patient's car. device: the consumer's own device identifiers
  (mobile app device id, personal medical-device serials). Lab analyzer / scanner / printer
  serials are not labeled.
- url: single-person links (result magic links with a personal token, a personal social
  profile). Generic portal / company URLs are not labeled.
- ip: public client IPs of consumers (portal access log, Shopify browser_ip, Segment context.ip,
  SendGrid open events). RFC1918 / load-balancer / vendor webhook source IPs are not labeled.
- photo: base64 selfie / ID images from identity verification (the base64 payload is the span).
- ssn: full SSNs only; "last 4" fragments are not labeled.
"""
import datetime
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse

R = random.Random(2106)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "na"
N_LINES = 500
NOISE_TARGET = 0.55

UTC = datetime.timezone.utc


# --------------------------------------------------------------------------- line builder
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string made of plain parts and P parts."""

    def __init__(self, *parts):
        self.parts = parts


class Raw:
    def __init__(self, v):
        self.v = v


class B:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def x(self, *parts):
        for part in parts:
            if part is None:
                continue
            if isinstance(part, P):
                self.p(part.v, part.cat)
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(b, o, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            assert jesc(o.v) == o.v, o.v
            b.t('"').p(o.v, o.cat).t('"')
        else:
            b.p(str(o.v), o.cat)
    elif isinstance(o, S):
        b.t('"')
        for part in o.parts:
            if isinstance(part, P):
                assert jesc(part.v) == part.v, part.v
                b.p(part.v, part.cat)
            else:
                b.t(jesc(part))
        b.t('"')
    elif isinstance(o, Raw):
        b.t(o.v)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(b, v, sep)
        b.t("}")
    elif isinstance(o, (list, tuple)):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jw(b, v, sep)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))
    return b


def J(family, obj, sep=(",", ":")):
    return jw(B(family), obj, sep)


# --------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = datetime.datetime(2024, 6, 4, 12, 58, 3, 412000, tzinfo=UTC)

    def tick(self, lo=1, hi=55):
        self.now += datetime.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.now


CLK = Clock()


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(t):
    return round(t.timestamp() + (t.microsecond % 1000) / 1e7, 7)


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def local(t, hours=-4):
    return t + datetime.timedelta(hours=hours)


def shop_ts(t):
    return local(t).strftime("%Y-%m-%dT%H:%M:%S-04:00")


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def hms(t):
    return t.strftime("%H:%M:%S")


# --------------------------------------------------------------------------- value helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(R.choice(a) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "mon_d":
        return "%s %d" % (MONTHS[d.month - 1][:3], d.day)
    raise ValueError(style)


def pfmt(ph, style):
    a, e, l = ph[:3], ph[3:6], ph[6:]
    return {
        "paren": "(%s) %s-%s" % (a, e, l),
        "paren_tight": "(%s)%s-%s" % (a, e, l),
        "dash": "%s-%s-%s" % (a, e, l),
        "dot": "%s.%s.%s" % (a, e, l),
        "plain": ph,
        "e164": "+1" + ph,
        "intl": "+1 %s %s %s" % (a, e, l),
        "one": "1-%s-%s-%s" % (a, e, l),
        "enc": "%2B1" + ph,
    }[style]


def luhn_complete(prefix, length=16):
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


def ssn():
    while True:
        a = R.randint(1, 665)
        if a in (0, 666):
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "123-45-6789", "219-09-9999"):
            return v


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L)
            + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    for ch in " '.":
        s = s.replace(ch, "")
    return s


# --------------------------------------------------------------------------- people
FIRST_F = ["Priya", "Oluwaseun", "Mei", "Fatima", "Sofía", "Aroha", "Zoë", "Ingrid", "Chidinma",
           "Leilani", "Svetlana", "Nadia", "Camille", "Esperanza", "Hana", "Anne-Marie", "Siobhan",
           "Thandiwe", "Imani", "Xiomara", "Elif", "Ngozi", "Aleksandra", "Marisol", "Noor",
           "Saoirse", "Dagny", "Ayesha", "Brenda", "Ashley", "Lakshmi", "Giulia", "Kiri", "Yesenia",
           "Bích Ngọc", "Tatum", "Ruth", "Maribel"]
FIRST_M = ["Dmitri", "Liam", "Kwame", "Hiroshi", "Ahmad", "Tomasz", "Mateo", "Rahul", "Björn",
           "Yusuf", "DeShawn", "Jean-Luc", "Luca", "Kenji", "Bartholomew", "Wei", "Ravi", "Ezekiel",
           "Keoni", "Jamal", "Kyle", "Tyler", "Søren", "Joaquín", "Olumide", "Arjun", "Cormac",
           "Thanh", "Ignacio", "Malik", "Hamza", "Duc"]
LAST = ["Okonkwo", "Nguyen", "García-Márquez", "van der Berg", "O'Sullivan", "Al-Rashid",
        "Kowalczyk", "Tanaka", "Haddad", "de la Cruz", "MacLeod", "Petrov", "Mensah", "Schmidt",
        "Ramírez", "Abernathy", "Kealoha", "Chaudhry", "Johansson", "da Silva", "St. Clair", "Le",
        "Fitzgerald-Nakamura", "Osei", "Dubois", "Brennan", "Yilmaz", "Wójcik", "Achterberg",
        "Banerjee", "Moreau", "Ferreira", "Hernández", "Begay", "Whitehorse", "Papadopoulos",
        "Cohen", "Lindqvist", "Mbatha", "Rossi", "Kim", "Park-Lee", "Obi", "Delacroix", "Ivanova",
        "McAllister", "Sandoval", "Thibodeaux", "Adeyemi", "Raman", "Trần", "Van Houten"]
CITIES = [("Tacoma", "Pierce", "WA", "984", "53053", "253"), ("Dayton", "Montgomery", "OH", "454", "39113", "937"),
          ("Albuquerque", "Bernalillo", "NM", "871", "35001", "505"), ("Fresno", "Fresno", "CA", "937", "06019", "559"),
          ("Savannah", "Chatham", "GA", "314", "13051", "912"), ("Boise", "Ada", "ID", "837", "16001", "208"),
          ("Worcester", "Worcester", "MA", "016", "25027", "508"), ("Tulsa", "Tulsa", "OK", "741", "40143", "918"),
          ("Madison", "Dane", "WI", "537", "55025", "608"), ("Lafayette", "Lafayette", "LA", "705", "22055", "337"),
          ("Flagstaff", "Coconino", "AZ", "860", "04005", "928"), ("Provo", "Utah", "UT", "846", "49049", "801"),
          ("Durham", "Durham", "NC", "277", "37063", "919"), ("Asheville", "Buncombe", "NC", "288", "37021", "828"),
          ("Lansing", "Ingham", "MI", "489", "26065", "517"), ("Hilo", "Hawaii", "HI", "967", "15001", "808"),
          ("Bozeman", "Gallatin", "MT", "597", "30031", "406"), ("Paterson", "Passaic", "NJ", "075", "34031", "973"),
          ("El Paso", "El Paso", "TX", "799", "48141", "915"), ("Yonkers", "Westchester", "NY", "107", "36119", "914"),
          ("Des Moines", "Polk", "IA", "503", "19153", "515"), ("Spokane Valley", "Spokane", "WA", "992", "53063", "509"),
          ("Kissimmee", "Osceola", "FL", "347", "12097", "407"), ("Rapid City", "Pennington", "SD", "577", "46103", "605"),
          ("Burlington", "Chittenden", "VT", "054", "50007", "802"), ("St. Paul", "Ramsey", "MN", "551", "27123", "651")]
STREETS = ["Maple", "Juniper", "Kamehameha", "Wabash", "Old Mill", "Martin Luther King Jr", "Oak Hollow",
           "Cedar Ridge", "Larkspur", "Vista del Sol", "Pine Knot", "Huron", "3rd", "47th", "Sycamore",
           "Bayview", "Quail Run", "Prairie Wind", "Calle Ocho", "Chickasaw", "Lakeshore", "Beacon"]
STYPES = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Drive", "Trail"]
UNITS = ["Apt 4B", "Unit 12", "#207", "Apt 3", "Ste 3", "Apt 1102", "Lot 17", "Bldg C Apt 8"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "proton.me", "hotmail.com",
             "aol.com", "comcast.net", "me.com", "ymail.com"]
PAYERS = [("UNITEDHEALTHCARE", "87726"), ("AETNA", "60054"), ("CIGNA", "62308"), ("HUMANA", "61101"),
          ("BCBS OF TEXAS", "84980"), ("MEDICARE PART B", "00882")]
PAYER_DISPLAY = {"UNITEDHEALTHCARE": "UnitedHealthcare", "AETNA": "Aetna", "CIGNA": "Cigna", "HUMANA": "Humana",
                 "BCBS OF TEXAS": "BCBS of Texas", "MEDICARE PART B": "Medicare Part B"}
IP_FIRST = [24, 47, 67, 68, 71, 73, 75, 76, 98, 99, 107, 108, 174, 184, 50, 69]


class Person:
    def __init__(self, old=False):
        self.sex = R.choice("FFFMM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mid = R.choice("ABCDEJKLMRST") if R.random() < 0.5 else ""
        if old:
            y = R.randint(1928, 1934)
        else:
            y = R.randint(1952, 2005)
        self.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - y - (1 if (self.dob.month, self.dob.day) > (6, 4) else 0)
        c = R.choice(CITIES)
        self.city, self.county, self.state, z3, self.fips, area = c
        self.zip = z3 + "%02d" % R.randint(1, 99)
        self.zip4 = "%04d" % R.randint(1, 9999)
        self.street = "%d %s %s" % (R.randint(2, 9899), R.choice(STREETS), R.choice(STYPES))
        self.unit = R.choice(UNITS) if R.random() < 0.35 else ""
        self.phone = (area if R.random() < 0.7 else R.choice(["312", "646", "720", "469", "206", "971", "786"])) \
            + str(R.randint(2, 9)) + digits(2) + digits(4)
        f, l = fold(self.first), fold(self.last)
        pat = R.randint(0, 7)
        self.email = [f + "." + l, f[0] + l + str(R.randint(1, 99)), f + l[:3], l + "." + f + "%02d" % (y % 100),
                      f + "_" + str(R.randint(100, 999)), f + l, l + f[0] + str(y), f + "." + l[0]][pat] \
            + "@" + R.choice(EMAIL_DOM)
        self.mrn = "P0" + digits(7)
        self.kit = "FX%02d-%s-%s" % (R.choice([23, 24]), digits(4), digits(4))
        self.acc = "A24%03d-%05d" % (R.randint(140, 156), R.randint(1, 2999))
        self.user = "usr_" + b62(10)
        self.cust = int("7" + digits(12))
        self.stripe = "cus_" + b62(14)
        payer = R.choice(PAYERS)
        self.payer = payer
        if payer[0].startswith("MEDICARE"):
            self.member = mbi()
        else:
            self.member = R.choice(["W", "XEH", "U", "H", "ZGP"]) + digits(R.choice([8, 9]))
        self.ip = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        if R.random() < 0.15:
            self.ip = "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x100, 0xffff),
                                              R.randint(0, 0xffff), R.randint(1, 0xffff))
        self.case = "RVQ-%06d" % R.randint(100000, 199999)
        self.coll = datetime.date(2024, 5, 27) + datetime.timedelta(days=R.randint(0, 7))
        self.coll_time = "%02d%02d" % (R.randint(6, 21), R.choice([0, 5, 15, 20, 30, 40, 45, 55]))
        self.panel = R.choice(PRODUCTS)

    def full(self):
        return "%s %s" % (self.first, self.last)

    def name_style(self, st):
        if st == "full":
            return self.full()
        if st == "lastfirst":
            return "%s, %s" % (self.last, self.first)
        if st == "upper":
            return self.full().upper()
        if st == "upper_lf":
            return ("%s, %s" % (self.last, self.first)).upper()
        if st == "lower":
            return self.full().lower()
        if st == "initial":
            return "%s. %s" % (self.first[0], self.last)
        if st == "mid":
            return ("%s %s. %s" % (self.first, self.mid, self.last)) if self.mid else self.full()
        raise ValueError(st)

    def xpn(self, upper=True):
        """HL7 XPN family^given[^middle]; the caller appends the empty middle component."""
        s = "%s^%s" % (self.last, self.first) + ("^" + self.mid if self.mid else "")
        return s.upper() if upper else s

    def xpn_pad(self):
        return "" if self.mid else "^"


PRODUCTS = [("FDX-STI7", "7-Test STI Kit (Swab + Finger-prick)", "149.00", "STI-7"),
            ("FDX-LIPID", "Heart Health Lipid Panel (DBS)", "69.00", "LIPID"),
            ("FDX-A1C", "HbA1c Diabetes Screen", "49.00", "A1C"),
            ("FDX-THY", "Thyroid Panel TSH + Free T4", "79.00", "THYROID"),
            ("FDX-VITD", "Vitamin D 25-OH", "59.00", "VITD"),
            ("FDX-COVID", "COVID-19 PCR Home Swab", "99.00", "COVID"),
            ("FDX-HCV", "Hepatitis C Antibody Test", "59.00", "HCV"),
            ("FDX-TESTO", "Testosterone Total + Free", "79.00", "TESTO")]
PANEL_TESTS = {
    "LIPID": [("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", "<200", (140, 260)),
              ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", "<150", (60, 300)),
              ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "mg/dL", ">39", (30, 90)),
              ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "<100", (60, 190))],
    "A1C": [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "4.0-5.6", (4.6, 9.8))],
    "THYROID": [("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "0.45-4.50", (0.2, 8.0)),
                ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", "0.82-1.77", (0.6, 2.0))],
    "VITD": [("62292-8", "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma", "ng/mL", "30-100", (8, 80))],
    "TESTO": [("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "ng/dL", "264-916", (150, 900))],
    "STI-7": [("43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection", None, None, None),
              ("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection", None, None, None),
              ("20507-0", "Reagin Ab [Presence] in Serum by Rapid plasma reagin", None, None, None),
              ("56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay", None, None, None)],
    "COVID": [("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory specimen by NAA with probe detection", None, None, None)],
    "HCV": [("16128-1", "Hepatitis C virus Ab [Presence] in Serum", None, None, None)],
}
REPORTABLE = ["STI-7", "COVID", "HCV"]
QUAL = [("260385009", "Negative"), ("10828004", "Positive"), ("260415000", "Not detected"), ("260373001", "Detected")]
PHYS = [("1760481234", "Brandt", "Anika", "2535550172"), ("1487623901", "Ng", "Hollis", "2535550139"),
        ("1932075518", "Okafor", "Adaeze", "5035550110"), ("1295837460", "Lindgren", "Paul", "6125550187"),
        ("1548203967", "Quintero", "Rosa", "9155550162")]
AGENTS = [("Dana K.", "dkeller"), ("Marcus T.", "mthompson"), ("Yuki S.", "ysato"), ("Imran B.", "ibhatti"),
          ("Lorena G.", "lgutierrez"), ("Kenji M.", "kmori")]
LABSTAFF = ["mtorres", "jnakamura", "bokafor", "swhitfield", "rdesai"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
      "Ferncliff/4.12.0 (iPhone; iOS 17.5.1; Scale/3.00)"]

PEOPLE = [Person() for _ in range(64)] + [Person(old=True) for _ in range(5)]
OLD = PEOPLE[-5:]


DECKS = {}


def deck(name, n):
    """Next variant index from a shuffled deck, so every variant of a template gets used."""
    d = DECKS.get(name)
    if not d:
        d = list(range(n))
        R.shuffle(d)
        DECKS[name] = d
    return d.pop()


def person():
    return R.choice(PEOPLE)


def phys():
    return R.choice(PHYS)


def agent():
    return R.choice(AGENTS)


def qual_result(code):
    if code in ("43304-5", "43305-2", "94500-6"):
        return QUAL[3] if R.random() < 0.2 else QUAL[2]
    return QUAL[1] if R.random() < 0.15 else QUAL[0]


# =========================================================================== PHI generators
def g_shopify_order():
    p = person()
    t = CLK.tick()
    oid = R.randint(5600000000000, 5699999999999)
    num = R.randint(10400, 12999)
    sku, title, price, _ = p.panel
    ship = {"first_name": P(p.first, "name"), "address1": P(p.street, "address"),
            "phone": P(pfmt(p.phone, R.choice(["dash", "paren", "plain"])), "phone") if R.random() < 0.7 else None,
            "city": P(p.city, "address"), "zip": P(p.zip, "zip"), "province": p.state, "country": "United States",
            "last_name": P(p.last, "name"), "address2": P(p.unit, "address") if p.unit else "",
            "company": None, "name": P(p.full(), "name"), "country_code": "US", "province_code": p.state}
    obj = {"id": oid, "admin_graphql_api_id": "gid://shopify/Order/%d" % oid, "app_id": 580111,
           "browser_ip": P(p.ip, "ip"), "buyer_accepts_marketing": R.random() < 0.3,
           "confirmation_number": b62(9).upper(), "created_at": shop_ts(t), "currency": "USD",
           "current_total_price": price, "email": P(p.email, "email"), "financial_status": "paid",
           "name": "#FD%d" % num, "order_number": num, "source_name": "web",
           "tags": R.choice(["", "physician-network", "subscription, auto-renew"]),
           "customer": {"id": P(p.cust, "account"), "email": P(p.email, "email"), "first_name": P(p.first, "name"),
                        "last_name": P(p.last, "name"), "state": "enabled", "verified_email": True,
                        "tax_exempt": False, "currency": "USD"},
           "shipping_address": ship,
           "line_items": [{"id": R.randint(14000000000000, 14999999999999), "sku": sku, "title": title,
                           "quantity": 1, "price": price, "requires_shipping": True, "fulfillment_service": "manual"}],
           "note_attributes": [{"name": "kit_lot", "value": "L24-%04d" % R.randint(500, 700)}]}
    return [J("shopify_json", obj)]


def g_shipstation_shipment():
    p = person()
    t = CLK.tick()
    nm = p.name_style(R.choice(["full", "upper", "full"]))
    obj = {"shipmentId": R.randint(300000000, 399999999), "orderId": R.randint(180000000, 189999999),
           "orderKey": str(R.randint(5600000000000, 5699999999999)), "userId": uuid4(),
           "orderNumber": "FD%d" % R.randint(10400, 12999),
           "createDate": local(t, -7).strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % R.randint(0, 9999999),
           "shipDate": local(t, -7).strftime("%Y-%m-%d"), "shipmentCost": round(R.uniform(3.9, 9.8), 2),
           "insuranceCost": 0.0, "trackingNumber": "9400" + digits(18), "isReturnLabel": R.random() < 0.3,
           "carrierCode": "stamps_com", "serviceCode": R.choice(["usps_first_class_mail", "usps_ground_advantage"]),
           "packageCode": "package", "confirmation": "delivery", "warehouseId": 412883,
           "voided": False, "voidDate": None, "marketplaceNotified": True,
           "shipTo": {"name": P(nm, "name"), "company": None, "street1": P(p.street.upper() if nm.isupper() else p.street, "address"),
                      "street2": P(p.unit, "address") if p.unit else None, "street3": None,
                      "city": P(p.city.upper() if nm.isupper() else p.city, "address"), "state": p.state,
                      "postalCode": P(p.zip + "-" + p.zip4, "zip"), "country": "US",
                      "phone": P(pfmt(p.phone, "dash"), "phone") if R.random() < 0.6 else None,
                      "residential": True, "addressVerified": "Address validated successfully"},
           "weight": {"value": round(R.uniform(2.5, 6.0), 1), "units": "ounces", "WeightUnits": 1}}
    return [J("shipstation_json", obj)]


def zap_head(level, caller, msg, t=None):
    t = t or CLK.tick()
    return {"level": level, "ts": epoch(t), "caller": caller, "msg": msg}


def g_registration():
    p = person()
    k = R.randint(0, 5)
    if k <= 1:
        o = zap_head("info", "registration/handler.go:211", "kit registration accepted")
        o.update({"kit_id": P(p.kit, "other_id"), "user_id": P(p.user, "other_id"),
                  "dob": P(dfmt(p.dob, "iso"), "date"), "sex_at_birth": p.sex,
                  "collected_on": P(dfmt(p.coll, "iso"), "date"), "panel": p.panel[3],
                  "consent_version": "2024-03", "request_id": uuid4(), "latency_ms": R.randint(18, 240)})
    elif k == 2:
        d = datetime.date(2007, R.randint(1, 12), R.randint(1, 28))
        o = zap_head("warn", "registration/validate.go:88", "registration rejected")
        o.update({"reason": "registrant_under_18", "kit_id": P(p.kit, "other_id"),
                  "dateOfBirth": P(dfmt(d, R.choice(["us", "iso"])), "date"), "state": p.state,
                  "request_id": uuid4()})
    elif k == 3:
        other = person()
        o = zap_head("warn", "registration/match.go:142", "registrant name differs from order")
        o.update({"kit_id": P(p.kit, "other_id"), "order": "#FD%d" % R.randint(10400, 12999),
                  "order_first": P(p.first, "name"), "order_last": P(p.last, "name"),
                  "reg_first": P(other.first, "name"), "reg_last": P(p.last, "name"),
                  "similarity": round(R.uniform(0.2, 0.6), 2), "action": "manual_review"})
    elif k == 4:
        d2 = p.dob + datetime.timedelta(days=R.choice([9, -9, 31, 365]))
        o = zap_head("error", "lisclient/push.go:67", "failed to push registration to LIS")
        o.update({"kit_id": P(p.kit, "other_id"), "patientId": P(p.mrn, "mrn"),
                  "error": S("lis-gateway: 409 Conflict: demographics mismatch (DOB ", P(dfmt(p.dob, "iso"), "date"),
                             " != ", P(dfmt(d2, "iso"), "date"), ")"),
                  "attempt": R.randint(1, 3),
                  "stacktrace": "github.com/ferncliff/registration/lisclient.(*Client).Push\n\t/src/lisclient/push.go:67\nmain.(*server).register\n\t/src/cmd/registration/handler.go:230"})
    else:
        o = zap_head("warn", "registration/validate.go:121", "collection date outside stability window")
        o.update({"kitId": P(p.kit, "other_id"), "collectionDate": P(dfmt(p.coll - datetime.timedelta(days=R.randint(8, 16)), R.choice(["iso", "us"])), "date"),
                  "windowDays": 10, "specimen": R.choice(["DBS", "swab", "urine"])})
    return [J("zap_json", o)]


def console_line(level, caller, msg, fields):
    b = B("zap_console")
    t = CLK.tick(1, 20)
    b.t(iso_ms(t) + "\t" + level + "\t" + caller + "\t" + msg + "\t")
    jw(b, fields, (", ", ": "))
    return b


def g_scanner():
    p = person()
    k = R.randint(0, 4)
    if k == 0:
        return [console_line("INFO", "accession/scanner.go:97", "barcode scanned",
                             {"station": "RCV-%02d" % R.randint(1, 4), "barcode": P(p.kit.replace("-", ""), "other_id"),
                              "symbology": "Code128", "operator": R.choice(LABSTAFF)})]
    if k == 1:
        return [console_line("INFO", "accession/assign.go:54", "accession assigned",
                             {"kit": P(p.kit, "other_id"), "accession": P(p.acc, "other_id"),
                              "patient_id": P(p.mrn, "mrn"), "tube": R.choice(["DBS-card", "swab-UTM", "urine-APTIMA"]),
                              "rack": "R0604-%02d" % R.randint(1, 20), "pos": R.choice("ABCDEFGH") + str(R.randint(1, 12))})]
    if k == 2:
        return [console_line("WARN", "accession/reject.go:33", "specimen rejected",
                             {"accession": P(p.acc, "other_id"),
                              "reason": R.choice(["QNS: fewer than 3 filled circles", "hemolyzed", "leaked in transit",
                                                  "unlabeled tube"]), "notify": "support"})]
    if k == 3:
        return [console_line("WARN", "accession/stability.go:41", "specimen stability exceeded",
                             {"accession": P(p.acc, "other_id"), "collected": P(dfmt(p.coll - datetime.timedelta(days=R.randint(5, 9)), "iso"), "date"),
                              "received": iso_s(CLK.now), "limit_days": 7})]
    return [console_line("ERROR", "accession/assign.go:71", "kit not registered",
                         {"barcode": P(p.kit, "other_id"), "hold_bin": "UNREG-%d" % R.randint(1, 6),
                          "err": "registration not found"})]


LIS_HEADER = "ACCESSION,SPECIMEN_ID,PAT_ID,PAT_LNAME,PAT_FNAME,PAT_DOB,SEX,COLL_DT,RECV_DTTM,SPEC_TYPE,TEST_CODES,RACK,POS"


def g_lis_csv():
    out = []
    if R.random() < 0.7:
        out.append(B("lis_csv").t(LIS_HEADER))
    for _ in range(R.randint(2, 5)):
        p = person()
        t = CLK.tick(1, 8)
        b = B("lis_csv")
        b.x(P(p.acc, "other_id"), ",", P(p.kit, "other_id"), ",", P(p.mrn, "mrn"), ",", P(p.last.upper(), "name"), ",",
            P(p.first.upper(), "name"), ",", P(dfmt(p.dob, "us"), "date"), ",", p.sex, ",",
            P(dfmt(p.coll, "us"), "date"), ",", t.strftime("%Y-%m-%d %H:%M:%S"), ",",
            R.choice(["DBS", "SWAB", "URINE", "SERUM"]), ",", ";".join(x[0] for x in PANEL_TESTS[p.panel[3]][:2]), ",",
            "R0604-%02d" % R.randint(1, 20), ",", R.choice("ABCDEFGH") + str(R.randint(1, 12)))
        out.append(b)
    return out


def g_lis_pipe():
    p = person()
    CLK.tick()
    b = B("lis_pipe")
    b.x(P(p.acc, "other_id"), "|", P(p.mrn, "mrn"), "|", P("%s, %s %s" % (p.last, p.first, p.mid) if p.mid else p.name_style("lastfirst"), "name"),
        "|", P(dfmt(p.dob, "iso"), "date"), "|", p.sex, "|", R.choice(["DBS", "SWAB", "SER"]), "|", p.panel[3], "|",
        R.choice(["PENDING", "IN_PROCESS", "VERIFIED", "RERUN"]), "|", R.choice(["cobas-c503", "Panther-02", "Evolis-1"]))
    return [b]


def obx_lines(fam, p, panel, t, elr=False):
    out = []
    for i, (loinc, nm, unit, ref, rng) in enumerate(PANEL_TESTS[panel], 1):
        b = B(fam)
        if rng:
            v = R.uniform(*rng)
            v = ("%.1f" % v) if v < 20 else str(int(v))
            flag = R.choice(["", "", "H", "L"])
            b.t("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||||||||%s" % (i, loinc, nm, v, unit, ref, flag, hl7ts(t)))
        else:
            code, disp = qual_result(loinc)
            if elr:
                b.t("OBX|%d|CWE|%s^%s^LN^^^^2.76||%s^%s^SCT^^^^20240301||||||F|||" % (i, loinc, nm, code, disp))
                b.p(dfmt(p.coll, "hl7") + p.coll_time + "-0700", "date")
                b.t("|||||%s||||Ferncliff Diagnostics CLIA Lab^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^05D2187654|2200 Harbor Blvd^Suite 410^Tacoma^WA^98421^USA^B" % (hl7ts(t) + "-0700"))
            else:
                b.t("OBX|%d|CWE|%s^%s^LN||%s^%s^SCT||||||F|||||||||%s" % (i, loinc, nm, code, disp, hl7ts(t)))
        out.append(b)
    return out


def g_hl7_oru():
    p = person()
    t = CLK.tick()
    ph = phys()
    fam = "hl7_oru"
    out = []
    ctl = "LIS%s-%04d" % (t.strftime("%m%d%H%M%S"), R.randint(1, 9999))
    out.append(B(fam).t("MSH|^~\\&|SUNQUEST|FERNCLIFF-CLIA^05D2187654^CLIA|RESULTSVC|FERNCLIFF|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (hl7ts(t), ctl)))
    b = B(fam)
    b.x("PID|1||", P(p.mrn, "mrn"), "^^^FERNCLIFF^MR||", P(p.xpn(), "name"), p.xpn_pad(), "||", P(dfmt(p.dob, "hl7"), "date"), "|", p.sex,
        "|||", P(p.street, "address"), "^", P(p.unit, "address") if p.unit else "", "^", P(p.city, "address"), "^", p.state, "^",
        P(p.zip, "zip"), "^USA||", P(pfmt(p.phone, "paren_tight"), "phone"), "^PRN^PH|||||||||")
    out.append(b)
    out.append(B(fam).t("PV1|1|O|FDX-HOME^^^FERNCLIFF||||%s^%s^%s^^^^^^NPI" % (ph[0], ph[1].upper(), ph[2].upper())))
    order = "FD%d" % R.randint(10400, 12999)
    b = B(fam)
    b.x("ORC|RE|", order, "|", P(p.acc, "other_id"), "^FERNCLIFF-LIS||CM||||%s|||%s^%s^%s^^^^^^NPI" % (hl7ts(t), ph[0], ph[1].upper(), ph[2].upper()))
    out.append(b)
    panel = p.panel[3]
    first = PANEL_TESTS[panel][0]
    b = B(fam)
    b.x("OBR|1|", order, "|", P(p.acc, "other_id"), "^FERNCLIFF-LIS|%s^%s^LN|||" % (first[0], first[1]),
        P(dfmt(p.coll, "hl7") + p.coll_time, "date"), "|||||||%s||%s^%s^%s|||||||%s||F" % (
            hl7ts(t - datetime.timedelta(hours=R.randint(2, 10), minutes=R.randint(0, 59))), ph[0], ph[1].upper(), ph[2].upper(), hl7ts(t)))
    out.append(b)
    out.extend(obx_lines(fam, p, panel, t))
    if R.random() < 0.4:
        out.append(B(fam).t("NTE|1|L|%s" % R.choice([
            "Specimen collected by dried blood spot; values may differ from venous draw.",
            "Result verified by repeat analysis.",
            "Performed at Ferncliff Diagnostics, CLIA 05D2187654, 2200 Harbor Blvd Ste 410, Tacoma WA 98421."])))
    return out


def g_hl7_elr():
    p = R.choice(OLD) if R.random() < 0.3 else person()
    t = CLK.tick()
    ph = phys()
    fam = "hl7_elr"
    out = []
    panel = R.choice(REPORTABLE)
    out.append(B(fam).t("MSH|^~\\&|FERNCLIFF-LIS^2.16.840.1.114222.4.3.15.2^ISO|FERNCLIFF DX^05D2187654^CLIA|%s-ELR^2.16.840.1.114222.4.3.3.7^ISO|%sDOH^2.16.840.1.114222.4.1.3661^ISO|%s-0700||ORU^R01^ORU_R01|ELR-%s-%06d|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO" % (
        p.state, p.state, hl7ts(t), t.strftime("%Y%m%d"), R.randint(1, 999999))))
    out.append(B(fam).t("SFT|Ferncliff Diagnostics|3.8.1|FDX-LIS|3.8.1.2207||20240520"))
    race = R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
                     "1002-5^American Indian or Alaska Native^CDCREC", "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL"])
    eth = R.choice(["N^Not Hispanic or Latino^HL70189", "H^Hispanic or Latino^HL70189", "U^Unknown^HL70189"])
    b = B(fam)
    b.x("PID|1||", P(p.mrn, "mrn"), "^^^FERNCLIFF&05D2187654&CLIA^MR||", P(p.xpn(upper=False), "name"), p.xpn_pad(), "^^^^L||",
        P(dfmt(p.dob, "hl7"), "date"), "|", p.sex, "||", race, "|", P(p.street, "address"), "^",
        P(p.unit, "address") if p.unit else "", "^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"), "^USA^H^^",
        P(p.fips, "address"), "||^PRN^PH^^1^", P(p.phone[:3] + "^" + p.phone[3:], "phone"), "|||||||||", eth)
    out.append(b)
    b = B(fam)
    b.x("ORC|RE||", P(p.acc, "other_id"), "^FERNCLIFF-LIS^2.16.840.1.114222.4.3.15.2^ISO|||||||||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L|||||||||Ferncliff Diagnostics Physician Network|2200 Harbor Blvd^Suite 400^Tacoma^WA^98421^USA^B|^WPN^PH^^1^253^5550100" % (ph[0], ph[1], ph[2]))
    out.append(b)
    first = PANEL_TESTS[panel][0]
    b = B(fam)
    b.x("OBR|1||", P(p.acc, "other_id"), "^FERNCLIFF-LIS^2.16.840.1.114222.4.3.15.2^ISO|%s^%s^LN|||" % (first[0], first[1]),
        P(dfmt(p.coll, "hl7") + p.coll_time + "-0700", "date"), "|||||||||%s^%s^%s^^^^^^NPI|^WPN^PH^^1^253^5550100|||||%s-0700|||F" % (
            ph[0], ph[1], ph[2], hl7ts(t)))
    out.append(b)
    out.extend(obx_lines(fam, p, panel, t, elr=True)[:2])
    n = len(PANEL_TESTS[panel][:2]) + 1
    b = B(fam)
    b.t("OBX|%d|NM|35659-2^Age at specimen collection^LN^^^^2.76||" % n)
    age = p.coll.year - p.dob.year - (1 if (p.coll.month, p.coll.day) < (p.dob.month, p.dob.day) else 0)
    if age > 89:
        b.p(str(age), "age")
    else:
        b.t(str(age))
    b.t("|a^year^UCUM^^^^2.1|||||F|||||||||||Ferncliff Diagnostics CLIA Lab^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^05D2187654")
    out.append(b)
    b = B(fam)
    spec = {"STI-7": "UR^Urine^HL70487", "COVID": "NP^Nasopharyngeal swab^HL70487", "HCV": "BLD^Whole blood^HL70487"}[panel]
    b.x("SPM|1|^", P(p.acc, "other_id"), "&FERNCLIFF-LIS&2.16.840.1.114222.4.3.15.2&ISO||", spec,
        "|||||||P^Patient^HL60369||||||", P(dfmt(p.coll, "hl7") + p.coll_time + "-0700", "date"), "|",
        hl7ts(t - datetime.timedelta(hours=R.randint(2, 10), minutes=R.randint(0, 59))) + "-0700")
    out.append(b)
    return out


ELR_CSV_HEADER = ("patient_id,patient_last_name,patient_first_name,patient_middle_name,patient_street,patient_street2,"
                  "patient_city,patient_county,patient_state,patient_zip_code,patient_phone_number,patient_dob,"
                  "patient_gender,patient_email,accession_number,test_performed_code,test_result,order_test_date,"
                  "specimen_collection_date,testing_lab_specimen_received_date,test_result_date,ordering_provider_id,"
                  "testing_lab_clia")
ELR_FLAT_HEADER = "RPT_ID|LAST|FIRST|DOB|AGE|SEX|ADDR|CITY|CNTY|ST|ZIP|PHONE|COLLECT_DT|LOINC|RESULT|LAB_CLIA"


def g_elr_csv():
    out = []
    if R.random() < 0.55:
        if R.random() < 0.75:
            out.append(B("elr_csv").t(ELR_CSV_HEADER))
        for _ in range(R.randint(2, 4)):
            p = person()
            panel = R.choice(REPORTABLE)
            loinc = PANEL_TESTS[panel][0][0]
            CLK.tick(1, 6)
            b = B("elr_csv")
            street = ('"%s"' % p.street) if "," in p.street else p.street
            b.x(P(p.mrn, "mrn"), ",", P(p.last, "name"), ",", P(p.first, "name"), ",", P(p.mid, "name") if p.mid else "", ",",
                P(street, "address"), ",", P(p.unit, "address") if p.unit else "", ",", P(p.city, "address"), ",",
                P(p.county, "address"), ",", p.state, ",", P(p.zip, "zip"), ",", P(pfmt(p.phone, "dash"), "phone"), ",",
                P(dfmt(p.dob, "us_nopad"), "date"), ",", p.sex, ",", P(p.email, "email") if R.random() < 0.6 else "", ",",
                P(p.acc, "other_id"), ",", loinc, ",", qual_result(loinc)[0], ",",
                P(dfmt(p.coll - datetime.timedelta(days=R.randint(1, 6)), "us_nopad"), "date"), ",",
                P(dfmt(p.coll, "us_nopad"), "date"), ",", dfmt(min(p.coll + datetime.timedelta(days=R.randint(1, 3)), datetime.date(2024, 6, 4)), "us_nopad"), ",",
                dfmt(datetime.date(2024, 6, 4), "us_nopad"), ",", phys()[0], ",", "05D2187654")
            out.append(b)
    else:
        out.append(B("elr_flat").t(ELR_FLAT_HEADER))
        for _ in range(R.randint(2, 4)):
            p = R.choice(PEOPLE + OLD + OLD)
            panel = R.choice(REPORTABLE)
            loinc = PANEL_TESTS[panel][0][0]
            CLK.tick(1, 6)
            b = B("elr_flat")
            b.x("FDX%s%04d" % (CLK.now.strftime("%y%m%d"), R.randint(1, 9999)), "|", P(p.last.upper(), "name"), "|",
                P(p.first.upper(), "name"), "|", P(dfmt(p.dob, "hl7"), "date"), "|",
                P(str(p.age), "age") if p.age > 89 else str(p.age), "|", p.sex, "|", P(p.street.upper(), "address"), "|",
                P(p.city.upper(), "address"), "|", P(p.county.upper(), "address"), "|", p.state, "|", P(p.zip, "zip"), "|",
                P(pfmt(p.phone, "plain"), "phone"), "|", P(dfmt(p.coll, "hl7"), "date"), "|", loinc, "|",
                qual_result(loinc)[1].upper(), "|05D2187654")
            out.append(b)
    return out


def logfmt_head(b, level, msg):
    t = CLK.tick()
    b.t('time="%s" level=%s msg="%s"' % (iso_s(t), level, msg))


def g_review_phi():
    p = R.choice(PEOPLE + OLD)
    b = B("logfmt")
    ph = phys()
    k = R.randint(0, 4)
    if k == 0:
        logfmt_head(b, "info", "case enqueued")
        an = R.choice([("Potassium", "6.9 mmol/L", "HH"), ("HbA1c", "11.2 %", "H"), ("TSH", "0.02 mIU/L", "L"),
                       ("CT rRNA", "Detected", "A"), ("HCV Ab", "Reactive", "A")])
        b.x(" case_id=", P(p.case, "other_id"), " accession=", P(p.acc, "other_id"), " queue=",
            R.choice(["critical", "abnormal", "positive_sti", "routine"]), ' analyte="%s" value="%s" flag=%s' % an)
    elif k == 1:
        logfmt_head(b, "warn", "physician callback required")
        b.x(" case_id=", P(p.case, "other_id"), ' patient="', P(p.name_style(R.choice(["upper_lf", "lastfirst"])), "name"),
            '" phone="', P(pfmt(p.phone, R.choice(["paren", "dash", "e164"])), "phone"),
            '" reason="critical value" assigned_npi=%s deadline=%s' % (ph[0], iso_s(CLK.now + datetime.timedelta(hours=1))))
    elif k == 2:
        logfmt_head(b, "info", "case released")
        b.x(" case_id=", P(p.case, "other_id"), " reviewer_npi=%s reviewer=\"Dr. %s %s\" decision=%s notify=%s" % (
            ph[0], ph[2], ph[1], R.choice(["approve", "approve_with_comment", "retest"]), R.choice(["email", "sms", "email,sms"])))
    elif k == 3:
        logfmt_head(b, "info", "patient context loaded")
        b.x(" case_id=", P(p.case, "other_id"), " mrn=", P(p.mrn, "mrn"), " dob=", P(dfmt(p.dob, "iso"), "date"),
            " sex=%s prior_results=%d" % (p.sex, R.randint(0, 6)))
        if p.age > 89:
            b.x(" age=", P(str(p.age), "age"))
        else:
            b.t(" age=%d" % p.age)
    else:
        logfmt_head(b, "error", "fax to ordering physician failed")
        b.x(" case_id=", P(p.case, "other_id"), ' fax_to="+1%s" clinic="%s Family Medicine" error="remote busy (code 17)" retry_in=10m' % (ph[3], ph[1]))
    return [b]


def winston(level, message, service, extra, t=None):
    t = t or CLK.tick()
    o = {"level": level, "message": message, "service": service}
    o.update(extra)
    o["timestamp"] = iso_ms(t)
    return o


def g_notifier_email():
    p = person()
    k = R.randint(0, 3)
    if k == 0:
        o = winston("info", "result release email sent", "result-notifier",
                    {"recipient": P(p.email, "email"), "recipientName": P(p.first, "name"), "template": "results-ready-v7",
                     "accession": P(p.acc, "other_id"), "sgMessageId": b62(22) + ".filterdrecv-" + hexs(10) + "-1"})
    elif k == 1:
        tok = b62(32)
        o = winston("debug", "magic link generated", "result-notifier",
                    {"userId": P(p.user, "other_id"), "link": P("https://my.ferncliffdx.com/r/" + tok, "url"), "ttlMinutes": 4320})
    elif k == 2:
        o = winston("warn", "email suppressed: recipient on bounce list", "result-notifier",
                    {"to": P(p.email, "email"), "reason": "bounce", "fallback": "sms", "accession": P(p.acc, "other_id")})
    else:
        o = winston("info", "rendering template", "result-notifier",
                    {"template": "results-ready-v7",
                     "subject": S("Your Ferncliff results are ready, ", P(p.first, "name")),
                     "locale": R.choice(["en-US", "es-US"]), "userId": P(p.user, "other_id")})
    return [J("winston_json", o)]


def g_sms_text():
    p = person()
    t = CLK.tick()
    b = B("winston_text")
    k = R.randint(0, 2)
    if k == 0:
        b.x(iso_ms(t), " info: [sms-sender] dispatched result_ready to ", P(pfmt(p.phone, "e164"), "phone"),
            " via twilio sid=SM%s segments=1" % hexs(32))
    elif k == 1:
        b.x(iso_ms(t), " warn: [sms-sender] carrier rejected message to ", P(pfmt(p.phone, "e164"), "phone"),
            " code=30007 (filtered) template=kit_received")
    else:
        b.x(iso_ms(t), " info: [sms-sender] body=\"Hi ", P(p.first, "name"),
            ", your Ferncliff kit was received by our lab. Results in 3-5 business days. Reply STOP to opt out.\" to=",
            P(pfmt(p.phone, "e164"), "phone"))
    return [b]


def g_sendgrid():
    p = person()
    t = CLK.tick()
    ev = R.choice(["delivered", "open", "bounce", "click", "processed"])
    o = {"email": P(p.email, "email"), "timestamp": int(t.timestamp()),
         "smtp-id": "<%s.%s@ismtpd-%d>" % (hexs(11), hexs(3), R.randint(100, 999)), "event": ev,
         "category": [R.choice(["results_ready", "kit_shipped", "kit_received", "registration_reminder"])],
         "sg_event_id": b62(22), "sg_message_id": b62(22) + ".filterdrecv-" + hexs(10) + "-1.0"}
    if ev == "open":
        o["useragent"] = R.choice(UA[:4])
        o["ip"] = P(p.ip, "ip")
    elif ev == "bounce":
        o["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
        o["status"] = "5.1.1"
        o["type"] = "bounce"
    elif ev == "delivered":
        o["response"] = "250 2.0.0 OK  %d %s - gsmtp" % (int(t.timestamp()), b62(20))
    elif ev == "click":
        o["url"] = "https://my.ferncliffdx.com/results?utm_source=email"
        o["url_offset"] = {"index": 0, "type": "html"}
    return [J("sendgrid_json", [o])]


def g_twilio():
    p = person()
    CLK.tick()
    b = B("twilio_form")
    if R.random() < 0.7:
        st = R.choice(["delivered", "sent", "undelivered", "failed"])
        b.x("POST /webhooks/twilio/status 204 body=ToCountry=US&ToState=%s&SmsSid=SM%s&SmsStatus=%s&MessageStatus=%s&To=" % (
            p.state, hexs(32), st, st), P(pfmt(p.phone, "enc"), "phone"),
            "&MessagingServiceSid=MG%s&MessageSid=SM%s&AccountSid=AC%s&From=%%2B18445550199&ApiVersion=2010-04-01" % (
                hexs(32), hexs(32), hexs(32)))
    else:
        nm = urllib.parse.quote_plus(p.full())
        body = R.choice([("Is+this+about+my+test%3F+This+is+", nm, ""),
                         ("Hi+its+", nm, "+my+kit+never+came"),
                         ("Wrong+number%2C+I+am+not+", nm, "")])
        b.x("POST /webhooks/twilio/inbound 200 body=ToCountry=US&SmsMessageSid=SM%s&NumMedia=0&SmsSid=SM%s&SmsStatus=received&Body=%s" % (
            hexs(32), hexs(32), body[0]), P(body[1], "name"), body[2],
            "&FromCountry=US&To=%2B18445550199&From=", P(pfmt(p.phone, "enc"), "phone"),
            "&FromState=%s&NumSegments=1&ApiVersion=2010-04-01" % p.state)
    return [b]


def chat_prefix(b, cid):
    t = CLK.tick(4, 40)
    b.t("[chat %d %s] " % (cid, t.strftime("%Y-%m-%d %H:%M:%S")))


def g_chat():
    p = R.choice(PEOPLE + OLD)
    cid = R.randint(80000, 99999)
    ag = agent()
    spanish = deck("chatlang", 3) == 0
    disp_style = R.choice(["full", "full", "lower", "initial", "visitor"])
    vis = "Visitor %d" % R.randint(10000, 99999)
    out = []

    def cust(*parts):
        b = B("chat_transcript")
        chat_prefix(b, cid)
        if disp_style == "visitor":
            b.t(vis)
        else:
            b.p(p.name_style(disp_style), "name")
        b.t(": ")
        b.x(*parts)
        return b

    def agt(*parts):
        b = B("chat_transcript")
        chat_prefix(b, cid)
        b.t("%s (Ferncliff Support): " % ag[0])
        b.x(*parts)
        return b

    b = B("chat_transcript")
    chat_prefix(b, cid)
    b.t("*** Chat started via widget on %s ***" % ("/es/ayuda" if spanish else R.choice(["/results", "/register", "/help/shipping"])))
    out.append(b)
    if spanish:
        out.append(cust("Hola, soy ", P(p.full(), "name"), ", mi fecha de nacimiento es ",
                        P(dfmt(p.dob, "dmy"), "date"), " y todavía no tengo mis resultados"))
        out.append(agt("¡Hola! Con gusto le ayudo. ¿Me confirma el número del kit (empieza con FX)?"))
        out.append(cust("es ", P(p.kit, "other_id"), ", lo mandé el ", P(dfmt(p.coll, "mon_d").replace("May", "mayo").replace("Jun", "junio"), "date")))
        out.append(agt("Gracias. El laboratorio lo recibió; los resultados estarán listos en 2-3 días hábiles."))
    else:
        k = deck("chat", 5)
        if k == 0:
            wrong = p.dob + datetime.timedelta(days=R.choice([9, -9, 30]))
            st = R.choice(["us_nopad", "us", "long", "us_short"])
            out.append(cust("hi i registered my kit ", P(p.kit, "other_id"), " but typed my birthday wrong, its ",
                            P(dfmt(p.dob, st), "date"), " not ", P(dfmt(wrong, st), "date")))
            out.append(agt("Thanks ", P(p.first, "name"), "! I can fix that. For security, can you confirm the email on the account?"))
            out.append(cust(P(p.email, "email")))
            out.append(agt("Perfect, updated. The lab will see the corrected date of birth within the hour."))
        elif k == 1:
            out.append(cust("my kit never showed up. I moved, new address is ", P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ", P(p.zip, "zip")))
            out.append(agt("Sorry about that! I've created a replacement shipment, you'll get tracking by email."))
            if p.unit:
                out.append(cust("oh and it's ", P(p.unit, "address"), " - the mail carrier always forgets"))
        elif k == 2:
            out.append(cust("do you need my social? it's ", P(ssn(), "ssn"), " and my insurance id is ",
                            P(p.member, "health_plan")))
            out.append(agt("Please don't share your SSN in chat - we never need it. The member ID is enough, thank you."))
        elif k == 3:
            out.append(cust("Can you text the results to my cell instead? ", P(pfmt(p.phone, R.choice(["dash", "paren", "plain", "dot"])), "phone")))
            out.append(agt("Sure, I've updated your notification preferences to SMS."))
        else:
            o = R.choice(OLD)
            pr = ("mom", "she", "herself", "her") if o.sex == "F" else ("dad", "he", "himself", "his")
            out.append(cust("I'm calling for my %s, " % pr[0], P(o.full(), "name"),
                            ", %s's " % pr[1], P(str(o.age), "age"), " and can't do the finger prick %s" % pr[2]))
            out.append(agt("Completely understand. A caregiver can help with the collection; the kit has to be registered in %s name." % pr[3]))
    b = B("chat_transcript")
    chat_prefix(b, cid)
    b.t(R.choice(["*** Chat ended by visitor ***", "*** %s closed the chat (tag: resolved) ***" % ag[0],
                  "*** Transcript emailed to visitor ***"]))
    out.append(b)
    return out


def note_prefix(b, ag):
    t = CLK.tick()
    b.t('%s ticket=%d via=web type=internal_note author="%s" body="' % (iso_s(t), R.randint(55000, 62000), ag[0]))


def g_agent_note():
    p = R.choice(PEOPLE + OLD)
    ag = agent()
    b = B("agent_note")
    note_prefix(b, ag)
    k = deck("note", 16)
    if k == 0:
        b.x("Called pt back at ", P(pfmt(p.phone, R.choice(["dot", "dash", "paren"])), "phone"), ", verified DOB ",
            P(dfmt(p.dob, R.choice(["us_short", "us"])), "date"), ". Kit ", P(p.kit, "other_id"),
            " rec'd hemolyzed -> reship approved to ", P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ",
            P(p.zip, "zip"), ".")
    elif k == 1:
        b.x("Cust ", P(p.full(), "name"), " wants results sent to new email ", P(p.email, "email"),
            " - updated after 2FA check. Old addr bounced.")
    elif k == 2:
        o = R.choice(OLD)
        rel = Person()
        b.x("Pt is ", P(str(o.age), "age"), " y/o, daughter ", P(rel.first + " " + o.last, "name"), " (",
            P(pfmt(rel.phone, "paren"), "phone"), ") helps w/ collection. Added as authorized contact per signed form.")
    elif k == 3:
        appt = datetime.date(2024, 6, R.randint(6, 14))
        car = R.choice(["silver Subaru Outback", "white Honda CR-V", "red Kia Soul", "black F-150"])
        plate = R.choice(["8KLM442", "CFD-2291", "7XYT913", "BZR 4410"])
        b.x("Mobile draw sched ", P(dfmt(appt, "us_nopad"), "date"), " 9-11am. Pt will wait in ", car, " plate ",
            P(plate, "vehicle"), " in lot B at ", P(p.street, "address"), ".")
    elif k == 4:
        b.x("Requested copy of results faxed to home fax ", P(pfmt(p.phone[:6] + digits(4), "dash"), "fax"),
            ". Sent via eFax, confirmation attached.")
    elif k == 5:
        b.x("Claim denied: member id ", P(p.member, "health_plan"), " not found at %s (payer %s). Asked pt to upload card front/back." % (
            PAYER_DISPLAY[p.payer[0]], p.payer[1]))
    elif k == 6:
        ph = phys()
        b.x("Spoke w/ ", P(p.name_style("lastfirst"), "name"), ". Pos CT result, Dr. %s already called. Pt asked about partner notification - sent EPT info." % ph[1])
    elif k == 7:
        b.x("Paciente ", P(p.full(), "name"), " llamó, no recibió el kit. Dirección confirmada: ", P(p.street, "address"), ", ",
            P(p.city, "address"), ", ", P(p.zip, "zip"), ". Reenvío aprobado.")
    elif k == 8:
        q = person()
        b.x("Duplicate account merge: ", P(p.email, "email"), " + ", P(q.email.split("@")[0] + "@" + R.choice(EMAIL_DOM), "email"),
            " -> kept ", P(p.user, "other_id"), ".")
    elif k == 9:
        b.x("Pt typed full SSN ", P(ssn(), "ssn"), " in chat although we don't need it - redacted from transcript per SUP-14.")
    elif k == 10:
        b.t("Refund $%s to card ending %s (order #FD%d). Reason: duplicate order." % (p.panel[2], digits(4), R.randint(10400, 12999)))
    elif k == 11:
        b.t(R.choice(["Macro 'Shipping delay apology v2' applied. USPS exception, nothing else to do.",
                      "Lab confirmed rerun queued, no customer action needed. Closing.",
                      "Merged with ticket #%d (same issue)." % R.randint(55000, 62000)]))
    elif k == 12:
        b.x("Escalated to lab: accession ", P(p.acc, "other_id"), " pending >7d, collected ", P(dfmt(p.coll, "us_nopad"), "date"), ".")
    elif k == 13:
        b.x("cust says her Libre 3 sensor (serial ", P("0M" + b62(8).upper(), "device"),
            ") came off during finger-prick - not our device, advised to contact Abbott.")
    elif k == 14:
        q = person()
        b.x("Name change: ", P(p.full(), "name"), " -> ", P(p.first + " " + q.last, "name"), " (marriage). Sent IDV link before updating.")
    else:
        b.x("Card declined; cust pasted full number ", P(luhn_complete(R.choice(["4", "51", "52"])), "account"),
            " exp 08/27 in chat - told her not to, deleted msg. Stripe ", P(p.stripe, "account"), ".")
    b.t('"')
    return [b]


def g_bq_phi():
    p = person()
    t = CLK.tick()
    k = R.randint(0, 2)
    if k == 0:
        q = S("SELECT kit_id, result_status, released_at FROM `ferncliff-analytics.core.kit_registrations` WHERE LOWER(email) = '",
              P(p.email, "email"), "'")
    elif k == 1:
        q = S("SELECT * FROM `ferncliff-analytics.core.results` WHERE accession IN ('", P(p.acc, "other_id"), "') LIMIT 100")
    else:
        q = S("SELECT * FROM core.patients WHERE last_name = '", P(p.last.replace("'", ""), "name"), "' AND dob = DATE '",
              P(dfmt(p.dob, "iso"), "date"), "'")
    o = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                          "authenticationInfo": {"principalEmail": R.choice(["jwalsh@ferncliffdx.com", "analytics-ro@ferncliff-analytics.iam.gserviceaccount.com", "mpatel@ferncliffdx.com"])},
                          "serviceName": "bigquery.googleapis.com", "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
                          "metadata": {"jobInsertion": {"job": {"jobName": "projects/ferncliff-analytics/jobs/bquxjob_%s_%s" % (hexs(8), hexs(12)),
                                                                "jobConfig": {"type": "QUERY", "queryConfig": {"query": q, "priority": "QUERY_INTERACTIVE"}}}},
                                       "@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata"}},
         "insertId": hexs(12), "resource": {"type": "bigquery_project", "labels": {"project_id": "ferncliff-analytics", "location": "US"}},
         "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, "severity": "INFO",
         "logName": "projects/ferncliff-analytics/logs/cloudaudit.googleapis.com%2Fdata_access"}
    return [J("bq_audit_json", o)]


def g_dbt_phi():
    p = person()
    t = CLK.tick()
    st = R.choice(["dmy", "us_short", "dmon"])
    out = [B("dbt_text").t("%s  Database Error in model stg_kit_registrations (models/staging/stg_kit_registrations.sql)" % hms(t))]
    b = B("dbt_text")
    b.x("%s    Failed to parse input string \"" % hms(t), P(dfmt(p.dob, st), "date"), "\"")
    out.append(b)
    out.append(B("dbt_text").t("%s    compiled Code at target/run/ferncliff/models/staging/stg_kit_registrations.sql" % hms(t)))
    return out


def g_segment_phi():
    p = person()
    t = CLK.tick()
    k = R.randint(0, 3)
    if k == 0:
        o = {"type": "identify", "messageId": "ajs-next-" + hexs(32), "anonymousId": uuid4(), "userId": P(p.user, "other_id"),
             "traits": {"email": P(p.email, "email"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                        "birthday": P(dfmt(p.dob, "iso"), "date"), "phone": P(pfmt(p.phone, "e164"), "phone"),
                        "address": {"city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip"), "country": "US"}},
             "context": {"ip": P(p.ip, "ip"), "library": {"name": "analytics.js", "version": "next-1.64.0"},
                         "userAgent": R.choice(UA[:4]), "locale": "en-US"},
             "timestamp": iso_ms(t), "sentAt": iso_ms(t), "integrations": {}}
    elif k == 1:
        o = {"type": "track", "event": "Kit Registered", "userId": P(p.user, "other_id"), "anonymousId": uuid4(),
             "properties": {"kit_type": p.panel[3], "registration_source": "ios_app", "days_since_order": R.randint(2, 20)},
             "context": {"app": {"name": "Ferncliff", "version": "4.12.0", "build": "4120", "namespace": "com.ferncliffdx.app"},
                         "device": {"id": P(uuid4().upper(), "device"), "manufacturer": "Apple", "model": "iPhone15,3", "type": "ios"},
                         "os": {"name": "iOS", "version": "17.5.1"}, "ip": P(p.ip, "ip"),
                         "library": {"name": "analytics-swift", "version": "1.5.11"}, "timezone": "America/Chicago"},
             "messageId": uuid4().upper(), "timestamp": iso_ms(t)}
    elif k == 2:
        o = {"type": "track", "event": "Order Completed", "userId": P(p.user, "other_id"),
             "properties": {"order_id": "FD%d" % R.randint(10400, 12999), "revenue": float(p.panel[2]), "currency": "USD",
                            "products": [{"sku": p.panel[0], "price": float(p.panel[2]), "quantity": 1}]},
             "context": {"library": {"name": "analytics-node", "version": "2.1.0"}},
             "messageId": "node-next-" + hexs(32), "timestamp": iso_ms(t)}
    else:
        o = {"type": "track", "event": "Results Viewed", "userId": P(p.user, "other_id"),
             "properties": {"panel": p.panel[3], "abnormal_count": R.randint(0, 3), "view": R.choice(["pdf", "web"])},
             "context": {"ip": P(p.ip, "ip"), "page": {"path": "/results", "url": "https://my.ferncliffdx.com/results"},
                         "library": {"name": "analytics.js", "version": "next-1.64.0"}},
             "messageId": "ajs-next-" + hexs(32), "timestamp": iso_ms(t)}
    return [J("segment_json", o)]


def g_nginx_phi():
    p = person()
    t = CLK.tick()
    path = R.choice(["/api/v1/results/%s/pdf", "/api/v1/results/%s", "/api/v1/kits/%s/status"])
    val = p.acc if "results" in path else p.kit
    b = B("nginx_access")
    size = R.randint(900, 90000)
    b.x(P(p.ip, "ip"), " - - [%s] \"GET " % nginx_ts(t), path.split("%s")[0], P(val, "other_id"), path.split("%s")[1],
        " HTTP/2.0\" 200 %d \"https://my.ferncliffdx.com/results\" \"%s\" %d %.3f [portal-api-8080] [] 10.4.%d.%d:8080 %d %.3f 200 %s" % (
            size, R.choice(UA), R.randint(40, 900), R.uniform(0.02, 0.9), R.randint(0, 9), R.randint(2, 250), size,
            R.uniform(0.02, 0.9), hexs(32)))
    return [b]


def g_x12():
    p = person()
    t = CLK.tick()
    ctl = R.randint(1000, 99999)
    d = t.strftime("%Y%m%d")
    b = B("x12_270")
    b.x("ISA*00*          *00*          *ZZ*FERNCLIFFDX    *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl),
        "GS*HS*FERNCLIFFDX*AVAILITY*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*FDX%d*%s*%s~" % (d, t.strftime("%H%M"), ctl, ctl, d, t.strftime("%H%M")),
        "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*FERNCLIFF DIAGNOSTICS*****XX*1932184455~HL*3*2*22*0~TRN*1*%d-%06d*9877281234~" % (
            p.payer[0], p.payer[1], ctl, R.randint(1, 999999)),
        "NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "*", P(p.mid, "name") if p.mid else "", "***MI*",
        P(p.member, "health_plan"), "~DMG*D8*", P(dfmt(p.dob, "hl7"), "date"), "*", p.sex, "~DTP*291*D8*",
        P(dfmt(p.coll, "hl7"), "date"), "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    return [b]


def g_postgres_phi():
    p = person()
    t = CLK.tick()
    pid = R.randint(10000, 39999)
    app = R.choice([("registration-svc", "reg_rw"), ("portal-api", "portal_rw")])
    pre = "%s [%d] app=%s user=%s db=ferncliff " % (pg_ts(t), pid, app[0], app[1])
    if R.random() < 0.5:
        e1 = B("postgres").t(pre + 'ERROR:  duplicate key value violates unique constraint "kit_registrations_kit_id_key"')
        e2 = B("postgres").x(pre + "DETAIL:  Key (kit_id)=(", P(p.kit, "other_id"), ") already exists.")
    else:
        e1 = B("postgres").t(pre + 'ERROR:  duplicate key value violates unique constraint "users_email_lower_idx"')
        e2 = B("postgres").x(pre + "DETAIL:  Key (lower(email::text))=(", P(p.email.lower(), "email"), ") already exists.")
    e3 = B("postgres").t(pre + "STATEMENT:  INSERT INTO %s VALUES ($1, $2, $3, $4, $5, now())" % (
        "kit_registrations (kit_id, user_id, dob, sex_at_birth, collected_on, created_at)" if "kit_id" in e1.text()
        else "users (email, first_name, last_name, phone, dob, created_at)"))
    return [e1, e2, e3]


def g_astm():
    p = person()
    t = CLK.tick()
    fam = "astm"
    inst = R.choice([("cobas pure", "01.04", "1847-22"), ("GSP", "4.2.1", "GSP-3312"), ("Panther", "7.2.7", "PAN-20118")])
    out = [B(fam).t("H|\\^&|||%s^%s^%s|||||||P|1394-97|%s" % (inst[0], inst[1], inst[2], hl7ts(t)))]
    b = B(fam)
    b.x("P|1||", P(p.mrn, "mrn"), "||", P(p.xpn(), "name"), p.xpn_pad(), "||", P(dfmt(p.dob, "hl7"), "date"), "|", p.sex)
    out.append(b)
    panel = p.panel[3]
    tests = PANEL_TESTS[panel]
    b = B(fam)
    b.x("O|1|", P(p.acc, "other_id"), "||^^^%s|R||" % tests[0][0], P(dfmt(p.coll, "hl7") + p.coll_time + "00", "date"),
        "|||||N||||%s||||||||||F" % R.choice(["DBS", "SWAB", "URINE"]))
    out.append(b)
    for i, (loinc, nm, unit, ref, rng) in enumerate(tests[:2], 1):
        if rng:
            v = R.uniform(*rng)
            v = ("%.1f" % v) if v < 20 else str(int(v))
            out.append(B(fam).t("R|%d|^^^%s|%s|%s|%s|N||F||%s||%s" % (i, loinc, v, unit, ref, R.choice(LABSTAFF), hl7ts(t))))
        else:
            out.append(B(fam).t("R|%d|^^^%s|%s|||N||F||%s||%s" % (i, loinc, R.choice(["NEG", "POS", "0.12", "S/CO 0.31"]), R.choice(LABSTAFF), hl7ts(t))))
    out.append(B(fam).t("L|1|N"))
    return out


def g_idv():
    p = person()
    dl = {"WA": "WDL" + b62(9).upper(), "CA": R.choice("ABCDEFGH") + digits(7), "TX": digits(8), "NY": digits(9),
          "FL": R.choice("ABCDEFGHJKLMNPRSTW") + digits(12)}.get(p.state, R.choice("ABCDEFGHKLMNPRSTW") + digits(R.choice([7, 8, 9])))
    k = R.randint(0, 1)
    if k == 0:
        o = winston("info", "identity verification submitted", "idv-gateway",
                    {"vendor": "persona", "inquiryId": "inq_" + b62(24), "userId": P(p.user, "other_id"),
                     "fields": {"nameFirst": P(p.first, "name"), "nameLast": P(p.last, "name"),
                                "birthdate": P(dfmt(p.dob, "iso"), "date"), "identificationClass": "dl",
                                "identificationNumber": P(dl, "license"), "issuingSubdivision": p.state,
                                "addressPostalCode": P(p.zip, "zip")},
                     "reason": "sti_result_release"})
    else:
        img = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + \
              "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(80, 140)))
        o = winston("debug", "selfie capture received", "idv-gateway",
                    {"vendor": "persona", "inquiryId": "inq_" + b62(24), "userId": P(p.user, "other_id"),
                     "selfie": {"mime": "image/jpeg", "bytes": R.randint(48000, 210000), "b64_head": P(img, "photo"), "truncated": True}})
    return [J("winston_json", o)]


def g_partner_order():
    p = person()
    ph = phys()
    pat = {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dateOfBirth": P(dfmt(p.dob, R.choice(["iso", "us"])), "date"),
           "sexAtBirth": {"F": "female", "M": "male"}[p.sex], "email": P(p.email, "email"),
           "phone": P(pfmt(p.phone, R.choice(["e164", "dash", "plain"])), "phone"),
           "address": {"line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else None,
                       "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}}
    pay = {"type": "self_pay"}
    if R.random() < 0.5:
        pay = {"type": "insurance", "payer": PAYER_DISPLAY[p.payer[0]], "payerId": p.payer[1], "memberId": P(p.member, "health_plan"),
               "groupNumber": digits(6) if not p.payer[0].startswith("MEDICARE") else None}
    o = winston("info", "partner order received", "network-orders",
                {"partner": R.choice(["medhaven", "curalink", "telecare-one"]), "externalOrderId": "MH-%d" % R.randint(5000000, 5999999),
                 "payload": {"patient": pat, "panel": p.panel[3], "payment": pay,
                             "physician": {"npi": ph[0], "name": "%s %s, MD" % (ph[2], ph[1])}}})
    return [J("winston_json", o)]


# =========================================================================== noise generators
def n_zap():
    k = R.randint(0, 7)
    if k == 0:
        o = zap_head("info", "cmd/server/main.go:58", "starting HTTP server")
        o.update({"addr": ":8080", "version": "v2.14.%d" % R.randint(0, 9), "commit": hexs(7), "go": "go1.22.4"})
    elif k == 1:
        o = zap_head("debug", "db/pool.go:77", "pgxpool stats")
        o.update({"acquired": R.randint(0, 12), "idle": R.randint(2, 18), "max": 20, "wait_count": R.randint(0, 40),
                  "wait_ms": round(R.uniform(0, 30), 2)})
    elif k == 2:
        o = zap_head("error", "lisclient/client.go:144", "upstream LIS timeout")
        o.update({"error": "context deadline exceeded", "url": "http://lis-gateway.lab.svc.cluster.local:9000/v1/orders",
                  "attempt": R.randint(1, 3), "trace_id": hexs(32), "span_id": hexs(16)})
    elif k == 3:
        o = zap_head("info", "healthz/healthz.go:31", "healthz ok")
        o.update({"checks": {"db": "ok", "lis": R.choice(["ok", "degraded"]), "redis": "ok"}, "uptime": "%dh%dm" % (R.randint(1, 300), R.randint(0, 59))})
    elif k == 4:
        o = zap_head("info", "flags/client.go:92", "feature flag evaluated")
        o.update({"flag": R.choice(["reg_v2_flow", "sms_release_enabled", "dbs_stability_10d"]), "variant": R.choice(["on", "off"]), "source": "launchdarkly"})
    elif k == 5:
        o = zap_head("info", "registration/metrics.go:40", "registration stats")
        o.update({"window": "5m", "accepted": R.randint(10, 80), "rejected": R.randint(0, 6), "p95_ms": R.randint(90, 400)})
    elif k == 6:
        o = zap_head("info", "config/load.go:23", "config loaded")
        o.update({"env": "prod", "lab_clia": "05D2187654", "lab_director": "Miriam Osei, MD, PhD",
                  "lab_phone": "+1 253 555 0100", "support_email": "support@ferncliffdx.com",
                  "return_address": "Ferncliff Diagnostics, Attn: Specimen Receiving, 2200 Harbor Blvd Ste 410, Tacoma WA 98421"})
    else:
        o = zap_head("warn", "kitinv/lot.go:58", "kit lot nearing expiry")
        o.update({"lot": "L24-%04d" % R.randint(500, 700), "sku": R.choice(PRODUCTS)[0], "expires": "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
                  "on_hand": R.randint(40, 900)})
    return [J("zap_json", o)]


def n_scanner():
    k = R.randint(0, 3)
    if k == 0:
        return [console_line("INFO", "accession/device.go:22", "scanner connected",
                             {"device": "/dev/ttyACM%d" % R.randint(0, 2), "model": "Zebra DS2208", "serial": "S/N %s" % digits(14)})]
    if k == 1:
        return [console_line("INFO", "accession/tray.go:63", "tray closed",
                             {"tray": "T-0604-%02d" % R.randint(1, 30), "count": R.randint(20, 96), "station": "RCV-%02d" % R.randint(1, 4)})]
    if k == 2:
        return [console_line("DEBUG", "accession/printer.go:41", "label printer ready",
                             {"printer": "ZD421-RCV%d" % R.randint(1, 4), "dpi": 300, "ribbon_pct": R.randint(5, 99)})]
    return [console_line("INFO", "accession/batch.go:118", "batch transmitted to LIS",
                         {"batch": "B%s-%03d" % (CLK.now.strftime("%y%m%d"), R.randint(1, 200)), "specimens": R.randint(12, 96),
                          "elapsed": "%.3fs" % R.uniform(0.2, 4.0)})]


def n_winston_json():
    k = R.randint(0, 5)
    if k == 0:
        o = winston("info", "release batch complete", "result-notifier",
                    {"released": R.randint(10, 90), "held": R.randint(0, 6), "durationMs": R.randint(800, 12000)})
    elif k == 1:
        o = winston("warn", "Shopify API call limit reached, backing off", "order-sync",
                    {"callLimit": "%d/40" % R.randint(38, 40), "retryAfterMs": 500, "shop": "ferncliff-dx.myshopify.com"})
    elif k == 2:
        o = winston("error", "Shopify webhook HMAC mismatch", "order-sync",
                    {"topic": R.choice(["orders/create", "orders/updated", "fulfillments/update"]), "webhookId": uuid4(),
                     "shop": "ferncliff-dx.myshopify.com"})
    elif k == 3:
        o = winston("info", "queue stats", "result-notifier",
                    {"queue": R.choice(["results-release", "sms-outbound", "email-outbound"]), "waiting": R.randint(0, 40),
                     "active": R.randint(0, 5), "completed": R.randint(10000, 90000), "failed": R.randint(0, 12)})
    elif k == 4:
        o = winston("info", "partner webhook delivered", "network-orders",
                    {"partner": R.choice(["medhaven", "curalink"]), "externalOrderId": "MH-%d" % R.randint(5000000, 5999999),
                     "status": "resulted", "httpStatus": 200, "ms": R.randint(40, 900)})
    else:
        o = winston("debug", "idv webhook verified", "idv-gateway",
                    {"vendor": "persona", "inquiryId": "inq_" + b62(24), "status": R.choice(["completed", "needs_review", "failed"]),
                     "signatureAlg": "sha256"})
    return [J("winston_json", o)]


def n_winston_text():
    t = CLK.tick()
    m = R.choice([
        "warn: [sms-sender] twilio 429 Too Many Requests, retry in 2000ms (attempt %d/5)" % R.randint(1, 4),
        "info: [sms-sender] worker started concurrency=8 queue=sms-outbound",
        "info: [mailer] SendGrid rate limit remaining=%d reset=%ds" % (R.randint(100, 600), R.randint(1, 60)),
        "error: [mailer] template results-ready-v7 render failed: missing partial 'footer_es'",
        "info: [order-sync] synced %d orders from Shopify in %dms (cursor=eyJsYXN0X2lkIjo1NjIz...)" % (R.randint(1, 40), R.randint(200, 3000)),
        "debug: [order-sync] GET /admin/api/2024-04/orders.json?status=any&limit=250 -> 200 (X-Shopify-Shop-Api-Call-Limit: %d/40)" % R.randint(1, 39),
    ])
    return [B("winston_text").t("%s %s" % (iso_ms(t), m))]


def n_shopify():
    t = CLK.tick()
    trk = "9400" + digits(18)
    o = {"id": R.randint(5100000000000, 5199999999999), "order_id": R.randint(5600000000000, 5699999999999), "status": "success",
         "created_at": shop_ts(t), "service": "manual", "updated_at": shop_ts(t), "tracking_company": "USPS",
         "shipment_status": R.choice(["in_transit", "delivered", "out_for_delivery", "label_printed"]),
         "location_id": 71234567890, "tracking_number": trk,
         "tracking_url": "https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=" + trk,
         "name": "#FD%d.1" % R.randint(10400, 12999)}
    return [J("shopify_json", o)]


def n_shipstation():
    CLK.tick()
    rt = R.choice(["SHIP_NOTIFY", "ORDER_NOTIFY", "ITEM_SHIP_NOTIFY"])
    path = {"SHIP_NOTIFY": "shipments", "ORDER_NOTIFY": "orders", "ITEM_SHIP_NOTIFY": "shipments"}[rt]
    o = {"resource_url": "https://ssapi.shipstation.com/%s?storeID=%d&importBatch=%s&includeShipmentItems=False" % (path, R.randint(300000, 399999), uuid4()),
         "resource_type": rt}
    return [J("shipstation_json", o)]


def n_review():
    b = B("logfmt")
    k = R.randint(0, 3)
    if k == 0:
        logfmt_head(b, "info", "queue depth")
        b.t(" queue=%s depth=%d oldest_wait=%dh%dm" % (R.choice(["critical", "abnormal", "positive_sti", "routine"]), R.randint(0, 60),
                                                         R.randint(0, 30), R.randint(0, 59)))
    elif k == 1:
        ph = phys()
        logfmt_head(b, "info", "physician session started")
        b.t(' npi=%s user=%s%s@ferncliffdx.com states="%s"' % (ph[0], ph[2][0].lower(), ph[1].lower(), ",".join(R.sample(["WA", "OR", "CA", "TX", "NY", "FL", "OH"], 3))))
    elif k == 2:
        logfmt_head(b, "warn", "SLA breach warning")
        b.t(" queue=abnormal oldest_wait=%dh breached=%d sla=24h pager=lab-oncall" % (R.randint(24, 40), R.randint(1, 5)))
    else:
        logfmt_head(b, "debug", "autoassign tick")
        b.t(" assigned=%d skipped_no_license=%d duration=%dms" % (R.randint(0, 12), R.randint(0, 3), R.randint(2, 80)))
    return [b]


def n_hl7_ack():
    t = CLK.tick()
    ctl = "LIS%s-%04d" % (t.strftime("%m%d%H%M%S"), R.randint(1, 9999))
    return [B("hl7_oru").t("MSH|^~\\&|RESULTSVC|FERNCLIFF|SUNQUEST|FERNCLIFF-CLIA|%s||ACK^R01^ACK|ACK%s|P|2.5.1" % (hl7ts(t), ctl[3:])),
            B("hl7_oru").t("MSA|AA|%s" % ctl)]


def n_bq():
    t = CLK.tick()
    k = R.randint(0, 4)
    if k == 0:
        return [B("bq_cli").t("Waiting on bqjob_r%s_%016x_1 ... (%ds) Current status: %s" % (hexs(6), R.getrandbits(64), R.randint(0, 40),
                                                                                          R.choice(["RUNNING", "DONE"])))]
    if k == 1:
        return [B("bq_cli").t("Query successfully validated. Assuming the tables are not modified, running this query will process %d bytes of data." % R.randint(10 ** 6, 10 ** 11))]
    if k == 2:
        return [B("bq_cli").t("BigQuery error in query operation: Error processing job 'ferncliff-analytics:bqjob_r%s_%016x_1': Unrecognized name: dob_dt at [%d:%d]" % (
            hexs(6), R.getrandbits(64), R.randint(2, 30), R.randint(3, 40)))]
    o = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                          "authenticationInfo": {"principalEmail": "dbt-runner@ferncliff-analytics.iam.gserviceaccount.com"},
                          "serviceName": "bigquery.googleapis.com", "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
                          "metadata": {"jobChange": {"after": "DONE", "job": {"jobName": "projects/ferncliff-analytics/jobs/%s" % uuid4(),
                                                                                "jobStats": {"totalBilledBytes": str(R.randint(10 ** 7, 10 ** 10)),
                                                                                             "totalSlotMs": str(R.randint(1000, 900000))}}},
                                       "@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata"}},
         "resource": {"type": "bigquery_project", "labels": {"project_id": "ferncliff-analytics", "location": "US"}},
         "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond, "severity": "INFO"}
    return [J("bq_audit_json", o)]


DBT_MODELS = ["stg_kit_registrations", "stg_shopify_orders", "stg_lis_results", "stg_shipments", "int_kit_lifecycle",
              "fct_kit_orders", "fct_results_released", "dim_panels", "fct_elr_submissions", "agg_turnaround_daily"]


def n_dbt():
    t = CLK.tick()
    k = R.randint(0, 6)
    i, n = R.randint(1, 31), 31
    m = R.choice(DBT_MODELS)
    if k == 0:
        return [B("dbt_text").t("%s  %d of %d START sql %s model analytics_%s.%s %s [RUN]" % (
            hms(t), i, n, R.choice(["table", "incremental", "view"]), R.choice(["staging", "marts"]), m, "." * R.randint(5, 30)))]
    if k == 1:
        return [B("dbt_text").t("%s  %d of %d OK created sql incremental model analytics_marts.%s %s [MERGE (%.1fk rows, %.1f MiB processed) in %.2fs]" % (
            hms(t), i, n, m, "." * R.randint(3, 20), R.uniform(0.1, 90), R.uniform(0.5, 900), R.uniform(1, 40)))]
    if k == 2:
        return [B("dbt_text").t("%s  Failure in test not_null_%s_collected_at (models/staging/_stg_results.yml)" % (hms(t), m)),
                B("dbt_text").t("%s    Got %d results, configured to fail if != 0" % (hms(t), R.randint(1, 40)))]
    if k == 3:
        return [B("dbt_text").t("%s  Running with dbt=1.7.14" % hms(t)),
                B("dbt_text").t("%s  Found 84 models, 212 tests, 6 seeds, 0 snapshots, 14 sources, 0 exposures, 0 metrics, 611 macros, 0 groups, 0 semantic models" % hms(t))]
    if k == 4:
        return [B("dbt_text").t("%s  Finished running %d incremental models, 9 table models, 4 view models, 212 data tests in 0 hours 4 minutes and %.2f seconds (%.2fs)." % (
            hms(t), R.randint(10, 20), R.uniform(0, 59), R.uniform(200, 300)))]
    o = {"info": {"name": "LogModelResult", "msg": "%d of %d OK created sql table model analytics_marts.%s" % (i, n, m),
                  "invocation_id": uuid4(), "level": "info", "ts": iso_s(t).replace("Z", ".%06dZ" % t.microsecond), "pid": R.randint(20, 900),
                  "thread": "Thread-%d (worker)" % R.randint(1, 8), "category": "", "code": "Q012", "extra": {}},
         "data": {"node_info": {"node_path": "marts/%s.sql" % m, "node_name": m, "unique_id": "model.ferncliff.%s" % m,
                                "resource_type": "model", "materialized": "table", "node_status": "success"},
                  "status": "CREATE TABLE (%d.0 rows, %.1f MiB processed)" % (R.randint(100, 90000), R.uniform(1, 400)),
                  "index": i, "total": n, "execution_time": round(R.uniform(1, 30), 3)}}
    return [J("dbt_json", o)]


def n_segment():
    t = CLK.tick()
    k = R.randint(0, 2)
    if k == 0:
        prod = R.choice(PRODUCTS)
        o = {"type": "track", "event": R.choice(["Product Viewed", "Checkout Started", "Product Added"]), "anonymousId": uuid4(),
             "properties": {"sku": prod[0], "name": prod[1], "price": float(prod[2])},
             "context": {"library": {"name": "analytics-node", "version": "2.1.0"}},
             "messageId": "node-next-" + hexs(32), "timestamp": iso_ms(t)}
    elif k == 1:
        pg = R.choice([("Shop - Lipid Panel", "/shop/lipid-panel"), ("How It Works", "/how-it-works"), ("Physician Network", "/physicians")])
        o = {"type": "page", "anonymousId": uuid4(), "name": pg[0],
             "properties": {"path": pg[1], "referrer": "https://www.google.com/"},
             "context": {"library": {"name": "analytics-node", "version": "2.1.0"}}, "messageId": "node-next-" + hexs(32),
             "timestamp": iso_ms(t)}
    else:
        o = {"type": "track", "event": "Batch Released", "userId": "system:result-notifier",
             "properties": {"count": R.randint(5, 90), "panel": R.choice(PRODUCTS)[3]},
             "context": {"library": {"name": "analytics-node", "version": "2.1.0"}}, "messageId": "node-next-" + hexs(32),
             "timestamp": iso_ms(t)}
    return [J("segment_json", o)]


def n_nginx():
    t = CLK.tick()
    k = R.randint(0, 3)
    if k == 0:
        line = '10.4.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 112 0.001 [portal-api-8080] [] 10.4.%d.%d:8080 2 0.001 200 %s' % (
            R.randint(0, 9), R.randint(2, 250), nginx_ts(t), R.randint(0, 9), R.randint(2, 250), hexs(32))
    elif k == 1:
        line = '35.191.%d.%d - - [%s] "GET /readyz HTTP/1.1" 200 2 "-" "GoogleHC/1.0" 98 0.002 [portal-api-8080] [] 10.4.%d.%d:8080 2 0.002 200 %s' % (
            R.randint(0, 255), R.randint(1, 254), nginx_ts(t), R.randint(0, 9), R.randint(2, 250), hexs(32))
    elif k == 2:
        line = '54.%d.%d.%d - - [%s] "POST /webhooks/shipstation HTTP/1.1" 200 0 "-" "ShipStation-Webhooks/1.0" 412 0.044 [order-sync-3000] [] 10.4.%d.%d:3000 0 0.043 200 %s' % (
            R.randint(160, 230), R.randint(0, 255), R.randint(1, 254), nginx_ts(t), R.randint(0, 9), R.randint(2, 250), hexs(32))
    else:
        line = '3.%d.%d.%d - - [%s] "POST /webhooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" 688 0.012 [notifier-3000] [] 10.4.%d.%d:3000 0 0.011 204 %s' % (
            R.randint(80, 95), R.randint(0, 255), R.randint(1, 254), nginx_ts(t), R.randint(0, 9), R.randint(2, 250), hexs(32))
    return [B("nginx_access").t(line)]


def n_postgres():
    t = CLK.tick()
    pid = R.randint(10000, 39999)
    k = R.randint(0, 3)
    pre = "%s [%d] " % (pg_ts(t), pid)
    if k == 0:
        s = pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.011 s, total=%.3f s" % (
            R.randint(200, 4000), R.uniform(0.5, 20), R.randint(0, 4), R.uniform(20, 270), R.uniform(20, 270))
    elif k == 1:
        s = pre + "app=portal-api user=portal_ro db=ferncliff LOG:  duration: %.3f ms  execute <unnamed>: SELECT r.id, r.status FROM results r WHERE r.released_at IS NULL AND r.review_state = $1 LIMIT 500" % R.uniform(500, 4000)
    elif k == 2:
        s = pre + "LOG:  automatic vacuum of table \"ferncliff.public.kit_events\": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain" % (
            R.randint(1000, 90000), R.randint(100, 9000), R.randint(10 ** 5, 10 ** 7))
    else:
        s = pre + "app=registration-svc user=reg_rw db=ferncliff FATAL:  remaining connection slots are reserved for non-replication superuser connections"
    return [B("postgres").t(s)]


def n_infra():
    t = CLK.tick()
    k = R.randint(0, 8)
    if k == 0:
        s = 'I%s %s       1 event.go:294] "Event occurred" object="lab/accession-svc-%s-%s" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"us-docker.pkg.dev/ferncliff-prod/svc/accession:2.14.%d\\" already present on machine"' % (
            t.strftime("%m%d"), t.strftime("%H:%M:%S.") + "%06d" % t.microsecond, hexs(9), b62(5).lower(), R.randint(0, 9))
        return [B("k8s_klog").t(s)]
    if k == 1:
        s = 'W%s %s       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: watch of *v1.Endpoints ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding' % (
            t.strftime("%m%d"), t.strftime("%H:%M:%S.") + "%06d" % t.microsecond)
        return [B("k8s_klog").t(s)]
    if k == 2:
        metric = R.choice(['kit_registrations_total{channel="web",status="accepted"} %d' % R.randint(10 ** 5, 10 ** 6),
                           'lis_push_duration_seconds_bucket{le="0.5"} %d' % R.randint(1000, 90000),
                           'results_released_total{panel="%s",channel="email"} %d' % (R.choice(PRODUCTS)[3], R.randint(100, 90000)),
                           'accession_scan_errors_total{station="RCV-0%d",reason="unreadable"} %d' % (R.randint(1, 4), R.randint(0, 300)),
                           'go_goroutines %d' % R.randint(20, 400),
                           'process_resident_memory_bytes %.6e' % R.uniform(5e7, 9e8)])
        return [B("prometheus").t(metric)]
    if k == 3:
        return [B("prometheus").t("# HELP elr_submissions_total ELR messages submitted to state public health agencies."),
                B("prometheus").t("# TYPE elr_submissions_total counter"),
                B("prometheus").t('elr_submissions_total{state="%s",transport="%s",status="accepted"} %d' % (
                    R.choice(["WA", "OH", "CA", "NY", "TX"]), R.choice(["sftp", "phinms", "aims"]), R.randint(100, 20000)))]
    if k == 4:
        return [B("cloudbuild").t('Step #%d - "%s": %s' % (R.randint(0, 5), R.choice(["docker-build", "go-test", "push"]), R.choice([
            "Successfully tagged us-docker.pkg.dev/ferncliff-prod/svc/registration:v2.14.%d" % R.randint(0, 9),
            "ok  \tgithub.com/ferncliff/registration/validate\t%.3fs" % R.uniform(0.01, 3),
            "v2.14.%d: digest: sha256:%s size: 2417" % (R.randint(0, 9), hexs(64))])))]
    if k == 5:
        return [B("cloudsql_proxy").t("%s [ferncliff-prod:us-central1:lab-pg] %s" % (t.strftime("%Y/%m/%d %H:%M:%S"), R.choice([
            "Accepted connection from 127.0.0.1:%d" % R.randint(30000, 60000), "client closed the connection",
            "Listening on 127.0.0.1:5432", "Refreshing ephemeral certificate"])))]
    if k == 6:
        return [B("elr_sftp").t("%s elr-uploader[%d]: uploaded FDX_ELR_%s_%s.hl7 to sftp://elr.%s.gov/inbound (%d msgs, %d bytes, sha256=%s)" % (
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1), R.randint(100, 999), R.choice(["WA", "OH", "NM", "GA"]), t.strftime("%Y%m%d%H%M"),
            R.choice(["doh.wa", "odh.ohio", "nmhealth", "dph.ga"]), R.randint(1, 40), R.randint(4000, 90000), hexs(64)))]
    if k == 7:
        return [B("astm").t("H|\\^&|||Panther^7.2.7^PAN-20118|||||||P|1394-97|%s" % hl7ts(t)),
                B("astm").t("Q|1|^ALL||||%s|||||||O" % hl7ts(t)),
                B("astm").t("L|1|N")]
    qc = R.choice([("glucose", 104, "mg/dL", 101.0, 3.1), ("HbA1c", 5.8, "%", 5.7, 0.12), ("TSH", 2.1, "mIU/L", 2.0, 0.09),
                   ("CHOL", 188, "mg/dL", 191.0, 4.4)])
    return [B("winston_text").t("%s info: [qc] lot %d level %d %s %s %s within 2SD (mean %.1f, sd %.2f) analyzer=cobas-c503 SN 1847-22" % (
        iso_ms(t), R.randint(24000, 24999), R.randint(1, 3), qc[0], qc[1], qc[2], qc[3], qc[4]))]


def n_chat_agent_only():
    cid = R.randint(80000, 99999)
    ag = agent()
    out = []
    for msg in ["*** Chat started via widget on /help/shipping ***", None, "*** Chat ended by visitor ***"]:
        b = B("chat_transcript")
        chat_prefix(b, cid)
        if msg is None:
            b.t("%s (Ferncliff Support): %s" % (ag[0], R.choice([
                "Kits usually ship within 1 business day and arrive in 3-5 days.",
                "Our lab hours are Mon-Sat 7am-7pm PT; results typically post within 3-5 business days of receipt.",
                "You can track your kit anytime at my.ferncliffdx.com/track."])))
        else:
            b.t(msg)
        out.append(b)
    return out


PHI_GENS = [(g_shopify_order, 3), (g_shipstation_shipment, 2), (g_registration, 4), (g_scanner, 3), (g_lis_csv, 1.2),
            (g_lis_pipe, 1.2), (g_hl7_oru, 0.6), (g_hl7_elr, 1.0), (g_elr_csv, 1.0), (g_review_phi, 3), (g_notifier_email, 3),
            (g_sms_text, 2), (g_sendgrid, 2), (g_twilio, 2), (g_chat, 1.6), (g_agent_note, 7), (g_bq_phi, 0.8),
            (g_dbt_phi, 0.5), (g_segment_phi, 3), (g_nginx_phi, 3), (g_x12, 0.9), (g_postgres_phi, 1.1), (g_astm, 0.6),
            (g_idv, 1.6), (g_partner_order, 2)]
NOISE_GENS = [(n_zap, 4), (n_scanner, 2.5), (n_winston_json, 3), (n_winston_text, 2.5), (n_shopify, 2), (n_shipstation, 2),
              (n_review, 2.5), (n_hl7_ack, 1), (n_bq, 2), (n_dbt, 3), (n_segment, 2), (n_nginx, 3), (n_postgres, 2),
              (n_infra, 5), (n_chat_agent_only, 0.6)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    r = R.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    while len(lines) < N_LINES:
        noise = sum(1 for b in lines if not b.spans)
        frac = noise / len(lines) if lines else 1.0
        gens = NOISE_GENS if frac < NOISE_TARGET else PHI_GENS
        block = wpick(gens)()
        if len(lines) + len(block) > N_LINES:
            continue
        lines.extend(block)
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert s and "\n" not in s
        raw = s.encode("utf-8")
        spans = []
        prev_e = -1
        for st, e, cat, v in b.spans:
            assert raw[st:e].decode("utf-8") == v, (i, v)
            assert st >= prev_e, (i, v)
            prev_e = e
            spans.append({"s": st, "e": e, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": b.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
