#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_hg.py -- synthetic labeled log corpus (ID=hg) for a PHI detector.

Theme: "Bayview PACE" (Program of All-Inclusive Care for the Elderly), East Bay, CA:
day-center attendance kiosks and visitor sign-in tablets, transportation scheduling
(Python service) and van telematics / driver app (Android logcat), interdisciplinary
team (IDT) meeting notes, home care aide EVV (electronic visit verification) exports,
meal and dietary tray tickets, pharmacy delivery bridge (HL7 v2 RDS, courier webhooks),
enrollment and CMS/Medi-Cal eligibility (X12 834/270/271, MARx TRR), participant
portal (nginx, NLog, audit JSON), .NET backend (Serilog text + CLEF, NLog, EF Core
console logger, stack traces) and an on-premise legacy care system exporting pipe
files (PSV) and logging to syslog.  All people and identifiers are synthetic.

Standard library only; deterministic (fixed seed, fixed clock).  Writes hg.log and
hg.labels.jsonl next to this script.  Offsets are UTF-8 byte offsets, end exclusive.

Labeling decisions:
- Labeled people: PACE participants, their relatives / proxies / emergency contacts /
  responsible parties, visitors who come to see a participant, and people authorized
  to pick a participant up.  NOT labeled: drivers, home care aides, clinicians, IDT
  members, pharmacists, dispatchers, vendor delivery staff, and their employee IDs,
  NPIs, work e-mails, extensions and work phones; businesses, facilities, payers.
- name: any written form of a labeled person's name (full, "Last, First", initials
  with surname, upper/lower case, HL7 "LAST^FIRST^M" as one span, X12 "LAST*FIRST*M"
  as one span, a first name alone when it refers to a labeled person, e.g.
  "daughter Marisol" or a kiosk greeting).  Titles/relations are outside the span.
- address: street line (with apt/unit) is one span, city is a separate span; state
  is not labeled; zip is its own "zip" span.  Lat/lon recorded at a participant's
  home (pickup/drop-off stop, EVV clock-in at home) are labeled address (one span
  each).  Van GPS breadcrumbs not tied to a stop of a participant, facility and
  vendor addresses are not labeled.
- date: birth dates (also partial "BIRTHDAY 03/04"), death, admission/discharge,
  enrollment/disenrollment/eligibility/coverage dates, and dates of a participant's
  service or event (attendance date, trip date, visit date, meal date on a named
  ticket, delivery date, appointment, fall/ED dates) including month/year forms and
  full datetimes in such fields (deliveredAt).  X12 RD8 ranges get one span per
  date.  Never labeled: the timestamp stamping the log record itself (line prefix,
  @t, "ts"/"occurredUtc" of the record, HL7 MSH-7, X12 ISA/GS/BGN envelope dates),
  meeting dates of the IDT as a whole, build/report/file dates, years alone.
  Time-only values (07:58, window=07:15-07:45) are not dates.
- age: only ages over 89 (the number only, "93" in "93 y/o", "100" in "turned
  100").  Ages 89 and under are left unlabeled.
- phone/fax/email: participant's and relatives' contact data only.  A responsible
  party's home fax is "fax".  Program, center, pharmacy, vendor and staff numbers and
  e-mail addresses are not labeled.  Twilio "%2B1..." encoded forms are one span.
- mrn: Bayview participant number (BV-nnnnnn) and legacy CHART_NO (7 digits).
- health_plan: Medicare MBI (with or without dashes), Medi-Cal CIN, X12 REF*0F
  subscriber IDs.  Payer IDs, contract numbers (H8888), group/policy numbers
  (REF*1L) are not labeled.
- ssn: participant SSNs (X12 NM1*34, legacy exports), with or without dashes.
- account: legacy patient account numbers (PA-...), premium autopay bank account
  numbers, full card numbers (masked "****1234" card numbers are not labeled).
  Bank routing numbers identify a bank and are not labeled.
- license: a participant's/relative's driver's licence or state ID card number.
- vehicle: plates and VINs of private vehicles of participants/relatives.  Program
  fleet vans (VAN-12, fleet VINs, telematics unit IDs) are business assets: not labeled.
- device: devices issued to or owned by a participant (PERS pendant serials, home
  telehealth tablet IMEI).  Kiosks, sign-in tablets, printers, van units: not labeled.
- ip: public client IPs of portal users (participants and family proxies).  Private
  (RFC 1918) addresses, servers, load balancers, monitors and vendor IPs: not labeled.
- url: personal URLs of a participant/relative (CaringBridge page, social profile).
  Program, API and vendor URLs are not labeled.
- biometric: face/fingerprint templates captured by the kiosk.  photo: base64 JPEG
  face images (the base64 payload, without the "data:...;base64," prefix).
- other_id: identifiers that stay with a person across events: kiosk badge NFC
  UIDs, portal usernames of participants/proxies, enrollment application numbers
  (ENR-...), Medi-Cal case numbers (REF*3H), prescription (Rx) numbers.
- Not labeled (per-event/transaction or technical keys): trip IDs, EVV visit IDs,
  meal ticket numbers, delivery order numbers, HL7 message control IDs, X12 control
  numbers, GUID database keys, trace/span/correlation IDs, visitor pass numbers,
  gate/door codes, diagnoses, medications, sex, language.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

ID = "hg"
SEED = 210457
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
NOISE_TARGET = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        assert s and cat in CATS, (s, cat)
        a = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((a, len(self.buf), cat))
        self.vals.append(s)
        return self


# ----------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(prefix, length):
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


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi, year_ch):
    s = list(wmi + "".join(R.choice(VIN_C) for _ in range(5)) + "0" + year_ch +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum(VIN_T[c] * w for c, w in zip(s, VIN_W))
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    N = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_A + N) + R.choice(N) +
            R.choice(MBI_A) + R.choice(MBI_A + N) + R.choice(N) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(N) + R.choice(N))


def mbi_dash(s):
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def jpeg_b64(n):
    hdr = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
           b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def fmr_b64(n):
    hdr = b"FMR\x00 20\x00\x00\x00\xd4\x00\x00\x01\x00\x01\xf4\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def rand_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style):
    m = d.month
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us_nz": f"{d.month}/{d.day}/{d.year}",
        "us2": d.strftime("%m/%d/%y"),
        "us2_nz": f"{d.month}/{d.day}/{d.strftime('%y')}",
        "compact": d.strftime("%Y%m%d"),
        "mdy": d.strftime("%m%d%Y"),
        "mon": f"{MON[m - 1]} {d.day}, {d.year}",
        "long": f"{MONTH[m - 1]} {d.day}, {d.year}",
        "dmy_dot": d.strftime("%d.%m.%Y"),
        "dmon": f"{d.day:02d}-{MON[m - 1].upper()}-{d.year}",
        "dmon2": f"{d.day} {MON[m - 1]} {d.year}",
        "md": f"{d.month}/{d.day}",
        "md0": d.strftime("%m/%d"),
        "dotnet": d.strftime("%m/%d/%Y") + " 00:00:00",
        "iso_t": d.strftime("%Y-%m-%d") + "T00:00:00",
        "iso_t7": d.strftime("%Y-%m-%d") + "T00:00:00.0000000",
    }[style]


DOB_STYLES = ["iso", "us", "us_nz", "compact", "mon", "long", "dmy_dot", "dmon", "dmon2", "us2"]


def fp(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"paren": f"({a}) {b}-{c}", "paren2": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}", "plain": num, "e164": "+1" + num, "intl": f"+1 {a} {b} {c}",
            "one": f"1-{a}-{b}-{c}", "sp": f"{a} {b} {c}"}[style]


PH_STYLES = ["paren", "paren2", "dash", "dot", "plain", "e164", "intl", "one", "sp"]


def phone_num(local=True):
    if local:
        area = R.choice(["510", "510", "510", "341", "925", "415"])
    else:
        area = R.choice(["312", "206", "916", "213", "702", "808", "503", "917", "559"])
    if R.random() < 0.5:
        return area + "555" + "01" + digits(2)
    ex = str(R.randint(2, 9)) + digits(2)
    if ex == "555":
        ex = "556"
    return area + ex + digits(4)


def pub_ip():
    if R.random() < 0.15:
        return "2601:646:" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(6))
    a = R.choice([73, 98, 24, 67, 76, 174, 99, 71, 69, 75, 68, 97])
    return f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}",
                     f"10.40.{R.randint(1, 4)}.{R.randint(2, 250)}",
                     f"172.16.{R.randint(0, 31)}.{R.randint(2, 250)}",
                     f"192.168.40.{R.randint(2, 250)}"])


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 4, 5, 31, 7, 250000)

    def tick(self, lo=1, hi=62):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CLK = Clock()
UTC_OFF = dt.timedelta(hours=8)
TODAY = dt.date(2024, 3, 4)


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def f_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-08:00"


def f_serilog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -08:00"


def f_clef(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}0Z"


def f_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 100:04d}"


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def f_syslog(t):
    return f"{MON[t.month - 1]} {t.day:2d} " + t.strftime("%H:%M:%S")


def f_clf(t):
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S -0800")


def f_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def f_utcz(t):
    return (t + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%SZ")


def f_utc_ms(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def f_epoch(t):
    return int((t + UTC_OFF - dt.datetime(1970, 1, 1)).total_seconds())


# ----------------------------------------------------------------- pools
FEM = ["Dorothy", "Mildred", "Eleanor", "Bernice", "Gladys", "Agnes", "Consuelo", "Refugia",
       "Luz María", "Thelma", "Ruth", "Esther", "Sadie", "Fumiko", "Thi Lan", "Wen-Hui",
       "Lorraine", "Vernell", "Rosalind", "Bronisława", "Giuseppina", "Yetta", "Adaeze",
       "Hattie", "Imelda", "Soledad", "Chiyo", "Ngozi", "Marguerite", "Zofia", "Oralia",
       "Leilani", "Inés", "Mae", "Ofelia", "Kyung-soon"]
MAL = ["Harold", "Walter", "Clarence", "Herbert", "Irving", "Hiroshi", "Anselmo", "Kazimierz",
       "Mordechai", "Otis", "Ezekiel", "Rodolfo", "Teodoro", "Bao", "Jagdish", "Emeka", "Lucius",
       "Florencio", "Seamus", "Văn Minh", "Yusuf", "Chayton", "Moshe", "Alphonse"]
LAST = ["Okonkwo", "Nguyễn", "Wojciechowski", "O'Brien", "van der Berg", "de la Cruz",
        "Al-Khatib", "Yamamoto", "Kowalczyk", "Pérez-Ortiz", "Søndergaard", "Haddad", "Tsosie",
        "Kealoha", "Ivanova", "Abernathy-Lowe", "MacLeod", "St. Pierre", "D'Angelo",
        "Papadopoulos", "Mbatha", "Chowdhury", "Rosenbaum", "Delacroix", "Li", "Kim", "Singh",
        "Gutiérrez", "Washington", "Thibodeaux", "Nakamura-Hale", "Begay", "Fa'atasi",
        "Oyelaran", "Ramírez", "Castellanos", "Zhou", "Pham", "Dąbrowski", "Hernández", "Kaur",
        "Friedman", "Abdi", "Mahmoud", "Lindqvist", "Esposito", "Bautista", "Jones"]
REL_FIRST = ["Marisol", "DeShawn", "Kevin", "Priya", "Tomás", "Jennifer", "Aaliyah", "Brian",
             "Thuy", "Mei", "Olumide", "Renée", "Jorge", "Katarzyna", "Dmitri", "Farah", "Keanu",
             "Lisa", "Rahul", "Gwendolyn", "Ana Lucía", "Tyrone", "Hannah", "Joaquín", "Siobhan",
             "Wei", "Fatima", "Ngoc Anh"]
REL_F = ["Marisol", "Priya", "Jennifer", "Aaliyah", "Thuy", "Mei", "Renée", "Katarzyna", "Farah",
         "Lisa", "Gwendolyn", "Ana Lucía", "Hannah", "Siobhan", "Fatima", "Ngoc Anh", "Olumide"]
REL_M = ["DeShawn", "Kevin", "Tomás", "Brian", "Jorge", "Dmitri", "Keanu", "Rahul", "Tyrone", "Joaquín",
         "Wei", "Chinedu", "Mateusz", "Hamza"]
FEM_RELS = {"daughter", "niece", "granddaughter", "sister", "daughter-in-law"}
MAL_RELS = {"son", "nephew", "grandson", "son-in-law"}
REL_LAST = ["Reyes", "Okafor", "Whitfield", "Tran", "Morales", "Goldberg", "Kapoor", "Lee",
            "Schmidt", "Mendoza-Lai", "Brooks", "Haile", "Duarte"]
RELS = ["daughter", "son", "niece", "nephew", "grandson", "granddaughter", "spouse", "sister",
        "son-in-law", "daughter-in-law", "neighbor", "friend"]
REL_ES = {"daughter": "hija", "son": "hijo", "niece": "sobrina", "nephew": "sobrino",
          "grandson": "nieto", "granddaughter": "nieta", "spouse": "esposo(a)", "sister": "hermana",
          "son-in-law": "yerno", "daughter-in-law": "nuera", "neighbor": "vecino(a)", "friend": "amigo(a)"}
CITIES = [("Oakland", ["94601", "94602", "94603", "94605", "94606", "94607", "94610", "94612", "94619", "94621"], 37.79, -122.22),
          ("San Leandro", ["94577", "94578", "94579"], 37.72, -122.16),
          ("Hayward", ["94541", "94542", "94544", "94545"], 37.66, -122.08),
          ("Alameda", ["94501", "94502"], 37.76, -122.26),
          ("Berkeley", ["94702", "94703", "94704", "94705", "94710"], 37.87, -122.27),
          ("Castro Valley", ["94546", "94552"], 37.69, -122.08),
          ("Union City", ["94587"], 37.59, -122.04),
          ("Fremont", ["94536", "94538", "94539"], 37.55, -121.98),
          ("Emeryville", ["94608"], 37.83, -122.29),
          ("Richmond", ["94801", "94804", "94805"], 37.94, -122.35)]
STREETS = ["E 14th St", "MacArthur Blvd", "Foothill Blvd", "International Blvd", "Bancroft Ave",
           "Fruitvale Ave", "Alcatraz Ave", "San Pablo Ave", "Mission Blvd", "Hesperian Blvd",
           "Lincoln Ave", "Park St", "Seminary Ave", "Dolores Ave", "Tennyson Rd", "Calle Mayor",
           "Walnut St", "Estudillo Ave", "Harder Rd", "Cutting Blvd", "Shattuck Ave",
           "Sacramento St", "B St", "Jackson St", "Alvarado Niles Rd", "Santa Clara St", "Via Toledo",
           "73rd Ave", "High St", "Bockman Rd"]
APTS = ["", "", "", "", "Apt 3B", "Apt 214", "#7", "Unit C", "Apt 12", "Spc 48", "Apt 5"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "att.net", "sbcglobal.net", "comcast.net", "aol.com",
             "icloud.com", "hotmail.com", "outlook.com"]
SITES = {"RB": "Riverbend Day Center", "FV": "Fruitvale Center", "HW": "Hayward Center"}
SITE_ADDR = {"RB": "2800 Embarcadero, Oakland, CA 94606", "FV": "3301 E 12th St, Oakland, CA 94601",
             "HW": "22477 Mission Blvd, Hayward, CA 94541"}
DRIVERS = [("Luis Carranza", "E10231"), ("Tamika Shaw", "E10377"), ("Gerald Fong", "E10412"),
           ("Oksana Bilyk", "E10458"), ("Abdirahman Warsame", "E10503"), ("Pete Kalani", "E10519")]
AIDES = [("Rowena Dizon", "CG-2231"), ("Mercy Appiah", "CG-2240"), ("Jun-ho Bae", "CG-2288"),
         ("Teresa Lualemaga", "CG-2301"), ("Flor Villanueva", "CG-2315"), ("Grace Mwangi", "CG-2342")]
CLIN = ["Dr. A. Raghavan (PCP)", "Dr. H. Cho (PCP)", "P. Holloway RN", "S. Ortiz MSW",
        "K. Baptiste PT", "L. Feng RD", "M. Bell OTR/L", "Y. Reyes (HC coord)", "R. Menon PharmD",
        "B. N. Tran (transport)", "I. Kowalski RN (center mgr)", "T. Ruiz CNA", "J. Alvarez (activities)"]
STAFF_MAIL = ["pholloway", "sortiz", "kbaptiste", "lfeng", "araghavan", "btran", "yreyes",
              "dispatch", "it-oncall", "rmenon", "ikowalski"]
DX = ["CHF, DM2, mild NCD", "COPD on 2L O2", "Parkinson's, orthostatic hypotension",
      "ESRD on HD MWF", "s/p L hip ORIF", "moderate Alzheimer's dementia",
      "CKD3b, HTN, macular degeneration", "depression, OA both knees", "CVA w/ R hemiparesis",
      "A-fib on apixaban", "DM2 w/ neuropathy, low vision"]
DIETS = ["REGULAR", "MECH SOFT", "PUREE", "RENAL", "CCHO (DIABETIC)", "NAS", "LOW FAT/LOW CHOL",
         "GLUTEN FREE", "VEGETARIAN", "HALAL", "KOSHER STYLE"]
LIQ = ["THIN", "NECTAR THICK", "HONEY THICK"]
ALLERG = ["NKFA", "SHELLFISH", "PEANUT", "LACTOSE", "EGG", "STRAWBERRY", "PORK (RELIGIOUS)"]
LANGS = ["en", "en", "en", "es", "es", "vi", "zh", "tl", "ko", "pl", "ru"]
MEDS = [("00093-7212-01", "METFORMIN HCL 500 MG TAB"), ("00378-0208-01", "FUROSEMIDE 40 MG TAB"),
        ("60505-2580-3", "ATORVASTATIN 20 MG TAB"), ("00003-0894-21", "APIXABAN 5 MG TAB"),
        ("68180-0513-01", "LISINOPRIL 10 MG TAB"), ("00904-6286-61", "DOCUSATE SODIUM 100 MG CAP"),
        ("00054-0018-25", "CARBIDOPA/LEVODOPA 25-100 TAB"), ("65862-0156-05", "DONEPEZIL 10 MG TAB")]


def mk_person(i):
    sex = R.choice("FFFM")
    first = pick(FEM if sex == "F" else MAL)
    last = pick(LAST)
    if R.random() < 0.08:
        last = pick(LAST) + "-" + pick(LAST).split()[-1]
    r = R.random()
    age = R.randint(90, 103) if r < 0.45 else (R.randint(76, 89) if r < 0.8 else R.randint(58, 75))
    if i == 0:
        age, mdd = 94, (3, 4)          # birthday today -> tray ticket
    elif i == 1:
        age, mdd = 100, (2, 29 if False else 28)
    else:
        mdd = (R.randint(1, 12), R.randint(1, 28))
    y = 2024 - age - (1 if mdd > (3, 4) else 0)
    dob = dt.date(y, *mdd)
    city, zips, la, lo = pick(CITIES)
    rel = pick(RELS)
    rel_first = pick(REL_F if rel in FEM_RELS else REL_M if rel in MAL_RELS else REL_F + REL_M)
    if rel in ("daughter", "son", "grandson", "granddaughter", "sister", "nephew", "niece") and R.random() < 0.6:
        rel_last = last if R.random() < 0.5 else last.split()[-1].split("-")[0] + "-" + pick(REL_LAST)
    else:
        rel_last = pick(REL_LAST)
    fl = fold(first).lower().replace(" ", "").replace("-", "")
    ll = fold(last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    rfl = fold(rel_first).lower().replace(" ", "")
    rll = fold(rel_last).lower().replace(" ", "").replace("-", "")
    p = dict(
        sex=sex, first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTVW"), age=age, dob=dob,
        pid=f"BV-{R.randint(1000, 9999):06d}", chart=f"00{R.randint(10000, 99999)}",
        mbi=mbi(), cin=("9" + digits(7) + R.choice("ABCDEFGHJKLMNPRSTUVWXY")) if R.random() < 0.85 else None,
        ssn=ssn(), street=f"{R.randint(100, 29999)} {pick(STREETS)}", apt=pick(APTS), city=city,
        zip=pick(zips), lat=round(la + R.uniform(-0.03, 0.03), 5), lon=round(lo + R.uniform(-0.03, 0.03), 5),
        phone=phone_num(), email=(f"{fl}.{ll}{R.randint(1, 99)}@{pick(EMAIL_DOM)}" if R.random() < 0.45 else None),
        rel=rel, rel_first=rel_first, rel_last=rel_last,
        rel_phone=phone_num(R.random() < 0.7),
        rel_email=f"{rfl}{R.choice(['.', '_', ''])}{rll}{R.choice(['', str(R.randint(1, 99))])}@{pick(EMAIL_DOM)}",
        badge="04" + hexs(12, True), user=R.choice([f"{rfl}.{rll[:2]}", f"{fl[0]}{ll}{R.randint(10, 99)}", f"{rfl}{rll}"]),
        pers=f"LFX-{hexs(4, True)}-{digits(5)}", imei=luhn_complete("35" + R.choice(["3918", "4201", "8709"]), 15),
        site=pick(list(SITES)), diet=pick(DIETS), liq=pick(LIQ), allergy=pick(ALLERG), lang=pick(LANGS),
        dx=pick(DX), acct=f"PA-{R.randint(100000, 999999)}", case=f"01-{digits(7)}",
        enr=f"ENR-2024-{R.randint(100, 999):05d}", rx=f"RX{R.randint(7000000, 7999999)}",
        plate=f"{R.randint(4, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}",
        dl=R.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7), ip=pub_ip(),
    )
    return p


def mk_people(n):
    out, lasts, pids, charts = [], set(), set(), set()
    i = 0
    while len(out) < n:
        p = mk_person(i)
        key = p["last"].split("-")[0]
        if key in lasts or p["pid"] in pids or p["chart"] in charts:
            continue
        lasts.add(key)
        pids.add(p["pid"])
        charts.add(p["chart"])
        out.append(p)
        i += 1
    return out


PPL = mk_people(42)
BDAY = PPL[0]
CENTENARIAN = PPL[1]


def pp():
    return R.choice(PPL)


def nm(p, style=None):
    f, l, mi = p["first"], p["last"], p["mi"]
    style = style or R.choice(["fl", "lf", "LF", "fl", "flmi", "fi_l", "FL", "l_fi", "lower"])
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}",
            "flmi": f"{f} {mi}. {l}", "fi_l": f"{f[0]}. {l}", "l_fi": f"{l}, {f[0]}.",
            "lower": f"{f} {l}".lower(), "FL": f"{f} {l}".upper(),
            "LFf": f"{fold(l).upper()}, {fold(f).upper()}", "f": f, "l": l}[style]


def rn(p, style=None):
    f, l = p["rel_first"], p["rel_last"]
    style = style or R.choice(["fl", "fl", "lf", "f", "FL", "fi_l"])
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "f": f, "FL": f"{f} {l}".upper(),
            "fi_l": f"{f[0]}. {l}", "LFf": f"{fold(l).upper()}, {fold(f).upper()}"}[style]


def street(p, upper=False):
    s = p["street"] + (" " + p["apt"] if p["apt"] else "")
    return fold(s).upper() if upper else s


def ages_ok(p):
    return p["age"] > 89


def add_age(L, p, pre="", post=""):
    L.t(pre)
    if p["age"] > 89:
        L.p(str(p["age"]), "age")
    else:
        L.t(str(p["age"]))
    L.t(post)


def past_date(max_days=60, min_days=1):
    return TODAY - dt.timedelta(days=R.randint(min_days, max_days))


def fut_date(max_days=40, min_days=1):
    return TODAY + dt.timedelta(days=R.randint(min_days, max_days))


def first_of_next_month():
    return dt.date(2024, 4, 1)


def trace():
    return hexs(32)


def span_id():
    return hexs(16)


def req_id():
    return "0HN" + "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(10)) + f":{R.randint(1, 64):08X}"


# ================================================================= generators
# Each returns a list of Line.  Names ending in _n are intended noise.

# ---- kiosk (day-center attendance) -----------------------------------------
def kiosk_head(L, t, p_site=None):
    site = p_site or pick(list(SITES))
    L.t('{"ts":"').t(f_iso_off(t)).t('","lvl":"INFO","device":"').t(f"KIOSK-{site}-0{R.randint(1, 3)}")
    L.t('","appVer":"3.8.2",')


def g_kiosk(k=None):
    p = pp()
    t = CLK.tick()
    L = Line("kiosk_json")
    kiosk_head(L, t, p["site"])
    k = k or R.choice(["rfid", "rfid", "face", "checkout", "greet", "enroll", "pin", "fp", "bday"])
    if k == "bday":
        p = BDAY
        L.t('"event":"BIRTHDAY_BANNER","participantId":"').p(p["pid"], "mrn").t('","text":"Happy ').p(str(p["age"]), "age").t('th birthday, ').p(p["first"], "name").t('!","confetti":true}')
        return [L]
    if k == "rfid":
        b = p["badge"] if R.random() < 0.6 else ":".join(p["badge"][i:i + 2] for i in range(0, 14, 2))
        L.t('"event":"CHECKIN","method":"RFID","badgeUid":"').p(b, "other_id")
        L.t('","participant":{"id":"').p(p["pid"], "mrn").t('","displayName":"').p(nm(p, R.choice(["fl", "lf", "FL"])), "name")
        L.t('"},"attendanceDate":"').p(fd(TODAY, "iso"), "date").t('","localTime":"').t(t.strftime("%H:%M"))
        L.t('","arrivalMode":"').t(R.choice(["VAN", "FAMILY", "SELF", "PARATRANSIT"])).t('"}')
    elif k == "face":
        L.t('"event":"FACE_MATCH","participantId":"').p(p["pid"], "mrn").t(f'","score":{R.uniform(0.86, 0.99):.3f},"threshold":0.850,"result":"ACCEPT","latencyMs":{R.randint(180, 700)}}}')
    elif k == "checkout":
        L.t('"event":"CHECKOUT","participantId":"').p(p["pid"], "mrn").t('","firstName":"').p(p["first"].upper(), "name")
        L.t('","serviceDate":"').p(fd(TODAY, "us"), "date").t(f'","minutesOnSite":{R.randint(200, 390)},"mealsServed":{R.randint(1, 2)}}}')
    elif k == "greet":
        lang = pick(["es-US", "vi-VN", "zh-CN", "tl-PH", "ko-KR", "pl-PL"])
        L.t('"event":"GREETING_SHOWN","participantId":"').p(p["pid"], "mrn").t(f'","locale":"{lang}","text":"')
        f = p["first"]
        if lang == "es-US":
            L.t("¡Buenos días, ").p(f, "name").t("! Bienvenid" + ("a" if p["sex"] == "F" else "o") + " al centro.")
        elif lang == "vi-VN":
            L.t("Xin chào ").t("bà " if p["sex"] == "F" else "ông ").p(f, "name").t("! Chúc một ngày vui vẻ.")
        elif lang == "zh-CN":
            L.p(f, "name").t("，早上好！欢迎光临。")
        elif lang == "tl-PH":
            L.t("Magandang umaga, ").p(f, "name").t("!")
        elif lang == "ko-KR":
            L.p(f, "name").t("님, 안녕하세요!")
        else:
            L.t("Dzień dobry, ").p(f, "name").t("!")
        L.t('"}')
    elif k == "enroll":
        L.t('"event":"FACE_ENROLL","participantId":"').p(p["pid"], "mrn").t('","capturedBy":"E10')
        L.t(str(R.randint(100, 999))).t('","image":"data:image/jpeg;base64,').p(jpeg_b64(R.randint(150, 260)), "photo")
        L.t('","template":{"alg":"arcface-r100","dim":512,"b64":"').p(rand_b64(R.randint(90, 140)), "biometric").t('"}}')
    elif k == "fp":
        L.t('"event":"FINGERPRINT_ENROLL","participantId":"').p(p["pid"], "mrn").t('","finger":"R_INDEX","format":"ISO19794-2","template":"')
        L.p(fmr_b64(R.randint(80, 130)), "biometric").t(f'","nfiq":{R.randint(1, 3)}}}')
    else:
        L.t('"event":"PIN_LOGIN","participantId":"').p(p["pid"], "mrn").t('","displayName":"').p(nm(p, "fi_l"), "name").t('","result":"OK"}')
    return [L]


def g_kiosk_n():
    t = CLK.tick()
    L = Line("kiosk_json")
    kiosk_head(L, t)
    k = R.choice(["hb", "hb", "sync", "printer", "cfg", "nomatch", "lock", "hb"])
    if k == "hb":
        L.t(f'"event":"HEARTBEAT","battery":{R.randint(20, 100)},"charging":{R.choice(["true", "false"])},"wifiRssi":-{R.randint(40, 80)},"queueDepth":{R.randint(0, 3)},"storageFreeMb":{R.randint(900, 6000)},"uptimeSec":{R.randint(1000, 900000)}}}')
    elif k == "sync":
        L.t(f'"event":"SYNC","uploaded":{R.randint(0, 40)},"pending":0,"durationMs":{R.randint(80, 2400)},"endpoint":"https://attend.bayviewpace.org/api/v2/events","httpStatus":200,"traceparent":"00-{trace()}-{span_id()}-01"}}')
    elif k == "printer":
        L.t(f'"event":"LABEL_PRINTER","status":"{R.choice(["READY", "PAPER_LOW", "COVER_OPEN"])}","model":"Brother QL-820NWB","serial":"K9Z{digits(6)}","ip":"{priv_ip()}"}}')
    elif k == "cfg":
        L.t(f'"event":"CONFIG_PULL","configVersion":"2024.02.{R.randint(10, 28)}-{hexs(7)}","faceThreshold":0.85,"kioskMode":"LOCK_TASK","locales":["en-US","es-US","vi-VN","zh-CN"]}}')
    elif k == "nomatch":
        L.t(f'"event":"FACE_MATCH","participantId":null,"score":{R.uniform(0.3, 0.8):.3f},"threshold":0.850,"result":"REJECT","reason":"NO_CANDIDATE_ABOVE_THRESHOLD","fallback":"RFID"}}')
    else:
        L.t(f'"event":"ADMIN_UNLOCK","by":"E10{R.randint(100, 999)}","reason":"maintenance","sessionId":"{uid4()}"}}')
    return [L]


# ---- visitor sign-in tablet ---------------------------------------------------
def g_signin(k=None):
    p = pp()
    t = CLK.tick()
    L = Line("signin_kv")
    L.t(t.strftime("%Y-%m-%dT%H:%M:%S-08:00")).t(f" signin-tablet-{p['site']}01 ")
    k = k or R.choice(["visit", "visit", "pickup", "dropoff"])
    if k == "visit":
        L.t('event=visitor_sign_in visitor_name="').p(rn(p, R.choice(["fl", "FL", "fl"])), "name").t(f'" relationship={p["rel"]} visiting_pid=')
        L.p(p["pid"], "mrn").t(" visitor_phone=").p(fp(p["rel_phone"], pick(["plain", "dash", "paren"])), "phone")
        L.t(f" temp_f={R.uniform(97.1, 98.9):.1f} pass_no=V-{R.randint(100, 999):04d}")
    elif k == "pickup":
        L.t('event=pickup_authorization_added participant="').p(nm(p, "lf"), "name").t('" pid=').p(p["pid"], "mrn")
        L.t(' authorized="').p(rn(p, "fl"), "name").t(f'" relation={p["rel"]} vehicle="{R.choice(["2016 Honda CR-V silver", "2019 Toyota Sienna white", "2012 Ford F-150 red", "2021 Kia Soul blue"])}" plate=')
        L.p(p["plate"], "vehicle").t(" id_checked=true by=E10").t(str(R.randint(100, 999)))
    else:
        L.t('event=family_dropoff participant_pid=').p(p["pid"], "mrn").t(' dropped_by="').p(rn(p, "f"), "name").t(f'" ({p["rel"]}) cell=').p(fp(p["rel_phone"], "dot"), "phone").t(" note=\"")
        L.t(R.choice(["pick up 2:30", "has dentist after", "forgot walker, will bring", "please call if any issue"])).t('"')
    return [L]


def g_signin_n():
    t = CLK.tick()
    L = Line("signin_kv")
    site = pick(list(SITES))
    L.t(t.strftime("%Y-%m-%dT%H:%M:%S-08:00")).t(f" signin-tablet-{site}01 ")
    k = R.choice(["vendor", "staff", "sys", "sys"])
    if k == "vendor":
        who, co = pick([("Ray Duarte", "Sysco Foodservice"), ("Kim Ostrowski", "Stericycle"),
                        ("Dan Whitaker", "Otis Elevator"), ("Amir Sadeghi", "Medline"), ("Jo Bautista", "ABM Facility Services")])
        L.t(f'event=vendor_sign_in visitor_name="{who}" company="{co}" purpose={R.choice(["delivery", "service", "pickup"])} pass_no=V-{R.randint(100, 999):04d} escort=E10{R.randint(100, 999)}')
    elif k == "staff":
        L.t(f"event=staff_badge_in emp=E10{R.randint(100, 999)} door=front reader=HID-{hexs(6, True)}")
    else:
        L.t(f"event=app_status ver=2.14.0 build=2140{R.randint(10, 99)} battery={R.randint(30, 100)}% printer=online queued=0 mdm=Intune")
    return [L]


# ---- Serilog (.NET enrollment / eligibility API) ------------------------------
LV3 = {"INF": "Information", "WRN": "Warning", "ERR": "Error", "DBG": "Debug"}


def sl_head(L, lvl, ctx=None):
    t = CLK.tick()
    L.t(f_serilog(t)).t(f" [{lvl}] ")
    if ctx:
        L.t(f"({ctx}) ")


def g_serilog(k=None):
    p = pp()
    L = Line("serilog_text")
    k = k or R.choice(["elig", "mbi", "dto", "dto_j", "disenroll", "idv", "enr", "proxy", "age", "age"])
    if k == "age":
        p = R.choice([q for q in PPL if q["age"] > 89])
        sl_head(L, "WRN", "Bayview.Care.Risk.FallRiskScorer")
        L.t("Participant ").p(p["pid"], "mrn").t(" age ").p(str(p["age"]), "age").t(f" outside model calibration range 55-95; score capped at {R.uniform(0.6, 0.9):.2f} (model frs-v{R.randint(2, 4)}.{R.randint(0, 9)})")
    elif k == "elig":
        sl_head(L, "INF", "Bayview.Enrollment.Eligibility.DhcsClient")
        L.t("Eligibility check started for member ").p(p["cin"] or p["mbi"], "health_plan").t(f' payer CA-DHCS trace {trace()}')
    elif k == "mbi":
        sl_head(L, "WRN", "Bayview.Enrollment.Validation.MbiValidator")
        L.t('MBI "').p(mbi_dash(p["mbi"]) if R.random() < 0.5 else p["mbi"], "health_plan").t('" for application ').p(p["enr"], "other_id")
        L.t(" does not match CMS name/DOB on file (BEQ response 2)")
    elif k == "dto":
        sl_head(L, "INF")
        L.t('Participant ParticipantDto { Id: "').p(p["pid"], "mrn").t('", LastName: "').p(p["last"], "name").t('", FirstName: "').p(p["first"], "name")
        L.t('", DateOfBirth: ').p(fd(p["dob"], "dotnet"), "date").t(f', SiteCode: "{p["site"]}" }} enrolled, effective ').p(fd(first_of_next_month(), "iso"), "date")
    elif k == "dto_j":
        sl_head(L, "INF", "Bayview.Enrollment.Services.IntakeService")
        L.t('Intake saved {"Id":"').p(p["pid"], "mrn").t('","Name":"').p(nm(p, "lf"), "name").t('","Phone":"').p(fp(p["phone"], "paren"), "phone")
        L.t('","Language":"').t(p["lang"]).t('","$type":"IntakeSummary"} in ').t(f"{R.uniform(5, 90):.1f} ms")
    elif k == "disenroll":
        sl_head(L, "INF", "Bayview.Enrollment.Services.DisenrollmentService")
        d = past_date(20)
        L.t("Disenrollment processed for ").p(p["pid"], "mrn").t(" reason=Death date_of_death=").p(fd(d, "iso"), "date")
        L.t(" effective=").p(fd(dt.date(2024, 3, 31), "iso"), "date").t(" notifyCms=true")
    elif k == "idv":
        sl_head(L, "INF", "Bayview.Enrollment.Services.IdentityVerification")
        L.t("Identity verified for application ").p(p["enr"], "other_id").t(" using ").t(R.choice(["CA DL", "CA ID card"])).t(" ").p(p["dl"], "license")
        L.t(" (name match 0.97, DOB match true)")
    elif k == "enr":
        sl_head(L, "ERR", "Bayview.Enrollment.Marx.MarxSubmitter")
        L.t("MARx rejected enrollment ").p(p["enr"], "other_id").t(" for ").p(nm(p, "LFf"), "name").t(": TRC 126 Invalid date of birth ")
        L.p(fd(p["dob"], "compact"), "date")
    else:
        sl_head(L, "INF", "Bayview.Portal.Proxy.ProxyAccessService")
        L.t("Proxy access granted to ").p(p["rel_email"], "email").t(" for participant ").p(p["pid"], "mrn").t(f" (relationship: {p['rel']}, HIPAA authorization on file)")
    return [L]


def g_serilog_n():
    L = Line("serilog_text")
    k = R.choice(["req", "req", "listen", "env", "hc", "job", "cache", "slow", "retry"])
    if k == "req":
        sl_head(L, "INF")
        L.t(f'HTTP {R.choice(["GET", "POST", "GET"])} {R.choice(["/api/eligibility/batch", "/api/enrollments", "/api/sites", "/api/lookup/languages", "/swagger/v1/swagger.json"])} responded {R.choice([200, 200, 202, 204, 401, 404])} in {R.uniform(1, 300):.4f} ms')
    elif k == "listen":
        sl_head(L, "INF", "Microsoft.Hosting.Lifetime")
        L.t(f"Now listening on: http://[::]:{R.choice([8080, 5000, 5001])}")
    elif k == "env":
        sl_head(L, "INF", "Microsoft.Hosting.Lifetime")
        L.t("Hosting environment: Production; Content root path: /app")
    elif k == "hc":
        sl_head(L, "DBG", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService")
        L.t(f"Health check sqlserver completed after {R.uniform(1, 40):.4f}ms with status Healthy and description '(null)'")
    elif k == "job":
        sl_head(L, "INF", "Hangfire.Server.Worker")
        L.t(f"Job {R.randint(18000, 19999)} (EligibilityRecheckJob.RunAsync) succeeded in {R.randint(800, 60000)} ms; processed {R.randint(50, 420)} members, {R.randint(0, 6)} changes")
    elif k == "cache":
        sl_head(L, "INF", "Bayview.Enrollment.Caching")
        L.t(f"Reference data cache refreshed: {R.randint(200, 3000)} ICD-10 codes, {R.randint(30, 60)} county codes, version {hexs(8)}")
    elif k == "slow":
        sl_head(L, "WRN", "Bayview.Enrollment.Eligibility.DhcsClient")
        L.t(f"DHCS AEVS gateway slow: {R.randint(3000, 12000)} ms for batch {R.randint(1000, 9999)} (threshold 3000 ms) RequestId {req_id()}")
    else:
        sl_head(L, "WRN", "Polly")
        L.t(f"Retry {R.randint(1, 3)} of 3 for HttpClient 'marx' after {R.choice([200, 400, 800])}ms: 503 Service Unavailable")
    return [L]


# ---- Serilog CLEF --------------------------------------------------------------
def clef_open(L, mt, lvl=None):
    t = CLK.tick()
    L.t('{"@t":"').t(f_clef(t)).t('","@mt":"').t(mt).t('"')
    if lvl:
        L.t(',"@l":"').t(lvl).t('"')


def clef_tail(L, ctx, app="Enrollment.Api"):
    L.t(f',"SourceContext":"{ctx}","RequestId":"{req_id()}","CorrelationId":"{uid4()}","Application":"{app}"}}')


def g_clef(k=None):
    p = pp()
    L = Line("serilog_clef")
    k = k or R.choice(["elig", "login", "autopay", "addr", "pers", "elig"])
    if k == "elig":
        clef_open(L, "Eligibility response {Status} for {MemberId} effective {EffectiveDate}", R.choice([None, "Warning"]))
        L.t(f',"Status":"{R.choice(["Active", "Inactive", "Pending"])}","MemberId":"').p(p["cin"] or p["mbi"], "health_plan")
        L.t('","EffectiveDate":"').p(fd(dt.date(2024, 3, 1), "iso"), "date").t('"')
        clef_tail(L, "Bayview.Enrollment.Eligibility.DhcsClient")
    elif k == "login":
        clef_open(L, "User {UserName} signed in from {RemoteIp} using {AuthMethod}")
        L.t(',"UserName":"').p(p["user"], "other_id").t('","RemoteIp":"').p(p["ip"], "ip").t(f'","AuthMethod":"{R.choice(["Password+SMS", "Passkey", "Password"])}"')
        clef_tail(L, "Bayview.Portal.Auth.SignInManager", "Portal.Web")
    elif k == "autopay":
        clef_open(L, "Premium autopay failed for account {AccountNumber} ({Participant}): {ReturnCode}", "Error")
        L.t(',"AccountNumber":"').p(digits(R.choice([10, 12])), "account").t('","Participant":"').p(p["pid"], "mrn")
        L.t(f'","ReturnCode":"{R.choice(["R01 Insufficient Funds", "R03 No Account/Unable to Locate", "R02 Account Closed"])}","RoutingNumber":"121000358"')
        clef_tail(L, "Bayview.Billing.Ach.NachaReturnProcessor", "Billing.Worker")
    elif k == "addr":
        clef_open(L, "Mailing address changed for {ParticipantId}: {NewAddress}")
        L.t(',"ParticipantId":"').p(p["pid"], "mrn").t('","NewAddress":{"Line1":"').p(street(p), "address").t('","City":"').p(p["city"], "address")
        L.t('","State":"CA","Zip":"').p(p["zip"], "zip").t('","$type":"AddressDto"}')
        clef_tail(L, "Bayview.Portal.Profile.ProfileService", "Portal.Web")
    else:
        clef_open(L, "PERS device {Serial} assigned to {ParticipantId}; carrier {Carrier}")
        L.t(',"Serial":"').p(p["pers"], "device").t('","ParticipantId":"').p(p["pid"], "mrn").t(f'","Carrier":"{R.choice(["AT&T LTE-M", "Verizon CAT-M1"])}"')
        clef_tail(L, "Bayview.Care.Devices.PersRegistry", "Care.Api")
    return [L]


def g_clef_n():
    L = Line("serilog_clef")
    k = R.choice(["req", "exc", "hc", "start", "req"])
    if k == "req":
        clef_open(L, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms")
        L.t(f',"RequestMethod":"GET","RequestPath":"{R.choice(["/health/ready", "/api/v1/sites", "/api/v1/calendar/holidays"])}","StatusCode":200,"Elapsed":{R.uniform(0.5, 80):.4f}')
        clef_tail(L, "Serilog.AspNetCore.RequestLoggingMiddleware")
    elif k == "exc":
        clef_open(L, "Call to {Endpoint} failed", "Error")
        L.t(',"@x":"System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\\n   at Bayview.Enrollment.Marx.MarxClient.SubmitBatchAsync(MarxBatch batch, CancellationToken ct) in /src/Bayview.Enrollment/Marx/MarxClient.cs:line 77"')
        L.t(',"Endpoint":"https://marx-gw.internal/submit"')
        clef_tail(L, "Bayview.Enrollment.Marx.MarxClient")
    elif k == "hc":
        clef_open(L, "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms", "Debug")
        L.t(f',"HealthCheckName":"{R.choice(["redis", "sqlserver", "servicebus"])}","HealthStatus":"Healthy","ElapsedMilliseconds":{R.uniform(0.3, 20):.4f}')
        clef_tail(L, "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", "Care.Api")
    else:
        clef_open(L, "Application {App} v{Version} starting on {Machine}")
        L.t(f',"App":"Care.Api","Version":"5.{R.randint(10, 14)}.{R.randint(0, 9)}+{hexs(7)}","Machine":"care-api-{hexs(5)}-{hexs(5)}","ProcessId":1')
        clef_tail(L, "Program", "Care.Api")
    return [L]


# ---- NLog (portal, pharmacy bridge) -------------------------------------------
def nl_head(L, lvl, logger):
    L.t(f_nlog(CLK.tick())).t(f"|{lvl}|{logger}|")


def g_nlog(k=None):
    p = pp()
    L = Line("nlog_pipe")
    k = k or R.choice(["fail", "reset", "card", "phone", "url", "bridge", "fax", "bday"])
    if k == "bday":
        nl_head(L, "INFO", "Bayview.Care.Activities.BirthdayReport")
        L.t(f"March birthdays ({p['site']}): ")
        for i, q in enumerate(R.sample([x for x in PPL if x["dob"].month == 3] + [BDAY, CENTENARIAN], 2)):
            L.t("; " if i else "").p(nm(q, "fl"), "name").t(" ")
            add_age(L, q, "turns ", " (")
            L.p(fd(q["dob"], "md"), "date").t(")")
    elif k == "fail":
        nl_head(L, "WARN", "Bayview.Portal.Auth.LoginService")
        L.t("Failed login for user '").p(p["user"], "other_id").t("' from ").p(p["ip"], "ip").t(f" (attempt {R.randint(2, 5)}/5)")
    elif k == "reset":
        nl_head(L, "INFO", "Bayview.Portal.Auth.PasswordResetService")
        e = p["email"] or p["rel_email"]
        L.t("Password reset link sent to ").p(e, "email").t(f" via smtp.office365.com:587 messageId=<{hexs(12)}@bayviewpace.org>")
    elif k == "card":
        nl_head(L, "ERROR", "Bayview.Portal.Payments.CardGateway")
        pan = luhn_complete(R.choice(["4", "51", "55", "37"]), 15 if False else 16)
        L.t("Tokenization failed, raw PAN logged by legacy adapter: card=").p(pan, "account").t(" exp=**/** payer=").p(p["pid"], "mrn").t(" gatewayCode=E2041")
    elif k == "phone":
        nl_head(L, "INFO", "Bayview.Portal.Profile.ContactService")
        L.t("Emergency contact updated for ").p(p["pid"], "mrn").t(": ").p(rn(p, "fl"), "name").t(f" ({p['rel']}) ").p(fp(p["rel_phone"], pick(PH_STYLES)), "phone")
    elif k == "url":
        nl_head(L, "INFO", "Bayview.Portal.Profile.ContactService")
        slug = fold(p["first"] + p["last"]).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        L.t("Family update page linked for ").p(p["pid"], "mrn").t(": ").p(f"https://www.caringbridge.org/visit/{slug}", "url")
    elif k == "fax":
        nl_head(L, "INFO", "Bayview.Portal.Documents.FaxOutbound")
        L.t("Queued care plan PDF (participant ").p(p["pid"], "mrn").t(") to responsible party fax ").p(fp(phone_num(), pick(["dash", "paren", "plain"])), "fax")
        L.t(f" via RightFax job {R.randint(100000, 999999)}")
    else:
        nl_head(L, "WARN", "Bayview.RxBridge.DeliveryMatcher")
        L.t("No delivery slot for ").p(nm(p, "LFf"), "name").t(" DOB ").p(fd(p["dob"], "us"), "date").t(" Rx# ").p(p["rx"], "other_id").t(" - held for pharmacist review")
    return [L]


def g_nlog_n():
    L = Line("nlog_pipe")
    k = R.choice(["start", "smtp", "cache", "mllp", "ack", "contact", "gc", "mllp", "ack", "tls", "purge"])
    if k == "tls":
        nl_head(L, "WARN", "Bayview.RxBridge.MllpListener")
        L.t(f"Client certificate for CN=pcs-rx-gw.sunriseltc.example expires in {R.randint(5, 30)} days (thumbprint {hexs(40, True)})")
        return [L]
    if k == "purge":
        nl_head(L, "INFO", "Bayview.Portal.Jobs.SessionPurge")
        L.t(f"Purged {R.randint(10, 900)} expired sessions, {R.randint(0, 40)} stale antiforgery tokens; next run {(CLK.t + dt.timedelta(hours=1)).strftime('%H:%M')}")
        return [L]
    if k == "start":
        nl_head(L, "INFO", "Bayview.Portal.Program")
        L.t(f"Starting Bayview.Portal v5.12.{R.randint(0, 9)}+{hexs(7)} on IIS APPPOOL\\PortalProd, .NET 8.0.{R.randint(1, 3)}")
    elif k == "smtp":
        nl_head(L, "DEBUG", "Bayview.Portal.Mail.SmtpSender")
        L.t("Connected smtp.office365.com:587 TLS1.3 as noreply@bayviewpace.org")
    elif k == "cache":
        nl_head(L, "INFO", "Bayview.Portal.Startup")
        L.t(f"Cache warmup complete: {R.randint(900, 4000):,} entries in {R.randint(200, 1500)} ms")
    elif k == "mllp":
        nl_head(L, "INFO", "Bayview.RxBridge.MllpListener")
        L.t(f"Received RDS^O13 control=PB{TODAY.strftime('%y%m%d')}{digits(5)} from {priv_ip()}:6661 ({R.randint(700, 2200):,} bytes)")
    elif k == "ack":
        nl_head(L, "INFO", "Bayview.RxBridge.MllpListener")
        L.t(f"Sent ACK AA for control=PB{TODAY.strftime('%y%m%d')}{digits(5)} in {R.randint(2, 40)} ms")
    elif k == "contact":
        nl_head(L, "INFO", "Bayview.RxBridge.Config")
        L.t("Pharmacy partner: Sunrise LTC Pharmacy, pharmacist line (510) 555-0177, fax (510) 555-0178, after-hours rxoncall@sunriseltc.example")
    else:
        nl_head(L, "DEBUG", "Bayview.Portal.Diagnostics")
        L.t(f"GC gen0={R.randint(100, 900)} gen1={R.randint(10, 90)} gen2={R.randint(1, 9)} heap={R.randint(80, 400)}MB threadpool={R.randint(8, 40)}/{R.randint(100, 200)}")
    return [L]


# ---- Python scheduling service --------------------------------------------------
def py_head(L, lvl, logger):
    L.t(f_py(CLK.tick())).t(f" {lvl} [{logger}] ")


def g_py():
    p = pp()
    L = Line("python_logging")
    k = R.choice(["assign", "cancel", "sms", "json", "dict", "note", "assign"])
    if k == "assign":
        py_head(L, "INFO", "pace_sched.routing")
        L.t(f"Assigned trip T-{TODAY.strftime('%y%m%d')}-{R.randint(1, 400):04d} rider=").p(p["pid"], "mrn").t(" (").p(nm(p, "LFf"), "name").t(") pickup='")
        L.p(street(p), "address").t(", ").p(p["city"], "address").t(" ").p(p["zip"], "zip").t(f"' window=07:{R.randint(0, 3)}0-08:{R.randint(0, 3)}0 van=VAN-{R.randint(1, 16):02d} mobility={R.choice(['AMB', 'WC', 'WC-XL', 'WALKER'])}")
        add_age(L, p, " age=")
    elif k == "cancel":
        py_head(L, "WARNING", "pace_sched.trips")
        d = fut_date(5)
        L.t("Trip cancelled by caller ").p(fp(p["rel_phone"], pick(PH_STYLES)), "phone").t(f" ({p['rel']}) for rider ").p(p["pid"], "mrn").t(" on ").p(fd(d, "iso"), "date")
        L.t(f" reason={R.choice(['MEDICAL_APPT', 'ILLNESS', 'FAMILY_TRANSPORT', 'HOSPITALIZED'])}")
    elif k == "sms":
        py_head(L, "INFO", "pace_sched.notify")
        to = p["rel_phone"]
        L.t("SMS queued to=").p("+1" + to, "phone").t(" body='Hi ").p(p["rel_first"], "name").t(", the Bayview van for ").p(p["first"], "name")
        L.t(f" arrives 7:{R.randint(1, 4)}5-8:{R.randint(0, 3)}0 AM. Reply C to cancel.' sid=SM{hexs(32)}")
    elif k == "json":
        py_head(L, "DEBUG", "pace_sched.api.client")
        L.t('care-db rider payload: {"pid": "').p(p["pid"], "mrn").t('", "name": "').p(json.dumps(nm(p, "fl"))[1:-1], "name")
        L.t('", "dob": "').p(fd(p["dob"], "iso"), "date").t('", "age": ')
        add_age(L, p)
        L.t(', "lift": ').t(R.choice(["true", "false"])).t(', "escort": ').t(R.choice(["true", "false"])).t("}")
    elif k == "dict":
        py_head(L, "DEBUG", "pace_sched.sms.webhook")
        L.t(f"status callback form={{'SmsSid': 'SM{hexs(32)}', 'SmsStatus': 'delivered', 'To': '").p("+1" + p["rel_phone"], "phone")
        L.t(f"', 'From': '+15105550100', 'ApiVersion': '2010-04-01', 'AccountSid': 'AC{hexs(32)}'}}")
    else:
        py_head(L, "INFO", "pace_sched.riders")
        L.t("Rider note updated ").p(p["pid"], "mrn").t(": 'lives ").p(street(p), "address").t(R.choice([", side gate, ring twice", ", 2nd floor no elevator - needs stair chair", ", blue door behind laundromat"]))
        L.t("; ").t(p["rel"]).t(" ").p(rn(p, "f"), "name").t(" ").p(fp(p["rel_phone"], "dash"), "phone").t(" if no answer'")
    return [L]


def g_py_n():
    L = Line("python_logging")
    k = R.choice(["aps", "aps2", "solver", "load", "redis", "contact", "warn"])
    if k == "aps":
        py_head(L, "INFO", "apscheduler.executors.default")
        L.t(f'Running job "rebuild_routes (trigger: cron[hour=\'5\', minute=\'30\'], next run at: 2024-03-05 05:30:00 PST)" (scheduled at {CLK.t.strftime("%Y-%m-%d %H:%M:%S")}-08:00)')
    elif k == "aps2":
        py_head(L, "INFO", "apscheduler.executors.default")
        L.t(f'Job "sync_manifests (trigger: interval[0:05:00], next run at: {(CLK.t + dt.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")} PST)" executed successfully')
    elif k == "solver":
        py_head(L, "INFO", "pace_sched.routing.ortools")
        L.t(f"solver status=ROUTING_SUCCESS vehicles={R.randint(10, 16)} stops={R.randint(150, 240)} objective={R.randint(30000, 60000)} dropped=0 wall={R.uniform(1, 9):.2f}s seed=42")
    elif k == "load":
        py_head(L, "INFO", "pace_sched.loader")
        L.t(f"Loaded {R.randint(10, 16)} vehicles, {R.randint(150, 240)} stops, {R.randint(3, 9)} drivers off from care-db in {R.uniform(0.2, 2):.2f}s (query id {uid4()})")
    elif k == "redis":
        py_head(L, "DEBUG", "pace_sched.cache")
        L.t(f"redis GET manifest:{TODAY.isoformat()}:VAN-{R.randint(1, 16):02d} hit ttl={R.randint(100, 3600)}s")
    elif k == "contact":
        py_head(L, "INFO", "pace_sched.dispatch")
        L.t(f"On-call dispatcher today: B. N. Tran btran@bayviewpace.org (510) 555-01{R.randint(10, 30)} x44{R.randint(10, 99)}; backup dispatch@bayviewpace.org")
    else:
        py_head(L, "WARNING", "pace_sched.routing")
        L.t(f"VAN-{R.randint(1, 16):02d} over capacity window 07:30-08:00 ({R.randint(7, 9)}/6 seats incl. 2 WC) - rebalancing {R.randint(1, 3)} stops")
    return [L]


# ---- uvicorn access (scheduling API) -------------------------------------------
def g_uvicorn():
    p = pp()
    L = Line("uvicorn_access")
    CLK.tick()
    L.t(f'INFO:     {priv_ip()}:{R.randint(30000, 65000)} - "GET /v1/riders/').p(p["pid"], "mrn")
    if R.random() < 0.6:
        L.t("/trips?date=").p(fd(fut_date(3, 0), "iso"), "date").t(' HTTP/1.1" 200 OK')
    else:
        L.t('/mobility HTTP/1.1" 200 OK')
    return [L]


def g_uvicorn_n():
    L = Line("uvicorn_access")
    CLK.tick()
    path = R.choice(["/healthz", "/readyz", "/metrics", "/v1/vans/status", f"/v1/manifests/VAN-{R.randint(1, 16):02d}", "/v1/routes/rebuild"])
    L.t(f'INFO:     {priv_ip()}:{R.randint(30000, 65000)} - "{"POST" if "rebuild" in path else "GET"} {path} HTTP/1.1" {R.choice(["200 OK", "200 OK", "304 Not Modified", "202 Accepted"])}')
    return [L]


# ---- nginx (participant portal) -------------------------------------------------
UA = ['Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15']


def g_nginx():
    p = pp()
    L = Line("nginx_combined")
    t = CLK.tick()
    L.p(p["ip"], "ip").t(" - - [").t(f_clf(t)).t('] "')
    k = R.choice(["sched", "msgs", "profile", "login"])
    if k == "sched":
        L.t("GET /api/v2/participants/").p(p["pid"], "mrn").t(f'/schedule HTTP/2.0" 200 {R.randint(800, 4000)}')
    elif k == "msgs":
        L.t("GET /api/v2/participants/").p(p["pid"], "mrn").t(f'/messages?page=1 HTTP/2.0" 200 {R.randint(300, 9000)}')
    elif k == "profile":
        L.t("GET /u/").p(p["user"], "other_id").t(f'/profile HTTP/2.0" 200 {R.randint(3000, 20000)}')
    else:
        L.t(f'POST /account/login HTTP/2.0" {R.choice([302, 302, 401])} {R.randint(0, 600)}')
    L.t(f' "https://portal.bayviewpace.org/" "{pick(UA)}"')
    return [L]


def g_nginx_n():
    L = Line("nginx_combined")
    t = CLK.tick()
    k = R.choice(["probe", "static", "uptime", "bot"])
    if k == "probe":
        L.t(f'{priv_ip()} - - [{f_clf(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"')
    elif k == "static":
        L.t(f'10.20.1.{R.randint(2, 9)} - - [{f_clf(t)}] "GET /static/js/main.{hexs(8)}.js HTTP/1.1" 200 {R.randint(40000, 400000)} "https://portal.bayviewpace.org/" "Amazon CloudFront"')
    elif k == "uptime":
        L.t(f'216.144.250.{R.randint(100, 160)} - - [{f_clf(t)}] "HEAD / HTTP/1.1" 200 0 "https://portal.bayviewpace.org" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"')
    else:
        L.t(f'66.249.66.{R.randint(1, 200)} - - [{f_clf(t)}] "GET /robots.txt HTTP/1.1" 200 67 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"')
    return [L]


# ---- Android driver app (logcat threadtime) ------------------------------------
PIDS = (R.randint(3000, 9000), )


def lc_head(L, lvl, tag):
    L.t(f_logcat(CLK.tick())).t(f"  {PIDS[0]}  {PIDS[0] + R.randint(1, 400)} {lvl} {tag}: ")


def g_logcat():
    p = pp()
    L = Line("android_logcat")
    k = R.choice(["arrive", "note", "noshow", "sign", "drop"])
    if k == "arrive":
        lc_head(L, "I", "TripManifest")
        L.t(f"stop {R.randint(1, 9)}/{R.randint(9, 12)} ARRIVED rider=\"").p(nm(p, R.choice(["l_fi", "lower", "lf"])), "name").t("\" addr=").p(street(p), "address")
        L.t(" lat=").p(f"{p['lat']:.5f}", "address").t(" lng=").p(f"{p['lon']:.5f}", "address")
    elif k == "note":
        lc_head(L, "D", "RiderNotes")
        L.t("render notes for ").p(p["pid"], "mrn").t(": \"uses walker, ring bell twice; ").t(p["rel"]).t(" ").p(rn(p, "f"), "name").t(" ").p(fp(p["rel_phone"], pick(PH_STYLES)), "phone").t("\"")
    elif k == "noshow":
        lc_head(L, "W", "TripManifest")
        L.t("NO_SHOW pending: rider not at door, called ").p(fp(p["phone"], "plain"), "phone").t(" no answer, dispatcher notified (rider ").p(p["pid"], "mrn").t(")")
    elif k == "sign":
        lc_head(L, "I", "SignatureCapture")
        L.t("signature saved for ").p(nm(p, "fl"), "name").t(" (").p(p["pid"], "mrn").t(f") strokes={R.randint(8, 40)} bytes={R.randint(3000, 9000)}")
    else:
        lc_head(L, "I", "TripManifest")
        L.t("DROPOFF complete rider=").p(p["pid"], "mrn").t(" at ").p(p["city"], "address").t(" ").p(p["zip"], "zip").t(" handed to ").p(rn(p, "fl"), "name").t(f" ({p['rel']})")
    return [L]


def g_logcat_n():
    L = Line("android_logcat")
    k = R.choice(["okhttp", "gps", "sync", "batt", "fcm", "okhttp2", "chron"])
    if k == "okhttp":
        lc_head(L, "D", "OkHttp")
        L.t(f"--> POST https://api.bayviewpace.org/driver/v1/telemetry ({R.randint(200, 900)}-byte body)")
    elif k == "okhttp2":
        lc_head(L, "D", "OkHttp")
        L.t(f"<-- 200 https://api.bayviewpace.org/driver/v1/manifest?van=VAN-{R.randint(1, 16):02d} ({R.randint(40, 900)}ms, {R.randint(2, 30)}.{R.randint(0, 9)}kB body)")
    elif k == "gps":
        lc_head(L, "V", "FusedLocation")
        L.t(f"fix acc={R.uniform(2, 15):.1f}m provider=fused sats={R.randint(6, 14)} age={R.randint(0, 900)}ms")
    elif k == "sync":
        lc_head(L, "I", "ManifestSync")
        L.t(f"manifest v{R.randint(400, 500)} synced: {R.randint(6, 12)} stops, {R.randint(0, 2)} changes, etag W/\"{hexs(16)}\"")
    elif k == "batt":
        lc_head(L, "I", "DeviceHealth")
        L.t(f"battery={R.randint(20, 100)}% temp={R.uniform(28, 41):.1f}C charger=VEHICLE build=driver-app 4.7.{R.randint(0, 9)} ({R.randint(4700, 4799)})")
    elif k == "fcm":
        lc_head(L, "D", "FirebaseMessaging")
        L.t(f"Received data message collapse_key=manifest_update priority=high ttl=3600 msgId=0:{R.randint(10**15, 10**16)}%{hexs(16)}")
    else:
        lc_head(L, "I", "ShiftTimer")
        L.t(f"pre-trip inspection done driver={R.choice(DRIVERS)[1]} van=VAN-{R.randint(1, 16):02d} odometer={R.randint(30000, 90000)} defects=0")
    return [L]


# ---- van telematics ---------------------------------------------------------------
FLEET = [(f"VAN-{i:02d}", vin("1FD", R.choice("LMN")), f"GT-{R.randint(4000, 4999)}") for i in range(1, 17)]


def tm_head(L, van=None):
    v = van or pick(FLEET)
    L.t(f"ts={f_epoch(CLK.tick())} unit={v[2]} veh={v[0]} vin={v[1]} ")
    return v


def g_telem():
    p = pp()
    L = Line("telematics_kv")
    tm_head(L)
    evt, stype = R.choice([("STOP_ARRIVE", "PICKUP"), ("STOP_DEPART", "PICKUP"), ("PICKUP_CONFIRMED", "PICKUP"), ("STOP_ARRIVE", "DROPOFF"), ("DROPOFF_CONFIRMED", "DROPOFF")])
    L.t(f"evt={evt} stop_type={stype} rider_id=").p(p["pid"], "mrn").t(" lat=").p(f"{p['lat']:.6f}", "address").t(" lon=").p(f"{p['lon']:.6f}", "address")
    L.t(f" dwell_s={R.randint(30, 600)} lift={R.choice(['0', '1'])}")
    return [L]


def g_telem_n():
    L = Line("telematics_kv")
    tm_head(L)
    k = R.choice(["gps", "gps", "harsh", "idle", "dtc", "ign"])
    if k == "gps":
        L.t(f"evt=GPS lat={37.7 + R.uniform(-0.15, 0.2):.6f} lon={-122.2 + R.uniform(-0.15, 0.2):.6f} spd_mph={R.randint(0, 55)} hdg={R.randint(0, 359)} ign=on odo_mi={R.uniform(30000, 90000):.1f} hdop={R.uniform(0.6, 2.5):.1f}")
    elif k == "harsh":
        L.t(f"evt=HARSH_BRAKE g={R.uniform(0.35, 0.6):.2f} spd_mph={R.randint(15, 40)} driver={R.choice(DRIVERS)[1]} clip_id={uid4()}")
    elif k == "idle":
        L.t(f"evt=IDLE_EXCEEDED idle_s={R.randint(300, 1200)} fuel_gal={R.uniform(0.1, 0.6):.2f} location=yard-{R.choice(['RB', 'FV', 'HW'])}")
    elif k == "dtc":
        L.t(f"evt=DTC code={R.choice(['P0420', 'P0171', 'P0455', 'U0100'])} mil=on ecu=PCM count={R.randint(1, 4)}")
    else:
        L.t(f"evt=IGN_{R.choice(['ON', 'OFF'])} batt_v={R.uniform(11.8, 14.4):.2f} fw=3.{R.randint(2, 4)}.{R.randint(0, 20)}")
    return [L]


# ---- IDT meeting notes (free text, one physical line at a time) ----------------
def idt_item(p, n, force_v=None):
    out = []
    L = Line("idt_note")
    v = force_v or R.choice(["a", "b", "c", "d", "e", "f", "a", "b"])
    if v == "f":
        L.t(f"{n}. ").p(nm(p, "fl"), "name").t(", ")
        add_age(L, p, "", R.choice(["yo", " y.o.", "-year-old"]))
        L.t(", hospice eval requested by ").t(p["rel"]).t(" ").p(rn(p, "fl"), "name").t("; goals-of-care mtg ").p(fd(fut_date(10), "md"), "date").t(" 2pm.")
    elif v == "a":
        L.t(f"{n}) ").p(nm(p, R.choice(["lf", "LF", "fl"])), "name").t(" (").p(p["pid"], "mrn").t(") - ")
        add_age(L, p, "", R.choice([" y/o ", "yo ", " yrs "]))
        L.t(f"{p['sex']}, {p['dx']}. Fall at home ").p(fd(past_date(14), R.choice(["md", "us2_nz", "us"])), "date").t(", no injury.")
    elif v == "b":
        L.t(f"{n}. Reviewed ").p(nm(p, "fl"), "name").t(": wt down 2.1 kg since ").p(fd(past_date(60, 20), "us"), "date").t("; dietitian to add Ensure BID.")
    elif v == "c":
        a = past_date(20, 6)
        L.t(f"{n}) ").p(nm(p, "fi_l"), "name").t(" - admitted Eden Medical Center ").p(fd(a, "md"), "date").t(", d/c home ").p(fd(a + dt.timedelta(days=R.randint(2, 5)), "md"), "date")
        L.t(" (CHF exacerbation). Needs post-hosp RN visit within 48h.")
    elif v == "d":
        L.t(f"{n}. ").p(nm(p, "l"), "name").t(", ").p(p["first"], "name").t(" - ")
        if p["age"] > 89:
            L.t("age ").p(str(p["age"]), "age").t(", ")
        L.t("6-mo reassessment due ").p(fd(fut_date(50, 20), "us")[:2] + "/2024", "date").t("; family wants more center days.")
    else:
        L.t(f"{n}) Pt ").p(nm(p, "fl"), "name").t(" still drives (plate ").p(p["plate"], "vehicle").t(") - SW to discuss; ")
        L.t(R.choice(["family selling car, VIN ", "car registered to pt, VIN "])).p(vin(R.choice(["1G4", "2HG", "JTD", "1FA"]), R.choice("6789ABC")), "vehicle").t(".")
    out.append(L)
    r = R.random()
    L2 = Line("idt_note")
    if r < 0.35:
        L2.t("   Family: ").t(p["rel"]).t(" ").p(rn(p, R.choice(["fl", "f"])), "name").t(" ").p(fp(p["rel_phone"], pick(PH_STYLES)), "phone").t(" requests ")
        L2.t(R.choice(["increase to 4 days/wk.", "respite next month.", "Spanish-speaking aide.", "call back after 5pm."]))
        out.append(L2)
    elif r < 0.5:
        L2.t("   Plan: PT eval ").p(fd(fut_date(7), "md"), "date").t(", grab bars, recheck orthostatics. Owner: K. Baptiste PT.")
        out.append(L2)
    elif r < 0.8:
        L2.t("   Plan: " + R.choice(["SW to f/u on IHSS hours; RN med rec at next visit.",
                                    "OT home safety eval; continue current plan of care.",
                                    "Dietitian to re-weigh monthly; no change to diet order.",
                                    "Activities to offer music group Tue/Thu.",
                                    "PCP to review labs; pharmacist to simplify regimen."]))
        out.append(L2)
    elif r < 0.9:
        L2.t("   Note: family posts updates at ")
        slug = fold(p["first"] + p["last"]).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        L2.p(R.choice([f"https://www.caringbridge.org/visit/{slug}", f"https://www.facebook.com/{slug}.{p['dob'].year}"]), "url").t(" (consented).")
        out.append(L2)
    return out


IDT_N = [0]


def g_idt(force_v=None):
    site = pick(list(SITES))
    h = Line("idt_note")
    IDT_N[0] += 1
    when = ["08:30", "09:00", "10:15", "13:00", "14:30", "15:15"][IDT_N[0] % 6]
    h.t(R.choice([f"=== IDT Meeting - {SITES[site]} - {TODAY.strftime('%m/%d/%Y')} {when} - minutes ===",
                  f"IDT HUDDLE | {site} | {TODAY.strftime('%Y-%m-%d')} {when} | participant review (cont.)",
                  f"--- {SITES[site]} interdisciplinary team, {MONTH[TODAY.month - 1]} {TODAY.day}, {TODAY.year}, {when} ---"]))
    a = Line("idt_note")
    a.t("Present: " + ", ".join(R.sample(CLIN, R.randint(5, 8))))
    out = [h, a]
    ps = R.sample(PPL, R.randint(2, 4))
    for i, p in enumerate(ps, 1):
        out += idt_item(p, i, force_v if i == 1 else None)
    if R.random() < 0.4:
        c = CENTENARIAN
        L = Line("idt_note")
        L.t("Celebrations: ").p(nm(c, "fl"), "name").t(" turned ").p(str(c["age"]), "age").t(" on ").p(fd(c["dob"].replace(year=2024), "md"), "date").t(" - cake Fri at center.")
        out.append(L)
    f = Line("idt_note")
    f.t(f"Action items assigned in CareBridge tasks (#{R.randint(40000, 49999)}-#{R.randint(50000, 59999)}). Next IDT {fd(TODAY + dt.timedelta(days=7), 'us')}. Recorder: {R.choice(['S. Ortiz MSW', 'P. Holloway RN', 'I. Kowalski RN'])}")
    out.append(f)
    return out


# ---- EVV (home care aide visit verification) CSV -------------------------------
EVV_HDR = "visit_id,medicaid_id,member_last,member_first,member_dob,caregiver_id,caregiver_name,svc_code,visit_date,sched_in,actual_in,actual_out,in_lat,in_lon,method,caller_ani,exception_codes"


def g_evv():
    out = []
    t = CLK.tick()
    if R.random() < 0.7:
        h = Line("evv_csv")
        h.t(EVV_HDR)
        out.append(h)
    for _ in range(R.randint(2, 4)):
        p = pp()
        ai, an = pick(AIDES)
        L = Line("evv_csv")
        ln, fn = fold(p["last"]).upper(), fold(p["first"]).upper()
        L.t(f"EVV-{R.randint(88000000, 88999999)},").p(p["cin"] or ("9" + digits(7) + "A"), "health_plan").t(",")
        if "," in ln or "," in fn:
            raise ValueError
        L.p(ln, "name").t(",").p(fn, "name").t(",").p(fd(p["dob"], "us"), "date").t(f",{an},\"{ai.split()[-1]}, {ai.split()[0]}\",{R.choice(['T1019', 'S5125', 'S5130'])},")
        L.p(fd(TODAY, "us"), "date")
        sh = R.randint(8, 13)
        L.t(f",{sh:02d}:00,{sh:02d}:{R.randint(0, 14):02d},{sh + 2:02d}:{R.randint(0, 30):02d},")
        if R.random() < 0.65:
            L.p(f"{p['lat']:.5f}", "address").t(",").p(f"{p['lon']:.5f}", "address").t(",GPS,,")
            L.t(R.choice(["", "", "15"]))
        else:
            L.t(",,IVR,").p(p["phone"], "phone").t(",").t(R.choice(["", "40"]))
        out.append(L)
    if R.random() < 0.4:
        tr = Line("evv_csv")
        tr.t(f"# batch={TODAY.strftime('%Y%m%d')}-{R.randint(1, 9)} rows={len(out) - 1} sha256={hexs(64)}")
        out.append(tr)
    return out


def g_evv_n():
    L = Line("evv_csv")
    L.t(f"# aggregator=HHAeXchange-sftp file=EVV_BAYVIEW_{TODAY.strftime('%Y%m%d')}_{R.randint(1, 9)}.csv rows={R.randint(80, 400)} rejected={R.randint(0, 5)} sha256={hexs(64)}")
    CLK.tick()
    return [L]


# ---- meal / dietary tickets ------------------------------------------------------
def g_meal():
    out = []
    t = CLK.tick()
    site = pick(list(SITES))
    j = Line("meal_ticket")
    j.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] PRN ZD421-{site} job {R.randint(8000, 9999)} tray tickets x{R.randint(1, 3)}")
    out.append(j)
    for _ in range(R.randint(1, 2)):
        p = BDAY if R.random() < 0.25 else pp()
        meal = R.choice(["LUNCH", "BREAKFAST", "SNACK PM"])
        a = Line("meal_ticket")
        a.t(f"TRAY TICKET  #{meal[0]}-{R.randint(1, 999):04d}  {SITES[site].upper()}  {meal}  ").p(fd(TODAY, R.choice(["us2", "md0"])), "date")
        b = Line("meal_ticket")
        b.p(nm(p, "LFf"), "name").t("   (").p(p["pid"], "mrn").t(f")   TABLE {R.randint(1, 14)}")
        c = Line("meal_ticket")
        c.t(f"DIET: {p['diet']} / LIQ: {p['liq']}   ALLERGY: {p['allergy']}")
        out += [a, b, c]
        if p is BDAY:
            d = Line("meal_ticket")
            d.t("** BIRTHDAY ").p(fd(p["dob"], "md0"), "date").t(" - ").p(str(p["age"]), "age").t(" YRS - ADD CUPCAKE (SUGAR FREE IF CCHO) **")
            out.append(d)
        elif R.random() < 0.3:
            d = Line("meal_ticket")
            d.t(f"NOTE: {R.choice(['CUT UP MEAT', 'BUILT-UP SPOON', 'NO STRAWS', 'SMALL PORTIONS, ENCOURAGE FLUIDS', 'SEATED W/ AIDE'])}")
            out.append(d)
    return out


def g_meal_hdm():
    p = pp()
    L = Line("meal_ticket")
    L.t(f"HDM ROUTE {R.randint(1, 6)} STOP {R.randint(1, 14)}: ").p(nm(p, "LFf"), "name").t(" - ").p(street(p, True), "address").t(", ").p(p["city"].upper(), "address")
    L.t(" - ").t(R.choice(["KNOCK LOUD, HOH", "LEAVE W/ NEIGHBOR IF NO ANSWER", "CALL ON ARRIVAL "])).t(" ")
    L.p(fp(p["phone"], "dash"), "phone")
    CLK.tick()
    return [L]


def g_meal_n():
    t = CLK.tick()
    L = Line("meal_ticket")
    site = pick(list(SITES))
    k = R.choice(["count", "printer", "temp"])
    if k == "count":
        L.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] {R.choice(['LUNCH', 'BREAKFAST'])} {site} COUNTS regular={R.randint(30, 70)} mech_soft={R.randint(5, 20)} puree={R.randint(1, 9)} renal={R.randint(1, 8)} ccho={R.randint(10, 30)} hdm={R.randint(10, 40)}")
    elif k == "printer":
        L.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] PRN ZD421-{site} status=READY ip={priv_ip()} media=62% head_temp=OK fw=V93.21.15Z")
    else:
        L.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] HACCP {site} hot-hold line temp {R.randint(140, 170)}F cold-hold {R.randint(34, 40)}F logged by kitchen lead E10{R.randint(100, 999)}")
    return [L]


# ---- HL7 v2 pharmacy bridge --------------------------------------------------------
def g_hl7():
    p = pp()
    t = CLK.tick()
    ctrl = f"PB{t.strftime('%y%m%d')}{digits(5)}"
    out = []
    m = Line("hl7v2")
    m.t(f"MSH|^~\\&|PCS_RX|SUNRISE_LTC_PHARM|PHARMBRIDGE|BAYVIEW|{f_hl7(t)}||RDS^O13^RDS_O13|{ctrl}|P|2.5.1|||AL|NE")
    out.append(m)
    L = Line("hl7v2")
    L.t("PID|1||").p(p["pid"], "mrn").t("^^^BAYVIEW^MR")
    if p["cin"]:
        L.t("~").p(p["cin"], "health_plan").t("^^^CAMCD^MA")
    L.t("~").p(p["mbi"], "health_plan").t("^^^CMS^MC||")
    L.p(f"{fold(p['last']).upper()}^{fold(p['first']).upper()}^{p['mi']}", "name").t("||").p(fd(p["dob"], "compact"), "date")
    L.t(f"|{p['sex']}|||").p(fold(p["street"]).upper(), "address").t("^")
    if p["apt"]:
        L.p(fold(p["apt"]).upper(), "address")
    L.t("^").p(p["city"].upper(), "address").t("^CA^").p(p["zip"], "zip")
    L.t("^USA^H||").p(fp(p["phone"], "paren2"), "phone").t("^PRN^PH||||||")
    if R.random() < 0.5:
        L.p(p["ssn"].replace("-", ""), "ssn")
    out.append(L)
    pv = Line("hl7v2")
    pv.t(f"PV1|1|O|{p['site']}^^^BAYVIEW||||1861549327^RAGHAVAN^ANAND^^^MD||||||||||||{R.choice(['PACE', 'MCD'])}")
    out.append(pv)
    ndc, med = pick(MEDS)
    o = Line("hl7v2")
    o.t(f"ORC|RE|ORD-{R.randint(700000, 799999)}|").p(p["rx"], "other_id").t("||CM")
    out.append(o)
    x = Line("hl7v2")
    x.t(f"RXD|1|{ndc}^{med}^NDC|").p(f_hl7(CLK.t)[:8], "date").t(f"|{R.choice([30, 60, 90])}|TAB||").p(p["rx"], "other_id").t(f"|{R.randint(0, 5)}|||||||||||1234567890^MENON^RAVI")
    out.append(x)
    if R.random() < 0.7:
        n = Line("hl7v2")
        n.t("NTE|1||DELIVER TO HOME ").p(fd(fut_date(2), "md0"), "date").t(" AM. GATE CODE ").t(digits(4)).t(". IF NO ANSWER CALL ")
        n.t(p["rel"].upper()).t(" ").p(fold(p["rel_first"]).upper(), "name").t(" ").p(fp(p["rel_phone"], "sp"), "phone")
        out.append(n)
    return out


def g_hl7_n():
    t = CLK.tick()
    ctrl = f"BR{t.strftime('%y%m%d')}{digits(5)}"
    a = Line("hl7v2")
    a.t(f"MSH|^~\\&|PHARMBRIDGE|BAYVIEW|PCS_RX|SUNRISE_LTC_PHARM|{f_hl7(t)}||ACK^O13^ACK|{ctrl}|P|2.5.1")
    b = Line("hl7v2")
    b.t(f"MSA|AA|PB{t.strftime('%y%m%d')}{digits(5)}|Message accepted")
    return [a, b]


# ---- courier webhook (pharmacy delivery) --------------------------------------------
def g_courier():
    p = pp()
    t = CLK.tick()
    L = Line("courier_webhook_json")
    L.t(f'{{"event":"delivery.{R.choice(["completed", "attempted"])}","id":"evt_{hexs(24)}","created":{f_epoch(t)},"order":{{"id":"DLV-{t.strftime("%y%m%d")}-{R.randint(100, 999):04d}","ref":"')
    L.p(p["rx"], "other_id").t('"},"recipient":{"name":"').p(nm(p, "fl"), "name").t('","phone":"').p("+1" + p["phone"], "phone")
    if R.random() < 0.6:
        L.t('","email":"').p(p["email"] or p["rel_email"], "email")
    L.t('","address":{"line1":"').p(p["street"], "address").t('","line2":"').t(p["apt"]).t('","city":"').p(p["city"], "address").t('","state":"CA","postal_code":"').p(p["zip"], "zip")
    L.t('"}},"proof":{"signed_by":"').p(rn(p, R.choice(["FL", "fi_l"])), "name").t('","deliveredAt":"').p(t.strftime("%Y-%m-%dT%H:%M:%S-08:00"), "date")
    L.t(f'"}},"courier":{{"driver_id":"drv_{hexs(10)}","vehicle":"sedan"}}}}')
    return [L]


def g_courier_n():
    t = CLK.tick()
    L = Line("courier_webhook_json")
    L.t(f'{{"event":"route.{R.choice(["dispatched", "completed"])}","id":"evt_{hexs(24)}","created":{f_epoch(t)},"route":{{"id":"rte_{hexs(12)}","stops":{R.randint(4, 20)},"depot":"Sunrise LTC Pharmacy - 1200 Harbor Bay Pkwy, Alameda, CA 94502","eta_minutes":{R.randint(20, 180)}}}}}')
    return [L]


# ---- X12 834 (enrollment) and 270/271 (eligibility) ------------------------------------
def isa(sender, receiver, t, ctrl):
    return (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctrl:09d}*0*P*:~")


def g_834():
    t = CLK.tick()
    ctrl = R.randint(10000, 99999)
    out = []

    def seg(s, lst=None):
        L = Line("x12_834")
        L.t(s)
        out.append(L)
        return L
    seg(isa("CADHCS", "BAYVIEWPACE", t, ctrl))
    seg(f"GS*BE*CADHCS*BAYVIEWPACE*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X220A1~")
    st_i = len(out)
    seg("ST*834*0001*005010X220A1~")
    seg(f"BGN*00*DHCS{t.strftime('%y%m%d')}-{R.randint(100, 999)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}****4~")
    seg("N1*P5*CA DEPT OF HEALTH CARE SERVICES*FI*946000531~")
    seg("N1*IN*BAYVIEW PACE*FI*943312876~")
    for p in R.sample(PPL, R.randint(1, 2)):
        term = R.random() < 0.3
        seg(f"INS*Y*18*{'024' if term else '021'}*{'07' if term else '28'}*A***AC~")
        seg("REF*0F*").p(p["cin"] or p["mbi"], "health_plan").t("~")
        seg("REF*1L*PACE-H8888~")
        if R.random() < 0.6:
            seg("REF*3H*").p(p["case"], "other_id").t("~")
        seg("DTP*356*D8*").p(fd(first_of_next_month(), "compact"), "date").t("~") if not term else seg("DTP*357*D8*").p(fd(dt.date(2024, 3, 31), "compact"), "date").t("~")
        seg("NM1*IL*1*").p(f"{fold(p['last']).upper()}*{fold(p['first']).upper()}*{p['mi']}", "name").t("***34*").p(p["ssn"].replace("-", ""), "ssn").t("~")
        seg("PER*IP**HP*").p(p["phone"], "phone").t("~")
        L = seg("N3*").p(fold(p["street"]).upper(), "address")
        if p["apt"]:
            L.t("*").p(fold(p["apt"]).upper(), "address")
        L.t("~")
        seg("N4*").p(p["city"].upper(), "address").t("*CA*").p(p["zip"], "zip").t("~")
        seg("DMG*D8*").p(fd(p["dob"], "compact"), "date").t(f"*{p['sex']}*{R.choice(['M', 'W', 'I', 'S'])}~")
        seg(f"LUI*LE*{ {'en': 'ENG', 'es': 'SPA', 'vi': 'VIE', 'zh': 'CHI', 'tl': 'TGL', 'ko': 'KOR', 'pl': 'POL', 'ru': 'RUS'}[p['lang']] }**7~")
        seg("HD*024**LTC*PACE~" if term else "HD*021**LTC*PACE~")
        if term:
            seg("DTP*349*D8*").p(fd(dt.date(2024, 3, 31), "compact"), "date").t("~")
        else:
            seg("DTP*348*D8*").p(fd(first_of_next_month(), "compact"), "date").t("~")
    n = len(out) - st_i + 1
    seg(f"SE*{n}*0001~")
    seg(f"GE*1*{ctrl}~")
    seg(f"IEA*1*{ctrl:09d}~")
    return out


def g_270():
    p = pp()
    t = CLK.tick()
    ctrl = R.randint(1000, 9999)
    L = Line("x12_270_271")
    L.t(isa("BAYVIEWPACE", "CAMEDICAL", t, ctrl))
    resp = R.random() < 0.5
    code = "271" if resp else "270"
    L.t(f"GS*{'HB' if resp else 'HS'}*BAYVIEWPACE*CAMEDICAL*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X279A1~")
    L.t(f"ST*{code}*0001*005010X279A1~BHT*0022*{'11' if resp else '13'}*TRN{t.strftime('%Y%m%d')}-{R.randint(100, 999)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~")
    L.t("HL*1**20*1~NM1*PR*2*CA DEPT OF HEALTH CARE SVCS*****PI*610442~HL*2*1*21*1~NM1*1P*2*BAYVIEW PACE*****XX*1578903421~HL*3*2*22*0~")
    L.t(f"TRN*1*{R.randint(10000, 99999)}-{R.randint(10, 99)}*9877281234~NM1*IL*1*").p(f"{fold(p['last']).upper()}*{fold(p['first']).upper()}", "name")
    L.t("****MI*").p(p["cin"] or p["mbi"], "health_plan").t("~DMG*D8*").p(fd(p["dob"], "compact"), "date").t(f"*{p['sex']}~")
    if resp:
        L.t("DTP*307*RD8*").p("20240301", "date").t("-").p("20240331", "date").t("~EB*1*IND*30**MEDI-CAL FULL SCOPE~EB*R**30*HM*BAYVIEW PACE~SE*16*0001~")
    else:
        L.t("DTP*291*D8*").p(fd(TODAY, "compact"), "date").t("~EQ*30~SE*13*0001~")
    L.t(f"GE*1*{ctrl}~IEA*1*{ctrl:09d}~")
    return [L]


def g_x12_n():
    t = CLK.tick()
    ctrl = R.randint(1000, 9999)
    L = Line("x12_270_271")
    L.t(isa("CAMEDICAL", "BAYVIEWPACE", t, ctrl))
    L.t(f"GS*FA*CAMEDICAL*BAYVIEWPACE*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctrl}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*{R.randint(1000, 9999)}*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{ctrl}~IEA*1*{ctrl:09d}~")
    return [L]


# ---- CMS MARx transaction reply (fixed width) ----------------------------------------
TRC = [("011", "ENROLLMENT ACCEPTED AS SUBMITTED"), ("013", "DISENROLLMENT ACCEPTED AS SUBMITTED"),
       ("015", "ENROLLMENT CANCELLED"), ("204", "ENROLLMENT REJECTED - INVALID MBI"),
       ("018", "AUTOMATIC DISENROLLMENT")]


def g_trr():
    p = pp()
    CLK.tick()
    L = Line("marx_trr")
    code, desc = pick(TRC)
    ln = fold(p["last"]).upper().replace(" ", "")[:12]
    fn = fold(p["first"]).upper().replace(" ", "")[:7]
    L.t("H8888 001 ").p(p["mbi"], "health_plan").t(" ").p(ln, "name").t(" " * (12 - len(ln) + 1)).p(fn, "name").t(" " * (7 - len(fn)))
    L.t(f" {p['sex']} ").p(fd(p["dob"], "compact"), "date").t(f" 61 {code} ").p(fd(first_of_next_month() if code != "013" else dt.date(2024, 3, 31), "compact"), "date").t(f" {desc}")
    return [L]


def g_trr_n():
    CLK.tick()
    L = Line("marx_trr")
    if R.random() < 0.5:
        L.t(f"HDR TRR H8888 {TODAY.strftime('%Y%m%d')} PROD WEEKLY RPT-{R.randint(1000, 9999)} FILE P.R0888.TRRWK.D{TODAY.strftime('%y%m%d')}.T{R.randint(0, 23):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}")
    else:
        L.t(f"TRL TRR H8888 RECORDS={R.randint(100, 900):07d} ACCEPTED={R.randint(80, 700):07d} REJECTED={R.randint(0, 20):07d}")
    return [L]


# ---- legacy on-prem care system: PSV exports and syslog --------------------------------
ENRL_HDR = "CHART_NO|LAST_NM|FIRST_NM|MI|DOB|SEX|ADDR1|ADDR2|CITY|ST|ZIP|HOME_PH|RESP_PARTY|RESP_REL|RESP_PH|RESP_FAX|SSN|MCARE_ID|MCAID_ID|ENRL_DT|SITE|ACCT_NO"
ATT_HDR = "CHART_NO|SVC_DT|SITE|IN_TM|OUT_TM|TRANSPORT|MEALS|UNITS"


def g_psv():
    out = []
    kind = "ENRL" if R.random() < 0.55 else "ATTEND"
    if kind == "ENRL":
        if R.random() < 0.75:
            h = Line("legacy_psv")
            h.t(ENRL_HDR)
            out.append(h)
        for _ in range(R.randint(2, 4)):
            p = pp()
            L = Line("legacy_psv")
            L.p(p["chart"], "mrn").t("|").p(fold(p["last"]).upper(), "name").t("|").p(fold(p["first"]).upper(), "name").t(f"|{p['mi']}|")
            L.p(fd(p["dob"], "mdy"), "date").t(f"|{p['sex']}|").p(fold(p["street"]).upper(), "address").t("|")
            if p["apt"]:
                L.p(fold(p["apt"]).upper(), "address")
            L.t("|").p(p["city"].upper(), "address").t("|CA|").p(p["zip"], "zip").t("|").p(p["phone"], "phone").t("|")
            L.p(f"{fold(p['rel_last']).upper()},{fold(p['rel_first']).upper()}", "name").t(f"|{p['rel'][:3].upper()}|").p(p["rel_phone"], "phone").t("|")
            if R.random() < 0.3:
                L.p(phone_num(), "fax")
            L.t("|")
            if R.random() < 0.6:
                L.p(p["ssn"], "ssn")
            L.t("|").p(p["mbi"], "health_plan").t("|")
            if p["cin"]:
                L.p(p["cin"], "health_plan")
            L.t("|").p(fd(past_date(2000, 60).replace(day=1), "mdy"), "date").t(f"|{p['site']}|").p(p["acct"], "account")
            out.append(L)
    else:
        if R.random() < 0.6:
            h = Line("legacy_psv")
            h.t(ATT_HDR)
            out.append(h)
        for _ in range(R.randint(2, 5)):
            p = pp()
            L = Line("legacy_psv")
            L.p(p["chart"], "mrn").t("|").p(fd(TODAY, "mdy"), "date").t(f"|{p['site']}|0{R.randint(7, 9)}{R.randint(0, 59):02d}|{R.randint(13, 15)}{R.randint(0, 59):02d}|{R.choice(['V', 'V', 'F', 'S'])}|{R.randint(1, 2)}|{R.randint(4, 7)}")
            out.append(L)
    if R.random() < 0.5:
        tr = Line("legacy_psv")
        tr.t(f"TRL|{kind}_{TODAY.strftime('%Y%m%d')}.psv|ROWS={R.randint(100, 500):06d}|GEN=CAREHOST01|{f_hl7(CLK.t)}")
        out.append(tr)
    CLK.tick()
    return out


def sy_head(L, pri, prog):
    L.t(f"<{pri}>{f_syslog(CLK.tick())} carehost01 {prog}[{R.choice([2211, 2211, 3140, 812])}]: ")


def g_syslog():
    p = pp()
    L = Line("syslog_3164")
    k = R.choice(["dup", "zip", "bad", "print"])
    if k == "dup":
        sy_head(L, 132, "exportd")
        L.t("ENRL duplicate MCAID_ID ").p(p["cin"] or "91234567Q", "health_plan").t(" on charts ").p(p["chart"], "mrn").t(",").p(f"00{R.randint(10000, 99999)}", "mrn")
    elif k == "zip":
        sy_head(L, 131, "exportd")
        L.t(f"reject row {R.randint(2, 400)}: bad ZIP '{p['zip'][:4]}' for chart ").p(p["chart"], "mrn").t(" ").p(nm(p, "LFf").replace(", ", ","), "name")
    elif k == "bad":
        sy_head(L, 131, "careapp")
        L.t("SQLCODE -803 inserting PARTICIPANT chart=").p(p["chart"], "mrn").t(" ssn=").p(p["ssn"], "ssn").t(" (duplicate key)")
    else:
        sy_head(L, 134, "lpd")
        L.t(f"printed face sheet for chart ").p(p["chart"], "mrn").t(" (").p(nm(p, "LFf"), "name").t(f") on PRN-NURSE-{R.randint(1, 3)}")
    return [L]


def g_syslog_n():
    L = Line("syslog_3164")
    k = R.choice(["cron", "wrote", "sftp", "disk", "sshd"])
    if k == "cron":
        sy_head(L, 78, "CRON")
        L.t("(carebatch) CMD (/opt/care/bin/nightly_export.sh ENRL ATTEND MEDLIST >> /var/log/care/export.log 2>&1)")
    elif k == "wrote":
        sy_head(L, 134, "exportd")
        L.t(f"wrote /export/out/{R.choice(['ENRL', 'ATTEND', 'MEDLIST'])}_{TODAY.strftime('%Y%m%d')}.psv rows={R.randint(100, 500)} bytes={R.randint(20000, 300000)} md5={hexs(32)}")
    elif k == "sftp":
        sy_head(L, 134, "sftp-push")
        L.t(f"put ATTEND_{TODAY.strftime('%Y%m%d')}.psv -> sftp://files.bayviewpace.org:2222/inbound/ ok ({R.uniform(0.2, 3):.1f}s)")
    elif k == "disk":
        sy_head(L, 132, "diskmon")
        L.t(f"/u01 usage {R.randint(70, 92)}% (warn at 85%)")
    else:
        sy_head(L, 86, "sshd")
        L.t(f"Accepted publickey for carebatch from {priv_ip()} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{rand_b64(32)[:43]}")
    return [L]


# ---- .NET stack traces and EF Core console logs ------------------------------------------
def g_stack():
    p = pp()
    out = []
    h = Line("dotnet_stacktrace")
    sl_head(h, "ERR", "Bayview.Enrollment.Api.Middleware.ExceptionMiddleware")
    h.t(f"Unhandled exception for POST /api/enrollments/{uid4()}/approve TraceId {trace()}")
    out.append(h)
    e = Line("dotnet_stacktrace")
    s1 = dt.date(2023, R.randint(6, 11), 1)
    e.t("System.InvalidOperationException: Overlapping enrollment spans for participant ").p(p["pid"], "mrn").t(" (").p(fd(s1, "iso"), "date").t(" - ").p(fd(dt.date(2024, 2, 29), "iso"), "date").t(" vs ").p(fd(dt.date(2024, 2, 1), "iso"), "date").t(" - open)")
    out.append(e)
    for fr in R.sample([
            "   at Bayview.Enrollment.Domain.EnrollmentSpan.EnsureNoOverlap(IEnumerable`1 spans) in /src/Bayview.Enrollment.Domain/EnrollmentSpan.cs:line 88",
            "   at Bayview.Enrollment.Services.EnrollmentService.ApproveAsync(Guid enrollmentId, CancellationToken ct) in /src/Bayview.Enrollment/Services/EnrollmentService.cs:line 214",
            "   at Bayview.Enrollment.Api.Controllers.EnrollmentsController.Approve(Guid id) in /src/Bayview.Enrollment.Api/Controllers/EnrollmentsController.cs:line 61",
            "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
            "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)"], R.randint(2, 4)):
        f = Line("dotnet_stacktrace")
        f.t(fr)
        out.append(f)
    return out


def g_stack_n():
    out = []
    h = Line("dotnet_stacktrace")
    sl_head(h, "ERR", "Bayview.Care.Jobs.AttendanceRollupJob")
    h.t(f"Job AttendanceRollupJob failed (attempt {R.randint(1, 3)}/5), JobId {R.randint(18000, 19999)}")
    out.append(h)
    e = Line("dotnet_stacktrace")
    e.t(f"Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.")
    out.append(e)
    for fr in ["   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__208_0(Task`1 result)",
               "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
               "   at Bayview.Care.Jobs.AttendanceRollupJob.ExecuteAsync(PerformContext ctx) in /src/Bayview.Care.Jobs/AttendanceRollupJob.cs:line 47",
               f"ClientConnectionId:{uid4()}",
               "Error Number:-2,State:0,Class:11"][:R.randint(3, 5)]:
        f = Line("dotnet_stacktrace")
        f.t(fr)
        out.append(f)
    return out


def g_ef():
    p = pp()
    CLK.tick()
    a = Line("efcore_console")
    a.t("info: Microsoft.EntityFrameworkCore.Database.Command[20101]")
    b = Line("efcore_console")
    b.t(f"      Executed DbCommand ({R.randint(1, 60)}ms) [Parameters=[@p0='").p(p["pid"], "mrn").t("' (Nullable = false) (Size = 12), @p1='")
    b.p(fd(p["dob"], "iso_t7"), "date").t("' (Nullable = true) (DbType = DateTime2), @p2='").p(p["last"], "name").t("' (Size = 100), @p3='")
    if R.random() < 0.5:
        b.p(p["email"] or p["rel_email"], "email")
    else:
        b.p(fp(p["phone"], "paren"), "phone")
    b.t("' (Size = 256)], CommandType='Text', CommandTimeout='30']")
    c = Line("efcore_console")
    c.t("      UPDATE [care].[Participants] SET [DateOfBirth] = @p1, [LastName] = @p2, [PrimaryContact] = @p3 OUTPUT 1 WHERE [ParticipantId] = @p0;")
    return [a, b, c]


def g_ef_n():
    CLK.tick()
    a = Line("efcore_console")
    a.t(f"{R.choice(['info', 'warn'])}: Microsoft.EntityFrameworkCore.Database.Command[{R.choice([20101, 20101, 10100])}]")
    b = Line("efcore_console")
    b.t(f"      Executed DbCommand ({R.randint(1, 900)}ms) [Parameters=[@__siteId_0='?' (DbType = Int32), @__day_1='?' (DbType = Date)], CommandType='Text', CommandTimeout='30']")
    c = Line("efcore_console")
    c.t("      SELECT COUNT(*) FROM [care].[Attendance] AS [a] WHERE [a].[SiteId] = @__siteId_0 AND [a].[ServiceDate] = @__day_1")
    return [a, b, c]


# ---- portal audit JSON ------------------------------------------------------------------
def g_audit(k=None):
    p = pp()
    t = CLK.tick()
    L = Line("portal_audit_json")
    L.t(f'{{"auditId":"{uid4()}","occurredUtc":"{f_utc_ms(t)}","actor":{{"type":"{R.choice(["Proxy", "Participant"])}","userName":"').p(p["user"], "other_id")
    L.t('","ip":"').p(p["ip"], "ip").t('"},')
    k = k or R.choice(["contact", "idproof", "tablet", "website"])
    if k == "contact":
        L.t('"action":"UpdateContactInfo","subject":{"participantId":"').p(p["pid"], "mrn").t('"},"changes":[{"field":"HomePhone","old":"').p(fp(p["phone"], "paren"), "phone")
        L.t('","new":"').p(fp(phone_num(), "paren"), "phone").t('"},{"field":"Email","old":null,"new":"').p(p["email"] or p["rel_email"], "email").t('"}]}')
    elif k == "idproof":
        L.t('"action":"IdentityProofing","subject":{"participantId":"').p(p["pid"], "mrn").t('"},"idDocument":{"type":"').t(R.choice(["CA_DL", "CA_ID_CARD"])).t('","number":"').p(p["dl"], "license")
        L.t('","issuer":"CA DMV"},"dob":"').p(fd(p["dob"], "iso"), "date").t('","result":"PASS","vendor":"Socure"}')
    elif k == "tablet":
        L.t('"action":"RegisterTelehealthDevice","subject":{"participantId":"').p(p["pid"], "mrn").t('"},"device":{"model":"Samsung Galaxy Tab A8","imei":"').p(p["imei"], "device").t('","mdm":"enrolled"}}')
    else:
        slug = fold(p["first"]).lower().replace(" ", "") + "." + fold(p["last"]).lower().replace(" ", "").replace("'", "")
        L.t('"action":"UpdateProfile","subject":{"participantId":"').p(p["pid"], "mrn").t('"},"changes":[{"field":"PersonalWebsite","new":"').p(f"https://www.facebook.com/{slug}", "url").t('"}]}')
    return [L]


def g_audit_n():
    t = CLK.tick()
    L = Line("portal_audit_json")
    L.t(f'{{"auditId":"{uid4()}","occurredUtc":"{f_utc_ms(t)}","actor":{{"type":"System","userName":"svc-portal-sync","ip":"{priv_ip()}"}},"action":"{R.choice(["RotateSigningKey", "PurgeExpiredSessions", "SyncContentPages"])}","result":"Success","count":{R.randint(0, 400)},"durationMs":{R.randint(10, 9000)}}}')
    return [L]


# ---- Prometheus metrics (scraped text exposition) ----------------------------------------
def g_prom_n():
    CLK.tick()
    L = Line("prom_metrics")
    site = pick(["riverbend", "fruitvale", "hayward"])
    L.t(R.choice([
        f'pace_kiosk_checkins_total{{site="{site}",method="rfid"}} {R.randint(20, 140)}',
        f'pace_sched_route_solve_seconds_bucket{{le="5.0"}} {R.randint(100, 400)}',
        f'http_server_requests_seconds_count{{app="enrollment-api",uri="/api/eligibility/batch",status="202"}} {R.randint(100, 9000)}',
        f'pace_van_gps_lag_seconds{{van="VAN-{R.randint(1, 16):02d}"}} {R.uniform(0.5, 30):.3f}',
        f'pace_evv_exceptions_total{{code="15",aggregator="hhax"}} {R.randint(0, 40)}',
        f'process_resident_memory_bytes{{job="rx-bridge"}} {R.randint(100, 900) * 1048576}',
        f'pace_meal_tickets_printed_total{{site="{site}",meal="lunch"}} {R.randint(40, 120)}']))
    return [L]


# ================================================================= driver
PHI_GENS = [(g_kiosk, 8), (g_signin, 4), (g_serilog, 7), (g_clef, 6), (g_nlog, 6), (g_py, 7),
            (g_uvicorn, 3), (g_nginx, 5), (g_logcat, 6), (g_telem, 4), (g_idt, 2), (g_evv, 3),
            (g_meal, 2), (g_meal_hdm, 2), (g_hl7, 3), (g_courier, 4), (g_834, 1), (g_270, 3),
            (g_trr, 4), (g_psv, 3), (g_syslog, 4), (g_stack, 1), (g_ef, 1.5), (g_audit, 4)]
NOISE_GENS = [(g_kiosk_n, 7), (g_signin_n, 3), (g_serilog_n, 8), (g_clef_n, 5), (g_nlog_n, 6),
              (g_py_n, 7), (g_uvicorn_n, 4), (g_nginx_n, 4), (g_logcat_n, 7), (g_telem_n, 7),
              (g_evv_n, 1), (g_meal_n, 3), (g_hl7_n, 2), (g_courier_n, 2), (g_x12_n, 2),
              (g_trr_n, 1), (g_syslog_n, 5), (g_stack_n, 1), (g_ef_n, 2), (g_audit_n, 2), (g_prom_n, 4)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


FORCED = [lambda: g_kiosk("enroll"), lambda: g_nlog("fax"), lambda: g_audit("idproof"),
          lambda: g_signin("pickup"), lambda: g_nlog("url"), lambda: g_clef("pers"), lambda: g_kiosk("fp"),
          lambda: g_serilog("proxy"), lambda: g_idt("e"), lambda: g_audit("tablet"), lambda: g_serilog("idv"),
          lambda: g_nlog("reset"), lambda: g_kiosk("enroll"), lambda: g_audit("website"), lambda: g_nlog("fax"),
          lambda: g_834(), lambda: g_kiosk("fp"), lambda: g_signin("pickup"), lambda: g_serilog("age"),
          lambda: g_nlog("bday"), lambda: g_idt("f"), lambda: g_serilog("age"), lambda: g_idt("a"), lambda: g_kiosk("bday"),
          lambda: g_audit("contact"), lambda: g_nlog("reset"), lambda: g_audit("idproof"),
          lambda: g_kiosk("enroll"), lambda: g_clef("pers")]
CAPS = {"x12_834": 26, "idt_note": 46, "meal_ticket": 34, "hl7v2": 34, "dotnet_stacktrace": 22, "efcore_console": 21}


def build():
    lines = []
    forced = list(FORCED)
    step = N_LINES // (len(FORCED) + 1)
    while len(lines) < N_LINES:
        if forced and len(lines) >= step * (len(FORCED) - len(forced) + 1):
            art = forced[0]()
            if len(lines) + len(art) <= N_LINES:
                forced.pop(0)
                lines += art
            continue
        noise = sum(1 for L in lines if not L.spans)
        want_noise = (noise < NOISE_TARGET * (len(lines) + 1))
        g = wchoice(NOISE_GENS if want_noise else PHI_GENS)
        art = g()
        if len(lines) + len(art) > N_LINES:
            continue
        fam = art[0].family
        if sum(1 for L in lines if L.family == fam) + len(art) > CAPS.get(fam, 40):
            continue
        lines += art
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        for (a, e, c), v in zip(L.spans, L.vals):
            assert b[a:e].decode("utf-8") == v, (i, v)
        prev = 0
        for a, e, c in sorted(L.spans):
            assert a >= prev, ("overlap", i, s)
            prev = e
        if L.family.endswith("json"):
            json.loads(s)
        log_out.append(s)
        lab_out.append(json.dumps({"line": i, "family": L.family,
                                   "spans": [{"s": a, "e": e, "cat": c} for a, e, c in L.spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")
    # summary
    from collections import Counter
    cats = Counter(c for L in lines for _, _, c in L.spans)
    fams = Counter(L.family for L in lines)
    clean = sum(1 for L in lines if not L.spans)
    print(f"lines={len(lines)} clean={clean} ({100 * clean / len(lines):.1f}%) spans={sum(cats.values())}")
    print("cats:", dict(sorted(cats.items(), key=lambda x: -x[1])))
    print("families:", len(fams), dict(sorted(fams.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
