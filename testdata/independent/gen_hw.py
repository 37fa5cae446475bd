#!/usr/bin/env python3
"""
gen_hw.py -- synthetic, labeled log corpus for a PHI detector.

Theme: a hospital's sterile processing department (SPD) and surgical instrument /
implant tracking: tray-tracking scan logs (CensiTrac-like), washer and sterilizer cycle
printouts and feeds, biological-indicator readers, case carts linked to surgical cases,
loaner tray requests from vendors, OR implant logs (lot / serial / UDI), recall
lookbacks (Excel CSV / TSV exports), a .NET tracking service logging with Serilog
(text, console and CLEF), HL7 v2 SIU scheduling messages, barcode scanner output,
e-mail to vendor reps, mail/web/DB/print/metrics noise, X12 850 bill-only POs.

Everything is synthetic. Standard library only; deterministic (fixed seed).
Writes hw.log (500 lines) and hw.labels.jsonl next to this script.

Labeling decisions:
- Patients (and insured subscribers on IN1) are the only people labeled. Surgeons,
  nurses, SPD technicians, buyers, vendor reps and any staff/business contact data
  (names, user IDs, employee numbers, NPIs, work e-mails/phones) are NOT labeled.
- Patient names -> name, in every written form (First Last, LAST, FIRST, Last, First M.,
  F. Last, LAST, F, HL7 LAST^FIRST^M as one span incl. the carets, lower case).
  A surname alone used for a patient (e.g. "pt Okonkwo", patient_ln=) is labeled.
- MRN -> mrn (also inside a wristband barcode "MRN40018237": digits only).
- Surgical case number (SX24-nnnnnn) -> other_id everywhere, even on lines with no other
  patient data: each case number designates exactly one patient's operation.
  Epic CSN / HL7 PV1-19 visit number -> other_id. HAR / PID-18 patient account -> account.
- Insurance member / subscriber IDs and Medicare MBIs -> health_plan; payer names,
  payer addresses and group numbers are not labeled.
- Dates tied to a patient -> date: DOB, scheduled/actual surgery date or date-time
  (also HL7 SCH-11 / AIS-4 timestamps and "surgery_date" of a loaner row tied to a case),
  date of service on a bill-only PO. Log timestamps, message times (MSH-7), cycle
  dates, implant expiry dates, recall/report generation dates, loaner due dates are not.
  A weekday name alone ("Friday") is not labeled; "Fri 3/15" has "3/15" labeled.
- Ages are labeled only when over 89 (age); the number only, not "y/o".
- Patient street, city and county -> address (separate spans when separate fields,
  one span when written as one free-text string up to, but not including, state/ZIP);
  state is never labeled; ZIP -> zip.  Hospital / vendor / payer addresses not labeled.
- Patient phone -> phone; SSN (PID-19) -> ssn.
- Implant serial numbers (GS1 AI 21 value, "SN"/"Serial #" fields) of an implant that
  was implanted in, or explanted from, a patient -> device (serial value only).
  GTIN, catalog/REF numbers, lot numbers and expiry dates are never labeled (lots are
  shared by many units). Serials of implants still in inventory (receiving scans),
  and serials of sterilizers, washers, scanners and instruments are not labeled.
- Tray IDs, load numbers, cycle numbers, loaner request numbers, PO numbers, recall
  numbers, ticket numbers, message control IDs, trace IDs, internal/staff IPs: not labeled.
- OR room numbers and procedure names/CPT codes are not identifiers: not labeled.
"""
import json
import os
import random
from datetime import date, datetime, timedelta

ID = "hw"
SEED = 2114031
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55


# ----------------------------------------------------------------------------- builder
class Ln:
    """One log line; records byte offsets of labeled values as text is appended."""

    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                self.p(*x)
            elif isinstance(x, list):
                self.t(*x)
            else:
                x = str(x)
                self.parts.append(x)
                self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        if cat is None:
            return self.t(x)
        if x == "":
            return self
        b = len(x.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, x))
        self.parts.append(x)
        self.n += b
        return self

    def text(self):
        return "".join(self.parts)


def jdump(L, obj, sep=(", ", ": ")):
    """JSON writer; a tuple (value, cat) is a labeled value."""
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k), sep[1])
            jdump(L, v, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jdump(L, v, sep)
        L.t("]")
    elif isinstance(obj, tuple):
        v, cat = obj
        if isinstance(v, str):
            enc = json.dumps(v, ensure_ascii=False)
            assert enc[1:-1] == v, v
            L.t('"', (v, cat), '"')
        else:
            L.p(json.dumps(v), cat)
    else:
        L.t(json.dumps(obj, ensure_ascii=False))


def row(L, items, sep):
    for i, it in enumerate(items):
        if i:
            L.t(sep)
        L.t(it)


def cq(v, cat=None):
    """CSV field (Excel style quoting)."""
    v = str(v)
    if any(c in v for c in ',"'):
        assert '"' not in v
        return ['"', (v, cat), '"']
    return [(v, cat)]


# ----------------------------------------------------------------------------- clock
CLOCK = [datetime(2024, 3, 14, 5, 38, 12, 118000)]


def tick(lo=3, hi=140):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(d):
    return f"{d.microsecond // 1000:03d}"


def ts_log4j(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def ts_serilog(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " -04:00"


def ts_clef(d):
    u = d + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}0Z"


def ts_syslog(d):
    return d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S")


def ts_nginx(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def ts_mail(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S -0400")


def fdate(d, style=None):
    styles = ["%m/%d/%Y", "%Y-%m-%d", "%d-%b-%Y", "%Y%m%d", "%b %d, %Y", "mdyy",
              "%d.%m.%Y", "%m-%d-%Y", "%d %B %Y", "%-m/%-d/%Y"]
    s = style or R.choice(styles)
    if s == "mdyy":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if s == "%-m/%-d/%Y":
        return f"{d.month}/{d.day}/{d.year}"
    if s == "md":
        return f"{d.month}/{d.day}"
    return d.strftime(s)


# ----------------------------------------------------------------------------- pools
FIRST_F = ["Adaeze", "Mei-Ling", "Siobhán", "María José", "Thanh Huong", "Priya", "Anneliese",
           "Aaliyah", "Fatima", "Ngozi", "Lucía", "Kateryna", "Ingrid", "Xiomara", "Sun-Hee",
           "Marguerite", "Leilani", "Yasmin", "Oksana", "Dolores", "Chiamaka", "Hana",
           "Rosalind", "Giulia", "Noor", "Bernadette", "Tiên", "Esperanza", "Wilhelmina",
           "Aroha", "Gwendolyn", "Zainab", "Renée", "Agnieszka"]
FIRST_M = ["Oluwaseun", "José", "Jürgen", "Dmitri", "Kenji", "Rahul", "Tomasz", "Keoni",
           "Yusuf", "DeShawn", "Hamid", "Padraig", "Alejandro", "Emeka", "Björn", "Chayton",
           "Anh", "Mateus", "Ravi", "Guillermo", "Olav", "Tariq", "Desmond", "Wendell",
           "Ignatius", "Hiroshi", "Seamus", "Kwame", "Luca", "Abdirahman", "Jean-Luc", "Earl"]
LAST = ["Okonkwo", "van der Berg", "O'Sullivan", "García-Márquez", "Nguyen", "Ramaswamy",
        "Schäfer", "De la Cruz", "Kowalczyk", "Al-Haddad", "Tanaka", "Whitfield-Jones",
        "MacLeod", "Begay", "Kealoha", "Dubois", "St. Pierre", "Abernathy", "Papadopoulos",
        "Ferreira", "Lindqvist", "Mbeki", "Yılmaz", "Castellanos", "Ó Briain", "Le",
        "Van Buren", "Hernández", "Adeyemi", "Kaczmarek", "Da Silva", "Ahmed", "Zhou",
        "Fitzgerald", "Nakamura-Reyes", "D'Angelo", "Haugen", "Oyelaran", "Truong",
        "Bergström", "Mahlangu", "Petrov", "Villanueva", "Goldberg", "Chatterjee",
        "McAllister", "Osei", "Rosen-Katz", "Delacroix", "Quispe", "Szabó", "bin Rashid"]
STREETS = ["W Elm St", "Chestnut Ridge Rd", "N Main St", "Shroyer Rd", "Wilmington Pike",
           "Far Hills Ave", "Salem Ave", "Smithville Rd", "Brandt Pike", "Linden Ave",
           "E Stroop Rd", "Patterson Rd", "Old Troy Pike", "Kauffman Ave", "Woodman Dr",
           "Yankee St", "Alex-Bell Rd", "Hoover Ave", "Siebenthaler Ave", "Lyons Rd",
           "Cornell Dr", "Ridgeway Rd", "Bellbrook Ave", "Stanley Ave"]
UNITS = ["", "", "", "", " Apt 4B", " Unit 12", " #207", " Lot 31", " Apt. C"]
CITIES = [("Dayton", "Montgomery", "454"), ("Kettering", "Montgomery", "454"),
          ("Beavercreek", "Greene", "454"), ("Centerville", "Montgomery", "454"),
          ("Huber Heights", "Montgomery", "454"), ("Xenia", "Greene", "453"),
          ("Miamisburg", "Montgomery", "453"), ("Springfield", "Clark", "455"),
          ("Fairborn", "Greene", "453"), ("Troy", "Miami", "453"), ("Vandalia", "Montgomery", "453"),
          ("Oakwood", "Montgomery", "454"), ("Englewood", "Montgomery", "453"),
          ("Tipp City", "Miami", "453"), ("Lebanon", "Warren", "450"), ("Yellow Springs", "Greene", "453")]
AREAS = ["937", "937", "937", "513", "614", "419", "740", "260", "859"]

SURGEONS = {
    "ORTHO": [("Anand", "Patel", "1487639021", "apatel"), ("Rebecca", "Holloway", "1356402287", "rholloway")],
    "SPINE": [("Chukwuemeka", "Obi", "1609934412", "cobi")],
    "CARDIO": [("Lars", "Eriksen", "1730281946", "leriksen")],
    "SPORTS": [("Mariana", "Souza", "1245371098", "msouza")],
    "GEN": [("Daniel", "Kim", "1821094457", "dkim3"), ("Harriet", "Vance", "1063517729", "hvance")],
    "NEURO": [("Samir", "Khoury", "1912046673", "skhoury")],
}
TECHS = [("Jorge", "Morales", "jmorales", "1182"), ("Tuyet", "Nguyen", "tnguyen2", "1207"),
         ("Kayla", "Patterson", "kpatterson", "1311"), ("André", "Baptiste", "abaptiste", "1094"),
         ("Lin", "Chen", "lchen", "1256"), ("Rashad", "Washington", "rwashington", "1178"),
         ("Deepa", "Singh", "dsingh", "1330"), ("Maureen", "Foster", "mfoster", "1049")]
RNS = [("Tara", "Brennan", "4471"), ("Olusegun", "Ajayi", "4520"), ("Beth", "Lindgren", "4388"),
       ("Miguel", "Ortiz", "4602"), ("Hyun-woo", "Park", "4417")]
REPS = {
    "Stryker": ("Brian", "Kowalski", "bkowalski@stryker.com", "(614) 555-0188", "mx.stryker.com", "198.51.100.41"),
    "Zimmer Biomet": ("Alyssa", "Renner", "alyssa.renner@zimmerbiomet.com", "513.555.0142", "mx1.zimmerbiomet.com", "203.0.113.25"),
    "DePuy Synthes": ("Marcus", "Oduya", "moduya@its.jnj.com", "937-555-0199", "mx.its.jnj.com", "198.51.100.77"),
    "Medtronic": ("Jenna", "Whitcomb", "jenna.whitcomb@medtronic.com", "+1 763 555 0120", "mx.medtronic.com", "203.0.113.140"),
    "Globus Medical": ("Carlos", "Ibarra", "cibarra@globusmedical.com", "(610) 555-0177", "mail.globusmedical.com", "198.51.100.9"),
    "Arthrex": ("Pierre", "Gagnon", "pgagnon@arthrex.com", "239 555 0164", "mx.arthrex.com", "203.0.113.66"),
}
ROOMS = ["OR01", "OR02", "OR03", "OR05", "OR06", "OR07", "OR09", "OR11", "HYB1", "ASC-2"]
TECH_IPS = ["10.40.12.31", "10.40.12.32", "10.40.12.47", "10.40.14.9", "10.40.2.17", "10.40.16.120"]


def gtin(base13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(base13)))
    return base13 + str((10 - s % 10) % 10)


def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


IMPLANTS = {
    "ZB_FEM": dict(mfr="Zimmer Biomet", ref="42-5010-007-01", desc="Persona CR Femoral Sz 7 L",
                   gtin=gtin("0088902441207"), sn=lambda: dig(8), lot=lambda: "6" + dig(7)),
    "ZB_TIB": dict(mfr="Zimmer Biomet", ref="42-5320-005-02", desc="Persona Tibial Plate Sz E",
                   gtin=gtin("0088902441388"), sn=lambda: dig(8), lot=lambda: "6" + dig(7)),
    "ZB_POLY": dict(mfr="Zimmer Biomet", ref="42-5124-010-07", desc="Persona Vivacit-E CPS 10mm",
                    gtin=gtin("0088902441562"), sn=None, lot=lambda: "6" + dig(7)),
    "ZB_SHOULDER": dict(mfr="Zimmer Biomet", ref="113-20-341", desc="Comprehensive Reverse Humeral Tray 44",
                        gtin=gtin("0088030494310"), sn=lambda: dig(7), lot=lambda: "3" + dig(6)),
    "SK_TRI_FEM": dict(mfr="Stryker", ref="5510-F-502", desc="Triathlon CR Femoral #5 R",
                       gtin=gtin("0761332711459"), sn=lambda: R.choice(["MK", "KJ", "LT"]) + dig(6), lot=lambda: "24" + alnum(5)),
    "SK_TRI_TIB": dict(mfr="Stryker", ref="5520-B-500", desc="Triathlon Tritanium Tibial Bsplt #5",
                       gtin=gtin("0761332711787"), sn=lambda: R.choice(["MK", "KJ", "LT"]) + dig(6), lot=lambda: "24" + alnum(5)),
    "SK_ACC": dict(mfr="Stryker", ref="6721-0445", desc="Accolade II Stem 132deg #4",
                   gtin=gtin("0761332709201"), sn=lambda: "AC" + dig(7), lot=lambda: "23" + alnum(5)),
    "SK_TRI_SHELL": dict(mfr="Stryker", ref="702-04-54E", desc="Trident II Tritanium Shell 54E",
                         gtin=gtin("0761332710044"), sn=lambda: "KJ" + dig(6), lot=lambda: "24KJ3" + dig(2)),
    "SK_CRANIAL": dict(mfr="Stryker", ref="53-12535", desc="Universal Neuro 3 Burr Hole Cover",
                       gtin=gtin("0761332733121"), sn=None, lot=lambda: alnum(7)),
    "DS_TFNA": dict(mfr="DePuy Synthes", ref="04.037.938S", desc="TFNA Fem Nail 10x380 130deg R",
                    gtin=gtin("1070503438812"), sn=None, lot=lambda: "8L" + dig(5)),
    "GL_CREO": dict(mfr="Globus Medical", ref="1102.6545", desc="CREO Polyaxial Screw 6.5x45",
                    gtin=gtin("0088909523102"), sn=None, lot=lambda: "GL" + dig(6)),
    "MDT_AZURE": dict(mfr="Medtronic", ref="W1DR01", desc="Azure XT DR MRI SureScan IPG",
                      gtin=gtin("0064316918855"), sn=lambda: "RNB" + dig(6) + "S", lot=None),
    "MDT_LEAD": dict(mfr="Medtronic", ref="5076-52", desc="CapSureFix Novus MRI lead 52cm",
                     gtin=gtin("0064316908812"), sn=lambda: "PJN" + dig(7), lot=None),
    "MDT_PROGRIP": dict(mfr="Medtronic", ref="TEM1510GR", desc="ProGrip laparoscopic mesh 15x10",
                        gtin=gtin("1088468103317"), sn=None, lot=lambda: "PPJ" + dig(4) + "X"),
    "AX_SWIVEL": dict(mfr="Arthrex", ref="AR-2324BCC", desc="BioComposite SwiveLock C 4.75mm",
                      gtin=gtin("0088893301492"), sn=None, lot=lambda: dig(8)),
}

PROCS = [
    ("27447", "ARTHROPLASTY KNEE TOTAL", "Total knee arthroplasty", "ORTHO", ["ZB_FEM", "ZB_TIB", "ZB_POLY"]),
    ("27447", "ARTHROPLASTY KNEE TOTAL", "Robotic TKA (Mako)", "ORTHO", ["SK_TRI_FEM", "SK_TRI_TIB"]),
    ("27130", "ARTHROPLASTY ACETABULAR/PROX FEM PROSTC", "Total hip arthroplasty, anterior", "ORTHO", ["SK_ACC", "SK_TRI_SHELL"]),
    ("27245", "TREAT THIGH FRACTURE W/ IM NAIL", "IM nail intertrochanteric fx", "ORTHO", ["DS_TFNA"]),
    ("22633", "ARTHRODESIS LUMBAR POST INTERBODY", "L4-L5 TLIF", "SPINE", ["GL_CREO", "GL_CREO"]),
    ("33208", "INSJ/RPLCMT PERM PACEMAKER W/ATR&VENT", "Dual chamber pacemaker implant", "CARDIO", ["MDT_AZURE", "MDT_LEAD"]),
    ("29827", "ARTHRS SHO ROTATOR CUFF REPR", "Arthroscopic rotator cuff repair", "SPORTS", ["AX_SWIVEL"]),
    ("49650", "LAP ING HERNIA REPAIR INIT", "Lap inguinal hernia repair w/ mesh", "GEN", ["MDT_PROGRIP"]),
    ("47562", "LAPAROSCOPY SURG CHOLECYSTECTOMY", "Lap cholecystectomy", "GEN", []),
    ("63047", "LAM FACETEC & FORAMOT 1 SGM LUMBAR", "Lumbar decompression L3-4", "SPINE", []),
    ("23472", "ARTHRP GLENOHUMRL JT TOTAL SHOULDER", "Reverse total shoulder", "ORTHO", ["ZB_SHOULDER"]),
    ("61510", "CRNEC TREPHINE BONE FLP BRN TUMOR", "Craniotomy for tumor", "NEURO", ["SK_CRANIAL"]),
]

TRAYS = {
    "ORTHO": [("T-ORTHO-0142", "Persona Primary Knee 2/4", 86), ("T-ORTHO-0143", "Persona Primary Knee 3/4", 54),
              ("T-ORTHO-0210", "Major Ortho Basic", 112), ("T-HIP-0088", "Anterior Hip Retractors", 27),
              ("LN-ZB-PERS-01", "Zimmer Persona Loaner 1/3", 74), ("LN-SK-ACC-02", "Stryker Accolade Loaner 2/2", 61)],
    "SPINE": [("T-SPINE-0031", "Lumbar Laminectomy", 97), ("LN-GL-CREO-01", "Globus CREO Loaner 1/4", 120),
              ("PP-KERR-0311", "Kerrison 3mm 40deg (peel pack)", 1)],
    "CARDIO": [("T-CV-0004", "Pacemaker Insertion", 39), ("T-CV-0011", "Minor Vascular", 58)],
    "SPORTS": [("T-SPORT-0022", "Shoulder Scope", 61), ("T-SPORT-0027", "Arthrex Anchor Insertion", 33)],
    "GEN": [("T-GEN-0007", "Lap Chole", 48), ("T-GEN-0019", "Major Laparotomy", 131), ("T-GEN-0024", "Lap Hernia", 44)],
    "NEURO": [("T-NEURO-0012", "Craniotomy Basic", 144), ("T-NEURO-0015", "Neuro Micro", 52)],
}
ALL_TRAYS = [t for v in TRAYS.values() for t in v]
INSTR = ["Kocher clamp 8in", "Metzenbaum scissors 7in curved", "Kerrison rongeur 3mm 40deg",
         "Cobb elevator 1in", "Army-Navy retractor pair", "Frazier suction 10Fr",
         "Hohmann retractor 24mm", "Adson tissue forceps w/ teeth", "Mayo-Hegar needle holder 7in",
         "DeBakey forceps 9in", "Penfield #4 dissector"]

PAYER_ADDR = {"ANT01": "PO BOX 105187^^ATLANTA^GA^30348", "MCR01": "PO BOX 6475^^INDIANAPOLIS^IN^46206",
              "UHC01": "PO BOX 740800^^ATLANTA^GA^30374", "CSO01": "PO BOX 8730^^DAYTON^OH^45401",
              "MMO01": "PO BOX 6018^^CLEVELAND^OH^44101"}
PAYERS = [("Anthem Blue Cross Blue Shield", "ANT01", lambda: R.choice(["XZH", "YRP", "JQW"]) + dig(9)),
          ("Medicare Part A/B", "MCR01", lambda: dig(1).replace("0", "1") + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + dig(1)
           + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + dig(1)
           + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY") + dig(2)),
          ("UnitedHealthcare Choice Plus", "UHC01", lambda: "9" + dig(8)),
          ("Ohio Medicaid - CareSource", "CSO01", lambda: dig(12)),
          ("Medical Mutual of Ohio", "MMO01", lambda: "MMO" + dig(9) + "01")]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


class Pt:
    pass


USED_MRN = set()
CASE_SEQ = [18311]


def mk_patient(surg_dt, proc, old=False):
    p = Pt()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    age = R.randint(90, 98) if old else R.randint(24, 86)
    p.dob = date(2024 - age - 1, 1, 1) + timedelta(days=R.randint(75, 360))
    p.age = (date(2024, 3, 14) - p.dob).days // 365
    while True:
        m = str(R.randint(40000000, 40999999))
        if m not in USED_MRN:
            USED_MRN.add(m)
            break
    p.mrn = m
    p.csn = str(R.randint(1000000000, 1099999999))
    p.har = str(R.randint(300000000, 399999999))
    p.ssn = mk_ssn()
    p.area = R.choice(AREAS)
    p.exch = str(R.randint(201, 989))
    p.line = dig(4)
    p.street = f"{R.randint(12, 9899)} {R.choice(STREETS)}{R.choice(UNITS)}"
    p.city, p.county, zp = R.choice(CITIES)
    p.zip = zp + f"{R.randint(1, 89):02d}"
    payer = R.choice([x for x in PAYERS if x[1] != "MCR01"]) if age < 65 else PAYERS[1]
    p.payer, p.payer_code, p.member = payer[0], payer[1], payer[2]()
    CASE_SEQ[0] += R.randint(1, 37)
    p.case = f"SX24-{CASE_SEQ[0]:06d}"
    p.surg = surg_dt
    p.proc = proc
    p.surgeon = R.choice(SURGEONS[proc[3]])
    p.room = R.choice(ROOMS)
    p.implants = None
    return p


def phone(p, style=None):
    s = style if style is not None else R.randint(0, 5)
    a, e, l = p.area, p.exch, p.line
    return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}{e}{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"({a}){e}-{l}"][s]


def nm(p, style=None):
    s = style or R.choice(["fl", "lf", "LF", "LFI", "fil", "lfm", "FL", "lower", "lf", "LF"])
    f, l = p.first, p.last
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}",
            "LFI": f"{l.upper()}, {f[0]}", "fil": f"{f[0]}. {l}", "lfm": f"{l}, {f} {p.mi}.",
            "FL": f"{f.upper()} {l.upper()}", "lower": f"{f.lower()} {l.lower()}",
            "hl7": f"{l.upper()}^{f.upper()}^{p.mi}"}[s]


def implants_of(p):
    if p.implants is None:
        p.implants = []
        for key in p.proc[4]:
            c = IMPLANTS[key]
            p.implants.append(dict(key=key, sn=c["sn"]() if c["sn"] else None,
                                   lot=c["lot"]() if c["lot"] else None,
                                   exp=date(2026, 1, 31) + timedelta(days=R.randint(200, 1900))))
    return p.implants


# today's and upcoming cases
TODAY = []
for i in range(30):
    day = date(2024, 3, 14) + timedelta(days=R.choice([0, 0, 0, 1, 1, 2, 5, 6]))
    hh = R.choice([7, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    mm = R.choice([0, 15, 30, 30, 45])
    TODAY.append(mk_patient(datetime(day.year, day.month, day.day, hh, mm), R.choice(PROCS), old=(i % 7 == 3)))
IMPL_CASES = [p for p in TODAY if p.proc[4]]

RECALLS = [
    dict(id="Z-1421-2024", mfr="Stryker", product="Trident II Tritanium Acetabular Shell", key="SK_TRI_SHELL",
         proc=PROCS[2], lots=["24KJ3" + dig(2) for _ in range(3)]),
    dict(id="Z-0987-2024", mfr="Medtronic", product="CapSureFix Novus MRI SureScan 5076 lead", key="MDT_LEAD",
         proc=PROCS[5], lots=[]),
    dict(id="Z-1138-2024", mfr="Zimmer Biomet", product="Persona Tibial Plate (sterile barrier)", key="ZB_TIB",
         proc=PROCS[0], lots=["6" + dig(7) for _ in range(2)]),
]
for rc in RECALLS:
    rc["pts"] = []
    for j in range(9):
        sd = datetime(2021, 1, 4) + timedelta(days=R.randint(0, 1050), hours=R.randint(7, 15))
        p = mk_patient(sd, rc["proc"], old=(j == 3))
        c = IMPLANTS[rc["key"]]
        p.rc_sn = c["sn"]() if c["sn"] else None
        p.rc_lot = R.choice(rc["lots"]) if rc["lots"] else None
        rc["pts"].append(p)


# ----------------------------------------------------------------------------- events
# each returns a list of Ln
def ev_tray_noise():
    d = tick()
    L = Ln("traytrack_log4j")
    t = R.choice(TECHS)
    tray = R.choice(ALL_TRAYS)
    evt, st = R.choice([("RECEIVED_DECON", "DECON-0%d" % R.randint(1, 2)), ("WASHER_LOAD", "DECON-02"),
                        ("WASHER_UNLOAD", "CLEAN-01"), ("ASSEMBLY_START", "ASSY-0%d" % R.randint(1, 5)),
                        ("ASSEMBLY_COMPLETE", "ASSY-0%d" % R.randint(1, 5)), ("STERILIZER_LOAD", "STER-01"),
                        ("STERILE_STORAGE", "SSTORE-A"), ("QUARANTINE_RELEASE", "STER-02")])
    k = R.random()
    if k < 0.65:
        L.t(f"{ts_log4j(d)} INFO  [scan-worker-{R.randint(1, 8)}] c.s.tracking.scan.ScanEventHandler - "
            f"station={st} user={t[2]} event={evt} tray={tray[0]} desc=\"{tray[1]}\" items={tray[2]} missing=0 "
            f"elapsed_ms={R.randint(8, 240)}")
    elif k < 0.82:
        L.t(f"{ts_log4j(d)} WARN  [scan-worker-{R.randint(1, 8)}] c.s.tracking.assembly.CountSheetValidator - "
            f"tray={tray[0]} count sheet incomplete missing=1 item=\"{R.choice(INSTR)}\" action=PLACEHOLDER_TAG "
            f"user={t[2]} empId={t[3]}")
    elif k < 0.92:
        L.t(f"{ts_log4j(d)} ERROR [scan-worker-{R.randint(1, 8)}] c.s.tracking.scan.ScanEventHandler - "
            f"duplicate scan rejected tray={tray[0]} lastEvent={evt} deltaMs={R.randint(300, 3900)} station={st}")
    else:
        L.t(f"{ts_log4j(d)} INFO  [quartz-sched-2] c.s.tracking.jobs.ExpirationSweepJob - swept sterile storage: "
            f"checked={R.randint(800, 1400)} expired=0 eventRelated=true took={R.randint(300, 2200)}ms")
    return [L]


def ev_tray_phi():
    d = tick()
    p = R.choice(TODAY)
    L = Ln("traytrack_log4j")
    t = R.choice(TECHS)
    tray = R.choice(TRAYS[p.proc[3]])
    evt, st = R.choice([("CASE_PICK", "CASECART-1"), ("CASE_CART_CLOSED", "CASECART-2"),
                        ("DISPATCHED_OR", "OR-CORE-2"), ("POINT_OF_USE_OPEN", p.room),
                        ("RETURNED_SOILED", "DECON-01")])
    L.t(f"{ts_log4j(d)} INFO  [scan-worker-{R.randint(1, 8)}] c.s.tracking.scan.ScanEventHandler - "
        f"station={st} user={t[2]} event={evt} tray={tray[0]} case=", (p.case, "other_id"), f" room={p.room}")
    if R.random() < 0.45:
        L.t(' patient="', (nm(p, R.choice(["LFI", "LF"])), "name"), '"')
    if R.random() < 0.3:
        L.t(" caseStart=", (p.surg.strftime("%Y-%m-%dT%H:%M"), "date"))
    return [L]


def ev_washer():
    d = tick(30, 400)
    out = []
    if R.random() < 0.6:
        wd = R.randint(1, 4)
        cyc = R.randint(4100, 4400)
        lines = [f"STERIS RELIANCE 444  WD-0{wd}  S/N 3608{dig(5)}",
                 f"CYCLE {cyc:06d}   {d.strftime('%m/%d/%y')}  {d.strftime('%H:%M')}",
                 f"PROGRAM: {R.choice(['INSTRUMENTS STD', 'INSTR HEAVY SOIL', 'UTENSIL', 'LUMEN PLUS'])}",
                 f"PREWASH      02:00  T= {R.uniform(22, 32):.1f}C",
                 f"ENZYME       01:00  T= {R.uniform(40, 45):.1f}C  DOSE {R.uniform(1.5, 2.5):.1f} ML/L",
                 f"WASH         04:00  T= {R.uniform(63, 68):.1f}C",
                 f"THERMAL RINSE 01:00 T= {R.uniform(90, 93):.1f}C  A0={R.randint(3000, 3600)}",
                 f"DRY          07:00  T={R.uniform(105, 115):.1f}C",
                 f"CYCLE COMPLETE - {R.choice(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ALARM 27 LOW DETERGENT'])}   OPER {R.choice(TECHS)[3]}"]
        keep = [0, 1, 2] + sorted(R.sample(range(3, 8), 3)) + [8]
        for i in keep:
            out.append(Ln("washer_printout").t(lines[i]))
    else:
        cyc = R.randint(4100, 4400)
        lines = [f"Belimed WD 290 IQ   Nr. {R.randint(5, 6)}   Charge-Nr.: {cyc:06d}",
                 f"Programm: P0{R.randint(1, 4)} Instrumente Standard   Start: {d.strftime('%d.%m.%Y %H:%M:%S')}",
                 f"Vorspülen kalt        2:00 min   {R.uniform(15, 20):.1f} °C".replace(".", ","),
                 f"Reinigen 55 °C        5:00 min   {R.uniform(54, 57):.1f} °C  Dosierung {R.uniform(3, 5):.1f} ml/l".replace(".", ","),
                 "Neutralisation        1:00 min",
                 f"Thermische Desinfektion 90 °C  5:00 min  A0-Wert: {R.randint(3000, 3400)}  erreicht",
                 f"Trocknung            10:00 min  {R.uniform(110, 118):.1f} °C".replace(".", ","),
                 f"Charge freigegeben: {R.choice(['JA', 'JA', 'NEIN - Störung 114 Sprüharm'])}   Benutzer: SPD-{R.choice(TECHS)[3]}"]
        keep = [0, 1] + sorted(R.sample(range(2, 7), 3)) + [7]
        for i in keep:
            out.append(Ln("washer_printout_de").t(lines[i]))
    return out


def ev_sterilizer_print():
    d = tick(30, 400)
    st = R.randint(1, 4)
    cyc = R.randint(1800, 1990)
    start = d
    load = f"L{d.strftime('%y%m%d')}-{R.randint(200, 260):04d}"
    ln = [f"AMSCO 400 MED STEAM  SN 0417-{dig(4)}  ST-0{st}",
          f"CYCLE NO. {cyc}    {R.choice(['PREVAC  270F 4MIN', 'PREVAC  275F 3MIN', 'GRAVITY 250F 30MIN', 'BOWIE-DICK TEST'])}",
          f"DATE {d.strftime('%m/%d/%y')}  TIME {d.strftime('%H:%M:%S')}",
          f" {(start + timedelta(minutes=9)).strftime('%H:%M:%S')}  {R.uniform(270, 272):.1f}F  {R.uniform(28.5, 30):.1f}P  EXPOSURE",
          f" {(start + timedelta(minutes=13)).strftime('%H:%M:%S')}  {R.uniform(270, 272):.1f}F  {R.uniform(28.5, 30):.1f}P  END EXP",
          f" DRY {R.choice([20, 30])} MIN  COMPLETE",
          f"CYCLE {R.choice(['OK', 'OK', 'OK', 'ABORTED - LOW STEAM PRESS'])}   OPER {R.choice(TECHS)[3]}  LOAD {load}"]
    keep = [0, 1, 2, R.choice([3, 4]), 5, 6]
    return [Ln("sterilizer_printout").t(ln[i]) for i in keep]


def ev_sterilizer_json():
    d = tick()
    L = Ln("sterilizer_json")
    if R.random() < 0.5:
        obj = {"sterilizerId": f"ST-0{R.randint(5, 6)}", "model": "STERRAD 100NX", "cycleNo": R.randint(5500, 5600),
               "cycleType": R.choice(["STANDARD", "EXPRESS", "DUO", "FLEX"]),
               "startedAt": ts_clef(d - timedelta(minutes=47))[:19] + "Z",
               "h2o2ConcMgL": round(R.uniform(5.8, 7.2), 1), "result": R.choice(["COMPLETE", "COMPLETE", "CANCELLED"]),
               "loadId": f"L{d.strftime('%y%m%d')}-{R.randint(200, 260):04d}", "cassetteLot": "C24A" + dig(4),
               "operator": R.choice(TECHS)[2]}
    else:
        obj = {"sterilizer_id": f"ST-0{R.randint(1, 4)}", "vendor": "STERIS", "cycle_no": R.randint(1800, 1990),
               "cycle_type": "PREVAC_270_4", "exposure_temp_f": round(R.uniform(270, 272), 1),
               "exposure_s": 240, "dry_min": 20, "f0": None, "pass": True,
               "ci_class": 5, "bi_required": R.choice([True, False]),
               "trace_id": alnum(32, "0123456789abcdef"), "span_id": alnum(16, "0123456789abcdef")}
    jdump(L, obj, (",", ":"))
    return [L]


def ev_bi():
    d = tick()
    L = Ln("bi_reader")
    L.t(f"ATTEST490 SN:49-{dig(4)} WELL={R.randint(1, 10)} PROGRAM={R.choice(['1492V', '1491'])} "
        f"BI_LOT=2025-0{R.randint(1, 9)}{R.choice(['AN', 'BK', 'CJ'])} START={(d - timedelta(minutes=24)).strftime('%H:%M')} "
        f"READ={d.strftime('%H:%M')} RESULT={R.choice(['NEG', 'NEG', 'NEG', 'NEG', 'POS'])} "
        f"LOAD=L{d.strftime('%y%m%d')}-{R.randint(200, 260):04d} CTRL={R.choice(['POS OK', 'N/A'])}")
    return [L]


SRC = ["SPD.Tracking.Api.Controllers.TraysController", "SPD.Tracking.Services.CaseCartService",
       "SPD.Tracking.Integrations.Hl7.SiuInboundHandler", "SPD.Tracking.Services.ImplantService",
       "SPD.Tracking.Jobs.SterilizerSyncJob", "SPD.Tracking.Jobs.LoanerSyncJob", "SPD.Tracking.Services.RecallLookbackService"]


def serilog_prefix(L, d, lvl):
    if R.random() < 0.75:
        L.t(f"{ts_serilog(d)} [{lvl}] ")
        return "file"
    L.fam = "serilog_console"
    L.t(f"[{d.strftime('%H:%M:%S')} {lvl}] ")
    return "console"


def ev_serilog_noise():
    d = tick()
    L = Ln("serilog_text")
    k = R.randint(0, 11)
    if k == 0:
        serilog_prefix(L, d, "INF")
        L.t(f'HTTP "GET" "/api/trays/{R.choice(ALL_TRAYS)[0]}/contents" responded 200 in {R.uniform(3, 90):.4f} ms')
    elif k == 1:
        serilog_prefix(L, d, "INF")
        L.t(f'Health check "{R.choice(["sqlserver", "hl7-listener", "rabbitmq", "disk"])}" completed after {R.uniform(0.5, 40):.4f}ms with status Healthy and description null')
    elif k == 2:
        serilog_prefix(L, d, "INF")
        n1, n2 = R.randint(0, 9), R.randint(0, 3)
        L.t(f"Sterilizer sync completed: {n1} new cycles, {n2} updated, 0 failed in {R.randint(200, 2400)} ms "
            f'{{"SourceContext": "SPD.Tracking.Jobs.SterilizerSyncJob", "JobId": "{R.randint(80000, 90000)}", "MachineName": "SPD-SVC01"}}')
    elif k == 3:
        serilog_prefix(L, d, "WRN")
        L.t(f'Retry {R.randint(1, 3)} of 3 for "https://loaners.vendorportal.example.net/api/v2/requests" in {R.choice([2, 4, 8])}s (status 503)')
    elif k == 4:
        serilog_prefix(L, d, "INF")
        L.t(f"Now listening on: http://[::]:{R.choice([8080, 5000, 8443])}")
    elif k == 5:
        serilog_prefix(L, d, "DBG")
        L.t(f"MLLP connection accepted from 10.40.2.{R.randint(10, 40)}:{R.randint(49152, 65000)} (listener hl7-siu, port 6661)")
    elif k == 6:
        serilog_prefix(L, d, "INF")
        L.t(f"Executed DbCommand ({R.randint(1, 60)}ms) [Parameters=[@__trayId_0='{R.choice(ALL_TRAYS)[0]}' (Size = 32)], CommandType='Text', CommandTimeout='30']")
    elif k == 7:
        serilog_prefix(L, d, "INF")
        L.t(f"Recall lookback {R.choice(RECALLS)['id']} finished: {R.randint(3, 14)} implant records, {R.randint(0, 3)} still in inventory, export queued (job {R.randint(1000, 9999)})")
    elif k == 8:
        serilog_prefix(L, d, "INF")
        t = R.choice(TECHS)
        L.t(f"User {t[2]} signed in from {R.choice(TECH_IPS)} (role SPD_TECH, station ASSY-0{R.randint(1, 5)})")
    elif k == 9:
        serilog_prefix(L, d, "WRN")
        L.t(f"Sterilizer ST-0{R.randint(1, 4)} cycle {R.randint(1800, 1990)} not reported within 90 min; marking feed stale")
    elif k == 10:
        serilog_prefix(L, d, "INF")
        L.t(f"Hangfire server spd-svc01:{R.randint(1000, 9999)}:{alnum(8, '0123456789abcdef')} heartbeat ok, {R.randint(0, 6)} jobs enqueued, {R.randint(0, 2)} processing")
    else:
        serilog_prefix(L, d, "INF")
        L.t(f"Loaner {lnreq()} status changed RECEIVED -> DECON_COMPLETE by {R.choice(TECHS)[2]}")
    return [L]


LN_SEQ = [180]


def vendor_for(p):
    if p.proc[4]:
        return IMPLANTS[p.proc[4][0]]["mfr"]
    return R.choice(["Stryker", "Medtronic", "Arthrex"])


SETS = {"Stryker": ["Triathlon Revision", "Accolade II Broach", "Mako TKA Instruments"],
        "Zimmer Biomet": ["Persona CR Primary", "Comprehensive Reverse Shoulder"],
        "DePuy Synthes": ["TFNA Instrument Set", "Variable Angle LCP Periarticular"],
        "Medtronic": ["Azure implant kit", "ProGrip Lap Fixation Kit"],
        "Globus Medical": ["CREO MIS", "CREO Threaded Instruments"],
        "Arthrex": ["SwiveLock Disposable Kit", "Shoulder Instability Set"]}


def lnreq():
    LN_SEQ[0] += R.randint(1, 3)
    return f"LN-24-{LN_SEQ[0]:04d}"


def ev_serilog_phi():
    d = tick()
    p = R.choice(TODAY)
    L = Ln("serilog_text")
    k = R.randint(0, 6)
    if k == 0:
        serilog_prefix(L, d, "INF")
        L.t('Case cart "', (p.case, "other_id"), '" built for MRN "', (p.mrn, "mrn"), f'" with {R.randint(8, 30)} picks, {R.randint(0, 3)} substitutions')
        if R.random() < 0.5:
            L.t(' {"SourceContext": "SPD.Tracking.Services.CaseCartService", "CaseNumber": "', (p.case, "other_id"),
                '", "PatientMrn": "', (p.mrn, "mrn"), f'", "RequestId": "0HN1{alnum(9)}:0000000{R.randint(1, 9)}"}}')
    elif k == 1:
        serilog_prefix(L, d, "INF")
        L.t("SIU^S12 received for case ", (p.case, "other_id"), " patient ", (nm(p, "LF"), "name"),
            " scheduled ", (p.surg.strftime("%Y-%m-%dT%H:%M:%S"), "date"), f" room {p.room}")
    elif k == 2:
        serilog_prefix(L, d, "WRN")
        L.t("Patient lookup failed for MRN ", (p.mrn, "mrn"), " (case ", (p.case, "other_id"), "): not found in ADT cache, falling back to scheduling record")
    elif k == 3:
        serilog_prefix(L, d, "WRN")
        alt = date(p.dob.year, p.dob.day, p.dob.month) if p.dob.day <= 12 and p.dob.day != p.dob.month else p.dob.replace(day=min(p.dob.day + 1, 28))
        L.t("DOB mismatch for MRN ", (p.mrn, "mrn"), ": scheduling=", (alt.strftime("%m/%d/%Y"), "date"),
            " ADT=", (p.dob.strftime("%Y-%m-%d"), "date"), " -- using ADT")
    elif k == 4:
        serilog_prefix(L, d, "INF")
        out = [L]
        L.t(f"Executed DbCommand ({R.randint(1, 60)}ms) [Parameters=[@__caseNumber_0='", (p.case, "other_id"),
            "' (Size = 20)], CommandType='Text', CommandTimeout='30']")
        out.append(Ln(L.fam).t("SELECT TOP(1) [c].[Id], [c].[CaseNumber], [c].[PatientMrn], [c].[RoomCode], [c].[Status] "
                               "FROM [dbo].[CaseCarts] AS [c] WHERE [c].[CaseNumber] = @__caseNumber_0"))
        return out
    elif k == 5:
        q = R.choice(IMPL_CASES)
        im = R.choice(implants_of(q))
        c = IMPLANTS[im["key"]]
        serilog_prefix(L, d, "INF")
        L.t(f"Implant recorded {c['mfr']} {c['ref']} lot {im['lot'] or '-'}")
        if im["sn"]:
            L.t(" sn ", (im["sn"], "device"))
        L.t(" -> case ", (q.case, "other_id"), f" by RN {R.choice(RNS)[2]}")
    else:
        serilog_prefix(L, d, "INF")
        L.t("Implant charge posted HAR ", (p.har, "account"), f" payer {p.payer_code} member ", (p.member, "health_plan"),
            f" amount {R.randint(400, 9000)}.{dig(2)}")
    return [L]


def ev_clef(phi):
    d = tick()
    L = Ln("serilog_clef")
    if not phi:
        obj = R.choice([
            {"@t": ts_clef(d), "@mt": "Request finished {Protocol} {Method} {Path} - {StatusCode} {ElapsedMilliseconds}ms",
             "Protocol": "HTTP/1.1", "Method": "GET", "Path": "/healthz", "StatusCode": 200,
             "ElapsedMilliseconds": round(R.uniform(0.3, 4), 4), "SourceContext": "Microsoft.AspNetCore.Hosting.Diagnostics",
             "TraceId": alnum(32, "0123456789abcdef"), "SpanId": alnum(16, "0123456789abcdef")},
            {"@t": ts_clef(d), "@mt": "Consumed {Count} sterilizer events from {Queue}", "Count": R.randint(1, 20),
             "Queue": "spd.sterilizer.cycles", "SourceContext": "SPD.Tracking.Jobs.SterilizerSyncJob", "ThreadId": R.randint(3, 40)},
            {"@t": ts_clef(d), "@mt": "Loaner {RequestId} received from {Vendor}: {TrayCount} trays", "@l": "Information",
             "RequestId": lnreq(), "Vendor": R.choice(list(REPS)), "TrayCount": R.randint(1, 6),
             "SourceContext": "SPD.Tracking.Jobs.LoanerSyncJob"},
            {"@t": ts_clef(d), "@mt": "Washer {WasherId} alarm {AlarmCode}", "@l": "Warning", "WasherId": f"WD-0{R.randint(1, 4)}",
             "AlarmCode": R.choice([27, 31, 114]), "SourceContext": "SPD.Tracking.Integrations.WasherFeed"},
        ])
    else:
        p = R.choice(TODAY)
        if R.random() < 0.5:
            obj = {"@t": ts_clef(d), "@mt": "Case cart {CaseNumber} for {PatientName} ({Mrn}) dispatched to {Room}",
                   "CaseNumber": (p.case, "other_id"), "PatientName": (nm(p, "lf"), "name"), "Mrn": (p.mrn, "mrn"),
                   "Room": p.room, "SourceContext": "SPD.Tracking.Services.CaseCartService", "MachineName": "SPD-SVC01"}
        else:
            q = R.choice(IMPL_CASES)
            im = [x for x in implants_of(q)][0]
            c = IMPLANTS[im["key"]]
            obj = {"@t": ts_clef(d), "@mt": "Implant {Ref} on case {CaseNumber} scanned without matching preference card",
                   "@l": "Warning", "Ref": c["ref"], "Gtin": c["gtin"], "Lot": im["lot"],
                   "Serial": (im["sn"], "device") if im["sn"] else None,
                   "CaseNumber": (q.case, "other_id"), "PatientAge": (q.age, "age") if q.age > 89 else q.age,
                   "SourceContext": "SPD.Tracking.Services.ImplantService"}
    jdump(L, obj, (",", ":"))
    return [L]


def ev_exception(phi):
    d = tick()
    out = []
    L = Ln("dotnet_exception")
    if not phi:
        L.t(f"{ts_serilog(d)} [ERR] Failed to post loaner acknowledgement {lnreq()} to vendor portal")
        out.append(L)
        out.append(Ln("dotnet_exception").t("System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable)."))
        out.append(Ln("dotnet_exception").t("   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"))
        out.append(Ln("dotnet_exception").t("   at SPD.Tracking.Integrations.VendorPortalClient.PostLoanerAckAsync(String requestId, CancellationToken ct) in D:\\a\\spd-tracking\\src\\SPD.Tracking.Integrations\\VendorPortalClient.cs:line 88"))
        out.append(Ln("dotnet_exception").t("   at SPD.Tracking.Jobs.LoanerSyncJob.ExecuteAsync(PerformContext context) in D:\\a\\spd-tracking\\src\\SPD.Tracking.Jobs\\LoanerSyncJob.cs:line 41"))
    else:
        q = R.choice([x for x in IMPL_CASES if any(i["sn"] for i in implants_of(x))])
        im = [i for i in implants_of(q) if i["sn"]][0]
        L.t(f"{ts_serilog(d)} [ERR] An exception occurred in the database while saving changes for context type 'SPD.Tracking.Data.TrackingDbContext'.")
        out.append(L)
        out.append(Ln("dotnet_exception").t("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details."))
        out.append(Ln("dotnet_exception").t(
            f" ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_ImplantUsage'. "
            f"Cannot insert duplicate key in object 'dbo.ImplantUsage'. The duplicate key value is (", (q.case, "other_id"), ", ",
            (im["sn"], "device"), ")."))
        out.append(Ln("dotnet_exception").t("   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__209_0(Task`1 result)"))
        out.append(Ln("dotnet_exception").t("   at SPD.Tracking.Services.ImplantService.RecordUsageAsync(ImplantScanDto dto, CancellationToken ct) in D:\\a\\spd-tracking\\src\\SPD.Tracking.Services\\ImplantService.cs:line 132"))
        out.append(Ln("dotnet_exception").t(f"ClientConnectionId:{alnum(8, '0123456789abcdef')}-{alnum(4, '0123456789abcdef')}-{alnum(4, '0123456789abcdef')}-{alnum(4, '0123456789abcdef')}-{alnum(12, '0123456789abcdef')}"))
        out.append(Ln("dotnet_exception").t("Error Number:2627,State:1,Class:14"))
    return out


def ev_casecart_json():
    d = tick()
    p = R.choice(TODAY)
    L = Ln("casecart_json")
    s = p.surgeon
    obj = {"eventType": "CaseCartRequested", "eventId": f"{alnum(8, '0123456789abcdef')}-{alnum(4, '0123456789abcdef')}-4{alnum(3, '0123456789abcdef')}-a{alnum(3, '0123456789abcdef')}-{alnum(12, '0123456789abcdef')}",
           "caseNumber": (p.case, "other_id"),
           "patient": {"lastName": (p.last, "name"), "firstName": (p.first, "name"), "mrn": (p.mrn, "mrn"),
                       "dob": (p.dob.isoformat(), "date"), "sex": p.sex},
           "procedure": {"cpt": p.proc[0], "description": p.proc[2]},
           "surgeon": {"npi": s[2], "name": f"{s[1]}, {s[0]}"},
           "room": p.room, "scheduledStart": (p.surg.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
           "prefCard": f"PC-{p.proc[3]}-{s[1].upper()}-{p.proc[0]}", "pickCount": R.randint(8, 30)}
    if p.age > 89:
        obj["patient"]["ageYears"] = (p.age, "age")
    if R.random() < 0.4:
        obj["loaners"] = [lnreq()]
    jdump(L, obj)
    return [L]


def ev_loaner_csv():
    tick()
    out = [Ln("loaner_csv").t("request_id,vendor,rep_name,rep_phone,set_name,trays,surgery_date,surgeon,case_no,status,due_back")]
    for _ in range(R.randint(2, 4)):
        L = Ln("loaner_csv")
        p = R.choice(TODAY)
        vend = vendor_for(p) if R.random() < 0.75 else R.choice(list(REPS))
        rep = REPS[vend]
        setname = R.choice(SETS[vend])
        if R.random() < 0.25:
            row(L, [lnreq(), cq(vend), f"{rep[0]} {rep[1]}", rep[3], cq(setname), str(R.randint(1, 6)), "", "", "",
                    "CONSIGNMENT_RESTOCK", ""], ",")
        else:
            row(L, [lnreq(), cq(vend), f"{rep[0]} {rep[1]}", rep[3], cq(setname), str(R.randint(1, 6)),
                    [(p.surg.strftime("%m/%d/%Y"), "date")], p.surgeon[1], [(p.case, "other_id")],
                    R.choice(["REQUESTED", "CONFIRMED", "RECEIVED", "IN_DECON"]),
                    (p.surg + timedelta(days=R.randint(2, 4))).strftime("%m/%d/%Y")], ",")
        out.append(L)
    return out


def ev_loaner_kv(phi):
    d = tick()
    L = Ln("loaner_logfmt")
    vend = R.choice(list(REPS))
    rep = REPS[vend]
    L.t(f"time={d.strftime('%Y-%m-%dT%H:%M:%S')}-04:00 level=info svc=loaner-svc ")
    if not phi:
        L.t(f'msg="loaner received" req={lnreq()} vendor="{vend}" trays={R.randint(1, 6)} weight_lb={R.uniform(8, 25):.1f} '
            f'dock={R.randint(1, 3)} rep="{rep[0]} {rep[1]}" rep_phone="{rep[3]}" due_back={(d + timedelta(days=R.randint(3, 6))).date().isoformat()}')
    else:
        p = R.choice(TODAY)
        L.t(f'msg="loaner linked to case" req={lnreq()} vendor="{vend}" case=', (p.case, "other_id"),
            " surgery_dt=", (p.surg.date().isoformat(), "date"), " patient_ln=", (p.last.upper(), "name"),
            f" surgeon={p.surgeon[3]} lead_time_h={R.randint(12, 96)}")
    return [L]


def ev_implant_pipe():
    d = tick()
    out = []
    if R.random() < 0.35:
        out.append(Ln("implant_log_pipe").t("REC|LOGGED_AT|CASE_NO|MRN|PATIENT|MFR|REF|DESCRIPTION|GTIN|LOT|SERIAL|EXP|STATUS|RN_ID"))
    q = R.choice(IMPL_CASES)
    for im in implants_of(q)[:R.randint(1, 3)]:
        c = IMPLANTS[im["key"]]
        L = Ln("implant_log_pipe")
        status = R.choice(["IMPLANTED", "IMPLANTED", "IMPLANTED", "IMPLANTED", "WASTED"])
        row(L, ["IMPL", d.strftime("%Y-%m-%d %H:%M"), [(q.case, "other_id")], [(q.mrn, "mrn")],
                [(nm(q, "hl7"), "name")], c["mfr"], c["ref"], c["desc"], c["gtin"], im["lot"] or "",
                [(im["sn"], "device")] if im["sn"] and status != "WASTED" else (im["sn"] or ""),
                im["exp"].isoformat(), status, R.choice(RNS)[2]], "|")
        out.append(L)
    return out


def ev_explant():
    d = tick()
    p = R.choice(TODAY)
    L = Ln("implant_log_pipe")
    sn = "PJN" + dig(7) if R.random() < 0.5 else "NWR" + dig(6) + "H"
    row(L, ["EXPL", d.strftime("%Y-%m-%d %H:%M"), [(p.case, "other_id")], [(p.mrn, "mrn")], [(nm(p, "hl7"), "name")],
            "Medtronic", "ADDR01", "Adapta DR IPG (explanted, ERI)", "", "", [(sn, "device")], "",
            f"RETURNED_TO_MFR RMA {dig(7)}", R.choice(RNS)[2]], "|")
    return [L]


def ev_recall_csv():
    tick()
    rc = R.choice(RECALLS)
    style = R.choice(["%m/%d/%Y", "%-m/%-d/%Y", "%Y-%m-%d"])
    out = [Ln("recall_csv").t(f'"Recall Lookback {rc["id"]} - {rc["mfr"]} {rc["product"]} - generated 03/14/2024 by mfoster",,,,,,,,,,,,,'),
           Ln("recall_csv").t("MRN,Patient Name,DOB,Surgery Date,Procedure,Surgeon,Catalog #,Lot #,Serial #,Phone,Address,City,ZIP,Letter Sent")]
    for p in R.sample(rc["pts"], R.randint(2, 4)):
        L = Ln("recall_csv")
        c = IMPLANTS[rc["key"]]
        row(L, [[(p.mrn, "mrn")], cq(nm(p, R.choice(["lf", "LF", "lfm"])), "name"),
                [(fdate(p.dob, style), "date")], [(fdate(p.surg.date(), style), "date")], p.proc[2].split(",")[0],
                p.surgeon[1], c["ref"], p.rc_lot or "", [(p.rc_sn, "device")] if p.rc_sn else "",
                [(phone(p, R.choice([0, 1, 3])), "phone")], cq(p.street, "address"), [(p.city, "address")],
                [(p.zip, "zip")], R.choice(["Y", "N", "N", "RTS"])], ",")
        out.append(L)
    return out


def ev_recall_tsv():
    tick()
    rc = R.choice(RECALLS)
    out = [Ln("recall_tsv").t("Pt Last\tPt First\tMRN\tDOS\tAge\tCounty\tImplant\tLOT\tSN\tPayer\tMember ID\tStatus")]
    c = IMPLANTS[rc["key"]]
    for p in R.sample(rc["pts"], R.randint(2, 4)):
        L = Ln("recall_tsv")
        row(L, [[(p.last, "name")], [(p.first, "name")], [(p.mrn, "mrn")], [(fdate(p.surg.date(), "mdyy"), "date")],
                [(str(p.age), "age")] if p.age > 89 else str(p.age), [(p.county, "address")], f"{c['desc']} ({c['ref']})",
                p.rc_lot or "", [(p.rc_sn, "device")] if p.rc_sn else "", p.payer, [(p.member, "health_plan")],
                R.choice(["letter mailed", "called - VM", "pt deceased", "f/u appt sched", "no contact"])], "\t")
        out.append(L)
    return out


def ev_recall_info():
    d = tick()
    rc = R.choice(RECALLS)
    L = Ln("recall_notice")
    L.t(f"{ts_log4j(d)} INFO  [recall-import] c.s.tracking.recall.FdaFeedImporter - recall={rc['id']} class=II "
        f"firm=\"{rc['mfr']}\" product=\"{rc['product']}\" lots={','.join(rc['lots']) or 'ALL SERIALS'} "
        f"status=Ongoing postedDate=2024-03-0{R.randint(1, 9)}")
    return [L]


def hl7_seg(fields):
    L = Ln("hl7_siu")
    row(L, fields, "|")
    return L


def siu_segments(p, d, trig, mcid):
    s = p.surgeon
    st = ts_hl7(p.surg)
    en = ts_hl7(p.surg + timedelta(minutes=120))
    segs = []
    segs.append(["MSH", "^~\\&", "EPIC", "MVMC", "CENSITRAC", "MVMC_SPD", ts_hl7(d), "", f"SIU^{trig}^SIU_S12", mcid, "P", "2.5.1"])
    segs.append(["SCH", [(p.case, "other_id"), "^EPIC"], [(p.case, "other_id"), "^OR"], "", "", "",
                 "ROUTINE^Routine", "SURGERY", "", "", ["^^120^", (st, "date"), "^", (en, "date")], "", "", "", "",
                 f"{s[2]}^{s[1].upper()}^{s[0].upper()}^^^^MD", "", "", "", "", "", "", "", "", "",
                 "Booked" if trig != "S15" else "Cancelled"])
    segs.append(["PID", "1", "", [(p.mrn, "mrn"), "^^^MVMC^MR"], "", [(nm(p, "hl7"), "name"), "^^^^L"], "",
                 [(p.dob.strftime("%Y%m%d"), "date")], p.sex, "", "",
                 [(p.street, "address"), "^^", (p.city, "address"), "^OH^", (p.zip, "zip"), "^USA^H"], "",
                 [(phone(p, 5), "phone"), "^PRN^PH"], "", "", "", "", [(p.har, "account")], [(p.ssn, "ssn")]])
    segs.append(["PV1", "1", "O", f"MVMC OR^{p.room}^01^MVMC", "", "", "", f"{s[2]}^{s[1].upper()}^{s[0].upper()}^^^^MD",
                 "", "", p.proc[3][:3], "", "", "", "", "", "", "", "SURG", [(p.csn, "other_id")]])
    if R.random() < 0.5:
        pid = p.payer_code
        segs.append(["IN1", "1", pid, pid, p.payer, PAYER_ADDR[pid], "", "", f"GRP{dig(5)}", "", "", "",
                     "", "", "", "", [(nm(p, "hl7"), "name")], "SEL", [(p.dob.strftime("%Y%m%d"), "date")], "", "", "", "",
                     "", "", "", "", "", "", "", "", "", "", "", "", "", [(p.member, "health_plan")]])
    segs.append(["RGS", "1", "A"])
    segs.append(["AIS", "1", "A", f"{p.proc[0]}^{p.proc[1]}^CPT4", [(st, "date")], "0", "MIN", "120", "MIN"])
    segs.append(["AIG", "1", "A", f"{s[2]}^{s[1].upper()}^{s[0].upper()}^^^^MD", "SURGEON"])
    segs.append(["AIL", "1", "A", f"{p.room}^^^MVMC", "OR^Operating Room"])
    rn = R.choice(RNS)
    segs.append(["AIP", "1", "A", f"{rn[2]}^{rn[1].upper()}^{rn[0].upper()}^^^^RN", "CIRCULATOR"])
    if p.age > 89:
        segs.append(["NTE", "1", "", ["Pt ", (str(p.age), "age"), " y/o, hx latex allergy - latex-free trays only, fall risk"]])
    elif R.random() < 0.5:
        v = R.choice(list(REPS))
        segs.append(["NTE", "1", "", f"Loaner set from {v} requested; rep {REPS[v][0][0]}. {REPS[v][1]} to confirm by 1300"])
    return segs


MCID = [8823400]


def ev_hl7_siu():
    d = tick()
    p = R.choice(TODAY)
    MCID[0] += R.randint(1, 9)
    trig = R.choice(["S12", "S12", "S14", "S15"])
    return [hl7_seg(s) for s in siu_segments(p, d, trig, str(MCID[0]))]


def ev_mirth(phi):
    d = tick()
    L = Ln("mirth_hl7")
    MCID[0] += R.randint(1, 9)
    L.t(f"{ts_log4j(d)} INFO  [d{R.randint(2, 9)}: OR_SIU_to_SPD] ")
    if not phi:
        L.t(f"sent ACK: MSH|^~\\&|CENSITRAC|MVMC_SPD|EPIC|MVMC|{ts_hl7(d)}||ACK^S12^ACK|A{MCID[0]}|P|2.5.1\\rMSA|AA|{MCID[0] - R.randint(1, 5)}\\r")
    else:
        p = R.choice(TODAY)
        segs = siu_segments(p, d, "S12", str(MCID[0]))[:4]
        L.t("transmitted message: ")
        for s in segs:
            row(L, s, "|")
            L.t("\\r")
    return [L]


def ev_scan(phi):
    d = tick(1, 40)
    L = Ln("scanner_raw")
    sn = f"2{dig(13)}"
    L.t(f"[{d.strftime('%Y-%m-%d %H:%M:%S')}.{ms(d)}] HIDPOS DS8178 (SN {sn}) ")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            t = R.choice(ALL_TRAYS)
            L.t(f'sym=CODE128 len={len(t[0])} data="{t[0]}" ctx=ASSEMBLY station=ASSY-0{R.randint(1, 5)}')
        elif k == 1:
            v = f"IN{dig(9)}"
            L.t(f'sym=DATAMATRIX len={len(v)} data="{v}" ctx=INSTRUMENT_MARK tray={R.choice(ALL_TRAYS)[0]}')
        elif k == 2:
            c = IMPLANTS[R.choice(list(IMPLANTS))]
            exp = (date(2027, 1, 1) + timedelta(days=R.randint(0, 1000))).strftime("%y%m%d")
            data = f"]d201{c['gtin']}17{exp}10{c['lot']() if c['lot'] else dig(6)}"
            if c["sn"]:
                data += f"<GS>21{c['sn']()}"
            L.t(f'sym=GS1_DATAMATRIX len={len(data) - 3} data="{data}" ctx=RECEIVING po=45001{dig(5)}')
        else:
            v = lnreq()
            L.t(f'sym=CODE39 len={len(v)} data="{v}" ctx=LOANER_CHECKIN dock={R.randint(1, 3)}')
    else:
        p = R.choice(TODAY)
        if R.random() < 0.4:
            L.t('sym=CODE128 len=11 data="MRN', (p.mrn, "mrn"), f'" ctx=WRISTBAND room={p.room}')
        else:
            q = R.choice([x for x in IMPL_CASES if any(i["sn"] for i in implants_of(x))])
            im = [i for i in implants_of(q) if i["sn"]][R.randint(0, 0)]
            c = IMPLANTS[im["key"]]
            pre = f"]d201{c['gtin']}17{im['exp'].strftime('%y%m%d')}10{im['lot'] or ''}" + ("<GS>" if im["lot"] else "") + "21"
            ln_ = len(pre) + len(im["sn"]) - 3 - (3 if im["lot"] else 0)
            L.t(f'sym=GS1_DATAMATRIX len={ln_} data="{pre}', (im["sn"], "device"), '" ctx=POINT_OF_USE case=', (q.case, "other_id"))
    return [L]


SPD_FROM = '"MVMC Sterile Processing" <spd.loaners@mercyvalley.org>'


def email_lines(fam, hdrs, body):
    out = []
    for h in hdrs + body:
        L = Ln(fam)
        L.t(h)
        out.append(L)
    return out


def ev_email(phi):
    d = tick(20, 300)
    p = R.choice(TODAY)
    vend = vendor_for(p) if phi else R.choice(list(REPS))
    rep = REPS[vend]
    tech = R.choice(TECHS)
    req = lnreq()
    mid = f"<{ts_hl7(d + timedelta(hours=4))}.{alnum(6, '0123456789ABCDEF')}@mail.mercyvalley.org>"
    hdrs = [f"From: {SPD_FROM}", f'To: "{rep[1]}, {rep[0]}" <{rep[2]}>', f"Date: {ts_mail(d)}", f"Message-ID: {mid}"]
    if not phi:
        hdrs.insert(3, f"Subject: Loaner {req} ready for pickup")
        body = [f"Hi {rep[0]},",
                f"The {R.randint(2, 5)} trays on {req} have been decontaminated and are ready for pickup at dock {R.randint(1, 3)}.",
                f"Please sign the return log with the SPD lead. Thanks, {tech[0]} {tech[1]} | SPD | (937) 555-01{R.randint(10, 40)}"]
        return email_lines("email_vendor", hdrs, body)
    sd = p.surg
    day = sd.strftime("%a")
    hdrs.insert(3, ["Subject: Loaner request ", req, f" - {vend} - {day} ", (fdate(sd.date(), "md"), "date"),
                    f" Dr. {p.surgeon[1]}"])
    hdrs.insert(2, "Cc: or.scheduling@mercyvalley.org")
    body = [[f"Hi {rep[0]}, please bring the {R.choice(SETS[vend])} set for Dr. {p.surgeon[1]}'s {p.proc[2].lower()} on {day} ",
             (fdate(sd.date(), "mdyy"), "date"), f" at {sd.strftime('%H%M')}, {p.room}."]]
    k = R.randint(0, 2)
    if k == 0:
        body.append(["Patient: ", (nm(p, "fl"), "name"), ", DOB ", (fdate(p.dob, "%m/%d/%Y"), "date"), ", MRN ",
                     (p.mrn, "mrn"), " (case ", (p.case, "other_id"), ")."])
    elif k == 1:
        body.append(["Pt is ", (nm(p, "fil"), "name"), ", case# ", (p.case, "other_id"), " - sizing per templating: femoral 6/7."])
    else:
        body.append(["Case ", (p.case, "other_id"), ", patient ", (p.last, "name"), " - please also bring the revision trials."])
    body.append(f"Trays must be here by 1300 the day before for decon/sterilization (48h policy for implants).")
    body.append(f"Thanks, {tech[0]} {tech[1]} | SPD Lead | (937) 555-01{R.randint(10, 40)}")
    if vend == "Globus Medical":
        body.append(f"> Hola, confirmo el set {SETS[vend][0]} para ese caso; lo entrego mañana a las 11:00. Saludos, {rep[0]} {rep[1]}")
    elif vend == "Arthrex" and R.random() < 0.5:
        body.append(f"> Bonjour, c'est confirmé, je passe déposer le kit demain matin avant 10 h. Merci! {rep[0]}")
    return email_lines("email_vendor", hdrs, body)


def ev_postfix():
    d = tick()
    vend = R.choice(list(REPS))
    rep = REPS[vend]
    qid = alnum(10, "0123456789ABCDEF")
    L = Ln("postfix")
    L.t(f"{ts_syslog(d)} mx01 postfix/smtp[{R.randint(2000, 30000)}]: {qid}: to=<{rep[2]}>, relay={rep[4]}[{rep[5]}]:25, "
        f"delay={R.uniform(0.3, 3):.1f}, delays=0.1/0/{R.uniform(0.1, 1):.1f}/{R.uniform(0.1, 1):.1f}, dsn=2.0.0, "
        f"status=sent (250 2.0.0 OK {int(d.timestamp())} {alnum(12, 'abcdefghijklmnop0123456789')} - gsmtp)")
    return [L]


def ev_nginx(phi):
    d = tick(1, 60)
    L = Ln("nginx_access")
    t = R.choice(TECHS)
    ip = R.choice(TECH_IPS)
    ua = R.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
                   "Zebra-TC52/11 SPDTrackMobile/4.8.2"])
    if not phi:
        path = R.choice([f"/api/trays/{R.choice(ALL_TRAYS)[0]}/contents", "/healthz", "/api/sterilizers/ST-02/cycles?since=2024-03-14",
                         f"/api/loaners/{lnreq()}", "/static/js/main.8f3a1c2e.js", "/api/metrics"])
        user = t[2]
        if path in ("/healthz", "/api/metrics"):
            user, ua, ip = "-", R.choice(["kube-probe/1.27", "Prometheus/2.50.1"]), "10.42.0." + str(R.randint(2, 60))
        L.t(f'{ip} - {user} [{ts_nginx(d)}] "GET {path} HTTP/1.1" {R.choice([200, 200, 200, 304, 404])} {R.randint(120, 90000)} "-" "{ua}" rt={R.uniform(0.001, 0.3):.3f}')
    else:
        p = R.choice(TODAY)
        L.t(f'{ip} - {t[2]} [{ts_nginx(d)}] "GET ')
        k = R.randint(0, 2)
        if k == 0:
            L.t("/api/casecarts/", (p.case, "other_id"), "/picklist")
        elif k == 1:
            L.t("/api/patients/search?mrn=", (p.mrn, "mrn"), "&include=cases")
        else:
            L.t("/api/patients/search?lastName=", (p.last.replace(" ", "%20").replace("'", "%27"), "name"), "&dob=",
                (p.dob.isoformat(), "date"))
        L.t(f' HTTP/1.1" 200 {R.randint(400, 9000)} "https://spdtrack.mercyvalley.org/cases" "{ua}" rt={R.uniform(0.01, 0.4):.3f}')
    return [L]


def ev_sqlserver():
    d = tick()
    L = Ln("sqlserver_errorlog")
    k = R.randint(0, 4)
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 10000:02d}"
    if k == 0:
        L.t(f"{ts} Backup      Log was backed up. Database: SPDTracking, creation date(time): 2019/07/22(09:14:51), first LSN: {R.randint(100000, 999999)}:{R.randint(100, 9999)}:1, last LSN: {R.randint(100000, 999999)}:{R.randint(100, 9999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\nas02\\sqlbak\\SPDTracking_log_{d.strftime('%Y%m%d%H%M')}.trn'}}).")
    elif k == 1:
        L.t(f"{ts} Logon       Login failed for user 'svc_spdtrack'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.2.{R.randint(10, 40)}]")
    elif k == 2:
        L.t(f"{ts} spid{R.randint(51, 99)}      CHECKDB for database 'SPDTracking' finished without errors on 2024-03-10 02:00:03.120 (local time). This is an informational message only; no user action is required.")
    elif k == 3:
        L.t(f"{ts} spid{R.randint(51, 99)}      I/O is frozen on database SPDTracking. No user action is required. However, if I/O is not resumed promptly, you could cancel the backup.")
    else:
        L.t(f"{ts} spid{R.randint(51, 99)}s     SQL Server Agent job 'SPD - purge scan events > 2y' completed: {R.randint(1000, 90000)} rows deleted in {R.randint(3, 90)} s.")
    return [L]


def ev_prom():
    tick(1, 30)
    out = []
    k = R.randint(0, 2)
    if k == 0:
        out.append(Ln("prom_metrics").t("# HELP spd_tray_scans_total Tray scan events by station and event type."))
        out.append(Ln("prom_metrics").t("# TYPE spd_tray_scans_total counter"))
        for _ in range(R.randint(1, 3)):
            out.append(Ln("prom_metrics").t(f'spd_tray_scans_total{{station="ASSY-0{R.randint(1, 5)}",event="ASSEMBLY_COMPLETE"}} {R.randint(40, 900)}'))
    elif k == 1:
        out.append(Ln("prom_metrics").t(f'spd_sterilizer_cycle_seconds_bucket{{sterilizer="ST-0{R.randint(1, 4)}",le="3600"}} {R.randint(10, 80)}'))
        out.append(Ln("prom_metrics").t(f'spd_hl7_messages_total{{channel="OR_SIU_to_SPD",type="SIU^S12"}} {R.randint(100, 900)}'))
    else:
        out.append(Ln("prom_metrics").t(f'process_resident_memory_bytes{{job="spd-tracking",instance="spd-svc01:9102"}} {R.randint(150, 600) * 1048576}'))
    return out


def ev_zpl(phi):
    d = tick()
    L = Ln("zpl_print")
    printer = R.choice(["ZT411-ASSY2", "ZT411-CASECART", "ZD621-DECON"])
    L.t(f"{ts_syslog(d)} spd-print01 lpd[{R.randint(1000, 9999)}]: job {R.randint(8000, 9999)} {printer} ")
    if not phi:
        t = R.choice(ALL_TRAYS)
        L.t(f"^XA^FO50,40^A0N,36,36^FD{t[0]} {t[1][:18].upper()}^FS^FO50,90^BCN,80,Y,N,N^FD{t[0]}^FS"
            f"^FO50,200^A0N,28,28^FDEXP EVENT-RELATED  LOAD {d.strftime('%y%m%d')}-{R.randint(200, 260)}^FS^XZ")
    else:
        p = R.choice(TODAY)
        L.t("^XA^FO40,30^A0N,40,40^FD", (p.case, "other_id"), f"  {p.room}  {p.surg.strftime('%H%M')}^FS^FO40,80^A0N,34,34^FD",
            (nm(p, "LF"), "name"), "^FS^FO40,120^A0N,30,30^FDMRN ", (p.mrn, "mrn"), "  DOB ", (p.dob.strftime("%m/%d/%Y"), "date"),
            f"^FS^FO40,170^BCN,70,N,N,N^FD", (p.case, "other_id"), "^FS^XZ")
    return [L]


def ev_x12(phi):
    d = tick()
    L = Ln("x12_edi")
    ctl = dig(9)
    po = "4500" + dig(6)
    L.t(f"ISA*00*          *00*          *ZZ*MVMCSPD        *ZZ*GHXEXCHANGE    *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{ctl}*0*P*>~"
        f"GS*PO*MVMCSPD*GHX*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{int(ctl) % 10000}*X*005010~ST*850*0001~")
    if not phi:
        c = IMPLANTS[R.choice(list(IMPLANTS))]
        L.t(f"BEG*00*SA*{po}**{d.strftime('%Y%m%d')}~N1*ST*MERCY VALLEY MEDICAL CENTER*92*MVMC01~"
            f"PO1*1*{R.randint(1, 4)}*EA*{R.randint(90, 4000)}.00**VC*{c['ref']}*UP*{c['gtin']}~CTT*1~SE*6*0001~GE*1*{int(ctl) % 10000}~IEA*1*{ctl}~")
    else:
        q = R.choice([x for x in IMPL_CASES if any(i["sn"] for i in implants_of(x))])
        im = [i for i in implants_of(q) if i["sn"]][0]
        c = IMPLANTS[im["key"]]
        L.t(f"BEG*00*DS*{po}**{d.strftime('%Y%m%d')}~REF*IA*88412~N1*ST*MERCY VALLEY MEDICAL CENTER*92*MVMC01~"
            f"PO1*1*1*EA*{R.randint(900, 9000)}.00**VC*{c['ref']}*UP*{c['gtin']}~MSG*BILL ONLY PT ",
            (nm(q, "LF"), "name"), " MRN ", (q.mrn, "mrn"), " DOS ", (q.surg.strftime("%m%d%y"), "date"),
            " SN ", (im["sn"], "device"), f" LOT {im['lot'] or 'NA'}~CTT*1~SE*7*0001~GE*1*{int(ctl) % 10000}~IEA*1*{ctl}~")
    return [L]


def ev_note(phi):
    d = tick(60, 500)
    t = R.choice(TECHS)
    L = Ln("spd_handoff_note")
    shift = "3rd" if d.hour < 7 or d.hour >= 23 else ("1st" if d.hour < 15 else "2nd")
    L.t(f"[SPD Handoff {shift} shift] {d.strftime('%H:%M')} {t[2]}: ")
    if not phi:
        L.t(R.choice([
            f"Washer 3 threw low-detergent alarm x2, swapped drum, running ok now. Ticket INC00{dig(5)}.",
            f"ST-0{R.randint(1, 4)} Bowie-Dick passed, BI from load {d.strftime('%y%m%d')}-{R.randint(200, 260)} pending read at {d.strftime('%H')}:45.",
            "Ortho basic #3 missing Hohmann 24mm again -- pulled from backup, CS&R to reorder.",
            f"Zimmer rep dropped {R.randint(2, 5)} loaner trays at dock 2, weights logged, 1 tray over 25 lb flagged to vendor.",
            "Printer at ASSY-02 jamming on count sheets; IT says new fuser Monday.",
            f"Stericycle sharps pickup done, manifest {dig(8)}. Decon floor mopped, eyewash checked.",
        ]))
    else:
        p = R.choice(TODAY)
        k = R.randint(0, 3)
        if k == 0:
            L.t(f"Dr {p.surgeon[1]}'s {p.surg.strftime('%H%M')} case (pt ", (nm(p, "fl"), "name"))
            if p.age > 89:
                L.t(", ", (str(p.age), "age"), " y/o")
            L.t(", MRN ", (p.mrn, "mrn"), ") still waiting on the loaner set, rep ETA 13:30. OR charge RN aware.")
        elif k == 1:
            L.t(f"Tray {R.choice(TRAYS[p.proc[3]])[0]} came back from {p.room} with bioburden on the rongeurs, case ",
                (p.case, "other_id"), ". Incident report filed, surgeon notified.")
        elif k == 2:
            L.t("Implant log for ", (nm(p, "lower"), "name"), " (", (p.case, "other_id"),
                ") missing one sticker - RN to rescan before close.")
        else:
            L.t("Flash/IUSS done on ST-04 for ", (nm(p, "LFI"), "name"), " DOS ", (fdate(p.surg.date(), "mdyy"), "date"),
                " - dropped Kerrison, logged in IUSS binder.")
    return [L]


def ev_incident_json():
    d = tick()
    p = R.choice(TODAY)
    L = Ln("incident_json")
    obj = {"reportId": f"SR-24-00{R.randint(400, 499)}", "submittedAt": d.strftime("%Y-%m-%dT%H:%M:%S"),
           "category": R.choice(["Instrument bioburden", "Missing instrument", "Wet pack", "Implant not available"]),
           "location": p.room, "caseNumber": (p.case, "other_id"),
           "patient": {"name": (nm(p, "LF"), "name"), "mrn": (p.mrn, "mrn"), "dateOfService": (fdate(p.surg.date(), "%m/%d/%Y"), "date")},
           "reporter": {"empId": R.choice(TECHS)[3], "dept": "SPD"}, "harm": "No harm - reached patient: no"}
    jdump(L, obj)
    return [L]


def ev_recall_phone_log():
    d = tick()
    rc = R.choice(RECALLS)
    p = R.choice(rc["pts"])
    L = Ln("recall_outreach_kv")
    L.t(f"{d.strftime('%Y-%m-%dT%H:%M:%S')} recall_outreach recall={rc['id']} attempt={R.randint(1, 3)} "
        f"patient=\"", (nm(p, R.choice(["fl", "lf"])), "name"), "\" phone=", (phone(p, R.choice([1, 2, 4])), "phone"),
        " addr=\"", (f"{p.street}, {p.city}", "address"), " OH ", (p.zip, "zip"), "\" implant_dos=",
        (p.surg.date().isoformat(), "date"), f" result={R.choice(['LM', 'SPOKE_TO_PT', 'WRONG_NUMBER', 'LETTER_RETURNED'])} caller=mfoster")
    return [L]


NOISE = [(ev_tray_noise, 10), (ev_washer, 1), (ev_sterilizer_print, 1), (ev_sterilizer_json, 4), (ev_bi, 4),
         (ev_serilog_noise, 12), (lambda: ev_clef(False), 4), (lambda: ev_exception(False), 0.7), (ev_postfix, 3),
         (lambda: ev_nginx(False), 6), (ev_sqlserver, 4), (ev_prom, 2), (lambda: ev_zpl(False), 3),
         (lambda: ev_x12(False), 1), (lambda: ev_note(False), 3), (lambda: ev_email(False), 0.6),
         (lambda: ev_loaner_kv(False), 3), (lambda: ev_scan(False), 5), (lambda: ev_mirth(False), 2),
         (ev_recall_info, 1)]
PHI = [(ev_tray_phi, 8), (ev_serilog_phi, 10), (lambda: ev_clef(True), 4), (lambda: ev_exception(True), 0.6),
       (ev_casecart_json, 5), (ev_loaner_csv, 2), (lambda: ev_loaner_kv(True), 3), (ev_implant_pipe, 5),
       (ev_explant, 1), (ev_recall_csv, 1.5), (ev_recall_tsv, 1.5), (ev_hl7_siu, 1.3), (lambda: ev_mirth(True), 2),
       (lambda: ev_scan(True), 6), (lambda: ev_email(True), 0.8), (lambda: ev_nginx(True), 4),
       (lambda: ev_zpl(True), 2), (lambda: ev_x12(True), 1), (lambda: ev_note(True), 4), (ev_incident_json, 2),
       (ev_recall_phone_log, 3)]


def pick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


SINGLE_NOISE = [ev_tray_noise, ev_bi, ev_serilog_noise, ev_postfix, ev_sqlserver, lambda: ev_nginx(False)]


def build():
    lines = []
    saved = list(CLOCK)
    while len(lines) < N_LINES:
        nophi = sum(1 for L in lines if not L.spans)
        frac = nophi / len(lines) if lines else 1.0
        pool = NOISE if frac < TARGET_NOPHI else PHI
        state = R.getstate()
        clk = CLOCK[0]
        seqs = (LN_SEQ[0], MCID[0])
        evs = pick(pool)()
        if len(lines) + len(evs) > N_LINES:
            R.setstate(state)
            R.random()
            CLOCK[0] = clk
            LN_SEQ[0], MCID[0] = seqs
            evs = R.choice(SINGLE_NOISE)()
            if len(lines) + len(evs) > N_LINES:
                continue
        lines.extend(evs)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        for (a, e, cat, v) in L.spans:
            assert b[a:e].decode("utf-8") == v, (i, v)
            spans.append({"s": a, "e": e, "cat": cat})
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
