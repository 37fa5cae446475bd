#!/usr/bin/env python3
"""Generator for held-out corpus "kc" (synthetic PHI, standard library only).

Theme: multi-site primary care group ("Lakeshore Primary Care Partners", sites Elm St,
Northgate, Cedar Hollow, Oak Park) on an eClinicalWorks/NextGen-like EHR.  The merged log
stream holds Mirth Connect channel logs with HL7 v2 segments (ORU/ORM/ADT/SIU/MDM/VXU),
Surescripts NCPDP SCRIPT 2017071 XML (NewRx, RxRenewalRequest/Response, CancelRx, Status,
Error) and the eRx gateway log, a lab result router (logfmt), patient portal JSON events,
fax server / OCR text / document-index JSON of scanned faxes, appointment reminder SMS
callbacks, IVR pipe rows and reminder CSV batches, IIS W3C logs, Windows event-log CSV and
service text logs, SQL Server ERRORLOG (incl. trace-flag 1222 deadlock output), Extended
Events deadlock XML, SQL Agent job output, a Python population-health export (logging,
tracebacks, CSV and pipe extracts), X12 270/271 eligibility segments and help desk tickets
typed by front-desk staff.

Writes kc.log (500 lines) and kc.labels.jsonl next to this script.  Deterministic.

Labeling decisions:
- Labeled: identifiers of patients and of people tied to them (relatives, emergency
  contacts, guarantors, insurance subscribers, proxies).  Not labeled: clinicians (names,
  NPI, DEA, SPI), staff (names, usernames such as jmorales, e-mail addresses, extensions),
  pharmacies (NCPDPID), labs, payers (payer IDs, PO boxes, phone numbers), the clinic's own
  addresses/phones/faxes, vendors, hostnames, internal 10.x/172.16 IPs, public test values.
- name: any written form (HL7 XPN "LAST^FIRST^MIDDLE" is ONE span, "Last, First",
  initials+last, lower/upper case, OCR-garbled spellings, names inside file names).  A
  first name alone used to address the patient ("Hola Ana,") is labeled.
- address: street line(s) and city (HL7 XAD "street^other^city" is one span; state and
  country are NOT labeled), county names, lat/lon geocodes of a patient's login (each
  number a span).  zip: 5-digit or ZIP+4, separate span.
- date: birth dates, service/collection/result dates (OBR-7, OBR-22, OBX-14), appointment
  date/times (SCH-11, AIS-4, reminder rows), admission dates (PV1-44), document/note
  activity dates (TXA-4), prescription WrittenDate, immunization administration dates,
  X12 DTP service dates, dates in free text about the patient.  When date and time form
  one token (20240511084500, 2024-05-15T10:40:00) the whole token is the span; "5/15 at
  10:40am" labels only "5/15".  Not labeled: log timestamps, MSH-7, EVN-2, SentTime,
  X12 ISA/GS/BHT timestamps, job run times, lot expiry dates, backup times.
- age: only ages of 90 or more (number, with "y.o."/"yo" if attached); ages <90 unlabeled.
- mrn: any facility's patient record/chart number (eCW patientId/acctNo, NextGen
  person_nbr, lab-assigned patient IDs in PID-2, MedicalRecordIdentificationNumberEHR,
  SQL parameters/literals holding a patient id).
- other_id: encounter/visit numbers (PV1-19, encounterId), portal usernames of patients,
  portal proxy IDs, claim/case numbers of a patient's accident claim.  NOT labeled:
  appointment IDs, order/placer/filler/accession numbers, message control IDs, Rx
  reference numbers, document/fax job IDs, ticket numbers, trace/span IDs, UUIDs.
- health_plan: member/subscriber IDs (HL7 IN1-36, NCPDP CardholderID, X12 NM1*IL MI,
  Medicare MBI, Medicaid IDs).  Group numbers and payer IDs are not labeled.
- account: HL7 PID-18 patient account, guarantor numbers (GT1-2), card numbers (full or
  masked with visible digits), bank account numbers.
- ssn: full SSNs and masked SSNs that still show digits (***-**-4417); fully masked
  values (***-**-****) are not labeled.
- phone/fax/email: patient's and relatives' numbers and addresses in any form
  (incl. URL-encoded %2B1...); clinic, pharmacy, payer, lab numbers are not labeled.
- license: a patient's driver's licence / state ID numbers.  vehicle: VIN and plate.
  device: serial numbers of a patient's own or implanted devices (BP cuff, CGM, CPAP,
  pacemaker); not workstation/printer/scanner serials.
- url: personal pages of a patient; ip: public IPs of patients using the portal (c-ip).
- biometric: palm-vein/fingerprint template payloads; photo: the base64 payload of a
  patient's face photo (without the "data:image/jpeg;base64," prefix).
"""
import base64
import json
import os
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
import uuid
from datetime import date, datetime, timedelta

ID = "kc"
R = random.Random(20240513)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = date(2024, 5, 13)


# ----------------------------------------------------------------------------- line builder
class Ln:
    __slots__ = ("fam", "b", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def a(self, txt):
        self.b += txt.encode("utf-8")
        return self

    def p(self, txt, cat):
        if cat is None or txt == "":
            return self.a(txt)
        st = len(self.b)
        self.b += txt.encode("utf-8")
        self.spans.append((st, len(self.b), cat, txt))
        return self


TOK = re.compile(r"«(\w+)»")


def T(fam, tpl, **kw):
    """Template with «key» slots; a tuple value (text, cat) becomes a labeled span."""
    ln = Ln(fam)
    pos = 0
    for m in TOK.finditer(tpl):
        ln.a(tpl[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            ln.p(v[0], v[1])
        else:
            ln.a(str(v))
        pos = m.end()
    ln.a(tpl[pos:])
    return ln


def S(cat):
    return lambda v: (v, cat)


NM, AD, ZP, DT, AG, PH, FX, EM = (S(c) for c in ("name", "address", "zip", "date", "age", "phone", "fax", "email"))
SSN, MRN, HP, AC, LIC, VEH, DEV = (S(c) for c in ("ssn", "mrn", "health_plan", "account", "license", "vehicle", "device"))
URL, IP, BIO, PHO, OID = (S(c) for c in ("url", "ip", "biometric", "photo", "other_id"))


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 5, 13, 1, 28, 3, 117000)
        self.lo, self.hi = 2, 40

    def tick(self, lo=None, hi=None):
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        self.t += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CL = Clock()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def utc(t):
    return t + timedelta(hours=5)


# ----------------------------------------------------------------------------- value makers
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ı", "i")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def phone_parts():
    area = R.choice(["773", "312", "847", "708", "630", "872", "331", "224", "815", "779"])
    exch = R.choice(["%d%02d" % (R.randint(2, 9), R.randint(0, 99))])
    while exch[1:] == "11" or exch == "555":
        exch = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
    return area, exch, "%04d" % R.randint(0, 9999)


def fmt_phone(p, style=None):
    a, e, n = p
    style = R.randint(0, 7) if style is None else style
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}{e}{n}", f"+1{a}{e}{n}", f"{a}.{e}.{n}",
            f"+1 {a} {e} {n}", f"({a}){e}-{n}", f"1-{a}-{e}-{n}"][style]


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    base = R.choice(["4", "51", "37", "6011"]) + digits(14 - (0))
    base = base[:15]
    for c in "0123456789":
        if luhn_ok(base + c):
            return base + c


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(AN)
            + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T3", "1FM", "5YJ", "JTD", "KNM", "1G1", "3VW", "4T1"]) +
             "".join(R.choice(ch) for _ in range(5)) + "0" + R.choice("FGHJKLM") + R.choice("ABCDEFGHJ") + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def jpeg_b64(n=120):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def d_fmt(d, style):
    return {
        "hl7": d.strftime("%Y%m%d"), "iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.strftime('%y')}", "us_nz": f"{d.month}/{d.day}/{d.year}",
        "dmy": d.strftime("%d-%b-%Y"), "long": d.strftime("%B ") + f"{d.day}, {d.year}",
        "eu": d.strftime("%d.%m.%Y"), "md": f"{d.month}/{d.day}", "mon": d.strftime("%b ") + f"{d.day} {d.year}",
        "dash_us": d.strftime("%m-%d-%Y"),
    }[style]


# ----------------------------------------------------------------------------- people
FIRSTS = [
    ("Ana", "Lucía", "F"), ("Thi Hoa", "", "F"), ("Bogdan", "Piotr", "M"), ("Rania", "", "F"),
    ("Jean-Baptiste", "", "M"), ("Siobhán", "M", "F"), ("Kwame", "Kofi", "M"), ("Mei-Ling", "", "F"),
    ("Dmitri", "A", "M"), ("Fatima", "Zahra", "F"), ("Haruto", "", "M"), ("Priya", "S", "F"),
    ("Oluwaseun", "", "M"), ("Gabriela", "", "F"), ("Tomasz", "", "M"), ("Aisha", "", "F"),
    ("Mateo", "José", "M"), ("Ingrid", "", "F"), ("Nikhil", "", "M"), ("Chidinma", "", "F"),
    ("Yusuf", "", "M"), ("Margarethe", "", "F"), ("DeShawn", "L", "M"), ("Leilani", "", "F"),
    ("Björn", "", "M"), ("Xiomara", "", "F"), ("Eamon", "", "M"), ("Nadia", "", "F"),
    ("Tuan", "Anh", "M"), ("Zofia", "", "F"), ("Hemi", "", "M"), ("Marisol", "", "F"),
    ("Arjun", "", "M"), ("Ewa", "", "F"), ("Wilhelmina", "", "F"), ("Esperanza", "", "F"),
    ("Rahul", "", "M"), ("Agnieszka", "", "F"), ("Jamal", "", "M"), ("Mary", "Ellen", "F"),
    ("Robert", "J", "M"), ("Li", "", "F"), ("José", "Luis", "M"), ("Gertrude", "", "F")]
LASTS = ["Ortiz-Vega", "Nguyen", "Kowalczyk", "Haddad", "Delacroix", "Ó Briain", "Mensah", "Chen",
         "Volkov", "Al-Sayed", "Tanaka", "Raghunathan", "Adeyemi", "de la Cruz", "Wiśniewski",
         "Abdullahi", "van der Berg", "Iyer", "Okafor", "Yılmaz", "Schneider-Hahn", "Washington",
         "Kealoha", "Johansson", "Quiñones", "MacLeod", "Petrova", "Tran", "Zielińska", "Ngata",
         "Villanueva", "Bhattacharya", "St. Germain", "Owusu", "Van Buren", "D'Amico", "Goldberg",
         "Begay", "Fitzgerald-Moore", "O'Neill", "Lee", "Gallagher", "Dubois", "Kim"]
STREETS = ["W Foster Ave", "N Sheridan Rd", "S Kedzie Ave", "Maple St", "Ridge Ave", "W 63rd St",
           "N Milwaukee Ave", "S Oak Park Ave", "Dempster St", "Ogden Ave", "W Belmont Ave", "Lake St",
           "W Chicago Ave", "S Halsted St", "Greenleaf St", "N Harlem Ave", "W Argyle St", "Washington Blvd",
           "E Jefferson Ave", "N Clark St", "Gross Point Rd", "W Diversey Pkwy", "Cermak Rd", "Plum Grove Rd"]
UNITS = ["", "", "", "Apt 3B", "Unit 402", "#2F", "Apt 1", "Ste 5", "Apt 12C"]
CITIES = [("Chicago", ["60625", "60640", "60618", "60629", "60647", "60608"], "Cook"),
          ("Evanston", ["60201", "60202"], "Cook"), ("Skokie", ["60076", "60077"], "Cook"),
          ("Oak Park", ["60302", "60304"], "Cook"), ("Berwyn", ["60402"], "Cook"), ("Cicero", ["60804"], "Cook"),
          ("Des Plaines", ["60016"], "Cook"), ("Naperville", ["60540", "60563"], "DuPage"),
          ("Aurora", ["60505"], "Kane"), ("Niles", ["60714"], "Cook"), ("Joliet", ["60435"], "Will"),
          ("Lombard", ["60148"], "DuPage")]
MAILS = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "sbcglobal.net", "hotmail.com", "aol.com"]
PAYERS = [  # code, name, payer id, member-id maker
    ("BCBSIL", "BLUE CROSS BLUE SHIELD OF ILLINOIS", "00621", lambda: R.choice(["XOF", "XOD", "ZGP", "XOJ"]) + digits(9)),
    ("UHC", "UNITEDHEALTHCARE", "87726", lambda: digits(9)),
    ("AETNA", "AETNA", "60054", lambda: "W" + digits(9)),
    ("MCR", "MEDICARE PART B IL", "00952", mbi),
    ("IDHFS", "ILLINOIS MEDICAID", "IL_MCD", lambda: digits(9)),
    ("CIGNA", "CIGNA", "62308", lambda: "U" + digits(8) + "01"),
    ("HUMANA", "HUMANA MEDICARE ADVANTAGE", "61101", lambda: "H" + digits(8)),
]


PAYER_ADDR = {"BCBSIL": ("PO BOX 805107^^CHICAGO^IL^60680-4112", "(800)975-6005"), "UHC": ("PO BOX 30555^^SALT LAKE CITY^UT^84130", "(877)842-3210"),
              "AETNA": ("PO BOX 981106^^EL PASO^TX^79998", "(888)632-3862"), "MCR": ("PO BOX 6475^^INDIANAPOLIS^IN^46206-6475", "(877)908-8431"),
              "CIGNA": ("PO BOX 188061^^CHATTANOOGA^TN^37422", "(800)997-1654"), "HUMANA": ("PO BOX 14601^^LEXINGTON^KY^40512", "(800)457-4708")}


class Pt:
    pass


def make_patients():
    firsts = FIRSTS[:]
    lasts = LASTS[:]
    R.shuffle(firsts)
    R.shuffle(lasts)
    pats = []
    used_mrn = set()
    for i, ((fn, mid, sex), ln) in enumerate(zip(firsts, lasts)):
        p = Pt()
        p.first, p.mid, p.sex, p.last = fn, mid, sex, ln
        if i < 5:
            p.dob = date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
        else:
            p.dob = date(R.randint(1940, 2019), R.randint(1, 12), R.randint(1, 28))
        p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
        while True:
            m = str(R.randint(1000200, 1019999))
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p.mrn = m
        p.labid = R.choice(["LC", "QD"]) + digits(8)
        p.acct = "LP" + digits(8)
        p.gnum = "G" + digits(7)
        p.enc = str(R.randint(88100000, 88999999))
        p.ssn = ssn()
        p.home = phone_parts()
        p.cell = phone_parts()
        city, zips, county = R.choice(CITIES)
        p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
        p.unit = R.choice(UNITS)
        p.city, p.zip, p.county = city, R.choice(zips), county
        f = fold(fn).lower().replace(" ", "").replace("-", "")
        l = fold(ln).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        p.email = R.choice([f"{f}.{l}{p.dob.year % 100:02d}", f"{f[0]}{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}{l[:4]}{p.dob.year}"]) + "@" + R.choice(MAILS)
        p.portal = R.choice([f"{f}{l[:5]}{p.dob.year % 100:02d}", f"{f[0]}{l}", f"{l}{f[0]}{R.randint(1, 9)}", f"{f}.{l}"])
        pay = PAYERS[3] if p.age >= 65 and R.random() < 0.7 else R.choice([x for x in PAYERS if x[0] != "MCR"])
        p.payer = pay
        p.member = pay[3]()
        p.group = "" if pay[0] in ("MCR", "IDHFS") else R.choice(["P08843", "00147203", "GRP88120", "3340021", "H4512-011"])
        p.dl = fold(ln)[0].upper() + digits(11)
        p.ip = "%d.%d.%d.%d" % (R.choice([24, 50, 67, 68, 71, 73, 76, 98, 99, 107, 108, 174]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        p.geo = ("%.4f" % (41.75 + R.random() * 0.3), "%.4f" % (-87.95 + R.random() * 0.35))
        kf, kg = R.choice([("Minh", "M"), ("Carlos", "M"), ("Teresa", "F"), ("Olga", "F"), ("Samuel", "M"), ("Grace", "F"), ("Adebayo", "M"),
                           ("Yuki", "F"), ("Patrick", "M"), ("Leena", "F"), ("Hana", "F"), ("Marek", "M")])
        rel = R.choice([("SPO", "Spouse"), ("SON", "Son"), ("BRO", "Brother"), ("FND", "Friend")] if kg == "M" else
                       [("SPO", "Spouse"), ("DAU", "Daughter"), ("SIS", "Sister"), ("FND", "Friend")])
        p.kin = (kf, ln if rel[0] != "FND" or R.random() < 0.2 else R.choice(["Morales", "Kaur", "Brennan", "Sato", "Novak", "Ibrahim"]), rel)
        p.kin_phone = phone_parts()
        pats.append(p)
    return pats


PATS = make_patients()
OLD = [p for p in PATS if p.age >= 90]


def P():
    return R.choice(PATS)


def hl7name(p, fold_it=True, mid=True):
    l = fold(p.last).upper() if fold_it else p.last.upper()
    f = fold(p.first).upper() if fold_it else p.first.upper()
    m = (fold(p.mid).upper() if fold_it else p.mid.upper()) if mid else ""
    return f"{l}^{f}^{m}" if m else f"{l}^{f}"


def lf(p):
    return f"{p.last}, {p.first}"


def fl(p):
    return f"{p.first} {p.last}"


PROVS = [("Anil", "Kapoor", "1386749221", "MD"), ("Sarah", "Lindqvist", "1740289315", "MD"),
         ("Marcus", "Whitfield", "1922015843", "DO"), ("Joanna", "Brzezinski", "1558341207", "NP"),
         ("Tomás", "Ferreira", "1265537904", "PA")]
SITES = [("ELM", "Elm St", "LPCP_ELM"), ("NGT", "Northgate", "LPCP_NGT"), ("CDR", "Cedar Hollow", "LPCP_CDR"),
         ("OPK", "Oak Park", "LPCP_OPK")]
STAFF_NAMES = {"jmorales": ("Jessica", "Morales"), "tpatel2": ("Tara", "Patel"), "kdunn": ("Kayla", "Dunn"), "rsantos": ("Rosa", "Santos"),
               "lwojcik": ("Lena", "Wojcik"), "abrown3": ("Alicia", "Brown")}
STAFF = ["jmorales", "tpatel2", "kdunn", "rsantos", "lwojcik", "abrown3", "mnguyen4", "cokafor"]
CHANNELS = {n: uid() for n in ["LabCorp_ORU_Inbound", "Quest_ORU_Inbound", "Quest_ORM_Outbound", "ADT_Outbound_HIE",
                               "SIU_Reminders_Outbound", "MDM_Transcription_Inbound", "RPM_Omron_Inbound",
                               "VXU_ICARE_Outbound", "Surescripts_Bridge"]}
CLINIC_PH = {"ELM": "(773) 555-0100", "NGT": "(847) 555-0170", "CDR": "(630) 555-0140", "OPK": "(708) 555-0120"}
CLINIC_FX = {"ELM": "(773) 555-0109", "NGT": "(847) 555-0179", "CDR": "(630) 555-0149", "OPK": "(708) 555-0129"}
PHARM = [("4412893", "Walgreens #04412", "3125550181"), ("1456789", "CVS Pharmacy #08817", "7735550133"),
         ("1733308", "Jewel-Osco Pharmacy #3408", "8475550190"), ("2198007", "Mariano's Pharmacy #512", "7085550117"),
         ("0521144", "Express Scripts Home Delivery", "8002824545")]
DRUGS = [("lisinopril 20 mg tablet", "00093111110", "90", "Take 1 tablet by mouth once daily"),
         ("metformin 500 mg tablet", "00093104801", "180", "Take 1 tablet by mouth twice daily with meals"),
         ("atorvastatin 40 mg tablet", "00378395277", "90", "Take 1 tablet by mouth at bedtime"),
         ("amlodipine 5 mg tablet", "59762153001", "90", "Take 1 tablet by mouth daily"),
         ("levothyroxine 75 mcg tablet", "00378180301", "90", "Take 1 tablet by mouth every morning on an empty stomach"),
         ("sertraline 50 mg tablet", "16729000101", "30", "Take 1 tablet by mouth daily"),
         ("albuterol HFA 90 mcg/actuation inhaler", "00173068220", "1", "Inhale 2 puffs every 4-6 hours as needed for wheezing"),
         ("omeprazole 20 mg DR capsule", "62175013643", "30", "Take 1 capsule by mouth daily before breakfast")]


def mirth(level, thread, logger, t=None):
    t = t or CL.tick()
    return f"{level:<5} {t:%Y-%m-%d %H:%M:%S},{ms(t)} [{thread}] {logger}: "


def ctrl_id(prefix):
    t = CL.t
    return f"{prefix}{t:%Y%m%d%H%M%S}{R.randint(0, 99999):05d}"


def rand_site():
    return R.choice(SITES)


def svc_dt(days_back=(0, 6), hour=(7, 17)):
    d = datetime.combine(TODAY - timedelta(days=R.randint(*days_back)), datetime.min.time())
    return d.replace(hour=R.randint(*hour), minute=R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def appt_dt(days=(1, 21)):
    d = datetime.combine(TODAY + timedelta(days=R.randint(*days)), datetime.min.time())
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d.replace(hour=R.randint(8, 16), minute=R.choice([0, 15, 20, 30, 40, 45]))


# ============================================================================= HL7 builders
def seg_msh(snd_app, snd_fac, rcv_app, rcv_fac, mtype, ctrl):
    t = CL.t
    return T("hl7v2", f"MSH|^~\\&|{snd_app}|{snd_fac}|{rcv_app}|{rcv_fac}|{t:%Y%m%d%H%M%S}||{mtype}|{ctrl}|P|2.5.1|||AL|NE|USA|UNICODE UTF-8")


def seg_pid(p, full=False, labid=None, fold_it=True):
    ln = Ln("hl7v2")
    ln.a("PID|1|")
    if labid:
        ln.p(labid, "mrn")
    ln.a("|").p(p.mrn, "mrn").a("^^^LPCP^MR")
    if full and R.random() < 0.6:
        ln.a("~").p(p.ssn.replace("-", ""), "ssn").a("^^^USSSA^SS")
    ln.a("||").p(hl7name(p, fold_it), "name").a("|")
    if full and R.random() < 0.5:
        ln.p(R.choice(["GARCIA", "MUELLER", "OKONKWO", "SULLIVAN", "PHAM", "KOVAC"]), "name")
    ln.a("|").p(d_fmt(p.dob, "hl7"), "date").a("|" + p.sex + "|||")
    street = (p.street + ("^" + p.unit if p.unit else "^") + "^" + p.city).upper()
    ln.p(street, "address").a("^IL^").p(p.zip, "zip").a("^USA^H")
    ln.a("|")
    if full:
        ln.p(p.county.upper(), "address")
    ln.a("|").p(fmt_phone(p.home, 6), "phone").a("^PRN^PH")
    if full:
        ln.a("~^NET^Internet^").p(p.email, "email")
        ln.a("~").p(fmt_phone(p.cell, 6), "phone").a("^PRN^CP")
    ln.a("||" + R.choice(["eng^English^ISO639", "spa^Spanish^ISO639", "vie^Vietnamese^ISO639", "pol^Polish^ISO639", ""]))
    ln.a("|" + R.choice(["M", "S", "W", "D", ""]) + "||")
    ln.p(p.acct, "account").a("^^^LPCP^AN|")
    if full:
        ln.p(p.ssn, "ssn").a("|")
        if R.random() < 0.5:
            ln.p(p.dl, "license").a("^IL")
    return ln


def seg_pv1(p, site, prov, admit=None):
    ln = Ln("hl7v2")
    ln.a(f"PV1|1|O|{site[0]}^^^LPCP^^^^^{site[1].upper()}||||{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}^^^^{prov[3]}^^^^NPI|||||||||||")
    ln.p(p.enc, "other_id").a("^^^LPCP^VN|||||||||||||||||||||||||")
    if admit:
        ln.p(admit.strftime("%Y%m%d%H%M"), "date")
    return ln


def seg_in1(p):
    ln = Ln("hl7v2")
    code, pname, pid, _ = p.payer
    f = [""] * 37
    ln.a(f"IN1|1|{code}^{pname.title()}|{pid}|{pname}|")
    ln.a(PAYER_ADDR.get(code, ("", ""))[0])
    ln.a("||" + PAYER_ADDR.get(code, ("", ""))[1] + f"|{p.group}||||||||")
    rel = "SPO^Spouse" if p.kin[2][0] == "SPO" and R.random() < 0.5 else "SEL^Self"
    if rel.startswith("SEL"):
        ln.p(hl7name(p, mid=False), "name").a(f"|{rel}|").p(d_fmt(p.dob, "hl7"), "date").a("|")
    else:
        ln.p(f"{fold(p.kin[1]).upper()}^{fold(p.kin[0]).upper()}", "name").a(f"|{rel}||")
    ln.a("|Y|||||||||||||||")
    ln.p(p.member, "health_plan")
    return ln


def blk_oru():
    p = P()
    lab = R.choice([("LCS", "LABCORP^34D0655059^CLIA", "LabCorp_ORU_Inbound", "LC"), ("QDI", "QUEST^14D0404339^CLIA", "Quest_ORU_Inbound", "QD")])
    site, prov = rand_site(), R.choice(PROVS)
    ch = lab[2]
    out = [T("mirth_log", mirth("INFO", f"{ch} Source Filter/Transformer JavaScript Task", "transformer") + f"Received ORU^R01 ({R.randint(1800, 9400)} bytes) from {'/' + '199.85.21.' + str(R.randint(10, 60))}:{R.randint(40000, 65000)}")]
    ctrl = ctrl_id(lab[3])
    out.append(seg_msh(lab[0], lab[1], "ECW", site[2], "ORU^R01^ORU_R01", ctrl))
    lab_pid = lab[3] + p.labid[2:]
    out.append(seg_pid(p, labid=lab_pid, fold_it=True))
    out.append(seg_pv1(p, site, prov))
    order = f"ORD{CL.t:%y%m}-{R.randint(10000, 99999)}"
    acc = f"{lab[3]}-24-{CL.t.timetuple().tm_yday:03d}-{R.randint(10000, 99999)}"
    out.append(T("hl7v2", f"ORC|RE|{order}^ECW|{acc}^LAB||CM||||||||{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}^^^^{prov[3]}"))
    panel = R.choice([("80053", "COMPREHENSIVE METABOLIC PANEL", [("2345-7", "Glucose", "mg/dL", "70-99"), ("2160-0", "Creatinine", "mg/dL", "0.57-1.00"), ("2823-3", "Potassium", "mmol/L", "3.5-5.2"), ("2951-2", "Sodium", "mmol/L", "134-144")]),
                      ("83036", "HEMOGLOBIN A1C", [("4548-4", "Hemoglobin A1c", "%", "4.8-5.6")]),
                      ("80061", "LIPID PANEL", [("2093-3", "Cholesterol, Total", "mg/dL", "100-199"), ("2571-8", "Triglycerides", "mg/dL", "0-149"), ("2085-9", "HDL Cholesterol", "mg/dL", ">39"), ("13457-7", "LDL Chol Calc (NIH)", "mg/dL", "0-99")]),
                      ("84443", "TSH", [("3016-3", "TSH", "uIU/mL", "0.450-4.500")]),
                      ("85025", "CBC WITH DIFFERENTIAL/PLATELET", [("6690-2", "WBC", "x10E3/uL", "3.4-10.8"), ("718-7", "Hemoglobin", "g/dL", "11.1-15.9"), ("777-3", "Platelets", "x10E3/uL", "150-450")])])
    coll = svc_dt((1, 4))
    rep = coll + timedelta(hours=R.randint(20, 60), minutes=R.randint(0, 59))
    out.append(T("hl7v2", f"OBR|1|{order}^ECW|{acc}^LAB|{panel[0]}^{panel[1]}^CPT4|||«c»|||||||«r»||{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}^^^^{prov[3]}|||||||«f»|||F",
                 c=DT(coll.strftime("%Y%m%d%H%M%S")), r=DT(rep.strftime("%Y%m%d%H%M%S") if R.random() < 0.5 else coll.strftime("%Y%m%d%H%M")),
                 f=DT(rep.strftime("%Y%m%d%H%M%S"))))
    for i, (loinc, nm, unit, rng) in enumerate(panel[2], 1):
        lo, hi, fmt = {"2345-7": (62, 240, "%d"), "2160-0": (0.5, 2.4, "%.2f"), "2823-3": (3.2, 5.9, "%.1f"), "2951-2": (129, 147, "%d"),
                       "4548-4": (5.2, 10.8, "%.1f"), "2093-3": (120, 280, "%d"), "2571-8": (60, 390, "%d"), "2085-9": (28, 95, "%d"),
                       "13457-7": (45, 190, "%d"), "3016-3": (0.2, 7.5, "%.3f"), "6690-2": (2.9, 13.5, "%.1f"), "718-7": (9.8, 16.9, "%.1f"),
                       "777-3": (120, 460, "%d")}[loinc]
        v = R.uniform(lo, hi)
        val = fmt % v
        rl = rng.lstrip(">").split("-")
        flag = ""
        if len(rl) == 2 and v > float(rl[1]):
            flag = "H"
        elif v < float(rl[0]):
            flag = "L"
        if R.random() < 0.45:
            out.append(T("hl7v2", f"OBX|{i}|NM|{loinc}^{nm}^LN||{val}|{unit}^{unit}^UCUM|{rng}|{flag}|||F|||«d»|||||||||{'LABCORP BURLINGTON' if lab[0] == 'LCS' else 'QUEST DIAGNOSTICS WOOD DALE'}",
                         d=DT(coll.strftime("%Y%m%d%H%M%S"))))
        else:
            out.append(T("hl7v2", f"OBX|{i}|NM|{loinc}^{nm}^LN||{val}|{unit}|{rng}|{flag}|||F"))
    if R.random() < 0.5:
        out.append(T("hl7v2", R.choice(["NTE|1|L|Fasting: Yes", "NTE|1|L|Specimen slightly hemolyzed\\T\\ results may be affected.",
                                        "NTE|1|L|Please note reference interval change effective 04/01/2024.", "NTE|1|L|Result verified by repeat analysis."])))
    r = R.random()
    if r < 0.4:
        out.append(T("mirth_log", mirth("INFO", f"{ch} Source Filter/Transformer JavaScript Task", "transformer") + "Matched PID-3 «m» to eCW patient «n» (DOB «d»)",
                     m=MRN(p.mrn), n=NM(lf(p).upper()), d=DT(d_fmt(p.dob, "hl7"))))
    elif r < 0.55:
        out.append(T("mirth_log", mirth("WARN", f"{ch} Source Filter/Transformer JavaScript Task", "transformer") + f"No chart match for lab patient «l» «n» dob «d»; msg {ctrl} routed to Unmatched Results queue",
                     l=MRN(lab_pid), n=NM(hl7name(p, mid=False)), d=DT(d_fmt(p.dob, "us"))))
    out.append(T("mirth_log", mirth("INFO", f"{ch} < Destination 1 (Database Writer)", "db-connector") + f"inserted {len(panel[2])} result rows into labdata (labdataid={R.randint(4100000, 4199999)}), {R.randint(8, 90)} ms"))
    out.append(T("hl7v2", f"MSA|AA|{ctrl}|Message accepted"))
    return out


def blk_adt(photo=False):
    p = P()
    site, prov = rand_site(), R.choice(PROVS)
    ev = R.choice(["A04", "A08", "A08", "A31"])
    ctrl = ctrl_id("ECW")
    out = [T("mirth_log", mirth("INFO", "ADT_Outbound_HIE < Destination 1 (HTTP Sender)", "com.mirth.connect.connectors.http.HttpDispatcher") + f"POST https://hie-gw.metrochicagohie.org/v2/inbound/adt (ADT^{ev}, ctrl {ctrl})")]
    out.append(seg_msh("ECW", site[2], "HIE", "METROCHICAGO_HIE", f"ADT^{ev}^ADT_A01", ctrl))
    su = R.choice(list(STAFF_NAMES))
    out.append(T("hl7v2", f"EVN|{ev}|{CL.t:%Y%m%d%H%M%S}|||{su.upper()}^{STAFF_NAMES[su][1]}^{STAFF_NAMES[su][0]}"))
    out.append(seg_pid(p, full=True, fold_it=R.random() < 0.5))
    if R.random() < 0.8:
        k = p.kin
        kaddr = (p.street + "^^" + p.city).upper()
        out.append(T("hl7v2", f"NK1|1|«n»|{k[2][0]}^{k[2][1]}^HL70063|«a»^IL^«z»|«ph»||EC^Emergency Contact^HL70131",
                     n=NM(f"{fold(k[1]).upper()}^{fold(k[0]).upper()}"), a=AD(kaddr), z=ZP(p.zip), ph=PH(fmt_phone(p.kin_phone, 6))))
    out.append(seg_pv1(p, site, prov, admit=svc_dt((0, 0)) if ev == "A04" else None))
    out.append(seg_in1(p))
    if R.random() < 0.5:
        out.append(T("hl7v2", "GT1|1|«g»|«n»||«a»^IL^«z»|«ph»|||||SE^Self",
                     g=AC(p.gnum), n=NM(hl7name(p, mid=False)), a=AD((p.street + "^^" + p.city).upper()), z=ZP(p.zip), ph=PH(fmt_phone(p.home, 6))))
    if photo or R.random() < 0.15:
        out.append(T("hl7v2", f"OBX|1|ED|PHOTO^Patient Photo^L||^IM^JPEG^Base64^«b»||||||F", b=PHO(jpeg_b64(R.randint(90, 150)))))
    if R.random() < 0.5:
        out.append(T("mirth_log", mirth("ERROR", "ADT_Outbound_HIE < Destination 1 (HTTP Sender)", "com.mirth.connect.connectors.http.HttpDispatcher") + f"HIE returned AE for {ctrl}: PID-11.5 '«z»' not valid for state IL",
                     z=ZP(p.zip)) if R.random() < 0.3 else
                   T("mirth_log", mirth("INFO", "ADT_Outbound_HIE < Destination 1 (HTTP Sender)", "com.mirth.connect.connectors.http.HttpDispatcher") + f"HTTP 200 OK from hie-gw.metrochicagohie.org in {R.randint(80, 900)} ms (ACK AA {ctrl})"))
    return out


def blk_siu():
    p = P()
    site, prov = rand_site(), R.choice(PROVS)
    ctrl = ctrl_id("ECW")
    ap = appt_dt()
    dur = R.choice([15, 20, 30, 40])
    apid = f"APT{R.randint(990000, 999999):07d}"
    ev = R.choice(["S12", "S12", "S14", "S15"])
    out = [seg_msh("ECW", site[2], "REMINDERS", "TWILIO_BRIDGE", f"SIU^{ev}^SIU_S12", ctrl)]
    end = ap + timedelta(minutes=dur)
    out.append(T("hl7v2", f"SCH|{apid}^ECW|{apid}^ECW|||||{R.choice(['FU^Follow-up', 'NP^New Patient', 'AWV^Annual Wellness', 'SICK^Same Day'])}^LOCAL|OV^Office Visit|{dur}|MIN|^^{dur}^«s»^«e»|||||{R.choice(STAFF).upper()}|||||||||{'BOOKED' if ev != 'S15' else 'CANCELLED'}",
                 s=DT(ap.strftime("%Y%m%d%H%M%S")), e=DT(end.strftime("%Y%m%d%H%M%S"))))
    out.append(seg_pid(p))
    out.append(T("hl7v2", "RGS|1|A"))
    out.append(T("hl7v2", f"AIS|1|A|99214^Office Visit Est 25^CPT|«s»|0|MIN|{dur}|MIN", s=DT(ap.strftime("%Y%m%d%H%M%S"))))
    out.append(T("hl7v2", f"AIP|1|A|{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}^^^^{prov[3]}|PCP"))
    out.append(T("hl7v2", f"AIL|1|A|{site[0]}^^^LPCP^^^^^{site[1]} Clinic"))
    if ev == "S14" and R.random() < 0.6:
        out.append(T("mirth_log", mirth("WARN", "SIU_Reminders_Outbound Source Filter/Transformer JavaScript Task", "filter") + f"Skipping SIU^S14 {apid}: patient «m» has SMS opt-out on «ph»",
                     m=MRN(p.mrn), ph=PH(fmt_phone(p.cell, 3))))
    else:
        out.append(T("mirth_log", mirth("INFO", "SIU_Reminders_Outbound < Destination 1 (Channel Writer)", "com.mirth.connect.connectors.vm.VmDispatcher") + f"dispatched {apid} to Twilio_Bridge_Out (queue depth {R.randint(0, 12)})"))
    return out


def blk_mdm(old=False):
    p = R.choice(OLD) if old else P()
    site, prov = rand_site(), R.choice(PROVS)
    ctrl = ctrl_id("TRX")
    doc = f"DOC{CL.t:%y%m}-{R.randint(1000, 9999):06d}"
    sd = svc_dt((1, 5))
    out = [T("mirth_log", mirth("INFO", "MDM_Transcription_Inbound < File Reader", "com.mirth.connect.connectors.file.FileReceiver") + f"Read file \\\\LPCP-FS01\\transcription\\in\\{doc}.hl7 ({R.randint(2200, 9800)} bytes)")]
    out.append(seg_msh("DICTATEIT", "NUANCE_DMO", "ECW", site[2], "MDM^T02^MDM_T02", ctrl))
    out.append(T("hl7v2", f"EVN|T02|{CL.t:%Y%m%d%H%M%S}"))
    out.append(seg_pid(p))
    out.append(seg_pv1(p, site, prov))
    out.append(T("hl7v2", f"TXA|1|CN^Consult Note|TX|«d»|{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}||||||{doc}||||||AU", d=DT(sd.strftime("%Y%m%d%H%M"))))
    age_txt = (str(p.age) + " y.o.", "age") if p.age >= 90 else (str(p.age) + " y.o.", None)
    sexw = "female" if p.sex == "F" else "male"
    out.append(T("hl7v2", "OBX|1|TX|CN^Consult Note||«n» is a «a» " + sexw + " seen «d» for follow-up of " + R.choice(["hypertension", "type 2 diabetes", "COPD", "hypothyroidism", "chronic low back pain"]) + ".||||||F",
                 n=NM(fl(p)), a=age_txt, d=DT(d_fmt(sd.date(), "us"))))
    out.append(T("hl7v2", R.choice([
        "OBX|2|TX|CN^Consult Note||BP 142/88, HR 76, SpO2 97% RA. Lungs clear. No edema.||||||F",
        "OBX|2|TX|CN^Consult Note||A1c 7.9, up from 7.2. Discussed diet; increase metformin to 1000 mg BID.||||||F",
        "OBX|2|TX|CN^Consult Note||Plan: CMP and lipid panel fasting, return in 3 months.||||||F"])))
    if R.random() < 0.5:
        k = p.kin
        out.append(T("hl7v2", "OBX|3|TX|CN^Consult Note||Accompanied by " + k[2][1].lower() + " «k» who can be reached at «ph».||||||F",
                     k=NM(f"{k[0]} {k[1]}"), ph=PH(fmt_phone(p.kin_phone))))
    out.append(T("mirth_log", mirth("INFO", "MDM_Transcription_Inbound < Destination 1 (Database Writer)", "db-connector") + f"document {doc} attached to eCW docs (folder=Consult Notes, review=Y)"))
    return out


def blk_orm():
    p = P()
    site, prov = rand_site(), R.choice(PROVS)
    ctrl = ctrl_id("ECW")
    order = f"ORD{CL.t:%y%m}-{R.randint(10000, 99999)}"
    out = [seg_msh("ECW", site[2], "QUEST", "QDI_WOODDALE", "ORM^O01^ORM_O01", ctrl), seg_pid(p, fold_it=False), seg_pv1(p, site, prov), seg_in1(p)]
    od = CL.t
    out.append(T("hl7v2", f"ORC|NW|{order}^ECW||{order}|||||{CL.t:%Y%m%d%H%M%S}|||{prov[2]}^{fold(prov[1]).upper()}^{fold(prov[0]).upper()}^^^^{prov[3]}"))
    t = R.choice([("83036", "HEMOGLOBIN A1C"), ("80061", "LIPID PANEL"), ("84443", "TSH"), ("87086", "URINE CULTURE"), ("82306", "VITAMIN D 25-HYDROXY")])
    out.append(T("hl7v2", f"OBR|1|{order}^ECW||{t[0]}^{t[1]}^CPT4|||«d»", d=DT(od.strftime("%Y%m%d%H%M"))))
    out.append(T("hl7v2", R.choice(["DG1|1||E11.9^Type 2 diabetes mellitus without complications^I10", "DG1|1||I10^Essential (primary) hypertension^I10",
                                    "DG1|1||E03.9^Hypothyroidism, unspecified^I10", "DG1|1||Z00.00^Encounter for general adult medical examination w/o abnormal findings^I10"])))
    lvl, msg = R.choice([("INFO", f"Sent {ctrl} to 199.85.21.34:6661, ACK AA in {R.randint(40, 700)} ms"), ("INFO", f"Sent {ctrl} to 199.85.21.34:6661, ACK AA in {R.randint(40, 700)} ms"),
                         ("ERROR", "Error receiving response from 199.85.21.34:6661: java.net.SocketTimeoutException: Read timed out (attempt 1/3)")])
    out.append(T("mirth_log", mirth(lvl, "Quest_ORM_Outbound < Destination 1 (TCP Sender)", "com.mirth.connect.connectors.tcp.TcpDispatcher") + msg))
    return out


def blk_vxu():
    p = P()
    site = rand_site()
    ctrl = ctrl_id("ECW")
    ad = svc_dt((0, 0))
    vac = R.choice([("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "0.3", "PFR^Pfizer, Inc"), ("150", "Influenza, injectable, quadrivalent, preservative free", "0.5", "SKB^GlaxoSmithKline"),
                    ("187", "zoster recombinant", "0.5", "SKB^GlaxoSmithKline"), ("115", "Tdap", "0.5", "PMC^sanofi pasteur")])
    lot = R.choice(["FL4271", "3CM7H", "K92PL", "U7019AA", "AH7Z2"])
    return [seg_msh("ECW", site[2], "ICARE", "IDPH", "VXU^V04^VXU_V04", ctrl), seg_pid(p),
            T("hl7v2", f"ORC|RE||{R.randint(100000, 999999)}^ECW"),
            T("hl7v2", f"RXA|0|1|«d»|«d2»|{vac[0]}^{vac[1]}^CVX|{vac[2]}|mL^mL^UCUM||00^New immunization record^NIP001||||||{lot}|{(TODAY + timedelta(days=R.randint(60, 400))):%Y%m%d}|{vac[3]}^MVX|||CP|A",
              d=DT(ad.strftime("%Y%m%d%H%M")), d2=DT(ad.strftime("%Y%m%d%H%M"))),
            T("mirth_log", mirth("INFO", "VXU_ICARE_Outbound < Destination 1 (Web Service Sender)", "com.mirth.connect.connectors.ws.WebServiceDispatcher") + f"I-CARE submitSingleMessage returned ACK AA for {ctrl} ({R.randint(300, 2400)} ms)")]


def mirth_noise(force=None):
    ch = R.choice(list(CHANNELS))
    cid = CHANNELS[ch]
    c = R.randint(0, 13) if force is None else force
    if c == 0:
        return T("mirth_log", mirth("INFO", "Data Pruner Thread", "com.mirth.connect.server.util.DataPruner") + f"Pruned {R.randint(200, 20000)} messages from channel {ch} ({cid}) in {R.uniform(0.5, 20):.1f}s")
    if c == 1:
        return T("mirth_log", mirth("WARN", f"TCP Receiver Thread on {ch} ({cid}) < /10.20.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(49152, 65535)}", "com.mirth.connect.connectors.tcp.TcpReceiver") + "Socket closed by remote host before end of message (0x1C) was received.")
    if c == 2:
        return T("mirth_log", mirth("ERROR", "Quest_ORM_Outbound < Destination 1 (TCP Sender)", "com.mirth.connect.connectors.tcp.TcpDispatcher") + f"Error connecting to 199.85.21.34:6661 (TCP Sender \"To Quest Hub\" on channel {CHANNELS['Quest_ORM_Outbound']}). java.net.ConnectException: Connection timed out: connect")
    if c == 3:
        return T("mirth_log", mirth("INFO", "Quest_ORM_Outbound < Destination 1 (TCP Sender)", "com.mirth.connect.donkey.server.queue.DestinationQueue") + f"Queue size {R.randint(1, 80)}; next retry in 10000 ms")
    if c == 4:
        return T("mirth_log", mirth("INFO", "qtp1133449521-" + str(R.randint(30, 90)), "com.mirth.connect.server.api.providers.MirthAuthenticator") + f"Login successful for user 'mirthadmin' from 10.20.0.{R.randint(10, 40)}")
    if c == 5:
        return T("mirth_log", mirth("INFO", "Deploy Thread", "com.mirth.connect.donkey.server.channel.Channel") + f"Channel {ch} ({cid}) deployed.")
    if c == 6:
        return T("mirth_log", mirth("ERROR", "MDM_Transcription_Inbound < File Reader", "com.mirth.connect.connectors.file.FileReceiver") + f"Error reading file \\\\LPCP-FS01\\transcription\\in\\DOC2405-{R.randint(1000, 9999):06d}.hl7: The process cannot access the file because it is being used by another process.")
    if c == 7:
        return T("mirth_log", mirth("WARN", "LabCorp_ORU_Inbound Source Filter/Transformer JavaScript Task", "transformer") + f"OBX-5 value '>{R.choice([1000, 500, 90])}' is not numeric for {R.choice(['2160-0^Creatinine', '33914-3^eGFR', '1920-8^AST'])}; storing as ST")
    if c == 8:
        return T("mirth_log", mirth("INFO", "pool-" + str(R.randint(2, 6)) + "-thread-1", "com.mirth.connect.server.controllers.DefaultConfigurationController") + f"Configuration map reloaded ({R.randint(14, 40)} entries)")
    if c == 9:
        return T("mirth_log", mirth("ERROR", "ADT_Outbound_HIE < Destination 1 (HTTP Sender)", "com.mirth.connect.connectors.http.HttpDispatcher") + f"HTTP 503 Service Unavailable from https://hie-gw.metrochicagohie.org/v2/inbound/adt; x-request-id={uid()}")
    if c == 10:
        return T("mirth_log", mirth("INFO", "Surescripts_Bridge < Destination 1 (HTTP Sender)", "js-connector") + f"directory sync: {R.randint(0, 60)} pharmacies updated, {R.randint(0, 5)} inactivated (NCPDP dir ver {R.randint(2400, 2499)})")
    if c == 11:
        return T("mirth_log", mirth("WARN", "RPM_Omron_Inbound < HTTP Listener", "com.mirth.connect.connectors.http.HttpReceiver") + f"Rejected request from 52.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}: invalid HMAC signature (X-Omron-Signature)")
    if c == 12:
        return T("mirth_log", mirth("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth") + R.choice(["Mirth Connect 4.4.1 (Built on July 20, 2023) server successfully started.",
                                                                                                        "Running OpenJDK 64-Bit Server VM 17.0.9 on Windows Server 2019 (10.0, amd64), sqlserver, with charset windows-1252.",
                                                                                                        "Web server running at http://10.20.1.12:8080/ and https://10.20.1.12:8443/"]))
    return T("mirth_log", mirth("INFO", "Statistics Updater", "com.mirth.connect.donkey.server.channel.Statistics") + f"{ch}: received={R.randint(100, 3000)} filtered={R.randint(0, 40)} queued={R.randint(0, 9)} sent={R.randint(100, 3000)} errored={R.randint(0, 4)}")


def mirth_phi(force=None):
    p = P()
    c = R.randint(0, 3) if force is None else force
    if c == 0:
        d = svc_dt((0, 0), (5, 9))
        return T("mirth_log", mirth("INFO", "RPM_Omron_Inbound Source Filter/Transformer JavaScript Task", "transformer") + "RPM reading device_sn=«s» patientId=«m» sys=%d dia=%d pulse=%d taken=«d»" % (R.randint(105, 170), R.randint(60, 100), R.randint(55, 100)),
                 s=DEV("BP7450-" + digits(11)), m=MRN(p.mrn), d=DT(d.strftime("%Y-%m-%dT%H:%M:00-05:00")))
    if c == 1:
        return T("mirth_log", mirth("ERROR", "ADT_Outbound_HIE < JavaScript Writer JavaScript Task", "js-connector") + "Duplicate patient suspected: incoming «n» DOB «d» SSN «s» resembles chart «m»",
                 n=NM(f"{p.last}^{p.first}"), d=DT(d_fmt(p.dob, "iso")), s=SSN("***-**-" + p.ssn[-4:]), m=MRN(p.mrn))
    if c == 2:
        return T("mirth_log", mirth("WARN", "LabCorp_ORU_Inbound Source Filter/Transformer JavaScript Task", "transformer") + "Critical value K 6.4 mmol/L for «n» («m»); paging on-call, patient callback «ph»",
                 n=NM(lf(p)), m=MRN(p.mrn), ph=PH(fmt_phone(p.cell)))
    return T("mirth_log", mirth("INFO", "Surescripts_Bridge Source Filter/Transformer JavaScript Task", "transformer") + "RxRenewalRequest matched to patient «m» by name+dob («n», «d»)",
             m=MRN(p.mrn), n=NM(f"{fold(p.last).upper()}, {fold(p.first).upper()}"), d=DT(d_fmt(p.dob, "iso")))


# ============================================================================= eRx / NCPDP SCRIPT
def erx_log(level, thread, logger, msg):
    t = CL.tick()
    return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} {level:<5} [{thread}] {logger} - {msg}"


def blk_newrx_pretty():
    p = P()
    ph = R.choice(PHARM)
    pr = R.choice(PROVS[:3])
    dr = R.choice(DRUGS)
    mid = hexs(32)
    wd = TODAY
    out = [T("erx_log", erx_log("DEBUG", f"erxQueue-{R.randint(1, 6)}", "com.ecw.erx.surescripts.ScriptTransport", f"Outbound NewRx messageId={mid} to NCPDPID {ph[0]} payload:"))]
    X = lambda _s, **k: out.append(T("ncpdp_xml", _s, **k))
    X('<?xml version="1.0" encoding="UTF-8"?>')
    X('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">')
    X('  <Header>')
    X(f'    <To Qualifier="P">{ph[0]}</To>')
    X(f'    <From Qualifier="C">{R.randint(1000000, 9999999)}</From>')
    X(f'    <MessageID>{mid}</MessageID>')
    X(f'    <SentTime>{utc(CL.t):%Y-%m-%dT%H:%M:%S}.{ms(CL.t)[:1]}Z</SentTime>')
    X('    <SenderSoftware><SenderSoftwareDeveloper>eClinicalWorks</SenderSoftwareDeveloper><SenderSoftwareProduct>eCW</SenderSoftwareProduct><SenderSoftwareVersionRelease>12.0.2</SenderSoftwareVersionRelease></SenderSoftware>')
    X('  </Header>')
    X('  <Body>')
    X('    <NewRx>')
    X('      <Patient>')
    X('        <HumanPatient>')
    X('          <Identification><MedicalRecordIdentificationNumberEHR>«m»</MedicalRecordIdentificationNumberEHR></Identification>', m=MRN(p.mrn))
    X('          <Name><LastName>«l»</LastName><FirstName>«f»</FirstName>' + ('<MiddleName>«mi»</MiddleName>' if p.mid else '«mi»') + '</Name>',
      l=NM(p.last), f=NM(p.first), mi=NM(p.mid) if p.mid else "")
    X(f'          <Gender>{p.sex}</Gender>')
    X('          <DateOfBirth><Date>«d»</Date></DateOfBirth>', d=DT(d_fmt(p.dob, "iso")))
    X('          <Address>')
    X('            <AddressLine1>«s»</AddressLine1>', s=AD(p.street))
    if p.unit:
        X('            <AddressLine2>«u»</AddressLine2>', u=AD(p.unit))
    X('            <City>«c»</City>', c=AD(p.city))
    X('            <StateProvince>IL</StateProvince>')
    X('            <PostalCode>«z»</PostalCode>', z=ZP(p.zip))
    X('            <CountryCode>US</CountryCode>')
    X('          </Address>')
    X('          <CommunicationNumbers><PrimaryTelephone><Number>«ph»</Number></PrimaryTelephone></CommunicationNumbers>', ph=PH(fmt_phone(p.home, 2)))
    X('        </HumanPatient>')
    X('      </Patient>')
    X(f'      <Pharmacy><Identification><NCPDPID>{ph[0]}</NCPDPID><NPI>{R.randint(1000000000, 1999999999)}</NPI></Identification><BusinessName>{ph[1]}</BusinessName><CommunicationNumbers><PrimaryTelephone><Number>{ph[2]}</Number></PrimaryTelephone></CommunicationNumbers></Pharmacy>')
    X(f'      <Prescriber><NonVeterinarian><Identification><NPI>{pr[2]}</NPI><DEANumber>B{fold(pr[1])[0]}{digits(7)}</DEANumber></Identification><Name><LastName>{pr[1]}</LastName><FirstName>{pr[0]}</FirstName></Name><CommunicationNumbers><PrimaryTelephone><Number>7735550100</Number></PrimaryTelephone></CommunicationNumbers></NonVeterinarian></Prescriber>')
    X('      <MedicationPrescribed>')
    X(f'        <DrugDescription>{dr[0]}</DrugDescription>')
    X(f'        <DrugCoded><ProductCode><Code>{dr[1]}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>')
    X(f'        <Quantity><Value>{dr[2]}</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity>')
    X(f'        <DaysSupply>{90 if dr[2] in ("90", "180") else 30}</DaysSupply>')
    X('        <WrittenDate><Date>«w»</Date></WrittenDate>', w=DT(wd.isoformat()))
    X(f'        <Substitutions>0</Substitutions><NumberOfRefills>{R.randint(0, 3)}</NumberOfRefills>')
    X(f'        <Sig><SigText>{dr[3]}</SigText></Sig>')
    X('      </MedicationPrescribed>')
    X('    </NewRx>')
    X('  </Body>')
    X('</Message>')
    return out


def blk_erx_compact():
    p = P()
    ph = R.choice(PHARM)
    pr = R.choice(PROVS[:3])
    dr = R.choice(DRUGS)
    mid = hexs(32)
    kind = R.choice(["RxRenewalRequest", "CancelRx", "NewRx", "RxRenewalRequest"])
    out = []
    if kind == "RxRenewalRequest":
        out.append(T("erx_log", erx_log("INFO", "surescripts-inbound-" + str(R.randint(1, 4)), "com.ecw.erx.surescripts.InboundServlet", f"POST /erx/ss/inbound 200 RxRenewalRequest from NCPDPID {ph[0]} messageId={mid}")))
        ld = TODAY - timedelta(days=R.randint(20, 80))
        out.append(T("ncpdp_xml", f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="20170715"><Header><To Qualifier="C">{R.randint(1000000, 9999999)}</To><From Qualifier="P">{ph[0]}</From><MessageID>{mid}</MessageID><RelatesToMessageID>{hexs(32)}</RelatesToMessageID><SentTime>{utc(CL.t):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><RxRenewalRequest><Patient><HumanPatient><Name><LastName>«l»</LastName><FirstName>«f»</FirstName></Name><Gender>{p.sex}</Gender><DateOfBirth><Date>«d»</Date></DateOfBirth><Address><AddressLine1>«s»</AddressLine1><City>«c»</City><StateProvince>IL</StateProvince><PostalCode>«z»</PostalCode></Address></HumanPatient></Patient><Pharmacy><Identification><NCPDPID>{ph[0]}</NCPDPID></Identification><BusinessName>{ph[1]}</BusinessName></Pharmacy><MedicationDispensed><DrugDescription>{dr[0]}</DrugDescription><Quantity><Value>{dr[2]}</Value></Quantity><LastFillDate><Date>«lf»</Date></LastFillDate></MedicationDispensed></RxRenewalRequest></Body></Message>',
                       l=NM(fold(p.last).upper()), f=NM(fold(p.first).upper()), d=DT(d_fmt(p.dob, "iso")), s=AD(p.street.upper()), c=AD(p.city.upper()), z=ZP(p.zip + "-" + digits(4) if R.random() < 0.4 else p.zip), lf=DT(ld.isoformat())))
        out.append(T("erx_log", erx_log("INFO", "erxQueue-" + str(R.randint(1, 6)), "com.ecw.erx.renewal.RenewalRouter", "renewal queued for provider %s (task %d)" % (fold(pr[1]).upper(), R.randint(700000, 799999)))))
    elif kind == "CancelRx":
        out.append(T("ncpdp_xml", f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="20170715"><Header><To Qualifier="P">{ph[0]}</To><From Qualifier="C">{R.randint(1000000, 9999999)}</From><MessageID>{mid}</MessageID><PrescriberOrderNumber>{R.randint(10000000, 99999999)}</PrescriberOrderNumber><SentTime>{utc(CL.t):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><CancelRx><Patient><HumanPatient><Name><LastName>«l»</LastName><FirstName>«f»</FirstName></Name><Gender>{p.sex}</Gender><DateOfBirth><Date>«d»</Date></DateOfBirth></HumanPatient></Patient><MedicationPrescribed><DrugDescription>{dr[0]}</DrugDescription><WrittenDate><Date>«w»</Date></WrittenDate></MedicationPrescribed></CancelRx></Body></Message>',
                       l=NM(p.last), f=NM(p.first), d=DT(d_fmt(p.dob, "iso")), w=DT((TODAY - timedelta(days=R.randint(1, 30))).isoformat())))
        out.append(T("ncpdp_xml", f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT"><Header><To Qualifier="C">{R.randint(1000000, 9999999)}</To><From Qualifier="P">{ph[0]}</From><MessageID>{hexs(32)}</MessageID><RelatesToMessageID>{mid}</RelatesToMessageID><SentTime>{utc(CL.tick()):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><CancelRxResponse><Response><{R.choice(["Approved/", "Denied><DenialReasonCode>AA</DenialReasonCode></Denied"])}></Response></CancelRxResponse></Body></Message>'))
    else:
        ln = Ln("ncpdp_xml")
        ln.a(f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="20170715"><Header><To Qualifier="P">{ph[0]}</To><From Qualifier="C">{R.randint(1000000, 9999999)}</From><MessageID>{mid}</MessageID><SentTime>{utc(CL.t):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><NewRx><BenefitsCoordination><PayerIdentification><PayerID>{p.payer[2]}</PayerID></PayerIdentification><CardholderID>')
        ln.p(p.member, "health_plan").a(f'</CardholderID><GroupID>{p.group}</GroupID></BenefitsCoordination><Patient><HumanPatient><Name><LastName>').p(p.last, "name")
        ln.a('</LastName><FirstName>').p(p.first, "name").a(f'</FirstName></Name><Gender>{p.sex}</Gender><DateOfBirth><Date>').p(d_fmt(p.dob, "iso"), "date")
        ln.a('</Date></DateOfBirth><CommunicationNumbers><PrimaryTelephone><Number>').p(fmt_phone(p.cell, 2), "phone").a('</Number></PrimaryTelephone><ElectronicMail>').p(p.email, "email")
        ln.a(f'</ElectronicMail></CommunicationNumbers></HumanPatient></Patient><MedicationPrescribed><DrugDescription>{dr[0]}</DrugDescription><WrittenDate><Date>').p(TODAY.isoformat(), "date")
        ln.a(f'</Date></WrittenDate><Sig><SigText>{dr[3]}</SigText></Sig></MedicationPrescribed></NewRx></Body></Message>')
        out.append(T("erx_log", erx_log("DEBUG", f"erxQueue-{R.randint(1, 6)}", "com.ecw.erx.surescripts.ScriptTransport", f"Outbound NewRx messageId={mid} to NCPDPID {ph[0]} (compact)")))
        out.append(ln)
    return out


def erx_noise(force=None):
    c = R.randint(0, 7) if force is None else force
    mid = hexs(32)
    if c == 0:
        return T("ncpdp_xml", f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT"><Header><To Qualifier="C">{R.randint(1000000, 9999999)}</To><From Qualifier="P">{R.choice(PHARM)[0]}</From><MessageID>{hexs(32)}</MessageID><RelatesToMessageID>{mid}</RelatesToMessageID><SentTime>{utc(CL.tick()):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><Status><Code>{R.choice(["000", "010"])}</Code></Status></Body></Message>')
    if c == 1:
        return T("ncpdp_xml", f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT"><Header><To Qualifier="C">{R.randint(1000000, 9999999)}</To><From Qualifier="ZZZ">SURESCRIPTS</From><MessageID>{hexs(32)}</MessageID><RelatesToMessageID>{mid}</RelatesToMessageID><SentTime>{utc(CL.tick()):%Y-%m-%dT%H:%M:%S}Z</SentTime></Header><Body><Error><Code>{R.choice(["900", "601", "602"])}</Code><DescriptionCode>{R.choice(["1000", "008", "210"])}</DescriptionCode><Description>{R.choice(["Receiver unable to process", "Transaction rejected: pharmacy not enabled for CancelRx", "Message expired in mailbox"])}</Description></Error></Body></Message>')
    if c == 2:
        return T("erx_log", erx_log("INFO", "ss-directory-sync", "com.ecw.erx.directory.DirectorySync", f"Downloaded provider directory delta {R.randint(1, 9)}/{R.randint(9, 12)} ({R.randint(100, 9000)} records, {R.uniform(0.2, 9):.2f}s)"))
    if c == 3:
        return T("erx_log", erx_log("WARN", f"erxQueue-{R.randint(1, 6)}", "com.ecw.erx.surescripts.ScriptTransport", f"HTTP 502 from https://messaging.surescripts.net/ecw/v6_1 (attempt {R.randint(1, 3)}/3), backing off {R.choice([2, 4, 8])}s"))
    if c == 4:
        return T("erx_log", erx_log("INFO", "erx-metrics", "com.ecw.erx.Metrics", f"newrx.sent={R.randint(10, 90)} renewal.recv={R.randint(0, 30)} cancel.sent={R.randint(0, 5)} status.err={R.randint(0, 3)} p95_ms={R.randint(300, 2500)}"))
    if c == 5:
        return T("erx_log", erx_log("ERROR", f"erxQueue-{R.randint(1, 6)}", "com.ecw.erx.epcs.TokenService", "EPCS two-factor token validation failed for prescriber SPI " + str(R.randint(1000000000000, 9999999999999)) + ": OTP expired (code 4012)"))
    if c == 6:
        return T("erx_log", erx_log("INFO", "surescripts-inbound-2", "com.ecw.erx.surescripts.InboundServlet", f"POST /erx/ss/inbound 200 Verify messageId={mid} ({R.randint(4, 40)} ms)"))
    return T("erx_log", erx_log("DEBUG", "erxQueue-" + str(R.randint(1, 6)), "org.apache.http.wire", f'http-outgoing-{R.randint(10, 99)} >> "Content-Type: application/xml; charset=UTF-8[\\r][\\n]"'))


# ============================================================================= lab router (logfmt)
def lr_ts():
    t = CL.tick()
    return f"time={t:%Y-%m-%dT%H:%M:%S}.{ms(t)}-05:00"


def _inbox():
    pr = R.choice(PROVS)
    return f"{fold(pr[1]).upper()}_{pr[0][0]}"


def lab_router(force=None):
    p = P()
    c = R.randint(0, 11) if force is None else force
    src = R.choice(["LABCORP", "QUEST_HUB", "ACL_LABS", "IN_HOUSE_POCT"])
    if c == 0:
        return T("lab_router_kv", lr_ts() + f' level=info app=labrouter msg="poll complete" src={src} fetched={R.randint(0, 60)} dup={R.randint(0, 3)} next_poll_s=60')
    if c == 1:
        return T("lab_router_kv", lr_ts() + f' level=warn app=labrouter msg="provider mapping missing" ordering_npi={R.randint(1000000000, 1999999999)} fallback=inbox:{R.choice(SITES)[0]}-POOL')
    if c == 2:
        return T("lab_router_kv", lr_ts() + f' level=error app=labrouter msg="sftp: ssh handshake failed" host=results-sftp.acllabs.com port=22 err="EOF" retry_in=30s')
    if c == 3:
        return T("lab_router_kv", lr_ts() + f' level=info app=labrouter msg="stats" routed_1h={R.randint(40, 400)} unmatched_1h={R.randint(0, 9)} portal_release_pending={R.randint(0, 120)} heap_mb={R.randint(180, 900)}')
    if c == 4:
        return T("lab_router_kv", lr_ts() + f' level=debug app=labrouter msg="rule eval" rule_id=R-{R.randint(10, 99)} rule="abnormal && cpt in (83036,80061)" matched=false trace_id={hexs(32)} span_id={hexs(16)}')
    coll = svc_dt((1, 4))
    site = R.choice(SITES)
    acc = f"{src[:2]}-24-{R.randint(100, 140)}-{R.randint(10000, 99999)}"
    if c in (5, 6):
        return T("lab_router_kv", lr_ts() + f' level=info app=labrouter msg="result routed" src={src} accession={acc} mrn=«m» patient="«n»" dob=«d» collected=«c» abn={R.choice(["H", "L", "N", "A"])} dest=inbox:{_inbox()} latency_ms={R.randint(8, 300)}',
                 m=MRN(p.mrn), n=NM(f"{fold(p.last).upper()}, {fold(p.first).upper()}" + (" " + p.mid[0] if p.mid else "")), d=DT(d_fmt(p.dob, "iso")), c=DT(coll.strftime("%Y-%m-%dT%H:%M")))
    if c == 7:
        return T("lab_router_kv", lr_ts() + ' level=warn app=labrouter msg="critical value - phone notification required" mrn=«m» test=K value=6.4 callback="«ph»" notify=' + site[0] + "-NURSE",
                 m=MRN(p.mrn), ph=PH(fmt_phone(p.home, 0)))
    if c == 8:
        return T("lab_router_kv", lr_ts() + f' level=info app=labrouter msg="released to portal" mrn=«m» portal_user=«u» accession={acc} hold_h=72',
                 m=MRN(p.mrn), u=OID(p.portal))
    if c == 9:
        return T("lab_router_kv", lr_ts() + ' level=warn app=labrouter msg="demographic mismatch" accession=' + acc + ' lab_name="«a»" chart_name="«b»" lab_dob=«d1» chart_dob=«d2» action=hold',
                 a=NM(fold(p.last).upper() + "," + fold(p.first).upper()), b=NM(lf(p)), d1=DT(d_fmt(p.dob, "hl7")), d2=DT(d_fmt(p.dob, "us")))
    if c == 10:
        return T("lab_router_kv", lr_ts() + ' level=info app=labrouter msg="encounter linked" encounter_id=«e» mrn=«m» dos=«d» order=ORD2405-' + str(R.randint(10000, 99999)),
                 e=OID(p.enc), m=MRN(p.mrn), d=DT(coll.strftime("%Y-%m-%d")))
    return T("lab_router_kv", lr_ts() + f' level=info app=labrouter msg="fax fallback" dest_fax="{CLINIC_FX[site[0]]}" reason="no EHR interface for outside provider" pages=2 job=FXO-{R.randint(100000, 999999)}')


# ============================================================================= portal JSON
def portal_ts():
    t = utc(CL.tick())
    return f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z"


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
      "healow/8.3.1 (iOS 17.4.1; iPhone14,5)"]

MSG_BODIES = [
    ("Hi Dr. {prov}, my blood pressure readings at home have been around 150/95 since I started the new pill. Should I keep taking it? - {first}", []),
    ("I need a refill on my {drug} but the pharmacy says they never got it. Please send to {pharm}. My cell is {cell}.", ["cell"]),
    ("Can someone call my daughter {kin} at {kinph}? She handles my appointments now. Thank you. {full}, DOB {dob}", ["kin", "kinph", "full", "dob"]),
    ("Hola, necesito cambiar mi cita del {appt}. Mi fecha de nacimiento es {dob_long}. Gracias, {full}", ["appt", "dob_long", "full"]),
    ("I moved! New address is {street}, {city} IL {zip}. Please update my chart before my visit on {appt}.", ["street", "city", "zip", "appt"]),
    ("My glucose meter (serial {dev}) keeps showing error E-3 and won't sync with the app. What should I do?", ["dev"]),
    ("I track my readings here: {url} - could Dr. {prov} take a look before my appt?", ["url"]),
    ("Xin chào bác sĩ, tôi bị ho 2 tuần rồi. Con trai tôi {kin} số điện thoại {kinph} sẽ đưa tôi đi khám.", ["kin", "kinph"]),
    ("Please fax my records to my home fax {fax}, I am applying for disability. Thanks, {full}", ["fax", "full"]),
    ("Uploaded my appeal letter for the insurance here: {url2} - can you add a letter from Dr. {prov}?", ["url2"]),
    ("I got a bill for my visit on {svc} but I paid with my card ending {card4} at check-in. Acct {acct}.", ["svc", "card4", "acct"]),
]


def portal(force=None, body=None):
    p = P()
    c = R.randint(0, 12) if force is None else force
    prov = R.choice(PROVS)
    if c == 0:
        return T("portal_json", '{"ts":"%s","level":"info","logger":"portal.health","event":"healthcheck","status":"UP","components":{"db":"UP","redis":"UP","smtp":"UP"},"latencyMs":%d}' % (portal_ts(), R.randint(3, 80)))
    if c == 1:
        return T("portal_json", '{"ts":"%s","level":"warn","logger":"portal.ratelimit","event":"throttle","route":"/api/v2/auth/login","window":"60s","limit":10,"blockedRequests":%d,"traceId":"%s"}' % (portal_ts(), R.randint(1, 40), hexs(32)))
    if c == 2:
        return T("portal_json", '{"ts":"%s","level":"info","logger":"portal.jobs","event":"digest.sent","recipients":%d,"bounced":%d,"durationMs":%d,"jobId":"%s"}' % (portal_ts(), R.randint(200, 3000), R.randint(0, 20), R.randint(2000, 90000), uid()))
    if c == 3:
        return T("portal_json", '{"ts":"%s","level":"error","logger":"portal.sso","event":"oidc.jwks.refresh_failed","issuer":"https://login.healow.com","error":"ETIMEDOUT","retryInMs":5000}' % portal_ts())
    if c in (4, 5):
        ok = c == 4
        return T("portal_json", '{"ts":"' + portal_ts() + '","level":"' + ("info" if ok else "warn") + '","logger":"portal.auth","event":"' + ("auth.login.success" if ok else "auth.login.failed") + '","username":"«u»","clientIp":"«ip»","geo":{"city":"«city»","region":"IL","lat":«la»,"lon":«lo»},"mfa":"' + R.choice(["sms", "totp", "none"]) + '","userAgent":"' + R.choice(UA) + '"' + ("" if ok else ',"reason":"BAD_PASSWORD","attempt":' + str(R.randint(1, 5))) + '}',
                 u=OID(p.portal), ip=IP(p.ip), city=AD(p.city), la=AD(p.geo[0]), lo=AD(p.geo[1]))
    if c == 6:
        ap = appt_dt()
        return T("portal_json", '{"ts":"' + portal_ts() + '","level":"info","logger":"portal.appointments","event":"appointment.requested","patientId":"«m»","requestedSlot":"«s»","visitType":"' + R.choice(["Follow-up", "Annual physical", "Sick visit", "Telehealth"]) + '","providerNpi":"' + prov[2] + '","reason":"' + R.choice(["cough x 2 wks", "med refill", "knee pain", "follow up labs"]) + '"}',
                 m=MRN(p.mrn), s=DT(ap.strftime("%Y-%m-%dT%H:%M:00")))
    if c == 7:
        ln = Ln("portal_json")
        ln.a('{"ts":"' + portal_ts() + '","level":"error","logger":"portal.billing","event":"payment.declined","patientAccount":"').p(p.acct, "account")
        ln.a('","amount":' + "%.2f" % R.uniform(15, 400) + ',"card":"').p("XXXXXXXXXXXX" + card()[-4:], "account")
        ln.a('","gateway":"InstaMed","gatewayCode":"' + R.choice(["05", "51", "54"]) + '","message":"Do Not Honor"}')
        return ln
    if c == 8:
        ln = Ln("portal_json")
        ln.a('{"ts":"' + portal_ts() + '","level":"info","logger":"portal.profile","event":"profile.updated","patientId":"').p(p.mrn, "mrn")
        ln.a('","changes":{"mobilePhone":{"old":"').p(fmt_phone(p.home, 1), "phone").a('","new":"').p(fmt_phone(p.cell, 1), "phone")
        ln.a('"},"email":{"new":"').p(p.email, "email").a('"}},"actor":"self"}')
        return ln
    if c == 9:
        return T("portal_json", '{"ts":"' + portal_ts() + '","level":"info","logger":"portal.profile","event":"avatar.uploaded","username":"«u»","contentType":"image/jpeg","bytes":' + str(R.randint(30000, 90000)) + ',"preview":"data:image/jpeg;base64,«b»..."}',
                 u=OID(p.portal), b=PHO(jpeg_b64(R.randint(60, 110))))
    if c == 10:
        k = p.kin
        return T("portal_json", '{"ts":"' + portal_ts() + '","level":"info","logger":"portal.proxy","event":"proxy.granted","patientId":"«m»","proxyName":"«k»","relationship":"' + k[2][1].lower() + '","proxyEmail":"«e»","proxyId":"«pid»"}',
                 m=MRN(p.mrn), k=NM(f"{k[0]} {k[1]}"), e=EM(fold(k[0]).lower() + "." + fold(k[1]).lower().replace(" ", "").replace("'", "") + "@" + R.choice(MAILS)), pid=OID("PRX-" + digits(7)))
    # message received / sent
    body, keys = R.choice(MSG_BODIES) if body is None else MSG_BODIES[body]
    vals = {"prov": (prov[1], None), "first": (p.first, "name"), "drug": (R.choice(DRUGS)[0].split(" ")[0], None), "pharm": (R.choice(PHARM)[1], None),
            "cell": (fmt_phone(p.cell), "phone"), "kin": (f"{p.kin[0]} {p.kin[1]}", "name"), "kinph": (fmt_phone(p.kin_phone), "phone"), "full": (fl(p), "name"),
            "dob": (d_fmt(p.dob, R.choice(["us", "us_short", "us_nz"])), "date"),
            "appt": (d_fmt(appt_dt().date(), R.choice(["us", "md", "eu"])), "date"), "dob_long": (f"{p.dob.day} de " + ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][p.dob.month - 1] + f" de {p.dob.year}", "date"),
            "street": (p.street + (" " + p.unit if p.unit else ""), "address"), "city": (p.city, "address"), "zip": (p.zip, "zip"),
            "dev": (R.choice(["GX", "CV", "DX"]) + digits(7) + R.choice("KLMNP"), "device"),
            "url": ("https://sites.google.com/view/" + fold(p.first).lower().replace(" ", "") + "-bp-log", "url"),
            "url2": ("https://www.dropbox.com/s/" + hexs(15) + "/" + fold(p.last).replace(" ", "").replace("'", "") + "_appeal_letter.pdf?dl=0", "url"),
            "fax": (fmt_phone(phone_parts()), "fax"), "svc": (d_fmt(svc_dt((5, 40)).date(), "us_nz"), "date"),
            "card4": ("x" + card()[-4:], "account"), "acct": (p.acct, "account")}
    # build free-text with spans
    ln = Ln("portal_json")
    thread = "th_" + hexs(10)
    incoming = c == 11 or R.random() < 0.7
    if incoming:
        ln.a('{"ts":"' + portal_ts() + '","level":"info","logger":"portal.messaging","event":"message.received","threadId":"' + thread + '","patientId":"').p(p.mrn, "mrn")
        ln.a('","from":{"displayName":"').p(fl(p), "name").a('","username":"').p(p.portal, "other_id").a('"},"to":"' + f"pool:{R.choice(SITES)[0]}-{fold(prov[1]).upper()}" + '","subject":"' + R.choice(["question", "refill", "Appointment", "RE: lab results", "billing"]) + '","body":"')
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", body):
            ln.a(body[pos:m.start()])
            v, cat = vals[m.group(1)]
            ln.p(v, cat)
            pos = m.end()
        ln.a(body[pos:] + '","attachments":' + str(R.choice([0, 0, 1])) + "}")
    else:
        ln.a('{"ts":"' + portal_ts() + '","level":"info","logger":"portal.messaging","event":"message.sent","threadId":"' + thread + '","patientId":"').p(p.mrn, "mrn")
        ln.a('","from":{"staff":"' + R.choice(STAFF) + '"},"body":"Hi ').p(R.choice([p.first, f"Mr. {p.last}" if p.sex == "M" else f"Ms. {p.last}"]), "name")
        sd = svc_dt((3, 12)).date()
        ln.a(", Dr. " + prov[1] + " reviewed your labs from ").p(d_fmt(sd, R.choice(["md", "us_nz", "long"])), "date").a(R.choice([
            ". Everything looks stable; please continue your current medications.",
            ". Your A1c is a bit higher. Please schedule a follow-up in 4-6 weeks.",
            ". Please call the office at " + CLINIC_PH[R.choice(SITES)[0]] + " to discuss."]) + '"}')
    return ln


# ============================================================================= fax / OCR / DMS
def fax_ts():
    t = CL.tick()
    return f"{t:%m/%d/%Y %H:%M:%S}.{ms(t)}"


def blk_fax(kind=None):
    p = P()
    job = f"FX{CL.t:%y%m%d}-{R.randint(100, 999):04d}"
    doc_kind = R.choice(["rad", "rad", "ortho", "dme", "pip", "roi", "dl", "hosp"]) if kind is None else kind
    sender = {"rad": ("NW MEDICINE IMG", "3129261000", "Northwestern Medicine Imaging", "676 N St Clair St, Chicago, IL 60611"),
              "ortho": ("RUSH ORTHO", "3129425000", "Midwest Orthopaedics at Rush", "1611 W Harrison St, Chicago, IL 60612"),
              "hosp": ("ADVOCATE IL MASONIC", "7732963000", "Advocate Illinois Masonic Medical Center", "836 W Wellington Ave, Chicago, IL 60657"),
              "pip": ("STATE FARM CLAIMS", "8447329900", "State Farm Claims", "PO Box 106169, Atlanta, GA 30348"),
              "dme": ("APRIA HEALTHCARE", "8002777420", "Apria Healthcare", "7353 Company Dr, Indianapolis, IN 46237"),
              "roi": ("THE UPS STORE 4471", "7735550166", "", ""), "dl": ("", "", "", "")}[doc_kind]
    pages = R.randint(1, 6) if doc_kind not in ("dl", "roi") else R.randint(1, 2)
    if doc_kind == "dl":
        job = f"SC{CL.t:%y%m%d}-{R.randint(100, 999):04d}"
        host = R.choice(["ELM-FD03", "NGT-FD01", "CDR-FD02", "OPK-FD01"])
        out = [T("fax_service", f"{fax_ts()} [ScanInbound] INFO  Received scan jobid={job} device=fi-7160@{host} profile=\"ID Card\" pages={pages} dpi=300")]
    else:
        out = [T("fax_service", f"{fax_ts()} [FaxInbound] INFO  Received fax jobid={job} csid=\"{sender[0]}\" ani={sender[1]} pages={pages} dur={R.randint(30, 300)}s line={R.randint(1, 4)} res=fine")]
    out.append(T("fax_service", f"{fax_ts()} [OCR] INFO  job {job} p1-{pages} engine=Tesseract 5.3.3 lang=eng conf={R.uniform(0.78, 0.97):.2f} words={R.randint(90, 900)} elapsed={R.uniform(0.8, 9):.1f}s"))
    L = lambda _pg, _s, **k: out.append(T("ocr_text", f"[{job} p{_pg}] " + _s, **k))
    if sender[2]:
        L(1, sender[2].upper() + "    " + sender[3])
    ocr_name = lf(p)
    if R.random() < 0.3:  # OCR noise in name
        ocr_name = ocr_name.replace("l", "1", 1).replace("o", "0", 1)
    dob = d_fmt(p.dob, R.choice(["us", "us_nz", "dash_us"]))
    if R.random() < 0.25:
        dob = dob.replace("0", "O", 1)
    if doc_kind in ("rad", "hosp", "ortho"):
        L(1, "PATIENT: «n»      DOB: «d»      MRN: «m»", n=NM(ocr_name.upper()), d=DT(dob), m=MRN(str(R.randint(30000000, 39999999))))
        ed = svc_dt((1, 10)).date()
        if doc_kind == "rad":
            L(1, "EXAM DATE: «d»   EXAM: " + R.choice(["CT CHEST WITHOUT CONTRAST", "XR KNEE 3 VIEWS LEFT", "US ABDOMEN COMPLETE", "MAMMO SCREENING BILATERAL W/ TOMO"]), d=DT(d_fmt(ed, "us")))
            L(1, "ORDERING PHYSICIAN: " + R.choice(PROVS)[1].upper() + ", " + R.choice(PROVS)[0].upper() + " MD   CC: LAKESHORE PRIMARY CARE")
            L(2, R.choice(["IMPRESSION: 1. No acute cardiopulmonary process. 2. Stable 4 mm RUL nodule; no follow-up needed per Fleischner.",
                           "IMPRESSION: Mild tricompartmental osteoarthritis. No fracture or effusion.",
                           "IMPRESSION: BI-RADS 1: Negative. Recommend routine screening in 12 months."]))
        elif doc_kind == "hosp":
            ad = svc_dt((4, 12)).date()
            dd = ad + timedelta(days=R.randint(1, 5))
            L(1, "DISCHARGE SUMMARY   Admit: «a»   Discharge: «d»   Attending: Rebecca Hollins, MD", a=DT(d_fmt(ad, "us")), d=DT(d_fmt(dd, "us")))
            age = (f"{p.age}-year-old", "age") if p.age >= 90 else (f"{p.age}-year-old", None)
            L(1, "HPI: «n» is a «a» " + ("woman" if p.sex == "F" else "man") + " admitted with " + R.choice(["community acquired pneumonia.", "CHF exacerbation.", "syncope, likely orthostatic."]), n=NM(fl(p)), a=age)
            L(2, "Follow up with PCP within 7 days. Pt lives at «s», «c»; " + p.kin[2][1].lower() + " «k» («ph») to assist.", s=AD(p.street), c=AD(p.city), k=NM(p.kin[0] + " " + p.kin[1]), ph=PH(fmt_phone(p.kin_phone)))
        else:
            L(1, "DOS: «d»  Dx: M17.12 Unilateral primary OA, left knee", d=DT(d_fmt(ed, "us_nz")))
            L(2, "Plan: PT 2x/wk x 6 wks. Return 6 weeks. Cortisone injection given today, lot #R34521.")
    elif doc_kind == "dme":
        L(1, "CPAP COMPLIANCE REPORT   Patient: «n»   DOB «d»", n=NM(fl(p)), d=DT(dob))
        L(1, "Device: ResMed AirSense 11 AutoSet   SN: «s»   Usage >= 4h: 87% of nights", s=DEV(digits(11)))
        L(1, "Ins: " + p.payer[1] + "  Member ID: «mb»", mb=HP(p.member))
    elif doc_kind == "pip":
        L(1, "RE: Insured «n»   Claim No. «c»   Date of Loss «d»", n=NM(fl(p).upper()), c=OID(f"{R.randint(10, 17)}-{R.randint(1000, 9999)}{R.choice('ABCDEFGHJK')}{R.randint(100, 999)}"), d=DT(d_fmt(svc_dt((20, 90)).date(), "us")))
        L(1, "Vehicle: " + R.choice(["2017 Honda CR-V", "2020 Toyota Camry", "2015 Ford Escape", "2021 Kia Sorento"]) + "  VIN «v»   Plate IL «pl»", v=VEH(vin()), pl=VEH(R.choice(["CK", "DL", "BX", "GR"]) + " " + digits(5)))
        L(2, "Please forward all treatment records and itemized bills for dates of service after the accident.")
    elif doc_kind == "roi":
        L(1, "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION")
        L(1, "Name: «n»   Date of Birth: «d»   SSN (last 4): «s»", n=NM(fl(p)), d=DT(dob), s=SSN("xxx-xx-" + p.ssn[-4:]))
        L(1, "Send to: «a», «c», IL «z»   Fax: «f»", a=AD(p.street), c=AD(p.city), z=ZP(p.zip), f=FX(fmt_phone(phone_parts(), 0)))
        L(2, "Signature of patient or legal representative: ____________   Date: " + TODAY.strftime("%m/%d/%Y"))
    else:
        L(1, "ILLINOIS DRIVER'S LICENSE   DL NO «l»   CLASS D", l=LIC(f"{p.dl[:4]}-{p.dl[4:8]}-{p.dl[8:]}"))
        L(1, "«n»   «s» «c» IL «z»   DOB «d»", n=NM(f"{fold(p.last).upper()} {fold(p.first).upper()}"), s=AD(p.street.upper()), c=AD(p.city.upper()), z=ZP(p.zip), d=DT(d_fmt(p.dob, "us")))
    if sender[2]:
        L(pages, "CONFIDENTIALITY NOTICE: This facsimile contains privileged information intended only for the use of the addressee. If you received it in error, call " + ("(" + sender[1][:3] + ") " + sender[1][3:6] + "-" + sender[1][6:]))
    # indexing
    score = R.uniform(0.55, 0.99)
    docid = f"D-{CL.t:%Y%m%d}-{R.randint(1000, 999999):06d}"
    cat = {"rad": "Radiology", "hosp": "Hospital Records", "ortho": "Consult Notes", "dme": "DME", "pip": "Legal/Insurance", "roi": "Release of Information", "dl": "Patient ID"}[doc_kind]
    if score > 0.75:
        ln = Ln("dms_index_json")
        ln.a('{"docId":"' + docid + '","source":"' + ("SCAN" if doc_kind == "dl" else "FAX") + '","faxJob":"' + job + '","pages":' + str(pages) + ',"category":"' + cat + '","patient":{"acctNo":"').p(p.mrn, "mrn")
        ln.a('","name":"').p(f"{fold(p.last).upper()}, {fold(p.first).upper()}", "name").a('","dob":"').p(d_fmt(p.dob, "iso"), "date")
        ln.a('"},"matchScore":%.2f,"matchRule":"NAME+DOB","reviewQueue":false,"indexedBy":"auto","storage":"\\\\\\\\LPCP-FS02\\\\docs\\\\%s\\\\%s.pdf"}' % (score, CL.t.strftime("%Y\\\\%m"), docid))
        out.append(ln)
    else:
        out.append(T("dms_index_json", '{"docId":"' + docid + '","source":"' + ("SCAN" if doc_kind == "dl" else "FAX") + '","faxJob":"' + job + '","pages":' + str(pages) + ',"category":"' + cat + '","ocrName":"«n»","ocrDob":"«d»","matchScore":%.2f,"reviewQueue":true,"queue":"Unassigned Documents"}' % score,
                     n=NM(ocr_name), d=DT(dob)))
    return out


def fax_noise(force=None):
    c = R.randint(0, 5) if force is None else force
    job = f"FX{CL.t:%y%m%d}-{R.randint(100, 999):04d}"
    if c == 0:
        return T("fax_service", f"{fax_ts()} [FaxInbound] WARN  line {R.randint(1, 4)}: no carrier (T.30 phase B timeout), ani=unknown")
    if c == 1:
        return T("fax_service", f"{fax_ts()} [FaxOutbound] INFO  Sent jobid=FXO-{R.randint(100000, 999999)} to {R.choice(['3129261001', '8477235000', '6305270000'])} pages={R.randint(1, 9)} status=OK speed=14400")
    if c == 2:
        return T("fax_service", f"{fax_ts()} [OCR] ERROR job {job} p{R.randint(1, 5)}: image too skewed (angle {R.uniform(7, 25):.1f}°), falling back to manual indexing")
    if c == 3:
        return T("fax_service", f"{fax_ts()} [DocIndexer] INFO  queue=Unassigned Documents depth={R.randint(3, 140)} oldest={R.randint(1, 72)}h site={R.choice(SITES)[0]}")
    if c == 4:
        return T("ocr_text", f"[{job} p1] " + R.choice(["FAX COVER SHEET   DATE: " + TODAY.strftime("%m/%d/%Y") + "   PAGES (INCL COVER): " + str(R.randint(2, 8)),
                                                    "TO: Lakeshore Primary Care Partners   FAX: " + CLINIC_FX[R.choice(SITES)[0]] + "   ATTN: Medical Records",
                                                    "Page 1 of " + str(R.randint(2, 6)) + "      *** STAT ***"]))
    return T("fax_service", f"{fax_ts()} [DocIndexer] INFO  batch {R.randint(1000, 9999)} committed: {R.randint(1, 40)} docs, {R.randint(1, 200)} pages, {R.uniform(1, 60):.1f} MB to \\\\LPCP-FS02\\docs")


# ============================================================================= reminders
def rem_ts():
    t = CL.tick()
    return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}"


def reminders(force=None):
    p = P()
    c = R.randint(0, 11) if force is None else force
    site = R.choice(SITES)
    prov = R.choice(PROVS)
    ap = appt_dt((1, 3))
    if c == 0:
        q, f_ = R.randint(200, 600), R.randint(0, 9)
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] campaign APPT_48H site=ALL queued={q} sent={q - f_} failed={f_} optout={R.randint(0, 3)} elapsed={R.randint(20, 200)}s")
    if c == 1:
        return T("reminder_svc", f"{rem_ts()} WARN  [reminder-svc] Twilio 429 Too Many Requests (code 20429) on POST /2010-04-01/Accounts/AC{hexs(32)}/Messages.json; retry-after=1")
    if c == 2:
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] POST /twilio/status 200 {R.randint(2, 20)}ms body=\"SmsSid=SM{hexs(32)}&SmsStatus=delivered&MessageStatus=delivered&To=«to»&MessagingServiceSid=MG{hexs(32)}&AccountSid=AC{hexs(32)}&From=%2B17735550100&ApiVersion=2010-04-01\"",
                 to=PH("%2B1" + "".join(p.cell)))
    if c == 3:
        es = R.random() < 0.35
        if es:
            body = "Hola «f», le recordamos su cita con Dr(a). " + prov[1] + " el «d» a las " + ap.strftime("%I:%M %p").lstrip("0") + " en " + site[1] + ". Responda C para confirmar o R para reprogramar."
        else:
            body = "Hi «f», reminder: appt w/ Dr. " + prov[1] + " on «d» at " + ap.strftime("%I:%M%p").lstrip("0").lower() + " at LPCP " + site[1] + ". Reply C to confirm, R to reschedule. Reply STOP to opt out."
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] queued sms appt=APT{R.randint(990000, 999999):07d} to=«to» lang={'es' if es else 'en'} body=\"" + body + "\"",
                 to=PH(fmt_phone(p.cell, 3)), f=NM(p.first), d=DT(ap.strftime("%a %m/%d") if not es else ap.strftime("%d/%m")))
    if c == 4:
        rep, res = R.choice([("C", "CONFIRMED"), ("c", "CONFIRMED"), ("Confirm", "CONFIRMED"), ("yes", "CONFIRMED"), ("R", "RESCHEDULE_REQUESTED"), ("r pls", "RESCHEDULE_REQUESTED")])
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] inbound sms from «fr» body=\"{rep}\" matched appt=APT{R.randint(990000, 999999):07d} patient=«m» -> {res}",
                 fr=PH(fmt_phone(p.cell, 3)), m=MRN(p.mrn))
    if c == 5:
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] opt-out recorded for «ph» keyword=STOP carrier=T-Mobile", ph=PH(fmt_phone(p.cell, 2)))
    if c in (6, 7):
        res = R.choice(["ANSWERED_HUMAN|CONFIRMED", "ANSWERED_MACHINE|MSG_LEFT", "NO_ANSWER|RETRY", "BUSY|RETRY", "ANSWERED_HUMAN|CANCEL_REQUESTED"])
        return T("ivr_pipe", f"{CL.tick():%Y%m%d|%H%M%S}|APPT_48H|«ph»|«n»|«d»|{fold(prov[1]).upper()}|{site[0]}|{res}|00:00:{R.randint(5, 59):02d}",
                 ph=PH("".join(p.home)), n=NM(f"{fold(p.last).upper()},{fold(p.first).upper()}"), d=DT(ap.strftime("%m/%d/%Y %H:%M")))
    if c == 8:
        return T("ivr_pipe", f"{CL.tick():%Y%m%d|%H%M%S}|SUMMARY|APPT_48H|dialed={R.randint(100, 400)}|human={R.randint(30, 150)}|machine={R.randint(30, 150)}|noans={R.randint(5, 60)}|trunk=SIP-ELM-01|asr=0.{R.randint(40, 80)}")
    if c == 9:
        return T("reminder_svc", f"{rem_ts()} ERROR [reminder-svc] Twilio 21211 Invalid 'To' Phone Number for appt=APT{R.randint(990000, 999999):07d} (value='«ph»') patient=«m»",
                 ph=PH(fmt_phone(p.cell, 2)[:-1]), m=MRN(p.mrn))
    if c == 10:
        return T("reminder_svc", f"{rem_ts()} INFO  [reminder-svc] voice call CA{hexs(32)} completed duration={R.randint(8, 60)}s answeredBy={R.choice(['human', 'machine_end_beep', 'unknown'])} price=-0.0140 USD")
    return T("reminder_svc", f"{rem_ts()} DEBUG [reminder-svc] template appt_reminder_v7 rendered in {R.randint(1, 9)}ms (locale={R.choice(['en-US', 'es-US', 'vi-VN', 'pl-PL'])}, cache=hit)")


def blk_reminder_csv():
    out = [T("reminder_csv", "appt_id,appt_date,appt_time,patient_last,patient_first,dob,mobile,email,pref_lang,provider,location")]
    for _ in range(R.randint(3, 5)):
        p = P()
        ap = appt_dt((2, 2))
        prov = R.choice(PROVS)
        ln = Ln("reminder_csv")
        ln.a(f"APT{R.randint(990000, 999999):07d},").p(ap.strftime("%Y-%m-%d"), "date").a("," + ap.strftime("%H:%M") + ",")
        last = p.last if "," not in p.last else f'"{p.last}"'
        ln.p(last, "name").a(",").p(p.first, "name").a(",").p(d_fmt(p.dob, "us"), "date").a(",")
        if R.random() < 0.85:
            ln.p(fmt_phone(p.cell, 2), "phone")
        ln.a(",")
        if R.random() < 0.6:
            ln.p(p.email, "email")
        ln.a("," + R.choice(["en", "en", "es", "vi", "pl", "ar"]) + "," + fold(prov[1]) + "," + R.choice(SITES)[0])
        out.append(ln)
    return out


# ============================================================================= IIS
IIS_HDR = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]


def iis_line(method, stem, query, user, cip, ua, status, ref="-", port=443, sip="10.20.1.15"):
    """returns Ln; query/user/cip may be tuples"""
    t = utc(CL.tick())
    ln = Ln("iis_w3c")
    ln.a(f"{t:%Y-%m-%d %H:%M:%S} {sip} {method} {stem} ")
    for part in (query if isinstance(query, list) else [query]):
        if isinstance(part, tuple):
            ln.p(*part)
        else:
            ln.a(part)
    ln.a(f" {port} ")
    ln.p(*user) if isinstance(user, tuple) else ln.a(user)
    ln.a(" ")
    ln.p(*cip) if isinstance(cip, tuple) else ln.a(cip)
    ln.a(f" {ua.replace(' ', '+')} {ref} {status} 0 0 {R.randint(2, 900) if status != 500 else R.randint(1000, 30000)}")
    return ln


def iis(force=None):
    c = R.randint(0, 12) if force is None else force
    p = P()
    lan = f"10.20.{R.randint(1, 9)}.{R.randint(20, 240)}"
    if c == 0:
        return T("iis_w3c", R.choice(IIS_HDR) if R.random() < 0.5 else f"#Date: {utc(CL.t):%Y-%m-%d %H:%M:%S}")
    if c == 1:
        return iis_line("GET", "/mobiledoc/jsp/webemr/login/newLogin.jsp", "-", "-", lan, UA[1], 200)
    if c == 2:
        return iis_line("GET", "/healthcheck", "-", "-", "10.20.1.5", "ELB-HealthChecker/2.0", 200, port=80)
    if c == 3:
        return iis_line("POST", "/mobiledoc/jsp/webemr/toppanel/refreshSession.jsp", f"sessionDID={R.randint(10000, 99999)}&TrUserId={R.randint(100, 999)}", f"LPCP\\{R.choice(STAFF)}", lan, UA[1], 200)
    if c == 4:
        return iis_line("GET", "/mobiledoc/jsp/webemr/patients/getPatientDemographics.jsp", ["patientId=", (p.mrn, "mrn"), "&encounterId=", (p.enc, "other_id"), f"&sessionDID={R.randint(10000, 99999)}"], f"LPCP\\{R.choice(STAFF)}", lan, UA[1], 200)
    if c == 5:
        return iis_line("GET", "/mobiledoc/jsp/catalog/xml/getPatientInfo.jsp", ["lname=", (fold(p.last).replace(" ", "%20").replace("'", "%27"), "name"), "&fname=", (fold(p.first).replace(" ", "%20"), "name"), "&dob=", (d_fmt(p.dob, "us").replace("/", "%2F"), "date")], f"LPCP\\{R.choice(STAFF)}", lan, UA[1], 200)
    if c in (6, 7):
        return iis_line(R.choice(["GET", "POST"]), R.choice(["/patientportal/api/v2/messages", "/patientportal/api/v2/appointments", "/patientportal/api/v2/labs/released", "/patientportal/api/v2/statements"]), "-", (p.portal, "other_id"), (p.ip, "ip"), R.choice(UA), R.choice([200, 200, 200, 304, 401]))
    if c == 8:
        return iis_line("GET", "/patientportal/api/v2/documents/download", [f"docId=D-{TODAY:%Y%m%d}-{R.randint(1000, 999999):06d}&token=", hexs(24)], (p.portal, "other_id"), (p.ip, "ip"), R.choice(UA), 200)
    if c == 9:
        return iis_line("GET", "/mobiledoc/jsp/webemr/scheduling/getResourceSchedule.jsp", f"date={(TODAY + timedelta(days=R.randint(0, 5))):%m/%d/%Y}&facilityId={R.randint(1, 4)}&providerId={R.randint(100, 140)}".replace("/", "%2F"), f"LPCP\\{R.choice(STAFF)}", lan, UA[1], 200)
    if c == 10:
        return iis_line("POST", "/mobiledoc/jsp/webemr/billing/SubmitClaims.jsp", "-", f"LPCP\\{R.choice(STAFF)}", lan, UA[1], 500)
    if c == 11:
        return iis_line("GET", "/wp-login.php", "-", "-", f"{R.choice([45, 185, 193, 91])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "Mozilla/5.0 zgrab/0.x", 404)
    return iis_line("GET", "/mobiledoc/Scripts/ecw.bundle.min.js", f"v=12.0.2.{R.randint(100, 999)}", "-", lan, UA[1], 304)


# ============================================================================= Windows
def win_csv(level, src, eid, task, msg):
    t = CL.tick()
    h = t.hour % 12 or 12
    return f'{level},{t.month}/{t.day}/{t.year} {h}:{t:%M:%S} {"AM" if t.hour < 12 else "PM"},{src},{eid},{task},"{msg}"'


def windows(force=None):
    c = R.randint(0, 13) if force is None else force
    p = P()
    host = R.choice(["LPCP-APP01", "LPCP-APP02", "ELM-FD03", "NGT-FD01", "CDR-KIOSK2", "LPCP-SQL01"])
    if c == 0:
        return T("win_eventlog_csv", win_csv("Information", "Service Control Manager", 7036, "None", f"The {R.choice(['eClinicalWorks APU', 'eCW Fax Service', 'Mirth Connect Service', 'SQL Server Agent (MSSQLSERVER)', 'Print Spooler'])} service entered the {R.choice(['running', 'stopped'])} state."))
    if c == 1:
        return T("win_eventlog_csv", win_csv("Error", "Service Control Manager", 7031, "None", f"The eCW Fax Service service terminated unexpectedly.  It has done this {R.randint(1, 4)} time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service."))
    if c == 2:
        return T("win_eventlog_csv", win_csv("Warning", "Microsoft-Windows-Time-Service", 36, "None", "The time service has not synchronized the system time for 86400 seconds because none of the time service providers provided a usable time stamp."))
    if c == 3:
        return T("win_eventlog_csv", win_csv("Error", "Application Error", 1000, "(100)", f"Faulting application name: eCWPrintService.exe, version: 12.0.2.{R.randint(100, 999)}, time stamp: 0x{hexs(8)} Faulting module name: ntdll.dll, version: 10.0.17763.5458, exception code: 0xc0000374, fault offset: 0x00000000000ff8f9"))
    if c == 4:
        return T("win_eventlog_csv", win_csv("Audit Failure", "Microsoft-Windows-Security-Auditing", 4625, "Logon", f"An account failed to log on. Account Name: {R.choice(STAFF)} Account Domain: LPCP Failure Reason: Unknown user name or bad password. Workstation Name: {host} Source Network Address: 10.20.{R.randint(1, 9)}.{R.randint(20, 240)}"))
    if c == 5:
        return _print_fail(p)
    if c == 6:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [PatientSecure.Service] INFO  palm template enrolled MRN=«m» hand=R quality=0{R.randint(70, 99)} template=«b»",
                 m=MRN(p.mrn), b=BIO(base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(48, 72)))).decode()))
    if c == 7:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [PatientSecure.Service] WARN  kiosk {host} palm scanner {R.choice(['M2-FV', 'PV-200'])} s/n {R.randint(10000000, 99999999)} read timeout ({R.randint(1000, 5000)} ms), retrying")
    if c == 8:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [eCWAPUService] INFO  APU sync completed: {R.randint(1, 400)} records pushed, {R.randint(0, 5)} conflicts, build 12.0.2.{R.randint(100, 999)}")
    if c == 9:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [ScanAgent] INFO  TWAIN source 'fi-7160' on {host} acquired {R.randint(1, 20)} pages at 300dpi -> \\\\LPCP-FS02\\scans\\{host}\\{hexs(8)}.tif")
    if c == 10:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [ScanAgent] INFO  card scan saved for patientId=«m»: insurance front/back, member «mb»",
                 m=MRN(p.mrn), mb=HP(p.member))
    if c == 13:
        return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [KioskCam] INFO  check-in photo captured for patientId=«m» ({R.randint(18, 60)} KB) jpeg_b64=«b»...[truncated]",
                 m=MRN(p.mrn), b=PHO(jpeg_b64(R.randint(70, 120))))
    if c == 11:
        return T("win_eventlog_csv", win_csv("Information", "MSSQLSERVER", 17137, "Server", f"Starting up database 'mobiledoc_archive'."))
    return _print_warn(p)


def _print_fail(p):
    return T("win_service_log", f"{CL.tick():%m/%d/%Y %H:%M:%S} [eCWPrintService] ERROR Print job {R.randint(1000, 9999)} 'Referral_«n»_«d».pdf' failed on \\\\{R.choice(['ELM-PRN02', 'NGT-PRN01', 'CDR-PRN03'])}\\Ricoh_IM_C3000: 0x0000070A (printer offline)",
             n=NM(f"{fold(p.last).upper().replace(' ', '')}_{fold(p.first).upper().replace(' ', '')}"), d=DT(p.dob.strftime("%m%d%Y")))


def _print_warn(p):
    return T("win_eventlog_csv", win_csv("Warning", "Microsoft-Windows-PrintService", 372, "Printing a document",
                                         "The document Visit_Summary_«n».pdf, owned by " + R.choice(STAFF) + ", failed to print on printer Ricoh_IM_C3000. Win32 error code returned by the print processor: 1804."),
             n=NM(fold(p.first) + "_" + fold(p.last).replace(" ", "")))


# ============================================================================= SQL Server
def sql_ts(t=None):
    t = t or CL.tick()
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 10000:02d}"


def sql_errorlog(force=None):
    c = R.randint(0, 8) if force is None else force
    spid = f"spid{R.randint(51, 140)}"
    if c == 0:
        return T("mssql_errorlog", f"{sql_ts()} {spid:<11} DBCC CHECKDB (mobiledoc) WITH all_errormsgs, no_infomsgs executed by LPCP\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours {R.randint(5, 40)} minutes {R.randint(0, 59)} seconds.  Internal database snapshot has split point LSN = 0004a1f2:000{R.randint(10, 99)}e8:0001 and first LSN = 0004a1f2:000{R.randint(10, 99)}e0:0001.")
    if c == 1:
        return T("mssql_errorlog", f"{sql_ts()} Backup      Database backed up. Database: mobiledoc, creation date(time): 2019/03/02(14:21:07), pages dumped: {R.randint(4000000, 6000000)}, first LSN: 302451:{R.randint(1000, 9999)}:1, last LSN: 302451:{R.randint(1000, 9999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\LPCP-BAK01\\sql\\mobiledoc_FULL_{CL.t:%Y%m%d}_0200.bak'}}). This is an informational message only. No user action is required.")
    if c == 2:
        return T("mssql_errorlog", f"{sql_ts()} Logon       Login failed for user 'ecwreport'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.{R.randint(1, 9)}.{R.randint(20, 240)}]")
    if c == 3:
        return T("mssql_errorlog", f"{sql_ts()} Logon       Error: 18456, Severity: 14, State: 8.")
    if c == 4:
        return T("mssql_errorlog", f"{sql_ts()} {spid:<11} SQL Server has encountered {R.randint(1, 9)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\mobiledoc.mdf] in database id 7.")
    if c == 5:
        return T("mssql_errorlog", f"{sql_ts()} {spid:<11} Setting database option RECOVERY to FULL for database 'popHealthStage'.")
    if c == 6:
        return T("mssql_errorlog", f"{sql_ts()} {spid:<11} Error: 1205, Severity: 13, State: 51.")
    if c == 7:
        return T("mssql_errorlog", f"{sql_ts()} {spid:<11} AppDomain {R.randint(2, 9)} (mobiledoc.dbo[runtime].{R.randint(1, 9)}) unloaded.")
    return T("mssql_errorlog", f"{sql_ts()} Server      Using 'dbghelp.dll' version '4.0.5'")


def blk_deadlock_1222():
    p = P()
    t = CL.tick()
    pre = f"{sql_ts(t)} spid{R.randint(20, 30)}s    "
    v, o = "process" + hexs(12), "process" + hexs(12)
    out = []
    E = lambda _s, **k: out.append(T("mssql_errorlog", pre + _s, **k))
    E("deadlock-list")
    E(f" deadlock victim={v}")
    E("  process-list")
    E(f"   process id={v} taskpriority=0 logused=0 waitresource=KEY: 7:72057594{R.randint(10000000, 99999999)}0 ({hexs(12)}) waittime={R.randint(1000, 5000)} ownerId={R.randint(90000000, 99999999)} transactionname=user_transaction lasttranstarted={t:%Y-%m-%dT%H:%M:%S}.587 XDES=0x{hexs(11)} lockMode=U schedulerid={R.randint(1, 8)} kpid={R.randint(1000, 9999)} status=suspended spid={R.randint(51, 140)} sbid=0 ecid=0 priority=0 trancount=2 clientapp=eClinicalWorks hostname={R.choice(['ELM-FD03', 'NGT-FD01', 'CDR-FD02'])} hostpid={R.randint(1000, 9999)} loginname=ecwapp isolationlevel=read committed (2) xactid={R.randint(90000000, 99999999)} currentdb=7 currentdbname=mobiledoc lockTimeout=4294967295")
    E("    executionStack")
    E(f"     frame procname=mobiledoc.dbo.usp_UpdateApptStatus line={R.randint(20, 90)} stmtstart={R.randint(1000, 3000)} stmtend={R.randint(3001, 5000)} sqlhandle=0x0300070{hexs(40)}")
    E("UPDATE enc SET status = @status, modifiedDate = GETDATE() WHERE encounterID = @encId")
    E("    inputbuf")
    if R.random() < 0.5:
        E("exec dbo.usp_UpdateApptStatus @encId=«e», @patientId=«m», @status=N'ARR'", e=OID(p.enc), m=MRN(p.mrn))
    else:
        E("exec dbo.usp_PatientLookup @lname=N'«l»', @fname=N'«f»', @dob='«d»'", l=NM(p.last.replace("'", "''")), f=NM(p.first), d=DT(d_fmt(p.dob, "iso")))
    E(f"   process id={o} taskpriority=0 logused={R.randint(1000, 90000)} waitresource=KEY: 7:72057594{R.randint(10000000, 99999999)}0 ({hexs(12)}) waittime={R.randint(1000, 5000)} lockMode=X status=suspended spid={R.randint(51, 140)} clientapp=eCW Billing Batch hostname=LPCP-APP02 loginname=ecwbatch isolationlevel=read committed (2) currentdbname=mobiledoc")
    E("    inputbuf")
    E("Proc [Database Id = 7 Object Id = " + str(R.randint(100000000, 2000000000)) + "]")
    return out


def xe_deadlock():
    p = P()
    t = utc(CL.tick())
    ln = Ln("mssql_deadlock_xml")
    ln.a(f'<event name="xml_deadlock_report" package="sqlserver" timestamp="{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z"><data name="xml_report"><value><deadlock><victim-list><victimProcess id="process{hexs(12)}" /></victim-list><process-list><process id="process{hexs(12)}" taskpriority="0" logused="0" waitresource="KEY: 7:72057594{R.randint(10000000, 99999999)}0 ({hexs(12)})" waittime="{R.randint(900, 4000)}" lockMode="S" isolationlevel="read committed (2)" clientapp="PopHealthExport" hostname="LPCP-APP01" loginname="svc_pophealth"><inputbuf>')
    if R.random() < 0.5:
        ln.a("SELECT p.patientId, p.lname, p.fname, p.dob FROM patients p WHERE p.patientId = ").p(p.mrn, "mrn")
    else:
        ln.a("UPDATE users SET ulname = N&apos;").p(p.last.replace("'", "&apos;&apos;"), "name").a("&apos;, dob = &apos;").p(d_fmt(p.dob, "us"), "date").a("&apos; WHERE uid = ").p(p.mrn, "mrn")
    ln.a(f'</inputbuf></process></process-list><resource-list><keylock hobtid="72057594{R.randint(10000000, 99999999)}0" dbid="7" objectname="mobiledoc.dbo.patients" indexname="PK_patients" mode="X" /></resource-list></deadlock></value></data></event>')
    return ln


def blk_agent():
    job, step = R.choice([("LPCP - Nightly PopHealth Extract", "Stage rows"), ("DBA - IndexOptimize - USER_DATABASES", "IndexOptimize"), ("LPCP - Reminder Feed", "Stage rows"),
                          ("DBA - DatabaseBackup - FULL", "DatabaseBackup"), ("LPCP - Portal Statement Sync", "Run export")])
    t = CL.tick()
    dur = (R.randint(0, 40), R.randint(0, 59))
    out = [T("sqlagent_job", f"{sql_ts(t)} Job '{job}' : Step {R.randint(1, 2)}, '{step}' : Began Executing {t:%Y-%m-%d %H:%M:%S}")]
    if "PopHealth" in job or "Reminder" in job:
        p = P()
        if R.random() < 0.6:
            out.append(T("sqlagent_job", f"Executed as user: LPCP\\svc_sqlagent. Msg 2627, Level 14, State 1: Violation of PRIMARY KEY constraint 'PK_phStage'. Cannot insert duplicate key in object 'dbo.phStage'. The duplicate key value is («m», «d»). [SQLSTATE 23000] (Error 2627).  The step failed.",
                         m=MRN(p.mrn), d=DT(svc_dt((0, 30)).strftime("%Y-%m-%d"))))
        else:
            out.append(T("sqlagent_job", f"Executed as user: LPCP\\svc_sqlagent. Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153)  Rows staged: {R.randint(10000, 60000)} [SQLSTATE 01000] (Message 0).  The step succeeded."))
    else:
        out.append(T("sqlagent_job", f"Executed as user: LPCP\\svc_sqlagent. Date and time: {t:%Y-%m-%d %H:%M:%S}  Server: LPCP-SQL01  Version: 15.0.4355.3  Edition: Standard Edition (64-bit)  Procedure: [master].[dbo].[{step if step in ('IndexOptimize', 'DatabaseBackup') else 'usp_PortalStatementSync'}]  Outcome: Succeeded  Duration: 00:{dur[0]:02d}:{dur[1]:02d}.  Process Exit Code 0.  The step succeeded."))
    out.append(T("sqlagent_job", f"{sql_ts()} Job '{job}' completed with outcome {'Failed' if 'step failed' in out[-1].b.decode() else 'Succeeded'} (duration {dur[0]}m {dur[1]}s, run_id {R.randint(100000, 999999)})"))
    return out


# ============================================================================= Python pophealth
def py(level, logger, msg):
    t = CL.tick(1, 8)
    return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} - {logger} - {level} - {msg}"


def blk_pophealth_start():
    run = f"ph-{CL.t:%Y%m%d-%H%M}"
    return [T("py_logging", py("INFO", "pophealth", f"pophealth-export 2.7.3 starting (run_id={run}, measures=CDC-A1C9,CBP,BCS-E,COL-E, dry_run=False)")),
            T("py_logging", py("INFO", "pophealth.db", "connecting mssql+pyodbc://svc_pophealth@LPCP-SQL01:1433/mobiledoc?driver=ODBC+Driver+18+for+SQL+Server&Encrypt=yes")),
            T("py_logging", py("INFO", "pophealth.extract", f"extracted {R.randint(45000, 49000)} active patients, {R.randint(200000, 230000)} encounters, {R.randint(90000, 120000)} lab results ({R.uniform(8, 20):.2f}s)")),
            T("py_logging", py("DEBUG", "urllib3.connectionpool", "Starting new HTTPS connection (1): api.metrochicagohie.org:443"))]


def pophealth(force=None):
    p = P()
    c = R.randint(0, 9) if force is None else force
    if c == 0:
        ld = svc_dt((180, 400)).date()
        return T("py_logging", py("WARNING", "pophealth.measures", "patient_id=«m» «n»: last HbA1c «d» older than 6 months -> gap CDC-A1C9"),
                 m=MRN(p.mrn), n=NM(lf(p)), d=DT(ld.isoformat()))
    if c == 1:
        return T("py_logging", py("WARNING", "pophealth.measures", "dob missing/invalid for patient_id=«m» (raw=«d») - excluded from age-based denominators"),
                 m=MRN(p.mrn), d=DT(repr(f"{p.dob.month:02d}/{30 if p.dob.month == 2 else 31}/{p.dob.year}")))
    if c == 2:
        return T("py_logging", py("INFO", "pophealth.measures", f"CBP: denominator={R.randint(8000, 12000)} numerator={R.randint(5000, 8000)} exclusions={R.randint(100, 900)} rate=0.{R.randint(55, 79)}"))
    if c == 3:
        return T("py_logging", py("DEBUG", "urllib3.connectionpool", f'https://api.metrochicagohie.org:443 "POST /v1/attribution/batch HTTP/1.1" {R.choice([200, 200, 202, 429])} {R.randint(50, 900)}'))
    if c == 4 and OLD:
        o = R.choice(OLD)
        return T("py_logging", py("INFO", "pophealth.measures", "COL-E exclusion: patient_id=«m» age=«a» (>=86 w/ frailty)"), m=MRN(o.mrn), a=AG(str(o.age)))
    if c == 5:
        return T("py_logging", py("INFO", "pophealth.sftp", f"uploaded pophealth_{CL.t:%Y%m%d}.csv to sftp://sftp.metrochicagohie.org/inbound/lpcp/ ({R.uniform(5, 12):.1f} MiB, sha256={hexs(64)})"))
    if c == 6:
        return T("py_logging", py("INFO", "paramiko.transport", "Authentication (publickey) successful!"))
    if c == 7:
        return T("py_logging", py("ERROR", "pophealth.hie", "attribution rejected for member «mb» («n», dob «d»): 'member not found for payer " + p.payer[2] + "'"),
                 mb=HP(p.member), n=NM(f"{fold(p.last).upper()}^{fold(p.first).upper()}"), d=DT(d_fmt(p.dob, "hl7")))
    if c == 8:
        return T("py_logging", py("INFO", "pophealth.export", f"chunk {R.randint(1, 48)}/48 written ({R.randint(900, 1100)} rows, {R.randint(40, 900)} ms)"))
    return T("py_logging", py("WARNING", "pophealth.geo", "zip «z» for patient_id=«m» not in HUD crosswalk; county set to NULL", ), z=ZP(p.zip), m=MRN(p.mrn))


def blk_pandas_warning():
    return [T("py_logging", "/opt/pophealth/venv/lib/python3.11/site-packages/pandas/core/indexing.py:1773: SettingWithCopyWarning: "),
            T("py_logging", "A value is trying to be set on a copy of a slice from a DataFrame."),
            T("py_logging", "Try using .loc[row_indexer,col_indexer] = value instead"),
            T("py_logging", "  self._setitem_single_column(ilocs[0], value, pi)")]


def blk_traceback():
    p = P()
    bad = f"{p.dob.year}-{p.dob.month:02d}-{p.dob.day:02d}"
    return [T("py_logging", py("ERROR", "pophealth.measures", "age_at() failed for row «i»", ), i=MRN(p.mrn)),
            T("python_traceback", "Traceback (most recent call last):"),
            T("python_traceback", '  File "/opt/pophealth/pophealth/measures.py", line 214, in age_at'),
            T("python_traceback", '    dob = datetime.strptime(row["dob"], "%m/%d/%Y").date()'),
            T("python_traceback", '  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime'),
            T("python_traceback", "    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"),
            T("python_traceback", "ValueError: time data '«d»' does not match format '%m/%d/%Y'", d=DT(bad))]


def blk_pophealth_csv():
    out = [T("pophealth_csv", "patient_id,last_name,first_name,dob,sex,zip,payer_id,member_id,pcp_npi,measure,numerator,last_result,last_result_date,gap")]
    for _ in range(R.randint(4, 7)):
        p = P()
        meas = R.choice(["CDC-A1C9", "CBP", "BCS-E", "COL-E"])
        ln = Ln("pophealth_csv")
        ln.p(p.mrn, "mrn").a(",")
        ln.p(f'"{p.last}"' if " " in p.last else p.last, "name").a(",").p(p.first, "name").a(",").p(d_fmt(p.dob, "iso"), "date").a("," + p.sex + ",").p(p.zip, "zip")
        ln.a("," + p.payer[2] + ",").p(p.member, "health_plan").a("," + R.choice(PROVS)[2] + "," + meas + "," + R.choice(["0", "1"]) + ",")
        if R.random() < 0.8:
            ln.a({"CDC-A1C9": "%.1f" % R.uniform(5.5, 11), "CBP": f"{R.randint(110, 170)}/{R.randint(60, 100)}", "BCS-E": "NEG", "COL-E": "FIT-NEG"}[meas] + ",")
            ln.p(svc_dt((10, 300)).strftime("%Y-%m-%d"), "date")
        else:
            ln.a(",")
        ln.a("," + R.choice(["Y", "N"]))
        out.append(ln)
    return out


def blk_hie_pipe():
    out = []
    for _ in range(R.randint(2, 4)):
        p = P()
        ln = Ln("pophealth_pipe")
        ln.p(p.mrn, "mrn").a("|").p(fold(p.last).upper(), "name").a("|").p(fold(p.first).upper(), "name").a("|").p(d_fmt(p.dob, "hl7"), "date").a("|" + p.sex + "|")
        ln.p(p.zip, "zip").a("|" + p.payer[0] + "|").p(p.member, "health_plan").a("|" + R.choice(["E11.9", "I10", "J44.9", "E78.5", "F32.A"]) + "|")
        ln.a("%.1f" % R.uniform(5.5, 11) + "|").p(svc_dt((10, 200)).strftime("%Y%m%d"), "date")
        out.append(ln)
    out.append(T("pophealth_pipe", f"TRAILER|LPCP|{R.randint(40000, 49000)}|{TODAY:%Y%m%d}|{hexs(40)}"))
    return out


# ============================================================================= X12 270/271
def blk_x12():
    p = P()
    t = CL.tick()
    ctl = f"{R.randint(100000000, 999999999)}"
    kind = R.choice(["270", "271"])
    out = [T("x12_270_271", f"ISA*00*          *00*          *ZZ*LPCP           *ZZ*{'AVAILITY      ' if R.random() < 0.6 else 'CHANGEHC      '} *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~"),
           T("x12_270_271", f"GS*HS*LPCP*AVAILITY*{t:%Y%m%d}*{t:%H%M}*{R.randint(1000, 9999)}*X*005010X279A1~"),
           T("x12_270_271", f"ST*{kind}*0001*005010X279A1~"),
           T("x12_270_271", f"BHT*0022*{'13' if kind == '270' else '11'}*{hexs(10).upper()}*{t:%Y%m%d}*{t:%H%M%S}~"),
           T("x12_270_271", f"NM1*PR*2*{p.payer[1]}*****PI*{p.payer[2]}~"),
           T("x12_270_271", f"NM1*1P*2*LAKESHORE PRIMARY CARE PARTNERS*****XX*1932104471~")]
    out.append(T("x12_270_271", "NM1*IL*1*«l»*«f»****MI*«m»~", l=NM(fold(p.last).upper()), f=NM(fold(p.first).upper()), m=HP(p.member)))
    if kind == "271" and R.random() < 0.5:
        out.append(T("x12_270_271", "N3*«s»~", s=AD(p.street.upper())))
        out.append(T("x12_270_271", "N4*«c»*IL*«z»~", c=AD(p.city.upper()), z=ZP(p.zip)))
    out.append(T("x12_270_271", f"DMG*D8*«d»*{p.sex}~", d=DT(d_fmt(p.dob, "hl7"))))
    out.append(T("x12_270_271", "DTP*291*D8*«d»~", d=DT(TODAY.strftime("%Y%m%d"))))
    if kind == "270":
        out.append(T("x12_270_271", "EQ*30~"))
    else:
        out.append(T("x12_270_271", f"EB*1*IND*30**{R.choice(['PPO', 'HMO', 'MB', 'MC'])}~"))
        out.append(T("x12_270_271", f"EB*B*IND*98***23*{R.choice(['25', '30', '40'])}~"))
    out.append(T("x12_270_271", f"SE*{len(out) - 1}*0001~"))
    return out


# ============================================================================= help desk
HD_PHI = [
    "pt {full} dob {dob} says <she> booked on portal for {appt} but it is not on the schedule. <her> # {cell}",
    "cant merge duplicate charts for {lf} - one has dob {dob} other has {dob2}. which one do i keep??",
    "Portal locked for patient {full}, username {user}. <She> tried like 10 times. pls reset",
    "{upper} called angry, statement went to old address. new addr {street} {city} {zip}. billing says i cant change it?",
    "scanner at checkin 2 cut off the bottom of insurance card for {lf}, member id {member} missing from chart",
    "pt is {age} and hard of hearing, reminder calls go to landline {home} but <he> wants them to <his> {kinrel} {kin} {kinph}",
    "eRx for {full} keeps failing at pharmacy, they say DOB doesnt match ({dob}). we have it right in chart",
    "patient {lf} ({mrn}) wants <his> SSN removed from the chart, it shows on the face sheet {ssn}",
    "parking lot: patient {full} car {plate} was blocked in by delivery truck, <she> wants a manager to call {cell}",
    "fax for {full} (dob {dob}) went to wrong chart, acct {mrn}. pls move to right pt",
    "pt wants records faxed to <her> home fax {fax} not email. whats the process",
    "pt {full} says <her> portal shows wrong photo, <she> sent us <her> facebook {url} to compare?? not sure what to do",
    "kiosk did not take palm scan for {full}, mrn {mrn}, asked <him> to use DL instead DL# {dl}",
]
HD_NOPHI = [
    "printer at checkin 2 ({site}-PRN02) jamming again, 3rd time this week",
    "scanner says TWAIN source not found on {site}-FD01 after windows update",
    "eCW very slow this morning at {sitename}, takes 30 sec to open a chart",
    "phones: line 3 at {sitelow} rings but no audio. vendor ticket #{vt}",
    "need access to Billing > Claims for new hire (start monday) - manager approved",
    "label printer Zebra GK420d printing blank labels. changed roll already",
    "reminder texts went out twice for tomorrow's schedule at {sitename}",
    "Citrix session keeps disconnecting on {site}-FD01, error 1030",
    "signature pad Topaz T-LBK462 not detected after reboot",
    "portal says 'service unavailable' for everyone since 9am?",
]


def helpdesk(force=None):
    t = CL.tick()
    tid = f"HD-{R.randint(20800, 21999)}"
    staff = R.choice(STAFF)
    site = R.choice(SITES)
    prio = R.choice(["P2", "P3", "P3", "P4", "P1"])
    head = f"{tid} | {t:%Y-%m-%d %H:%M} | {staff}@lakeshorepc.org | {site[1]} Front Desk | {prio} | "
    if force is None and R.random() < 0.42 or force == -1:
        txt = R.choice(HD_NOPHI).replace("{vt}", str(R.randint(100000, 999999))).replace("{site}", site[0]).replace("{sitename}", site[1]).replace("{sitelow}", site[1].lower())
        return T("helpdesk_ticket", head + R.choice(["EHR/Hardware", "Phones", "Access", "Network", "Reminders"]) + " | " + txt)
    if force is None and R.random() < 0.15 or force == -2:
        return T("helpdesk_ticket", f"{tid} | {t:%Y-%m-%d %H:%M} | comment by it-{R.choice(['dvance', 'sokoro', 'mlarsen'])} | " + R.choice([
            "cleared spooler and reinstalled Ricoh PCL6 driver, pls test", "resolved - reset portal lockout policy cache", "escalated to eCW support case #" + str(R.randint(40000000, 49999999)),
            "closed: user error, scanner profile was set to 150dpi", "waiting on vendor, ETA tomorrow"]))
    p = P()
    tpl = R.choice(HD_PHI) if force is None else HD_PHI[force]
    if "{age}" in tpl and not OLD:
        tpl = HD_PHI[0]
    if "{age}" in tpl:
        p = R.choice(OLD)
    F_ = p.sex == "F"
    for k_, v_ in (("<She>", "She" if F_ else "He"), ("<she>", "she" if F_ else "he"), ("<he>", "she" if F_ else "he"), ("<her>", "her" if F_ else "his"),
                   ("<his>", "her" if F_ else "his"), ("<him>", "her" if F_ else "him")):
        tpl = tpl.replace(k_, v_)
    vals = {"kinrel": (p.kin[2][1].lower(), None), "full": (R.choice([fl(p), fl(p).lower(), p.first + " " + p.last[0] + "."]), "name"), "dob": (d_fmt(p.dob, R.choice(["us_short", "us_nz", "us", "dash_us"])), "date"),
            "appt": (d_fmt(appt_dt().date(), R.choice(["md", "us_nz"])), "date"), "cell": (fmt_phone(p.cell, R.choice([0, 1, 2, 4])), "phone"),
            "lf": (R.choice([lf(p), lf(p).upper()]), "name"), "dob2": (d_fmt(p.dob.replace(year=p.dob.year + 1), "us_nz"), "date"),
            "user": (p.portal, "other_id"), "upper": (fl(p).upper(), "name"), "street": (p.street.lower(), "address"), "city": (p.city.lower(), "address"), "zip": (p.zip, "zip"),
            "member": (p.member, "health_plan"), "age": (str(p.age), "age"), "home": (fmt_phone(p.home, 4), "phone"), "kin": (p.kin[0], "name"), "kinph": (fmt_phone(p.kin_phone, 1), "phone"),
            "mrn": (p.mrn, "mrn"), "ssn": ("***-**-" + p.ssn[-4:] if R.random() < 0.5 else p.ssn, "ssn"), "plate": (R.choice(["CK", "DL", "BX"]) + " " + digits(5), "vehicle"),
            "fax": (fmt_phone(phone_parts(), 4), "fax"), "dl": (p.dl, "license"),
            "url": ("facebook.com/" + fold(p.first).lower().replace(" ", "") + "." + fold(p.last).lower().replace(" ", "").replace("'", "") + "." + digits(3), "url")}
    ln = Ln("helpdesk_ticket")
    ln.a(head + R.choice(["EHR/Scheduling", "EHR/Charts", "Portal", "Billing", "Scanning", "Reminders"]) + " | ")
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        ln.a(tpl[pos:m.start()])
        v, cat = vals[m.group(1)]
        ln.p(v, cat)
        pos = m.end()
    ln.a(tpl[pos:])
    return ln


# ============================================================================= scheduler
def one(f):
    return lambda: [f()]


def F(fn, *a, **k):
    return lambda: [fn(*a, **k)]


def B(fn, *a, **k):
    return lambda: fn(*a, **k)


def plan(items):
    out = []
    for f, n in items:
        out += [f] * n
    R.shuffle(out)
    return out


NIGHT_PLAN = [(F(pophealth), 12), (F(pophealth, 4), 2), (B(blk_pophealth_csv), 2), (B(blk_pandas_warning), 1), (B(blk_traceback), 1),
              (B(blk_hie_pipe), 1), (F(sql_errorlog), 3), (B(blk_agent), 3), (F(xe_deadlock), 1), (F(windows, 0), 1), (F(windows, 8), 1), (F(windows, 3), 1), (F(mirth_noise), 3)]
DAY_PLAN = [(B(blk_oru), 4), (B(blk_adt), 2), (B(blk_adt, photo=True), 1), (B(blk_siu), 2), (B(blk_mdm), 1), (B(blk_mdm, old=True), 1),
            (B(blk_orm), 1), (B(blk_vxu), 1), (B(blk_newrx_pretty), 1), (B(blk_erx_compact), 4), (B(blk_fax), 1),
            (B(blk_fax, "dme"), 1), (B(blk_fax, "pip"), 1), (B(blk_fax, "roi"), 1), (B(blk_fax, "dl"), 1), (B(blk_fax, "hosp"), 1),
            (B(blk_x12), 2), (B(blk_reminder_csv), 1), (B(blk_deadlock_1222), 1), (B(blk_agent), 1),
            (F(mirth_noise), 6), (F(mirth_phi), 4), (F(mirth_phi, 0), 2), (F(erx_noise), 4), (F(lab_router), 20), (F(portal), 20),
            (F(portal, 9), 2), (F(portal, 11, 6), 1), (F(portal, 11, 10), 1), (F(portal, 11, 5), 1), (F(portal, 11, 8), 1), (F(portal, 11, 9), 1), (F(reminders, 6), 2), (F(fax_noise), 5),
            (F(reminders), 20), (F(iis), 16), (F(iis, 6), 2), (F(iis, 7), 2), (F(portal, 4), 2), (F(portal, 5), 1), (F(windows), 6), (F(windows, 6), 3), (F(windows, 13), 1), (F(sql_errorlog), 3), (F(xe_deadlock), 1),
            (F(helpdesk), 14), (F(helpdesk, 5), 1), (F(helpdesk, 8), 1), (F(helpdesk, 11), 1), (F(helpdesk, 10), 1), (F(helpdesk, 12), 1)]
FILLERS = [F(iis, 1), F(iis, 12), F(mirth_noise), F(helpdesk), F(portal), F(lab_router, 5), F(lab_router, 9), F(lab_router, 10), F(mirth_phi), F(reminders, 3), F(reminders, 6), F(reminders, 4), F(iis, 6), F(iis, 4), F(mirth_noise), F(erx_noise)]


SKIPPED = []
FILL = []


def build():
    lines = []
    CL.lo, CL.hi = 3, 45
    lines += blk_pophealth_start()
    for f in plan(NIGHT_PLAN):
        lines += f()
    CL.t = datetime(2024, 5, 13, 6, 48, 7, 2000)
    CL.lo, CL.hi = 15, 130
    lines += [T("iis_w3c", h) for h in IIS_HDR[:2]] + [T("iis_w3c", f"#Date: {utc(CL.t):%Y-%m-%d %H:%M:%S}"), T("iis_w3c", IIS_HDR[2])]
    for f in plan(DAY_PLAN):
        b = f()
        if len(lines) + len(b) > 500:
            SKIPPED.append(len(b))
            continue
        lines += b
    FILL.append(500 - len(lines))
    while len(lines) < 500:
        lines += R.choice(FILLERS)()
    return lines


def main():
    lines = build()
    assert len(lines) == 500
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        txt = raw.decode("utf-8")
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        prev = 0
        spans = []
        for (s, e, cat, val) in ln.spans:
            assert raw[s:e].decode("utf-8") == val, (i, val)
            assert s >= prev, ("overlap", i)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        if txt.startswith("{"):
            json.loads(txt)
        if txt.startswith(("<Message", "<event")) and txt.endswith(("</Message>", "</event>")):
            ET.fromstring(txt)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
