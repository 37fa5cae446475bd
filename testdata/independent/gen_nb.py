#!/usr/bin/env python3
r"""Synthetic labeled log corpus "nb": outpatient cardiac & pulmonary rehabilitation program.

Systems imitated: ECG telemetry monitoring exports (pipe session rows, German-keyed
ergometer CSV, alarm events), Android tablet BLE heart-rate strap logs (Polar / Garmin),
Polar AccessLink and Garmin Health API JSON pushes, 6-minute-walk CSV exports and oximeter
lap lines, spirometry XML exports, Spring Boot services (logback default layout, stack
traces), Serilog services (text sink and compact JSON / CLEF), HL7 v2 ADT^A04, ORU^R01 and
SIU^S12 (one segment per physical line), iCalendar invitations (one property per line),
Medicare G-code / CPT billing CSV rows and X12 837P segments, referral fax OCR output,
exercise-physiologist session notes (plain and JSON with escaped newlines), nginx access
logs and a Django patient-education portal, Twilio status callbacks and REST responses,
PatientSecure palm-vein check-in, parking kiosk, syslog/cron/kubelet and Prometheus noise.

Everything is synthetic.  Deterministic: fixed seed, no clock or OS randomness.
Writes nb.log (500 lines) and nb.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives / emergency contacts, guarantors and insured subscribers are
  labeled. Clinicians and staff (exercise physiologists, RNs, RTs, physicians, registrars,
  their usernames, NPIs, e-mails), the hospital, referring practices, payers and vendors are
  not labeled (incl. their phones, faxes, addresses and ZIPs).
- Names: every written form is labeled (First Last, LAST^FIRST^M in HL7, "Last, First",
  lower case, first name alone in reminders, initials such as "J.G.L.", URL-encoded or
  JSON \u-escaped forms). In delimited records (HL7 XPN, X12 NM1, CSV columns, XML
  elements, "LAST, FIRST") each name component is its own span, middle initials included;
  in free text a contiguous "First M. Last" is one span. Quotes / delimiters are outside.
- Address: street line (with unit) is one span, city is its own span, county ("Pierce Co.")
  and lat/lon geocodes of a patient are address; the state is never labeled; ZIP / ZIP+4 is
  zip (also when concatenated "984071234" in X12 N4).
- Dates: any calendar date tied to a patient is labeled: birth, service / session / test
  date, appointment start/end, admit date (PV1-44), observation date-time (OBR-7, OBX-14),
  event dates in referrals (MI, PCI), enrolment / discharge, home-exercise start,
  month-year ("December 2023"), short forms ("3/19", "19/03", "Mar 7"). When date and
  time form one token (2024-03-12T08:33:20, 20240319T100000, 20240319100000-0700) the
  whole token is the span; a separate time ("at 10:30") is not. NOT labeled: log and
  message timestamps (MSH-7, EVN-2, DTSTAMP, ISA/GS, Twilio date_created, upload-time,
  fax transmission header), batch/run dates of jobs, file-name and strip-path dates,
  document/card expiry dates ("exp=08/28", "exp=2027-09"), years alone ("Hx CABG 2019").
- Age: only ages over 89 are labeled, the number only ("92" in "92 y/o", "91" in
  "age=91", "Age: 93"); ages 89 and below are left unlabeled.
- mrn: hospital MRNs in any field. account: patient/hospital account numbers (PID-18,
  X12 CLM01 patient control number, billing pat_acct) and full card PANs; masked card
  numbers ("************4415") are not labeled.
- health_plan: Medicare MBI, Medicaid ProviderOne IDs, commercial member IDs; group numbers
  and payer IDs are not labeled.
- other_id: encounter / visit numbers (PV1-19, "enc"), referral case numbers, portal
  usernames (incl. nginx remote_user), Garmin userId, Polar user id inside its URL is url.
  NOT labeled: appointment IDs, order / accession / claim-line / batch numbers, HL7
  message control IDs, Twilio SIDs, session UUIDs, trace/span IDs.
- device: identifiers of heart-rate straps and home devices issued to / owned by a patient
  (BLE MAC, Polar device ID, Garmin ANT+ device number, home spirometer serial) are
  labeled wherever they appear. Clinic equipment (telemetry channels CH07, transmitter
  slots, lab spirometer serial, treadmills, gateways) is not. MACs of unidentified
  non-HR BLE advertisers seen in scans are not labeled.
- ip: public IPs of patients using the portal are labeled; private/internal addresses,
  load balancers, uptime monitors and crawlers are not.
- url: personal URLs (per-patient reminder short links, telehealth join links, Polar
  AccessLink user URLs) are labeled as a whole; generic portal pages are not.
- license: patient driver's licence numbers and disabled-parking placard numbers.
- vehicle: patient / family licence plates. biometric: palm-vein template payloads.
  photo: base64 JPEG payloads of patient profile photos (payload only, not the data: prefix).
- Twilio inbound webhooks carry FromCity / FromZip of the sender's number: labeled
  address / zip (geographic data about the patient).
- fax: a patient's own fax number; phone: patient/relative phones in any written form incl.
  URL-encoded "%2B1..." and OCR-damaged digits ("555-Ol72"). Values damaged by OCR or
  escaped by JSON (\u00e9) are labeled as they are written.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
import urllib.parse
import random

SEED = 21_0_2121
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nb"
N_LINES = 500


# ----------------------------------------------------------------------------- line builder
class Ln:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        if b:
            self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


PH = re.compile(r"⟨(\w+)⟩")


def tl(tpl, **kw):
    """Template with ⟨key⟩ placeholders; a value is str or (str, category|None)."""
    L = Ln()
    pos = 0
    for m in PH.finditer(tpl):
        L.t(tpl[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            if v[1]:
                L.p(v[0], v[1])
            else:
                L.t(v[0])
        else:
            L.t(v)
        pos = m.end()
    L.t(tpl[pos:])
    return L


def seg(*fields):
    """HL7 / X12-like segment from fields; each field str or (str, cat) or list of those."""
    L = Ln()
    for i, f in enumerate(fields):
        if i:
            L.t(SEP[0])
        items = f if isinstance(f, list) else [f]
        for it in items:
            if isinstance(it, tuple):
                if it[1]:
                    L.p(it[0], it[1])
                else:
                    L.t(it[0])
            else:
                L.t(it)
    return L


SEP = ["|"]


def X(v, c):
    return (v, c)


# ----------------------------------------------------------------------------- clock
CLK = [dt.datetime(2024, 3, 11, 6, 2, 11, 0)]


def tick(lo=20, hi=1100):
    CLK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    c = CLK[0]
    if c.hour >= 19 or c.hour < 6:
        nd = (c + dt.timedelta(days=1)).date() if c.hour >= 19 else c.date()
        while nd.weekday() >= 5:
            nd += dt.timedelta(days=1)
        CLK[0] = dt.datetime(nd.year, nd.month, nd.day, 6, R.randint(0, 40), R.randint(0, 59), R.randint(0, 999) * 1000)


def small():
    CLK[0] += dt.timedelta(milliseconds=R.randint(3, 1900))


def now():
    return CLK[0]


def ms():
    return now().microsecond // 1000


def ts_spring():
    return f"{now():%Y-%m-%dT%H:%M:%S}.{ms():03d}-07:00"


def ts_serilog():
    return f"{now():%Y-%m-%d %H:%M:%S}.{ms():03d} -07:00"


def ts_clef():
    u = now() + dt.timedelta(hours=7)
    return f"{u:%Y-%m-%dT%H:%M:%S}.{u.microsecond * 10 + R.randint(0, 9):07d}Z"


def ts_nginx():
    return f"{now():%d/%b/%Y:%H:%M:%S} -0700"


def ts_logcat():
    return f"{now():%m-%d %H:%M:%S}.{ms():03d}"


def ts_syslog():
    return f"{now():%b} {now().day:2d} {now():%H:%M:%S}"


def ts_django():
    return f"{now():%Y-%m-%d %H:%M:%S},{ms():03d}"


def ts_hl7():
    return f"{now():%Y%m%d%H%M%S}"


def today():
    return now().date()


# ----------------------------------------------------------------------------- random helpers
def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def jesc(s):
    return json.dumps(s)[1:-1]


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


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mk_mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


def mbi_fmt(m, dashed):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m


def mk_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def ssn_fmt(s, style):
    a, g, n = s
    return {"dash": f"{a}-{g}-{n}", "plain": f"{a}{g}{n}", "space": f"{a} {g} {n}"}[style]


def mk_phone():
    area = R.choice(["253", "253", "253", "360", "206", "425", "253"])
    if R.random() < 0.55:
        return area, "555", f"01{R.randint(10, 99)}"
    while True:
        e = R.randint(201, 989)
        if e != 555:
            break
    return area, str(e), digits(4)


def ph_fmt(p, style=None):
    a, e, l = p
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl", "paren_ns", "one"])
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}",
            "plain": f"{a}{e}{l}", "e164": f"+1{a}{e}{l}", "intl": f"+1 {a}-{e}-{l}",
            "paren_ns": f"({a}){e}-{l}", "one": f"1-{a}-{e}-{l}"}[style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mon_d":
        return f"{d.strftime('%b')} {d.day}"
    if style == "dm":
        return d.strftime("%d/%m")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def ocr(s, rate=0.35):
    out = []
    for ch in s:
        if ch == "0" and R.random() < rate:
            out.append("O")
        elif ch == "1" and R.random() < rate:
            out.append("l")
        elif ch == "5" and R.random() < rate * 0.4:
            out.append("S")
        else:
            out.append(ch)
    return "".join(out)


def asciify_keep(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def asciify(s):
    return re.sub(r"[^A-Za-z]", "", asciify_keep(s))


# ----------------------------------------------------------------------------- people
FIRST = [("Dolores", "F"), ("Kwame", "M"), ("Mei-Ling", "F"), ("José", "M"), ("Siobhán", "F"),
         ("Rajesh", "M"), ("Ingrid", "F"), ("Tomasz", "M"), ("Fatima", "F"), ("Hiroshi", "M"),
         ("Beatriz", "F"), ("Olusegun", "M"), ("Marguerite", "F"), ("Dmitri", "M"), ("Aroha", "F"),
         ("Thanh", "M"), ("Gunnar", "M"), ("Leticia", "F"), ("Yusuf", "M"), ("Eileen", "F"),
         ("Wendell", "M"), ("Priya", "F"), ("Ezekiel", "M"), ("Zofia", "F"), ("Björn", "M"),
         ("Nnamdi", "M"), ("Lupe", "F"), ("Carmelo", "M"), ("Agnieszka", "F"), ("Haruto", "M"),
         ("Oksana", "F"), ("DeShawn", "M"), ("Rosalind", "F"), ("Tevita", "M"), ("Ngozi", "F"),
         ("Étienne", "M")]
LAST = ["Abernathy-Quinn", "Mensah", "Chen", "García-López", "Ní Bhriain", "Venkataraman",
        "Lindqvist", "Wiśniewski", "Al-Rashid", "Takahashi", "dos Santos", "Adeyemi", "St. Clair",
        "Volkov", "Te Whare", "Nguyen", "Halvorsen", "Villanueva", "Özdemir", "McCarthy",
        "Pettibone", "Raghunathan", "O'Donnell", "Kowalczyk", "van der Linden", "Okafor",
        "Fonoti", "De La Rosa", "Jabłońska", "Watanabe", "Shevchenko", "Washington",
        "Fairweather", "Taufa", "Eze", "Lefèbvre"]
REL_FIRST = ["Carol", "Miguel", "Aiyana", "Tunde", "Brigid", "Sanjay", "Lotte", "Piotr", "Amira",
             "Kenji", "Rosa", "Chidi", "Yvette", "Pavel", "Mere", "Linh", "Solveig", "Marisol",
             "Emre", "Declan", "Hyun-woo", "Ana Lucía", "Gregor", "Temperance"]
REL_LAST = ["Brennan", "Ruiz", "Yazzie", "Bakare", "Ó Ceallaigh", "Mehta", "Jansen", "Nowak",
            "Haddad", "Mori", "Castellanos", "Obi", "Beaulieu", "Sokolov"]
RELS = [("SPO", "Spouse", "wife"), ("DAU", "Daughter", "daughter"), ("SON", "Son", "son"),
        ("SPO", "Spouse", "husband"), ("NIE", "Niece", "niece"), ("CGV", "Caregiver", "caregiver"),
        ("GCH", "Grandchild", "granddaughter")]
STREETS = ["4417 N Pearl St", "1902 S 56th St", "8812 Steilacoom Blvd SW", "3306 E McKinley Ave",
           "127 Bridgeport Way W", "2210 Harborview Dr", "15619 Pacific Ave S", "601 E Meeker Ave",
           "9021 Gravelly Lake Dr SW", "4711 N Vassault St", "2315 S Sprague Ave", "10412 Canyon Rd E",
           "702 Fawcett Ave", "5530 Olympic Blvd W", "31 Chambers Creek Rd", "18120 93rd Ave E",
           "6415 Lakewood Dr W", "2804 S Yakima Ave", "1216 N Tacoma Ave", "77 Rainier View Ct SE",
           "3419 Bridgeport Way", "908 Whitman Ave NE", "12 Otter Lake Ln", "2501 Martin Luther King Jr Way"]
UNITS = ["", "", "", "", "Apt 2B", "Unit 14", "#210", "Apt 305", "Lot 44", "Spc 9"]
CITIES = [("Tacoma", "98407", "Pierce"), ("Tacoma", "98408", "Pierce"), ("Tacoma", "98404", "Pierce"),
          ("Tacoma", "98405", "Pierce"), ("Lakewood", "98499", "Pierce"),
          ("University Place", "98466", "Pierce"), ("Puyallup", "98371", "Pierce"),
          ("Puyallup", "98374", "Pierce"), ("Gig Harbor", "98335", "Pierce"),
          ("Spanaway", "98387", "Pierce"), ("Federal Way", "98003", "King"), ("Fife", "98424", "Pierce"),
          ("Steilacoom", "98388", "Pierce"), ("Bonney Lake", "98391", "Pierce"),
          ("Olympia", "98501", "Thurston"), ("Lacey", "98503", "Thurston"),
          ("Port Orchard", "98366", "Kitsap"), ("Auburn", "98002", "King"), ("Eatonville", "98328", "Pierce")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "hotmail.com", "icloud.com",
             "aol.com", "q.com"]
DX_CR = [("I21.4", "NSTEMI"), ("I25.10", "CAD native vessel"), ("Z95.1", "s/p CABG"),
         ("Z95.5", "s/p PCI/stent"), ("I50.22", "chronic HFrEF"), ("Z95.2", "s/p AVR"),
         ("I20.8", "stable angina")]
DX_PR = [("J44.9", "COPD"), ("J44.1", "COPD w/ exacerbation"), ("J84.10", "ILD"),
         ("J43.9", "emphysema"), ("U09.9", "post-COVID condition")]


class Pt:
    pass


def mk_patient(i, old):
    p = Pt()
    p.first, p.sex = FIRST[i]
    p.last = LAST[i]
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if old:
        y = R.randint(1928, 1933)
    else:
        y = R.randint(1939, 1966)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = age_on(p.dob, dt.date(2024, 3, 13))
    p.mrn = "00" + digits(6)
    p.acct = "40" + digits(8)
    p.visit = "V" + digits(9)
    p.ssn = mk_ssn()
    if p.age >= 65 or R.random() < 0.2:
        p.plan, p.planid = "MCR", mk_mbi()
    elif R.random() < 0.5:
        p.plan, p.planid = "MCD", digits(9) + "WA"
    else:
        p.plan, p.planid = "COM", R.choice(["XZP", "YPW", "QAK"]) + digits(9)
    p.phone = mk_phone()
    p.cell = mk_phone()
    a = asciify(p.first).lower()
    b = asciify(p.last).lower()
    p.email = R.choice([f"{a}.{b}{p.dob.year % 100:02d}@", f"{a[0]}{b}@", f"{b}.{a}{R.randint(1, 99)}@",
                        f"{a}{b[:3]}{p.dob.year}@", f"{a}_{b}@"]) + R.choice(EMAIL_DOM)
    p.street = R.choice(STREETS)
    p.unit = R.choice(UNITS)
    p.city, p.zip, p.county = R.choice(CITIES)
    p.zip4 = digits(4)
    p.user = R.choice([f"{a[0]}{b}{p.dob.year % 100:02d}", f"{a}.{b}", f"{a}{b[:4]}{R.randint(1, 9)}",
                       f"{b}{a[0]}"])
    p.ip = R.choice([f"73.{R.randint(2, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"24.{R.randint(16, 22)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"67.{R.randint(160, 191)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"174.{R.randint(204, 215)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"98.{R.randint(225, 247)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2601:{hexs(3)}:{hexs(4)}:{hexs(4)}::{hexs(3)}"])
    p.garmin = hexs(32)
    p.polar_user = str(R.randint(10_000_000, 69_999_999))
    p.strap_kind = R.choice(["polar", "polar", "garmin"])
    p.strap_mac = "A0:9E:1A:" + ":".join(hexs(2, True) for _ in range(3)) if p.strap_kind == "polar" \
        else R.choice("CDEF") + hexs(1, True) + ":" + ":".join(hexs(2, True) for _ in range(5))
    p.strap_id = hexs(8, True)
    p.ant = str(R.randint(1000, 65535))
    p.spiro_sn = f"A{R.randint(20, 24)}-{hexs(3, True)}-{digits(5)}"
    p.plate = R.choice([f"{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{digits(4)}",
                        f"{digits(3)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
                        f"C{digits(5)}"])
    p.program = R.choice(["CR", "CR", "CR", "ICR", "PR", "PR"])
    p.dx = R.choice(DX_PR if p.program == "PR" else DX_CR)
    p.refno = f"RF-24-{digits(5)}"
    p.rel_first = R.choice(REL_FIRST)
    p.rel_last = p.last if R.random() < 0.6 else R.choice(REL_LAST)
    p.rel = R.choice(RELS)
    p.rel_phone = mk_phone()
    p.sessno = R.randint(1, 35)
    p.lang = "es" if p.first in ("José", "Beatriz", "Leticia", "Carmelo", "Lupe") else "en"
    p.dl = R.choice([f"WDL{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ0123456789') for _ in range(9))}",
                     f"{asciify(p.last).upper()[:5]:*<5}{asciify(p.first).upper()[0]}{p.mi}{R.randint(100, 999)}{hexs(2, True)}"])
    p.lat = round(47.05 + R.random() * 0.3, 4)
    p.lon = round(-122.62 + R.random() * 0.4, 4)
    return p


OLD_IDX = {0, 8, 12, 19, 26, 32}
PTS = [mk_patient(i, i in OLD_IDX) for i in range(len(FIRST))]


def pt():
    return R.choice(PTS)


def name_first_last(p):
    return f"{p.first} {p.last}"


STAFF = [("Katrin", "Brandt", "kbrandt", "MS, ACSM-CEP"), ("Marcus", "Oyelowo", "moyelowo", "RN"),
         ("Hana", "Sato", "hsato", "RRT"), ("Diego", "Paredes", "dparedes", "MS, CEP"),
         ("Lauren", "Whitcomb", "lwhitcomb", "BS, EP-C"), ("Femi", "Adebayo-Kline", "fadebayokline", "RN, CCRN")]
MDS = [("Anand", "Iyer", "1588843210"), ("Rebecca", "Thornquist", "1487706523"),
       ("Samuel", "Achterberg", "1245389016"), ("Grace", "Oduya", "1952317740")]
CLINIC = "Mercy Ridge Heart & Lung Rehab"
CLINIC_PHONE = "(253) 555-0100"
REFERRERS = [("Cascade Heart & Vascular", "(253) 555-0191"), ("Puget Sound Pulmonary Associates", "253.555.0177"),
             ("South Sound Family Medicine", "360-555-0162"), ("Narrows Cardiology PLLC", "253-555-0129")]


def staff():
    return R.choice(STAFF)


def md():
    return R.choice(MDS)


def svc_date():
    return today()


def appt_date():
    d = today() + dt.timedelta(days=R.randint(1, 16))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def appt_time():
    return R.choice([(7, 30), (8, 0), (9, 0), (10, 0), (10, 30), (11, 0), (13, 0), (14, 0), (15, 30)])


# ----------------------------------------------------------------------------- Spring Boot
SPRING_APPS = {
    "telemetry": ("rehab-telemetry", "c.m.rehab.telemetry"),
    "sched": ("rehab-scheduler", "c.m.rehab.scheduling"),
    "billing": ("rehab-billing", "c.m.rehab.billing"),
    "hl7": ("rehab-hl7-gateway", "c.m.rehab.hl7"),
}
THREADS = ["nio-8080-exec-3", "nio-8080-exec-7", "nio-8080-exec-1", "scheduling-1", "main",
           "ntainer#0-0-C-1", "task-4", "mllp-worker-2", "HikariPool-1 housekeeper"]


def spring_prefix(app, logger, level, thread=None):
    name, pkg = SPRING_APPS[app]
    thread = thread or R.choice(THREADS)
    lg = (pkg + "." + logger) if not logger.startswith(("o.", "c.z", "org", "com.")) else logger
    parts = lg.split(".")
    i = 0
    while len(".".join(parts)) > 39 and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    lg = ".".join(parts)[-40:]
    return f"{ts_spring()} {level:>5} 1 --- [{name}] [{thread[-15:]:>15}] {lg:<40} : "


def f_spring_noise():
    app = R.choice(list(SPRING_APPS))
    tid, sid = hexs(32), hexs(16)
    choices = [
        ("o.s.b.w.embedded.tomcat.TomcatWebServer", "INFO", "main",
         f"Tomcat started on port {R.choice([8080, 8081, 8443])} (http) with context path ''"),
        ("web.RehabApplication", "INFO", "main",
         f"Started RehabApplication in {R.uniform(8, 19):.3f} seconds (process running for {R.uniform(19, 23):.3f})"),
        ("com.zaxxer.hikari.HikariDataSource", "INFO", "main", "HikariPool-1 - Start completed."),
        ("com.zaxxer.hikari.pool.HikariPool", "WARN", "HikariPool-1 housekeeper",
         f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{R.randint(1, 59)}s{R.randint(1, 999)}ms)."),
        ("o.s.b.a.e.web.EndpointLinksResolver", "INFO", "main", "Exposing 4 endpoint(s) beneath base path '/actuator'"),
        ("o.s.web.servlet.DispatcherServlet", "INFO", "nio-8080-exec-1", f"Completed initialization in {R.randint(1, 4)} ms"),
        ("o.f.core.internal.command.DbValidate", "INFO", "main",
         f"Successfully validated {R.randint(40, 60)} migrations (execution time 00:00.{R.randint(40, 180):03d}s)"),
        ("o.a.k.c.c.internals.ConsumerCoordinator", "INFO", "ntainer#0-0-C-1",
         f"[Consumer clientId=consumer-telemetry-{R.randint(1, 3)}, groupId=telemetry] Setting offset for partition hl7.inbound-{R.randint(0, 5)} to the committed offset FetchPosition{{offset={R.randint(100000, 999999)}, offsetEpoch=Optional[{R.randint(1, 9)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{R.randint(0, 2)}.rehab.svc:9092 (id: {R.randint(0, 2)} rack: null)], epoch={R.randint(1, 30)}}}}}"),
        ("mllp.MllpServer", "INFO", "main", "MLLP listener bound to 0.0.0.0:2575 (tls=false, maxFrame=1048576)"),
        ("mllp.AckHandler", "DEBUG", "mllp-worker-2", f"ACK AA sent for MSG{digits(8)} in {R.randint(3, 40)} ms"),
        ("export.GCodeExportJob", "INFO", "scheduling-1",
         f"billingExport finished: {R.randint(80, 260)} lines, {R.randint(0, 3)} rejected, took {R.uniform(1, 9):.1f}s (batch B{now():%Y%m%d}-{R.randint(1, 4)})"),
        ("web.RequestLoggingFilter", "DEBUG", "nio-8080-exec-7",
         f"GET /actuator/health 200 {R.randint(1, 9)}ms traceId={tid} spanId={sid}"),
        ("o.s.w.s.m.s.DefaultHandlerExceptionResolver", "WARN", "nio-8080-exec-3",
         "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]"),
        ("rules.MueEditService", "INFO", "task-4",
         f"Applied MUE edit: {R.choice(['G0237', 'G0238', 'G0239', '94625', '94626'])} units {R.randint(3, 4)}->2 claimLine=RHB{now():%y%m%d}{digits(4)}-{R.randint(1, 6)}"),
        ("ingest.TelemetryIngestService", "INFO", "task-4",
         f"Pulled {R.randint(4, 18)} session summaries from TeleRehab gateway trg-02.mercyridge.local:7443 in {R.randint(120, 2400)} ms"),
        ("ingest.TelemetryIngestService", "WARN", "task-4",
         f"Gateway trg-02 returned HTTP 503, retry {R.randint(1, 3)}/5 in {R.choice([2, 4, 8])}s"),
        ("config.FeatureFlags", "INFO", "main",
         "Feature flags: itp.autoReminder=true, telemetry.strapPairing=true, billing.kxModifier=true, portal.videoVisits=false"),
        ("o.h.engine.jdbc.spi.SqlExceptionHelper", "WARN", "task-4", "SQL Error: 0, SQLState: 40001"),
        ("scheduling.ItpReviewJob", "INFO", "scheduling-1",
         f"ITP 30-day review scan: {R.randint(60, 140)} active enrollments, {R.randint(0, 9)} due this week, {R.randint(0, 3)} overdue"),
        ("scheduling.SlotService", "INFO", "nio-8080-exec-1",
         f"Capacity CR-GYM {R.choice(['07:30', '09:00', '10:30', '13:00'])}: {R.randint(4, 12)}/12 booked, telemetry channels free={R.randint(0, 6)}"),
        ("web.VersionController", "INFO", "main",
         f"build=2024.03.{R.randint(1, 12)}+{R.randint(200, 999)} commit={hexs(7)} java=17.0.10 spring-boot=3.2.3"),
    ]
    lg, lvl, th, msg = R.choice(choices)
    if "GCodeExport" in lg or "MueEdit" in lg:
        app = "billing"
    elif "TelemetryIngest" in lg:
        app = "telemetry"
    elif "mllp" in lg:
        app = "hl7"
    elif "ItpReview" in lg or "SlotService" in lg:
        app = "sched"
    elif "ConsumerCoordinator" in lg:
        app = R.choice(["telemetry", "hl7"])
    return [("spring_boot", tl(spring_prefix(app, lg, lvl, th) + msg))]


def f_spring_phi():
    p = pt()
    s = staff()
    k = R.randrange(9)
    if k == 0:
        pre = spring_prefix("telemetry", "web.SessionController", "INFO", "nio-8080-exec-3")
        L = tl(pre + "Check-in recorded sessionId=⟨u⟩ mrn=⟨mrn⟩ patient=\"⟨ln⟩, ⟨fn⟩\" program=⟨prog⟩ sessionNo=⟨n⟩/36 channel=CH⟨ch⟩ ep=⟨ep⟩",
               u=uuid4(), mrn=X(p.mrn, "mrn"), ln=X(p.last, "name"), fn=X(p.first, "name"),
               prog=p.program + ("_PH2" if p.program != "PR" else ""), n=str(p.sessno),
               ch=f"{R.randint(1, 12):02d}", ep=s[2])
    elif k == 1:
        pre = spring_prefix("sched", "referral.ReferralMatcher", "INFO", "task-4")
        L = tl(pre + "Referral ⟨ref⟩ auto-matched to MRN ⟨mrn⟩ (dob=⟨dob⟩, lastName=⟨ln⟩) score=0.9⟨sc⟩ source=fax",
               ref=X(p.refno, "other_id"), mrn=X(p.mrn, "mrn"), dob=X(dfmt(p.dob, "iso"), "date"),
               ln=X(p.last.upper(), "name"), sc=str(R.randint(1, 8)))
    elif k == 2:
        pre = spring_prefix("sched", "itp.ItpService", "WARN", "scheduling-1")
        L = tl(pre + "ITP review overdue for patient ⟨mrn⟩ (⟨nm⟩): last review ⟨d⟩, physician=Dr. ⟨mdn⟩",
               mrn=X(p.mrn, "mrn"), nm=X(name_first_last(p), "name"),
               d=X(dfmt(today() - dt.timedelta(days=R.randint(31, 44)), "iso"), "date"), mdn=md()[1])
    elif k == 3:
        pre = spring_prefix("telemetry", "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", "WARN", "nio-8080-exec-7")
        bad = dfmt(p.dob, R.choice(["us", "dmon", "long"]))
        L = tl(pre + "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"⟨d⟩\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '⟨d2⟩' could not be parsed at index 0]",
               d=X(bad, "date"), d2=X(bad, "date"))
    elif k == 4:
        if p.plan != "MCR":
            p = R.choice([q for q in PTS if q.plan == "MCR"])
        pre = spring_prefix("billing", "elig.EligibilityClient", "INFO", "task-4")
        L = tl(pre + "271 received for member ⟨mbi⟩: Part B active, CR/ICR sessions used ⟨u⟩ of ⟨m⟩, KX required=⟨kx⟩ (trace ⟨tr⟩)",
               mbi=X(mbi_fmt(p.planid, False), "health_plan"), u=str(R.randint(1, 36)), m=R.choice(["36", "72"]),
               kx=R.choice(["true", "false"]), tr=f"TRN*1*{digits(9)}*1730195522")
    elif k == 5:
        pre = spring_prefix("hl7", "outbound.OruSender", "INFO", "mllp-worker-2")
        L = tl(pre + "ORU^R01 queued for MRN ⟨mrn⟩ enc ⟨v⟩ obs=6MWT distance=⟨dist⟩m dest=EPIC:6661 ctrlId=MSG⟨c⟩",
               mrn=X(p.mrn, "mrn"), v=X(p.visit, "other_id"), dist=str(R.randint(180, 560)), c=digits(8))
    elif k == 6:
        pre = spring_prefix("sched", "web.AppointmentController", "WARN", "nio-8080-exec-1")
        ad = appt_date()
        L = tl(pre + "Double booking rejected: ⟨nm⟩ already has CR-GYM slot on ⟨d⟩ at ⟨hh⟩ (appointmentId=APT⟨a⟩)",
               nm=X(f"{p.last}, {p.first}", "name"), d=X(dfmt(ad, "iso"), "date"),
               hh="%02d:%02d" % appt_time(), a=digits(6))
    elif k == 7:
        pre = spring_prefix("telemetry", "pairing.StrapPairingService", "INFO", "task-4")
        dev = X(p.strap_mac, "device") if p.strap_kind == "polar" else X(p.ant, "device")
        L = tl(pre + "Strap ⟨kind⟩ ⟨dev⟩ registered to mrn=⟨mrn⟩ (issued by ⟨ep⟩)",
               kind="BLE" if p.strap_kind == "polar" else "ANT+", dev=dev, mrn=X(p.mrn, "mrn"), ep=s[2])
    else:
        pre = spring_prefix("billing", "export.GCodeExportJob", "ERROR", "scheduling-1")
        L = tl(pre + "Row rejected: HCPCS ⟨c⟩ requires KX after session 36; pat_acct=⟨acct⟩ dos=⟨d⟩ sessions=⟨n⟩",
               c=R.choice(["93798", "93797", "G0422"]), acct=X(p.acct, "account"),
               d=X(dfmt(svc_date(), "us"), "date"), n=str(R.randint(37, 40)))
    return [("spring_boot", L)]


def f_spring_stack():
    p = pt()
    pre = spring_prefix("sched", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR", "nio-8080-exec-7")
    out = [("spring_boot", tl(pre + "ERROR: duplicate key value violates unique constraint \"uk_patient_mrn\"\\n  Detail: Key (mrn)=(⟨mrn⟩) already exists.",
                              mrn=X(p.mrn, "mrn")))]
    small()
    out.append(("spring_boot", tl(spring_prefix("sched", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "ERROR", "nio-8080-exec-7")
                                  + "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_patient_mrn\"]] with root cause")))
    for fr in R.sample([
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
        "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
        "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)",
        "\tat com.mercyridge.rehab.scheduling.patient.PatientService.upsert(PatientService.java:118)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    ], R.randint(2, 4)):
        out.append(("java_stacktrace", tl(fr)))
    out.append(("java_stacktrace", tl(f"\t... {R.randint(40, 90)} common frames omitted")))
    return out


# ----------------------------------------------------------------------------- Serilog
def serilog_pre(level):
    return f"{ts_serilog()} [{level}] "


def f_serilog_noise():
    c = [
        ("INF", f"Reminder batch started: {R.randint(30, 90)} appointments for {dfmt(today() + dt.timedelta(days=1), 'iso')} (window 24h, quietHours 21:00-08:00)"),
        ("INF", f"Reminder batch completed: sent={R.randint(30, 80)} skipped_optout={R.randint(0, 4)} failed={R.randint(0, 2)} elapsed={R.randint(2, 40)}.{R.randint(100, 999)}s"),
        ("INF", f"Voice reminder call CA{hexs(32)} completed duration={R.randint(18, 48)}s answeredBy=human"),
        ("DBG", f"Twilio webhook signature validated in {R.randint(1, 6)}ms (X-Twilio-Signature present)"),
        ("WRN", f"Twilio API 429 Too Many Requests, backing off {R.choice([250, 500, 1000])}ms (attempt {R.randint(1, 3)})"),
        ("INF", "Now listening on: http://[::]:5080"),
        ("INF", "Application started. Press Ctrl+C to shut down."),
        ("INF", "Hosting environment: Production"),
        ("DBG", f"Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__windowStart_0='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']"),
        ("INF", f"Request finished HTTP/1.1 POST http://reminders.rehab.svc/twilio/status - 204 0 - {R.uniform(1, 30):.4f}ms"),
        ("WRN", f"Template 'reminder_en' v{R.randint(3, 9)} exceeds 160 GSM-7 chars ({R.randint(161, 190)}), will send as 2 segments"),
        ("ERR", f"Serilog.Sinks.Seq: failed to send batch to http://seq.rehab.svc:5341 (HttpRequestException: Connection refused), {R.randint(10, 400)} events buffered"),
    ]
    lvl, msg = R.choice(c)
    return [("serilog_text", tl(serilog_pre(lvl) + msg))]


def f_serilog_phi():
    p = pt()
    k = R.randrange(6)
    if k == 0:
        L = tl(serilog_pre("INF") + "Queued SMS reminder for appointment APT⟨a⟩ to ⟨ph⟩ (lang=⟨lg⟩, template=reminder_⟨lg2⟩)",
               a=digits(6), ph=X(ph_fmt(p.cell, "e164"), "phone"), lg=p.lang, lg2=p.lang)
    elif k == 1:
        L = tl(serilog_pre("WRN") + "Twilio error 21610 (unsubscribed recipient) for ⟨ph⟩ - patient ⟨nm⟩ replied STOP; flagging preference",
               ph=X(ph_fmt(p.cell, "e164"), "phone"), nm=X(name_first_last(p), "name"))
    elif k == 2:
        L = tl(serilog_pre("ERR") + "Failed to render template 'reminder_⟨lg⟩' for PatientId ⟨mrn⟩: missing token {FirstName}",
               lg=p.lang, mrn=X(p.mrn, "mrn"))
    elif k == 3:
        ad = appt_date()
        L = tl(serilog_pre("INF") + "Inbound reply from ⟨ph⟩ matched appointment APT⟨a⟩ (⟨d⟩ ⟨t⟩) for \"⟨nm⟩\": CONFIRMED",
               ph=X(ph_fmt(p.cell, "e164"), "phone"), a=digits(6), d=X(dfmt(ad, "iso"), "date"),
               t="%02d:%02d" % appt_time(), nm=X(f"{p.last}, {p.first}", "name"))
    elif k == 4:
        L = tl(serilog_pre("WRN") + "Landline detected for ⟨ph⟩ (carrier lookup type=landline); falling back to voice reminder for ⟨fn⟩",
               ph=X(ph_fmt(p.phone, "e164"), "phone"), fn=X(p.first, "name"))
    else:
        link = f"https://mrmc.link/r/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(7))}"
        L = tl(serilog_pre("DBG") + "Short link ⟨u⟩ created for PatientId ⟨mrn⟩ (ttl=72h)",
               u=X(link, "url"), mrn=X(p.mrn, "mrn"))
    return [("serilog_text", L)]


def f_clef_noise():
    c = [
        ("Debug", "Health check {HealthCheckName} completed in {ElapsedMs} ms", f'"HealthCheckName":"twilio-api","ElapsedMs":{R.randint(40, 300)}'),
        ("Information", "Processed {Count} status callbacks in {Elapsed:0.0} ms", f'"Count":{R.randint(1, 40)},"Elapsed":{R.uniform(3, 90):.4f}'),
        (None, "Outbox flush {BatchId}: {Sent} sent, {Deferred} deferred", f'"BatchId":"{uuid4()}","Sent":{R.randint(0, 30)},"Deferred":{R.randint(0, 5)}'),
        ("Warning", "Message {MessageSid} undelivered, error {ErrorCode}", f'"MessageSid":"SM{hexs(32)}","ErrorCode":{R.choice([30003, 30005, 30006, 30008])}'),
        ("Information", "Education module {Slug} published version {Version}", f'"Slug":"{R.choice(["copd-101", "heart-healthy-eating", "pursed-lip-breathing", "nitro-use", "energy-conservation"])}","Version":"{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 20)}"'),
    ]
    ctxs = ["Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", "Mercy.Rehab.Reminders.TwilioStatusHandler",
            "Mercy.Rehab.Reminders.OutboxWorker", "Mercy.Rehab.Reminders.TwilioStatusHandler", "Mercy.Rehab.Portal.Education.ModuleService"]
    i = R.randrange(len(c))
    lvl, mt, props = c[i]
    ctx = ctxs[i]
    lv = f',"@l":"{lvl}"' if lvl else ""
    return [("serilog_clef", tl('{"@t":"' + ts_clef() + '","@mt":"' + mt + '"' + lv + "," + props + f',"SourceContext":"{ctx}","MachineName":"rehab-rem-0{R.randint(1, 3)}","EnvironmentName":"Production"}}'))]


def f_clef_phi():
    p = pt()
    k = R.randrange(4)
    t = ts_clef()
    if k == 0:
        L = tl('{"@t":"⟨t⟩","@mt":"Reminder {MessageSid} delivered to {To}","MessageSid":"SM⟨sid⟩","To":"⟨to⟩","SourceContext":"Mercy.Rehab.Reminders.TwilioStatusHandler","RequestId":"0HN1⟨rq⟩:0000000⟨r2⟩"}',
               t=t, sid=hexs(32), to=X(ph_fmt(p.cell, "e164"), "phone"), rq=hexs(8, True), r2=str(R.randint(1, 9)))
    elif k == 1:
        ad = appt_date()
        L = tl('{"@t":"⟨t⟩","@mt":"Rescheduled {PatientName} from {OldSlot} to {NewSlot}","@l":"Information","PatientName":"⟨nm⟩","OldSlot":"⟨d1⟩","NewSlot":"⟨d2⟩","Mrn":"⟨mrn⟩","SourceContext":"Mercy.Rehab.Reminders.RescheduleHandler"}',
               t=t, nm=X(name_first_last(p), "name"), d1=X(dfmt(ad, "iso") + "T%02d:%02d:00" % appt_time(), "date"),
               d2=X(dfmt(ad + dt.timedelta(days=2), "iso") + "T%02d:%02d:00" % appt_time(), "date"), mrn=X(p.mrn, "mrn"))
    elif k == 2:
        L = tl('{"@t":"⟨t⟩","@mt":"Portal login for {UserName} from {RemoteIp}","UserName":"⟨u⟩","RemoteIp":"⟨ip⟩","MfaMethod":"sms","SourceContext":"Mercy.Rehab.Portal.Auth.LoginHandler"}',
               t=t, u=X(p.user, "other_id"), ip=X(p.ip, "ip"))
    else:
        L = tl('{"@t":"⟨t⟩","@mt":"Email bounce for {Email} (patient {PatientId})","@l":"Warning","Email":"⟨em⟩","PatientId":"⟨mrn⟩","BounceType":"Permanent","SourceContext":"Mercy.Rehab.Portal.Notifications.SesBounceHandler"}',
               t=t, em=X(p.email, "email"), mrn=X(p.mrn, "mrn"))
    return [("serilog_clef", L)]


# ----------------------------------------------------------------------------- ECG telemetry exports
RHYTHMS = ["NSR", "SB", "ST", "AFib CVR", "NSR w/ 1st AVB", "Paced (DDD)", "SR w/ occ PVC", "A-flutter 4:1"]


def f_ecg_export():
    out = [("ecg_export", tl(f"#SESSION_EXPORT|ver=6.2.1|site=MRMC-CPR|gateway=trg-02|generated={now():%Y-%m-%dT%H:%M:%S}-07:00|cols=TYPE,DATE,START,CH,MRN,NAME,PROG,SESS,RHYTHM,HR_REST,HR_PEAK,BP_REST,BP_PEAK,METS,RPE,EVENTS,EP"))]
    for _ in range(R.randint(2, 4)):
        small()
        p = pt()
        s = staff()
        out.append(("ecg_export", tl("S|⟨d⟩|⟨st⟩|CH⟨ch⟩|⟨mrn⟩|⟨ln⟩, ⟨fn⟩|⟨prog⟩|⟨n⟩|⟨rh⟩|⟨hr1⟩|⟨hr2⟩|⟨bp1⟩|⟨bp2⟩|⟨met⟩|⟨rpe⟩|⟨ev⟩|⟨ep⟩",
                                     d=X(dfmt(svc_date(), "hl7"), "date"), st=R.choice(["0730", "0900", "1030", "1300"]),
                                     ch=f"{R.randint(1, 12):02d}", mrn=X(p.mrn, "mrn"), ln=X(p.last.upper(), "name"),
                                     fn=X(p.first.upper(), "name"), prog=p.program, n=str(p.sessno), rh=R.choice(RHYTHMS),
                                     hr1=str(R.randint(58, 88)), hr2=str(R.randint(95, 135)),
                                     bp1=f"{R.randint(104, 146)}/{R.randint(60, 88)}", bp2=f"{R.randint(130, 176)}/{R.randint(62, 90)}",
                                     met=f"{R.uniform(2, 7):.1f}", rpe=str(R.randint(11, 15)),
                                     ev=R.choice(["", "PVC x3", "rare PAC", "PVC couplet x1", "ST dep 1mm V5 resolved", "none"]),
                                     ep=s[0][0] + s[1][0])))
    small()
    out.append(("ecg_export", tl(f"#END|rows={len(out) - 1}|crc32={hexs(8)}")))
    return out


def f_ecg_event_noise():
    c = R.choice([
        f"ALARM|{now():%Y-%m-%dT%H:%M:%S}-07:00|CH{R.randint(1, 12):02d}|{R.choice(['PVC_COUPLET', 'VT_RUN_3', 'BRADY_45', 'TACHY_150', 'PAUSE_2.4S', 'AFIB_ONSET'])}|sev={R.choice(['LOW', 'MED', 'HIGH'])}|ack={R.choice([s[2] for s in STAFF])}|ack_s={R.randint(2, 40)}",
        f"EVT|{now():%Y-%m-%dT%H:%M:%S}-07:00|CH{R.randint(1, 12):02d}|LEAD_OFF|{R.choice(['V1', 'V5', 'LA', 'RA', 'LL'])}",
        f"EVT|{now():%Y-%m-%dT%H:%M:%S}-07:00|CH{R.randint(1, 12):02d}|TX_BATTERY_LOW|{R.randint(5, 19)}%|transmitter TX-{R.randint(100, 140)}",
        f"SYS|{now():%Y-%m-%dT%H:%M:%S}-07:00|central=MRMC-CPR-CS1|channels_active={R.randint(2, 12)}/12|sample_rate=250Hz|db_lag_ms={R.randint(3, 400)}",
    ])
    return [("ecg_export", tl(c))]


def f_ecg_strip():
    p = pt()
    L = tl("STRIP|⟨ts⟩-07:00|CH⟨ch⟩|mrn=⟨mrn⟩|rhythm=⟨rh⟩|saved_to=\\\\mrmc-fs02\\telemetry\\strips\\⟨fd⟩\\CH⟨ch2⟩_⟨hms⟩.pdf",
           ts=f"{now():%Y-%m-%dT%H:%M:%S}", ch=(c := f"{R.randint(1, 12):02d}"), mrn=X(p.mrn, "mrn"),
           rh=R.choice(["AFib RVR 132", "NSR 84 w/ PVC trigeminy", "SB 48", "NSVT 5 beats"]), fd=f"{now():%Y%m%d}",
           ch2=c, hms=f"{now():%H%M%S}")
    return [("ecg_export", L)]


def f_ergometer():
    out = [("ergometer_csv", tl("PatNr;Nachname;Vorname;Geburtsdatum;Untersuchungsdatum;Protokoll;Wmax;HFmax;RRsys_max;RRdia_max;METs;Abbruchgrund"))]
    for _ in range(R.randint(1, 3)):
        small()
        p = pt()
        out.append(("ergometer_csv", tl("⟨mrn⟩;⟨ln⟩;⟨fn⟩;⟨dob⟩;⟨d⟩;⟨prot⟩;⟨w⟩;⟨hf⟩;⟨s⟩;⟨di⟩;⟨m⟩;⟨ab⟩",
                                        mrn=X(p.mrn, "mrn"), ln=X(p.last, "name"), fn=X(p.first, "name"),
                                        dob=X(dfmt(p.dob, "dot"), "date"), d=X(dfmt(svc_date(), "dot"), "date"),
                                        prot=R.choice(["Rampe 10W", "Rampe 15W", "Stufen 25W/2min"]), w=str(R.randint(35, 140)),
                                        hf=str(R.randint(96, 142)), s=str(R.randint(138, 190)), di=str(R.randint(64, 92)),
                                        m=f"{R.randint(2, 7)},{R.randint(0, 9)}",
                                        ab=R.choice(["Erschöpfung", "Dyspnoe", "Beinermüdung", "Zielfrequenz erreicht", "ST-Senkung"]))))
    return out


# ----------------------------------------------------------------------------- BLE logcat
def lc(pid, tid, lvl, tag, msg, **kw):
    return ("android_logcat", tl(f"{ts_logcat()}  {pid}  {tid} {lvl} {tag}: " + msg, **kw))


def f_ble_session():
    p = pt()
    pid, t1, t2 = R.randint(4000, 9000), R.randint(4000, 9000), R.randint(4000, 9000)
    out = []
    if p.strap_kind == "polar":
        out.append(lc(pid, t1, "I", "RehabHR.Scan", "found Polar H10 ⟨id⟩ [⟨mac⟩] rssi=-⟨r⟩ svc=[0x180D,0x180F,0xFEEE]",
                      id=X(p.strap_id, "device"), mac=X(p.strap_mac, "device"), r=str(R.randint(40, 80))))
        small()
        out.append(lc(pid, t2, "D", "BluetoothGatt", "connect() - device: ⟨mac⟩, auto: false", mac=X(p.strap_mac, "device")))
        small()
        out.append(lc(pid, t2, "D", "BluetoothGatt", "onClientConnectionState() - status=0 clientIf=⟨c⟩ device=⟨mac⟩",
                      c=str(R.randint(5, 12)), mac=X(p.strap_mac, "device")))
    else:
        out.append(lc(pid, t1, "I", "RehabHR.Ant", "ANT+ HRM search: found deviceNumber=⟨ant⟩ transType=1 manufacturer=Garmin(1) model=HRM-Pro",
                      ant=X(p.ant, "device")))
        small()
        out.append(lc(pid, t1, "D", "RehabHR.Scan", "found HRM-Pro:⟨ant⟩ [⟨mac⟩] rssi=-⟨r⟩",
                      ant=X(p.ant, "device"), mac=X(p.strap_mac, "device"), r=str(R.randint(40, 80))))
    small()
    out.append(lc(pid, t2, "D", "BluetoothGatt", "setCharacteristicNotification() - uuid: 00002a37-0000-1000-8000-00805f9b34fb enable: true"))
    small()
    out.append(lc(pid, t1, "I", "RehabHR.Session", "bound strap to pt ⟨mrn⟩ session=⟨n⟩ station=⟨st⟩",
                  mrn=X(p.mrn, "mrn"), n=str(p.sessno), st=R.choice(["TM-1", "TM-2", "NuStep-3", "ArmErg-1", "Bike-4", "Track"])))
    for _ in range(R.randint(2, 5)):
        small()
        rr = R.randint(480, 760)
        out.append(lc(pid, t2, "D", "RehabHR.Hrm", f"hr={60000 // rr} rr=[{rr}, {rr + R.randint(-20, 20)}] contact=true energy=null"))
    if R.random() < 0.5:
        small()
        out.append(lc(pid, t2, "W", "RehabHR.Hrm", f"sensor contact lost (skinContact=false) for {R.uniform(1, 9):.1f}s"))
    small()
    out.append(lc(pid, t2, "I", "RehabHR.Gatt", f"battery 0x2A19={R.randint(12, 100)}%"))
    return out


def f_ble_noise():
    pid, tid = R.randint(4000, 9000), R.randint(4000, 9000)
    c = R.choice([
        ("D", "BluetoothAdapter", f"isLeEnabled(): ON"),
        ("D", "BluetoothLeScanner", f"onScannerRegistered() - status=0 scannerId={R.randint(3, 12)} mScannerId=0"),
        ("I", "RehabHR.Scan", f"ignored non-HRS advertiser {':'.join(hexs(2, True) for _ in range(6))} name=null rssi=-{R.randint(70, 99)}"),
        ("D", "RehabHR.Upload", f"POST https://telemetry.rehab.mercyridge.local/api/v2/hr-batches 202 ({R.randint(40, 900)} samples, {R.randint(60, 900)}ms)"),
        ("W", "RehabHR.Upload", f"upload failed: java.net.SocketTimeoutException: timeout; queued={R.randint(1, 30)}"),
        ("I", "chatty", f"uid=10{R.randint(100, 300)}(com.mercyridge.rehabhr) RehabHR.Hrm identical {R.randint(2, 40)} lines"),
        ("D", "BluetoothGatt", f"close()"),
        ("D", "BluetoothGatt", f"cancelOpen() - device: disconnected, clientIf={R.randint(5, 12)}"),
        ("I", "RehabHR.App", f"versionName=3.{R.randint(1, 8)}.{R.randint(0, 20)} versionCode={R.randint(300, 420)} tablet=SM-X200 android=14"),
    ])
    return [("android_logcat", tl(f"{ts_logcat()}  {pid}  {tid} {c[0]} {c[1]}: {c[2]}"))]


# ----------------------------------------------------------------------------- Polar / Garmin JSON
def f_polar_accesslink():
    p = pt()
    sd = today() - dt.timedelta(days=R.randint(0, 2))
    L = tl('{"id":⟨id⟩,"upload-time":"⟨ut⟩","polar-user":"⟨url⟩","transaction-id":⟨tx⟩,"device":"⟨dev⟩","device-id":"⟨did⟩","start-time":"⟨st⟩","start-time-utc-offset":-420,"duration":"PT⟨mm⟩M⟨ss⟩S","calories":⟨cal⟩,"heart-rate":{"average":⟨ha⟩,"maximum":⟨hm⟩},"sport":"⟨sp⟩","has-route":false}',
           id=str(R.randint(1_000_000_000, 2_999_999_999)), ut=f"{now() + dt.timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.000Z",
           url=X(f"https://www.polaraccesslink.com/v3/users/{p.polar_user}", "url"), tx=str(R.randint(100000, 999999)),
           dev=R.choice(["Polar Ignite 3", "Polar H10", "Polar Unite", "Polar Verity Sense"]),
           did=X(p.strap_id, "device"), st=X(f"{dfmt(sd, 'iso')}T{R.randint(7, 18):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "date"),
           mm=str(R.randint(15, 60)), ss=str(R.randint(0, 59)), cal=str(R.randint(90, 400)),
           ha=str(R.randint(85, 115)), hm=str(R.randint(110, 140)), sp=R.choice(["WALKING", "CYCLING", "OTHER_INDOOR"]))
    return [("polar_accesslink_json", L)]


def f_garmin():
    p = pt()
    sd = today() - dt.timedelta(days=1)
    L = tl('{"dailies":[{"userId":"⟨u⟩","summaryId":"x⟨s1⟩-⟨s2⟩","calendarDate":"⟨d⟩","startTimeInSeconds":⟨st⟩,"startTimeOffsetInSeconds":-25200,"durationInSeconds":86400,"steps":⟨steps⟩,"restingHeartRateInBeatsPerMinute":⟨rhr⟩,"maxHeartRateInBeatsPerMinute":⟨mhr⟩,"averageStressLevel":⟨str_⟩,"activeKilocalories":⟨kc⟩}]}',
           u=X(p.garmin, "other_id"), s1=hexs(6), s2=hexs(8), d=X(dfmt(sd, "iso"), "date"),
           st=str(int((dt.datetime(sd.year, sd.month, sd.day) - dt.datetime(1970, 1, 1)).total_seconds()) + 25200),
           steps=str(R.randint(1200, 9800)), rhr=str(R.randint(52, 84)), mhr=str(R.randint(100, 145)),
           str_=str(R.randint(15, 60)), kc=str(R.randint(80, 600)))
    return [("garmin_health_json", L)]


# ----------------------------------------------------------------------------- 6MWT
def f_6mwt_csv():
    out = []
    if R.random() < 0.6:
        out.append(("6mwt_csv", tl("TestID,PatientID,LastName,FirstName,DOB,TestDate,Track_m,Laps,Distance_m,SpO2_Pre,SpO2_Min,HR_Pre,HR_Max,Borg_D_Pre,Borg_D_Post,Borg_F_Post,O2_Lpm,Stops,Tech")))
    for _ in range(R.randint(1, 3)):
        small()
        p = pt()
        laps = R.randint(5, 18)
        q = '"' if " " in p.last else ""
        out.append(("6mwt_csv", tl("6MW-24-⟨id⟩,⟨mrn⟩,⟨q1⟩⟨ln⟩⟨q2⟩,⟨fn⟩,⟨dob⟩,⟨d⟩,30,⟨laps⟩,⟨dist⟩,⟨s1⟩,⟨s2⟩,⟨h1⟩,⟨h2⟩,⟨b1⟩,⟨b2⟩,⟨b3⟩,⟨o2⟩,⟨stops⟩,⟨tech⟩",
                                   id=f"{R.randint(100, 999):04d}", mrn=X(p.mrn, "mrn"), q1=q, q2=q, ln=X(p.last, "name"), fn=X(p.first, "name"),
                                   dob=X(dfmt(p.dob, R.choice(["iso", "us"])), "date"), d=X(dfmt(svc_date(), "iso"), "date"),
                                   laps=str(laps), dist=str(laps * 30 + R.randint(0, 29)), s1=str(R.randint(90, 99)),
                                   s2=str(R.randint(82, 96)), h1=str(R.randint(60, 95)), h2=str(R.randint(95, 130)),
                                   b1=R.choice(["0", "0.5", "1", "2"]), b2=str(R.randint(2, 7)), b3=str(R.randint(1, 6)),
                                   o2=R.choice(["0", "0", "2", "3", "4"]), stops=str(R.randint(0, 2)),
                                   tech=R.choice(["HSato", "DParedes", "KBrandt"]))))
    return out


def f_6mwt_noise():
    c = R.choice([
        f"6mwt oximeter lap={R.randint(1, 18)} t={R.randint(20, 360)}s spo2={R.randint(84, 99)} hr={R.randint(70, 130)} pi={R.uniform(0.5, 9):.1f} probe=finger",
        f"6mwt export complete: {R.randint(3, 20)} rows, 0 errors, file=6mwt_{now():%Y%m%d}.csv sha1={hexs(40)}",
        f"6mwt timer: test aborted by tech at t={R.randint(60, 300)}s reason=SpO2<85 (protocol v2.3)",
        f"6mwt reference equation=Enright1998 track_m=30 cones=2 turnaround=cone",
    ])
    return [("6mwt_kv", tl(c))]


def f_6mwt_pred():
    p = R.choice([q for q in PTS if q.age > 89]) if R.random() < 0.6 else pt()
    age = str(p.age)
    L = tl("6mwt predicted (Enright) mrn=⟨mrn⟩ age=⟨a⟩ sex=⟨s⟩ ht_cm=⟨h⟩ wt_kg=⟨w⟩ -> pred_m=⟨pm⟩ LLN_m=⟨l⟩",
           mrn=X(p.mrn, "mrn"), a=X(age, "age") if p.age > 89 else age, s=p.sex, h=str(R.randint(150, 188)),
           w=str(R.randint(52, 118)), pm=str(R.randint(300, 520)), l=str(R.randint(180, 380)))
    return [("6mwt_kv", L)]


# ----------------------------------------------------------------------------- spirometry XML
def f_spiro_xml():
    p = pt()
    out = [("spirometry_xml", tl('<?xml version="1.0" encoding="utf-8"?>'))]
    out.append(("spirometry_xml", tl(f'<SpiroExport Version="2.4.1" Software="EasyWare 3.{R.randint(1, 9)}" Device="EasyOne Air" DeviceSN="EOA-2203-{digits(5)}" Site="MRMC PFT Lab" Calibration="{now():%Y-%m-%d}">')))
    out.append(("spirometry_xml", tl('<Patient ID="⟨mrn⟩"><LastName>⟨ln⟩</LastName><FirstName>⟨fn⟩</FirstName><DateOfBirth>⟨dob⟩</DateOfBirth><Gender>⟨g⟩</Gender><Height Unit="cm">⟨h⟩</Height><Weight Unit="kg">⟨w⟩</Weight><Ethnicity>⟨e⟩</Ethnicity><Smoker>⟨sm⟩</Smoker></Patient>',
                                     mrn=X(p.mrn, "mrn"), ln=X(p.last, "name"), fn=X(p.first, "name"), dob=X(dfmt(p.dob, "iso"), "date"),
                                     g="Female" if p.sex == "F" else "Male", h=str(R.randint(150, 188)), w=str(R.randint(50, 120)),
                                     e=R.choice(["Caucasian", "AfricanAmerican", "NorthEastAsian", "SouthEastAsian", "Other"]),
                                     sm=R.choice(["Former", "Never", "Current"]))))
    small()
    out.append(("spirometry_xml", tl('<Test TypeOfTest="⟨t⟩" TestDate="⟨d⟩" QualityGrade="⟨q⟩" Operator="⟨op⟩" Interpretation="⟨i⟩">',
                                     t=R.choice(["FVC", "FVC", "FVC_POST"]),
                                     d=X(dfmt(svc_date(), "iso") + f"T{R.randint(8, 15):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "date"), q=R.choice("ABC"),
                                     op=R.choice(["HSato", "DParedes"]),
                                     i=R.choice(["Moderate obstruction", "Mild obstruction", "Possible restriction", "Normal spirometry", "Severe obstruction"]))))
    fvc = R.uniform(1.4, 3.8)
    fev = fvc * R.uniform(0.38, 0.78)
    out.append(("spirometry_xml", tl(f'<Result FVC="{fvc:.2f}" FEV1="{fev:.2f}" FEV1_FVC="{fev / fvc:.2f}" PEF="{R.uniform(2, 7):.2f}" FEF2575="{R.uniform(0.3, 2.5):.2f}" FEV1_pctPred="{R.randint(28, 95)}" LLN_FEV1_FVC="0.66"/>')))
    for i in range(R.randint(1, 3)):
        out.append(("spirometry_xml", tl(f'<Trial Number="{i + 1}" Accepted="{R.choice(["true", "true", "false"])}" FVC="{fvc + R.uniform(-0.1, 0.1):.2f}" FEV1="{fev + R.uniform(-0.08, 0.08):.2f}" BEV="{R.uniform(0.02, 0.15):.2f}" EOTV="{R.uniform(0.01, 0.05):.3f}"/>')))
    out.append(("spirometry_xml", tl("</Test></SpiroExport>")))
    return out


def f_home_spiro():
    p = R.choice([q for q in PTS if q.program == "PR"])
    L = tl("⟨ts⟩ portal-sync INFO home spirometer sync: model=\"Spirobank Smart\" sn=⟨sn⟩ user=⟨u⟩ sessions=⟨n⟩ best_fev1=⟨f⟩L",
           ts=ts_django(), sn=X(p.spiro_sn, "device"), u=X(p.user, "other_id"), n=str(R.randint(1, 14)),
           f=f"{R.uniform(0.8, 2.6):.2f}")
    return [("portal_sync", L)]


# ----------------------------------------------------------------------------- HL7
def msh(typ, ctrl):
    SEP[0] = "|"
    return ("hl7_" + typ.split("^")[0].lower(),
            tl(f"MSH|^~\\&|{R.choice(['RehabSched', 'REHABTEL', 'EPIC'])}|MRMC|{R.choice(['EPIC', 'RHAPSODY', 'REHABSVC'])}|MRMC|{ts_hl7()}||{typ}|{ctrl}|P|2.5.1"))


def pid_seg(p, full=True):
    SEP[0] = "|"
    f = [""] * 20
    f[0] = "PID"
    f[1] = "1"
    f[3] = [X(p.mrn, "mrn"), "^^^MRMC^MR"]
    if full and R.random() < 0.5:
        f[3] += ["~", X(ssn_fmt(p.ssn, "plain"), "ssn"), "^^^USSSA^SS"]
    f[5] = [X(p.last.upper(), "name"), "^", X(p.first.upper(), "name"), "^", X(p.mi, "name")]
    f[7] = X(dfmt(p.dob, "hl7"), "date")
    f[8] = p.sex
    if full:
        f[11] = [X(p.street.upper() + (" " + p.unit.upper() if p.unit else ""), "address"), "^^",
                 X(p.city.upper(), "address"), "^WA^", X(p.zip, "zip"), "^USA^H"]
        f[13] = [X(ph_fmt(p.phone, "paren_ns"), "phone"), "^PRN^PH~^NET^Internet^", X(p.email, "email")]
        if R.random() < 0.5:
            f[13] += ["~", X(ph_fmt(p.cell, "paren_ns"), "phone"), "^PRN^CP"]
        f[15] = "eng" if p.lang == "en" else "spa"
        f[18] = X(p.acct, "account")
        f[19] = X(ssn_fmt(p.ssn, "dash"), "ssn")
    else:
        f = f[:9]
    return seg(*f)


def f_hl7_adt():
    p = pt()
    ctrl = f"MSG{digits(8)}"
    out = [msh("ADT^A04^ADT_A01", ctrl)]
    fam = "hl7_adt"
    out.append((fam, tl(f"EVN|A04|{ts_hl7()}|||{R.choice(['jmorales^MORALES^JUAN', 'tnguyen2^NGUYEN^TAM', 'rpatel^PATEL^RUPA'])}")))
    out.append((fam, pid_seg(p)))
    if R.random() < 0.8:
        SEP[0] = "|"
        out.append((fam, seg("NK1", "1", [X(p.rel_last.upper(), "name"), "^", X(p.rel_first.upper(), "name")],
                             f"{p.rel[0]}^{p.rel[1]}^HL70063", "", X(ph_fmt(p.rel_phone, "paren_ns"), "phone"), "", "EC^Emergency Contact")))
    m = md()
    SEP[0] = "|"
    pv1 = ["PV1", "1", "O", "CPR^GYM^01^MRMC", "", "", "", f"{m[2]}^{m[1].upper()}^{m[0].upper()}^^^^MD", "", "",
           "CPR"] + [""] * 8 + [X(p.visit, "other_id")] + [""] * 24 + [X(f"{svc_date():%Y%m%d}{R.randint(7, 15):02d}{R.choice(['00', '15', '30', '45'])}", "date")]
    out.append((fam, seg(*pv1)))
    SEP[0] = "|"
    in1 = [""] * 37
    in1[0] = "IN1"
    in1[1] = "1"
    if p.plan == "MCR":
        in1[2], in1[3], in1[4], in1[5] = "MCR-B^Medicare Part B", "02402", "NORIDIAN HEALTHCARE SOLUTIONS", "PO BOX 6704^^FARGO^ND^58108"
    elif p.plan == "MCD":
        in1[2], in1[3], in1[4], in1[5] = "MCD^Apple Health", "WAHCA", "WA HEALTH CARE AUTHORITY", "PO BOX 45531^^OLYMPIA^WA^98504"
    else:
        in1[2], in1[3], in1[4], in1[5] = "COM^Commercial PPO", "93221", "REGENCE BLUESHIELD", "PO BOX 1106^^LEWISTON^ID^83501"
        in1[8] = f"{R.randint(10000, 99999)}"
    in1[16] = [X(p.last.upper(), "name"), "^", X(p.first.upper(), "name")]
    in1[17] = "01"
    in1[18] = X(dfmt(p.dob, "hl7"), "date")
    in1[36] = X(p.planid, "health_plan")
    out.append((fam, seg(*in1)))
    return out


def f_hl7_oru():
    p = pt()
    ctrl = f"MSG{digits(8)}"
    out = [msh("ORU^R01^ORU_R01", ctrl)]
    fam = "hl7_oru"
    out.append((fam, pid_seg(p, full=False)))
    SEP[0] = "|"
    m = md()
    kind = R.choice(["6mwt", "spiro"])
    od = now() - dt.timedelta(minutes=R.randint(12, 150))
    obsdt = f"{od:%Y%m%d%H%M}00-0700"
    if kind == "6mwt":
        out.append((fam, seg("OBR", "1", f"ORD{digits(6)}^EPIC", f"6MW-24-{R.randint(100, 999):04d}^REHABTEL",
                             "94618^Pulmonary stress testing (6MWT)^CPT", "", "", X(obsdt, "date"), "", "", "", "", "", "", "", "",
                             f"{m[2]}^{m[1].upper()}^{m[0].upper()}")))
        vals = [("64098-7^Six minute walk distance^LN", str(R.randint(160, 560)), "m"),
                ("59408-5^Oxygen saturation pulse oximetry^LN", str(R.randint(84, 97)), "%"),
                ("8867-4^Heart rate^LN", str(R.randint(90, 130)), "/min"),
                ("LOCAL-BORG^Borg dyspnea post^L", str(R.randint(2, 7)), "{score}")]
    else:
        out.append((fam, seg("OBR", "1", f"ORD{digits(6)}^EPIC", f"SPX-24-{R.randint(100, 999):04d}^SPIRO",
                             "94010^Spirometry^CPT", "", "", X(obsdt, "date"), "", "", "", "", "", "", "", "",
                             f"{m[2]}^{m[1].upper()}^{m[0].upper()}")))
        vals = [("19868-9^FVC^LN", f"{R.uniform(1.4, 3.8):.2f}", "L"), ("20150-9^FEV1^LN", f"{R.uniform(0.7, 2.8):.2f}", "L"),
                ("19926-5^FEV1/FVC^LN", str(R.randint(38, 80)), "%")]
    for i, (code, v, u) in enumerate(vals[:R.randint(2, len(vals))]):
        out.append((fam, tl(f"OBX|{i + 1}|NM|{code}||{v}|{u}|||||F|||⟨d⟩", d=X(obsdt[:12], "date"))))
    if R.random() < 0.4:
        out.append((fam, tl(f"NTE|1||{R.choice(['Test performed per ATS 2002 guideline.', 'Patient used rollator.', 'Supplemental O2 via NC during test.', 'Good effort, reproducible.'])}")))
    return out


def f_hl7_siu():
    p = pt()
    ctrl = f"MSG{digits(8)}"
    typ = R.choice(["S12", "S12", "S14", "S15"])
    out = [msh(f"SIU^{typ}^SIU_S12", ctrl)]
    fam = "hl7_siu"
    ad = appt_date()
    hh, mm = appt_time()
    st = f"{ad:%Y%m%d}{hh:02d}{mm:02d}00-0700"
    end_dt = dt.datetime(ad.year, ad.month, ad.day, hh, mm) + dt.timedelta(minutes=60)
    en = f"{end_dt:%Y%m%d%H%M}00-0700"
    s = staff()
    SEP[0] = "|"
    out.append((fam, seg("SCH", f"APT{digits(6)}^RehabSched", f"{digits(7)}^RehabSched", "", "", "", "",
                         R.choice(["CR15^Cardiac rehab session^LOCAL", "PR10^Pulmonary rehab session^LOCAL", "ICR20^Intensive cardiac rehab^LOCAL", "ORI^Rehab orientation^LOCAL"]),
                         "ROUTINE", "60", "min", ["^^60^", X(st, "date"), "^", X(en, "date")], "", "", "", "",
                         f"9001^{s[1].upper()}^{s[0].upper()}", CLINIC_PHONE, "", "", "", "", "", "", "",
                         "Booked" if typ != "S15" else "Cancelled")))
    out.append((fam, pid_seg(p, full=R.random() < 0.5)))
    out.append((fam, tl("RGS|1|A")))
    out.append((fam, tl(f"AIL|1|A|{R.choice(['CR-GYM', 'PR-GYM', 'ORIENT-RM2'])}^^^MRMC")))
    out.append((fam, tl(f"AIP|1|A|9001^{s[1].upper()}^{s[0].upper()}^^^^^^^^^^^CEP|EP")))
    return out


# ----------------------------------------------------------------------------- iCal
def f_ical():
    p = pt()
    ad = appt_date()
    hh, mm = appt_time()
    out = []
    fam = "icalendar"

    def a(s, **kw):
        out.append((fam, tl(s, **kw)))
    a("BEGIN:VCALENDAR")
    a("VERSION:2.0")
    a("PRODID:-//Mercy Ridge//RehabScheduler 4.3//EN")
    a("METHOD:REQUEST")
    a("BEGIN:VEVENT")
    a(f"UID:apt-{digits(6)}@rehab.mercyridge.example")
    a(f"DTSTAMP:{now() + dt.timedelta(hours=7):%Y%m%dT%H%M%S}Z")
    a("DTSTART;TZID=America/Los_Angeles:⟨d⟩", d=X(f"{ad:%Y%m%d}T{hh:02d}{mm:02d}00", "date"))
    e = dt.datetime(ad.year, ad.month, ad.day, hh, mm) + dt.timedelta(minutes=60)
    a("DTEND;TZID=America/Los_Angeles:⟨d⟩", d=X(f"{e:%Y%m%dT%H%M%S}", "date"))
    staffcal = R.random() < 0.4
    if staffcal:
        a("SUMMARY:⟨pg⟩ - ⟨ln⟩\\, ⟨fi⟩ (MRN ⟨mrn⟩)", pg=p.program, ln=X(p.last.upper(), "name"), fi=X(p.first[0], "name"),
          mrn=X(p.mrn, "mrn"))
    else:
        a(f"SUMMARY:{'Pulmonary' if p.program == 'PR' else 'Cardiac'} Rehab session {p.sessno + 1} of 36")
    a("LOCATION:Mercy Ridge Heart & Lung Rehab\\, 2nd floor\\, 1600 S Union Ave\\, Tacoma\\, WA 98405")
    a("ORGANIZER;CN=Cardiopulmonary Rehab Scheduling:mailto:rehab-scheduling@mercyridge.example")
    if not staffcal:
        a('ATTENDEE;CN="⟨nm⟩";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:⟨em⟩',
          nm=X(name_first_last(p), "name"), em=X(p.email, "email"))
    else:
        s = staff()
        a(f"ATTENDEE;CN={s[0]} {s[1]};ROLE=REQ-PARTICIPANT:mailto:{s[2]}@mercyridge.example")
    a("DESCRIPTION:Wear comfortable shoes and bring your medication list and inhalers.\\nQuestions or to res")
    a(" chedule call the rehab desk at 253-555-0100.\\nPlease arrive 10 minutes early.")
    a("BEGIN:VALARM")
    a("TRIGGER:-PT2H")
    a("ACTION:DISPLAY")
    a("END:VALARM")
    a("END:VEVENT")
    a("END:VCALENDAR")
    return out


# ----------------------------------------------------------------------------- billing
CODES = {"CR": [("93798", 148.00), ("93797", 121.00)], "ICR": [("G0422", 171.00), ("G0423", 171.00)],
         "PR": [("94625", 52.00), ("94626", 104.00), ("G0237", 39.00), ("G0238", 39.00), ("G0239", 44.00)]}


def f_billing_csv():
    out = [("billing_csv", tl("batch_id,claim_line,pat_acct,mbi,pt_name,dos,hcpcs,modifier,units,charge_usd,dx1,rendering_npi,pos"))]
    b = f"B{now():%Y%m%d}-{R.randint(1, 4)}"
    for _ in range(R.randint(2, 4)):
        small()
        p = R.choice([q for q in PTS if q.plan == "MCR"])
        code, chg = R.choice(CODES[p.program])
        units = R.choice([1, 1, 2]) if code in ("G0422", "G0423", "G0237", "G0238", "G0239", "94625", "94626") else 1
        out.append(("billing_csv", tl("⟨b⟩,RHB⟨cl⟩,⟨acct⟩,⟨mbi⟩,\"⟨ln⟩, ⟨fn⟩\",⟨d⟩,⟨code⟩,⟨mod⟩,⟨u⟩,⟨chg⟩,⟨dx⟩,1730195522,22",
                                      b=b, cl=f"{now():%y%m%d}{digits(4)}-{R.randint(1, 3)}", acct=X(p.acct, "account"),
                                      mbi=X(p.planid, "health_plan"), ln=X(p.last.upper(), "name"), fn=X(p.first.upper(), "name"),
                                      d=X(dfmt(svc_date(), "us"), "date"), code=code, mod=R.choice(["", "KX", "GP", ""]),
                                      u=str(units), chg=f"{chg * units:.2f}", dx=p.dx[0].replace(".", ""))))
    if R.random() < 0.5:
        out.append(("billing_csv", tl(f"TOTAL,,,,,,,,{R.randint(80, 300)},{R.uniform(9000, 40000):.2f},,,")))
    return out


def f_billing_pipe():
    p = pt()
    code, chg = R.choice(CODES[p.program])
    L = tl("DTL|⟨acct⟩|⟨mrn⟩|⟨d⟩|⟨code⟩|1|⟨chg⟩|⟨payer⟩|⟨pid⟩|REV0943|POS22",
           acct=X(p.acct, "account"), mrn=X(p.mrn, "mrn"), d=X(dfmt(svc_date(), "hl7"), "date"), code=code,
           chg=f"{chg:.2f}", payer={"MCR": "MEDICARE", "MCD": "WA-MEDICAID", "COM": "REGENCE"}[p.plan],
           pid=X(p.planid, "health_plan"))
    return [("billing_pipe", L)]


def f_billing_noise():
    c = R.choice([
        f"HDR|MRMC-CPR|GCODE_EXPORT|v3|{now():%Y%m%d%H%M%S}|rows={R.randint(40, 300)}",
        f"TRL|rows={R.randint(40, 300)}|charges={R.uniform(5000, 40000):.2f}|md5={hexs(32)}",
        f"# fee schedule 2024 loaded: 93798=148.00 93797=121.00 G0422=171.00 G0423=171.00 94625=52.00 94626=104.00 G0237=39.00 G0238=39.00 G0239=44.00",
        f"# KX threshold CR=36 ICR=72 PR=36 (per CMS 100-02 ch15 s232)",
    ])
    return [("billing_pipe", tl(c))]


# ----------------------------------------------------------------------------- X12 837P
def f_x12():
    p = R.choice([q for q in PTS if q.plan == "MCR"])
    out = []
    fam = "x12_837"

    def a(L):
        out.append((fam, L))
    icn = f"{R.randint(1, 999999999):09d}"
    a(tl(f"ISA*00*          *00*          *ZZ*MRMCREHAB      *ZZ*NORIDIAN       *{now():%y%m%d}*{now():%H%M}*^*00501*{icn}*0*P*:~"))
    a(tl(f"GS*HC*MRMCREHAB*NORIDIAN*{now():%Y%m%d}*{now():%H%M}*{R.randint(1, 9999)}*X*005010X222A1~"))
    a(tl("ST*837*0001*005010X222A1~"))
    a(tl("NM1*85*2*MERCY RIDGE MEDICAL CENTER*****XX*1730195522~"))
    a(tl("N3*1600 S UNION AVE~"))
    a(tl("N4*TACOMA*WA*984052201~"))
    SEP[0] = "*"
    a(seg("NM1", "IL", "1", X(asciify_keep(p.last).upper(), "name"), X(asciify_keep(p.first).upper(), "name"), X(p.mi, "name"), "", "", "MI",
          [X(p.planid, "health_plan"), "~"]))
    street = (p.street + ("*" + p.unit if p.unit else "")).upper()
    a(tl("N3*⟨s⟩~", s=X(street, "address")) if not p.unit else
      seg("N3", X(p.street.upper(), "address"), [X(p.unit.upper(), "address"), "~"]))
    SEP[0] = "*"
    a(seg("N4", X(p.city.upper(), "address"), "WA", [X(p.zip + p.zip4, "zip"), "~"]))
    a(seg("DMG", "D8", X(dfmt(p.dob, "hl7"), "date"), p.sex + "~"))
    code, chg = R.choice(CODES[p.program])
    a(seg("CLM", X(p.acct, "account"), f"{chg:.0f}", "", "", "22:B:1", "Y", "A", "Y", "Y~"))
    a(tl(f"HI*ABK:{p.dx[0].replace('.', '')}~"))
    a(tl("LX*1~"))
    a(tl(f"SV1*HC:{code}{':KX' if R.random() < 0.3 else ''}*{chg:.0f}*UN*1***1~"))
    a(seg("DTP", "472", "D8", [X(dfmt(svc_date(), "hl7"), "date"), "~"]))
    a(tl(f"SE*{len(out) - 1}*0001~"))
    SEP[0] = "|"
    return out




# ----------------------------------------------------------------------------- referral fax OCR
FAXSEEN = []


def f_fax():
    p = pt()
    ref, rfax = R.choice(REFERRERS)
    m = md()
    job = f"FX{now():%y%m%d}-{R.randint(1, 400):04d}"
    out = []
    n = [0]

    def a(tpl, **kw):
        n[0] += 1
        pre = f"faxocr[{R.randint(2000, 2400)}]: {job} p1 L{n[0]:02d} conf={R.uniform(0.71, 0.98):.2f} | "
        out.append(("fax_ocr", tl(pre + tpl, **kw)))
        small()
    a(f"FROM: {ref.upper()}   FAX {rfax}   {now():%m/%d/%Y %H:%M}   P. 1/{R.randint(2, 5)}")
    a(f"REFERRAL FOR {'PULMONARY' if p.program == 'PR' else 'CARDIAC'} REHABILITATION  - PHASE II")
    a(f"To: {CLINIC}   Fax: (253) 555-0102")
    style = R.randrange(3)
    if style == 0:
        a("Patient Name: ⟨ln⟩, ⟨fn⟩ ⟨mi⟩.    DOB: ⟨dob⟩    Sex: ⟨s⟩", ln=X(p.last.upper(), "name"), fn=X(p.first.upper(), "name"),
          mi=X(p.mi, "name"), dob=X(ocr(dfmt(p.dob, "us")), "date"), s=p.sex)
    elif style == 1:
        a("PT: ⟨nm⟩   D.O.B ⟨dob⟩   Age: ⟨age⟩", nm=X(f"{p.first} {p.mi}. {p.last}", "name"),
          dob=X(ocr(dfmt(p.dob, "us2")), "date"), age=X(str(p.age), "age") if p.age > 89 else str(p.age))
    else:
        a("Name ⟨ln⟩ ⟨fn⟩  DOB ⟨dob⟩  MRN(if known) ⟨mrn⟩", ln=X(p.last, "name"), fn=X(p.first, "name"),
          dob=X(ocr(dfmt(p.dob, "us")), "date"), mrn=X(ocr(p.mrn), "mrn"))
    unit = (" " + p.unit) if p.unit else ""
    a("Address: ⟨st⟩, ⟨c⟩ WA ⟨z⟩   ⟨co⟩", st=X(p.street + unit, "address"), c=X(p.city, "address"), z=X(ocr(p.zip), "zip"),
      co=X(f"{p.county} Co.", "address"))
    a("Home Ph: ⟨h⟩   Cell: ⟨c⟩", h=X(ocr(ph_fmt(p.phone, "paren")), "phone"), c=X(ph_fmt(p.cell, "dot"), "phone"))
    if R.random() < 0.45 or not FAXSEEN:
        FAXSEEN.append(1)
        a("Pt fax (home office): ⟨f⟩", f=X(ph_fmt(mk_phone(), "dash"), "fax"))
    if R.random() < 0.35:
        a("Photo ID on file: WA DL ⟨dl⟩", dl=X(ocr(p.dl, 0.15), "license"))
    if R.random() < 0.5:
        a("SSN: ⟨s⟩", s=X(ocr(ssn_fmt(p.ssn, "dash"), 0.2), "ssn"))
    if p.plan == "MCR":
        a("Ins: Medicare   MBI: ⟨m⟩   Secondary: ⟨sec⟩", m=X(mbi_fmt(p.planid, True), "health_plan"),
          sec=R.choice(["AARP Medigap Plan G", "none", "Tricare for Life"]))
    else:
        a("Ins: ⟨pl⟩   Member ID: ⟨m⟩   Group: ⟨g⟩", pl="Apple Health (Medicaid)" if p.plan == "MCD" else "Regence BlueShield PPO",
          m=X(p.planid, "health_plan"), g=str(R.randint(10000, 99999)))
    ev = today() - dt.timedelta(days=R.randint(12, 50))
    if p.program == "PR":
        a("Dx: ⟨c⟩ ⟨d⟩. GOLD ⟨g⟩, FEV1 ⟨f⟩% pred on ⟨dd⟩. Hospitalized for AECOPD ⟨my⟩.",
          c=p.dx[0], d=p.dx[1], g=str(R.randint(2, 4)), f=str(R.randint(25, 60)), dd=X(dfmt(ev, "us"), "date"),
          my=X(f"{MONTHS[(ev.month - 3) % 12]} {ev.year if ev.month > 2 else ev.year - 1}", "date"))
    else:
        a("Dx: ⟨c⟩ ⟨d⟩ on ⟨dd⟩, PCI to LAD ⟨dd2⟩. EF ⟨ef⟩%. Hx CABG 2019.", c=p.dx[0], d=p.dx[1],
          dd=X(dfmt(ev, "us"), "date"), dd2=X(dfmt(ev + dt.timedelta(days=1), "us"), "date"), ef=str(R.randint(25, 60)))
    a(f"Sessions requested: 36   Frequency: 3x/wk   Modalities: TM, bike, arm erg   Telemetry: {R.choice(['Y', 'N'])}")
    a(f"Referring: Dr. {m[0]} {m[1]}, NPI {m[2]}   Office ph (253) 555-01{R.randint(10, 99)}")
    if R.random() < 0.5:
        a("Emergency contact: ⟨rn⟩ (⟨rel⟩) ⟨ph⟩", rn=X(f"{p.rel_first} {p.rel_last}", "name"), rel=p.rel[2],
          ph=X(ph_fmt(p.rel_phone, "dash"), "phone"))
    a("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error call 253-555-0100.")
    return out


# ----------------------------------------------------------------------------- EP notes
def ep_text(p):
    """Returns list of (text, cat) pieces."""
    s = staff()
    k = R.randrange(10)
    nxt = appt_date()
    if k == 0:
        return [(f"S{p.sessno}/36 ", None), (name_first_last(p), "name"),
                (f" tol well. TM {R.uniform(1.5, 3.2):.1f} mph/{R.randint(0, 6)}% x {R.randint(10, 30)} min, NuStep L{R.randint(3, 8)} x 15 min. HR {R.randint(68, 90)}-{R.randint(100, 128)}, BP {R.randint(110, 140)}/{R.randint(64, 84)} -> {R.randint(130, 168)}/{R.randint(66, 86)}, RPE {R.randint(11, 14)}. Denies CP/SOB. -{s[0][0]}. {s[1]}, {s[3]}", None)]
    if k == 1:
        ini = ".".join(w[0] for w in (p.first.split("-")[0], *p.last.replace("-", " ").split())) + "."
        return [("Pt ", None), (ini, "name"),
                (f" c/o L calf pain after {R.randint(3, 9)} min on TM, stopped, resolved w/ rest <2 min. Will notify Dr. {md()[1]}. Next session ", None),
                (dfmt(nxt, "md"), "date"), (".", None)]
    if k == 2:
        return [(f"{p.last}, {p.first}", "name"), (" (MRN ", None), (p.mrn, "mrn"),
                (f") - SpO2 dropped to {R.randint(82, 87)}% on 2L NC during arm ergometer; titrated to 4L per protocol, recovered to 92% in 90 s. {p.rel[2].capitalize()} ", None),
                (p.rel_first, "name"), (" aware, will bring home O2 log.", None)]
    if k == 3:
        a = [(str(p.age), "age" if p.age > 89 else None)]
        return [("Pleasant ", None)] + a + [(f" y/o {'F' if p.sex == 'F' else 'M'} {p.dx[1]}, enrolled ", None),
                                            (dfmt(today() - dt.timedelta(days=R.randint(10, 60)), "us_short"), "date"),
                                            (f". Uses rollator, gait steady. Goal: walk to mailbox and back w/o rest. Pt ", None),
                                            (p.first, "name"), (" motivated.", None)]
    if k == 4 and p.lang != "es":
        k = 0
        return [(f"S{p.sessno}/36 ", None), (f"{p.last}, {p.first}", "name"),
                (f": arm erg {R.randint(5, 12)} min L{R.randint(1, 4)}, recumbent bike {R.randint(10, 20)} min. HR {R.randint(70, 92)}-{R.randint(100, 125)}. SpO2 {R.randint(88, 95)}-{R.randint(95, 99)}% RA. Borg {R.randint(2, 4)}. -{s[0][0]}{s[1][0]}", None)]
    if k == 4:
        return [("Paciente ", None), (name_first_last(p), "name"),
                (f" refiere disnea leve (Borg {R.randint(2, 4)}) al caminar; se ajustó la velocidad a {R.uniform(1.5, 2.5):.1f} mph. Próxima cita ", None),
                (dfmt(nxt, "dm"), "date"), (". Familiar ", None), (p.rel_first, "name"), (" traduce.", None)]
    if k == 5:
        return [("pt ", None), (f"{p.first.lower()} {p.last.lower()}", "name"),
                (f" no-show x{R.randint(2, 3)}, left vm at ", None), (ph_fmt(p.phone, R.choice(["dash", "plain", "paren"])), "phone"),
                (", will send letter if no call back by fri", None)]
    if k == 6:
        st = today() - dt.timedelta(days=R.randint(84, 120))
        return [("Discharge summary: ", None), (name_first_last(p), "name"),
                (" completed 36/36 sessions ", None), (dfmt(st, "us_short"), "date"), ("–", None), (dfmt(today(), "us_short"), "date"),
                (f". 6MWD {R.randint(200, 320)} m -> {R.randint(330, 480)} m. Peak METs {R.uniform(2, 3.5):.1f} -> {R.uniform(4, 7):.1f}. PHQ-9 {R.randint(8, 14)} -> {R.randint(2, 7)}. Referred to Phase III maintenance.", None)]
    if k == 7:
        return [("BP ", None), (f"{R.randint(170, 196)}/{R.randint(92, 108)}", None),
                (" at rest, held exercise per protocol. Recheck 10 min 168/94. Called Dr. ", None), (md()[1], None),
                (f"'s office, pt to take PRN dose. Pt's son drove {'her' if p.sex == 'F' else 'him'}, plate ", None), (p.plate, "vehicle"),
                (" parked in ambulance bay, moved to P2.", None)]
    if k == 8:
        return [(f"Team note ({s[0]} {s[1]}): ", None), ("ICD shock reported at home ", None),
                (dfmt(today() - dt.timedelta(days=R.randint(1, 5)), "mon_d"), "date"),
                (f" by pt ", None), (p.first, "name"), (" ", None), (p.last, "name"),
                (". Device clinic notified, interrogation scheduled ", None), (dfmt(nxt, "long"), "date"),
                (". Exercise on hold until cleared.", None)]
    return [(f"Education: reviewed pursed-lip breathing and energy conservation with pt and ", None), (p.rel[2], None),
            (" ", None), (f"{p.rel_first} {p.rel_last}", "name"), (". Portal login ", None), (p.user, "other_id"),
            (" reset at desk. Printed handout (Spanish)." if p.lang == "es" else " reset at desk. Printed handout.", None)]


def f_ep_note():
    p = pt()
    s = staff()
    pieces = ep_text(p)
    if R.random() < 0.55:
        L = Ln()
        L.t(f"{now():%Y-%m-%d %H:%M:%S} [EP-NOTE] author={s[2]} pt_mrn=")
        L.p(p.mrn, "mrn")
        L.t(f" note_id=N-{R.randint(10000, 99999)} text=\"")
        for txt, c in pieces:
            L.p(txt, c) if c else L.t(txt)
        L.t("\"")
        return [("ep_note", L)]
    L = Ln()
    L.t('{"noteId":"N-' + str(R.randint(10000, 99999)) + '","authorRole":"ACSM-CEP","author":"' + s[2] + '","patientName":"')
    L.p(jesc(name_first_last(p)), "name")
    L.t('","dos":"')
    L.p(dfmt(svc_date(), "iso"), "date")
    L.t('","body":"')
    L.t("SUBJECTIVE:\\n")
    for txt, c in pieces:
        if c:
            L.p(jesc(txt), c)
        else:
            L.t(jesc(txt))
    L.t(f"\\nPLAN:\\nContinue ITP; progress workload {R.choice(['5', '10'])}% as tolerated.\",\"signed\":true}}")
    return [("ep_note_json", L)]


# ----------------------------------------------------------------------------- nginx + portal
UA = ["Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
PAGES = ["/learn/cardiac/heart-healthy-eating", "/learn/copd/pursed-lip-breathing", "/learn/cardiac/nitroglycerin-use",
         "/learn/copd/inhaler-technique", "/learn/exercise/home-walking-plan", "/dashboard", "/messages", "/learn/cardiac/returning-to-sex",
         "/learn/copd/energy-conservation", "/api/v1/modules/progress"]


def f_nginx_phi():
    p = pt()
    ru = R.random() < 0.5
    L = tl("⟨ip⟩ - ⟨u⟩ [⟨ts⟩] \"⟨m⟩ ⟨pg⟩ HTTP/2.0\" ⟨st⟩ ⟨b⟩ \"https://portal.mercyridge-rehab.org/dashboard\" \"⟨ua⟩\" rt=0.0⟨rt⟩",
           ip=X(p.ip, "ip"), u=X(p.user, "other_id") if ru else "-", ts=ts_nginx(), m=R.choice(["GET", "GET", "POST"]),
           pg=R.choice(PAGES), st=R.choice(["200", "200", "200", "304", "302"]), b=str(R.randint(300, 60000)),
           ua=R.choice(UA), rt=f"{R.randint(5, 99):02d}")
    return [("nginx_access", L)]


def f_nginx_noise():
    c = R.choice([
        f'10.40.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{ts_nginx()}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001',
        f'10.40.0.{R.randint(2, 9)} - - [{ts_nginx()}] "GET /static/css/main.{hexs(8)}.css HTTP/1.1" 200 {R.randint(8000, 40000)} "-" "ELB-HealthChecker/2.0" rt=0.002',
        f'66.249.66.{R.randint(1, 200)} - - [{ts_nginx()}] "GET /learn/copd/inhaler-technique HTTP/1.1" 200 {R.randint(8000, 40000)} "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.0{R.randint(10, 80)}',
        f'52.{R.randint(0, 90)}.{R.randint(0, 255)}.{R.randint(1, 254)} - - [{ts_nginx()}] "HEAD / HTTP/1.1" 200 0 "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" rt=0.004',
        f'172.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_nginx()}] "POST /twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" rt=0.0{R.randint(10, 60)}',
        f'{now():%Y/%m/%d %H:%M:%S} [warn] {R.randint(20, 40)}#{R.randint(20, 40)}: 1024 worker_connections are not enough, reusing connections',
    ])
    return [("nginx_access", tl(c))]


def dj(level, logger, msg, **kw):
    return tl(f"[{ts_django()}] {level} {logger} " + msg, **kw)


def f_portal_phi():
    p = pt()
    k = R.randrange(9)
    if k == 0:
        L = dj("INFO", "education.views", "user=⟨u⟩ completed module=⟨m⟩ score=⟨s⟩/10 duration=⟨d⟩s",
               u=X(p.user, "other_id"), m=R.choice(["copd-101", "heart-healthy-eating", "nitro-use", "home-walking-plan"]),
               s=str(R.randint(5, 10)), d=str(R.randint(120, 1400)))
    elif k == 1:
        L = dj("WARNING", "accounts.auth", "Failed login for username '⟨u⟩' from ⟨ip⟩ (attempt ⟨n⟩/5)",
               u=X(p.user, "other_id"), ip=X(p.ip, "ip"), n=str(R.randint(2, 5)))
    elif k == 2:
        L = dj("INFO", "accounts.profile", "profile updated uid=⟨uid⟩ fields=['phone','email'] email=⟨em⟩ phone=⟨ph⟩",
               uid=str(R.randint(1000, 9000)), em=X(p.email, "email"), ph=X(ph_fmt(p.cell, R.choice(["dash", "plain", "dot"])), "phone"))
    elif k == 3:
        L = dj("INFO", "accounts.idproof", "identity verified for ⟨nm⟩ doc=DL state=WA num=⟨dl⟩ exp=20⟨y⟩ vendor=idme ref=⟨r⟩",
               nm=X(name_first_last(p), "name"), dl=X(p.dl, "license"), y=str(R.randint(25, 31)), r=uuid4())
    elif k == 4:
        L = dj("INFO", "portal.geoip", "session start user=⟨u⟩ ip=⟨ip⟩ geo=⟨c⟩,WA lat=⟨la⟩ lon=⟨lo⟩",
               u=X(p.user, "other_id"), ip=X(p.ip, "ip"), c=X(p.city, "address"), la=X(str(p.lat), "address"), lo=X(str(p.lon), "address"))
    elif k == 5:
        return f_portal_photo(p)
    elif k == 6:
        L = dj("INFO", "accounts.proxy", "proxy access granted: proxy=⟨rn⟩ <⟨re⟩> relationship=⟨rel⟩ patient_user=⟨u⟩ scope=messages,appointments",
               rn=X(f"{p.rel_first} {p.rel_last}", "name"),
               re=X(f"{asciify(p.rel_first).lower()}.{asciify(p.rel_last).lower()}@{R.choice(EMAIL_DOM)}", "email"),
               rel=p.rel[2], u=X(p.user, "other_id"))
    elif k == 7:
        L = dj("INFO", "telehealth.links", "video visit link issued to ⟨nm⟩: ⟨url⟩ (expires ⟨d⟩ ⟨h⟩:00)",
               nm=X(f"{p.last}, {p.first}", "name"),
               url=X(f"https://vv.mercyridge-rehab.org/join/{hexs(4)}-{hexs(4)}-{hexs(4)}?pt={R.randint(100000, 999999)}", "url"),
               d=X(dfmt(appt_date(), "iso"), "date"), h=f"{R.randint(9, 16):02d}")
    else:
        out_json = {"user": p.user, "name": name_first_last(p)}
        L = tl('{"event":"message.sent","thread":⟨t⟩,"from_user":"⟨u⟩","from_name":"⟨nm⟩","to":"care-team","subject":"⟨s⟩","ip":"⟨ip⟩"}',
               t=str(R.randint(1000, 9999)), u=X(out_json["user"], "other_id"), nm=X(jesc(out_json["name"]), "name"),
               s=R.choice(["question about my inhaler", "can't make Tuesday", "BP readings this week", "Parking validation?"]),
               ip=X(p.ip, "ip"))
        return [("portal_json", L)]
    return [("django_portal", L)]


def f_portal_photo(p=None):
    p = p or pt()
    payload = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + b64(R.randint(60, 110))
    L = tl('{"event":"profile.photo.upload","user":"⟨u⟩","content_type":"image/jpeg","photo":"data:image/jpeg;base64,⟨ph⟩","bytes":⟨b⟩}',
           u=X(p.user, "other_id"), ph=X(payload, "photo"), b=str(R.randint(18000, 90000)))
    return [("portal_json", L)]


def f_portal_noise():
    c = R.choice([
        ("INFO", "celery.app.trace", f"Task education.tasks.rebuild_search_index[{uuid4()}] succeeded in {R.uniform(0.5, 9):.3f}s: None"),
        ("WARNING", "django.security.csrf", "Forbidden (CSRF token from POST incorrect.): /accounts/login/"),
        ("INFO", "django.server", f"\"GET /static/js/app.{hexs(8)}.js HTTP/1.1\" 200 {R.randint(30000, 300000)}"),
        ("INFO", "portal.metrics", f"active_sessions={R.randint(4, 80)} modules_completed_24h={R.randint(3, 60)} cache_hit={R.uniform(0.7, 0.99):.2f}"),
        ("ERROR", "django.request", f"Internal Server Error: /api/v1/modules/{R.randint(10, 60)}/quiz (KeyError: 'choices')"),
        ("INFO", "education.cms", f"Published 'Heart-healthy eating' rev {R.randint(3, 20)} by editor mkowalski (staff)"),
        ("INFO", "accounts.auth", f"Password policy updated: min_length=12, history=5 (by admin {R.choice(['jfreeman', 'it-svc'])})"),
    ])
    return [("django_portal", dj(*c))]


# ----------------------------------------------------------------------------- Twilio
def twilio_body(p, lang, link=None):
    ad = appt_date()
    hh, mm = appt_time()
    day_en = ad.strftime("%a")
    t12 = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if lang == "es":
        dias = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        parts = [("Hola ", None), (p.first, "name"),
                 (f", le recordamos su sesión de rehabilitación {'pulmonar' if p.program == 'PR' else 'cardíaca'} el {dias[ad.weekday()]} ", None),
                 (dfmt(ad, "dm"), "date"), (f" a las {hh:02d}:{mm:02d}. Responda C para confirmar o R para cambiar.", None)]
    else:
        parts = [("Hi ", None), (p.first, "name"),
                 (f", this is {CLINIC}. Reminder: your session is {day_en} ", None), (dfmt(ad, "md"), "date"),
                 (f" at {t12}. Reply C to confirm, R to reschedule.", None)]
    if link:
        parts += [(" Details: ", None), (link, "url")]
    return parts


def f_twilio_callback():
    p = pt()
    pre = f"{ts_serilog()} [DBG] Twilio status callback payload: "
    L = Ln()
    L.t(pre)
    L.t(f"SmsSid=SM{hexs(32)}&SmsStatus=delivered&MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])}&To=")
    L.p(urllib.parse.quote_plus(ph_fmt(p.cell, "e164")), "phone")
    L.t(f"&MessagingServiceSid=MG{hexs(32)}&MessageSid=SM{hexs(32)}&AccountSid=AC{hexs(32)}&From=%2B12535550100&ApiVersion=2010-04-01")
    return [("twilio_callback", L)]


def f_twilio_inbound():
    p = pt()
    L = Ln()
    L.t(f"{ts_serilog()} [INF] Inbound SMS webhook: ToCountry=US&ToState=WA&SmsMessageSid=SM{hexs(32)}&NumMedia=0&Body=")
    k = R.randrange(3)
    if k == 0:
        L.t(urllib.parse.quote_plus("C"))
    elif k == 1:
        L.t(urllib.parse.quote_plus("Can't make it, I have a Dr appt that day. This is "))
        L.p(urllib.parse.quote_plus(p.first), "name")
        L.t(urllib.parse.quote_plus(" "))
        L.p(urllib.parse.quote_plus(p.last), "name")
    else:
        L.t(urllib.parse.quote_plus("R - can we move to "))
        L.p(urllib.parse.quote_plus(dfmt(appt_date(), "md")), "date")
        L.t(urllib.parse.quote_plus("? thanks"))
    L.t("&FromState=WA&From=")
    L.p(urllib.parse.quote_plus(ph_fmt(p.cell, "e164")), "phone")
    L.t("&FromCity=")
    L.p(urllib.parse.quote_plus(p.city.upper()), "address")
    L.t("&FromZip=")
    L.p(p.zip, "zip")
    L.t("&FromCountry=US&ApiVersion=2010-04-01")
    return [("twilio_callback", L)]


def f_twilio_json():
    p = pt()
    link = None
    if R.random() < 0.3:
        link = f"https://mrmc.link/r/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(7))}"
    parts = twilio_body(p, p.lang, link)
    sid = "SM" + hexs(32)
    ac = "AC" + hexs(32)
    L = Ln()
    L.t(f'{{"account_sid":"{ac}","api_version":"2010-04-01","body":"')
    for txt, c in parts:
        if c:
            L.p(jesc(txt), c)
        else:
            L.t(jesc(txt))
    L.t(f'","date_created":"{now() + dt.timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000","direction":"outbound-api","error_code":null,"from":"+12535550100","messaging_service_sid":"MG{hexs(32)}","num_segments":"{R.choice(["1", "2"])}","price":null,"sid":"{sid}","status":"queued","to":"')
    L.p(ph_fmt(p.cell, "e164"), "phone")
    L.t(f'","uri":"/2010-04-01/Accounts/{ac}/Messages/{sid}.json"}}')
    return [("twilio_json", L)]


def f_twilio_noise():
    c = R.choice([
        f'{{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}}',
        f'{{"account_sid":"AC{hexs(32)}","friendly_name":"Rehab reminders","sid":"MG{hexs(32)}","status_callback":"https://reminders.mercyridge-rehab.org/twilio/status","usecase":"notifications","use_inbound_webhook_on_number":false}}',
        f'{{"sid":"CA{hexs(32)}","status":"completed","duration":"{R.randint(10, 60)}","direction":"outbound-api","answered_by":"machine_end_beep","price":"-0.01400","price_unit":"USD"}}',
    ])
    return [("twilio_json", tl(c))]


# ----------------------------------------------------------------------------- misc: palm vein, parking, payment, infra
def f_palm():
    p = pt()
    if R.random() < 0.5:
        L = tl(f"{ts_syslog()} mrmc-reg-kiosk03 PatientSecure[{R.randint(2000, 3000)}]: palm scan match MRN=⟨mrn⟩ score=0.9⟨s⟩ tmpl=⟨t⟩ latency={R.randint(300, 1400)}ms",
               mrn=X(p.mrn, "mrn"), s=str(R.randint(1, 9)), t=X("PV2:" + b64(36), "biometric"))
    else:
        L = tl(f"{ts_syslog()} mrmc-reg-kiosk0{R.randint(1, 4)} PatientSecure[{R.randint(2000, 3000)}]: enrollment stored for ⟨nm⟩ (MRN ⟨mrn⟩) hand=⟨h⟩ template=⟨t⟩",
               nm=X(f"{p.last.upper()}, {p.first.upper()}", "name"), mrn=X(p.mrn, "mrn"), h=R.choice(["R", "L"]),
               t=X("PV2:" + b64(48), "biometric"))
    return [("syslog", L)]


def f_parking():
    p = pt()
    if R.random() < 0.6:
        L = tl(f"{ts_syslog()} mrmc-pkg-01 parkval[{R.randint(1000, 2000)}]: validation issued ticket=TK{digits(7)} plate=⟨pl⟩ st=WA pt_mrn=⟨mrn⟩ hours=3 dept=CPR",
               pl=X(p.plate, "vehicle"), mrn=X(p.mrn, "mrn"))
    else:
        L = tl(f"{ts_syslog()} mrmc-pkg-01 parkval[{R.randint(1000, 2000)}]: disabled placard on file placard=⟨pc⟩ plate=⟨pl⟩ exp=⟨e⟩",
               pc=X(f"WA-DP-{digits(7)}", "license"), pl=X(p.plate, "vehicle"), e=f"{R.randint(2024, 2028)}-{R.randint(1, 12):02d}")
    return [("syslog", L)]


def f_payment():
    p = pt()
    if R.random() < 0.5:
        pan = luhn_complete(R.choice(["4", "51", "4"]), 16)
        pan_f = " ".join(pan[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else pan
        L = dj("ERROR", "payments.gateway", "Authorize.net response_code=2 reason=\"This transaction has been declined\" card=⟨c⟩ exp=⟨e⟩ pat_acct=⟨a⟩ amount=⟨amt⟩",
               c=X(pan_f, "account"), e=f"{R.randint(1, 12):02d}/{R.randint(25, 29)}", a=X(p.acct, "account"),
               amt=f"{R.choice([20, 40, 25, 50])}.00")
    else:
        L = dj("INFO", "payments.gateway", "copay approved card=************⟨l4⟩ auth=⟨au⟩ pat_acct=⟨a⟩ amount=⟨amt⟩",
               l4=digits(4), au=hexs(6, True), a=X(p.acct, "account"), amt=f"{R.choice([20, 40, 25, 50])}.00")
    return [("django_portal", L)]


def f_infra_noise():
    c = R.choice([
        ("syslog", f"{ts_syslog()} mrmc-rehab-app0{R.randint(1, 3)} CRON[{R.randint(20000, 30000)}]: (svc_rehab) CMD (/opt/rehab/bin/export_gcodes.sh --date yesterday >> /var/log/rehab/gcode_export.log 2>&1)"),
        ("syslog", f"{ts_syslog()} mrmc-rehab-app0{R.randint(1, 3)} systemd[1]: Started Rehab HL7 MLLP listener."),
        ("syslog", f"{ts_syslog()} mrmc-rehab-app0{R.randint(1, 3)} kernel: [{R.randint(100000, 999999)}.{digits(6)}] nf_conntrack: table full, dropping packet"),
        ("syslog", f"{ts_syslog()} mrmc-fax01 hylafax[{R.randint(1000, 9000)}]: RECV FAX: from {R.choice(['2535550191', '2535550177', '3605550162'])}, page 1 in 0:{R.randint(10, 59)}, INF, 204x196, 2-D MR, 14400 bit/s"),
        ("syslog", f"{ts_syslog()} mrmc-reg-kiosk0{R.randint(1, 4)} PatientSecure[{R.randint(2000, 3000)}]: heartbeat ok scanners_online={R.randint(1, 3)}/3 fw=4.{R.randint(0, 9)}.{R.randint(0, 30)}"),
        ("kubelet", f"I{now():%m%d} {now():%H:%M:%S}.{digits(6)}    {R.randint(800, 999)} prober.go:107] \"Probe succeeded\" probeType=\"Liveness\" pod=\"rehab/reminders-{hexs(9)}-{hexs(5)}\" containerName=\"reminders\""),
        ("kubelet", f"E{now():%m%d} {now():%H:%M:%S}.{digits(6)}    {R.randint(800, 999)} pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"telemetry\\\" with CrashLoopBackOff\" pod=\"rehab/telemetry-{hexs(9)}-{hexs(5)}\""),
        ("prometheus", f'http_server_requests_seconds_count{{application="rehab-telemetry",method="GET",outcome="SUCCESS",status="200",uri="/api/sessions/{{id}}"}} {R.randint(1000, 99999)}'),
        ("prometheus", f'hikaricp_connections_active{{application="rehab-scheduler",pool="HikariPool-1"}} {R.randint(0, 10)}.0'),
        ("prometheus", f'rehab_telemetry_channels_active{{site="MRMC-CPR"}} {R.randint(0, 12)}'),
        ("prometheus", f'twilio_messages_total{{status="delivered"}} {R.randint(1000, 30000)}'),
        ("logfmt", f'level=info ts={now() + dt.timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.{digits(3)}Z caller=scrape.go:{R.randint(1000, 1600)} component="scrape manager" scrape_pool=rehab-telemetry target=http://10.40.{R.randint(0, 3)}.{R.randint(2, 250)}:8081/actuator/prometheus msg="Scrape ok" duration={R.uniform(0.01, 0.3):.3f}s'),
        ("logfmt", f'level=warn ts={now() + dt.timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.{digits(3)}Z caller=notifier.go:{R.randint(500, 700)} component=notifier alertname=TelemetryGatewayDown severity=page msg="Alert firing" for=5m'),
    ])
    return [(c[0], tl(c[1]))]


def f_ep_note_noise():
    s = staff()
    c = R.choice([
        f"{now():%Y-%m-%d %H:%M:%S} [EP-NOTE] author={s[2]} note_id=N-{R.randint(10000, 99999)} text=\"Daily crash cart check done, AED self-test OK, O2 tanks E x4 full. Glucometer QC lot {hexs(6, True)} in range.\"",
        f"{now():%Y-%m-%d %H:%M:%S} [EP-NOTE] author={s[2]} note_id=N-{R.randint(10000, 99999)} text=\"TM-2 belt slipping at >3.0 mph, work order WO-{digits(6)} placed with biomed (ext 4417).\"",
        f"{now():%Y-%m-%d %H:%M:%S} [EP-NOTE] author={s[2]} note_id=N-{R.randint(10000, 99999)} text=\"Staff huddle: {s[0]} covering 0730 group, Dr. {md()[1]} supervising MD on site until 1200.\"",
    ])
    return [("ep_note", tl(c))]


# ----------------------------------------------------------------------------- assembly
GENS = [
    # (weight, fn, single_line)
    (7, f_spring_noise, True), (6, f_spring_phi, True), (1.2, f_spring_stack, False),
    (5, f_serilog_noise, True), (4, f_serilog_phi, True), (3, f_clef_noise, True), (3, f_clef_phi, True),
    (1.2, f_ecg_export, False), (3, f_ecg_event_noise, True), (1.5, f_ecg_strip, True), (0.9, f_ergometer, False),
    (1.2, f_ble_session, False), (3, f_ble_noise, True),
    (1.5, f_polar_accesslink, True), (1.5, f_garmin, True),
    (1.3, f_6mwt_csv, False), (2.5, f_6mwt_noise, True), (1.6, f_6mwt_pred, True),
    (0.6, f_spiro_xml, False), (1, f_home_spiro, True),
    (1.1, f_hl7_adt, False), (1.0, f_hl7_oru, False), (1.1, f_hl7_siu, False),
    (0.25, f_ical, False),
    (1.0, f_billing_csv, False), (2, f_billing_pipe, True), (2, f_billing_noise, True), (0.3, f_x12, False),
    (0.45, f_fax, False),
    (5, f_ep_note, True), (1.5, f_ep_note_noise, True),
    (4, f_nginx_phi, True), (4, f_nginx_noise, True), (5, f_portal_phi, True), (0.6, f_portal_photo, True), (3, f_portal_noise, True),
    (2, f_twilio_callback, True), (1.5, f_twilio_inbound, True), (2.5, f_twilio_json, True), (1.5, f_twilio_noise, True),
    (1.2, f_palm, True), (1.6, f_parking, True), (1.2, f_payment, True),
    (7, f_infra_noise, True),
]
NOISE_SINGLE = [f_spring_noise, f_serilog_noise, f_infra_noise, f_nginx_noise, f_ble_noise, f_ecg_event_noise]


CAPS = {f_ical: 2, f_x12: 2, f_fax: 3, f_spiro_xml: 2, f_hl7_adt: 3, f_hl7_oru: 3, f_hl7_siu: 3,
        f_ecg_export: 3, f_ble_session: 4, f_6mwt_csv: 3, f_billing_csv: 3, f_ergometer: 2, f_spring_stack: 3}


NOISE_FNS = {f_spring_noise, f_serilog_noise, f_clef_noise, f_ecg_event_noise, f_ble_noise, f_6mwt_noise,
             f_billing_noise, f_ep_note_noise, f_nginx_noise, f_portal_noise, f_twilio_noise, f_infra_noise}
TARGET_NOISE = 0.55


def is_noise(block):
    return not block[1].spans


def build():
    lines = []
    used = {}
    blocks = [g for g in GENS if not g[2]]
    singles_noise = [g for g in GENS if g[2] and g[1] in NOISE_FNS]
    singles_phi = [g for g in GENS if g[2] and g[1] not in NOISE_FNS]
    # guarantee every block-type family appears at least once, spread out
    forced = [g[1] for g in blocks]
    R.shuffle(forced)
    step = 0
    while len(lines) < N_LINES:
        tick()
        step += 1
        if forced and step % 11 == 0:
            fn = forced.pop()
        elif R.random() < 0.17:
            fn = R.choices(blocks, [g[0] for g in blocks])[0][1]
        else:
            nz = sum(1 for b in lines if is_noise(b)) / max(1, len(lines))
            pool = singles_noise if nz < TARGET_NOISE else singles_phi
            fn = R.choices(pool, [g[0] for g in pool])[0][1]
        if used.get(fn, 0) >= CAPS.get(fn, 10 ** 6):
            fn = R.choice(NOISE_SINGLE)
        used[fn] = used.get(fn, 0) + 1
        block = fn()
        if len(lines) + len(block) > N_LINES:
            block = R.choice(NOISE_SINGLE)()
        lines.extend(block)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES, len(lines)
    cats = {c for _, L in lines for (_, _, c, _) in L.spans}
    want = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan",
            "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}
    assert want <= cats, want - cats
    log_out, lab_out = [], []
    for i, (fam, L) in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text, (i, text)
        bt = text.encode("utf-8")
        spans = []
        last_e = -1
        for s, e, c, v in sorted(L.spans):
            assert bt[s:e].decode("utf-8") == v, (i, s, e, v)
            assert s >= last_e, (i, "overlap")
            last_e = e
            spans.append({"s": s, "e": e, "cat": c})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
