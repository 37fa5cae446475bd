#!/usr/bin/env python3
"""Synthetic labeled log corpus "qc".

Organisation: Keystone Underwriting Services (KUS), Columbus OH, an
underwriting-requirements service for life carriers (Granite Mutual Life,
Northbridge Life & Annuity, Sable Point Assurance). It orders paramedical
exams from an exam vendor (ParaMed Connect, PMC), lab panels (Crestline
Clinical Laboratory, CRL), attending physician statements (APS, retrieved
by fax and by the ChartRetrieve vendor), prescription-history checks
(ScriptSight), MIB inquiries, MVRs, voice verification for tele-interviews
and wearable links. One day (2024-03-12) of its SIEM export, interleaved
in time order.

Systems simulated (family names in the labels file):
  orders-json        Java/Spring order-management service, logback JSON
  java-trace         stack traces of that service, one frame per line
  dispatch-logfmt    Go examiner-dispatch API, logfmt, local time -04:00
  florence-app       "Florence" examiner tablet app telemetry, camelCase
                     JSON with \\u escapes (ensure_ascii)
  nginx-access       API gateway / applicant consent portal access log
  syslog             hosts: sshd, cron, postfix (RFC3164 and RFC5424)
  hl7-oru            CRL lab results feed, HL7 v2.5.1 ORU^R01, a segment
                     per line
  acord-xml          ACORD TXLife 121 requirement orders to PMC,
                     pretty-printed, an element group per line
  vendor-client-json Python client for ScriptSight Rx, MVRNow, VoxVerify
                     voice, StepTrue wearables (JSON, ascii escapes)
  fax-kv             APS fax relay key=value (outbound requests, inbound
                     OCR headers)
  billing-csv        vendor invoice reconciliation CSV
  vendor-pipe        PMC / ChartRetrieve pipe-delimited status feed
  py-traceback       AUGUSTA rules-engine worker log + Python tracebacks
  pg-log             PostgreSQL log with pgaudit statements
  sms-gw             SMS gateway (appointment reminders, replies), EN/ES
  uw-notes           underwriter case-note export, free text
  fhir-bridge        lab results converted to FHIR R4 JSON
  mib-fixed          fixed-width MIB inquiry/response batch records
  dispatch-chat      dispatcher/examiner chat channel export (EN/ES)
  payments-kv        initial-premium payment gateway key=value

Labeling decisions (the person served = the proposed insured/applicant;
beneficiaries, policy owners who are relatives, and family members named
in family history are labeled too):
  * Staff at work are not PHI: examiners (names, EX- ids, certificate
    numbers, tablets, GPS pings of examiners en route), dispatchers,
    underwriters, agents/producers, attending physicians and their clinics,
    faxes, phones and NPIs, the lab and its CLIA number, medical directors.
  * Case numbers (KUS-24-nnnnnnn), carrier policy numbers and application
    numbers, lab specimen accession / kit barcodes -> other_id. Purely
    internal business transaction ids (vendor order ids PMC-ORD-..., HL7
    placer order numbers, invoice numbers, fax job ids, SMS sids, inquiry
    UUIDs, MIB batch sequence numbers) are NOT labeled, like order numbers
    of any business.
  * Lab-assigned patient ids (PID-3, FHIR Patient ids and Patient/<id>
    references, clinic MRNs in APS OCR text) -> mrn.
  * PBM member ids and Medicare MBIs from Rx history -> health_plan.
  * Dates of the person's events -> date: birth, exam appointment
    (a date and time written as one token is one span; a time written
    apart from the date, "el 14/03 a las 16:00", "at 2:00PM", "the 4pm
    in Kettering", is not labeled), specimen collection, physician visits,
    Rx fills, requested schedule date. Event timestamps of systems
    (log time, message time, created/updated/sent, MSH-7, TransExeDate,
    invoice/batch dates) are not PHI. Invalid DOBs from junk input are
    still labeled date.
  * Ages: only > 89 labeled (family-history ages such as "father d. age
    93"); age 88 and under, age bands and birth year alone are not.
  * Addresses: street line and city are separate spans when in separate
    fields (HL7 components, XML elements, JSON keys); a one-run street +
    city is one span; ZIP always separate. A city named alone as the place
    of the person's appointment/home is labeled address. Geocodes of the
    appointment address -> address. States never.
  * Names: each name field is its own span (ACORD FirstName/MiddleName/
    LastName, MIB last/first fields); a single run "LAST^FIRST^M" or
    "Last, First" is one span; a first name alone in an SMS greeting is a
    name. Honorifics (Mrs., Sra.) are outside the span.
  * Phones: ACORD AreaCode and DialNumber are two phone spans. Applicant
    phones in SMS to/from -> phone. Org and vendor numbers are not PHI.
  * SSN last-4 fields (ssnLast4) and masked values that still show digits of the person's number
    (***-**-4821, ************3391) are labeled with their category (ssn,
    account). ABA routing numbers identify the bank, not PHI.
  * Card and bank account numbers of the applicant/payer -> account
    (valid Luhn; one junk invalid PAN from a failed validation also
    labeled).
  * Consent/e-sign links texted to the applicant carrying a personal token
    -> url (whole URL). Identifiers inside access-log request paths are
    labeled by their own category, not as url.
  * Applicant public IPs on the consent portal / e-sign -> ip; server,
    carrier, vendor and internal 10.x IPs are not.
  * Applicant's phone device id (e-sign) and wearable serials -> device;
    examiner tablets are staff devices, not PHI.
  * Voiceprint templates -> biometric; base64 ID-card photos -> photo.
  * Driver's licence numbers (ID scan, MVR) -> license; a licence plate of
    the applicant's car in a dispatch note -> vehicle.
  * Employer, occupation, gender, build, vitals, lab values, drugs, NDCs,
    ICD codes and MIB codes are health/other data but not identifiers.
"""
import base64
import datetime as dt
import json
import random
import string
import unicodedata
import urllib.parse
from xml.sax.saxutils import escape as xesc, unescape as xunesc

R = random.Random(20240312)
DAY0 = dt.datetime(2024, 3, 12, 9, 0, 0)  # UTC; logs run 09:00-23:59 UTC
EDT = dt.timedelta(hours=-4)


# ---------------------------------------------------------------- builder
class P:
    """A value placed in a line; cat None means plain text."""

    def __init__(self, v, cat=None, enc=None, dec=None, num=False):
        self.v = str(v)
        self.cat = cat
        self.enc = enc
        self.dec = dec
        self.num = num

    def text(self):
        return self.enc(self.v) if self.enc else self.v


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, v, cat=None, enc=None, dec=None):
        pv = v if isinstance(v, P) else P(v, cat, enc, dec)
        if enc is not None:
            pv = P(pv.v, pv.cat, enc, dec)
        txt = pv.text()
        s = len(self.buf)
        self.buf += txt.encode("utf-8")
        if pv.cat:
            self.spans.append((s, len(self.buf), pv.cat, txt, pv.v, pv.dec))
        return self

    def add(self, x):
        if isinstance(x, P):
            return self.p(x)
        return self.t(x)


_F = string.Formatter()


def T(family, template, **kw):
    """Format template; P values become spans (format spec pads outside)."""
    L = Line(family)
    for lit, field, spec, conv in _F.parse(template):
        if lit:
            L.t(lit)
        if field is None:
            continue
        v = kw[field]
        if isinstance(v, P):
            txt = v.text()
            if spec:
                full = format(txt, spec)
                i = full.index(txt)
                L.t(full[:i]); L.p(v); L.t(full[i + len(txt):])
            else:
                L.p(v)
        else:
            L.t(format(v, spec) if spec else v)
    return L


class S:
    """A JSON string built from parts (str and P)."""

    def __init__(self, *parts):
        self.parts = parts


def _jenc(a):
    return lambda s: json.dumps(s, ensure_ascii=a)[1:-1]


def _jdec(t):
    return json.loads('"' + t + '"')


def J(L, obj, a=False, sep=(",", ":")):
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=a)); L.t(sep[1])
            J(L, v, a, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            J(L, v, a, sep)
        L.t("]")
    elif isinstance(obj, P):
        if obj.num:
            L.p(obj)
        else:
            L.t('"'); L.p(P(obj.v, obj.cat, _jenc(a), _jdec)); L.t('"')
    elif isinstance(obj, S):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                L.p(P(part.v, part.cat, _jenc(a), _jdec))
            else:
                L.t(json.dumps(part, ensure_ascii=a)[1:-1])
        L.t('"')
    else:
        L.t(json.dumps(obj, ensure_ascii=a))
    return L


def JL(family, obj, a=False, sep=(",", ":"), prefix=""):
    L = Line(family)
    L.t(prefix)
    return J(L, obj, a, sep)


def KV(L, pairs, sep=" "):
    """key=value pairs, quoting values with spaces/quotes (logfmt style)."""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(k + "=")
        raw = v.v if isinstance(v, P) else str(v)
        if any(c in raw for c in ' "=') or raw == "":
            esc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
            L.t('"')
            if isinstance(v, P):
                L.p(P(v.v, v.cat, esc, lambda t: t.replace('\\"', '"').replace("\\\\", "\\")))
            else:
                L.t(esc(raw))
            L.t('"')
        else:
            L.add(v)
    return L


# ---------------------------------------------------------------- numbers
def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_npi():
    while True:
        base = R.choice("12") + "".join(str(R.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("123456789"), A, AN, N, A, AN, N, A, A, N, N]
    return "".join(R.choice(x) for x in pat)


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64blob(prefix, n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return prefix + base64.b64encode(raw).decode()


def ascii_up(s):
    s = s.replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


# ---------------------------------------------------------------- people
FIRST_F = ["Dolores", "Mei-Ling", "Siobhan", "Priya", "Ngozi", "Thandiwe", "Zoë", "Ximena",
           "Aoife", "Lorraine", "Bobbie", "Summer", "Rose", "Faith", "Hope", "Imani", "Anh",
           "Marisol", "Halina", "Yetunde", "Ingrid", "Renée", "Farah", "Keiko", "April", "June"]
FIRST_M = ["Kwame", "Aleksandr", "Jesús", "Tuan", "Olufemi", "Hunter", "Grant", "Chase",
           "Björn", "René", "Dmitri", "Kaveh", "Yusuf", "Tomasz", "Wendell", "Earl", "Rocco",
           "Sunil", "Mateo", "Obinna", "Bao", "Cormac", "Reginald", "Ahmad", "Lars", "Miles", "Frank"]
MIDDLE = ["A", "J", "Marie", "Lee", "T", "Ann", "K", "Oluwaseun", "José", "R", "Mae", "D"]
LAST = ["Okonkwo", "Nguyen", "Castillo-Ramos", "van der Berg", "O'Connor", "MacLeish",
        "Fairweather", "Baker", "Hill", "Price", "Bird", "Rich", "Strong", "Young", "Stone",
        "Abernathy-Cole", "Delacroix", "Haddad", "Kowalczyk", "Papadopoulos", "Takahashi",
        "Oyelaran", "Szabó", "De la Cruz", "Mendoza Ríos", "Whitfield", "Chen-Watanabe",
        "Al-Masri", "Villanueva", "Nakamura", "Sørensen", "Brightwater", "Fox", "Lamb", "Wolfe",
        "Frost", "Gentry", "Mensah-Boateng", "Pham", "Kaur", "Lindqvist", "Rosario", "Chukwu",
        "Booker", "Hart", "Love", "Sweet", "Marsh", "Patel", "Iwu"]
CITIES = [("Dayton", "OH", ["45402", "45405", "45409", "45419", "45420"], "937"),
          ("Kettering", "OH", ["45429", "45440"], "937"),
          ("Columbus", "OH", ["43201", "43206", "43214", "43229"], "614"),
          ("Cincinnati", "OH", ["45202", "45208", "45211", "45238"], "513"),
          ("Louisville", "KY", ["40204", "40205", "40218", "40241"], "502"),
          ("Lexington", "KY", ["40502", "40503", "40517"], "859"),
          ("Indianapolis", "IN", ["46201", "46220", "46237"], "317"),
          ("Fort Wayne", "IN", ["46804", "46815"], "260"),
          ("Pittsburgh", "PA", ["15206", "15217", "15232"], "412"),
          ("Erie", "PA", ["16505", "16509"], "814"),
          ("Toledo", "OH", ["43606", "43614"], "419"),
          ("Bowling Green", "KY", ["42101", "42104"], "270"),
          ("Zanesville", "OH", ["43701"], "740"),
          ("Mishawaka", "IN", ["46544", "46545"], "574")]
GEO = {"Dayton": (39.758, -84.191), "Kettering": (39.689, -84.168), "Columbus": (39.961, -82.998),
       "Cincinnati": (39.103, -84.512), "Louisville": (38.252, -85.758), "Lexington": (38.040, -84.503),
       "Indianapolis": (39.768, -86.158), "Fort Wayne": (41.079, -85.139), "Pittsburgh": (40.440, -79.995),
       "Erie": (42.129, -80.085), "Toledo": (41.652, -83.537), "Bowling Green": (36.990, -86.443),
       "Zanesville": (39.940, -82.013), "Mishawaka": (41.661, -86.158)}
STREETS = ["Linden Ave", "Wilmington Pike", "Far Hills Ave", "Oak Knoll Dr", "Bardstown Rd",
           "Shelby St", "E Main St", "Riverside Dr", "Maple Grove Ct", "Sycamore Ln", "Harrison Ave",
           "N High St", "Elm Tree Way", "Brownsboro Rd", "Keystone Ave", "Penn Ave", "W 26th St",
           "Chestnut Hill Rd", "Beechmont Ave", "Tremont Cir", "Old Mill Rd", "Lakeview Ter"]
UNITS = ["Apt 4B", "Unit 12", "#210", "Apt 3", "Lot 17"]
MAILS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "comcast.net", "att.net", "hotmail.com"]
CARRIERS = [("GMLIC", "Granite Mutual Life"), ("NBLA", "Northbridge Life & Annuity"),
            ("SPAC", "Sable Point Assurance")]
PRODUCTS = ["STERLING-T20", "STERLING-T30", "NB-SUMMIT-UL", "SPA-EVERGREEN-WL", "NB-TERM10"]
ST_TC = {"OH": "36", "KY": "18", "IN": "15", "PA": "39"}

EXAMINERS = [("EX-0412", "Tamika Garner", "tgarner"), ("EX-0388", "Luis Ocampo", "locampo"),
             ("EX-0519", "Brenda Kowalski", "bkowalski"), ("EX-0233", "Desmond Achebe", "dachebe"),
             ("EX-0601", "Carla Reyes-Whitaker", "creyesw"), ("EX-0147", "Jonah Pruitt", "jpruitt"),
             ("EX-0455", "Mariela Fuentes", "mfuentes"), ("EX-0302", "Gary Lindstrom", "glindstrom")]
DISPATCHERS = ["mreyes", "kdunbar", "avasquez"]
UNDERWRITERS = ["jalbrecht", "nfarouk", "posei", "cmurray", "dkessler"]
AGENTS = [("Russell", "Tate", "00481"), ("Yolanda", "Pierce", "01172"), ("Curtis", "Bloom", "00096"),
          ("Hannah", "Summers", "02210")]
PHYS = [("Marcus", "Feldman", "Dayton Family Medicine", "+19375554410"),
        ("Anjali", "Rao", "Lexington Internal Medicine", "+18595552187"),
        ("Helen", "Tso", "Riverside Cardiology Assoc", "+16145559034"),
        ("Samuel", "Oduya", "Eastgate Primary Care", "+15135559021"),
        ("Beatriz", "Lozano", "Kentuckiana Endocrine", "+15025553316")]
PHYS_NPI = [make_npi() for _ in PHYS]
MED_DIR = ("1649283310", "WEXLER", "NORMAN")  # KUS medical director, staff
DRUGS = [("00093-7180-01", "ATORVASTATIN CALCIUM 20 MG TAB"), ("68180-0513-01", "LISINOPRIL 20 MG TAB"),
         ("00378-0234-01", "METFORMIN HCL 500 MG TAB"), ("60505-2579-03", "SERTRALINE HCL 50 MG TAB"),
         ("00172-5728-60", "LEVOTHYROXINE 75 MCG TAB"), ("65862-0157-05", "AMLODIPINE BESYLATE 5 MG TAB"),
         ("00603-3968-21", "OMEPRAZOLE DR 20 MG CAP"), ("16729-0168-01", "ALBUTEROL HFA 90 MCG INH")]


class Person:
    pass


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "+1" + d, 3: d,
            4: "%s.%s.%s" % (a, b, c)}[style]


def mk_person(i, used):
    p = Person()
    p.sex = R.choice("FM")
    while True:
        p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
        p.last = R.choice(LAST)
        if (p.first, p.last) not in used:
            used.add((p.first, p.last))
            break
    p.middle = R.choice(MIDDLE) if R.random() < 0.55 else ""
    p.age = R.randint(23, 74)
    p.dob = dt.date(2024 - p.age - (1 if R.random() < 0.2 else 0), R.randint(1, 12), R.randint(1, 28))
    p.city, p.st, zips, ac = R.choice(CITIES)
    p.zip = R.choice(zips)
    p.street = "%d %s" % (R.randint(12, 9890), R.choice(STREETS))
    p.unit = R.choice(UNITS) if R.random() < 0.25 else ""
    p.line1 = p.street + (" " + p.unit if p.unit else "")
    while True:
        ex = R.randint(201, 989)
        if ex != 555 and ex % 100 != 11:
            break
    p.phone = ac + str(ex) + digits(4)
    p.phone2 = ac + str(R.randint(201, 989)) + digits(4)
    fl = ascii_up(p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
    ll = ascii_up(p.last).lower().replace(" ", "").replace("-", "").replace("'", "")
    p.email = R.choice(["%s.%s%d" % (fl, ll, p.dob.year % 100), "%s%s" % (fl[0], ll),
                        "%s_%s%d" % (fl, ll[:4], R.randint(1, 99))]) + "@" + R.choice(MAILS)
    p.ssn = make_ssn()
    if p.st == "OH":
        p.dl = R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(6)
    elif p.st == "KY":
        p.dl = R.choice(string.ascii_uppercase) + digits(8)
    elif p.st == "IN":
        p.dl = "%s-%s-%s" % (digits(4), digits(2), digits(4))
    else:
        p.dl = digits(8)
    p.carrier, p.carrier_name = R.choice(CARRIERS)
    p.product = R.choice(PRODUCTS)
    p.case = "KUS-24-%07d" % R.randint(30000, 49999)
    p.pol = {"GMLIC": lambda: "GM24" + digits(8), "NBLA": lambda: "NB-" + digits(8),
             "SPAC": lambda: "SPA" + digits(7) + R.choice("ABCDEFGHJK")}[p.carrier]()
    p.lab_pid = "CRL" + digits(8)
    p.accession = "A24" + digits(7)
    p.kit = "KX" + digits(9)
    p.order = "PMC-ORD-%07d" % R.randint(5500000, 5699999)
    p.member = R.choice(["ZGP", "W", "XEH", "MBR"]) + digits(9)
    p.mbi = make_mbi() if p.age >= 65 else None
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 68, 99, 174, 76, 107, 66]), R.randint(1, 254),
                            R.randint(0, 254), R.randint(1, 254))
    p.idfv = uid().upper()
    p.examiner = R.choice(EXAMINERS)
    p.appt = dt.datetime(2024, 3, R.choice([12, 13, 14, 15, 18, 19]), R.choice([7, 8, 9, 10, 13, 14, 16, 18]),
                         R.choice([0, 30]))
    p.collected = dt.datetime(2024, 3, R.randint(4, 11), R.randint(7, 18), R.randint(0, 59))
    p.bene_rel = R.choice(["Spouse", "Child", "Sibling", "Parent"])
    bf = R.choice(FIRST_F + FIRST_M)
    bl = p.last if R.random() < 0.7 else R.choice(LAST)
    p.bene = (bf, bl)
    p.phys = R.randrange(len(PHYS))
    p.clinic_mrn = digits(R.choice([7, 8]))
    p.face = R.choice([100000, 250000, 500000, 750000, 1000000, 2000000])
    return p


USED = set()
PEOPLE = [mk_person(i, USED) for i in range(46)]


def who():
    return R.choice(PEOPLE)


def full(p, mid=True):
    return " ".join(x for x in [p.first, p.middle if mid else "", p.last] if x)


# ---------------------------------------------------------------- time
def iso_ms(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000)


def loc_iso(ts):
    l = ts + EDT
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (l.microsecond // 1000)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


# ================================================================ systems
# ---- orders-json
def orders_base(ts, level, logger, thread, msg):
    return {"@timestamp": iso_ms(ts), "@version": "1", "message": msg, "logger_name": logger,
            "thread_name": thread, "level": level,
            "level_value": {"INFO": 20000, "WARN": 30000, "DEBUG": 10000, "ERROR": 40000}[level]}


def orders_phi(ts):
    p = who()
    k = R.randrange(5)
    th = "http-nio-8080-exec-%d" % R.randint(1, 24)
    if k == 0:
        o = orders_base(ts, "INFO", "com.kus.orders.intake.OrderIntakeController", th,
                        "Order received from carrier portal")
        o.update({"caseNo": P(p.case, "other_id"), "carrier": p.carrier, "product": p.product,
                  "faceAmount": p.face, "requirements": R.sample(["PARAMED", "BLOOD_URINE", "EKG", "RX_HX", "MIB", "APS", "MVR"], 3),
                  "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 1:
        o = orders_base(ts, "DEBUG", "com.kus.orders.intake.ApplicantNormalizer", th, "Normalized applicant")
        ap = {"nm": {"first": P(p.first, "name"), "last": P(p.last, "name")}, "dob": P(d_iso(p.dob), "date"),
              "gender": p.sex, "addr": {"line1": P(p.line1, "address"), "city": P(p.city, "address"),
                                        "st": p.st, "zip": P(p.zip, "zip")},
              "ph": P(fmt_phone(p.phone, 3), "phone"), "ssnLast4": P(p.ssn[-4:], "ssn")}
        o.update({"caseNo": P(p.case, "other_id"), "applicant": ap, "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 2:
        o = orders_base(ts, "WARN", "com.kus.orders.dedupe.DuplicateOrderFilter", "kafka-consumer-orders-%d" % R.randint(0, 5),
                        S("Duplicate order suppressed for policy ", P(p.pol, "other_id"), " (existing ", p.order, ")"))
        o.update({"carrier": p.carrier, "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 3:
        o = orders_base(ts, "INFO", "com.kus.orders.esign.ESignCallbackHandler", th, "HIPAA authorization signed")
        o.update({"caseNo": P(p.case, "other_id"), "envelopeId": uid(), "clientIp": P(p.ip, "ip"),
                  "deviceId": P(p.idfv, "device"), "signedAt": iso_ms(ts - dt.timedelta(seconds=R.randint(3, 40))),
                  "docSha256": hexs(64)})
    else:
        o = orders_base(ts, "INFO", "com.kus.orders.routing.RequirementRouter", th,
                        S("Routed APS for ", P("%s, %s" % (p.last, p.first), "name"), " to ChartRetrieve"))
        ph = PHYS[p.phys]
        o.update({"caseNo": P(p.case, "other_id"), "physician": "Dr. %s %s" % (ph[0], ph[1]),
                  "physicianNpi": PHYS_NPI[p.phys], "clinic": ph[2], "traceId": hexs(32), "spanId": hexs(16)})
    return [JL("orders-json", o)]


def orders_nophi(ts):
    k = R.randrange(7)
    if k == 0:
        o = orders_base(ts, "DEBUG", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 housekeeper",
                        "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (a := R.randint(1, 9), 20 - a))
    elif k == 1:
        p = who()
        o = orders_base(ts, "INFO", "com.kus.orders.vendor.PmcStatusListener", "kafka-consumer-status-%d" % R.randint(0, 5),
                        "Order %s status %s -> %s" % (p.order, *R.choice([("SUBMITTED", "ACKNOWLEDGED"), ("ACKNOWLEDGED", "SCHEDULED"), ("SCHEDULED", "COMPLETED"), ("COMPLETED", "RESULTS_RECEIVED")])))
        o.update({"vendor": "PMC", "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 2:
        o = orders_base(ts, "INFO", "com.kus.orders.jobs.ApsFollowUpJob", "scheduling-1",
                        "ApsFollowUpJob completed in %d ms, %d requests chased, %d escalated" % (R.randint(300, 4000), R.randint(10, 60), R.randint(0, 6)))
    elif k == 3:
        o = orders_base(ts, "INFO", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "kafka-consumer-orders-0",
                        "[Consumer clientId=orders-svc-%d, groupId=orders-svc] Adding newly assigned partitions: orders.inbound-%d, orders.inbound-%d" % (R.randint(0, 3), R.randint(0, 5), R.randint(6, 11)))
    elif k == 4:
        o = orders_base(ts, "WARN", "com.kus.orders.vendor.SlaMonitor", "scheduling-2",
                        "Vendor SLA breach risk: vendor=PMC region=%s open_orders=%d p95_sched_hours=%.1f" % (R.choice(["OH-SW", "OH-C", "KY-N", "IN-C", "PA-W"]), R.randint(20, 140), R.uniform(20, 70)))
    elif k == 5:
        o = orders_base(ts, "INFO", "com.kus.config.FeatureFlags", "main",
                        "Flag refresh: uw.rx.autoorder=true uw.mvr.enabled=%s build=orders-svc-2.41.%d (git %s)" % (R.choice(["true", "false"]), R.randint(0, 9), hexs(7)))
    else:
        o = orders_base(ts, "INFO", "com.kus.orders.carrier.AcordOutbound", "acord-out-%d" % R.randint(1, 4),
                        "TXLife 121 delivered to https://b2b.paramedconnect.com/acord/v2 in %d ms (HTTP 200)" % R.randint(120, 900))
        o.update({"transRefGUID": uid(), "traceId": hexs(32), "spanId": hexs(16)})
    return [JL("orders-json", o)]


def java_trace(ts):
    p = who()
    lines = []
    o = orders_base(ts, "ERROR", "com.kus.orders.vendor.PmcClient", "acord-out-%d" % R.randint(1, 4),
                    "PMC order submit failed, will retry (attempt %d/5)" % R.randint(1, 4))
    o.update({"orderId": p.order, "traceId": hexs(32), "spanId": hexs(16)})
    lines.append(JL("orders-json", o))
    frames = ["com.kus.orders.vendor.PmcClientException: HTTP 409 Conflict from https://b2b.paramedconnect.com/acord/v2: {\"code\":\"DUP_TRANSREF\",\"ref\":\"%s\"}" % uid(),
              "\tat com.kus.orders.vendor.PmcClient.submit(PmcClient.java:188)",
              "\tat com.kus.orders.carrier.AcordOutbound.deliver(AcordOutbound.java:97)",
              "\tat com.kus.orders.carrier.AcordOutbound$$SpringCGLIB$$0.deliver(<generated>)",
              "\tat org.springframework.retry.support.RetryTemplate.doExecute(RetryTemplate.java:357)",
              "\t... 14 common frames omitted"]
    for f in frames:
        lines.append(T("java-trace", "{x}", x=f))
    return lines


# ---- dispatch-logfmt
def dispatch_phi(ts):
    p = who()
    ex = p.examiner
    L = Line("dispatch-logfmt")
    k = R.randrange(3)
    if k == 0:
        pairs = [("ts", loc_iso(ts)), ("level", "info"), ("svc", "dispatch-api"), ("msg", "appointment booked"),
                 ("order", p.order), ("examiner", ex[0]),
                 ("appt_start", P(p.appt.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")),
                 ("addr", P("%s, %s" % (p.line1, p.city), "address")), ("st", p.st), ("zip", P(p.zip, "zip")),
                 ("tel", P(fmt_phone(p.phone, 2), "phone")), ("lang", R.choice(["en", "en", "es"]))]
    elif k == 1:
        lat, lon = GEO[p.city]
        pairs = [("ts", loc_iso(ts)), ("level", "debug"), ("svc", "dispatch-api"), ("msg", "geocoded"),
                 ("order", p.order), ("provider", "here"),
                 ("loc", P("%.5f,%.5f" % (lat + R.uniform(-.05, .05), lon + R.uniform(-.05, .05)), "address")),
                 ("zip", P(p.zip, "zip")), ("match", "houseNumber"), ("dur", "%dms" % R.randint(40, 300))]
    else:
        pairs = [("ts", loc_iso(ts)), ("level", "warn"), ("svc", "dispatch-api"), ("msg", "applicant unreachable"),
                 ("order", p.order), ("attempt", R.randint(1, 3)), ("tel", P(fmt_phone(p.phone, 3), "phone")),
                 ("alt_tel", P(fmt_phone(p.phone2, 3), "phone")), ("next_try", "+4h")]
    return [KV(L, pairs)]


def dispatch_nophi(ts):
    ex = R.choice(EXAMINERS)
    L = Line("dispatch-logfmt")
    k = R.randrange(4)
    if k == 0:
        pairs = [("ts", loc_iso(ts)), ("level", "info"), ("svc", "route-opt"), ("msg", "route optimized"),
                 ("examiner", ex[0]), ("stops", R.randint(3, 8)), ("drive_min", R.randint(60, 240)),
                 ("km", "%.1f" % R.uniform(40, 260)), ("solver", "ortools-9.8"), ("dur", "%dms" % R.randint(200, 3000))]
    elif k == 1:
        pairs = [("ts", loc_iso(ts)), ("level", "info"), ("svc", "dispatch-api"), ("msg", "examiner shift start"),
                 ("examiner", ex[0]), ("examiner_name", ex[1]), ("cert", "CPT1-%s-%s" % (R.choice(["OH", "KY", "IN"]), digits(5))),
                 ("tablet", "R52W%s" % digits(6))]
    elif k == 2:
        pairs = [("ts", loc_iso(ts)), ("level", "debug"), ("svc", "dispatch-api"), ("msg", "gps ping"),
                 ("examiner", ex[0]), ("lat", "%.5f" % R.uniform(38.0, 41.7)), ("lon", "%.5f" % R.uniform(-86.5, -80.0)),
                 ("acc_m", R.randint(4, 40)), ("speed_kph", R.randint(0, 110))]
    else:
        pairs = [("ts", loc_iso(ts)), ("level", "info"), ("svc", "capacity"), ("msg", "capacity recalculated"),
                 ("region", R.choice(["OH-SW", "OH-C", "KY-N", "IN-C", "PA-W"])), ("slots_open", R.randint(5, 60)),
                 ("examiners_on", R.randint(3, 14)), ("horizon_days", 7)]
    return [KV(L, pairs)]


# ---- florence-app
def app_base(ts, evt, ex):
    return {"ts": int(ts.timestamp() * 1000), "evt": evt, "appVer": "4.18.2 (40182)", "os": "Android 14",
            "device": "SM-T738U", "examinerId": ex[0], "sess": hexs(16)}


def app_phi(ts):
    p = who()
    k = R.randrange(4)
    if k == 0:
        o = app_base(ts, "idScan", p.examiner)
        o.update({"orderRef": p.order, "dl": {"num": P(p.dl, "license"), "st": p.st,
                                              "name": P("%s, %s" % (ascii_up(p.last), ascii_up(p.first)), "name"),
                                              "dob": P(p.dob.strftime("%m%d%Y"), "date")}, "pdf417": "ok"})
    elif k == 1:
        o = app_base(ts, "photoIdCapture", p.examiner)
        o.update({"orderRef": p.order, "img": {"mime": "image/jpeg", "w": 1280, "h": 806,
                                               "b64": P(b64blob("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA", 66) + "...", "photo"),
                                               "bytes": R.randint(90000, 260000)}})
    elif k == 2:
        o = app_base(ts, "examComplete", p.examiner)
        o.update({"caseNo": P(p.case, "other_id"), "collectedAt": P(p.collected.strftime("%Y-%m-%dT%H:%M:00"), "date"),
                  "tubes": ["SST", "GRY", "LAV"], "urine": True, "kitBarcode": P(p.kit, "other_id"),
                  "insuredSig": "captured"})
    else:
        o = app_base(ts, "applicantEdit", p.examiner)
        if p.unit:
            old, reason = p.street, "unit missing"
        else:
            num, rest = p.line1.split(" ", 1)
            old, reason = (num[::-1] if len(set(num)) > 1 else num + "0") + " " + rest, "house number typo"
        o.update({"orderRef": p.order, "field": "addressLine1", "old": P(old, "address"),
                  "new": P(p.line1, "address"), "reason": reason})
    return [JL("florence-app", o, a=True)]


def app_nophi(ts):
    ex = R.choice(EXAMINERS)
    p = who()
    k = R.randrange(4)
    if k == 0:
        o = app_base(ts, "vitalsSaved", ex)
        o.update({"orderRef": p.order, "bp": "%d/%d" % (R.randint(108, 156), R.randint(66, 98)), "pulse": R.randint(55, 98),
                  "htIn": R.randint(60, 76), "wtLb": R.randint(118, 290), "armCirc": "reg"})
    elif k == 1:
        o = app_base(ts, "syncComplete", ex)
        o.update({"queued": R.randint(0, 12), "uploaded": R.randint(0, 12), "bytes": R.randint(2000, 900000),
                  "net": R.choice(["LTE", "WIFI", "5G"]), "ms": R.randint(300, 9000)})
    elif k == 2:
        o = app_base(ts, "battery", ex)
        o.update({"pct": R.randint(8, 100), "charging": R.choice([True, False]), "tempC": round(R.uniform(24, 41), 1)})
    else:
        o = app_base(ts, "crash", ex)
        o.update({"exc": "java.lang.IllegalStateException: Fragment ConsentFragment{%s} not attached to a context." % hexs(7),
                  "thread": "main", "buildId": hexs(40)})
    return [JL("florence-app", o, a=True)]


# ---- nginx-access
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


def ngx_ts(ts):
    return ts.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def pct(s):
    return urllib.parse.quote(s, safe="")


def nginx_phi(ts):
    p = who()
    k = R.randrange(3)
    L = Line("nginx-access")
    if k == 0:
        L.t("10.42.%d.%d - - %s \"GET /api/v2/cases/" % (R.randint(0, 9), R.randint(2, 250), ngx_ts(ts)))
        L.p(p.case, "other_id")
        L.t("/requirements HTTP/1.1\" 200 %d \"-\" \"uw-workbench/7.3.0\" rt=%.3f upstream=10.42.5.%d:8080" % (R.randint(800, 9000), R.uniform(.01, .4), R.randint(2, 40)))
    elif k == 1:
        L.p(p.ip, "ip")
        L.t(" - - %s \"GET /consent/v1/start?c=" % ngx_ts(ts))
        L.p(p.case, "other_id")
        L.t("&ln=")
        L.p(P(p.last, "name", pct, urllib.parse.unquote))
        L.t(" HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" % (R.randint(3000, 30000), R.choice(UAS), R.uniform(.02, .3)))
    else:
        L.t("10.42.%d.%d - nfarouk %s \"GET /api/v2/applicants/search?last=" % (R.randint(0, 9), R.randint(2, 250), ngx_ts(ts)))
        L.p(P(p.last, "name", pct, urllib.parse.unquote))
        L.t("&first=")
        L.p(P(p.first, "name", pct, urllib.parse.unquote))
        L.t("&dob=")
        L.p(d_iso(p.dob), "date")
        L.t(" HTTP/1.1\" 200 %d \"https://workbench.kus-uw.com/search\" \"%s\" rt=%.3f" % (R.randint(300, 4000), UAS[2], R.uniform(.02, .9)))
    return [L]


def nginx_nophi(ts):
    k = R.randrange(4)
    if k == 0:
        s = "10.42.%d.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" rt=0.001 upstream=10.42.5.%d:8080" % (R.randint(0, 9), R.randint(2, 250), ngx_ts(ts), R.randint(2, 40))
    elif k == 1:
        s = "%s - gmlic-orderbridge %s \"POST /api/v2/orders HTTP/1.1\" 201 %d \"-\" \"GraniteMutual-OrderBridge/3.2.7\" rt=%.3f upstream=10.42.5.%d:8080" % (R.choice(["34.202.17.88", "52.70.144.9", "3.221.56.140"]), ngx_ts(ts), R.randint(200, 700), R.uniform(.05, .5), R.randint(2, 40))
    elif k == 2:
        s = "%s - - %s \"GET /consent/static/js/main.%s.js HTTP/2.0\" 200 %d \"https://consent.kus-uw.com/\" \"%s\" rt=0.004" % ("10.42.0.1", ngx_ts(ts), hexs(8), R.randint(90000, 300000), R.choice(UAS))
    else:
        s = "%s - pmc-b2b %s \"POST /webhooks/pmc/status HTTP/1.1\" 204 0 \"-\" \"PMC-Webhook/2.0\" rt=%.3f upstream=10.42.6.%d:9090" % (R.choice(["52.14.88.201", "18.191.40.77"]), ngx_ts(ts), R.uniform(.005, .08), R.randint(2, 30))
    return [T("nginx-access", "{x}", x=s)]


# ---- syslog
MX = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.102.27"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.72"),
      "icloud.com": ("mx01.mail.icloud.com", "17.57.155.22"), "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.26"),
      "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.11.0"), "comcast.net": ("mx2h1.comcast.net", "96.114.157.81"),
      "att.net": ("al-ip4-mx-vip1.prodigy.net", "144.160.235.143")}


def syslog_phi(ts):
    p = who()
    L = Line("syslog")
    qid = hexs(10).upper()
    L.t("<22>1 %s kus-mta-02 postfix/smtp %d - - %s: to=<" % (iso_ms(ts).replace("Z", "+00:00"), R.randint(2000, 9000), qid))
    L.p(p.email, "email")
    dom = p.email.split("@")[1]
    mx = MX[dom]
    L.t(">, relay=%s[%s]:25, delay=%.2f, delays=0.04/0.01/0.3/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s)" % (
        mx[0], mx[1], R.uniform(.3, 3), R.uniform(.1, 2), int(ts.timestamp()), hexs(12)))
    return [L]


def syslog_nophi(ts):
    k = R.randrange(5)
    t = ts.strftime("%b %d %H:%M:%S")
    if k == 0:
        s = "%s kus-bastion-01 sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" % (t, R.randint(1000, 40000), R.randint(2, 60), R.randint(30000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("="))
    elif k == 1:
        s = "%s kus-batch-03 CRON[%d]: (svc-uw) CMD (/opt/kus/bin/mib_batch.sh --submit >> /var/log/kus/mib.log 2>&1)" % (t, R.randint(1000, 40000))
    elif k == 2:
        s = "%s kus-mta-02 postfix/smtp[%d]: %s: to=<apsdesk@%s>, relay=%s[%s]:25, delay=0.9, dsn=2.0.0, status=sent (250 ok)" % (
            t, R.randint(2000, 9000), hexs(10).upper(), R.choice(["granitemutual.com", "northbridgelife.com", "sablepoint.com"]),
            "mail.protection.outlook.com", "52.101.%d.%d" % (R.randint(0, 200), R.randint(1, 254)))
    elif k == 3:
        s = "%s kus-k8s-node-%02d kernel: [%d.%06d] cni0: port %d(veth%s) entered forwarding state" % (t, R.randint(1, 12), R.randint(100000, 999999), R.randint(0, 999999), R.randint(1, 30), hexs(8))
    else:
        s = "%s kus-haproxy-01 haproxy[%d]: Server be_orders/orders-%d is UP, reason: Layer7 check passed, code: 200, check duration: %dms. %d active and 0 backup servers online." % (t, R.randint(1000, 9000), R.randint(1, 4), R.randint(1, 9), R.randint(2, 4))
    return [T("syslog", "{x}", x=s)]


# ---- hl7-oru
OBX_TESTS = [("2345-7", "Glucose", "NM", lambda: str(R.randint(78, 160)), "mg/dL", "65-99"),
             ("4548-4", "Hemoglobin A1c", "NM", lambda: "%.1f" % R.uniform(4.8, 8.2), "%", "<5.7"),
             ("2093-3", "Cholesterol", "NM", lambda: str(R.randint(140, 280)), "mg/dL", "<200"),
             ("2085-9", "HDL Cholesterol", "NM", lambda: str(R.randint(30, 90)), "mg/dL", ">39"),
             ("1920-8", "AST", "NM", lambda: str(R.randint(12, 70)), "U/L", "10-40"),
             ("10366-3", "Cotinine", "ST", lambda: R.choice(["<10", "<10", "412"]), "ng/mL", "<200"),
             ("2324-2", "GGT", "NM", lambda: str(R.randint(9, 120)), "U/L", "8-61"),
             ("7918-6", "HIV 1+2 Ab", "ST", lambda: "Nonreactive", "", "Nonreactive")]


def hl7(ts):
    p = who()
    mt = (ts + EDT).strftime("%Y%m%d%H%M%S") + "-0400"
    ctl = "CRL" + digits(12)
    out = [T("hl7-oru", "MSH|^~\\&|CRL-LIS|CRESTLINE CLINICAL LAB^34D2145667^CLIA|KUS-UW|KEYSTONE UW SVCS|{t}||ORU^R01^ORU_R01|{c}|P|2.5.1",
             t=mt, c=ctl)]
    L = Line("hl7-oru")
    L.t("PID|1||"); L.p(p.lab_pid, "mrn"); L.t("^^^CRL^PI||")
    L.p("%s^%s%s" % (ascii_up(p.last), ascii_up(p.first), ("^" + ascii_up(p.middle)) if p.middle else ""), "name")
    L.t("||"); L.p(p.dob.strftime("%Y%m%d"), "date"); L.t("|%s|||" % p.sex)
    L.p(ascii_up(p.line1), "address"); L.t("^^"); L.p(ascii_up(p.city), "address"); L.t("^%s^" % p.st)
    L.p(p.zip, "zip"); L.t("^USA||"); L.p(fmt_phone(p.phone, 0), "phone"); L.t("||||||")
    L.p(p.ssn.replace("-", ""), "ssn")
    out.append(L)
    L = Line("hl7-oru"); L.t("ORC|RE|%s|" % p.order); L.p(p.accession, "other_id"); L.t("^CRL||CM")
    out.append(L)
    L = Line("hl7-oru")
    L.t("OBR|1|%s|" % p.order); L.p(p.accession, "other_id")
    L.t("^CRL|UWPNL^Underwriting Panel^L|||"); L.p(p.collected.strftime("%Y%m%d%H%M"), "date")
    L.t("|||||||BLD|%s^%s^%s^^^DR||||||%s|||F" % (MED_DIR[0], MED_DIR[1], MED_DIR[2], (ts + EDT).strftime("%Y%m%d%H%M")))
    out.append(L)
    for i, (code, name, vt, val, unit, rng) in enumerate(R.sample(OBX_TESTS, R.randint(3, 5))):
        v = val()
        flag = "N"
        try:
            x = float(v.lstrip("<"))
            if rng.startswith("<") and x >= float(rng[1:]) or rng.startswith(">") and x <= float(rng[1:]):
                flag = "H" if rng.startswith("<") else "L"
            elif "-" in rng:
                lo, hi = map(float, rng.split("-"))
                flag = "H" if x > hi else ("L" if x < lo else "N")
        except ValueError:
            pass
        out.append(T("hl7-oru", "OBX|{i}|{vt}|{c}^{n}^LN||{v}|{u}|{r}|{f}|||F|||{t}",
                     i=i + 1, vt=vt, c=code, n=name, v=v, u=unit, r=rng, f=flag, t=(ts + EDT).strftime("%Y%m%d%H%M")))
    if R.random() < 0.4:
        L = Line("hl7-oru")
        L.t("NTE|1|L|Requisition DOB ")
        wrong = p.dob.replace(year=p.dob.year - 1)
        L.p(d_us(wrong), "date"); L.t(" does not match ID scan DOB "); L.p(d_us(p.dob), "date"); L.t("; released per SOP CRL-QA-114")
        out.append(L)
    else:
        out.append(T("hl7-oru", "NTE|1|L|Specimen received ambient; fasting {h}h per examiner.", h=R.randint(0, 14)))
    return out


# ---- acord-xml
def acord(ts):
    p = who()
    ag = R.choice(AGENTS)
    le = ts + EDT
    X = lambda s: xesc(s, {"'": "&apos;", '"': "&quot;"})
    px = lambda v, c: P(v, c, X, xunesc)
    out = []
    add = lambda tpl, **kw: out.append(T("acord-xml", tpl, **kw))
    add('<TXLife xmlns="http://ACORD.org/Standards/Life/2" Version="2.38.00">')
    add('  <TXLifeRequest PrimaryObjectID="Holding_1">')
    add('    <TransRefGUID>{g}</TransRefGUID><TransType tc="121">General Requirement Order Request</TransType>', g=uid())
    add('    <TransExeDate>{d}</TransExeDate><TransExeTime>{t}-04:00</TransExeTime>', d=le.strftime("%Y-%m-%d"), t=le.strftime("%H:%M:%S"))
    add('    <OLifE><Holding id="Holding_1"><Policy><PolNumber>{n}</PolNumber><CarrierCode>{c}</CarrierCode><ProductCode>{pr}</ProductCode><FaceAmt>{f}</FaceAmt></Policy></Holding>',
        n=P(p.pol, "other_id"), c=p.carrier, pr=p.product, f=p.face)
    add('      <Party id="Party_PI"><PartyTypeCode tc="1">Person</PartyTypeCode><GovtID>{s}</GovtID><GovtIDTC tc="1">Social Security Number</GovtIDTC>',
        s=P(p.ssn.replace("-", ""), "ssn"))
    if p.middle:
        add('        <Person><FirstName>{f}</FirstName><MiddleName>{m}</MiddleName><LastName>{l}</LastName><Gender tc="{g}">{gn}</Gender><BirthDate>{b}</BirthDate></Person>',
            f=px(p.first, "name"), m=px(p.middle, "name"), l=px(p.last, "name"), g="2" if p.sex == "F" else "1",
            gn="Female" if p.sex == "F" else "Male", b=P(d_iso(p.dob), "date"))
    else:
        add('        <Person><FirstName>{f}</FirstName><LastName>{l}</LastName><Gender tc="{g}">{gn}</Gender><BirthDate>{b}</BirthDate></Person>',
            f=px(p.first, "name"), l=px(p.last, "name"), g="2" if p.sex == "F" else "1",
            gn="Female" if p.sex == "F" else "Male", b=P(d_iso(p.dob), "date"))
    add('        <Address><AddressTypeCode tc="1">Residence</AddressTypeCode><Line1>{l}</Line1><City>{c}</City><AddressStateTC tc="{tc}">{st}</AddressStateTC><Zip>{z}</Zip></Address>',
        l=px(p.line1, "address"), c=px(p.city, "address"), tc=ST_TC[p.st], st=p.st, z=P(p.zip, "zip"))
    add('        <Phone><PhoneTypeCode tc="12">Mobile</PhoneTypeCode><AreaCode>{a}</AreaCode><DialNumber>{n}</DialNumber></Phone><EMailAddress><AddrLine>{e}</AddrLine></EMailAddress>',
        a=P(p.phone[:3], "phone"), n=P(p.phone[3:], "phone"), e=P(p.email, "email"))
    add('      </Party>')
    add('      <Party id="Party_Agent"><Person><FirstName>{f}</FirstName><LastName>{l}</LastName></Person><Producer><CarrierAppointment><CompanyProducerID>{i}</CompanyProducerID></CarrierAppointment></Producer></Party>',
        f=ag[0], l=ag[1], i=ag[2])
    add('      <Party id="Party_Bene"><Person><FirstName>{f}</FirstName><LastName>{l}</LastName></Person></Party>',
        f=px(p.bene[0], "name"), l=px(p.bene[1], "name"))
    add('      <Relation OriginatingObjectID="Holding_1" RelatedObjectID="Party_Bene"><RelationRoleCode tc="34">Primary Beneficiary</RelationRoleCode><RelationDescription>{r}</RelationDescription><InterestPercent>100</InterestPercent></Relation>',
        r=p.bene_rel)
    add('      <RequirementInfo id="Req_1"><ReqCode tc="11">Paramedical Exam</ReqCode><RequestedScheduleDate>{d}</RequestedScheduleDate><ReqStatus tc="1">Ordered</ReqStatus><ProviderOrderNumber>{o}</ProviderOrderNumber></RequirementInfo>',
        d=P(d_iso(p.appt.date()), "date"), o=p.order)
    add('    </OLifE>')
    add('  </TXLifeRequest>')
    add('</TXLife>')
    return out


# ---- vendor-client-json (python, ascii escapes)
def vc_base(ts, vendor, evt, lvl="INFO"):
    return {"ts": iso_ms(ts), "lvl": lvl, "svc": "vendor-client", "vendor": vendor, "evt": evt}


def vendor_phi(ts):
    p = who()
    k = R.randrange(6)
    if k == 0:
        o = vc_base(ts, "ScriptSight", "rx.inquiry.sent")
        o.update({"inq_id": uid(), "subj": {"fn": P(p.first, "name"), "ln": P(p.last, "name"),
                                            "dob": P(d_iso(p.dob), "date"), "zip": P(p.zip, "zip"), "sex": p.sex},
                  "consent_ref": uid(), "product": "RxHx-7yr"})
        if R.random() < 0.5:
            o["subj"]["pbm_member_id"] = P(p.member, "health_plan")
        if p.mbi:
            o["subj"]["mbi"] = P(p.mbi, "health_plan")
    elif k == 1:
        fills = []
        for _ in range(R.randint(1, 3)):
            ndc, desc = R.choice(DRUGS)
            fd = dt.date(2023, R.randint(1, 12), R.randint(1, 28))
            fills.append({"ndc": ndc, "desc": desc, "filled": P(d_iso(fd), "date"), "qty": R.choice([30, 90]),
                          "prescriber_npi": R.choice(PHYS_NPI), "ncpdp": digits(7)})
        mids = [P(p.member, "health_plan")]
        if p.mbi:
            mids.append(P(p.mbi, "health_plan"))
        o = vc_base(ts, "ScriptSight", "rx.inquiry.result")
        o.update({"inq_id": uid(), "hits": len(fills), "score": R.randint(5, 90), "member_ids": mids, "fills": fills,
                  "latency_ms": R.randint(300, 4000)})
    elif k == 2:
        o = vc_base(ts, "MVRNow", "mvr.order")
        o.update({"req": "MVR-%s" % digits(8), "dl": P(p.dl, "license"), "dl_state": p.st,
                  "name": P("%s %s" % (p.first, p.last), "name"), "dob": P(d_us(p.dob), "date"), "years": 3})
    elif k == 3:
        o = vc_base(ts, "VoxVerify", "voice.enroll")
        o.update({"case": P(p.case, "other_id"), "model": "vp-ecapa-2.1", "dim": 192,
                  "template": P(b64blob("", 48) + "...", "biometric"), "snr_db": round(R.uniform(12, 31), 1)})
    elif k == 4:
        o = vc_base(ts, "StepTrue", "wearable.link")
        o.update({"case": P(p.case, "other_id"), "model": R.choice(["Fitbit Charge 6", "Garmin Venu 3", "Apple Watch S9"]),
                  "device_serial": P(R.choice(["FB", "GV", "AW"]) + digits(2) + hexs(10).upper(), "device"),
                  "days_shared": 90})
    else:
        o = vc_base(ts, "ScriptSight", "rx.inquiry.error", "WARN")
        o.update({"inq_id": uid(), "http": 422, "err": S("subject dob invalid: ", P(p.dob.strftime("%Y-%d-%m") if p.dob.day > 12 else "%d-02-30" % p.dob.year, "date")),
                  "retry": False})
    return [JL("vendor-client-json", o, a=True, sep=(", ", ": "))]


def vendor_nophi(ts):
    k = R.randrange(4)
    if k == 0:
        o = vc_base(ts, R.choice(["ScriptSight", "MVRNow", "VoxVerify"]), "oauth.token.refresh")
        o.update({"expires_in": 3600, "scope": "inquiry:write report:read", "kid": hexs(16)})
    elif k == 1:
        o = vc_base(ts, "ScriptSight", "rx.inquiry.result")
        o.update({"inq_id": uid(), "hits": 0, "score": 0, "latency_ms": R.randint(300, 3000)})
    elif k == 2:
        o = vc_base(ts, "MVRNow", "rate.limited", "WARN")
        o.update({"retry_after_s": R.randint(1, 30), "bucket": "mvr-orders", "endpoint": "https://api.mvrnow.io/v3/orders"})
    else:
        o = vc_base(ts, "VoxVerify", "voice.verify.result")
        o.update({"session": uid(), "match": R.choice([True, True, False]), "score": round(R.uniform(.4, .99), 3), "threshold": 0.72})
    return [JL("vendor-client-json", o, a=True, sep=(", ", ": "))]


# ---- fax-kv
def fax_phi(ts):
    p = who()
    ph = PHYS[p.phys]
    L = Line("fax-kv")
    if R.random() < 0.5:
        KV(L, [("ts", iso_ms(ts)), ("host", "faxgw-01"), ("app", "fax-relay"), ("job", "FX-%d" % R.randint(80000, 99999)),
               ("dir", "out"), ("to", ph[3]), ("pages", R.randint(3, 8)),
               ("subj", S_kv("APS Request RE: ", P("%s, %s" % (ascii_up(p.last), ascii_up(p.first)), "name"),
                             " DOB ", P(d_us(p.dob), "date"), " Pol# ", P(p.pol, "other_id"))),
               ("status", "queued")])
    else:
        vd = dt.date(2023, R.randint(1, 12), R.randint(1, 28))
        KV(L, [("ts", iso_ms(ts)), ("host", "faxgw-01"), ("app", "fax-relay"), ("job", "FX-%d" % R.randint(80000, 99999)),
               ("dir", "in"), ("from", ph[3]), ("pages", R.randint(6, 40)), ("ocr_conf", "%.2f" % R.uniform(.7, .99)),
               ("ocr_head", S_kv("%s  Patient: " % ph[2], P(full(p, False), "name"), "  MRN: ", P(p.clinic_mrn, "mrn"),
                                 "  DOB: ", P(d_us(p.dob), "date"), "  Visit: ", P(d_us(vd), "date")))])
    return [L]


class S_kv:
    """Quoted kv value built from parts."""

    def __init__(self, *parts):
        self.parts = parts


_KV = KV


def KV(L, pairs, sep=" "):  # noqa: F811  (extends KV with S_kv support)
    for i, (k, v) in enumerate(pairs):
        if isinstance(v, S_kv):
            if i:
                L.t(sep)
            L.t(k + '="')
            for part in v.parts:
                L.add(part)
            L.t('"')
        else:
            if i:
                L.t(sep)
            _KV(L, [(k, v)])
    return L


def fax_nophi(ts):
    ph = R.choice(PHYS)
    k = R.randrange(3)
    job = "FX-%d" % R.randint(80000, 99999)
    if k == 0:
        pairs = [("ts", iso_ms(ts)), ("host", "faxgw-01"), ("app", "fax-relay"), ("job", job), ("status", "delivered"),
                 ("duration", "%ds" % R.randint(30, 300)), ("csid", ph[2][:20].upper()), ("to", ph[3])]
    elif k == 1:
        pairs = [("ts", iso_ms(ts)), ("host", "faxgw-02"), ("app", "fax-relay"), ("job", job), ("status", "busy"),
                 ("retry", "%d/5" % R.randint(1, 4)), ("to", ph[3]), ("next", "+15m")]
    else:
        pairs = [("ts", iso_ms(ts)), ("host", "faxgw-01"), ("app", "fax-relay"), ("msg", "line status"),
                 ("lines_up", R.randint(6, 8)), ("lines_total", 8), ("trunk", "sip.efaxrelay.net"), ("codec", "T.38")]
    return [KV(Line("fax-kv"), pairs)]


# ---- billing-csv
def billing_phi(ts):
    p = who()
    svc = R.choice(["PMX-BLD-URN", "PMX-EKG", "PMX-BASIC", "APS-RET", "RXHX", "MVR-3Y"])
    L = Line("billing-csv")
    L.t("INV-PMC-240311,PMC,%s," % p.order); L.p(p.case, "other_id"); L.t(",")
    last = p.last
    if " " in last or "'" in last:
        L.t('"'); L.p(last, "name"); L.t('"')
    else:
        L.p(last, "name")
    L.t(",%s," % svc); L.p(d_iso(p.collected.date()), "date")
    L.t(",%.2f,%s" % (R.choice([45.0, 85.0, 110.0, 62.5, 19.75]), p.examiner[0]))
    return [L]


def billing_nophi(ts):
    k = R.randrange(3)
    if k == 0:
        s = "invoice_no,vendor,order_id,case_no,insured_last,svc_code,dos,fee_usd,examiner_id"
    elif k == 1:
        s = "INV-PMC-240311,PMC,,,,ADJ-MILEAGE,,%.2f,%s" % (R.uniform(5, 40), R.choice(EXAMINERS)[0])
    else:
        s = "INV-PMC-240311,PMC,TOTAL,,,,,%.2f," % R.uniform(12000, 30000)
    return [T("billing-csv", "{x}", x=s)]


# ---- vendor-pipe
def pipe_phi(ts):
    p = who()
    t = (ts + EDT).strftime("%Y%m%d%H%M%S")
    k = R.randrange(3)
    L = Line("vendor-pipe")
    if k == 0:
        L.t("STS|PMC|%s|%s|" % (t, p.order)); L.p(p.case, "other_id"); L.t("|SCH|")
        L.p(p.appt.strftime("%Y%m%d %H%M"), "date"); L.t("|%s|" % p.examiner[0])
    elif k == 1:
        L.t("STS|PMC|%s|%s|" % (t, p.order)); L.p(p.case, "other_id"); L.t("|HLD|Applicant unreachable - 3 attempts to ")
        L.p(fmt_phone(p.phone, 0), "phone"); L.t("|%s|" % p.examiner[0])
    else:
        ph = PHYS[p.phys]
        L.t("APS|CRV|%s|CRV-%s|" % (t, digits(6))); L.p(p.case, "other_id")
        L.t("|%s|Dr %s %s|%s|%s|" % (R.choice(["REQUESTED", "IN_PROGRESS", "RECEIVED"]), ph[0], ph[1], ph[2], ph[3][2:]))
    return [L]


def pipe_nophi(ts):
    t = (ts + EDT).strftime("%Y%m%d%H%M%S")
    k = R.randrange(2)
    if k == 0:
        s = "HB|PMC|%s|seq=%d|ok" % (t, R.randint(80000, 99999))
    else:
        s = "APS|CRV|%s|BATCH|%d|open=%d|aged30=%d|" % (t, R.randint(100, 999), R.randint(80, 400), R.randint(3, 40))
    return [T("vendor-pipe", "{x}", x=s)]


# ---- py-traceback
def pylog_ts(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (ts.microsecond // 1000)


def pytrace(ts):
    p = who()
    out = []
    k = R.randrange(2)
    if k == 0:
        L = Line("py-traceback")
        L.t("%s ERROR augusta.worker [pid %d] rule BUILD_RATIO failed case=" % (pylog_ts(ts), R.randint(1000, 9000)))
        L.p(p.case, "other_id")
        out.append(L)
        for s in ["Traceback (most recent call last):",
                  '  File "/app/augusta/engine/evaluate.py", line 214, in evaluate_case',
                  "    score = rule.apply(ctx)",
                  '  File "/app/augusta/rules/build_ratio.py", line 58, in apply',
                  "    bmi = ctx.weight_lb / (ctx.height_in ** 2) * 703",
                  "ZeroDivisionError: division by zero"]:
            out.append(T("py-traceback", "{x}", x=s))
    else:
        out.append(T("py-traceback", "{t} ERROR augusta.intake [pid {pid}] applicant payload rejected (source=PMC)",
                     t=pylog_ts(ts), pid=R.randint(1000, 9000)))
        for s in ["Traceback (most recent call last):",
                  '  File "/app/augusta/intake/parse.py", line 77, in parse_applicant',
                  "    dob = dateutil.parser.parse(raw['dob']).date()",
                  '  File "/usr/local/lib/python3.11/site-packages/dateutil/parser/_parser.py", line 1368, in parse',
                  "    return DEFAULTPARSER.parse(timestr, **kwargs)"]:
            out.append(T("py-traceback", "{x}", x=s))
        L = Line("py-traceback")
        L.t("dateutil.parser._parser.ParserError: day is out of range for month: ")
        L.p("02/30/%d" % p.dob.year, "date")
        out.append(L)
    return out


def pylog_nophi(ts):
    s = R.choice(["%s INFO augusta.worker [pid %d] evaluated %d cases in %.1fs (ruleset 2024.03.2, %d rules)",
                  "%s WARNING augusta.cache [pid %d] ruleset cache miss key=rs:%d ttl=%d"])
    if "evaluated" in s:
        s = s % (pylog_ts(ts), R.randint(1000, 9000), R.randint(5, 80), R.uniform(1, 40), R.randint(300, 420))
    else:
        s = s % (pylog_ts(ts), R.randint(1000, 9000), R.randint(1000, 9999), R.randint(60, 900))
    return [T("py-traceback", "{x}", x=s)]


# ---- pg-log
def pg_pref(ts):
    return "%s UTC [%d] uw_app@uwdb " % (ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (ts.microsecond // 1000), R.randint(20000, 60000))


def pg_phi(ts):
    p = who()
    k = R.randrange(3)
    out = []
    L = Line("pg-log")
    L.t(pg_pref(ts))
    if k == 0:
        L.t('LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,"SELECT id, case_no, status FROM uw_case WHERE applicant_ssn = \'' % R.randint(1000, 99999))
        L.p(p.ssn, "ssn"); L.t("'\",<not logged>")
        out.append(L)
    elif k == 1:
        L.t("LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE applicant SET phone_home = '" % R.randint(1000, 99999))
        L.p(p.phone, "phone"); L.t("', email = '"); L.p(p.email, "email"); L.t("', updated_at = now() WHERE case_no = '")
        L.p(p.case, "other_id"); L.t("'\",<not logged>")
        out.append(L)
    else:
        pre = pg_pref(ts)
        out.append(T("pg-log", '{p}ERROR:  duplicate key value violates unique constraint "applicant_ssn_key"', p=pre))
        L = Line("pg-log"); L.t(pre + "DETAIL:  Key (ssn)=("); L.p(p.ssn.replace("-", ""), "ssn"); L.t(") already exists.")
        out.append(L)
        out.append(T("pg-log", "{p}STATEMENT:  INSERT INTO applicant (case_no, ssn, dob, last_name) VALUES ($1, $2, $3, $4)", p=pre))
    return out


def pg_nophi(ts):
    k = R.randrange(3)
    if k == 0:
        s = pg_pref(ts) + "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM aps_request WHERE status = 'CHASE' AND last_contact < now() - interval '10 days'" % R.uniform(200, 3000)
    elif k == 1:
        s = "%s UTC [%d] LOG:  automatic vacuum of table \"uwdb.public.order_event\": index scans: 1, pages: 0 removed, %d remain" % (ts.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(20000, 60000), R.randint(1000, 90000))
    else:
        s = "%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (ts.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(20000, 60000), R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 30))
    return [T("pg-log", "{x}", x=s)]


# ---- sms-gw
def sms_pref(ts, d):
    return "%s sms-gw INFO %s sid=SM%s " % (iso_ms(ts), d, hexs(32))


def sms_phi(ts):
    p = who()
    k = R.randrange(5)
    L = Line("sms-gw")
    if k in (0, 1):
        es = k == 1
        L.t(sms_pref(ts, "outbound") + "to="); L.p(fmt_phone(p.phone, 2), "phone"); L.t(" from=+18445550192 seg=2 body=\"")
        if es:
            L.t("Hola "); L.p(p.first, "name"); L.t(", su examen médico con ParaMed Connect está programado para el ")
            L.p(p.appt.strftime("%d/%m"), "date"); L.t(" a las " + p.appt.strftime("%H:%M"))
            L.t(" en "); L.p(p.line1, "address"); L.t(". Ayuno de 8 horas. Responda C para confirmar.\"")
        else:
            L.t("Hi "); L.p(p.first, "name"); L.t(", this is ParaMed Connect for Keystone UW. Your health exam is set for ")
            L.p(p.appt.strftime("%a %m/%d"), "date"); L.t(" at " + p.appt.strftime("%I:%M%p").lstrip("0") + " at ")
            L.p(p.line1, "address")
            L.t(". Please fast 8 hrs. Reply C to confirm, R to reschedule.\"")
    elif k == 2:
        L.t(sms_pref(ts, "inbound") + "from="); L.p(fmt_phone(p.phone, 2), "phone")
        L.t(" to=+18445550192 body=\"%s\"" % R.choice(["C", "c", "R", "Can we do saturday instead? I work 2nd shift",
                                                       "who is this", "STOP", "running 10 min late sorry"]))
    elif k == 3:
        L.t(sms_pref(ts, "outbound") + "to="); L.p(fmt_phone(p.phone, 2), "phone")
        L.t(" from=+18445550192 seg=1 body=\"Keystone UW: please review & e-sign your authorization: ")
        L.p("https://go.kus-uw.com/a/" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(8)), "url")
        L.t("\"")
    else:
        L.t(sms_pref(ts, "status") + "to="); L.p(fmt_phone(p.phone, 2), "phone"); L.t(" status=%s err=%s" % R.choice([("delivered", "0"), ("undelivered", "30006"), ("delivered", "0")]))
    return [L]


def sms_nophi(ts):
    s = R.choice(["%s sms-gw INFO status sid=SM%s status=delivered err=0 price=-0.0079 ccy=USD" % (iso_ms(ts), hexs(32)),
                  "%s sms-gw WARN throttle messaging_service=MG%s queued=%d rate=1/s" % (iso_ms(ts), hexs(32), R.randint(2, 60)),
                  "%s sms-gw INFO campaign=appt-reminder-24h run=%s sent=%d failed=%d" % (iso_ms(ts), uid(), R.randint(20, 200), R.randint(0, 5))])
    return [T("sms-gw", "{x}", x=s)]


# ---- uw-notes
def notes_phi(ts):
    p = who()
    ph = PHYS[p.phys]
    u = R.choice(UNDERWRITERS)
    L = Line("uw-notes")
    L.t("%s | " % (ts + EDT).strftime("%Y-%m-%d %H:%M")); L.p(p.case, "other_id"); L.t(" | %s | " % u)
    k = R.randrange(3)
    if k == 0:
        vd = dt.date(2023, R.randint(1, 12), R.randint(1, 28))
        L.t("APS rec'd from Dr. %s (%s). Pt seen " % (ph[1], ph[2])); L.p(d_us(vd), "date")
        L.t(" for HTN f/u, BP 148/92, on lisinopril 20mg. FHx: father deceased age ")
        L.p(str(R.randint(90, 97)), "age"); L.t(", mother living age %d. Recommend Std NT." % R.randint(70, 88))
    elif k == 1:
        L.t("Rx hx shows metformin fills since 2022; A1c on paramed panel %.1f. Called insured " % R.uniform(5.8, 7.9))
        L.p(full(p, False), "name"); L.t(" at "); L.p(fmt_phone(p.phone, 1), "phone")
        L.t(", confirms T2DM dx 2021, no insulin. Table B pending reinsurer.")
    else:
        L.t("Owner/bene change requested: primary bene now ")
        L.p("%s %s" % p.bene, "name"); L.t(" (%s). Need signed change form; insured DOB on app " % p.bene_rel.lower())
        L.p(d_us(p.dob), "date"); L.t(" matches MIB.")
    return [L]


def notes_nophi(ts):
    u = R.choice(UNDERWRITERS)
    s = R.choice(["Queue UW-T2 reassigned to UW-T3 per workload balancing (%d cases)" % R.randint(5, 40),
                  "Reminder: ScriptSight 7-yr lookback now default for face amounts over $1M.",
                  "Reinsurer facultative packet sent to Munich desk; awaiting offer.",
                  "MIB codes refresh scheduled 04/01; no action needed on open cases.",
                  "Medical director call moved to 3pm ET. Agenda: A1c thresholds, build chart v12."])
    return [T("uw-notes", "{t} | - | {u} | {s}", t=(ts + EDT).strftime("%Y-%m-%d %H:%M"), u=u, s=s)]


# ---- fhir-bridge
def fhir_phi(ts):
    p = who()
    pre = "%s fhir-bridge DEBUG outbound " % iso_ms(ts)
    if R.random() < 0.5:
        o = {"resourceType": "Patient", "id": P(p.lab_pid.lower(), "mrn"),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9911.1", "value": P(p.lab_pid, "mrn")}],
             "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": "female" if p.sex == "F" else "male",
             "birthDate": P(d_iso(p.dob), "date"),
             "address": [{"line": [P(p.line1, "address")], "city": P(p.city, "address"), "state": p.st, "postalCode": P(p.zip, "zip")}]}
    else:
        code, name, vt, val, unit, rng = R.choice([t for t in OBX_TESTS if t[2] == "NM"])
        L = Line("fhir-bridge"); L.t(pre + "Observation ")
        o = {"resourceType": "Observation", "id": "obs-" + hexs(12), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}]},
             "subject": {"reference": S("Patient/", P(p.lab_pid.lower(), "mrn"))},
             "effectiveDateTime": P(p.collected.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
             "valueQuantity": {"value": float(val()), "unit": unit, "system": "http://unitsofmeasure.org"}}
        return [J(L, o)]
    L = Line("fhir-bridge"); L.t(pre + "Patient ")
    return [J(L, o)]


def fhir_nophi(ts):
    s = "%s fhir-bridge INFO POST https://fhir.kus-uw.com/r4/Bundle 200 entries=%d dur=%dms server=HAPI-FHIR 7.0.2" % (iso_ms(ts), R.randint(2, 14), R.randint(40, 800))
    return [T("fhir-bridge", "{x}", x=s)]


# ---- mib-fixed
def mib_batch(ts):
    seq0 = R.randint(100000, 900000)
    out = [T("mib-fixed", "HD{co:<6}{d}{b:>6}{v:<6}", co="KUS01", d=ts.strftime("%Y%m%d%H%M"), b=R.randint(1, 99), v="IAI3.2")]
    ps = R.sample(PEOPLE, R.randint(3, 5))
    for i, p in enumerate(ps):
        last = ascii_up(p.last)[:20]
        first = ascii_up(p.first)[:12]
        mi = ascii_up(p.middle)[:1] if p.middle else " "
        L = T("mib-fixed", "IQ{seq:06d}{l:<20}{f:<12}{m}{d}{bst:2}{sx}{oc:<4}",
              seq=seq0 + i, l=P(last, "name"), f=P(first, "name"), m=P(mi, "name") if mi.strip() else " ",
              d=P(p.dob.strftime("%Y%m%d"), "date"), bst=R.choice(["OH", "KY", "IN", "PA", "MI", "NY", "PR", "ZZ"]),
              sx=p.sex, oc=R.choice(["0421", "1190", "0077", "3312"]))
        out.append(L)
    for i, p in enumerate(ps):
        hit = R.random() < 0.35
        out.append(T("mib-fixed", "RS{seq:06d}{r:<6}{c:<24}", seq=seq0 + i, r="HIT" if hit else "NOHIT",
                     c=(" ".join(R.sample(["311 M#", "504 ZC", "290 X", "128 PQ", "661 ZT"], R.randint(1, 2))) if hit else "")))
    out.append(T("mib-fixed", "TR{n:06d}{h:06d}", n=len(ps), h=len(ps)))
    return out


# ---- dispatch-chat
def chat_pref(ts, ch, u):
    return "[%s] #%s <%s> " % ((ts + EDT).strftime("%Y-%m-%d %H:%M:%S"), ch, u)


def chat_phi(ts):
    p = who()
    d = R.choice(DISPATCHERS)
    ex = p.examiner
    L = Line("dispatch-chat")
    k = R.randrange(4)
    if k == 0:
        L.t(chat_pref(ts, "dispatch-ohio-sw", d) + "@%s can you grab the %s in " % (ex[2], p.appt.strftime("%-I%p").lower()))
        L.p(p.city, "address"); L.t("? "); L.p(p.line1, "address"); L.t(", Mrs. " if p.sex == "F" else ", Mr. "); L.p(p.last, "name")
        L.t(", dog in the yard, knock loud")
    elif k == 1:
        L.t(chat_pref(ts, "dispatch-ky", ex[2]) + ("la Sra. " if p.sex == "F" else "el Sr. ")); L.p(p.last, "name")
        L.t(" no estaba en casa, dejé tarjeta en la puerta. ¿reprogramamos para el "); L.p(p.appt.strftime("%d/%m"), "date"); L.t("?")
    elif k == 2:
        L.t(chat_pref(ts, "dispatch-ky", d) + "ok, le mando SMS al "); L.p(fmt_phone(p.phone, 0), "phone")
        L.t(" y te confirmo")
    else:
        plate = R.choice(["%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(100, 999)),
                          "%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4))])
        L.t(chat_pref(ts, "dispatch-ohio-sw", ex[2]) + "parking note for %s: silver Camry plate " % p.order)
        L.p(plate, "vehicle"); L.t(" in the driveway is the insured's, park on the street")
    return [L]


def chat_nophi(ts):
    d = R.choice(DISPATCHERS)
    ex = R.choice(EXAMINERS)
    s = R.choice([(d, "@channel I-70 closed at exit 36 westbound, plan routes accordingly"),
                  (ex[2], "anyone have spare gray-tops (GRY)? down to 2"),
                  (ex[2], "on it, ETA %d min" % R.randint(10, 50)),
                  (ex[2], "ya terminé, voy para el siguiente. el centrífuga está fallando otra vez"),
                  (d, "FedEx pickup at the Dublin hub moved to 5:30pm today"),
                  (d, "@%s %s slot freed up, taking it?" % (ex[2], R.choice(["8am", "10:30", "2pm"])))])
    return [T("dispatch-chat", "{p}{s}", p=chat_pref(ts, R.choice(["dispatch-ohio-sw", "dispatch-ky", "dispatch-in"]), s[0]), s=s[1])]


# ---- payments-kv
def pay_phi(ts):
    p = who()
    L = Line("payments-kv")
    k = R.randrange(4)
    base = [("ts", iso_ms(ts)), ("svc", "payments"), ("gw", "braintree")]
    if k == 0:
        pan = luhn_complete(R.choice(["4", "51", "37"]), 16 if True else 15)
        KV(L, base + [("lvl", "INFO"), ("op", "sale"), ("txn", "bt_" + hexs(8)), ("amount", "%.2f" % R.uniform(40, 400)),
                      ("ccy", "USD"), ("card", P("*" * 12 + pan[-4:], "account")), ("policy", P(p.pol, "other_id")), ("result", "authorized")])
    elif k == 1:
        pan = luhn_complete("4", 16)
        KV(L, base + [("lvl", "DEBUG"), ("op", "tokenize"), ("msg", "raw request body (PCI-LOG-SUPPRESS missing)"),
                      ("pan", P(pan, "account")), ("exp", "%02d/%d" % (R.randint(1, 12), R.randint(25, 30))),
                      ("cardholder", P("%s %s" % (p.first, p.last), "name"))])
    elif k == 2:
        while True:
            pan = "4" + digits(15)
            if not luhn_ok(pan):
                break
        KV(L, base + [("lvl", "WARN"), ("op", "validate"), ("err", "luhn_check_failed"),
                      ("input", P(" ".join(pan[i:i + 4] for i in range(0, 16, 4)), "account")), ("session", uid())])
    else:
        payer = (p.bene[0], p.bene[1]) if p.bene_rel == "Spouse" else (p.first, p.last)
        KV(L, [("ts", iso_ms(ts)), ("svc", "payments"), ("gw", "dwolla"), ("lvl", "INFO"), ("op", "ach_debit"),
               ("routing", aba()), ("acct", P(digits(R.randint(9, 12)), "account")),
               ("acct_holder", P("%s %s" % payer, "name")), ("policy", P(p.pol, "other_id")),
               ("amount", "%.2f" % R.uniform(40, 400)), ("sec", "WEB")])
    return [L]


def pay_nophi(ts):
    s = R.choice(["%s svc=payments gw=braintree lvl=INFO op=settlement_batch batch=STL-20240312-%02d count=%d total=%.2f" % (iso_ms(ts), R.randint(1, 4), R.randint(10, 80), R.uniform(2000, 20000)),
                  "%s svc=payments gw=dwolla lvl=INFO op=webhook_verify topic=transfer_completed sig=ok id=%s" % (iso_ms(ts), uid()),
                  "%s svc=payments gw=braintree lvl=WARN op=healthcheck latency_ms=%d endpoint=https://payments.braintree-api.com/graphql" % (iso_ms(ts), R.randint(200, 2000))])
    return [T("payments-kv", "{x}", x=s)]


# ================================================================ assembly
GENS = [  # (weight, fn, multiline)
    (16, orders_phi, False), (15, orders_nophi, False), (1.2, java_trace, True),
    (12, dispatch_phi, False), (14, dispatch_nophi, False),
    (11, app_phi, False), (12, app_nophi, False),
    (9, nginx_phi, False), (14, nginx_nophi, False),
    (6, syslog_phi, False), (11, syslog_nophi, False),
    (2.2, hl7, True), (0.6, acord, True),
    (14, vendor_phi, False), (8, vendor_nophi, False),
    (6, fax_phi, False), (7, fax_nophi, False),
    (5, billing_phi, False), (3, billing_nophi, False),
    (6, pipe_phi, False), (6, pipe_nophi, False),
    (1.0, pytrace, True), (5, pylog_nophi, False),
    (5, pg_phi, False), (7, pg_nophi, False),
    (12, sms_phi, False), (6, sms_nophi, False),
    (6, notes_phi, False), (5, notes_nophi, False),
    (6, fhir_phi, False), (3, fhir_nophi, False),
    (0.5, mib_batch, True),
    (6, chat_phi, False), (8, chat_nophi, False),
    (7, pay_phi, False), (4, pay_nophi, False),
]
TARGET = 500


MULTI = [(acord, 3), (hl7, 6), (pytrace, 2), (java_trace, 2), (mib_batch, 2)]


def rand_ts():
    ts = DAY0 + dt.timedelta(seconds=R.uniform(0, 15 * 3600 - 120))
    return ts.replace(microsecond=(ts.microsecond // 1000) * 1000)


def build():
    events = []
    total = 0
    seq = 0
    for fn, n in MULTI:
        for _ in range(n):
            ts = rand_ts()
            lines = fn(ts)
            events.append((ts, seq, lines))
            seq += 1
            total += len(lines)
    singles = [g for g in GENS if not g[2]]
    ws = [g[0] for g in singles]
    while total < TARGET:
        w, fn, multi = R.choices(singles, weights=ws)[0]
        ts = rand_ts()
        lines = fn(ts)
        if total + len(lines) > TARGET:
            continue
        events.append((ts, seq, lines))
        seq += 1
        total += len(lines)
    events.sort(key=lambda e: (e[0], e[1]))
    return [L for e in events for L in e[2]]


def check(lines):
    assert len(lines) == TARGET, len(lines)
    for n, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b and b"\n" not in b and b"\r" not in b, n
        b.decode("utf-8")
        prev = 0
        for (s, e, cat, txt, val, dec) in sorted(L.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: bad bounds %r" % (n, (s, e)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % n)
            prev = e
            got = b[s:e].decode("utf-8")
            if got != txt:
                raise SystemExit("line %d: span text %r != %r" % (n, got, txt))
            if (dec(got) if dec else got) != val:
                raise SystemExit("line %d: span decodes to %r, meant %r" % (n, dec(got) if dec else got, val))
            if cat not in CATS:
                raise SystemExit("line %d: bad cat %s" % (n, cat))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = build()
    check(lines)
    with open("qc.log", "wb") as f:
        for L in lines:
            f.write(bytes(L.buf) + b"\n")
    with open("qc.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, L in enumerate(lines, 1):
            sp = [{"s": s, "e": e, "cat": c} for (s, e, c, _t, _v, _d) in sorted(L.spans)]
            f.write(json.dumps({"line": n, "family": L.family, "spans": sp}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
