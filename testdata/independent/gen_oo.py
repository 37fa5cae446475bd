#!/usr/bin/env python3
"""gen_oo.py - labeled synthetic log corpus "oo".

Organisation: Veridia Coding & CDI Services LLC, a remote medical coding,
clinical documentation integrity (CDI) and audit vendor (HQ: 2200 Commerce
Park Dr, Suite 410, Nashville, TN 37214; vendor phone (615) 555-0142) that
works for four client hospitals:
  MRRMC  Mercy Ridge Regional Medical Center (OK)   Epic-like
  NLH    Northfield Lutheran Hospital (MN)          Epic-like
  SAH    St. Anselm Health (MN)                     Cerner-like
  BCH    Bayou Crescent Hospital (LA)               Meditech-like
All people, numbers and addresses are synthetic.

Systems simulated (one log archive / SIEM export, interleaved by time):
  encoder_kv        Java encoder/grouper service (MS-DRG, MCE/OCE edits), log4j k=v
  aprdrg_json       APR-DRG grouper micro-service, JSON with trace/span ids
  cac_nlp_json      "Clara" computer-assisted coding NLP output (codes, spans,
                    evidence snippets)
  spring_cdi        Java Spring Boot CDI query app, Hibernate SQL + bind TRACE
  java_stacktrace   stack traces of that app, one frame per line
  serilog_worklist  .NET coder worklist, Serilog CLEF JSON and console text
  fhir_docref / fhir_patient / chartpull_http
                    chart retrieval from hospital FHIR R4 APIs
  hl7_mdm           HL7 v2.5.1 MDM^T02 / ACK messages, one segment per line
  epic_pipe         Epic-like Clarity pipe-delimited abstract extract
  cerner_csv        Cerner-like CSV encounter extract
  meditech_fixed    Meditech-like fixed-width abstract extract (BCH)
  productivity_csv  coder productivity CSV
  audit_tracker_tsv RAC / payer audit correspondence tracker (TSV)
  x12_837           837I corrected-claim rebills after audits, one segment per line
  citrix_netscaler  Citrix NetScaler/ICA syslog of remote coders
  vpn_asa           Cisco ASA AnyConnect syslog of remote coders
  python_etl        Python ETL (logging module), incl. tracebacks
  sqlserver_errorlog SQL Server ERRORLOG incl. deadlock XML fragments
  s3_access         Amazon S3 server access log of the chart intake bucket
  sftp_syslog       OpenSSH sftp-server syslog (hospital drops, payer ADR zips)
  slack_json        Slack export JSON of the coding team channels

Labeling decisions (grey cases):
  * Patients, their relatives / health care proxies are PHI. Coders, CDI
    specialists, auditors, physicians (names, NPIs, user ids, emails, home
    IPs of remote staff), payer and hospital staff are NOT PHI.
  * mrn: hospital MRNs, Meditech unit numbers, Cerner PERSON_ID and the
    FHIR Patient logical id (Epic "e..." ids) - patient ids a provider assigns.
  * account: HAR / FIN / Meditech account / CSN and any encounter or visit
    number (these key the patient's billing account), CLM01 patient control
    numbers, payment card numbers.
  * other_id: payer claim ICN/DCN and RAC/payer audit case numbers tied to
    one patient's claim (X12 REF*F8 too). Veridia's own audit ids
    (AUD-...), query ids (Q-...), batch ids, document UUIDs, FHIR Binary /
    DocumentReference ids, trace ids are NOT labeled (software/workflow ids).
  * date: birth, admission, discharge, service (DOS), procedure dates and
    dates written in clinical text ("admitted 2/27"), dates in file names
    of a patient's records. Log timestamps, letter / due / query sent
    dates of the audit and CDI workflow, table/grouper versions and years
    alone are NOT labeled. Junk DOB values in a DOB field (e.g. 02/30)
    are still labeled date.
  * age: only ages over 89 (also "94 y.o.", "age=91"); 89 and under not labeled.
  * url: absolute URLs (scheme+host) that carry a patient identifier are
    one url span; in a request path without host (S3 keys, HTTP paths)
    only the identifier itself is labeled with its own category.
  * device: implant / pump serial numbers (SN) in clinical text; lot and
    model numbers are NOT labeled.
  * vehicle / license: VIN, plate and driver licence of the patient in
    subrogation (MVA) notes of the payer tracker.
  * fax / email / phone: patient's own numbers (HL7 XTN use codes PRN/ORN,
    FX, NET) and relatives' phones. Hospital/vendor/physician numbers no.
  * ssn: SSNs in PID-19 / PID-3 / exports. Placeholders 000-00-0000 and
    999-99-9999 are NOT labeled; a mistyped but real-looking SSN is.
  * Salted SHA-256 patient tokens (pt_token) are NOT labeled (Safe Harbor
    re-identification code not derived reversibly from PHI).
  * Diagnosis/procedure codes, DRGs, SOI/ROM, sex, payer names, states,
    hospital names and addresses are NOT PHI.
  * photo: base64 Patient.photo in FHIR.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import uuid

SEED = 20240314
rng = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builder
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class S:
    """A JSON string made of parts (str or P)."""

    def __init__(self, *parts):
        self.parts = parts


def mk(fam, *parts):
    buf = bytearray()
    spans = []
    for part in parts:
        if isinstance(part, P):
            val = str(part.v)
            b = val.encode("utf-8")
            st = len(buf)
            buf += b
            spans.append({"s": st, "e": len(buf), "cat": part.c, "v": val})
        elif isinstance(part, (list, tuple)):
            raise TypeError("nested parts")
        else:
            buf += str(part).encode("utf-8")
    return {"fam": fam, "b": bytes(buf), "spans": spans}


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


def L(fam, *parts):
    return mk(fam, *flat(list(parts)))


def J(obj, ascii=False, sep=(",", ":")):
    """Serialize obj to a list of parts, PHI values as P with JSON escaping."""
    out = []

    def es(s):
        return json.dumps(s, ensure_ascii=ascii)[1:-1]

    def w(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.append('"')
                out.append(P(es(o.v), o.c))
                out.append('"')
            else:
                out.append(P(json.dumps(o.v), o.c))
        elif isinstance(o, S):
            out.append('"')
            for p in o.parts:
                if isinstance(p, P):
                    out.append(P(es(str(p.v)), p.c))
                else:
                    out.append(es(p))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(sep[0])
                first = False
                out.append(json.dumps(k, ensure_ascii=ascii) + sep[1])
                w(v)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ascii))

    w(obj)
    return out


# ---------------------------------------------------------------- helpers
def ri(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def luhn_digit(num):
    total = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = str(ri(1, 2)) + digits(8)
    return base + luhn_digit("80840" + base)


def card():
    base = ch(["4", "51", "52", "37"]) 
    n = 15 if base == "37" else 16
    body = base + digits(n - 1 - len(base))
    return body + luhn_digit(body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (str(ri(1, 9)) + ch(MBI_A) + ch(MBI_AN) + str(ri(0, 9)) + ch(MBI_A)
            + ch(MBI_AN) + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(ri(0, 9))
            + str(ri(0, 9)))


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["1HG", "2T1", "1FT", "3GN", "5YJ", "1N4", "JTD", "KMH"])
    v = list(wmi + "".join(ch(alph) for _ in range(5)) + "0"
             + ch("LMNPRS") + ch(alph) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def b62(n):
    return "".join(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------- world
HOSP = {
    "MRRMC": dict(name="Mercy Ridge Regional Medical Center", st="OK",
                  cities=["Broken Arrow", "Tulsa", "Owasso", "Bixby", "Coweta", "Sand Springs"],
                  zips=["74012", "74014", "74133", "74055", "74008", "74429", "74063"],
                  ac=["918", "539"], fhir="https://fhir.mercyridge-health.org/api/FHIR/R4"),
    "NLH": dict(name="Northfield Lutheran Hospital", st="MN",
                cities=["Northfield", "Faribault", "Dundas", "Lonsdale", "Farmington"],
                zips=["55057", "55021", "55019", "55052", "55024"],
                ac=["507", "952"], fhir="https://epicproxy.northfieldlutheran.org/FHIR/api/FHIR/R4"),
    "SAH": dict(name="St. Anselm Health", st="MN",
                cities=["Duluth", "Hermantown", "Proctor", "Cloquet", "Two Harbors"],
                zips=["55811", "55802", "55810", "55720", "55616"],
                ac=["218"], fhir="https://fhir-ehr.stanselm.org/r4/a3f1c2d4-ten"),
    "BCH": dict(name="Bayou Crescent Hospital", st="LA",
                cities=["Houma", "Thibodaux", "Gray", "Bourg", "Chauvin", "Raceland"],
                zips=["70360", "70364", "70301", "70359", "70344", "70394"],
                ac=["985"], fhir=None),
}

FIRST_F = ["Leila", "Rosalind", "Esperanza", "Siobhán", "Nkechi", "Kateryna", "Priya", "Zoë",
           "Hope", "Grace", "Dawn", "Ingrid", "Xochitl", "Mei-Ling", "Ulrike", "Fatima", "Marguerite",
           "Beulah", "Opal", "Thu", "Lucía", "Ebony", "Wilhelmina", "Ruth", "Aaliyah", "Genevieve",
           "Precious", "Harmony", "Ana Sofía", "Yesenia"]
FIRST_M = ["Chidi", "Tomasz", "Mateo", "Hiroshi", "Jamal", "Yusuf", "Quang", "Dmitri", "Bartholomew",
           "Oluwaseun", "Giovanni", "Bill", "Rusty", "Lars", "Thibodeaux", "Earl", "Cornelius", "Deshawn",
           "José", "Wei", "Hamza", "Rafael", "Buck", "Clement", "Amadou", "Jean-Pierre", "Ole", "Sung-min",
           "Mack", "Pål"]
LAST = ["Haddad", "Price", "Okonkwo", "García-Márquez", "O'Brien", "van der Berg", "Nguyễn", "Kowalczyk",
        "Hill", "Baker", "Rich", "Bird", "Fox", "Young", "Lamb", "Winter", "Day", "Moody", "Church",
        "Sterling", "Al-Masri", "Castillo Rivera", "St. Pierre", "MacLeod", "Fitzgerald-Hughes",
        "Oyelaran", "Takahashi", "Petrov", "Lindqvist", "Mbeki", "Thibodeaux", "Boudreaux", "LeBlanc",
        "Hebert", "Nakamura-Sloan", "Øvergaard", "Rasmussen", "Underwood", "Goodman", "Sweet",
        "Broussard", "Fairchild", "Duplantis", "Begay", "Yazzie", "Running Bear", "Schmitt", "Weiß"]
MIDS = ["A", "M", "J", "L", "R", "T", "E", "N", "", "", ""]
STREETS = ["Magnolia St", "Bayou Black Dr", "Oak Ridge Rd", "W Kenosha St", "E 71st St S",
           "Cypress Ln", "Division St S", "Lake Ave N", "Grand Ave", "St Olaf Ave", "Woodland Ave",
           "Highway 24", "Country Club Blvd", "N Aspen Ave", "Pelican Pt", "Rue Chartres",
           "Lakewood Trl", "Elm Creek Rd", "Arrowhead Rd", "Linden Ct", "Old Spanish Trl"]
UNITS = ["", "", "", " Apt 4", " Unit 12B", " Lot 37", " Apt 211", " #3"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "cox.net", "hotmail.com"]

PAYERS_BY_ST = {"OK": ["BCBS OK", "UnitedHealthcare", "Aetna", "Humana MA", "Cigna"],
                "MN": ["Medica", "Blue Cross MN", "HealthPartners", "UnitedHealthcare", "Humana MA"],
                "LA": ["LA Healthcare Connections", "Aetna", "Humana MA", "UnitedHealthcare", "Cigna"]}

REF = dt.date(2024, 3, 14)


def ascii_fold(s):
    tbl = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ë": "e", "ö": "o",
                         "ü": "u", "ễ": "e", "Ø": "O", "ø": "o", "ß": "ss", "å": "a", "Å": "A"})
    return s.translate(tbl)


class Patient:
    pass


def make_patient(i):
    p = Patient()
    p.h = ch(["MRRMC", "MRRMC", "NLH", "SAH", "SAH", "BCH", "BCH"])
    H = HOSP[p.h]
    p.sex = ch("FM")
    p.first = ch(FIRST_F if p.sex == "F" else FIRST_M)
    p.mid = ch(MIDS)
    p.last = ch(LAST)
    if rng.random() < 0.25:
        y = ri(1924, 1932)
    else:
        y = ri(1936, 2004)
    p.dob = dt.date(y, ri(1, 12), ri(1, 28))
    p.los = ri(1, 12)
    if rng.random() < 0.7:
        p.adm = REF - dt.timedelta(days=p.los + ri(2, 35))
    else:
        p.adm = dt.date(ri(2021, 2023), ri(1, 12), ri(1, 28))
    p.dis = p.adm + dt.timedelta(days=p.los)
    p.age = p.adm.year - p.dob.year - ((p.adm.month, p.adm.day) < (p.dob.month, p.dob.day))
    p.street = "%d %s" % (ri(12, 18990), ch(STREETS))
    p.unit = ch(UNITS)
    ci = ri(0, len(H["cities"]) - 1)
    p.city = H["cities"][ci]
    p.state = H["st"]
    p.zip = H["zips"][min(ci, len(H["zips"]) - 1)]
    p.phone = "%s%s%s" % (ch(H["ac"]), ri(201, 989), digits(4))
    p.phone2 = "%s%s%s" % (ch(H["ac"]), ri(201, 989), digits(4))
    p.email = "%s.%s%d@%s" % (ascii_fold(p.first.split()[0]).lower().replace("-", ""),
                              ascii_fold(p.last.split()[0]).lower().replace("'", "").replace("-", ""),
                              ri(1, 99), ch(EMAIL_DOM))
    p.ssn = ssn()
    p.medicare = p.age >= 65 or rng.random() < 0.1
    p.mbi = mbi()
    p.member = ch(["W", "XOJ", "H", "ZGP", "MN"]) + digits(9)
    p.payer = "Medicare" if p.medicare else ch(PAYERS_BY_ST[p.state])
    p.fhir = ("e" + b62(ri(20, 24))) if p.h != "SAH" else str(ri(10000000, 39999999))
    # facility specific identifiers
    if p.h == "MRRMC":
        p.mrn = "10" + digits(7)
        p.acct = "40" + digits(8)
        p.csn = "1000" + digits(8)
    elif p.h == "NLH":
        p.mrn = "NL" + digits(7)
        p.acct = "7" + digits(8)
        p.csn = "3" + digits(9)
    elif p.h == "SAH":
        p.mrn = digits(7)
        p.person_id = str(ri(10000000, 29999999))
        p.acct = "9" + digits(9)
        p.csn = p.acct
    else:
        p.mrn = "M" + "%09d" % ri(100000, 999999)
        p.acct = "V" + "%011d" % ri(10000000, 99999999)
        p.csn = p.acct
    if p.h != "SAH":
        p.person_id = p.mrn
    p.icn = ("2" + digits(12)) if p.medicare else digits(11)
    p.rel = ch(["daughter", "son", "wife", "husband", "niece", "granddaughter", "nephew"])
    p.rel_first = ch(FIRST_M if p.rel in ("son", "husband", "nephew") else FIRST_F)
    p.token = hashlib.sha256(("salt9|" + p.mrn).encode()).hexdigest()
    return p


PATIENTS = [make_patient(i) for i in range(70)]


def pt():
    return ch(PATIENTS)


def old_pt(p):
    """Age-bearing templates: prefer the over-89 patients a CDI team sees often."""
    if rng.random() < 0.6:
        return ch([x for x in PATIENTS if x.age > 89])
    return p


def full(p, mid=True):
    return " ".join(x for x in [p.first, p.mid if mid else "", p.last] if x)


def lastfirst(p, upper=False, sep=", "):
    s = p.last + sep + p.first + ((" " + p.mid) if p.mid else "")
    return s.upper() if upper else s


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def fmt_phone(n, style=0):
    if style == 0:
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if style == 1:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if style == 2:
        return "+1" + n
    if style == 4:
        return "(%s)%s-%s" % (n[:3], n[3:6], n[6:])
    return n


CODERS = [("dalbright", "Denise Albright", "CDR0142"), ("kthompson", "Keisha Thompson", "CDR0118"),
          ("jmorales", "Javier Morales", "CDR0207"), ("pnair", "Priyanka Nair", "CDR0231"),
          ("bwhitfield", "Brenda Whitfield", "CDR0099"), ("tokafor", "Tobenna Okafor", "CDR0254"),
          ("sjohansson", "Sven Johansson", "CDR0176"), ("mlaurent", "Mireille Laurent", "CDR0260"),
          ("rkhan", "Rubina Khan", "CDR0188"), ("clopez", "Carmen Lopez-Avila", "CDR0212")]
CDIS = [("hvance", "Holly Vance, RN CCDS"), ("amensah", "Akosua Mensah, RN CDIP"),
        ("gpatel", "Gita Patel, MD CCDS")]
DOCS = [("Raymond", "Oduya", "MD"), ("Helen", "Vasquez-Pratt", "DO"), ("Arjun", "Seshadri", "MD"),
        ("Colleen", "Marchetti", "MD"), ("Tyrone", "Gaither", "MD"), ("Lise", "Bergqvist", "MD"),
        ("Anh", "Trinh", "NP"), ("Paul", "Robichaux", "MD")]
DOC_NPI = {d[1]: npi() for d in DOCS}
STAFF_IP = {c[0]: "%d.%d.%d.%d" % (ch([73, 98, 24, 71, 174, 107]), ri(1, 254), ri(1, 254), ri(2, 254))
            for c in CODERS}

DX = [("I50.23", "Acute on chronic systolic (congestive) heart failure"),
      ("N17.9", "Acute kidney failure, unspecified"), ("A41.9", "Sepsis, unspecified organism"),
      ("J96.01", "Acute respiratory failure with hypoxia"), ("E87.1", "Hypo-osmolality and hyponatremia"),
      ("E43", "Unspecified severe protein-calorie malnutrition"), ("G93.41", "Metabolic encephalopathy"),
      ("D62", "Acute posthemorrhagic anemia"), ("J18.9", "Pneumonia, unspecified organism"),
      ("N39.0", "Urinary tract infection, site not specified"), ("I21.4", "Non-ST elevation (NSTEMI) myocardial infarction"),
      ("R65.20", "Severe sepsis without septic shock"), ("E66.01", "Morbid (severe) obesity due to excess calories"),
      ("L89.154", "Pressure ulcer of sacral region, stage 4"), ("S72.001A", "Fracture of unsp part of neck of right femur, init"),
      ("J44.1", "COPD with (acute) exacerbation"), ("K92.2", "Gastrointestinal hemorrhage, unspecified")]
DRG = [("291", "05", "1.3069"), ("871", "18", "1.9826"), ("872", "18", "1.0315"), ("189", "04", "1.0214"),
       ("193", "04", "1.3045"), ("194", "04", "0.9007"), ("682", "11", "1.4830"), ("690", "11", "0.8022"),
       ("064", "01", "1.8521"), ("470", "08", "1.9047"), ("377", "06", "1.8020"), ("640", "10", "1.1896")]

# --------------------------------------------------------------- time
T0 = dt.datetime(2024, 3, 14, 13, 2, 7, 118000)  # UTC
now = [T0]


def tick(lo=0.3, hi=14.0):
    now[0] += dt.timedelta(seconds=rng.uniform(lo, hi))
    return now[0]


def t_iso(t, ms=3):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms == 3:
        s += ".%03d" % (t.microsecond // 1000)
    elif ms == 7:
        s += ".%06d%d" % (t.microsecond, ri(0, 9))
    return s + "Z"


def t_local(t):
    return t - dt.timedelta(hours=5)  # CDT


def t_java(t):
    lt = t_local(t)
    return lt.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (lt.microsecond // 1000)


def t_log4j(t):
    lt = t_local(t)
    return lt.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (lt.microsecond // 1000)


def t_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def t_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


# --------------------------------------------------------------- families
def r_encoder():
    t = tick()
    ts = t_log4j(t)
    th = "grouper-pool-%d" % ri(1, 8)
    r = rng.random()
    if r < 0.4:
        p = pt()
        d = ch(DRG)
        pdx = ch(DX)[0]
        parts = [ts, " INFO  [", th, "] c.v.encoder.GroupingService - GROUPED fac=", p.h, " acct=",
                 P(p.acct, "account"), " ptype=IP grouper=MSDRG v41.1 pdx=", pdx, " nsdx=", str(ri(2, 24)),
                 " drg=", d[0], " mdc=", d[1], " rw=", d[2], " cc_mcc=", ch(["MCC", "CC", "NONE"]),
                 " poa_ok=", ch("YYYN"), " los=", str(p.los)]
        if rng.random() < 0.45:
            parts += [" adm=", P(d_hl7(p.adm), "date"), " dis=", P(d_hl7(p.dis), "date")]
        parts += [" ms=", str(ri(8, 140))]
        return [L("encoder_kv", parts)]
    if r < 0.54:
        p = pt()
        ed = ch([("E03", "Age conflict", "Z38.00"), ("E05", "Sex conflict", "N40.0"),
                 ("E11", "Nonspecific principal diagnosis", "R69"), ("E09", "Manifestation code as PDX", "F02.80"),
                 ("E20", "Questionable admission", "Z51.11")])
        parts = [ts, " WARN  [edit-engine-", str(ri(1, 4)), "] c.v.encoder.MceEditor - MCE edit ", ed[0],
                 ' "', ed[1], '" code=', ed[2], " acct=", P(p.acct, "account")]
        if ed[0] == "E03":
            p = old_pt(p)
            if p.age > 89:
                parts += [" age=", P(str(p.age), "age")]
            else:
                parts += [" age=", str(p.age)]
        parts += [" sev=", str(ri(1, 3))]
        return [L("encoder_kv", parts)]
    c = ch([
        [ts, " INFO  [main] c.v.encoder.TableLoader - loaded MS-DRG v41.1 tables (build 2023.10.1-b", str(ri(300, 499)),
         ") in ", str(ri(900, 4000)), " ms checksum=sha256:", hexs(64)],
        [ts, " DEBUG [", th, "] c.v.encoder.GrouperCache - hit_ratio=0.", str(ri(880, 990)), " size=", str(ri(9000, 30000)),
         " evictions=", str(ri(0, 40)), " heap_used_mb=", str(ri(900, 3100))],
        [ts, " INFO  [sched-1] c.v.encoder.EditTableRefresh - OCE/IOCE table refresh fy=2024 q=", str(ri(1, 2)),
         " rows=", str(ri(60000, 90000)), " src=cms-ioce-v25.1.R2"],
        [ts, " WARN  [", th, "] c.v.encoder.GroupingService - grouper latency p99=", str(ri(300, 900)),
         "ms above SLO (250ms) node=vcdc-enc0", str(ri(1, 3)), ":8443"],
        [ts, " INFO  [http-nio-8443-exec-", str(ri(1, 40)), "] c.v.encoder.api.EncoderController - POST /v2/group 200 ",
         str(ri(12, 90)), "ms req=", hexs(16), " client=cdi-query-svc/3.14.2"],
    ])
    return [L("encoder_kv", c)]


def r_aprdrg():
    t = tick()
    base = {"timestamp": t_iso(t), "level": "info", "service": "aprdrg-svc", "version": "41.0.2",
            "trace_id": hexs(32), "span_id": hexs(16)}
    if rng.random() < 0.6:
        p = pt()
        base["msg"] = "grouped"
        base["facility"] = p.h
        base["encounter"] = P(p.acct, "account")
        base["apr_drg"] = ch(["720", "194", "140", "201", "460", "383", "710"])
        base["soi"] = ri(1, 4)
        base["rom"] = ri(1, 4)
        base["age"] = P(p.age, "age") if p.age > 89 else p.age
        base["sex"] = p.sex
        base["disp"] = ch(["01", "03", "06", "20", "62"])
        base["los"] = p.los
        base["payer"] = p.payer
        base["elapsed_ms"] = ri(4, 60)
    else:
        base.update(ch([
            {"msg": "weights table loaded", "table": "APR-DRG v41 national HSRV", "rows": ri(1200, 1400),
             "sha1": hexs(40)},
            {"level": "warn", "msg": "grouper license expires in %d days" % ri(20, 90), "license_id": "LIC-" + digits(6)},
            {"msg": "health", "status": "ok", "uptime_s": ri(10000, 900000), "rss_mb": ri(180, 600)},
        ]))
    return [L("aprdrg_json", J(base))]


EVID_NOPHI = [
    "Na 126 on admission, improved to 131 with fluid restriction",
    "Cr 2.4 from baseline 0.9, consistent with AKI, likely prerenal",
    "lactate 4.1, MAP 58 despite 30 mL/kg bolus, started norepinephrine",
    "BMI 42.7, dietitian consult placed",
    "SpO2 84% on RA, placed on 4L NC then BiPAP",
    "albumin 2.1, temporal wasting, intake <50% x 7 days per RD",
    "Hgb 6.8 s/p 2 units PRBC, post-op blood loss",
    "confused, disoriented to time, improved after correction of Na",
    "stage 4 sacral pressure injury present on admission, wound care following",
    "troponin 0.42 -> 1.10, no ST elevation, cardiology consulted",
]


def r_cac():
    t = tick()
    p = pt()
    dx = ch(DX)
    r = rng.random()
    if r < 0.2:
        obj = {"ts": t_iso(t), "engine": "clara-nlp", "model": "clara-icd10cm-2024.02.1", "event": "batch_complete",
               "batch": "B" + t.strftime("%Y%m%d") + "-%02d" % ri(1, 30), "docs": ri(40, 900),
               "codes_suggested": ri(300, 9000), "p50_ms": ri(40, 200), "p95_ms": ri(300, 1900), "gpu": "A10G"}
        return [L("cac_nlp_json", J(obj, sep=(", ", ": ")))]
    ev = ch(EVID_NOPHI)
    e_parts = [ev]
    rr = rng.random()
    if rr < 0.25:
        p = old_pt(p)
        age = P(str(p.age), "age") if p.age > 89 else str(p.age)
        e_parts = [ch(["Mrs. " if p.sex == "F" else "Mr. ", "Pt "]), P(p.last, "name"), " is a ", age, " y.o. ",
                   "female" if p.sex == "F" else "male", " admitted ", P("%d/%d" % (p.adm.month, p.adm.day), "date"),
                   " with ", ev]
    elif rr < 0.4:
        e_parts = [ev, "; ", p.rel, " ", P(p.rel_first + " " + p.last, "name"), " (HCPOA) at bedside, updated"]
    elif rr < 0.56:
        sn = ch(["RNB", "PJN", "BLR", "SJM"]) + digits(6) + ch(["S", "H", ""])
        e_parts = ["s/p dual chamber PPM (", ch(["Medtronic Azure XT DR", "Abbott Assurity MRI", "Boston Sci Accolade"]),
                   ", SN ", P(sn, "device"), ", lot ", digits(4) + ch("ABCK") + digits(2), ") placed ",
                   P(d_us(p.adm + dt.timedelta(days=1)), "date")]
    elif rr < 0.62:
        e_parts = [ev, " (DOB ", P(d_us(p.dob), "date"), ")"]
    s0 = ri(100, 9000)
    obj = {"ts": t_iso(t), "engine": "clara-nlp", "model": "clara-icd10cm-2024.02.1",
           "doc": {"id": uid(), "type": ch(["H&P", "Progress Note", "Discharge Summary", "Consult", "Op Note"]),
                   "enc": P(p.csn, "account"), "fac": p.h},
           "finding": {"code": dx[0], "desc": dx[1], "span": [s0, s0 + ri(20, 90)], "evidence": S(*e_parts),
                       "neg": False, "poa": ch(["Y", "N", "U", "W"]), "conf": round(rng.uniform(0.55, 0.99), 3)}}
    return [L("cac_nlp_json", J(obj, ascii=rng.random() < 0.5, sep=(", ", ": ")))]


def spring(t, lvl, pid, th, logger, msg_parts):
    lg = logger if len(logger) >= 40 else logger + " " * (40 - len(logger))
    return ["%s %5s %d --- [%15s] %s : " % (t_java(t), lvl, pid, th[-15:], lg)] + msg_parts


spring_state = {"n": 0}


def r_spring():
    t = tick()
    pid = 4412
    th = "nio-8443-exec-%d" % ri(1, 20)
    p = pt()
    r = rng.random()
    spring_state["n"] += 1
    if spring_state["n"] % 4 == 3:
        r = 0.9  # at least some exceptions per archive
    out = []
    if r < 0.33:
        qtype = ch(["SEPSIS_CLARIFICATION", "AKI_KDIGO", "MALNUTRITION_SEVERITY", "ACUTE_RESP_FAILURE",
                    "ENCEPHALOPATHY_TYPE", "ANEMIA_ACUITY", "HF_TYPE_ACUITY"])
        doc = ch(DOCS)
        out.append(L("spring_cdi", spring(t, "DEBUG", pid, th, "org.hibernate.SQL",
                     ["insert into cdi_query (created_at, created_by, encounter_no, facility_cd, physician_npi, query_type, status, id) values (?, ?, ?, ?, ?, ?, ?, ?)"])))
        binds = [("TIMESTAMP", t_java(t_local(t) + dt.timedelta(hours=5)).replace(" ", "T")),
                 ("VARCHAR", ch(CDIS)[0]), ("VARCHAR", P(p.acct, "account")), ("VARCHAR", p.h),
                 ("VARCHAR", DOC_NPI[doc[1]]), ("VARCHAR", qtype), ("VARCHAR", "OPEN"), ("BIGINT", str(ri(800000, 900000)))]
        for i, (ty, v) in enumerate(binds, 1):
            out.append(L("spring_cdi", spring(t, "TRACE", pid, th, "o.h.type.descriptor.sql.BasicBinder",
                         ["binding parameter [%d] as [%s] - [" % (i, ty), v, "]"])))
        out.append(L("spring_cdi", spring(t, "INFO", pid, th, "c.v.cdi.query.QueryDispatchService",
                     ["Query Q-2024-03-%05d type=%s sent to %s, %s %s (npi=%s) via %s template_ver=3.2" % (
                         ri(1, 20000), qtype, doc[1], doc[0], doc[2], DOC_NPI[doc[1]],
                         ch(["InBasket", "Message Center", "PowerChart Inbox", "fax-gateway"]))])))
        return out
    if r < 0.55:
        out.append(L("spring_cdi", spring(t, "DEBUG", pid, th, "org.hibernate.SQL",
                     ["select p1_0.id,p1_0.birth_dt,p1_0.first_nm,p1_0.last_nm,p1_0.mrn from cdi_patient p1_0 where p1_0.mrn=? and p1_0.facility_cd=?"])))
        out.append(L("spring_cdi", spring(t, "TRACE", pid, th, "org.hibernate.orm.jdbc.bind",
                     ["binding parameter (1:VARCHAR) <- [", P(p.mrn, "mrn"), "]"])))
        out.append(L("spring_cdi", spring(t, "TRACE", pid, th, "org.hibernate.orm.jdbc.bind",
                     ["binding parameter (2:VARCHAR) <- [%s]" % p.h])))
        out.append(L("spring_cdi", spring(t, "TRACE", pid, th, "org.hibernate.orm.results",
                     ["Extracted JDBC value [1] - [", P(d_iso(p.dob), "date"), "]"])))
        out.append(L("spring_cdi", spring(t, "TRACE", pid, th, "org.hibernate.orm.results",
                     ["Extracted JDBC value [3] - [", P(p.last, "name"), "]"])))
        return out
    if r < 0.8:
        msgs = [
            ["Query Q-2024-03-%05d response received: answer='%s' agree=%s responder_npi=%s" % (
                ri(1, 20000), ch(["Sepsis ruled out", "Acute on chronic systolic HF", "Severe protein-calorie malnutrition",
                                  "Clinically undetermined", "Metabolic encephalopathy"]), ch(["true", "false"]),
                DOC_NPI[ch(DOCS)[1]])],
            ["Escalation: %d queries older than 72h for facility=%s, notifying physician advisor %s" % (
                ri(1, 14), ch(list(HOSP)), ch(["Dr. Colleen Marchetti", "Dr. Arjun Seshadri"]))],
            ["HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)" % ri(1, 9)],
            ["Started CdiQueryApplication in %.3f seconds (process running for %.3f)" % (rng.uniform(8, 20), rng.uniform(9, 22))],
        ]
        m = ch(msgs)
        lvl = "WARN" if m[0].startswith(("Escal", "Hikari")) else "INFO"
        return [L("spring_cdi", spring(t, lvl, pid, th if lvl != "INFO" or not m[0].startswith("Started") else "main",
                                       "c.v.cdi.query.QueryWorkflowService", m))]
    # exception with stack trace
    if rng.random() < 0.4:
        out.append(L("spring_cdi", spring(t, "ERROR", pid, th, "c.v.cdi.query.GroupingClient",
                     ["Encoder call failed, will retry (attempt %d/3)" % ri(1, 3)])))
        for f in ['org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://vcdc-enc0%d.veridia.local:8443/v2/group": Read timed out' % ri(1, 3),
                  "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)",
                  "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)",
                  "\tat com.veridia.cdi.query.GroupingClient.regroup(GroupingClient.java:%d)" % ri(40, 120),
                  "Caused by: java.net.SocketTimeoutException: Read timed out",
                  "\t... %d more" % ri(20, 60)]:
            out.append(L("java_stacktrace", [f]))
        return out
    out.append(L("spring_cdi", spring(t, "ERROR", pid, th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                 ["Servlet.service() for servlet [dispatcherServlet] threw exception"])))
    fr = [
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement [SQL: insert into cdi_patient (birth_dt, facility_cd, first_nm, last_nm, mrn, id) values (?, ?, ?, ?, ?, ?)]; constraint [UQ_cdi_patient_fac_mrn]",
        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)",
        "\tat com.veridia.cdi.query.patient.PatientSyncService.upsert(PatientSyncService.java:%d)" % ri(80, 200),
        "\tat com.veridia.cdi.query.patient.PatientSyncService$$SpringCGLIB$$0.upsert(<generated>)",
    ]
    for f in fr:
        out.append(L("java_stacktrace", [f]))
    out.append(L("java_stacktrace", ["Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Violation of UNIQUE KEY constraint 'UQ_cdi_patient_fac_mrn'. Cannot insert duplicate key in object 'dbo.cdi_patient'. The duplicate key value is (",
                                     p.h, ", ", P(p.mrn, "mrn"), ")."]))
    out.append(L("java_stacktrace", ["\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)"]))
    out.append(L("java_stacktrace", ["\t... %d common frames omitted" % ri(40, 120)]))
    return out


def r_serilog():
    t = tick()
    c = ch(CODERS)
    r = rng.random()
    mach = ch(["VWL-WEB01", "VWL-WEB02"])
    if r < 0.3:
        p = pt()
        q = "%s-%s" % (p.h, ch(["IP-FINAL", "IP-DRG-VAL", "OBS", "SDS", "ED-PRO", "RAC-REBILL"]))
        o = {"@t": t_iso(t, 7), "@mt": "Chart {Account} assigned to {Coder} from queue {Queue}",
             "Account": P(p.acct, "account"), "Coder": c[0], "Queue": q,
             "SourceContext": "Veridia.Worklist.Services.AssignmentService",
             "RequestId": "0HN1%s:%08X" % (b62(8).upper(), ri(1, 400)), "MachineName": mach, "ThreadId": ri(3, 60)}
        return [L("serilog_worklist", J(o))]
    if r < 0.42:
        p = pt()
        o = {"@t": t_iso(t, 7), "@mt": "Patient {PatientName} DOB {Dob:yyyy-MM-dd} matched to encounter {Account} ({Facility})",
             "@l": "Debug", "PatientName": P(lastfirst(p), "name"), "Dob": P(d_iso(p.dob) + "T00:00:00.0000000", "date"),
             "Account": P(p.acct, "account"), "Facility": p.h,
             "SourceContext": "Veridia.Worklist.Import.EncounterMatcher", "MachineName": mach}
        return [L("serilog_worklist", J(o, ascii=True))]
    if r < 0.52:
        p = pt()
        o = {"@t": t_iso(t, 7), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
             "RequestMethod": "POST", "RequestPath": S("/api/encounters/", P(p.acct, "account"), "/lock"),
             "StatusCode": ch([200, 200, 409]), "Elapsed": round(rng.uniform(2, 300), 4),
             "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId": "0HN1%s:%08X" % (b62(8).upper(), ri(1, 400)),
             "ConnectionId": "0HN1" + b62(8).upper()}
        return [L("serilog_worklist", J(o))]
    if r < 0.82:
        o = ch([
            {"@t": t_iso(t, 7), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
             "RequestMethod": "GET", "RequestPath": "/api/worklist/queues/%s-IP-FINAL/items" % ch(list(HOSP)),
             "StatusCode": 200, "Elapsed": round(rng.uniform(2, 300), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"},
            {"@t": t_iso(t, 7), "@mt": "Queue {Queue} depth {Depth} oldest {OldestHours}h DNFB ${Dnfb:N0}",
             "Queue": "%s-IP-DRG-VAL" % ch(list(HOSP)), "Depth": ri(3, 400), "OldestHours": ri(1, 90),
             "Dnfb": ri(40000, 3000000), "SourceContext": "Veridia.Worklist.Jobs.QueueMonitor"},
            {"@t": t_iso(t, 7), "@mt": "User {User} signed in from {ClientIp} (MFA {Mfa})", "User": c[0],
             "ClientIp": STAFF_IP[c[0]], "Mfa": "push", "SourceContext": "Veridia.Worklist.Auth"},
            {"@t": t_iso(t, 7), "@mt": "Productivity snapshot written for {Coder}: {Charts} charts, {Hours} h",
             "Coder": c[2], "Charts": ri(5, 40), "Hours": round(rng.uniform(1, 8), 2), "SourceContext": "Veridia.Worklist.Jobs.Productivity"},
        ])
        return [L("serilog_worklist", J(o))]
    lt = t_local(t)
    return [L("serilog_worklist", ["[", lt.strftime("%H:%M:%S"), " ", ch(["INF", "WRN", "DBG"]), "] ",
              ch(["SignalR connection %s dropped for user %s" % (b62(22), c[0]),
                  "Hangfire job %d 'RecalcDnfbAging' succeeded in %d ms" % (ri(100000, 999999), ri(200, 9000)),
                  "Cache warmup complete: %d queues, %d coders" % (ri(20, 60), ri(40, 90)),
                  "Now listening on: https://[::]:%d" % ch([5001, 8443])])])]


def r_fhir():
    t = tick()
    p = ch([x for x in PATIENTS if HOSP[x.h]["fhir"]])
    H = HOSP[p.h]
    r = rng.random()
    if r < 0.3:
        url = H["fhir"] + "/DocumentReference?patient=" + p.fhir + "&category=clinical-note&date=ge" + d_iso(p.adm)
        return [L("chartpull_http", [t_iso(t), " chartpull[", str(ri(3000, 3999)), "] INFO  GET ", P(url, "url"),
                  " -> 200 (", str(ri(0, 60)), " entries) ", str(ri(80, 2400)), "ms corr=", uid()])]
    if r < 0.5:
        return [L("chartpull_http", [t_iso(t), " chartpull[", str(ri(3000, 3999)), "] ",
                  ch(["INFO  POST " + (H["fhir"].split("/api")[0].split("/r4")[0]) + "/oauth2/token -> 200 expires_in=3600 client_id=veridia-chartpull-prod",
                      "INFO  GET %s/Binary/%s -> 200 application/pdf %d bytes %dms" % (H["fhir"], "e" + b62(30), ri(20000, 4000000), ri(90, 3000)),
                      "WARN  GET %s/DocumentReference -> 429 Too Many Requests retry_after=%d" % (H["fhir"], ri(2, 30)),
                      "INFO  job=nightly-pull fac=%s encounters=%d docs=%d failed=%d" % (p.h, ri(40, 300), ri(200, 3000), ri(0, 9))])])]
    if r < 0.78:
        doc = ch(DOCS)
        typ = ch([("18842-5", "Discharge summary"), ("34117-2", "History and physical note"),
                  ("11506-3", "Progress note"), ("28570-0", "Procedure note"), ("11488-4", "Consult note")])
        cer = p.h == "SAH"
        obj = {"resourceType": "DocumentReference", "id": ("e" + b62(28)) if not cer else str(ri(10**8, 10**9)),
               "identifier": [{"system": ("urn:oid:1.2.840.114350.1.13.%d.2.7.2.727879" % ri(100, 999)) if not cer
                               else "https://fhir.cerner.com/a3f1c2d4-ten/documentreference", "value": digits(9)}],
               "status": "current", "docStatus": "final",
               "type": {"coding": [{"system": "http://loinc.org", "code": typ[0], "display": typ[1]}]},
               "subject": {"reference": S("Patient/", P(p.fhir, "mrn")), "display": P(full(p, False), "name")},
               "date": t_iso(t - dt.timedelta(days=ri(1, 5))),
               "author": [{"reference": "Practitioner/" + (("e" + b62(20)) if not cer else str(ri(10**6, 10**8))), "display": "%s %s, %s" % (doc[0], doc[1], doc[2])}],
               "context": {"encounter": [{"reference": "Encounter/" + (("e" + b62(22)) if not cer else str(ri(10**7, 10**9)))}],
                           "period": {"start": P(d_iso(p.adm), "date"), "end": P(d_iso(p.dis), "date")}},
               "content": [{"attachment": {"contentType": "application/pdf", "url": "Binary/e" + b62(30),
                                           "size": ri(20000, 900000)}}]}
        return [L("fhir_docref", J(obj))]
    # Patient resource
    fam = p.last
    given = [p.first] + ([p.mid] if p.mid else [])
    tele = [{"system": "phone", "value": P(fmt_phone(p.phone, 1), "phone"), "use": "home"}]
    if rng.random() < 0.6:
        tele.append({"system": "email", "value": P(p.email, "email")})
    obj = {"resourceType": "Patient", "id": P(p.fhir, "mrn"),
           "identifier": [{"use": "usual", "type": {"text": "MRN"}, "value": P(p.mrn, "mrn")}],
           "name": [{"use": "official", "family": P(fam, "name"), "given": [P(g, "name") for g in given]}],
           "telecom": tele, "gender": "female" if p.sex == "F" else "male",
           "birthDate": P(d_iso(p.dob), "date"),
           "address": [{"use": "home", "line": [P(p.street + p.unit, "address")], "city": P(p.city, "address"),
                        "state": p.state, "postalCode": P(p.zip, "zip")}]}
    if rng.random() < 0.5:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(rng.getrandbits(8) for _ in range(ri(36, 72)))
        obj["photo"] = [{"contentType": "image/jpeg", "data": P(base64.b64encode(raw).decode(), "photo")}]
    return [L("fhir_patient", J(obj, ascii=True))]


def hl7_name(p):
    return [P(p.last.upper(), "name"), "^", P(p.first.upper(), "name")] + (["^", P(p.mid, "name")] if p.mid else [])


hl7_state = {"n": 0}


def r_hl7():
    t = tick()
    p = ch([x for x in PATIENTS if x.h in ("BCH", "NLH")])
    ts = t_local(t).strftime("%Y%m%d%H%M%S")
    ctl = "MSG%08d" % ri(1, 99999999)
    app = "MT" if p.h == "BCH" else "EPIC"
    out = []
    if rng.random() < 0.25:
        out.append(L("hl7_mdm", ["MSH|^~\\&|VERIDIA_CAC|VERIDIA|", app, "|", p.h, "|", ts, "||ACK^T02^ACK|A", ctl[3:], "|P|2.5.1"]))
        out.append(L("hl7_mdm", ["MSA|AA|", ctl, "|Message accepted"]))
        return out
    doc = ch(DOCS)
    dnpi = DOC_NPI[doc[1]]
    out.append(L("hl7_mdm", ["MSH|^~\\&|", app, "|", p.h, "|VERIDIA_CAC|VERIDIA|", ts, "||MDM^T02^MDM_T02|", ctl, "|P|2.5.1|||AL|NE"]))
    out.append(L("hl7_mdm", ["EVN|T02|", ts]))
    pid = ["PID|1||", P(p.mrn, "mrn"), "^^^", p.h, "^MR"]
    if rng.random() < 0.5:
        pid += ["~", P(p.ssn, "ssn"), "^^^SSA^SS"]
    pid += ["||"] + hl7_name(p) + ["||", P(d_hl7(p.dob), "date"), "|", p.sex, "|||",
                                   P(p.street + p.unit, "address"), "^^", P(p.city, "address"), "^", p.state, "^",
                                   P(p.zip, "zip"), "^USA^H||",
                                   P(fmt_phone(p.phone, 3 if rng.random() < 0.3 else 4), "phone"), "^PRN^PH"]
    rr = rng.random()
    hl7_state["n"] += 1
    if hl7_state["n"] % 3 == 2:
        rr = 0.4
    if rr < 0.3:
        pid += ["~^NET^Internet^", P(p.email, "email")]
    elif rr < 0.45:
        pid += ["~", P(fmt_phone(p.phone2, 4), "fax"), "^PRN^FX"]
    pid += ["|||", ch(["M", "W", "S", "D"]), "|", ch(["CAT", "BAP", "LUT", "NON", "UNK"]), "|", P(p.acct, "account"), "|"]
    if rng.random() < 0.5:
        pid += [P(p.ssn, "ssn")]
    out.append(L("hl7_mdm", pid))
    if rng.random() < 0.4:
        out.append(L("hl7_mdm", ["NK1|1|", P(p.last.upper(), "name"), "^", P(p.rel_first.upper(), "name"), "|",
                                 {"daughter": "DAU", "son": "SON", "wife": "SPO", "husband": "SPO", "niece": "OTH", "nephew": "OTH",
                                  "granddaughter": "GRD"}[p.rel], "^", p.rel.capitalize(), "^HL70063||",
                                 P(fmt_phone(p.phone2, 0), "phone"), "||EC^Emergency Contact^HL70131"]))
    pv1 = ["PV1|1|I|", ch(["3W", "4E", "ICU", "5N"]), "^", str(ri(300, 520)), "^", ch("AB"), "^", p.h,
           "||||", dnpi, "^", doc[1].upper(), "^", doc[0].upper(), "^^^", doc[2], "|||", ch(["MED", "SUR", "CAR"]),
           "||||||||IP|", P(p.acct, "account"), "|", ("MCR" if p.medicare else "COM")]
    pv1 += ["|" * 24, P(d_hl7(p.adm) + "%02d%02d" % (ri(0, 23), ri(0, 59)), "date"),
            "|", P(d_hl7(p.dis) + "%02d%02d" % (ri(8, 20), ri(0, 59)), "date")]
    out.append(L("hl7_mdm", pv1))
    typ = ch([("DS", "Discharge Summary"), ("HP", "History and Physical"), ("PN", "Progress Note"), ("CN", "Consultation")])
    out.append(L("hl7_mdm", ["TXA|1|", typ[0], "|TX|", P(d_hl7(p.dis) + "%02d%02d" % (ri(8, 20), ri(0, 59)), "date"), "|",
                             dnpi, "^", doc[1].upper(), "^", doc[0].upper(), "||", ts, "|||||", "DOC", digits(10),
                             "^", app, "|||||AU||AV"]))
    age = P(str(p.age), "age") if p.age > 89 else str(p.age)
    txt = ch([["Patient is a ", age, " year old ", "female" if p.sex == "F" else "male", " admitted with ",
               ch(DX)[1].lower(), "."],
              ["HOSPITAL COURSE: ", ch(EVID_NOPHI), "."],
              ["Discussed plan with ", p.rel, " ", P(p.rel_first, "name"), " by phone ", P(fmt_phone(p.phone2, 1), "phone"), "."]])
    out.append(L("hl7_mdm", ["OBX|1|TX|", ch(["18842-5^Discharge summary^LN", "11506-3^Progress note^LN"]), "|1|"] + txt + ["||||||F"]))
    return out


EPIC_HDR = "PAT_MRN_ID|PAT_NAME|BIRTH_DATE|HSP_ACCOUNT_ID|PAT_ENC_CSN_ID|ADM_DATE_TIME|DISCH_DATE_TIME|DISCH_DISP_C|FINAL_DRG_ID|CODER_USER_ID|ABS_STATUS"
epic_state = {"hdr": False}


def r_epic():
    tick(0.1, 2)
    out = []
    if not epic_state["hdr"] or rng.random() < 0.1:
        out.append(L("epic_pipe", [EPIC_HDR]))
        epic_state["hdr"] = True
    for _ in range(ri(1, 3)):
        p = ch([x for x in PATIENTS if x.h in ("MRRMC", "NLH")])
        bd = d_us(p.dob)
        if rng.random() < 0.05:
            bd = "%02d/30/%d" % (2, p.dob.year)  # junk DOB in source system
        out.append(L("epic_pipe", [P(p.mrn, "mrn"), "|", P(lastfirst(p, True, ","), "name"), "|", P(bd, "date"), "|",
                                   P(p.acct, "account"), "|", P(p.csn, "account"), "|",
                                   P(d_us(p.adm) + " %02d:%02d" % (ri(0, 23), ri(0, 59)), "date"), "|",
                                   P(d_us(p.dis) + " %02d:%02d" % (ri(8, 20), ri(0, 59)), "date"), "|",
                                   ch(["1", "3", "6", "20", "62"]), "|", ch(DRG)[0], "|", ch(CODERS)[0].upper(), "|",
                                   ch(["FINAL", "PEND-CDI", "HOLD-PHY", "BILLED"])]))
    return out


CERNER_HDR = '"PERSON_ID","ENCNTR_ID","FIN_NBR","MRN","NAME_FULL_FORMATTED","BIRTH_DT_TM","SSN","REG_DT_TM","DISCH_DT_TM","ENCNTR_TYPE_DISP","LOC_FACILITY_CD","MS_DRG"'
cer_state = {"hdr": False}


def r_cerner():
    tick(0.1, 2)
    out = []
    if not cer_state["hdr"] or rng.random() < 0.1:
        out.append(L("cerner_csv", [CERNER_HDR]))
        cer_state["hdr"] = True
    for _ in range(ri(1, 2)):
        p = ch([x for x in PATIENTS if x.h == "SAH"])
        sv = ch(["real", "real", "blank", "zero"])
        row = ['"', P(p.person_id, "mrn"), '.00","', str(ri(80000000, 99999999)), '.00","', P(p.acct, "account"), '","',
               P(p.mrn, "mrn"), '","', P(lastfirst(p, True), "name"), '","',
               P(p.dob.strftime("%d-%b-%Y").upper() + " 00:00:00", "date"), '","']
        if sv == "real":
            row += [P(p.ssn.replace("-", ""), "ssn")]
        elif sv == "zero":
            row += ["000000000"]
        row += ['","', P(p.adm.strftime("%d-%b-%Y").upper() + " %02d:%02d:00" % (ri(0, 23), ri(0, 59)), "date"), '","',
                P(p.dis.strftime("%d-%b-%Y").upper() + " %02d:%02d:00" % (ri(8, 20), ri(0, 59)), "date"),
                '","Inpatient","', ch(["2553512641", "2553512651"]), '","', ch(DRG)[0], '"']
        out.append(L("cerner_csv", row))
    return out


def r_meditech():
    tick(0.1, 2)
    out = []
    if rng.random() < 0.12:
        out.append(L("meditech_fixed", ["HDR BCH  ABSEXTRACT  %s  V2.1  VERIDIA          " % now[0].strftime("%Y%m%d")]))
    p = ch([x for x in PATIENTS if x.h == "BCH"])
    nm = ascii_fold(lastfirst(p, True, ","))[:28]
    out.append(L("meditech_fixed", [P(p.acct, "account"), " ", P(p.mrn, "mrn"), " ", P(nm, "name"), " " * (28 - len(nm)), " ",
                                    P(d_hl7(p.dob), "date"), " ", P(d_hl7(p.adm), "date"), " ", P(d_hl7(p.dis), "date"), " ",
                                    "IN ", ch(DRG)[0].rjust(4, "0"), " ", ch(["FIN ", "ABS ", "HOLD"]), " ", ch(CODERS)[2]]))
    if rng.random() < 0.1:
        out.append(L("meditech_fixed", ["TRL %06d RECORDS  CRC32=%s" % (ri(100, 900), hexs(8).upper())]))
    return out


prod_state = {"hdr": False}


def r_prod():
    t = tick(0.1, 3)
    out = []
    if not prod_state["hdr"] or rng.random() < 0.08:
        out.append(L("productivity_csv", ["work_date,coder_id,coder_name,facility,pt_type,charts_coded,hours_worked,charts_per_hr,qa_accuracy_pct,holds,queries_issued"]))
        prod_state["hdr"] = True
    for _ in range(ri(1, 4)):
        c = ch(CODERS)
        n = ri(4, 38)
        h = round(rng.uniform(2, 8), 2)
        out.append(L("productivity_csv", ["%s,%s,\"%s\",%s,%s,%d,%.2f,%.2f,%.1f,%d,%d" % (
            (t_local(t) - dt.timedelta(days=1)).strftime("%Y-%m-%d"), c[2], c[1], ch(list(HOSP)),
            ch(["IP", "OBS", "SDS", "ED", "PRO"]), n, h, n / h, rng.uniform(88, 100), ri(0, 5), ri(0, 6))]))
    return out


AUDITORS = [("Cotiviti RAC R2", "Medicare"), ("Performant RAC R1", "Medicare"), ("HMS RAC R4", "Medicare"),
            ("UHC Payment Integrity", "UnitedHealthcare"), ("Humana DRG Validation", "Humana MA"),
            ("BCBS OK Clinical Validation", "BCBS OK"), ("Equian Subrogation", "Aetna")]


def r_audit():
    t = tick(0.2, 4)
    p = pt()
    if p.medicare:
        aud = ch(AUDITORS[:3])
    else:
        cands = [a for a in AUDITORS[3:] if a[1] == p.payer]
        aud = ch(cands + [("%s Payment Integrity" % p.payer, p.payer)] * 2 + [("Equian Subrogation", p.payer)])
    letter = ch(["ADR", "Initial Findings", "Review Results", "Demand", "Discussion Period", "Questionnaire"])
    ld = (t_local(t) - dt.timedelta(days=ri(0, 30))).strftime("%Y-%m-%d")
    due = (t_local(t) + dt.timedelta(days=ri(10, 45))).strftime("%Y-%m-%d")
    bid = P(p.mbi, "health_plan") if aud[1] == "Medicare" else P(p.member, "health_plan")
    d1, d2 = ch(DRG), ch(DRG)
    if aud[0].startswith("Equian"):
        letter = "Questionnaire"
    note = ch(["Records sent via esMD", "Awaiting CDI rebuttal", "Rebuttal drafted - AKI clinical validation",
               "Agree w/ finding, rebill 837I", "Appeal L1 filed", ""])
    notep = [note]
    if aud[0].startswith("Equian") or (letter == "Questionnaire" and rng.random() < 0.3):
        plate = "%s%s%s %s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3))
        notep = ["MVA questionnaire rec'd: pt driver, veh VIN ", P(vin(), "vehicle"), " plate ", p.state, " ", P(plate, "vehicle"),
                 ", DL ", P(p.state[0] + digits(8) if p.state != "LA" else digits(9), "license"), "; other carrier claim# ",
                 P("%s-%s" % (ch(["SF", "GEICO", "PRG"]), digits(9)), "other_id")]
    return [L("audit_tracker_tsv", ["AUD-24-%05d\t" % ri(100, 3000), aud[0], "\t", letter, "\t", ld, "\t", p.h, "\t",
                                    P(p.icn, "other_id"), "\t", bid, "\t", P(lastfirst(p, True), "name"), "\t",
                                    P(d_iso(p.adm), "date"), "\t", P(d_iso(p.dis), "date"), "\t", d1[0], "\t", d2[0], "\t",
                                    "%.2f" % rng.uniform(1500, 48000), "\t", due, "\t", ch(CDIS)[0], "\t"] + notep)]


def r_x12():
    t = tick()
    p = pt()
    lt = t_local(t)
    ctl = "%09d" % ri(1, 999999999)
    H = HOSP[p.h]
    segs = []
    segs.append(["ISA*00*          *00*          *ZZ*VERIDIA01      *ZZ*", ch(["CLEARHOUSE01", "AVAILITY     ", "WAYSTAR      "]).ljust(15)[:15],
                 "*", lt.strftime("%y%m%d"), "*", lt.strftime("%H%M"), "*^*00501*", ctl, "*0*P*:~"])
    segs.append(["GS*HC*VERIDIA01*", ch(["CLEARHOUSE01", "AVAILITY"]), "*", lt.strftime("%Y%m%d"), "*", lt.strftime("%H%M"), "*", str(ri(1, 9999)), "*X*005010X223A2~"])
    segs.append(["ST*837*0001*005010X223A2~"])
    segs.append(["BHT*0019*00*", "RB" + digits(8), "*", lt.strftime("%Y%m%d"), "*", lt.strftime("%H%M"), "*CH~"])
    segs.append(["NM1*85*2*", H["name"].upper(), "*****XX*", npi(), "~"])
    segs.append(["SBR*P*18*******", "MA" if p.medicare else "CI", "~"])
    segs.append(["NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "****MI*",
                 P(p.mbi if p.medicare else p.member, "health_plan"), "~"])
    segs.append(["N3*", P((p.street + p.unit).upper(), "address"), "~"])
    segs.append(["N4*", P(p.city.upper(), "address"), "*", p.state, "*", P(p.zip, "zip"), "~"])
    segs.append(["DMG*D8*", P(d_hl7(p.dob), "date"), "*", p.sex, "~"])
    segs.append(["CLM*", P(p.acct, "account"), "*", "%.2f" % rng.uniform(8000, 90000), "***11:A:7*Y*A*Y*Y~"])
    segs.append(["DTP*434*RD8*", P(d_hl7(p.adm), "date"), "-", P(d_hl7(p.dis), "date"), "~"])
    segs.append(["REF*F8*", P(p.icn, "other_id"), "~"])
    segs.append(["HI*ABK:", ch(DX)[0].replace(".", ""), "*ABF:", ch(DX)[0].replace(".", ""), "~"])
    segs.append(["SE*", str(len(segs) - 1), "*0001~"])
    segs.append(["GE*1*", segs[1][7], "~"])
    segs.append(["IEA*1*", ctl, "~"])
    return [L("x12_837", s) for s in segs]


def r_citrix():
    t = tick()
    c = ch(CODERS)
    host = "vcdc-ns01"
    pre = "<134> %s %s %s GMT %s 0-PPE-0 : default " % (t_sys(t), host, t.strftime("%m/%d/%Y:%H:%M:%S"), host)
    sess = ri(100000, 9999999)
    dur = ri(300, 8 * 3600)
    ip = STAFF_IP[c[0]]
    m = ch([
        "SSLVPN ICASTART %d 0 : Source %s:%d - Destination 10.40.12.%d:2598 - customername  - username:domainname %s:VERIDIA - applicationName %s - startTime \"%s\" - connectionId %s" % (
            sess, ip, ri(40000, 65000), ri(10, 60), c[0], ch(["MRRMC Hyperspace", "SAH PowerChart", "BCH Expanse", "CodeSmith Encoder", "Clara CAC"]),
            t.strftime("%m/%d/%Y:%H:%M:%S GMT"), hexs(20)),
        "SSLVPN ICAEND_CONNSTAT %d 0 : Source %s:%d - Destination 10.40.12.%d:2598 - username:domainname %s:VERIDIA - startTime \"%s\" - endTime \"%s\" - Duration %02d:%02d:%02d  - Total_bytes_send %d - Total_bytes_recv %d" % (
            sess, ip, ri(40000, 65000), ri(10, 60), c[0], (t - dt.timedelta(seconds=dur)).strftime("%m/%d/%Y:%H:%M:%S GMT"),
            t.strftime("%m/%d/%Y:%H:%M:%S GMT"), dur // 3600, dur // 60 % 60, dur % 60, ri(10**6, 10**9), ri(10**6, 10**8)),
        "AAA LOGIN_FAILED %d 0 : User %s - Client_ip %s - Failure_reason \"Invalid credentials\" - Browser Citrix Receiver/23.11" % (sess, c[0], ip),
        "SSLVPN HTTPREQUEST %d 0 : Context %s@%s - SessionId: %d- vcdc-sf.veridia-cdi.com User %s : Group(s) GG-Remote-Coders : Vserver 52.14.201.%d:443 - %s GET /Citrix/VeridiaWeb/Resources/List - -" % (
            sess, c[0], ip, ri(100, 999), c[0], ri(10, 30), t.strftime("%m/%d/%Y:%H:%M:%S GMT")),
    ])
    return [L("citrix_netscaler", [pre, m])]


def r_vpn():
    t = tick()
    c = ch(CODERS)
    ip = STAFF_IP[c[0]]
    m = ch([
        "%%ASA-6-722051: Group <GP-Remote-Coders> User <%s> IP <%s> IPv4 Address <10.250.%d.%d> IPv6 address <::> assigned to session" % (c[0], ip, ri(0, 7), ri(2, 250)),
        "%%ASA-4-722041: TunnelGroup <VERIDIA-AC> GroupPolicy <GP-Remote-Coders> User <%s> IP <%s> No IPv6 address available for SVC connection" % (c[0], ip),
        "%%ASA-5-722037: Group <GP-Remote-Coders> User <%s> IP <%s> SVC closing connection: Idle Timeout." % (c[0], ip),
        "%%ASA-6-113039: Group <GP-Remote-Coders> User <%s> IP <%s> AnyConnect parent session started." % (c[0], ip),
        "%%ASA-6-302013: Built inbound TCP connection %d for outside:%s/%d (%s/%d) to inside:10.40.12.%d/443 (10.40.12.%d/443)" % (
            ri(10**8, 10**9), ip, ri(40000, 65000), ip, ri(40000, 65000), ri(10, 60), ri(10, 60)),
    ])
    return [L("vpn_asa", [t_sys(t_local(t)), " vcdc-asa01 : ", m])]


def r_etl():
    t = tick()
    ts = t_log4j(t)
    pid = ri(20000, 30000)
    r = rng.random()
    if r < 0.55:
        m = ch([
            "INFO etl.load_charts [pid %d] loaded %d rows from sftp://sftp.veridia-cdi.com/inbound/%s/ into stg.encounter (batch=B%s-%02d) in %.1fs" % (
                pid, ri(10, 900), ch(list(HOSP)).lower(), t.strftime("%Y%m%d"), ri(1, 30), rng.uniform(0.4, 40)),
            "INFO etl.dedupe [pid %d] merged %d duplicate encounters by pt_token" % (pid, ri(0, 30)),
            "DEBUG etl.s3 [pid %d] multipart upload part %d/%d etag=\"%s\" 8388608 bytes" % (pid, ri(1, 9), ri(10, 20), hexs(32)),
            "WARNING etl.schema [pid %d] column DISCH_DISP_C missing in %s extract v2024.03, defaulting NULL" % (pid, ch(["MRRMC", "NLH"])),
            "INFO etl.prod_rollup [pid %d] wrote productivity_%s.csv rows=%d sha1=%s" % (pid, t.strftime("%Y%m%d"), ri(20, 90), hexs(40)),
        ])
        return [L("python_etl", [ts, " ", m])]
    p = pt()
    if r < 0.75:
        return [L("python_etl", [ts, " WARNING etl.validate [pid %d] row %d rejected: invalid DOB '" % (pid, ri(2, 900)),
                                 P("%d-02-%d" % (p.dob.year, ri(30, 31)) if rng.random() < 0.4 else p.dob.strftime("%d/%m/%Y"), "date"),
                                 "' for MRN ", P(p.mrn, "mrn"), " fac=", p.h])]
    if r < 0.85:
        return [L("python_etl", [ts, " DEBUG etl.match [pid %d] candidate pt_token=%s score=0.%d fields=['last','dob','zip']" % (pid, p.token, ri(70, 99))])]
    if r < 0.93:
        return [L("python_etl", [ts, " ERROR etl.refunds [pid %d] credit balance refund row failed Luhn check? no - gateway declined: {'acct': '" % pid,
                                 P(p.acct, "account"), "', 'payee': '", P(full(p, False), "name"), "', 'card': '", P(card(), "account"),
                                 "', 'amt': '%.2f'}" % rng.uniform(20, 900)])]
    out = [L("python_etl", [ts, " ERROR etl.load_charts [pid %d] failed to parse %s_ADT_%s.hl7" % (pid, p.h, t.strftime("%Y%m%d%H%M"))])]
    out.append(L("python_etl", ["Traceback (most recent call last):"]))
    out.append(L("python_etl", ['  File "/opt/veridia/etl/load_charts.py", line %d, in parse_pid' % ri(100, 400)]))
    out.append(L("python_etl", ["    dob = datetime.strptime(fields[7], '%Y%m%d')"]))
    out.append(L("python_etl", ["ValueError: time data '", P(d_hl7(p.dob)[:6] + "00", "date"),
                                "' does not match format '%Y%m%d'"]))
    return out


def r_sql():
    t = tick()
    lt = t_local(t)
    ts = lt.strftime("%Y-%m-%d %H:%M:%S") + ".%02d" % (lt.microsecond // 10000)
    spid = "spid%d" % ri(51, 140)
    r = rng.random()
    if r < 0.7:
        m = ch([
            "Login failed for user 'svc_etl'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.2.%d]" % ri(10, 40),
            "Backup Log ... successfully completed. DB: VeridiaCDI, creation date(time): 2022/06/11(02:14:09), first LSN: %d:%d:1" % (ri(100000, 999999), ri(1000, 9999)),
            "SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\VeridiaCDI.mdf] in database id 7." % ri(1, 9),
            "Using 'dbghelp.dll' version '4.0.5'",
            "Recovery completed for database CodingAudit (database ID 9) in 2 second(s) (analysis 31 ms, redo 0 ms, undo 12 ms.)",
            "deadlock-list",
        ])
        return [L("sqlserver_errorlog", [ts, " ", spid if not m.startswith("Backup") else "Backup", "      ", m])]
    p = pt()
    if rng.random() < 0.5:
        q = ["UPDATE dbo.Encounter SET AbstractStatus = 'FINAL' WHERE FacilityCd = '", p.h, "' AND MRN = '", P(p.mrn, "mrn"), "'"]
    else:
        q = ["SELECT * FROM dbo.PatientIndex WHERE LastName = N'", P(p.last.replace("'", "''"), "name"), "' AND BirthDate = '",
             P(d_iso(p.dob), "date"), "'"]
    return [L("sqlserver_errorlog", [ts, " spid", str(ri(5, 30)), "s     inputbuf ", "<inputbuf>"] + q + ["</inputbuf>"])]


def r_s3():
    t = tick()
    owner = hexs(64)
    ip = "10.40.3.%d" % ri(10, 40)
    role = ch(["arn:aws:sts::418273645091:assumed-role/etl-loader/i-0%s" % hexs(16),
               "arn:aws:sts::418273645091:assumed-role/chartpull/i-0%s" % hexs(16)])
    rid = hexs(16).upper()
    if rng.random() < 0.55:
        p = pt()
        dtp = ch(["DS", "HP", "OPN", "CONS", "FULLCHART"])
        keyp = ["inbound/", p.h.lower(), "/", t.strftime("%Y/%m/%d"), "/", P(p.mrn, "mrn"), "_", P(p.acct, "account"), "_", dtp, ".pdf"]
        keyp2 = ["inbound/", p.h.lower(), "/", t.strftime("%Y/%m/%d"), "/", P(p.mrn, "mrn"), "_", P(p.acct, "account"), "_", dtp, ".pdf"]
    else:
        hf = ch(list(HOSP))
        k = "batches/%s/%s_ABS_%s_%02d.zip" % (hf.lower(), hf, t.strftime("%Y%m%d"), ri(1, 20))
        keyp, keyp2 = [k], [k]
    op = ch(["REST.PUT.OBJECT", "REST.GET.OBJECT", "REST.HEAD.OBJECT"])
    verb = op.split(".")[1]
    sz = ri(20000, 9000000)
    return [L("s3_access", [owner, " veridia-chart-intake-prod [", t_clf(t), "] ", ip, " ", role, " ", rid, " ", op, " "] + keyp +
              [' "', verb, " /veridia-chart-intake-prod/"] + keyp2 +
              [' HTTP/1.1" 200 - ', "-" if verb != "GET" else str(sz), " ", str(sz), " ", str(ri(10, 900)), " ", str(ri(5, 80)),
               ' "-" "aws-sdk-java/2.25.6 Linux/5.10.210 OpenJDK_64-Bit_Server_VM/17.0.10" - ', b62(56), "= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader veridia-chart-intake-prod.s3.us-east-2.amazonaws.com TLSv1.2 - -"])]


def r_sftp():
    t = tick()
    spid = ri(20000, 40000)
    user = ch(["sfx_mrrmc", "sfx_sah", "sfx_bch", "sfx_nlh", "rac_cotiviti", "uhc_pi_drop"])
    pre = "%s vsftp01 sftp-server[%d]: " % (t_sys(t_local(t)), spid)
    r = rng.random()
    if r < 0.7:
        m = ch([
            "session opened for local user %s from [203.0.113.%d]" % (user, ri(2, 250)),
            "open \"/home/%s/outbound/RAC_ADR_2024Q1_batch%d.zip\" flags WRITE,CREATE,TRUNCATE mode 0644" % (user, ri(1, 30)),
            "close \"/home/%s/inbound/ABS_EXTRACT_%s.txt\" bytes read 0 written %d" % (user, t.strftime("%Y%m%d"), ri(10**4, 10**7)),
            "session closed for local user %s from [198.51.100.%d]" % (user, ri(2, 250)),
            "opendir \"/home/%s/inbound\"" % user,
            "rename old \"/home/%s/inbound/.part_%s\" new \"/home/%s/inbound/MDM_%s.hl7\"" % (user, hexs(8), user, t.strftime("%Y%m%d%H%M")),
        ])
        return [L("sftp_syslog", [pre, m])]
    p = pt()
    nm = ascii_fold(p.last.upper().replace(" ", "").replace("'", "")) + "_" + ascii_fold(p.first.upper().replace(" ", ""))
    return [L("sftp_syslog", [pre, "close \"/home/", user, "/outbound/ADR_response_", P(p.icn, "other_id"), "_", P(nm, "name"), "_",
                              P(d_hl7(p.adm), "date"), ".pdf\" bytes read %d written 0" % ri(10**5, 10**7)])]


SLACK_USERS = {c[0]: "U0" + b62(9).upper() for c in CODERS}


def r_slack():
    t = tick()
    c = ch(CODERS)
    p = pt()
    r = rng.random()
    if r < 0.45:
        txt = ch([
            ["Citrix froze again, 3rd time today :face_with_rolling_eyes:"],
            ["reminder - APR-DRG v41 tables go live Monday, training deck is in SharePoint > Education"],
            ["anyone else getting 429s from the SAH FHIR pull? ticket INC00%d opened" % ri(40000, 49999)],
            ["QA sample for Feb is posted, team accuracy 96.%d%%" % ri(0, 9)],
            ["Encoder is slow again, p99 over 600ms per the dashboard"],
            ["lunch, back in 30"],
            ["Dr. %s answered all 4 of his open queries :tada:" % ch(DOCS)[1]],
        ])
    elif r < 0.62:
        txt = ["MRRMC acct " if p.h == "MRRMC" else p.h + " acct ", P(p.acct, "account"),
               " - attending only documents urosepsis, sending sepsis query? @", ch(CDIS)[0]]
    elif r < 0.75:
        txt = ["does anyone have the DS for ", P(full(p, False), "name"), " (", p.h, ")? chartpull shows 0 docs"]
    elif r < 0.87:
        p = old_pt(p)
        age = P(str(p.age), "age") if p.age > 89 else str(p.age)
        txt = ["pt is ", age, "yo, DOB ", P(d_us(p.dob), "date"), " - MCE age edit on Z38.00, looks like a mom/baby mixup on MRN ",
               P(p.mrn, "mrn")]
    else:
        txt = ["RAC ADR for ", P(lastfirst(p), "name"), " DOS ", P("%d/%d/%d" % (p.adm.month, p.adm.day, p.adm.year % 100), "date"),
               " is due next week, who has it?"]
    obj = {"type": "message", "user": SLACK_USERS[c[0]], "text": S(*txt), "ts": "%d.%06d" % (int(t.timestamp()), t.microsecond),
           "channel": ch(["C04CODINGIP", "C05CDIQUERY", "C04RACAUDIT"]), "team": "T03VERIDIA"}
    return [L("slack_json", J(obj))]


GENS = [
    (r_encoder, 12), (r_aprdrg, 6), (r_cac, 12), (r_spring, 3), (r_serilog, 10), (r_fhir, 9), (r_hl7, 2.2),
    (r_epic, 2.5), (r_cerner, 2), (r_meditech, 3), (r_prod, 3), (r_audit, 6), (r_x12, 0.5), (r_citrix, 12),
    (r_vpn, 11), (r_etl, 8), (r_sql, 6), (r_s3, 6), (r_sftp, 6), (r_slack, 7),
]
SINGLE = [r_encoder, r_aprdrg, r_citrix, r_vpn, r_sftp, r_slack]


def main():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    light = {r_citrix, r_vpn, r_prod, r_sql, r_sftp, r_etl}
    heavy = {r_audit, r_epic, r_cerner, r_meditech, r_cac}
    used = set()
    nrec = 0
    while len(lines) < N_LINES:
        # keep the share of PHI-free lines near 55 %
        share = sum(1 for x in lines if not x["spans"]) / max(1, len(lines))
        if share < 0.545:
            w = [wt * (2.0 if g in light else 1.0) for g, wt in zip(funcs, weights)]
        elif share > 0.555:
            w = [wt * (0.2 if g in light else (2.0 if g in heavy else 1.0)) for g, wt in zip(funcs, weights)]
        else:
            w = weights
        nrec += 1
        unused = [g for g in funcs if g not in used]
        g = unused[0] if (unused and nrec % 15 == 0) else rng.choices(funcs, w)[0]
        used.add(g)
        recs = g()
        if len(lines) + len(recs) > N_LINES:
            recs = ch(SINGLE)()
            if len(lines) + len(recs) > N_LINES:
                continue
        lines.extend(recs)
    assert len(lines) == N_LINES
    # verification
    for i, ln in enumerate(lines, 1):
        b = ln["b"]
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("line %d: bad line content" % i)
        b.decode("utf-8")
        last = 0
        for sp in sorted(ln["spans"], key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("line %d: span out of range %r" % (i, sp))
            if sp["s"] < last:
                raise SystemExit("line %d: overlapping spans %r" % (i, sp))
            last = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["v"]:
                raise SystemExit("line %d: span text mismatch %r" % (i, sp))
            if sp["v"] != sp["v"].strip():
                raise SystemExit("line %d: span has surrounding whitespace %r" % (i, sp))
    with open("oo.log", "wb") as f:
        for ln in lines:
            f.write(ln["b"] + b"\n")
    with open("oo.labels.jsonl", "w", encoding="utf-8") as f:
        for i, ln in enumerate(lines, 1):
            spans = [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in sorted(ln["spans"], key=lambda x: x["s"])]
            f.write(json.dumps({"line": i, "family": ln["fam"], "spans": spans}, ensure_ascii=False) + "\n")
    nophi = sum(1 for ln in lines if not ln["spans"])
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
