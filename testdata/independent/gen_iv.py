#!/usr/bin/env python3
"""Synthetic labeled log corpus "iv": third-party administrator (TPA) of a
veterans' community care network (fictional "Keystone Community Care
Administrators", KCCA).

Systems covered: referral/authorization intake from VA facilities (HSRM JSON,
HL7 v2 REF^I12, FHIR), provider network scheduling (HL7 SIU^S12, CSV export),
claims adjudication and appeals (X12 837P / 835, Spring Boot logback, logfmt),
beneficiary travel reimbursement (Python logging, pipe batch rows), mental
health / urgent care eligibility (SOAP XML), call center notes (Genesys /
Salesforce, English and Spanish), secure messaging (JSON), IVR (Serilog),
portal/web (nginx, Go zap JSON, CEF), mail (postfix), database (PostgreSQL),
streaming (Kafka), batch (Airflow), Kubernetes/syslog infrastructure noise.

All people, identifiers, addresses and numbers are synthetic.

Labeling decisions:
- Label identifiers of the veteran/beneficiary and of persons in the
  veteran's record: spouses, caregivers, OHI subscribers, emergency contacts.
- Do NOT label clinicians, community care providers, VA staff, TPA call
  center agents, reviewers (names, NPIs, TINs, phones, faxes, emails),
  facilities, station numbers, VISNs, SEOC codes, CPT/ICD codes, payer IDs.
- ICN (VA MPI Integration Control Number, 10 digits + 'V' + 6 digits) -> mrn,
  also when it appears in a URL path or as a FHIR resource id.
- EDIPI (DoD 10-digit person identifier) -> other_id.
- Full SSN -> ssn; last four of SSN ("L4", ssnLast4) -> ssn; the VA
  "last-name initial + last four" short identifier (e.g. K4821) -> ssn as one
  span; masked SSNs (***-**-1234) -> only the visible four digits labeled.
- KCCA member ID, Medicare MBI, other health insurance policy numbers -> health_plan.
- VA referral/authorization numbers (VA000...), VistA consult IDs
  (station_IEN), TPA claim numbers, appeal IDs, travel claim IDs, call center
  case numbers, portal usernames -> other_id.
- Provider's patient control number (X12 CLM01 / 835 CLP01), bank account
  numbers for travel EFT, Direct Express card numbers -> account.
  ABA routing numbers identify the bank, not the person: not labeled.
- Dates: label calendar dates tied to the veteran (birth, death, service,
  appointment, admission/discharge, travel, referral effective/expiration,
  claim receipt, last visit), in any format incl. VA FileMan (e.g. 2610703);
  appointment date-times are one span. Not labeled: log timestamps,
  X12 ISA/GS/BHT envelope dates, HL7 MSH date-time, batch/run dates, fee
  schedule effective dates, year alone.
- Age labeled only when over 89.
- Addresses: street line, city (and county) are separate spans; state is not
  labeled; ZIP (5 or 9 digits) -> zip. Geocoded lat/long of a veteran's home
  -> address. VA facility and provider addresses are not labeled.
- Veteran's public IP (portal/mobile clients) -> ip; private 10.x/172.x/192.168
  infrastructure addresses are not labeled.
- Vehicle plate and VIN of the veteran's vehicle -> vehicle.
- Serial/IMEI/MAC of VA-issued home telehealth devices assigned to a
  veteran -> device.
- Voiceprint template (IVR voice biometrics) -> biometric; base64 face image
  from an ID upload -> photo; driver's license number -> license.
- Personal URLs posted by a veteran (fundraiser, blog) -> url.
- Name parts split across fields (X12 NM1, HL7 XPN, JSON first/last) are
  separate spans; names in one field are one span (incl. middle initial).
- Conversation/message/trace/span UUIDs, Kafka offsets, batch IDs,
  placer/filler appointment IDs of the scheduling system are not labeled.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import datetime, timedelta, date

R = random.Random(20241014)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "iv"
N_LINES = 500
TARGET_NOISE = 275


# ---------------------------------------------------------------- builder
class L:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        s0 = len(self.buf)
        self.t(s)
        self.spans.append((s0, len(self.buf), cat, s))
        return self

    def text(self):
        return self.buf.decode("utf-8")


def esc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def js(l, key, val, cat=None, first=False):
    l.t(("" if first else ",") + '"' + key + '":"')
    l.p(esc(val), cat)
    l.t('"')


def jr(l, key, raw, first=False):
    l.t(("" if first else ",") + '"' + key + '":' + raw)


# ---------------------------------------------------------------- clock
NOW = datetime(2024, 10, 14, 5, 58, 12, 117000)


def tick(lo=0.05, hi=35.0):
    global NOW
    NOW += timedelta(seconds=R.uniform(lo, hi))


def ms():
    return "%03d" % (NOW.microsecond // 1000)


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_logback():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_syslog():
    return NOW.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if NOW.day < 10 else NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_pg():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + ms() + " UTC"


def ts_serilog():
    t = NOW - timedelta(hours=5)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms() + " -05:00"


def ts_epoch():
    return "%.3f" % (NOW - datetime(1970, 1, 1)).total_seconds()


# ---------------------------------------------------------------- random helpers
HEX = "0123456789abcdef"


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O")


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "mon":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    if style == "vista":
        return d.strftime("%b %d,%Y").upper()
    if style == "fileman":
        return "%03d%02d%02d" % (d.year - 1700, d.month, d.day)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


ALL_DATE_STYLES = ["iso", "us", "us_short", "compact", "dmon", "mon", "vista", "eu", "long"]


def rdate(y0, y1):
    a = date(y0, 1, 1).toordinal()
    b = date(y1, 12, 28).toordinal()
    return date.fromordinal(R.randint(a, b))


def near_date(back=120, fwd=0):
    base = date(2024, 10, 14).toordinal()
    return date.fromordinal(base + R.randint(-back, fwd))


def fake_ssn():
    while True:
        a = R.randint(1, 665)
        if a in (666,):
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "123-45-6789", "219-09-9999"):
            return v


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


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


WMI_MAKE = {"1FT": "FORD", "1GC": "CHEVROLET", "3GN": "CHEVROLET", "5TD": "TOYOTA", "1C6": "RAM", "2T3": "TOYOTA",
            "JTM": "TOYOTA", "4S4": "SUBARU", "1HG": "HONDA", "KNM": "NISSAN"}


def fake_vin():
    wmi = R.choice(sorted(WMI_MAKE))
    v = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("MNPR") + R.choice("ABCDEFGHJ") + digits(6))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def fake_plate(st):
    pat = R.choice(["LLL-DDDD", "LLLDDDD", "DLLLDDD", "LLDDDDD", "DDD LLL"])
    out = ""
    for c in pat:
        out += R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L" else (R.choice("0123456789") if c == "D" else c)
    return out


def jpeg_b64(n=150):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()


def blob_b64(n=72, head=b"VPT1"):
    return base64.b64encode(head + bytes(R.randrange(256) for _ in range(n))).decode()


# ---------------------------------------------------------------- reference data
CITIES = [
    ("Killeen", "Bell", "TX", "765", "254"), ("El Paso", "El Paso", "TX", "799", "915"),
    ("Fayetteville", "Cumberland", "NC", "283", "910"), ("Tacoma", "Pierce", "WA", "984", "253"),
    ("Bayamón", "Bayamón", "PR", "009", "787"), ("Honolulu", "Honolulu", "HI", "968", "808"),
    ("Cheyenne", "Laramie", "WY", "820", "307"), ("Biloxi", "Harrison", "MS", "395", "228"),
    ("Gallup", "McKinley", "NM", "873", "505"), ("Anchorage", "Anchorage", "AK", "995", "907"),
    ("Dayton", "Montgomery", "OH", "454", "937"), ("Pensacola", "Escambia", "FL", "325", "850"),
    ("Clarksville", "Montgomery", "TN", "370", "931"), ("Watertown", "Jefferson", "NY", "136", "315"),
    ("Rapid City", "Pennington", "SD", "577", "605"), ("Yuma", "Yuma", "AZ", "853", "928"),
    ("Lafayette", "Lafayette", "LA", "705", "337"), ("Hilo", "Hawaii", "HI", "967", "808"),
    ("Spokane Valley", "Spokane", "WA", "992", "509"), ("Carolina", "Carolina", "PR", "009", "939"),
]
CITY_LL = {"Killeen": (31.117, -97.728), "El Paso": (31.762, -106.485), "Fayetteville": (35.053, -78.878),
           "Tacoma": (47.253, -122.444), "Bayamón": (18.398, -66.155), "Honolulu": (21.307, -157.858),
           "Cheyenne": (41.140, -104.820), "Biloxi": (30.396, -88.885), "Gallup": (35.528, -108.743),
           "Anchorage": (61.218, -149.900), "Dayton": (39.758, -84.191), "Pensacola": (30.421, -87.217),
           "Clarksville": (36.530, -87.359), "Watertown": (43.975, -75.911), "Rapid City": (44.080, -103.231),
           "Yuma": (32.693, -114.628), "Lafayette": (30.224, -92.020), "Hilo": (19.707, -155.089),
           "Spokane Valley": (47.673, -117.239), "Carolina": (18.381, -65.957)}
STREETS = ["Calle Loma Verde", "Veterans Pkwy", "W Rancier Ave", "Old Post Rd", "Pine Hollow Ln",
           "Kamehameha Hwy", "Bayou Oaks Dr", "NE 112th St", "County Road 418", "Avenida Ponce de León",
           "Sitka Spruce Ct", "Mesa Ridge Blvd", "Rue Dauphine", "Magnolia Bend", "S Yosemite Way",
           "Frontier Trail", "Cedar Hill Cir", "Calle Los Robles", "Ala Moana Blvd", "Lakeshore Dr E",
           "MLK Jr Blvd", "Hwy 491", "Wolverine Loop", "Chestnut St"]

PEOPLE_RAW = [
    ("Tomás", "Ortega-Ruiz", "M"), ("Aaliyah", "Washington", "F"), ("Kwame", "Mensah", "M"), ("Siobhan", "O'Connell", "F"),
    ("Hiroshi", "Tanaka", "M"), ("Pieter", "van der Berg", "M"), ("Fatima", "Al-Sayed", "F"), ("Jean-Luc", "Desrosiers", "M"),
    ("Priya", "Raghunathan", "F"), ("Dmitri", "Volkov", "M"), ("Leilani", "Kahananui", "F"), ("Bao", "Tran", "M"),
    ("Ignacio", "de la Cruz", "M"), ("Oluwaseun", "Adeyemi", "M"), ("Margaret", "McAllister", "F"), ("Jamal", "Haddad", "M"),
    ("Ngozi", "Okafor", "F"), ("Wojciech", "Kowalczyk", "M"), ("Esperanza", "Villanueva", "F"), ("Tyrone", "Jefferson", "M"),
    ("Kateri", "Runningwater", "F"), ("Søren", "Lindqvist", "M"), ("Ana Lucía", "Benítez", "F"), ("Duc", "Pham", "M"),
    ("Rashida", "Bello", "F"), ("Connor", "MacLeod", "M"), ("Giuseppe", "DiMarco", "M"), ("Mei-Ling", "Chou", "F"),
    ("Abdirahman", "Farah", "M"), ("Yolanda", "St. Pierre", "F"), ("Rafael", "dos Santos", "M"), ("Ekaterina", "Smirnova-Hart", "F"),
    ("Dwayne", "LeBlanc", "M"), ("Hana", "Kim", "F"), ("Osvaldo", "Quiñones", "M"), ("Brigid", "Fitzgerald", "F"),
    ("Keanu", "Akana", "M"), ("Samuel", "Oyelaran", "M"), ("Zofia", "Nowak", "F"), ("Terrence", "Boateng", "M"),
    ("Consuelo", "Arriaga", "F"), ("Vincent", "Nakamura-Lee", "M"), ("Deborah", "Whitehorse", "F"), ("Luis Alberto", "Rosario", "M"),
    ("Imani", "Grant", "F"), ("Gerald", "Pruitt", "M"), ("Thanh", "Nguyen", "F"), ("Ahmad", "Rahimi", "M"),
    ("Marguerite", "Delacroix", "F"), ("Ray", "Yazzie", "M"), ("Shirley", "Abernathy", "F"), ("Francisco Javier", "Mendoza Ibarra", "M"),
    ("Olga", "Petrenko", "F"), ("Darnell", "Ricks", "M"), ("Ingrid", "Haugen", "F"), ("Mohammed", "Bakr", "M"),
    ("Lupe", "Tuiasosopo", "F"), ("Eamon", "Ó Briain", "M"), ("Chidi", "Nwosu", "M"), ("Rosalind", "Vance-Whitaker", "F"),
]
OLD = {"Pruitt", "Abernathy", "McAllister", "Yazzie", "Lindqvist"}
SPOUSE_GIVEN = {"M": ["María", "Linda", "Keiko", "Adaeze", "Rosa", "Svetlana", "Carol", "Thuy", "Noelani", "Bernadette"],
                "F": ["Robert", "Kenji", "Emeka", "José", "Walter", "Andrzej", "Marcus", "Hamid", "Liam", "Tevita"]}


class Person:
    pass


def make_person(g, f, sex):
    p = Person()
    p.given, p.family, p.sex = g, f, sex
    p.middle = R.choice(["A", "J", "M", "R", "L", "E", "", "", "T", "K"])
    if f in OLD:
        p.dob = rdate(1929, 1934)
    else:
        p.dob = rdate(1942, 1999)
    today = date(2024, 10, 14)
    p.age = today.year - p.dob.year - ((today.month, today.day) < (p.dob.month, p.dob.day))
    p.ssn = fake_ssn()
    p.l4 = p.ssn[-4:]
    p.icn = "10" + digits(8) + "V" + digits(6)
    p.edipi = "1" + digits(9)
    p.member = "KC" + digits(10)
    city = R.choice(CITIES)
    p.city, p.county, p.state, z3, p.area = city
    p.zip = z3 + digits(2)
    p.zip4 = p.zip + digits(4)
    if R.random() < 0.12:
        p.street = R.choice(["PO Box %d" % R.randint(10, 9999), "HC 61 Box %d" % R.randint(100, 9999), "RR 2 Box %d" % R.randint(10, 499)])
    else:
        p.street = "%d %s" % (R.randint(12, 19999), R.choice(STREETS))
        if R.random() < 0.25:
            p.street += R.choice([" Apt %d" % R.randint(1, 420), " Unit %s" % R.choice("ABCDEF"), " #%d" % R.randint(2, 90), " Lot %d" % R.randint(1, 80)])
    p.phone = (p.area, str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))
    p.cell = (R.choice([p.area, p.area, "202", "719", "830"]), str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))
    a = strip_acc(g).lower().replace(" ", "").replace("-", "")
    b = strip_acc(f).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    yy = p.dob.strftime("%y")
    p.email = R.choice([
        "%s.%s%s@gmail.com" % (a, b, yy), "%s%s%s@yahoo.com" % (a[0], b, p.dob.year), "%s_%s@outlook.com" % (b, a),
        "%s.%s.usmc@gmail.com" % (a, b), "%s%s@icloud.com" % (a, b[:4]), "%s.%s@hotmail.com" % (b, a[0]),
        "%s%s.army@aol.com" % (a[0], b), "%s%s@comcast.net" % (a, yy)])
    p.username = R.choice(["%s%s%s" % (a[0], b, yy), "%s.%s" % (a, b), "%s_%s%d" % (b, a[0], R.randint(1, 99)), "%s%s" % (a, p.l4[-2:])])
    p.spouse_given = R.choice(SPOUSE_GIVEN[sex])
    p.spouse_family = f if R.random() < 0.7 else R.choice(["Morales", "Brennan", "Suzuki", "Eze", "Kowalski", "Tupou"])
    p.plate = fake_plate(p.state)
    p.vin = fake_vin()
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 68, 71, 76, 99, 107, 136, 166, 184, 47, 72]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p.acct = digits(R.choice([9, 10, 11, 12]))
    p.card = luhn_complete("511563")
    p.dl = R.choice(["%s%s" % (R.choice("ABDFGHJKLMNPRSTWY"), digits(8)), digits(8), digits(9), "%s-%s-%s" % (digits(3), digits(3), digits(3))])
    la, lo = CITY_LL[p.city]
    p.lat = "%.5f" % (la + R.uniform(-0.08, 0.08))
    p.lon = "%.5f" % (lo + R.uniform(-0.08, 0.08))
    p.fax = (p.area, str(R.randint(201, 989)), "%04d" % R.randint(0, 9999))
    return p


PEOPLE = [make_person(*x) for x in PEOPLE_RAW]


def pick():
    return R.choice(PEOPLE)


def pick_old(prob=0.6):
    if R.random() < prob:
        return R.choice([q for q in PEOPLE if q.age > 89])
    return pick()


def ph(t, style=None):
    a, e, n = t
    style = style or R.choice(["paren", "dash", "plain", "dot", "intl", "e164", "paren2"])
    return {"paren": "(%s) %s-%s" % (a, e, n), "paren2": "(%s)%s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n),
            "plain": a + e + n, "dot": "%s.%s.%s" % (a, e, n), "intl": "+1 %s %s %s" % (a, e, n),
            "e164": "+1" + a + e + n}[style]


def full(p, mid=None):
    mid = R.random() < 0.3 if mid is None else mid
    return p.given + (" %s." % p.middle if mid and p.middle else "") + " " + p.family


def name_form(p):
    k = R.randint(0, 7)
    if k == 0:
        return "%s, %s" % (p.family, p.given)
    if k == 1:
        return "%s,%s%s" % (strip_acc(p.family).upper(), strip_acc(p.given).upper(), (" " + p.middle) if p.middle else "")
    if k == 2:
        return "%s. %s" % (p.given[0], p.family)
    if k == 3:
        return full(p).lower()
    if k == 4:
        return full(p).upper()
    return full(p)


def vista(p):
    return "%s,%s%s" % (strip_acc(p.family).upper(), strip_acc(p.given).upper(), (" " + p.middle) if p.middle else "")


def up(s):
    return strip_acc(s).upper()


def short_id(p):
    return strip_acc(p.family).replace("de la ", "").replace("van der ", "").replace("dos ", "").replace("St. ", "")[0].upper() + p.l4


def refno():
    return "VA000" + digits(7)


STATIONS = [("674", "Central Texas VHCS"), ("663", "VA Puget Sound HCS"), ("672", "VA Caribbean HCS"),
            ("459", "VA Pacific Islands HCS"), ("501", "New Mexico VAHCS"), ("528A7", "Syracuse VAMC"),
            ("520", "Gulf Coast VHCS"), ("565", "Fayetteville VAMC"), ("756", "El Paso VAHCS"),
            ("442", "Cheyenne VAMC"), ("568", "Black Hills HCS"), ("463", "Alaska VAHCS"), ("552", "Dayton VAMC"),
            ("626", "Tennessee Valley HCS"), ("649", "Northern Arizona VAHCS")]


def consult(st=None):
    st = st or R.choice(STATIONS)[0]
    return "%s_%d" % (st, R.randint(1000000, 9999999))


def claimno():
    return "KC24%03d%s" % (R.randint(200, 290), digits(6))


def pcn():
    return R.choice(["PA", "A", "ACCT", "", "V"]) + digits(R.choice([6, 7, 8, 9]))


def btc():
    return "BTC-24-%07d" % R.randint(1, 999999)


def appeal_id():
    return "APL-2024-%06d" % R.randint(1, 99999)


def caseno():
    return "%08d" % R.randint(400000, 999999)


SEOC_CAT = [("MHC_PSYCHOTHERAPY_OUTPATIENT_1.0.4", "MENTAL_HEALTH"), ("ORTHO_KNEE_1.2.1", "ORTHOPEDICS"), ("PT_1.1.6", "PHYSICAL_THERAPY"),
            ("OPT_ROUTINE_EYE_1.0.2", "OPTOMETRY"), ("SLEEP_STUDY_1.2.0", "SLEEP_MEDICINE"), ("CARDIOLOGY_1.1.3", "CARDIOLOGY"),
            ("AUDIOLOGY_1.0.5", "AUDIOLOGY"), ("CHIRO_1.2.2", "CHIROPRACTIC"), ("GI_COLONOSCOPY_1.3.0", "GASTROENTEROLOGY"),
            ("MHC_PTSD_RESIDENTIAL_1.0.1", "MENTAL_HEALTH"), ("DERM_1.0.7", "DERMATOLOGY"), ("PODIATRY_1.1.0", "PODIATRY"),
            ("URO_1.0.3", "UROLOGY"), ("ONC_MED_1.4.0", "ONCOLOGY"), ("URGENT_CARE_1.0.0", "URGENT_CARE")]
SEOCS = [a for a, _ in SEOC_CAT]
PROVIDERS = [
    ("Lone Star Orthopedics PLLC", "1487736201", "741234567", "(254) 743-1000", "(254) 743-1099", "TEMPLE", "TX"),
    ("Rivera Behavioral Health LLC", "1093847561", "852277310", "(915) 532-4410", "(915) 532-4499", "EL PASO", "TX"),
    ("Sound Family Chiropractic", "1790623148", "911502284", "(253) 582-7700", "(253) 582-7701", "LAKEWOOD", "WA"),
    ("Cape Fear Sleep Diagnostics", "1316094475", "562219043", "(910) 484-2230", "(910) 484-2231", "FAYETTEVILLE", "NC"),
    ("Centro Médico del Norte", "1558392017", "660933218", "(787) 798-5500", "(787) 798-5501", "BAYAMON", "PR"),
    ("Kapiolani Vision Partners", "1962507738", "990318452", "(808) 944-3120", "(808) 944-3121", "HONOLULU", "HI"),
    ("Gulf Coast Cardiology Assoc", "1205938864", "640087712", "(228) 388-6000", "(228) 388-6009", "GULFPORT", "MS"),
    ("Frontier Telepsychiatry Group", "1639271055", "832205179", "(307) 635-1180", "(307) 635-1181", "CHEYENNE", "WY"),
]
CLINICIANS = ["PATEL,RAJESH", "WHITFIELD,KAREN", "OKONJO,ADA", "BRENNAN,MICHAEL", "SANTIAGO,LUZ", "KAPLAN,ERIC",
              "HOLLOWAY,DIANE", "CHANG,WEI", "MORRISON,SEAN", "AL-KHOURY,NADIA"]
AGENTS = ["jmorales", "tbakshi", "kfreeman", "lnguyen2", "arodriguez", "mwhitcomb", "dsaeed", "pcarrillo", "hsmalls", "bokafor"]
AGENT_NAMES = ["Jasmine Morales", "Tariq Bakshi", "Kelly Freeman", "Linh Nguyen", "Alma Rodríguez", "Mark Whitcomb"]
PODS = ["referral-intake-7d9f8b6c4-x2lqp", "claims-adjud-5c8d7f9b8-kk4tz", "travel-api-6b5f4c7d9-9wq2m",
        "elig-svc-84c6d5b7f-p7rnd", "securemsg-5f7b9c6d8-vtz4h", "gateway-7c9d6b5f4-m3kq8", "appeals-svc-66d8f7c5b-j2xw9"]
NODES = ["ip-10-40-3-17.ec2.internal", "ip-10-40-5-122.ec2.internal", "ip-10-40-7-201.ec2.internal", "ip-10-40-9-88.ec2.internal"]


def priv_ip():
    return R.choice(["10.40.%d.%d" % (R.randint(0, 15), R.randint(2, 254)), "172.20.%d.%d" % (R.randint(0, 31), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 9), R.randint(2, 254))])


def trace():
    return hx(32)


def span():
    return hx(16)


# ================================================================ PHI generators
def g_hsrm_json():
    p = pick()
    st, stname = R.choice(STATIONS)
    l = L("hsrm_referral_json")
    l.t("%s INFO  [referral-intake] [%s] HSRM referral received: {" % (ts_iso(), R.choice(PODS[:1])))
    js(l, "referralNumber", refno(), "other_id", first=True)
    if R.random() < 0.8:
        js(l, "consultId", consult(st), "other_id")
    js(l, "stationId", st)
    seoc, cat = R.choice(SEOC_CAT)
    js(l, "seocId", seoc)
    l.t(',"veteran":{')
    first = True
    if R.random() < 0.9:
        js(l, "icn", p.icn, "mrn", first=True)
        first = False
    if R.random() < 0.6:
        js(l, "edipi", p.edipi, "other_id", first=first)
        first = False
    if R.random() < 0.5:
        js(l, "ssnLast4", p.l4, "ssn", first=first)
        first = False
    js(l, "lastName", p.family if R.random() < 0.5 else up(p.family), "name", first=first)
    js(l, "firstName", p.given if R.random() < 0.5 else up(p.given), "name")
    if R.random() < 0.8:
        js(l, "dateOfBirth", fmt_date(p.dob, R.choice(["iso", "iso", "compact", "us"])), "date")
    js(l, "gender", p.sex)
    if R.random() < 0.6:
        js(l, "homePhone", ph(p.phone, R.choice(["plain", "dash", "paren"])), "phone")
    if R.random() < 0.5:
        l.t(',"address":{')
        js(l, "line1", p.street, "address", first=True)
        js(l, "city", p.city, "address")
        js(l, "state", p.state)
        js(l, "zipCode", p.zip, "zip")
        l.t("}")
    l.t("}")
    ref_d = near_date(20, 0)
    js(l, "referralDate", fmt_date(ref_d, "iso"), "date")
    if R.random() < 0.7:
        js(l, "expirationDate", fmt_date(ref_d + timedelta(days=180), "iso"), "date")
    js(l, "urgency", R.choice(["ROUTINE", "ROUTINE", "URGENT", "STAT"]))
    js(l, "category", cat)
    l.t(',"requestingProvider":{')
    prov = R.choice(CLINICIANS)
    js(l, "npi", "1" + digits(9), first=True)
    js(l, "name", prov)
    l.t('},"visitsAuthorized":%d,"source":"HSRM","schemaVersion":"3.2"}' % R.choice([1, 4, 6, 8, 12]))
    return [l]


def hl7_msh(sending, typ, ctrl):
    l = L("hl7v2")
    l.t("MSH|^~\\&|%s|%s|KCCA-INTAKE|KCCA|%s||%s|%s|P|2.5.1|||AL|NE" % (
        sending, R.choice(STATIONS)[0] + "^VHA^L", NOW.strftime("%Y%m%d%H%M%S"), typ, ctrl))
    return l


def hl7_pid(p):
    l = L("hl7v2")
    l.t("PID|1||")
    l.p(p.icn, "mrn").t("^^^USVHA&&0363^NI^VA FACILITY ID&200M&L~")
    if R.random() < 0.6:
        l.p(p.ssn.replace("-", ""), "ssn").t("^^^USSSA&&0363^SS^VA FACILITY ID&200M&L~")
    l.p(p.edipi, "other_id").t("^^^USDOD&&0363^EDIPI^DOD&200DOD&L||")
    l.p(up(p.family), "name").t("^").p(up(p.given), "name").t("^^^^^L||")
    l.p(fmt_date(p.dob, "compact"), "date").t("|%s|||" % p.sex)
    l.p(up(p.street), "address").t("^^").p(up(p.city), "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^P||")
    l.p(ph(p.phone, "paren2"), "phone").t("^PRN^PH|||||||||||||||||")
    return l


def g_hl7_ref():
    p = pick()
    ctrl = "%s%s" % (R.choice(STATIONS)[0], digits(10))
    out = []
    h = L("hl7v2")
    h.t("%s INFO  [mllp-listener-%d] c.k.intake.hl7.MllpInboundHandler : inbound REF^I12 ctrl=%s bytes=%d from %s:%d" % (
        ts_logback(), R.randint(1, 8), ctrl, R.randint(1400, 4200), priv_ip(), R.choice([5025, 5026, 2575])))
    out.append(h)
    out.append(hl7_msh("VISTA-HSRM", "REF^I12^REF_I12", ctrl))
    rf = L("hl7v2")
    eff = near_date(15, 0)
    rf.t("RF1|A^Accepted^HL70283|%s^HL70280|%s^VA0280|O^Outpatient^HL70282|RF^Referral^HL70336|" % (
        R.choice(["R^Routine", "S^STAT", "A^ASAP"]), R.choice(["MH^Mental Health", "ORT^Orthopedics", "OPT^Optometry", "SLP^Sleep"])))
    rf.p(refno(), "other_id").t("|").p(fmt_date(eff, "compact"), "date").t("|").p(fmt_date(eff + timedelta(days=180), "compact"), "date")
    rf.t("|||").p(consult(), "other_id")
    out.append(rf)
    prd = L("hl7v2")
    prov = R.choice(CLINICIANS).split(",")
    prd.t("PRD|RP^Referring Provider^HL70286|%s^%s^^^MD||^^^^^^^^^%s||1%s^^^^NPI" % (prov[0], prov[1], R.choice(PROVIDERS)[3], digits(9)))
    out.append(prd)
    out.append(hl7_pid(p))
    if R.random() < 0.6:
        n = L("hl7v2")
        k = R.randint(0, 2)
        n.t("NTE|1||")
        if k == 0:
            n.t("Vet prefers afternoon appts; spouse ").p(p.spouse_given + " " + p.spouse_family, "name").t(" is POC ").p(ph(p.cell), "phone")
        elif k == 1:
            n.t("Pt requests provider within 40 mi of home; alt cell ").p(ph(p.cell), "phone").t(". Needs interpreter: N")
        else:
            n.t("Urgent per MH provider - PHQ-9 = 19. Seen in ED ").p(fmt_date(near_date(30), "us"), "date").t(". Do not schedule before 0900.")
        out.append(n)
    return out


def g_hl7_siu():
    p = pick()
    ctrl = "KSCH" + digits(9)
    out = [hl7_msh("KCCA-SCHED", "SIU^S12^SIU_S12", ctrl)]
    s = L("hl7v2")
    ad = datetime(2024, 10, 14, 8, 0) + timedelta(days=R.randint(2, 40), minutes=15 * R.randint(0, 36))
    s.t("SCH|%s^KCCA|%s^%s||||%s|%s|%d|MIN|^^%d^" % (
        digits(8), digits(7), R.choice([p_[0] for p_ in PROVIDERS])[:12].upper().replace(" ", ""),
        R.choice(["ROUTINE^Routine", "FOLLOWUP^Follow-up", "NEW^New Patient"]), R.choice(["OFFICE", "VVC", "TELEHEALTH"]),
        30, 30))
    s.p(ad.strftime("%Y%m%d%H%M"), "date").t("|||||||||||||||Booked")
    out.append(s)
    out.append(hl7_pid(p))
    a = L("hl7v2")
    prov = R.choice(PROVIDERS)
    a.t("AIL|1||%s^^^%s|" % (R.choice(["EXAM3", "SUITE200", "TELE01", "RM12"]), prov[0]))
    out.append(a)
    b = L("hl7v2")
    c = R.choice(CLINICIANS).split(",")
    b.t("AIP|1||%s^%s^%s^^^^%s|%s" % (prov[1], c[0], c[1], R.choice(["MD", "DO", "PSYD", "DPT", "OD"]), R.choice(["ATTENDING", "PERFORMING"])))
    out.append(b)
    return out


def g_x12_837():
    p = pick()
    prov = R.choice(PROVIDERS)
    ctl = "%09d" % R.randint(1, 999999)
    out = []

    def seg(s=None):
        l = L("x12_837p")
        if s:
            l.t(s)
        out.append(l)
        return l
    seg("ISA*00*          *00*          *ZZ*KCCACLRHSE     *ZZ*KCCACCN        *%s*%s*^*00501*%s*0*P*:~" % (
        NOW.strftime("%y%m%d"), NOW.strftime("%H%M"), ctl))
    seg("GS*HC*KCCACLRHSE*KCCACCN*%s*%s*%d*X*005010X222A1~" % (NOW.strftime("%Y%m%d"), NOW.strftime("%H%M"), int(ctl)))
    seg("ST*837*0001*005010X222A1~")
    seg("BHT*0019*00*B%s*%s*%s*CH~" % (digits(8), NOW.strftime("%Y%m%d"), NOW.strftime("%H%M")))
    seg("NM1*85*2*%s*****XX*%s~" % (up(prov[0]), prov[1]))
    seg("N3*%d %s~" % (R.randint(100, 9999), R.choice(["S 31ST ST", "MEDICAL PKWY", "PROFESSIONAL DR", "CALLE DEGETAU"])))
    seg("N4*%s*%s*%s~" % (prov[5], prov[6], {"TX": "76504", "WA": "98499", "NC": "28304", "PR": "00961", "HI": "96814", "MS": "39501", "WY": "82001"}[prov[6]] + digits(4)))
    seg("REF*EI*%s~" % prov[2])
    seg("SBR*P*18*******VA~")
    s = seg("NM1*IL*1*")
    s.p(up(p.family), "name").t("*").p(up(p.given), "name").t("****MI*").p(p.member, "health_plan").t("~")
    s = seg("N3*")
    s.p(up(p.street), "address").t("~")
    s = seg("N4*")
    s.p(up(p.city), "address").t("*%s*" % p.state).p(R.choice([p.zip, p.zip4]), "zip").t("~")
    s = seg("DMG*D8*")
    s.p(fmt_date(p.dob, "compact"), "date").t("*%s~" % p.sex)
    seg("NM1*PR*2*KEYSTONE CCN*****PI*KCCA1~")
    s = seg("CLM*")
    amt = R.choice([85, 120, 185, 240, 310, 1450])
    s.p(pcn(), "account").t("*%d***11:B:1*Y*A*Y*Y~" % amt)
    s = seg("REF*G1*")
    s.p(refno(), "other_id").t("~")
    seg("HI*ABK:%s~" % R.choice(["F4310", "M1711", "G4733", "H401131", "I4891", "M5416"]))
    seg("LX*1~")
    seg("SV1*HC:%s*%d*UN*1***1~" % (R.choice(["99214", "90837", "97110", "95810", "92004", "98941"]), amt))
    s = seg("DTP*472*D8*")
    s.p(fmt_date(near_date(60, -3), "compact"), "date").t("~")
    seg("SE*%d*0001~" % (len(out) - 1))
    return out


def g_x12_835():
    p = pick()
    out = []
    h = L("spring_logback")
    h.t("%s  INFO 1 --- [   era-poller-1] c.k.ccn.remit.EraFileProcessor           : parsing ERA file=ERA_%s_%s.x12 size=%d payer=KCCA1" % (
        ts_logback(), NOW.strftime("%Y%m%d"), digits(4), R.randint(20000, 900000)))
    out.append(h)
    billed = R.choice([85, 120, 185, 240, 310])
    paid = round(billed * R.uniform(0.55, 0.9), 2)
    l = L("x12_835")
    l.t("CLP*").p(pcn(), "account").t("*1*%d*%.2f**MC*" % (billed, paid)).p(claimno(), "other_id").t("*11*1~")
    out.append(l)
    l = L("x12_835")
    l.t("NM1*QC*1*").p(up(p.family), "name").t("*").p(up(p.given), "name").t("****MI*").p(p.member, "health_plan").t("~")
    out.append(l)
    l = L("x12_835")
    l.t("DTM*232*").p(fmt_date(near_date(90, -5), "compact"), "date").t("~")
    out.append(l)
    out.append(L("x12_835").t("SVC*HC:%s*%d*%.2f**1~" % (R.choice(["99213", "90834", "97140"]), billed, paid)))
    out.append(L("x12_835").t("CAS*CO*45*%.2f~" % (billed - paid)))
    return out


def g_logback_claim():
    p = pick_old(0.25)
    l = L("spring_logback")
    thr = R.choice(["kafka-consumer-%d" % R.randint(0, 5), "adjud-worker-%d" % R.randint(1, 12), "http-nio-8080-exec-%d" % R.randint(1, 40)])
    lvl = R.choice(["INFO", "INFO", "WARN", "DEBUG"])
    k = R.randint(0, 6)
    cls = ["c.k.ccn.adjud.ClaimAdjudicator", "c.k.ccn.adjud.PendService", "c.k.ccn.adjud.DuplicateDetector",
           "c.k.ccn.adjud.CobService", "c.k.ccn.adjud.TimelyFilingRule", "c.k.ccn.adjud.MedicareCrossover",
           "c.k.ccn.adjud.DeceasedCheck"][k]
    if k in (1, 2, 4):
        lvl = "WARN"
    l.t("%s %5s 1 --- [%15s] %-40s : " % (ts_logback(), lvl, thr[-15:], cls))
    if k == 0:
        l.t("Adjudicating claim ").p(claimno(), "other_id").t(" memberId=").p(p.member, "health_plan").t(" dos=").p(
            fmt_date(near_date(60, -2), "iso"), "date").t(" cpt=%s billed=%d.00 seoc=%s" % (R.choice(["99214", "90837", "97110"]), R.choice([120, 185, 240]), R.choice(SEOCS)))
    elif k == 1:
        l.t("Claim ").p(claimno(), "other_id").t(" pended reason=PEND_AUTH_NOT_FOUND referral=").p(refno(), "other_id").t(
            " veteran=").p(vista(p), "name")
    elif k == 2:
        l.t("Duplicate suspected: ").p(claimno(), "other_id").t(" vs ").p(claimno(), "other_id").t(" same ICN ").p(p.icn, "mrn").t(
            " DOS ").p(fmt_date(near_date(60, -2), "us"), "date").t(" score=0.%d" % R.randint(80, 99))
    elif k == 3:
        l.t("OHI found for ").p(full(p), "name").t(": carrier=%s policy=" % R.choice(["AETNA", "BCBSTX", "UHC", "TRICARE FOR LIFE"])).p(
            R.choice(["W", "XJH", "U", ""]) + digits(9), "health_plan").t(" subscriber=").p(p.spouse_given + " " + p.spouse_family, "name").t(
            " subscriberDob=").p(fmt_date(rdate(1945, 1995), "iso"), "date").t(" -> VA secondary")
    elif k == 4:
        dos = near_date(400, -370)
        l.t("Timely filing exceeded claim=").p(claimno(), "other_id").t(" DOS=").p(fmt_date(dos, "iso"), "date").t(" received=").p(
            fmt_date(near_date(5), "iso"), "date").t(" limit=180d -> DENY CARC 29")
    elif k == 5:
        l.t("Medicare crossover: MBI ").p("%d%s%s%d%s%s%d%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                                    R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                                                    R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9)), "health_plan").t(
            " for veteran age ").p(str(p.age), "age" if p.age > 89 else None).t(", routing to MSP review")
    else:
        l.t("Deceased check hit: member ").p(p.member, "health_plan").t(" DOD ").p(fmt_date(near_date(200, -10), "us"), "date").t(
            " (source=VBA BIRLS); claims after DOD will deny")
    return [l]


TRAVEL_MODS = ["btsss.mileage", "btsss.smt", "btsss.vehicle", "btsss.payments", "btsss.payments", "btsss.claims", "btsss.geocode", "btsss.hardship"]


def g_travel_py(k=None):
    p = pick()
    l = L("python_logging")
    k = R.randint(0, 7) if k is None else k
    l.t("%s %s [%s] " % (ts_py(), R.choice(["INFO", "INFO", "WARNING"]), TRAVEL_MODS[k]))
    st = R.choice(STATIONS)[0]
    if k == 0:
        mi = round(R.uniform(8, 180), 1)
        l.t("mileage calc claim=").p(btc(), "other_id").t(" icn=").p(p.icn, "mrn").t(' origin="').p(
            p.street, "address").t(", ").p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip").t(
            '" dest_station=%s miles_rt=%.1f rate=0.415 gross=%.2f deductible=6.00' % (st, mi * 2, mi * 2 * 0.415))
    elif k == 1:
        l.t("special mode transport requested vet=").p(name_form(p), "name").t(" wheelchair=%s pickup=\"" % R.choice("YN")).p(
            "%s, %s" % (p.street, p.city), "address").t('" appt=').p(fmt_date(near_date(0, 30), R.choice(["iso", "us"])), "date").t(
            " vendor=%s" % R.choice(["MTM", "VETRIDE_LLC", "LOGISTICARE"]))
    elif k == 2:
        l.t("vehicle on file vet_l4=").p(p.l4, "ssn").t(" plate=").p(p.plate, "vehicle").t(" plate_state=%s vin=" % p.state).p(p.vin, "vehicle").t(
            " make=%s" % WMI_MAKE[p.vin[:3]])
    elif k == 3:
        l.t("EFT queued claim=").p(btc(), "other_id").t(' payee="').p(vista(p), "name").t('" routing=%s acct=' % R.choice(["111000025", "021000021", "031176110", "322271627"])).p(
            p.acct, "account").t(" type=%s amount=%.2f" % (R.choice(["CHK", "SAV"]), R.uniform(4, 160)))
    elif k == 4:
        l.t("payment method DIRECT_EXPRESS card=").p(" ".join([p.card[i:i + 4] for i in range(0, 16, 4)]) if R.random() < 0.5 else p.card, "account").t(
            " for ").p(full(p), "name").t(" amount=%.2f" % R.uniform(4, 90))
    elif k == 5:
        l.t("Travel claim ").p(btc(), "other_id").t(" rejected: no completed appt on ").p(fmt_date(near_date(40, -1), "us"), "date").t(
            " in VistA %s for ICN " % st).p(p.icn, "mrn")
    elif k == 6:
        l.t("geocode mismatch member=").p(p.member, "health_plan").t(" input='").p(p.street, "address").t(", ").p(p.city, "address").t(
            " %s " % p.state).p(p.zip, "zip").t("' resolved=(").p("%s,%s" % (p.lat, p.lon), "address").t(") confidence=0.%d" % R.randint(30, 69))
    else:
        l.t("hardship waiver approved for ").p(name_form(p), "name").t(" dob=").p(fmt_date(p.dob, "us"), "date").t(
            " county=").p(p.county, "address").t(" deductible waived")
    return [l]


def g_nginx_phi():
    p = pick()
    l = L("nginx_combined")
    l.p(p.ip, "ip").t(" - - [%s] \"" % ts_nginx())
    k = R.randint(0, 3)
    if k == 0:
        l.t("GET /portal/api/v2/veterans/").p(p.icn, "mrn").t("/eligibility HTTP/1.1\" 200 %d" % R.randint(300, 2200))
    elif k == 1:
        l.t("GET /portal/api/v1/referrals?referralNumber=").p(refno(), "other_id").t(" HTTP/2.0\" 200 %d" % R.randint(800, 5000))
    elif k == 2:
        l.t("POST /travel/api/claims HTTP/1.1\" %d %d" % (R.choice([201, 201, 400, 422]), R.randint(90, 600)))
    else:
        l.t("GET /portal/messages/threads HTTP/2.0\" 200 %d" % R.randint(1000, 9000))
    l.t(' "https://portal.keystoneccn.net/%s" "%s" rt=%.3f uct=0.00%d' % (
        R.choice(["dashboard", "referrals", "travel", "messages"]),
        R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
                  "KCCAVetApp/4.12.1 (Android 14; SM-S918U)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/17.6 Safari/605.1.15"]),
        R.uniform(0.01, 1.9), R.randint(1, 9)))
    return [l]


def g_csv_sched():
    out = []
    h = L("csv_export")
    h.t("appt_id,referral_no,vet_name,dob,l4,phone,provider_npi,provider_name,appt_datetime,modality,status")
    out.append(h)
    for _ in range(R.randint(2, 4)):
        p = pick()
        prov = R.choice(PROVIDERS)
        l = L("csv_export")
        ad = datetime(2024, 10, 14, 8, 0) + timedelta(days=R.randint(1, 45), minutes=15 * R.randint(0, 36))
        l.t("%s," % digits(8)).p(refno(), "other_id").t(',"').p("%s, %s" % (p.family, p.given), "name").t('",').p(
            fmt_date(p.dob, "us"), "date").t(",").p(p.l4, "ssn").t(",").p(ph(p.phone, R.choice(["dash", "plain", "paren"])), "phone").t(
            ',%s,"%s",' % (prov[1], prov[0])).p(ad.strftime("%Y-%m-%d %H:%M"), "date").t(",%s,%s" % (R.choice(["IN_PERSON", "VVC", "PHONE"]), R.choice(["BOOKED", "BOOKED", "CANCELLED_BY_PT", "NO_SHOW", "PENDING_PROVIDER"])))
        out.append(l)
    return out


def g_call_note(k=None):
    p = pick()
    l = L("callcenter_note")
    ag = R.choice(AGENTS)
    conv = uuid()
    style = R.randint(0, 1)
    if style == 0:
        l.t("%s INFO [genesys-wrapup] conversationId=%s agent=%s queue=%s wrapup=%s note=\"" % (
            ts_iso(), conv, ag, R.choice(["CCN-Travel", "CCN-Appointments", "CCN-Claims", "CCN-MH-Priority", "CCN-Spanish"]),
            R.choice(["TRAVEL_REIMB", "APPT_SCHED", "CLAIM_STATUS", "ELIG_QUESTION", "WARM_TRANSFER"])))
    else:
        l.t("%s sfdc.CaseComment INSERT case=" % ts_iso()).p(caseno(), "other_id").t(" owner=%s body=\"" % ag)
    k = R.randint(0, 9) if k is None else k
    if k == 6 and R.random() < 0.7:
        p = pick_old(0.8)
    if k == 0:
        l.t("Vet ").p(full(p), "name").t(" (L4 ").p(p.l4, "ssn").t(") called re: mileage claim denied for ").p(
            fmt_date(near_date(30, -1), "md"), "date").t(" appt. Verified DOB ").p(fmt_date(p.dob, "us"), "date").t(
            " and address. Advised to resubmit w/ receipts. CB# ").p(ph(p.cell), "phone")
    elif k == 1:
        l.t("Caller is spouse ").p(p.spouse_given, "name").t(", on VA Form 10-5345 as POA. Vet ").p(short_id(p), "ssn").t(
            " needs MH appt moved, prefers telehealth. Provider Rivera Behavioral Health notified.")
    elif k == 2:
        l.t("Veterano ").p(name_form(p), "name").t(" llamó; necesita cita de salud mental. Fecha de nacimiento ").p(
            fmt_date(p.dob, "eu").replace(".", "/"), "date").t(". Tel. ").p(ph(p.phone, R.choice(["dash", "paren"])), "phone").t(
            ". Se envió referido ").p(refno(), "other_id").t(" al proveedor.")
    elif k == 3:
        l.t("VCL warm transfer completed - vet ").p(p.given.upper(), "name").t(" stated SI w/o plan. Stayed on line until VCL responder connected. Case ").p(
            caseno(), "other_id").t(" flagged HRF.")
    elif k == 4:
        l.t("Vet wants records faxed to home fax ").p(ph(p.fax, R.choice(["dash", "dot"])), "fax").t(". Explained ROI must go through VA ").p(
            "Release of Information", None).t(". Gave 866-606-8198 opt 3.")
    elif k == 5:
        l.t("Urgent care elig confirmed for ").p(vista(p), "name").t(", last PCP visit ").p(fmt_date(near_date(150, -20), "vista"), "date").t(
            ". Directed to in-network UC at %s. Copay tier explained." % R.choice(["Killeen Urgent Care", "MedExpress Tacoma", "Pali Momi UC"]))
    elif k == 6:
        l.t("Vet is ").p(str(p.age), "age" if p.age > 89 else None).t(" y/o, HOH - spoke w/ daughter ").p(
            R.choice(["Denise", "Carla", "Mei", "Amara", "Gloria"]) + " " + p.family, "name").t(" at ").p(ph(p.cell), "phone").t(
            ". SMT van booked for ").p(fmt_date(near_date(0, 20), "us_short"), "date").t(" pickup from ").p(p.street, "address")
    elif k == 7:
        l.t("Vet reports VA-issued iPad SN ").p(R.choice(["DMPX", "GG7Y", "F9FZ", "DLXV"]) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)), "device").t(
            " won't join VVC. Escalated to Tier 2 (ticket INC%s)." % digits(7))
    elif k == 8:
        l.t("Claim ").p(claimno(), "other_id").t(" status: denied CO-197 (no auth). Vet ").p(name_form(p), "name").t(
            " says referral ").p(refno(), "other_id").t(" was issued ").p(fmt_date(near_date(90, -30), "dmon"), "date").t(". Opened appeal.")
    else:
        l.t("Updated mailing addr per vet: ").p(p.street, "address").t(", ").p(p.city, "address").t(" %s " % p.state).p(
            p.zip4 if R.random() < 0.5 else p.zip, "zip").t(". Email on file ").p(p.email, "email")
    l.t('"')
    return [l]


def g_securemsg(k=None):
    p = pick()
    l = L("securemsg_json")
    l.t("{")
    js(l, "ts", ts_iso(), first=True)
    js(l, "level", "info")
    js(l, "svc", "secure-msg")
    js(l, "event", R.choice(["message.received", "message.received", "message.sent"]))
    js(l, "threadId", uuid())
    l.t(',"from":{')
    js(l, "type", "VETERAN", first=True)
    js(l, "icn", p.icn, "mrn")
    js(l, "displayName", full(p, False), "name")
    l.t("}")
    js(l, "to", R.choice(["CCN_CARE_COORD_VISN17", "CCN_CARE_COORD_VISN20", "CCN_TRAVEL_DESK", "CCN_CLAIMS_VISN8"]))
    js(l, "subject", R.choice(["Appt question", "Travel pay", "Bill from provider", "Referral status", "Need new provider"]))
    l.t(',"body":"')
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        l.t("Hi,\\nmy appointment on ").p(fmt_date(near_date(0, 25), "long"), "date").t(" with the eye doctor got cancelled. Can you call me at ").p(
            ph(p.cell), "phone").t("?\\nThanks,\\n").p(p.given, "name")
    elif k == 1:
        l.t("I got a bill for $").t("%d.%02d" % (R.randint(40, 900), R.randint(0, 99))).t(" for my visit ").p(fmt_date(near_date(90, -10), "us"), "date").t(
            ". Account # on the bill is ").p(pcn(), "account").t(". I thought VA pays this?")
    elif k == 2:
        l.t("New address: ").p(p.street, "address").t("\\n").p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip").t(
            "\\nPlease update for travel pay checks.")
    elif k == 3:
        l.t("My neighbor set up a fundraiser for my truck repairs so I can get to appts: ").p(
            "https://www.gofundme.com/f/help-%s-%s-get-to-va-appointments" % (strip_acc(p.given).lower().replace(" ", "-"), strip_acc(p.family).lower().replace(" ", "-").replace("'", "")), "url").t(
            " - does travel pay cover tolls?")
    elif k == 4:
        l.t("Please send correspondence to my email ").p(p.email, "email").t(" instead of mail. - ").p(p.given[0] + ". " + p.family, "name")
    else:
        l.t("Referral ").p(refno(), "other_id").t(" says 8 visits but the therapist says only 4 approved. DOB ").p(fmt_date(p.dob, "us"), "date").t(" if needed.")
    l.t('","attachments":%d,"channel":"%s"}' % (R.choice([0, 0, 1]), R.choice(["web", "ios", "android"])))
    return [l]


def g_elig_xml():
    p = pick()
    l = L("soap_xml")
    l.t("%s DEBUG [elig-svc] o.a.cxf.services.EligibilityService.RESP_IN - Payload: " % ts_logback())
    l.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:getEligibilityResponse xmlns:ns2="http://kcca.net/ccn/elig/v3">')
    l.t("<veteran><icn>").p(p.icn, "mrn").t("</icn>")
    if R.random() < 0.6:
        l.t("<lastName>").p(up(p.family), "name").t("</lastName><firstName>").p(up(p.given), "name").t("</firstName>")
    l.t("<dob>").p(fmt_date(p.dob, R.choice(["iso", "compact"])), "date").t("</dob></veteran>")
    k = R.randint(0, 2)
    if k == 0:
        l.t('<mentalHealth eligible="true" basis="%s"/>' % R.choice(["PACT_ACT", "OTH_DISCHARGE", "38USC1712A", "MST"]))
    elif k == 1:
        l.t('<urgentCare eligible="%s"><lastPrimaryCareVisit>' % R.choice(["true", "false"])).p(fmt_date(near_date(700, -10), "iso"), "date").t(
            "</lastPrimaryCareVisit><rule>24MONTH_PC_LOOKBACK</rule></urgentCare>")
    else:
        l.t('<priorityGroup>%d</priorityGroup><enrollmentStatus>VERIFIED</enrollmentStatus><driveTimeMinutes>%d</driveTimeMinutes><accessStandard>%s</accessStandard>' % (
            R.randint(1, 8), R.randint(12, 140), R.choice(["DRIVE_TIME", "WAIT_TIME", "BEST_MED_INTEREST"])))
    l.t("</ns2:getEligibilityResponse></soap:Body></soap:Envelope>")
    return [l]


def g_appeal_kv():
    p = pick()
    l = L("logfmt")
    l.t('ts=%s level=info app=appeals-svc msg="%s" appeal_id=' % (ts_iso(), R.choice(["appeal transitioned", "appeal received", "decision letter queued"])))
    l.p(appeal_id(), "other_id").t(" claim_no=").p(claimno(), "other_id")
    if R.random() < 0.6:
        l.t(" member_id=").p(p.member, "health_plan")
    if R.random() < 0.5:
        l.t(' appellant="').p(name_form(p), "name").t('"')
    if R.random() < 0.4:
        l.t(" dos=").p(fmt_date(near_date(200, -20), R.choice(["iso", "compact"])), "date")
    if R.random() < 0.3:
        l.t(" rep=").p(p.spouse_given + " " + p.spouse_family, "name").t(" rep_relation=SPOUSE")
    l.t(" from=%s to=%s reviewer=%s level=%d trace_id=%s" % (
        R.choice(["RECEIVED", "IN_REVIEW", "MD_REVIEW"]), R.choice(["IN_REVIEW", "MD_REVIEW", "UPHELD", "OVERTURNED"]),
        R.choice(AGENTS), R.choice([1, 1, 2]), trace()))
    return [l]


def g_pg_phi():
    p = pick()
    out = []
    pid = R.randint(1000, 99999)
    k = R.randint(0, 1)
    if k == 0:
        a = L("postgres")
        a.t('%s [%d] ccn_app@ccn ERROR:  duplicate key value violates unique constraint "veteran_identity_icn_key"' % (ts_pg(), pid))
        b = L("postgres")
        b.t("%s [%d] ccn_app@ccn DETAIL:  Key (icn)=(" % (ts_pg(), pid)).p(p.icn, "mrn").t(") already exists.")
        out += [a, b]
    else:
        a = L("postgres")
        a.t("%s [%d] ccn_ro@ccn LOG:  duration: %.3f ms  statement: SELECT * FROM travel.claims c JOIN core.veteran v ON v.id=c.veteran_id WHERE v.ssn_last4='" % (
            ts_pg(), pid, R.uniform(800, 9000))).p(p.l4, "ssn").t("' AND upper(v.last_name)='").p(up(p.family).replace("'", "''"), "name").t("' AND v.dob='").p(
            fmt_date(p.dob, "iso"), "date").t("'")
        out.append(a)
    return out


def g_zap_phi():
    p = pick()
    l = L("zap_json")
    l.t('{"level":"%s","ts":%s,"caller":"auth/login.go:%d","msg":"%s"' % (
        R.choice(["info", "warn"]), ts_epoch(), R.randint(80, 240), R.choice(["login failed", "login succeeded", "mfa challenge sent", "account locked"])))
    js(l, "username", p.username, "other_id")
    js(l, "client_ip", p.ip, "ip")
    if R.random() < 0.4:
        js(l, "mfa_target", ph(p.cell, "e164"), "phone")
    js(l, "trace_id", trace())
    js(l, "span_id", span())
    l.t("}")
    return [l]


def g_ivr_serilog(k=None):
    p = pick()
    l = L("serilog")
    k = R.randint(0, 3) if k is None else k
    l.t("%s [%s] " % (ts_serilog(), R.choice(["INF", "INF", "WRN"])))
    call = uuid()
    if k == 0:
        l.t("IVR call %s ANI " % call).p(ph(p.cell, "plain"), "phone").t(" matched ICN ").p(p.icn, "mrn").t(" via L4+DOB (").p(p.l4, "ssn").t("/").p(
            fmt_date(p.dob, "compact"), "date").t(")")
    elif k == 1:
        l.t("VoiceVault enrollment complete for member ").p(p.member, "health_plan").t(" template=").p(blob_b64(), "biometric").t(" quality=0.%d" % R.randint(70, 98))
    elif k == 2:
        l.t("Callback scheduled {\"Number\": \"").p(ph(p.phone, R.choice(["intl", "plain", "dash"])), "phone").t("\", \"Queue\": \"CCN-Appointments\", \"Vet\": \"").p(
            name_form(p), "name").t("\"}")
    else:
        l.t("Self-service appt confirm: ICN ").p(p.icn, "mrn").t(" confirmed appt ").p(
            (datetime(2024, 10, 15, 8, 0) + timedelta(days=R.randint(0, 30), minutes=30 * R.randint(0, 16))).strftime("%m/%d/%Y %I:%M %p"), "date").t(" via DTMF 1")
    return [l]


def g_pipe_travel():
    out = []
    for _ in range(R.randint(1, 3)):
        p = pick()
        l = L("pipe_batch")
        mi = round(R.uniform(5, 160), 1)
        l.t("BT|%s|" % R.choice(STATIONS)[0]).p(btc(), "other_id").t("|").p(up(p.family), "name").t("|").p(up(p.given), "name").t("|").p(p.l4, "ssn").t("|").p(
            fmt_date(near_date(30, -1), "compact"), "date").t("|%.1f|%.2f|%s|%s|" % (mi * 2, mi * 2 * 0.415, R.choice(["EFT", "EFT", "CHK"]), R.choice(["111000025", "021000021", "322271627"]))).p(
            p.acct, "account").t("|%s" % R.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "DENIED_DUP"]))
        out.append(l)
    return out


def g_fhir():
    p = pick_old(0.3)
    l = L("fhir_json")
    l.t("%s INFO  [referral-intake] Lighthouse FHIR Patient read ok: " % ts_iso())
    l.t('{"resourceType":"Patient","id":"').p(p.icn, "mrn").t('","identifier":[{"system":"http://va.gov/mpi","value":"').p(p.icn, "mrn").t('"}')
    if R.random() < 0.5:
        l.t(',{"system":"http://hl7.org/fhir/sid/us-ssn","value":"').p(p.ssn.replace("-", ""), "ssn").t('"}')
    l.t('],"name":[{"use":"official","family":"').p(esc(p.family), "name").t('","given":["').p(esc(p.given), "name").t('"]}],"gender":"%s","birthDate":"' % (
        "male" if p.sex == "M" else "female")).p(fmt_date(p.dob, "iso"), "date").t('"')
    if R.random() < 0.5:
        l.t(',"address":[{"line":["').p(esc(p.street), "address").t('"],"city":"').p(esc(p.city), "address").t('","state":"%s","postalCode":"' % p.state).p(p.zip, "zip").t('"}]')
    if R.random() < 0.4:
        l.t(',"telecom":[{"system":"email","value":"').p(p.email, "email").t('"}]')
    if p.age > 89 and R.random() < 0.7:
        l.t(',"extension":[{"url":"http://kcca.net/fhir/age","valueInteger":').p(str(p.age), "age").t("}]")
    l.t("}")
    return [l]


def g_stack_phi():
    out = []
    a = L("java_stacktrace")
    a.t("%s ERROR 1 --- [adjud-worker-%d] c.k.ccn.intake.AuthorizationLinker      : Failed to link authorization for referral " % (ts_logback(), R.randint(1, 12))).p(refno(), "other_id").t(
        " consult ").p(consult(), "other_id")
    out.append(a)
    out.append(L("java_stacktrace").t("org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0"))
    for fr in R.sample(["\tat org.springframework.dao.support.DataAccessUtils.nullableSingleResult(DataAccessUtils.java:97)",
                        "\tat org.springframework.jdbc.core.JdbcTemplate.queryForObject(JdbcTemplate.java:880)",
                        "\tat com.keystone.ccn.intake.AuthorizationRepository.findByReferral(AuthorizationRepository.java:142)",
                        "\tat com.keystone.ccn.intake.AuthorizationLinker.link(AuthorizationLinker.java:88)",
                        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"], 3):
        out.append(L("java_stacktrace").t(fr))
    out.append(L("java_stacktrace").t("\t... %d common frames omitted" % R.randint(8, 40)))
    return out


def g_doc_upload():
    p = pick()
    l = L("docsvc_json")
    l.t("{")
    js(l, "@timestamp", ts_iso(), first=True)
    js(l, "service", "document-svc")
    js(l, "action", "IDENTITY_DOC_UPLOADED")
    js(l, "memberId", p.member, "health_plan")
    js(l, "docType", R.choice(["DRIVERS_LICENSE", "DRIVERS_LICENSE_REAL_ID"]))
    js(l, "issuingState", p.state)
    js(l, "documentNumber", p.dl, "license")
    if R.random() < 0.75:
        js(l, "faceThumb", "data:image/jpeg;base64," + jpeg_b64(), "photo")
    js(l, "sha256", hx(64))
    js(l, "s3Key", "uploads/%s/%s.jpg" % (NOW.strftime("%Y/%m/%d"), uuid()))
    l.t("}")
    return [l]


def g_postfix_phi():
    p = pick()
    l = L("postfix")
    qid = "".join(R.choice("0123456789ABCDEF") for _ in range(10))
    l.t("%s mx-out-02 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), R.randint(1000, 40000), qid)).p(p.email, "email").t(
        ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s)" % (
            R.choice(["gmail-smtp-in.l.google.com", "mta7.am0.yahoodns.net", "outlook-com.olc.protection.outlook.com"]),
            "142.250.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), R.uniform(0.5, 3), R.uniform(0.1, 2), R.randint(1728800000, 1728900000), hx(10)))
    return [l]


def g_cef_phi():
    p = pick()
    l = L("cef")
    l.t("%s portal-waf CEF:0|Keystone|CCN-Portal|3.14.2|%s|%s|%d|rt=%s suser=" % (
        ts_syslog(), R.choice(["100", "101", "140"]), R.choice(["Login Success", "Login Failure", "Password Reset"]), R.choice([3, 5, 7]), ts_epoch().replace(".", ""))).p(
        p.username, "other_id").t(" src=").p(p.ip, "ip").t(" requestClientApplication=KCCAVetApp/4.12.1 cs1Label=icn cs1=").p(p.icn, "mrn").t(" cn1Label=riskScore cn1=%d" % R.randint(0, 90))
    return [l]


def g_airflow_phi():
    p = pick()
    l = L("airflow")
    l.t("[%s] {eligibility_sync.py:%d} WARNING - Rejected row %d: invalid zip '" % (NOW.strftime("%Y-%m-%d, %H:%M:%S UTC"), R.randint(100, 300), R.randint(10, 30000))).p(
        p.zip[:4], "zip").t("' for member ").p(p.member, "health_plan").t(" (").p(vista(p), "name").t(")")
    return [l]


def g_device_reg():
    p = pick()
    l = L("python_logging")
    mac = ":".join(hx(2) for _ in range(6)).upper()
    l.t("%s INFO [hth.devices] home telehealth device assigned member=" % ts_py()).p(p.member, "health_plan").t(" model=%s serial=" % R.choice(["Medtronic Care Link", "Cardiocom Commander", "iPad Air 5 (VA)", "Philips DreamStation 2"])).p(
        R.choice(["", "SN"]) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)), "device")
    if R.random() < 0.5:
        l.t(" imei=").p("35" + digits(13), "device")
    else:
        l.t(" mac=").p(mac, "device")
    l.t(" ship_to_zip=").p(p.zip, "zip")
    return [l]


def g_fileman_rpc():
    p = pick_old(0.35)
    l = L("vista_rpc")
    l.t("%s [vista-adapter] RPC ORWPT SELECT -> " % ts_iso())
    l.p(vista(p), "name").t("^").p(p.sex, None).t("^").p(fmt_date(p.dob, "fileman"), "date").t("^").p(p.ssn.replace("-", ""), "ssn").t("^^^^^^1^").p(
        str(p.age), "age" if p.age > 89 else None).t("^%s" % R.choice(["SC 70%", "NSC", "SC 100%", "SC 30%"]))
    return [l]


PHI_GENS = [
    (g_hsrm_json, 7), (g_hl7_ref, 1.1), (g_hl7_siu, 1.1), (g_x12_837, 0.6), (g_x12_835, 1.2), (g_logback_claim, 7),
    (g_travel_py, 7), (g_nginx_phi, 4), (g_csv_sched, 1.3), (g_call_note, 9), (g_securemsg, 5), (g_elig_xml, 4),
    (g_appeal_kv, 4), (g_pg_phi, 2), (g_zap_phi, 3), (g_ivr_serilog, 4), (g_pipe_travel, 2), (g_fhir, 3),
    (g_stack_phi, 0.4), (g_doc_upload, 1.3), (g_postfix_phi, 2), (g_cef_phi, 2.5), (g_airflow_phi, 1), (g_device_reg, 1.5),
    (g_fileman_rpc, 2),
]


# ================================================================ noise generators
LOGBACK_NOISE = [
    ("main", "c.k.ccn.adjud.ClaimsApplication", lambda: "Started ClaimsAdjudicationApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 30), R.uniform(30, 40))),
    ("http-nio-8080-exec-%d", "com.zaxxer.hikari.pool.HikariPool", lambda: "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)" % R.randint(1, 40)),
    ("scheduling-1", "c.k.ccn.adjud.FeeScheduleLoader", lambda: "Fee schedule VA-CCN-2024Q4 loaded: %d CPT/HCPCS rows, %d localities, effective 2024-10-01" % (R.randint(16000, 19000), R.randint(80, 112))),
    ("scheduling-1", "c.k.ccn.adjud.BatchRunner", lambda: "Batch adjud-%s-%02d completed processed=%d paid=%d denied=%d pended=%d elapsed=PT%dM%.3fS" % (
        NOW.strftime("%Y%m%d"), NOW.hour, R.randint(800, 1600), R.randint(600, 900), R.randint(50, 150), R.randint(20, 120), R.randint(1, 9), R.uniform(0, 59))),
    ("main", "o.s.b.w.embedded.tomcat.TomcatWebServer", lambda: "Tomcat started on port 8080 (http) with context path '/adjudication'"),
    ("scheduling-2", "c.k.ccn.adjud.CarcCrosswalk", lambda: "CARC/RARC crosswalk refreshed version=2024.10.01 rows=%d sha=%s" % (R.randint(1700, 1950), hx(12))),
    ("kafka-consumer-%d", "o.a.k.c.c.internals.ConsumerCoordinator", lambda: "[Consumer clientId=adjud-%d, groupId=claims-adjudicator] Successfully synced group in generation Generation{generationId=%d, memberId='adjud-%d-%s', protocol='range'}" % (
        R.randint(0, 5), R.randint(100, 900), R.randint(0, 5), uuid())),
    ("http-nio-8080-exec-%d", "c.k.ccn.adjud.web.BatchController", lambda: "Claim batch %s enqueued: %d claims, priority=%s, correlationId=%s" % ("B" + digits(8), R.randint(20, 500), R.choice(["NORMAL", "HIGH"]), uuid())),
    ("adjud-worker-%d", "c.k.ccn.adjud.PricingClient", lambda: "Pricing engine responded in %dms (threshold 500ms) requestId=%s" % (R.randint(80, 1900), uuid())),
    ("scheduling-3", "c.k.ccn.network.ProviderStatusJob", lambda: "Provider %s (NPI %s) network status refreshed: IN_NETWORK, specialties=%d" % (R.choice(PROVIDERS)[0], R.choice(PROVIDERS)[1], R.randint(1, 6))),
    ("http-nio-8080-exec-%d", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", lambda: "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]"),
    ("scheduling-3", "c.k.ccn.network.DirectoryExport", lambda: "Order KCO-%s for provider directory export completed rows=%d" % (digits(7), R.randint(10000, 90000))),
]


def n_logback():
    l = L("spring_logback")
    thr, cls, mk = R.choice(LOGBACK_NOISE)
    if "%d" in thr:
        thr = thr % R.randint(1, 40)
    lvl = "WARN" if "Hikari" in cls or "Resolver" in cls else R.choice(["INFO", "INFO", "INFO", "DEBUG"])
    l.t("%s %5s 1 --- [%15s] %-40s : %s" % (ts_logback(), lvl, thr[-15:], cls, mk()))
    return [l]


def n_travel():
    l = L("python_logging")
    msg = R.choice([
        "[btsss.rates] Loaded mileage rate table: general=0.415/mi deductible_per_trip=3.00 monthly_cap=18.00 effective=2024-01-01",
        "[btsss.geocode] distance-matrix client: 200 OK in %dms (cache hit ratio %.2f)" % (R.randint(90, 900), R.uniform(0.5, 0.95)),
        "[btsss.sync] BTSSS sync window %s..%s fetched %d claims, %d errors" % (
            (NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:00Z"), NOW.strftime("%Y-%m-%dT%H:00Z"), R.randint(100, 600), R.choice([0, 0, 1, 3])),
        "[celery.worker] travel@%s ready." % R.choice(NODES),
        "[celery.app.trace] Task travel.tasks.recalc_mileage[%s] succeeded in %.3fs: None" % (uuid(), R.uniform(0.05, 4)),
        "[btsss.payments] Treasury PAM file TRV_%s_%s.txt transmitted records=%d total=%.2f" % (NOW.strftime("%Y%m%d"), digits(3), R.randint(200, 1400), R.uniform(5000, 60000)),
        "[btsss.smt] vendor MTM webhook 202 Accepted in %dms (trip batch %s)" % (R.randint(40, 700), "TB-" + digits(6)),
        "[urllib3.connectionpool] Starting new HTTPS connection (1): maps.googleapis.com:443",
        "[btsss.claims] auto-approval rules v%d.%d.%d loaded, %d rules active" % (3, R.randint(0, 9), R.randint(0, 20), R.randint(12, 40)),
    ])
    l.t("%s %s %s" % (ts_py(), R.choice(["INFO", "INFO", "DEBUG", "WARNING"]), msg))
    return [l]


def n_nginx():
    l = L("nginx_combined")
    ua = R.choice(["ELB-HealthChecker/2.0", "kube-probe/1.29", "Prometheus/2.53.1", "Datadog Agent/7.56.2"])
    path = R.choice(["/healthz", "/actuator/health", "/metrics", "/readyz", "/static/js/main.%s.js" % hx(8), "/favicon.ico"])
    l.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (priv_ip(), ts_nginx(), path, R.choice([200, 200, 200, 304, 503]), R.randint(2, 40000), ua, R.uniform(0, 0.05)))
    return [l]


def n_k8s():
    l = L("k8s_event")
    pod = R.choice(PODS)
    cont = pod.rsplit("-", 2)[0]
    reason, kind, obj, msg = R.choice([
        ("Unhealthy", "Pod", pod, "Readiness probe failed: Get \"http://%s:8080/actuator/health/readiness\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % priv_ip()),
        ("Pulled", "Pod", pod, "Successfully pulled image \"%s.dkr.ecr.us-gov-west-1.amazonaws.com/kcca/%s:%d.%d.%d-b%d\" in %.3fs" % (
            digits(12), cont, R.randint(1, 4), R.randint(0, 30), R.randint(0, 9), R.randint(1000, 9999), R.uniform(1, 30))),
        ("Started", "Pod", pod, "Started container %s" % cont),
        ("BackOff", "Pod", pod, "Back-off restarting failed container %s in pod %s" % (cont, pod)),
        ("SuccessfulRescale", "HorizontalPodAutoscaler", cont, "New size: %d; reason: cpu resource utilization (percentage of request) above target" % R.randint(3, 12)),
        ("ScalingReplicaSet", "Deployment", cont, "Scaled up replica set %s to %d" % (pod.rsplit("-", 1)[0], R.randint(2, 9))),
        ("Issuing", "Certificate", "portal-tls", "The certificate has been successfully issued; next renewal %s" % (NOW + timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%SZ")),
    ])
    l.t('%s %s kubelet[%d]: I%s %d event.go:%d] "Event occurred" object="ccn/%s" kind="%s" reason="%s" message="%s"' % (
        ts_syslog(), R.choice(NODES).split(".")[0], R.randint(1000, 9000), NOW.strftime("%m%d %H:%M:%S.") + "%06d" % NOW.microsecond,
        R.randint(1, 99), R.randint(300, 400), obj, kind, reason, msg.replace('"', '\\"')))
    return [l]


def n_syslog():
    l = L("syslog")
    host = R.choice(["bastion-01", "sftp-va-01", "etl-02", "mx-out-02"])
    msg = R.choice([
        "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 60000), R.choice(AGENTS[:4] + ["svc_etl", "ansible"]), priv_ip(), R.randint(30000, 65000), base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()[:43]),
        "CRON[%d]: (svc_etl) CMD (/opt/kcca/bin/pull_va_referrals.sh --station all >> /var/log/kcca/pull.log 2>&1)" % R.randint(1000, 60000),
        "sftp-server[%d]: close \"/inbound/va/674/HSRM_REF_%s_%s.zip\" bytes read 0 written %d" % (R.randint(1000, 60000), NOW.strftime("%Y%m%d"), digits(4), R.randint(40000, 9000000)),
        "systemd[1]: Started Daily apt download activities.",
        "kernel: [%d.%06d] nfs: server fs-%s.efs.us-gov-west-1.amazonaws.com OK" % (R.randint(100000, 999999), R.randint(0, 999999), hx(8)),
        "postfix/qmgr[%d]: %s: from=<noreply@keystoneccn.net>, size=%d, nrcpt=1 (queue active)" % (R.randint(1000, 40000), "".join(R.choice("0123456789ABCDEF") for _ in range(10)), R.randint(2000, 40000)),
        "postfix/smtp[%d]: %s: to=<claims-ops@keystoneccn.net>, relay=smtp.keystoneccn.net[%s]:587, delay=0.4, dsn=2.0.0, status=sent (250 OK)" % (
            R.randint(1000, 40000), "".join(R.choice("0123456789ABCDEF") for _ in range(10)), priv_ip()),
        "chronyd[%d]: Selected source 169.254.169.123" % R.randint(300, 900),
    ])
    l.t("%s %s %s" % (ts_syslog(), host, msg))
    return [l]


def n_pg():
    l = L("postgres")
    pid = R.randint(1000, 99999)
    msg = R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            R.randint(100, 9000), R.uniform(0, 10), R.randint(0, 3), R.randint(0, 6), R.uniform(1, 200), R.uniform(0, 1), R.uniform(1, 200)),
        "LOG:  automatic vacuum of table \"ccn.claims.claim_line\": index scans: 1, pages: 0 removed, %d remain" % R.randint(10000, 900000),
        "LOG:  connection authorized: user=ccn_app database=ccn application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3)",
        "ERROR:  canceling statement due to statement timeout",
        "LOG:  duration: %.3f ms  execute S_%d: SELECT count(*) FROM travel.claims WHERE status = $1 AND created_at > $2" % (R.uniform(500, 5000), R.randint(1, 40)),
        "WARNING:  there is no transaction in progress",
    ])
    l.t("%s [%d] %s" % (ts_pg(), pid, msg))
    return [l]


def n_kafka():
    l = L("kafka")
    msg = R.choice([
        "INFO [Consumer clientId=travel-%d, groupId=travel-sync] Setting offset for partition ccn.travel.claims-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[b-%d.ccn-msk.%s.c4.kafka.us-gov-west-1.amazonaws.com:9094 (id: %d rack: usgw1-az%d)], epoch=%d}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
            R.randint(0, 3), R.randint(0, 11), R.randint(100000, 9000000), R.randint(1, 40), R.randint(1, 3), hx(6), R.randint(1, 3), R.randint(1, 3), R.randint(1, 40)),
        "INFO [GroupCoordinator %d]: Preparing to rebalance group claims-adjudicator in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member)" % (
            R.randint(1, 3), R.randint(100, 900), R.randint(0, 49)),
        "WARN [Producer clientId=intake-producer] Got error produce response with correlation id %d on topic-partition ccn.referrals.inbound-%d, retrying (%d attempts left). Error: NOT_LEADER_OR_FOLLOWER" % (
            R.randint(1000, 90000), R.randint(0, 11), R.randint(1, 4)),
        "INFO [LogLoader partition=ccn.claims.inbound-%d, dir=/var/lib/kafka/data] Loading producer state till offset %d with message format version 2" % (R.randint(0, 11), R.randint(100000, 9000000)),
    ])
    l.t("[%s] %s" % (ts_py(), msg))
    return [l]


def n_airflow():
    l = L("airflow")
    dag = R.choice(["eligibility_sync", "provider_directory_export", "era_835_ingest", "hsrm_referral_pull", "travel_pam_file"])
    msg = R.choice([
        "{taskinstance.py:1157} INFO - Dependencies all met for dag_id=%s, task_id=%s, run_id=scheduled__%s, map_index=-1" % (
            dag, R.choice(["extract", "transform", "load", "validate"]), (NOW - timedelta(days=1)).strftime("%Y-%m-%dT00:00:00+00:00")),
        "{taskinstance.py:1380} INFO - Marking task as SUCCESS. dag_id=%s, task_id=load, execution_date=%s, start_date=%s, end_date=%s" % (
            dag, (NOW - timedelta(days=1)).strftime("%Y%m%dT000000"), NOW.strftime("%Y%m%dT%H%M%S"), NOW.strftime("%Y%m%dT%H%M%S")),
        "{%s.py:%d} INFO - Loaded %d rows into staging.%s in %.2fs" % (dag, R.randint(40, 400), R.randint(1000, 500000), dag, R.uniform(1, 300)),
        "{base.py:84} INFO - Using connection ID 'ccn_postgres' for task execution.",
        "{local_task_job_runner.py:234} INFO - Task exited with return code 0",
    ])
    l.t("[%s] %s" % (NOW.strftime("%Y-%m-%d, %H:%M:%S UTC"), msg))
    return [l]


def n_zap():
    l = L("zap_json")
    l.t('{"level":"%s","ts":%s,"caller":"proxy/upstream.go:%d","msg":"%s","route":"%s","status":%d,"latency":"%.1fms","bytes":%d,"trace_id":"%s","span_id":"%s","upstream":"%s:%d"}' % (
        R.choice(["info", "info", "warn"]), ts_epoch(), R.randint(100, 300), R.choice(["upstream response", "upstream retry", "circuit half-open"]),
        R.choice(["/v1/eligibility", "/v2/referrals", "/v1/travel/claims", "/v1/messages", "/v1/providers/search"]),
        R.choice([200, 200, 200, 204, 404, 429, 502]), R.uniform(2, 900), R.randint(0, 40000), trace(), span(), priv_ip(), R.choice([8080, 8443, 9090])))
    return [l]


def n_serilog():
    l = L("serilog")
    msg = R.choice([
        "SIP trunk {Trunk} registered with {Registrar}".replace("{Trunk}", "\"KCCA-PRI-%d\"" % R.randint(1, 4)).replace("{Registrar}", "\"sbc%d.keystoneccn.net:5061\"" % R.randint(1, 3)),
        "Queue {\"Queue\": \"CCN-Appointments\", \"EWT\": %d, \"AgentsReady\": %d, \"Waiting\": %d}" % (R.randint(10, 900), R.randint(5, 60), R.randint(0, 80)),
        "IVR menu tree v%d.%d published by %s" % (R.randint(10, 20), R.randint(0, 9), R.choice(AGENTS)),
        "Call {CallId} abandoned in queue after {Seconds}s".replace("{CallId}", uuid()).replace("{Seconds}", str(R.randint(10, 600))),
        "Speech recognizer latency p95={%d}ms model=en-US-telephony-v%d" % (R.randint(200, 900), R.randint(2, 5)),
        "Supervisor escalation line (866) 606-8198 ext. %d routed to %s" % (R.randint(1000, 9999), R.choice(AGENT_NAMES)),
    ])
    l.t("%s [%s] %s" % (ts_serilog(), R.choice(["INF", "INF", "DBG", "WRN"]), msg))
    return [l]


def n_securemsg():
    l = L("securemsg_json")
    l.t('{"ts":"%s","level":"%s","svc":"secure-msg","event":"%s","threadId":"%s","count":%d,"durationMs":%d}' % (
        ts_iso(), R.choice(["info", "debug"]), R.choice(["delivery.batch.complete", "thread.autoclose", "triage.queue.rebalanced", "attachment.scan.clean"]),
        uuid(), R.randint(1, 400), R.randint(3, 9000)))
    return [l]


def n_elig():
    l = L("soap_xml")
    msg = R.choice([
        "o.a.cxf.services.EligibilityService.REQ_OUT - Address: https://elig.va-ccn.internal/ws/v3 HttpMethod: POST Content-Type: text/xml ExchangeId: %s" % uuid(),
        "o.a.cxf.wsdl.service.factory - Creating Service {http://kcca.net/ccn/elig/v3}EligibilityService from WSDL: classpath:wsdl/elig-v3.wsdl",
        "c.k.ccn.elig.AccessStandards - drive-time standard primary=30min specialty=60min wait-time primary=20d specialty=28d (policy 2024-06)",
        "o.a.cxf.services.EligibilityService.RESP_IN - Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>MVI timeout after 15000ms</faultstring></soap:Fault></soap:Body></soap:Envelope>",
    ])
    l.t("%s %s [elig-svc] %s" % (ts_logback(), R.choice(["INFO", "DEBUG", "WARN"]), msg))
    return [l]


def n_appeal():
    l = L("logfmt")
    l.t('ts=%s level=%s app=appeals-svc msg="%s" scanned=%d breached=%d duration_ms=%d trace_id=%s' % (
        ts_iso(), R.choice(["info", "info", "warn"]), R.choice(["SLA sweep completed", "letter batch rendered", "MD reviewer queue rebalanced"]),
        R.randint(100, 900), R.randint(0, 9), R.randint(100, 9000), trace()))
    return [l]


def n_hl7_ack():
    out = []
    ctrl = "%s%s" % (R.choice(STATIONS)[0], digits(10))
    out.append(L("hl7v2").t("%s INFO  [mllp-listener-%d] c.k.intake.hl7.MllpInboundHandler : ACK AA sent ctrl=%s latency=%dms" % (ts_logback(), R.randint(1, 8), ctrl, R.randint(3, 400))))
    out.append(L("hl7v2").t("MSH|^~\\&|KCCA-INTAKE|KCCA|VISTA-HSRM|%s^VHA^L|%s||ACK^I12^ACK|A%s|P|2.5.1" % (R.choice(STATIONS)[0], NOW.strftime("%Y%m%d%H%M%S"), digits(9))))
    out.append(L("hl7v2").t("MSA|AA|%s" % ctrl))
    return out


def n_callcenter():
    l = L("callcenter_note")
    l.t("%s INFO [genesys-wrapup] %s" % (ts_iso(), R.choice([
        "queue=CCN-Travel interval=15m offered=%d answered=%d asa=%ds aband=%.1f%%" % (R.randint(40, 300), R.randint(40, 290), R.randint(10, 400), R.uniform(0, 12)),
        "agent %s state change AVAILABLE -> %s" % (R.choice(AGENTS), R.choice(["BREAK", "MEAL", "TRAINING", "AFTER_CALL_WORK"])),
        "wrap-up code list reloaded (%d codes) from sfdc" % R.randint(40, 90),
        "conversationId=%s disconnected by system: trunk failover sbc2" % uuid(),
        "QA form 'CCN Empathy v3' scored by %s for agent %s: %d/100" % (R.choice(AGENT_NAMES), R.choice(AGENTS), R.randint(60, 100)),
    ])))
    return [l]


def n_csv_dir():
    out = []
    out.append(L("csv_export").t("npi,org_name,specialty,phone,fax,city,state,accepting_new"))
    spec = {"1487736201": "Orthopaedic Surgery", "1093847561": "Psychology", "1790623148": "Chiropractor", "1316094475": "Sleep Medicine",
            "1558392017": "Internal Medicine", "1962507738": "Optometrist", "1205938864": "Cardiology", "1639271055": "Psychiatry"}
    for pr in R.sample(PROVIDERS, R.randint(1, 3)):
        out.append(L("csv_export").t('%s,"%s",%s,%s,%s,%s,%s,%s' % (pr[1], pr[0], spec[pr[1]],
                                                                     pr[3], pr[4], pr[5].title(), pr[6], R.choice(["Y", "N"]))))
    return out


def n_cef():
    l = L("cef")
    l.t("%s portal-waf CEF:0|Keystone|CCN-Portal|3.14.2|%s|%s|%d|rt=%s src=%s suser=%s act=%s request=/admin/%s" % (
        ts_syslog(), R.choice(["200", "210"]), R.choice(["Admin Console Login", "Rate Limit Triggered", "Rule Update"]), R.choice([3, 5]),
        ts_epoch().replace(".", ""), priv_ip(), R.choice(AGENTS), R.choice(["allow", "block"]), R.choice(["rules", "users", "reports"])))
    return [l]


def n_stack():
    out = []
    out.append(L("java_stacktrace").t("%s ERROR 1 --- [   era-poller-1] c.k.ccn.remit.EraFileProcessor           : ERA file rejected: envelope error" % ts_logback()))
    out.append(L("java_stacktrace").t("com.keystone.ccn.x12.X12ParseException: ISA segment length %d != 106 at offset 0" % R.choice([101, 103, 104, 105, 107, 108])))
    out.append(L("java_stacktrace").t("\tat com.keystone.ccn.x12.IsaParser.parse(IsaParser.java:%d)" % R.randint(40, 90)))
    out.append(L("java_stacktrace").t("\tat com.keystone.ccn.remit.EraFileProcessor.process(EraFileProcessor.java:%d)" % R.randint(60, 200)))
    return out


def n_x12_ta1():
    out = []
    out.append(L("x12_835").t("TA1*%09d*%s*%s*A*000~" % (R.randint(1, 999999), NOW.strftime("%y%m%d"), NOW.strftime("%H%M"))))
    out.append(L("x12_835").t("BPR*I*%.2f*C*ACH*CCP*01*%s*DA*%s*1%s**01*%s*DA*%s*%s~" % (
        R.uniform(1000, 90000), "021000021", digits(10), digits(9), R.choice(["111000025", "322271627"]), digits(9), NOW.strftime("%Y%m%d"))))
    out.append(L("x12_835").t("TRN*1*%s*1%s~" % ("EFT" + digits(9), digits(9))))
    return out


NOISE_GENS = [
    (n_logback, 10), (n_travel, 8), (n_nginx, 8), (n_k8s, 7), (n_syslog, 6), (n_pg, 5), (n_kafka, 4), (n_airflow, 5),
    (n_zap, 7), (n_serilog, 5), (n_securemsg, 4), (n_elig, 4), (n_appeal, 3), (n_hl7_ack, 0.8), (n_callcenter, 4),
    (n_csv_dir, 1), (n_cef, 2), (n_stack, 0.4), (n_x12_ta1, 0.8),
]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


# ================================================================ main
def main():
    lines = []
    noise_count = 0
    forced = {15: g_x12_837, 31: lambda: g_ivr_serilog(1), 47: lambda: g_travel_py(2), 66: lambda: g_securemsg(3),
              88: lambda: g_call_note(4), 104: lambda: g_call_note(6), 140: lambda: g_ivr_serilog(1),
              171: lambda: g_travel_py(2), 190: g_doc_upload, 205: lambda: g_call_note(6), 236: g_doc_upload}
    ev = 0
    while len(lines) < N_LINES:
        ev += 1
        remaining = N_LINES - len(lines)
        need_noise = TARGET_NOISE - noise_count
        p_noise = min(1.0, max(0.0, need_noise / remaining))
        tick()
        gens = NOISE_GENS if R.random() < p_noise else PHI_GENS
        for _ in range(50):
            out = forced.pop(ev)() if ev in forced else wpick(gens)()
            if len(out) <= remaining:
                break
        else:
            continue
        for l in out:
            lines.append(l)
            if not l.spans:
                noise_count += 1
    # validate and write
    log_rows, lab_rows = [], []
    for i, l in enumerate(lines, 1):
        raw = bytes(l.buf)
        txt = raw.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        spans = []
        last = -1
        for s, e, cat, val in sorted(l.spans):
            assert raw[s:e] == val.encode("utf-8"), (i, val)
            assert s >= last, (i, "overlap")
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_rows.append(txt)
        lab_rows.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    assert len(log_rows) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_rows) + "\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
