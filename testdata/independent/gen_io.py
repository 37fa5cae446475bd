#!/usr/bin/env python3
"""Generate the held-out PHI log corpus "io" (synthetic data only).

Theme: a hospital's legacy desktop / client-server applications still in
production (St. Brendan Regional Medical Center, "SBRMC"): PowerBuilder
registration and billing clients (error log + database trace), a VB6 medical
records client (app log, ODBC SQL.LOG trace, ADO error dumps), a Delphi chart
tracking tool (madExcept reports + app log, partly German vendor strings), an
Access release-of-information front end, the Crystal Reports runtime, Windows
Application event log exports (wevtutil text and XML), Citrix XenApp session
/ print logs, INI dumps from a workstation inventory script, SQL Server
Profiler traces (RPC parameters), and batch interface files (HL7 v2 ADT,
X12 837I, CSV exports, fixed width) moved by FTP scripts.

Writes io.log (500 lines) and io.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, no clock / os randomness).

Labeling decisions:
- People labeled: patients, their relatives, guarantors, subscribers and
  emergency contacts, and a patient who requests his/her own records.
  Not labeled: staff (registration/HIM/PFS clerks, IT, physicians), their
  Windows/SQL/Citrix logins, workstation names, internal 10.x addresses,
  facility/payer/vendor/law-firm names, addresses, phones, faxes, NPIs, emails.
- Names: a name written as one string ("OKAFOR, CHIDI", "Chidi Okafor",
  "C. Okafor") is one span; when components sit in separate fields (HL7 ^,
  X12 *, CSV/fixed-width columns, SQL parameters, COLUMN= values, file-name
  parts) each of last and first name is its own span. A lone middle initial in
  its own field is not labeled. SQL-escaped names ("O''Brien") are labeled as
  written. A LIKE search prefix of a full surname ('OKAFOR%') labels the
  surname without the %.
- Dates labeled: birth, admission, discharge, death, service (DOS, from/thru),
  appointment dates of a patient, in any written form. The span covers the
  date (and its time when the value carries one, e.g. '1938-05-02
  00:00:00.000', admit 202403110742) but not wrappers: quotes, #..#, {d '..'},
  Date(..)/DateTime(..) keep only the inner value. Not labeled: log
  timestamps, HL7/X12 message/batch creation times, file/batch dates in file
  names, payment posting dates, build dates, insurance effective dates,
  driver's licence expiry dates, UDI expiry segments. Implant dates count as
  service dates; a date of death (DOD, Sterbedatum) is labeled.
- Ages: only ages over 89 are labeled (the number only). Younger ages never.
- Addresses: street line (with apartment) is one 'address' span, the city is a
  separate 'address' span, ZIP (5 or ZIP+4) is 'zip'; state is never labeled.
- mrn: medical record numbers in any form, including the same MRN written
  without leading zeros. Internal patient surrogate keys (pat_id, PAT_KEY)
  are other_id.
- account: patient/guarantor account numbers (incl. X12 CLM01 patient control
  number, HL7 PID-18), full card numbers, bank account numbers. Masked card
  numbers / last-4 only are not labeled. Public test card 4111111111111111
  is not labeled.
- health_plan: Medicare MBI, MassHealth/Medicaid IDs, commercial member and
  subscriber IDs, HL7 IN1-36 policy numbers. Payer IDs/group numbers of an
  employer plan are not labeled.
- other_id: encounter/visit numbers (HL7 PV1-19, EncounterNo), ROI request
  numbers, insurer claim numbers of an accident claim, patient portal
  usernames, pat_id surrogate keys. Batch IDs, document IDs, job numbers,
  report job IDs, order/PO numbers, HL7 control IDs, GUIDs are not labeled.
- ip: a patient's/guarantor's public IP (online payment portal). Internal
  workstation / Citrix / SQL client addresses are not labeled.
- device: serial numbers / UDI of a device implanted in or issued to a
  patient. Workstation, printer, scanner serials are not labeled.
- vehicle: VIN and plate of a patient's car (motor vehicle accident claims).
- license: driver's licence number of a patient or guarantor.
- url: a patient's personal URLs (fundraiser page, social profile).
- biometric: palm-vein enrollment template (base64); photo: base64 JPEG of the
  patient's registration photo (the base64 text, not the key).
- phone/fax/email: those of patients and their relatives/guarantors only
  (HL7 PID-13 "^PRN^FX" repetitions are fax).
- Masked values are not labeled: SSN "xxx-xx-1234", card "XXXXXXXXXXXX1234",
  "card on file ending 1234". A bank routing (ABA) number is the bank's and is
  not labeled; the patient's bank account number is.
- Staff appear in EVN/PV1 (operator, attending NPI^NAME), Citrix/Profiler
  login columns, note author columns and madExcept "user name": never labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import unicodedata

ID = "io"
N_LINES = 500
R = random.Random(19)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 11)
PHI_P = 0.62

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------- line builder
class Line:
    def __init__(self):
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert s and cat in CATS, (s, cat)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def add(self, v):
        if isinstance(v, Line):
            off = len(self.buf)
            self.buf += v.buf
            self.spans += [(a + off, b + off, c, s) for a, b, c, s in v.spans]
        elif isinstance(v, tuple):
            if v[1]:
                self.p(v[0], v[1])
            else:
                self.t(v[0])
        elif isinstance(v, list):
            for x in v:
                self.add(x)
        else:
            self.t(str(v))
        return self


_PH = re.compile(r"\$\{(\w+)\}")


def T(fmt, **kw):
    ln = Line()
    pos = 0
    for m in _PH.finditer(fmt):
        ln.t(fmt[pos:m.start()])
        ln.add(kw[m.group(1)])
        pos = m.end()
    ln.t(fmt[pos:])
    return ln


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 6, 38, 12, 404000)

    def tick(self, lo=15, hi=105):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CLK = Clock()


def ts_iso(t, ms=3):
    s = t.strftime("%Y-%m-%d %H:%M:%S")
    if ms == 3:
        s += ".%03d" % (t.microsecond // 1000)
    elif ms == 6:
        s += ".%06d" % t.microsecond
    return s


def ts_us(t):
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second,
                                          "AM" if t.hour < 12 else "PM")


# ----------------------------------------------------------------- people
FN_F = ["Chidinma", "Thi Lan", "María José", "Siobhan", "Agnieszka", "Fatima", "Eleni",
        "Josefina", "Nasrin", "Ildikó", "Ingrid", "Darlene", "Marie-Claire", "Svetlana",
        "Winona", "Rosalia", "Astrid", "Ama", "Bernadette", "Gladys", "Mildred", "Priya",
        "Lucía", "Tamika", "Ruth", "Esther", "Hye-jin", "Aroha", "Zofia", "Guadalupe",
        "Yetunde", "Mei", "Dolores", "Inés", "Noor", "Lorraine", "Kateřina", "Bich Ngoc"]
FN_M = ["Chidi", "Pieter", "Hiroshi", "Ewan", "Jürgen", "Adebayo", "Wei", "Min-jun",
        "Harold", "Lorenzo", "Omar", "Tadeusz", "Patrick", "Dmitri", "Earl", "Kekoa",
        "Yusuf", "Sipho", "Deshawn", "Vernon", "Moshe", "Jean-Luc", "Rajesh", "Bao",
        "Carlos Alberto", "Thanh", "Mustafa", "Ezekiel", "Olav", "Seamus", "Luis",
        "Anselm", "Kwame", "Francis", "Gunnar", "Réal"]
LAST = ["Okafor", "Nguyen", "García-Márquez", "O'Brien", "van der Berg", "Kowalczyk",
        "Yamamoto", "Abdullah", "MacLeod", "Papadopoulos", "de la Cruz", "Rahman", "Szabó",
        "Haugen", "Müller", "Oyelaran", "Chen", "Kim", "Begay", "Tsosie", "Castellanos",
        "Jean-Baptiste", "Al-Sayed", "Ivanova", "Brzezinski", "Whitehorse", "Fitzgerald",
        "Delacroix", "Lindqvist", "Achterberg", "Novak", "Petrossian", "Haddad", "Ferreira",
        "Santos-Silva", "Rosenblum", "Wiśniewska", "Tran", "Pham", "Iyer", "Chatterjee",
        "Dlamini", "Adeyemi", "Kealoha", "Nakamura", "Vasquez-Ortiz", "St. Pierre",
        "D'Angelo", "McAllister", "Sørensen", "Aguilar", "Hernández", "Nowicki", "Obi",
        "Di Stefano", "Le", "Ng", "Boateng", "Kaur", "Mbatha", "Quispe", "Villanueva",
        "Featherstone", "Dubois", "Abernathy-Cole", "Kaczmarek", "Gallagher", "Lévesque",
        "Moreau", "Baptiste"]
STREETS = ["Linden Ave", "Elm St", "Northampton St", "Dwight St", "Chestnut St",
           "Sargeant St", "Pleasant St", "Boston Rd", "Memorial Dr", "Main St",
           "Westfield Rd", "Cabot St", "Suffield St", "Allen St", "Page Blvd", "Sumner Ave",
           "Carew St", "Maple St", "Granby Rd", "Front St", "Beech St", "Homestead Ave",
           "Riverdale St", "Fuller Rd", "Meadow St", "Cherry St"]
CITIES = [("Holyoke", "MA", "01040"), ("Chicopee", "MA", "01013"), ("Chicopee", "MA", "01020"),
          ("Springfield", "MA", "01104"), ("Springfield", "MA", "01109"),
          ("Springfield", "MA", "01108"), ("West Springfield", "MA", "01089"),
          ("Westfield", "MA", "01085"), ("Ludlow", "MA", "01056"), ("Agawam", "MA", "01001"),
          ("Northampton", "MA", "01060"), ("Palmer", "MA", "01069"),
          ("South Hadley", "MA", "01075"), ("Easthampton", "MA", "01027"),
          ("Enfield", "CT", "06082"), ("Hartford", "CT", "06106"), ("Longmeadow", "MA", "01106"),
          ("Granby", "MA", "01033"), ("Wilbraham", "MA", "01095")]
EMAIL_DOM = ["gmail.com", "aol.com", "comcast.net", "yahoo.com", "hotmail.com",
             "charter.net", "verizon.net", "outlook.com", "icloud.com"]
REL = {"F": [("DAU", "Daughter"), ("SPO", "Spouse"), ("SIS", "Sister"), ("GRD", "Guardian"),
             ("MTH", "Mother"), ("NIE", "Niece")],
       "M": [("SON", "Son"), ("SPO", "Spouse"), ("BRO", "Brother"), ("GRD", "Guardian"),
             ("FTH", "Father"), ("NEP", "Nephew")]}
EVT_REC = [884100]


def evt_rec():
    EVT_REC[0] += R.randint(1, 40)
    return EVT_REC[0]

SPECIAL = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "æ": "ae"}


def ascii_fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def up(s):
    return ascii_fold(s).upper()


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def gen_ssn():
    while True:
        a = R.randint(1, 665)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if s not in ("123-45-6789", "078-05-1120", "219-09-9999"):
            return s


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    def a():
        return R.choice(MBI_A)

    def n():
        return str(R.randint(0, 9))

    def an():
        return R.choice(MBI_A + "0123456789")
    return str(R.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()


PAYER_CD = {"MEDICARE PART A": "MCR", "MASSHEALTH": "MCD", "BCBS OF MASSACHUSETTS": "BCBS",
            "HEALTH NEW ENGLAND": "HNE", "TUFTS HEALTH PLAN": "THP", "CONNECTICARE": "CCI"}


def gen_member():
    k = R.randrange(6)
    if k == 0:
        return ("MEDICARE PART A", gen_mbi())
    if k == 1:
        return ("MASSHEALTH", "1000" + "%08d" % R.randint(0, 99999999))
    if k == 2:
        return ("BCBS OF MASSACHUSETTS", "XKH" + "%09d" % R.randint(0, 999999999) + "01")
    if k == 3:
        return ("HEALTH NEW ENGLAND", "HNE%08d" % R.randint(0, 99999999))
    if k == 4:
        return ("TUFTS HEALTH PLAN", "TH%09d" % R.randint(0, 999999999))
    return ("CONNECTICARE", "%011d" % R.randint(10 ** 9, 10 ** 11 - 1))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "1FT", "5NP", "JTD", "1C4", "3VW", "KM8"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("KLMNPRS") + R.choice("ABCDEFGHJ") + "%06d" % R.randint(0, 999999))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def gen_pub_ip():
    first = R.choice([24, 50, 64, 66, 67, 68, 69, 71, 73, 75, 76, 96, 98, 107, 108, 173,
                      174, 184])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


class Person:
    def __init__(self, old=False, last=None):
        self.sex = R.choice("FM")
        self.first = R.choice(FN_F if self.sex == "F" else FN_M)
        self.last = last or R.choice(LAST)
        self.mi = R.choice("ABCDEEFGHJKLMMNPRSTW")
        if old or R.random() < 0.13:
            y = R.randint(1921, 1933)
        else:
            y = R.randint(1936, 2006)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - y - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.mrn = "%08d" % R.randint(120000, 998999)
        self.patid = str(R.randint(100000, 2999999))
        self.acct = "70" + "%08d" % R.randint(0, 99999999)
        self.visit = "V%09d" % R.randint(240100000, 240399999)
        self.ssn = gen_ssn()
        self.phone = (R.choice(["413", "413", "413", "860", "774", "617", "413"]),
                      "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
        self.cell = (R.choice(["413", "413", "860", "508"]), "%03d" % R.randint(201, 989),
                     "%04d" % R.randint(0, 9999))
        apt = R.choice(["", "", "", " Apt 3B", " #2", " Unit 14", " Apt 207", " Fl 2"])
        self.street = "%d %s%s" % (R.randint(2, 2999), R.choice(STREETS), apt)
        self.city, self.st, self.zip = R.choice(CITIES)
        if R.random() < 0.2:
            self.zip += "-%04d" % R.randint(1000, 9999)
        self.LAST, self.FIRST = up(self.last), up(self.first)
        fl = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower())
        ll = re.sub(r"[^a-z]", "", ascii_fold(self.last).lower())
        pat = R.randrange(4)
        local = [f"{fl}.{ll}", f"{fl[0]}{ll}{y % 100:02d}", f"{ll}{fl[0]}{R.randint(1, 99)}",
                 f"{fl}{ll[:4]}{R.randint(100, 999)}"][pat]
        self.email = local + "@" + R.choice(EMAIL_DOM)
        self.payer, self.memid = gen_member()
        self.pcd = PAYER_CD[self.payer]
        if self.pcd == "MCR" and y > 1958:
            self.payer, self.memid = "BCBS OF MASSACHUSETTS", "XKH%09d01" % R.randint(0, 999999999)
            self.pcd = "BCBS"
        back = R.randint(2, 30)
        adm = TODAY - dt.timedelta(days=back)
        self.admit = dt.datetime(adm.year, adm.month, adm.day, R.randint(0, 23), R.randint(0, 59))
        self.disch = self.admit + dt.timedelta(days=R.randint(1, min(9, back - 1)), hours=R.randint(0, 6))
        self.svc = adm
        self.user = f"{fl}.{ll}{R.choice(['', '38', '1', '_mc', '77'])}"

    def name(self, style):
        f, l, m = self.first, self.last, self.mi
        return {
            "LF": f"{self.LAST}, {self.FIRST}",
            "LFc": f"{self.LAST},{self.FIRST}",
            "LFM": f"{self.LAST}, {self.FIRST} {m}",
            "Lf": f"{l}, {f}",
            "Lfm": f"{l}, {f} {m}.",
            "FL": f"{f} {l}",
            "FML": f"{f} {m}. {l}",
            "FLU": f"{self.FIRST} {self.LAST}",
            "iL": f"{f[0]}. {l}",
            "low": f"{l.lower()}, {f.lower()}",
            "lowFL": f"{f.lower()} {l.lower()}",
        }[style]

    def rname(self):
        return self.name(R.choice(["LF", "LF", "Lf", "FL", "LFM", "Lfm", "FL", "iL", "low", "LFc"]))


def relative(p):
    q = Person(last=p.last if R.random() < 0.6 else None)
    q.dob = dt.date(R.randint(1950, 1995), R.randint(1, 12), R.randint(1, 28))
    return q


POOL = []


def person(new_p=0.6, old=False):
    if POOL and not old and R.random() > new_p:
        return R.choice(POOL[-30:])
    p = Person(old=old)
    POOL.append(p)
    return p


def dfmt(d, style):
    m, dd, y = d.month, d.day, d.year
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "us": "%02d/%02d/%04d" % (m, dd, y),
        "usn": "%d/%d/%d" % (m, dd, y),
        "us2": "%02d/%02d/%02d" % (m, dd, y % 100),
        "ymd": "%04d%02d%02d" % (y, m, dd),
        "dmon": "%02d-%s-%04d" % (dd, d.strftime("%b").upper(), y),
        "mon": "%s %d, %d" % (d.strftime("%b"), dd, y),
        "long": "%s %d, %d" % (d.strftime("%B"), dd, y),
        "dmy": "%02d.%02d.%04d" % (dd, m, y),
        "crys": "%d,%02d,%02d" % (y, m, dd),
    }[style]


def rdate(d):
    return dfmt(d, R.choice(["iso", "us", "usn", "us2", "ymd", "dmon", "mon", "us", "iso"]))


def pfmt(ph, style=None):
    a, e, n = ph
    style = style or R.choice(["paren", "dash", "dot", "raw", "parens2", "plus", "paren", "dash"])
    return {
        "paren": f"({a}) {e}-{n}",
        "parens2": f"({a}){e}-{n}",
        "dash": f"{a}-{e}-{n}",
        "dot": f"{a}.{e}.{n}",
        "raw": f"{a}{e}{n}",
        "plus": f"+1 {a} {e} {n}",
        "one": f"1-{a}-{e}-{n}",
    }[style]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def guid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64blob(nbytes, prefix=b""):
    raw = prefix + bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")

STAFF = [("mrossi", "Maria Rossi", "REG"), ("kpowell", "Kendra Powell", "HIM"),
         ("jwalsh", "Joan Walsh", "HIM"), ("tbaptiste", "Tom Baptiste", "PFS"),
         ("lchen2", "Lily Chen", "REG"), ("rdesai", "Ravi Desai", "PFS"),
         ("aokeke", "Amaka Okeke", "HIM"), ("bschultz", "Brian Schultz", "IS"),
         ("dnguyen3", "Duc Nguyen", "PFS"), ("sfortin", "Sylvie Fortin", "REG")]
DOCS = [("1487652093", "PATEL", "ANIL", "K"), ("1326048817", "HWANG", "REBECCA", "S"),
        ("1902873345", "OSEI", "KWABENA", ""), ("1750394418", "LINDGREN", "ERIK", "J"),
        ("1053387760", "MORALES", "ANA", "L")]
REGWS = ["REG-ED-02", "REG-ED-05", "REG-OPD-11", "REGWS14", "REG-ADM-03"]
HIMWS = ["HIMWS03", "HIMWS07", "HIMWS12", "HIM-ROI-01"]
PFSWS = ["PFS-WS21", "PFS-WS09", "PFSWS33"]


def staff():
    return R.choice(STAFF)


def int_ip():
    return "10.%d.%d.%d" % (R.choice([20, 40, 41, 60]), R.randint(1, 30), R.randint(2, 250))


def out(fam, ln):
    return [(fam, ln)]


# ================================================================ families
# ---- 1. PowerBuilder application error log
PB_APPS = [("REGIS32", "7.2.0.118"), ("PBBILL", "5.4.1.2203"), ("REGIS32", "7.2.0.118")]


def g_pb_err():
    t = CLK.tick()
    app, ver = R.choice(PB_APPS)
    ws = R.choice(REGWS if app == "REGIS32" else PFSWS)
    head = f"{ts_iso(t)} [{app} {ver}] {ws} pid={R.randint(1200, 9800)} "
    if R.random() < PHI_P:
        p = person()
        k = R.randrange(9)
        if k == 0:
            ln = T(head + "ERROR DBError: SQLDBCode=2627 SQLErrText=SQLSTATE = 23000 Microsoft SQL "
                   "Server Native Client 10.0 Violation of PRIMARY KEY constraint 'PK_patient'. "
                   "Cannot insert duplicate key in object 'dbo.patient'. The duplicate key value "
                   "is (${mrn}). DataWindow=d_pat_reg Row=1 Buffer=Primary", mrn=(p.mrn, "mrn"))
        elif k == 1:
            g = relative(p)
            ln = T(head + "ERROR DBError: SQLDBCode=8152 SQLErrText=SQLSTATE = 22001 String or "
                   "binary data would be truncated. SQLSyntax=INSERT INTO dbo.pat_guarantor ( "
                   "acct_no, gtor_name, gtor_addr1, gtor_city, gtor_state, gtor_zip, gtor_phone, "
                   "gtor_ssn ) VALUES ( '${acct}', '${gn}', '${st}', '${city}', '${stt}', '${zip}', "
                   "'${ph}', '${ssn}' )",
                   acct=(p.acct, "account"), gn=(g.name("LF"), "name"), st=(up(g.street), "address"),
                   city=(up(g.city), "address"), stt=g.st, zip=(g.zip, "zip"),
                   ph=(pfmt(g.phone, "raw"), "phone"), ssn=(g.ssn.replace("-", ""), "ssn"))
        elif k == 2:
            q = person(old=True)
            ln = T(head + "WARN  w_pat_reg_main.ue_validate: age ${age} > 89 for pat_id=${pid} "
                   "(birth_dt=${dob}); supervisor override required",
                   age=(str(q.age), "age"), pid=(q.patid, "other_id"), dob=(dfmt(q.dob, "us"), "date"))
        elif k == 3:
            ln = T(head + "INFO  w_pat_reg_main.ue_save: saved pat_id=${pid} mrn=${mrn} "
                   "enc=${enc} elapsed=${ms}ms",
                   pid=(p.patid, "other_id"), mrn=(p.mrn, "mrn"), enc=(p.visit, "other_id"),
                   ms=R.randint(90, 2400))
        elif k == 4:
            ln = T(head + "ERROR SystemError: Error Number 4 Error Text = Division by zero at line "
                   "77 in of_calc_los function of object n_cst_encounter. args: adm_dt=${a} "
                   "dsch_dt=${d}", a=(p.admit.strftime("%m/%d/%Y %H:%M"), "date"),
                   d=(p.admit.strftime("%m/%d/%Y %H:%M"), "date"))
        elif k == 5:
            ln = T(head + "WARN  of_check_eligibility: payer ${payer} rejected subscriber "
                   "${mem} (271 AAA*N**72*C) for ${nm} DOB ${dob}",
                   payer=p.payer, mem=(p.memid, "health_plan"), nm=(p.name("LF"), "name"),
                   dob=(dfmt(p.dob, "ymd"), "date"))
        elif k == 6:
            ln = T(head + "INFO  of_scan_id: ID scan OK type=DL state=%s lic=${l} exp=%s name=${n} "
                   "dob=${d} addr=${a}" % (p.st, dfmt(dt.date(R.randint(2024, 2031), R.randint(1, 12), R.randint(1, 28)), "ymd")),
                   l=(("S%08d" % R.randint(0, 99999999)) if p.st == "MA" else "%09d" % R.randint(10 ** 8, 10 ** 9 - 1), "license"),
                   n=(p.name("FLU"), "name"), d=(dfmt(p.dob, "ymd"), "date"),
                   a=[(up(p.street), "address"), "$", (up(p.city), "address"), "$" + p.st + "$", (p.zip[:5], "zip")])
        elif k == 7:
            ln = T(head + "INFO  w_pat_reg_main.of_banner: ${n} / ${s} / age ${age} / MRN ${m}",
                   n=(p.name("LF"), "name"), s=p.sex, age=(str(p.age), "age" if p.age > 89 else None),
                   m=(p.mrn, "mrn"))
        else:
            ln = T(head + "INFO  dw_pat_addr.ItemChanged: zip ${z} -> city lookup returned 0 rows; "
                   "kept '${c}' for acct ${a}",
                   z=(p.zip[:5], "zip"), c=(up(p.city), "address"), a=(p.acct, "account"))
        return out("pb_errlog", ln)
    k = R.randrange(9)
    msgs = [
        "INFO  Application open: PBVM 12.5.2.5006 DBMS=SNC ServerName=SBRSQL02\\HIS "
        "Database=HISPROD LogId=regapp_svc AutoCommit=False Lock=RC",
        "ERROR SystemError: Error Number 39 Error Text = Null object reference at line %d in "
        "ue_retrieve event of object dw_charges of w_acct_detail." % R.randint(20, 400),
        "ERROR SystemError: Error Number 2 Error Text = Array boundary exceeded at line 58 in "
        "of_load_payers function of object n_cst_payer.",
        "ERROR DBError: SQLDBCode=-1 SQLErrText=SQLSTATE = 08S01 Microsoft SQL Server Native "
        "Client 10.0 TCP Provider: An existing connection was forcibly closed by the remote host. "
        "DataWindow=d_census_list Row=0",
        "WARN  Transaction SQLCA reconnect attempt %d/5 after 1500 ms" % R.randint(1, 5),
        "ERROR DBError: SQLDBCode=1205 SQLErrText=Transaction (Process ID %d) was deadlocked on "
        "lock resources with another process and has been chosen as the deadlock victim. Rerun "
        "the transaction. DataWindow=d_charge_batch Row=%d" % (R.randint(51, 180), R.randint(1, 60)),
        "INFO  Library list: regis.pbd;regis_dw.pbd;pfc_main.pbd;pfeapsrv.pbd (4 libraries, 7.9 MB)",
        "INFO  Idle timer fired after 900 s; auto-logoff of user %s" % staff()[0],
        "ERROR SystemError: Error Number 17 Error Text = Error calling external object function "
        "print at line 212 in clicked event of object cb_wristband of w_pat_reg_main.",
    ]
    return out("pb_errlog", T(head + msgs[k]))


# ---- 2. PowerBuilder database trace (pbtrace.log)
def g_pb_trace():
    h = "(%s): " % HEXS(8)
    acc = [R.uniform(100, 9000)]

    def tm():
        d = R.uniform(0.005, 4.0)
        acc[0] += d
        return "(%.3f MS / %.3f MS)" % (d, acc[0])
    lines = []
    if R.random() < 0.5:
        p = person()
        lines.append(T(h + "PREPARE WITH BIND VARIABLES:"))
        lines.append(T(h + "SELECT p.pat_id, p.mrn, p.last_name, p.first_name, p.birth_dt, p.sex "
                       "FROM dbo.patient p WHERE p.last_name LIKE ? AND p.birth_dt = ? " + tm()))
        lines.append(T(h + "INPUT BIND: ,len=30,type=CHAR,pbt=1,dbt=1,ct=0,prec=0,scale=0,"
                       "data='${l}%'", l=(p.LAST, "name")))
        lines.append(T(h + "INPUT BIND: ,len=8,type=DATETIME,pbt=6,dbt=0,ct=0,prec=0,scale=0,"
                       "data='${d}'", d=(dfmt(p.dob, "iso") + " 00:00:00.000000", "date")))
        lines.append(T(h + "EXECUTE: " + tm()))
        lines.append(T(h + "FETCH NEXT: " + tm()))
        lines.append(T(h + " COLUMN=${pid} COLUMN=${mrn} COLUMN=${l} COLUMN=${f} COLUMN=${d} "
                       "COLUMN=${s}", pid=(p.patid, "other_id"),
                       mrn=(str(int(p.mrn)), "mrn"), l=(p.LAST, "name"), f=(p.FIRST, "name"),
                       d=(dfmt(p.dob, "iso") + " 00:00:00.000000", "date"), s=p.sex))
        lines.append(T(h + "FETCH NEXT: " + tm()))
        lines.append(T(h + "*** DBI_FETCHEND *** (rc 100)"))
    elif R.random() < 0.5:
        p = person()
        lines.append(T(h + "UPDATE dbo.patient SET phone_home = ?, email_addr = ?, upd_user = ?, "
                       "upd_dt = getdate() WHERE pat_id = ? " + tm()))
        lines.append(T(h + "INPUT BIND: ,len=14,type=CHAR,pbt=1,dbt=1,ct=0,prec=0,scale=0,data='${ph}'",
                       ph=(pfmt(p.phone, "paren"), "phone")))
        lines.append(T(h + "INPUT BIND: ,len=60,type=CHAR,pbt=1,dbt=1,ct=0,prec=0,scale=0,data='${em}'",
                       em=(p.email, "email")))
        lines.append(T(h + "INPUT BIND: ,len=20,type=CHAR,pbt=1,dbt=1,ct=0,prec=0,scale=0,data='%s'"
                       % staff()[0]))
        lines.append(T(h + "INPUT BIND: ,len=4,type=LONG,pbt=2,dbt=0,ct=0,prec=0,scale=0,data=${pid}",
                       pid=(p.patid, "other_id")))
        lines.append(T(h + "GET AFFECTED ROWS: " + tm()))
        lines.append(T(h + " ^ 1 Rows Affected"))
        lines.append(T(h + "COMMIT: " + tm()))
    else:
        lines.append(T(h + "LOGIN: " + tm()))
        lines.append(T(h + "CONNECT TO TRACE SNC:"))
        lines.append(T(h + "DBPARM=Provider='SQLNCLI10',Database='HISPROD',TrimSpaces=1,"
                       "DisableBind=0,StaticBind=0,AppName='REGIS32',Host='%s'" % R.choice(REGWS)))
        lines.append(T(h + "SERVER=SBRSQL02\\HIS"))
        lines.append(T(h + "LOGID=regapp_svc"))
        lines.append(T(h + "LOCK=RC"))
        lines.append(T(h + "SELECT count(*) FROM dbo.sys_config WHERE cfg_key = 'REG_ALLOW_MERGE' " + tm()))
        lines.append(T(h + "DISCONNECT: " + tm()))
        lines.append(T(h + "SHUTDOWN DATABASE INTERFACE: " + tm()))
    return [("pb_dbtrace", x) for x in lines]


# ---- 3. VB6 medical records client log
def g_vb6():
    t = CLK.tick()
    u = R.choice(["jwalsh", "kpowell", "aokeke"])
    head = f"{ts_us(t)}|MedRec 4.1.327|{R.choice(HIMWS)}|{u}|"
    if R.random() < PHI_P:
        p = person()
        k = R.randrange(7)
        if k == 6:
            q = person(old=R.random() < 0.5)
            ln = T(head + "modReports.PrintFace|FaceSheet queued: ${n}, ${age}y ${s}, MRN ${m}, adm ${a}",
                   n=(q.name(R.choice(["LF", "Lf", "FL"])), "name"),
                   age=(str(q.age), "age" if q.age > 89 else None), s=q.sex, m=(q.mrn, "mrn"),
                   a=(q.admit.strftime("%m/%d/%Y %I:%M %p"), "date"))
        elif k == 0:
            ln = T(head + "frmDeficiency.LoadChart|Chart not found in location table: MRN ${m}, pt "
                   "${n}, disch ${d}", m=(p.mrn, "mrn"), n=(p.rname(), "name"),
                   d=(dfmt(p.disch.date(), "usn"), "date"))
        elif k == 1:
            q = Person(last=p.last)
            ln = T(head + "frmMerge.cmdMerge_Click|Merge requested: source MRN ${m2} -> target MRN "
                   "${m} (${n}, DOB ${d}) by ${u}; reason=duplicate registration",
                   m2=(q.mrn, "mrn"), m=(p.mrn, "mrn"), n=(p.name("LF"), "name"),
                   d=(dfmt(p.dob, "us"), "date"), u=u)
        elif k == 2:
            g = relative(p)
            ln = T(head + "frmROI.cmdPrint_Click|Err 5: Invalid procedure call or argument. Request "
                   "#${rq} requester=${gn} (${rel}) pt=${n} MRN=${m}",
                   rq=("ROI-24-%05d" % R.randint(100, 9999), "other_id"), gn=(g.name("FL"), "name"),
                   rel=R.choice(REL[g.sex])[1].lower(), n=(p.name("LF"), "name"), m=(p.mrn, "mrn"))
        elif k == 3:
            ln = T(head + "modAudit.WriteAudit|VIEW chart=${m} name=\"${n}\" section=Discharge "
                   "Summary adm=${a}", m=(p.mrn, "mrn"), n=(p.name("Lf"), "name"),
                   a=(dfmt(p.admit.date(), "us"), "date"))
        elif k == 4:
            ln = T(head + "frmCoding.txtDOD_Validate|Err 13: Type mismatch. txtDOD.Text=\"${dod}\" "
                   "MRN=${m}", dod=(dfmt(p.disch.date(), "dmon"), "date"), m=(p.mrn, "mrn"))
        else:
            dev = "PJN%06d" % R.randint(0, 999999)
            ln = T(head + "frmImplants.Save|Implant log: MRN ${m} ${n} device=Medtronic Azure XT DR "
                   "MRI SN ${sn} implanted ${d}", m=(p.mrn, "mrn"), n=(p.name("LF"), "name"),
                   sn=(dev, "device"), d=(dfmt(p.svc, "us"), "date"))
        return out("vb6_medrec", ln)
    msgs = [
        "frmChartReq.cmdRequest_Click|Err 3021: Either BOF or EOF is True, or the current record "
        "has been deleted. Requested operation requires a current record.",
        "modDB.OpenConn|Err -2147467259: [Microsoft][ODBC SQL Server Driver]Timeout expired",
        "modReports.PrintFace|Err 429: ActiveX component can't create object (CRAXDRT.Application)",
        "frmMain.Form_Load|Info: Startup complete. MDAC 2.8 SP1, msvbvm60.dll 6.0.98.15, "
        "mscomctl.ocx 6.1.98.39",
        "modScan.ImportBatch|Err 70: Permission denied (\\\\sbrfs01\\scans$\\inbox\\batch_0311_%02d.tif)"
        % R.randint(1, 12),
        "frmDeficiency.Refresh|Info: queue refreshed: %d open, %d delinquent > 30d, elapsed %.1fs"
        % (R.randint(150, 300), R.randint(10, 60), R.uniform(0.8, 6)),
        "frmMain.tmrKeepAlive_Timer|Err 91: Object variable or With block variable not set",
        "modDB.Exec|Err -2147217871: [Microsoft][ODBC SQL Server Driver]Query timeout expired "
        "(usp_him_delinquency_rpt, 30s)",
        "modUpdate.Check|Info: build 4.1.327 (2019-06-14) sha1=%s, no update on \\\\sbrfs01\\deploy$"
        % hexs(40),
        "frmMain.mnuHelp_Click|Info: support contact IS Help Desk x4357 / (413) 555-0100 / "
        "ishelpdesk@sbrmc.org",
        "modScan.Twain|Err 32755: TWAIN source 'fi-7160' (SN 1B44E2A0917) busy, retry in 3s",
    ]
    return out("vb6_medrec", T(head + R.choice(msgs)))


# ---- 4. ODBC trace SQL.LOG
def g_odbc():
    app = R.choice(["MedRec", "msaccess", "MedRec", "CRW32"])
    tid = "%x-%x" % (R.randint(0x400, 0x2fff), R.randint(0x400, 0x2fff))
    pre = f"{app:<16}{tid}\t"
    hstmt = "0x%08X" % R.randint(0x01000000, 0x0FFFFFFF)
    lines = []
    k = R.random()
    if k < 0.45:
        p = person()
        lines.append(T(pre + "ENTER SQLExecDirect "))
        lines.append(T("\t\tHSTMT               " + hstmt))
        q = R.randrange(3)
        if q == 0:
            lines.append(T("\t\tUCHAR *             0x0019F1C0 [      -3] \"SELECT chart_loc, "
                           "checked_out_to, out_dt FROM dbo.chart_location WHERE mrn = '${m}'\\ 0\"",
                           m=(p.mrn, "mrn")))
        elif q == 1:
            lines.append(T("\t\tUCHAR *             0x0019F1C0 [      -3] \"SELECT * FROM "
                           "dbo.patient WHERE last_name = '${l}' AND first_name = '${f}' AND "
                           "birth_dt = {d '${d}'}\\ 0\"", l=(p.LAST.replace("'", "''"), "name"),
                           f=(p.FIRST, "name"), d=(dfmt(p.dob, "iso"), "date")))
        else:
            lines.append(T("\t\tUCHAR *             0x0019F1C0 [      -3] \"UPDATE dbo.roi_request "
                           "SET status = 'MAILED', mail_addr = '${a}' WHERE mrn = '${m}'\\ 0\"",
                           a=[(up(p.street), "address"), " ", (up(p.city), "address"),
                              " " + p.st + " ", (p.zip, "zip")], m=(p.mrn, "mrn")))
        lines.append(T("\t\tSDWORD                    -3"))
        rc = R.random()
        if rc < 0.6:
            lines.append(T(pre + "EXIT  SQLExecDirect  with return code 0 (SQL_SUCCESS)"))
        else:
            lines.append(T(pre + "EXIT  SQLExecDirect  with return code -1 (SQL_ERROR)"))
            lines.append(T("\t\tDIAG [08S01] [Microsoft][ODBC SQL Server Driver][DBNETLIB]"
                           "ConnectionRead (recv()). (10054) "))
    elif k < 0.7:
        p = person()
        lines.append(T(pre + "EXIT  SQLGetData  with return code 0 (SQL_SUCCESS)"))
        lines.append(T("\t\tHSTMT               " + hstmt))
        lines.append(T("\t\tUWORD                        %d " % R.randint(2, 6)))
        lines.append(T("\t\tSWORD                        1 <SQL_C_CHAR>"))
        val = R.randrange(3)
        if val == 0:
            v = p.name("LF")
            lines.append(T("\t\tPTR                 0x0019F3E0 [%8d] \"${v}\"" % len(v.encode()),
                           v=(v, "name")))
        elif val == 1:
            v = p.ssn
            lines.append(T("\t\tPTR                 0x0019F3E0 [%8d] \"${v}\"" % len(v), v=(v, "ssn")))
        else:
            v = p.street.upper()
            lines.append(T("\t\tPTR                 0x0019F3E0 [%8d] \"${v}\"" % len(v),
                           v=(v, "address")))
        lines.append(T("\t\tSQLLEN                   255"))
    else:
        lines.append(T(pre + "ENTER SQLDriverConnectW "))
        lines.append(T("\t\tHDBC                0x%08X" % R.randint(0x01000000, 0x0FFFFFFF)))
        lines.append(T("\t\tHWND                0x%08X" % R.randint(0x10000, 0xFFFFF)))
        lines.append(T("\t\tWCHAR *             0x%08X [      -3] \"DSN=HISPROD;UID=medrec_app;"
                       "PWD=********;APP=%s;WSID=%s;DATABASE=HISPROD\\ 0\""
                       % (R.randint(0x100000, 0xFFFFFF), app, R.choice(HIMWS))))
        lines.append(T("\t\tSWORD                       -3 "))
        lines.append(T(pre + "EXIT  SQLDriverConnectW  with return code 1 (SQL_SUCCESS_WITH_INFO)"))
        lines.append(T("\t\tDIAG [01000] [Microsoft][ODBC SQL Server Driver][SQL Server]Changed "
                       "database context to 'HISPROD'. (5701) "))
    return [("odbc_sqllog", x) for x in lines]


# ---- 5. ADO errors / parameter dump (VB6 billing cashiering add-on)
def g_ado():
    t = CLK.tick()
    pre = "[ADO] %s CashPost.exe " % t.strftime("%m/%d/%Y %H:%M:%S")
    lines = []
    if R.random() < 0.6:
        p = person()
        lines.append(T(pre + "Errors.Count=1"))
        lines.append(T(pre + "  #0 Number=0x80040E2F Source=Microsoft OLE DB Provider for SQL "
                       "Server SQLState=23000 NativeError=547 Description=The INSERT statement "
                       "conflicted with the FOREIGN KEY constraint \"FK_payment_acct\". The conflict "
                       "occurred in database \"HISPROD\", table \"dbo.account\", column 'acct_no'."))
        lines.append(T(pre + "  Command.CommandText=dbo.usp_post_payment CommandType=adCmdStoredProc"))
        lines.append(T(pre + "  Param @acct_no adVarChar(12) adParamInput = '${a}'", a=(p.acct, "account")))
        if R.random() < 0.5:
            card = luhn_complete(R.choice(["4", "51", "54", "4", "52"]))
            lines.append(T(pre + "  Param @card_no adVarChar(19) adParamInput = '${c}'",
                           c=(card, "account")))
        else:
            lines.append(T(pre + "  Param @card_no adVarChar(19) adParamInput = 'XXXXXXXXXXXX%04d'"
                           % R.randint(0, 9999)))
        lines.append(T(pre + "  Param @payer_name adVarWChar(60) adParamInput = '${n}'",
                       n=(p.name(R.choice(["FL", "FLU", "Lf"])), "name")))
        lines.append(T(pre + "  Param @amount adCurrency adParamInput = %d.%02d"
                       % (R.randint(5, 2500), R.randint(0, 99))))
    else:
        lines.append(T(pre + "Errors.Count=1"))
        lines.append(T(pre + "  #0 Number=0x80004005 Source=Microsoft OLE DB Provider for SQL "
                       "Server SQLState=08001 NativeError=17 Description=[DBNETLIB][ConnectionOpen "
                       "(Connect()).]SQL Server does not exist or access denied."))
        lines.append(T(pre + "  Connection.ConnectionString=Provider=SQLOLEDB.1;Integrated "
                       "Security=SSPI;Persist Security Info=False;Initial Catalog=HISPROD;Data "
                       "Source=SBRSQL02\\HIS;Application Name=CashPost;Workstation ID=%s"
                       % R.choice(PFSWS)))
        lines.append(T(pre + "  Retry %d of 3 in 5000 ms; MDAC 2.81.1132.0" % R.randint(1, 3)))
    return [("ado_errors", x) for x in lines]


# ---- 6. Crystal Reports runtime (RptLaunch wrapper + crpe32)
def g_crystal():
    t = CLK.tick()
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} "
    if R.random() < PHI_P:
        p = person()
        k = R.randrange(5)
        if k == 0:
            ln = T(head + "INFO  [RptLaunch] Open \\\\sbrfs01\\Reports\\HIM\\FaceSheet.rpt params: "
                   "{?MRN}=\"${m}\"; {?EncounterNo}=\"${e}\"; {?PatientDOB}=Date(${d})${mb}",
                   m=(p.mrn, "mrn"), e=(p.visit, "other_id"), d=(dfmt(p.dob, "crys"), "date"),
                   mb=(["; {?PrimaryMemberID}=\"", (p.memid, "health_plan"), "\""] if R.random() < 0.6 else ""))
        elif k == 1:
            ln = T(head + "ERROR [RptLaunch] Missing parameter values. Report=UB04_Claim.rpt "
                   "{?AcctNo}=\"${a}\" {?ServiceFrom}=DateTime(${d},00,00,00) {?ServiceThru}=<null>",
                   a=(p.acct, "account"), d=(dfmt(p.svc, "crys"), "date"))
        elif k == 2:
            g = relative(p)
            ln = T(head + "ERROR [crpe32] Error 545: Invalid parameter field value. "
                   "Report=PatientStatement.rpt Field={?GuarantorName} Value=\"${g}\" "
                   "{?GuarantorAcct}=\"${a}\"", g=(g.name("LFM"), "name"), a=(p.acct, "account"))
        elif k == 3:
            ln = T(head + "ERROR [RptLaunch] Export failed for Wristband.rpt (pt ${n}, MRN ${m}): "
                   "Error -2147190908 Unable to connect: incorrect log on parameters.",
                   n=(p.name("LFc"), "name"), m=(p.mrn, "mrn"))
        else:
            ln = T(head + "INFO  [RptLaunch] ApptLetter.rpt SelectionFormula={appt.pat_mrn} = "
                   "'${m}' and {appt.appt_dt} = DateTime(${d},09,30,00) -> 1 record(s)",
                   m=(p.mrn, "mrn"), d=(dfmt(TODAY + dt.timedelta(days=R.randint(3, 40)), "crys"), "date"))
        return out("crystal_rt", ln)
    msgs = [
        "ERROR [RptLaunch] Report.Export failed: Error -2147206461 (0x80047E3B) Failed to open the "
        "connection. Details: [Database Vendor Code: 17 ] FaceSheet {%s}.rpt" % guid().upper(),
        "WARN  [RptLaunch] Printer 'HIM_LJ4250' not found; defaulting to 'Microsoft XPS Document Writer'",
        "INFO  [RptLaunch] Report job %d completed in %.2f s (pages=%d, records read=%s)"
        % (R.randint(40000, 60000), R.uniform(0.5, 12), R.randint(1, 40), "{:,}".format(R.randint(1, 90000))),
        "ERROR [RptLaunch] The maximum report processing jobs limit configured by your system "
        "administrator has been reached.",
        "INFO  [RptLaunch] Crystal Reports runtime 13.0.2000.0 (x86) loaded; craxdrt.dll 11.5.0.313",
        "ERROR [crpe32] Error 508: Error in formula <DaysOutstanding>. 'DateDiff (\"d\", "
        "{acct.last_pmt_dt}, CurrentDate)' A date is required here.",
    ]
    return out("crystal_rt", T(head + R.choice(msgs)))


# ---- 7. Windows Application event log, wevtutil /f:text
def g_evtx_text():
    t = CLK.tick()
    rec = evt_rec()
    comp = R.choice(REGWS + HIMWS + ["CTXAPP05", "CTXAPP06", "SBRSQL02"]) + ".sbrmc.local"
    kind = R.random()
    src, eid, task, level, desc = "", 0, "N/A", "Information", []
    if kind < 0.35:
        src, eid, task, level = "Application Error", 1000, "Application Crashing Events", "Error"
        exe, ver, mod, mver = R.choice([("REGIS32.EXE", "7.2.0.118", "pbvm125.dll", "12.5.2.5006"),
                                        ("MedRec.exe", "4.1.0.327", "msvbvm60.dll", "6.0.98.15"),
                                        ("ChartTrak.exe", "3.8.2.117", "ChartTrak.exe", "3.8.2.117"),
                                        ("MSACCESS.EXE", "14.0.7268.5000", "VBE7.DLL", "7.0.16.34")])
        desc = [T("Faulting application name: %s, version: %s, time stamp: 0x%s" % (exe, ver, hexs(8))),
                T("Faulting module name: %s, version: %s, time stamp: 0x%s" % (mod, mver, hexs(8))),
                T("Exception code: 0xc0000005"),
                T("Fault offset: 0x%s" % hexs(8)),
                T("Faulting process id: 0x%x" % R.randint(0x400, 0x3000))]
        phi = False
    elif kind < 0.55:
        src, eid, task, level = "MSSQLSERVER", 18456, "Logon", "Information"
        desc = [T("Login failed for user '%s'. Reason: Password did not match that for the login "
                  "provided. [CLIENT: %s]" % (R.choice(["crystal_rpt", "regapp_svc", "sa"]), int_ip()))]
        level = "Information"
        phi = False
    else:
        src, eid = "VBRuntime", 1
        p = person()
        k = R.randrange(3)
        if k == 0:
            d = T("The VB Application identified by the event source logged this Application MedRec: "
                  "Thread ID: %d ,Logged: ROI letter printed for MRN ${m} (${n}) to ${a}"
                  % R.randint(1000, 9000), m=(p.mrn, "mrn"), n=(p.name("LF"), "name"),
                  a=[(up(p.street), "address"), ", ", (up(p.city), "address"), " " + p.st + " ",
                     (p.zip, "zip")])
        elif k == 1:
            d = T("The VB Application identified by the event source logged this Application MedRec: "
                  "Thread ID: %d ,Logged: Deceased flag set MRN ${m} DOD ${d} by kpowell"
                  % R.randint(1000, 9000), m=(p.mrn, "mrn"), d=(dfmt(p.disch.date(), "usn"), "date"))
        else:
            d = T("The VB Application identified by the event source logged this Application MedRec: "
                  "Thread ID: %d ,Logged: Error 3265 in frmChartReq (Item cannot be found in the "
                  "collection corresponding to the requested name or ordinal.)" % R.randint(1000, 9000))
        desc = [d]
        phi = True
    _ = phi
    hdr = [T("Event[%d]:" % rec),
           T("  Log Name: Application"),
           T("  Source: %s" % src),
           T("  Date: %s" % t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000)),
           T("  Event ID: %d" % eid),
           T("  Task: %s" % task),
           T("  Level: %s" % level),
           T("  Keyword: Classic"),
           T("  User: N/A"),
           T("  Computer: %s" % comp),
           T("  Description: ")]
    if R.random() < 0.5:
        del hdr[7:9]
    return [("evtx_text", x) for x in hdr + desc]


# ---- 8. Windows event log XML (one record per line)
def g_evtx_xml():
    t = CLK.tick()
    comp = R.choice(REGWS + HIMWS) + ".sbrmc.local"
    regcomp = R.choice(REGWS) + ".sbrmc.local"

    def sysx(prov, eid, lvl, kw="0x80000000000000", task=0):
        return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
                "<Provider Name='%s'/><EventID Qualifiers='0'>%d</EventID><Level>%d</Level>"
                "<Task>%d</Task><Keywords>%s</Keywords><TimeCreated SystemTime='%s'/>"
                "<EventRecordID>%d</EventRecordID><Channel>Application</Channel><Computer>%s"
                "</Computer><Security/></System>"
                % (prov, eid, lvl, task, kw, t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10),
                   evt_rec(), comp))
    k = R.random()
    if k < 0.2:
        p = person()
        tpl = b64blob(R.randint(60, 90), b"PVT1")
        comp = regcomp
        ln = T(sysx("PatientSecure", 2101, 4) + "<EventData><Data Name='Mrn'>${m}</Data><Data "
               "Name='Operation'>Enroll</Data><Data Name='Hand'>R</Data><Data Name='Quality'>%d"
               "</Data><Data Name='TemplateB64'>${b}</Data></EventData></Event>" % R.randint(60, 99),
               m=(p.mrn, "mrn"), b=(tpl, "biometric"))
    elif k < 0.35:
        p = person()
        ph = b64blob(R.randint(70, 110), JPEG_HDR)
        comp = regcomp
        ln = T(sysx("RegCapture", 310, 3) + "<EventData><Data Name='PatId'>${pid}</Data><Data "
               "Name='Message'>Photo upload exceeded 64 KB limit, stored truncated</Data><Data "
               "Name='PhotoJpegB64'>${ph}</Data></EventData></Event>",
               pid=(p.patid, "other_id"), ph=(ph, "photo"))
    elif k < 0.55:
        p = person()
        ln = T(sysx("VBRuntime", 1, 4) + "<EventData><Data>The VB Application identified by the "
               "event source logged this Application MedRec: Thread ID: %d ,Logged: Chart "
               "checkout ${m} ${n} adm ${a} to 4W by %s</Data></EventData></Event>"
               % (R.randint(1000, 9000), R.choice(["jwalsh", "aokeke"])),
               m=(p.mrn, "mrn"), n=(p.name("LF"), "name"), a=(dfmt(p.admit.date(), "us"), "date"))
    elif k < 0.8:
        ln = T(sysx("Application Error", 1000, 2, task=100) + "<EventData><Data>REGIS32.EXE</Data>"
               "<Data>7.2.0.118</Data><Data>%s</Data><Data>pbdwe125.dll</Data><Data>12.5.2.5006"
               "</Data><Data>%s</Data><Data>c0000005</Data><Data>%s</Data><Data>%x</Data>"
               "<Data>01da73%s</Data><Data>C:\\Program Files (x86)\\SBRMC\\Regis\\REGIS32.EXE"
               "</Data><Data>%s</Data></EventData></Event>"
               % (hexs(8), hexs(8), hexs(8), R.randint(0x400, 0x3000), hexs(10), guid()))
    else:
        ln = T(sysx("Application Hang", 1002, 2, task=101) + "<EventData><Data>MSACCESS.EXE</Data>"
               "<Data>14.0.7268.5000</Data><Data>%x</Data><Data>01da73%s</Data><Data>60000</Data>"
               "<Data>C:\\Program Files (x86)\\Microsoft Office\\Office14\\MSACCESS.EXE</Data>"
               "<Data>%s</Data></EventData></Event>" % (R.randint(0x400, 0x3000), hexs(10), guid()))
    return out("evtx_xml", ln)


# ---- 9. Citrix XenApp session / print logs
def g_citrix():
    t = CLK.tick()
    srv = R.choice(["CTXAPP05", "CTXAPP06", "CTXAPP07"])
    sess = R.randint(2, 40)
    head = f"{ts_iso(t)} {srv} "
    k = R.random()
    if k < 0.22:
        p = person()
        ln = T(head + "AppMonitor Session=%d Proc=REGIS32.EXE PID=%d Title=\"Patient Registration - "
               "${n} - MRN ${m} - DOB ${d}\"" % (sess, R.randint(1000, 9999)),
               n=(p.name("LF"), "name"), m=(p.mrn, "mrn"), d=(dfmt(p.dob, "us"), "date"))
    elif k < 0.38:
        p = person()
        cl = R.choice(REGWS)
        ln = T(head + "PrintService 307 Document %d, Wristband_${l}_${f}_${m} owned by %s on \\\\%s "
               "in session %d was printed on Zebra ZD410 (from %s) in session %d through port "
               "Client:%s:ZD410. Size in bytes: %d. Pages printed: 1."
               % (R.randint(2, 400), R.choice(["mrossi", "lchen2", "sfortin"]), cl, sess, cl, sess, cl, R.randint(4000, 30000)),
               l=(p.LAST.replace(" ", "_"), "name"), f=(p.FIRST.replace(" ", "_"), "name"),
               m=(p.mrn, "mrn"))
    elif k < 0.54:
        p = person()
        if R.random() < 0.5:
            return out("citrix", T(head + "AppMonitor Session=%d Proc=PBBILL.EXE PID=%d Title=\"Account "
                                   "Inquiry - ${a} - ${n} - %s ${mb}\"" % (sess, R.randint(1000, 9999), p.pcd),
                                   a=(p.acct, "account"), n=(p.name("LFc"), "name"),
                                   mb=(p.memid, "health_plan")))
        ln = T(head + "AppMonitor Session=%d Proc=MSACCESS.EXE Title=\"ROI_FE - [frmRequest : "
               "${n} ${d}]\"" % sess, n=(p.name("FL"), "name"), d=(dfmt(p.dob, "usn"), "date"))
    else:
        u = staff()[0]
        msgs = [
            "SessionLogon Session=%d User=SBRMC\\%s Client=%s ClientIP=%s Published=\"Patient "
            "Registration\" Protocol=ICA ICARTT=%dms" % (sess, u, R.choice(REGWS), int_ip(), R.randint(12, 90)),
            "SessionDisconnect Session=%d User=SBRMC\\%s Reason=ClientTimeout Idle=%dmin"
            % (sess, u, R.randint(15, 60)),
            "ClipboardRedirection Session=%d blocked %d bytes CF_UNICODETEXT (policy HIS-NoClipOut)"
            % (sess, R.randint(10, 4000)),
            "CDM Session=%d mapped client drive C: -> \\\\Client\\C$ (read-only)" % sess,
            "SessionReliability Session=%d reconnected via CGP port 2598 (ICA 1494) after %d s, STA ticket %s"
            % (sess, R.randint(2, 90), HEXS(32)),
            "XML Broker request Citrix-XMLService/7.15 from %s:%d took %d ms" % (int_ip(), R.randint(49152, 65535), R.randint(3, 900)),
            "UPS Session=%d printer autocreate failed: driver 'ZDesigner ZD410-203dpi ZPL' not on "
            "allow list (event 1116)" % sess,
            "LoadEvaluator Load=%d Sessions=%d CPU=%d%% Mem=%d%%" % (R.randint(1000, 9000),
                                                                  R.randint(10, 60), R.randint(5, 95),
                                                                  R.randint(30, 90)),
        ]
        ln = T(head + R.choice(msgs))
    return out("citrix", ln)


# ---- 10. INI dump from workstation inventory
def g_ini():
    t = CLK.tick()
    which = R.choice(["regis", "medrec", "charttrak"])
    ws = R.choice(REGWS if which == "regis" else HIMWS)
    u = staff()[0]
    lines = []
    if which == "regis":
        lines.append(T("==== \\\\%s\\C$\\Program Files (x86)\\SBRMC\\Regis\\regis.ini (inv.cmd %s) ===="
                       % (ws, t.strftime("%Y-%m-%d %H:%M"))))
        lines += [T("[Database]"), T("DBMS=SNC"), T("ServerName=SBRSQL02\\HIS"), T("Database=HISPROD"),
                  T("DbParm=Provider='SQLNCLI10',TrimSpaces=1,StaticBind=0"),
                  T("[Application]"), T("Version=7.2.0.118"), T("AutoLogoffMinutes=15")]
        if R.random() < 0.7:
            lines.append(T("[MRU]"))
            for i in range(1, R.randint(2, 4)):
                p = person()
                lines.append(T("MRU%d=${m};${n};${d}" % i, m=(p.mrn, "mrn"), n=(p.name("LF"), "name"),
                               d=(dfmt(p.dob, "us"), "date")))
        lines += [T("[Printers]"), T("Wristband=Zebra ZD410 (from %s)" % ws), T("FaceSheet=REG_LJ_M402")]
    elif which == "medrec":
        lines.append(T("==== \\\\%s\\C$\\Users\\%s\\AppData\\Roaming\\MedRec\\medrec.ini (inv.cmd %s) ===="
                       % (ws, u, t.strftime("%Y-%m-%d %H:%M"))))
        lines += [T("[ODBC]"), T("DSN=HISPROD"), T("QueryTimeout=30"), T("[Scan]"),
                  T("InboxPath=\\\\sbrfs01\\scans$\\inbox"), T("TwainSource=Fujitsu fi-7160")]
        if R.random() < 0.7:
            p = person()
            lines += [T("[LastSearch]"), T("LastName=${l}", l=(p.last, "name")),
                      T("FirstName=${f}", f=(p.first, "name")),
                      T("DOB=${d}", d=(dfmt(p.dob, "ymd"), "date")),
                      T("MRN=${m}", m=(p.mrn, "mrn"))]
        lines.append(T("[Window]"))
        lines.append(T("Left=%d" % R.randint(0, 400)))
        lines.append(T("Top=%d" % R.randint(0, 300)))
    else:
        lines.append(T("==== \\\\%s\\C$\\ProgramData\\KlinikSoft\\ChartTrak\\ChartTrak.ini (inv.cmd %s) ===="
                       % (ws, t.strftime("%Y-%m-%d %H:%M"))))
        lines += [T("[Datenbank]"), T("Alias=CHARTTRAK"), T("Treiber=MSSQL"), T("Server=SBRSQL03"),
                  T("Sprache=EN"), T("[Barcode]"), T("Port=COM3"), T("Scanner=Honeywell 1900GSR")]
        if R.random() < 0.6:
            p = person()
            lines += [T("[Zuletzt]"),
                      T("Patientennr=${m}", m=(p.mrn, "mrn")),
                      T("Patient=${n}", n=(p.name("Lf"), "name")),
                      T("Geburtsdatum=${d}", d=(dfmt(p.dob, "dmy"), "date"))]
    return [("ini_dump", x) for x in lines]


# ---- 11. SQL Server Profiler trace (saved as tab-separated text)
def g_profiler():
    t = CLK.tick()
    appn = R.choice(["PowerBuilder", "MedRec", "Microsoft Office 2010", "Crystal Reports",
                     "ChartTrak"])
    u = staff()[0]
    spid = R.randint(51, 190)

    def row(ev, text, app=None, usr=None):
        dur = R.randint(100, 400000)
        a, us = app or appn, usr or u
        return T("${ev}\t", ev=ev).add(text).add(
            "\t%s\t%s\tSBRMC\\%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s" % (
                a, us, us, R.randint(0, 120), R.randint(2, 9000), R.randint(0, 12), dur,
                R.randint(1000, 9000), spid, ts_iso(t)))
    lines = []
    if R.random() < 0.08:
        lines.append(T("EventClass\tTextData\tApplicationName\tNTUserName\tLoginName\tCPU\tReads\t"
                       "Writes\tDuration\tClientProcessID\tSPID\tStartTime"))
    k = R.random()
    if k < 0.55:
        p = person()
        q = R.randrange(5)
        if q == 4:
            sn = "PJN%06d" % R.randint(0, 999999)
            txt = T("exec dbo.usp_implant_add @pat_id=${pid},@udi='${u}',@implant_dt='${d}'",
                    pid=(p.patid, "other_id"),
                    u=("(01)00643169001763(17)%s(21)%s" % (dfmt(dt.date(R.randint(2025, 2028), R.randint(1, 12), 1), "ymd")[2:], sn), "device"),
                    d=(dfmt(p.svc, "iso"), "date"))
        elif q == 0:
            txt = T("exec dbo.usp_pat_search @last_name=N'${l}',@first_name=N'${f}',@dob='${d}'",
                    l=(p.LAST.replace("'", "''"), "name"), f=(p.FIRST, "name"),
                    d=(dfmt(p.dob, "iso") + " 00:00:00", "date"))
        elif q == 1:
            txt = T("exec sp_executesql N'UPDATE dbo.patient SET phone_home=@P1, ssn=@P2 WHERE "
                    "mrn=@P3',N'@P1 varchar(14),@P2 char(11),@P3 varchar(8)','${ph}','${s}','${m}'",
                    ph=(pfmt(p.phone, "paren"), "phone"), s=(p.ssn, "ssn"), m=(p.mrn, "mrn"))
        elif q == 2:
            txt = T("exec dbo.usp_acct_balance @acct_no='${a}',@as_of='%s'" % TODAY.isoformat(),
                    a=(p.acct, "account"))
        else:
            txt = T("exec dbo.usp_ins_verify @mbr_id='${mb}',@payer_cd='%s',@svc_dt='${d}',"
                    "@sub_name=N'${n}'" % p.pcd,
                    mb=(p.memid, "health_plan"), d=(dfmt(p.svc, "ymd"), "date"),
                    n=(p.name("LFc"), "name"))
        app, usr = [("PowerBuilder", R.choice(["mrossi", "lchen2", "sfortin"])),
                    ("PowerBuilder", R.choice(["mrossi", "lchen2", "sfortin"])),
                    ("PowerBuilder", R.choice(["tbaptiste", "rdesai", "dnguyen3"])),
                    ("PowerBuilder", R.choice(["tbaptiste", "rdesai", "dnguyen3"])),
                    ("MedRec", R.choice(["kpowell", "jwalsh", "aokeke"]))][q]
        lines.append(row(R.choice(["RPC:Completed", "RPC:Starting", "RPC:Completed"]), txt, app, usr))
    else:
        txt = R.choice(["exec sp_reset_connection", "SET TEXTSIZE 2147483647",
                        "exec dbo.usp_census_by_unit @unit_cd='4W'",
                        "select @@trancount", "exec sp_unprepare %d" % R.randint(1, 99),
                        "SELECT cfg_value FROM dbo.sys_config WHERE cfg_key = 'STMT_CYCLE'",
                        "-- network protocol: TCP/IP set quoted_identifier on set arithabort off"])
        ev = "SQL:BatchCompleted" if not txt.startswith("--") else "Audit Login"
        lines.append(row(ev, T(txt)))
    return [("sql_profiler", x) for x in lines]


# ---- 12. FTP batch script output
FTP_N = [0]

def g_ftp():
    t = CLK.tick()
    FTP_N[0] += 1
    if FTP_N[0] % 2 == 1:
        host = ("xfer.docuvault-imaging.com", "sbrmc_him")
    else:
        host = R.choice([("edi.clearpath-edi.com", "SBRMC_EDI"), ("ftp.apexcollect.net", "sbrmc_put")])
    lines = [T("%s send_batch.cmd: ftp -n -i -s:%s.ftp %s" % (ts_iso(t, 0), host[1].lower(), host[0])),
             T("ftp> open %s" % host[0]), T("Connected to %s." % host[0]),
             T("220 Microsoft FTP Service"), T("ftp> user %s ********" % host[1]),
             T("331 Password required for %s." % host[1]), T("230 User logged in."),
             T("ftp> binary"), T("200 Type set to I.")]
    nfiles = R.randint(2, 3) if host[0].startswith("xfer") else R.randint(1, 2)
    for _ in range(nfiles):
        if host[0].startswith("xfer") and R.random() < 0.8:
            p = person()
            fn = T("${m}_${l}_${f}_${d}_DISCH_SUMM.pdf", m=(p.mrn, "mrn"),
                   l=(re.sub(r"[^A-Z]", "", p.LAST), "name"),
                   f=(re.sub(r"[^A-Z]", "", p.FIRST), "name"), d=(dfmt(p.disch.date(), "ymd"), "date"))
            lines.append(T("ftp> put D:\\HIM\\Export\\").add(fn))
            lines.append(T("200 PORT command successful."))
            lines.append(T("150 Opening BINARY mode data connection for ").add(fn).add(T(".")))
        else:
            if host[0].startswith("edi"):
                fn = "837I_%s_%02d%02d.txt" % (TODAY.strftime("%Y%m%d"), R.randint(0, 23), R.choice([0, 15, 30, 45]))
            elif host[0].startswith("ftp"):
                fn = R.choice(["COLL_PLACE_%s_%02d.csv", "STMT_%s_%02d.dat", "RECALL_%s_%02d.csv"]) % (
                    TODAY.strftime("%Y%m%d"), R.randint(1, 9))
            else:
                fn = "IDX_%s_%04d.txt" % (TODAY.strftime("%Y%m%d"), R.randint(1, 9999))
            lines.append(T("ftp> put D:\\Interfaces\\Out\\%s" % fn))
            lines.append(T("200 PORT command successful."))
            lines.append(T("150 Opening BINARY mode data connection for %s." % fn))
        lines.append(T("226 Transfer complete."))
        n = R.randint(2000, 900000)
        lines.append(T("ftp: %d bytes sent in %.2fSeconds %.2fKbytes/sec." % (n, n / 300000, 300.0 + R.random() * 50)))
    lines += [T("ftp> bye"), T("221 Goodbye.")]
    return [("ftp_batch", x) for x in lines]


# ---- 13. HL7 v2 ADT batch file
def hl7ts(d):
    return d.strftime("%Y%m%d%H%M")


def g_hl7():
    t = CLK.tick()
    p = person()
    ev = R.choice(["A04", "A01", "A08", "A03"])
    ctl = "%s%06d" % (t.strftime("%Y%m%d"), R.randint(0, 999999))
    doc = R.choice(DOCS)
    lines = [T("MSH|^~\\&|REGIS|SBRMC|CLOVERLEAF|SBRMC|%s||ADT^%s|%s|P|2.3" %
               (t.strftime("%Y%m%d%H%M%S"), ev, ctl)),
             T("EVN|%s|%s|||%s" % (ev, t.strftime("%Y%m%d%H%M%S"), staff()[0].upper()))]
    pid = T("PID|1||${m}^^^SBRMC^MR||${l}^${f}^%s||${d}|%s|||${st}^^${c}^%s^${z}^USA^H||${ph}"
            "^PRN^PH~^NET^Internet^${em}${fx}||%s|%s||${a}|${s}"
            % (p.mi, p.sex, p.st, R.choice(["ENG", "SPA", "VIE", "POL", "POR"]),
               R.choice(["M", "S", "W", "D"])),
            m=(p.mrn, "mrn"), l=(p.LAST, "name"), f=(p.FIRST, "name"), d=(dfmt(p.dob, "ymd"), "date"),
            st=(up(p.street), "address"), c=(up(p.city), "address"), z=(p.zip, "zip"),
            ph=(pfmt(p.phone, "parens2"), "phone"), em=(p.email, "email"), a=(p.acct, "account"),
            fx=(["~", (pfmt(p.cell, "parens2"), "fax"), "^PRN^FX"] if R.random() < 0.3 else ""),
            s=(p.ssn, "ssn"))
    lines.append(pid)
    if R.random() < 0.6:
        g = relative(p)
        rc, rn = R.choice(REL[g.sex])
        lines.append(T("NK1|1|${l}^${f}|%s^%s^HL70063|${st}^^${c}^%s^${z}|${ph}||EC^Emergency Contact"
                       % (rc, rn, g.st), l=(g.LAST, "name"), f=(g.FIRST, "name"),
                       st=(up(g.street), "address"), c=(up(g.city), "address"), z=(g.zip, "zip"),
                       ph=(pfmt(g.cell, "parens2"), "phone")))
    f = [""] * 46
    f[0] = "PV1"
    f[1] = "1"
    f[2] = R.choice(["I", "E", "O"])
    f[3] = R.choice(["4W^412^A^SBRMC", "ED^12^^SBRMC", "OPD^^^SBRMC", "5E^508^B^SBRMC"])
    f[7] = "%s^%s^%s^%s^^^MD" % doc
    f[10] = R.choice(["MED", "SUR", "CAR", "EMR"])
    f[18] = R.choice(["IN", "ER", "OP"])
    pv = Line().t("|".join(f[:19]) + "|").p(p.visit, "other_id")
    pv.t("|" + "|".join(f[20:44]) + "|").p(hl7ts(p.admit), "date")
    if ev == "A03":
        pv.t("|").p(hl7ts(p.disch), "date")
    lines.append(pv)
    if R.random() < 0.6:
        lines.append(T("IN1|1|%s|%d|${pn}||||||||||||${l}^${f}|01|${d}||||||||||||||||||${mb}"
                       % (p.pcd + "01", R.randint(10000, 99999)),
                       pn=p.payer, l=(p.LAST, "name"), f=(p.FIRST, "name"),
                       d=(dfmt(p.dob, "ymd"), "date"), mb=(p.memid, "health_plan")))
    return [("hl7_adt", x) for x in lines]


# ---- 14. X12 837I batch file
def g_x12():
    t = CLK.tick()
    p = person()
    ctl = "%09d" % R.randint(1, 999999)
    lines = []
    if R.random() < 0.35:
        lines += [T("ISA*00*          *00*          *ZZ*SBRMC0410      *ZZ*CLRPATH        *%s*%s*^*00501*%s*0*P*:~"
                    % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)),
                  T("GS*HC*SBRMC0410*CLRPATH*%s*%s*%d*X*005010X223A2~"
                    % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl))),
                  T("ST*837*%04d*005010X223A2~" % R.randint(1, 9999)),
                  T("BHT*0019*00*%d*%s*%s*CH~" % (R.randint(1000, 99999), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
                  T("NM1*85*2*ST BRENDAN REGIONAL MEDICAL CTR*****XX*1417093342~")]
    lines += [T("HL*%d*1*22*0~" % R.randint(2, 400)), T("SBR*P*18*******%s~" % {"MCR": "MA", "MCD": "MC", "BCBS": "BL"}.get(p.pcd, "HM")),
              T("NM1*IL*1*${l}*${f}*%s***MI*${mb}~" % p.mi, l=(p.LAST, "name"), f=(p.FIRST, "name"),
                mb=(p.memid, "health_plan")),
              T("N3*${s}~", s=(up(p.street), "address")),
              T("N4*${c}*%s*${z}~" % p.st, c=(up(p.city), "address"), z=(p.zip.replace("-", ""), "zip")),
              T("DMG*D8*${d}*%s~" % p.sex, d=(dfmt(p.dob, "ymd"), "date")),
              T("NM1*PR*2*%s*****PI*%d~" % (p.payer, R.randint(10000, 99999))),
              T("CLM*${a}*%d.%02d***11:A:1**A*Y*Y~" % (R.randint(200, 40000), R.randint(0, 99)),
                a=(p.acct, "account")),
              T("DTP*434*RD8*${a}-${b}~", a=(dfmt(p.admit.date(), "ymd"), "date"),
                b=(dfmt(p.disch.date(), "ymd"), "date")),
              T("CL1*1*7*01~"),
              T("REF*EA*${m}~", m=(p.mrn, "mrn")),
              T("HI*ABK:%s*ABF:%s~" % (R.choice(["I110", "J189", "N179", "K5730", "I4891"]),
                                       R.choice(["E119", "I10", "E785", "N183"])))]
    if R.random() < 0.3:
        lines += [T("SE*%d*%04d~" % (R.randint(20, 90), R.randint(1, 9999))),
                  T("GE*1*%d~" % int(ctl)), T("IEA*1*%s~" % ctl)]
    return [("x12_837i", x) for x in lines]


# ---- 15. CSV exports (collection placement, portal payments, scan index)
def g_csv():
    k = R.randrange(3)
    lines = []
    if k == 0:
        if R.random() < 0.4:
            lines.append(T("ClientAcct,PatLast,PatFirst,DOB,SSN,GuarLast,GuarFirst,Addr1,City,ST,Zip,"
                           "HomePhone,SvcDate,Balance"))
        for _ in range(R.randint(1, 3)):
            p = person()
            g = p if R.random() < 0.5 else relative(p)
            lines.append(T("${a},${l},${f},${d},${s},${gl},${gf},\"${st}\",${c},%s,${z},${ph},${sv},%d.%02d"
                           % (g.st, R.randint(40, 9000), R.randint(0, 99)),
                           a=(p.acct, "account"), l=(p.LAST, "name"), f=(p.FIRST, "name"),
                           d=(dfmt(p.dob, "us"), "date"), s=(p.ssn.replace("-", ""), "ssn"),
                           gl=(g.LAST, "name"), gf=(g.FIRST, "name"), st=(up(g.street), "address"),
                           c=(up(g.city), "address"), z=(g.zip, "zip"), ph=(pfmt(g.phone, "raw"), "phone"),
                           sv=(dfmt(p.svc, "us"), "date")))
    elif k == 1:
        if R.random() < 0.5:
            lines.append(T("txn_id,posted_at,acct_no,amount,method,card_last4,payer_email,payer_ip,confirmation"))
        for _ in range(R.randint(1, 3)):
            p = person()
            tt = CLK.tick(1, 30)
            lines.append(T("%d,%s,${a},%d.%02d,%s,%04d,${em},${ip},%s"
                           % (R.randint(5000000, 5999999), tt.strftime("%Y-%m-%dT%H:%M:%S"),
                              R.randint(10, 900), R.randint(0, 99), R.choice(["VISA", "MC", "ACH", "DISC"]),
                              R.randint(0, 9999), HEXS(10)),
                           a=(p.acct, "account"), em=(p.email, "email"), ip=(gen_pub_ip(), "ip")))
    else:
        if R.random() < 0.5:
            lines.append(T("DocID|MRN|PatientName|DocType|ServiceDate|Pages|BatchID"))
        for _ in range(R.randint(1, 3)):
            p = person()
            lines.append(T("D%08d|${m}|${n}|%s|${d}|%d|B%s-%02d"
                           % (R.randint(0, 99999999), R.choice(["CONSENT", "H&P", "DISCH SUMM", "ID CARD",
                                                                 "INS CARD", "ROI AUTH"]),
                              R.randint(1, 30), TODAY.strftime("%m%d"), R.randint(1, 20)),
                           m=(p.mrn, "mrn"), n=(p.name("LFc"), "name"), d=(dfmt(p.svc, "us"), "date")))
    return [("csv_export", x) for x in lines]


# ---- 16. fixed-width statement extract (mainframe-style)
def g_fixed():
    lines = []
    if R.random() < 0.3:
        lines.append(T("H%-10s%s%-30s%06d" % ("SBRMCSTMT", TODAY.strftime("%Y%m%d"), "ST BRENDAN REGIONAL MED CTR",
                                              R.randint(1, 999999))))
    for _ in range(R.randint(1, 2)):
        p = person()
        ln = Line()
        ln.t("D").p(p.acct, "account").t(" ")
        l20 = p.LAST[:20]
        ln.p(l20, "name").t(" " * (21 - len(l20)))
        f15 = p.FIRST[:15]
        ln.p(f15, "name").t(" " * (16 - len(f15)))
        ln.p(dfmt(p.dob, "ymd"), "date").t(p.sex)
        s30 = up(p.street)[:30]
        ln.p(s30, "address").t(" " * (31 - len(s30)))
        c = up(p.city)[:18]
        ln.p(c, "address").t(" " * (19 - len(c)) + p.st)
        ln.p(p.zip.replace("-", "")[:9], "zip").t(" " * (10 - len(p.zip.replace("-", "")[:9])))
        ln.t("%011d" % R.randint(1000, 9999999))
        lines.append(ln)
    if R.random() < 0.3:
        lines.append(T("T%08d%013d" % (R.randint(1, 4000), R.randint(10 ** 6, 10 ** 10))))
    return [("fixed_width", x) for x in lines]


# ---- 17. Delphi chart tracking (madExcept + app log)
def g_madexcept():
    return g_delphi(block=True)


def g_delphi(block=False):
    t = CLK.tick()
    lines = []
    if block:
        u = R.choice(["jwalsh", "aokeke", "kpowell"])
        lines += [T("date/time          : %s, %s, %dms" % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"),
                                                           t.microsecond // 1000)),
                  T("computer name      : %s" % R.choice(HIMWS)),
                  T("user name          : %s" % u),
                  T("operating system   : Windows 7 x64 Service Pack 1 build 7601"),
                  T("executable         : ChartTrak.exe"),
                  T("version            : 3.8.2.117"),
                  T("madExcept version  : 4.0.21")]
        if R.random() < 0.6:
            p = person()
            m = R.randrange(2)
            if m == 0:
                lines.append(T("exception message  : Schlüsselverletzung. Akte ${m} (${n}) ist bereits "
                               "ausgeliehen an Station 4W.", m=(p.mrn, "mrn"), n=(p.name("Lf"), "name")))
            else:
                lines.append(T("exception message  : '${d}' is not a valid date. [edtGebDatum, Patient "
                               "${n}]", d=(dfmt(p.dob, "dmy"), "date"), n=(p.name("FL"), "name")))
            lines.append(T("exception class    : EDBEngineError" if m == 0 else "exception class    : EConvertError"))
        else:
            lines.append(T("exception class    : EDatabaseError"))
            lines.append(T("exception message  : qryChartLoc: Field 'LOCATION_CD' not found."))
        lines += [T("main thread ($%x):" % R.randint(0x400, 0x2fff)),
                  T("%08x +%03x ChartTrak.exe uChartLoc    %d  +12 TfrmChartLoc.btnCheckOutClick"
                    % (R.randint(0x400000, 0x4fffff), R.randint(0, 0xfff), R.randint(100, 900))),
                  T("%08x +%03x ChartTrak.exe Controls           TControl.Click"
                    % (R.randint(0x400000, 0x4fffff), R.randint(0, 0xfff)))]
    else:
        head = "[%s] [ChartTrak] " % ts_iso(t)
        if R.random() < PHI_P:
            p = person()
            m = R.randrange(4)
            if m == 0:
                ln = T(head + "TfrmPatLookup.DoSearch: Suche '${n}' -> %d Treffer (%d ms)"
                       % (R.randint(0, 4), R.randint(10, 900)), n=(p.name(R.choice(["low", "Lf", "lowFL"])), "name"))
            elif m == 1:
                ln = T(head + "Barcode scan: Patientennr=${m} Aufnahme=${a} Station=%s -> checked in"
                       % R.choice(["4W", "5E", "ICU", "HIM"]), m=(p.mrn, "mrn"),
                       a=(p.admit.strftime("%d.%m.%Y %H:%M"), "date"))
            elif m == 2:
                ln = T(head + "Request from clinic: chart ${m} for appt ${d} (pt: ${n})",
                       m=(p.mrn, "mrn"), d=(dfmt(TODAY + dt.timedelta(days=R.randint(1, 20)), "mon"), "date"),
                       n=(p.name("iL"), "name"))
            else:
                q = person(old=True)
                ln = T(head + "Retention check: Akte ${m} Sterbedatum ${d} Alter ${a} -> archive",
                       m=(q.mrn, "mrn"), d=(dfmt(q.disch.date(), "dmy"), "date"), a=(str(q.age), "age"))
        else:
            ln = T(head + R.choice([
                "BDE: Fehler beim Öffnen der Tabelle CHARTLOC.DB (Index veraltet), reindex gestartet",
                "Connection pool: 4 aktiv, 2 frei, Wartezeit 0 ms",
                "Barcode scanner on COM3 not responding (timeout 2000 ms)",
                "Nightly purge: 1.204 Ausleihvorgänge > 7 Jahre archiviert",
                "Update check: https://update.kliniksoft.de/charttrak/3.8/latest.xml -> 3.8.2.117 (aktuell)",
                "Label printer Zebra GK420d SN 41J152300917 ready"]))
        lines.append(ln)
    return [("delphi_charttrak", x) for x in lines]


# ---- 18. Access ROI front end error log (tblErrorLog export)
def g_access():
    t = CLK.tick()
    u = R.choice(["kpowell", "aokeke", "jwalsh"])
    head = "ErrLog|%s|ROI_FE.accdb|%s|" % (ts_us(t), R.choice(HIMWS))
    if R.random() < PHI_P:
        p = person()
        m = R.choice([0, 1, 2, 0, 1, 2, 3])
        if m == 0:
            ln = T(head + "Form_frmRequest|cmdSave_Click|3201|You cannot add or change a record because "
                   "a related record is required in table 'tblPatient'.|SQL=INSERT INTO tblRequest (MRN, "
                   "PatLast, PatFirst, DOB, ReqName, ReqAddr) VALUES ('${m}','${l}','${f}',#${d}#,"
                   "'${rn}','${ra}')|%s" % u,
                   m=(p.mrn, "mrn"), l=(p.last.replace("'", "''"), "name"), f=(p.first, "name"),
                   d=(dfmt(p.dob, "usn"), "date"), rn=(p.name("FL").replace("'", "''"), "name"),
                   ra=[(p.street, "address"), ", ", (p.city, "address"), ", " + p.st + " ", (p.zip, "zip")])
        elif m == 1:
            ln = T(head + "Form_frmRequest|cmdSave_Click|3201|You cannot add or change a record because "
                   "a related record is required in table 'tblPatient'.|SQL=INSERT INTO tblRequest (MRN, "
                   "DOS_From, DOS_To, ReqName, ReqFax) VALUES ('${m}',#${a}#,#${b}#,'Law Offices of "
                   "Brandt & Keegan LLP','(413) 555-0148')|%s" % u,
                   m=(p.mrn, "mrn"), a=(dfmt(p.admit.date(), "usn"), "date"),
                   b=(dfmt(p.disch.date(), "usn"), "date"))
        elif m == 3:
            slug = re.sub(r"[^a-z]+", "", ascii_fold(p.first + p.last).lower())
            ln = T(head + "Form_frmDelivery|cmdSend_Click|-2147012889|The server name or address could "
                   "not be resolved (upload link supplied by patient: ${u})|%s" % u,
                   u=(R.choice(["https://www.dropbox.com/request/%s" % b64blob(9).replace("/", "x").replace("+", "z"),
                                "https://%s.wixsite.com/family" % slug,
                                "http://www.%s-family.net/records" % slug]), "url"))
        else:
            ln = T(head + "Report_rptAuthLetter|Report_NoData|2501|The OpenReport action was canceled. "
                   "(Patient=\"${n}\" Fax=\"${fx}\" Email=\"${em}\")|%s" % u,
                   n=(p.name("Lf"), "name"), fx=(pfmt(p.phone, "dash"), "fax"), em=(p.email, "email"))
        return out("access_errlog", ln)
    msgs = [
        "Form_frmRequest|cmdPrint_Click|2501|The OpenReport action was canceled.",
        "Module_modLinks|RelinkTables|3044|'\\\\sbrfs01\\him$\\ROI_BE.accdb' is not a valid path.",
        "Form_frmMain|Form_Open|3051|The Microsoft Access database engine cannot open or write to "
        "the file '\\\\sbrfs01\\him$\\ROI_BE.laccdb'.",
        "Form_frmInvoice|cmdCalc_Click|11|Division by zero",
        "Module_modImport|ImportFaxLog|3274|External table is not in the expected format.",
        "Form_frmRequest|txtDOB_BeforeUpdate|2279|The value you entered isn't appropriate for the "
        "input mask '99/99/0000;0;_' specified for this field.",
    ]
    return out("access_errlog", T(head + R.choice(msgs) + "|" + u))


# ---- 19. PFS account notes (free text written by people)
def g_notes():
    t = CLK.tick()
    u = R.choice(["TBAPTISTE", "RDESAI", "DNGUYEN3", "SFORTIN"])
    head = "ACCT NOTE %s %s  " % (t.strftime("%m/%d/%y %H:%M"), u)
    if R.random() < PHI_P:
        p = person()
        m = R.choice([0, 1, 2, 3, 4, 5, 6, 2, 3])
        if m == 0:
            q = person(old=True)
            g = relative(q)
            ln = T(head + "acct ${a}: spoke w/ pt's %s ${gn} at ${ph}, states pt is ${age} and now in "
                   "Loomis House; ins chg to ${py} mbr ${mb}. rebill." % R.choice(REL[g.sex][:1] + REL[g.sex][5:])[1].lower(),
                   a=(q.acct, "account"), gn=(g.name("FL"), "name"), ph=(pfmt(g.cell), "phone"),
                   age=(str(q.age), "age"), py=q.payer, mb=(q.memid, "health_plan"))
        elif m == 1:
            ln = T(head + "Pt ${n} called re stmt, disputes ER chg DOS ${d}. Itemized bill mailed to "
                   "${st}, ${c} ${z}. cb# ${ph}",
                   n=(p.name(R.choice(["FL", "iL", "Lf"])), "name"), d=(dfmt(p.svc, "us2"), "date"),
                   st=(p.street, "address"), c=(p.city, "address"), z=(p.zip, "zip"), ph=(pfmt(p.cell), "phone"))
        elif m == 2:
            slug = re.sub(r"[^a-z]+", "-", ascii_fold(p.first + " " + p.last).lower()).strip("-")
            url = R.choice(["https://www.gofundme.com/f/help-%s-with-medical-bills" % slug,
                            "https://www.facebook.com/%s.%d" % (slug.replace("-", "."), R.randint(1, 99))])
            ln = T(head + "guarantor set up ${u} to pay bal on ${a}; pymt plan $50/mo, card on file "
                   "ending %04d" % R.randint(0, 9999), u=(url, "url"), a=(p.acct, "account"))
        elif m == 3:
            ln = T(head + "MVA claim for ${n}: Plymouth Rock clm# ${cl}, vehicle VIN ${v} plate MA "
                   "${pl}, pt DL# ${dl}. DOS ${d}.",
                   n=(p.name("LF"), "name"), cl=("%02d-%07d" % (R.randint(20, 24), R.randint(0, 9999999)), "other_id"),
                   v=(gen_vin(), "vehicle"),
                   pl=(R.choice(["%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRTVWXY") for _ in range(2)),
                                                   R.randint(100, 999)),
                                 "%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRTVWXY") for _ in range(3)),
                                             R.randint(10, 99))]), "vehicle"),
                   dl=("S%08d" % R.randint(0, 99999999), "license"), d=(dfmt(p.svc, "usn"), "date"))
        elif m == 4:
            ln = T(head + "portal user ${u} locked out after 5 attempts from ${ip}; reset sent to ${em}",
                   u=(p.user, "other_id"), ip=(gen_pub_ip(), "ip"), em=(p.email, "email"))
        elif m == 5:
            ln = T(head + "ACH refund $%d.%02d to pt ${n}, routing 211870281 acct ${b} (per W-9 on file, SSN "
                   "xxx-xx-%s)" % (R.randint(10, 600), R.randint(0, 99), p.ssn[-4:]),
                   n=(p.name("FML"), "name"), b=("%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "account"))
        else:
            ln = T(head + "pt's insulin pump (Tandem t:slim X2 SN ${sn}) billed as DME on ${a}; pt "
                   "dob ${d} - verify with HNE", sn=("%08d" % R.randint(10 ** 6, 10 ** 8 - 1), "device"),
                   a=(p.acct, "account"), d=(dfmt(p.dob, "mon"), "date"))
        return out("pfs_notes", ln)
    msgs = [
        "Batch 0311-%02d posted, %d remits, $%s, %d unapplied (see worklist UNAPP)."
        % (R.randint(1, 9), R.randint(10, 90), "{:,.2f}".format(R.uniform(1000, 90000)), R.randint(0, 5)),
        "Clearinghouse 999 rejected file 837I_%s_0200.txt: IK3*NM1*14*2010BA*8~ (12 claims held)"
        % TODAY.strftime("%Y%m%d"),
        "Statement cycle 3 printed: %d stmts, %d returned mail flagged." % (R.randint(800, 3000), R.randint(2, 40)),
        "Called Plymouth Rock adjuster line (800) 555-0199 re: batch of PIP claims, on hold 40 min.",
        "Lockbox test file from bank uses card 4111111111111111 - ignore, not posted.",
        "PO 88-%05d for Zebra wristband stock approved, vendor ticket #CS%07d." % (R.randint(10000, 99999), R.randint(0, 9999999)),
        "Worklist CREDIT_BAL: %d accts > $%d, oldest %d days; escalated to supervisor (x4412)." % (R.randint(5, 80), R.choice([25, 50, 100]), R.randint(30, 400)),
        "HIM fax to PFS (413) 555-0172 down since 10:15; use efax pfs-efax@sbrmc.org.",
    ]
    return out("pfs_notes", T(head + R.choice(msgs)))


PLAN = [
    (g_pb_err, 30), (g_pb_trace, 3), (g_vb6, 28), (g_odbc, 3), (g_ado, 3), (g_crystal, 22),
    (g_evtx_text, 2), (g_evtx_xml, 20), (g_citrix, 27), (g_ini, 2), (g_profiler, 26),
    (g_ftp, 2), (g_hl7, 5), (g_x12, 3), (g_csv, 7), (g_fixed, 5), (g_delphi, 22), (g_madexcept, 2),
    (g_access, 22), (g_notes, 28),
]
SINGLE = [g_pb_err, g_vb6, g_crystal, g_evtx_xml, g_citrix, g_access, g_notes]


def main():
    rows = []
    calls = [g for g, n in PLAN for _ in range(n)]
    R.shuffle(calls)
    while len(rows) < N_LINES:
        g = calls.pop(0) if calls else R.choice(SINGLE)
        blk = g()
        if len(rows) + len(blk) > N_LINES:
            blk = R.choice(SINGLE)()
        rows += blk
    assert len(rows) == N_LINES
    log_lines, labels = [], []
    for i, (fam, ln) in enumerate(rows, 1):
        b = bytes(ln.buf)
        text = b.decode("utf-8")
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        spans = []
        last_e = -1
        for s, e, c, v in sorted(ln.spans):
            assert b[s:e] == v.encode("utf-8"), (i, v)
            assert s >= last_e, ("overlap", i)
            last_e = e
            spans.append({"s": s, "e": e, "cat": c})
        log_lines.append(text)
        labels.append({"line": i, "family": fam, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels))


if __name__ == "__main__":
    main()
