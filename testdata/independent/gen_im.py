#!/usr/bin/env python3
"""Synthetic labeled log corpus "im": a fertility clinic / IVF laboratory network.

Brightwater Fertility Network (BWF; sites SAC, WCK, RNO, PDX) - embryology lab witnessing
(RFID tag reads on dishes/tubes), EmbryoScope time-lapse and benchtop incubator telemetry,
cryostorage tank inventory (tank/canister/cane/straw), HL7 v2 estradiol/LH/P4 results,
follicle monitoring, partner/donor/gestational-carrier pairing, DocuSign consent webhooks,
donor egg/sperm bank catalogues, X12 270/271 infertility benefit checks, financing gateway,
specialty pharmacy shipping, patient portal (nginx + messaging), SMS/e-mail reminders,
and the infrastructure noise around all of this.

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes im.log and im.labels.jsonl next to this script.

Labeling decisions:
- Persons whose health information a line is about are labeled: patients, partners, donors,
  gestational carriers, intended parents, escorts/drivers and other relatives/contacts named
  in a patient's record. Clinicians, embryologists (incl. initials like KLT), nurses,
  sonographers, agency/bank/lender staff, businesses and facilities are not labeled.
- Names: each written form is one span ("Okafor, Chiamaka", "OKAFOR, CHIAMAKA", "c. okafor");
  in HL7/X12/XML where family and given names are separate fields they are separate spans.
  A patient's surname used alone as a label (incubator chamber label, dish label) is a name.
- Dates tied to a person are labeled: birth, LMP, cycle start, retrieval, transfer, thaw,
  freeze ("frozen_on"), appointment, consent signature, specimen collection, coverage/plan
  dates of a member in X12 DTP and benefit authorizations, storage renewal due dates. Log/message timestamps,
  build dates, certificate expiries and clinic-level schedule dates are not labeled.
  The date embedded in an EmbryoScope slide ID (D2024.03.09_S...) is the patient's
  insemination date and is labeled as date (only the date part of the ID).
  HL7 MSH-7 (message time) is not labeled; OBR-7/OBX-14 collection times are.
- Ages are labeled only when over 89 (donor family-history entries); other ages are not.
- mrn: clinic MRNs in every written form (BWF0048213, BWF-0048213, 0048213, HL7 CX id).
- health_plan: member/subscriber IDs, Medi-Cal CINs, fertility-benefit manager member IDs.
  Group numbers, payer IDs and plan names are not labeled.
- account: patient billing accounts, cryostorage storage accounts, loan application and
  loan account numbers, full card numbers, bank account numbers. Bank routing numbers,
  masked values (****4821, ssn_last4) and card BINs alone are not labeled.
- ssn: full SSNs only (masked/last-4 forms are not labeled).
- license: driver's licence and passport numbers of patients/donors/intended parents.
- vehicle: licence plates of the patient's/escort's car (parking LPR, escort record).
- device: serials and Bluetooth MACs of a patient's own home devices (ovulation analyzer,
  BBT sensor). Lab instrument serials (EmbryoScope I4187, incubators, tank sensors, RFID
  readers) and the RFID tag UIDs on dishes/tubes (consumables, not the person) are not labeled.
- other_id: RI-Witness-style patient IDs (RIW-...), couple IDs, treatment cycle IDs,
  donor codes (bank donor numbers identify a person whose medical/genetic history is
  listed), gestational carrier IDs, portal usernames, HL7 PV1-19 visit numbers.
  Patient references like "patient:BWF..." / "patient_ref=BWF..." are mrn. Embryo numbers within a cycle (E1..E8), straw colours,
  tank/cane positions, envelope UUIDs, message/thread IDs, trace IDs are not labeled.
- ip: the public IP of a patient's portal session; internal 10.x/172.16.x addresses,
  load balancer and staff workstation IPs are not labeled.
- url: personal URLs (a patient's fundraiser page, intended parents' agency profile page);
  clinic, vendor and API URLs are not labeled.
- photo: base64 face images (check-in photo); biometric: palm-vein template data.
- fax/phone/email: the person's own numbers/addresses; clinic, staff and referring-office
  lines (incl. the fax number of a provider office receiving records) are not labeled.
- Shipment tracking numbers, specimen IDs (SA...), order/reservation numbers, ACH batch
  numbers and employer group numbers are business identifiers and are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

ID = "im"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2110611)
N_LINES = 500
TARGET_CLEAN = 0.55


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
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
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(s)
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """a value to be labeled inside a structured writer"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jw(L, v, compact=False):
    sep, kv = ((",", ":") if compact else (", ", ": "))
    if isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=False)
            L.t('"').p(enc[1:-1], v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(sep)
            L.t(json.dumps(k) + kv)
            jw(L, x, compact)
        L.t("}")
    elif isinstance(v, (list, tuple)):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep)
            jw(L, x, compact)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=False))
    return L


def kvw(L, items, sep=" ", eq="=", quote_spaces=True):
    """logfmt-ish writer. items: list of (key, value) where value may be P."""
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + eq)
        raw = v.v if isinstance(v, P) else v
        raw = str(raw)
        q = quote_spaces and (" " in raw or raw == "")
        if q:
            L.t('"')
        if isinstance(v, P):
            L.p(raw, v.cat)
        else:
            L.t(raw)
        if q:
            L.t('"')
    return L


# --------------------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def ascii_(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ß", "ss")
    s = s.replace("æ", "ae").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix, length):
    num = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return num + str((10 - total % 10) % 10)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d" % (d.month, d.day)
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_FULL[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    raise ValueError(style)


def phone_fmt(digits10, style):
    a, b, c = digits10[:3], digits10[3:6], digits10[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": a + b + c,
        "e164": "+1" + a + b + c,
        "intl": "+1 %s %s %s" % (a, b, c),
        "space": "%s %s %s" % (a, b, c),
    }[style]


# --------------------------------------------------------------------------- clock
CLK = datetime(2024, 3, 11, 5, 58, 12)
TODAY = CLK.date()


def tick(lo=2, hi=70):
    global CLK
    CLK += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))


def ms():
    return "%03d" % (CLK.microsecond // 1000)


def ts_space():
    return CLK.strftime("%Y-%m-%d %H:%M:%S") + "," + ms()


def ts_dot():
    return CLK.strftime("%Y-%m-%d %H:%M:%S") + "." + ms()


def ts_isoz():
    u = CLK + timedelta(hours=7)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms() + "Z"


def ts_isooff():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms() + "-07:00"


def ts_clf():
    return CLK.strftime("%d/%b/%Y:%H:%M:%S") + " -0700"


def ts_syslog():
    return CLK.strftime("%b ") + ("%2d" % CLK.day) + CLK.strftime(" %H:%M:%S")


def ts_eu():
    return CLK.strftime("%d.%m.%Y %H:%M:%S") + "." + ms()


def ts_hl7():
    return CLK.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------- people
CITIES = [("Sacramento", "CA", "958", ["916", "279"]), ("Elk Grove", "CA", "957", ["916"]),
          ("Walnut Creek", "CA", "945", ["925"]), ("Concord", "CA", "945", ["925"]),
          ("Davis", "CA", "956", ["530"]), ("Roseville", "CA", "956", ["916"]),
          ("Reno", "NV", "895", ["775"]), ("Sparks", "NV", "894", ["775"]),
          ("Portland", "OR", "972", ["503", "971"]), ("Beaverton", "OR", "970", ["503"]),
          ("Pleasant Hill", "CA", "945", ["925"]), ("Carson City", "NV", "897", ["775"]),
          ("Truckee", "CA", "961", ["530"]), ("Lake Oswego", "OR", "970", ["503"])]
STREETS = ["W Fullerton Ave", "Alhambra Blvd", "Folsom Blvd", "Lakeshore Dr", "Mission St",
           "Oak Grove Rd", "SE Hawthorne Blvd", "NE Alberta St", "Plumas St", "Kietzke Ln",
           "Ygnacio Valley Rd", "Treat Blvd", "Freeport Blvd", "Capitol Ave", "Sierra Rose Dr",
           "NW Lovejoy St", "Camino Ramon", "Arden Way", "Vista Grande Ct", "Rancho Cordova Pkwy",
           "Calle de Oro", "SW Multnomah Blvd", "Pyramid Way", "Old Oregon Trail"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #207", " Apt 5", " Ste 4"]
MAIL = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "proton.me",
        "comcast.net", "att.net", "me.com"]

PAYERS = [("AETNA", "60054", lambda: "W" + digits(9)),
          ("BLUE SHIELD OF CALIFORNIA", "94036", lambda: "XEH" + digits(9)),
          ("UNITEDHEALTHCARE", "87726", lambda: digits(9)),
          ("CIGNA", "62308", lambda: "U" + digits(8) + "01"),
          ("PROGYNY", "PGY01", lambda: "PGY" + digits(8)),
          ("CARROT FERTILITY", "CRT77", lambda: "CRT-" + digits(4) + "-" + digits(4)),
          ("MEDI-CAL", "610442", lambda: "9" + digits(7) + R.choice("ABCDEFGH")),
          ("REGENCE BCBS OREGON", "00851", lambda: "ZRB" + digits(9))]


class Person:
    def __init__(self, given, family, sex, age_lo=27, age_hi=44, middle=""):
        self.given = given
        self.family = family
        self.middle = middle
        self.sex = sex
        age = R.randint(age_lo, age_hi)
        self.dob = date(TODAY.year - age, R.randint(1, 12), R.randint(1, 28))
        city = pick(CITIES)
        self.city, self.state = city[0], city[1]
        self.zip = city[2] + digits(2)
        self.street = "%d %s" % (R.randint(12, 9899), pick(STREETS))
        self.unit = pick(UNITS)
        self.phone = pick(city[3]) + "555" + "01" + str(R.randint(40, 99))
        self.phone2 = pick(city[3]) + "555" + "01" + str(R.randint(40, 99))
        ag, af = ascii_(given).lower().replace(" ", ""), ascii_(family).lower().replace(" ", "").replace("'", "")
        self.email = pick([
            "%s.%s@%s" % (ag, af, pick(MAIL)),
            "%s%s%02d@%s" % (ag[0], af, self.dob.year % 100, pick(MAIL)),
            "%s_%s%d@%s" % (af, ag, R.randint(1, 99), pick(MAIL)),
            "%s%s@%s" % (ag, af[:3], pick(MAIL)),
        ])
        self.username = pick(["%s%s%02d" % (ag[0], af[:10], self.dob.year % 100),
                              "%s.%s" % (ag, af[:2]), "%s_%s" % (af[:8], ag[:4]), ag + digits(3)])
        ssn_area = R.randint(1, 665)
        if ssn_area == 666:
            ssn_area = 667
        self.ssn = "%03d-%02d-%04d" % (ssn_area, R.randint(1, 99), R.randint(1, 9999))
        self.mrn = "BWF" + "00" + digits(5)
        payer = pick(PAYERS)
        self.payer, self.payer_id, self.member = payer[0], payer[1], payer[2]()
        self.group = pick(["GRP", "G", ""]) + digits(6)
        self.ip = "%d.%d.%d.%d" % (pick([73, 98, 24, 67, 174, 76, 108, 71, 99, 172]),
                                   R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        if self.ip.startswith("172."):
            self.ip = "172.%d.%d.%d" % (R.randint(56, 120), R.randint(0, 254), R.randint(1, 254))
        self.acct = "PA" + digits(8)
        self.dl = pick([R.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7), digits(10), digits(9)])
        self.plate = pick([digits(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
                           "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
                           digits(3) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))])
        self.rid = "RIW-" + digits(6)

    # written forms of the name
    def name(self, style=None):
        g, f = self.given, self.family
        style = style or pick(["fl", "lf", "LF", "fl", "lfnc", "il", "lower", "FL"])
        if style == "fl":
            return "%s %s" % (g, f)
        if style == "fml":
            return "%s %s %s" % (g, self.middle or R.choice("ABCDEJKLMRST") + ".", f)
        if style == "lf":
            return "%s, %s" % (f, g)
        if style == "LF":
            return "%s, %s" % (ascii_(f).upper(), ascii_(g).upper())
        if style == "FL":
            return "%s %s" % (ascii_(g).upper(), ascii_(f).upper())
        if style == "lfnc":
            return "%s %s" % (f, g)
        if style == "il":
            return "%s. %s" % (g[0], f)
        if style == "lower":
            return ("%s %s" % (ascii_(g), ascii_(f))).lower()
        if style == "first":
            return g
        if style == "last":
            return f
        raise ValueError(style)

    def addr_line(self):
        return self.street + self.unit


F_NAMES = [("Marisol", "De la Cruz"), ("Aoife", "Ní Bhriain"), ("Priya", "Raghunathan"),
           ("Chiamaka", "Okafor"), ("Hana", "Kobayashi"), ("Fatima", "Al-Sayed"),
           ("Kateřina", "Nováková"), ("Leilani", "Akana"), ("Siobhán", "O'Connell"),
           ("Ekaterina", "Volkova"), ("Chiara", "Di Stefano"), ("Thandiwe", "Dlamini"),
           ("Mei-Ling", "Chen"), ("Ayşe", "Özdemir"), ("Rebecca", "Goldstein-Weiss"),
           ("Ana Luísa", "dos Santos"), ("Jennifer", "Walsh"), ("Nasrin", "Tehrani"),
           ("Lucía", "Fernández-Ortega"), ("Sarah-Jane", "McAllister"), ("Thi Lan", "Nguyễn"),
           ("Aroha", "Te Whata"), ("Amara", "Nwosu-Bello"), ("Ingrid", "van der Berg"),
           ("Yasmin", "El Amrani"), ("Brittany", "Kowalczyk"), ("Soo-ah", "Park"),
           ("Gabriela", "Wiśniewska"), ("Jess", "Romero"), ("Dana", "St. Pierre")]
M_NAMES = [("Luis", "Herrera"), ("Emeka", "Okafor"), ("Daniel", "Murphy"), ("Arjun", "Raghunathan"),
           ("Kenji", "Kobayashi"), ("Omar", "Al-Sayed"), ("Tomáš", "Novák"), ("Kai", "Akana"),
           ("Jean-Baptiste", "Lefèvre"), ("Dmitri", "Volkov"), ("Marco", "Bianchi"),
           ("Sipho", "Dlamini"), ("Wei", "Zhang"), ("Mehmet", "Özdemir"), ("Noah", "Weiss"),
           ("Rafael", "dos Santos"), ("Michael", "Walsh"), ("Reza", "Tehrani"),
           ("Bjørn", "Halvorsen"), ("Leo", "Varga"), ("Sam", "Whitaker"), ("Tavita", "Faleolo")]
GC_NAMES = [("Layla", "Haddad"), ("Krystal", "Dupree"), ("Maribel", "Ochoa"), ("Shawna", "McKinney-Rhodes")]
ESCORT_NAMES = [("Rosa", "Herrera"), ("Grace", "Okafor"), ("Patrick", "Ní Bhriain"), ("Yuki", "Kobayashi"),
                ("Ngozi", "Nwosu"), ("Carlos", "Fernández"), ("Hoa", "Tran"), ("Ruth", "Goldstein"),
                ("Bongani", "Dlamini"), ("Ilse", "van der Berg")]

PATIENTS = []
for i, (g, f) in enumerate(F_NAMES):
    p = Person(g, f, "F", 26, 45)
    p.cycle = "C24-0%04d" % R.randint(1000, 2999)
    p.couple = "CPL-%05d" % R.randint(10000, 39999)
    p.partner = None
    PATIENTS.append(p)
PARTNERS = [Person(g, f, "M", 28, 52) for g, f in M_NAMES]
# pair up: same-surname partners where they exist
by_family = {ascii_(m.family): m for m in PARTNERS}
for p in PATIENTS:
    m = by_family.get(ascii_(p.family))
    if m is None and p.family in ("De la Cruz",):
        m = by_family["Herrera"]
    if m is None and p.family == "Goldstein-Weiss":
        m = by_family["Weiss"]
    if m is None and p.family == "Nováková":
        m = [x for x in PARTNERS if x.family == "Novák"][0]
    if m is None and p.family == "Volkova":
        m = by_family["Volkov"]
    p.partner = m
# same-sex female couple (reciprocal IVF)
alex = Person("Alex", "Nakamura-Reyes", "F", 30, 40)
[x for x in PATIENTS if x.given == "Jess"][0].partner = alex
# intended fathers with gestational carrier
LEO = [x for x in PARTNERS if x.given == "Leo"][0]
SAM = [x for x in PARTNERS if x.given == "Sam"][0]
LEO.mrn = "BWF00" + digits(5)
LEO.cycle = "C24-0%04d" % R.randint(1000, 2999)
LEO.couple = "CPL-%05d" % R.randint(10000, 39999)
LEO.partner = SAM
LEO.passport = R.choice("BCDEFH") + R.choice("ABCDEFGHJK") + digits(7)
GCS = [Person(g, f, "F", 24, 38) for g, f in GC_NAMES]
for gc in GCS:
    gc.gcid = "GC-%04d" % R.randint(100, 999)
ESCORTS = [Person(g, f, "X", 20, 75) for g, f in ESCORT_NAMES]
ALL_PTS = PATIENTS
for i, p in enumerate(PATIENTS):
    fam = [e for e in ESCORTS if ascii_(e.family).split()[-1] in ascii_(p.family)]
    p.escort = fam[0] if fam else ESCORTS[(i * 7) % len(ESCORTS)]
    p.mira = "MP2-%s-%s" % (digits(4), digits(7))
    p.mac = ":".join(hexs(2, True) for _ in range(6))
LEO.gc = GCS[1]

SPERM_DONORS = ["WLC-%04d" % R.randint(1000, 9999) for _ in range(8)]
EGG_DONORS = ["OC-D%04d" % R.randint(1000, 4999) for _ in range(6)]
EGG_DONOR_PEOPLE = [Person(g, f, "F", 21, 30) for g, f in [("Kayla", "Brennan"), ("Ximena", "Paredes"),
                                                            ("Adaeze", "Eze"), ("Hannah", "Lindqvist")]]
for d, code in zip(EGG_DONOR_PEOPLE, EGG_DONORS):
    d.code = code

STAFF = ["Dr. Minh Hoang", "Dr. Rachel Abernathy", "Dr. Olusegun Bakare", "Dr. Ines Carvalho"]
EMB = ["KLT", "JMS", "AVR", "PSH", "DNW", "TQ"]
NURSES = ["RN Carla Benitez", "RN Tom Ashby", "RN Joy Villanueva", "Priyanka S., RN"]
SITES = ["SAC", "WCK", "RNO", "PDX"]
CLINIC_PHONE = {"SAC": "(916) 555-0100", "WCK": "(925) 555-0111", "RNO": "(775) 555-0122", "PDX": "(503) 555-0133"}
CLINIC_FAX = {"SAC": "(916) 555-0109", "WCK": "(925) 555-0119", "RNO": "(775) 555-0129", "PDX": "(503) 555-0139"}


def pt():
    return pick(ALL_PTS)


def near(days_lo, days_hi):
    return TODAY + timedelta(days=R.randint(days_lo, days_hi))


# --------------------------------------------------------------------------- generators
# each returns a list of Line objects

# ---- 1. witnessing (RI Witness-style, log4net)
def g_witness_phi():
    p = pt()
    tick()
    L = Line("witness_log4net")
    ws = "WS%02d" % R.randint(1, 8)
    lab = pick(["LAB1", "LAB2", "ANDRO"])
    L.t("%s [%d] INFO  Witness.Reader.WorkArea - %s(%s) " % (ts_space(), R.randint(4, 40), ws, lab))
    kind = R.random()
    if kind < 0.55:
        typ, role = pick([("DISH", "FERTILISATION"), ("DISH", "CULTURE"), ("TUBE", "FOLLICULAR_ASPIRATE"),
                          ("DISH", "ICSI"), ("TUBE", "SPERM_PREP"), ("STRAW", "VITRIFICATION")])
        L.t("TAG_READ uid=E00401%s type=%s role=%s patient1=\"" % (hexs(10, True), typ, role))
        L.p(p.name("LF"), "name").t("\" pid1=").p(p.rid, "other_id")
        if p.partner is not None and R.random() < 0.7:
            L.t(" patient2=\"").p(p.partner.name("LF"), "name").t("\"")
        L.t(" result=OK user=%s" % pick(EMB))
    elif kind < 0.8:
        q = pt()
        while q is p:
            q = pt()
        L = Line("witness_log4net")
        L.t("%s [%d] WARN  Witness.Reader.WorkArea - %s(%s) MISMATCH tube uid=E00401%s assigned to " %
            (ts_space(), R.randint(4, 40), ws, lab, hexs(10, True)))
        L.p(p.rid, "other_id").t(" (").p(p.name("LF"), "name").t(") presented with dish of ")
        L.p(q.rid, "other_id").t(" (").p(q.name("LF"), "name").t(") - work area locked, supervisor override required")
    else:
        L = Line("witness_log4net")
        L.t("%s [%d] INFO  Witness.Session - New treatment session opened: " % (ts_space(), R.randint(4, 40)))
        L.t("patient=").p(p.rid, "other_id").t(" mrn=").p(p.mrn, "mrn").t(" cycle=").p(p.cycle, "other_id")
        L.t(" dob=").p(fd(p.dob, "eu"), "date").t(" procedure=%s" % pick(["OPU", "ET", "FET", "IUI", "ICSI"]))
    return [L]


def g_witness_noise():
    tick()
    L = Line("witness_log4net")
    ws = "WS%02d" % R.randint(1, 8)
    k = R.randint(0, 5)
    if k == 0:
        L.t("%s [%d] DEBUG Witness.Reader.Hardware - %s heartbeat rssi=-%ddBm fw=4.2.%d antenna=OK temp=%.1fC" %
            (ts_space(), R.randint(4, 40), ws, R.randint(35, 62), R.randint(0, 9), R.uniform(24, 33)))
    elif k == 1:
        L.t("%s [%d] INFO  Witness.Reader.WorkArea - %s TAG_READ uid=E00401%s type=DISH result=NO_ASSIGNMENT (blank consumable)" %
            (ts_space(), R.randint(4, 40), ws, hexs(10, True)))
    elif k == 2:
        L.t("%s [%d] INFO  Witness.Sync - replicated %d events to WITNESS-DB02 lag=%dms batch=%s" %
            (ts_space(), R.randint(4, 40), R.randint(3, 140), R.randint(4, 900), hexs(8)))
    elif k == 3:
        L.t("%s [%d] WARN  Witness.Reader.Hardware - %s read collision: 2 tags in field, retrying (attempt %d/3)" %
            (ts_space(), R.randint(4, 40), ws, R.randint(1, 3)))
    elif k == 4:
        L.t("%s [%d] INFO  Witness.Session - Session %s closed by %s after %d events, 0 mismatches" %
            (ts_space(), R.randint(4, 40), digits(7), pick(EMB), R.randint(4, 40)))
    else:
        L.t("%s [%d] ERROR Witness.Printer - Label printer ZD421-%s offline (10.40.%d.%d:9100) - queue=%d" %
            (ts_space(), R.randint(4, 40), digits(4), R.randint(1, 9), R.randint(10, 250), R.randint(1, 9)))
    return [L]


# ---- 2. EmbryoScope time-lapse
def slide_id(L, d, inst=None):
    L.t("D").p(d.strftime("%Y.%m.%d"), "date")
    L.t("_S%05d_%s_%s" % (R.randint(1000, 9999), inst or pick(["I4187", "I4188", "I3168", "I3169"]), R.choice("PD")))


def g_es_phi():
    p = pt()
    tick()
    L = Line("embryoscope")
    inst = pick(["I4187", "I4188", "I3168", "I3169"])
    k = R.random()
    ins = near(-6, 0)
    if k < 0.45:
        L.t("%s INFO  [ES+ %s] SlideManager: Slide " % (ts_eu(), inst))
        slide_id(L, ins, inst)
        L.t(" inserted at position %d - Patient: " % R.randint(1, 15)).p(p.name(pick(["lf", "LF"])), "name")
        L.t(" (ID ").p(p.mrn, "mrn").t("), Treatment: ").p(p.cycle, "other_id").t(", Wells: %d" % R.randint(3, 16))
    elif k < 0.75:
        L.t("%s INFO  [ES Server] Export: KIDScore D5 annotations written for slide " % ts_eu())
        slide_id(L, ins)
        L.t(" patient_id=").p(p.mrn.replace("BWF", "BWF-"), "mrn")
        L.t(" birth=").p(fd(p.dob, "eu"), "date")
        L.t(" wells=[%s]" % ",".join("%d:%s" % (w, pick(["8.1", "6.4", "AVOID", "5.2", "7.7", "3.9"])) for w in range(1, R.randint(4, 9))))
    else:
        L.t("%s WARN  [ES+ %s] SlideManager: Patient name mismatch between slide label '" % (ts_eu(), inst))
        L.p(p.family.upper(), "name").t("' and EmbryoViewer record '").p(p.name("lf"), "name")
        L.t("' (").p(p.mrn, "mrn").t(") - please verify before annotation")
    return [L]


def g_es_noise():
    tick()
    L = Line("embryoscope")
    inst = pick(["I4187", "I4188", "I3168", "I3169"])
    k = R.randint(0, 5)
    if k == 0:
        L.t("%s INFO  [ES+ %s] ImageAcquisition: Cycle %d complete, %d slides, 11 focal planes, duration 00:%02d:%02d" %
            (ts_eu(), inst, R.randint(900, 2400), R.randint(2, 15), R.randint(6, 11), R.randint(0, 59)))
    elif k == 1:
        L.t("%s WARN  [ES+ %s] Climate: chamber temperature %.2f °C (setpoint 37.00 °C), CO2 %.1f %%" %
            (ts_eu(), inst, R.uniform(36.8, 37.3), R.uniform(5.6, 6.3)))
    elif k == 2:
        L.t("%s INFO  [ES Server] Backup EmbryoViewer_%s.bak completed, %.1f GB, sha1=%s" %
            (ts_eu(), CLK.strftime("%Y%m%d"), R.uniform(2, 9), hexs(40)))
    elif k == 3:
        L.t("%s INFO  [ES+ %s] Camera: focus calibration OK, offset %d µm, LED %d%%" %
            (ts_eu(), inst, R.randint(-12, 12), R.randint(40, 70)))
    elif k == 4:
        L.t("%s ERROR [ES Server] License check: dongle %s not responding on COM%d, retry in 300 s" %
            (ts_eu(), hexs(8, True), R.randint(3, 6)))
    else:
        L.t("%s INFO  [ES+ %s] Gas: premix supply pressure %.2f bar, flow %d mL/min" %
            (ts_eu(), inst, R.uniform(0.4, 0.9), R.randint(20, 35)))
    return [L]


# ---- 3. benchtop incubator telemetry CSV
INC_HEADER_DONE = [False]


def g_inc_csv(with_label=False):
    out = []
    if not INC_HEADER_DONE[0] or R.random() < 0.15:
        INC_HEADER_DONE[0] = True
        L = Line("incubator_csv")
        L.t("timestamp,unit,chamber,label,temp_c,co2_pct,o2_pct,lid_openings,ph_est,alarm")
        out.append(L)
    for _ in range(R.randint(1, 3)):
        tick(1, 20)
        L = Line("incubator_csv")
        L.t("%s,MIRI-%s-%02d,%d," % (ts_isooff(), pick(SITES), R.randint(1, 4), R.randint(1, 6)))
        if with_label:
            p = pt()
            L.p(ascii_(p.family).upper(), "name")
            with_label = False
        else:
            L.t(pick(["", "QC", "EMPTY", "MEDIA-EQ"]))
        L.t(",%.2f,%.2f,%.1f,%d,%.2f,%s" % (R.uniform(36.9, 37.2), R.uniform(5.8, 6.2), R.uniform(4.8, 5.3),
                                           R.randint(0, 6), R.uniform(7.25, 7.34), pick(["", "", "", "LID_OPEN", "CO2_LOW"])))
        out.append(L)
    return out


# ---- 4. cryostorage inventory
def cryo_pos():
    return {"tank": "T-%02d" % R.randint(1, 14), "canister": R.randint(1, 6),
            "cane": "%d%s-%02d" % (R.randint(1, 6), pick("ABCD"), R.randint(1, 24)),
            "straw": "%s/%d" % (pick(["yellow", "blue", "white", "green", "pink", "red"]), R.randint(1, 6))}


def g_cryo_json():
    p = pt()
    tick()
    L = Line("cryo_json")
    ev = pick(["straw.located", "thaw.requested", "transfer.out", "renewal.notice", "audit.discrepancy"])
    frozen = date(R.randint(2018, 2023), R.randint(1, 12), R.randint(1, 28))
    rec = {"ts": ts_isoz(), "event": ev}
    rec.update(cryo_pos())
    rec["specimen"] = pick(["embryo", "oocyte", "sperm", "embryo"])
    rec["count"] = R.randint(1, 4)
    if rec["specimen"] == "embryo":
        rec["grade"] = pick(["4AA", "5AB", "4BB", "3BC", "6AA"])
        rec["pgt"] = pick(["euploid", "euploid", "mosaic-low", "not tested"])
    rec["frozen_on"] = P(fd(frozen, "iso"), "date")
    rec["patient"] = {"name": P(p.name(pick(["lf", "fl"])), "name"), "dob": P(fd(p.dob, "iso"), "date"),
                      "mrn": P(p.mrn, "mrn")}
    if p.partner is not None and R.random() < 0.6:
        rec["partner"] = {"name": P(p.partner.name(pick(["lf", "fl"])), "name"), "mrn": P(p.partner.mrn, "mrn")}
    if ev == "transfer.out":
        rec["destination"] = pick(["Pacific NW Fertility, Seattle WA", "Shady Grove Fertility, Rockville MD",
                                   "CReATe Fertility, Toronto ON"])
        rec["shipper"] = "Cryoport CXV3-" + digits(5)
    elif ev == "renewal.notice":
        rec["storage_acct"] = P("STG-" + digits(6), "account")
        rec["renewal_due"] = P(fd(near(20, 200), "iso"), "date")
        rec["annual_fee_usd"] = pick([600, 750, 900])
    elif ev == "thaw.requested":
        rec["thaw_date"] = P(fd(near(1, 9), "iso"), "date")
        rec["requested_by"] = pick(STAFF)
    elif ev == "audit.discrepancy":
        rec["note"] = "straw found in cane %s, inventory says %s" % (rec["cane"], cryo_pos()["cane"])
    rec["by"] = pick(EMB)
    jw(L, rec, compact=R.random() < 0.5)
    return [L]


def g_cryo_pipe():
    p = pt()
    tick()
    L = Line("cryo_inventory_pipe")
    pos = cryo_pos()
    frozen = date(R.randint(2017, 2023), R.randint(1, 12), R.randint(1, 28))
    L.t("%s|C%d|%s|%s|%s|%d|" % (pos["tank"].replace("-", ""), pos["canister"], pos["cane"], pos["straw"].upper(),
                                  pick(["EMB", "OOC", "SPZ"]), R.randint(1, 3)))
    L.p(p.mrn, "mrn").t("|").p(ascii_(p.family).upper(), "name").t("^").p(ascii_(p.given).upper(), "name").t("|")
    L.p(fd(p.dob, "us"), "date").t("|").p(fd(frozen, "iso"), "date").t("|%s|%s" % (pick(["VIT-KITAZATO", "VIT-IRVINE", "SLOW-FRZ"]), pick(EMB)))
    return [L]


def g_cryo_noise():
    tick()
    k = R.randint(0, 3)
    if k < 2:
        L = Line("cryo_json")
        rec = {"ts": ts_isoz(), "event": "tank.level", "tank": "T-%02d" % R.randint(1, 14),
               "ln2_level_in": round(R.uniform(8.5, 14.0), 1), "temp_c": round(R.uniform(-196.0, -189.5), 1),
               "lid": pick(["closed", "closed", "open"]), "sensor": "CryoGuard-%d" % R.randint(10, 99),
               "site": pick(SITES)}
        jw(L, rec, compact=True)
    elif k == 2:
        L = Line("cryo_json")
        rec = {"ts": ts_isoz(), "event": "autofill.cycle", "tank": "T-%02d" % R.randint(1, 14),
               "supply_dewar": "D-%d" % R.randint(1, 4), "fill_seconds": R.randint(40, 300),
               "valve": "V%d" % R.randint(1, 8), "result": pick(["ok", "ok", "timeout"])}
        jw(L, rec)
    else:
        L = Line("cryo_inventory_pipe")
        L.t("# export tank_inventory site=%s generated=%s rows=%d checksum=%s" %
            (pick(SITES), ts_isoz(), R.randint(800, 4000), hexs(12)))
    return [L]


# ---- 5. HL7 v2 ORU^R01 (estradiol etc.)
LABS = [("2243-4", "Estradiol [Mass/volume] in Serum or Plasma", "pg/mL", "<400", 150, 3800),
        ("10501-5", "Lutropin [Units/volume] in Serum or Plasma", "mIU/mL", "2-15", 0.5, 28),
        ("2839-9", "Progesterone [Mass/volume] in Serum or Plasma", "ng/mL", "<1.5", 0.2, 3.2),
        ("21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma", "mIU/mL", "<5", 1, 900),
        ("83088-5", "Anti-Mullerian hormone [Mass/volume] in Serum or Plasma", "ng/mL", "1.0-3.5", 0.2, 6)]


def g_hl7_oru():
    p = pt()
    tick()
    out = []
    mid = "MSG" + digits(8)
    coll = CLK - timedelta(minutes=R.randint(25, 150))
    if coll.hour < 6:
        coll -= timedelta(hours=13)
    coll_s = coll.strftime("%Y%m%d%H%M")
    L = Line("hl7_oru")
    L.t("MSH|^~\\&|SUNQUEST|BWF_LAB|ARTISAN|BWF_%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (pick(SITES), ts_hl7(), mid))
    out.append(L)
    L = Line("hl7_oru")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^BWF^MR~").p(p.acct, "account").t("^^^BWF^AN||")
    L.p(ascii_(p.family).upper(), "name").t("^").p(ascii_(p.given).upper(), "name").t("^^^^^L||")
    L.p(fd(p.dob, "hl7"), "date").t("|%s|||" % p.sex)
    L.p(p.addr_line().upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.state).p(p.zip, "zip")
    L.t("^USA^H||").p(phone_fmt(p.phone, "paren"), "phone").t("^PRN^PH")
    if R.random() < 0.5:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("|||||").p(p.acct, "account")
    out.append(L)
    L = Line("hl7_oru")
    L.t("PV1|1|O|REI^MON^%s||||%d^%s^%s^^^DR|||||||||||" % (pick(SITES), R.randint(1000, 1999),
                                                              *ascii_(pick(STAFF)[4:]).upper().split(" ")[::-1]))
    L.p("V" + digits(9), "other_id")
    out.append(L)
    L = Line("hl7_oru")
    L.t("OBR|1|ORD%s|LAB%s|E2PNL^Cycle monitoring panel^L|||" % (digits(6), digits(6))).p(coll_s, "date")
    L.t("|||||||||%s||||||%s|F" % (pick(["1457^HOANG^MINH", "2210^ABERNATHY^RACHEL"]), ts_hl7()))
    out.append(L)
    for i, lab in enumerate(R.sample(LABS, R.randint(1, 3))):
        L = Line("hl7_oru")
        val = R.uniform(lab[4], lab[5])
        val_s = ("%d" % val) if val > 50 else ("%.1f" % val)
        flag = pick(["H", "N", "", "H"])
        L.t("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||" % (i + 1, lab[0], lab[1], val_s, lab[2], lab[3], flag))
        L.p(coll_s, "date")
        out.append(L)
    if R.random() < 0.4:
        L = Line("hl7_oru")
        L.t("NTE|1||Specimen received %s. Drawn day %d of stimulation." % (pick(["hemolyzed - interpret with caution", "in good condition"]), R.randint(4, 11)))
        out.append(L)
    return out


def g_hl7_escaped():
    p = pt()
    tick()
    L = Line("mirth_mllp")
    L.t("%s INFO  [ESTRADIOL_IN] c.m.c.s.DataPruner: Received MLLP message on port 6661 (%d bytes): " % (ts_dot(), R.randint(600, 1400)))
    L.t("MSH|^~\\&|QUEST|QDI|ARTISAN|BWF|%s||ORU^R01|Q%s|P|2.3\\rPID|1||" % (ts_hl7(), digits(9)))
    L.p(p.mrn[3:], "mrn").t("||").p(ascii_(p.family).upper(), "name").t("^").p(ascii_(p.given).upper(), "name")
    L.t("||").p(fd(p.dob, "hl7"), "date").t("|F\\rOBX|1|NM|2243-4^ESTRADIOL^LN||%d|pg/mL|||H|||F\\r" % R.randint(200, 4000))
    return [L]


def g_mirth_noise():
    tick()
    L = Line("mirth_mllp")
    k = R.randint(0, 3)
    if k == 0:
        L.t("%s INFO  [ESTRADIOL_IN] c.m.c.s.ChannelController: Channel deployed, %d connectors, revision %d" %
            (ts_dot(), R.randint(2, 5), R.randint(30, 90)))
    elif k == 1:
        L.t("%s INFO  [ESTRADIOL_IN] c.m.c.c.tcp.TcpReceiver: ACK sent MSA|AA|MSG%s| in %d ms" %
            (ts_dot(), digits(8), R.randint(2, 80)))
    elif k == 2:
        L.t("%s WARN  [LH_P4_IN] c.m.c.c.tcp.TcpReceiver: Connection reset by peer /10.20.%d.%d:%d" %
            (ts_dot(), R.randint(1, 9), R.randint(2, 250), R.randint(40000, 65000)))
    else:
        L.t("%s INFO  [DataPruner] c.m.c.s.DataPruner: Pruned %d messages older than 30 days from %d channels in %.1fs" %
            (ts_dot(), R.randint(1000, 90000), R.randint(4, 18), R.uniform(2, 90)))
    return [L]


# ---- 6. follicle monitoring
def g_follicle_json():
    p = pt()
    tick()
    L = Line("monitoring_json")
    cd = R.randint(2, 14)
    lmp = TODAY - timedelta(days=cd - 1)
    rec = {"@timestamp": ts_isoz(), "logger": "artisan.monitoring", "visitType": "MONITORING",
           "patientName": P(p.name(pick(["lf", "fl", "LF"])), "name"), "mrn": P(p.mrn, "mrn"),
           "cycleId": P(p.cycle, "other_id"), "cycleDay": cd, "stimDay": max(1, cd - 2),
           "lmp": P(fd(lmp, pick(["us", "iso"])), "date"),
           "e2_pgml": R.randint(90, 3600), "lh_miuml": round(R.uniform(0.8, 9), 1), "p4_ngml": round(R.uniform(0.2, 1.4), 1),
           "endometrium_mm": round(R.uniform(5.5, 12.5), 1), "pattern": pick(["trilaminar", "homogeneous", "triple-line"]),
           "follicles": {"right": sorted([R.randint(6, 21) for _ in range(R.randint(2, 9))], reverse=True),
                         "left": sorted([R.randint(6, 21) for _ in range(R.randint(1, 8))], reverse=True)},
           "plan": pick(["continue Gonal-F 225 IU + Menopur 75 IU", "add ganirelix 250 mcg AM",
                         "trigger tonight Ovidrel 250 + Lupron 40u", "reduce FSH to 150 IU", "cancel: poor response"]),
           "nextVisit": P(fd(near(1, 3), "iso"), "date"), "sonographer": pick(["R. Patel, RDMS", "L. Moreau, RDMS", "K. Osei, RDMS"])}
    jw(L, rec, compact=True)
    return [L]


def g_follicle_kv():
    p = pt()
    tick()
    L = Line("monitoring_kv")
    L.t("%s %s [us-worksheet] " % (ts_dot(), pick(["INFO", "INFO", "NOTICE"])))
    kvw(L, [("pt", P(p.name(pick(["LF", "lf", "il"])), "name")), ("MRN", P(p.mrn, "mrn")),
            ("DOS", P(fd(TODAY, pick(["us", "us2", "dmy"])), "date")),
            ("R_foll", "/".join(str(R.randint(8, 22)) for _ in range(R.randint(2, 7)))),
            ("L_foll", "/".join(str(R.randint(8, 22)) for _ in range(R.randint(1, 6)))),
            ("EMT", "%.1fmm" % R.uniform(6, 12)), ("AFC", R.randint(4, 28)),
            ("OPU_planned", P(fd(near(2, 5), pick(["us_short", "us", "iso"])), "date")),
            ("md", pick(STAFF).split()[-1])])
    return [L]


def g_monitoring_noise():
    tick()
    L = Line("monitoring_json")
    rec = {"@timestamp": ts_isoz(), "logger": "artisan.scheduler", "msg": "monitoring slots generated",
           "site": pick(SITES), "slots": R.randint(20, 60), "booked": R.randint(10, 55),
           "ultrasound_rooms": R.randint(2, 5), "duration_ms": R.randint(40, 900)}
    jw(L, rec, compact=True)
    return [L]


# ---- 7. DocuSign Connect consent webhook
CONSENTS = ["EMBRYO_DISPOSITION", "ICSI_CONSENT", "PGT_A_CONSENT", "CRYO_STORAGE_AGREEMENT",
            "DONOR_OOCYTE_RECIPIENT", "GESTATIONAL_CARRIER_MEDICAL", "ANESTHESIA_OPU"]


def g_docusign_phi():
    p = pt()
    tick()
    L = Line("docusign_json")
    ctype = pick(CONSENTS)
    signed = CLK + timedelta(hours=7) - timedelta(minutes=R.randint(1, 50))
    recips = [{"name": P(p.name("fl"), "name"), "email": P(p.email, "email"), "roleName": "Patient",
               "status": "completed", "signedDateTime": P(signed.strftime("%Y-%m-%dT%H:%M:%S.") + digits(7) + "Z", "date")}]
    if p.partner is not None:
        recips.append({"name": P(p.partner.name("fl"), "name"), "email": P(p.partner.email, "email"),
                       "roleName": "Partner", "status": pick(["completed", "sent", "delivered"])})
    recips.append({"name": pick(STAFF), "email": "consents@brightwaterfertility.com", "roleName": "Physician",
                   "status": "completed"})
    rec = {"event": pick(["envelope-completed", "recipient-completed", "envelope-sent"]), "apiVersion": "v2.1",
           "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (uuid4(), uuid4()), "retryCount": 0,
           "generatedDateTime": ts_isoz(),
           "data": {"envelopeId": uuid4(), "envelopeSummary": {
               "emailSubject": "Please sign: %s" % ctype.replace("_", " ").title(),
               "recipients": {"signers": recips},
               "customFields": {"textCustomFields": [
                   {"name": "mrn", "value": P(p.mrn, "mrn")}, {"name": "consentType", "value": ctype},
                   {"name": "cycleId", "value": P(p.cycle, "other_id")}]}}}}
    jw(L, rec, compact=True)
    return [L]


def g_docusign_noise():
    tick()
    L = Line("docusign_json")
    k = R.randint(0, 2)
    if k == 0:
        rec = {"level": "warn", "ts": ts_isoz(), "svc": "consent-listener",
               "msg": "HMAC signature mismatch, rejecting Connect payload", "x-docusign-signature-1": base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(),
               "remote": "10.60.%d.%d" % (R.randint(0, 9), R.randint(2, 250))}
    elif k == 1:
        rec = {"level": "info", "ts": ts_isoz(), "svc": "consent-listener", "msg": "template cache refreshed",
               "templates": R.randint(18, 40), "account": uuid4(), "elapsed_ms": R.randint(100, 3000)}
    else:
        rec = {"level": "error", "ts": ts_isoz(), "svc": "consent-listener",
               "msg": "DocuSign API 429 Too Many Requests; backing off", "retry_after_s": R.randint(5, 60),
               "trace_id": hexs(32), "span_id": hexs(16)}
    jw(L, rec, compact=True)
    return [L]


# ---- 8. donor bank catalogue
def g_donor_profile():
    tick()
    L = Line("donor_catalog_json")
    sperm = R.random() < 0.6
    code = pick(SPERM_DONORS if sperm else EGG_DONORS)
    fh = []
    for rel in R.sample(["paternal grandfather", "maternal grandmother", "paternal grandmother", "maternal grandfather", "father", "mother"], 3):
        if "grand" in rel and R.random() < 0.55:
            fh.append((rel, R.randint(90, 101)))
        else:
            fh.append((rel, R.randint(48, 86)))
    rec = {"donorId": P(code, "other_id"), "bank": "Westlake Cryobank" if sperm else "Ovum Collective Egg Bank",
           "type": "sperm" if sperm else "oocyte", "status": pick(["available", "limited", "reserved"]),
           "bloodType": pick(["O+", "A+", "B-", "AB+", "O-"]), "cmv": pick(["neg", "pos"]),
           "heightIn": R.randint(62, 76), "eyes": pick(["brown", "hazel", "blue", "green"]),
           "ancestry": R.sample(["Korean", "Irish", "Nigerian", "Mexican", "Punjabi", "Polish", "Filipino", "Lebanese", "Norwegian"], 2),
           "education": pick(["BS Nursing", "MS Chemical Engineering", "BA Music", "PhD candidate, Linguistics"]),
           "carrierScreen": {"panel": "Foresight 274", "positives": R.sample(["GJB2", "CFTR", "none", "SMN1"], 1)}}
    famhist = []
    for rel, age in fh:
        if age > 89:
            famhist.append({"relation": rel, "age": P(age, "age"), "status": pick(["living", "deceased"]),
                            "conditions": pick(["hypertension", "none", "macular degeneration", "type 2 diabetes"])})
        else:
            famhist.append({"relation": rel, "age": age, "status": pick(["living", "deceased"]),
                            "conditions": pick(["hypertension", "none", "breast cancer dx 61", "asthma"])})
    rec["familyHistory"] = famhist
    if sperm:
        rec["vials"] = {"ICI": R.randint(0, 6), "IUI": R.randint(0, 12)}
    else:
        rec["cohortsAvailable"] = R.randint(0, 4)
    jw(L, rec, compact=True)
    return [L]


def g_donor_reserve():
    p = pt()
    tick()
    L = Line("donor_catalog_app")
    code = pick(SPERM_DONORS + EGG_DONORS)
    L.t("[%s] INFO in donorbank.orders: vial reservation %s confirmed donor=" % (ts_space(), "RSV-" + digits(6)))
    L.p(code, "other_id").t(" recipient=").p(p.name(pick(["fl", "lf"])), "name").t(" recipient_mrn=").p(p.mrn, "mrn")
    L.t(" qty=%d ship_to=BWF-%s ship_date=" % (R.randint(1, 3), pick(SITES))).p(fd(near(2, 12), "us"), "date")
    return [L]


def g_donor_noise():
    tick()
    k = R.randint(0, 3)
    if k <= 1:
        L = Line("donor_catalog_access")
        q = pick(["eye=brown&ethnicity=asian&cmv=neg", "height_min=70&education=graduate", "type=oocyte&status=available",
                  "ancestry=irish&blood=O%2B&page=2", "sort=newest&limit=24"])
        L.t('10.%d.%d.%d - - [%s] "GET /api/v2/donors?%s HTTP/1.1" 200 %d "-" "DonorSearch/3.4 (+catalog-ui)" rt=%.3f' %
            (R.randint(0, 5), R.randint(0, 255), R.randint(2, 250), ts_clf(), q, R.randint(2000, 60000), R.uniform(0.01, 0.9)))
    elif k == 2:
        L = Line("donor_catalog_app")
        L.t("[%s] INFO in donorbank.sync: catalogue sync finished: %d donors, %d new, %d retired, %d photos refreshed" %
            (ts_space(), R.randint(800, 2000), R.randint(0, 40), R.randint(0, 12), R.randint(0, 300)))
    else:
        L = Line("donor_catalog_app")
        L.t("[%s] WARNING in donorbank.images: CDN purge for /static/donors/thumbs/ took %.1fs (%d objects)" %
            (ts_space(), R.uniform(1, 40), R.randint(100, 5000)))
    return [L]


# ---- 9. X12 270/271 eligibility (infertility service type 83)
def g_x12_271():
    p = pt()
    tick()
    out = []
    ctrl = digits(9)

    def seg(s, fam="x12_271"):
        L = Line(fam)
        L.t(s)
        out.append(L)
        return L
    seg("ISA*00*          *00*          *ZZ*CHCLEARING     *ZZ*BWFERTILITY    *%s*%s*^*00501*%s*0*P*:~" %
        (CLK.strftime("%y%m%d"), CLK.strftime("%H%M"), ctrl))
    seg("GS*HB*CHCLEARING*BWFERTILITY*%s*%s*%s*X*005010X279A1~" % (CLK.strftime("%Y%m%d"), CLK.strftime("%H%M"), ctrl[-5:]))
    seg("ST*271*0001*005010X279A1~")
    seg("NM1*PR*2*%s*****PI*%s~" % (p.payer, p.payer_id))
    seg("NM1*1P*2*BRIGHTWATER FERTILITY NETWORK*****XX*1%s~" % digits(9))
    L = Line("x12_271")
    L.t("NM1*IL*1*").p(ascii_(p.family).upper(), "name").t("*").p(ascii_(p.given).upper(), "name").t("****MI*").p(p.member, "health_plan").t("~")
    out.append(L)
    if R.random() < 0.6:
        L = Line("x12_271")
        L.t("N3*").p(p.addr_line().upper(), "address").t("~")
        out.append(L)
        L = Line("x12_271")
        L.t("N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip, "zip").t("~")
        out.append(L)
    L = Line("x12_271")
    L.t("DMG*D8*").p(fd(p.dob, "hl7"), "date").t("*%s~" % p.sex)
    out.append(L)
    L = Line("x12_271")
    L.t("DTP*346*D8*").p("%d0101" % TODAY.year, "date").t("~")
    out.append(L)
    seg("EB*1*IND*30^83*%s~" % pick(["PS", "HM", "PR", "C1"]))
    seg("EB*F*IND*83***23*%d~" % pick([15000, 20000, 25000, 30000]))
    seg("MSG*IVF LIFETIME MAX; %d EGG RETRIEVALS; PRIOR AUTH REQUIRED~" % R.randint(1, 4))
    seg("SE*%d*0001~" % (len(out) - 1))
    return out


def g_x12_270_kv():
    p = pt()
    tick()
    L = Line("eligibility_kv")
    L.t("%s level=info svc=benefits-check msg=\"270 submitted\" " % ts_isoz())
    kvw(L, [("payer", p.payer_id), ("memberId", P(p.member, "health_plan")), ("groupNo", p.group),
            ("subscriberLast", P(ascii_(p.family), "name")), ("subscriberDob", P(fd(p.dob, "us"), "date")),
            ("svcTypeCodes", "30,83"), ("trace", "TRN-" + digits(10)), ("clearinghouse", "change_healthcare")])
    return [L]


def g_elig_noise():
    tick()
    k = R.randint(0, 2)
    if k == 0:
        L = Line("x12_271")
        L.t("TA1*%s*%s*%s*A*000~" % (digits(9), CLK.strftime("%y%m%d"), CLK.strftime("%H%M")))
    elif k == 1:
        L = Line("eligibility_kv")
        L.t("%s level=warn svc=benefits-check msg=\"payer timeout\" payer=%s latency_ms=%d attempt=%d" %
            (ts_isoz(), pick(["60054", "87726", "62308", "94036"]), R.randint(8000, 30000), R.randint(1, 3)))
    else:
        L = Line("eligibility_kv")
        L.t("%s level=info svc=benefits-check msg=\"batch complete\" requests=%d aaa_rejects=%d cache_hits=%d" %
            (ts_isoz(), R.randint(20, 200), R.randint(0, 9), R.randint(0, 80)))
    return [L]


# ---- 10. financing gateway (logfmt)
def g_financing():
    p = pt()
    tick()
    L = Line("financing_logfmt")
    k = R.random()
    L.t("time=%s level=%s svc=lending-gw " % (ts_isoz(), "info" if k < 0.75 else "error"))
    if k < 0.4:
        kvw(L, [("msg", "application submitted"), ("lender", pick(["FutureFamily", "CapexMD", "Prosper Healthcare Lending"])),
                ("app_id", P("FF-APP-" + digits(7), "account")), ("applicant", P(p.name("fl"), "name")),
                ("ssn_last4", p.ssn[-4:]), ("amount", R.choice([12500, 18500, 24000, 31000])),
                ("term_months", R.choice([36, 60, 84])), ("status", pick(["PENDING_KBA", "APPROVED", "REFER"]))])
        if R.random() < 0.5:
            L.t(" id_doc=DL id_state=%s id_number=" % p.state).p(p.dl, "license")
    elif k < 0.6:
        kvw(L, [("msg", "loan funded"), ("loan_acct", P(digits(12), "account")), ("patient_acct", P(p.acct, "account")),
                ("amount", "%d.00" % R.randint(8000, 30000)), ("apr", "%.2f" % R.uniform(6, 19))])
    elif k < 0.75:
        kvw(L, [("msg", "patient note attached"), ("patient_acct", P(p.acct, "account"))])
        L.t(" note=\"patient says remaining balance covered by fundraiser ")
        slug = "-".join(ascii_(p.given).lower().split() + ["and", ascii_(p.partner.given).lower() if p.partner else "family", "ivf", "journey"])
        L.p("https://www.gofundme.com/f/" + slug, "url").t("\"")
    else:
        L.t("msg=\"credit bureau request failed\" err=\"400 Bad Request: invalid field dateOfBirth\" payload=")
        pl = {"firstName": P(ascii_(p.given), "name"), "lastName": P(ascii_(p.family), "name"),
              "ssn": P(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn"),
              "dateOfBirth": P(fd(p.dob, "us"), "date"),
              "address": {"line1": P(p.addr_line(), "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
              "income": R.randint(40, 250) * 1000}
        enc = Line("tmp")
        jw(enc, pl, compact=True)
        # embed JSON as a quoted logfmt value with escaped quotes
        L.t('"')
        pos = 0
        txt = enc.text()
        bt = txt.encode("utf-8")
        for sp, val in zip(enc.spans, enc.vals):
            L.t(bt[pos:sp["s"]].decode("utf-8").replace('"', '\\"'))
            L.p(val, sp["cat"])
            pos = sp["e"]
        L.t(bt[pos:].decode("utf-8").replace('"', '\\"')).t('"')
    return [L]


def g_card():
    p = pt()
    tick()
    L = Line("payments_log")
    card = luhn_complete(pick(["4", "51", "55", "6011"]), 16)
    L.t("%s ERROR [billing-api] PCI scrubber bypass detected in request body from /v1/payments/intent: " % ts_dot())
    L.t("cardholder=").p(p.name("FL"), "name").t(" card_number=").p(" ".join(card[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else card, "account")
    L.t(" exp=%02d/%02d billing_zip=" % (R.randint(1, 12), R.randint(25, 30))).p(p.zip, "zip")
    L.t(" patient_acct=").p(p.acct, "account")
    return [L]


def g_fin_noise():
    tick()
    k = R.randint(0, 3)
    L = Line("financing_logfmt")
    if k == 0:
        L.t("time=%s level=info svc=lending-gw msg=\"webhook delivered\" lender=CapexMD event=offer.updated status=204 dur=%dms req_id=%s" %
            (ts_isoz(), R.randint(20, 800), uuid4()))
    elif k == 1:
        L.t("time=%s level=warn svc=lending-gw msg=\"mTLS cert expires soon\" cn=api.futurefamily.example not_after=2024-04-02 days_left=%d" %
            (ts_isoz(), R.randint(10, 25)))
    elif k == 2:
        L = Line("payments_log")
        L.t("%s INFO  [billing-api] settlement batch %s closed: %d charges, $%s, %d refunds" %
            (ts_dot(), digits(8), R.randint(20, 300), "{:,}.{:02d}".format(R.randint(10000, 400000), R.randint(0, 99)), R.randint(0, 9)))
    else:
        L = Line("payments_log")
        L.t("%s WARN  [billing-api] card BIN 411111 flagged as test card, order ORD-%s rejected" % (ts_dot(), digits(8)))
    return [L]


# ---- 11. patient portal nginx
UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'BrightwaterPortal/5.12.1 (Android 14; SM-S918U)',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15']


def g_portal_nginx():
    p = pt()
    tick()
    L = Line("nginx_portal")
    path = pick(["/portal/api/messages/thread/%d" % R.randint(10000, 99999), "/portal/api/calendar/meds",
                 "/portal/api/results?panel=E2", "/portal/api/consents/pending", "/portal/api/billing/statements",
                 "/portal/api/cycle/timeline", "/portal/login"])
    meth = "POST" if path.endswith("login") else pick(["GET", "GET", "POST"])
    L.p(p.ip, "ip").t(" - ").p(p.username, "other_id")
    L.t(' [%s] "%s %s HTTP/2.0" %d %d "https://portal.brightwaterfertility.com/" "%s" rt=%.3f uct=%.3f' %
        (ts_clf(), meth, path, pick([200, 200, 200, 304, 401]), R.randint(200, 30000), pick(UA), R.uniform(0.01, 1.2), R.uniform(0, 0.05)))
    return [L]


def g_nginx_noise():
    tick()
    L = Line("nginx_portal")
    k = R.randint(0, 3)
    if k == 0:
        L.t('10.%d.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' %
            (R.randint(0, 3), R.randint(0, 255), R.randint(2, 250), ts_clf()))
    elif k == 1:
        L.t('172.16.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://portal.brightwaterfertility.com/" "%s" rt=0.004 uct=0.000' %
            (R.randint(0, 9), R.randint(2, 250), ts_clf(), hexs(8), R.randint(100000, 900000), pick(UA)))
    elif k == 2:
        L = Line("nginx_error")
        L.t('%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.%d.%d.%d, server: portal.brightwaterfertility.com, request: "GET /portal/api/results HTTP/2.0", upstream: "http://10.30.4.%d:8000/portal/api/results"' %
            (CLK.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), R.randint(0, 8), R.randint(100000, 999999),
             R.randint(0, 3), R.randint(0, 255), R.randint(2, 250), R.randint(10, 40)))
    else:
        L.t('10.%d.%d.%d - - [%s] "GET /.well-known/acme-challenge/%s HTTP/1.1" 200 87 "-" "Let\'s Encrypt validation server" rt=0.000 uct=-' %
            (R.randint(0, 3), R.randint(0, 255), R.randint(2, 250), ts_clf(), hexs(20)))
    return [L]


# ---- 12. portal messaging (Django logging)
def msg_body(L, p):
    k = R.randint(0, 6)
    if k == 6:
        L.t("Could I get an itemized estimate for the FET? We are raising part of it here: ")
        L.p("https://www.gofundme.com/f/%s-%s-baby-fund" % (ascii_(p.given).lower().replace(" ", "-"), ascii_(p.family).lower().replace(" ", "-")), "url")
        L.t(" and donors keep asking what it covers. Thank you!")
        return
    if k == 0:
        L.t("Hi, this is ").p(p.given, "name").t(". Started spotting this morning after the PIO shot, is that normal? My transfer is on ")
        L.p(fd(near(1, 6), "us_short"), "date").t(". Call me at ").p(phone_fmt(p.phone, pick(["space", "dash", "dot"])), "phone")
    elif k == 1:
        L.t("Can you move my baseline to ").p(fd(near(2, 9), pick(["mon", "long"])), "date")
        L.t("? I'll be in Reno for work. My partner ")
        L.p(p.partner.name("first") if p.partner else "Chris", "name")
        L.t(" will drop off the sample.")
    elif k == 2:
        L.t("Insurance changed ").p(pick(["Jan 1", "1/1", "January 1st"]), "date").t(", new member ID is ").p(p.member, "health_plan")
        L.t(", group %s. Please rerun the benefits check - " % p.group).p(p.name("il"), "name")
    elif k == 3:
        L.t("Please send my records to Dr. Park's office, and a copy to my home fax ").p(phone_fmt(p.phone2, "paren"), "fax")
        L.t(" - DOB ").p(fd(p.dob, "us_nopad"), "date")
    elif k == 4:
        L.t("My new email is ").p(p.email, "email").t(", the old one is closed. Also new address: ")
        L.p("%s, %s, %s" % (p.addr_line(), p.city, p.state), "address").t(" ").p(p.zip, "zip")
    else:
        L.t("Got my E2 result, 2,140?? Is that too high? Not feeling bloated yet. Retrieval still ")
        L.p(fd(near(1, 4), pick(["us_short", "mon"])), "date").t("? thanks, ").p(p.given.lower() if R.random() < 0.5 else p.given, "name")


def g_portal_msg():
    p = pt()
    tick()
    L = Line("django_portal")
    L.t("[%s] INFO portal.messaging: message.created thread=%d from=patient:" % (ts_space(), R.randint(10000, 99999)))
    L.p(p.mrn, "mrn").t(" to=pool:%s-NURSES attachments=%d body=\"" % (pick(SITES), R.randint(0, 2)))
    msg_body(L, p)
    L.t("\"")
    return [L]


def g_portal_reply():
    p = pt()
    tick()
    L = Line("django_portal")
    L.t("[%s] INFO portal.messaging: message.created thread=%d from=staff:%s to=patient:" % (ts_space(), R.randint(10000, 99999), pick(["cbenitez", "tashby", "jvillanueva", "psingh"])))
    L.p(p.mrn, "mrn").t(" body=\"Hi ").p(p.given, "name").t(", your estradiol today was %d. Continue same doses, next monitoring " % R.randint(300, 3000))
    d = near(1, 3)
    site = pick(SITES)
    L.p(fd(d, pick(["mon", "us_short"])), "date").t(" at %d:%02d AM at %s. Call %s with questions.\"" % (R.randint(6, 9), pick([0, 15, 30, 45]), site, CLINIC_PHONE[site]))
    return [L]


def g_portal_noise():
    tick()
    L = Line("django_portal")
    k = R.randint(0, 4)
    if k == 0:
        L.t("[%s] WARNING django.security.csrf: Forbidden (CSRF token missing.): /portal/api/messages/" % ts_space())
    elif k == 1:
        L.t("[%s] INFO celery.worker.strategy: Task portal.tasks.send_digest[%s] received" % (ts_space(), uuid4()))
    elif k == 2:
        L.t("[%s] INFO celery.app.trace: Task portal.tasks.send_digest[%s] succeeded in %.3fs: {'sent': %d, 'skipped': %d}" %
            (ts_space(), uuid4(), R.uniform(0.2, 30), R.randint(0, 400), R.randint(0, 50)))
    elif k == 3:
        L.t("[%s] ERROR django.request: Internal Server Error: /portal/api/cycle/timeline (500) trace_id=%s" % (ts_space(), hexs(32)))
    else:
        L.t("[%s] INFO portal.auth: mfa.challenge.sent channel=sms provider=twilio latency_ms=%d" % (ts_space(), R.randint(80, 900)))
    return [L]


# ---- 13. SMS / e-mail reminders
def g_sms():
    p = pt()
    tick()
    L = Line("twilio_sms")
    L.t("%s INFO notify.sms sid=SM%s " % (ts_isooff(), hexs(32)))
    k = R.randint(0, 2)
    L.t("to=").p(phone_fmt(p.phone, "e164"), "phone").t(" template=%s body=\"" % ["TRIGGER_REMINDER", "APPT_CONFIRM", "RESULT_READY"][k])
    d = near(1, 5)
    if k == 0:
        L.t("BWF: Trigger tonight at 9:30 PM: Ovidrel 250mcg. Retrieval ").p(fd(d, "us_short"), "date").t(" at 7:30 AM, arrive 6:45. Reply C to confirm.\"")
    elif k == 1:
        L.t("Hi ").p(p.given, "name").t(", reminder: monitoring appt ").p(fd(d, pick(["mon", "us_short"])), "date").t(" %d:%02d AM, %s office. Reply C to confirm, R to reschedule.\"" % (R.randint(6, 10), pick([0, 15, 30]), pick(SITES)))
    else:
        L.t("Your result is ready in the Brightwater portal. Please log in to view. Msg&data rates may apply.\"")
    return [L]


def g_postfix():
    p = pt()
    tick()
    L = Line("postfix")
    L.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), R.randint(2000, 40000), hexs(10, True)))
    dom = p.email.split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.141.27]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25",
             "icloud.com": "mx01.mail.icloud.com[17.57.154.6]:25", "me.com": "mx02.mail.icloud.com[17.57.155.34]:25",
             "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.40.29]:25",
             "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.68.12]:25",
             "proton.me": "mail.protonmail.ch[185.70.42.128]:25", "comcast.net": "mx1a1.comcast.net[96.103.145.164]:25",
             "att.net": "al-ip4-mx-vip1.prodigy.net[144.160.235.143]:25"}[dom]
    L.p(p.email, "email").t(">, relay=%s, delay=%.2f, delays=0.1/0/0.4/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK %d)" %
                          (relay, R.uniform(0.3, 3), R.uniform(0.1, 2), R.randint(1700000000, 1710999999)))
    return [L]


def g_mail_noise():
    tick()
    L = Line("postfix")
    k = R.randint(0, 2)
    if k == 0:
        L.t("%s mail01 postfix/smtp[%d]: %s: to=<billing@brightwaterfertility.com>, relay=10.10.2.25[10.10.2.25]:25, delay=0.21, dsn=2.0.0, status=sent (250 OK)" %
            (ts_syslog(), R.randint(2000, 40000), hexs(10, True)))
    elif k == 1:
        L.t("%s mail01 postfix/anvil[%d]: statistics: max connection rate %d/60s for (smtp:10.10.4.%d) at %s" %
            (ts_syslog(), R.randint(2000, 40000), R.randint(1, 30), R.randint(2, 250), ts_syslog()))
    else:
        L = Line("twilio_sms")
        L.t("%s INFO notify.sms.status sid=SM%s status=%s error_code=%s price=-0.00790 USD" %
            (ts_isooff(), hexs(32), pick(["delivered", "sent", "undelivered"]), pick(["", "", "30003"])))
    return [L]


# ---- 14. EMR audit CSV
AUDIT_HEADER_DONE = [False]


def g_audit(phi=True):
    out = []
    if not AUDIT_HEADER_DONE[0]:
        AUDIT_HEADER_DONE[0] = True
        L = Line("audit_csv")
        L.t("event_time,user,role,action,patient_mrn,patient_name,object,workstation,result")
        out.append(L)
    tick()
    L = Line("audit_csv")
    user, role = pick([("mhoang", "MD"), ("rabernathy", "MD"), ("cbenitez", "RN"), ("klt_emb", "EMBRYOLOGIST"),
                       ("jms_emb", "EMBRYOLOGIST"), ("billing02", "BILLING"), ("svc_interface", "SERVICE")])
    L.t("%s,%s,%s,%s," % (ts_isoz(), user, role,
                         pick(["VIEW_CHART", "PRINT_LABELS", "EDIT_CYCLE", "EXPORT_PDF", "VIEW_RESULTS", "BREAK_GLASS"])))
    if phi:
        p = pt()
        L.p(p.mrn, "mrn").t(",\"").p(p.name("lf"), "name").t("\",")
        obj = pick(["cycle:%s", "consent:%s", "embryo_report:%s"])
        L.t(obj.split(":")[0] + ":").p(p.cycle, "other_id")
    else:
        L.t(",,report:daily_census")
    L.t(",WS-%s-%02d,%s" % (pick(SITES), R.randint(1, 30), pick(["OK", "OK", "DENIED"])))
    out.append(L)
    return out


def g_audit_noise():
    return g_audit(False)


# ---- 15. partner / donor / GC pairing XML
def g_pairing_xml():
    tick()
    L = Line("pairing_xml")
    k = R.random()
    if k < 0.4:
        p = pick([x for x in PATIENTS if x.partner is not None])
        q = p.partner
        L.t('<PartnerLink action="create" ts="%s"><Primary mrn="' % ts_isooff()).p(p.mrn, "mrn")
        L.t('" role="PATIENT"><Name family="').p(p.family, "name").t('" given="').p(p.given, "name").t('"/></Primary>')
        L.t('<Linked mrn="').p(q.mrn, "mrn").t('" role="%s"><Name family="' % ("PARTNER_FEMALE" if q.sex == "F" else "PARTNER_MALE"))
        L.p(q.family, "name").t('" given="').p(q.given, "name").t('"/><BirthDate>').p(fd(q.dob, "iso"), "date").t("</BirthDate>")
        L.t("<Phone type=\"mobile\">").p(phone_fmt(q.phone, pick(["dash", "paren", "plain"])), "phone").t("</Phone></Linked>")
        L.t('<CoupleId>').p(p.couple, "other_id").t("</CoupleId></PartnerLink>")
    elif k < 0.7:
        gc = LEO.gc
        L.t('<PartnerLink action="create" ts="%s"><Primary mrn="' % ts_isooff()).p(LEO.mrn, "mrn")
        L.t('" role="INTENDED_PARENT"><Name family="').p(LEO.family, "name").t('" given="').p(LEO.given, "name").t('"/>')
        L.t("<Passport country=\"HU\">").p(LEO.passport, "license").t("</Passport></Primary>")
        L.t('<Linked role="GESTATIONAL_CARRIER" gcId="').p(gc.gcid, "other_id").t('"><Name family="').p(gc.family, "name")
        L.t('" given="').p(gc.given, "name").t('"/><BirthDate>').p(fd(gc.dob, "us"), "date").t("</BirthDate>")
        L.t("<Address>").p("%s, %s" % (gc.addr_line(), gc.city), "address").t(", %s " % gc.state).p(gc.zip, "zip").t("</Address></Linked>")
        L.t("<Agency>Creative Surrogacy Partners</Agency><ProfileUrl>")
        L.p("https://www.creativesurrogacypartners.com/intended-parents/%s-and-%s-%s" % (LEO.given.lower(), SAM.given.lower(), digits(4)), "url")
        L.t("</ProfileUrl></PartnerLink>")
    else:
        p = pt()
        d = pick(EGG_DONOR_PEOPLE + [None, None])
        L.t('<DonorAssignment ts="%s" cycle="' % ts_isooff()).p(p.cycle, "other_id").t('"><Recipient mrn="').p(p.mrn, "mrn").t('">')
        L.p(p.name("lf"), "name").t("</Recipient>")
        if d is not None:
            L.t('<Donor type="KNOWN_OOCYTE" code="').p(d.code, "other_id").t('"><Name>').p(d.name("fl"), "name")
            L.t("</Name><DOB>").p(fd(d.dob, "us"), "date").t("</DOB><DriverLicense state=\"%s\">" % d.state).p(d.dl, "license")
            L.t("</DriverLicense></Donor>")
        else:
            L.t('<Donor type="ANONYMOUS_SPERM" code="').p(pick(SPERM_DONORS), "other_id").t('" bank="Westlake Cryobank" vials="%d"/>' % R.randint(1, 4))
        L.t("</DonorAssignment>")
    return [L]


def g_pairing_noise():
    tick()
    L = Line("pairing_xml")
    L.t('<SyncStatus ts="%s" source="ARTISAN" target="WITNESS" linksProcessed="%d" errors="%d" durationMs="%d"/>' %
        (ts_isooff(), R.randint(0, 80), R.randint(0, 3), R.randint(50, 5000)))
    return [L]


# ---- 16. specialty pharmacy shipping (Spring Boot logback)
def g_pharmacy():
    p = pt()
    tick()
    L = Line("spring_pharmacy")
    L.t("%s  INFO 1 --- [nio-8080-exec-%d] c.b.pharmacy.ShipmentService           : " % (ts_dot(), R.randint(1, 10)))
    L.t("Created shipment SHP-%s carrier=FedEx tracking=%s %s %s cold_chain=%s rx=[%s] shipTo={name='" %
        (digits(6), digits(4), digits(4), digits(4), pick(["true", "false"]),
         ", ".join(R.sample(["Gonal-F RFF 900IU", "Menopur 75IU x10", "Ganirelix 250mcg x5", "Ovidrel 250mcg", "PIO 50mg/mL 10mL", "Estrace 2mg"], 3))))
    L.p(p.name(pick(["fl", "fml"])), "name").t("', line1='").p(p.addr_line(), "address").t("', city='").p(p.city, "address")
    L.t("', state='%s', zip='" % p.state).p(p.zip, "zip").t("', phone='").p(phone_fmt(p.phone, pick(["plain", "dash", "paren"])), "phone")
    L.t("'} deliverBy=").p(fd(near(1, 4), "iso"), "date")
    return [L]


def g_pharmacy_noise():
    tick()
    L = Line("spring_pharmacy")
    k = R.randint(0, 3)
    if k == 0:
        L.t("%s  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''" % ts_dot())
    elif k == 1:
        L.t("%s  WARN 1 --- [   scheduling-1] c.b.pharmacy.ColdChainMonitor           : shipper box CX-%s temp excursion %.1fC for %d min (limit 8.0C)" %
            (ts_dot(), digits(5), R.uniform(8.1, 12), R.randint(3, 40)))
    elif k == 2:
        L.t("%s  INFO 1 --- [   scheduling-1] c.b.pharmacy.FedExRateClient             : rate quote PRIORITY_OVERNIGHT $%d.%02d zone %d" %
            (ts_dot(), R.randint(40, 120), R.randint(0, 99), R.randint(2, 8)))
    else:
        L.t("%s ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms." %
            (ts_dot(), R.randint(1, 10)))
    return [L]


# ---- 17. andrology / semen analysis (key=value, LIS)
def g_andrology():
    tick()
    L = Line("andrology_kv")
    cands = [x for x in PATIENTS if x.partner is not None]
    p = pick(cands)
    m = p.partner
    L.t("%s andrology-lis[%d]: SA_RESULT " % (ts_syslog(), R.randint(1000, 9000)))
    kvw(L, [("specimen", "SA%s" % digits(6)), ("patient", P(m.name("LF"), "name")), ("mrn", P(m.mrn, "mrn")),
            ("partner_mrn", P(p.mrn, "mrn")), ("collected", P((CLK - timedelta(minutes=R.randint(30, 150))).strftime("%m/%d/%Y %H:%M"), "date")),
            ("abstinence_d", R.randint(2, 6)), ("vol_ml", "%.1f" % R.uniform(1, 5)), ("conc_M_ml", R.randint(2, 120)),
            ("prog_motility_pct", R.randint(5, 65)), ("morph_kruger_pct", R.randint(1, 9)), ("tech", pick(EMB))], quote_spaces=True)
    return [L]


def g_andro_noise():
    tick()
    L = Line("andrology_kv")
    L.t("%s andrology-lis[%d]: QC_RUN device=CASA-%s lot=%s beads_conc=%.1f cv_pct=%.1f result=%s" %
        (ts_syslog(), R.randint(1000, 9000), pick(["SCA-01", "SCA-02"]), "L" + digits(5), R.uniform(18, 22), R.uniform(1, 9), pick(["PASS", "PASS", "FAIL"])))
    return [L]


# ---- 18. Python tracebacks
def g_traceback():
    p = pt()
    tick()
    out = []
    L = Line("py_traceback")
    L.t("%s ERROR witness_bridge.importer: failed to map Artisan patient to Witness record" % ts_space())
    out.append(L)
    for s in ["Traceback (most recent call last):",
              '  File "/srv/witness_bridge/importer.py", line %d, in map_patient' % R.randint(150, 400),
              "    rec.dob = parse_dob(row['DOB'])",
              '  File "/srv/witness_bridge/util.py", line %d, in parse_dob' % R.randint(10, 90),
              "    return datetime.strptime(value, '%m/%d/%Y').date()"]:
        L = Line("py_traceback")
        L.t(s)
        out.append(L)
    L = Line("py_traceback")
    bad = "%02d/%02d/%d" % (p.dob.day + (12 if p.dob.day <= 12 else 0), p.dob.month, p.dob.year)
    L.t("ValueError: time data '").p(bad, "date").t("' does not match format '%m/%d/%Y' (row={'MRN': '")
    L.p(p.mrn, "mrn").t("', 'LAST': '").p(ascii_(p.family).upper(), "name").t("', 'FIRST': '").p(ascii_(p.given).upper(), "name").t("'})")
    out.append(L)
    return out


def g_py_noise():
    tick()
    L = Line("py_traceback")
    L.t("%s WARNING py.warnings: /srv/witness_bridge/venv/lib/python3.11/site-packages/urllib3/connectionpool.py:1103: InsecureRequestWarning: Unverified HTTPS request is being made to host '10.40.1.%d'" %
        (ts_space(), R.randint(2, 250)))
    return [L]


# ---- 19. check-in kiosk: photo, biometric, ID verification, parking LPR
def b64_jpeg(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00])
    raw += bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def g_checkin():
    p = pt()
    tick()
    L = Line("kiosk_json")
    k = R.random()
    if k < 0.32:
        rec = {"ts": ts_isoz(), "kiosk": "%s-K%d" % (pick(SITES), R.randint(1, 3)), "event": "photo.captured",
               "mrn": P(p.mrn, "mrn"), "purpose": "OPU_IDENTITY_CHECK", "mime": "image/jpeg",
               "data": P(b64_jpeg(R.randint(90, 140)), "photo"), "truncated": True}
    elif k < 0.5:
        tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(60, 90)))).decode()
        rec = {"ts": ts_isoz(), "kiosk": "%s-K%d" % (pick(SITES), R.randint(1, 3)), "event": "palmvein.enroll",
               "patient": P(p.name("fl"), "name"), "mrn": P(p.mrn, "mrn"), "hand": pick(["L", "R"]),
               "template": P(tmpl, "biometric"), "quality": round(R.uniform(0.7, 0.99), 2)}
    elif k < 0.8:
        rec = {"ts": ts_isoz(), "kiosk": "%s-K%d" % (pick(SITES), R.randint(1, 3)), "event": "id.verified",
               "patient": P(p.name("LF"), "name"), "docType": "DRIVER_LICENSE", "issuingState": p.state,
               "docNumber": P(p.dl, "license"), "docDob": P(fd(p.dob, "us"), "date"),
               "appointment": P(fd(TODAY, "iso") + "T%02d:%02d" % (R.randint(6, 15), pick([0, 15, 30, 45])), "date")}
    else:
        L = Line("parking_lpr")
        L.t("%s lpr-gw %s-GARAGE-IN plate=" % (ts_isooff(), pick(SITES))).p(p.plate, "vehicle")
        L.t(" state=%s conf=%.2f matched_appt=true patient=" % (p.state, R.uniform(0.8, 0.99))).p(p.mrn, "mrn")
        L.t(" validation=FREE_4H")
        return [L]
    jw(L, rec, compact=True)
    return [L]


def g_checkin_noise():
    tick()
    k = R.randint(0, 2)
    if k == 0:
        L = Line("parking_lpr")
        L.t("%s lpr-gw %s-GARAGE-OUT plate=<unread> conf=0.%02d matched_appt=false gate=manual" % (ts_isooff(), pick(SITES), R.randint(10, 49)))
    elif k == 1:
        L = Line("kiosk_json")
        jw(L, {"ts": ts_isoz(), "kiosk": "%s-K%d" % (pick(SITES), R.randint(1, 3)), "event": "heartbeat",
               "app": "checkin-kiosk", "version": "2.8.%d" % R.randint(0, 9), "printer": pick(["ok", "paper_low"]),
               "scanner": "ok", "uptime_s": R.randint(1000, 900000)}, compact=True)
    else:
        L = Line("kiosk_json")
        jw(L, {"ts": ts_isoz(), "kiosk": "%s-K%d" % (pick(SITES), R.randint(1, 3)), "event": "palmvein.sdk",
               "level": "warn", "msg": "sensor USB reset", "sdk": "PatientSecure 6.3.%d" % R.randint(0, 5)}, compact=True)
    return [L]


# ---- 20. home device sync (patient devices)
def g_device():
    p = pt()
    tick()
    L = Line("device_sync")
    k = R.random()
    if k < 0.5:
        L.t("%s [homemon-api] INFO  reading.ingested vendor=Mira model=Plus serial=" % ts_dot())
        L.p(p.mira, "device").t(" user=").p(p.username, "other_id")
        L.t(" lh=%.1f e3g=%d pdg=%.1f cd=%d" % (R.uniform(2, 60), R.randint(40, 400), R.uniform(1, 12), R.randint(5, 20)))
    else:
        mac = p.mac
        L.t("%s [homemon-api] INFO  ble.pair ok vendor=Tempdrop mac=" % ts_dot()).p(mac, "device")
        L.t(" patient_ref=").p(p.mrn, "mrn").t(" fw=3.%d.%d" % (R.randint(0, 9), R.randint(0, 20)))
    return [L]


def g_device_noise():
    tick()
    L = Line("device_sync")
    L.t("%s [homemon-api] INFO  vendor.poll vendor=%s fetched=%d new=%d rate_limit_remaining=%d" %
        (ts_dot(), pick(["Mira", "Tempdrop", "Inito"]), R.randint(0, 300), R.randint(0, 40), R.randint(0, 5000)))
    return [L]


# ---- 21. OR schedule with escort (CSV with header)
OR_HEADER_DONE = [False]


def g_or_schedule():
    out = []
    if not OR_HEADER_DONE[0]:
        OR_HEADER_DONE[0] = True
        L = Line("or_schedule_csv")
        L.t("site;room;proc_date;start;procedure;patient;mrn;anesthesia;escort_name;escort_phone;escort_vehicle")
        out.append(L)
    p = pt()
    e = p.escort
    tick()
    L = Line("or_schedule_csv")
    L.t("%s;OR%d;" % (pick(SITES), R.randint(1, 3))).p(fd(near(0, 3), "us"), "date").t(";%02d:%02d;%s;" % (R.randint(6, 11), pick([0, 20, 40]), pick(["OPU", "FET", "ET", "HSG"])))
    L.p(p.name(pick(["lf", "LF"])), "name").t(";").p(p.mrn, "mrn").t(";%s;" % pick(["MAC propofol", "none", "MAC"]))
    L.p(e.name(pick(["fl", "lf"])), "name").t(";").p(phone_fmt(e.phone, pick(["dot", "paren", "plain"])), "phone").t(";")
    if R.random() < 0.6:
        L.p(e.plate, "vehicle")
    out.append(L)
    return out


# ---- 22. donor compensation (ACH)
def g_donor_comp():
    tick()
    L = Line("ap_payments")
    if R.random() < 0.6:
        d = pick(EGG_DONOR_PEOPLE)
        L.t("%s INFO  ap-export: ACH batch %s item %d payee_type=OOCYTE_DONOR donor_code=" % (ts_dot(), digits(7), R.randint(1, 30)))
        L.p(d.code, "other_id")
    else:
        d = pick(GCS)
        L.t("%s INFO  ap-export: ACH batch %s item %d payee_type=GESTATIONAL_CARRIER gc_id=" % (ts_dot(), digits(7), R.randint(1, 30)))
        L.p(d.gcid, "other_id")
    L.t(" payee=\"").p(d.name("LF"), "name").t("\" tin=").p(d.ssn, "ssn")
    L.t(" routing=%s acct=" % pick(["121000358", "322271627", "123006800", "026009593"])).p(digits(R.randint(9, 12)), "account")
    L.t(" amount=%d.00 memo=\"%s %s\"" % (pick([8000, 9000, 10000, 4500, 5000]), pick(["cycle completion", "base comp installment", "milestone payment"]), CLK.strftime("%b %Y")))
    return [L]


def g_ap_noise():
    tick()
    L = Line("ap_payments")
    L.t("%s INFO  ap-export: NACHA file BWF_%s.ach written, %d entries, hash total %s, vendor payees only" % (ts_dot(), CLK.strftime("%Y%m%d"), R.randint(5, 60), digits(10)))
    return [L]


# ---- 22b. outbound fax (records release)
def g_fax():
    p = pt()
    tick()
    L = Line("rightfax")
    job = digits(6)
    to_patient = R.random() < 0.55
    L.t("%s RightFax[FAXSRV01] OUTBOUND job=%s to=" % (CLK.strftime("%m/%d/%Y %I:%M:%S %p"), job))
    if to_patient:
        L.p(phone_fmt(p.phone2, pick(["plain", "dash", "paren"])), "fax")
        L.t(" recipient=\"").p(p.name(pick(["fl", "lf"])), "name").t("\" pages=%d status=SENT csid=\"BWF MEDICAL RECORDS\" cover=\"Records release per patient request, DOB " % R.randint(3, 40))
        L.p(fd(p.dob, pick(["us", "us_nopad", "mon"])), "date").t("\"")
    else:
        site = pick(SITES)
        L.t("%s recipient=\"%s\" pages=%d status=%s csid=\"BWF %s\" cover=\"Consult notes re: " %
            (phone_fmt(pick(["916", "925", "775", "503"]) + "555" + "02" + digits(2), "plain"), pick(["Women's Health Associates", "Sutter OB/GYN", "Renown Perinatal"]),
             R.randint(3, 40), pick(["SENT", "BUSY_RETRY", "SENT"]), site))
        L.p(p.name("lf"), "name").t(", MRN ").p(p.mrn, "mrn").t("\"")
    return [L]


def g_fax_noise():
    tick()
    L = Line("rightfax")
    L.t("%s RightFax[FAXSRV01] BOARD dialogic=1 channel=%d status=%s calls_today=%d" %
        (CLK.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(1, 8), pick(["IDLE", "IDLE", "NO_DIALTONE"]), R.randint(10, 300)))
    return [L]


# ---- 22c. fertility benefit manager authorization webhook
def g_benefit_auth():
    p = pt()
    tick()
    L = Line("benefit_auth_json")
    rec = {"type": "authorization.updated", "created": int((CLK + timedelta(hours=7)).timestamp()),
           "data": {"program": pick(["Progyny Smart Cycle", "Carrot Fund", "Kindbody benefit"]),
                    "member": {"memberId": P(p.member, "health_plan"), "firstName": P(p.given, "name"), "lastName": P(p.family, "name"),
                               "dateOfBirth": P(fd(p.dob, "iso"), "date")},
                    "employerGroup": p.group, "service": pick(["IVF_FRESH", "FET", "EGG_FREEZE", "IUI"]),
                    "authorizedFrom": P(fd(TODAY - timedelta(days=R.randint(0, 20)), "iso"), "date"),
                    "cyclesRemaining": round(R.choice([0.5, 1, 1.5, 2, 2.5, 3]), 1), "referenceId": uuid4()}}
    jw(L, rec, compact=R.random() < 0.5)
    return [L]


# ---- 23. infrastructure noise
def g_infra():
    tick()
    k = R.randint(0, 11)
    L = Line("infra")
    host = pick(["k8s-node-03", "k8s-node-07", "db-pg01", "cryo-mon-sac", "vpn-edge-01", "backup01"])
    if k == 0:
        L = Line("kubelet")
        L.t('I%s %d prober.go:107] "Probe failed" probeType="Readiness" pod="portal/portal-web-%s-%s" podUID="%s" containerName="web" probeResult="failure" output="HTTP probe failed with statuscode: 503"' %
            (CLK.strftime("%m%d %H:%M:%S.") + digits(6), R.randint(1000, 9999), hexs(10), hexs(5), uuid4()))
    elif k == 1:
        L = Line("postgres")
        L.t("%s.%s PDT [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" %
            (CLK.strftime("%Y-%m-%d %H:%M:%S"), ms(), R.randint(100, 9000), R.randint(100, 9000), R.uniform(0.1, 5), R.randint(0, 4), R.randint(0, 6), R.uniform(1, 200), R.uniform(0, 1), R.uniform(1, 200)))
    elif k == 2:
        L = Line("postgres")
        L.t("%s.%s PDT [%d] LOG:  duration: %.3f ms  statement: SELECT c.id, c.stage FROM cycles c WHERE c.site_id = $1 AND c.status = 'ACTIVE'" %
            (CLK.strftime("%Y-%m-%d %H:%M:%S"), ms(), R.randint(100, 9000), R.uniform(500, 4000)))
    elif k == 3:
        L = Line("redis")
        L.t("%d:M %s * %d changes in %d seconds. Saving..." % (R.randint(1, 99), CLK.strftime("%d %b %Y %H:%M:%S.") + ms(), R.randint(10, 10000), pick([60, 300, 900])))
    elif k == 4:
        L = Line("syslog_rfc5424")
        L.t("<%d>1 %s cryo-mon-%s tankmon %d LN2LEVEL - Tank T-%02d level %.1fin below threshold 10.0in, autofill triggered" %
            (pick([132, 134]), ts_isooff(), pick(SITES).lower(), R.randint(1000, 9000), R.randint(1, 14), R.uniform(8.5, 9.9)))
    elif k == 5:
        L = Line("syslog_rfc5424")
        L.t("<%d>1 %s planer-gw-%s alarmd %d INCALM - Incubator BT37-%s O2 %.1f%% out of range (5.0 +/- 0.5) for %ds, paging on-call embryologist %s" %
            (pick([131, 132]), ts_isooff(), pick(SITES).lower(), R.randint(1000, 9000), digits(4), R.uniform(5.6, 7), R.randint(60, 600), CLINIC_PHONE[pick(SITES)]))
    elif k == 6:
        L = Line("cron")
        L.t("%s backup01 CRON[%d]: (root) CMD (/opt/scripts/pg_dump_artisan.sh --site %s > /var/log/pgdump.log 2>&1)" % (ts_syslog(), R.randint(2000, 60000), pick(SITES)))
    elif k == 7:
        L = Line("infra")
        L.t("%s %s certbot[%d]: Certificate for portal.brightwaterfertility.com not yet due for renewal (expires 2024-05-%02d)" % (ts_syslog(), "edge01", R.randint(2000, 60000), R.randint(1, 30)))
    elif k == 8:
        L = Line("prometheus_alert")
        an, summ, host = pick([("HighLatency", "p95 latency above 2s", "k8s-node-03"), ("DiskSpaceLow", "/var/lib/postgresql 91% full", "db-pg01"),
                               ("TankLN2Low", "LN2 below 10in on T-%02d" % R.randint(1, 14), "cryo-mon-sac"), ("ESImageBacklog", "image queue > 500", "k8s-node-07")])
        jw(L, {"status": pick(["firing", "resolved"]), "labels": {"alertname": an,
                                                                  "instance": "%s:9100" % host, "severity": pick(["warning", "critical"])},
               "annotations": {"summary": summ},
               "startsAt": ts_isoz(), "fingerprint": hexs(16)}, compact=True)
    elif k == 9:
        L = Line("infra")
        L.t("%s vpn-edge-01 charon: 11[IKE] IKE_SA site-%s-lab[%d] established between 10.255.0.1[vpn.bwf]...10.255.%d.1[%s-fw]" %
            (ts_syslog(), pick(SITES).lower(), R.randint(1, 400), R.randint(1, 4), pick(SITES).lower()))
    elif k == 10:
        L = Line("infra")
        L.t("%s backup01 veeam[%d]: Job 'EmbryoScope-Images-%s' finished: Success, processed %.1f TB, transferred %.1f GB, duration %d:%02d:%02d" %
            (ts_syslog(), R.randint(2000, 60000), pick(SITES), R.uniform(1, 12), R.uniform(10, 400), R.randint(0, 5), R.randint(0, 59), R.randint(0, 59)))
    else:
        L = Line("kubelet")
        L.t('I%s %d kuberuntime_manager.go:1012] "Pulled image" image="registry.bwf.internal/witness-bridge:1.%d.%d" digest="sha256:%s" size="%dMB"' %
            (CLK.strftime("%m%d %H:%M:%S.") + digits(6), R.randint(1000, 9999), R.randint(0, 20), R.randint(0, 40), hexs(64), R.randint(80, 600)))
    return [L]


# --------------------------------------------------------------------------- assembly
PHI_GENS = [(g_witness_phi, 6), (g_es_phi, 5), (lambda: g_inc_csv(True), 1), (g_cryo_json, 5), (g_cryo_pipe, 3),
            (g_hl7_oru, 2), (g_hl7_escaped, 2), (g_follicle_json, 4), (g_follicle_kv, 3), (g_docusign_phi, 3),
            (g_donor_profile, 3), (g_donor_reserve, 2), (g_x12_271, 1), (g_x12_270_kv, 3), (g_financing, 5),
            (g_card, 1), (g_portal_nginx, 5), (g_portal_msg, 5), (g_portal_reply, 3), (g_sms, 3), (g_postfix, 2),
            (g_audit, 3), (g_pairing_xml, 4), (g_pharmacy, 3), (g_andrology, 3), (g_traceback, 1), (g_checkin, 6),
            (g_device, 3), (g_or_schedule, 3), (g_donor_comp, 3), (g_fax, 2), (g_benefit_auth, 2)]
NOISE_GENS = [(g_witness_noise, 5), (g_es_noise, 5), (lambda: g_inc_csv(False), 3), (g_cryo_noise, 4),
              (g_mirth_noise, 3), (g_monitoring_noise, 2), (g_docusign_noise, 2), (g_donor_noise, 3),
              (g_elig_noise, 2), (g_fin_noise, 3), (g_nginx_noise, 5), (g_portal_noise, 4), (g_mail_noise, 3),
              (g_audit_noise, 2), (g_pairing_noise, 1), (g_pharmacy_noise, 3), (g_andro_noise, 2), (g_py_noise, 1),
              (g_checkin_noise, 2), (g_device_noise, 2), (g_ap_noise, 1), (g_fax_noise, 1), (g_infra, 12)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    while len(lines) < N_LINES:
        clean = sum(1 for L in lines if not L.spans)
        ratio = clean / len(lines) if lines else 0
        gen = wpick(NOISE_GENS if ratio < TARGET_CLEAN else PHI_GENS)
        new = gen()
        if len(lines) + len(new) > N_LINES:
            continue
        lines.extend(new)
    assert len(lines) == N_LINES

    out_log = []
    out_lab = []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = txt.encode("utf-8")
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
