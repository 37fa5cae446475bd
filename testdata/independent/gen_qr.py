#!/usr/bin/env python3
"""Synthetic labeled log corpus "qr".

Organisation: Susquehanna Stone & Urology Partners (SSUP), a regional kidney
stone / urology practice in central Pennsylvania, with its ambulatory surgery
centre Keystone Lithotripsy Center (KLC, Camp Hill PA). All people, numbers and
addresses are invented. Output: qr.log (500 lines) and qr.labels.jsonl.

Systems simulated (family label in the labels file)
  hl7_oru_stonelab  CalcuLab reference lab stone-analysis results (HL7 v2.5.1 ORU^R01,
                    one segment per line; FTIR composition, stone photo OBX)
  hl7_orm_ct        EHR -> RIS CT KUB stone-protocol orders (HL7 v2.3 ORM^O01, IN1, DG1)
  mirth_log         Mirth Connect interface engine log4j lines
  fhir_gw           EHR FHIR gateway audit JSON (ECS-style keys, ServiceRequest/Appointment)
  dicom_mwl         dcm4chee-style modality worklist / DICOM association log
  orsched_json      OR scheduling app, pino JSON (epoch-ms "time", numeric level)
  implant_csv       implant / stent log CSV (stents, baskets, AMS 800, InterStim)
  postop_calls      post-op phone follow-up call-centre export, pipe delimited, RN shorthand
  sms_gateway       Twilio-style SMS gateway JSON (English and Spanish bodies, \\u escapes)
  x12_835           ERA remittance segments (one segment per line) with denials
  denial_wq         billing denial work-queue TSV export
  portal_access     patient portal nginx combined access log
  litho_xml         lithotripter (Modulith-like) treatment/device XML export, one record per line
  pg_log            PostgreSQL log of the practice-management DB
  java_trace        claims-submission service (logback) errors with stack traces
  infra_syslog      sshd / CRON / pfSense filterlog / Veeam / chronyd syslog
  fax_server        RightFax-style fax server job log
  kiosk_logfmt      ASC check-in kiosk logfmt (AAMVA licence scan, palm-vein, escort/driver)
  teams_chat        staff chat export (Teams)
  ar_fixedwidth     legacy PM AR-aging fixed width report

Labeling decisions (grey cases)
  * Staff (urologists, CRNAs, RNs, schedulers, billers, their usernames and NPIs),
    referring practices, payers, vendors, SSUP/KLC addresses, phones, faxes and
    emails are not PHI. A staff member whose surname equals a patient's (e.g. biller
    "rstone", PA "Priya Sethi") is not PHI.
  * HL7/X12 names written LAST^FIRST^MI or NM1*QC*1*LAST*FIRST****MI are one
    `name` span from the first to the last name component. HL7 addresses: the
    street^other^city run is one `address` span; state not labeled; ZIP its own span.
  * MRN (EHR 8-digit), ASC MRN (KLC######), FHIR Patient logical ids and the
    medical record number in 835 REF*EA are `mrn`. Patient account / PID-18 /
    835 CLP01 patient control number / statement numbers / card numbers = `account`.
  * Per-patient order, accession (lab and imaging), OR case numbers, visit numbers,
    payer claim control numbers (CLP07, denial claim ids), DICOM StudyInstanceUIDs,
    Rx numbers and denial ids tied to one patient's claim = `other_id`.
    Message control ids, SMS/Twilio SIDs, trace ids, fax job ids, EFT trace numbers
    (payer-to-practice payments), batch numbers are not PHI.
  * Member ids and MBIs = `health_plan`; insurance group numbers are not labeled.
  * Clinical/event dates of the patient (DOB, collection, received, result, scheduled,
    service, implant, stent removal due, claim DTM) = `date`, including ones embedded
    in file names (OpNote_..._101424.pdf). Log-record timestamps, MSH-7, ISA/GS dates,
    report run dates, file-creation dates of the ERA are not PHI. A month/day without
    year in an SMS body ("10/17") is a date.
  * Ages labeled only when > 89. Years alone ("stones since 2019") not labeled.
  * Stent/basket/fiber lot numbers and lot-only UDIs are not PHI (lot = many units).
    UDIs carrying a serial (21) and device serials of implants (AMS 800, InterStim)
    are `device`; the lithotripter's and CT scanner's own serials are not PHI.
  * Patient IP addresses in portal requests are `ip`; IPs of LB health checks,
    uptime monitors, crawlers, servers and staff workstations are not.
  * In nginx request paths (no scheme) an embedded identifier is labeled with its
    own category (mrn/account); a full URL with scheme carrying a patient id is `url`.
  * Stone-analysis photos (base64 JPEG of a calculus) are not PHI; a base64 face
    photo from the kiosk licence scan is `photo`; a palm-vein template is `biometric`.
  * Patient phone numbers in SMS To/From are `phone`; the practice short code and
    main numbers are not. Escort/driver (household member) name, phone, licence
    plate are PHI (name/phone/vehicle). Relatives named in notes are `name`.
  * Driver's licence numbers (AAMVA DAQ) = `license`.
  * Invalid/junk identifier values found in a patient's identifier field (typo SSN
    with 9xx area, Luhn-failing card number) keep their field's category.
  * First name alone addressed to the patient (SMS "Hi Marta") is `name`; surname
    alone ("Mr. Okafor") is `name`. Initials are not used.
  * City of a patient's address alone in free text counts as `address`.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import string
import sys
import unicodedata

R = random.Random(2310_1014)
FMT = string.Formatter()
N_LINES = 500


# --------------------------------------------------------------------------- line builder
class P:
    """A PHI value to be placed (and labeled) in a line."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Rich(list):
    """A text made of plain str pieces and P pieces (e.g. a note body)."""


class Line:
    def __init__(self, fam):
        self.fam, self.buf, self.n, self.spans = fam, [], 0, []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if not s:
            raise ValueError("empty PHI value")
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def add(self, v):
        if isinstance(v, P):
            self.p(v.v, v.cat)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.add(x)
        else:
            self.t(str(v))
        return self

    def text(self):
        return "".join(self.buf)


def T(fam, tpl, **kw):
    L = Line(fam)
    for lit, field, _spec, _conv in FMT.parse(tpl):
        if lit:
            L.t(lit)
        if field is not None:
            L.add(kw[field])
    return L


def _js(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def _je(L, v, ea, sep):
    if isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            _je(L, x, ea, sep)
        L.t("}")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"').p(_js(v.v, ea), v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, Rich):
        L.t('"')
        for x in v:
            if isinstance(x, P):
                L.p(_js(x.v, ea), x.cat)
            else:
                L.t(_js(x, ea))
        L.t('"')
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            _je(L, x, ea, sep)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def J(fam, obj, ea=False, sep=(",", ":")):
    L = Line(fam)
    _je(L, obj, ea, sep)
    return L


def xe(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


# --------------------------------------------------------------------------- checksums
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    base = "1" + "".join(R.choice(string.digits) for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(valid=True):
    base = "4" + "".join(R.choice(string.digits) for _ in range(14))
    d = luhn_digit(base)
    if not valid:
        d = str((int(d) + 3) % 10)
    return base + d


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
    else:
        a = R.randint(900, 999)
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + string.digits
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice(string.digits),
         R.choice(MBI_A), R.choice(an), R.choice(string.digits), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(string.digits), R.choice(string.digits)]
    return "".join(c)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64junk(nbytes, prefix=b""):
    return base64.b64encode(prefix + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


# --------------------------------------------------------------------------- organisation
ORG = "Susquehanna Stone & Urology Partners"
ORG_ADDR = ("4400 Linglestown Rd Ste 210", "Harrisburg", "PA", "17112")
ORG_PHONE, ORG_FAX = "(717) 652-4800", "(717) 652-4811"
ASC = "Keystone Lithotripsy Center"
ASC_ADDR = ("1150 Cedar Cliff Dr", "Camp Hill", "PA", "17011")
ORG_TIN, ORG_NPI, ASC_NPI = "23-4471902", npi(), npi()

SURGEONS = [("RAMAN", "ANJALI", "MD", npi()), ("FELD", "MARCUS", "DO", npi()),
            ("OKONKWO-BARR", "HELEN", "MD", npi()), ("VASQUEZ", "TOMAS", "MD", npi())]
REFERRERS = [("Lebanon Family Medicine", "+17172738800", "HOLLOWAY^GRACE", npi()),
             ("Hershey Internal Medicine Assoc", "+17175340192", "DESAI^NIKHIL", npi()),
             ("Carlisle Primary Care", "+17172491150", "KRAMER^LOUISE", npi()),
             ("York Hospital ED", "+17178512300", "ABERNATHY^COLE", npi())]
RNS = ["Kelsey Brandt RN", "Luis Aponte RN", "Dana Whitcomb CRNA", "Priya Sethi PA-C",
       "Megan Stone RN", "Teresa Yoder LPN"]
USERS = ["kbrandt", "laponte", "rstone", "jmiller", "tnguyen", "psethi", "tshaffer", "mfeld"]
CHAT = ["Kelsey Brandt", "Luis Aponte", "Priya Sethi", "Dr. Anjali Raman", "Tina Shaffer",
        "Rob Stone", "Dr. Marcus Feld", "Jen Miller"]

PAYERS = [("Highmark Blue Shield", "54771", "hm"), ("Capital Blue Cross", "23045", "cbc"),
          ("Medicare Part B (Novitas JL)", "12502", "mcr"), ("PA Medical Assistance", "PAMA1", "mcd"),
          ("Aetna", "60054", "aet"), ("UnitedHealthcare", "87726", "uhc"),
          ("Geisinger Health Plan", "75273", "ghp")]


def member_id(kind):
    if kind == "hm":
        return R.choice(["YHM", "XHP", "YRH"]) + digits(9)
    if kind == "cbc":
        return "YCB" + digits(9) + "01"
    if kind == "mcr":
        return mbi()
    if kind == "mcd":
        return digits(10)
    if kind == "aet":
        return "W" + digits(9)
    if kind == "uhc":
        return digits(9)
    return digits(8) + "01"


# --------------------------------------------------------------------------- patients
FIRST_F = ["Marta", "Aaliyah", "Priya", "Siobhan", "Mei-Ling", "Zoë", "Hope", "Faith", "Rose",
           "Guadalupe", "Ngozi", "Ingrid", "Fatima", "Mary Kate", "Yolanda", "Daisy", "Oksana",
           "Leilani", "Amber", "Ruth", "Esperanza", "Hannah", "Noor", "Birdie"]
FIRST_M = ["Tomasz", "Jesús", "Oluwaseun", "Dmitri", "Grant", "Bao", "Kwame", "Jean-Luc", "René",
           "Chip", "Hunter", "Ezekiel", "Rahul", "Mateo", "Amos", "Abdullah", "Gus", "Forrest",
           "Royal", "Wendell", "Levi", "Ángel", "Sven", "Darnell"]
LASTS = ["Kowalczyk", "Baker", "Young", "Stone", "Rivera-Ortiz", "de la Cruz", "Van der Meer",
         "O'Brien", "Nguyen", "Okafor", "Patel", "Haddad", "Fischer-Lang", "Bell", "Marsh",
         "Castillo", "Lindqvist", "Yoder", "Stoltzfus", "Zook", "King", "Wolf", "Summers",
         "MacLeod", "St. Clair", "Ng", "Ruiz Delgado", "Abu-Hamdan", "Hershberger", "Nakamura",
         "Brown", "Petrov", "Mensah", "Weaver", "Love", "Short", "Church", "Fairweather",
         "Achterberg", "Dubois", "García Márquez", "Esh"]
CITIES = [("Harrisburg", "17104", "PA"), ("Harrisburg", "17109", "PA"), ("Mechanicsburg", "17050", "PA"),
          ("Camp Hill", "17011", "PA"), ("Hershey", "17033", "PA"), ("Carlisle", "17013", "PA"),
          ("York", "17402", "PA"), ("Lebanon", "17042", "PA"), ("Lancaster", "17603", "PA"),
          ("Ephrata", "17522", "PA"), ("Elizabethtown", "17022", "PA"), ("Middletown", "17057", "PA"),
          ("Hummelstown", "17036", "PA"), ("Shippensburg", "17257", "PA"), ("Chambersburg", "17201", "PA"),
          ("New Cumberland", "17070", "PA"), ("Lititz", "17543", "PA"), ("Gettysburg", "17325", "PA"),
          ("Millersburg", "17061", "PA"), ("Hagerstown", "21740", "MD"), ("Bird-in-Hand", "17505", "PA")]
STREETS = ["Elm St", "Derry St", "Walnut St", "Trindle Rd", "Orchard Ln", "Schoolhouse Rd",
           "Chocolate Ave", "Hanover Pike", "Old Mill Rd", "Pine Grove Rd", "N 3rd St", "Hummel Ave",
           "Creek Rd", "Blue Mountain Pkwy", "Church St", "Locust Ln", "Sawmill Rd", "Union Deposit Rd",
           "Spring Garden Dr", "Gap Rd", "Peach Bottom Rd", "Mount Rock Rd"]
AREAS = ["717", "717", "717", "717", "570", "484", "610", "223", "301"]


def mkphone():
    return AREAS[R.randrange(len(AREAS))], f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}", digits(4)


def ph_fmt(ph, style):
    a, b, c = ph
    return {0: f"({a}) {b}-{c}", 1: f"{a}-{b}-{c}", 2: f"+1{a}{b}{c}", 3: f"{a}{b}{c}",
            4: f"({a}){b}-{c}", 5: f"{a}.{b}.{c}"}[style]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


class Pt:
    pass


def make_patient(i):
    p = Pt()
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = LASTS[i % len(LASTS)] if i < len(LASTS) else R.choice(LASTS)
    p.mi = R.choice(["", "", "A", "J", "M", "R", "L", "E", "K"])
    if i in (3, 17, 29):
        p.dob = dt.date(R.randint(1930, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (10, 14) else 0)
    p.mrn = f"{R.randint(100000, 999999):08d}"
    p.asc = f"KLC{R.randint(200000, 299999)}"
    p.fhir = "e" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(12))
    p.acct = "70" + digits(8)
    city, zp, st = R.choice(CITIES)
    p.street = f"{R.randint(3, 9899)} {R.choice(STREETS)}"
    p.apt = R.choice(["", "", "", "Apt 2B", "Unit 4", "Lot 17"])
    p.city, p.zip, p.state = city, zp, st
    p.phone, p.cell = mkphone(), mkphone()
    f, l = ascii_fold(p.first).lower().replace(" ", "").replace("-", ""), \
        ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice([f"{f}.{l}{R.randint(1, 99)}@gmail.com", f"{f[0]}{l}@comcast.net",
                        f"{l}{f[0]}{p.dob.year % 100:02d}@yahoo.com", f"{f}{l}@ptd.net"])
    pay = PAYERS[3 if p.age < 30 and R.random() < .3 else (2 if p.age >= 65 else R.choice([0, 1, 4, 5, 6]))]
    p.payer, p.payer_id, kind = pay
    p.member = member_id(kind)
    p.group = "" if kind in ("mcr", "mcd") else R.choice(["0048213", "10442-000", "GRP77130", "P12880"])
    p.ssn = ssn(valid=(i != 11))
    p.dl = digits(8) if p.state == "PA" else "H" + digits(12)
    p.ec_first = R.choice(FIRST_F + FIRST_M)
    p.ec_rel = R.choice(["spouse", "daughter", "son", "husband", "wife", "neighbor", "brother"])
    p.ec_phone = mkphone()
    p.plate = R.choice(["L", "K", "M", "J"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) \
        + "-" + digits(4)
    p.lang = "es" if p.first in ("Jesús", "Guadalupe", "Esperanza", "Mateo", "Ángel", "Yolanda") else "en"
    p.case = f"ORC-24-{R.randint(3000, 4999):05d}"
    p.side = R.choice(["L", "R"])
    p.proc_date = dt.date(2024, 10, R.randint(14, 25))
    p.dos = dt.date(2024, R.randint(6, 9), R.randint(1, 28))
    p.ip = R.choice([f"{R.choice([24, 47, 67, 71, 73, 96, 98, 108, 174, 184, 208])}.{R.randint(1, 254)}."
                     f"{R.randint(0, 254)}.{R.randint(1, 254)}",
                     f"2601:{hexs(3)}:{hexs(4)}:{hexs(3)}::{hexs(3)}"]
                    if i % 7 == 0 else [f"{R.choice([24, 47, 67, 71, 73, 96, 98, 108, 174, 184, 208])}."
                                        f"{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"])
    return p


PTS = [make_patient(i) for i in range(48)]


def pick():
    return R.choice(PTS)


def hl7name(p):
    s = f"{p.last.upper()}^{p.first.upper()}"
    return s + (f"^{p.mi}" if p.mi else "")


def lf(p):
    return f"{p.last}, {p.first}"


def fl(p):
    return f"{p.first} {p.mi + '. ' if p.mi else ''}{p.last}"


# --------------------------------------------------------------------------- clock
TZ = dt.timezone(dt.timedelta(hours=-4))
UTC = dt.timezone.utc
CLOCK = [dt.datetime(2024, 10, 14, 5, 41, 12, 381000, tzinfo=TZ)]


def now():
    return CLOCK[0]


def tick(lo=4, hi=140):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))


def iso_ms(t):
    return t.isoformat(timespec="milliseconds")


def iso_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hl7dt(t):
    return t.strftime("%Y%m%d%H%M%S")


def d8(d):
    return d.strftime("%Y%m%d")


def mdy(d):
    return d.strftime("%m/%d/%Y")


def plus(t, **kw):
    return t + dt.timedelta(**kw)


# --------------------------------------------------------------------------- generators
# each returns a list of Line; `phi` is a hint whether PHI is wanted

STONES = [
    [("CAOXMONO", "Calcium oxalate monohydrate", 70), ("CAOXDI", "Calcium oxalate dihydrate", 20),
     ("CAPHOS", "Calcium phosphate (apatite)", 10)],
    [("URIC", "Uric acid", 100)],
    [("STRUV", "Magnesium ammonium phosphate (struvite)", 60), ("CAPHOS", "Calcium phosphate (apatite)", 40)],
    [("CYST", "Cystine", 100)],
    [("BRUSH", "Calcium hydrogen phosphate (brushite)", 80), ("CAOXMONO", "Calcium oxalate monohydrate", 20)],
    [("CAOXMONO", "Calcium oxalate monohydrate", 95), ("URIC", "Uric acid", 5)],
]
STONE_NTE = {
    "URIC": "Uric acid calculus. Consider urinary alkalinization; 24-h urine supersaturation recommended.",
    "STRUV": "Infection stone. Recommend urine culture and complete stone clearance.",
    "CYST": "Cystine calculus. Refer for cystinuria evaluation; tiopronin per urology.",
    "BRUSH": "Brushite component >50%: check PTH/serum calcium.",
}


def g_stonelab(phi):
    p, t = pick(), now()
    sur = R.choice(SURGEONS)
    acc = f"CA24-{R.randint(100000, 199999)}"
    placer = f"SSU{digits(8)}"
    coll = t - dt.timedelta(days=R.randint(2, 9), hours=R.randint(1, 6), minutes=R.randint(0, 59))
    recv = coll + dt.timedelta(days=1, hours=R.randint(1, 9), minutes=R.randint(0, 59))
    fam = "hl7_oru_stonelab"
    comp = R.choice(STONES)
    out = [T(fam, "MSH|^~\\&|CALCULAB|CALCULAB REF LAB^05D2118734^CLIA|SSUP_EHR|SSUP|{ts}||ORU^R01^ORU_R01|CL{id}|P|2.5.1|||AL|NE",
             ts=hl7dt(t), id=f"{hl7dt(t)}{R.randint(0, 99999):05d}"),
           T(fam, "PID|1||{mrn}^^^SSUP^MR||{nm}||{dob}|{sex}|||{ad}^{st}^{zp}^USA||{ph}^PRN^PH|||||{acct}",
             mrn=P(p.mrn, "mrn"), nm=P(hl7name(p), "name"), dob=P(d8(p.dob), "date"), sex=p.sex,
             ad=P(f"{p.street}^{p.apt}^{p.city}", "address"), st=p.state, zp=P(p.zip, "zip"),
             ph=P(ph_fmt(p.phone, 4), "phone"), acct=P(p.acct, "account")),
           T(fam, "ORC|RE|{pl}|{acc}||CM||||{ts}|||{npi}^{sl}^{sf}^^^^{sd}^^NPI",
             pl=P(placer, "other_id"), acc=P(acc, "other_id"), ts=hl7dt(t), npi=sur[3], sl=sur[0], sf=sur[1], sd=sur[2]),
           T(fam, "OBR|1|{pl}|{acc}|STONE^Calculus analysis, FTIR^L|||{coll}|||||||{recv}|Calculus^Kidney stone^L|{npi}^{sl}^{sf}||||||{res}||CH|F",
             pl=P(placer, "other_id"), acc=P(acc, "other_id"), coll=P(coll.strftime("%Y%m%d%H%M"), "date"),
             recv=P(recv.strftime("%Y%m%d%H%M"), "date"), npi=sur[3], sl=sur[0], sf=sur[1],
             res=P(hl7dt(t - dt.timedelta(minutes=R.randint(3, 40))), "date"))]
    k = 1
    for code, desc, pct in comp:
        out.append(T(fam, f"OBX|{k}|NM|{code}^{desc}^L||{pct}|%|||||F|||{hl7dt(t)[:12]}||FTIR-02^Nicolet iS20"))
        k += 1
    out.append(T(fam, f"OBX|{k}|NM|STWT^Stone weight^L||{R.randint(2, 480)/10:.1f}|mg|||||F"))
    k += 1
    out.append(T(fam, f"OBX|{k}|ST|STSZ^Largest fragment^L||{R.randint(1, 14)} x {R.randint(1, 9)} mm||||||F"))
    k += 1
    if R.random() < .4:
        out.append(T(fam, f"OBX|{k}|ED|STIMG^Calculus photomicrograph^L||^IM^JPEG^Base64^{b64junk(54, bytes.fromhex('ffd8ffe000104a464946'))}||||||F"))
    nte = STONE_NTE.get(comp[0][0], "Mixed calcium oxalate calculus. Dietary counselling, fluid intake >2.5 L/day.")
    out.append(T(fam, f"NTE|1|L|{nte}"))
    return out


CT_REASONS = ["flank pain, hematuria, eval for obstructing calculus", "f/u known {s} renal stone 9 mm pre-ESWL",
              "post-URS residual fragments?", "recurrent CaOx stones, surveillance low dose",
              "{s} hydronephrosis on US, r/o UVJ stone"]


def g_ct_order(phi):
    p, t = pick(), now()
    fam = "hl7_orm_ct"
    sur = R.choice(SURGEONS)
    ref = R.choice(REFERRERS)
    placer = f"SSU{digits(8)}"
    sched = t + dt.timedelta(days=R.randint(0, 6), hours=R.randint(0, 8))
    sched = sched.replace(minute=R.choice([0, 15, 30, 45]), second=0)
    visit = f"V{digits(9)}"
    side = {"L": "left", "R": "right"}[p.side]
    reason = R.choice(CT_REASONS).replace("{s}", side)
    out = [T(fam, "MSH|^~\\&|SSUP_EHR|SSUP|SYNGO_RIS|KLC_IMG|{ts}||ORM^O01|{id}|P|2.3",
             ts=hl7dt(t), id=f"ORM{digits(10)}")]
    pid = T(fam, "PID|1||{mrn}^^^SSUP^MR~{asc}^^^KLC^PI||{nm}||{dob}|{sex}|||{ad}^{st}^{zp}||{ph}|||||{acct}|{ssn}",
            mrn=P(p.mrn, "mrn"), asc=P(p.asc, "mrn"), nm=P(hl7name(p), "name"), dob=P(d8(p.dob), "date"),
            sex=p.sex, ad=P(f"{p.street}^{p.apt}^{p.city}", "address"), st=p.state, zp=P(p.zip, "zip"),
            ph=[P(ph_fmt(p.cell, 4), "phone"), "^PRN^CP"] + (["~^NET^Internet^", P(p.email, "email")] if R.random() < .6 else []),
            acct=P(p.acct, "account"),
            ssn=P(p.ssn.replace("-", ""), "ssn") if R.random() < .7 else "")
    out.append(pid)
    out.append(T(fam, "PV1|1|O|KLC^CT1^01||||{npi}^{sl}^{sf}^^^^{sd}|{rnpi}^{rn}^^^^MD||URO||||1|||{npi}^{sl}^{sf}^^^^{sd}|OP|{v}",
                 npi=sur[3], sl=sur[0], sf=sur[1], sd=sur[2], rnpi=ref[3], rn=ref[2], v=P(visit, "other_id")))
    if R.random() < .7:
        out.append(T(fam, "IN1|1|PPO|{pid}|{pn}|PO Box 890089^^Camp Hill^PA^17089||(800)547-3627|{grp}||||||||{nm}|SEL|{dob}" + "|" * 18 + "{mem}",
                     pid=p.payer_id, pn=p.payer, grp=p.group, nm=P(hl7name(p), "name"), dob=P(d8(p.dob), "date"),
                     mem=P(p.member, "health_plan")))
    out.append(T(fam, "ORC|NW|{pl}||||||^^^{sd}^^R||{ts}|tshaffer^SHAFFER^TINA||{npi}^{sl}^{sf}^^^^{sdg}",
                 pl=P(placer, "other_id"), sd=P(hl7dt(sched)[:12], "date"), ts=hl7dt(t), npi=sur[3], sl=sur[0],
                 sf=sur[1], sdg=sur[2]))
    out.append(T(fam, "OBR|1|{pl}||74176^CT ABD/PELVIS WO CONTRAST^CPT4^CTKUBLD^CT KUB STONE PROTOCOL LOW DOSE^L|R|{sd}|||||||{rs}||{npi}^{sl}^{sf}",
                 pl=P(placer, "other_id"), sd=P(hl7dt(sched)[:12], "date"), rs=reason, npi=sur[3], sl=sur[0], sf=sur[1]))
    out.append(T(fam, R.choice(["DG1|1||N20.1^Calculus of ureter^I10", "DG1|1||N20.0^Calculus of kidney^I10",
                                "DG1|1||N13.2^Hydronephrosis w renal and ureteral calculous obstruction^I10",
                                "DG1|1||R31.9^Hematuria, unspecified^I10"])))
    return out


MIRTH_CH = ["CalcuLab_ORU_In", "CT_ORM_Out", "ERA_835_Poller", "Litholink_Results_In", "OR_SIU_Out", "Fax_Inbound_Router"]


def g_mirth(phi):
    t = now()
    ch = R.choice(MIRTH_CH)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    fam = "mirth_log"
    if phi and R.random() < .5:
        p = pick()
        return [T(fam, " WARN {ts} [{ch} Filter/Transformer] transformer: MPI lookup miss for MRN {m} ({nm}, DOB {dob}); routed to ERROR queue",
                  ts=ts, ch=ch, m=P(p.mrn, "mrn"), nm=P(hl7name(p), "name"), dob=P(d8(p.dob), "date"))]
    msgs = [
        f" INFO {ts} [{ch} Source Reader] com.mirth.connect.connectors.tcp.TcpReceiver: Received message {R.randint(1000, 99999)} ({R.randint(900, 9000)} bytes) from 10.40.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(40000, 65000)}",
        f" INFO {ts} [{ch} Destination 1] com.mirth.connect.connectors.tcp.TcpDispatcher: Sent ACK AA, MSH-10={R.choice(['CL', 'ORM', 'ERA'])}{digits(14)} in {R.randint(8, 900)} ms",
        f"ERROR {ts} [{ch} Destination 1] com.mirth.connect.connectors.tcp.TcpDispatcher: Connection refused: 10.40.2.{R.randint(10, 30)}:6661; retry {R.randint(1, 5)}/5 in 10000 ms",
        f" INFO {ts} [Thread-{R.randint(10, 99)}] com.mirth.connect.server.controllers.DonkeyEngineController: Channel {ch} ({uuid4()}) deployed, version 4.4.2",
        f" INFO {ts} [pruner] com.mirth.connect.server.util.DataPruner: Pruned {R.randint(0, 4000)} messages from channel {ch}, elapsed {R.randint(100, 9000)} ms",
        f"DEBUG {ts} [{ch} Queue] com.mirth.connect.donkey.server.queue.DestinationQueue: queue depth={R.randint(0, 40)} buffer=1000",
    ]
    return [Line(fam).t(R.choice(msgs))]


def g_fhir(phi):
    t, fam = now(), "fhir_gw"
    base = {"@timestamp": iso_z(t), "log.level": "info", "service.name": "ehr-fhir-gw",
            "service.version": "3.18.4", "trace.id": hexs(32), "span.id": hexs(16)}
    if not phi or R.random() < .25:
        what = R.choice([
            {"http.request.method": "GET", "url.path": "/fhir/R4/metadata", "http.response.status_code": 200,
             "client.ip": "10.30.1.15", "event.duration": R.randint(2, 30) * 1000000},
            {"http.request.method": "POST", "url.path": "/oauth2/token", "http.response.status_code": 200,
             "client.id": "klc-orsched-svc", "event.duration": R.randint(20, 300) * 1000000},
            {"http.request.method": "GET", "url.path": f"/fhir/R4/$export-poll-status/{uuid4()}",
             "http.response.status_code": 202, "client.id": "ssup-analytics", "retry_after": 120},
            {"http.request.method": "GET", "url.path": "/fhir/R4/Practitioner", "url.query": f"identifier=http://hl7.org/fhir/sid/us-npi|{R.choice(SURGEONS)[3]}",
             "http.response.status_code": 200, "client.id": "klc-orsched-svc"}])
        base.update(what)
        return [J(fam, base)]
    p = pick()
    if R.random() < .2:
        base.update({"http.request.method": "GET", "url.full": P(f"https://fhir.ssup-uro.org/fhir/R4/Patient/{p.fhir}/$everything?_since=2024-01-01", "url"),
                     "http.response.status_code": 200, "client.id": "litholink-connector", "fhir.bundle.total": R.randint(20, 400)})
        return [J(fam, base)]
    sur = R.choice(SURGEONS)
    if R.random() < .5:
        sched = (t + dt.timedelta(days=R.randint(1, 10))).replace(hour=R.randint(7, 15), minute=R.choice([0, 30]), second=0, microsecond=0)
        res = {"resourceType": "ServiceRequest", "id": f"sr-{hexs(12)}", "status": "active", "intent": "order",
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7788.2.1", "value": P(f"SSU{digits(8)}", "other_id")}],
               "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "74176",
                                    "display": "CT abdomen and pelvis without contrast"}], "text": "CT KUB stone protocol"},
               "subject": {"reference": Rich(["Patient/", P(p.fhir, "mrn")]), "display": P(fl(p), "name")},
               "occurrenceDateTime": P(sched.isoformat(), "date"),
               "requester": {"display": f"{sur[1].title()} {sur[0].title()}, {sur[2]}"},
               "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N20.0"}]}]}
        path = "/fhir/R4/ServiceRequest"
    else:
        st = (t + dt.timedelta(days=R.randint(1, 12))).replace(hour=R.randint(6, 13), minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0)
        res = {"resourceType": "Appointment", "id": f"appt-{digits(7)}", "status": "booked",
               "serviceType": [{"text": R.choice(["ESWL", "Ureteroscopy w/ laser lithotripsy", "Cystoscopy stent removal", "PCNL pre-op"])}],
               "start": P(st.isoformat(), "date"), "minutesDuration": R.choice([30, 60, 90]),
               "participant": [{"actor": {"reference": Rich(["Patient/", P(p.fhir, "mrn")]), "display": P(fl(p), "name")}, "status": "accepted"},
                               {"actor": {"reference": f"Practitioner/{sur[3]}", "display": f"{sur[1].title()} {sur[0].title()}"}, "status": "accepted"},
                               {"actor": {"reference": "Location/klc-or2", "display": "KLC OR 2"}, "status": "accepted"}]}
        path = "/fhir/R4/Appointment"
    base.update({"http.request.method": "POST", "url.path": path, "http.response.status_code": 201,
                 "user.name": R.choice(USERS), "fhir.resource": res})
    return [J(fam, base)]


def g_dicom(phi):
    t, fam = now(), "dicom_mwl"
    ts = t.strftime("%H:%M:%S,") + f"{t.microsecond // 1000:03d}"
    thr = f"DicomWorklistSCP-{R.randint(1, 40)}"
    if phi and R.random() < .6:
        p = pick()
        uid = f"1.2.826.0.1.3680043.10.543.{R.randint(1, 9)}.{digits(10)}.{digits(6)}"
        return [T(fam, "{ts} INFO  [{thr}] (MWLSCP) C-FIND-RSP pending: AccessionNumber={acc}, PatientID={pid}, PatientName={nm}, PatientBirthDate={dob}, PatientSex={sx}, Modality=CT, ScheduledStationAETitle=KLC_CT01, ScheduledProcedureStepStartDate={sd}, RequestedProcedureDescription=CT KUB STONE PROTOCOL, StudyInstanceUID={uid}",
                  ts=ts, thr=thr, acc=P(f"RAD{d8(t)}{R.randint(1, 99):04d}", "other_id"), pid=P(p.mrn, "mrn"),
                  nm=P(hl7name(p), "name"), dob=P(d8(p.dob), "date"), sx=p.sex, sd=P(d8(t), "date"), uid=P(uid, "other_id"))]
    msgs = [f"{ts} INFO  [{thr}] (ArchiveAE) Association accepted: KLC_CT01(10.40.3.21:{R.randint(40000, 60000)}) -> KLC_MWL:11112, maxPDU=16384",
            f"{ts} INFO  [{thr}] (ArchiveAE) C-ECHO-RQ from KLC_FLUORO_C (10.40.3.25) status=0000H",
            f"{ts} INFO  [{thr}] (ArchiveAE) Association released by KLC_CT01, {R.randint(1, 40)} C-FIND-RSP sent",
            f"{ts} WARN  [{thr}] (ArchiveAE) A-ABORT from KLC_US_ACUSON: reason=0 source=2 after {R.randint(100, 30000)} ms",
            f"{ts} INFO  [StgCmtSCU-1] (ArchiveAE) Storage commitment N-EVENT-REPORT to KLC_CT01: {R.randint(100, 900)} instances committed"]
    return [Line(fam).t(R.choice(msgs))]


PROCS = ["Cysto, L URS w/ holmium laser lithotripsy, JJ stent (52356)", "ESWL, right renal pelvis (50590)",
         "Cysto, R URS w/ laser lithotripsy, stent (52356)", "Cystoscopy, stent removal (52310)",
         "Percutaneous nephrolithotomy, >2 cm (50081)", "Cysto, bilat retrograde pyelogram, stent exchange (52332)"]


def g_orsched(phi):
    t, fam = now(), "orsched_json"
    base = {"level": 30, "time": epoch_ms(t), "pid": 4120, "hostname": f"orsched-app-0{R.randint(1, 2)}",
            "reqId": f"req-{hexs(4)}"}
    if not phi:
        base.update(R.choice([
            {"msg": "block utilization computed", "room": R.choice(["OR1", "OR2", "LITHO1"]), "weekOf": "2024-10-14", "util": round(R.uniform(.55, .98), 3)},
            {"msg": "GET /healthz", "statusCode": 200, "responseTime": R.randint(1, 9)},
            {"level": 40, "msg": "anesthesia roster sync slow", "durationMs": R.randint(3000, 9000), "source": "qgenda"},
            {"msg": "room turnover recorded", "room": R.choice(["OR1", "OR2", "LITHO1"]), "turnoverMin": R.randint(14, 41), "evs": "J. Ortiz"},
        ]))
        return [J(fam, base)]
    p = pick()
    sur = R.choice(SURGEONS)
    if R.random() < .45:
        start = dt.datetime.combine(p.proc_date, dt.time(R.choice([7, 8, 9, 10, 12, 13]), R.choice([0, 30])), TZ)
        base.update({"msg": "case booked", "caseId": P(p.case, "other_id"),
                     "patient": {"mrn": P(p.asc, "mrn"), "name": P(lf(p), "name"), "dob": P(p.dob.isoformat(), "date")},
                     "procedure": R.choice(PROCS), "laterality": p.side, "surgeon": f"{sur[0].title()}, {sur[1].title()} {sur[2]}",
                     "room": R.choice(["OR1", "OR2", "LITHO1"]), "scheduledStart": P(start.isoformat(), "date"),
                     "anesthesia": R.choice(["GA/LMA", "MAC", "GA/ETT"]), "implantsExpected": ["ureteral stent 6Fr"]})
    else:
        base.update({"msg": "case status changed", "caseId": P(p.case, "other_id"),
                     **dict(zip(("from", "to"), R.choice([("Scheduled", "In Pre-Op"), ("In Pre-Op", "In Room"),
                                                           ("In Room", "Procedure Start"), ("Procedure Start", "PACU Phase I"),
                                                           ("PACU Phase I", "Discharged")]))),
                     "by": R.choice(USERS), "room": R.choice(["OR1", "OR2", "LITHO1"])})
    return [J(fam, base)]


STENTS = [("Percuflex Plus Ureteral Stent 6Fr x 26cm", "Boston Scientific", "M0061802260", "08714729"),
          ("Inlay Optima Ureteral Stent 6Fr x 24cm", "BD Bard", "786424", "00801741"),
          ("Universa Soft Ureteral Stent 6Fr x 26cm", "Cook Medical", "G56032", "00827002"),
          ("Polaris Ultra Ureteral Stent 6Fr x 22cm", "Boston Scientific", "M0061851220", "08714729"),
          ("Resonance Metallic Ureteral Stent 6Fr x 24cm", "Cook Medical", "G34406", "00827002")]
ACCESSORIES = [("Zero Tip Nitinol Stone Retrieval Basket 1.9Fr", "Boston Scientific", "M0063901030", "08714729"),
               ("MOSES 200 D/F/L Laser Fiber 365um", "Lumenis", "0637-355-01", "07290108"),
               ("Navigator HD Ureteral Access Sheath 12/14Fr 46cm", "Boston Scientific", "M0062502160", "08714729")]
SERIALIZED = [("AMS 800 Urinary Control System, cuff 4.5cm", "Boston Scientific", "72404197", "08714729"),
              ("InterStim Micro Neurostimulator 97810", "Medtronic", "97810", "00763000")]
IMPLANT_HDR = [False]


def gtin(prefix):
    b = prefix + digits(13 - len(prefix))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)


def g_implant(phi):
    fam = "implant_csv"
    out = []
    if not IMPLANT_HDR[0]:
        IMPLANT_HDR[0] = True
        out.append(Line(fam).t("logged_at,case_no,mrn,pt_name,implant_dt,item_desc,mfr,ref,lot,udi,serial,side,implanted_by,expected_removal"))
        return out
    t, p = now(), pick()
    sur = R.choice(SURGEONS)
    r = R.random()
    item = R.choice(STENTS if r < .6 else (ACCESSORIES if r < .85 else SERIALIZED))
    lot = R.choice(["", "B", "L"]) + f"{R.randint(2, 9)}{R.choice('ABCDEFGH')}{digits(5)}"
    exp = f"{R.randint(26, 28)}{R.randint(1, 12):02d}{R.choice(['00', '28'])}"
    g = gtin("0" + item[3])
    serial = f"{R.choice(['NKD', 'SN', 'A'])}{digits(7)}{R.choice(['', 'H', 'N'])}" if item in SERIALIZED else ""
    udi = f"(01){g}(17){exp}(10){lot}" + (f"(21){serial}" if serial else "")
    removal = p.proc_date + dt.timedelta(days=R.choice([5, 7, 10, 14, 90, 180])) if item in STENTS else None
    L = Line(fam).t(f"{t.strftime('%Y-%m-%d %H:%M:%S')},").p(p.case, "other_id").t(",").p(p.asc, "mrn").t(',"') \
        .p(lf(p), "name").t('",').p(p.proc_date.isoformat(), "date").t(f",{item[0]},{item[1]},{item[2]},{lot},")
    if serial:
        L.p(udi, "device").t(",").p(serial, "device")
    else:
        L.t(udi + ",")
    L.t(f",{p.side if item[0] != SERIALIZED[0][0] else ''},{sur[0].title()} {sur[2]},")
    if removal:
        L.p(removal.isoformat(), "date")
    out.append(L)
    return out


CALL_NOTES = [
    ["POD1 s/p {side} URS/LL/stent. Pain 3/10, pink urine, voiding ok, no fever. Reinforced tamsulosin 0.4 qhs, strain urine."],
    ["Pt reports stent discomfort/urgency, oxybutynin helping. Stent on string - pt to remove at home ", ("rm", "date"), "."],
    ["Spoke w/ ", ("ec", "name"), " (", ("rel",), ") at ", ("ecph", "phone"), ", pt sleeping. Tolerating diet, T 99.1."],
    ["LVM x2 at ", ("ph", "phone"), ". Will retry tomorrow; letter mailed to ", ("addr", "address"), " ", ("zip", "zip"), "."],
    ["Post ESWL: passing gravel, mild flank ache. Reminded f/u KUB + visit on ", ("rm", "date"), "."],
    ["Pt emailed pic of stone fragment from ", ("email", "email"), " - told to bring it in dry, not in urine. Strainer mailed."],
    ["Fever 101.8 overnight per pt, chills. Advised ED (Penn State Health Holy Spirit) now, Dr Feld notified."],
    ["Pt ", ("age",), "yo, daughter ", ("ec", "name"), " manages meds. Confusion re: stent removal date ", ("rm", "date"), ", clarified."],
]


def g_postop(phi):
    t, p, fam = now(), pick(), "postop_calls"
    note = R.choice(CALL_NOTES)
    surg = t.date() - dt.timedelta(days=R.choice([1, 1, 2, 3]))
    rm = surg + dt.timedelta(days=R.choice([5, 7, 10, 14]))
    if any(isinstance(x, tuple) and x[0] == "age" for x in note) and R.random() < .7:
        p = R.choice([x for x in PTS if x.age > 89])
    ec = f"{p.ec_first} {p.last}" if R.random() < .6 else p.ec_first
    L = Line(fam).t(f"{t.strftime('%Y-%m-%d %H:%M')}|{R.choice(['OUT', 'OUT', 'IN'])}|{R.choice(RNS)}|").p(p.asc, "mrn").t("|") \
        .p(lf(p), "name").t("|").p(f"{surg.month}/{surg.day}", "date").t("|" + R.choice(["52356", "50590", "52332", "50081"]) + "|")
    for piece in note:
        if isinstance(piece, str):
            L.t(piece.replace("{side}", p.side))
        elif piece[0] == "rm":
            L.p(f"{rm.month}/{rm.day}", "date")
        elif piece[0] == "ec":
            L.p(ec, "name")
        elif piece[0] == "rel":
            L.t(p.ec_rel)
        elif piece[0] == "ecph":
            L.p(ph_fmt(p.ec_phone, 1), "phone")
        elif piece[0] == "ph":
            L.p(ph_fmt(p.cell, 1), "phone")
        elif piece[0] == "addr":
            L.p(f"{p.street}, {p.city}", "address")
        elif piece[0] == "email":
            L.p(p.email, "email")
        elif piece[0] == "zip":
            L.p(p.zip, "zip")
        elif piece[0] == "age":
            if p.age > 89:
                L.p(str(p.age), "age")
            else:
                L.t(str(p.age))
    L.t("|" + R.choice(["RESOLVED", "ESCALATED-MD", "CALLBACK", "RESOLVED"]))
    return [L]


SMS_FROM = "+17176524800"


def g_sms(phi):
    t, fam = now(), "sms_gateway"
    sid = "SM" + hexs(32)
    base = {"ts": iso_ms(t), "svc": "msg-gw", "env": "prod"}
    if not phi:
        base.update(R.choice([
            {"event": "provider.health", "provider": "twilio", "latency_ms": R.randint(40, 400), "ok": True},
            {"event": "ratelimit.refill", "bucket": "reminders", "tokens": R.randint(20, 60)},
            {"event": "campaign.batch", "campaign": "PROC_REMINDER_48H", "queued": R.randint(5, 40), "batch_id": uuid4()},
        ]))
        return [J(fam, base)]
    p = R.choice([x for x in PTS if x.lang == "es"]) if R.random() < .35 else pick()
    es = p.lang == "es"
    r = R.random()
    if r < .55:
        d = p.proc_date
        arr = R.choice(["5:45", "6:15", "7:00", "10:30", "11:45"])
        if es:
            body = Rich(["Hola ", P(p.first, "name"), f", le recordamos su procedimiento en {ASC} el ", P(f"{d.day}/{d.month}", "date"),
                         f" a las {arr}. No coma ni beba despu\u00e9s de medianoche. Un adulto debe llevarle a casa. Responda C para confirmar."])
        else:
            body = Rich(["Hi ", P(p.first, "name"), f", this is {ASC}. Your procedure is on ", P(f"{d.month}/{d.day}", "date"),
                         f", arrive {arr} AM. Nothing to eat or drink after midnight. A responsible adult must drive you home. Reply C to confirm, STOP to opt out."])
        base.update({"event": "outbound.queued", "MessageSid": sid, "From": SMS_FROM,
                     "To": P(ph_fmt(p.cell, 2), "phone"), "Body": body, "template": "PROC_REMINDER_48H"})
    elif r < .63:
        body = Rich([f"{ASC}: your discharge instructions are ready: ", P(f"https://portal.ssup-uro.org/di/{p.fhir}?src=sms", "url"),
                     " (log in to view). Questions? (717) 652-4800"])
        base.update({"event": "outbound.queued", "MessageSid": sid, "From": SMS_FROM, "To": P(ph_fmt(p.cell, 2), "phone"),
                     "Body": body, "template": "DC_INSTR_LINK"})
    elif r < .75:
        base.update({"event": "inbound", "MessageSid": sid, "From": P(ph_fmt(p.cell, 2), "phone"), "To": SMS_FROM,
                     "Body": R.choice(["C", "c", "Confirm", "Si", "ok thanks", "Can my son drive me? He works til 5",
                                       "stent string came out by itself is that ok??", "STOP"])})
    elif r < .88:
        rm = p.proc_date + dt.timedelta(days=R.choice([5, 7, 10]))
        body = Rich(["Recordatorio: su stent ureteral debe retirarse antes del ", P(f"{rm.day}/{rm.month}", "date"), ". Llame al (717) 652-4800."]) if es else \
            Rich(["Reminder: your ureteral stent must be removed by ", P(f"{rm.month}/{rm.day}", "date"),
                  ". Call (717) 652-4800 to schedule. Forgotten stents can damage your kidney."])
        base.update({"event": "outbound.queued", "MessageSid": sid, "From": SMS_FROM, "To": P(ph_fmt(p.cell, 2), "phone"),
                     "Body": body, "template": "STENT_REMOVAL_DUE"})
    else:
        base.update({"event": "status.callback", "MessageSid": sid, "MessageStatus": R.choice(["delivered", "undelivered", "failed"]),
                     "To": P(ph_fmt(p.cell, 2), "phone"), "ErrorCode": R.choice([None, 30003, 30005, 30006])})
    return [J(fam, base, ea=True)]


CARC = [("CO", "197", "N54", "Precert/authorization absent"), ("CO", "50", "N115", "Not medically necessary (LCD L34006)"),
        ("CO", "16", "M51", "Missing/invalid procedure code modifier"), ("PR", "1", "", "Deductible"),
        ("CO", "4", "N519", "Modifier inconsistent (-LT/-RT)"), ("CO", "97", "M80", "Bundled with 52332"),
        ("CO", "29", "", "Timely filing expired")]


def g_835(phi):
    t, fam = now(), "x12_835"
    pay = R.choice([x for x in PAYERS if x[2] != "mcd"])
    ctl = f"{R.randint(1000, 99999):09d}"
    tot = 0
    claims = []
    for _ in range(R.randint(1, 2)):
        p = R.choice([x for x in PTS if x.payer == pay[0]] or PTS)
        cpt = R.choice(["52356", "50590", "52332", "74176", "52310", "50081"])
        chg = R.choice([1842.00, 3120.00, 968.50, 412.00, 612.00, 5230.00])
        carc = R.choice(CARC)
        paid = 0.0 if carc[0] == "CO" else round(chg * .6, 2)
        tot += paid
        claims.append((p, cpt, chg, carc, paid))
    out = [Line(fam).t(f"ISA*00*          *00*          *ZZ*{pay[1]:<15}*ZZ*SSUP0417       *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~"),
           Line(fam).t(f"GS*HP*{pay[1]}*SSUP0417*{t:%Y%m%d}*{t:%H%M}*{int(ctl)}*X*005010X221A1~"),
           Line(fam).t(f"ST*835*{R.randint(1, 9999):04d}~"),
           Line(fam).t(f"BPR*{'I' if tot else 'H'}*{tot:.2f}*C*{'ACH' if tot else 'NON'}*CCP*01*031000053*DA*8820017734*1{digits(9)}**01*031302955*DA*2040118830*{t:%Y%m%d}~"),
           Line(fam).t(f"TRN*1*{digits(15)}*1{digits(9)}~"),
           Line(fam).t(f"DTM*405*{t:%Y%m%d}~"),
           Line(fam).t(f"N1*PR*{pay[0].upper()}~"),
           Line(fam).t("N3*PO BOX 890062~"), Line(fam).t("N4*CAMP HILL*PA*170890062~"),
           Line(fam).t(f"N1*PE*{ORG.upper().replace('&', 'AND')}*XX*{ORG_NPI}~"),
           Line(fam).t(f"N3*{ORG_ADDR[0].upper()}~"), Line(fam).t(f"N4*{ORG_ADDR[1].upper()}*{ORG_ADDR[2]}*{ORG_ADDR[3]}4417~"),
           Line(fam).t(f"REF*TJ*{ORG_TIN.replace('-', '')}~"), Line(fam).t("LX*1~")]
    for p, cpt, chg, carc, paid in claims:
        out.append(T(fam, "CLP*{pcn}*{st}*{chg}*{paid}*{pr}*12*{icn}*24*1~",
                     pcn=P(p.acct, "account"), st="4" if paid == 0 else "1", chg=f"{chg:.2f}", paid=f"{paid:.2f}",
                     pr=f"{chg - paid:.2f}" if carc[0] == "PR" else "0", icn=P(f"{R.randint(10, 99)}{digits(11)}", "other_id")))
        nm = Line(fam).t("NM1*QC*1*").p(f"{p.last.upper()}*{p.first.upper()}" + (f"*{p.mi}" if p.mi else ""), "name") \
            .t("****MI*" if not p.mi else "***MI*").p(p.member, "health_plan").t("~")
        out.append(nm)
        sur = R.choice(SURGEONS)
        out.append(Line(fam).t(f"NM1*82*1*{sur[0]}*{sur[1]}****XX*{sur[3]}~"))
        if R.random() < .6:
            out.append(T(fam, "REF*EA*{m}~", m=P(p.mrn, "mrn")))
        out.append(T(fam, "DTM*232*{d}~", d=P(d8(p.dos), "date")))
        out.append(T(fam, "DTM*233*{d}~", d=P(d8(p.dos), "date")))
        mod = R.choice(["", ":LT", ":RT", ":59"])
        out.append(Line(fam).t(f"SVC*HC:{cpt}{mod}*{chg:.2f}*{paid:.2f}**1~"))
        out.append(Line(fam).t(f"CAS*{carc[0]}*{carc[1]}*{chg - paid:.2f}~"))
        if carc[2]:
            out.append(Line(fam).t(f"LQ*HE*{carc[2]}~"))
    out.append(Line(fam).t(f"SE*{len(out) - 1}*{R.randint(1, 9999):04d}~"))
    out.append(Line(fam).t(f"GE*1*{int(ctl)}~"))
    out.append(Line(fam).t(f"IEA*1*{ctl}~"))
    return out


WQ_HDR = [False]


def g_denial(phi):
    fam = "denial_wq"
    if not WQ_HDR[0]:
        WQ_HDR[0] = True
        return [Line(fam).t("denial_id\tclaim_id\tpt_acct\tpatient\tdos\tpayer\tcarc\trarc\tbilled\tassigned_to\tstatus\twork_note")]
    t = now()
    if not phi:
        return [Line(fam).t(f"# snapshot {t:%Y-%m-%dT%H:%M} queue=DENIALS_ASC open={R.randint(120, 220)} appeal={R.randint(20, 60)} "
                            f"avg_age_days={R.uniform(8, 40):.1f} exported_by={R.choice(USERS)}")]
    p = pick()
    carc = R.choice(CARC)
    note = R.choice(["auth #", "resubmit w/ -RT", "appeal letter drafted", "call payer ref#", "pt to update coverage", ""])
    L = Line(fam).p(f"DN-2024-{R.randint(10000, 29999):06d}", "other_id").t("\t").p(f"CLM{digits(9)}", "other_id").t("\t") \
        .p(p.acct, "account").t("\t").p(lf(p), "name").t("\t").p(p.dos.isoformat(), "date") \
        .t(f"\t{p.payer}\t{carc[0]}-{carc[1]}\t{carc[2]}\t{R.choice(['1842.00', '3120.00', '968.50', '412.00'])}\t{R.choice(USERS)}\t"
           f"{R.choice(['OPEN', 'APPEAL', 'PENDING-PAYER', 'WRITE-OFF REVIEW'])}\t")
    if note == "auth #":
        L.t(f"auth {R.choice(['EVC', 'AUT'])}{digits(8)} obtained retro, resubmit")
    elif note == "call payer ref#":
        L.t(f"called {p.payer} ref# {digits(12)}; member id on file ").p(p.member, "health_plan").t(" termed")
    elif note == "pt to update coverage":
        L.t("pt to update coverage, LVM ").p(ph_fmt(p.phone, 1), "phone")
    else:
        L.t(note)
    return [L]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
       "SSUPPatient/5.2.1 (iOS 17.6; iPhone14,5) Alamofire/5.9.1"]


def g_portal(phi):
    t, fam = now(), "portal_access"
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    if not phi:
        c = R.choice([
            ("10.20.0.4", "GET /healthz HTTP/1.1", 200, 2, "-", "ELB-HealthChecker/2.0"),
            ("69.162.124.235", "HEAD / HTTP/1.1", 200, 0, "-", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
            ("66.249.66.1", "GET /robots.txt HTTP/1.1", 200, 68, "-", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            ("10.20.0.5", "GET /static/js/main.4f9c2a1b.js HTTP/1.1", 304, 0, "-", "Amazon CloudFront"),
        ])
        return [Line(fam).t(f'{c[0]} - - [{ts}] "{c[1]}" {c[2]} {c[3]} "{c[4]}" "{c[5]}" rt=0.00{R.randint(1, 9)}')]
    p = pick()
    L = Line(fam).p(p.ip, "ip").t(f" - - [{ts}] \"")
    r = R.random()
    if r < .4:
        L.t("GET /api/v2/patients/").p(p.mrn, "mrn").t(R.choice(["/results/stone-analysis", "/appointments?upcoming=true", "/documents?type=imaging", "/meds"]) + " HTTP/2.0\"")
    elif r < .55:
        L.t("GET /billing/statements/").p(p.acct, "account").t(".pdf HTTP/2.0\"")
    elif r < .7:
        L.t("POST /api/v2/payments HTTP/2.0\"")
    else:
        L.t(R.choice(["POST /api/v2/auth/login HTTP/2.0\"", "GET /messages/inbox HTTP/2.0\"", "GET /education/kidney-stone-diet HTTP/2.0\""]))
    L.t(f" {R.choice([200, 200, 200, 200, 401, 404])} {R.randint(300, 90000)} \"https://portal.ssup-uro.org/\" \"{R.choice(UAS)}\" rt={R.uniform(.01, 1.8):.3f}")
    return [L]


def g_litho(phi):
    t, fam = now(), "litho_xml"
    sw = "4.2.1-b1187"
    if not phi:
        return [Line(fam).t(f'<DeviceStatus system="Modulith SLX-F2" sn="SLX-F2-30417" sw="{sw}" ts="{t.strftime("%Y-%m-%dT%H:%M:%S")}">'
                            f'<Coolant tempC="{R.uniform(18, 24):.1f}" flowLpm="{R.uniform(2, 3.5):.2f}"/><Generator hvOk="true" '
                            f'shotsSinceService="{R.randint(100000, 900000)}"/><Coupling bubbleCheck="{R.choice(["PASS", "PASS", "WARN"])}"/></DeviceStatus>')]
    p = pick()
    sur = R.choice(SURGEONS)
    shocks = R.choice([2500, 3000, 3000, 3500, 4000])
    L = Line(fam).t(f'<TreatmentRecord system="Modulith SLX-F2" sn="SLX-F2-30417" sw="{sw}" recId="{uuid4()}"><Patient id="').p(p.asc, "mrn") \
        .t('" name="').p(xe(f"{p.last}, {p.first}"), "name").t('" dob="').p(p.dob.isoformat(), "date").t(f'" sex="{p.sex}"/>') \
        .t('<Session date="').p(t.date().isoformat(), "date") \
        .t(f'" operator="{sur[0].title()}" side="{p.side}" target="{R.choice(["renal pelvis", "lower pole calyx", "proximal ureter", "UPJ"])}" '
           f'shocks="{shocks}" rateHz="{R.choice(["1.0", "1.5"])}" maxEnergyLevel="{R.randint(4, 9)}" rampUp="true" fluoroSec="{R.randint(40, 300)}" '
           f'doseAreaProduct="{R.uniform(1, 12):.2f} Gy*cm2"/><Result fragmentation="{R.choice(["good", "partial", "none"])}"/></TreatmentRecord>')
    return [L]


def g_pg(phi):
    t, fam = now(), "pg_log"
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} EDT"
    pid = R.randint(1000, 40000)
    if not phi:
        return [Line(fam).t(R.choice([
            f"{ts} [{pid}] LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 5):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 9)} recycled; write={R.uniform(1, 30):.3f} s, sync=0.004 s, total={R.uniform(1, 30):.3f} s",
            f"{ts} [{pid}] LOG:  automatic vacuum of table \"pmdb.billing.claim_line\": index scans: 1, pages: 0 removed, {R.randint(1000, 90000)} remain",
            f"{ts} [{pid}] pm_report@pmdb LOG:  duration: {R.uniform(500, 9000):.3f} ms  statement: SELECT payer_id, carc, count(*) FROM billing.denial WHERE created_at >= now() - interval '30 days' GROUP BY 1,2",
            f"{ts} [{pid}] app_orsched@orsched LOG:  connection authorized: user=app_orsched database=orsched SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)",
        ]))]
    p = pick()
    if R.random() < .5:
        return [T(fam, "{ts} [{pid}] billing_app@pmdb LOG:  duration: {d} ms  statement: SELECT g.guarantor_id, g.ssn, a.balance FROM billing.account a JOIN billing.guarantor g USING (guarantor_id) WHERE a.acct_no = '{acct}'",
                  ts=ts, pid=pid, d=f"{R.uniform(400, 4000):.3f}", acct=P(p.acct, "account"))]
    return [T(fam, "{ts} [{pid}] ehr_sync@pmdb ERROR:  duplicate key value violates unique constraint \"patient_name_dob_key\"; DETAIL:  Key (last_name, first_name, dob)=({l}, {f}, {dob}) already exists.",
              ts=ts, pid=pid, l=P(p.last, "name"), f=P(p.first, "name"), dob=P(p.dob.isoformat(), "date"))]


def g_java(phi):
    t, fam = now(), "java_trace"
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
    thr = f"claims-submit-{R.randint(1, 8)}"
    out = []
    if phi:
        p = pick()
        out.append(T(fam, "{ts} ERROR [{thr}] c.s.billing.edi.ClaimSubmitter - 837P rejected (277CA A7:562) acct={acct} subscriber={nm} dob={dob} memberId={mem}",
                     ts=ts, thr=thr, acct=P(p.acct, "account"), nm=P(f"{p.first} {p.last}", "name"), dob=P(p.dob.isoformat(), "date"),
                     mem=P(p.member, "health_plan")))
        exc = "com.ssup.billing.edi.ClaimRejectedException: Entity's Date of Birth mismatch (2010CA DMG02)"
    else:
        out.append(Line(fam).t(f"{ts} ERROR [{thr}] c.s.billing.edi.ClearinghouseClient - SFTP upload failed batch=B{t:%Y%m%d}-{R.randint(1, 40):03d} host=sftp.availity.com:9922"))
        exc = "com.jcraft.jsch.JSchException: Session.connect: java.net.SocketTimeoutException: Read timed out"
    out.append(Line(fam).t(exc))
    frames = ["\tat com.ssup.billing.edi.ClaimSubmitter.submit(ClaimSubmitter.java:214)",
              "\tat com.ssup.billing.edi.ClaimSubmitter.lambda$drainQueue$3(ClaimSubmitter.java:142)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
              "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]
    if not phi:
        frames = ["\tat com.jcraft.jsch.Session.connect(Session.java:565)",
                  "\tat com.ssup.billing.edi.ClearinghouseClient.upload(ClearinghouseClient.java:88)"] + frames[1:]
    out += [Line(fam).t(f) for f in frames[:R.randint(3, len(frames))]]
    out.append(Line(fam).t(f"\t... {R.randint(2, 30)} common frames omitted"))
    return out


def g_infra(phi):
    t, fam = now(), "infra_syslog"
    s = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    choices = [
        f"{s} ssup-jump01 sshd[{R.randint(1000, 60000)}]: Accepted publickey for {R.choice(USERS)} from 10.10.{R.randint(1, 9)}.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64junk(32)[:43]}",
        f"{s} ssup-jump01 sshd[{R.randint(1000, 60000)}]: Invalid user admin from 185.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)} port {R.randint(1024, 65000)}",
        f"{s} pm-db01 CRON[{R.randint(1000, 60000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://ssup-pm-backups/nightly >/dev/null 2>&1)",
        f"{s} fw-klc01 filterlog[{R.randint(1000, 9000)}]: 5,,,1000000103,igb0,match,block,in,4,0x0,,{R.randint(40, 128)},{R.randint(1, 60000)},0,DF,6,tcp,60,{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)},203.0.113.{R.randint(10, 20)},{R.randint(1024, 65000)},{R.choice([22, 3389, 445, 1433])},0,S,{R.randint(10**8, 10**9)},,64240,,mss;sackOK;TS;nop;wscale",
        f"{s} veeam-px01 VeeamBackup[{R.randint(1000, 9000)}]: Job 'KLC-ASC-VMs' finished: Success, processed {R.randint(80, 400)} GB, duration {R.randint(20, 90)}m, 0 warnings",
        f"{s} ris01 chronyd[{R.randint(500, 900)}]: Selected source 10.10.0.2 (ntp1.ssup.local), offset {R.uniform(-0.01, 0.01):+.6f}s",
        f"{s} mirth01 kernel: [{R.randint(100000, 999999)}.{digits(6)}] nf_conntrack: table full, dropping packet",
        f"{s} fw-klc01 charon[{R.randint(1000, 9000)}]: 09[IKE] IKE_SA ssup-to-calculab[{R.randint(1, 99)}] established between 203.0.113.14[vpn.ssup-uro.org]...198.51.100.{R.randint(20, 60)}[vpn.calculab.example]",
    ]
    return [Line(fam).t(R.choice(choices))]


def g_fax(phi):
    t, fam = now(), "fax_server"
    ts = t.strftime("%m/%d/%Y %H:%M:%S")
    job = f"FX-{R.randint(800000, 899999)}"
    ref = R.choice(REFERRERS)
    if not phi:
        return [Line(fam).t(R.choice([
            f"{ts} RightFax: Board=Brooktrout TR1034 ch={R.randint(1, 8)} Status=IDLE LineCheck=OK",
            f"{ts} RightFax: JobID={job} Dir=OUT To=\"{ref[0]}\" Fax={ref[1]} Pages=1 Doc=\"SSUP_NewReferralForm_v7.pdf\" Status=Sent Duration=00:00:{R.randint(20, 59)} User={R.choice(USERS)}",
            f"{ts} RightFax: CoverSheet template updated by tshaffer: From \"{ORG}\" {ORG_ADDR[0]}, {ORG_ADDR[1]}, PA {ORG_ADDR[3]} Ph {ORG_PHONE} Fax {ORG_FAX}",
        ]))]
    p = pick()
    if R.random() < .25:
        return [Line(fam).t(f"{ts} RightFax: JobID={job} Dir=IN CSID=\"").p(f"{p.first} {p.last}", "name").t('" ANI=').p(ph_fmt(mkphone(), 2), "fax")
                .t(f" Pages={R.randint(1, 4)} Route=BILLING-DID-4815 Status=Received Note=\"pt faxed insurance card front/back\"")]
    doc = R.choice(["OpNote", "StoneAnalysis", "CT_KUB_Report", "PostOpInstr"])
    p.proc_date = t.date() - dt.timedelta(days=R.randint(0, 6))  # faxed documents are about past care
    fn = f"{doc}_{ascii_fold(p.last).replace(' ', '').replace(chr(39), '')}_{ascii_fold(p.first).replace(' ', '').replace('-', '')}_{p.proc_date:%m%d%y}.pdf"
    pre = f"{doc}_"
    last = ascii_fold(p.last).replace(' ', '').replace(chr(39), '')
    first = ascii_fold(p.first).replace(' ', '').replace('-', '')
    L = Line(fam).t(f"{ts} RightFax: JobID={job} Dir=OUT To=\"{ref[0]}\" Fax={ref[1]} Pages={R.randint(2, 9)} Doc=\"{pre}").p(f"{last}_{first}", "name") \
        .t("_").p(f"{p.proc_date:%m%d%y}", "date").t(f".pdf\" Status={R.choice(['Sent', 'Sent', 'Busy-Retry', 'NoAnswer'])} Duration=00:0{R.randint(0, 3)}:{R.randint(10, 59)} User={R.choice(USERS)}")
    assert L.text().count(fn) == 1
    return [L]


def g_kiosk(phi):
    t, fam = now(), "kiosk_logfmt"
    head = f"ts={iso_ms(t)} level=info app=klc-checkin ver=2.7.0 kiosk=LOBBY-0{R.randint(1, 3)}"
    if not phi:
        return [Line(fam).t(head + " " + R.choice([
            f"event=heartbeat cpu={R.randint(2, 40)}% mem_mb={R.randint(300, 900)} printer=OK scanner=OK",
            f"event=idle_reset after_s={R.choice([90, 120])}",
            f"event=palm_reader_fw fw=PS-{R.randint(3, 4)}.{R.randint(0, 9)}.{R.randint(0, 99)} serial=PV-{digits(8)} status=ready",
        ]))]
    p = pick()
    r = R.random()
    L = Line(fam).t(head + " ")
    if r < .35:
        L.t("event=dl_scan pt_id=").p(p.asc, "mrn").t(" aamva.DCS=").p(ascii_fold(p.last).upper().replace(" ", "_"), "name") \
            .t(" aamva.DAC=").p(ascii_fold(p.first).upper().replace(" ", "_"), "name").t(" aamva.DBB=").p(p.dob.strftime("%m%d%Y"), "date") \
            .t(f" aamva.DAJ={p.state} aamva.DAQ=").p(p.dl, "license").t(" aamva.DAK=").p(p.zip + digits(4), "zip") \
            .t(" match=").t(R.choice(["exact", "fuzzy_dob", "exact"]))
        if R.random() < .5:
            L.t(" face_thumb_b64=").p(b64junk(60, bytes.fromhex("ffd8ffe000104a46494600")), "photo").t("...")
    elif r < .6:
        L.t("event=palm_enroll pt_id=").p(p.asc, "mrn").t(" hand=R quality=").t(str(R.randint(60, 99))) \
            .t(" tmpl=").p(b64junk(48), "biometric").t(" store=patientsecure")
    elif r < .62:
        L.t("event=portal_invite pt_id=").p(p.asc, "mrn").t(" email=").p(p.email, "email").t(f" channel=email status={R.choice(['sent', 'sent', 'bounced'])}")
    elif r < .87:
        L.t("event=escort_verified pt_id=").p(p.asc, "mrn").t(' escort_name="').p(f"{p.ec_first} {p.last}", "name") \
            .t(f'" escort_rel={p.ec_rel} escort_phone=').p(ph_fmt(p.ec_phone, 3), "phone").t(" pickup_plate=PA:").p(p.plate, "vehicle") \
            .t(" sedation_ok=true")
    else:
        c = card(valid=R.random() > .25)
        L.t("event=copay_attempt pt_id=").p(p.asc, "mrn").t(f" amount=75.00 method=card_keyed pan=").p(c, "account") \
            .t(f" luhn={'ok' if luhn_ok(c) else 'fail'} result={'approved' if luhn_ok(c) else 'declined_invalid_pan'} terminal=VX520-{digits(4)}")
    return [L]


def g_teams(phi):
    t, fam = now(), "teams_chat"
    ts = t.strftime("[%m/%d/%Y %I:%M %p]").replace(" 0", " ")
    who = R.choice(CHAT)
    if not phi:
        return [Line(fam).t(f"{ts} {who}: " + R.choice([
            "OR2 running 20 min behind, 52356 tray still in SPD",
            "Moses fiber lot recall notice came from Lumenis - pulled 2 boxes from core",
            "Litho tech from the vendor is here for PM on the Modulith till 1",
            "Anyone know the Highmark prior auth phone #? portal is down again",
            "Dr. Raman wants 6x26 stents stocked in both rooms, not 6x24",
            "Stone lab courier pickup moved to 3:30 today",
        ]))]
    p = pick()
    r = R.random()
    L = Line(fam).t(f"{ts} {who}: ")
    title = "Mr." if p.sex == "M" else "Ms."
    if r < .3:
        L.t(f"{title} ").p(p.last, "name").t(f" in PACU bay {R.randint(1, 8)} asking if stent string can come out at home on ") \
            .p((p.proc_date + dt.timedelta(days=4)).strftime(R.choice(["%a", "%A"])) + f" {(p.proc_date + dt.timedelta(days=4)).month}/{(p.proc_date + dt.timedelta(days=4)).day}", "date")
    elif r < .5:
        L.t(f"{title} ").p(p.last, "name").t("'s stone came back 100% uric acid, can someone start the citrate teaching?")
    elif r < .7:
        L.t("pt ").p(lf(p), "name").t(" DOB ").p(f"{p.dob.month}/{p.dob.day}/{p.dob.year % 100:02d}", "date").t(" - K+ 5.9 pre-op, holding for anesthesia")
    elif r < .85:
        if R.random() < .6:
            p = R.choice([x for x in PTS if x.age > 89])
        age_txt = str(p.age)
        L.t("heads up ").p(fl(p), "name").t(", ")
        if p.age > 89:
            L.p(age_txt, "age")
        else:
            L.t(age_txt)
        L.t(" y/o, needs interpreter? chart says pref lang " + ("Spanish" if p.lang == "es" else "English"))
    else:
        L.t("can you call ").p(p.first, "name").t(f" back at ").p(ph_fmt(p.cell, 0), "phone").t(" re: KUB before Thurs")
    return [L]


AR_HDR = [0]


def g_ar(phi):
    t, fam = now(), "ar_fixedwidth"
    if AR_HDR[0] < 2 and not phi:
        AR_HDR[0] += 1
        if AR_HDR[0] == 1:
            return [Line(fam).t(f"SSUP PM SYSTEM     AR AGING BY PATIENT - ASC DIVISION      RUN {t:%m/%d/%y %H:%M}   PAGE {R.randint(1, 40):>3}"),
                    Line(fam).t(f"{'ACCT#':<11}{'PATIENT NAME':<25}{'DOS':<11}{'INS':<8}{'CPT':<7}{'CHARGES':>10}{'BALANCE':>11}{'AGE':>5}")]
        return [Line(fam).t("-" * 88)]
    if not phi:
        return [Line(fam).t(f"{'':<11}{'** SUBTOTAL PAYER ' + R.choice(['HMK', 'CBC', 'MCR', 'AET']):<25}{'':<26}{R.randint(10000, 90000):>10.2f}{R.randint(1000, 40000):>11.2f}{'':>5}")]
    p = pick()
    name = f"{p.last.upper()}, {p.first.upper()}"[:24]
    ins = {"Highmark Blue Shield": "HMK", "Capital Blue Cross": "CBC", "Medicare Part B (Novitas JL)": "MCR",
           "PA Medical Assistance": "PAMA", "Aetna": "AET", "UnitedHealthcare": "UHC", "Geisinger Health Plan": "GHP"}[p.payer]
    chg = R.choice([1842.0, 3120.0, 968.5, 412.0])
    age = (t.date() - p.dos).days
    L = Line(fam).p(p.acct, "account").t(" ").p(name, "name").t(" " * (25 - len(name))).p(mdy(p.dos), "date") \
        .t(f" {ins:<8}{R.choice(['52356', '50590', '52332', '74176']):<7}{chg:>10.2f}{chg * R.choice([1, .4, .2]):>11.2f}{age:>5}")
    return [L]


GENS = [(g_stonelab, 3), (g_ct_order, 3), (g_mirth, 8), (g_fhir, 7), (g_dicom, 6), (g_orsched, 8), (g_implant, 8),
        (g_postop, 7), (g_sms, 9), (g_835, 1), (g_denial, 6), (g_portal, 10), (g_litho, 5), (g_pg, 5), (g_java, 2),
        (g_infra, 11), (g_fax, 5), (g_kiosk, 7), (g_teams, 7), (g_ar, 6)]
ALWAYS_PHI = {g_postop}
MAX_BLOCKS = {g_stonelab: 4, g_ct_order: 5, g_835: 2, g_java: 3}
SINGLE = [g_mirth, g_infra, g_portal, g_pg, g_teams, g_kiosk, g_sms, g_fhir, g_orsched, g_dicom]


def main():
    lines = []
    phi_n = 0
    while len(lines) < N_LINES:
        want = (phi_n / max(1, len(lines))) < 0.45
        room = N_LINES - len(lines)
        pool = GENS if room > 30 else [(g, w) for g, w in GENS if g in SINGLE]
        g = R.choices([g for g, _ in pool], weights=[w for _, w in pool])[0]
        if not want and g in ALWAYS_PHI:
            continue
        if MAX_BLOCKS.get(g, 99) <= 0:
            continue
        MAX_BLOCKS[g] = MAX_BLOCKS.get(g, 99) - 1
        block = g(want)
        if len(block) > room:
            MAX_BLOCKS[g] = MAX_BLOCKS.get(g, 99) + 1
            continue
        for L in block:
            lines.append(L)
            phi_n += bool(L.spans)
        tick(4, 150) if len(block) == 1 else tick(20, 200)

    with open("qr.log", "wb") as fl_, open("qr.labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(lines, 1):
            text = L.text()
            b = text.encode("utf-8")
            if not b or b"\n" in b or b"\r" in b:
                sys.exit(f"line {i}: empty or contains newline")
            prev = 0
            for s, e, cat, val in sorted(L.spans):
                if not (0 <= s < e <= len(b)):
                    sys.exit(f"line {i}: bad span {s}-{e}")
                if s < prev:
                    sys.exit(f"line {i}: overlapping spans at {s}")
                if b[s:e].decode("utf-8") != val:
                    sys.exit(f"line {i}: span {s}-{e} {b[s:e]!r} != {val!r}")
                prev = e
            fl_.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(L.spans)]}) + "\n")
    cats = {}
    for L in lines:
        for _, _, c, _ in L.spans:
            cats[c] = cats.get(c, 0) + 1
    fams = {}
    for L in lines:
        fams[L.fam] = fams.get(L.fam, 0) + 1
    print(f"lines={len(lines)} no_phi={sum(1 for L in lines if not L.spans)} "
          f"share_no_phi={sum(1 for L in lines if not L.spans) / len(lines):.3f}", file=sys.stderr)
    print("cats", dict(sorted(cats.items())), file=sys.stderr)
    print("fams", dict(sorted(fams.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
