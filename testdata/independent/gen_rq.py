#!/usr/bin/env python3
"""gen_rq.py - synthetic, labeled log corpus "rq".

Organisation: Bluestem Poultry Co. (fictional), a poultry processor with
on-site employee health clinics ("OHC") at three plants: GNV (Gainesville,
GA), SPD (Springdale, AR) and MGN (Morganton, NC), plus a self-insured
employee health plan administered by a TPA (Meridian Benefit Administrators).
Everything is made up. Output: rq.log (500 lines) and rq.labels.jsonl,
written to the current directory. Standard library only, fixed seed.

Systems simulated (one physical line per log line, as the SIEM export shows):
  clintrak_json   clinic EHR "ClinTrak" (Node/pino JSON, epoch-ms time)
  h5surv_json     avian-influenza (H5N1) worker surveillance service (Python
                  json logger, ensure_ascii -> \\u escapes in names)
  hl7v2           HL7 v2.5.1 ORM/ORU with the state public-health lab, one
                  segment per line
  fhir            FHIR R4 Patient / Observation resources posted to state ELR
  elr_bridge      the ELR bridge's own text log (POST results, no PHI)
  x12             X12 837P claims, 271 eligibility, 835 remits, 999 acks to
                  and from the TPA, one segment per line
  tpa_csv         TPA adjudicated-claims extract (CSV)
  interp_csv      interpreter vendor (LinguaBridge) usage export (CSV)
  sms_gw          SMS gateway (logfmt), reminders and H5 symptom checks in
                  Spanish, Haitian Creole, Burmese and Karen
  scada_syslog    ammonia refrigeration SCADA alarms (RFC 5424 syslog)
  gasdock_csv     personal NH3 monitor docking stations (CSV)
  ergo_logfmt     wearable ergonomics sensors (logfmt)
  hris_kv         HR onboarding / pre-placement physical integration (k=v)
  nginx_access    employee health portal access log
  java_trace      benefits eligibility service (Spring) errors + stack traces
  nurse_note      clinic free-text shift notes (English/Spanish)
  pgaudit         PostgreSQL pgaudit of the ClinTrak database
  teams_chat      chat export (JSON lines) between clinic and EHS staff
  osha300_pipe    OSHA 300 log rows (pipe delimited)
  fittest_xml     respirator fit test / audiogram device XML exports
  rx_fixed        on-site dispensary fixed-width records
  kiosk           clinic check-in kiosk (palm-vein match)
  cobra_pay       COBRA premium card payments and HSA contribution sync
  infra           k8s, Windows security, firewall, backup, MES, ITSM noise

Labeling decisions (grey cases of this Theme):
  * The workers are the clinic's patients and the plan's members. A worker
    named in a clinic, exposure, surveillance, interpreter, HR-onboarding,
    OSHA-log or claims record is PHI. Clinic staff (RNs, NPs, MDs, medical
    assistants), EHS/safety and HR staff, supervisors, interpreters and
    SCADA operators acting in their jobs are NOT PHI; neither are their
    user names, NPIs, NRCME numbers or interpreter IDs.
  * Employee badge numbers (E0nnnnn), HRIS candidate IDs, encounter IDs,
    OSHA case numbers, workers' comp claim numbers, TPA claim IDs, H5
    specimen / accession IDs, state health-department case numbers, drug
    screen CCF numbers and FHIR Patient logical ids -> other_id. Clinic
    MRNs (GNV-0041877) -> mrn. Plan member IDs and MBIs -> health_plan;
    the plan group number (BSPHP0001) identifies the employer plan, not a
    person -> not labeled. X12 CLM01 / 835 CLP01 patient control numbers,
    COBRA premium card numbers and HSA bank accounts -> account.
  * SSN and ITIN of a worker -> ssn. Placeholder junk such as 000000000
    sent for candidates without a number is not an identifier: unlabeled.
  * CDL / driver's licence and forklift operator certificate numbers of a
    worker -> license. A worker's own car (plate, VIN) in an injury record
    -> vehicle; company live-haul trucks (fleet VINs) are not PHI.
  * Personal gas monitors and ergonomics wearables are carried by the
    worker: their serial / MAC is `device` ONLY on lines that tie the unit
    to a worker; pool units, bump tests and firmware updates are unlabeled.
    Clinic-owned instruments (PortaCount, audiometer, spirometer) are not
    PHI.
  * The ammonia incident number (NH3-MGN-24-0415) names an event with many
    people -> not labeled; SCADA alarm lines hold no PHI.
  * Dates tied to a worker (birth, injury, visit, collection, hire, follow
    up, monitoring window, service dates) -> date. The log's own timestamp,
    HL7 MSH-7 and X12 ISA/GS/BHT creation dates, and interpreter-vendor
    session start times (record metadata of the call) are not labeled.
    Batch processing dates shared by a whole run (TPA adj_dt = extract
    date, HSA pay_dt = payroll run date) are not labeled either.
  * Ages are labeled only when over 89 (one retiree on the plan).
  * HL7 XPN / XAD: family^given is one name span; street^other^city is one
    address span, the ZIP its own span. X12 NM1 last and first names are
    separate elements -> separate name spans; FHIR family and given too.
  * Portal URLs carrying a worker's MRN or member ID -> one `url` span
    (path+query). The worker's home / mobile public IP in the portal access
    log -> ip; internal kiosk (10.x) addresses, server and crawler IPs are
    not PHI.
  * Phone numbers of workers and their emergency contacts -> phone; the
    clinic's, vendors' and the plan's phone numbers are not. Emergency
    contacts and plan dependants are relatives -> their names are PHI.
  * Check-in kiosk palm-vein templates -> biometric; onboarding badge photo
    base64 -> photo.
  * A worker's given name alone (SMS greeting "Hola Dominga") is a name
    span; a lower-cased surname inside a SQL literal is a name span.
    Day-month dates without a year ("16/04", "4/19", "16 avril") tied to a
    worker are dates.
  * Languages, job titles, departments, line/station names, diagnoses and
    CPT/ICD codes are not identifiers.
"""
import json
import random
import re
import sys
import datetime as dt
import hashlib
import base64
import unicodedata

ID = "rq"
N_LINES = 500
R = random.Random(2304150023)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# line builder
class Lab:
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class LabP:
    """JSON string whose unlabeled prefix is followed by a labeled value."""
    __slots__ = ("pre", "v", "c")

    def __init__(self, pre, v, c):
        self.pre, self.v, self.c = pre, v, c


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        if cat:
            if not x:
                raise ValueError("empty labeled value")
            b = len(x.encode("utf-8"))
            self.spans.append((self.n, self.n + b, cat, x))
        return self.t(x)

    def text(self):
        return "".join(self.buf)


def T(_fam, _tpl, **kw):
    """template with «key» markers; values str (unlabeled) or Lab."""
    ln = Ln(_fam)
    parts = re.split(r"«(\w+)»", _tpl)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            ln.t(part)
        else:
            v = kw[part]
            if isinstance(v, Lab):
                ln.p(str(v.v), v.c)
            else:
                ln.t(str(v))
    return ln


def _jw(ln, o, sep, ea):
    if isinstance(o, LabP):
        ln.t('"' + json.dumps(o.pre, ensure_ascii=ea)[1:-1])
        ln.p(json.dumps(o.v, ensure_ascii=ea)[1:-1], o.c)
        ln.t('"')
    elif isinstance(o, Lab):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ea)
            ln.t('"')
            ln.p(enc[1:-1], o.c)
            ln.t('"')
        else:
            ln.p(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            _jw(ln, v, sep, ea)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            _jw(ln, v, sep, ea)
        ln.t("]")
    else:
        ln.t(json.dumps(o, ensure_ascii=ea))


def J(fam, o, compact=True, ea=False, pre="", post=""):
    ln = Ln(fam)
    ln.t(pre)
    _jw(ln, o, (",", ":") if compact else (", ", ": "), ea)
    ln.t(post)
    return ln


def L(v, c):
    return Lab(v, c)


# --------------------------------------------------------------------------
# checksummed / formatted identifiers
def luhn_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check("80840" + base)


def card(kind="visa"):
    if kind == "visa":
        body = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    else:
        body = str(R.randint(51, 55)) + "".join(str(R.randint(0, 9)) for _ in range(13))
    return body + luhn_check(body)


def ssn(dash=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if dash else f"{a:03d}{g:02d}{s:04d}"


def itin():
    g = R.choice(list(range(70, 89)) + list(range(90, 93)))
    return f"9{R.randint(0, 99):02d}-{g}-{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)),
         R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(MBI_A), str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(c)


VIN_V = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix8, year_code, plant_code):
    tail = year_code + plant_code + "".join(str(R.randint(0, 9)) for _ in range(6))
    v = prefix8 + "0" + tail
    s = sum(VIN_V[ch] * VIN_W[i] for i, ch in enumerate(v))
    chk = s % 11
    return prefix8 + ("X" if chk == 10 else str(chk)) + tail


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# --------------------------------------------------------------------------
# organisation
PLANTS = {
    "GNV": dict(name="Gainesville", num="1", tz=-4, tzn="EDT", st="GA", area=["770", "678", "470"],
                addr="2350 Athens Hwy", city="Gainesville", zip="30507",
                clinic_phone="(770) 534-8120", lab="GA PHL", dph="GA-DPH",
                towns=[("Gainesville", "30501"), ("Gainesville", "30504"), ("Oakwood", "30566"),
                       ("Flowery Branch", "30542"), ("Lula", "30554"), ("Cornelia", "30531")]),
    "SPD": dict(name="Springdale", num="2", tz=-5, tzn="CDT", st="AR", area=["479"],
                addr="1401 N Thompson St", city="Springdale", zip="72764",
                clinic_phone="(479) 751-2290", lab="ADH PHL", dph="AR-ADH",
                towns=[("Springdale", "72764"), ("Springdale", "72762"), ("Rogers", "72756"),
                       ("Lowell", "72745"), ("Siloam Springs", "72761"), ("Tontitown", "72770")]),
    "MGN": dict(name="Morganton", num="3", tz=-4, tzn="EDT", st="NC", area=["828"],
                addr="600 Jamestown Rd", city="Morganton", zip="28655",
                clinic_phone="(828) 437-6610", lab="NC SLPH", dph="NC-EDSS",
                towns=[("Morganton", "28655"), ("Valdese", "28690"), ("Glen Alpine", "28628"),
                       ("Drexel", "28619"), ("Hickory", "28601"), ("Icard", "28666")]),
}
STREETS = ["Lakeshore Cir", "Old Cornelia Hwy", "Emma St", "Pleasant Grove Rd", "Dogwood Trl",
           "Jesse Jewell Pkwy", "Cleveland Ave", "Pinecrest Dr", "W Emma Ave", "Sunset Ln",
           "Berry St", "Orchard Hill Rd", "Calle Linda Vista", "Sanford Rd", "Enola Rd",
           "Burkemont Ave", "Mimosa Dr", "Carbon City Rd", "Huffman Ln", "Old NC 18"]

WORKERS_RAW = [
    ("María Guadalupe", "Ortiz-Reyes", "F", "es", "GNV"),
    ("José Luis", "Castañeda", "M", "es", "GNV"),
    ("Yesenia", "Barrientos López", "F", "es", "SPD"),
    ("Juan Carlos", "De la Cruz", "M", "es", "MGN"),
    ("Esperanza", "Villatoro", "F", "es", "MGN"),
    ("Maribel", "Tzoc Ajú", "F", "es", "GNV"),
    ("Elmer", "Xitumul", "M", "es", "MGN"),
    ("Rosa Amalia", "Chávez Pérez", "F", "es", "SPD"),
    ("Dominga", "Sac Tum", "F", "es", "MGN"),
    ("Ángel", "Mejía-Funes", "M", "es", "GNV"),
    ("Walter", "Sandoval Ixcoy", "M", "es", "SPD"),
    ("Wilner", "Jean-Baptiste", "M", "ht", "GNV"),
    ("Marie-Ange", "Pierre-Louis", "F", "ht", "GNV"),
    ("Dieunel", "Saint-Fleur", "M", "ht", "MGN"),
    ("Fabiola", "Désir", "F", "ht", "GNV"),
    ("Jean Robert", "Thélusma", "M", "ht", "SPD"),
    ("Mackenson", "Joseph", "M", "ht", "MGN"),
    ("Nadège", "Bellegarde", "F", "ht", "GNV"),
    ("Aung Ko", "Latt", "M", "my", "MGN"),
    ("Khin Mar", "Lwin", "F", "my", "SPD"),
    ("Thidar", "Win", "F", "my", "MGN"),
    ("Zaw Min", "Oo", "M", "my", "SPD"),
    ("Hnin Wai", "Phyo", "F", "my", "MGN"),
    ("Kyaw Soe", "Moe", "M", "my", "GNV"),
    ("Saw Eh Kaw", "Htoo", "M", "kar", "MGN"),
    ("Naw Paw", "Say", "F", "kar", "MGN"),
    ("Hser Nay", "Moo", "F", "kar", "SPD"),
    ("Saw Ler", "Wah", "M", "kar", "SPD"),
    ("Naw Mu Lah", "Paw", "F", "kar", "MGN"),
    ("Eh Htee", "Say", "M", "kar", "GNV"),
    ("Dakota", "Price", "M", "en", "SPD"),
    ("Hope", "Summers", "F", "en", "GNV"),
    ("Travis", "Wheeler-Bright", "M", "en", "MGN"),
    ("Crystal", "Mayfield", "F", "en", "SPD"),
    ("Billy Ray", "Hardin", "M", "en", "GNV"),
    ("Rose", "Baker", "F", "en", "MGN"),
    ("Hunter", "Marsh", "M", "en", "SPD"),
    ("Faith", "Mason", "F", "en", "GNV"),
    ("LaTonya", "Grier", "F", "en", "GNV"),
    ("Marquis", "Bell", "M", "en", "MGN"),
    ("Jelton", "Anjain", "M", "mh", "SPD"),
    ("Thị Hạnh", "Nguyễn", "F", "vi", "GNV"),
    ("Hodan Abdi", "Warsame", "F", "so", "SPD"),
    ("Furaha", "Mukamana", "F", "sw", "MGN"),
]
SPOUSE_GIVEN = {"es": ["Lucía", "Rigoberto", "Blanca Estela", "Óscar"], "ht": ["Guerline", "Frantz", "Rose-Carmel"],
                "my": ["Myat Noe", "Htet Aung"], "kar": ["Naw Blut", "Saw Poe Doh"],
                "en": ["Amber", "Cody", "Shelby"], "mh": ["Neimata"], "vi": ["Văn Minh"], "so": ["Abdirahman"],
                "sw": ["Baraka"]}
KID_GIVEN = {"es": ["Kevin", "Génesis", "Yaretzi", "Brayan"], "ht": ["Widlens", "Kettia"], "my": ["Shwe Yee"],
             "kar": ["Paw Htoo", "Eh Ku Moo"], "en": ["Jaxon", "Kinsley"], "mh": ["Junior"], "vi": ["Bảo Anh"],
             "so": ["Ayaan"], "sw": ["Neema"]}

BASE_DATE = dt.date(2024, 4, 15)


class Worker:
    pass


def mk_phone(plant):
    area = R.choice(PLANTS[plant]["area"])
    ex = R.randint(200, 989)
    while ex % 100 == 11 or ex == 555:
        ex = R.randint(200, 989)
    return area, f"{ex}", f"{R.randint(0, 9999):04d}"


def mk_date(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


WORKERS = []
for g, f, sex, lang, plant in WORKERS_RAW:
    w = Worker()
    w.given, w.family, w.sex, w.lang, w.plant = g, f, sex, lang, plant
    w.full = f"{g} {f}"
    if lang in ("my", "kar"):
        w.full = f"{g} {f}"  # displayed as one Burmese/Karen name
    w.lf = f"{f}, {g}"
    w.dob = mk_date(1962, 2005)
    w.age = (BASE_DATE - w.dob).days // 365
    w.badge = f"E0{R.randint(10000, 99999)}"
    w.mrn = f"{plant}-{R.randint(10000, 99999):07d}"
    w.member = f"BSQ{R.randint(100000000, 999999999)}"
    w.ssn = itin() if (lang == "es" and R.random() < 0.3) else ssn()
    w.phone = mk_phone(plant)
    town, z = R.choice(PLANTS[plant]["towns"])
    w.street = f"{R.randint(12, 4980)} {R.choice(STREETS)}"
    w.unit = R.choice(["", "", "", f"Apt {R.randint(1, 40)}", f"Lot {R.randint(1, 60)}", f"Unit {R.choice('ABCD')}"])
    w.city, w.zip = town, z
    w.hire = mk_date(2008, 2024)
    w.fhir_id = f"pt-{R.randint(10000, 99999)}"
    sp_pool = SPOUSE_GIVEN.get(lang, ["Alex"])
    w.spouse = f"{R.choice(sp_pool)} {f}" if R.random() < 0.6 else None
    w.spouse_dob = mk_date(1965, 2003)
    w.kid = f"{R.choice(KID_GIVEN.get(lang, ['Sam']))} {f}" if R.random() < 0.5 else None
    w.kid_dob = mk_date(2007, 2021)
    w.email_local = (re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", g.split()[0].lower()).encode("ascii", "ignore").decode())
                     + R.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", f.split()[0].lower()).encode("ascii", "ignore").decode())
                     + str(R.randint(1, 99)))
    w.email = w.email_local + "@" + R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"])
    w.ip = f"{R.choice([71, 73, 98, 107, 172, 174, 24, 68, 75, 99])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    w.ec_name = f"{R.choice(sp_pool)} {f}" if R.random() < 0.7 else f"{R.choice(sp_pool)} {R.choice(['Morales', 'Charles', 'Thein', 'Poe', 'Walker'])}"
    w.ec_phone = mk_phone(plant)
    w.ec_rel = R.choice(["Spouse", "Sibling", "Parent", "Cousin", "Friend", "Spouse"])
    WORKERS.append(w)

RETIREE = Worker()
RETIREE.given, RETIREE.family, RETIREE.dob = "Harold Eugene", "Pruett", dt.date(1932, 9, 3)
RETIREE.age = (BASE_DATE - RETIREE.dob).days // 365
RETIREE.member, RETIREE.mbi = f"BSQ{R.randint(100000000, 999999999)}", mbi()
RETIREE.street, RETIREE.city, RETIREE.zip = "77 Chattahoochee Bend Dr", "Gainesville", "30506"

STAFF = {
    "GNV": [("Brenda", "Kowalczyk", "RN"), ("Priya", "Raghunathan", "MD"), ("Alma", "Treviño", "MA")],
    "SPD": [("Luis", "Ocampo-Hart", "NP"), ("Kendra", "Sisk", "RN"), ("Doug", "Bledsoe", "EMT")],
    "MGN": [("Terrence", "Boyd", "RN"), ("Ingrid", "Halvorsen", "FNP"), ("Pa", "Vang", "MA")],
}
STAFF_NPI = {s[1]: npi() for p in STAFF.values() for s in p}
EHS = {"GNV": "Darnell Simms", "SPD": "Kelsey Pruitt", "MGN": "Roy Ashby"}
ORG_NPI = {p: npi() for p in PLANTS}

JOBS = ["Deboner II", "Wing cutter", "Live hang", "Evisceration", "Packer", "Trimmer", "Sanitation",
        "Refrigeration tech", "Forklift operator", "Chiller attendant", "Box maker", "QA tech",
        "Second processing", "Live haul driver"]
DEPTS = ["Deboning L3", "Evisceration L2", "Live Hang", "Second Processing", "Packing", "Sanitation 3rd",
         "Chill/Pack", "Cone Line 4", "Wing Line 1", "Shipping"]
ERGO_CC = [("R wrist pain/numbness", "WRIST_R", "G56.01"), ("L shoulder pain", "SHOULDER_L", "M25.512"),
           ("bilateral hand tingling", "HAND_B", "G56.03"), ("R trigger finger", "FINGER_R", "M65.331"),
           ("low back strain", "BACK_LOW", "S39.012A"), ("R elbow lateral pain", "ELBOW_R", "M77.11"),
           ("neck stiffness", "NECK", "M54.2"), ("L thumb tendinitis", "THUMB_L", "M65.4")]
NH3_CC = [("eye irritation after NH3 release", "EYES", "T59.891A"), ("cough, throat burning", "RESP", "T59.891A"),
          ("headache, nausea after evacuation", "GEN", "R51.9"), ("skin redness forearm", "SKIN", "L24.89")]
LANG_NAME = {"es": "Spanish", "ht": "Haitian Creole", "my": "Burmese", "kar": "Karen", "en": "English",
             "mh": "Marshallese", "vi": "Vietnamese", "so": "Somali", "sw": "Swahili"}


def wk(plant=None, langs=None):
    pool = [w for w in WORKERS if (plant is None or w.plant == plant) and (langs is None or w.lang in langs)]
    return R.choice(pool)


def staff(plant):
    return R.choice(STAFF[plant])


def ph_fmt(p, style):
    a, e, n = p
    if style == 0:
        return f"({a}) {e}-{n}"
    if style == 1:
        return f"{a}-{e}-{n}"
    if style == 2:
        return f"+1{a}{e}{n}"
    if style == 3:
        return f"{a}{e}{n}"
    return f"{a}.{e}.{n}"


def lt(now, plant):
    return now + dt.timedelta(hours=PLANTS[plant]["tz"])


def off(plant):
    return f"{PLANTS[plant]['tz']:+03d}:00"


def iso_z(now, ms=3):
    s = now.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += "." + f"{now.microsecond:06d}"[:ms]
    return s + "Z"


def epoch_ms(now):
    return int((now - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def days_ago(a, b):
    return BASE_DATE - dt.timedelta(days=R.randint(a, b))


def days_ahead(a, b, base=None):
    return (base or BASE_DATE) + dt.timedelta(days=R.randint(a, b))


# --------------------------------------------------------------------------
# generators: each returns a list of Ln for a chunk at time `now` (UTC)
ENC_SEQ = [88210]


def enc_id():
    ENC_SEQ[0] += R.randint(1, 9)
    return f"ENC{ENC_SEQ[0]:07d}"


def g_clintrak(now, w=None, nh3=False):
    plant = w.plant if w else R.choice(list(PLANTS))
    host = f"clintrak-{plant.lower()}-0{R.randint(1, 2)}"
    base = {"level": 30, "time": epoch_ms(now), "pid": R.choice([2231, 2234, 4410]), "hostname": host}
    r = R.random()
    if w is None and r < 0.45:
        kind = R.choice(["req", "req", "slow", "cache", "ff"])
        if kind == "req":
            o = dict(base, reqId=f"req-{hexs(4)}", req={"method": R.choice(["GET", "GET", "POST"]),
                     "url": R.choice([f"/api/v2/visits?plant={plant}&status=open", "/api/v2/schedule/today",
                                      "/api/v2/providers", f"/api/v2/forms/osha301?plant={plant}", "/healthz"]),
                     "remoteAddress": f"10.{ {'GNV': 40, 'SPD': 52, 'MGN': 61}[plant]}.{R.randint(1, 30)}.{R.randint(2, 250)}"},
                     res={"statusCode": R.choice([200, 200, 200, 304, 401])}, responseTime=R.randint(4, 240),
                     msg="request completed")
        elif kind == "slow":
            o = dict(base, level=40, msg="slow query", durationMs=R.randint(900, 4200),
                     query=R.choice(["visits.listOpen", "restrictions.activeByDept", "immunizations.dueSoon"]),
                     rows=R.randint(3, 900))
        elif kind == "cache":
            o = dict(base, msg="formulary cache refreshed", items=R.randint(180, 260), etag=f'W/"{hexs(16)}"',
                     version="4.18.2")
        else:
            o = dict(base, msg="feature flag evaluated", flag="h5_symptom_sms", value=True, rollout="MGN,GNV,SPD")
        return [J("clintrak_json", o)]
    w = w or wk(plant)
    plant = w.plant
    st = staff(plant)
    vdate = lt(now, plant).date()
    if nh3:
        cc = R.choice(NH3_CC)
        vtype = "EXPOSURE_NH3"
    elif R.random() < 0.7:
        cc = R.choice(ERGO_CC)
        vtype = "ERGO"
    else:
        cc = (R.choice(["laceration L index finger", "slip/fall wet floor", "puncture wound keel bone"]),
              R.choice(["FINGER_L", "KNEE_R", "HAND_R"]), R.choice(["S61.210A", "S80.01XA", "S61.431A"]))
        vtype = "INJURY"
    visit = {"enc": L(enc_id(), "other_id"), "mrn": L(w.mrn, "mrn")}
    style = R.random()
    if style < 0.5:
        visit["pt"] = L(w.lf, "name")
    else:
        visit["pt"] = {"last": L(w.family, "name"), "first": L(w.given, "name")}
    visit["dob"] = L(w.dob.isoformat(), "date")
    visit["age"] = w.age
    if R.random() < 0.6:
        visit["badge"] = L(w.badge, "other_id")
    visit["visit_dt"] = L(vdate.isoformat(), "date")
    visit["type"] = vtype
    visit["cc"] = cc[0]
    visit["body_part"] = cc[1]
    visit["dx"] = cc[2]
    visit["dept"] = R.choice(DEPTS)
    visit["lang"] = w.lang
    visit["interp"] = w.lang in ("es", "ht", "my", "kar")
    visit["provider"] = f"{st[1]}, {st[0]} {st[2]}"
    msg = R.choice(["visit.created", "visit.updated", "visit.closed"])
    if msg == "visit.closed":
        visit["disp"] = R.choice(["RTW full duty", "RTW restricted: no knife work", "RTW restricted: 10 lb lift",
                                  "referred ortho", "referred ER (Carolinas HC Blue Ridge)", "first aid only"])
        visit["osha_recordable"] = R.random() < 0.3
        if R.random() < 0.5:
            visit["fu_dt"] = L(days_ahead(2, 10, vdate).isoformat(), "date")
    o = dict(base, reqId=f"req-{hexs(4)}", svc="clintrak", msg=msg, visit=visit)
    return [J("clintrak_json", o)]


def g_h5surv(now, w=None):
    t = now.strftime("%Y-%m-%d %H:%M:%S,") + f"{now.microsecond // 1000:03d}"
    r = R.random()
    if w is None and r < 0.35:
        o = {"asctime": t, "name": "h5surv.dispatch", "levelname": "INFO",
             "message": R.choice(["daily symptom batch dispatched", "reply window closed", "sms template cache loaded"]),
             "sent": R.randint(40, 180), "failed": R.randint(0, 4), "duration_s": round(R.uniform(0.8, 9.5), 2),
             "templates": "es,ht,my,kar,en", "build": "h5surv 1.7.3+g" + hexs(7)}
        return [J("h5surv_json", o, compact=False, ea=True)]
    w = w or wk()
    if r < 0.6:
        start = lt(now, w.plant).date() - dt.timedelta(days=R.randint(0, 3))
        o = {"asctime": t, "name": "h5surv.enroll", "levelname": "INFO",
             "message": "worker enrolled in 10-day symptom monitoring",
             "worker": {"badge": L(w.badge, "other_id"), "name": L(w.full, "name"),
                        "phone": L(ph_fmt(w.phone, 2), "phone"), "lang": w.lang},
             "exposure": R.choice(["live hang - suspect flock", "depopulation assist crew", "eviscerator cleaning",
                                   "carcass disposal"]),
             "monitoring_start": L(start.isoformat(), "date"),
             "monitoring_end": L((start + dt.timedelta(days=10)).isoformat(), "date"),
             "ppe": R.choice(["N95+goggles", "PAPR", "N95 only", "none reported"])}
    else:
        spec = f"H5S-24-{R.randint(100, 1999):06d}"
        o = {"asctime": t, "name": "h5surv.checkin", "levelname": R.choice(["INFO", "WARNING"]),
             "message": "symptom check-in processed",
             "badge": L(w.badge, "other_id"), "day": R.randint(1, 10),
             "fever": R.random() < 0.2, "conjunctivitis": R.random() < 0.3, "cough": R.random() < 0.3,
             "action": R.choice(["none", "test_ordered", "nurse_callback"])}
        if o["action"] == "test_ordered":
            o["specimen_id"] = L(spec, "other_id")
            o["collect_dt"] = L(lt(now, w.plant).date().isoformat(), "date")
    return [J("h5surv_json", o, compact=False, ea=True)]


def hl7ts(now, plant):
    return lt(now, plant).strftime("%Y%m%d%H%M%S") + PLANTS[plant]["tzn"].replace("EDT", "-0400").replace("CDT", "-0500")


def g_hl7(now, w=None):
    w = w or wk()
    p = PLANTS[w.plant]
    st = R.choice([s for s in STAFF[w.plant] if s[2] in ("MD", "NP", "FNP")])
    ts = hl7ts(now, w.plant)
    spec = f"H5S-24-{R.randint(100, 1999):06d}"
    acc = f"{p['lab'].split()[0]}24{R.randint(100000, 999999)}"
    ordn = f"ORD{R.randint(700000, 799999)}"
    coll = lt(now, w.plant) - dt.timedelta(hours=R.randint(5, 30), minutes=R.randint(0, 59))
    coll_s = coll.strftime("%Y%m%d%H%M")
    out = []
    oru = R.random() < 0.65
    if oru:
        out.append(T("hl7v2", "MSH|^~\\&|STARLIMS|«lab»|CLINTRAK|BLUESTEM «pl»|«ts»||ORU^R01^ORU_R01|«cid»|P|2.5.1|||AL|NE",
                     lab=p["lab"], pl=w.plant, ts=ts, cid=f"PHL{ts[:8]}{R.randint(1000, 9999)}"))
    else:
        out.append(T("hl7v2", "MSH|^~\\&|CLINTRAK|BLUESTEM «pl»|STARLIMS|«lab»|«ts»||OML^O21^OML_O21|«cid»|P|2.5.1",
                     lab=p["lab"], pl=w.plant, ts=ts, cid=f"CT{R.randint(10 ** 9, 10 ** 10 - 1)}"))
    ln = Ln("hl7v2")
    ln.t("PID|1||").p(w.mrn, "mrn").t("^^^BLUESTEM^MR~").p(w.badge, "other_id").t("^^^BLUESTEM^EI||")
    ln.p(f"{w.family}^{w.given}", "name").t("^^^^L||").p(w.dob.strftime("%Y%m%d"), "date").t(f"|{w.sex}|||")
    addr = w.street + (("^" + w.unit) if w.unit else "^") + "^" + w.city
    ln.p(addr, "address").t(f"^{p['st']}^").p(w.zip, "zip").t("^USA^H||")
    ln.p(ph_fmt(w.phone, 0).replace(" ", ""), "phone").t("^PRN^PH|||")
    ln.t({"es": "SPA", "ht": "HAT", "my": "BUR", "kar": "KAR"}.get(w.lang, "ENG") + "^^HL70296")
    out.append(ln)
    out.append(T("hl7v2", "PV1|1|O|«pl»-OHC^^^BLUESTEM||||«npi»^«fam»^«giv»^^^«cred»|||||||||||«vn»",
                 pl=w.plant, npi=STAFF_NPI[st[1]], fam=st[1], giv=st[0], cred=st[2], vn=L(enc_id(), "other_id")))
    out.append(T("hl7v2", "ORC|«oc»|«ordn»|«spec»||«stat»",
                 oc="RE" if oru else "NW", ordn=ordn, spec=L(spec, "other_id"), stat="CM" if oru else "IP"))
    out.append(T("hl7v2", "OBR|1|«ordn»|«spec»|INFA-H5^Influenza A H5 subtyping RT-PCR^L|||«coll»|||||||||«npi»^«fam»^«giv»||||||«rts»|||F",
                 ordn=ordn, spec=L(spec, "other_id"), coll=L(coll_s, "date"), npi=STAFF_NPI[st[1]], fam=st[1], giv=st[0],
                 rts=ts[:12] if oru else ""))
    if oru:
        res = ("260373001", "Detected") if R.random() < 0.04 else ("260415000", "Not detected")
        out.append(T("hl7v2", "OBX|1|CWE|34487-9^Influenza virus A Ag^LN||«c»^«d»^SCT||||||F|||«ts»",
                     c=res[0], d=res[1], ts=ts[:12]))
        out.append(T("hl7v2", "OBX|2|CWE|80588-3^Influenza virus A H5 RNA^LN||«c»^«d»^SCT||||||F|||«ts»|||||||||«lab» Molecular^^^^^CLIA&«clia»&CLIA",
                     c=res[0], d=res[1], ts=ts[:12], lab=p["lab"], clia=f"{R.randint(10, 99)}D{R.randint(1000000, 9999999)}"))
        out.append(T("hl7v2", "SPM|1|«spec»||258500001^Nasopharyngeal swab^SCT|||||||||||||«coll»|«recv»",
                     spec=L(spec + "&" + acc, "other_id"), coll=L(coll_s, "date"),
                     recv=L((coll + dt.timedelta(hours=R.randint(3, 9))).strftime("%Y%m%d%H%M"), "date")))
        out.append(T("hl7v2", "NTE|1|L|Worker surveillance per «dph» H5N1 protocol; CT values available on request."
                              , dph=p["dph"]))
    else:
        out.append(T("hl7v2", "SPM|1|«spec»||258500001^Nasopharyngeal swab^SCT|||||||||||||«coll»",
                     spec=L(spec, "other_id"), coll=L(coll_s, "date")))
    return out


def g_fhir(now, w=None):
    if w is None and R.random() < 0.3:
        t = iso_z(now)
        return [T("elr_bridge", '«t» INFO  [elr-bridge] POST https://elr.«st».gov/fhir/Bundle -> 201 Created (bundle «b», «n» entries, «ms» ms, client cert CN=bluestem-ohc-elr serial «ser»)',
                  t=t, st=R.choice(["dph.ga", "ncdhhs", "healthy.arkansas"]), b=uuid4(), n=R.randint(2, 14),
                  ms=R.randint(80, 900), ser=":".join(hexs(2).upper() for _ in range(8)))]
    w = w or wk()
    p = PLANTS[w.plant]
    if R.random() < 0.55:
        tel = [{"system": "phone", "value": L(ph_fmt(w.phone, 2), "phone"), "use": "mobile"}]
        if R.random() < 0.4:
            tel.append({"system": "email", "value": L(w.email, "email")})
        line = [L(w.street, "address")] + ([L(w.unit, "address")] if w.unit else [])
        o = {"resourceType": "Patient", "id": L(w.fhir_id, "other_id"),
             "meta": {"versionId": str(R.randint(1, 6)), "lastUpdated": iso_z(now)},
             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:2.16.840.1.113883.3.9921.1." + p["num"], "value": L(w.mrn, "mrn")},
                            {"system": "https://bluestempoultry.com/badge", "value": L(w.badge, "other_id")}],
             "name": [{"use": "official", "family": L(w.family, "name"), "given": [L(w.given, "name")]}],
             "telecom": tel, "gender": "male" if w.sex == "M" else "female",
             "birthDate": L(w.dob.isoformat(), "date"),
             "address": [{"line": line, "city": L(w.city, "address"), "state": p["st"], "postalCode": L(w.zip, "zip")}],
             "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": {"es": "es", "ht": "ht", "my": "my", "kar": "ksw"}.get(w.lang, "en")}]}, "preferred": True}]}
    else:
        coll = lt(now, w.plant) - dt.timedelta(hours=R.randint(4, 28))
        o = {"resourceType": "Observation", "id": f"obs-{uuid4()[:13]}", "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "80588-3", "display": "Influenza virus A H5 RNA"}]},
             "subject": {"reference": LabP("Patient/", w.fhir_id, "other_id"), "display": L(w.full, "name")},
             "effectiveDateTime": L(coll.strftime("%Y-%m-%dT%H:%M:00") + off(w.plant), "date"),
             "specimen": {"identifier": {"value": L(f"H5S-24-{R.randint(100, 1999):06d}", "other_id")}},
             "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "260415000", "display": "Not detected"}]},
             "performer": [{"display": p["lab"]}]}
    return [J("fhir", o)]


X12_CTL = [4127]


def _seg(_s, **kw):
    return T("x12", _s + "~", **kw)


def x12_env(now, kind, gs_code, ver):
    X12_CTL[0] += 1
    c = X12_CTL[0]
    d6 = now.strftime("%y%m%d")
    hm = now.strftime("%H%M")
    snd, rcv = ("BLUESTEMOHC", "MERIDIANBA") if kind in ("837", "270") else ("MERIDIANBA", "BLUESTEMOHC")
    head = [_seg(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{d6}*{hm}*^*00501*{c:09d}*0*P*:"),
            _seg(f"GS*{gs_code}*{snd}*{rcv}*20{d6}*{hm}*{c}*X*{ver}"),
            _seg(f"ST*{kind}*0001*{ver}")]
    return c, head


def x12_tail(c, nseg):
    return [_seg(f"SE*{nseg}*0001"), _seg(f"GE*1*{c}"), _seg(f"IEA*1*{c:09d}")]


def g_x12_837(now):
    w = wk()
    p = PLANTS[w.plant]
    st = R.choice([s for s in STAFF[w.plant] if s[2] in ("MD", "NP", "FNP")])
    c, out = x12_env(now, "837", "HC", "005010X222A1")
    out.append(_seg(f"BHT*0019*00*BSO{c}*{now.strftime('%Y%m%d')}*{now.strftime('%H%M')}*CH"))
    out.append(_seg("NM1*41*2*BLUESTEM POULTRY OCC HEALTH*****46*BSOHC01"))
    out.append(_seg(f"PER*IC*CLAIMS DESK*TE*{re.sub(r'[^0-9]', '', p['clinic_phone'])}"))
    out.append(_seg("NM1*40*2*MERIDIAN BENEFIT ADMIN*****46*MBA7781"))
    out.append(_seg("HL*1**20*1"))
    out.append(_seg(f"NM1*85*2*BLUESTEM OCC HEALTH {w.plant}*****XX*{ORG_NPI[w.plant]}"))
    out.append(_seg(f"N3*{p['addr'].upper()}"))
    out.append(_seg(f"N4*{p['city'].upper()}*{p['st']}*{p['zip']}{R.randint(1000, 9999)}"))
    out.append(_seg("REF*EI*582214903"))
    dep = w.spouse is not None and R.random() < 0.5
    out.append(_seg(f"HL*2*1*22*{1 if dep else 0}"))
    out.append(_seg(f"SBR*P*{'' if dep else '18'}*BSPHP0001******12"))
    out.append(_seg("NM1*IL*1*«l»*«f»****MI*«m»", l=L(w.family.upper(), "name"), f=L(w.given.upper(), "name"),
                    m=L(w.member + "01", "health_plan")))
    out.append(_seg("N3*«a»", a=L((w.street + (" " + w.unit if w.unit else "")).upper(), "address")))
    out.append(_seg("N4*«c»*«s»*«z»", c=L(w.city.upper(), "address"), s=p["st"], z=L(w.zip, "zip")))
    out.append(_seg("DMG*D8*«d»*«g»", d=L(w.dob.strftime("%Y%m%d"), "date"), g=w.sex))
    out.append(_seg("NM1*PR*2*BLUESTEM EMPLOYEE HEALTH PLAN*****PI*BSPHP"))
    if dep:
        out.append(_seg("HL*3*2*23*0"))
        out.append(_seg("PAT*01"))
        fam = w.family
        giv = w.spouse[: -len(fam) - 1]
        out.append(_seg("NM1*QC*1*«l»*«f»", l=L(fam.upper(), "name"), f=L(giv.upper(), "name")))
        out.append(_seg("DMG*D8*«d»*«g»", d=L(w.spouse_dob.strftime("%Y%m%d"), "date"), g="F" if w.sex == "M" else "M"))
    pcn = f"{w.plant}{R.randint(1000000, 9999999)}"
    amt = R.choice([95, 145, 185, 210])
    out.append(_seg("CLM*«p»*«a»***11:B:1*Y*A*Y*Y", p=L(pcn, "account"), a=amt))
    out.append(_seg(f"HI*ABK:{R.choice(['J069', 'M25531', 'G5601', 'R051', 'Z0000'])}"))
    out.append(_seg(f"NM1*82*1*{st[1].upper()}*{st[0].upper()}****XX*{STAFF_NPI[st[1]]}"))
    out.append(_seg("LX*1"))
    out.append(_seg(f"SV1*HC:{R.choice(['99213', '99214', '87502', '99203'])}*{amt}*UN*1***1"))
    out.append(_seg("DTP*472*D8*«d»", d=L(days_ago(0, 6).strftime("%Y%m%d"), "date")))
    out += x12_tail(c, len(out) - 1)
    return out


def g_x12_271(now):
    w = wk()
    c, out = x12_env(now, "271", "HB", "005010X279A1")
    out.append(_seg(f"BHT*0022*11*{uuid4().replace('-', '')[:20].upper()}*{now.strftime('%Y%m%d')}*{now.strftime('%H%M%S')}"))
    out.append(_seg("HL*1**20*1"))
    out.append(_seg("NM1*PR*2*BLUESTEM EMPLOYEE HEALTH PLAN*****PI*BSPHP"))
    out.append(_seg("HL*2*1*21*1"))
    out.append(_seg(f"NM1*1P*2*BLUESTEM OCC HEALTH {w.plant}*****XX*{ORG_NPI[w.plant]}"))
    out.append(_seg("HL*3*2*22*0"))
    if True:  # the one 271 in this window is the Medicare-primary retiree
        r = RETIREE
        out.append(_seg("NM1*IL*1*«l»*«f»****MI*«m»", l=L(r.family.upper(), "name"), f=L(r.given.upper(), "name"),
                        m=L(r.member + "01", "health_plan")))
        out.append(_seg("REF*F6*«m»", m=L(r.mbi, "health_plan")))
        out.append(_seg("N3*«a»", a=L(r.street.upper(), "address")))
        out.append(_seg("N4*«c»*GA*«z»", c=L(r.city.upper(), "address"), z=L(r.zip, "zip")))
        out.append(_seg("DMG*D8*«d»*M", d=L(r.dob.strftime("%Y%m%d"), "date")))
        out.append(_seg("EB*1*IND*30*C1*RETIREE MEDICAL SUPPLEMENT"))
        out.append(_seg("EB*R**30*MA**MEDICARE PRIMARY"))
    else:
        out.append(_seg("NM1*IL*1*«l»*«f»****MI*«m»", l=L(w.family.upper(), "name"), f=L(w.given.upper(), "name"),
                        m=L(w.member + "01", "health_plan")))
        out.append(_seg("DMG*D8*«d»*«g»", d=L(w.dob.strftime("%Y%m%d"), "date"), g=w.sex))
        out.append(_seg("DTP*346*D8*«d»", d=L(w.hire.replace(day=1).strftime("%Y%m%d") if w.hire.year < 2024 else "20240101", "date")))
        out.append(_seg("EB*1*FAM*30*PR*BLUESTEM PPO 1500"))
        out.append(_seg("EB*C*IND*30***23*1500*****Y"))
        out.append(_seg("EB*C*IND*30***29*" + str(R.randint(0, 1500)) + "*****Y"))
    out += x12_tail(c, len(out) - 1)
    return out


def g_x12_835(now):
    c, out = x12_env(now, "835", "HP", "005010X221A1")
    out.append(_seg(f"BPR*I*{R.randint(400, 5000)}.{R.randint(0, 99):02d}*C*ACH*CCP*01*061000104*DA*{digits(10)}*1582214903**01*053000196*DA*{digits(9)}*{now.strftime('%Y%m%d')}"))
    out.append(_seg(f"TRN*1*{digits(12)}*1582214903"))
    out.append(_seg("N1*PR*BLUESTEM EMPLOYEE HEALTH PLAN"))
    out.append(_seg("N1*PE*BLUESTEM OCC HEALTH*XX*" + ORG_NPI["GNV"]))
    for _ in range(R.randint(1, 2)):
        w = wk()
        pcn = f"{w.plant}{R.randint(1000000, 9999999)}"
        b = R.choice([95, 145, 185])
        paid = round(b * R.uniform(0.55, 0.8), 2)
        out.append(_seg("CLP*«p»*1*«b»*«pd»*«pr»*12*«icn»*11*1", p=L(pcn, "account"), b=b, pd=f"{paid:.2f}",
                        pr=f"{b - paid:.2f}", icn=L(f"MBA24{R.randint(10 ** 8, 10 ** 9 - 1)}", "other_id")))
        out.append(_seg("NM1*QC*1*«l»*«f»****MI*«m»", l=L(w.family.upper(), "name"), f=L(w.given.upper(), "name"),
                        m=L(w.member + "01", "health_plan")))
        out.append(_seg("DTM*232*«d»", d=L(days_ago(3, 20).strftime("%Y%m%d"), "date")))
        out.append(_seg(f"CAS*CO*45*{b - paid:.2f}"))
    out += x12_tail(c, len(out) - 1)
    return out


def g_x12_999(now):
    c, out = x12_env(now, "999", "FA", "005010X231A1")
    out.append(_seg(f"AK1*HC*{X12_CTL[0] - R.randint(1, 3)}*005010X222A1"))
    out.append(_seg("AK2*837*0001*005010X222A1"))
    out.append(_seg("IK5*A"))
    out.append(_seg("AK9*A*1*1*1"))
    out += x12_tail(c, len(out) - 1)
    return out


def g_tpa_csv(now, header=False):
    out = []
    if header:
        out.append(T("tpa_csv", "claim_id,member_id,rel,pat_last,pat_first,pat_dob,mbr_age,dos_from,dos_to,cpt,icd10,billed,allowed,plan_paid,mbr_resp,prov_npi,prov_name,status,adj_dt"))
    for _ in range(R.randint(1, 3)):
        rr = R.random()
        if rr < 0.12:
            r = RETIREE
            last, first, dob, mem, rel, age = r.family, r.given, r.dob, r.member + "01", "SUB", r.age
        else:
            w = wk()
            rel = R.choice(["SUB", "SUB", "SUB", "SPS", "DEP"])
            if rel == "SPS" and w.spouse:
                first, last, dob, mem = w.spouse[: -len(w.family) - 1], w.family, w.spouse_dob, w.member + "02"
            elif rel == "DEP" and w.kid:
                first, last, dob, mem = w.kid[: -len(w.family) - 1], w.family, w.kid_dob, w.member + "03"
            else:
                rel, first, last, dob, mem = "SUB", w.given, w.family, w.dob, w.member + "01"
            age = (BASE_DATE - dob).days // 365
        dos = days_ago(4, 40)
        b = R.choice([125.0, 210.0, 64.5, 1840.0, 388.0, 95.0])
        al = round(b * R.uniform(0.4, 0.8), 2)
        pd = round(al * 0.8, 2)
        prov = R.choice([("Northeast Georgia Physicians Group", npi()), ("Bluestem OCC Health", ORG_NPI["GNV"]),
                         ("Mercy Clinic Springdale", npi()), ("Carolinas HC Blue Ridge", npi()),
                         ("Walgreens #11873", npi())])
        age_lab = L(str(age), "age") if age > 89 else str(age)
        out.append(T("tpa_csv", "«cid»,«m»,«rel»,«l»,«f»,«dob»,«age»,«d1»,«d2»,«cpt»,«icd»,«b»,«al»,«pd»,«mr»,«npi»,«pn»,«st»,«adj»",
                     cid=L(f"MBA24{R.randint(10 ** 8, 10 ** 9 - 1)}", "other_id"), m=L(mem, "health_plan"), rel=rel,
                     l=L(last, "name"), f=L(first, "name"), dob=L(dob.strftime("%m/%d/%Y"), "date"), age=age_lab,
                     d1=L(dos.strftime("%m/%d/%Y"), "date"), d2=L(dos.strftime("%m/%d/%Y"), "date"),
                     cpt=R.choice(["99213", "97110", "73110", "J1885", "99284", "87502"]),
                     icd=R.choice(["G56.01", "M25.512", "J06.9", "S61.210A", "Z00.00", "E11.9"]),
                     b=f"{b:.2f}", al=f"{al:.2f}", pd=f"{pd:.2f}", mr=f"{al - pd:.2f}", npi=prov[1], pn=prov[0],
                     st=R.choice(["PAID", "PAID", "PEND", "DENY-COB"]), adj=now.strftime("%Y-%m-%d")))
    return out


def g_interp(now):
    w = wk(langs=["es", "ht", "my", "kar"])
    st = staff(w.plant)
    start = now - dt.timedelta(minutes=R.randint(5, 40))
    mins = R.randint(3, 38)
    note = ""
    ln = Ln("interp_csv")
    ln.t(f"LB-{R.randint(10 ** 7, 10 ** 8 - 1)},{start.strftime('%Y-%m-%d %H:%M:%S')},{mins},{LANG_NAME[w.lang]},")
    ln.t(f"{R.choice(['OPI', 'VRI', 'VRI'])},{ {'es': 'SP', 'ht': 'HC', 'my': 'BU', 'kar': 'KA'}[w.lang]}-{R.randint(10000, 99999)},")
    ln.t(f"BLUESTEM-{w.plant}-OHC,{st[0][0]}. {st[1]},CC-{6100 + int(PLANTS[w.plant]['num'])},")
    rr = R.random()
    if rr < 0.35:
        ln.t('"pt: ').p(w.full, "name").t('"')
    elif rr < 0.55:
        ln.t("MRN ").p(w.mrn, "mrn")
    else:
        ln.t(R.choice(["", "NH3 drill briefing", "group H5 consent session", "", "dropped call, reconnected"]))
    ln.t(f",{R.choice(['1.15', '1.15', '1.95', '2.40'])}")
    return [ln]


def call_name(w):
    return w.given.split()[-1] if w.lang == "vi" else w.given.split()[0]


def sms_body(w, kind):
    d = days_ahead(1, 4, BASE_DATE)
    hh = R.choice(["7:30", "10:00", "13:30", "15:15"])
    if kind == "appt":
        if w.lang == "es":
            return [("Hola ", None), (call_name(w), "name"),
                    (f", le recordamos su cita en la clínica de la Planta {PLANTS[w.plant]['num']} el ", None),
                    (d.strftime("%d/%m"), "date"), (f" a las {hh}. Responda SI para confirmar o llame al {PLANTS[w.plant]['clinic_phone']}.", None)]
        if w.lang == "ht":
            mois = ["", "janvye", "fevriye", "mas", "avril", "me", "jen"][d.month]
            return [("Bonjou ", None), (call_name(w), "name"),
                    (", ou gen randevou nan klinik la ", None), (f"{d.day} {mois}", "date"),
                    (f" a {hh}. Reponn 1 pou konfime, 2 pou chanje.", None)]
        if w.lang == "my":
            return [("မင်္ဂလာပါ ", None), (w.full, "name"), ("၊ ", None), (d.strftime("%d-%m-%Y"), "date"),
                    (f" {hh} တွင် ဆေးခန်း၌ ချိန်းဆိုထားပါသည်။ အတည်ပြုရန် 1 ကို ပြန်ပို့ပါ။", None)]
        if w.lang == "kar":
            return [("ဟဲလိၣ် ", None), (w.full, "name"), (", နတၢ်ဆၢတဲာ် ", None), (d.strftime("%d/%m/%Y"), "date"),
                    (f" {hh} ဖဲ တၢ်ကူစါဟံၣ်. ဆှၢက့ၤ 1 (Karen)", None)]
        return [("Hi ", None), (call_name(w), "name"), (", reminder: clinic appt ", None),
                (d.strftime("%m/%d"), "date"), (f" at {hh}. Reply Y to confirm.", None)]
    # H5 daily check
    if w.lang == "es":
        return [(call_name(w), "name"), (": control diario H5. ¿Tiene fiebre, tos, ojos rojos o dolor de garganta hoy? Responda SI o NO.", None)]
    if w.lang == "ht":
        return [(call_name(w), "name"), (": swivi H5 chak jou. Èske ou gen lafyèv, tous, je wouj oswa mal gòj jodi a? Reponn WI oswa NON.", None)]
    if w.lang == "my":
        return [(w.full, "name"), (" - H5 နေ့စဉ်စစ်ဆေးမှု။ ယနေ့ ဖျားခြင်း၊ ချောင်းဆိုးခြင်း၊ မျက်စိနီခြင်း ရှိပါသလား။ ဟုတ် / မဟုတ် ပြန်ပို့ပါ။", None)]
    if w.lang == "kar":
        return [(w.full, "name"), (" - H5 တၢ်သမံသမိး. မ့ၢ်နလီၤကိၢ်, ကူး, မဲာ်ချံဂ့ၤ ဧါ. ဆှၢက့ၤ YES မ့ၢ်ဝဲ NO.", None)]
    return [(call_name(w), "name"), (": daily H5 check. Fever, cough, red eyes or sore throat today? Reply YES or NO.", None)]


def g_sms(now):
    w = wk()
    t = iso_z(now)
    frm = {"GNV": "+17705348121", "SPD": "+14797512291", "MGN": "+18284376611"}[w.plant]
    r = R.random()
    ln = Ln("sms_gw")
    if r < 0.55:
        kind = R.choice(["appt", "h5", "h5"])
        ln.t(f"time={t} level=info svc=sms-gw msg=\"outbound sms\" sid=SM{hexs(32)} to=")
        ln.p(ph_fmt(w.phone, 2), "phone")
        ln.t(f" from={frm} campaign={'appt_reminder' if kind == 'appt' else 'h5_daily'} lang={w.lang} ")
        body = sms_body(w, kind)
        enc = "UCS-2" if any(ord(ch) > 127 for seg, _ in body for ch in seg) else "GSM-7"
        ln.t(f"encoding={enc} body=\"")
        for seg, c in body:
            ln.p(seg, c)
        ln.t("\" status=queued")
    elif r < 0.8:
        rep = {"es": ["SI", "NO", "si tengo tos desde ayer", "no"], "ht": ["WI", "NON", "je m wouj depi yè", "1"],
               "my": ["မဟုတ်", "ဟုတ်ကဲ့ ဖျားနေတယ်", "1"], "kar": ["NO", "YES", "1"]}.get(w.lang, ["Y", "NO", "STOP"])
        ln.t(f"time={t} level=info svc=sms-gw msg=\"inbound sms\" sid=SM{hexs(32)} from=")
        ln.p(ph_fmt(w.phone, 2), "phone")
        ln.t(f" to={frm} body=\"{R.choice(rep)}\" matched_campaign=h5_daily")
    else:
        ln.t(f"time={t} level={R.choice(['info', 'warn'])} svc=sms-gw msg=\"delivery receipt\" sid=SM{hexs(32)} status=")
        ln.t(R.choice(["delivered", "delivered", "undelivered err=30003", "failed err=30006"]))
        ln.t(f" carrier={R.choice(['T-Mobile USA', 'Verizon Wireless', 'AT&T Wireless', 'Boost'])} price=-0.0079 segments={R.randint(1, 3)}")
    return [ln]


SCADA_TAGS = [("ER_NH3_AE01", "Engine Room"), ("ER_NH3_AE03", "Engine Room"), ("EV_NH3_AE12", "Evisc Cooler"),
              ("CP_NH3_AE21", "Chill/Pack Penthouse"), ("BF_NH3_AE30", "Blast Freezer 2")]


def g_scada(now, plant=None, val=None, sev=None, text=None, tz=None):
    plant = plant or R.choice(list(PLANTS))
    loc = lt(now, plant)
    tag, zone = tz or R.choice(SCADA_TAGS)
    host = f"{plant.lower()}-scada-01"
    if text is None:
        rr = R.random()
        if rr < 0.5:
            val = round(R.uniform(0, 9), 1)
            sev = "INFO"
            text = f"NH3 detector {tag[-4:]} reading normal"
        elif rr < 0.75:
            c = R.randint(1, 4)
            return [T("scada_syslog", "<134>1 «t» «h» FactoryTalk 3312 CMPSTAT [cmp@41717 unit=\"Frick RWF II #«c»\" suct_psig=\"«s»\" disch_psig=\"«d»\" oil_f=\"«o»\" sv_pct=\"«sv»\"] compressor «c» running",
                      t=loc.isoformat(timespec="milliseconds") + off(plant), h=host, c=c, s=round(R.uniform(14, 22), 1),
                      d=round(R.uniform(140, 175), 1), o=R.randint(118, 136), sv=R.randint(40, 100))]
        else:
            return [T("scada_syslog", "<133>1 «t» «h» FactoryTalk 3312 OPACK [op@41717 user=\"«u»\" station=\"ENG-HMI-«n»\"] alarm «a» acknowledged",
                      t=loc.isoformat(timespec="milliseconds") + off(plant), h=host,
                      u=R.choice({"GNV": ["jsalinas", "cwoodall"], "SPD": ["tmcghee", "bnorris"], "MGN": ["rashby", "ops-shift2"]}[plant]), n=R.randint(1, 3),
                      a=f"ALM-{R.randint(10000, 99999)}")]
    pri = {"INFO": 134, "HI": 132, "HIHI": 130}.get(sev, 131)
    return [T("scada_syslog", "<«p»>1 «t» «h» FactoryTalk 3312 NH3ALM [alarm@41717 tag=\"«tag»\" zone=\"«z»\" val=\"«v»\" unit=\"ppm\" sev=\"«s»\"] «x»",
              p=pri, t=loc.isoformat(timespec="milliseconds") + off(plant), h=host, tag=tag, z=zone, v=val, s=sev, x=text)]


DOCK_SERIALS = {}


def dock_serial(w):
    if w not in DOCK_SERIALS:
        DOCK_SERIALS[w] = f"NA{R.randint(216, 224)}-{R.randint(1, 9999):06d}"
    return DOCK_SERIALS[w]


def g_gasdock(now, w=None, peak=None):
    plant = w.plant if w else R.choice(list(PLANTS))
    loc = lt(now, plant)
    ln = Ln("gasdock_csv")
    ln.t(f"{loc.strftime('%Y-%m-%d %H:%M:%S')},{plant}-DOCK-0{R.randint(1, 3)},")
    if w is None:
        ln.t(f"NA{R.randint(216, 224)}-{R.randint(1, 9999):06d},GasAlertExtreme NH3,POOL,,0.0,0.0,0,")
        ln.t(R.choice(["BUMP PASS", "BUMP PASS", "CAL DUE 14d", "BUMP FAIL sensor"]) + f",fw 3.1{R.randint(0, 4)}")
        return [ln]
    ln.p(dock_serial(w), "device").t(",GasAlertExtreme NH3,")
    ln.p(w.lf, "name").t(",").p(w.badge, "other_id")
    pk = peak if peak is not None else round(R.uniform(0, 6), 1)
    ln.t(f",{pk},{round(pk * R.uniform(0.05, 0.3), 1)},{1 if pk >= 25 else 0},")
    ln.t("BUMP PASS" if pk < 25 else "ALARM HIGH 25ppm").t(",fw 3.12")
    return [ln]


WEAR = {}


def wear(w):
    if w not in WEAR:
        WEAR[w] = (f"ES-{R.randint(4400, 4499)}-{R.randint(1000, 9999)}",
                   ":".join(["F4", "12", "FA"] + [hexs(2).upper() for _ in range(3)]))
    return WEAR[w]


def g_ergo(now):
    plant = R.choice(list(PLANTS))
    line = R.choice(["DB3", "DB1", "WL1", "CN4", "EV2"])
    t = iso_z(now, 0)
    if R.random() < 0.4:
        rr = R.random()
        if rr < 0.5:
            return [T("ergo_logfmt", "ts=«t» svc=ergo-sense lvl=info plant=«p» line=«l» msg=\"shift aggregate\" bpm=«b» workers=«n» hi_risk_pct=«h» avg_rula=«r» rotation_compliance=«rc»",
                      t=t, p=plant, l=line, b=R.choice([140, 140, 175, 70]), n=R.randint(18, 64), h=round(R.uniform(8, 35), 1),
                      r=round(R.uniform(3.1, 5.9), 1), rc=f"{R.randint(60, 99)}%")]
        return [T("ergo_logfmt", "ts=«t» svc=ergo-sense lvl=info plant=«p» msg=\"ota update\" sensor=«s» fw_from=2.3.1 fw_to=2.4.0 batt=«b»%",
                  t=t, p=plant, s=f"ES-{R.randint(4400, 4499)}-{R.randint(1000, 9999)}", b=R.randint(30, 100))]
    w = wk(plant)
    s, mac = wear(w)
    ln = Ln("ergo_logfmt")
    ln.t(f"ts={t} svc=ergo-sense lvl={R.choice(['info', 'warn'])} plant={plant} line={line} station={R.choice(['wing-cut', 'thigh-debone', 'breast-cap', 'tender-pull'])}-{R.randint(1, 24):02d} ")
    ln.t("sensor=").p(s, "device").t(" mac=").p(mac, "device").t(" worker=").p(w.badge, "other_id")
    ln.t(f" lifts_hr={R.randint(200, 900)} hi_risk_pct={round(R.uniform(5, 48), 1)} rula={R.randint(3, 7)} ")
    ln.t(f"alert={R.choice(['none', 'shoulder_flexion', 'wrist_deviation', 'trunk_bend'])}")
    return [ln]


def photo_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(60))
    return base64.b64encode(raw).decode()


def g_hris(now):
    w = wk()
    loc = lt(now, w.plant)
    t = loc.strftime("%Y-%m-%d %H:%M:%S")
    cand = f"C-2024-{R.randint(10000, 19999)}"
    rr = R.random()
    ln = Ln("hris_kv")
    if rr < 0.15:
        ln.t(f"{t} INFO  [wd-int] event=IntegrationRun status=OK records={R.randint(3, 40)} duration_ms={R.randint(800, 9000)} tenant=bluestem_prod endpoint=https://wd5-services1.myworkday.com/ccx/service/bluestem_prod/Human_Resources/v42.0")
        return [ln]
    hire = days_ahead(3, 14)
    ln.t(f"{t} INFO  [wd-int] event=PrePlacementPhysicalOrder cand_id=").p(cand, "other_id")
    ln.t(' legal_nm="').p(w.lf, "name").t('" dob=').p(w.dob.isoformat(), "date")
    if R.random() < 0.15:
        ln.t(" ssn=000000000 ssn_status=pending")
    else:
        ln.t(" tin=").p(w.ssn.replace("-", ""), "ssn")
    ln.t(" hire_dt=").p(hire.isoformat(), "date")
    job = R.choice(JOBS)
    ln.t(f' job="{job}" plant={w.plant} shift={R.choice(["1st", "2nd", "3rd"])} lang={w.lang}')
    if job in ("Live haul driver",):
        ln.t(" dot_exam=Y cdl=").p(f"{PLANTS[w.plant]['st']} {digits(9 if w.plant != 'GNV' else 9)}", "license")
        ln.t(f" nrcme_examiner={digits(10)}")
    elif job == "Forklift operator":
        ln.t(" pit_cert=").p(f"PIT-{w.plant}-{R.randint(1000, 9999)}", "license")
    ln.t(" mobile=").p(ph_fmt(w.phone, 1), "phone")
    if R.random() < 0.5:
        ln.t(" email=").p(w.email, "email")
    ln.t(' ec="').p(w.ec_name, "name").t(f" ({w.ec_rel}) ").p(ph_fmt(w.ec_phone, 0), "phone").t('"')
    if R.random() < 0.4:
        ln.t(f" ccf=").p(digits(7), "other_id").t(" drug_panel=DOT5" if job == "Live haul driver" else " drug_panel=NON-DOT10")
    if R.random() < 0.25:
        b = photo_b64()
        ln.t(" badge_photo=").p(b, "photo")
    return [ln]


def g_nginx(now):
    plant = R.choice(list(PLANTS))
    loc = lt(now, "GNV")
    tstr = loc.strftime("%d/%b/%Y:%H:%M:%S -0400")
    rr = R.random()
    ua_m = R.choice(["Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
                     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Linux; Android 12; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"])
    if rr < 0.25:
        ip = R.choice(["10.40.3.11", "10.52.3.11", "10.61.3.12"])
        return [T("nginx_access", "«ip» - - [«t»] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 upstream=10.0.14.22:8080",
                  ip=ip, t=tstr)]
    if rr < 0.35:
        return [T("nginx_access", "66.249.66.«o» - - [«t»] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002 upstream=-",
                  o=R.randint(1, 200), t=tstr)]
    w = wk()
    out = []
    kiosk = R.random() < 0.25
    ip = L(w.ip, "ip") if not kiosk else f"10.{ {'GNV': 40, 'SPD': 52, 'MGN': 61}[w.plant]}.20.{R.randint(10, 40)}"
    ua = ua_m if not kiosk else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 BluestemKiosk/2.2"
    path = R.choice([f"/portal/appointments?mrn={w.mrn}", f"/portal/claims?member={w.member}01&year=2024",
                     f"/portal/results/h5?mrn={w.mrn}&lang={w.lang}", f"/portal/id-card.pdf?member={w.member}01"])
    out.append(T("nginx_access", "«ip» - - [«t»] \"GET «u» HTTP/1.1\" 200 «sz» \"https://myhealth.bluestempoultry.com/portal/home\" \"«ua»\" rt=«rt» upstream=10.0.14.2«n»:8080",
                 ip=ip, t=tstr, u=L(path, "url"), sz=R.randint(900, 48000), ua=ua, rt=f"{R.uniform(0.01, 0.6):.3f}", n=R.randint(1, 3)))
    if R.random() < 0.6:
        out.append(T("nginx_access", "«ip» - - [«t»] \"GET /static/js/portal.«h».js HTTP/1.1\" 304 0 \"https://myhealth.bluestempoultry.com/portal/home\" \"«ua»\" rt=0.000 upstream=-",
                     ip=ip, t=tstr, h=hexs(8), ua=ua))
    return out


def g_java(now):
    w = wk()
    t = lt(now, "GNV").strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d}"
    th = f"pool-3-thread-{R.randint(1, 12)}"
    out = []
    if R.random() < 0.5:
        dos = days_ago(1, 9)
        out.append(T("java_trace", "«t» ERROR 1 --- [«th»] c.b.benefits.elig.EligibilityService    : Eligibility lookup failed for member «m» (dob «d»)",
                     t=t, th=th, m=L(w.member + "01", "health_plan"), d=L(w.dob.isoformat(), "date")))
        out.append(T("java_trace", "com.bluestem.benefits.elig.MemberNotFoundException: No active coverage for «m» on «d»",
                     m=L(w.member + "01", "health_plan"), d=L(dos.isoformat(), "date")))
        frames = ["com.bluestem.benefits.elig.EligibilityService.lookup(EligibilityService.java:214)",
                  "com.bluestem.benefits.elig.EligibilityController.check(EligibilityController.java:88)",
                  "jdk.internal.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)",
                  "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"]
    else:
        out.append(T("java_trace", "«t» ERROR 1 --- [«th»] c.b.benefits.edi.Edi837Ingest           : batch «b» failed after «ms» ms",
                     t=t, th=th, b=f"BSO{X12_CTL[0]}", ms=R.randint(3000, 30000)))
        out.append(T("java_trace", "org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [insert into claim_line (claim_id, cpt, units) values (?, ?, ?)]; Query timed out after 30000ms"))
        frames = ["org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:1540)",
                  "com.bluestem.benefits.edi.ClaimRepository.saveLines(ClaimRepository.java:131)",
                  "com.bluestem.benefits.edi.Edi837Ingest.process(Edi837Ingest.java:77)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"]
    for f in frames:
        out.append(T("java_trace", "\tat «f»", f=f))
    out.append(T("java_trace", "Caused by: java.sql.SQLTimeoutException: ORA-01013: user requested cancel of current operation"))
    out.append(T("java_trace", "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:509)"))
    out.append(T("java_trace", "\t... «n» common frames omitted", n=R.randint(38, 71)))
    return out


def g_note(now, w=None, nh3=False):
    w = w or wk()
    st = staff(w.plant)
    loc = lt(now, w.plant)
    ln = Ln("nurse_note")
    ln.t(f"{loc.strftime('%Y-%m-%d %H:%M')} {PLANTS[w.plant]['tzn']} | {w.plant}-OHC | note | author={st[0][0]}.{st[1]} {st[2]} | ")
    fu = days_ahead(2, 6, loc.date())
    if nh3:
        ln.t("Pt ").p(w.full, "name").t(" (").p(w.badge, "other_id")
        ln.t(f") evacuated from {R.choice(['evisc cooler', 'chill/pack', 'engine room corridor'])} during NH3 release. ")
        ln.t(R.choice(["Eyes flushed 15 min, pH 7.2 after.", "Mild cough, lungs clear, SpO2 98% RA.",
                       "HA 4/10, no SOB, O2 2L NC x20 min then RA 97%."]))
        ln.t(" Personal monitor ").p(dock_serial(w), "device").t(f" peak {R.randint(28, 160)} ppm. ")
        ln.t("Obs 2h then RTW tomorrow if sx resolved. F/u ").p(f"{fu.month}/{fu.day}", "date").t(".")
        return [ln]
    r = R.random()
    if r < 0.45:
        cc = R.choice(ERGO_CC)
        ln.t("Pt ").p(w.full, "name").t(", badge ").p(w.badge, "other_id")
        ln.t(f", {w.age} y/o, c/o {cc[0]} x{R.randint(1, 6)} wk, works {R.choice(DEPTS)}. ")
        ln.t(R.choice(["Phalen +, Tinel +. Splint, ice, NSAID per standing order.", "ROM limited, no swelling. Ice/heat, stretches handout.",
                       "Finkelstein +. Thumb spica, rotate to packing."]))
        if w.lang in ("es", "ht", "my", "kar"):
            ln.t(f" {LANG_NAME[w.lang]} interp via VRI.")
        ln.t(" F/u ").p(f"{fu.month}/{fu.day}", "date").t(".")
    elif r < 0.65:
        ln.t("Paciente ").p(w.full, "name").t(" refiere dolor en ")
        ln.t(R.choice(["muñeca derecha", "hombro izquierdo", "espalda baja"]))
        ln.t(" desde el ").p(days_ago(3, 20).strftime("%d/%m"), "date").t(". Se aplicó hielo, restricción de trabajo con cuchillo 5 días. Cita ")
        ln.p(fu.strftime("%d/%m"), "date").t(".")
    elif r < 0.8:
        ln.t("Parking lot: ").p(w.full, "name").t(" backed into bollard, c/o neck pain. Own vehicle plate ")
        ln.p(f"{PLANTS[w.plant]['st']} {R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}-{R.randint(1000, 9999)}", "vehicle")
        ln.t(", VIN ").p(vin(R.choice(["1N4AL3AP", "2T1BURHE", "1FTEW1EP", "3N1AB7AP"]), R.choice("EFGH"), R.choice("CNLU")), "vehicle")
        ln.t(". Not work-related per EHS (off shift). Referred PCP.")
    else:
        ln.t(R.choice(["Shift handoff: 3 restricted-duty rechecks tomorrow, eyewash station 4 tag expired (EHS notified). AED check OK.",
                       "Supply: ordered 2 cs nitrile gloves L (SKU 70231-L), flu swabs lot 4Q2317 exp 2025-06. Ticket INC0041877.",
                       "Quiet shift. Ergonomics huddle with Deboning L3 supervisors re: knife sharpening schedule.",
                       "H5 surveillance: 42 SMS check-ins received, 3 callbacks done, 0 febrile. DPH liaison call 14:00."]))
    return [ln]


def g_pg(now):
    w = wk()
    loc = lt(now, "GNV")
    t = loc.strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d} EDT"
    pid = R.randint(20000, 32000)
    rr = R.random()
    ln = Ln("pgaudit")
    ln.t(f"{t} [{pid}] clintrak_app@clintrak LOG:  AUDIT: SESSION,{R.randint(1000, 9000)},1,")
    if rr < 0.3:
        ln.t(R.choice(['DDL,ALTER TABLE,,,"ALTER TABLE visit ADD COLUMN interp_vendor_ref text",<not logged>',
                       'READ,SELECT,,,"SELECT count(*) FROM visit WHERE plant_cd = $1 AND status = \'OPEN\'",<not logged>',
                       'MISC,VACUUM,,,"VACUUM (ANALYZE) restriction",<not logged>']))
        return [ln]
    if rr < 0.65:
        ln.t('READ,SELECT,,,"SELECT mrn, last_nm, first_nm, dob FROM patient WHERE last_nm ILIKE \'')
        ln.p(w.family.lower(), "name").t("%' AND dob = '").p(w.dob.isoformat(), "date").t('\'",<not logged>')
    else:
        ln.t('WRITE,UPDATE,,,"UPDATE patient SET cell_phone = \'')
        ln.p(ph_fmt(w.phone, 3), "phone").t("', pref_lang = '").t(w.lang).t("' WHERE mrn = '").p(w.mrn, "mrn").t('\'",<not logged>')
    return [ln]


TEAMS_CHAT = {"GNV": "19:7f3c2a1e9b0d4c8e@thread.v2", "SPD": "19:a21e55c90f7b4a02@thread.v2", "MGN": "19:c4d8e0f2a6b14e77@thread.v2"}


def g_teams(now, plant=None, text=None, who=None):
    plant = plant or R.choice(list(PLANTS))
    who = who or R.choice([EHS[plant], " ".join(STAFF[plant][0][:2]), " ".join(STAFF[plant][1][:2])])
    if text is None:
        rr = R.random()
        if rr < 0.45:
            text = [(R.choice(["fyi eyewash inspection done for all 3 lines", "who has the key to the AED cabinet in receiving?",
                               "reminder: OSHA 300A posting comes down 4/30", "LinguaBridge VRI was down ~10 min, used phone line",
                               "Karen interpreter ETA 20 min, can we push the 2pm?", "new N95 shipment in (3M 1870+, lot B24071)"]), None)]
        else:
            w = wk(plant)
            text = R.choice([
                [("can someone pull ", None), (w.full, "name"), (" from ", None), (R.choice(DEPTS), None),
                 (" at break? ergonomic recheck, badge ", None), (w.badge, "other_id")],
                [("", None), (w.given.split()[0] + " " + w.family, "name"), (" is back from ortho, restrictions until ", None),
                 (days_ahead(5, 20).strftime("%-m/%-d"), "date"), (", please update the board", None)],
                [("heads up ", None), (w.full, "name"), (" called in, says fever since ", None),
                 (R.choice(["yesterday", "Saturday"]), None), (". on H5 list - I'll swab tomorrow 7am. cell ", None),
                 (ph_fmt(w.phone, 1), "phone")],
            ])
    o = {"id": str(epoch_ms(now)), "chatId": TEAMS_CHAT[plant], "createdDateTime": iso_z(now),
         "from": {"user": {"displayName": who, "userIdentityType": "aadUser"}}}
    ln = Ln("teams_chat")
    ln.t(json.dumps({"id": o["id"], "chatId": o["chatId"], "createdDateTime": o["createdDateTime"]})[:-1])
    ln.t(', "from": ' + json.dumps(o["from"]) + ', "body": {"contentType": "text", "content": "')
    for seg, c in text:
        if seg:
            ln.p(json.dumps(seg, ensure_ascii=False)[1:-1], c)
    ln.t('"}}')
    return [ln]


OSHA_SEQ = {"GNV": 88, "SPD": 121, "MGN": 64}


def g_osha(now):
    w = wk()
    OSHA_SEQ[w.plant] += 1
    case = f"{w.plant}-24-{OSHA_SEQ[w.plant]:04d}"
    doi = days_ago(1, 30)
    priv = R.random() < 0.15
    ln = Ln("osha300_pipe")
    ln.t("OSHA300|2024|").t(w.plant).t("|").p(case, "other_id").t("|")
    if priv:
        ln.t("Privacy Case")
    else:
        ln.p(w.full, "name")
    ln.t(f"|{R.choice(JOBS)}|").p(doi.isoformat(), "date")
    ln.t(f"|{R.choice(DEPTS)}|{R.choice(['Carpal tunnel R hand, repetitive cutting', 'Laceration L index finger, knife', 'Chemical irritation eyes, ammonia release', 'Lumbar strain lifting tote', 'Tendinitis R shoulder'])}")
    ln.t(f"|{R.choice(['H', 'I', 'J', 'J'])}|{R.randint(0, 10)}|{R.randint(0, 30)}|{R.choice(['M1', 'M2', 'M5'])}")
    if not priv and R.random() < 0.4:
        ln.t("|WC#").p(f"2024WC{R.randint(100000, 999999)}", "other_id")
    else:
        ln.t("|")
    return [ln]


def g_xml(now):
    w = wk()
    loc = lt(now, w.plant)
    ln = Ln("fittest_xml")
    if R.random() < 0.6:
        ln.t(f'<FitTest xmlns="urn:tsi:fitpro:3" ts="{loc.strftime("%Y-%m-%dT%H:%M:%S")}" site="{w.plant}-OHC"><Subject id="')
        ln.p(w.badge, "other_id").t('"><Name>').p(w.lf, "name").t("</Name><DOB>").p(w.dob.strftime("%m/%d/%Y"), "date")
        ln.t(f'</DOB><Dept>{R.choice(["Refrigeration", "NH3 Response Team", "Sanitation 3rd"])}</Dept></Subject>')
        ln.t(f'<Respirator make="{R.choice(["3M", "MSA", "Honeywell North"])}" model="{R.choice(["7502", "Advantage 3200", "FF-400"])}" size="{R.choice("SML")}"/>')
        ln.t(f'<Instrument model="PortaCount Pro+ 8038" sn="8038{R.randint(100000, 999999)}" cal="2024-01-09"/>')
        ff = R.randint(80, 5000)
        ln.t(f'<OverallFF>{ff}</OverallFF><Result>{"PASS" if ff >= 500 else "FAIL"}</Result><Tester>{STAFF[w.plant][0][0][0]}. {STAFF[w.plant][0][1]}</Tester></FitTest>')
    else:
        ln.t(f'<AudiogramExport version="5.2" device="AD629" deviceSN="AD{R.randint(1000000, 9999999)}"><Patient><ID>')
        ln.p(w.mrn, "mrn").t("</ID><LastName>").p(w.family, "name").t("</LastName><FirstName>").p(w.given, "name")
        ln.t("</FirstName><BirthDate>").p(w.dob.isoformat(), "date").t("</BirthDate></Patient><TestDate>")
        ln.p(loc.date().isoformat(), "date").t(f"</TestDate><Type>Annual</Type><STS>{R.choice(['N', 'N', 'Y'])}</STS>")
        ln.t(f"<L4k>{R.randint(10, 55)}</L4k><R4k>{R.randint(10, 55)}</R4k></AudiogramExport>")
    return [ln]


def g_rx(now, w=None):
    w = w or wk()
    st = staff(w.plant)
    loc = lt(now, w.plant)
    drug = R.choice([("IBUPROFEN 400MG TAB", "00904-5853-61", 20), ("NAPROXEN 220MG TAB", "00113-0490-62", 14),
                     ("DICLOFENAC 1% GEL 100G", "00168-0844-10", 1), ("ARTIFICIAL TEARS OPHTH", "00536-1292-94", 1),
                     ("OSELTAMIVIR 75MG CAP", "00093-7191-10", 10), ("CEPHALEXIN 500MG CAP", "00093-3147-01", 28)])
    ln = Ln("rx_fixed")
    ln.t(f"RX  {loc.strftime('%Y%m%d')} {loc.strftime('%H%M')} {w.plant} ")
    ln.p(w.mrn.split("-")[1], "mrn").t(" ")
    nm = f"{w.family} {w.given}".upper()
    nm = nm[:26]
    ln.p(nm.rstrip(), "name").t(" " * (27 - len(nm.rstrip())))
    ln.t(f"{drug[0]:<24} QTY {drug[2]:03d} LOT {R.choice('KLMNP')}{R.randint(1000, 9999)}{R.choice('ABC')} EXP 2025-{R.randint(1, 12):02d} NDC {drug[1]} DISP {st[1].upper()[:10]:<10} {st[2]}")
    return [ln]


def g_infra(now):
    rr = R.random()
    if rr < 0.18:
        return [T("infra", '{"ts":"«t»","level":"info","logger":"kubelet","node":"aks-ohc-«n»","msg":"Successfully pulled image","image":"bluestemacr.azurecr.io/clintrak-api:«v»","digest":"sha256:«h»","size_bytes":«s»}',
                  t=iso_z(now), n=f"{R.randint(10000000, 99999999)}-vmss00000{R.randint(0, 3)}", v=R.choice(["4.18.2", "4.18.3-rc1", "4.19.0"]),
                  h=hexs(64), s=R.randint(90_000_000, 400_000_000))]
    if rr < 0.33:
        plant = R.choice(list(PLANTS))
        u = R.choice({"GNV": ["bkowalczyk", "praghunathan", "atrevino", "dsimms"], "SPD": ["locampohart", "ksisk", "dbledsoe", "kpruitt"],
                      "MGN": ["tboyd", "ihalvorsen", "pvang", "rashby"]}[plant] + ["svc_clintrak"])
        return [T("infra", "«t» «h» Microsoft-Windows-Security-Auditing 4624 Information An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: «h»$ Logon Type: «lt» New Logon: Account Name: «u» Account Domain: BLUESTEM Logon ID: 0x«id» Source Network Address: 10.«o».«a».«b»",
                  t=iso_z(now, 0), h=f"{plant}-OHC-WS0{R.randint(1, 4)}", lt=R.choice([2, 3, 10]), u=u, id=hexs(7).upper(),
                  o={"GNV": 40, "SPD": 52, "MGN": 61}[plant], a=R.randint(1, 30), b=R.randint(2, 250))]
    if rr < 0.48:
        return [T("infra", "1,«t»,013201004512,TRAFFIC,end,2561,«t»,10.«o».«a».«b»,«dst»,0.0.0.0,0.0.0.0,allow-o365,,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Panorama-Fwd,«t»,«sid»,1,«sp»,443,0,0,0x400019,tcp,allow,«by»,«bs»,«br»,«pk»,«t»,«du»,any,,«seq»,0x0,10.0.0.0-10.255.255.255,United States,0,«p1»,«p2»,aged-out",
                  t=now.strftime("%Y/%m/%d %H:%M:%S"), o=R.choice([40, 52, 61]), a=R.randint(1, 30), b=R.randint(2, 250),
                  dst=R.choice(["52.96.164.18", "40.99.10.34", "13.107.6.158", "20.190.151.70", "34.117.65.55"]),
                  sid=R.randint(100000, 999999), sp=R.randint(49152, 65535), by=R.randint(2000, 90000), bs=R.randint(500, 9000),
                  br=R.randint(1000, 80000), pk=R.randint(8, 90), du=R.randint(0, 120), seq=R.randint(10 ** 9, 10 ** 10), p1=R.randint(4, 40), p2=R.randint(4, 60))]
    if rr < 0.58:
        return [T("infra", "«t» VEEAM-PRX01 Veeam.Backup.Service: Job '«j»' finished with Success. Processed «gb» GB, read «rd» GB, transferred «tr» GB (dedupe «dd»x, compression «cx»x), duration «du». Session «sid»",
                  t=lt(now, "GNV").strftime("%m/%d/%Y %I:%M:%S %p"), j=R.choice(["CLINTRAK-SQL-NIGHTLY", "OHC-FILESRV", "SCADA-HIST-MGN"]),
                  gb=round(R.uniform(40, 800), 1), rd=round(R.uniform(5, 40), 1), tr=round(R.uniform(1, 12), 1), dd=round(R.uniform(1.5, 4), 1),
                  cx=round(R.uniform(1.2, 2.5), 1), du=f"0{R.randint(0, 2)}:{R.randint(10, 59)}:{R.randint(10, 59)}", sid=uuid4())]
    if rr < 0.76:
        plant = R.choice(list(PLANTS))
        return [T("infra", "MES|«p»|«l»|«t»|LINE_SPEED=«s»bpm|LOT=«lot»|SKU=«sku»|CASES=«c»|YIELD=«y»%|EQUIP=«eq»",
                  p=plant, l=R.choice(["EVIS-2", "DEBONE-3", "CONE-4", "WING-1"]), t=lt(now, plant).isoformat(timespec="seconds") + off(plant),
                  s=R.choice([140, 140, 175, 70]), lot=f"24{106 + R.randint(0, 1)}-{plant}-{R.choice(['E2', 'D3', 'C4'])}-{R.randint(1, 12):02d}",
                  sku=R.choice(["BSP-BNLS-BRST-40", "BSP-WNG-JT-40LB", "BSP-TNDR-IQF-10", "BSP-THGH-BNLS-40"]), c=R.randint(80, 900),
                  y=round(R.uniform(68, 76), 1), eq=R.choice(["Marel ACM-NT", "Meyn Rapid+", "Jarvis BDS-1", "Baader 605", "Prime Equipment WingMaster"]))]
    if rr < 0.88:
        return [T("infra", "«t» snow-connector INFO ticket «inc» state=«s» assignment_group=«g» short_description=\"«d»\" opened_by=«u»",
                  t=iso_z(now, 0), inc=f"INC00{R.randint(40000, 49999)}", s=R.choice(["New", "In Progress", "Resolved"]),
                  g=R.choice(["OHC-IT", "Plant-OT", "Service Desk"]),
                  d=R.choice(["Zebra ZD421 label printer offline MGN clinic", "Vitals monitor Welch Allyn CVSM won't sync",
                              "Kiosk BluestemKiosk 2.2 stuck on update", "Request VPN for Meridian TPA SFTP"]),
                  u=R.choice(["kpruitt", "tboyd", "dsimms", "ahalvorsen"]))]
    return [T("infra", "«t» sftp-gw[«pid»]: session «s» user=meridian_tpa from 198.51.«a».«b» put /inbound/835/MBA_835_«d».x12 «sz» bytes sha256=«h»",
              t=now.strftime("%b %d %H:%M:%S"), pid=R.randint(1000, 9000), s=hexs(8), a=R.randint(0, 255), b=R.randint(1, 254),
              d=now.strftime("%Y%m%d") + f"_{R.randint(1, 9):02d}", sz=R.randint(4000, 90000), h=hexs(64))]


def g_payment(now):
    w = wk()
    ln = Ln("cobra_pay")
    t = iso_z(now)
    if R.random() < 0.5:
        cn = card(R.choice(["visa", "mc"]))
        ln.t(f'{t} | cobra-billing | INFO | premium payment ref=PMT-{R.randint(100000, 999999)} member=').p(w.member + "01", "health_plan")
        ln.t(" payer=").p(w.full, "name").t(" card=").p(cn, "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(25, 29)} amt=612.40 auth={hexs(6).upper()} result=APPROVED")
    else:
        ln.t(f'{t} | hsa-sync | INFO | contribution file row ok: ee=').p(w.badge, "other_id")
        ln.t(" nm=").p(w.lf, "name").t(" hsa_acct=").p(digits(11), "account").t(f" rtn=101000695 amt={R.choice(['25.00', '50.00', '75.00'])} pay_dt={now.strftime('%Y-%m-%d')}")
    return [ln]


def g_kiosk(now):
    w = wk()
    loc = lt(now, w.plant)
    ln = Ln("kiosk")
    ln.t(f"[{loc.strftime('%Y-%m-%d %H:%M:%S')}] BluestemKiosk/2.2 {w.plant}-OHC-KIOSK1 checkin ok badge=").p(w.badge, "other_id")
    if R.random() < 0.5:
        tmpl = base64.b64encode(hashlib.sha512((w.badge + "palm").encode()).digest()).decode()
        ln.t(" palmvein_tmpl=").p(tmpl, "biometric").t(" match=0.97")
    ln.t(f" reason={R.choice(['ergo recheck', 'H5 swab', 'injury', 'fit test', 'annual audiogram'])} lang_ui={w.lang} queue_pos={R.randint(1, 6)}")
    return [ln]


# --------------------------------------------------------------------------
def nh3_incident(now):
    """scripted ammonia release at MGN: returns list of (offset_seconds, lines)"""
    evs = []
    evs.append((0, g_scada(now, "MGN", 38.4, "HI", "Ammonia detector AE12 above HI setpoint 35 ppm - Evisc Cooler", SCADA_TAGS[2])))
    evs.append((40, g_scada(now + dt.timedelta(seconds=40), "MGN", 212.0, "HIHI", "AE12 HIHI 150 ppm - emergency exhaust fans EF-3/EF-4 ON, evacuation horn ACTIVE", SCADA_TAGS[2])))
    evs.append((95, g_scada(now + dt.timedelta(seconds=95), "MGN", 300.0, "HIHI", "ESD King valve KV-2 CLOSED by operator, incident NH3-MGN-24-0415", ("ER_ESD_KV2", "Engine Room"))))
    evs.append((160, g_teams(now + dt.timedelta(seconds=160), "MGN", [("NH3 release evisc cooler, evacuated to muster pt B. Clinic get ready, incident NH3-MGN-24-0415. Fire dept en route", None)], EHS["MGN"])))
    exposed = [w for w in WORKERS if w.plant == "MGN"][:6]
    R.shuffle(exposed)
    t = 600
    for w in exposed[:4]:
        evs.append((t, g_clintrak(now + dt.timedelta(seconds=t), w, nh3=True)))
        t += R.randint(120, 400)
        if R.random() < 0.7:
            evs.append((t, g_note(now + dt.timedelta(seconds=t), w, nh3=True)))
            t += R.randint(60, 200)
        evs.append((t, g_gasdock(now + dt.timedelta(seconds=t), w, peak=float(R.randint(28, 160)))))
        t += R.randint(60, 300)
    w = exposed[4]
    evs.append((t, g_teams(now + dt.timedelta(seconds=t), "MGN", [("sent ", None), (w.full, "name"), (" to Blue Ridge ER by EMS, SpO2 91%. Karen interpreter requested to meet there. badge ", None), (w.badge, "other_id")], " ".join(STAFF["MGN"][0][:2]))))
    evs.append((t + 300, g_scada(now + dt.timedelta(seconds=t + 300), "MGN", 12.0, "INFO", "AE12 back below LO setpoint; area re-entry authorized by R. Ashby", SCADA_TAGS[2])))
    return evs, t + 300


GENS = [
    (g_clintrak, 14), (g_h5surv, 7), (g_hl7, 1.6), (g_fhir, 4), (g_tpa_csv, 4), (g_interp, 4), (g_sms, 9),
    (g_scada, 10), (g_gasdock, 3), (g_ergo, 7), (g_hris, 4), (g_nginx, 6), (g_note, 5), (g_pg, 4), (g_teams, 4),
    (g_osha, 2.5), (g_xml, 2.5), (g_rx, 3), (g_infra, 30), (g_payment, 2.5), (g_kiosk, 2.5),
]
# batch / scheduled jobs (UTC): EDI drops from and to the TPA, nightly-ish errors
SCHEDULED = [(dt.datetime(2024, 4, 15, 11, 5), g_x12_837), (dt.datetime(2024, 4, 15, 11, 35), g_x12_999),
             (dt.datetime(2024, 4, 15, 13, 2), g_java), (dt.datetime(2024, 4, 15, 14, 20), g_x12_271),
             (dt.datetime(2024, 4, 15, 18, 10), g_x12_835), (dt.datetime(2024, 4, 15, 19, 5), g_java)]
NOISE_GENS = [g_infra, g_infra, g_scada]
TARGET_NOPHI = 0.555


def build():
    lines = []
    now = dt.datetime(2024, 4, 15, 9, 41, 7, 118000)
    incident_at = dt.datetime(2024, 4, 15, 16, 42, 10)
    incident_done = False
    pending = []
    sched = list(SCHEDULED)
    tpa_header_done = False
    gfun = [g for g, _ in GENS]
    gw = [w_ for _, w_ in GENS]
    while len(lines) < N_LINES:
        now += dt.timedelta(seconds=R.randint(20, 200), microseconds=R.randint(0, 999999))
        if not incident_done and now >= incident_at:
            incident_done = True
            evs, _ = nh3_incident(now)
            for o, ch in evs:
                pending.append((now + dt.timedelta(seconds=o), ch))
        while pending and pending[0][0] <= now:
            lines += pending.pop(0)[1]
        if sched and sched[0][0] <= now:
            lines += sched.pop(0)[1](now)
            continue
        nophi = sum(1 for x in lines if not x.spans)
        if lines and nophi / len(lines) < TARGET_NOPHI and R.random() < 0.6:
            g = R.choice(NOISE_GENS)
        else:
            g = R.choices(gfun, gw)[0]
        if g is g_tpa_csv:
            ch = g_tpa_csv(now, header=not tpa_header_done)
            tpa_header_done = True
        else:
            ch = g(now)
        lines += ch
    return lines[:N_LINES]


def check(lines):
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        s = ln.text()
        if "\n" in s or "\r" in s or not s.strip():
            raise SystemExit(f"bad line {i}: {s!r}")
        b = s.encode("utf-8")
        prev = 0
        spans = sorted(ln.spans)
        for (st, en, cat, want) in spans:
            if not (0 <= st < en <= len(b)):
                raise SystemExit(f"line {i}: bad bounds {st},{en}")
            if st < prev:
                raise SystemExit(f"line {i}: overlap at {st}")
            prev = en
            if b[st:en].decode("utf-8") != want:
                raise SystemExit(f"line {i}: span text {b[st:en]!r} != {want!r}")
            if cat not in CATS:
                raise SystemExit(f"line {i}: bad cat {cat}")
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": st, "e": en, "cat": c} for st, en, c, _ in spans]},
                                  ensure_ascii=False))
    return out_log, out_lab


def main():
    lines = build()
    if len(lines) != N_LINES:
        raise SystemExit(f"got {len(lines)} lines")
    log, lab = check(lines)
    with open(f"{ID}.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log) + "\n")
    with open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab) + "\n")
    nophi = sum(1 for ln in lines if not ln.spans)
    cats = {}
    for ln in lines:
        for _, _, c, _ in ln.spans:
            cats[c] = cats.get(c, 0) + 1
    print(f"lines={len(lines)} no_phi={nophi} ({nophi / len(lines):.1%})", file=sys.stderr)
    print(json.dumps(dict(sorted(cats.items(), key=lambda x: -x[1]))), file=sys.stderr)


if __name__ == "__main__":
    main()
