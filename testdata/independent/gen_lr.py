#!/usr/bin/env python3
"""gen_lr.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a hospital radiation oncology department (Lakeshore Regional Cancer
Center, fictitious): ARIA-like (log4net) and MOSAIQ-like application and
interface logs, a Mirth-like interface engine, raw HL7 v2 ADT/SIU/DFT
segments, DICOM RT plan / structure set header dumps (dcmdump and pydicom),
dcmtk storescp syslog, linac treatment delivery logs and Windows event-log
style machine logs, surface guidance (AlignRT-like) and CBCT/IGRT session
logs, IMRT QA result CSV exports (English and a German-locale myQA export),
Eclipse-like scripting (ESAPI) plan-check output, physics check notes and
chart rounds minutes, appointment reminders (JSON + postfix), billing charge
capture (pipe rows + X12 837P), a palm-vein/RFID patient identification
service (Serilog compact JSON), parking validation (key=value), PowerShell
transcripts, SQL Server Agent job history and SQL Server ERRORLOG.

Everything is synthetic. Standard library only, deterministic (fixed seed,
no clock / os randomness). Writes lr.log (500 lines) and lr.labels.jsonl
next to this script. Span offsets are UTF-8 byte offsets, end exclusive.

Labeling decisions:
- Patients, their relatives / emergency contacts, guarantors and insurance
  subscribers are labeled. Clinicians, physicists, dosimetrists, therapists,
  IT staff, service accounts, vendors, payers, the hospital and its
  departments (names, NPIs, phones, emails, addresses, workstation IPs) are
  never labeled.
- Composite person names (HL7 XPN "LAST^FIRST^M", DICOM PN, X12
  "LAST*FIRST*M") are one `name` span. A last name alone or a first name
  alone (e.g. a reminder greeting "Hi Marisol") is still `name`. Names inside
  file paths (RAMIREZ_MARISOL_...) are labeled `name`.
- Hospital MRN / ARIA Patient ID / MOSAIQ IDA / DICOM PatientID / Other
  Patient IDs -> `mrn`, also when embedded in a file name or URL path.
- Internal patient database keys that identify a person (ARIA PatientSer,
  MOSAIQ Pat_ID1), encounter / visit numbers (PV1-19), accession numbers,
  patient-portal usernames and RFID wristband/card tag IDs -> `other_id`.
  Keys that identify objects rather than people (PlanSer, Sch_Id,
  appointment IDs, charge IDs, order/transaction IDs, DICOM UIDs, message
  control IDs, correlation/trace IDs) are NOT labeled.
- Patient account numbers (HAR, PID-18, X12 CLM01 patient control number,
  guarantor number) and payment card numbers -> `account`. The public test
  card 4111 1111 1111 1111 is not labeled; card expiry (MM/YY) is not labeled.
- Medicare MBI, Medicaid and commercial member / policy numbers ->
  `health_plan`; insurance group numbers are employer-level and NOT labeled.
- Dates tied to a patient (birth, death, admission, appointment, treatment /
  service, plan / structure set / study / instance creation dates in a
  patient's DICOM object, IMRT QA measurement date of a patient's plan,
  chart-check dates in a patient note) -> `date`. When such a date carries a
  time in the same token (20241105083000, 2024-11-05T08:30:00-05:00) the
  whole token is one span; a separate time field is not labeled. Log / message
  / file-export timestamps and dates not tied to a patient (QA of machines,
  phantoms, batch files) are NOT labeled.
- Chart-rounds meeting header dates ("[Chart Rounds 11/4]"), machine / phantom
  QA dates, export / archive file-name dates and message timestamps (MSH-7,
  EVN-2, ISA/GS dates, PowerShell "Start time") are NOT labeled.
- HL7 XTN phones written as components ("216^5550148") are one `phone` span
  (area code through number); a number with equipment type FX is `fax`.
- A GS1 UDI string "(01)...(17)...(21)serial" is one `device` span.
- Ages are labeled only when > 89 (incl. DICOM "091Y"); younger ages stay
  unlabeled.
- Addresses: street line, unit, city and county are separate `address` spans;
  ZIP is a separate `zip` span; the state is not labeled.
- Patient implanted / home-monitor device serials, UDIs and IMEIs -> `device`.
  Linac, imaging panel, camera and workstation serials are NOT labeled.
- Licence plates and VINs of the patient's / driver-relative's car ->
  `vehicle`; patient driver's licence numbers -> `license`.
- A patient's public IP (portal / reminder link clicks) -> `ip`; internal
  10.x / 172.16.x hosts and mail relays are NOT labeled.
- Personal web pages of a patient (CaringBridge, fundraiser) -> `url`.
- Palm-vein templates -> `biometric`; base64 JPEG patient photos -> `photo`.
- Phantoms and test patients (QA_ARCCHECK^PHANTOM, ZZTEST^...) are not people
  and are not labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "lr"
SEED = 2104_1952
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.555

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDAY_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
TODAY = dt.date(2024, 11, 4)


# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.pos = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        assert b > 0, cat
        self.spans.append((self.pos, self.pos + b, cat))
        self.vals.append(s)
        self.parts.append(s)
        self.pos += b
        return self

    def add(self, *pieces):
        for pc in pieces:
            if isinstance(pc, tuple):
                self.p(pc[0], pc[1])
            else:
                self.t(pc)
        return self

    def seq(self, items, sep):
        for i, it in enumerate(items):
            if i:
                self.t(sep)
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, tuple):
                self.p(*it)
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.parts)


_CYC = {}


def cyc(key, n):
    """Next index from a per-key shuffled cycle over range(n): spreads variants evenly."""
    st = _CYC.get(key)
    if not st:
        st = list(range(n))
        R.shuffle(st)
        _CYC[key] = st
    return st.pop() + 1


def pick(key, options):
    return options[cyc(key, len(options)) - 1]


def one(family, *pieces):
    return Line(family).add(*pieces)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self, start):
        self.t = start

    def tick(self, lo=3, hi=95):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CK = Clock(dt.datetime(2024, 11, 4, 5, 58, 3, 417000))
NIGHT = Clock(dt.datetime(2024, 11, 4, 1, 59, 57, 80000))


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def t_l4n(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)


def t_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(t)


def t_us12(t):
    h = t.hour % 12 or 12
    return f"{t.month:02d}/{t.day:02d}/{t.year} {h:02d}:{t.minute:02d}:{t.second:02d}.{ms(t)} {'AM' if t.hour < 12 else 'PM'}"


def t_z(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(u) + "Z"


def t_serilog(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{u.microsecond:06d}0Z"


def t_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def t_syslog(t):
    return f"{MON[t.month - 1]} {t.day:>2} {t:%H:%M:%S}"


def t_uk(t):
    return f"{t.day:02d}/{t.month:02d}/{t.year} {t:%H:%M:%S}.{ms(t)}"


# --------------------------------------------------------------------------
# value formatters
# --------------------------------------------------------------------------
def d_hl7(d):
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def d_iso(d):
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_us_short(d):
    return f"{d.month}/{d.day}/{d.year}"


def d_us_yy(d):
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def d_uk(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_de(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_dmy(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def d_long(d):
    return f"{MONTH[d.month - 1]} {d.day}, {d.year}"


def d_mon(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def d_any(d):
    return R.choice([d_iso, d_us, d_us_short, d_us_yy, d_dmy, d_long, d_mon, d_hl7])(d)


def ph_fmt(num, style=None):
    a, b, c = num[:3], num[3:6], num[6:]
    styles = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}",
              f"+1{a}{b}{c}", f"+1 {a}-{b}-{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}"]
    if style is None:
        return R.choice(styles)
    return styles[style]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ð", "d").replace("Ð", "D").replace("ı", "i").replace("ø", "o").replace("Ø", "O")


def slug(s):
    return "".join(ch for ch in ascii_fold(s).lower() if ch.isalnum())


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
    pre = R.choice(["4", "51", "52", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - 1 - len(pre)))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("123-45-6789", "078-05-1120"):
            continue
        return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"
DIG = "0123456789"


def mbi():
    return "".join([R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice(DIG),
                    R.choice(MBI_A), R.choice(MBI_AN), R.choice(DIG), R.choice(MBI_A),
                    R.choice(MBI_A), R.choice(DIG), R.choice(DIG)])


def mbi_dashed(m):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2T1", "JTD", "1FT", "5YJ", "1G1", "3VW", "KMH", "WBA", "1C4"])
    v = list(wmi + "".join(R.choice(VIN_CH) for _ in range(14)))
    v[9] = R.choice("PRSTVWXY123456789")  # model year code
    tot = sum((VIN_TR[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    v[8] = "X" if chk == 10 else str(chk)
    return "".join(v)


def plate():
    L3 = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice([
        lambda: "".join(R.choice(L3) for _ in range(3)) + f"{R.randint(0, 9999):04d}",
        lambda: "".join(R.choice(L3) for _ in range(3)) + " " + f"{R.randint(0, 9999):04d}",
        lambda: "".join(R.choice(L3) for _ in range(2)) + f"{R.randint(10, 99)}" + R.choice(L3) + R.choice(L3),
    ])()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def dicom_uid(root="1.2.246.352.71"):
    return f"{root}.{R.randint(2, 7)}.{R.randint(100000000, 999999999)}.{R.randint(1000000, 9999999)}.{R.randint(10**13, 10**14 - 1)}"


def jpeg_b64():
    head = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
    body = bytes(R.randint(0, 255) for _ in range(R.randint(72, 120)))
    return base64.b64encode(head + body).decode()


def palm_template():
    body = b"PV19794-9\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(54, 84)))
    return base64.b64encode(body).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FEMALE = ["Marisol", "Esperanza", "Yuki", "Siobhan", "Mei-Ling", "Fatima", "Guðrún", "Lakshmi",
          "Aroha", "Zeynep", "Eun-ji", "Thandiwe", "Anneliese", "Rosario", "Wanjiru", "Priyanka",
          "Svetlana", "Ngozi", "Dolores", "Gertrude", "Beatriz", "Hoa", "Ilse", "Agnieszka",
          "Mary Ellen", "Bernadette", "Oksana"]
MALE = ["Chidi", "José", "Dmitri", "Rajesh", "Tomasz", "Kwame", "Padraig", "Björn", "Desmond",
        "Keoni", "Cormac", "Harold", "Earl", "Hamza", "Oluwaseun", "Bartholomew", "Thanh",
        "Giuseppe", "Mehmet", "Ezekiel", "Lorenzo", "Viktor", "Amadou", "Jean-Luc", "Pieter",
        "Francis Xavier", "Reginald"]
LAST = ["O'Sullivan", "van der Merwe", "García-Lorca", "de la Cruz", "Nakamura", "Okonkwo",
        "Abernathy", "Kowalczyk", "Al-Rashid", "MacDougall", "Ferreira da Silva", "Nguyen",
        "Haddad", "Lindqvist", "Papadopoulos", "Mbeki", "St. Clair", "D'Angelo", "Von Essen",
        "Tran", "Yılmaz", "Ó Briain", "Schmidt-Hansen", "Ramírez", "Kealoha", "Chatterjee",
        "Adeyemi", "Petrov", "Wójcik", "Björklund", "Le Roux", "Mendoza", "Ishikawa", "Abu-Bakr",
        "Delacroix", "Fitzgerald", "Oyelaran-Bello", "Dubois", "Hernández", "Sørensen", "Mwangi",
        "Kaczmarek", "McAllister", "Szabó", "Pham", "Gonzaga", "Eriksen-Lowe", "Baptiste"]
STREETS = ["Detroit Ave", "Lorain Rd", "Mayfield Rd", "Euclid Ave", "Pearl Rd", "Chagrin Blvd",
           "W 117th St", "Clifton Blvd", "Ridge Rd", "Fairmount Blvd", "Lake Shore Blvd",
           "Warrensville Center Rd", "Brookpark Rd", "State Rd", "Wooster Pike", "Som Center Rd",
           "E 185th St", "Center Ridge Rd", "Bagley Rd", "Cedar Rd", "N Ridge Rd W", "Sprague Rd"]
CITIES = [("Lakewood", "Cuyahoga", "44107"), ("Parma", "Cuyahoga", "44134"), ("Euclid", "Cuyahoga", "44123"),
          ("Mentor", "Lake", "44060"), ("Painesville", "Lake", "44077"), ("Elyria", "Lorain", "44035"),
          ("Avon Lake", "Lorain", "44012"), ("Strongsville", "Cuyahoga", "44136"),
          ("Shaker Heights", "Cuyahoga", "44120"), ("Chardon", "Geauga", "44024"),
          ("Medina", "Medina", "44256"), ("Cleveland", "Cuyahoga", "44113"),
          ("Cleveland Heights", "Cuyahoga", "44118"), ("Willoughby", "Lake", "44094"),
          ("Berea", "Cuyahoga", "44017"), ("Sandusky", "Erie", "44870"), ("North Olmsted", "Cuyahoga", "44070"),
          ("Brunswick", "Medina", "44212"), ("Ashtabula", "Ashtabula", "44004")]
AREA = ["216", "440", "330", "419", "234"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "sbcglobal.net", "att.net", "icloud.com",
             "wowway.net", "aol.com", "hotmail.com", "roadrunner.com"]
PAYERS = [("MCR", "Medicare Part B", "CMS"), ("MMO", "Medical Mutual of Ohio", "MMO"),
          ("AET", "Aetna Choice POS II", "AETNA"), ("UHC", "UnitedHealthcare Choice Plus", "UHC"),
          ("ANT", "Anthem Blue Cross Blue Shield", "ANTHEM"), ("CSM", "CareSource Medicaid", "CARESOURCE"),
          ("HUM", "Humana Gold Plus HMO", "HUMANA")]

SITES = [  # site, plan id, ICD10, dx text, rx cGy, fractions, sex or None
    ("PROSTATE", "PROST_VMAT", "C61", "Malignant neoplasm of prostate", 7000, 28, "M"),
    ("L BREAST", "L_BRST_TF", "C50.912", "Malignant neoplasm of unsp site of left female breast", 4005, 15, "F"),
    ("R CHEST WALL", "R_CW_DIBH", "C50.911", "Malignant neoplasm of unsp site of right female breast", 5000, 25, "F"),
    ("LARYNX", "HN_VMAT_70", "C32.0", "Malignant neoplasm of glottis", 7000, 35, None),
    ("R LUNG", "LUNG_SBRT_R", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", 5000, 5, None),
    ("BRAIN", "BRAIN_SRS_3", "C79.31", "Secondary malignant neoplasm of brain", 2700, 3, None),
    ("RECTUM", "RECT_LCRT", "C20", "Malignant neoplasm of rectum", 5040, 28, None),
    ("ESOPHAGUS", "ESOPH_5040", "C15.5", "Malignant neoplasm of lower third of esophagus", 5040, 28, None),
    ("T-SPINE", "T10_8Gy", "C79.51", "Secondary malignant neoplasm of bone", 800, 1, None),
    ("CERVIX", "CERVIX_IMRT", "C53.9", "Malignant neoplasm of cervix uteri, unspecified", 4500, 25, "F"),
    ("PANCREAS", "PANC_SBRT", "C25.0", "Malignant neoplasm of head of pancreas", 3300, 5, None),
]
MACHINES = [("TB1", "H191207", "TrueBeam"), ("TB2", "H192034", "TrueBeam"),
            ("VERSA1", "154321", "Versa HD"), ("HAL1", "HAL1088", "Halcyon")]
PHYSICIANS = [("1740263859", "Feld", "Tobias"), ("1134567890", "Rao", "Anjali"),
              ("1457390012", "Okafor", "Nkechi"), ("1902833341", "Lindgren", "Per")]
STAFF = [  # username, display, role
    ("kbrandt", "Karin Brandt, PhD, DABR", "Physicist"), ("sortizvega", "Samuel Ortiz-Vega, MS", "Physicist"),
    ("hbaek", "Hyun-woo Baek, PhD", "Physicist"), ("lwhitfield", "Lauren Whitfield, CMD", "Dosimetrist"),
    ("mdelgado", "Marcus Delgado, CMD", "Dosimetrist"), ("jmoreno", "Jenna Moreno, RT(T)", "Therapist"),
    ("rsubramanian", "Ravi Subramanian, RT(T)", "Therapist"), ("cohara", "Colleen O'Hara, RT(T)", "Therapist"),
    ("tnwosu", "Tobenna Nwosu, RN", "Nurse"), ("dkrause", "Dana Krause", "Scheduler"),
]
WORKSTATIONS = ["ARIA-WS14", "ARIA-WS07", "RO-TX-TB2", "RO-TX-TB1", "ECLIPSE-WS03", "RO-FRONTDESK2", "MOSAIQ-WS21"]
CIED = [("Medtronic", "Azure XT DR MRI SureScan", "PJN", "S"), ("Boston Scientific", "ACCOLADE MRI", "", ""),
        ("Abbott", "Assurity MRI", "", ""), ("Medtronic", "Micra AV", "MAV", "G"),
        ("Biotronik", "Edora 8 DR-T", "", "")]


class P:
    pass


def make_patient(idx, used):
    p = P()
    p.sex = R.choice("MF")
    while True:
        first = R.choice(MALE if p.sex == "M" else FEMALE)
        last = R.choice(LAST)
        if first not in {u[0] for u in used} and last not in {u[1] for u in used}:
            used.add((first, last))
            break
    p.first, p.last = first, last
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if idx % 5 == 0:  # several very old patients
        y = R.randint(1926, 1934)
    else:
        y = R.randint(1938, 1979)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = f"{R.randint(100000, 9999999):08d}"
    p.ser = str(R.randint(18000, 99999))
    p.pid1 = str(R.randint(10000, 199999))
    p.ssn = ssn()
    p.street = f"{R.randint(12, 29999)} {R.choice(STREETS)}"
    p.unit = R.choice(["", "", "", f"Apt {R.randint(1, 40)}{R.choice('ABCD')}", f"Unit {R.randint(100, 999)}", "Lot 41"])
    p.city, p.county, p.zip = R.choice(CITIES)
    if R.random() < 0.3:
        p.zip = p.zip + "-" + f"{R.randint(1000, 9999)}"
    p.state = "OH"
    p.home = R.choice(AREA) + str(R.randint(200, 989)) + f"{R.randint(0, 9999):04d}"
    p.cell = R.choice(AREA) + str(R.randint(200, 989)) + f"{R.randint(0, 9999):04d}"
    p.fax = R.choice(AREA) + str(R.randint(200, 989)) + f"{R.randint(0, 9999):04d}"
    fa, la = slug(first), slug(last)
    p.email = R.choice([f"{fa}.{la}@{R.choice(EMAIL_DOM)}", f"{fa[0]}{la}{y % 100:02d}@{R.choice(EMAIL_DOM)}",
                        f"{la}_{fa}@{R.choice(EMAIL_DOM)}", f"{fa}{la[:4]}{R.randint(1, 99)}@{R.choice(EMAIL_DOM)}"])
    if p.age >= 65:
        p.payer = PAYERS[0] if R.random() < 0.6 else PAYERS[6]
        p.member = mbi() if p.payer[0] == "MCR" else "H" + "".join(R.choice(DIG) for _ in range(8))
    else:
        p.payer = R.choice(PAYERS[1:6])
        if p.payer[0] == "CSM":
            p.member = "".join(R.choice(DIG) for _ in range(12))
        elif p.payer[0] == "AET":
            p.member = "W" + "".join(R.choice(DIG) for _ in range(9))
        elif p.payer[0] == "ANT":
            p.member = R.choice(["XOH", "YRA", "JQU"]) + "".join(R.choice(DIG) for _ in range(9))
        else:
            p.member = "".join(R.choice(DIG) for _ in range(9)) + R.choice(["01", "00", ""])
    p.group = f"GRP{R.randint(1000, 99999)}"
    p.acct = str(R.randint(4 * 10**11, 5 * 10**11 - 1))
    p.enc = f"V{R.randint(10**8, 10**9 - 1)}"
    p.plate = plate()
    p.vin = vin()
    p.dl = R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + f"{R.randint(0, 999999):06d}"
    cv = R.choice(CIED)
    if cv[0] == "Medtronic":
        p.cied_sn = f"{cv[2]}{R.randint(100000, 999999)}{cv[3]}"
    elif cv[0] == "Biotronik":
        p.cied_sn = str(R.randint(60000000, 69999999))
    else:
        p.cied_sn = str(R.randint(100000, 9999999))
    p.cied = cv
    p.imei = f"35{R.randint(1000, 9999)}{R.randint(10, 99)}{R.randint(100000, 999999)}{R.randint(0, 9)}"
    p.portal_user = R.choice([f"{fa[0]}{la}{y}", f"{fa}.{la}", f"{la}{fa[:3]}{R.randint(1, 99)}"])
    p.ip = R.choice([f"73.{R.randint(16, 250)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"24.{R.randint(90, 200)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"98.{R.randint(20, 30)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"174.{R.randint(100, 110)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2600:1700:{hexs(4)}:{hexs(4)}::{hexs(3)}"])
    site = R.choice([s for s in SITES if s[6] in (None, p.sex)])
    p.site, p.plan, p.icd, p.dxt, p.rx, p.nfx, _ = site
    p.fx = R.randint(1, p.nfx)
    p.machine = R.choice(MACHINES)
    p.md = R.choice(PHYSICIANS)
    p.start = TODAY - dt.timedelta(days=int((p.fx - 1) * 1.4) + R.randint(0, 2))
    p.sim = p.start - dt.timedelta(days=R.randint(7, 16))
    p.plan_date = p.sim + dt.timedelta(days=R.randint(2, 6))
    rel = R.choice(["SPO^Spouse", "SPO^Spouse", "DAU^Daughter", "SON^Son", "SIS^Sister",
                    "FND^Friend", "NEP^Nephew", "GRD^Guardian"])
    if rel[:3] in ("DAU", "SIS"):
        pool = FEMALE
    elif rel[:3] in ("SON", "NEP"):
        pool = MALE
    elif rel[:3] == "SPO":
        pool = FEMALE if p.sex == "M" else MALE
    else:
        pool = FEMALE + MALE
    rel_first = R.choice([x for x in pool if x != first])
    rel_last = R.choice([last, last, R.choice([x for x in LAST if x != last]),
                         f"{last}-{R.choice([x for x in LAST if x != last]).split()[-1]}"])
    p.rel = (rel_first, rel_last, rel)
    p.rel_phone = R.choice(AREA) + str(R.randint(200, 989)) + f"{R.randint(0, 9999):04d}"
    p.accession = f"A{R.randint(10**7, 10**8 - 1)}"
    p.rfid = "E2801160" + HEXS(16)
    return p


USED = set()
PATIENTS = [make_patient(i, USED) for i in range(42)]


def pat():
    return R.choice(PATIENTS)


def old_pat():
    return R.choice([p for p in PATIENTS if p.age > 89])


def staff():
    return R.choice(STAFF)


def tx_staff():
    return R.choice([s for s in STAFF if s[2] == "Therapist"])


def physicist():
    return R.choice([s for s in STAFF if s[2] == "Physicist"])


def nm(p, style=None):
    styles = {
        "Last, First": f"{p.last}, {p.first}",
        "LAST, FIRST": f"{p.last.upper()}, {p.first.upper()}",
        "First Last": f"{p.first} {p.last}",
        "FIRST LAST": f"{p.first.upper()} {p.last.upper()}",
        "lower": f"{p.first.lower()} {p.last.lower()}",
        "F. Last": f"{p.first[0]}. {p.last}",
        "Last, First M.": f"{p.last}, {p.first} {p.mi}.",
        "LAST, FIRST M": f"{p.last.upper()}, {p.first.upper()} {p.mi}",
        "First M. Last": f"{p.first} {p.mi}. {p.last}",
        "LAST First": f"{p.last.upper()} {p.first}",
    }
    if style is None:
        style = R.choice(list(styles))
    return styles[style]


def pn(p, with_mi=True):
    s = f"{p.last.upper()}^{p.first.upper()}"
    return s + (f"^{p.mi}" if with_mi else "")


def appt_dt(base=None):
    d = (base or TODAY) + dt.timedelta(days=R.randint(1, 9))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, R.randint(7, 17), R.choice([0, 15, 30, 45]))


# --------------------------------------------------------------------------
# ARIA-like application log (log4net)
# --------------------------------------------------------------------------
F_ARIA = "aria_log4net"


def aria_pre(L, lvl, logger):
    t = CK.tick()
    return L.t(f"{t_l4n(t)} [{R.randint(4, 61)}] {lvl:<5} {logger} - ")


def aria_phi():
    p = pat()
    L = Line(F_ARIA)
    k = cyc("aria_phi", 9)
    if k == 9:
        aria_pre(L, "WARN", "VMS.OIS.ARIALocal.Services.InsuranceService")
        L.add("Payer mismatch for PatientId=", (p.mrn, "mrn"), f": ARIA has {p.payer[2]} policy ", (p.member, "health_plan"),
              f", ADT feed sent {R.choice([x for x in PAYERS if x[2] != p.payer[2]])[2]}; flagged for registration review (queue REG-RO)")
    elif k == 1:
        s = staff()
        aria_pre(L, "INFO", "VMS.OIS.ARIALocal.Services.PatientService")
        L.add(f"Patient opened by {s[0]} on {R.choice(WORKSTATIONS)}: PatientId=", (p.mrn, "mrn"),
              " PatientSer=", (p.ser, "other_id"), " Name='", (nm(p, "Last, First"), "name"), "' ActiveCourses=1")
    elif k == 2:
        a = appt_dt()
        aria_pre(L, "WARN", "VMS.OIS.Scheduling.AppointmentManager")
        L.add(f"Resource conflict: {p.machine[0]} already booked {a:%H:%M} on ", (d_us(a.date()), "date"),
              "; appointment for ", (nm(p, "LAST, FIRST"), "name"), " (", (p.mrn, "mrn"),
              ") moved to waitlist (ActivityCode=TX_DAILY)")
    elif k == 3:
        aria_pre(L, "ERROR", "VMS.Data.Access.SqlHelper")
        L.add("System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint "
              "'UK_Patient_SSN'. Cannot insert duplicate key in object 'dbo.Patient'. The duplicate key value is (",
              (p.ssn, "ssn"), ").")
    elif k == 4:
        aria_pre(L, "INFO", "VMS.OIS.ARIAExternal.Services.PatientPhotoService")
        b = jpeg_b64()
        L.add("PUT /api/v1/patients/", (p.ser, "other_id"), f"/photo contentType=image/jpeg bytes={R.randint(9000, 31000)} data=",
              (b, "photo"))
    elif k == 5:
        q = pat()
        aria_pre(L, "INFO", "VMS.OIS.ARIAExternal.ADT.MergeProcessor")
        L.add("A40 merge complete: survivor PatientId=", (p.mrn, "mrn"), " nonsurvivor PatientId=", (q.mrn, "mrn"),
              " (", (nm(p, "LAST, FIRST M"), "name"), " DOB ", (d_us(p.dob), "date"),
              f"); {R.randint(1, 4)} courses, {R.randint(2, 30)} documents relinked")
    elif k == 6:
        aria_pre(L, "DEBUG", "VMS.OIS.ARIAWeb.Api.PatientsController")
        L.add("GET /api/v1/patients?lastName=", (ascii_fold(p.last).replace(" ", "%20").replace("'", "%27"), "name"),
              "&dateOfBirth=", (d_iso(p.dob), "date"), f" -> 200 ({R.randint(11, 240)} ms) user={staff()[0]}")
    elif k == 7:
        d = TODAY - dt.timedelta(days=R.randint(1, 6))
        aria_pre(L, "WARN", "VMS.OIS.ARIALocal.Services.PatientService")
        L.add("Deceased flag set for PatientId=", (p.mrn, "mrn"), " DateOfDeath=", (d_us_short(d), "date"),
              f" by {staff()[0]}; {R.randint(1, 9)} future appointments cancelled")
    else:
        aria_pre(L, "INFO", "VMS.OIS.ARIALocal.Services.TreatmentRecordService")
        L.add("TreatmentRecord saved PatientSer=", (p.ser, "other_id"), f" PlanSetupSer={R.randint(100000, 999999)} ",
              f"Field=ARC1 Fraction={p.fx} MU=", f"{R.uniform(150, 700):.1f}", " TreatmentDate=",
              (d_iso(TODAY), "date"), f" Machine={p.machine[0]}")
    return [L]


def aria_noise():
    L = Line(F_ARIA)
    k = cyc("aria_noise", 9)
    if k == 1:
        aria_pre(L, "INFO", "VMS.Common.Services.ServiceHost")
        L.t(f"Heartbeat OK; activeSessions={R.randint(3, 40)} dbPool={R.randint(5, 60)}/100 gen2Heap={R.randint(80, 900)}MB")
    elif k == 2:
        aria_pre(L, "WARN", "VMS.DICOM.Daemon.AssociationHandler")
        L.t(f"Association rejected from AE 'MIM_SEND' @10.20.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(49152, 65000)}: "
            "Called AE title 'VMSDBD' not recognized (reason 0x07)")
    elif k == 3:
        aria_pre(L, "INFO", "VMS.TPS.Licensing.LicenseClient")
        L.t(f"License check: Eclipse-PhotonOptimizer seats {R.randint(1, 8)}/8, RapidArc {R.randint(1, 6)}/6, server=lic01:27000")
    elif k == 4:
        aria_pre(L, "ERROR", "VMS.OIS.Reporting.ReportRenderer")
        L.t(f"Report 'DailyTreatmentList' render timeout after 30000 ms (correlationId={uuid4()})")
    elif k == 5:
        aria_pre(L, "INFO", "VMS.OIS.Common.Cache")
        L.t(f"Cache 'MachineConfiguration' refreshed in {R.randint(80, 900)} ms (entries={R.randint(20, 60)})")
    elif k == 6:
        aria_pre(L, "INFO", "VMS.OIS.Scheduling.AppointmentManager")
        L.t(f"Daily appointment rollover complete: {R.randint(180, 320)} appointments, 0 errors (jobId={uuid4()})")
    elif k == 7:
        s = staff()
        aria_pre(L, "INFO", "VMS.Security.Authentication")
        L.t(f"User {s[0]} authenticated via Kerberos from {R.choice(WORKSTATIONS)} (10.20.8.{R.randint(2, 250)})")
    elif k == 8:
        aria_pre(L, "ERROR", "VMS.TPS.Calculation.DCFClient")
        L.t(f"System.TimeoutException: The operation has timed out after 00:01:00 waiting for Dose Calculation "
            f"Framework agent 'DCF-NODE-0{R.randint(1, 6)}'")
    else:
        aria_pre(L, "INFO", "VMS.OIS.ARIAExternal.Interfaces.HL7Listener")
        L.t(f"Listener ADT_IN port 57100 ACKed {R.randint(10, 500)} messages in last 15 min (avg {R.randint(8, 90)} ms)")
    return [L]


# --------------------------------------------------------------------------
# MOSAIQ-like interface log
# --------------------------------------------------------------------------
F_MQ = "mosaiq_if"


def mq_pre(L, comp, lvl):
    return L.t(f"{t_us12(CK.tick())} | {comp:<10} | {lvl:<5} | ")


def mosaiq_phi():
    p = pat()
    L = Line(F_MQ)
    k = cyc("mosaiq_phi", 5)
    if k == 1:
        mq_pre(L, "HL7In", "INFO")
        L.add("ADT^A08 applied: IDA=", (p.mrn, "mrn"), " Pat_ID1=", (p.pid1, "other_id"), " Last_Name=",
              (p.last.upper(), "name"), " First_Name=", (p.first.upper(), "name"), " Birth_DtTm=",
              (d_iso(p.dob) + " 00:00:00.000", "date"))
    elif k == 2:
        a = appt_dt()
        b = a + dt.timedelta(days=1)
        mq_pre(L, "SchedSync", "WARN")
        L.add("Schedule.App_DtTm changed ", (f"{d_iso(a.date())} {a:%H:%M}", "date"), " -> ",
              (f"{d_iso(b.date())} {b:%H:%M}", "date"), " for Pat_ID1=", (p.pid1, "other_id"),
              f" Sch_Id={R.randint(1000000, 9999999)} Activity=TX-{R.choice(['IMRT', 'VMAT', '3D', 'SBRT'])} Location={p.machine[0]}")
    elif k == 3:
        mq_pre(L, "Charges", "ERROR")
        L.add("Charge export failed Pat_ID1=", (p.pid1, "other_id"), f" CPT={R.choice(['77386', '77385', '77412', '77014', '77336'])}",
              " Proc_DtTm=", (d_us(TODAY), "date"), " : billing account ", (p.acct, "account"),
              " is closed in PM system (ref err 0x2AF1)")
    elif k == 4:
        q = pat()
        mq_pre(L, "HL7In", "WARN")
        L.add("Ident update rejected: SS_Number '", (p.ssn.replace("-", ""), "ssn"), "' already on Pat_ID1=",
              (q.pid1, "other_id"), "; inbound IDA=", (p.mrn, "mrn"), " held in error queue")
    else:
        mq_pre(L, "Admin", "INFO")
        L.add("Pat_Name updated for Pat_ID1=", (p.pid1, "other_id"), ": '", (nm(p, "LAST First"), "name"),
              "' Admin.Pat_Adr1='", (p.street, "address"), "' Admin.Pat_City='", (p.city, "address"),
              "' Admin.Pat_Postal='", (p.zip, "zip"), "'")
    return [L]


def mosaiq_noise():
    L = Line(F_MQ)
    k = cyc("mosaiq_noise", 6)
    if k == 1:
        mq_pre(L, "SvcMonitor", "INFO")
        L.t(f"MOSAIQ Interface Engine 2.86.0.{R.randint(100, 140)} heartbeat; queue HL7In={R.randint(0, 4)} HL7Out={R.randint(0, 9)} Err={R.randint(0, 2)}")
    elif k == 2:
        mq_pre(L, "Config", "INFO")
        L.t(f"Loaded MQ_ADT.cfg: ListenPort=6661 AckMode=Enhanced Timeout=30s Encoding=UTF-8 Facility=LRCC_RO")
    elif k == 3:
        mq_pre(L, "HL7Out", "INFO")
        L.t(f"ACK AA received for MSG {t_dot(CK.t).replace('-', '').replace(' ', '').replace(':', '').replace('.', '')} from EPIC_ADT (rt={R.randint(12, 99)}ms)")
    elif k == 4:
        mq_pre(L, "DBMaint", "WARN")
        L.t(f"Long-running query on dbo.Schedule ({R.uniform(3, 15):.1f} s) spid={R.randint(51, 140)} wait=PAGEIOLATCH_SH")
    elif k == 5:
        mq_pre(L, "Licensing", "INFO")
        L.t(f"Workstation licenses in use {R.randint(20, 58)}/60; Sequencer licenses {R.randint(1, 4)}/4")
    else:
        mq_pre(L, "Charges", "INFO")
        L.t(f"Charge batch RO_{TODAY:%Y%m%d}_{R.randint(1, 9):02d} exported: {R.randint(40, 260)} rows, 0 rejected, file=\\\\lrcc-fs01\\pm_in\\mq_chg_{R.randint(1000, 9999)}.txt")
    return [L]


# --------------------------------------------------------------------------
# HL7 v2 segments (one segment per physical line)
# --------------------------------------------------------------------------
F_HL7 = "hl7v2"


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def msh(mtype, t, sending="EPIC", recv="ARIA"):
    return one(F_HL7, f"MSH|^~\\&|{sending}|LRCC|{recv}|LRCC_RADONC|{hl7_ts(t)}||{mtype}|{R.randint(10**8, 10**10)}|P|2.5.1|||AL|NE||UNICODE UTF-8")


def hl7_phone(p_num, use="PRN", eq="PH"):
    # v2.5 XTN components; returns pieces
    return ["^", use, "^", eq, "^^1^", (f"{p_num[:3]}^{p_num[3:]}", "fax" if eq == "FX" else "phone")]


def pid_seg(p, full=True):
    L = Line(F_HL7)
    L.add("PID|1||", (p.mrn, "mrn"), "^^^LRCC^MR")
    if full:
        L.add("~", (p.ssn.replace("-", ""), "ssn"), "^^^USSSA^SS")
    L.add("||", (pn(p), "name"), "^^^^L||", (d_hl7(p.dob), "date"), f"|{p.sex}|||")
    if full:
        L.add((p.street, "address"), "^")
        if p.unit:
            L.add((p.unit, "address"))
        L.add("^", (p.city, "address"), f"^{p.state}^", (p.zip, "zip"), "^USA^H^^", (p.county.upper(), "address"), "||")
        L.add(*hl7_phone(p.home))
        L.add("~", *hl7_phone(p.cell, "PRN", "CP"))
        if R.random() < 0.5:
            L.add("~^NET^Internet^", (p.email, "email"))
        if R.random() < 0.3:
            L.add("~", *hl7_phone(p.fax, "PRN", "FX"))
        L.add(f"||{R.choice(['ENG', 'SPA', 'VIE', 'POL'])}|{R.choice('MSWDU')}||", (p.acct, "account"), "^^^LRCC^AN|",
              (p.ssn, "ssn"), "|")
        if R.random() < 0.6:
            L.add((p.dl, "license"), "^OH")
    else:
        L.add("|||||||", (p.acct, "account"), "^^^LRCC^AN")
    return L


def pv1_seg(p, t):
    md = p.md
    f = ["PV1", "1", "O", f"RADONC^{p.machine[0]}^01^LRCC", "", "", "",
         f"{md[0]}^{md[1].upper()}^{md[2].upper()}^^^^MD^^^^NPI", "", "", "RAD", "", "", "", "1", "", "",
         f"{md[0]}^{md[1].upper()}^{md[2].upper()}", "RO", [(p.enc, "other_id"), "^^^LRCC^VN"]]
    f += [""] * 24
    f.append([(hl7_ts(dt.datetime.combine(p.start, dt.time(t.hour, t.minute))), "date")])
    return Line(F_HL7).seq(f, "|")


def hl7_adt():
    p = pat()
    t = CK.tick()
    ev = R.choice(["A04", "A08", "A08", "A31", "A28"])
    out = [msh(f"ADT^{ev}^ADT_A01", t)]
    s = staff()
    out.append(one(F_HL7, f"EVN|{ev}|{hl7_ts(t)}|||{s[0].upper()}^{s[1].split(',')[0].split()[-1].upper()}"))
    out.append(pid_seg(p))
    if R.random() < 0.7:
        r = p.rel
        L = Line(F_HL7)
        L.add("NK1|1|", (f"{r[1].upper()}^{r[0].upper()}", "name"), f"|{r[2]}^HL70063|")
        if R.random() < 0.5:
            L.add((p.street, "address"), "^^", (p.city, "address"), "^OH^", (p.zip, "zip"), "|")
        else:
            L.t("|")
        L.add(*hl7_phone(p.rel_phone, "PRN", "CP"))
        L.t("||EC^Emergency Contact^HL70131")
        out.append(L)
    out.append(pv1_seg(p, t))
    if R.random() < 0.8:
        pay = p.payer
        f = ["IN1", "1", f"{pay[0]}01^{pay[1]}", pay[2], pay[1], "", "", "", p.group if pay[0] != "MCR" else "", "", "",
             "", "", "", "", f"{pay[0]}", ]
        self_ins = R.random() < 0.6 or p.rel[2][:3] != "SPO"
        if self_ins:
            f += [[(pn(p, False), "name")], "01^Self", [(d_hl7(p.dob), "date")]]
        else:
            r = p.rel
            f += [[(f"{r[1].upper()}^{r[0].upper()}", "name")], "02^Spouse", ""]
        f += [""] * 17
        f.append([(p.member, "health_plan")])
        out.append(Line(F_HL7).seq(f, "|"))
    if R.random() < 0.35:
        L = Line(F_HL7)
        L.add("GT1|1|", (p.acct, "account"), "|", (pn(p, False), "name"), "||", (p.street, "address"), "^^",
              (p.city, "address"), "^OH^", (p.zip, "zip"), "|", (ph_fmt(p.home, 7), "phone"), "||",
              (d_hl7(p.dob), "date"), f"|{p.sex}||SE^Self|", (p.ssn.replace("-", ""), "ssn"))
        out.append(L)
    return out


def hl7_siu():
    p = pat()
    t = CK.tick()
    a = appt_dt()
    e = a + dt.timedelta(minutes=15)
    aid = R.randint(1000000, 9999999)
    out = [msh("SIU^S12^SIU_S12", t, "ARIA", "EPIC")]
    L = Line(F_HL7)
    L.add(f"SCH|{aid}^ARIA|{aid}^ARIA|||||ROUTINE^Routine^HL70276|TX^Treatment|15|min|^^15^",
          (hl7_ts(a), "date"), "^", (hl7_ts(e), "date"), f"|||||{s_user()}||||{s_user()}|||||Booked")
    out.append(L)
    out.append(pid_seg(p, full=False))
    out.append(one(F_HL7, "RGS|1|A"))
    out.append(one(F_HL7, f"AIS|1|A|TX_{R.choice(['IMRT', 'VMAT', 'SBRT', '3D'])}^Daily Treatment^ARIA|", (hl7_ts(a), "date"), "|||15|min"))
    out.append(one(F_HL7, f"AIL|1|A|{p.machine[0]}^^^LRCC_RADONC^^^^^{p.machine[2]} {p.machine[0][-1]}"))
    md = p.md
    out.append(one(F_HL7, f"AIP|1|A|{md[0]}^{md[1].upper()}^{md[2].upper()}^^^^MD|ATTENDING"))
    return out


def s_user():
    s = staff()
    return f"{s[0].upper()}^{s[1].split(',')[0].split()[-1].upper()}"


CPTS = [("77386", "IMRT TX DELIVERY COMPLEX"), ("77385", "IMRT TX DELIVERY SIMPLE"), ("77412", "RADIATION TX DELIVERY LVL 3"),
        ("77014", "CT GUIDANCE FOR RT FIELDS"), ("77387", "GUIDANCE FOR LOCALIZATION"), ("77427", "RADIATION TX MANAGEMENT X5"),
        ("77336", "CONTINUING MEDICAL PHYSICS"), ("77300", "RADIATION THERAPY DOSE PLAN"), ("77301", "IMRT PLAN"),
        ("77338", "DESIGN MLC DEVICE FOR IMRT")]


def hl7_dft():
    p = pat()
    t = CK.tick()
    out = [msh("DFT^P03^DFT_P03", t, "ARIA", "EPIC_HB")]
    out.append(one(F_HL7, f"EVN|P03|{hl7_ts(t)}"))
    out.append(pid_seg(p, full=False))
    out.append(one(F_HL7, "PV1|1|O|RADONC^", p.machine[0], "^01^LRCC|||||||||||||||||", (p.enc, "other_id"), "^^^LRCC^VN"))
    for i in range(R.randint(1, 3)):
        c = R.choice(CPTS)
        md = p.md
        out.append(one(F_HL7, f"FT1|{i + 1}|{R.randint(10**7, 10**8)}||", (d_hl7(TODAY), "date"), "|",
                       (d_hl7(TODAY), "date"), f"|CG|{c[0]}^{c[1]}^CPT4|||1|||RADONC^^^LRCC|||{p.icd}^{p.dxt}^I10|"
                       f"{md[0]}^{md[1].upper()}^{md[2].upper()}^^^^MD||||CHG{R.randint(10**6, 10**7)}|{c[0]}^{c[1]}^CPT4|{R.choice(['TC', '26', ''])}"))
    return out


# --------------------------------------------------------------------------
# Mirth-like interface engine log
# --------------------------------------------------------------------------
F_MIRTH = "mirth"


def mirth_pre(L, lvl, thread, cat):
    return L.t(f"{lvl:>5} {t_l4n(CK.tick())} [{thread}] {cat}: ")


def mirth_phi():
    p = pat()
    L = Line(F_MIRTH)
    k = cyc("mirth_phi", 3)
    if k == 1:
        mirth_pre(L, "ERROR", "ADT_to_MOSAIQ < Destination 1", "db-connector")
        L.add("Error writing to MOSAIQ: Ident row not found for IDA '", (p.mrn, "mrn"), "' (PID-5 '",
              (pn(p, False), "name"), "'), message queued for retry 3/5")
    elif k == 2:
        a = appt_dt()
        mirth_pre(L, "INFO", "SIU_from_ARIA JavaScript Transformer Step", "transformer")
        aid = R.randint(10**6, 10**7)
        L.add(f"outbound=MSH|^~\\&|ARIA|LRCC|EPIC|LRCC|{hl7_ts(CK.t)}||SIU^S14|{R.randint(10**8, 10**9)}|P|2.5.1\\r"
              f"SCH|{aid}^ARIA|{aid}^ARIA|||||||15|min|^^15^", (hl7_ts(a), "date"), "\\rPID|1||", (p.mrn, "mrn"),
              "^^^LRCC^MR||", (pn(p), "name"), "||", (d_hl7(p.dob), "date"), f"|{p.sex}\\r")
    else:
        mirth_pre(L, "WARN", "DFT_ARIA_to_HB Filter", "filter")
        L.add("Rejected FT1 with missing visit: PV1-19 empty for MRN ", (p.mrn, "mrn"), ", account ",
              (p.acct, "account"), " (", (nm(p, "Last, First"), "name"), ")")
    return [L]


def mirth_noise():
    L = Line(F_MIRTH)
    k = cyc("mirth_noise", 5)
    if k == 1:
        mirth_pre(L, "INFO", "Main Server Thread", "com.mirth.connect.server.Mirth")
        L.t("Mirth Connect 3.12.0 (Built on March 9, 2022) server successfully started.")
    elif k == 2:
        mirth_pre(L, "WARN", f"pool-{R.randint(2, 9)}-thread-{R.randint(1, 12)}", "com.mirth.connect.connectors.tcp.TcpReceiver")
        L.t(f"Connection reset by peer (/10.40.2.{R.randint(2, 250)}:{R.randint(40000, 60000)} -> 6661)")
    elif k == 3:
        mirth_pre(L, "INFO", "ADT_to_MOSAIQ < Source", "com.mirth.connect.donkey.server.channel.Channel")
        L.t(f"Received message {R.randint(10000, 99999)}; ACK AA sent in {R.randint(4, 80)} ms")
    elif k == 4:
        mirth_pre(L, "INFO", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner")
        L.t(f"Pruned {R.randint(1000, 90000)} messages from channel {R.choice(['SIU_from_ARIA', 'ADT_to_MOSAIQ', 'DFT_ARIA_to_HB', 'ORU_DOSE_SUMMARY'])} (older than 30 days) in {R.randint(2, 90)}s")
    else:
        mirth_pre(L, "ERROR", "DFT_ARIA_to_HB < Destination 1", "com.mirth.connect.connectors.tcp.TcpDispatcher")
        L.t(f"Error connecting to 10.40.7.{R.randint(2, 250)}:7700: java.net.ConnectException: Connection timed out (attempt 2 of 3)")
    return [L]


# --------------------------------------------------------------------------
# DICOM header dumps
# --------------------------------------------------------------------------
F_DCM = "dcmdump"
F_PYD = "pydicom"


def dcm_line(tag, vr, val, kw, cat=None, uid_name=False, indent=0):
    L = Line(F_DCM)
    L.t(" " * indent + f"({tag}) {vr} ")
    if uid_name:
        shown = "=" + val
        L.t("=")
        L.t(val)
    else:
        shown = "[" + val + "]"
        if val == "":
            shown = "(no value available)"
            L.t(shown)
        else:
            L.t("[")
        if val == "":
            pass
        elif cat:
            L.p(val, cat)
        else:
            L.t(val)
        if val != "":
            L.t("]")
    L.t(" " * max(1, 40 - indent - len(shown)))
    ln = len(val.encode("utf-8"))
    if uid_name:
        ln = 26
    if ln % 2:
        ln += 1
    L.t(f"# {ln:3d}, 1 {kw}")
    return L


def dcm_seq(tag, kw, n, indent=0):
    s = f"(Sequence with undefined length #={n})"
    return one(F_DCM, " " * indent + f"({tag}) SQ {s}" + " " * max(1, 40 - indent - len(s)) + f"# u/l, 1 {kw}")


def dcm_item(indent):
    return one(F_DCM, " " * indent + "(fffe,e000) na (Item with undefined length #=8)        # u/l, 1 Item")


DCM_KIND = [0]


def dcmdump_short(phantom=False):
    p = pat()
    fn = (f"/data/export/QA/RP.{dicom_uid()}.dcm" if phantom else f"/data/export/RT/{p.mrn}/RP.{dicom_uid()}.dcm")
    out = [one(F_DCM, f"$ dcmdump +P PatientName +P PatientID +P PatientBirthDate +P RTPlanLabel +P RTPlanDate ",
                *([fn] if phantom else [f"/data/export/RT/", (p.mrn, "mrn"), f"/RP.{dicom_uid()}.dcm"]))]
    if phantom:
        out.append(dcm_line("0010,0010", "PN", "QA_ARCCHECK^PHANTOM", "PatientName"))
        out.append(dcm_line("0010,0020", "LO", "QA-ARCCHECK-01", "PatientID"))
        out.append(dcm_line("0010,0030", "DA", "", "PatientBirthDate"))
        out.append(dcm_line("300a,0002", "SH", "QA_VMAT_2ARC", "RTPlanLabel"))
        out.append(dcm_line("300a,0006", "DA", d_hl7(TODAY), "RTPlanDate"))
    else:
        out.append(dcm_line("0010,0010", "PN", pn(p, R.random() < 0.5), "PatientName", "name"))
        out.append(dcm_line("0010,0020", "LO", p.mrn, "PatientID", "mrn"))
        out.append(dcm_line("0010,0030", "DA", d_hl7(p.dob), "PatientBirthDate", "date"))
        out.append(dcm_line("300a,0002", "SH", p.plan, "RTPlanLabel"))
        out.append(dcm_line("300a,0006", "DA", d_hl7(p.plan_date), "RTPlanDate", "date"))
    return out


def dcmdump_phantom():
    return dcmdump_short(phantom=True)


def dcmdump_block(phantom=False):
    p = pat()
    out = [one(F_DCM, f"# dcmdump (1/1): /data/export/{'QA' if phantom else 'RT'}/"
               + ("QA_ARCCHECK" if phantom else "RP") + f".{dicom_uid()}.dcm")]
    out.append(one(F_DCM, "# Dicom-File-Format"))
    DCM_KIND[0] += 1
    rs = (DCM_KIND[0] % 2 == 0) and not phantom
    rdate = p.plan_date
    cat_d = None if phantom else "date"
    out.append(dcm_line("0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet"))
    out.append(dcm_line("0008,0012", "DA", d_hl7(rdate if not phantom else TODAY), "InstanceCreationDate", cat_d))
    out.append(dcm_line("0008,0016", "UI", "RTStructureSetStorage" if rs else "RTPlanStorage", "SOPClassUID", uid_name=True))
    out.append(dcm_line("0008,0018", "UI", dicom_uid(), "SOPInstanceUID"))
    out.append(dcm_line("0008,0020", "DA", d_hl7(p.sim if not phantom else TODAY), "StudyDate", cat_d))
    if not phantom and R.random() < 0.6:
        out.append(dcm_line("0008,0050", "SH", p.accession, "AccessionNumber", "other_id"))
    out.append(dcm_line("0008,0060", "CS", "RTSTRUCT" if rs else "RTPLAN", "Modality"))
    out.append(dcm_line("0008,0070", "LO", "Varian Medical Systems", "Manufacturer"))
    md = p.md
    out.append(dcm_line("0008,0090", "PN", f"{md[1].upper()}^{md[2].upper()}", "ReferringPhysicianName"))
    out.append(dcm_line("0008,1090", "LO", "ARIA RadOnc", "ManufacturerModelName"))
    if phantom:
        out.append(dcm_line("0010,0010", "PN", "QA_ARCCHECK^PHANTOM", "PatientName"))
        out.append(dcm_line("0010,0020", "LO", "QA-ARCCHECK-01", "PatientID"))
        out.append(dcm_line("0010,0030", "DA", "", "PatientBirthDate"))
    else:
        out.append(dcm_line("0010,0010", "PN", pn(p), "PatientName", "name"))
        out.append(dcm_line("0010,0020", "LO", p.mrn, "PatientID", "mrn"))
        out.append(dcm_line("0010,0030", "DA", d_hl7(p.dob), "PatientBirthDate", "date"))
        out.append(dcm_line("0010,0040", "CS", p.sex, "PatientSex"))
        if p.age > 89 or R.random() < 0.3:
            out.append(dcm_line("0010,1010", "AS", f"{p.age:03d}Y", "PatientAge", "age" if p.age > 89 else None))
    out.append(dcm_line("0018,1020", "LO", R.choice(["15.6.06", "16.1.10", "18.0.1"]), "SoftwareVersions"))
    out.append(dcm_line("0020,000d", "UI", dicom_uid(), "StudyInstanceUID"))
    if rs:
        out.append(dcm_line("3006,0002", "SH", f"{p.site[:6].replace(' ', '_')}_RS", "StructureSetLabel"))
        out.append(dcm_line("3006,0008", "DA", d_hl7(rdate), "StructureSetDate", cat_d))
        rois = ["BODY", "PTV_" + str(p.rx), "CTV", "GTV", "Rectum", "Bladder", "SpinalCord", "Lung_L", "Heart", "CouchSurface"]
        n = R.randint(3, 4)
        out.append(dcm_seq("3006,0020", "StructureSetROISequence", n))
        for i, r in enumerate(R.sample(rois, n)):
            out.append(dcm_item(2))
            out.append(dcm_line("3006,0026", "LO", r, "ROIName", indent=4))
    else:
        out.append(dcm_line("300a,0002", "SH", p.plan if not phantom else "QA_VMAT_2ARC", "RTPlanLabel"))
        out.append(dcm_line("300a,0006", "DA", d_hl7(rdate if not phantom else TODAY), "RTPlanDate", cat_d))
        out.append(dcm_line("300a,000c", "CS", "PATIENT", "RTPlanGeometry"))
        beams = ("ARC1",) if phantom else ("ARC1", "ARC2")
        out.append(dcm_seq("300a,00b0", "BeamSequence", len(beams)))
        for b in beams:
            out.append(dcm_item(2))
            out.append(dcm_line("300a,00b2", "SH", p.machine[0], "TreatmentMachineName", indent=4))
            out.append(dcm_line("300a,00c2", "LO", b, "BeamName", indent=4))
    return out


def pyd_line(tag, desc, vr, val, cat=None, indent=0, quote=True):
    L = Line(F_PYD)
    L.t(" " * indent + f"({tag}) {desc:<35} {vr}: ")
    if quote:
        L.t("'")
    if cat:
        L.p(val, cat)
    else:
        L.t(val)
    if quote:
        L.t("'")
    return L


def pydicom_block():
    p = pat()
    out = [one(F_PYD, f">>> ds = pydicom.dcmread(r'\\\\lrcc-fs01\\RadOnc$\\dicom_in\\RS.{dicom_uid()}.dcm'); print(ds)")]
    out.append(one(F_PYD, "Dataset.file_meta -------------------------------"))
    out.append(pyd_line("0002, 0000", "File Meta Information Group Length", "UL", str(R.randint(180, 210)), quote=False))
    out.append(pyd_line("0002, 0002", "Media Storage SOP Class UID", "UI", "RT Structure Set Storage", quote=False))
    out.append(pyd_line("0002, 0010", "Transfer Syntax UID", "UI", "Implicit VR Little Endian", quote=False))
    out.append(one(F_PYD, "-------------------------------------------------"))
    out.append(pyd_line("0008, 0005", "Specific Character Set", "CS", "ISO_IR 192"))
    out.append(pyd_line("0008, 0012", "Instance Creation Date", "DA", d_hl7(p.plan_date), "date"))
    out.append(pyd_line("0008, 0013", "Instance Creation Time", "TM", f"{R.randint(7, 18):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}"))
    out.append(pyd_line("0008, 0060", "Modality", "CS", "RTSTRUCT"))
    out.append(pyd_line("0010, 0010", "Patient's Name", "PN", pn(p, R.random() < 0.5), "name"))
    out.append(pyd_line("0010, 0020", "Patient ID", "LO", p.mrn, "mrn"))
    out.append(pyd_line("0010, 0030", "Patient's Birth Date", "DA", d_hl7(p.dob), "date"))
    if R.random() < 0.5:
        L = Line(F_PYD)
        L.t(f"(0010, 1040) {'Patient' + chr(39) + 's Address':<35} LO: '")
        L.add((p.street, "address"), " ", (p.city, "address"), " OH ", (p.zip, "zip"), "'")
        out.append(L)
    if R.random() < 0.4:
        out.append(pyd_line("0010, 2154", "Patient's Telephone Numbers", "SH", ph_fmt(p.home), "phone"))
    out.append(pyd_line("3006, 0002", "Structure Set Label", "SH", "RS_" + p.plan[:10]))
    out.append(pyd_line("3006, 0008", "Structure Set Date", "DA", d_hl7(p.plan_date), "date"))
    n = R.randint(9, 24)
    out.append(one(F_PYD, f"(3006, 0020)  Structure Set ROI Sequence  {n} item(s) ---- "))
    for i, r in enumerate(R.sample(["BODY", "PTV_High", "CTV_High", "Parotid_L", "Parotid_R", "Brainstem", "SpinalCord", "Mandible"], 2)):
        out.append(pyd_line("3006, 0022", "ROI Number", "IS", str(i + 1), indent=3))
        out.append(pyd_line("3006, 0026", "ROI Name", "LO", r, indent=3))
        out.append(pyd_line("3006, 0036", "ROI Generation Algorithm", "CS", R.choice(["MANUAL", "AUTOMATIC", "SEMIAUTOMATIC"]), indent=3))
        out.append(one(F_PYD, "   ---------"))
    return out


def pydicom_noise():
    k = cyc("pydicom_noise", 3)
    if k == 1:
        return [one(F_PYD, f"/opt/rtqa/venv/lib/python3.10/site-packages/pydicom/valuerep.py:443: UserWarning: "
                    f"Invalid value for VR DS: '{R.uniform(0, 2):.17f}'. Please see <https://dicom.nema.org/medical/dicom/current/output/html/part05.html#table_6.2-1> for allowed values for each VR.")]
    if k == 2:
        return [one(F_PYD, f"INFO:rtqa.export:Wrote 3 objects (RTPLAN, RTSTRUCT, RTDOSE) to /data/archive/{uuid4()} in {R.uniform(0.3, 4):.2f}s")]
    return [one(F_PYD, f"WARNING:pydicom:Expected explicit VR, but found implicit VR - using implicit VR for reading "
                f"(file RD.{dicom_uid()}.dcm)")]


# --------------------------------------------------------------------------
# storescp (dcmtk) syslog on the DICOM gateway
# --------------------------------------------------------------------------
F_SCP = "storescp_syslog"


def scp_pre(L):
    return L.t(f"{t_syslog(CK.tick())} ro-dcmgw01 storescp[{R.randint(1000, 30000)}]: ")


def scp_phi():
    p = pat()
    L = Line(F_SCP)
    scp_pre(L)
    if R.random() < 0.5:
        L.add("I: storing DICOM file: /data/incoming/", (p.mrn, "mrn"), f"/RTRECORD/RT.{dicom_uid()}.dcm")
    else:
        L.add("W: DICOM file already exists, overwriting: /data/incoming/", (pn(p, False).replace("^", "_"), "name"), "_",
              (p.mrn, "mrn"), f"/CT/CT.{dicom_uid('1.3.12.2.1107.5.1.4')}.dcm")
    return [L]


def scp_noise():
    L = Line(F_SCP)
    scp_pre(L)
    L.t(pick("scp_noise", [
        f"I: Association Received 10.20.{R.randint(1, 9)}.{R.randint(2, 250)}: \"TB2_TDS\" -> \"RO_DCMGW\"",
        f"I: Received Store Request: MsgID {R.randint(1, 900)}, (RTRECORD)",
        "I: Association Release",
        f"E: Association Request Failed: 0006:0317 Peer aborted Association (or never connected)",
        f"I: Sending Echo Response (Success)",
    ]))
    return [L]


# --------------------------------------------------------------------------
# Linac treatment delivery log
# --------------------------------------------------------------------------
F_TDS = "tds_log"


def tds_pre(L, m, comp, lvl):
    return L.t(f"{t_dot(CK.tick())} [{m}] [{comp}] [{lvl:<5}] ")


def tds_phi():
    p = pat()
    m = p.machine
    L = Line(F_TDS)
    k = cyc("tds_phi", 4)
    if k == 1:
        tds_pre(L, m[0], "TreatmentApp", "Info")
        L.add("Patient loaded: Id=", (p.mrn, "mrn"), " Name=\"", (nm(p, "LAST, FIRST M"), "name"), "\" DOB=",
              (d_us(p.dob), "date"), f" Plan={p.plan} Course=C1 Fx={p.fx}/{p.nfx}")
    elif k == 2:
        tds_pre(L, m[0], "TrajectoryLog", "Info")
        L.add(f"Written D:\\TDS\\{m[1]}\\TrajectoryLogs\\", (p.mrn, "mrn"), f"_{p.plan}_1_ARC1_",
              (TODAY.strftime("%Y%m%d") + CK.t.strftime("%H%M%S"), "date"), f".bin ({R.uniform(0.8, 3.2):.1f} MB)")
    elif k == 3:
        tds_pre(L, m[0], "OISInterface", "Info")
        L.add("Treatment record sent: PatientId=", (p.mrn, "mrn"), " TxDate=", (d_iso(TODAY), "date"),
              f" Field=ARC{R.randint(1, 2)} MU={R.uniform(120, 680):.1f}/{R.uniform(120, 680):.1f} Status=COMPLETED")
    else:
        tds_pre(L, m[0], "TreatmentApp", "Warn")
        L.add("Override requested by ", tx_staff()[0], " for patient ", (nm(p, "Last, First"), "name"),
              ": couch Lat out of tolerance (1.2 cm > 1.0 cm), reason='post-CBCT shift'")
    return [L]


def tds_noise():
    m = R.choice(MACHINES)
    L = Line(F_TDS)
    k = cyc("tds_noise", 7)
    if k == 1:
        tds_pre(L, m[0], "Beam", "Info")
        L.t(f"Beam ON ARC{R.randint(1, 2)} {R.choice(['6X', '6X-FFF', '10X-FFF', '15X'])} DR={R.choice([600, 1400, 2400])} MU/min "
            f"gantry {R.uniform(170, 190):.1f}->{R.uniform(170, 190):.1f} {R.choice(['CW', 'CCW'])}")
    elif k == 2:
        tds_pre(L, m[0], "Beam", "Info")
        mu = R.uniform(80, 700)
        L.t(f"Beam OFF delivered MU {mu:.1f} (planned {mu:.1f}) duration {R.uniform(20, 140):.1f}s")
    elif k == 3:
        tds_pre(L, m[0], "Interlock", "Warn")
        L.t(f"Interlock SET {R.choice(['DOSE1', 'MLC', 'COUCH_MOTION', 'DOOR', 'KV_IMAGER'])} (0x{HEXS(4)}) cleared after {R.randint(1, 40)}s")
    elif k == 4:
        tds_pre(L, m[0], "MLC", "Info")
        L.t(f"Leaf position check passed: max dev {R.uniform(0.05, 0.4):.2f} mm bank A, {R.uniform(0.05, 0.4):.2f} mm bank B")
    elif k == 5:
        tds_pre(L, m[0], "Couch", "Info")
        L.t(f"Couch at Vrt {R.uniform(-25, -5):.2f} Lng {R.uniform(80, 140):.2f} Lat {R.uniform(-2, 2):.2f} Rtn {R.uniform(-1, 1):.1f} cm/deg")
    elif k == 6:
        tds_pre(L, m[0], "MPC", "Info")
        L.t(f"Machine Performance Check passed: output 6X {R.uniform(-1, 1):+.2f}% 10X {R.uniform(-1, 1):+.2f}% "
            f"iso size {R.uniform(0.2, 0.5):.2f} mm (run MPC-{TODAY:%Y%m%d}-{R.randint(600, 700):04d})")
    else:
        tds_pre(L, m[0], "System", "Info")
        L.t(f"Software {m[2]} {R.choice(['2.7 MR4', '3.0 MR2', '4.1'])} build {R.randint(1000, 9999)}; serial {m[1]}; uptime {R.randint(1, 40)}d")
    return [L]


# --------------------------------------------------------------------------
# Windows event log (linac console / machine)
# --------------------------------------------------------------------------
F_EVT = "winevent_linac"


def evt_noise():
    m = R.choice(MACHINES)
    t = CK.tick()
    src, eid, lvl, msg = pick("evt_noise", [
        ("VMS.TrueBeam.SupervisorService", 4102, "Warning", "Node XI (Imaging) heartbeat late by 812 ms"),
        ("VMS.TrueBeam.SupervisorService", 4001, "Information", "All nodes online (STN, BGM, CCHU, COL, XI, MLC)"),
        ("Service Control Manager", 7036, "Information", "The Varian Treatment Service service entered the running state."),
        ("VMS.TrueBeam.Dosimetry", 5210, "Warning", f"Monitor chamber humidity {R.randint(61, 75)}% above advisory limit 60%"),
        ("Microsoft-Windows-Kernel-Power", 41, "Critical", "The system has rebooted without cleanly shutting down first."),
        ("VMS.TrueBeam.Imaging", 6117, "Error", f"kV panel temperature {R.uniform(36, 44):.1f} C; gain calibration recommended"),
    ])
    L = Line(F_EVT)
    L.t(f"Log Name: Application | Source: {src} | Date: {t:%m/%d/%Y %I:%M:%S %p} | Event ID: {eid} | Level: {lvl} | "
        f"Computer: {m[0]}-CONSOLE.lrcc.local | Message: {msg}")
    return [L]


def evt_phi():
    p = pat()
    m = p.machine
    t = CK.tick()
    L = Line(F_EVT)
    L.add(f"Log Name: Application | Source: VMS.TrueBeam.TreatmentApp | Date: {t:%m/%d/%Y %I:%M:%S %p} | Event ID: 3304 | "
          f"Level: Error | Computer: {m[0]}-CONSOLE.lrcc.local | Message: Unable to close treatment session for patient ",
          (p.mrn, "mrn"), " (", (nm(p, "FIRST LAST"), "name"), "): OIS connection lost; record cached locally.")
    return [L]


# --------------------------------------------------------------------------
# Surface guidance (AlignRT-like) session log
# --------------------------------------------------------------------------
F_SG = "alignrt"


def sg_pre(L, comp, lvl):
    return L.t(f"{t_uk(CK.tick())} | {lvl:<5} | {comp} | ")


def sg_phi():
    p = pat()
    L = Line(F_SG)
    k = cyc("sg_phi", 3)
    if k == 1:
        sg_pre(L, "AlignRT.Session", "INFO")
        L.add("Session started: patient '", (nm(p, R.choice(["Last, First", "LAST, FIRST"])), "name"), "' (", (p.mrn, "mrn"),
              "), DOB ", (d_uk(p.dob), "date"), f", site {p.site}, ROI 'ROI_{p.site.split()[-1][:5]}', DIBH={'Y' if 'BR' in p.plan or 'CW' in p.plan else 'N'}")
    elif k == 2:
        sg_pre(L, "AlignRT.Reference", "INFO")
        L.add("Reference surface imported from DICOM RS (External) for ", (p.mrn, "mrn"), f", plan {p.plan}, {R.randint(12000, 60000)} vertices")
    else:
        sg_pre(L, "AlignRT.Session", "WARN")
        L.add("Patient photo check: ", (nm(p, "First Last"), "name"),
              " reference photo (captured at sim ", (d_uk(p.sim), "date"), ") does not match current setup; recapture advised")
    return [L]


def sg_noise():
    L = Line(F_SG)
    k = cyc("sg_noise", 4)
    if k == 1:
        sg_pre(L, "AlignRT.Monitor", "INFO")
        L.t(f"RTD VRT {R.uniform(-0.4, 0.4):+.2f} LNG {R.uniform(-0.4, 0.4):+.2f} LAT {R.uniform(-0.4, 0.4):+.2f} cm "
            f"YAW {R.uniform(-1, 1):+.1f} PITCH {R.uniform(-1, 1):+.1f} ROLL {R.uniform(-1, 1):+.1f} deg MAG {R.uniform(0, 0.5):.2f}")
    elif k == 2:
        sg_pre(L, "AlignRT.Gating", "INFO")
        L.t(f"Beam hold asserted (MAG {R.uniform(0.41, 0.9):.2f} > 0.40 cm) for {R.uniform(0.3, 4):.1f}s; released")
    elif k == 3:
        sg_pre(L, "Hardware.CameraPod", "WARN")
        L.t(f"Pod {R.randint(1, 3)} temperature {R.uniform(36, 42):.1f}C; speckle projector duty {R.randint(40, 90)}%")
    else:
        sg_pre(L, "Hardware.Calibration", "INFO")
        L.t(f"Daily isocentre check: plate offset {R.uniform(0, 0.6):.2f} mm, rotation {R.uniform(0, 0.3):.2f} deg — PASS")
    return [L]


# --------------------------------------------------------------------------
# IGRT / CBCT session log
# --------------------------------------------------------------------------
F_IG = "igrt_log"


def ig_phi():
    p = pat()
    L = Line(F_IG)
    t = CK.tick()
    if R.random() < 0.5:
        L.add(f"{t_dot(t)} XVI INFO  Scan acquired: preset M20 {R.choice(['Prostate Seed', 'Chest 4D', 'Head & Neck S20'])}, 120 kV, "
              f"{R.randint(200, 1100)} mAs, patient ID ", (p.mrn, "mrn"), f", fraction {p.fx}")
    else:
        L.add(f"{t_dot(t)} OBI  INFO  OnlineMatch session for '", (nm(p, "LAST, FIRST"), "name"), "' [", (p.mrn, "mrn"), "] ",
              (d_dmy(TODAY), "date"), f" kV-CBCT approved; shifts Vrt {R.uniform(-0.5, 0.5):+.1f} Lng {R.uniform(-0.5, 0.5):+.1f} "
              f"Lat {R.uniform(-0.5, 0.5):+.1f} cm by {tx_staff()[0]}")
    return [L]


def ig_noise():
    L = Line(F_IG)
    t = CK.tick()
    L.t(pick("ig_noise", [
        f"{t_dot(t)} XVI INFO  Registration (Bone, clipbox 12x10x14 cm): LR {R.uniform(-0.4, 0.4):+.2f} SI {R.uniform(-0.4, 0.4):+.2f} "
        f"AP {R.uniform(-0.4, 0.4):+.2f} cm; Rot {R.uniform(-1, 1):+.1f}/{R.uniform(-1, 1):+.1f}/{R.uniform(-1, 1):+.1f} deg",
        f"{t_dot(t)} XVI WARN  Reconstruction queue depth {R.randint(2, 5)}; GPU mem {R.randint(60, 95)}%",
        f"{t_dot(t)} OBI  INFO  kV source warm-up complete: {R.randint(5, 30)} exposures, tube heat {R.randint(10, 40)}%",
        f"{t_dot(t)} OBI  ERROR Image transfer to ARIA failed (DICOM 0xA700 Out of resources), retry in 30s",
    ]))
    return [L]


# --------------------------------------------------------------------------
# IMRT QA CSV
# --------------------------------------------------------------------------
F_QA = "imrt_qa_csv"
F_QADE = "myqa_csv_de"


def qa_block():
    out = [one(F_QA, "PatientID,PatientName,PlanID,Beam,Device,MeasuredDate,Criteria,Threshold(%),TotalPoints,Passed,GammaPass(%),Result,Reviewer")]
    for _ in range(R.randint(3, 6)):
        ph = R.random() < 0.3
        phys = physicist()
        L = Line(F_QA)
        pts = R.randint(900, 1400)
        pr = R.uniform(93.5, 100)
        if ph:
            L.t(f"QA-ARCCHECK-01,\"QA_ARCCHECK, PHANTOM\",{R.choice(['DAILY_CONST', 'TG218_HN', 'TG218_PROST', 'MLC_DOSIM'])},ALL,ArcCHECK 1220,{d_iso(TODAY)},3%/2mm,10,{pts},"
                f"{int(pts * pr / 100)},{pr:.1f},{'PASS' if pr >= 95 else 'FAIL'},{phys[0]}")
        else:
            p = pat()
            L.add((p.mrn, "mrn"), ",\"", (nm(p, "Last, First"), "name"), f"\",{p.plan},ARC{R.randint(1, 2)},ArcCHECK 1220,",
                  (d_iso(p.plan_date + dt.timedelta(days=1)), "date"),
                  f",3%/2mm,10,{pts},{int(pts * pr / 100)},{pr:.1f},{'PASS' if pr >= 95 else 'FAIL'},{phys[0]}")
        out.append(L)
    return out


def qa_de_block():
    out = [one(F_QADE, "Patienten-ID;Name;Geburtsdatum;Plan;Feld;Messdatum;Gamma-Kriterium;Bestanden (%);Ergebnis")]
    for _ in range(R.randint(2, 4)):
        p = pat()
        pr = R.uniform(92, 100)
        L = Line(F_QADE)
        L.add((p.mrn, "mrn"), ";", (f"{p.last}, {p.first}", "name"), ";", (d_de(p.dob), "date"), f";{p.plan};Feld {R.randint(1, 4)};",
              (d_de(p.plan_date + dt.timedelta(days=R.randint(0, 2))), "date"), f";3 %/3 mm;{pr:.1f}".replace(".", ",") + f";{'bestanden' if pr >= 95 else 'nicht bestanden'}")
        out.append(L)
    out.append(one(F_QADE, f"# Export: myQA Patients 2024.1, Benutzer {physicist()[0]}, {R.randint(3, 8)} Datensätze, Trennzeichen ';'"))
    return out


def qa_noise():
    return [one(F_QA, f"QA-EPID-TB{R.randint(1, 2)},\"EPID DOSIMETRY, CAL\",EPID_FLOOD,ALL,aS1200,{d_iso(TODAY)},2%/2mm,10,"
                f"{R.randint(3000, 5000)},{R.randint(2900, 3000)},{R.uniform(97, 100):.1f},PASS,{physicist()[0]}")]


# --------------------------------------------------------------------------
# ESAPI plan-check script output
# --------------------------------------------------------------------------
F_ES = "esapi_out"


def esapi_block():
    p = old_pat() if R.random() < 0.5 else pat()
    s = R.choice(STAFF[:5])
    out = [one(F_ES, f"=== PlanCheck 3.4.{R.randint(0, 9)} (ESAPI 16.1) run by {s[0]} on {R.choice(['ECLIPSE-WS03', 'ECLIPSE-WS07', 'CITRIX-ECL12'])} ===")]
    L = Line(F_ES)
    L.add("Patient: ", (nm(p, "LAST, FIRST"), "name"), " (", (p.mrn, "mrn"), ")   DOB: ", (d_us_short(p.dob), "date"),
          f"   Course: C1   Plan: {p.plan} [PlanningApproved]")
    if p.age > 89:
        L.add("   Age: ", (str(p.age), "age"))
    out.append(L)
    fx_dose = p.rx / p.nfx
    out.append(one(F_ES, f"  [PASS] Rx {p.rx:.1f} cGy / {p.nfx} fx = {fx_dose:.1f} cGy/fx matches plan normalization"))
    out.append(one(F_ES, f"  [PASS] Dose calc: {R.choice(['AAA_15.6.06', 'AcurosXB_16.1'])}, grid 0.25 cm, heterogeneity ON"))
    if R.random() < 0.5:
        out.append(one(F_ES, f"  [WARN] Jaw tracking OFF for ARC2"))
    out.append(one(F_ES, f"  [{R.choice(['PASS', 'FAIL'])}] PTV_{p.rx} D95% = {p.rx * R.uniform(0.95, 1.01):.1f} cGy (goal >= {p.rx * 0.95:.1f} cGy)"))
    out.append(one(F_ES, f"  [PASS] Machine {p.machine[0]} energy/DR consistent for all fields"))
    if R.random() < 0.5:
        out.append(one(F_ES, "  Exported DVH: C:\\Users\\", s[0], "\\Documents\\DVH\\", (p.mrn, "mrn"), f"_{p.plan}.csv"))
    out.append(one(F_ES, f"  Summary: {R.randint(10, 20)} pass, {R.randint(0, 3)} warn, {R.randint(0, 1)} fail; elapsed {R.uniform(1, 9):.1f} s"))
    return out


def esapi_exc():
    return [one(F_ES, "System.InvalidOperationException: Structure 'CouchSurface' not found in StructureSet 'CT_SIM_1'."),
            one(F_ES, "   at VMS.TPS.Common.Model.API.StructureSet.get_Item(String id)"),
            one(F_ES, f"   at PlanCheck.Checks.CouchCheck.Run(PlanSetup plan) in C:\\Scripts\\PlanCheck\\Checks\\CouchCheck.cs:line {R.randint(20, 120)}"),
            one(F_ES, f"   at PlanCheck.Script.Execute(ScriptContext context, Window window) in C:\\Scripts\\PlanCheck\\Script.cs:line {R.randint(20, 120)}")]


# --------------------------------------------------------------------------
# Physics notes / chart rounds
# --------------------------------------------------------------------------
F_NOTE = "physics_note"
F_CR = "chart_rounds"


def note_pre(L, kind, author):
    return L.t(f"{t_dot(CK.tick())} NOTE id=N-{R.randint(100000, 999999)} type={kind} author={author} text=\"")


def note_phi():
    p = pat()
    ph = physicist()
    L = Line(F_NOTE)
    k = cyc("note_phi", 8)
    cum = int(p.rx / p.nfx * p.fx)
    if k == 1:
        note_pre(L, "PHYS_WEEKLY", ph[0])
        L.add("Weekly chart check ", (d_us(TODAY), "date"), " ", (nm(p, "LAST, FIRST"), "name"), " MRN ", (p.mrn, "mrn"),
              f": Fx {p.fx}/{p.nfx}, {cum} cGy of {p.rx} cGy. Rx/plan consistent, no unapproved changes, daily CBCT reviewed. Next check due ",
              (d_us_short(TODAY + dt.timedelta(days=7)), "date"), f". -- {ph[1]}\"")
    elif k == 2:
        c = p.cied
        note_pre(L, "CIED_EVAL", ph[0])
        L.add("CIED eval for ", (nm(p, "First Last"), "name"), f": {c[0]} {c[1]} SN ", (p.cied_sn, "device"),
              f", pacing-dependent: {R.choice(['NO', 'YES'])}. Est. max device dose {R.uniform(0.1, 1.8):.1f} Gy (<2 Gy), "
              "low risk per TG-203; interrogate after final fx.\"")
    elif k == 3:
        r = p.rel
        note_pre(L, "NURSING", "tnwosu")
        L.add("Spoke w/ pt's ", r[2].split("^")[1].lower(), " ", (f"{r[0]} {r[1]}", "name"), " (", (ph_fmt(p.rel_phone), "phone"),
              ") re: daily transport; will drive pt, plate ", (p.plate, "vehicle"), " added to valet list.\"")
    elif k == 4:
        note_pre(L, "SOCIAL_WORK", "mhalloran")
        url = R.choice([f"https://www.caringbridge.org/visit/{slug(p.first)}{slug(p.last)}",
                        f"https://www.gofundme.com/f/help-{slug(p.first)}-{slug(p.last)}-beat-cancer"])
        L.add("Pt ", (nm(p, "First Last"), "name"), " (", (p.mrn, "mrn"), ") asks that family updates go to ", (url, "url"),
              "; financial counseling referral placed, HAR ", (p.acct, "account"), ".\"")
    elif k == 5:
        note_pre(L, "ROI", "dkrause")
        L.add("Release of information: treatment summary faxed to pt at ", (ph_fmt(p.fax, R.choice([0, 1, 2])), "fax"),
              " per signed authorization dated ", (d_us_short(TODAY - dt.timedelta(days=R.randint(1, 5))), "date"), ", pt ",
              (nm(p, "Last, First M."), "name"), ", DOB ", (d_us(p.dob), "date"), ".\"")
    elif k == 6:
        note_pre(L, "PHYS_INITIAL", ph[0])
        L.add(f"Initial physics check {p.plan} for ", (pn(p), "name"), " passed; MU 2nd check (RadCalc) within "
              f"{R.uniform(0.2, 2.9):.1f}%; DOB ", (d_hl7(p.dob), "date"), " verified on plan report; QA scheduled ",
              (d_mon(p.plan_date + dt.timedelta(days=1)), "date"), ".\"")
    elif k == 7:
        note_pre(L, "CIED_EVAL", ph[0])
        L.add("Remote monitor for ", (nm(p, "Last, First"), "name"), " (MyCareLink, IMEI ", (p.imei, "device"),
              ") paired; device UDI ", (f"(01)0064316900{R.randint(1000, 9999)}(17){R.randint(26, 30)}0430(21){p.cied_sn}", "device"),
              " recorded in ARIA Alerts.\"")
    else:
        note_pre(L, "FRONT_DESK", "dkrause")
        L.add("Pt ", (nm(p, "lower"), "name"), " updated contact: email ", (p.email, "email"), ", cell ",
              (ph_fmt(p.cell), "phone"), "; photo ID verified OH DL ", (p.dl, "license"), ".\"")
    return [L]


def note_noise():
    ph = physicist()
    L = Line(F_NOTE)
    note_pre(L, R.choice(["PHYS_MACHINE", "PHYS_ADMIN", "DOSIMETRY"]), ph[0])
    L.t(pick("note_noise", [
        f"Monthly QA TB{R.randint(1, 2)}: output 6X {R.uniform(-1, 1):+.1f}%, 10X {R.uniform(-1, 1):+.1f}%, 6FFF {R.uniform(-1, 1):+.1f}% vs baseline; picket fence pass; imaging iso {R.uniform(0.2, 0.9):.1f} mm.",
        f"Weekly checks complete for TB2 queue ({R.randint(15, 40)} charts); {R.randint(0, 4)} flagged for missing CBCT approval, tickets RO-{R.randint(4000, 4999)}, RO-{R.randint(4000, 4999)}.",
        "Reminder: use couch model 'Exact IGRT Couch, medium' for all TB plans from 11/01 (memo RO-PHYS-2024-17).",
        f"HAL1 MLC service: leaf B{R.randint(1, 28)} motor replaced by Varian FSE (case CS-{R.randint(1000000, 9999999)}); post-repair picket fence and VMAT T2/T3 pass.",
        f"Daily QA log review week 45: {R.randint(0, 3)} out-of-tolerance flags (all TB1 kV-MV iso, < 1.5 mm action level); no clinical impact.",
        f"Eclipse 18.0 beam model commissioning: 6X-FFF profiles within 1%/1 mm except penumbra at 40x40; see ticket PHYS-{R.randint(100, 999)}.",
        f"OSLD batch {R.randint(100, 999)} annealed and read; background {R.uniform(0.5, 2):.1f} mrad, sensitivity factors uploaded to microStar.",
        "SBRT end-to-end test with CIRS 062M: point dose -0.8%, film gamma 3%/1 mm 97.4%. Approved for clinical use.",
        f"VERSA1 annual: TG-142 complete, TPR20,10 6MV {R.uniform(0.66, 0.69):.3f}; report filed to \\\\lrcc-fs01\\Physics\\Annual\\2024.",
        f"Ion chamber Exradin A12 SN {R.randint(10000, 99999)} back from ADCL, Nk updated; electrometer SuperMAX SN {R.randint(1000, 9999)}.",
    ]) + "\"")
    return [L]


def cr_phi():
    p = old_pat() if R.random() < 0.45 else pat()
    L = Line(F_CR)
    age_s = str(p.age)
    L.t(R.choice(["[Chart Rounds - Peer Review] ", "[CR] ", "[Chart Rounds] "]))
    age_piece = (age_s, "age") if p.age > 89 else age_s
    md = p.md
    v = cyc("cr_phi", 5)
    if v == 4:
        L.add("Replan request: ", (nm(p, "LAST, FIRST"), "name"), f" ({p.mrn[:0]}", (p.mrn, "mrn"), f") - weight loss {R.randint(4, 9)} kg, "
              "mask loose; rescan ", (d_us_short(TODAY + dt.timedelta(days=R.randint(1, 3))), "date"), f", hold fx after {p.fx}. Dr. {md[1]}.")
    elif v == 5:
        L.add("Palliative add-on: ", (nm(p, "First M. Last"), "name"), ", ", age_piece, f" {p.sex}, DOB ", (d_us(p.dob), "date"),
              f" - {p.dxt.lower()}; 8 Gy x1 vs 20 Gy/5 discussed; family (", (f"{p.rel[0]} {p.rel[1]}", "name"), ") prefers single fx.")
    elif v == 1:
        L.add(age_piece, f"-year-old {'man' if p.sex == 'M' else 'woman'} (", (p.last, "name"), f", MRN ", (p.mrn, "mrn"),
              f") with {p.dxt.lower()}, {p.plan} {p.rx} cGy/{p.nfx} fx started ", (d_us_yy(p.start), "date"),
              f". Dr. {md[1]}: contours approved, PTV margin 5 mm. Consensus: approve.")
    elif v == 2:
        L.add((nm(p, "F. Last"), "name"), ", ", age_piece, f" y/o {p.sex}, {p.icd}: reviewed DVH, cord max {R.randint(2800, 4500)} cGy; "
              f"peer reviewer Dr. {R.choice(PHYSICIANS)[1]} requests replan before fx {min(p.nfx, p.fx + 2)}.")
    else:
        L.add("New start ", (nm(p, "Last, First"), "name"), " (", age_piece, f"yo {p.sex}) sim ", (d_mon(p.sim), "date"),
              f", {p.site.lower()} - {p.rx} cGy in {p.nfx}; Dr. {md[1]} presenting.")
    return [L]


def cr_noise():
    return [one(F_CR, pick("cr_noise", [
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Attendance: Drs. Rao, Feld, Okafor, Lindgren; physics K. Brandt, H. Baek; dosimetry L. Whitfield.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] {R.randint(8, 16)} new starts, {R.randint(1, 5)} replans, {R.randint(1, 4)} SBRT cases peer-reviewed; 100% reviewed before fx 3.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Action item: update SBRT lung protocol (RTOG 0915 constraints) — owner S. Ortiz-Vega, due 11/15.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Teams meeting link changed; dial-in (216) 555-0134, conf ID 448 211 907#.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Reminder: ASTRO peer review audit sample due 11/30; physics to pull 10 random charts per machine.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Incident RO-ILS #{R.randint(200, 900)} (couch index mismatch) reviewed; no patient impact, SOP RT-114 updated.",
        f"[Chart Rounds {TODAY.month}/{TODAY.day}] Next session moved to Tue 11/12 12:15 in Conf Rm B2 due to Veterans Day.",
    ]))]


# --------------------------------------------------------------------------
# Appointment reminders (JSON) and postfix
# --------------------------------------------------------------------------
F_REM = "reminder_json"
F_PF = "postfix"


def rem_phi():
    p = pat()
    a = appt_dt()
    L = Line(F_REM)
    k = cyc("rem_phi", 6)
    L.t(f"{{\"ts\":\"{t_z(CK.tick())}\",\"level\":\"info\",\"svc\":\"appt-reminder\",")
    if k == 1:
        L.add("\"event\":\"sms.queued\",\"to\":\"", (f"+1{p.cell}", "phone"), "\",\"patient\":{\"mrn\":\"", (p.mrn, "mrn"),
              "\",\"firstName\":\"", (p.first, "name"), "\"},\"appt\":{\"start\":\"", (t_off(a), "date"),
              f"\",\"dept\":\"RAD ONC\",\"resource\":\"{p.machine[2]} {p.machine[0][-1]}\"}},\"template\":\"RO_DAILY_TX_V2\",\"msgSid\":\"SM{hexs(32)}\"}}")
    elif k == 2:
        spanish = R.random() < 0.4
        if spanish:
            body = ["Hola ", (p.first, "name"), ", le recordamos su cita de radioterapia el ", WDAY_ES[a.weekday()], " ",
                    (f"{a.day}/{a.month}", "date"), f" a las {a:%H:%M}. Responda C para confirmar. Lakeshore Radiation Oncology (216) 555-0100"]
        else:
            h = a.hour % 12 or 12
            body = ["Hi ", (p.first, "name"), ", reminder: radiation treatment ", WDAY[a.weekday()], " ",
                    (f"{a.month}/{a.day}", "date"), f" at {h}:{a.minute:02d} {'AM' if a.hour < 12 else 'PM'}. Reply C to confirm, "
                    "STOP to opt out. Questions: (216) 555-0100"]
        L.add("\"event\":\"sms.rendered\",\"locale\":\"", "es-US" if spanish else "en-US", "\",\"body\":\"", *body, "\"}")
    elif k == 3:
        L.add("\"event\":\"sms.inbound\",\"from\":\"", (f"+1{p.cell}", "phone"), "\",\"body\":\"",
              R.choice(["C", "c", "Yes", "Can we move to afternoon?", "STOP"]), "\",\"matched_mrn\":\"", (p.mrn, "mrn"),
              f"\",\"sch_id\":{R.randint(1000000, 9999999)}}}")
    elif k == 4:
        L.add("\"event\":\"link.clicked\",\"client_ip\":\"", (p.ip, "ip"), "\",\"portal_user\":\"", (p.portal_user, "other_id"),
              f"\",\"ua\":\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)\",\"link_id\":\"{hexs(12)}\"}}")
    elif k == 6:
        L.add("\"event\":\"survey.submitted\",\"survey\":\"PRO-CTCAE_WEEKLY\",\"portalUser\":\"", (p.portal_user, "other_id"),
              "\",\"clientIp\":\"", (p.ip, "ip"), f"\",\"items\":{R.randint(8, 16)},\"flags\":{R.randint(0, 2)}}}")
    else:
        L.add("\"event\":\"email.queued\",\"to\":\"", (p.email, "email"), "\",\"name\":\"", (nm(p, "First Last"), "name"),
              "\",\"appt_date\":\"", (d_iso(a.date()), "date"), "\",\"template\":\"RO_NEW_START_PACKET\",\"attachments\":2}")
    return [L]


def rem_noise():
    L = Line(F_REM)
    L.t(f"{{\"ts\":\"{t_z(CK.tick())}\",\"level\":\"{R.choice(['info', 'info', 'warn'])}\",\"svc\":\"appt-reminder\",")
    L.t(pick("rem_noise", [
        f"\"event\":\"batch.complete\",\"batch_id\":\"{uuid4()}\",\"sent\":{R.randint(150, 300)},\"failed\":{R.randint(0, 5)},\"optout\":{R.randint(0, 3)},\"duration_ms\":{R.randint(2000, 30000)}}}",
        f"\"event\":\"sms.status\",\"msgSid\":\"SM{hexs(32)}\",\"status\":\"{R.choice(['delivered', 'undelivered', 'sent'])}\",\"errorCode\":{R.choice(['null', '30003', '30006'])}}}",
        f"\"event\":\"ratelimit\",\"provider\":\"twilio\",\"retry_after_s\":{R.randint(1, 30)},\"queue_depth\":{R.randint(10, 400)}}}",
        f"\"event\":\"config.reload\",\"templates\":[\"RO_DAILY_TX_V2\",\"RO_NEW_START_PACKET\",\"RO_FOLLOWUP_3MO\"],\"version\":\"1.{R.randint(10, 40)}.{R.randint(0, 9)}\"}}",
    ]))
    return [L]


def pf_phi():
    p = pat()
    L = Line(F_PF)
    q = HEXS(10)
    L.add(f"{t_syslog(CK.tick())} relay02 postfix/smtp[{R.randint(2000, 40000)}]: {q}: to=<", (p.email, "email"),
          f">, relay=mx.{p.email.split('@')[1]}[{R.randint(64, 209)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}]:25, "
          f"delay={R.uniform(0.2, 3):.1f}, delays=0.1/0/{R.uniform(0.1, 1):.1f}/{R.uniform(0.1, 2):.1f}, dsn=2.0.0, status=sent (250 2.0.0 OK)")
    return [L]


def pf_noise():
    L = Line(F_PF)
    L.t(f"{t_syslog(CK.tick())} relay02 postfix/" + pick("pf_noise", [
        f"qmgr[1187]: {HEXS(10)}: from=<noreply-radonc@lakeshorehealth.org>, size={R.randint(4000, 90000)}, nrcpt=1 (queue active)",
        f"smtpd[{R.randint(2000, 40000)}]: connect from ro-notify01.lrcc.local[10.30.1.{R.randint(2, 250)}]",
        f"anvil[{R.randint(2000, 40000)}]: statistics: max connection rate 14/60s for (smtp:10.30.1.22) at Nov  4 07:00:02",
    ]))
    return [L]


# --------------------------------------------------------------------------
# Billing: charge capture pipe rows + X12 837P
# --------------------------------------------------------------------------
F_CHG = "charge_pipe"
F_837 = "x12_837"


def chg_phi():
    p = pat()
    L = Line(F_CHG)
    k = cyc("chg_phi", 4)
    c = R.choice(CPTS)
    if k == 4:
        L.add(f"{t_dot(CK.tick())}|ELIG|271|payer={p.payer[2]}|member_id=", (p.member, "health_plan"), "|sub_name=",
              (f"{ascii_fold(p.last).upper()}, {ascii_fold(p.first).upper()}", "name"), "|sub_dob=", (d_hl7(p.dob), "date"),
              f"|eb=1 ACTIVE COVERAGE|svc_type=AL|trace={R.randint(10**9, 10**10)}")
    elif k <= 2:
        L.add(f"{t_dot(CK.tick())}|CHGCAP|POST|src={R.choice(['ARIA', 'MOSAIQ'])}|pat=", (p.mrn, "mrn"), "|har=", (p.acct, "account"),
              "|name=", (f"{ascii_fold(p.last).upper()},{ascii_fold(p.first).upper()}", "name"), "|dos=", (d_hl7(TODAY), "date"),
              f"|cpt={c[0]}|mod={R.choice(['TC', '26', ''])}|units=1|rev=0333|rend_npi={p.md[0]}|status=OK")
    else:
        L.add(f"{t_dot(CK.tick())}|PAYPOST|ERROR|gateway decline code=05 for guarantor ",
              (nm(p, "Last, First"), "name"), " card ", (card_number(), "account"), f" exp {R.randint(1, 12):02d}/{R.randint(25, 29)} ",
              "amt=", f"{R.choice([20, 35, 50, 75])}.00 copay HAR ", (p.acct, "account"))
    return [L]


def chg_noise():
    L = Line(F_CHG)
    L.t(f"{t_dot(CK.tick())}|" + pick("chg_noise", [
        f"CHGCAP|BATCH|file=ROCHG_{TODAY:%Y%m%d}_{R.randint(1000, 2359)}.dat|records={R.randint(100, 260)}|posted={R.randint(90, 250)}|held={R.randint(0, 6)}|elapsed_ms={R.randint(900, 9000)}",
        "PAYPOST|SELFTEST|gateway=heartland|test_pan=4111 1111 1111 1111|result=APPROVED|latency_ms=" + str(R.randint(80, 600)),
        f"CHGCAP|RULE|id=RO-MUE-77386|desc=77386 max 1 unit/day|hits={R.randint(0, 9)}",
        f"CHGCAP|CONFIG|cdm_version=2024Q4|rev_codes=0330,0333,0972|npi_billing=1588667788|tin=34-1234567",
    ]))
    return [L]


def x12_block():
    p = pat()
    out = []
    t = CK.tick()
    ctrl = f"{R.randint(1, 999999999):09d}"
    out.append(one(F_837, f"ISA*00*          *00*          *ZZ*LRCCRADONC     *ZZ*AVAILITY       *{t:%y%m%d}*{t:%H%M}*^*00501*{ctrl}*0*P*:~"))
    out.append(one(F_837, f"GS*HC*LRCCRADONC*AVAILITY*{t:%Y%m%d}*{t:%H%M}*{int(ctrl)}*X*005010X222A1~"))
    out.append(one(F_837, "ST*837*0001*005010X222A1~"))
    out.append(one(F_837, f"BHT*0019*00*RO{t:%Y%m%d}{R.randint(10, 99)}*{t:%Y%m%d}*{t:%H%M}*CH~"))
    out.append(one(F_837, "NM1*85*2*LAKESHORE REGIONAL CANCER CENTER*****XX*1588667788~"))
    out.append(one(F_837, "N3*2500 LAKESHORE MEDICAL PKWY~"))
    out.append(one(F_837, f"SBR*P*18*{p.group if p.payer[0] != 'MCR' else ''}******{'MB' if p.payer[0] == 'MCR' else 'CI'}~"))
    out.append(one(F_837, "NM1*IL*1*", (f"{ascii_fold(p.last).upper()}*{ascii_fold(p.first).upper()}*{p.mi}", "name"),
                   "***MI*", (p.member, "health_plan"), "~"))
    L = Line(F_837).add("N3*", (ascii_fold(p.street).upper(), "address"))
    if p.unit:
        L.add("*", (p.unit.upper(), "address"))
    out.append(L.t("~"))
    out.append(one(F_837, "N4*", (p.city.upper(), "address"), "*OH*", (p.zip.replace("-", ""), "zip"), "~"))
    out.append(one(F_837, "DMG*D8*", (d_hl7(p.dob), "date"), f"*{p.sex}~"))
    c = R.choice(CPTS)
    amt = R.choice([412.5, 1240.0, 655.0, 188.0, 2210.0])
    out.append(one(F_837, "CLM*", (p.acct, "account"), f"*{amt:.2f}***22:B:1*Y*A*Y*Y~"))
    out.append(one(F_837, f"HI*ABK:{p.icd.replace('.', '')}~"))
    out.append(one(F_837, "LX*1~"))
    out.append(one(F_837, f"SV1*HC:{c[0]}:{R.choice(['TC', '26'])}*{amt:.2f}*UN*1***1~"))
    out.append(one(F_837, "DTP*472*D8*", (d_hl7(TODAY), "date"), "~"))
    out.append(one(F_837, f"SE*{R.randint(22, 40)}*0001~"))
    return out


# --------------------------------------------------------------------------
# Patient identification kiosk (Serilog compact JSON)
# --------------------------------------------------------------------------
F_ID = "identify_serilog"


def id_phi():
    p = pat()
    L = Line(F_ID)
    L.t(f"{{\"@t\":\"{t_serilog(CK.tick())}\",")
    k = cyc("id_phi", 4)
    st = f"{p.machine[0]}-Vault"
    if k == 1:
        L.add("\"@mt\":\"Palm vein verification {Result} for {PatientId} at {Station}\",\"Result\":\"Match\",\"PatientId\":\"",
              (p.mrn, "mrn"), f"\",\"Station\":\"{st}\",\"Score\":{R.uniform(0.9, 0.999):.3f},\"SourceContext\":\"Identify.Biometrics.PalmVeinService\"}}")
    elif k == 2:
        L.add("\"@mt\":\"Enrolled palm template for {PatientId}\",\"PatientId\":\"", (p.mrn, "mrn"),
              "\",\"TemplateFormat\":\"ISO19794-9\",\"Template\":\"", (palm_template(), "biometric"),
              "\",\"SourceContext\":\"Identify.Biometrics.EnrollmentService\"}")
    elif k == 3:
        L.add("\"@mt\":\"Captured patient photo for {PatientId}\",\"PatientId\":\"", (p.mrn, "mrn"),
              "\",\"PhotoJpegBase64\":\"", (jpeg_b64(), "photo"), f"\",\"Camera\":\"FRONTDESK-CAM1\",\"SourceContext\":\"Identify.Photo\"}}")
    else:
        L.add("\"@mt\":\"RFID tag {TagId} linked to {PatientName}\",\"TagId\":\"", (p.rfid, "other_id"), "\",\"PatientName\":\"",
              (nm(p, "Last, First"), "name"), "\",\"SourceContext\":\"Identify.Rfid.TagService\"}")
    return [L]


def id_noise():
    L = Line(F_ID)
    L.t(f"{{\"@t\":\"{t_serilog(CK.tick())}\",")
    L.t(pick("id_noise", [
        f"\"@mt\":\"Reader {{Reader}} heartbeat\",\"Reader\":\"PVR-0{R.randint(1, 6)}\",\"FirmwareVersion\":\"2.1.{R.randint(1, 9)}\",\"SourceContext\":\"Identify.Devices\"}}",
        f"\"@l\":\"Warning\",\"@mt\":\"Camera {{Cam}} exposure adjusted to {{Ev}}\",\"Cam\":\"TB{R.randint(1, 2)}-CAM2\",\"Ev\":{R.uniform(-2, 2):.1f},\"SourceContext\":\"Identify.Photo\"}}",
        f"\"@l\":\"Error\",\"@mt\":\"RFID antenna {{Antenna}} unreachable\",\"Antenna\":\"ANT-{R.randint(1, 9)}\",\"@x\":\"System.Net.Sockets.SocketException (10060): A connection attempt failed\",\"SourceContext\":\"Identify.Rfid\"}}",
        f"\"@mt\":\"Verification stats {{Window}}: {{Match}} match, {{NoMatch}} no-match\",\"Window\":\"1h\",\"Match\":{R.randint(20, 60)},\"NoMatch\":{R.randint(0, 3)},\"SourceContext\":\"Identify.Stats\"}}",
    ]))
    return [L]


# --------------------------------------------------------------------------
# Parking validation (key=value)
# --------------------------------------------------------------------------
F_PK = "parking_kv"


def pk_phi():
    p = pat()
    L = Line(F_PK)
    L.t(f"ts={t_off(CK.tick())} svc=parkval ")
    if R.random() < 0.55:
        L.add(f"lot=GarageB lane={R.randint(1, 4)} event=validate plate=", (p.plate.replace(" ", ""), "vehicle"),
              " plate_state=OH program=RADONC_DAILY patient_mrn=", (p.mrn, "mrn"), " result=ok")
    else:
        L.add(f"event=permit_issue permit=RO-25-{R.randint(100, 999):05d} holder=\"", (nm(p, "Last, First"), "name"), "\" vin=",
              (p.vin, "vehicle"), " plate=\"", (p.plate, "vehicle"), f"\" valid_days={R.randint(10, 45)} issued_by=dkrause")
    return [L]


def pk_noise():
    L = Line(F_PK)
    L.t(f"ts={t_off(CK.tick())} svc=parkval " + pick("pk_noise", [
        f"lot=GarageB lane={R.randint(1, 4)} event=gate_open reason=ticket ticket={R.randint(1000000, 9999999)}",
        f"lot=GarageB lane={R.randint(1, 4)} event=lpr_read conf={R.uniform(0.1, 0.5):.2f} result=unreadable",
        f"event=occupancy lot=GarageB used={R.randint(200, 480)} capacity=520",
    ]))
    return [L]


# --------------------------------------------------------------------------
# PowerShell transcript
# --------------------------------------------------------------------------
F_PS = "ps_transcript"


def ps_header():
    t = NIGHT.tick(1, 20)
    return [one(F_PS, "**********************"),
            one(F_PS, "Windows PowerShell transcript start"),
            one(F_PS, f"Start time: {t:%Y%m%d%H%M%S}"),
            one(F_PS, "Username: LRCC\\svc_ariaexport"),
            one(F_PS, f"Machine: ARIAAPP01 (Microsoft Windows NT 10.0.17763.0)"),
            one(F_PS, "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -File D:\\Jobs\\Export-DailyTxList.ps1"),
            one(F_PS, f"Process ID: {R.randint(1000, 30000)}"),
            one(F_PS, "PSVersion: 5.1.17763.5933"),
            one(F_PS, "**********************")]


def ps_phi():
    p = pat()
    k = cyc("ps_phi", 4)
    if k == 1:
        return [one(F_PS, "WARNING: Patient ", (p.mrn, "mrn"), " (", (nm(p, "Last, First"), "name"), ") has no active course; skipped.")]
    if k == 2:
        return [one(F_PS, "Copy-Item : Access to the path '\\\\lrcc-fs01\\RadOnc$\\Patients\\",
                    (f"{ascii_fold(p.last).upper().replace(' ', '')}_{ascii_fold(p.first).upper().replace(' ', '')}", "name"), "_",
                    (p.mrn, "mrn"), "\\SGRT\\ref_surface.vrt' is denied.")]
    if k == 3:
        out = [one(F_PS, "PatientId LastName        FirstName   DOB         Machine Plan         Fx"),
               one(F_PS, "--------- --------        ---------   ---         ------- ----         --")]
        for _ in range(R.randint(2, 3)):
            q = pat()
            L = Line(F_PS)
            L.add((q.mrn, "mrn"), " ", (q.last, "name"), " " * max(1, 16 - len(q.last)), (q.first, "name"),
                  " " * max(1, 12 - len(q.first)), (d_us_short(q.dob), "date"), " " * max(1, 12 - len(d_us_short(q.dob))),
                  f"{q.machine[0]:<8}{q.plan:<13}{q.fx}/{q.nfx}")
            out.append(L)
        return out
    return [one(F_PS, "Invoke-RestMethod : {\"error\":\"patient not found\",\"mrn\":\"", (p.mrn, "mrn"), "\",\"dob\":\"",
                (d_iso(p.dob), "date"), "\"}")]


def ps_noise():
    t = NIGHT.tick(1, 30)
    return [one(F_PS, pick("ps_noise", [
        f"VERBOSE: Performing the operation \"Remove File\" on target \"D:\\Exports\\Archive\\DailyTx_{(TODAY - dt.timedelta(days=31)):%Y%m%d}.csv\".",
        f"Exported {R.randint(100, 300)} rows to \\\\lrcc-fs01\\RadOnc$\\Exports\\DailyTx_{TODAY:%Y%m%d}.csv in 00:00:0{R.randint(1, 9)}.{R.randint(100, 999)}",
        "VERBOSE: Connecting to ARIADB01\\ARIA (Integrated Security=SSPI; ApplicationIntent=ReadOnly)",
        f"Invoke-Sqlcmd : Timeout expired.  The timeout period elapsed prior to completion of the operation. At D:\\Jobs\\Export-DailyTxList.ps1:{R.randint(20, 90)} char:{R.randint(5, 20)}",
        "VERBOSE: Loading module from path 'C:\\Program Files\\WindowsPowerShell\\Modules\\SqlServer\\22.1.1\\SqlServer.psm1'.",
        f"Send-MailMessage : Unable to connect to the remote server (smtp.lrcc.local:25) at {t:%H:%M:%S}",
        f"Test-Path : {R.randint(3, 9)} archive folders older than 90 days found under D:\\Exports\\Archive; purge skipped (WhatIf)",
    ]))]


# --------------------------------------------------------------------------
# SQL Server Agent job history / ERRORLOG
# --------------------------------------------------------------------------
F_SQLA = "sqlagent"
F_ERRLOG = "sql_errorlog"


def sqla_phi():
    p = pat()
    t = NIGHT.tick(5, 60)
    L = Line(F_SQLA)
    if R.random() < 0.5:
        L.add(f"{t:%m/%d/%Y %I:%M:%S %p},RO_ChargeExport_Nightly,Step 2 (Stage charges),Executed as user: LRCC\\svc_sqlagent. "
              "Violation of PRIMARY KEY constraint 'PK_ChargeStage'. Cannot insert duplicate key in object 'dbo.ChargeStage'. "
              "The duplicate key value is (", (p.acct, "account"), f", {R.choice(CPTS)[0]}, ", (d_iso(TODAY), "date"),
              "). [SQLSTATE 23000] (Error 2627).  The step failed.,Failed,00:00:0" + str(R.randint(1, 9)))
    else:
        L.add(f"{t:%m/%d/%Y %I:%M:%S %p},MQ_Demographics_Sync,Step 1 (Merge Ident),Executed as user: LRCC\\svc_sqlagent. "
              "RTX_Interface: Pat_ID1 ", (p.pid1, "other_id"), " IDA ", (p.mrn, "mrn"),
              " has Birth_DtTm NULL in source; row skipped [SQLSTATE 01000] (Message 50000).  The step succeeded.,Succeeded,00:00:12")
    return [L]


def sqla_noise():
    t = NIGHT.tick(5, 90)
    L = Line(F_SQLA)
    L.t(pick("sqla_noise", [
        f"{t:%m/%d/%Y %I:%M:%S %p},DBA_IndexMaint_ARIA,(Job outcome),The job succeeded.  The Job was invoked by Schedule 12 (Nightly 0100).  The last step to run was step 3 (Update Stats).,Succeeded,00:{R.randint(10, 59)}:{R.randint(10, 59)}",
        f"{t:%m/%d/%Y %I:%M:%S %p},DBA_Backup_MOSAIQ_Full,Step 1 (Backup),Executed as user: LRCC\\svc_sqlagent. Processed {R.randint(100000, 900000)} pages for database 'MOSAIQ'. BACKUP DATABASE successfully processed.  The step succeeded.,Succeeded,00:{R.randint(3, 40):02d}:{R.randint(10, 59)}",
        f"{t:%m/%d/%Y %I:%M:%S %p},RO_ChargeExport_Nightly,(Job outcome),The job failed.  The Job was invoked by Schedule 7 (Daily 0200).  The last step to run was step 2 (Stage charges).,Failed,00:00:0{R.randint(1, 9)}",
        f"{t:%m/%d/%Y %I:%M:%S %p},syspolicy_purge_history,Step 3 (Erase Phantom System Health Records.),Executed as user: NT SERVICE\\SQLSERVERAGENT. The step succeeded.,Succeeded,00:00:0{R.randint(1, 9)}",
    ]))
    return [L]


def errlog_noise():
    t = NIGHT.tick(1, 60)
    L = Line(F_ERRLOG)
    L.t(f"{t:%Y-%m-%d %H:%M:%S}.{R.randint(10, 99)} " + pick("errlog_noise", [
        f"spid{R.randint(51, 140)}      Login failed for user 'LRCC\\{staff()[0]}'. Reason: Failed to open the explicitly specified database 'VARIAN'. [CLIENT: 10.20.8.{R.randint(2, 250)}]",
        f"Backup      Database backed up. Database: ARIA, creation date(time): 2019/03/02(11:22:41), pages dumped: {R.randint(1000000, 9000000)}, first LSN: {R.randint(100000, 999999)}:{R.randint(1000, 9999)}:1, number of dump devices: 1.",
        f"spid{R.randint(51, 140)}      Setting database option RECOVERY to FULL for database 'RO_Billing'.",
        f"Logon       Error: 18456, Severity: 14, State: 38.",
        f"spid{R.randint(10, 40)}s     SQL Server is starting at normal priority base (=7). This is an informational message only.",
    ]))
    return [L]


def errlog_phi():
    p = pat()
    t = NIGHT.tick(1, 60)
    L = Line(F_ERRLOG)
    L.add(f"{t:%Y-%m-%d %H:%M:%S}.{R.randint(10, 99)} spid{R.randint(51, 140)}      Deadlock victim: UPDATE dbo.Patient SET "
          "HomePhone = N'", (ph_fmt(p.home), "phone"), "' WHERE PatientId = N'", (p.mrn, "mrn"), "' (process id=process1e2a4c8)")
    return [L]


# --------------------------------------------------------------------------
# registry and assembly
# --------------------------------------------------------------------------
PHI_GENS = [
    (7, aria_phi), (5, mosaiq_phi), (4, hl7_adt), (2, hl7_siu), (2, hl7_dft), (3, mirth_phi), (3, dcmdump_block), (1, dcmdump_short),
    (1, pydicom_block), (2, scp_phi), (5, tds_phi), (2, evt_phi), (4, sg_phi), (4, ig_phi), (2, qa_block), (1, qa_de_block),
    (2, esapi_block), (10, note_phi), (5, cr_phi), (7, rem_phi), (2, pf_phi), (4, chg_phi), (2, x12_block), (7, id_phi),
    (3, pk_phi), (3, ps_phi), (3, sqla_phi), (1, errlog_phi),
]
NOISE_GENS = [
    (6, aria_noise), (4, mosaiq_noise), (4, mirth_noise), (1, dcmdump_phantom), (2, pydicom_noise),
    (3, scp_noise), (7, tds_noise), (4, evt_noise), (4, sg_noise), (4, ig_noise), (1, qa_noise), (1, esapi_exc),
    (4, note_noise), (2, cr_noise), (4, rem_noise), (2, pf_noise), (3, chg_noise), (3, id_noise), (3, pk_noise),
    (1, ps_header), (3, ps_noise), (3, sqla_noise), (3, errlog_noise),
]


def wpick(gens):
    tot = sum(w for w, _ in gens)
    x = R.uniform(0, tot)
    for w, g in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][1]


CAPS = {dcmdump_block: 1, dcmdump_short: 2, dcmdump_phantom: 1, pydicom_block: 1, x12_block: 1, hl7_adt: 4, hl7_siu: 2,
        hl7_dft: 2, qa_block: 2, qa_de_block: 1, esapi_block: 2, esapi_exc: 1, ps_header: 1}
USES = {}
SEEN = set()
SEEN_TAIL = set()


def build():
    lines = []
    guard = 0
    while len(lines) < N_LINES:
        guard += 1
        assert guard < 100000
        rem = N_LINES - len(lines)
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else 0.0
        gens = NOISE_GENS if frac < TARGET_NOPHI else PHI_GENS
        g = wpick(gens)
        if g in CAPS and USES.get(g, 0) >= CAPS[g]:
            continue
        blk = g()
        USES[g] = USES.get(g, 0) + 1
        if len(blk) > rem:
            continue
        if any(l.spans and (l.text() in SEEN or (l.family, tuple(l.vals)) in SEEN) for l in blk):
            continue
        if any(not l.spans and len(l.text()) > 60 and l.text()[24:] in SEEN_TAIL for l in blk):
            continue
        for l in blk:
            SEEN.add(l.text())
            if l.spans:
                SEEN.add((l.family, tuple(l.vals)))
            if not l.spans and len(l.text()) > 60:
                SEEN_TAIL.add(l.text()[24:])
        if gens is PHI_GENS and not any(l.spans for l in blk):
            continue
        if gens is NOISE_GENS and any(l.spans for l in blk):
            raise AssertionError("noise generator produced PHI")
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = txt.encode("utf-8")
        spans = []
        for (s, e, c), v in zip(L.spans, L.vals):
            assert b[s:e].decode("utf-8") == v, (i, s, e, v)
            spans.append({"s": s, "e": e, "cat": c})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
