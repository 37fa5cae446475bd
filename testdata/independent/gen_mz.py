#!/usr/bin/env python3
"""Synthetic labeled log corpus "mz": county behavioral health court / civil commitment
liaison office (Marlow County, fictional).  Standard library only, deterministic.

Writes mz.log (500 lines) and mz.labels.jsonl next to this script.

Formats: court docket CSV export, printed mental-health calendar (fixed width), PDF
text-extraction worker log (Python logging + pdfminer warnings), inbound fax + Tesseract OCR
log, HL7 v2.5.1 MDM^T02 segments and ACKs, secure-messaging gateway JSON (liaison <-> public
defender), crisis CAD bridge key=value, medication compliance pipe report, smart pill
dispenser webhook JSON, e-filing API Serilog / NLog / .NET stack traces, IIS W3C access log,
Tyler-Odyssey-like integration XML, PowerShell transcript + Task Scheduler events,
SharePoint (Purview) audit CSV, clerk and liaison free-text notes, Nagios service checks.

All people, numbers and places are invented.

Labeling decisions:
- The respondent (person named in a commitment petition / under an LRA or commitment order)
  is the patient.  Their relatives, petitioning family members, guardians who are family and
  emergency contacts are labeled too (name, phone, email, fax, address).
- Judges, commissioners, public defenders, county counsel, examiners/psychiatrists, clerks,
  liaisons, crisis clinicians, deputies, service accounts: never labeled (names, emails,
  phones, extensions, bar numbers, NPIs, AD usernames).  Facilities, providers and their
  fax/phone numbers, the court's name and county are not labeled.
- Court case numbers of mental-health cases (any written form, also inside file names and
  URLs), Odyssey PartyIDs, state SIDs, crisis CAD incident numbers, HL7 visit numbers
  (PV1-19) and dispenser clientRef values -> other_id.
- E-filing envelope numbers, document IDs, fax job IDs, message/thread IDs, trace/span IDs,
  LanguageLine order numbers, Zoom meeting IDs, build numbers -> not labeled.
- Dates tied to a respondent (birth, hearing, detention/hold start, admission, discharge,
  evaluation, service, injection/dose, filing date of a document in their case, HL7 TXA-4 /
  PV1-44) -> date, whatever the written form, also "3/21" without a year.  Log/record
  timestamps, HL7 MSH-7/EVN-2, calendar headers and dates of court-wide events are not.
- Ages are labeled only when over 89.  Full names, "Last, First", upper case, initials+last,
  and a bare surname after Mr./Ms. are labeled (title excluded).  URL-encoded names in query
  strings and surnames inside file names are labeled as name.
- HL7 XPN/XAD components are labeled per component (last, first, middle; street, city; zip).
- An address may be split into street (address), city (address) and zip; CAD geocodes
  (lat,lon pair) are one address span.  State alone is not labeled.
- A masked SSN that still shows the last four (xxx-xx-1234) is labeled ssn as a whole token.
- Medicaid prime IDs and plan member IDs -> health_plan; HL7 PID-18 patient account -> account;
  hospital MRNs -> mrn; driver licence numbers -> license; licence plates -> vehicle; smart
  dispenser serials -> device; respondent's public IP when joining a remote hearing -> ip
  (court/internal 10.x addresses are not); respondent's social-media profile URL -> url;
  base64 booking photo -> photo; fingerprint template -> biometric.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta

ID = "mz"
SEED = 21_0521
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
NOISE_TARGET = 0.55


# ----------------------------------------------------------------------------- helpers
class Ln:
    """A log line that records byte offsets of inserted PHI values."""

    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.parts.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        assert x, "empty span"
        b = len(x.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, x))
        self.parts.append(x)
        self.n += b
        return self

    def text(self):
        return "".join(self.parts)


def mk(fam, *pieces):
    L = Ln(fam)
    for pc in pieces:
        if isinstance(pc, tuple):
            L.p(pc[0], pc[1])
        else:
            L.t(pc)
    return L


def pick(seq):
    return R.choice(seq)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def ulid():
    a = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01HS" + "".join(R.choice(a) for _ in range(22))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Clock:
    def __init__(self):
        self.now = datetime(2024, 3, 12, 0, 3, 17)
        self.ms = 0

    def tick(self):
        self.now += timedelta(seconds=R.randint(4, 190))
        self.ms = R.randint(0, 999)
        return self.now


CK = Clock()


def ts_py():
    CK.tick()
    return CK.now.strftime("%Y-%m-%d %H:%M:%S") + f",{CK.ms:03d}"


def ts_iso(z=False):
    CK.tick()
    if z:
        return (CK.now + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + f".{CK.ms:03d}Z"
    return CK.now.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def ts_serilog():
    CK.tick()
    return "[" + CK.now.strftime("%Y-%m-%d %H:%M:%S") + f".{CK.ms:03d} -07:00]"


def ts_nlog():
    CK.tick()
    return CK.now.strftime("%Y-%m-%d %H:%M:%S") + f".{CK.ms:03d}{R.randint(0, 9)}"


def ts_iis():
    CK.tick()
    return (CK.now + timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def ts_plain():
    CK.tick()
    return CK.now.strftime("%Y-%m-%d %H:%M:%S")


def ts_hl7():
    CK.tick()
    return CK.now.strftime("%Y%m%d%H%M%S")


def ts_epoch():
    CK.tick()
    return str(int((CK.now + timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fd(d, style=None):
    style = style or pick(["us", "iso", "us2", "short", "long", "dmy", "us"])
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "full":
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


def fphone(area, num, style=None):
    a, b = num[:3], num[3:]
    style = style or pick(["paren", "dash", "dot", "raw", "e164", "intl", "paren"])
    return {
        "paren": f"({area}) {a}-{b}",
        "parent": f"({area}){a}-{b}",
        "dash": f"{area}-{a}-{b}",
        "dot": f"{area}.{a}.{b}",
        "raw": f"{area}{a}{b}",
        "e164": f"+1{area}{a}{b}",
        "intl": f"+1 {area} {a} {b}",
    }[style]


# ----------------------------------------------------------------------------- staff / org
JUDGES = [("Okafor", "Patricia L.", "OKAFOR, P", "POKA"), ("Tsai", "Raymond", "TSAI, R", "RTSA"),
          ("Delgado-Hirsch", "Miriam", "DELGADO-HIRSCH, M", "MDHI"),
          ("Fitch", "Alan B.", "FITCH, A (COMM)", "AFIT")]
PDS = [("Elena", "Marchetti", "emarchetti"), ("Darnell", "Hughes", "dhughes"),
       ("Sun-mi", "Cho", "scho"), ("Patrick", "Nwosu", "pnwosu")]
CC = [("Gregory", "Vance", "gvance"), ("Lorraine", "Abiodun", "labiodun")]
EXAMINERS = [("Anika", "Sorensen", "MD", "1487362290"), ("Samuel", "Boateng", "PsyD", "1629047713"),
             ("Farah", "Haddad", "PMHNP", "1356620498"), ("Victor", "Lindgren", "MD", "1770584121")]
CLERKS = [("Tanya", "Whitaker", "TW", "twhitaker"), ("Jorge", "Morales", "JM", "jmorales"),
          ("Bethany", "Kline", "BK", "bkline")]
LIAISONS = [("Rosa", "Ibarra", "LCSW", "ribarra"), ("Kevin", "Lindqvist", "QMHP", "klindqvist")]
PROVIDERS = [("Riverbend Community Mental Health", "RIVERBEND CMH", "5415550148", "RIVERBEND"),
             ("Cascade Behavioral Health", "CASCADE BH ASHFORD", "5415550163", "CASCADEBH"),
             ("Eastern State Hospital", "ESH MEDICAL RECORDS", "5035550110", "ESH"),
             ("Pacific Harbor Recovery Center", "PHRC INTAKE", "9715550187", "PHRC"),
             ("Marlow County Crisis Stabilization Unit", "MC CSU", "5415550139", "MCCSU")]
HTYPES = [("PCH", "Probable Cause Hearing"), ("CMT", "Commitment Hearing"), ("R14", "14-Day Review"),
          ("LRV", "LRA Revocation Hearing"), ("STR", "Status Review"), ("RCM", "Recommitment Hearing"),
          ("MED", "Forced Medication Hearing")]
ROOMS = ["Dept 4B", "Dept 4C", "Courtroom 201", "Remote-Zoom", "ESH Hearing Rm"]
TIMES = ["08:30", "09:00", "09:30", "10:15", "11:00", "13:30", "14:00", "15:15"]
MEDS = [("paliperidone palmitate", "156mg", "IM"), ("aripiprazole ER (Abilify Maintena)", "400mg", "IM"),
        ("haloperidol decanoate", "100mg", "IM"), ("olanzapine", "10mg", "PO"),
        ("clozapine", "300mg", "PO"), ("lithium carbonate", "600mg", "PO"),
        ("risperidone (Perseris)", "90mg", "SC"), ("fluphenazine decanoate", "25mg", "IM")]
CITIES = [("Ashford", "97411"), ("Pine Hollow", "97424"), ("Riverton", "97438"),
          ("Cedar Bluff", "97452"), ("Millbrook", "97463"), ("Eastgate", "97470"),
          ("Hadley Falls", "97486")]
STREETS = ["Larch", "Quarry", "Division", "Alder", "Mill Creek", "Hawthorne", "Oak Knoll", "Baker",
           "Willamette", "Cottonwood", "River", "Lone Pine", "Juniper", "Harlow", "Fairgrounds",
           "Sunnyside", "Cherry Blossom", "Kingfisher", "Madrona", "Linn"]
STYPES = ["St", "Ave", "Rd", "Ct", "Dr", "Ln", "Way", "Cir", "Pl", "Blvd"]
LANGS = {"Nguyen": "Vietnamese", "Park": "Korean", "Castañeda-Ruiz": "Spanish", "Zhang": "Mandarin",
         "Kuznetsova": "Russian", "Benali": "Arabic", "Diallo": "French", "Ferreira": "Portuguese",
         "Villalobos": "Spanish", "Ortega": "Spanish", "Volkov": "Russian"}
STAFF_DOM = "bhcourt.marlowcounty.gov"

POOL = [
    ("David", "A", "Kowalczyk", "M", "Barbara Kowalczyk", "mother"),
    ("María José", "", "Castañeda-Ruiz", "F", "Guadalupe Ruiz", "mother"),
    ("Thu", "Thi", "Nguyen", "F", "Minh Nguyen", "husband"),
    ("Oluwaseun", "T", "Adebayo", "M", "Folake Adebayo", "wife"),
    ("Declan", "P", "O'Rourke", "M", "Aoife O'Rourke", "sister"),
    ("Pieter", "", "van der Berg", "M", "Marieke van der Berg", "mother"),
    ("Aaliyah", "N", "Washington", "F", "Denise Washington", "grandmother"),
    ("Roberto", "", "de la Cruz", "M", "Carmen de la Cruz", "wife"),
    ("Ye-jin", "", "Park", "F", "Sung-ho Park", "father"),
    ("Siobhan", "M", "McCarthy-Doyle", "F", "Liam Doyle", "husband"),
    ("Mohammed", "", "al-Rashid", "M", "Yasmin al-Rashid", "sister"),
    ("Jean-Luc", "", "Dubois", "M", "Céline Dubois", "daughter"),
    ("Tomasz", "K", "Wiśniewski", "M", "Agnieszka Wiśniewska", "mother"),
    ("Priya", "", "Raghunathan", "F", "Venkat Raghunathan", "father"),
    ("Kalani", "", "Kealoha", "M", "Malia Kealoha", "aunt"),
    ("Björn", "", "Åkesson", "M", "Ingrid Åkesson", "mother"),
    ("Dmitri", "A", "Volkov", "M", "Irina Volkova", "sister"),
    ("Fatima Zahra", "", "Benali", "F", "Karim Benali", "brother"),
    ("Keisha", "L", "Monroe", "F", "Tyrone Monroe", "brother"),
    ("Luis Ángel", "", "Ortega", "M", "Rosa María Ortega", "mother"),
    ("Hannah", "R", "Goldberg", "F", "Miriam Goldberg-Stein", "mother"),
    ("Chidi", "", "Okonkwo", "M", "Adaeze Okonkwo", "mother"),
    ("Ana Lúcia", "", "Ferreira", "F", "João Ferreira", "son"),
    ("Giuseppe", "", "Di Stefano", "M", "Lucia Di Stefano", "daughter"),
    ("Wei", "", "Zhang", "M", "Li Na Zhang", "wife"),
    ("Jamal", "D", "Reed", "M", "Shaniqua Reed", "mother"),
    ("Thomas", "J", "Whitfield", "M", "Carol Whitfield", "mother"),
    ("Ruth Ann", "", "Pettigrew", "F", "Dale Pettigrew", "son"),
    ("Ibrahim", "", "Diallo", "M", "Aminata Diallo", "wife"),
    ("Svetlana", "", "Kuznetsova", "F", "Oleg Kuznetsov", "husband"),
    ("Maximilian", "", "von Bredow", "M", "Charlotte von Bredow", "mother"),
    ("Esperanza", "", "Villalobos", "F", "Marisol Villalobos-Hart", "daughter"),
    ("Kenji", "", "Watanabe", "M", "Yuki Watanabe", "wife"),
    ("Ayesha", "", "Siddiqui", "F", "Imran Siddiqui", "brother"),
    ("Rangi", "", "Parata", "M", "Hine Parata", "mother"),
]
ELDERLY = {"Pettigrew": date(1931, 8, 19), "Villalobos": date(1929, 12, 2), "Di Stefano": date(1933, 11, 4)}
TODAY = date(2024, 3, 12)


def fake_ssn(used):
    while True:
        a = R.randint(101, 665)
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if a != 666 and v not in used:
            used.add(v)
            return v


STAFF_NUMS = {100, 110, 139, 148, 163, 187}


def person_num():
    while True:
        n = R.randint(101, 199)
        if n not in STAFF_NUMS:
            return f"555{n:04d}"


class Person:
    USED = set()

    def __init__(self, tup, idx):
        self.first, self.middle, self.last, self.sex, self.relname, self.relation = tup
        self.mi = self.middle[0] if self.middle else ""
        self.dob = ELDERLY.get(self.last) or date(R.randint(1956, 2004), R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        n = 300 + idx * 17 + R.randint(0, 15)
        self.caseno = n
        self.case = f"24MH{n:05d}" if R.random() < 0.8 else f"23MH{n + 900:05d}"
        self.party = str(R.randint(4_100_000, 6_999_999))
        self.mrn = pick([f"RB{R.randint(0, 9999999):07d}", f"ESH-{R.randint(100000, 999999)}",
                         f"{R.randint(10000000, 99999999)}"])
        self.medicaid = f"{pick('ABCDEFGHJKLMNPQRSTWXYZ')}{pick('ABCDEFGHJKLMNPQRSTWXYZ')}{R.randint(100000, 999999)}{pick('ABCDEFGHJKLMN')}"
        self.member = f"TRL{R.randint(100, 999)}{R.randint(10000, 99999)}"
        self.acct = f"HA{R.randint(10000000, 99999999)}"
        self.ssn = fake_ssn(Person.USED)
        self.dl = f"{R.randint(1000000, 9999999)}" if R.random() < 0.7 else f"B{R.randint(100000, 999999)}"
        self.sid = f"OR{R.randint(10000000, 99999999)}"
        self.area = pick(["541", "541", "503", "971", "458"])
        self.num = person_num()
        self.rel_area = pick(["541", "503", "971", "360", "208"])
        self.rel_num = person_num()
        self.rel_fax = person_num()
        city, z = pick(CITIES)
        self.city = city
        self.zip = z if R.random() < 0.6 else f"{int(z) + R.randint(1, 9)}"
        unit = pick(["", "", "", f" Apt {R.randint(1, 40)}{pick('ABCD')}", f" #{R.randint(2, 310)}",
                     f" Unit {R.randint(1, 12)}", f" Spc {R.randint(1, 60)}"])
        self.street = (f"{R.randint(12, 9890)} {pick(['', '', 'NE ', 'SE ', 'N ', 'W ', 'S '])}"
                       f"{pick(STREETS)} {pick(STYPES)}{unit}")
        self.lat = f"{44 + R.random() * 1.4:.5f}"
        self.lon = f"-{122 + R.random() * 1.3:.5f}"
        fa = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        la = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "")
        self.email = pick([f"{fa[0]}{la}{self.dob.year % 100:02d}@gmail.com", f"{fa}.{la}@yahoo.com",
                           f"{la}{fa[0]}{R.randint(1, 99)}@outlook.com", f"{fa}{la[:3]}@proton.me",
                           f"{fa}_{la}@comcast.net", f"{fa}{R.randint(70, 99)}@hotmail.com"])
        rf, rl = self.relname.split(" ", 1)
        rfa = ascii_fold(rf).lower()
        rla = ascii_fold(rl).lower().replace(" ", "").replace("'", "").replace("-", "")
        self.rel_email = pick([f"{rfa}.{rla}@gmail.com", f"{rfa[0]}{rla}@icloud.com", f"{rfa}{rla}@aol.com"])
        self.plate = pick([f"{R.randint(100, 999)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
                           f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100, 999)}"])
        self.ip = pick([f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"24.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"67.{R.randint(160, 191)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"174.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                        f"98.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
        self.device = f"HX2-{R.randint(1000, 9999)}-{hexs(5).upper()}"
        self.visit = f"V{R.randint(10000000, 99999999)}"
        self.hearing = TODAY + timedelta(days=R.randint(1, 24))
        self.hold = TODAY - timedelta(days=R.randint(1, 20))
        self.admit = min(self.hold + timedelta(days=R.randint(0, 2)), TODAY - timedelta(days=1))
        self.discharge = TODAY - timedelta(days=R.randint(1, 40))
        self.inject = TODAY - timedelta(days=R.randint(2, 35))
        self.order = date(2023, R.randint(3, 12), R.randint(1, 28))
        self.fb = f"https://www.facebook.com/{fa}.{la}.{R.randint(10, 9999)}"

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def title(self):
        return "Mr." if self.sex == "M" else "Ms."

    def nm(self, style=None):
        st = style or pick(["fl", "fml", "LFM", "Lf", "il", "low", "fl", "LFM"])
        f, l, mi = self.first, self.last, self.mi
        if st == "fl":
            return f"{f} {l}"
        if st == "fml":
            return f"{f} {mi + '. ' if mi else ''}{l}"
        if st == "LFM":
            return f"{l.upper()}, {f.upper()}{' ' + mi if mi else ''}"
        if st == "LFMc":
            return f"{l.upper()},{f.upper()}{' ' + mi if mi else ''}"
        if st == "Lf":
            return f"{l}, {f}"
        if st == "il":
            return f"{f[0]}. {l}"
        if st == "low":
            return f"{f.lower()} {l.lower()}"
        if st == "UP":
            return f"{f.upper()} {l.upper()}"
        raise ValueError(st)

    def phone(self, style=None):
        return fphone(self.area, self.num, style)

    def relphone(self, style=None):
        return fphone(self.rel_area, self.rel_num, style)

    def case_v(self):
        n = self.case
        return pick([n, n, n, f"{n[:2]}-{n[2:4]}-{n[4:]}", f"{n[:2]}{n[2:4]}{int(n[4:])}", n.lower()])


PEOPLE = [Person(t, i) for i, t in enumerate(POOL)]


def P():
    return pick(PEOPLE)


def staff_pd():
    return pick(PDS)


def pd_email(pd):
    return f"{pd[2]}@pd.marlowcounty.gov"


def liaison():
    return pick(LIAISONS)


def jpg_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        R.randint(0, 255) for _ in range(R.randint(78, 120)))
    return base64.b64encode(raw).decode()


def fmr_b64():
    raw = b"FMR\x00 20\x00\x00\x00\x01\x14" + bytes(R.randint(0, 255) for _ in range(R.randint(60, 96)))
    return base64.b64encode(raw).decode()


# ============================================================================ families
# Each generator returns a list of Ln.  noise_* never insert PHI.

# ---------------- docket CSV ---------------------------------------------------------
DOCKET_HDR = "CaseNumber,CaseType,HearingDate,HearingTime,Courtroom,HearingType,RespondentName,RespondentDOB,Attorney,Judge,Status"


def docket_row(p):
    pd = staff_pd()
    j = pick(JUDGES)
    ht = pick(HTYPES)[1]
    return mk("docket_csv", (p.case, "other_id"), ",MH-INVOL,", (fd(p.hearing, "us"), "date"),
              f",{pick(TIMES)},{pick(ROOMS)},{ht},\"", (p.nm("LFM"), "name"), "\",",
              (fd(p.dob, "us"), "date"), f",\"{pd[1]}, {pd[0]} (PD)\",\"{j[2]}\",",
              pick(["SET", "SET", "CONT", "RESET", "VACATED"]))


def phi_docket():
    out = []
    if R.random() < 0.4:
        out.append(mk("docket_csv", DOCKET_HDR))
    for _ in range(R.randint(1, 3)):
        out.append(docket_row(P()))
    return out


def noise_docket():
    c = R.random()
    if c < 0.35:
        return [mk("docket_csv", DOCKET_HDR)]
    if c < 0.75:
        d = TODAY + timedelta(days=R.randint(1, 20))
        j = pick(JUDGES)
        return [mk("docket_csv", f"ADM24-{R.randint(1, 40):04d},ADMIN,{fd(d, 'us')},08:30,{pick(ROOMS)},"
                                 f"{pick(['Calendar Call', 'Bench Meeting', 'Interpreter Scheduling', 'Presiding Judge Review'])},,,,\"{j[2]}\",SET")]
    return [mk("docket_csv", f"# export=MH_DOCKET_DAILY generated={CK.now:%Y-%m-%dT%H:%M:%S} by=MARLOW\\svc_bhcourt "
                             f"rows={R.randint(18, 64)} sha1={hexs(40)}")]


# ---------------- printed calendar (fixed width) ---------------------------------------
def phi_calendar():
    out = []
    j = pick(JUDGES)
    d = TODAY + timedelta(days=R.randint(1, 9))
    if R.random() < 0.5:
        out.append(mk("calendar_txt", f"MARLOW COUNTY CIRCUIT COURT  MENTAL HEALTH CALENDAR  {d:%a %m/%d/%Y}".upper()
                      + f"  {pick(ROOMS).upper()}  {j[2]}"))
    for _ in range(R.randint(1, 3)):
        p = P()
        pd = staff_pd()
        cc = pick(CC)
        code = pick(HTYPES)[0]
        nm = p.nm(pick(["LFM", "LFMc"]))
        out.append(mk("calendar_txt", f"  {pick(TIMES)}  ", (p.case, "other_id"), "  ", (nm, "name"),
                      " " * max(2, 30 - len(nm)), f"{code}   PD {pd[1]:<10} CC {cc[1]:<8} ",
                      pick(["IN CUSTODY", "ESH", "LRA", "OUT", "CSU", "VIDEO"])))
    return out


def noise_calendar():
    j = pick(JUDGES)
    d = TODAY + timedelta(days=R.randint(1, 9))
    return [pick([
        mk("calendar_txt", f"MARLOW COUNTY CIRCUIT COURT  MENTAL HEALTH CALENDAR  {d:%a %m/%d/%Y}".upper()
           + f"  {pick(ROOMS).upper()}  {j[2]}"),
        mk("calendar_txt", f"---- END OF CALENDAR: {R.randint(3, 14)} MATTER(S)  PRINTED BY {pick(CLERKS)[3].upper()}  PAGE 1 OF 1 ----"),
        mk("calendar_txt", "  TIME   CASE NO.   RESPONDENT                    TYPE  ATTORNEYS                   LOC"),
    ])]


# ---------------- PDF extraction worker (Python logging + pdfminer) --------------------
def pdf_prefix(level, name):
    return f"{ts_py()} {level:<7} {name} - "


def phi_pdf():
    p = P()
    jid = f"ex-{hexs(8)}"
    c = R.random()
    if c < 0.25:
        return [mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.classify"),
                   f"id={jid} doctype=PETITION_INVOL_COMMIT case='", (p.case, "other_id"), "' respondent='",
                   (p.nm(pick(["LFM", "fml"])), "name"), "' petitioner='", (p.relname, "name"),
                   f"' rel={p.relation.upper()} conf=0.{R.randint(88, 99)}")]
    if c < 0.45:
        fld = pick(["respondent_name", "respondent_dob", "respondent_addr", "respondent_phone"])
        val = {"respondent_name": (p.nm("LFM"), "name"), "respondent_dob": (fd(p.dob, pick(["us", "short"])), "date"),
               "respondent_addr": (f"{p.street}, {p.city}", "address"),
               "respondent_phone": (p.phone(pick(["paren", "dash"])), "phone")}[fld]
        return [mk("pdf_extract_log", pdf_prefix("DEBUG", "pdfextract.fields"),
                   f"id={jid} form=MH-PET-01 p=1 field={fld} value='", val, f"' conf=0.{R.randint(71, 99)}")]
    if c < 0.7:
        nm = p.nm("fml")
        return [mk("pdf_extract_log", pdf_prefix("DEBUG", "pdfextract.page"),
                   f"id={jid} p=2 text[0:240]=\"ALLEGATIONS: On ", (fd(p.hold, "long"), "date"),
                   " at approx. 2300 hrs the respondent, ", (nm, "name"), ", was found at ",
                   (p.street, "address"), ", ", (p.city, "address"),
                   f", shouting at neighbors and refusing food for 4 days. Petitioner ({p.relation}) states...\"")]
    if c < 0.85:
        ex = pick(EXAMINERS)
        return [mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.classify"),
                   f"id={jid} doctype=EXAMINER_REPORT examiner='{ex[0]} {ex[1]}, {ex[2]}' case=",
                   (p.case, "other_id"), " exam_date=", (fd(p.admit, "iso"), "date"),
                   f" finding={pick(['DANGER_TO_SELF', 'DANGER_TO_OTHERS', 'UNABLE_BASIC_NEEDS', 'NOT_MI'])}")]
    return [mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.worker"), "picked job id=", jid,
               " src=\\\\fs01\\efile\\inbound\\", (p.case, "other_id"), "_",
               (ascii_fold(p.last).replace(" ", ""), "name"), f"_Petition.pdf size={R.randint(80, 2400)}KB")]


def noise_pdf():
    jid = f"ex-{hexs(8)}"
    return [pick([
        mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.worker"),
           f"picked job id={jid} src=\\\\fs01\\efile\\inbound\\env_{R.randint(8800000, 8899999)}\\doc_{R.randint(1, 6)}.pdf size={R.randint(40, 3000)}KB"),
        mk("pdf_extract_log", pdf_prefix("WARNING", "pdfminer.pdfpage"),
           f"The PDF <_io.BufferedReader name='doc_{R.randint(1, 6)}.pdf'> contains a metadata field indicating that it should not allow text extraction. Ignoring this field and proceeding. Use the check_extractable if you want to raise an error in this case"),
        mk("pdf_extract_log", pdf_prefix("WARNING", "pdfminer.pdffont"),
           "Could not get FontBBox from font descriptor because None cannot be parsed as 4 floats"),
        mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.worker"),
           f"done id={jid} pages={R.randint(1, 30)} chars={R.randint(800, 60000)} ocr_fallback={pick(['False', 'True'])} elapsed={R.random() * 9:.2f}s"),
        mk("pdf_extract_log", pdf_prefix("ERROR", "pdfextract.worker"),
           f"id={jid} failed: PDFSyntaxError('No /Root object! - Is this really a PDF?') -> moved to quarantine/"),
        mk("pdf_extract_log", pdf_prefix("INFO", "pdfextract.pool"),
           f"queue depth={R.randint(0, 40)} workers=4 busy={R.randint(0, 4)} rss_mb={R.randint(180, 900)}"),
    ])]


# ---------------- fax inbound + OCR --------------------------------------------------
def fax_prefix(tag):
    CK.tick()
    return f"{CK.now:%Y-%m-%d %H:%M:%S}.{CK.ms:03d} [{tag}] "


def phi_fax(force=None):
    p = P()
    job = f"FX-{R.randint(88000, 89999)}"
    prov = pick(PROVIDERS)
    out = []
    if R.random() < 0.4:
        out.append(mk("fax_ocr", fax_prefix("FaxInbound"),
                      f"RCV job={job} ani={prov[2]} csid=\"{prov[1]}\" pages={R.randint(1, 6)} speed=14400 ecm=on dur=00:0{R.randint(0, 3)}:{R.randint(10, 59)} result=OK"))
    c = R.random() if force is None else force
    conf = f"{R.uniform(62, 96):.1f}"
    if c < 0.35:
        out.append(mk("fax_ocr", fax_prefix("OCR"), f"job={job} p1 conf={conf} text=\"TREATMENT STATUS REPORT | Client: ",
                      (p.nm(pick(["Lf", "LFM"])), "name"), f"  {pick(['DOB', 'D0B', 'DOB:'])} ",
                      (fd(p.dob, pick(['us', 'short', 'us2'])), "date"), " | Case #: ", (p.case_v(), "other_id"),
                      " | Dates of service: ", (fd(p.discharge, "us"), "date"), " - ",
                      (fd(TODAY - timedelta(days=1), "us"), "date"), "\""))
    elif c < 0.65:
        med = pick([m for m in MEDS if m[2] != "PO"])
        out.append(mk("fax_ocr", fax_prefix("OCR"), f"job={job} p2 conf={conf} text=\"Client has been nonadherent w/ {med[0]}; last injection ",
                      (fd(p.inject, pick(['short', 'us'])), "date"), f". {p.relation.capitalize()} (",
                      (p.relname, "name"), ") reports " + p.he + " is not sleeping. Contact ",
                      (p.relphone(pick(["dash", "paren", "dot"])), "phone"), "\""))
    elif c < 0.85:
        out.append(mk("fax_ocr", fax_prefix("OCR"), f"job={job} p1 conf={conf} text=\"Pt missed 2 of 4 appts. Current address: ",
                      (p.street, "address"), ", ", (p.city, "address"), " OR ", (p.zip, "zip"), ". Phone ",
                      (p.phone(pick(["raw", "dash", "paren"])), "phone"), ". Medicaid ", (p.medicaid, "health_plan"), "\""))
    else:
        out.append(mk("fax_ocr", fax_prefix("OCR"), f"job={job} p1 conf={conf} text=\"RE: ",
                      (p.nm("UP"), "name"), " — guardian/contact ", (p.relname, "name"), " fax ",
                      (fphone(p.rel_area, p.rel_fax, pick(["dash", "paren", "raw"])), "fax"), " please send copy of order\""))
    if R.random() < 0.3:
        out.append(mk("fax_ocr", fax_prefix("Router"), f"ROUTE job={job} -> queue BHC_StatusReports (rule {R.randint(3, 30)}: csid match '{prov[1]}')"))
    return out


def noise_fax():
    job = f"FX-{R.randint(88000, 89999)}"
    prov = pick(PROVIDERS)
    return [pick([
        mk("fax_ocr", fax_prefix("FaxInbound"),
           f"RCV job={job} ani={prov[2]} csid=\"{prov[1]}\" pages={R.randint(1, 9)} speed={pick(['9600', '14400', '33600'])} ecm=on dur=00:0{R.randint(0, 4)}:{R.randint(10, 59)} result=OK"),
        mk("fax_ocr", fax_prefix("FaxInbound"), f"RCV job={job} ani=unknown pages=0 result=FAILED reason=NO_CARRIER retries=0"),
        mk("fax_ocr", fax_prefix("OCR"), f"engine=tesseract 5.3.1 lang=eng psm=6 dpi=200 job={job} pages={R.randint(1, 8)} mean_conf={R.uniform(55, 95):.1f}"),
        mk("fax_ocr", fax_prefix("Router"), f"ROUTE job={job} -> queue BHC_StatusReports (rule {R.randint(3, 30)}: csid match '{prov[1]}')"),
        mk("fax_ocr", fax_prefix("Router"), f"ROUTE job={job} -> queue Unmatched (no rule matched; cover sheet OCR conf {R.uniform(20, 50):.1f})"),
        mk("fax_ocr", fax_prefix("FaxInbound"), f"line=2 modem=Brooktrout TR1034 status=IDLE calls_today={R.randint(10, 90)}"),
    ])]


# ---------------- HL7 MDM --------------------------------------------------------------
def hl7_msh(mtype, ctrl, prov):
    return mk("hl7_mdm" if mtype.startswith("MDM") else "hl7_ack",
              f"MSH|^~\\&|EPIC|{prov[3]}|ODYSSEY|MARLOWCO|{ts_hl7()}||{mtype}|{ctrl}|P|2.5.1")


def phi_hl7():
    p = P()
    prov = pick(PROVIDERS[:4])
    ctrl = f"MSG{R.randint(10000000, 99999999)}"
    out = [hl7_msh("MDM^T02^MDM_T02", ctrl, prov), mk("hl7_mdm", f"EVN|T02|{CK.now:%Y%m%d%H%M%S}")]
    L = mk("hl7_mdm", "PID|1||", (p.mrn, "mrn"), f"^^^{prov[3]}^MR~", (p.medicaid, "health_plan"), "^^^ORDHS^MA||",
           (p.last.upper(), "name"), "^", (p.first.upper(), "name"))
    if p.mi:
        L.t("^").p(p.mi, "name")
    L.t("||").p(fd(p.dob, "hl7"), "date").t(f"|{p.sex}|||").p(p.street, "address").t("^^").p(p.city, "address") \
        .t("^OR^").p(p.zip, "zip").t("^USA^H||").p(p.phone("parent"), "phone").t("^PRN^PH|||||")
    L.p(p.acct, "account").t("|")
    if R.random() < 0.6:
        L.p(p.ssn, "ssn")
    out.append(L)
    ex = pick(EXAMINERS)
    pv = Ln("hl7_mdm")
    for i in range(46):
        if i:
            pv.t("|")
        if i == 0:
            pv.t("PV1")
        elif i == 1:
            pv.t("1")
        elif i == 2:
            pv.t(pick(["O", "I"]))
        elif i == 3:
            pv.t(f"BHOP^^^{prov[3]}")
        elif i == 7:
            pv.t(f"{ex[3]}^{ex[1]}^{ex[0]}^^^^{ex[2]}")
        elif i == 10:
            pv.t("PSY")
        elif i == 19:
            pv.p(p.visit, "other_id")
        elif i == 20:
            pv.t("MCD")
        elif i == 44:
            pv.p(p.admit.strftime("%Y%m%d") + f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}", "date")
    out.append(pv)
    actd = TODAY - timedelta(days=R.randint(0, 3))
    out.append(mk("hl7_mdm", "TXA|1|CSR^Court Status Report^L|TX|", (actd.strftime("%Y%m%d") + "0900", "date"),
                  f"|{ex[3]}^{ex[1]}^{ex[0]}||{CK.now:%Y%m%d%H%M}||||||DOC-{prov[3][:2]}-{R.randint(10000, 99999)}||||",
                  (p.case, "other_id"), "_status.pdf|AU|R|AV"))
    med = pick(MEDS)
    out.append(mk("hl7_mdm", "OBX|1|TX|CSR-NARR^Court Status Narrative^L||Client ", (p.nm(pick(["fl", "UP"])), "name"),
                  " has attended ", f"{R.randint(2, 6)} of 6 scheduled sessions since hearing on ",
                  (fd(p.order, pick(["us", "short"])), "date"), f".\\.br\\Compliant with {med[0]} {med[1]} per pharmacy fill ",
                  (fd(p.inject, "us"), "date"), ".\\.br\\Recommend continuation of LRA.||||||F"))
    out.append(mk("hl7_mdm", f"OBX|2|ST|LRA-STATUS^LRA Compliance^L||{pick(['COMPLIANT', 'PARTIAL', 'NONCOMPLIANT'])}||||||F"))
    return out


def noise_hl7():
    prov = pick(PROVIDERS[:4])
    ctrl = f"MSG{R.randint(10000000, 99999999)}"
    ack = f"ACK{R.randint(100000, 999999)}"
    m = mk("hl7_ack", f"MSH|^~\\&|ODYSSEY|MARLOWCO|EPIC|{prov[3]}|{ts_hl7()}||ACK^T02^ACK|{ack}|P|2.5.1")
    if R.random() < 0.75:
        a = mk("hl7_ack", f"MSA|AA|{ctrl}|Document accepted")
    else:
        a = mk("hl7_ack", f"MSA|AE|{ctrl}|PID-3 assigning authority not recognized")
        return [m, a, mk("hl7_ack", "ERR|^^^207&Application internal error&HL70357|PID^1^3|E")]
    return [m, a]


# ---------------- secure messaging (JSON) ------------------------------------------------
def sm_head(event, frm, to):
    return (f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"info\",\"svc\":\"securemsg-gw\",\"event\":\"{event}\","
            f"\"msgId\":\"msg_{ulid()}\",\"threadId\":\"thr_{hexs(12)}\",\"from\":\"{frm}\",\"to\":[\"{to}\"],")


def phi_sm(force=None):
    p = P()
    pd = staff_pd()
    li = liaison()
    lmail = f"{li[0].lower()}.{li[1].lower()}@{STAFF_DOM}"
    c = R.random() if force is None else force
    if c < 0.3:
        return [mk("securemsg_json", sm_head("message.sent", lmail, pd_email(pd)), "\"subject\":\"Re: ", (p.case, "other_id"),
                   " status before hearing\",\"bodyPreview\":\"", f"{pd[0]} – quick heads up: {p.title} ", (p.last, "name"),
                   " was readmitted to ", pick(PROVIDERS)[0], " on ", (fd(p.admit, pick(["md", "short"])), "date"),
                   f".\\n{p.relation.capitalize()} (", (p.relname, "name"), ") can be reached at ",
                   (p.relphone(pick(["dash", "paren", "dot"])), "phone"), ".\",\"attachments\":0}")]
    if c < 0.55:
        return [mk("securemsg_json", sm_head("message.sent", lmail, pd_email(pd)), "\"subject\":\"Remote appearance\",\"bodyPreview\":\"",
                   "Can you confirm whether ", (p.nm("fl"), "name"), " (DOB ", (fd(p.dob, pick(["us", "short"])), "date"),
                   ") wants to appear remotely on ", (fd(p.hearing, pick(["md", "abbr", "us"])), "date"),
                   "? Link goes to ", (p.email, "email"), ".\",\"attachments\":0}")]
    if c < 0.78:
        return [mk("securemsg_json", sm_head("message.sent", pd_email(pd), lmail), "\"subject\":\"", (p.case_v(), "other_id"),
                   "\",\"bodyPreview\":\"", f"PD here. Client {p.title} ", (p.last, "name"),
                   " says " + p.he + "'s taking meds; pharmacy shows last fill ", (fd(p.inject, "short"), "date"),
                   ". Please send the compliance sheet before ", (fd(p.hearing, "md"), "date"), ".\",\"attachments\":",
                   str(R.randint(0, 2)), "}")]
    return [mk("securemsg_json", sm_head("message.sent", lmail, pd_email(pd)), "\"subject\":\"Petition exhibits\",\"bodyPreview\":\"",
               "Exhibit C is a screenshot of posts on ", (p.fb, "url"), " (", (p.nm("fl"), "name"),
               ") from ", (fd(p.hold, "md"), "date"), ". Redacted copy attached.\",\"attachments\":1}")]


def noise_sm():
    li = liaison()
    lmail = f"{li[0].lower()}.{li[1].lower()}@{STAFF_DOM}"
    pd = staff_pd()
    return [pick([
        mk("securemsg_json", f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"info\",\"svc\":\"securemsg-gw\",\"event\":\"session.login\",\"user\":\"{lmail}\",\"mfa\":\"totp\",\"ip\":\"10.20.8.{R.randint(10, 250)}\",\"ua\":\"Edg/122.0.2365.80\"}}"),
        mk("securemsg_json", f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"info\",\"svc\":\"securemsg-gw\",\"event\":\"attachment.scan\",\"attachmentId\":\"att_{hexs(16)}\",\"sha256\":\"{hexs(64)}\",\"verdict\":\"clean\",\"engine\":\"ClamAV 1.2.1\",\"ms\":{R.randint(20, 900)}}}"),
        mk("securemsg_json", f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"info\",\"svc\":\"securemsg-gw\",\"event\":\"delivery.receipt\",\"msgId\":\"msg_{ulid()}\",\"to\":\"{pd_email(pd)}\",\"status\":\"delivered\",\"latencyMs\":{R.randint(40, 900)}}}"),
        mk("securemsg_json", f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"warn\",\"svc\":\"securemsg-gw\",\"event\":\"smtp.relay.retry\",\"relay\":\"smtp.marlowcounty.gov:587\",\"attempt\":{R.randint(2, 5)},\"error\":\"451 4.7.0 Temporary server error\"}}"),
        mk("securemsg_json", f"{{\"ts\":\"{ts_iso(True)}\",\"level\":\"info\",\"svc\":\"securemsg-gw\",\"event\":\"retention.purge\",\"threads\":{R.randint(3, 80)},\"olderThanDays\":2555,\"traceId\":\"{hexs(32)}\"}}"),
    ])]


# ---------------- crisis CAD bridge (key=value) ------------------------------------------
def cad_prefix():
    return f"{ts_iso()} cad-bridge[{pick(['2211', '2211', '2214'])}]: "


def phi_cad(force=None, who=None):
    p = who or P()
    inc = f"CR24-{R.randint(3000, 5999):06d}"
    unit = f"MCT-{R.randint(1, 5)}"
    out = []
    c = R.random() if force is None else force
    if c < 0.45:
        L = mk("cad_kv", cad_prefix(), f"INCIDENT inc=", (inc, "other_id"),
               f" type={pick(['MCT_EVAL', 'WELFARE_MH', 'DIRECTOR_HOLD_REQ'])} pri={R.randint(1, 3)} unit={unit} loc=\"",
               (p.street, "address"), ", ", (p.city, "address"), "\" geo=", (f"{p.lat},{p.lon}", "address"),
               " subj_name=\"", (p.nm(pick(["Lf", "LFMc"])), "name"), "\" subj_dob=", (fd(p.dob, "iso"), "date"))
        if p.age > 89:
            L.t(" subj_age=").p(str(p.age), "age")
        else:
            L.t(f" subj_age={p.age}")
        L.t(" callback=").p(p.relphone("raw"), "phone").t(f" caller_rel={p.relation.upper()} caller_name=\"") \
            .p(p.relname, "name").t("\" disp=ENROUTE")
        out.append(L)
    elif c < 0.65:
        cl = pick(LIAISONS)
        out.append(mk("cad_kv", cad_prefix(), "NOTE inc=", (inc, "other_id"), f" by={unit}-{cl[1]} text=\"Subject ",
                      (p.first, "name"), f" states voices telling {p.him} to leave; {p.relation} ", (p.relname.split(' ')[0], "name"),
                      " on scene; veh ", (p.plate, "vehicle"), " parked in driveway, keys secured\""))
    elif c < 0.85:
        out.append(mk("cad_kv", cad_prefix(), "DISPO inc=", (inc, "other_id"),
                      f" dispo={pick(['TRANSPORTED_CSU', 'TRANSPORTED_ED', 'RESOLVED_ONSCENE'])} hold=DIRECTOR_HOLD hold_start=\"",
                      (fd(p.hold, "us") + f" {R.randint(0, 23):02d}:{R.randint(0, 59):02d}", "date"), "\" subj=\"",
                      (p.nm("LFMc"), "name"), "\" dl=", (p.dl, "license"), " dl_st=OR"))
    else:
        out.append(mk("cad_kv", cad_prefix(), "LINK inc=", (inc, "other_id"), " case=", (p.case, "other_id"),
                      " party=", (p.party, "other_id"), " status=LINKED by=svc_cadbridge"))
    return out


def noise_cad():
    unit = f"MCT-{R.randint(1, 5)}"
    return [pick([
        mk("cad_kv", cad_prefix(), f"AVL unit={unit} status=AVAILABLE station={pick(['ASHFORD-BASE', 'RIVERTON-SUB', 'CSU-BAY'])} crew=2"),
        mk("cad_kv", cad_prefix(), f"HEARTBEAT ok queue=0 lag_ms={R.randint(8, 300)} cad_api=v3.8.2"),
        mk("cad_kv", cad_prefix(), f"SYNC pulled {R.randint(0, 6)} incidents since={CK.now - timedelta(minutes=5):%H:%M:%S} filter=type:MCT_*"),
        mk("cad_kv", cad_prefix(), f"WARN CAD API 429 Too Many Requests, retry in {pick(['1000', '2000', '4000'])}ms (req_id={uuid4()})"),
        mk("cad_kv", cad_prefix(), f"SHIFT unit={unit} on_duty=06:00 off_duty=18:30 clinician_count=2 vehicle=MC-FLEET-{R.randint(100, 140)}"),
    ])]


# ---------------- medication compliance (pipe) + dispenser webhook --------------------
MED_HDR = "RPT_DT|CASE_NO|CLIENT_NM|DOB|MED|DOSE|ROUTE|DUE_DT|GIVEN_DT|STATUS|PRESCRIBER|PHARM_NPI"


def phi_med():
    out = []
    if R.random() < 0.35:
        out.append(mk("med_compliance_psv", MED_HDR))
    for _ in range(R.randint(1, 3)):
        p = P()
        med = pick(MEDS)
        ex = pick(EXAMINERS)
        due = p.inject - timedelta(days=R.randint(0, 6))
        lag = (p.inject - due).days
        st = pick(["COMPLIANT", "LATE_" + str(lag) + "D" if lag else "COMPLIANT", "MISSED"])
        L = mk("med_compliance_psv", f"{TODAY:%Y-%m-%d}|", (p.case, "other_id"), "|", (p.nm("LFMc"), "name"), "|",
               (fd(p.dob, "us"), "date"), f"|{med[0]}|{med[1]}|{med[2]}|", (due.isoformat(), "date"), "|")
        if st == "MISSED":
            L.t("")
        else:
            L.p(p.inject.isoformat(), "date")
        L.t(f"|{st}|{ex[1]} {ex[0][0]} {ex[2]}|{R.randint(1000000000, 1999999999)}")
        out.append(L)
    return out


def phi_disp():
    p = P()
    sched = (TODAY - timedelta(days=R.randint(1, 4))).isoformat() + "T" + pick(["08:00", "12:00", "20:00", "21:30"]) + ":00-07:00"
    ev = pick(["dose_missed", "dose_taken_late", "dose_taken", "lid_open_no_dispense"])
    return [mk("dispenser_webhook", f"{ts_plain()} INFO  webhook.dispenser POST /hooks/dispenser 200 body=",
               "{\"deviceSerial\":\"", (p.device, "device"), f"\",\"event\":\"{ev}\",\"scheduledAt\":\"", (sched, "date"),
               "\",\"clientRef\":\"", (p.case, "other_id"), f"\",\"battery\":{R.randint(12, 100)},\"fw\":\"4.12.{R.randint(3, 7)}\"}}")]


def fw_rollout_line():
    n = R.randint(100, 400)
    f = R.randint(0, 4)
    return mk("dispenser_webhook", f"{ts_plain()} INFO  webhook.dispenser fw_rollout batch={R.randint(3, 20)} "
                                   f"devices={n} success={n - f} failed={f} version=4.12.7")


def noise_med():
    return [pick([
        mk("med_compliance_psv", MED_HDR),
        mk("med_compliance_psv", f"TOTAL|ROWS={R.randint(12, 60)}|COMPLIANT={R.randint(8, 40)}|LATE={R.randint(0, 9)}|MISSED={R.randint(0, 6)}|GENERATED_BY=mcr_export v2.3.1|RUN_ID={uuid4()}"),
        fw_rollout_line(),
        mk("dispenser_webhook", f"{ts_plain()} WARN  webhook.dispenser signature check failed for POST /hooks/dispenser from 10.40.2.{R.randint(2, 250)} (x-hub-signature-256 mismatch) -> 401"),
    ])]


# ---------------- e-filing API (.NET: Serilog / NLog / stack traces) --------------------
def sl(level, src):
    return f"{ts_serilog()} [{level}] [{src}] "


def phi_efile():
    p = P()
    pd = staff_pd()
    env = R.randint(8800000, 8899999)
    c = R.random()
    if c < 0.3:
        return [mk("serilog", sl("INF", "Court.EFiling.Api.Controllers.FilingController"), f"Envelope {env} accepted for case ",
                   (p.case, "other_id"), f" (filer={pd[2]}, docs={R.randint(1, 4)}, fee=0.00) {{RequestId=\"0HN1{hexs(8).upper()}:0000000{R.randint(1, 9)}\", TraceId=\"{hexs(32)}\"}}")]
    if c < 0.5:
        return [mk("serilog", sl("WRN", "Court.EFiling.Validation.PartyValidator"), "Validation failed for envelope ", str(env),
                   ": RespondentDOB '", (fd(p.dob, "us"), "date"), "' does not match Odyssey party ", (p.party, "other_id"),
                   " ('", (p.nm("LFM"), "name"), "')")]
    if c < 0.68:
        return [mk("nlog", f"{ts_nlog()}|ERROR|Court.EFiling.Services.ServiceOfProcess|Service failed for party '",
                   (p.nm("Lf"), "name"), "' (PartyId=", (p.party, "other_id"), ") case ", (p.case, "other_id"),
                   ": no deliverable address; last known ", (p.street, "address"), ", ", (p.city, "address"), " ",
                   (p.zip, "zip"))]
    if c < 0.85:
        return [mk("serilog", sl("INF", "Court.EFiling.Security.SealingService"), "Sealed flag applied to case ", (p.case, "other_id"),
                   " per ORS 426.160; documents=", str(R.randint(2, 14)), " respondent=", (p.nm("LFMc"), "name"))]
    out = [mk("serilog", sl("ERR", "Court.EFiling.Integration.OdysseyClient"), "AddCaseParty failed for ",
              (p.case, "other_id"), "/", (p.party, "other_id"), " SSN ", ("xxx-xx-" + p.ssn[-4:], "ssn"), " rejected by Odyssey")]
    out.append(mk("dotnet_stack", "System.ServiceModel.FaultException`1[Court.EFiling.Integration.OdysseyFault]: ODY-2210 Duplicate SSN on active party"))
    out.append(mk("dotnet_stack", "   at Court.EFiling.Integration.OdysseyClient.SendAsync(OdysseyMessage msg, CancellationToken ct) in D:\\a\\1\\s\\src\\Court.EFiling.Integration\\OdysseyClient.cs:line 142"))
    return out


def noise_efile():
    c = R.random()
    if c < 0.18:
        return [mk("serilog", sl("ERR", "Court.EFiling.Integration.OdysseyClient"), f"Odyssey call timed out after 30000ms (attempt {R.randint(1, 3)}/3, node 1204)"),
                mk("dotnet_stack", "System.TimeoutException: The operation has timed out."),
                mk("dotnet_stack", "   at Court.EFiling.Integration.OdysseyClient.SendAsync(OdysseyMessage msg, CancellationToken ct) in D:\\a\\1\\s\\src\\Court.EFiling.Integration\\OdysseyClient.cs:line 142"),
                mk("dotnet_stack", "   at Court.EFiling.Workers.EnvelopeForwarder.ExecuteAsync(CancellationToken stoppingToken) in D:\\a\\1\\s\\src\\Court.EFiling.Workers\\EnvelopeForwarder.cs:line 77"),
                mk("dotnet_stack", "   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)")]
    return [pick([
        mk("serilog", sl("INF", "Microsoft.Hosting.Lifetime"), "Now listening on: https://[::]:5001"),
        mk("serilog", sl("INF", "Microsoft.Hosting.Lifetime"), "Hosting environment: Production"),
        mk("serilog", sl("INF", "Microsoft.EntityFrameworkCore.Database.Command"),
           f"Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__envelopeId_0='{R.randint(8800000, 8899999)}'], CommandType='Text', CommandTimeout='30']"),
        mk("serilog", sl("INF", "Microsoft.AspNetCore.Hosting.Diagnostics"),
           f"Request finished HTTP/1.1 GET https://efile.marlowcourts.org/api/health - 200 - application/json {R.uniform(0.4, 9):.1f}ms"),
        mk("serilog", sl("INF", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"),
           f"Health check odyssey-api completed after {R.uniform(20, 400):.1f}ms with status Healthy and description '(null)'"),
        mk("nlog", f"{ts_nlog()}|INFO|Court.EFiling.Workers.FeeReconciler|Reconciled {R.randint(10, 90)} payments batch=PB-{R.randint(20000, 29999)} total=${R.randint(200, 4000)}.00 gateway=Elavon"),
        mk("nlog", f"{ts_nlog()}|WARN|Court.EFiling.Workers.EnvelopeForwarder|Queue 'odyssey-out' depth {R.randint(20, 400)} exceeds threshold 15; build 2024.3.{R.randint(100, 400)}"),
        mk("serilog", sl("INF", "Court.EFiling.Api.Controllers.FilingController"),
           f"Envelope {R.randint(8800000, 8899999)} accepted for case ADM24-{R.randint(1, 40):04d} (filer={pick(CLERKS)[3]}, docs=1, fee=0.00)"),
    ])]


# ---------------- IIS W3C ----------------------------------------------------------------
UA_STAFF = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.2365.80"
UA_PHONE = "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1"
UA_AND = "Mozilla/5.0+(Linux;+Android+14;+SM-A146U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36"


def phi_iis():
    p = P()
    c = R.random()
    sip = f"10.20.4.{pick(['15', '16'])}"
    if c < 0.35:
        u = f"MARLOW\\{pick([x[2] for x in PDS] + [x[3] for x in CLERKS])}"
        return [mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/api/cases/", (p.case_v() if R.random() < 0.3 else p.case, "other_id"),
                   f"/documents - 443 {u} 10.20.8.{R.randint(10, 250)} {UA_STAFF} - 200 0 0 {R.randint(20, 900)}")]
    if c < 0.55:
        q = urllib.parse.quote_plus(pick([f"{p.last}, {p.first}", p.last, f"{p.first} {p.last}"]))
        u = f"MARLOW\\{pick(CLERKS)[3]}"
        return [mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/api/parties/search q=", (q, "name"),
                   f"&type=RESP&take=25 443 {u} 10.20.8.{R.randint(10, 250)} {UA_STAFF} - 200 0 0 {R.randint(40, 1500)}")]
    tok = hexs(24)
    return [mk("iis_w3c", f"{ts_iis()} {sip} GET /rh/join case=", (p.case.lower(), "other_id"), f"&role=respondent&t={tok} 443 - ",
               (p.ip, "ip"), f" {pick([UA_PHONE, UA_AND])} https://mail.google.com/ 302 0 0 {R.randint(30, 400)}")]


def noise_iis():
    sip = f"10.20.4.{pick(['15', '16'])}"
    c = R.random()
    if c < 0.15:
        return [mk("iis_w3c", pick(["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
                                    f"#Date: {CK.now + timedelta(hours=7):%Y-%m-%d %H}:00:00",
                                    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]))]
    return [pick([
        mk("iis_w3c", f"{ts_iis()} {sip} GET /healthz - 443 - 10.20.0.{pick(['2', '3'])} kube-probe/1.28 - 200 0 0 {R.randint(0, 4)}"),
        mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/css/site.min.css v=3.14.{R.randint(100, 999)} 443 - 10.20.8.{R.randint(10, 250)} {UA_STAFF} https://efile.marlowcourts.org/efile/ 304 0 0 {R.randint(0, 9)}"),
        mk("iis_w3c", f"{ts_iis()} {sip} POST /efile/api/envelopes - 443 MARLOW\\{pick(PDS)[2]} 10.20.8.{R.randint(10, 250)} {UA_STAFF} - 201 0 0 {R.randint(100, 2500)}"),
        mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/api/version - 443 - 10.20.0.{pick(['2', '3'])} Go-http-client/1.1 - 200 0 0 1"),
        mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/api/calendar/4B date=2024-03-{R.randint(13, 29)} 443 MARLOW\\{pick(CLERKS)[3]} 10.20.8.{R.randint(10, 250)} {UA_STAFF} - 200 0 0 {R.randint(30, 300)}"),
        mk("iis_w3c", f"{ts_iis()} {sip} GET /efile/api/envelopes/{R.randint(8800000, 8899999)}/status - 443 MARLOW\\svc_bhcourt 10.20.6.21 PowerShell/7.4.1 - 401 2 5 {R.randint(1, 30)}"),
    ])]


# ---------------- Odyssey-like integration XML ------------------------------------------
def ody_prefix(direction):
    return f"{ts_plain()}.{CK.ms:03d} [OdysseyBridge] {direction} "


def phi_ody(force=None):
    p = P()
    c = R.random() if force is None else force
    node = pick(["1204", "1204", "1210"])
    ref = f"EF-{R.randint(8800000, 8899999)}"
    if c < 0.3:
        L = mk("odyssey_xml", ody_prefix("SEND"), f"<OdysseyMsg MessageType=\"AddCaseParty\" NodeID=\"{node}\" ReferenceNumber=\"{ref}\" Source=\"EFM\">",
               "<Case CaseNumber=\"", (p.case, "other_id"), "\" CaseType=\"MHINV\"/><Party ConnectionType=\"RESP\" PartyID=\"",
               (p.party, "other_id"), "\"><Name Type=\"Standard\"><Last>", (p.last, "name"), "</Last><First>", (p.first, "name"), "</First>")
        if p.middle:
            L.t("<Middle>").p(p.middle, "name").t("</Middle>")
        L.t("</Name><DateOfBirth>").p(p.dob.isoformat(), "date").t("</DateOfBirth>")
        if R.random() < 0.6:
            L.t("<SSN>").p(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn").t("</SSN>")
        L.t("<DriversLicense State=\"OR\" Number=\"").p(p.dl, "license").t("\"/><Address Type=\"Home\"><Line1>") \
            .p(p.street, "address").t("</Line1><City>").p(p.city, "address").t("</City><State>OR</State><Zip>") \
            .p(p.zip, "zip").t("</Zip></Address><Phone Type=\"Cell\">").p(p.phone("raw"), "phone").t("</Phone></Party></OdysseyMsg>")
        return [L]
    if c < 0.55:
        j = pick(JUDGES)
        ht = pick(HTYPES)
        return [mk("odyssey_xml", ody_prefix("SEND"), f"<OdysseyMsg MessageType=\"SetHearing\" NodeID=\"{node}\" ReferenceNumber=\"{ref}\"><CaseNumber>",
                   (p.case, "other_id"), f"</CaseNumber><Setting><HearingType Code=\"{ht[0]}\">{ht[1]}</HearingType><Date>",
                   (fd(p.hearing, "us"), "date"), f"</Date><Time>{pick(TIMES)}</Time><Courtroom>4B</Courtroom><JudicialOfficer Code=\"{j[3]}\">{j[0]}, {j[1]}</JudicialOfficer></Setting><Notify Party=\"",
                   (p.party, "other_id"), "\" Method=\"Mail\"/></OdysseyMsg>")]
    if c < 0.75:
        ex = pick(EXAMINERS)
        return [mk("odyssey_xml", ody_prefix("SEND"), f"<OdysseyMsg MessageType=\"AddDocketEntry\" NodeID=\"{node}\"><CaseNumber>",
                   (p.case, "other_id"), "</CaseNumber><Event Code=\"EXRPT\" Date=\"", (p.admit.isoformat(), "date"),
                   f"\">Examiner's Report - {ex[1]}, {ex[0][0]}. {ex[2]}</Event><Comment>Re: respondent ",
                   (p.nm("LFM"), "name"), f"; filed under seal per ORS 426.160</Comment><Document ID=\"DOC-{R.randint(700000, 799999)}\" Pages=\"{R.randint(3, 14)}\" Security=\"SEALED\"/></OdysseyMsg>")]
    if c < 0.88:
        return [mk("odyssey_xml", ody_prefix("RECV"), "<OdysseyMsg MessageType=\"UpdatePartyImage\" Source=\"SHERIFF-JMS\"><PartyID>",
                   (p.party, "other_id"), "</PartyID><Image Type=\"Photo\" MimeType=\"image/jpeg\" Encoding=\"base64\">",
                   (jpg_b64(), "photo"), "</Image></OdysseyMsg>")]
    return [mk("odyssey_xml", ody_prefix("RECV"), "<OdysseyMsg MessageType=\"PersonIdentification\" Source=\"SHERIFF-JMS\"><PartyID>",
               (p.party, "other_id"), "</PartyID><SID>", (p.sid, "other_id"),
               "</SID><Fingerprint Position=\"02\" Format=\"ANSI/INCITS 378-2004\">", (fmr_b64(), "biometric"),
               "</Fingerprint></OdysseyMsg>")]


def noise_ody():
    return [pick([
        mk("odyssey_xml", ody_prefix("RECV"), f"<OdysseyMsg MessageType=\"Heartbeat\" NodeID=\"1204\"><Status>OK</Status><QueueDepth>{R.randint(0, 5)}</QueueDepth><Version>2023.1.4.118</Version></OdysseyMsg>"),
        mk("odyssey_xml", ody_prefix("RECV"), f"<IntegrationResult MessageID=\"{uuid4()}\" Result=\"Success\" ElapsedMs=\"{R.randint(40, 900)}\"/>"),
        mk("odyssey_xml", ody_prefix("RECV"), f"<CodeTableSync Table=\"{pick(['HearingType', 'CaseStatus', 'JudicialOfficer', 'Courtroom'])}\" Rows=\"{R.randint(5, 60)}\" Version=\"2024.03.01\"/>"),
        mk("odyssey_xml", ody_prefix("RECV"), f"<Error Code=\"ODY-4012\" NodeID=\"1204\">Node is read-only during end-of-day processing; message requeued (attempt {R.randint(1, 4)}/5)</Error>"),
        mk("odyssey_xml", ody_prefix("SEND"), f"<OdysseyMsg MessageType=\"GetCalendar\" NodeID=\"1204\"><Courtroom>4B</Courtroom><Date>2024-03-{R.randint(13, 29)}</Date><IncludeSealed>false</IncludeSealed></OdysseyMsg>"),
    ])]


# ---------------- PowerShell transcript / Task Scheduler ------------------------------
def ps(level):
    return f"{ts_plain()} [{level}] "


def phi_ps():
    p = P()
    c = R.random()
    if c < 0.4:
        return [mk("ps_transcript", ps("WARN"), "Row ", str(R.randint(2, 60)), " skipped: respondent '", (p.nm("Lf"), "name"),
                   "' (case ", (p.case, "other_id"), ") has no hearing date in Odyssey")]
    if c < 0.75:
        return [mk("ps_transcript", ps("INFO"), "Send-HearingReminder: SMS queued for hearing ", (fd(p.hearing, pick(["us", "full"])), "date"),
                   " to ", (p.phone(pick(["e164", "raw"])), "phone"), " (case ", (p.case, "other_id"), ") via Twilio sid=SM", hexs(32))]
    return [mk("ps_transcript", ps("ERROR"), "Copy-Item : Access to the path '\\\\fs01\\BHCourt\\Orders\\", (p.case, "other_id"), "_",
               (ascii_fold(p.last).replace(" ", "").replace("'", ""), "name"), "_OrderOfCommitment.pdf' is denied.")]


def noise_ps():
    return [pick([
        mk("ps_transcript", ps("INFO"), "Sync-DocketExport.ps1 started (Task: \\BHCourt\\NightlyDocketExport, RunAs: MARLOW\\svc_bhcourt, PSVersion 5.1.17763.5576)"),
        mk("ps_transcript", ps("INFO"), f"Exported {R.randint(18, 70)} hearings to \\\\fs01\\BHCourt\\Exports\\docket_{TODAY:%Y%m%d}.csv ({R.uniform(5, 40):.1f} KB)"),
        mk("ps_transcript", "**********************"),
        mk("ps_transcript", f"Transcript started, output file is C:\\Logs\\BHCourt\\Sync-Docket_{TODAY:%Y%m%d}_{R.randint(10, 99)}.txt"),
        mk("ps_transcript", "PS>TerminatingError(Invoke-RestMethod): \"The remote server returned an error: (503) Server Unavailable.\""),
        mk("ps_transcript", ps("INFO"), f"Purged {R.randint(0, 40)} files older than 30 days from C:\\Temp\\bhcourt-staging"),
        mk("taskscheduler_evt", f"{ts_plain()} Microsoft-Windows-TaskScheduler/Operational EventID=201 Task Scheduler successfully completed task \"\\BHCourt\\NightlyDocketExport\" , instance \"{{{uuid4()}}}\" , action \"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" with return code {pick(['0', '0', '2147942401'])}."),
        mk("taskscheduler_evt", f"{ts_plain()} Microsoft-Windows-TaskScheduler/Operational EventID=100 Task Scheduler started \"{{{uuid4()}}}\" instance of the \"\\BHCourt\\SendHearingReminders\" task for user \"MARLOW\\svc_bhcourt\"."),
    ])]


# ---------------- SharePoint / Purview audit CSV --------------------------------------
def sp_row(user, op, inner):
    CK.tick()
    t = (CK.now + timedelta(hours=7))
    return (f"{t:%Y-%m-%dT%H:%M:%S}.0000000Z,{user},{op},\"{{\"\"CreationTime\"\":\"\"{t:%Y-%m-%dT%H:%M:%S}\"\",\"\"Id\"\":\"\"{uuid4()}\"\","
            f"\"\"Operation\"\":\"\"{op}\"\",\"\"Workload\"\":\"\"SharePoint\"\",\"\"ClientIP\"\":\"\"10.20.8.{R.randint(10, 250)}\"\",")


def phi_sp():
    p = P()
    li = liaison()
    user = f"{li[0].lower()}.{li[1].lower()}@marlowcounty.gov"
    if R.random() < 0.65:
        doc = pick(["ExamReport", "Petition", "StatusRpt", "LRA_Conditions", "Order14Day"])
        folder = pick(["Evaluations", "Petitions", "Provider Reports", "Orders"])
        ln = ascii_fold(p.last).replace(" ", "").replace("'", "")
        return [mk("sp_audit_csv", sp_row(user, "FileAccessed", ""),
                   "\"\"ObjectId\"\":\"\"https://marlowcounty.sharepoint.com/sites/BHCourt/Shared Documents/", folder, "/",
                   (p.case, "other_id"), "_", (ln, "name"), f"_{doc}.pdf\"\",\"\"SourceFileName\"\":\"\"",
                   (p.case, "other_id"), "_", (ln, "name"), f"_{doc}.pdf\"\",\"\"SiteUrl\"\":\"\"https://marlowcounty.sharepoint.com/sites/BHCourt/\"\"}}\"")]
    q = pick([p.nm("low"), p.last.lower(), p.case])
    cat = "other_id" if q == p.case else "name"
    return [mk("sp_audit_csv", sp_row(user, "SearchQueryPerformed", ""), "\"\"QueryText\"\":\"\"", (q, cat),
               f"\"\",\"\"ScenarioName\"\":\"\"SharePointSearch\"\",\"\"ResultCount\"\":{R.randint(0, 12)}}}\"")]


def noise_sp():
    li = liaison()
    user = f"{li[0].lower()}.{li[1].lower()}@marlowcounty.gov"
    c = R.random()
    if c < 0.15:
        return [mk("sp_audit_csv", "CreationDate,UserIds,Operations,AuditData")]
    obj, op = pick([
        ("Templates/Order_Template_v3.docx", "FileAccessed"), ("SitePages/Home.aspx", "PageViewed"),
        (f"Calendars/Calendar_Week{R.randint(10, 14)}.xlsx", "FileSyncUploadedFull"),
        ("Templates/BenchCard_426_v2024.02.pdf", "FileModified"), ("Shared Documents/Forms/AllItems.aspx", "PageViewed"),
        ("Training/CIT_Refresher_2024.pptx", "FileDownloaded")])
    return [mk("sp_audit_csv", sp_row(user, op, ""),
               f"\"\"ObjectId\"\":\"\"https://marlowcounty.sharepoint.com/sites/BHCourt/{obj}\"\",\"\"UserAgent\"\":\"\"Microsoft Office Word 2014\"\",\"\"SiteUrl\"\":\"\"https://marlowcounty.sharepoint.com/sites/BHCourt/\"\"}}\"")]


# ---------------- clerk / liaison notes ---------------------------------------------
def note_prefix(kind):
    CK.tick()
    if kind == "clerk":
        c = pick(CLERKS)
        return pick([f"[CaseNote] {CK.now:%m/%d/%Y %H:%M} {c[2]}: ", f"{CK.now:%Y-%m-%d %H:%M} | {c[2]} | NOTE | ",
                     f"CLERK NOTE {CK.now:%m/%d/%y} ({c[0][0]}{c[1][0]}) - "])
    li = pick(LIAISONS)
    return pick([f"LIAISON NOTE — {li[0][0]}. {li[1]}, {li[2]} — {CK.now.month}/{CK.now.day}/{CK.now.year % 100}: ",
                 f"{CK.now:%Y-%m-%dT%H:%M} liaison={li[3]} note=\""])


def close_note(pre):
    return "\"" if pre.endswith("note=\"") else ""


def phi_note(force=None):
    p = P()
    kind = pick(["clerk", "liaison"])
    fam = "clerk_note" if kind == "clerk" else "liaison_note"
    pre = note_prefix(kind)
    end = close_note(pre)
    pd = staff_pd()
    c = R.randint(0, 11) if force is None else force
    if c == 0:
        return [mk(fam, pre, f"Called {p.relation} ", (p.relname, "name"), " at ", (p.relphone(), "phone"), " re: ",
                   (p.case_v(), "other_id"), " — hearing moved to ", (fd(p.hearing, pick(["md", "short"])), "date"),
                   f" @ 1:30, {pick(ROOMS)}. Will bring {p.him}." + end)]
    if c == 1:
        return [mk(fam, pre, "Resp ", (p.nm("LFM"), "name"), " (DOB ", (fd(p.dob), "date"), f") appeared by video from {pick(PROVIDERS)[0]}; PD {pd[1]} present; continued to ",
                   (fd(p.hearing, pick(["md", "us"])), "date"), "." + end)]
    if c == 2:
        return [mk(fam, pre, f"{p.title} ", (p.last, "name"), " discharged from ESH ", (fd(p.discharge, pick(["short", "abbr"])), "date"),
                   "; now staying at ", (p.street, "address"), ", ", (p.city, "address"), " ", (p.zip, "zip"),
                   f" w/ {p.relation}. LRA conditions reviewed by phone ", (p.phone(), "phone"), "." + end)]
    if c == 3:
        return [mk(fam, pre, "Returned mail for ", (p.nm(), "name"), " — addr on file ", (p.street, "address"), " ",
                   (p.city, "address"), " OR ", (p.zip, "zip"), "; updated per DHS (Medicaid ID ", (p.medicaid, "health_plan"), ")." + end)]
    if c == 4:
        q = pick([q for q in PEOPLE if q.age > 89])
        return [mk(fam, pre, (q.nm(pick(["fl", "LFM"])), "name"), ", ", (str(q.age), "age"),
                   f" y/o, dementia w/ behavioral disturbance; petition filed by SNF. {q.relation.capitalize()} ",
                   (q.relname, "name"), " is HCPOA, cell ", (q.relphone(), "phone"), "." + end)]
    if c == 5:
        return [mk(fam, pre, "Jail liaison: ", (p.nm("Lf"), "name"), " booked ", (fd(p.hold), "date"), " on unrelated warrant; SID ",
                   (p.sid, "other_id"), "; 426 case ", (p.case_v(), "other_id"), " remains open." + end)]
    if c == 6:
        return [mk(fam, pre, "Petitioner ", (p.relname, "name"), f" ({p.relation}) called 3x today asking about ", (p.first, "name"),
                   f"'s status; told her info is confidential, referred to PD {pd[0]} {pd[1]} ({pd_email(pd)})." + end)]
    if c == 7:
        return [mk(fam, pre, "Remote hearing link sent to ", (p.email, "email"), " for ", (fd(p.hearing, pick(["abbr", "md"])), "date"),
                   "; ", (p.first, "name"), " confirmed by text from ", (p.phone(), "phone"), "." + end)]
    if c == 8:
        p = pick([x for x in PEOPLE if x.last in LANGS])
        lang = LANGS[p.last]
        return [mk(fam, pre, f"Interpreter ({lang}) needed for ", (p.nm("LFM"), "name"), " on ", (fd(p.hearing, "us"), "date"),
                   f" — LanguageLine order #LL-{R.randint(550000, 559999)}." + end)]
    if c == 9:
        return [mk(fam, pre, "Per deputy, ", (p.last, "name"), "'s car (", pick(["silver Camry", "blue F-150", "white Civic", "gray Outback"]),
                   ", OR plate ", (p.plate, "vehicle"), ") towed from ", (p.street, "address"),
                   f"; {p.relation} wants to retrieve personal items. Member ID ", (p.member, "health_plan"), " on tow auth." + end)]
    if c == 10:
        return [mk(fam, pre, "CSU admit ", (fd(p.admit, pick(["us", "dmy"])), "date"), " for ", (p.nm("il"), "name"), " (MRN ",
                   (p.mrn, "mrn"), "); 14-day petition due by ", (fd(p.admit + timedelta(days=5), "md"), "date"), "." + end)]
    return [mk(fam, pre, (p.nm("low"), "name"), " lost phone, new # ", (p.phone("dot"), "phone"), "; ",
               p.relation, " email ", (p.rel_email, "email"), " ok for notices (signed ROI on file)." + end)]


def noise_note():
    kind = pick(["clerk", "liaison"])
    fam = "clerk_note" if kind == "clerk" else "liaison_note"
    pre = note_prefix(kind)
    end = close_note(pre)
    j = pick(JUDGES)
    li = pick(LIAISONS)
    return [mk(fam, pre, pick([
        f"Dept 4B dark 3/15 — Judge {j[0]} covering calendar in 4C.",
        f"Interpreter (Vietnamese) requested for Tues calendar; LanguageLine order #LL-{R.randint(550000, 559999)}.",
        f"Zoom room for remote hearings changed to 812 {R.randint(1000, 9999)} {R.randint(1000, 9999)} (passcode in SharePoint).",
        "Reminder: ESH transport van leaves 07:15; max 6 respondents per run.",
        "Odyssey EOD ran long (02:47); e-filing queue backlog cleared by 07:30.",
        f"Coverage while out: contact {li[0]} {li[1]} x{R.randint(4400, 4499)} or (541) 555-0100.",
        "Updated bench card for 426 hearings (v2024.02) uploaded to Templates library.",
        "Court closed 3/29 (furlough). Reset all Friday hearings; see Standing Order 2024-07.",
        f"Monthly stats: {R.randint(30, 60)} petitions, {R.randint(10, 30)} PC hearings, {R.randint(5, 20)} commitments, {R.randint(2, 9)} dismissals.",
        "Examiner panel list refreshed; Dr. Haddad back on rotation starting Monday.",
        "Printer in 4B jammed again — ticket INC0049{0} opened with county IT.".format(R.randint(100, 999)),
    ]) + end)]


# ---------------- Nagios ---------------------------------------------------------------
def noise_nagios():
    return [pick([
        mk("nagios", f"[{ts_epoch()}] SERVICE ALERT: efile-web01;IIS AppPool EFiling;OK;HARD;1;OK - AppPool 'EFiling' is Started"),
        mk("nagios", f"[{ts_epoch()}] SERVICE ALERT: sql-bh02;MSSQL Log Space;WARNING;SOFT;2;WARNING - log space used {R.randint(70, 89)}%"),
        mk("nagios", f"[{ts_epoch()}] SERVICE NOTIFICATION: oncall-courtit;odyssey-bridge;Heartbeat;CRITICAL;notify-by-email;CRITICAL - no heartbeat for {R.randint(120, 900)}s"),
        mk("nagios", f"[{ts_epoch()}] CURRENT HOST STATE: fax01;UP;HARD;1;PING OK - Packet loss = 0%, RTA = {R.uniform(0.2, 3):.2f} ms"),
        mk("nagios", f"[{ts_epoch()}] SERVICE ALERT: fs01;Disk D:;OK;HARD;1;OK - D: {R.randint(30, 65)}% used ({R.randint(300, 800)} GB free)"),
    ])]


PHI_GENS = [(phi_docket, 6), (phi_calendar, 4), (phi_pdf, 7), (phi_fax, 8), (phi_hl7, 3), (phi_sm, 7),
            (phi_cad, 6), (phi_med, 4), (phi_disp, 3), (phi_efile, 7), (phi_iis, 6), (phi_ody, 7),
            (phi_ps, 4), (phi_sp, 5), (phi_note, 12)]
NOISE_GENS = [(noise_docket, 4), (noise_calendar, 3), (noise_pdf, 7), (noise_fax, 6), (noise_hl7, 4),
              (noise_sm, 6), (noise_cad, 6), (noise_med, 4), (noise_efile, 8), (noise_iis, 9), (noise_ody, 6),
              (noise_ps, 8), (noise_sp, 5), (noise_note, 8), (noise_nagios, 5)]


FORCED = [lambda: phi_sm(0.9), lambda: phi_ody(0.95), lambda: phi_fax(0.9), lambda: phi_ody(0.8),
          lambda: phi_sm(0.9), lambda: phi_fax(0.9), lambda: phi_ody(0.95), lambda: phi_ody(0.1),
          lambda: phi_note(4), lambda: phi_cad(0.1, [q for q in PEOPLE if q.age > 89][0]), lambda: phi_note(4),
          lambda: phi_cad(0.1, [q for q in PEOPLE if q.age > 89][-1])]


def choose(gens):
    fs, ws = zip(*gens)
    return R.choices(fs, weights=ws, k=1)[0]


def main():
    lines = []
    while len(lines) < N_LINES:
        noise_n = sum(1 for L in lines if not L.spans)
        want_noise = (not lines) or noise_n / len(lines) < NOISE_TARGET
        if not want_noise and FORCED and R.random() < 0.25:
            gen = FORCED.pop(0)
        else:
            gen = choose(NOISE_GENS if want_noise else PHI_GENS)
        block = gen()
        if len(lines) + len(block) > N_LINES:
            continue
        lines.extend(block)
    assert not FORCED, "forced events left over"
    out_log, out_lab = [], []
    cats = {}
    fams = {}
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        b = s.encode("utf-8")
        spans = []
        last_e = -1
        for (st, en, cat, val) in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, val)
            assert st >= last_e, ("overlap", i)
            last_e = en
            spans.append({"s": st, "e": en, "cat": cat})
            cats[cat] = cats.get(cat, 0) + 1
        fams[L.fam] = fams.get(L.fam, 0) + 1
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    log_p = os.path.join(HERE, f"{ID}.log")
    lab_p = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_p, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(lab_p, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    noise = sum(1 for L in lines if not L.spans)
    print(f"lines={len(lines)} noise={noise} ({100 * noise / len(lines):.1f}%) families={len(fams)}")
    print("cats", json.dumps(dict(sorted(cats.items(), key=lambda x: -x[1]))))
    print("fams", json.dumps(dict(sorted(fams.items(), key=lambda x: -x[1]))))
    for pth in (log_p, lab_p):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))


if __name__ == "__main__":
    main()
