#!/usr/bin/env python3
"""gen_qb.py - synthetic labeled log corpus "qb".

Organisation: Gulf Coast Hyperbaric & Wound Centers (GCHW), a network of
hyperbaric / wound-healing clinics in Texas and Louisiana (Houston Medical
Center, Pasadena, Beaumont, Lafayette, Lake Charles, Corpus Christi) that runs
remote patient monitoring (RPM) of negative-pressure wound therapy (NPWT)
pumps and of home diabetic-foot thermal scans. The output is one SIEM / log
shipper export window (11 Jun 2024, morning) with these systems interleaved:

Systems simulated (family names used in qb.labels.jsonl)
  npwt_cloud    NovaFlow Cloud (pump vendor Aquila Medical) ingest service, JSON camelCase
  mqtt          mosquitto broker that the pumps' cellular modems connect to
  thermal_scan  Sole Sense "ThermaStep" foot-mat cloud, Python json logger (", " separators)
  k8s_json      Go/zap JSON of GCHW's own integration microservices on Kubernetes
  hl7v2         HL7 v2.5.1 ADT / ORU messages dumped by the engine, one segment per line
  mirth         Mirth Connect (NextGen Connect) server log
  fhir          HealTrack EHR FHIR R4 API (Patient, Observation, Appointment, Device)
  x12           ClaimPilot clearinghouse 837P / 835 segments, one segment per line
  nginx         nginx combined access log (patient portal, EHR, API)
  routecare     RouteCare field-nurse scheduling / EVV, logfmt
  sms           SMS gateway webhook log (Twilio-style JSON), EN / ES / VI bodies
  java_trace    ClaimPilot billing service (logback) errors with stack traces
  chamber       monoplace chamber controllers, RFC 5424 syslog key=value
  pg_log        PostgreSQL server log of the HealTrack database (SQL statements)
  rpm_psv       pipe-delimited monthly RPM billing export (99453/99454/99457)
  nurse_note    HealTrack wound-care note export, TSV with free text
  teams_chat    staff chat export (Teams JSON lines)
  dme_xml       DME standard written orders / supplier catalog sync, XML
  elig_fixed    Medicaid managed-care eligibility roster, fixed width
  ehr_audit     HealTrack audit trail + front-desk kiosk, key=value syslog

Labeling decisions (grey cases)
  * Staff (nurses, WOCNs, physicians, chamber techs, billers) with their
    names, user IDs, NPIs, emails, phones and workstation IPs are NOT PHI.
    Vendors, payers, GCHW and its sites (addresses, phones, faxes, NPI, TIN)
    are NOT PHI.
  * Patient first name alone (SMS greetings, chat), surname alone, "SURNAME,I"
    (surname + initial on chamber consoles), names in
    file paths and name fragments in SQL LIKE patterns are `name`. Relatives,
    caregivers and emergency contacts are `name` / `phone` as well.
  * Pump serial numbers, pump modem IMEIs, foot-mat serials and home hub
    MACs are `device` whenever the device is in service with a patient
    (telemetry, assignment, broker client IDs, claims, orders); a partial
    serial quoted in chat ("pump 35952") is still `device`. Serials in
    depot / refurbishment / inventory records with no patient link are NOT
    labeled. Full UDIs containing a serial (21) are one `device` span; lot-only
    UDIs of consumables (dressings, canisters) are not PHI.
  * IP addresses of a patient's home hub, of the pump's cellular session and
    of patients using the portal are `ip`. Server, staff and vendor IPs are not.
  * MRNs (GCW#######), FHIR Patient ids, mat "pt_ext_id" and external
    patient ids are `mrn`. Visit / encounter numbers (V##########, HL7 PV1-19),
    patient account numbers, claim patient-control numbers (CLM01/CLP01),
    payer claim control numbers and card numbers are `account`. Masked card
    or phone numbers showing only the last 4 digits are NOT labeled.
  * Medicare MBI, Medicaid IDs and commercial member IDs are `health_plan`;
    group numbers (employer plan) are not.
  * RPM enrollment IDs, referral IDs, prior-authorisation numbers and patient
    portal usernames are `other_id`. RouteCare visit work-order IDs,
    HL7 placer/filler order numbers, DME order ids, chamber dive/run ids,
    scan UUIDs, message control ids and support tickets are NOT PHI (system
    transaction ids).
  * Dates: DOB, therapy start, admit/service/appointment/visit dates,
    observation effective times, coverage effective/term dates and RPM
    service months (YYYY-MM) tied to a patient are `date` (whole value incl.
    time if written together). Timestamps of the log record itself, HL7 MSH-7,
    X12 ISA/GS/BHT creation dates and device telemetry event times are not.
  * Ages over 89 are `age`; ages <= 89 are not labeled.
  * Home address street, city, county/parish and GPS coordinates of EVV
    check-ins at the patient's home are `address` (lat and lon each a span
    when in separate keys, one span when written as a pair); ZIP is `zip`.
    States are not labeled.
  * Absolute URLs containing a patient identifier are one `url` span;
    relative request paths in access logs get only the embedded identifier
    labeled (mrn). Percent-encoded names are labeled where their bytes are.
  * Wound and foot-scan images (no face) are not PHI; kiosk face photos
    (base64) are `photo`, face templates are `biometric`.
  * Patient plates and VINs (Medicaid mileage reimbursement, parking
    validation) are `vehicle`; GCHW fleet cars are not. Driver's licence
    numbers of patients are `license`.
  * Checksummed values are valid (Luhn card/IMEI/NPI, SSN area rules, MBI
    format, VIN check digit) except a few junk values that real logs hold
    (declined card, rejected SSN); those are labeled by field meaning anyway.
"""
import hashlib
import json
import random
import unicodedata
import urllib.parse
from datetime import datetime, timedelta, timezone, date

R = random.Random(20240611)
ID = "qb"

# ----------------------------------------------------------------- builder


class P:
    """A PHI value."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """Mixed string (text and PHI parts) used as one JSON string value."""

    def __init__(self, *parts):
        self.parts = parts


class O:
    def __init__(self, *pairs):
        self.pairs = pairs


class A:
    def __init__(self, *items):
        self.items = items


def jesc(x, asc):
    return json.dumps(x, ensure_ascii=asc)[1:-1]


def J(v, asc=False, sep=(",", ":")):
    out = []
    if isinstance(v, O):
        out.append(("{", None))
        for i, (k, x) in enumerate(v.pairs):
            if i:
                out.append((sep[0], None))
            out.append(('"' + jesc(k, asc) + '"' + sep[1], None))
            out += J(x, asc, sep)
        out.append(("}", None))
    elif isinstance(v, A):
        out.append(("[", None))
        for i, x in enumerate(v.items):
            if i:
                out.append((sep[0], None))
            out += J(x, asc, sep)
        out.append(("]", None))
    elif isinstance(v, P):
        if isinstance(v.v, str):
            out += [('"', None), (jesc(v.v, asc), v.cat), ('"', None)]
        else:
            out.append((json.dumps(v.v), v.cat))
    elif isinstance(v, S):
        out.append(('"', None))
        for part in v.parts:
            if isinstance(part, P):
                out.append((jesc(part.v, asc), part.cat))
            else:
                out.append((jesc(part, asc), None))
        out.append(('"', None))
    else:
        out.append((json.dumps(v, ensure_ascii=asc), None))
    return out


def T(*parts):
    segs = []
    for p in parts:
        if isinstance(p, P):
            segs.append((p.v, p.cat))
        elif isinstance(p, list):
            segs += p
        else:
            segs.append((p, None))
    return segs


# ----------------------------------------------------------------- helpers


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def imei():
    base = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return base + luhn_digit(base)


def card(valid=True):
    base = R.choice(["4", "4", "51", "37"])
    n = 15 if base == "37" else 16
    while len(base) < n - 1:
        base += R.choice("0123456789")
    cd = luhn_digit(base)
    if not valid:
        cd = str((int(cd) + 3) % 10)
    return base + cd


def ssn(valid=True):
    if not valid:
        return R.choice(["000", "666", "9%02d" % R.randint(0, 99)]) + "-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def mbi():
    an = MBI_L + DIG
    c = [R.choice("123456789"), R.choice(MBI_L), R.choice(an), R.choice(DIG), R.choice(MBI_L),
         R.choice(an), R.choice(DIG), R.choice(MBI_L), R.choice(MBI_L), R.choice(DIG), R.choice(DIG)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "1GC", "3GN", "5TD", "1HG", "2T1", "1N4", "JTD"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("LMNPR") +
             "".join(R.choice(chars) for _ in range(1)) + "".join(R.choice(DIG) for _ in range(6)))
    s = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def pub_ip(kind="home"):
    if kind == "cell":
        return "%d.%d.%d.%d" % (R.choice([166, 174, 172]), R.randint(128, 254), R.randint(0, 254), R.randint(1, 254))
    return "%d.%d.%d.%d" % (R.choice([24, 47, 68, 71, 73, 76, 98, 99, 104, 107, 136, 162, 173, 184]),
                            R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


# ----------------------------------------------------------------- data pools

FIRST_F = ["María José", "Thi Lan", "Summer", "Grace", "Rose", "Siobhán", "Priya", "Fatima", "Amber",
           "Destiny", "Mercedes", "Xóchitl", "Lakshmi", "Bernadette", "Ngozi", "Heather", "Earnestine",
           "Marcelle", "Guadalupe", "Willie Mae", "Clementine", "Jovita", "Dolores", "Ivory", "Precious",
           "Miriam", "Olamide", "Joy", "Hope", "Constance"]
FIRST_M = ["Oluwaseun", "Hunter", "Jean-Baptiste", "Björn", "Wei", "Dmitri", "Keoni", "Tomás", "Darnell",
           "Ray", "Cletus", "Hoang", "Bao", "Raúl", "Ezekiel", "Faustino", "Lorenzo", "Clovis", "Huey",
           "Thanh", "Rusty", "Forrest", "Royal", "Obadiah", "Chuy"]
LAST = ["Adeyemi-Okafor", "Castillo Ruiz", "Nguyen", "Rivers", "Frost", "Field", "Baker", "Morel",
        "O'Connell", "Lindqvist", "Raghunathan", "Zhang", "Al-Mansouri", "Volkov", "Kahananui", "Stone",
        "Wolf", "Price", "Villanueva-Reyes", "Huerta", "Iyer", "Washington", "Kowalczyk", "Eze", "Moss",
        "Sunday", "Thibodeaux", "Boudreaux", "Guidry", "LeBlanc", "Tran", "Pham", "De La Cruz",
        "Fontenot", "Hebert", "Broussard", "Cormier", "Whitfield", "Sweet", "Bell", "King", "Marsh",
        "Garza-Saenz", "Okonkwo", "Bui", "Delacroix-Smith", "McAllister", "Santiago", "Hardy", "Doucet",
        "Savoie", "Ybarra", "Lott", "Batiste"]
REL_FIRST = ["Kayla", "Dale", "Marisol", "Trent", "Linda", "Quoc", "Anh", "Beau", "Shondra", "Emeka",
             "Yesenia", "Gerald", "Renee", "Pascal", "Tiffany", "Wade", "Mireille", "Cody"]
REL_SEX = {n: ("F" if n in ("Kayla", "Marisol", "Linda", "Anh", "Shondra", "Yesenia", "Renee", "Tiffany", "Mireille") else "M")
           for n in REL_FIRST}
RELS = [("SPO", "spouse", "esposo(a)", "X"), ("DAU", "daughter", "hija", "F"), ("SON", "son", "hijo", "M"),
        ("SIS", "sister", "hermana", "F"), ("GRD", "grandson", "nieto", "M"), ("CGV", "caregiver", "cuidadora", "X"),
        ("BRO", "brother", "hermano", "M"), ("NIE", "niece", "sobrina", "F")]

CITIES = [  # city, county/parish, state, zips, area codes
    ("Houston", "Harris", "TX", ["77021", "77033", "77051", "77087", "77093", "77016"], ["713", "832", "346"]),
    ("Pasadena", "Harris", "TX", ["77502", "77505", "77506"], ["713", "281"]),
    ("Baytown", "Harris", "TX", ["77520", "77521"], ["281", "832"]),
    ("Beaumont", "Jefferson", "TX", ["77701", "77705", "77708"], ["409"]),
    ("Port Arthur", "Jefferson", "TX", ["77640", "77642"], ["409"]),
    ("Sugar Land", "Fort Bend", "TX", ["77478", "77479"], ["281", "832"]),
    ("Corpus Christi", "Nueces", "TX", ["78405", "78415", "78416"], ["361"]),
    ("Lafayette", "Lafayette Parish", "LA", ["70501", "70503", "70506"], ["337"]),
    ("Breaux Bridge", "St. Martin Parish", "LA", ["70517"], ["337"]),
    ("Lake Charles", "Calcasieu Parish", "LA", ["70601", "70605", "70607"], ["337"]),
    ("Opelousas", "St. Landry Parish", "LA", ["70570"], ["337"]),
]
STREETS = ["Bayou Vista Dr", "Magnolia St", "W Pinhook Rd", "Cypress Bend Ln", "Ella Blvd", "Telephone Rd",
           "Rue Chartres", "Ambassador Caffery Pkwy", "Calder Ave", "Old Spanish Trl", "Country Club Dr",
           "Evangeline Thruway", "Ocean Dr", "Red Bluff Rd", "Lavaca St", "Mockingbird Ln", "Sunset Blvd",
           "Pecan Grove Rd", "Martin Luther King Jr Dr", "Gulfway Dr", "Hwy 90 E", "Verot School Rd"]
UNITS = ["", "", "", " Apt 3B", " Unit 214", " Trlr 12", " #7", " Apt 1108"]

NURSES = [("Linh", "Tran", "RN", "ltran"), ("Kendra", "Batiste", "LVN", "kbatiste"),
          ("Marcus", "Oyelaran", "RN CWS", "moyelaran"), ("Ashley", "Guidry", "WOCN", "aguidry"),
          ("Roberto", "Salinas", "RN", "rsalinas"), ("Tammy", "Fontenot", "LVN", "tfontenot"),
          ("Joy", "Nguyen", "RN", "jnguyen2"), ("Brandi", "Hebert", "WOCN", "bhebert")]
DOCS = [("Chidi", "Okafor", "MD"), ("Anne-Marie", "Broussard", "DO"), ("Rajesh", "Pillai", "MD"),
        ("Elena", "Vasquez", "DPM"), ("Gregory", "Stone", "MD")]
DOC_NPI = {d[1]: npi() for d in DOCS}
TECHS = ["jmarsh", "dsavoie", "cbell", "tkowalski"]
BILLERS = ["mperez", "sdoucet", "kwhite"]
SITES = [("HOU-MED", "6624 Fannin St Ste 1800", "Houston", "TX", "77030"),
         ("PAS", "4001 Fairmont Pkwy Ste 120", "Pasadena", "TX", "77504"),
         ("BMT", "3030 N Street Ste 300", "Beaumont", "TX", "77702"),
         ("LFT", "1214 Coolidge Blvd", "Lafayette", "LA", "70503"),
         ("LCH", "1717 Oak Park Blvd Ste 2", "Lake Charles", "LA", "70601"),
         ("CRP", "7101 S Padre Island Dr", "Corpus Christi", "TX", "78412")]
ORG_NPI = npi()
ORG_TIN = "76-4418207"
PAYERS = [("MCR", "MEDICARE PART B JURISDICTION H", "04412"), ("MCD", "TEXAS MEDICAID HEALTHY TEXAS", "TXMCD"),
          ("MCD", "LOUISIANA HEALTHY BLUE", "LAHB1"), ("COM", "BLUE CROSS BLUE SHIELD OF TEXAS", "84980"),
          ("COM", "UNITEDHEALTHCARE", "87726"), ("COM", "HUMANA MEDICARE ADVANTAGE", "61101")]
SERVER_IPS = ["74.208.116.21", "74.208.116.22", "74.208.116.40", "52.14.201.77", "3.134.88.190"]
STAFF_IPS = ["10.20.4.%d" % i for i in (17, 33, 58, 117, 140)] + ["10.40.1.%d" % i for i in (22, 61)]

PATIENTS = []
GEO = {"Houston": (29.70, -95.30), "Pasadena": (29.66, -95.17), "Baytown": (29.74, -94.98), "Beaumont": (30.08, -94.13),
       "Port Arthur": (29.89, -93.94), "Sugar Land": (29.60, -95.63), "Corpus Christi": (27.74, -97.40),
       "Lafayette": (30.22, -92.02), "Breaux Bridge": (30.27, -91.90), "Lake Charles": (30.21, -93.21),
       "Opelousas": (30.53, -92.08)}


def mk_patient(i):
    sex = R.choice("FM")
    fn = R.choice(FIRST_F if sex == "F" else FIRST_M)
    ln = R.choice(LAST)
    if i % 8 == 3:
        by = R.randint(1926, 1933)
    else:
        by = R.randint(1936, 1979)
    dob = date(by, R.randint(1, 12), R.randint(1, 28))
    age = 2024 - by - (1 if (dob.month, dob.day) > (6, 11) else 0)
    city, county, st, zips, acs = R.choice(CITIES)
    street = "%d %s%s" % (R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99)]),
                          R.choice(STREETS), R.choice(UNITS))
    ac = R.choice(acs)
    ex = R.randint(200, 989)
    if ex == 555:
        ex = 556
    phone = (ac, "%03d" % ex, "%04d" % R.randint(0, 9999))
    plan = R.choice(PAYERS)
    if plan[0] == "MCR" or plan[2] == "61101":
        member = mbi()
    elif plan[2] == "TXMCD":
        member = "%09d" % R.randint(500000000, 799999999)
    elif plan[2] == "LAHB1":
        member = "%013d" % R.randint(10 ** 12, 9 * 10 ** 12)
    elif plan[2] == "84980":
        member = R.choice(["XZH", "ZGP", "XOF"]) + "%09d" % R.randint(0, 10 ** 9 - 1)
    else:
        member = "%09d" % R.randint(100000000, 999999999)
    ecf = R.choice(REL_FIRST)
    rel = R.choice([r for r in RELS if r[3] in ("X", REL_SEX[ecf])])
    ecl = ln if R.random() < 0.6 else R.choice(LAST)
    eac = R.choice(acs)
    p = dict(
        fn=fn, ln=ln, sex=sex, dob=dob, age=age, city=city, county=county, st=st, zip=R.choice(zips),
        street=street, phone=phone, email=None, mrn="GCW%07d" % R.randint(10000, 99999),
        plan=plan, member=member, ssn=ssn(), pump="AQN3-%02d%02d-%05d" % (R.choice([22, 23, 24]), R.randint(1, 12), R.randint(100, 99999)),
        imei=imei(), mat="TS2-%s" % hexs(8).upper(), hub=mac(), enr="RPM-ENR-%06d" % R.randint(1000, 99999),
        acct="ACC%08d" % R.randint(10 ** 7, 10 ** 8 - 1), enc="V24%08d" % R.randint(6000000, 6119999),
        dl=("TX:%08d" % R.randint(10 ** 7, 5 * 10 ** 7)) if st == "TX" else ("LA:00%07d" % R.randint(10 ** 6, 10 ** 7 - 1)),
        plate=("%s%s%s-%04d" % (R.choice("BCDFGHJKLMNPRSTVWXY"), R.choice("BCDFGHJKLMNPRSTVWXY"), R.choice("BCDFGHJKLMNPRSTVWXY"), R.randint(0, 9999))) if st == "TX" else ("%03d %s" % (R.randint(100, 999), "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)))),
        vin=vin(), ecn=(ecf, ecl), rel=rel, ecphone=(eac, "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999)),
        ip=pub_ip(), cellip=pub_ip("cell"), ref="REF-2406-%05d" % R.randint(0, 99999),
        auth="%s%07d" % (R.choice(["AUTH", "PA", "TXA"]), R.randint(0, 9999999)),
        therapy_start=date(2024, R.choice([4, 5, 6]), R.randint(1, 28)) if True else None,
        wound=R.choice(["L plantar 1st MTH", "R heel", "L hallux", "R lateral malleolus", "sacrum", "R TMA site", "L BKA stump"]),
        lat=None,
    )
    if p["therapy_start"] > date(2024, 6, 10):
        p["therapy_start"] = date(2024, 6, R.randint(1, 9))
    if R.random() < 0.6:
        base = ascii_up(fn).lower().replace(" ", "").replace("-", "") + R.choice([".", "", "_"]) + \
            ascii_up(ln).lower().replace(" ", "").replace("'", "").replace("-", "")
        p["email"] = base + R.choice(["", str(by % 100), str(R.randint(1, 99))]) + "@" + \
            R.choice(["gmail.com", "yahoo.com", "att.net", "hotmail.com", "icloud.com", "cox.net", "bellsouth.net"])
    p["user"] = (ascii_up(fn)[0] + ascii_up(ln).replace(" ", "").replace("'", "").replace("-", "")).lower() + str(R.randint(1, 99))
    clat, clon = GEO[city]
    p["lat"] = "%.5f" % (clat + R.uniform(-0.06, 0.06))
    p["lon"] = "%.5f" % (clon + R.uniform(-0.06, 0.06))
    p["lang"] = R.choice(["ENG^English"] * 5 + ["SPA^Spanish"] * 2 + ["VIE^Vietnamese", "FRE^French"])
    return p


for _i in range(44):
    PATIENTS.append(mk_patient(_i))


def pt():
    return R.choice(PATIENTS)


def name_lf(p):
    return "%s, %s" % (p["ln"], p["fn"])


def name_fl(p):
    return "%s %s" % (p["fn"], p["ln"])


def ph_dash(t):
    return "%s-%s-%s" % t


def ph_paren(t):
    return "(%s) %s-%s" % t


def ph_e164(t):
    return "+1%s%s%s" % t


# ----------------------------------------------------------------- clock

CDT = timezone(timedelta(hours=-5))
NOW = [datetime(2024, 6, 11, 5, 58, 12, 0, tzinfo=CDT)]


def tick():
    NOW[0] += timedelta(seconds=R.randint(1, 40), microseconds=R.randint(0, 999999))
    return NOW[0]


def t_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "-05:00"


def t_utc_z(t):
    u = t.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def t_epoch(t):
    return int(t.timestamp())


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def future_day():
    return date(2024, 6, R.randint(12, 21))


def past_day():
    return date(2024, R.choice([5, 6]), R.randint(1, 10))


# ----------------------------------------------------------------- systems

def npwt_cloud(phi):
    t = tick()
    ts = t_utc_z(t)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.55:
            sp = R.choice([-75, -100, -125, -125, -150])
            o = O(("ts", ts), ("level", "info"), ("svc", "nf-ingest"), ("evt", "therapy.status"),
                  ("deviceSn", P(p["pump"], "device")), ("fw", "3.8.12-b4471"), ("mode", R.choice(["CONT", "CONT", "INTERMIT", "DPC"])),
                  ("setPt", sp), ("actual", sp + R.randint(-3, 4)), ("leakRate", round(R.uniform(0, 1.4), 2)),
                  ("canisterMl", R.randint(20, 300)), ("batt", R.randint(12, 100)), ("rssi", -R.randint(60, 110)),
                  ("traceId", hexs(32)))
        elif k < 0.8:
            code = R.choice(["LEAK_HIGH", "CANISTER_FULL", "BLOCKAGE", "LOW_BATT", "THERAPY_INTERRUPTED"])
            pairs = [("ts", ts), ("level", "warn"), ("svc", "nf-alarm"), ("evt", "alarm.raised"),
                     ("deviceSn", P(p["pump"], "device")), ("alarm", O(("code", code), ("sev", R.choice([2, 3])), ("durSec", R.randint(15, 1900))))]
            if R.random() < 0.6:
                pairs.append(("assignment", O(("patientRef", P(p["mrn"], "mrn")), ("site", R.choice(SITES)[0]), ("rpmEnrollment", P(p["enr"], "other_id")))))
            pairs.append(("notify", A("sms", "rn-queue")))
            o = O(*pairs)
        else:
            d = R.choice(DOCS)
            o = O(("ts", ts), ("level", "info"), ("svc", "nf-fleet"), ("evt", "device.assigned"),
                  ("deviceSn", P(p["pump"], "device")), ("imei", P(p["imei"], "device")),
                  ("patientRef", P(p["mrn"], "mrn")), ("therapyStart", P(d_iso(p["therapy_start"]), "date")),
                  ("prescriberNpi", DOC_NPI[d[1]]), ("dressing", R.choice(["Hudson Foam M", "Hudson Foam L", "Silvia Ag Foam S"])),
                  ("dressingLot", "HF%s%04d" % (R.choice("ABCD"), R.randint(0, 9999))), ("requestId", uuid4()))
    else:
        k = R.random()
        if k < 0.35:
            o = O(("ts", ts), ("level", "info"), ("svc", "nf-ingest"), ("evt", "ingest.batch"),
                  ("records", R.randint(200, 4000)), ("dropped", R.choice([0, 0, 0, 2])), ("lagMs", R.randint(40, 2600)),
                  ("partition", R.randint(0, 11)), ("build", "nf-ingest@2.14.3+g%s" % hexs(7)))
        elif k < 0.6:
            o = O(("ts", ts), ("level", "info"), ("svc", "nf-ota"), ("evt", "ota.campaign.progress"),
                  ("campaign", "OTA-2024-06-NF3-3.8.12"), ("targetFw", "3.8.12-b4471"), ("fromFw", "3.8.9-b4402"),
                  ("eligible", 1842), ("done", R.randint(900, 1800)), ("failed", R.randint(0, 20)))
        elif k < 0.85:
            o = O(("ts", ts), ("level", "info"), ("svc", "nf-depot"), ("evt", "device.returned"),
                  ("deviceSn", "AQN3-%02d%02d-%05d" % (R.choice([21, 22, 23]), R.randint(1, 12), R.randint(100, 99999))),
                  ("status", "IN_DEPOT"), ("decon", "PASS"), ("rma", "RMA-%06d" % R.randint(0, 999999)),
                  ("depot", "Aquila Depot, 400 Commerce Pkwy, Bedford MA 01730"))
        else:
            o = O(("ts", ts), ("level", "error"), ("svc", "nf-notify"), ("evt", "webhook.failed"),
                  ("url", "https://api.gulfcoasthbw.com/rpm/v1/alarms"), ("status", R.choice([502, 503, 504])),
                  ("attempt", R.randint(1, 5)), ("spanId", hexs(16)), ("traceId", hexs(32)))
    return [("npwt_cloud", J(o))]


def mqtt(phi):
    t = tick()
    e = t_epoch(t)
    if phi:
        p = pt()
        cid = "nf3-" + p["pump"]
        port = R.randint(30000, 65000)
        if R.random() < 0.65:
            return [("mqtt", T("%d: New connection from " % e, P(p["cellip"], "ip"), ":%d on port 8883." % port)),
                    ("mqtt", T("%d: New client connected from " % (e + R.choice([0, 1])), P(p["cellip"], "ip"),
                               ":%d as nf3-" % port, P(p["pump"], "device"), " (p5, c0, k120, u'nfdev').")),
                    ]
        return [("mqtt", T("%d: Client nf3-" % e, P(p["pump"], "device"),
                           R.choice([" closed its connection.", " has exceeded timeout, disconnecting.", " disconnected: session taken over."])))]
    k = R.random()
    if k < 0.3:
        s = "%d: Saving in-memory database to /var/lib/mosquitto/mosquitto.db." % e
    elif k < 0.5:
        s = "%d: Connecting bridge nf-bridge-east (%s:8883)" % (e, R.choice(SERVER_IPS[3:]))
    elif k < 0.7:
        s = "%d: New client connected from 10.60.2.%d:%d as nf-ingest-%s (p5, c1, k60, u'ingest')." % (e, R.randint(10, 40), R.randint(30000, 60000), hexs(5))
    elif k < 0.85:
        s = "%d: Client <unknown> closed its connection." % e
    else:
        s = "%d: OpenSSL Error[0]: error:0A000126:SSL routines::unexpected eof while reading" % e
    return [("mqtt", T(s))]


def thermal_scan(phi):
    t = tick()
    at = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    sep = (", ", ": ")
    if phi:
        p = pt()
        k = R.random()
        if k < 0.6:
            asym = round(R.uniform(0.3, 3.6), 1)
            o = O(("asctime", at), ("levelname", "INFO" if asym < 2.2 else "WARNING"), ("name", "scanproc.worker"),
                  ("message", "scan processed"), ("scan_id", uuid4()), ("mat_sn", P(p["mat"], "device")),
                  ("pt_ext_id", P(p["mrn"], "mrn")), ("asym_max_c", asym),
                  ("hotspot", R.choice(["L_met1", "R_heel", "L_hallux", "R_met5", "L_midfoot"])),
                  ("flag", "ALERT_2C" if asym >= 2.2 else None), ("model", "asym-net v1.9.2"))
        elif k < 0.85:
            o = O(("asctime", at), ("levelname", "INFO"), ("name", "hubgw.session"), ("message", "hub online"),
                  ("hub_mac", P(p["hub"], "device")), ("wan_ip", P(p["ip"], "ip")), ("fw", "hub-2.4.0"),
                  ("wifi_rssi", -R.randint(40, 80)), ("tz", "America/Chicago"))
        else:
            o = O(("asctime", at), ("levelname", "WARNING"), ("name", "scanproc.compliance"),
                  ("message", S("no scan in 72h for ", P(name_fl(p), "name"), " (", P(p["mrn"], "mrn"), "), outreach queued")),
                  ("mat_sn", P(p["mat"], "device")), ("last_scan_date", P(d_iso(past_day()), "date")))
        return [("thermal_scan", J(o, sep=sep))]
    k = R.random()
    if k < 0.4:
        o = O(("asctime", at), ("levelname", "INFO"), ("name", "scanproc.queue"), ("message", "queue depth"),
              ("depth", R.randint(0, 60)), ("workers", 4), ("p95_ms", R.randint(300, 2200)))
    elif k < 0.7:
        o = O(("asctime", at), ("levelname", "INFO"), ("name", "scanproc.model"), ("message", "model loaded"),
              ("model", "asym-net v1.9.2"), ("sha256", hashlib.sha256(str(R.random()).encode()).hexdigest()),
              ("load_ms", R.randint(800, 3000)))
    else:
        o = O(("asctime", at), ("levelname", "ERROR"), ("name", "scanproc.upload"),
              ("message", "S3 PutObject throttled, retrying"), ("bucket", "ss-thermal-prod-us-east-2"),
              ("key", "scans/2024/06/11/%s.tiff" % uuid4()), ("retry", R.randint(1, 4)))
    return [("thermal_scan", J(o, sep=sep))]


def k8s_json(phi):
    t = tick()
    e = "%.4f" % t.timestamp()
    k = R.random()
    svc = R.choice(["rpm-bridge", "claim-feeder", "evv-sync", "fhir-proxy"])
    if k < 0.35:
        o = O(("level", "info"), ("ts", float(e)), ("caller", "%s/batch.go:%d" % (svc.split("-")[0], R.randint(40, 300))),
              ("msg", "flushed batch"), ("n", R.randint(1, 512)), ("dur_ms", R.randint(3, 900)),
              ("kafka_partition", R.randint(0, 11)), ("offset", R.randint(10 ** 7, 10 ** 8)))
    elif k < 0.6:
        o = O(("level", "info"), ("ts", float(e)), ("logger", "k8s.events"), ("msg", "Pulled image"),
              ("image", "registry.gulfcoasthbw.com/integrations/%s:1.%d.%d@sha256:%s" % (svc, R.randint(2, 9), R.randint(0, 30), hexs(64))),
              ("pod", "%s-%s-%s" % (svc, hexs(10), hexs(5))), ("node", "aks-pool1-%d-vmss00000%d" % (R.randint(10000000, 99999999), R.randint(0, 9))))
    elif k < 0.8:
        o = O(("level", "warn"), ("ts", float(e)), ("caller", "httpx/client.go:212"), ("msg", "upstream slow"),
              ("upstream", R.choice(["https://api.novaflowcloud.com/v3", "https://fhir.healtrack.gulfcoasthbw.com/r4", "https://edi.claimpilot.net/submit"])),
              ("latency", "%dms" % R.randint(1500, 9000)), ("trace_id", hexs(32)), ("span_id", hexs(16)))
    else:
        o = O(("level", "error"), ("ts", float(e)), ("caller", "evv/sync.go:88"), ("msg", "TLS handshake timeout"),
              ("peer", "%s:443" % R.choice(SERVER_IPS)), ("retry_in", "30s"), ("version", "evv-sync 1.7.4 (go1.22.3)"))
    return [("k8s_json", J(o))]


def hl7(phi):
    t = tick()
    mt = t.strftime("%Y%m%d%H%M%S")
    p = pt()
    cid = "%s%06d" % (R.choice(["HT", "NF", "MSG"]), R.randint(0, 999999))
    lines = []
    doc = R.choice(DOCS)
    site = R.choice(SITES)
    if R.random() < 0.55:
        ev = R.choice(["A04", "A08", "A08", "A03"])
        lines.append(("hl7v2", T("MSH|^~\\&|HEALTRACK|GCHW_%s|NOVAFLOW|AQUILA|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (site[0], mt, ev, cid))))
        en = R.choice(NURSES)
        lines.append(("hl7v2", T("EVN|%s|%s|||%s^%s^%s" % (ev, mt, en[3], en[1], en[0]))))
        lines.append(pid_seg(p))
        if R.random() < 0.7:
            rel = p["rel"]
            lines.append(("hl7v2", T("NK1|1|", P("%s^%s" % (p["ecn"][1], p["ecn"][0]), "name"), "|%s^%s^HL70063||" % (rel[0], rel[1].capitalize()),
                                     P("(%s)%s-%s" % p["ecphone"], "phone"), "^PRN^PH||EC^Emergency Contact^HL70131")))
        adm = past_day()
        lines.append(("hl7v2", T("PV1|1|O|%s^HBO^%02d^GCHW||||%s^%s^%s^^^^%s|||WND||||1|||%s^%s^%s^^^^%s|OP|" % (
            site[0], R.randint(1, 6), DOC_NPI[doc[1]], doc[1], doc[0], doc[2], DOC_NPI[doc[1]], doc[1], doc[0], doc[2]),
            P(p["enc"], "account"), "|||||||||||||||||||||||||", P(adm.strftime("%Y%m%d") + "%02d%02d" % (R.randint(7, 16), R.choice([0, 15, 30, 45])), "date"))))
        lines.append(("hl7v2", T("DG1|1||%s^%s^I10||" % R.choice([("E11.621", "Type 2 diabetes mellitus with foot ulcer"),
                                                                   ("L97.412", "Non-prs chr ulc r heel/midft lmt brkdwn skin"),
                                                                   ("T66.XXXA", "Radiation sickness, unsp, initial"),
                                                                   ("M86.171", "Other acute osteomyelitis, right ankle and foot")]) + "|A")))
        if R.random() < 0.6:
            pay = p["plan"]
            lines.append(("hl7v2", T("IN1|1|%s|%s|%s|||||GRP%05d||||||" % (pay[0], pay[2], pay[1], R.randint(0, 99999)),
                                     P("%s^%s" % (ascii_up(p["ln"]), ascii_up(p["fn"])), "name"), "|SEL|", P(d_hl7(p["dob"]), "date"),
                                     "|||||||||||||||||||", P(p["member"], "health_plan"))))
    else:
        lines.append(("hl7v2", T("MSH|^~\\&|NOVAFLOW|AQUILA|HEALTRACK|GCHW|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (mt, cid))))
        lines.append(pid_seg(p, short=True))
        obs = (t - timedelta(minutes=R.randint(5, 300)))
        lines.append(("hl7v2", T("OBR|1|NF%08d|AQ%09d|NPWT^NPWT therapy summary^L|||" % (R.randint(0, 10 ** 8), R.randint(0, 10 ** 9)),
                        P(obs.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s||||||||F" % (DOC_NPI[doc[1]], doc[1], doc[0]))))
        sp = R.choice([75, 100, 125, 150])
        lines.append(("hl7v2", T("OBX|1|NM|NPWT-SETP^Set pressure^L||-%d|mm[Hg]|||||F|||||||" % sp, P(p["pump"], "device"), "^NovaFlow 3^AQUILA")))
        lines.append(("hl7v2", T("OBX|2|NM|NPWT-HRS^Therapy hours 24h^L||%.1f|h|>=22||A|||F" % R.uniform(14, 24))))
        lines.append(("hl7v2", T("OBX|3|NM|NPWT-CAN^Canister volume^L||%d|mL|||||F" % R.randint(10, 290))))
    return lines


def pid_seg(p, short=False):
    segs = T("PID|1||", P(p["mrn"][3:], "mrn"), "^^^GCHW^MR")
    if not short and R.random() < 0.6:
        segs += T("~", P(p["member"], "health_plan"), "^^^%s^MB" % p["plan"][2])
    segs += T("||", P("%s^%s" % (p["ln"], p["fn"]) + ("^%s" % R.choice("ALMRJ") if R.random() < 0.4 else ""), "name"), "||",
              P(d_hl7(p["dob"]), "date"), "|%s|||" % p["sex"])
    if short:
        return ("hl7v2", segs + T("|||||||||", P(p["acct"], "account")))
    segs += T(P(p["street"], "address"), "^^", P(p["city"], "address"), "^%s^" % p["st"], P(p["zip"], "zip"), "^USA^H^^",
              P(p["county"], "address"), "||", P("(%s)%s-%s" % p["phone"], "phone"), "^PRN^PH")
    if p["email"]:
        segs += T("~^NET^Internet^", P(p["email"], "email"))
    segs += T("||%s|%s||" % (p["lang"], R.choice(["M", "W", "S", "D"])),
              P(p["acct"], "account"), "|", P(p["ssn"].replace("-", ""), "ssn"))
    return ("hl7v2", segs)


def mirth(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    ch = R.choice(["NovaFlow_ORU_In", "HealTrack_ADT_Out", "ThermaStep_Alerts_In", "ClaimPilot_837_Out"])
    k = R.random()
    if k < 0.5:
        s = " INFO  (com.mirth.connect.donkey.server.channel.Channel:1672): Message %d processed on channel %s (%s), %d ms" % (
            R.randint(80000, 99999), ch, uuid4(), R.randint(4, 400))
    elif k < 0.7:
        s = " WARN  (com.mirth.connect.connectors.tcp.TcpReceiver:%d): Connection reset by peer 10.60.2.%d:%d" % (R.randint(300, 900), R.randint(2, 50), R.randint(30000, 60000))
    elif k < 0.85:
        s = " INFO  (com.mirth.connect.server.controllers.DefaultChannelController:486): Channel %s deployed, revision %d" % (ch, R.randint(20, 90))
    else:
        s = " ERROR (com.mirth.connect.connectors.http.HttpDispatcher:412): Error connecting to https://api.novaflowcloud.com/v3/ack: 503 Service Unavailable"
    return [("mirth", T(ts + s))]


def fhir(phi):
    t = tick()
    if phi:
        p = pt()
        k = R.random()
        if k < 0.4:
            eff = t - timedelta(hours=R.randint(1, 20), minutes=R.randint(0, 59))
            o = O(("resourceType", "Observation"), ("id", "obs-" + hexs(12)), ("meta", O(("versionId", "1"), ("lastUpdated", t_iso_ms(t)))),
                  ("status", "final"), ("category", A(O(("coding", A(O(("system", "http://terminology.hl7.org/CodeSystem/observation-category"), ("code", "vital-signs"))))))),
                  ("code", O(("coding", A(O(("system", "https://fhir.gulfcoasthbw.com/CodeSystem/rpm"), ("code", "foot-temp-asym"), ("display", "Plantar temperature asymmetry")))))),
                  ("subject", O(("reference", S("Patient/", P(p["mrn"], "mrn"))))),
                  ("device", O(("reference", S("Device/", P(p["mat"], "device"))))),
                  ("effectiveDateTime", P(eff.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date")),
                  ("valueQuantity", O(("value", round(R.uniform(0.2, 3.4), 1)), ("unit", "Cel"), ("system", "http://unitsofmeasure.org"), ("code", "Cel"))))
        elif k < 0.7:
            n = R.choice(NURSES)
            d = future_day()
            o = O(("resourceType", "Appointment"), ("id", "apt-%d" % R.randint(100000, 999999)), ("status", "booked"),
                  ("serviceType", A(O(("text", R.choice(["NPWT dressing change", "HBOT session", "RPM device setup", "Wound assessment"]))))),
                  ("start", P(d.strftime("%Y-%m-%d") + "T%02d:%s:00-05:00" % (R.randint(7, 15), R.choice(["00", "30"])), "date")),
                  ("minutesDuration", R.choice([45, 60, 120])),
                  ("participant", A(O(("actor", O(("reference", S("Patient/", P(p["mrn"], "mrn"))), ("display", P(name_fl(p), "name")))), ("status", "accepted")),
                                    O(("actor", O(("reference", "Practitioner/" + n[3]), ("display", "%s %s, %s" % (n[0], n[1], n[2])))), ("status", "accepted")))))
        else:
            tel = [O(("system", "phone"), ("value", P(ph_paren(p["phone"]), "phone")), ("use", "home"))]
            if p["email"]:
                tel.append(O(("system", "email"), ("value", P(p["email"], "email"))))
            o = O(("resourceType", "Patient"), ("id", P(p["mrn"], "mrn")),
                  ("identifier", A(O(("system", "urn:oid:2.16.840.1.113883.3.7714.1"), ("value", P(p["mrn"], "mrn"))))),
                  ("name", A(O(("use", "official"), ("family", P(p["ln"], "name")), ("given", A(P(p["fn"], "name")))))),
                  ("telecom", A(*tel)), ("gender", "female" if p["sex"] == "F" else "male"),
                  ("birthDate", P(d_iso(p["dob"]), "date")),
                  ("address", A(O(("line", A(P(p["street"], "address"))), ("city", P(p["city"], "address")),
                                  ("district", P(p["county"], "address")), ("state", p["st"]), ("postalCode", P(p["zip"], "zip"))))))
        return [("fhir", J(o, asc=R.random() < 0.5))]
    k = R.random()
    if k < 0.5:
        o = O(("resourceType", "OperationOutcome"), ("issue", A(O(("severity", "error"), ("code", "throttled"),
              ("diagnostics", "Rate limit 600/min exceeded for client rpm-bridge; retry after 12s")))))
    else:
        o = O(("resourceType", "Bundle"), ("id", uuid4()), ("type", "searchset"), ("total", R.randint(0, 900)),
              ("link", A(O(("relation", "self"), ("url", "https://fhir.healtrack.gulfcoasthbw.com/r4/Device?manufacturer=Aquila&status=active&_count=50")))))
    return [("fhir", J(o))]


def x12_837(phi):
    t = tick()
    p = pt()
    lines = []
    ctl = R.randint(100000000, 999999999)
    ymd = t.strftime("%y%m%d")
    hm = t.strftime("%H%M")
    lines.append(T("ISA*00*          *00*          *ZZ*GCHW0731       *ZZ*CLAIMPILOT     *%s*%s*^*00501*%09d*0*P*:~" % (ymd, hm, ctl)))
    lines.append(T("GS*HC*GCHW0731*CLAIMPILOT*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), hm, ctl % 100000)))
    lines.append(T("ST*837*0001*005010X222A1~"))
    lines.append(T("BHT*0019*00*%s*%s*%s*CH~" % ("B%07d" % R.randint(0, 9999999), t.strftime("%Y%m%d"), hm)))
    site = R.choice(SITES)
    lines.append(T("NM1*85*2*GULF COAST HYPERBARIC AND WOUND CTR*****XX*%s~" % ORG_NPI))
    lines.append(T("N3*%s~" % site[1].upper()))
    lines.append(T("N4*%s*%s*%s~" % (site[2].upper(), site[3], site[4] + "%04d" % R.randint(1000, 9999))))
    lines.append(T("REF*EI*%s~" % ORG_TIN.replace("-", "")))
    lines.append(T("NM1*IL*1*", P(ascii_up(p["ln"]), "name"), "*", P(ascii_up(p["fn"]), "name"), "****MI*", P(p["member"], "health_plan"), "~"))
    lines.append(T("N3*", P(ascii_up(p["street"]), "address"), "~"))
    lines.append(T("N4*", P(ascii_up(p["city"]), "address"), "*%s*" % p["st"], P(p["zip"], "zip"), "~"))
    lines.append(T("DMG*D8*", P(d_hl7(p["dob"]), "date"), "*%s~" % p["sex"]))
    lines.append(T("NM1*PR*2*%s*****PI*%s~" % (p["plan"][1], p["plan"][2])))
    kind = R.choice(["rpm", "hbo", "npwt"])
    amt = {"rpm": 112.34, "hbo": 462.80, "npwt": 1785.00}[kind]
    lines.append(T("CLM*", P(p["acct"], "account"), "*%.2f***%s:B:1*Y*A*Y*Y~" % (amt, "12" if kind != "hbo" else "11")))
    if kind != "rpm" and R.random() < 0.7:
        lines.append(T("REF*G1*", P(p["auth"], "other_id"), "~"))
    lines.append(T("HI*ABK:E11621*ABF:L97412~"))
    svc = past_day()
    if kind == "rpm":
        lines.append(T("LX*1~"))
        lines.append(T("SV1*HC:99454*%.2f*UN*1***1~" % amt))
    elif kind == "hbo":
        lines.append(T("LX*1~"))
        lines.append(T("SV1*HC:G0277*%.2f*UN*4***1~" % amt))
    else:
        lines.append(T("LX*1~"))
        lines.append(T("SV1*HC:E2402:RR:KX*%.2f*UN*1***1~" % amt))
        lines.append(T("PWK*CT*EL***AC*", P(p["ref"], "other_id"), "~"))
        lines.append(T("REF*6R*", "%d" % R.randint(10 ** 6, 10 ** 7), "~"))
        lines.append(T("K3*SN ", P(p["pump"], "device"), "~"))
    lines.append(T("DTP*472*D8*", P(d_hl7(svc), "date"), "~"))
    lines.append(T("SE*%d*0001~" % (len(lines) - 1)))
    return [("x12", l) for l in lines]


def x12_835(phi):
    t = tick()
    p = pt()
    lines = []
    lines.append(T("ST*835*%04d~" % R.randint(1, 9999)))
    lines.append(T("BPR*I*%.2f*C*ACH*CCP*01*111000025*DA*0048812731*1760441820**01*113000023*DA*4417000921*%s~" % (R.uniform(1000, 40000), t.strftime("%Y%m%d"))))
    lines.append(T("TRN*1*%d*1760441820~" % R.randint(10 ** 9, 10 ** 10)))
    lines.append(T("N1*PR*%s~" % p["plan"][1]))
    lines.append(T("N1*PE*GULF COAST HYPERBARIC AND WOUND CTR*XX*%s~" % ORG_NPI))
    paid = round(R.uniform(40, 380), 2)
    lines.append(T("CLP*", P(p["acct"], "account"), "*1*%.2f*%.2f*%.2f*%s*" % (paid + 30, paid, R.uniform(0, 30), "MB" if p["plan"][0] == "MCR" else "MC"),
                   P("%d" % R.randint(10 ** 13, 10 ** 14), "account"), "*11*1~"))
    lines.append(T("NM1*QC*1*", P(ascii_up(p["ln"]), "name"), "*", P(ascii_up(p["fn"]), "name"), "****MI*", P(p["member"], "health_plan"), "~"))
    lines.append(T("DTM*232*", P(d_hl7(past_day()), "date"), "~"))
    lines.append(T("SVC*HC:99457*%.2f*%.2f**1~" % (paid + 30, paid)))
    lines.append(T("CAS*CO*45*%.2f~" % R.uniform(5, 30)))
    lines.append(T("SE*%d*0001~" % (len(lines) + 1)))
    return [("x12", l) for l in lines]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
      "GCHW-Portal/4.2.1 (iOS 16.7.8; iPad7,5)", "okhttp/4.12.0", "kube-probe/1.28", "Mirth/4.4.2"]


def nginx(phi):
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    rt = "rt=%.3f uct=0.000 urt=%.3f" % (R.uniform(0.002, 0.9), R.uniform(0.001, 0.8))
    if phi:
        p = pt()
        k = R.random()
        if k < 0.4:
            path = R.choice(["/portal/api/me/appointments", "/portal/api/me/messages?unread=1", "/portal/api/me/scans/latest",
                             "/portal/static/js/main.8c1f2a.js", "/portal/api/me/pump/status"])
            return [("nginx", T(P(p["ip"], "ip"), " - - %s \"GET %s HTTP/2.0\" 200 %d \"https://portal.gulfcoasthbw.com/home\" \"%s\" %s" % (
                ts, path, R.randint(200, 40000), R.choice(UA[:4]), rt)))]
        if k < 0.55:
            return [("nginx", T(P(p["ip"], "ip"), " - - %s \"POST /portal/api/auth/login?user=" % ts, P(p["user"], "other_id"),
                                " HTTP/2.0\" %d 512 \"https://portal.gulfcoasthbw.com/login\" \"%s\" %s" % (R.choice([200, 401]), R.choice(UA[:4]), rt)))]
        if k < 0.8:
            sub = R.choice(["scans", "wounds/photos", "rpm/readings", "devices", "encounters"])
            return [("nginx", T(R.choice(STAFF_IPS), " - ", R.choice(NURSES)[3], " %s \"GET /ehr/api/v2/patients/" % ts, P(p["mrn"], "mrn"),
                                "/%s?range=30d HTTP/1.1\" 200 %d \"-\" \"%s\" %s" % (sub, R.randint(300, 90000), UA[2], rt)))]
        q = urllib.parse.quote(name_fl(p))
        return [("nginx", T(R.choice(STAFF_IPS), " - ", R.choice(BILLERS), " %s \"GET /ehr/api/v2/patients/search?name=" % ts, P(q, "name"),
                            "&dob=", P(d_iso(p["dob"]), "date"), " HTTP/1.1\" 200 %d \"-\" \"%s\" %s" % (R.randint(300, 4000), UA[2], rt)))]
    k = R.random()
    if k < 0.35:
        return [("nginx", T("10.60.0.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 uct=0.000 urt=0.001" % (R.randint(2, 9), ts)))]
    if k < 0.6:
        return [("nginx", T("%s - - %s \"POST /rpm/v1/alarms HTTP/1.1\" %d 87 \"-\" \"NovaFlowCloud-Webhook/2.3\" %s" % (R.choice(SERVER_IPS[3:]), ts, R.choice([202, 202, 502]), rt)))]
    if k < 0.8:
        return [("nginx", T("%s - - %s \"GET /portal/static/css/app.%s.css HTTP/2.0\" 304 0 \"https://portal.gulfcoasthbw.com/\" \"%s\" %s" % (
            R.choice(["66.249.66.%d" % R.randint(1, 200), "40.77.167.%d" % R.randint(1, 200)]), ts, hexs(6), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", rt)))]
    return [("nginx", T("%s - - %s \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000 uct=- urt=-" % (pub_ip(), ts)))]


def routecare(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S-05:00")
    n = R.choice(NURSES)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.45:
            d = future_day()
            return [("routecare", T('time=%s level=info app=routecare msg="visit scheduled" visit_id=VS-%07d clinician="%s, %s %s" clinician_id=E1%04d pt_mrn=' % (
                ts, R.randint(0, 9999999), n[1], n[0], n[2], R.randint(0, 9999)), P(p["mrn"], "mrn"), ' pt_name="', P(name_lf(p), "name"),
                '" addr="', P(p["street"] + ", " + p["city"], "address"), '" st=%s zip=' % p["st"], P(p["zip"], "zip"),
                " window_start=", P(d_iso(d) + "T%02d:00" % R.randint(8, 14), "date"), " window_len=2h svc=%s mileage_est=%.1f" % (
                    R.choice(["NPWT_DSG_CHG", "RPM_SETUP", "WOUND_ASSESS", "PUMP_SWAP"]), R.uniform(2, 48))))]
        if k < 0.75:
            return [("routecare", T('time=%s level=info app=routecare-evv msg="evv checkin" visit_id=VS-%07d clinician_id=E1%04d method=GPS lat=' % (
                ts, R.randint(0, 9999999), R.randint(0, 9999)), P(p["lat"], "address"), " lon=", P(p["lon"], "address"),
                " acc_m=%d pt_mrn=" % R.randint(3, 40), P(p["mrn"], "mrn"), " payer_prog=%s" % R.choice(["STAR+PLUS", "MCR-HH", "LA-HCBS"])))]
        return [("routecare", T('time=%s level=warn app=routecare msg="caregiver callback requested" visit_id=VS-%07d contact="' % (ts, R.randint(0, 9999999)),
                                P(p["ecn"][0] + " " + p["ecn"][1], "name"), '" rel=%s phone=' % p["rel"][1], P(ph_dash(p["ecphone"]), "phone"),
                                ' note="gate code changed, call before arrival"'))]
    k = R.random()
    if k < 0.5:
        return [("routecare", T('time=%s level=info app=routecare-opt msg="route optimized" clinician_id=E1%04d region=%s stops=%d drive_min=%d solver=ortools-9.10 dur_ms=%d' % (
            ts, R.randint(0, 9999), R.choice(["HOU-E", "HOU-SW", "GOLDEN-TRI", "ACADIANA", "SWLA"]), R.randint(3, 8), R.randint(60, 260), R.randint(100, 4000))))]
    if k < 0.75:
        return [("routecare", T('time=%s level=info app=routecare msg="shift start" clinician="%s %s" vehicle=FLEET-%02d vin=%s odometer=%d' % (
            ts, n[0], n[1], R.randint(1, 30), vin(), R.randint(10000, 90000))))]
    return [("routecare", T('time=%s level=error app=routecare-evv msg="aggregator rejected batch" aggregator=HHAeXchange batch=%s code=E0412 count=%d' % (
        ts, uuid4(), R.randint(1, 40))))]


ORG_SMS = "+18325550147"


def sms(phi):
    t = tick()
    sid = "SM" + hexs(32)
    if phi:
        p = pt()
        k = R.random()
        n = R.choice(NURSES)
        d = future_day()
        if k < 0.6:
            lang = {"SPA^Spanish": 0.7, "VIE^Vietnamese": 0.9}.get(p["lang"], 0.1)
            fn = p["fn"].split(" ")[0] if R.random() < 0.5 else p["fn"]
            if lang < 0.6:
                body = S("Hi ", P(fn, "name"), ", this is Gulf Coast Wound Ctr. Nurse %s will come on " % n[0], P("%d/%d" % (d.month, d.day), "date"),
                         " between %d-%d. Reply C to confirm, R to reschedule. Msg&data rates may apply." % (R.choice([8, 9, 10]), R.choice([11, 12])))
            elif lang < 0.85:
                body = S("Hola ", P(fn, "name"), ", su cita de oxígeno hiperbárico es el ", P("%02d/%02d" % (d.day, d.month), "date"),
                         " a las 8:30. Traiga ropa 100% algodón. Responda SI para confirmar.")
            else:
                body = S("Chào bác ", P(fn, "name"), ", y tá sẽ đến thay băng vết thương vào ngày ", P("%d/%d" % (d.day, d.month), "date"),
                         ". Trả lời C để xác nhận.")
            o = O(("ts", t_iso_ms(t)), ("dir", "outbound"), ("MessageSid", sid), ("AccountSid", "AC" + "3f9e0c21d7a84b6e9c55a0e1b2d4f701"),
                  ("From", ORG_SMS), ("To", P(ph_e164(p["phone"]), "phone")), ("Body", body), ("Status", "queued"), ("NumSegments", R.choice([1, 2])))
        elif k < 0.85:
            o = O(("ts", t_iso_ms(t)), ("dir", "inbound"), ("MessageSid", sid), ("From", P(ph_e164(p["phone"]), "phone")), ("To", ORG_SMS),
                  ("Body", R.choice(["C", "SI", "my pump keeps beeping says leak", "Can the nurse come after 10? I have dialysis", "R", "STOP", "canister full what do I do"])),
                  ("FromCity", P(p["city"].upper(), "address")), ("FromState", p["st"]), ("FromZip", P(p["zip"], "zip")))
        else:
            o = O(("ts", t_iso_ms(t)), ("dir", "status"), ("MessageSid", sid), ("MessageStatus", "delivered"),
                  ("To", P(ph_e164(p["phone"]), "phone")), ("ErrorCode", None))
        return [("sms", J(o))]
    k = R.random()
    if k < 0.5:
        o = O(("ts", t_iso_ms(t)), ("dir", "status"), ("MessageSid", sid), ("MessageStatus", "undelivered"),
              ("To", "+1%s***%s" % (R.choice(["713", "337", "409"]), "%04d" % R.randint(0, 9999))), ("ErrorCode", 30003))
    else:
        o = O(("ts", t_iso_ms(t)), ("dir", "outbound"), ("MessageSid", sid), ("From", ORG_SMS), ("To", "+18325550199"),
              ("Body", "[GCHW on-call] HBO chamber 2 O2 supply alarm cleared at HOU-MED. Ticket INC0048821."), ("Status", "sent"))
    return [("sms", J(o))]


def java_trace(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    lines = []
    if phi:
        p = pt()
        k = R.random()
        if k < 0.5:
            lines.append(T(ts, " ERROR [claim-batch-%d] c.g.claimpilot.edit.ClaimEditor - Edit failure on claim " % R.randint(1, 8), P(p["acct"], "account"),
                           ": subscriber DOB ", P(d_hl7(p["dob"]), "date"), " does not match 271 (member ", P(p["member"], "health_plan"), ")"))
            lines.append(T("com.gchw.claimpilot.edit.EligibilityMismatchException: DOB mismatch for member ", P(p["member"], "health_plan")))
        else:
            mo = "2024-%02d" % R.choice([5, 6])
            lines.append(T(ts, " ERROR [rpm-rollup-1] c.g.claimpilot.rpm.MonthlyRollup - failed to persist rollup for ", P(name_lf(p), "name")))
            lines.append(T("org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; Duplicate entry '", P(p["mrn"], "mrn"), "-",
                           P(mo, "date"), "' for key 'rpm_period.uk_mrn_month'"))
    else:
        lines.append(T(ts, " ERROR [edi-sftp-2] c.g.claimpilot.transport.SftpPush - upload failed host=sftp.claimpilot.net:22 file=837P_GCHW0731_%s_%03d.x12" % (t.strftime("%Y%m%d"), R.randint(1, 40))))
        lines.append(T("com.jcraft.jsch.JSchException: Session.connect: java.net.SocketTimeoutException: Read timed out"))
    frames = ["com.gchw.claimpilot.edit.ClaimEditor.validate(ClaimEditor.java:214)",
              "com.gchw.claimpilot.batch.ClaimBatchJob.process(ClaimBatchJob.java:88)",
              "org.springframework.batch.core.step.item.SimpleChunkProcessor.doProcess(SimpleChunkProcessor.java:134)",
              "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1002)",
              "com.jcraft.jsch.Session.connect(Session.java:565)",
              "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in R.sample(frames, R.randint(3, 5)):
        lines.append(T("\tat " + f))
    lines.append(T("\t... %d common frames omitted" % R.randint(8, 40)))
    return [("java_trace", l) for l in lines]


def chamber(phi):
    t = tick()
    host = "hbo-ctl-%s-%02d" % (R.choice(["hou", "bmt", "lft", "lch"]), R.randint(1, 4))
    hdr = "<134>1 %s %s chamberd %d DIVE - " % (t_iso_ms(t), host, R.randint(1000, 9000))
    dive = "%s-24-%04d" % (host[8:11].upper(), R.randint(100, 2000))
    if phi:
        p = pt()
        if R.random() < 0.5:
            return [("chamber", T(hdr, "dive=%s chamber=%d phase=PRE_CHECK pt_mrn=" % (dive, R.randint(1, 4)), P(p["mrn"], "mrn"),
                                  " pt=", P("%s,%s" % (ascii_up(p["ln"]).replace(" ", ""), ascii_up(p["fn"])[0]), "name"),
                                  " tx_no=%d/%d profile=2.4ATA-90 grounding=OK cotton=OK tech=%s" % (R.randint(1, 40), 40, R.choice(TECHS))))]
        return [("chamber", T(hdr, "dive=%s chamber=%d phase=ABORT reason=EAR_PAIN pt_mrn=" % (dive, R.randint(1, 4)), P(p["mrn"], "mrn"),
                              " depth_ata=%.1f ascent_fsw_min=1.0 physician=%s" % (R.uniform(1.2, 2.0), R.choice(DOCS)[1].upper())))]
    phase = R.choice(["COMPRESS", "AT_DEPTH", "AIR_BREAK", "DECOMPRESS", "COMPLETE"])
    return [("chamber", T(hdr, "dive=%s chamber=%d phase=%s depth_ata=%.2f o2_pct=%.1f flow_lpm=%d rate_fsw_min=%.1f tech=%s" % (
        dive, R.randint(1, 4), phase, R.uniform(1.0, 2.5), R.uniform(98.5, 99.9), R.randint(250, 420), R.uniform(1, 2), R.choice(TECHS))))]


def pg_log(phi):
    t = tick()
    pidn = R.randint(20000, 60000)
    hdr = "%s.%03d CDT [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, pidn)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.4:
            frag = ascii_up(p["ln"].split(" ")[0].split("-")[0]).lower()
            return [("pg_log", T(hdr, "healtrack_app@healtrack LOG:  duration: %.3f ms  statement: SELECT p.mrn, p.last_name, p.first_name FROM patient p WHERE p.last_name ILIKE '" % R.uniform(200, 3000),
                                 P(frag, "name"), "%' AND p.dob = '", P(d_iso(p["dob"]), "date"), "'"))]
        if k < 0.7:
            return [("pg_log", T(hdr, "claimpilot@billing LOG:  execute <unnamed>: INSERT INTO nemt_mileage (mrn, trip_date, vin, plate, miles) VALUES ('",
                                 P(p["mrn"], "mrn"), "', '", P(d_iso(past_day()), "date"), "', '", P(p["vin"], "vehicle"), "', '", P(p["plate"], "vehicle"),
                                 "', %.1f)" % R.uniform(8, 70)))]
        return [("pg_log", T(hdr, "healtrack_app@healtrack ERROR:  duplicate key value violates unique constraint \"rpm_enrollment_pkey\"")),
                 ("pg_log", T(hdr, "healtrack_app@healtrack DETAIL:  Key (enrollment_id)=(", P(p["enr"], "other_id"), ") already exists."))]
    k = R.random()
    if k < 0.3:
        s = "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (R.randint(100, 9000), R.uniform(0, 10), R.randint(0, 6), R.uniform(1, 30))
    elif k < 0.55:
        s = "healtrack_app@healtrack LOG:  duration: %.3f ms  statement: SELECT count(*) FROM device_event WHERE ts > now() - interval '5 min'" % R.uniform(100, 900)
    elif k < 0.75:
        s = "LOG:  automatic vacuum of table \"healtrack.public.device_event\": index scans: 1 pages: 0 removed, %d remain" % R.randint(10000, 900000)
    else:
        s = "[unknown]@[unknown] LOG:  connection received: host=10.40.1.%d port=%d" % (R.randint(2, 90), R.randint(30000, 60000))
    return [("pg_log", T(hdr + s))]


def rpm_psv(phi):
    lines = [T("mrn|last|first|dob|payer|member_id|cpt|svc_month|days_tx|device_sn|minutes_mgmt|status")]
    for _ in range(R.randint(3, 5)):
        p = pt()
        cpt = R.choice(["99454", "99457", "99458", "99453"])
        days = R.randint(2, 30)
        dev = p["pump"] if R.random() < 0.6 else p["mat"]
        lines.append(T(P(p["mrn"], "mrn"), "|", P(ascii_up(p["ln"]), "name"), "|", P(ascii_up(p["fn"]), "name"), "|", P(d_iso(p["dob"]), "date"),
                       "|%s|" % p["plan"][0], P(p["member"], "health_plan"), "|%s|" % cpt, P("2024-05", "date"), "|%d|" % days, P(dev, "device"),
                       "|%d|%s" % (R.choice([0, 20, 22, 41]), "ELIGIBLE" if days >= 16 else "HOLD_LT16")))
    return [("rpm_psv", l) for l in lines]


def nurse_note(phi):
    t = tick()
    n = R.choice(NURSES)
    hdr = "NOTE\t%s\t%s\t%s, %s %s\t" % (t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), n[2].split(" ")[0], n[1], n[0], n[2])
    L = R.uniform(1, 6)
    W = R.uniform(0.5, 4)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.4:
            segs = T(hdr, "Pt ", P(name_fl(p), "name"), " seen at home (", P(p["street"], "address"), "). NPWT dsg chg %s DFU, %.1fx%.1fx%.1f cm, granulation %d%%, no purulence. Pump " % (
                p["wound"], L, W, R.uniform(0.1, 1.2), R.choice([60, 70, 80, 90])), P(p["pump"], "device"), " at -125 mmHg cont, seal good. ")
            if R.random() < 0.6:
                segs += T(p["rel"][1].capitalize() + " ", P(p["ecn"][0], "name"), " present for teaching, cell ", P(ph_dash(p["ecphone"]), "phone"), ".")
            return [("nurse_note", segs)]
        if k < 0.65:
            p = R.choice([q for q in PATIENTS if q["age"] > 89])
            return [("nurse_note", T(hdr, P(p["ln"], "name"), " is a ", P(str(p["age"]), "age"),
                                     " y/o w/ T2DM, Wagner gr 3 %s. Tx #%d/40 HBOT 2.4 ATA x 90 min tolerated, no barotrauma. Next tx " % (p["wound"], R.randint(2, 39)),
                                     P(d_iso(future_day()), "date"), "."))]
        if k < 0.85:
            return [("nurse_note", T(hdr, "Telephone f/u w/ pt re: thermal mat ALERT_2C (%s). Pt (%d y/o) reports new shoes, advised offloading; DOB " % (
                R.choice(["L met1", "R heel"]), R.randint(48, 86)), P(p["dob"].strftime("%m/%d/%Y"), "date"), " verified. Called back at ", P(ph_paren(p["phone"]), "phone"), "."))]
        return [("nurse_note", T(hdr, "Pt ", P(p["fn"], "name"), " declined visit today; states %s drove %s to clinic in own car (plate " % (("she", "herself") if p["sex"] == "F" else ("he", "himself")),
                                 P(p["plate"], "vehicle"), "), mileage form given. Referral ", P(p["ref"], "other_id"), " still pending auth."))]
    k = R.random()
    if k < 0.5:
        s = "Pt tolerated HBOT tx %d/40 at 2.4 ATA x 90 min with 2 air breaks; TM check bilat WNL (Teed 0). BG pre %d / post %d mg/dL." % (R.randint(1, 40), R.randint(120, 260), R.randint(100, 220))
    elif k < 0.8:
        s = "Wound %.1f x %.1f x %.1f cm (prev %.1f x %.1f), 80%% beefy red granulation, periwound macerated. Changed to Hudson Foam M lot HF%s%04d, -125 mmHg continuous. 67 y/o, A&Ox3." % (
            L, W, R.uniform(0.1, 1), L + 0.4, W + 0.3, R.choice("ABCD"), R.randint(0, 9999))
    else:
        s = "TcPO2 dorsum R foot %d mmHg room air, %d mmHg on 100%% O2 at 2.0 ATA. Candidate for continued HBOT per UHMS indication." % (R.randint(15, 45), R.randint(150, 400))
    return [("nurse_note", T(hdr + s))]


def teams_chat(phi):
    t = tick()
    a = R.choice(NURSES)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.5:
            body = S("can someone call %s " % ("Ms." if p["sex"] == "F" else "Mr."), P(p["ln"], "name"), " back at ", P(ph_dash(p["phone"]), "phone"), "? pump ", P(p["pump"][-5:], "device"),
                     " keeps alarming LEAK_HIGH, I'm stuck in Beaumont traffic")
        elif k < 0.8:
            body = S("FYI ", P(name_fl(p), "name"), " moved to ", P(p["street"] + ", " + p["city"], "address"), " (", P(p["zip"], "zip"),
                     "), please update RouteCare before Thurs")
        else:
            body = S("hub for ", P(p["mrn"], "mrn"), " shows offline, MAC ", P(p["hub"], "device"), " - family changed wifi router?")
    else:
        body = R.choice(["who has the 2pm chamber huddle?", "Renasys-style canisters backordered, use 300mL until Fri per supply (PO 4500218873)",
                         "ThermaStep support # is 1-888-555-0142 opt 3, ticket SS-88213", "reminder: CWS recert CEUs due 6/30",
                         "Sofia tablet in van 12 won't charge, IT ticket INC0048733", "lunch in the HOU break room, Dr. Okafor brought boudin"])
    o = O(("createdDateTime", t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)),
          ("chatId", "19:%s@thread.v2" % hexs(32)), ("from", O(("user", O(("displayName", "%s %s" % (a[0], a[1])), ("id", uuid4()))))),
          ("body", O(("contentType", "text"), ("content", body))))
    return [("teams_chat", J(o))]


def dme_xml(phi):
    t = tick()
    if phi:
        p = pt()
        d = R.choice(DOCS)
        udi = "(01)00850012%06d(17)270131(10)L%s(21)%s" % (R.randint(0, 999999), "2406A", p["pump"].replace("-", ""))
        segs = T('<SWO xmlns="urn:gchw:dme:1" ver="1.3"><OrderId>SWO-24-%05d</OrderId><Created>%s</Created><Beneficiary><Name>' % (R.randint(0, 99999), t_iso_ms(t)),
                 P(name_lf(p).replace("'", "&apos;"), "name"), "</Name><DOB>", P(d_iso(p["dob"]), "date"), "</DOB><MBI>" if p["plan"][0] == "MCR" else "</DOB><MemberId>",
                 P(p["member"], "health_plan"), "</MBI>" if p["plan"][0] == "MCR" else "</MemberId>",
                 "</Beneficiary><Item hcpcs=\"E2402\" mod=\"RR\" qty=\"1\"/><Item hcpcs=\"A6550\" qty=\"15\"/><Device udi=\"", P(udi, "device"),
                 "\"/><Prescriber npi=\"%s\">%s, %s %s</Prescriber><StartDate>" % (DOC_NPI[d[1]], d[1], d[0], d[2]), P(d_iso(p["therapy_start"]), "date"),
                 "</StartDate><Supplier>Aquila Medical Homecare</Supplier></SWO>")
        return [("dme_xml", segs)]
    return [("dme_xml", T('<CatalogSync supplier="Aquila Medical Homecare" ts="%s"><Item sku="AQ-HF-M-05" hcpcs="A6550" desc="Hudson Foam dressing kit, medium" lot="HF%s%04d" udi="(01)00850012000457(17)260930(10)HF%s%04d" qty="%d"/></CatalogSync>' % (
        t_iso_ms(t), R.choice("ABCD"), R.randint(0, 9999), R.choice("ABCD"), R.randint(0, 9999), R.randint(10, 900))))]


def elig_fixed(phi):
    t = tick()
    lines = []
    rows = R.randint(3, 5)
    lines.append(T("HDR%sGCHWELIG  STARPLUS-SETX    %07d" % (t.strftime("%Y%m%d"), rows)))
    for _ in range(rows):
        p = pt()
        mid = p["member"] if p["plan"][0] == "MCD" else "%09d" % R.randint(500000000, 799999999)
        ln = ascii_up(p["ln"])[:20]
        fn = ascii_up(p["fn"])[:15]
        eff = date(2024, R.randint(1, 6), 1)
        lines.append(T("D", P(mid, "health_plan"), " " * (13 - len(mid)), P(ln, "name"), " " * (20 - len(ln)), P(fn, "name"), " " * (15 - len(fn)),
                       P(d_hl7(p["dob"]), "date"), p["sex"], P(d_hl7(eff), "date"), "99991231", "SPX%03d" % R.randint(1, 40), "Y"))
    lines.append(T("TRL%07d%07d" % (rows, rows + 2)))
    return [("elig_fixed", l) for l in lines]


def ehr_audit(phi):
    t = tick()
    hdr = "%s healtrack-audit[%d]: " % (t_iso_ms(t), R.randint(2000, 2400))
    n = R.choice(NURSES)
    if phi:
        p = pt()
        k = R.random()
        if k < 0.45:
            return [("ehr_audit", T(hdr, "action=CHART_VIEW user=%s role=%s ws=HOU-WC-NS%02d pt=" % (n[3], n[2].split(" ")[0], R.randint(1, 20)), P(p["mrn"], "mrn"),
                                    " enc=", P(p["enc"], "account"), " reason=TREATMENT result=OK"))]
        if k < 0.65:
            segs = T(hdr, "action=PT_REGISTER user=frontdesk.%s pt=" % R.choice(["lft", "hou", "bmt"]), P(p["mrn"], "mrn"), ' name="', P(name_lf(p), "name"),
                     '" dob=', P(d_iso(p["dob"]), "date"))
            if p["age"] > 89:
                segs += T(" age=", P(str(p["age"]), "age"))
            else:
                segs += T(" age=%d" % p["age"])
            good = R.random() < 0.85
            segs += T(" ssn=", P(p["ssn"] if good else ssn(False), "ssn"), " ssn_check=%s dl=" % ("PASS" if good else "FAIL_AREA"), P(p["dl"], "license"))
            if p["email"]:
                segs += T(" email=", P(p["email"], "email"))
            if R.random() < 0.4:
                segs += T(" fax=", P(ph_dash((p["phone"][0], "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))), "fax"))
            return [("ehr_audit", segs)]
        if k < 0.8:
            return [("ehr_audit", T(hdr, "action=KIOSK_CHECKIN kiosk=%s-KIOSK-1 pt=" % R.choice(["HOU", "LFT"]), P(p["mrn"], "mrn"), " face_match=0.%03d face_tmpl=" % R.randint(900, 999),
                                    P(b64(R.choice([64, 88])) + "==", "biometric"), " photo_jpg_b64=", P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + b64(R.choice([96, 120])), "photo"),
                                    "...[truncated %d bytes]" % R.randint(20000, 60000)))]
        if k < 0.9:
            good = R.random() < 0.8
            return [("ehr_audit", T(hdr, "action=COPAY_PAYMENT user=frontdesk.hou pt=", P(p["mrn"], "mrn"), " acct=", P(p["acct"], "account"), " amount=%.2f card=" % R.choice([20, 35, 50, 112.5]),
                                    P(card(good), "account"), " result=%s gateway_ref=ch_%s" % ("APPROVED" if good else "DECLINED_INVALID_NUMBER", hexs(24))))]
        if R.random() < 0.5:
            d = past_day()
            return [("ehr_audit", T(hdr, "action=MEDIA_UPLOAD user=%s src=RouteCare-iOS media=wound_photo wound=W%d url=" % (n[3], R.randint(1, 3)),
                                    P("https://img.gulfcoasthbw.com/wounds/%s/%s/w%d_%s.jpg" % (p["mrn"], d_iso(d), R.randint(1, 3), hexs(8)), "url"),
                                    " bytes=%d sha1=%s" % (R.randint(200000, 3000000), hexs(40))))]
        return [("ehr_audit", T(hdr, "action=PARKING_VALIDATE kiosk=HOU-GARAGE-2 pt=", P(p["mrn"], "mrn"), " plate=", P(p["plate"], "vehicle"), " st=%s hours=%.1f" % (p["st"], R.uniform(1, 4))))]
    k = R.random()
    if k < 0.4:
        s = "action=LOGIN user=%s role=%s ws=HOU-WC-NS%02d src_ip=%s mfa=DUO result=OK" % (n[3], n[2].split(" ")[0], R.randint(1, 20), R.choice(STAFF_IPS))
    elif k < 0.7:
        s = "action=REPORT_RUN user=%s report=daily_hbo_census site=%s rows=%d dur_ms=%d" % (R.choice(BILLERS), R.choice(SITES)[0], R.randint(5, 60), R.randint(100, 5000))
    else:
        s = "action=COPAY_PAYMENT user=frontdesk.hou amount=35.00 card=************%04d result=APPROVED gateway_ref=ch_%s" % (R.randint(0, 9999), hexs(24))
    return [("ehr_audit", T(hdr + s))]


# ----------------------------------------------------------------- schedule

EVENTS = [  # (fn, phi flag, weight)
    (npwt_cloud, True, 20), (npwt_cloud, False, 12),
    (mqtt, True, 5), (mqtt, False, 7),
    (thermal_scan, True, 12), (thermal_scan, False, 7),
    (k8s_json, False, 16),
    (hl7, True, 4.0),
    (mirth, False, 12),
    (fhir, True, 9), (fhir, False, 4),
    (x12_837, True, 1.2), (x12_835, True, 1.0),
    (nginx, True, 13), (nginx, False, 18),
    (routecare, True, 13), (routecare, False, 9),
    (sms, True, 13), (sms, False, 4),
    (java_trace, True, 1.2), (java_trace, False, 0.8),
    (chamber, True, 5), (chamber, False, 13),
    (pg_log, True, 6), (pg_log, False, 9),
    (rpm_psv, True, 1.0),
    (nurse_note, True, 9), (nurse_note, False, 5),
    (teams_chat, True, 5), (teams_chat, False, 6),
    (dme_xml, True, 4), (dme_xml, False, 3),
    (elig_fixed, True, 1.3),
    (ehr_audit, True, 14), (ehr_audit, False, 9),
]
SINGLE = [e for e in EVENTS if e[0] not in (hl7, x12_837, x12_835, java_trace, rpm_psv, elig_fixed, mqtt, pg_log)]

N = 500


def main():
    out = []
    while len(out) < N:
        ev = R.choices(EVENTS, weights=[e[2] for e in EVENTS])[0]
        recs = ev[0](ev[1])
        if len(out) + len(recs) > N:
            ev = R.choices(SINGLE, weights=[e[2] for e in SINGLE])[0]
            recs = ev[0](ev[1])
        out += recs
    out = out[:N]
    logb = bytearray()
    labels = []
    for i, (fam, segs) in enumerate(out, 1):
        line = b""
        spans = []
        for text, cat in segs:
            b = text.encode("utf-8")
            if cat:
                if not b:
                    raise SystemExit("empty span line %d" % i)
                spans.append({"s": len(line), "e": len(line) + len(b), "cat": cat, "_v": text})
            line += b
        if b"\n" in line or b"\r" in line or not line.strip():
            raise SystemExit("bad line %d" % i)
        line.decode("utf-8")
        prev = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(line)):
                raise SystemExit("span out of range line %d" % i)
            if sp["s"] < prev:
                raise SystemExit("overlap line %d" % i)
            prev = sp["e"]
            if line[sp["s"]:sp["e"]].decode("utf-8") != sp.pop("_v"):
                raise SystemExit("span text mismatch line %d" % i)
        logb += line + b"\n"
        labels.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open("%s.log" % ID, "wb") as f:
        f.write(bytes(logb))
    with open("%s.labels.jsonl" % ID, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
