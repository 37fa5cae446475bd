#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_ik.py - synthetic, labeled log corpus for a PHI detector.

Theme: a state vital records office's electronic death registration system (EDRS)
and the funeral homes, medical certifiers and coroners that use it: EDRS case
workflow logs (.NET Serilog text + compact JSON, Java Spring Boot/logback),
funeral home management software exports (CSV / pipe), burial-transit and
cremation permits, certifier signature queue events, amendments (XML), SSA EDR
verification records, NCHS STEVE / FHIR VRDR exchanges, EVVE fact-of-death
queries, certified copy orders with payments and shipping, HL7 v2 death
notifications from hospitals, coroner case exports, registrar notes, help desk
tickets, fax gateway, and the office's infrastructure noise (IIS, nginx, syslog,
SQL Server, kubelet, JVM GC, Windows events, telegraf metrics, config).

Everything is synthetic. Standard library only, fixed seed, writes ik.log and
ik.labels.jsonl next to this script.

Labeling decisions:
- The decedent is the data subject. Informants, next of kin, authorizing agents,
  executors, relatives who order certified copies or file amendment affidavits,
  and the decedent's parents/spouse named on the record are labeled too.
- Not labeled: funeral directors and funeral homes, physicians/certifiers (names,
  NPIs, e-mails, office phones), coroners/deputies, registrar and IT staff (names,
  usernames, staff e-mails), hospitals, nursing homes, cemeteries, crematories,
  agencies, vendors, and their addresses, phones, faxes, licence numbers and IPs.
- name: any form of a covered person's name (full, "Last, First", upper/lower
  case, initials + surname, HL7 LAST^FIRST^MIDDLE as one span, FHIR family and
  given strings as separate spans, old and new values in name corrections).
- date: birth, death (date or date-time of death as one span), injury,
  pronouncement, admission/discharge, disposition (burial/cremation) and funeral
  service dates, and old/new values of such dates in amendments. Not labeled:
  log/system timestamps, workflow times (created, signed, registered, issued,
  order placed, shipped), card expiry, the year alone (death_year).
- age: only ages of 90 and above; younger ages are left unlabeled.
- address: street lines, PO boxes, cities, counties and county FIPS codes of a
  covered person's residence or of a private place of death/injury (incl. road +
  mile marker). States are not labeled. Facility/business addresses are not.
  zip: ZIP codes of covered persons (5 or 9 digits).
- license: state file numbers / death certificate numbers (incl. VRDR cert_no),
  burial-transit and cremation permit numbers, driver's licence numbers of the
  decedent or of a requester.
- other_id: EDRS case numbers and numeric case IDs, coroner/ME case numbers,
  funeral-home case numbers, VRDR state_auxiliary_id, state ID numbers (SID)
  from fingerprint identification, portal usernames of requesters.
- Not labeled (transaction identifiers): order numbers, amendment request
  numbers, payment/transaction IDs, tracking numbers, message/trace/span IDs,
  UUIDs of messages, FOD/EVVE transaction IDs, SSA batch IDs.
- mrn: hospital medical record numbers. account: hospital patient account /
  visit numbers, funeral-home family contract accounts, life insurance policy
  numbers, full payment card numbers and bank account numbers of requesters
  (bank routing numbers are not labeled). Masked values that keep only the last
  4 digits (card ****4821, SSN ***-**-4821) are not labeled.
- health_plan: Medicare MBIs and Medicaid IDs of the decedent.
- ssn: full SSNs of the decedent (any punctuation).
- phone / fax / email / ip / url: those of covered persons only: the ordering
  relative's public client IP (every portal request from a member of the public),
  personal obituary/memorial URLs, faxes sent by relatives. Internal IPs, bots,
  monitoring, funeral home and hospital IPs are not labeled.
- vehicle: VIN and plate of the decedent's vehicle (coroner MVA cases); hearses
  and business vehicles are not labeled. device: serials / UDI of the decedent's
  implanted devices (pacemakers, ICDs, neurostimulators). biometric: fingerprint
  minutiae templates. photo: base64 identification photos of the decedent.
- Coroner/ME offices ("Cascade County Coroner"), registrar districts, and county
  names used as aggregates (queue depth by county, lookup queries, metrics tags)
  are agency/statistical data, not a person's address: not labeled.
- Relationship words (daughter, EXECUTOR), sex, manner/cause of death and ICD
  codes are not identifiers and are not labeled.
- Public test values (card 4242 4242 4242 4242, 4111111111111111) are not labeled.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from urllib.parse import quote
from datetime import date, datetime, timedelta

ID = "ik"
N_LINES = 500
TARGET_NOPHI = 0.55
R = random.Random(2103140021)
HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None or s == "":
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """labeled JSON leaf"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def emit(L, o, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc[1:-1] == o.v, o.v
            L.t('"').p(o.v, o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k) + sep[1])
            emit(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            emit(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 14, 5, 58, 12, 118000)  # local MDT (-06:00)

    def tick(self, lo=0.3, hi=21.0):
        self.t += timedelta(seconds=R.uniform(lo, hi))
        return self.t

    @property
    def utc(self):
        return self.t + timedelta(hours=6)


CLK = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_serilog():
    t = CLK.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -06:00"


def ts_clef():
    CLK.tick()
    u = CLK.utc
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}0Z"


def ts_spring():
    t = CLK.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_iso_utc():
    CLK.tick()
    u = CLK.utc
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_iso_utc_s():
    CLK.tick()
    return CLK.utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_iso_local():
    t = CLK.tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"


def ts_iis():
    CLK.tick()
    return CLK.utc.strftime("%Y-%m-%d %H:%M:%S")


def ts_nginx():
    t = CLK.tick()
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0600]")


def ts_syslog():
    t = CLK.tick()
    return f"{MON[t.month - 1]} {t.day:>2} {t:%H:%M:%S}"


def ts_mssql():
    t = CLK.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d}"


def ts_klog():
    CLK.tick()
    u = CLK.utc
    return u.strftime("I%m%d %H:%M:%S.") + f"{u.microsecond:06d}"


def ts_hl7():
    t = CLK.tick()
    return t.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST_F = ["Margaret", "Dorothy", "Anna", "María José", "Siobhan", "Hye-jin", "Ngozi", "Aiyana",
           "Priya", "Fatima", "Keiko", "Zoë", "Renée", "Esperanza", "Eleanor", "Mildred",
           "Bernadette", "Ingrid", "Lupe", "Thi Lan", "Agnieszka", "Winona", "Rosalind",
           "Chiamaka", "Yolanda", "Marguerite", "Opal", "Gudrun", "Leila", "Wilhelmina", "Noor",
           "Colleen", "Darlene", "Mai", "Josefina", "Evangeline"]
FIRST_M = ["Harold", "José", "Oluwaseun", "Dmitri", "Mohammed", "Kwame", "Bjørn", "François",
           "Łukasz", "Tomás", "Ahanu", "Rafael", "Walter", "Eugene", "Clarence", "Hiroshi",
           "Tadeusz", "Duc Minh", "Jean-Baptiste", "Anselm", "Leroy", "Raymond", "Ignatius",
           "Arvid", "Gustavo", "Delbert", "Emeka", "Wendell", "Vernon", "Aleksandr", "Mateo",
           "Cody", "Sione", "Rustam"]
MIDDLES_F = ["Marie", "Lee", "Ann", "Louise", "Elizabeth", "Mae", "Thuy", "Ingeborg", "Rose", "Del Carmen", "Jean"]
MIDDLES_M = ["Lee", "James", "Joseph", "Ray", "Dean", "Francis", "Paul", "Wayne", "Kofi", "Antonio", "Olaf"]
MIDDLES = MIDDLES_F + MIDDLES_M
LAST = ["O'Brien", "García-Márquez", "van der Berg", "De La Cruz", "Nguyen", "Okafor", "Kowalski",
        "Papadopoulos", "Al-Sayed", "MacLeod", "St. Clair", "Old Coyote", "Running Crane",
        "Spotted Bear", "Schmidt", "Haddad", "Tanaka", "Abernathy", "Delacroix", "Ó Súilleabháin",
        "Nakamura-Reyes", "Begay", "Johansson", "Fitzgerald", "Washington", "Ramírez", "Chen",
        "Kim", "Patel", "Lindqvist-Hale", "Bull Shows", "Wójcik", "D'Angelo", "Mbeki",
        "Halvorsen", "Esposito", "Two Bulls", "Rasmussen", "Yazzie", "Petrović", "du Plessis",
        "Iyer", "Moreno Díaz", "LaFromboise", "Big Man", "Brekke", "Whitford", "Thao"]

# city, county, county FIPS (3), zips, state
PLACES_MT = [
    ("Billings", "Yellowstone", "111", ["59101", "59102", "59105", "59106"]),
    ("Missoula", "Missoula", "063", ["59801", "59802", "59803", "59804"]),
    ("Great Falls", "Cascade", "013", ["59401", "59404", "59405"]),
    ("Bozeman", "Gallatin", "031", ["59715", "59718"]),
    ("Butte", "Silver Bow", "093", ["59701"]),
    ("Helena", "Lewis and Clark", "049", ["59601", "59602"]),
    ("Kalispell", "Flathead", "029", ["59901"]),
    ("Havre", "Hill", "041", ["59501"]),
    ("Miles City", "Custer", "017", ["59301"]),
    ("Browning", "Glacier", "035", ["59417"]),
    ("Lame Deer", "Rosebud", "087", ["59043"]),
    ("Hardin", "Big Horn", "003", ["59034"]),
    ("Sidney", "Richland", "083", ["59270"]),
    ("Lewistown", "Fergus", "027", ["59457"]),
    ("Polson", "Lake", "047", ["59860"]),
    ("Whitefish", "Flathead", "029", ["59937"]),
    ("Laurel", "Yellowstone", "111", ["59044"]),
    ("Belgrade", "Gallatin", "031", ["59714"]),
]
PLACES_OOS = [
    ("Sheridan", "Sheridan", "033", ["82801"], "WY"),
    ("Coeur d'Alene", "Kootenai", "055", ["83814", "83815"], "ID"),
    ("Williston", "Williams", "105", ["58801"], "ND"),
    ("Spokane", "Spokane", "063", ["99201", "99205"], "WA"),
    ("Casper", "Natrona", "025", ["82601"], "WY"),
]
STREETS = ["Spruce St", "Poly Dr", "Grand Ave", "Rimrock Rd", "Lodgepole Ln", "Montana Ave",
           "Central Ave", "Broadway", "Higgins Ave", "Russell St", "Last Chance Gulch", "Main St",
           "Babcock Blvd", "Kagy Blvd", "River Dr N", "Ponderosa Way", "Bench Blvd",
           "Coyote Trl", "Old Hwy 93 N", "Custer Ave", "Elk Ridge Rd", "Chokecherry Ln",
           "Hauser Blvd", "Bitterroot Dr", "Yellowstone Ave", "Fox Farm Rd", "Sage Hen Rd"]
HOSPITALS = ["Billings Clinic", "St. Vincent Regional Hospital", "Providence St. Patrick Hospital",
             "Benefis Health System", "Bozeman Health Deaconess Hospital", "St. Peter's Health",
             "Logan Health Medical Center", "Northern Montana Hospital", "Community Medical Center"]
NURSING = ["Valley View Care Center", "Big Sky Senior Living", "Rocky Mountain Care Center",
           "Aspen Meadows Health & Rehab", "Mountain View Manor"]
CEMETERIES = ["Highland Cemetery", "Mountain View Cemetery", "Sunset Memorial Gardens",
              "Yellowstone National Cemetery", "Forestvale Cemetery", "Mount Olivet Cemetery",
              "Sweet Grass Tribal Cemetery"]
CREMATORIES = ["Big Sky Crematory", "Treasure State Cremation Services", "Glacier Crematory LLC",
               "Riverside Cremation Center"]
# id, name, city, phone, establishment licence, directors
FUNERAL_HOMES = [
    ("FH0412", "Dahl Funeral Chapel", "Bozeman", "(406) 586-5298", "FH-0412", ["Karen Dahl-Moore", "Troy Ekstrom"]),
    ("FH0077", "Sunset Hills Mortuary", "Billings", "406-248-1190", "FH-0077", ["Curtis Lamb", "Renata Voss"]),
    ("FH0219", "Garden City Funeral Home", "Missoula", "406.543.4190", "FH-0219", ["Ellen Markovich"]),
    ("FH0133", "Croxford Funeral Home & Crematory", "Great Falls", "(406) 453-0117", "FH-0133", ["Dale Pfeiffer", "Amy Littlelight"]),
    ("FH0305", "Cornerstone Cremation & Burial", "Helena", "406 442 3070", "FH-0305", ["Nathan Orr"]),
    ("FH0521", "Buffalo Valley Funeral Service", "Hardin", "(406) 665-2281", "FH-0521", ["Lorraine Pretty On Top"]),
    ("FH0188", "Hi-Line Memorial Chapel", "Havre", "406-265-4011", "FH-0188", ["Brent Salo"]),
]
# name, credentials, NPI, e-mail, facility
CERTIFIERS = [
    ("Anjali Raman", "MD", "1427583910", "araman@stpatrickmed.org", "Providence St. Patrick Hospital"),
    ("Matthew J. Kessler", "DO", "1952310447", "mkessler@bcmt.org", "Billings Clinic"),
    ("Oyelaran Adebayo", "MD", "1083764920", "o.adebayo@benefishealth.org", "Benefis Health System"),
    ("Sarah Whitehorse", "NP", "1639021558", "swhitehorse@ihs-crow.example.gov", "Crow/Northern Cheyenne Hospital"),
    ("Lukas Brandt", "MD", "1770635291", "lbrandt@bozemanhealth.org", "Bozeman Health Deaconess Hospital"),
    ("Gretchen Tollefson", "PA-C", "1245398806", "gtollefson@sphealth.org", "St. Peter's Health"),
]
CORONERS = [("Tamsin Whitcomb", "Cascade"), ("Rudy Bighorn", "Big Horn"), ("Cheryl Ostby", "Flathead"),
            ("Dep. Marco Villanueva", "Yellowstone"), ("Jens Aakre", "Hill"), ("Deputy Coroner P. Zych", "Missoula")]
STAFF_USERS = ["jmalloy", "kdesrosiers", "vr_lthao", "mcoldwater", "abergstrom", "rnakai", "tpeltier"]
SVC_USERS = ["svc_edrs_app", "svc_steve", "svc_fod", "svc_ssa_edr", "EDRS\\svc_report"]
CAUSES = ["Atherosclerotic cardiovascular disease", "Metastatic adenocarcinoma of pancreas",
          "Chronic obstructive pulmonary disease", "Alzheimer dementia", "Acute myocardial infarction",
          "Blunt force injuries of head", "Sepsis due to pneumonia", "Combined drug toxicity (fentanyl, methamphetamine)",
          "Cerebrovascular accident", "End stage renal disease", "Hypothermia", "COVID-19 pneumonia"]
ICD = ["I25.1", "C25.9", "J44.9", "G30.9", "I21.9", "S06.9", "A41.9", "X42", "I64", "N18.6", "T68", "U07.1"]
REL_OLD = ["Daughter", "Son", "Spouse", "Niece", "Grandson", "Granddaughter", "Nephew", "Sister", "Brother", "Executor"]
REL_YOUNG = ["Mother", "Father", "Spouse", "Partner", "Sister", "Brother"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "montana.com", "blackfoot.net",
                 "hotmail.com", "aol.com", "proton.me", "midrivers.com", "bresnan.net"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def fd(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "long", "dmy", "oracle", "compact"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "oracle":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash_us":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def nm(p, style=None):
    style = style or R.choice(["fl", "fml", "lf", "LFM", "upper", "fmil", "init", "lower"])
    f, m, l = p["first"], p["middle"], p["last"]
    mi = m[0] if m else ""
    mid = (m + "." if len(m) == 1 else m) if m else ""
    if style == "fl":
        return f"{f} {l}"
    if style == "fml":
        return f"{f} {mid} {l}" if m else f"{f} {l}"
    if style == "fmil":
        return f"{f} {mi}. {l}" if m else f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "lfm":
        return f"{l}, {f} {mi}" if m else f"{l}, {f}"
    if style == "LFM":
        return f"{l.upper()}, {f.upper()}" + (f" {mi.upper()}" if m else "")
    if style == "upper":
        return f"{f} {l}".upper()
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "hl7":
        return f"{l.upper()}^{f.upper()}^{m.upper()}"
    raise ValueError(style)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def fssn(s, style=None):
    style = style or R.choice(["dash", "dash", "plain", "space"])
    d = s.replace("-", "")
    if style == "dash":
        return s
    if style == "plain":
        return d
    return f"{d[:3]} {d[3:5]} {d[5:]}"


def mk_phone():
    area = R.choice(["406", "406", "406", "406", "307", "208", "701", "509", "720", "612"])
    return area + str(R.randint(2, 9)) + digits(2) + digits(4)


def fph(d, style=None):
    style = style or R.choice(["paren", "dash", "plain", "dot", "intl", "e164", "paren_nosp"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "plain": d, "dot": f"{a}.{b}.{c}",
            "intl": f"+1 {a} {b} {c}", "e164": f"+1{d}", "paren_nosp": f"({a}){b}-{c}"}[style]


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + R.choice("0123456789") + R.choice(A)
         + R.choice(AN) + R.choice("0123456789") + R.choice(A) + R.choice(A) + digits(2))
    return s


def fmbi(s):
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


def mk_card():
    k = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if k == "visa":
        return "VISA", luhn_complete("4" + R.choice(["147", "266", "003", "916"]), 16)
    if k == "mc":
        return "MASTERCARD", luhn_complete(R.choice(["51", "53", "55", "2221"]), 16)
    if k == "amex":
        return "AMEX", luhn_complete(R.choice(["34", "37"]), 15)
    return "DISCOVER", luhn_complete("6011", 16)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5,
         "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vehicle():
    make = R.choice([("1FTFW1ET", "Ford", "F-150"), ("1GCVKREC", "Chevrolet", "Silverado 1500"),
                     ("3GNAXUEV", "Chevrolet", "Equinox"), ("JTMBFREV", "Toyota", "RAV4"),
                     ("5TFDW5F1", "Toyota", "Tundra"), ("1C6SRFFT", "Ram", "1500"), ("4S4BSANC", "Subaru", "Outback")])
    year = R.randint(2004, 2021)
    ycode = "456789ABCDEFGHJKLMN"[year - 2004]
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(make[0] + "0" + ycode + R.choice(chars) + digits(6))
    tot = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    plate = R.choice([f"{R.randint(1, 56)}-{R.randint(1000, 99999)}{R.choice('ABCDEFG')}",
                      f"{R.randint(1, 56)}-{R.randint(100, 9999)}{R.choice('ABC')}",
                      R.choice(["GRNDPA", "BUCKS4U", "MTNMAN", "ELKHNTR"])])
    return "".join(v), plate, make[1], make[2], year


def mk_device():
    k = R.choice(["mdt", "bsc", "abt", "mdt"])
    if k == "mdt":
        sn = R.choice(["PJN", "RNB", "BLF", "NWR"]) + digits(6) + R.choice(["S", "H", "G"])
        return "Medtronic", R.choice(["Azure XT DR MRI", "Micra AV", "Cobalt XT VR ICD"]), sn, f"(01)00643169{digits(6)}(17)2{R.randint(5, 9)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){sn}"
    if k == "bsc":
        sn = digits(6)
        return "Boston Scientific", R.choice(["ACCOLADE MRI", "RESONATE EL ICD"]), sn, f"(01)00802526{digits(6)}(21){sn}"
    sn = digits(7)
    return "Abbott", R.choice(["Assurity MRI", "Proclaim XR SCS"]), sn, f"(01)05414734{digits(6)}(21){sn}"


def mk_public_ip():
    while True:
        a = R.choice([24, 47, 50, 63, 67, 69, 71, 73, 75, 76, 97, 98, 104, 107, 108, 136, 162, 166, 173, 174, 184, 199, 206, 209])
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def b64_blob(prefix_bytes, n):
    raw = prefix_bytes + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
FMR_HDR = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x68\x00\xc5\x00\xc5\x01\x00\x00\x00"


def mk_person():
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    mids = MIDDLES_F if sex == "F" else MIDDLES_M
    middle = R.choice(["", "", R.choice("ABCDEFGHJKLMNPRSTW"), R.choice(mids), R.choice(mids)])
    last = R.choice(LAST)
    dod = date(2024, 2, 17) + timedelta(days=R.randint(0, 25))
    r = R.random()
    if r < 0.30:
        age = R.randint(90, 106)
    elif r < 0.72:
        age = R.randint(60, 89)
    elif r < 0.93:
        age = R.randint(24, 59)
    else:
        age = R.randint(1, 23)
    dob = dod - timedelta(days=int(age * 365.25) + R.randint(1, 360))
    age = dod.year - dob.year - ((dod.month, dod.day) < (dob.month, dob.day))
    if R.random() < 0.88:
        city, county, fips, zips = R.choice(PLACES_MT)
        st = "MT"
    else:
        city, county, fips, zips, st = R.choice(PLACES_OOS)
    street = R.choice([f"{R.randint(2, 9899)} {R.choice(['', '', 'W ', 'E ', 'N ', 'S '])}{R.choice(STREETS)}",
                       f"{R.randint(2, 4999)} {R.choice(STREETS)} {R.choice(['Apt 3B', 'Unit 12', '#4', 'Apt 210', 'Trlr 7'])}",
                       f"PO Box {R.randint(11, 2999)}", f"{R.randint(10, 99999)} {R.choice(['Hwy 2 W', 'US Hwy 87', 'MT-200', 'Frontage Rd'])}"])
    inj = dod - timedelta(days=R.choice([0, 0, 0, 1, 2, 4, 9]))
    disp = dod + timedelta(days=R.randint(2, 9))
    return dict(
        sex=sex, first=first, middle=middle, last=last, dob=dob, dod=dod, age=age, inj=inj, disp=disp,
        tod=f"{R.randint(0, 23):02d}:{R.choice([0, 5, 10, 14, 22, 30, 41, 45, 52]):02d}",
        ssn=mk_ssn(), street=street, city=city, county=county, fips=fips, zip=R.choice(zips), state=st,
        zip4=R.choice(zips) + "-" + digits(4),
        case=f"D24-{R.randint(1000, 29999):05d}", caseid=R.randint(1100000, 1199999),
        sfn=f"2024{R.randint(1, 13999):06d}", fhcase=R.choice([f"FH24-{R.randint(100, 1999):04d}", f"24-{R.randint(10, 499)}", f"{R.randint(2400, 2499)}"]),
        mecase=R.choice([f"CC24-{R.randint(1, 999):04d}", f"ME24-{R.randint(100, 1300):05d}", f"{R.randint(1, 60):02d}-24-{R.randint(1, 400):03d}"]),
        mrn=R.choice([digits(8), "E" + digits(7), "MR" + digits(6)]),
        acct=R.choice(["V" + digits(9), digits(10), "HAR" + digits(8)]),
        mbi=mk_mbi() if age >= 65 else None, medicaid=digits(R.choice([7, 9, 10])),
        dl=R.choice([digits(13), digits(9), f"0{digits(8)}"]),
        hospital=R.choice(HOSPITALS), nursing=R.choice(NURSING), fh=R.choice(FUNERAL_HOMES),
        cert=R.choice(CERTIFIERS), cause=R.randrange(len(CAUSES)),
        btp=f"BTP-24-{R.randint(100000, 199999)}", crp=f"CRP-24-{R.randint(1000, 9999):05d}",
    )


def mk_rel(p, rel=None):
    if rel is None:
        rel = R.choice(REL_OLD if p["age"] >= 40 else REL_YOUNG)
    sex = "F" if rel in ("Daughter", "Niece", "Granddaughter", "Sister", "Mother") else (
        "M" if rel in ("Son", "Grandson", "Nephew", "Brother", "Father") else R.choice("FM"))
    first = R.choice([n for n in (FIRST_F if sex == "F" else FIRST_M) if n != p["first"]])
    last = p["last"] if R.random() < 0.6 else R.choice(LAST)
    if R.random() < 0.5:
        street, city, zipc, st = p["street"], p["city"], p["zip"], p["state"]
    else:
        c = R.choice(PLACES_MT)
        street = f"{R.randint(2, 9899)} {R.choice(STREETS)}"
        city, zipc, st = c[0], R.choice(c[3]), "MT"
    ph = mk_phone()
    em = f"{slug(first)}{R.choice(['.', '_', ''])}{slug(last)}{R.choice(['', '', str(R.randint(1, 99)), str(R.randint(1950, 1999))])}@{R.choice(EMAIL_DOMAINS)}"
    return dict(rel=rel, first=first, middle=R.choice(["", R.choice("ABCDJKLMRST")]), last=last, phone=ph,
                email=em, street=street, city=city, zip=zipc, state=st, ip=mk_public_ip())


# --------------------------------------------------------------------------
# .NET EDRS (Serilog text)
# --------------------------------------------------------------------------
STATES = ["Draft", "PendingCertifier", "CertifierSigned", "PendingMERelease", "ReadyToSubmit",
          "Submitted", "Registered", "DropToPaper", "Returned", "Voided"]


def q(s):
    return '"' + s + '"'


def g_dn_case_created():
    p = mk_person()
    fh = p["fh"]
    L = Line("serilog_text")
    L.t(ts_serilog() + " [INF] Vitals.Edrs.Cases.CaseService: Case ")
    L.t('"').p(p["case"], "other_id").t('"')
    L.t(f" created by funeral home {fh[0]} ({q(fh[1])}) for decedent ")
    L.t('"').p(nm(p, R.choice(["fl", "fml", "LFM", "lf"])), "name").t('"')
    L.t(" DateOfDeath ").p(fd(p["dod"], R.choice(["iso", "us"])), "date")
    if R.random() < 0.5:
        L.t(" (CaseId ").p(str(p["caseid"]), "other_id").t(")")
    return [L]


def g_dn_transition():
    p = mk_person()
    a = R.randrange(len(STATES) - 1)
    L = Line("serilog_text")
    lvl = R.choice(["INF", "INF", "INF", "DBG"])
    L.t(ts_serilog() + f" [{lvl}] Vitals.Edrs.Workflow.CaseWorkflowService: Case ")
    if R.random() < 0.5:
        L.p(str(p["caseid"]), "other_id")
    else:
        L.t('"').p(p["case"], "other_id").t('"')
    user = R.choice(STAFF_USERS + ["fh:" + slug(p["fh"][5][0])[:8], "cert:" + p["cert"][2]])
    L.t(f" transitioned {STATES[a]} -> {STATES[a + 1]} by {q(user)} in {R.randint(4, 900)} ms")
    return [L]


def g_dn_edit():
    p = mk_person()
    L = Line("serilog_text")
    k = R.randrange(5)
    L.t(ts_serilog() + " [WRN] Vitals.Edrs.Validation.EditRunner: ")
    if k == 4:
        L.t("Edit E-141 (SSN_LOOKS_LIKE_MBI) on case ").t('"').p(p["case"], "other_id").t('"').t(": DecedentSsn ").t('"').p(fmbi(p["mbi"] or mk_mbi()), "health_plan").t('"').t(" matches Medicare MBI pattern, section returned to funeral home")
    elif k == 0:
        if p["age"] < 90:
            p["age"] = R.randint(100, 108)
        L.t("Edit E-112 (AGE_OVER_100_VERIFY) soft failure on case ")
        L.t('"').p(p["case"], "other_id").t('"').t(": AgeYears=").p(str(p["age"]), "age")
        L.t(" DOB=").p(fd(p["dob"], "iso"), "date").t(" requires registrar verification")
    elif k == 1:
        L.t("Edit E-031 (DOD_BEFORE_DOB) hard failure on case ").t('"').p(p["case"], "other_id").t('"')
        L.t(": DateOfDeath ").p(fd(p["dod"], "us"), "date").t(" DateOfBirth ")
        bad = date(2024, p["dob"].month, min(p["dob"].day, 28))
        L.p(fd(bad, "us"), "date").t(" (likely year typo)")
    elif k == 2:
        L.t("Edit E-207 (RESIDENCE_ZIP_COUNTY_MISMATCH) on case ").t('"').p(p["case"], "other_id").t('"')
        L.t(": zip ").t('"').p(p["zip"], "zip").t('"').t(" not in county ").t('"').p(p["county"], "address").t('"')
        L.t(f" (state {p['state']})")
    else:
        L.t("Edit E-140 (SSN_ITIN_RANGE) on case ").t('"').p(p["case"], "other_id").t('"')
        L.t(": DecedentSsn ").p(fssn(p["ssn"]), "ssn").t(" flagged for manual review by ").t(q(R.choice(STAFF_USERS)))
    return [L]


def g_dn_registered():
    p = mk_person()
    L = Line("serilog_text")
    L.t(ts_serilog() + " [INF] Vitals.Edrs.Registration.RegistrationService: Case ")
    L.t('"').p(p["case"], "other_id").t('"').t(" registered; state file number ")
    L.t('"').p(p["sfn"], "license").t('"')
    L.t(f" assigned by {q(R.choice(STAFF_USERS))}; local registrar district {R.randint(1, 56):02d}")
    return [L]


def g_dn_ovs():
    p = mk_person()
    L = Line("serilog_text")
    code = R.choice([("2", "NAME_MISMATCH"), ("3", "SSN_NOT_IN_FILE"), ("4", "DOB_MISMATCH"), ("6", "SEX_MISMATCH")])
    L.t(ts_serilog() + " [WRN] Vitals.Edrs.Integrations.Ssa.OvsClient: OVS verification returned ")
    L.t(f"{code[0]} ({code[1]}) for case ").t('"').p(p["case"], "other_id").t('"')
    L.t(" Name=").t('"').p(f"{p['last'].upper()}/{p['first'].upper()}", "name").t('"')
    L.t(" Ssn=").p(fssn(p["ssn"], "plain"), "ssn")
    L.t(" Dob=").p(fd(p["dob"], "compact"), "date")
    L.t(f" TxnId={hexs(12).upper()} Elapsed={R.randint(140, 2900)}ms")
    return [L]


def g_dn_exception():
    p = mk_person()
    L = Line("serilog_text")
    L.t(ts_serilog() + " [ERR] Vitals.Edrs.Printing.PrintService: Failed to render certified copy for case ")
    L.t('"').p(p["case"], "other_id").t('"').t(f" (print job {R.randint(40000, 99999)})")
    out = [L]
    ex = R.choice([
        ("System.NullReferenceException: Object reference not set to an instance of an object.",
         ["RenderDisposition(DispositionSection section)", "RenderAsync(CaseSnapshot snapshot, CancellationToken ct)"]),
        ("System.InvalidOperationException: Sequence contains no elements",
         ["ResolveCertifierBlock(CertifierSection cert)", "RenderAsync(CaseSnapshot snapshot, CancellationToken ct)"]),
        ("System.IO.IOException: The process cannot access the file '\\\\vr-fs01\\print$\\spool\\cc_tmp.pdf' because it is being used by another process.",
         ["FlushToSpoolAsync(Stream pdf)", "RenderAsync(CaseSnapshot snapshot, CancellationToken ct)"]),
    ])
    out.append(Line("serilog_text").t(ex[0]))
    ln = R.randint(80, 400)
    for fr in ex[1]:
        out.append(Line("serilog_text").t(f"   at Vitals.Edrs.Printing.CertificateRenderer.{fr} in D:\\a\\1\\s\\src\\Vitals.Edrs.Printing\\CertificateRenderer.cs:line {ln}"))
        ln = R.randint(40, 200)
    out.append(Line("serilog_text").t(f"   at Vitals.Edrs.Cases.PrintService.PrintCertifiedCopyAsync(Int64 caseId, PrintRequest request) in D:\\a\\1\\s\\src\\Vitals.Edrs.Cases\\PrintService.cs:line {R.randint(50, 160)}"))
    return out


def n_dn_misc():
    L = Line("serilog_text")
    ts = ts_serilog()
    msg = R.choice([
        "[INF] Microsoft.Hosting.Lifetime: Now listening on: https://[::]:8443",
        "[INF] Microsoft.Hosting.Lifetime: Application started. Press Ctrl+C to shut down.",
        "[INF] Microsoft.Hosting.Lifetime: Hosting environment: Production",
        "[INF] Microsoft.Hosting.Lifetime: Content root path: D:\\EDRS\\app\\",
        f"[INF] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__status_0='?' (Size = 32), @__fhId_1='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
        f"[INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/2 GET https://edrs.dphhs.mt.gov/healthz - 200 null application/json {R.uniform(0.8, 6):.4f}ms",
        f"[INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request starting HTTP/2 GET https://edrs.dphhs.mt.gov/api/lookups/counties - null null",
        f"[INF] Hangfire.Server.RecurringJobScheduler: Recurring job 'pending-certifier-reminders' enqueued, next execution {(CLK.utc + timedelta(hours=1)).strftime('%Y-%m-%dT%H:00:00Z')}",
        f"[INF] Hangfire.Server.BackgroundServerProcess: Server vr-edrs-app0{R.randint(1, 3)}:{R.randint(2000, 9000)}:{hexs(8)} successfully announced in {R.uniform(5, 60):.1f} ms",
        f"[WRN] Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager: No XML encryptor configured. Key {{{uid()}}} may be persisted to storage in unencrypted form.",
        f"[INF] Vitals.Edrs.Workflow.ReminderJob: Sent {R.randint(3, 60)} certifier reminders, {R.randint(0, 6)} bounced, elapsed {R.randint(800, 9000)} ms",
        f"[INF] Vitals.Edrs.Lookups.CacheWarmup: Loaded 56 counties, {R.randint(380, 420)} funeral homes, {R.randint(2800, 3400)} certifiers into cache",
        f"[WRN] Polly: Retry 1 of 3 for SSA OVS after HttpRequestException: Connection reset by peer (ovs-gw.ssa.example.gov:443); waiting {R.choice([2, 4, 8])}s",
        f"[DBG] Vitals.Edrs.Security.FhUserClaimsTransformer: Resolved 4 claims for subject {uid()} (roles: FuneralDirector)",
        f"[INF] Vitals.Edrs.Integrations.Steve.OutboxRelay: Relayed {R.randint(1, 40)} VRDR messages, outbox depth {R.randint(0, 12)}",
        f"[ERR] Vitals.Edrs.Integrations.Ssa.OvsClient: OVS endpoint returned 503 Service Unavailable; circuit opened for 00:02:00",
    ])
    L.t(ts + " " + msg)
    return [L]


# --------------------------------------------------------------------------
# Serilog compact JSON (CLEF)
# --------------------------------------------------------------------------
def g_clef():
    p = mk_person()
    cert = p["cert"]
    L = Line("serilog_clef")
    k = R.randrange(4)
    if k == 3:
        o = {"@t": ts_clef(), "@mt": "Obituary link attached to case {CaseNumber} as identity evidence: {ObituaryUrl}",
             "CaseNumber": P(p["case"], "other_id"), "ObituaryUrl": P(f"https://www.{slug(p['fh'][1])[:16]}.com/obituaries/{slug(p['first'])}-{slug(p['last'])}-{p['dod'].year}", "url"),
             "SourceContext": "Vitals.Edrs.Cases.EvidenceService", "UserName": "fh:" + p["fh"][0].lower()}
    elif k == 0:
        o = {"@t": ts_clef(), "@mt": "Certifier {CertifierNpi} e-signed case {CaseNumber} (manner {Manner}, pronounced {PronouncedDate})",
             "CertifierNpi": cert[2], "CaseNumber": P(p["case"], "other_id"), "Manner": R.choice(["Natural", "Natural", "Accident", "Pending"]),
             "PronouncedDate": P(fd(p["dod"], "iso"), "date"), "SourceContext": "Vitals.Edrs.Certification.SignatureService",
             "TraceId": hexs(32), "SpanId": hexs(16)}
    elif k == 1:
        r = mk_rel(p)
        o = {"@t": ts_clef(), "@mt": "Informant updated on case {CaseNumber}: {InformantName} ({Relationship}) {InformantPhone}",
             "CaseNumber": P(p["case"], "other_id"), "InformantName": P(f"{r['first']} {r['last']}", "name"),
             "Relationship": r["rel"].upper(), "InformantPhone": P(fph(r["phone"]), "phone"),
             "SourceContext": "Vitals.Edrs.Cases.InformantSection", "UserName": "fh:" + p["fh"][0].lower()}
    else:
        o = {"@t": ts_clef(), "@mt": "Residence geocoded for case {CaseId}: {Street}, {City} {Zip} -> county {CountyFips}",
             "@l": "Debug", "CaseId": P(p["caseid"], "other_id"), "Street": P(p["street"], "address"),
             "City": P(p["city"], "address"), "Zip": P(p["zip"], "zip"), "CountyFips": P("30" + p["fips"], "address"),
             "Score": round(R.uniform(0.81, 1.0), 2), "SourceContext": "Vitals.Edrs.Geo.SmartyGeocoder"}
    emit(L, o)
    return [L]


def n_clef():
    L = Line("serilog_clef")
    k = R.randrange(4)
    if k == 0:
        o = {"@t": ts_clef(), "@mt": "Outbox dispatcher published {Count} messages to {Topic}", "Count": R.randint(1, 80),
             "Topic": "edrs.case-events", "SourceContext": "Vitals.Edrs.Messaging.OutboxDispatcher"}
    elif k == 1:
        o = {"@t": ts_clef(), "@mt": "Slow query {ElapsedMs} ms in {Proc}", "@l": "Warning", "ElapsedMs": R.randint(2000, 15000),
             "Proc": R.choice(["dbo.usp_PendingCertifierQueue", "dbo.usp_CountyDailyCounts", "rpt.usp_NchsTimeliness"]),
             "SourceContext": "Vitals.Edrs.Data.SqlDiagnostics", "MachineName": f"VR-EDRS-APP0{R.randint(1, 3)}"}
    elif k == 2:
        o = {"@t": ts_clef(), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
             "RequestMethod": "GET", "RequestPath": R.choice(["/api/lookups/causes", "/healthz", "/api/fh/queue/summary", "/api/version"]),
             "StatusCode": 200, "Elapsed": round(R.uniform(0.5, 120), 4), "RequestId": f"0HN{hexs(9).upper()}:0000000{R.randint(1, 9)}",
             "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"}
    else:
        o = {"@t": ts_clef(), "@mt": "Build {Version} ({Commit}) started on {Host}", "Version": f"4.{R.randint(10, 14)}.{R.randint(0, 9)}+build.{R.randint(2000, 2999)}",
             "Commit": hexs(7), "Host": f"VR-EDRS-APP0{R.randint(1, 3)}", "SourceContext": "Vitals.Edrs.Program"}
    emit(L, o)
    return [L]


# --------------------------------------------------------------------------
# Java Spring Boot (logback default console pattern)
# --------------------------------------------------------------------------
def spring(level, thread, logger):
    return f"{ts_spring()} {level:>5} {R.choice([4312, 4312, 5120])} --- [{thread[-15:]:>15}] {logger[:40]:<40} : "


def g_jv():
    p = mk_person()
    L = Line("spring_logback")
    k = R.randrange(5)
    if k == 0:
        c = p["cert"]
        L.t(spring("INFO", "nio-8443-exec-" + str(R.randint(1, 10)), "g.m.d.v.edrs.certq.SignatureQueueService"))
        L.t("Enqueued caseId=").p(str(p["caseid"]), "other_id").t(f" for certifier npi={c[2]} ({c[0]}, {c[1]}) decedent=")
        L.p(nm(p, R.choice(["LFM", "lf", "upper"])), "name").t(" dod=").p(fd(p["dod"], "us"), "date")
        if R.random() < 0.4:
            L.t(" mrn=").p(p["mrn"], "mrn")
    elif k == 1:
        co = R.choice(CORONERS)
        L.t(spring("WARN", "nio-8443-exec-" + str(R.randint(1, 10)), "g.m.d.v.edrs.me.CoronerReferralService"))
        L.t("Referred case ").p(p["case"], "other_id").t(f" to coronerOffice=\"{co[1]} County Coroner\" reason={R.choice(['FALL', 'MVA', 'UNATTENDED', 'OVERDOSE', 'UNDER_24H_ADMIT'])} injuryDate=")
        L.p(fd(p["inj"], "iso"), "date").t(" injuryLocation=\"").p(R.choice([f"MT-200 MM {R.randint(5, 180)}", f"I-90 MM {R.randint(1, 550)} EB", p["street"]]), "address").t("\"")
        L.t(" meCase=").p(p["mecase"], "other_id")
    elif k == 2:
        L.t(spring("INFO", "eduler_Worker-" + str(R.randint(1, 5)), "g.m.d.v.edrs.steve.SteveOutboundJob"))
        L.t(f"Submitted VRDR submission urn:uuid:{uid()} cert_no=").p(p["sfn"][-6:], "license")
        L.t(" state_auxiliary_id=").p(p["case"], "other_id").t(f" death_year=2024 jurisdiction=MT bytes={R.randint(18000, 64000)}")
    elif k == 3:
        L.t(spring("WARN", "nio-8443-exec-" + str(R.randint(1, 10)), "g.m.d.v.edrs.amend.AmendmentValidator"))
        L.t(f"Rejected amendment AMD-24-{R.randint(100, 999):05d} for sfn=").p(p["sfn"], "license").t(": new DOB ")
        nd = p["dob"].replace(day=min(p["dob"].month, 28), month=min(p["dob"].day, 12))
        L.p(fd(nd, "iso"), "date").t(" conflicts with SSA-verified DOB ").p(fd(p["dob"], "iso"), "date")
    else:
        L.t(spring("INFO", "nio-8443-exec-" + str(R.randint(1, 10)), "g.m.d.v.edrs.me.MeReleaseController"))
        L.t("ME release recorded meCase=").p(p["mecase"], "other_id").t(" caseId=").p(str(p["caseid"]), "other_id")
        L.t(f" releasedTo={p['fh'][0]} cremationApproved={R.choice(['true', 'false'])} by={R.choice(CORONERS)[0].split()[-1].lower()}")
    return [L]


def n_jv():
    k = R.randrange(9)
    out = []
    if k == 0:
        L = Line("spring_logback").t(spring("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool"))
        a = R.randint(0, 8)
        L.t(f"HikariPool-1 - Pool stats (total=20, active={a}, idle={20 - a}, waiting=0)")
    elif k == 1:
        L = Line("spring_logback").t(spring("INFO", "main", "g.m.d.v.edrs.EdrsCertifierApplication"))
        L.t(f"Started EdrsCertifierApplication in {R.uniform(14, 40):.3f} seconds (process running for {R.uniform(16, 44):.3f})")
    elif k == 2:
        L = Line("spring_logback").t(spring("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"))
        L.t("Tomcat started on port 8443 (https) with context path '/certq'")
    elif k == 3:
        L = Line("spring_logback").t(spring("INFO", "eduler_Worker-2", "org.quartz.core.JobRunShell"))
        L.t(f"Job DEFAULT.steveInboundPoll completed, fetched {R.randint(0, 30)} messages from mailbox MT in {R.randint(90, 3000)} ms")
    elif k == 4:
        L = Line("spring_logback").t(spring("WARN", "nio-8443-exec-" + str(R.randint(1, 10)), "o.s.w.s.m.s.DefaultHandlerExceptionResolver"))
        L.t("Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]")
    elif k == 5:
        L = Line("spring_logback").t(spring("INFO", "eduler_Worker-1", "g.m.d.v.edrs.fod.FodStatsJob"))
        L.t(f"EVVE FOD hourly: queries={R.randint(100, 900)} match={R.randint(10, 90)} noMatch={R.randint(80, 800)} errors={R.randint(0, 3)} p95={R.randint(80, 400)}ms")
    elif k == 6:
        L = Line("jvm_gc")
        t = CLK.tick()
        L.t(t.strftime("[%Y-%m-%dT%H:%M:%S.") + ms(t) + f"-0600][{R.uniform(100, 90000):.3f}s][info][gc] GC({R.randint(10, 4000)}) Pause Young (Normal) (G1 Evacuation Pause) {R.randint(600, 1900)}M->{R.randint(150, 500)}M(2048M) {R.uniform(3, 40):.3f}ms")
    elif k == 7:
        L = Line("spring_logback").t(spring("ERROR", "eduler_Worker-3", "g.m.d.v.edrs.steve.SteveOutboundJob"))
        L.t(f"STEVE submission failed, will retry (attempt {R.randint(1, 4)}/5)")
        out = [L,
               Line("spring_logback").t("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"),
               Line("spring_logback").t("\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)"),
               Line("spring_logback").t("\tat org.apache.hc.client5.http.impl.classic.InternalHttpClient.doExecute(InternalHttpClient.java:174)"),
               Line("spring_logback").t(f"\tat gov.mt.dphhs.vitals.edrs.steve.SteveClient.post(SteveClient.java:{R.randint(90, 200)})"),
               Line("spring_logback").t(f"\t... {R.randint(9, 20)} common frames omitted")]
        return out
    else:
        L = Line("spring_logback").t(spring("INFO", "nio-8443-exec-" + str(R.randint(1, 10)), "o.s.web.servlet.DispatcherServlet"))
        L.t(f"Completed initialization in {R.randint(1, 9)} ms")
    return [L]


# --------------------------------------------------------------------------
# funeral home management software exports
# --------------------------------------------------------------------------
def csvq(L, val, cat):
    if "," in val or '"' in val:
        L.t('"').p(val, cat).t('"')
    else:
        L.p(val, cat)


def g_fh_csv():
    fh = R.choice(FUNERAL_HOMES)
    out = []
    if R.random() < 0.7:
        out.append(Line("fhm_csv").t("CaseNo,DecedentLast,DecedentFirst,Middle,DOB,DOD,Age,SSN,PlaceOfDeathType,ResidenceStreet,ResidenceCity,County,State,Zip,InformantName,InformantRelation,InformantPhone,Disposition,DispositionDate,ServiceDate,ContractAcct,Director,DirectorLic"))
    for _ in range(R.randint(1, 4)):
        p = mk_person()
        p["fh"] = fh
        r = mk_rel(p)
        L = Line("fhm_csv")
        L.p(p["fhcase"], "other_id").t(",")
        csvq(L, p["last"], "name"); L.t(",")
        L.p(p["first"], "name").t(",").p(p["middle"], "name").t(",")
        ds = R.choice(["us", "us_short", "dash_us"])
        L.p(fd(p["dob"], ds), "date").t(",").p(fd(p["dod"], ds), "date").t(",")
        L.p(str(p["age"]), "age" if p["age"] >= 90 else None).t(",")
        L.p(fssn(p["ssn"], R.choice(["dash", "plain"])), "ssn").t(",")
        L.t(R.choice(["Hospital-Inpatient", "Nursing Home", "Decedent's Home", "Hospice Facility", "ER/Outpatient"]) + ",")
        csvq(L, p["street"], "address"); L.t(",")
        csvq(L, p["city"], "address"); L.t(",")
        csvq(L, p["county"], "address"); L.t(",")
        L.t(p["state"] + ",").p(p["zip"], "zip").t(",")
        csvq(L, R.choice([f"{r['first']} {r['last']}", f"{r['last']}, {r['first']}"]), "name"); L.t(",")
        L.t(r["rel"] + ",").p(fph(r["phone"], R.choice(["paren", "dash", "plain"])), "phone").t(",")
        L.t(R.choice(["Burial", "Cremation", "Entombment", "Removal from State", "Donation"]) + ",")
        L.p(fd(p["disp"], ds), "date").t(",")
        if R.random() < 0.7:
            L.p(fd(p["disp"] - timedelta(days=R.randint(0, 2)), ds), "date")
        L.t(",").p(f"{fh[0][-3:]}-{R.randint(10000, 99999)}", "account").t(",")
        csvq(L, R.choice(fh[5]), None); L.t("," + f"FD-{R.randint(100, 2999)}")
        out.append(L)
    return out


def g_fh_pipe():
    out = []
    if R.random() < 0.5:
        out.append(Line("fhm_pipe").t("case_id|first_name|middle_name|last_name|date_of_birth|date_of_death|place_of_death|medicare_no|medicaid_no|life_ins_policy|next_of_kin|nok_phone|nok_email|obituary_url|status"))
    for _ in range(R.randint(1, 3)):
        p = mk_person()
        r = mk_rel(p)
        L = Line("fhm_pipe")
        L.p(p["fhcase"], "other_id").t("|").p(p["first"], "name").t("|").p(p["middle"], "name").t("|").p(p["last"], "name").t("|")
        L.p(fd(p["dob"], "iso"), "date").t("|").p(fd(p["dod"], "iso"), "date").t("|")
        L.t(R.choice([p["hospital"], p["nursing"], "Residence"]) + "|")
        if p["mbi"]:
            L.p(p["mbi"], "health_plan")
        L.t("|")
        if R.random() < 0.3:
            L.p(p["medicaid"], "health_plan")
        L.t("|")
        if R.random() < 0.4:
            L.p(R.choice(["LP", "WL", "UL"]) + digits(8), "account")
        L.t("|").p(f"{r['first']} {r['last']}", "name").t("|").p(fph(r["phone"]), "phone").t("|").p(r["email"], "email").t("|")
        if R.random() < 0.6:
            dom = slug(p["fh"][1])[:18]
            L.p(R.choice([f"https://www.{dom}.com/obituary/{slug(p['first'])}-{slug(p['last'])}",
                          f"https://www.legacy.com/us/obituaries/name/{slug(p['first'])}-{slug(p['last'])}-obituary?id={R.randint(50000000, 59999999)}",
                          f"https://www.tributearchive.com/obituaries/{R.randint(30000000, 39999999)}/{slug(p['first'])}-{slug(p['last'])}"]), "url")
        L.t("|" + R.choice(["AT_NEED", "ARRANGEMENTS_MADE", "SERVICE_SCHEDULED", "EDRS_SUBMITTED", "CLOSED"]))
        out.append(L)
    return out


def n_fh_export():
    fh = R.choice(FUNERAL_HOMES)
    L = Line("fhm_export")
    k = R.randrange(4)
    t = CLK.tick()
    if k == 0:
        L.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + f" [Export] {fh[1]}: {R.randint(3, 40)} cases exported to edrs_import_{t:%Y%m%d}_{fh[0]}.csv ({R.randint(4, 90)} KB), sha256={hexs(64)}")
    elif k == 1:
        L.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + f" [Sync] EDRS web service sync v{R.randint(7, 9)}.{R.randint(0, 9)}.{R.randint(0, 30)} - 0 errors, next run in 15 min")
    elif k == 2:
        L.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + f" [Profile] Establishment updated: {fh[1]}, {R.randint(100, 3000)} {R.choice(STREETS)}, {fh[2]} MT, phone {fh[3]}, license {fh[4]}, director {fh[5][0]}")
    else:
        L.t(t.strftime("%m/%d/%Y %I:%M:%S %p") + f" [Error] EDRS upload rejected: HTTP 401 (token expired for user {slug(fh[5][0])[:10]}@{fh[0].lower()}); re-authenticating")
    return [L]


# --------------------------------------------------------------------------
# permits
# --------------------------------------------------------------------------
def g_permit_json():
    p = mk_person()
    fh = p["fh"]
    L = Line("permit_json")
    method = R.choice(["BURIAL", "BURIAL", "ENTOMBMENT", "REMOVAL_FROM_STATE"])
    dec = {"name": {"given": [P(p["first"], "name")] + ([P(p["middle"], "name")] if p["middle"] else []), "family": P(p["last"], "name")},
           "dateOfDeath": P(fd(p["dod"], "iso"), "date"), "placeOfDeathCounty": P(p["county"], "address")}
    if R.random() < 0.5:
        dec["dateOfBirth"] = P(fd(p["dob"], "iso"), "date")
    dec["ageYears"] = P(p["age"], "age") if p["age"] >= 90 else p["age"]
    o = {"permitType": "BURIAL_TRANSIT", "permitNumber": P(p["btp"], "license"), "issuedAt": ts_iso_local(),
         "caseNumber": P(p["case"], "other_id"), "decedent": dec,
         "disposition": {"method": method, "place": R.choice(CEMETERIES), "date": P(fd(p["disp"], "iso"), "date")},
         "funeralHome": {"id": fh[0], "name": fh[1], "licence": fh[4]},
         "issuedBy": R.choice(STAFF_USERS), "transitState": R.choice([None, "ID", "WY", "ND", "WA"])}
    emit(L, o)
    return [L]


def g_cremation_kv():
    p = mk_person()
    r = mk_rel(p)
    L = Line("cremation_kv")
    L.t(ts_iso_local() + " CREMATION_PERMIT permit_no=").p(p["crp"], "license")
    L.t(" case=").p(p["case"], "other_id").t(' decedent="').p(nm(p, R.choice(["LFM", "fl", "lf"])), "name").t('"')
    L.t(" dod=").p(fd(p["dod"], R.choice(["us", "us_short", "oracle"])), "date")
    L.t(" age=").p(str(p["age"]), "age" if p["age"] >= 90 else None)
    L.t(" me_release=Y me_case=").p(p["mecase"], "other_id")
    dev = mk_device()
    if R.random() < 0.55:
        L.t(f' implant="{dev[0]} {dev[1]}" removed=Y device_sn=').p(dev[2], "device")
        if R.random() < 0.4:
            L.t(" udi=").p(dev[3], "device")
    else:
        L.t(" implant=NONE")
    L.t(f' authorizing_agent="').p(f"{r['first']} {r['last']}", "name").t(f'" relationship={r["rel"].upper()}')
    L.t(" agent_phone=").p(fph(r["phone"]), "phone")
    L.t(f' crematory="{R.choice(CREMATORIES)}" waiting_period_hrs=48 scheduled=').p(fd(p["disp"], "iso"), "date")
    return [L]


def n_permit():
    L = Line("permit_json")
    o = {"event": R.choice(["PERMIT_BATCH_PRINTED", "PERMIT_STOCK_LOW", "PERMIT_SEQ_RESERVED"]), "ts": ts_iso_local(),
         "count": R.randint(1, 40), "printer": f"VR-PRN-0{R.randint(1, 4)}", "durationMs": R.randint(300, 9000),
         "seqRange": f"BTP-24-1{R.randint(10000, 19999)}..BTP-24-1{R.randint(20000, 29999)}" if R.random() < 0.3 else None}
    emit(L, o)
    return [L]


def n_cremation():
    L = Line("cremation_kv")
    L.t(ts_iso_local() + f" CREMATION_WAIT_CHECK run={uid()[:8]} eligible={R.randint(0, 12)} held={R.randint(0, 4)} me_pending={R.randint(0, 9)} crematories_notified={R.randint(0, 5)} elapsed_ms={R.randint(30, 900)}")
    return [L]


# --------------------------------------------------------------------------
# certifier signature queue (JSON lines)
# --------------------------------------------------------------------------
def g_certq():
    p = mk_person()
    c = p["cert"]
    L = Line("certq_jsonl")
    ev = R.choice(["ITEM_ENQUEUED", "ITEM_ASSIGNED", "REMINDER_SENT", "ITEM_SIGNED", "ITEM_DECLINED", "REASSIGNED"])
    o = {"ts": ts_iso_utc(), "queue": "certifier-signature", "event": ev, "caseId": P(p["caseid"], "other_id"),
         "certifierNpi": c[2], "certifierName": f"{c[0]}, {c[1]}", "facility": c[4]}
    if ev in ("ITEM_ENQUEUED", "ITEM_ASSIGNED", "REASSIGNED"):
        o["decedentName"] = P(nm(p, R.choice(["LFM", "fl", "lf"])), "name")
        o["dod"] = P(fd(p["dod"], "iso"), "date")
        if R.random() < 0.4:
            o["mrn"] = P(p["mrn"], "mrn")
    if ev == "ITEM_DECLINED":
        o["reason"] = R.choice(["NOT_MY_PATIENT", "REFER_TO_CORONER", "WRONG_CERTIFIER"])
    if ev == "REMINDER_SENT":
        o["channel"] = "email"
        o["to"] = c[3]
    o["hoursPending"] = round(R.uniform(0.2, 160), 1)
    if ev == "ITEM_SIGNED" and p["age"] >= 90:
        o["ageAtDeath"] = P(p["age"], "age")
    emit(L, o)
    return [L]


def n_certq():
    L = Line("certq_jsonl")
    o = {"ts": ts_iso_utc(), "queue": "certifier-signature", "event": "QUEUE_METRICS", "depth": R.randint(40, 260),
         "oldestHours": round(R.uniform(48, 400), 1), "slaBreaches": R.randint(0, 30),
         "byCounty": {c[1]: R.randint(0, 40) for c in R.sample(PLACES_MT, 3)}}
    emit(L, o)
    return [L]


# --------------------------------------------------------------------------
# amendments (XML)
# --------------------------------------------------------------------------
def g_amend_block():
    p = mk_person()
    r = mk_rel(p)
    out = []
    X = lambda: Line("amend_xml")
    out.append(X().t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(X().t(f'<AmendmentRequest xmlns="urn:mt:dphhs:vr:amend:1" id="AMD-24-{R.randint(100, 999):05d}" type="{R.choice(["AFFIDAVIT", "COURT_ORDER", "CERTIFIER_CORRECTION"])}" received="{ts_iso_local()}">'))
    out.append(X().t('  <Record stateFileNumber="').p(p["sfn"], "license").t('" caseNumber="').p(p["case"], "other_id").t('"/>'))
    out.append(X().t("  <Decedent>"))
    out.append(X().t("    <Name>").p(nm(p, R.choice(["fml", "fl", "fmil"])), "name").t("</Name>"))
    out.append(X().t("    <DateOfDeath>").p(fd(p["dod"], "iso"), "date").t("</DateOfDeath>"))
    out.append(X().t("  </Decedent>"))
    items = R.sample(["DECEDENT_DOB", "DECEDENT_SSN", "DECEDENT_LAST_NAME", "RESIDENCE_STREET", "FATHER_NAME", "SPOUSE_NAME", "CAUSE_PART1A"], R.randint(1, 2))
    for it in items:
        out.append(X().t(f'  <Item field="{it}">'))
        if it == "DECEDENT_DOB":
            old = p["dob"].replace(year=p["dob"].year + R.choice([-1, 1, 10]))
            o_, n_ = (fd(old, "iso"), fd(p["dob"], "iso")), "date"
        elif it == "DECEDENT_SSN":
            o_, n_ = (mk_ssn(), p["ssn"]), "ssn"
        elif it == "DECEDENT_LAST_NAME":
            o_, n_ = (p["last"].replace("-", " ") if "-" in p["last"] else p["last"][:-1], p["last"]), "name"
        elif it == "RESIDENCE_STREET":
            o_, n_ = (f"{R.randint(2, 9899)} {R.choice(STREETS)}", p["street"]), "address"
        elif it == "CAUSE_PART1A":
            o_, n_ = (R.choice(CAUSES), R.choice(CAUSES)), None
        else:
            nm2 = R.choice(FIRST_M if it == "FATHER_NAME" else FIRST_F + FIRST_M)
            o_, n_ = (f"{nm2} {p['last']}", f"{nm2} {R.choice(MIDDLES)} {p['last']}"), "name"
        out.append(X().t("    <Old>").p(o_[0], n_).t("</Old>"))
        out.append(X().t("    <New>").p(o_[1], n_).t("</New>"))
        out.append(X().t("  </Item>"))
    out.append(X().t(f'  <Applicant relationship="{r["rel"].upper()}">'))
    out.append(X().t("    <Name>").p(f"{r['first']} {r['last']}", "name").t("</Name>"))
    out.append(X().t("    <Phone>").p(fph(r["phone"]), "phone").t("</Phone>"))
    if R.random() < 0.5:
        out.append(X().t("    <Address>").p(r["street"], "address").t(", ").p(r["city"], "address").t(f", {r['state']} ").p(r["zip"], "zip").t("</Address>"))
    out.append(X().t("  </Applicant>"))
    out.append(X().t(f'  <Evidence type="{R.choice(["BIRTH_CERTIFICATE", "PASSPORT", "SSA_LETTER", "MILITARY_DD214"])}" pages="{R.randint(1, 5)}" sha1="{hexs(40)}"/>'))
    out.append(X().t("</AmendmentRequest>"))
    return out


def g_amend_inline():
    p = mk_person()
    L = Line("amend_xml")
    L.t(f'<AmendmentStatus id="AMD-24-{R.randint(100, 999):05d}" sfn="').p(p["sfn"], "license")
    L.t(f'" status="{R.choice(["APPROVED", "PENDING_EVIDENCE", "DENIED"])}" reviewer="{R.choice(STAFF_USERS)}" at="{ts_iso_utc_s()}">')
    k = R.randrange(3)
    if k == 0:
        m = R.choice(LAST)
        L.t('<Field name="MOTHER_MAIDEN_NAME" old="').p(m[:-1] if len(m) > 4 else m + "e", "name").t('" new="').p(m, "name").t('"/>')
    elif k == 1:
        L.t('<Field name="DATE_OF_DEATH" old="').p(fd(p["dod"] + timedelta(days=1), "us"), "date").t('" new="').p(fd(p["dod"], "us"), "date").t('"/>')
    else:
        L.t('<Field name="INFORMANT_NAME" old="').p(R.choice(FIRST_F) + " " + p["last"], "name").t('" new="').p(R.choice(FIRST_F) + " " + R.choice(LAST) + "-" + p["last"], "name").t('"/>')
    L.t("</AmendmentStatus>")
    return [L]


# --------------------------------------------------------------------------
# SSA EDR
# --------------------------------------------------------------------------
def g_ssa():
    p = mk_person()
    L = Line("ssa_edr")
    res = R.choice([("1", "VERIFIED"), ("1", "VERIFIED"), ("2", "NAME_NOMATCH"), ("4", "DOB_NOMATCH")])
    L.t(f"EDR|V|{CLK.tick():%Y%m%d}|MT|").p(p["case"], "other_id").t("|").p(fssn(p["ssn"], "plain"), "ssn").t("|")
    L.p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|").p(p["middle"][:1].upper(), "name").t("|")
    L.p(fd(p["dob"], "compact"), "date").t(f"|{p['sex']}|").p(fd(p["dod"], "compact"), "date").t(f"|{res[0]}|{res[1]}|BATCH{R.randint(1000, 9999)}")
    return [L]


def n_ssa():
    L = Line("ssa_edr")
    t = CLK.tick()
    L.t(R.choice([f"H|MT|SSAEDR|{t:%Y%m%d}|v3.2|{R.randint(100, 900)}",
                  f"T|MT|{t:%Y%m%d}|records={R.randint(100, 900)}|verified={R.randint(80, 800)}|nomatch={R.randint(0, 20)}|crc={hexs(8).upper()}",
                  f"# SSA EDR batch MT_EDR_{t:%Y%m%d}_{R.randint(1, 4):02d}.txt transmitted via CONNECT:Direct node SSA.NDM.PROD, {R.randint(20, 400)} KB"]))
    return [L]


# --------------------------------------------------------------------------
# NCHS STEVE / FHIR VRDR
# --------------------------------------------------------------------------
def g_vrdr_patient():
    p = mk_person()
    L = Line("vrdr_fhir")
    given = [P(p["first"], "name")] + ([P(p["middle"], "name")] if len(p["middle"]) > 1 else [])
    o = {"resourceType": "Patient", "id": uid(),
         "meta": {"profile": ["http://hl7.org/fhir/us/vrdr/StructureDefinition/vrdr-decedent"]},
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SB"}]},
                         "system": "http://hl7.org/fhir/sid/us-ssn", "value": P(fssn(p["ssn"], "plain"), "ssn")}],
         "name": [{"use": "official", "family": P(p["last"], "name"), "given": given}],
         "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(fd(p["dob"], "iso"), "date"),
         "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"),
                      "district": P(p["county"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip"), "country": "US"}],
         "deceasedDateTime": P(f"{fd(p['dod'], 'iso')}T{p['tod']}:00-06:00", "date")}
    emit(L, o)
    return [L]


def g_vrdr_params():
    p = mk_person()
    L = Line("vrdr_fhir")
    o = {"resourceType": "Parameters", "id": uid(), "parameter": [
        {"name": "cert_no", "valueUnsignedInt": P(int(p["sfn"][-6:]), "license")},
        {"name": "state_auxiliary_id", "valueString": P(p["case"], "other_id")},
        {"name": "death_year", "valueUnsignedInt": 2024},
        {"name": "jurisdiction_id", "valueString": "MT"}]}
    if R.random() < 0.5:
        i = p["cause"]
        o["parameter"].append({"name": "underlying_cause", "valueCoding": {"system": "http://hl7.org/fhir/sid/icd-10", "code": ICD[i]}})
    emit(L, o)
    return [L]


def g_steve_log():
    p = mk_person()
    L = Line("steve_hub")
    t = CLK.tick()
    k = R.randrange(3)
    L.t(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t) + " [steve-client] ")
    if k == 0:
        oos = R.choice(["WA", "ID", "WY", "ND", "SD", "OR"])
        L.t(f"ITOP out-of-state resident record queued for {oos}: cert_no=").p(p["sfn"][-6:], "license")
        L.t(" decedent=").p(nm(p, "LFM"), "name").t(" res_city=").p(p["city"], "address").t(f" msgType=vrdr_submission mailbox=MT->{oos}")
    elif k == 1:
        L.t(f"Received CodingResponse urn:uuid:{uid()} from NCHS cert_no=").p(p["sfn"][-6:], "license")
        L.t(" aux_id=").p(p["case"], "other_id").t(f" underlying={ICD[p['cause']]} record_axis={R.randint(1, 6)} entity_axis={R.randint(1, 8)}")
    else:
        L.t(f"Voiding previously submitted record cert_no=").p(p["sfn"][-6:], "license").t(" aux_id=").p(str(p["caseid"]), "other_id")
        L.t(f" reason=DUPLICATE block_count=1 msg=urn:uuid:{uid()}")
    return [L]


def n_steve():
    L = Line("steve_hub")
    t = CLK.tick()
    L.t(t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t) + " [steve-client] ")
    L.t(R.choice([f"Heartbeat OK mailbox=MT hub=STEVE2 latency={R.randint(80, 900)}ms",
                  f"Message urn:uuid:{uid()} acknowledged by NCHS (ACK) in {R.randint(1, 40)}s",
                  f"Polling inbox: {R.randint(0, 25)} new messages (coding={R.randint(0, 15)}, status={R.randint(0, 5)}, extraction_error=0)",
                  f"Extraction error for message urn:uuid:{uid()}: Bundle.entry[3].resource invalid (vrdr-dc-1); resubmission required",
                  f"Token refreshed for client_id=mt-vr-prod scope=vrdr.write expires_in=3600"]))
    return [L]


# --------------------------------------------------------------------------
# EVVE fact-of-death
# --------------------------------------------------------------------------
AGENCIES = ["Social Security Administration", "Office of Personnel Management", "CalPERS",
            "Montana Public Employee Retirement Administration", "Wyoming Department of Health - Medicaid",
            "U.S. Department of Veterans Affairs", "Montana Department of Revenue"]


def g_evve():
    p = mk_person()
    L = Line("evve_fod_json")
    match = R.random() < 0.6
    qy = {"lastName": P(p["last"], "name"), "firstName": P(p["first"], "name"), "dateOfBirth": P(fd(p["dob"], "iso"), "date")}
    if R.random() < 0.6:
        qy["ssn"] = P(fssn(p["ssn"], "plain"), "ssn")
    qy["stateOfDeath"] = "MT"
    agency = R.choice(AGENCIES)
    if "Medicaid" in agency or R.random() < 0.15:
        agency = "Montana DPHHS - Medicaid Eligibility" if "Medicaid" not in agency else agency
        qy["medicaidId"] = P(p["medicaid"], "health_plan")
    resp = {"matchStatus": "MATCH" if match else "NO_MATCH"}
    if match:
        resp.update({"dateOfDeath": P(fd(p["dod"], "iso"), "date"), "certificateNumber": P(p["sfn"], "license"),
                     "amended": R.random() < 0.1, "county": P(p["county"], "address")})
    o = {"evveTxnId": f"FOD-MT-{CLK.tick():%Y%m%d}-{R.randint(1, 99999):07d}",
         "requestingEntity": {"agency": agency, "userId": R.choice(["fod-batch", "opm-rs-api", "svc-evve-" + hexs(4)])},
         "query": qy, "response": resp, "latencyMs": R.randint(20, 400)}
    emit(L, o)
    return [L]


def n_evve():
    L = Line("evve_fod_json")
    o = {"evveStats": {"window": "PT1H", "queries": R.randint(200, 2000), "matches": R.randint(10, 200),
                       "noMatch": R.randint(100, 1800), "multipleMatch": R.randint(0, 4), "avgLatencyMs": R.randint(40, 160)},
         "node": f"evve-gw-{R.randint(1, 2)}", "ts": ts_iso_utc_s()}
    emit(L, o)
    return [L]


# --------------------------------------------------------------------------
# certified copy orders, payments, shipping
# --------------------------------------------------------------------------
def order_no():
    return f"VR-{CLK.t:%y%m%d}-{R.randint(10000, 99999)}"


def g_order():
    p = mk_person()
    r = mk_rel(p)
    L = Line("order_json")
    rec = {"type": "DEATH", "stateFileNumber": P(p["sfn"], "license"), "decedentName": P(nm(p, R.choice(["fl", "fml", "upper"])), "name"),
           "dateOfDeath": P(fd(p["dod"], R.choice(["iso", "us"])), "date"), "countyOfDeath": P(p["county"], "address")}
    req = {"firstName": P(r["first"], "name"), "lastName": P(r["last"], "name"), "relationship": r["rel"].upper(),
           "email": P(r["email"], "email"), "phone": P(fph(r["phone"], R.choice(["dash", "plain", "e164"])), "phone")}
    if R.random() < 0.4:
        req["idDocument"] = {"type": "DRIVERS_LICENSE", "state": "MT", "number": P(digits(13) if R.random() < 0.5 else "0" + digits(8), "license")}
    if R.random() < 0.25:
        req["fax"] = P(fph(mk_phone(), "dash"), "fax")
    if R.random() < 0.3:
        req["portalUser"] = P(slug(r["first"])[:1] + slug(r["last"])[:8] + str(R.randint(1, 99)), "other_id")
    o = {"orderNumber": order_no(), "createdAt": ts_iso_utc_s(), "channel": R.choice(["WEB", "WEB", "PHONE", "MAIL"]),
         "status": R.choice(["PAID", "PENDING_ID_VERIFICATION", "PAID"]), "requester": req, "record": rec,
         "copies": R.randint(1, 10), "fees": {"certified": 21.0, "processing": 11.5, "shipping": R.choice([0, 19.95, 31.5])},
         "shipTo": {"name": P(f"{r['first']} {r['last']}", "name"), "line1": P(r["street"], "address"),
                    "city": P(r["city"], "address"), "state": r["state"], "zip": P(r["zip"], "zip")},
         "clientIp": P(r["ip"], "ip")}
    emit(L, o)
    return [L]


def g_payment():
    p = mk_person()
    r = mk_rel(p)
    L = Line("payment_kv")
    if R.random() < 0.6:
        brand, pan = mk_card()
        L.t(ts_iso_local() + " DEBUG payments.authnet request createTransactionRequest order=" + order_no() + f" amount={R.choice(['32.50', '53.50', '74.50', '95.45'])}")
        L.t(" cardNumber=").p(pan, "account").t(f" expirationDate={R.randint(1, 12):02d}{R.randint(25, 30)} cardCode=*** billTo.firstName=")
        L.p(r["first"], "name").t(" billTo.lastName=").p(r["last"], "name").t(" billTo.zip=").p(r["zip"], "zip")
        L.t(" customerIP=").p(r["ip"], "ip")
    else:
        L.t(ts_iso_local() + " INFO payments.refund method=ACH order=" + order_no() + f" amount={R.choice(['21.00', '42.00', '11.50'])} routing={R.choice(['092900383', '092901683', '081000210'])} account=")
        L.p(digits(R.randint(8, 12)), "account").t(' payee="').p(f"{r['first']} {r['last']}", "name").t(f'" reason=DUPLICATE_ORDER status=SUBMITTED')
    return [L]


def g_ship():
    p = mk_person()
    r = mk_rel(p)
    L = Line("ship_kv")
    carrier = R.choice(["USPS", "UPS"])
    trk = "9470" + digits(18) if carrier == "USPS" else "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    L.t(ts_iso_local() + f" shipping label.created carrier={carrier} service={R.choice(['PriorityExpress', 'Priority', 'NextDayAir', 'Ground'])} tracking={trk} order={order_no()}")
    L.t(' to="').p(R.choice([f"{r['first']} {r['last']}", f"{r['first']} {r['last']}".upper()]), "name").t('" addr1="').p(r["street"], "address").t('"')
    L.t(' city="').p(r["city"], "address").t(f'" st={r["state"]} zip=').p(R.choice([r["zip"], r["zip"] + "-" + digits(4)]), "zip")
    if R.random() < 0.6:
        L.t(" phone=").p(fph(r["phone"], "plain"), "phone")
    L.t(f" weight_oz={R.randint(2, 9)}")
    return [L]


def n_payment():
    L = Line("payment_kv")
    t = ts_iso_local()
    k = R.randrange(4)
    if k == 0:
        L.t(t + f" INFO payments.authnet response order={order_no()} transId=6{digits(10)} responseCode=1 authCode={''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))} avsResultCode={R.choice('YZA')} cvvResultCode=M accountNumber=XXXX{digits(4)} accountType={R.choice(['Visa', 'MasterCard', 'Discover'])}")
    elif k == 1:
        L.t(t + f" WARN payments.authnet response order={order_no()} transId=0 responseCode=2 reasonCode={R.choice([2, 27, 44, 65])} text=\"This transaction has been declined.\"")
    elif k == 2:
        L.t(t + f" INFO payments.smoke staging test charge cardNumber={R.choice(['4242424242424242', '4111111111111111'])} amount=1.00 result=APPROVED env=uat")
    else:
        L.t(t + f" INFO payments.settlement batchId={R.randint(100000000, 999999999)} settled={R.randint(40, 300)} total=${R.randint(1500, 9000)}.{R.randint(0, 99):02d} declined={R.randint(0, 5)}")
    return [L]


def n_ship():
    L = Line("ship_kv")
    trk = "9470" + digits(18)
    L.t(ts_iso_local() + R.choice([f" shipping tracking.update carrier=USPS tracking={trk} status=IN_TRANSIT facility=\"BILLINGS MT DISTRIBUTION CENTER\"",
                                    f" shipping tracking.update carrier=UPS tracking=1Z{hexs(16).upper()} status=DELIVERED signedBy=FRONTDOOR",
                                    f" shipping manifest.closed carrier=USPS pieces={R.randint(10, 90)} scanForm=9475{digits(18)}",
                                    f" shipping rate.quote service=Priority zone={R.randint(1, 8)} weight_oz={R.randint(2, 9)} rate={R.uniform(8, 40):.2f}"]))
    return [L]


# --------------------------------------------------------------------------
# HL7 v2 death notifications from hospitals (one segment per physical line)
# --------------------------------------------------------------------------
def g_hl7():
    p = mk_person()
    c = p["cert"]
    fac = R.choice(["BC", "SPH", "BENEFIS", "SVRH", "BHDH"])
    ctrl = str(R.randint(1000000, 9999999))
    ts = ts_hl7()
    out = [Line("hl7_mllp").t(f"{CLK.t:%Y-%m-%d %H:%M:%S} MLLP listener :2575 received message control id {ctrl} from 10.52.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(40000, 65000)} (5 segments)")]
    out.append(Line("hl7v2").t(f"MSH|^~\\&|EPIC|{fac}|EDRS|MTDPHHS|{ts}-0600||ADT^A03^ADT_A03|{ctrl}|P|2.5.1"))
    out.append(Line("hl7v2").t(f"EVN|A03|{ts}|||{c[2]}^{c[0].split()[-1].upper()}^{c[0].split()[0].upper()}"))
    L = Line("hl7v2").t("PID|1||").p(p["mrn"], "mrn").t(f"^^^{fac}^MR")
    if R.random() < 0.5:
        L.t("~").p(fssn(p["ssn"], "plain"), "ssn").t("^^^SSA^SS")
    L.t("||").p(nm(p, "hl7"), "name").t("^^^^L|")
    if R.random() < 0.5:
        L.p(R.choice(LAST).upper(), "name")
    L.t("|").p(fd(p["dob"], "compact"), "date").t(f"|{p['sex']}||2106-3|")
    L.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t(f"^{p['state']}^").p(p["zip"], "zip").t("^^H^^")
    L.p(p["fips"], "address")
    ph = mk_phone()
    L.t("||^PRN^PH^^^").p(ph[:3], "phone").t("^").p(ph[3:], "phone").t(f"|||{R.choice(['W', 'M', 'S', 'D'])}||")
    L.p(p["acct"], "account").t(f"^^^{fac}^AN|")
    L.p(fssn(p["ssn"]), "ssn").t("|")
    if R.random() < 0.4:
        L.p(p["dl"], "license").t("^MT")
    L.t("|||||||||").p(fd(p["dod"], "compact") + p["tod"].replace(":", ""), "date").t("|Y")
    out.append(L)
    adm = p["dod"] - timedelta(days=R.randint(0, 12))
    f = [""] * 46
    f[0] = "PV1"; f[1] = "1"; f[2] = "I"; f[3] = f"{R.choice(['4W', 'ICU', '3E', 'CCU'])}^{R.randint(100, 499)}^{R.choice('AB')}^{fac}"
    f[4] = "E"; f[7] = f"{c[2]}^{c[0].split()[-1].upper()}^{c[0].split()[0].upper()}^^^^{c[1]}"; f[10] = "MED"
    f[36] = "20"
    out_line = Line("hl7v2")
    for i in range(46):
        if i:
            out_line.t("|")
        if i == 19:
            out_line.p(p["acct"], "account")
        elif i == 44:
            out_line.p(fd(adm, "compact") + f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}", "date")
        elif i == 45:
            out_line.p(fd(p["dod"], "compact") + p["tod"].replace(":", ""), "date")
        else:
            out_line.t(f[i])
    out.append(out_line)
    out.append(Line("hl7v2").t(f"DG1|1|I10|{ICD[p['cause']]}^{CAUSES[p['cause']]}^I10||{ts}|F"))
    out.append(Line("hl7_mllp").t(f"{CLK.tick():%Y-%m-%d %H:%M:%S} MLLP sent ACK MSA|AA|{ctrl} (pre-population draft created)"))
    return out


def n_hl7():
    L = Line("hl7_mllp")
    t = CLK.tick()
    L.t(f"{t:%Y-%m-%d %H:%M:%S} " + R.choice([f"MLLP listener :2575 connection from 10.52.{R.randint(0, 9)}.{R.randint(2, 250)} closed after {R.randint(1, 400)} messages",
                                                f"MLLP sent ACK MSA|AE|{R.randint(1000000, 9999999)}|Unsupported trigger event A08 (only A03/A04 death flag accepted)",
                                                f"MLLP listener :2575 idle, {R.randint(0, 12)} open connections, queue={R.randint(0, 4)}",
                                                f"MSH|^~\\&|EDRS|MTDPHHS|EPIC|BC|{t:%Y%m%d%H%M%S}-0600||ACK^A03^ACK|A{R.randint(100000, 999999)}|P|2.5.1"]))
    return [L]


# --------------------------------------------------------------------------
# free text: registrar case notes, help desk tickets, fax gateway, notifications
# --------------------------------------------------------------------------
def g_note():
    p = mk_person()
    r = mk_rel(p)
    c = p["cert"]
    L = Line("case_note")
    t = CLK.tick()
    L.t(f"{t:%Y-%m-%d %H:%M} | note | user={R.choice(STAFF_USERS)} | case=").p(p["case"], "other_id").t(' | "')
    k = R.randrange(6)
    pr = "his" if p["sex"] == "M" else "her"
    if k == 0:
        L.t("Spoke w/ ").p(f"{r['first']} {r['last']}", "name").t(f" ({r['rel'].lower()}) at ").p(fph(r["phone"]), "phone")
        L.t(f" - says {pr} DOB on the hospital face sheet is wrong, should be ").p(fd(p["dob"], R.choice(["us_short", "us2"])), "date").t(". Mailed affidavit form.")
    elif k == 1:
        L.t(f"FD {p['fh'][5][0]} called: Dr. {c[0].split()[-1]} out until 3/25, family (").p(r["first"] + " " + r["last"], "name")
        L.t(") wants cremation by ").p(fd(p["disp"], "us_short"), "date").t(". Escalated to the county coroner, FD aware.")
    elif k == 2:
        es = {"Daughter": "la hija", "Son": "el hijo", "Spouse": "el cónyuge", "Niece": "la sobrina", "Nephew": "el sobrino", "Sister": "la hermana",
              "Brother": "el hermano", "Mother": "la madre", "Father": "el padre"}.get(r["rel"], "el informante")
        L.t(f"Nota: {es} ").p(f"{r['first']} {r['last']}", "name").t(" confirmó la fecha de defunción ").p(fd(p["dod"], "es"), "date")
        L.t(" y el domicilio ").p(p["street"], "address").t(", ").p(p["city"], "address").t(". Pendiente firma del médico.")
    elif k == 3:
        if p["age"] < 90:
            p["age"] = R.randint(90, 104)
        L.t("Decedent ").p(nm(p, "upper"), "name").t(" age ").p(str(p["age"]), "age").t(" - residence listed as ").p(p["street"], "address")
        L.t(", ").p(p["city"], "address").t(" ").p(p["zip"], "zip").t("; nephew says moved to assisted living in 2019. Verify w/ SSA before registering.")
    elif k == 4:
        L.t("Medicare # on FH worksheet (").p(fmbi(p["mbi"] or mk_mbi()), "health_plan").t(") was typed into SSN field. Corrected SSN to ")
        L.p(fssn(p["ssn"], "dash"), "ssn").t(f" per SSA OVS. FD notified by phone.")
    else:
        L.t("Obit link family sent for ID check: ").p(f"https://www.legacy.com/us/obituaries/greatfallstribune/name/{slug(p['first'])}-{slug(p['last'])}-obituary?id={R.randint(50000000, 59999999)}", "url")
        L.t(" - matches name/DOB ").p(fd(p["dob"], R.choice(["us", "long"])), "date").t(". OK to issue to ").p(r["first"], "name").t(".")
    L.t('"')
    return [L]


def n_note():
    L = Line("case_note")
    t = CLK.tick()
    L.t(f"{t:%Y-%m-%d %H:%M} | note | user={R.choice(STAFF_USERS)} | case= | \"" + R.choice([
        "Permit printer VR-PRN-02 jammed again, opened INC00" + digits(5) + " with DPHHS IT.",
        "Reminder: NCHS timeliness report due Friday, county counts look low for Roosevelt.",
        f"Certifier training webinar moved to 3/21 at 2pm, link sent to {R.randint(20, 60)} clinics.",
        "Drop-to-paper cases are backing up at the front counter; need second scanner.",
        f"{R.choice(FUNERAL_HOMES)[1]} asked about EDRS password reset policy - sent KB article KB0010{digits(3)}.",
        "STEVE outbound paused 14:00-14:20 for cert rotation, all caught up.",
    ]) + '"')
    return [L]


def g_ticket():
    p = mk_person()
    fh = p["fh"]
    L = Line("ticket_csv")
    L.t(f"INC00{digits(5)},\"{CLK.tick():%Y-%m-%d %H:%M:%S}\",\"EDRS - Funeral Home\",\"")
    k = R.randrange(3)
    if k == 0:
        L.t(f"{fh[1]} reports error 'Certifier not licensed in MT' on case ").p(p["case"], "other_id").t(" (decedent ").p(nm(p, R.choice(["fl", "lower", "init", "fmil"])), "name").t(")")
    elif k == 1:
        L.t("Cannot attach pacemaker removal form; decedent ").p(nm(p, "lf"), "name").t(", device SN ").p(mk_device()[2], "device").t(", case ").p(str(p["caseid"]), "other_id")
    else:
        L.t("Duplicate case created for ").p(nm(p, "LFM"), "name").t(" DOD ").p(fd(p["dod"], R.choice(["us", "long", "dmy"])), "date").t(" - please void ").p(p["case"], "other_id")
    L.t(f"\",P{R.randint(2, 4)},VR-EDRS-Support,{R.choice(STAFF_USERS)}")
    return [L]


def n_ticket():
    L = Line("ticket_csv")
    L.t(f"INC00{digits(5)},\"{CLK.tick():%Y-%m-%d %H:%M:%S}\",\"" + R.choice([
        "EDRS - Certifier\",\"Dr. reports Okta MFA push not arriving; reset factor", "EDRS - Infrastructure\",\"Disk D: on VR-EDRS-APP02 at 91%",
        "EDRS - Funeral Home\",\"Request new user for " + R.choice(FUNERAL_HOMES)[1] + ", director license FD-" + str(R.randint(100, 2999)),
        "Orders Portal\",\"Checkout page slow after 4.12 deploy (p95 6s)", "STEVE\",\"NCHS reports 3 extraction errors from last night's batch"]) +
        f"\",P{R.randint(2, 4)},VR-EDRS-Support,{R.choice(STAFF_USERS)}")
    return [L]


def g_fax():
    p = mk_person()
    r = mk_rel(p)
    L = Line("fax_gateway")
    fx = mk_phone()
    L.t(f"{ts_syslog()} vr-fax01 RightFax[{R.randint(1000, 9999)}]: INBOUND id=0x{hexs(4).upper()} pages={R.randint(1, 6)} csid=\"").p(fph(fx, "plain"), "fax")
    L.t('" ani=').p(fph(fx, "e164"), "fax").t(f" dnis=4064440190 routed=AMENDMENTS ocr_subject=\"Affidavit to amend record of ")
    L.p(nm(p, R.choice(["fl", "upper"])), "name").t(" - ").p(r["rel"].lower(), None).t(" ").p(f"{r['first']} {r['last']}", "name").t('"')
    return [L]


def n_fax():
    L = Line("fax_gateway")
    fh = R.choice(FUNERAL_HOMES)
    L.t(f"{ts_syslog()} vr-fax01 RightFax[{R.randint(1000, 9999)}]: " + R.choice([
        f"OUTBOUND id=0x{hexs(4).upper()} to=\"{fh[1]}\" number={fh[3]} pages=2 status=SENT duration={R.randint(30, 200)}s",
        f"line 2 status: idle, {R.randint(0, 40)} faxes today, {R.randint(0, 3)} failed",
        f"INBOUND id=0x{hexs(4).upper()} pages=1 csid=\"{fh[3]}\" routed=PERMITS ocr_subject=\"Establishment renewal {fh[4]}\""]))
    return [L]


def g_notify():
    p = mk_person()
    r = mk_rel(p)
    L = Line("notify_log")
    L.t(ts_serilog() + " [INF] Vitals.Orders.Notifications.EmailSender: Queued template ")
    tpl = R.choice(["OrderShipped", "OrderReceived", "IdVerificationNeeded"])
    L.t(q(tpl) + " to ").p(r["email"], "email").t(" (").p(f"{r['first']} {r['last']}", "name").t(f") order {q(order_no())}")
    if tpl != "OrderShipped" and R.random() < 0.5:
        L.t(" re decedent ").p(nm(p, R.choice(["fl", "init", "lower"])), "name")
    L.t(f" via SendGrid msgId {hexs(22)}")
    return [L]


def n_notify():
    L = Line("notify_log")
    c = R.choice(CERTIFIERS)
    L.t(ts_serilog() + R.choice([f" [INF] Vitals.Edrs.Notifications.EmailSender: Queued template \"CertifierReminder\" to {c[3]} ({c[0]}, {c[1]}) pendingItems={R.randint(1, 30)}",
                                  f" [WRN] Vitals.Edrs.Notifications.EmailSender: SendGrid 429 Too Many Requests, backing off {R.randint(1, 30)}s",
                                  f" [INF] Vitals.Edrs.Notifications.SmsSender: Twilio status callback SM{hexs(32)} delivered to FH on-call line {R.choice(FUNERAL_HOMES)[3]}"]))
    return [L]


# --------------------------------------------------------------------------
# coroner / ME case management export (JSON)
# --------------------------------------------------------------------------
CORONER_KINDS = [("vehicle", "photo"), ("biometric",), ("implant", "vehicle"), ("photo", "biometric"), ("implant",),
                 ("vehicle",), ("biometric", "implant"), ("photo",), ("vehicle", "biometric")]
CORONER_N = [0]


def g_coroner():
    p = mk_person()
    co = R.choice(CORONERS)
    L = Line("coroner_json")
    dec = {"name": P(nm(p, R.choice(["LFM", "fml", "fl"])), "name"), "dob": P(fd(p["dob"], R.choice(["us", "dmy", "oracle"])), "date"),
           "sex": p["sex"], "residence": P(f"{p['street']}, {p['city']}", "address"), "residenceZip": P(p["zip"], "zip")}
    if p["age"] >= 90:
        dec["age"] = P(p["age"], "age")
    else:
        dec["age"] = p["age"]
    o = {"caseNumber": P(p["mecase"], "other_id"), "agency": f"{co[1]} County Coroner", "investigator": co[0],
         "reportedAt": ts_iso_local(), "edrsCase": P(p["case"], "other_id"), "decedent": dec,
         "incident": {"date": P(fd(p["inj"], "us"), "date"), "pronounced": P(f"{fd(p['dod'], 'us')} {p['tod']}", "date"),
                      "type": R.choice(["MVA", "FALL", "UNATTENDED", "OVERDOSE", "EXPOSURE"])}}
    k = CORONER_KINDS[CORONER_N[0] % len(CORONER_KINDS)]
    CORONER_N[0] += 1
    if R.random() < 0.4:
        o["hospitalMrn"] = P(p["mrn"], "mrn")
    if "vehicle" in k:
        vin, plate, mk, md, yr = mk_vehicle()
        o["incident"]["type"] = "MVA"
        o["incident"]["location"] = P(f"US Hwy {R.choice([2, 12, 87, 89, 191, 212])} MM {R.randint(1, 300)}", "address")
        o["vehicle"] = {"role": "DRIVER", "vin": P(vin, "vehicle"), "plate": P(plate, "vehicle"), "plateState": "MT", "make": mk, "model": md, "year": yr}
    if "biometric" in k:
        o["identification"] = {"method": "FINGERPRINT", "afisSid": P(f"MT{digits(8)}", "other_id"),
                               "minutiaeTemplateB64": P(b64_blob(FMR_HDR, R.randint(60, 110)), "biometric")}
    if "photo" in k:
        o["idPhoto"] = {"mime": "image/jpeg", "w": 96, "h": 128, "b64": P(b64_blob(JPEG_HDR, R.randint(120, 200)), "photo")}
    if "implant" in k:
        d = mk_device()
        o["implants"] = [{"mfr": d[0], "model": d[1], "serial": P(d[2], "device"), "explanted": True}]
    o["releasedTo"] = p["fh"][1]
    emit(L, o)
    return [L]


# --------------------------------------------------------------------------
# web tiers: IIS (EDRS), nginx (orders portal), audit
# --------------------------------------------------------------------------
IIS_UA = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0"
FH_IPS = ["174.45.12.77", "75.103.66.201", "66.60.172.14", "209.137.33.90", "216.163.4.18"]


def g_iis():
    p = mk_person()
    L = Line("iis_w3c")
    user = R.choice(["fh\\" + slug(p["fh"][5][0])[:8], "cert\\" + p["cert"][2], "DPHHS\\" + R.choice(STAFF_USERS)])
    L.t(ts_iis() + f" 10.40.1.{R.randint(20, 29)} {R.choice(['GET', 'POST', 'PUT'])} ")
    if R.random() < 0.5:
        L.t("/api/cases/").p(str(p["caseid"]), "other_id").t(f"/sections/{R.choice(['decedent', 'disposition', 'informant', 'certifier', 'cause'])} -")
    else:
        L.t("/edrs/Case/Search caseNumber=").p(p["case"], "other_id").t("&lastName=").p(quote(p["last"], safe=""), "name")
    L.t(f" 443 {user} {R.choice(FH_IPS + ['10.40.7.' + str(R.randint(2, 250))])} {IIS_UA} - {R.choice([200, 200, 204, 409])} 0 0 {R.randint(12, 900)}")
    return [L]


def n_iis():
    L = Line("iis_w3c")
    k = R.randrange(5)
    if k == 0:
        t = CLK.tick()
        L.t(R.choice(["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", f"#Date: {CLK.utc:%Y-%m-%d %H:00:00}",
                      "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]))
    elif k == 1:
        L.t(ts_iis() + f" 10.40.1.{R.randint(20, 29)} GET /healthz - 443 - 10.40.0.{R.randint(2, 5)} kube-probe/1.28 - 200 0 0 {R.randint(0, 6)}")
    elif k == 2:
        L.t(ts_iis() + f" 10.40.1.{R.randint(20, 29)} GET /edrs/lib/bootstrap/dist/css/bootstrap.min.css v=4.12.{R.randint(0, 9)} 443 fh\\{slug(R.choice(FUNERAL_HOMES)[5][0])[:8]} {R.choice(FH_IPS)} {IIS_UA} https://edrs.dphhs.mt.gov/edrs/ 304 0 0 {R.randint(1, 30)}")
    elif k == 3:
        L.t(ts_iis() + f" 10.40.1.{R.randint(20, 29)} POST /edrs/Account/Login - 443 - {R.choice(FH_IPS)} {IIS_UA} https://edrs.dphhs.mt.gov/edrs/Account/Login 302 0 0 {R.randint(40, 300)}")
    else:
        L.t(ts_iis() + f" 10.40.1.{R.randint(20, 29)} GET /api/lookups/funeralhomes county={R.choice(PLACES_MT)[1].replace(' ', '+')} 443 cert\\{R.choice(CERTIFIERS)[2]} 10.40.7.{R.randint(2, 250)} {IIS_UA} - 200 0 0 {R.randint(5, 90)}")
    return [L]


def g_nginx():
    p = mk_person()
    r = mk_rel(p)
    L = Line("nginx_combined")
    L.p(r["ip"], "ip").t(" - - " + ts_nginx() + ' "')
    k = R.randrange(4)
    if k == 0:
        L.t("POST /orders/checkout HTTP/2.0\" 302 0 \"https://vitalrecords-orders.mt.gov/orders/review\"")
    elif k == 1:
        L.t(f"GET /orders/status?order={order_no()}&email=").p(r["email"].replace("@", "%40"), "email").t(" HTTP/2.0\" 200 " + str(R.randint(3000, 9000)) + " \"-\"")
    elif k == 2:
        L.t(f"GET /orders/confirmation/{order_no()} HTTP/2.0\" 200 {R.randint(4000, 12000)} \"https://vitalrecords-orders.mt.gov/orders/checkout\"")
    else:
        L.t("POST /orders/new/death HTTP/2.0\" 303 0 \"https://vitalrecords-orders.mt.gov/orders/new/death?step=decedent\"")
    L.t(f' "{R.choice(UA)}" rt={R.uniform(0.01, 1.4):.3f} uct="0.00{R.randint(0, 9)}"')
    return [L]


def n_nginx():
    L = Line("nginx_combined")
    k = R.randrange(4)
    if k == 0:
        L.t(f"10.60.0.{R.randint(2, 9)} - - {ts_nginx()} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 uct=\"0.000\"")
    elif k == 1:
        L.t(f"66.249.66.{R.randint(1, 200)} - - {ts_nginx()} \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.000 uct=\"0.000\"")
    elif k == 2:
        L.t(f"{CLK.tick():%Y/%m/%d %H:%M:%S} [warn] {R.randint(100, 999)}#0: *{R.randint(10000, 999999)} upstream response time {R.uniform(3, 9):.3f} exceeds threshold, upstream: \"http://10.60.2.{R.randint(2, 40)}:8080/orders/checkout\", host: \"vitalrecords-orders.mt.gov\"")
    else:
        L.t(f"127.0.0.1 - - {ts_nginx()} \"GET /nginx_status HTTP/1.1\" 200 {R.randint(90, 120)} \"-\" \"Prometheus/2.49.1\" rt=0.000 uct=\"-\"")
    return [L]


def g_audit():
    p = mk_person()
    L = Line("audit_csv")
    L.t(f"{ts_iso_utc_s()},{R.choice(STAFF_USERS)},{R.choice(['VIEW_CASE', 'PRINT_CERTIFIED_COPY', 'EXPORT_PDF', 'UNLOCK_CASE', 'SEARCH'])},CASE,")
    L.p(str(p["caseid"]), "other_id").t(",")
    if R.random() < 0.5:
        L.p(p["sfn"], "license")
    L.t(f",10.40.7.{R.randint(2, 250)},OK,")
    L.t('"').p(nm(p, "LFM"), "name").t('"')
    return [L]


def n_audit():
    L = Line("audit_csv")
    if R.random() < 0.15:
        L.t("timestamp,user,action,object_type,object_id,sfn,client_ip,result,detail")
    else:
        L.t(f"{ts_iso_utc_s()},{R.choice(STAFF_USERS + SVC_USERS[:2])},{R.choice(['LOGIN', 'LOGOUT', 'MFA_CHALLENGE', 'ROLE_CHANGE', 'REPORT_RUN'])},SESSION,{hexs(12)},,10.40.7.{R.randint(2, 250)},{R.choice(['OK', 'OK', 'OK', 'DENIED'])},\"{R.choice(['okta', 'adfs', 'rpt:CountyMonthly', 'rpt:NchsTimeliness'])}\"")
    return [L]


# --------------------------------------------------------------------------
# infrastructure noise
# --------------------------------------------------------------------------
def n_syslog():
    L = Line("syslog")
    h = R.choice(["vr-edrs-lnx01", "vr-steve-gw01", "vr-orders-web01", "vr-fax01", "vr-bk01"])
    L.t(ts_syslog() + f" {h} " + R.choice([
        f"sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.40.2.{R.randint(2, 40)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')}",
        f"CRON[{R.randint(1000, 40000)}]: (root) CMD (/opt/edrs/bin/rotate-ije-exports.sh >/dev/null 2>&1)",
        f"postfix/smtp[{R.randint(1000, 40000)}]: {hexs(10).upper()}: to=<{R.choice(CERTIFIERS)[3]}>, relay=smtp.sendgrid.net[167.89.{R.randint(0, 127)}.{R.randint(1, 254)}]:587, delay={R.uniform(0.2, 3):.2f}, dsn=2.0.0, status=sent (250 Ok: queued as {hexs(20)})",
        f"clamd[{R.randint(500, 2000)}]: /var/edrs/uploads/2024/03/14/{uid()}.pdf: OK",
        f"smartd[{R.randint(500, 2000)}]: Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from {R.randint(28, 34)} to {R.randint(30, 38)}",
        f"smartd[{R.randint(500, 2000)}]: Device: /dev/sdb [SAT], ST4000NM0035-1V4107, S/N:ZC1{hexs(5).upper()}, WWN:5-000c50-0{hexs(8)}, FW:TNC3, 4.00 TB",
        f"haproxy[{R.randint(500, 2000)}]: Server edrs_back/app0{R.randint(1, 3)} is UP, reason: Layer7 check passed, code: 200, check duration: {R.randint(1, 40)}ms. 3 active and 0 backup servers online.",
        f"certbot[{R.randint(500, 9000)}]: Certificate not yet due for renewal (vitalrecords-orders.mt.gov expires 2024-05-{R.randint(10, 30)})",
        "systemd[1]: Started EDRS IJE nightly export timer.",
        f"kernel: [{R.uniform(10000, 900000):.6f}] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.",
        f"keepalived[{R.randint(500, 2000)}]: VRRP_Instance(VI_EDRS) Entering MASTER STATE",
        f"rsyslogd[{R.randint(500, 2000)}]: imjournal: {R.randint(10, 900)} messages lost due to rate-limiting (20000 allowed within 600 seconds)",
    ]))
    return [L]


def n_mssql():
    L = Line("mssql_errorlog")
    L.t(ts_mssql() + " " + R.choice([
        f"Logon       Login failed for user 'EDRS\\svc_report'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.7.{R.randint(2, 250)}]",
        f"Backup      Database backed up. Database: EdrsProd, creation date(time): 2019/06/02(11:14:37), pages dumped: {R.randint(3000000, 5000000)}, first LSN: {R.randint(400, 500)}:{R.randint(1000, 9000)}:{R.randint(1, 99)}, last LSN: {R.randint(400, 500)}:{R.randint(1000, 9000)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\vr-bk01\\sql\\EdrsProd_FULL_20240314.bak'}}).",
        f"spid{R.randint(50, 200)}      Using 'dbghelp.dll' version '4.0.5'",
        f"spid{R.randint(10, 40)}s     SQL Server blocked access to procedure 'sys.xp_cmdshell' of component 'xp_cmdshell' because this component is turned off as part of the security configuration for this server.",
        f"spid{R.randint(50, 200)}      Autogrow of file 'EdrsProd_log' in database 'EdrsProd' took {R.randint(1000, 30000)} milliseconds.  Consider using ALTER DATABASE to set a smaller FILEGROWTH for this file.",
        f"Server      SQL Server is now ready for client connections. This is an informational message; no user action is required.",
        f"spid{R.randint(50, 200)}      Error: 1205, Severity: 13, State: 51.",
    ]))
    return [L]


def n_klog():
    L = Line("kubelet_klog")
    pod = R.choice(["steve-gateway", "fod-api", "certq-svc", "orders-web", "ije-export"]) + f"-{hexs(9)}-{hexs(5)}"
    L.t(ts_klog() + f"    {R.randint(900, 1300)} " + R.choice([
        f"prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"vitals/{pod}\" podUID=\"{uid()}\" containerName=\"app\" probeResult=\"failure\" output=\"Get \\\"http://10.244.{R.randint(0, 4)}.{R.randint(2, 250)}:8080/actuator/health\\\": context deadline exceeded\"",
        f"kubelet.go:2457] \"SyncLoop (PLEG): event for pod\" pod=\"vitals/{pod}\" event={{\"ID\":\"{uid()}\",\"Type\":\"ContainerStarted\",\"Data\":\"{hexs(64)}\"}}",
        f"image_gc_manager.go:344] \"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold\" usage={R.randint(85, 93)} highThreshold=85 amountToFree={R.randint(100000000, 900000000)} lowThreshold=80",
        f"pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"app\\\" with CrashLoopBackOff: \\\"back-off 2m40s restarting failed container=app pod={pod}_vitals({uid()})\\\"\" pod=\"vitals/{pod}\"",
    ]))
    return [L]


def n_winevent():
    L = Line("win_eventlog")
    L.t(f"{CLK.tick():%Y-%m-%dT%H:%M:%S}.{R.randint(100, 999)}-06:00 " + R.choice([
        f"Log=System Source=\"Service Control Manager\" EventID=7036 Level=Information Computer=VR-EDRS-APP0{R.randint(1, 3)}.dphhs.local Message=\"The World Wide Web Publishing Service service entered the running state.\"",
        f"Log=Application Source=\"ASP.NET Core\" EventID=1000 Level=Warning Computer=VR-EDRS-APP0{R.randint(1, 3)}.dphhs.local Message=\"Application '/LM/W3SVC/2/ROOT' with physical root 'D:\\EDRS\\app\\' hit unexpected managed exception, exception code = '0xe0434352'.\"",
        f"Log=Security Source=Microsoft-Windows-Security-Auditing EventID=4625 Level=Information Computer=VR-EDRS-APP0{R.randint(1, 3)}.dphhs.local Message=\"An account failed to log on. Account Name: svc_report Failure Reason: Unknown user name or bad password. Source Network Address: 10.40.7.{R.randint(2, 250)}\"",
        f"Log=System Source=Microsoft-Windows-WindowsUpdateClient EventID=19 Level=Information Computer=VR-EDRS-APP0{R.randint(1, 3)}.dphhs.local Message=\"Installation Successful: Windows successfully installed the following update: 2024-03 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5035857)\"",
    ]))
    return [L]


def n_metrics():
    L = Line("influx_line")
    t = CLK.tick()
    ns = int((CLK.utc - datetime(1970, 1, 1)).total_seconds()) * 1000000000
    L.t(R.choice([
        f"edrs_queue,queue=certifier,county={R.choice(PLACES_MT)[1].replace(' ', chr(92) + ' ')} depth={R.randint(0, 60)}i,oldest_h={R.uniform(1, 300):.1f} {ns}",
        f"edrs_cases,status=registered,host=vr-edrs-app0{R.randint(1, 3)} count={R.randint(10, 80)}i {ns}",
        f"http_response,server=https://vitalrecords-orders.mt.gov/healthz response_time={R.uniform(0.01, 0.3):.6f},http_response_code=200i,result_code=0i {ns}",
        f"win_cpu,host=VR-EDRS-APP0{R.randint(1, 3)},instance=_Total Percent_Processor_Time={R.uniform(2, 95):.2f} {ns}",
        f"sqlserver_waitstats,sql_instance=VR-SQL01:EDRS,wait_type=PAGEIOLATCH_SH wait_time_ms={R.randint(1000, 900000)}i,waiting_tasks_count={R.randint(10, 9000)}i {ns}",
    ]))
    return [L]


def n_config():
    L = Line("app_config")
    L.t(f"{ts_serilog()} [DBG] Vitals.Edrs.Program: config " + R.choice([
        "Steve__BaseUrl=https://steve2.naphsis.example.org/api/v2 Steve__Mailbox=MT Steve__TimeoutSeconds=60",
        "Ssa__Ovs__Endpoint=https://ovs-gw.ssa.example.gov/edr/v3 Ssa__Ovs__TimeoutSeconds=30 Ssa__Ovs__Retries=3",
        "ConnectionStrings__Edrs=Server=VR-SQL01\\EDRS;Database=EdrsProd;Integrated Security=true;Encrypt=true;Password=***",
        "Features__DropToPaper=true Features__CremationWaitHours=48 Features__FhMultiFactor=true",
        "Orders__Fees__CertifiedCopy=21.00 Orders__Fees__Processing=11.50 Orders__MaxCopies=10",
        f"Serilog__MinimumLevel__Default=Information Serilog__WriteTo__1__Args__serverUrl=http://seq.dphhs.local:5341 Build=4.12.{R.randint(0, 9)}.{R.randint(2000, 2999)}",
    ]))
    return [L]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
PHI_GENS = [  # (fn, weight, max_lines)
    (g_dn_case_created, 5, 1), (g_dn_transition, 6, 1), (g_dn_edit, 5, 1), (g_dn_registered, 3, 1), (g_dn_ovs, 3, 1),
    (g_dn_exception, 2, 6), (g_clef, 5, 1), (g_jv, 8, 1), (g_fh_csv, 1, 5), (g_fh_pipe, 1, 4), (g_permit_json, 4, 1),
    (g_cremation_kv, 5, 1), (g_certq, 6, 1), (g_amend_block, 0.3, 22), (g_amend_inline, 3, 1), (g_ssa, 4, 1),
    (g_vrdr_patient, 3, 1), (g_vrdr_params, 3, 1), (g_steve_log, 4, 1), (g_evve, 5, 1), (g_order, 5, 1),
    (g_payment, 4, 1), (g_ship, 4, 1), (g_hl7, 1, 7), (g_note, 7, 1), (g_ticket, 3, 1), (g_fax, 3, 1),
    (g_notify, 3, 1), (g_coroner, 4, 1), (g_iis, 5, 1), (g_nginx, 6, 1), (g_audit, 4, 1),
]
NOISE_GENS = [
    (n_dn_misc, 10, 1), (n_clef, 5, 1), (n_jv, 9, 6), (n_fh_export, 4, 1), (n_permit, 3, 1), (n_cremation, 2, 1),
    (n_certq, 3, 1), (n_ssa, 3, 1), (n_steve, 5, 1), (n_evve, 3, 1), (n_payment, 5, 1), (n_ship, 4, 1),
    (n_hl7, 3, 1), (n_note, 3, 1), (n_ticket, 3, 1), (n_fax, 3, 1), (n_notify, 3, 1), (n_iis, 6, 1),
    (n_nginx, 5, 1), (n_audit, 4, 1), (n_syslog, 8, 1), (n_mssql, 5, 1), (n_klog, 4, 1), (n_winevent, 3, 1),
    (n_metrics, 4, 1), (n_config, 3, 1),
]
# the PHI stream follows this plan (shuffled); weighted picks only once it is used up
PLAN = {g_dn_case_created: 6, g_dn_transition: 7, g_dn_edit: 7, g_dn_registered: 3, g_dn_ovs: 4, g_dn_exception: 2,
        g_clef: 7, g_jv: 10, g_fh_csv: 3, g_fh_pipe: 3, g_permit_json: 5, g_cremation_kv: 6, g_certq: 7,
        g_amend_block: 2, g_amend_inline: 4, g_ssa: 5, g_vrdr_patient: 4, g_vrdr_params: 3, g_steve_log: 5,
        g_evve: 6, g_order: 6, g_payment: 5, g_ship: 5, g_hl7: 3, g_note: 8, g_ticket: 4, g_fax: 4, g_notify: 4,
        g_coroner: 8, g_iis: 6, g_nginx: 7, g_audit: 5}


def wchoice(gens, room):
    cands = [(f, w) for f, w, mx in gens if mx <= room]
    tot = sum(w for _, w in cands)
    x = R.uniform(0, tot)
    for f, w in cands:
        x -= w
        if x <= 0:
            return f
    return cands[-1][0]


def build():
    plan = []
    for f, _, _ in PHI_GENS:
        plan += [f] * PLAN[f]
    R.shuffle(plan)
    maxl = {f: mx for f, _, mx in PHI_GENS + NOISE_GENS}
    lines = []
    while len(lines) < N_LINES:
        room = N_LINES - len(lines)
        nophi = sum(1 for L in lines if not L.spans)
        frac = nophi / len(lines) if lines else 0
        if frac < TARGET_NOPHI:
            f = wchoice(NOISE_GENS, room)
        else:
            f = None
            while plan:
                if maxl[plan[0]] <= room:
                    f = plan.pop(0)
                    break
                plan.pop(0)
            if f is None:
                f = wchoice(PHI_GENS, room)
        item = f()
        if f.__name__.startswith("n_"):
            assert all(not L.spans for L in item), f.__name__
        else:
            assert any(L.spans for L in item), f.__name__
        if len(item) > room:
            continue
        lines.extend(item)
    assert len(lines) == N_LINES
    return lines


def main():
    lines = build()
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert text and "\n" not in text and "\r" not in text, (i, text)
        b = text.encode("utf-8")
        spans = []
        prev_end = -1
        for s, e, cat, v in sorted(L.spans):
            assert b[s:e].decode("utf-8") == v, (i, v)
            assert s >= prev_end, (i, "overlap")
            prev_end = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(text)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
