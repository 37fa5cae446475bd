#!/usr/bin/env python3
"""Synthetic labeled log corpus "li": complex rehab technology (CRT) supplier and
wheelchair seating clinic.

Systems simulated (all people and identifiers are synthetic):
  * power wheelchair controllers: candump CAN frames, R-net PC Programmer system-log /
    fault-history exports, iOS Bluetooth programmer app (NSLog) sessions
  * connected-chair telemetry JSON (IMEI modem, GPS)
  * Zendesk webhooks for repair tickets, raw inbound e-mail (RFC 822 headers + bodies)
  * Android logcat (threadtime) of the delivery / technician route app
  * seating evaluation CSV, pressure-mapping CSV export and XML session files
  * Medicare DME claims: X12 837P segments (HCPCS K/E codes), SWO/DWO/CMN pipe records
  * prior-authorization fax OCR output, payer portal JSON/XML responses
  * Java/Spring Boot services (Boot 2 and Boot 3 layouts, Hibernate binder, stack traces),
    Node services (pino JSON, winston text), nginx combined access logs, syslog/cron

Output: li.log (500 lines) and li.labels.jsonl (byte offsets into each UTF-8 line).

Labeling decisions:
  - Label identifiers of patients/clients, and of their relatives, caregivers, guarantors,
    subscribers and emergency contacts. Do not label staff (technicians, ATPs, therapists,
    billers), prescribing physicians (names, NPIs), payers, the supplier, vendors, facilities.
  - Names: every written form of a person's name is a span; in X12 NM1 and XML/JSON
    given/family fields the last and first names are separate spans, the middle initial
    and suffix are not labeled.
  - Addresses: street line (incl. unit, one span) and city are "address"; a whole
    free-text address "street, city" is one span; state is never labeled; ZIP / ZIP+4 is "zip".
    County names of a patient's residence are "address".
  - GPS coordinates of a patient's chair, stop or home are geocodes -> "address"
    (latitude and longitude are separate spans, any precision).
  - Dates tied to a patient are "date": birth, evaluation, pressure-mapping session,
    delivery, date of service (DTP*472), order / face-to-face / signature dates on orders,
    prior-auth validity dates, appointment dates. Log/transaction timestamps (ISA/GS/BHT,
    log prefixes, file creation) are not labeled.
  - Ages are labeled only when over 89.
  - The supplier's client number (C00nnnnn, also inside dossier file names) is "mrn".
  - Medicare MBI, Medicaid recipient IDs, commercial member/subscriber IDs are "health_plan";
    group numbers and payer IDs are not labeled.
  - Patient account numbers (PA-...), X12 CLM01 patient control numbers and payment card
    numbers are "account".
  - Chair serial numbers, controller/module serials, the chair's Bluetooth MAC and the
    telemetry modem IMEI are "device". Clinic equipment (pressure-mat serials, the
    technician's tablet/dongle), CoreBluetooth peripheral UUIDs and BLE advertised names are
    not labeled.
  - A caregiver's or patient's driver's licence number is "license"; plates/VINs of a
    patient's own vehicle are "vehicle" (company van plates are not).
  - Payer-issued prior-authorization / case numbers, patient portal usernames and Zendesk
    requester user IDs are "other_id". Internal order, work-order, RMA, ticket, claim batch,
    line-item control, trace/span and request IDs are not labeled.
  - The public IP of a patient/caregiver using the patient portal is "ip"; internal,
    probe, bot, payer and vendor IPs are not.
  - A patient's personal web page (fundraiser) is "url"; API URLs are labeled only in the
    parts that carry an identifier (e.g. client number, serial, e-mail in a query string).
  - A base64 client photo in a pressure-mapping session is "photo"; the base64 heat-map PNG
    is not.
  - OCR-garbled values are labeled exactly as written (e.g. "O4/17/l938").
"""
import json
import random
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

SEED = 21_2024_0611
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
ID = "li"
N_LINES = 500
TARGET_NOISE = 0.55


# --------------------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []  # (s, e, cat, value)

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.sp.append((st, len(self.b), cat, s))
        return self


def L(fam, *parts):
    ln = Ln(fam)
    for x in parts:
        if isinstance(x, tuple):
            ln.p(x[0], x[1])
        else:
            ln.t(str(x))
    return ln


def N(v): return (v, "name")
def A(v): return (v, "address")
def Z(v): return (v, "zip")
def D(v): return (v, "date")
def AG(v): return (v, "age")
def PH(v): return (v, "phone")
def FX(v): return (v, "fax")
def EM(v): return (v, "email")
def SSN(v): return (v, "ssn")
def MRN(v): return (v, "mrn")
def HP(v): return (v, "health_plan")
def AC(v): return (v, "account")
def LIC(v): return (v, "license")
def VEH(v): return (v, "vehicle")
def DEV(v): return (v, "device")
def URL(v): return (v, "url")
def IP(v): return (v, "ip")
def PHO(v): return (v, "photo")
def OID(v): return (v, "other_id")


# --------------------------------------------------------------------------- pools
FIRST = [("Thandiwe", "F"), ("Chidi", "M"), ("Oluwaseun", "M"), ("Mei-Ling", "F"), ("Hiroshi", "M"),
         ("Priya", "F"), ("Aarav", "M"), ("Guadalupe", "F"), ("José Luis", "M"), ("Siobhán", "F"),
         ("Björn", "M"), ("Zofia", "F"), ("Ngozi", "F"), ("Kwame", "M"), ("Fatima", "F"), ("Yusuf", "M"),
         ("Dmitri", "M"), ("Anastasia", "F"), ("Lakshmi", "F"), ("Ahmad", "M"), ("Leilani", "F"),
         ("Keanu", "M"), ("Giuseppe", "M"), ("Ebony", "F"), ("DeShawn", "M"), ("Margaret", "F"),
         ("Harold", "M"), ("Dorothy", "F"), ("Eugene", "M"), ("Mildred", "F"), ("Bernard", "M"),
         ("Consuelo", "F"), ("Wojciech", "M"), ("Aoife", "F"), ("Pilar", "F"), ("Bao", "M"),
         ("Huong", "F"), ("Esperanza", "F"), ("Jean-Baptiste", "M"), ("Marie-Claire", "F"),
         ("Olamide", "F"), ("Tomasz", "M"), ("Ingrid", "F"), ("Soo-jin", "F"), ("Ji-ho", "M"),
         ("Kofi", "M"), ("Amara", "F"), ("Rustam", "M"), ("Nadia", "F"), ("Luz Marina", "F"),
         ("Ernesto", "M"), ("Judith", "F"), ("Tavita", "M"), ("Søren", "M"), ("Zainab", "F"),
         ("Raymond", "M"), ("Wilhelmina", "F"), ("Cornelius", "M"), ("Xiomara", "F"), ("Darnell", "M")]
LAST = ["Mokoena-Dlamini", "Okafor", "Adeyemi", "Chen", "Watanabe", "Ramaswamy", "Patel", "Quintero",
        "Ní Bhriain", "Lindqvist", "Wiśniewska", "Eze", "Mensah", "Al-Hashimi", "Yılmaz", "Volkov",
        "Subramanian", "Nguyễn", "Haddad", "Kahananui", "Rossi", "Esposito", "Washington",
        "Jefferson-Blake", "O'Donnell", "van der Merwe", "de la Cruz", "dos Santos", "MacLeod",
        "Kowalczyk", "Brennan", "Castellanos", "Pham", "Sharma", "St. Pierre", "Dubois",
        "Hawthorne-Oyelaran", "Nowak", "Johansson", "Park", "Boateng", "Nwosu", "Müller",
        "García Márquez", "Abernathy", "Whitfield", "Lefebvre", "Ibrahim", "Delgado-Ybarra",
        "Fitzgerald", "Halvorsen", "Yazzie", "Tsosie", "Fa'amausili", "Le", "Ó Súilleabháin",
        "Van Buren", "Begay", "Szabó", "Ferreira"]
CITIES = [
    ("Chicago", "Cook", "IL", "60608", 41.8496, -87.6720),
    ("Chicago", "Cook", "IL", "60625", 41.9718, -87.7012),
    ("Cicero", "Cook", "IL", "60804", 41.8432, -87.7591),
    ("Oak Park", "Cook", "IL", "60302", 41.8929, -87.7894),
    ("Evanston", "Cook", "IL", "60201", 42.0563, -87.6980),
    ("Skokie", "Cook", "IL", "60076", 42.0331, -87.7311),
    ("Joliet", "Will", "IL", "60435", 41.5479, -88.1290),
    ("Naperville", "DuPage", "IL", "60540", 41.7662, -88.1401),
    ("Aurora", "Kane", "IL", "60505", 41.7571, -88.2960),
    ("Waukegan", "Lake", "IL", "60085", 42.3582, -87.8651),
    ("Berwyn", "Cook", "IL", "60402", 41.8341, -87.7902),
    ("Gary", "Lake", "IN", "46402", 41.6002, -87.3398),
    ("Hammond", "Lake", "IN", "46320", 41.6170, -87.5121),
    ("Kenosha", "Kenosha", "WI", "53140", 42.6039, -87.8290),
    ("Bolingbrook", "Will", "IL", "60440", 41.6981, -88.0752),
    ("Calumet City", "Cook", "IL", "60409", 41.6150, -87.5290),
    ("Elgin", "Kane", "IL", "60120", 42.0370, -88.2812),
]
STREETS = ["W 31st St", "S Scoville Ave", "N Kedzie Ave", "Sheridan Rd", "Maple Ave", "W Cermak Rd",
           "E 115th St", "Oakridge Ln", "Greenleaf St", "N Milwaukee Ave", "Ridgeland Ave",
           "Washington St", "Grand Blvd", "Lincolnway", "Dempster St", "W 63rd St", "Ogden Ave",
           "Broadway", "S Pulaski Rd", "Cedar Crest Dr", "Birchwood Ct", "N Lake Shore Dr"]
UNITS = ["Apt 2", "Unit 4B", "#310", "Apt 1R", "Fl 2", "", "", "", "", ""]
AREA = ["312", "773", "708", "630", "847", "815", "219", "262", "872", "331"]
MAILDOM = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com",
           "hotmail.com", "sbcglobal.net", "att.net"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TECHS = ["R. Osei", "Dmitri Baranov", "Kayla Whitmore", "Luis Arreola", "Hannah Lindgren"]
TECH_USERS = ["rosei", "dbaranov", "kwhitmore", "larreola", "hlindgren"]
THERAPISTS = ["Megan Tillery, PT, ATP", "Oscar Ibe, OTR/L", "Jolene Fairbanks, PT, DPT, ATP/SMS"]
DOCS = [("KAPOOR", "ANIL", "1396827410"), ("OSTROWSKI", "HELENA", "1740283391"),
        ("ABUBAKAR", "YUSUF", "1629174408"), ("LEVINE", "MIRIAM", "1053318276")]
CHAIRS = [("Permobil M3 Corpus", "M3C"), ("Permobil F5 Corpus VS", "F5V"), ("Quantum Q6 Edge 3", "QE3"),
          ("Quantum 4Front 2", "Q4F"), ("Invacare TDX SP2", "TDX"), ("Quickie QM-710", "Q71"),
          ("Permobil M5 Corpus", "M5C")]
HCPCS = [("K0861", "PWC GP 3 STD SINGLE POW OPT SLING/SOLID SEAT", 4825.00),
         ("K0862", "PWC GP 3 HD SINGLE POW OPT", 5310.00),
         ("K0856", "PWC GP 3 STD SINGLE POW OPT SLING/SOLID SEAT <=300LB", 4710.00),
         ("K0848", "PWC GP 3 STD SLING/SOLID SEAT/BACK", 3980.00),
         ("E1002", "WC POWER SEATING SYS TILT ONLY", 2411.20),
         ("E1007", "PWR SEAT COMBO W/ SHEAR", 6120.00),
         ("E2310", "ELECTRO CONNECT BTW CONTROL AND ONE POWER SEAT", 910.40),
         ("E2603", "SKIN PROTECT WC SEAT CUSHION, WIDTH <22IN", 402.10),
         ("E2620", "POSITIONING WC BACK CUSHION, PLANAR BACK, WIDTH <22IN", 512.88),
         ("E2368", "PWR WC COMPONENT, DRIVE WHEEL MOTOR, REPLACEMENT", 688.00),
         ("E2361", "PWR WC 22NF SEALED LEAD ACID BATTERY, EACH", 148.51),
         ("K0739", "REPAIR OR NONROUTINE SERVICE, LABOR, EACH 15 MIN", 21.93),
         ("E2327", "HEAD CONTROL INTERFACE, MECHANICAL", 2288.00)]
DX = ["G12.21", "G35", "G80.0", "G82.21", "G82.51", "I69.351", "G71.00", "L89.154", "G20.A1", "G11.10"]
RNET_FAULTS = [("1E02", "Joystick Displaced"), ("2C00", "Latched Brake Fault"), ("3C01", "M1 Motor Disconnected"),
               ("3C02", "M2 Motor Disconnected"), ("1A05", "Battery Voltage Low"), ("4D00", "Actuator Overcurrent"),
               ("0E00", "Inhibit 2 Active"), ("5F10", "Module Comms Timeout"), ("1E04", "Joystick Module Error")]
REF_TODAY = date(2024, 6, 11)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ı", "i").replace("ø", "o").replace("'", "").replace(" ", "").replace("-", "").replace(".", "")


def x12up(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ı", "i").replace("ø", "o").replace("Ø", "O").upper()


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,):
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d = "0123456789"
    an = MBI_A + d
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(d) + R.choice(MBI_A) +
            R.choice(an) + R.choice(d) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(d) + R.choice(d))


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = list(R.choice(["2C4RDGBG", "2D4RN4DG", "1FTYR3XM", "2T3DFREV"]) + "0" +
             R.choice("KLMNP") + R.choice("CRHTD") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def phone_digits():
    ex = R.choice(["555", str(R.randint(201, 989))])
    return R.choice(AREA) + ex + f"{R.randint(0, 9999):04d}"


def fphone(d, st=None):
    st = st or R.choice(["paren", "dash", "raw", "plus", "dot", "e164", "paren"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "raw": d, "plus": f"+1 {a} {b} {c}",
            "dot": f"{a}.{b}.{c}", "e164": f"+1{d}"}[st]


def fdate(d, st=None):
    st = st or R.choice(["us", "iso", "us_short", "dmy_mon", "long", "us_nopad", "eu"])
    return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(),
            "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}", "x12": d.strftime("%Y%m%d"),
            "dmy_mon": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
            "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "us_nopad": f"{d.month}/{d.day}/{d.year}"}[st]


def age_of(d):
    return REF_TODAY.year - d.year - ((REF_TODAY.month, REF_TODAY.day) < (d.month, d.day))


def mac():
    oui = R.choice(["00:1A:7D", "C8:FD:19", "D8:80:39", "00:80:E1", "F4:5E:AB"])
    return oui + ":" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def public_ip():
    while True:
        a = R.choice([73, 98, 24, 67, 76, 108, 174, 99, 104, 71, 50, 68])
        return f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def b64(n, prefix=""):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return prefix + "".join(R.choice(al) for _ in range(n - len(prefix)))


class Person:
    pass


def make_person(i):
    p = Person()
    p.first, p.sex = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
    if i % 6 == 0:
        y = R.randint(1927, 1933)
    else:
        y = R.randint(1938, 2005)
    p.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    c = R.choice(CITIES)
    p.city, p.county, p.state, p.zip = c[0], c[1], c[2], c[3]
    p.zip4 = f"{R.randint(1000, 9899)}"
    p.lat = round(c[4] + R.uniform(-0.03, 0.03), 5)
    p.lon = round(c[5] + R.uniform(-0.03, 0.03), 5)
    p.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
    p.unit = R.choice(UNITS)
    p.phone = phone_digits()
    p.email = R.choice([
        f"{ascii_fold(p.first).lower()}.{ascii_fold(p.last).lower()}{R.randint(1, 99)}",
        f"{ascii_fold(p.first)[0].lower()}{ascii_fold(p.last).lower()}",
        f"{ascii_fold(p.last).lower()}{p.dob.year}",
        f"{ascii_fold(p.first).lower()}_{R.randint(100, 999)}"]) + "@" + R.choice(MAILDOM)
    p.username = R.choice([f"{ascii_fold(p.first).lower()}{ascii_fold(p.last)[0].lower()}{p.dob.year}",
                           f"{ascii_fold(p.last).lower()}_{ascii_fold(p.first)[:3].lower()}"])
    p.medicare = age_of(p.dob) >= 65 or R.random() < 0.3
    p.mbi = mbi()
    p.medicaid = f"{R.randint(100000000, 999999999)}"
    p.member = R.choice(["XOF", "W", "ZGP", "H"]) + f"{R.randint(10 ** 8, 10 ** 9 - 1)}" + R.choice(["", "01", "02"])
    p.mrn = f"C00{R.randint(10000, 99999)}"
    p.acct = f"PA-00{R.randint(100000, 999999)}"
    p.chair, pre = R.choice(CHAIRS)
    p.serial = f"{pre}-{R.choice(['21', '22', '23', '24'])}{R.choice('ABCDEFGH')}{R.randint(100000, 999999)}"
    p.pm_serial = f"{R.randint(19, 24)}{R.randint(10, 52):02d}{R.choice('ABCDE')}{R.randint(10000, 99999)}"
    p.mac = mac()
    p.imei = imei()
    p.ssn = ssn()
    spouse = "husband" if p.sex == "F" else "wife"
    if age_of(p.dob) < 40:
        p.cg_rel = R.choice(["mother", "father", "mother", spouse, "caregiver"])
    else:
        p.cg_rel = R.choice(["daughter", "son", spouse, "niece", "caregiver", "grandson", "granddaughter", "daughter"])
    want = {"daughter": "F", "mother": "F", "wife": "F", "niece": "F", "granddaughter": "F",
            "son": "M", "father": "M", "husband": "M", "grandson": "M"}.get(p.cg_rel)
    p.cg_first = R.choice([fn for fn, sx in FIRST if want is None or sx == want])
    p.cg_last = p.last if R.random() < 0.6 else R.choice(LAST)
    fem = p.sex == "F"
    p.pt_rel = {"daughter": "mother" if fem else "father", "son": "mother" if fem else "father",
                "wife": "husband", "husband": "wife", "mother": "daughter" if fem else "son",
                "father": "daughter" if fem else "son", "niece": "aunt" if fem else "uncle",
                "caregiver": "client", "grandson": "grandmother" if fem else "grandfather",
                "granddaughter": "grandmother" if fem else "grandfather"}[p.cg_rel]
    p.cg_phone = phone_digits()
    p.dl = f"{ascii_fold(p.cg_last)[0].upper()}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    p.plate = R.choice([f"DP {R.randint(10000, 99999)}", f"{R.choice('ABCDEFGHJ')}{R.choice('ABCDEFGHJ')}{R.randint(10000, 99999)}",
                        f"{R.randint(100, 999)} {R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}"])
    p.vin = vin()
    p.dx = R.choice(DX)
    return p


PEOPLE = [make_person(i) for i in range(40)]
MEDICARE = [p for p in PEOPLE if p.medicare]


WANT = [None]  # category a forced draw must produce (see build())
OLD = [p for p in PEOPLE if age_of(p.dob) > 89]


def pick():
    if WANT[0] == "age":
        return R.choice(OLD)
    return R.choice(PEOPLE)


def branch(m):
    return m.get(WANT[0], R.random())


def nm(p, st=None):
    st = st or R.choice(["fl", "LF", "Lf", "Lfm", "fml", "il", "low", "UP", "fl", "Lf"])
    f, l = p.first, p.last
    return {"fl": f"{f} {l}", "LF": f"{l.upper()}, {f.upper()}", "Lf": f"{l}, {f}",
            "Lfm": f"{l}, {f} {p.mi}.", "fml": f"{f} {p.mi}. {l}", "il": f"{f[0]}. {l}",
            "low": f"{f} {l}".lower(), "UP": f"{f} {l}".upper()}[st]


def cgn(p, st=None):
    st = st or R.choice(["fl", "fl", "Lf", "first"])
    return {"fl": f"{p.cg_first} {p.cg_last}", "Lf": f"{p.cg_last}, {p.cg_first}", "first": p.cg_first}[st]


def rand_date(y0=2024, m0=3, m1=6, future=False):
    lo, hi = date(y0, m0, 1), date(y0, m1, 28)
    if future:
        lo, hi = date(2024, 6, 12), date(2024, 7, 26)
    else:
        hi = min(hi, date(2024, 6, 10))
    return lo + timedelta(days=R.randint(0, (hi - lo).days))


# --------------------------------------------------------------------------- clock
CLOCK = [datetime(2024, 6, 11, 5, 58, 3, 114000)]


def tick(lo=1, hi=75):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ts_iso(t): return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
def ts_spring(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
def ts_boot3(t): return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-05:00"
def ts_nginx(t): return t.strftime("%d/%b/%Y:%H:%M:%S -0500")
def ts_logcat(t): return t.strftime("%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
def ts_syslog(t): return f"{MON[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}"
def ts_epoch_ms(t): return str(int((t - datetime(1970, 1, 1)).total_seconds() * 1000) + 5 * 3600 * 1000)


# --------------------------------------------------------------------------- families
def g_candump(phi):
    if phi:
        return None
    t = tick(0, 3)
    ep = (t - datetime(1970, 1, 1)).total_seconds() + 5 * 3600 + R.random() / 1000
    cid = R.choice(["0C000100", "0C140100", "02000200", "0C040100", "14300100", "1C0C0100", "181C0100",
                    "00000002", "0C000F00", "1C300004"])
    n = R.choice([2, 4, 8, 8])
    data = [f"{R.randint(0, 255):02X}" for _ in range(n)]
    st = R.random()
    if st < 0.45:
        return [L("candump", f"({ep:.6f}) can0 {cid}#{''.join(data)}")]
    if st < 0.8:
        return [L("candump", f"  can0  {cid}   [{n}]  {' '.join(data)}")]
    return [L("candump", f" ({t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999999):06d})  can0  {cid}   [{n}]  "
                         f"{' '.join(data)}   '{''.join(chr(R.randint(46, 90)) for _ in range(n))}'")]


def g_rnet(phi):
    f = "rnet_syslog"
    code, desc = R.choice(RNET_FAULTS)
    if not phi:
        c = R.random()
        if c < 0.3:
            return [L(f, f"SYSLOG ENTRY  Module=JSM-LED  Code={code}  Desc=\"{desc}\"  Count={R.randint(1, 40)}  "
                         f"LastHour={R.randint(50, 3000)}.{R.randint(0, 9)}")]
        if c < 0.55:
            return [L(f, f"FAULT HIST  #{R.randint(1, 16):02d}  {code}  \"{desc}\"  occ={R.randint(1, 9)}  "
                         f"flags=0x{R.randint(0, 255):02X}  first=0x{R.randint(0, 2 ** 24):08X}")]
        if c < 0.75:
            return [L(f, f"Timer log: drive={R.randint(100, 3000)}.{R.randint(0, 9)}h  seat={R.randint(10, 400)}.{R.randint(0, 9)}h  "
                         f"sleep={R.randint(1000, 9000)}.0h  cycles={R.randint(1000, 30000)}  batt_min={R.randint(21, 24)}.{R.randint(0, 9)}V")]
        if c < 0.9:
            return [L(f, f"TRIP {code} -> {desc}, flash={R.randint(1, 10)}, action=\"check connections, power-cycle\"")]
        return [L(f, f"R-net PCP 4.7.2 | Read Programmable Params | Profile {R.randint(1, 8)} | "
                     f"Max Fwd Speed {R.randint(40, 100)}% | Fwd Accel {R.randint(20, 80)}% | Turn Speed {R.randint(20, 60)}% | "
                     f"Torque {R.randint(40, 100)}%")]
    p = pick()
    c = R.random()
    if c < 0.4:
        return [L(f, "R-net PCP 4.7.2 | Read System Log | Customer: ", N(nm(p)), " | Chair S/N: ", DEV(p.serial),
                  f" | PM S/N: ", DEV(p.pm_serial), f" | Hours: {R.randint(100, 3000)}.{R.randint(0, 9)}")]
    if c < 0.75:
        return [L(f, f"SYSLOG ENTRY  Module=PM120 S/N ", DEV(p.pm_serial), f"  Code={code}  Desc=\"{desc}\"  "
                  f"Count={R.randint(1, 12)}  LastHour={R.randint(50, 3000)}.{R.randint(0, 9)}")]
    return [L(f, "=== Saved: ", MRN(p.mrn), "_", DEV(p.serial), f"_{CLOCK[0].strftime('%Y%m%d')}.rnet  (dealer=LCRS, "
              f"prog_level=DEALER, checksum=0x{hexs(4).upper()}) ===")]


def g_iosble(phi):
    f = "ios_nslog"
    t = tick(1, 20)
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999999):06d}-0500 ChairLink[812:{R.randint(44000, 44999)}] "
    if not phi:
        m = R.choice([
            f"[BLE] scan found {R.randint(1, 6)} peripherals (rssi -{R.randint(40, 55)}..-{R.randint(60, 90)})",
            f"[Param] profile={R.randint(1, 5)} \"{R.choice(['Indoor', 'Outdoor', 'Attendant', 'Sport'])}\" maxFwdSpeed {R.randint(30, 70)}% -> {R.randint(40, 100)}%",
            f"[Param] write ok crc=0x{hexs(4).upper()} ({R.randint(3, 40)} params, {R.randint(90, 900)}ms)",
            f"[BLE] disconnect reason=0x13 (remote user terminated connection)",
            f"[Auth] dongle challenge ok level=DEALER dongle=PGDT-{R.randint(1000, 9999)}",
            f"[BLE] didConnect peripheral <CBPeripheral: 0x28{hexs(7)}, identifier = {uuid4().upper()}, name = LiNX-ACU, state = connected> mtu=185",
            f"[Net] POST https://api.lcrs-mobility.com/v2/programming/sessions -> 201 ({R.randint(80, 700)}ms)",
            f"[UI] ParamEditorViewController viewDidAppear (memory {R.randint(80, 240)}MB)",
        ])
        return [L(f, pre + m)]
    p = pick()
    c = R.random()
    if c < 0.35:
        return [L(f, pre + "[BLE] bonded addr=", DEV(p.mac), f" rssi=-{R.randint(40, 80)} phy=LE2M")]
    if c < 0.7:
        return [L(f, pre + f"[Audit] session open tech={R.choice(TECH_USERS)} client=\"", N(nm(p)), "\" clientId=",
                  MRN(p.mrn), " acu_sn=", DEV(p.serial))]
    return [L(f, pre + "[Sync] uploaded dossier ", MRN(p.mrn), f"_{t.strftime('%Y%m%d')}.lnx (", DEV(p.serial),
              f") {R.randint(8, 80)}kB")]


def g_telemetry(phi):
    f = "telemetry_json"
    t = tick(1, 30)
    if not phi:
        c = R.random()
        if c < 0.5:
            return [L(f, f'{{"ts":"{ts_iso(t)}","evt":"gw_heartbeat","gateway":"mqtt-gw-{R.randint(1, 4)}","connected":{R.randint(200, 600)},'
                         f'"inflight":{R.randint(0, 20)},"lag_ms":{R.randint(5, 400)},"build":"2024.23.{R.randint(1, 9)}"}}')]
        if c < 0.8:
            return [L(f, f'{{"ts":"{ts_iso(t)}","evt":"ingest_stats","window_s":60,"msgs":{R.randint(1000, 9000)},"dropped":{R.randint(0, 5)},'
                         f'"schema_err":{R.randint(0, 3)},"p99_ms":{R.randint(20, 300)}}}')]
        return [L(f, f'{{"ts":"{ts_iso(t)}","level":"warn","evt":"schema_validation","path":"$.seat.tilt","reason":"value out of range",'
                     f'"fw":"3.{R.randint(0, 3)}.{R.randint(0, 20)}","traceId":"{hexs(32)}"}}')]
    p = pick()
    lat = round(p.lat + R.uniform(-0.01, 0.01), R.choice([4, 5, 6]))
    lon = round(p.lon + R.uniform(-0.01, 0.01), R.choice([4, 5, 6]))
    c = R.random()
    if c < 0.45:
        return [L(f, f'{{"ts":"{ts_iso(t)}","deviceId":"', DEV(p.imei), '","chairSerial":"', DEV(p.serial),
                  f'","fw":"3.2.{R.randint(0, 20)}","gps":{{"lat":', A(str(lat)), ',"lon":', A(str(lon)),
                  f',"acc_m":{R.randint(3, 40)}}},"batt":{{"soc":{R.randint(5, 100)},"volt":{R.randint(22, 26)}.{R.randint(0, 9)}}},'
                  f'"seat":{{"tilt":{R.randint(0, 45)},"recline":{R.randint(90, 150)},"elev":{R.randint(0, 10)}}},'
                  f'"odo_km":{R.randint(10, 4000)}.{R.randint(0, 9)},"evt":"PERIODIC"}}')]
    if c < 0.75:
        return [L(f, f'{{"ts":"{ts_iso(t)}","evt":"{R.choice(["TIP_RISK", "LOW_BATT", "STALL", "IMPACT"])}","imei":"', DEV(p.imei),
                  '","location":{"type":"Point","coordinates":[', A(str(lon)), ",", A(str(lat)),
                  f']}},"pitch_deg":{R.randint(-20, 20)},"roll_deg":{R.randint(-20, 20)},"notify":["', PH(fphone(p.cg_phone, "e164")), '"]}')]
    return [L(f, f'{{"ts":"{ts_iso(t)}","evt":"daily_summary","chair_sn":"', DEV(p.serial), f'","tilt_events":{R.randint(0, 60)},'
              f'"pressure_relief_compliance":0.{R.randint(10, 99)},"home":{{"latitude":', A(str(p.lat)), ',"longitude":',
              A(str(p.lon)), f'}},"km":{R.randint(0, 20)}.{R.randint(0, 9)}}}')]


def g_zendesk(phi):
    f = "zendesk_webhook"
    t = tick(2, 90)
    tid = R.randint(47000, 49999)
    if not phi:
        c = R.random()
        if c < 0.4:
            return [L(f, f"zendesk-bridge: delivered event=ticket.{R.choice(['updated', 'created', 'solved'])} id={tid} status=200 in {R.randint(40, 900)}ms "
                         f"webhook=01H{hexs(20).upper()}")]
        if c < 0.75:
            return [L(f, f'{{"type":"zen:event-type:ticket.status_changed","id":"01HZ{hexs(22).upper()}","time":"{ts_iso(t)}",'
                         f'"zendesk_event_version":"2022-11-06","detail":{{"id":"{tid}","status":"{R.choice(["open", "pending", "solved"])}",'
                         f'"group_id":"3600{R.randint(10 ** 7, 10 ** 8)}","assignee_id":"{R.randint(10 ** 11, 10 ** 12)}"}}}}')]
        return [L(f, f"zendesk-bridge: WARN signature mismatch on webhook 01H{hexs(20).upper()} (x-zendesk-webhook-signature-timestamp skew {R.randint(301, 900)}s)")]
    p = pick()
    by_cg = WANT[0] in ("url", "age") or R.random() < 0.5
    rname = cgn(p, "fl") if by_cg else nm(p, "fl")
    email = f"{ascii_fold(p.cg_first).lower()}.{ascii_fold(p.cg_last).lower()}@{R.choice(MAILDOM)}" if by_cg else p.email
    rphone = p.cg_phone if by_cg else p.phone
    dob = fdate(p.dob, R.choice(["us", "iso"]))
    code, desc = R.choice(RNET_FAULTS)
    parts = [f'{{"ticket":{{"id":{tid},"url":"https://lcrs.zendesk.com/api/v2/tickets/{tid}.json","subject":"Chair repair - ',
             N(nm(p, "fl")), f'","status":"new","priority":"{R.choice(["normal", "high", "urgent"])}","requester":{{"id":',
             OID(str(R.randint(10 ** 11, 10 ** 12))), ',"name":"', N(rname), '","email":"', EM(email), '","phone":"',
             PH(fphone(rphone)), '"},"tags":["repair","power_chair","', R.choice(["medicare", "medicaid", "commercial"]),
             '"],"custom_fields":{"chair_serial":"', DEV(p.serial), '","client_dob":"', D(dob), '"},"description":"']
    if by_cg:
        fem = p.sex == "F"
        parts += [f"Hi, I'm writing for my {p.pt_rel} ",
                  N(p.first), f". {'Her' if fem else 'His'} chair shows {R.randint(2, 9)} flashes and stops after a few feet (code {code}).\\n"
                  "We live at ", A(p.street + (" " + p.unit if p.unit else "")), ", ", A(p.city), ", ", p.state, " ", Z(p.zip),
                  ". Best number is ", PH(fphone(rphone)), "."]
        if age_of(p.dob) > 89:
            parts += [f" {'She' if fem else 'He'} is ", AG(str(age_of(p.dob))), " and can't wait long."]
        if WANT[0] == "url" or R.random() < 0.4:
            parts += ["\\nVideo of the error: ", URL(f"https://photos.app.goo.gl/{b64(17).replace('/', 'x').replace('+', 'K')}")]
        parts += ["\\nThanks, ", N(p.cg_first), '"}}']
    else:
        parts += [f"Joystick light flashing, {desc.lower()}. I cannot get out of bed without the chair.\\n"
                  "Please send tech to ", A(p.street), ", ", A(p.city), ". -", N(p.first), '"}}']
    return [L(f, *parts)]


def g_email(phi):
    f = "email_rfc822"
    t = tick(10, 200)
    if not phi:
        c = R.random()
        if c < 0.35:
            return [L(f, f"Received: from mail-yw1-f{R.randint(100, 199)}.google.com (mail-yw1-f{R.randint(100, 199)}.google.com "
                         f"[209.85.128.{R.randint(1, 254)}]) by mx1.lcrs-mobility.com (Postfix) with ESMTPS id {hexs(10).upper()}")]
        if c < 0.6:
            return [L(f, "Content-Type: text/plain; charset=\"UTF-8\"; format=flowed")]
        if c < 0.8:
            return [L(f, f"Message-ID: <CAF{b64(24).replace('/', 'x').replace('+', 'Q')}@mail.gmail.com>")]
        if c < 0.9:
            return [L(f, f"Authentication-Results: mx1.lcrs-mobility.com; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass")]
        tech = R.choice(TECHS[1:])
        return [L(f, f"{tech}, ATP | Lakeshore Complex Rehab & Seating | (312) 555-0100 x2{R.randint(10, 49)} | "
                     f"{ascii_fold(tech.split()[0])[0].lower()}{ascii_fold(tech.split()[-1]).lower()}@lcrs-mobility.com")]
    p = pick()
    cg = WANT[0] in ("fax", "url", "vehicle", "age") or R.random() < 0.55
    sname = cgn(p, "fl") if cg else nm(p, "fl")
    semail = f"{ascii_fold(p.cg_last).lower()}.fam@{R.choice(MAILDOM)}" if cg else p.email
    rel = p.cg_rel
    out = [L(f, "From: \"", N(sname), "\" <", EM(semail), ">"),
           L(f, f"Subject: Re: Repair RMA-2024-{R.randint(1000, 1999)} for ", N(nm(p, R.choice(["fl", "fl", "il"]))), "'s chair"),
           L(f, f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} -0500")]
    if R.random() < 0.4:
        out.insert(1, L(f, "To: service@lcrs-mobility.com"))
    if R.random() < 0.5:
        out.pop()
    if cg:
        body = [L(f, f"Hello, I am the {rel} of ", N(nm(p, "fl")),
                  f". The chair ({p.chair}, serial ", DEV(p.serial), ") is beeping again.")]
        if age_of(p.dob) > 89:
            body.append(L(f, ("She" if p.sex == "F" else "He") + " is ", AG(str(age_of(p.dob))), " and cannot transfer without it, please hurry."))
        else:
            body.append(L(f, f"The tech came on ", D(fdate(rand_date(2024, 5, 6), "long")), " but the same error came back."))
        r = branch({"fax": 0.1, "url": 0.5, "vehicle": 0.9})
        if r < 0.35:
            body.append(L(f, "Please fax the delivery ticket to my office, fax ", FX(fphone(phone_digits(), "dash")),
                          ", or call my cell ", PH(fphone(p.cg_phone)), "."))
        elif r < 0.6:
            body.append(L(f, "We started a page to help pay the copay: ",
                          URL(f"https://www.gofundme.com/f/help-{ascii_fold(p.first).lower()}-get-a-new-chair"), ""))
        else:
            body.append(L(f, "Our van (plate ", VEH(p.plate), ") is in the driveway, please park on the street."))
        body.append(L(f, "Thank you,"))
        if R.random() < 0.3:
            fb = f"https://www.facebook.com/{ascii_fold(p.cg_first).lower()}.{ascii_fold(p.cg_last).lower()}.{R.randint(1, 9)}"
            body.append(L(f, N(cgn(p, "fl")), " | ", URL(fb)))
        else:
            body.append(L(f, N(cgn(p, R.choice(["fl", "first"])))))
    else:
        body = [L(f, "Hi, my power chair keeps stopping, the screen says ", R.choice(RNET_FAULTS)[1], "."),
                L(f, "My Medicare number is ", HP(p.mbi), " and DOB ", D(fdate(p.dob)), " if you need it for the claim."),
                L(f, "-- "),
                L(f, N(nm(p, R.choice(["fl", "fml"]))), " | ", PH(fphone(p.phone)))]
    return out + body


def g_logcat(phi):
    f = "android_logcat"
    t = tick(1, 40)
    pid, tid = 4412, R.choice([4412, 4470, 4471, 4502, 4519])

    def pre(lvl, tag):
        return f"{ts_logcat(t)}  {pid}  {tid} {lvl} {tag}: "
    if not phi:
        c = R.random()
        if c < 0.15:
            return [L(f, pre("I", "WM-WorkerWrapper") + f"Worker result SUCCESS for Work [ id={uuid4()}, tags={{ com.lcrs.techroute.sync.RouteSyncWorker }} ]")]
        if c < 0.3:
            return [L(f, pre("D", "OkHttp") + f"<-- 200 https://api.lcrs-mobility.com/v1/routes/today?tech={R.choice(TECH_USERS)} ({R.randint(80, 900)}ms, {R.randint(2, 40)}.{R.randint(0, 9)}kB body)")]
        if c < 0.42:
            return [L(f, pre("W", "FusedLocation") + f"low accuracy fix {R.randint(30, 120)}m, retrying in {R.choice([5, 10, 15])}s")]
        if c < 0.52:
            return [L(f, pre("I", "ActivityTaskManager") + f"Displayed com.lcrs.techroute/.ui.StopDetailActivity: +{R.randint(200, 1400)}ms")]
        if c < 0.6:
            return [L(f, pre("I", "chatty") + f"uid=10211(com.lcrs.techroute) RenderThread identical {R.randint(2, 9)} lines")]
        if c < 0.72:
            return [L(f, pre("I", "RouteSync") + f"route R-{t.strftime('%m%d')}-{R.randint(1, 9)} van=LCRS-{R.randint(10, 19)} plate IL {R.randint(100000, 999999)}B stops={R.randint(4, 11)} km={R.randint(20, 140)}")]
        if c < 0.8:
            return [L(f, pre("D", "PartsScanner") + f"scanned part E2368 lot {hexs(6).upper()} qty=1 wo=WO-{t.strftime('%y%m%d')}-{R.randint(1, 40)}")]
        if c < 0.9:
            return [L(f, pre(R.choice(["I", "W"]), R.choice(["SyncQueue", "PhotoUpload"])) +
                         f"{R.choice(['pending', 'retrying'])} {R.randint(1, 12)} item(s), backoff={R.choice([30, 60, 120])}s, network={R.choice(['WIFI', 'CELLULAR', 'NONE'])}")]
        exc = R.choice([
            ("java.lang.IllegalStateException: Fragment StopMapFragment{5a1c2e3} not attached to a context.",
             "\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)",
             "\tat com.lcrs.techroute.ui.StopMapFragment.onMapReady(StopMapFragment.kt:118)"),
            ("java.net.SocketTimeoutException: timeout",
             "\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
             "\tat com.lcrs.techroute.data.RouteRepository.refresh(RouteRepository.kt:64)"),
            ("android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: stop_photo.uuid (code 2067 SQLITE_CONSTRAINT_UNIQUE)",
             "\tat android.database.sqlite.SQLiteConnection.nativeExecuteForLastInsertedRowId(Native Method)",
             "\tat com.lcrs.techroute.db.StopPhotoDao_Impl.insert(StopPhotoDao_Impl.java:88)")])
        return [L(f, pre("E", "AndroidRuntime") + "FATAL EXCEPTION: " + R.choice(["main", "DefaultDispatcher-worker-2"])),
                L(f, pre("E", "AndroidRuntime") + "Process: com.lcrs.techroute, PID: 4412")] + \
            [L(f, pre("E", "AndroidRuntime") + x) for x in exc]
    p = pick()
    c = branch({"license": 0.35, "vehicle": 0.8, "age": 0.95})
    if c < 0.2:
        return [L(f, pre("I", "RouteSync") + f"stop {R.randint(1, 8)}/{R.randint(8, 11)} type={R.choice(['DELIVERY', 'REPAIR', 'PM_CHECK', 'PICKUP'])} "
                  f"wo=WO-{t.strftime('%y%m%d')}-{R.randint(1, 40)} client=\"", N(nm(p)), "\" addr=\"",
                  A(f"{p.street}, {p.city}"), f", {p.state} ", Z(p.zip), f"\" eta={R.randint(8, 16)}:{R.choice(['00', '15', '30', '45'])}")]
    if c < 0.3:
        return [L(f, pre("D", "GeofenceReceiver") + f"ENTER stop={R.randint(1, 9)} lat=", A(f"{p.lat:.6f}"), " lng=", A(f"{p.lon:.6f}"),
                  f" radius=75m dwell={R.randint(0, 30)}s")]
    if c < 0.45:
        if R.random() < 0.5:
            return [L(f, pre("I", "DeliveryConfirm") + "signed_by=\"", N(cgn(p, "fl")), f"\" relation={p.cg_rel} id_check=DL:",
                      LIC(p.dl), f" photo_count={R.randint(1, 6)}")]
        return [L(f, pre("I", "DeliveryConfirm") + "{\"wo\":\"WO-" + t.strftime('%y%m%d') + f"-{R.randint(1, 40)}\",\"receivedBy\":\"",
                  N(cgn(p, "fl")), "\",\"idType\":\"IL_DL\",\"idNumber\":\"", LIC(p.dl.replace("-", "")), "\",\"deliveredOn\":\"",
                  D(fdate(CLOCK[0].date(), "iso")), "\"}")]
    if c < 0.58:
        return [L(f, pre("D", "OkHttp") + "--> GET https://api.lcrs-mobility.com/v1/clients/", MRN(p.mrn), "/equipment?include=serials")]
    if c < 0.7:
        return [L(f, pre("I", "CallHelper") + "dialing ", PH(fphone(R.choice([p.phone, p.cg_phone]), R.choice(["e164", "raw"]))),
                  f" reason=ETA_NOTIFY stop={R.randint(1, 9)}")]
    if c < 0.84:
        if R.random() < 0.5:
            return [L(f, pre("W", "AccessNote") + "stop note: \"client's ramp van ", VEH(p.plate if R.random() < 0.6 else p.vin),
                      " blocks garage, use side door, ring twice\"")]
        return [L(f, pre("I", "VanLiftCheck") + "client vehicle tie-down check: ", VEH(p.vin), " plate ", VEH(p.plate),
                  f" lift={R.choice(['BraunAbility', 'Ricon', 'VMI Northstar'])} ok")]
    if age_of(p.dob) > 89 and (WANT[0] == "age" or R.random() < 0.7):
        return [L(f, pre("I", "StopDetail") + "note: client ", AG(str(age_of(p.dob))), "yo, hard of hearing, call ",
                  N(cgn(p, "first")), " (", p.cg_rel, ") at ", PH(fphone(p.cg_phone, "dash")), " on arrival")]
    return [L(f, pre("I", "StopDetail") + "appointment ", D(fdate(rand_date(future=True), "iso")), " window 13:00-15:00 for ",
              N(nm(p, "il")), " serial ", DEV(p.serial))]


def g_seating_csv(phi):
    f = "seating_eval_csv"
    hdr = ("eval_id,client_id,last_name,first_name,dob,eval_date,therapist,atp,dx_primary,hip_width_in,"
           "thigh_len_l_in,thigh_len_r_in,seat_to_shoulder_in,cushion,back,tilt_req,notes")
    if not phi:
        if R.random() < 0.5:
            return [L(f, f"seatclinic-etl: WARN row {R.randint(2, 200)} skipped: missing {R.choice(['hip_width_in', 'eval_date', 'therapist', 'cushion'])} "
                         f"(source=SeatEval_v3.xlsx sheet=Evaluations)")]
        return [L(f, f"# export seating_evaluations generated_by=seatclinic-etl v1.{R.randint(2, 9)}.{R.randint(0, 9)} rows={R.randint(20, 200)} "
                     f"sha256={hexs(16)}")]
    rows = [L(f, hdr)] if R.random() < 0.45 else []
    for _ in range(R.randint(1, 2)):
        p = pick()
        ev = rand_date(2024, 4, 6)
        note_parts = [f"\"Pt {R.choice(['reports sacral redness', 'has posterior pelvic tilt', 'needs lateral supports', 'uses sip-and-puff'])}; "]
        ag = age_of(p.dob)
        if ag > 89:
            note_parts += [AG(str(ag)), " y/o, lives w/ ", p.cg_rel, " ", N(p.cg_first), "\""]
        elif R.random() < 0.4:
            note_parts += [f"{ag} y/o, {R.choice(['independent w/ joystick', 'attendant control needed', 'drives w/ head array'])}\""]
        else:
            note_parts += [f"trial {R.choice(['ROHO Quadtro', 'Jay J2 Deep Contour', 'Varilite Evolution'])} cushion\""]
        rows.append(L(f, f"EV-{R.randint(20000, 29999)},", MRN(p.mrn), ",", N(p.last), ",", N(p.first), ",",
                      D(fdate(p.dob, R.choice(["us", "iso"]))), ",", D(fdate(ev, "iso")), f",\"{R.choice(THERAPISTS)}\",ATP-{R.randint(1000, 9999)},"
                      f"{p.dx},{R.randint(14, 22)}.{R.choice(['0', '5'])},{R.randint(16, 21)}.{R.choice(['0', '5'])},"
                      f"{R.randint(16, 21)}.{R.choice(['0', '5'])},{R.randint(18, 26)},{R.choice(['E2603', 'E2604', 'E2622'])},"
                      f"{R.choice(['E2620', 'E2621', 'E2617'])},{R.choice(['Y', 'N'])},", *note_parts))
    if R.random() < 0.3:
        p = pick()
        rows.append(L(f, "SEATEVAL|", MRN(p.mrn), "|", N(nm(p, "LF")), "|", D(fdate(p.dob, "x12")), "|",
                      D(fdate(rand_date(), "x12")), f"|{p.chair}|{R.randint(15, 20)}x{R.randint(16, 20)}|TILT{R.randint(20, 50)}|"))
    return rows


def g_pmap_csv(phi):
    f = "pressure_map_csv"
    if not phi:
        c = R.random()
        if c < 0.5:
            return [L(f, f"{R.randint(1, 600)},{R.randint(0, 300)}.{R.randint(0, 99):02d},{R.randint(60, 200)}.{R.randint(0, 9)},"
                         f"{R.randint(20, 60)}.{R.randint(0, 9)},{R.randint(900, 1600)}.{R.randint(0, 9)},{R.randint(15, 30)}.{R.randint(0, 9)},"
                         f"{R.randint(15, 30)}.{R.randint(0, 9)}")]
        return [L(f, f"\"Row {R.randint(1, 48)}\"," + ",".join(str(max(0, R.randint(-40, 160))) for _ in range(16)))]
    p = pick()
    sd = rand_date(2024, 5, 6)
    out = [L(f, f"\"XSENSOR X3 Export\",\"Version 8.{R.randint(0, 3)}.{R.randint(10, 60)}\""),
           L(f, "\"Patient\",\"", N(nm(p, R.choice(["Lf", "LF", "fl"]))), "\""),
           L(f, "\"Patient ID\",\"", MRN(p.mrn), "\""),
           L(f, "\"Session Date\",\"", D(fdate(sd, "us")), f" {R.randint(8, 16)}:{R.randint(0, 59):02d}\""),
           L(f, f"\"Sensor\",\"PX100:48.48.02\",\"Serial\",\"XS-48-{R.randint(20000, 29999)}\",\"Calibrated\",\"2024-0{R.randint(1, 5)}-1{R.randint(0, 9)}\""),
           L(f, "\"Frame\",\"Time(s)\",\"Peak(mmHg)\",\"Average(mmHg)\",\"Contact Area(cm2)\",\"COP X\",\"COP Y\"")]
    for i in range(R.randint(1, 3)):
        out.append(L(f, f"{i + 1},{i * 0.5:.2f},{R.randint(60, 200)}.{R.randint(0, 9)},{R.randint(20, 60)}.{R.randint(0, 9)},"
                        f"{R.randint(900, 1600)}.{R.randint(0, 9)},{R.randint(15, 30)}.{R.randint(0, 9)},{R.randint(15, 30)}.{R.randint(0, 9)}"))
    return out


def g_pmap_xml(phi):
    f = "pressure_map_xml"
    if not phi:
        if R.random() < 0.6:
            return None
        return [L(f, R.choice([
            f"<Stats peak=\"{R.randint(60, 200)}.{R.randint(0, 9)}\" avg=\"{R.randint(20, 60)}.{R.randint(0, 9)}\" area=\"{R.randint(900, 1600)}\" units=\"mmHg\" frames=\"{R.randint(60, 600)}\"/>",
            f"<Sensor model=\"BT-Seat-1616\" serial=\"BT16-{R.randint(10000, 99999)}\" firmware=\"2.{R.randint(0, 9)}.{R.randint(0, 9)}\"/>",
            f"<HeatMap encoding=\"base64\" mime=\"image/png\">{b64(88, 'iVBORw0KGgoAAAANSUhEUgAA')}</HeatMap>",
            f"<Zone name=\"{R.choice(['ischial_L', 'ischial_R', 'sacrum', 'coccyx', 'trochanter_L'])}\" peak=\"{R.randint(40, 190)}\" dwell_s=\"{R.randint(0, 900)}\"/>",
        ]))]
    p = pick()
    out = [L(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
           L(f, f"<PressureMapSession xmlns=\"urn:boditrak:session:2\" id=\"S-{hexs(5).upper()}\" software=\"DataVu 6.4.{R.randint(0, 9)}\">"),
           L(f, "  <Client id=\"", MRN(p.mrn), "\"><Name family=\"", N(p.last), "\" given=\"", N(p.first), "\"/><BirthDate>",
             D(fdate(p.dob, "iso")), "</BirthDate></Client>"),
           L(f, "  <Assessment date=\"", D(fdate(rand_date(2024, 5, 6), "iso")), f"\" clinician=\"{R.choice(THERAPISTS)}\" "
             f"cushion=\"{R.choice(['ROHO Quadtro Select High', 'Jay J3', 'Stimulite Classic'])}\" posture=\"tilt {R.randint(0, 40)}deg\"/>")]
    if WANT[0] == "photo" or R.random() < 0.5:
        out.append(L(f, "  <Image kind=\"client_photo\" view=\"frontal\" encoding=\"base64\" mime=\"image/jpeg\">",
                     PHO(b64(R.randint(96, 160), "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA")), "</Image>"))
    out.append(L(f, f"  <Stats peak=\"{R.randint(60, 200)}.{R.randint(0, 9)}\" avg=\"{R.randint(20, 60)}.{R.randint(0, 9)}\" area=\"{R.randint(900, 1600)}\" units=\"mmHg\"/>"))
    out.append(L(f, "</PressureMapSession>"))
    return out


CLAIM_NO = [4800]
X12_PEOPLE = []


def g_x12(phi):
    f = "x12_837p"
    if not phi:
        return None
    t = tick(5, 60)
    CLAIM_NO[0] += R.randint(1, 7)
    ctl = CLAIM_NO[0]
    p = X12_PEOPLE.pop()
    doc = R.choice(DOCS)
    dos = rand_date(2024, 5, 6)
    items = R.sample(HCPCS, R.randint(1, 2))
    total = sum(x[2] for x in items)
    pcn = f"LCRS24{R.choice('ABCQ')}{R.randint(1000, 9999)}"
    mcare = p.medicare
    out = [L(f, f"ISA*00*          *00*          *ZZ*LCRSMOB01      *ZZ*{'CGSJB          ' if mcare else 'BCBSIL         '}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl:09d}*0*P*:~"),
           L(f, f"GS*HC*LCRSMOB01*{'CGSJB' if mcare else 'BCBSIL'}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctl}*X*005010X222A1~"),
           L(f, "ST*837*0001*005010X222A1~"),
           L(f, f"BHT*0019*00*LCRS{ctl}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*CH~"),
           L(f, "NM1*41*2*LAKESHORE COMPLEX REHAB AND SEATING*****46*LCRSMOB01~"),
           L(f, "PER*IC*BILLING DEPT*TE*3125550100*EM*billing@lcrs-mobility.com~"),
           L(f, "HL*1**20*1~"),
           L(f, "NM1*85*2*LAKESHORE COMPLEX REHAB AND SEATING*****XX*1487736215~"),
           L(f, "N3*2200 S ARCHER AVE~"),
           L(f, "N4*CHICAGO*IL*606161234~"),
           L(f, "REF*EI*364418827~"),
           L(f, "HL*2*1*22*0~"),
           L(f, f"SBR*P*18*{'' if mcare else 'B0637' + str(R.randint(1, 9))}******{'MB' if mcare else 'BL'}~"),
           L(f, "NM1*IL*1*", N(x12up(p.last)), "*", N(x12up(p.first)),
             f"*{p.mi}***MI*", HP(p.mbi if mcare else p.member), "~")]
    if p.unit:
        out.append(L(f, "N3*", A(p.street.upper()), "*", A(p.unit.upper().replace("#", "UNIT ")), "~"))
    else:
        out.append(L(f, "N3*", A(p.street.upper()), "~"))
    out += [L(f, "N4*", A(x12up(p.city)), f"*{p.state}*", Z(p.zip + p.zip4), "~"),
            L(f, "DMG*D8*", D(fdate(p.dob, "x12")), f"*{p.sex}~"),
            L(f, f"NM1*PR*2*{'CGS ADMINISTRATORS' if mcare else 'BLUE CROSS BLUE SHIELD OF IL'}*****PI*{'15004' if mcare else '00621'}~"),
            L(f, "CLM*", AC(pcn), f"*{total:.2f}***12:B:1*Y*A*Y*Y~"),
            L(f, f"HI*ABK:{p.dx.replace('.', '')}~"),
            L(f, f"NM1*DK*1*{doc[0]}*{doc[1]}****XX*{doc[2]}~")]
    for i, it in enumerate(items):
        out += [L(f, f"LX*{i + 1}~"),
                L(f, f"SV1*HC:{it[0]}:{R.choice(['NU', 'RR', 'RB'])}:KX*{it[2]:.2f}*UN*1***1~"),
                L(f, "DTP*472*D8*", D(fdate(dos, "x12")), "~"),
                L(f, f"REF*6R*{R.randint(10 ** 8, 10 ** 9 - 1)}~")]
    out += [L(f, f"SE*{len(out) + 1 - 2}*0001~"), L(f, f"GE*1*{ctl}~"), L(f, f"IEA*1*{ctl:09d}~")]
    return out


def g_dwo(phi):
    f = "swo_dwo_records"
    if not phi:
        c = R.random()
        if c < 0.5:
            return [L(f, f"SWO batch export: {R.randint(20, 90)} records, {R.randint(0, 5)} missing prescriber signature, "
                         f"{R.randint(0, 3)} stale F2F (>6 mo), elapsed={R.randint(1, 9)}.{R.randint(0, 9)}s")]
        return [L(f, f"SWO validator: ORD-24-{R.randint(1000, 9999):06d} rejected rule={R.choice(['F2F_WITHIN_6MO', 'PRESCRIBER_SIG', 'LON_REQUIRED', 'HCPCS_MODIFIER'])} "
                     f"item={R.choice(HCPCS)[0]} npi={R.choice(DOCS)[2]}")]
    p = pick()
    doc = R.choice(DOCS)
    it = R.choice(HCPCS)
    od = rand_date(2024, 3, 5)
    if R.random() < 0.6:
        hdr = [L(f, "REC_TYPE|ORDER_NO|CLIENT|BENE|MEMBER_ID|DOB|ITEM|QTY|ORDER_DT|F2F_DT|PRESCRIBER|NPI|SIGNED|LON")] if R.random() < 0.3 else []
        return hdr + [L(f, f"{R.choice(['SWO', 'DWO'])}|ORD-24-{R.randint(1000, 9999):06d}|", MRN(p.mrn), "|", N(nm(p, "Lfm").upper()),
                  "|", HP(p.mbi if p.medicare else p.medicaid), "|", D(fdate(p.dob, "us")), f"|{it[0]} {it[1]}|1|",
                  D(fdate(od, "us")), "|", D(fdate(od - timedelta(days=R.randint(5, 40)), "us")),
                  f"|{doc[1]} {doc[0]} MD|{doc[2]}|", D(fdate(od + timedelta(days=R.randint(0, 9)), "us")), "|99")]
    return [L(f, f"dwo.record id=DWO-{R.randint(80000, 89999)} client_id=", MRN(p.mrn), " beneficiary=\"", N(nm(p, "fl")),
              f"\" hcpcs={it[0]} dx={p.dx} length_of_need=99 order_date=", D(fdate(od, "iso")),
              f" prescriber_npi={doc[2]} cmn_required=false status={R.choice(['COMPLETE', 'PENDING_SIGNATURE', 'SENT_TO_MD'])}")]


def g_fax(phi):
    f = "fax_ocr"
    t = tick(5, 120)
    job = f"FX-{t.strftime('%Y%m%d')}-{R.randint(100, 999):04d}"
    if not phi:
        c = R.random()
        if c < 0.35:
            return [L(f, f"[faxin] {ts_spring(t)} job={job} from=+1{R.choice(AREA)}555{R.randint(100, 199):04d} pages={R.randint(1, 12)} "
                         f"csid=\"{R.choice(['NORTHSIDE NEURO', 'RUSH PM&R', 'CGS MEDICARE', 'BCBSIL UM', 'AETNA PA'])}\" dpi=204x196 bitrate=14400")]
        if c < 0.6:
            return [L(f, f"[ocr] job={job} p{R.randint(1, 4)} conf=0.{R.randint(60, 98)} | PRIOR AUTHORIZATION REQUEST - POWER MOBILITY DEVICE |")]
        if c < 0.8:
            return [L(f, f"[ocr] job={job} p1 conf=0.{R.randint(60, 98)} | Requesting Provider: Lakeshore Complex Rehab  NPI 1487736215  Fax 312-555-0188 |")]
        return [L(f, f"[ocr] job={job} done pages={R.randint(1, 9)} avg_conf=0.{R.randint(60, 95)} engine=tesseract-5.3.4 lang=eng elapsed={R.randint(2, 40)}s")]
    p = pick()

    def ocrize(s):
        return s.replace("0", R.choice(["O", "0", "0"])).replace("1", R.choice(["l", "1", "1", "1"]))
    c = branch({"ssn": 0.8, "license": 0.8, "age": 0.8})
    pre = f"[ocr] job={job} p{R.randint(1, 3)} conf=0.{R.randint(55, 95)} | "
    if c < 0.25:
        return [L(f, pre + "Member Name: ", N(ocrize(nm(p, "LF")).replace("I", R.choice(["I", "l"]))), "   Member ID: ",
                  HP(ocrize(p.member if not p.medicare else p.mbi)), " |")]
    if c < 0.45:
        return [L(f, pre + "DOB: ", D(ocrize(fdate(p.dob, "us"))), f"   Sex: {p.sex}   Phone: ", PH(ocrize(fphone(p.phone, "paren"))), " |")]
    if c < 0.6:
        return [L(f, pre + "Address: ", A(ocrize(f"{p.street}, {p.city}")), f" {p.state} ", Z(ocrize(p.zip)), " |")]
    if c < 0.75:
        a = rand_date(2024, 5, 6)
        return [L(f, pre + "Auth #: ", OID(f"PA24-{a.strftime('%m%d')}-{R.randint(10000, 99999)}"),
                  f"  Status: {R.choice(['APPROVED', 'PENDED', 'DENIED - NEED F2F'])}  Valid: ", D(fdate(a, "us")), " - ",
                  D(fdate(a + timedelta(days=182), "us")), " |")]
    if c < 0.87:
        ag = age_of(p.dob)
        if ag > 89 and WANT[0] not in ("ssn", "license"):
            return [L(f, pre + "Clinical: Pt is ", AG(str(ag)), f" yrs old, dx {p.dx}, unable to ambulate >10 ft, requires tilt |")]
        if WANT[0] == "ssn" or (WANT[0] != "license" and R.random() < 0.5):
            return [L(f, pre + "Subscriber SSN: ", SSN(ocrize(p.ssn)), "   Relationship: self |")]
        return [L(f, pre + "Caregiver: ", N(cgn(p, "fl")), "  Photo ID: IL DL# ", LIC(ocrize(p.dl)), f"  Rel: {p.cg_rel.upper()} |")]
    return [L(f, pre + "Emergency contact: ", N(cgn(p, "fl").upper()), f" ({p.cg_rel})  ", PH(ocrize(fphone(p.cg_phone, "dash"))), " |")]


def g_payer(phi):
    f = "payer_portal"
    t = tick(2, 60)
    if not phi:
        c = R.random()
        if c < 0.3:
            return [L(f, f'{{"error":"rate_limited","message":"Too many requests","retryAfter":{R.choice([15, 30, 60])},"correlationId":"{uuid4()}"}}')]
        if c < 0.6:
            return [L(f, f"payer-portal-client: POST /availity/v1/coverages 202 Accepted correlationId={uuid4()} poll_in={R.randint(2, 9)}s")]
        if c < 0.8:
            return [L(f, f"<Fault><Code>SVC-503</Code><Message>Eligibility service temporarily unavailable</Message><Ref>{hexs(12).upper()}</Ref></Fault>")]
        return [L(f, f"payer-portal-client: token refreshed for client_id=lcrs-prod scope=\"hipaa claim-status\" expires_in=3600")]
    p = pick()
    if R.random() < 0.55:
        plan = "Medicare Part B" if p.medicare else R.choice(["Blue Choice PPO", "Aetna Better Health of IL", "Meridian Medicaid"])
        mid = p.mbi if p.medicare else p.member
        return [L(f, f'{{"transactionId":"{uuid4()}","payer":{{"id":"{"15004" if p.medicare else R.choice(["00621", "60054", "IL621"])}"}},"subscriber":{{"memberId":"', HP(mid),
                  '","firstName":"', N(p.first.upper()), '","lastName":"', N(p.last.upper()), '","birthDate":"', D(fdate(p.dob, "iso")),
                  f'","gender":"{p.sex}","age":', (str(age_of(p.dob)), "age" if age_of(p.dob) > 89 else None), ',"address":{"line1":"', A(p.street.upper()), '","city":"', A(p.city.upper()),
                  f'","state":"{p.state}","zipCode":"', Z(p.zip), f'"}}}},"coverages":[{{"serviceType":"12","status":"Active",'
                  f'"planName":"{plan}","groupNumber":"B0{R.randint(1000, 9999)}"}}],"priorAuthRequired":{R.choice(["true", "false"])}}}')]
    a = rand_date(2024, 5, 6)
    return [L(f, "<AuthResponse><CaseNumber>", OID(f"{R.choice(['UM', 'PA', 'CS'])}{R.randint(10 ** 8, 10 ** 9 - 1)}"),
              f"</CaseNumber><Status>{R.choice(['PENDED', 'APPROVED', 'DENIED'])}</Status><Member><Id>", HP(p.member), "</Id><Name>",
              N(nm(p, "LF")), "</Name></Member><Service code=\"", R.choice(HCPCS)[0], "\" from=\"", D(fdate(a, "iso")), "\" to=\"",
              D(fdate(a + timedelta(days=R.choice([90, 180, 365])), "iso")), "\"/></AuthResponse>")]


def g_spring(phi):
    t = tick(1, 30)
    boot3 = R.random() < 0.45
    trace = f"{hexs(16)},{hexs(16)}"
    f = "spring_boot"

    def pre(lvl, thread, logger):
        if boot3:
            return f"{ts_boot3(t)} {lvl:>5} 1 --- [claims-svc] [{thread:>15}] {logger:<40} : "
        return f"{ts_spring(t)} {lvl:>5} [claims-svc,{trace}] 1 --- [{thread:>15}] {logger:<40} : "
    if not phi:
        c = R.random()
        if c < 0.12:
            return [L(f, pre("INFO", "main", "c.l.claims.ClaimsApplication") + f"Started ClaimsApplication in {R.randint(8, 30)}.{R.randint(100, 999)} seconds (process running for {R.randint(10, 35)}.{R.randint(0, 9)})")]
        if c < 0.22:
            return [L(f, pre("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat started on port 8080 (http) with context path ''")]
        if c < 0.34:
            return [L(f, pre("INFO", "scheduling-1", "c.l.claims.edi.ClaimSubmitJob") + f"Batch {R.randint(4000, 5000)} submitted to CGS SFTP: {R.randint(1, 40)} claims, {R.randint(1000, 90000)} bytes, ack pending")]
        if c < 0.44:
            return [L(f, pre("INFO", "scheduling-1", "c.l.claims.edi.AckProcessor") + f"999 accepted ST02=0001 GS06={R.randint(4000, 5000)} AK9*A*1*1*1, 277CA pending")]
        if c < 0.54:
            return [L(f, pre("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool") + f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(1, 3)}m{R.randint(1, 59)}s{R.randint(1, 999)}ms).")]
        if c < 0.64:
            return [L(f, pre("INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer") + f"claims-svc: partitions assigned: [chair-telemetry-{R.randint(0, 11)}, service-tickets-{R.randint(0, 5)}]")]
        if c < 0.74:
            return [L(f, pre("DEBUG", f"nio-8080-exec-{R.randint(1, 10)}", "o.s.web.servlet.DispatcherServlet") + f"Completed 200 OK in {R.randint(3, 900)}ms")]
        if c < 0.82:
            return [L(f, pre("INFO", "scheduling-1", "c.l.claims.pricing.FeeScheduleLoader") + f"Loaded DMEPOS fee schedule 2024Q{R.randint(2, 3)} (IL, rural=N): {R.randint(3000, 6000)} rows, K0861 NU={4825.00:.2f}")]
        return [L(f, pre("ERROR", "scheduling-1", "c.l.claims.edi.ClaimSubmitJob") + "Submission to CGS SFTP failed"),
                L(f, "com.jcraft.jsch.JSchException: Auth fail"),
                L(f, "\tat com.jcraft.jsch.Session.connect(Session.java:519)"),
                L(f, "\tat org.springframework.integration.sftp.session.DefaultSftpSessionFactory.getSession(DefaultSftpSessionFactory.java:408)"),
                L(f, f"\t... {R.randint(8, 20)} common frames omitted")]
    p = pick()
    c = R.random()
    if c < 0.25:
        p = R.choice(MEDICARE)
        return [L(f, pre("INFO", "scheduling-1", "c.l.claims.edi.Claim837Builder") + "Built claim ", AC(f"LCRS24{R.choice('ABCQ')}{R.randint(1000, 9999)}"),
                  " for beneficiary ", N(nm(p, "LF")), " (MBI ", HP(p.mbi), f") lines={R.randint(1, 4)} total={R.randint(400, 9000)}.{R.randint(0, 99):02d}")]
    if c < 0.45:
        th = f"nio-8080-exec-{R.randint(1, 10)}"
        k = R.randint(1, 3)
        return [L(f, pre("DEBUG", th, "org.hibernate.SQL") + "select c1_0.id,c1_0.client_no,c1_0.dob,c1_0.last_name,c1_0.mbi "
                  "from client c1_0 where lower(c1_0.last_name)=lower(?) and c1_0.dob=?"),
                L(f, pre("TRACE", th, "o.h.type.descriptor.sql.BasicBinder") +
                  f"binding parameter [{k}] as [VARCHAR] - [", N(p.last), "]"),
                L(f, pre("TRACE", th, "o.h.type.descriptor.sql.BasicBinder") +
                  f"binding parameter [{k + 1}] as [DATE] - [", D(fdate(p.dob, "iso")), "]")]
    if c < 0.65:
        a = rand_date(2024, 5, 6)
        return [L(f, pre("INFO", "scheduling-2", "c.l.claims.auth.PriorAuthPoller") + "Case ", OID(f"PA24-{a.strftime('%m%d')}-{R.randint(10000, 99999)}"),
                  f" status {R.choice(['APPROVED', 'PENDED', 'DENIED'])} for member ", HP(p.member), " (", N(nm(p, "fl")), ")")]
    if c < 0.82:
        bad = p.mbi[:-1]
        return [L(f, pre("WARN", f"nio-8080-exec-{R.randint(1, 10)}", ".w.s.m.s.DefaultHandlerExceptionResolver") +
                  "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0]: "
                  "Field error in object 'eligibilityRequest' on field 'mbi': rejected value [", HP(bad), "]; default message [must match \"^[1-9][AC-HJKMNP-RT-Y]...$\"]]")]
    return [L(f, pre("INFO", "ntainer#0-0-C-1", "c.l.service.TicketIngestListener") + f"ticket {R.randint(47000, 49999)} linked to client ",
              MRN(p.mrn), " chair ", DEV(p.serial), " account ", AC(p.acct))]


def g_node(phi):
    t = tick(1, 30)
    host = R.choice(["ticket-bridge-6b9f8c7d5-x2q7p", "route-api-7c9d4f-kk2mn", "notify-svc-5d8b7-q9wzr"])
    if not phi:
        c = R.random()
        if c < 0.35:
            return [L("node_pino", f'{{"level":30,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"{host}","reqId":"req-{hexs(3)}",'
                                   f'"res":{{"statusCode":{R.choice([200, 200, 204, 304, 404])}}},"responseTime":{R.randint(1, 900)}.{R.randint(0, 9)},"msg":"request completed"}}')]
        if c < 0.55:
            return [L("node_pino", f'{{"level":40,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"{host}","err":{{"type":"FetchError",'
                                   f'"message":"request to https://lcrs.zendesk.com/api/v2/tickets/{R.randint(47000, 49999)}.json failed, reason: socket hang up"}},"msg":"zendesk retry {R.randint(1, 5)}/5"}}')]
        if c < 0.75:
            return [L("node_winston", f"{ts_iso(t)} info: [scheduler] job=route-optimize techs={R.randint(3, 9)} stops={R.randint(20, 70)} "
                                      f"solver=or-tools duration={R.randint(300, 9000)}ms")]
        if c < 0.88:
            return [L("node_winston", f"{ts_iso(t)} warn: [twilio] status callback SM{hexs(32)} delivered=false errorCode=30003")]
        return [L("node_winston", f"{ts_iso(t)} info: Server listening on :{R.choice([3000, 8081, 9464])} (node v20.{R.randint(10, 14)}.0, env=production)")]
    p = pick()
    c = branch({"fax": 0.75})
    if c < 0.3:
        return [L("node_pino", f'{{"level":40,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"notify-svc-5d8b7-q9wzr",'
                  f'"msg":"sms reminder failed","to":"', PH(fphone(R.choice([p.phone, p.cg_phone]), "e164")), '","client":"', N(nm(p, "fl")),
                  '","appt":"', D(fdate(rand_date(future=True), "iso")), '","twilioCode":21610}')]
    if c < 0.5:
        return [L("node_pino", f'{{"level":30,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"{host}","msg":"payment captured",'
                  '"patientAccount":"', AC(p.acct), '","card":"', AC(card_number()), f'","amount":{R.randint(20, 900)}.{R.randint(0, 99):02d},"gateway":"authorize.net"}}')]
    if c < 0.7:
        return [L("node_pino", f'{{"level":30,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"route-api-7c9d4f-kk2mn","msg":"address geocoded",'
                  '"input":"', A(f"{p.street}, {p.city}"), f', {p.state} ', Z(p.zip), '","lat":', A(f"{p.lat}"), ',"lng":', A(f"{p.lon}"),
                  f',"provider":"here","score":0.{R.randint(80, 99)}}}')]
    if c < 0.78:
        return [L("node_pino", f'{{"level":30,"time":{ts_epoch_ms(t)},"pid":{R.randint(18, 40)},"hostname":"notify-svc-5d8b7-q9wzr","msg":"fax queued",'
                  '"to":"', FX(fphone(phone_digits(), "e164")), '","recipient":"', N(cgn(p, "fl")), f' ({p.cg_rel})","doc":"'
                  f'{R.choice(["delivery_ticket", "repair_estimate", "swo_copy"])}","pages":{R.randint(1, 6)},"provider":"sfax"}}')]
    if c < 0.88:
        return [L("node_winston", f"{ts_iso(t)} info: [portal] login ok user=", OID(p.username), " mfa=sms ip=", IP(public_ip()))]
    return [L("node_winston", f"{ts_iso(t)} error: [zendesk] could not match requester ", EM(p.email), " to client; created lead for ",
              N(nm(p, "fl")))]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36"]


def g_nginx(phi):
    f = "nginx_access"
    t = tick(1, 20)
    if not phi:
        c = R.random()
        if c < 0.35:
            return [L(f, f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"GET /actuator/health HTTP/1.1\" 200 {R.choice([49, 15])} \"-\" \"kube-probe/1.28\"")]
        if c < 0.55:
            return [L(f, f"66.249.66.{R.randint(1, 200)} - - [{ts_nginx(t)}] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\"")]
        if c < 0.75:
            return [L(f, f"10.20.{R.randint(0, 9)}.{R.randint(2, 250)} - {R.choice(TECH_USERS)} [{ts_nginx(t)}] \"GET /api/v1/workorders?date={t.strftime('%Y-%m-%d')}&status=open HTTP/1.1\" 200 {R.randint(500, 40000)} \"-\" \"okhttp/4.12.0\" rt={R.randint(1, 900) / 1000:.3f}")]
        if c < 0.88:
            return [L(f, f"216.198.{R.randint(0, 63)}.{R.randint(1, 254)} - - [{ts_nginx(t)}] \"POST /webhooks/zendesk HTTP/1.1\" 200 2 \"-\" \"Zendesk Webhook\" rt=0.0{R.randint(10, 99)}")]
        return [L(f, f"10.20.1.{R.randint(2, 250)} - - [{ts_nginx(t)}] \"GET /static/js/main.{hexs(8)}.js HTTP/2.0\" 304 0 \"https://portal.lcrs-mobility.com/\" \"{R.choice(UA)}\"")]
    p = pick()
    ip = public_ip()
    c = R.random()
    if c < 0.35:
        return [L(f, IP(ip), f" - - [{ts_nginx(t)}] \"GET /portal/api/v1/orders/ORD-24-{R.randint(1000, 9999):06d}/status HTTP/2.0\" 200 {R.randint(200, 900)} "
                  f"\"https://portal.lcrs-mobility.com/track\" \"{R.choice(UA)}\"")]
    if c < 0.6:
        return [L(f, IP(ip), f" - - [{ts_nginx(t)}] \"GET /portal/api/v1/lookup?lastName=", N(quote(p.last, safe="")),
                  "&dob=", D(fdate(p.dob, "iso")), f" HTTP/2.0\" {R.choice([200, 404])} {R.randint(30, 600)} \"-\" \"{R.choice(UA)}\"")]
    if c < 0.8:
        return [L(f, IP(ip), f" - - [{ts_nginx(t)}] \"GET /portal/api/v1/repairs?serial=", DEV(p.serial), f" HTTP/2.0\" 200 {R.randint(200, 4000)} "
                  f"\"https://portal.lcrs-mobility.com/repairs\" \"{R.choice(UA)}\"")]
    return [L(f, IP(ip), " - ", OID(p.username), f" [{ts_nginx(t)}] \"POST /portal/api/v1/messages?replyTo=", EM(p.email.replace("@", "%40")),
              f" HTTP/2.0\" 201 {R.randint(40, 200)} \"https://portal.lcrs-mobility.com/messages\" \"{R.choice(UA)}\"")]


def g_syslog(phi):
    if phi:
        return None
    t = tick(1, 60)
    host = R.choice(["edi-worker-2", "seatclinic-db1", "fax-gw-01", "lcrs-bastion"])
    return [L("syslog", f"{ts_syslog(t)} {host} " + R.choice([
        f"CRON[{R.randint(1000, 40000)}]: (edi) CMD (/opt/edi/bin/sweep_inbound.sh --since 15m)",
        f"systemd[1]: Started Fax OCR worker (instance {R.randint(1, 4)}).",
        f"kernel: [{R.randint(10000, 900000)}.{R.randint(0, 999999):06d}] EXT4-fs (sdb1): mounted filesystem with ordered data mode.",
        f"sshd[{R.randint(1000, 40000)}]: Accepted publickey for {R.choice(TECH_USERS)} from 10.20.{R.randint(0, 9)}.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64(43)}",
        f"postgres[{R.randint(1000, 40000)}]: [{R.randint(1, 9)}-1] LOG:  checkpoint complete: wrote {R.randint(10, 9000)} buffers ({R.randint(0, 9)}.{R.randint(0, 9)}%); 0 WAL file(s) added",
        f"hylafax[{R.randint(1000, 40000)}]: RECV FAX: from {R.choice(AREA)}5550{R.randint(100, 199)}, page {R.randint(1, 9)} in 0:0{R.randint(10, 59)}, INF, 3.85 line/mm, 2-D MMR, 14400 bit/s",
        f"logrotate[{R.randint(1000, 40000)}]: rotated /var/log/nginx/access.log (size {R.randint(10, 900)}M)",
    ]))]


FAMS = [(g_candump, 8, True), (g_rnet, 6, True), (g_iosble, 6, True), (g_telemetry, 7, True), (g_zendesk, 6, True),
        (g_email, 1.5, False), (g_logcat, 8, False), (g_seating_csv, 4, False), (g_pmap_csv, 1.2, False),
        (g_pmap_xml, 1.2, False), (g_dwo, 4, True), (g_fax, 6, True), (g_payer, 5, True),
        (g_spring, 9, False), (g_node, 8, True), (g_nginx, 9, True), (g_syslog, 6, True)]


def build():
    X12_PEOPLE.extend(R.sample(PEOPLE, 3))
    forced = ([(g_fax, "ssn")] * 3 + [(g_node, "fax")] * 3 + [(g_email, "fax")] + [(g_pmap_xml, "photo")] * 2 +
              [(g_logcat, "license")] * 2 + [(g_fax, "license")] * 2 + [(g_zendesk, "url")] * 3 + [(g_email, "url")] +
              [(g_logcat, "age"), (g_fax, "age"), (g_zendesk, "age")] + [(g_logcat, "vehicle")] * 3 +
              [(g_x12, None)] * 2)
    R.shuffle(forced)
    out = []
    while len(out) < N_LINES:
        rem = N_LINES - len(out)
        noise = sum(1 for ln in out if not ln.sp)
        want_phi = bool(out) and noise / len(out) > TARGET_NOISE
        cands = [(g, w) for g, w, single in FAMS if single or rem >= 12]
        g = R.choices([c[0] for c in cands], [c[1] for c in cands])[0]
        if want_phi and forced and rem >= 40 and R.random() < min(1.0, len(forced) * 8 / (rem - 39)):
            g, WANT[0] = forced.pop()
            blk = g(True)
            WANT[0] = None
            out.extend(blk)
            continue
        blk = g(want_phi)
        if not blk or len(blk) > rem:
            continue
        out.extend(blk)
    assert not forced, forced
    return out


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_parts, lab_parts = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        assert b"\n" not in raw and b"\r" not in raw and raw.strip(), (i, raw)
        raw.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in ln.sp:
            assert raw[s:e].decode("utf-8") == val, (i, val)
            assert s >= prev and e > s, (i, val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_parts.append(raw)
        lab_parts.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    (HERE / f"{ID}.log").write_bytes(b"\n".join(log_parts))
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(lab_parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
