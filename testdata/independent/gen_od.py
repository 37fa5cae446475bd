#!/usr/bin/env python3
"""gen_od.py -- synthetic, labeled log corpus (ID=od).

Theme: Northgate Medical Evaluations, an independent medical examination (IME)
and utilization review vendor for workers' compensation and auto (PIP/no-fault)
insurers.  Mixed log stream of: email-to-case referral parser (Python logging),
X12 837 claim segments, FROI/SROI-like pipe records, FastAPI scheduling service
(uvicorn access/startup lines, structlog JSON and console renderers, Python
tracebacks), interpreter/transportation bookings (CSV and vendor pipe rows),
records-retrieval tracker (logfmt: subpoenas, Bates ranges, page counts),
dictation/transcription queue log, peer-review determinations (JSON), state
jurisdiction filings (XML), physician/claimant payments (NACHA ACH 94-char
records), claimant portal (IIS W3C + ASP.NET Serilog text and CLEF JSON),
Zendesk tickets (API JSON + webhook log) and SQL Server Agent job history /
SQLAGENT.OUT, with claimant statements in English and Spanish.

Every person and identifier is synthetic.  Standard library only, fixed seed.
Writes od.log (500 lines) and od.labels.jsonl next to this file.

Labeling decisions:
- Persons whose identifiers are labeled: claimants (injured workers, auto
  claimants/insureds who are examined), their relatives and household contacts
  named in their statements or records.  NOT labeled: examining/reviewing
  physicians, requesting providers, adjusters, nurses, schedulers,
  transcriptionists, interpreters, drivers, support agents, claimants'
  attorneys and law firms, employers, carriers, clinics, custodians, banks.
- name: any written form of a claimant/relative name (full, "Last, First",
  upper/lower case, initial + surname, URL-encoded, truncated by a DB error).
  Separate last/first fields (X12 NM1, XML, FROI, CSV) are separate spans.
  Bare first names of relatives in statements are labeled.
- address: claimant street line (with unit) is one span, city is a separate
  span, geocode lat/lon values each a span; the state
  alone is never labeled.  zip: 5-digit or ZIP+4 / 9-digit as one span.
  Business/clinic/provider/carrier addresses are not labeled.
- date: claimant date of birth, date of injury/accident, exam/appointment
  date(-time), dates of service and medical-records date ranges, in any form
  (including "January 9th", "4 de marzo" without year).  NOT labeled: log
  timestamps, file/batch/effective dates, subpoena served/due dates, received/
  decision/filing dates, report due dates, ticket created_at, staff
  out-of-office dates, examiner availability windows, and bare years.
- age: only ages over 89; younger ages are left unlabeled.
- phone/fax/email: claimant or relative contact data only; staff and business
  phone/fax/email (adjusters, referrals@ mailbox, vendors) are not labeled.
- ssn: full SSNs in any punctuation, and SSN last-4 fields (SSNLast4).
- mrn: hospital/clinic medical record numbers of the claimant from records.
- health_plan: payer member/subscriber/policy IDs of the person (auto PIP
  policy no. used as NM1*IL MI, group health member IDs, Medicare MBI).
- account: patient control/account numbers (CLM01, patient_acct), the
  claimant's bank account number in ACH entries, card numbers a claimant types.
  Routing numbers and physicians'/business bank accounts are not labeled.
- license: claimant driver's licence numbers.  Physician licences/NPI/TIN are not.
- vehicle: VIN and plate of the claimant's/insured's vehicle.
- device: serial numbers/IMEI of a claimant's device (TENS unit, phone IMEI).
- url: personal URLs of a claimant (social media profile).  Portal URLs are
  not labeled as url; identifiers inside them (claim no. etc.) are.
- ip: the public client IP of an authenticated claimant portal request or a
  claimant login attempt.  Private/internal IPs, load balancer and monitoring
  or crawler IPs are not labeled.
- biometric: fingerprint / face templates of a claimant (check-in, ID
  verification).  photo: base64 JPEG of a claimant's photo ID / selfie.
- other_id: identifiers bound 1:1 to a claimant or a claimant's case: carrier
  claim numbers, jurisdiction claim numbers (JCN, EAMS ADJ, WCB, IWCC),
  Northgate case numbers (IME-...), peer-review/UR determination IDs,
  subpoena numbers, internal claimant_id, portal usernames, Zendesk
  requester_id of a claimant end-user.  NOT labeled: workflow/transaction IDs
  (booking confirmations, records-request job RR-..., dictation job numbers,
  Zendesk ticket ids, invoice numbers, ACH trace numbers, batch ids, filing
  acknowledgement tracking numbers), Bates numbers, trace/span/request IDs,
  UUIDs, hashes, examiner IDs, NPI, FEIN.
- Identifiers inside URLs, query strings, SQL parameters and error strings are
  labeled exactly like free-standing ones; only the identifier's bytes are
  spanned, never surrounding quotes, keys or padding.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

ID = "od"
R = random.Random(101)
TARGET_LINES = 500
TARGET_PHI = 225  # ~45% lines with PHI, ~55% without


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.pos = 0
        self.spans = []

    def t(self, *parts):
        for s in parts:
            s = str(s)
            self.buf.append(s)
            self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        n = len(s.encode("utf-8"))
        if cat and n:
            self.spans.append((self.pos, self.pos + n, cat, s))
        self.buf.append(s)
        self.pos += n
        return self

    def text(self):
        return "".join(self.buf)


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = "1" + digits(8)
    return base + luhn_check("80840" + base)


def aba(prefix8):
    d = [int(x) for x in prefix8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return prefix8 + str((10 - s % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "2T1", "3FA", "5YJ", "JM1", "KNA", "1FT", "WBA", "4T1", "1C4"])
    vds = "".join(pick(VIN_CH) for _ in range(5))
    yr = pick("HJKLMN")
    rest = pick("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    v = wmi + vds + "0" + yr + rest
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + pick(L) + pick(AN) + str(R.randint(0, 9)) + pick(L) + pick(AN)
            + str(R.randint(0, 9)) + pick(L) + pick(L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def D(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "yymmdd":
        return d.strftime("%y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mon":
        return d.strftime("%d-") + MON[d.month - 1][:3].upper() + d.strftime("-%Y")
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MON[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "es_noyear":
        return f"{d.day} de {MES[d.month - 1]}"
    if style == "en_noyear":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MON[d.month - 1]} {d.day}{suf}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def P(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
        "raw": num, "e164": f"+1{num}", "intl": f"+1 {a} {b} {c}", "one": f"1-{a}-{b}-{c}",
        "paren_tight": f"({a}){b}-{c}",
    }[style]


def pyrepr(s):
    if "'" in s and '"' not in s:
        return '"', s, '"'
    return "'", s.replace("'", "\\'"), "'"


# --------------------------------------------------------------------------
# reference data (businesses/staff: never labeled)
# --------------------------------------------------------------------------
CITIES = [
    ("Bakersfield", "CA", "93304", "Kern", 35.37, -119.02),
    ("Fresno", "CA", "93722", "Fresno", 36.80, -119.88),
    ("Chula Vista", "CA", "91910", "San Diego", 32.64, -117.06),
    ("Oxnard", "CA", "93030", "Ventura", 34.20, -119.18),
    ("El Paso", "TX", "79912", "El Paso", 31.84, -106.53),
    ("Laredo", "TX", "78041", "Webb", 27.55, -99.47),
    ("Houston", "TX", "77036", "Harris", 29.70, -95.54),
    ("Tacoma", "WA", "98405", "Pierce", 47.25, -122.47),
    ("Yakima", "WA", "98902", "Yakima", 46.59, -120.53),
    ("Yonkers", "NY", "10701", "Westchester", 40.94, -73.88),
    ("Buffalo", "NY", "14211", "Erie", 42.91, -78.82),
    ("Paterson", "NJ", "07501", "Passaic", 40.92, -74.17),
    ("Hialeah", "FL", "33012", "Miami-Dade", 25.86, -80.30),
    ("Kissimmee", "FL", "34741", "Osceola", 28.30, -81.42),
    ("Toledo", "OH", "43609", "Lucas", 41.63, -83.58),
    ("Aurora", "IL", "60505", "Kane", 41.75, -88.30),
    ("Gary", "IN", "46404", "Lake", 41.59, -87.39),
    ("Lowell", "MA", "01852", "Middlesex", 42.63, -71.30),
    ("Hilo", "HI", "96720", "Hawaii", 19.70, -155.08),
    ("Albuquerque", "NM", "87105", "Bernalillo", 35.04, -106.70),
]
STREETS = ["Calle Alondra", "N Magnolia Ave", "W Olive St", "Kamehameha Ave", "Old Spanish Trl",
           "Rue Orleans Ct", "S Pulaski Rd", "Bayshore Blvd", "E Mulberry Ln", "Avenida del Sol",
           "Tyler St", "Lakeview Ter", "Dr Martin Luther King Jr Blvd", "County Road 12",
           "Pinecrest Dr", "NW 79th St", "Elm St", "Ridgeway Ave", "Calle Sonora", "Oak Hollow Ct",
           "Van Buren Pl", "Kilauea Ave", "Palisade Ave", "Chestnut Hill Rd"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Trlr 17", " Apt 1-R", " Bldg C Apt 8"]

CARRIERS = {
    "CA": ("Pinnacle Mutual Insurance Co", "PMIC7", "WC", "jhartley@pinnacle-mutual.com", "Jenna Hartley"),
    "TX": ("Lone Star Employers Mutual", "LSEM1", "WC", "r.benavides@lsemutual.com", "Rolando Benavides"),
    "NM": ("Lone Star Employers Mutual", "LSEM1", "WC", "r.benavides@lsemutual.com", "Rolando Benavides"),
    "WA": ("Cascade Comp Self-Insured Group", "CCSIG", "WC", "dwhitfield@cascadecomp.com", "Dana Whitfield"),
    "HI": ("Cascade Comp Self-Insured Group", "CCSIG", "WC", "dwhitfield@cascadecomp.com", "Dana Whitfield"),
    "OH": ("Great Lakes Indemnity", "GLIND", "WC", "pkrause@greatlakesindemnity.com", "Paula Krause"),
    "IL": ("Great Lakes Indemnity", "GLIND", "WC", "pkrause@greatlakesindemnity.com", "Paula Krause"),
    "IN": ("Great Lakes Indemnity", "GLIND", "WC", "pkrause@greatlakesindemnity.com", "Paula Krause"),
    "NY": ("Keystone Auto Casualty", "KSTNE", "AUTO", "marcus.obi@keystoneauto.com", "Marcus Obi"),
    "NJ": ("Keystone Auto Casualty", "KSTNE", "AUTO", "marcus.obi@keystoneauto.com", "Marcus Obi"),
    "MA": ("Keystone Auto Casualty", "KSTNE", "AUTO", "marcus.obi@keystoneauto.com", "Marcus Obi"),
    "FL": ("Sunshine State Auto", "SUNSA", "AUTO", "claims.pip@sunshinestateauto.com", "Yolanda Fraser"),
}
EMPLOYERS = ["Valley Fresh Packing LLC", "Delmar Logistics Inc", "St. Agnes Home Health",
             "Rio Grande Concrete Co", "Puget Sound Stevedoring", "Maumee Bay Foundry",
             "Fox River Distribution", "Kona Coast Resorts LLC", "Sandia Roofing Inc",
             "Harris County Hauling", "Tri-Valley School District", "Gulf Breeze Poultry"]
EXAMINERS = [
    {"name": "Dr. Anil Patel", "first": "Anil", "last": "Patel", "id": "PH-2231", "spec": "Orthopedic Surgery"},
    {"name": "Dr. Rebecca Thornquist", "first": "Rebecca", "last": "Thornquist", "id": "PH-1187", "spec": "Neurology"},
    {"name": "Dr. Luis Echeverría", "first": "Luis", "last": "Echeverria", "id": "PH-3042", "spec": "PM&R"},
    {"name": "Dr. Hannah Cho", "first": "Hannah", "last": "Cho", "id": "PH-0975", "spec": "Psychiatry"},
    {"name": "Dr. Oluwadamilare Adeyemi", "first": "Oluwadamilare", "last": "Adeyemi", "id": "PH-2710", "spec": "Chiropractic"},
    {"name": "Dr. Mark Feldman", "first": "Mark", "last": "Feldman", "id": "PH-1450", "spec": "Internal Medicine"},
    {"name": "Dr. Sunita Rao-Bhatt", "first": "Sunita", "last": "Rao-Bhatt", "id": "PH-3318", "spec": "Occupational Medicine"},
]
for e in EXAMINERS:
    e["npi"] = npi()
    e["lic"] = pick(["A", "G", "C"]) + digits(6)
STAFF = ["kim.tran", "rsolis", "b.nakamura", "jpetrosyan", "amcgrath", "lfonseca"]
AGENTS = ["Kim Tran", "Rosa Solis", "Brent Nakamura", "Jasmine Petrosyan"]
INTERPRETERS = [("Leticia Arroyo", "CCHI-204417", "Spanish"), ("Thu Ha Pham", "CMI-88213", "Vietnamese"),
                ("Grigor Avetisyan", "CCHI-119204", "Armenian"), ("Maile Kahananui", "NBCMI-5521", "Tagalog"),
                ("Ahmed Farouk", "CCHI-301877", "Arabic"), ("Wen Li", "CMI-40019", "Mandarin")]
CLINICS = [("NGME Bakersfield", "5300 Truxtun Ave Ste 110", "Bakersfield", "CA", "93309"),
           ("NGME El Paso", "1700 N Zaragoza Rd Ste 204", "El Paso", "TX", "79936"),
           ("NGME Tacoma", "3315 S 23rd St Ste 300", "Tacoma", "WA", "98405"),
           ("NGME White Plains", "50 Main St Ste 1000", "White Plains", "NY", "10606"),
           ("NGME Doral", "8405 NW 53rd St Ste B-101", "Doral", "FL", "33166"),
           ("NGME Toledo", "3950 Sunforest Ct Ste 200", "Toledo", "OH", "43623")]
CUSTODIANS = ["Kern Medical Center HIM", "Baylor Scott & White ROI Dept", "MultiCare Tacoma General HIM",
              "Jackson Health System - Release of Information", "ProMedica Toledo Hospital",
              "Ciox Health obo Rush Copley", "Queen's North Hawaii Community Hospital",
              "St. Joseph's University Medical Center", "Lovelace Medical Center HIM"]
ICD = [("S39.012A", "Strain of muscle of lower back"), ("S83.241A", "Medial meniscus tear, right knee"),
       ("M54.16", "Radiculopathy, lumbar region"), ("S13.4XXA", "Sprain of cervical spine"),
       ("S46.011A", "Rotator cuff strain, right shoulder"), ("F43.10", "Post-traumatic stress disorder"),
       ("G56.01", "Carpal tunnel syndrome, right"), ("S06.0X0A", "Concussion w/o LOC")]

FIRST = [("Tomasz", "M", "en"), ("María José", "F", "es"), ("Ngozi", "F", "en"), ("Siobhan", "F", "en"),
         ("Rafael", "M", "es"), ("Guadalupe", "F", "es"), ("DeShawn", "M", "en"), ("Mei-Ling", "F", "en"),
         ("Oluwaseun", "M", "en"), ("Priya", "F", "en"), ("Dmitri", "M", "en"), ("Jean-Luc", "M", "en"),
         ("Xiomara", "F", "es"), ("Yusuf", "M", "en"), ("Leilani", "F", "en"), ("Hiroshi", "M", "en"),
         ("Fatima", "F", "en"), ("José Luis", "M", "es"), ("Bjørn", "M", "en"), ("Anh", "F", "en"),
         ("Kwame", "M", "en"), ("Renée", "F", "en"), ("Raúl", "M", "es"), ("Zofia", "F", "en"),
         ("Imani", "F", "en"), ("Connor", "M", "en"), ("Svetlana", "F", "en"), ("Chinedu", "M", "en"),
         ("Alejandra", "F", "es"), ("Wei", "M", "en"), ("Nadia", "F", "en"), ("Ignacio", "M", "es"),
         ("Keanu", "M", "en"), ("Dolores", "F", "es"), ("Herminio", "M", "es"), ("Agnieszka", "F", "en")]
LAST_EN = ["Kowalczyk", "Okafor", "O'Brien", "Washington", "Chen-Whitaker", "Adeyemi-Cole",
           "Raghunathan", "Volkov", "Delacroix", "Al-Hassan", "Kealoha", "Yamamoto", "Haddad",
           "Lindqvist", "Nguyen", "Mensah", "St. John", "van der Berg", "Abernathy", "MacLeod",
           "Ivanova", "Eze", "Zhao", "Papadopoulos", "Begay", "Fitzgerald", "D'Angelo", "Szabo",
           "McAllister", "Tran", "Kaur"]
LAST_ES = ["García-Márquez", "Villanueva", "Ramírez Ortega", "De la Cruz", "dos Santos",
           "Castañeda", "Benítez", "Quiñones", "Ruiz", "Ibarra Soto", "Peña"]
REL_F = ["Xiomara", "Marisol", "Aiyana", "Beatriz", "Olamide", "Maeve", "Tatiana", "Rosalind", "Nalani"]
REL_M = ["Darnell", "Luca", "Kenji", "Esteban", "Hamza", "Joaquín", "Pavel"]
RELS_F = ["wife", "daughter", "sister", "neighbor"]
RELS_M = ["husband", "son", "brother-in-law"]
RELS_ES = {"wife": "esposa", "husband": "esposo", "daughter": "hija", "son": "hijo",
           "sister": "hermana", "neighbor": "vecina", "brother-in-law": "cuñado"}
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net"]
AREA = {"CA": ["661", "559", "619", "805"], "TX": ["915", "956", "713"], "WA": ["253", "509"],
        "NY": ["914", "716"], "NJ": ["973"], "FL": ["305", "407"], "OH": ["419"], "IL": ["630"],
        "IN": ["219"], "MA": ["978"], "HI": ["808"], "NM": ["505"]}


def mk_claimant(i, used):
    while True:
        fn, sex, lang = pick(FIRST)
        ln = pick(LAST_ES) if lang == "es" or R.random() < 0.1 else pick(LAST_EN)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    city, st, z, county, lat, lon = pick(CITIES)
    carrier, carrier_id, lob, adj_email, adj_name = CARRIERS[st]
    old = lob == "AUTO" and i % 9 == 4
    dob = date(R.randint(1930, 1933), R.randint(1, 12), R.randint(1, 28)) if old else \
        date(R.randint(1955, 2001), R.randint(1, 12), R.randint(1, 28))
    doi = date(2023, 5, 1) + timedelta(days=R.randint(0, 300))
    exam = datetime(2024, 3, 12, 7, 0) + timedelta(days=R.randint(0, 38), minutes=30 * R.randint(0, 18))
    mi = pick("ABCDEFGHJKLMNPRSTVW")
    a = fold(fn).split()[0].replace("-", "").lower()
    b = fold(ln).replace(" ", "").replace("'", "").replace("-", "").lower()
    email = pick([f"{a}.{b}{dob.year % 100:02d}", f"{a[0]}{b}{R.randint(1, 99)}", f"{a}_{b}",
                  f"{b}.{a}", f"{a}{b[:4]}{dob.year}"]) + "@" + pick(MAIL)
    user = pick([f"{a[0]}{b}{dob.year % 100:02d}", f"{a}.{b}", f"{a.capitalize()}{b.capitalize()}",
                 f"{b}{a[0]}{R.randint(1, 9)}"])
    yy = "24" if doi.year == 2024 else "23"
    claim = {
        "CA": f"PMW-{yy}-{digits(6)}", "TX": f"LSE{doi.year}TX{digits(6)}", "NM": f"LSE{doi.year}NM{digits(6)}",
        "WA": f"{R.randint(0, 9)}{pick('ABCDEFGHKM')}{R.randint(0, 9)}{pick('XYZW')}{digits(4)}-0{R.randint(1, 4)}",
        "HI": f"{R.randint(0, 9)}{pick('ABCDEFGHKM')}{R.randint(0, 9)}{pick('XYZW')}{digits(4)}-0{R.randint(1, 4)}",
        "OH": f"GLI {yy} {digits(7)}", "IL": f"GLI {yy} {digits(7)}", "IN": f"GLI {yy} {digits(7)}",
        "NY": f"KAC-NF-{digits(7)}", "NJ": f"KAC-PIP-{digits(7)}", "MA": f"KAC-PIP-{digits(7)}",
        "FL": f"SSA{yy}-{doi.month:02d}{doi.day:02d}-{digits(4)}",
    }[st]
    jcn = {
        "CA": f"ADJ{R.randint(10000000, 19999999)}", "TX": f"{yy}{digits(6)}", "NM": f"{yy}-{digits(5)}",
        "WA": f"{pick('ABSWXY')}{pick('ABCDEFGHJK')}{digits(5)}", "HI": f"2-{yy}-{digits(5)}",
        "OH": f"{yy}-{digits(6)}", "IL": f"{yy}WC{digits(6)}", "IN": f"C-{digits(6)}",
    }.get(st)
    c = dict(
        idx=i, first=fn, last=ln, mi=mi, sex=sex, lang=lang, dob=dob, doi=doi, exam=exam,
        ssn=ssn(), street=f"{R.randint(12, 9899)} {pick(STREETS)}{pick(UNITS)}", city=city, st=st,
        zip=z, zip4=f"{z}{digits(4)}", county=county,
        lat=round(lat + R.uniform(-0.05, 0.05), 5), lon=round(lon + R.uniform(-0.05, 0.05), 5),
        phone=pick(AREA[st]) + str(R.randint(2, 9)) + digits(6), email=email, user=user,
        claim=claim, jcn=jcn, case=f"IME-24{R.randint(1, 3):02d}-{R.randint(100, 999):05d}",
        cid=R.randint(60000, 249999), zdid=R.randint(380000000000, 399999999999),
        carrier=carrier, carrier_id=carrier_id, lob=lob, adj_email=adj_email, adj_name=adj_name,
        employer=pick(EMPLOYERS), mrn=pick(["KMC", "MRN", "E", "", "JHS"]) + digits(pick([7, 8, 9])),
        pcn=f"NG{digits(8)}", mbi=mbi() if dob.year < 1960 else None,
        ghp=pick(["W", "XEH", "JQU", "ZGP", "H"]) + digits(pick([8, 9, 10])),
        vin=vin() if lob == "AUTO" else None,
        plate=(pick(["8", "7"]) + pick(["KMX", "ABR", "TLD", "HPW"]) + digits(3)) if lob == "AUTO" else None,
        dl=pick(["D", "B", "S"]) + digits(7) if st in ("CA", "NJ", "MA") else digits(9) if st == "NY" else
        f"{pick('GRSM')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-0" if st == "FL" else digits(8),
        policy=f"{pick(['PA', 'AP', 'NF'])}{digits(9)}" if lob == "AUTO" else None,
        acct=digits(R.randint(9, 12)), rtn=aba(pick(["12100024", "32227169", "11300002", "04100012", "07100001"])),
        tens=f"TN{R.randint(2, 9)}-{digits(7)}", imei=None,
        rel=(pick(REL_F), pick(RELS_F)) if R.random() < 0.55 else (pick(REL_M), pick(RELS_M)),
        spec=pick(EXAMINERS), icd=pick(ICD),
    )
    im = "35" + digits(12)
    c["imei"] = im + luhn_check(im)
    c["age"] = 2024 - dob.year - (1 if (dob.month, dob.day) > (3, 11) else 0)
    return c


_used = set()
CL = [mk_claimant(i, _used) for i in range(42)]
OLD = [c for c in CL if c["age"] > 89]
AUTO = [c for c in CL if c["lob"] == "AUTO"]
WC = [c for c in CL if c["lob"] == "WC"]
ES = [c for c in CL if c["lang"] == "es"]
assert OLD and AUTO and WC and ES


def nm(c, style):
    f, l, m = c["first"], c["last"], c["mi"]
    return {
        "full": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}",
        "LFM": f"{l.upper()}, {f.upper()} {m}", "fml": f"{f} {m}. {l}", "init": f"{f[0]}. {l}",
        "lower": f"{f} {l}".lower(), "UP": f"{f} {l}".upper(), "lfi": f"{l}, {f[0]}.",
    }[style]


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 11, 5, 58, 11, 402000, tzinfo=timezone.utc)

    def next(self, lo=0.3, hi=70.0):
        self.t += timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def iso_z(ts, frac=3):
    s = ts.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{ts.microsecond:06d}"[:frac]
    return s + "Z"


def local(ts, hours=-7):
    return ts + timedelta(hours=hours)


# --------------------------------------------------------------------------
# JSON helpers (spans on string contents without quotes / on raw numbers)
# --------------------------------------------------------------------------
class Obj:
    def __init__(self, items):
        self.items = items


def jval(L, v, cat=None, sep=(", ", ": ")):
    if isinstance(v, Obj):
        jobj(L, v.items, sep)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            if isinstance(x, tuple):
                jval(L, x[0], x[1], sep)
            else:
                jval(L, x, None, sep)
        L.t("]")
    elif isinstance(v, str):
        s = json.dumps(v, ensure_ascii=False)
        L.t('"')
        L.p(s[1:-1], cat)
        L.t('"')
    else:
        L.p(json.dumps(v), cat)


def jobj(L, items, sep=(", ", ": ")):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(sep[0])
        L.t(json.dumps(k), sep[1])
        jval(L, v, cat, sep)
    L.t("}")


COMPACT = (",", ":")


def kvq(L, key, val, cat=None, q='"'):
    """key="val" (logfmt/structlog); quote only when needed unless q forced."""
    needs = any(ch in val for ch in ' ="') or val == ""
    L.t(f"{key}=")
    if needs:
        L.t(q)
        L.p(val.replace('"', '\\"'), cat)
        L.t(q)
    else:
        L.p(val, cat)


# ==========================================================================
# families
# ==========================================================================
OUT = []  # list of Line


def single(fam_fn):
    fam_fn.kind = "single"
    return fam_fn


def block(fam_fn):
    fam_fn.kind = "block"
    return fam_fn


# ---------------- 1. email-to-case parser (python logging) ----------------
@single
def g_mailparser(want):
    L = Line("py_logging_mailparser")
    ts = CLK.next()
    thread = f"ThreadPoolExecutor-0_{R.randint(0, 3)}"

    def pre(level, logger="intake.mailparser"):
        L.t(f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level} [{logger}] [{thread}] ")

    c = pick(CL)
    if not want:
        v = R.randint(0, 9)
        if v == 0:
            pre("INFO")
            L.t(f"IMAP poll mailbox=referrals@northgate-ime.com folder=INBOX unseen={R.randint(0, 9)} elapsed_ms={R.randint(90, 900)}")
        elif v == 1:
            pre("INFO")
            L.t(f"Fetched uid={R.randint(40000, 49999)} message_id=<{hexs(16)}.{R.randint(1000, 9999)}@mail.{pick(['pinnacle-mutual.com', 'keystoneauto.com', 'cascadecomp.com'])}> size={R.randint(12000, 4800000)} attachments={R.randint(0, 4)}")
        elif v == 2:
            pre("INFO")
            L.t(f"Skipping auto-reply uid={R.randint(40000, 49999)} subject='Automatic reply: Out of office until {R.randint(3, 4)}/{R.randint(12, 28)} - contact Paula Krause (419) 555-0177'")
        elif v == 3:
            pre("INFO", "intake.attachments")
            L.t(f"Stored s3://ng-intake-prod/raw/2024/03/11/{ruuid()}.pdf sha256={sha256()} pages={R.randint(1, 60)}")
        elif v == 4:
            pre("INFO", "intake.classifier")
            L.t(f"model=referral-clf-v3.4.{R.randint(0, 3)} label={pick(['IME_REFERRAL', 'UR_REQUEST', 'RECORDS_ONLY', 'CANCELLATION', 'OTHER'])} score={R.uniform(0.5, 0.999):.3f}")
        elif v == 5:
            pre("DEBUG", "intake.auth")
            L.t(f"DKIM=pass SPF=pass DMARC=pass domain={pick(['pinnacle-mutual.com', 'lsemutual.com', 'greatlakesindemnity.com'])} selector=s{R.randint(1, 2)}")
        elif v == 6:
            ca = pick(list(CARRIERS.values()))
            pre("INFO", "intake.contacts")
            L.t(f"Adjuster matched contact_id={R.randint(1000, 9999)} email={ca[3]} name='{ca[4]}' carrier='{ca[0]}'")
        elif v == 7:
            pre("WARNING", "intake.ocr")
            L.t(f"PDF text layer empty, queued for OCR attachment_id={ruuid()} queue_depth={R.randint(1, 40)}")
        elif v == 8:
            pre("ERROR", "intake.smtp")
            L.t(f"Reply to adjuster failed: 451 4.7.1 Try again later (mx{R.randint(1, 3)}.cascadecomp.com); retry in 300s attempt={R.randint(1, 5)}/5")
        else:
            pre("INFO")
            L.t(f"Batch complete processed={R.randint(3, 40)} created_cases={R.randint(0, 12)} duplicates={R.randint(0, 3)} errors=0 duration={R.uniform(1, 30):.2f}s")
        return [L]
    v = R.randint(0, 8)
    if v == 0:
        pre("INFO")
        L.t(f"Parsed referral uid={R.randint(40000, 49999)} subject='New IME Referral - ")
        L.p(nm(c, pick(["LF", "LFM", "lf"])), "name")
        L.t(" - Clm# ").p(c["claim"], "other_id").t(f"' from={c['adj_email']}")
    elif v == 1:
        pre("INFO", "intake.extract")
        L.t("Extracted fields {")
        parts = [("claimant_name", nm(c, pick(["full", "lf", "UP"])), "name"),
                 ("dob", D(c["dob"], pick(["us", "us_np", "iso"])), "date"),
                 ("doi", D(c["doi"], pick(["us", "us_np", "abbr"])), "date"),
                 ("claim_no", c["claim"], "other_id")]
        if R.random() < 0.5:
            parts.append(("claimant_phone", P(c["phone"], pick(["paren", "dash", "dot"])), "phone"))
        if R.random() < 0.4:
            parts.append(("ssn_last4", c["ssn"][-4:], "ssn"))
        parts += [("exam_type", pick(["Ortho IME", "Neuro IME", "Psych IME", "Chiro IME", "PM&R IME"]), None),
                  ("jurisdiction", c["st"], None), ("adjuster", c["adj_name"], None)]
        for i, (k, val, cat) in enumerate(parts):
            if i:
                L.t(", ")
            q1, s, q2 = pyrepr(val)
            L.t(f"'{k}': {q1}").p(s, cat).t(q2)
        L.t("}")
    elif v == 2:
        pre("WARNING", "intake.extract")
        L.t("Ambiguous DOB '").p(D(c["dob"], "us_short"), "date").t("' for claimant ")
        L.p(nm(c, "full"), "name").t("; assuming MM/DD/YY (century pivot=25)")
    elif v == 3:
        pre("INFO", "intake.cases")
        L.t("Created case ").p(c["case"], "other_id").t(" claimant_id=").p(c["cid"], "other_id")
        L.t(f" carrier='{c['carrier']}' exam_type={pick(['ORTHO', 'NEURO', 'PSYCH', 'PMR'])} priority={pick(['standard', 'rush'])} due_by=2024-03-{R.randint(18, 29)}")
    elif v == 4:
        pre("WARNING", "intake.dedupe")
        L.t("Duplicate referral suspected: claim_no=").p(c["claim"], "other_id")
        L.t(" matches open case ").p(c["case"], "other_id").t(" (claimant ")
        L.p(nm(c, "lfi"), "name").t(f", score=0.{R.randint(86, 99)})")
    elif v == 5:
        c = pick(AUTO)
        pre("INFO", "intake.extract")
        L.t("Auto referral parsed: insured vehicle VIN ").p(c["vin"], "vehicle")
        L.t(" plate ").p(c["plate"], "vehicle").t(f" ({c['st']}); claimant DL# ").p(c["dl"], "license")
        L.t(" policy ").p(c["policy"], "health_plan")
    elif v == 6:
        pre("DEBUG", "intake.body")
        L.t("Body excerpt: 'Please schedule an IME for our claimant ").p(nm(c, "full"), "name")
        L.t(", DOB ").p(D(c["dob"], "us"), "date").t(", residing at ").p(c["street"], "address").t(", ")
        L.p(c["city"], "address").t(f", {c['st']} ").p(c["zip"], "zip").t(". Best contact ")
        L.p(P(c["phone"], pick(["paren", "dash"])), "phone")
        L.t(". Attorney of record: Law Offices of Brenda Salazar, (559) 555-0148.'")
    elif v == 7:
        c = pick(OLD)
        pre("INFO", "intake.extract")
        L.t("Referral narrative: '").p(c["age"], "age").t(" y/o pedestrian struck in parking lot on ")
        L.p(D(c["doi"], "us_np"), "date").t(", insured ").p(nm(c, "init"), "name").t(", requests PIP IME w/ ortho'")
    else:
        pre("INFO", "intake.extract")
        L.t("Medicare check: claimant ").p(nm(c, "UP"), "name").t(" MBI=")
        if c["mbi"]:
            L.p(c["mbi"], "health_plan").t(" -> Section 111 reportable=Y")
        else:
            L.t("<none> dob=").p(D(c["dob"], "iso"), "date").t(" -> Section 111 reportable=N")
    return [L]


# ---------------- 2. X12 837 professional ----------------
_isa_ctl = [4470]


@block
def g_edi837(want):
    lines = []
    c = pick(CL)
    ex = c["spec"]
    ts = CLK.next()
    _isa_ctl[0] += R.randint(1, 9)
    ctl = f"{_isa_ctl[0]:09d}"
    rcv = c["carrier_id"]

    def seg(parts_spans):
        L = Line("x12_837")
        CLK.next(0.0, 0.01)
        for i, ps in enumerate(parts_spans):
            if i:
                L.t("*")
            if isinstance(ps, tuple):
                L.p(ps[0], ps[1])
            else:
                L.t(ps)
        L.t("~")
        lines.append(L)

    seg(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "NGME01".ljust(15), "ZZ", rcv.ljust(15),
         ts.strftime("%y%m%d"), ts.strftime("%H%M"), "^", "00501", ctl, "0", "P", ":"])
    seg(["GS", "HC", "NGME01", rcv, ts.strftime("%Y%m%d"), ts.strftime("%H%M"), str(int(ctl)), "X", "005010X222A1"])
    seg(["ST", "837", "0001", "005010X222A1"])
    seg(["BHT", "0019", "00", f"NG{digits(8)}", ts.strftime("%Y%m%d"), ts.strftime("%H%M"), "CH"])
    seg(["NM1", "41", "2", "NORTHGATE MEDICAL EVALUATIONS", "", "", "", "", "46", "NGME01"])
    seg(["PER", "IC", "BILLING DEPT", "TE", "9165550182", "FX", "9165550183"])
    seg(["NM1", "40", "2", c["carrier"].upper(), "", "", "", "", "46", rcv])
    seg(["HL", "1", "", "20", "1"])
    seg(["NM1", "85", "2", "NORTHGATE MEDICAL EVALUATIONS", "", "", "", "", "XX", npi()])
    seg(["N3", "2800 GATEWAY OAKS DR STE 200"])
    seg(["N4", "SACRAMENTO", "CA", "958335512"])
    seg(["REF", "EI", "941234567"])
    seg(["HL", "2", "1", "22", "0" if c["lob"] == "AUTO" else "1"])
    last = fold(c["last"]).upper()
    first = fold(c["first"]).upper()
    if c["lob"] == "AUTO":
        seg(["SBR", "P", "18", "", "", "", "", "", "", "AM"])
        seg(["NM1", "IL", "1", (last, "name"), (first, "name"), "", "", "", "MI", (c["policy"], "health_plan")])
        seg(["N3", (c["street"].upper(), "address")])
        seg(["N4", (c["city"].upper(), "address"), c["st"], (c["zip4"] if R.random() < 0.5 else c["zip"], "zip")])
        seg(["DMG", "D8", (D(c["dob"], "d8"), "date"), c["sex"]])
        seg(["NM1", "PR", "2", c["carrier"].upper(), "", "", "", "", "PI", rcv])
        seg(["REF", "Y4", (c["claim"], "other_id")])
    else:
        seg(["SBR", "P", "", "", "", "", "", "", "", "WC"])
        seg(["NM1", "IL", "2", fold(c["employer"]).upper(), "", "", "", "", "FI", f"{R.randint(10, 99)}{digits(7)}"])
        seg(["NM1", "PR", "2", c["carrier"].upper(), "", "", "", "", "PI", rcv])
        seg(["HL", "3", "2", "23", "0"])
        seg(["PAT", "20"])
        seg(["NM1", "QC", "1", (last, "name"), (first, "name")])
        seg(["N3", (c["street"].upper(), "address")])
        seg(["N4", (c["city"].upper(), "address"), c["st"], (c["zip"], "zip")])
        seg(["DMG", "D8", (D(c["dob"], "d8"), "date"), c["sex"]])
        seg(["REF", "Y4", (c["claim"], "other_id")])
        seg(["REF", "SY", (c["ssn"].replace("-", ""), "ssn")])
    amt = pick(["450", "1250", "875", "2100", "650"])
    seg(["CLM", (c["pcn"], "account"), amt, "", "", "11:B:1", "Y", "A", "Y", "Y", "", "AA:::" + c["st"] if c["lob"] == "AUTO" else "EM"])
    seg(["DTP", "439", "D8", (D(c["doi"], "d8"), "date")])
    seg(["HI", "ABK:" + c["icd"][0].replace(".", "")])
    seg(["NM1", "82", "1", fold(ex["last"]).upper(), fold(ex["first"]).upper(), "", "", "", "XX", ex["npi"]])
    seg(["PRV", "PE", "PXC", pick(["207X00000X", "2084N0400X", "208100000X", "111N00000X"])])
    seg(["LX", "1"])
    seg(["SV1", "HC:" + pick(["99456", "99455", "99456:RT", "99358"]), amt, "UN", "1", "", "", "1"])
    seg(["DTP", "472", "D8", (D(c["exam"].date(), "d8"), "date")])
    n_st = len(lines) - 2 + 1
    seg(["SE", str(n_st), "0001"])
    seg(["GE", "1", str(int(ctl))])
    seg(["IEA", "1", ctl])
    return lines


# ---------------- 3. FROI / SROI pipe records ----------------
FROI_HDR = ("MTC|MTC_DATE|JCN|CLAIM_ADMIN_CLAIM_NUMBER|EMPLOYEE_LAST_NAME|EMPLOYEE_FIRST_NAME|EMPLOYEE_SSN|"
            "EMPLOYEE_DOB|DATE_OF_INJURY|EMPLOYEE_ADDRESS_LINE_1|EMPLOYEE_CITY|EMPLOYEE_STATE|EMPLOYEE_POSTAL_CODE|"
            "EMPLOYEE_PHONE|NATURE_OF_INJURY_CODE|PART_OF_BODY_CODE|EMPLOYER_FEIN|INSURER_FEIN")


def froi_row(c, L=None):
    L = L or Line("froi_sroi_pipe")
    L.t(pick(["00", "02", "04", "AU"]), "|", CLK.t.strftime("%Y%m%d"), "|")
    L.p(c["jcn"] or "", "other_id").t("|").p(c["claim"], "other_id").t("|")
    L.p(fold(c["last"]).upper(), "name").t("|").p(fold(c["first"]).upper(), "name").t("|")
    L.p(c["ssn"].replace("-", "") if R.random() < 0.6 else c["ssn"], "ssn").t("|")
    L.p(D(c["dob"], "d8"), "date").t("|").p(D(c["doi"], "d8"), "date").t("|")
    L.p(c["street"].upper(), "address").t("|").p(c["city"].upper(), "address").t(f"|{c['st']}|")
    L.p(c["zip"], "zip").t("|").p(c["phone"], "phone")
    L.t(f"|{pick(['52', '49', '10', '78', '40'])}|{pick(['42', '53', '38', '36', '21'])}|{R.randint(10, 99)}{digits(7)}|{R.randint(10, 99)}{digits(7)}")
    return L


@block
def g_froi(want):
    lines = []
    c0 = pick([x for x in WC if x["jcn"]])
    sender = f"{R.randint(10, 99)}{digits(7)}"
    L = Line("froi_sroi_pipe")
    CLK.next()
    L.t(f"HD1|{sender}|NGME|{c0['st']}DWC|{CLK.t:%Y%m%d}|{CLK.t:%H%M%S}|{pick(['T', 'P'])}|FROI|R3.1|BATCH{digits(6)}")
    lines.append(L)
    L = Line("froi_sroi_pipe")
    L.t(FROI_HDR)
    lines.append(L)
    n = R.randint(2, 4)
    for _ in range(n):
        c = pick([x for x in WC if x["jcn"] and x["st"] == c0["st"]] or [c0])
        CLK.next(0, 0.2)
        lines.append(froi_row(c))
    L = Line("froi_sroi_pipe")
    L.t(f"TR1|{n}|{n}|0")
    lines.append(L)
    return lines


@single
def g_sroi(want):
    L = Line("froi_sroi_pipe")
    CLK.next()
    if not want:
        L.t(pick([
            f"AKC|HD|BATCH{digits(6)}|TA|{CLK.t:%Y%m%d}|ACCEPTED={R.randint(5, 40)}|REJECTED=0|TE=0",
            f"AKC|HD|BATCH{digits(6)}|TE|{CLK.t:%Y%m%d}|ERR 0001 Mandatory field not present DN0187 INSURER_FEIN",
            f"TR1|{R.randint(2, 30)}|{R.randint(2, 30)}|0",
        ]))
        return [L]
    c = pick([x for x in WC if x["jcn"]])
    v = R.randint(0, 2)
    if v == 0:
        L.t(f"SROI|{pick(['IP', 'CB', 'PY', 'SJ', 'RB'])}|{CLK.t:%Y%m%d}|").p(c["jcn"], "other_id").t("|")
        L.p(c["claim"], "other_id").t("|").p(fold(c["last"]).upper(), "name").t("|")
        L.p(D(c["doi"], "d8"), "date")
        L.t(f"|050|AWW={R.randint(420, 1600)}.{R.randint(0, 99):02d}|TTD_RATE={R.randint(280, 1100)}.{R.randint(0, 99):02d}|PAID_THRU={CLK.t:%Y%m%d}")
    elif v == 1:
        L.t(f"AKC|TE|BATCH{digits(6)}|").p(c["jcn"], "other_id").t("|").p(c["claim"], "other_id")
        L.t("|ERR 0073 DN0031 Date of Injury ").p(D(c["doi"], "d8"), "date").t(" must be <= MTC date; DN0044 EMPLOYEE_SSN ")
        L.p(c["ssn"].replace("-", ""), "ssn").t(" does not match prior FROI")
    else:
        froi_row(c, L)
    return [L]


# ---------------- 4. uvicorn / gunicorn ----------------
UA_INT = ["python-httpx/0.27.0", "kube-probe/1.28", "Prometheus/2.49.1"]


@single
def g_uvicorn(want):
    L = Line("uvicorn_access")
    CLK.next()
    ip = f"10.40.{R.randint(0, 7)}.{R.randint(2, 250)}:{R.randint(32768, 60999)}"
    if not want:
        v = R.randint(0, 9)
        if v == 7:
            L.fam = "gunicorn"
            L.t(f"[{CLK.t:%Y-%m-%d %H:%M:%S} +0000] [{R.randint(7, 60)}] [INFO] " + pick(
                ["Booting worker with pid: %d" % R.randint(60, 400), "Worker exiting (pid: %d)" % R.randint(60, 400),
                 "Handling signal: term", "Starting gunicorn 21.2.0", "Listening at: http://0.0.0.0:8000 (1)",
                 "Using worker: uvicorn.workers.UvicornWorker"]))
            return [L]
        if v == 8:
            L.t(pick(["INFO:     Started server process [%d]" % R.randint(7, 90), "INFO:     Waiting for application startup.",
                      "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
                      "INFO:     Shutting down", "WARNING:  Invalid HTTP request received.",
                      "INFO:     Finished server process [%d]" % R.randint(7, 90)]))
            return [L]
        ex = pick(EXAMINERS)
        path, status = pick([
            ("GET /healthz", "200 OK"), ("GET /readyz", "200 OK"), ("GET /metrics", "200 OK"),
            ("POST /v1/appointments", "201 Created"), ("PATCH /v1/appointments/%d" % R.randint(80000, 99999), "200 OK"),
            (f"GET /v1/examiners/{ex['id']}/availability?from=2024-03-18&to=2024-03-22", "200 OK"),
            ("GET /v1/clinics?state=%s&specialty=ortho" % pick(["CA", "TX", "WA", "FL"]), "200 OK"),
            ("OPTIONS /v1/slots/search", "200 OK"), ("POST /v1/slots/search", "422 Unprocessable Entity"),
            (f"DELETE /v1/holds/{ruuid()}", "204 No Content"), ("GET /docs", "200 OK"),
            ("GET /v1/interpreters/languages", "304 Not Modified"), ("POST /v1/webhooks/lingua", "401 Unauthorized"),
        ])
        L.t(f'INFO:     {ip} - "{path} HTTP/1.1" {status}')
        return [L]
    c = pick(CL)
    L.t(f'INFO:     {ip} - "')
    v = R.randint(0, 4)
    if v == 0:
        L.t("GET /v1/claimants/search?last_name=").p(quote(c["last"]), "name").t("&dob=").p(D(c["dob"], "iso"), "date")
        L.t(' HTTP/1.1" 200 OK')
    elif v == 1:
        L.t(f"{pick(['GET', 'PUT'])} /v1/cases/").p(c["case"], "other_id").t(f"/{pick(['slots', 'appointment', 'interpreter', 'transport'])}")
        L.t(f' HTTP/1.1" {pick(["200 OK", "409 Conflict", "404 Not Found"])}')
    elif v == 2:
        L.t("GET /v1/claimants/").p(c["cid"], "other_id").t(f'/appointments?include=transport HTTP/1.1" 200 OK')
    elif v == 3:
        L.t("GET /v1/referrals?claim_no=").p(quote(c["claim"]), "other_id").t(f"&carrier={c['carrier_id']}")
        L.t(' HTTP/1.1" 200 OK')
    else:
        L.t("POST /v1/reminders/sms?to=").p(quote(P(c["phone"], "e164")), "phone").t(f'&lang={c["lang"]} HTTP/1.1" 202 Accepted')
    return [L]


# ---------------- 5. structlog JSON ----------------
@single
def g_structlog_json(want):
    L = Line("structlog_json")
    ts = CLK.next()
    tail = [("request_id", ruuid()), ("level", "info"), ("logger", None), ("timestamp", ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))]

    def fin(items, logger, level="info"):
        its = items + [("request_id", tail[0][1]), ("level", level), ("logger", logger), ("timestamp", tail[3][1])]
        jobj(L, its)

    if not want:
        v = R.randint(0, 7)
        ex = pick(EXAMINERS)
        if v == 0:
            fin([("event", "slot.search"), ("examiner_id", ex["id"]), ("specialty", ex["spec"]), ("radius_mi", pick([25, 50, 75])),
                 ("results", R.randint(0, 14)), ("duration_ms", round(R.uniform(4, 300), 1))], "scheduler.slots")
        elif v == 1:
            fin([("event", "db.pool.stats"), ("size", 20), ("checked_out", R.randint(0, 20)), ("overflow", R.randint(0, 5)),
                 ("dsn", "mssql+aioodbc://sqlprd02.ngcorp.local:1433/IME")], "scheduler.db", "debug")
        elif v == 2:
            fin([("event", "examiner.calendar.synced"), ("examiner_id", ex["id"]), ("provider", "graph"),
                 ("events_upserted", R.randint(0, 40)), ("window", "2024-03-11/2024-04-30")], "scheduler.calendar")
        elif v == 3:
            fin([("event", "cache.miss"), ("key", f"clinic:{R.randint(1, 60)}:hours"), ("ttl_s", 900)], "scheduler.cache", "debug")
        elif v == 4:
            i = pick(INTERPRETERS)
            fin([("event", "interpreter.vendor.confirmed"), ("vendor", "LinguaMed"), ("job", f"LM-{digits(7)}"),
                 ("language", i[2]), ("interpreter", i[0]), ("cert", i[1])], "scheduler.vendors")
        elif v == 5:
            cl = pick(CLINICS)
            fin([("event", "clinic.capacity"), ("clinic", cl[0]), ("address", f"{cl[1]}, {cl[2]}, {cl[3]} {cl[4]}"),
                 ("rooms", R.randint(2, 6)), ("utilization", round(R.uniform(0.3, 0.98), 2))], "scheduler.capacity")
        elif v == 6:
            fin([("event", "http.request"), ("method", "POST"), ("url", "https://api.saferide-nemt.com/v2/trips"),
                 ("status_code", pick([200, 201, 429, 503])), ("elapsed_ms", R.randint(40, 2400)),
                 ("trace_id", hexs(32)), ("span_id", hexs(16))], "httpx", pick(["info", "warning"]))
        else:
            fin([("event", "reminder.batch.done"), ("sent", R.randint(20, 300)), ("failed", R.randint(0, 6)),
                 ("provider", "twilio"), ("messaging_service_sid", "MG" + hexs(32))], "scheduler.reminders")
        return [L]
    c = pick(CL)
    v = R.randint(0, 7)
    if v == 7:
        if c["mbi"] and R.random() < 0.6:
            fin([("event", "msp.query"), ("claimant_id", c["cid"], "other_id"), ("mbi", c["mbi"], "health_plan"),
                 ("entitlement", pick(["A", "AB"])), ("rre_id", "000041872"), ("cms_status", "MATCH")], "scheduler.msp")
        else:
            fin([("event", "cob.check"), ("case_no", c["case"], "other_id"), ("ghp_payer", pick(["Anthem Blue Cross", "Aetna", "UnitedHealthcare", "BCBS of Texas"])),
                 ("member_id", c["ghp"], "health_plan"), ("relationship", pick(["self", "spouse"])), ("result", "secondary_only")], "scheduler.cob")
        return [L]
    if v == 0:
        ex = c["spec"]
        fin([("event", "appointment.booked"), ("case_no", c["case"], "other_id"), ("claimant_id", c["cid"], "other_id"),
             ("exam_at", c["exam"].strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"), ("examiner_id", ex["id"]),
             ("clinic", pick(CLINICS)[0]), ("interpreter_required", c["lang"] == "es")], "scheduler.booking")
    elif v == 1:
        fin([("event", "reminder.sms.queued"), ("to", P(c["phone"], "e164"), "phone"),
             ("template", f"appt_reminder_{c['lang']}"), ("appt_date", D(c["exam"].date(), "dmy" if c["lang"] == "es" else "us"), "date"),
             ("send_at", (CLK.t + timedelta(hours=20)).strftime("%Y-%m-%dT%H:%M:%SZ"))], "scheduler.reminders")
    elif v == 2:
        its = [("event", "claimant.geocoded"), ("claimant_id", c["cid"], "other_id")]
        L.t("{")
        for i, it in enumerate(its):
            if i:
                L.t(", ")
            L.t(json.dumps(it[0]), ": ")
            jval(L, it[1], it[2] if len(it) > 2 else None)
        L.t(', "address": "').p(c["street"], "address").t(", ").p(c["city"], "address").t(f", {c['st']} ").p(c["zip"], "zip").t('"')
        rest = [("lat", c["lat"], "address"), ("lon", c["lon"], "address"), ("drive_min", R.randint(8, 95)),
                ("request_id", tail[0][1]), ("level", "info"), ("logger", "scheduler.geo"), ("timestamp", tail[3][1])]
        for it in rest:
            L.t(", ", json.dumps(it[0]), ": ")
            jval(L, it[1], it[2] if len(it) > 2 else None)
        L.t("}")
    elif v == 3:
        c = pick(OLD) if R.random() < 0.5 else pick(AUTO)
        items = [("event", "checkin.kiosk"), ("claimant_id", c["cid"], "other_id"), ("id_verified", True),
                 ("dl_number", c["dl"], "license"), ("dl_state", c["st"])]
        if c["age"] > 89:
            items.append(("age", c["age"], "age"))
        items.append(("kiosk", f"KSK-{R.randint(1, 30):03d}"))
        fin(items, "scheduler.checkin")
    elif v == 4:
        tmpl = base64.b64encode(b"FMR\x00 20\x00" + bytes(R.getrandbits(8) for _ in range(54))).decode()
        fin([("event", "checkin.biometric"), ("claimant_id", c["cid"], "other_id"), ("modality", "fingerprint"),
             ("template_iso19794_2", tmpl, "biometric"), ("match_score", R.randint(60, 190)), ("matcher", "neurotec-13.1")],
            "scheduler.checkin")
    elif v == 5:
        fin([("event", "transport.requested"), ("case_no", c["case"], "other_id"),
             ("pickup", f"{c['street']}", "address"), ("pickup_zip", c["zip"], "zip"),
             ("pickup_at", (c["exam"] - timedelta(minutes=75)).strftime("%Y-%m-%d %H:%M"), "date"),
             ("mobility", pick(["ambulatory", "wheelchair", "cane"])), ("vendor", "SafeRide NEMT")], "scheduler.transport")
    else:
        fin([("event", "no_show.recorded"), ("case_no", c["case"], "other_id"), ("claim_no", c["claim"], "other_id"),
             ("exam_at", c["exam"].strftime("%Y-%m-%d %H:%M"), "date"), ("examiner_id", c["spec"]["id"]),
             ("notify", [c["adj_email"], "scheduling@northgate-ime.com"])], "scheduler.booking", "warning")
    return [L]


# ---------------- 6. structlog console / keyvalue renderer ----------------
@single
def g_structlog_console(want):
    L = Line("structlog_console")
    ts = CLK.next()
    kvr = R.random() < 0.35
    lvl = "info"

    def head(event, level="info"):
        if kvr:
            L.fam = "structlog_keyvalue"
            L.t(f"timestamp='{ts.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}' level='{level}' event='{event}'")
        else:
            L.t(f"{ts.strftime('%Y-%m-%dT%H:%M:%S.%fZ')} [{level:<9s}] {event:<30s}")

    def kv(k, val, cat=None):
        L.t(" ")
        if kvr:
            q1, s, q2 = pyrepr(str(val)) if isinstance(val, str) else ("", str(val), "")
            L.t(f"{k}={q1}").p(s, cat).t(q2)
        else:
            L.t(f"{k}=").p(str(val), cat)

    if not want:
        v = R.randint(0, 5)
        ex = pick(EXAMINERS)
        if v == 0:
            head("slot_hold_expired")
            kv("hold_id", ruuid()); kv("examiner_id", ex["id"]); kv("held_s", 600)
        elif v == 1:
            head("startup")
            kv("version", "2.14.3"); kv("git_sha", "b59bd2c"); kv("env", "prod"); kv("workers", 4)
        elif v == 2:
            head("examiner_conflict_check")
            kv("examiner_id", ex["id"]); kv("carrier", pick(list(CARRIERS.values()))[1]); kv("conflict", False); kv("ms", R.randint(2, 80))
        elif v == 3:
            head("rate_limited", "warning")
            kv("client", "lingua-webhook"); kv("retry_after", R.randint(1, 30)); kv("path", "/v1/webhooks/lingua")
        elif v == 4:
            head("calendar_sync_failed", "error")
            kv("examiner_id", ex["id"]); kv("error", "ErrorAccessDenied"); kv("mailbox", f"{fold(ex['first'][0]+ex['last']).lower()}@northgate-ime.com")
        else:
            head("settings_loaded", "debug")
            kv("tz", "America/Los_Angeles"); kv("max_travel_mi", 75); kv("feature_flags", "spanish_reminders,kiosk_v2")
        return [L]
    c = pick(CL)
    v = R.randint(0, 3)
    if v == 0:
        head("claimant_lookup")
        kv("claimant_name", nm(c, pick(["full", "lf", "lower"])), "name"); kv("zip", c["zip"], "zip"); kv("matches", R.randint(1, 3))
    elif v == 1:
        head("reschedule_requested")
        kv("case_no", c["case"], "other_id"); kv("old_exam_date", D(c["exam"].date(), "iso"), "date")
        kv("reason", pick(["claimant_ill", "transport_unavailable", "attorney_conflict"]))
    elif v == 2:
        head("interpreter_requested")
        kv("case_no", c["case"], "other_id"); kv("language", "es" if c["lang"] == "es" else pick(["vi", "hy", "ar", "tl"]))
        kv("appt", c["exam"].strftime("%Y-%m-%dT%H:%M"), "date")
    else:
        head("duplicate_claimant_merge", "warning")
        kv("keep_id", c["cid"], "other_id"); kv("drop_id", c["cid"] + R.randint(1, 900), "other_id")
        kv("ssn_match", True); kv("dob", D(c["dob"], "iso"), "date")
    return [L]


# ---------------- 7. Python traceback (multi-line) ----------------
_tb_count = [0]


@block
def g_traceback(want):
    lines = []
    c = pick(CL)

    def add(text, spans=()):
        L = Line("python_traceback")
        CLK.next(0, 0.001)
        if not spans:
            L.t(text)
        else:
            for part in text:
                if isinstance(part, tuple):
                    L.p(*part)
                else:
                    L.t(part)
        lines.append(L)

    add("ERROR:    Exception in ASGI application")
    add("Traceback (most recent call last):")
    add('  File "/usr/local/lib/python3.11/site-packages/uvicorn/protocols/http/httptools_impl.py", line 426, in run_asgi')
    add("    result = await app(  # type: ignore[func-returns-value]")
    add('  File "/usr/local/lib/python3.11/site-packages/fastapi/routing.py", line 292, in app')
    add("    content = await serialize_response(")
    v = _tb_count[0] % 4
    _tb_count[0] += 1
    if v == 0:
        add('  File "/app/scheduler/services/slots.py", line 88, in reserve')
        add('    raise SlotConflict(f"slot {slot_id} already held for case {case_no}")')
        add(["scheduler.errors.SlotConflict: slot ", ruuid(), " already held for case ", (c["case"], "other_id")], True)
    elif v == 1:
        add('  File "/usr/local/lib/python3.11/site-packages/pydantic/main.py", line 171, in __init__')
        add("    self.__pydantic_validator__.validate_python(data, self_instance=self)")
        add("pydantic_core._pydantic_core.ValidationError: 1 validation error for AppointmentIn")
        add("claimant_dob")
        add(["  Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value='",
             (D(c["dob"], "dot"), "date"), "', input_type=str]"], True)
        add("    For further information visit https://errors.pydantic.dev/2.6/v/date_from_datetime_parsing")
    elif v == 2:
        add('  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/default.py", line 922, in do_execute')
        add("    cursor.execute(statement, parameters)")
        add("sqlalchemy.exc.IntegrityError: (pyodbc.IntegrityError) ('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Violation of UNIQUE KEY constraint 'UQ_Appointment_Case_Slot'. Cannot insert duplicate key in object 'dbo.Appointment'. (2627) (SQLExecDirectW)\")")
        add("[SQL: INSERT INTO dbo.Appointment (case_no, claimant_id, exam_at, examiner_id, claimant_name) VALUES (?, ?, ?, ?, ?)]")
        add(["[parameters: ('", (c["case"], "other_id"), "', ", (str(c["cid"]), "other_id"), ", '",
             (c["exam"].strftime("%Y-%m-%d %H:%M:%S"), "date"), f"', '{c['spec']['id']}', '", (nm(c, "lf"), "name"), "')]"], True)
        add("(Background on this error at: https://sqlalche.me/e/20/gkpj)")
    else:
        add('  File "/usr/local/lib/python3.11/site-packages/httpx/_transports/default.py", line 69, in map_httpcore_exceptions')
        add("    raise mapped_exc(message) from exc")
        add("httpx.ConnectTimeout: timed out while connecting to api.saferide-nemt.com:443 (pool=transport, timeout=5.0)")
    return lines


# ---------------- 8. bookings CSV / interpreter pipe ----------------
BOOK_HDR = "booking_id,case_no,service_type,language,claimant_name,pickup_address,pickup_city,pickup_zip,appt_datetime,vendor,vendor_conf,wheelchair,notes"


def book_row(c, L):
    typ = pick(["TRANSPORT", "INTERPRETER", "TRANSPORT"])
    L.t(f"{'TRN' if typ == 'TRANSPORT' else 'INT'}-{R.randint(550000, 599999)},").p(c["case"], "other_id")
    lang = ("Spanish" if c["lang"] == "es" else pick(["Vietnamese", "Armenian", "Tagalog", "Arabic", "Mandarin"])) if typ == "INTERPRETER" else ""
    L.t(f",{typ},{lang},")
    n = nm(c, pick(["lf", "full", "LF"]))
    if "," in n:
        L.t('"').p(n, "name").t('"')
    else:
        L.p(n, "name")
    L.t(",")
    if typ == "TRANSPORT":
        st = c["street"]
        if "," in st:
            L.t('"').p(st, "address").t('"')
        else:
            L.p(st, "address")
        L.t(",").p(c["city"], "address").t(",").p(c["zip"], "zip")
    else:
        L.t(",,")
    L.t(",").p(c["exam"].strftime(pick(["%Y-%m-%d %H:%M", "%m/%d/%Y %I:%M %p"])), "date")
    if typ == "TRANSPORT":
        L.t(f",SafeRide NEMT,SR-{digits(5)},{pick(['N', 'N', 'Y'])},")
        note = R.randint(0, 2)
        if note == 0:
            L.t('"call claimant on arrival ').p(P(c["phone"], pick(["dash", "paren", "raw"])), "phone").t('"')
        elif note == 1:
            r = c["rel"]
            L.t(f'"{r[1]} ').p(r[0], "name").t(' will ride along"')
        else:
            L.t("gate code at front desk")
    else:
        i = pick([x for x in INTERPRETERS if x[2] == lang] or INTERPRETERS)
        L.t(f",LinguaMed,LM-{digits(7)},N,\"{i[0]} {i[1]} confirmed\"")
    return L


@block
def g_bookings(want):
    lines = []
    L = Line("booking_csv")
    CLK.next()
    L.t(BOOK_HDR)
    lines.append(L)
    for _ in range(R.randint(3, 5)):
        L = Line("booking_csv")
        CLK.next(0, 0.01)
        lines.append(book_row(pick(CL), L))
    return lines


@single
def g_booking_row(want):
    CLK.next()
    if not want:
        L = Line("booking_csv")
        L.t(pick([
            f"# export bookings_{CLK.t:%Y%m%d}.csv generated by ng-scheduler 2.14.3 rows={R.randint(30, 400)}",
            f"{pick(['SafeRide NEMT', 'LinguaMed'])},invoice,INV-{digits(6)},{R.randint(20, 900)}.{R.randint(0, 99):02d},net30,billing@northgate-ime.com",
            f"summary,TRANSPORT,{R.randint(20, 90)},INTERPRETER,{R.randint(10, 60)},CANCELLED,{R.randint(0, 9)}",
        ]))
        return [L]
    c = pick(CL)
    if R.random() < 0.5:
        return [book_row(c, Line("booking_csv"))]
    # vendor pipe row without header
    L = Line("interpreter_pipe")
    i = pick(INTERPRETERS)
    L.t(f"LM{digits(7)}|{i[2].upper()}|").p(c["exam"].strftime("%m/%d/%Y"), "date").t("|").p(c["exam"].strftime("%H%M"), "date")
    cl = pick(CLINICS)
    L.t(f"|{pick([60, 90, 120])}|{cl[0]}, {cl[1]}, {cl[2]} {cl[3]}|").p(fold(nm(c, "LF")), "name").t("|")
    L.p(c["case"], "other_id").t(f"|{i[0]}|{i[1]}|CONFIRMED")
    return [L]


# ---------------- 9. records retrieval (logfmt) ----------------
@single
def g_records(want):
    L = Line("logfmt_records")
    ts = CLK.next()
    L.t(f"ts={iso_z(ts)} level=")
    if not want:
        v = R.randint(0, 6)
        if v == 0:
            L.t(f'info svc=rr-tracker msg="ocr batch done" batch={digits(6)} pages={R.randint(200, 4000)} avg_ms_per_page={R.randint(90, 400)} failed={R.randint(0, 5)}')
        elif v == 1:
            b = R.randint(4000, 90000)
            L.t(f'info svc=rr-bates msg="bates stamped" prefix=NME range=NME{b:06d}-NME{b + R.randint(10, 900):06d} request_id=RR-{digits(5)}')
        elif v == 2:
            L.t(f'warn svc=rr-tracker msg="page count mismatch" request_id=RR-{digits(5)} expected={R.randint(100, 500)} got={R.randint(100, 500)} action=requeue_ocr')
        elif v == 3:
            L.t(f'info svc=rr-billing msg="custodian fee invoice" custodian="{pick(CUSTODIANS)}" invoice=CX-{digits(7)} amount={R.randint(15, 180)}.{R.randint(0, 99):02d} pages={R.randint(20, 900)}')
        elif v == 4:
            L.t(f'info svc=rr-tracker msg="CNR received" request_id=RR-{digits(5)} custodian="{pick(CUSTODIANS)}" note="certificate of no records"')
        elif v == 5:
            L.t(f'error svc=rr-fax msg="outbound fax failed" to=+1{pick(["661", "915", "253", "305"])}555{digits(4)} provider=efax code=NO_ANSWER attempt={R.randint(1, 4)} request_id=RR-{digits(5)}')
        else:
            L.t(f'info svc=rr-tracker msg="sla report" open={R.randint(100, 900)} overdue_30d={R.randint(0, 60)} median_days={R.uniform(5, 30):.1f}')
        return [L]
    c = pick(CL)
    v = R.randint(0, 5)
    sdt = f"SDT-24-{digits(6)}"
    if v == 5:
        L.t('info svc=rr-fax msg="patient copy sent" reason="claimant request (45 CFR 164.524)" ')
        kvq(L, "to", "+1" + pick(AREA[c["st"]]) + str(R.randint(2, 9)) + digits(6), "fax")
        L.t(" ")
        kvq(L, "recipient", nm(c, "LF"), "name")
        L.t(f" pages={R.randint(5, 90)} provider=efax job=FX{digits(8)}")
        return [L]
    if v == 0:
        L.t('info svc=rr-tracker msg="subpoena served" ')
        kvq(L, "subpoena_no", sdt, "other_id"); L.t(" ")
        kvq(L, "case", c["case"], "other_id")
        L.t(f' custodian="{pick(CUSTODIANS)}" method={pick(["certified_mail", "process_server", "portal"])} served_on=2024-03-0{R.randint(1, 8)} due=2024-03-{R.randint(18, 29)}')
    elif v == 1:
        b = R.randint(4000, 90000)
        L.t(f'info svc=rr-tracker msg="records received" request_id=RR-{digits(5)} pages={R.randint(20, 900)} bates=NME{b:06d}-NME{b + R.randint(10, 900):06d} ')
        kvq(L, "patient", nm(c, pick(["LF", "LFM", "lf"])), "name"); L.t(" ")
        kvq(L, "mrn", c["mrn"], "mrn"); L.t(" dos_range=")
        L.p(D(c["doi"], "us"), "date").t("-").p(D(c["doi"] + timedelta(days=R.randint(20, 120)), "us"), "date")
    elif v == 2:
        L.t('warn svc=rr-match msg="patient identity mismatch" ')
        kvq(L, "expected_dob", D(c["dob"], "iso"), "date"); L.t(" ")
        kvq(L, "custodian_dob", D(c["dob"] + timedelta(days=R.choice([1, 30, 365])), "iso"), "date")
        L.t(" ")
        kvq(L, "patient", nm(c, "full"), "name")
        if R.random() < 0.5:
            L.t(" ")
            kvq(L, "custodian_mrn", c["mrn"], "mrn")
        L.t(f' request_id=RR-{digits(5)} action=hold')
    elif v == 3:
        L.t('info svc=rr-tracker msg="HIPAA authorization attached" ')
        kvq(L, "subpoena_no", sdt, "other_id")
        L.t(' signed_by="').p(nm(c, "full"), "name").t('"')
        L.t(" claimant_ssn_last4=").p(c["ssn"][-4:], "ssn").t(f" pages=2 sha256={sha256()[:16]}")
    else:
        L.t('info svc=rr-tracker msg="request created" ')
        kvq(L, "claim", c["claim"], "other_id")
        L.t(f' custodian="{pick(CUSTODIANS)}" records="ER, ortho, PT notes" ')
        kvq(L, "dos_from", D(c["doi"], "iso"), "date")
        L.t(" dos_to=present ")
        kvq(L, "patient_acct", f"{pick(['HAR', 'ACCT', 'V'])}{digits(9)}", "account")
    return [L]


# ---------------- 10. dictation / transcription queue ----------------
ST_EN = [
    ["I was lifting a pallet at work on ", ("doi", "en_noyear"), " and felt something pull in my lower back."],
    ["My ", ("relw",), " ", ("rel",), " drives me to all my appointments since the accident on ", ("doi", "us_np"), "."],
    ["I live alone at ", ("street",), " and I cannot climb the stairs anymore."],
    ["The other driver ran the light on Main and hit my door; my ", ("relw",), " ", ("rel",), " was in the back seat."],
    ["I went back to light duty for two weeks but the pain in my knee got worse."],
    ["Nobody at the clinic explained the MRI results to me."],
]
ST_ES = [
    ["Me caí de la escalera el ", ("doi", "es_noyear"), " y desde entonces no puedo dormir del dolor."],
    ["Mi ", ("rele",), " ", ("rel",), " me ayuda a bañarme; vivimos en ", ("city",), "."],
    ["El dolor empezó después del choque, el ", ("doi", "es"), ", cuando iba al trabajo."],
    ["Trabajo en el empaque desde hace doce años y nunca me había lastimado."],
    ["No entiendo por qué me cancelaron la terapia si todavía tengo dolor en el hombro."],
    ["Pueden llamarme al ", ("phone",), " después de las cinco, por favor."],
]


def put_statement(L, c, tmpl):
    for part in tmpl:
        if isinstance(part, str):
            L.t(part)
        elif part[0] == "doi":
            L.p(D(c["doi"], part[1]), "date")
        elif part[0] == "rel":
            L.p(c["rel"][0], "name")
        elif part[0] == "relw":
            L.t(c["rel"][1])
        elif part[0] == "rele":
            L.t(RELS_ES[c["rel"][1]])
        elif part[0] == "street":
            L.p(c["street"], "address")
        elif part[0] == "city":
            L.p(c["city"], "address")
        elif part[0] == "phone":
            L.p(P(c["phone"], pick(["dash", "raw", "dot"])), "phone")


def stmt_has_phi(tmpl):
    return any(isinstance(p, tuple) and p[0] not in ("relw", "rele") for p in tmpl)


@single
def g_dictation(want):
    L = Line("dictation_queue")
    ts = CLK.next()
    job = R.randint(4471000, 4479999)

    def pre(level="INFO "):
        L.t(f"[{local(ts, -5):%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d}] [{level}] [TxQueue] ")

    ex = pick(EXAMINERS)
    if not want:
        v = R.randint(0, 7)
        if v == 0:
            pre()
            L.t(f"Job {job} enqueued author={ex['id']} ({ex['name']}) wav=\\\\ngfs01\\dictation\\2024\\03\\{job}.dss duration=00:{R.randint(3, 40):02d}:{R.randint(0, 59):02d} priority={pick(['ROUTINE', 'STAT', 'ROUTINE'])}")
        elif v == 1:
            pre()
            L.t(f"Job {job} assigned to MT-{R.randint(100, 199)} ({pick(['Carla Jimenez', 'Deb Okonkwo', 'Anita Sharma'])}) TAT_due={(local(ts, -5) + timedelta(hours=48)):%Y-%m-%d %H:%M}")
        elif v == 2:
            pre()
            L.t(f"ASR pass complete job={job} engine=dragon-medical-one words={R.randint(900, 6000)} est_wer={R.uniform(0.03, 0.14):.3f}")
        elif v == 3:
            pre("WARN ")
            L.t(f"TAT breach risk job={job} remaining=0{R.randint(1, 9)}:{R.randint(0, 59):02d} queue=IME-REPORTS depth={R.randint(10, 90)}")
        elif v == 4:
            pre()
            L.t(f"QA sample selected job={job} reviewer=QA-{R.randint(1, 9):02d} rule=5pct_random")
        elif v == 5:
            pre("ERROR")
            L.t(f"Decoder failure job={job} codec=DSS-Pro err=0x8004020C; re-requesting upload from device DPM-8000 firmware 2.17")
        elif v == 6:
            pre()
            L.t(f"Template loaded IME_Ortho_v7.dotx for author={ex['id']} macros=12")
        else:
            pre()
            L.t(f"Segment {R.randint(1, 9)} job={job}: \"Range of motion of the lumbar spine: flexion {R.randint(30, 90)} degrees, extension {R.randint(5, 30)} degrees. Straight leg raise negative bilaterally.\"")
        return [L]
    c = pick(CL)
    v = R.randint(0, 4)
    if v == 0:
        pre()
        L.t(f"Job {job} header parsed: Claimant: ").p(nm(c, pick(["full", "fml", "LF"])), "name")
        L.t("  DOB: ").p(D(c["dob"], pick(["us_np", "us", "long"])), "date")
        L.t("  DOE: ").p(D(c["exam"].date(), pick(["us_np", "us"])), "date")
        L.t("  Claim #: ").p(c["claim"], "other_id")
    elif v in (1, 2):
        tm = pick([t for t in (ST_ES if c["lang"] == "es" else ST_EN) if stmt_has_phi(t)])
        pre()
        L.t(f"Segment {R.randint(2, 6)} job={job}: \"" + ("La reclamante" if c["sex"] == "F" else "El reclamante") + " refiere: '" if c["lang"] == "es" else f"Segment {R.randint(2, 6)} job={job}: \"The claimant states: '")
        put_statement(L, c, tm)
        L.t("'\"")
    elif v == 3:
        c = pick(OLD) if R.random() < 0.6 else c
        pre()
        L.t(f"Segment 1 job={job}: \"This is an independent medical examination of ").p(nm(c, "full"), "name").t(", a ")
        if c["age"] > 89:
            L.p(c["age"], "age")
        else:
            L.t(c["age"])
        L.t(f"-year-old {'female' if c['sex'] == 'F' else 'male'} seen at the request of {c['carrier']} on ")
        L.p(D(c["exam"].date(), "long"), "date").t('."')
    else:
        pre()
        L.t(f"Job {job} finalized and signed by {ex['name']}; report for ").p(nm(c, "lfi"), "name")
        L.t(" case ").p(c["case"], "other_id").t(f" released to {c['adj_email']}")
    return [L]


# ---------------- 11. peer review determinations JSON ----------------
TREAT = [("Lumbar MRI w/o contrast", "72148"), ("PT 2x6 lumbar", "97110"), ("L4-5 transforaminal ESI", "64483"),
         ("Right knee arthroscopy, partial medial meniscectomy", "29881"), ("Tramadol 50mg #60", None),
         ("TENS unit replacement", "E0730"), ("Cognitive behavioral therapy x6", "90837")]


def req_items(c):
    tr, cpt = pick(TREAT)
    its = [("treatment", tr)]
    if cpt:
        its.append(("hcpcsCpt", [cpt]))
    if tr.startswith("TENS"):
        its.append(("currentDeviceSerial", c["tens"], "device"))
    its += [("requestingProvider", pick(["Dr. Lena Marsh", "Dr. Victor Osei", "Kaiser OccMed Fresno", "Concentra Medical Centers"])),
            ("receivedDate", f"2024-03-0{R.randint(4, 9)}")]
    return its



@single
def g_peer(want):
    L = Line("peer_review_json")
    CLK.next()
    ex = pick(EXAMINERS)
    if not want:
        if R.random() < 0.5:
            jobj(L, [("metric", "ur_tat_hours"), ("jurisdiction", pick(["CA", "TX", "WA", "OH"])),
                     ("p50", round(R.uniform(12, 40), 1)), ("p95", round(R.uniform(48, 90), 1)),
                     ("n", R.randint(20, 400)), ("window", "2024-03-10")], COMPACT)
        else:
            jobj(L, [("reviewerId", ex["id"]), ("reviewerName", ex["name"].replace("Dr. ", "") + ", MD"),
                     ("specialty", ex["spec"]), ("npi", ex["npi"]), ("licenseNo", f"CA {ex['lic']}"),
                     ("availableSlots", R.randint(0, 12)), ("conflictsChecked", True)], COMPACT)
        return [L]
    c = pick(CL)
    det = f"UR-24-{digits(6)}"
    dec = pick(["CERTIFIED", "NON-CERTIFIED", "MODIFIED", "CERTIFIED"])
    if R.random() < 0.75:
        cl = [("firstName", c["first"], "name"), ("lastName", c["last"], "name"),
              ("dateOfBirth", D(c["dob"], "iso"), "date"), ("claimNumber", c["claim"], "other_id")]
        if c["age"] > 89:
            cl.append(("age", c["age"], "age"))
        if R.random() < 0.4:
            cl.append(("dateOfInjury", D(c["doi"], "iso"), "date"))
        jobj(L, [("determinationId", det, "other_id"), ("reviewType", pick(["PROSPECTIVE", "RETROSPECTIVE", "CONCURRENT"])),
                 ("jurisdiction", c["st"]), ("claimant", Obj(cl)),
                 ("request", Obj(req_items(c))),
                 ("reviewer", Obj([("name", ex["name"].replace("Dr. ", "") + ", MD"), ("specialty", ex["spec"]), ("license", f"{c['st']} {ex['lic']}")])),
                 ("decision", dec), ("guideline", pick(["MTUS ACOEM Low Back 2020", "ODG Knee & Leg 2023", "ODG Pain 2023"])),
                 ("decisionDate", f"2024-03-{R.randint(11, 13)}")], COMPACT)
    else:
        L.fam = "peer_review_json_legacy"
        jobj(L, [("det_id", det, "other_id"), ("clmt_nm", nm(c, "LF"), "name"), ("clm_no", c["claim"], "other_id"),
                 ("dos", D(c["exam"].date(), "us"), "date"), ("rvwr", ex["id"]), ("outcome", dec[:3]),
                 ("rationale", f"Records reviewed ({R.randint(40, 600)} pp). Guideline criteria {'met' if dec == 'CERTIFIED' else 'not met'}; peer-to-peer attempted x2.")])
    return [L]


# ---------------- 12. jurisdiction filings XML ----------------
FORMS = {"CA": "QME-111", "TX": "DWC069", "WA": "LNI-IME-RPT", "OH": "C-92", "IL": "IC-IME", "IN": "State Form 29109",
         "HI": "WC-2", "NM": "NMWCA-IME"}


@block
def g_xml_block(want):
    lines = []
    c = pick([x for x in WC if x["jcn"]])
    ex = c["spec"]

    def add(parts):
        L = Line("filing_xml")
        CLK.next(0, 0.001)
        for pz in parts:
            if isinstance(pz, tuple):
                L.p(xesc(pz[0]), pz[1])
            else:
                L.t(pz)
        lines.append(L)

    CLK.next()
    add(['<?xml version="1.0" encoding="UTF-8"?>'])
    add([f'<JurisdictionFiling xmlns="urn:northgate:filing:2.3" state="{c["st"]}" form="{FORMS[c["st"]]}" batchId="B{CLK.t:%Y%m%d}-{R.randint(1, 20):02d}">'])
    add(['  <Submitter fein="94-1234567" name="Northgate Medical Evaluations LLC" contact="filings@northgate-ime.com"/>'])
    add(["  <Claimant>"])
    add(["    <Name><Last>", (c["last"], "name"), "</Last><First>", (c["first"], "name"), "</First></Name>"])
    if R.random() < 0.5:
        add(["    <SSNLast4>", (c["ssn"][-4:], "ssn"), "</SSNLast4>"])
    else:
        add(["    <SSN>", (c["ssn"], "ssn"), "</SSN>"])
    add(["    <DOB>", (D(c["dob"], "iso"), "date"), "</DOB>"])
    add(["    <Address><Line1>", (c["street"], "address"), "</Line1><City>", (c["city"], "address"),
         f"</City><State>{c['st']}</State><Zip>", (c["zip"], "zip"), "</Zip></Address>"])
    add(["  </Claimant>"])
    add(["  <Claim jcn=\"", (c["jcn"], "other_id"), "\" carrierClaimNo=\"", (c["claim"], "other_id"), f"\" employer=\"{xesc(c['employer'])}\">"])
    add(["    <DateOfInjury>", (D(c["doi"], "iso"), "date"), "</DateOfInjury>"])
    add([f'    <Exam type="{pick(["DD", "MMI-IR", "RTW", "IME"])}" examinerNpi="{ex["npi"]}" examinerLicense="{ex["lic"]}" date="', (D(c["exam"].date(), "iso"), "date"), '"/>'])
    add([f"    <ImpairmentRating wholePerson=\"{R.randint(0, 24)}\" mmi=\"{pick(['true', 'false'])}\"/>"])
    add(["  </Claim>"])
    add([f'  <Attachment type="report" pages="{R.randint(8, 40)}" sha1="{hexs(40)}"/>'])
    add(["</JurisdictionFiling>"])
    return lines


@single
def g_xml_line(want):
    L = Line("filing_xml")
    CLK.next()
    if not want:
        L.t(pick([
            f'<BatchSummary batchId="B{CLK.t:%Y%m%d}-{R.randint(1, 20):02d}" state="{pick(list(FORMS))}" accepted="{R.randint(5, 60)}" rejected="{R.randint(0, 4)}" elapsedMs="{R.randint(300, 9000)}"/>',
            f'<FilingAck xmlns="urn:northgate:filing:2.3" status="ACCEPTED" trackingNo="TXDWC-2024-{digits(7)}" receivedAt="{iso_z(CLK.t, 0)}"/>',
            '<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Service Unavailable - EAMS maintenance window 02:00-04:00 PT</faultstring></soap:Fault>',
            f'<Heartbeat endpoint="https://edi.dwc.example.gov/ws/filing" latencyMs="{R.randint(50, 900)}" tls="1.2"/>',
        ]))
        return [L]
    c = pick([x for x in WC if x["jcn"]])
    v = R.randint(0, 2)
    if v == 0:
        L.t(f'<FilingAck xmlns="urn:northgate:filing:2.3" status="REJECTED" trackingNo="TXDWC-2024-{digits(7)}"><Error code="E114" field="Claim/@jcn">Claim number ')
        L.p(c["jcn"], "other_id").t(" not found for employee ").p(xesc(fold(c["last"]).upper()), "name").t("</Error></FilingAck>")
    elif v == 1:
        L.t(f'<ClaimantMatch state="{c["st"]}"><Query><Last>').p(xesc(c["last"]), "name").t("</Last><DOB>")
        L.p(D(c["dob"], "us"), "date").t(f"</DOB></Query><Result count=\"1\" jcn=\"").p(c["jcn"], "other_id").t('"/></ClaimantMatch>')
    else:
        L.t('<Error code="E207" severity="fatal">DateOfInjury ').p(D(c["doi"], "iso"), "date")
        L.t(" after Exam date ").p(D(c["exam"].date(), "iso"), "date").t(" for carrierClaimNo ").p(c["claim"], "other_id").t("</Error>")
    return [L]


# ---------------- 13. NACHA ACH ----------------
def fw(L, val, width, cat=None, align="l", fill=" "):
    val = str(val)[:width]
    pad = fill * (width - len(val))
    if align == "l":
        L.p(val, cat)
        L.t(pad)
    else:
        L.t(pad)
        L.p(val, cat)


@block
def g_nacha(want):
    lines = []
    ts = CLK.next()
    eff = (ts + timedelta(days=1)).strftime("%y%m%d")
    odfi = "12100024"
    ppd = R.random() < 0.5

    def rec():
        L = Line("nacha_ach")
        CLK.next(0, 0.001)
        lines.append(L)
        return L

    L = rec()
    L.t("101", " 121000248", "1941234567", ts.strftime("%y%m%d"), ts.strftime("%H%M"), "A094101")
    fw(L, "WELLS FARGO BANK", 23)
    fw(L, "NORTHGATE MEDICAL EVAL", 23)
    fw(L, "", 8)
    L = rec()
    L.t("5220")
    fw(L, "NORTHGATE MED EV", 16)
    fw(L, "", 20)
    L.t("1941234567", "PPD" if ppd else "CCD")
    fw(L, "MILEAGE" if ppd else "IME FEES", 10)
    L.t(eff, eff, "   ", "1", odfi, "0000001")
    n_ent = R.randint(2, 3)
    seq = 0
    total = 0
    hashsum = 0
    for _ in range(n_ent):
        seq += 1
        rt = aba(pick(["32227169", "11300002", "04100012", "07100001", "12200066"]))
        hashsum += int(rt[:8])
        amt = R.randint(2500, 90000) if ppd else R.randint(45000, 350000)
        total += amt
        trace = odfi + f"{seq:07d}"
        L = rec()
        L.t("622", rt)
        if ppd:
            c = pick(CL)
            fw(L, c["acct"], 17, "account")
            L.t(f"{amt:010d}")
            fw(L, c["claim"].replace(" ", "")[:15], 15, "other_id")
            fw(L, fold(f"{c['last']} {c['first']}").upper().replace("'", "")[:22], 22, "name")
            L.t("  ", "1", trace)
            L = rec()
            L.t("705")
            txt1 = f"MILEAGE REIMB {R.randint(12, 180)} MI EXAM DT "
            dt = D(c["exam"].date(), "d8")
            rest = 80 - len(txt1) - len(dt)
            L.t(txt1).p(dt, "date").t(" " * rest)
            L.t("0001", f"{seq:07d}")
        else:
            ex = pick(EXAMINERS)
            fw(L, digits(R.randint(8, 12)), 17)
            L.t(f"{amt:010d}")
            fw(L, ex["npi"], 15)
            fw(L, fold(f"{ex['last']} {ex['first']} MD INC").upper()[:22], 22)
            has_claim = R.random() < 0.6
            L.t("  ", "1", trace)
            L = rec()
            L.t("705")
            inv = f"RMR*IV*INV-2403-{digits(4)}**{amt / 100:.2f}\\"
            if has_claim:
                c = pick(CL)
                L.t(inv, "REF*CLM*").p(c["claim"], "other_id")
                L.t("\\" + " " * (80 - len(inv) - 8 - len(c["claim"]) - 1))
            else:
                fw(L, inv + f"REF*PO*NG{digits(6)}\\", 80)
            L.t("0001", f"{seq:07d}")
    L = rec()
    L.t("8220", f"{n_ent * 2:06d}", f"{hashsum % 10**10:010d}", f"{0:012d}", f"{total:012d}", "1941234567")
    fw(L, "", 19)
    fw(L, "", 6)
    L.t(odfi, "0000001")
    L = rec()
    blocks = (len(lines) + 1 + 9) // 10
    L.t("9", f"{1:06d}", f"{blocks:06d}", f"{n_ent * 2:08d}", f"{hashsum % 10**10:010d}", f"{0:012d}", f"{total:012d}")
    fw(L, "", 39)
    while len(lines) % 10:
        L = rec()
        L.t("9" * 94)
    for x in lines:
        assert len(x.text()) == 94, (x.text(), len(x.text()))
    return lines


# ---------------- 14. IIS W3C ----------------
IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
UA_USER = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
           "Mozilla/5.0+(Linux;+Android+14;+SM-A546U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
           "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.2365.80",
           "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.2+Safari/605.1.15"]
UA_BOT = ["Mozilla/5.0+(compatible;+UptimeRobot/2.0;+http://www.uptimerobot.com/)",
          "Mozilla/5.0+(compatible;+Googlebot/2.1;++http://www.google.com/bot.html)",
          "Mozilla/5.0+(compatible;+bingbot/2.0;++http://www.bing.com/bingbot.htm)"]
BOT_IPS = ["66.249.66.1", "69.162.124.235", "157.55.39.12", "216.144.250.150"]


def pub_ip():
    while True:
        a = pick([24, 47, 67, 68, 71, 73, 75, 76, 98, 99, 104, 107, 108, 172, 174, 184])
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if not ip.startswith("172.1") and not ip.startswith("172.2") and not ip.startswith("172.3"):
            return ip


for _c in CL:
    _c["ip"] = pub_ip()


@block
def g_iis_header(want):
    lines = []
    CLK.next()
    for s in ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
              f"#Date: {CLK.t:%Y-%m-%d %H:%M:%S}", IIS_FIELDS]:
        L = Line("iis_w3c")
        L.t(s)
        lines.append(L)
    return lines


@single
def g_iis(want):
    L = Line("iis_w3c")
    ts = CLK.next()
    sip = f"10.20.1.{pick([14, 15])}"
    L.t(f"{ts:%Y-%m-%d %H:%M:%S} {sip} ")
    if not want:
        v = R.randint(0, 4)
        if v == 0:
            L.t(f"GET /ClaimantPortal/health - 443 - 10.20.0.{R.randint(4, 6)} AlwaysOn-HealthProbe/1.0 - 200 0 0 {R.randint(1, 9)}")
        elif v == 1:
            i = R.randrange(len(UA_BOT))
            L.t(f"GET {pick(['/robots.txt', '/', '/ClaimantPortal/Account/Login', '/favicon.ico'])} - 443 - {BOT_IPS[i if i < 3 else 3]} {UA_BOT[i]} - {pick(['200', '302', '404'])} 0 0 {R.randint(2, 90)}")
        elif v == 2:
            L.t(f"GET /ClaimantPortal/{pick(['Content/site.min.css', 'Scripts/portal.bundle.js', 'fonts/opensans.woff2'])} v={hexs(8)} 443 - 10.20.0.5 - - 304 0 0 {R.randint(0, 4)}")
        elif v == 3:
            L.t(f"POST /ClaimantPortal/api/telemetry - 443 - 10.20.0.{R.randint(4, 6)} - - 204 0 0 {R.randint(1, 20)}")
        else:
            L.t(f"GET /ClaimantPortal/Account/Login ReturnUrl=%2FClaimantPortal%2FHome 443 - 216.144.250.150 {UA_BOT[0]} - 200 0 0 {R.randint(10, 60)}")
        return [L]
    c = pick(CL)
    method, stem, qkind = pick([
        ("GET", "/ClaimantPortal/Appointments/Details", "claim"), ("GET", "/ClaimantPortal/Home", None),
        ("POST", "/ClaimantPortal/Documents/Upload", "case"), ("GET", "/ClaimantPortal/Mileage/Submit", "case"),
        ("POST", "/ClaimantPortal/Account/Login", None), ("GET", "/ClaimantPortal/Messages", None),
        ("POST", "/ClaimantPortal/Statement/Save", "case"),
    ])
    L.t(f"{method} {stem} ")
    if qkind == "claim":
        L.t(f"appt={R.randint(80000, 99999)}&claimNo=").p(quote(c["claim"]), "other_id")
    elif qkind == "case":
        L.t("caseNo=").p(c["case"], "other_id").t(f"&lang={c['lang']}")
    else:
        L.t("-")
    L.t(" 443 ")
    if stem.endswith("Login"):
        L.t("-")
    elif R.random() < 0.5:
        L.p(c["email"], "email")
    else:
        L.p(c["user"], "other_id")
    L.t(" ").p(c["ip"], "ip").t(f" {pick(UA_USER)} https://portal.northgate-ime.com/ClaimantPortal/Home ")
    L.t(f"{pick(['200', '200', '302', '500'])} 0 0 {R.randint(15, 2400)}")
    return [L]


# ---------------- 15. ASP.NET Serilog (text + CLEF) ----------------
@single
def g_serilog(want):
    ts = CLK.next()
    clef = R.random() < 0.45
    L = Line("serilog_clef" if clef else "serilog_text")
    lt = ts - timedelta(hours=5)
    rid = f"0HN{''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(9))}:000000{R.randint(1, 9):02d}"

    def text_pre(lvl):
        L.t(f"{lt:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} -05:00 [{lvl}] ")

    def clef_obj(mt, props, lvl=None, ctx=None):
        items = [("@t", ts.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"), ("@mt", mt)]
        if lvl:
            items.append(("@l", lvl))
        items += props + [("SourceContext", ctx or "Northgate.Portal.Services.IdentityService"),
                          ("RequestId", rid), ("TraceId", hexs(32)), ("SpanId", hexs(16))]
        jobj(L, items, COMPACT)

    if not want:
        v = R.randint(0, 6)
        if clef:
            if v < 3:
                clef_obj("Request finished {Protocol} {Method} {Path} - {StatusCode} {ElapsedMilliseconds}ms",
                         [("Protocol", "HTTP/1.1"), ("Method", "GET"), ("Path", pick(["/ClaimantPortal/Home", "/ClaimantPortal/health"])),
                          ("StatusCode", 200), ("ElapsedMilliseconds", round(R.uniform(1, 500), 4))],
                         None, "Microsoft.AspNetCore.Hosting.Diagnostics")
            elif v < 5:
                clef_obj("Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']",
                         [("elapsed", str(R.randint(1, 90))), ("parameters", "@__claimantId_0='?' (DbType = Int32)"),
                          ("commandType", "Text"), ("commandTimeout", 30)],
                         None, "Microsoft.EntityFrameworkCore.Database.Command")
            else:
                clef_obj("Data Protection key {KeyId} will expire on {Expiration}", [("KeyId", ruuid()), ("Expiration", "2024-05-02")], "Warning",
                         "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager")
        else:
            lvl, msg = pick([
                ("INF", "Application started. Press Ctrl+C to shut down."),
                ("INF", "Hosting environment: Production"),
                ("INF", "Content root path: D:\\inetpub\\ClaimantPortal"),
                ("INF", "Request starting HTTP/1.1 GET https://portal.northgate-ime.com/ClaimantPortal/Home - - -"),
                ("INF", f"Executed action Northgate.Portal.Controllers.HomeController.Index (Northgate.Portal) in {R.uniform(3, 300):.4f}ms"),
                ("DBG", "SMTP relay smtp.office365.com:587 authenticated as noreply@northgate-ime.com"),
                ("INF", f"Hangfire job {R.randint(100000, 999999)} 'SendReminderDigest' succeeded in {R.randint(100, 9000)}ms"),
                ("ERR", f"Failed to reach SMS provider: HttpRequestException: No such host is known. (api.twilio.com:443) retry={R.randint(1, 3)}"),
                ("WRN", f"Slow response from Zendesk API GET /api/v2/users/me.json took {R.randint(2000, 9000)}ms"),
            ])
            text_pre(lvl)
            L.t(msg)
        return [L]
    c = pick(CL)
    v = R.randint(0, 7)
    if clef:
        if v == 0:
            L.fam = "serilog_clef"
            tm = pick([t for t in (ST_ES if c["lang"] == "es" else ST_EN)])
            items = [("@t", ts.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"), ("@mt", "Claimant {ClaimantId} submitted statement for case {CaseNo} ({Lang})"),
                     ("ClaimantId", c["cid"], "other_id"), ("CaseNo", c["case"], "other_id"), ("Lang", c["lang"])]
            L.t("{")
            for i, it in enumerate(items):
                if i:
                    L.t(",")
                L.t(json.dumps(it[0]), ":")
                jval(L, it[1], it[2] if len(it) > 2 else None)
            L.t(',"StatementText":"')
            put_statement(L, c, tm)
            L.t(f'","SourceContext":"Northgate.Portal.Controllers.StatementController","RequestId":"{rid}"}}')
        elif v in (1, 2):
            jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(R.getrandbits(8) for _ in range(150))
            L.fam = "serilog_clef"
            L.t('{"@t":"' + ts.strftime("%Y-%m-%dT%H:%M:%S.%f") + '0Z","@mt":"Photo ID uploaded for claimant {ClaimantId} size {Bytes} preview {Preview}","@l":"Debug","ClaimantId":')
            L.p(c["cid"], "other_id").t(f',"Bytes":{R.randint(80000, 900000)},"Preview":"data:image/jpeg;base64,')
            L.p(base64.b64encode(jpg).decode(), "photo")
            L.t(f'","SourceContext":"Northgate.Portal.Services.IdentityService","RequestId":"{rid}"}}')
        elif v == 3:
            tmpl = base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()
            clef_obj("Identity verification {Result} score {Score} for {UserName}",
                     [("Result", "match"), ("Score", round(R.uniform(0.9, 0.999), 3)), ("UserName", c["user"], "other_id"),
                      ("FaceTemplate", tmpl, "biometric"), ("Vendor", "VeriFace 4.2")], "Information")
        elif v == 4:
            clef_obj("Login failed for {UserName} from {RemoteIp} ({Attempts} attempts)",
                     [("UserName", c["email"], "email"), ("RemoteIp", c["ip"], "ip"), ("Attempts", R.randint(2, 5))], "Warning",
                     "Northgate.Portal.Controllers.AccountController")
        elif v == 5:
            clef_obj("Device registered for MFA {DeviceModel} {Imei} user {UserName}",
                     [("DeviceModel", pick(["SM-A546U", "iPhone15,3", "moto g play"])), ("Imei", c["imei"], "device"),
                      ("UserName", c["user"], "other_id")], "Information")
        else:
            clef_obj("Mileage claim {ClaimId} submitted by claimant {ClaimantId}: {Miles} mi to exam on {ExamDate}",
                     [("ClaimId", f"MIL-{digits(6)}"), ("ClaimantId", c["cid"], "other_id"), ("Miles", R.randint(8, 180)),
                      ("ExamDate", D(c["exam"].date(), "us"), "date")], "Information",
                     "Northgate.Portal.Controllers.MileageController")
        return [L]
    if v == 0:
        text_pre("WRN")
        L.t("Login failed for user '").p(c["user"], "other_id").t(f"' ({R.randint(2, 5)} attempts) from ").p(c["ip"], "ip")
    elif v == 1:
        text_pre("ERR")
        L.t("Failed to send SMS reminder to ").p(P(c["phone"], "e164"), "phone")
        L.t(": Twilio.Exceptions.ApiException: The 'To' number is not a valid phone number. (Code 21211)")
    elif v == 2:
        text_pre("INF")
        L.t("Claimant ").p(c["cid"], "other_id").t(" updated profile: address '")
        L.p(c["street"], "address").t(", ").p(c["city"], "address").t(f", {c['st']} ").p(c["zip4"][:5] + "-" + c["zip4"][5:], "zip")
        L.t("' phone '").p(P(c["phone"], pick(["paren", "dash", "dot"])), "phone").t("'")
    elif v == 3:
        text_pre("INF")
        L.t("Email changed for claimant ").p(c["cid"], "other_id").t(": '").p(c["email"], "email").t("' -> '")
        e2 = fold(c["first"]).split()[0].lower() + str(R.randint(10, 99)) + "@" + pick(MAIL)
        L.p(e2, "email").t("' (verification sent)")
    elif v == 4:
        text_pre("INF")
        L.t("Appointment confirmation viewed by ").p(nm(c, "full"), "name").t(" for ")
        L.p(c["exam"].strftime("%A, %B %d, %Y %I:%M %p"), "date").t(f" at {pick(CLINICS)[0]}")
    elif v == 5:
        c = pick(AUTO)
        text_pre("INF")
        L.t("Vehicle info saved case=").p(c["case"], "other_id").t(" VIN=").p(c["vin"], "vehicle").t(" Plate=").p(c["plate"], "vehicle")
    elif v == 6:
        text_pre("WRN")
        L.t("Claimant ").p(c["cid"], "other_id").t(" entered card number in free-text field; value masked before save: ")
        cc = "4" + digits(14)
        cc = cc + luhn_check(cc)
        L.p(cc, "account").t(" (raw echoed by legacy validator)")
    else:
        text_pre("INF")
        L.t("Emergency contact added for claimant ").p(c["cid"], "other_id").t(": ").p(f"{c['rel'][0]} {c['last']}", "name")
        L.t(f" ({c['rel'][1]}) ").p(P(digits(0) + pick(AREA[c["st"]]) + str(R.randint(2, 9)) + digits(6), "paren"), "phone")
    return [L]


# ---------------- 16. Zendesk ----------------
ZD_SUBJ_EN = ["Reschedule IME - claimant can't drive", "Interpreter didn't show up", "Mileage reimbursement not received",
              "Copy of my exam report", "Wrong address on appointment letter"]
ZD_SUBJ_ES = ["Necesito cambiar mi cita", "No llegó el intérprete", "¿Cuándo me pagan el millaje?", "Dirección equivocada en la carta"]


@single
def g_zendesk(want):
    CLK.next()
    tid = R.randint(48000, 49999)
    if not want:
        L = Line("zendesk_webhook")
        ag = pick(AGENTS)
        L.t(f"{iso_z(CLK.t)} zendesk-webhook INFO ")
        L.t(pick([
            f"ticket.status_changed ticket={tid} from=open to=solved agent=\"{ag}\" macro=\"Billing - W9 request\"",
            f"ticket.sla_breach ticket={tid} policy=\"Portal P2\" metric=first_reply_time breached_by={R.randint(1, 300)}m",
            f"webhook delivered id=01HR{hexs(22).upper()} status=200 latency_ms={R.randint(30, 900)}",
            f"ticket.assigned ticket={tid} group=\"Scheduling West\" assignee=\"{ag}\" via=trigger:{R.randint(360000000000, 369999999999)}",
            f"ticket.comment_added ticket={tid} author=agent public=true body=\"Hi, thanks for reaching out - a scheduler will call you within one business day. - {ag}, Northgate Support (800) 555-0199\"",
        ]))
        return [L]
    c = pick(CL)
    if R.random() < 0.5:
        L = Line("zendesk_json")
        es = c["lang"] == "es"
        subj = pick(ZD_SUBJ_ES if es else ZD_SUBJ_EN)
        L.t(f'{{"id":{tid},"url":"https://northgate.zendesk.com/api/v2/tickets/{tid}.json","subject":')
        jval(L, subj)
        L.t(',"description":"')
        tm = pick([t for t in (ST_ES if es else ST_EN) if stmt_has_phi(t)])
        if es:
            L.t("Hola, soy ").p(nm(c, pick(["full", "lower"])), "name").t(". ")
        else:
            L.t("Hi this is ").p(nm(c, pick(["full", "lower"])), "name").t(" claim ").p(c["claim"], "other_id").t(". ")
        put_statement(L, c, tm)
        L.t(f'","status":"{pick(["new", "open", "pending"])}","priority":"normal","requester_id":').p(c["zdid"], "other_id")
        L.t(f',"assignee_id":{R.randint(360000000000, 369999999999)},"tags":["{"spanish" if es else "english"}","portal"],"custom_fields":[{{"id":360011223344,"value":"')
        L.p(c["case"], "other_id").t(f'"}}],"created_at":"{iso_z(CLK.t, 0)}"}}')
        return [L]
    L = Line("zendesk_webhook")
    L.t(f"{iso_z(CLK.t)} zendesk-webhook INFO ")
    v = R.randint(0, 3)
    if v == 0:
        L.t(f"ticket.created ticket={tid} via=email requester=\"").p(nm(c, "full"), "name").t(" <").p(c["email"], "email").t(">\"")
        L.t(f" subject=\"{pick(ZD_SUBJ_ES if c['lang'] == 'es' else ZD_SUBJ_EN)}\"")
    elif v == 1:
        L.t(f"ticket.comment_added ticket={tid} author=end-user public=true body=\"")
        if c["lang"] == "es":
            L.t("Mi cita es el ").p(D(c["exam"].date(), "dmy"), "date").t(" y no tengo transporte. Mi dirección nueva es ")
            L.p(c["street"], "address").t(", ").p(c["city"], "address").t(" ").p(c["zip"], "zip").t(".\"")
        else:
            L.t("My exam is ").p(D(c["exam"].date(), "abbr"), "date").t(" and I still have no ride. Call me at ")
            L.p(P(c["phone"], pick(["paren", "dash", "raw"])), "phone").t(" or fax my attorney.\"")
    elif v == 2:
        L.t(f"ticket.comment_added ticket={tid} author=agent public=false body=\"Internal: claimant posted photos at ")
        L.p(f"https://www.facebook.com/{fold(c['first']).split()[0].lower()}.{fold(c['last']).replace(' ', '').replace(chr(39), '').lower()}.{R.randint(10, 999)}", "url")
        L.t(" - forwarded to SIU per adjuster " + c["adj_name"] + "\"")
    else:
        L.t(f"ticket.comment_added ticket={tid} author=end-user public=true body=\"Please fax the report copy to my home fax ")
        L.p(P(pick(AREA[c["st"]]) + str(R.randint(2, 9)) + digits(6), pick(["dash", "paren"])), "fax")
        L.t(". DOB ").p(D(c["dob"], "us"), "date").t(", thanks\"")
    return [L]


# ---------------- 17. SQL Server Agent ----------------
JOBS = [("IME_Nightly_ReferralETL", ["Load stg.Referral", "Merge dbo.Claimant", "Rebuild IX_Case_Claim"]),
        ("UR_Determination_Export", ["Export XML", "SFTP push"]),
        ("ACH_Physician_Payments", ["Build NACHA file", "Transmit to bank"]),
        ("DBA_IndexOptimize - USER_DATABASES", ["IndexOptimize"]),
        ("DBA_DatabaseBackup - FULL", ["DatabaseBackup"]),
        ("Records_Retrieval_SLA_Report", ["Calc SLA", "Email report"])]


@single
def g_sqlagent(want):
    ts = CLK.next()
    lt = ts - timedelta(hours=7)
    job, steps = pick(JOBS)
    sid = R.randint(1, len(steps))
    if not want:
        if R.random() < 0.5:
            L = Line("sqlagent_history")
            dur = f"00:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
            ok = "Executed as user: NGCORP\\svc_sqlagent. The step succeeded."
            if job.startswith("DBA_DatabaseBackup"):
                status, msg = "Succeeded", f"Executed as user: NGCORP\\svc_sqlagent. BACKUP DATABASE successfully processed {R.randint(100000, 9000000)} pages in {R.uniform(10, 900):.3f} seconds ({R.uniform(40, 400):.3f} MB/sec).  The step succeeded."
            elif job.startswith("DBA_IndexOptimize"):
                status, msg = "Succeeded", f"Executed as user: NGCORP\\svc_sqlagent. Command: ALTER INDEX [IX_Appointment_ExamAt] ON [IME].[dbo].[Appointment] REBUILD WITH (SORT_IN_TEMPDB = ON, ONLINE = ON) Outcome: Succeeded Duration: 00:00:{R.randint(1, 59):02d} [SQLSTATE 01000] (Message 50000).  The step succeeded."
            elif sid == 1 and R.random() < 0.5:
                status, msg = "Succeeded", "Executed as user: NT SERVICE\\SQLSERVERAGENT. Microsoft (R) SQL Server Execute Package Utility  Version 15.0.2000.5 for 64-bit  Copyright (C) 2019 Microsoft. All rights reserved.    Started:  " + f"{lt:%I:%M:%S %p}" + "  DTExec: The package execution returned DTSER_SUCCESS (0).  The step succeeded."
            else:
                status, msg = pick([
                    ("Succeeded", ok),
                    ("Succeeded", "Executed as user: NGCORP\\svc_sqlagent. Warning: Null value is eliminated by an aggregate or other SET operation. [SQLSTATE 01003] (Message 8153).  The step succeeded."),
                    ("Failed", "Executed as user: NGCORP\\svc_sqlagent. Conversion failed when converting date and/or time from character string. [SQLSTATE 22007] (Error 241).  The step failed."),
                    ("Retry", "Executed as user: NGCORP\\svc_sqlagent. Login timeout expired [SQLSTATE HYT00] (Error 0)  A network-related or instance-specific error has occurred while establishing a connection to SQL Server. [SQLSTATE 08001] (Error 53).  The step failed."),
                ])
            if R.random() < 0.25:
                sid, status = 0, "Succeeded"
                msg = f"The job succeeded.  The Job was invoked by Schedule {R.randint(1, 40)} (Nightly 0200).  The last step to run was step {len(steps)} ({steps[-1]})."
            L.t(f"{lt:%m/%d/%Y %H:%M:%S}|{job}|{sid}|{'(Job outcome)' if sid == 0 else steps[sid - 1]}|{status}|{dur}|")
            L.t(msg)
        else:
            L = Line("sqlagent_errorlog")
            L.t(f"{lt:%Y-%m-%d %H:%M:%S} - ")
            L.t(pick([
                f"? [100] Microsoft SQLServerAgent version 15.0.4355.3 (X64 unicode retail build) : Process ID {R.randint(1000, 9999)}",
                "? [101] SQL Server NGSQLPRD02 version 15.00.4355 (0 connection limit)",
                "? [339] Local computer is NGSQLPRD02 running Windows NT 6.2 (9200) ",
                "+ [396] An idle CPU condition has not been defined - OnIdle job schedules will have no effect",
                f"! [298] SQLServer Error: 1205, Transaction (Process ID {R.randint(50, 300)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction. [SQLSTATE 40001]",
                "? [129] SQLSERVERAGENT starting under Windows NT service control",
            ]))
        return [L]
    c = pick(CL)
    L = Line("sqlagent_history")
    pj, ps, pn = pick([("IME_Nightly_ReferralETL", 2, "Merge dbo.Claimant"), ("IME_Nightly_ReferralETL", 1, "Load stg.Referral"),
                       ("UR_Determination_Export", 1, "Export XML"), ("Records_Retrieval_SLA_Report", 1, "Calc SLA")])
    L.t(f"{lt:%m/%d/%Y %H:%M:%S}|{pj}|{ps}|{pn}|Failed|00:00:{R.randint(2, 59):02d}|Executed as user: NGCORP\\svc_sqlagent. ")
    v = R.randint(0, 3)
    if v == 0:
        L.t("Violation of PRIMARY KEY constraint 'PK_ClaimantSSN'. Cannot insert duplicate key in object 'dbo.ClaimantIdentity'. The duplicate key value is (")
        L.p(c["ssn"], "ssn").t("). [SQLSTATE 23000] (Error 2627).  The step failed.")
    elif v == 1:
        long_last = c["last"] + "-" + pick(["Wainwright-Ellis", "Montgomery", "Oyelaran-Bankole", "Hernández"])
        long_last += " y " + pick(["Montgomery", "Sandoval"]) if len(long_last) <= 20 else ""
        L.t("String or binary data would be truncated in table 'IME.dbo.Claimant', column 'LastName'. Truncated value: '")
        L.p(long_last[:20], "name").t("'. [SQLSTATE 22001] (Error 2628).  The step failed.")
    elif v == 2:
        L.t("Cannot insert the value NULL into column 'DateOfInjury', table 'IME.dbo.Claim'; column does not allow nulls. INSERT fails. Row: ClaimNo=")
        L.p(c["claim"], "other_id").t(" DOB=").p(D(c["dob"], "iso"), "date").t(" [SQLSTATE 23000] (Error 515).  The step failed.")
    else:
        L.t("The conversion of a varchar data type to a datetime data type resulted in an out-of-range value. Source row ReferralKey=")
        L.t(f"{R.randint(100000, 999999)} Claimant='").p(nm(c, "LF"), "name").t("' DOI='").p(D(c["doi"], "dmy"), "date")
        L.t("' [SQLSTATE 22008] (Error 242).  The step failed.")
    return [L]


# ==========================================================================
# assembly
# ==========================================================================
GENS = [
    (g_mailparser, 11, None), (g_edi837, 2, 1), (g_froi, 2, 2), (g_sroi, 3, None),
    (g_uvicorn, 10, None), (g_structlog_json, 9, None), (g_structlog_console, 6, None),
    (g_traceback, 2, 3), (g_bookings, 2, 2), (g_booking_row, 4, None), (g_records, 8, None),
    (g_dictation, 8, None), (g_peer, 6, None), (g_xml_block, 2, 1), (g_xml_line, 4, None),
    (g_nacha, 2, 2), (g_iis_header, 1, 1), (g_iis, 9, None), (g_serilog, 11, None),
    (g_zendesk, 9, None), (g_sqlagent, 6, None),
]


def main():
    lines = []
    used = {g.__name__: 0 for g, _, _ in GENS}
    while len(lines) < TARGET_LINES:
        remaining = TARGET_LINES - len(lines)
        n_phi = sum(1 for l in lines if l.spans)
        p = max(0.02, min(0.98, (TARGET_PHI - n_phi) / remaining))
        want = R.random() < p
        cands = [(g, w) for g, w, cap in GENS
                 if (cap is None or used[g.__name__] < cap) and (g.kind == "single" or remaining > 40)]
        tot = sum(w for _, w in cands)
        x = R.uniform(0, tot)
        for g, w in cands:
            x -= w
            if x <= 0:
                break
        blk = g(want)
        if g.kind == "single":
            assert len(blk) == 1
            assert bool(blk[0].spans) == want, (g.__name__, want, blk[0].text())
        used[g.__name__] += 1
        lines.extend(blk)
    assert len(lines) == TARGET_LINES

    here = os.path.dirname(os.path.abspath(__file__))
    log_rows, lab_rows = [], []
    for n, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text, (n, text)
        raw = text.encode("utf-8")
        spans = []
        last_e = -1
        for s, e, cat, val in sorted(L.spans):
            assert raw[s:e] == val.encode("utf-8"), (n, raw[s:e], val)
            assert s >= last_e, ("overlap", n, text)
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_rows.append(text)
        lab_rows.append(json.dumps({"line": n, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(here, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_rows))
    with open(os.path.join(here, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_rows) + "\n")


if __name__ == "__main__":
    main()
