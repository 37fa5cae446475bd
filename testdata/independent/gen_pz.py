#!/usr/bin/env python3
"""gen_pz.py -- synthetic labeled log corpus "pz".

Organisation: Tidewater Physicians Mutual Insurance Co. (TPMIC), a medical
professional-liability (malpractice) insurer in Norfolk, VA, and its
Claims / Subrogation / Lien-Resolution department.  The log is a SIEM
archive export (one physical line per log line) mixing these systems:

  intake    claims-intake-svc (Node, pino JSON): FNOL / claim intake
  rrt       records-request tracker (Go, logfmt): requests to hospital HIM
  dat       e-discovery load file (Concordance DAT, DC4 + thorn delimiters)
  relexp    e-discovery export job logger (JSON, Python structlog style)
  ledger    claim payment ledger export (pipe-delimited AP rows)
  syslog    RFC 3164 syslog of Linux hosts (sshd, CRON, systemd, postfix)
  nginx     nginx combined access log of the med-pay claimant portal and
            the internal adjuster API
  hl7       HL7 v2.5.1 MDM^T02 messages from hospital release-of-information
            (one segment per line)
  fhir      FHIR R4 JSON from a hospital records-retrieval API
  s111      MMSEA Section 111 NGHP claim input file (fixed width)
  x12       X12 270/271 Medicare/Medicaid eligibility (one segment per line)
  java      lien-resolution service (Spring Boot log + stack traces)
  diary     ClaimCenter adjuster diary notes export (TSV, free text)
  pgaudit   PostgreSQL pgaudit statements of claimsdb
  teams     Teams chat export (JSON) of adjusters, paralegals, counsel
  winsec    Windows Security events (key=value, Snare style)
  isoxml    ISO ClaimSearch-style XML submissions / responses
  sms       SMS gateway webhook log (key=value)
  cti       contact-centre CTI / voice-biometric call events (key=value)
  surv      surveillance vendor activity report rows (CSV)

Labeling decisions (grey cases of this Theme):
  * The person served is the CLAIMANT (the patient who alleges malpractice),
    including minors and decedents, and the claimant's relatives: spouse
    asserting loss of consortium, parent/guardian, estate administrator.
    Their identifiers are PHI.
  * The INSURED physicians and hospitals (the policyholders), their NPIs,
    policy numbers, adjusters, paralegals, defense and plaintiff counsel,
    experts, IME doctors, court staff, vendors, investigators: not PHI
    (clinicians / professionals at work).  Law-firm addresses, phones,
    faxes, IOLTA trust accounts and bar numbers are not PHI.
  * Insurer claim numbers (TPM-CL-.., TPM-MP-..), court docket numbers of
    the claimant's lawsuit, CMS BCRC lien case IDs, state Medicaid TPL case
    numbers and ISO ClaimSearch file numbers identify the claimant's case:
    other_id.  Internal workflow / transaction numbers are NOT PHI: records
    request ticket IDs (RR-..), Bates numbers, Section 111 DCNs, check
    numbers, invoice numbers, batch IDs, trace IDs.
  * Hospital MRNs -> mrn; hospital patient account / encounter / visit
    numbers -> account; claimant's own bank account and card numbers for
    structured-settlement / med-pay disbursement -> account.
  * Medicare MBI / HICN, Medicaid IDs, commercial member IDs -> health_plan.
  * Dates: DOB, death, admission/discharge, dates of service, date of
    incident / loss, claimant IME or deposition dates, settlement (TPOC)
    dates, surveillance observation dates -> date.  Not PHI: log
    timestamps, HL7 MSH/EVN message times, file/batch dates, ledger
    posting dates, e-mail sent dates in e-discovery metadata, dates about
    the insured's own schedule.
  * Ages: only > 89 are labeled (age); the number only.
  * Claimant initials used for minors in court captions ("J.M.T., a minor")
    -> name.  A claimant's name inside a case caption or a file/folder
    name ("Vance v. Pruitt", OKONKWO-REYES_A_...) -> name.  A first name
    alone addressing the claimant in an SMS -> name.
  * Claimant's public social-media profile URL -> url (whole URL).  An ID
    inside a request path (claim number in a portal URL) is labeled as the
    ID itself (other_id), not the whole URL.
  * Claimant portal client IPs -> ip; internal 10.x, load balancer and
    server IPs, and counsel/vendor portal IPs -> not PHI.
  * Claimant phone as caller ANI in CTI and as SMS recipient -> phone.
    Voice-authentication voiceprint IDs -> biometric.  Base64 photo in
    FHIR Patient.photo -> photo.  Implant serials / UDI with serial ->
    device.  Vehicle plates / VINs seen in surveillance -> vehicle.
  * The claims database surrogate key of a claimant (claimant_id in SQL)
    -> other_id.  ISO ClaimSearch matches list the claimant's prior losses:
    their loss dates -> date, their file number -> other_id.
  * A first initial split off a name in a file / folder / chart name
    (Strong_D_chart_..., WINTER_R_...) and HL7 middle initials -> name.
  * Malformed SSNs typed into a claimant SSN field are still labeled ssn.
  * Diagnoses, ICD-10 codes, gender, states, amounts: not labeled.
  * Street line + city written in one run may be one address span; city
    alone in a separate field is its own address span; ZIP always zip.
"""
import json
import random
import hashlib
import uuid
import unicodedata
from datetime import datetime, timedelta, date

SEED = 20240311
R = random.Random(SEED)
ID = "pz"
NLINES = 500

# ---------------------------------------------------------------- line model
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_text)

    def add(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                txt, cat = p
            else:
                txt, cat = p, None
            b = txt.encode("utf-8")
            s = len(self.buf)
            self.buf += b
            if cat and b:
                self.spans.append((s, s + len(b), cat, txt))
        return self


def P(v, cat):
    return (v, cat)


class JV:
    """A JSON string value built from segments (plain str or (text,cat))."""
    def __init__(self, *segs):
        self.segs = segs


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jsegs(obj, ea=False, sep=(",", ":")):
    """Serialise obj to a list of segments, PHI kept as (text,cat)."""
    out = []
    if isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
            out.extend(jsegs(v, ea, sep))
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out.extend(jsegs(v, ea, sep))
        out.append("]")
    elif isinstance(obj, tuple):
        v, cat = obj
        if isinstance(v, str):
            e = jesc(v, ea)
            assert json.loads('"' + e + '"') == v
            out.extend(['"', (e, cat), '"'])
        else:
            out.append((json.dumps(v), cat))
    elif isinstance(obj, JV):
        out.append('"')
        for s in obj.segs:
            if isinstance(s, tuple):
                out.append((jesc(s[0], ea), s[1]))
            else:
                out.append(jesc(s, ea))
        out.append('"')
    else:
        out.append(json.dumps(obj, ensure_ascii=ea))
    return out


# ---------------------------------------------------------------- generators
def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return R.choice(["%03d-%02d-%03d" % (R.randint(100, 899), R.randint(1, 99), R.randint(0, 999)),
                     "000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                     "%03d%02d%04d0" % (R.randint(100, 899), R.randint(1, 99), R.randint(1, 9999))])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi():
    N = "0123456789"
    AN = MBI_A + N
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(AN) + R.choice(N) +
            R.choice(MBI_A) + R.choice(AN) + R.choice(N) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(N) + R.choice(N))


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("KLMNP") + R.choice("ABCDEFGH0123456789") +
             "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


FIRST_F = ["Adaeze", "Marguerite", "Siobhan", "Guadalupe", "Thanh Huong", "Ingrid", "Priyanka",
           "Zofia", "Hana", "Aiyana", "Rose", "Faith", "Summer", "Hope", "Daisy", "Mercedes",
           "Zoë", "Leilani", "Fatima", "Ye-jin", "Bernadette", "Oluwakemi", "Ximena", "Dagny"]
FIRST_M = ["Oluwaseun", "Rajesh", "Dmitri", "Kwame", "Mateo", "Yusuf", "Eamon", "Bao",
           "Hunter", "Chase", "Sterling", "Mason", "Łukasz", "José Luis", "Tariq", "Declan",
           "Hiroshi", "Anders", "Jean-Baptiste", "Malik", "Cruz", "Wade"]
LAST = ["Okonkwo-Reyes", "Vance", "O'Shaughnessy", "García Márquez", "Nguyen", "Van der Berg",
        "Baker", "Winter", "Bell", "Young", "King", "Strong", "Fox", "Hill", "Müller",
        "de la Cruz", "St. Clair", "MacAllister-Moore", "Przybylski", "Abernathy", "Haddad",
        "Ní Bhriain", "Takahashi", "Oyelaran", "Castellanos-Whitfield", "Banerjee", "Small",
        "Church", "Lovejoy", "Sandoval", "Kowalewski", "Rich", "Nakamura-Price", "Freeman"]
STREETS = ["Larkspur Ln", "Battlefield Blvd S", "Granby St", "Shore Dr", "Kempsville Rd",
           "Military Hwy", "Indian River Rd", "Colley Ave", "Mercury Blvd W", "Old Ocean View Rd",
           "Lynnhaven Pkwy", "Bainbridge Blvd", "Hickory Ridge Ct", "Cedar Point Dr",
           "Rue de la Paix", "Magnolia Bluff Way", "Dominion Blvd", "Tidewater Dr"]
CITIES = [("Chesapeake", "VA", "233"), ("Virginia Beach", "VA", "234"), ("Norfolk", "VA", "235"),
          ("Portsmouth", "VA", "237"), ("Suffolk", "VA", "234"), ("Hampton", "VA", "236"),
          ("Elizabeth City", "NC", "279"), ("Moyock", "NC", "279"), ("Salisbury", "MD", "218"),
          ("Newport News", "VA", "236"), ("Williamsburg", "VA", "231"), ("Richmond", "VA", "232")]
AREAS = ["757", "804", "252", "410", "540", "443", "919"]

HOSP = [("Riverside Bay Medical Center", "RBMC"), ("Elizabeth River General Hospital", "ERGH"),
        ("Cape Henry Surgical Pavilion", "CHSP"), ("Pamlico Sound Regional Health", "PSRH"),
        ("Lafayette Women's & Children's", "LWCH")]
ALLEG = ["failure to diagnose", "delayed diagnosis - sepsis", "retained surgical item",
         "wrong-site surgery", "medication error", "birth injury - HIE",
         "failure to monitor post-op", "anesthesia awareness", "improper implant positioning",
         "missed fracture on imaging", "informed consent"]
ICD = ["T81.44XA", "Y65.51", "P91.60", "T88.59XA", "K91.89", "S72.001A", "A41.9",
       "T84.020A", "R65.21", "G93.1", "T81.530A"]


def mkphone():
    return "%s%03d%04d" % (R.choice(AREAS), R.randint(201, 989), R.randint(0, 9999))


def fmt_phone(p, style):
    if style == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "+1" + p
    if style == 3:
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    return p


def rdate(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 28).toordinal()
    return date.fromordinal(R.randint(d0, d1))


def fd(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "uss":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "usn":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d %b %Y").lstrip("0")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    raise ValueError(style)


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class Person:
    pass


def mkperson(sex=None, minor=False, old=False):
    p = Person()
    p.sex = sex or R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.middle = R.choice(["", "", "A", "J", "Marie", "Lee", "K", "Olamide", "R"])
    p.last = R.choice(LAST)
    if minor:
        p.dob = rdate(2015, 2022)
    elif old:
        p.dob = rdate(1928, 1933)
    else:
        p.dob = rdate(1940, 1998)
    p.ssn = ssn()
    p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    p.unit = R.choice(["", "", "", "Apt 3B", "Unit 12", "#204", "Lot 17"])
    p.city, p.state, zp = R.choice(CITIES)
    p.zip = zp + "%02d" % R.randint(1, 99)
    p.phone = mkphone()
    p.phone2 = mkphone()
    fl = ascii_fold(p.first.split()[0]).lower().replace("-", "")
    ll = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice(["%s.%s@gmail.com" % (fl, ll), "%s%s%d@yahoo.com" % (fl[0], ll, R.randint(1, 99)),
                        "%s_%s@outlook.com" % (ll, fl), "%s%d@icloud.com" % (fl, p.dob.year % 100),
                        "%s.%s@proton.me" % (ll, fl[:3])])
    p.mbi = mbi()
    p.medicaid = "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)
    p.hosp = R.choice(HOSP)
    p.mrn = R.choice(["E%07d", "M%08d", "%09d", "RB-%06d"]) % R.randint(10000, 9999999)
    p.acct = R.choice(["A%09d", "%010d", "HAR%08d"]) % R.randint(100000, 99999999)
    p.claim = "TPM-CL-%02d-%06d" % (R.choice([22, 23, 23, 24]), R.randint(100, 9999))
    p.medpay = "TPM-MP-24-%06d" % R.randint(100, 2999)
    p.docket = R.choice(["CL%02d-%04d" % (R.choice([22, 23]), R.randint(100, 9999)),
                         "2:%02d-cv-%05d" % (R.choice([22, 23]), R.randint(100, 2000)),
                         "CV-%d-%07d" % (R.choice([2022, 2023]), R.randint(1000, 999999))])
    p.bcrc = "%d%011d" % (R.choice([2023, 2024]), R.randint(10 ** 8, 10 ** 11 - 1))
    p.iso = "%s%08d" % (R.choice(["Z", "Q", "X"]), R.randint(10 ** 6, 10 ** 8 - 1))
    p.incident = rdate(2020, 2023)
    if p.incident < p.dob:
        p.incident = p.dob + timedelta(days=R.randint(0, 30))
    p.admit = max(p.dob, p.incident - timedelta(days=R.randint(0, 2)))
    p.disch = p.incident + timedelta(days=R.randint(1, 12))
    p.dod = p.disch + timedelta(days=R.randint(0, 40)) if R.random() < 0.2 else None
    p.tpoc = date(2024, 1, 2) + timedelta(days=R.randint(0, 66))
    p.ime = date(2024, R.randint(3, 5), R.randint(1, 28))
    p.dl = R.choice(["T%02d-%02d-%04d" % (R.randint(0, 99), R.randint(0, 99), R.randint(0, 9999)),
                     "%09d" % R.randint(10 ** 7, 10 ** 9 - 1),
                     "M-%03d-%03d-%03d-%03d" % tuple(R.randint(0, 999) for _ in range(4))])
    p.plate = "".join(R.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(3)) + "-" + "%04d" % R.randint(0, 9999)
    p.vin = vin(R.choice(["1HG", "5J6", "1FT", "2T3", "KNM", "3GN", "1C4"]))
    p.vehicle = R.choice(["2019 Honda CR-V", "2016 Ford F-150", "2021 Toyota RAV4",
                          "2014 Nissan Rogue", "2018 Chevrolet Equinox", "2020 Jeep Cherokee"])
    p.fb = "https://www.facebook.com/%s.%s.%d" % (fl, ll, R.randint(1, 99))
    p.implant = R.choice(["OTL%09d", "SN%08d", "PMP%07d"]) % R.randint(1000000, 9999999)
    p.udi_gtin = "0" + "".join(R.choice("0123456789") for _ in range(13))
    p.voice = "VP-" + hexs(10)
    p.card = card(R.choice(["4", "53", "6011"]))
    p.bank = "%d" % R.randint(10 ** 8, 10 ** 12)
    p.ip = R.choice(["73.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d", "24.%d.%d.%d", "71.%d.%d.%d"]) % (
        R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p.age91 = None
    p.minor = minor
    p.old = old
    p.alleg = R.choice(ALLEG)
    p.icd = R.choice(ICD)
    p.initials = p.first[0] + "." + (p.middle[0] + "." if p.middle else "") + p.last[0] + "."
    return p


def full(p, mid=True):
    m = (" " + p.middle + ("." if len(p.middle) == 1 else "")) if (mid and p.middle) else ""
    return p.first + m + " " + p.last


def lf(p):
    return p.last + ", " + p.first


# ------------------------------------------------------------------ cast
CLAIMANTS = []
for i in range(34):
    CLAIMANTS.append(mkperson(minor=(i % 9 == 4), old=(i % 11 == 7)))
for c in CLAIMANTS:
    c.rel = mkperson(sex=("M" if c.sex == "F" else "F"))
    if R.random() < 0.5:
        c.rel.last = c.last
    c.reltype = ("parent/guardian" if c.minor else
                 ("administrator of estate" if c.dod else R.choice(["spouse", "spouse", "daughter" if c.rel.sex == "F" else "son"])))
    if c.old:
        c.age = 2024 - c.dob.year - (1 if (c.dob.month, c.dob.day) > (3, 11) else 0)

ADJ = [("Renee Adebayo-Clark", "radebayo"), ("Tomasz Kowalczyk", "tkowalczyk"),
       ("Imani Rutledge", "irutledge"), ("Graham Pell", "gpell"), ("Lucía Ferrante", "lferrante"),
       ("Devon Achterberg", "dachterberg"), ("Priya Ramanathan", "pramanathan")]
DOCS = [("Alan Pruitt", "MD", "General Surgery"), ("Seo-yeon Halvorsen", "MD", "Neurology"),
        ("Marcus Obi", "DO", "Emergency Medicine"), ("Caroline Fenwick", "MD", "OB/GYN"),
        ("Rafael Quintero-Lind", "MD", "Orthopaedic Surgery"), ("Nadia Stoyanova", "CRNA", "Anesthesia"),
        ("Bertrand King", "MD", "Radiology")]
DOC_NPI = {d[0]: npi() for d in DOCS}
DOC_POL = {d[0]: "PL-%07d-%02d" % (R.randint(10000, 999999), R.randint(1, 12)) for d in DOCS}
DEF_FIRMS = ["Harlan, Voss & Whitcombe LLP", "Crenshaw Ayala PLLC", "Marchetti Boone & Day"]
PL_FIRMS = [("Delgado Injury Law", "Marisol Delgado"), ("Pruett & Sandoval PC", "Owen Pruett"),
            ("Bayside Trial Group", "Keisha Montgomery"), ("Law Office of Ezra Lindqvist", "Ezra Lindqvist")]
VENDORS = ["Chesapeake Record Retrieval LLC", "LienPoint Solutions", "Brightline eDiscovery",
           "Argus Field Investigations", "Tidemark Court Reporting", "MedSum Analytics"]
HOSTS = ["tpm-clm-app01", "tpm-clm-app02", "tpm-lien-wrk01", "tpm-rrt01", "tpm-edisc01",
         "tpm-sftp01", "tpm-db03", "tpm-web01", "tpm-etl02"]
ORG_ADDR = "4400 Harbor Gate Pkwy, Suite 900, Norfolk, VA 23510"
ORG_PHONE = "757-555-0100"
ORG_FAX = "757-555-0188"

# ------------------------------------------------------------------ clock
CLK = [datetime(2024, 3, 11, 7, 58, 3, 112000)]


def tick(lo=1, hi=75):
    CLK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLK[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def epoch_ms(t):
    return int((t - datetime(1970, 1, 1)).total_seconds() * 1000)


def claimant():
    return R.choice(CLAIMANTS)


# ------------------------------------------------------------------ events
def ev_intake():
    t = tick()
    host = "claims-intake-7f9c4b-" + "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
    base = {"level": 30, "time": epoch_ms(t), "pid": R.choice([17, 18, 23]), "hostname": host,
            "reqId": "req-" + hexs(6)}
    k = R.random()
    L = Line("intake")
    if k < 0.45:
        o = dict(base)
        o.update({"req": {"method": R.choice(["GET", "POST"]), "url": R.choice(
            ["/healthz", "/v1/fnol/schema", "/v1/lookup/allegation-codes", "/v1/lookup/insureds?npi=" + DOC_NPI[R.choice(DOCS)[0]]]),
            "remoteAddress": "10.20.%d.%d" % (R.randint(1, 9), R.randint(2, 250))},
            "res": {"statusCode": R.choice([200, 200, 200, 304, 404])},
            "responseTime": round(R.uniform(1.5, 180), 1), "msg": "request completed"})
        L.add(*jsegs(o))
        return [L]
    c = claimant()
    d = R.choice(DOCS)
    if k < 0.85:
        o = dict(base)
        addr = {"line1": P(c.street, "address")}
        if c.unit:
            addr["line2"] = P(c.unit, "address")
        addr.update({"city": P(c.city, "address"), "st": c.state, "zip": P(c.zip, "zip")})
        cl = {"nm": {"last": P(c.last, "name"), "first": P(c.first, "name")},
              "dob": P(fd(c.dob, "iso"), "date"), "addr": addr,
              "ph": P(fmt_phone(c.phone, 1), "phone")}
        if c.old:
            cl["ageAtLoss"] = P(c.age, "age")
        if R.random() < 0.4:
            cl["email"] = P(c.email, "email")
        if "implant" in c.alleg or "retained" in c.alleg:
            cl["deviceUdi"] = P("(01)%s(17)261231(21)%s" % (c.udi_gtin, c.implant), "device")
        if c.minor:
            cl["guardian"] = {"name": P(full(c.rel, False), "name"), "rel": "parent"}
        o.update({"msg": "FNOL accepted", "claimNo": P(c.claim, "other_id"),
                  "lob": "MPL", "source": R.choice(["insured_portal", "broker_email", "risk_mgmt_hotline"]),
                  "insured": {"name": "%s, %s" % (d[0], d[1]), "npi": DOC_NPI[d[0]], "policy": DOC_POL[d[0]]},
                  "claimant": cl, "dateOfLoss": P(fd(c.incident, "iso"), "date"),
                  "facility": c.hosp[0], "allegation": c.alleg, "reserveInd": R.choice([25000, 50000, 100000])})
        L.add(*jsegs(o))
        return [L]
    o = dict(base)
    o["level"] = 40
    bad = ssn(False)
    o.update({"msg": "validation warning", "field": "claimant.ssn", "value": P(bad, "ssn"),
              "rule": "SSA_AREA_GROUP_SERIAL", "claimNo": P(c.claim, "other_id"), "action": "flagged_for_review"})
    L.add(*jsegs(o))
    return [L]


def ev_rrt():
    t = tick()
    L = Line("rrt")
    ts = "ts=%s level=%s svc=rrt" % (iso_ms(t), "%s")
    k = R.random()
    rr = "RR-%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 400))
    if k < 0.45:
        L.add(ts % "info" + " msg=\"vendor poll complete\" vendor=chesapeake-rr batch=%s fetched=%d pending=%d dur=%.2fs" % (
            ruuid()[:8], R.randint(0, 30), R.randint(5, 90), R.uniform(0.4, 9)))
        return [L]
    if k < 0.6:
        h = R.choice(HOSP)
        L.add(ts % "warn" + " msg=\"follow-up overdue\" req=%s facility=\"%s\" days_open=%d him_fax=%s assignee=%s" % (
            rr, h[0], R.randint(31, 90), "757-555-%04d" % R.randint(1000, 1999), R.choice(ADJ)[1]))
        return [L]
    c = claimant()
    h = c.hosp
    L.add(ts % "info", " msg=\"request dispatched\" req=", rr, " claim=", P(c.claim, "other_id"),
          " facility=\"", h[0], "\" patient=\"", P(lf(c), "name"), "\" dob=", P(fd(c.dob, "iso"), "date"),
          " mrn=", P(c.mrn, "mrn"), " dos_from=", P(fd(c.admit, "iso"), "date"), " dos_to=",
          P(fd(c.disch, "iso"), "date"), " types=%s auth=HIPAA_AUTH_ON_FILE vendor=chesapeake-rr" % R.choice(
              ["\"H&P,DS,OP,MAR\"", "\"FULL_CHART\"", "\"IMAGING,RAD_RPT\"", "\"BILLING_UB04\"", "\"FETAL_STRIP,L&D\""]))
    if c.old:
        L.add(" pt_age=", P(str(c.age), "age"), " flag=GERI_SNF")
    return [L]


DAT_HDR = "\u00feBEGBATES\u00fe\x14\u00feENDBATES\u00fe\x14\u00feCUSTODIAN\u00fe\x14\u00feDATESENT\u00fe\x14\u00feFROM\u00fe\x14\u00feTO\u00fe\x14\u00feSUBJECT\u00fe\x14\u00feFILENAME\u00fe\x14\u00feMD5HASH\u00fe"
BATES = [4512]


def ev_dat():
    L = Line("dat")
    tick(1, 5)
    if R.random() < 0.08:
        L.add(DAT_HDR)
        return [L]
    n = R.randint(1, 14)
    b0 = BATES[0]
    BATES[0] += n
    d = R.choice(DOCS)
    dmail = d[0].lower().replace(" ", ".").replace("-", "") + "@riversidebay-phys.org"
    cust = d[0].split()[-1] + ", " + d[0].split()[0]
    sent = "%02d/%02d/2022 %02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59))
    q = "\u00fe"
    sepq = "\u00fe\x14\u00fe"
    parts = [q, "TPM%07d" % b0, sepq, "TPM%07d" % (b0 + n - 1), sepq, cust, sepq, sent, sepq, dmail, sepq]
    k = R.random()
    if k < 0.45:
        parts += ["risk.mgmt@riversidebay-phys.org", sepq,
                  R.choice(["OR block schedule Q3", "Peer review committee agenda", "Call coverage swap",
                            "Updated sedation policy v4.2", "Epic downtime 0200-0400", "CME credits reminder"]),
                  sepq, "MSG_%s.msg" % hexs(8), sepq, hexs(32), q]
        L.add(*parts)
        return [L]
    c = claimant()
    subj_kind = R.random()
    parts += ["nurse.manager.4w@riversidebay-phys.org", sepq]
    if subj_kind < 0.5:
        parts += ["RE: ", P(c.last, "name"), " - post-op note ", P(fd(c.incident, "uss"), "date"), sepq]
    else:
        parts += ["FW: pt ", P(c.first + " " + c.last, "name"), " complaint / ", P(c.mrn, "mrn"), sepq]
    parts += [P(c.last.replace(" ", ""), "name"), "_", P(c.first[0], "name"), "_chart_", P(fd(c.admit, "d8"), "date"),
              ".pdf", sepq, hexs(32), q]
    L.add(*parts)
    return [L]


def ev_relexp():
    t = tick()
    L = Line("relexp")
    o = {"timestamp": iso_ms(t), "level": R.choice(["info", "info", "warning"]), "logger": "brightline.export",
         "event": R.choice(["production_volume_built", "native_conversion", "image_ocr_batch", "loadfile_written"]),
         "job_id": ruuid(), "workspace": "TPMIC-Litigation-2024", "docs": R.randint(20, 4000),
         "pages": R.randint(100, 90000), "bytes": R.randint(10 ** 6, 9 * 10 ** 9),
         "prefix": "TPM", "tool": "Lexhub 11.3.212.7", "elapsed_s": round(R.uniform(2, 900), 2)}
    L.add(*jsegs(o, ea=True, sep=(", ", ": ")))
    return [L]


TXN = [880000]


def ev_ledger():
    t = tick()
    L = Line("ledger")
    TXN[0] += R.randint(1, 9)
    post = t.strftime("%Y%m%d")
    k = R.random()
    if k < 0.3:
        L.add("GLSUM|%s|%s|%s|%d|%.2f|%.2f|BATCH%s|OK" % (post, R.choice(["5100-INDM", "5200-ALAE", "5300-ULAE", "1420-SUBRO-RCV"]),
                                                      R.choice(["TPMIC", "TPMRRG"]), R.randint(3, 80),
                                                      R.uniform(1000, 900000), R.uniform(-5000, 5000), hexs(6).upper()))
        return [L]
    c = claimant()
    chk = "%010d" % R.randint(4000000, 4999999)
    if k < 0.55:
        v = R.choice(VENDORS)
        L.add("PAY|%s|%d|" % (post, TXN[0]), P(c.claim, "other_id"),
              "|ALAE|%s|VEND|%.2f|CHK|%s|INV-%06d|%s" % (v, R.uniform(80, 12000), chk, R.randint(1000, 999999),
                                                     R.choice(ADJ)[1]))
        return [L]
    if k < 0.78:
        firm = R.choice(PL_FIRMS)
        L.add("PAY|%s|%d|" % (post, TXN[0]), P(c.claim, "other_id"), "|INDM|%s IOLTA FBO " % firm[0],
              P(full(c, False), "name"), "|PLTF|%.2f|WIRE|%s|TPOC " % (R.choice([75000, 125000, 250000, 400000, 1000000]), chk),
              P(fd(c.tpoc, "d8"), "date"), "|%s" % R.choice(ADJ)[1])
        return [L]
    if k < 0.9:
        L.add("LIEN|%s|%d|" % (post, TXN[0]), P(c.claim, "other_id"),
              "|MSP|CMS Medicare Secondary Payer Recovery|BCRC ", P(c.bcrc, "other_id"), "|HICN/MBI ",
              P(c.mbi, "health_plan"), "|%.2f|PAYGOV|%s|%s" % (R.uniform(400, 60000), hexs(12).upper(), R.choice(ADJ)[1]))
        return [L]
    L.add("ANNU|%s|%d|" % (post, TXN[0]), P(c.claim, "other_id"), "|STRUCT|", P(lf(c), "name"),
          "|CLMT|%.2f|ACH|RT 051000017 ACCT " % R.uniform(900, 6000), P(c.bank, "account"),
          "|MONTHLY|%s" % R.choice(ADJ)[1])
    return [L]


def ev_syslog():
    t = tick()
    L = Line("syslog")
    h = R.choice(HOSTS)
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    k = R.randint(0, 6)
    pid = R.randint(900, 65000)
    if k == 0:
        msg = "sshd[%d]: Accepted publickey for %s from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
            pid, R.choice(["svc_etl", "ansible", "tkowalczyk"]), R.randint(1, 9), R.randint(2, 250), R.randint(30000, 65000),
            hexs(20))
    elif k == 1:
        msg = "CRON[%d]: (root) CMD (/opt/tpm/bin/s111_stage.sh --rre 000%d >> /var/log/s111.log 2>&1)" % (pid, R.randint(10000, 99999))
    elif k == 2:
        msg = "systemd[1]: Started rrt-poller.service - Records Request Vendor Poller (build 3.8.%d)." % R.randint(100, 999)
    elif k == 3:
        msg = "postfix/smtp[%d]: %s: to=<claims-intake@tpmic.com>, relay=mx1.tpmic.com[203.0.113.%d]:25, delay=%.2f, dsn=2.0.0, status=sent" % (
            pid, hexs(10).upper(), R.randint(2, 250), R.uniform(0.1, 3))
    elif k == 4:
        msg = "kernel: [%d.%06d] EXT4-fs (dm-%d): resizing filesystem from %d to %d blocks" % (
            R.randint(10000, 999999), R.randint(0, 999999), R.randint(0, 3), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 7, 2 * 10 ** 7))
    elif k == 5:
        msg = "sftpd[%d]: session opened for local user lienpoint from [198.51.100.%d] (put /inbound/cpl/CPL_%s.zip %d bytes)" % (
            pid, R.randint(2, 250), t.strftime("%Y%m%d"), R.randint(10 ** 5, 10 ** 8))
    else:
        msg = "chronyd[%d]: Selected source 192.0.2.%d (time.tpmic.com)" % (pid, R.randint(1, 20))
    L.add("<%d>%s %s %s" % (R.choice([13, 30, 38, 86, 6]), ts, h, msg))
    return [L]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def ev_nginx():
    t = tick()
    L = Line("nginx")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    k = R.random()
    if k < 0.35:
        L.add('10.20.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001' % (R.randint(2, 6), ts))
        return [L]
    if k < 0.6:
        L.add('10.20.%d.%d - %s %s "%s /api/v2/%s HTTP/1.1" %d %d "-" "ClaimCenterUI/10.2.4" rt=%.3f' % (
            R.randint(1, 9), R.randint(2, 250), R.choice(ADJ)[1], ts, R.choice(["GET", "GET", "POST"]),
            R.choice(["diary?page=%d" % R.randint(1, 9), "reserves/summary", "lookup/vendors?q=chesa",
                      "reports/aging?bucket=90", "static/app.%s.js" % hexs(8)]), R.choice([200, 200, 204, 304]),
            R.randint(200, 90000), R.uniform(0.002, 1.2)))
        return [L]
    c = claimant()
    path = R.choice(["/medpay/claims/%s/status", "/medpay/claims/%s/documents/upload", "/medpay/claims/%s/payments"])
    pre, post = path.split("%s")
    L.add(P(c.ip, "ip"), ' - - %s "%s %s' % (ts, "POST" if "upload" in path else "GET", pre), P(c.medpay, "other_id"),
          '%s HTTP/2.0" %d %d "https://claims.tpmic.com/medpay/login" "%s" rt=%.3f' % (
              post, R.choice([200, 200, 201, 302]), R.randint(400, 40000), R.choice(UA), R.uniform(0.01, 0.9)))
    return [L]


MSGN = [41]


def ev_hl7():
    t = tick()
    c = claimant()
    hname, hcode = c.hosp
    MSGN[0] += 1
    d = R.choice(DOCS)
    out = []
    L = Line("hl7")
    L.add("MSH|^~\\&|HIM_ROI|%s|TPM_RRT|TPMIC|%s||MDM^T02^MDM_T02|%s%05d|P|2.5.1|||AL|NE" % (
        hcode, t.strftime("%Y%m%d%H%M%S"), hcode, MSGN[0]))
    out.append(L)
    L = Line("hl7")
    L.add("EVN|T02|%s" % t.strftime("%Y%m%d%H%M%S"))
    out.append(L)
    L = Line("hl7")
    L.add("PID|1||", P(c.mrn, "mrn"), "^^^%s^MR||" % hcode, P(c.last.upper(), "name"), "^", P(c.first.upper(), "name"),
          "^", P(c.middle.upper(), "name") if c.middle else "", "||", P(fd(c.dob, "d8"), "date"), "|%s|||" % c.sex,
          P(c.street, "address"), "^", P(c.unit, "address") if c.unit else "", "^", P(c.city, "address"),
          "^%s^" % c.state, P(c.zip, "zip"), "||", P(fmt_phone(c.phone, 0), "phone"), "|||||",
          P(c.acct, "account"), "^^^%s^AN|" % hcode, P(c.ssn, "ssn"))
    if c.dod:
        L.add("||||||||", P(fd(c.dod, "d8"), "date"), "|Y")
    out.append(L)
    L = Line("hl7")
    L.add("PV1|1|I|4W^%d^A^%s||||%s^%s^%s^^^%s|||SUR||||1|||||" % (
        R.randint(400, 460), hcode, DOC_NPI[d[0]], d[0].split()[-1].upper(), d[0].split()[0].upper(), d[1]),
        P(c.acct, "account"), "|||||||||||||||||||||||||", P(fd(c.admit, "d8") + "0712", "date"), "|",
        P(fd(c.disch, "d8") + "1530", "date"))
    out.append(L)
    L = Line("hl7")
    L.add("TXA|1|DS|TX|", P(fd(c.disch, "d8"), "date"), "|%s^%s^%s|||||%s^ROI^CLERK||%s||||||AU|||||||RELEASED_PER_AUTH" % (
        DOC_NPI[d[0]], d[0].split()[-1].upper(), d[0].split()[0].upper(), hcode, hexs(12).upper()))
    out.append(L)
    L = Line("hl7")
    L.add("OBX|1|TX|18842-5^Discharge summary^LN||Pt ", P(full(c, False), "name"),
          " admitted ", P(fd(c.admit, "usn"), "date"), " for %s; " % R.choice(
              ["elective lap chole", "L TKA", "induction of labor", "sepsis workup", "ORIF R hip"]),
          "course c/b %s. D/C to %s.||||||F" % (R.choice(["ileus", "AKI", "SSI", "hypoxic event"]),
                                                R.choice(["home w/ HH", "SNF", "rehab"])))
    out.append(L)
    return out


PHOTO = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/wAALCAAQABABAREA/8QAFgABAQEAAAAAAAAAAAAAAAAABgcI/8QAJRAAAQMDBAIDAQAAAAAAAAAAAQIDBAUGEQAHEiExQRNRYXH/2gAIAQEAAD8A"


def ev_fhir():
    t = tick()
    L = Line("fhir")
    if R.random() < 0.4:
        o = {"resourceType": "OperationOutcome", "id": ruuid(), "meta": {"lastUpdated": iso_ms(t)},
             "issue": [{"severity": "information", "code": "informational",
                        "diagnostics": "Bulk $export job %s status=in-progress progress=%d%%" % (hexs(12), R.randint(1, 99))}]}
        L.add(*jsegs(o))
        return [L]
    c = claimant()
    hname, hcode = c.hosp
    pat = {"resourceType": "Patient", "id": hexs(16),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % R.randint(1000, 9999), "type": {"text": "MRN"},
                           "value": P(c.mrn, "mrn")}],
           "name": [{"use": "official", "family": P(c.last, "name"), "given": [P(c.first, "name")]}],
           "gender": "female" if c.sex == "F" else "male", "birthDate": P(fd(c.dob, "iso"), "date"),
           "telecom": [{"system": "phone", "value": P(fmt_phone(c.phone, 1), "phone"), "use": "home"}],
           "address": [{"line": [P(c.street, "address")], "city": P(c.city, "address"), "state": c.state,
                        "postalCode": P(c.zip, "zip")}]}
    if c.dod:
        pat["deceasedDateTime"] = P(fd(c.dod, "iso"), "date")
    if R.random() < 0.3:
        pat["photo"] = [{"contentType": "image/jpeg", "data": P(PHOTO + hexs(6).upper() + "//2Q==", "photo")}]
    enc = {"resourceType": "Encounter", "id": hexs(16), "status": "finished", "class": {"code": "IMP"},
           "period": {"start": P(fd(c.admit, "iso"), "date"), "end": P(fd(c.disch, "iso"), "date")},
           "serviceProvider": {"display": hname}}
    o = {"resourceType": "Bundle", "type": "searchset", "id": ruuid(), "meta": {"lastUpdated": iso_ms(t)},
         "entry": [{"resource": pat}, {"resource": enc}]}
    L.add(*jsegs(o))
    return [L]


def ev_s111():
    t = tick()
    out = []
    rre = "000%d" % 48213
    L = Line("s111")
    L.add("NGCH%s%s%s%s" % (rre, t.strftime("%Y%m%d"), "NGHPCLM", " " * 40))
    out.append(L)
    n = R.randint(2, 4)
    for i in range(n):
        c = claimant()
        L = Line("s111")
        dcn = "TPM%012d" % R.randint(10 ** 9, 10 ** 12)
        L.add("NGCD", dcn.ljust(15), R.choice("0122"), P(c.mbi, "health_plan"),
              P(ascii_fold(c.last).upper(), "name"), " " * (40 - len(ascii_fold(c.last))),
              P(ascii_fold(c.first).upper(), "name"), " " * (30 - len(ascii_fold(c.first))),
              "1" if c.sex == "M" else "2", P(fd(c.dob, "d8"), "date"), P(fd(c.incident, "d8"), "date"),
              c.icd.replace(".", "").ljust(7), c.state, "L", P(fd(c.tpoc, "d8"), "date"),
              "%011d" % (R.choice([75000, 125000, 250000]) * 100), "N", "00000000", rre, " " * 20)
        out.append(L)
    L = Line("s111")
    L.add("NGCT%s%s%09d%s" % (rre, t.strftime("%Y%m%d"), n, " " * 40))
    out.append(L)
    return out


ICN = [410]


def ev_x12():
    t = tick()
    c = claimant()
    ICN[0] += 1
    out = []
    dt6 = t.strftime("%y%m%d")
    dt8 = t.strftime("%Y%m%d")
    hm = t.strftime("%H%M")
    segs = [
        ["ISA*00*          *00*          *ZZ*CMSHETS        *ZZ*TPMIC0048213   *%s*%s*^*00501*%09d*0*P*:~" % (dt6, hm, ICN[0])],
        ["GS*HB*CMSHETS*TPMIC0048213*%s*%s*%d*X*005010X279A1~" % (dt8, hm, ICN[0])],
        ["ST*271*%04d*005010X279A1~" % R.randint(1, 9999)],
        ["BHT*0022*11*%s*%s*%s~" % (hexs(10).upper(), dt8, hm)],
        ["HL*1**20*1~"],
        ["NM1*PR*2*CMS*****PI*CMS~"],
        ["HL*2*1*21*1~"],
        ["NM1*1P*2*TIDEWATER PHYSICIANS MUTUAL*****XX*%s~" % npi()],
        ["HL*3*2*22*0~"],
        ["NM1*IL*1*", P(ascii_fold(c.last.upper()), "name"), "*", P(ascii_fold(c.first.upper()), "name"), "****MI*", P(c.mbi, "health_plan"), "~"],
        ["DMG*D8*", P(fd(c.dob, "d8"), "date"), "*", c.sex, "~"],
        ["DTP*291*D8*", P(fd(c.incident, "d8"), "date"), "~"],
        ["EB*1**30*MA**26~"],
        ["EB*1**30*MB**26~"],
        ["SE*%d*0001~" % 15],
        ["GE*1*%d~" % ICN[0]],
        ["IEA*1*%09d~" % ICN[0]],
    ]
    for s in segs:
        L = Line("x12")
        L.add(*s)
        out.append(L)
    return out


def jts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ev_java():
    t = tick()
    L = Line("java")
    thr = "lien-worker-%d" % R.randint(1, 8)
    if R.random() < 0.6:
        L.add("%s  INFO 1 --- [%s] %s : %s" % (jts(t), thr, R.choice([
            "c.t.lien.scheduler.CplPollJob          ", "com.zaxxer.hikari.HikariPool           ",
            "o.s.b.w.embedded.tomcat.TomcatWebServer"]), R.choice([
            "Polled MSPRP inbox: 14 new CPL documents, 0 errors (took 812 ms)",
            "HikariPool-1 - Start completed.", "Tomcat started on port(s): 8443 (https) with context path '/lien'",
            "Final demand reconciliation batch %s finished: matched=37 unmatched=2" % ruuid()])))
        return [L]
    c = claimant()
    L.add("%s ERROR 1 --- [%s] c.t.lien.ConditionalPaymentService       : CPL reconcile failed for case " % (jts(t), thr),
          P(c.bcrc, "other_id"), " (claim ", P(c.claim, "other_id"), ")")
    out = [L]
    L = Line("java")
    L.add("com.tpmic.lien.CplMismatchException: Conditional payment total mismatch for beneficiary ",
          P(c.mbi, "health_plan"), ": expected 18211.40 got 18112.40 (line ICN 224%s)" % "".join(R.choice("0123456789") for _ in range(10)))
    out.append(L)
    for fr in ["\tat com.tpmic.lien.ConditionalPaymentService.reconcile(ConditionalPaymentService.java:212)",
               "\tat com.tpmic.lien.ConditionalPaymentService.lambda$processInbox$3(ConditionalPaymentService.java:148)",
               "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
               "\tat java.base/java.lang.Thread.run(Thread.java:840)"]:
        L = Line("java")
        L.add(fr)
        out.append(L)
    L = Line("java")
    L.add("Caused by: java.lang.ArithmeticException: Rounding necessary")
    out.append(L)
    L = Line("java")
    L.add("\tat java.base/java.math.BigDecimal.commonNeedIncrement(BigDecimal.java:4628)")
    out.append(L)
    L = Line("java")
    L.add("\t... 6 common frames omitted")
    out.append(L)
    return out


NOTE = [700000]


def ev_diary():
    t = tick()
    c = claimant()
    NOTE[0] += R.randint(1, 40)
    a = R.choice(ADJ)
    firm = R.choice(PL_FIRMS)
    doc = R.choice(DOCS)
    L = Line("diary")
    L.add("%d\t" % NOTE[0], P(c.claim, "other_id"), "\t%s\t%s\t" % (t.strftime("%m/%d/%Y %I:%M %p"), a[1]))
    k = R.randint(0, 6)
    if k == 0:
        L.add("CONTACT\tSpoke w/ pl counsel %s (%s) re demand. Clmt " % (firm[1], firm[0]), P(full(c, False), "name"),
              " DOB ", P(fd(c.dob, "uss"), "date"), " still treating. %s " % ("Father" if c.rel.sex == "M" else "Mother") if c.minor else " still treating. ",
              )
        if c.minor:
            L.add(P(full(c.rel, False), "name"), " signing as guardian.")
        else:
            L.add("%s " % c.reltype.capitalize(), P(full(c.rel, False), "name"), " asserting LOC/derivative claim.")
    elif k == 1:
        L.add("IME\tIME sched ", P(fd(c.ime, "md"), "date"), " 10:30 w/ Dr. Yvette Barrowcliffe (PM&R) at 600 Gresham Dr Ste 210, Norfolk. Confirm transport w/ clmt @ ",
              P(fmt_phone(c.phone2, 3), "phone"), ".")
    elif k == 2:
        L.add("LIEN\tRcvd CPL from BCRC, case ", P(c.bcrc, "other_id"), ", MBI ", P(c.mbi, "health_plan"),
              ". Claimed pmts $%s; disputing %d unrelated lines (DOS after " % (format(R.randint(2000, 90000), ","), R.randint(1, 6)),
              P(fd(c.disch, "usn"), "date"), "). Medicaid TPL also notified, recip ID ", P(c.medicaid, "health_plan"), ".")
    elif k == 3:
        L.add("SUIT\tSuit filed: ", P(c.initials, "name") if c.minor else P(full(c, False), "name"),
              ", %s v. %s, %s, et al. Case No. " % ("a minor, by next friend " if c.minor else "", doc[0].split()[-1], c.hosp[0]),
              P(c.docket, "other_id"), ". Assigned defense: %s." % R.choice(DEF_FIRMS))
        if c.minor:
            pass
    elif k == 4:
        if c.old:
            L.add("RESERVE\tClmt is ", P(str(c.age), "age"), " y/o, SNF resident since ", P(fd(c.disch, "usn"), "date"),
                  ". Reserve set at $%s; low economic damages." % format(R.choice([50000, 75000]), ","))
        else:
            L.add("RESERVE\tReserve increase to $%s approved by %s. Alleged %s at %s on " % (
                format(R.choice([150000, 250000, 500000]), ","), R.choice(ADJ)[0], c.alleg, c.hosp[0]),
                P(fd(c.incident, "usn"), "date"), ".")
    elif k == 5:
        L.add("DEVICE\tPlaintiff alleges malpositioned implant; explanted device held by %s, SN " % c.hosp[0],
              P(c.implant, "device"), ", UDI ", P("(01)%s(17)261231(21)%s" % (c.udi_gtin, c.implant), "device"),
              ". Preservation letter sent to mfr.")
    else:
        if c.dod:
            L.add("DEATH\tClmt died ", P(fd(c.dod, "usn"), "date"), ". Qualified admin ", P(full(c.rel, False), "name"),
                  " appointed; WD action likely. Death cert requested.")
        else:
            L.add("ADDR\tClmt moved to ", P(c.street + (" " + c.unit if c.unit else "") + ", " + c.city, "address"),
                  ", %s " % c.state, P(c.zip, "zip"), "; new email ", P(c.email, "email"), ".")
    return [L]


def ev_pgaudit():
    t = tick()
    L = Line("pgaudit")
    pid = R.randint(10000, 40000)
    pre = "%s UTC [%d] %s@claimsdb LOG:  AUDIT: SESSION,%d,1," % (jts(t), pid, R.choice(["svc_claims", "svc_lien", "rpt_ro"]),
                                                                  R.randint(1, 9000))
    k = R.random()
    if k < 0.5:
        L.add(pre + R.choice([
            'READ,SELECT,,,"SELECT count(*) FROM clm.diary WHERE due_dt < now() AND status_cd = $1",<not logged>',
            'WRITE,INSERT,,,"INSERT INTO clm.audit_evt(evt_id, evt_ts, usr) VALUES ($1,$2,$3)",<not logged>',
            'DDL,CREATE INDEX,,,"CREATE INDEX CONCURRENTLY ix_pay_post_dt ON fin.payment(post_dt)",<none>',
            'READ,SELECT,,,"SELECT policy_no, npi FROM uw.insured WHERE npi = \'%s\'",<none>' % DOC_NPI[R.choice(DOCS)[0]]]))
        return [L]
    c = claimant()
    if k < 0.75:
        L.add(pre + 'READ,SELECT,,,"SELECT claimant_id, last_nm, first_nm, birth_dt FROM clm.claimant WHERE ssn_txt = \'',
              P(c.ssn, "ssn"), '\'",<none>')
    elif k < 0.9:
        L.add(pre + 'WRITE,UPDATE,,,"UPDATE clm.claim SET status_cd = \'CLSD\', close_dt = now() WHERE claim_no = \'',
              P(c.claim, "other_id"), '\'",<none>')
    else:
        L.add(pre + 'WRITE,UPDATE,,,"UPDATE clm.claimant SET addr_ln1 = \'', P(c.street.replace("'", "''"), "address"),
              '\', city_nm = \'', P(c.city, "address"), '\', zip_cd = \'', P(c.zip, "zip"), '\' WHERE claimant_id = ',
              P(str(R.randint(100000, 999999)), "other_id"), '",<none>')
    return [L]


def ev_teams():
    t = tick()
    L = Line("teams")
    a = R.choice(ADJ)
    base = {"id": str(epoch_ms(t)), "messageType": "message", "createdDateTime": iso_ms(t),
            "from": {"user": {"id": ruuid(), "displayName": a[0]}}, "channelIdentity": {"channelId": "19:%s@thread.tacv2" % hexs(32)}}
    if R.random() < 0.55:
        base["body"] = {"contentType": "text", "content": R.choice([
            "anyone else getting kicked out of ClaimCenter? build 10.2.4 is slow today",
            "reminder: reserve committee moved to 2pm, room Chesapeake B",
            "Dr. %s's deposition prep with %s is Thursday, can someone cover the call?" % (R.choice(DOCS)[0], R.choice(DEF_FIRMS)),
            "LienPoint says the CMS portal is down again until 1300 ET",
            "ticket INC0048812 opened for the scanner on 9th floor",
            "does anyone have the new Section 111 RRE ID? 000%d is the old one" % R.randint(10000, 99999)])}
        L.add(*jsegs(base))
        return [L]
    c = claimant()
    body = R.choice([
        ("can you pull records for ", P(lf(c), "name"), " DOB ", P(fd(c.dob, "usn"), "date"), "? ", c.hosp[0],
         " says they need a new auth"),
        ("heads up ", P(c.claim, "other_id"), " - plaintiff's expert report came in, mediation is set"),
        ("found clmt's FB: ", P(c.fb, "url"), " - photos of her at the gym last month lol. sending to Argus"
         if c.sex == "F" else " - posts from a fishing trip. sending to Argus"),
        ("BCRC final demand on ", P(c.last, "name"), " is in, case ", P(c.bcrc, "other_id"), ", need sign-off today"),
    ])
    base["body"] = {"contentType": "text", "content": JV(*body)}
    L.add(*jsegs(base))
    return [L]


def ev_winsec():
    t = tick()
    L = Line("winsec")
    ws = "TPM-WS-%04d" % R.randint(100, 999)
    a = R.choice(ADJ)
    pre = "%s TPM-DC01.corp.tpmic.com MSWinEventLog\t1\tSecurity\t%d\t%s\t" % (
        t.strftime("%b %d %H:%M:%S"), R.randint(100000, 999999), t.strftime("%a %b %d %H:%M:%S %Y"))
    if R.random() < 0.6:
        L.add(pre + "4624\tMicrosoft-Windows-Security-Auditing\tCORP\\%s\tN/A\tSuccess Audit\t%s\tLogon\tLogonType=%d TargetUserName=%s WorkstationName=%s IpAddress=10.20.%d.%d LogonProcessName=Kerberos" % (
            a[1], ws, R.choice([2, 3, 10]), a[1], ws, R.randint(1, 9), R.randint(2, 250)))
        return [L]
    c = claimant()
    folder_last = ascii_fold(c.last).upper().replace(" ", "")
    L.add(pre + "4663\tMicrosoft-Windows-Security-Auditing\tCORP\\%s\tN/A\tSuccess Audit\tTPM-FS01\tFile System\tObjectName=\\\\tpm-fs01\\Claims\\Litigation\\" % a[1],
          P(folder_last, "name"), "_", P(c.first[0], "name"), "_", P(c.claim, "other_id"),
          "\\%s AccessMask=0x1 ProcessName=C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" % R.choice(
              ["Demand_Letter.docx", "Expert_Report_Draft.docx", "Med_Chronology.xlsx", "Mediation_Brief.docx"]))
    return [L]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


def ev_isoxml():
    t = tick()
    L = Line("isoxml")
    if R.random() < 0.3:
        L.add('<?xml version="1.0"?><ClaimSearchRs xmlns="urn:tpmic:iso:v3"><RqUID>%s</RqUID><Status code="0">Success</Status><ProcessedDt>%s</ProcessedDt><Elapsed>%dms</Elapsed></ClaimSearchRs>' % (
            ruuid(), t.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(40, 4000)))
        return [L]
    c = claimant()
    if R.random() < 0.35:
        L.add('<ClaimSearchRs xmlns="urn:tpmic:iso:v3"><RqUID>%s</RqUID><ISOFileNumber>' % ruuid(), P(c.iso, "other_id"),
              '</ISOFileNumber><MatchCount>%d</MatchCount><Match><InsurerName>%s</InsurerName><LossType>%s</LossType><LossDt>' % (
                  R.randint(1, 4), R.choice(["Old Dominion Auto Mutual", "Blue Heron Casualty", "Commonwealth Workers Comp Fund"]),
                  R.choice(["AUTO-BI", "WC", "GL-SLIP/FALL"])),
              P(fd(rdate(2015, 2021), "iso"), "date"), '</LossDt></Match></ClaimSearchRs>')
        return [L]
    segs = ['<ClaimSearchRq xmlns="urn:tpmic:iso:v3"><RqUID>%s</RqUID><Claim><ClaimNumber>' % ruuid(),
            P(c.claim, "other_id"), '</ClaimNumber><LOB>MEDPL</LOB><LossDt>', P(fd(c.incident, "iso"), "date"),
            '</LossDt><Party role="CLMT"><PersonName><Surname>', P(xesc(c.last), "name"), '</Surname><GivenName>',
            P(c.first, "name"), '</GivenName></PersonName><TaxId type="SSN">', P(c.ssn.replace("-", ""), "ssn"),
            '</TaxId><BirthDt>', P(fd(c.dob, "iso"), "date"), '</BirthDt><Addr><Addr1>', P(c.street, "address"),
            '</Addr1><City>', P(c.city, "address"), '</City><StateProv>%s</StateProv><PostalCode>' % c.state,
            P(c.zip, "zip"), '</PostalCode></Addr>']
    if R.random() < 0.5:
        segs += ['<DriversLicense state="%s">' % c.state, P(c.dl, "license"), '</DriversLicense>']
    if R.random() < 0.3:
        segs += ['<Fax>', P(fmt_phone(c.phone2, 1), "fax"), '</Fax>']
    segs += ['</Party><Party role="INSD"><OrgName>%s</OrgName><NPI>%s</NPI></Party></Claim></ClaimSearchRq>' % (
        xesc(c.hosp[0]), npi())]
    L.add(*segs)
    return [L]


def ev_sms():
    t = tick()
    L = Line("sms")
    sid = "SM" + hexs(32)
    if R.random() < 0.5:
        d = R.choice(DOCS)
        L.add('%s sms.out sid=%s from=+17575550100 to=+1%s status=%s segments=1 body="TPMIC Claims: Dr. %s, please call %s at %s re: deposition prep. Ref %s"' % (
            iso_ms(t), sid, mkphone(), R.choice(["queued", "sent", "delivered"]), d[0].split()[-1], R.choice(ADJ)[0],
            ORG_PHONE, "RR-%s-%04d" % (t.strftime("%y%m%d"), R.randint(1, 400))))
        return [L]
    c = claimant()
    L.add("%s sms.out sid=%s from=+17575550100 to=" % (iso_ms(t), sid), P(fmt_phone(c.phone, 2), "phone"),
          ' status=delivered segments=2 body="TPMIC: Hi ', P(c.first, "name"), ", your med-pay reimbursement for claim ",
          P(c.medpay, "other_id"), ' was issued. Questions? 800-555-0199. Reply STOP to opt out."')
    return [L]


def ev_cti():
    t = tick()
    L = Line("cti")
    cid = hexs(16)
    a = R.choice(ADJ)
    if R.random() < 0.5:
        L.add("%s cti event=%s call_id=%s queue=%s agent=%s ani=+1%s dnis=8005550199 dur=%d wrapup=%s" % (
            iso_ms(t), R.choice(["CALL_END", "AGENT_READY", "CALL_START"]), cid,
            R.choice(["PROVIDER_LINE", "DEFENSE_COUNSEL", "RISK_MGMT"]), a[1], "757555%04d" % R.randint(100, 199),
            R.randint(10, 1800), R.choice(["DEPO_SCHED", "POLICY_Q", "NA"])))
        return [L]
    c = claimant()
    L.add("%s cti event=CALL_END call_id=%s queue=MEDPAY agent=%s ani=" % (iso_ms(t), cid, a[1]),
          P(fmt_phone(c.phone, 2), "phone"), " dnis=8005550199 dur=%d vb_enroll=%s voiceprint_id=" % (
              R.randint(60, 1500), R.choice(["true", "false"])), P(c.voice, "biometric"),
          " vb_score=%.2f claim=" % R.uniform(0.6, 0.99), P(c.medpay, "other_id"))
    return [L]


def ev_surv():
    t = tick()
    L = Line("surv")
    c = claimant()
    rep = "ARG-24-%04d" % R.randint(1, 400)
    k = R.random()
    obs = date(2024, 3, R.randint(1, 9))
    if k < 0.2:
        L.add('%s,%s,,"Investigator Colt Brannigan (lic. 99-1234) mileage 84 mi; camera SN DSC-RX10-%d; hours 6.5",ADMIN' % (
            rep, t.strftime("%Y-%m-%d"), R.randint(1000000, 9999999)))
        return [L]
    L.add("%s," % rep, P(fd(obs, "iso"), "date"), ",%02d:%02d," % (R.randint(6, 19), R.randint(0, 59)))
    if k < 0.6:
        L.add('"Subject (', P(full(c, False), "name"), ") exited residence at ", P(c.street + ", " + c.city, "address"),
              ", entered %s VA plate " % c.vehicle, P(c.plate, "vehicle"), " (VIN ", P(c.vin, "vehicle"),
              '), drove to Harris Teeter on Battlefield Blvd.",OBS')
    else:
        L.add('"Social media canvass: ', P(c.fb, "url"), ' public posts show subject lifting kayak; no limp observed.",SOC')
    return [L]


EVENTS = [
    (ev_intake, 9), (ev_rrt, 9), (ev_dat, 7), (ev_relexp, 4), (ev_ledger, 7), (ev_syslog, 12), (ev_nginx, 10),
    (ev_hl7, 1.2), (ev_fhir, 3), (ev_s111, 0.8), (ev_x12, 0.6), (ev_java, 3), (ev_diary, 6), (ev_pgaudit, 5),
    (ev_teams, 5), (ev_winsec, 5), (ev_isoxml, 4), (ev_sms, 3), (ev_cti, 4), (ev_surv, 2),
]
SINGLE = [ev_intake, ev_rrt, ev_syslog, ev_nginx, ev_ledger, ev_winsec, ev_cti]


def main():
    lines = []
    fns = [e[0] for e in EVENTS]
    ws = [e[1] for e in EVENTS]
    while len(lines) < NLINES:
        fn = R.choices(fns, ws)[0]
        ev = fn()
        if len(lines) + len(ev) > NLINES:
            continue
        lines.extend(ev)
    assert len(lines) == NLINES
    with open(ID + ".log", "wb") as f, open(ID + ".labels.jsonl", "w", encoding="utf-8") as g:
        for i, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b and b"\n" not in b and b"\r" not in b, (i, b)
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, txt in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("bad bounds line %d" % i)
                if s < prev:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != txt:
                    raise SystemExit("span text mismatch line %d: %r vs %r" % (i, b[s:e], txt))
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
