#!/usr/bin/env python3
"""Synthetic labeled log corpus "qj".

Organisation: Great Lakes Autoimmune Registry (GLAR), a lupus / autoimmune
research registry run with the Menomonee Valley Infusion Center (MVIC) of
Menomonee Valley Health (MVH), 1400 W Canal St, Milwaukee, WI 53233.
One day (2024-03-11, America/Chicago, CDT -05:00) of its SIEM export.

Systems simulated (family names as written in qj.labels.jsonl):
  redcap_log     REDCap project log rows (JSON: log_event_id, pk, data_values)
  econsent_xml   e-consent envelope status callbacks + ID verification (XML)
  httpd_access   Apache combined log of the REDCap server (surveys, record pages)
  lims_logfmt    "BioTrack" biobank LIMS, logfmt (specimens, aliquots, kits)
  freezer_csv    -80C freezer / LN2 monitoring CSV (no PHI)
  chair_pipe     home-grown "ChairBoard" infusion chair scheduler, pipe rows
  hl7v2          HL7 v2.5.1 ADT^A04 / ORU^R01 from Epic, one segment per line
  fhir_json      FHIR R4 resources logged by the integration engine
  pump_syslog    infusion pump gateway, RFC 5424 syslog
  pro_app_json   "Lumi" patient-reported-outcome app backend (pino JSON)
  nginx_api      nginx access log of the PRO app API
  sms_kv         SMS reminder gateway (Twilio-like), key=value, EN/ES bodies
  ivr_vendor     "VoxPRO" IVR symptom line (vendor text format)
  export_csv     collaborator data exports: manifest lines + CSV rows
  syslog         RFC 3164 syslog: sshd, internal-sftp, cron, systemd, postfix
  x12            X12 005010 270/271 eligibility, 999 acks (one line each)
  java_trace     Spring Boot registry-sync service errors + stack traces
  pgaudit        PostgreSQL pgaudit lines of the registry database
  teams_chat     infusion/registry team chat export
  nacha_ach      NACHA fixed-width (94 col) ACH file of participant stipends

Labeling decisions (grey cases):
  * Patients = registry participants and infusion patients. Their relatives,
    legally authorised representatives (parents signing for minors, spouses)
    and emergency contacts are PHI as well (name, phone).
  * Staff (RNs, coordinators, pharmacists, rheumatologists incl. their NPIs),
    collaborators, vendors, MVH/GLAR addresses, phones (+1 414 555 0190 etc.),
    e-mails and server IPs are not PHI; internal 10.x workstation IPs of staff
    are not PHI.
  * Registry subject IDs (GLAR-nnnnn), REDCap record IDs, biobank specimen
    accessions / aliquot barcodes (BB24-...), participant kit IDs (KIT-...),
    ACH individual IDs -> other_id. Freezer box positions, reagent / drug lot
    numbers, shipment IDs, courier tracking numbers, appointment / order /
    Rx row numbers, job IDs and message IDs are not labeled.
  * MVH MRNs and FHIR Patient logical ids -> mrn. Hospital account (HAR) and
    visit numbers, stipend card numbers and bank accounts -> account.
    Values with a bad checksum in a PHI field are still labeled; obvious
    placeholders (000-00-0000, 999999999) are not.
  * Infusion pumps belong to MVIC: pump serial numbers are not PHI. The
    participant's own phone (IDFV device id, push token) and wearable serial
    -> device.
  * Participant IPs (anything reaching participant-facing survey / app
    endpoints from outside) -> ip. Crawlers, monitors, collaborators, staff
    and servers are not.
  * A URL or request path that carries a participant identifier or a
    participant-specific REDCap survey hash is one `url` span covering the
    whole path+query (or whole URL); the ID inside is then not labeled
    separately. The public screening survey link (s=CDTYP4XJ9N) is not PHI.
  * Dates: birth, consent signature, specimen collection, observation,
    admission, appointment, infusion and symptom dates are labeled `date`
    even when on the log day. The record's own emission timestamp (log time,
    MSH-7, EVN-2, X12 ISA/GS/BHT, file creation dates, NACHA dates) is not.
    Year alone is not labeled.
  * Names: one span per name value; "LAST^FIRST^M" in HL7 and "LAST*FIRST" in
    X12 are one span; separate first_name / last_name fields are two spans.
    Patient initials and name fragments in SQL LIKE patterns are `name`.
  * Ages: only >89 labeled. De-identified exports (Safe Harbor to ILCN) use
    salted SHA-256 pseudonyms, year of birth, ZIP3 and age top-coded "90+":
    none of these are labeled. Limited-data-set exports under a DUA carry
    subject IDs, 5-digit ZIPs, city, dates and exact ages: labeled.
  * IVR voiceprint template IDs -> biometric; base64 face image from the
    e-consent ID check -> photo; driver's licence number -> license; parking
    plate / VIN of the patient's car -> vehicle.
  * Last-4 of a card is not labeled; a full PAN is `account`.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import random
import unicodedata
import urllib.parse
from xml.sax.saxutils import escape as xesc

R = random.Random(311_2024)
TZ = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.timezone.utc
TODAY = dt.date(2024, 3, 11)
N_LINES = 500


# ---------------------------------------------------------------- line model
class P:
    """A PHI value to be placed (value, category)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


class O(list):
    """JSON object: list of (key, value)."""


class A(list):
    """JSON array."""


class S(list):
    """A string made of parts (str or P)."""


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.spans = []
        self.pos = 0

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat, raw=None, dec=None):
        s = str(s)
        n = len(s.encode("utf-8"))
        assert n > 0, (s, cat)
        self.spans.append({"s": self.pos, "e": self.pos + n, "cat": cat,
                           "_txt": s, "_raw": s if raw is None else raw, "_dec": dec})
        self.buf.append(s)
        self.pos += n
        return self

    def v(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        if isinstance(x, S):
            for y in x:
                self.v(y)
            return self
        return self.t(x)

    def m(self, *parts):
        for x in parts:
            self.v(x)
        return self

    def text(self):
        return "".join(self.buf)


def J(L, x, ascii_=False, sep=(",", ":")):
    if isinstance(x, O):
        L.t("{")
        for i, (k, v) in enumerate(x):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            J(L, v, ascii_, sep)
        L.t("}")
    elif isinstance(x, A):
        L.t("[")
        for i, v in enumerate(x):
            if i:
                L.t(sep[0])
            J(L, v, ascii_, sep)
        L.t("]")
    elif isinstance(x, S):
        L.t('"')
        for y in x:
            if isinstance(y, P):
                L.p(json.dumps(y.v, ensure_ascii=ascii_)[1:-1], y.cat, y.v, "json")
            else:
                L.t(json.dumps(y, ensure_ascii=ascii_)[1:-1])
        L.t('"')
    elif isinstance(x, P):
        if x.cat.startswith("#"):  # numeric PHI, e.g. age as JSON number
            L.p(x.v, x.cat[1:])
        else:
            L.t('"')
            L.p(json.dumps(x.v, ensure_ascii=ascii_)[1:-1], x.cat, x.v, "json")
            L.t('"')
    elif isinstance(x, str):
        L.t(json.dumps(x, ensure_ascii=ascii_))
    else:
        L.t(json.dumps(x))


def KV(L, items, sep=" ", eq="=", quote="auto"):
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + eq)
        if isinstance(v, S):
            val = "".join(y.v if isinstance(y, P) else y for y in v)
        else:
            val = v.v if isinstance(v, P) else str(v)
        q = quote == "always" or (quote == "auto" and (" " in val or val == "" or "=" in val))
        if q:
            L.t('"')
        L.v(v if isinstance(v, (P, S)) else val)
        if q:
            L.t('"')


def X(L, tag, v, attrs=""):
    L.t("<%s%s>" % (tag, attrs))
    if isinstance(v, P):
        L.p(xesc(v.v), v.cat, v.v, "xml")
    else:
        L.t(xesc(str(v)))
    L.t("</%s>" % tag)


def hl7_field(L, f):
    if f is None or f == "":
        return
    if isinstance(f, list):
        for i, rep in enumerate(f):
            if i:
                L.t("~")
            hl7_field(L, rep)
    elif isinstance(f, tuple):
        for i, c in enumerate(f):
            if i:
                L.t("^")
            hl7_field(L, c)
    else:
        L.v(f)


def hl7(L, name, fields):
    if name == "MSH":
        L.t("MSH|^~\\&")
    else:
        L.t(name)
    for f in fields:
        L.t("|")
        hl7_field(L, f)


# ------------------------------------------------------------ number helpers
def luhn_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(prefix="5", n=16, valid=True):
    body = prefix + digits(n - len(prefix) - 1)
    c = luhn_check(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if not valid:
        g = 0
    return "%03d-%02d-%04d" % (a, g, s)


def mbi():
    AL = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = AL + N
    pat = [N[1:], AL, AN, N, AL, AN, N, AL, AL, N, N]
    return "".join(R.choice(p) for p in pat)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    tr = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(R.choice(["1HG", "2T1", "5YJ", "1FA", "JTD", "3VW", "KNM"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("JKLMNP") + R.choice(chars) + digits(6))
    s = sum(tr[c] * wt for c, wt in zip(v, w))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def aba():
    while True:
        d = [int(x) for x in R.choice(["0719", "0750", "0759", "0420", "0739"]) + digits(4)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def imei():
    b = R.choice(["35", "86", "01"]) + digits(12)
    return b + luhn_check(b)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid_from_rng())


def uuid_from_rng():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ascii_up(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).upper()


def ascii_lo(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def phone_dig():
    return R.choice(["414", "262", "920", "608", "773"]) + str(R.randint(2, 9)) + digits(2) + digits(4)


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return d


def pub_ip():
    a = R.choice([73, 24, 99, 107, 174, 71, 68, 97, 162, 76])
    return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "2600:%s:%s:%s::%s" % tuple(hexs(n).lstrip("0") or "1" for n in (4, 4, 3, 3))


# --------------------------------------------------------------- people
F_FIRST = ["Marisol", "Keisha", "Aaliyah", "Priya", "Siobhán", "Ngozi", "Mei-Ling", "Fatima", "Ximena",
           "Renée", "Destiny", "Hope", "Joy", "Summer", "Faith", "Ebony", "Guadalupe", "Thảo", "Ayesha",
           "Ingrid", "Dolores", "Imani", "Chloé", "Zainab", "Yolanda", "Precious", "April", "Olga", "Soo-jin",
           "Mary Kate", "Lakshmi", "Aroha", "Bernadette", "Winona"]
M_FIRST = ["Darnell", "Tomás", "Rajesh", "Kwame", "Dmitri", "Mateo", "Hiroshi", "Ezekiel", "Bo", "Grant",
           "Miles", "Chase", "Anh", "Olufemi", "Jean-Luc"]
LAST = ["Okafor", "Delgado-Ibáñez", "Nguyễn", "Washington", "Baker", "Rivers", "Wood", "Bishop", "Castellanos",
        "Patel", "O'Brien", "Van der Berg", "Mbeki", "Fernández", "Kowalczyk", "Haddad", "Young", "Street", "Hill",
        "Moss", "Church", "Thibodeaux", "Rosario-Quiñones", "Abernathy", "Banerjee", "Ochoa", "Sato", "Winter",
        "Frost", "Love", "Small", "Friday", "St. Clair", "De la Cruz", "Al-Amin", "Oyelaran-Smith", "MacLeod",
        "Begay", "Yazzie", "Kealoha", "Lindgren", "Wójcik", "Achterberg", "Tran-Whitfield"]
STREETS = ["S 16th St", "N Farwell Ave", "W Greenfield Ave", "E Brady St", "N 76th St", "W Oklahoma Ave",
           "S Kinnickinnic Ave", "N Sherman Blvd", "W Lisbon Ave", "Bluemound Rd", "W National Ave",
           "N Prospect Ave", "Hickory Hollow Ln", "Cty Rd Y", "Oak Leaf Trl", "W Layton Ave", "Lake Dr"]
CITIES = [("Milwaukee", "532"), ("Wauwatosa", "53213"), ("West Allis", "53214"), ("Racine", "53403"),
          ("Kenosha", "53140"), ("Waukesha", "53186"), ("Brookfield", "53045"), ("Cudahy", "53110"),
          ("Oak Creek", "53154"), ("Sheboygan", "53081"), ("Cedarburg", "53012"), ("Greenfield", "53220"),
          ("Menomonee Falls", "53051"), ("Oconomowoc", "53066")]
DX = [("SLE", "M32.14"), ("SLE", "M32.10"), ("SLE", "M32.9"), ("Lupus nephritis", "M32.14"), ("RA", "M05.79"),
      ("Sjogren", "M35.00"), ("SSc", "M34.9"), ("GCA", "M31.6"), ("Myositis", "M33.20"), ("MCTD", "M35.1")]
DRUGS = [("belimumab", "Benlysta", "10 mg/kg", "49401-0101-01"), ("anifrolumab", "Saphnelo", "300 mg", "0310-3040-01"),
         ("rituximab-pvvr", "Ruxience", "1000 mg", "0069-0249-01"), ("cyclophosphamide", "Cytoxan", "500 mg/m2", "0015-0548-41"),
         ("immune globulin", "Gammagard", "2 g/kg", "0944-2700-05"), ("tocilizumab", "Actemra", "8 mg/kg", "50242-0136-01"),
         ("abatacept", "Orencia", "750 mg", "0003-2187-10"), ("infliximab-dyyb", "Inflectra", "5 mg/kg", "0069-0809-01"),
         ("methylprednisolone", "Solu-Medrol", "1 g", "0009-0039-30")]
PAYERS = [("ANTHEM BCBS WI", "00010", "XYW"), ("UNITEDHEALTHCARE", "87726", ""), ("WI MEDICAID FORWARDHEALTH", "WIMCD", ""),
          ("MEDICARE PART B", "WIMCR", ""), ("QUARTZ HEALTH", "39113", "QZ"), ("HUMANA", "61101", "H")]


class Person:
    pass


def make_person(i):
    p = Person()
    female = R.random() < 0.82
    p.sex = "F" if female else "M"
    p.first = R.choice(F_FIRST if female else M_FIRST)
    p.last = R.choice(LAST)
    p.middle = R.choice(["", "", "A", "M", "J", "L", "R"])
    if p.last == "Nguyễn":
        p.first = R.choice(["Thảo", "Lan", "Anh"]) if female else "Anh"
    dx = R.choice(DX)
    if i < 4:
        dx = ("GCA", "M31.6")
    p.dx, p.icd = dx
    if p.dx == "GCA":
        age = R.randint(86, 96) if i >= 2 else R.randint(90, 94)
    elif i in (7, 11):
        age = R.randint(12, 17)  # pediatric lupus, LAR signs
    else:
        age = R.randint(19, 72)
    p.age = age
    p.dob = TODAY - dt.timedelta(days=age * 365 + R.randint(20, 340))
    p.age = (TODAY - p.dob).days // 365 if (TODAY.month, TODAY.day) >= (p.dob.month, p.dob.day) else age
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    city, z = R.choice(CITIES)
    p.city = city
    p.zip = z + digits(2) if len(z) == 3 else z
    p.street = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
    p.apt = R.choice(["", "", "", "Apt 3", "Unit 2B", "Apt 114", "# 7"])
    p.phone = phone_dig()
    p.email = "%s.%s%s@%s" % (ascii_lo(p.first).replace(" ", "").replace("-", ""),
                              ascii_lo(p.last).replace(" ", "").replace("'", "").replace(".", ""),
                              R.choice(["", str(p.dob.year % 100), str(R.randint(1, 99))]),
                              R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "proton.me"]))
    p.mrn = "00" + digits(6)
    p.regid = "GLAR-%05d" % R.randint(120, 2400)
    p.redcap_rec = str(R.randint(100, 2400))
    p.har = str(R.randint(4000000000, 4099999999))
    p.fhir = "e" + b62(22)
    payer = R.choice(PAYERS[:3] + PAYERS[4:]) if p.age < 65 else PAYERS[3]
    p.payer = payer
    if payer[0].startswith("MEDICARE"):
        p.member = mbi()
    elif payer[0].startswith("WI MEDICAID"):
        p.member = digits(10)
    else:
        p.member = payer[2] + digits(9)
    p.ssn = ssn()
    p.dl = "%s%s-%s-%s-%s" % (ascii_up(p.last)[0], digits(3), digits(4), digits(4), digits(2))
    p.plate = "%s%s%s-%s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4))
    p.vin = vin()
    p.idfv = uuid_from_rng().upper()
    p.push = b62(11) + ":APA91b" + b62(40)
    p.wear = R.choice(["FB", "GW", "AW"]) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    p.ip = pub_ip() if R.random() < 0.8 else pub_ip6()
    p.lang = "es" if p.last in ("Delgado-Ibáñez", "Castellanos", "Fernández", "Rosario-Quiñones", "Ochoa", "De la Cruz") \
        or p.first in ("Ximena", "Guadalupe", "Tomás") else "en"
    p.consent_date = TODAY - dt.timedelta(days=R.randint(0, 900))
    p.next_appt = TODAY + dt.timedelta(days=R.randint(0, 27))
    p.appt_time = R.choice(["0730", "0800", "0830", "0930", "1000", "1100", "1230", "1330", "1400"])
    p.drug = R.choice(DRUGS)
    p.chair = "CH%02d" % R.randint(1, 16)
    p.acc = "BB24-%06d" % R.randint(1000, 9999)
    p.kit = "KIT-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    p.survey = "".join(R.choice("ABCDEFGHJKLMNPQRTUVWXY3456789") for _ in range(10))
    p.vp = "VPT:" + hexs(24)
    p.ec_first = R.choice(["Marcus", "Lucia", "Terrence", "Ana", "Devon", "Rahul", "Grace", "Ifeoma", "Pablo", "Ruth"])
    p.ec_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.ec_rel = R.choice(["Spouse", "Mother", "Daughter", "Son", "Sister", "Partner", "Friend"])
    if p.age < 18:
        p.ec_rel = "Mother"
    p.ec_phone = phone_dig()
    p.bank = digits(R.choice([9, 10, 12]))
    p.aba = aba()
    p.card = card("5", 16, valid=R.random() < 0.85)
    p.fax = phone_dig() if p.age > 75 else None
    return p


PEOPLE = [make_person(i) for i in range(38)]

STAFF = [("karnaud", "Kelsey Arnaud", "CRC"), ("dhuang", "Devin Huang", "CRC"), ("msokolova", "Marta Sokolova", "Biobank Tech"),
         ("jpike", "Jordan Pike", "Data Mgr"), ("tgreer", "Tasha Greer", "RN"), ("bnowak", "Bridget Nowak", "RN"),
         ("lcarrillo", "Luz Carrillo", "RN"), ("spetrakis", "Sam Petrakis", "RN"), ("arao", "Anjali Rao", "PharmD"),
         ("gtillman", "Greg Tillman", "RPh")]
DOCS = [("FELDSTEIN", "MIRIAM", npi()), ("ADEYEMI", "OLUWASEUN", npi()), ("BAUTISTA-REYES", "CARLOS", npi()),
        ("LINDQVIST", "HANNAH", npi())]
ORG_NPI = npi()
ORG_PHONE = "+14145550190"
STAFF_IPS = ["10.40.12.%d" % R.randint(10, 250) for _ in range(6)]
SRV = {"redcap": "10.40.2.15", "sftp_pub": "198.51.100.24", "pro_lb": "10.60.0.4", "ilcn": "203.0.113.77",
       "lgc": "192.0.2.141", "mon": "10.40.0.9"}
COLLAB = [("ILCN", "Intl Lupus Cohort Network", "DUA-2023-117", "SH"), ("LGC", "Lakeshore Genomics Core", "DUA-2024-009", "LDS")]

used_people = []


def pick():
    # favour a working set so that the same people recur across systems
    if used_people and R.random() < 0.55:
        return R.choice(used_people)
    p = R.choice(PEOPLE)
    used_people.append(p)
    return p


def iso_z(t, ms=True):
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % R.randint(0, 999) if ms else "Z")


def iso_local(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % R.randint(0, 999) if ms else "") + "-05:00"


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def sys_ts(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def pname_hl7(p):
    return "%s^%s%s" % (ascii_up(p.last), ascii_up(p.first), ("^" + p.middle) if p.middle else "")


# ======================================================= family generators
def g_redcap(t):
    L = Line("redcap_log")
    user = R.choice(STAFF[:4])
    phi = R.random() < 0.5
    items = [("log_event_id", R.randint(88000000, 88999999)), ("project_id", 187), ("ts", t.strftime("%Y%m%d%H%M%S")),
             ("user", user[0]), ("ip", R.choice(STAFF_IPS))]
    if phi:
        p = pick()
        kind = R.choice(["consent", "demo", "sledai", "contact", "lar", "addr", "note", "w9"])
        ev = R.choice(["enrollment_arm_1", "baseline_arm_1", "month_12_arm_1", "flare_visit_arm_1"])
        if kind == "consent":
            dv = S(["consent_sig_date = '", P(p.consent_date.isoformat(), "date"),
                    "',\neconsent_version = '4.2',\nbiobank_optin = '1',\nrecontact_ok = '%s'" % R.choice("01")])
            form = "econsent_main" if p.lang == "en" else "econsent_main_es"
        elif kind == "demo":
            dv = S(["first_name = '", P(p.first, "name"), "',\nlast_name = '", P(p.last, "name"), "',\ndob = '",
                    P(p.dob.isoformat(), "date"), "',\nsex = '%s',\nrace___3 = '1'" % ("2" if p.sex == "F" else "1")])
            form = "demographics"
        elif kind == "sledai":
            vd = TODAY - dt.timedelta(days=R.randint(0, 20))
            dv = S(["sledai_visit_date = '", P(vd.isoformat(), "date"), "',\nsledai_total = '%d',\nsledai_arthritis = '%s',\n"
                    "sledai_low_compl = '2',\nsledai_dsdna = '2',\nphysician_global = '%.1f'" %
                    (R.randint(2, 18), R.choice(["0", "4"]), R.uniform(0.3, 2.4))])
            form = "sledai2k"
        elif kind == "contact":
            parts = ["email = '", P(p.email, "email"), "',\nphone_mobile = '", P(fmt_phone(p.phone, 1), "phone"), "'"]
            if p.fax:
                parts += [",\nalt_fax = '", P(fmt_phone(p.fax, 1), "fax"), "'"]
            parts += [",\npref_contact = '%s'" % R.choice(["sms", "email", "phone"])]
            dv = S(parts)
            form = "contact_info"
        elif kind == "lar":
            dv = S(["lar_name = '", P("%s %s" % (p.ec_first, p.ec_last), "name"), "',\nlar_relationship = '",
                    p.ec_rel.lower(), "',\nlar_phone = '", P(fmt_phone(p.ec_phone, 0), "phone"), "'"])
            form = "lar_consent"
        elif kind == "addr":
            dv = S(["addr_street = '", P(p.street + ((" " + p.apt) if p.apt else ""), "address"), "',\naddr_city = '",
                    P(p.city, "address"), "',\naddr_state = 'WI',\naddr_zip = '", P(p.zip, "zip"), "'"])
            form = "contact_info"
        elif kind == "w9":
            dv = S(["payee_ssn = '", P(p.ssn if R.random() < 0.85 else p.ssn.replace("-", ""), "ssn"),
                    "',\nstipend_method = 'clincard',\nw9_received = '1',\nytd_stipend = '%d'" % R.choice([300, 450, 600, 650])])
            form = "stipend_tracking"
        else:
            dv = S(["coord_note = 'Pt called ", P(fmt_phone(p.phone, 1), "phone"),
                    " re: travel reimb, mileage from ", P(p.city, "address"), " ok per PI'"])
            form = "study_contact_log"
        items += [("page", "DataEntry/index.php"), ("event", "UPDATE"), ("object_type", "redcap_data"),
                  ("pk", P(p.regid if R.random() < 0.7 else p.redcap_rec, "other_id")), ("event_id", R.randint(610, 640)),
                  ("data_values", dv), ("description", "Update record"), ("change_reason", None),
                  ("arm_event", ev), ("form_name", form)]
    else:
        kind = R.choice(["login", "dd", "invite", "dq", "api", "design"])
        if kind == "login":
            items += [("page", "index.php"), ("event", "OTHER"), ("object_type", None), ("pk", None),
                      ("data_values", None), ("description", "Login successful (2FA: Duo push)")]
        elif kind == "dd":
            items += [("page", "Design/data_dictionary_download.php"), ("event", "DATA_EXPORT"), ("object_type", "redcap_metadata"),
                      ("pk", None), ("data_values", None), ("description", "Download data dictionary")]
        elif kind == "invite":
            items[3] = ("user", "SYSTEM")
            items += [("page", "cron.php"), ("event", "OTHER"), ("object_type", "redcap_surveys_scheduler_queue"), ("pk", None),
                      ("data_values", "instrument = 'promis29_monthly', sent = %d, failed = %d" % (R.randint(3, 40), R.randint(0, 2))),
                      ("description", "Send scheduled survey invitations (ASI)")]
        elif kind == "dq":
            items += [("page", "DataQuality/execute_ajax.php"), ("event", "OTHER"), ("object_type", "redcap_data_quality_rules"),
                      ("pk", None), ("data_values", "rule_id = %d, discrepancies = %d" % (R.randint(1, 12), R.randint(0, 9))),
                      ("description", "Execute data quality rule")]
        elif kind == "api":
            items[3] = ("user", "svc_pro_sync")
            items[4] = ("ip", SRV["pro_lb"])
            items += [("page", "API/index.php"), ("event", "DATA_EXPORT"), ("object_type", "redcap_data"), ("pk", None),
                      ("data_values", "content = 'record', format = 'json', fields = 'promis_*', records = %d" % R.randint(0, 60)),
                      ("description", "Export records (API)")]
        else:
            items += [("page", "Design/edit_field.php"), ("event", "MANAGE"), ("object_type", "redcap_metadata"), ("pk", None),
                      ("data_values", "field_name = '%s', form = 'econsent_main'" % R.choice(["recontact_method", "future_use_ok", "genomic_share"])),
                      ("description", "Edit project field")]
    J(L, O(items), ascii_=R.random() < 0.3, sep=(", ", ": "))
    return [L]


def g_econsent_id(t):
    return g_econsent(t, force_id=True)


def g_econsent(t, force_id=False):
    L = Line("econsent_xml")
    phi = force_id or R.random() < 0.65
    env = uuid_from_rng()
    if phi:
        p = pick()
        kind = R.random()
        L.t('<?xml version="1.0" encoding="UTF-8"?><DocuSignEnvelopeInformation><EnvelopeStatus>')
        X(L, "EnvelopeID", env)
        X(L, "Status", "Completed")
        X(L, "StatusChanged", iso_local(t, False))
        L.t("<RecipientStatuses><RecipientStatus>")
        X(L, "Type", "Signer")
        X(L, "RoutingOrder", "1")
        if p.age < 18:
            X(L, "UserName", P("%s %s" % (p.ec_first, p.ec_last), "name"))
            X(L, "Email", P("%s.%s@%s" % (ascii_lo(p.ec_first), ascii_lo(p.ec_last).replace(" ", "").replace("'", ""), "gmail.com"), "email"))
            X(L, "RoleName", "LAR (parent/guardian)")
        else:
            X(L, "UserName", P("%s %s" % (p.first, p.last), "name"))
            X(L, "Email", P(p.email, "email"))
            X(L, "RoleName", "Participant")
        L.t("<Signed>")
        sd = dt.datetime.combine(p.consent_date, dt.time(R.randint(8, 20), R.randint(0, 59), R.randint(0, 59)))
        L.p(sd.strftime("%Y-%m-%dT%H:%M:%S"), "date")
        L.t("</Signed>")
        if kind < 0.35 or force_id:
            L.t("<IDCheckInformation><DocumentType>US_DL_WI</DocumentType>")
            X(L, "DocumentNumber", P(p.dl, "license"))
            L.t("<FaceMatch score=\"0.%d\"/><Selfie mime=\"image/jpeg\">" % R.randint(81, 99))
            raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(R.randrange(256) for _ in range(60))
            L.p(base64.b64encode(raw).decode(), "photo")
            L.t("</Selfie></IDCheckInformation>")
        L.t("</RecipientStatus><RecipientStatus>")
        X(L, "Type", "CarbonCopy")
        st = R.choice(STAFF[:2])
        X(L, "UserName", st[1])
        X(L, "Email", "%s@glar.mvhealth.org" % st[0])
        L.t("</RecipientStatus></RecipientStatuses><CustomFields>")
        L.t('<CustomField><Name>redcap_record</Name><Value>')
        L.p(p.regid, "other_id")
        L.t("</Value></CustomField>")
        L.t("<CustomField><Name>template</Name><Value>GLAR Main Consent v4.2 %s</Value></CustomField>" % p.lang.upper())
        L.t("</CustomFields></EnvelopeStatus></DocuSignEnvelopeInformation>")
    else:
        st = R.choice(STAFF[:4])
        act = R.choice(["Published", "Sent", "Voided", "Delivered"])
        if act in ("Published",):
            L.t("<TemplateEvent>")
            X(L, "TemplateID", uuid_from_rng())
            X(L, "Name", R.choice(["GLAR Main Consent v4.2 EN", "GLAR Main Consent v4.2 ES", "Biobank Optional Consent v3.1",
                                   "Pediatric Assent 7-11 v2.0"]))
            X(L, "Action", act)
            X(L, "By", st[1])
            X(L, "At", iso_local(t, False))
            L.t("</TemplateEvent>")
        else:
            L.t('<?xml version="1.0" encoding="UTF-8"?><DocuSignEnvelopeInformation><EnvelopeStatus>')
            X(L, "EnvelopeID", env)
            X(L, "Status", act)
            X(L, "StatusChanged", iso_local(t, False))
            X(L, "ACStatus", "Original")
            X(L, "Subject", "Please sign: Great Lakes Autoimmune Registry consent")
            X(L, "SenderUserName", st[1])
            X(L, "SenderEmail", "%s@glar.mvhealth.org" % st[0])
            L.t("</EnvelopeStatus></DocuSignEnvelopeInformation>")
    return [L]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
REDCAP_V = "redcap_v14.0.12"


def g_httpd(t):
    L = Line("httpd_access")
    r = R.random()
    if r < 0.22:
        p = pick()
        L.p(p.ip, "ip")
        L.t(' - - [%s] "%s ' % (clf(t), R.choice(["GET", "POST"])))
        L.p("/surveys/?s=" + p.survey, "url")
        L.t(' HTTP/1.1" %d %d "-" "%s"' % (R.choice([200, 200, 302]), R.randint(9000, 64000), R.choice(UAS)))
    elif r < 0.32:
        p = pick()
        L.t('%s - %s [%s] "GET ' % (R.choice(STAFF_IPS), R.choice(STAFF[:4])[0], clf(t)))
        L.p("/%s/DataEntry/record_home.php?pid=187&id=%s" % (REDCAP_V, p.regid), "url")
        L.t(' HTTP/1.1" 200 %d "https://redcap.glar.mvhealth.org/%s/DataEntry/record_status_dashboard.php?pid=187" "%s"'
            % (R.randint(40000, 90000), REDCAP_V, UAS[2]))
    elif r < 0.4:
        p = pick()
        L.p(p.ip, "ip")
        L.t(' - - [%s] "GET /%s/Resources/js/Libraries/jquery.min.js?%s HTTP/1.1" 200 %d "https://redcap.glar.mvhealth.org/surveys/" "%s"'
            % (clf(t), REDCAP_V, hexs(8), R.randint(80000, 90000), R.choice(UAS[:2])))
    else:
        kind = R.choice(["static", "bot", "mon", "api", "public", "dash"])
        if kind == "static":
            L.t('%s - - [%s] "GET /%s/Resources/css/style.css HTTP/1.1" 304 - "-" "%s"' % (R.choice(STAFF_IPS), clf(t), REDCAP_V, UAS[2]))
        elif kind == "bot":
            L.t('66.249.66.%d - - [%s] "GET /robots.txt HTTP/1.1" 200 26 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"'
                % (R.randint(1, 200), clf(t)))
        elif kind == "mon":
            L.t('%s - - [%s] "HEAD /%s/index.php HTTP/1.1" 200 - "-" "Zabbix 6.4.11"' % (SRV["mon"], clf(t), REDCAP_V))
        elif kind == "api":
            L.t('%s - - [%s] "POST /api/ HTTP/1.1" 200 %d "-" "python-requests/2.31.0"' % (SRV["pro_lb"], clf(t), R.randint(200, 90000)))
        elif kind == "public":
            L.t('%s - - [%s] "GET /surveys/?s=CDTYP4XJ9N&__theme=glar HTTP/1.1" 200 %d "https://www.glar-registry.org/join" "%s"'
                % (SRV["mon"], clf(t), R.randint(20000, 30000), "Pingdom.com_bot_version_1.4"))
        else:
            L.t('%s - %s [%s] "GET /%s/DataEntry/record_status_dashboard.php?pid=187&pagenum=%d HTTP/1.1" 200 %d "-" "%s"'
                % (R.choice(STAFF_IPS), R.choice(STAFF[:4])[0], clf(t), REDCAP_V, R.randint(1, 9), R.randint(90000, 300000), UAS[3]))
    return [L]


def g_lims(t):
    L = Line("lims_logfmt")
    base = [("ts", iso_z(t)), ("level", "info"), ("svc", "biotrack"), ("host", "bt-app02")]
    phi = R.random() < 0.55
    if phi:
        p = pick()
        ev = R.choice(["specimen.received", "aliquot.created", "kit.issued", "specimen.shipped", "consent.check"])
        coll = dt.datetime.combine(TODAY - dt.timedelta(days=R.choice([0, 0, 0, 1, 3])), dt.time(R.randint(7, 15), R.randint(0, 59)))
        if ev == "specimen.received":
            items = base + [("evt", ev), ("accession", P(p.acc, "other_id")), ("ppid", P(p.regid, "other_id")),
                            ("type", R.choice(["PLASMA_EDTA", "SERUM", "PAXGENE_RNA", "PBMC", "URINE"])),
                            ("vol_ul", R.choice([500, 1000, 2500, 8500])), ("collected", P(coll.strftime("%Y-%m-%d %H:%M"), "date")),
                            ("site", "MVIC-INF"), ("tech", "msokolova"), ("tube_lot", "EDTA-L%05dK" % R.randint(10000, 99999))]
        elif ev == "aliquot.created":
            n = R.randint(1, 8)
            items = base + [("evt", ev), ("parent", P(p.acc, "other_id")), ("barcode", P("%s-A%02d" % (p.acc, n), "other_id")),
                            ("vol_ul", 250), ("box", "F%02d/R%d/B%02d" % (R.randint(1, 6), R.randint(1, 5), R.randint(1, 20))),
                            ("pos", "%s%d" % (R.choice("ABCDEFGHI"), R.randint(1, 9))), ("tech", R.choice(["msokolova", "jpike"]))]
        elif ev == "kit.issued":
            items = base + [("evt", ev), ("kit_id", P(p.kit, "other_id")), ("ppid", P(p.regid, "other_id")),
                            ("kit_type", "HOME_URINE_v2"), ("ship_to", "participant_home"), ("carrier", "USPS"),
                            ("tracking", "9400 1112 0%s %s %s" % (digits(3), digits(4), digits(4)))]
        elif ev == "specimen.shipped":
            items = base + [("evt", ev), ("shipment", "SHP-20240311-%02d" % R.randint(1, 9)), ("accession", P(p.acc, "other_id")),
                            ("aliquots", R.randint(1, 4)), ("dest", "LGC"), ("courier", "FedEx"),
                            ("awb", "7749%s" % digits(8)), ("temp", "dry_ice")]
        else:
            items = base + [("evt", ev), ("ppid", P(p.regid, "other_id")), ("biobank_optin", R.choice(["true", "false"])),
                            ("genomic_share", R.choice(["true", "false"])), ("consent_dt", P(p.consent_date.isoformat(), "date")),
                            ("result", "OK")]
    else:
        ev = R.choice(["qc.run", "freezer.audit", "shipment.manifest", "box.moved", "reagent.received", "sync.redcap"])
        if ev == "qc.run":
            items = base + [("evt", ev), ("assay", "Qubit dsDNA HS"), ("run", "QC-%s" % hexs(6)), ("samples", R.randint(8, 96)),
                            ("pass", "true"), ("lot", "Q33231-%d" % R.randint(2000, 2999))]
        elif ev == "freezer.audit":
            items = base + [("evt", ev), ("freezer", "F%02d" % R.randint(1, 6)), ("boxes", R.randint(40, 120)),
                            ("discrepancies", R.randint(0, 2)), ("auditor", "msokolova")]
        elif ev == "shipment.manifest":
            items = base + [("evt", ev), ("shipment", "SHP-20240311-%02d" % R.randint(1, 9)), ("dest", "Lakeshore Genomics Core"),
                            ("aliquots", R.randint(24, 96)), ("manifest_sha1", hexs(40)), ("dua", "DUA-2024-009")]
        elif ev == "box.moved":
            items = base + [("evt", ev), ("box", "F%02d/R%d/B%02d" % (R.randint(1, 6), R.randint(1, 5), R.randint(1, 20))),
                            ("to", "F%02d/R%d/B%02d" % (R.randint(1, 6), R.randint(1, 5), R.randint(1, 20))), ("reason", "defrost_F03")]
        elif ev == "reagent.received":
            items = base + [("evt", ev), ("item", "PAXgene Blood RNA Tube"), ("cat", "762165"), ("lot", "%d%s" % (R.randint(1000, 9999), R.choice("ABCD"))),
                            ("exp", "2025-0%d-30" % R.randint(1, 9)), ("qty", R.choice([100, 200]))]
        else:
            items = base + [("evt", ev), ("pulled", R.randint(0, 30)), ("updated", R.randint(0, 20)), ("dur_ms", R.randint(300, 9000))]
    KV(L, items)
    return [L]


def g_freezer(t):
    L = Line("freezer_csv")
    fz = R.choice([("RS-FRZ-01", "-80 ULT Thermo TSX600", -80), ("RS-FRZ-04", "-80 ULT PHCbi VIP", -80),
                   ("RS-LN2-02", "LN2 Dewar MVE 1536", -190), ("RS-FRG-07", "Pharmacy fridge Helmer iPR256", 5)])
    val = fz[2] + R.uniform(-2.5, 2.5)
    st = "OK" if abs(val - fz[2]) < 2.2 else "WARN"
    L.t("%s,%s,%s,%.1f,C,%s,door=%s,probe=PT100-%d,fw=4.%d.%d" % (iso_local(t, False), fz[0], fz[1], val, st,
                                                               R.choice(["closed", "closed", "open"]), R.randint(1000, 3000),
                                                               R.randint(1, 9), R.randint(0, 20)))
    return [L]


def g_chair(t):
    L = Line("chair_pipe")
    phi = R.random() < 0.6
    head = "CHB|v2|%s|" % t.strftime("%Y-%m-%d %H:%M:%S")
    if phi:
        p = pick()
        kind = R.choice(["SCHED", "SCHED", "ARRIVE", "START", "RESCHED", "PARKVAL"])
        L.t(head + kind + "|")
        if kind in ("SCHED", "RESCHED"):
            L.t(p.chair + "|")
            L.p(p.next_appt.isoformat(), "date")
            L.t("|%s|%d|MRN:" % (p.appt_time, R.choice([60, 90, 120, 180, 240])))
            L.p(p.mrn, "mrn")
            L.t("|")
            L.p(ascii_up(p.last) + "," + ascii_up(p.first), "name")
            L.t("|%s %s IV|%s|RN:%s|STATUS=%s|GLAR=%s" % (p.drug[0].upper(), p.drug[2].upper(), R.choice(["q4w", "q2w x2", "once", "q6mo"]),
                                                         R.choice(STAFF[4:8])[0].upper(), "BOOKED" if kind == "SCHED" else "MOVED",
                                                         R.choice("YN")))
        elif kind in ("ARRIVE", "START"):
            L.t(p.chair + "|MRN:")
            L.p(p.mrn, "mrn")
            L.t("|%s=%s|wt_kg=%.1f|" % ("arr" if kind == "ARRIVE" else "start", t.strftime("%H:%M"), R.uniform(45, 120)))
            L.t("pump=%s|rx=RX%d" % ("ALR-%d" % R.randint(8000000, 8999999), R.randint(7000000, 7999999)))
        else:
            L.t("MRN:")
            L.p(p.mrn, "mrn")
            L.t("|plate=WI:")
            L.p(p.plate, "vehicle")
            L.t("|garage=P2|hrs=%d|code=VAL%s" % (R.randint(2, 6), digits(5)))
    else:
        kind = R.choice(["CHAIR", "UTIL", "DRUGPREP", "CHAIR"])
        L.t(head + kind + "|")
        if kind == "CHAIR":
            L.t("CH%02d|%s|turnover=%dm" % (R.randint(1, 16), R.choice(["CLEAN", "DIRTY", "OOS-BIOMED", "READY"]), R.randint(8, 25)))
        elif kind == "UTIL":
            L.t("%s|chairs=16|booked=%d|util=%.2f|noshow=%d" % (TODAY.isoformat(), R.randint(9, 16), R.uniform(0.55, 0.98), R.randint(0, 3)))
        else:
            d = R.choice(DRUGS)
            L.t("RX%d|%s|%s|lot=%s|exp=2025-%02d|bud=%dh|pharm=%s" % (R.randint(7000000, 7999999), d[1].upper(), d[3],
                                                                      "%s%d" % (R.choice(["4H", "AB", "P2"]), R.randint(1000, 9999)),
                                                                      R.randint(1, 12), R.choice([4, 8, 24]), R.choice(STAFF[8:])[0].upper()))
    return [L]


def g_hl7(t):
    p = pick()
    out = []
    typ = R.choice(["ADT^A04^ADT_A01", "ORU^R01^ORU_R01"])
    cid = "MVH%s" % digits(9)
    L = Line("hl7v2")
    hl7(L, "MSH", ["EPIC", "MVH", "GLARSYNC" if typ.startswith("ORU") else "CHAIRBOARD", "MVIC", hl7ts(t), "", typ, cid, "P", "2.5.1"])
    out.append(L)
    if typ.startswith("ADT"):
        L = Line("hl7v2")
        hl7(L, "EVN", ["A04", hl7ts(t), "", "", (R.choice(STAFF[4:8])[0].upper(),)])
        out.append(L)
    L = Line("hl7v2")
    addr = (P(ascii_up(p.street), "address"), P(ascii_up(p.apt), "address") if p.apt else "", P(ascii_up(p.city), "address"), "WI",
            P(p.zip, "zip"), "USA", "H")
    pid = ["1", "", [(P(p.mrn, "mrn"), "", "", "MVH", "MR"), (P(p.regid, "other_id"), "", "", "GLAR", "RI")], "",
           P(pname_hl7(p), "name"), "", P(p.dob.strftime("%Y%m%d"), "date"), p.sex, "", "", addr, "",
           (P(fmt_phone(p.phone, 0).replace(" ", ""), "phone"), "PRN", "PH"), "", R.choice(["ENG", "SPA"]) if p.lang == "en" else "SPA",
           R.choice(["S", "M", "D"]), "", P(p.har, "account"), P(p.ssn, "ssn") if R.random() < 0.75 else "000-00-0000"]
    if typ.startswith("ORU"):
        pid = pid[:8]
    hl7(L, "PID", pid)
    out.append(L)
    if typ.startswith("ADT"):
        if R.random() < 0.7:
            L = Line("hl7v2")
            hl7(L, "NK1", ["1", P("%s^%s" % (ascii_up(p.ec_last), ascii_up(p.ec_first)), "name"), (p.ec_rel[:3].upper(), p.ec_rel), "",
                           P(fmt_phone(p.ec_phone, 0).replace(" ", ""), "phone"), "", ("EC", "Emergency Contact")])
            out.append(L)
        L = Line("hl7v2")
        d = R.choice(DOCS)
        adm = (t - dt.timedelta(minutes=R.randint(1, 25))).replace(tzinfo=None)
        hl7(L, "PV1", ["1", "O", ("MVIC", p.chair, "01"), "", "", "", (d[2], d[0], d[1], "", "", "", "MD"), "", "", "INF", "", "", "", "",
                       "", "", "", "", P(str(R.randint(70000000, 79999999)), "account"), "", "", "", "", "", "", "", "", "", "", "", "", "",
                       "", "", "", "", "", "", "", "", "", "", "", P(adm.strftime("%Y%m%d%H%M"), "date")])
        out.append(L)
        L = Line("hl7v2")
        py = p.payer
        hl7(L, "IN1", ["1", (py[1], py[0]), py[1], py[0], ("PO BOX %d" % R.randint(1000, 109999), "", R.choice(["ATLANTA", "MADISON", "LOUISVILLE"]),
                                                               R.choice(["GA", "WI", "KY"]), str(R.randint(30000, 59999))),
                       "", "", "", "", "", "", "", "", "", "", P(pname_hl7(p), "name"), "SEL", P(p.dob.strftime("%Y%m%d"), "date"),
                       "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", P(p.member, "health_plan")])
        out.append(L)
    else:
        coll = dt.datetime.combine(TODAY - dt.timedelta(days=R.choice([0, 1, 2])), dt.time(R.randint(7, 11), R.randint(0, 59)))
        L = Line("hl7v2")
        d = R.choice(DOCS)
        hl7(L, "OBR", ["1", "ORD%s" % digits(8), "LAB%s" % digits(8), ("LUPPNL", "Lupus activity panel", "L"), "", "",
                       P(coll.strftime("%Y%m%d%H%M"), "date"), "", "", "", "", "", "", "", "", (d[2], d[0], d[1]), "", "", "", "", "",
                       hl7ts(t), "", "", "F"])
        out.append(L)
        tests = [("5130-0", "DNA double strand Ab", "IU/mL", "<30", lambda: str(R.randint(5, 400))),
                 ("4485-9", "C3", "mg/dL", "90-180", lambda: str(R.randint(40, 160))),
                 ("4498-2", "C4", "mg/dL", "10-40", lambda: str(R.randint(3, 35))),
                 ("2890-2", "Protein/Creat Ur", "mg/g", "<150", lambda: str(R.randint(60, 3200))),
                 ("6690-2", "WBC", "10*3/uL", "4.0-11.0", lambda: "%.1f" % R.uniform(2.1, 9.9))]
        for i, tst in enumerate(R.sample(tests, R.randint(2, 4)), 1):
            L = Line("hl7v2")
            val = tst[4]()
            fields = [str(i), "NM", (tst[0], tst[1], "LN"), "", val, tst[2], tst[3], R.choice(["", "H", "L", "N"]), "", "", "F"]
            if R.random() < 0.4:
                fields += ["", "", P(coll.strftime("%Y%m%d%H%M"), "date")]
            hl7(L, "OBX", fields)
            out.append(L)
    return out


def g_fhir(t):
    L = Line("fhir_json")
    phi = R.random() < 0.52
    asc = R.random() < 0.4
    if phi:
        p = pick()
        kind = R.choice(["MA", "MA", "Patient", "Appointment"])
        if kind == "MA":
            d = p.drug
            dur = R.choice([30, 60, 90, 120, 210])
            en = (t - dt.timedelta(minutes=R.randint(2, 90))).replace(tzinfo=None)
            st = en - dt.timedelta(minutes=dur)
            if st.hour < 7:  # late charting of yesterday's chair
                st = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(R.randint(8, 14), R.choice([0, 15, 30, 45])))
                en = st + dt.timedelta(minutes=dur)
            res = O([("resourceType", "MedicationAdministration"), ("id", "ma-" + hexs(12)), ("status", "completed"),
                     ("medicationCodeableConcept", O([("coding", A([O([("system", "http://hl7.org/fhir/sid/ndc"), ("code", d[3]),
                                                                       ("display", "%s (%s)" % (d[1], d[0]))])]))])),
                     ("subject", O([("reference", S(["Patient/", P(p.fhir, "mrn")])), ("display", P("%s %s" % (p.first, p.last), "name"))])),
                     ("effectivePeriod", O([("start", P(st.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")),
                                            ("end", P(en.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"))])),
                     ("performer", A([O([("actor", O([("reference", "Practitioner/" + b62(10)),
                                                       ("display", "%s RN" % R.choice(STAFF[4:8])[1])]))])])),
                     ("dosage", O([("route", O([("text", "IV")])), ("dose", O([("value", R.randint(200, 1200)), ("unit", "mg")]))]))])
        elif kind == "Patient":
            tele = [O([("system", "phone"), ("value", P(fmt_phone(p.phone, 0), "phone")), ("use", "mobile")]),
                    O([("system", "email"), ("value", P(p.email, "email"))])]
            if p.fax:
                tele.append(O([("system", "fax"), ("value", P(fmt_phone(p.fax, 0), "fax")), ("use", "home")]))
            line = [P(p.street, "address")] + ([P(p.apt, "address")] if p.apt else [])
            res = O([("resourceType", "Patient"), ("id", P(p.fhir, "mrn")),
                     ("identifier", A([O([("system", "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14"), ("value", P(p.mrn, "mrn"))]),
                                       O([("system", "https://glar-registry.org/fhir/sid/subject"), ("value", P(p.regid, "other_id"))])])),
                     ("name", A([O([("family", P(p.last, "name")), ("given", A([P(p.first, "name")]))])])),
                     ("telecom", A(tele)), ("gender", "female" if p.sex == "F" else "male"),
                     ("birthDate", P(p.dob.isoformat(), "date")),
                     ("address", A([O([("line", A(line)), ("city", P(p.city, "address")), ("state", "WI"),
                                       ("postalCode", P(p.zip, "zip"))])]))])
        else:
            st = dt.datetime.strptime(p.next_appt.isoformat() + p.appt_time, "%Y-%m-%d%H%M")
            res = O([("resourceType", "Appointment"), ("id", "apt-%d" % R.randint(3000000, 3999999)), ("status", "booked"),
                     ("serviceType", A([O([("text", "Infusion - %s" % p.drug[1])])])),
                     ("start", P(st.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")), ("minutesDuration", R.choice([60, 120, 180])),
                     ("participant", A([O([("actor", O([("reference", S(["Patient/", P(p.fhir, "mrn")])),
                                                        ("display", P("%s, %s" % (p.last, p.first), "name"))])), ("status", "accepted")]),
                                        O([("actor", O([("reference", "Location/mvic-%s" % p.chair.lower()), ("display", "MVIC Chair %s" % p.chair[2:])])),
                                           ("status", "accepted")])]))])
        J(L, O([("ts", iso_z(t)), ("level", "INFO"), ("logger", "engine.fhir.outbound"), ("channel", "EPIC_TO_GLAR"),
                ("http", "PUT" if kind != "MA" else "POST"), ("status", R.choice([200, 201])), ("resource", res)]), asc)
    else:
        kind = R.choice(["meta", "medication", "oo", "bundle"])
        if kind == "meta":
            res = O([("resourceType", "CapabilityStatement"), ("fhirVersion", "4.0.1"), ("software", O([("name", "HAPI FHIR Server"), ("version", "6.10.2")])),
                     ("status", "active")])
        elif kind == "medication":
            d = R.choice(DRUGS)
            res = O([("resourceType", "Medication"), ("id", "med-" + hexs(8)), ("code", O([("coding", A([O([("system", "http://hl7.org/fhir/sid/ndc"), ("code", d[3]), ("display", d[1])])]))])),
                     ("batch", O([("lotNumber", "%s%d" % (R.choice(["4H", "AB", "P2", "TX"]), R.randint(1000, 9999))), ("expirationDate", "2025-%02d-28" % R.randint(1, 12))]))])
        elif kind == "oo":
            res = O([("resourceType", "OperationOutcome"), ("issue", A([O([("severity", "warning"), ("code", "throttled"),
                                                                           ("diagnostics", "429 from upstream, retry-after=%d" % R.randint(2, 30))])]))])
        else:
            res = O([("resourceType", "Bundle"), ("type", "searchset"), ("total", 0), ("link", A([O([("relation", "self"),
                    ("url", "https://fhir.mvhealth.org/R4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|%s" % R.choice(DOCS)[2])])]))])
        J(L, O([("ts", iso_z(t)), ("level", "INFO" if kind != "oo" else "WARN"), ("logger", "engine.fhir.outbound"), ("channel", "EPIC_TO_GLAR"),
                ("http", "GET"), ("status", 200 if kind != "oo" else 429), ("resource", res)]), asc)
    return [L]


def g_pump(t):
    L = Line("pump_syslog")
    sn = str(R.randint(12000000, 12999999))
    k = R.random()
    assoc = R.random() < 0.28
    msgid, pri = ("ASSOC", 134) if assoc else ("INFUSION", 134) if k < 0.4 else ("ALARM", 131) if k < 0.7 else ("STATUS", 135)
    L.t("<%d>1 %s pumpgw01.mvic.mvhealth.org alaris-gw %d %s " % (pri, iso_local(t), R.randint(2000, 2400), msgid))
    L.t('[meta sn="%s" chan="%s" sw="12.3.%d"] ' % (sn, R.choice("ABCD"), R.randint(0, 5)))
    if assoc:
        p = pick()
        L.t("assoc patient_id=")
        L.p(p.mrn, "mrn")
        L.t(" chair=%s order=RX%d bcma=OK user=%s" % (p.chair, R.randint(7000000, 7999999), R.choice(STAFF[4:8])[0]))
    else:
        d = R.choice(DRUGS)
        if k < 0.4:
            L.t('event=INFUSION_START drug="%s" rate_mlh=%d vtbi_ml=%d guardrails=MVIC-INF-2024Q1 care_area=INFUSION' % (d[0], R.randint(25, 250), R.choice([100, 250, 500])))
        elif k < 0.7:
            L.t("event=ALARM code=%s desc=\"%s\" silenced_s=%d" % R.choice([("AIL", "Air in line", R.randint(5, 60)), ("OCC_DN", "Downstream occlusion", R.randint(5, 60)),
                                                                             ("VTBI_DONE", "Infusion complete", 0)]))
        else:
            L.t("event=HEARTBEAT batt=%d%% wifi_rssi=-%d ip=10.71.%d.%d lib=MVIC-INF-2024Q1" % (R.randint(20, 100), R.randint(40, 80), R.randint(0, 3), R.randint(2, 250)))
    return [L]


def g_pro(t):
    L = Line("pro_app_json")
    phi = R.random() < 0.55
    items = [("level", 30), ("time", int(t.timestamp() * 1000) + R.randint(0, 999)), ("pid", R.randint(20, 90)),
             ("hostname", "lumi-api-%s-%s" % (hexs(9), b62(5).lower())), ("reqId", "req-" + b62(6))]
    if phi:
        p = pick()
        k = R.choice(["submit", "submit", "register", "diary", "sync", "flare"])
        if k == "submit":
            inst = R.choice(["PROMIS-29", "LupusPRO v1.8", "FACIT-Fatigue", "RAPID3", "LupusQoL"])
            items += [("participantId", P(p.regid, "other_id")), ("deviceId", P(p.idfv, "device")), ("appVersion", "3.8.1 (1142)"),
                      ("instrument", inst), ("score", round(R.uniform(10, 70), 1)), ("msg", "survey submitted")]
        elif k == "register":
            items += [("participantId", P(p.regid, "other_id")), ("deviceId", P(p.idfv, "device")), ("pushToken", P(p.push, "device")),
                      ("os", R.choice(["iOS 17.3.1", "Android 14"])), ("clientIp", P(p.ip, "ip")), ("msg", "device registered")]
        elif k == "diary":
            dd = TODAY - dt.timedelta(days=R.randint(1, 12))
            sym = R.choice(["joint pain worse since ", "malar rash flared after sun on ", "fever 38.4 and fatigue since ", "hair loss noticed "])
            items += [("participantId", P(p.regid, "other_id")), ("entry", "symptom_diary"),
                      ("text", S([sym, P(dd.strftime("%-m/%-d"), "date"), R.choice([", missed work", "", ", took extra pred 10mg"])])),
                      ("msg", "diary entry stored")]
        elif k == "sync":
            items += [("participantId", P(p.regid, "other_id")), ("wearable", O([("model", R.choice(["Fitbit Charge 6", "Garmin vivosmart 5", "Apple Watch SE"])),
                                                                                 ("serial", P(p.wear, "device"))])),
                      ("steps_days", R.randint(1, 7)), ("msg", "wearable sync ok")]
        else:
            items += [("participantId", P(p.regid, "other_id")), ("email", P(p.email, "email")), ("flareScore", R.randint(4, 10)),
                      ("notify", "coordinator"), ("msg", "flare alert escalated to study team")]
    else:
        k = R.choice(["health", "push", "flags", "jwt", "slow"])
        if k == "health":
            items += [("msg", "healthcheck ok"), ("db", "up"), ("redis", "up"), ("uptime_s", R.randint(1000, 900000))]
        elif k == "push":
            items += [("msg", "push batch sent"), ("campaign", "promis_monthly_2024_03"), ("sent", R.randint(40, 300)), ("failed", R.randint(0, 6)),
                      ("provider", "FCM")]
        elif k == "flags":
            items += [("msg", "feature flags loaded"), ("flags", A(["diary_v2", "wearable_sync", "es_locale"])), ("etag", hexs(16))]
        elif k == "jwt":
            items[0] = ("level", 40)
            items += [("msg", "token refresh rejected"), ("reason", "expired"), ("kid", "lumi-2024-02")]
        else:
            items[0] = ("level", 40)
            items += [("msg", "slow query"), ("ms", R.randint(800, 4000)), ("query", "responses_by_instrument"), ("traceId", hexs(32)), ("spanId", hexs(16))]
    J(L, O(items))
    return [L]


def g_nginx(t):
    L = Line("nginx_api")
    if R.random() < 0.45:
        p = pick()
        L.p(p.ip, "ip")
        meth, path = R.choice([("POST", "/api/v3/participants/%s/responses" % p.regid), ("GET", "/api/v3/participants/%s/schedule" % p.regid),
                               ("GET", "/api/v3/participants/%s/consents?lang=%s" % (p.regid, p.lang)),
                               ("GET", "/api/v3/me/instruments"), ("POST", "/api/v3/devices")])
        L.t(' - - [%s] "%s ' % (clf(t), meth))
        if "participants" in path:
            L.p(path, "url")
        else:
            L.t(path)
        L.t(' HTTP/2.0" %d %d "-" "Lumi/3.8.1 (%s)" rt=%.3f uct=0.001 req_id=%s' % (R.choice([200, 201, 200, 304]), R.randint(60, 9000),
                                                                                  R.choice(["iPhone; iOS 17.3.1; Scale/3.00", "Android 14; Pixel 7"]),
                                                                                  R.uniform(0.005, 0.4), hexs(32)))
    else:
        k = R.choice(["health", "schema", "config", "metrics"])
        src = {"health": SRV["pro_lb"], "schema": SRV["pro_lb"], "config": "10.60.0.%d" % R.randint(5, 9), "metrics": "10.60.1.20"}[k]
        path = {"health": "/healthz", "schema": "/api/v3/instruments/promis29/schema", "config": "/api/v3/config?build=1142",
                "metrics": "/metrics"}[k]
        L.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f uct=0.000 req_id=%s' % (src, clf(t), path, R.randint(2, 40000),
                                                                                          R.choice(["kube-probe/1.28", "Prometheus/2.49.1", "curl/8.5.0"]),
                                                                                          R.uniform(0.001, 0.05), hexs(32)))
    return [L]


MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def g_sms(t):
    L = Line("sms_kv")
    phi = R.random() < 0.62
    base = [("ts", iso_local(t)), ("svc", "sms-gw"), ("lvl", "INFO"), ("msg_sid", "SM" + hexs(32))]
    if phi:
        p = pick()
        k = R.choice(["remind", "remind", "reply", "status", "survey"])
        to = P(fmt_phone(p.phone, 2), "phone")
        if k == "remind":
            ad = p.next_appt
            hh = "%d:%s" % (int(p.appt_time[:2]), p.appt_time[2:])
            if p.lang == "es":
                body = S(["Hola ", P(p.first, "name"), ", le recordamos su infusión en MVIC el ",
                          P("%d %s" % (ad.day, MES[ad.month - 1]), "date"), " a las %s. Responda C para confirmar o R para reprogramar." % hh])
            else:
                body = S(["Hi ", P(p.first, "name"), ", reminder: your infusion at MVIC is ", P(ad.strftime("%a %b %-d"), "date"),
                          " at %s. Reply C to confirm, R to reschedule. Questions: 414-555-0190" % hh])
            items = base + [("dir", "outbound-api"), ("from", ORG_PHONE), ("to", to), ("status", "queued"), ("template", "INF_REMIND_48H"),
                            ("lang", p.lang), ("segments", 2), ("body", body)]
        elif k == "reply":
            items = base + [("dir", "inbound"), ("from", P(fmt_phone(p.phone, 2), "phone")), ("to", ORG_PHONE),
                            ("body", R.choice(["C", "R", "c gracias", "Running late, be there 10 min", "STOP"])), ("matched", "INF_REMIND_48H")]
        elif k == "status":
            items = base + [("event", "status_callback"), ("to", to), ("status", R.choice(["delivered", "sent", "undelivered"])),
                            ("err", R.choice(["", "", "30003"])), ("carrier", R.choice(["T-Mobile USA", "Verizon Wireless", "AT&T"]))]
        else:
            items = base + [("dir", "outbound-api"), ("from", ORG_PHONE), ("to", to), ("template", "PRO_MONTHLY"),
                            ("body", S(["GLAR: your monthly check-in is ready: ", P("https://redcap.glar.mvhealth.org/surveys/?s=" + p.survey, "url")]))]
    else:
        k = R.choice(["tmpl", "rate", "optout"])
        if k == "tmpl":
            items = base + [("event", "template_published"), ("template", R.choice(["INF_REMIND_48H", "PRO_MONTHLY", "KIT_SHIPPED"])),
                            ("lang", R.choice(["en", "es"])), ("by", R.choice(STAFF[:4])[0]), ("version", R.randint(3, 12))]
        elif k == "rate":
            base[2] = ("lvl", "WARN")
            items = base + [("event", "rate_limited"), ("queue", "reminders"), ("depth", R.randint(10, 300)), ("retry_in_ms", R.randint(500, 5000))]
        else:
            items = base + [("event", "daily_stats"), ("sent", R.randint(100, 400)), ("delivered", R.randint(90, 390)), ("opt_out", R.randint(0, 3))]
    KV(L, items)
    return [L]


def g_ivr(t):
    L = Line("ivr_vendor")
    call = "ca-" + hexs(4)
    L.t("VOXPRO %s.%03d [CALL %s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), call))
    if R.random() < 0.55:
        p = pick()
        L.t("ANI=")
        L.p(p.phone, "phone")
        L.t(" DNIS=8005550142 PIN_OK subj=")
        L.p(p.regid, "other_id")
        L.t(" vp_match=0.%d vp_template=" % R.randint(80, 99))
        L.p(p.vp, "biometric")
        L.t(" lang=%s-US" % p.lang)
    else:
        L.t(R.choice(["TRUNK sip-trunk-2 channels_in_use=%d/46" % R.randint(0, 20), "ASR model en-US-med-2024.02 loaded in %dms" % R.randint(300, 2000),
                      "HANGUP cause=16 dur=%ds flow=PRO_WEEKLY step=Q7" % R.randint(30, 400), "DTMF timeout step=Q3 retry=1"]))
    return [L]


def g_export_sh(t):
    return g_export(t, COLLAB[0])


def g_export(t, c=None):
    out = []
    c = c or R.choice(COLLAB)
    job = "EXP-20240311-%02d" % R.randint(1, 9)
    L = Line("export_csv")
    L.t("%s EXPORT job=%s collaborator=%s dua=%s dataset=GLAR_%s_v7 rows=%d sha256=%s gpg_key=%s" %
        (iso_local(t), job, c[0], c[2], c[3], R.randint(200, 900), hexs(64), hexs(16).upper()))
    out.append(L)
    n = R.randint(2, 4)
    if c[3] == "SH":
        L = Line("export_csv")
        L.t("ext_id,yob,sex,zip3,dx,dx_year,sledai_bl,dsdna_pos,age_cat")
        out.append(L)
        for _ in range(n):
            p = R.choice(PEOPLE)
            L = Line("export_csv")
            pseud = hashlib.sha256(("glar-ilcn-salt|" + p.regid).encode()).hexdigest()[:16]
            L.t("ILCN-%s,%s,%s,%s,%s,%d,%d,%d,%s" % (pseud, str(p.dob.year) if p.age < 90 else "<=1934", p.sex, p.zip[:3], p.dx,
                                                     R.randint(max(2005, p.dob.year + 8), 2023), R.randint(0, 20), R.randint(0, 1),
                                                     "90+" if p.age > 89 else "%d-%d" % (p.age // 10 * 10, p.age // 10 * 10 + 9)))
            out.append(L)
    else:
        L = Line("export_csv")
        L.t("subject_id,sex,age,city,zip,collection_date,specimen,aliquot_barcode,dx_icd10")
        out.append(L)
        for _ in range(n):
            p = R.choice(PEOPLE)
            L = Line("export_csv")
            L.p(p.regid, "other_id")
            L.t(",%s," % p.sex)
            if p.age > 89:
                L.p(str(p.age), "age")
            else:
                L.t(str(p.age))
            L.t(",")
            if " " in p.city:
                L.t('"')
                L.p(p.city, "address")
                L.t('"')
            else:
                L.p(p.city, "address")
            L.t(",")
            L.p(p.zip, "zip")
            L.t(",")
            L.p((TODAY - dt.timedelta(days=R.randint(0, 400))).isoformat(), "date")
            L.t(",%s," % R.choice(["PLASMA_EDTA", "SERUM", "PBMC"]))
            L.p("%s-A%02d" % (p.acc, R.randint(1, 8)), "other_id")
            L.t("," + p.icd)
            out.append(L)
    return out


def g_syslog(t):
    L = Line("syslog")
    host = R.choice(["sftp01", "redcap01", "bt-app02", "mail01"])
    k = R.random()
    pid = R.randint(1000, 65000)
    if host == "sftp01" and k < 0.1:
        p = pick()
        L.t("%s %s internal-sftp[%d]: open \"/inbound/scans/consent_" % (sys_ts(t), host, pid))
        L.p(ascii_lo(p.last).replace(" ", "").replace("'", "").capitalize() + "_" + ascii_lo(p.first).replace(" ", "").capitalize(), "name")
        L.t("_")
        L.p(p.consent_date.strftime("%m%d%Y"), "date")
        L.t('.pdf" flags WRITE,CREATE,TRUNCATE mode 0640')
        return [L]
    msgs = {
        "sftp01": ["sshd[%d]: Accepted publickey for svc_export from %s port %d ssh2: ED25519 SHA256:%s" % (pid, SRV["ilcn"], R.randint(30000, 60000), b62(43)),
                   "internal-sftp[%d]: open \"/outbound/%s/GLAR_%s_v7_20240311.csv.gpg\" flags READ mode 0666" % (pid, R.choice(["ilcn", "lgc"]), R.choice(["SH", "LDS"])),
                   "internal-sftp[%d]: close \"/outbound/ilcn/GLAR_SH_v7_20240311.csv.gpg\" bytes read %d written 0" % (pid, R.randint(100000, 900000)),
                   "sshd[%d]: Disconnected from user svc_lgc %s port %d" % (pid, SRV["lgc"], R.randint(30000, 60000)),
                   "sshd[%d]: Invalid user admin from 45.148.10.%d port %d" % (pid, R.randint(2, 250), R.randint(30000, 60000))],
        "redcap01": ["CRON[%d]: (apache) CMD (php /var/www/html/redcap/cron.php > /dev/null)" % pid,
                     "systemd[1]: Started php-fpm.service - The PHP FastCGI Process Manager.",
                     "kernel: [%d.%06d] nfs: server nas02 OK" % (R.randint(100000, 999999), R.randint(0, 999999)),
                     "clamd[%d]: /var/www/html/redcap/edocs/%s_pid187.pdf: OK" % (pid, hexs(12))],
        "bt-app02": ["systemd[1]: biotrack.service: Consumed %.3fs CPU time." % R.uniform(1, 90),
                     "CRON[%d]: (biotrack) CMD (/opt/biotrack/bin/nightly_reconcile --freezer all)" % pid,
                     "java[%d]: GC pause (G1 Evacuation Pause) %dms" % (pid, R.randint(5, 300))],
        "mail01": ["postfix/smtp[%d]: %s: to=<ilcn-data@ilcn.org>, relay=mx1.ilcn.org[%s]:25, delay=%.1f, status=sent (250 2.0.0 OK)" % (pid, hexs(10).upper(), SRV["ilcn"], R.uniform(0.2, 4)),
                   "postfix/qmgr[%d]: %s: from=<noreply@glar.mvhealth.org>, size=%d, nrcpt=1 (queue active)" % (pid, hexs(10).upper(), R.randint(2000, 90000))],
    }
    L.t("%s %s %s" % (sys_ts(t), host, R.choice(msgs[host])))
    return [L]


def g_x12(t):
    L = Line("x12")
    ctl = "%09d" % R.randint(1, 999999999)
    rcv = R.choice(["AVAILITY", "WPS", "CHANGEHC"])
    isa = "ISA*00*          *00*          *ZZ*MVHINF         *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
        rcv, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)
    if R.random() < 0.75:
        p = pick()
        py = p.payer
        L.t(isa + "GS*HS*MVHINF*%s*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~" % (
            rcv, t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999), hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
        L.t("HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*MENOMONEE VALLEY INFUSION CENTER*****XX*%s~HL*3*2*22*0~TRN*1*%s*9%s~NM1*IL*1*" % (
            py[0], py[1], ORG_NPI, digits(12), digits(9)))
        L.p("%s*%s" % (ascii_up(p.last), ascii_up(p.first)), "name")
        L.t("****MI*")
        L.p(p.member, "health_plan")
        L.t("~DMG*D8*")
        L.p(p.dob.strftime("%Y%m%d"), "date")
        L.t("*%s~DTP*291*D8*" % p.sex)
        L.p(p.next_appt.strftime("%Y%m%d"), "date")
        L.t("~EQ*30~SE*13*0001~GE*1*1~IEA*1*%s~" % ctl)
    else:
        L.t(isa + "GS*FA*%s*MVHINF*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*%d*005010X222A1~AK2*837*%04d*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%d~IEA*1*%s~" % (
            rcv, t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999), R.randint(1, 9999), R.randint(1, 999), R.randint(1, 9999), ctl))
    return [L]


def g_java(t):
    out = []
    p = pick()
    phi = R.random() < 0.6
    L = Line("java_trace")
    L.t("%s.%03d ERROR %d --- [sync-pool-%d] o.g.registry.sync.EpicPatientSync       : " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(2000, 3000), R.randint(1, 8)))
    if phi:
        L.t("Failed to upsert subject ")
        L.p(p.regid, "other_id")
        L.t(" (MRN ")
        L.p(p.mrn, "mrn")
        L.t(")")
    else:
        L.t("Batch %s failed after %d retries" % (uuid_from_rng(), R.randint(2, 5)))
    out.append(L)
    L = Line("java_trace")
    L.t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_subject_email]")
    out.append(L)
    L = Line("java_trace")
    L.t('Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_subject_email"')
    if phi:
        L.t("  Detail: Key (email)=(")
        L.p(p.email, "email")
        L.t(") already exists.")
    out.append(L)
    frames = ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
              "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)",
              "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
              "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
              "org.glar.registry.sync.SubjectRepository.upsert(SubjectRepository.java:88)"]
    for f in frames[:R.randint(2, 5)]:
        L = Line("java_trace")
        L.t("\tat " + f)
        out.append(L)
    L = Line("java_trace")
    L.t("\t... %d common frames omitted" % R.randint(20, 60))
    out.append(L)
    return out


def g_pg(t):
    L = Line("pgaudit")
    L.t("%s.%03d CDT [%d] glar_app@glar_registry LOG:  AUDIT: SESSION,%d,1," % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(10000, 30000), R.randint(1, 9000)))
    if R.random() < 0.6:
        p = pick()
        k = R.choice(["search", "pay", "park", "upd"])
        if k == "search":
            L.t('READ,SELECT,,,"SELECT s.subject_id, s.mrn FROM subjects s WHERE s.last_name ILIKE \'')
            L.p(ascii_lo(p.last).replace("'", "''")[:5], "name")
            L.t("%' AND s.dob = '")
            L.p(p.dob.isoformat(), "date")
            L.t("'\",<not logged>")
        elif k == "pay":
            L.t('WRITE,INSERT,,,"INSERT INTO stipend_payments (subject_id, visit, amount, card_number) VALUES (\'')
            L.p(p.regid, "other_id")
            L.t("', 'month_12', 50.00, '")
            L.p(p.card, "account")
            L.t("')\",<not logged>")
        elif k == "park":
            L.t('WRITE,INSERT,,,"INSERT INTO parking_permits (mrn, plate, vin, valid_to) VALUES (\'')
            L.p(p.mrn, "mrn")
            L.t("', '")
            L.p(p.plate, "vehicle")
            L.t("', '")
            L.p(p.vin, "vehicle")
            L.t("', '2024-06-30')\",<not logged>")
        else:
            L.t('WRITE,UPDATE,,,"UPDATE subjects SET phone_mobile = \'')
            L.p(fmt_phone(p.phone, 4), "phone")
            L.t("', initials = '")
            L.p(ascii_up(p.first)[0] + ascii_up(p.last)[0], "name")
            L.t("' WHERE subject_id = '")
            L.p(p.regid, "other_id")
            L.t("'\",<not logged>")
    else:
        L.t(R.choice(['READ,SELECT,,,"SELECT count(*) FROM specimens WHERE status = \'AVAILABLE\' AND freezer_id = %d",<not logged>' % R.randint(1, 6),
                      'DDL,CREATE INDEX,,,"CREATE INDEX CONCURRENTLY ix_pro_resp_inst ON pro_responses (instrument, submitted_at)",<not logged>',
                      'ROLE,GRANT,,,"GRANT SELECT ON export_lds_v7 TO svc_export",<not logged>',
                      'READ,SELECT,,,"SELECT version()",<not logged>',
                      'WRITE,DELETE,,,"DELETE FROM job_queue WHERE finished_at < now() - interval \'14 days\'",<not logged>']))
    return [L]


def g_chat(t):
    L = Line("teams_chat")
    ch = R.choice(["#mvic-chairs", "#glar-coordinators", "#biobank", "#mvic-pharmacy"])
    who = R.choice(STAFF)
    L.t("%s | %s | %s %s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), ch, who[1], who[2]))
    if R.random() < 0.58:
        p = pick()
        k = R.choice(["late", "ec", "flare", "old", "lar", "move"])
        if k == "late":
            L.m(p.chair, " pt ", P(p.last, "name"), " running 20 min late, can we slide to ", "0950? husband called from " if p.ec_rel == "Spouse" else "0950? family called from ",
                P(fmt_phone(p.ec_phone, 1), "phone"))
        elif k == "ec":
            L.m("FYI ", P("%s %s" % (p.first, p.last), "name"), "'s emergency contact is now ", P("%s %s" % (p.ec_first, p.ec_last), "name"),
                " (", p.ec_rel.lower(), ")")
        elif k == "flare":
            L.m("Lumi flare alert for ", P(p.regid, "other_id"), ", called her back, rash + arthralgia since ",
                P((TODAY - dt.timedelta(days=R.randint(2, 9))).strftime("%-m/%-d"), "date"), ", Dr. Feldstein aware")
        elif k == "old":
            q = R.choice([x for x in PEOPLE if x.age > 89] or PEOPLE)
            L.m("reminder ", P(q.first + " " + q.last, "name"), " is ", P(str(q.age), "age") if q.age > 89 else str(q.age),
                " y/o, needs wheelchair + fall precautions in chair ", q.chair)
        elif k == "lar":
            L.m("assent done for ", P(p.regid, "other_id"), ", mom ", P(p.ec_first, "name"), " signed LAR form on paper, scanning now")
        else:
            L.m("moved ", P(ascii_up(p.last) + ", " + p.first, "name"), " MRN ", P(p.mrn, "mrn"), " to ", P(p.next_appt.strftime("%m/%d"), "date"),
                " ", p.appt_time, " per pt request")
    else:
        L.t(R.choice(["chair 3 pump alarming again, biomed ticket INC00%d" % R.randint(40000, 49999),
                      "Saphnelo lot 4H%d arrived, 12 vials, in fridge 7" % R.randint(1000, 9999),
                      "F03 defrost done, boxes back from F05 by 2pm",
                      "LGC shipment SHP-20240311-0%d picked up by FedEx" % R.randint(1, 9),
                      "who has the ILCN DUA amendment? Hope Rivers from ILCN emailed again",
                      "Benlysta vial shortage: switch 2 pts to SC per Dr. Adeyemi",
                      "REDCap maint window Sat 22:00-23:00, Jordan will post",
                      "lunch coverage: Bridget 11:30, Luz 12:15"]))
    return [L]


def nacha_block(t):
    out = []
    co_id = "3910012345"
    L = Line("nacha_ach")
    rec = "101 075000022%s%s%sA094101%-23s%-23s%-8s" % (co_id, t.strftime("%y%m%d"), t.strftime("%H%M"), "US BANK NA", "MENOMONEE VALLEY HLTH", "GLARSTIP")
    assert len(rec) == 94, len(rec)
    L.t(rec)
    out.append(L)
    L = Line("nacha_ach")
    rec = "5220%-16s%-20s%sPPD%-10s%s%s   1%s%07d" % ("MVH RESEARCH STI", "", co_id, "STIPEND", t.strftime("%y%m%d"),
                                                  (t + dt.timedelta(days=1)).strftime("%y%m%d"), "07500002", 1)
    assert len(rec) == 94, len(rec)
    L.t(rec)
    out.append(L)
    total = 0
    hsh = 0
    ents = R.sample(PEOPLE, 4)
    for i, p in enumerate(ents, 1):
        L = Line("nacha_ach")
        amt = R.choice([2500, 5000, 7500, 10000])
        total += amt
        hsh += int(p.aba[:8])
        name = ascii_up(p.last + " " + p.first)[:22]
        L.t("622" + p.aba[:8] + p.aba[8])
        L.p(p.bank, "account")
        L.t(" " * (17 - len(p.bank)) + "%010d" % amt)
        L.p(p.regid, "other_id")
        L.t(" " * (15 - len(p.regid)))
        L.p(name.rstrip(), "name")
        L.t(" " * (22 - len(name.rstrip())) + "  0" + "07500002%07d" % i)
        assert len(L.text()) == 94, (len(L.text()), L.text())
        out.append(L)
    L = Line("nacha_ach")
    rec = "8220%06d%010d%012d%012d%s%19s%6s%s%07d" % (len(ents), hsh % 10 ** 10, 0, total, co_id, "", "", "07500002", 1)
    assert len(rec) == 94, len(rec)
    L.t(rec)
    out.append(L)
    L = Line("nacha_ach")
    rec = "9%06d%06d%08d%010d%012d%012d%39s" % (1, 1, len(ents), hsh % 10 ** 10, 0, total, "")
    assert len(rec) == 94, len(rec)
    L.t(rec.rstrip() if False else rec)
    out.append(L)
    return out


GENS = [(g_redcap, 30), (g_econsent, 16), (g_httpd, 38), (g_lims, 32), (g_freezer, 28), (g_chair, 30), (g_hl7, 8),
        (g_fhir, 24), (g_pump, 26), (g_pro, 32), (g_nginx, 32), (g_sms, 22), (g_ivr, 14), (g_export, 4), (g_syslog, 36),
        (g_x12, 11), (g_java, 0), (g_pg, 20), (g_chat, 22)]


def check(lines):
    for n, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt, (n, txt)
        b = txt.encode("utf-8")
        assert L.pos == len(b), (n, L.pos, len(b))
        prev = 0
        for sp in sorted(L.spans, key=lambda s: s["s"]):
            assert 0 <= sp["s"] < sp["e"] <= len(b), (n, sp)
            assert sp["s"] >= prev, ("overlap", n, sp)
            prev = sp["e"]
            got = b[sp["s"]:sp["e"]].decode("utf-8")
            assert got == sp["_txt"], (n, got, sp)
            if sp["_dec"] == "json":
                assert json.loads('"' + got + '"') == sp["_raw"], (n, got)
            elif sp["_dec"] == "xml":
                assert html.unescape(got) == sp["_raw"], (n, got)
            elif sp["_dec"] == "pct":
                assert urllib.parse.unquote(got) == sp["_raw"], (n, got)
            assert got.strip() == got, ("whitespace in span", n, repr(got))
            assert sp["cat"] in CATS, (n, sp["cat"])


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = []
    t = dt.datetime(2024, 3, 11, 5, 58, 3, tzinfo=TZ)
    fns = [g for g, _ in GENS]
    wts = [w for _, w in GENS]
    forced = [(95, g_java), (210, g_econsent_id), (255, g_export_sh), (300, nacha_block), (410, g_java)]
    while len(lines) < N_LINES:
        t += dt.timedelta(seconds=R.randint(20, 150))
        if forced and len(lines) >= forced[0][0]:
            blk = forced.pop(0)[1](t)
        else:
            blk = R.choices(fns, wts)[0](t)
        if len(lines) + len(blk) > N_LINES:
            continue
        lines.extend(blk)
    check(lines)
    with open("qj.log", "w", encoding="utf-8", newline="\n") as f:
        for L in lines:
            f.write(L.text() + "\n")
    with open("qj.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, L in enumerate(lines, 1):
            sp = [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in sorted(L.spans, key=lambda s: s["s"])]
            f.write(json.dumps({"line": n, "family": L.fam, "spans": sp}, ensure_ascii=False) + "\n")
    # summary
    nophi = sum(1 for L in lines if not L.spans)
    cats = {}
    fams = {}
    for L in lines:
        fams[L.fam] = fams.get(L.fam, 0) + 1
        for s in L.spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print("lines", len(lines), "no-PHI", nophi, "%.1f%%" % (100.0 * nophi / len(lines)))
    print("cats", dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("families", len(fams), dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
