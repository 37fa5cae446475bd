#!/usr/bin/env python3
"""Generate mb.log / mb.labels.jsonl: a synthetic, labeled log corpus from a
hospital's sterile processing department (SPD) and operating-room supply chain.

Systems simulated (all people and identifiers are synthetic):
  * Zebra handheld scanners (Android logcat, DataWedge) and MDM syslog (RFC 5424)
  * Impinj RFID reader events and RFID implant cabinets (JSON)
  * STERIS/AMSCO sterilizer printouts, Getinge sterilizer (German keys), Miele washers
  * 3M Attest biological-indicator readers
  * HL7 v2 SIU^S12/S14/S15 from the OR scheduling system (one segment per line) + ACKs,
    HL7 DFT^P03 implant charges (single line, segments escaped with \\r)
  * case-cart pick lists (CSV with header, pipe rows without header)
  * implant logging service (.NET, Serilog compact JSON and console), HIBCC/GS1 UDI parsing
  * X12 850/855 bill-only and consignment purchase orders to vendors
  * recall lookup service (Spring Boot / logback) and Java stack traces
  * ERP integration (Infor Lawson S3 log4j, Workday integration event rows)
  * surgeon preference cards (XML), nginx access logs, Prometheus metrics,
    audit key=value records, implant-registry pipe export, free-text SPD/OR notes

Labeling decisions:
  - Labeled people: surgical patients, and their relatives/guarantors/contacts. Not labeled:
    surgeons, anesthesia, RNs, SPD technicians (names, usernames, NPIs, staff emails),
    vendor reps and their phones/emails, companies, facilities, rooms.
  - Patient names: the whole rendered name is one span (HL7 XPN "FAMILY^GIVEN^MIDDLE" is
    one span; "Last, First M" is one span; a name with a title "Mr." has the title outside).
  - mrn: medical record numbers in any rendering (with or without leading zeros).
  - other_id: OR case numbers (OR-YYYY-nnnnnnn), OR scheduling appointment/log IDs
    (SCH-1/SCH-2), encounter/visit numbers (CSN, PV1-19), implant-registry record ids that are
    per patient (IMP-...). Pick-list numbers, cart ids, tray ids, loads, POs, requisitions
    are NOT labeled (they identify things, not the patient) even when on a PHI line.
  - account: hospital account records (HAR), PID-18 patient account numbers, guarantor
    numbers (GT1-2). health_plan: payer member/subscriber IDs, Medicare MBI, Medicaid IDs.
  - A surname alone (URL query lastName=, "Mrs. Ramirez's") is a name.
  - date: date of birth, date/time of surgery (scheduled start/end, date of service,
    implant date, explant date) whenever the line is about a patient or a case. The whole
    value (with its time part if written together) is one span. Not labeled: log
    timestamps, HL7 MSH-7/EVN timestamps, sterilizer/load dates, product expiry dates
    (GS1 AI 17, HIBCC $$3), PO/transaction dates (X12 BEG, ISA/GS, DFT EVN) even on
    patient lines. X12 DTM*002 on a bill-only PO (= date of surgery) and DFT FT1-4
    (service date) are labeled.
  - age: only ages of 90 and above, digits only (e.g. "93" in "93/F").
  - address: street line, apartment/unit, and city are separate spans; state is not
    labeled; zip is its own "zip" span (5 or 9 digits).
  - device: a UDI string (GS1 or HIBCC, human-readable or raw scan) or a device serial
    number is labeled only when the line ties it to a patient or case AND the UDI carries a
    serial number (GS1 AI 21, HIBCC /S). Lot-only UDIs, device identifiers (GTIN/DI, HIBCC
    LIC+PCN), lot numbers, catalog numbers, and equipment serials/MACs/IMEIs of scanners,
    sterilizers and readers are not labeled. UDIs in receiving/inventory lines are not
    labeled.
  - license: patient driver's licence (PID-20). ssn: PID-19 / SSA identifiers.
  - phone/email: patient or family phones and personal emails only.
  - IPs in these logs are hospital workstations/devices (private ranges) -> not labeled.
  - FDA recall numbers, GUDID URLs, vendor URLs are not labeled.
"""
import datetime
import json
import os
import random

SEED = 21_0513
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mb"
N_LINES = 500
TARGET_NOPHI = 0.55

# ----------------------------------------------------------------------------
# line builder with byte-offset spans


class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------
# clock


class Clock:
    def __init__(self):
        self.t = datetime.datetime(2024, 5, 13, 5, 41, 7, 118000)

    def tick(self, a=1, b=30):
        self.t += datetime.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()
TZ = "-05:00"


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_iso_z(t):
    u = t + datetime.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + TZ


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------
# reference data (staff, vendors, equipment: not PHI)

SURGEONS = [
    ("RAGHAVAN", "ANAND", "1932104487", "ortho"),
    ("OYELARAN", "KEHINDE", "1457382210", "ortho"),
    ("FITZGERALD", "MAEVE", "1770623398", "spine"),
    ("TANAKA", "REIKO", "1588940127", "ophtho"),
    ("BERNSTEIN", "DAVID", "1326019845", "general"),
    ("ALVAREZ", "LUIS", "1104938271", "cardio"),
    ("KOVACS", "ILONA", "1699284530", "ortho"),
]
STAFF = ["lpham", "dmendez", "mkoch", "rnkowal", "jmorrison", "aokonkwo", "tnguyen2", "sbaptiste",
         "kwiatr", "hsaeed"]
STAFF_FULL = {"lpham": "Linh Pham", "dmendez": "Diego Mendez", "mkoch": "Martina Koch",
              "rnkowal": "Renata Kowal", "jmorrison": "Jo Morrison", "aokonkwo": "Ada Okonkwo",
              "tnguyen2": "Tuan Nguyen", "sbaptiste": "Serge Baptiste", "kwiatr": "Kasia Wiatr",
              "hsaeed": "Hina Saeed"}
REPS = [("Tom Becker", "Zimmer Biomet", "312-555-0190", "tom.becker@zimmerbiomet.com"),
        ("Alana Reyes", "Stryker", "(630) 555-0114", "alana.reyes@stryker.com"),
        ("Vikram Desai", "Medtronic", "847.555.0163", "vikram.desai@medtronic.com"),
        ("Colleen Briggs", "DePuy Synthes", "7735550128", "cbriggs@its.jnj.com"),
        ("Marcus Lee", "Boston Scientific", "+1 312 555 0177", "marcus.lee@bsci.com")]
VENDORS = {"Zimmer Biomet": ("ZIMMERBIOMET", "00021344"), "Stryker": ("STRYKERORTHO", "00018820"),
           "DePuy Synthes": ("DEPUYSYNTHES", "00020417"), "Medtronic": ("MEDTRONICUSA", "00011873"),
           "Boston Scientific": ("BOSTONSCI", "00013390"), "Alcon": ("ALCONLABS", "00030012"),
           "Globus Medical": ("GLOBUSMED", "00034401"), "BD Bard": ("BDBARD", "00010077"),
           "Acumed": ("ACUMEDLLC", "00041188")}
STERILIZERS = ["AMSCO-600-1", "AMSCO-600-2", "AMSCO-400-3", "VPRO-MAX-1", "GETINGE-HS66-4"]
STER_SN = {"AMSCO-600-1": "0412919021", "AMSCO-600-2": "0412919388", "AMSCO-400-3": "0309921174",
           "VPRO-MAX-1": "2198330412", "GETINGE-HS66-4": "HS66-0081442"}
WASHERS = ["MIELE-PG8536-01", "MIELE-PG8536-02", "STERIS-RELIANCE-1", "STERIS-RELIANCE-2"]
STATIONS = ["DECON-1", "DECON-2", "ASSEMBLY-1", "ASSEMBLY-2", "ASSEMBLY-3", "STERILE-STORE",
            "CASE-CART-1", "OR-CORE", "RECEIVING"]
TRAYS = ["TRY-%05d" % n for n in (417, 418, 1021, 1188, 2040, 2051, 3307, 3311, 4402, 5120, 618, 77)]
TRAY_NAMES = ["ORTHO MAJOR", "TKA PRIMARY ZB", "HIP INSTR DEPUY", "BASIC LAP", "MAJOR GENERAL",
              "SPINE PEDICLE", "EYE CATARACT", "SMALL FRAG", "PACER INSERTION", "HAND SET",
              "KERRISON SET", "MINOR PROC"]
ROOMS = ["OR%02d" % i for i in range(1, 15)] + ["CATH2", "EYE1"]

PROCS = [
    ("27447", "TOTAL KNEE ARTHROPLASTY", "ortho", 150),
    ("27130", "TOTAL HIP ARTHROPLASTY", "ortho", 150),
    ("27236", "ORIF FEMORAL NECK FX / CEPHALOMEDULLARY NAIL", "ortho", 120),
    ("22633", "LUMBAR INTERBODY FUSION L4-L5", "spine", 240),
    ("33208", "PACEMAKER INSERTION DUAL CHAMBER", "cardio", 90),
    ("66984", "CATARACT EXTRACTION W IOL", "ophtho", 30),
    ("49650", "LAP INGUINAL HERNIA REPAIR W MESH", "general", 75),
    ("47562", "LAP CHOLECYSTECTOMY", "general", 90),
    ("25607", "ORIF DISTAL RADIUS", "ortho", 90),
    ("29881", "KNEE ARTHROSCOPY W MENISCECTOMY", "ortho", 60),
]


def gtin_check(body13):
    s = 0
    for i, ch in enumerate(reversed(body13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - s % 10) % 10)


HIBCC_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibcc_check(s):
    return HIBCC_CH[sum(HIBCC_CH.index(c) for c in s) % 43]


# implant catalog: vendor, description, ref, issuer, serialized, procedure code
IMPLANT_DEFS = [
    ("Zimmer Biomet", "PERSONA CR FEMORAL LT SZ 7", "42-5120-072-01", "GS1", True, "27447"),
    ("Zimmer Biomet", "PERSONA TIBIAL STEM SZ D", "42-5320-004-00", "GS1", True, "27447"),
    ("Zimmer Biomet", "PERSONA ASF ARTICULAR SURF 10MM", "42-5122-010-07", "GS1", True, "27447"),
    ("Stryker", "TRIATHLON CR FEMORAL #5 RIGHT", "5510-F-502", "GS1", True, "27447"),
    ("DePuy Synthes", "CORAIL HIP STEM KA SZ 12", "L20112", "HIBCC", True, "27130"),
    ("DePuy Synthes", "PINNACLE SECTOR CUP 54MM", "121722054", "HIBCC", True, "27130"),
    ("DePuy Synthes", "BIOLOX DELTA HEAD 36MM +1.5", "136536320", "HIBCC", True, "27130"),
    ("Stryker", "GAMMA3 NAIL 11X180 125DEG", "3318-1180S", "GS1", True, "27236"),
    ("Stryker", "GAMMA3 LAG SCREW 10.5X95", "3060-0095S", "GS1", False, "27236"),
    ("Globus Medical", "CREO PEDICLE SCREW 6.5X45", "1197.6545", "GS1", False, "22633"),
    ("Globus Medical", "SUSTAIN TL SPACER 10X26", "1134.1026", "GS1", True, "22633"),
    ("Boston Scientific", "ACCOLADE MRI DR PACEMAKER L331", "L331", "GS1", True, "33208"),
    ("Boston Scientific", "INGEVITY+ LEAD 7742 52CM", "7742", "GS1", True, "33208"),
    ("Alcon", "ACRYSOF IQ SN60WF +21.5D", "SN60WF.215", "GS1", True, "66984"),
    ("BD Bard", "3DMAX LIGHT MESH LARGE RIGHT", "0117311", "GS1", False, "49650"),
    ("Acumed", "ACU-LOC 2 VDR PLATE STD LEFT", "70-0502", "HIBCC", False, "25607"),
    ("Acumed", "LOCKING CORTICAL SCREW 2.3X18", "30-0418", "HIBCC", False, "25607"),
]
GS1_PREFIX = {"Zimmer Biomet": "0088904", "Stryker": "0761343", "Globus Medical": "0088985",
              "Boston Scientific": "0080239", "Alcon": "0038065", "BD Bard": "0080178"}
HIBCC_LIC = {"DePuy Synthes": "H703", "Acumed": "A412"}
def new_serial(imp):
    while True:
        ser = _new_serial(imp)
        if imp["issuer"] != "HIBCC" or not udi_hr(imp, ser).endswith(" "):
            return ser


def _new_serial(imp):
    v = imp["vendor"]
    if v == "Boston Scientific":
        return "%06d" % R.randint(100000, 999999)
    if v == "Alcon":
        return "%011d" % R.randint(10**9, 10**11 - 1)
    if v == "DePuy Synthes":
        return "".join(R.choice("0123456789") for _ in range(7))
    return R.choice(["SN", "", "S"]) + "".join(R.choice("0123456789") for _ in range(R.randint(6, 9)))


def udi_hr(imp, serial):
    """Human-readable UDI string."""
    if imp["issuer"] == "GS1":
        s = "(01)%s(17)%s(10)%s" % (imp["di"], imp["exp"].strftime("%y%m%d"), imp["lot"])
        if serial:
            s += "(21)" + serial
        return s
    base = imp["di"][:-1]  # drop primary check char
    s = base + "/$$3" + imp["exp"].strftime("%y%m%d") + imp["lot"]
    if serial:
        s += "/S" + serial
    return s + hibcc_check(s)


def udi_raw(imp, serial, gs="<GS>"):
    """Raw scan with symbology identifier and GS separators as a scanner app logs it."""
    if imp["issuer"] == "GS1":
        s = "]d201%s17%s10%s" % (imp["di"], imp["exp"].strftime("%y%m%d"), imp["lot"])
        if serial:
            s += gs + "21" + serial
        return s
    return "]C0" + udi_hr(imp, serial)


IMPLANTS = []
for v, d, ref, iss, ser, proc in IMPLANT_DEFS:
    if iss == "GS1":
        di = gtin_check(GS1_PREFIX[v] + "%06d" % R.randint(0, 999999))
    else:
        pcn = "".join(R.choice("0123456789") for _ in range(R.randint(5, 7)))
        di = "+" + HIBCC_LIC[v] + pcn + "1"
        di = di + hibcc_check(di)
    lot = R.choice(["", "L", "A", "K"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
                                                 for _ in range(R.randint(5, 8)))
    exp = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 1400))
    IMPLANTS.append({"vendor": v, "desc": d, "ref": ref, "issuer": iss, "serialized": ser,
                     "proc": proc, "di": di, "lot": lot, "exp": exp})
    while iss == "HIBCC" and udi_hr(IMPLANTS[-1], "").endswith(" "):
        IMPLANTS[-1]["lot"] += R.choice("0123456789")


# ----------------------------------------------------------------------------
# patients

ORIGINS = [
    (["Chidi", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Babatunde"],
     ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Oyewole"]),
    (["Thi Lan", "Minh", "Quang", "Hoa", "Anh", "Bảo"], ["Nguyen", "Tran", "Le", "Pham", "Vo", "Huynh"]),
    (["José", "Guadalupe", "Ximena", "Rafael", "María José", "Jesús"],
     ["Ramírez", "de la Cruz", "Figueroa-Santos", "Castellanos", "Ortiz", "Villaseñor"]),
    (["Zofia", "Tomasz", "Bogdan", "Wiesława", "Jerzy"], ["Kowalski", "Wójcik", "Nowak", "Szymańska", "Lewandowski"]),
    (["Nour", "Yusuf", "Fatima", "Omar", "Layla", "Samir"], ["Haddad", "Al-Rashid", "Khoury", "El-Amin", "Mansour"]),
    (["Siobhán", "Declan", "Maeve", "Eamon", "Bridget"], ["O'Connell", "MacLeod", "Ó Briain", "Fitzpatrick", "McGuinness"]),
    (["Pieter", "Anneliese", "Jürgen", "Greet", "Hendrik"], ["van der Berg", "Müller", "Achterberg", "Schröder", "de Vries"]),
    (["Hiroshi", "Reiko", "Eun-ji", "Min-jun", "Wei", "Mei-Ling", "Kenji"],
     ["Nakamura", "Park", "Choi", "Zhang", "Ng", "Yamamoto", "Liu"]),
    (["Lakshmi", "Priya", "Rajesh", "Arjun", "Farhana", "Sunil"],
     ["Chatterjee", "Subramanian", "Patel", "Iyer", "Chowdhury", "Reddy"]),
    (["Gladys", "Harold", "Earl", "DeShawn", "Tamika", "Dolores", "Beverly", "Walter", "Mildred", "Clarence"],
     ["Washington", "Abernathy", "Smith-Jones", "Jefferson", "Brooks", "Whitfield", "Pruitt"]),
    (["Keanu", "Leilani", "Nizhoni", "Ayasha"], ["Kealoha", "Begay", "Yazzie", "Kahananui"]),
    (["Renée", "Jean-Baptiste", "Giovanni", "Eleni", "Théo"], ["Dubois", "St. Pierre", "Rossi", "Papadopoulos", "D'Amico"]),
    (["Björn", "Ingrid", "Svetlana", "Mehmet", "Oksana"], ["Lindqvist", "Johansson", "Ivanova", "Yılmaz", "Petrenko"]),
]
FEMALE = {"Ngozi", "Adaeze", "Folake", "Thi Lan", "Hoa", "Guadalupe", "Ximena", "María José", "Zofia", "Wiesława",
          "Fatima", "Layla", "Siobhán", "Maeve", "Bridget", "Anneliese", "Greet", "Reiko", "Eun-ji", "Mei-Ling",
          "Lakshmi", "Priya", "Farhana", "Gladys", "Tamika", "Dolores", "Beverly", "Mildred", "Leilani", "Nizhoni",
          "Ayasha", "Renée", "Eleni", "Ingrid", "Svetlana", "Oksana"}
UNISEX = {"Anh", "Bảo", "Nour", "Wei", "Oluwaseun"}
STREETS = ["W Belmont Ave", "N Kedzie Blvd", "S Halsted St", "Orchard Hill Rd", "Maple Ct",
           "E 79th St", "N Sheridan Rd", "Lake Shore Dr", "W Cermak Rd", "Prairie Rose Ln",
           "N Milwaukee Ave", "Forest Glen Pkwy", "S Oak Park Ave", "Dempster St", "Old Mill Rd",
           "W Devon Ave", "Ridgeland Ave", "Calle Durango", "Birchwood Ter", "N Lincoln Ave"]
CITIES = [("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"),
          ("Cicero", "IL", "608"), ("Skokie", "IL", "600"), ("Des Plaines", "IL", "600"),
          ("Berwyn", "IL", "604"), ("Gary", "IN", "464"), ("Joliet", "IL", "604"),
          ("Naperville", "IL", "605"), ("Kenosha", "WI", "531"), ("Hammond", "IN", "463"),
          ("Park Ridge", "IL", "600"), ("Bolingbrook", "IL", "604")]
PAYERS = [("MCR", "MEDICARE PART A/B"), ("BCBSIL", "BLUE CROSS BLUE SHIELD IL"), ("AETNA", "AETNA PPO"),
          ("UHC", "UNITEDHEALTHCARE CHOICE PLUS"), ("IDHFS", "ILLINOIS MEDICAID"),
          ("HUMANA", "HUMANA GOLD PLUS HMO")]
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_ALPHA
    d = "0123456789"
    an = a + d
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(d) + R.choice(a)
            + R.choice(an) + R.choice(d) + R.choice(a) + R.choice(a) + R.choice(d) + R.choice(d))


def member_id(payer):
    if payer in ("MCR", "HUMANA"):
        return mbi()
    if payer == "BCBSIL":
        return "XOF" + "%09d" % R.randint(0, 10**9 - 1)
    if payer == "AETNA":
        return "W" + "%09d" % R.randint(10**8, 10**9 - 1)
    if payer == "UHC":
        return "%09d" % R.randint(10**8, 10**9 - 1)
    return "%09d" % R.randint(10**8, 10**9 - 1)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def phone_any():
    area = R.choice(["312", "773", "872", "708", "847", "630", "219", "262", "815"])
    ex = R.choice(["555", str(R.randint(201, 989))])
    num = "%04d" % R.randint(100, 9999)
    f = R.randint(0, 4)
    if f == 0:
        return "(%s) %s-%s" % (area, ex, num)
    if f == 1:
        return "%s-%s-%s" % (area, ex, num)
    if f == 2:
        return "%s.%s.%s" % (area, ex, num)
    if f == 3:
        return area + ex + num
    return "+1 %s %s %s" % (area, ex, num)


def strip_acc(s):
    tr = str.maketrans("áéíóúñöüøåçşıłśńćżźęąőÓØÅÖÜĐđảạ", "aeiounouoacsilsnczzeaoOOAOUDdaa")
    return s.translate(tr)


SURG_DAYS = [datetime.date(2024, 5, 13), datetime.date(2024, 5, 14), datetime.date(2024, 5, 15)]
USED_NAMES = set()


def make_patient(elderly=False):
    while True:
        firsts, lasts = R.choice(ORIGINS)
        first, last = R.choice(firsts), R.choice(lasts)
        if (first, last) not in USED_NAMES:
            USED_NAMES.add((first, last))
            break
    mi = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.55 else ""
    sex = "F" if first in FEMALE else ("M" if first not in UNISEX else R.choice("MF"))
    if elderly:
        dob = datetime.date(R.randint(1927, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = datetime.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))
    proc = R.choice(PROCS[:3] if elderly else PROCS)
    day = R.choice(SURG_DAYS)
    start = datetime.datetime(day.year, day.month, day.day, R.choice([7, 7, 8, 9, 10, 11, 12, 13, 14]),
                              R.choice([0, 15, 30, 45]))
    end = start + datetime.timedelta(minutes=proc[3])
    surg = R.choice([s for s in SURGEONS if s[3] == proc[2]])
    city, st, zp = R.choice(CITIES)
    zipc = zp + "%02d" % R.randint(1, 99)
    if R.random() < 0.2:
        zipc += "-%04d" % R.randint(1, 9999)
    email = None
    if R.random() < 0.5:
        fl = strip_acc(first.lower().replace(" ", "").replace("-", "").replace("'", ""))
        ll = strip_acc(last.lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", ""))
        email = R.choice(["%s.%s%d" % (fl, ll, R.randint(1, 99)), "%s%s" % (fl[0], ll), "%s_%s" % (ll, fl)]) + \
            "@" + R.choice(["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "icloud.com", "outlook.com"])
    age = 2024 - dob.year - ((5, 13) < (dob.month, dob.day))
    payer = R.choice(PAYERS[:1] + PAYERS[5:]) if age >= 65 else R.choice(PAYERS[1:5])
    imps = [i for i in IMPLANTS if i["proc"] == proc[0]]
    used = []
    for imp in imps[: R.randint(1, max(1, len(imps)))]:
        used.append((imp, new_serial(imp) if imp["serialized"] else ""))
    rel_first = R.choice(R.choice(ORIGINS)[0])
    rel_kind = R.choice(["wife", "daughter", "niece", "sister"] if rel_first in FEMALE else
                        ["husband", "son", "nephew", "brother"] if rel_first not in UNISEX else ["child", "spouse"])
    return {
        "first": first, "last": last, "mi": mi, "sex": sex, "dob": dob, "age": age,
        "mrn": "%08d" % R.randint(100000, 9999999),
        "csn": str(R.randint(1040000000, 1069999999)),
        "har": "77" + "%08d" % R.randint(0, 10**8 - 1),
        "acct": "A%010d" % R.randint(10**8, 10**10 - 1),
        "case": "OR-2024-%07d" % R.randint(180000, 199999),
        "appt": str(R.randint(74000000, 74999999)),
        "impid": "IMP-%07d" % R.randint(90000, 999999),
        "start": start, "end": end, "proc": proc, "surg": surg,
        "street": "%d %s" % (R.randint(10, 9899), R.choice(STREETS)),
        "unit": R.choice(["", "", "Apt 2R", "Unit 307", "#4B", "Apt 1"]),
        "city": city, "state": st, "zip": zipc,
        "phone": phone_any(), "email": email,
        "ssn": ssn() if R.random() < 0.45 else None,
        "dl": ("%s%03d-%04d-%04d" % (last[0].upper() if last[0].isascii() else "X", R.randint(0, 999),
                                      R.randint(0, 9999), R.randint(0, 9999))) if R.random() < 0.45 else None,
        "payer": payer, "member": member_id(payer[0]),
        "implants": used, "room": R.choice(ROOMS), "pc": "PC-%05d" % R.randint(100, 999),
        "rel": (rel_first, rel_kind, phone_any()),
    }


PATIENTS = [make_patient(elderly=(i % 7 == 3)) for i in range(46)]


def pat():
    return R.choice(PATIENTS)


def pat_impl():
    return R.choice([q for q in PATIENTS if q["implants"]])


def name_form(p, form=None):
    f, l, mi = p["first"], p["last"], p["mi"]
    form = R.randint(0, 8) if form is None else form
    if form == 0:
        return "%s, %s" % (l, f) + (" " + mi if mi else "")
    if form == 1:
        return ("%s %s" % (f, l)).upper()
    if form == 2:
        return "%s %s" % (f, l)
    if form == 3:
        return "%s. %s" % (f[0], l)
    if form == 4:
        return ("%s,%s" % (l, f)).upper()
    if form == 5:
        return ("%s %s" % (f, l)).lower()
    if form == 6:
        return "%s, %s" % (l.upper(), f.upper())
    if form == 7:
        return "%s %s %s" % (f, mi, l) if mi else "%s %s" % (f, l)
    return "%s %s." % (l, f[0])


def date_form(d, form=None):
    form = R.randint(0, 7) if form is None else form
    if form == 0:
        return d.strftime("%m/%d/%Y")
    if form == 1:
        return d.strftime("%Y-%m-%d")
    if form == 2:
        return d.strftime("%d-%b-%Y").upper()
    if form == 3:
        return d.strftime("%b %d, %Y")
    if form == 4:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if form == 5:
        return d.strftime("%Y%m%d")
    if form == 6:
        return d.strftime("%d.%m.%Y")
    return "%d/%d/%d" % (d.month, d.day, d.year)


def hl7_name(p):
    return p["last"].upper() + "^" + p["first"].upper() + ("^" + p["mi"] if p["mi"] else "")


def surg_hl7(s):
    return "%s^%s^^^^MD" % (s[0], s[1])


SITES = {"27447": ["Knee, left", "Knee, right"], "27130": ["Hip, left", "Hip, right"], "27236": ["Femur, left", "Femur, right"],
         "22633": ["L4-L5"], "33208": ["Chest, left subclavian"], "66984": ["Eye, OD", "Eye, OS"],
         "49650": ["Groin, right", "Groin, left"], "25607": ["Wrist, left", "Wrist, right"]}


def site_for(p):
    opts = SITES.get(p["proc"][0], ["N/A"])
    return opts[int(p["csn"]) % len(opts)]


def tid():
    return "%032x" % R.getrandbits(128)


def sid():
    return "%016x" % R.getrandbits(64)


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def load_no(t=None):
    t = t or CLK.t
    return t.strftime("%y%m%d") + "-%02d" % R.randint(1, 19)


# ----------------------------------------------------------------------------
# families. Each generator returns a list of L.

def g_logcat_noise():
    t = CLK.tick()
    pid = R.choice([4412, 4418, 5120, 3391])
    tidn = pid + R.randint(1, 90)
    pre = "%s  %d  %d " % (ts_logcat(t), pid, tidn)
    k = R.randint(0, 7)
    x = L("android_logcat")
    if k == 0:
        tray = R.choice(TRAYS)
        x.t(pre + "I DataWedge: Scan decoded: symbology=LABEL-TYPE-CODE128 len=%d data=%s" % (len(tray), tray))
    elif k == 1:
        tray = R.choice(TRAYS)
        c = R.randint(20, 120)
        x.t(pre + "D SpdScanActivity: station=%s user=%s tray=%s action=%s count=%d/%d" % (
            R.choice(STATIONS), R.choice(STAFF), tray, R.choice(["ASSEMBLE_COMPLETE", "DECON_IN", "WASH_LOAD", "STORE"]),
            c - R.choice([0, 0, 0, 1, 2]), c))
    elif k == 2:
        x.t(pre + "W WifiStateMachine: RSSI %d on BSSID %s roaming to %s" % (
            -R.randint(60, 84), ":".join("%02x" % R.randint(0, 255) for _ in range(6)), R.choice(["SBRMC-CLIN", "SBRMC-IOT"])))
    elif k == 3:
        x.t(pre + "E OkHttp: <-- HTTP FAILED: java.net.SocketTimeoutException: timeout (https://spdtrack.sbrmc.local/api/v2/scans, %dms)" % R.randint(10000, 30000))
    elif k == 4:
        x.t(pre + "I BatteryService: level=%d health=GOOD temp=%d.%d serial=%d" % (R.randint(8, 99), R.randint(24, 39), R.randint(0, 9), R.randint(21290522500000, 21290522599999)))
    elif k == 5:
        imp = R.choice(IMPLANTS)
        ser = new_serial(imp) if imp["serialized"] else ""
        x.t(pre + "I DataWedge: Scan decoded: symbology=%s data=%s" % (
            "LABEL-TYPE-GS1-DATAMATRIX" if imp["issuer"] == "GS1" else "LABEL-TYPE-CODE128", udi_raw(imp, ser)))
        x.t("  [station=RECEIVING po=45008%05d]" % R.randint(0, 99999))
    elif k == 6:
        x.t(pre + "I SpdSync: queued=%d uploaded=%d failed=%d lastSync=%s" % (R.randint(0, 30), R.randint(0, 200), R.randint(0, 3), ts_iso_z(t)))
    else:
        x.t(pre + "V ScannerService: trigger released, decodeTime=%dms, illum=ON aim=ON" % R.randint(40, 400))
    return [x]


def g_logcat_phi():
    p = pat_impl() if R.random() < 0.6 else R.choice([q for q in PATIENTS if q["age"] > 89])
    t = CLK.tick()
    pid = R.choice([4412, 4418, 5120])
    pre = "%s  %d  %d " % (ts_logcat(t), pid, pid + R.randint(1, 90))
    k = R.randint(0, 3)
    x = L("android_logcat")
    if k == 0:
        x.t(pre + "I PatientBanner: ").p(name_form(p, R.choice([0, 6, 4])), "name").t("  MRN ").p(p["mrn"], "mrn")
        x.t("  DOB ").p(date_form(p["dob"], R.choice([0, 4, 7])), "date").t(" (")
        x.p(str(p["age"]), "age" if p["age"] > 89 else None).t("y)  " + p["sex"] + "  Rm " + p["room"])
    elif k == 1:
        x.t(pre + "I CaseCartPick: cart=CC-%02d case=" % R.randint(1, 30)).p(p["case"], "other_id")
        x.t(" item=%s qty=1 bin=SPD-C%d-%02d user=%s" % (R.choice(TRAY_NAMES).replace(" ", "_"), R.randint(1, 6), R.randint(1, 40), R.choice(STAFF)))
    elif k == 2:
        imp, ser = R.choice(p["implants"])
        x.t(pre + "D ImplantScan: caseId=").p(p["case"], "other_id").t(" mrn=").p(p["mrn"], "mrn").t(" udi=")
        x.p(udi_raw(imp, ser), "device" if ser else None).t(" issuer=%s site=%s" % (imp["issuer"], R.choice(["L", "R", "N/A"])))
    else:
        x.t(pre + "W CaseCartPick: short pick for case ").p(p["case"], "other_id").t(" (%s) - %s backordered, substitute requested" % (
            p["proc"][1].split(" W ")[0].title(), R.choice(TRAY_NAMES)))
    return [x]


def g_syslog_mdm():
    t = CLK.tick()
    host = "tc52-spd-%03d" % R.randint(1, 40)
    x = L("syslog_rfc5424")
    k = R.randint(0, 2)
    if k == 0:
        x.t("<134>1 %s %s SOTI-MobiControl %d DEVCHK - Device checked in battery=%d%% ssid=SBRMC-CLIN ip=10.44.%d.%d imei=35693803%07d agent=15.4.2.1077" % (
            ts_iso_off(t), host, R.randint(1000, 9999), R.randint(5, 99), R.randint(0, 9), R.randint(2, 250), R.randint(0, 9999999)))
    elif k == 1:
        x.t("<131>1 %s %s SpdMobile %d APPERR [meta sequenceId=\"%d\"] Unhandled exception in SyncWorker: retrofit2.HttpException: HTTP 503 Service Unavailable" % (
            ts_iso_off(t), host, R.randint(1000, 9999), R.randint(1, 99999)))
    else:
        x.t("<134>1 %s %s SOTI-MobiControl %d PKGINST - package com.sbrmc.spdmobile version 4.%d.%d (build %d) installed OK" % (
            ts_iso_off(t), host, R.randint(1000, 9999), R.randint(2, 9), R.randint(0, 20), R.randint(1200, 1900)))
    return [x]


def g_rfid_noise():
    t = CLK.tick(0, 3)
    epc = "3034257BF7194E40%08X" % R.randint(0, 0xFFFFFFFF)
    x = L("rfid_json")
    if R.random() < 0.7:
        x.t('{"timestamp":"%s","hostname":"impinj-14-0b-%02x","eventType":"tagInventory","tagInventoryEvent":{"epcHex":"%s","antennaPort":%d,"antennaName":"%s","peakRssiCdbm":%d,"frequency":%d,"transmitPowerCdbm":3000}}' % (
            ts_iso_z(t), R.randint(0, 255), epc, R.randint(1, 4), R.choice(["DECON-IN", "STERILE-OUT", "CASECART-DOCK", "OR-CORE-DOOR"]),
            -R.randint(4500, 7200) // 10 * 10, R.choice([902750, 915250, 920750, 926250])))
    else:
        x.t('{"cabinetId":"CAB-OR-%02d","event":"%s","ts":"%s","doorOpenSec":%d,"tagsPresent":%d,"tagsAdded":%d,"tagsRemoved":0,"user":"%s","fw":"3.8.12"}' % (
            R.randint(1, 9), R.choice(["DOOR_CLOSED", "INVENTORY_COMPLETE"]), ts_iso_z(t), R.randint(3, 60),
            R.randint(40, 310), R.randint(0, 6), R.choice(STAFF)))
    return [x]


def g_rfid_phi():
    p = pat_impl()
    t = CLK.tick(0, 5)
    imp, ser = R.choice(p["implants"])
    x = L("rfid_json")
    x.t('{"cabinetId":"CAB-OR-%02d","event":"ITEM_REMOVED","ts":"%s","epc":"3034257BF7194E40%08X","gtin":"%s","lot":"%s",' % (
        R.randint(1, 9), ts_iso_z(t), R.randint(0, 0xFFFFFFFF), imp["di"] if imp["issuer"] == "GS1" else "", imp["lot"]))
    x.t('"serial":"').p(ser, "device" if ser else None).t('","caseNumber":"').p(p["case"], "other_id")
    x.t('","patientMrn":"').p(p["mrn"], "mrn").t('","user":"%s"}' % R.choice(STAFF))
    return [x]


def g_sterilizer():
    t = CLK.tick()
    s = R.choice(STERILIZERS[:4])
    x = L("sterilizer_printout")
    ph = R.choice(["CONDITIONING", "EXPOSURE", "EXHAUST", "DRY", "COMPLETE", "BOWIE-DICK"])
    temp = R.choice(["270F", "132C", "134C", "250F"])
    if s.startswith("VPRO"):
        x.t("STERIS V-PRO maX S/N %s | CYCLE %04d | %s | LOAD %s | OPERATOR %s | PHASE=%s H2O2=%d.%dmg/L P=%d.%dTorr | RESULT=%s" % (
            STER_SN[s], R.randint(1, 9999), R.choice(["LUMEN", "NON LUMEN", "FLEXIBLE"]), load_no(t), R.choice(STAFF),
            R.choice(["INJECTION", "DIFFUSION", "PLASMA", "AERATION"]), R.randint(6, 14), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.choice(["PASS", "PASS", "PASS", "ABORT-PRESSURE"])))
    else:
        x.t("STERIS %s S/N %s | CYCLE %04d | PREVAC %s 4MIN DRY %dMIN | LOAD %s | OPERATOR %s | PHASE=%s T=%d.%dC P=%d.%02dbar | RESULT=%s" % (
            s.replace("-", " ", 1).rsplit("-", 1)[0], STER_SN[s], R.randint(1, 9999), temp, R.choice([20, 30, 40]), load_no(t), R.choice(STAFF), ph,
            R.randint(131, 135), R.randint(0, 9), R.randint(1, 3), R.randint(0, 99), R.choice(["PASS", "PASS", "PASS", "PASS", "FAIL-TEMP LOW"])))
    return [x]


def g_getinge():
    t = CLK.tick()
    x = L("getinge_de")
    k = R.randint(0, 2)
    if k == 0:
        st = t - datetime.timedelta(minutes=R.randint(45, 70))
        x.t("Getinge HS66 Nr. 4 | Programm %d: %s | Charge %s | Start %s | Ende %s | Status: %s | Bediener: %s" % (
            R.randint(1, 9), R.choice(["Instrumente 134°C 5 min", "Container 134°C 18 min", "Bowie-Dick-Test", "Vakuumtest"]),
            t.strftime("%Y-%m%d-") + "%03d" % R.randint(1, 40), st.strftime("%H:%M:%S"), t.strftime("%H:%M:%S"),
            R.choice(["i.O.", "i.O.", "n.i.O. – Druckfehler"]), R.choice(STAFF)))
    elif k == 1:
        x.t("[T-DOC] Sterilisator=GETINGE-HS66-4 Phase=Plateauzeit Temperatur=%d,%d°C Druck=%d,%02d bar Zeit=%s Chargennr=%s" % (
            R.randint(134, 137), R.randint(0, 9), R.randint(3, 3), R.randint(0, 20), t.strftime("%H:%M:%S"), t.strftime("%Y-%m%d-") + "%03d" % R.randint(1, 40)))
    else:
        x.t("Warnung: Wartung fällig in %d Zyklen (Türdichtung), Seriennr %s, Zähler=%d" % (R.randint(5, 120), STER_SN["GETINGE-HS66-4"], R.randint(10000, 30000)))
    return [x]


def g_washer():
    t = CLK.tick()
    x = L("washer_kv")
    x.t("%s washer=%s prog=%s cycle=%d phase=%s temp_c=%d.%d a0=%d dosing_ml=%d cond_uS=%d.%d rack=R-%02d result=%s" % (
        ts_iso_off(t), R.choice(WASHERS), R.choice(["VARIO_TD", "INSTR_STD", "OR_SHOES", "ANESTH_HOSE"]), R.randint(9000, 14000),
        R.choice(["PREWASH", "MAIN_WASH", "NEUTRALIZE", "THERMAL_DISINFECT", "DRY"]), R.randint(40, 94), R.randint(0, 9),
        R.choice([600, 3000, 3012, 3187, 0]), R.randint(20, 80), R.randint(5, 30), R.randint(0, 9), R.randint(1, 60),
        R.choice(["OK", "OK", "OK", "OK", "ERR_SPRAY_ARM_RPM"])))
    return [x]


def g_bi():
    t = CLK.tick()
    x = L("bi_reader")
    res = R.choice(["NEGATIVE"] * 8 + ["POSITIVE", "CONTROL-POS"])
    x.t("[3M Attest 490H] SN=%d well=%02d bi_type=%s lot=%s incubation=%dmin result=%s load=%s sterilizer=%s tech=%s" % (
        R.randint(1100000, 1109999), R.randint(1, 10), R.choice(["1295", "1492V", "1294"]),
        "2025-%02d%s" % (R.randint(1, 12), R.choice(["AK", "KP", "QM"])), R.choice([24, 24, 20, 60]), res,
        load_no(t), R.choice(STERILIZERS), R.choice(STAFF)))
    if res == "POSITIVE":
        x.t(" ALERT notified=spd-leads@sbrmc.org,ic-team@sbrmc.org")
    return [x]


def g_bi_phi():
    p = pat()
    t = CLK.tick()
    x = L("spring_boot")
    ld = load_no(t)
    x.t("%s  WARN 3312 --- [bi-alert-1] c.s.spd.quality.LoadRecallService     : BI POSITIVE load=%s; implant released early on PCD/Class 5; case " % (ts_logback(t), ld))
    x.p(p["case"], "other_id").t(" patient ").p(name_form(p, R.choice([0, 6])), "name").t(" MRN ").p(p["mrn"], "mrn")
    x.t(" surgery ").p(p["start"].strftime("%Y-%m-%d %H:%M"), "date").t(" - surgeon %s notified" % p["surg"][0].title())
    return [x]


def g_siu(p=None):
    p = p or pat()
    t = CLK.tick()
    ev = R.choice(["S12", "S12", "S14", "S15"])
    ctrl = "OPT%09d" % R.randint(0, 10**9)
    out = []
    x = L("hl7_siu")
    x.t("MSH|^~\\&|OPTIME|SBRMC|SPDTRACK|SBRMC|%s||SIU^%s^SIU_S12|%s|P|2.5.1|||AL|NE" % (ts_hl7(t), ev, ctrl))
    out.append(x)
    x = L("hl7_siu")
    x.t("SCH|").p(p["appt"], "other_id").t("^OPTIME|").p(p["appt"], "other_id").t("^OPTIME|||||ELECTIVE^Elective||%d|min|^^%d^" % (p["proc"][3], p["proc"][3]))
    x.p(ts_hl7(p["start"]), "date").t("^").p(ts_hl7(p["end"]), "date").t("|||||%s|^WPN^PH^^^312^5550100||||%s|||||%s" % (
        surg_hl7(p["surg"]), "OR SCHEDULING", {"S12": "Booked", "S14": "Booked", "S15": "Cancelled"}[ev]))
    out.append(x)
    x = L("hl7_siu")
    x.t("PID|1||").p(p["mrn"], "mrn").t("^^^SBRMC^MR")
    if p["ssn"]:
        x.t("~").p(p["ssn"].replace("-", ""), "ssn").t("^^^SSA^SS")
    x.t("||").p(hl7_name(p), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % p["sex"])
    x.p(p["street"], "address").t("^")
    if p["unit"]:
        x.p(p["unit"], "address")
    x.t("^").p(p["city"], "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("^USA^H||")
    x.p(p["phone"], "phone").t("^PRN^PH")
    if p["email"]:
        x.t("~^NET^Internet^").p(p["email"], "email")
    x.t("|||%s||" % R.choice(["M", "S", "W", "D", ""])).p(p["acct"], "account").t("|")
    if p["ssn"]:
        x.p(p["ssn"], "ssn")
    x.t("|")
    if p["dl"]:
        x.p(p["dl"], "license").t("^%s" % p["state"])
    out.append(x)
    x = L("hl7_siu")
    x.t("PV1|1|%s|%s^^^SBRMC||||%s^%s|||SUR||||||||SDS|" % (R.choice(["O", "I"]), p["room"], p["surg"][2], surg_hl7(p["surg"])))
    x.p(p["csn"], "other_id").t("^^^SBRMC^VN")
    out.append(x)
    x = L("hl7_siu")
    x.t("RGS|1|%s" % ("A" if ev == "S12" else "U"))
    out.append(x)
    x = L("hl7_siu")
    x.t("AIS|1|%s|%s^%s^CPT4|" % ("A" if ev == "S12" else "U", p["proc"][0], p["proc"][1])).p(ts_hl7(p["start"]), "date").t("|0|min|%d|min" % p["proc"][3])
    out.append(x)
    if R.random() < 0.5:
        x = L("hl7_siu")
        x.t("NTE|1||%s" % R.choice(["Latex allergy - latex free cart", "Vendor loaner set required, rep to confirm",
                                      "Implant: bill only, consignment", "Needs C-arm and Jackson table",
                                      "Interpreter requested", "Pref card updated 05/10 by OR"]))
        out.append(x)
    x = L("hl7_siu")
    x.t("AIL|1|A|%s^^^SBRMC|OR^Operating Room" % p["room"])
    out.append(x)
    x = L("hl7_siu")
    x.t("AIP|1|A|%s^%s|SURGEON" % (p["surg"][2], surg_hl7(p["surg"])))
    out.append(x)
    return out


def g_ack():
    t = CLK.tick(0, 2)
    ctrl = "%d" % R.randint(10**6, 10**7)
    a = L("hl7_ack")
    a.t("MSH|^~\\&|SPDTRACK|SBRMC|OPTIME|SBRMC|%s||ACK^S12^ACK|%s|P|2.5.1" % (ts_hl7(t), ctrl))
    b = L("hl7_ack")
    b.t("MSA|%s|OPT%09d%s" % (R.choice(["AA", "AA", "AA", "AE"]), R.randint(0, 10**9), R.choice(["", "", "|Unknown location OR15"])))
    return [a, b]


def g_dft():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("hl7_dft_escaped")
    x.t("%s INFO  [mirth-ch-SPD_IMPLANT_DFT] Sent to EPIC_HB (%d bytes): MSH|^~\\&|SPDTRACK|SBRMC|EPIC|SBRMC|%s||DFT^P03|%d|P|2.5.1\\rEVN|P03|%s\\rPID|1||" % (
        ts_log4j(t), R.randint(900, 1600), ts_hl7(t), R.randint(10**6, 10**7), ts_hl7(t)))
    x.p(p["mrn"], "mrn").t("^^^SBRMC^MR||").p(hl7_name(p), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||||||||||" % p["sex"])
    x.p(p["acct"], "account").t("|")
    if p["ssn"]:
        x.p(p["ssn"].replace("-", ""), "ssn")
    if p["dl"]:
        x.t("|").p(p["dl"], "license").t("^" + p["state"])
    x.t("\\rPV1|1|O|%s^^^SBRMC||||%s^%s||||||||||||" % (p["room"], p["surg"][2], surg_hl7(p["surg"])))
    x.p(p["csn"], "other_id").t("\\rFT1|1|||").p(p["start"].strftime("%Y%m%d"), "date").t("||CG|278%05d^%s|||1|||||||||||%s^%s|||" % (
        R.randint(0, 99999), imp["desc"], p["surg"][2], surg_hl7(p["surg"])))
    x.t("\\rZIM|1|")
    x.p(udi_hr(imp, ser), "device" if ser else None).t("|%s|%s" % (imp["ref"], imp["lot"]))
    if R.random() < 0.6:
        x.t("\\rGT1|1|").p(p["har"], "account").t("|").p(hl7_name(p), "name").t("||").p(p["street"], "address").t("^^").p(p["city"], "address")
        x.t("^%s^" % p["state"]).p(p["zip"], "zip").t("|").p(p["phone"], "phone").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s||SE|" % p["sex"])
        if p["ssn"]:
            x.p(p["ssn"], "ssn")
    x.t("\\rIN1|1|%s^%s|%d|%s|||||||||||" % (p["payer"][0], p["payer"][1], R.randint(100, 999), p["payer"][1]))
    x.p(hl7_name(p), "name").t("|SEL|||||||||||||||||||").p(p["member"], "health_plan")
    return [x]


def g_casecart_csv(n=None):
    out = []
    h = L("casecart_csv")
    h.t("case_id,sched_dt,room,patient,mrn,dob,age_sex,procedure,surgeon,pref_card,cart,status")
    out.append(h)
    for _ in range(n or R.randint(2, 4)):
        p = pat()
        CLK.tick(0, 1)
        x = L("casecart_csv")
        x.p(p["case"], "other_id").t(",").p(p["start"].strftime("%Y-%m-%d %H:%M"), "date").t(",%s,\"" % p["room"])
        x.p(name_form(p, 0), "name").t("\",").p(p["mrn"], "mrn").t(",").p(p["dob"].strftime("%m/%d/%Y"), "date").t(",")
        if p["age"] > 89:
            x.p(str(p["age"]), "age")
        else:
            x.t(str(p["age"]))
        x.t("/%s,%s,\"%s, %s\",%s,CC-%02d,%s" % (p["sex"], p["proc"][1], p["surg"][0].title(), p["surg"][1][0],
                                                 p["pc"], R.randint(1, 30), R.choice(["PICKING", "PICKED", "STAGED", "HOLD-LOANER"])))
        out.append(x)
    return out


def g_pick_rows():
    """pick list rows without header; keyed by pick list and cart, no patient."""
    out = []
    pl = "PL-2024-%06d" % R.randint(50000, 59999)
    cart = "CC-%02d" % R.randint(1, 30)
    for _ in range(R.randint(2, 4)):
        CLK.tick(0, 1)
        x = L("picklist_pipe")
        x.t("%s|%s|%d|%s|%s|%d|SPD-C%d-%02d|%s|%s" % (
            pl, cart, R.randint(1, 30), R.choice(["4412-118", "2Z1101", "8886-12", "SUT-VCP345H", "DRP-UNIV-2", "BLD-10-CS"]),
            R.choice(["TRAY TOTAL KNEE PRIMARY", "GLOVE BIOGEL 7.5", "SPONGE LAP 18X18", "VICRYL 0 CT-1", "DRAPE UNIVERSAL PACK", "BLADE #10 SS"]),
            R.randint(1, 6), R.randint(1, 6), R.randint(1, 40), R.choice(["PICKED", "PICKED", "SHORT", "SUB"]), R.choice(STAFF)))
        out.append(x)
    return out


def g_implant_json_noise():
    t = CLK.tick()
    imp = R.choice(IMPLANTS)
    x = L("serilog_json")
    k = R.randint(0, 3)
    if k == 0:
        x.t('{"@t":"%s","@mt":"UDI parsed {Issuer} DI={Di} in {Elapsed} ms","Issuer":"%s","Di":"%s","Elapsed":%d.%d,"SourceContext":"ImplantLog.Service.Udi.UdiParser","TraceId":"%s","SpanId":"%s"}' % (
            ts_iso_z(t), imp["issuer"], imp["di"], R.randint(0, 9), R.randint(0, 9), tid(), sid()))
    elif k == 1:
        x.t('{"@t":"%s","@mt":"GUDID lookup {Di} -> {BrandName} ({StatusCode})","@l":"Debug","Di":"%s","BrandName":"%s","StatusCode":200,"Url":"https://accessgudid.nlm.nih.gov/api/v3/devices/lookup.json?di=%s","SourceContext":"ImplantLog.Service.Gudid.GudidClient"}' % (
            ts_iso_z(t), imp["di"], imp["desc"].split()[0], imp["di"].lstrip("+")))
    elif k == 2:
        x.t('{"@t":"%s","@mt":"Consignment restock {Count} items for {Vendor} PO {Po}","Count":%d,"Vendor":"%s","Po":"45008%05d","SourceContext":"ImplantLog.Service.Consignment.RestockJob","MachineName":"SPDAPP02"}' % (
            ts_iso_z(t), R.randint(1, 9), imp["vendor"], R.randint(0, 99999)))
    else:
        x.t('{"@t":"%s","@mt":"Health check {Name} completed: {Status}","@l":"Verbose","Name":"%s","Status":"Healthy","DurationMs":%d,"SourceContext":"Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}' % (
            ts_iso_z(t), R.choice(["sqlserver", "gudid", "rabbitmq", "erp-bridge"]), R.randint(1, 80)))
    return [x]


def g_implant_json_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("serilog_json")
    k = R.randint(0, 2)
    if k == 0:
        x.t('{"@t":"%s","@mt":"Implant recorded {Udi} for {PatientMrn} in case {CaseId}","Udi":"' % ts_iso_z(t))
        x.p(udi_hr(imp, ser), "device" if ser else None).t('","Issuer":"%s","PatientMrn":"' % imp["issuer"]).p(p["mrn"], "mrn")
        x.t('","CaseId":"').p(p["case"], "other_id").t('","Site":"%s","Surgeon":"%s","SourceContext":"ImplantLog.Service.ImplantRecorder","TraceId":"%s","SpanId":"%s"}' % (
            site_for(p),
            p["surg"][0].title() + ", " + p["surg"][1].title(), tid(), sid()))
    elif k == 1:
        x.t('{"@t":"%s","@mt":"Implant wasted {Ref} lot {Lot} case {CaseId}: {Reason}","@l":"Warning","Ref":"%s","Lot":"%s","CaseId":"' % (ts_iso_z(t), imp["ref"], imp["lot"]))
        x.p(p["case"], "other_id").t('","Reason":"%s","WastedBy":"%s","SourceContext":"ImplantLog.Service.WasteController"}' % (
            R.choice(["wrong size opened", "dropped - contaminated", "packaging breach"]), R.choice(STAFF)))
    else:
        x.t('{"@t":"%s","@mt":"Explant documented for {Patient}","Patient":{"Name":"' % ts_iso_z(t)).p(name_form(p, 2), "name")
        x.t('","Mrn":"').p(p["mrn"], "mrn").t('","BirthDate":"').p(p["dob"].isoformat(), "date").t('"},"ExplantDate":"').p(p["start"].date().isoformat(), "date")
        x.t('","DeviceSerial":"').p(ser or new_serial(imp), "device").t('","ReturnToVendor":true,"SourceContext":"ImplantLog.Service.ExplantController"}')
    return [x]


def g_serilog_console():
    t = CLK.tick()
    x = L("serilog_console")
    lvl = R.choice(["INF", "INF", "INF", "DBG", "WRN", "ERR"])
    imp = R.choice([i for i in IMPLANTS if i["issuer"] == "HIBCC"])
    msgs = [
        "HibccParser: primary %s -> LIC=%s PCN=%s UOM=1 ok" % (imp["di"], imp["di"][1:5], imp["di"][5:-2]),
        "RabbitMQ consumer implant.events prefetch=20 delivered=%d acked=%d" % (R.randint(100, 900), R.randint(100, 900)),
        "Request finished HTTP/1.1 GET http://spdapp02:5080/health - 200 - text/plain %d.%04dms" % (R.randint(0, 9), R.randint(0, 9999)),
        "Executed DbCommand (%dms) [Parameters=[@__caseId_0='?' (Size = 20)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 400),
        "Polly retry %d/3 for ErpBridgeClient after HttpRequestException: Connection refused (erp-bridge:8443)" % R.randint(1, 3),
        "Loaded %d preference cards for service line %s (cache ttl 00:15:00)" % (R.randint(40, 400), R.choice(["ORTHO", "SPINE", "GEN", "OPHTH", "CARDIO"])),
    ]
    x.t("[%s %s] %s" % (t.strftime("%H:%M:%S"), lvl, R.choice(msgs)))
    return [x]


def g_serilog_console_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("serilog_console")
    k = R.randint(0, 1)
    if k == 0 and imp["issuer"] == "HIBCC":
        x.t("[%s INF] HibccParser: concatenated " % t.strftime("%H:%M:%S")).p(udi_hr(imp, ser), "device" if ser else None)
        x.t(" lot=%s exp=%s for case " % (imp["lot"], imp["exp"].isoformat())).p(p["case"], "other_id")
    else:
        x.t("[%s WRN] ImplantRecorder: UDI " % t.strftime("%H:%M:%S")).p(udi_hr(imp, ser), "device" if ser else None)
        x.t(" not in GUDID cache; recorded manually for patient ").p(p["mrn"], "mrn").t(" (").p(name_form(p, R.choice([4, 6, 1])), "name").t(")")
    return [x]


def g_aspnet():
    t = CLK.tick()
    k = R.randint(0, 3)
    a, b = L("aspnet_console"), L("aspnet_console")
    if k == 0:
        a.t("warn: Microsoft.EntityFrameworkCore.Query[20504]")
        b.t("      Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured.")
    elif k == 1:
        a.t("info: Microsoft.Hosting.Lifetime[14]")
        b.t("      Now listening on: https://[::]:%d" % R.choice([5001, 7443, 8443]))
    elif k == 2:
        a.t("info: CaseCart.Api.Controllers.PickListController[0]")
        b.t("      Pick list PL-2024-%06d regenerated for cart CC-%02d (%d lines, %d backordered) in %dms" % (
            R.randint(50000, 59999), R.randint(1, 30), R.randint(6, 40), R.randint(0, 3), R.randint(20, 900)))
    else:
        a.t("fail: CaseCart.Api.Services.ErpInventoryClient[0]")
        b.t("      Inventory sync failed for par location SPD-C%d: System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway)." % R.randint(1, 6))
    return [a, b]


def g_aspnet_phi():
    p = pat()
    CLK.tick()
    a, b = L("aspnet_console"), L("aspnet_console")
    k = R.randint(0, 2)
    if k == 0:
        a.t("info: CaseCart.Api.Controllers.PickListController[0]")
        b.t("      Generated pick list PL-2024-%06d for case " % R.randint(50000, 59999)).p(p["case"], "other_id").t(" (%d lines, %d backordered)" % (R.randint(6, 40), R.randint(0, 3)))
    elif k == 1:
        a.t("fail: CaseCart.Api.Services.HisPatientClient[0]")
        b.t("      Patient lookup failed for MRN ").p(p["mrn"].lstrip("0"), "mrn").t(": 504 Gateway Timeout (retry 3/3)")
    else:
        a.t("warn: CaseCart.Api.Services.ScheduleSyncService[7]")
        b.t("      Case ").p(p["case"], "other_id").t(" moved from %s to %s; start now " % (R.choice(ROOMS), p["room"])).p(p["start"].strftime("%m/%d/%Y %I:%M %p"), "date")
    return [a, b]


def x12_isa(sender, receiver, t, ctl):
    return "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*>~" % (
        sender, receiver, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)


def g_x12_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    vid, vnum = VENDORS[imp["vendor"]]
    ctl = R.randint(1000, 99999)
    po = "45008%05d" % R.randint(0, 99999)
    x = L("x12_850")
    x.t("[%s] OUT 850 to %s via AS2 (ISA15=P) " % (t.strftime("%Y-%m-%d %H:%M:%S"), vid))
    x.t(x12_isa("SBRMC", vid, t, ctl) + "GS*PO*SBRMC*%s*%s*%s*%d*X*005010~ST*850*0001~BEG*00*BO*%s**%s~" % (
        vid, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl, po, t.strftime("%Y%m%d")))
    x.t("REF*EA*").p(p["mrn"], "mrn").t("~REF*ZZ*").p(p["case"], "other_id").t("~DTM*002*").p(p["start"].strftime("%Y%m%d"), "date")
    x.t("~N1*ST*ST BRENDAN REGIONAL MED CTR*91*SBRMC01~N1*VN*%s*92*%s~PO1*1*1*EA*%d.00*PE*VC*%s*LT*%s" % (
        imp["vendor"].upper(), vnum, R.randint(400, 9000), imp["ref"], imp["lot"]))
    if ser:
        x.t("*SN*").p(ser, "device")
    x.t("~PID*F****%s~MSG*" % imp["desc"])
    m = R.randint(0, 2)
    if m == 0:
        x.t("PT ").p(name_form(p, 6).replace(",", ""), "name").t(" DOS ").p(date_form(p["start"].date(), 4), "date").t(" DR %s" % p["surg"][0])
    elif m == 1:
        x.t("BILL ONLY - PATIENT ").p(name_form(p, 1), "name").t(" SURG DT ").p(date_form(p["start"].date(), 0), "date")
    else:
        x.t("BILL ONLY CASE DR %s REP %s" % (p["surg"][0], R.choice(REPS)[0].upper()))
    x.t("~CTT*1~SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (R.randint(10, 13), ctl, ctl))
    return [x]


def g_x12_noise():
    t = CLK.tick()
    vname = R.choice(list(VENDORS))
    vid, vnum = VENDORS[vname]
    po = "45008%05d" % R.randint(0, 99999)
    x = L("x12_850")
    k = R.randint(0, 2)
    if k == 0:
        x.t("[%s] IN 855 from %s PO %s BAK*00*%s*%s*%s~ lines=%d status=accepted" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), vid, po, R.choice(["AC", "AD", "AK"]), po, t.strftime("%Y%m%d"), R.randint(1, 9)))
    elif k == 1:
        ctl = R.randint(1000, 99999)
        x.t("[%s] OUT 850 to %s via AS2 (ISA15=P) " % (t.strftime("%Y-%m-%d %H:%M:%S"), vid))
        x.t(x12_isa("SBRMC", vid, t, ctl) + "GS*PO*SBRMC*%s*%s*%s*%d*X*005010~ST*850*0001~BEG*00*KN*%s**%s~N1*ST*ST BRENDAN REGIONAL MED CTR*91*SBRMC01~N1*VN*%s*92*%s~PO1*1*%d*EA*%d.00*PE*VC*%s~CTT*1~SE*7*0001~GE*1*%d~IEA*1*%09d~" % (
            vid, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl, po, t.strftime("%Y%m%d"), vname.upper(), vnum, R.randint(1, 5), R.randint(80, 2000), R.choice(IMPLANTS)["ref"], ctl, ctl))
    else:
        x.t("[%s] IN 997 from %s AK1*PO*%d~AK9*A*1*1*1~ (functional ack, consignment replenishment)" % (t.strftime("%Y-%m-%d %H:%M:%S"), vid, R.randint(1000, 99999)))
    return [x]


def g_recall_noise():
    t = CLK.tick()
    x = L("spring_boot")
    pre = "%s  %s 3312 --- [%s] " % (ts_logback(t), R.choice(["INFO", "INFO", "DEBUG"]), R.choice(["recall-poll-1", "scheduling-1", "main"]))
    imp = R.choice(IMPLANTS)
    k = R.randint(0, 3)
    if k == 0:
        x.t(pre + "c.s.recall.FdaRecallPoller             : fetched %d enforcement reports from https://api.fda.gov/device/enforcement.json?search=report_date:[20240501+TO+20240513]&limit=100 (etag W/\"%s\")" % (
            R.randint(0, 60), sid()[:10]))
    elif k == 1:
        x.t(pre + "c.s.recall.RecallMatchService          : recall Z-%04d-2024 (Class %s) product %s lot %s matched 0 implant records; %d units quarantined in CAB-OR-%02d" % (
            R.randint(1000, 2200), R.choice(["I", "II", "II"]), imp["di"], imp["lot"], R.randint(0, 9), R.randint(1, 9)))
    elif k == 2:
        x.t(pre + "o.s.b.a.e.web.EndpointLinksResolver    : Exposing 3 endpoint(s) beneath base path '/actuator'")
    else:
        x.t(pre + "com.zaxxer.hikari.pool.HikariPool      : SpdHikariPool - Pool stats (total=%d, active=%d, idle=%d, waiting=0)" % (20, R.randint(0, 12), R.randint(4, 20)))
    return [x]


def g_recall_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("spring_boot")
    x.t("%s  WARN 3312 --- [recall-match-2] c.s.recall.RecallMatchService          : recall Z-%04d-2024 (Class %s) product %s lot %s matched implant record " % (
        ts_logback(t), R.randint(1000, 2200), R.choice(["I", "II"]), imp["di"], imp["lot"]))
    x.p(p["impid"], "other_id").t(" patient=").p(p["mrn"], "mrn").t(" (").p(name_form(p, 6), "name").t(") implanted ")
    x.p(p["start"].date().isoformat(), "date")
    if ser:
        x.t(" serial=").p(ser, "device")
    x.t(" surgeon=%s" % p["surg"][0])
    return [x]


def g_recall_letter():
    """patient notification queue entry (key=value) written by recall service."""
    p = pat()
    t = CLK.tick()
    x = L("kv_audit")
    if p["email"] and R.random() < 0.5:
        x.t("%s recall.notify queued=true channel=EMAIL recall=Z-%04d-2024 to=" % (ts_iso_off(t), R.randint(1000, 2200))).p(p["email"], "email")
        x.t(" cc=risk.mgmt@sbrmc.org mrn=").p(p["mrn"], "mrn").t(" template=RECALL_EMAIL_v2 status=SENT smtp=250")
        return [x]
    if R.random() < 0.3:
        x.t("%s recall.notify queued=true channel=SMS recall=Z-%04d-2024 msisdn=" % (ts_iso_off(t), R.randint(1000, 2200)))
        x.p(p["phone"], "phone").t(" patient=\"").p(name_form(p, 0), "name").t("\" provider=twilio sid=SM%s" % tid())
        return [x]
    x.t("%s recall.notify queued=true channel=%s recall=Z-%04d-2024 recipient=\"" % (ts_iso_off(t), R.choice(["USPS", "PORTAL+USPS"]), R.randint(1000, 2200)))
    x.p(name_form(p, 2), "name").t("\" addr=\"").p(p["street"], "address")
    if p["unit"]:
        x.t(" ").p(p["unit"], "address")
    x.t(", ").p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip").t("\" mrn=").p(p["mrn"], "mrn")
    x.t(" template=RECALL_LTR_v3 approver=risk.mgmt")
    return [x]


def g_spring_noise():
    t = CLK.tick()
    x = L("spring_boot")
    pre = "%s  %s 4471 --- [%s] " % (ts_logback(t), R.choice(["INFO", "INFO", "WARN", "DEBUG"]), R.choice(["nio-8443-exec-%d" % R.randint(1, 10), "kafka-consumer-1", "task-3"]))
    k = R.randint(0, 5)
    tray = R.choice(TRAYS)
    if k == 0:
        x.t(pre + "c.s.spd.tray.TrayStatusService         : tray %s (%s) status %s -> %s station=%s user=%s" % (
            tray, R.choice(TRAY_NAMES), R.choice(["DIRTY", "WASHED", "ASSEMBLED"]), R.choice(["WASHED", "ASSEMBLED", "STERILE"]), R.choice(STATIONS), R.choice(STAFF)))
    elif k == 1:
        x.t(pre + "o.a.k.c.c.internals.ConsumerCoordinator : [Consumer clientId=spd-tracker-1, groupId=spd-tracker] Setting offset for partition siu.inbound-%d to the committed offset FetchPosition{offset=%d}" % (R.randint(0, 5), R.randint(100000, 900000)))
    elif k == 2:
        x.t(pre + "c.s.spd.tray.CountSheetService         : count sheet %s v%d: %d instruments, %d missing (%s)" % (
            tray, R.randint(3, 30), R.randint(12, 140), R.randint(0, 2), R.choice(["Kocher 8in", "Mayo scissors", "Kerrison 3mm", "none"])))
    elif k == 3:
        x.t(pre + "c.s.spd.load.LoadService               : load %s on %s released: BI=%s CI=Class5 PASS items=%d" % (
            load_no(t), R.choice(STERILIZERS), R.choice(["NEG", "NEG", "PENDING"]), R.randint(3, 40)))
    elif k == 4:
        x.t(pre + "c.s.spd.web.RequestLoggingFilter       : GET /api/v2/trays/%s/history traceId=%s spanId=%s 200 %dms" % (tray, tid(), sid(), R.randint(3, 300)))
    else:
        x.t(pre + "c.s.spd.SpdTrackerApplication          : Started SpdTrackerApplication in %d.%03d seconds (process running for %d.%d)" % (
            R.randint(8, 40), R.randint(0, 999), R.randint(9, 45), R.randint(0, 9)))
    return [x]


def g_spring_phi():
    p = pat()
    t = CLK.tick()
    x = L("spring_boot")
    pre = "%s  INFO 4471 --- [nio-8443-exec-%d] " % (ts_logback(t), R.randint(1, 10))
    k = R.randint(0, 2)
    if k == 0:
        x.t(pre + "c.s.spd.tray.CaseAssignService         : tray %s assigned to case " % R.choice(TRAYS)).p(p["case"], "other_id")
        x.t(" (pt ").p(name_form(p, R.choice([0, 2, 3])), "name").t(", MRN ").p(p["mrn"], "mrn").t(") room %s start " % p["room"])
        x.p(p["start"].strftime("%Y-%m-%dT%H:%M"), "date")
    elif k == 1:
        x.t(pre + "c.s.spd.siu.SiuInboundHandler          : SIU^S12 appt=").p(p["appt"], "other_id").t(" csn=").p(p["csn"], "other_id")
        x.t(" proc=%s pref card PC-%05d applied, %d trays requested" % (p["proc"][0], R.randint(100, 999), R.randint(1, 6)))
    else:
        x.t(pre.replace("INFO", "WARN") + "c.s.spd.siu.SiuInboundHandler          : S15 cancel for case ").p(p["case"], "other_id").t(" (")
        x.p(hl7_name(p).replace("^", " "), "name").t(") - releasing %d reserved trays and loaner set from %s" % (R.randint(1, 5), R.choice(list(VENDORS))))
    return [x]


def g_stack(phi=False):
    t = CLK.tick()
    out = []
    x = L("java_stacktrace")
    x.t("%s ERROR 4471 --- [nio-8443-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataIntegrityViolationException: could not execute statement]" % (ts_logback(t), R.randint(1, 10)))
    out.append(x)
    x = L("java_stacktrace")
    x.t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [SPD.UK_IMPLANT_UDI_SERIAL]; nested exception is org.hibernate.exception.ConstraintViolationException")
    out.append(x)
    x = L("java_stacktrace")
    x.t("\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)")
    out.append(x)
    if phi:
        p = pat_impl()
        imp, ser = R.choice([(i, s) for i, s in p["implants"]])
        ser = ser or new_serial(imp)
        x = L("java_stacktrace")
        x.t("Caused by: com.sbrmc.spd.implant.DuplicateImplantException: serial ").p(ser, "device").t(" already recorded for patient ")
        x.p(p["mrn"], "mrn").t(" on ").p(p["start"].strftime("%Y-%m-%d"), "date")
        out.append(x)
    else:
        x = L("java_stacktrace")
        x.t("Caused by: java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (SPD.UK_IMPLANT_UDI_SERIAL) violated")
        out.append(x)
    for fr in ["\tat com.sbrmc.spd.implant.ImplantService.record(ImplantService.java:%d)" % R.randint(80, 300),
               "\tat com.sbrmc.spd.implant.ImplantController.post(ImplantController.java:%d)" % R.randint(30, 120),
               "\t... %d common frames omitted" % R.randint(40, 90)]:
        x = L("java_stacktrace")
        x.t(fr)
        out.append(x)
    return out


def g_lawson_noise():
    t = CLK.tick()
    x = L("lawson_log4j")
    k = R.randint(0, 3)
    pre = "%s %-5s [lawson-sync-%d] " % (ts_log4j(t), R.choice(["INFO", "INFO", "WARN", "DEBUG"]), R.randint(1, 6))
    if k == 0:
        x.t(pre + "com.sbrmc.erp.LawsonAgsClient - GET /servlet/Router/Transaction/Erp?_PDL=PROD&_TKN=PO20.1&_EVT=ADD&FC=A&PO-NUMBER=45008%05d&VENDOR=%s rc=0 ms=%d" % (
            R.randint(0, 99999), R.choice(list(VENDORS.values()))[1], R.randint(80, 2000)))
    elif k == 1:
        x.t(pre + "com.sbrmc.erp.LawsonAgsClient - _TKN=RQ10.1 REQ-NUMBER=%d REQ-LOCATION=SPDPAR%02d lines=%d FC=A -> Requisition created" % (
            R.randint(400000, 499999), R.randint(1, 12), R.randint(1, 25)))
    elif k == 2:
        x.t(pre + "com.sbrmc.erp.ItemMasterSync - IC11 item master delta: %d items, %d UOM changes, %d inactivated (run %s)" % (
            R.randint(0, 400), R.randint(0, 20), R.randint(0, 9), uuid4()))
    else:
        x.t(pre + "com.sbrmc.erp.LawsonAgsClient - AGS error: Field Error: VENDOR: Vendor Does Not Exist (rc=112) for _TKN=PO20.1 PO 45008%05d" % R.randint(0, 99999))
    return [x]


def g_lawson_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("lawson_log4j")
    x.t("%s INFO  [charge-bridge-2] com.sbrmc.erp.ChargeBridge - bill-only PO 45008%05d matched to HAR " % (ts_log4j(t), R.randint(0, 99999)))
    x.p(p["har"], "account").t(" (pt ").p(name_form(p, 4), "name").t(") rev code 0278 item %s amt=%d.00 dos=" % (imp["ref"], R.randint(400, 9000)))
    x.p(p["start"].strftime("%m%d%Y"), "date")
    return [x]


def g_workday_noise():
    t = CLK.tick()
    x = L("workday_event")
    x.t("INT0%d_%s | %s | Background Process %d$%d | %s | Status: %s | Records: %d | Errors: %d" % (
        R.choice([45, 46, 51]), R.choice(["SPD_Par_Replenish", "Bill_Only_PO", "Supplier_Sync", "Item_Master_Inbound"]),
        ts_iso_off(t), R.randint(40000, 49999), R.randint(1000, 9999), R.choice(["Initiated by ISU_SPD_INT", "Scheduled"]),
        R.choice(["Completed", "Completed", "Completed With Warnings", "Failed"]), R.randint(0, 400), R.randint(0, 4)))
    return [x]


def g_workday_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("workday_event")
    x.t("INT045_Bill_Only_PO | %s | Background Process %d$%d | Requisition REQ-%07d created for Supplier %s (SUP-%05d) | Memo: \"" % (
        ts_iso_off(t), R.randint(40000, 49999), R.randint(1000, 9999), R.randint(90000, 99999), imp["vendor"], R.randint(100, 999)))
    m = R.randint(0, 1)
    if m == 0:
        x.t("Bill only - Pt: ").p(name_form(p, 0), "name").t(" MRN ").p(p["mrn"], "mrn").t(" DOS ").p(date_form(p["start"].date(), 7), "date")
    else:
        x.t("bill only ").p(p["case"], "other_id").t(" / ").p(name_form(p, 8), "name").t(" / %s" % imp["desc"])
    x.t("\" | Status: Completed")
    return [x]


def g_nginx():
    t = CLK.tick()
    x = L("nginx_access")
    path = R.choice([
        "GET /api/v2/trays/%s/status" % R.choice(TRAYS), "POST /api/v2/scans", "GET /actuator/health",
        "GET /api/v2/loads/%s" % load_no(t), "GET /prefcards/PC-%05d?v=%d" % (R.randint(100, 999), R.randint(1, 30)),
        "GET /static/js/app.%s.js" % sid()[:8], "GET /api/v2/sterilizers/%s/cycles?since=%s" % (R.choice(STERILIZERS), t.strftime("%Y-%m-%d"))])
    x.t('10.44.%d.%d - - [%s] "%s HTTP/1.1" %d %d "-" "%s" rt=%d.%03d uct=0.00%d' % (
        R.randint(0, 9), R.randint(2, 250), ts_nginx(t), path, R.choice([200, 200, 200, 204, 304, 404, 502]), R.randint(0, 90000),
        R.choice(["okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0", "kube-probe/1.28", "Apache-HttpClient/5.2.1"]),
        R.randint(0, 2), R.randint(0, 999), R.randint(0, 9)))
    return [x]


def g_nginx_phi():
    p = pat()
    t = CLK.tick()
    x = L("nginx_access")
    k = R.randint(0, 2)
    x.t('10.44.%d.%d - %s [%s] "GET ' % (R.randint(0, 9), R.randint(2, 250), R.choice(STAFF), ts_nginx(t)))
    if k == 0:
        x.t("/api/v2/patients/").p(p["mrn"], "mrn").t("/implants")
    elif k == 1:
        x.t("/casecart/print?caseId=").p(p["case"], "other_id").t("&copies=2")
    else:
        x.t("/api/v2/cases/search?lastName=").p(p["last"].replace(" ", "%20"), "name").t("&dob=").p(p["dob"].isoformat(), "date")
    x.t(' HTTP/1.1" 200 %d "https://spdtrack.sbrmc.local/cases" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/124.0" rt=0.%03d' % (R.randint(300, 9000), R.randint(5, 999)))
    return [x]


def g_prefcard():
    t = CLK.tick()
    s = R.choice(SURGEONS)
    proc = R.choice([pp for pp in PROCS if pp[2] == s[3]] or PROCS)
    x = L("prefcard_xml")
    k = R.randint(0, 1)
    if k == 0:
        items = "".join('<Item sku="%s" desc="%s" qty="%d" %s="Y"/>' % (a, b, R.randint(1, 4), R.choice(["open", "hold"])) for a, b in R.sample([
            ("4412-118", "TRAY TOTAL KNEE PRIMARY"), ("2Z1101", "GLOVE BIOGEL 7.5"), ("SUT-VCP345H", "VICRYL 0 CT-1"),
            ("DRP-UNIV-2", "DRAPE UNIVERSAL PACK"), ("BLD-10-CS", "BLADE #10 SS"), ("CHG-26", "CHLORAPREP 26ML"),
            ("PLS-6000", "PULSAVAC PLUS"), ("BNE-CEM-40", "BONE CEMENT 40G")], R.randint(2, 4)))
        x.t('<PreferenceCard id="PC-%05d" version="%d" surgeon="%s, %s MD" npi="%s" procedure="%s" cpt="%s" updated="%s" updatedBy="%s">%s</PreferenceCard>' % (
            R.randint(100, 999), R.randint(1, 40), s[0].title(), s[1].title(), s[2], proc[1], proc[0], t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(STAFF), items))
    else:
        x.t('<PrefCardSyncResult batch="%s" surgeon="Dr. %s %s" cards="%d" added="%d" removed="%d" status="OK"/>' % (
            uuid4(), s[1].title(), s[0].title(), R.randint(1, 30), R.randint(0, 5), R.randint(0, 5)))
    return [x]


def g_metrics():
    x = L("prometheus")
    CLK.tick(0, 2)
    m = R.choice([
        'spd_tray_scans_total{station="%s"} %d' % (R.choice(STATIONS), R.randint(100, 9000)),
        'spd_sterilizer_cycles_total{sterilizer="%s",result="pass"} %d' % (R.choice(STERILIZERS), R.randint(10, 900)),
        'spd_bi_pending{reader="attest-490h-%d"} %d' % (R.randint(1, 3), R.randint(0, 9)),
        'http_server_requests_seconds_sum{method="POST",uri="/api/v2/scans",status="200"} %d.%06d' % (R.randint(10, 999), R.randint(0, 999999)),
        'jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} %d' % R.randint(10**8, 10**9),
        'casecart_picklist_backorders{service="ORTHO"} %d' % R.randint(0, 12),
        'hl7_siu_messages_total{type="S12",ack="AA"} %d' % R.randint(100, 4000),
    ])
    x.t(m)
    return [x]


def g_audit_noise():
    t = CLK.tick()
    x = L("kv_audit")
    k = R.randint(0, 2)
    if k == 0:
        x.t("%s audit actor=%s action=LOGIN ws=SPD-WS-%02d ip=10.44.1.%d result=%s mfa=duo" % (ts_iso_off(t), R.choice(STAFF), R.randint(1, 20), R.randint(2, 250), R.choice(["success", "success", "failure"])))
    elif k == 1:
        x.t("%s audit actor=%s action=TRAY_QUARANTINE tray=%s reason=\"%s\" load=%s" % (
            ts_iso_off(t), R.choice(STAFF), R.choice(TRAYS), R.choice(["wet pack", "torn wrap", "missing CI", "bioburden on Kerrison"]), load_no(t)))
    else:
        x.t("%s audit actor=svc_erp action=PO_SEND po=45008%05d vendor=%s channel=%s fax=%s" % (
            ts_iso_off(t), R.randint(0, 99999), R.choice(list(VENDORS.values()))[0], R.choice(["AS2", "EMAIL", "FAX"]), R.choice(["800-555-0199", "(888) 555-0142", "n/a"])))
    return [x]


def g_audit_phi():
    p = pat_impl()
    t = CLK.tick()
    imp, ser = R.choice(p["implants"])
    x = L("kv_audit")
    k = R.randint(0, 1)
    if k == 0:
        x.t("%s audit actor=%s action=IMPLANT_WASTE case=" % (ts_iso_off(t), R.choice(STAFF))).p(p["case"], "other_id")
        x.t(" ref=%s lot=%s reason=\"%s\" witness=%s" % (imp["ref"], imp["lot"], R.choice(["dropped - contaminated", "wrong size opened"]), R.choice(STAFF)))
    else:
        x.t("%s audit actor=%s action=VIEW_PATIENT_IMPLANTS mrn=" % (ts_iso_off(t), R.choice(STAFF))).p(p["mrn"], "mrn")
        x.t(" har=").p(p["har"], "account").t(" reason=\"recall review\" ws=SPD-WS-%02d" % R.randint(1, 20))
    return [x]


def g_registry():
    p = R.choice([q for q in PATIENTS if q["implants"] and q["proc"][0] in ("27447", "27130", "27236")])
    CLK.tick(0, 1)
    imp, ser = R.choice(p["implants"])
    x = L("registry_pipe")
    x.t("AJRR|SBRMC|").p(p["mrn"], "mrn").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|")
    x.p(p["dob"].isoformat(), "date").t("|%s|" % p["sex"]).p(p["zip"][:5], "zip").t("|").p(p["start"].date().isoformat(), "date")
    x.t("|%s|%s|%s|%s|" % (p["proc"][0], imp["di"], imp["ref"], imp["lot"])).p(ser, "device" if ser else None).t("|%s" % p["surg"][2])
    return [x]


def g_registry_header():
    CLK.tick(0, 1)
    x = L("registry_pipe")
    x.t("#AJRR-EXPORT v2.3 site=SBRMC run=%s rows_follow=2 fields=site|mrn|last|first|dob|sex|zip5|proc_date|cpt|di|ref|lot|serial|npi" % uuid4())
    return [x]


NOTES_NOISE = [
    "Kocher x2 missing from %s, replaced from stock shelf B4",
    "%s returned from OR with retained bioburden on Kerrison tips - rewashed, notified OR charge",
    "Loaner set from Stryker (4 trays) checked in, weights 21.4/19.8/11.2/8.6 lb, rep signed",
    "Washer %s spray arm jammed, ticket INC0%d opened with Biomed" ,
    "Bowie-Dick test passed on all prevac units this AM",
    "Reminder: IUSS log must be completed for every immediate-use cycle (per AAMI ST79)",
    "Tray %s wrapper torn at corner, reprocessed, QA tag added",
    "Call Tom Becker (Zimmer) 312-555-0190 re: missing Persona trial 7 before Thursday",
]


def g_note_noise():
    t = CLK.tick()
    x = L("free_text_note")
    n = R.choice(NOTES_NOISE)
    if "%d" in n:
        n = n % (R.choice(WASHERS), R.randint(100000, 999999))
    elif "%s" in n:
        n = n % R.choice(TRAYS)
    x.t("[note] %s user=%s: %s" % (t.strftime("%Y-%m-%d %H:%M"), R.choice(STAFF), n))
    return [x]


def g_note_phi():
    p = pat_impl()
    t = CLK.tick()
    x = L("free_text_note")
    x.t("[note] %s user=%s" % (t.strftime("%Y-%m-%d %H:%M"), R.choice(STAFF)))
    k = R.randint(0, 7)
    vend = {r[1]: r for r in REPS}
    rep = vend.get(p["implants"][0][0]["vendor"], R.choice(REPS))
    if k == 0:
        x.t(" case=").p(p["case"], "other_id").t(": loaner set from %s arrived %s for " % (rep[1], (p["start"] - datetime.timedelta(minutes=80)).strftime("%H%M")))
        x.t("Mr. " if p["sex"] == "M" else "Mrs. ").p(p["last"], "name").t("'s %s %s; rep %s %s on site" % (p["start"].strftime("%H%M"), p["proc"][1].split()[0].lower(), rep[0], rep[2]))
    elif k == 1:
        rel = p["rel"]
        x.t(": pt's %s " % rel[1]).p(rel[0], "name").t(" (").p(rel[2], "phone").t(") called asking if ")
        x.p(name_form(p, 2), "name").t("'s implant from ").p(date_form(p["start"].date(), 3), "date").t(" is on the recall list - routed to Risk")
    elif k == 2:
        x.t(" case=").p(p["case"], "other_id").t(": IUSS cycle run for dropped %s, pt " % R.choice(["Kerrison 3mm", "drill bit 3.2", "tibial trial"]))
        x.p(name_form(p, 3), "name").t(", charge RN approved, logged")
    elif k == 3:
        p = R.choice([q for q in PATIENTS if q["proc"][0] == "27236"])
        x.t(": ").p(name_form(p, 5), "name").t(" (").p(str(p["age"]) if p["age"] > 89 else str(p["age"]), "age" if p["age"] > 89 else None)
        x.t(" y/o) hip fx add-on tonight %s, need Gamma3 set + 2 long nails, call rep %s" % (p["room"], rep[0]))
    elif k == 4:
        x.t(": Paciente ").p(name_form(p, 2), "name").t(" – cirugía ").p(p["start"].strftime("%d/%m/%Y"), "date").t(", implante sin registro en UDI, revisar hoja de consumo")
    elif k == 7:
        x.t(": bill-only %s for " % R.choice(p["implants"])[0]["desc"].split()[0]).p(name_form(p, R.choice([0, 2, 6])), "name")
        x.t(" - %s elig verified, member ID " % p["payer"][1]).p(p["member"], "health_plan").t(", no prior auth required per payer portal")
    elif k == 6:
        x.t(" case=").p(p["case"], "other_id").t(": surgery moved to ").p(date_form(p["start"].date(), R.choice([0, 3, 4])), "date")
        x.t(", left VM for pt at ").p(p["phone"], "phone").t(" re: bringing home brace, no reply")
    else:
        x.t(": explanted %s from " % R.choice(["pacer generator", "hip liner", "tibial insert"])).p(name_form(p, 0), "name")
        imp, ser = R.choice(p["implants"])
        x.t(" MRN ").p(p["mrn"], "mrn").t(" bagged for vendor return, label %s" % ("SN " if R.random() < 0.5 else "S/N: ")).p(ser or new_serial(imp), "device")
    return [x]


def g_startup():
    t = CLK.tick()
    x = L("spring_boot")
    x.t("%s  INFO 4471 --- [           main] c.s.spd.SpdTrackerApplication          : Starting SpdTrackerApplication v3.14.2 using Java 17.0.11 with PID 4471 (/opt/spd-tracker/spd-tracker-3.14.2.jar started by spdsvc in /opt/spd-tracker)" % ts_logback(t))
    y = L("spring_boot")
    t = CLK.tick(1, 3)
    y.t("%s  INFO 4471 --- [           main] c.s.spd.config.Hl7Config               : MLLP listener bound 0.0.0.0:6661 (SIU inbound), ack mode=ORIGINAL, charset=UTF-8" % ts_logback(t))
    z = L("spring_boot")
    t = CLK.tick(1, 3)
    z.t("%s  INFO 4471 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8443 (https) with context path ''" % ts_logback(t))
    return [x, y, z]


NOISE_GENS = [(g_logcat_noise, 10), (g_syslog_mdm, 3), (g_rfid_noise, 6), (g_sterilizer, 7), (g_getinge, 3), (g_washer, 6),
              (g_bi, 5), (g_pick_rows, 2), (g_implant_json_noise, 5), (g_serilog_console, 5), (g_aspnet, 4),
              (g_x12_noise, 4), (g_recall_noise, 4), (g_spring_noise, 8), (g_lawson_noise, 5),
              (g_workday_noise, 4), (g_nginx, 7), (g_prefcard, 4), (g_metrics, 5), (g_audit_noise, 5), (g_note_noise, 4)]
PHI_GENS = [(g_logcat_phi, 6), (g_rfid_phi, 3), (g_bi_phi, 1), (g_dft, 3), (g_casecart_csv, 1),
            (g_implant_json_phi, 5), (g_serilog_console_phi, 3), (g_aspnet_phi, 3), (g_x12_phi, 4), (g_recall_phi, 4),
            (g_recall_letter, 3), (g_spring_phi, 5), (g_lawson_phi, 3), (g_workday_phi, 3),
            (g_nginx_phi, 3), (g_audit_phi, 3), (g_note_phi, 6)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    r = R.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


SCHEDULED = ([g_siu] * 6 + [g_ack] * 4 + [lambda: g_stack(False)] + [lambda: g_stack(True)]
             + [lambda: g_casecart_csv(3)] * 2 + [lambda: g_registry_header() + g_registry() + g_registry()] * 2)


def build():
    lines = g_startup()
    sched = sorted((R.randint(10, N_LINES - 40), i) for i in range(len(SCHEDULED)))
    while len(lines) < N_LINES:
        if sched and len(lines) >= sched[0][0]:
            chunk = SCHEDULED[sched.pop(0)[1]]()
            if len(lines) + len(chunk) <= N_LINES:
                lines.extend(chunk)
            continue
        nophi = sum(1 for x in lines if not x.spans)
        frac = nophi / len(lines)
        pool = NOISE_GENS if R.random() < (0.85 if frac < TARGET_NOPHI else 0.2) else PHI_GENS
        chunk = wchoice(pool)()
        if len(lines) + len(chunk) > N_LINES:
            continue
        lines.extend(chunk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, x in enumerate(lines, 1):
        s = x.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        for st, en, cat, val in x.spans:
            assert b[st:en].decode("utf-8") == val, (i, val)
            assert val and val == val.strip(), (i, val)
            spans.append({"s": st, "e": en, "cat": cat})
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": x.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
