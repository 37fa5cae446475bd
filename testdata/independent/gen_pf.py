#!/usr/bin/env python3
"""Synthetic labeled log corpus "pf": Cedar Ridge Rheumatology Associates.

A rheumatology practice (3 sites, Columbus OH area) with an in-office
infusion suite (chairs C01-C12) and a "biologics hub" that does benefits
investigation (BI), prior authorization (PA), specialty-pharmacy (SP)
referrals, manufacturer copay cards / patient assistance (PAP), REMS and
lab monitoring.  One day (Mon 2024-11-18) of the central log archive
(Graylog export), all lines interleaved by time.  Everything is made up.

Systems simulated (family names in the labels file):
  ehr_pino      EHR API (node/pino JSON: chart open, kiosk check-in with
                palm-vein biometrics, demographics updates, lab-monitoring
                reminders, photo upload)
  hub_logback   Biologics hub service (Spring Boot logback JSON, ASCII-
                escaped so non-ASCII names appear as \\uXXXX)
  java_stack    stack traces of the hub service, one frame per line
  chair_logfmt  infusion chair scheduler (logfmt)
  hl7v2         interface engine: ADT^A04, SIU^S12, ORU^R01 (reference lab:
                QuantiFERON, CBC, CMP, HBV), DFT^P03 (drug charges), one
                segment per line
  fhir_r4       FHIR R4 API (Coverage, MedicationRequest, Patient,
                OperationOutcome, CapabilityStatement), one resource a line
  x12           clearinghouse 270/271 eligibility and 278 auth, one segment
                per line
  nginx_access  patient portal reverse proxy (combined + timing)
  pump_syslog   infusion pump gateway (RFC 5424 syslog)
  bi_csv        benefits-investigation worklist export (CSV with header)
  pa_kv         prior-auth portal worker (key=value after log4j prefix)
  ncpdp_xml     NCPDP SCRIPT 2017071 NewRx to specialty pharmacies
  copay_pipe    manufacturer copay-card enrollment feed (pipe delimited)
  pap_fixed     patient-assistance foundation batch file (fixed width)
  rems_json     REMS portal client (python-json-logger)
  sms_gw        SMS reminder gateway (outbound/inbound bodies)
  fax_srv       fax server job log
  pg_log        PostgreSQL log of the hub database
  sys_syslog    sshd / cron / Okta agent / backup (BSD syslog)
  teams_chat    staff chat export (one message a line)
  cdr_csv       hub call-center phone CDR

Labeling decisions (grey cases):
  * Log record timestamps (when a line was written) are never labeled, even
    when they coincide with the visit.  Explicit person-tied date fields
    are labeled `date`: birth, appointment/infusion, service, lab
    collection, PA effective/expiry, referral received, enrollment
    effective, pregnancy-test date, "dx 03/2019" (month+year).  Years
    alone are not labeled.
  * Ages: only >89 are labeled (`age`); "91" in JSON or "92 y/o" in text.
  * MRN (7 digits, EHR) -> mrn, also when it appears in a portal URL path
    (the id is labeled, not the URL), as a FHIR reference id
    ("Patient/1048392" -> only the digits) or as the pump's barcode pid.
    Full personalised URLs with scheme/host (pay links with a patient
    token) -> url.
  * Patient account / guarantor numbers (PID-18, acct=, copay-card member
    numbers) and full card PANs -> account.  Masked PANs (****1234) and the
    copay program's BIN/PCN/group are not labeled (not unique to a person).
  * Payer member/subscriber IDs, MBIs, Medicaid IDs -> health_plan.  Group
    numbers and plan names are employer/plan level: not labeled.
  * Hub case IDs, PA/auth numbers, portal PA keys, SP referral IDs, Rx
    numbers, REMS patient enrollment IDs, PAP application IDs, lab
    accession numbers, encounter/visit numbers, appointment IDs ->
    other_id.  Claim/transaction trace numbers of the clearinghouse
    (TRN, ISA/GS control numbers), message control IDs, request/trace
    IDs, UUIDs of jobs -> not labeled.
  * Infusion pumps, chairs, kiosks are practice equipment: their serials
    are not labeled.  A patient's own phone app install id (IDFV) and an
    implanted device serial -> device.  Parking validation plate -> vehicle.
  * Palm-vein template ids / template blobs -> biometric; chart photo
    base64 -> photo.
  * A name split across separate fields (X12 NM1 elements, NCPDP
    LastName/FirstName, CSV columns) is labeled per field; a name in one
    field (HL7 XPN with ^, "Last, First") is one span.  First names alone
    in SMS bodies / chat -> name.
  * Street line, apartment line and city of the patient each get an
    `address` span when in separate fields; one span when on one run.
    State is never labeled; ZIP always its own `zip` span.
  * Emergency contacts / caregivers / relatives: name and phone labeled.
  * Staff, prescribers (names, NPI, DEA), payers, specialty pharmacies,
    manufacturers and their reps, practice addresses/phones/faxes/emails,
    server IPs (public or private) are not PHI.  Patient portal client IPs
    -> ip.  Drug names that look like names (Simponi Aria, Kevzara,
    Benlysta, Saphnelo...) are not PHI.
  * SSNs: full or with dashes -> ssn, also a mistyped 8-digit one.  The
    placeholder 000-00-0000 is not labeled.  Last-4 only is not labeled.
  * Driver's licence number on a PAP application -> license.
  * Income, household size, weight, diagnosis codes are not labeled.
  * The reference lab's own patient id (PID-3 second repetition, MRL^PI)
    -> other_id (assigned by another provider, not our MRN).
  * A fax station id (CSID) that spells the patient's surname -> name.
  * Prescription "WrittenDate" in NCPDP NewRx is left unlabeled: it is the
    day the message was built (same as the log day), treated like a record
    timestamp.  Enrollment/PA/appointment dates set for the patient are
    labeled even when equal to today.
  * Payer PO boxes, payer/pharmacy phone and fax numbers, the SMS short
    code and the practice's own numbers are not PHI.
"""
import datetime as dt
import hashlib
import json
import random
import sys

R = random.Random(20241118)
DAY = dt.datetime(2024, 11, 18)


class P:
    """A PHI value placed in a line (v = text exactly as written)."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A composite string (for JSON/logfmt) mixing literals and P values."""
    def __init__(self, *parts):
        self.parts = list(parts)


# ---------------------------------------------------------------- helpers
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix, n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    A = L + N
    c = [R.choice("123456789"), R.choice(L), R.choice(A), R.choice(N),
         R.choice(L), R.choice(A), R.choice(N), R.choice(L), R.choice(L),
         R.choice(N), R.choice(N)]
    return "".join(c)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def upalnum(n):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_raw():
    return R.choice(["614", "740", "380", "937"]) + str(R.randint(201, 989)) + digits(4)


def fmt_phone(p, style):
    if style == "dash":
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == "paren":
        return "(%s)%s-%s" % (p[:3], p[3:6], p[6:])
    if style == "paren_sp":
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == "e164":
        return "+1" + p
    if style == "dot":
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    return p


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def ascii_up(s):
    tr = str.maketrans("áéíóúñëöüÁÉÍÓÚÑ", "aeiounoeuAEIOUN")
    return s.translate(tr).upper()


# ---------------------------------------------------------------- org / staff
ORG = "Cedar Ridge Rheumatology Associates"
ORG_ADDR = ("4100 Harmon Pkwy", "Suite 210", "Columbus", "OH", "43219")
ORG_PHONE = "6149200100"
ORG_FAX = "6149200199"
PRESCRIBERS = [
    ("Castellanos", "Miriam", "MD", npi(), "BC4471208"),
    ("Venkataraman", "Anand", "MD", npi(), "BV6630917"),
    ("Whitcomb", "Paula", "DO", npi(), "BW2208415"),
    ("Lowe", "Jared", "CNP", npi(), "ML3356092"),
]
NURSES = ["K. Brandt RN", "T. Zielinski RN", "A. Osei RN", "M. Larkin LPN"]
HUB_STAFF = [("Dana Ortiz", "dortiz"), ("Renata Fox", "rfox"), ("Colin Ashby", "cashby"),
             ("Yesenia Paredes", "yparedes")]
GROUP_NPI = npi()

# ---------------------------------------------------------------- drugs
INFUSED = [
    ("inFLIXimab-dyyb", "Inflectra", "Q5103", "00069-0809-01", "Pfizer"),
    ("abatacept", "Orencia IV", "J0129", "00003-2187-10", "BMS"),
    ("tocilizumab", "Actemra IV", "J3262", "50242-0135-01", "Genentech"),
    ("golimumab", "Simponi Aria", "J1602", "57894-0350-01", "Janssen"),
    ("belimumab", "Benlysta IV", "J0490", "49401-0101-01", "GSK"),
    ("anifrolumab-fnia", "Saphnelo", "J0491", "00310-3040-00", "AstraZeneca"),
    ("pegloticase", "Krystexxa", "J2507", "75987-0080-10", "Amgen"),
    ("riTUXimab-abbs", "Truxima", "Q5115", "63459-0103-10", "Teva"),
    ("denosumab", "Prolia", "J0897", "55513-0710-01", "Amgen"),
]
SELF_INJ = [
    ("adalimumab-bwwd", "Hadlima", "78206-0140-01"),
    ("etanercept", "Enbrel SureClick", "58406-0032-04"),
    ("secukinumab", "Cosentyx", "00078-0639-41"),
    ("sarilumab", "Kevzara", "00024-5910-02"),
    ("upadacitinib", "Rinvoq ER 15 mg", "00074-2306-30"),
    ("certolizumab pegol", "Cimzia", "50474-0710-79"),
    ("ixekizumab", "Taltz", "00002-1445-11"),
]
REMS_DRUGS = [("mycophenolate mofetil", "Mycophenolate REMS"), ("ambrisentan", "Ambrisentan REMS")]
SPS = [("Accredo", "4436215", "8774246225"), ("CVS Specialty", "1469824", "8002372767"),
       ("Optum Specialty Pharmacy", "3677955", "8554278701"),
       ("OhioHealth Specialty Rx", "3692150", "6145661700")]

PAYERS = [
    ("Aetna", "60054", "commercial"), ("UnitedHealthcare", "87726", "commercial"),
    ("Cigna", "62308", "commercial"), ("Anthem BCBS Ohio", "00834", "commercial"),
    ("Medicare Part B", "CGS15202", "medicare"), ("Humana Medicare Advantage", "61101", "ma"),
    ("CareSource Ohio Medicaid", "31114", "medicaid"),
]


PAYER_ADDR = {"Aetna": "PO BOX 981106^^EL PASO^TX^79998", "UnitedHealthcare": "PO BOX 30555^^SALT LAKE CITY^UT^84130",
              "Cigna": "PO BOX 188061^^CHATTANOOGA^TN^37422", "Anthem BCBS Ohio": "PO BOX 105187^^ATLANTA^GA^30348"}
DX_BY_DRUG = {"Saphnelo": ["M32.14", "M32.19"], "Benlysta IV": ["M32.14", "M32.10"], "Krystexxa": ["M1A.9XX1", "M10.9"],
              "Prolia": ["M81.0", "M80.08XA"], "Truxima": ["M05.79", "M31.31"]}


def member_id(payer):
    n = payer[0]
    if n == "Aetna":
        return "W" + digits(9)
    if n == "UnitedHealthcare":
        return digits(9)
    if n == "Cigna":
        return "U" + digits(8) + "01"
    if n.startswith("Anthem"):
        return R.choice(["YRK", "JQU", "XOH"]) + digits(9)
    if n == "Medicare Part B":
        return mbi()
    if n.startswith("Humana"):
        return "H" + digits(8)
    return digits(12)


# ---------------------------------------------------------------- patients
NAMES = [
    ("Nkechi", "A", "Okafor", "F"), ("Giulia", "", "Bianchi-Ruiz", "F"),
    ("Thanh", "V", "Nguyen", "M"), ("Siobhan", "M", "O'Sullivan", "F"),
    ("Mateo", "", "García Márquez", "M"), ("Hope", "", "Rivers", "F"),
    ("Dmitri", "", "Petrov", "M"), ("Priya", "S", "Raghunathan", "F"),
    ("Olumide", "", "Adeyemi", "M"), ("Hana", "", "Kobayashi", "F"),
    ("Rosalind", "J", "Delacroix-Wynn", "F"), ("Faisal", "", "Al-Hassan", "M"),
    ("Ingrid", "", "Lindqvist", "F"), ("Xiomara", "", "de la Cruz", "F"),
    ("Wojciech", "", "Nowak", "M"), ("Leilani", "K", "Kahananui", "F"),
    ("Grace", "", "Hunter", "F"), ("Rusty", "", "Bell", "M"),
    ("Crystal", "", "Stone", "F"), ("Zoë", "", "Fairweather", "F"),
    ("Joaquín", "", "Ibarra", "M"), ("Amara", "", "Mensah", "F"),
    ("Declan", "P", "Brennan", "M"), ("Mei-Ling", "", "Tsai", "F"),
    ("Yusuf", "", "Demir", "M"), ("Marisol", "", "Vega", "F"),
    ("Summer", "", "Day", "F"), ("Earl", "W", "Whitfield", "M"),
    ("Beatrice", "", "Achterberg", "F"), ("Tobias", "", "Winter", "M"),
]
STREETS = ["Brookside Dr", "Schrock Rd", "Olentangy River Rd", "Maple Hollow Ln", "E Dublin-Granville Rd",
           "Tamarack Cir", "Sawmill Pkwy", "Hickory Ridge Ct", "N High St", "Winchester Pike",
           "Cleveland Ave", "Refugee Rd", "Walnut Bluff Way", "Parsons Ave", "Bethel Rd",
           "Big Walnut Trl", "Kenny Rd", "Linworth Rd", "Alum Creek Dr", "Stelzer Rd"]
CITIES = [("Westerville", "43081"), ("Grove City", "43123"), ("Hilliard", "43026"),
          ("Delaware", "43015"), ("Newark", "43055"), ("Lancaster", "43130"),
          ("Reynoldsburg", "43068"), ("Marysville", "43040"), ("Zanesville", "43701"),
          ("Chillicothe", "45601"), ("Gahanna", "43230"), ("Columbus", "43211"),
          ("Pickerington", "43147"), ("Worthington", "43085"), ("Circleville", "43113")]
EMAIL_DOMS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "wowway.net", "hotmail.com"]
EC_FIRST = ["Chinedu", "Paolo", "Linh", "Aoife", "Lucía", "Marcus", "Svetlana", "Ravi", "Funmi",
            "Kenji", "Theo", "Samira", "Erik", "Ana", "Agnieszka", "Makoa", "Beau", "Dale", "Jade",
            "Oliver", "Rocío", "Kwame", "Nora", "Wen", "Emre", "Luis", "Autumn", "Lorraine", "Pieter", "Ivy"]
EC_REL = ["spouse", "daughter", "son", "sister", "brother", "mother", "partner", "friend"]
IP_PREFIX = ["74.138.", "98.28.", "174.104.", "66.42.", "107.77.", "69.131.", "24.208.", "184.59."]


class Pt:
    pass


PTS = []
for i, (fn, mi, ln, sex) in enumerate(NAMES):
    p = Pt()
    p.first, p.mi, p.last, p.sex = fn, mi, ln, sex
    if ln == "Whitfield":
        p.dob = dt.date(1932, 7, 4)
    elif ln == "Achterberg":
        p.dob = dt.date(1934, 1, 29)
    else:
        p.dob = dt.date(R.randint(1946, 2001), R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (11, 18) else 0)
    p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    p.apt = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCDE")])
    p.city, p.zip = R.choice(CITIES)
    p.phone = phone_raw()
    p.email = "%s.%s%d@%s" % (ascii_up(fn).lower().replace("-", ""), ascii_up(ln).lower().replace(" ", "").replace("'", "").replace("-", ""),
                               R.randint(1, 99), R.choice(EMAIL_DOMS))
    if i % 4 == 1:
        p.email = "%s%s%s@%s" % (ascii_up(fn)[0].lower(), ascii_up(ln).lower().replace(" ", "").replace("'", "").replace("-", ""),
                                 R.randint(60, 99), R.choice(EMAIL_DOMS))
    p.mrn = str(R.randint(1002000, 1098999))
    p.acct = "G" + digits(8)
    if p.age >= 65:
        p.payer = R.choice([PAYERS[4], PAYERS[4], PAYERS[5]])
    else:
        p.payer = R.choice(PAYERS[:4] + [PAYERS[6]])
    p.member = member_id(p.payer)
    p.group = R.choice(["", "0", "", ""]) + digits(R.choice([6, 7, 8]))
    p.ssn = ssn()
    p.dl = R.choice("ABCDEFGHJKLMNPRSTUW") + R.choice("ABCDEFGHJKLMNPRSTUW") + digits(6)
    p.plate = upalnum(3) + digits(4)
    p.ip = R.choice(IP_PREFIX) + "%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    p.idfv = uuid4().upper()
    p.ec_first = EC_FIRST[i]
    p.ec_last = ln if R.random() < 0.6 else R.choice(["Hale", "Moreau", "Abernathy", "Quispe", "Sandoval"])
    p.ec_rel = R.choice(EC_REL)
    p.ec_phone = phone_raw()
    p.kind = ["inf", "sp", "inf", "sp", "inf", "inf", "sp", "rems", "inf", "sp",
              "inf", "sp", "inf", "rems", "inf", "sp", "inf", "inf", "sp", "inf",
              "sp", "inf", "inf", "sp", "inf", "rems", "sp", "inf", "inf", "sp"][i]
    p.inf = R.choice(INFUSED)
    p.sp_drug = R.choice(SELF_INJ)
    p.rems = R.choice(REMS_DRUGS)
    p.prescriber = R.choice(PRESCRIBERS)
    p.case = "BIH-24-%06d" % R.randint(10000, 24999)
    p.pa_key = upalnum(8)
    p.auth = R.choice(["A", "PA", ""]) + "24" + digits(9)
    p.spr = "SPR-%d" % R.randint(880000, 899999)
    p.rx = "%d" % R.randint(4100000, 4999999)
    p.copay_mbr = "6004" + digits(7)
    p.pap = "PAP-2024-%07d" % R.randint(1000000, 9999999)
    p.rems_id = R.choice(["MR", "AMB"]) + "-" + digits(7)
    p.visit = "V" + digits(10)
    p.appt = str(R.randint(7000000, 7999999))
    if p.kind == "sp":
        p.dx = R.choice(["M06.9", "M05.79", "M06.09", "M45.9", "L40.52", "M45.6"])
    elif p.inf[1] in DX_BY_DRUG:
        p.dx = R.choice(DX_BY_DRUG[p.inf[1]])
    else:
        p.dx = R.choice(["M06.9", "M05.79", "M06.09", "M45.9", "L40.52", "M08.00"])
    p.next_inf = DAY.date() + dt.timedelta(days=R.randint(2, 56))
    while p.next_inf.weekday() > 4:
        p.next_inf += dt.timedelta(days=1)
    PTS.append(p)


def by_last(ln):
    for p in PTS:
        if p.last == ln:
            return p
    raise KeyError(ln)


# ---------------------------------------------------------------- rendering
def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(obj, ea=False, compact=True):
    out = []
    isep, ksep = (",", ":") if compact else (", ", ": ")

    def emit(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.append('"')
                out.append(P(jesc(o.v, ea), o.cat))
                out.append('"')
            else:
                out.append(P(json.dumps(o.v), o.cat))
        elif isinstance(o, S):
            out.append('"')
            for q in o.parts:
                if isinstance(q, P):
                    out.append(P(jesc(q.v, ea), q.cat))
                else:
                    out.append(jesc(q, ea))
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(isep)
                first = False
                out.append(json.dumps(k, ensure_ascii=ea) + ksep)
                emit(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for j, v in enumerate(o):
                if j:
                    out.append(isep)
                emit(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ea))
    emit(obj)
    return out


def KV(pairs, sep=" "):
    """logfmt style: quote values containing space, quote or '='."""
    out = []
    for j, (k, v) in enumerate(pairs):
        if j:
            out.append(sep)
        out.append(k + "=")
        if isinstance(v, (P, S)):
            parts = v.parts if isinstance(v, S) else [v]
            text = "".join(q.v if isinstance(q, P) else q for q in parts)
            quote = (" " in text) or ('"' in text) or ("=" in text) or text == ""
            if quote:
                out.append('"')
            for q in parts:
                t = q.v if isinstance(q, P) else q
                if quote:
                    t = t.replace("\\", "\\\\").replace('"', '\\"')
                out.append(P(t, q.cat) if isinstance(q, P) else t)
            if quote:
                out.append('"')
        else:
            t = str(v)
            if (" " in t) or ('"' in t) or ("=" in t) or t == "":
                t = '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
            out.append(t)
    return out


def render(parts):
    b = bytearray()
    spans = []
    for q in parts:
        if isinstance(q, P):
            eb = q.v.encode("utf-8")
            spans.append((len(b), len(b) + len(eb), q.cat, q.v))
            b += eb
        elif isinstance(q, str):
            b += q.encode("utf-8")
        else:
            raise TypeError(repr(q))
    return bytes(b), spans


# ---------------------------------------------------------------- record store
RECS = []
SEQ = [0]


def rec(t, lines):
    """lines: list of (family, parts)."""
    SEQ[0] += 1
    RECS.append((t, SEQ[0], lines))


def T(h, m, s=0, ms=None):
    t = DAY + dt.timedelta(hours=h, minutes=m, seconds=s)
    if ms is None:
        ms = R.randint(0, 999)
    return t + dt.timedelta(milliseconds=ms)


def rt(h0=7, h1=18):
    secs = R.randint(h0 * 3600, h1 * 3600 - 1)
    return DAY + dt.timedelta(seconds=secs, milliseconds=R.randint(0, 999))


def utc(t):
    return t + dt.timedelta(hours=5)


def iso_z(t):
    return utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def epoch_ms(t):
    return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def bsd(t):
    return t.strftime("%b %d %H:%M:%S")


# ================================================================ formatters
HOSTS_EHR = ["ehr-api-7c9f6d-x2kq", "ehr-api-7c9f6d-m8tz", "ehr-api-7c9f6d-p4wd"]


def pino(t, msg, extra=None, level=30):
    o = {"level": level, "time": epoch_ms(t), "pid": R.choice([2211, 2214, 2219]),
         "hostname": R.choice(HOSTS_EHR), "reqId": "req-" + hexs(6)}
    if extra:
        o.update(extra)
    o["msg"] = msg
    return ("ehr_pino", J(o))


HUB_LOGGERS = {
    "bi": "com.cedarridge.hub.bi.BenefitsInvestigationService",
    "pa": "com.cedarridge.hub.pa.PriorAuthOrchestrator",
    "sp": "com.cedarridge.hub.sp.SpecialtyReferralService",
    "copay": "com.cedarridge.hub.assist.CopayEnrollmentClient",
    "pap": "com.cedarridge.hub.assist.PapBatchWriter",
    "labs": "com.cedarridge.hub.monitor.LabMonitoringScheduler",
    "inv": "com.cedarridge.hub.inventory.BuyAndBillInventory",
    "http": "org.springframework.web.servlet.DispatcherServlet",
    "pool": "com.zaxxer.hikari.pool.HikariPool",
    "sched": "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler",
}


def logback(t, lg, msg, level="INFO", mdc=None):
    o = {"@timestamp": iso_z(t), "@version": "1", "message": msg, "logger_name": HUB_LOGGERS[lg],
         "thread_name": R.choice(["http-nio-8443-exec-%d" % R.randint(1, 12), "hub-worker-%d" % R.randint(1, 6),
                                  "scheduling-1"]),
         "level": level, "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[level]}
    o["traceId"] = hexs(32)
    o["spanId"] = hexs(16)
    if mdc:
        o.update(mdc)
    o["app"] = "biologics-hub"
    o["ver"] = "3.14.2-b%d" % 1187
    return ("hub_logback", J(o, ea=True))


def sys_line(t, host, prog, msg_parts):
    pid = R.randint(900, 39000)
    return ("sys_syslog", ["%s %s %s[%d]: " % (bsd(t), host, prog, pid)] + msg_parts)


# ================================================================ episodes
X12N = [0]


def ep_bi(p, t):
    """Benefits investigation: hub log, BI csv row, X12 270/271, pg."""
    X12N[0] += 1
    do_x12 = X12N[0] in (1, 4, 8, 11)
    ep_x12(p, t, do_x12)
    ep_bi_rest(p, t, t + dt.timedelta(seconds=R.randint(10, 60)))


def ep_x12(p, t, do_x12):
    L = []
    drug = p.inf if p.kind == "inf" else None
    drugname = p.inf[1] if p.kind == "inf" else p.sp_drug[1]
    L.append(logback(t, "bi", S("BI case created for ", P("%s, %s" % (p.last, p.first), "name"),
                                 " drug=", drugname, " payer=", p.payer[0]),
                     mdc={"caseId": P(p.case, "other_id"), "user": R.choice(HUB_STAFF)[1]}))
    rec(t, L)
    # X12 270 / 271
    t2 = t + dt.timedelta(seconds=R.randint(3, 40))
    ctl = digits(9)
    X = []
    X.append(("x12", ["ISA*00*          *00*          *ZZ*CRRA0419       *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~"
                      % (utc(t2).strftime("%y%m%d"), utc(t2).strftime("%H%M"), ctl)]))
    X.append(("x12", ["GS*HS*CRRA0419*AVAILITY*%s*%s*%d*X*005010X279A1~" % (utc(t2).strftime("%Y%m%d"), utc(t2).strftime("%H%M"), int(ctl[-5:]))]))
    X.append(("x12", ["ST*270*0001*005010X279A1~"]))
    X.append(("x12", ["BHT*0022*13*%s*%s*%s~" % (hexs(10).upper(), utc(t2).strftime("%Y%m%d"), utc(t2).strftime("%H%M"))]))
    X.append(("x12", ["HL*1**20*1~"]))
    X.append(("x12", ["NM1*PR*2*%s*****PI*%s~" % (p.payer[0].upper(), p.payer[1])]))
    X.append(("x12", ["HL*2*1*21*1~"]))
    X.append(("x12", ["NM1*1P*2*CEDAR RIDGE RHEUMATOLOGY*****XX*%s~" % GROUP_NPI]))
    X.append(("x12", ["HL*3*2*22*0~"]))
    X.append(("x12", ["TRN*1*%s*9CRRA00419~" % digits(12)]))
    X.append(("x12", ["NM1*IL*1*", P(ascii_up(p.last), "name"), "*", P(ascii_up(p.first), "name"),
                      "****MI*", P(p.member, "health_plan"), "~"]))
    X.append(("x12", ["DMG*D8*", P(d_hl7(p.dob), "date"), "*", p.sex, "~"]))
    X.append(("x12", ["DTP*291*D8*", P(d_hl7(p.next_inf), "date"), "~"]))
    X.append(("x12", ["EQ*%s~" % R.choice(["30", "98", "AL", "MH"])]))
    X.append(("x12", ["SE*14*0001~"]))
    X.append(("x12", ["GE*1*%d~" % int(ctl[-5:])]))
    X.append(("x12", ["IEA*1*%s~" % ctl]))
    if not do_x12:
        return
    if X12N[0] in (1, 8):
        rec(t2, X)
    else:
        # compact: only the person segments logged by the clearinghouse client
        rec(t2, X[2:3] + X[9:13] + X[14:15])
    t3 = t2 + dt.timedelta(seconds=R.randint(2, 9))
    Y = [("x12", ["ST*271*0001*005010X279A1~"]),
         ("x12", ["NM1*IL*1*", P(ascii_up(p.last), "name"), "*", P(ascii_up(p.first), "name"),
                  "****MI*", P(p.member, "health_plan"), "~"]),
         ("x12", ["N3*", P(ascii_up(p.street), "address"), "~"]),
         ("x12", ["N4*", P(ascii_up(p.city), "address"), "*OH*", P(p.zip, "zip"), "~"]),
         ("x12", ["EB*1*IND*30**%s~" % {"Aetna": "OPEN ACCESS MANAGED CHOICE", "UnitedHealthcare": "CHOICE PLUS", "Cigna": "OPEN ACCESS PLUS",
                                           "Anthem BCBS Ohio": "BLUE ACCESS PPO", "Medicare Part B": "MEDICARE PART B",
                                           "Humana Medicare Advantage": "HUMANA GOLD PLUS HMO", "CareSource Ohio Medicaid": "MEDICAID MCO"}[p.payer[0]]]),
         ("x12", ["EB*C*IND*30***23*%d.00*****Y~" % R.choice([500, 1500, 2500, 3000, 240])]),
         ("x12", ["EB*G*IND*30***23*%d.00*****Y~" % R.choice([4000, 6350, 8150, 9450])]),
         ("x12", ["EB*A*IND*98***27**0.%d~" % R.choice([10, 20, 30])]),
         ("x12", ["SE*9*0001~"])]
    if p.payer[2] == "medicare":
        Y.insert(5, ("x12", ["DTP*346*D8*", P(d_hl7(dt.date(R.randint(2008, 2023), R.randint(1, 12), 1)), "date"), "~"]))
    rec(t3, Y)


def ep_bi_rest(p, t, t3):
    drugname = p.inf[1] if p.kind == "inf" else p.sp_drug[1]
    # BI csv row
    t4 = t3 + dt.timedelta(minutes=R.randint(4, 30))
    ded = R.choice([250, 500, 1500, 3000])
    row = [P(p.case, "other_id"), ",", P(d_iso(t.date() - dt.timedelta(days=R.randint(0, 6))), "date"), ",",
           P(p.mrn, "mrn"), ",", P(p.last if "," not in p.last else '"%s"' % p.last, "name"), ",",
           P(p.first, "name"), ",", P(d_us(p.dob), "date"), ",", '"%s"' % p.payer[0], ",", p.payer[2], ",",
           P(p.member, "health_plan"), ",", p.group, ",",
           '"%s"' % drugname, ",", (p.inf[2] if p.kind == "inf" else "NDC " + p.sp_drug[2]), ",",
           ("BUY_BILL" if p.kind == "inf" else "SPECIALTY_RX"), ",", str(ded), ",",
           "%.2f" % (ded * R.random()), ",", str(R.choice([4000, 6350, 8150])), ",", "%.2f" % (R.random() * 3000),
           ",", R.choice(["Y", "Y", "N"]), ",", R.choice(["COMPLETE", "PENDING_PAYER", "COMPLETE"]), ",",
           R.choice(HUB_STAFF)[1]]
    rec(t4, [("bi_csv", row)])
    # pg log of BI lookup
    if R.random() < 0.5:
        t5 = t + dt.timedelta(seconds=R.randint(1, 5))
        rec(t5, [("pg_log", ["%s.%03d EST [%d] hubapp@hubdb LOG:  duration: %.3f ms  execute <unnamed>: "
                             % (t5.strftime("%Y-%m-%d %H:%M:%S"), t5.microsecond // 1000, R.randint(18000, 19999),
                                R.random() * 40),
                             "SELECT c.case_id, c.status FROM bi_case c JOIN patient p ON p.id = c.patient_id WHERE p.member_id = '",
                             P(p.member, "health_plan"), "' AND p.birth_date = '", P(d_iso(p.dob), "date"), "'"])])


def ep_pa(p, t):
    drugname = p.inf[1] if p.kind == "inf" else p.sp_drug[1]
    pre = p.prescriber
    th = "pa-worker-%d" % R.randint(1, 4)

    def pal(tt, lvl, pairs):
        return ("pa_kv", ["%s,%03d %-5s [%s] " % (tt.strftime("%Y-%m-%d %H:%M:%S"), tt.microsecond // 1000, lvl, th)]
                + KV(pairs))
    rec(t, [pal(t, "INFO", [("event", "pa.created"), ("key", P(p.pa_key, "other_id")), ("case", P(p.case, "other_id")),
                            ("payer", p.payer[0]), ("form", {"Aetna": "aetna_general_v7", "UnitedHealthcare": "uhc_specialty_rx", "Cigna": "cigna_biologic",
                                     "Anthem BCBS Ohio": "anthem_oh_pa", "CareSource Ohio Medicaid": "caresource_rx_pa",
                                     "Humana Medicare Advantage": "humana_partb_step", "Medicare Part B": "cgs_lcd_checklist"}[p.payer[0]]),
                            ("drug", drugname), ("npi", pre[3]),
                            ("pt", S(P(p.first + " " + p.last, "name"))), ("pt_dob", P(d_iso(p.dob), "date")),
                            ("member_id", P(p.member, "health_plan")), ("dx", p.dx)])])
    t2 = t + dt.timedelta(minutes=R.randint(1, 20))
    rec(t2, [pal(t2, "INFO", [("event", "pa.submitted"), ("key", P(p.pa_key, "other_id")), ("channel", R.choice(["ePA", "ePA", "fax"])),
                              ("attachments", R.randint(2, 7)), ("latency_ms", R.randint(300, 4200)), ("status", "SENT_TO_PLAN")])])
    if R.random() < 0.7:
        t3 = t2 + dt.timedelta(minutes=R.randint(5, 200))
        eff = t3.date()
        exp = eff + dt.timedelta(days=R.choice([180, 364, 365]))
        rec(t3, [pal(t3, "INFO", [("event", "pa.determination"), ("key", P(p.pa_key, "other_id")), ("outcome", "APPROVED"),
                                  ("auth_no", P(p.auth, "other_id")), ("eff", P(d_iso(eff), "date")),
                                  ("exp", P(d_iso(exp), "date")), ("units", R.choice([8, 13, 26, 4])),
                                  ("reviewer", "plan")])])
        return exp
    else:
        t3 = t2 + dt.timedelta(minutes=R.randint(5, 200))
        rec(t3, [pal(t3, "WARN", [("event", "pa.question_set"), ("key", P(p.pa_key, "other_id")),
                                  ("q", "Has the patient had an inadequate response to 2 conventional DMARDs? (MTX, HCQ, SSZ, LEF)"),
                                  ("due_h", 72)])])
        return None


def ep_sp(p, t):
    sp = R.choice(SPS)
    pre = p.prescriber
    mid = hexs(24)
    x = ['<?xml version="1.0" encoding="UTF-8"?><Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" '
         'TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" '
         'ECLVersion="2017071"><Header><To Qualifier="P">%s</To><From Qualifier="C">%s</From><MessageID>%s</MessageID>'
         '<SentTime>%s</SentTime><PrescriberOrderNumber>' % (sp[1], GROUP_NPI, mid, iso_z(t)[:19] + "Z"),
         P(p.rx, "other_id"),
         '</PrescriberOrderNumber></Header><Body><NewRx><Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>',
         P(p.mrn, "mrn"), '</MedicalRecordIdentificationNumberEHR></Identification><Name><LastName>',
         P(p.last.replace("'", "&apos;"), "name"), '</LastName><FirstName>', P(p.first, "name"), '</FirstName></Name><Gender>',
         p.sex, '</Gender><DateOfBirth><Date>', P(d_iso(p.dob), "date"), '</Date></DateOfBirth><Address><AddressLine1>',
         P(p.street, "address"), '</AddressLine1>']
    if p.apt:
        x += ['<AddressLine2>', P(p.apt, "address"), '</AddressLine2>']
    x += ['<City>', P(p.city, "address"), '</City><StateProvince>OH</StateProvince><PostalCode>', P(p.zip, "zip"),
          '</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>',
          P(p.phone, "phone"), '</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>'
          '<Pharmacy><Identification><NCPDPID>%s</NCPDPID></Identification><BusinessName>%s</BusinessName></Pharmacy>'
          '<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>%s</DEANumber></Identification>'
          '<Name><LastName>%s</LastName><FirstName>%s</FirstName></Name><Address><AddressLine1>%s</AddressLine1>'
          '<AddressLine2>%s</AddressLine2><City>%s</City><StateProvince>OH</StateProvince><PostalCode>%s</PostalCode>'
          '</Address><CommunicationNumbers><PrimaryTelephone><Number>%s</Number></PrimaryTelephone><Fax><Number>%s</Number>'
          '</Fax></CommunicationNumbers></NonVeterinarian></Prescriber><MedicationPrescribed><DrugDescription>%s</DrugDescription>'
          '<DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>%d</Value>'
          '<CodeListQualifier>38</CodeListQualifier></Quantity><DaysSupply>28</DaysSupply><WrittenDate><Date>%s</Date></WrittenDate>'
          '<Substitutions>0</Substitutions><NumberOfRefills>%d</NumberOfRefills><Diagnosis><ClinicalInformationQualifier>1'
          '</ClinicalInformationQualifier><Primary><Code>%s</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>'
          '</MedicationPrescribed></NewRx></Body></Message>'
          % (sp[1], sp[0], pre[3], pre[4], pre[0], pre[1], ORG_ADDR[0], ORG_ADDR[1], ORG_ADDR[2], ORG_ADDR[4], ORG_PHONE,
             ORG_FAX, p.sp_drug[1], p.sp_drug[2].replace("-", ""), R.choice([2, 4, 1]), d_iso(t.date()), R.randint(2, 11),
             p.dx.replace(".", ""))]
    # WrittenDate is the prescription date of this patient -> but written date == today: label it as date?
    rec(t, [("ncpdp_xml", x)])
    t2 = t + dt.timedelta(seconds=R.randint(2, 30))
    rec(t2, [logback(t2, "sp", S("NewRx accepted by ", sp[0], " ncpdp=", sp[1], " status=010 referral=",
                                   P(p.spr, "other_id")), mdc={"caseId": P(p.case, "other_id")})])
    # fax cover with demographics
    if R.random() < 0.6:
        t3 = t2 + dt.timedelta(minutes=R.randint(1, 15))
        job = R.randint(88000, 89999)
        rec(t3, [("fax_srv", ["%s  Job %d OUT  User:%s  To:\"%s Intake\" <%s>  Pages:%d  Dur:%ds  Status:Sent  Subject:\"SP referral - "
                              % (t3.strftime("%m/%d/%Y %I:%M:%S %p"), job, R.choice(HUB_STAFF)[1], sp[0], sp[2], R.randint(4, 14),
                                 R.randint(40, 300)),
                              P(ascii_up(p.last) + ", " + ascii_up(p.first), "name"), " DOB ", P(d_us(p.dob), "date"),
                              " Rx#", P(p.rx, "other_id"), "\""])])
    return sp


def ep_copay(p, t):
    prog = {"Inflectra": "PfizerOncologyTogether", "Orencia IV": "OrenciaCoPayProgram", "Actemra IV": "GenentechAccessCoPay",
            "Simponi Aria": "JanssenCarePath", "Benlysta IV": "BenlystaGatewayCopay", "Saphnelo": "AZAccess360",
            "Krystexxa": "AmgenSupportPlus", "Truxima": "TevaCORE", "Prolia": "AmgenFirstStep"}
    if p.kind == "inf":
        pg = prog.get(p.inf[1], "MfrCopay")
    else:
        pg = {"Hadlima": "OrganonAccess", "Enbrel SureClick": "EnbrelSupport", "Cosentyx": "CosentyxConnect",
              "Kevzara": "KevzaraMyWay", "Rinvoq ER 15 mg": "RinvoqComplete", "Cimzia": "CIMZIAplus",
              "Taltz": "TaltzTogether"}[p.sp_drug[1]]
    grp = "EC%07d" % R.randint(1000000, 9999999)
    row = ["ENR|%s|%s|" % (utc(t).strftime("%Y%m%d%H%M%S"), pg), P(p.mrn, "mrn"), "|", P(ascii_up(p.last), "name"), "|",
           P(ascii_up(p.first), "name"), "|", P(d_hl7(p.dob), "date"), "|", P(p.phone, "phone"), "|",
           P(p.email, "email"), "|610020|PDMI|%s|" % grp, P(p.copay_mbr, "account"), "|",
           P(d_hl7(t.date()), "date"), "|", P(d_hl7(dt.date(2024, 12, 31)), "date"), "|ACTIVE|MAXBEN=%d.00|USED=0.00"
           % R.choice([15000, 18000, 20000, 14000])]
    rec(t, [("copay_pipe", row)])


def ep_pap(p, t):
    income = R.randint(14000, 61000)
    hh = R.randint(1, 5)

    def f(v, w, cat=None):
        if len(v) > w:
            v = v[:w]
        pad = " " * (w - len(v))
        return [P(v, cat), pad] if cat else [v + pad]
    s_val = p.ssn.replace("-", "")
    if p.last == "Nowak":
        s_val = s_val[:8]  # mistyped by applicant, 8 digits
    row = ["PAP01"] + f(p.pap, 17, "other_id") + f(ascii_up(p.last), 20, "name") + f(ascii_up(p.first), 15, "name") + \
        f(d_hl7(p.dob), 8, "date") + f(s_val, 9, "ssn") + ["%02d" % hh, "%09d" % (income * 100)] + ["OH"] + \
        f(p.zip, 5, "zip") + f(p.dl, 12, "license") + f(p.payer[2].upper()[:4], 4) + ["N", "SUB"]
    rec(t, [("pap_fixed", row)])
    rec(t + dt.timedelta(seconds=1), [logback(t + dt.timedelta(seconds=1), "pap",
                                               "PAP batch record appended fmt=PAP01 reclen=%d batch=PAPB-20241118-02" % (5 + 17 + 20 + 15 + 8 + 9 + 2 + 9 + 2 + 5 + 12 + 4 + 2),
                                               level="DEBUG")])


def ep_rems(p, t):
    drug, prog = p.rems
    p.rems_id = ("MR-" if prog.startswith("Myco") else "AMB-") + p.rems_id.split("-")[1]
    o = {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), "name": "rems.portal.client",
         "levelname": "INFO", "program": prog, "event": "patient_status_check",
         "rems_patient_id": P(p.rems_id, "other_id"), "patient_dob": P(d_iso(p.dob), "date"),
         "patient_last": P(p.last, "name"), "prescriber_npi": p.prescriber[3], "status": "ENROLLED_AUTHORIZED",
         "http_status": 200, "elapsed_ms": R.randint(120, 900)}
    if p.sex == "F" and p.age < 51:
        o["repro_potential"] = True
        o["pregnancy_test_date"] = P(d_iso(t.date() - dt.timedelta(days=R.randint(1, 20))), "date")
        o["pregnancy_test_result"] = "negative"
    rec(t, [("rems_json", J(o, compact=False))])


def ep_labs(p, t):
    """ORU from reference lab + monitoring reminder."""
    acc = "MR" + digits(11)
    coll = dt.datetime.combine(t.date() - dt.timedelta(days=R.randint(1, 3)), dt.time(R.randint(8, 15), R.randint(0, 59)))
    ctrl = "MRL" + digits(9)
    pre = p.prescriber
    L = []
    L.append(("hl7v2", ["MSH|^~\\&|MERIDIAN_LIS|MRL_COLUMBUS|CRR_IE|CEDARRIDGE|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE"
                        % (t.strftime("%Y%m%d%H%M%S"), ctrl)]))
    L.append(("hl7v2", ["PID|1||", P(p.mrn, "mrn"), "^^^CRR^MR~", P(acc[:2] + digits(8), "other_id"), "^^^MRL^PI||",
                        P(ascii_up(p.last) + "^" + ascii_up(p.first) + ("^" + p.mi if p.mi else ""), "name"), "||",
                        P(d_hl7(p.dob), "date"), "|", p.sex, "|||", P(p.street, "address"), "^",
                        (P(p.apt, "address") if p.apt else ""), "^", P(p.city, "address"), "^OH^", P(p.zip, "zip"),
                        "||", P(fmt_phone(p.phone, "paren"), "phone"), "|||||", P(p.acct, "account")]))
    L.append(("hl7v2", ["ORC|RE|%s|" % digits(8), P(acc, "other_id"), "||CM||||%s|||%s^%s^%s^^^^^^NPI"
                        % (t.strftime("%Y%m%d%H%M"), pre[3], pre[0].upper(), pre[1].upper())]))
    panel = R.choice(["tb", "cbc", "hep"])
    if panel == "tb":
        L.append(("hl7v2", ["OBR|1|%s|" % digits(8), P(acc, "other_id"), "|71774-4^QuantiFERON-TB Gold Plus^LN|||",
                            P(coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s||||||%s|||F"
                            % (pre[3], pre[0].upper(), pre[1].upper(), t.strftime("%Y%m%d%H%M"))]))
        L.append(("hl7v2", ["OBX|1|CWE|71773-6^M. tuberculosis IFN-g bkg cor Bld^LN||260385009^Negative^SCT||||||F"]))
        L.append(("hl7v2", ["OBX|2|NM|88517-8^TB1 Ag-Nil^LN||0.%02d|IU/mL|<0.35|N|||F" % R.randint(0, 20)]))
        L.append(("hl7v2", ["OBX|3|NM|88516-0^TB2 Ag-Nil^LN||0.%02d|IU/mL|<0.35|N|||F" % R.randint(0, 20)]))
        L.append(("hl7v2", ["OBX|4|NM|71776-9^Mitogen-Nil^LN||>10.00|IU/mL|||||F"]))
    elif panel == "cbc":
        L.append(("hl7v2", ["OBR|1|%s|" % digits(8), P(acc, "other_id"), "|58410-2^CBC panel^LN|||",
                            P(coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s||||||%s|||F"
                            % (pre[3], pre[0].upper(), pre[1].upper(), t.strftime("%Y%m%d%H%M"))]))
        wbc = R.uniform(2.6, 11)
        L.append(("hl7v2", ["OBX|1|NM|6690-2^WBC^LN||%.1f|10*3/uL|4.0-10.5|%s|||F" % (wbc, "L" if wbc < 4 else "N")]))
        L.append(("hl7v2", ["OBX|2|NM|718-7^Hemoglobin^LN||%.1f|g/dL|12.0-15.5|N|||F" % R.uniform(11.8, 15)]))
        L.append(("hl7v2", ["OBX|3|NM|777-3^Platelets^LN||%d|10*3/uL|150-400|N|||F" % R.randint(150, 390)]))
        L.append(("hl7v2", ["OBX|4|NM|1742-6^ALT^LN||%d|U/L|7-52|%s|||F" % ((a := R.randint(12, 110)), "H" if a > 52 else "N")]))
    else:
        L.append(("hl7v2", ["OBR|1|%s|" % digits(8), P(acc, "other_id"), "|HEPBPNL^Hepatitis B panel^L|||",
                            P(coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s||||||%s|||F"
                            % (pre[3], pre[0].upper(), pre[1].upper(), t.strftime("%Y%m%d%H%M"))]))
        L.append(("hl7v2", ["OBX|1|CWE|5196-1^HBsAg^LN||260385009^Negative^SCT||||||F"]))
        L.append(("hl7v2", ["OBX|2|CWE|16935-9^HBsAb^LN||10828004^Positive^SCT||||||F"]))
        L.append(("hl7v2", ["OBX|3|CWE|13952-7^HBcAb total^LN||260385009^Negative^SCT||||||F"]))
    rec(t, L)
    t2 = t + dt.timedelta(seconds=R.randint(5, 60))
    due = t.date() + dt.timedelta(days=R.choice([28, 56, 84, 90]))
    rec(t2, [pino(t2, S("lab monitoring: next ", R.choice(["CBC/CMP", "CBC w/diff + LFTs", "QFT annual", "lipid panel"]),
                         " due ", P(d_iso(due), "date"), " for ", P(p.last + ", " + p.first, "name")),
                   {"mod": "labmon", "mrn": P(p.mrn, "mrn"), "protocol": R.choice(["MTX_q12w", "TCZ_q8w", "JAKi_q12w", "MMF_q4w"])})])


def ep_infusion(p, t):
    """Infusion day: SMS reminder (earlier), kiosk check-in, chair, pump, DFT charge."""
    drug = p.inf
    chair = "C%02d" % R.randint(1, 12)
    nurse = R.choice(NURSES)
    appt_t = t.replace(minute=(t.minute // 15) * 15, second=0, microsecond=0)
    jit = dt.timedelta(milliseconds=R.randint(1, 999))
    # SMS reminder sent at 07:0x
    ts = T(7, R.randint(0, 9), R.randint(0, 59))
    sid = "SM" + hexs(32)
    rec(ts, [("sms_gw", ["%s sms-gw INFO outbound sid=%s to=" % (iso_z(ts)[:19] + "Z", sid), P(fmt_phone(p.phone, "e164"), "phone"),
                         " from=+16149200100 status=queued seg=2 body=\"Cedar Ridge Rheumatology: Hi ", P(p.first, "name"),
                         ", reminder of your infusion today ", P(appt_t.strftime("%m/%d"), "date"), " at ",
                         appt_t.strftime("%I:%M %p").lstrip("0"),
                         ", 4100 Harmon Pkwy Ste 210. Bring your ID & insurance card. Reply C to confirm, R to reschedule.\""])])
    if R.random() < 0.4:
        ts2 = ts + dt.timedelta(minutes=R.randint(1, 50))
        rec(ts2, [("sms_gw", ["%s sms-gw INFO status sid=%s to=" % (iso_z(ts2)[:19] + "Z", sid), P(fmt_phone(p.phone, "e164"), "phone"),
                              " status=delivered err=0"])])
        ts3 = ts2 + dt.timedelta(minutes=R.randint(1, 40))
        body = R.choice(["C", "c", "Yes confirmed", "C thanks!", "Confirm. My %s %s is driving me" % (p.ec_rel, p.ec_first)])
        parts = ["%s sms-gw INFO inbound sid=SM%s from=" % (iso_z(ts3)[:19] + "Z", hexs(32)), P(fmt_phone(p.phone, "e164"), "phone"),
                 " to=+16149200100 body=\""]
        if "driving" in body:
            parts += ["Confirm. My %s " % p.ec_rel, P(p.ec_first, "name"), " is driving me\""]
        else:
            parts += [body, "\""]
        rec(ts3, [("sms_gw", parts)])
    # kiosk check-in
    tc = appt_t - dt.timedelta(minutes=R.randint(2, 15), seconds=R.randint(0, 59)) + jit
    ex = {"mod": "kiosk", "kiosk": "KSK-%s-0%d" % (R.choice(["HRM", "WST"]), R.randint(1, 3)), "mrn": P(p.mrn, "mrn")}
    if R.random() < 0.5:
        ex["biometric"] = {"modality": "palm_vein", "template_id": P("PV-" + hexs(8).upper(), "biometric"),
                           "match_score": round(R.uniform(0.991, 0.9999), 4)}
    else:
        ex["verify"] = {"method": "dob", "value": P(d_us(p.dob), "date")}
    if p.age > 89:
        ex["age"] = P(p.age, "age")
        ex["fall_risk"] = "high"
    if R.random() < 0.3:
        ex["parking"] = {"validated": True, "plate": P("OH " + p.plate, "vehicle")}
    rec(tc, [pino(tc, "patient checked in", ex)])
    # chair scheduler
    tchair = appt_t + dt.timedelta(minutes=R.randint(0, 12), seconds=R.randint(0, 59)) + jit * 0.7
    rec(tchair, [("chair_logfmt", KV([("ts", iso_local(tchair)), ("level", "info"), ("svc", "chairsched"), ("site", "HRM"),
                                       ("chair", chair), ("action", "seat"), ("appt_id", P(p.appt, "other_id")),
                                       ("mrn", P(p.mrn, "mrn")), ("pt", S(P(p.last + ", " + p.first, "name"))),
                                       ("appt_dt", P(appt_t.strftime("%Y-%m-%dT%H:%M"), "date")),
                                       ("drug", drug[2]), ("dose_mg", R.choice([200, 400, 500, 750, 1000, 8])),
                                       ("wt_kg", round(R.uniform(48, 118), 1)), ("nurse", nurse), ("dur_min", R.choice([30, 60, 120, 150, 240]))]))])
    # pump start
    tp = tchair + dt.timedelta(minutes=R.randint(10, 30))
    sn = "8015-%d" % R.randint(21000000, 22999999)
    rate = R.choice([50, 100, 125, 250, 300])
    pid_part = [P(p.mrn, "mrn")] if R.random() < 0.7 else ["NOT_SCANNED"]
    rec(tp, [("pump_syslog", ["<134>1 %s alaris-gw01 PCUGateway %d INF_START [pcu sn=\"%s\" mod=\"LVP-%s\" area=\"INFUSION-%s\"] drug=\"%s\" conc=\"%s\" rate_ml_h=%d vtbi_ml=250 guardrails=ON pid=\""
                              % (iso_local(tp), R.randint(1000, 9999), sn, R.choice("ABCD"), chair, drug[0],
                                 R.choice(["2 mg/mL", "4 mg/mL", "1 mg/mL", "0.4 mg/mL"]), rate)] + pid_part + ["\""])])
    if R.random() < 0.35:
        ta = tp + dt.timedelta(minutes=R.randint(5, 40))
        al = R.choice([("AIR_IN_LINE", "Air In Line"), ("PATIENT_SIDE_OCCL", "Patient Side Occlusion"),
                       ("INFUSION_COMPLETE_KVO", "Infusion Complete - KVO")])
        rec(ta, [("pump_syslog", ["<132>1 %s alaris-gw01 PCUGateway %d ALARM [pcu sn=\"%s\" mod=\"LVP-A\"] code=%s text=\"%s\" ack_by=\"%s\""
                                  % (iso_local(ta), R.randint(1000, 9999), sn, al[0], al[1], nurse)])])
    tend = tp + dt.timedelta(minutes=R.randint(30, 180))
    rec(tend, [("pump_syslog", ["<134>1 %s alaris-gw01 PCUGateway %d INF_COMPLETE [pcu sn=\"%s\" mod=\"LVP-A\"] vi_ml=%d dur_s=%d"
                                % (iso_local(tend), R.randint(1000, 9999), sn, R.randint(240, 260), R.randint(1700, 10800))])])
    # DFT charge
    tdft = tend + dt.timedelta(minutes=R.randint(1, 10))
    pre = p.prescriber
    ctrl = digits(10)
    units = R.choice([10, 50, 40, 8, 2, 1, 60])
    D = [("hl7v2", ["MSH|^~\\&|CRR_EHR|HRM|CRR_PM|CEDARRIDGE|%s||DFT^P03|%s|P|2.3" % (tdft.strftime("%Y%m%d%H%M%S"), ctrl)]),
         ("hl7v2", ["EVN|P03|%s" % tdft.strftime("%Y%m%d%H%M%S")]),
         ("hl7v2", ["PID|1||", P(p.mrn, "mrn"), "^^^CRR^MR||", P(p.last + "^" + p.first + ("^" + p.mi if p.mi else ""), "name"),
                    "||", P(d_hl7(p.dob), "date"), "|", p.sex, "|||", P(p.street + (" " + p.apt if p.apt else ""), "address"), "^^",
                    P(p.city, "address"), "^OH^", P(p.zip, "zip"), "||", P(fmt_phone(p.phone, "paren"), "phone"),
                    "|||||", P(p.acct, "account"), "|", P(p.ssn, "ssn") if R.random() < 0.4 else "000-00-0000"]),
         ("hl7v2", ["PV1|1|O|HRM^INF^%s||||%s^%s^%s|||||||||||" % (chair, pre[3], pre[0].upper(), pre[1].upper()), P(p.visit, "other_id")]),
         ("hl7v2", ["FT1|1|||", P(tp.strftime("%Y%m%d"), "date"), "||CG|%s^%s^HCPCS|||%d||||||HRM^INF||%s^%s||%s^%s^%s||||%s^%s"
                    % (drug[2], drug[1], units, p.dx, "ICD10", pre[3], pre[0].upper(), pre[1].upper(), drug[3].replace("-", ""), "N4")]),
         ("hl7v2", ["FT1|2|||", P(tp.strftime("%Y%m%d"), "date"), "||CG|96413^Chemo IV infusion 1 hr^CPT|||1||||||HRM^INF||%s^ICD10" % p.dx]),
         ]
    if p.payer[2] in ("commercial",):
        D.append(("hl7v2", ["IN1|1|%s^%s|%s|%s|%s||||" % (
            p.payer[1], p.payer[0].upper(), p.payer[1], p.payer[0], PAYER_ADDR[p.payer[0]]), p.group, "||||||", P(p.last + "^" + p.first, "name"), "|01|",
            P(d_hl7(p.dob), "date"), "||||||||||||||||||", P(p.member, "health_plan")]))
    if R.random() < 0.5:
        rec(tdft, D)


def ep_portal(p, t):
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
                   "CRRPatient/4.8.1 (iPhone15,3; iOS 18.1) Alamofire/5.9.1"])
    paths = [["/portal/api/v2/patients/", P(p.mrn, "mrn"), "/statements?fmt=pdf"],
             ["/portal/api/v2/patients/", P(p.mrn, "mrn"), "/appointments?from=2024-11-01"],
             ["/portal/api/v2/patients/", P(p.mrn, "mrn"), "/labs/latest"],
             ["/portal/api/v2/messages/thread/%d" % R.randint(300000, 399999)],
             ["/portal/assets/app.8f3c1e2a.js"],
             ["/portal/api/v2/copay/status?case=", P(p.case, "other_id")]]
    n = R.randint(1, 2)
    for k in range(n):
        tt = t + dt.timedelta(seconds=k * R.randint(1, 20))
        pth = R.choice(paths)
        rec(tt, [("nginx_access", [P(p.ip, "ip"), " - - [%s] \"GET " % tt.strftime("%d/%b/%Y:%H:%M:%S -0500")] + pth +
                  [" HTTP/2.0\" %d %d \"https://portal.cedarridgerheum.com/home\" \"%s\" rt=%.3f uct=0.001 upstream=10.40.2.%d:8080"
                   % (R.choice([200, 200, 200, 304]), R.randint(300, 90000), ua, R.uniform(0.01, 0.9), R.randint(11, 14))])])
    if "CRRPatient" in ua:
        tt = t + dt.timedelta(seconds=1)
        rec(tt, [pino(tt, "mobile session refresh", {"mod": "portal-auth", "mrn": P(p.mrn, "mrn"),
                                                     "device": {"idfv": P(p.idfv, "device"), "os": "iOS 18.1", "app": "4.8.1"},
                                                     "client_ip": P(p.ip, "ip")})])


def ep_cdr(p, t):
    staff = R.choice(HUB_STAFF)
    dur = R.randint(40, 900)
    rec(t, [("cdr_csv", ['"%s","' % t.strftime("%Y-%m-%d %H:%M:%S"), P(fmt_phone(p.phone, "raw"), "phone"),
                         '","6149200140","HUB-Q","%d","ANSWERED","%s","x%d","%s"' % (dur, staff[0], R.randint(4100, 4199),
                                                                                    hexs(8) + "-" + digits(6))])])


def ep_demog(p, t):
    newst = "%d %s" % (R.randint(100, 9000), R.choice(STREETS))
    newcity, newzip = R.choice(CITIES)
    rec(t, [pino(t, "demographics updated", {"mod": "registration", "user": R.choice(["frontdesk2", "frontdesk4", "jmoss"]),
                                               "mrn": P(p.mrn, "mrn"),
                                               "changes": {"address": {"old": S(P(p.street, "address"), ", ", P(p.city, "address"), ", OH ", P(p.zip, "zip")),
                                                                       "new": S(P(newst, "address"), ", ", P(newcity, "address"), ", OH ", P(newzip, "zip"))},
                                                           "email": P(p.email, "email"),
                                                           "emergency_contact": {"name": P(p.ec_first + " " + p.ec_last, "name"),
                                                                                 "rel": p.ec_rel,
                                                                                 "phone": P(fmt_phone(p.ec_phone, "dash"), "phone")}}})])


def ep_fhir(p, t):
    kind = R.choice(["cov", "medreq", "patient"])
    if kind == "cov":
        o = {"resourceType": "Coverage", "id": "cov-" + hexs(12), "meta": {"versionId": "3", "lastUpdated": iso_z(t)},
             "status": "active", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EHCPOL"}]},
             "subscriberId": P(p.member, "health_plan"),
             "beneficiary": {"reference": S("Patient/", P(p.mrn, "mrn"))}, "relationship": {"coding": [{"code": "self"}]},
             "period": {"start": "2024-01-01"},
             "payor": [{"display": p.payer[0]}],
             "class": [{"type": {"coding": [{"code": "group"}]}, "value": p.group or "0"}]}
    elif kind == "medreq":
        d = p.inf if p.kind == "inf" else None
        o = {"resourceType": "MedicationRequest", "id": "mr-" + hexs(10), "status": "active", "intent": "order",
             "medicationCodeableConcept": {"text": d[1] if d else p.sp_drug[1]},
             "subject": {"reference": S("Patient/", P(p.mrn, "mrn")), "display": P(p.first + " " + p.last, "name")},
             "authoredOn": P(d_iso(t.date() - dt.timedelta(days=R.randint(1, 40))), "date"),
             "requester": {"reference": "Practitioner/" + p.prescriber[3], "display": "%s %s, %s" % (p.prescriber[1], p.prescriber[0], p.prescriber[2])},
             "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.dx}]}]}
    else:
        o = {"resourceType": "Patient", "id": P(p.mrn, "mrn"),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8421.1", "value": P(p.mrn, "mrn")}],
             "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
             "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone, "paren_sp"), "phone"), "use": "mobile"},
                         {"system": "email", "value": P(p.email, "email")}],
             "gender": "female" if p.sex == "F" else "male", "birthDate": P(d_iso(p.dob), "date"),
             "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": "OH", "postalCode": P(p.zip, "zip")}]}
    rec(t, [("fhir_r4", J(o))])


def ep_chat(t, parts):
    rec(t, [("teams_chat", ["[%s] " % t.strftime("%Y-%m-%d %H:%M")] + parts)])


# ================================================================ run episodes
for i, p in enumerate(PTS):
    start = rt(7, 15) if p.kind != "sp" else rt(7, 12)
    if i in (2, 6, 9, 11, 16, 17, 21, 23, 26, 29):
        p.kind = "minor"
    if p.kind == "inf":
        if i % 3 == 0:
            ep_bi(p, start)
            ep_pa(p, start + dt.timedelta(minutes=R.randint(20, 60)))
            if p.payer[2] == "commercial":
                ep_copay(p, start + dt.timedelta(minutes=R.randint(70, 150)))
            else:
                ep_pap(p, start + dt.timedelta(minutes=R.randint(70, 150)))
        else:
            t_inf = rt(8, 14)
            ep_infusion(p, t_inf)
            if R.random() < 0.2:
                ep_labs(p, rt(7, 17))
    elif p.kind == "sp":
        ep_bi(p, start)
        if R.random() < 0.5:
            ep_pa(p, start + dt.timedelta(minutes=R.randint(20, 60)))
        ep_sp(p, start + dt.timedelta(minutes=R.randint(200, 260)))
        if p.payer[2] == "commercial":
            ep_copay(p, start + dt.timedelta(minutes=R.randint(270, 300)))
        elif R.random() < 0.7:
            ep_pap(p, start + dt.timedelta(minutes=R.randint(270, 300)))
    elif p.kind == "rems":
        ep_rems(p, start)
        ep_labs(p, start + dt.timedelta(minutes=R.randint(3, 30)))
    if R.random() < 0.3:
        ep_portal(p, rt(7, 18))
    if R.random() < 0.2:
        ep_cdr(p, rt(8, 17))
    if R.random() < 0.2:
        ep_fhir(p, rt(7, 18))
    if R.random() < 0.12:
        ep_demog(p, rt(8, 17))

# one-off person records with special cases ---------------------------------
pw = by_last("Whitfield")
ep_chat(T(9, 12), ["Kelsey Brandt: heads up chair 4 - ", P(pw.first + " " + pw.last, "name"), " is ", P("92", "age"),
                   " y/o, hx falls, daughter ", P(pw.ec_first, "name"), " will stay with him. her cell ",
                   P(fmt_phone(pw.ec_phone, "dot"), "phone")])
pa_ = by_last("Achterberg")
rec(T(10, 3), [pino(T(10, 3), "geriatric screen flag", {"mod": "cds", "mrn": P(pa_.mrn, "mrn"), "age": P(pa_.age, "age"),
                                                         "rule": "BEERS_2023", "hits": 2})])
pg = by_last("García Márquez")
ep_fhir(pg, T(11, 41))
rec(T(11, 41, 30), [logback(T(11, 41, 30), "bi", S("Eligibility name mismatch: payer has '", P("GARCIA MARQUEZ, MATEO", "name"),
                                                     "', chart has '", P(pg.last + ", " + pg.first, "name"), "'"), level="WARN",
                            mdc={"caseId": P(pg.case, "other_id")})])
pz = by_last("Fairweather")
rec(T(13, 7), [pino(T(13, 7), "chart photo uploaded", {"mod": "chart", "mrn": P(pz.mrn, "mrn"), "bytes": 48213,
                                                        "photo_b64": S(P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAARCAEAAQADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL", "photo"), "...[truncated]")})])
# Implanted device mentioned in a pre-infusion nursing note (pino)
pd = by_last("Brennan")
rec(T(10, 48), [pino(T(10, 48), S("pre-infusion screen: pt reports implanted ICD (Medtronic Cobalt XT DR, SN ",
                                   P("PZK" + digits(6) + "H", "device"), "), cleared by Dr. Venkataraman"),
                     {"mod": "nursing", "mrn": P(pd.mrn, "mrn"), "nurse": "T. Zielinski RN"})])
# payment link SMS with personalized URL
pv = by_last("Vega")
tok = upalnum(10)
tv = T(12, 0, 4)
rec(tv, [("sms_gw", ["%s sms-gw INFO outbound sid=SM%s to=" % (iso_z(tv)[:19] + "Z", hexs(32)), P(fmt_phone(pv.phone, "e164"), "phone"),
                     " from=+16149200100 status=queued seg=2 body=\"Cedar Ridge Rheum: you have a balance of $45.00 after copay assistance. Pay securely: ",
                     P("https://pay.cedarridgerheum.com/p/" + tok, "url"), " Reply STOP to opt out.\""])])
# card PAN leaked in a stack trace
pcard = by_last("Stone")
pan = card("4", 16)
te = T(14, 22, 9)
rec(te, [logback(te, "copay", S("Copay balance payment failed for acct ", P(pcard.acct, "account")), level="ERROR",
                 mdc={"caseId": P(pcard.case, "other_id")}),
         ("java_stack", ["com.cedarridge.hub.payments.GatewayException: processor rejected request {\"pan\":\"",
                         P(pan, "account"), "\",\"exp\":\"%02d%d\",\"amount\":45.00,\"avs_zip\":\"" % (R.randint(1, 12), R.randint(25, 29)),
                         P(pcard.zip, "zip"), "\"} -> 402 Do Not Honor"]),
         ("java_stack", ["\tat com.cedarridge.hub.payments.ElavonClient.charge(ElavonClient.java:212)"]),
         ("java_stack", ["\tat com.cedarridge.hub.payments.PaymentService.collectBalance(PaymentService.java:88)"]),
         ("java_stack", ["\tat com.cedarridge.hub.assist.CopayEnrollmentClient.settle(CopayEnrollmentClient.java:341)"]),
         ("java_stack", ["\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)"]),
         ("java_stack", ["\tat org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:359)"]),
         ("java_stack", ["\t... 41 common frames omitted"])])
# invalid copay member id (junk, still the person's)
pj = by_last("Ibarra")
tj = T(15, 2, 44)
rec(tj, [logback(tj, "copay", S("Enrollment rejected by program: member id '", P(pj.copay_mbr[:10], "account"),
                                 "' failed format check (expected 11 digits), patient ", P(pj.first + " " + pj.last, "name")),
                 level="WARN", mdc={"caseId": P(pj.case, "other_id")})])
# duplicate key in pg
pk = by_last("Kahananui")
tk = T(13, 55, 2)
rec(tk, [("pg_log", ["%s.%03d EST [18840] hubapp@hubdb ERROR:  duplicate key value violates unique constraint \"sp_referral_rx_uq\"" % (tk.strftime("%Y-%m-%d %H:%M:%S"), 311)]),
         ("pg_log", ["%s.%03d EST [18840] hubapp@hubdb DETAIL:  Key (rx_number, patient_mrn)=(" % (tk.strftime("%Y-%m-%d %H:%M:%S"), 311),
                     P(pk.rx, "other_id"), ", ", P(pk.mrn, "mrn"), ") already exists."]),
         ("pg_log", ["%s.%03d EST [18840] hubapp@hubdb STATEMENT:  INSERT INTO sp_referral (rx_number, patient_mrn, pharmacy_ncpdp, status) VALUES ($1, $2, $3, 'SENT')" % (tk.strftime("%Y-%m-%d %H:%M:%S"), 311)])])
# hub chat about PA
ph = by_last("Rivers")
ep_chat(T(10, 37), ["Dana Ortiz: Aetna approved ", ph.inf[1], " for ", P(ph.first + " " + ph.last, "name"), " (DOB ",
                    P(ph.dob.strftime("%-m/%-d/%y"), "date"), "), auth ", P(ph.auth, "other_id"), " - can someone get her on the chair schedule?"])
ep_chat(T(10, 39), ["Renata Fox: on it, first open is ", P(ph.next_inf.strftime("%a %-m/%-d"), "date"), " 9:30 in C02"])
pn = [q for q in PTS if q.payer[2] == "commercial" and q.sex == "F"][2]
ep_chat(T(14, 5), ["Colin Ashby: Mrs. ", P(pn.last, "name"), "'s husband ", P(pn.ec_first, "name"),
                   " called, says the copay card is declining at the SP. member id on file ", P(pn.copay_mbr, "account"), " - who has the BIN/PCN?"])
ep_chat(T(14, 7), ["Yesenia Paredes: 610020 / PDMI / grp EC4471930. Tell him to have the pharmacy run it secondary"])
pq = by_last("Lindqvist")
ep_chat(T(15, 18), ["Dr. Whitcomb: ", P(pq.first, "name"), " has been on MTX since dx ", P("03/2019", "date"),
                    ", ok to submit Simponi Aria. Last QFT neg."])
# PAP with driver's licence in hub log + emailed docs
pr = by_last("Nowak")
ep_pap(pr, T(11, 20, 5))
# fax inbound from patient home fax (rare)
pf_ = by_last("Achterberg")
tf = T(9, 58, 12)
rec(tf, [("fax_srv", ["%s  Job %d IN   From:" % (tf.strftime("%m/%d/%Y %I:%M:%S %p"), 88741), P(fmt_phone(phone_raw(), "dash"), "fax"),
                      "  CSID:\"", P(ascii_up(pf_.last), "name"), " HOME\"  Pages:3  Status:Received  Route:PAP-QUEUE  OCR:\"income attestation - ",
                      P(pf_.first + " " + pf_.last, "name"), "\""])])

# ================================================================ background (no PHI)
BG_CHAT = [
    "Renata Fox: Cigna ePA portal is slow again, 3 min per page",
    "Kelsey Brandt: C07 pump throwing occlusion alarms, swapping it for 8015-22104417, tagged for biomed",
    "Colin Ashby: FRM from Janssen (Blake Harmon) coming at 2 for the Simponi Aria lunch & learn",
    "Dana Ortiz: reminder - Humana changed the Part B step therapy form, use v2024.11 from the shared drive",
    "Tomasz Zielinski: Inflectra lot FX4471 arriving Wed, fridge 2 is at 4.1C",
    "Yesenia Paredes: copay program fax line changed to 844-472-0330 per the rep",
    "Dr. Castellanos: I'm running 20 min behind at WST",
    "Anita Osei: who ordered 40 more saline bags? PO 248811 looks doubled",
    "Renata Fox: UHC OptumRx PA line hold time is 45 min, going to try the portal instead",
    "Colin Ashby: Benlysta IV buy-and-bill margin report is in Teams > Hub > Finance, ASP went up 2.1%",
    "Kelsey Brandt: premeds cart restocked - diphenhydramine 25mg x40, APAP 650 x60, methylpred 125 x12",
    "Dana Ortiz: Accredo rep Marco Dellucci says their intake fax 877-424-6225 is backed up ~2 days",
]
def bg_one(t):
    k = R.random()
    if k < 0.10:
        return ("nginx_access", ["10.40.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d uct=0.000 upstream=10.40.2.%d:8080"
                                 % (R.randint(2, 9), t.strftime("%d/%b/%Y:%H:%M:%S -0500"), R.randint(1, 4), R.randint(11, 14))])
    if k < 0.15:
        return ("nginx_access", ["10.20.%d.%d - - [%s] \"POST /portal/api/v2/auth/token HTTP/2.0\" 401 61 \"-\" \"python-requests/2.32.3\" rt=0.%03d uct=0.001 upstream=10.40.2.12:8080"
                                 % (R.randint(1, 3), R.randint(10, 200), t.strftime("%d/%b/%Y:%H:%M:%S -0500"), R.randint(5, 90))])
    if k < 0.22:
        user = R.choice(["kbrandt", "tzielinski", "dortiz", "rfox", "cashby", "yparedes", "mcastellanos", "avenkataraman", "jlowe", "frontdesk2"])
        return sys_line(t, "okta-agent01", "okta-ad-agent", ["event=user.session.start actor=%s@cedarridgerheum.com outcome=SUCCESS client_ip=10.20.%d.%d mfa=okta_verify_push"
                                                             % (user, R.randint(1, 3), R.randint(10, 200))])
    if k < 0.26:
        return sys_line(t, "hub-db01", "sshd", ["Accepted publickey for deploy from 10.20.1.15 port %d ssh2: ED25519 SHA256:%s"
                                                % (R.randint(40000, 65000), hashlib.sha256(str(R.random()).encode()).hexdigest()[:43])])
    if k < 0.30:
        return sys_line(t, R.choice(["hub-app01", "hub-app02"]), "systemd", ["Started session-%d.scope - Session %d of User deploy." % (R.randint(4000, 4999), R.randint(4000, 4999))])
    if k < 0.36:
        return ("pg_log", ["%s.%03d EST [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.%03d s, total=%.3f s"
                           % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(1000, 1999), R.randint(100, 5000), R.random() * 3, R.randint(0, 3),
                              R.random() * 30, R.randint(1, 99), R.random() * 30 + 1)])
    if k < 0.39:
        return ("pg_log", ["%s.%03d EST [%d] LOG:  automatic vacuum of table \"hubdb.public.%s\": index scans: 1, pages: 0 removed, %d remain"
                           % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(20000, 29999),
                              R.choice(["pa_event", "bi_case", "audit_log", "sms_outbox"]), R.randint(200, 90000))])
    if k < 0.46:
        sn = "8015-%d" % R.randint(21000000, 22999999)
        ev = R.choice([("BATTERY", "level=%d%% ac=1" % R.randint(40, 100)), ("NET", "rssi=-%d ap=CRR-INF-AP%d" % (R.randint(40, 75), R.randint(1, 3))),
                       ("DATASET", "profile=\"CRR Infusion v24.3\" ver=24.3.118 status=current"), ("HEARTBEAT", "uptime_s=%d" % R.randint(1000, 900000))])
        return ("pump_syslog", ["<134>1 %s alaris-gw01 PCUGateway %d %s [pcu sn=\"%s\"] %s" % (iso_local(t), R.randint(1000, 9999), ev[0], sn, ev[1])])
    if k < 0.54:
        lg, msg = R.choice([
            ("pool", "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (R.randint(1, 8), R.randint(10, 19))),
            ("inv", "Buy-and-bill receipt: NDC %s lot %s exp %s qty %d vials from %s PO %s" % (
                R.choice(INFUSED)[3], upalnum(2) + digits(5), (DAY + dt.timedelta(days=R.randint(200, 700))).strftime("%Y-%m"),
                R.choice([5, 10, 20]), R.choice(["McKesson Specialty", "Cardinal Health SPD", "ASD Healthcare"]), "PO-%d" % R.randint(240000, 249999))),
            ("labs", "Lab monitoring sweep finished: %d protocols, %d due this week, %d overdue, took %d ms" % (R.randint(300, 420), R.randint(20, 60), R.randint(0, 12), R.randint(800, 4000))),
            ("http", "Completed initialization in %d ms" % R.randint(1, 9)),
            ("pa", "ePA poller: %d open requests, %d status changes, next run in 300s" % (R.randint(40, 90), R.randint(0, 7))),
            ("sp", "SP status feed from %s processed: %d records, 0 rejected, file=%s_status_%s.csv" % (
                R.choice(SPS)[0], R.randint(10, 80), R.choice(["accredo", "cvs", "optum"]), t.strftime("%Y%m%d%H%M"))),
        ])
        return logback(t, lg, msg, level=R.choice(["INFO", "INFO", "INFO", "DEBUG"]))
    if k < 0.60:
        return pino(t, R.choice(["request completed", "schedule cache refreshed", "HL7 ACK sent", "rate limit bucket reset"]),
                    {"mod": R.choice(["http", "sched", "ie-bridge", "portal-auth"]), "res": {"statusCode": R.choice([200, 200, 204, 304])},
                     "responseTime": round(R.uniform(2, 400), 1)})
    if k < 0.66:
        chair = "C%02d" % R.randint(1, 12)
        return ("chair_logfmt", KV([("ts", iso_local(t)), ("level", "info"), ("svc", "chairsched"), ("site", R.choice(["HRM", "WST"])),
                                    ("chair", chair), ("action", R.choice(["turnover_done", "cleaned", "blocked", "released"])),
                                    ("by", R.choice(NURSES)), ("util_pct", R.randint(40, 98))]))
    if k < 0.70:
        return ("sms_gw", ["%s sms-gw INFO batch=%s queued=%d sent=%d failed=%d carrier_errs=30007:%d rate=%d/s"
                           % (iso_z(t)[:19] + "Z", hexs(8), R.randint(10, 60), R.randint(10, 60), R.randint(0, 3), R.randint(0, 2), R.randint(5, 30))])
    if k < 0.74:
        return ("fax_srv", ["%s  Job %d IN   From:%s  CSID:\"%s\"  Pages:%d  Status:Received  Route:%s"
                            % (t.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(88000, 89999), R.choice(["8005551212", "8886323862", "8772367448", "6145661700"]),
                               R.choice(["AETNA PHARM MGMT", "OPTUMRX PA", "CIGNA COVERAGE REV", "OHIOHEALTH SPEC"]), R.randint(1, 9),
                               R.choice(["PA-QUEUE", "SP-QUEUE", "GENERAL"]))])
    if k < 0.78:
        if not BG_CHAT:
            return ("hl7v2", ["MSA|AA|%s|Message accepted" % digits(10)])
        return ("teams_chat", ["[%s] " % t.strftime("%Y-%m-%d %H:%M"), BG_CHAT.pop(R.randrange(len(BG_CHAT)))])
    if k < 0.82:
        o = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                                                           "diagnostics": "Bulk $export job %s complete: %d files" % (uuid4(), R.randint(2, 9))}]}
        if R.random() < 0.5:
            o = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-10-02", "kind": "instance",
                 "software": {"name": "CRR FHIR Facade", "version": "2.7.%d" % R.randint(0, 9)}, "fhirVersion": "4.0.1",
                 "format": ["json"]}
        return ("fhir_r4", J(o))
    if k < 0.86:
        o = {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), "name": "rems.portal.client",
             "levelname": R.choice(["INFO", "WARNING"]), "program": R.choice(REMS_DRUGS)[1],
             "event": R.choice(["token_refresh", "pharmacy_cert_check", "portal_maintenance_window"]),
             "pharmacy_ncpdp": R.choice(SPS)[1], "http_status": R.choice([200, 200, 503]), "elapsed_ms": R.randint(80, 3000)}
        return ("rems_json", J(o, compact=False))
    if k < 0.90:
        return ("cdr_csv", ['"%s","6149200140","%s","HUB-OUT","%d","ANSWERED","%s","x%d","%s"'
                            % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["8007723443", "8668426277", "8002824767", "8774246225"]),
                               R.randint(60, 2400), R.choice(HUB_STAFF)[0], R.randint(4100, 4199), hexs(8) + "-" + digits(6))])
    if k < 0.94:
        ctl = digits(9)
        return ("x12", ["TA1*%s*%s*%s*A*000~" % (ctl, utc(t).strftime("%y%m%d"), utc(t).strftime("%H%M"))])
    if k < 0.97:
        return ("hl7v2", ["MSA|AA|%s|Message accepted" % digits(10)])
    return sys_line(t, "inf-nas01", "backup", ["job=nightly-ehr-docs status=%s files=%d size=%.1fGB target=s3://crr-backup-use2/ehr-docs/ dur=%ds"
                                              % (R.choice(["OK", "OK", "WARN"]), R.randint(1000, 90000), R.uniform(1, 40), R.randint(60, 3000))])


# stack trace without PHI (connection failure)
tsx = T(8, 44, 1)
rec(tsx, [logback(tsx, "sched", "Unexpected error occurred in scheduled task", level="ERROR"),
          ("java_stack", ["org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://api.availity.com/availity/v1/coverages\": Read timed out"]),
          ("java_stack", ["\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)"]),
          ("java_stack", ["\tat com.cedarridge.hub.bi.AvailityClient.submit270(AvailityClient.java:144)"]),
          ("java_stack", ["\tat com.cedarridge.hub.bi.BenefitsInvestigationService.retryPending(BenefitsInvestigationService.java:301)"]),
          ("java_stack", ["Caused by: java.net.SocketTimeoutException: Read timed out"]),
          ("java_stack", ["\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishRead(NioSocketImpl.java:288)"]),
          ("java_stack", ["\t... 17 common frames omitted"])])
# BI csv header at start of export
rec(T(7, 0, 0, 5), [("bi_csv", ["case_id,received,mrn,pt_last,pt_first,dob,payer,plan_type,member_id,group_no,drug,code,site_of_care,ded,ded_met,oop_max,oop_met,pa_req,bi_status,specialist"])])
rec(T(7, 0, 0, 1), [sys_line(T(7, 0, 0, 1), "log-ship01", "filebeat", ["Harvester started for paths: [/var/log/crr/*.log /var/log/crr/*.csv /data/pap/out/*.dat] version=8.15.3"])])


for hh in range(7, 19):
    tcr = T(hh, 15, 1, R.randint(0, 40))
    rec(tcr, [sys_line(tcr, "hub-db01", "CRON", ["(postgres) CMD (/usr/local/bin/pgbackrest --stanza=hubdb --type=incr backup >> /var/log/pgbackrest/cron.log 2>&1)"])])


def count_lines():
    return sum(len(r[2]) for r in RECS)


while count_lines() < 500:
    t = rt(7, 18)
    rec(t, [bg_one(t)])

# ================================================================ assemble + check
RECS.sort(key=lambda r: (r[0], r[1]))
flat = [ln for r in RECS for ln in r[2]]
if len(flat) != 500:
    # trim background single-line records only (from the end, no PHI)
    raise SystemExit("line count %d != 500; adjust" % len(flat))

out_log = []
out_lab = []
for n, (fam, parts) in enumerate(flat, 1):
    b, spans = render(parts)
    if b"\n" in b or b"\r" in b or not b.strip():
        raise SystemExit("bad line %d" % n)
    prev = 0
    for s, e, cat, v in spans:
        if not (0 <= s < e <= len(b)):
            raise SystemExit("span bounds line %d %r" % (n, (s, e, cat)))
        if s < prev:
            raise SystemExit("overlap line %d" % n)
        prev = e
        if b[s:e].decode("utf-8") != v:
            raise SystemExit("span text mismatch line %d" % n)
        if v != v.strip() or v == "":
            raise SystemExit("span whitespace line %d %r" % (n, v))
    out_log.append(b)
    out_lab.append(json.dumps({"line": n, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}))

with open("pf.log", "wb") as f:
    f.write(b"\n".join(out_log) + b"\n")
with open("pf.labels.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(out_lab) + "\n")
phi = sum(1 for x in out_lab if '"spans": []' not in x)
sys.stderr.write("lines=%d phi_lines=%d no_phi_share=%.3f\n" % (len(out_log), phi, 1 - phi / len(out_log)))
