#!/usr/bin/env python3
"""gen_jv.py - synthetic, labeled log corpus (ID=jv).

Theme: fulfilment and shipping at a mail-order / specialty pharmacy
("Lakeshore Specialty Pharmacy", fictitious). Carrier label APIs (UPS JSON,
FedEx SOAP XML + REST JSON, USPS Web Tools XML + v3 JSON), an address
correction service (logfmt), cold-chain logger telemetry (MQTT JSON), conveyor
PLC and packing-station scanner logs, order management (NestJS, winston, .NET
console / Serilog / System.Text.Json), delivery exception and RTS notes, refill
reminder SMS (Twilio) and IVR (Asterisk), copay card claims (NCPDP D.0) and
card payments, warehouse CSV / pipe manifests, ZPL label jobs, HL7 v2 referrals,
NCPDP SCRIPT NewRx, X12 270, customer-service chats (English and Spanish),
Kubernetes, nginx and syslog noise.

Every person, address and identifier is synthetic.  Standard library only,
fixed seed: running it twice gives byte-identical jv.log / jv.labels.jsonl.

Labeling decisions:
- Labelled people: patients, and private persons in a patient's record
  (relatives, caregivers, guarantors, cardholders, neighbours who accepted a
  package).  Not labelled: pharmacists, technicians, CS agents, drivers,
  prescribers (names, NPI, DEA, phones, faxes), the pharmacy, carriers, vendors
  and their addresses, phones, e-mails.
- A first name alone (SMS greeting "Hi Maria") is labelled name; CALLERID(name)
  and NCPDP/X12/HL7 name components are labelled one span per component.
- address: street line, unit (also a bare house number or "apt 3B" written by
  a patient), city and county, each its own span; state and country are not
  labelled.  Lat/lon are labelled address only when they are a patient's
  home/delivery point (address-correction geocodes, "delivered at recipient"
  geofence); GPS fixes of a parcel in transit are not labelled.
- zip: ZIP5, ZIP+4 as one span when written together, each part when in
  separate fields (Zip5 / Zip4), and a ZIP stored as a number.
- date: birth dates, fill/dispense dates, date written, refill due dates,
  eligibility/service dates of a patient (X12 DTP*291, NCPDP DE date of
  service, HL7 ORC-9 order date treated as date written).  Not labelled: log timestamps,
  carrier event dates (ship, attempt, exception, return to sender, delivery),
  card expiry dates, lot expiry dates, message/batch dates.
- age: only ages over 89 are labelled; younger ages are left as is.
- mrn: the pharmacy patient ID (PT-xxxxxxx) and hospital MRNs.
  other_id: Rx numbers, CS case numbers, portal usernames, hospital visit
  numbers.  Not labelled: order numbers (SO-...), shipment IDs, manifest IDs,
  tracking numbers, tote IDs, trace/span/request IDs, message control IDs.
- health_plan: cardholder/member IDs, Medicare MBI, Medicaid IDs, copay card
  (manufacturer program) member IDs.  BIN, PCN and group numbers are plan-level
  and not labelled.
- account: full card numbers (PAN), bank account numbers, patient billing
  accounts (incl. HL7 PID-18).  Masked PANs / last-4, routing numbers, card
  expiry, processor transaction IDs and public test PANs (4111111111111111)
  are not labelled.  Partial SSNs (last 4) are not labelled either.
- phone / fax / email of the patient or their relatives, in every written form
  (including URL-encoded "%2B1312..." and "%40" forms, whose encoded text is the
  span).
- license: the patient's driver's licence / state ID number (ID check for
  signature-required deliveries).  vehicle: the patient's plate at curbside
  pickup.  device: serials of a patient's own device (CGM receiver, insulin
  pump, PDM) in RMA/replacement records; product serials in GS1 DataMatrix
  codes, logger serials, printer and scanner IDs are not labelled.
- url: personal links a patient sends or a profile URL containing their
  username.  ip: public client IPs of patient-portal/patient-payment traffic;
  private 10.x/kube addresses and carrier/vendor IPs are not labelled.
- biometric: IVR voiceprint templates and captured signature vectors.
  photo: base64 face/ID selfie images; pictures of parcels are not labelled.
- System.Text.Json output escapes non-ASCII and '+'; the escaped text as it
  appears in the line is the span.
"""
import base64
import hashlib
import json
import random
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape as xesc

SEED = 20240612
ID = "jv"
N_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class P:
    """A value that is PHI of category cat (cat None = plain text)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)


def flat(parts):
    for x in parts:
        if isinstance(x, (list, tuple)):
            yield from flat(x)
        else:
            yield x


def mk(fam, *parts):
    ln = Line(fam)
    for x in flat(parts):
        if isinstance(x, P):
            ln.p(x.v, x.cat)
        else:
            ln.t(str(x))
    return ln


def stj_escape(s):
    """System.Text.Json JavaScriptEncoder.Default style escaping."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append("\\u0022")
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "<>&'+`":
            out.append("\\u%04X" % o)
        elif o < 0x20:
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, "\\u%04X" % o))
        elif o > 0x7E:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def jp(obj, sep=(",", ":"), ascii_=False, stj=False):
    """JSON -> parts (P values keep their category, span = escaped content)."""
    out = []

    def enc(v):
        if stj:
            return stj_escape(v)
        return json.dumps(v, ensure_ascii=ascii_)[1:-1]

    def rec(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(['"', P(enc(o.v), o.cat), '"'])
            else:
                out.append(P(json.dumps(o.v), o.cat))
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append('"' + enc(k) + '"' + sep[1])
                rec(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                rec(v)
            out.append("]")
        elif isinstance(o, str):
            out.append('"' + enc(o) + '"')
        else:
            out.append(json.dumps(o))

    rec(obj)
    return out


def xp(node):
    """XML node (tag, content[, attrs]) -> parts, on one line."""
    tag, content = node[0], node[1]
    attrs = node[2] if len(node) > 2 else None
    a = "".join(' %s="%s"' % (k, v) for k, v in (attrs or {}).items())
    if content is None:
        return ["<%s%s/>" % (tag, a)]
    if isinstance(content, list):
        out = ["<%s%s>" % (tag, a)]
        for ch in content:
            out += xp(ch)
        out.append("</%s>" % tag)
        return out
    if isinstance(content, P):
        return ["<%s%s>" % (tag, a), P(xesc(content.v), content.cat), "</%s>" % tag]
    return ["<%s%s>%s</%s>" % (tag, a, xesc(content), tag)]


def xlines(node, depth=0, step=2):
    """XML node -> list of part lists, one per physical line (pretty print)."""
    tag, content = node[0], node[1]
    attrs = node[2] if len(node) > 2 else None
    a = "".join(' %s="%s"' % (k, v) for k, v in (attrs or {}).items())
    pad = " " * (depth * step)
    if isinstance(content, list):
        out = [[pad + "<%s%s>" % (tag, a)]]
        for ch in content:
            out += xlines(ch, depth + 1, step)
        out.append([pad + "</%s>" % tag])
        return out
    return [[pad] + xp(node)]


# --------------------------------------------------------------------------
# synthetic data
# --------------------------------------------------------------------------
FIRST = [("Maria", "F"), ("José", "M"), ("Wei", "M"), ("Aisha", "F"), ("Dmitri", "M"),
         ("Olusegun", "M"), ("Priya", "F"), ("Haruto", "M"), ("Fatima", "F"), ("Siobhan", "F"),
         ("Mateo", "M"), ("Thi Lan", "F"), ("Kwame", "M"), ("Ingrid", "F"), ("Rahul", "M"),
         ("Yasmin", "F"), ("Tomasz", "M"), ("Leilani", "F"), ("Guadalupe", "F"), ("DeShawn", "M"),
         ("Chidi", "M"), ("Svetlana", "F"), ("Hamid", "M"), ("Ana Lucía", "F"), ("Björn", "M"),
         ("Zoë", "F"), ("Renée", "F"), ("François", "M"), ("Mary-Kate", "F"), ("Jean-Baptiste", "M"),
         ("Esperanza", "F"), ("Kofi", "M"), ("Mei-Ling", "F"), ("Raúl", "M"), ("Dolores", "F"),
         ("Harold", "M"), ("Eunice", "F"), ("Bao", "M"), ("Nkechi", "F"), ("Ahmet", "M"),
         ("Catalina", "F"), ("Walter", "M"), ("Imani", "F"), ("Luis Fernando", "M"), ("Oksana", "F"),
         ("Tevita", "M"), ("Xiomara", "F"), ("Gunnar", "M"), ("Ngozi", "F"), ("Thaddeus", "M")]
LAST = ["García", "Nguyen", "Okonkwo", "Al-Sayed", "van der Berg", "de la Cruz", "O'Connor",
        "Smith-Jones", "Kowalski", "Yamamoto", "Patel", "Chen", "Haddad", "Rodríguez Pérez",
        "MacLeod", "St. Pierre", "Dubois", "Ivanova", "Mbeki", "Abernathy", "Lindqvist",
        "Papadopoulos", "da Silva", "Begay", "Kealoha", "Wójcik", "Fitzgerald-Ruiz", "Le",
        "Nakamura", "Oyelaran", "Hernández", "Washington", "Goldberg", "Kim", "Szabó", "Müller",
        "Ferreira", "Acheampong", "Delgado", "Tran", "Ramírez", "Novak", "Yilmaz", "Castillo",
        "Johansson", "McAllister", "Bianchi", "Abdi", "Fa'asavalu", "DiMaggio", "Whitehorse", "Zhang",
        "Bellamy-Okafor", "Van Houten", "Esposito", "Ó Súilleabháin"]
# city, county, state, zip3, area codes, lat, lon
CITIES = [("Chicago", "Cook", "IL", "606", ["312", "773"], 41.88, -87.65),
          ("Houston", "Harris", "TX", "770", ["713", "832"], 29.76, -95.37),
          ("Phoenix", "Maricopa", "AZ", "850", ["602", "480"], 33.45, -112.07),
          ("Miami", "Miami-Dade", "FL", "331", ["305", "786"], 25.77, -80.19),
          ("Brooklyn", "Kings", "NY", "112", ["718", "347"], 40.65, -73.95),
          ("San Antonio", "Bexar", "TX", "782", ["210"], 29.42, -98.49),
          ("Columbus", "Franklin", "OH", "432", ["614"], 39.96, -83.00),
          ("Fresno", "Fresno", "CA", "937", ["559"], 36.74, -119.79),
          ("Albuquerque", "Bernalillo", "NM", "871", ["505"], 35.08, -106.65),
          ("Tacoma", "Pierce", "WA", "984", ["253"], 47.25, -122.44),
          ("Dearborn", "Wayne", "MI", "481", ["313"], 42.32, -83.18),
          ("Honolulu", "Honolulu", "HI", "968", ["808"], 21.31, -157.86),
          ("Paterson", "Passaic", "NJ", "075", ["973"], 40.92, -74.17),
          ("Lowell", "Middlesex", "MA", "018", ["978"], 42.63, -71.32),
          ("Gallup", "McKinley", "NM", "873", ["505"], 35.53, -108.74),
          ("Hialeah", "Miami-Dade", "FL", "330", ["305"], 25.86, -80.28),
          ("Sioux Falls", "Minnehaha", "SD", "571", ["605"], 43.54, -96.73),
          ("Laredo", "Webb", "TX", "780", ["956"], 27.53, -99.49),
          ("Pittsburgh", "Allegheny", "PA", "152", ["412"], 40.44, -79.99),
          ("St. Paul", "Ramsey", "MN", "551", ["651"], 44.95, -93.09),
          ("Boise", "Ada", "ID", "837", ["208"], 43.62, -116.20),
          ("Macon", "Bibb", "GA", "312", ["478"], 32.84, -83.63),
          ("Eugene", "Lane", "OR", "974", ["541"], 44.05, -123.09),
          ("Bronx", "Bronx", "NY", "104", ["718", "929"], 40.84, -73.87),
          ("El Paso", "El Paso", "TX", "799", ["915"], 31.76, -106.49),
          ("Kissimmee", "Osceola", "FL", "347", ["407"], 28.29, -81.41)]
STREETS = ["Maple Ave", "Oak St", "W Fullerton Ave", "SW 8th St", "N 7th St", "Elm Ct",
           "Kalakaua Ave", "Lakeview Dr", "Pine Ridge Rd", "Martin Luther King Jr Blvd",
           "Old Mill Rd", "S Central Ave", "Cedar Ln", "Washington St", "Bayshore Blvd",
           "Juniper Way", "E 149th St", "Sunset Blvd", "County Road 12", "State Route 9",
           "Avenida del Sol", "Mockingbird Ln", "Greenwood Ave", "Prospect Pl", "N Broadway",
           "Calle Tulipán", "Ridgeview Ter", "W 3rd St", "Hwy 491", "Kingsbridge Rd"]
UNITS = ["", "", "", "Apt 3B", "Unit 12", "# 204", "Apt. 5", "Ste 110", "Lot 44", "Apt 1R",
         "Unit C", "Trlr 7", "Fl 2"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "att.net", "protonmail.com", "sbcglobal.net", "live.com"]
DRUGS = [("00074-0554-02", "HUMIRA PEN 40MG/0.4ML", True), ("58406-0032-04", "ENBREL SURECLICK 50MG/ML", True),
         ("00169-4181-13", "OZEMPIC 1MG/DOSE PEN", True), ("00002-8215-01", "HUMALOG KWIKPEN 100U/ML", True),
         ("61958-2501-01", "BIKTARVY 50-200-25MG TAB", False), ("00006-3075-02", "JANUVIA 100MG TAB", False),
         ("00078-0659-20", "ENTRESTO 49-51MG TAB", False), ("00024-5915-01", "DUPIXENT 300MG/2ML PEN", True),
         ("50242-0150-01", "XOLAIR 150MG/ML SYR", True), ("00597-0152-30", "JARDIANCE 25MG TAB", False),
         ("72606-0022-01", "TALTZ 80MG/ML AUTOINJ", True), ("00310-6205-30", "FARXIGA 10MG TAB", False)]
AGENTS = ["Kayla R.", "Brandon T.", "Sofía P.", "Marcus W.", "Jenna L.", "Luis M.", "Aaliyah K."]
AGENTS_ES = ["Luis M.", "Sofía P.", "Yesenia C."]
STAFF_USERS = ["kosei", "dwhitfield", "jmorales", "tnguyen2", "bpatterson", "lchavez", "rfischer"]
PHARMACISTS = ["Kwabena Osei, RPh", "Diane Whitfield, PharmD", "Hyun-woo Park, PharmD", "Teresa Calloway, RPh"]
PRESCRIBERS = [("Krishnamurthy", "Anand"), ("Feldman", "Rachel"), ("Obi", "Chinwe"),
               ("Larsen", "Erik"), ("Moreno", "Alejandra"), ("Whitaker", "James")]
PHARM = "Lakeshore Specialty Pharmacy"
PHARM_ADDR = ("1850 Commerce Pkwy", "Elk Grove Village", "IL", "60007")
PHARM_PHONE = "8476214400"
PHARM_TOLLFREE = "18667143390"
ISP_PREFIX = ["73.162", "98.213", "174.51", "24.14", "71.201", "99.36", "107.77", "47.185",
              "68.45", "108.28", "172.58", "76.104", "50.35", "184.91"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


class Person:
    pass


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.now = datetime(2024, 6, 12, 5, 58, 11, 118000, tzinfo=timezone.utc)
        self.people = [self._mk_person(i) for i in range(70)]
        self.seq = 4400

    # -- time --
    def tick(self, lo=0.05, hi=19.0):
        self.now += timedelta(seconds=self.r.uniform(lo, hi))
        return self.now

    def nxt(self):
        self.seq += self.r.randint(1, 9)
        return self.seq

    # -- identifiers --
    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def order_no(self):
        return "SO-2024-0612-%06d" % self.nxt()

    def shipment(self):
        return "SHP-%s" % self.alnum(8)

    def tote(self):
        return "T%06d" % self.r.randint(1000, 9999)

    def ups_trk(self):
        return "1Z" + "4R7V91" + self.r.choice(["01", "13", "59", "03"]) + self.digits(8)

    def fedex_trk(self):
        return self.r.choice(["7946", "7731", "2706", "7710"]) + self.digits(8)

    def usps_trk(self):
        return "9400" + "1118" + self.digits(14)

    def npi(self):
        base = "1" + self.digits(8)
        return base + luhn_digit("80840" + base)

    def pan(self, kind=None):
        kind = kind or self.r.choice(["visa", "mc", "amex", "disc"])
        if kind == "visa":
            base = "4" + self.digits(14)
        elif kind == "mc":
            base = "5" + self.r.choice("12345") + self.digits(13)
        elif kind == "amex":
            base = "3" + self.r.choice("47") + self.digits(12)
        else:
            base = "6011" + self.digits(11)
        return base + luhn_digit(base)

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + "0123456789"
        r = self.r
        s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") +
             r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(A) +
             r.choice("0123456789") + r.choice("0123456789"))
        return s

    def member_id(self):
        r = self.r
        return r.choice([lambda: "XHB" + self.digits(9), lambda: "W" + self.digits(9),
                         lambda: "ZGP" + self.digits(8) + "01", lambda: "U" + self.digits(8) + "02",
                         lambda: "MCD" + self.digits(8), lambda: "H" + self.digits(9) + "00"])()

    def pub_ip(self):
        return "%s.%d.%d" % (self.r.choice(ISP_PREFIX), self.r.randint(1, 254), self.r.randint(1, 254))

    def priv_ip(self):
        return "10.42.%d.%d" % (self.r.randint(0, 7), self.r.randint(2, 250))

    def _mk_person(self, i):
        r = self.r
        p = Person()
        p.first, p.sex = r.choice(FIRST)
        p.last = r.choice(LAST)
        p.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        if r.random() < 0.12:
            y = r.randint(1925, 1934)
        else:
            y = r.randint(1938, 2006)
        p.dob = datetime(y, r.randint(1, 12), r.randint(1, 28))
        p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (6, 12) else 0)
        c = r.choice(CITIES)
        p.city, p.county, p.st = c[0], c[1], c[2]
        p.zip5 = c[3] + "%02d" % r.randint(1, 99)
        p.zip4 = "%04d" % r.randint(1, 9998)
        p.area = r.choice(c[4])
        p.lat = round(c[5] + r.uniform(-0.08, 0.08), 5)
        p.lon = round(c[6] + r.uniform(-0.08, 0.08), 5)
        p.no = str(r.choice([r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 24999)]))
        p.street = r.choice(STREETS)
        p.unit = r.choice(UNITS)
        p.phone = p.area + str(r.randint(201, 989)) + self.digits(4)
        p.phone2 = r.choice(c[4]) + str(r.randint(201, 989)) + self.digits(4)
        fa, la = fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "").replace("'", "")
        pat = r.randint(0, 5)
        if pat == 0:
            loc = "%s.%s" % (fa, la)
        elif pat == 1:
            loc = "%s%s%02d" % (fa, la, y % 100)
        elif pat == 2:
            loc = "%s%s" % (fa[0], la)
        elif pat == 3:
            loc = "%s_%s%d" % (fa, la[0], r.randint(1, 99))
        elif pat == 4:
            loc = "%s.%s%d" % (la, fa[0], y)
        else:
            loc = "%s%s" % (fa[:4], la[:5])
        p.email = loc.replace("-", "") + "@" + r.choice(EMAIL_DOM)
        p.user = r.choice([fa[0] + la[:7] + str(y % 100), fa + "." + la[:6], la[:6] + fa[0] + str(r.randint(1, 999))]).replace("-", "")
        p.mrn = "PT-%07d" % r.randint(100000, 9999999)
        p.hosp_mrn = r.choice(["E", "M", "", "00"]) + self.digits(7)
        p.rx = [str(r.randint(2100000, 7999999)) for _ in range(3)]
        p.member = self.member_id()
        p.mbi = self.mbi() if y < 1960 else None
        p.copay = self.digits(11)
        p.caseno = "CS-%d" % r.randint(1000000, 1999999)
        p.acct = self.digits(8)
        p.ssn = self.ssn()
        st = p.st
        if st == "IL":
            p.dl = r.choice("ABCDEFGHKLMNPRSTW") + self.digits(3) + "-" + self.digits(4) + "-" + self.digits(4)
        elif st == "CA":
            p.dl = r.choice("ABCDEFGHKLMNPRSTW") + self.digits(7)
        elif st == "FL":
            p.dl = r.choice("ABCDEFGHKLMNPRSTW") + self.digits(3) + "-" + self.digits(3) + "-" + self.digits(2) + "-" + self.digits(3) + "-0"
        elif st == "NY":
            p.dl = self.digits(3) + " " + self.digits(3) + " " + self.digits(3)
        else:
            p.dl = self.digits(8)
        p.plate = r.choice([self.alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + self.digits(4),
                            self.digits(1) + self.alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + self.digits(3),
                            self.alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + self.digits(3)])
        rel_first, rel_sex = r.choice(FIRST)
        p.rel_first = rel_first
        p.rel_last = p.last if r.random() < 0.6 else r.choice(LAST)
        if rel_sex == "F":
            p.rel_role = r.choice(["daughter", "wife" if p.sex == "M" else "daughter", "caregiver", "granddaughter", "niece", "sister"])
        else:
            p.rel_role = r.choice(["son", "husband" if p.sex == "F" else "son", "caregiver", "grandson", "nephew", "brother"])
        p.rel_phone = r.choice(c[4]) + str(r.randint(201, 989)) + self.digits(4)
        p.drug = r.choice(DRUGS)
        return p

    def person(self):
        return self.r.choice(self.people)

    def old_person(self):
        olds = [p for p in self.people if p.age > 89]
        return self.r.choice(olds)


# -- formatters --
def nm(p, style):
    f, l = p.first, p.last
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "FL":
        return ("%s %s" % (fold(f), fold(l))).upper()
    if style == "LcF":
        return "%s, %s" % (l, f)
    if style == "LCF":
        return ("%s, %s" % (fold(l), fold(f))).upper()
    if style == "LCFu":
        return ("%s, %s" % (l, f)).upper()
    if style == "lower":
        return ("%s %s" % (f, l)).lower()
    if style == "init":
        return "%s. %s" % (f[0], l)
    if style == "fml":
        return "%s %s. %s" % (f, p.mi, l)
    if style == "LF":
        return ("%s %s" % (fold(l), fold(f))).upper()
    raise ValueError(style)


def ph(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "raw": d,
            "e164": "+1" + d, "dot": "%s.%s.%s" % (a, b, c), "sp": "+1 %s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c), "parenns": "(%s)%s-%s" % (a, b, c),
            "e164enc": "%2B1" + d}[style]


MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usshort":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "mdy_dash":
        return d.strftime("%m-%d-%Y")
    if style == "es":
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if style == "mmddyyyy":
        return d.strftime("%m%d%Y")
    if style == "isot":
        return d.strftime("%Y-%m-%dT00:00:00")
    if style == "mdnoyear":
        return d.strftime("%m/%d")
    raise ValueError(style)


def street(p, up=False, unit=True):
    s = "%s %s" % (p.no, p.street)
    if unit and p.unit:
        s += " " + p.unit
    return fold(s).upper() if up else s


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def py_ts(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def csvq(s):
    if "," in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def b64blob(c, n, prefix=b""):
    raw = prefix + bytes(c.r.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")

# ==========================================================================
# families.  Each generator returns a list of Line objects.
# ==========================================================================
HOSTS_GW = ["carrier-gw-6d8f7b9c4-x2kqp", "carrier-gw-6d8f7b9c4-m9zrt"]


# ---- UPS (pino JSON from Node carrier gateway) ---------------------------
def ups_req(c):
    p = c.person()
    t = c.tick()
    so = c.order_no()
    drug = p.drug
    name_style = c.r.choice(["FL", "fl", "LCF"])
    ship_to = {"Name": P(nm(p, name_style), "name")}
    if c.r.random() < 0.4:
        ship_to["AttentionName"] = P(("%s %s" % (p.rel_first, p.rel_last)).upper(), "name")
    else:
        ship_to["AttentionName"] = P(nm(p, "FL"), "name")
    ship_to["Phone"] = {"Number": P(p.phone if c.r.random() < 0.7 else ph(p.phone, "dash"), "phone")}
    lines = [P(street(p, True, False), "address")]
    if p.unit:
        lines.append(P(fold(p.unit).upper(), "address"))
    ship_to["Address"] = {"AddressLine": lines, "City": P(p.city.upper(), "address"),
                          "StateProvinceCode": p.st, "PostalCode": P(p.zip5, "zip"), "CountryCode": "US",
                          "ResidentialAddressIndicator": ""}
    body = {"ShipmentRequest": {"Request": {"RequestOption": "nonvalidate",
                                            "TransactionReference": {"CustomerContext": so}},
                                "Shipment": {"Description": "Pharmaceuticals - Rx",
                                             "Shipper": {"Name": PHARM.upper(), "ShipperNumber": "4R7V91",
                                                         "Address": {"AddressLine": [PHARM_ADDR[0].upper()], "City": PHARM_ADDR[1].upper(),
                                                                     "StateProvinceCode": "IL", "PostalCode": PHARM_ADDR[3], "CountryCode": "US"}},
                                             "ShipTo": ship_to,
                                             "PaymentInformation": {"ShipmentCharge": {"Type": "01", "BillShipper": {"AccountNumber": "4R7V91"}}},
                                             "Service": {"Code": "01" if drug[2] else "02", "Description": "Next Day Air" if drug[2] else "2nd Day Air"},
                                             "ShipmentServiceOptions": {"DeliveryConfirmation": {"DCISType": "2"}} if c.r.random() < 0.3 else {},
                                             "Package": {"Packaging": {"Code": "02"},
                                                         "PackageWeight": {"UnitOfMeasurement": {"Code": "LBS"}, "Weight": "%.1f" % c.r.uniform(0.4, 9.5)}}}}}
    rec = {"level": 30, "time": epoch_ms(t), "pid": 23, "hostname": c.r.choice(HOSTS_GW),
           "reqId": "req-%s" % c.alnum(4).lower(), "carrier": "UPS", "msg": "POST /api/shipments/v2403/ship",
           "body": body}
    return [mk("ups_json", jp(rec))]


def ups_noise(c):
    t = c.tick()
    k = c.r.randint(0, 4)
    base = {"level": 30, "time": epoch_ms(t), "pid": 23, "hostname": c.r.choice(HOSTS_GW)}
    if k == 0:
        trk = c.ups_trk()
        zpl_hdr = base64.b64encode(b"^XA^MMT^PW812^LL1218^LS0^FO20,20^GB772,0,3^FS").decode()
        base.update({"reqId": "req-%s" % c.alnum(4).lower(), "carrier": "UPS", "msg": "ShipmentResponse", "status": 200,
                     "durationMs": c.r.randint(300, 2400),
                     "res": {"ShipmentResponse": {"Response": {"ResponseStatus": {"Code": "1", "Description": "Success"},
                                                               "TransactionReference": {"CustomerContext": c.order_no()}},
                                                  "ShipmentResults": {"ShipmentCharges": {"TotalCharges": {"CurrencyCode": "USD", "MonetaryValue": "%.2f" % c.r.uniform(9, 78)}},
                                                                      "BillingWeight": {"UnitOfMeasurement": {"Code": "LBS"}, "Weight": "%d.0" % c.r.randint(1, 12)},
                                                                      "ShipmentIdentificationNumber": trk,
                                                                      "PackageResults": [{"TrackingNumber": trk, "ShippingLabel": {"ImageFormat": {"Code": "ZPL"},
                                                                                                                                 "GraphicImage": zpl_hdr + "...[%d chars truncated]" % c.r.randint(2400, 5200)}}]}}}})
    elif k == 1:
        base.update({"msg": "UPS OAuth token refreshed", "tokenType": "Bearer", "expiresIn": 14399, "clientId": "****" + c.hexs(4),
                     "issuedAt": str(epoch_ms(t) - 12)})
    elif k == 2:
        base.update({"level": 50, "reqId": "req-%s" % c.alnum(4).lower(), "carrier": "UPS", "msg": "UPS API error", "status": 400,
                     "response": {"errors": [{"code": c.r.choice(["120802", "120100", "121102", "120217"]),
                                              "message": c.r.choice(["Address Validation Error on ShipTo address", "Missing or invalid shipper number",
                                                                     "Invalid or missing package weight", "ShipTo phone number must be at least 10 alphanumeric characters"])}]},
                     "orderId": c.order_no()})
    elif k == 3:
        base.update({"level": 40, "msg": "rate limited by carrier, backing off", "carrier": "UPS", "status": 429, "retryAfterMs": c.r.choice([1000, 2000, 4000]),
                     "attempt": c.r.randint(1, 4)})
    else:
        base.update({"msg": "void shipment", "carrier": "UPS", "shipmentId": c.ups_trk(), "result": "Voided", "reason": c.r.choice(["REPRINT", "DUP_LABEL", "ORDER_CANCELLED"])})
    return [mk("ups_json", jp(base))]


# ---- FedEx SOAP (log4net) + FedEx REST JSON ------------------------------
def fedex_soap(c):
    p = c.person()
    t = c.tick()
    contact = [("v26:PersonName", P(nm(p, c.r.choice(["fl", "FL", "fml"])), "name")),
               ("v26:PhoneNumber", P(p.phone, "phone"))]
    if c.r.random() < 0.5:
        contact.append(("v26:EMailAddress", P(p.email, "email")))
    addr = [("v26:StreetLines", P(street(p, False, False), "address"))]
    if p.unit:
        addr.append(("v26:StreetLines", P(p.unit, "address")))
    addr += [("v26:City", P(p.city, "address")), ("v26:StateOrProvinceCode", p.st),
             ("v26:PostalCode", P(p.zip5, "zip")), ("v26:CountryCode", "US"), ("v26:Residential", "true")]
    node = ("v26:ProcessShipmentRequest", [
        ("v26:TransactionDetail", [("v26:CustomerTransactionId", c.order_no())]),
        ("v26:Version", [("v26:ServiceId", "ship"), ("v26:Major", "26"), ("v26:Intermediate", "0"), ("v26:Minor", "0")]),
        ("v26:RequestedShipment", [
            ("v26:DropoffType", "REGULAR_PICKUP"), ("v26:ServiceType", "PRIORITY_OVERNIGHT"), ("v26:PackagingType", "YOUR_PACKAGING"),
            ("v26:Recipient", [("v26:Contact", contact), ("v26:Address", addr)]),
            ("v26:SpecialServicesRequested", [("v26:SpecialServiceTypes", "SIGNATURE_OPTION" if c.r.random() < 0.5 else "DRY_ICE")])])],
        {"xmlns:v26": "http://fedex.com/ws/ship/v26"})
    head = "%s [%d] DEBUG Rx.Shipping.FedEx.ShipServiceClient - SOAP request: " % (py_ts(t), c.r.randint(5, 40))
    return [mk("fedex_soap", head, xp(node))]


def fedex_soap_pretty_phi(c):
    """Recipient section of a SOAP envelope stored line by line by the shipper."""
    p = c.person()
    t = c.tick()
    node = ("v26:Recipient", [
        ("v26:Contact", [("v26:PersonName", P(nm(p, "LcF"), "name")), ("v26:CompanyName", ""),
                         ("v26:PhoneNumber", P(ph(p.phone, "dash"), "phone"))]),
        ("v26:Address", [("v26:StreetLines", P(street(p), "address")), ("v26:City", P(p.city, "address")),
                         ("v26:StateOrProvinceCode", p.st), ("v26:PostalCode", P("%s-%s" % (p.zip5, p.zip4), "zip")),
                         ("v26:CountryCode", "US"), ("v26:Residential", "true")])])
    out = [mk("fedex_soap", "%s [%d] DEBUG Rx.Shipping.FedEx.ShipServiceClient - Recipient block (order %s):" % (py_ts(t), c.r.randint(5, 40), c.order_no()))]
    for pl in xlines(node, 1, 2):
        out.append(mk("fedex_soap", pl))
    return out


def fedex_reply_pretty(c):
    t = c.tick()
    trk = c.fedex_trk()
    node = ("v26:ProcessShipmentReply", [
        ("v26:HighestSeverity", "SUCCESS"),
        ("v26:Notifications", [("v26:Severity", "SUCCESS"), ("v26:Source", "ship"), ("v26:Code", "0000"), ("v26:Message", "Success")]),
        ("v26:TransactionDetail", [("v26:CustomerTransactionId", c.order_no())]),
        ("v26:CompletedShipmentDetail", [("v26:UsDomestic", "true"), ("v26:CarrierCode", "FDXE"),
                                          ("v26:MasterTrackingId", [("v26:TrackingIdType", "FEDEX"), ("v26:TrackingNumber", trk)]),
                                          ("v26:ServiceTypeDescription", "PRIORITY OVERNIGHT")])],
        {"xmlns:v26": "http://fedex.com/ws/ship/v26"})
    out = [mk("fedex_soap", "%s [%d] DEBUG Rx.Shipping.FedEx.ShipServiceClient - SOAP response (%d ms):" % (py_ts(t), c.r.randint(5, 40), c.r.randint(400, 2600)))]
    for pl in xlines(node, 0, 2):
        out.append(mk("fedex_soap", pl))
    return out


def fedex_soap_noise(c):
    t = c.tick()
    k = c.r.randint(0, 2)
    th = c.r.randint(5, 40)
    if k == 0:
        return [mk("fedex_soap", "%s [%d] WARN  Rx.Shipping.FedEx.ShipServiceClient - Notification Severity=WARNING Code=%s Message=\"%s\" tracking=%s" % (
            py_ts(t), th, c.r.choice(["2407", "7013", "8506"]), c.r.choice(["Dry ice weight exceeds maximum allowed for service", "Saturday delivery not available for destination", "Signature option downgraded to INDIRECT"]), c.fedex_trk()))]
    if k == 1:
        return [mk("fedex_soap", "%s [%d] ERROR Rx.Shipping.FedEx.ShipServiceClient - System.ServiceModel.CommunicationException: The remote server returned an unexpected response: (502) Bad Gateway. endpoint=https://ws.fedex.com:443/web-services/ship retry=%d/3" % (py_ts(t), th, c.r.randint(1, 3)))]
    return [mk("fedex_soap", "%s [%d] INFO  Rx.Shipping.FedEx.CloseService - Ground close completed for account ****%s, %d packages, manifest FDX-%s" % (py_ts(t), th, c.digits(4), c.r.randint(40, 400), c.digits(10)))]


def fedex_rest(c):
    p = c.person()
    t = c.tick()
    body = {"labelResponseOptions": "LABEL", "accountNumber": {"value": "XXXXX" + c.digits(4)},
            "requestedShipment": {"shipper": {"contact": {"companyName": PHARM, "phoneNumber": PHARM_PHONE},
                                              "address": {"streetLines": [PHARM_ADDR[0]], "city": PHARM_ADDR[1], "stateOrProvinceCode": "IL", "postalCode": PHARM_ADDR[3], "countryCode": "US"}},
                                  "recipients": [{"contact": {"personName": P(nm(p, c.r.choice(["fl", "fml", "lower"])), "name"),
                                                              "phoneNumber": P(ph(p.phone, c.r.choice(["raw", "paren", "e164"])), "phone"),
                                                              "emailAddress": P(p.email, "email")},
                                                  "address": {"streetLines": [P(street(p), "address")], "city": P(p.city, "address"),
                                                              "stateOrProvinceCode": p.st, "postalCode": P(p.zip5, "zip"), "countryCode": "US", "residential": True}}],
                                  "serviceType": c.r.choice(["PRIORITY_OVERNIGHT", "STANDARD_OVERNIGHT", "FEDEX_2_DAY"]),
                                  "packagingType": "YOUR_PACKAGING", "pickupType": "USE_SCHEDULED_PICKUP",
                                  "requestedPackageLineItems": [{"weight": {"units": "LB", "value": round(c.r.uniform(0.5, 9), 1)},
                                                                 "customerReferences": [{"customerReferenceType": "CUSTOMER_REFERENCE", "value": c.order_no()}]}]}}
    rec = {"level": "debug", "time": iso_ms(t), "service": "carrier-gw", "carrier": "fedex", "traceId": c.hexs(32),
           "msg": "POST https://apis.fedex.com/ship/v1/shipments", "payload": body}
    return [mk("fedex_json", jp(rec))]


def fedex_rest_noise(c):
    t = c.tick()
    rec = {"level": "info", "time": iso_ms(t), "service": "carrier-gw", "carrier": "fedex", "traceId": c.hexs(32),
           "msg": "shipment created", "transactionId": c.uuid(),
           "output": {"transactionShipments": [{"masterTrackingNumber": c.fedex_trk(), "serviceType": "PRIORITY_OVERNIGHT",
                                                "shipDatestamp": "2024-06-12", "pieceResponses": [{"netRateAmount": round(c.r.uniform(12, 90), 2), "packageSequenceNumber": 1}]}]},
           "latencyMs": c.r.randint(350, 2100)}
    return [mk("fedex_json", jp(rec))]


# ---- USPS Web Tools XML + v3 JSON -----------------------------------------
def usps_xml(c):
    p = c.person()
    t = c.tick()
    up = c.r.random() < 0.5
    a1 = P(fold(p.unit).upper() if up else p.unit, "address") if p.unit else ""
    req = ("AddressValidateRequest", [("Revision", "1"), ("Address", [
        ("Address1", a1), ("Address2", P(street(p, up, False), "address")), ("City", P(p.city.upper() if up else p.city, "address")),
        ("State", p.st), ("Zip5", P(p.zip5, "zip")), ("Zip4", "")], {"ID": "0"})], {"USERID": "***"})
    if c.r.random() < 0.5:
        head = "%s INFO  [addr-verify] USPS Verify request: " % py_ts(t, ".")
        return [mk("usps_xml", head, xp(req))]
    resp = ("AddressValidateResponse", [("Address", [
        ("Address1", P(fold(p.unit).upper(), "address") if p.unit else None),
        ("Address2", P(street(p, True, False), "address")), ("City", P(fold(p.city).upper(), "address")), ("CityAbbreviation", P(fold(p.city).upper()[:13], "address")),
        ("State", p.st), ("Zip5", P(p.zip5, "zip")), ("Zip4", P(p.zip4, "zip")), ("DeliveryPoint", c.digits(2)),
        ("CarrierRoute", "C0%02d" % c.r.randint(1, 80)), ("Footnotes", c.r.choice(["N", "AN", "H"])),
        ("DPVConfirmation", c.r.choice(["Y", "D", "S"])), ("DPVCMRA", "N"), ("DPVFootnotes", "AABB"), ("Business", "N"),
        ("CentralDeliveryPoint", "N"), ("Vacant", "N")], {"ID": "0"})])
    head = "%s INFO  [addr-verify] USPS Verify response (%dms): " % (py_ts(t, "."), c.r.randint(80, 900))
    return [mk("usps_xml", head, xp(resp))]


def usps_xml_noise(c):
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("usps_xml", "%s WARN  [addr-verify] USPS Verify response: <Error><Number>-2147219401</Number><Source>clsAMS</Source><Description>Address Not Found.  </Description><HelpFile/><HelpContext/></Error> order=%s" % (py_ts(t, "."), c.order_no()))]
    if k == 1:
        return [mk("usps_xml", "%s INFO  [addr-verify] USPS TrackV2 <TrackResponse><TrackInfo ID=\"%s\"><TrackSummary>Your item was delivered in or at the mailbox at %s on June 11, 2024.</TrackSummary></TrackInfo></TrackResponse>" % (
            py_ts(t, "."), c.usps_trk(), c.r.choice(["10:42 am", "2:17 pm", "4:05 pm", "11:58 am"])))]
    return [mk("usps_xml", "%s ERROR [addr-verify] USPS endpoint https://secure.shippingapis.com/ShippingAPI.dll?API=Verify returned HTTP 503 after %dms; circuit=%s" % (
        py_ts(t, "."), c.r.randint(3000, 10000), c.r.choice(["HALF_OPEN", "OPEN"])))]


def usps_v3(c):
    p = c.person()
    t = c.tick()
    rec = {"firm": None,
           "address": {"streetAddress": P(street(p, True, False), "address"),
                       "secondaryAddress": P(fold(p.unit).upper(), "address") if p.unit else None,
                       "city": P(fold(p.city).upper(), "address"), "state": p.st, "ZIPCode": P(p.zip5, "zip"), "ZIPPlus4": P(p.zip4, "zip"), "urbanization": None},
           "additionalInfo": {"deliveryPoint": c.digits(2), "carrierRoute": "C0%02d" % c.r.randint(1, 80), "DPVConfirmation": c.r.choice(["Y", "D"]),
                              "DPVCMRA": "N", "business": "N", "centralDeliveryPoint": "N", "vacant": "N"},
           "corrections": [{"code": "32", "text": "Default address: The address you entered was found but more information is needed (such as an apartment, suite, or box number) to match to a specific address."}] if not p.unit and c.r.random() < 0.5 else [],
           "matches": [{"code": "31", "text": "Single Response - exact match"}]}
    head = "%s usps-client INFO GET /addresses/v3/address -> 200 " % iso_ms(t)
    return [mk("usps_json", head, jp(rec))]


def usps_v3_noise(c):
    t = c.tick()
    rec = {"error": {"code": "400", "message": "Invalid ZIP Code.", "errors": [{"status": "400", "code": "010005", "title": "Address Not Found", "detail": "The address you entered was not found.", "source": {"parameter": "ZIPCode", "example": "20260"}}]}}
    if c.r.random() < 0.5:
        return [mk("usps_json", "%s usps-client INFO POST /oauth2/v3/token -> 200 expires_in=28799 scope=\"addresses tracking labels\" client=lakeshore-wms" % iso_ms(t))]
    return [mk("usps_json", "%s usps-client WARN GET /addresses/v3/address -> 400 " % iso_ms(t), jp(rec))]


# ---- address correction service (Go, logfmt) ------------------------------
def lf(v):
    return '"%s"' % v if (" " in v or "," in v) else v


def addr_svc(c):
    p = c.person()
    t = c.tick()
    raw1 = street(p, False, True).lower().replace("avenue", "av")
    if c.r.random() < 0.4:
        raw1 = raw1.replace(" st", "").replace(" ave", " av")
    out1 = street(p, True, True)
    parts = ["time=%s level=info svc=addrfix msg=\"address corrected\" order_id=%s " % (iso_ms(t), c.order_no())]
    q = lambda v, cat: ['"', P(v, cat), '"'] if (" " in v or "," in v) else [P(v, cat)]
    parts += ["in.line1=", q(raw1, "address"), " in.city=", q(p.city.lower(), "address"), " in.zip=", P(p.zip5, "zip"),
              " out.line1=", q(out1, "address"), " out.city=", q(fold(p.city).upper(), "address"),
              " out.zip=", P("%s-%s" % (p.zip5, p.zip4), "zip")]
    if c.r.random() < 0.5:
        parts += [" out.county=", q(p.county, "address")]
    parts += [" dpv=%s rdi=Residential" % c.r.choice(["Y", "D", "S"]),
              " lat=", P("%.5f" % p.lat, "address"), " lon=", P("%.5f" % p.lon, "address"),
              " footnotes=%s provider=%s latency_ms=%d" % (c.r.choice(["AABB", "AAN1", "A#M#"]), c.r.choice(["smarty", "usps", "melissa"]), c.r.randint(20, 400))]
    return [mk("addr_logfmt", parts)]


def addr_svc_noise(c):
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        s = "time=%s level=info svc=addrfix msg=\"cache stats\" hits=%d misses=%d evictions=%d hit_ratio=%.3f" % (iso_ms(t), c.r.randint(5000, 90000), c.r.randint(100, 5000), c.r.randint(0, 300), c.r.uniform(0.8, 0.99))
    elif k == 1:
        s = "time=%s level=warn svc=addrfix msg=\"provider timeout, falling back\" provider=smarty fallback=usps attempt=%d timeout=1.5s trace_id=%s" % (iso_ms(t), c.r.randint(1, 3), c.hexs(32))
    elif k == 2:
        s = "time=%s level=info svc=addrfix msg=\"batch complete\" batch=%s records=%d corrected=%d undeliverable=%d duration=%.1fs" % (iso_ms(t), c.uuid(), c.r.randint(300, 2500), c.r.randint(10, 150), c.r.randint(0, 12), c.r.uniform(5, 120))
    else:
        s = "time=%s level=error svc=addrfix msg=\"license key expiring\" provider=melissa days_left=%d contact=it-vendors@lakeshorerx.com" % (iso_ms(t), c.r.randint(3, 29))
    return [mk("addr_logfmt", s)]


# ---- cold chain telemetry ------------------------------------------------
LOGGERS = ["TT4-8831-02", "TT4-8831-17", "TV-5G-00A41F", "TV-5G-00B7C2", "SX-LOG-330912"]


def cold_noise(c):
    t = c.tick()
    sn = c.r.choice(LOGGERS)
    k = c.r.randint(0, 2)
    if k == 0:
        pl = {"sn": sn, "seq": c.r.randint(10, 900), "ts": t.strftime("%Y-%m-%dT%H:%M:00Z"), "t_probe_c": round(c.r.uniform(2.2, 7.8), 1),
              "t_amb_c": round(c.r.uniform(18, 34), 1), "rh": c.r.randint(20, 70), "lux": 0, "shock_g": round(c.r.uniform(0, 2.5), 1),
              "batt_v": round(c.r.uniform(2.8, 3.3), 2), "gps": {"lat": round(c.r.uniform(29, 45), 4), "lon": round(c.r.uniform(-120, -75), 4), "acc_m": c.r.randint(5, 90)},
              "shipment": c.shipment()}
        return [mk("coldchain_mqtt", "mqtt-bridge: topic=coldchain/v1/loggers/%s/telemetry qos=1 payload=" % sn, jp(pl))]
    if k == 1:
        return [mk("coldchain_mqtt", "%s WARN coldchain-rules excursion logger=%s shipment=%s probe=%.1fC limit=8.0C duration=%02d:%02d:%02d product=\"%s\" ndc=%s action=%s" % (
            iso_ms(t), sn, c.shipment(), c.r.uniform(8.1, 12.5), 0, c.r.randint(5, 59), c.r.randint(0, 59), c.r.choice(DRUGS)[1], c.r.choice(DRUGS)[0], c.r.choice(["RESHIP", "QA_REVIEW", "NOTIFY_PHARMACIST"])))]
    return [mk("coldchain_mqtt", "%s INFO coldchain-rules logger %s battery %.2fV below threshold 2.90V, flagged for retirement (cycles=%d)" % (iso_ms(t), sn, c.r.uniform(2.6, 2.89), c.r.randint(40, 120)))]


def cold_phi(c):
    p = c.person()
    t = c.tick()
    if c.r.random() < 0.5:
        drug = p.drug[1].split()[0].title()
        return [mk("coldchain_alert", "%s [coldchain-bot] :thermometer: Excursion on %s for patient " % (iso_ms(t), c.shipment()),
                   P(nm(p, c.r.choice(["fl", "LcF"])), "name"), " (", P(p.mrn, "mrn"), "), DOB ", P(dfmt(p.dob, "us"), "date"),
                   " - reship %s to " % drug, P(street(p), "address"), ", ", P(p.city, "address"), " ", P(p.zip5, "zip"),
                   "; notify pt at ", P(ph(p.phone, "dash"), "phone"), " (owner: %s)" % c.r.choice(PHARMACISTS))]
    sn = c.r.choice(LOGGERS)
    pl = {"event": "DELIVERED", "sn": sn, "ts": iso_ms(t), "geofence": "recipient", "shipment": c.shipment(),
          "lat": P(p.lat, "address"), "lon": P(p.lon, "address"), "t_probe_c": round(c.r.uniform(3, 7), 1),
          "recipient": P(nm(p, "FL"), "name")}
    return [mk("coldchain_mqtt", "mqtt-bridge: topic=coldchain/v1/loggers/%s/events qos=1 payload=" % sn, jp(pl))]


# ---- conveyor PLC -------------------------------------------------------
def plc_noise(c):
    t = c.tick(0.05, 3)
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    k = c.r.randint(0, 5)
    if k == 0:
        s = "%s PLC-CONV01 S7-1516 DB12.DBX%d.%d DIVERTER_%d EXTEND tote=%s lane=%d speed_fpm=%d" % (ts, c.r.randint(2, 9), c.r.randint(0, 7), c.r.randint(1, 6), c.tote(), c.r.randint(1, 6), c.r.choice([150, 180, 200]))
    elif k == 1:
        s = "%s [PLC-CONV01] ALARM %d PHOTO_EYE_PE-%02d JAM DETECTED zone=Z%02d motor=M-%02dA current=%.1fA" % (ts, c.r.choice([2041, 2042, 2107]), c.r.randint(1, 40), c.r.randint(1, 20), c.r.randint(1, 20), c.r.uniform(2, 5))
    elif k == 2:
        s = "%s CompactLogix L33ER [Local:2:I.Data.%d] Accumulation zone %d full, ZPA sleep mode ON" % (t.strftime("%m/%d/%Y %H:%M:%S"), c.r.randint(0, 15), c.r.randint(1, 30))
    elif k == 3:
        s = "%s kepware OPCUA ns=2;s=Conveyor.Line%d.Sorter.Divert%d.Count value=%d quality=Good srcts=%s" % (ts, c.r.randint(1, 3), c.r.randint(1, 6), c.r.randint(1000, 20000), iso_ms(t))
    elif k == 4:
        exp = c.r.randint(150, 900)
        s = "%s PLC-CONV02 REJECT lane=%d reason=WEIGHT_MISMATCH expected_g=%d actual_g=%d tol_g=15 order=%s tote=%s" % (ts, c.r.randint(1, 4), exp, exp - c.r.randint(16, 60), c.order_no(), c.tote())
    else:
        s = "%s PLC-CONV01 ALARM_CLEAR %d E-STOP ES-%02d reset by operator badge %s" % (ts, c.r.choice([3001, 3002]), c.r.randint(1, 12), c.digits(6))
    return [mk("plc", s)]


# ---- packing station scanners --------------------------------------------
def scan_noise(c):
    t = c.tick(0.1, 4)
    ndc, dn, _ = c.r.choice(DRUGS)
    gtin = "003" + ndc.replace("-", "")[:10] + "2"
    k = c.r.randint(0, 2)
    if k == 0:
        s = "%s SCN-PK%02d Cognex DM262 read ok sym=GS1-DM data=(01)%s(17)%s(10)%s(21)%s verify=NDC_MATCH station=PACK-%02d user=%s" % (
            py_ts(t, "."), c.r.randint(1, 8), gtin[:14], c.r.choice(["260331", "251130", "270228"]), c.alnum(6), c.alnum(10), c.r.randint(1, 8), c.r.choice(STAFF_USERS))
    elif k == 1:
        s = "%s SCN-PK%02d NOREAD trigger=%d exposure_us=%d decode_ms=%d station=PACK-%02d" % (py_ts(t, "."), c.r.randint(1, 8), c.r.randint(1000, 99999), c.r.randint(200, 900), c.r.randint(30, 200), c.r.randint(1, 8))
    else:
        s = "%s SCN-PK%02d tote %s closed items=%d icepacks=%d insulated=%s seal=OK pharmacist_check=%s" % (py_ts(t, "."), c.r.randint(1, 8), c.tote(), c.r.randint(1, 4), c.r.randint(0, 4), c.r.choice(["Y", "N"]), c.r.choice(STAFF_USERS))
    return [mk("pack_scanner", s)]


def scan_phi(c):
    p = c.person()
    t = c.tick(0.1, 4)
    if c.r.random() < 0.6:
        fill = c.now - timedelta(days=c.r.randint(0, 2))
        return [mk("pack_scanner", "%s SCN-PK%02d decode=PDF417 len=%d data=RX:" % (py_ts(t, "."), c.r.randint(1, 8), c.r.randint(180, 260)),
                   P(p.rx[0], "other_id"), "|PT:", P(nm(p, "LCF").replace(", ", ","), "name"), "|DOB:", P(dfmt(p.dob, "us"), "date"),
                   "|DRUG:%s|QTY:%d|FILL:" % (p.drug[1], c.r.choice([1, 2, 4, 30, 90])), P(fill.strftime("%m/%d/%Y"), "date"),
                   "|PHID:", P(p.mrn, "mrn"), "|RPH:%s" % c.r.choice(["KO", "DW", "HP", "TC"]))]
    q = c.r.choice([x for x in c.people if x is not p])
    return [mk("pack_scanner", "%s PACK-%02d MISMATCH tote=%s expected_rx=" % (py_ts(t, "."), c.r.randint(1, 8), c.tote()), P(p.rx[0], "other_id"),
               " scanned_rx=", P(q.rx[1], "other_id"), " pt_expected=\"", P(nm(p, "LCF"), "name"), "\" pt_scanned=\"", P(nm(q, "LCF"), "name"),
               "\" -> HOLD, paged %s" % c.r.choice(PHARMACISTS))]


# ---- NestJS ----------------------------------------------------------------
def nest_ts(t):
    h = t.hour % 12 or 12
    return "%02d/%02d/%04d, %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second, "AM" if t.hour < 12 else "PM")


def nest_head(c, lvl, ctx_name):
    t = c.tick()
    return "[Nest] 23  - %s %7s [%s] " % (nest_ts(t), lvl, ctx_name)


def nest_noise(c):
    k = c.r.randint(0, 4)
    if k == 0:
        return [mk("nestjs", nest_head(c, "LOG", "OrdersService"), "Order %s transitioned %s (tote %s)" % (c.order_no(), c.r.choice(["PICKED -> PACKED", "PACKED -> LABELED", "LABELED -> SHIPPED", "VERIFIED -> PICKED"]), c.tote()))]
    if k == 1:
        return [mk("nestjs", nest_head(c, "LOG", "RoutesResolver"), "ManifestsController {/api/v1/manifests}: +%dms" % c.r.randint(0, 3))]
    if k == 2:
        return [mk("nestjs", nest_head(c, "LOG", "NestApplication"), "Nest application successfully started +%dms" % c.r.randint(2, 60))]
    if k == 3:
        out = [mk("nestjs", nest_head(c, "ERROR", "ExceptionsHandler"), "Cannot read properties of undefined (reading 'addressLine2')"),
               mk("nestjs", "TypeError: Cannot read properties of undefined (reading 'addressLine2')"),
               mk("nestjs", "    at OrdersService.buildShipTo (/usr/src/app/dist/orders/orders.service.js:%d:41)" % c.r.randint(150, 400)),
               mk("nestjs", "    at OrdersService.createLabel (/usr/src/app/dist/orders/orders.service.js:%d:29)" % c.r.randint(400, 600)),
               mk("nestjs", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")]
        return out
    return [mk("nestjs", nest_head(c, "WARN", "CarrierHealthIndicator"), "ups: degraded (p95=%dms, errors=%d/%d)" % (c.r.randint(1500, 6000), c.r.randint(2, 20), c.r.randint(100, 400)))]


def nest_phi(c):
    p = c.person()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("nestjs", nest_head(c, "WARN", "RefillScheduler"), "Refill reminder skipped for patient ", P(p.mrn, "mrn"), " (", P(nm(p, "fl"), "name"),
                   "): opt_out_sms=true, rx=", P(p.rx[1], "other_id"), " due=", P(dfmt(c.now + timedelta(days=c.r.randint(2, 9)), "iso"), "date"))]
    if k == 1:
        return [mk("nestjs", nest_head(c, "DEBUG", "PatientsController"), "PATCH /patients/", P(p.mrn, "mrn"), " body={ email: '", P(p.email, "email"),
                   "', phone: '", P(ph(p.phone, "paren"), "phone"), "', addressLine1: '", P(street(p, False, False), "address"), "', addressLine2: ",
                   (["'", P(p.unit, "address"), "'"] if p.unit else "null"), ", city: '", P(p.city, "address"), "', state: '%s', postalCode: '" % p.st,
                   P(p.zip5, "zip"), "' }")]
    return [mk("nestjs", nest_head(c, "LOG", "ShippingService"), "Label created for ", P(nm(p, "FL"), "name"), " <", P(p.email, "email"), "> order %s trk %s" % (c.order_no(), c.ups_trk()))]


# ---- winston (Node OMS) --------------------------------------------------
def winston_noise(c):
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("winston", "%s [oms-api] info: %s %s %d %dms" % (iso_ms(t), c.r.choice(["GET", "GET", "POST"]), c.r.choice(["/v2/orders?status=ON_HOLD", "/v2/waves/W%02d/totes" % c.r.randint(1, 12), "/v2/orders/%s/events" % c.order_no(), "/metrics"]), c.r.choice([200, 200, 200, 304, 404]), c.r.randint(2, 300)))]
    if k == 1:
        return [mk("winston", jp({"level": "info", "message": "wave released", "service": "oms-api", "wave": "W%02d" % c.r.randint(1, 12), "orders": c.r.randint(40, 300), "coldChain": c.r.randint(5, 80), "timestamp": iso_ms(t)}))]
    if k == 2:
        return [mk("winston", jp({"level": "warn", "message": "carrier cutoff approaching", "service": "oms-api", "carrier": c.r.choice(["UPS", "FedEx", "USPS"]), "cutoff": "17:30", "unlabeled": c.r.randint(1, 60), "timestamp": iso_ms(t)}))]
    return [mk("winston", jp({"level": "error", "message": "connect ETIMEDOUT 10.42.%d.%d:5432" % (c.r.randint(0, 7), c.r.randint(2, 250)), "service": "oms-api", "code": "ETIMEDOUT", "pool": "pg-primary", "timestamp": iso_ms(t)}))]


def winston_phi(c):
    p = c.old_person() if c.r.random() < 0.3 else c.person()
    t = c.tick()
    rec = {"level": "info", "message": "order created", "service": "oms-api", "orderId": c.order_no(),
           "patient": {"id": P(p.mrn, "mrn"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dob": P(dfmt(p.dob, "iso"), "date"),
                       "phone": P(ph(p.phone, "e164"), "phone")},
           "shipTo": {"line1": P(street(p, False, False), "address"), "line2": P(p.unit, "address") if p.unit else "", "city": P(p.city, "address"), "state": p.st, "zip": P(p.zip5, "zip")},
           "items": [{"ndc": p.drug[0], "rxNumber": P(p.rx[0], "other_id"), "qty": c.r.choice([1, 2, 30, 90]), "coldChain": p.drug[2]}],
           "payer": {"bin": c.r.choice(["610020", "004336", "003858", "610014"]), "pcn": c.r.choice(["PDMI", "ADV", "A4", "MEDDADV"]), "memberId": P(p.member, "health_plan")},
           "timestamp": iso_ms(t)}
    if p.age > 89:
        rec["patient"]["age"] = P(p.age, "age")
    return [mk("winston", jp(rec))]


# ---- .NET console (Microsoft.Extensions.Logging) -------------------------
def mel_noise(c):
    c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("dotnet_console", "info: Rx.Fulfillment.Api.Controllers.ShipmentsController[0]"),
                mk("dotnet_console", "      Created shipment %s for order %s carrier=%s service=%s" % (c.shipment(), c.order_no(), c.r.choice(["FedEx", "UPS"]), c.r.choice(["PRIORITY_OVERNIGHT", "NEXT_DAY_AIR", "2ND_DAY"])))]
    if k == 1:
        return [mk("dotnet_console", "info: Microsoft.Hosting.Lifetime[14]"), mk("dotnet_console", "      Now listening on: http://[::]:8080")]
    if k == 2:
        return [mk("dotnet_console", "fail: Microsoft.EntityFrameworkCore.Database.Command[20102]"),
                mk("dotnet_console", "      Failed executing DbCommand (%dms) [Parameters=[@p0='?' (Size = 50), @p1='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']" % c.r.randint(20, 30000))]
    return [mk("dotnet_console", "warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]"), mk("dotnet_console", "      Failed to determine the https port for redirect.")]


def mel_phi(c):
    p = c.person()
    c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("dotnet_console", "warn: Rx.Fulfillment.Services.CopayService[1203]"),
                mk("dotnet_console", "      Copay card rejected for member ", P(p.copay, "health_plan"), " (Patient: ", P(nm(p, "LCFu"), "name"), " DOB ",
                   P(dfmt(p.dob, "iso"), "date"), ") reason=76 Plan Limitations Exceeded")]
    if k == 1:
        return [mk("dotnet_console", "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
                mk("dotnet_console", "      Executed DbCommand (%dms) [Parameters=[@p0='" % c.r.randint(1, 40), P(p.last, "name"), "' (Size = 50), @p1='", P(p.first, "name"),
                   "' (Size = 50), @p2='", P(p.dob.strftime("%Y-%m-%dT00:00:00.0000000"), "date"), "', @p3='", P(p.mrn, "mrn"),
                   "' (Size = 12)], CommandType='Text', CommandTimeout='30']")]
    return [mk("dotnet_console", "info: Rx.Fulfillment.Services.ReturnsService[2210]"),
            mk("dotnet_console", "      RTS received order=%s trk=%s recipient=\"" % (c.order_no(), c.usps_trk()), P(nm(p, "FL"), "name"), "\" reason=ANK (Attempted - Not Known); new address requested via ",
               P(ph(p.phone, "e164"), "phone"))]


# ---- Serilog CLEF / text ---------------------------------------------------
def clef_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0Z" % t.microsecond


def serilog_noise(c):
    t = c.tick()
    if c.r.random() < 0.6:
        rec = {"@t": clef_ts(t), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "RequestMethod": "GET",
               "RequestPath": c.r.choice(["/health/ready", "/health/live", "/api/refills/queue", "/metrics"]), "StatusCode": 200, "Elapsed": round(c.r.uniform(0.4, 40), 4),
               "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": "0HN4%s:%08X" % (c.alnum(8), c.r.randint(1, 99)),
               "TraceId": c.hexs(32), "SpanId": c.hexs(16)}
        return [mk("serilog_clef", jp(rec))]
    lvl = c.r.choice(["INF", "INF", "WRN", "ERR"])
    msg = {"INF": "Hangfire job %d RefillReminderJob succeeded in %.2fs" % (c.r.randint(40000, 50000), c.r.uniform(0.5, 20)),
           "WRN": "Retrying Twilio send (attempt %d of 5) after HttpRequestException" % c.r.randint(2, 5),
           "ERR": "Copay adjudication timeout BIN=%s after %dms" % (c.r.choice(["610020", "004682", "610524"]), c.r.randint(5000, 15000))}[lvl]
    return [mk("serilog_text", "[%s %s] %s" % (t.strftime("%H:%M:%S"), lvl, msg))]


def serilog_phi(c):
    p = c.person()
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        due = c.now + timedelta(days=c.r.randint(1, 10))
        rec = {"@t": clef_ts(t), "@mt": "Refill reminder {Channel} queued for {PatientId} rx {RxNumber} due {DueDate}", "Channel": c.r.choice(["SMS", "IVR", "Email"]),
               "PatientId": P(p.mrn, "mrn"), "RxNumber": P(p.rx[2], "other_id"), "DueDate": P(dfmt(due, "iso"), "date"),
               "SourceContext": "Rx.Reminders.RefillJob", "MachineName": "rem-worker-%d" % c.r.randint(1, 4), "ThreadId": c.r.randint(4, 40)}
        return [mk("serilog_clef", jp(rec))]
    if k == 1:
        return [mk("serilog_text", "[%s WRN] Returned-to-sender order %s recipient \"" % (t.strftime("%H:%M:%S"), c.order_no()), P(nm(p, "LcF"), "name"),
                   "\" ", P(street(p), "address"), ", ", P(p.city, "address"), " ", P(p.zip5, "zip"), " reason=%s" % c.r.choice(["ANK", "NSN", "VAC", "IA", "UTF"]))]
    # System.Text.Json audit event
    rec = {"eventType": "PatientContactUpdated", "occurredAt": clef_ts(t), "actor": c.r.choice(STAFF_USERS),
           "patient": {"id": P(p.mrn, "mrn"), "name": P(nm(p, "LcF"), "name"), "mobile": P(ph(p.phone, "e164"), "phone"),
                       "email": P(p.email, "email"), "street": P(street(p), "address"), "city": P(p.city, "address"), "zip": P(p.zip5, "zip")},
           "source": "CS-Portal"}
    return [mk("dotnet_stj", "Audit ", jp(rec, stj=True))]


# ---- delivery exceptions / RTS notes ------------------------------------
def exc_noise(c):
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("carrier_exception", "%s tracking-poller UPS %s status=X code=%s desc=\"%s\"" % (py_ts(t), c.ups_trk(), c.r.choice(["X1", "U5", "UF"]), c.r.choice(["THE RECEIVER'S ADDRESS IS INCORRECT. THE CORRECTED ADDRESS IS BEING VERIFIED.", "ADVERSE WEATHER CONDITIONS MAY CAUSE DELAYS", "A DELIVERY CHANGE FOR THIS PACKAGE IS IN PROGRESS"])))]
    if k == 1:
        return [mk("carrier_exception", "%s tracking-poller FedEx %s status=DE code=%s desc=\"%s\"" % (py_ts(t), c.fedex_trk(), c.r.choice(["DEX08", "DEX07", "DEX03"]), c.r.choice(["Customer not available or business closed", "Package refused by recipient", "Incorrect address"])))]
    if k == 2:
        return [mk("carrier_exception", "%s tracking-poller USPS %s event=%s \"%s\"" % (py_ts(t), c.usps_trk(), c.r.choice(["21", "04", "09"]), c.r.choice(["No Such Number", "Refused", "Return to Sender - Insufficient Address"])))]
    return [mk("carrier_exception", "%s rts-queue summary open=%d cold_chain=%d aged_48h=%d assigned=%s" % (py_ts(t), c.r.randint(5, 60), c.r.randint(0, 12), c.r.randint(0, 9), ",".join(c.r.sample(STAFF_USERS, 3))))]


def exc_phi(c):
    p = c.person()
    t = c.tick()
    u = c.r.choice(STAFF_USERS)
    k = c.r.randint(0, 4)
    head = "%s rts-queue note#%d by %s: " % (py_ts(t), c.r.randint(80000, 99999), u)
    if k == 4:
        p = c.old_person()
        return [mk("rts_note", head, "2nd failed attempt (no answer at door). Pt ", P(nm(p, "LcF"), "name"), " is ", P(str(p.age), "age"),
                   " y/o, HOH, lives alone - per profile call %s " % p.rel_role, P("%s %s" % (p.rel_first, p.rel_last), "name"), " at ",
                   P(ph(p.rel_phone, c.r.choice(["paren", "dash"])), "phone"), " before next attempt. Hold at UPS Access Point req'd for ", P(p.zip5, "zip"), ".")]
    if k == 0:
        wrong_no = p.no[::-1] if len(p.no) > 1 and p.no[::-1] != p.no else p.no + "1"
        return [mk("rts_note", head, "RTS rec'd %d/%d - USPS 'NO SUCH NUMBER' for " % (6, c.r.randint(8, 11)), P("%s %s" % (wrong_no, p.street), "address"),
                   " (pt transposed #s?). Called ", P(nm(p, "fl"), "name"), " @ ", P(ph(p.phone, c.r.choice(["dash", "dot", "paren"])), "phone"),
                   ", confirmed ", P(p.no, "address"), ". Reship NDA, cold pack swapped.")]
    if k == 1:
        return [mk("rts_note", head, "Driver left pkg w/ neighbor ", P("Ms. %s" % c.r.choice(LAST), "name"), " @ ", P(p.unit or "#12", "address"),
                   " per pt request; pt ", P(nm(p, "init"), "name"), " confirmed receipt by phone ", P(ph(p.phone, "raw"), "phone"), ". closing case ", P(p.caseno, "other_id"))]
    if k == 2:
        return [mk("rts_note", head, "REFUSED by pt's %s " % p.rel_role, P("%s %s" % (p.rel_first, p.rel_last), "name"),
                   " - says ", P(p.first, "name"), " is in hospice, pls hold further fills. Rx ", P(p.rx[0], "other_id"), " inactivated, RPh notified. cb ",
                   P(ph(p.rel_phone, "dash"), "phone"))]
    return [mk("rts_note", head, "Addr correction from carrier: ", P(street(p, True), "address"), " ", P(fold(p.city).upper(), "address"), " ", P(p.st, None), " ",
               P("%s-%s" % (p.zip5, p.zip4), "zip"), " -> profile updated for ", P(p.mrn, "mrn"), ", pt aware (email sent to ", P(p.email, "email"), ")")]


# ---- Twilio SMS ------------------------------------------------------------
def sms_noise(c):
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("sms_gateway", "%s sms-gw batch refill-reminders-%s queued=%d sent=%d failed=%d optout=%d dur=%ds" % (iso_ms(t), t.strftime("%Y%m%d"), c.r.randint(1500, 2200), c.r.randint(1400, 2100), c.r.randint(0, 40), c.r.randint(0, 60), c.r.randint(100, 900)))]
    if k == 1:
        return [mk("sms_gateway", "%s sms-gw WARN twilio error 30007 (Carrier violation) count=%d window=15m messagingService=MG%s" % (iso_ms(t), c.r.randint(1, 30), c.hexs(32)))]
    return [mk("sms_gateway", "%s sms-gw POST /hooks/twilio/status 204 %dms" % (iso_ms(t), c.r.randint(2, 40)))]


def sms_phi(c):
    p = c.person()
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("sms_gateway", "%s sms-gw POST /hooks/twilio/status 204 SmsSid=SM%s SmsStatus=delivered MessageStatus=delivered To=" % (iso_ms(t), c.hexs(32)),
                   P(ph(p.phone, "e164enc"), "phone"), " From=%2B1" + PHARM_TOLLFREE[1:] + " AccountSid=AC%s ApiVersion=2010-04-01" % c.hexs(32))]
    if k == 1:
        due = c.now + timedelta(days=c.r.randint(2, 8))
        if p.first in ("José", "Guadalupe", "Ana Lucía", "Raúl", "Esperanza", "Xiomara", "Luis Fernando", "Mateo", "Catalina", "Dolores") or c.r.random() < 0.2:
            body = ["%s: Hola " % "Lakeshore Rx", P(p.first, "name"), ", su receta ", P(p.rx[0], "other_id"), " está lista para envío el ", P(due.strftime("%d/%m"), "date"),
                    ". Responda SI para confirmar o llame al 1-866-714-3390. STOP para cancelar."]
        else:
            body = ["Lakeshore Rx: Hi ", P(p.first, "name"), ", your refill of Rx #", P(p.rx[0], "other_id"), " is due ", P(due.strftime("%m/%d"), "date"),
                    ". Reply 1 to refill, 2 to talk to a pharmacist, STOP to opt out."]
        rec = ['{"sid":"SM%s","to":"' % c.hexs(32), P(ph(p.phone, "e164"), "phone"), '","from":"+1%s","body":"' % PHARM_TOLLFREE[1:], body,
               '","status":"queued","num_segments":"2","direction":"outbound-api","api_version":"2010-04-01"}']
        return [mk("twilio_json", rec)]
    if k == 2:
        body, action = c.r.choice([("1", "REFILL_REQUESTED"), ("SI", "REFILL_REQUESTED"), ("Yes", "REFILL_REQUESTED"), ("2", "RPH_CALLBACK"), ("STOP", "OPT_OUT")])
        return [mk("sms_gateway", "%s sms-gw inbound From=" % iso_ms(t), P(ph(p.phone, "e164enc"), "phone"), " Body=%s matched=" % body,
                   P(p.mrn, "mrn"), " rx=", P(p.rx[1], "other_id"), " action=%s" % action)]
    return [mk("sms_gateway", "%s sms-gw WARN undeliverable 30003 to " % iso_ms(t), P(ph(p.phone, "e164"), "phone"), " patient=", P(p.mrn, "mrn"),
               " fallback=IVR alt_contact=", P(ph(p.rel_phone, "e164"), "phone"), " (%s)" % p.rel_role)]


# ---- Asterisk IVR ---------------------------------------------------------
def ast_ts(t):
    return "[%s]" % t.strftime("%Y-%m-%d %H:%M:%S")


def ast_noise(c):
    t = c.tick()
    cid = "C-%08x" % c.r.getrandbits(32)
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("asterisk", "%s VERBOSE[%d][%s] pbx.c: Executing [s@refill-ivr:1] Answer(\"PJSIP/twilio-trunk-%08x\", \"\") in new stack" % (ast_ts(t), c.r.randint(3000, 9000), cid, c.r.getrandbits(24)))]
    if k == 1:
        return [mk("asterisk", "%s WARNING[%d] res_pjsip_outbound_registration.c: Registration attempt to 'sip:lakeshore.pstn.twilio.com' failed, retrying in %ds" % (ast_ts(t), c.r.randint(3000, 9000), c.r.choice([30, 60])))]
    return [mk("asterisk", "%s VERBOSE[%d][%s] bridge_channel.c: Channel PJSIP/twilio-trunk-%08x left 'simple_bridge' basic-bridge <%s>" % (ast_ts(t), c.r.randint(3000, 9000), cid, c.r.getrandbits(24), c.uuid()))]


def ast_phi(c):
    p = c.person()
    t = c.tick()
    cid = "C-%08x" % c.r.getrandbits(32)
    tid = c.r.randint(3000, 9000)
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("asterisk", "%s VERBOSE[%d][%s] pbx.c: Executing [" % (ast_ts(t), tid, cid), P(ph(p.phone, "e164"), "phone"),
                   "@from-pstn:2] Set(\"PJSIP/twilio-trunk-%08x\", \"CALLERID(name)=" % c.r.getrandbits(24), P(fold(p.last).upper(), "name"), " ", P(fold(p.first).upper(), "name"), "\") in new stack")]
    if k == 1:
        nf = c.now + timedelta(days=c.r.randint(1, 6))
        tail = []
        if p.age > 89:
            tail = [" caller_age=", P(str(p.age), "age"), " route=assisted-refill"]
        return [mk("asterisk", "%s NOTICE[%d][%s] res_agi.c: refill.agi: rx=" % (ast_ts(t), tid, cid), P(p.rx[0], "other_id"), " dob_dtmf=", P(dfmt(p.dob, "mmddyyyy"), "date"),
                   " verified=1 ssn4=%s next_fill=" % p.ssn[-4:], P(dfmt(nf, "iso"), "date"), " ship_to_zip=", P(p.zip5, "zip"), tail)]
    tmpl = b64blob(c, 72, b"VPRT\x02\x00")
    return [mk("asterisk", "%s VERBOSE[%d][%s] voicebio.agi: enroll ok speaker=" % (ast_ts(t), tid, cid), P(p.mrn, "mrn"), " score=%.2f vp_template=" % c.r.uniform(0.8, 0.99),
               P(tmpl, "biometric"))]


# ---- NCPDP D.0 copay / claims ------------------------------------------
def ncpdp_phi(c):
    p = c.person()
    t = c.tick()
    rx = p.rx[0]
    fill = c.now.strftime("%Y%m%d")
    parts = ["%s claims-switch TX B1 v=D0 " % py_ts(t, "."), "AM04<FS>C2", P(p.member if c.r.random() < 0.5 else p.copay, "health_plan"),
             "<FS>CC", P(fold(p.first).upper(), "name"), "<FS>CD", P(fold(p.last).upper(), "name"), "<FS>C1%s" % c.r.choice(["EC12345001", "RX4471", "ACC9987"]),
             "<GS>AM01<FS>C4", P(dfmt(p.dob, "hl7"), "date"), "<FS>C5%d" % (2 if p.sex == "F" else 1), "<FS>CA", P(fold(p.first).upper(), "name"),
             "<FS>CB", P(fold(p.last).upper(), "name")]
    if c.r.random() < 0.6:
        parts += ["<FS>CM", P(street(p, True), "address"), "<FS>CN", P(fold(p.city).upper(), "address"), "<FS>CO%s" % p.st, "<FS>CP", P(p.zip5, "zip"),
                  "<FS>CQ", P(p.phone, "phone")]
    parts += ["<GS>AM07<FS>EM1<FS>D2", P(rx, "other_id"), "<FS>E103<FS>D7%s<FS>E7%d000<FS>D3%02d<FS>D5%d<FS>DE" % (p.drug[0].replace("-", ""), c.r.choice([1, 30, 90]), c.r.randint(0, 11), c.r.choice([28, 30, 90])),
              P(fill, "date"), " BIN=%s PCN=%s" % (c.r.choice(["610020", "004682", "610524"]), c.r.choice(["PDMI", "CN", "LOYALTY"]))]
    return [mk("ncpdp_d0", parts)]


def ncpdp_noise(c):
    t = c.tick()
    if c.r.random() < 0.5:
        return [mk("ncpdp_d0", "%s claims-switch RX B1 resp=P AM20<FS>F4COPAY CARD APPLIED AM23<FS>F5%.2f<FS>F6%.2f<FS>F9%.2f<FS>FQ%s txn=%s" % (
            py_ts(t, "."), c.r.choice([0, 5, 10, 25]), c.r.uniform(50, 900), c.r.uniform(10, 200), c.r.choice(["SECONDARY PAYER", "MFR COPAY PROGRAM"]), c.digits(12)))]
    return [mk("ncpdp_d0", "%s claims-switch RX B1 resp=R AM20 FB=%s '%s' bin=%s latency=%dms" % (py_ts(t, "."), *c.r.choice([("76", "Plan Limitations Exceeded"), ("75", "Prior Authorization Required"), ("79", "Refill Too Soon"), ("70", "Product/Service Not Covered")]), c.r.choice(["610020", "004682"]), c.r.randint(200, 3000)))]


# ---- payments -------------------------------------------------------------
def pay_noise(c):
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("payments", "%s INFO  payments.authnet - createTransactionRequest refId=%s amount=%.2f card=XXXX%s exp=XXXX avs=%s cvv=M transId=%s responseCode=1" % (
            py_ts(t), c.order_no(), c.r.choice([0, 5, 10, 25, 35, 60]), c.digits(4), c.r.choice(["Y", "Z", "A"]), c.digits(11)))]
    if k == 1:
        return [mk("payments", "%s DEBUG payments.authnet - sandbox smoke test card=4111111111111111 exp=2030-12 result=approved env=sandbox build=%s" % (py_ts(t), c.hexs(7)))]
    if k == 2:
        return [mk("payments", "%s WARN  payments.settlement - batch %s settled count=%d total=%.2f declined=%d" % (py_ts(t), c.digits(9), c.r.randint(200, 900), c.r.uniform(5000, 40000), c.r.randint(0, 20)))]
    return [mk("payments", jp({"id": "evt_%s" % c.alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "type": "charge.refunded", "livemode": True,
                               "data": {"object": {"id": "ch_%s" % c.alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), "amount_refunded": c.r.choice([500, 1000, 2500]), "currency": "usd",
                                                   "payment_method_details": {"card": {"brand": "visa", "last4": c.digits(4), "exp_month": c.r.randint(1, 12), "exp_year": c.r.randint(2025, 2030)}}}}}))]


def pay_phi(c):
    p = c.person()
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        pan = c.pan()
        inner = ['{\\"creditCard\\":{\\"cardNumber\\":\\"', P(pan, "account"), '\\",\\"expirationDate\\":\\"%d-%02d\\"},\\"billTo\\":{\\"firstName\\":\\"' % (c.r.randint(2025, 2030), c.r.randint(1, 12)),
                 P(p.first, "name"), '\\",\\"lastName\\":\\"', P(p.last, "name"), '\\",\\"address\\":\\"', P(street(p), "address"), '\\",\\"city\\":\\"', P(p.city, "address"),
                 '\\",\\"state\\":\\"%s\\",\\"zip\\":\\"' % p.st, P(p.zip5, "zip"), '\\"}}']
        return [mk("payments", "%s ERROR payments.authnet - E00027 The transaction was unsuccessful. payload=\"" % py_ts(t), inner, "\"")]
    if k == 1:
        rec = {"id": "evt_%s" % c.alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "type": "payment_intent.succeeded",
               "data": {"object": {"id": "pi_%s" % c.alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "amount": c.r.choice([500, 1000, 2500, 4500]), "currency": "usd",
                                   "customer": None, "receipt_email": P(p.email, "email"),
                                   "billing_details": {"name": P(nm(p, "fl"), "name"), "phone": P(ph(p.phone, "e164"), "phone"),
                                                       "address": {"line1": P(street(p, False, False), "address"), "line2": P(p.unit, "address") if p.unit else None,
                                                                   "city": P(p.city, "address"), "state": p.st, "postal_code": P(p.zip5, "zip"), "country": "US"}},
                                   "metadata": {"patient_id": P(p.mrn, "mrn"), "order_id": c.order_no()},
                                   "client_ip": P(c.pub_ip(), "ip")}}}
        return [mk("payments", "%s INFO  payments.stripe - webhook " % py_ts(t), jp(rec))]
    if k == 2:
        return [mk("payments", "%s INFO  payments.ach - eCheck.Net debit refId=%s bankAccount{accountType=checking routingNumber=%s accountNumber=" % (py_ts(t), c.order_no(), c.r.choice(["071000013", "021000021", "111000614"])),
                   P(c.digits(c.r.randint(9, 12)), "account"), " nameOnAccount=", P(nm(p, "FL"), "name"), "} guarantor_of=", P(p.mrn, "mrn"))]
    return [mk("payments", "%s INFO  payments.ledger - patient account " % py_ts(t), P(p.acct, "account"), " (", P(nm(p, "LcF"), "name"), ") copay_card=", P(p.copay, "health_plan"),
               " applied=%.2f balance=%.2f" % (c.r.uniform(10, 400), c.r.choice([0, -12.5, 5, 25])))]


# ---- CSV / pipe manifests -------------------------------------------------
MAN_HDR = "manifest_id,wave,tote,order_no,rx_no,ship_to_name,addr1,addr2,city,state,zip,phone,service,cold_chain,wt_lb,tracking"


def man_row(c, p, mid, wave):
    parts = ["%s,%s,%s,%s," % (mid, wave, c.tote(), c.order_no()), P(p.rx[0], "other_id"), ","]
    n = nm(p, c.r.choice(["LCF", "FL"]))
    q = csvq(n)
    if q != n:
        parts += ['"', P(n, "name"), '"']
    else:
        parts += [P(n, "name")]
    parts += [",", P(street(p, True, False), "address"), ","]
    if p.unit:
        parts += [P(fold(p.unit).upper(), "address")]
    parts += [",", P(fold(p.city).upper(), "address"), ",%s," % p.st, P(p.zip5 + ("-" + p.zip4 if c.r.random() < 0.5 else ""), "zip"), ",",
              P(p.phone, "phone"), ",%s,%s,%.1f,%s" % (c.r.choice(["UPS_NDA", "UPS_2DA", "FDX_PO", "USPS_PM"]), "Y" if p.drug[2] else "N", c.r.uniform(0.3, 9), c.ups_trk())]
    return mk("csv_manifest", parts)


def man_block(c):
    c.tick()
    mid = "MF-%s-%02d" % (c.now.strftime("%Y%m%d"), c.r.randint(1, 9))
    wave = "W%02d" % c.r.randint(1, 12)
    out = [mk("csv_manifest", MAN_HDR)]
    for _ in range(c.r.randint(2, 4)):
        out.append(man_row(c, c.person(), mid, wave))
    return out


def man_row_single(c):
    c.tick()
    mid = "MF-%s-%02d" % (c.now.strftime("%Y%m%d"), c.r.randint(1, 9))
    return [man_row(c, c.person(), mid, "W%02d" % c.r.randint(1, 12))]


def pick_pipe(c):
    p = c.person()
    c.tick()
    return [mk("pipe_picklist", "%s|W%02d|%s|%s|" % (c.now.strftime("%Y%m%d"), c.r.randint(1, 12), c.tote(), c.order_no()), P(nm(p, "LF"), "name"), "|",
               P(street(p, False, False), "address"), "|", P(p.unit, "address") if p.unit else "", "|", P(p.city, "address"), "|%s|" % p.st, P(p.zip5, "zip"),
               "|%s|%d|%s" % (p.sex, c.r.randint(1, 4), p.drug[0]))]


def man_noise(c):
    c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("csv_manifest", "carrier,service,pkgs,weight_lb,cutoff,closed_at"),
                mk("csv_manifest", "UPS,NDA,%d,%.1f,17:30,%s" % (c.r.randint(100, 600), c.r.uniform(300, 3000), iso_ms(c.now))),
                mk("csv_manifest", "FedEx,PRIORITY_OVERNIGHT,%d,%.1f,18:00," % (c.r.randint(50, 400), c.r.uniform(200, 2000))),
                mk("csv_manifest", "USPS,PRIORITY,%d,%.1f,16:00,%s" % (c.r.randint(20, 300), c.r.uniform(50, 600), iso_ms(c.now - timedelta(minutes=14))))]
    if k == 1:
        ndc, dn, _ = c.r.choice(DRUGS)
        return [mk("csv_inventory", "%s,%s,%s,%s,%d,%s" % (ndc, csvq(dn), c.alnum(7), c.r.choice(["2025-11-30", "2026-03-31", "2026-08-31"]), c.r.randint(0, 900), "R%02d-S%d-B%02d" % (c.r.randint(1, 30), c.r.randint(1, 6), c.r.randint(1, 20))))]
    if k == 2:
        return [mk("pipe_picklist", "H|%s|LAKESHORE|WMS|v4.12.3|rows=%d|sha1=%s" % (c.now.strftime("%Y%m%d%H%M"), c.r.randint(50, 500), c.hexs(40)))]
    return [mk("csv_inventory", "ndc,description,lot,exp,qty_on_hand,bin"),
            mk("csv_inventory", "%s,%s,%s,2026-01-31,%d,R07-S2-B11" % (DRUGS[0][0], DRUGS[0][1], c.alnum(7), c.r.randint(0, 400)))]


# ---- ZPL label jobs --------------------------------------------------------
def zpl_phi(c):
    p = c.person()
    t = c.tick()
    z = ["^XA^CI28^FO40,40^A0N,28,28^FDSHIP TO:^FS^FO40,75^A0N,34,34^FD", P(nm(p, "FL"), "name"), "^FS^FO40,115^A0N,30,30^FD", P(street(p, True), "address"),
         "^FS^FO40,150^A0N,30,30^FD", P(fold(p.city).upper(), "address"), " %s " % p.st, P("%s-%s" % (p.zip5, p.zip4), "zip"),
         "^FS^FO40,200^BY3^BCN,120,Y,N,N^FD%s^FS^FO40,360^A0N,24,24^FDREF: %s  KEEP REFRIGERATED^FS^XZ" % (c.ups_trk(), c.order_no())]
    return [mk("zpl_job", "%s label-svc INFO printer=ZT411-PACK%02d job=LBL-%s bytes=%d zpl=" % (iso_ms(t), c.r.randint(1, 8), c.digits(7), c.r.randint(900, 2400)), z)]


def zpl_noise(c):
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("zpl_job", "%s label-svc WARN printer=ZT411-PACK%02d status=%s head_temp=%dC odometer=%din" % (iso_ms(t), c.r.randint(1, 8), c.r.choice(["PAPER_OUT", "RIBBON_OUT", "HEAD_OPEN", "PAUSED"]), c.r.randint(25, 40), c.r.randint(100000, 300000)))]
    if k == 1:
        return [mk("zpl_job", "%s label-svc INFO printer=ZT411-PACK%02d ~HS 030,0,0,1218,000,0,0,0,000,0,0,0 001,0,0,0,1,2,6,0,00000000,1,000 1234,0" % (iso_ms(t), c.r.randint(1, 8)))]
    return [mk("zpl_job", "%s label-svc INFO printer=ZT411-PACK%02d job=LBL-%s printed in %dms (template=pharm_4x6_v7)" % (iso_ms(t), c.r.randint(1, 8), c.digits(7), c.r.randint(200, 1800)))]


# ---- HL7 v2 ----------------------------------------------------------------
def hl7_msh(c, t, typ):
    return "MSH|^~\\&|EPIC|NWMH|LAKESHORE_RX|LSRX|%s||%s|MSG%08d|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), typ, c.r.randint(1, 99999999))


def hl7_pid(c, p):
    return ["PID|1||", P(p.hosp_mrn, "mrn"), "^^^NWMH^MR~", P(p.mrn, "mrn"), "^^^LSRX^PI||", P(fold(p.last).upper(), "name"), "^", P(fold(p.first).upper(), "name"), "^", p.mi,
            "||", P(dfmt(p.dob, "hl7"), "date"), "|%s|||" % p.sex, P(street(p, True, False), "address"), "^", P(fold(p.unit).upper(), "address") if p.unit else "", "^",
            P(fold(p.city).upper(), "address"), "^%s^" % p.st, P(p.zip5, "zip"), "^USA||", P(ph(p.phone, "parenns"), "phone"), "^PRN^PH~^NET^Internet^", P(p.email, "email"),
            "|||||", P(p.acct, "account"), "|", P(p.ssn, "ssn")]


def hl7_block(c):
    p = c.person()
    t = c.tick()
    doc = c.r.choice(PRESCRIBERS)
    npi = c.npi()
    out = [mk("hl7v2", "%s hl7-listener[mllp:2575] received message:" % py_ts(t)),
           mk("hl7v2", hl7_msh(c, t, "RDE^O11^RDE_O11")),
           mk("hl7v2", hl7_pid(c, p)),
           mk("hl7v2", "PV1|1|O|ONC^^^NWMH||||%s^%s^%s^^^MD|||||||||||" % (npi, doc[0].upper(), doc[1].upper()), P("V" + c.digits(9), "other_id"))]
    if c.r.random() < 0.7:
        out.append(mk("hl7v2", "IN1|1|BCBSIL01^BCBS PPO|00621|BLUE CROSS BLUE SHIELD IL|||||%s||||||" % c.r.choice(["EC12345", "GRP7781", "00441"]),
                      P(fold(p.last).upper(), "name"), "^", P(fold(p.first).upper(), "name"), "|SEL|", P(dfmt(p.dob, "hl7"), "date"), "||||||||||||||||||", P(p.member, "health_plan")))
    wr = c.now - timedelta(days=c.r.randint(0, 5))
    out.append(mk("hl7v2", "ORC|NW|ORD%d||||||||" % c.r.randint(100000, 999999), P(wr.strftime("%Y%m%d"), "date"), "|||%s^%s^%s" % (npi, doc[0].upper(), doc[1].upper())))
    out.append(mk("hl7v2", "RXE|^^^^^R|%s^%s^NDC|1||EA|||||%d|" % (p.drug[0].replace("-", ""), p.drug[1], c.r.choice([1, 2, 4]))))
    return out


def hl7_oneline(c):
    p = c.person()
    t = c.tick()
    parts = ["%s hl7-listener[mllp:2575] ADT A08 update: " % py_ts(t), hl7_msh(c, t, "ADT^A08^ADT_A01"), "\\rEVN|A08|%s\\r" % t.strftime("%Y%m%d%H%M%S"), hl7_pid(c, p)]
    if c.r.random() < 0.5:
        parts += ["\\rNK1|1|", P(fold(p.rel_last).upper(), "name"), "^", P(fold(p.rel_first).upper(), "name"), "|%s|||" % {"daughter": "DAU", "son": "SON", "wife": "SPO", "husband": "SPO", "sister": "SIS", "brother": "BRO", "caregiver": "CGV", "granddaughter": "GRD", "grandson": "GRD"}.get(p.rel_role, "OTH"),
                  P(ph(p.rel_phone, "parenns"), "phone")]
    return [mk("hl7v2", parts)]


def hl7_noise(c):
    t = c.tick()
    if c.r.random() < 0.5:
        return [mk("hl7v2", "%s hl7-listener[mllp:2575] sent ACK: MSH|^~\\&|LAKESHORE_RX|LSRX|EPIC|NWMH|%s||ACK^O11|ACK%08d|P|2.5.1\\rMSA|AA|MSG%08d" % (py_ts(t), t.strftime("%Y%m%d%H%M%S"), c.r.randint(1, 99999999), c.r.randint(1, 99999999)))]
    return [mk("hl7v2", "%s hl7-listener[mllp:2575] connection from 10.20.%d.%d closed after %d messages (idle %ds)" % (py_ts(t), c.r.randint(1, 9), c.r.randint(2, 250), c.r.randint(1, 400), c.r.choice([60, 120, 300])))]


# ---- NCPDP SCRIPT NewRx ----------------------------------------------------
def script_phi(c):
    p = c.person()
    t = c.tick()
    doc = c.r.choice(PRESCRIBERS)
    wr = c.now - timedelta(days=c.r.randint(0, 6))
    addr = [("AddressLine1", P(street(p, False, False), "address"))]
    if p.unit:
        addr.append(("AddressLine2", P(p.unit, "address")))
    addr += [("City", P(p.city, "address")), ("StateProvince", p.st), ("PostalCode", P(p.zip5, "zip")), ("CountryCode", "US")]
    node = ("Message", [
        ("Header", [("To", "LSRX0012", {"Qualifier": "P"}), ("From", str(c.npi()), {"Qualifier": "C"}), ("MessageID", c.hexs(32)),
                    ("SentTime", t.strftime("%Y-%m-%dT%H:%M:%S.0Z"))]),
        ("Body", [("NewRx", [
            ("Patient", [("HumanPatient", [("Name", [("LastName", P(p.last, "name")), ("FirstName", P(p.first, "name"))]), ("Gender", p.sex),
                                           ("DateOfBirth", [("Date", P(dfmt(p.dob, "iso"), "date"))]), ("Address", addr),
                                           ("CommunicationNumbers", [("PrimaryTelephone", [("Number", P(p.phone, "phone"))])])])]),
            ("Prescriber", [("NonVeterinarian", [("Identification", [("NPI", c.npi())]), ("Name", [("LastName", doc[0]), ("FirstName", doc[1])]),
                                                 ("CommunicationNumbers", [("PrimaryTelephone", [("Number", "312" + c.digits(7))]), ("Fax", [("Number", "312" + c.digits(7))])])])]),
            ("MedicationPrescribed", [("DrugDescription", p.drug[1]), ("DrugCoded", [("ProductCode", [("Code", p.drug[0].replace("-", "")), ("Qualifier", "ND")])]),
                                      ("WrittenDate", [("Date", P(dfmt(wr, "iso"), "date"))]), ("NumberOfRefillsAllowed", str(c.r.randint(0, 11)))])])])],
        {"xmlns": "http://www.ncpdp.org/schema/SCRIPT", "DatatypesVersion": "20170715", "TransportVersion": "20170715"})
    return [mk("ncpdp_script", "%s INFO [surescripts-inbound] NewRx accepted " % py_ts(t), xp(node))]


def script_noise(c):
    t = c.tick()
    return [mk("ncpdp_script", "%s INFO [surescripts-inbound] Status sent <Status><Code>%s</Code></Status> RelatesToMessageID=%s latency=%dms" % (py_ts(t), c.r.choice(["000", "010"]), c.hexs(32), c.r.randint(40, 900)))]


# ---- X12 270 ---------------------------------------------------------------
def x12_phi(c):
    p = c.person()
    t = c.tick()
    ctl = "%09d" % c.r.randint(1, 999999999)
    parts = ["%s elig-svc 270 out: " % py_ts(t),
             "ISA*00*          *00*          *ZZ*LAKESHORERX    *ZZ*CLEARINGHS     *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl),
             "GS*HS*LAKESHORERX*CLEARINGHS*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), c.r.randint(1, 9999), c.hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")),
             "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*%s*****XX*%s~HL*3*2*22*0~" % (c.r.choice(["CVS CAREMARK", "EXPRESS SCRIPTS", "OPTUMRX"]), c.digits(5), PHARM.upper(), c.npi()),
             "NM1*IL*1*", P(fold(p.last).upper(), "name"), "*", P(fold(p.first).upper(), "name"), "*", p.mi, "***MI*", P(p.mbi if p.mbi and c.r.random() < 0.6 else p.member, "health_plan"), "~",
             "DMG*D8*", P(dfmt(p.dob, "hl7"), "date"), "*%s~DTP*291*D8*" % p.sex, P(c.now.strftime("%Y%m%d"), "date"), "~EQ*88~SE*13*0001~GE*1*1~IEA*1*%s~" % ctl]
    return [mk("x12_270", parts)]


def x12_noise(c):
    t = c.tick()
    return [mk("x12_270", "%s elig-svc 999 in: ISA*00*          *00*          *ZZ*CLEARINGHS     *ZZ*LAKESHORERX    *%s*%s*^*00501*%09d*0*P*:~GS*FA*CLEARINGHS*LAKESHORERX*%s*%s*1*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*1~IEA*1*%09d~" % (
        py_ts(t), t.strftime("%y%m%d"), t.strftime("%H%M"), c.r.randint(1, 999999999), t.strftime("%Y%m%d"), t.strftime("%H%M"), c.r.randint(1, 9999), c.r.randint(1, 999999999)))]


# ---- customer service chat ---------------------------------------------
def chat_en(c):
    p = c.person()
    agent = c.r.choice([a for a in AGENTS if a not in AGENTS_ES] or AGENTS)
    t = c.tick()

    def ts():
        c.tick(5, 40)
        return "[%s]" % c.now.strftime("%H:%M:%S")

    aname = agent.split()[0]
    out = [mk("chat_transcript", "%s chat %s started channel=web queue=shipping agent=%s" % (iso_ms(t), c.uuid(), agent)),
           mk("chat_transcript", "%s %s (Agent): Thanks for contacting %s, my name is %s. Who am I speaking with?" % (ts(), agent, PHARM, aname))]
    opener = c.r.randint(0, 2)
    if opener == 1 and c.r.random() < 0.7:
        p = c.old_person()
    drug = p.drug[1].split()[0].lower()
    if opener == 0:
        out.append(mk("chat_transcript", "%s Visitor: hi this is " % ts(), P(nm(p, "lower"), "name"), ", my %s never came" % drug))
    elif opener == 1:
        out.append(mk("chat_transcript", "%s Visitor: Hello, I'm writing for my %s " % (ts(), "mother" if p.sex == "F" else "father"), P(nm(p, "fl"), "name"), ". %s is " % ("She" if p.sex == "F" else "He"), P(str(p.age), "age" if p.age > 89 else None),
                      " and the %s shipment says exception" % drug))
    else:
        out.append(mk("chat_transcript", "%s Visitor: " % ts(), P(nm(p, "fml"), "name"), " here. order says delivered but nothing on my porch"))
    out.append(mk("chat_transcript", "%s %s (Agent): I'm sorry to hear that! Can you verify the date of birth and ZIP code on the account?" % (ts(), agent)))
    out.append(mk("chat_transcript", "%s Visitor: " % ts(), P(dfmt(p.dob, c.r.choice(["usshort", "us", "long"])), "date"), " and ", P(p.zip5, "zip")))
    k = c.r.randint(0, 3)
    if k >= 2:
        out.append(mk("chat_transcript", "%s %s (Agent): Thanks, you're verified. I see order %s, %s tracking %s." % (
            ts(), agent, c.order_no(), c.r.choice(["UPS", "FedEx"]), c.r.choice(["shows delivered yesterday at 2:14 PM", "shows an exception", "was delivered to the side door"]))))
    if k == 0:
        wrong_no = str(int(p.no) + c.r.choice([2, 10, 100]))
        out.append(mk("chat_transcript", "%s %s (Agent): Thank you. UPS flagged it on 06/11 as address incorrect. We have " % (ts(), agent), P("%s %s" % (wrong_no, p.street), "address"), " on file, is that right?"))
        out.append(mk("chat_transcript", "%s Visitor: no its " % ts(), P(p.no, "address"), "!! ", P(p.unit.lower(), "address") if p.unit else "same street"))
        out.append(mk("chat_transcript", "%s %s (Agent): Got it, I've corrected it and requested a reship with fresh ice packs. Your case number is " % (ts(), agent), P(p.caseno, "other_id"), "."))
    elif k == 1:
        out.append(mk("chat_transcript", "%s %s (Agent): Thanks! I can see the driver photo shows a side door. Is there a better number to reach you?" % (ts(), agent)))
        out.append(mk("chat_transcript", "%s Visitor: " % ts(), P(ph(p.phone, c.r.choice(["dash", "raw", "dot", "paren"])), "phone"), " or email me at ", P(p.email, "email")))
        out.append(mk("chat_transcript", "%s %s (Agent): I've opened a carrier claim and a replacement. Ref " % (ts(), agent), P(p.caseno, "other_id"), ", you'll get a text shortly."))
    elif k == 2:
        out.append(mk("chat_transcript", "%s Visitor: the box was soaked, pics here " % ts(), P("https://photos.app.goo.gl/%s" % c.alnum(17, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "url")))
        out.append(mk("chat_transcript", "%s %s (Agent): Thank you, I've forwarded those to our pharmacist. Please don't use the pens if they felt warm; we'll send new ones today." % (ts(), agent)))
    else:
        dev = c.r.choice([("Dexcom G7 receiver", "SN " + c.digits(10)), ("Omnipod 5 PDM", "S/N " + c.alnum(3) + c.digits(6)), ("t:slim X2 pump", "SN " + c.digits(8)),
                          ("FreeStyle Libre 3 reader", "serial " + c.alnum(4) + c.digits(5))])
        sn_label, sn = dev[1].split(" ", 1)
        out.append(mk("chat_transcript", "%s Visitor: also my %s died, %s " % (ts(), dev[0], sn_label), P(sn, "device"), " can you send a new one with the sensors"))
        out.append(mk("chat_transcript", "%s %s (Agent): I've started a warranty replacement for that device, it ships separately from the manufacturer." % (ts(), agent)))
    out.append(mk("chat_transcript", "%s chat ended by %s duration=%ds csat=%s" % (iso_ms(c.tick()), c.r.choice(["visitor", "agent"]), c.r.randint(120, 1500), c.r.choice(["5", "4", "null"]))))
    return out


def chat_es(c):
    p = c.person()
    agent = c.r.choice(AGENTS_ES)
    t = c.tick()

    def ts():
        c.tick(5, 40)
        return "[%s]" % c.now.strftime("%H:%M:%S")

    out = [mk("chat_transcript", "%s chat %s started channel=web queue=spanish agent=%s" % (iso_ms(t), c.uuid(), agent)),
           mk("chat_transcript", "%s %s (Agente): Gracias por comunicarse con Farmacia Lakeshore. Mi nombre es %s, ¿en qué le puedo ayudar?" % (ts(), agent, agent.split()[0]))]
    old = c.r.random() < 0.5
    if old:
        q = c.old_person()
        out.append(mk("chat_transcript", "%s Cliente: Buenas, le escribo por mi mamá, " % ts(), P(nm(q, "fl"), "name"), ", fecha de nacimiento ", P(dfmt(q.dob, c.r.choice(["dmy", "es"])), "date"),
                      ", tiene ", P(str(q.age), "age"), " años y no le llegó la insulina"))
        who = q
    else:
        out.append(mk("chat_transcript", "%s Cliente: hola soy " % ts(), P(nm(p, c.r.choice(["fl", "lower"])), "name"), " nacido el ", P(dfmt(p.dob, "es"), "date"), ", mi pedido sigue en excepción"))
        who = p
    out.append(mk("chat_transcript", "%s %s (Agente): Lo siento mucho. ¿Me confirma la dirección de entrega y un teléfono de contacto?" % (ts(), agent)))
    out.append(mk("chat_transcript", "%s Cliente: " % ts(), P(street(who), "address"), ", ", P(who.city, "address"), " ", P(who.zip5, "zip"), ". mi cel es ",
                  P(ph(who.rel_phone if old else who.phone, c.r.choice(["dash", "raw", "sp"])), "phone")))
    if c.r.random() < 0.5:
        out.append(mk("chat_transcript", "%s Cliente: le mando foto de su identificación para la firma " % ts(), "[adjunto selfie_id.jpg data:image/jpeg;base64,",
                      P(base64.b64encode(JPEG_HDR + bytes(c.r.getrandbits(8) for _ in range(60))).decode() + "...", "photo"), "]"))
    out.append(mk("chat_transcript", "%s %s (Agente): Listo, ya corregí la dirección y programé un reenvío para mañana. Su número de caso es " % (ts(), agent), P(who.caseno, "other_id"), "."))
    out.append(mk("chat_transcript", "%s chat ended by agent duration=%ds csat=null" % (iso_ms(c.tick()), c.r.randint(120, 1500))))
    return out


def chat_json(c):
    p = c.person()
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        txt = ["my username is ", P(p.user, "other_id"), " and the portal keeps saying my rx ", P(p.rx[2], "other_id"), " is on hold"]
    elif k == 1:
        txt = ["pls send to my work instead: ", P(street(c.person()), "address"), ", my name on the label should be ", P(nm(p, "fl"), "name")]
    else:
        txt = ["my profile link ", P("https://rx.lakeshorespecialty.com/u/%s" % p.user, "url"), " shows the wrong phone, it should be ", P(ph(p.phone, "paren"), "phone")]
    # escape inside json string: our text has no quotes
    rec_head = '{"conversationId":"%s","messageId":%d,"sentBy":"Consumer","ts":%d,"text":"' % (c.uuid(), c.r.randint(1, 40), epoch_ms(t))
    return [mk("chat_json", rec_head, txt, '","channel":"%s"}' % c.r.choice(["web", "sms", "app"]))]


def chat_noise(c):
    t = c.tick()
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("chat_json", jp({"conversationId": c.uuid(), "messageId": c.r.randint(1, 40), "sentBy": "Agent", "agent": c.r.choice(AGENTS), "ts": epoch_ms(t),
                                    "text": c.r.choice(["Our pharmacy hours are Mon-Fri 8am-8pm CT, Sat 9am-1pm.", "You can reach a pharmacist 24/7 at 1-866-714-3390.",
                                                        "Cold-chain packages should go in the fridge within 2 hours of delivery.", "Se lo transfiero a un farmacéutico, un momento por favor."]), "channel": "web"}))]
    if k == 1:
        return [mk("chat_json", jp({"event": "queue_stats", "queue": c.r.choice(["shipping", "spanish", "billing"]), "waiting": c.r.randint(0, 20), "agentsAvailable": c.r.randint(1, 12), "asaSec": c.r.randint(5, 400), "ts": epoch_ms(t)}))]
    return [mk("chat_transcript", "%s chat %s abandoned before agent join wait=%ds queue=%s" % (iso_ms(t), c.uuid(), c.r.randint(30, 600), c.r.choice(["shipping", "spanish", "billing"])))]


# ---- curbside / ID verification / RMA (JSON + kv) ---------------------------
def curbside_phi(c):
    p = c.person()
    t = c.tick()
    rec = {"ts": iso_ms(t), "svc": "curbside", "event": "checkin", "order": c.order_no(), "patient": P(nm(p, "LcF"), "name"),
           "vehicle": c.r.choice(["silver Honda CR-V", "black F-150", "white Corolla", "red Kia Soul", "blue Subaru Outback"]),
           "plate": P(p.plate, "vehicle"), "plateState": p.st, "bay": c.r.randint(1, 6), "etaMin": c.r.randint(0, 10)}
    return [mk("curbside_json", jp(rec, sep=(", ", ": ")))]


def idv_phi(c):
    p = c.person()
    t = c.tick()
    if c.r.random() < 0.55:
        rec = {"event": "idv.completed", "ts": iso_ms(t), "patientId": P(p.mrn, "mrn"), "docType": "DRIVERS_LICENSE", "docNumber": P(p.dl, "license"),
               "issuingState": p.st, "dob": P(dfmt(p.dob, "iso"), "date"), "faceMatch": round(c.r.uniform(0.9, 0.995), 3),
               "selfie": P("data:image/jpeg;base64," + base64.b64encode(JPEG_HDR + bytes(c.r.getrandbits(8) for _ in range(48))).decode() + "...(truncated)", "photo"),
               "result": "PASS", "vendor": "idv-partner"}
        return [mk("idv_json", jp(rec))]
    sig = " ".join("%s%d,%d" % (c.r.choice("ML"), c.r.randint(0, 300), c.r.randint(0, 90)) for _ in range(c.r.randint(6, 10)))
    rec = {"event": "pod.signature", "ts": iso_ms(t), "tracking": c.fedex_trk(), "signedBy": P(nm(p, "init").upper(), "name"), "relationship": "SELF",
           "signatureVector": P(sig, "biometric"), "deviceId": "HH-%s" % c.alnum(6)}
    return [mk("idv_json", jp(rec))]


def rma_phi(c):
    p = c.person()
    t = c.tick()
    dev = c.r.choice([("Dexcom G7 Receiver", c.digits(10)), ("Omnipod 5 PDM", c.alnum(3) + c.digits(6)), ("t:slim X2", c.digits(8)), ("MiniMed 780G", "NG" + c.digits(7) + "H")])
    return [mk("rma_kv", "%s rma-svc rma=RMA-24-%04d type=DEVICE_RETURN patient=" % (py_ts(t), c.r.randint(1, 9999)), P(p.mrn, "mrn"), ' device="%s" sn=' % dev[0], P(dev[1], "device"),
               " reason=%s return_label=%s ship_to=\"" % (c.r.choice(["screen_fail", "no_power", "occlusion_alarm", "cracked_case"]), c.usps_trk()), P(nm(p, "fl"), "name"), "\"")]


def rma_noise(c):
    t = c.tick()
    return [mk("rma_kv", "%s rma-svc rma=RMA-24-%04d status=%s carrier=USPS manufacturer=%s lot=%s qty=%d" % (py_ts(t), c.r.randint(1, 9999), c.r.choice(["RECEIVED", "CREDITED", "CLOSED"]), c.r.choice(["Dexcom", "Insulet", "Tandem", "Medtronic"]), c.alnum(8), c.r.randint(1, 3)))]


# ---- Kubernetes / nginx / syslog noise --------------------------------------
PODS = ["oms-api-7c9d5f8b6-kq2lm", "carrier-gw-6d8f7b9c4-x2kqp", "label-printer-5f7d9c8d4-6xq9z", "rem-worker-59b8d7-tw4hc", "addrfix-84f6c9d77-pz8ns", "sms-gw-6b7f9c-2kdlr"]


def k8s_noise(c):
    t = c.tick()
    pod = c.r.choice(PODS)
    k = c.r.randint(0, 5)
    kl = "%s%s %s.%06d    %d " % ("I", t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond, c.r.randint(1000, 3000))
    if k == 0:
        return [mk("klog", kl + "kubelet.go:2437] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"fulfillment/%s\"" % pod)]
    if k == 1:
        return [mk("klog", "E" + kl[1:] + "pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"label-printer\\\" with CrashLoopBackOff: \\\"back-off 5m0s restarting failed container\\\"\" pod=\"fulfillment/%s\" podUID=\"%s\"" % (pod, c.uuid()))]
    if k == 2:
        return [mk("k8s_event", "fulfillment   %dm%ds   Warning   BackOff   pod/%s   Back-off restarting failed container %s in pod %s_fulfillment(%s)" % (c.r.randint(1, 9), c.r.randint(0, 59), pod, pod.split("-")[0], pod, c.uuid()))]
    if k == 3:
        return [mk("k8s_event", "fulfillment   %ds   Normal    Scheduled   pod/%s   Successfully assigned fulfillment/%s to ip-10-42-%d-%d.ec2.internal" % (c.r.randint(5, 59), pod, pod, c.r.randint(0, 7), c.r.randint(2, 250)))]
    if k == 4:
        return [mk("k8s_event", "fulfillment   %dm   Normal    SuccessfulRescale   horizontalpodautoscaler/%s   New size: %d; reason: cpu resource utilization (percentage of request) above target" % (c.r.randint(1, 30), pod.rsplit("-", 2)[0], c.r.randint(3, 12)))]
    return [mk("klog", "W" + kl[1:] + "reflector.go:424] k8s.io/client-go/informers/factory.go:150: watch of *v1.ConfigMap ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding")]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
       "LakeshoreRx/5.12.0 (iOS 17.5; iPhone14,5)"]


def ngx_ts(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def nginx_noise(c):
    t = c.tick()
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("nginx_access", '%s - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 93 0.001 [fulfillment-oms-api-8080] [] %s:8080 2 0.001 200 %s' % (
            "10.42.0.1", ngx_ts(t), c.priv_ip(), c.hexs(32)))]
    if k == 1:
        return [mk("nginx_access", '%s - - %s "GET /api/v1/manifests/MF-%s-%02d HTTP/1.1" 200 %d "-" "python-requests/2.31.0" 312 %.3f [fulfillment-oms-api-8080] [] %s:8080 %d %.3f 200 %s' % (
            c.priv_ip(), ngx_ts(t), t.strftime("%Y%m%d"), c.r.randint(1, 9), c.r.randint(2000, 90000), c.r.uniform(0.01, 0.8), c.priv_ip(), c.r.randint(2000, 90000), c.r.uniform(0.01, 0.8), c.hexs(32)))]
    if k == 2:
        return [mk("nginx_error", '%s [error] 31#31: *%d upstream timed out (110: Operation timed out) while reading response header from upstream, client: %s, server: oms.internal, request: "GET /api/v1/waves/W%02d HTTP/1.1", upstream: "http://%s:8080/api/v1/waves/W%02d", host: "oms.internal"' % (
            t.strftime("%Y/%m/%d %H:%M:%S"), c.r.randint(1000, 90000), c.priv_ip(), c.r.randint(1, 12), c.priv_ip(), c.r.randint(1, 12)))]
    return [mk("nginx_access", '%s - - %s "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://rx.lakeshorespecialty.com/" "%s" 61 0.000 [portal-web-80] [] %s:80 %d 0.000 200 %s' % (
        c.priv_ip(), ngx_ts(t), c.hexs(8), c.r.randint(80000, 400000), c.r.choice(UAS), c.priv_ip(), c.r.randint(80000, 400000), c.hexs(32)))]


def nginx_phi(c):
    p = c.person()
    t = c.tick()
    ip = c.pub_ip()
    k = c.r.randint(0, 2)
    tail = ' %d %.3f [portal-api-8080] [] %s:8080 %d %.3f 200 %s' % (c.r.randint(200, 900), c.r.uniform(0.01, 0.5), c.priv_ip(), c.r.randint(200, 5000), c.r.uniform(0.01, 0.5), c.hexs(32))
    if k == 0:
        email_enc = p.email.replace("@", "%40")
        return [mk("nginx_access", P(ip, "ip"), " - - %s \"GET /track?email=" % ngx_ts(t), P(email_enc, "email"), "&zip=", P(p.zip5, "zip"),
                   " HTTP/2.0\" 200 %d \"https://rx.lakeshorespecialty.com/track\" \"%s\"" % (c.r.randint(800, 4000), c.r.choice(UAS)), tail)]
    if k == 1:
        if c.r.random() < 0.5:
            ref = P("https://rx.lakeshorespecialty.com/u/%s/refills" % p.user, "url")
        else:
            ref = "https://rx.lakeshorespecialty.com/refills"
        return [mk("nginx_access", P(ip, "ip"), " - ", P(p.user, "other_id"), " %s \"POST /api/v1/patients/" % ngx_ts(t), P(p.mrn, "mrn"), "/refills HTTP/2.0\" 201 %d \"" % c.r.randint(80, 400),
                   ref, "\" \"%s\"" % c.r.choice(UAS), tail)]
    return [mk("nginx_error", "%s [warn] 31#31: *%d limiting requests, excess: 5.%03d by zone \"login\", client: " % (t.strftime("%Y/%m/%d %H:%M:%S"), c.r.randint(1000, 90000), c.r.randint(0, 999)),
               P(ip, "ip"), ", server: rx.lakeshorespecialty.com, request: \"POST /api/v1/auth/login?username=", P(p.user, "other_id"), " HTTP/2.0\", host: \"rx.lakeshorespecialty.com\"")]


def syslog_noise(c):
    t = c.tick()
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    pid = c.r.randint(2000, 40000)
    k = c.r.randint(0, 3)
    if k == 0:
        return [mk("syslog", "%s wms-edi01 sshd[%d]: Accepted publickey for edi_ups from 10.20.%d.%d port %d ssh2: RSA SHA256:%s" % (ts, pid, c.r.randint(1, 9), c.r.randint(2, 250), c.r.randint(30000, 65000), base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(32))).decode().rstrip("=")))]
    if k == 1:
        return [mk("syslog", "%s wms-edi01 CRON[%d]: (wms) CMD (/opt/wms/bin/eod_manifest.sh --carrier %s)" % (ts, pid, c.r.choice(["usps", "ups", "fedex"])))]
    if k == 2:
        return [mk("syslog", "%s wms-edi01 eod_manifest[%d]: uploaded MF-%s-%02d.csv (%d rows, %d bytes) to sftp://edi.carrier-partner.net/inbound sha256=%s" % (ts, pid, t.strftime("%Y%m%d"), c.r.randint(1, 9), c.r.randint(50, 600), c.r.randint(10000, 200000), c.hexs(64)))]
    return [mk("syslog", "%s pack-gw03 systemd[1]: Started cups-zebra-bridge.service - Zebra label bridge v%d.%d.%d (build %d)." % (ts, c.r.randint(1, 3), c.r.randint(0, 12), c.r.randint(0, 30), c.r.randint(1000, 9999)))]


def fax_phi(c):
    """Legacy guarantor/profile export from the .NET OMS (Serilog text)."""
    p = c.person()
    t = c.tick()
    return [mk("serilog_text", "[%s INF] Profile sync PatientId=" % t.strftime("%H:%M:%S"), P(p.mrn, "mrn"), " Guarantor=\"", P("%s, %s" % (p.rel_last, p.rel_first), "name"),
               "\" HomePhone=", P(ph(p.rel_phone, "dash"), "phone"), " HomeFax=", P(ph(p.phone2, "dash"), "fax"), " PreferredContact=FAX")]


def dotnet_ssn_phi(c):
    p = c.person()
    t = c.tick()
    ssn = p.ssn.replace("-", "") if c.r.random() < 0.5 else p.ssn
    mcd = c.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + c.digits(5) + c.r.choice("ABCDEFGHJKLMNP")
    return [mk("serilog_text", "[%s ERR] Eligibility lookup failed for SSN " % t.strftime("%H:%M:%S"), P(ssn, "ssn"), " (", P(nm(p, "LCFu"), "name"),
               ", Medicaid ", P(mcd, "health_plan"), "): upstream 504 Gateway Timeout from state MMIS")]


def staff_noise(c):
    """Business / staff contact look-alikes (not PHI)."""
    t = c.tick()
    doc = c.r.choice(PRESCRIBERS)
    k = c.r.randint(0, 2)
    if k == 0:
        return [mk("serilog_text", "[%s INF] Prescriber callback queued: Dr. %s %s NPI %s office (312) %s-%s fax 312-%s-%s assigned to %s" % (
            t.strftime("%H:%M:%S"), doc[1], doc[0], c.npi(), c.digits(3), c.digits(4), c.digits(3), c.digits(4), c.r.choice(PHARMACISTS)))]
    if k == 1:
        return [mk("winston", jp({"level": "info", "message": "on-call rotation", "service": "oms-api", "primary": c.r.choice(PHARMACISTS), "pager": "+1847%s" % c.digits(7),
                                  "escalation": "pharmacy-ops@lakeshorerx.com", "timestamp": iso_ms(t)}))]
    return [mk("syslog", "%s mail01 postfix/smtp[%d]: %s: to=<carrier-claims@lakeshorerx.com>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=%.1f, status=sent (250 2.6.0 Queued mail for delivery)" % (
        t.strftime("%b %d %H:%M:%S"), c.r.randint(2000, 40000), c.hexs(10).upper(), c.r.randint(1, 254), c.r.randint(1, 254), c.r.uniform(0.2, 4)))]


# ==========================================================================
NOISE = [(ups_noise, 5), (fedex_soap_noise, 3), (fedex_reply_pretty, 1), (fedex_rest_noise, 2), (usps_xml_noise, 3), (usps_v3_noise, 2),
         (addr_svc_noise, 3), (cold_noise, 5), (plc_noise, 8), (scan_noise, 5), (nest_noise, 4), (winston_noise, 4), (mel_noise, 3),
         (serilog_noise, 4), (exc_noise, 4), (sms_noise, 3), (ast_noise, 3), (ncpdp_noise, 3), (pay_noise, 3), (man_noise, 2),
         (zpl_noise, 3), (hl7_noise, 2), (script_noise, 2), (x12_noise, 1), (chat_noise, 3), (rma_noise, 1), (k8s_noise, 6),
         (nginx_noise, 6), (syslog_noise, 4), (staff_noise, 3)]
PHI = [(ups_req, 4), (fedex_soap, 2), (fedex_soap_pretty_phi, 1), (fedex_rest, 2), (usps_xml, 3), (usps_v3, 2), (addr_svc, 3), (cold_phi, 2),
       (scan_phi, 3), (nest_phi, 3), (winston_phi, 3), (mel_phi, 3), (serilog_phi, 4), (exc_phi, 4), (sms_phi, 5), (ast_phi, 4),
       (ncpdp_phi, 3), (pay_phi, 4), (man_block, 2), (man_row_single, 1), (pick_pipe, 2), (zpl_phi, 3), (hl7_block, 1), (hl7_oneline, 2),
       (script_phi, 2), (x12_phi, 2), (chat_en, 2), (chat_es, 1), (chat_json, 3), (curbside_phi, 2), (idv_phi, 4), (rma_phi, 2),
       (nginx_phi, 5), (fax_phi, 3), (dotnet_ssn_phi, 2)]


def wchoice(r, pool):
    tot = sum(w for _, w in pool)
    x = r.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


QUOTA = {fax_phi: 3, idv_phi: 5, curbside_phi: 4, rma_phi: 3, dotnet_ssn_phi: 3, chat_json: 4, nginx_phi: 6, winston_phi: 4}


def main():
    c = Ctx(SEED)
    lines = []
    used = {}
    while len(lines) < N_LINES:
        rem = N_LINES - len(lines)
        nophi = sum(1 for ln in lines if not ln.spans)
        want_noise = nophi < TARGET_NOPHI * (len(lines) + 1)
        pool = NOISE if want_noise else PHI
        g = wchoice(c.r, pool)
        if not want_noise and c.r.random() < 0.3:
            short = [q for q, n in QUOTA.items() if used.get(q, 0) < n]
            if short:
                g = c.r.choice(short)
        state = (c.r.getstate(), c.now, c.seq)
        blk = g(c)
        if len(blk) > rem:
            c.r.setstate(state[0])
            c.r.random()
            c.now, c.seq = state[1], state[2]
            continue
        if want_noise:
            assert all(not ln.spans for ln in blk), g.__name__
        else:
            assert any(ln.spans for ln in blk), g.__name__
        lines.extend(blk)
        used[g] = used.get(g, 0) + 1

    out_dir = Path(__file__).resolve().parent
    log_b = bytearray()
    lab = []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert b.strip(), i
        b.decode("utf-8")
        for sp, v in zip(ln.spans, ln.vals):
            assert b[sp["s"]:sp["e"]] == v, (i, sp, v)
            assert sp["e"] > sp["s"]
        ss = sorted(ln.spans, key=lambda s: s["s"])
        for a, bb in zip(ss, ss[1:]):
            assert a["e"] <= bb["s"], (i, a, bb)
        lab.append(json.dumps({"line": i, "family": ln.fam, "spans": ss}, ensure_ascii=False))
        log_b += b
        if i < len(lines):
            log_b += b"\n"
    assert len(lines) == N_LINES
    (out_dir / ("%s.log" % ID)).write_bytes(bytes(log_b))
    (out_dir / ("%s.labels.jsonl" % ID)).write_text("\n".join(lab) + "\n", encoding="utf-8")

    cats = {}
    for ln in lines:
        for sp in ln.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    nophi = sum(1 for ln in lines if not ln.spans)
    fams = sorted({ln.fam for ln in lines})
    print("lines=%d nophi=%d (%.1f%%) families=%d" % (len(lines), nophi, 100.0 * nophi / len(lines), len(fams)))
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))
    print(" ".join(fams))


if __name__ == "__main__":
    main()
