#!/usr/bin/env python3
"""Generate kt.log / kt.labels.jsonl: a synthetic, labeled support-desk log corpus.

Theme: support desk of a vendor/reseller of ambulatory EHR and dental practice-management
software (NextGen-, eClinicalWorks- and OpenDental-like products). Remote support session
transcripts, customer-uploaded application logs (.NET exceptions with SQL Server / MySQL
errors carrying row values, log4j Tomcat logs), SQL Server ERRORLOG, mysqld error log,
Windows Event Log XML, VMware ESXi/vCenter logs, Active Directory / LDAP logs, Zendesk-like
ticket JSON, e-mails, X12 277CA and 999 acknowledgements, clearinghouse rejection reports,
statement print files, eRx (NCPDP SCRIPT) errors, database repair tool output, PowerShell
transcripts, HL7 v2 interface dumps, IIS W3C logs of the patient portal and CSV exports.
All people, numbers and addresses are synthetic. Standard library only; deterministic.

Labeling decisions:
- Patients, guarantors, subscribers, relatives and emergency contacts are labeled; support
  technicians, clinic staff (front desk, billers, office managers), providers, pharmacies,
  payers, clearinghouses and practices are never labeled (names, e-mails, phones, faxes,
  NPIs, DEA numbers, TINs, NCPDP IDs, AD accounts, office IPs).
- Names: every written form is one "name" span ("Last, First M", "LAST^FIRST^M" in HL7 is
  one span incl. carets). In X12 NM1 and in SQL/CSV columns where last/first are separate
  fields each field is its own span. A first name alone referring to a patient is labeled.
  Names inside file names / paths are labeled (the rest of the path is not).
- Address: street line and city are separate "address" spans (county too); state alone is
  not labeled; ZIP / ZIP+4 is "zip".
- Dates: birth, service (DOS), admission, appointment, recall-due, death dates of a patient
  are "date", in any format, also when invalid (e.g. 19570231 in a 999 IK4 or a
  truncated/rejected DOB value). Log timestamps, file/batch/interchange dates, received
  dates of claims (DTP*050), statement run dates and report run dates are not labeled.
- Age is labeled only when over 89. Younger ages are left as is.
- SSN: full SSNs with or without dashes, and the "last 4" when written as the SSN of a
  patient, are "ssn".
- "mrn": chart numbers, person_nbr, OpenDental PatNum, eCW patient uid/ControlNo, MRN.
  NextGen person_id GUIDs and encounter numbers tied to a patient are "other_id".
- "health_plan": member / subscriber IDs, Medicare MBI, Medicaid IDs. Group numbers and
  payer IDs are not labeled.
- "account": patient/guarantor account numbers, patient control numbers (CLM01, TRN*2,
  REF*EJ, CTX CLM01), statement account numbers, card and bank account numbers of patients.
  Payer claim control numbers (REF*1K) are "other_id".
- "other_id": patient portal usernames, person_id GUIDs, encounter numbers, payer claim
  numbers, collection/case numbers, workers' comp claim numbers of a patient.
- "ip": public IP of a patient (portal logins); office, server and staff IPs are not.
- "device": serials/IMEI of a patient's own device (CGM, insulin pump, CPAP, phone).
- "vehicle": VIN and licence plate of a patient's car (auto-accident claims).
- "license": patient's driver's licence / state ID number.
- "url": personal profile URLs of a patient; practice/vendor URLs are not labeled.
- "photo": base64 patient photo payload; "biometric": base64 fingerprint/palm templates.
- Support ticket numbers, claim batch numbers, ISA/GS/ST control numbers, order numbers,
  UUIDs, trace/opIDs, hashes, build numbers and ports are never labeled.
- A card's last 4 digits alone (card_last4) and portal download tokens are not labeled.
- Values cut off by a DB error (truncated street, truncated fixed-width name) are labeled
  over the part that is shown; a malformed patient ZIP or member ID echoed in a 999 IK4 is
  still labeled with its category.
- HL7 XTN phone written as area code and local number in separate components gives two
  "phone" spans. A patient e-mail used as the IIS cs-username is labeled "email".
- The fixed seed was picked so that every category occurs at least 4 times.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(280)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kt"

# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self


def ln(fam, *parts):
    L = Line(fam)
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L

# ---------------------------------------------------------------- pools
FIRST_F = ["María", "Aaliyah", "Chidinma", "Siobhán", "Priya", "Fatima", "Ngozi", "Chloé",
           "Marisol", "Anh", "Imani", "Rosalind", "Agnieszka", "Leilani", "Esperanza",
           "Ingrid", "Beatriz", "Soo-ah", "Lucía", "Zoë", "Dolores", "Mercedes", "Precious",
           "Xiomara", "Ruth", "Aroha", "Thảo", "Margaret", "Yolanda", "Hana", "Kateryna",
           "Bernadette", "Jasmine", "Olga", "Wilhelmina", "Destiny", "Noor", "Gwendolyn"]
FIRST_M = ["José", "Oluwaseun", "Wei", "Mateo", "Dmitri", "Keoni", "Björn", "Hiroshi",
           "Yusuf", "Gareth", "Tomasz", "Rahul", "Kwame", "Declan", "Hamid", "Jae-won",
           "Emeka", "Nikolai", "Otis", "Ahmad", "Tuan", "Bartholomew", "Sven", "Jean-Luc",
           "Darnell", "Ignacio", "Ravi", "Cormac", "Thaddeus", "Elijah", "Kenji", "Arjun",
           "Luis", "Harold", "Tyrone", "Mikael", "Bao", "Lorenzo"]
LAST = ["García-López", "van der Berg", "O'Connor", "McAllister", "de la Cruz", "Nakamura",
        "Okafor", "Abernathy-Singh", "Al-Sayed", "Kowalczyk", "Papadopoulos", "Nguyễn", "Ng",
        "St. Pierre", "DuBois", "Haugen", "Ramírez", "Yilmaz", "Chatterjee", "Osei",
        "Lindqvist", "Ferreira", "Bianchi", "Whitehorse", "Kealoha", "Oyelaran-Whitfield",
        "Brzezinski", "Van Houten", "Delacroix", "Tran", "Fitzgerald", "Szabo", "Haddad",
        "Castellanos", "Rasmussen", "Achterberg", "Begay", "Pham", "Okonkwo", "Dimitriou",
        "Kim", "Lee", "Schwartz", "Muñoz", "Gallagher", "Iwu", "Sandoval", "Thibodeaux",
        "MacLeod", "Żukowski", "Ó Briain", "da Silva", "Yazzie", "Kaur", "Bergström",
        "Villanueva", "Harjo", "Smith", "Johnson", "Washington", "Le", "Abdi", "Moreau"]
STREETS = ["W Holloway Rd", "SE Belmont St", "N Mockingbird Ln", "Birch Ln", "Calle Ocho",
           "Old Mill Pike", "Kamehameha Ave", "E Speedway Blvd", "Chestnut St", "Rue Royale",
           "Peachtree Industrial Blvd", "County Road 12", "Sunset Ridge Dr", "Elm Ct",
           "Martin Luther King Jr Way", "Piñon Trl", "Harbor View Ter", "Lakeshore Dr",
           "Walnut Grove Rd", "Grand Ave", "S 4th St", "Frontage Rd", "Quail Hollow Cir"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Apt. 7", " Lot 41", " Ste 2", " Trlr 9"]
CITIES = [  # city, state, zip, county, area code
    ("Portland", "OR", "97214", "Multnomah County", "503"),
    ("San Antonio", "TX", "78212", "Bexar County", "210"),
    ("Tucson", "AZ", "85719", "Pima County", "520"),
    ("Dayton", "OH", "45402", "Montgomery County", "937"),
    ("Fresno", "CA", "93721", "Fresno County", "559"),
    ("Worcester", "MA", "01604", "Worcester County", "508"),
    ("Boise", "ID", "83702", "Ada County", "208"),
    ("Hilo", "HI", "96720", "Hawaii County", "808"),
    ("Gallup", "NM", "87301", "McKinley County", "505"),
    ("Duluth", "MN", "55805", "St. Louis County", "218"),
    ("Lafayette", "LA", "70501", "Lafayette Parish", "337"),
    ("Asheville", "NC", "28801", "Buncombe County", "828"),
    ("Gresham", "OR", "97030", "Multnomah County", "971"),
    ("New Braunfels", "TX", "78130", "Comal County", "830"),
    ("Vancouver", "WA", "98661", "Clark County", "360"),
]
TECHS = ["Derek Holm", "Kayla Brandt", "Marcus Tillman", "Renee Osgood", "Sanjay Iyer",
         "Brittany Voss", "Luis Ortega", "Hannah Prewitt"]
CUST_STAFF = ["Tammy Kruger", "Lorena Fuentes", "Jill Haskins", "Dana Whitlock",
              "Keisha Monroe", "Rob Delgado", "Trina Nolte", "Amber Schell"]
PROVIDERS = [("Alan Pruitt", "DDS", "1487654321"), ("Meera Raghunathan", "MD", "1932087145"),
             ("Kofi Mensah", "DMD", "1669473820"), ("Laura Brennan-Choi", "MD", "1215903376"),
             ("Victor Albescu", "DO", "1750481129"), ("Nadia Farouk", "NP", "1386720954")]
PRACTICES = [
    {"name": "Cascade Internal Medicine", "code": "CIM", "dom": "cascadeim", "ip": "71.210.44.9",
     "phone": "503-231-8800", "fax": "503-231-8815", "prod": "ng", "tin": "93-1847220"},
    {"name": "Bright Smiles Family Dental", "code": "BSFD", "dom": "brightsmilesfd", "ip": "98.154.17.66",
     "phone": "210-734-1190", "fax": "210-734-1192", "prod": "od", "tin": "74-2938110"},
    {"name": "Lakeside Pediatrics", "code": "LSP", "dom": "lakesidepeds", "ip": "24.56.201.130",
     "phone": "(218) 722-4100", "fax": "(218) 722-4109", "prod": "ecw", "tin": "41-1982736"},
    {"name": "Mesa Verde Family Practice", "code": "MVFP", "dom": "mesaverdefp", "ip": "67.0.148.22",
     "phone": "520.881.3300", "fax": "520.881.3301", "prod": "ecw", "tin": "86-0719284"},
    {"name": "Riverbend Orthodontics", "code": "RBO", "dom": "riverbendortho", "ip": "173.21.90.4",
     "phone": "(208) 345-7720", "fax": "(208) 345-7721", "prod": "od", "tin": "82-3390411"},
    {"name": "Harborview Oral Surgery", "code": "HVOS", "dom": "harborviewos", "ip": "50.35.77.201",
     "phone": "360-694-2020", "fax": "360-694-2022", "prod": "od", "tin": "91-2204756"},
    {"name": "Pelican Bayou Clinic", "code": "PBC", "dom": "pelicanbayou", "ip": "69.23.140.17",
     "phone": "337-233-5410", "fax": "337-233-5419", "prod": "ng", "tin": "72-1156093"},
]
PAYERS = [("AETNA", "60054"), ("DELTA DENTAL OF CALIFORNIA", "77777"), ("BCBS TEXAS", "84980"),
          ("UNITEDHEALTHCARE", "87726"), ("OREGON MEDICAID", "OROHP"), ("CIGNA", "62308"),
          ("HUMANA", "61101"), ("MEDICARE PART B JF", "02402"), ("MOLINA HEALTHCARE OF NM", "09824"),
          ("GUARDIAN DENTAL", "64246"), ("TRICARE WEST", "99726")]
VENDOR = "Meridian Health Systems"
CLEARINGHOUSES = ["Availity", "Change Healthcare", "Office Ally", "DentalXChange", "Trizetto"]
PHARMACIES = [("WALGREENS #07712", "4435681"), ("CVS/PHARMACY #10394", "0534217"),
              ("SAFEWAY PHARMACY 1442", "3812209"), ("HEB PHARMACY #588", "4528813"),
              ("FRED MEYER PHARMACY #661", "3892104")]
CDT = [("D0120", "Periodic oral evaluation", "62.00"), ("D1110", "Prophylaxis - adult", "98.00"),
       ("D0274", "Bitewings - four films", "71.00"), ("D2392", "Resin-based composite - two surfaces, posterior", "215.00"),
       ("D2740", "Crown - porcelain/ceramic", "1240.00"), ("D7140", "Extraction, erupted tooth", "185.00"),
       ("D1206", "Topical application of fluoride varnish", "42.00"), ("D8080", "Comprehensive orthodontic treatment", "5400.00")]
CPT = [("99213", "Office visit est pt, low MDM", "142.00"), ("99214", "Office visit est pt, mod MDM", "208.00"),
       ("99396", "Preventive visit est 40-64", "265.00"), ("90686", "Influenza vaccine quadrivalent", "38.00"),
       ("36415", "Routine venipuncture", "18.00"), ("93000", "ECG complete", "64.00"),
       ("99392", "Preventive visit est 1-4 yrs", "190.00"), ("G0439", "Annual wellness visit subsequent", "172.00")]
ICD = ["E11.9", "I10", "Z00.00", "K02.52", "J06.9", "M54.50", "Z01.20", "E78.5", "F41.1", "K05.10"]

# ---------------------------------------------------------------- helpers
CLK = [datetime(2024, 3, 11, 7, 41, 13, 205000)]


def tick(lo=1, hi=60):
    CLK[0] += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid(upper=False):
    g = f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"
    return g.upper() if upper else g


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn(prefix, length):
    d = [int(c) for c in prefix]
    while len(d) < length - 1:
        d.append(R.randint(0, 9))
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dfmt(d, style=None):
    style = style or R.choice(["us", "us", "iso", "usn", "uss", "mon", "dmy", "ora", "long", "d8"])
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "uss":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "isot":
        return d.isoformat() + "T00:00:00"
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "ora":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day} {d.year}"
    if style == "usd":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def pfmt(n, style=None):
    a, b, c = n[:3], n[3:6], n[6:]
    style = style or R.choice(["paren", "dash", "plain", "dot", "e164", "intl", "one"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": n,
            "dot": f"{a}.{b}.{c}", "e164": f"+1{n}", "intl": f"+1 {a} {b} {c}",
            "one": f"1-{a}-{b}-{c}", "parenz": f"({a}){b}-{c}"}[style]


def svc_date():
    return date(2024, 1, 2) + timedelta(days=R.randint(0, 68))


class P:
    """A synthetic patient / person."""

    def __init__(self, old=False, child=False):
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
        if old:
            y = R.randint(1926, 1933)
        elif child:
            y = R.randint(2008, 2021)
        else:
            y = R.randint(1938, 2004)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = 2024 - y - (1 if (self.dob.month, self.dob.day) > (3, 12) else 0)
        c = R.choice(CITIES)
        self.city, self.st, self.zip, self.county, area = c
        if R.random() < 0.3:
            self.zip = self.zip + "-" + digits(4)
        self.street = f"{R.randint(12, 9890)} {R.choice(STREETS)}{R.choice(UNITS)}"
        self.phone = area + str(R.randint(2, 9)) + digits(6)
        self.cell = area + str(R.randint(2, 9)) + digits(6)
        f, l = fold(self.first), fold(self.last)
        dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                        "comcast.net", "aol.com", "protonmail.com"])
        self.email = R.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}{y % 100:02d}@{dom}",
                               f"{l}{f}{R.randint(1, 999)}@{dom}", f"{f}_{l[:4]}@{dom}"])
        self.ssn = ssn_digits()
        self.mrn = str(R.randint(10000, 2999999))
        self.patnum = str(R.randint(1200, 98000))
        self.acct = R.choice([str(R.randint(10000, 999999)), f"G{R.randint(1000, 99999):06d}",
                              f"{R.randint(100, 999)}-{R.randint(1000, 9999)}"])
        self.member = R.choice([
            "W" + digits(9), "XEH" + digits(9), "U" + digits(10), digits(11) + "01",
            self.mbi(), "ZGP" + digits(8), digits(9) + "A", "OR" + digits(7) + R.choice("ABCDE"),
            "DDS" + digits(9), "H" + digits(8) + "00"])
        self.she, self.her = ("she", "her") if self.sex == "F" else ("he", "his")
        self.user = R.choice([f"{f[0]}{l}{y % 100:02d}", f"{f}.{l}", f"{l}{f[0]}{R.randint(1, 99)}",
                              f"{f}{R.randint(100, 9999)}"])

    @staticmethod
    def mbi():
        L = "ACDEFGHJKMNPQRTUVWXY"
        AN = L + "0123456789"
        return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) +
                R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) +
                str(R.randint(0, 9)) + str(R.randint(0, 9)))

    def ssn_s(self, style=None):
        a, b, c = self.ssn
        style = style or R.choice(["dash", "dash", "plain"])
        return f"{a}-{b}-{c}" if style == "dash" else f"{a}{b}{c}"

    def name(self, style=None):
        f, l, m = self.first, self.last, self.mi
        style = style or R.choice(["fl", "fl", "LF", "lfm", "il", "lower", "LFsp", "fml", "lf"])
        return {"fl": f"{f} {l}", "LF": f"{l.upper()}, {f.upper()}", "lfm": f"{l}, {f} {m}",
                "il": f"{f[0]}. {l}", "lower": f"{f.lower()} {l.lower()}", "LFsp": f"{l.upper()} {f.upper()}",
                "fml": f"{f} {m}. {l}", "lf": f"{l}, {f}", "FL": f"{f.upper()} {l.upper()}",
                "hl7": f"{l.upper()}^{f.upper()}^{m}"}[style]


def card():
    return luhn(R.choice(["4", "51", "55", "37", "6011"]), 15 if False else 16)


def vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1HG", "5J6", "1FT", "3VW", "JTD", "2T1", "1G1", "KNM"]) + "".join(R.choice(A) for _ in range(14))


def b64(n, head=b""):
    raw = head + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00")


def fmr_b64(n):
    return b64(n, b"FMR\x00 20\x00\x00\x00\x01\x1c")


def pick(*xs):
    return R.choice(xs)


def prac():
    return R.choice(PRACTICES)


def nk(phi, hi):
    """How many noise lines to put around the record: fewer inside PHI blocks."""
    return R.randint(0, 1) if phi else R.randint(1, hi)


def trunc(v, k, cat):
    """A value cut at k characters, as a DB error shows it; trailing blanks stay outside the span."""
    t = v[:k]
    return ((t.rstrip(), cat), t[len(t.rstrip()):])


def n(fam, s):
    return ln(fam, s)


def assemble(fam, noise_calls, rep_calls):
    """Place PHI records among noise records, then render them in display order so that
    timestamps stay monotonic. Callables return str, Line or a list of those."""
    seq = list(noise_calls)
    for r in rep_calls:
        seq.insert(R.randint(0, len(seq)), r)
    out = []
    for c in seq:
        v = c()
        for x in (v if isinstance(v, list) else [v]):
            out.append(n(fam, x) if isinstance(x, str) else x)
    return out

# ================================================================ families
# Each family function takes phi (bool) and returns a list of Line. When phi is False no
# line may carry PHI; when True at least one line does.

# ---------------------------------------------------------------- 1 support transcript
def F_transcript(phi):
    fam = "support_transcript"
    tech, cu, pr = R.choice(TECHS), R.choice(CUST_STAFF), prac()
    host = f"{pr['code']}-{pick('FD', 'OP', 'BO', 'CHK', 'SRV')}{R.randint(1, 12):02d}"

    def ts():
        t = tick(4, 75)
        h = t.hour % 12 or 12
        return f"[{t.month}/{t.day}/{t.year} {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}] "
    T, C = f"{tech} (Technician): ", f"{cu} (Customer): "
    prod = {"ng": "NextGen", "od": "Open Dental", "ecw": "eCW"}[pr["prod"]]
    noise = [
        lambda: ts() + f"Session event: Connected (Guest) - {host} ({pr['dom'].upper()}\\{pick('frontdesk', 'billing', 'admin', 'ofcmgr')}) from {pr['ip']}:{R.randint(49152, 65535)}",
        lambda: ts() + f"Session event: Connected (Host) - {tech} from 10.40.{R.randint(1, 9)}.{R.randint(2, 250)}",
        lambda: ts() + T + f"Hi {cu.split()[0]}, this is {tech.split()[0]} with {VENDOR} support. I'm on {host} now.",
        lambda: ts() + C + pick("ok everyone is out of the system", "yes go ahead", "its doing it again, the spinning wheel",
                                "that fixed it!! thank you", "hold on, the doctor needs this pc for a sec",
                                "printer is the Brother in the back office"),
        lambda: ts() + T + f"I'm going to restart the {prod} services, should take about {R.randint(2, 6)} minutes.",
        lambda: ts() + f"Session event: File transfer - {pick({'ng': 'NG_5.9.3_UD2_Client.msi (412.8 MB)', 'od': 'OpenDental_23.3.42.exe (188.1 MB)', 'ecw': 'eCW_Client_Patch_12.0.4211.zip (73.4 MB)'}[pr['prod']], 'sqlcmd_diag.ps1 (6 KB)', 'TeamViewerQS.exe (31.2 MB)')} to {host}",
        lambda: ts() + T + f"Your ticket number is #{R.randint(480000, 499999)}. If you call back my direct line is 888-{R.randint(200, 999)}-{R.randint(1000, 9999)} x{R.randint(100, 999)}.",
        lambda: ts() + f"Session event: Disconnected (Host) - duration {R.randint(0, 1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
        lambda: ts() + T + pick("The clearinghouse cert expired on 3/9, I'm importing the new one.",
                                "Looks like the Windows update KB5034441 failed, retrying.",
                                "Your SQL log file is 94 GB, I'll shrink it after the backup.",
                                "Can you have the doctor log out of his laptop too?",
                                "Statements batch 2024-03 is queued, 412 statements."),
        lambda: ts() + f"Session event: Run command - ipconfig /flushdns (exit 0)",
    ]
    nz = R.sample(noise, nk(phi, 3))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.25)
    reps = [
        lambda: ln(fam, ts() + C + "It's happening on ", (p.name(), "name"), ", DOB ", (dfmt(p.dob, pick("us", "usn", "uss", "mon", "long")), "date")),
        lambda: ln(fam, ts() + C + "chart # ", (p.mrn if pr["prod"] != "od" else p.patnum, "mrn"),
                   *((", pt is ", (str(p.age), "age"), " and") if p.age > 89 else (f", pt is {p.age} and",)),
                   " the claim keeps coming back"),
        lambda: ln(fam, ts() + C + f"{p.she} lives out in ", (p.county, "address"), " now, ", (p.street, "address"), ", ",
                   (p.city, "address"), " ", (p.zip, "zip")),
        lambda: ln(fam, ts() + T + "I see two charts for ", (p.last, "name"), ": #", (p.mrn, "mrn"), " and #",
                   (str(int(p.mrn) + R.randint(3, 900)), "mrn"), ". The second one has SSN ", (p.ssn_s(), "ssn"), " on it, is that the right one?"),
        lambda: ln(fam, ts() + C + f"{p.her} new address is ", (p.street, "address"), ", ", (p.city, "address"), f" {p.st} ",
                   (p.zip, "zip"), " cell ", (pfmt(p.cell), "phone")),
        lambda: ln(fam, ts() + C + "insurance card says member id ", (p.member, "health_plan"),
                   f" group {R.randint(10000, 999999)}, subscriber is {p.her} spouse ", (f"{R.choice(FIRST_M)} {p.last}", "name")),
        lambda: ln(fam, ts() + T + "Merged duplicate chart ", (str(int(p.mrn) + 11), "mrn"), " into ", (p.mrn, "mrn"),
                   " for ", (p.name("lf"), "name"), ". Audit entry written."),
        lambda: ln(fam, ts() + C + "la paciente ", (p.name("fl"), "name"), " llamó, dice que su fecha de nacimiento es ",
                   (dfmt(p.dob, "dmy"), "date"), " y no ", (dfmt(p.dob + timedelta(days=31), "dmy"), "date")),
        lambda: ln(fam, ts() + C + "ssn last 4 is ", (p.ssn[2], "ssn"), " and phone ", (pfmt(p.phone), "phone")),
        lambda: ln(fam, ts() + C + "this is the auto accident one, ", (p.name("fl"), "name"), ", car VIN ", (vin(), "vehicle"),
                   " plate ", (R.choice("789") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3), "vehicle"),
                   ", the adjuster keeps asking"),
        lambda: ln(fam, ts() + C + f"pt says {p.her} Dexcom transmitter SN ", ("8" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)), "device"),
                   " won't pair with the portal, chart ", (p.mrn, "mrn")),
        lambda: ln(fam, ts() + C + f"scanned {p.her} license, DL# ", (R.choice("ABDFKMNSW") + digits(7), "license"), " exp ",
                   f"{R.randint(1, 12):02d}/{R.randint(2025, 2031)}", " but the name on it is ", (p.name("FL"), "name")),
        lambda: ln(fam, ts() + C + f"{p.she} sent us {p.her} profile link ", (f"https://www.linkedin.com/in/{fold(p.first)}-{fold(p.last)}-{hexs(6)}", "url"),
                   " because the portal shows another person's photo"),
        lambda: ln(fam, ts() + T + "ok I see the appt for ", (p.first, "name"), " on ", (dfmt(svc_date(), "usn"), "date"),
                   f" at 2:40 with Dr. {R.choice(PROVIDERS)[0].split()[1]}"),
    ]
    return assemble(fam, nz, R.sample(reps, R.randint(1, 2)))

# ---------------------------------------------------------------- 2 NextGen .NET log4net
NG_LOGGERS = ["NextGen.Framework.Data.SqlHelper", "NextGen.EPM.Billing.ClaimBuilder",
              "NextGen.EHR.Demographics.PersonManager", "NextGen.Services.BackgroundService",
              "NextGen.Portal.Enrollment", "NextGen.EPM.Eligibility.Batch270",
              "NextGen.Documents.ImageImport", "NextGen.HL7.Outbound.Dispatcher",
              "NextGen.Framework.Licensing", "NextGen.ICS.Scanner"]
NG_STACK = [
    "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
    "   at System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
    "   at System.Data.SqlClient.SqlCommand.RunExecuteNonQueryTds(String methodName, Boolean async, Int32 timeout, Boolean asyncWrite)",
    "   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()",
    "   at NextGen.Framework.Data.SqlHelper.ExecuteNonQuery(SqlConnection conn, String proc, SqlParameter[] parms) in D:\\Agent\\_work\\41\\s\\Framework\\Data\\SqlHelper.cs:line 288",
    "   at NextGen.EHR.Demographics.PersonManager.Save(PersonDto dto) in D:\\Agent\\_work\\41\\s\\EHR\\Demographics\\PersonManager.cs:line 1142",
    "   at NextGen.EPM.Billing.ClaimBuilder.BuildBatch(Int32 batchId, Boolean testMode)",
    "   at System.Threading.ExecutionContext.RunInternal(ExecutionContext executionContext, ContextCallback callback, Object state, Boolean preserveSyncCtx)",
]


def ng_ts():
    t = tick(1, 40)
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t) + f" [{R.randint(1, 64)}]"


def F_nextgen(phi):
    fam = "nextgen_log4net"
    srv = f"NG-APP0{R.randint(1, 3)}"

    def H(level, logger=None):
        return f"{ng_ts()} {level:<5} {logger or R.choice(NG_LOGGERS)} [{srv}] - "
    noise = [
        lambda: [H("INFO", "NextGen.Services.BackgroundService") + f"Job 'ClaimScrubber' completed in 00:00:{R.randint(10, 59)}.{digits(4)} (processed={R.randint(40, 900)}, errors=0)"],
        lambda: [H("WARN", "NextGen.Framework.Licensing") + f"License check: {R.randint(38, 50)} of 50 concurrent seats in use (site 0001)"],
        lambda: [H("ERROR", "NextGen.Framework.Data.SqlHelper") + "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
                 R.choice(NG_STACK[:4]), NG_STACK[4], f"ClientConnectionId:{guid()}", "Error Number:-2,State:0,Class:11"],
        lambda: [H("DEBUG", "NextGen.HL7.Outbound.Dispatcher") + f"ACK AA received for MSH-10 NG{CLK[0].strftime('%Y%m%d%H%M%S')}{R.randint(100, 999)} (interface=QUEST_ORM, 212 ms)"],
        lambda: [H("INFO", "NextGen.EPM.Eligibility.Batch270") + f"Batch 270 #{R.randint(70000, 79999)} sent to {R.choice(CLEARINGHOUSES)}: {R.randint(20, 300)} inquiries, control 0000{R.randint(10000, 99999)}"],
        lambda: [H("ERROR", "NextGen.ICS.Scanner") + f"TWAIN source 'fi-7160' returned TWRC_FAILURE (cc=4) on {pick('FD-SCAN01', 'BO-SCAN02')}"],
        lambda: [H("INFO", "NextGen.Framework.Cache") + f"Template cache warmed: {R.randint(800, 2400)} templates, {R.randint(100, 900)} ms, build 5.9.3.{R.randint(1000, 9999)}"],
        lambda: [H("WARN", "NextGen.Framework.Data.SqlHelper") + f"Slow query {R.randint(3000, 19000)} ms: proc=ng_get_encounter_summary rows={R.randint(1, 40)} spid={R.randint(51, 200)}"],
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.15)
    reps = [
        lambda: [ln(fam, H("ERROR", "NextGen.EHR.Demographics.PersonManager") + "System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_person_ssn'. Cannot insert duplicate key in object 'dbo.person'. The duplicate key value is (",
                    (p.ssn_s("plain"), "ssn"), ")."), n(fam, NG_STACK[3]), n(fam, NG_STACK[5])],
        lambda: [ln(fam, H("ERROR", "NextGen.EHR.Demographics.PersonManager") + "System.Data.SqlClient.SqlException (0x80131904): String or binary data would be truncated in table 'NGProd.dbo.person', column 'address_line_1'. Truncated value: '",
                    *trunc(p.street, R.randint(9, len(p.street)), "address"), "'.")],
        lambda: [ln(fam, H("ERROR", "NextGen.EHR.Demographics.PersonManager") + "Violation of PRIMARY KEY constraint 'PK_person_payer'. Cannot insert duplicate key in object 'dbo.person_payer'. The duplicate key value is (",
                    (guid(True), "other_id"), f", {R.randint(1, 3)}, ", (p.member, "health_plan"), ").")],
        lambda: [ln(fam, H("WARN", "NextGen.EPM.Eligibility.Batch270") + "271 mismatch person_nbr=", (p.mrn, "mrn"),
                    ": payer returned DOB ", (dfmt(p.dob, "d8"), "date"), " subscriber_id=", (p.member, "health_plan"), " (AAA*Y**71*C)")],
        lambda: [ln(fam, H("INFO", "NextGen.Portal.Enrollment") + "Invitation sent person_id=", (guid(True), "other_id"),
                    " email=", (p.email, "email"), f" practice_id=000{R.randint(1, 9)}")],
        lambda: [ln(fam, H("ERROR", "NextGen.Documents.ImageImport") + "Failed to import 'C:\\NextGen\\Scans\\Inbox\\",
                    (p.last.upper().replace(' ', ''), "name"), "_", (p.first.upper(), "name"), "_", (dfmt(p.dob, "d8"), "date"),
                    "_ins_card.pdf': The process cannot access the file because it is being used by another process.")],
        lambda: [ln(fam, H("ERROR", "NextGen.EHR.Demographics.PersonManager") + "System.FormatException: String '",
                    (f"{p.dob.month:02d}/{31 if p.dob.month in (2, 4, 6) else 32}/{p.dob.year}", "date"),
                    "' was not recognized as a valid DateTime. (field=date_of_birth, person_nbr=", (p.mrn, "mrn"), ")"),
                 n(fam, "   at System.DateTime.Parse(String s, IFormatProvider provider)")],
        lambda: [ln(fam, H("INFO", "NextGen.EPM.Billing.ClaimBuilder") + "Claim hold: enc_nbr=", (str(R.randint(4000000, 9999999)), "other_id"),
                    " patient=", (p.name("LF"), "name"), f" reason='Missing referring provider' batch={R.randint(88000, 89999)}")],
        lambda: [ln(fam, H("INFO", "NextGen.ICS.Biometric") + "Fingerprint enrolled for person_nbr=", (p.mrn, "mrn"), " device=U.are.U 4500 template=",
                    (fmr_b64(R.randint(48, 96)), "biometric"), f" quality={R.randint(60, 99)}")],
        lambda: [ln(fam, H("WARN", "NextGen.EHR.Demographics.PersonManager") + "Age validation: person_nbr ", (p.mrn, "mrn"),
                    " age ", (str(R.randint(90, 104)), "age"), " exceeds pediatric template range; defaulting to adult template")],
    ]
    return assemble(fam, nz, R.sample(reps, R.randint(1, 2)))

# ---------------------------------------------------------------- 3 eCW tomcat log4j
ECW_CLASSES = ["c.e.m.servlets.PatientDemographics", "com.ecw.dao.PatientDAO", "com.ecw.claims.ClaimSubmitJob",
               "com.ecw.healow.PortalSyncService", "com.ecw.eligibility.EligibilityJob", "com.zaxxer.hikari.pool.HikariPool",
               "com.ecw.fax.InboundFaxPoller", "org.apache.catalina.core.StandardWrapperValve"]


def ecw_head(level, cls=None, thread=None):
    t = tick(1, 35)
    th = thread or pick(f"http-nio-8443-exec-{R.randint(1, 200)}", f"QuartzScheduler_Worker-{R.randint(1, 10)}", "HikariPool-1 housekeeper", "main")
    return f"{t.strftime('%Y-%m-%d %H:%M:%S')},{ms(t)} {level} [{th}] {cls or R.choice(ECW_CLASSES)} - "


def F_ecw(phi):
    fam = "ecw_tomcat_log4j"
    noise = [
        lambda: [ecw_head("INFO", "com.ecw.eligibility.EligibilityJob", f"QuartzScheduler_Worker-{R.randint(1, 10)}") +
                 f"Batch {R.randint(7000, 7999)} completed: {R.randint(50, 400)} requests, {R.randint(0, 9)} errors, {R.randint(8000, 90000)} ms"],
        lambda: [ecw_head("WARN", "com.zaxxer.hikari.pool.HikariPool", "http-nio-8443-exec-" + str(R.randint(1, 200))) +
                 "HikariPool-1 - Connection is not available, request timed out after 30000ms."],
        lambda: [ecw_head("ERROR", "org.apache.catalina.core.StandardWrapperValve") +
                 "Servlet.service() for servlet [jsp] in context with path [/mobiledoc] threw exception",
                 "java.net.SocketTimeoutException: Read timed out",
                 "\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)",
                 f"\tat com.mysql.cj.protocol.ReadAheadInputStream.fill(ReadAheadInputStream.java:107)"],
        lambda: [ecw_head("INFO", "com.ecw.fax.InboundFaxPoller") + f"Polled fax server 10.12.0.{R.randint(5, 40)}: {R.randint(0, 14)} new, queue depth {R.randint(0, 60)}"],
        lambda: [ecw_head("INFO", "com.ecw.claims.ClaimSubmitJob") + f"Submitted 837P file ECW_{CLK[0].strftime('%Y%m%d')}_{R.randint(1, 9)}.txt ({R.randint(20, 400)} claims, {R.randint(20, 900)} KB) ISA13={R.randint(100000000, 999999999)}"],
        lambda: [ecw_head("DEBUG", "com.ecw.healow.PortalSyncService") + f"sync cycle done in {R.randint(200, 4000)} ms, pushed={R.randint(0, 80)} pulled={R.randint(0, 40)} traceId={hexs(32)}"],
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.1, child=R.random() < 0.3)
    uid = str(R.randint(100000, 9999999))
    reps = [
        lambda: [n(fam, ecw_head("ERROR", "com.ecw.dao.PatientDAO") + "Unable to save patient demographics"),
                 ln(fam, "com.mysql.jdbc.exceptions.jdbc4.MySQLIntegrityConstraintViolationException: Duplicate entry '",
                    (p.last.upper(), "name"), "-", (p.first.upper(), "name"), "-", (dfmt(p.dob, "iso"), "date"), "' for key 'idx_pat_dupcheck'"),
                 n(fam, "\tat com.mysql.jdbc.SQLError.createSQLException(SQLError.java:1041)")],
        lambda: [ln(fam, ecw_head("ERROR", "com.ecw.dao.PatientDAO") + "Data truncation: Data too long for column 'upaddress' at row 1; value='",
                    (p.street + ", " + p.city, "address"), "' uid=", (uid, "mrn"))],
        lambda: [ln(fam, ecw_head("ERROR", "com.ecw.dao.PatientDAO") + "Incorrect date value: '",
                    (f"{p.dob.year}-02-{R.choice([30, 31])}", "date"), "' for column 'dob' at row 1 [uid=", (uid, "mrn"), "]")],
        lambda: [ln(fam, ecw_head("DEBUG", "com.ecw.dao.PatientDAO") + "SQL: INSERT INTO users (uid, ulname, ufname, dob, sex, ssn, upPhone, zipcode, UserType) VALUES (",
                    (uid, "mrn"), ",'", (p.last.replace("'", "''"), "name"), "','", (p.first, "name"), "','", (dfmt(p.dob, "iso"), "date"),
                    f"','{p.sex.lower()}','", (p.ssn_s("plain"), "ssn"), "','", (pfmt(p.phone, "dash"), "phone"), "','", (p.zip[:5], "zip"), "',3)")],
        lambda: [ln(fam, ecw_head("WARN", "com.ecw.healow.PortalSyncService") + "healow login failed user=", (p.user, "other_id"),
                    " ip=", (f"{R.choice([73, 98, 174, 67, 24, 76])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}", "ip"),
                    f" reason=BAD_PASSWORD attempts={R.randint(2, 5)}")],
        lambda: [ln(fam, ecw_head("INFO", "com.ecw.fax.InboundFaxPoller") + "Auto-matched fax to patient uid=", (uid, "mrn"),
                    " name='", (p.name("lf"), "name"), "' dob=", (dfmt(p.dob, "us"), "date"), f" confidence=0.{R.randint(80, 99)}")],
        lambda: [ln(fam, ecw_head("ERROR", "c.e.m.servlets.PatientDemographics") + "Invalid DL number for ptId=", (uid, "mrn"),
                    ": '", (R.choice("ABDFKMNSW") + digits(7), "license"), f"' (state={p.st}) failed checksum")],
        lambda: [ln(fam, ecw_head("DEBUG", "c.e.m.servlets.PatientDemographics") + "savePatientPhoto uid=", (uid, "mrn"), " len=",
                    str(R.randint(18000, 60000)), " data=", (jpeg_b64(R.randint(60, 120)), "photo"), "...(truncated)")],
        lambda: [ln(fam, ecw_head("INFO", "c.e.m.servlets.PatientDemographics") + "AutoAccident info saved uid=", (uid, "mrn"),
                    " accidentDate=", (dfmt(svc_date() - timedelta(days=R.randint(3, 60)), "iso"), "date"), " state=", p.st,
                    " vehicleVin=", (vin(), "vehicle"), " claimNo=", (f"{R.randint(10, 99)}-{R.randint(100000, 999999)}-{R.randint(10, 99)}", "other_id"))],
        lambda: [ln(fam, ecw_head("INFO", "com.ecw.healow.PortalSyncService") + "device registered for patient ", (uid, "mrn"),
                    ": platform=android imei=", (f"35{digits(6)}{digits(6)}{R.randint(0, 9)}", "device"), " app=healow 6.4.1")],
    ]
    return assemble(fam, nz, R.sample(reps, R.randint(1, 2)))

# ---------------------------------------------------------------- 4 OpenDental
def od_ts():
    t = tick(1, 50)
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def F_opendental(phi):
    fam = "opendental_ue"
    ver = f"23.3.{R.randint(30, 48)}.0"
    noise = [
        lambda: [f"{od_ts()} OpenDentalService eConnector heartbeat OK, version {ver}, listener port 25255, uptime {R.randint(1, 40)}d"],
        lambda: [f"{od_ts()} OpenDental {ver} UE: MySqlConnector.MySqlException (0x80004005): Lock wait timeout exceeded; try restarting transaction",
                 "   at MySqlConnector.Core.ServerSession.ReceiveReplyAsyncAwaited(ValueTask`1 task)",
                 "   at OpenDentBusiness.DataCore.NonQ(String command, Boolean getInsertID, ServerMode serverMode)",
                 "   at OpenDental.FormClaimEdit.butOK_Click(Object sender, EventArgs e)"],
        lambda: [f"{od_ts()} OpenDentalService SignalodCleanup removed {R.randint(200, 9000)} rows older than 2 days"],
        lambda: [f"{od_ts()} OpenDental {ver} UE: System.IO.IOException: The network path was not found. (\\\\OD-SRV01\\OpenDentImages\\A\\)"],
        lambda: [f"{od_ts()} OpenDentalService WebSchedRecall: sent {R.randint(0, 80)} reminders, {R.randint(0, 5)} failed (Twilio 21610)"],
        lambda: [f"{od_ts()} OpenDental {ver} ClaimConnect batch {R.randint(1000, 9999)} sent to DentalXChange, {R.randint(3, 60)} claims, resp=200"],
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P(child=R.random() < 0.3, old=R.random() < 0.1)
    reps = [
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} UE: MySqlConnector.MySqlException (0x80004005): Duplicate entry '",
                    (p.patnum, "mrn"), "' for key 'PRIMARY'"),
                 ln(fam, "Command: UPDATE patient SET LName='", (p.last.replace("'", "''"), "name"), "',FName='", (p.first, "name"),
                    "',MiddleI='", (p.mi, "name"), "',Birthdate='", (dfmt(p.dob, "iso"), "date"), "',SSN='", (p.ssn_s("plain"), "ssn"),
                    "',Address='", (p.street, "address"), "',City='", (p.city, "address"), f"',State='{p.st}',Zip='", (p.zip, "zip"),
                    "',HmPhone='", (pfmt(p.phone, "parenz"), "phone"), "' WHERE PatNum=", (p.patnum, "mrn"))],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} UE: MySqlConnector.MySqlException (0x80004005): Incorrect date value: '",
                    (f"{p.dob.year}-{p.dob.month:02d}-00", "date"), "' for column 'Birthdate' at row 1")],
        lambda: [ln(fam, f"{od_ts()} OpenDentalService eConnector: Sent appointment reminder AptNum={R.randint(300000, 700000)} PatNum=",
                    (p.patnum, "mrn"), " to ", (pfmt(p.cell, "plain"), "phone"), " for ", (dfmt(svc_date() + timedelta(days=30), "usn"), "date"))],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} PayConnect: Transaction declined (05 DO NOT HONOR) PatNum=", (p.patnum, "mrn"),
                    " card=", (card(), "account"), f" exp={R.randint(1, 12):02d}{R.randint(25, 29)} amt={R.randint(20, 900)}.00")],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} UE: System.ArgumentException: Guarantor ", (p.patnum, "mrn"),
                    " (", (p.name("lf"), "name"), ") is not in the same family as PatNum ", (str(int(p.patnum) + 3), "mrn"))],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} PatientPicture saved PatNum=", (p.patnum, "mrn"), " data:image/jpeg;base64,",
                    (jpeg_b64(R.randint(120, 220)), "photo"))],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} Commlog insert: PatNum=", (p.patnum, "mrn"), " Note='Faxed tx plan to pt at ",
                    (pfmt(p.phone, pick("paren", "dash")), "fax"), ", ", (p.name("fl"), "name"), " is ", (str(R.randint(90, 99)), "age"), " and has no email'")],
        lambda: [ln(fam, f"{od_ts()} OpenDental {ver} Commlog insert: PatNum=", (p.patnum, "mrn"), " Note='Pt called, new email ",
                    (p.email, "email"), ", emergency contact ", (f"{R.choice(FIRST_F + FIRST_M)} {R.choice(LAST)}", "name"), " ",
                    (pfmt(p.phone, "dash"), "phone"), "'")],
    ]
    return assemble(fam, nz, R.sample(reps, R.randint(1, 2)))

# ---------------------------------------------------------------- 5 SQL Server ERRORLOG
def F_mssql(phi):
    fam = "mssql_errorlog"

    def H(src):
        t = tick(1, 80)
        return f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 10000:02d} {src:<11} "
    noise = [
        lambda: [H("Logon") + "Error: 18456, Severity: 14, State: 8.",
                 H("Logon") + f"Login failed for user '{pick('NGAdmin', 'sa', 'svc_ngsync', 'ecw_report')}'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.{R.randint(0, 9)}.{R.randint(2, 250)}]"],
        lambda: [H("Backup") + f"Database backed up. Database: NGProd, creation date(time): 2019/06/14(21:02:11), pages dumped: {R.randint(1000000, 3000000)}, first LSN: {R.randint(100000, 499999)}:{R.randint(1000, 99999)}:1, last LSN: {R.randint(500000, 999999)}:{R.randint(1000, 99999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\NAS01\\sqlbak\\NGProd_FULL.bak'}})."],
        lambda: [H(f"spid{R.randint(51, 300)}") + f"BACKUP DATABASE successfully processed {R.randint(800000, 2000000)} pages in {R.randint(80, 400)}.{R.randint(100, 999)} seconds ({R.randint(30, 90)}.{R.randint(100, 999)} MB/sec)."],
        lambda: [H("Server") + f"SQL Server has encountered {R.randint(1, 40)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\MSSQL\\Data\\NGProd.mdf] in database id 5."],
        lambda: [H(f"spid{R.randint(10, 50)}s") + "Recovery is complete. This is an informational message only. No user action is required."],
        lambda: [H(f"spid{R.randint(51, 300)}") + "Error: 1205, Severity: 13, State: 51.",
                 H(f"spid{R.randint(51, 300)}") + f"Transaction (Process ID {R.randint(51, 300)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction."],
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P()
    sp = f"spid{R.randint(51, 300)}"
    reps = [
        lambda: [n(fam, H(sp) + "deadlock-list"),
                 ln(fam, H(sp) + "   inputbuf: (@P1 nvarchar(60),@P2 int)UPDATE person SET last_name = N'", (p.last.replace("'", "''"), "name"),
                    "', first_name = N'", (p.first, "name"), "' WHERE person_nbr = ", (p.mrn, "mrn"))],
        lambda: [ln(fam, H(sp) + "Error: 2627, Severity: 14, State: 1. Violation of PRIMARY KEY constraint 'PK_patient_acct'. The duplicate key value is (",
                    (p.acct, "account"), ").")],
    ]
    return assemble(fam, nz, [R.choice(reps)])

# ---------------------------------------------------------------- 6 mysqld error log
def F_mysqld(phi):
    fam = "mysqld_err"

    def H(lvl, code, sub="Server"):
        t = tick(1, 120)
        return f"{t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}Z {R.randint(0, 40)} [{lvl}] [MY-{code}] [{sub}] "
    noise = [
        lambda: H("Warning", "010055") + f"IP address '10.12.0.{R.randint(2, 250)}' could not be resolved: No such host is known.",
        lambda: H("ERROR", "012611", "InnoDB") + "Operating system error number 995 in a file operation.",
        lambda: H("Note", "010914") + f"Aborted connection {R.randint(1000, 99999)} to db: 'opendental' user: 'root' host: 'OD-WS{R.randint(1, 20):02d}' (Got an error reading communication packets).",
        lambda: H("Warning", "013360") + "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
        lambda: H("ERROR", "013183", "InnoDB") + "Assertion failure: btr0cur.cc:336 thread 7812",
        lambda: H("System", "010931") + "C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqld.exe: ready for connections. Version: '8.0.36'  socket: ''  port: 3306  MySQL Community Server - GPL.",
        lambda: H("Warning", "012112", "InnoDB") + f"Table `mobiledoc`.`edi_inv_claims` has {R.randint(2, 40)} orphaned .ibd pages; run CHECK TABLE.",
    ]
    return [n(fam, f()) for f in R.sample(noise, R.randint(1, 3))]

# ---------------------------------------------------------------- 7 Windows Event Log XML
def ev_sys(provider, guid_, eid, level, task, channel, computer, rec):
    t = tick(1, 60)
    g = f" Guid='{{{guid_}}}'" if guid_ else ""
    return (f"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{provider}'{g}/>"
            f"<EventID>{eid}</EventID><Version>0</Version><Level>{level}</Level><Task>{task}</Task><Opcode>0</Opcode>"
            f"<Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='{t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}0Z'/>"
            f"<EventRecordID>{rec}</EventRecordID><Correlation/><Execution ProcessID='{R.randint(400, 9000)}' ThreadID='{R.randint(400, 9000)}'/>"
            f"<Channel>{channel}</Channel><Computer>{computer}</Computer><Security/></System>")


def F_evtx(phi):
    fam = "win_eventlog_xml"
    pr = prac()
    comp = f"{pr['code']}-{pick('SRV01', 'APP01', 'FD02', 'DC01')}.{pr['dom']}.local"
    rec = R.randint(100000, 9999999)
    noise = [
        lambda: ev_sys("Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4625, 0, 12544, "Security", comp, rec) +
        f"<EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>{pick('jhaskins', 'frontdesk2', 'administrator', 'tkruger')}</Data>"
        f"<Data Name='TargetDomainName'>{pr['dom'].upper()}</Data><Data Name='Status'>0xc000006d</Data><Data Name='SubStatus'>0xc000006a</Data>"
        f"<Data Name='LogonType'>3</Data><Data Name='WorkstationName'>{pr['code']}-FD0{R.randint(1, 6)}</Data><Data Name='IpAddress'>10.20.1.{R.randint(2, 250)}</Data><Data Name='IpPort'>{R.randint(49152, 65535)}</Data></EventData></Event>",
        lambda: ev_sys("Application Error", None, 1000, 2, 100, "Application", comp, rec) +
        f"<EventData><Data>{pick('NextGen.exe', 'OpenDental.exe', 'eClinicalWorks.exe')}</Data><Data>5.9.3.{R.randint(100, 999)}</Data><Data>65f1a2b3</Data>"
        f"<Data>KERNELBASE.dll</Data><Data>10.0.19041.3996</Data><Data>0x000000000002ccd9</Data><Data>e0434352</Data></EventData></Event>",
        lambda: ev_sys("MSSQLSERVER", None, 17890, 3, 2, "Application", comp, rec) +
        "<EventData><Data>A significant part of sql server process memory has been paged out. This may result in a performance degradation. Duration: 0 seconds. Working set (KB): 412880, committed (KB): 8823140, memory utilization: 4%.</Data></EventData></Event>",
        lambda: ev_sys("Service Control Manager", "555908d1-a6d7-4695-8e1e-26931d2012f4", 7031, 2, 0, "System", comp, rec) +
        f"<EventData><Data Name='param1'>{pick('NextGen Background Service', 'OpenDental eConnector', 'eCW Apache Tomcat 9')}</Data><Data Name='param2'>1</Data><Data Name='param3'>60000</Data><Data Name='param4'>1</Data><Data Name='param5'>Restart the service</Data></EventData></Event>",
        lambda: ev_sys("Microsoft-Windows-Security-Auditing", "54849625-5478-4994-A5BA-3E3B0328C30D", 4740, 0, 13824, "Security", comp, rec) +
        f"<EventData><Data Name='TargetUserName'>{pick('lfuentes', 'billing1', 'dwhitlock')}</Data><Data Name='TargetDomainName'>{pr['code']}-FD03</Data><Data Name='SubjectUserName'>{pr['code']}-DC01$</Data></EventData></Event>",
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.2)
    reps = [
        lambda: ln(fam, ev_sys(".NET Runtime", None, 1026, 2, 0, "Application", comp, rec + 1) +
                   "<EventData><Data>Application: NextGen.exe&#xD;&#xA;Framework Version: v4.0.30319&#xD;&#xA;Description: The process was terminated due to an unhandled exception.&#xD;&#xA;Exception Info: System.FormatException: String '",
                   (f"02/{R.choice([30, 31])}/{p.dob.year}", "date"),
                   "' was not recognized as a valid DateTime.&#xD;&#xA;   at NextGen.EHR.Demographics.PersonForm.ValidateDob()&#xD;&#xA;</Data></EventData></Event>"),
        lambda: ln(fam, ev_sys("ASP.NET 4.0.30319.0", None, 1309, 3, 3, "Application", comp, rec + 1) +
                   "<EventData><Data>3005</Data><Data>An unhandled exception has occurred.</Data><Data>" + CLK[0].strftime("%m/%d/%Y %I:%M:%S %p") +
                   "</Data><Data>/LM/W3SVC/2/ROOT/portal</Data><Data>Request URL: https://portal." + pr["dom"] + ".com/portal/api/selfcheckin?lastName=",
                   (fold(p.last), "name"), "&amp;dob=", (dfmt(p.dob, "iso"), "date"), "&amp;zip=", (p.zip[:5], "zip"),
                   "</Data><Data>User host address: ", (f"{R.choice([73, 98, 174, 67, 24, 76, 108])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}", "ip"),
                   "</Data></EventData></Event>"),
        lambda: ln(fam, ev_sys("OpenDental", None, 1, 2, 0, "Application", comp, rec + 1) +
                   "<EventData><Data>Unhandled exception in FormPatientEdit: MySqlConnector.MySqlException: Data too long for column 'Email' at row 1 (value: '",
                   (p.email, "email"), ";", (f"{fold(R.choice(FIRST_F + FIRST_M))}.{fold(p.last)}{R.randint(1, 99)}@gmail.com", "email"), "', PatNum ", (p.patnum, "mrn"), ")</Data></EventData></Event>"),
    ]
    return assemble(fam, nz, [R.choice(reps)])

# ---------------------------------------------------------------- 8 VMware
def F_vmware(phi):
    fam = "vmware"
    vm = pick("NG-APP01", "NG-SQL01", "OD-SRV01", "ECW-DB01", "ECW-APP02", "DC01")

    def iso():
        t = tick(1, 45)
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(t) + "Z"
    noise = [
        lambda: f"{iso()} info hostd[{R.randint(2090000, 2109999)}] [Originator@6876 sub=Vimsvc.TaskManager opID={hexs(8)}-{R.randint(10, 99)} user=vpxuser:VSPHERE.LOCAL\\Administrator] Task Created : haTask-{R.randint(1, 40)}-vim.VirtualMachine.createSnapshot-{R.randint(10000, 99999)}",
        lambda: f"{iso()} cpu{R.randint(0, 31)}:{R.randint(2090000, 2109999)})WARNING: NFS: 4512: Lost connection to the server 10.30.0.15 mount point /vol/{pick('ng_images', 'od_images', 'backups')}, mounted as {hexs(8)}-{hexs(8)}-0000-000000000000 (\"{pick('NG_IMAGES', 'OD_IMAGES', 'BACKUP_DS')}\")",
        lambda: f"{iso()}| vcpu-0| I005: Guest: toolbox: Version: 12.3.5.46049 (build-22544099)",
        lambda: f"{iso()}| vmx| I005: DISKLIB-CHAIN : DiskChainOpen: \"/vmfs/volumes/{hexs(8)}-{hexs(8)}-{hexs(4)}-{hexs(12)}/{vm}/{vm}-000002.vmdk\" (0xa) ",
        lambda: f"{iso()} error vpxd[{R.randint(1000, 99999):05d}] [Originator@6876 sub=vpxLro opID={hexs(8)}] [VpxLRO] -- ERROR task-{R.randint(100000, 999999)} -- vm-{R.randint(100, 999)} -- vim.VirtualMachine.consolidateDisks: vim.fault.FileLocked:",
        lambda: f"{iso()} info vpxa[{R.randint(2090000, 2109999)}] [Originator@6876 sub=vpxLro opID=SWI-{hexs(8)}] [VpxLRO] -- FINISH lro-{R.randint(100000, 999999)}",
        lambda: f"{iso()} In(14) vmkernel: cpu{R.randint(0, 31)}:{R.randint(2090000, 2109999)})ScsiDeviceIO: 4176: Cmd(0x45b9{hexs(8)}) 0x28, CmdSN 0x{hexs(5)} from world {R.randint(2090000, 2109999)} to dev \"naa.6000c29{hexs(25)}\" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x6 0x29 0x0.",
        lambda: f"{iso()} info hostd[{R.randint(2090000, 2109999)}] [Originator@6876 sub=Vmsvc.vm:/vmfs/volumes/datastore1/{vm}/{vm}.vmx] State Transition (VM_STATE_ON -> VM_STATE_CREATE_SNAPSHOT)",
    ]
    return [n(fam, f()) for f in R.sample(noise, R.randint(1, 4))]

# ---------------------------------------------------------------- 9 AD / LDAP
def F_ldap(phi):
    fam = "ad_ldap"
    pr = prac()
    dc = ",".join("DC=" + x for x in [pr["dom"], "local"])
    staff = R.choice(CUST_STAFF)
    sam = (staff.split()[0][0] + staff.split()[1]).lower()

    def ts():
        t = tick(1, 60)
        return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(t)
    noise = [
        lambda: f"{ts()} [{R.randint(1, 40)}] WARN  NextGen.Security.LdapAuthProvider - LDAP bind failed for 'CN=svc_ngldap,OU=Service Accounts,{dc}': 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data {pick('52e', '775', '532', '701')}, v4563",
        lambda: f"dn: CN={staff},OU=FrontDesk,OU=Staff,{dc}",
        lambda: f"sAMAccountName: {sam}",
        lambda: f"userPrincipalName: {sam}@{pr['dom']}.local",
        lambda: f"memberOf: CN=NG_Users,OU=Groups,{dc}",
        lambda: f"pwdLastSet: 1335{digits(14)}",
        lambda: f"lockoutTime: 0",
        lambda: f"ldap_search_ext_s(ld, \"OU=Staff,{dc}\", 2, \"(&(objectClass=user)(sAMAccountName={sam}))\", attrList, 0, svrCtrls, ClntCtrls, 30, 1000 ,&msg)",
        lambda: f"Result <0>: (null) Matched DNs: Getting 1 entries:",
        lambda: f"{ts()} ldap_bind: Invalid credentials (49) additional info: 80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data 52e, v4f7c",
        lambda: f"Directory Service 2889 {pr['code']}-DC01: The following client performed a SASL (Negotiate/Kerberos/NTLM/Digest) LDAP bind without requesting signing (integrity verification). Client IP address: 10.20.1.{R.randint(2, 250)}:{R.randint(49152, 65535)} Identity the client attempted to authenticate as: {pr['dom'].upper()}\\svc_scanner",
        lambda: f"{ts()} ldap://{pr['code'].lower()}-dc01.{pr['dom']}.local:389 connect ok (TLS=false, 12 ms), referral chasing disabled",
    ]
    k = R.randint(1, 4)
    return [n(fam, f()) for f in R.sample(noise, k)]

# ---------------------------------------------------------------- 10 Zendesk JSON
def zd_ts():
    t = tick(10, 300)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def F_zendesk(phi):
    fam = "zendesk_json"
    pr = prac()
    cu = R.choice(CUST_STAFF)
    em = f"{fold(cu.split()[0])[0]}{fold(cu.split()[1])}@{pr['dom']}.com"
    tid = R.randint(480000, 499999)
    tags = json.dumps(R.sample(["statements", "clearinghouse", "upgrade", "erx", "printing", "sql", "tier2", "od", "ng", "ecw", "sla_breach"], 3))
    head = (f'{{"ticket":{{"id":{tid},"url":"https://meridianhs.zendesk.com/api/v2/tickets/{tid}.json","created_at":"{zd_ts()}",'
            f'"type":"{pick("incident", "problem", "question")}","priority":"{pick("normal", "high", "urgent", "low")}","status":"{pick("open", "pending", "solved", "new")}",'
            f'"requester":{{"name":"{cu}","email":"{em}","phone":"{pr["phone"]}"}},"organization_id":{R.randint(360000000000, 369999999999)},')
    noise_subj = [
        ("Statements printing with old logo", "Since the update the statement print file still has the 2022 logo and remit address."),
        ("Cannot launch after update 5.9.3", "After last night's update the front desk gets error 0x80131904 when opening the app."),
        ("eRx EPCS token not working", "Dr. " + R.choice(PROVIDERS)[0] + " cannot sign controlled substance Rx, token says invalid."),
        ("SQL backup job failing", "Backup to NAS01 failed 3 nights in a row, job NGProd_FULL error 3201."),
        ("Clearinghouse cert expired", "Claims stuck in 'Sent' since Friday, " + R.choice(CLEARINGHOUSES) + " says our SFTP key expired."),
        ("Scanner not showing in ICS", "fi-7160 on FD-SCAN01 disappeared from the scanner list after Windows update."),
        ("Workstation slow at check-in", "Check-in screen takes 40+ seconds to load on FD02 and FD03, other PCs fine."),
        ("Need TLS 1.2 enabled on server", "Payer portal says our server must support TLS 1.2 by 4/1.")]
    out = []
    def audit():
        ev = pick('"field_name":"status","value":"pending","previous_value":"open"',
                  '"field_name":"priority","value":"high","previous_value":"normal"',
                  '"field_name":"assignee_id","value":"' + str(R.randint(10 ** 11, 10 ** 12)) + '","previous_value":null',
                  '"field_name":"group_id","value":"360004412871","previous_value":"360004412870"')
        return n(fam, f'{{"audit":{{"id":{R.randint(10 ** 13, 10 ** 14)},"ticket_id":{tid},"created_at":"{zd_ts()}",'
                      f'"author_id":{R.randint(10 ** 11, 10 ** 12)},"events":[{{"type":"Change",{ev}}}]}}}}')
    if not phi:
        ns = R.choice(noise_subj)
        out.append(n(fam, head + f'"subject":"{ns[0]}","description":"{ns[1]}\\n\\n{cu}\\n{pr["name"]}\\n{pr["phone"]}",'
                             f'"tags":{tags},"custom_fields":[{{"id":360012345678,"value":"{pr["prod"]}"}},{{"id":360098765432,"value":"{pick("5.9.3", "23.3.42", "12.0.4211")}"}}],"via":{{"channel":"{pick("email", "web", "voice")}"}}}}}}'))
        if not phi:
            if R.random() < 0.5:
                out.append(audit())
            return out
    p = P(old=R.random() < 0.2, child=R.random() < 0.2)
    rel = R.choice(FIRST_F + FIRST_M)
    subj = [
        lambda: ln(fam, head + '"subject":"Claim rejected for pt ', (p.last, "name"), '","description":"Patient ', (p.name("fl"), "name"),
                   " (DOB ", (dfmt(p.dob), "date"), ") claim for DOS ", (dfmt(svc_date(), "usn"), "date"), " rejected A7:562 twice. Member ID ",
                   (p.member, "health_plan"), f' is correct per card.\\n\\n{cu}","tags":{tags},"via":{{"channel":"web"}}}}}}'),
        lambda: ln(fam, head + '"subject":"Statement went to wrong address","description":"Guarantor ', (p.name("lfm"), "name"),
                   " acct ", (p.acct, "account"), " got statement at old address ", (p.street, "address"), ", ", (p.city, "address"),
                   f". New address is on file but print file still shows old. {p.she.capitalize()} is ", (str(p.age), "age") if p.age > 89 else "elderly",
                   f' and very upset.","tags":{tags},"via":{{"channel":"email"}}}}}}'),
        lambda: ln(fam, f'{{"comment":{{"id":{R.randint(10 ** 13, 10 ** 14)},"ticket_id":{tid},"public":false,"author_id":{R.randint(10 ** 11, 10 ** 12)},"body":"Customer sent screenshot. Duplicate charts: ',
                   (p.mrn, "mrn"), " and ", (str(int(p.mrn) + 7), "mrn"), " both ", (p.name("LF"), "name"), ", SSN ", (p.ssn_s(), "ssn"),
                   f'. Escalating to tier2 for merge.","created_at":"{zd_ts()}"}}}}'),
        lambda: ln(fam, f'{{"comment":{{"id":{R.randint(10 ** 13, 10 ** 14)},"ticket_id":{tid},"public":true,"body":"Hi {cu.split()[0]},\\nthe auto-accident claim for ',
                   (p.name("fl"), "name"), " needs the accident date ", (dfmt(svc_date() - timedelta(days=20), "us"), "date"),
                   " in Loop 2300. The adjuster also asked for vehicle VIN ", (vin(), "vehicle"), " and plate ", (f"{p.st} " + R.choice(["7", "8", "K", "B"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3), "vehicle"),
                   f'.\\n\\n{R.choice(TECHS)}\\n{VENDOR} Support","created_at":"{zd_ts()}"}}}}'),
        lambda: ln(fam, head + '"subject":"Patient complaint - social media","description":"Patient posted our screenshot on ' + p.her + ' page ',
                   (f"https://www.facebook.com/{fold(p.first)}.{fold(p.last)}.{R.randint(10, 999)}", "url"),
                   f" - can you tell us if the portal leaked anything? {p.her.capitalize()} portal login is ", (p.user, "other_id"),
                   f'","tags":{tags},"via":{{"channel":"web"}}}}}}'),
        lambda: ln(fam, head + '"subject":"Sleep study device not syncing","description":"Pt ', (p.name("lf"), "name"),
                   " (chart ", (p.mrn, "mrn"), ") ResMed AirSense 10 SN ", (digits(11), "device"),
                   f' does not upload to AirView, interface shows no data since 2/28.","tags":{tags},"via":{{"channel":"voice"}}}}}}'),
        lambda: ln(fam, head + '"subject":"Statements by fax","description":"Pt ', (p.name("fl"), "name"),
                   f" asks that {p.her} statements be faxed to {p.her} work fax ", (pfmt(p.cell, "dash"), "fax"), f' instead of mailed. Is there a setting for that?","tags":{tags},"via":{{"channel":"web"}}}}}}'),
        lambda: ln(fam, f'{{"comment":{{"id":{R.randint(10 ** 13, 10 ** 14)},"ticket_id":{tid},"public":false,"body":"Called patient back at ',
                   (pfmt(p.phone), "phone"), " per office request, spoke with daughter ", (f"{rel} {p.last}", "name"),
                   f'. Portal reset done.","created_at":"{zd_ts()}"}}}}'),
    ]
    out.append(R.choice(subj)())
    if R.random() < 0.4:
        out.append(audit())
    return out

# ---------------------------------------------------------------- 11 e-mail
def F_email(phi):
    fam = "email_rfc822"
    pr = prac()
    cu = R.choice(CUST_STAFF)
    em = f"{fold(cu.split()[0])[0]}{fold(cu.split()[1])}@{pr['dom']}.com"
    tid = R.randint(480000, 499999)
    t = tick(30, 400)
    hdr = [
        f"Received: from mail-{pick('yw1', 'qk1', 'pl1')}-f{R.randint(100, 199)}.google.com ([209.85.{R.randint(128, 255)}.{R.randint(1, 254)}]) by mx.zendesk.com with ESMTPS id {hexs(10)}",
        f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} -0700",
        f"From: {cu} <{em}>",
        f"To: support@meridianhs.zendesk.com",
        f"Subject: RE: [Ticket #{tid}] {pick('Statements printing wrong address', 'Rejections from ' + R.choice(CLEARINGHOUSES), 'eRx errors', 'Upgrade scheduling')}",
        f"Message-ID: <CAF{hexs(20)}@mail.gmail.com>",
        f"X-Zendesk-Ticket-Id: {tid}",
        "Content-Type: text/plain; charset=\"UTF-8\"",
        f"{cu} | Office Manager | {pr['name']} | P {pr['phone']} | F {pr['fax']}",
        "> On Mon, Mar 11, 2024 at 4:02 PM Meridian Support <support@meridianhs.com> wrote:",
        "> Please reply with a screenshot of the error and the workstation name.",
        "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, delete it.",
    ]
    out = [n(fam, x) for x in R.sample(hdr, nk(phi, 3))]
    if not phi:
        return out
    p = P(old=R.random() < 0.2)
    body = [
        lambda: [ln(fam, "Pt ", (p.name(), "name"), " (acct ", (p.acct, "account"), f") got {p.her} statement at ", (p.street, "address"),
                    ", ", (p.city, "address"), f" but {p.she} moved in January.")],
        lambda: [ln(fam, "From: ", (p.name("fl"), "name"), " <", (p.email, "email"), ">"),
                 ln(fam, "Subject: Fwd: my bill is wrong, I was seen on ", (dfmt(svc_date(), "mon"), "date"), " not twice")],
        lambda: [ln(fam, "Here is the info you asked for: ", (p.name("LF"), "name"), ", DOB ", (dfmt(p.dob), "date"),
                    ", Medicaid # ", (p.member, "health_plan"), ", ph ", (pfmt(p.phone), "phone"))],
        lambda: [ln(fam, "> Patient: ", (p.name("lf"), "name"), "   DOB: ", (dfmt(p.dob, "us"), "date"), "   MRN: ", (p.mrn, "mrn"))],
        lambda: [ln(fam, f"{p.she.capitalize()} wants {p.her} records faxed to {p.her} home fax ", (pfmt(p.phone, "dash"), "fax"), ", not to our fax ", pr["fax"], ".")],
        lambda: [ln(fam, f"{p.she.capitalize()} also mentioned it in {p.her} blog ", (f"https://{fold(p.first)}{fold(p.last)}.wordpress.com", "url"),
                    " so the doctor wants the account for ", (p.name("lf"), "name"), " (", (p.acct, "account"), ") closed.")],
        lambda: [ln(fam, "Estimada clínica: soy ", (p.name("fl"), "name"), ", mi dirección nueva es ", (p.street, "address"), ", ",
                    (p.city, "address"), f", {p.st} ", (p.zip, "zip"), ". Gracias.")],
        lambda: [ln(fam, "Pt ", (p.last, "name"), " is ", (str(p.age if p.age > 89 else R.randint(90, 101)), "age"),
                    " and her son ", (f"{R.choice(FIRST_M)} {p.last}", "name"), " is the guarantor, his SSN is ", (p.ssn_s(), "ssn"))],
    ]
    out += R.choice(body)()
    return out

# ---------------------------------------------------------------- 12 X12 277CA
def isa(ts_, rcv="MERIDIANHS", snd="AVAILITY"):
    ctrl = f"{R.randint(1, 999999999):09d}"
    return (f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{ts_.strftime('%y%m%d')}*{ts_.strftime('%H%M')}*^*00501*{ctrl}*0*P*:~", ctrl)


def F_277(phi):
    fam = "x12_277ca"
    t = tick(60, 600)
    pr = prac()
    prov = R.choice(PROVIDERS)
    payer = R.choice(PAYERS)
    i, ctrl = isa(t)
    gs = R.randint(1000, 99999)
    lines = [i, f"GS*HN*AVAILITY*MERIDIANHS*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{gs}*X*005010X214~",
             f"ST*277*{R.randint(1, 9999):04d}*005010X214~",
             f"BHT*0085*08*{R.randint(10 ** 8, 10 ** 9)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*TH~",
             "HL*1**20*1~", f"NM1*PR*2*{payer[0]}*****PI*{payer[1]}~",
             f"TRN*1*{R.randint(10 ** 9, 10 ** 10)}~", f"DTP*050*D8*{t.strftime('%Y%m%d')}~", f"DTP*009*D8*{t.strftime('%Y%m%d')}~",
             "HL*2*1*21*1~", f"NM1*41*2*{pr['name'].upper()}*****46*{R.randint(100000, 999999)}~",
             f"TRN*2*{R.randint(1000000, 9999999)}~", f"STC*A1:19:PR*{t.strftime('%Y%m%d')}*WQ*{R.randint(800, 20000)}.{R.randint(0, 99):02d}~",
             f"QTY*90*{R.randint(1, 40)}~", f"AMT*YU*{R.randint(800, 20000)}.00~",
             "HL*3*2*19*1~", f"NM1*85*2*{pr['name'].upper()}*****XX*{prov[2]}~"]
    if not phi:
        k = R.randint(2, 5)
        s = R.randint(0, len(lines) - k)
        return [n(fam, x) for x in lines[s:s + k]]
    p = P(child=R.random() < 0.2)
    dos = svc_date()
    stc = R.choice(["A7:562:85", "A6:35:IL", "A7:21", "A8:164:IL", "A7:33:QC", "A3:116"])
    lin = [
        ln(fam, "HL*4*3*PT~"),
        ln(fam, "NM1*QC*1*", (p.last.upper(), "name"), "*", (p.first.upper(), "name"), "*", (p.mi, "name"), "***MI*", (p.member, "health_plan"), "~"),
        ln(fam, "TRN*2*", (p.acct.replace("-", ""), "account"), "~"),
        ln(fam, f"STC*{stc}*{t.strftime('%Y%m%d')}*U*{R.randint(40, 900)}.00~"),
        ln(fam, "REF*1K*", (f"{R.randint(24, 24)}{R.randint(10 ** 10, 10 ** 11)}", "other_id"), "~"),
        ln(fam, "REF*EJ*", (p.acct, "account"), "~"),
        ln(fam, "DTP*472*RD8*", (f"{dos.strftime('%Y%m%d')}-{dos.strftime('%Y%m%d')}", "date"), "~"),
    ]
    k = R.randint(0, 3)
    body = [n(fam, x) for x in lines[-k:]] if k else []
    body += lin[: R.randint(3, 7)]
    if R.random() < 0.5:
        body.append(n(fam, f"SE*{R.randint(14, 40)}*0001~"))
    return body

# ---------------------------------------------------------------- 13 X12 999
def F_999(phi):
    fam = "x12_999"
    t = tick(60, 600)
    i, ctrl = isa(t, snd=R.choice(["OFFICEALLY", "CHCLEARING", "DENTALXCHG"]))
    gs = R.randint(1000, 99999)
    lines = [i, f"GS*FA*CLEARINGHOUSE*MERIDIANHS*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{gs}*X*005010X231A1~",
             f"ST*999*{R.randint(1, 9999):04d}*005010X231A1~", f"AK1*HC*{R.randint(100, 9999)}*005010X222A1~",
             f"AK2*837*{R.randint(1, 9999):04d}*005010X222A1~", f"IK3*{pick('NM1', 'N4', 'REF', 'SV1', 'CLM')}*{R.randint(10, 400)}*{pick('2010BA', '2300', '2400', '2310B')}*8~",
             f"IK4*{R.randint(1, 9)}*{pick('66', '116', '127', '1028')}*{pick('1', '4', '6', '7')}~",
             pick("IK5*A~", "IK5*R*5~", "IK5*E~"),
             f"AK9*{pick('A', 'R', 'P')}*1*1*{pick('0', '1')}~", f"SE*{R.randint(6, 30)}*0001~", f"GE*1*{gs}~",
             f"IEA*1*{ctrl}~"]
    if not phi:
        k = R.randint(2, 5)
        s = R.randint(0, len(lines) - k)
        out = [n(fam, x) for x in lines[s:s + k]]
        if R.random() < 0.25:  # whole interchange on one line, no PHI
            out = [n(fam, "".join(lines))]
        return out
    p = P()
    bad = p.dob.strftime("%Y") + f"{p.dob.month:02d}{R.choice([30, 31])}" if p.dob.month == 2 else p.dob.strftime("%Y%m%d")
    sel = R.choice([
        lambda: [n(fam, lines[4]), n(fam, "IK3*DMG*19*2010BA*8~"), ln(fam, "CTX*CLM01:", (p.acct.replace("-", ""), "account"), "~"),
                 ln(fam, "IK4*2*1251*8*", (bad, "date"), "~"), n(fam, "IK5*R*5~")],
        lambda: [n(fam, "IK3*NM1*12*2010BA*8~"), ln(fam, "CTX*CLM01:", (p.acct, "account"), "~"),
                 ln(fam, "IK4*9*67*7*", (p.member + "X", "health_plan"), "~")],
        lambda: [ln(fam, "".join(lines[:5]) + "IK3*N4*27*2010BA*8~IK4*3*116*7*", (p.zip.replace("-", "")[:5] + "0", "zip"),
                    "~CTX*CLM01:", (p.acct, "account"), "~IK5*R*5~" + "".join(lines[8:]))],
    ])()
    return sel

# ---------------------------------------------------------------- 14 clearinghouse rejection report
def F_chreport(phi):
    fam = "clearinghouse_report"
    ch = R.choice(CLEARINGHOUSES)
    payer = R.choice(PAYERS)
    tot, rej = R.randint(20, 400), R.randint(0, 20)
    heads = [
        f"{ch.upper()} CLAIM REJECTION REPORT                          Page {R.randint(1, 9)} of {R.randint(9, 20)}",
        f"Run Date: {CLK[0].strftime('%m/%d/%Y')}  Submitter ID: {R.randint(100000, 999999)}  Batch: {R.randint(10 ** 7, 10 ** 8)}  File: 837P_{CLK[0].strftime('%Y%m%d')}_{R.randint(1, 9)}.txt",
        "PATIENT NAME            MEMBER ID        DOS         CHARGE    CLAIM #        REASON",
        "----------------------  ---------------  ----------  --------  -------------  -----------------------------------",
        f"TOTAL CLAIMS: {tot}   ACCEPTED: {tot - rej}   REJECTED: {rej}   TOTAL CHARGES: ${R.randint(5000, 90000):,}.{R.randint(0, 99):02d}",
        f"Payer: {payer[0]} ({payer[1]})   Billing NPI: {R.choice(PROVIDERS)[2]}   TIN: {R.choice(PRACTICES)['tin']}",
        f"** END OF REPORT ** generated by {ch} EDI Gateway v{R.randint(3, 9)}.{R.randint(0, 20)}.{R.randint(100, 999)}",
    ]
    out = [n(fam, heads[i]) for i in sorted(R.sample(range(len(heads)), nk(phi, 2)))]
    if not phi:
        return out
    for _ in range(R.randint(1, 3)):
        p = P(old=R.random() < 0.1)
        nm = p.name("LF")
        nm = nm if len(nm) <= 22 else nm[:22]
        dos = dfmt(svc_date(), "us")
        cl = f"{p.acct}-{R.randint(1, 9)}"
        reason = R.choice(["A7:562 Entity's NPI invalid", "A3:21 Missing/invalid info", "A7:33 Subscriber not found",
                           "A6:158 Entity's DOB missing", "A7:164 Entity's contract/member number", "A8:454 Procedure code invalid"])
        out.append(ln(fam, (nm, "name"), " " * (24 - len(nm)), (p.member, "health_plan"), " " * max(1, 17 - len(p.member)),
                      (dos, "date"), f"  {R.randint(40, 1500):>7}.00  ", (p.acct, "account"), f"-{R.randint(1, 9)}",
                      " " * max(1, 14 - len(cl)), reason))
    if R.random() < 0.4:
        p = P()
        out.append(ln(fam, "  Subscriber DOB on claim ", (dfmt(p.dob, "us"), "date"), " does not match payer DOB ",
                      (dfmt(p.dob + timedelta(days=R.choice([1, 30, 365])), "us"), "date")))
    return out

# ---------------------------------------------------------------- 15 statement print file
def F_statement(phi):
    fam = "statement_print"
    pr = prac()
    run = CLK[0].strftime("%m%d%Y")
    noise = [
        f"H|STMT|{run}|{pr['name'].upper()}|{R.choice(CITIES)[0].upper()}|{pr['phone']}|REMIT:PO BOX {R.randint(1000, 9999)}|{R.randint(1, 99):03d}",
        f"M|Thank you for choosing {pr['name']}. Payment is due within 30 days. Pay online at https://pay.{pr['dom']}.com",
        f"A|CURRENT:{R.randint(0, 400)}.00|31-60:{R.randint(0, 200)}.00|61-90:0.00|OVER90:0.00|INS PENDING:{R.randint(0, 900)}.00",
        f"T|TOTAL STATEMENTS:{R.randint(100, 900)}|TOTAL PAGES:{R.randint(100, 1400)}|OMR:ON|SIMPLEX|#10 DOUBLE WINDOW",
        f"%!PS-Adobe-3.0 %%Title: STMT_{run}_{R.randint(1, 9)}.ps %%Pages: {R.randint(100, 900)}",
        f"I|{R.randint(1, 900):06d}|BARCODE:IMB {digits(31)}|TRAY:2",
    ]
    out = [n(fam, x) for x in R.sample(noise, nk(phi, 2))]
    if not phi:
        return out
    p = P()
    kid = R.choice(FIRST_F + FIRST_M)
    style = R.random()
    if style < 0.6:
        out.append(ln(fam, "G|", (p.acct, "account"), "|", (p.name("FL"), "name"), "|", (p.street.upper(), "address"), "||",
                      (p.city.upper(), "address"), f"|{p.st}|", (p.zip, "zip"), "|", (pfmt(p.phone, "plain"), "phone"),
                      f"|DUE:{R.randint(10, 900)}.{R.randint(0, 99):02d}"))
    else:  # fixed-width legacy layout
        nm = p.name("LFsp")[:30]
        out.append(ln(fam, "01", (p.acct, "account"), " " * (10 - len(p.acct)),
                      (nm, "name"), " " * (31 - len(nm)), (p.street.upper()[:30], "address"), " " * (31 - len(p.street.upper()[:30])),
                      (p.city.upper(), "address"), " " * (17 - len(p.city)), p.st, " ", (p.zip[:5], "zip")))
    for _ in range(R.randint(1, 3)):
        c = R.choice(CDT if pr['prod'] == 'od' else CPT)
        d = svc_date()
        out.append(ln(fam, "D|", (dfmt(d, pick("us", "usd")), "date"), "|", (R.choice([p.first, kid]).upper(), "name"),
                      f"|{c[0]}|{c[1]}|{c[2]}|{pick('INS BILLED', 'PT RESP', 'ADJ', 'PAYMENT - THANK YOU')}"))
    return out

# ---------------------------------------------------------------- 16 eRx
def F_erx(phi):
    fam = "erx_ncpdp"
    ph = R.choice(PHARMACIES)
    prov = R.choice(PROVIDERS)

    def ts():
        t = tick(1, 60)
        return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
    mid = hexs(32)
    noise = [
        lambda: f"{ts()} INFO  eRx.Directory - Surescripts directory download complete: {R.randint(68000, 72000)} pharmacies, {R.randint(10, 900)} changed",
        lambda: f"{ts()} INFO  eRx.EPCS - Two-factor token validated for prescriber NPI {prov[2]} (DEA {R.choice('ABFM')}{R.choice('ABCMPR')}{digits(7)})",
        lambda: f"{ts()} WARN  eRx.Transport - POST https://staging.surescripts.net/erx/v2017071 returned 503, retry {R.randint(1, 3)}/3 in 30s (MessageID {mid})",
        lambda: f"<Message xmlns=\"http://www.ncpdp.org/schema/SCRIPT\"><Header><To Qualifier=\"P\">{ph[1]}</To><From Qualifier=\"C\">{R.randint(10 ** 9, 10 ** 10)}</From><MessageID>{mid}</MessageID><RelatesToMessageID>{hexs(32)}</RelatesToMessageID><SentTime>{CLK[0].strftime('%Y-%m-%dT%H:%M:%S')}Z</SentTime></Header><Body><Status><Code>010</Code></Status></Body></Message>",
        lambda: f"{ts()} ERROR eRx.NewRx - Error 900 from {ph[0]} (NCPDP {ph[1]}): DescriptionCode 1000 'Transaction rejected - pharmacy not enabled for CancelRx'",
        lambda: f"{ts()} INFO  eRx.DoseCheck - Pediatric weight-based check passed: age {R.randint(2, 17)} y, weight {R.randint(12, 60)} kg, amoxicillin 400 MG/5ML susp",
        lambda: f"{ts()} INFO  eRx.Formulary - RxNorm 197361 (amlodipine 5 MG Oral Tablet) tier 1, PA not required, plan list {R.randint(1000, 9999)}",
    ]
    nz = R.sample(noise, nk(phi, 2))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.2)
    old = P(old=True)
    reps = [
        lambda: ln(fam, f"<Message xmlns=\"http://www.ncpdp.org/schema/SCRIPT\"><Header><MessageID>{mid}</MessageID></Header><Body><Error><Code>900</Code><DescriptionCode>220</DescriptionCode><Description>Patient not found: ",
                   (p.name("LF"), "name"), " DOB ", (dfmt(p.dob, "d8"), "date"), "</Description></Error></Body></Message>"),
        lambda: ln(fam, "<Patient><HumanPatient><Name><LastName>", (p.last, "name"), "</LastName><FirstName>", (p.first, "name"),
                   f"</FirstName></Name><Gender>{p.sex}</Gender><DateOfBirth><Date>", (dfmt(p.dob, "iso"), "date"),
                   "</Date></DateOfBirth><Address><AddressLine1>", (p.street, "address"), "</AddressLine1><City>", (p.city, "address"),
                   f"</City><StateProvince>{p.st}</StateProvince><PostalCode>", (p.zip.replace("-", ""), "zip"),
                   "</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>",
                   (p.phone, "phone"), "</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>"),
        lambda: ln(fam, f"{ts()} ERROR eRx.RxChange - RxChangeRequest rejected for patient_id=", (p.mrn, "mrn"), " (",
                   (p.name("lf"), "name"), "): medication history consent missing; PBM member ", (p.member, "health_plan")),
        lambda: ln(fam, f"{ts()} WARN  eRx.PDMP - PDMP query returned multiple matches for ", (p.name("FL"), "name"), " ",
                   (dfmt(p.dob, "us"), "date"), " zip ", (p.zip[:5], "zip"), f"; prescriber {prov[0]} must select manually"),
        lambda: ln(fam, f"{ts()} WARN  eRx.DoseCheck - Renal dose alert for ", (old.name("lf"), "name"), ", age ", (str(old.age), "age"),
                   f" y, CrCl {R.randint(18, 35)} mL/min: metformin 1000 MG BID exceeds recommended max (prescriber NPI {prov[2]})"),
        lambda: ln(fam, f"{ts()} ERROR eRx.NewRx - Pharmacy rejected: DOB mismatch for ", (p.name("lfm"), "name"), " (",
                   (dfmt(p.dob, "usn"), "date"), " vs pharmacy profile ", (dfmt(p.dob.replace(day=min(28, p.dob.day + 1)), "usn"), "date"), ")"),
    ]
    return assemble(fam, nz, [R.choice(reps)])

# ---------------------------------------------------------------- 17 database repair tool
def F_dbrepair(phi):
    fam = "db_repair_tool"
    noise = [
        lambda: f"opendental.{pick('procedurelog', 'claimproc', 'securitylog', 'appointment', 'sheetfield', 'commlog')}{' ' * R.randint(2, 12)}OK",
        lambda: "opendental.securitylog\nwarning  : Table is marked as crashed".split("\n")[R.randint(0, 1)],
        lambda: "Repair table: error    : Table upgrade required. Please do \"REPAIR TABLE `opendental`.`histappointment`\" or dump/reload to fix it!",
        lambda: f"Database Maintenance - {pick('Claims with invalid ClaimProcs', 'Appointments with invalid Op', 'Recall types missing triggers', 'Payment splits not attached', 'Orphaned insurance plans')}: {R.randint(0, 40)} fixed",
        lambda: f"DBCC results for 'NGProd'.",
        lambda: f"There are {R.randint(100000, 9000000)} rows in {R.randint(100, 9000)} pages for object \"{pick('charges', 'patient_encounter', 'person', 'appointments', 'sig_events')}\".",
        lambda: f"CHECKDB found 0 allocation errors and {R.randint(0, 4)} consistency errors in database 'NGProd'.",
        lambda: f"Msg 8928, Level 16, State 1, Line 1 Object ID {R.randint(10 ** 8, 10 ** 9)}, index ID 1, partition ID {R.randint(10 ** 16, 10 ** 17)}, alloc unit ID {R.randint(10 ** 16, 10 ** 17)} (type In-row data): Page (1:{R.randint(1000, 999999)}) could not be processed.",
        lambda: f"repair_allow_data_loss is the minimum repair level for the errors found by DBCC CHECKDB (NGProd).",
        lambda: f"mobiledoc.edi_inv_claims  check  status  OK",
        lambda: f"[ECWDbTool 4.2.{R.randint(0, 30)}] Rebuilt index idx_enc_date on enc ({R.randint(100000, 9000000)} rows) in {R.randint(10, 900)}s",
    ]
    nz = R.sample(noise, nk(phi, 3))
    if not phi:
        return assemble(fam, nz, [])
    p = P(old=R.random() < 0.2)
    reps = [
        lambda: ln(fam, "Database Maintenance - Patients with invalid Guarantor: PatNum ", (p.patnum, "mrn"), " (", (p.name("lf"), "name"),
                   ") guarantor set to self"),
        lambda: ln(fam, "Database Maintenance - Duplicate insurance subscriber IDs: ", (p.member, "health_plan"), " on PatNums ",
                   (p.patnum, "mrn"), ", ", (str(int(p.patnum) + R.randint(1, 500)), "mrn")),
        lambda: ln(fam, "Database Maintenance - Patients with invalid Birthdate '", (f"{R.choice([1800, 2099, 1900])}-{p.dob.month:02d}-{p.dob.day:02d}", "date"),
                   "' cleared: ", (p.name("fl"), "name"), " #", (p.patnum, "mrn")),
        lambda: ln(fam, "Msg 2627, Level 14, State 1 - DBCC REPAIR could not rebuild index UQ_person_ssn: duplicate key value is (",
                   (p.ssn_s(), "ssn"), ") for person_nbr ", (p.mrn, "mrn")),
        lambda: ln(fam, f"[ECWDbTool 4.2.{R.randint(0, 30)}] orphan encounter {R.randint(10 ** 6, 10 ** 7)} re-linked to patient ",
                   (p.name("LF"), "name"), " dob=", (dfmt(p.dob, "iso"), "date"), " ControlNo=", (p.mrn, "mrn")),
    ]
    return assemble(fam, nz, [R.choice(reps)])

# ---------------------------------------------------------------- 18 PowerShell transcript
def F_powershell(phi):
    fam = "powershell_transcript"
    pr = prac()
    t = tick(30, 300)
    host = f"{pr['code']}-{pick('SRV01', 'SQL01', 'APP01')}"
    hdr = [
        "**********************",
        "Windows PowerShell transcript start",
        f"Start time: {t.strftime('%Y%m%d%H%M%S')}",
        f"Username: {pr['dom'].upper()}\\svc_meridian",
        f"RunAs User: {pr['dom'].upper()}\\svc_meridian",
        f"Configuration Name: ",
        f"Machine: {host} (Microsoft Windows NT 10.0.17763.0)",
        "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -ExecutionPolicy Bypass -File C:\\Meridian\\diag.ps1",
        f"Process ID: {R.randint(1000, 20000)}",
        "PSVersion: 5.1.17763.5576",
        "BuildVersion: 10.0.17763.5576",
        "CLRVersion: 4.0.30319.42000",
        f"Transcript started, output file is C:\\Meridian\\Logs\\PowerShell_transcript.{host}.{hexs(8)}.{t.strftime('%Y%m%d%H%M%S')}.txt",
    ]
    cmds = [
        f"PS C:\\Meridian> Get-Service -Name {pick('NGBackgroundSvc', 'OpenDentalService', 'Tomcat9', 'MSSQLSERVER')} | Restart-Service -Force",
        "PS C:\\Meridian> Test-NetConnection sftp.availity.com -Port 22",
        f"TcpTestSucceeded : {pick('True', 'False')}",
        f"PS C:\\Meridian> Get-ChildItem E:\\Backups -Filter *.bak | Measure-Object -Property Length -Sum",
        f"Count    : {R.randint(3, 40)}",
        f"Sum      : {R.randint(10 ** 10, 10 ** 12)}",
        "WARNING: The names of some imported commands from the module 'SqlServer' include unapproved verbs.",
        f"Invoke-Sqlcmd : Timeout expired.  The timeout period elapsed prior to completion of the operation.",
        "At C:\\Meridian\\diag.ps1:42 char:1",
        "    + CategoryInfo          : InvalidOperation: (:) [Invoke-Sqlcmd], SqlPowerShellSqlExecutionException",
        "**********************",
        f"Windows PowerShell transcript end",
        f"End time: {(t + timedelta(minutes=R.randint(1, 30))).strftime('%Y%m%d%H%M%S')}",
    ]
    if not phi:
        if R.random() < 0.45:
            s = R.randint(0, len(hdr) - 4)
            return [n(fam, x) for x in hdr[s:s + R.randint(2, 4)]]
        return [n(fam, cmds[i]) for i in sorted(R.sample(range(len(cmds)), R.randint(1, 3)))]
    ps = [P(old=R.random() < 0.15) for _ in range(R.randint(1, 3))]
    p = ps[0]
    out = []
    mode = R.randint(0, 2)
    if mode == 0:
        out.append(ln(fam, "PS C:\\Meridian> Invoke-Sqlcmd -ServerInstance NG-SQL01 -Database NGProd -Query \"SELECT person_nbr, last_name, first_name, date_of_birth FROM person WHERE last_name = '",
                      (p.last.replace("'", "''"), "name"), "'\""))
        out.append(n(fam, ""))
        out.append(n(fam, "person_nbr last_name            first_name      date_of_birth"))
        out.append(n(fam, "---------- ---------            ----------      -------------"))
        for q in ps:
            q.last = p.last
            ln_ = f"{q.last:<20}"
            out.append(ln(fam, (q.mrn, "mrn"), " " * (11 - len(q.mrn)), (q.last, "name"), " " * (21 - len(q.last)),
                          (q.first, "name"), " " * max(1, 16 - len(q.first)), (dfmt(q.dob, "d8"), "date")))
    elif mode == 1:
        out.append(n(fam, "PS C:\\Meridian> .\\Fix-Guarantor.ps1 -WhatIf"))
        for q in ps:
            out.append(ln(fam, "What if: Performing the operation \"Set guarantor\" on target \"PatNum ", (q.patnum, "mrn"), " ",
                          (q.name("lf"), "name"), "\"."))
    else:
        out.append(n(fam, "PS C:\\Meridian> Import-Csv .\\portal_invites.csv | Format-List"))
        out.append(ln(fam, "Email      : ", (p.email, "email")))
        out.append(ln(fam, "Cell       : ", (pfmt(p.cell, "dash"), "phone")))
        out.append(ln(fam, "PersonId   : ", (guid(True), "other_id")))
        out.append(ln(fam, "DOB        : ", (dfmt(p.dob, "usn"), "date")))
    # blank output line from transcript: replace with a realistic non-empty separator
    out = [x if x.buf else n(fam, "WARNING: Using provider context. Server = NG-SQL01, Database = NGProd.") for x in out]
    return out

# ---------------------------------------------------------------- 19 HL7 v2 interface (Mirth-like)
def F_hl7(phi):
    fam = "hl7_v2"
    ch = pick("LabCorp_ORU_In", "Quest_ORM_Out", "ADT_to_Healow", "Immunization_VXU_Out")
    cid = guid()

    def ts():
        t = tick(1, 50)
        return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    t = CLK[0]
    msh = f"MSH|^~\\&|{pick('LAB', 'NEXTGEN', 'ECW')}|{pick('LABCORP', 'QUEST', 'CIM')}|{pick('NG', 'ECW', 'IIS')}|{pick('CIM', 'LSP', 'MVFP')}|{t.strftime('%Y%m%d%H%M%S')}||{pick('ORU^R01', 'ORM^O01', 'ADT^A08', 'VXU^V04')}|{R.randint(10 ** 9, 10 ** 10)}|P|2.5.1"
    noise = [
        lambda: f" INFO {ts()} [Channel: {ch} ({cid})] d.m.s.c.DonkeyEngineController: Channel {ch} deployed, {R.randint(1, 4)} destinations",
        lambda: f"ERROR {ts()} [Channel: {ch} ({cid}), Destination 1] c.m.c.c.TcpDispatcher: Error connecting to 10.12.0.{R.randint(2, 99)}:{pick('6661', '6700', '2575')} - Connection refused",
        lambda: msh,
        lambda: f"OBR|1|{R.randint(10 ** 7, 10 ** 8)}|{R.randint(10 ** 8, 10 ** 9)}|80053^Comprehensive metabolic panel^L|||{t.strftime('%Y%m%d%H%M')}",
        lambda: f"OBX|{R.randint(1, 20)}|NM|2345-7^Glucose^LN||{R.randint(70, 240)}|mg/dL|70-99|{pick('H', 'N', '')}|||F",
        lambda: f"MSA|AA|{R.randint(10 ** 9, 10 ** 10)}",
        lambda: f" WARN {ts()} [Channel: {ch} ({cid})] c.m.s.c.DatabaseReceiver: queue size {R.randint(100, 5000)} exceeds threshold",
    ]
    nz = R.sample(noise, nk(phi, 3))
    if not phi:
        return assemble(fam, nz, [])
    out = assemble(fam, nz, [])
    p = P(child=R.random() < 0.3, old=R.random() < 0.1)
    mode = R.randint(0, 3)
    if mode == 0:
        out.append(ln(fam, "PID|1||", (p.mrn, "mrn"), "^^^CIM^MR||", (p.name("hl7"), "name"), "||", (dfmt(p.dob, "d8"), "date"),
                      f"|{p.sex}||2106-3|", (p.street, "address"), "^^", (p.city, "address"), f"^{p.st}^", (p.zip, "zip"),
                      "^USA||^PRN^PH^^^", (p.phone[:3], "phone"), "^", (p.phone[3:], "phone"), "|||||", (p.acct, "account"), "|",
                      (p.ssn_s("plain"), "ssn")))
    elif mode == 1:
        out.append(ln(fam, f"ERROR {ts()} [Channel: {ch} ({cid})] c.m.s.c.JavaScriptFilter: PID-7 invalid: '",
                      (dfmt(p.dob, "iso"), "date"), "' for PID-3 ", (p.mrn, "mrn")))
    elif mode == 2:
        out.append(ln(fam, msh.replace("|P|2.5.1", "|P|2.5.1") + "\\rPID|1||", (p.mrn, "mrn"), "^^^ECW^MR||", (p.name("hl7"), "name"),
                      "||", (dfmt(p.dob, "d8"), "date"), f"|{p.sex}\\rNK1|1|", (f"{R.choice(LAST).upper()}^{R.choice(FIRST_F).upper()}", "name"),
                      "|MTH^Mother|||", (pfmt(p.cell, "paren"), "phone"), "\\r"))
    else:
        out.append(ln(fam, "OBX|1|ST|DEVSN^Insulin pump serial^L||", (f"PMP{digits(9)}", "device"), "||||||F"))
        out.append(ln(fam, "PV1|1|O|CIM^EXAM3^^CIM||||", R.choice(PROVIDERS)[2], "^", R.choice(PROVIDERS)[0].split()[-1].upper(), "|||||||||||",
                      (str(R.randint(10 ** 6, 10 ** 7)), "other_id"), "|||||||||||||||||||||||||", (svc_date().strftime("%Y%m%d") + "0930", "date")))
    return out

# ---------------------------------------------------------------- 20 IIS W3C (patient portal / web)
def F_iis(phi):
    fam = "iis_w3c"
    pr = prac()

    def ts():
        t = tick(1, 20)
        return t.strftime("%Y-%m-%d %H:%M:%S")
    sip = f"10.20.0.{R.randint(10, 30)}"
    ua = pick("Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3+like+Mac+OS+X)+AppleWebKit/605.1.15",
              "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
              "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
              "okhttp/4.11.0")
    noise = [
        lambda: "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
        lambda: f"{ts()} {sip} GET /healthz - 443 - 10.20.0.2 ELB-HealthChecker/2.0 - 200 0 0 {R.randint(1, 9)}",
        lambda: f"{ts()} {sip} GET /portal/css/site.min.css v={hexs(8)} 443 - 10.20.0.{R.randint(2, 9)} {ua} - 304 0 0 {R.randint(1, 40)}",
        lambda: f"{ts()} {sip} POST /api/claims/submit batch={R.randint(1000, 9999)} 443 {pr['dom']}\\billing1 {pr['ip']} {ua} - 500 0 0 {R.randint(200, 9000)}",
        lambda: "#Software: Microsoft Internet Information Services 10.0",
        lambda: f"{ts()} {sip} GET /mobiledoc/jsp/catalog/xml/getServerTime.jsp - 8443 - 10.12.0.{R.randint(2, 99)} Java/1.8.0_371 - 200 0 0 {R.randint(1, 30)}",
    ]
    nz = R.sample(noise, nk(phi, 3))
    if not phi:
        return assemble(fam, nz, [])
    p = P()
    cip = f"{R.choice([73, 98, 174, 67, 24, 76, 108, 172, 99])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    reps = [
        lambda: ln(fam, f"{ts()} {sip} POST /portal/api/account/login - 443 ", (p.user, "other_id"), " ", (cip, "ip"), f" {ua} - 401 1 1326 {R.randint(40, 900)}"),
        lambda: ln(fam, f"{ts()} {sip} GET /portal/api/selfcheckin lastName=", (fold(p.last), "name"), "&dob=", (dfmt(p.dob, "iso"), "date"),
                   "&phone=", (p.cell, "phone"), " 443 - ", (cip, "ip"), f" {ua} - 200 0 0 {R.randint(40, 900)}"),
        lambda: ln(fam, f"{ts()} {sip} GET /portal/statements/pdf acct=", (p.acct, "account"), "&token=", hexs(24), " 443 ",
                   (p.email, "email"), " ", (cip, "ip"), f" {ua} - 200 0 0 {R.randint(40, 900)}"),
        lambda: ln(fam, f"{ts()} {sip} POST /mobiledoc/jsp/webemr/patient/savePatient.jsp patientId=", (str(R.randint(100000, 9999999)), "mrn"),
                   "&ptDL=", (R.choice("ABDFKMNSW") + digits(8), "license"), f" 8443 {pr['dom']}\\frontdesk {pr['ip']} {ua} - 200 0 0 {R.randint(40, 900)}"),
    ]
    return assemble(fam, nz, [R.choice(reps)])

# ---------------------------------------------------------------- 21 CSV exports
def F_csv(phi):
    fam = "csv_export"
    kind = R.randint(0, 2)
    heads = ["PatNum,LName,FName,Birthdate,WirelessPhone,Email,DateDue,RecallType",
             "person_nbr|last_name|first_name|dob|addr1|city|state|zip|home_phone|ssn",
             "\"Patient Name\",\"Account #\",\"DOS\",\"CPT\",\"Charge\",\"Insurance Balance\",\"Patient Balance\""]
    if not phi:
        noise = [heads[kind],
                 f"\"TOTAL\",,,,\"{R.randint(1000, 90000)}.00\",\"{R.randint(100, 9000)}.00\",\"{R.randint(100, 9000)}.00\"",
                 f"# exported by {R.choice(CUST_STAFF)} on {CLK[0].strftime('%m/%d/%Y %H:%M')} from {pick('OD-SRV01', 'NG-APP01')} ({R.randint(20, 900)} rows)",
                 f"RecallType,Count,Overdue\nProphy,{R.randint(100, 900)},{R.randint(10, 99)}".split("\n")[R.randint(0, 1)],
                 f"CPT,Units,Charges,Payments,Adjustments",
                 f"{R.choice(CPT)[0]},{R.randint(1, 400)},{R.randint(1000, 60000)}.00,{R.randint(1000, 50000)}.00,{R.randint(0, 9000)}.00"]
        return [n(fam, x) for x in R.sample(noise, R.randint(1, 2))]
    out = []
    if R.random() < 0.5:
        out.append(n(fam, heads[kind]))
    for _ in range(R.randint(1, 3)):
        p = P(child=kind == 0 and R.random() < 0.4, old=R.random() < 0.1)
        if kind == 0:
            out.append(ln(fam, (p.patnum, "mrn"), ",", (p.last if "," not in p.last else p.last, "name"), ",", (p.first, "name"), ",",
                          (dfmt(p.dob, "usn"), "date"), ",", (pfmt(p.cell, pick("paren", "dash", "plain")), "phone"), ",",
                          (p.email, "email"), ",", (dfmt(svc_date() + timedelta(days=90), "usn"), "date"), ",Prophy"))
        elif kind == 1:
            out.append(ln(fam, (p.mrn, "mrn"), "|", (p.last.upper(), "name"), "|", (p.first.upper(), "name"), "|",
                          (dfmt(p.dob, "iso"), "date"), "|", (p.street.upper(), "address"), "|", (p.city.upper(), "address"),
                          f"|{p.st}|", (p.zip, "zip"), "|", (p.phone, "phone"), "|", (p.ssn_s(), "ssn")))
        else:
            c = R.choice(CPT + CDT)
            out.append(ln(fam, "\"", (p.name("lf"), "name"), "\",\"", (p.acct, "account"), "\",\"", (dfmt(svc_date(), "us"), "date"),
                          f"\",\"{c[0]}\",\"{c[2]}\",\"{R.randint(0, 500)}.00\",\"{R.randint(0, 200)}.00\""))
    return out

# ---------------------------------------------------------------- biometric: palm-vein check-in kiosk log (inside NextGen family style)
def F_kiosk(phi):
    fam = "checkin_kiosk_json"
    t = tick(1, 60)
    base = f'{{"ts":"{t.strftime("%Y-%m-%dT%H:%M:%S")}.{ms(t)}-07:00","kiosk":"CHK-0{R.randint(1, 4)}","app":"PatientSecure.Bridge","ver":"3.1.{pick(418, 418, 522)}",'
    if not phi:
        return [n(fam, base + pick(f'"evt":"heartbeat","scanner":"PV-{digits(6)}","temp_c":{R.randint(30, 45)}}}',
                                   f'"evt":"match_timeout","latency_ms":{R.randint(3000, 9000)},"traceId":"{hexs(32)}"}}',
                                   f'"evt":"template_db_sync","records":{R.randint(1000, 90000)},"duration_ms":{R.randint(100, 9000)}}}'))]
    p = P(old=R.random() < 0.2)
    return [R.choice([
        lambda: ln(fam, base + '"evt":"enroll","patientId":"', (p.mrn, "mrn"), '","palmTemplate":"', (fmr_b64(R.randint(60, 120)), "biometric"), '"}'),
        lambda: ln(fam, base + '"evt":"match","score":0.9' + digits(2) + ',"patient":{"lastName":"', (p.last, "name"), '","firstName":"',
                   (p.first, "name"), '","dob":"', (dfmt(p.dob, "iso"), "date"), '"}}'),
        lambda: ln(fam, base + '"evt":"photo_capture","mrn":"', (p.mrn, "mrn"), '","photo_b64":"', (jpeg_b64(R.randint(90, 180)), "photo"), '"}'),
        lambda: ln(fam, base + '"evt":"copay","patient_account":"', (p.acct, "account"), '","card_last4":"', card()[-4:],
                   '","dl_scan":{"dl_number":"', (R.choice("ABDFKMNSW") + digits(7), "license"), '","dob":"', (dfmt(p.dob, "d8"), "date"), '"}}'),
    ])()]


FAMS = [  # (func, noise weight, phi weight)
    (F_transcript, 7, 9), (F_nextgen, 6, 7), (F_ecw, 5, 6), (F_opendental, 5, 6), (F_mssql, 4, 2),
    (F_mysqld, 4, 0), (F_evtx, 5, 4), (F_vmware, 5, 0), (F_ldap, 5, 0), (F_zendesk, 4, 6), (F_email, 4, 6),
    (F_277, 2, 3), (F_999, 3, 3), (F_chreport, 3, 4), (F_statement, 3, 4), (F_erx, 4, 5), (F_dbrepair, 4, 4),
    (F_powershell, 4, 4), (F_hl7, 4, 4), (F_iis, 4, 4), (F_csv, 2, 3), (F_kiosk, 3, 4),
]


def build():
    TOTAL, TARGET_NOISE = 500, 0.55
    lines = []
    while len(lines) < TOTAL:
        noise_n = sum(1 for x in lines if not x.spans)
        want_phi = bool(lines) and noise_n / len(lines) > TARGET_NOISE
        ws = [(f, (pw if want_phi else nw)) for f, nw, pw in FAMS]
        tot = sum(w for _, w in ws)
        r = R.uniform(0, tot)
        for f, w in ws:
            r -= w
            if r <= 0:
                break
        blk = f(want_phi)
        lines.extend(blk)
    return lines[:TOTAL]


def main():
    lines = build()
    # validate and write
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        spans = []
        last_e = -1
        for st, e, cat, val in sorted(L.spans):
            assert b[st:e] == val.encode("utf-8"), (i, val)
            assert val.strip() == val and val, (i, repr(val))
            assert st >= last_e, (i, "overlap")
            last_e = e
            spans.append({"s": st, "e": e, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
